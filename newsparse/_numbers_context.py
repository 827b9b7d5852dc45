"""Context around a number: what makes it a date, time, stamp, name or code, and what it counts."""

from __future__ import annotations

import regex

from newsparse._numbers_scan import Tok, more
from newsparse.lexicon import calendar as cal
from newsparse.lexicon import numbers_nouns as nouns

_STAMP_UNIT = "|".join(sorted(cal.STAMP_UNITS, key=len, reverse=True))

#: The rest of a relative stamp after its first number: " min 52 sec ago".
STAMP_AFTER = regex.compile(
    rf"""
    \s?(?:{_STAMP_UNIT})\b\.?
    (?:[\s,]{{1,3}}(?:and\s)?\d{{1,3}}\s?(?:{_STAMP_UNIT})\b\.?){{0,4}}
    \s{{1,3}}(?:{"|".join(sorted(cal.AGO_WORDS))})\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Clock-time markers after a number: "3 pm", "3.30 p.m.", "0900 GMT", "10 o'clock".
_ZONES = "|".join(sorted(cal.TIME_ZONES, key=len, reverse=True))
TIME_AFTER = regex.compile(
    rf"""
    (?::\d\d(?!\d))
  | \s?(?:[ap]\.?m\b\.?|[AP]\.?M\b\.?)
  | \s(?i:{_ZONES}|local\stime|o['’]clock|hrs)\b
    """,
    regex.VERBOSE,
)

#: A national phone number: a trunk code with its leading zero, then the subscriber number.
TRUNK_PHONE_AT = regex.compile(r"\(?0\d{2,4}\)?[\ \-]\d{3,8}(?:[\ \-]\d{3,4})?(?!\d)")

#: A phone number: three or more digit groups, perhaps with a country code or brackets.
PHONE_AT = regex.compile(r"\+?\(?\d{1,4}\)?(?:[\ .\-–]\(?\d{2,5}\)?){2,6}(?!\d)")


#: The first two characters, lower-cased, of what :data:`TIME_AFTER` reads after a space:
#: "a.m.", "pm", a time zone, "local time", "o'clock", "hrs".
_TIME_HEADS = frozenset(
    {"a.", "am", "p.", "pm", "lo", "o'", "o’", "hr", *(z[:2].lower() for z in cal.TIME_ZONES)}
)
_AP = frozenset("apAP")


def time_after(text: str, pos: int) -> regex.Match[str] | None:
    """``TIME_AFTER.match(text, pos)``, not run where it cannot match: unless ``pos`` holds a
    colon or one of "apAP", or a space before them or before two characters that open a zone,
    "local time", "o'clock" or "hrs" (most numbers: "5 people", "5,", "5.").

    >>> time_after("at 5 pm", 4).group(), time_after("5 people", 1)
    (' pm', None)
    """
    c = text[pos : pos + 1]
    if c != ":" and c not in _AP:
        if not c.isspace():
            return None
        head = text[pos + 1 : pos + 3]
        if head.isascii() and head.lower() not in _TIME_HEADS:
            return None  # (ignoring case, only a letter matches an ASCII letter)
    return TIME_AFTER.match(text, pos)


#: The first letter of every stamp unit ("min", "days"), lower-cased.
_STAMP_FIRST = frozenset(u[0].lower() for u in cal.STAMP_UNITS)


def stamp_after(text: str, pos: int) -> regex.Match[str] | None:
    """``STAMP_AFTER.match(text, pos)``, not run where it cannot match: where the character
    at ``pos`` (after a space there) is an ASCII one that opens no stamp unit.

    >>> stamp_after("5 min ago", 1).group(), stamp_after("5 people ago", 1)
    (' min ago', None)
    """
    c = text[pos : pos + 1]
    if c.isspace():
        c = text[pos + 1 : pos + 2]
    if c.isascii() and c.lower() not in _STAMP_FIRST:
        return None
    return STAMP_AFTER.match(text, pos)


_PHONE_SEPARATORS = frozenset(" .-–")


def phone_runs_past(text: str, end: int) -> bool:
    """Whether a :data:`PHONE_AT` match from a number ending at ``end`` (not before a digit)
    can run past ``end + 1``: only by a bracket closed there and a separator after it, or a
    separator there and a digit or an opening bracket after it.

    >>> phone_runs_past("020 7946 0000", 3), phone_runs_past("20 people", 2)
    (True, False)
    """
    c = text[end : end + 1]
    if c == ")":
        return text[end + 1 : end + 2] in _PHONE_SEPARATORS
    if c in _PHONE_SEPARATORS:
        nxt = text[end + 1 : end + 2]
        return nxt == "(" or nxt.isdigit()
    return False


def is_month(tok: Tok | None) -> bool:
    """Whether a token is a capitalised month name or abbreviation ("Oct", "October").

    >>> is_month(Tok(0, 3, "Oct", "word", True)), is_month(Tok(0, 3, "may", "word", True))
    (True, False)
    """
    return (
        tok is not None
        and tok.kind == "word"
        and tok.text[:1].isupper()
        and tok.text.lower() in cal.MONTHS
    )


def is_weekday(tok: Tok | None) -> bool:
    """Whether a token is a capitalised weekday name.

    >>> is_weekday(Tok(0, 6, "Monday", "word", True))
    True
    """
    return (
        tok is not None
        and tok.kind == "word"
        and tok.text[:1].isupper()
        and tok.text.lower() in cal.WEEKDAYS
    )


def is_year(raw: str) -> bool:
    """Whether a digit numeral as written looks like a year.

    >>> is_year("2022"), is_year("2,022"), is_year("1400")
    (True, False, False)
    """
    lo, hi = cal.YEAR_RANGE
    return len(raw) == 4 and raw.isdigit() and lo <= int(raw) <= hi


_SENTENCE_OPENERS = frozenset(".!?:;\"“”‘'(—–-")


def month_before(back: list[Tok]) -> bool:
    """Whether the words before a number end with a month name ("Oct. 12", "October 12").

    >>> month_before([Tok(0, 3, "Oct", "word", True), Tok(3, 4, ".", "punct", False)])
    True
    """
    if not back:
        return False
    if back[-1].text == "." and len(back) > 1:
        return is_month(back[-2])
    return is_month(back[-1]) or is_weekday(back[-1])


def is_name_before(back: list[Tok]) -> bool:
    """Whether the words before a number make it part of a name or an id ("Boeing 737").

    >>> is_name_before([Tok(0, 3, "new", "word", False), Tok(4, 10, "Boeing", "word", True)])
    True
    >>> is_name_before([Tok(0, 5, "About", "word", False)])
    False
    """
    if not back:
        return False
    last = back[-1]
    if last.kind == "punct":
        if last.text == "#":
            return True
        return (
            last.text == "."
            and len(back) > 1
            and back[-2].kind == "word"
            and back[-2].text.lower() + "." in nouns.ID_NOUNS
        )
    if last.kind != "word":
        return False
    low = last.text.lower()
    if low in nouns.ID_NOUNS:
        return True
    joined = back[-2].text in "-‐" and not last.gap if len(back) > 1 else False  # "Wi-Fi 6"
    opens_sentence = len(back) < 2 or (back[-2].text in _SENTENCE_OPENERS and not joined)
    return (
        not opens_sentence
        and not last.text.islower()  # "Boeing 737", "iPhone 15"
        and low not in nouns.CAPITALISED_FUNCTION_WORDS
        and low not in cal.MONTHS
        and low not in cal.WEEKDAYS
    )


def is_plural(tok: Tok) -> bool:
    """Whether a word looks like a plural noun ("drones", "people", "Indonesians").

    >>> is_plural(Tok(0, 6, "drones", "word", True)), is_plural(Tok(0, 3, "was", "word", True))
    (True, False)
    """
    low = tok.text.lower()
    if low in nouns.IRREGULAR_PLURALS:
        return True
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "'s", "’s"))
        and low not in nouns.NOT_PLURAL
    )


class Counted:
    """A counted noun phrase found after a number: its text and where it ends."""

    __slots__ = ("end", "text")

    def __init__(self, text: str, end: int) -> None:
        self.text = text
        self.end = end


ANTECEDENT = "<antecedent>"
_PRONOUNS_OF = frozenset({"which", "whom", "them", "those", "these", "it"})
_DETERMINERS_OF = frozenset({"the", "their", "its", "his", "her", "our", "these", "those", "all"})


def counted_after(
    text: str, toks: list[Tok], i: int, *, singular: bool, allow_of: bool
) -> tuple[Counted | None, bool]:
    """The noun phrase a number counts, read from ``toks[i]``; and whether it came via "of".

    >>> t = [Tok(0, 7, "Iranian", "word", True), Tok(8, 14, "drones", "word", True),
    ...      Tok(15, 19, "have", "word", True)]
    >>> c, via_of = counted_after("Iranian drones have", t, 0, singular=False, allow_of=False)
    >>> c.text, via_of
    ('Iranian drones', False)
    """
    k = i
    via_of = False
    if (k < len(toks) or more(toks, k)) and toks[k].kind == "word" and toks[k].text.lower() == "of":
        if not allow_of:
            return None, False
        via_of = True
        k += 1
        if (k < len(toks) or more(toks, k)) and toks[k].text.lower() in _PRONOUNS_OF:
            return Counted(ANTECEDENT, toks[k].end), True
        if (k < len(toks) or more(toks, k)) and toks[k].text.lower() in _DETERMINERS_OF:
            k += 1
    words: list[Tok] = []
    while (k < len(toks) or more(toks, k)) and len(words) < 5:
        tok = toks[k]
        if tok.kind == "word" and tok.text.lower() not in nouns.NP_STOP:
            if words and words[-1].end == tok.start - 1 and text[tok.start - 1] in "-‐":
                prev = words.pop()
                tok = Tok(prev.start, tok.end, text[prev.start : tok.end], "word", prev.gap)
            elif words and not tok.gap:
                break
            words.append(tok)
            k += 1
        elif tok.kind == "punct" and tok.text in "-‐" and not tok.gap and words:
            k += 1
        else:
            break
    if not words:
        return None, via_of
    end: int | None = None
    for idx, tok in enumerate(words):
        if is_plural(tok):
            nxt = words[idx + 1] if idx + 1 < len(words) else None
            if (
                tok.text[:1].isupper()
                and nxt is not None
                and nxt.text[:1].islower()
                and is_plural(nxt)
            ):
                continue
            end = idx
            break
    if end is None:
        if via_of:
            end = min(len(words), 3) - 1
        elif singular:
            two = len(words) > 1 and words[0].text[:1].isupper() and words[1].text[:1].islower()
            end = 1 if two else 0
        else:
            return None, via_of
    if end >= 4 and not via_of:
        return None, via_of
    start, stop = words[0].start, words[end].end
    return Counted(text[start:stop], stop), via_of
