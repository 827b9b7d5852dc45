"""Score the structure stage on the naeb page dumps and on concatenated articles.

Usage (from the project root)::

    python benchmarks/structure_eval.py [--data ../shared/dev/naeb] [--show N] [--half dev|held|all]

For each page ``<id>.txt`` with ``<id>.gold.json`` (title, authors, date, first_para) it runs
:func:`newsparse.segmenter.segment` and scores the *main* article (the one with the most body
text) on:

- title exact match (white space and quote marks normalised);
- authors set-F1 (case-insensitive; a page with no gold authors and none found scores 1);
- date same-day accuracy (published stamp, else updated stamp), and how many gold dates are
  written in the page text at all (searched in the common spellings);
- first paragraph found as a body paragraph or standfirst (naeb's "first paragraph" is often
  the standfirst under the headline) (normalised equality; "prefix" also counts a paragraph
  that starts with the gold paragraph's first 60 characters);
- caption with credit, on pages where you can tell: pages whose article region (gold title to
  gold first paragraph) holds a line ending in a known photo credit;
- throughput of ``segment`` in KB/s.

The pages are split in two halves by a hash of the file name (``dev`` and ``held``), so that a
rule tuned on one half can be checked on the other. Article-boundary F1 is measured on texts
made at run time by concatenating article parts from the pages (title, byline, stamp and the
body lines from the gold first paragraph on); nothing of the data is written anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex

from newsparse import segmenter
from newsparse.headlines import caption_credit
from newsparse.models import Article

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev" / "naeb"
NOW = dt.datetime(2024, 2, 17, 12, 0)

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "″": '"', "′": "'", "`": "'"})
_SPACE = regex.compile(r"\s+")


def norm(text: str) -> str:
    """White space collapsed, quote marks straightened."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def half(name: str) -> str:
    """``dev`` or ``held``, by a hash of the file name."""
    return "dev" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "held"


def main_article(articles: Iterable[Article]) -> Article | None:
    """The article with the most body text."""
    best = None
    best_len = -1
    for art in articles:
        n = sum(len(p.text) for p in art.paragraphs)
        if n > best_len:
            best, best_len = art, n
    return best


def f1(gold: set[str], pred: set[str]) -> float:
    if not gold and not pred:
        return 1.0
    if not gold or not pred:
        return 0.0
    tp = len(gold & pred)
    if tp == 0:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 2 * p * r / (p + r)


def gold_day(gold: dict[str, Any]) -> dt.date | None:
    """The gold publication day, or None when the gold has none ("NaT")."""
    try:
        return dt.date.fromisoformat(str(gold.get("date") or "")[:10])
    except ValueError:
        return None


def date_spellings(day: dt.date) -> list[str]:
    """Common ways a page writes ``day``."""
    mon = day.strftime("%B")
    ab = day.strftime("%b")
    d, m, y = day.day, day.month, day.year
    out = [
        day.isoformat(),
        f"{mon} {d}, {y}",
        f"{ab} {d}, {y}",
        f"{ab}. {d}, {y}",
        f"{d} {mon} {y}",
        f"{d} {ab} {y}",
        f"{d} {ab}. {y}",
        f"{mon} {d} {y}",
        f"{ab} {d} {y}",
        f"{m}/{d}/{y % 100:02d}",
        f"{m:02d}/{d:02d}/{y % 100:02d}",
        f"{m}/{d}/{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{mon} {d}",
        f"{ab} {d}",
        f"{d} {mon}",
        f"{y}/{m:02d}/{d:02d}",
    ]
    if day.month == 9:
        out += [f"Sept. {d}, {y}", f"Sept {d}, {y}"]
    return out


def date_in_text(text: str, day: dt.date) -> bool:
    low = norm(text).lower()
    for spelling in date_spellings(day):
        s = spelling.lower()
        i = low.find(s)
        while i >= 0:
            after = low[i + len(s) : i + len(s) + 1]
            before = low[i - 1 : i] if i else ""
            if not (after.isdigit() or before.isdigit()):
                return True
            i = low.find(s, i + 1)
    return False


def article_date(art: Article) -> dt.date | None:
    for stamp in (art.published, art.updated):
        if stamp is not None and stamp.value is not None:
            return stamp.value.date()
    return None


