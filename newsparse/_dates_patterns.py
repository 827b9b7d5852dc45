"""The patterns of the date normaliser, built from the word lists, and the gate.

:data:`RULES` are named patterns, tried in order where a temporal expression can start
(:mod:`newsparse._dates_scan` compiles them); the first rule that matches wins, so longer
forms come before their parts ("Thursday, October 27" before "Thursday"). Inner groups
(``month``, ``day``, ``year`` ...) repeat across rules. The gate (:func:`gate`,
:func:`gate_positions`) finds those starts.

Every rule is a bounded sequence of words, classes and optional parts (no nested
quantifiers over overlapping classes), so matching stays linear in the text.

>>> [name for name, _ in RULES][:3]
['iso', 'numeric', 'md_range']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import regex

from newsparse._scan_chars import NOT_SPACE_OR_ASCII_WORD
from newsparse.lexicon.dates_holidays import HOLIDAYS
from newsparse.lexicon.dates_words import (
    AMBIGUOUS_MONTHS,
    MONTHS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    TIMEZONES,
    UNITS,
    VAGUE,
    WEEKDAYS,
)


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` as a trie (fast to fail), spaces as ``\\s+``.

    >>> _alt(["sep", "sept", "september"])
    '(?:sep(?:t(?:ember)?)?)'
    """
    return _trie(dict.fromkeys(words, ""))


def _trie(tails: dict[str, str]) -> str:
    """A trie of the keys of ``tails``, each followed by its tail pattern."""
    return "(?:" + _emit(_root(tails)) + ")"


def _root(tails: dict[str, str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word, tail in tails.items():
        node = root
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = tail
    return root


def _branches(tails: dict[str, str]) -> list[str]:
    """The trie of :func:`_trie` as its branches, one per first character (no key empty).

    >>> _branches({"sep": "", "oct": "x"})
    ['octx', 'sep']
    """
    root = _root(tails)
    return [_CHAR.get(k, regex.escape(k)) + _emit(root[k]) for k in sorted(root)]


def _emit(node: dict[str, Any]) -> str:
    kids = sorted(k for k in node if k)
    parts = [_CHAR.get(k, regex.escape(k)) + _emit(node[k]) for k in kids]
    if "" in node:
        if not parts:
            return str(node[""])
        tail = str(node[""])
        body = "|".join(parts)
        return f"(?:{body}|{tail})" if tail else f"(?:{body})?"
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


# Characters that stand for a class in the word lists: any space, either apostrophe.
_CHAR = {" ": r"\s+", "'": "['’]", "’": "['’]"}


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"june", "july"}]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS and m not in AMBIGUOUS_MONTHS]
_SAFE_FULL = [m for m in _FULL_MONTHS if m not in AMBIGUOUS_MONTHS]
# May and March are words too: always capitalised ("May", "MAY") to count as months.
_CAP_AMBIGUOUS = "|".join(f"(?-i:{m.capitalize()}|{m.upper()})" for m in sorted(AMBIGUOUS_MONTHS))

#: A month name next to a day or year: full, capitalised May/March, or abbreviated.
MONTH = rf"(?P<month>{_alt(_SAFE_FULL)}|{_CAP_AMBIGUOUS}|{_alt(_ABBR_MONTHS)}\.?)(?!\w)"
#: A month name standing alone ("in October"): full names only.
MONTH_ALONE = rf"(?P<month>{_alt(_SAFE_FULL)}|{_CAP_AMBIGUOUS})(?!\w)"
_FULL_WD = [w for w in WEEKDAYS if len(w) > 5]
#: A weekday written in full.
WEEKDAY = rf"(?P<wd>{_alt(_FULL_WD)})(?!\w)"
#: A weekday in full or abbreviated, only ever used in front of a date.
WEEKDAY_ANY = rf"(?P<wd>{_alt(_FULL_WD)}|{_alt([w for w in WEEKDAYS if len(w) <= 5])}\.?)(?!\w)"
#: A day of the month, "7", "07", "7th".
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:]\d)"
DAY2 = r"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:]\d)"
#: A year from 1600 to 2199 (four digits).
YEAR = r"(?P<year>(?:1[6-9]|2[01])\d\d)(?![\w%]|[.,]\d{3}(?!\d)|\.\d)"
_TZ_WORDS = "|".join(sorted((k.upper() for k in TIMEZONES), key=len, reverse=True))
#: A time zone abbreviation, or GMT/UTC with an offset.
TZ = rf"(?P<tz>(?-i:(?:GMT|UTC)[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?|{_TZ_WORDS})(?!\w))"
_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
_NUMWORD = _alt(NUMBER_WORDS)
_NUMWORD_STRICT = _alt(w for w, v in NUMBER_WORDS.items() if " " not in w and v > 1)
#: A count: digits, a number word ("twenty-five"), a vague count ("several"), "a", "a few".
COUNT = rf"""(?P<num>\d{{1,4}}(?:\.\d+)?|{_NUMWORD}(?:-{_NUMWORD})?
    |a\s+few|a\s+couple\s+of|a\s+number\s+of|few|several|many|some|countless|numerous)
    (?P<half>\s+and\s+a\s+half)?"""
