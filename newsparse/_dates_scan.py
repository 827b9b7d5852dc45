"""The date scanner: the rules of :mod:`newsparse._dates_patterns`, compiled and tried where
the gate says a temporal expression can start.

At each gate position the rules are tried in order and the first that matches wins. A rule
is a named group ``r_<name>`` of a compiled alternation; :func:`rule_of` says which one
matched. Where a digit or an apostrophe starts the text, the rules that can start so are
tried together (:func:`scanners`); where a word does, only the rules that can start with
that word (:func:`word_scanner`): "years" starts one rule, "the" seventeen, where the word
scanner tries all thirty, each failing rule costing about as much as a match.

>>> m = next(scan("Talks ran from January 16-20, officials said."))
>>> rule_of(m), m.group()
('md_range', 'January 16-20')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

import regex

from newsparse._dates_patterns import RULES, gate_positions

__all__ = ["RULE_NAMES", "match_at", "rule_of", "scan", "scanners", "word_scanner"]

# Rules that can start with a digit or an apostrophe ("'90s"); the others start with a word.
_DIGIT_RULES = frozenset({
    "iso", "numeric", "dm_range", "dm", "quarter", "decade", "century", "ago", "duration",
    "time", "year_range", "year", "md",
})  # fmt: skip
_WORD_ONLY = frozenset({"iso", "numeric", "dm_range", "year_range"})
_FLAGS = regex.IGNORECASE | regex.VERBOSE


def _alternation(names: Iterable[str]) -> str:
    """The rules named, in their order, each as its named group."""
    chosen = set(names)
    return "|".join(f"(?P<r_{n}>{p})" for n, p in RULES if n in chosen)


def _compile(names: frozenset[str], keep: bool) -> regex.Pattern[str]:
    return regex.compile(
        "(?:" + _alternation(n for n, _ in RULES if (n in names) == keep) + ")", _FLAGS
    )


@functools.cache
def scanners() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The rules tried where a digit or apostrophe starts the text, and where a word does.

    Compiled on first use (about 0.1 s), not at ``import newsparse``.

    >>> digit, word = scanners()
    >>> word.match("in recent weeks").group()
    'in recent weeks'
    """
    return _compile(_DIGIT_RULES, True), _compile(_WORD_ONLY, False)


# -- the rules a word can start ---------------------------------------------------------------

_WORD_RULES = tuple(n for n, _ in RULES if n not in _WORD_ONLY)
_GROUP = re.compile(r"\(\?P<(\w+)>")
#: The groups of the word scanner: a scanner of some of its rules has them all, the others
#: in a branch that never matches, so ``m.group(name)`` is None for them there as well.
_WORD_GROUPS = tuple(
    dict.fromkeys(g for n, p in RULES if n in _WORD_RULES for g in [f"r_{n}", *_GROUP.findall(p)])
)


def _strip_lookbehinds(pattern: str) -> str:
    r"""``pattern`` without its positive look-behinds (each ``(?<=...)`` group, nested
    groups, classes and escapes read as such).

    >>> _strip_lookbehinds(r"(?<=\b(?:in|on)\s+)the(?<=[)(]x)\)")
    'the\\)'
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if not pattern.startswith("(?<=", i):
            step = 2 if pattern[i] == "\\" else 1
            out.append(pattern[i : i + step])
            i += step
            continue
        depth, in_class = 0, False
        while i < len(pattern):
            char = pattern[i]
            if char == "\\":
                i += 2
                continue
            if in_class:
                in_class = char != "]"
            elif char == "[":
                in_class = True
                if pattern[i + 1 : i + 2] == "]":
                    i += 1  # a "]" first in a class is one of its characters
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        i += 1
    return "".join(out)


def _loose(pattern: str) -> str:
    """``pattern`` made to match more: without its positive look-behinds (which read text
    before the start) and with its case-sensitive parts case-insensitive."""
    return _strip_lookbehinds(pattern).replace("(?-i:", "(?:")


@functools.cache
def _loose_rules() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The word scanner's rules, each loosened (:func:`_loose`), compiled on first use."""
    return tuple((n, regex.compile(_loose(p), _FLAGS)) for n, p in RULES if n in _WORD_RULES)


