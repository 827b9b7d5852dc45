"""Headline, bullet and furniture detector: what one line of an article page is.

Each function looks at one line (already trimmed) and says whether it is page furniture, a
stamp, a byline, a photo caption, a bullet, a headline-like line or a body-like line, or where
a dateline ends inside it. :mod:`newsparse.segmenter` combines these per-line readings into
articles.

>>> is_furniture("Short Url")
True
>>> caption_credit("Two men talk in a hall. (AP)")
'AP'
>>> match_dateline("OTTAWA: The talks went on.").location
'OTTAWA'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Literal, NamedTuple

import regex

from newsparse._bylines import parse_byline
from newsparse._stamps import find_stamps, stamp_residue
from newsparse._structure_fold import SPACES, ascii_folded
from newsparse.lexicon.places import is_place
from newsparse.lexicon.structure import (
    AGENCIES,
    DATELINE_LABELS,
    FURNITURE_PHRASES,
    FURNITURE_WORDS,
    PHOTO_AGENCIES,
)

__all__ = [
    "DatelineMatch",
    "StampMatch",
    "bullet_mark",
    "byline_authors",
    "caption_credit",
    "headline_shaped",
    "is_furniture",
    "is_headline_like",
    "match_dateline",
    "match_stamp",
    "strip_site_suffix",
    "word_count",
]


class StampMatch(NamedTuple):
    """A published/updated stamp read from a line."""

    kind: Literal["published", "updated"]
    """Which stamp it is."""
    value: dt.datetime | None
    """The moment, or None when unreadable (or relative without ``now``)."""
    relative: bool
    """Whether it is written relative to the time of reading."""


class DatelineMatch(NamedTuple):
    """A dateline at the start of a line."""

    end: int
    """Offset in the line just after the dateline and its punctuation."""
    text_end: int
    """Offset in the line just after the dateline's punctuation mark (trailing space excluded)."""
    location: str
    """The place as written."""
    agency: str | None
    """The agency as written in the dateline, or None."""
    date: str | None
    """A date written in the dateline, or None."""


# --- furniture ----------------------------------------------------------------------------

#: A trailing counter, "Comments (12)". Matched right to left (``(?r)``): anchored at the end,
#: a scan is one step per start; a forward ``\s*`` before ``$`` rescanned each run of spaces
#: from every start (quadratic). Same strings removed: greedy runs of disjoint classes.
_COUNTER = regex.compile(r"(?r)\s*[\(\[]?\d+[\)\]]?\s*$")
_EDGE_PUNCT = regex.compile(r"^[\s\W_]+|[\s:|>»›✕×\-–—]+$")
#: Common marks around a menu item, kept where ``_EDGE_PUNCT`` strips them from the start
#: (``_LEAD_MARKS``) or the end (``_TRAIL_MARKS``): filtered through the pattern's classes.
_EDGE_CANDIDATES = (
    "".join(chr(c) for c in range(128) if not chr(c).isalnum())
    + "\xa0•·▪◦●■►▶‣⁃–—…“”‘’«»‹›✕×→←↑↓▸▾▼▲"
)
_LEAD_CLASS = regex.compile(r"[\s\W_]")  # the classes of ``_EDGE_PUNCT``
_TRAIL_CLASS = regex.compile(r"[\s:|>»›✕×\-–—]")
_LEAD_MARKS = "".join(c for c in _EDGE_CANDIDATES if _LEAD_CLASS.fullmatch(c))
_TRAIL_MARKS = "".join(c for c in _EDGE_CANDIDATES if _TRAIL_CLASS.fullmatch(c))
#: Marks a menu item's words may end in besides a letter ("Loading...", "Forgot password?"):
#: none is a digit, a bracket, a space or an edge mark, so no counter or edge run of the
#: patterns ends there either (they stop at it as at a letter).
_KEY_ENDS = frozenset(".?!\"'”’…")


