"""The ``newsparse`` command: read files or stdin, parse, print a summary or JSON.

No parsing logic lives here: this module reads inputs, calls :func:`newsparse.parse` and
formats what it returns.

>>> main(["--demo", "--format", "text"])  # doctest: +ELLIPSIS
== Article 1: Port city votes to rebuild flood wall after record storm surge
...
0
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import glob
import json
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TextIO

from newsparse import __version__
from newsparse.api import parse
from newsparse.batch import default_jobs, ordered_map
from newsparse.errors import OptionError
from newsparse.models import Article, Document

__all__ = ["main", "summary"]

#: Exit code when any input could not be read (the others are still processed).
EXIT_INPUT_ERROR = 2


@dataclass(frozen=True)
class _Input:
    """One input read: where it came from and its text, or the error met reading it."""

    source: str
    text: str | None
    error: str | None = None
    note: str | None = None


def demo_text() -> str:
    """The sample article that ships with the package (written by the newsparse authors).

    >>> demo_text().splitlines()[0]
    'Port city votes to rebuild flood wall after record storm surge'
    """
    return resources.files("newsparse").joinpath("data/sample.txt").read_text(encoding="utf-8")


#: Byte-order marks read without ``--encoding`` (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes, encoding: str | None) -> tuple[str, str | None]:
    """Decode ``data``: the encoding asked for, else by its UTF-16/32 byte-order mark, else
    UTF-8 (BOM dropped), else Windows-1252; the note says when a fallback was used.

    >>> _decode("é".encode("utf-16"), None)
    ('é', 'read as UTF-16 (byte-order mark)')
    """
    if encoding is not None:
        return data.decode(encoding), None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), f"read as {name.upper()} (byte-order mark)"
            except UnicodeDecodeError:
                break  # not really that encoding: try the others
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "not UTF-8: read as Windows-1252"


#: File names read from a directory given on the command line.
TEXT_SUFFIXES = (".txt", ".text")


def expand_paths(args: Sequence[str]) -> list[str]:
    """The inputs named on the command line: directories give their text files (recursively,
    sorted), glob patterns their matches; anything else is kept as named, to be reported.

    >>> expand_paths(["-", "/no/such/file.txt"])
    ['-', '/no/such/file.txt']
    """
    paths: list[str] = []
    for arg in args:
        p = Path(arg)
        if arg != "-" and p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*") if f.suffix.lower() in TEXT_SUFFIXES and f.is_file()
            )
            paths.extend(found or [arg])  # an empty directory is reported, not skipped
        elif arg != "-" and not p.exists() and glob.has_magic(arg):
            paths.extend(sorted(glob.glob(arg, recursive=True)) or [arg])
        else:
            paths.append(arg)
    return paths


def _read_inputs(paths: Sequence[str], encoding: str | None) -> Iterator[_Input]:
    for path in paths:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                p = Path(path)
                if p.is_dir():
                    yield _Input(path, None, "is a directory without .txt files")
                    continue
                if not p.exists() and glob.has_magic(path):
                    yield _Input(path, None, "no file matches this pattern")
                    continue
                data = p.read_bytes()
            text, note = _decode(data, encoding)
        except FileNotFoundError:
            yield _Input(path, None, "no such file")
        except PermissionError:
            yield _Input(path, None, "permission denied")
        except UnicodeDecodeError as exc:
            yield _Input(path, None, _decode_error(exc))
        except OSError as exc:
            yield _Input(path, None, (exc.strerror or str(exc)).lower())
        except LookupError as exc:
            yield _Input(path, None, str(exc))
        else:
            yield _Input(path, text, None, note)


def _decode_error(exc: UnicodeDecodeError) -> str:
    """A decoding failure in words, with what to try next.

    >>> try:
    ...     b"caf\\xe9".decode("ascii")
    ... except UnicodeDecodeError as exc:
    ...     print(_decode_error(exc))
    not ascii text: byte 0xe9 at offset 3; give its encoding with --encoding
    """
    bad = exc.object[exc.start : exc.start + 1].hex()
    return (
        f"not {exc.encoding} text: byte 0x{bad} at offset {exc.start}; "
        "give its encoding with --encoding"
    )


def _check_encoding(ap: argparse.ArgumentParser, encoding: str | None) -> None:
    """Stop with a usage error when ``--encoding`` names no codec Python knows."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        ap.error(f"--encoding: unknown encoding {encoding!r} (e.g. utf-8, cp1252, latin-1)")


