"""Calendar arithmetic for the date normaliser: TIMEX3 values and their intervals.

Every function returns a :class:`Value`: the TIMEX3 type and value string and the interval
``[start, end)`` meant, as naive datetimes (aware when a time zone was written).

>>> day(dt.date(2022, 10, 27)).value
'2022-10-27'
>>> week(dt.date(2022, 10, 27)).value
'2022-W43'
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from newsparse.lexicon.dates_words import SEASONS


class Value(NamedTuple):
    """A resolved temporal expression: TIMEX3 type and value, and the interval meant."""

    type: str
    value: str
    start: dt.datetime | None = None
    end: dt.datetime | None = None


def _at(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def day(d: dt.date) -> Value:
    """One calendar day.

    >>> day(dt.date(2026, 1, 21)).end
    datetime.datetime(2026, 1, 22, 0, 0)
    """
    return Value("DATE", d.isoformat(), _at(d), _at(d + dt.timedelta(days=1)))


def month(year: int, mon: int) -> Value:
    """One calendar month.

    >>> month(2022, 12).end
    datetime.datetime(2023, 1, 1, 0, 0)
    """
    y2, m2 = shift_month(year, mon, 1)
    return Value("DATE", f"{year:04d}-{mon:02d}", dt.datetime(year, mon, 1), dt.datetime(y2, m2, 1))


def year(y: int) -> Value:
    """One calendar year.

    >>> year(2025).value
    '2025'
    """
    return Value("DATE", f"{y:04d}", dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1))


def week(d: dt.date) -> Value:
    """The ISO week containing ``d``.

    >>> week(dt.date(2026, 1, 21)).value
    '2026-W04'
    """
    iso_year, iso_week, iso_day = d.isocalendar()
    monday = d - dt.timedelta(days=iso_day - 1)
    return Value(
        "DATE", f"{iso_year:04d}-W{iso_week:02d}", _at(monday), _at(monday + dt.timedelta(days=7))
    )


def weekend(d: dt.date) -> Value:
    """The weekend (Saturday and Sunday) of the ISO week containing ``d``.

    >>> weekend(dt.date(2022, 10, 27)).value
    '2022-W43-WE'
    """
    w = week(d)
    assert w.start is not None
    sat = w.start + dt.timedelta(days=5)
    return Value("DATE", w.value + "-WE", sat, sat + dt.timedelta(days=2))


def quarter(y: int, q: int) -> Value:
    """A quarter of a year.

    >>> quarter(2025, 3).start
    datetime.datetime(2025, 7, 1, 0, 0)
    """
    m = 3 * (q - 1) + 1
    y2, m2 = shift_month(y, m, 3)
    return Value("DATE", f"{y:04d}-Q{q}", dt.datetime(y, m, 1), dt.datetime(y2, m2, 1))


def half(y: int, h: int) -> Value:
    """A half of a year.

    >>> half(2023, 2).value
    '2023-H2'
    """
    start = dt.datetime(y, 1 if h == 1 else 7, 1)
    end = dt.datetime(y, 7, 1) if h == 1 else dt.datetime(y + 1, 1, 1)
    return Value("DATE", f"{y:04d}-H{h}", start, end)


def season(y: int, name: str) -> Value:
    """A season of a year, northern hemisphere, by meteorological months.

    >>> season(2022, "summer").value
    '2022-SU'
    """
    code, first = SEASONS[name]
    y2, m2 = shift_month(y, first, 3)
    return Value("DATE", f"{y:04d}-{code}", dt.datetime(y, first, 1), dt.datetime(y2, m2, 1))


def decade(first_year: int) -> Value:
    """A decade: 1990 gives "199".

    >>> decade(1990).value
    '199'
    """
    return Value(
        "DATE", f"{first_year // 10:03d}", dt.datetime(first_year, 1, 1),
        dt.datetime(first_year + 10, 1, 1),
    )  # fmt: skip


def century(number: int) -> Value:
    """A century by its ordinal: the 21st century gives "20" (years 2000-2099).

    >>> century(21).value
    '20'
    """
    first = max(1, (number - 1) * 100)
    return Value(
        "DATE", f"{number - 1:02d}", dt.datetime(first, 1, 1), dt.datetime(first + 100, 1, 1)
    )


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    """The (year, month) ``n`` months after ``(y, m)``.

    >>> shift_month(2026, 1, -3)
    (2025, 10)
    """
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shifted(d: dt.date, unit: str, sign: int) -> Value | None:
    """The week, weekend, month or year ``sign`` units from the one holding ``d``; None for
    other units.

    >>> shifted(dt.date(2022, 10, 27), "month", -1).value
    '2022-09'
    """
    if unit == "week":
        return week(d + dt.timedelta(days=7 * sign))
    if unit == "weekend":
        return weekend(d + dt.timedelta(days=7 * sign))
    if unit == "month":
        return month(*shift_month(d.year, d.month, sign))
    if unit == "year":
        return year(d.year + sign)
    return None


def weekday_near(ref: dt.date, weekday: int, direction: int) -> dt.date:
    """The day with ``weekday`` nearest ``ref`` in ``direction``.

    ``-1``: on or before ``ref``; ``+1``: on or after; ``-2``: strictly before; ``+2``:
    strictly after; ``0``: in the same ISO week.

    >>> weekday_near(dt.date(2022, 10, 27), 3, -1)  # Thursday, written on a Thursday
    datetime.date(2022, 10, 27)
    >>> weekday_near(dt.date(2022, 10, 27), 3, 2)
    datetime.date(2022, 11, 3)
    """
    if direction == 0:
        return ref + dt.timedelta(days=weekday - ref.weekday())
    back = (ref.weekday() - weekday) % 7
    fwd = (weekday - ref.weekday()) % 7
    if direction == -1:
        return ref - dt.timedelta(days=back)
    if direction == -2:
        return ref - dt.timedelta(days=back or 7)
    if direction == 1:
        return ref + dt.timedelta(days=fwd)
    return ref + dt.timedelta(days=fwd or 7)


def month_year(ref: dt.date, mon: int, direction: int) -> int:
    """The year of month ``mon`` nearest ``ref`` in ``direction`` (as :func:`weekday_near`).

    >>> month_year(dt.date(2026, 1, 21), 10, -1)
    2025
    """
    if direction == 0:
        return ref.year
    if direction in (-1, -2):
        strict = direction == -2
        return ref.year if (mon < ref.month or (mon == ref.month and not strict)) else ref.year - 1
    strict = direction == 2
    return ref.year if (mon > ref.month or (mon == ref.month and not strict)) else ref.year + 1


def day_year(ref: dt.date, mon: int, dom: int, direction: int) -> int | None:
    """The year of the day ``mon``/``dom`` nearest ``ref``: before it (``-1``), after it
    (``+1``) or either way, whichever is closer (``0``). None if no such day exists.

    >>> day_year(dt.date(2026, 1, 5), 12, 30, 0)
    2025
    """
    best: tuple[int, int] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, mon, dom)
        except ValueError:
            continue
        delta = (d - ref).days
        if (direction < 0 and delta > 0) or (direction > 0 and delta < 0):
            continue
        if best is None or abs(delta) < best[0]:
            best = (abs(delta), y)
    return None if best is None else best[1]


def easter(y: int) -> dt.date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm.

    >>> easter(2024)
    datetime.date(2024, 3, 31)
    """
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    mon = (h + el - 7 * m + 114) // 31
    dom = (h + el - 7 * m + 114) % 31 + 1
    return dt.date(y, mon, dom)


def nth_weekday(y: int, mon: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` of a month; ``n = -1`` for the last.

    >>> nth_weekday(2022, 11, 3, 4)  # Thanksgiving
    datetime.date(2022, 11, 24)
    """
    if n > 0:
        first = dt.date(y, mon, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    y2, m2 = shift_month(y, mon, 1)
    last = dt.date(y2, m2, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