def _furniture_key(line: str) -> str:
    """``line`` without a trailing counter and edge marks, in lower case.

    Most short lines are a letter run between marks of ``_LEAD_MARKS`` and ``_TRAIL_MARKS``
    ("* Sports", "Share ✕"), its last letter maybe followed by one of ``_KEY_ENDS``
    ("Loading..."): stripping those marks is what the patterns do (they stop at a letter: no
    letter is a space, digit, bracket or edge mark of theirs, checked over all of Unicode, so
    no counter can end such a line either).

    >>> _furniture_key("• Comments (12)"), _furniture_key("* Sports »"), _furniture_key("--")
    ('comments', 'sports', '')
    """
    core = line.lstrip(_LEAD_MARKS).rstrip(_TRAIL_MARKS)
    if core[:1].isalpha() and (core[-1:].isalpha() or core[-1:] in _KEY_ENDS):
        return core.lower()
    return _EDGE_PUNCT.sub("", _COUNTER.sub("", line)).lower()


_FURNITURE_SENTENCE = regex.compile(
    r"(?:©|\(c\)|copyright\b)\s*(?:\d{4}|\p{Lu})|.{0,200}\ball rights reserved\b"
    r"|(?:we|this (?:site|website)) uses? cookies\b",
    regex.IGNORECASE,
)


#: How a line ``_FURNITURE_SENTENCE`` matches without "all rights reserved" opens (folded).
_SENTENCE_STARTS = ("©", "(c)", "copyright", "we", "this")

#: A cookie or consent notice speaks to the reader about the site's own cookies.
_COOKIE_NOTICE = regex.compile(
    r"\b(?:we|our|this\s+(?:web)?site|you(?:r)?)\b[^.!?]{0,80}\bcookies\b"
    r"[^.!?]{0,80}\b(?:browser|device|consent|preferences|experience|website|site)\b"
    r"|\bcookies\b[^.!?]{0,80}\b(?:your|our)\s+(?:browser|device|experience|consent)\b",
    regex.IGNORECASE,
)

#: A site's legal notice to its reader: "By using this site, you consent to our User
#: Agreement", "Use of this site constitutes acceptance of our Terms", "protected by reCAPTCHA".
_LEGAL_NOTICE = regex.compile(
    r"\b(?:you|I)\b(?:\s+\w+){0,3}?\s+(?:agree|consent|acknowledge)\w*\b[^.!?]{0,100}?"
    r"\b(?:our|the)\b[^.!?'’]{0,40}?\b(?:terms|privacy|user\s+agreement|cookie)"
    r"|\byour\s+consent\s+to\s+(?:our|the)\s+(?:terms|privacy|user\s+agreement|cookie)"
    r"|\bconstitutes\s+acceptance\s+of\s+(?:our|the|these)\b"
    r"|\bprotected\s+by\s+reCAPTCHA\b",
    regex.IGNORECASE,
)


def is_furniture(line: str) -> bool:
    """Whether ``line`` alone is page furniture: share, follow, navigation or ad labels.

    >>> is_furniture("Share this article"), is_furniture("Comments (12)"), is_furniture("Paris")
    (True, True, False)
    >>> is_furniture("Share Tweet ✕"), is_furniture("Share the news")
    (True, False)
    >>> is_furniture("Copyright 2024 Example Media Inc. All rights reserved.")
    True
    >>> is_furniture("When you visit our website, we store cookies on your browser to help us.")
    True
    >>> is_furniture("Regulators said the browser maker would end tracking cookies next year.")
    False
    >>> is_furniture("By using this site, you consent to our User Agreement and Privacy Policy.")
    True
    >>> is_furniture("Users who agree to the new terms will keep their accounts, the company said.")
    False
    >>> is_furniture("Tick the box to confirm you agree with the app's terms, then tap Continue.")
    False
    """
    if len(line) > 40:
        if len(line) > 1000:
            return False
        # The patterns need one of these words (tested case-folded, see ``folded``; one ``in``
        # each, a third cheaper than a loop over them); most long lines are prose that has none.
        low = line.lower() if line.isascii() else ascii_folded(line)
        if not (
            "cookie" in low
            or "copyright" in low
            or "rights reserved" in low
            or "agree" in low
            or "consent" in low
            or "acknowledge" in low
            or "acceptance" in low
            or "recaptcha" in low
            or low.startswith(("©", "(c)"))
        ):
            return False
        # Each pattern's own words, tested first ("agree" opens many a sentence of news)
        if "cookies" in low and _COOKIE_NOTICE.search(line):
            return True
        if (
            ("terms" in low or "privacy" in low or "agreement" in low or "cookie" in low
             or "constitutes" in low or "recaptcha" in low)
            and not any(q in line for q in '"“”')
            and _LEGAL_NOTICE.search(line)
        ):
            return True  # (a quotation may speak of terms: "if you agree to the terms ...")
        return (
            len(line) <= 400
            and ("all rights reserved" in low or low.startswith(_SENTENCE_STARTS))
            and bool(_FURNITURE_SENTENCE.match(line))
        )
    key = _furniture_key(line)
    if key in FURNITURE_PHRASES or (not key and bool(line.strip())):
        return True
    words = key.split()
    if not 1 < len(words) <= 6 or words[0].strip(".,:|✕×") not in FURNITURE_WORDS:
        return False  # most lines: their first word is no furniture word
    return all(w.strip(".,:|✕×") in FURNITURE_WORDS for w in words)


