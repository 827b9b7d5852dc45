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
from newsparse.lexicon.places import PLACES
from newsparse.lexicon.structure import AGENCIES
from newsparse.lexicon.structure_bylines import (
    BYLINE_LABELS,
    BYLINE_LEADS,
    CREDENTIALS,
    JOB_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    OUTLET_ENDINGS,
    OUTLET_WORDS,
    TIME_WORDS,
    TRAILER_ROLES,
)
from newsparse.lexicon.structure_names import GIVEN_NAMES, LABEL_WORDS

__all__ = [
    "LEAD_INITIALS",
    "TRAILER_FIRST",
    "BylineHit",
    "name_authors",
    "parse_byline",
    "parse_trailer",
]


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
LEAD_INITIALS = frozenset(folded(w[:2]) for w in (*BYLINE_LEADS, *BYLINE_LABELS))
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d"
#: Where a name runs into what follows it without a space: "NetburnStaff", "GermanDec 22".
_GLUE = regex.compile(
    rf"(?<=\p{{Ll}})(?=(?:Published|Updated|Posted|Staff|Senior|Contributor|Correspondent"
    rf"|Reporter|Editor|Writer|Special|Chief|{_MONTHS})|\d|archive\s+page\b"
    r"|(?:long|quick)\s+[Rr]ead$)"  # a reading label: "Ann Leelong Read"
    # any capitalised word run into a name, except the Mac-, De-, La- of surnames
    r"|(?<!\b(?:Mac|Mc|De|Di|Da|La|Le|Van|Von|Fitz))(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})"
)
#: Where the names end: a separator before a date, title or outlet.
_STOP = regex.compile(
    r"\s+[-–—|•·/]\s*|\s*[|•·/]\s*|\s+-(?=\S)|\s{2,}|\s*\(|\s+\d|@"
    r"|\s+(?:for|For|FOR|in)\s+(?=\p{Lu})"  # "Ann Lee For Dailymail.com", "A in Paris"
    r"|\s+on\b"  # "By Ann Lee on December 20, 2023"
    r"|\s+(?i:long|quick)\s+(?i:read)$"  # a reading label: "By Ann Lee long read"
)
# Leading space is bounded (``{0,8}``): an unbounded ``\s*`` before the separator made a scan
# over a long run of spaces quadratic (tests/test_regex_safety.py); pieces are stripped anyway.
_SPLIT = regex.compile(r"\s{0,8}(?:,\s*(?i:and)\s+|,|;|\b(?i:and)\b|&|\b(?i:with)\b)\s*")
_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|\p{Lu}\.)$")


_INITIALS_END = regex.compile(r"\s(?:\p{Lu}\.)+$")
#: An initial after a first name ("Jordeene B. Lagare"): the mark of a person, not an outlet.
_MIDDLE_INITIAL = regex.compile(r"\s(?:\p{Lu}\.)+(?:\s|$)")
#: A web address standing for an outlet: "Dailymail.com", "NJ.com" (not initials "C.J.").
_DOMAIN = regex.compile(r"\w\.\p{L}{2,}$")


def _is_outlet(piece: str) -> bool:
    return (
        piece in AGENCIES
        or piece.endswith(OUTLET_ENDINGS)
        or _DOMAIN.search(piece.rstrip(".").split()[-1]) is not None
        or "@" in piece
    )


_CAPS_WORD = regex.compile(r"^(?!(?:II|III|IV|VI{1,3})$)\p{Lu}{2}\p{L}+$")  # not "III"
#: A piece that is a credential alone ("RDN", "Ph.D."), or a name's last word that is one.
_CRED_WORD = regex.compile(r"[.\s]")
#: A desk credited as author after "By": "News Staff", "Slate Staff", "Hollywood.com Staff".
_DESK = regex.compile(
    r"^\p{Lu}[\p{L}.&'’\-]*(?:\s\p{Lu}[\p{L}.&'’\-]*){0,2}\s(?i:staff)$"  # "Harbour Staff"
    r"|^(?i:team)\s\p{Lu}[\p{L}.&'’\-]*(?:\s\p{Lu}[\p{L}.&'’\-]*)?$"  # "Team Harbour"
)


def _is_credential(word: str) -> bool:
    return _CRED_WORD.sub("", word).upper() in CREDENTIALS and not word.islower()


def _cut_credentials(piece: str) -> str:
    """``piece`` without credentials after the name ("Ann Lee MS" -> "Ann Lee")."""
    words = piece.split()
    while len(words) > 2 and _is_credential(words[-1]):
        words.pop()
    return " ".join(words)


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
    if words[-1].endswith(OUTLET_ENDINGS) and (len(words) >= 4 or words[0].lower() in GIVEN_NAMES):
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


def _outlet_named(piece: str) -> bool:
    """Whether ``piece`` is an outlet whose last word is also a desk word ("Field Level
    Media", "Harbour News"): no other word is a job word."""
    words = piece.split()
    return (
        len(words) >= 2
        and words[-1] in OUTLET_ENDINGS
        and not any(_is_title(w) for w in words[:-1])
    )


