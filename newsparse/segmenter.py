"""Segmenter: text to articles, each with its labelled blocks and structure records.

The text is read line by line (a line is a block, or two blocks when a byline and a stamp are
glued; the source is never rewritten). The pipeline:

1. **Line shapes** (:mod:`newsparse._structure_lines`): furniture, nav, bullet, stamp,
   byline, trailer, caption, credit, body, headline, other. A line that cannot be prose is
   read in full only when a step asks for it: the steps below ask about the lines around
   the bodies, and a page's menus and footers far from any are left unread.
2. **Body runs** (:mod:`newsparse._structure_runs`): runs of prose lines, allowing short
   gaps of other lines; a byline or stamp line ends a run (it heads the next article).
3. **Runs kept** (same module): in a page dump (mostly furniture), the largest run and runs
   with their own header (judged within their stretch of the text, so that several pages one
   after another each keep their article); runs split by page material inside one story are
   joined.
4. **Header**: above each run, the headline is the headline-shaped line scoring best on
   being repeated in the page, being followed by a byline/stamp, and being close to the body;
   the lines between it and the body are standfirst, bullets, byline, stamps, caption.
5. **Records**: headline (site suffix stripped), bullets, caption and credit, byline and
   authors, published/updated stamps, dateline, paragraphs.

>>> text = ("Storm hits coast\\nUpdated 2 June 2024\\n\\nRain fell all day on the coast, "
...         "and the sea rose over the wall into the town.")
>>> [a.headline.text for a in segment(text)]
['Storm hits coast']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal, get_args

import regex

from newsparse import headlines as hl
from newsparse._blocks import iter_lines
from newsparse._bylines import name_authors, read_names
from newsparse._records import block as block_record
from newsparse._records import paragraph as paragraph_record
from newsparse._records import record
from newsparse._records import span as span_record
from newsparse._structure_authors import is_person, next_card, relabel, soft_byline
from newsparse._structure_lines import (
    PENDING,
    Line,
    Shape,
    is_prose,
    may_hold_stamps,
    settled,
    skim_lines,
)
from newsparse._structure_near import FAR_LINES, find_byline
from newsparse._structure_runs import is_dump, keep_runs, read_runs, split_bare
from newsparse._structure_title_lines import (
    KeyCounts,
    caption_like,
    line_key,
    page_label,
    title_bounds,
)
from newsparse._structure_titles import BARE_BY, header_title
from newsparse._structure_wrap import join_wrapped
from newsparse._validate import check_datetime, check_text
from newsparse.lexicon.structure_names import GIVEN_NAMES
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

#: How far above a header any stamp is taken (an absolute one is taken from up to
#: ``FAR_LINES`` above, when there is none nearer).
_NEAR_STAMP_LINES = 12
#: How far under the last article's body a stamp at the foot of the story is taken.
_FOOT_STAMP_LINES = 12
#: The rule of a line of page material inside a body, by its shape.
_BODY_RULES = {shape: "body-" + shape for shape in get_args(Shape)}
#: What may follow names standing alone in a header: nothing, a place, an outlet after a bar.
_NAME_REST = regex.compile(r"[\s,|·•/\-–—]*(?:(?:in|from)\s+\p{Lu}[\p{L} .,'’\-]*)?$|\s*[|·•]")


def _span(line: Line, skip: int = 0, stop: int | None = None) -> Span:
    end = line.end if stop is None else line.start + stop
    return span_record(line.start + skip, end)


class _Builder:
    """Collects one article's blocks and records."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []
        self.bullets: list[Bullet] = []
        self.paragraphs: list[Paragraph] = []
        self.headline: Headline | None = None
        self.caption: Caption | None = None
        self.byline: Byline | None = None
        self.byline_at = -1  # the line the byline was read from (-1: none, or not in order)
        self.weak_byline = False  # read from a name alone: a "By" line below replaces it
        self.stamps: dict[str, Timestamp] = {}

    def add(self, span: Span, label: BlockLabel, rule: str) -> Block:
        block = block_record(self.text[span.start : span.end], span, label, rule)
        self.blocks.append(block)
        return block

    def mark(self, line: Line, label: BlockLabel, rule: str) -> None:
        """Label ``line`` (a furniture block of this article, or a line just above it)."""
        span = _span(line, line.mark)
        for n, block in enumerate(self.blocks):
            if block.span.start <= span.start < block.span.end:
                if block.label == "furniture":
                    self.blocks[n] = record(Block, text=block.text, span=block.span, label=label,
                                           rule=rule)
                return
        self.blocks.insert(0, record(Block, text=self.text[span.start : span.end], span=span,
                                    label=label, rule=rule))

    def add_stamps(self, line: Line, skip: int) -> None:
        for hit in line.stamps:
            kind: Literal["published", "updated"] = (
                "updated" if hit.kind == "updated" else "published"
            )
            held = self.stamps.get(kind)
            if held is not None and not (held.relative and not hit.relative):
                continue  # the first stamp of a kind wins, an absolute one over "2 days ago"
            at = line.start + skip
            span = record(Span, start=at + hit.start, end=at + hit.end)
            self.stamps[kind] = record(Timestamp,
                text=self.text[span.start : span.end],
                span=span,
                kind=kind,
                value=hit.value,
                relative=hit.relative,
            )

    def add_stamp_line(self, line: Line) -> None:
        kinds = {h.kind for h in line.stamps}
        self.add(_span(line, line.mark), "stamp", "stamp-" + "-".join(sorted(kinds)))
        self.add_stamps(line, line.mark)

    def add_byline(self, line: Line, rule: str, at: int = -1, *, more: bool = False) -> None:
        """Add the byline on ``line`` (line number ``at``); with ``more``, its authors join
        the byline already read (see ``next_card``)."""
        if line.by_end:
            span = _span(line, line.mark, line.by_end)
            self.add(span, "byline", rule)
            rest = line.by_end
            while rest < len(line.text) and line.text[rest] in " -–—|•·,;:":
                rest += 1
            if rest < len(line.text):
                self.add(_span(line, rest), "stamp", "stamp-glued")
            self.add_stamps(line, line.mark)
        else:
            span = _span(line, line.mark)
            self.add(span, "byline", rule)
            self.add_stamps(line, line.mark)
        if self.byline is None or self.weak_byline:
            if self.byline is not None:  # the name alone above was not the byline
                self.blocks = [
                    record(Block, text=bl.text, span=bl.span, label="furniture", rule="header-name")
                    if bl.span == self.byline.span and bl.label == "byline"
                    else bl
                    for bl in self.blocks
                ]
            self.byline = record(Byline,
                text=self.text[span.start : span.end], span=span, authors=line.authors or ()
            )
            self.byline_at, self.weak_byline = at, False
        elif more and line.authors:
            # A second byline line right under the first ("By Ann Lee" / "By Bo Tan").
            both = record(Span, start=self.byline.span.start, end=span.end)
            authors = (*self.byline.authors,
                       *(a for a in line.authors if a not in self.byline.authors))
            self.byline = record(Byline, text=self.text[both.start : both.end], span=both,
                                 authors=authors)
            self.byline_at = at

    def add_caption(self, line: Line, prev: Line | None) -> None:
        if prev is not None and self.caption is None:
            # The caption's words stand on the line above its credit line.
            self.blocks[-1] = record(Block,
                text=prev.text, span=_span(prev), label="caption", rule="caption-text"
            )
            span = record(Span, start=prev.start, end=line.end)
        else:
            span = _span(line)
        self.add(_span(line), "caption", "caption-credit")
        if self.caption is None:
            self.caption = record(Caption,
                text=self.text[span.start : span.end], span=span, credit=line.credit
            )

    def article(self, start: int, stop: int) -> Article:
        dateline: Dateline | None = None
        if self.paragraphs:
            first = self.paragraphs[0]
            m = hl.match_dateline(first.text)
            if m is not None:
                s = first.span.start
                dateline = record(Dateline,
                    text=first.text[: m.text_end],
                    span=record(Span, start=s, end=s + m.text_end),
                    location=m.location,
                    agency=m.agency,
                    date=m.date,
                )
        return record(Article,
            text=self.text[start:stop],
            span=record(Span, start=start, end=stop),
            headline=self.headline,
            bullets=tuple(self.bullets),
            caption=self.caption,
            byline=self.byline,
            published=self.stamps.get("published"),
            updated=self.stamps.get("updated"),
            dateline=dateline,
            paragraphs=tuple(self.paragraphs),
            blocks=tuple(self.blocks),
        )


