"""Line shapes: what one line of a page is, read once per line with compiled patterns.

Each non-blank line gets one :class:`Line` with its shape (furniture, nav, bullet, stamp,
byline, trailer, caption, credit, body, headline, other) and what was read from it (stamps,
authors, credit). :mod:`newsparse.segmenter` builds articles from these shapes. It reads a
text's lines with :func:`skim_lines`: a line that cannot be prose waits, ``pending``, until a
step asks for it (:func:`settled`).

>>> line = read_line("By Ann Lee - 12/22/23 11:35 AM ET", 0, 33, None)
>>> line.shape, line.authors, line.by_end, line.stamps[0].value.day
('byline', ('Ann Lee',), 10, 22)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

import regex

from newsparse import headlines as hl
from newsparse._bylines import (
    LEAD_INITIALS,
    TRAILER_FIRST,
    name_authors,
    parse_byline,
    parse_trailer,
)
from newsparse._stamps import StampHit, find_stamps, stamp_residue
from newsparse._structure_fold import ascii_folded, folded
from newsparse.lexicon.structure import AGENCIES
from newsparse.lexicon.structure_bylines import JOB_WORDS, OUTLET_ENDINGS

__all__ = [
    "PENDING",
    "Line",
    "Lines",
    "Shape",
    "is_prose",
    "line_readings",
    "may_hold_stamps",
    "prose_end",
    "read_line",
    "settled",
    "skim_lines",
]

Shape = Literal[
    "furniture",
    "nav",
    "bullet",
    "stamp",
    "byline",
    "trailer",
    "caption",
    "credit",
    "body",
    "headline",
    "other",
    "pending",
]
#: The shape of a line of :class:`Lines` not read yet: it is no prose (see :func:`skim_lines`).
PENDING: Shape = "pending"

_PROSE_END = regex.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
_STOPS = frozenset(".!?…")
_CLOSERS = "\"'”’)]"
_END_QUOTES = frozenset("\"”’")
#: The characters a line that :func:`prose_end` takes ends with.
_PROSE_LAST = _STOPS | frozenset(_CLOSERS) | _END_QUOTES | {"\n"}


def prose_end(line: str) -> bool:
    """``_PROSE_END.search(line) is not None`` from the line's end, not a scan of the line:
    a stop after the closing marks that end it, or a closing quote last (before a final
    newline, as ``$`` reads it).

    >>> prose_end("It rained.”"), prose_end("It rained"), prose_end("He said “yes”\\n")
    (True, False, True)
    """
    if line.endswith("\n"):
        line = line[:-1]
    bare = line.rstrip(_CLOSERS)
    return (bool(bare) and bare[-1] in _STOPS) or line[-1:] in _END_QUOTES


_TIMEISH = regex.compile(r"\d|\bago\b|yesterday|today|just now", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")
#: ``_DIGIT`` on ASCII text (the same digits, found faster by ``re``).
_ASCII_DIGIT = re.compile(r"[0-9]")


def _timeish(inner: str) -> bool:
    """``_TIMEISH.search(inner)``, its digit and its words tested first (a case-insensitive
    alternation is slow to scan a line that holds none of them)."""
    if _DIGIT.search(inner):
        return True
    low = ascii_folded(inner)
    if "ago" in low or "yesterday" in low or "today" in low or "just now" in low:
        return _TIMEISH.search(inner) is not None
    return False
#: A line that is only a photo credit: "Getty Images", "Jo Lee/Reuters", "(Image credit: X)".
_CREDIT_ONLY = (
    r"""^\(?(?:
        (?:image|photo|picture|illustration|credit|photograph|video)s?(?:\s+credit)?\s*:\s*.{1,80}
      | courtesy\b.{0,60}
      | (?:photography|photographs|photos?|pictures?|illustrations?|video|styl(?:ed|ing))
        \s+by\s+(?-i:\p{Lu}).{0,60}
      | [\p{L}.'’\- ]{1,40}\s?/\s?[\p{L}.'’\- ]{1,40}(?:\s?/\s?[\p{L}.'’\- ]{1,40})?
      | (?:getty\ images|istock(?:photo)?|shutterstock|alamy|ap\ photo|reuters|afp|epa|unsplash)
        (?:\s+(?:via|for|/)\s+.{1,40})?
    )\)?\.?$"""
)


@functools.cache
def _credit_only_pattern() -> regex.Pattern[str]:
    """``_CREDIT_ONLY`` compiled on first use, not at import."""
    return regex.compile(_CREDIT_ONLY, regex.VERBOSE | regex.IGNORECASE)


#: How a line matching ``_CREDIT_ONLY`` without a colon or a slash starts (case-folded,
#: after its bracket): the pattern's leading words, shortened to shared prefixes.
_CREDIT_STARTS = (
    "image", "photo", "picture", "illustration", "credit", "video", "courtesy", "styl",
    "getty", "istock", "shutterstock", "alamy", "ap", "reuters", "afp", "epa", "unsplash",
)  # fmt: skip


def _credit_only(inner: str) -> bool:
    """``_credit_only_pattern().match(inner)``, tried only on a line that has a colon or a slash or
    starts with one of its words (most lines have none).

    >>> _credit_only("Getty Images"), _credit_only("Jo Lee/Reuters"), _credit_only("Sport")
    (True, True, False)
    """
    if ":" not in inner and "/" not in inner and not (
        folded(inner[:16]).lstrip("(").startswith(_CREDIT_STARTS)
    ):
        return False
    return _credit_only_pattern().match(inner) is not None


class Line(NamedTuple):
    """One non-blank line of the source and its reading."""

    start: int
    end: int
    text: str
    mark: int
    """Length of a leading bullet mark and its space."""
    shape: Shape
    words: int
    credit: str | None = None
    authors: tuple[str, ...] | None = None
    by_end: int = 0
    """For a byline glued to a stamp: offset in the line where the byline's names end."""
    stamps: tuple[StampHit, ...] = ()


def is_prose(line: Line) -> bool:
    """Whether ``line`` reads as a paragraph of running text.

    >>> is_prose(read_line("It rained all day in the town.", 0, 30, None))
    True
    """
    if line.shape == "body":
        return True
    return (
        line.shape in ("other", "headline")
        and line.words >= 5
        and prose_end(line.text)
    )


def _people(authors: tuple[str, ...]) -> bool:
    """Names of two words or more, none of them in capitals ("Reality TV" is no name)."""
    return all(
        len(name.split()) >= 2
        and not any(len(w) >= 2 and w.isupper() and not w.endswith(".") for w in name.split())
        for name in authors
    )


#: What may follow the names before a stamp: an outlet, a handle, stamp labels.
# Possessive quantifiers (``*+``): adjacent runs of the same characters (a word's letters,
# spaces then separators) would otherwise backtrack polynomially on a long line.
_AFTER_NAMES = regex.compile(
    r"^[\s|·•,/\-–—]*+(?:@\S*+.*|(?:[\p{Lu}][\p{L}.&'’\-]*+\s*+){0,3}?)"
    r"[\s|·•,/\-–—]*+(?:(?:posted|published|updated|on|at)\b\s*+:?\s*+)*+$",
    regex.IGNORECASE,
)


_OUTLET_SPLIT = regex.compile(r"[\s|·•,/\-–—:]+")


def _only_outlet(rest: str) -> bool:
    """Whether ``rest`` (after the names, before the stamp) holds only an outlet name, a
    handle or stamp labels ("· CBC News · Posted:", "@handle").

    >>> _only_outlet(" · CBC News · Posted:"), _only_outlet(" wins the cup on")
    (True, False)
    """
    rest = rest.strip()
    if not rest or rest.startswith("@"):
        return True
    m = _AFTER_NAMES.match(rest)
    if m is None:
        return False
    words = [w for w in _OUTLET_SPLIT.split(rest) if w]
    labels = {"posted", "published", "updated", "on", "at"}
    named = [w for w in words if w.lower() not in labels]
    if all(w.lower().strip(".") in JOB_WORDS for w in named):
        return True  # "Ann Lee, Correspondent"
    return not named or named[-1].endswith(OUTLET_ENDINGS) or " ".join(named) in AGENCIES


def _byline_from_stamps(inner: str, hits: list[StampHit]) -> tuple[int, tuple[str, ...]] | None:
    """A byline around the stamps of a line: (end of its names in ``inner``, authors).

    The end is 0 when the byline follows the stamps ("2 hours ago By Ann Lee").
    """
    prefix = inner[: hits[0].start]
    hit = parse_byline(prefix.rstrip())
    if hit is not None:
        return hit.end, hit.authors
    bare = prefix.rstrip(" |-–—•·,*/")
    if bare and not prefix.lower().startswith("by"):
        named = name_authors(bare)
        # Only names before the stamp: "Ann Lee | December 22, 2023", not a headline.
        if named is not None and _people(named.authors) and _only_outlet(bare[named.end :]):
            return named.end, named.authors
    suffix = inner[hits[-1].end :].lstrip(" |-–—•·,*/")
    hit = parse_byline(suffix)
    if hit is not None and hit.end >= len(suffix.rstrip(" .")) - 1:
        return 0, hit.authors
    named = name_authors(suffix) if suffix[:1].isupper() else None
    if named is not None and named.end >= len(suffix.rstrip(" .")) - 1 and _people(
        named.authors
    ):
        return 0, named.authors  # "May 30, 2023 / Ann Lee"
    return None


#: A line longer than this (after its bullet mark) is no stamp, byline or trailer.
_STAMP_CHARS = 200
#: A :class:`Line` from a tuple of its fields, in C (``_replace`` and ``__new__`` run Python
#: code).
_tuple_new = tuple.__new__
#: The characters a bullet mark starts with (see :func:`newsparse.headlines.bullet_mark`).
_MARK_STARTS = hl.MARK_STARTS


def read_line(text: str, start: int, end: int, now: dt.datetime | None) -> Line:
    """Read the line ``text[start:end]`` (already trimmed).

    >>> read_line("Updated 27 October 2022", 0, 23, None).shape
    'stamp'
    >>> read_line("Getty Images", 0, 12, None).shape
    'credit'
    """
    return _read(text[start:end], start, end, now)


def _word_total(line: str) -> int:
    """The words of ``line`` (:func:`~newsparse.headlines.word_count`; estimated for a
    line of 2,000 characters or more)."""
    return hl.word_count(line) if len(line) < 2000 else len(line) // 6


def _read(line: str, start: int, end: int, now: dt.datetime | None) -> Line:
    """:func:`read_line` of ``line``, the text from ``start`` to ``end``."""
    words = _word_total(line)
    mark = hl.bullet_mark(line) if line[:1] in _MARK_STARTS else 0
    return _shape(line, start, end, now, words, mark, prose_end(line))


def _shape(  # noqa: PLR0917 (private, called once per line: keywords would cost)
    line: str,
    start: int,
    end: int,
    now: dt.datetime | None,
    words: int,
    mark: int,
    ends_prose: bool,
) -> Line:
    """:func:`read_line` of ``line`` (the text from ``start`` to ``end``) of ``words`` words
    (:func:`~newsparse.headlines.word_count`), with a bullet mark of ``mark`` characters
    (:func:`~newsparse.headlines.bullet_mark`); ``ends_prose`` is ``prose_end(line)`` where
    it counts (no bullet mark): its callers know it, as :func:`skim_lines` counts the words
    of a line without a bullet mark only when it ends so.

    Each :class:`Line` is made from the tuple of all its fields by ``tuple.__new__`` (in C):
    the class's own ``__new__`` is Python code (a frame per line, for the defaults).
    """
    if hl.is_furniture(line):
        return _tuple_new(Line, (start, end, line, 0, "furniture", words, None, None, 0, ()))
    inner = line[mark:] if mark else line
    # An ASCII line is case-folded once (``str.lower`` is ``folded`` on ASCII) for the first
    # tests of the readings below, each made here: most lines fail all of them.
    low = inner.lower() if inner.isascii() else None
    if len(inner) <= _STAMP_CHARS:
        if (
            _timeish(inner)
            if low is None
            else _ASCII_DIGIT.search(inner) is not None
            or (
                ("ago" in low or "yesterday" in low or "today" in low or "just now" in low)
                and _TIMEISH.search(inner) is not None
            )
        ):
            hits = find_stamps(inner, now=now)
            if hits:
                by = _byline_from_stamps(inner, hits)
                if by is not None:
                    by_end = mark + by[0] if by[0] else 0
                    return _tuple_new(
                        Line, (start, end, line, mark, "byline", words, None, by[1], by_end,
                               tuple(hits))
                    )
                if len(stamp_residue(inner, hits).split()) <= 3:
                    return _tuple_new(
                        Line, (start, end, line, mark, "stamp", words, None, None, 0, tuple(hits))
                    )
        hit = parse_byline(inner) if low is None or low[:2] in LEAD_INITIALS else None
        if hit is not None:
            return _tuple_new(
                Line, (start, end, line, mark, "byline", words, None, hit.authors, 0, ())
            )
        if inner in AGENCIES and len(inner) > 2:
            return _tuple_new(
                Line, (start, end, line, mark, "byline", words, None, (inner,), 0, ())
            )
        trailer = parse_trailer(inner) if inner[:1] in TRAILER_FIRST else None
        if trailer is not None:
            return _tuple_new(
                Line, (start, end, line, mark, "trailer", words, None, trailer, 0, ())
            )
    credit = hl.caption_credit(inner) if words >= 4 else None  # (a caption has 4 words)
    if credit is not None:
        return _tuple_new(Line, (start, end, line, mark, "caption", words, credit, None, 0, ()))
    if len(inner) <= 90 and (
        _credit_only(inner)
        if low is None
        else (
            (":" in inner or "/" in inner or low[:16].lstrip("(").startswith(_CREDIT_STARTS))
            and _credit_only_pattern().match(inner) is not None
        )
    ):
        return _tuple_new(
            Line, (start, end, line, mark, "credit", words, inner.strip("()"), None, 0, ())
        )
    if mark:
        # Menus render as "*", "+" or "o" items of a word or three; "•" marks summary points.
        short = words < (4 if line[0] in "*+o" else 2)
        return _tuple_new(
            Line, (start, end, line, mark, "nav" if short else "bullet", words, None, None, 0, ())
        )
    if words >= 12 and ends_prose:
        shape: Shape = "body"
    elif hl.headline_shaped(line, words):
        shape = "headline"
    else:
        shape = "other"
    return _tuple_new(Line, (start, end, line, 0, shape, words, None, None, 0, ()))


def may_hold_stamps(line: Line) -> bool:
    """Whether ``line`` read in full (:func:`read_line`) may hold stamps: False when it has
    more than 200 characters after its bullet mark, or no digit and no time word (the tests
    its stamps are looked for after). A step asking only for a pending line's stamps need
    not read it.

    >>> may_hold_stamps(read_line("Share this story", 0, 16, None))
    False
    """
    inner = line.text[line.mark :] if line.mark else line.text
    return len(inner) <= _STAMP_CHARS and _timeish(inner)


class Lines(list[Line]):
    """The lines of one text (see :func:`skim_lines`): a line that cannot be prose is read in
    full (furniture, stamps, byline, caption, ...) when a step asks for it by :func:`settled`.

    Until then it is a :data:`PENDING` line: its place and text are its own, its ``mark``
    is the bullet mark it starts with, its ``words`` are counted (or -1: not counted yet),
    and it is no prose (:func:`is_prose`), no ``body`` line.
    """

    __slots__ = ("_now", "_seen")

    def __init__(
        self, lines: Iterable[Line], now: dt.datetime | None, seen: dict[str, Line]
    ) -> None:
        super().__init__(lines)
        self._now = now
        self._seen = seen  # each line's text to its reading (in full, or pending)

    def copy(self) -> Lines:
        """A new list of the same lines, read on demand as these are."""
        return Lines(self, self._now, self._seen)

    def readings(self) -> Iterable[tuple[str, Line]]:
        """The texts of these lines, each once, with its reading (in full, or pending)."""
        return self._seen.items()

    def full(self, i: int) -> Line:
        """Line ``i`` read in full (it takes the place of the pending line)."""
        line = self[i]
        if line.shape != PENDING:
            return line
        known = self._seen[line.text]
        if known.shape == PENDING:
            text = line.text
            # (its words are counted when it ends prose: see ``skim_lines``)
            words = line.words if line.words >= 0 else _word_total(text)
            known = self._seen[text] = _shape(
                text, line.start, line.end, self._now, words, line.mark, line.words >= 0
            )
        line = self[i] = _tuple_new(Line, (line.start, line.end, *known[2:]))
        return line


def line_readings(lines: Sequence[Line]) -> Iterable[tuple[str, Line]]:
    """The texts of ``lines``, each once, with a line of that text (read in full, or pending).

    >>> t = "Share\\nRain fell all day, and the town flooded."
    >>> [(x, ln.shape) for x, ln in line_readings(skim_lines(t, [(0, 5), (6, 46)], None))]
    [('Share', 'pending'), ('Rain fell all day, and the town flooded.', 'other')]
    """
    if isinstance(lines, Lines):
        return lines.readings()
    return {line.text: line for line in lines}.items()


def settled(lines: Sequence[Line], i: int) -> Line:
    """Line ``i`` of ``lines``, read in full if it was pending (see :class:`Lines`).

    >>> t = "Share\\nRain fell all day, and the town flooded."
    >>> lines = skim_lines(t, [(0, 5), (6, 46)], None)
    >>> [ln.shape for ln in lines], settled(lines, 0).shape, lines[0].shape
    (['pending', 'other'], 'furniture', 'furniture')
    """
    line = lines[i]
    if line.shape == PENDING and isinstance(lines, Lines):
        return lines.full(i)
    return line


def skim_lines(
    text: str, spans: Iterable[tuple[int, int]], now: dt.datetime | None
) -> Lines:
    """The lines at ``spans`` of ``text``, each distinct text read once (a page repeats its menu
    items and share buttons); a line that cannot be prose is read in full (:func:`read_line`)
    only when a step asks for it (see :class:`Lines`).

    Prose (a ``body`` line, or another one of five words or more ending in a stop) has no
    bullet mark, a stop at its end (:func:`prose_end`) and five words or more: a line without
    them may only be page material or a header's line. A page's menus, footers and related
    links, far from any article's body, are never asked about (half the lines of the naeb
    pages): reading them was most of the line reader's work.
    """
    seen: dict[str, Line] = {}
    out: list[Line] = []
    for start, end in spans:
        line = text[start:end]
        known = seen.get(line)
        if known is None:
            mark = hl.bullet_mark(line) if line[:1] in _MARK_STARTS else 0
            # (most lines end in a letter: no stop, closing mark or quote, no prose end)
            prose = not mark and line[-1:] in _PROSE_LAST and prose_end(line)
            words = _word_total(line) if prose else -1
            if words < 5:
                known = _tuple_new(
                    Line, (start, end, line, mark, PENDING, words, None, None, 0, ())
                )
            else:
                known = _shape(line, start, end, now, words, 0, True)
            seen[line] = known
        else:
            known = _tuple_new(Line, (start, end, *known[2:]))
        out.append(known)
    return Lines(out, now, seen)
