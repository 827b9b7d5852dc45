"""Score the quantity stage (and quantulum3, the peer) on the Recognizers-Text English specs.

Usage (from the repository root)::

    python benchmarks/quantities_eval.py [--dev ../shared/dev] [--peer-files 40]

For each sentence of ``NumberModel``, ``NumberRangeModel``, ``PercentModel``,
``CurrencyModel`` and ``DimensionModel`` (files read as ``utf-8-sig``), the gold quantities
and the found ones are compared as multisets of keys, micro-averaged over all sentences:

- **value F1**: the key is the value (a range: its low and high bound), rounded to 6
  significant digits;
- **value+unit F1**: the key is the value and the canonical unit (None for plain counts);
- **qualifier accuracy**: on pairs matched by value, how often the qualifier agrees. Only
  ``NumberRangeModel`` states qualifiers (its interval notation), so only it is scored.

Then the throughput of both on the page texts of ``naeb/`` in KB/s of CPU time (quantulum3
on the first ``--peer-files`` files only: it is slow).

Mappings from Recognizers-Text conventions to ours (theirs are not wrong, only different):

- Ranges are intervals: ``[20,30)``, ``(20,30]`` -> low 20, high 30, "range"; one-sided
  ``(30,)`` -> value 30 "more_than", ``[30,)`` "at_least", ``(,30)`` "less_than",
  ``(,30]`` "at_most"; ``[20,20]`` -> value 20 "exact".
- Percentages ``"100%"`` -> value 100, unit "percent".
- Currency names -> ISO codes (``isoCurrency`` when given); "Cent", "Pence", "Penny" are
  hundredths of the main unit (RT gives 5 for "5 cents", we give 0.05 USD).
- Dimension units -> our canonical names (``DIMENSIONS`` below); their "Pound" is a mass.
- Each file annotates only its own type ("$5" is not in ``PercentModel``'s gold), so found
  quantities are kept by type before scoring (:func:`keep`): all of them for ``NumberModel``,
  ranges and qualified values for ``NumberRangeModel``, percent units for ``PercentModel``,
  ISO codes for ``CurrencyModel``, other non-time units for ``DimensionModel`` (RT reads
  durations as dates); for ``NumberModel``, all but those with a physical unit (RT leaves
  "the 180ml liquid" out of its numbers).
- Sentences whose gold is empty count: every quantity kept there is a false positive.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from newsparse._numbers_units import _canonical
from newsparse.numbers import find_quantities

MODELS = ("NumberModel", "NumberRangeModel", "PercentModel", "CurrencyModel", "DimensionModel")

CURRENCIES = {
    "Dollar": "USD", "United States dollar": "USD", "Canadian dollar": "CAD",
    "Australian dollar": "AUD", "New Zealand dollar": "NZD", "Hong Kong dollar": "HKD",
    "Pound": "GBP", "British pound": "GBP", "Euro": "EUR", "Japanese yen": "JPY",
    "Chinese yuan": "CNY", "Franc": "CHF", "Swiss franc": "CHF", "Turkish lira": "TRY",
    "Rupee": "INR", "Mexican peso": "MXN", "Bitcoin": "BTC",
}  # fmt: skip
SUBUNITS = {"Cent": ("USD", 0.01), "Pence": ("GBP", 0.01), "Penny": ("GBP", 0.01)}
DIMENSIONS = {
    "Pound": "lb", "Milliliter": "mL", "Inch": "inch", "Mile": "mile", "Barrel": "barrel",
    "Foot": "foot", "Ounce": "oz", "Acre": "acre", "Gallon": "gallon",
    "Cubic foot": "cubic foot", "Square meter": "m²", "Ton": "ton", "Metric ton": "tonne",
    "Bit": "bit", "Mile per hour": "mph", "Meter": "m", "Kilometer": "km", "Millimeter": "mm",
    "Square kilometer": "km²", "Decimeter": "dm", "Megabit": "megabit", "Megabyte": "MB",
    "Picometer": "picometre", "Tablespoon": "tablespoon", "Cup": "cup",
    "Teaspoon": "teaspoon", "Kilometer per hour": "km/h", "Kilogram": "kg",
    "Microgram": "µg", "Gram": "g", "Degree": "degree", "Radian": "radian", "Turn": "turn",
}  # fmt: skip

Item = tuple[Any, str | None, str]  # (value key, unit, qualifier)


def _r(x: float) -> float:
    return float(f"{x:.6g}")


def _interval(value: str) -> tuple[Any, str]:
    left, right = value[0], value[-1]
    lo_s, hi_s = value[1:-1].split(",")
    lo = float(lo_s) if lo_s.strip() else None
    hi = float(hi_s) if hi_s.strip() else None
    if lo is not None and hi is not None:
        if lo == hi:
            return _r(lo), "exact"
        return (_r(lo), _r(hi)), "range"
    if lo is not None:
        return _r(lo), "more_than" if left == "(" else "at_least"
    assert hi is not None
    return _r(hi), "less_than" if right == ")" else "at_most"


def gold_items(model: str, results: list[dict[str, Any]]) -> list[Item]:
    """Gold quantities of one sentence as (key, unit, qualifier)."""
    out: list[Item] = []
    for r in results:
        res = r["Resolution"]
        value = res.get("value")
        if value is None or value == "null":
            continue
        if model == "NumberRangeModel":
            key, qual = _interval(value)
            out.append((key, None, qual))
        elif model == "PercentModel":
            out.append((_r(float(value.rstrip("%"))), "percent", "exact"))
        elif model == "CurrencyModel":
            unit = res.get("unit", "")
            if unit in SUBUNITS:
                code, factor = SUBUNITS[unit]
                out.append((_r(float(value) * factor), code, "exact"))
            else:
                code = res.get("isoCurrency") or CURRENCIES.get(unit, unit)
                out.append((_r(float(value)), code, "exact"))
        elif model == "DimensionModel":
            unit = DIMENSIONS.get(res.get("unit", ""), res.get("unit"))
            out.append((_r(float(value)), unit, "exact"))
        else:
            out.append((_r(float(value)), None, "exact"))
    return out


def ours(text: str) -> list[Item]:
    """newsparse's quantities of a sentence as (key, unit, qualifier)."""
    out: list[Item] = []
    for q in find_quantities(text):
        if q.value is not None:
            key: Any = _r(q.value)
        elif q.low is not None and q.high is not None:
            key = (_r(q.low), _r(q.high))
        else:
            continue
        out.append((key, q.unit, q.qualifier))
    return out


