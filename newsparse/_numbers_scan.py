"""Numerals: the anchor pattern, a small lexer, and readers for digits, words and multipliers.

Every pattern here is linear: alternations of literal words, digit runs with fixed group
sizes, and lookarounds of bounded length; nothing nests an unbounded repeat in another.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from newsparse._scan_chars import NOT_SPACE_OR_ASCII_WORD
from newsparse._trie import trie_alternation
from newsparse.lexicon import numbers_currency as cur
from newsparse.lexicon import numbers_words as w


class Tok(NamedTuple):
    """One token of the lexer: offsets into the text, the text, and its kind."""

    start: int
    end: int
    text: str
    kind: str  # "word", "num" or "punct"
    gap: bool  # white space before it


def _alternation(words: object) -> str:
    items = sorted({str(x) for x in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(regex.escape(x) for x in items)


_ANCHOR_WORDS = [
    *w.UNITS, *w.TENS, "hundred", "thousand", "million", "billion", "trillion",
    *w.DOZEN, *w.VAGUE, *w.FRACTIONS,
]  # fmt: skip

#: Where a quantity may start: a digit numeral not inside a word, code, path or time, or a
#: number word.
ANCHOR = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}_.,/:#@=&%\\'’])  # not inside a word, code, decimal, path or time
    (?<!\p{{L}}[-‐])                    # not a code such as COVID-19 or F-16
    (?<![\p{{L}}\p{{N}}][(\[;])            # not a citation such as 2019;110(6)
    (?<!\p{{N}}[-–—])                   # not the far end of a range already read
    (?P<num>
        (?>\d{{1,3}}(?:,\d{{3}})+)(?:\.\d+)?            # 1,400  1,234.5
      | (?>\d{{1,3}}(?:[\u00a0\u202f\u2009\ ]\d{{3}})+)   # 1 400
      | (?>\d+)(?:\.\d+)?                               # 1400  3.5
    )
    (?![.,]?\d)                         # not part of 3,5 or 1.2.3
    | \b(?P<word>(?i:{_alternation(_ANCHOR_WORDS)}))\b
    """,
    regex.VERBOSE,
)

#: :data:`ANCHOR`'s digit branch alone, in ``re`` (about half the time of ``regex``), for a
#: digit after a character none of its look-behinds reads; the word group is there, never
#: matching, so that the groups' numbers are :data:`ANCHOR`'s.
_DIGIT_ANCHOR = re.compile(
    r"(?P<num>(?>\d{1,3}(?:,\d{3})+)(?:\.\d+)?"
    r"|(?>\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+)"
    r"|(?>\d+)(?:\.\d+)?)(?![.,]?\d)"
    r"|(?P<word>(?!))"
)
#: Common characters before a number that none of :data:`ANCHOR`'s look-behinds reads.
_PLAIN_BEFORE_DIGITS = frozenset(" \t\n\r\xa0\u2009\u202f$£€¥₹+*!?\"“”‘«»)]{}<>|~^`•…")


def anchor_at(text: str, pos: int, end: int) -> re.Match[str] | regex.Match[str] | None:
    """``ANCHOR.match(text, pos, end)``; at a digit after white space, "$" or another
    character no look-behind of it reads (most numbers), its digit branch alone.

    >>> anchor_at("cost $1,400 each", 6, 16).group("num"), anchor_at("F-16", 2, 4)
    ('1,400', None)
    """
    if (not pos or text[pos - 1] in _PLAIN_BEFORE_DIGITS) and text[pos].isdecimal():
        return _DIGIT_ANCHOR.match(text, pos, end)
    return ANCHOR.match(text, pos, end)


_LEX = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?)|(\d+(?:[.,]\d+)*)|([^\s\w]|_)")
_KINDS = ("", "word", "num", "punct")
# ``tuple.__new__(Tok, (...))`` builds a token in about half the time of ``Tok(...)`` (no
# Python-level ``__new__``); the lexers below build one per token, the stage's hottest loop.
_new = tuple.__new__


