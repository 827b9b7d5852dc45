"""Tests of the quote attributor: golden cases, span invariants, robustness, the lexicon."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.models import Block, Quote, Span
from newsparse.quotes import find_quotes

from .conftest import case_params, load_cases

CASES = Path(__file__).parent / "cases" / "quotes"


def _load(name: str) -> list[dict[str, Any]]:
    return load_cases("quotes", name)


def _build(case: dict[str, Any]) -> tuple[str, list[Block] | None]:
    if "text" in case:
        return case["text"], None
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for label, words in case["blocks"]:
        if parts:
            parts.append("\n\n")
            pos += 2
        blocks.append(Block(text=words, span=Span(start=pos, end=pos + len(words)), label=label))
        parts.append(words)
        pos += len(words)
    return "".join(parts), blocks


def _holds(q: Quote, want: dict[str, Any], blocks: list[Block] | None) -> bool:
    sp = q.speaker
    checks = [want["contains"] in q.text]
    if "speaker" in want:
        checks.append(sp is not None and sp.name.lower() == want["speaker"].lower())
    if "speaker_contains" in want:
        checks.append(sp is not None and want["speaker_contains"].lower() in sp.name.lower())
    if "kind" in want:
        checks.append(q.kind == want["kind"])
    if "cue" in want:
        checks.append(want["cue"].lower() in (q.cue or "").lower())
    if "title" in want:
        checks.append(sp is not None and sp.title == want["title"])
    if "mention" in want:
        checks.append(sp is not None and sp.mention == want["mention"])
    if "in" in want:
        assert blocks is not None, "'in' needs blocks"
        checks.append(blocks[want["in"]].span.contains(q.span))
    return all(checks)


def _check(case: dict[str, Any]) -> None:
    text, blocks = _build(case)
    quotes = find_quotes(text, blocks=blocks)
    shown = [(q.kind, q.text, q.speaker and q.speaker.name, q.cue) for q in quotes]
    for want in case.get("quotes", []):
        assert any(_holds(q, want, blocks) for q in quotes), f"{want} not in {shown}"
    for words in case.get("not_quoted", []):
        assert not any(words in q.text for q in quotes), f"{words!r} quoted: {shown}"
    for words in case.get("unattributed", []):
        hits = [q for q in quotes if words in q.text]
        assert hits, f"{words!r} not found: {shown}"
        assert all(q.speaker is None for q in hits), f"{words!r} given a speaker: {shown}"
    if case.get("none"):
        assert quotes == (), f"expected no quote: {shown}"


def _params(name: str, *, xfail: bool = False) -> list[Any]:
    return case_params("quotes", name, id_key="id", xfail=xfail)


@pytest.mark.parametrize("case", _params("wild_style.json"))
def test_wild_style(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("synthetic.json"))
def test_synthetic(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("negative.json"))
def test_negative(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c["id"], marks=pytest.mark.xfail(strict=True, reason=c["reason"]))
        for c in _load("known_failures.json")
    ],
)
def test_known_failures(case: dict[str, Any]) -> None:
    _check(case)


def _assert_anchored(text: str, quotes: tuple[Quote, ...]) -> None:
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
        if q.cue_span is not None:
            assert text[q.cue_span.start : q.cue_span.end] == q.cue
        if q.speaker is not None:
            sp = q.speaker
            assert text[sp.span.start : sp.span.end] == sp.mention


@pytest.mark.parametrize(
    "name", ["wild_style.json", "synthetic.json", "negative.json", "known_failures.json"]
)
def test_cases_spans_round_trip(name: str) -> None:
    for case in _load(name):
        text, blocks = _build(case)
        _assert_anchored(text, find_quotes(text, blocks=blocks))


_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        ",",
        ".",
        ":",
        " ",
        "\n",
        "said",
        "says",
        " he ",
        "Ann Lee",
        "according to",
        "the ministry",
        "told",
        "that",
        "We",
        "win",
        "X.",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_spans_always_anchored(pieces: list[str]) -> None:
    text = "".join(pieces)
    quotes = find_quotes(text)
    _assert_anchored(text, quotes)
    assert all(q.span.end > q.span.start for q in quotes)


@pytest.mark.parametrize(
    "worst",
    [
        "“" * 100_000,
        '"' * 100_000,
        "’ " * 50_000,
        "said " * 20_000,
        "“a, " * 30_000 + "he said",
        ("Ann Lee said " + "A " * 5000 + ".\n") * 10,
        "according to " * 10_000,
        "OTTAWA " * 10_000 + ": x",
    ],
    ids=[
        "curly-open",
        "straight",
        "apostrophes",
        "cues",
        "unclosed-commas",
        "long-np",
        "phrases",
        "dateline",
    ],
)
def test_worst_case_inputs_are_fast(worst: str) -> None:
    start = time.perf_counter()
    quotes = find_quotes(worst)
    assert time.perf_counter() - start < 5.0
    _assert_anchored(worst, quotes)


def test_unclosed_quote_stays_in_its_block() -> None:
    text = "He said “we will see.\n\nThe council met on Tuesday and agreed the budget."
    for q in find_quotes(text):
        assert "council" not in q.text


def test_quotes_in_text_order() -> None:
    text = (
        "“First thing we do is talk,” said Ana Ruiz.\n"
        "The minister said the second point was settled.\n"
    )
    starts = [q.span.start for q in find_quotes(text)]
    assert starts == sorted(starts) and len(starts) == 2


def test_cue_lexicon_is_large_and_inflected() -> None:
    from newsparse._quotes_cues import CLASSES, find_cues, inflect

    assert len(CLASSES) >= 150
    for verb in (
        "say",
        "tell",
        "add",
        "vow",
        "warn",
        "note",
        "insist",
        "argue",
        "claim",
        "deny",
        "admit",
        "tweet",
        "write",
    ):
        assert verb in CLASSES
        for form in inflect(verb):
            found = find_cues(f"x {form} y", 0, len(form) + 4)
            assert [c.base for c in found] == [verb], form


def test_rejects_non_text() -> None:
    from newsparse.errors import InputTypeError

    with pytest.raises(InputTypeError):
        find_quotes(b"bytes")  # type: ignore[arg-type]


# -- the fast path of the speaker-phrase tokens --------------------------------------------

_PLAIN_PIECES = [
    *(chr(c) for c in range(128)), *"’‘“”—–", "U.S.", "A.B.C", "Sen.", "don’t", "x-y", "1.2",
]


def test_plain_text_tokens_are_the_regex_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows of ASCII text and curly quotes and dashes are read with ``re``; on them it must
    # find what the ``regex`` pattern finds (control characters and \x1c-\x1f included: ``re``
    # counts those as white space, ``regex`` does not).
    import random

    from newsparse import _quotes_speakers as spk

    def _regex_tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        # The same function with every window sent down the ``regex`` path.
        with monkeypatch.context() as m:
            m.setattr(spk, "_is_plain", lambda window: False)
            return spk._tokens(text, lo, hi)

    rng = random.Random(7)
    plain = 0
    for _ in range(30_000):
        text = "".join(rng.choice(_PLAIN_PIECES) for _ in range(rng.randint(0, 25)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        plain += spk._NOT_PLAIN.search(text, lo, hi) is None
        assert spk._tokens(text, lo, hi) == _regex_tokens(text, lo, hi), (text, lo, hi)
    assert plain > 20_000  # the fast path was taken


def test_non_plain_text_takes_the_regex_tokens() -> None:
    from newsparse import _quotes_speakers as spk

    for text, words in (
        ("Ms. Ñúñez said", ["Ms.", "Ñúñez", "said"]),
        ("Zoë Lee,\u00a0the chair", ["Zoë", "Lee", ",", "the", "chair"]),
        ("İSTANBUL — officials said", ["İSTANBUL", "—", "officials", "said"]),
    ):
        assert spk._NOT_PLAIN.search(text) is not None
        assert [w for _s, _e, w in spk._tokens(text, 0, len(text))] == words


def test_phrase_after_a_cue_reads_only_its_first_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    # np_after tokenises only as many tokens as its loop can read; with every token of the
    # window it must find the same phrase.
    import random

    from newsparse import _quotes_speakers as spk

    whole = spk._tokens

    def _all_tokens(text: str, lo: int, hi: int, limit: int = 0) -> list[tuple[int, int, str]]:
        return whole(text, lo, hi)

    pieces = [
        "the ", "a ", "Ann ", "Lee ", "of ", "and ", "for ", "Foreign ", "Ministry ", "spokesman ",
        "said ", "big ", "New ", "York ", "’s ", ", ", ". ", "Sen. ", "he ", "who ", "x-y ",
    ]  # fmt: skip
    rng = random.Random(11)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    fast = [spk.np_after(t, 0, len(t)) for t in texts]
    monkeypatch.setattr(spk, "_tokens", _all_tokens)
    assert fast == [spk.np_after(t, 0, len(t)) for t in texts]
    assert sum(np is not None for np in fast) > 1000
    assert max(len(t.split()) for t in texts) > spk._AFTER_WORDS + 1  # windows were cut


# -- the scans of the quote stage against the one pattern each stands for -------------------

_MARK_PIECES = [
    *"'‘’‚‹›\"“”„‟«»〝〞", "''", " ", "a", "Z", "1", "_", ".", "!", "?", "…", ")", "(", "—", ":",
    "\u00a0", "\t", "\n", "\x1c", "\u2003", "\x85", "é", "Ä", "ǅ", "٣", "Ⓐ", "Mr.", " The", " 9",
]  # fmt: skip


def _random_windows(pieces: list[str], n: int, seed: int) -> list[tuple[str, int, int]]:
    import random

    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        lo = rng.randint(0, len(text))
        out.append((text, lo, rng.randint(lo, len(text))))
    return out


def test_mark_finder_finds_what_a_scan_per_kind_finds() -> None:
    # _marks finds double and single marks with str.find; a pattern scan per kind (two
    # apostrophes are a double mark, and the single-mark scan reads each apostrophe again)
    # must agree.
    import re

    import regex

    from newsparse import _quotes_marks as qm

    double = regex.compile(r"''|[\"“”„‟«»〝〞]")
    single = re.compile(r"['‘’‚‹›](?:(?<![^\W_][\s\S])|(?![^\W_]))")
    seen_two = 0
    for text, lo, hi in _random_windows(_MARK_PIECES, 60_000, 5):
        doubles = [m.span() for m in double.finditer(text, lo, hi)]
        first = [lo] if lo < hi and text[lo] in "'‘’‚‹›" else []
        singles = first + [m.start() for m in single.finditer(text, lo + 1, hi)]
        assert qm._marks(text, lo, hi) == (doubles, singles), (text, lo, hi)
        seen_two += any(e - s == 2 for s, e in doubles)
    assert seen_two > 1000


def test_sentence_gaps_are_the_sentence_ends() -> None:
    # _ends reads the gaps of an re scan and tests what follows each; the rule as one
    # ``regex`` pattern must find the same ends.
    import regex

    from newsparse import _quotes_marks as qm

    rule = regex.compile(r"""[.!?…]([’”"'»)\]]{0,3}\s+)(?=[“"‘'«(\[]?[\p{Lu}\d])""")
    found = 0
    for text, lo, hi in _random_windows(_MARK_PIECES, 60_000, 6):
        ends = [m.span(1) for m in rule.finditer(text, lo, hi)]
        assert qm._ends(text, lo, hi) == ends, (text, lo, hi)
        found += bool(ends)
    assert found > 500


def test_sentence_gap_spaces_are_the_regex_spaces() -> None:
    # The gap class of _SENT_GAP spells out ``regex``'s \s: over all of Unicode, the same set.
    import regex

    from newsparse import _quotes_marks as qm

    space = regex.compile(r"\s")
    gap = regex.compile(qm._SENT_GAP.pattern.rsplit("[", 1)[1].join(["[", ""]).rstrip(")"))
    assert gap.pattern.endswith("]+")
    spaces = {chr(c) for c in range(0x110000) if space.match(chr(c))}
    assert [c for c in range(0x110000) if (chr(c) in spaces) != bool(gap.match(chr(c)))] == []
    # What _ends lets follow an end mark: the pattern's closing marks and its spaces.
    assert frozenset("’”\"'»)]") | spaces == qm._AFTER_END


def test_cue_scan_finds_what_the_cue_pattern_finds() -> None:
    # _cue_spans tries the pattern only before runs of letters that can start a cue; it must
    # find what cue_pattern().finditer finds.
    from newsparse import _quotes_cues as qc

    pieces = [
        "said", "Said", "says", "told", "according to", "According\u00a0to", "pointed  out",
        "called for", "as quoted by", "as", "quoted", "SAID", "saying", "unsaid", "-", "’", "'",
        "_", "5", "é", "\u0301", "𝐀", " ", " ", ",", ".", "“", "\n", "x", "Smith",
    ]  # fmt: skip
    found = 0
    for text, lo, hi in _random_windows(pieces, 40_000, 7):
        spans = [m.span() for m in qc.cue_pattern().finditer(text, lo, hi)]
        assert list(qc._cue_spans(text, lo, hi)) == spans, (text, lo, hi)
        found += bool(spans)
    assert found > 2000


def test_cue_word_table_reads_each_spelling_as_its_form() -> None:
    # find_cues reads a matched word off one table: each form and its capitalised spelling
    # must give the same base, form index and classes, and the base inflects to the form.
    from newsparse import _quotes_cues as qc
    from newsparse.lexicon import quotes_cues as lex

    info = qc._word_info()
    for spelling, (base, form, classes, particle, capital) in info.items():
        low = spelling[0].lower() + spelling[1:]
        assert capital == (spelling != low)
        assert info[low][:4] == (base, form, classes, particle)
        if form < 0:
            assert low in lex.PHRASES and not classes and particle is None
        else:
            assert qc.inflect(base)[form] == low
            assert (particle is not None) == (base in lex.PARTICLES)
    assert set(info) >= set(qc.cue_forms()) | set(lex.PHRASES)


def test_possessive_name_scan_finds_what_the_backtracking_one_finds() -> None:
    # _FULL_NAME takes runs of lower-case letters possessively; the same pattern with
    # backtracking must find the same names.
    import regex

    from newsparse import _quotes_resolve as qr

    plain = regex.compile(qr._FULL_NAME.pattern.replace("++", "+"))
    assert plain.pattern != qr._FULL_NAME.pattern
    pieces = [
        "Ann", "Lee", " Ann", " Lee", " Zoë", "ann", "-", "-Smith", "-smith", " bin", " al", " ",
        "  ", "\n", "\u00a0", "5", "_", "é", "É", "ǅ", "’", ".", "X", "x", "Mc", "Donald", "-X",
    ]  # fmt: skip
    found = 0
    for text, lo, hi in _random_windows(pieces, 60_000, 8):
        names = [m.span() for m in plain.finditer(text, lo, hi)]
        assert [m.span() for m in qr._FULL_NAME.finditer(text, lo, hi)] == names, (text, lo, hi)
        found += bool(names)
    assert found > 2000


def test_phrase_before_a_cue_reads_a_short_window_as_the_whole_one() -> None:
    # np_before reads the last words of its window first, behind stand-ins for the tokens
    # before them; whatever it finds must be what the whole window gives.
    import random

    from newsparse import _quotes_speakers as spk

    words = [
        "the", "a", "his", "its", "and", "of", "for", "in", "with", "has", "had", "will",
        "also", "repeatedly", "Ann", "Lee", "Blinken", "US", "Secretary", "State", "secretary",
        "spokesman", "ministry", "Foreign", "Ministry", "officials", "doctors", "he", "they",
        "who", "which", "that", ",", ".", "(", ")", "D-Ore.", "“", "”", "’s", "Lee’s", "Sen.",
        "U.S.", "new", "big", "reason", "—", "x-y", "allies", "Western", "one", "New", "York",
    ]  # fmt: skip
    rng = random.Random(9)
    short = 0
    for _ in range(30_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40))) + " said"
        if rng.random() < 0.3:
            text = text.replace(" ,", ",")
        pos = len(text) - len(" said")
        lo = rng.randint(0, max(0, pos - rng.choice([10, 50, 120, 400])))
        whole = spk._tokens(text, max(lo, pos - 100), pos)
        expected = spk._np_before(text, lo, pos, whole, short=False, appositive=True)
        assert spk.np_before(text, lo, pos) == expected, (text, lo, pos)
        short += pos - max(lo, pos - 100) > 2 * spk._SHORT
    assert short > 10_000  # the short window was tried