_UNIT_WORDS = [u for u in UNITS if u not in ("night",)]
#: A time unit, singular or plural.
UNIT = rf"(?P<unit>{_alt(_UNIT_WORDS)}|centuries)(?:s)?(?!\w)"
#: One "count unit" piece of a duration.
PIECE = rf"{COUNT}[\s-]+{UNIT}"
#: A duration: one or more pieces ("37 min 52 sec", "two years and three months").
DURATION = rf"""(?P<dur>{PIECE}(?:(?:\s+and\s+|\s+){PIECE}){{0,3}}
    |half\s+an?\s+(?:hour|day|year|century)|an?\s+hour\s+and\s+a\s+half)"""
_CENTURY_WORDS = ("eighteenth", "nineteenth", "twentieth", "twenty-first")
_MOD = r"(?:(?P<mod>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
_PART = rf"(?P<part>{_alt(p for p in PARTS_OF_DAY if p != 'overnight')})(?!\w)"

#: The rules, most specific first: (name, pattern).
RULES: tuple[tuple[str, str], ...] = (
    # 2022-10-27, 2022-10-27T14:30, 2022-10-27 14:30:05
    ("iso", r"""(?<![\w./-])(?P<year>\d{4})-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])
        (?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\s*""" + TZ + r""")?)?
        (?![\w/]|[.-]\d)"""),
    # 27/10/2022, 10/27/2022, 27.10.2022, 27-10-2022, 27/10/22
    ("numeric", r"""(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})
        (?![\w/%]|[.,-]\d)"""),
    # January 16-20, Jan. 16 to 20, 2026
    ("md_range", rf"""{MONTH}\s*{DAY}\s*(?:[-–—]|\s(?:to|through|until|till)\s)\s*{DAY2}
        (?:,?\s+{YEAR})?"""),
    # 16-20 January 2026
    ("dm_range", rf"""{DAY}\s*(?:[-–—]|\s(?:to|through|until|till)\s)\s*{DAY2}
        \s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"""),
    # Thursday, October 27, 2022; Oct. 27; 27th of October 2022; Tue May 9
    ("md", rf"(?:{WEEKDAY_ANY},?\s+)?{MONTH}\s*{DAY}(?:\s*,\s*{YEAR}|\s+{YEAR})?"),
    ("dm", rf"(?:{WEEKDAY_ANY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?"),
    # October 2022, mid-October 2022
    ("month_year", rf"{_MOD}{MONTH},?\s+(?:of\s+)?{YEAR}"),
    # Q3 2025, 2025 Q3, the third quarter (of 2025 | of this year)
    ("quarter", rf"""(?-i:Q)(?P<q>[1-4])(?:\s*{YEAR})?(?!\w)|{YEAR}\s*(?-i:Q)(?P<q>[1-4])(?!\w)
        |(?:the\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter
          (?:\s+of\s+(?:{YEAR}|(?P<rel>this|last|next)\s+year|the\s+year))?(?!\w)
        |(?:the\s+)?(?P<qord>final|last)\s+quarter
          \s+of\s+(?:{YEAR}|(?P<rel>this|last|next)\s+year|the\s+year)(?!\w)"""),
    ("half", rf"""(?:the\s+)?(?P<qord>first|second)\s+half\s+of\s+(?:{YEAR}|(?P<rel>this
        |last|next)\s+year|the\s+year)"""),
    # the 1990s, the '90s, the mid-1990s
    ("decade", r"""(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>1[0-9]\d0|20\d0)
        |['’](?P<dec2>\d0))(?:['’]?s)(?!\w)"""),
    ("century", rf"""(?:the\s+)?(?P<cent>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century
        |(?:the\s+)?(?P<centw>{_alt(_CENTURY_WORDS)})[\s-]+century"""),
    # summer 2021, the summer of 2021
    ("season_year", rf"(?:the\s+)?(?P<season>{_alt(SEASONS)})\s+(?:of\s+)?{YEAR}"),
    # fiscal 2023, fiscal year 2023, FY2023, FY 2023
    ("fiscal", rf"""(?:fiscal|financial)\s+(?:year\s+)?{YEAR}
        |(?-i:FY)\s?(?P<year>(?:19|20)\d\d)(?!\w)"""),
    # the end of the year, the beginning of next month
    ("unit_of", r"""(?:the\s+)?(?P<mod3>end|beginning|start|middle)\s+of\s+
        (?P<rel>the|this|next|last|the\s+current)\s+(?P<unit>year|month|week|decade|century)(?!\w)
        |(?P<mod3>earlier|later|early|late)\s+in\s+(?P<rel>the)\s+(?P<unit>year|month|week)(?!\w)
        |(?P<mod3>earlier|later|early|late)\s+in\s+(?P<rel>the)\s+(?P<part>day)(?!\w)"""),
    # in the morning, during the night: a part of the day last named (or of the reference)
    ("part_of_day", r"""(?<=\b(?:in|during|on|by|through|overnight|until)\s+)the\s+
        (?P<part>morning|afternoon|evening|night)(?!\w)(?!\s+of\b)"""),
    # last week, this month, earlier this year, next Thursday, last October, this summer
    ("relative", rf"""(?:(?P<mod2>earlier|later|early|late)[\s-]+)?
        (?P<rel>last|this|next|coming|past|previous|current)\s+
        (?:(?P<unit>week|weekend|month|year|quarter|decade|century)(?!\w)
          |{WEEKDAY}(?:\s+{_PART})?|{MONTH_ALONE}|(?P<season>{_alt(SEASONS)})(?!\w)
          |(?P<part>night|morning|afternoon|evening)(?!\w))"""),
    # today, yesterday morning, tomorrow night, tonight, the day before yesterday
    ("deictic", rf"""(?:the\s+day\s+(?P<dayx>before|after)\s+)?(?P<deixis>today|yesterday|tomorrow
        |tonight)
        (?:(?:['’]s)?\s+{_PART})?(?!\w)"""),
    # 37 min 52 sec ago, two days ago, three weeks from now
    ("ago", rf"{DURATION}\s+(?P<dir>ago|from\s+now|hence|later|earlier)(?!\w)"),
    # the next day, the following week, that morning, the day after (told from the last date)
    ("anaphoric", r"""(?:the\s+(?P<arel>next|following|previous|preceding|same)|(?P<arel>that))\s+
        (?P<aunit>day|week|month|year|weekend|morning|afternoon|evening|night)(?!\w)
        |the\s+(?P<aunit>day)\s+(?P<arel>before|after)(?!\w)(?!\s+(?:yesterday|tomorrow))"""),
    # the last five days, the past two weeks, the next 24 hours
    ("last_n", rf"(?:the\s+)?(?P<rel>last|past|previous|next|coming|first)\s+{DURATION}"),
    # in five days (a date if future, else a duration)
    ("in_n", rf"""(?P<prep>in|within)\s+{DURATION}
        (?!\s+(?:ago|from\s+now|later|earlier|before|after))"""),
    # every year, each week, every other Monday, every two years, on Mondays
    ("set", rf"""(?P<every>every|each)\s+(?:(?P<other>other)\s+)?(?:{COUNT}\s+)?
        (?:{UNIT}|{WEEKDAY}|(?P<part>morning|afternoon|evening|night)(?!\w))
        |(?P<adv>{_alt(SET_ADVERBS)})(?!\w)
        |(?P<per>per)\s+(?P<unit>year|month|week|day|night|hour|annum)(?!\w)
        |(?P<times>once|twice)\s+(?:a|per|every|each)\s+(?P<unit>year|month|week|day|hour|decade)(?!\w)"""),
    # for years, over decades, after months
    ("bare_units", r"""(?<=\b(?:for|over|after|in|within|during|took|lasted)\s+)(?P<unit>years
        |months|weeks|days|decades|hours|centuries)(?!\w)"""),
    # the weekend, this morning's ... (weekend alone, read in context)
    ("weekend", r"the\s+weekend(?!\w)"),
    # holidays: Christmas, New Year's Day 2023
    ("holiday", rf"(?P<hol>{_alt(HOLIDAYS)})(?:\s+{YEAR})?(?!\w)"),
    # 14:30 GMT, 3:30 p.m., 3 p.m., 0800 GMT, noon, midnight
    ("time", rf"""(?P<hh>[01]?\d|2[0-3])(?P<tsep>[:.])(?P<mm>[0-5]\d)(?!\d|[.,]\d)
          (?::(?P<ss>[0-5]\d))?
          (?:\s*{_AMPM})?(?:\s*{TZ})?
        |(?P<hh>1[0-2]|0?[1-9])\s*{_AMPM}(?:\s*{TZ})?
        |(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:{TZ}|(?P<hours>hours|hrs)(?!\w))
        |(?P<noon>noon|midday|midnight)(?!\w)"""),
    # vague references: recently, now, in the coming days
    ("vague", rf"""(?P<vague>{_alt(VAGUE)})(?!\w)
        (?![\s-]+(?:\d|{_NUMWORD_STRICT}(?!\w)|several|couple))"""),
    # on the 12th (a day of the month named before or of the reference month)
    ("ordinal_day", r"""(?<=\b(?:on|by|until|till|since|from|before|after)\s+)the\s+
        (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])
        (?=\s*(?:[^\w\s]|$)|\s+(?:it|he|she|they|we|i|the|a|an|and|but|when|at|in|with|for
        |after|before|as|there|this|that|police|officials)\b)"""),
    # 30-day, five-year, 24-hour (adjectives) and plain durations: five days, a decade
    ("duration", DURATION + r"(?!\w)"),
    # Thursday, Tuesday night, Mondays
    ("weekday", rf"{WEEKDAY}(?:\s+{_PART})?|(?P<wdp>{_alt(w + 's' for w in _FULL_WD)})(?!\w)"),
    # holidays and seasons alone, read in context: in the summer, this spring
    ("season", rf"""(?<=\b(?:in|during|over|through|by|until|since|early|late|mid|last|next
        |this|that)[\s-]+(?:the\s+)?)(?P<season>{_alt(SEASONS)})(?!\w)(?!\s+of\b)"""),
    # 2010-2015, 2014-15, 2022/23
    ("year_range", rf"""(?<![\w.,/$€£-]){YEAR}\s*[-–—/]\s*(?P<year2>(?:1[6-9]|2[01])\d\d|\d\d)
        (?![\w%]|[.,-]\d)"""),
    # October, mid-October (May and March only capitalised, checked in context)
    ("month", rf"{_MOD}{MONTH_ALONE}"),
    # 2022, mid-2023 (checked in context)
    ("year", rf"{_MOD}{YEAR}"),
)

