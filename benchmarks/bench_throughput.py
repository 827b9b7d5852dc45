"""Throughput of newsparse against its peers, measured in one run.

Run from the project's root (the peers, quantulum3 and dateparser, are installed with newsparse):

    python benchmarks/bench_throughput.py            # full run, a few minutes
    python benchmarks/bench_throughput.py --quick    # smaller samples, for a smoke test

It prints, for the page text of ../shared/dev/naeb (about 7 MB) and the seed:
newsparse's full ``parse()`` in KB/s and documents/s; the peers (quantulum3 ``parser.parse``
plus dateparser ``search_dates(languages=['en'])``) on a sample of the same texts (they are
slow: on the whole corpus they would take tens of minutes), with newsparse timed on that same
sample for the ratio; one ``re.finditer(r"\\w+")`` pass (the practical limit); peak RSS of a
fresh process parsing the whole corpus; ``import newsparse`` time in a fresh interpreter; and
how cost grows with input size (8x longer text, a 10 MB text of many articles, a 1 MB
paragraph).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import re
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NAEB = SHARED / "dev" / "naeb"
SEED = SHARED / "seed" / "000_b1ea71941a29e430.txt"


def load_corpus() -> list[str]:
    if not NAEB.is_dir():
        sys.exit(f"{NAEB} is missing: the benchmark reads ../shared beside the checkout")
    return [p.read_text(encoding="utf-8") for p in sorted(NAEB.glob("*.txt"))]


def kb(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1000


def timed(func: Callable[[str], object], texts: Sequence[str], repeat: int = 1) -> float:
    """Best CPU time of ``repeat`` passes of ``func`` over ``texts``.

    CPU time of this process, not wall time: the machines here are shared, and one core's
    throughput is what is measured (everything here runs on one core).
    """
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        for text in texts:
            func(text)
        best = min(best, time.process_time() - start)
    return best


def sample(texts: Sequence[str], kilobytes: float) -> list[str]:
    """Every k-th text, up to ``kilobytes``: a spread of sites, not the first ones."""
    out: list[str] = []
    step = max(1, len(texts) // 60)
    for text in texts[::step]:
        out.append(text)
        if kb(out) >= kilobytes:
            break
    return out


def import_time() -> float:
    """Seconds of ``import newsparse`` in a fresh interpreter (minus a bare interpreter)."""

    def run(code: str) -> float:
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            best = min(best, time.perf_counter() - start)
        return best

    return run("import newsparse") - run("pass")


def peak_rss_mb() -> float:
    """Peak RSS (MB) of a fresh process that parses the whole corpus."""
    here = str(Path(__file__).parent)
    code = (
        f"import resource, sys; sys.path.insert(0, {here!r});"
        "from bench_throughput import load_corpus; import newsparse;"
        "[newsparse.parse(t) for t in load_corpus()];"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def peers() -> Callable[[str], object]:
    from dateparser.search import search_dates
    from quantulum3 import parser

    def run(text: str) -> object:
        return parser.parse(text), search_dates(text, languages=["en"])

    return run


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small samples (a smoke run)")
    ap.add_argument("--peer-kb", type=float, default=300.0, help="KB of page text for the peers")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")

    import newsparse

    corpus = load_corpus()
    seed = SEED.read_text(encoding="utf-8")
    if args.quick:
        corpus = sample(corpus, 400)
    peer_kb = 40.0 if args.quick else args.peer_kb
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, newsparse {newsparse.__version__}")
    print(f"corpus: {len(corpus)} page texts, {kb(corpus):,.0f} KB; seed {kb([seed]):.1f} KB")

    for text in corpus[:5]:  # warm caches and lazy imports once
        newsparse.parse(text)

    words = timed(lambda t: sum(1 for _ in re.finditer(r"\w+", t)), corpus, repeat=3)
    ours = timed(newsparse.parse, corpus, repeat=1 if not args.quick else 2)
    ours_seed = timed(newsparse.parse, [seed] * 50, repeat=3) / 50
    size = kb(corpus)
    print("\n== throughput (one core)")
    print(f"word pass \\w+        {size / words:10,.0f} KB/s   (the practical limit)")
    print(f"newsparse parse()    {size / ours:10,.0f} KB/s   {len(corpus) / ours:8,.1f} docs/s"
          f"   = 1/{words and ours / words:.1f} of the word pass")
    print(f"newsparse on seed    {kb([seed]) / ours_seed:10,.0f} KB/s")

    peer_texts = sample(corpus, peer_kb)
    run_peers = peers()
    run_peers(peer_texts[0][:2000])  # load the peers' models before timing
    peer_time = timed(run_peers, peer_texts)
    ours_same = timed(newsparse.parse, peer_texts, repeat=3)
    seed_peers = timed(run_peers, [seed])
    psize = kb(peer_texts)
    print(f"\n== peers on a sample of the same page text "
          f"({len(peer_texts)} texts, {psize:,.0f} KB)")
    print(f"quantulum3 + dateparser {psize / peer_time:8,.1f} KB/s")
    print(f"newsparse parse()       {psize / ours_same:8,.1f} KB/s")
    print(f"ratio newsparse/peers   {peer_time / ours_same:8,.0f}x  (page text)")
    print(f"ratio on the seed       {seed_peers / ours_seed:8,.0f}x  "
          f"(peers {kb([seed]) / seed_peers:,.1f} KB/s)")

    print("\n== scale")
    base = "\n\n".join(sample(corpus, 150))
    t1 = timed(newsparse.parse, [base], repeat=3)
    t8 = timed(newsparse.parse, ["\n\n".join([base] * 8)], repeat=2)
    print(f"8x longer text         {t8 / t1:8.2f}x the time   (target <= 9)")
    big = "\n\n\n".join(corpus * (1 + int(10_000 / max(size, 1))))[:10_000_000]
    t_big = timed(newsparse.parse, [big])
    print(f"10 MB of articles      {kb([big]) / t_big:8,.0f} KB/s")
    para = (" ".join(corpus[0].split()) + " ") * (1 + 1_000_000 // max(len(corpus[0]), 1))
    para = para[:1_000_000]
    t_para = timed(newsparse.parse, [para])
    print(f"one 1 MB paragraph     {kb([para]) / t_para:8,.0f} KB/s")

    print("\n== footprint")
    print(f"peak RSS over corpus   {peak_rss_mb():8.1f} MB   (target <= 150)")
    print(f"import newsparse       {import_time():8.3f} s    (target <= 0.3)")


if __name__ == "__main__":
    main()