def test_edge_stand_in_raises_on_every_use() -> None:
    from newsparse import _quotes_speakers as spk

    edge = spk._EDGE[2]
    for use in (
        lambda: edge == ",", lambda: edge != "(", lambda: edge in {"a"}, lambda: edge[:1],
        lambda: len(edge), lambda: edge + 1, lambda: "x"[edge:], lambda: bool(edge),
        lambda: edge.endswith("ly"),
        lambda: edge.lower(),  # noqa: PLW0108 (reading the method must raise in the check)
    ):  # fmt: skip
        with pytest.raises(spk._EdgeError):
            use()
    with pytest.raises(TypeError):
        assert edge in ",;"


def test_prechecks_after_a_cue_skip_only_patterns_that_cannot_match() -> None:
    # _quote_next, _that_after and _to_quote run their patterns only where a cheap test
    # allows a match; each must give what the pattern alone gives.
    from newsparse import _quotes_frames as qf

    pieces = [
        " ", "  ", "\t", "\n", "\x1c", "\u00a0", ":", ",", ".", "“", "”", '"', "‘", "'", "«",
        "„", "that", "That", "thats", "on", "during", "a rally", "in Ohio", "told", "said",
        "the", "x", "is", "$", "—",
    ]  # fmt: skip
    skipped = 0
    for text, p, s1 in _random_windows(pieces, 60_000, 12):
        whole = qf._QUOTE_NEXT.match(text, p, min(s1, p + qf._WINDOW)) is not None
        assert qf._quote_next(text, p, s1) == whole, (text, p, s1)
        end = min(s1, p + qf._WINDOW)
        that = qf._THAT.match(text, p, end) or qf._PP_THAT.match(text, p, end)
        got = qf._that_after(text, p, s1)
        assert (got and got.span()) == (that and that.span()), (text, p, s1)
        to_quote = qf._TO_QUOTE.match(text, p, min(s1, p + 120))
        got = qf._to_quote(text, p, s1)
        assert (got and got.span()) == (to_quote and to_quote.span()), (text, p, s1)
        skipped += not whole and text[p : p + 8].lstrip()[:1] not in qf._QUOTE_NEXT_FIRST
    assert skipped > 10_000


