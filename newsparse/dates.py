"""Date normaliser: temporal expressions resolved TimeML-style against a reference date.

:func:`find_dates` runs three steps over each block of text:

1. **scan** (:mod:`newsparse._dates_patterns`, :mod:`newsparse._dates_scan`): one gated
   pass of compiled patterns finds candidate expressions ("Thursday", "January 16-20",
   "37 min 52 sec ago", "the 1990s");
2. **resolve** (:mod:`newsparse._dates_rules`, :mod:`newsparse._dates_relative`): each
   candidate's rule turns it into a TIMEX3 type and value and the interval meant, reading
   the reference date and the tense of its sentence, or rejects it ("May" the modal);
3. **join**: a day and a clock time next to each other become one moment ("Thursday at
   3 p.m."), and two dates joined by "to", "through" or "and" after "from" or "between"
   become one range ("from Monday to Wednesday").

Conventions: a weekday, a month or a day without a year is the most recent one on or before
the reference, unless its sentence is in the future tense ("will meet on Thursday"), then
the next one on or after it; "last", "this" and "next" count calendar weeks (ISO), months and
years. A range's value is ``first/last`` as written; its ``end`` is exclusive.

>>> import datetime as dt
>>> ms = find_dates("Talks ran January 16-20 and resume on Monday.",
...                 reference=dt.date(2026, 1, 21))
>>> [(m.text, m.value) for m in ms]
[('January 16-20', '2026-01-16/2026-01-20'), ('Monday', '2026-01-19')]
>>> ms[0].end
datetime.datetime(2026, 1, 21, 0, 0)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from newsparse import _dates_relative
from newsparse._blocks import iter_lines
from newsparse._dates_calendar import Value
from newsparse._dates_context import day_first
from newsparse._dates_patterns import gate_positions
from newsparse._dates_rules import Ctx, Found, resolve
from newsparse._dates_scan import match_at, rule_of
from newsparse._records import date_mention, span
from newsparse._validate import check_datetime, check_text
from newsparse.models import Block, DateMention

__all__ = ["find_dates"]

# Between a day and a clock time: "Thursday at 3 p.m.", "Oct. 27, 14:30 GMT".
_DAY_CLOCK_GAP = regex.compile(
    r"\s*(?:,\s*)?(?:(?:at|around|about|from|by|on|just|before|after|until)\s+){0,2}", regex.I
)
# Between a clock time and its day: "3 p.m. Thursday", "14:30 GMT on Friday".
_CLOCK_DAY_GAP = regex.compile(r"\s*(?:,\s*)?(?:on\s+)?", regex.I)
# Between the two ends of a range.
_RANGE_GAP = regex.compile(r"\s*(?:[-–—]|to|through|thru|until|till|and)\s*", regex.I)
_RANGE_OPEN = regex.compile(r"(?:\b(from|between)\s+)$", regex.I)

# ``tuple.__new__(Ctx, (...))`` builds the context of a match without the NamedTuple's
# Python-level ``__new__`` (every field given, in order).
_new = tuple.__new__

_JOINABLE = frozenset({"day", "weekday", "month", "year", "clock"})
# Mentions that later anaphoric ones ("the next day", "two days later") count from.
_ANCHORS = frozenset({"day", "weekday", "time"})


def find_dates(
    text: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    blocks: Sequence[Block] | None = None,
) -> tuple[DateMention, ...]:
    """Find the temporal expressions in ``text``, resolved against ``reference``.

    ``blocks`` are the parts of ``text`` to read; by default every non-blank line. Without a
    reference, values keep their unknown parts ("XXXX-01-16"). Spans are offsets into
    ``text``: ``text[m.span.start:m.span.end] == m.text``.

    >>> import datetime as dt
    >>> ref = dt.datetime(2022, 10, 27, 9, 0)
    >>> [(m.text, m.value) for m in find_dates(
    ...     "He said Thursday that talks held last month will go on for years.", reference=ref)]
    [('Thursday', '2022-10-27'), ('last month', '2022-09'), ('years', 'PXY')]
    >>> [m.value for m in find_dates("She will fly in on Thursday.", reference=ref)]
    ['2022-10-27']
    >>> [m.value for m in find_dates("It happened on January 16, not in May.")]
    ['XXXX-01-16', 'XXXX-05']
    """
    check_text(text, "find_dates")
    ref = check_datetime(reference, "reference")
    if ref is not None and ref.tzinfo is not None:
        ref = ref.replace(tzinfo=None)  # clock arithmetic on the wall time as written
    if blocks is None:
        spans = list(iter_lines(text))  # non-blank lines, trimmed
    else:
        spans = [(b.span.start, b.span.end) for b in blocks]
    # Lower-case only the stretch the blocks cover (parse() calls once per article of a
    # longer text); the gate reads it, shifting its offsets back by ``first_lo``.
    first_lo = min((lo for lo, _ in spans), default=0)
    last_hi = max((hi for _, hi in spans), default=0)
    low: str | None = text[first_lo:last_hi].lower()
    if low is not None and len(low) != last_hi - first_lo:
        low = None  # a character whose lower case is longer: gate case-insensitively instead
    convention: list[bool | None] = []
    anchor = ref  # the last day mentioned: "the next day" counts from it
    last_date = ref  # the last date of any size: "two years later" counts from it
    out: list[DateMention] = []
    for lo, hi in spans:
        gates = gate_positions(text, low, lo, hi, first_lo)
        if not gates:
            continue
        block = text[lo:hi]  # rules read the block alone: bounded context, cheap matching
        clock_day: dt.date | None = None
        found: list[Found] = []
        for m in match_at(block, [g - lo for g in gates]):
            rule = rule_of(m)
            if not convention and rule == "numeric":
                convention.append(day_first(text, spans))
            ctx = _new(Ctx, (block, ref, convention[0] if convention else None, 0, len(block),
                             anchor, last_date, clock_day))  # fmt: skip
            try:
                f = resolve(m, ctx, rule)
            except (ValueError, OverflowError):  # beyond the calendar: "5000 years ago"
                f = None
            if f is not None and f.end > f.start:
                found.append(f)
                v = f.value
                if v.type == "DATE" and v.start is not None and "/" not in v.value:
                    last_date = _naive(v.start)
                if f.gran in _ANCHORS and v.start is not None:
                    # a copy even when naive: a rule tells the reference by identity
                    anchor = v.start.replace(tzinfo=None)
                    clock_day = anchor.date()
        out.extend(_mention(text, lo, f) for f in _join(block, found))
    return tuple(out)


def _naive(t: dt.datetime) -> dt.datetime:
    """``t`` without its zone (most are naive already: no copy then; the last date is not
    told from the reference by identity, as the anchor is)."""
    return t if t.tzinfo is None else t.replace(tzinfo=None)


def _mention(text: str, lo: int, f: Found) -> DateMention:
    start, end = lo + f.start, lo + f.end
    return date_mention(text[start:end], span(start, end), f.value, f.rule)


def _join(text: str, found: list[Found]) -> list[Found]:
    """Join a day and its clock time, and the two ends of a range, into one record each."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None:
            gap = text[f.end : nxt.start]
            joined = _join_pair(text, f, nxt, gap)
            if joined is not None:
                found[i + 1] = joined
                i += 1
                continue
        out.append(f)
        i += 1
    return out