# --- bullets -------------------------------------------------------------------------------

_BULLET = regex.compile(r"^(?:[•·▪◦●■►▶‣⁃*+]|[-–—](?=\s)|o(?=\s))\s+")
#: The characters ``_BULLET`` can start with.
MARK_STARTS = frozenset("•·▪◦●■►▶‣⁃*+-–—o")
#: ``_BULLET`` with the standard ``re`` (faster) and its spaces spelled out: a mark's
#: character then white space (for a dash or an "o", the space ``_BULLET`` looks ahead for).
_RE_BULLET = re.compile(f"[{re.escape(''.join(sorted(MARK_STARTS)))}][{re.escape(SPACES)}]+")


def bullet_mark(line: str) -> int:
    """The length of a leading bullet mark and its space, or 0 when there is none.

    >>> bullet_mark("• Prices fell"), bullet_mark("- a list item"), bullet_mark("Prices fell")
    (2, 2, 0)
    """
    if line[:1] not in MARK_STARTS:
        return 0  # most lines (a test cheaper than the pattern's call)
    m = _RE_BULLET.match(line)
    return m.end() if m else 0


# --- stamps and bylines: views of the readers the segmenter uses ------------------------


def match_stamp(line: str, *, now: dt.datetime | None = None) -> StampMatch | None:
    """Read a stamp line: "Updated 27 October 2022", "Published 3 hours ago", or a bare date.

    The line must be the stamp (its labels and at most three other words aside), as the
    segmenter judges it; the first stamp in it is returned.

    >>> match_stamp("Updated 27 October 2022").value
    datetime.datetime(2022, 10, 27, 0, 0)
    >>> match_stamp("Updated 37 min 52 sec ago").relative
    True
    >>> match_stamp("Updates from the front") is None
    True
    """
    if len(line) > 200:
        return None
    hits = find_stamps(line, now=now)
    if not hits or len(stamp_residue(line, hits).split()) > 3:
        return None
    first = hits[0]
    kind: Literal["published", "updated"] = (
        "updated" if first.kind == "updated" else "published"
    )
    return StampMatch(kind, first.value, first.relative)


def byline_authors(line: str) -> tuple[str, ...] | None:
    """The authors named by a byline line ("By A and B"), or None when it is no byline.

    >>> byline_authors("By Maria Lopez and Tom Reed")
    ('Maria Lopez', 'Tom Reed')
    >>> byline_authors("by JANE DOE - 12/22/23 11:35 AM ET")
    ('Jane Doe',)
    >>> byline_authors("By the time the rain came, the river had risen.") is None
    True
    """
    hit = parse_byline(line)
    return hit.authors if hit is not None else None


# --- captions ------------------------------------------------------------------------------

