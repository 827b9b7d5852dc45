"""Every script in examples/ runs and does what its docstring says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import newsparse

from .conftest import ROOT

EXAMPLES = ROOT / "examples"


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_parse_article_example() -> None:
    result = run("parse_article.py")
    assert result.returncode == 0, result.stderr
    assert "Headline: Port city votes" in result.stdout
    assert "Dateline: HARBOURTON, Norway AP" in result.stdout


def test_to_jsonl_example(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Bridge reopens\n\nTraffic crossed the bridge again on Monday.", "utf-8")
    out = tmp_path / "out.jsonl"
    result = run("to_jsonl.py", str(out), str(src))
    assert result.returncode == 0, result.stderr
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["source"] == str(src)
    assert newsparse.Document.from_dict(record["document"]).articles


def test_every_example_is_tested() -> None:
    tested = {"parse_article.py", "to_jsonl.py"}
    present = {p.name for p in EXAMPLES.glob("*.py")}
    assert present <= tested | {"dask_corpus.py"}, present - tested  # dask: tests/test_dask.py
