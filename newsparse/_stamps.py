"""Published/updated stamps in a line: absolute dates (with time and zone) or relative to
``now``, read by our own patterns.

>>> import datetime as dt
>>> [h.value for h in find_stamps("Updated 27 October 2022")]
[datetime.datetime(2022, 10, 27, 0, 0)]
>>> [h.value for h in find_stamps("37 min 52 sec ago", now=dt.datetime(2026, 1, 21, 12, 0))]
[datetime.datetime(2026, 1, 21, 11, 22, 8)]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

import regex

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# UTC offsets in hours of the zone abbreviations news sites print (US "ET" is read as EST).
ZONES: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "AST": 3,
    "GST": 4,
    "PKT": 5,
    "IST": 5.5,
    "ICT": 7,
    "WIB": 7,
    "SGT": 8,
    "HKT": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "ET": -5,
    "EST": -5,
    "EDT": -4,
    "CT": -6,
    "CST": -6,
    "CDT": -5,
    "MT": -7,
    "MST": -7,
    "MDT": -6,
    "PT": -8,
    "PST": -8,
    "PDT": -7,
}

#: A count opens only where a run of digits starts (``(?<!\d)``): a unit never follows a digit,
#: so no match is lost, and a scan no longer reads a long run of digits from each of them.
_RELATIVE_UNIT = regex.compile(
    r"""
    (?P<n>(?<!\d)\d+|an?|one)\s*
    (?P<unit>d(?:ays?)?|h(?:(?:ou)?rs?)?|m(?:in(?:ute)?s?)?|s(?:ec(?:ond)?s?)?|w(?:(?:ee)?ks?)?)
    \b\s*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1, "w": 604800}


def _relative(text: str, now: dt.datetime | None) -> dt.datetime | None:
    low = text.strip().lower()
    if now is None:
        return None
    if low in ("just now", "today"):
        return now
    if low == "yesterday":
        return now - dt.timedelta(days=1)
    seconds = 0
    for m in _RELATIVE_UNIT.finditer(low):
        n = m["n"]
        count = 1 if n in ("a", "an", "one") else int(n)
        # The pattern ignores case as Unicode does: "ſ" (a long s) is an "s", so the unit's
        # letter is read case-folded (a long s kept as written is no key).
        seconds += count * _UNIT_SECONDS[m["unit"][0].casefold()]
    return now - dt.timedelta(seconds=seconds)


# --- stamps anywhere in a short line --------------------------------------------------------