_PHOTO = "|".join(sorted((regex.escape(a) for a in PHOTO_AGENCIES), key=len, reverse=True))
_CREDIT_PATTERN = rf"""
    (?:
        # (AP) (AP Photo/Name) [Name/Reuters]
        [\(\[]\s*(?P<c1>
            (?:{_PHOTO})(?:\s*(?:Photo|Photos|Images?))?(?:\s*/\s*[^\)\]/]{{1,60}}){{0,2}}
          | [^\(\)\[\]]{{1,60}}/\s*(?:{_PHOTO}))\s*[\)\]]
        # Photograph: X/Getty Images
      | (?:Photograph|Photo|Picture|Image|Credit)s?\s*:\s*(?P<c2>[^.]{{1,80}})
      | (?P<c3>REUTERS/[\p{{L}} .'-]{{1,40}})                                   # REUTERS/Name
        # "... on Monday. Shutterstock": a credit standing as its own sentence
      | (?<=[.!?”"]\s{{1,3}})(?P<c4>(?:{_PHOTO})(?:\s*/\s*[\p{{L}} .'-]{{1,40}})?)
    )
    \s*\.?$
    """


@functools.cache
def _credit() -> regex.Pattern[str]:
    """``_CREDIT_PATTERN`` compiled on first use, not at import (~4 ms: every agency's name)."""
    return regex.compile(_CREDIT_PATTERN, regex.VERBOSE)


#: The agency names, for ``str.endswith``.
_PHOTO_NAMES = tuple(sorted(PHOTO_AGENCIES))


def _ends_in_agency(line: str) -> bool:
    """Whether ``line`` ends in an agency's name (then white space and a point): the only way
    ``_CREDIT_PATTERN`` matches a line without ``)]:/`` (its fourth form, a credit standing
    as its own sentence, case-sensitive)."""
    bare = line.rstrip().removesuffix(".").rstrip()  # (``\s*\.?$``, and more)
    return bare.endswith(_PHOTO_NAMES)


#: ``_credit()`` is searched from this many characters before the end of a line.
_CREDIT_REACH = 120
#: The words of the second form of ``_CREDIT_PATTERN`` ("Photograph: ..."), shortened.
_CREDIT_WORDS = ("Photo", "Picture", "Image", "Credit")


def _may_credit(line: str) -> bool:
    """Whether ``_credit()`` may find a credit ending ``line`` (False: it finds none).

    The match lies in the line's last ``_CREDIT_REACH`` characters (where the search starts),
    and ends the line but for white space and a point (``\\s*\\.?$``). The first form ends in
    a bracket; the second holds a colon and one of its words (the pattern is case-sensitive);
    the third a slash ("REUTERS/"); the fourth ends in an agency's name, or a slash follows
    the name.

    >>> _may_credit("Two men talk. (AP)"), _may_credit("He said (for now) it was fine.")
    (True, False)
    """
    tail = line[-_CREDIT_REACH:]
    if "/" in tail:
        return True
    body = (line[:-1] if line.endswith(".") else line).rstrip()  # (``str.isspace`` holds ``\s``)
    if body[-1:] in (")", "]"):
        return True
    if ":" in tail and any(w in tail for w in _CREDIT_WORDS):
        return True
    return _ends_in_agency(line)


def caption_credit(line: str) -> str | None:
    """The photo credit a caption line ends with, or None when the line is no caption.

    >>> caption_credit("Rescuers search the rubble on Monday. (AP Photo/Jo Smith)")
    'AP Photo/Jo Smith'
    >>> caption_credit("Crowds gather in the square. Photograph: Ann Lee/Getty Images")
    'Ann Lee/Getty Images'
    >>> caption_credit("The minister said the plan would work (for now).") is None
    True
    """
    if len(line) > 600:
        return None
    tail = line[-_CREDIT_REACH:]
    if ")" not in tail and "]" not in tail and ":" not in tail and "/" not in tail:
        if not _ends_in_agency(line):  # (``_may_credit``: most lines)
            return None
    elif not _may_credit(line):
        return None
    m = _credit().search(line, max(0, len(line) - _CREDIT_REACH))
    if m is None:
        return None
    credit = (m["c1"] or m["c2"] or m["c3"] or m["c4"] or "").strip()
    if m["c4"] is not None and m.start() == 0:
        return None
    return credit or None


