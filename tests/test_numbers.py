"""Tests of the quantity stage: golden cases, invariants, speed, robustness."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.models import Block, Quantity, Span
from newsparse.numbers import find_quantities

from .conftest import case_params, load_cases

CASES = Path(__file__).parent / "cases" / "quantities"
FIELDS = ("value", "low", "high", "unit", "counted", "qualifier")


def _load(name: str) -> list[dict[str, Any]]:
    return load_cases("quantities", name)


def _same(got: object, want: object) -> bool:
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, float) and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)
    return got == want


def _matches(q: Quantity, item: dict[str, Any]) -> bool:
    if q.text != item["text"]:
        return False
    return all(_same(getattr(q, f), item[f]) for f in FIELDS if f in item)


def _check(case: dict[str, Any]) -> None:
    found = find_quantities(case["text"])
    for q in found:
        assert case["text"][q.span.start : q.span.end] == q.text
    for item in case["expect"]:
        assert any(_matches(q, item) for q in found), (item, found)
    if case.get("only", True):
        assert len(found) == len(case["expect"]), found


def _params(name: str, *, xfail: bool = False) -> list[Any]:
    return case_params("quantities", name, id_key="text", xfail=xfail)


@pytest.mark.parametrize("case", _params("synthetic.json"))
def test_synthetic(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("in_the_wild.json"))
def test_in_the_wild(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("negative.json"))
def test_negative(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("known_failure.json", xfail=True))
def test_known_failure(case: dict[str, Any]) -> None:
    _check(case)


def test_case_files_are_well_formed() -> None:
    for path in CASES.glob("*.json"):
        for case in _load(path.name):
            assert set(case) <= {"text", "expect", "only", "reason"}, path
            for item in case["expect"]:
                assert set(item) <= {"text", *FIELDS}, item
                assert item["text"] in case["text"], item


def test_blocks_limit_where_it_reads() -> None:
    text = "Skip 400 drones.\nRead 500 drones."
    block = Block(text="Read 500 drones.", span=Span(start=17, end=33), label="body")
    found = find_quantities(text, blocks=[block])
    assert [q.value for q in found] == [500.0]
    assert found[0].span.start >= 17


def test_quantities_do_not_overlap_and_are_ordered() -> None:
    text = "Between 10 and 20 people, over 30%, $5m-$10m and 7 km in 3 days; dozens more."
    found = find_quantities(text)
    assert len(found) >= 5
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


def test_value_or_bounds() -> None:
    for q in find_quantities("About 40 boats, 10-20 cars and thousands of bikes."):
        assert (q.value is None) == (q.low is not None and q.high is not None)
        if q.low is not None and q.high is not None:
            assert q.low < q.high


def test_rejects_non_text() -> None:
    from newsparse.errors import InputTypeError

    with pytest.raises(InputTypeError):
        find_quantities(b"12 apples")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-–/:$%kmbnM of and to thousands dozen\n", max_size=80))
def test_spans_always_round_trip(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.span.start : q.span.end] == q.text
        assert q.text.strip() == q.text


@pytest.mark.parametrize("text", ["0$ 0", "It cost 5$ 10 times over."])
def test_quantity_clipped_by_the_one_before_has_no_leading_space(text: str) -> None:
    # (found by the round-trip property above: the second number read the first one's "$")
    found = find_quantities(text)
    assert len(found) == 2
    for q in found:
        assert text[q.span.start : q.span.end] == q.text == q.text.strip()


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    "piece",
    [
        "1,",
        "1 ",
        "9" * 50,
        "- ",
        "1-",
        "between 1 and ",
        "tens of ",
        "$",
        "one ",
        "1/",
        "a",
        "http://a.b/1 2 ",
        "1 000 ",
        "12 min ",
        "+1 (2) ",
        "more than ",
        "1.",
        "one-",
        "a@",
        "1@",
        "a.b@c",
        "x" * 999 + "@",
        "www.",
        "1 kmk",
        "°" * 50 + "1",
    ],
)
def test_no_catastrophic_backtracking(piece: str) -> None:
    text = piece * (40_000 // len(piece) + 1)
    start = time.process_time()
    find_quantities(text)
    assert time.process_time() - start < 5


def test_import_does_not_load_quantulum() -> None:
    code = "import sys, newsparse; print('quantulum3' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_speed_on_synthetic_news() -> None:
    para = (
        "More than 1,400 people left 12 camps in five days, officials said on Monday 3 May.\n"
        "The ministry said it spent $3.2bn, about 40 percent of which went to 300 schools.\n"
        "Nobody else was named in the report, which ran to several pages of plain prose.\n"
    )
    text = para * 2000
    start = time.process_time()
    find_quantities(text)
    rate = len(text) / (time.process_time() - start)
    assert rate > 250_000, f"{rate / 1e6:.2f} MB/s"


def test_lowered_keeps_the_length_where_lower_case_grows() -> None:
    # "İ" lowers to two characters: then only ASCII letters are lowered (offsets must hold).
    from newsparse._numbers_scan import lowered

    ascii_lower = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
    for text in ("İSTANBUL: Üç MİLYON kişi", "TWO İ", "İ", "Over TWO Hundred"):
        low = lowered(text)
        assert len(low) == len(text)
        expected = text.lower() if len(text.lower()) == len(text) else text.translate(ascii_lower)
        assert low == expected


def test_each_quantity_names_the_rule_that_read_it() -> None:
    text = "Around 400 drones, five days, 10 to 20 boats and tens of billions of dollars."
    rules = {q.text: q.rule for q in find_quantities(text)}
    assert rules["Around 400 drones"] == "digits"
    assert rules["five days"] == "words"
    assert rules["10 to 20 boats"] == "range"
    assert rules["tens of billions of dollars"] == "vague"
