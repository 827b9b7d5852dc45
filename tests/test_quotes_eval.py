"""The PolNeAR evaluation script runs on a small sample and gives sane figures."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "quotes_eval.py"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quotes_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eval_on_five_articles(capsys: pytest.CaptureFixture[str]) -> None:
    mod = _module()
    if not mod.DEFAULT_DATA.exists():
        pytest.fail(f"PolNeAR dev data not found at {mod.DEFAULT_DATA}")
    assert mod.main(["--limit", "5", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["articles"] == 5
    for key in ("all", "speech_cues", "direct"):
        fig = res[key]
        for name in ("precision", "recall", "f1", "speaker_accuracy"):
            assert 0.0 <= fig[name] <= 1.0
    # Sane, not tuned: the attributor finds quotes and most of what it finds is gold.
    assert res["all"]["gold"] > 0 and res["all"]["predicted"] > 0
    assert res["all"]["precision"] > 0.5
    assert res["speech_cues"]["recall"] >= res["all"]["recall"]


def test_speaker_match_rules() -> None:
    mod = _module()
    assert mod.speaker_match("Sen. Ann Lee", ["Ann Lee"])
    assert mod.speaker_match("the ministry", ["The Ministry"])
    assert not mod.speaker_match("the ministry", ["Ann Lee"])
    assert not mod.speaker_match("", ["Ann Lee"])


def test_missing_data_is_reported(tmp_path: Path) -> None:
    mod = _module()
    assert mod.main(["--data", str(tmp_path / "none.jsonl")]) == 2
