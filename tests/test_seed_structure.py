"""The seed's structure items (../shared/seed/expected.json) hold, and its spans are valid."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import newsparse

from .conftest import ROOT, assert_spans_valid, shared_path


def test_seed_structure_check_passes() -> None:
    script = shared_path("seed", "check_seed.py")
    run = subprocess.run(
        [sys.executable, str(script), "--only", "structure"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "core=19/19" in run.stdout


def test_seed_parse_has_valid_spans_and_round_trips() -> None:
    text = shared_path("seed", "000_b1ea71941a29e430.txt").read_text(encoding="utf-8")
    expected = json.loads(shared_path("seed", "expected.json").read_text(encoding="utf-8"))
    doc = newsparse.parse(text, now=dt.datetime.fromisoformat(expected["now"]))
    assert len(doc.articles) == len(expected["articles"])
    assert_spans_valid(doc)
    assert newsparse.Document.from_json(doc.to_json()) == doc
