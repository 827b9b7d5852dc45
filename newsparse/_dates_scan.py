"""The date scanner: the rules of :mod:`newsparse._dates_patterns`, compiled and tried where
the gate says a temporal expression can start.

At each gate position the rules are tried in order and the first that matches wins. A rule
is a named group ``r_<name>``; :func:`rule_of` says which one matched. Where a digit or an
apostrophe starts the text, the rules that can start so are tried as one alternation
(:func:`scanners`); where a word does, only the rules that can start with that word
(:func:`word_rules`): "years" starts one rule of the thirty, "the" seventeen, and each rule
tried costs about as much as a match. Where a word starts more than four, they are chosen by
it and the next word (:func:`key_rules`): "the weekend" starts one.

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

__all__ = ["RULE_NAMES", "key_rules", "match_at", "rule_of", "scan", "scanners", "word_rules"]

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
    """The rules tried where a digit or apostrophe starts the text, and where a word does
    (all of them in one alternation: :func:`match_at` tries them one by one instead).

    Compiled on first use (about 0.1 s), not at ``import newsparse``.

    >>> digit, word = scanners()
    >>> word.match("in recent weeks").group()
    'in recent weeks'
    """
    return _digit_scanner(), _compile(_WORD_ONLY, False)


# -- the rules a word can start ---------------------------------------------------------------

_WORD_RULES = tuple(n for n, _ in RULES if n not in _WORD_ONLY)
_RULE_PATTERNS = dict(RULES)


@functools.cache
def _digit_scanner() -> regex.Pattern[str]:
    """The rules tried where a digit or an apostrophe starts the text: what
    :func:`match_at` uses (the first of :func:`scanners`, which also compiles every word
    rule in one alternation, used only to check the scanner against)."""
    return _compile(_DIGIT_RULES, True)


@functools.cache
def _rule(name: str) -> regex.Pattern[str]:
    """One rule alone, as the group ``r_<name>``, compiled on first use."""
    return regex.compile(f"(?P<r_{name}>{_RULE_PATTERNS[name]})", _FLAGS)


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


@functools.cache
def _start_test(name: str) -> regex.Pattern[str]:
    """What a text must start with for rule ``name`` to match it: the rule itself, or
    without its positive look-behinds (which read the text before, unseen here)."""
    pattern = _RULE_PATTERNS[name]
    if "(?<=" not in pattern:
        return _rule(name)
    return regex.compile(_strip_lookbehinds(pattern), _FLAGS)


@functools.lru_cache(maxsize=4096)
def word_rules(word: str) -> tuple[regex.Pattern[str], ...]:
    """The rules (:func:`_rule`, in order) that can match where the text starts with
    ``word``, as written.

    A rule is kept when it matches ``word``, or could match a longer text that starts with
    it (a partial match, read by ``regex``); a rule with a look-behind is tested without it.
    Every rule is compiled once, on first use (as a whole the word rules compile in about
    the time of the one alternation of them all).

    >>> [rule_of(r.match("for years", 4)) for r in word_rules("years")]
    ['bare_units']
    >>> len(word_rules("the")), len(word_rules("The")), len(word_rules("May"))
    (17, 17, 4)
    >>> word_rules("xylophone")
    ()
    """
    return tuple(
        _rule(n) for n in _WORD_RULES if _start_test(n).match(word, partial=True) is not None
    )


@functools.lru_cache(maxsize=4096)
def key_rules(key: str) -> tuple[regex.Pattern[str], ...]:
    """The rules (in order) that can match where the text starts with ``key``, read as
    :func:`word_rules` reads a word: for a word that starts many rules, the key goes on to
    the next word ("the weekend" starts one rule of the seventeen "the" starts).

    >>> [rule_of(r.match("the weekend")) for r in key_rules("the weekend")]
    ['weekend']
    >>> len(key_rules("a few")), len(word_rules("a"))
    (2, 11)
    """
    return tuple(
        _rule(n) for n in _WORD_RULES if _start_test(n).match(key, partial=True) is not None
    )


# -- scanning ---------------------------------------------------------------------------------

#: The letters a word starts with: the key of :func:`word_rules`.
_LETTERS = re.compile(r"[^\W\d_]+")
#: A word, what follows it (up to three characters) and the next word's letters or first
#: digit: the key of :func:`key_rules`. Any start of the text would do (a rule that cannot
#: match a text opening with it is dropped); this one tells most rules of a common word apart.
_TWO_WORDS = re.compile(r"[^\W\d_]+(?:\W{1,3}(?:[^\W\d_]+|\d))?")
#: Where a word starts more rules than this, they are chosen by :func:`key_rules`.
_MANY = 4
#: How far a rule may read from where it starts.
_REACH = 160


def match_at(block: str, positions: Iterable[int]) -> Iterator[regex.Match[str]]:
    """The rule matches in ``block`` tried at ``positions`` (offsets into ``block``, in
    order), left to right, not overlapping.

    At a digit or an apostrophe the rules that can start so are tried together; where a
    word starts, one by one, only those :func:`word_rules` keeps for that word, or for a
    word that starts more than four (as "the" and "a" do), those :func:`key_rules` keeps for
    it and the next word (the first that matches wins, as in one alternation of them). Most
    gate words start one to five rules of the thirty, and each rule tried costs about as
    much as a match.

    >>> [m.group() for m in match_at("in recent weeks", [0, 3])]
    ['in recent weeks']
    """
    pos = 0
    digit_scanner = _digit_scanner()
    for at in positions:
        if at < pos:
            continue
        first = block[at]
        end = min(at + _REACH, len(block))
        m = None
        if first.isdigit() or first in "'’":
            m = digit_scanner.match(block, at, end)
        else:
            word = _LETTERS.match(block, at, end)
            if word is None:
                rules = _all_word_rules()
            else:
                rules = word_rules(word.group())
                if len(rules) > _MANY:
                    two = _TWO_WORDS.match(block, at, end)
                    if two is not None and two.end() > word.end():
                        rules = key_rules(two.group())
            for rule in rules:
                m = rule.match(block, at, end)
                if m is not None:
                    break
        if m is not None and m.end() > at:
            pos = m.end()
            yield m


@functools.cache
def _all_word_rules() -> tuple[regex.Pattern[str], ...]:
    """Every word rule, in order: where no letter starts the text (no key to choose by)."""
    return tuple(_rule(n) for n in _WORD_RULES)


def scan(text: str) -> Iterator[regex.Match[str]]:
    """The rule matches in ``text``, left to right, not overlapping.

    >>> [m.group() for m in scan("On Thursday, we met; in recent weeks.")]
    ['Thursday', 'in recent weeks']
    """
    low: str | None = text.lower()
    if low is not None and len(low) != len(text):
        low = None
    return match_at(text, gate_positions(text, low, 0, len(text)))


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