def _when(value: dt.datetime | None) -> str:
    return value.isoformat(sep=" ") if value is not None else "unresolved"


def _article_summary(n: int, article: Article) -> Iterator[str]:
    head = article.headline.text if article.headline else "(no headline)"
    yield f"== Article {n}: {head}"
    if article.byline:
        yield f"By: {', '.join(article.byline.authors) or article.byline.text}"
    for stamp in (article.published, article.updated):
        if stamp is not None:
            yield f"{stamp.kind.capitalize()}: {_when(stamp.value)}  ({stamp.text})"
    if article.dateline:
        agency = f" ({article.dateline.agency})" if article.dateline.agency else ""
        yield f"Dateline: {article.dateline.location}{agency}"
    if article.caption:
        credit = f"  [credit: {article.caption.credit}]" if article.caption.credit else ""
        yield f"Caption: {article.caption.text}{credit}"
    for bullet in article.bullets:
        yield f"  • {bullet.text}"
    words = sum(len(p.text.split()) for p in article.paragraphs)
    yield f"Body: {len(article.paragraphs)} paragraphs, {words} words"
    if article.quotes:
        yield f"Quotes ({len(article.quotes)}):"
        by_speaker: dict[str, list[str]] = {}
        for q in article.quotes:
            who = q.speaker.name if q.speaker else "(unattributed)"
            if q.speaker and q.speaker.title:
                who += f", {q.speaker.title}"
            cue = f", {q.cue}" if q.cue else ""
            by_speaker.setdefault(who, []).append(f"    [{q.kind}{cue}] “{q.text}”")
        for who, lines in by_speaker.items():
            yield f"  {who}:"
            yield from lines
    if article.quantities:
        yield f"Quantities ({len(article.quantities)}):"
        for x in article.quantities:
            if x.value is not None:
                amount = f"{x.value:g}"
            else:
                low = "?" if x.low is None else f"{x.low:g}"
                high = "?" if x.high is None else f"{x.high:g}"
                amount = f"{low}..{high}"
            unit = f" {x.unit}" if x.unit else ""
            counted = f" of {x.counted}" if x.counted else ""
            yield f"  {x.text!r} → {amount}{unit}{counted} ({x.qualifier})"
    if article.dates:
        yield f"Dates ({len(article.dates)}):"
        for d in article.dates:
            interval = ""
            if d.start is not None and d.end is not None:
                interval = f" [{d.start.date().isoformat()} .. {d.end.date().isoformat()})"
            yield f"  {d.text!r} → {d.value} ({d.type}){interval}"


def summary(doc: Document) -> str:
    """A readable summary of a parsed document: parts first, then quotes, quantities, dates.

    >>> print(summary(parse("Council backs new bridge plan\\n\\nThe council voted for it.")))
    == Article 1: Council backs new bridge plan
    Body: 1 paragraphs, 5 words
    """
    if not doc.articles:
        return "(no article found)"
    return "\n\n".join(
        "\n".join(_article_summary(n, a)) for n, a in enumerate(doc.articles, start=1)
    )


