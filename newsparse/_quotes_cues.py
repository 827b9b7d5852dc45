"""Speech cues found in text: every inflection of the lexicon's verbs, phrases and channels.

The lexicon (:mod:`newsparse.lexicon.quotes_cues`) lists base forms; this module inflects
them, compiles one prefix-tree pattern of all forms, tries it where a word of the block can
start a cue (one set lookup per word, whatever the lexicon's size) and reports each cue with
its class and where it stands.

>>> t = "The ministry said in a statement it would act."
>>> [(t[c.start:c.end], c.base) for c in find_cues(t, 0, len(t))]
[('said in a statement', 'say')]
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from newsparse._trie import trie_alternation
from newsparse.lexicon import quotes_cues as lex

__all__ = ["CLASSES", "Cue", "cue_forms", "find_cues", "inflect"]

# The longest stretch a pattern anchored at an offset may read: `regex` looks ahead
# for a pattern's required words, so an unbounded end would make each match O(n).
_WINDOW = 400


def inflect(base: str) -> tuple[str, str, str, str, str]:
    """The base form and its third-person, past, past-participle and -ing forms.

    >>> inflect("deny")
    ('deny', 'denies', 'denied', 'denied', 'denying')
    >>> inflect("admit")[2], inflect("argue")[4], inflect("vow")[1]
    ('admitted', 'arguing', 'vows')
    """
    if base in lex.IRREGULAR:
        return (base, *lex.IRREGULAR[base])
    if base in lex.DOUBLED:
        stem = base + base[-1]
        return base, base + "s", stem + "ed", stem + "ed", stem + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    return base, third, past, past, ing


#: Class names of each base form: clause, that, object, to, quote.
CLASSES: dict[str, frozenset[str]] = {}
for _name, _verbs in (
    ("clause", lex.CLAUSE_VERBS),
    ("that", lex.THAT_VERBS),
    ("object", lex.OBJECT_VERBS),
    ("to", lex.TO_VERBS),
    ("quote", lex.QUOTE_VERBS),
    ("naming", lex.NAMING_VERBS),
):
    for _verb in _verbs:
        CLASSES[_verb] = CLASSES.get(_verb, frozenset()) | {_name}

# Every inflected form -> (base, form index: 0 base, 1 third, 2 past, 3 participle, 4 -ing).
_FORMS: dict[str, tuple[str, int]] = {}
for _verb in sorted(CLASSES):
    for _k, _form in enumerate(inflect(_verb)):
        _FORMS.setdefault(_form, (_verb, _k))
_PARTICLE_FORMS: dict[str, tuple[str, int]] = {}
for _verb in lex.PARTICLES:
    for _k, _form in enumerate(inflect(_verb)):
        _PARTICLE_FORMS.setdefault(_form, (_verb, _k))




@functools.cache
def cue_pattern() -> re.Pattern[str]:
    """One pattern of every cue form, built and compiled on first use (not at import).

    Whole words only; the phrases' inner spaces match one run of white space. It uses the
    standard library's engine: on a prefix tree of ~1,700 forms it scans about four times
    faster than ``regex`` (measured on PolNeAR dev), and it needs no Unicode properties.

    >>> cue_pattern().search("She said so.").group()
    'said'
    """
    forms = sorted(set(_FORMS) | set(_PARTICLE_FORMS) | set(lex.PHRASES))
    cased = sorted(set(forms) | {w[0].upper() + w[1:] for w in forms})
    tree = trie_alternation(cased).replace(r"\ ", r"\s+")
    return re.compile(_CUE_OPEN + "(?:" + tree + r")\b(?!-)")


# What must stand before a cue: a word start with no apostrophe or hyphen before it.
_CUE_OPEN = r"\b(?<![’'-])"


# Each byte of a block read as ASCII (any other character read as "?") that is not a
# letter becomes a space: a cue's first word then stands alone between spaces.
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))


@functools.cache
def _first_words() -> frozenset[bytes]:
    """The first word of every cue form and phrase, lower case and capitalised, as bytes."""
    firsts = {form.split()[0] for form in (*_FORMS, *_PARTICLE_FORMS, *lex.PHRASES)}
    return frozenset(w.encode() for f in firsts for w in (f, f[0].upper() + f[1:]))


def _cue_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where :func:`cue_pattern` matches in ``text[lo:hi]``, as its ``finditer`` finds them.

    The pattern is tried only where a cue can start: before a word of the block that is the
    first word of a cue. A cue's first word is a run of ASCII letters with no letter on
    either side (a word boundary before it, and after it a boundary or the space of a
    phrase), so it is one of the block's runs of letters. Those runs are found with bytes
    methods (the block read as ASCII, every byte that is not a letter made a space, split
    on spaces, and set against the first words): on news text about half the instructions
    of a scan with the pattern, and nothing more where no word can start a cue. The pattern
    is then tried at each such run in order, and a run inside a cue already found is passed
    over, as ``finditer`` passes over what it matched.
    """
    runs = text[lo:hi].encode("ascii", "replace").translate(_LETTERS_ONLY)
    found = _first_words().intersection(runs.split())
    if not found:
        return []
    padded = b" " + runs + b" "
    starts = set()
    for word in found:
        needle = b" " + word + b" "
        k = padded.find(needle)
        while k >= 0:
            starts.add(k)  # the word's offset in ``runs``: ``padded`` has one byte more
            k = padded.find(needle, k + 1)
    spans = []
    match = cue_pattern().match
    done = lo
    for k in sorted(starts):
        if lo + k < done:
            continue
        m = match(text, lo + k, hi)
        if m is not None:
            spans.append(m.span())
            done = m.end()
    return spans