_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WDAY = (
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|sday|nesday|rsday|urday)?\.?,?\s+)"
)
#: A clock time with optional am/pm and zone: "11:35 AM ET", "3 AM PT", "2:41pm", "12.42 CET".
_CLOCK = r"""
    (?P<{p}h>\d{{1,2}})
    (?:
        [:.](?P<{p}mi>\d{{2}})(?:[:.]\d{{2}})?\s*(?P<{p}ap>[ap]\.?\s?m\.?)?
      | \s*(?P<{p}ap2>[ap]\.?\s?m\.?)
    )
    (?:\s*(?P<{p}z>(?-i:[A-Z]{{1,4}})|\(?UTC[+-]\d{{1,2}}(?::?\d{{2}})?\)?)\b)?
"""
_FIND_DATE = regex.compile(
    rf"""
    (?:(?<![\p{{L}}\d])|(?-i:(?<=\p{{L}})(?=[JFMASONDTW])|(?<=\d)(?=[JFMASONDTW]\p{{Ll}})))
                                          # or glued: "Ann LeeDec 22, 2023", "Editor, F1Dec 19"
    (?:{_CLOCK.format(p="a")}\s*(?:,|\bon\b|·|\|)?\s*)?            # 8:41 PM on / 6:09 AM PST,
    {_WDAY}?
    (?:
        (?P<mn>{_MON})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<my>\d{{4}})  # Dec. 22, 2023
      | (?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dn>{_MON})\.?,?\s+(?P<dy>\d{{4}})
                                                                     # 22 Dec 2023, 22nd of Dec
      | (?P<ed>\d{{1,2}})\.(?P<em>\d{{1,2}})\.(?P<ey>\d{{4}})(?!\d)        # 22.12.2023
      | (?P<iy>\d{{4}})[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}})(?!\d)          # 2023-12-22
      | (?P<um>\d{{1,2}})[/-](?P<ud>\d{{1,2}})[/-](?P<uy>\d{{4}}|\d{{2}})(?!\d)    # 12/22/23
    )
    (?:
        (?:\s*(?:,|\bat(?=\s|\d)|[—–\-/·|•@]|T)\s*|\s+|(?<=[^\d]\d{{4}})(?=\d{{1,2}}[:.]\d\d))
        {_CLOCK.format(p="b")}                                     # or glued: "202311:08 AM"
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_FIND_RELATIVE = regex.compile(
    r"""
    (?<![\p{L}\d])
    (?:(?:\d{1,3}|an?|one)\s?(?:days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s
       |weeks?|wks?|w)\.?\s*){1,3}ago\b
    # "today" closing a capitalised name is an outlet's ("USA TODAY", "Psychology Today"),
    # unless the word before it is a stamp label ("Updated Today")
    | \b(?:just\ now|yesterday
        |(?<!(?-i:\b(?!(?:Published|Updated|Posted|Modified|Edited|First|Last)\b)\p{Lu}\S*)\s)
         today)\b(?!['’]s\b)  # not "today's", "yesterday's"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Prefilters, fast on a miss (most short lines with a digit are no stamp: "Comments (12)").
#: Every date of ``_FIND_DATE`` has three runs of digits joined by ``./-``, the middle one of
#: one or two digits ("22.12.2023", "2023-12-22", "12/22/23": not "2.5" or "2023-24") or four
#: digits and a month ("Dec. 22, 2023", "22 Dec 2023"); every moment of
#: ``_FIND_RELATIVE`` one of the words. Words are tested on the case-folded line ("ſ" folds
#: to "s", as under ``IGNORECASE``); digits with ``regex``, as the patterns read them.
_NUMERIC_DATE_HINT = regex.compile(r"\d[./-]\d\d?[./-]\d")
_YEAR_HINT = regex.compile(r"\d{4}")
_ASCII_NUMERIC_DATE_HINT = re.compile(r"[0-9][./-][0-9][0-9]?[./-][0-9]")
_ASCII_YEAR_HINT = re.compile(r"[0-9]{4}")
_MONTH_HINT = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_RELATIVE_WORD = re.compile(r"ago|just now|yesterday|today")


def _relative_word(low: str) -> bool:
    """``_RELATIVE_WORD.search(low)``: one ``in`` for each of its words (faster on a miss).

    >>> _relative_word("2 hours ago"), _relative_word("2 hours")
    (True, False)
    """
    return "ago" in low or "today" in low or "yesterday" in low or "just now" in low


def _may_hold_date(line: str) -> bool:
    """Whether ``_FIND_DATE`` may find a date in ``line`` (False: it finds none).

    >>> _may_hold_date("Dec. 22, 2023"), _may_hold_date("12/22/23"), _may_hold_date("Top 10")
    (True, True, False)
    """
    if line.isascii():  # (the same tests with ``re``, faster: ASCII digits are ``[0-9]``)
        if _ASCII_NUMERIC_DATE_HINT.search(line):
            return True
        return (
            _ASCII_YEAR_HINT.search(line) is not None
            and _MONTH_HINT.search(line.lower()) is not None
        )
    if _NUMERIC_DATE_HINT.search(line):
        return True
    return _YEAR_HINT.search(line) is not None and _MONTH_HINT.search(line.casefold()) is not None


_UPDATED_CUE = regex.compile(r"updated|modified|edited|revised", regex.IGNORECASE)
#: Words a stamp line may carry besides its moments.
_STAMP_FILLER = regex.compile(
    r"""\b(?:published|first|last|updated|update|posted|modified|on|at|date|dated|was|article
    |is|this|time|read|min|mins|minute|minutes|reading|uk|source|edt|est|pst|pdt|gmt|utc|et|pt
    |am|pm|a\.m|p\.m|ist|cet|cest|bst|ago)\b
    |[^\p{L}\d]+""",
    regex.VERBOSE | regex.IGNORECASE,
)


class StampHit(NamedTuple):
    """A moment found inside a line: where it stands, what kind, its value."""

    start: int
    """Offset in the line of the stamp's first character (its label included)."""
    end: int
    """Offset in the line just after the stamp."""
    kind: str
    """``published`` or ``updated``."""
    value: dt.datetime | None
    """The moment, or None (relative without ``now``)."""
    relative: bool
    """Whether it is written relative to the time of reading."""


def _clock(m: Any, p: str, value: dt.datetime) -> dt.datetime:
    hour = m[p + "h"]
    if hour is None:
        return value
    h = int(hour)
    ap = (m[p + "ap"] or m[p + "ap2"] or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 23:
        return value
    minute = int(m[p + "mi"] or 0)
    value = value.replace(hour=h, minute=min(minute, 59))
    zone = (m[p + "z"] or "").upper()
    if zone in ZONES:
        value = value.replace(tzinfo=dt.timezone(dt.timedelta(hours=ZONES[zone])))
    return value


def _date_value(m: Any) -> dt.datetime | None:
    try:
        if m["my"]:
            value = dt.datetime(int(m["my"]), MONTHS[m["mn"].lower()], int(m["md"]))
        elif m["dy"]:
            value = dt.datetime(int(m["dy"]), MONTHS[m["dn"].lower()], int(m["dd"]))
        elif m["iy"]:
            value = dt.datetime(int(m["iy"]), int(m["im"]), int(m["id"]))
        elif m["ey"]:
            value = dt.datetime(int(m["ey"]), int(m["em"]), int(m["ed"]))
        else:
            year = int(m["uy"])
            year += 2000 if year < 100 else 0
            a, b = int(m["um"]), int(m["ud"])
            month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
            value = dt.datetime(year, month, day)
    except (ValueError, KeyError):
        return None
    return _clock(m, "b", _clock(m, "a", value))


def find_stamps(line: str, *, now: dt.datetime | None = None) -> list[StampHit]:
    """The published/updated moments written in a short line, in order.

    A moment written after "Updated", "Last modified" and the like is an ``updated`` stamp;
    others are ``published``. Lines longer than 200 characters have none.

    >>> [(h.kind, h.value.isoformat()) for h in find_stamps(
    ...     "Dec. 22, 2023, 5:24 AM UTC / Updated Dec. 22, 2023, 2:01 PM UTC")]
    [('published', '2023-12-22T05:24:00+00:00'), ('updated', '2023-12-22T14:01:00+00:00')]
    >>> find_stamps("by Brett Samuels - 12/22/23 11:35 AM ET")[0].value.isoformat()
    '2023-12-22T11:35:00-05:00'
    >>> find_stamps("Updated 3 hours ago", now=dt.datetime(2024, 1, 1, 12))[0].value
    datetime.datetime(2024, 1, 1, 9, 0)
    >>> [h.value.date().isoformat() for h in find_stamps("22.12.2023 | 3rd of March 2024")]
    ['2023-12-22', '2024-03-03']
    """
    if len(line) > 200:
        return []
    hits: list[StampHit] = []
    prev = 0
    found = (
        [(m.start(), m.end(), m, False) for m in _FIND_DATE.finditer(line)]
        if _may_hold_date(line)
        else []
    )
    if not found and _relative_word(line.casefold()):
        found = [(m.start(), m.end(), m, True) for m in _FIND_RELATIVE.finditer(line)]
    for start, end, m, rel in found:
        before = line[prev:start]
        kind = "updated" if _UPDATED_CUE.search(before) else "published"
        value = _relative(m.group(), now) if rel else _date_value(m)
        if value is None and not rel:
            continue
        hits.append(StampHit(start, end, kind, value, rel))
        prev = end
    return hits


def stamp_residue(line: str, hits: list[StampHit]) -> str:
    """The words of ``line`` outside its stamps and stamp labels ("By Ann Lee" etc.).

    >>> stamp_residue("Last updated: 22 Dec 2023", find_stamps("Last updated: 22 Dec 2023"))
    ''
    """
    parts = []
    prev = 0
    for h in hits:
        parts.append(line[prev : h.start])
        prev = h.end
    parts.append(line[prev:])
    return _STAMP_FILLER.sub(" ", " ".join(parts)).strip()
