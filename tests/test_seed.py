"""The seed (../shared/seed): every core and stretch item of ``expected.json`` holds, part by
part, as ``check_seed.py`` judges them; and the parse of it keeps the span invariants."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import pytest

import newsparse

from .conftest import ROOT, assert_spans_valid, shared_path

_SCORE = re.compile(r"^SEED \w+ core=(\d+)/(\d+) stretch=(\d+)/(\d+)$", re.MULTILINE)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("part", ["structure", "quotes", "quantities", "dates"])
def test_seed_items_hold(part: str) -> None:
    run = subprocess.run(
        [sys.executable, str(shared_path("seed", "check_seed.py")), "--only", part],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    score = _SCORE.search(run.stdout)
    assert score is not None, run.stdout
    core, core_all, stretch, stretch_all = map(int, score.groups())
    assert core == core_all > 0
    assert stretch == stretch_all, run.stdout  # the stretch items hold too: keep them


def test_seed_parse_has_valid_spans_and_round_trips() -> None:
    text = shared_path("seed", "000_b1ea71941a29e430.txt").read_text(encoding="utf-8")
    expected = json.loads(shared_path("seed", "expected.json").read_text(encoding="utf-8"))
    doc = newsparse.parse(text, now=dt.datetime.fromisoformat(expected["now"]))
    assert len(doc.articles) == len(expected["articles"])
    assert_spans_valid(doc)
    assert newsparse.Document.from_json(doc.to_json()) == doc