def _peer_parse() -> Callable[[str], list[Any]]:
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    return parser.parse  # type: ignore[no-any-return]


def peer(text: str, parse: Callable[[str], list[Any]]) -> list[Item]:
    """quantulum3's quantities as (key, unit, qualifier), units mapped to our names."""
    out: list[Item] = []
    for q in parse(text):
        unit = q.unit
        entity = unit.entity.name
        if entity == "currency":
            name: str | None = getattr(unit, "currency_code", None) or unit.name
        elif unit.name == "percentage":
            name = "percent"
        elif entity in ("dimensionless", "unknown"):
            name = None
        else:
            name = _canonical(unit.name)
        unc = getattr(q, "uncertainty", None)
        if unc:  # quantulum3 reads "10-20 km" as 15 +- 5
            out.append(((_r(q.value - unc), _r(q.value + unc)), name, "range"))
        else:
            out.append((_r(q.value), name, "exact"))
    return out


_TIME = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
         "century", "millennium"}  # fmt: skip
_PERCENT = {"percent", "percentage point", "basis point", "per mille"}


def keep(model: str, item: Item) -> bool:
    """Whether a found quantity is of the type ``model`` annotates."""
    key, unit, qual = item
    if model == "NumberRangeModel":
        return isinstance(key, tuple) or qual != "exact"
    if model == "PercentModel":
        return unit in _PERCENT
    if model == "CurrencyModel":
        return unit is not None and len(unit) == 3 and unit.isupper()
    if model == "DimensionModel":
        return (
            unit is not None
            and unit not in _PERCENT
            and unit not in _TIME
            and not (len(unit) == 3 and unit.isupper())
        )
    # NumberModel: RT leaves numbers bound to a physical unit ("the 180ml liquid") out.
    return unit is None or unit in _PERCENT or unit in _TIME or (len(unit) == 3 and unit.isupper())


