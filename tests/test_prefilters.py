"""The fast paths of the line reader give what the patterns they stand in front of give.

Each cheap test (``str`` methods, the standard ``re``, a test of the first or last character)
may only skip a pattern where the pattern cannot match, or compute the same value another way.
These tests hold each one against its pattern: over all of Unicode where a claim is about
characters, and over random strings of the characters that matter otherwise.
"""

from __future__ import annotations

import random
import re

import pytest
import regex

from newsparse import _structure_lines as sl
from newsparse import headlines as hl
from newsparse._structure_fold import folded
from newsparse.lexicon.structure import FURNITURE_PHRASES, FURNITURE_WORDS

_ALL = range(0x110000)


def _strings(pieces: list[str], n: int, most: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def test_no_letter_is_an_edge_character_of_the_furniture_key() -> None:
    # is_furniture stops stripping at a letter: no letter (str.isalpha) may be a space, digit,
    # bracket, non-word character or edge mark of _COUNTER or _EDGE_PUNCT.
    edge = regex.compile(r"[\s\W_\d]|[:|>»›✕×\-–—]|[\(\[\)\]]")
    assert [hex(c) for c in _ALL if chr(c).isalpha() and edge.match(chr(c))] == []


def test_re_space_holds_every_regex_space() -> None:
    # strip_site_suffix looks for a spaced separator with ``re`` before ``regex`` searches.
    space = regex.compile(r"\s")
    assert [hex(c) for c in _ALL if space.match(chr(c)) and not re.match(r"\s", chr(c))] == []


def test_re_and_regex_agree_on_letters_and_digits_in_the_safe_ranges() -> None:
    ours = re.compile(r"[^\W_]")
    theirs = regex.compile(r"[\p{L}\p{N}]")
    safe = [*range(0x530), *range(0x2000, 0x2070)]
    assert all(hl._SAFE_TEXT.fullmatch(chr(c)) for c in safe)
    assert [hex(c) for c in safe if bool(ours.match(chr(c))) != bool(theirs.match(chr(c)))] == []
    assert not hl._SAFE_TEXT.fullmatch("\u0530")  # the next block is left to ``regex``


_WORDY = [*"aZ9 .'-_,/\t\n(é’‘“”—–…\xa0²", "\u0301", "\u0800", "\u3042", "\U00011f50"]


@pytest.mark.parametrize("seed", range(3))
def test_word_count_counts_what_the_word_pattern_finds(seed: int) -> None:
    for s in _strings(_WORDY, 20_000, 10, seed):
        assert hl.word_count(s) == len(hl._WORD.findall(s)), s


def _old_furniture_key(line: str) -> str:
    return hl._EDGE_PUNCT.sub("", hl._COUNTER.sub("", line)).lower()


@pytest.mark.parametrize("seed", range(3))
def test_furniture_key_is_the_patterns_key(seed: int) -> None:
    pieces = [*"•·*+-–—»›✕×|:>()[]_\n\t \xa01…“‘’", "12", "x", "É", "ß", "½", "Share", "News"]
    pieces += sorted(FURNITURE_PHRASES)[:20] + sorted(FURNITURE_WORDS)[:10]
    pieces += [*".?!\"'”\u2003\u0661", "...", "Loading"]
    for s in _strings(pieces, 20_000, 5, seed):
        assert hl._furniture_key(s) == _old_furniture_key(s), s


_PROSE_END = regex.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")


@pytest.mark.parametrize("seed", range(3))
def test_prose_end_is_the_pattern(seed: int) -> None:
    for s in _strings([*".!?…\"'”’)]\n a\u2029x("], 20_000, 8, seed):
        assert sl.prose_end(s) == bool(_PROSE_END.search(s)), s


@pytest.mark.parametrize("seed", range(3))
def test_credit_only_prefilter_skips_no_match(seed: int) -> None:
    pieces = [*"(/: xİſ)K.", "Getty", "ap", "AP photo", "Courtesy", "PHOTO", "styled", "Reuters"]
    pieces += ["Images", "by", "Ann", "via", "istock", "credit"]
    for s in _strings(pieces, 20_000, 6, seed):
        assert sl._credit_only(s) == bool(sl._credit_only_pattern().match(s)), s


def test_credit_only_starts_are_the_patterns_words() -> None:
    # every word a _CREDIT_ONLY line may open with (before a colon or "by") is let through
    for word in ("Image", "PHOTOS", "Illustration", "Photography", "ſtyled", "Video", "EPA"):
        assert folded(word[:16]).startswith(sl._CREDIT_STARTS), word


@pytest.mark.parametrize("seed", range(3))
def test_caption_credit_prefilter_skips_no_match(seed: int) -> None:
    pieces = [*"()[]:/ .”", "AP", "AFP", "Getty Images", "Reuters", "Photo", "Jo Lee", "x" * 50]
    pieces += ["\n", "\t", "\xa0", ". ", "AP.", "EPA", "REUTERS/", "Photograph", "Credits",
               "Picture", "Images", "\u2003", "\x1c", "(AP Photo/Jo Lee)", "[Jo Lee/AFP]"]
    skipped = found = 0
    for s in _strings(pieces, 20_000, 8, seed):
        m = hl._credit().search(s, max(0, len(s) - hl._CREDIT_REACH))
        found += m is not None
        if not hl._may_credit(s):
            skipped += 1
            assert m is None, s
            assert hl.caption_credit(s) is None, s
        if not any(c in s[-hl._CREDIT_REACH :] for c in ")]:/"):  # (caption_credit's own test)
            assert hl._may_credit(s) == hl._ends_in_agency(s), s
    assert skipped > 1000
    assert found > 1000


@pytest.mark.parametrize("seed", range(3))
def test_site_suffix_prefilter_skips_no_match(seed: int) -> None:
    pieces = [*" \t\x1c\xa0|-–—:", "Reuters", "BBC News", "the", "Home", "AP", "x-y", "Ann Lee"]
    for s in _strings(pieces, 20_000, 8, seed):
        if hl._SITE_SUFFIX.search(s) is not None:
            assert hl._SPACED_SEPARATOR.search(s) is not None, s


@pytest.mark.parametrize("seed", range(3))
def test_byline_lead_initials_hold_every_lead(seed: int) -> None:
    from newsparse import _bylines

    pieces = ["By", "by", "BY", "ſ", "K", "İ", "ß", "ﬆ", "story by", "Author:", "author(s):"]
    pieces += ["Written", "b", "Y", "ſtory by", "ſ", "İnterview by", "wrİtten by", "texts"]
    pieces += ["Ann", "Lee", " ", ":", "Posted by", "A", "x", "opinion BY", "(", "—"]
    pieces += [w.upper() for w in _bylines.BYLINE_LEADS] + list(_bylines.BYLINE_LABELS)
    for s in _strings(pieces, 20_000, 5, seed):
        if _bylines._LEAD.match(s) is not None:
            assert folded(s[:2])[:2] in _bylines.LEAD_INITIALS, s


def test_trailer_first_characters_hold_every_fold_of_its_initials() -> None:
    from newsparse import _bylines

    first = regex.compile(r"[(arwec]", regex.IGNORECASE)
    missing = [c for c in _ALL if first.match(chr(c)) and chr(c) not in _bylines.TRAILER_FIRST]
    assert [hex(c) for c in missing] == []


@pytest.mark.parametrize("seed", range(3))
def test_trailer_prefilter_skips_no_match(seed: int) -> None:
    from newsparse import _bylines

    pieces = ["(", "Reporting ", "ADDITIONAL ", "writing ", "Edited ", "compiled ", "by ", "Ann"]
    pieces += ["K", "ſ", "x", "wrİtten ", " "]
    for s in _strings(pieces, 20_000, 4, seed):
        if _bylines._TRAILER.match(s) is not None:
            assert s[:1] in _bylines.TRAILER_FIRST, s


@pytest.mark.parametrize("seed", range(3))
def test_date_hint_skips_no_date(seed: int) -> None:
    from newsparse import _stamps

    pieces = ["12", "5", "2023", "023", "/", ".", "-", "Dec ", "x", " ", "of ", "MAR. ", "2.5"]
    pieces += ["\u0661"]  # an Arabic-Indic digit: ``\d`` to both patterns
    for s in _strings(pieces, 20_000, 6, seed):
        if _stamps._FIND_DATE.search(s) is not None:
            assert _stamps._may_hold_date(s), s


@pytest.mark.parametrize("seed", range(3))
def test_author_label_length_test_holds_every_label(seed: int) -> None:
    from newsparse import _structure_authors as sa

    pieces = ["By", "by", "BY", "ſ", "K", "İ", "ß", "Author", "author(s)", "Words", "texts"]
    pieces += ["Written", "b", "Y", " ", ":", "—", "-", "İnterview by", "wrİter", "x", " " * 9]
    pieces += [w.upper() for w in sa.BYLINE_LEADS] + list(sa.BYLINE_LABELS)
    for s in _strings(pieces, 20_000, 4, seed):
        if sa._AUTHOR_LABEL.match(s) is not None:
            long = sa._LABEL_LONGEST
            assert len(s) <= long + 2 or s[long:-2].isspace(), s
            two = s[:2]
            if two.isascii():
                assert two.lower() in sa._LABEL_INITIALS, s
            else:
                assert folded(two)[:2] in sa.LEAD_INITIALS, s


@pytest.mark.parametrize("seed", range(3))
def test_title_label_prefilters_skip_no_match(seed: int) -> None:
    from newsparse import _structure_title_lines as tl

    pieces = [*"aZ »›>/: ,'é", "Mc", "Mac", "De", "La", "O'", "News", "Home", "iPhone", "ÀÉ"]
    for s in _strings(pieces, 20_000, 8, seed):
        if tl._CRUMBS.search(s) is not None:
            assert any(c in s for c in "»›>/:"), s
        if tl._GLUED.search(s) is not None:
            assert not s.isascii() or tl._GLUED_HINT.search(s) is not None, s


def test_scan_characters_are_every_non_word_character_but_the_space() -> None:
    # the second pass of the numeral and date-gate scans opens on one of these characters;
    # with the first pass (after a space) it must reach every non-word character
    from newsparse._scan_chars import NOT_SPACE_OR_ASCII_WORD

    marks = re.compile(f"[{NOT_SPACE_OR_ASCII_WORD}]")
    non_word = re.compile(r"\W")
    missed = [c for c in _ALL if non_word.match(chr(c)) and chr(c) != " "]
    assert [hex(c) for c in missed if not marks.match(chr(c))] == []


@pytest.mark.parametrize("seed", range(3))
def test_anchor_candidates_are_the_one_patterns_matches(seed: int) -> None:
    from newsparse._numbers_scan import CANDIDATE, candidates, lowered

    pieces = [*"aZ9 .'-_,/\t\n(é’‘“”—–…\xa0²\u0663", "\u0301", "İ", "one", "Two", "hundred"]
    pieces += ["tens", "thousand", "dozens", "half", "third", "ten", "12", "3.5", "  ", "x1"]
    rng = random.Random(seed)
    for s in _strings(pieces, 20_000, 10, seed):
        low = lowered(s)
        pos = rng.randint(0, len(low))
        end = rng.randint(pos, len(low))
        want = [m.span() for m in CANDIDATE.finditer(low, pos, end)]
        assert candidates(low, pos, end) == want, (s, pos, end)


@pytest.mark.parametrize("seed", range(3))
def test_date_gate_scans_find_the_gates_positions(seed: int) -> None:
    from newsparse._dates_patterns import gate, gate_positions

    pieces = [*"aZ9 .'-_,/\t\n(é’‘“”—–\xa0\u0663", "İ", "the ", "The", "may", "in ", "two", "last"]
    pieces += ["week", "days", "2022", "90s", "'90s", "’", "12:30", "10 am", "q3", "fy", "mid-"]
    pieces += ["Monday", "winter", "Christmas", "several", "a few", "x1", "early", "per", "s"]
    pieces += ["first", "quarter", "end of", "following", "same", "morning", "dozen", "and"]
    rng = random.Random(seed)
    for s in _strings(pieces, 20_000, 10, seed):
        low = s.lower()
        if len(low) != len(s):
            continue
        pos = rng.randint(0, len(s))
        end = rng.randint(pos, len(s))
        want = [m.start() for m in gate().finditer(low, pos, end)]
        assert gate_positions(s, low, pos, end) == want, (s, pos, end)
        # ``low`` may cover only a stretch of ``s`` that holds ``pos:end``
        assert gate_positions(s, low[pos:], pos, end, pos) == [
            m.start() + pos for m in gate().finditer(low[pos:], 0, end - pos)
        ], (s, pos, end)


def _all_rules_at(s: str, positions: range) -> list[tuple[tuple[int, int], str, dict[str, str]]]:
    """What match_at found when every word position tried the one alternation of all rules."""
    from newsparse._dates_scan import rule_of, scanners

    digit, word = scanners()
    out, pos = [], 0
    for at in positions:
        if at < pos:
            continue
        scanner = digit if s[at].isdigit() or s[at] in "'’" else word
        m = scanner.match(s, at, min(at + 160, len(s)))
        if m is not None and m.end() > at:
            pos = m.end()
            out.append((m.span(), rule_of(m), _groups(m)))
    return out


def _groups(m: regex.Match[str]) -> dict[str, str]:
    return {k: v for k, v in m.groupdict().items() if v is not None}


@pytest.mark.parametrize("seed", range(3))
def test_date_rules_a_word_can_start_match_as_all_rules(seed: int) -> None:
    # match_at tries, where a word starts, only the rules that word can start, one by one;
    # it must find what the one alternation of all the rules finds, at any position
    from newsparse._dates_scan import match_at, rule_of

    pieces = [" ", ", ", "-", ".", "'", "’", "the ", "The", "THE", "a ", "in ", "may", "May"]
    pieces += ["MAY", "March", "march", "last", "Last", "week", "years", "days", "ago", "for"]
    pieces += ["2022", "12", "3", "30", "pm", "GMT", "Q3", "FY", "fy", "x", "ſ", "K", "é", "İ"]
    pieces += ["Monday", "mondays", "next", "this", "morning", "Christmas", "Day", "day", "_"]
    pieces += ["summer", "of", "end", "early", "mid", "1990s", "century", "few", "several"]
    pieces += ["now", "recently", "every", "per", "once", "twice", "hour", "two", "twenty"]
    for s in _strings(pieces, 4_000, 8, seed):
        every = range(len(s))
        got = [(m.span(), rule_of(m), _groups(m)) for m in match_at(s, every)]
        assert got == _all_rules_at(s, every), s


def test_regex_space_is_a_str_space() -> None:
    # the numeral stage's prefilters cut trailing spaces with str.rstrip where a ``regex``
    # pattern reads ``\s``
    space = regex.compile(r"\s")
    assert [hex(c) for c in _ALL if space.match(chr(c)) and not chr(c).isspace()] == []


@pytest.mark.parametrize("seed", range(3))
def test_qualifier_before_prefilter_skips_no_match(seed: int) -> None:
    from newsparse._numbers_scan import QUALIFIER_BEFORE, qualifier_before

    pieces = [" ", "  ", "\t", "\xa0", "\x1c", "more", "MORE", "than", "ThAn", "the", "THE", "x"]
    pieces += ["about", "ca.", "approx.", "between", "from", "over", "ſome", "K", ".", "-", "5"]
    pieces += ["at", "least", "up to", "some", "SOME", "roughly", "ρ", "ß", "İ", "\u212a"]
    for s in _strings(pieces, 20_000, 6, seed):
        got = qualifier_before(s, 0, len(s))
        want = QUALIFIER_BEFORE.search(s, 0, len(s))
        assert (got.span() if got else None) == (want.span() if want else None), s


@pytest.mark.parametrize("seed", range(3))
def test_currency_before_prefilter_skips_no_match(seed: int) -> None:
    from newsparse._numbers_scan import CURRENCY_BEFORE, currency_before
    from newsparse.lexicon import numbers_currency as cur

    pieces = [" ", "\xa0", "-", "−", "x", "a", "5", ".", "s", "(", *sorted(cur.SYMBOLS)]
    pieces += sorted(cur.CODES)[:12]
    for s in _strings(pieces, 20_000, 4, seed):
        got = currency_before(s, 0, len(s))
        want = CURRENCY_BEFORE.search(s, 0, len(s))
        assert (got.span() if got else None) == (want.span() if want else None), s


def test_date_gate_words_open_with_a_word_character() -> None:
    # the gate scans find a gate word after a non-word character without testing \b there:
    # it holds when every gate word opens with a word character
    from newsparse import _dates_patterns as dp

    # (the words _gate_words adds; the number gate is entered after a digit only)
    words = [*dp._STRONG, *(w for firsts, _ in dp._WEAK for w in firsts), "q", "fy", "early"]
    assert [w for w in [*words, "mid", "late", "the"] if not re.match(r"\w", w)] == []
def test_every_space_but_the_space_is_unprintable() -> None:
    # KeyCounts takes a printable line without a double space for one whose key is its own
    # words as they stand: no space of its (``regex``'s \s, str.isspace) is joined.
    space = regex.compile(r"\s")
    odd = [c for c in _ALL if (space.match(chr(c)) or chr(c).isspace()) and c != 0x20]
    assert odd and [hex(c) for c in odd if chr(c).isprintable()] == []


def _eager_counts(lines: list[sl.Line]) -> dict[str, int]:
    from newsparse._structure_title_lines import line_key

    out: dict[str, int] = {}
    for line in lines:
        if line.shape in ("headline", "other", "nav") and len(line.text) <= 300:
            key = line_key(line.text)
            out[key] = out.get(key, 0) + 1
    return out


@pytest.mark.parametrize("seed", range(3))
def test_key_counts_count_what_keying_every_line_counts(seed: int) -> None:
    from newsparse._blocks import iter_lines
    from newsparse._structure_title_lines import KeyCounts, line_key

    pieces = ["Storm ", "STORM ", "storm", " hits", " Hits", " coast", "\n", "\n", "\n", "  ", "\t"]
    pieces += [" | Reuters", "1. ", "now reading: ", " [Watch]", "“", "’s", "\xa0", "İ", "Σ", "* "]
    pieces += ["By Ann Lee", "Share", ".", " fares", "Ferry", "2 June 2024"]
    tried = 0
    for text in _strings(pieces, 3_000, 30, seed):
        lines = [sl.read_line(text, s, e, None) for s, e in iter_lines(text)]
        want = _eager_counts(lines)
        counts = KeyCounts(text, lines)
        for key in {*want, *(line_key(ln.text) for ln in lines), "storm", "hits coast"}:
            tried += 1
            assert counts[key] == min(want.get(key, 0), 2), (text, key)
    assert tried > 5_000


@pytest.mark.parametrize("asked_one_by_one", [0, 64, 10**9])
def test_key_counts_after_many_keys_count_the_same(
    asked_one_by_one: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long text asks thousands of keys: past a number of them KeyCounts keys every line
    # once; both ways must give what keying every line gives.
    from newsparse import _structure_title_lines as tl
    from newsparse._blocks import iter_lines

    monkeypatch.setattr(tl, "_ASKED_BEFORE_ALL", asked_one_by_one)
    pieces = ["Storm ", "STORM ", "storm", " hits", " Hits", " coast", "\n", "\n", "  ", "\t"]
    pieces += [" | Reuters", "1. ", "“", "’s", "\xa0", "* ", "By Ann Lee", "Share", ".", "Ferry"]
    text = "\n".join(_strings(pieces, 400, 8, 7))
    lines = [sl.read_line(text, s, e, None) for s, e in iter_lines(text)]
    want = _eager_counts(lines)
    counts = tl.KeyCounts(text, lines)
    keys = [*want, *(tl.line_key(ln.text) for ln in lines), "storm", "hits coast", "nothing"]
    assert len(set(keys)) > 100
    assert {k: counts[k] for k in keys} == {k: min(want.get(k, 0), 2) for k in keys}


def test_role_edge_characters_are_the_patterns() -> None:
    from newsparse import _structure_authors as sa
    from newsparse._structure_fold import SPACES

    space = regex.compile(r"\s")
    assert sorted(SPACES) == [chr(c) for c in _ALL if space.match(chr(c))]
    assert sa._ROLE_TRAIL.startswith(SPACES)


@pytest.mark.parametrize("seed", range(3))
def test_role_edge_cut_is_the_patterns_cut(seed: int) -> None:
    from newsparse import _structure_authors as sa

    pieces = [*" \t\xa0\u2003\x1c·•|,.-–—&", "Staff Writer", "Editor", "a", "Jo"]
    for s in _strings(pieces, 20_000, 6, seed):
        assert s.lstrip(sa._ROLE_LEAD).rstrip(sa._ROLE_TRAIL) == sa._ROLE_EDGE.sub("", s), s


@pytest.mark.parametrize("seed", range(3))
def test_trimmed_line_is_non_space_runs_joined_by_spaces(seed: int) -> None:
    from newsparse import _blocks

    old = re.compile(rf"\S+(?:[^\S{_blocks._BREAKS}]++\S+)*")
    pieces = [*"ab \t\xa0\u2003\x1f", "\n", "\n", "xyz", "  "]  # (only "\n": the fast path)
    for s in _strings(pieces, 10_000, 12, seed):
        assert list(_blocks.iter_lines(s)) == [m.span() for m in old.finditer(s)], repr(s)
    pieces += [*_blocks._BREAKS, "\r\n"]
    for s in _strings(pieces, 10_000, 12, seed):
        assert list(_blocks.iter_lines(s)) == [m.span() for m in old.finditer(s)], repr(s)


def test_notice_letters_are_lowered_only_from_ascii() -> None:
    # _noticed tests a line's last two characters (after what may follow a job noun) and an
    # ASCII line's first two against the letters written in every case: no other character
    # is lowered to one of those letters, none but "dpu" in either case opens a date label.
    from newsparse import _structure_authors as sa

    letters = {*"".join(sa._ROLE_ENDINGS), *"".join(sa._LABEL_INITIALS)}
    odd = [c for c in _ALL if chr(c).lower() in letters and not chr(c).isascii()]
    assert [hex(c) for c in odd] == []
    rests = ("ate: x", "ublished: x", "osted: x", "pdated: x")
    odd = [
        c for c in _ALL
        if chr(c) not in sa._DATE_LABEL_FIRST
        and any(sa._DATE_LABEL.match(chr(c) + rest) for rest in rests)
    ]
    assert [hex(c) for c in odd] == []
    assert all(sa._DATE_LABEL.match(c + rest) for c in sa._DATE_LABEL_FIRST for rest in rests[:1]
               if c in "dD")


def _old_noticed(text: str) -> int:
    """_noticed as it was: the first and last characters tested through ``str.lower``."""
    from newsparse import _structure_authors as sa

    role_last = frozenset("".join(w[-1] + w[-1].upper() for w in sa.ROLE_NOUNS))
    role_last |= frozenset(sa._ROLE_END_MARKS)
    out = 0
    if (text[:1] in sa._DASHES and sa._POST_SIGNATURE.match(text)) or (
        len(text) > sa._STAMP_LINE and sa._DATE_LABEL.match(text)
    ):
        out |= sa._STAMP_NOTICE
    if (
        (len(text) <= sa._LABEL_LONGEST + 2 or text[sa._LABEL_LONGEST : -2].isspace())
        and (
            two.lower() in sa._LABEL_INITIALS
            if (two := text[:2]).isascii()
            else folded(two)[:2] in sa.LEAD_INITIALS
        )
        and sa._AUTHOR_LABEL.match(text)
    ):
        out |= sa._LABEL_NOTICE
    if (
        text[-1:] in role_last
        and text.rstrip(sa._ROLE_END_MARKS)[-2:].lower() in sa._ROLE_ENDINGS
        and sa._role_tail(text)
    ):
        out |= sa._ROLE_NOTICE
    return out


@pytest.mark.parametrize("seed", range(3))
def test_noticed_is_what_it_was(seed: int) -> None:
    from newsparse import _structure_authors as sa

    pieces = [*" \t\xa0|,.&-—–•·:", "Senior", "Staff", "Writer", "EDITOR", "reporters", "Ann"]
    pieces += ["By", "bY", "Author", "Written by", "ſ", "K", "İ", "x", "(@ann)", "Updated",
               "DATE", "posted", "2 June 2024", "a" * 200, "Po", "uP", "ST", "Rt", "oW"]
    found = [0, 0, 0]
    for s in _strings(pieces, 20_000, 8, seed):
        want = _old_noticed(s)
        for n, bit in enumerate((sa._STAMP_NOTICE, sa._LABEL_NOTICE, sa._ROLE_NOTICE)):
            found[n] += bool(want & bit)
        assert sa._noticed(s) == want, s
    assert min(found) > 20, found


@pytest.mark.parametrize("seed", range(3))
def test_role_notice_holds_every_role_line(seed: int) -> None:
    from newsparse import _structure_authors as sa

    pieces = [*" \t\xa0|,.&-—•·", "Senior", "Staff", "Writer", "EDITOR", "reporters", "Ann"]
    pieces += ["NASA", "Host", "x", "•", "o", "* ", "ſ", "K"]
    found = 0
    for s in _strings(pieces, 20_000, 5, seed):
        for mark in {0, hl.bullet_mark(s)}:
            if sa._role_words(s[mark:]):
                found += 1
                assert sa._noticed(s) & sa._ROLE_NOTICE, s
    assert found > 100


@pytest.mark.parametrize("seed", range(3))
def test_skim_prose_end_prefilter(seed: int) -> None:
    for s in _strings([*".!?…\"'”’)]\n a\u2029x("], 20_000, 8, seed):
        if sl.prose_end(s):
            assert s[-1:] in sl._PROSE_LAST, s


@pytest.mark.parametrize("seed", range(3))
def test_bullet_mark_is_the_patterns_mark(seed: int) -> None:
    pieces = [*"•·▪◦●■►▶‣⁃*+-–—oO \t\xa0\u2003\x1c\x85\n", "x", "News"]
    for s in _strings(pieces, 20_000, 5, seed):
        m = hl._BULLET.match(s)
        assert hl.bullet_mark(s) == (m.end() if m else 0), repr(s)


@pytest.mark.parametrize("seed", range(3))
def test_stems_skip_only_words_too_short_to_count(seed: int) -> None:
    from newsparse import _structure_titles as st

    def old(text: str) -> set[str]:
        if not text.isascii():
            text = st.straight(text)
        text = text.lower()
        words = regex.findall(r"[\p{L}\d][\p{L}\d'’\-]+", text)
        return {
            w[:5]
            for raw in words
            if len(w := raw.removesuffix("'s")) >= 3 and w not in st.FUNCTION_WORDS
        }

    pieces = [*"ab9 '’-.—–…\xa0“", "it's", "the", "é", "x-", "on", "Ann's", "of", "\u0661", "ℌ"]
    for s in _strings(pieces, 20_000, 8, seed):
        assert st._stems(s) == old(s), s


def test_ascii_line_tests_are_the_general_ones() -> None:
    # The line reader tests an ASCII line on its lower case (``folded`` of ASCII) and finds
    # its digits with ``re``: the same on every ASCII character.
    for c in map(chr, range(128)):
        assert folded(c) == c.lower(), repr(c)
        assert bool(sl._DIGIT.match(c)) == bool(sl._ASCII_DIGIT.match(c)), repr(c)


@pytest.mark.parametrize("seed", range(3))
def test_ascii_words_survive_the_ascii_fold(seed: int) -> None:
    # is_furniture and _timeish test their words on a line folded with its quotes, dashes and
    # no-break spaces made ASCII: every word the folded line holds, that one holds too.
    from newsparse._structure_fold import ascii_folded

    words = ["cookie", "copyright", "rights reserved", "agree", "consent", "acceptance"]
    words += ["cookies", "terms", "privacy", "agreement", "constitutes", "recaptcha"]
    words += ["all rights reserved"]
    words += ["ago", "today", "yesterday", "just now"]
    pieces = [*"’‘“”—–…\xa0 aé©İſK", "COOKIE", "Rights", " reserved", "agrée", "x", "AGO"]
    pieces += ["just", "Now", "toDay"]
    for s in _strings(pieces, 20_000, 8, seed):
        low, fast = folded(s), ascii_folded(s)
        for w in words:
            if w in low:
                assert w in fast, (s, w)
        for start in ("©", "(c)", "copyright", "we", "this"):
            if low.startswith(start):
                assert fast.startswith(start), s


@pytest.mark.parametrize("seed", range(3))
def test_line_key_joins_spaces_as_it_always_did(seed: int) -> None:
    from newsparse import _structure_title_lines as tl

    def old(text: str) -> str:
        start, end = tl.title_bounds(text)
        text = text[start:end]
        if not text.isascii():
            text = tl._KEY_SPACE.sub(" ", tl.straight(text))
        elif "  " in text or not text.isprintable():
            text = tl._KEY_SPACE.sub(" ", text)
        return text.strip().lower()

    pieces = [*" \t\xa0\u2003\x1c\n’“é|-", "Storm", " hits", "  ", " | Reuters", "[Watch]", "1. "]
    for s in _strings(pieces, 20_000, 8, seed):
        assert tl.line_key.__wrapped__(s) == old(s), repr(s)


def _tense_as_one_scan_each(text: str, start: int, end: int, lo: int, hi: int) -> int:
    """``tense`` as it read the cues: one alternation of every future cue, as listed, and
    one of every past cue and regular past form."""
    from newsparse import _dates_context as dc
    from newsparse._dates_patterns import _alt
    from newsparse.lexicon.dates_words import FUTURE_CUES, PAST_CUES

    future = regex.compile(
        r"(?<!\w)(?:"
        + "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in FUTURE_CUES)
        + r")(?!\w)",
        regex.IGNORECASE,
    )
    past = regex.compile(
        r"(?<!\w)(?<!\bbe\s)(?:"
        + _alt(PAST_CUES)
        + r"|[a-z]{2,}[^e\W]ed(?<!(?<!\w)(?:need|speed|unit|hundr|indeed|seed|feed"
        r"|breed|proce|succe|exce|expect|schedul|plann|slat|bas|embed)ed))(?!\w)",
        regex.IGNORECASE,
    )
    base = max(lo, start - 200)
    seg = text[base : min(hi, end + 200)]
    a, b = start - base, end - base
    s_lo = 0
    for m in dc._SENTENCE_END.finditer(seg, 0, a):
        s_lo = m.end()
    stop = dc._SENTENCE_END.search(seg, b)
    window = seg[s_lo : stop.start() if stop else len(seg)]
    a, b = a - s_lo, b - s_lo
    best = (1 << 30, 0)
    for pattern, sign in ((future, 1), (past, -1)):
        for m in pattern.finditer(window):
            if m.start() < b and m.end() > a:
                continue
            gap = a - m.end() if m.end() <= a else 2 * (m.start() - b) + 4
            if gap < best[0]:
                best = (gap, sign)
    return best[1]


def test_regex_word_boundary_before_a_word_character_is_no_word_character_before() -> None:
    # the tense cues open with ``\b`` before a word character in place of ``(?<!\w)``
    before = regex.compile(r"(?<!\w)a")
    boundary = regex.compile(r"\ba")
    odd = [c for c in _ALL if bool(before.match(chr(c) + "a", 1)) != bool(boundary.match(chr(c) + "a", 1))]
    assert [hex(c) for c in odd] == []


@pytest.mark.parametrize("seed", range(3))
def test_tense_reads_the_cues_one_alternation_reads(seed: int) -> None:
    from newsparse._dates_context import tense

    pieces = [" ", "  ", ". ", "; ", "! ", ".\" ", ",", "-", "'", "’", "x", "_", "K", "ſ", "é"]
    pieces += ["\u0301", "İ", "will", "Will", "WILL", " be", "be ", "won't", "won’t", "'ll"]
    pieces += ["’LL", "he", "going to", "is to", "are due", "set to", "said", "was", "held"]
    pieces += ["played", "needed", "unneeded", "expected", "scheduled", "planned for", "ago"]
    pieces += ["Thursday", "May", "plans  to", "would", "might", "to be held", "wanted", "ed"]
    pieces += ["1", "aa", "seeded", "based", "BASED", "feed", "eed", "killed", "died", "ſa"]
    rng = random.Random(seed)
    for s in _strings(pieces, 4_000, 14, seed):
        lo = rng.randint(0, len(s))
        hi = rng.randint(lo, len(s))
        start = rng.randint(lo, hi)
        end = rng.randint(start, hi)
        assert tense(s, start, end, lo, hi) == _tense_as_one_scan_each(s, start, end, lo, hi), (
            s, start, end, lo, hi)  # fmt: skip



@pytest.mark.parametrize("seed", range(3))
def test_date_rules_two_words_can_start_match_as_all_rules(seed: int) -> None:
    # where a word starts many rules, match_at chooses them by the word and the next one
    # (key_rules): it must still find what the one alternation of all the rules finds
    from newsparse._dates_scan import match_at, rule_of

    pieces = ["the", "The", "THE", "a", "A", "late", "Mid", "early", "June", "dec", "Mon"]
    pieces += [" ", " ", " ", "  ", "-", "'", "’", ",", ".", "_", "\n", "\xa0", "é", "K", "ſ"]
    pieces += ["weekend", "morning", "night", "day", "week", "year", "month", "end", "start"]
    pieces += ["first", "second", "third", "quarter", "half", "next", "following", "same"]
    pieces += ["before", "after", "yesterday", "of", "last", "past", "few", "couple", "dozen"]
    pieces += ["number", "1990s", "90s", "12th", "3rd", "21st", "century", "2022", "summer"]
    pieces += ["moment", "time", "hour", "and", "half", "it", "Monday", "October", "May"]
    pieces += ["1", "9", "30", "days", "years", "ago", "later", "twenty", "two", "Christmas"]
    for s in _strings(pieces, 4_000, 9, seed):
        every = range(len(s))
        got = [(m.span(), rule_of(m), _groups(m)) for m in match_at(s, every)]
        assert got == _all_rules_at(s, every), s


@pytest.mark.parametrize("seed", range(3))
def test_previous_word_search_starts_where_a_word_can(seed: int) -> None:
    # the date rules' last-word search opens with a look-behind; it finds what it found
    from newsparse._dates_rules import _PREV_WORD

    plain = regex.compile(r"([\w'’-]+)\W*$")
    pieces = ["a", "B", " ", "  ", "-", "'", "’", ".", ",", "_", "1", "é", "\u0301", "K", "by"]
    for s in _strings(pieces, 20_000, 12, seed):
        got, want = _PREV_WORD.search(s), plain.search(s)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), s
def _spans(found: regex.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found is not None else None


@pytest.mark.parametrize("seed", range(3))
def test_time_prefilter_skips_no_match(seed: int) -> None:
    from newsparse import _numbers_context as ctx
    from newsparse.lexicon import calendar as cal

    pieces = [" ", " ", " ", "\t", "\xa0", ":", "30", "5", ".", "a", "p", "A", "P", "m", "M", "x"]
    pieces += ["local", "LOCAL", "time", "o'clock", "O’Clock", "hrs", "HR", "K", "\u212a", "ſ", "İ"]
    pieces += [z.upper() for z in sorted(cal.TIME_ZONES)[::3]] + sorted(cal.TIME_ZONES)[1::3]
    rng = random.Random(seed)
    hits = 0
    for s in _strings(pieces, 30_000, 5, seed):
        pos = rng.randint(0, len(s))
        want = _spans(ctx.TIME_AFTER.match(s, pos))
        hits += want is not None
        assert _spans(ctx.time_after(s, pos)) == want, (s, pos)
    assert hits > 100  # the strings reach the pattern often


@pytest.mark.parametrize("seed", range(3))
def test_stamp_prefilter_skips_no_match(seed: int) -> None:
    from newsparse import _numbers_context as ctx
    from newsparse.lexicon import calendar as cal

    units = sorted(cal.STAMP_UNITS) + [u.upper() for u in sorted(cal.STAMP_UNITS)[::2]]
    odd = ["x", "ſ", "İ", "K", "\u212a", "5", ".", ",", "\t", "\xa0", "people"]
    rng = random.Random(seed)
    hits = 0
    for _ in range(30_000):
        # a stamp's shape ("5 min 52 sec ago"), each part perhaps another piece of text
        parts = [rng.choice(["", " ", "\t"]), rng.choice(units), rng.choice(["", "."])]
        for _ in range(rng.randint(0, 2)):
            parts += [rng.choice([" ", ", ", " and "]), str(rng.randint(1, 99)), " "]
            parts.append(rng.choice(units))
        parts += [rng.choice([" ", "  "]), rng.choice(["ago", "Earlier", "agony"])]
        parts = [rng.choice(odd) if rng.random() < 0.08 else part for part in parts]
        s = "".join(parts)
        want = _spans(ctx.STAMP_AFTER.match(s, 0))
        hits += want is not None
        assert _spans(ctx.stamp_after(s, 0)) == want, s
    assert hits > 1_000


@pytest.mark.parametrize("seed", range(3))
def test_phone_prefilter_skips_no_rejection(seed: int) -> None:
    from newsparse import _numbers_context as ctx
    from newsparse._numbers_scan import ANCHOR

    pieces = [*"0123456789", " ", "  ", ".", "-", "–", "(", ")", "+", "/", ",", "\xa0", "x"]
    pieces += ["020", "7946", "555", "people", "\u0663"]
    for s in _strings(pieces, 20_000, 12, seed):
        for m in ANCHOR.finditer(s):
            if m.group("num") is None:
                continue
            ph_s = m.start() - 1 if m.start() > 0 and s[m.start() - 1] in "+(" else m.start()
            found = ctx.PHONE_AT.match(s, ph_s)
            if found is not None and found.end() > m.end() + 1:  # a match that can reject
                assert ctx.phone_runs_past(s, m.end()), (s, m.span())


def test_no_character_but_the_space_lowers_to_a_trailing_space() -> None:
    # _minus_before tests the character before a number for a space before lowering words
    assert [hex(c) for c in _ALL if chr(c) != " " and chr(c).lower().endswith(" ")] == []


@pytest.mark.parametrize("seed", range(3))
def test_minus_before_prefilter_is_the_plain_test(seed: int) -> None:
    from newsparse._numbers_read import _minus_before

    def plain(text: str, lo: int, start: int) -> bool:
        if start > lo and text[start - 1] in "-−" and (start - 1 == lo or text[start - 2] == " "):
            return True
        return text[max(lo, start - 9) : start].lower().endswith(("minus ", "negative "))

    pieces = [" ", "-", "−", "minus", "MINUS", "Negative", "x", "\xa0", "İ", "5"]
    rng = random.Random(seed)
    for s in _strings(pieces, 20_000, 5, seed):
        start = rng.randint(0, len(s))
        lo = rng.randint(0, start)
        assert _minus_before(s, lo, start) == plain(s, lo, start), (s, lo, start)


def test_digits_value_fast_path_is_the_grouping_path() -> None:
    from newsparse._numbers_scan import _GROUPING, digits_value

    rng = random.Random(0)
    digits = "0123456789\u0663\u0967\uff15"
    for _ in range(5_000):
        raw = "".join(rng.choice(digits) for _ in range(rng.randint(1, 12)))
        assert digits_value(raw) == float(_GROUPING.sub("", raw)), raw


def test_plain_characters_before_digits_pass_the_anchors_look_behinds() -> None:
    from newsparse._numbers_scan import _PLAIN_BEFORE_DIGITS, ANCHOR

    # each one before a digit, after anything (a letter or a number, which the two-character
    # look-behinds read first): the anchor pattern matches there, as after a space
    for text in ("{}5", "x{}5", "9{}5"):
        cases = [(c, text.format(c)) for c in sorted(_PLAIN_BEFORE_DIGITS)]
        misses = [c for c, case in cases if not ANCHOR.match(case, len(case) - 1)]
        assert misses == [], text


@pytest.mark.parametrize("seed", range(3))
def test_digit_anchor_is_the_anchor_pattern(seed: int) -> None:
    from newsparse._numbers_scan import ANCHOR, anchor_at

    pieces = [*"0123456789", " ", "\xa0", "\u202f", "\u2009", ".", ",", "-", "‐", "–", "—", "/"]
    pieces += [*":#@=&%\\'’([;_$+x", "F", "é", "²", "\u0663", "\u088f", "one", "1,400", "3.5"]
    pieces += ["1 400", "\t", "“", "»", ")", "£", "\n"]
    for s in _strings(pieces, 20_000, 8, seed):
        for pos in range(len(s)):
            end = len(s) - (seed == 1)  # an end before the text's, once
            if pos >= end:
                continue
            got, want = anchor_at(s, pos, end), ANCHOR.match(s, pos, end)
            assert _spans(got) == _spans(want), (s, pos)
            if got is not None and want is not None:
                assert got.group(1, 2) == want.group(1, 2), (s, pos)
                assert got.group("num") == want.group("num"), (s, pos)


def test_unit_symbols_hold_no_letter_that_python_does_not_know() -> None:
    # read_unit skips SYMBOL_AT after an ASCII word that opens no symbol: a symbol's letters
    # run on past the word only through a character str.isalpha does not count a letter
    from newsparse._numbers_units import _ATTACHED_SINGLE, unit_table

    letter = regex.compile(r"\p{L}")
    symbols = [*unit_table().symbols, *_ATTACHED_SINGLE]
    assert [s for s in symbols if any(letter.match(c) and not c.isalpha() for c in s)] == []


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


@pytest.mark.parametrize("seed", range(3))
def test_unit_symbol_prefilters_skip_no_unit(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse import _numbers_units as units
    from newsparse._numbers_scan import lex

    symbols = sorted([*units.unit_table().symbols, *units._ATTACHED_SINGLE])
    rng = random.Random(seed)
    pieces = [*rng.sample(symbols, 60), "sq", "ft", "fl", "oz", "km", "h", "/", "2", "²", "x"]
    pieces += ["people", "Km", "MWh", "m", "\u088f", "é", "'s", "-", "."]
    texts = ["5" + "".join(rng.choice(["", " ", " "]) + rng.choice(pieces) for _ in range(3))
             for _ in range(6_000)]  # fmt: skip
    got = []
    for text in texts:
        toks = lex(text, 0, len(text))
        got.append(units.read_unit(text, toks, 1, money=False, mult=False))
    monkeypatch.setattr(units, "_symbol_heads", lambda: (_Everything(), _Everything()))
    want = []
    for text in texts:
        toks = lex(text, 0, len(text))
        want.append(units.read_unit(text, toks, 1, money=False, mult=False))
    assert sum(u is not None for u in want) > 1_000
    assert [(t, g) for t, g, w in zip(texts, got, want, strict=True) if g != w] == []


@pytest.mark.parametrize("seed", range(3))
def test_unit_phrases_read_as_far_as_a_phrase_goes(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # read_unit reads a phrase only as long as the longest one its first word opens
    from newsparse import _numbers_units as units
    from newsparse._numbers_scan import lex

    words = sorted(units.unit_table().words)
    rng = random.Random(seed)
    pieces = [*rng.sample(words, 80), "per", "cent", "hour", "miles", "square", "km", "-", "x"]
    pieces += ["pounds", "sterling", "us", "dollars", "kilowatt", "people", "per cent"]
    texts = ["5" + "".join(rng.choice([" ", " ", "-"]) + rng.choice(pieces) for _ in range(4))
             for _ in range(6_000)]  # fmt: skip
    got = [units.read_unit(t, lex(t, 0, len(t)), 1, money=False, mult=False) for t in texts]
    heads = units._phrase_heads()
    monkeypatch.setattr(units, "_phrase_heads", lambda: dict.fromkeys(heads, units._MAX_PHRASE))
    want = [units.read_unit(t, lex(t, 0, len(t)), 1, money=False, mult=False) for t in texts]
    assert sum(u is not None and u.next > 2 for u in want) > 100  # phrases of two words and more
    assert [(t, g) for t, g, w in zip(texts, got, want, strict=True) if g != w] == []
@pytest.mark.parametrize("seed", range(3))
def test_ascii_page_label_is_the_pattern(seed: int) -> None:
    # page_label searches an ASCII line in lower case with ``re``: the same lines as the
    # case-blind ``regex`` pattern, its words whole.
    from newsparse import _structure_title_lines as tl
    from newsparse.lexicon.structure_titles import TITLE_NOT_PHRASES

    assert all(p.isascii() and p == p.lower() for p in TITLE_NOT_PHRASES)
    pieces = [*"aZ9 _-'.:&\t", "Sign Up", "sign", " up", "MIN READ", "5", "read", "Tags", "tags"]
    pieces += ["Newsletters", "x", "Search", "tel:", "Recommended:", "rate & review", "é"]
    found = 0
    for s in _strings(pieces, 20_000, 6, seed):
        if not s.isascii():
            continue
        want = tl._LABEL.search(s) is not None
        found += want
        assert (tl._ASCII_LABEL.search(s.lower()) is not None) == want, repr(s)
    assert found > 1_000


@pytest.mark.parametrize("seed", range(3))
def test_ascii_date_hint_is_the_general_one(seed: int) -> None:
    # _may_hold_date tests an ASCII line with ``re`` and ``str.lower``: what the ``regex``
    # patterns and ``str.casefold`` give.
    from newsparse import _stamps as stp

    pieces = ["12", "5", "2023", "023", "/", ".", "-", "Dec ", "x", " ", "of ", "MAR. ", "2.5"]
    pieces += ["JuN", "\t", "_", "9"]
    found = 0
    for s in _strings(pieces, 20_000, 6, seed):
        want = bool(stp._NUMERIC_DATE_HINT.search(s)) or (
            stp._YEAR_HINT.search(s) is not None and stp._MONTH_HINT.search(s.casefold()) is not None
        )
        found += want
        assert stp._may_hold_date(s) == want, s
    assert found > 1_000


def _old_is_furniture_sentence(line: str) -> bool:
    """is_furniture of a line of 41 to 1,000 characters as it was: each pattern tried on a
    line holding one of the words."""
    from newsparse._structure_fold import ascii_folded

    low = ascii_folded(line)
    if not (
        any(w in low for w in ("cookie", "copyright", "rights reserved", "agree", "consent"))
        or any(w in low for w in ("acknowledge", "acceptance", "recaptcha"))
        or low.startswith(("©", "(c)"))
    ):
        return False
    if hl._COOKIE_NOTICE.search(line):
        return True
    if not any(q in line for q in '"“”') and hl._LEGAL_NOTICE.search(line):
        return True
    return len(line) <= 400 and bool(hl._FURNITURE_SENTENCE.match(line))


@pytest.mark.parametrize("seed", range(3))
def test_furniture_sentences_tried_on_their_words_only(seed: int) -> None:
    # is_furniture tries each pattern on a long line only when the line holds that pattern's
    # own words: the same lines as trying them all.
    pieces = ["We use cookies", " cookies", "cookie", " on your browser", " our ", " the ", " you"]
    pieces += [" agree to", " consent to", " Terms", " privacy", " User Agreement", "I ", "ſ"]
    pieces += ["This site uses ", "Copyright ", "© 2024 ", "(C) Ann", "All Rights Reserved",
               " constitutes acceptance of our", " protected by reCAPTCHA", ".", "“", "x" * 30]
    pieces += ["İ", "\xa0", "COOKIES", " acknowledge", " device", "We ", "this website uses "]
    found = 0
    for s in _strings(pieces, 20_000, 8, seed):
        if not 40 < len(s) <= 1000:
            continue
        want = _old_is_furniture_sentence(s)
        found += want
        assert hl.is_furniture(s) == want, s
    assert found > 1_000


@pytest.mark.parametrize("seed", range(3))
def test_credentialed_name_opens_with_its_given_name(seed: int) -> None:
    # label_like tries _CREDENTIALED only on a line whose first word is a known given name:
    # every line it finds a given name in opens with it.
    from newsparse import _structure_title_lines as tl

    pieces = ["Ann", "ANN", "Anna", " ", "\t", "\xa0", "\u2003", "Lee", "Ó'Neil", ",", " MS",
              " RDN.", "Bo", "Xavier", "Zed", " LD", "Ann Lee", " PhD", ", RN"]
    found = 0
    for s in _strings(pieces, 20_000, 7, seed):
        m = tl._CREDENTIALED.match(s)
        if m is not None and m["given"].lower() in tl.GIVEN_NAMES:
            found += 1
            assert s.split(None, 1)[0].lower() in tl.GIVEN_NAMES, s
    assert found > 50


def test_title_line_openings_are_the_patterns() -> None:
    # not_title tests an ASCII first character itself, page_furniture tries _FURNITURE_START
    # only on a line opening with one of its letters or with no letter: over all of Unicode.
    from newsparse import _structure_title_lines as tl

    for c in map(chr, range(128)):
        want = tl._NOT_TITLE_START.match(c + "x") is not None
        assert tl.not_title(c + "x") == want or "|" in c + "x" or "@" in c, repr(c)
    assert tl.not_title("") is False
    opener = regex.compile(r"[\d]|(?i:[msy])")
    odd = [c for c in _ALL if opener.match(chr(c)) and chr(c).isalpha()]
    assert sorted(map(chr, odd)) == sorted(tl._FURNITURE_FIRST)
    words = ("ore on", "ore from", "akes 8", "erves 4", "ield: 2")
    for c in map(chr, _ALL):
        if c not in tl._FURNITURE_FIRST and c.isalpha():
            assert not any(tl._FURNITURE_START.match(c + w) for w in words), hex(ord(c))


class _EveryShortLineKeyCounts(dict[str, int]):
    """KeyCounts as it was: every line of up to 300 characters scanned for a key's word."""

    def __init__(self, text: str, lines: list[sl.Line]) -> None:
        super().__init__()
        self._text, self._lines = text, lines

    def __missing__(self, key: str) -> int:
        from newsparse import _structure_title_lines as tl

        lines, n = self._lines, 0
        low = [] if "Σ" in self._text else [
            (i, text.lower() if text.isascii() else tl.straight(text).lower())
            for i, line in enumerate(lines)
            if len(text := line.text) <= 300
        ]
        word = max(key.split(" "), key=len)
        for i in range(len(lines)) if not low or not key else (i for i, _ in low):
            text = lines[i].text
            if low and key and not (word in text.lower() or word in tl.straight(text).lower()):
                continue
            n += tl.KeyCounts._keyed(self, i, key)  # type: ignore[arg-type]
            if n == 2:
                break
        self[key] = n
        return n


@pytest.mark.parametrize("seed", range(3))
def test_key_counts_skip_only_lines_read_as_uncounted(seed: int) -> None:
    # KeyCounts lowers and scans only the lines that may count (not read yet, or read as a
    # headline, other or nav line): the same counts as scanning every line, and the same
    # lines read in full (``settled``), so that the page's lines are left as they were.
    from newsparse import _structure_title_lines as tl
    from newsparse._blocks import iter_lines

    pieces = ["Storm ", "STORM ", "storm", " hits", " Hits", " coast", "\n", "\n", "\n", "  "]
    pieces += [" | Reuters", "1. ", "“", "’s", "\xa0", "İ", "Σ", "* ", "By Ann Lee", "Share"]
    pieces += [".", " fares", "Ferry", "2 June 2024", "Storm hits the coast as the sea rises."]
    tried = 0
    for text in _strings(pieces, 3_000, 30, seed):
        spans = list(iter_lines(text))
        keys = sorted({tl.line_key(text[s:e]) for s, e in spans} | {"storm", "hits coast"})
        new, old = sl.skim_lines(text, spans, None), sl.skim_lines(text, spans, None)
        got, want = tl.KeyCounts(text, new), _EveryShortLineKeyCounts(text, old)
        for key in keys:
            tried += 1
            assert got[key] == want[key], (text, key)
            assert list(new) == list(old), (text, key)
    assert tried > 10_000


@pytest.mark.parametrize("seed", range(3))
def test_may_hold_stamps_holds_every_line_with_stamps(seed: int) -> None:
    # The search for a stamp near a header does not read a pending line that may hold none
    # (``may_hold_stamps``): every line read with stamps must pass it.
    # (no ``now``: relative stamps are found all the same, their moment left unread)
    pieces = ["By ", "Ann Lee", "2 hours ago", "Updated ", "June 2", ", 2024", "* ", "• ", "-",
              "12/22/23", "today", "Yesterday", "just now", "ſ", "İ", "x" * 60, "Share", " ",
              "\u0662", "Posted", "Dec. 22, 2023", "TODAY", "ago"]
    stamped = 0
    for raw in _strings(pieces, 20_000, 6, seed):
        s = raw.strip()
        line = sl.read_line(s, 0, len(s), None)
        if line.stamps:
            stamped += 1
            assert sl.may_hold_stamps(line), s
    assert stamped > 2_000


def _every_line_width(text: str, spans: list[tuple[int, int]]) -> int | None:
    """``_width`` as it was: every line's spaces counted."""
    from newsparse._structure_wrap import MAX_WIDTH

    wordy = sorted(e - s for s, e in spans if text.count(" ", s, e) >= 4)
    if len(wordy) < 3:
        return None
    width = wordy[int(0.9 * (len(wordy) - 1))]
    if width > MAX_WIDTH or width < 40:
        return None
    band = sum(1 for n in wordy if 0.8 * width <= n <= 1.1 * width)
    return width if band >= max(3, 0.4 * len(wordy)) else None


@pytest.mark.parametrize("seed", range(3))
def test_wrap_width_told_by_long_lines_is_every_lines_width(seed: int) -> None:
    # ``_width`` gives up on a text whose long lines are too many for 90% of its wordy
    # lines to be short, counting the spaces of the long lines only: the same width (or
    # None) as counting every line's.
    from newsparse._blocks import iter_lines
    from newsparse._structure_wrap import _width

    rng = random.Random(seed)
    words = ["a", "the", "harbour", "bridge", "x" * 30, "Menu", "é", "\xa0"]
    found = given_up = 0
    for _ in range(3_000):
        lines = []
        for _ in range(rng.randint(0, 40)):
            want = rng.choice((rng.randint(1, 30), rng.randint(40, 75), rng.randint(60, 140)))
            line = ""
            while len(line) < want:
                line += rng.choice(words) + rng.choice((" ", " ", "  ", "-"))
            lines.append(line.strip() or "x")
        text = "\n".join(lines)
        spans = list(iter_lines(text))
        want_width = _every_line_width(text, spans)
        assert _width(text, spans) == want_width, text
        found += want_width is not None
        longs = sum(1 for s, e in spans if e - s > 100)
        given_up += len(spans) - longs <= int(0.9 * (len(spans) - 1)) and longs > 0
    assert found > 100
    assert given_up > 200


def test_only_two_characters_lower_to_an_ascii_letter() -> None:
    # ``_cookie_table`` looks for its words in the text's UTF-8 bytes with ASCII letters
    # lowered (not the text in lower case): that holds while no character but the Kelvin
    # sign (tested for) lowers to a string with an ASCII letter of them, and "İ" lowers to
    # "i" and a combining dot (no "ie" in "cookie").
    odd = {
        c: chr(c).lower()
        for c in range(128, 0x110000)
        if not 0xD800 <= c <= 0xDFFF and any(x.isascii() for x in chr(c).lower())
    }
    assert odd == {0x130: "i\u0307", 0x212A: "k"}


@pytest.mark.parametrize("seed", range(3))
def test_cookie_table_on_bytes_is_cookie_table_in_lower_case(seed: int) -> None:
    from newsparse._blocks import iter_lines
    from newsparse._structure_runs import Run, _cookie_table

    pieces = ["Cookie", "COOKIES", "cooKİe", "coo\u212aie", "Consent", "CONSENT", " ", "\n",
              "é", "\ud800", "necessary ", "consent", "cookie", "recipe", "\n", "Σ"]
    tables = 0
    for text in _strings(pieces, 5_000, 30, seed):
        spans = list(iter_lines(text))
        lines = [sl.read_line(text, s, e, None) for s, e in spans]
        run = Run(0, len(lines), 0)
        low = [ln.text.lower() for ln in lines]
        n = len(lines)
        want = (
            n >= 4
            and sum("cookie" in t for t in low) > n / 2
            and any("consent" in t for t in low)
        )
        assert _cookie_table(text, lines, run) == want, text
        tables += want
    assert tables > 100