def score_page(path: Path, gold: dict[str, Any], art: Article | None, text: str) -> dict[str, Any]:
    title = norm(gold.get("title") or "")
    got_title = norm(art.headline.text) if art and art.headline else ""
    gold_authors = {norm(a).lower() for a in gold.get("authors") or [] if a.strip()}
    got_authors = {norm(a).lower() for a in (art.byline.authors if art and art.byline else ())}
    gday = gold_day(gold)
    got_day = article_date(art) if art else None
    fp = norm(gold.get("first_para") or "")
    paras = [norm(p.text) for p in (*art.bullets, *art.paragraphs)] if art else []
    fp_exact = bool(fp) and fp in paras
    fp_prefix = bool(fp) and any(p.startswith(fp[:60]) or fp.startswith(p[:60]) for p in paras)
    # Caption "where you can tell": a credit-ending line between the gold title and first para.
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    has_caption = False
    if title and fp:
        ti = next((i for i, ln in enumerate(lines) if norm(ln).startswith(title[:40])), None)
        fi = next((i for i, ln in enumerate(lines) if norm(ln).startswith(fp[:40])), None)
        if ti is not None and fi is not None and ti < fi:
            window = lines[ti + 1 : fi + 12]
            has_caption = any(
                caption_credit(ln) is not None and len(ln.split()) >= 3 for ln in window
            )
    got_caption = bool(art and art.caption and art.caption.credit)
    return {
        "name": path.stem,
        "half": half(path.name),
        "title": bool(title) and got_title == title,
        "title_gold": title,
        "title_got": got_title,
        "authors_f1": f1(gold_authors, got_authors),
        "authors_gold": sorted(gold_authors),
        "authors_got": sorted(got_authors),
        "has_authors": bool(gold_authors),
        "date": gday is not None and got_day == gday,
        "date_gold": str(gday),
        "date_got": str(got_day),
        "date_in_text": gday is not None and date_in_text(text, gday),
        "fp_exact": fp_exact,
        "fp_prefix": fp_prefix,
        "has_caption": has_caption,
        "caption": got_caption,
    }


