"""Reading bylines: who wrote an article, from "By A and B", "A, Reuters", wire trailers.

A byline names people (or, when no person is named, an agency). Dates, job titles and outlet
names glued to the names are cut off; "Email the author" and the like are never names.

>>> parse_byline("By Ann Lee and Bo Tan").authors
('Ann Lee', 'Bo Tan')
>>> parse_byline("By the time the rain came, the river rose.") is None
True
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsparse._structure_fold import folded
from newsparse.lexicon.structure import AGENCIES
from newsparse.lexicon.structure_bylines import (
    BYLINE_LABELS,
    BYLINE_LEADS,
    JOB_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    OUTLET_ENDINGS,
    TRAILER_ROLES,
)
from newsparse.lexicon.structure_names import GIVEN_NAMES

__all__ = ["BylineHit", "name_authors", "parse_byline", "parse_trailer"]


class BylineHit(NamedTuple):
    """A byline found at the start of a line."""

    end: int
    """Offset in the line just after the byline's names (glued dates or titles excluded)."""
    authors: tuple[str, ...]
    """The authors named, in order."""


_LEAD = regex.compile(
    r"^(?:"
    + "|".join(sorted((regex.escape(w) for w in BYLINE_LEADS), key=len, reverse=True))
    + r")(?:\s*:\s*|\s+|(?=\p{Lu}\p{Ll}))"
    # label words that open a byline only with a colon: "Author: A", "Authors: A, B"
    + r"|^(?:"
    + "|".join(sorted((regex.escape(w) for w in BYLINE_LABELS), key=len, reverse=True))
    + r")\s*:\s*",
    regex.IGNORECASE,
)
#: The first two characters (case-folded) a ``_LEAD`` match can start with: most lines
#: start with none of them, and this test is cheaper than the pattern's call.
_LEAD_INITIALS = frozenset(folded(w[:2]) for w in (*BYLINE_LEADS, *BYLINE_LABELS))
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d"
#: Where a name runs into what follows it without a space: "NetburnStaff", "GermanDec 22".
_GLUE = regex.compile(
    rf"(?<=\p{{Ll}})(?=(?:Published|Updated|Posted|Staff|Senior|Contributor|Correspondent"
    rf"|Reporter|Editor|Writer|Special|Chief|{_MONTHS})|\d|archive\s+page\b)"
    # any capitalised word run into a name, except the Mac-, De-, La- of surnames
    r"|(?<!\b(?:Mac|Mc|De|Di|Da|La|Le|Van|Von|Fitz))(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})"
)
#: Where the names end: a separator before a date, title or outlet.
_STOP = regex.compile(
    r"\s+[-–—|•·/]\s*|\s*[|•·/]\s*|\s+-(?=\S)|\s{2,}|\s*\(|\s+\d|@"
    r"|\s+(?:for|For|FOR|in)\s+(?=\p{Lu})"  # "Ann Lee For Dailymail.com", "A in Paris"
    r"|\s+on\b"  # "By Ann Lee on December 20, 2023"
)
# Leading space is bounded (``{0,8}``): an unbounded ``\s*`` before the separator made a scan
# over a long run of spaces quadratic (tests/test_regex_safety.py); pieces are stripped anyway.
_SPLIT = regex.compile(r"\s{0,8}(?:,\s*(?i:and)\s+|,|;|\b(?i:and)\b|&|\b(?i:with)\b)\s*")
_WORDS = regex.compile(r"[\p{L}][\p{L}'’.\-]*")
_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|\p{Lu}\.)$")


_INITIALS_END = regex.compile(r"\s(?:\p{Lu}\.)+$")
#: A web address standing for an outlet: "Dailymail.com", "NJ.com" (not initials "C.J.").
_DOMAIN = regex.compile(r"\w\.\p{L}{2,}$")


def _is_outlet(piece: str) -> bool:
    return (
        piece in AGENCIES
        or piece.endswith(OUTLET_ENDINGS)
        or _DOMAIN.search(piece.rstrip(".").split()[-1]) is not None
        or "@" in piece
    )


_CAPS_WORD = regex.compile(r"^\p{Lu}{2}\p{L}+$")


def _cut_outlet(piece: str) -> str:
    """``piece`` without an outlet glued after the name ("Ann Lee FOXBusiness", "Ann Lee
    Battle Creek Enquirer"): a capitals word after the second word, or a trailing outlet name
    when four or more words stand (three when the first is a known given name)."""
    words = piece.split()
    if len(words) < 3 or piece.isupper():
        return piece
    for n, w in enumerate(words[2:], start=2):
        if _CAPS_WORD.match(w):
            return " ".join(words[:n])
    if words[-1].endswith(OUTLET_ENDINGS) and (
        len(words) >= 4 or words[0].lower() in GIVEN_NAMES
    ):
        keep = 3 if len(words) >= 4 and regex.match(r"^\p{Lu}\.$", words[1]) else 2
        return " ".join(words[:keep])
    return piece


def _name(piece: str) -> str | None:
    """``piece`` as a person's (or organisation's) name, or None."""
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return None
    caps = 0
    for w in words:
        if w.lower() in NOT_NAME_WORDS:
            return None
        if _TOKEN.match(w):
            caps += 1
        elif w.lower() not in NAME_PARTICLES:
            return None
    if caps == 0 or not _TOKEN.match(words[0]):
        return None
    if piece.isupper() and piece not in AGENCIES:
        piece = " ".join(
            w.capitalize() if len(w) > 2 or w.lower() in GIVEN_NAMES else w for w in words
        )
    return piece


