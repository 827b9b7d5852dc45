"""Score the date normaliser TempEval-3 style, and time it on page text.

Run from the repository root::

    python benchmarks/dates_eval.py [--shared ../shared] [--show-misses N]

Cases: ``../shared/dev/recognizers-text/DateTimeModel.json`` (Microsoft Recognizers-Text,
MIT): English sentences with a reference time and the expected spans (``End`` inclusive)
and TIMEX values. Figures, as TempEval-3 defines them:

- strict span P/R/F1: a found mention counts when its span equals a gold span;
- relaxed span P/R/F1: when it overlaps one (each gold span matched at most once);
- value accuracy: of the relaxed matches, the share whose value is right;
- value F1 = relaxed F1 x value accuracy.

Value accuracy is given twice. *exact*: our TIMEX value equals a gold ``timex``.
*compatible*: also counted right when the two differ only where one of them leaves a part
unknown ("XXXX-05-09" against "2018-05-09": Recognizers leaves the year of a yearless date
open, we resolve it), when our day or interval equals one of the gold resolutions (they list
a past and a future reading for ambiguous dates; news reads into the past, they often
choose the future), or when a gold clock time ("T19:56") is ours on the reference day.

Throughput: :func:`newsparse.dates.find_dates` over every ``naeb/*.txt`` page (whole pages,
menus and all, every line read), in KB/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from newsparse.dates import find_dates
from newsparse.models import DateMention

ROOT = Path(__file__).resolve().parents[1]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _wild_equal(a: str, b: str) -> bool:
    return len(a) == len(b) and all(x == y or "X" in (x, y) for x, y in zip(a, b, strict=True))


def _date(s: str) -> str:
    return s[:10]


def value_right(m: DateMention, gold: list[dict[str, Any]]) -> tuple[bool, bool]:
    """Whether ``m``'s value is right against the gold resolutions: (exact, compatible)."""
    timexes = [g.get("timex", "") for g in gold]
    if m.value in timexes:
        return True, True
    for g in gold:
        t = g.get("timex", "")
        if t and _wild_equal(m.value, t):
            return False, True
        if t.startswith("T") and m.value.endswith(t):
            return False, True
        gv = str(g.get("value", ""))
        day_value = m.type == "DATE" and len(m.value) == 10 and m.start is not None
        if day_value and gv[:1].isdigit() and m.start and _date(gv) == m.start.date().isoformat():
            return False, True
        if m.start is not None and m.end is not None and "start" in g and "end" in g:
            s, e = m.start.date().isoformat(), m.end.date().isoformat()
            last = (m.end - dt.timedelta(days=1)).date().isoformat()
            # their ranges end where the last unit named starts ("2014 to 2018" ends 2018-01-01)
            tail = m.value.split("/")[-1] if "/" in m.value else ""
            last_unit = (tail + "-01-01"[len(tail) - 4 :])[:10] if len(tail) in (4, 7) else ""
            if s == _date(g["start"]) and _date(g["end"]) in (e, last, last_unit):
                return False, True
    return False, False


def evaluate(cases: list[dict[str, Any]], show: int = 0) -> dict[str, float]:
    """The TempEval-3 figures of :func:`find_dates` on Recognizers-Text cases."""
    n_gold = n_found = strict = relaxed = exact = compat = 0
    shown = 0
    for case in cases:
        text = case["Input"]
        ref_s = (case.get("Context") or {}).get("ReferenceDateTime")
        ref = dt.datetime.fromisoformat(ref_s) if ref_s else None
        gold = [r for r in case.get("Results", []) if r.get("TypeName") != "datetimeV2.timezone"]
        found = list(find_dates(text, reference=ref))
        n_gold += len(gold)
        n_found += len(found)
        used: set[int] = set()
        for m in found:
            for i, g in enumerate(gold):
                gs, ge = g["Start"], g["End"] + 1
                if i in used or not (m.span.start < ge and gs < m.span.end):
                    continue
                used.add(i)
                relaxed += 1
                strict += m.span.start == gs and m.span.end == ge
                ok_exact, ok_compat = value_right(m, (g.get("Resolution") or {}).get("values", []))
                exact += ok_exact
                compat += ok_compat
                if not ok_compat and shown < show:
                    shown += 1
                    vals = [v.get("timex") for v in (g.get("Resolution") or {}).get("values", [])]
                    print(f"  value  {text!r} ref={ref_s}: {m.text!r} {m.value} vs {vals}")
                break
            else:
                if shown < show:
                    shown += 1
                    print(f"  extra  {text!r}: {m.text!r} {m.value}")
        for i, g in enumerate(gold):
            if i not in used and shown < show:
                shown += 1
                print(f"  missed {text!r}: {g['Text']!r}")
    sp, sr = strict / max(n_found, 1), strict / max(n_gold, 1)
    rp, rr = relaxed / max(n_found, 1), relaxed / max(n_gold, 1)
    out = {
        "cases": len(cases), "gold": n_gold, "found": n_found,
        "strict_p": sp, "strict_r": sr, "strict_f1": _f1(sp, sr),
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": _f1(rp, rr),
        "value_acc_exact": exact / max(relaxed, 1),
        "value_acc_compatible": compat / max(relaxed, 1),
    }  # fmt: skip
    out["value_f1_exact"] = out["relaxed_f1"] * out["value_acc_exact"]
    out["value_f1_compatible"] = out["relaxed_f1"] * out["value_acc_compatible"]
    return out


def throughput(pages: list[Path]) -> tuple[float, float, int]:
    """KB/s of :func:`find_dates` over ``pages`` by the wall clock and by CPU time (best of
    two runs each; CPU time is the fairer figure on a shared machine), and the mention count."""
    texts = [p.read_text(encoding="utf-8") for p in pages]
    size = sum(len(t.encode("utf-8")) for t in texts)
    wall = cpu = float("inf")
    count = 0
    for _ in range(2):
        w0, c0 = time.perf_counter(), time.process_time()
        count = sum(len(find_dates(t, reference=dt.date(2023, 6, 1))) for t in texts)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return size / 1024 / wall, size / 1024 / cpu, count


def main() -> None:
    """Print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput run")
    args = ap.parse_args()
    spec = args.shared / "dev" / "recognizers-text" / "DateTimeModel.json"
    cases = json.loads(spec.read_text(encoding="utf-8-sig"))
    r = evaluate(cases, args.show_misses)
    print(f"Recognizers-Text DateTimeModel: {r['cases']} cases, {r['gold']} gold,", end=" ")
    print(f"{r['found']} found")
    for kind in ("strict", "relaxed"):
        p, rec, f1 = r[f"{kind}_p"], r[f"{kind}_r"], r[f"{kind}_f1"]
        print(f"  {kind:7} span P {p:.3f}  R {rec:.3f}  F1 {f1:.3f}")
    for name, key in (("value accuracy", "value_acc"), ("value F1      ", "value_f1")):
        print(f"  {name} exact {r[key + '_exact']:.3f}  compatible {r[key + '_compatible']:.3f}")
    if not args.no_speed:
        pages = sorted((args.shared / "dev" / "naeb").glob("*.txt"))
        wall, cpu, count = throughput(pages)
        print(f"find_dates on {len(pages)} naeb pages: {wall:,.0f} KB/s wall clock,", end=" ")
        print(f"{cpu:,.0f} KB/s of CPU time ({count} mentions)")


if __name__ == "__main__":
    main()