# The gate: the scanner tries its rules only where a temporal expression can start, so most
# words of a text are passed over after one trie lookup. Strong words start an expression on
# their own; weak (common) words only when the next word is a time word.
_UNIT_TOKENS = (*UNITS, *(u + "s" for u in UNITS), "centuries")
_STRONG = (
    *MONTHS, *WEEKDAYS, *(w + "s" for w in _FULL_WD), *SEASONS, *SET_ADVERBS, *VAGUE,
    *HOLIDAYS, "today", "yesterday", "tomorrow", "tonight", "years", "months", "weeks",
    "days", "decades", "hours", "centuries", "noon", "midday", "midnight", "nineteenth",
    "twentieth", "twenty-first", "eighteenth", "several", "few", "countless", "numerous",
)
_COUNT_WORDS = (*NUMBER_WORDS, "many", "some", "half", "couple")
_REL_WORDS = ("last", "this", "next", "coming", "past", "previous", "current")
_ORDINALS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "last")
_PARTS = tuple(p for p in PARTS_OF_DAY if p != "overnight")
# Weak words and what must follow them: a tuple of next words, or a pattern (after spaces).
_WEAK: tuple[tuple[tuple[str, ...], tuple[str, ...] | str], ...] = (
    (_COUNT_WORDS, (*_UNIT_TOKENS, "and", "few", "couple", "dozen", "number", "hour", "day",
                    *_COUNT_WORDS)),
    (("couple",), ("of",)),
    (("that",), ("day", "week", "month", "year", "weekend", *_PARTS)),
    (("the",), rf"""(?:{_alt((*SEASONS, "weekend", "day", *_PARTS, "early", "mid", "late",
        "nineteenth", "twentieth", "twenty-first", "eighteenth"))}(?!\w)
        |{_alt(_ORDINALS)}\s+(?:quarter|half)\b
        |{_alt((*_REL_WORDS, "first", "following", "preceding", "same"))}\s+(?:\d
          |{_alt((*_UNIT_TOKENS, *_COUNT_WORDS, "few", "several", "weekend", *_FULL_WD,
                  *_PARTS))}(?!\w))
        |(?:end|beginning|start|middle)\s+of\b)"""),
    (("in", "within"), rf"""(?:\d[\d.,]*|{_alt(_COUNT_WORDS)})[\s-]+
        {_alt((*_UNIT_TOKENS, "few", "couple", "and", "dozen", "number", "hour", "day"))}(?!\w)"""),
    (_REL_WORDS, (*_UNIT_TOKENS, *_FULL_WD, *_FULL_MONTHS, *SEASONS, *PARTS_OF_DAY,
                  *_COUNT_WORDS, "few", "several", "weekend", "quarter")),
    (("early", "mid", "late", "earlier", "later"), (*_FULL_MONTHS, *_REL_WORDS, "in")),
    (_ORDINALS, ("quarter", "half")),
    (("every", "each"), (*_UNIT_TOKENS, *_FULL_WD, *PARTS_OF_DAY, *_COUNT_WORDS, "other",
                         "few")),
    (("per",), _UNIT_TOKENS),
    (("fiscal", "financial"), ("year",)),
    (("once", "twice"), ("a", "per", "every", "each")),
)  # fmt: skip


