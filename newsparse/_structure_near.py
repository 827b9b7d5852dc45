"""Looking further for an article's byline when its header has none.

In order: a byline line just above the header or early in the body; a "By ..." line up to
40 lines above the header (the header may be misread in a page dump); a person's name alone
next to a date line up there; an author's bio at the foot of the story ("Ann Lee is a staff
writer ...").

>>> from newsparse._structure_lines import read_line
>>> from newsparse._blocks import iter_lines
>>> text = "By Ann Lee\\nMenu\\nTitle here\\nIt rained all day in the town, and then it stopped."
>>> lines = [read_line(text, s, e, None) for s, e in iter_lines(text)]
>>> find_byline(lines, first=2, body=3, end=4, floor=0, limit=4).authors
('Ann Lee',)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsparse._bylines import name_authors
from newsparse._structure_authors import bio_author, is_person, labelled_names, soft_byline
from newsparse._structure_lines import Line, settled
from newsparse.lexicon.structure_names import GIVEN_NAMES

__all__ = ["FAR_LINES", "Found", "find_byline"]

#: How far above a header a "By ..." line or a name beside a date is taken.
FAR_LINES = 40
#: How many lines before and after a body's end an author's bio is looked for.
BIO_LINES = 15
_LEAD_BY = regex.compile(r"(?i:by)(?:\b|(?=\p{Lu}))")  # "By Ann", "ByAnn"; not "Byte"
_WRITTEN_BY = regex.compile(r"written\s+by\b", regex.IGNORECASE)


class Found(NamedTuple):
    """A byline found away from the header."""

    at: int
    """The line it stands on."""
    skip: int
    """Offset in the line where the byline starts."""
    stop: int | None
    """Offset in the line where it ends (None: the line's end)."""
    authors: tuple[str, ...]
    """The authors it names."""
    rule: str
    """Which search found it."""


def _name_by_date(lines: Sequence[Line], i: int) -> Found | None:
    line = settled(lines, i)
    if line.shape not in ("other", "headline") or line.words > 5:
        return None
    stamped = any(
        0 <= j < len(lines) and settled(lines, j).shape == "stamp" for j in (i - 1, i + 1)
    )
    if not stamped and not (
        # "Ann Lee" / "Travel" / "March 2, 2024": a one-word section label between
        i + 2 < len(lines)
        and settled(lines, i + 1).words == 1
        and settled(lines, i + 2).shape == "stamp"
    ):
        return None
    named = name_authors(line.text)
    if named is None or not is_person(named.authors):
        return None
    if named.end < len(line.text.rstrip(" .,|")) - 1:
        return None
    return Found(i, 0, named.end, named.authors, "byline-above")


def _card_above(lines: Sequence[Line], i: int, floor: int) -> tuple[str, ...]:
    """The authors of author cards stacked right above line ``i`` ("By" / "Ann Lee" /
    "By" / "Bo Tan": one card per author), in page order."""
    out: tuple[str, ...] = ()
    j = i - 1
    while j >= max(floor, i - 12):
        line = settled(lines, j)
        if line.authors and line.shape != "byline" and soft_byline(line):
            out = (*(a for a in line.authors if a not in out), *out)
            i = j
        elif line.shape not in ("furniture", "nav") or j < i - 3:
            break
        j -= 1
    return out


def find_byline(
    lines: Sequence[Line], *, first: int, body: int, end: int, floor: int, limit: int
) -> Found | None:
    """The byline of the article whose header starts at ``first`` and body spans
    ``lines[body:end]``, looked for around it (never above ``floor`` or from ``limit`` on).

    >>> from newsparse._structure_lines import read_line
    >>> t = "Title here\\nIt rained all day in the town.\\nAnn Lee is a reporter for us."
    >>> lines = [read_line(t, 0, 10, None), read_line(t, 11, 41, None),
    ...          read_line(t, 42, 71, None)]
    >>> find_byline(lines, first=0, body=1, end=2, floor=0, limit=3).rule
    'byline-bio'
    """
    near = (*range(first - 1, max(floor, first - 4) - 1, -1), *range(body, min(end, body + 30)))
    for i in near:
        line = settled(lines, i)
        if soft_byline(line) and line.authors:
            authors = line.authors
            if line.shape != "byline":
                authors = (*_card_above(lines, i, floor), *authors)
            return Found(i, line.mark, line.by_end or None, authors, "byline-nearby")
    far = range(first - 1, max(floor, first - FAR_LINES) - 1, -1)
    for i in far:
        line = settled(lines, i)
        if not line.authors:
            continue
        if line.shape == "byline" and _LEAD_BY.match(line.text, line.mark):
            return Found(i, line.mark, line.by_end or None, line.authors, "byline-above")
        if line.shape != "byline" and soft_byline(line):
            # names under a "By" label or over a job title (read by ``relabel``)
            authors = (*_card_above(lines, i, floor), *line.authors)
            return Found(i, line.mark, None, authors, "byline-above")
    names = [found for i in far if (found := _name_by_date(lines, i)) is not None]
    if names:
        # A known given name first wins over the nearest ("Gone Girl" under the date).
        return next((f for f in names if f.authors[0].split()[0].lower() in GIVEN_NAMES), names[0])
    for i in range(max(body, end - BIO_LINES), min(limit, end + BIO_LINES)):
        line = settled(lines, i)
        bio = bio_author(line)
        if bio is not None:
            return Found(i, 0, len(bio[0]), bio, "byline-bio")
        if i < end or not line.authors:
            continue
        if (line.shape == "byline" and _WRITTEN_BY.match(line.text)) or labelled_names(lines, i):
            # an author box after the story: "Written by Ann Lee", "Author(s)" / "Ann Lee"
            return Found(i, line.mark, None, line.authors, "byline-author-box")
    return None
