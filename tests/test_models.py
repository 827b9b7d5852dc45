"""The record types: frozen, validated, JSON round trip, JSON Schema, pickling."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle

import pytest

import newsparse
from newsparse import (
    Article,
    DateMention,
    Document,
    Quantity,
    Quote,
    Span,
    Speaker,
)


def _doc() -> Document:
    text = "Mayor says bridge will reopen\n\n“Soon,” she said on Monday, about 400 days late."
    quote = Quote(
        text="Soon,",
        span=Span(start=32, end=37),
        kind="direct",
        cue="said",
        speaker=Speaker(name="Ana Ruiz", mention="she", span=Span(start=39, end=42)),
        cue_span=Span(start=43, end=47),
        rule="test",
    )
    qty = Quantity(
        text="about 400 days",
        span=Span(start=59, end=73),
        value=400.0,
        unit="day",
        qualifier="approx",
    )
    when = DateMention(
        text="Monday",
        span=Span(start=51, end=57),
        type="DATE",
        value="2025-03-03",
        start=dt.datetime(2025, 3, 3),
        end=dt.datetime(2025, 3, 4, tzinfo=dt.timezone.utc),
    )
    article = Article(
        text=text,
        span=Span(start=0, end=len(text)),
        quotes=(quote,),
        quantities=(qty,),
        dates=(when,),
    )
    return Document(text=text, span=Span(start=0, end=len(text)), articles=(article,))


def test_fixture_spans_slice_their_text() -> None:
    doc = _doc()
    a = doc.articles[0]
    for record in (*a.quotes, *a.quantities, *a.dates):
        assert doc.text[record.span.start : record.span.end] == record.text


def test_records_are_frozen() -> None:
    doc = _doc()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "other"  # type: ignore[misc]


def test_span_rejects_reversed_and_negative() -> None:
    with pytest.raises(ValueError, match="before start"):
        Span(start=3, end=1)
    with pytest.raises(ValueError, match="negative"):
        Span(start=-1, end=1)


def test_bad_field_types_are_rejected() -> None:
    with pytest.raises(ValueError, match="kind"):
        Quote(text="x", span=Span(start=0, end=1), kind="shouted")  # type: ignore[arg-type]


def test_json_round_trip_keeps_everything() -> None:
    doc = _doc()
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.articles[0].dates[0].end.tzinfo is not None  # aware stays aware
    assert Document.from_dict(doc.to_dict()) == doc


def test_to_dict_gives_plain_json_types() -> None:
    def plain(x: object) -> bool:
        if isinstance(x, dict):
            return all(isinstance(k, str) and plain(v) for k, v in x.items())
        if isinstance(x, list):
            return all(plain(v) for v in x)
        return x is None or isinstance(x, (str, int, float, bool))

    d = _doc().to_dict()
    assert plain(d)
    assert json.loads(json.dumps(d)) == d


def test_records_pickle() -> None:
    doc = _doc()
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_json_schema_describes_every_field() -> None:
    schema = newsparse.json_schema()
    defs = schema["$defs"]
    for name in ("Article", "Quote", "Speaker", "Quantity", "DateMention", "Span", "Block"):
        props = defs[name]["properties"]
        missing = [f for f, p in props.items() if not p.get("description")]
        assert not missing, (name, missing)
    assert set(defs["Quote"]["properties"]["kind"]["enum"]) == {"direct", "indirect", "mixed"}


def test_public_surface_is_explicit() -> None:
    assert "parse" in newsparse.__all__
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name
    assert newsparse.__version__ == "0.1.0.dev0"


def test_fast_record_constructors_set_every_field_as_validation_does() -> None:
    # _records.span, block, paragraph and date_mention fill a record's fields by hand: each
    # must set every field of its class (a field added to the model must be added there) and
    # give the record that validated construction gives.
    import dataclasses
    import datetime as dt

    from newsparse import _records as r
    from newsparse.models import Block, DateMention, Paragraph, Span

    at = Span(start=2, end=5)
    when = dt.datetime(2024, 3, 4, 9, 30)
    pairs = [
        (r.span(2, 5), at),
        (r.block("abc", at, "body", "line"), Block(text="abc", span=at, label="body", rule="line")),
        (r.paragraph("abc", at), Paragraph(text="abc", span=at)),
        (
            r.date_mention("Mon", at, ("DATE", "2024-03-04", when, None), "weekday"),
            DateMention(text="Mon", span=at, type="DATE", value="2024-03-04", start=when,
                        end=None, rule="weekday"),
        ),
    ]  # fmt: skip
    for fast, validated in pairs:
        fields = {f.name for f in dataclasses.fields(type(validated))}
        assert set(vars(fast)) == fields, type(validated).__name__
        assert fast == validated