# What may follow a number in a temporal expression: a unit ("5 days", "30-day"), a month
# ("27 October"), am/pm, a zone ("0800 gmt"), "century".
_AFTER_NUMBER = _alt(
    (*_UNIT_TOKENS, *MONTHS, *(k for k in TIMEZONES if len(k) > 1), "century", "hours",
     "a.m", "p.m", "am", "pm", "a m", "p m", "h")
)  # fmt: skip
# A number that can start a temporal expression (most numbers cannot): a year or a
# decade, a numeric date or a clock time, a number followed by what _AFTER_NUMBER lists,
# the first day of a range ("16 to 20 January") or a day of a month ("27th of October").
_NUMBER_GATE = rf"""(?:(?:1[6-9]|2[01])\d\d(?!\d)|\d{{1,2}}[/.:-]\d|\d{{1,3}}0s
    |\d{{1,4}}(?:[.,]\d+)?(?:st|nd|rd|th)?[\s-]*{_AFTER_NUMBER}(?![a-z])
    |\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|to|through|until|till)\s+\d
    |\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+{_alt(MONTHS)}
    |\d+\s+and\s+a\s+half)"""


def _gate_words() -> str:
    """One trie of every gate word, each followed by what may follow it.

    The gate is a lookahead (only whether it holds counts), so a word in several lists
    takes the alternation of their tails: each word start is tried against one trie
    instead of one trie per list (about three times faster on news text).
    """
    return _trie(_gate_tails())


