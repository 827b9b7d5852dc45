"""Parse a corpus of text files with Dask, writing one JSON Lines file per partition.

Needs the extra: ``pip install 'newsparse[dask]'``.

Run: python examples/dask_corpus.py OUT_DIR FILE_OR_GLOB [...]  [--workers N]

On a cluster, point ``Client`` at the scheduler instead of starting a local cluster; every
worker needs newsparse installed. Records pickle, and ``Document.to_dict()`` gives plain JSON
types, so results can go to JSON Lines (here) or, via ``dask.dataframe``, to Parquet.
"""

from __future__ import annotations

import argparse
import glob
import json
from collections.abc import Sequence
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

import newsparse


def parse_file(path: str) -> str:
    """One JSON line for one file: its path and its parsed document."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    doc = newsparse.parse(text)
    return json.dumps({"source": path, "document": doc.to_dict()}, ensure_ascii=False)


def parse_corpus(paths: Sequence[str], out_dir: str, *, partitions: int = 8) -> list[str]:
    """Parse ``paths`` on the current Dask client; returns the JSON Lines files written."""
    bag = db.from_sequence(list(paths), npartitions=max(1, min(partitions, len(paths))))
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    written: list[str] = bag.map(parse_file).to_textfiles(
        str(Path(out_dir) / "part-*.jsonl"), encoding="utf-8"
    )
    return written


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("inputs", nargs="+", help="files or glob patterns")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    paths = sorted({p for pattern in args.inputs for p in glob.glob(pattern)})
    with LocalCluster(n_workers=args.workers, threads_per_worker=1) as cluster, Client(cluster):
        files = parse_corpus(paths, args.out_dir)
    print(f"parsed {len(paths)} files into {len(files)} JSON Lines files in {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