_CHANNEL_RE = regex.compile(
    r"\s+(?:(?:on|late|early|last)\s+\p{Lu}\p{Ll}+\s+)?(?:"
    + "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in lex.CHANNELS)
    + r")\b",
    regex.IGNORECASE,
)
# First letters of the words that can open a channel phrase (a cheap test before the pattern).
_CHANNEL_FIRST = frozenset("ioalemIOALEM")
_PARTICLE_RE = {
    verb: regex.compile(
        r"\s+(?:" + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in parts) + r")\b",
        regex.IGNORECASE,
    )
    for verb, parts in lex.PARTICLES.items()
}


def cue_forms() -> list[str]:
    """Every inflected form of every cue verb, lower case.

    >>> "vowed" in cue_forms()
    True
    """
    return sorted(_FORMS)


class Cue(NamedTuple):
    """A speech cue as found: where it stands and how it attributes."""

    start: int
    """Offset of the cue's first character."""
    end: int
    """Offset after the cue (a particle or channel phrase included)."""
    verb_end: int
    """Offset after the verb itself (before a channel phrase)."""
    base: str
    """The base form ("say"), or the phrase ("according to")."""
    form: int
    """0 base, 1 third person, 2 past, 3 participle, 4 -ing form, -1 a phrase."""
    classes: frozenset[str]
    """The verb's classes: clause, that, object, to, quote, naming; empty for phrases."""


# ``tuple.__new__(Cue, (...))`` builds a cue without the Python-level ``__new__``.
_new = tuple.__new__
_Read = tuple[str, int, frozenset[str], "regex.Pattern[str] | None", bool]


@functools.cache
def _word_info() -> dict[str, _Read]:
    """What :func:`find_cues` reads of each word the cue pattern matches, by its spelling.

    Per form and its capitalised spelling: the base (or the phrase), the form index (-1 for
    a phrase), the classes, the particle pattern a verb needs, and whether it is capitalised.
    """
    info: dict[str, _Read] = {}
    for low in set(_FORMS) | set(_PARTICLE_FORMS) | set(lex.PHRASES):
        if low in lex.PHRASES:
            read: _Read = (low, -1, frozenset(), None, False)
        else:
            base, form = _FORMS[low] if low in _FORMS else _PARTICLE_FORMS[low]
            classes = CLASSES[base] if low in _FORMS else frozenset()
            read = (base, form, classes, _PARTICLE_RE.get(base), False)
        info[low] = read
        cap = low[0].upper() + low[1:]
        if cap != low:
            info[cap] = (*read[:4], cap[0].isupper())
    return info


def find_cues(text: str, lo: int, hi: int, *, title_case: bool = False) -> list[Cue]:
    """The speech cues in ``text[lo:hi]``, in order.

    Capitalised forms count only at a sentence's start, or anywhere when ``title_case``
    (headlines). A verb that needs a particle ("call" in "called for") counts only with it.

    >>> t = "Smith pointed out that Jones, according to aides, called for calm."
    >>> [t[c.start:c.end] for c in find_cues(t, 0, len(t))]
    ['pointed out', 'according to', 'called for']
    """
    cues: list[Cue] = []
    info = _word_info()
    for c_start, c_end in _cue_spans(text, lo, hi):
        word = text[c_start:c_end]
        read = info.get(word)
        if read is None:  # a phrase with other white space inside: read as one space
            read = info[" ".join(word.split())]
        base, form, classes, particle, capital = read
        if capital and not title_case:
            before = text[max(lo, c_start - 3) : c_start].rstrip(" “\"'‘")
            if before and before[-1] not in ".!?:;—-":
                continue
        end = c_end
        if particle is not None:
            pm = particle.match(text, end, min(hi, end + _WINDOW))
            if pm:
                end = pm.end()
                classes = classes | {"clause"} if base != "call" else frozenset({"to"})
            elif base == "call":
                # "called the plan “reckless”": a naming verb, a cue only before a quotation.
                classes = frozenset({"naming"})
            elif not classes:
                continue
        verb_end = end
        cm = (
            _CHANNEL_RE.match(text, end, min(hi, end + _WINDOW))
            if form >= 0 and text[end + 1 : end + 2] in _CHANNEL_FIRST
            else None
        )
        if cm:
            end = cm.end()
        cues.append(_new(Cue, (c_start, end, verb_end, base, form, classes)))
    return cues
