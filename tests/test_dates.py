"""Tests of the date normaliser: golden cases, conventions, invariants, robustness."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.dates import find_dates
from newsparse.errors import InputTypeError, OptionError
from newsparse.models import Block, DateMention, Span

from .conftest import case_params, load_cases

CASES = Path(__file__).parent / "cases" / "dates"


def _load(name: str) -> list[dict[str, Any]]:
    return load_cases("dates", name)


def _ref(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _same_moment(got: dt.datetime | None, want: str) -> bool:
    if got is None:
        return False
    if len(want) == 10:
        return got.date().isoformat() == want
    return got.replace(tzinfo=None).isoformat() == want


def _matches(m: DateMention, item: dict[str, Any]) -> bool:
    if m.text != item["text"]:
        return False
    for field in ("type", "value"):
        if field in item and getattr(m, field) != item[field]:
            return False
    return all(not (f in item and not _same_moment(getattr(m, f), item[f])) for f in ("start", "end"))


def _check(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_dates(text, reference=_ref(case["reference"]))
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    for item in case["expect"]:
        assert any(_matches(m, item) for m in found), (item, found)
    for bad in case.get("must_not", []):
        assert not any(m.text == bad for m in found), (bad, found)
    if "must_not" in case:  # negatives: nothing beyond what is expected
        assert len(found) == len(case["expect"]), found


def _params(name: str, *, xfail: bool = False) -> list[Any]:
    return case_params("dates", name, id_key="id", xfail=xfail)


@pytest.mark.parametrize("case", _params("synthetic.json"))
def test_synthetic(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("in_the_wild.json"))
def test_in_the_wild(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("negative.json"))
def test_negative(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("known_failures.json", xfail=True))
def test_known_failure(case: dict[str, Any]) -> None:
    _check(case)


def test_case_ids_unique() -> None:
    ids = [c["id"] for f in sorted(CASES.glob("*.json")) for c in _load(f.name)]
    assert len(ids) == len(set(ids))


# -- conventions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "want"),
    [
        (dt.date(2022, 10, 27), "2022-10-27"),  # written on a Thursday: that same day
        (dt.date(2022, 10, 28), "2022-10-27"),  # a day later: the day before
        (dt.date(2022, 10, 26), "2022-10-20"),  # a day earlier: the week before
    ],
)
def test_past_weekday_is_on_or_before_reference(ref: dt.date, want: str) -> None:
    (m,) = find_dates("The envoy said Thursday that talks had failed.", reference=ref)
    assert m.value == want


def test_future_tense_moves_weekday_and_month_forward() -> None:
    ref = dt.date(2022, 10, 28)
    past = find_dates("They met on Thursday and voted in September.", reference=ref)
    future = find_dates("They will meet on Thursday and vote in September.", reference=ref)
    assert [m.value for m in past] == ["2022-10-27", "2022-09"]
    assert [m.value for m in future] == ["2022-11-03", "2023-09"]


@pytest.mark.parametrize("verb", ["held", "made", "sold", "paid"])
def test_irregular_passive_after_be_is_no_past_cue(verb: str) -> None:
    # "will be held" is a future passive: the participle must not pull the day back in time
    ref = dt.date(2022, 10, 28)  # a Friday
    (m,) = find_dates(f"The award will be {verb} on Thursday.", reference=ref)
    assert m.value == "2022-11-03"
    (m,) = find_dates(f"The award was {verb} on Thursday.", reference=ref)
    assert m.value == "2022-10-27"


def test_without_reference_values_keep_unknown_parts() -> None:
    got = {m.text: m for m in find_dates("On Monday, last month, 16 January and in 2021.")}
    assert got["Monday"].value == "XXXX-WXX-1"
    assert got["last month"].value == "XXXX-XX"
    assert got["16 January"].value == "XXXX-01-16"
    assert got["Monday"].start is None
    assert got["2021"].value == "2021"  # what is written stays resolved


def test_reference_may_be_date_naive_or_aware_datetime() -> None:
    text = "The market fell yesterday."
    naive = find_dates(text, reference=dt.datetime(2024, 3, 1, 8, 0))
    aware = find_dates(text, reference=dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.timezone.utc))
    day = find_dates(text, reference=dt.date(2024, 3, 1))
    assert naive[0].value == aware[0].value == day[0].value == "2024-02-29"


def test_end_is_exclusive_for_every_granularity() -> None:
    ref = dt.date(2024, 2, 10)
    text = "It rained on 9 February 2024, in February 2024, in 2024 and last week."
    for m in find_dates(text, reference=ref):
        assert m.start is not None and m.end is not None
        assert m.start < m.end
    by_text = {m.text: m for m in find_dates(text, reference=ref)}
    assert by_text["February 2024"].end == dt.datetime(2024, 3, 1)
    assert by_text["last week"].start == dt.datetime(2024, 1, 29)


def test_leap_day_and_impossible_days() -> None:
    assert [m.value for m in find_dates("Born on 29 February 2024.")] == ["2024-02-29"]
    assert [m.text for m in find_dates("Not real: 30 February 2023.")] == []


def test_clock_time_keeps_zone() -> None:
    (m,) = find_dates("Markets open at 9:30 a.m. EST.", reference=dt.date(2024, 1, 8))
    assert m.value == "2024-01-08T09:30-05:00"
    assert m.start is not None and m.start.utcoffset() == dt.timedelta(hours=-5)


# -- the interface -----------------------------------------------------------------------


def test_blocks_limit_what_is_read() -> None:
    text = "Monday headline\nOn Tuesday it rained.\nWednesday footer"
    start = text.index("On Tuesday")
    block = Block(text=text[start : start + 21], span=Span(start=start, end=start + 21),
                  label="body")  # fmt: skip
    got = find_dates(text, reference=dt.date(2022, 10, 27), blocks=[block])
    assert [m.text for m in got] == ["Tuesday"]
    assert got[0].span.start == text.index("Tuesday")


def test_argument_errors() -> None:
    with pytest.raises(InputTypeError):
        find_dates(b"Monday")  # type: ignore[arg-type]
    with pytest.raises(OptionError):
        find_dates("Monday", reference="2022-10-27")  # type: ignore[arg-type]


def test_import_does_not_load_dateparser() -> None:
    code = "import sys, newsparse, newsparse.dates; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- invariants and robustness --------------------------------------------------------------

_WORDS = [
    "on", "Thursday", "May", "may", "march", "March", "in", "2022", "27", "October", "Oct.",
    "last", "next", "this", "week", "month", "year", "ago", "two", "days", "the", "1990s",
    "Q3", "at", "3", "p.m.", "14:30", "GMT", "every", "from", "to", "-", "and", "between",
    "10/27/2022", "27/10/2022", "we", "second", ",", ".", "\n", "’90s", "mid-2023", "now",
    "9:00", "GMT", "EST", "3pm", "to", "from", "midnight", "until", "noon", "later", "the next",
    "day", "night", "Christmas", "fiscal", "2010-2015", "Jan 16-20", "a", "few", "half", "hours",
    "summer", "the end of", "quarter", "weekend", "twice", "daily", "1,000", "3-1", "will",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.sampled_from([None, dt.date(2022, 10, 27)]))
def test_spans_always_spell_the_text(words: list[str], ref: dt.date | None) -> None:
    text = " ".join(words)
    found = find_dates(text, reference=ref)
    last_end = -1
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert m.text == m.text.strip() and m.text
        assert m.span.start >= last_end  # in order, not overlapping
        last_end = m.span.end
        if m.start is not None and m.end is not None:
            assert m.start < m.end


@pytest.mark.parametrize("ref", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_calendar_edges_drop_what_cannot_be_dated(ref: dt.date) -> None:
    text = "next year, tomorrow, yesterday, next week, the 1990s, two days later, last winter"
    found = find_dates(text, reference=ref)
    assert found  # what can be dated still is
    for m in found:
        assert text[m.span.start : m.span.end] == m.text


_WORST = [
    "1" * 20000,
    "1/" * 10000,
    "12-" * 7000,
    "January 1-" * 2000,
    "a " * 10000 + "years",
    "the " * 5000,
    "in " * 6000,
    "two and a half " * 1500,
    "2020 " * 4000,
    "12:30:" * 3000,
    "'90s" * 4000,
    "Monday, " * 3000,
    "last last last " * 1500,
    " " * 30000 + "Monday",
    "early-mid-late-" * 2000,
]


@pytest.mark.parametrize("text", _WORST, ids=[w[:12].strip() or "spaces" for w in _WORST])
def test_worst_case_inputs_stay_fast(text: str) -> None:
    t0 = time.perf_counter()
    find_dates(text, reference=dt.date(2022, 10, 27))
    find_dates(text.replace(" ", "\n"))
    assert time.perf_counter() - t0 < 5.0


def test_each_date_names_the_rule_that_read_it() -> None:
    ref = dt.datetime(2024, 3, 1)
    text = "On Thursday, last month and January 16-20, for five days."
    rules = {d.text: d.rule for d in find_dates(text, reference=ref)}
    assert rules == {
        "Thursday": "weekday",
        "last month": "relative",
        "January 16-20": "md_range",
        "five days": "duration",
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said he was arrested on the 31st.", "2024-01-31"),
        ("The deal was signed on the 30th.", "2024-01-30"),
        ("He left on the 2nd.", "2024-03-02"),
    ],
)
def test_ordinal_day_skips_a_month_without_that_day(text: str, value: str) -> None:
    # Told on 5 March, "the 31st" in the past is not 31 February (no date at all) but January.
    (d,) = find_dates(text, reference=dt.datetime(2024, 3, 5))
    assert d.value == value
