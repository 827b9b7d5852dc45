"""parse_many and the command line's corpus mode: order, workers, failures per file."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.batch import ordered_map

TEMPLATE = (
    "Town {n} opens new library\n\nBy Ana Ruiz\n\n"
    "The town of Number {n} opened its new library on Saturday after two years of work on the "
    "old market hall.\n"
)


def texts(count: int) -> list[str]:
    return [TEMPLATE.format(n=n) for n in range(count)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_keeps_input_order_and_equals_parse(jobs: int) -> None:
    items = texts(23)
    docs = list(newsparse.parse_many(iter(items), jobs=jobs))
    assert docs == [newsparse.parse(t) for t in items]


def test_parse_many_checks_options_at_call_time() -> None:
    with pytest.raises(ValueError, match=r"^jobs:"):
        newsparse.parse_many([], jobs=0)
    with pytest.raises(newsparse.OptionError, match=r"^now:"):
        newsparse.parse_many([], now="today")  # type: ignore[arg-type]


def test_parse_many_reports_non_str_items() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        list(newsparse.parse_many([b"bytes"], jobs=1))  # type: ignore[list-item]


def test_ordered_map_is_lazy_in_a_bounded_window() -> None:
    pulled = []

    def source() -> object:
        for n in range(100):
            pulled.append(n)
            yield n

    results = ordered_map(abs, source(), jobs=2)  # type: ignore[arg-type]
    assert next(results) == 0
    assert len(pulled) < 100  # not everything was read up front
    assert list(results) == list(range(1, 100))


def test_documents_pickle_for_workers() -> None:
    doc = newsparse.parse(texts(1)[0])
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_cli_corpus_mode_directory_glob_and_jobs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for n, text in enumerate(texts(6)):
        folder = tmp_path / "sub" if n % 2 else tmp_path
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "--jobs", "2", "--format", "jsonl", str(tmp_path),
         str(tmp_path / "nothing-*.txt")],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert run.returncode == 2  # the pattern matched nothing, and says so
    assert "no file matches this pattern" in run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == 6
    sources = [Path(r["source"]).name for r in rows]
    assert sources == sorted(sources, key=lambda s: (s in {"01.txt", "03.txt", "05.txt"}, s))
    assert "\r[" not in run.stderr  # no progress bar when stderr is not a terminal


def test_cli_empty_directory_is_reported(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", str(tmp_path)],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert run.returncode == 2
    assert "without .txt files" in run.stderr
