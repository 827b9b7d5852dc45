"""Calendar words: what makes a number part of a date, a time or a stamp rather than a quantity.

Shared knowledge: the quantity stage uses these lists to leave dates ("27 October",
"January 16-20"), clock times ("3:30 pm", "0900 GMT") and relative stamps ("37 min 52 sec
ago") alone. The month and weekday names and the time zones are the date stage's own
(:mod:`newsparse.lexicon.dates_words`), so both stages agree on what a date is; this module
adds what only the quantity stage needs.

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

from newsparse.lexicon import dates_words as _dates
from newsparse.lexicon import words as _words

#: Month names and abbreviations (lower case) to month number: the date stage's table.
MONTHS: dict[str, int] = dict(_dates.MONTHS)

#: Weekday names and abbreviations (lower case): the date stage's table.
WEEKDAYS: frozenset[str] = frozenset(_dates.WEEKDAYS)

#: Time-zone abbreviations (lower case) written after a clock time: the date stage's table,
#: without the one-letter military zones.
TIME_ZONES: frozenset[str] = frozenset(z for z in _dates.TIMEZONES if len(z) > 1)

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
