"""The quantity reader's tokens read as those of the plain token cache they replaced.

:class:`newsparse._numbers_scan.BlockTokens` lexes the tokens after an anchor as they are
read (a :class:`~newsparse._numbers_scan.Toks`) and the tokens before it from a window,
working out where the older cache would have read them only where the two can differ.
``_Plain`` below is that cache, lexing every token from the first anchor on; random strings
and random calls (in read_at's order and in any order) must get the same tokens from both,
and the same place where the cache's lexing stopped.
"""

from __future__ import annotations

import bisect
import operator
import random

import pytest

from newsparse._numbers_scan import _KINDS, _LEX, BlockTokens, Tok, Toks, _new, lex, more

_START = operator.itemgetter(0)


def _lex_after(text: str, pos: int, end: int, limit: int) -> list[Tok]:
    out: list[Tok] = []
    last = pos
    for m in _LEX.finditer(text, pos, end):
        s, e = m.span()
        out.append(_new(Tok, (s, e, m.group(), _KINDS[m.lastindex or 3], s > last)))
        last = e
        if len(out) >= limit:
            break
    return out


class _Plain:
    """The token cache as it was: every token from the first anchor on, lexed in a row."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.start = self.upto = -1
        self.toks: list[Tok] = []

    def _fill(self, pos: int, count: int) -> int:
        if self.start < 0:
            self.start = self.upto = pos
        missing = count - (len(self.toks) - bisect.bisect_left(self.toks, pos, key=_START))
        if missing > 0 and self.upto < self.hi:
            last = self.upto
            for m in _LEX.finditer(self.text, self.upto, self.hi):
                s, e = m.span()
                self.toks.append(_new(Tok, (s, e, m[0], _KINDS[m.lastindex or 3], s > last)))
                last = e
                if s >= pos:
                    missing -= 1
                    if missing <= 0:
                        break
            self.upto = last if missing <= 0 else self.hi
        return bisect.bisect_left(self.toks, pos, key=_START)

    def after(self, pos: int, limit: int) -> list[Tok]:
        if self.start >= 0 and pos < self.start:
            return _lex_after(self.text, pos, self.hi, limit)
        i = self._fill(pos, limit)
        if i > 0 and self.toks[i - 1].end > pos:
            return _lex_after(self.text, pos, self.hi, limit)
        out = self.toks[i : i + limit]
        if out:
            first = out[0]
            if first.gap != (first.start > pos):
                out[0] = _new(Tok, (first.start, first.end, first.text, first.kind, not first.gap))
        return out

    def seen(self) -> tuple[int, int]:
        return self.start, self.upto

    def before(self, pos: int, limit: int, seen: tuple[int, int] | None = None) -> list[Tok]:
        start, upto = (self.start, self.upto) if seen is None else seen
        if start >= 0 and pos <= upto:
            i = bisect.bisect_left(self.toks, pos, key=_START)
            if (i >= limit or start == self.lo) and (i == 0 or self.toks[i - 1].end <= pos):
                return self.toks[max(0, i - limit) : i]
        lo = max(self.lo, pos - 8 * limit)
        toks = lex(self.text, lo, pos)
        if lo > self.lo and toks and toks[0].start == lo:
            toks = toks[1:]
        return toks[-limit:]


_PIECES = [
    *"aZ9 .,'’-_/$(\t\xa0²", "  ", "one", "Two", "12", "3.5", "1,400", "don’t", "x’y’z",
    "people ", "more than ", "in ", "Oct. ", "the ", "cost ", " 7 ", " 2022 ", "\u2009",
    "internationalisation", "3,141,592,653,589",
]  # fmt: skip


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))


def _compare(text: str, lo: int, hi: int, calls: list[tuple[str, int, int]], seed: int) -> None:
    rng = random.Random(seed)
    new, old = BlockTokens(text, lo, hi), _Plain(text, lo, hi)
    marks: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for op, pos, limit in calls:
        if op == "seen":
            marks.append((new.seen(), old.seen()))
        elif op == "after":
            got, want = new.after(pos, limit), old.after(pos, limit)
            assert isinstance(got, Toks)
            for i in sorted(rng.sample(range(limit + 2), 3)):  # read on a few at a time
                assert (i < len(got) or more(got, i)) == (i < len(want)), (text, calls)
                assert got == want[: len(got)], (text, calls)
            more(got, limit - 1)
            assert got == want, (text, calls)
        elif op == "before" and marks:
            mark_new, mark_old = marks[-1]
            assert new.before(pos, limit, mark_new) == old.before(pos, limit, mark_old), (
                text,
                calls,
            )
        else:
            assert new.before(pos, limit) == old.before(pos, limit), (text, calls)
        start, n = new.seen()
        assert (start, new._upto(n)) == old.seen(), (text, calls)


@pytest.mark.parametrize("seed", range(4))
def test_token_cache_reads_as_the_plain_one_in_read_ats_order(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(4_000):
        text = _text(rng)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        calls: list[tuple[str, int, int]] = []
        pos = lo
        while pos < hi and len(calls) < 40:
            pos = rng.randint(pos, min(hi, pos + 30))
            calls.append(("seen", 0, 0))
            end = rng.randint(pos, min(hi, pos + 4))
            if rng.random() < 0.5:  # digits: tokens after the number, then before it
                calls.append(("after", end, 12))
                calls += [("before", pos, 3)] * rng.randint(0, 2)
            else:  # a number word: tokens from it, then the three before it
                calls += [("after", pos, 14), ("before", pos, 3)]
            pos = end + rng.randint(0, 3)
        _compare(text, lo, hi, calls, seed)


@pytest.mark.parametrize("seed", range(4))
def test_token_cache_reads_as_the_plain_one_in_any_order(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(4_000):
        text = _text(rng)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        ops = ["seen", "after", "before", "plain-before"]
        calls = [
            (rng.choice(ops), rng.randint(lo, hi), rng.randint(1, 14))
            for _ in range(rng.randint(1, 12))
        ]
        _compare(text, lo, hi, calls, seed)


def test_tokens_after_are_lexed_as_read() -> None:
    text = "it cost 5 dollars a day for the first week and more after that"
    toks = BlockTokens(text, 0, len(text)).after(text.index("5") + 1, 12)
    want = _lex_after(text, text.index("5") + 1, len(text), 12)
    assert 0 < len(toks) < 6 and toks == want[: len(toks)]  # a first few
    assert not more(toks, 12)  # past the limit: none (the whole limit lexed)
    assert [t.text for t in toks][-2:] == ["after", "that"]
    assert toks == want


def test_tokens_before_near_the_runs_start_read_as_the_cache_did() -> None:
    # The window's first token has no space before it: where the cache held three tokens
    # before the number, they were read from it ("x" and "-" and "7", not "-7" cut short).
    text = "ab-x-7 cost 5 and 1.5 less,9"
    for lo in range(0, 6):
        new, old = BlockTokens(text, lo, len(text)), _Plain(text, lo, len(text))
        for pos in (text.index("5"), text.index("1.5"), len(text) - 1):
            seen_new, seen_old = new.seen(), old.seen()
            new.after(pos, 12)
            old.after(pos, 12)
            assert new.before(pos, 3, seen_new) == old.before(pos, 3, seen_old), (lo, pos)
            assert new.before(pos, 3) == old.before(pos, 3), (lo, pos)


_NUMBER_PIECES = [
    "5", "12", "1,400", "3.5", "1/2", "10 1/2", "2022", "07", "one", "two", "twenty-one",
    "hundred", "and", "a", "half", "dozen", "tens", "of", "thousands", "the", "million", "bn",
    "m", "k", "%", "$", "€", "US$", "km", "km/h", "°C", "a.m.", "pm", "-", "–", "to",
    "between", "or more", "-plus", "+", "people", "drones", "year", "-year-old", "old", "in",
    "out of", "Oct.", "Boeing", "#", ".", ",", "(", ")", "pounds", "pounds sterling",
    "-member", "panel", "per cent", "miles per hour", "degrees Celsius", "square kilometres",
    "min", "ago", "'s", "s", "x", "one in five", "a few hundred", "several thousand",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_quantities_read_from_tokens_lexed_as_read_are_those_read_from_all(seed: int) -> None:
    # Each reader tests an index with ``i < len(toks) or more(toks, i)``: one that tested
    # ``len(toks)`` alone would see too few tokens, and read otherwise, where tokens are
    # lexed one at a time.
    from newsparse import _numbers_scan as scan
    from newsparse.numbers import find_quantities

    rng = random.Random(seed)
    texts = []
    for _ in range(6_000):
        pieces = [rng.choice(_NUMBER_PIECES) for _ in range(rng.randint(1, 24))]
        texts.append("".join(p + (" " if rng.random() < 0.7 else "") for p in pieces))
    first, step = scan._FIRST, scan._STEP
    try:
        scan._FIRST = scan._STEP = 1
        one_at_a_time = [find_quantities(t) for t in texts]
        scan._FIRST = 20
        all_at_once = [find_quantities(t) for t in texts]
    finally:
        scan._FIRST, scan._STEP = first, step
    assert sum(map(len, all_at_once)) > 500
    for text, got, want in zip(texts, one_at_a_time, all_at_once, strict=True):
        assert got == want, text


@pytest.mark.parametrize("piece", ["(5)", "$5;", "one,"])
def test_numbers_in_text_without_spaces_read_in_linear_time(piece: str) -> None:
    # Without a space near, the tokens before a number are the run's, lexed once for the
    # block, and only the last few are taken: copying all of them for each number took
    # about ten seconds on 120,000 characters (quadratic), against one or two.
    import time

    from newsparse.numbers import find_quantities

    text = piece * (120_000 // len(piece))
    start = time.process_time()
    find_quantities(text)
    assert time.process_time() - start < 5
