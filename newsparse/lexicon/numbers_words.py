"""Number words, multipliers, fractions, vague magnitudes and qualifier phrases.

Sources: English cardinal and fraction words and the short-scale multipliers (Cambridge
Grammar of the English Language, ch. 5 §7 "numerals"); the abbreviations "m", "mn", "bn",
"tn" as used by Reuters, the BBC, the Guardian and the FT style guides; "lakh" and "crore"
from the Indian numbering system (Indian and Pakistani English press); qualifier phrases
gathered from the quantity modifiers annotated in news corpora (CQE, Almasian et al. 2023,
and the Recognizers-Text English number-range definitions, MIT licence), mapped to the
qualifiers of :class:`newsparse.models.Quantity`.

>>> UNITS["twelve"], TENS["forty"], MULTIPLIERS["bn"]
(12, 40, 1000000000.0)
>>> QUALIFIERS_BEFORE["more than"]
'more_than'
"""

from __future__ import annotations

#: Cardinal words below twenty.
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip

#: Tens words.
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Multiplier words and abbreviations (keys lower case, except the case-sensitive ones below).
MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12.0, "dozens": 12.0, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}  # fmt: skip

#: Abbreviated multipliers that are only read after a currency ("$5m", "$3B"): alone, "5m"
#: is five metres and "3B" a code.
CURRENCY_ONLY_MULTIPLIERS: frozenset[str] = frozenset({"m", "b", "tr", "mil"})

#: Fraction words: value of one part ("two-thirds" = 2 x 1/3).
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3,
    "quarter": 1 / 4, "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8, "eighths": 1 / 8,
    "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip

#: Words that count one when they stand before a multiplier ("a dozen", "a million").
ARTICLE_ONE: frozenset[str] = frozenset({"a", "an", "one"})

#: Dozens: "a dozen" is 12.
DOZEN: dict[str, float] = {"dozen": 12.0}

#: Vague magnitudes, plural words: (low, high) of the count they stand for. "tens of
#: thousands" multiplies: tens (10-100) x thousand = 1e4-1e5.
VAGUE: dict[str, tuple[float, float]] = {
    "tens": (10.0, 100.0),
    "dozens": (24.0, 144.0),
    "scores": (40.0, 200.0),
    "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
    "trillions": (1e12, 1e13),
}

#: Vague counts before a multiplier ("several thousand", "a few hundred"): factors of it.
VAGUE_BEFORE: dict[str, tuple[float, float]] = {"several": (3.0, 9.0), "few": (2.0, 5.0)}

#: Vague words that never stand alone: "tens" needs "of thousands", "scores" needs "of".
VAGUE_NEEDS_OF: frozenset[str] = frozenset({"tens", "scores"})

#: Qualifier phrases written before a number (lower case, single spaces).
QUALIFIERS_BEFORE: dict[str, str] = {
    "around": "approx", "about": "approx", "roughly": "approx", "some": "approx",
    "nearly": "approx", "almost": "approx", "approximately": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx", "ca.": "approx",
    "close to": "approx", "an approximate": "approx", "approx.": "approx",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "greater than": "more_than", "above": "more_than",
    "just over": "more_than", "well over": "more_than", "well above": "more_than",
    "exceeding": "more_than", "higher than": "more_than", "over than": "more_than",
    "larger than": "more_than", "bigger than": "more_than", "smaller than": "less_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "not fewer than": "at_least",
    "less than": "less_than", "under": "less_than", "fewer than": "less_than",
    "below": "less_than", "just under": "less_than", "lower than": "less_than",
    "just below": "less_than", "well under": "less_than", "well below": "less_than",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "as much as": "at_most", "as high as": "at_most",
}  # fmt: skip

#: Qualifier phrases written after a number ("100 or more").
QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "at_least", "or so": "approx", "or fewer": "at_most", "or less": "at_most",
    "or greater": "at_least", "or higher": "at_least", "or above": "at_least",
    "or over": "at_least", "or lower": "at_most", "or below": "at_most", "or under": "at_most",
    "plus": "more_than", "odd": "approx", "+": "more_than",
}  # fmt: skip

#: Qualifier words that mean "during" rather than "more than" before a duration.
DURATION_PREPOSITIONS: frozenset[str] = frozenset({"over", "under"})

#: Words that open a range before its first number ("between 10 and 20").
RANGE_OPENERS: dict[str, str] = {"between": "and", "from": "to"}

#: Words joining the two ends of a range ("10 to 20"; "and" only after "between").
RANGE_JOINERS: frozenset[str] = frozenset({"to", "-", "–", "—", "and"})