# --- datelines -----------------------------------------------------------------------------

_AGENCY = "|".join(sorted((regex.escape(a) for a in AGENCIES), key=len, reverse=True))
_DATELINE_PATTERN = rf"""
    ^(?P<loc>
        # OTTAWA, BEIRUT/THE HAGUE
        \p{{Lu}}[\p{{Lu}}.'’\-]*(?:[ /]\p{{Lu}}[\p{{Lu}}.'’\-]*){{0,3}}
        (?:,\s+\p{{Lu}}[\p{{L}}.]*(?:\s\p{{Lu}}[\p{{L}}.]*){{0,2}})?                  # , Ukraine
      | \p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{0,2}}                      # Paris (AFP)
        (?:,\s+\p{{Lu}}[\p{{L}}.]*(?:\s\p{{Lu}}[\p{{L}}.]*){{0,2}})?         # , Calif.
        (?=\s*(?:[\(,:—–]|--|-\s))
    )
    (?:,\s+(?P<date>[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}))?                              # , Oct 27
    (?:\s*\((?P<agency>{_AGENCY})\))?
    \s*(?P<punct>[:—–]|--|-(?=\s))\s*
    """


@functools.cache
def _dateline() -> regex.Pattern[str]:
    """``_DATELINE_PATTERN`` compiled on first use, not at import (every agency's name)."""
    return regex.compile(_DATELINE_PATTERN, regex.VERBOSE)


def match_dateline(line: str) -> DatelineMatch | None:
    """The dateline opening ``line``, or None.

    All-caps places ("OTTAWA:") are accepted unless they are label words such as "UPDATED";
    a place in title case ("Paris") needs an agency ("Paris (AFP) –") or to be in the
    gazetteer (``newsparse/lexicon/places.py``): "Santa Barbara, California—".

    >>> d = match_dateline("KYIV, Ukraine (AP) — Sirens sounded.")
    >>> d.location, d.agency
    ('KYIV, Ukraine', 'AP')
    >>> d = match_dateline("LONDON, Oct 27 (Reuters) - Shares fell.")
    >>> d.location, d.agency, d.date
    ('LONDON', 'Reuters', 'Oct 27')
    >>> match_dateline("UPDATED: the story changed") is None
    True
    >>> match_dateline("Santa Barbara, California—Work began.").location
    'Santa Barbara, California'
    >>> match_dateline("Watch: the storm hits") is None
    True
    """
    m = _dateline().match(line)
    if m is None:
        return None
    loc = m["loc"].strip()
    head = loc.split(",")[0]
    caps = head.isupper()
    if caps:
        if head.strip(" .") in DATELINE_LABELS or len(head) < 2:
            return None
    elif m["agency"] is None and not any(is_place(p.strip()) for p in loc.split(",")):
        return None
    if m.end() >= len(line):
        return None
    agency = AGENCIES.get(m["agency"]) if m["agency"] else None
    return DatelineMatch(m.end(), m.end("punct"), loc, agency, m["date"])


# --- headline and body shapes --------------------------------------------------------------

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")
#: ``word_count`` of an ASCII line, on its bytes: letters and digits become ``a``, the marks
#: that join a word (``'.-``) are deleted, every other byte is a space; each word is then one
#: run of ``a`` (a mark between two letters joins them, a run of marks alone starts no word).
_WORD_BYTES = bytes(ord("a") if c < 128 and chr(c).isalnum() else ord(" ") for c in range(256))
_WORD_JOINERS = b"'.-"
#: ``_WORD`` with the standard ``re`` (faster), on text whose characters all lie in ranges
#: where ``re``'s and ``regex``'s letters and digits are the same (tests/test_prefilters.py
#: checks every code point of them) and which holds no ``_`` (a word character for ``re``).
#: Latin, Greek and Cyrillic only: ``re`` follows Python's Unicode version and ``regex`` its
#: own, and Unicode still adds letters to the blocks after these (three Armenian code points
#: are letters for regex 2026.11 and not for Python 3.11's ``re``).
_SAFE_TEXT = re.compile(r"[\x00-\u052f\u2000-\u206f]*+")
_RE_WORD = re.compile(r"[^\W_][\w'’.\-]*")