def load(data: Path) -> list[tuple[Path, dict[str, Any], str]]:
    pages = []
    for gold_path in sorted(data.glob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        if not txt.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pages.append((txt, gold, txt.read_text(encoding="utf-8")))
    return pages


def summarise(rows: list[dict[str, Any]], label: str) -> None:
    n = len(rows)
    if not n:
        return

    def rate(key: str, sub: list[dict[str, Any]] | None = None) -> str:
        sub = rows if sub is None else sub
        return f"{sum(bool(r[key]) for r in sub) / max(1, len(sub)):.3f}"

    authors = sum(r["authors_f1"] for r in rows) / n
    with_a = [r for r in rows if r["has_authors"]]
    authors_with = sum(r["authors_f1"] for r in with_a) / max(1, len(with_a))
    in_text = [r for r in rows if r["date_in_text"]]
    caps = [r for r in rows if r["has_caption"]]
    print(
        f"{label:5} pages={n:3}  title={rate('title')}  authors_f1={authors:.3f} "
        f"(pages with authors {len(with_a)}: {authors_with:.3f})  date={rate('date')} "
        f"(written in text {len(in_text)}/{n}; on those {rate('date', in_text)})  "
        f"first_para={rate('fp_exact')} (prefix {rate('fp_prefix')})  "
        f"caption_credit={rate('caption', caps)} of {len(caps)}"
    )


# --- concatenated articles ------------------------------------------------------------------

_PROSE = regex.compile(r"[.!?\"”’)]$")


def article_parts(gold: dict[str, Any], text: str) -> list[str] | None:
    """Body lines of the page's article: from the gold first paragraph, the prose lines after."""
    fp = norm(gold.get("first_para") or "")
    if not fp or not gold.get("title"):
        return None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    start = next((i for i, ln in enumerate(lines) if norm(ln) == fp), None)
    if start is None:
        return None
    body = []
    for ln in lines[start:]:
        if len(ln) < 60 or not _PROSE.search(ln):
            break
        body.append(ln)
        if len(body) >= 8:
            break
    return body if len(body) >= 2 else None


def make_concatenation(
    items: list[tuple[dict[str, Any], list[str]]], rng: random.Random
) -> tuple[str, list[int]]:
    """One text of several articles in varied house styles, and where each article starts."""
    chunks: list[str] = []
    starts: list[int] = []
    pos = 0
    for gold, body in items:
        style = rng.randrange(4)
        head = [gold["title"].strip()]
        authors = [a for a in gold.get("authors") or [] if a.strip()]
        day = gold_day(gold)
        if authors and style in (0, 1):
            head.append("By " + " and ".join(authors))
        if day and style in (0, 2):
            head.append(f"Published {day.strftime('%d %B %Y')}")
        if day and style == 3:
            head.append(f"{day.strftime('%B')} {day.day}, {day.year}")
        sep = "\n" if style % 2 else "\n\n"
        chunk = "\n".join(head) + "\n\n" + sep.join(body)
        if chunks:
            chunks.append("\n\n\n")
            pos += 3
        starts.append(pos)
        chunks.append(chunk)
        pos += len(chunk)
    return "".join(chunks), starts


def boundaries(pages: list[tuple[Path, dict[str, Any], str]], seed: int = 7) -> tuple[float, int]:
    rng = random.Random(seed)
    items = [(g, b) for _p, g, t in pages if (b := article_parts(g, t)) is not None]
    tp = fp = fn = 0
    for k in range(0, len(items), 5):
        group = items[k : k + 5]
        text, starts = make_concatenation(group, rng)
        got = {a.span.start for a in segmenter.segment(text, now=NOW)}
        gold = set(starts)
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return (2 * p * r / (p + r) if p + r else 0.0), len(items)


def whole_pages(
    pages: list[tuple[Path, dict[str, Any], str]], rows: list[dict[str, Any]], per: int = 6
) -> tuple[int, int]:
    """Whole page dumps ``per`` to a text (an export of scraped pages): of the pages whose title
    is found when the page is segmented alone, how many keep that headline when joined."""
    right = {r["name"] for r in rows if r["title"]}
    kept = total = 0
    for k in range(0, len(pages), per):
        group = pages[k : k + per]
        text = "\n\n\n".join(t for _p, _g, t in group)
        heads = {norm(a.headline.text) for a in segmenter.segment(text, now=NOW) if a.headline}
        for path, gold, _t in group:
            if path.stem in right:
                total += 1
                kept += norm(gold.get("title") or "") in heads
    return kept, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=0, help="print N misses per metric")
    parser.add_argument("--half", choices=("dev", "held", "all"), default="all")
    parser.add_argument("--json", type=Path, help="write per-page rows to this file")
    args = parser.parse_args()
    pages = load(args.data.resolve())
    if args.half != "all":
        pages = [p for p in pages if half(p[0].name) == args.half]
    rows = []
    total_chars = 0
    elapsed = 0.0
    for path, gold, text in pages:
        t0 = time.perf_counter()
        articles = segmenter.segment(text, now=NOW)
        elapsed += time.perf_counter() - t0
        total_chars += len(text.encode("utf-8"))
        rows.append(score_page(path, gold, main_article(articles), text))
    summarise([r for r in rows if r["half"] == "dev"], "dev")
    summarise([r for r in rows if r["half"] == "held"], "held")
    summarise(rows, "all")
    print(f"segment throughput: {total_chars / 1024 / max(elapsed, 1e-9):.0f} KB/s "
          f"({total_chars / 1e6:.1f} MB in {elapsed:.2f} s)")
    bf1, n_items = boundaries(pages)
    print(f"article boundaries F1 on concatenations of {n_items} articles (5 per text): {bf1:.3f}")
    kept, right = whole_pages(pages, rows)
    print(f"whole pages concatenated (6 per text): {kept} of {right} titled articles kept")
    if args.show:
        for key, gk, pk in (
            ("title", "title_gold", "title_got"),
            ("date", "date_gold", "date_got"),
        ):
            misses = [r for r in rows if not r[key]][: args.show]
            print(f"--- {key} misses")
            for r in misses:
                print(f"{r['name'][:8]} gold={r[gk]!r}\n         got ={r[pk]!r}")
        print("--- authors misses")
        for r in [r for r in rows if r["authors_f1"] < 1][: args.show]:
            print(f"{r['name'][:8]} gold={r['authors_gold']} got={r['authors_got']}")
        print("--- first paragraph misses")
        for r in [r for r in rows if not r["fp_prefix"]][: args.show]:
            print(r["name"][:8])
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
