"""The command line: formats, stdin, errors per file, exit codes, the demo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main

from .conftest import shared_path

STORY = (
    "Ferry service resumes after storm\nUpdated 2 hours ago\n\n"
    "The first ferry in three days left the harbour this morning with a full load of "
    "passengers and cars.\n"
)


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_demo_prints_a_readable_summary() -> None:
    run = run_cli("--demo")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("== Article 1: Port city votes")
    assert "By: Priya Natarajan, Tomas Lind" in run.stdout
    assert "Dateline: HARBOURTON, Norway (AP)" in run.stdout


def test_seed_as_json_gives_two_articles() -> None:
    seed = shared_path("seed", "000_b1ea71941a29e430.txt")
    run = run_cli("--format", "json", str(seed), "--now", "2026-01-21T12:00")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert len(data["articles"]) == 2
    assert newsparse.Document.from_dict(data).articles[1].updated is not None


def test_missing_file_is_reported_and_others_still_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    run = run_cli("--format", "jsonl", str(tmp_path / "missing.txt"), str(good))
    assert run.returncode == 2
    assert run.stderr.strip() == f"newsparse: {tmp_path / 'missing.txt'}: no such file"
    lines = run.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source"] == str(good)


def test_directory_is_an_error_not_a_crash(tmp_path: Path) -> None:
    run = run_cli(str(tmp_path))
    assert run.returncode == 2
    assert "is a directory" in run.stderr


def test_stdin_and_now(tmp_path: Path) -> None:
    run = run_cli("-", "--format", "json", "--now", "2025-05-02T12:00", stdin=STORY)
    assert run.returncode == 0, run.stderr
    doc = newsparse.Document.from_json(run.stdout)
    updated = doc.articles[0].updated
    assert updated is not None and updated.value is not None
    assert updated.value.isoformat() == "2025-05-02T10:00:00"


def test_bad_now_is_a_usage_error() -> None:
    run = run_cli("--demo", "--now", "yesterday")
    assert run.returncode == 2
    assert "ISO 8601" in run.stderr


def test_windows_1252_file_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(STORY.replace("ferry", "ferry caf\u00e9").encode("cp1252"))
    run = run_cli(str(path), "--format", "json")
    assert run.returncode == 0
    assert "Windows-1252" in run.stderr
    assert "caf\u00e9" in json.loads(run.stdout)["text"]


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    run = run_cli(str(path), "--format", "json")
    assert run.returncode == 0 and run.stderr == ""
    assert json.loads(run.stdout)["text"] == STORY


def test_several_inputs_in_json_form_a_list(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text(STORY, encoding="utf-8")
    assert main(["--format", "json", str(a), str(b)]) == 0


def test_in_process_main_returns_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/file"]) == 2
    assert "no such file" in capsys.readouterr().err
