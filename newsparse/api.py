"""The one entry point: :func:`parse` runs the stage table and builds the document.

The pipeline is the table :data:`STAGES`: structure first (articles and their labelled
blocks), then the fact stages, each reading the blocks of the article it names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from newsparse import dates, numbers, quotes, segmenter
from newsparse._validate import check_datetime, check_text
from newsparse.models import Article, Block, Document, Span

__all__ = ["STAGES", "Stage", "parse"]

#: The article's own words: what quotes are read from.
ARTICLE_WORDS = frozenset({"headline", "bullet", "body"})
#: The article's words and its photo caption ("on Thursday in Ottawa"): what quantities and
#: dates are read from. Captions describe photos, not speech, so quotes do not read them.
WITH_CAPTION = ARTICLE_WORDS | {"caption"}


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


class Stage(NamedTuple):
    """One fact stage of the pipeline.

    >>> [(s.name, sorted(s.labels)) for s in STAGES][0]
    ('quotes', ['body', 'bullet', 'headline'])
    """

    name: str
    """The stage's name."""
    labels: frozenset[str]
    """The labels of the article blocks it reads."""
    run: Callable[[str, Article, Sequence[Block], Any], dict[str, Any]]
    """Takes the text, the article, the blocks to read and the reference moment; returns
    the article fields it fills."""


#: The fact stages in the order they run.
STAGES: tuple[Stage, ...] = (
    Stage("quotes", ARTICLE_WORDS, _quotes),
    Stage("quantities", WITH_CAPTION, _quantities),
    Stage("dates", WITH_CAPTION, _dates),
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
        ref = _reference(article, published_at) or now_at
        fields: dict[str, Any] = {}
        for stage in STAGES:
            blocks = [b for b in article.blocks if b.label in stage.labels]
            fields.update(stage.run(text, article, blocks, ref))
        done.append(dataclasses.replace(article, **fields))
    return Document(text=text, span=Span(start=0, end=len(text)), articles=tuple(done))
