"""A few seconds of the fuzz target, so it keeps working; the long runs are done by hand."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from .fuzz_parse import _text_from_bytes, check

TARGET = Path(__file__).with_name("fuzz_parse.py")


def test_check_accepts_odd_text_and_decodes_every_mode() -> None:
    for data in (b"", b"\x00caf\xc3\xa9\n\n\xe2\x80\x9cHi,\xe2\x80\x9d she said.", b"\x01\xff\x00",
                 b"\x02" + (0xD800).to_bytes(3, "little") + (0x1F600).to_bytes(3, "little")):
        text = _text_from_bytes(data)
        assert "\ud800" not in text
        check(text)
    assert _text_from_bytes(b"\x02" + (0x1F600).to_bytes(3, "little")) == "\U0001f600"


@pytest.mark.timeout(120)
def test_hypothesis_mode_runs_for_its_budget() -> None:
    run = subprocess.run(
        [sys.executable, str(TARGET), "--hypothesis", "--seconds", "3", "--seed", "8"],
        capture_output=True, text=True, check=False, timeout=110,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "no failure" in run.stdout


@pytest.mark.timeout(120)
@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed")
def test_atheris_mode_runs(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(TARGET), "-runs=30", "-seed=8", str(tmp_path / "corpus")],
        capture_output=True, text=True, check=False, timeout=110,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Done" in run.stderr
    assert len(list((tmp_path / "corpus").iterdir())) >= 4  # seeded with our fixture articles
