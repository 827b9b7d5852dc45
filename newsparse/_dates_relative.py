"""Rules for time told relative to the reference: deixis, weekdays, durations, sets, clocks.

Registered into :mod:`newsparse._dates_rules` on import.

>>> duration_value("two and a half years")
('P2.5Y', [(2.5, 'Y', 'year')])
>>> duration_value("37 min 52 sec")[0]
'PT37M52S'
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from newsparse import _dates_calendar as cal
from newsparse._dates_calendar import Value
from newsparse._dates_patterns import PIECE
from newsparse._dates_rules import (
    _PREV_WORD,
    _SPACES,
    Clock,
    Ctx,
    Found,
    Match,
    _day_or_none,
    _direction,
    _found,
    _g,
    _masked,
    _part_value,
    _rule,
    _season_near,
)
from newsparse.lexicon.dates_words import (
    MONTHS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    SET_ADVERBS,
    TIMEZONES,
    UNIT_MULTIPLIERS,
    UNITS,
    VAGUE,
    WEEKDAYS,
)

_OLD_AFTER = regex.compile(r"[\s-]+old\b")
_PIECE_RE = regex.compile(PIECE, regex.IGNORECASE | regex.VERBOSE)
# unit letter (date or time) -> months or seconds it spans, for arithmetic
_MONTHS_IN = {"CE": 1200, "DE": 120, "Y": 12, "M": 1}
_DAYS_IN = {"W": 7, "D": 1}
_SECONDS_IN = {"H": 3600, "M": 60, "S": 1}


def _count(word: str, half: str | None) -> float | None:
    w = _SPACES.sub(" ", word.lower())
    if w[:1].isdigit():
        n = float(w)
    elif w in NUMBER_WORDS:
        n = float(NUMBER_WORDS[w])
    elif "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
        n = float(sum(NUMBER_WORDS[p] for p in w.split("-")))
    else:
        return None  # "several", "a few": a vague count
    return n + 0.5 if half else n


def _unit(word: str) -> str:
    w = word.lower()
    if w == "centuries":
        return "century"
    return w if w in UNITS else w[:-1]


def duration_value(text: str) -> tuple[str, list[tuple[float | None, str, str]]]:
    """The TIMEX3 duration value of ``text`` and its pieces ``(count, letter, unit)``.

    A function of the text alone, read once per text: news repeats its durations ("two
    years", "years", "a week").

    >>> duration_value("several weeks")[0]
    'PXW'
    """
    value, pieces = _duration_value(text)
    return value, list(pieces)


@functools.lru_cache(maxsize=4096)
def _duration_value(text: str) -> tuple[str, tuple[tuple[float | None, str, str], ...]]:
    low = _SPACES.sub(" ", text.lower())
    if low.startswith("half a") or low.startswith("half an"):
        unit = _unit(low.split()[-1])
        pieces: list[tuple[float | None, str, str]] = [(0.5, UNITS[unit][0], unit)]
    elif low.endswith("and a half"):
        pieces = [(1.5, "H", "hour")]
    else:
        pieces = []
        for p in _PIECE_RE.finditer(text):
            unit = _unit(p.group("unit"))
            n = _count(p.group("num"), p.group("half"))
            n = None if n is None else n * UNIT_MULTIPLIERS.get(unit, 1)
            pieces.append((n, UNITS[unit][0], unit))
    date_part = "".join(_fmt(n) + letter for n, letter, u in pieces if not UNITS[u][1])
    time_part = "".join(_fmt(n) + letter for n, letter, u in pieces if UNITS[u][1])
    return "P" + date_part + ("T" + time_part if time_part else ""), tuple(pieces)


def _fmt(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


def _shift(ref: dt.datetime, pieces: list[tuple[float | None, str, str]], sign: int) -> dt.datetime:
    months = 0.0
    seconds = 0.0
    for n, letter, unit in pieces:
        assert n is not None
        if UNITS[unit][1]:
            seconds += n * _SECONDS_IN[letter]
        elif letter in _MONTHS_IN:
            months += n * _MONTHS_IN[letter]
        else:
            seconds += n * _DAYS_IN[letter] * 86400
    whole = int(months)
    seconds += (months - whole) * 30 * 86400
    y, mon = cal.shift_month(ref.year, ref.month, sign * whole)
    last = (dt.date(*cal.shift_month(y, mon, 1), 1) - dt.timedelta(days=1)).day
    moved = ref.replace(year=y, month=mon, day=min(ref.day, last))
    return moved + sign * dt.timedelta(seconds=seconds)


def _at_granularity(t: dt.datetime, pieces: list[tuple[float | None, str, str]]) -> Value:
    units = {u for _, _, u in pieces}
    if units & {"second", "sec", "secs"}:
        s = t.replace(microsecond=0)
        return Value("TIME", s.isoformat(), s, s + dt.timedelta(seconds=1))
    if units & {"minute", "min", "mins", "hour", "hr", "hrs"}:
        s = t.replace(second=0, microsecond=0)
        return Value("TIME", s.isoformat(timespec="minutes"), s, s + dt.timedelta(minutes=1))
    d = t.date()
    if units & {"day", "night"}:
        return cal.day(d)
    if units & {"week", "fortnight"}:
        return cal.week(d)
    if "month" in units:
        return cal.month(d.year, d.month)
    if "year" in units:
        return cal.year(d.year)
    if "decade" in units:
        return cal.decade(d.year // 10 * 10)
    return cal.century(d.year // 100 + 1)


@_rule
def _ago(m: Match, ctx: Ctx) -> Found | None:
    _, pieces = duration_value(m.group("dur"))
    word = m.group("dir").lower()
    sign = -1 if word in ("ago", "earlier") else 1
    base = (ctx.last_date or ctx.anchor) if word in ("later", "earlier") else ctx.ref
    if any(n is None for n, _, _ in pieces):
        if base is not ctx.ref:
            return None  # "years later": no date to count from
        return _found(m, "ago", Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"))
    if base is None:
        return _masked("XXXX-XX-XX", m, "ago")
    return _found(m, "ago", _at_granularity(_shift(base, pieces, sign), pieces))


@_rule
def _anaphoric(m: Match, ctx: Ctx) -> Found | None:
    rel, unit = m.group("arel").lower(), m.group("aunit").lower()
    if ctx.anchor is None:
        return _masked(_REL_MASK.get(unit, "XXXX-XX-XX"), m, "anaphoric")
    sign = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1,
            "before": -1}.get(rel, 0)  # fmt: skip
    d = ctx.anchor.date()
    if unit in PARTS_OF_DAY or unit == "day":
        d += dt.timedelta(days=sign)
        return _found(m, "anaphoric", _part_value(d, None if unit == "day" else unit), "day")
    return _found(m, "anaphoric", cal.shifted(d, unit, sign) or cal.year(d.year + sign))


@_rule
def _in_n(m: Match, ctx: Ctx) -> Found | None:
    value, pieces = duration_value(m.group("dur"))
    if m.group("prep").lower() == "in" and _direction(m, ctx, 0) > 0:
        if any(n is None for n, _, _ in pieces):
            return _found(m, "in_n", Value("DATE", "FUTURE_REF"))
        if ctx.ref is None:
            return _masked("XXXX-XX-XX", m, "in_n")
        return _found(m, "in_n", _at_granularity(_shift(ctx.ref, pieces, 1), pieces))
    return Found(m.start("dur"), m.end("dur"), "in_n", Value("DURATION", value))


@_rule
def _last_n(m: Match, ctx: Ctx) -> Found | None:
    value, pieces = duration_value(m.group("dur"))
    rel = m.group("rel").lower()
    if rel == "first" or ctx.ref is None or any(n is None for n, _, _ in pieces):
        return _found(m, "last_n", Value("DURATION", value))
    if rel in ("next", "coming"):
        return _found(m, "last_n", Value("DURATION", value, ctx.ref, _shift(ctx.ref, pieces, 1)))
    return _found(m, "last_n", Value("DURATION", value, _shift(ctx.ref, pieces, -1), ctx.ref))


@_rule
def _duration(m: Match, ctx: Ctx) -> Found | None:
    value, pieces = duration_value(m.group("dur"))
    first = m.group().split(None, 1)[0].split("-")[0].lower()
    if first in ("a", "an", "one") and pieces[0][2] == "second":
        return None  # "a second time": the ordinal
    if _OLD_AFTER.match(ctx.text[m.end() : m.end() + 6]):
        return None  # ages: "a 45-year-old man"
    if first in ("a", "an") and len(pieces) == 1 and _RATE_BEFORE.search(
        ctx.text, max(ctx.lo, m.start() - 30), m.start()
    ):  # "500 a month", "$95 a year": a rate, so a set
        letter, is_time = UNITS[pieces[0][2]]
        return _found(m, "duration", Value("SET", ("PT1" if is_time else "P1") + letter))
    return _found(m, "duration", Value("DURATION", value))


# A count or an amount just before "a month": "500 a month", "$1.2bn a year", "twice a day".
_RATE_BEFORE = regex.compile(
    r"(?:\d|\b(?:dollars|euros|pounds|times|twice|once|hundred|thousand|million|billion"
    r"|bn|m|k|drones|units|people|cases))[\s%)]*$",
    regex.IGNORECASE,
)


@_rule
def _bare_units(m: Match, ctx: Ctx) -> Found | None:
    unit = _unit(m.group("unit"))
    return _found(m, "bare_units", Value("DURATION", f"PX{UNITS[unit][0]}"))


@_rule
def _set(m: Match, ctx: Ctx) -> Found | None:
    if _g(m, "adv"):
        return _found(m, "set", Value("SET", SET_ADVERBS[m.group("adv").lower()]))
    if _g(m, "wd"):
        return _found(m, "set", Value("SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}"))
    if _g(m, "part"):
        return _found(m, "set", Value("SET", f"TXX{PARTS_OF_DAY[m.group('part').lower()][0]}"))
    unit = m.group("unit").lower()
    unit = "year" if unit == "annum" else _unit(unit)
    n = _count(m.group("num"), _g(m, "half")) if _g(m, "num") else 1.0
    if _g(m, "other"):
        n = 2.0
    n = None if n is None else n * UNIT_MULTIPLIERS.get(unit, 1)
    letter, is_time = UNITS[unit]
    return _found(m, "set", Value("SET", ("PT" if is_time else "P") + _fmt(n) + letter))


def _sign(rel: str) -> int:
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)


@_rule
def _unit_of(m: Match, ctx: Ctx) -> Found | None:
    if _g(m, "part"):  # "later in the day": the day last named, else the reference day
        day = ctx.clock_day or (ctx.ref.date() if ctx.ref else None)
        if day is None:
            return _masked("XXXX-XX-XX", m, "unit_of")
        return _found(m, "unit_of", cal.day(day), "day")
    return _relative(m, ctx)


@_rule
def _part_of_day(m: Match, ctx: Ctx) -> Found | None:
    part = m.group("part").lower()
    day = ctx.clock_day or (ctx.ref.date() if ctx.ref else None)
    if day is None:
        return _found(m, "part_of_day", Value("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[part][0]}"))
    return _found(m, "part_of_day", _part_value(day, part))


@_rule
def _relative(m: Match, ctx: Ctx) -> Found | None:
    rel = m.group("rel").lower()
    sign = _sign(rel)
    unit = (_g(m, "unit") or "").lower()
    the = ctx.text[max(ctx.lo, m.start() - 4) : m.start()].lower() == "the "
    if unit and the and sign and not (_g(m, "mod2") or _g(m, "mod3")):
        value = f"P1{UNITS[unit][0]}" if unit in UNITS else "P1W"
        return _found(m, "relative", Value("DURATION", value))
    if ctx.ref is None:
        return _masked(_REL_MASK.get(unit, "XXXX-XX-XX"), m, "relative")
    ref = ctx.ref.date()
    same_size = cal.shifted(ref, unit, sign)
    if same_size is not None:
        return _found(m, "relative", same_size, unit if unit in ("month", "year") else "")
    if unit == "quarter":
        y, mon = cal.shift_month(ref.year, (ref.month - 1) // 3 * 3 + 1, 3 * sign)
        return _found(m, "relative", cal.quarter(y, (mon - 1) // 3 + 1))
    if unit == "decade":
        return _found(m, "relative", cal.decade(ref.year // 10 * 10 + 10 * sign))
    if unit == "century":
        return _found(m, "relative", cal.century(ref.year // 100 + 1 + sign))
    if _g(m, "wd"):
        wd = WEEKDAYS[m.group("wd").lower()]
        d = cal.weekday_near(ref, wd, 2 * sign)
        return _found(m, "relative", _part_value(d, _g(m, "part")), "day")
    if _g(m, "month"):
        mon = MONTHS[m.group("month").lower()]
        y = ref.year if sign == 0 else cal.month_year(ref, mon, 2 * sign)
        return _found(m, "relative", cal.month(y, mon), "month")
    if _g(m, "season"):
        return _found(m, "relative", _season_near(ref, m.group("season").lower(), sign))
    part = m.group("part").lower()
    d = ref - dt.timedelta(days=1) if (sign < 0 or (part == "night" and sign < 0)) else ref
    if sign > 0:
        d = ref + dt.timedelta(days=1)
    return _found(m, "relative", _part_value(d, part))


_REL_MASK = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
             "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}  # fmt: skip


@_rule
def _deictic(m: Match, ctx: Ctx) -> Found | None:
    word = m.group("deixis").lower()
    shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if _g(m, "dayx"):
        shift += -1 if m.group("dayx").lower() == "before" else 1
    part = _g(m, "part") or ("night" if word == "tonight" else None)
    if ctx.ref is None:
        suffix = f"T{PARTS_OF_DAY[part.lower()][0]}" if part else ""
        return _masked("XXXX-XX-XX" + suffix, m, "deictic")
    d = ctx.ref.date() + dt.timedelta(days=shift)
    return _found(m, "deictic", _part_value(d, part), "day" if not part else "")


@_rule
def _weekday(m: Match, ctx: Ctx) -> Found | None:
    if _g(m, "wdp"):
        wd = WEEKDAYS[m.group("wdp")[:-1].lower()]
        return _found(m, "weekday", Value("SET", f"XXXX-WXX-{wd + 1}"))
    wd = WEEKDAYS[m.group("wd").lower()]
    if ctx.ref is None:
        return _masked(f"XXXX-WXX-{wd + 1}", m, "weekday", "weekday")
    d = cal.weekday_near(ctx.ref.date(), wd, _direction(m, ctx))
    part = _g(m, "part")
    return _found(m, "weekday", _part_value(d, part), "" if part else "weekday")


@_rule
def _weekend(m: Match, ctx: Ctx) -> Found | None:
    if ctx.ref is None:
        return _masked("XXXX-WXX-WE", m, "weekend")
    ref = ctx.ref.date()
    direction = _direction(m, ctx)
    if ref.weekday() >= 5:
        return _found(m, "weekend", cal.weekend(ref))
    return _found(m, "weekend", cal.weekend(ref + dt.timedelta(days=7 if direction > 0 else -7)))


@_rule
def _vague(m: Match, ctx: Ctx) -> Found | None:
    key = _SPACES.sub(" ", m.group("vague").lower())
    if key == "soon" and _prev(ctx, m.start()) == "as":
        return None  # "as soon as": a conjunction
    return _found(m, "vague", Value("DATE", VAGUE[key]))


def _clock(h: int, mi: int, ss: str | None, tz: str | None) -> Clock:
    text = f"T{h:02d}:{mi:02d}" + (f":{ss}" if ss else "")
    zone: dt.tzinfo | None = None
    if tz:
        off = _offset(tz)
        if off is not None:
            zone = dt.timezone(dt.timedelta(minutes=off))
            sign = "+" if off > 0 else "-"
            text += "Z" if off == 0 else f"{sign}{abs(off) // 60:02d}:{abs(off) % 60:02d}"
    return text, zone, h, mi, int(ss or 0)


def _offset(tz: str) -> int | None:
    t = tz.upper()
    if t in (k.upper() for k in TIMEZONES):
        return TIMEZONES[t.lower()]
    sign = -1 if "-" in t else 1
    digits = "".join(c for c in t if c.isdigit())
    if not digits:
        return None
    hours = int(digits[:-2] or 0) if len(digits) > 2 else int(digits)
    mins = int(digits[-2:]) if len(digits) > 2 else 0
    return sign * (hours * 60 + mins)


def at_clock(d: dt.date | None, clock: Clock) -> Value:
    """A clock time on day ``d`` (or an unknown day) as a TIME value.

    >>> at_clock(dt.date(2022, 10, 27), _clock(14, 30, None, "GMT")).value
    '2022-10-27T14:30Z'
    """
    text, zone, h, mi, s = clock
    if d is None:
        return Value("TIME", "XXXX-XX-XX" + text)
    start = dt.datetime(d.year, d.month, d.day, h % 24, mi, s, tzinfo=zone)
    if h == 24:
        start += dt.timedelta(days=1)
    step = dt.timedelta(seconds=1) if text.count(":") > 1 else dt.timedelta(minutes=1)
    return Value("TIME", d.isoformat() + text, start, start + step)


@_rule
def _iso(m: Match, ctx: Ctx) -> Found | None:
    d = _day_or_none(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    if d is None:
        return None
    if _g(m, "hh") is None:
        return _found(m, "iso", cal.day(d), "day")
    clock = _clock(int(m.group("hh")), int(m.group("mm")), _g(m, "ss"), _g(m, "tz"))
    return _found(m, "iso", at_clock(d, clock), "time")


# Words before a bare one-digit clock time that make it a time ("at 9:30"), not a score.
_AT_WORDS = frozenset(
    ["at", "by", "from", "until", "till", "to", "around", "about", "after", "before", "since"]
)


@_rule
def _time(m: Match, ctx: Ctx) -> Found | None:
    if _g(m, "noon"):
        word = m.group("noon").lower()
        h, mi, ss, tz = (24 if word == "midnight" else 12), 0, None, None
    else:
        h, mi = int(m.group("hh")), int(_g(m, "mm") or 0)
        ss, tz, ampm = _g(m, "ss"), _g(m, "tz"), _g(m, "ampm")
        if ampm:
            pm = ampm.lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        elif _g(m, "tsep") == "." or (
            not tz and not _g(m, "hours")
            and (len(m.group("hh")) == 1 or ss)
            and _prev(ctx, m.start()) not in _AT_WORDS
        ):  # fmt: skip
            return None  # "2.45", "2:05:33" race times, "3:1"
    clock = _clock(h, mi, ss, tz)
    day = ctx.clock_day or (ctx.ref.date() if ctx.ref else None)
    v = at_clock(day, clock)
    return Found(m.start(), m.end(), "time", v, "clock", False, clock)


def _prev(ctx: Ctx, at: int) -> str:
    w = _PREV_WORD.search(ctx.text[max(ctx.lo, at - 12) : at])
    return w.group(1).lower() if w else ""