@functools.cache
def word_scanner(word: str) -> regex.Pattern[str] | None:
    """The rules that can match where the text starts with ``word`` (lower case), or None
    when none can; compiled on first use of each set of rules.

    A rule is kept when its loosened form (:func:`_loose`) matches ``word`` or could match
    a longer text that starts with it (a partial match, read by ``regex``): a text where the
    rule matches starts with ``word`` in some letter case, and matches its loosened form.

    >>> [name for name, loose in _loose_rules() if loose.match("years", partial=True)]
    ['bare_units']
    >>> rule_of(word_scanner("years").match("for years", 4))
    'bare_units'
    >>> word_scanner("xylophone") is None
    True
    """
    names = frozenset(n for n, loose in _loose_rules() if loose.match(word, partial=True))
    return _subset(names) if names else None


@functools.cache
def _subset(names: frozenset[str]) -> regex.Pattern[str]:
    """The rules named, in order, as one scanner with the word scanner's groups."""
    if names == frozenset(_WORD_RULES):
        return scanners()[1]
    body = _alternation(names)
    have = set(_GROUP.findall(body))
    rest = "".join(f"(?P<{g}>)" for g in _WORD_GROUPS if g not in have)
    return regex.compile(f"(?:{body}|(?!){rest})", _FLAGS)


# -- scanning ---------------------------------------------------------------------------------

#: The letters a gate word starts with: the key of :func:`word_scanner`.
_LETTERS = re.compile(r"[^\W\d_]+")
#: How far a rule may read from where it starts.
_REACH = 160


def match_at(
    block: str, positions: Iterable[int], low: str | None = None, shift: int = 0
) -> Iterator[regex.Match[str]]:
    """The rule matches in ``block`` tried at ``positions`` (offsets into ``block``, in
    order), left to right, not overlapping.

    ``low`` is the block lower-cased, at ``shift`` (``low[shift:shift + len(block)]``, the
    same length): with it, a position where a word starts tries only the rules that word
    can start.

    >>> [m.group() for m in match_at("in recent weeks", [0, 3])]
    ['in recent weeks']
    """
    pos = 0
    digit_scanner, all_words = scanners()
    for at in positions:
        if at < pos:
            continue
        first = block[at]
        end = min(at + _REACH, len(block))
        scanner: regex.Pattern[str] | None = all_words
        if first.isdigit() or first in "'’":
            scanner = digit_scanner
        elif low is not None:
            # the word, no longer than the text the rules read (they read ``block`` only)
            word = _LETTERS.match(low, at + shift, end + shift)
            if word is not None:
                scanner = word_scanner(word.group())
        m = scanner.match(block, at, end) if scanner is not None else None
        if m is not None and m.end() > at:
            pos = m.end()
            yield m


def scan(text: str) -> Iterator[regex.Match[str]]:
    """The rule matches in ``text``, left to right, not overlapping.

    >>> [m.group() for m in scan("On Thursday, we met; in recent weeks.")]
    ['Thursday', 'in recent weeks']
    """
    low: str | None = text.lower()
    if low is not None and len(low) != len(text):
        low = None
    return match_at(text, gate_positions(text, low, 0, len(text)), low)


# -- which rule matched -----------------------------------------------------------------------

#: The names of the rules, in order (``r_<name>`` groups of the scanners).
RULE_NAMES: tuple[str, ...] = tuple(f"r_{name}" for name, _ in RULES)


@functools.cache
def _rule_groups(scanner: regex.Pattern[str]) -> tuple[tuple[int, str], ...]:
    """(group index, rule name) of the rule groups of ``scanner``, in order."""
    index = scanner.groupindex
    return tuple((index[n], n[2:]) for n in RULE_NAMES if n in index)


@functools.cache
def _rule_index(scanner: regex.Pattern[str]) -> dict[int, str]:
    """Group index of each rule group of ``scanner`` -> the rule's name."""
    return dict(_rule_groups(scanner))


def rule_of(match: regex.Match[str]) -> str:
    """The name of the rule that produced ``match``.

    >>> rule_of(scanners()[1].match("in recent weeks"))
    'vague'
    """
    # The rule's group wraps its whole branch of the top-level alternation, so it is the
    # last group to close: ``lastindex`` names it without reading every group's span.
    last = match.lastindex
    if last is not None:
        name = _rule_index(match.re).get(last)
        if name is not None and match.start(last) >= 0:
            return name
    regs = match.regs
    for index, name in _rule_groups(match.re):
        if regs[index][0] >= 0:
            return name
    return ""
