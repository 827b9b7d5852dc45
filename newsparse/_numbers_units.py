"""Units: the unit table (quantulum3's unit data, filtered and named by
:mod:`newsparse.lexicon.units`) and :func:`read_unit`, which reads a unit after a number.

quantulum3's JSON files are read once, on first use; quantulum3 itself is never imported
(its package import is cheap, but its scanner is not what we want: only its data).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from typing import Any, NamedTuple

from newsparse import _numbers_scan as scan
from newsparse.lexicon import numbers_currency as cur
from newsparse.lexicon import units as lex


class UnitTable(NamedTuple):
    """Unit forms to canonical names: ``words`` by lower-case surface, ``symbols`` as written."""

    words: dict[str, str]
    symbols: dict[str, str]
    longest_words: int


def _quantulum_dir() -> Path | None:
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _load_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _plural(surface: str) -> str:
    """English plural of a unit surface: "mile per hour" -> "miles per hour"."""
    if " per " in surface:
        head, _, tail = surface.partition(" per ")
        return f"{_plural(head)} per {tail}"
    if surface.startswith("degree "):
        return "degrees " + surface[len("degree ") :]
    if surface.endswith("foot"):
        return surface[:-4] + "feet"
    if surface.endswith(("s", "x", "ch", "sh")):
        return surface + "es"
    if surface.endswith("y") and not surface.endswith(("ay", "ey", "oy")):
        return surface[:-1] + "ies"
    return surface + "s"


def _canonical(name: str) -> str:
    if name in lex.CANONICAL:
        return lex.CANONICAL[name]
    if name in lex.EXTRA_UNITS:
        return lex.EXTRA_UNITS[name]
    if name in lex.SYMBOL_BASES:
        return lex.SYMBOL_BASES[name]
    for symbol, prefix in lex.PREFIXES.items():
        base = name[len(prefix) :]
        if name.startswith(prefix) and base in lex.SYMBOL_BASES:
            return symbol + lex.SYMBOL_BASES[base]
    return name


def _expand(units: dict[str, Any]) -> dict[str, Any]:
    """Add the SI-prefixed forms of the units named in ``SYMBOL_BASES``."""
    out = dict(units)
    for base in lex.SYMBOL_BASES:
        unit = units.get(base)
        if unit is None:
            continue
        for symbol, prefix in lex.PREFIXES.items():
            out.setdefault(
                prefix + base,
                {
                    "surfaces": [prefix + s for s in unit.get("surfaces", [])],
                    "symbols": [symbol + s for s in unit.get("symbols", [])],
                    "entity": unit.get("entity"),
                },
            )
    return out


@functools.cache
def unit_table() -> UnitTable:
    """The unit table, built on first use.

    >>> t = unit_table()
    >>> t.words["kilometres"], t.symbols["MW"], t.words["degrees celsius"]
    ('km', 'MW', '°C')
    """
    units: dict[str, Any] = {}
    root = _quantulum_dir()
    if root is not None:
        units.update(_load_json(root / "units.json"))
        for name, extra in _load_json(root / "_lang" / "en_US" / "units.json").items():
            units.setdefault(name, {}).update(extra)
    units = _expand(units)
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for name, unit in units.items():
        if unit.get("entity") not in lex.ENTITIES or name in lex.BLOCKED_UNITS:
            continue
        canonical = _canonical(name)
        for surface in unit.get("surfaces", []):
            for written in (surface, _plural(surface)):
                form = written.lower().replace("-", " ")
                if form not in lex.BLOCKED_FORMS:
                    words.setdefault(form, canonical)
        for symbol in unit.get("symbols", []):
            if symbol not in lex.BLOCKED_FORMS and not symbol.isdigit():
                symbols.setdefault(symbol, canonical)
    for form, name in lex.EXTRA_FORMS.items():
        canonical = _canonical(name)
        if " " in form or (form.lower() == form and form.isalpha() and len(form) > 3):
            words[form.lower()] = canonical
        else:
            symbols[form] = canonical
    longest = max((w.count(" ") + 1 for w in words), default=1)
    return UnitTable(words=words, symbols=symbols, longest_words=longest)


# --- reading a unit after a number ---------------------------------------------------------

class Unit(NamedTuple):
    """A unit read after a number: canonical name, token index after it, value factor."""

    name: str
    next: int
    factor: float = 1.0
    kind: str = "unit"  # "percent", "money", "time" or "unit"


_SYMBOLS_AFTER = frozenset({"€", "$", "£", "¥", "₹", "₽", "₩", "₺", "₪", "₦", "₴", "₱"})
_ATTACHED_SINGLE = {"m": "m", "g": "g", "W": "W", "V": "V", "C": "°C", "F": "°F", "L": "L"}
_MAX_PHRASE = 5


def _phrases(text: str, toks: list[scan.Tok], i: int, most: int) -> list[tuple[str, int]]:
    """Lower-case word phrases starting at ``toks[i]``, longest first, with the index after:
    up to ``most`` words (the longest phrase looked up that starts with ``toks[i]``)."""
    out: list[tuple[str, int]] = []
    words: list[str] = []
    k = i
    most = min(most, _MAX_PHRASE)
    while (k < len(toks) or scan.more(toks, k)) and len(words) < most:
        tok = toks[k]
        if tok.kind == "punct" and tok.text in "-‐" and words and not tok.gap:
            k += 1
            continue
        if tok.kind != "word" or (k > i and tok.gap and toks[k - 1].text in "-‐"):
            break
        words.append(tok.text.lower())
        k += 1
        out.append((" ".join(words), k))
    out.reverse()
    return out


@functools.cache
def _phrase_heads() -> dict[str, int]:
    """The first word of every phrase :func:`read_unit` looks up, with the most words of a
    phrase it opens (built on first use): longer phrases are not read.

    >>> heads = _phrase_heads()
    >>> heads["dollars"], heads["per"], heads["kilometres"], "people" in heads
    (1, 2, 3, False)
    """
    table = unit_table()
    phrases = [*lex.PERCENT_FORMS, *cur.NAMES, *cur.SUBUNITS, *lex.TIME_UNITS, *table.words]
    heads: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        heads[words[0]] = max(heads.get(words[0], 0), len(words))
    return heads


@functools.cache
def _symbol_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a two-word symbol ("sq ft"), and the leading letters of every
    symbol :func:`read_unit` looks up after a word (built on first use): an ASCII word that
    is neither cannot start one.

    >>> two, letters = _symbol_heads()
    >>> "km" in letters, "people" in letters
    (True, False)
    """
    symbols = [*unit_table().symbols, *_ATTACHED_SINGLE]
    two = frozenset(symbol.split(" ")[0] for symbol in symbols if " " in symbol)
    letters = (scan.SYMBOL_LETTERS.match(symbol) for symbol in symbols)
    return two, frozenset(m.group() for m in letters if m is not None)