def _stamp_nearby(
    b: _Builder,
    lines: Sequence[Line],
    *,
    floor: int,
    first: int,
    body: int,
    end: int,
    foot: int,
) -> None:
    """With no stamp in the header, take one standing just above it or early in the body,
    else one further above (up to ``FAR_LINES``), else (the last article of the text) an
    absolute one at the foot of the story, a few lines under its last paragraph ("Related
    posts" / "Comment" / "Dec 22, 2023 08:05am PDT"). An absolute stamp wins over a relative
    one found earlier in that order."""
    near = [
        *range(first - 1, max(floor, first - _NEAR_STAMP_LINES) - 1, -1),
        *range(body, min(end, body + 60)),
        *range(first - _NEAR_STAMP_LINES - 1, max(floor, first - FAR_LINES) - 1, -1),
        *range(end, min(foot, end + _FOOT_STAMP_LINES)),
    ]
    relative: Line | None = None
    for i in near:
        line = lines[i]
        if line.shape == PENDING:
            if not may_hold_stamps(line):
                continue  # (a line that cannot hold stamps is not read)
            line = settled(lines, i)
        if not line.stamps or line.shape not in ("stamp", "byline"):
            continue
        if all(h.relative for h in line.stamps):
            if i < end:  # (at the foot of the story only an absolute stamp is taken)
                relative = relative or line
            continue
        b.add_stamps(line, line.mark)
        b.mark(line, "stamp", "stamp-nearby")
        return
    if relative is not None:
        b.add_stamps(relative, relative.mark)
        b.mark(relative, "stamp", "stamp-nearby")


