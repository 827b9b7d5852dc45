"""Parse several text files into JSON Lines, one document per line, with its source path.

Run: python examples/to_jsonl.py OUT.jsonl FILE [FILE ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsparse


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, *paths = argv
    with Path(out).open("w", encoding="utf-8") as sink:
        for path in paths:
            doc = newsparse.parse(Path(path).read_text(encoding="utf-8"))
            record = {"source": path, "document": doc.to_dict()}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(paths)} documents to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
