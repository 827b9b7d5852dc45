"""Context the date normaliser reads around a match: tense and the numeric date convention.

Tense decides which Thursday or October is meant: the nearest tense cue in the same
sentence wins ("said Thursday" is past, "will meet on Thursday" future).

>>> tense("Officials will meet on Thursday.", 23, 31, 0, 32)
1
>>> tense("He said Thursday that it was over.", 8, 16, 0, 34)
-1
"""

from __future__ import annotations

import regex

from newsparse._dates_patterns import _alt
from newsparse.lexicon.dates_words import FUTURE_CUES, PAST_CUES


def _live(cues: tuple[str, ...]) -> list[str]:
    """The cues that can be a match of their alternation: one opening with a cue listed before
    it and a space never is ("will be": "will" matches there first, as a whole word)."""
    return [c for i, c in enumerate(cues) if not any(c.startswith(d + " ") for d in cues[:i])]


_FUTURE_CUES = _live(FUTURE_CUES)
# The future cues opening with a word character as one trie after ``\b`` (which holds where
# ``(?<!\w)`` does before a word character, and ``regex`` tests faster), the others ("'ll")
# apart. Their matches never overlap (a word cue's apostrophe follows a letter), so the two
# scans find what one alternation of every cue finds, in about half the time.
_FUTURE = regex.compile(
    r"\b(?<!\w)" + _alt(c for c in _FUTURE_CUES if regex.match(r"\w", c)) + r"(?!\w)",
    regex.IGNORECASE,
)
_FUTURE_MARKS = regex.compile(
    r"(?<!\w)(?:"
    + "|".join(
        regex.escape(c).replace(r"\ ", r"\s+") for c in _FUTURE_CUES if not regex.match(r"\w", c)
    )
    + r")(?!\w)",
    regex.IGNORECASE,
)
# Past cues: the listed words and regular past forms, but not adjectives ending in -ed that
# name no event, nor the future forms "expected/scheduled/planned", nor passives after "be"
# ("will be sentenced", "will be held": a participle after "be" is a passive, and the listed
# irregular forms are participles too).
# The cues are one trie (after ``\b``, as the future ones). A regular past form is found by
# its "ed", which ``regex`` searches for fast, and read back to the word's start (group 1)
# in a look-behind; the words that are not past forms are ruled out after it. Every match
# is a whole word, so the two scans find what one alternation of both finds, in about two
# thirds of its time.
_PAST = regex.compile(
    r"\b(?<!\w)(?<!\bbe\s)" + _alt(PAST_CUES) + r"(?!\w)",
    regex.IGNORECASE,
)
_PAST_ED = regex.compile(
    r"(?<=(?<!\w)(?<!\bbe\s)([a-z]{2,}[^e\W]))ed(?<!(?<!\w)(?:need|speed|unit|hundr|indeed"
    r"|seed|feed|breed|proce|succe|exce|expect|schedul|plann|slat|bas|embed)ed)(?!\w)",
    regex.IGNORECASE,
)
# Sentence ends: a full stop, question or exclamation mark, or semicolon before a space.
_SENTENCE_END = regex.compile(r"[.!?;][\"'”’)]*\s")


def tense(text: str, start: int, end: int, lo: int, hi: int) -> int:
    """The tense around ``text[start:end]`` inside ``text[lo:hi]``: +1 future, -1 past, 0 none.

    >>> tense("Talks are on Monday.", 13, 19, 0, 20)
    0
    """
    base = max(lo, start - 200)
    seg = text[base : min(hi, end + 200)]  # slices keep each call bounded by the window
    a, b = start - base, end - base
    s_lo = 0
    for m in _SENTENCE_END.finditer(seg, 0, a):
        s_lo = m.end()
    stop = _SENTENCE_END.search(seg, b)
    s_hi = stop.start() if stop else len(seg)
    best = (1 << 30, 0)
    window = seg[s_lo:s_hi]
    a, b = a - s_lo, b - s_lo
    # each cue's start is that of the group named (the word of a regular past form)
    for pattern, group, sign in _CUES:
        for m in pattern.finditer(window):
            start = m.start(group)
            if start < b and m.end() > a:
                continue
            # the verb that governs a date usually comes before it: cues after count double
            gap = a - m.end() if m.end() <= a else 2 * (start - b) + 4
            if gap < best[0]:
                best = (gap, sign)
    return best[1]


# The cue scans: pattern, group spanning the cue's start, sign. Future first: it wins a tie.
_CUES = ((_FUTURE, 0, 1), (_FUTURE_MARKS, 0, 1), (_PAST, 0, -1), (_PAST_ED, 1, -1))


_NUMERIC = regex.compile(r"(?<![\w./-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d\d)(?![\w/])")
_DM = regex.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    regex.IGNORECASE,
)
_MD = regex.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)",
    regex.IGNORECASE,
)


def day_first(text: str, spans: list[tuple[int, int]]) -> bool | None:
    """Whether numeric dates in the ``spans`` of ``text`` put the day first.

    Read from unambiguous numeric dates ("27/10/2022"), else from how dates with month
    names are written ("27 October" against "October 27"); None when nothing tells.

    >>> day_first("Filed 27/10/2022; due 03/11/2022.", [(0, 33)])
    True
    >>> day_first("On October 27 and 03/11/2022.", [(0, 29)]) is False
    True
    """
    dm = md = 0
    for lo, hi in spans:
        for m in _NUMERIC.finditer(text, lo, hi):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
        dm += sum(1 for _ in _DM.finditer(text, lo, hi))
        md += sum(1 for _ in _MD.finditer(text, lo, hi))
    if dm != md:
        return dm > md
    return None