def _article(
    text: str,
    lines: Sequence[Line],
    head: int | None,
    body: int,
    end: int,
    *,
    floor: int = 0,
    limit: int | None = None,
) -> Article:
    b = _Builder(text)
    first = head if head is not None else body
    head_key = ""
    standfirst_open = late_open = True
    for k in range(first, body):
        line = settled(lines, k)
        prev = lines[k - 1] if k > first else None  # (read in full one step before)
        if k == head:
            skip, stop = title_bounds(line.text)
            words = line.text[skip:stop]
            span = record(Span, start=line.start + skip, end=line.start + stop)
            b.headline = record(Headline, text=words, span=span)
            b.add(span, "headline", "headline")
            head_key = line_key(line.text)
            continue
        if head_key and line_key(line.text) == head_key:
            b.add(_span(line), "furniture", "repeated-headline")
            continue
        shape = line.shape
        if shape == "stamp":
            b.add_stamp_line(line)
            standfirst_open = False
        elif soft_byline(line):
            b.add_byline(line, "byline-glued" if line.by_end else "byline", k,
                         more=next_card(lines, b.byline_at, k))
            standfirst_open = False
        elif BARE_BY.match(line.text) and k + 1 < body:
            b.add(_span(line), "furniture", "byline-label")
            nxt = settled(lines, k + 1)
            names = nxt.authors or read_names(nxt.text[nxt.mark :], desk=True)
            if names and b.byline is None:
                b.byline = record(Byline, text=nxt.text[nxt.mark :], span=_span(nxt, nxt.mark),
                                  authors=names)
        elif b.byline is not None and k > 0 and BARE_BY.match(lines[k - 1].text) and (
            b.byline.span.start == line.start + line.mark
        ):
            b.add(_span(line, line.mark), "byline", "byline-after-label")
        elif shape == "caption":
            b.add(_span(line), "caption", "caption-credit")
            if b.caption is None:
                b.caption = record(Caption, text=line.text, span=_span(line), credit=line.credit)
        elif shape == "credit":
            usable = prev is not None and prev.shape in ("other", "headline", "body") and (
                b.blocks and b.blocks[-1].label == "furniture"
            )
            b.add_caption(line, prev if usable else None)
        elif shape == "bullet":
            block = b.add(_span(line, line.mark), "bullet", "bullet-mark")
            b.bullets.append(record(Bullet, text=block.text, span=block.span))
        elif (
            b.byline is None
            and (shape in ("other", "headline") or (shape == "nav" and line.words <= 4))
            and line.words <= 10
            and _near_stamp(lines, k, first, body)
            and (named := name_authors(line.text[line.mark :])) is not None
            and is_person(named.authors)
            and (shape != "nav" or named.authors[0].split()[0].lower() in GIVEN_NAMES)
            and (line.words <= 6 or _NAME_REST.match(line.text, line.mark + named.end))
        ):
            # a name alone by the stamp (a menu-like "* Ann Lee" only with a known given name)
            span = _span(line, line.mark, line.mark + named.end)
            b.add(span, "byline", "byline-name")
            b.byline = record(Byline, text=b.text[span.start : span.end], span=span,
                              authors=named.authors)
            b.weak_byline = True
        elif (
            standfirst_open
            and head is not None
            and shape in ("other", "headline", "body")
            and (line.words >= 6 or (line.words >= 4 and is_prose(line._replace(words=5))))
            and (k == head + 1 or not _credit_under(lines, k, body))
        ):
            block = b.add(_span(line), "bullet", "standfirst")
            b.bullets.append(record(Bullet, text=block.text, span=block.span))
        elif (
            late_open
            and (b.byline or b.stamps)
            and not b.bullets
            and shape in ("other", "headline")
            and line.words >= 4
            and not _credit_under(lines, k, body)
            and not page_label(line)
            and not caption_like(line)
        ):
            # The standfirst under the byline and stamp ("Title / By Ann Lee / 2 June 2024 /
            # Standfirst / photo / body").
            block = b.add(_span(line), "bullet", "standfirst-late")
            b.bullets.append(record(Bullet, text=block.text, span=block.span))
        elif shape == "body" and (b.byline or b.stamps) and not _credit_under(lines, k, body):
            # Prose after the byline and stamp, cut from the body by a photo or a button row.
            block = b.add(_span(line), "body", "prose-header")
            b.paragraphs.append(paragraph_record(block.text, block.span))
        else:
            b.add(_span(line), "furniture", "header-" + shape)
        if shape not in ("furniture", "nav"):
            # A kicker of a word or three between the title and its standfirst keeps it open.
            kicker = (
                head is not None and k == head + 1 and shape in ("other", "headline")
                and line.words <= 3
            )
            standfirst_open = standfirst_open and (shape in ("credit", "caption") or kicker)
            # The late standfirst stands right under a byline or stamp line.
            late_open = bool(b.blocks) and b.blocks[-1].label in ("byline", "stamp")

    # (the commonest blocks, prose and page material between it, built here: ``b.add``)
    blocks, paragraphs = b.blocks, b.paragraphs
    for k in range(body, end):
        line = lines[k]
        shape = line.shape
        if shape == "body" or is_prose(line) or (shape == "bullet" and line.words >= 6):
            # A list item's mark ("* ", "• ") is not the paragraph's text.
            where = span_record(line.start + line.mark, line.end)
            words = line.text[line.mark :] if line.mark else line.text
            blocks.append(block_record(words, where, "body", "prose"))
            paragraphs.append(paragraph_record(words, where))
        elif shape == "trailer" and b.byline is None and line.authors:
            b.add_byline(line, "byline-trailer")
        elif shape == "caption" and b.caption is None:
            b.add(_span(line), "caption", "caption-credit")
            b.caption = record(Caption, text=line.text, span=_span(line), credit=line.credit)
        else:
            where = span_record(line.start, line.end)
            blocks.append(block_record(line.text, where, "furniture", _BODY_RULES[shape]))

    limit = len(lines) if limit is None else limit
    if not b.stamps:
        _stamp_nearby(b, lines, floor=floor, first=first, body=body, end=end,
                      foot=len(lines) if limit >= len(lines) else end)
    stop = lines[end - 1].end if end > first else lines[first].end
    found = None if b.byline is not None else find_byline(
        lines, first=first, body=body, end=end, floor=floor, limit=limit
    )
    if found is not None:
        line = lines[found.at]
        span = _span(line, found.skip, found.stop)
        b.byline = record(Byline, text=text[span.start : span.end], span=span,
                          authors=found.authors)
        if found.at >= end:
            # An author's bio after the story: the article widens to hold it.
            b.add(_span(line), "byline", found.rule)
            stop = line.end
        else:
            b.mark(line, "byline", found.rule)
    start = lines[first].start
    # A stamp or byline taken from just above the header (or a stamp from the foot of the
    # story) widens the article to hold it, so every record lies inside its article (the
    # lines above ``floor`` belong to no article).
    for held in (*b.stamps.values(), b.byline, *b.blocks[:1]):
        if held is not None:
            start = min(start, held.span.start)
    for held in (*b.stamps.values(), b.byline, *b.blocks[-1:]):
        if held is not None:
            stop = max(stop, held.span.end)
    return b.article(start, stop)