def lex(text: str, pos: int, end: int) -> list[Tok]:
    """The tokens of ``text[pos:end]``.

    >>> [t.text for t in lex("3.2bn, said", 0, 11)]
    ['3.2', 'bn', ',', 'said']
    """
    out: list[Tok] = []
    last = pos
    for m in _LEX.finditer(text, pos, end):
        s, e = m.span()
        out.append(_new(Tok, (s, e, m.group(), _KINDS[m.lastindex or 3], s > last)))
        last = e
    return out


class Toks(list[Tok]):
    """Up to ``limit`` tokens from a position on, lexed a few at a time as they are read.

    A list, as :func:`lex` gives (the first token's gap counts from the position), that
    holds a first few tokens and lexes on when :func:`more` asks for one past its end: a
    reader tests an index with ``i < len(toks) or more(toks, i)``, true where the whole
    list would hold ``toks[i]``. Most numbers are read from their first few tokens.

    >>> toks = Toks.lexed("1 of the 5 big ones", 0, 19, 12)
    >>> len(toks), more(toks, 5), len(toks), toks[5].text
    (3, True, 6, 'ones')
    """

    __slots__ = ("hi", "last", "left", "text")

    hi: int
    last: int
    left: int
    text: str

    @classmethod
    def lexed(cls, text: str, pos: int, hi: int, limit: int) -> Toks:
        """The tokens of ``text[pos:hi]``, up to ``limit`` of them, the first few lexed."""
        toks = cls()
        toks.text, toks.hi, toks.last, toks.left = text, hi, pos, limit
        toks.grow(_FIRST - 1)
        return toks

    def grow(self, i: int) -> bool:
        """Lex on until ``self[i]`` exists or the limit or the text ends; whether it exists."""
        want = min(self.left, max(i + 1 - len(self), _STEP))
        if want <= 0:
            return i < len(self)
        last = self.last
        for n, m in enumerate(_LEX.finditer(self.text, last, self.hi), 1):
            s, e = m.span()
            self.append(_new(Tok, (s, e, m[0], _KINDS[m.lastindex or 3], s > last)))
            last = e
            if n >= want:
                self.left -= n
                break
        else:
            self.left = 0  # the text ends
        self.last = last  # where the last token ends: lexing goes on from there
        return i < len(self)


_FIRST = 3  # tokens lexed at first
_STEP = 2  # and at least at each step after


def more(toks: list[Tok], i: int) -> bool:
    """Whether ``toks[i]``, an index past the end of ``toks``, exists once a :class:`Toks`
    has lexed on to it (a plain list, or one lexed to its limit or the text's end: no).

    >>> more([], 0), more(Toks.lexed("a b c d e", 0, 9, 12), 4), more(Toks.lexed("a", 0, 1, 12), 1)
    (False, True, False)
    """
    return isinstance(toks, Toks) and toks.left > 0 and toks.grow(i)


class BlockTokens:
    """The tokens of one block read around its numbers: :meth:`after` and :meth:`before`.

    Neither depends on what was read before: a number's reading is the same wherever it
    stands among the block's other numbers.
    """

    __slots__ = ("hi", "lo", "text")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi

    def after(self, pos: int, limit: int) -> Toks:
        """Up to ``limit`` tokens from ``pos`` on (the first one's gap counts from ``pos``),
        lexed as they are read (see :class:`Toks`).

        >>> BlockTokens("a 1 b c", 0, 7).after(2, 2)[1].text
        'b'
        """
        return Toks.lexed(self.text, pos, self.hi, limit)

    def before(self, pos: int, limit: int) -> list[Tok]:
        """Up to ``limit`` tokens ending at or before ``pos``, in order, read from a window
        of ``8 * limit`` characters before it (within the block).

        The tokens after the ``limit``-th space back in the window are the last ones whole
        (no token spans a space); where the window has too few spaces, all of it is lexed,
        its first token dropped when it may be a word cut by the window's edge.

        >>> [t.text for t in BlockTokens("more than $5", 0, 12).before(11, 3)]
        ['more', 'than', '$']
        >>> [t.text for t in BlockTokens("a (5)", 0, 5).before(3, 3)]
        ['a', '(']
        """
        text = self.text
        lo = max(self.lo, pos - 8 * limit)
        cut = pos
        for _ in range(limit + (text[pos - 1 : pos] == " ")):  # back over a space per token
            cut = text.rfind(" ", lo, cut)
            if cut < 0:
                break
        toks = lex(text, cut, pos) if cut >= 0 else []
        if len(toks) < limit:  # too few spaces: the whole window
            toks = lex(text, lo, pos)
            if lo > self.lo and toks and toks[0].start == lo:
                toks = toks[1:]  # may be a cut word
        return toks[-limit:]


