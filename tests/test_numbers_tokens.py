"""The quantity reader's token cache reads as the plain one it replaced.

:class:`newsparse._numbers_scan.BlockTokens` skips the stretch between anchors (a ``hole``)
and lexes it only when :meth:`~newsparse._numbers_scan.BlockTokens.before` reads into it.
``_Plain`` below is the cache before that change, lexing every token from its start on;
random strings and random calls (in read_at's order and in any order) must get the same
tokens from both, and the same :meth:`~newsparse._numbers_scan.BlockTokens.seen`.
"""

from __future__ import annotations

import bisect
import random

import pytest

from newsparse._numbers_scan import _KINDS, _LEX, _START, BlockTokens, Tok, _lex_after, _new, lex


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
]  # fmt: skip


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))


def _compare(text: str, lo: int, hi: int, calls: list[tuple[str, int, int]]) -> None:
    new, old = BlockTokens(text, lo, hi), _Plain(text, lo, hi)
    marks: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for op, pos, limit in calls:
        if op == "seen":
            marks.append((new.seen(), old.seen()))
        elif op == "after":
            assert new.after(pos, limit) == old.after(pos, limit), (text, calls)
        elif op == "before" and marks:
            mark_new, mark_old = marks[-1]
            assert mark_new == mark_old, (text, calls)
            got = new.before(pos, limit, mark_new)
            assert got == old.before(pos, limit, mark_old), (text, calls)
        else:
            assert new.before(pos, limit) == old.before(pos, limit), (text, calls)
        assert new.seen() == old.seen(), (text, calls)


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
        _compare(text, lo, hi, calls)


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
        _compare(text, lo, hi, calls)


def test_the_cache_skips_a_gap_and_lexes_it_when_read() -> None:
    text = "the gap before the first number is long 5 apples and the next one 7 pears"
    block = BlockTokens(text, 0, len(text))
    block.after(text.index("5") + 1, 3)  # "apples and the"
    seen = block.seen()
    block.after(text.index("7") + 1, 3)
    assert block.holes  # the words between "the" and "7" were not lexed
    want = _Plain(text, 0, len(text))
    want.after(text.index("5") + 1, 3)
    want.after(text.index("7") + 1, 3)
    assert block.before(text.index("7"), 3, seen) == want.before(text.index("7"), 3, seen)
    assert [t.text for t in block.before(text.index("7"), 3)] == ["the", "next", "one"]