def _day_of(f: Found) -> dt.date | None:
    if f.gran in ("day", "weekday") and f.value.start is not None:
        return f.value.start.date()
    return None


def _aware(t: dt.datetime) -> bool:
    return t.tzinfo is not None


def _join_pair(text: str, a: Found, b: Found, gap: str) -> Found | None:
    if b.clock is not None and a.gran in ("day", "weekday") and _DAY_CLOCK_GAP.fullmatch(gap):
        v = _dates_relative.at_clock(_day_of(a), b.clock)
        if _day_of(a) is None:
            v = Value("TIME", a.value.value + b.clock[0])
        return Found(a.start, b.end, "day+clock", v, "time")
    if a.clock is not None and b.gran in ("day", "weekday") and _CLOCK_DAY_GAP.fullmatch(gap):
        v = _dates_relative.at_clock(_day_of(b), a.clock)
        if _day_of(b) is None:
            v = Value("TIME", b.value.value + a.clock[0])
        return Found(a.start, b.end, "clock+day", v, "time")
    if a.gran != b.gran or a.gran not in _JOINABLE or not _RANGE_GAP.fullmatch(gap):
        return None
    opener = _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
    word = gap.strip().lower()
    if word == "and" and (opener is None or opener.group(1).lower() != "between"):
        return None
    start = opener.start() if opener is not None else a.start
    b_value = b.value
    if a.value.start and b_value.start and _aware(a.value.start) != _aware(b_value.start):
        return None  # one end with a zone, one without: no order between them
    before = b_value.start is not None and a.value.start is not None and (
        b_value.start <= a.value.start if a.gran == "clock" else b_value.start < a.value.start
    )
    if before and b_value.start and b_value.end:
        if a.gran not in ("weekday", "clock"):
            return None
        step = dt.timedelta(days=7 if a.gran == "weekday" else 1)  # next week; past midnight
        value = (b_value.start + step).isoformat(timespec="minutes")
        if a.gran == "weekday":
            value = value[:10]
        b_value = Value(b_value.type, value, b_value.start + step, b_value.end + step)
    kind, end = ("TIME", b_value.start) if a.gran == "clock" else ("DATE", b_value.end)
    v = Value(kind, f"{a.value.value}/{b_value.value}", a.value.start, end)
    return Found(start, b.end, "range", v, "range")