def test_lowering_words_together_lowers_each_word() -> None:
    # Resolver._read_name lowers a name's words in one call: str.lower must read nothing
    # across white space (the final-sigma rule included), so each word lowers alone.
    import random

    pieces = [
        "Σ", "σ", "ς", "Α", "a", "'", ".", ":", "\u0301", "\u00ad", "\u180e", "\u200b", "İ",
        "ẞ", "ǅ", "ß", "ﬃ", " ", "\u00a0", "\u2003", "\t", "\n", "\x1c", "\x85",
    ]  # fmt: skip
    rng = random.Random(13)
    for _ in range(50_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert text.lower().split() == [w.lower() for w in text.split()], repr(text)


def test_dateline_test_skips_only_sentences_no_dateline_opens() -> None:
    # _content_start runs the dateline pattern only where the second character is not a
    # lower-case letter; over every character there, the pattern must fail where skipped.
    from newsparse import _quotes_frames as qf

    skipped = 0
    for c in range(0x110000):
        ch = chr(c)
        if ch.isalpha() and ch.islower():
            skipped += 1
            for text in (f"O{ch}TTAWA: Rain fell.", f"K{ch}: Rain", f"É{ch} (AP) — Rain"):
                assert qf._DATELINE.match(text) is None, hex(c)
    assert skipped > 1000
    t = "OTTAWA: Rain fell."
    assert qf._content_start(t, 0, len(t)) == t.index("Rain")


def test_word_before_read_right_to_left_is_the_left_to_right_search() -> None:
    # _PREV_WORD searches its window right to left: it must find the same word, at the same
    # place, as a search trying every position from the left.
    import regex

    from newsparse import _quotes_frames as qf

    forward = regex.compile(r"([\p{L}]+)\W*$")
    pieces = [*_MARK_PIECES, "who", "that ", "-", "\u0301", "ß", "’s", "4"]
    found = 0
    for text, lo, hi in _random_windows(pieces, 60_000, 14):
        want, got = forward.search(text, lo, hi), qf._PREV_WORD.search(text, lo, hi)
        assert (want and (want.group(1), want.span())) == (got and (got.group(1), got.span())), (
            repr(text), lo, hi,
        )
        found += want is not None
    assert found > 5_000
