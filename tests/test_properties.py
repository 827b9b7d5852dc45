"""Properties of parse() over any text: no exception, valid spans, order, determinism, JSON.

The strategies (:mod:`tests.strategies`) give arbitrary Unicode text, text made of the
characters our rules react to, and our own fixture articles joined and damaged at random.
Example counts stay modest so the suite stays fast; the fuzz target in ``tests/fuzz/`` runs
the same checks for as long as one likes.
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import dates, numbers, quotes, segmenter
from newsparse.models import Span

from . import strategies as strat
from .conftest import assert_spans_valid

#: Examples per test; NEWSPARSE_EXAMPLES=5000 for a longer local hunt.
EXAMPLES = int(os.environ.get("NEWSPARSE_EXAMPLES", "60"))
SETTINGS = settings(
    deadline=None, max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow]
)

moments = st.one_of(
    st.none(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(2100, 1, 1),
        timezones=st.sampled_from(
            [dt.timezone.utc, dt.timezone(dt.timedelta(hours=5, minutes=30)),
             dt.timezone(dt.timedelta(hours=-8))]
        ),
    ),
)


def check_document(text: str, doc: newsparse.Document) -> None:
    """Everything parse() promises about one result."""
    assert doc.text == text
    assert doc.span == Span(start=0, end=len(text))
    assert_spans_valid(doc)  # spans slice to text, inside their article, articles in order
    for article in doc.articles:
        assert article.text.strip(), article  # an article is never blank
        for group in (article.quotes, article.quantities, article.dates, article.blocks,
                      article.paragraphs):
            starts = [r.span.start for r in group]
            assert starts == sorted(starts), group


@SETTINGS
@given(text=strat.texts, now=moments, published=moments)
@example(text="", now=None, published=None)
@example(text=strat.ARTICLES[0] + strat.ARTICLES[1], now=dt.datetime(2024, 3, 14, 12), published=None)
def test_parse_never_raises_and_spans_are_valid(
    text: str, now: dt.datetime | None, published: dt.datetime | None
) -> None:
    doc = newsparse.parse(text, now=now, published=published)
    check_document(text, doc)


@SETTINGS
@given(text=strat.news_text(), now=moments)
def test_news_text_is_deterministic_and_round_trips_through_json(
    text: str, now: dt.datetime | None
) -> None:
    first = newsparse.parse(text, now=now)
    again = newsparse.parse(text, now=now)
    assert first == again
    assert first.to_json() == again.to_json()
    back = newsparse.Document.from_json(first.to_json())
    assert back == first
    assert newsparse.Document.from_dict(first.to_dict()) == first


@SETTINGS
@given(text=strat.any_text)
def test_arbitrary_text_round_trips_through_json(text: str) -> None:
    doc = newsparse.parse(text)
    assert newsparse.Document.from_json(doc.to_json()) == doc


@SETTINGS
@given(text=st.one_of(strat.reactive_text, strat.news_text()))
def test_the_fact_stages_alone_take_any_text(text: str) -> None:
    """Each fact stage is usable alone on any text; its spans slice that text."""
    found = [
        *quotes.find_quotes(text),
        *numbers.find_quantities(text),
        *dates.find_dates(text, reference=dt.datetime(2024, 3, 14)),
    ]
    for record in found:
        assert text[record.span.start : record.span.end] == record.text, record
    for article in segmenter.segment(text):
        assert text[article.span.start : article.span.end] == article.text


@SETTINGS
@given(text=strat.news_text(), data=st.data())
def test_news_text_after_any_prefix_parses_validly(text: str, data: st.DataObject) -> None:
    """Text put before the input never makes records point outside the document."""
    prefix = data.draw(st.one_of(strat.any_text, st.sampled_from(strat.ARTICLES)))
    doc = newsparse.parse(prefix + "\n\n" + text)
    check_document(prefix + "\n\n" + text, doc)
