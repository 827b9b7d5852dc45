"""Segmenter: text to articles, each with its labelled blocks and structure records.

The text is read line by line (a line is a block; the source is never rewritten). Each line
gets a shape from :mod:`newsparse.headlines` (furniture, stamp, byline, caption, bullet,
headline-like, body-like, other). An article starts at a headline-like line whose following
lines, up to the first body-like line, are all header material (stamps, bylines, captions,
bullets, furniture, the headline repeated); after the first article, a start also needs some
of that header material, so that a subheading inside a story does not open a new one. The
body runs to the next article's start, ending early at a long run of lines that are not prose.

>>> text = ("Storm hits coast\\nUpdated 2 June 2024\\n\\nRain fell all day on the coast, "
...         "and the sea rose over the wall into the town.")
>>> [a.headline.text for a in segment(text)]
['Storm hits coast']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal, NamedTuple

import regex

from newsparse import headlines as hl
from newsparse._blocks import iter_lines
from newsparse._validate import check_datetime, check_text
from newsparse.models import (
    Article,
    Block,
    BlockLabel,
    Bullet,
    Byline,
    Caption,
    Dateline,
    Headline,
    Paragraph,
    Span,
    Timestamp,
)

__all__ = ["segment"]

Shape = Literal[
    "furniture", "stamp", "byline", "caption", "bullet", "headline", "body", "other"
]

#: How many header lines may stand between a headline and its body.
MAX_HEADER_LINES = 14
#: How many lines that are not prose end an article's body.
MAX_GAP_LINES = 3

_HEADER_SHAPES = frozenset({"furniture", "stamp", "byline", "caption", "bullet"})
_PROSE_END = regex.compile(r"[.!?…:;][\"'”’)\]]*$|[\"”’]$")


class _Line(NamedTuple):
    start: int
    end: int
    text: str
    mark: int  # length of a leading bullet mark
    shape: Shape
    credit: str | None
    authors: tuple[str, ...] | None
    stamp: hl.StampMatch | None


def _read_line(text: str, start: int, end: int, now: dt.datetime | None) -> _Line:
    line = text[start:end]
    mark = hl.bullet_mark(line)
    if hl.is_furniture(line):
        return _Line(start, end, line, 0, "furniture", None, None, None)
    if mark:
        return _Line(start, end, line, mark, "bullet", None, None, None)
    stamp = hl.match_stamp(line, now=now)
    if stamp is not None:
        return _Line(start, end, line, 0, "stamp", None, None, stamp)
    authors = hl.byline_authors(line)
    if authors is not None:
        return _Line(start, end, line, 0, "byline", None, authors, None)
    credit = hl.caption_credit(line)
    if credit is not None:
        return _Line(start, end, line, 0, "caption", credit, None, None)
    if hl.is_body_like(line):
        return _Line(start, end, line, 0, "body", None, None, None)
    if hl.is_headline_like(line):
        return _Line(start, end, line, 0, "headline", None, None, None)
    return _Line(start, end, line, 0, "other", None, None, None)


def _body_start(lines: Sequence[_Line], i: int) -> tuple[int, bool] | None:
    """Where the body of a headline at ``i`` starts, and whether header material came first."""
    head = lines[i].text
    evidence = False
    for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES)):
        line = lines[j]
        if line.shape == "body":
            return j, evidence or hl.match_dateline(line.text) is not None
        if line.text == head or line.shape in _HEADER_SHAPES:
            evidence = True
            continue
        if line.shape == "headline":
            return None
    return None


def _starts(lines: Sequence[_Line]) -> list[tuple[int, int]]:
    """(headline line, body line) of each article, in order."""
    starts: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.shape != "headline":
            continue
        if starts and i < starts[-1][1]:
            continue  # inside the header of the article just found
        found = _body_start(lines, i)
        if found is None:
            continue
        j, evidence = found
        if starts and not evidence:
            continue
        starts.append((i, j))
    return starts


def _is_prose(line: _Line) -> bool:
    return line.shape == "body" or (
        line.shape in ("other", "headline", "caption") and bool(_PROSE_END.search(line.text))
    )


def _body_end(lines: Sequence[_Line], j: int, stop: int) -> int:
    """One past the last body line of a body starting at ``j`` (before line ``stop``)."""
    last = j
    gap = 0
    for k in range(j, stop):
        if _is_prose(lines[k]) or lines[k].shape == "bullet":
            last = k
            gap = 0
        else:
            gap += 1
            if gap >= MAX_GAP_LINES:
                break
    return last + 1


def _short_title(line: _Line) -> bool:
    """A first line that may head a text with no clearer structure: short, no final period."""
    return line.shape in ("headline", "other") and not _PROSE_END.search(line.text) and (
        len(line.text) <= 150
    )


def _span(line: _Line, skip: int = 0) -> Span:
    return Span(start=line.start + skip, end=line.end)


def _article(
    text: str,
    lines: Sequence[_Line],
    head: int | None,
    body: int,
    end: int,
) -> Article:
    blocks: list[Block] = []
    bullets: list[Bullet] = []
    headline: Headline | None = None
    caption: Caption | None = None
    byline: Byline | None = None
    stamps: dict[str, Timestamp] = {}

    def add(line: _Line, label: BlockLabel, rule: str, skip: int = 0) -> Block:
        block = Block(text=line.text[skip:], span=_span(line, skip), label=label, rule=rule)
        blocks.append(block)
        return block

    first = head if head is not None else body
    for k in range(first, body):
        line = lines[k]
        if k == head:
            words = hl.strip_site_suffix(line.text)
            headline = Headline(
                text=words, span=Span(start=line.start, end=line.start + len(words))
            )
            blocks.append(Block(text=words, span=headline.span, label="headline", rule="headline"))
        elif headline is not None and line.text == headline.text:
            add(line, "furniture", "repeated-headline")
        elif line.shape == "bullet":
            block = add(line, "bullet", "bullet-mark", line.mark)
            bullets.append(Bullet(text=block.text, span=block.span))
        elif line.shape == "stamp" and line.stamp is not None:
            add(line, "stamp", f"stamp-{line.stamp.kind}")
            stamps.setdefault(
                line.stamp.kind,
                Timestamp(
                    text=line.text,
                    span=_span(line),
                    kind=line.stamp.kind,
                    value=line.stamp.value,
                    relative=line.stamp.relative,
                ),
            )
        elif line.shape == "byline" and byline is None:
            add(line, "byline", "byline-by")
            byline = Byline(text=line.text, span=_span(line), authors=line.authors or ())
        elif line.shape == "caption" and caption is None:
            add(line, "caption", "caption-credit")
            caption = Caption(text=line.text, span=_span(line), credit=line.credit)
        else:
            add(line, "furniture", "header-" + line.shape)

    paragraphs: list[Paragraph] = []
    for k in range(body, end):
        line = lines[k]
        if _is_prose(line) or line.shape == "bullet":
            block = add(line, "body", "prose")
            paragraphs.append(Paragraph(text=block.text, span=block.span))
        else:
            add(line, "furniture", "body-" + line.shape)

    dateline: Dateline | None = None
    if paragraphs:
        first_par = paragraphs[0]
        m = hl.match_dateline(first_par.text)
        if m is not None:
            s = first_par.span.start
            dateline = Dateline(
                text=first_par.text[: m.text_end],
                span=Span(start=s, end=s + m.text_end),
                location=m.location,
                agency=m.agency,
                date=m.date,
            )

    start = lines[first].start
    stop = lines[end - 1].end if end > first else lines[first].end
    return Article(
        text=text[start:stop],
        span=Span(start=start, end=stop),
        headline=headline,
        bullets=tuple(bullets),
        caption=caption,
        byline=byline,
        published=stamps.get("published"),
        updated=stamps.get("updated"),
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        blocks=tuple(blocks),
    )


def segment(
    text: str, *, published: dt.datetime | None = None, now: dt.datetime | None = None
) -> tuple[Article, ...]:
    """Split ``text`` into articles and label their parts (facts are left empty).

    Args:
        text: Plain text with one or more articles, possibly inside page furniture.
        published: Accepted for symmetry with :func:`newsparse.parse`; stamps are read
            from the text.
        now: When the text was captured: resolves relative stamps ("37 min ago").

    >>> text = ("Rain returns to the valley\\n• Farmers relieved\\n\\nRain fell on the valley "
    ...         "for the first time in months, and farmers said the crops would now recover.")
    >>> (art,) = segment(text)
    >>> art.headline.text, [b.text for b in art.bullets], len(art.paragraphs)
    ('Rain returns to the valley', ['Farmers relieved'], 1)
    """
    check_text(text, "segment")
    check_datetime(published, "published")
    now = check_datetime(now, "now")
    lines = [_read_line(text, s, e, now) for s, e in iter_lines(text)]
    if not lines:
        return ()
    starts = _starts(lines)
    if not starts:
        # No headline followed by a body: the whole text is one article of prose.
        head = 0 if _short_title(lines[0]) and len(lines) > 1 else None
        body = 1 if head == 0 and len(lines) > 1 else 0
        if head == 0 and len(lines) == 1:
            return (_article(text, lines, 0, 1, 1),)
        return (_article(text, lines, head, body, len(lines)),)
    articles = []
    for n, (head, body) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        end = _body_end(lines, body, stop)
        articles.append(_article(text, lines, head, body, end))
    return tuple(articles)