def _gate_tails() -> dict[str, str]:
    """Every gate word (lower case) and the pattern of what may follow it."""
    tails: dict[str, list[str]] = {}

    def add(words: Iterable[str], tail: str) -> None:
        for w in words:
            found = tails.setdefault(w.lower(), [])
            if tail not in found:
                found.append(tail)

    add(_STRONG, r"(?!\w)")
    for firsts, nexts in _WEAK:
        after = nexts if isinstance(nexts, str) else rf"(?:\d|{_alt(nexts)}(?!\w))"
        add(firsts, rf"[\s-]+{after}")
    add(["q"], "[1-4]")
    add(["fy"], r"\s?\d")
    add(["early", "mid", "late"], r"[\s-]+\d")
    add(["the"], r"\s+['’]?\d")
    return {w: t[0] if len(t) == 1 else "(?:" + "|".join(t) + ")" for w, t in tails.items()}


# Each branch fails at once where it cannot hold: a word start is a ``\b`` test, the number
# gate is tried only before a digit, "'90s" only at an apostrophe (as literals, which
# ``re`` rejects without entering the branch). About a third faster than testing a class
# of first characters at every position.
_GATE = rf"""\b(?<![\w'’])(?={_gate_words()}|(?=\d){_NUMBER_GATE})|'(?=\d0s)|’(?=\d0s)"""


