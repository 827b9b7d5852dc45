"""The quantity reader's tokens: those after a number are lexed as they are read, and
those before it are read from a short window, whatever was read before in the block.

:class:`newsparse._numbers_scan.BlockTokens` gives a :class:`~newsparse._numbers_scan.Toks`
after a number, which lexes on when a reader asks past its end; random strings and random
reads must get the tokens a plain lexer gives.
"""

from __future__ import annotations

import random

import pytest

from newsparse._numbers_scan import BlockTokens, Toks, lex, more

_PIECES = [
    *"aZ9 .,'’-_/$(\t\xa0²", "  ", "one", "Two", "12", "3.5", "1,400", "don’t", "x’y’z",
    "people ", "more than ", "in ", "Oct. ", "the ", "cost ", " 7 ", " 2022 ", "\u2009",
    "internationalisation", "3,141,592,653,589",
]  # fmt: skip


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("seed", range(4))
def test_tokens_after_a_number_are_the_plain_lexers_read_a_few_at_a_time(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(6_000):
        text = _text(rng)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        pos, limit = rng.randint(lo, hi), rng.randint(1, 14)
        got, want = BlockTokens(text, lo, hi).after(pos, limit), lex(text, pos, hi)[:limit]
        assert isinstance(got, Toks)
        for i in sorted(rng.sample(range(limit + 2), 3)):  # read on a few at a time
            assert (i < len(got) or more(got, i)) == (i < len(want)), (text, pos, limit)
            assert got == want[: len(got)], (text, pos, limit)
        more(got, limit - 1)
        assert got == want, (text, pos, limit)


@pytest.mark.parametrize("seed", range(4))
def test_tokens_before_a_number_are_the_last_whole_ones_after_a_space(seed: int) -> None:
    # Where the last tokens before the number follow a space inside the window, they are
    # read whole, as lexing all of the block before it gives them; and a reading never
    # depends on what was read before in the block.
    rng = random.Random(seed)
    whole = 0
    for _ in range(6_000):
        text = _text(rng)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        block = BlockTokens(text, lo, hi)
        for _ in range(rng.randint(1, 6)):
            pos, limit = rng.randint(lo, hi), rng.randint(1, 4)
            if rng.random() < 0.5:
                block.after(rng.randint(lo, hi), rng.randint(1, 14))
            got = block.before(pos, limit)
            assert got == BlockTokens(text, lo, hi).before(pos, limit), (text, pos, limit)
            assert len(got) <= limit and all(t.end <= pos for t in got), (text, pos, limit)
            true = lex(text, lo, pos)[-limit:]
            edge = true[0].start - 1 if len(true) == limit else -1
            if edge >= max(lo, pos - 8 * limit) and text[edge] == " ":
                whole += 1  # the last tokens follow a space inside the window
                assert got == true, (text, pos, limit)
    assert whole > 1_000


def test_tokens_after_are_lexed_as_read() -> None:
    text = "it cost 5 dollars a day for the first week and more after that"
    toks = BlockTokens(text, 0, len(text)).after(text.index("5") + 1, 12)
    want = lex(text, text.index("5") + 1, len(text))[:12]
    assert 0 < len(toks) < 6 and toks == want[: len(toks)]  # a first few
    assert not more(toks, 12)  # past the limit: none (the whole limit lexed)
    assert [t.text for t in toks][-2:] == ["after", "that"]
    assert toks == want


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
    # Without a space near, the tokens before a number are read from a short window: an
    # earlier reader copied every token from the block's first number on for each number,
    # about ten seconds on 120,000 characters (quadratic), against one or two.
    import time

    from newsparse.numbers import find_quantities

    text = piece * (120_000 // len(piece))
    start = time.process_time()
    find_quantities(text)
    assert time.process_time() - start < 5
