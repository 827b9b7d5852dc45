"""Calendar words: what makes a number part of a date, a time or a stamp rather than a quantity.

Shared knowledge: the quantity stage uses these lists to leave dates ("27 October",
"January 16-20"), clock times ("3:30 pm", "0900 GMT") and relative stamps ("37 min 52 sec
ago") alone; the date stage may use the same lists to find them.

Sources: English month and weekday names and their usual news abbreviations (AP Stylebook
"months" entry: Jan., Feb., Aug., Sept., Oct., Nov., Dec.; Reuters and BBC style use the
three-letter forms); time-zone abbreviations common in English-language wire copy (IANA
tz database abbreviations for the zones most cited in news).

>>> MONTHS["sept"]
9
>>> "tuesday" in WEEKDAYS
True
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


#: Month names and abbreviations (lower case) to month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Weekday names and abbreviations (lower case).
WEEKDAYS: frozenset[str] = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    """
)

#: Words after a number that make it a clock time ("3 pm", "0900 GMT", "10 o'clock").
TIME_MARKERS: frozenset[str] = _words(
    """
    am pm a.m. p.m. a.m p.m hrs h o'clock o’clock
    gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt ist jst kst hkt sgt wib aest
    """
)

#: Time units that a relative stamp ("37 min 52 sec ago") is written in (lower case).
STAMP_UNITS: frozenset[str] = _words(
    """
    s sec secs second seconds m min mins minute minutes h hr hrs hour hours
    d day days w wk wks week weeks mo mos month months y yr yrs year years
    """
)

#: The word that closes a relative stamp.
AGO_WORDS: frozenset[str] = frozenset({"ago", "earlier"})

#: The first and last year a bare four-digit number is read as a year rather than a count.
YEAR_RANGE: tuple[int, int] = (1800, 2100)