def _outlet_after_comma(piece: str) -> bool:
    """Whether ``piece``, after the last comma of names ("Ann Lee, <piece>"), is an outlet:
    no known given name first, no middle initial, and a place, a topic word or a job title
    in it ("Coast India", "Medical Wire", "Harbour Town Staff"; not "Bo Tan")."""
    words = piece.split()
    if len(words) == 1:
        return True  # one word is no person's full name ("Ann Lee, Harbournet")
    if len(words) > 3 or words[0].lower() in GIVEN_NAMES:
        return False
    if _MIDDLE_INITIAL.search(piece) is not None:
        return False
    return _is_title(piece) or any(
        w in PLACES or w.lower() in LABEL_WORDS or w.lower() in OUTLET_WORDS for w in words
    )


def _pieces(names: str) -> list[tuple[str, str]]:
    """The parts of a names string, each with the separator before it ("" for the first)."""
    out: list[tuple[str, str]] = []
    prev = 0
    sep = ""
    for m in _SPLIT.finditer(names):
        out.append((sep, names[prev : m.start()]))
        sep, prev = m.group().strip(), m.end()
    out.append((sep, names[prev:]))
    return out


def _keeps_point(raw: str) -> bool:
    """Whether a name's final point is its own: an initial ("Nelson C.J.") or "Jr."."""
    tail = raw.rstrip(" ,:|*")
    if not tail.endswith("."):
        return False
    return _INITIALS_END.search(tail) is not None or tail.split()[-1].lower() in NAME_SUFFIXES


def read_names(names: str, *, desk: bool = False) -> tuple[str, ...] | None:
    """Split a names string ("A, B and C") into names, stopping at titles, outlets, dates.

    None when the first part is no name. Credentials after a name are cut ("Ann Lee MS,
    RDN"); an outlet after the last comma is dropped when a person is named before it
    ("Ann Lee, Harbour Report"). With ``desk`` (the names follow "By"), a desk or an outlet
    named alone is the author ("News Staff", "Field Level Media").

    >>> read_names("Christy Choi and Oscar Holland, CNN")
    ('Christy Choi', 'Oscar Holland')
    >>> read_names("Ann Lee MS, RDN, LD")
    ('Ann Lee',)
    >>> read_names("the time the rain came") is None
    True
    """
    out: list[str] = []
    agencies: list[str] = []
    parts = _pieces(names.strip(" ,:;|"))
    whole = names.strip(" ,:;|*.")
    if desk and len(parts) == 1 and _DESK.match(whole):
        return (whole,)
    for n, (sep, raw) in enumerate(parts):
        piece = _cut_credentials(_cut_outlet(raw.strip(" .,:|*")))
        if _keeps_point(raw) and piece == raw.strip(" .,:|*"):
            piece += "."  # "Nelson C.J.", "Ann Lee Jr.": the point is the name's
        if not piece:
            continue
        if out and all(_is_credential(w) for w in piece.split()):
            continue  # "Ann Lee, RDN"
        if out and piece.lower().rstrip(".") in NAME_SUFFIXES:
            out[-1] += " " + raw.strip(" ,:|*")  # "Ann Lee, Jr."
            continue
        if out and sep == "," and n == len(parts) - 1 and _outlet_after_comma(piece):
            break  # "Ann Lee, Coast India": the outlet after the last comma
        if _is_title(piece) and piece not in AGENCIES and not _outlet_named(piece):
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
    if not out and agencies and (agencies[0] in AGENCIES or (desk and len(parts) == 1)):
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
    if len(line) > 200 or folded(line[:2])[:2] not in LEAD_INITIALS:
        return None
    m = _LEAD.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    cut = _names_end(rest)
    authors = read_names(rest[:cut], desk=True)
    if authors is None or authors[0].lower() in TIME_WORDS:
        return None  # "By December, the fund had grown": a sentence, not a byline
    head = _head(rest[:cut])
    return BylineHit(m.end() + len(head), authors)


def _head(names: str) -> str:
    """``names`` without trailing separators; a name's own point ("Jr.", "C.J.") stays."""
    head = names.rstrip(" ,.;:|")
    if _keeps_point(names) and names.rstrip(" ,:;|").endswith("."):
        head += "."
    return head


def name_authors(text: str, *, desk: bool = False) -> BylineHit | None:
    """A byline without "By": names alone ("Ann Lee", "Ann Lee, Reuters", "Ann LeePublished").

    Used only where a byline is expected (in an article's header, before a stamp). With
    ``desk`` (a "By" label stands above), a desk or outlet alone is read too.

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
    authors = read_names(rest[:cut], desk=desk)
    if authors is None or any(len(a.split()) > 4 for a in authors):
        return None
    head = _head(rest[:cut])
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
#: The characters a ``_TRAILER`` match can start with (its bracket, its role words' initials
#: in either case; no other character folds to them, tests/test_prefilters.py): most lines
#: start with none of them, and this test is cheaper than the pattern's call.
TRAILER_FIRST = frozenset("(aArRwWeEcC")


def parse_trailer(line: str) -> tuple[str, ...] | None:
    """The authors a wire trailer names ("Reporting by A in Paris; Editing by B"), or None.

    Reporters and writers are authors; editors are not.

    >>> parse_trailer("Reporting by Ann Lee and Bo Tan in Paris; Editing by Cy Dean")
    ('Ann Lee', 'Bo Tan')
    >>> parse_trailer("The reporting by the agency was wrong.") is None
    True
    """
    if len(line) > 400 or line[:1] not in TRAILER_FIRST or _TRAILER.match(line) is None:
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
