"""The unit table: quantulum3's unit data, filtered and named by :mod:`newsparse.lexicon.units`.

quantulum3's JSON files are read once, on first use; quantulum3 itself is never imported
(its package import is cheap, but its scanner is not what we want: only its data).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from typing import Any, NamedTuple

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
