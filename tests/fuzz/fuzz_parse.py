"""Fuzz target: parse() on any text must not raise and must keep every promise.

Run with atheris (coverage-guided, libFuzzer) when it is installed, else with hypothesis
(random search over the strategies of the property tests) for a time budget::

    python tests/fuzz/fuzz_parse.py -max_total_time=600 tests/fuzz/corpus   # atheris
    python tests/fuzz/fuzz_parse.py --hypothesis --seconds 600              # no atheris

See tests/fuzz/README.md. The checks are those of tests/test_properties.py: the text comes
back unchanged, every record's span slices the text to the record's text and lies inside its
article, articles come in order without overlap, a second parse gives an equal document, and
the JSON round trip gives it back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.conftest import assert_spans_valid  # noqa: E402 - after the path is set

NOW = dt.datetime(2024, 3, 14, 12, 0)


def check(text: str) -> None:
    """Everything parse() promises for ``text``; raises AssertionError on a broken promise."""
    import newsparse  # imported late, so that atheris can instrument it first

    doc = newsparse.parse(text, now=NOW)
    assert doc.text == text
    assert doc.span.start == 0 and doc.span.end == len(text)
    assert_spans_valid(doc)
    assert newsparse.parse(text, now=NOW) == doc, "not deterministic"
    assert newsparse.Document.from_json(doc.to_json()) == doc, "JSON round trip differs"


def _text_from_bytes(data: bytes) -> str:
    """Bytes to text three ways, chosen by the first byte, so all of Unicode is reachable."""
    if not data:
        return ""
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        return rest.decode("utf-8", errors="replace")
    if mode == 1:
        return rest.decode("latin-1")
    # UTF-32 code points, surrogates and out-of-range values folded into range
    points = [
        int.from_bytes(rest[i : i + 3], "little") % 0x110000 for i in range(0, len(rest) - 2, 3)
    ]
    return "".join(chr(p) for p in points if not 0xD800 <= p <= 0xDFFF)


def _seed_corpus(argv: list[str]) -> None:
    """Create the corpus folder named on the command line, seeded with our fixture articles."""
    from tests.strategies import ARTICLES

    folders = [Path(a) for a in argv[1:] if not a.startswith("-")]
    if folders and not folders[0].exists():
        folders[0].mkdir(parents=True)
        for n, article in enumerate(ARTICLES):
            # first byte 0: the rest is read as UTF-8 (see _text_from_bytes)
            (folders[0] / f"seed-{n}").write_bytes(b"\x00" + article.encode("utf-8"))


def atheris_main(argv: list[str]) -> None:
    import atheris

    def one(data: bytes) -> None:
        check(_text_from_bytes(data))

    _seed_corpus(argv)
    with atheris.instrument_imports(include=["newsparse"]):  # coverage feedback from newsparse
        import newsparse  # noqa: F401
    atheris.Setup(argv, one)
    atheris.Fuzz()


def hypothesis_main(seconds: float, seed: int | None) -> int:
    """Random search with the property tests' strategies until ``seconds`` have passed."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed

    from tests import strategies

    start = time.monotonic()
    deadline = start + seconds
    rounds = 0

    @settings(
        max_examples=500, deadline=None, database=None, derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(text=strategies.texts)
    def run(text: str) -> None:
        check(text)

    if seed is not None:
        run = hseed(seed)(run)
    while time.monotonic() < deadline:
        run()  # raises, with the shrunk failing text, on a broken promise
        rounds += 1
    took = time.monotonic() - start
    print(f"hypothesis fuzz: {rounds} rounds of up to 500 examples in {took:.0f} s, no failure")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hypothesis", action="store_true", help="use hypothesis, not atheris")
    ap.add_argument("--seconds", type=float, default=60, help="hypothesis mode: time budget")
    ap.add_argument("--seed", type=int, help="hypothesis mode: random seed")
    args, rest = ap.parse_known_args()
    if not args.hypothesis:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed: using hypothesis", file=sys.stderr)
        else:
            atheris_main([sys.argv[0], *rest])
            return 0
    return hypothesis_main(args.seconds, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
