"""parse(): clear errors on bad input, naive and aware datetimes, the stage table."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import newsparse
from newsparse import api

from .conftest import assert_spans_valid

STORY = (
    "Ferry service resumes after storm\nUpdated 2 hours ago\n\n"
    "The first ferry in three days left the harbour this morning with a full load of "
    "passengers and cars.\n"
)


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        (b"bytes", "decode it first"),
        (bytearray(b"x"), "decode it first"),
        (io.StringIO("x"), "read the file first"),
        (None, "not NoneType"),
        (42, "not int"),
    ],
)
def test_non_str_text_raises_type_error_saying_what_to_do(bad: object, hint: str) -> None:
    with pytest.raises(TypeError, match=hint) as info:
        newsparse.parse(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, newsparse.NewsparseError)
    assert isinstance(info.value, newsparse.InputTypeError)


@pytest.mark.parametrize("option", ["now", "published"])
def test_bad_option_raises_value_error_naming_it(option: str) -> None:
    with pytest.raises(ValueError, match=f"^{option}:") as info:
        newsparse.parse("text", **{option: "2024-01-01"})  # type: ignore[arg-type]
    assert isinstance(info.value, newsparse.OptionError)


def test_naive_and_aware_now_both_work() -> None:
    naive = newsparse.parse(STORY, now=dt.datetime(2025, 5, 2, 12, 0))
    aware = newsparse.parse(STORY, now=dt.datetime(2025, 5, 2, 12, 0, tzinfo=dt.timezone.utc))
    n = naive.articles[0].updated
    a = aware.articles[0].updated
    assert n is not None and a is not None and n.value is not None and a.value is not None
    assert n.value == dt.datetime(2025, 5, 2, 10, 0)
    assert a.value == dt.datetime(2025, 5, 2, 10, 0, tzinfo=dt.timezone.utc)


def test_published_accepts_a_date_and_anchors_relative_dates() -> None:
    text = (
        "Library reopens after repairs\n\nThe town library reopened on Monday after six "
        "weeks of repairs to its roof and its old reading room.\n"
    )
    doc = newsparse.parse(text, published=dt.date(2025, 5, 1))  # a Thursday
    (monday,) = [d for d in doc.articles[0].dates if d.text == "Monday"]
    assert monday.value == "2025-04-28"
    undated = newsparse.parse(text)
    (monday,) = [d for d in undated.articles[0].dates if d.text == "Monday"]
    assert monday.value.startswith("XXXX")


def test_reference_prefers_the_articles_own_stamp() -> None:
    doc = newsparse.parse(STORY, now=dt.datetime(2025, 5, 2, 12, 0))
    ref = api._reference(doc.articles[0], dt.datetime(1999, 1, 1))
    assert ref == dt.datetime(2025, 5, 2, 10, 0)


def test_stage_table_is_named_and_ordered() -> None:
    assert [stage.name for stage in api.STAGES] == ["quotes", "quantities", "dates"]
    assert "caption" not in api.STAGES[0].labels  # photos are described, not quoted
    assert "caption" in api.STAGES[2].labels  # "on Thursday in Ottawa" dates the story


def test_parse_is_deterministic_and_spans_valid() -> None:
    a = newsparse.parse(STORY, now=dt.datetime(2025, 5, 2, 12, 0))
    b = newsparse.parse(STORY, now=dt.datetime(2025, 5, 2, 12, 0))
    assert a == b
    assert_spans_valid(a)
    assert a.text is STORY or a.text == STORY
