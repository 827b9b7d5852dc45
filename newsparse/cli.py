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
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TextIO

from newsparse import __version__
from newsparse.api import parse
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


def _decode(data: bytes, encoding: str | None) -> tuple[str, str | None]:
    """Decode ``data``: the encoding asked for, else UTF-8 (BOM dropped), else Windows-1252."""
    if encoding is not None:
        return data.decode(encoding), None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "not UTF-8: read as Windows-1252"


def _read_inputs(paths: Sequence[str], encoding: str | None) -> Iterator[_Input]:
    for path in paths:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                p = Path(path)
                if p.is_dir():
                    yield _Input(path, None, "is a directory")
                    continue
                data = p.read_bytes()
            text, note = _decode(data, encoding)
        except FileNotFoundError:
            yield _Input(path, None, "no such file")
        except PermissionError:
            yield _Input(path, None, "permission denied")
        except (OSError, UnicodeDecodeError, LookupError) as exc:
            yield _Input(path, None, str(exc))
        else:
            yield _Input(path, text, None, note)


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
    ap.add_argument("files", nargs="*", help="text files to parse; '-' reads stdin")
    ap.add_argument("--demo", action="store_true", help="parse the sample article shipped inside")
    ap.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                    help="text: a summary to read; json: the Document (a list for several "
                         "inputs); jsonl: one {source, document} object per line")
    ap.add_argument("--now", type=_moment, help="when the text was captured (ISO 8601)")
    ap.add_argument("--published", type=_moment, help="publication time when the text has none")
    ap.add_argument("--encoding", help="the files' encoding (default: UTF-8, else Windows-1252)")
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
        out.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2))
        out.write("\n")
        return
    for n, (source, doc) in enumerate(items):
        if len(items) > 1:
            out.write(("\n" if n else "") + f"# {source}\n")
        out.write(summary(doc) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (2 when any input could not be read).

    >>> main(["--format", "jsonl", "/no/such/file.txt"])
    2
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["render"]:
        return _render_main(args_list[1:])
    ap = _parser()
    args = ap.parse_args(args_list)
    if not args.files and not args.demo:
        if sys.stdin is None or sys.stdin.isatty():
            ap.error("give files to parse, '-' for stdin, or --demo")
        args.files = ["-"]
    status = 0
    inputs: list[_Input] = []
    if args.demo:
        inputs.append(_Input("<demo>", demo_text()))

    def documents() -> Iterator[tuple[str, Document]]:
        nonlocal status
        for item in [*inputs, *_read_inputs(args.files, args.encoding)]:
            if item.text is None:
                print(f"newsparse: {item.source}: {item.error}", file=sys.stderr)
                status = EXIT_INPUT_ERROR
                continue
            if item.note:
                print(f"newsparse: {item.source}: {item.note}", file=sys.stderr)
            yield item.source, parse(item.text, now=args.now, published=args.published)

    _emit(documents(), args.format, sys.stdout)
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
