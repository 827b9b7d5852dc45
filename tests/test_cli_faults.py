"""The command line under faults: one clear message per bad input, exit code 2, nothing lost.

Complements tests/test_cli.py (missing file, directory, Windows-1252, BOM) and
tests/test_batch.py (empty directory, unmatched glob). Most tests call ``main`` in this
process, which is quicker than a subprocess and sees the same code.
"""

from __future__ import annotations

import io
import json
import os
import pathlib
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main

STORY = (
    "Harbour bridge to close for repairs\n"
    "By Lena Fischer\n\n"
    "The old harbour bridge will close for six weeks from 3 June, the city said on Friday, "
    "while engineers replace 40 steel cables.\n"
)
CAFE_STORY = STORY.replace("engineers", "café owners and engineers")


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    """Run ``newsparse ARGS`` in this process: exit code, stderr lines, stdout."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, err.splitlines(), out


def rows(out: str) -> dict[str, newsparse.Document]:
    """The ``--format jsonl`` output as {source: document}."""
    found = {}
    for line in out.splitlines():
        row = json.loads(line)
        found[row["source"]] = newsparse.Document.from_dict(row["document"])
    return found


def write(path: Path, text: str = STORY) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_every_fault_at_once_one_message_each_and_nothing_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.txt")
    missing = str(tmp_path / "missing.txt")
    empty_dir = tmp_path / "empty_dir"
    empty_dir.mkdir()
    (empty_dir / "notes.md").write_text("not a text file", encoding="utf-8")
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    through_file = str(tmp_path / "good.txt" / "child.txt")
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(CAFE_STORY.encode("cp1252"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    empty = write(tmp_path / "empty.txt", "")
    last = write(tmp_path / "last.txt")

    code, err, out = run_main(
        capsys, "--format", "jsonl", good, missing, str(empty_dir), str(dangling),
        through_file, str(cp1252), str(bom), empty, last,
    )
    assert code == 2
    assert err == [
        f"newsparse: {missing}: no such file",
        f"newsparse: {empty_dir}: is a directory without .txt files",
        f"newsparse: {dangling}: no such file",
        f"newsparse: {through_file}: not a directory",
        f"newsparse: {cp1252}: not UTF-8: read as Windows-1252",
    ]
    docs = rows(out)
    assert list(docs) == [good, str(cp1252), str(bom), empty, last]  # in input order
    assert docs[good].text == docs[last].text == docs[str(bom)].text == STORY
    assert docs[str(cp1252)].text == CAFE_STORY
    assert docs[empty].text == "" and docs[empty].articles == ()


def test_unreadable_file_is_reported_and_others_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path / "good.txt")
    locked = tmp_path / "locked.txt"
    write(locked)
    locked.chmod(0)
    try:
        readable = os.access(locked, os.R_OK)  # root reads any file whatever its mode
        if readable:
            # chmod cannot stop root, so the refusal the OS would give is made here: the CLI's
            # handling of it (the message, the exit code, the other inputs) is what is tested.
            real = pathlib.Path.read_bytes

            def refuse(self: Path) -> bytes:
                if self == locked:
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self)

            monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
        code, err, out = run_main(capsys, "--format", "jsonl", str(locked), good)
    finally:
        locked.chmod(0o644)
    assert code == 2
    assert err == [f"newsparse: {locked}: permission denied"]
    assert list(rows(out)) == [good]


def test_empty_and_blank_files_are_documents_without_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = write(tmp_path / "empty.txt", "")
    blank = write(tmp_path / "blank.txt", " \n\n\t\r\n")
    code, err, out = run_main(capsys, empty, blank)
    assert code == 0 and err == []
    assert out.count("(no article found)") == 2


def test_fifty_megabyte_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 50 MB file is read and parsed whole: the story at its end is found.

    The bulk is blank lines and spaces, which the parser skips quickly; the test is about
    reading and decoding a file this size, not about parsing speed (test_adversarial has that).
    """
    big = tmp_path / "big.txt"
    filler = (" " * 99 + "\n").encode("ascii")
    with big.open("wb") as f:
        f.write(STORY.encode("utf-8"))
        for _ in range(50):
            f.write(filler * 10_000)  # 1 MB at a time
        f.write(("\n\n" + STORY).encode("utf-8"))
    assert big.stat().st_size > 50_000_000
    good = write(tmp_path / "good.txt")
    code, err, out = run_main(capsys, "--format", "text", str(big), good)
    assert code == 0, err
    assert err == []
    assert out.count("== Article") >= 3
    assert out.count("Harbour bridge to close for repairs") >= 3


