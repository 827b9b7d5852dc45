"""The one entry point: :func:`parse` runs the stage table and builds the document.

The pipeline is the table :data:`STAGES`: structure first (articles and their labelled
blocks), then the fact stages, each reading the article's headline, bullets and body blocks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from newsparse import dates, numbers, quotes, segmenter
from newsparse._validate import check_datetime, check_text
from newsparse.models import Article, Block, Document, Span

__all__ = ["STAGES", "parse"]

#: Block labels the fact stages read.
FACT_LABELS = frozenset({"headline", "bullet", "body"})


def _reference(article: Article, published: dt.datetime | None) -> dt.datetime | None:
    """The moment relative dates in ``article`` are read against.

    The article's published stamp, else its updated stamp, else ``published=``; a relative
    stamp resolved with ``now=`` counts as a stamp.
    """
    for stamp in (article.published, article.updated):
        if stamp is not None and stamp.value is not None:
            return stamp.value
    return published


def _quotes(text: str, article: Article, blocks: Sequence[Block], ref: Any) -> dict[str, Any]:
    return {"quotes": quotes.find_quotes(text, blocks=blocks)}


def _quantities(text: str, article: Article, blocks: Sequence[Block], ref: Any) -> dict[str, Any]:
    return {"quantities": numbers.find_quantities(text, blocks=blocks)}


def _dates(text: str, article: Article, blocks: Sequence[Block], ref: Any) -> dict[str, Any]:
    return {"dates": dates.find_dates(text, reference=ref, blocks=blocks)}


#: The fact stages in the order they run, as (name, function) pairs. Each takes the text,
#: the article, the blocks to read and the reference moment, and returns the article fields
#: it fills.
STAGES: tuple[tuple[str, Callable[[str, Article, Sequence[Block], Any], dict[str, Any]]], ...] = (
    ("quotes", _quotes),
    ("quantities", _quantities),
    ("dates", _dates),
)


def parse(
    text: str,
    *,
    published: dt.date | dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Document:
    """Parse raw news text into a :class:`~newsparse.models.Document`.

    Args:
        text: Plain text: one article or several, possibly with page furniture around them.
        published: When the text was published, used when the text states no stamp of its
            own; a date counts as midnight.
        now: When the text was captured; resolves relative stamps such as "37 min ago".
            Naive and aware datetimes are both accepted and kept as given.

    Returns:
        The text unchanged and its articles, each with its parts and facts.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        OptionError: ``published`` or ``now`` is not a date or datetime.

    >>> doc = parse("Storm hits coast\\n\\nWind tore roofs off on Monday.")
    >>> doc.articles[0].headline.text
    'Storm hits coast'
    >>> [p.text for p in doc.articles[0].paragraphs]
    ['Wind tore roofs off on Monday.']
    """
    check_text(text, "parse")
    published_at = check_datetime(published, "published")
    now_at = check_datetime(now, "now")
    articles = segmenter.segment(text, published=published_at, now=now_at)
    done = []
    for article in articles:
        blocks = [b for b in article.blocks if b.label in FACT_LABELS]
        ref = _reference(article, published_at) or now_at
        fields: dict[str, Any] = {}
        for _name, stage in STAGES:
            fields.update(stage(text, article, blocks, ref))
        done.append(dataclasses.replace(article, **fields))
    return Document(text=text, span=Span(start=0, end=len(text)), articles=tuple(done))
