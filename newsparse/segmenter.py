"""Segmenter: text to articles with labelled blocks (placeholder: one article per text)."""

from __future__ import annotations

import datetime as dt

from newsparse._blocks import iter_lines
from newsparse._validate import check_datetime, check_text
from newsparse.models import Article, Block, Headline, Paragraph, Span

__all__ = ["segment"]


def segment(
    text: str, *, published: dt.datetime | None = None, now: dt.datetime | None = None
) -> tuple[Article, ...]:
    """Split ``text`` into articles and label their parts.

    >>> [a.headline.text for a in segment("Storm hits\\n\\nIt rained.")]
    ['Storm hits']
    """
    check_text(text, "segment")
    check_datetime(published, "published")
    check_datetime(now, "now")
    lines = list(iter_lines(text))
    if not lines:
        return ()
    blocks = [
        Block(text=text[s:e], span=Span(start=s, end=e), label="headline" if i == 0 else "body")
        for i, (s, e) in enumerate(lines)
    ]
    start, end = lines[0][0], lines[-1][1]
    return (
        Article(
            text=text[start:end],
            span=Span(start=start, end=end),
            headline=Headline(text=blocks[0].text, span=blocks[0].span),
            paragraphs=tuple(Paragraph(text=b.text, span=b.span) for b in blocks[1:]),
            blocks=tuple(blocks),
        ),
    )