def test_encoding_option_reads_what_the_default_cannot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(CAFE_STORY.encode("latin-1"))
    code, err, out = run_main(capsys, "--encoding", "latin-1", "--format", "json", str(latin))
    assert code == 0 and err == []  # asked for, so no fallback note
    assert json.loads(out)["text"] == CAFE_STORY

    koi8 = tmp_path / "koi8.txt"
    russian = "Мост закроют на ремонт\n\nСтарый мост закроют на шесть недель.\n"
    koi8.write_bytes(russian.encode("koi8-r"))
    code, err, out = run_main(capsys, "--encoding", "koi8-r", "--format", "json", str(koi8))
    assert code == 0
    assert json.loads(out)["text"] == russian


def test_wrong_encoding_is_a_clear_error_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    utf8 = write(tmp_path / "utf8.txt", CAFE_STORY)
    plain = write(tmp_path / "plain.txt")
    code, err, out = run_main(capsys, "--encoding", "ascii", "--format", "jsonl", utf8, plain)
    assert code == 2
    offset = CAFE_STORY.encode("utf-8").index(b"\xc3")
    assert err == [
        f"newsparse: {utf8}: not ascii text: byte 0xc3 at offset {offset}; "
        "give its encoding with --encoding"
    ]
    assert list(rows(out)) == [plain]


def test_unknown_encoding_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.txt")
    with pytest.raises(SystemExit) as info:
        main(["--encoding", "no-such-codec", good])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--encoding: unknown encoding 'no-such-codec'" in err
    assert err.count("no-such-codec") == 1  # said once, not once per file


@pytest.mark.parametrize(
    ("codec", "note"),
    [("utf-16", "read as UTF-16 (byte-order mark)"), ("utf-32", "read as UTF-32 (byte-order mark)")],
)
def test_utf16_and_utf32_with_a_byte_order_mark_are_read_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str, note: str
) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(CAFE_STORY.encode(codec))  # Python writes the BOM for these codecs
    code, err, out = run_main(capsys, "--format", "json", str(path))
    assert code == 0
    assert err == [f"newsparse: {path}: {note}"]
    assert json.loads(out)["text"] == CAFE_STORY


def test_undecodable_bytes_fall_back_and_keep_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes that are neither UTF-8 nor Windows-1252 (0x81 is unassigned) become U+FFFD."""
    path = tmp_path / "mixed.txt"
    path.write_bytes(STORY.encode("utf-8") + b"\x81\xff\x00 tail\n")
    code, err, out = run_main(capsys, "--format", "json", str(path))
    assert code == 0
    assert err == [f"newsparse: {path}: not UTF-8: read as Windows-1252"]
    text = json.loads(out)["text"]
    assert text.startswith(STORY) and text.endswith("\ufffd\u00ff\x00 tail\n")


def test_stdin_bytes_in_windows_1252(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Stdin:
        buffer = io.BytesIO(CAFE_STORY.encode("cp1252"))

        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", Stdin())
    code, err, out = run_main(capsys, "--format", "json")
    assert code == 0
    assert err == ["newsparse: -: not UTF-8: read as Windows-1252"]
    assert json.loads(out)["text"] == CAFE_STORY


def test_a_parse_failure_is_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """parse() is not known to raise; if it ever does, one input fails, not the run."""
    from newsparse import cli

    real = cli.parse

    def fragile(text: str, **kwargs: object) -> newsparse.Document:
        if "BOOM" in text:
            raise RuntimeError("stage broke")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "parse", fragile)
    bad = write(tmp_path / "bad.txt", "BOOM\n")
    good = write(tmp_path / "good.txt")
    code, err, out = run_main(capsys, "--format", "jsonl", bad, good)
    assert code == 2
    assert err == [f"newsparse: {bad}: parse failed: RuntimeError: stage broke"]
    assert list(rows(out)) == [good]


def test_faults_with_worker_processes(tmp_path: Path) -> None:
    """The same reporting with --jobs 2, where inputs are parsed in other processes."""
    files = [write(tmp_path / f"{n}.txt") for n in range(4)]
    missing = str(tmp_path / "missing.txt")
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "--jobs", "2", "--format", "jsonl",
         files[0], missing, *files[1:]],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert run.returncode == 2
    assert run.stderr.splitlines() == [f"newsparse: {missing}: no such file"]
    assert list(rows(run.stdout)) == files


def test_render_reports_a_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.txt")
    assert main(["render", missing]) == 2
    assert capsys.readouterr().err.strip() == f"newsparse: {missing}: no such file"
    with pytest.raises(SystemExit):
        main(["render", "--encoding", "no-such-codec", missing])