def _credit_under(lines: Sequence[Line], k: int, body: int) -> bool:
    """Whether a photo credit stands right under line ``k`` (``k`` is a caption's text)."""
    return k + 1 < body and settled(lines, k + 1).shape in ("credit", "caption")


def _near_stamp(lines: Sequence[Line], k: int, first: int, body: int) -> bool:
    """Whether a stamp (or the headline) stands next to line ``k`` in the header."""
    for i in (k - 1, k + 1, k + 2):
        if first <= i < body and settled(lines, i).shape == "stamp":
            return True
    return k == first + 1


def _settle(lines: Sequence[Line], start: int, stop: int) -> None:
    """Read lines ``start`` to ``stop`` in full (those in the text; see ``settled``)."""
    for i in range(max(0, start), min(len(lines), stop)):
        if lines[i].shape == PENDING:
            settled(lines, i)


def _fallback(text: str, lines: Sequence[Line]) -> tuple[Article, ...]:
    """No body run: the whole text is one article; a short first line may be its headline."""
    first = lines[0]
    title = first.shape in ("headline", "other") and not first.text.endswith(".") and (
        len(first.text) <= 150
    )
    if title and len(lines) == 1:
        return (_article(text, lines, 0, 1, 1),)
    head = 0 if title else None
    return (_article(text, lines, head, 1 if title else 0, len(lines)),)


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
    spans = join_wrapped(text, list(iter_lines(text)))
    lines = relabel(skim_lines(text, spans, now))
    if not lines:
        return ()
    dump = is_dump(lines)
    runs = keep_runs(text, lines, read_runs(text, lines), dump)
    if not runs:
        return _fallback(text, [settled(lines, i) for i in range(len(lines))])
    for run in runs:
        # (a run joined across a long stretch of page material holds lines not read yet)
        _settle(lines, run.start, run.end)
    if not dump:
        runs = split_bare(text, lines, runs)
    counts = KeyCounts(text, lines)
    articles = []
    floor = 0
    for n, run in enumerate(runs):
        head, body = header_title(lines, run.start, run.end, floor, counts)
        first = head if head is not None else body
        limit = runs[n + 1].start - 1 if n + 1 < len(runs) else len(lines)
        art = _article(text, lines, head, body, run.end, floor=floor, limit=limit)
        articles.append(art)
        floor = max(run.end, first + 1)
        while floor < len(lines) and lines[floor].start < art.span.end:
            floor += 1
    return tuple(articles)
