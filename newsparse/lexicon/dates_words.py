"""Words of time for the date normaliser: months, weekdays, numbers, units, vague expressions.

Knowledge only; :mod:`newsparse._dates_patterns` turns it into patterns and
:mod:`newsparse._dates_rules` into values.

Sources:

- Month and weekday names and their abbreviations: the AP Stylebook's abbreviations
  ("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."; "Thurs.") plus the three-letter
  forms of ISO 8601 / RFC 5322 (``Thu``, ``Sep``).
- Units, seasons, parts of day and the vague references (PAST_REF, PRESENT_REF, FUTURE_REF):
  the TimeML TIMEX3 annotation guidelines (TimeML 1.2.1, section 2.2; ISO-TimeML,
  ISO 24617-1:2012) and the normalisation resources of HeidelTime (Strötgen & Gertz,
  "Multilingual and cross-domain temporal tagging", LRE 2013): ``TMO``/``TAF``/``TEV``/``TNI``
  parts of day, ``SP``/``SU``/``FA``/``WI`` seasons, ``DE``/``CE`` decades and centuries.
- Time zone offsets: the IANA time zone database abbreviations in common news use.

>>> MONTHS["sept"], WEEKDAYS["thurs"], NUMBER_WORDS["twelve"]
(9, 3, 12)
"""

from __future__ import annotations

#: Month names and abbreviations (lower case) -> month number.
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

#: Full month names that are also common English words: read alone only when capitalised
#: and in a date-like context ("in May", "last March"), never "may" the modal or "march".
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march"})

#: Weekday names and abbreviations (lower case) -> ISO weekday index 0 (Monday) .. 6.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

#: Cardinal number words (lower case) -> value; hyphenated tens ("twenty-five") are built
#: from these by the patterns.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12,
}  # fmt: skip

#: Ordinal words -> value, for quarters, halves, weeks and days of the month.
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "5th": 5, "final": -1, "last": -1,
}  # fmt: skip

#: Vague quantities -> None: "several days", "a few weeks" (TIMEX3 writes the count "X").
VAGUE_COUNTS: tuple[str, ...] = (
    "a few", "few", "several", "many", "some", "a number of", "countless", "numerous",
)  # fmt: skip

#: Time units (singular, lower case) -> (TIMEX3 duration letter, is a time unit).
#: "second" is listed but the patterns read it only after a number ("30 seconds"):
#: "the second round" is an ordinal.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "sec": ("S", True), "secs": ("S", True),
    "minute": ("M", True), "min": ("M", True), "mins": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "hrs": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip

#: Units whose count is a multiple of the TIMEX3 letter ("a fortnight" is P2W).
UNIT_MULTIPLIERS: dict[str, int] = {"fortnight": 2}

#: Seasons -> (TIMEX3 code, first month). Winter starts in December of the year named.
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9),
    "winter": ("WI", 12),
}  # fmt: skip

#: Parts of the day -> (TIMEX3 code, first hour, last hour exclusive).
PARTS_OF_DAY: dict[str, tuple[str, int, int]] = {
    "morning": ("MO", 6, 12), "afternoon": ("AF", 12, 18), "evening": ("EV", 18, 22),
    "night": ("NI", 20, 30), "overnight": ("NI", 20, 30),
}  # fmt: skip

#: Vague references, matched as whole phrases (lower case, single spaces) -> TIMEX3 value.
VAGUE: dict[str, str] = {
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "in the past": "PAST_REF", "in recent days": "PAST_REF",
    "in recent weeks": "PAST_REF", "in recent months": "PAST_REF",
    "in recent years": "PAST_REF", "in recent decades": "PAST_REF",
    "in recent times": "PAST_REF", "until recently": "PAST_REF",
    "in the past few days": "PAST_REF", "in the past few weeks": "PAST_REF",
    "in the past few months": "PAST_REF", "in the past few years": "PAST_REF",
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at this time": "PRESENT_REF", "presently": "PRESENT_REF",
    "soon": "FUTURE_REF", "in the future": "FUTURE_REF", "in the near future": "FUTURE_REF",
    "in the coming days": "FUTURE_REF", "in the coming weeks": "FUTURE_REF",
    "in the coming months": "FUTURE_REF", "in the coming years": "FUTURE_REF",
    "in the days ahead": "FUTURE_REF", "in the weeks ahead": "FUTURE_REF",
    "in the months ahead": "FUTURE_REF", "in the years ahead": "FUTURE_REF",
    "in the next few days": "FUTURE_REF", "in the next few weeks": "FUTURE_REF",
    "in the next few months": "FUTURE_REF", "in the next few years": "FUTURE_REF",
    "shortly": "FUTURE_REF", "in due course": "FUTURE_REF",
    "recent days": "PAST_REF", "recent weeks": "PAST_REF", "recent months": "PAST_REF",
    "recent years": "PAST_REF", "recent decades": "PAST_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
}  # fmt: skip

#: Adverbs of frequency -> TIMEX3 SET value.
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
    "yearly": "P1Y", "biannually": "P6M",
}  # fmt: skip

#: Time zone abbreviations -> UTC offset in minutes.
TIMEZONES: dict[str, int] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120,
    "eest": 180, "msk": 180, "ist": 330, "pkt": 300, "ict": 420, "wib": 420, "sgt": 480,
    "hkt": 480, "awst": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
    "nzst": 720, "nzdt": 780, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "et": -300, "pt": -480,
}  # fmt: skip

#: Words that put a clause in the future: a weekday or month near them is the next one.
#: "would" counts: in news it mostly reports a plan ("said it would vote in March").
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "’ll", "shall", "won't", "won’t", "going to", "is to", "are to",
    "plans to", "plan to", "planned for", "set to", "is expected to", "are expected to",
    "scheduled", "slated", "due to begin", "due to start", "is due", "are due", "upcoming",
    "to be held", "will be", "would", "must", "should", "might", "intends to", "aims to",
    "hopes to", "wants to",
)  # fmt: skip

#: Words that put a clause in the past (verbs ending in -ed count too).
PAST_CUES: tuple[str, ...] = (
    "was", "were", "had", "did", "said", "told", "says", "ago", "last", "met", "began",
    "came", "went", "took", "made", "gave", "saw", "left", "won", "lost", "held", "fell",
    "rose", "hit", "killed", "died", "struck", "spoke", "wrote", "sent", "found", "led",
    "paid", "sold", "bought", "kept", "became", "broke", "ran", "got", "since",
)  # fmt: skip

#: Words before a bare "May" or "March" that make it the month ("in May", "since March").
MONTH_CONTEXT: frozenset[str] = frozenset(
    """in since until till by from through to of early late mid last next this during before
    after between and or end beginning start middle throughout""".split()  # noqa: SIM905 - a word list reads better as text
)

#: Lower-case words after a four-digit number that make it a count, not a year
#: ("2000 troops"); plural nouns ending in -s count too unless listed in YEAR_FOLLOWERS.
COUNTED_NOUNS: frozenset[str] = frozenset(
    """people men women children police staff personnel troops feet km kg mph cc mm ml mg gb
    tb mw kw hp metres meters miles yen euros dollars pounds tonnes tons votes units
    residents cases deaths points acres hectares employees workers jobs homes""".split()  # noqa: SIM905 - a word list reads better as text
)

#: Words ending in -s that may follow a year ("2022 was", "the 2024 elections").
YEAR_FOLLOWERS: frozenset[str] = frozenset(
    """was has is as its this thus plus versus does goes says sees seems remains marks means
    elections election olympics games polls census budgets""".split()  # noqa: SIM905 - a word list reads better as text
)