def word_count(line: str) -> int:
    """How many words ``line`` holds: runs of letters and digits, with inner ``'’.-``.

    >>> word_count("U.S. stocks fell 2.5% — again"), word_count("Ça va, l’ami?")
    (5, 3)
    """
    plain = line
    if not plain.isascii():
        # The commonest non-ASCII marks, as ASCII marks of the same kind for ``_WORD``: the
        # apostrophe joins a word, the others are neither letters nor joiners.
        plain = (
            plain.replace("’", "'").replace("‘", " ").replace("“", " ").replace("”", " ")
            .replace("—", " ").replace("–", " ").replace("…", " ").replace("\xa0", " ")
        )  # fmt: skip
    if plain.isascii():
        chars = plain.encode("ascii").translate(_WORD_BYTES, _WORD_JOINERS)
        return chars.count(b" a") + chars.startswith(b"a")
    if "_" not in line and _SAFE_TEXT.fullmatch(line):
        return len(_RE_WORD.findall(line))
    return len(_WORD.findall(line))


#: Matched right to left (``(?r)``), as ``_COUNTER``: a forward scan retried its leading ``\s+``
#: from every start of a run of spaces (quadratic). Name words hold no separator, so the
#: match (the last separator with only name words after it) is the same either way.
_SITE_SUFFIX = regex.compile(
    r"(?r)\s+[|\-–—:]\s+(?:[\p{Lu}\d][\p{L}\d.&'’]*(?:\s+[\p{Lu}\d&][\p{L}\d.&'’]*){0,3})$"
)
#: The separator of ``_SITE_SUFFIX`` between white space: a line without one has no suffix.
#: ``re``'s ``\s`` (:meth:`str.isspace`) holds every ``\s`` of ``regex`` (and \x1c-\x1f).
_SPACED_SEPARATOR = re.compile(r"\s[|\-–—:]\s")
_SUFFIX_LEAD = regex.compile(r"^\s+[|\-–—:]\s+")


def is_headline_like(line: str) -> bool:
    """Whether ``line`` has a headline's shape: 3 to 30 words, a capital start, no final period.

    >>> is_headline_like("Storm batters coast as thousands flee")
    True
    >>> is_headline_like("The storm battered the coast on Monday, and thousands fled.")
    False
    """
    return headline_shaped(line, word_count(line) if len(line) <= 250 else 0)


def headline_shaped(line: str, words: int) -> bool:
    """:func:`is_headline_like` for a line of ``words`` words (:func:`word_count`).

    >>> headline_shaped("Storm batters coast", 3)
    True
    """
    if len(line) > 250 or (not line[:1].isupper() and line[:1] not in "‘'\"“"):
        return False
    if not 3 <= words <= 30:
        return False
    return not line.rstrip("\"'”’").endswith(".") or line.endswith("...")


def strip_site_suffix(line: str, site_names: frozenset[str] = frozenset()) -> str:
    """``line`` without a trailing site name such as " | Reuters" or " - BBC News".

    Only a suffix naming an agency or one of ``site_names`` is stripped, so a headline's own
    dash clause stays.

    >>> strip_site_suffix("Markets slide as rates rise | Reuters")
    'Markets slide as rates rise'
    >>> strip_site_suffix("Markets slide - and keep sliding")
    'Markets slide - and keep sliding'
    """
    if _SPACED_SEPARATOR.search(line) is None:
        return line  # most lines (a hyphen inside a word is no separator)
    m = _SITE_SUFFIX.search(line)
    if m is None:
        return line
    name = _SUFFIX_LEAD.sub("", m.group())
    if name in AGENCIES or name in site_names or name.endswith((" News", " Times", " Post")):
        return line[: m.start()]
    if line[m.start() :].lstrip().startswith("|"):
        return line[: m.start()]
    return line
