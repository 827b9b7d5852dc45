"""Score the quote attributor on PolNeAR dev the GenderGapTracker way.

A gold quote counts as found when at least 30% of its characters are covered by one
predicted quote span; a predicted quote is correct when it covers 30% of some gold quote.
Precision, recall and F1 are over quotes; speaker accuracy is over the gold quotes found:
the predicted speaker's ``name`` (or its ``mention``, since PolNeAR writes sources as they
stand, pronouns unresolved) equals the gold source case-insensitively, leading determiners
aside, or their last words (surnames) agree. Direct quotes are scored apart, and the whole
is also scored on the gold pairs whose cue is a speech cue (PolNeAR also annotates beliefs
and plans, which newsparse does not report).

Run from the repository root::

    python benchmarks/quotes_eval.py [--limit N] [--data PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "dev" / "polnear" / "polnear_pairs_dev.jsonl"
_DETS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "another"}


def _norm(name: str) -> list[str]:
    words = [w.strip(".,;:’'\"“”‘").lower() for w in name.split()]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words if w]
    while words and words[0] in _DETS:
        words = words[1:]
    return words


def speaker_match(gold: str, names: Sequence[str]) -> bool:
    """Whether a predicted name (or mention) matches the gold source.

    >>> speaker_match("Sen. Bernie Sanders", ["Bernie Sanders"])
    True
    >>> speaker_match("the campaign", ["Hillary Clinton"])
    False
    """
    g = _norm(gold)
    if not g:
        return False
    for name in names:
        p = _norm(name)
        # The same name, or the same surname (PolNeAR sources may carry an appositive:
        # "Richard Roe, director of the institute," matches "Richard Roe").
        if p and (p == g or p[-1] == g[-1] or (len(p) > 1 and p[-1] in g)):
            return True
    return False


def _speech_cue(cue: str | None) -> bool:
    from newsparse._quotes_cues import find_cues

    if not cue:
        return False
    return bool(find_cues(cue.lower(), 0, len(cue)))


def _covered(gold: list[tuple[int, int]], pred: tuple[int, int]) -> int:
    return sum(max(0, min(e, pred[1]) - max(s, pred[0])) for s, e in gold)


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "predicted": n_p, "gold": n_g}


def _acc(ok: int, found: int) -> dict[str, float]:
    return {"speaker_accuracy": ok / found if found else 0.0}


def evaluate(path: Path, limit: int | None = None) -> dict[str, Any]:
    """Score ``find_quotes`` on the first ``limit`` articles of a PolNeAR pairs file."""
    from newsparse.quotes import find_quotes

    keys = "n_pred n_pred_ok n_gold n_found spk_ok d_pred d_pred_ok d_gold d_found d_spk_ok"
    counts = dict.fromkeys((*keys.split(), "s_gold", "s_found", "s_spk_ok"), 0)
    chars = 0
    elapsed = 0.0
    articles = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and articles >= limit:
                break
            doc = json.loads(line)
            articles += 1
            text = doc["text"]
            chars += len(text)
            t0 = time.perf_counter()
            quotes = find_quotes(text)
            elapsed += time.perf_counter() - t0
            golds = [
                ([(s, e) for s, e in p["quote_spans"]], p) for p in doc["pairs"] if p["quote_spans"]
            ]
            preds = [((q.span.start, q.span.end), q) for q in quotes]
            for span, q in preds:
                ok = any(_covered(g, span) >= 0.3 * sum(e - s for s, e in g) for g, _ in golds)
                counts["n_pred"] += 1
                counts["n_pred_ok"] += ok
                if q.kind == "direct":
                    counts["d_pred"] += 1
                    counts["d_pred_ok"] += any(
                        _covered(g, span) >= 0.3 * sum(e - s for s, e in g)
                        for g, p in golds
                        if p["kind"] == "direct"
                    )
            for g, pair in golds:
                size = sum(e - s for s, e in g)
                best = max(preds, key=lambda x: _covered(g, x[0]), default=None)
                found = best is not None and _covered(g, best[0]) >= 0.3 * size
                spk = False
                if found and best is not None and best[1].speaker is not None:
                    sp = best[1].speaker
                    spk = speaker_match(pair["speaker"] or "", [sp.name, sp.mention])
                direct = pair["kind"] == "direct"
                speech = _speech_cue(pair.get("cue")) or direct
                for prefix, on in (("", True), ("d_", direct), ("s_", speech)):
                    if not on:
                        continue
                    key = "n_" if prefix == "" else prefix
                    counts[key + "gold"] += 1
                    counts[key + "found"] += found
                    counts[prefix + "spk_ok"] += spk
    return {
        "articles": articles,
        "chars": chars,
        "seconds": elapsed,
        "all": _prf(counts["n_pred_ok"], counts["n_pred"], counts["n_found"], counts["n_gold"])
        | _acc(counts["spk_ok"], counts["n_found"]),
        "direct": _prf(counts["d_pred_ok"], counts["d_pred"], counts["d_found"], counts["d_gold"])
        | _acc(counts["d_spk_ok"], counts["d_found"]),
        "speech_cues": _prf(
            counts["n_pred_ok"], counts["n_pred"], counts["s_found"], counts["s_gold"]
        )
        | _acc(counts["s_spk_ok"], counts["s_found"]),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; return 0 (2 when the data file is missing)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR pairs JSONL file")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    res = evaluate(args.data, args.limit)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(
        f"PolNeAR: {res['articles']} articles, {res['chars']:,} chars, "
        f"{res['chars'] / max(res['seconds'], 1e-9) / 1e6:.2f} MB/s (find_quotes alone)"
    )
    print(f"{'set':<12} {'P':>6} {'R':>6} {'F1':>6} {'spk acc':>8} {'pred':>6} {'gold':>6}")
    for key, label in (("all", "all"), ("speech_cues", "speech cues"), ("direct", "direct")):
        r = res[key]
        print(
            f"{label:<12} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
            f"{r['speaker_accuracy']:8.3f} {r['predicted']:6d} {r['gold']:6d}"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
