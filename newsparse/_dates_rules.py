"""What each scanner rule means: a match of :mod:`newsparse._dates_scan` to a value.

Each rule function takes the match and a :class:`Ctx` and returns a :class:`Found` (or None
to reject the match: "May" the modal, "2,000 drones"). Values follow TimeML TIMEX3; without a
reference the unknown parts stay "X" ("XXXX-10", "XXXX-WXX-4").

>>> import regex
>>> from newsparse._dates_scan import scan
>>> ctx = Ctx("It rained on Thursday.", dt.datetime(2022, 10, 27), None, 0, 22)
>>> resolve(next(scan(ctx.text)), ctx).value.value
'2022-10-27'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import regex

from newsparse import _dates_calendar as cal
from newsparse._dates_calendar import Value
from newsparse._dates_context import tense
from newsparse._dates_scan import rule_of
from newsparse.lexicon.dates_holidays import HOLIDAY_COMPOUNDS, HOLIDAYS
from newsparse.lexicon.dates_words import (
    COUNTED_NOUNS,
    MONTH_CONTEXT,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    YEAR_FOLLOWERS,
)


class Ctx(NamedTuple):
    """What a rule may read besides its match: the text, the reference, the block bounds."""

    text: str
    ref: dt.datetime | None
    day_first: bool | None
    lo: int
    hi: int
    anchor: dt.datetime | None = None
    """The last date mentioned before (for "the next day"), else the reference."""
    last_date: dt.datetime | None = None
    """The start of the last date of any size mentioned before ("in 2007 ... two years
    later"), else the reference."""
    clock_day: dt.date | None = None
    """The day a bare clock time is read on: the last day named in the block, else the
    reference day."""


Clock = tuple[str, "dt.tzinfo | None", int, int, int]
"""A clock reading: TIMEX3 suffix ("T14:30Z"), zone, hour, minute, second."""


class Found(NamedTuple):
    """A resolved match: span, rule, value, and what later merging steps need."""

    start: int
    end: int
    rule: str
    value: Value
    gran: str = ""  # "day", "weekday", "month", "year", "time", "clock" or ""
    explicit_year: bool = True
    clock: Clock | None = None  # for a bare time: its clock reading, to join to a day


Match = regex.Match[str]
# The last word before a place: its search starts only where a word can (the leftmost match
# never starts after a character of the word class, which could open a longer match).
_PREV_WORD = regex.compile(r"(?<![\w'’-])([\w'’-]+)\W*$")
_NEXT_WORD = regex.compile(r"\s*([\w'’-]+)")
_PERCENT_AFTER = regex.compile(r"\s*(?:%|per\s*cent|percent)", regex.IGNORECASE)
_SPACES = regex.compile(r"\s+")
_Rule = Callable[[Match, Ctx], "Found | None"]
_RULES: dict[str, _Rule] = {}


def _rule(fn: _Rule) -> _Rule:
    _RULES[fn.__name__.lstrip("_")] = fn
    return fn


def resolve(m: Match, ctx: Ctx, rule: str | None = None) -> Found | None:
    """Resolve one scanner match, or None when its rule rejects it in context.

    ``rule`` is ``rule_of(m)`` when the caller has it already.
    """
    if m.group()[:1].isdigit() and m.start() >= 2:
        before = ctx.text[m.start() - 2 : m.start()]
        if before[1] in ",.:/-" and before[0].isdigit():
            return None  # part of a bigger number: "1,000 years", "3.2010"
    return _RULES[rule_of(m) if rule is None else rule](m, ctx)


# -- small readers --------------------------------------------------------------------------


def _g(m: Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _direction(m: Match, ctx: Ctx, default: int = -1) -> int:
    t = tense(ctx.text, m.start(), m.end(), ctx.lo, ctx.hi)
    if t:
        return t
    if _prev_word(ctx, m.start()) == "by":
        return 1  # a deadline with no tense to say otherwise: "a decision by Friday"
    return default


def _found(m: Match, rule: str, value: Value, gran: str = "", explicit: bool = True) -> Found:
    return Found(m.start(), m.end(), rule, value, gran, explicit)


def _month_num(m: Match) -> int:
    return MONTHS[(_g(m, "month") or "").lower().rstrip(".")]


def _day_or_none(y: int, mon: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mon, d)
    except ValueError:
        return None


def _part_value(d: dt.date, part: str | None) -> Value:
    if not part:
        return cal.day(d)
    code, h0, h1 = PARTS_OF_DAY[part.lower()]
    start = dt.datetime(d.year, d.month, d.day) + dt.timedelta(hours=h0)
    return Value("TIME", f"{d.isoformat()}T{code}", start, start + dt.timedelta(hours=h1 - h0))


def _masked(ref_free: str, m: Match, rule: str, gran: str = "") -> Found:
    return _found(m, rule, Value("DATE", ref_free), gran, False)


def _prev_word(ctx: Ctx, at: int) -> str:
    w = _PREV_WORD.search(ctx.text[max(ctx.lo, at - 24) : at])
    return w.group(1).lower() if w else ""


def _next_word(ctx: Ctx, at: int) -> str:
    w = _NEXT_WORD.match(ctx.text[at : min(ctx.hi, at + 24)])
    return w.group(1) if w else ""


# -- absolute dates ------------------------------------------------------------------------


@_rule
def _numeric(m: Match, ctx: Ctx) -> Found | None:
    a, b, sep, ys = int(m.group("a")), int(m.group("b")), m.group("sep"), m.group("y")
    if len(ys) == 2:
        if sep != "/":
            return None
        cut = (ctx.ref.year % 100 + 1) if ctx.ref else 30
        y = 2000 + int(ys) if int(ys) <= cut else 1900 + int(ys)
    else:
        y = int(ys)
    if a > 12 >= b:
        dm = True
    elif b > 12 >= a:
        dm = False
    elif a == b or sep in ".-":
        dm = True  # 27.10.2022 and 27-10-2022 are day-first wherever they are written
    elif ctx.day_first is None:
        return _found(m, "numeric", Value("DATE", f"{y:04d}-XX-XX"), "", True)
    else:
        dm = ctx.day_first
    d = _day_or_none(y, b, a) if dm else _day_or_none(y, a, b)
    return None if d is None else _found(m, "numeric", cal.day(d), "day")


def _md_value(m: Match, ctx: Ctx, rule: str, dom: int, end_dom: int | None = None) -> Found | None:
    mon = _month_num(m)
    ys = _g(m, "year")
    wd = _g(m, "wd")
    if ys:
        y: int | None = int(ys)
    elif ctx.ref is None:
        if end_dom is not None:
            masked = f"XXXX-{mon:02d}-{dom:02d}/XXXX-{mon:02d}-{end_dom:02d}"
            return _masked(masked, m, rule)
        return _masked(f"XXXX-{mon:02d}-{dom:02d}", m, rule, "day")
    else:
        ref = ctx.ref.date()
        y = None
        if wd:  # "Tue May 9": the year in which the weekday fits, nearest the reference
            want = WEEKDAYS[wd.lower().rstrip(".")]
            fits = [
                yy for yy in range(ref.year - 6, ref.year + 2)
                if (d0 := _day_or_none(yy, mon, dom)) is not None and d0.weekday() == want
            ]  # fmt: skip
            if fits:
                y = min(fits, key=lambda yy: abs(yy - ref.year))
        if y is None:
            y = cal.day_year(ref, mon, dom, _direction(m, ctx, 0))
    if y is None:
        return None
    d = _day_or_none(y, mon, dom)
    if d is None:
        return None
    if end_dom is None:
        return _found(m, rule, cal.day(d), "day", bool(ys))
    d2 = _day_or_none(y, mon, end_dom)
    if d2 is None or d2 < d:
        return None
    v = Value("DATE", f"{d.isoformat()}/{d2.isoformat()}", cal.day(d).start, cal.day(d2).end)
    return _found(m, rule, v, "range", bool(ys))


@_rule
def _md(m: Match, ctx: Ctx) -> Found | None:
    return _md_value(m, ctx, "md", int(m.group("day")))


@_rule
def _dm(m: Match, ctx: Ctx) -> Found | None:
    if not (_g(m, "wd") or m.group("month")[0].isupper() or _g(m, "year")):
        return None  # "5 oct" in lower case: too often a code or a measure
    return _md_value(m, ctx, "dm", int(m.group("day")))


@_rule
def _md_range(m: Match, ctx: Ctx) -> Found | None:
    return _md_value(m, ctx, "md_range", int(m.group("day")), int(m.group("day2")))


@_rule
def _dm_range(m: Match, ctx: Ctx) -> Found | None:
    return _md_value(m, ctx, "dm_range", int(m.group("day")), int(m.group("day2")))


@_rule
def _ordinal_day(m: Match, ctx: Ctx) -> Found | None:
    dom = int(m.group("day"))
    base = ctx.anchor
    if base is None:
        return _masked(f"XXXX-XX-{dom:02d}", m, "ordinal_day", "day")
    y, mon = base.year, base.month
    if base is ctx.ref:  # the reference month, or the one before or after it
        tense = _direction(m, ctx, 0)
        direction = tense
        if direction == 0:  # no tense: the nearer of this month's and the next or last one
            direction = -1 if dom - base.day > 15 else (1 if base.day - dom > 15 else 0)
        if direction < 0 and dom > base.day:
            y, mon = cal.shift_month(y, mon, -1)
        elif direction > 0 and dom < base.day:
            y, mon = cal.shift_month(y, mon, 1)
        if _day_or_none(y, mon, dom) is None:  # a month without that day ("the 31st")
            if tense == 0:
                y, mon = base.year, base.month  # the nearer month was only a guess
            else:  # the month before it, or after it, in the direction the text looks
                while _day_or_none(y, mon, dom) is None:
                    y, mon = cal.shift_month(y, mon, tense)
    d = _day_or_none(y, mon, dom)
    return None if d is None else _found(m, "ordinal_day", cal.day(d), "day", False)


@_rule
def _month_year(m: Match, ctx: Ctx) -> Found | None:
    return _found(m, "month_year", cal.month(int(m.group("year")), _month_num(m)), "month")


@_rule
def _month(m: Match, ctx: Ctx) -> Found | None:
    word = m.group("month")
    if not word[0].isupper():
        return None
    mon = MONTHS[word.lower()]
    prev = "" if _g(m, "mod") else _prev_word(ctx, m.start())
    if prev not in MONTH_CONTEXT and mon in (3, 5) and not _g(m, "mod"):
        return None  # "May" the modal or a name, "March" the verb or noun
    name_like = prev in ("", "and", "or", "to", "between") and not _g(m, "mod")
    if name_like and _next_word(ctx, m.end())[:1].isupper():
        return None  # a name: "June Carter", "and April Ryan"
    if ctx.ref is None:
        return _masked(f"XXXX-{mon:02d}", m, "month", "month")
    y = cal.month_year(ctx.ref.date(), mon, _direction(m, ctx))
    return _found(m, "month", cal.month(y, mon), "month", False)




@_rule
def _year(m: Match, ctx: Ctx) -> Found | None:
    y = int(m.group("year"))
    if not _g(m, "mod") and not _year_context_ok(m, ctx, m.start("year"), m.end("year")):
        return None
    if y < 1900 and not _g(m, "mod") and _prev_word(ctx, m.start()) not in MONTH_CONTEXT:
        return None  # "1600 Pennsylvania Avenue": an old year needs "in", "since", "by"...
    return _found(m, "year", cal.year(y), "year")




def _year_context_ok(m: Match, ctx: Ctx, start: int, end: int) -> bool:
    before = ctx.text[max(ctx.lo, start - 1) : start]
    if before and before in "$€£#+-/.,:":
        return False
    prev = _prev_word(ctx, start)
    if prev.isdigit():
        return False  # a group of a longer number: "020 7946 2018"
    if prev in {"no", "number", "nos", "page", "pages", "article", "room", "flight", "route",
                "vol", "version", "v", "model", "code", "pin", "tel", "phone", "ext"}:  # fmt: skip
        return False
    nxt = _next_word(ctx, end)
    if nxt and nxt[0].islower():
        low = nxt.lower()
        plural = low.endswith("s") and len(low) > 3 and low not in YEAR_FOLLOWERS
        if low in COUNTED_NOUNS or plural:
            return False
    return not _PERCENT_AFTER.match(ctx.text[end : end + 10])




@_rule
def _fiscal(m: Match, ctx: Ctx) -> Found | None:
    return _found(m, "fiscal", Value("DATE", f"FY{m.group('year')}"))


@_rule
def _year_range(m: Match, ctx: Ctx) -> Found | None:
    y1, y2s = int(m.group("year")), m.group("year2")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 200 or not _year_context_ok(m, ctx, m.start(), m.end()):
        return None
    v = Value("DATE", f"{y1:04d}/{y2:04d}", cal.year(y1).start, cal.year(y2).end)
    return _found(m, "year_range", v, "range")


@_rule
def _quarter(m: Match, ctx: Ctx) -> Found | None:
    q = _g(m, "q")
    qord = (_g(m, "qord") or "").lower()
    n = int(q) if q else {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1,
                          "2nd": 2, "3rd": 3, "4th": 4}.get(qord, 4)  # fmt: skip
    y = _year_of(m, ctx)
    if y is None:
        if ctx.ref is None:
            return _masked(f"XXXX-Q{n}", m, "quarter")
        ref = ctx.ref.date()
        y = ref.year if (n - 1) * 3 + 1 <= ref.month or _direction(m, ctx) > 0 else ref.year - 1
    return _found(m, "quarter", cal.quarter(y, n))


def _year_of(m: Match, ctx: Ctx) -> int | None:
    if _g(m, "year"):
        return int(m.group("year"))
    rel = (_g(m, "rel") or "").lower()
    if ctx.ref is not None and (rel or m.group().lower().endswith("the year")):
        return ctx.ref.year + {"last": -1, "next": 1}.get(rel, 0)
    return None


@_rule
def _half(m: Match, ctx: Ctx) -> Found | None:
    n = 1 if m.group("qord").lower() == "first" else 2
    y = _year_of(m, ctx)
    if y is None:
        return _masked(f"XXXX-H{n}", m, "half")
    return _found(m, "half", cal.half(y, n))


@_rule
def _decade(m: Match, ctx: Ctx) -> Found | None:
    if _g(m, "dec"):
        return _found(m, "decade", cal.decade(int(m.group("dec"))))
    d2 = int(m.group("dec2"))
    now = ctx.ref.year if ctx.ref else 2099
    return _found(m, "decade", cal.decade(2000 + d2 if 2000 + d2 <= now else 1900 + d2))


_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@_rule
def _century(m: Match, ctx: Ctx) -> Found | None:
    n = int(m.group("cent")) if _g(m, "cent") else _CENTURY_WORDS[m.group("centw").lower()]
    return _found(m, "century", cal.century(n))


@_rule
def _season_year(m: Match, ctx: Ctx) -> Found | None:
    return _found(m, "season_year", cal.season(int(m.group("year")), m.group("season").lower()))


def _season_near(ref: dt.date, name: str, direction: int) -> Value:
    at = dt.datetime(ref.year, ref.month, ref.day)
    cands = [cal.season(y, name) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    if direction == 0:
        inside = [c for c in cands if c.start and c.end and c.start <= at < c.end]
        if inside:
            return inside[0]
        direction = -1
    if direction < 0:
        return [c for c in cands if c.end and c.end <= at + dt.timedelta(days=1)][-1]
    return next(c for c in cands if c.start and c.start > at)


@_rule
def _season(m: Match, ctx: Ctx) -> Found | None:
    name = m.group("season").lower()
    if ctx.ref is None:
        return _masked(f"XXXX-{SEASONS[name][0]}", m, "season")
    return _found(m, "season", _season_near(ctx.ref.date(), name, _direction(m, ctx, 0)))


@_rule
def _holiday(m: Match, ctx: Ctx) -> Found | None:
    key = _SPACES.sub(" ", m.group("hol").lower().replace("’", "'"))
    rule = HOLIDAYS[key]
    if not _g(m, "year") and _next_word(ctx, m.end()).lower() in HOLIDAY_COMPOUNDS:
        return None  # "Christmas tree", "Easter eggs"

    def on(y: int) -> dt.date:
        if rule[0] == "fixed":
            return dt.date(y, rule[1], rule[2])  # type: ignore[misc]
        if rule[0] == "easter":
            return cal.easter(y) + dt.timedelta(days=rule[1])
        return cal.nth_weekday(y, rule[1], rule[2], rule[3])  # type: ignore[misc]

    if _g(m, "year"):
        return _found(m, "holiday", cal.day(on(int(m.group("year")))), "day")
    if ctx.ref is None:
        return None
    ref = ctx.ref.date()
    direction = _direction(m, ctx, 0)
    days = [on(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction < 0:
        days = [d for d in days if d <= ref]
    elif direction > 0:
        days = [d for d in days if d >= ref]
    d = min(days, key=lambda d: abs((d - ref).days))
    return _found(m, "holiday", cal.day(d), "day", False)
