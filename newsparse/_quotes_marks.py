"""Quote marks and sentences inside one block: which marks pair up, where sentences end.

Marks and sentence ends are found with ``str.find`` and read in one left-to-right pass over
them, so a block full of stray marks costs no more than its marks. An opening mark that is
never closed is reported as unclosed (the caller decides whether it runs to the block's end,
as a multi-paragraph quote does); it never reaches past its block.

>>> t = 'He said “yes, now” and left.'
>>> [(t[p.start:p.end], p.closed) for p in find_pairs(t, 0, len(t))]
[('yes, now', True)]
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import regex

from newsparse._scan_chars import SPACES

__all__ = ["Pair", "find_pairs", "sentence_spans"]


class Pair(NamedTuple):
    """A quotation: the offsets of its words, between the marks."""

    open: int
    """Offset of the opening mark."""
    start: int
    """Offset of the first quoted character (just after the opening mark)."""
    end: int
    """Offset just after the last quoted character (the closing mark, or the block's end)."""
    closed: bool
    """Whether a closing mark was found in the block."""


# Double marks of every style: curly, straight, low-9 (German), guillemets, the reversed
# high-9 and the CJK-style double prime marks; and two apostrophes, the NYT-archive double mark.
_DOUBLE_CHARS = "\"“”„‟«»〝〞"
# Single marks: curly, straight, low-9 and single guillemets.
_SINGLE_MARKS = "'‘’‚‹›"
_CURLY_DOUBLE = _DOUBLE_CHARS.replace('"', "")
_CURLY_SINGLE = _SINGLE_MARKS.replace("'", "")
_OPENERS_BEFORE = "([{—–-/ \t\u00a0"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _left_open(text: str, i: int, lo: int) -> bool:
    """Whether the character before ``i`` lets a mark at ``i`` open a quotation."""
    return i == lo or text[i - 1] in _OPENERS_BEFORE or text[i - 1] in "“‘«„:"


def _right_word(text: str, i: int, hi: int) -> bool:
    return i + 1 < hi and not text[i + 1].isspace()


def _double_pairs(text: str, lo: int, hi: int, marks: list[tuple[int, int]]) -> list[Pair]:
    """Pair the double marks found at ``marks`` (start and end of each) in ``text[lo:hi]``."""
    pairs: list[Pair] = []
    open_at = -1
    open_mark = ""
    open_len = 1
    for i, i_end in marks:
        ch = text[i]
        if ch == "'":
            ch = '"'
        opening_ctx = _left_open(text, i, lo) and _right_word(text, i_end - 1, hi)
        closing_ctx = i > lo and not text[i - 1].isspace()
        if ch in "“":
            if open_at >= 0 and (open_mark == "„" or (closing_ctx and not opening_ctx)):
                role = "close"
            else:
                role = "open"
        elif ch in "„«〝":
            role = "open"
        elif ch in "”»〞‟":
            role = "close" if open_at >= 0 else ("open" if opening_ctx else "stray")
        # A straight double mark: decided by its neighbours, then by the state.
        elif opening_ctx and not closing_ctx:
            role = "open"
        elif closing_ctx and not opening_ctx:
            role = "close"
        else:
            role = "close" if open_at >= 0 else "open"
        if role == "open":
            # A second opening before any closing: the first was a stray mark.
            open_at, open_mark, open_len = i, ch, i_end - i
        elif role == "close" and open_at >= 0:
            if i > open_at + open_len:
                pairs.append(Pair(open_at, open_at + open_len, i, True))
            open_at = -1
    if open_at >= 0 and open_at + open_len < hi:
        pairs.append(Pair(open_at, open_at + open_len, hi, False))
    return pairs


def _single_pairs(
    text: str, lo: int, hi: int, inside: list[Pair], marks: list[int]
) -> list[Pair]:
    """Single-mark quotations outside double ones; apostrophes are told apart by context.

    ``marks`` are the offsets of the single marks that may open or close one, in order.
    """
    starts = [p.open for p in inside]
    pairs: list[Pair] = []
    open_at = -1
    for i in marks:
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and inside[k].open <= i <= inside[k].end + 1:
            continue  # nested inside a double quotation (or one of its marks)
        ch = text[i]
        left_word = i > lo and _is_word(text[i - 1])
        right_word = i + 1 < hi and _is_word(text[i + 1])
        if left_word and right_word:
            continue  # an apostrophe inside a word: it's, Iran's, don't
        if ch in "‘‚‹'" and not left_word and right_word and _left_open(text, i, lo):
            open_at = i
        elif ch in "’›'" and open_at >= 0 and not right_word and i > open_at + 1:
            if not text[i - 1].isspace():
                pairs.append(Pair(open_at, open_at + 1, i, True))
                open_at = -1
        elif open_at >= 0 and i - open_at > 300:
            open_at = -1
    return pairs


def _edge(text: str, i: int, hi: int) -> bool:
    """Whether the single mark at ``i`` (after the block's first character) has no letter or
    digit on one side: the others are apostrophes inside words ("it's", "Iran’s"), which
    never open or close a quotation."""
    return not text[i - 1].isalnum() or i + 1 >= hi or not text[i + 1].isalnum()


def _marks(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The double marks of ``text[lo:hi]`` (start, end) and the offsets of its single marks
    that are not apostrophes inside words, each in order.

    Each kind of mark is found with ``str.find`` (a block without it costs one test; an
    ASCII block has no curly marks to look for). Two apostrophes are one double mark, read
    left to right, and each of the two is read as a single mark too. The block's first
    character is a single mark whatever stands around it.
    """
    doubles: list[tuple[int, int]] = []
    singles = []
    block = text[lo:hi]
    curly = not block.isascii()
    for ch in '"' + _CURLY_DOUBLE if curly else '"':
        if ch in block:
            k = text.find(ch, lo, hi)
            while k >= 0:
                doubles.append((k, k + 1))
                k = text.find(ch, k + 1, hi)
    if "'" in block:
        k = text.find("'", lo, hi)
        while k >= 0:
            if k + 1 < hi and text[k + 1] == "'":
                doubles.append((k, k + 2))
                if k > lo and _edge(text, k, hi):
                    singles.append(k)
                if _edge(text, k + 1, hi):
                    singles.append(k + 1)
                k = text.find("'", k + 2, hi)
                continue
            if k > lo and _edge(text, k, hi):
                singles.append(k)
            k = text.find("'", k + 1, hi)
    if curly:
        for ch in _CURLY_SINGLE:
            if ch in block:
                k = text.find(ch, lo + 1, hi)
                while k >= 0:
                    if _edge(text, k, hi):
                        singles.append(k)
                    k = text.find(ch, k + 1, hi)
    doubles.sort()
    singles.sort()
    if lo < hi and text[lo] in _SINGLE_MARKS:
        singles.insert(0, lo)
    return doubles, singles


def find_pairs(text: str, lo: int, hi: int) -> list[Pair]:
    """The quotations in ``text[lo:hi]``, in order; at most the last one is unclosed.

    Double marks are paired first; single marks pair only outside them (nested quotations
    belong to the outer one) and apostrophes (``Iran’s``, ``rock ’n’ roll`` aside) are skipped.

    >>> t = "Drones ‘appalling’: Blinken"
    >>> [t[p.start:p.end] for p in find_pairs(t, 0, len(t))]
    ['appalling']
    >>> t = "''Yes,'' he said."
    >>> [t[p.start:p.end] for p in find_pairs(t, 0, len(t))]
    ['Yes,']
    >>> t = '"one" and "two'
    >>> [(t[p.start:p.end], p.closed) for p in find_pairs(t, 0, len(t))]
    [('one', True), ('two', False)]
    """
    doubles_at, singles_at = _marks(text, lo, hi)
    doubles = _double_pairs(text, lo, hi, doubles_at) if doubles_at else []
    singles = _single_pairs(text, lo, hi, doubles, singles_at) if singles_at else []
    if not singles:
        return doubles
    closed = [p for p in doubles if p.closed]
    merged = sorted(doubles + singles)
    if len(closed) < len(doubles):
        # The unclosed double quotation stays last; drop singles after its opening.
        last = doubles[-1]
        merged = [p for p in merged if p is last or p.end <= last.open]
    return merged


# A sentence ends at . ! ? (or an ellipsis) plus closing marks, before a space and a capital,
# digit or opening mark. The pattern matches the end punctuation, the closing marks and the
# gap (group 1 is what follows the punctuation); :data:`_SENT_NEXT` then tests what follows
# the gap. It is an ``re`` pattern matched at each end mark (``str.find`` finds those, much
# faster than a scan); ``re`` has no \p{Lu}, and the gap is ``regex``'s ``\s`` spelled out
# (:data:`newsparse._scan_chars.SPACES`: ``re``'s ``\s`` also takes \x1c-\x1f).
_SENT_GAP = re.compile(r"[.!?…]([’”\"'»)\]]{0,3}[" + re.escape(SPACES) + "]+)")
_SENT_NEXT = regex.compile(r"""[“"‘'«(\[]?[\p{Lu}\d]""")
# What follows the punctuation, for a block whose first character comes just after one.
_SENT_END_AT_START = regex.compile(r"""[’”"'»)\]]{0,3}\s+(?=[“"‘'«(\[]?[\p{Lu}\d])""")
_ABBREV_BEFORE = regex.compile(
    r"""(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|Prof|Rev|Inc|Co|Corp
    |Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ft|Mt|Adm|Maj|Cmdr|Supt
    # AP abbreviations of US states, written in datelines and after city names
    |Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo
    |Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo)\.
    |\b\p{Lu}\.|\b(?:\p{Lu}\.){2,})$""",
    regex.VERBOSE,
)


# What may follow end punctuation in a gap: a closing mark or bracket, or a space.
_AFTER_END = frozenset("’”\"'»)]" + SPACES)


def _ends(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where the gap after each sentence end in ``text[lo:hi]`` stands, in order.

    The end marks are found with ``str.find`` (a closing mark or a space must follow);
    :data:`_SENT_GAP` is matched at each and :data:`_SENT_NEXT` tests what follows the gap.
    A gap holds one end mark, so these are the ends that one scan of the whole rule, the
    test of what follows included, finds.
    """
    marks = []
    for ch in ".!?…":
        k = text.find(ch, lo, hi - 1)
        while k >= 0:
            if text[k + 1] in _AFTER_END:
                marks.append(k)
            k = text.find(ch, k + 1, hi - 1)
    if len(marks) > 1:
        marks.sort()
    ends = []
    for k in marks:
        m = _SENT_GAP.match(text, k, hi)
        if m is not None and _SENT_NEXT.match(text, m.end(), hi):
            ends.append(m.span(1))
    return ends


def sentence_spans(text: str, lo: int, hi: int, pairs: list[Pair]) -> list[tuple[int, int]]:
    """Split ``text[lo:hi]`` into sentences, never inside a quotation.

    >>> t = "“Go. Now,” he said. Mr. Li left."
    >>> [t[s:e] for s, e in sentence_spans(t, 0, len(t), find_pairs(t, 0, len(t)))]
    ['“Go. Now,” he said.', 'Mr. Li left.']
    """
    starts = [p.open for p in pairs]
    spans: list[tuple[int, int]] = []
    begin = lo
    ends = _ends(text, lo, hi)
    if 0 < lo < hi and text[lo - 1] in ".!?…":
        m0 = _SENT_END_AT_START.match(text, lo, hi)
        if m0 is not None:
            ends = [m0.span(), *_ends(text, m0.end(), hi)]
    for cut, m_end in ends:
        # Closing marks after the punctuation stay with the sentence.
        end = cut
        while end < m_end and not text[end].isspace():
            end += 1
        k = bisect.bisect_right(starts, end) - 1
        if k >= 0 and pairs[k].open < end < pairs[k].end:
            continue
        if _ABBREV_BEFORE.search(text, max(lo, cut - 8), cut):
            continue
        spans.append((begin, end))
        begin = m_end
    if begin < hi:
        spans.append((begin, hi))
    return spans