def _is_title(piece: str) -> bool:
    return any(w.lower().strip(".,") in JOB_WORDS for w in piece.split())


def read_names(names: str) -> tuple[str, ...] | None:
    """Split a names string ("A, B and C") into names, stopping at titles, outlets, dates.

    None when the first part is no name.

    >>> read_names("Christy Choi and Oscar Holland, CNN")
    ('Christy Choi', 'Oscar Holland')
    >>> read_names("the time the rain came") is None
    True
    """
    out: list[str] = []
    agencies: list[str] = []
    for raw in _SPLIT.split(names.strip(" ,:;|")):
        piece = _cut_outlet(raw.strip(" .,:|*"))
        if _INITIALS_END.search(raw.rstrip(" ,:|*")):
            piece += "."  # "Nelson C.J.": the initial keeps its point
        if not piece:
            continue
        if _is_title(piece) and piece not in AGENCIES:
            # "Ann Lee Globe Correspondent": the names before the job title still count
            # ("Harbour Staff" alone is a desk, not an author).
            words = piece.split()
            cut = next(n for n, w in enumerate(words) if _is_title(w))
            if cut >= 2 and (name := _name(_cut_outlet(" ".join(words[:cut])))) is not None:
                out.append(name)
            break
        if _is_outlet(piece):
            agencies.append(piece)
            continue
        name = _name(piece)
        if name is None:
            if not out and not agencies:
                return None
            break
        out.append(name)
    if not out and agencies and agencies[0] in AGENCIES:
        return (agencies[0],)
    return tuple(out) or None


def _names_end(rest: str) -> int:
    cut = len(rest)
    for pattern in (_GLUE, _STOP):
        m = pattern.search(rest)
        if m is not None:
            cut = min(cut, m.start())
    return cut


def parse_byline(line: str) -> BylineHit | None:
    """The byline opening ``line`` ("By A", "by A - 12/22/23", "ByA", "By A, Reuters").

    >>> parse_byline("By Deborah NetburnStaff Writer")
    BylineHit(end=18, authors=('Deborah Netburn',))
    >>> parse_byline("by Brett Samuels - 12/22/23 11:35 AM ET")
    BylineHit(end=16, authors=('Brett Samuels',))
    >>> parse_byline("Email the author") is None
    True
    """
    if len(line) > 200 or folded(line[:2])[:2] not in _LEAD_INITIALS:
        return None
    m = _LEAD.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    cut = _names_end(rest)
    authors = read_names(rest[:cut])
    if authors is None:
        return None
    head = rest[:cut].rstrip(" ,.;:|")
    return BylineHit(m.end() + len(head), authors)


def name_authors(text: str) -> BylineHit | None:
    """A byline without "By": names alone ("Ann Lee", "Ann Lee, Reuters", "Ann LeePublished").

    Used only where a byline is expected (in an article's header, before a stamp).

    >>> name_authors("Matt Vespa | December 22, 2023")
    BylineHit(end=10, authors=('Matt Vespa',))
    >>> name_authors("College Football") is None
    False
    >>> name_authors("Share this story") is None
    True
    """
    if len(text) > 120:
        return None
    skip = len(text) - len(text.lstrip("*•· "))
    rest = text[skip:]
    cut = _names_end(rest)
    authors = read_names(rest[:cut])
    if authors is None or any(len(a.split()) > 4 for a in authors):
        return None
    head = rest[:cut].rstrip(" ,.;:|")
    return BylineHit(skip + len(head), authors)


_TRAILER = regex.compile(
    r"^\(?(?P<role>(?:additional\s+)?reporting|writing|written|editing|edited|compiled)"
    r"\s+by\s+",
    regex.IGNORECASE,
)
_TRAILER_PART = regex.compile(
    r"(?P<role>(?:additional\s+)?reporting|writing|written|editing|edited|compiled|graphics"
    r"|fact-checking|production)\s+by\s+(?P<names>[^;)]+)",
    regex.IGNORECASE,
)
_PLACE_TAIL = regex.compile(r"\s{1,8}(?:in|from)\s+\p{Lu}.*$")  # bounded, as _SPLIT


def parse_trailer(line: str) -> tuple[str, ...] | None:
    """The authors a wire trailer names ("Reporting by A in Paris; Editing by B"), or None.

    Reporters and writers are authors; editors are not.

    >>> parse_trailer("Reporting by Ann Lee and Bo Tan in Paris; Editing by Cy Dean")
    ('Ann Lee', 'Bo Tan')
    >>> parse_trailer("The reporting by the agency was wrong.") is None
    True
    """
    if len(line) > 400 or _TRAILER.match(line) is None:
        return None
    authors: list[str] = []
    for m in _TRAILER_PART.finditer(line):
        role = regex.sub(r"\s+", " ", m["role"].lower())
        if not TRAILER_ROLES.get(role, False):
            continue
        names = _PLACE_TAIL.sub("", m["names"].strip(" .)"))
        for name in read_names(names) or ():
            if name not in authors:
                authors.append(name)
    return tuple(authors)