def _moment(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 date or datetime such as 2026-01-21T12:00, not {value!r}"
        ) from None


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse news text into articles, quotes, quantities and dates.",
        epilog="Also: 'newsparse render FILE [-o OUT.html]' draws an annotated HTML page.",
    )
    ap.add_argument("files", nargs="*",
                    help="text files, directories (their .txt files) or glob patterns; "
                         "'-' reads stdin")
    ap.add_argument("--demo", action="store_true", help="parse the sample article shipped inside")
    ap.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                    help="text: a summary to read; json: the Document (a list for several "
                         "inputs); jsonl: one {source, document} object per line")
    ap.add_argument("--now", type=_moment, help="when the text was captured (ISO 8601)")
    ap.add_argument("--published", type=_moment, help="publication time when the text has none")
    ap.add_argument("--encoding", help="the files' encoding (default: UTF-8, else Windows-1252)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="worker processes (default 1; 0 means one per core)")
    ap.add_argument("--no-progress", action="store_true",
                    help="no progress bar (there is none when stderr is not a terminal)")
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return ap


def _render_main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(prog="newsparse render",
                                 description="Draw a parsed document as one HTML page.")
    ap.add_argument("file", help="text file to parse; '-' reads stdin")
    ap.add_argument("-o", "--output", help="where to write the page (default: stdout)")
    ap.add_argument("--now", type=_moment, help="when the text was captured (ISO 8601)")
    ap.add_argument("--published", type=_moment, help="publication time when the text has none")
    ap.add_argument("--encoding", help="the file's encoding (default: UTF-8, else Windows-1252)")
    args = ap.parse_args(argv)
    _check_encoding(ap, args.encoding)
    from newsparse.render import render_html  # noqa: PLC0415 - only this command needs it

    (item,) = _read_inputs([args.file], args.encoding)
    if item.text is None:
        print(f"newsparse: {item.source}: {item.error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    page = render_html(parse(item.text, now=args.now, published=args.published))
    if args.output:
        Path(args.output).write_text(page, encoding="utf-8")
    else:
        sys.stdout.write(page)
    return 0


def _emit(docs: Iterable[tuple[str, Document]], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for source, doc in docs:
            out.write(json.dumps({"source": source, "document": doc.to_dict()},
                                 ensure_ascii=False) + "\n")
            out.flush()
        return
    items = list(docs)
    if fmt == "json":
        data = [d.to_dict() for _, d in items]
        if len(data) == 1:
            out.write(json.dumps(data[0], ensure_ascii=False, indent=2) + "\n")
        elif data:
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    for n, (source, doc) in enumerate(items):
        if len(items) > 1:
            out.write(("\n" if n else "") + f"# {source}\n")
        out.write(summary(doc) + "\n")


_Job = tuple[str, str, "dt.datetime | None", "dt.datetime | None"]


def _parse_job(job: _Job) -> tuple[str, Document | None, str | None]:
    """Parse one input in a worker; a failure is returned as text, never raised."""
    source, text, now, published = job
    try:
        return source, parse(text, now=now, published=published), None
    except Exception as exc:  # one bad input must not stop a corpus run
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return source, None, f"parse failed: {last}"


class _Progress:
    """A one-line progress bar on stderr, shown only on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 1 and sys.stderr is not None and sys.stderr.isatty()

    def step(self, source: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} {source[-40:]:40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (2 when any input failed).

    Inputs that cannot be read or parsed are reported one line each on stderr; the others
    are still processed and printed.

    >>> main(["--format", "jsonl", "/no/such/file.txt"])
    2
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["render"]:
        return _render_main(args_list[1:])
    ap = _parser()
    args = ap.parse_args(args_list)
    _check_encoding(ap, args.encoding)
    if args.jobs < 0:
        ap.error("--jobs must be 0 (one per core) or more")
    jobs = args.jobs or default_jobs()
    if not args.files and not args.demo:
        if sys.stdin is None or sys.stdin.isatty():
            ap.error("give files to parse, '-' for stdin, or --demo")
        args.files = ["-"]
    paths = expand_paths(args.files)
    status = 0
    progress = _Progress(len(paths) + int(args.demo), not args.no_progress)

    def jobs_to_run() -> Iterator[_Job]:
        nonlocal status
        if args.demo:
            yield "<demo>", demo_text(), args.now, args.published
        for item in _read_inputs(paths, args.encoding):
            if item.text is None:
                print(f"newsparse: {item.source}: {item.error}", file=sys.stderr)
                status = EXIT_INPUT_ERROR
                progress.step(item.source)
                continue
            if item.note:
                print(f"newsparse: {item.source}: {item.note}", file=sys.stderr)
            yield item.source, item.text, args.now, args.published

    def documents() -> Iterator[tuple[str, Document]]:
        nonlocal status
        for source, doc, error in ordered_map(_parse_job, jobs_to_run(), jobs=jobs):
            progress.step(source)
            if doc is None:
                print(f"newsparse: {source}: {error}", file=sys.stderr)
                status = EXIT_INPUT_ERROR
                continue
            yield source, doc

    try:
        _emit(documents(), args.format, sys.stdout)
    except OptionError as exc:
        ap.error(str(exc))
    finally:
        progress.close()
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