@functools.cache
def gate() -> re.Pattern[str]:
    """Where the scanner's rules are tried: word starts that can begin a temporal expression.

    Case-sensitive for speed: it runs on lower-cased text (the rules then read the original).
    :func:`gate_positions` finds the same places with two faster scans (:func:`_gate_scans`);
    this is the pattern they are held to. Compiled on first use, not at ``import newsparse``.

    >>> [m.start() for m in gate().finditer("met on thursday")]
    [7]
    """
    return re.compile(_GATE, re.VERBOSE)


@functools.cache
def _gate_any_case() -> re.Pattern[str]:
    """The gate for text whose lower case changes length (rare): compiled when first needed."""
    return re.compile(_GATE, re.VERBOSE | re.IGNORECASE)


# What follows the character before a gate word. Every gate word opens with a word character
# and the number gate with a digit (a test holds it), so after a non-word character the
# ``\b`` of :data:`_GATE` holds wherever this does: the scans leave it out.
# Written for ``re``'s alternation, which passes over a branch opening with a character or
# a class that does not match without entering it: the trie's branches (one per first
# character) stand in the alternation itself, not in a group of their own, and the number
# gate opens with a digit (its lookahead is read at the digit, from a one-character
# look-behind), not with ``(?=\d)``. About a third faster than the trie as :data:`_GATE`
# writes it (every branch of a group is entered, as is a lookahead).
_GATE_AHEAD = rf"(?={'|'.join(_branches(_gate_tails()))}|\d(?<=(?={_NUMBER_GATE}).))"


@functools.cache
def _gate_scans() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gate as two scans ``re`` runs fast; a match is the character before a gate word.

    A gate word starts after a non-word character other than an apostrophe. The first scan
    finds a space before a gate word; the second, any other such character before one, or an
    apostrophe before "90s" (the gate is then on it). Each opens with a character ``re``
    searches for by itself (see :mod:`newsparse._scan_chars`), where :func:`gate`, opening
    with ``\\b``, is tried at every position: together about twice as fast. The second
    then asks for a word character (what every gate word, the number gate and "90s" open
    with), passing over the many marks before a space ("," and ".") at once.
    """
    after_space = re.compile(rf"\ {_GATE_AHEAD}", re.VERBOSE)
    after_mark = re.compile(
        rf"[{NOT_SPACE_OR_ASCII_WORD}](?=\w)(?:(?<=[^\w'’]){_GATE_AHEAD}|(?<=['’])(?=\d0s))",
        re.VERBOSE,
    )
    return after_space, after_mark


def _gate_list(low: str, start: int, end: int, shift: int) -> list[int]:
    """What ``gate().finditer(low, start, end)`` finds, each start plus ``shift``."""
    after_space, after_mark = _gate_scans()
    if start == 0:  # nothing before the stretch: a space stands in for it
        low, start, end, shift = " " + low[:end], 1, end + 1, shift - 1
    # The scans start on the character before the stretch, which the gate at its first
    # position reads; a match is that character (the gate is after it) or an apostrophe
    # before "90s" (the gate is on it; not in the stretch when it is the one before it).
    out = [m.end() + shift for m in after_space.finditer(low, start - 1, end)]
    marked = [
        (m.start() if low[m.start()] in "'’" else m.end()) + shift
        for m in after_mark.finditer(low, start - 1, end)
    ]
    if marked:
        if marked[0] < start + shift:
            del marked[0]
        out = sorted(out + marked) if out else marked
    return out


def gate_positions(
    text: str, low: str | None, start: int, end: int, low_at: int = 0
) -> list[int]:
    """Offsets in ``text[start:end]`` where a rule may match, in order.

    ``low`` is ``text[low_at:low_at + len(low)]`` lower-cased, covering ``start:end``, with the
    same length; when None, ``text`` itself is read case-insensitively.

    >>> t = "We met on Thursday."
    >>> [t[i:i + 8] for i in gate_positions(t, t.lower(), 0, len(t))]
    ['Thursday']
    """
    if low is not None:
        return _gate_list(low, start - low_at, end - low_at, low_at)
    return [g.start() for g in _gate_any_case().finditer(text, start, end)]