class Score:
    """Micro-averaged counts for value F1, value+unit F1 and qualifier accuracy."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def add(self, gold: list[Item], found: list[Item], *, qualifiers: bool) -> None:
        """Add one sentence."""
        gv = Counter(g[0] for g in gold)
        fv = Counter(f[0] for f in found)
        gu = Counter((g[0], g[1]) for g in gold)
        fu = Counter((f[0], f[1]) for f in found)
        self.c["gold"] += len(gold)
        self.c["found"] += len(found)
        self.c["tp_v"] += sum((gv & fv).values())
        self.c["tp_vu"] += sum((gu & fu).values())
        if qualifiers:
            pool = list(found)
            for g in gold:
                for f in pool:
                    if f[0] == g[0]:
                        self.c["q_pairs"] += 1
                        self.c["q_ok"] += f[2] == g[2]
                        pool.remove(f)
                        break

    def f1(self, tp: str) -> float:
        """F1 for the true-positive counter ``tp``."""
        p = self.c[tp] / self.c["found"] if self.c["found"] else 0.0
        r = self.c[tp] / self.c["gold"] if self.c["gold"] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        """One line of the table."""
        q = f"{self.c['q_ok'] / self.c['q_pairs']:.3f}" if self.c["q_pairs"] else "  -  "
        return (
            f"{name:<18} gold={self.c['gold']:>4} found={self.c['found']:>4} "
            f"value-F1={self.f1('tp_v'):.3f} value+unit-F1={self.f1('tp_vu'):.3f} qual-acc={q}"
        )


def evaluate(dev: Path, system: Callable[[str], list[Item]], label: str) -> tuple[Score, list[str]]:
    """Score ``system`` on every model file; return the total and the per-model lines."""
    total = Score()
    lines = []
    for model in MODELS:
        cases = json.loads((dev / "recognizers-text" / f"{model}.json").read_text("utf-8-sig"))
        score = Score()
        for case in cases:
            gold = gold_items(model, case.get("Results", []))
            found = [f for f in system(case["Input"]) if keep(model, f)]
            qual = model == "NumberRangeModel"
            score.add(gold, found, qualifiers=qual)
            total.add(gold, found, qualifiers=qual)
        lines.append(score.row(f"  {model}"))
    lines.insert(0, total.row(label))
    return total, lines


def show(dev: Path, model: str) -> None:
    """Print each sentence of ``model`` where newsparse and the gold differ."""
    cases = json.loads((dev / "recognizers-text" / f"{model}.json").read_text("utf-8-sig"))
    for case in cases:
        gold = gold_items(model, case.get("Results", []))
        found = [f for f in ours(case["Input"]) if keep(model, f)]
        if Counter((g[0], g[1]) for g in gold) != Counter((f[0], f[1]) for f in found):
            print(case["Input"][:160])
            print("   gold ", gold)
            print("   found", found)


def throughput(files: Iterable[str], run: Callable[[str], object]) -> float:
    """KB/s of ``run`` over the texts of ``files``, in CPU time (steadier on shared cores)."""
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.process_time()
    for t in texts:
        run(t)
    return size / 1024 / max(time.process_time() - start, 1e-9)


def main() -> None:
    """Print the scores and throughputs."""
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=here.parent / "shared" / "dev")
    ap.add_argument("--peer-files", type=int, default=10)
    ap.add_argument("--no-peer", action="store_true", help="score newsparse only")
    ap.add_argument("--show", default="", help="print the misses of this model file")
    args = ap.parse_args()
    if args.show:
        show(args.dev, args.show)
        return
    find_quantities("warm up 12 km")
    _, lines = evaluate(args.dev, ours, "newsparse")
    print("\n".join(lines))
    parse = _peer_parse()
    if not args.no_peer:
        _, lines = evaluate(args.dev, lambda t: peer(t, parse), "quantulum3")
        print("\n".join(lines))
    files = sorted(glob.glob(str(args.dev / "naeb" / "*.txt")))
    ours_kbs = throughput(files, find_quantities)
    peer_kbs = throughput(files[: args.peer_files], parse)
    print(f"throughput newsparse  {ours_kbs:8.0f} KB/s  ({len(files)} naeb pages)")
    print(f"throughput quantulum3 {peer_kbs:8.0f} KB/s  ({args.peer_files} naeb pages)")
    print(f"ratio {ours_kbs / peer_kbs:.1f}x" if peer_kbs else "ratio n/a")
    assert not math.isnan(ours_kbs)


if __name__ == "__main__":
    main()