def read_unit(text: str, toks: list[scan.Tok], i: int, *, money: bool, mult: bool) -> Unit | None:
    """The unit at ``toks[i]``: percent, currency, duration or physical unit."""
    if not (i < len(toks) or scan.more(toks, i)):
        return None
    tok = toks[i]
    if tok.kind == "punct":
        if tok.text in ("%", "‰"):
            return Unit(lex.PERCENT_FORMS[tok.text], i + 1, kind="percent")
        if tok.text in _SYMBOLS_AFTER and not money:
            return Unit(cur.SYMBOLS[tok.text], i + 1, kind="money")
        has_next = i + 1 < len(toks) or scan.more(toks, i + 1)
        if tok.text in ("°", "º") and has_next and toks[i + 1].text in ("C", "F"):
            return Unit("°" + toks[i + 1].text, i + 2)
        if tok.text not in "-‐" or tok.gap or not has_next or toks[i + 1].gap:
            return None
        i += 1  # "five-day", "10-year-old"
        tok = toks[i]
    if tok.kind != "word":
        return None
    table = unit_table()
    # Every phrase starts with this word: where no unit phrase does, none can be one.
    most = _phrase_heads().get(tok.text.lower())
    phrases = _phrases(text, toks, i, most) if most is not None else ()
    for phrase, nxt in phrases:
        if phrase in lex.PERCENT_FORMS:
            return Unit(lex.PERCENT_FORMS[phrase], nxt, kind="percent")
        if phrase in cur.NAMES and not money:
            code = cur.NAMES[phrase]
            if phrase in cur.AMBIGUOUS_NAMES and not mult:
                has_following = nxt < len(toks) or scan.more(toks, nxt)
                following = toks[nxt].text.lower() if has_following else ""
                if not phrase.startswith("pound"):
                    continue
                if following != "sterling":
                    return Unit("lb", nxt)
            return Unit(code, nxt, kind="money")
        if phrase in cur.SUBUNITS and not money and phrase != "p":
            code, factor = cur.SUBUNITS[phrase]
            return Unit(code, nxt, factor, kind="money")
        if phrase in lex.TIME_UNITS:
            return Unit(lex.TIME_UNITS[phrase], nxt, kind="time")
        if phrase in table.words:
            return Unit(table.words[phrase], nxt)
    if tok.text in cur.CODES and not money:
        return Unit(cur.CODE_ALIASES.get(tok.text, tok.text), i + 1, kind="money")
    two_heads, letter_heads = _symbol_heads()
    if tok.text in two_heads and (i + 1 < len(toks) or scan.more(toks, i + 1)) and toks[i + 1].gap:
        two = f"{tok.text} {toks[i + 1].text}"
        if two in table.symbols:
            return Unit(table.symbols[two], i + 2)
    if tok.text.isascii() and tok.text.isalpha() and tok.text not in letter_heads:
        return None  # the symbol would open with these letters (and no others, ASCII ones)
    m = scan.SYMBOL_AT.match(text, tok.start)
    if m is not None:
        sym = m.group()
        name = table.symbols.get(sym)
        if name is None and not tok.gap:
            name = _ATTACHED_SINGLE.get(sym)
        if name is not None:
            k = i
            while (k < len(toks) or scan.more(toks, k)) and toks[k].start < m.end():
                k += 1
            return Unit(name, k)
    return None