_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def lowered(text: str) -> str:
    """``text`` in lower case, same length (so offsets hold).

    Where a character's lower case is longer (only "İ"), only ASCII letters are lowered:
    one ``str.replace`` per upper-case letter present, as ``str.translate`` on non-ASCII
    text is about 80 times slower than that.

    >>> lowered("Over TWO")
    'over two'
    >>> lowered("İSTANBUL Two")
    'İstanbul two'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    for up in _ASCII_UPPER:
        if up in text:
            text = text.replace(up, up.lower())
    return text


#: A fast scan for anchor candidates in lower-cased text; :data:`ANCHOR` then checks each.
#: A run of digits is one candidate (an anchor never starts inside a run: its lookbehind
#: rejects a digit before it). The number words are a prefix tree (greedy, so the longest
#: word followed by a word boundary wins, as in an alternation sorted longest first).
_ANCHOR_TREE = trie_alternation(set(_ANCHOR_WORDS))  # (the tree sorts its own branches)
CANDIDATE = re.compile(rf"\d+|\b{_ANCHOR_TREE}\b")

# The scan after the first position, in two passes that together find what ``CANDIDATE``
# finds (a number word starts after a non-word character, which is a space or not): a
# number word after a space, found by ``re``'s search for a literal first character; and
# a digit run or a number word after any other non-word character, found by its search
# for a first character of a set. A single pattern opening with ``\d+|\W`` has no first
# character to search for, so ``re`` tries it at every position: about twice as slow.
_WORD_AFTER_SPACE = re.compile(rf"\ ({_ANCHOR_TREE})\b")
_DIGITS_OR_WORD_AFTER_MARK = re.compile(
    rf"[0-9{NOT_SPACE_OR_ASCII_WORD}](?:(?<=\d)\d*|(?<=\W)({_ANCHOR_TREE})\b)"
)


def candidates(low: str, pos: int, end: int) -> list[tuple[int, int]]:
    """Where :data:`CANDIDATE` matches in ``low[pos:end]``, as its ``finditer`` finds them.

    >>> candidates("a 12 and two (one) 3", 0, 20)
    [(2, 4), (9, 12), (14, 17), (19, 20)]
    """
    m = CANDIDATE.match(low, pos, end)  # the first position: its \b reads before ``pos``
    out: list[tuple[int, int]] = []
    if m is not None:
        out.append(m.span())
        pos = m.end()
    # The two passes never find the same place (a space is not in the second's set) and
    # never overlap (each match ends where its word or digits do), so their union, sorted,
    # is the one scan's.
    marked = [
        found.span(1) if found.lastindex else found.span()
        for found in _DIGITS_OR_WORD_AFTER_MARK.finditer(low, pos, end)
    ]
    spaced = [found.span(1) for found in _WORD_AFTER_SPACE.finditer(low, pos, end)]
    if spaced:
        marked = sorted(marked + spaced) if marked else spaced
    if out:
        return out + marked if marked else out
    return marked


_GROUPING = regex.compile(r"[,\s\u00a0\u202f\u2009]")


def digits_value(raw: str) -> float:
    """The value of a digit numeral as written.

    >>> digits_value("1,440"), digits_value("1 400"), digits_value("3.5")
    (1440.0, 1400.0, 3.5)
    """
    if raw.isdecimal():
        return float(raw)  # no grouping to take out (most numerals)
    return float(_GROUPING.sub("", raw))


_NUMBER_WORDS = {**w.UNITS, **w.TENS}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


class WordNumber(NamedTuple):
    """A number written in words: its value and where it ends (token index after it)."""

    value: float
    next: int
    fraction: bool


def _fits(current: float, value: int, seen: bool) -> bool:
    """Whether a number word may follow what was read ("twenty" + "one", not "one" + "two")."""
    if not seen:
        return True
    low = current % 100
    if value >= 20:
        return low == 0
    return low == 0 or (low >= 20 and low % 10 == 0)


def read_words(toks: list[Tok], i: int) -> WordNumber | None:
    """Read a number in words from ``toks[i]`` (a multiplier alone counts one: "a dozen").

    >>> t = lex("two hundred and fifty-one people", 0, 32)
    >>> read_words(t, 0)
    WordNumber(value=251.0, next=6, fraction=False)
    >>> read_words(lex("two-thirds of", 0, 13), 0)
    WordNumber(value=0.6666666666666666, next=3, fraction=True)
    """
    total = 0.0
    current = 0.0
    seen = False
    fraction = False
    j = last = i
    while j < len(toks) or more(toks, j):
        tok = toks[j]
        word = tok.text.lower()
        if tok.kind == "punct" and tok.text in "-‐" and not tok.gap and seen:
            j += 1
            continue
        if tok.kind != "word" or fraction:
            break
        if word in _NUMBER_WORDS:
            if not _fits(current, _NUMBER_WORDS[word], seen):
                break
            current += _NUMBER_WORDS[word]
        elif word == "hundred" and current < 100:
            current = (current or 1.0) * 100
        elif word in _SCALE:
            total += (current or 1.0) * _SCALE[word]
            current = 0.0
        elif word in w.DOZEN and current < 100:
            current = (current or 1.0) * w.DOZEN[word]
        elif word in w.FRACTIONS and current <= 20:
            current = (current or 1.0) * w.FRACTIONS[word]
            fraction = True
        elif word == "and" and seen and (j + 1 < len(toks) or more(toks, j + 1)):
            nxt = toks[j + 1].text.lower()
            if nxt in _NUMBER_WORDS and (current >= 100 or total):
                j += 1
                continue
            a_word = nxt == "a" and (j + 2 < len(toks) or more(toks, j + 2))
            if a_word and toks[j + 2].text.lower() == "half":
                current += 0.5
                j = last = j + 3
                continue
            break
        else:
            break
        seen = True
        j += 1
        last = j
    if not seen:
        return None
    return WordNumber(total + current, last, fraction)


_MULTIPLIER_CI = {k: v for k, v in w.MULTIPLIERS.items() if k not in w.CURRENCY_ONLY_MULTIPLIERS}


def read_multiplier(tok: Tok, money: bool) -> float | None:
    """The multiplier a token stands for, if any ("bn", "million"; "m" only for money).

    >>> read_multiplier(Tok(0, 2, "bn", "word", False), False)
    1000000000.0
    >>> read_multiplier(Tok(0, 1, "m", "word", False), False) is None
    True
    """
    word = tok.text.lower()
    if word in ("k", "m", "b", "mn", "bn", "tn", "mil") and tok.gap and not money:
        return None
    if word == "k" and not money and (tok.text == "K" or tok.gap):
        return None  # "4K" is a screen resolution
    if word in _MULTIPLIER_CI and (word == "k" or len(word) > 1):
        return _MULTIPLIER_CI[word]
    if money and word in w.CURRENCY_ONLY_MULTIPLIERS:
        return w.MULTIPLIERS[word]
    return None


#: A currency symbol or code right before a number: matched against the text before it.
CURRENCY_BEFORE = regex.compile(
    rf"""
    (?:(?:(?<![\p{{L}}\p{{N}}])|(?!\p{{L}}))(?P<sym>{_alternation(cur.SYMBOLS)})
      | \b(?P<code>{_alternation(cur.CODES)}))
    [\ \u00a0]?(?P<neg>[-−])?\Z
    """,
    regex.VERBOSE,
)

#: The last character of every currency symbol and code.
_CURRENCY_LAST = frozenset(x[-1] for x in (*cur.SYMBOLS, *cur.CODES))


def currency_before(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """``CURRENCY_BEFORE.search(text, pos, end)``, not run where it cannot match: where
    ``text[pos:end]``, less a minus sign and a space at its end, does not end with the last
    character of a symbol or code (most numbers: "to 5", "of 12").

    >>> currency_before("cost US$ 5", 0, 9).group("sym"), currency_before("of 5", 0, 3)
    ('US$', None)
    """
    at = end
    if at > pos and text[at - 1] in "-−":
        at -= 1
    if at > pos and text[at - 1] in " \u00a0":
        at -= 1
    if at <= pos or text[at - 1] not in _CURRENCY_LAST:
        return None
    return CURRENCY_BEFORE.search(text, pos, end)


#: A qualifier phrase (or a range opener) right before a number or currency. Searched right
#: to left (REVERSE: tried from the end, where ``\Z`` holds, not at every start of the
#: window); the match is the same, as the phrases are tried longest first and the longest
#: one ending there is the one that starts leftmost. About three times faster.
QUALIFIER_BEFORE = regex.compile(
    rf"(?:(?<![\w.])(?P<q>{_alternation(w.QUALIFIERS_BEFORE)})"
    rf"|\b(?P<r>{_alternation(w.RANGE_OPENERS)}))\s+(?:the\s+)?\Z",
    regex.IGNORECASE | regex.REVERSE,
)

#: The last word of every qualifier phrase and range opener, and "the", case-folded: the
#: text before a match of :data:`QUALIFIER_BEFORE`, its trailing spaces cut, ends with one.
_QUALIFIER_ENDS = (
    *sorted({p.split(" ")[-1].casefold() for p in (*w.QUALIFIERS_BEFORE, *w.RANGE_OPENERS)}),
    "the",
)


def qualifier_before(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """``QUALIFIER_BEFORE.search(text, pos, end)``, not run where it cannot match: where
    ``text[pos:end]`` does not end with a space after one of the words a match ends with
    (about nine numbers in ten). ``regex``'s ``\\s`` is a ``str.isspace`` character, and a
    character it matches to a word's letter ignoring case is that letter case-folded.

    >>> qualifier_before("cost more than 5", 0, 15).group("q")
    'more than'
    >>> qualifier_before("cost them 5", 0, 10) is None
    True
    """
    head = text[pos:end].rstrip()
    if len(head) == end - pos or not head.casefold().endswith(_QUALIFIER_ENDS):
        return None
    return QUALIFIER_BEFORE.search(text, pos, end)


#: A digit numeral at a given position (no look-behind: used for the far end of a range).
NUM_AT = regex.compile(
    r"""
    (?>\d{1,3}(?:,\d{3})+)(?:\.\d+)?
  | (?>\d{1,3}(?:[\u00a0\u202f\u2009\ ]\d{3})+)
  | (?>\d+)(?:\.\d+)?
    """,
    regex.VERBOSE,
)

#: A unit symbol as written right after a number ("km/h", "°C", "km2", "MWh").
SYMBOL_AT = regex.compile(r"[°º]?[\p{L}µ]+(?:/\p{L}+)?[²³23]?(?![\p{L}\p{N}])")
#: The letters a symbol read by :data:`SYMBOL_AT` after a word opens with.
SYMBOL_LETTERS = regex.compile(r"[\p{L}µ]+")
