"""Speaker phrases: the noun phrase next to a cue, read backward or forward, and what it is.

A phrase is read over word tokens of a short window (never more than a couple of hundred
characters), so the work per cue is bounded. :func:`describe` splits a phrase into the
title and the name ("US Secretary of State" / "Antony Blinken") and says what kind of
speaker it is: a person, a bare name, an organisation, a group, a role or a pronoun.

>>> t = "US Secretary of State Antony Blinken said"
>>> np = np_before(t, 0, t.index(" said"))
>>> describe(t, np)
('Antony Blinken', 'US Secretary of State', 'person')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple, NoReturn, cast

import regex

from newsparse.lexicon import quotes_speakers as lex

__all__ = ["NP", "describe", "np_after", "np_before"]

# Words (with inner apostrophes, hyphens and dotted initials) and single punctuation marks.
_TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[’'.\-][\p{L}\p{M}\p{N}]+)*\.?|[^\s]"
)
_NAME_LINKS = lex.NAME_LINKS
_CLAUSE_STOP = lex.CLAUSE_STOP
_PREP = frozenset(["for", "of", "at", "from", "in", "with", "on"])
_NP_WORDS = lex.TITLE_HEADS | lex.TITLE_MODIFIERS | lex.GROUP_NOUNS | lex.ORG_NOUNS
_TITLE_WORDS = lex.TITLE_HEADS | lex.TITLE_MODIFIERS
_ORG_WORDS = lex.ORG_NAME_WORDS
_PARTY = frozenset({"democrat", "republican", "independent", "conservative", "labour", "liberal"})
_THE_A = frozenset({"the", "a", "an", "another", "one"})
_ABBREVIATIONS = frozenset(w for w in _TITLE_WORDS | lex.HONORIFICS if w.endswith("."))


class NP(NamedTuple):
    """A speaker phrase: where it stands, plus a title read from an appositive."""

    start: int
    """Offset of the phrase's first character."""
    end: int
    """Offset after its last character."""
    title: str | None = None
    """A title read from an appositive beside the phrase ("the US secretary of state")."""


# The same tokens for text of ASCII characters and the common curly quotes and dashes
# (about 19 windows in 20 of news text): there the Unicode classes reduce to ASCII ones
# (``regex``'s ``\s`` is exactly these six characters in ASCII), and the standard
# library's engine reads a short window in about a fifth less time. Each alternative is a
# whole token, so nothing after it can fail: its repeats are possessive (``++``, ``*+``),
# the same tokens with no state kept for backtracking (a quarter fewer instructions).
_TOKEN_PLAIN = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+|[A-Za-z0-9]++(?:[’'.\-][A-Za-z0-9]++)*+\.?|[^\t\n\v\f\r ]"
)
# The same, as a split pattern: the tokens and the white space between them, in turn.
_TOKEN_PLAIN_SPLIT = re.compile("(" + _TOKEN_PLAIN.pattern + ")")
# A character outside that set: the window is read with :data:`_TOKEN`.
_NOT_PLAIN = re.compile(r"[^\x00-\x7f’‘“”—–]")

_span = regex.Match.span  # the unbound method: one C call per token in map()
_plain_span = re.Match.span


def _is_plain(window: str) -> bool:
    """Whether :data:`_TOKEN_PLAIN` may read ``window`` (an ASCII window is tested at once)."""
    return window.isascii() or _NOT_PLAIN.search(window) is None


def _tokens(text: str, lo: int, hi: int, limit: int = 0) -> list[tuple[int, int, str]]:
    # Built in one pass (this runs for every word read near a cue), then the rare tokens
    # ending in a dot are fixed up, only when the window has a dot at all.
    # With a ``limit``, only the window's first ``limit`` tokens are read (the same ones:
    # the scan goes left to right and each token is fixed up on its own).
    window = text[lo:hi]
    plain = _is_plain(window)
    if plain and not limit:
        # A whole plain window is split (tokens, then the white space after each, in turn):
        # offsets are summed from the lengths, with no match object per token.
        pieces = _TOKEN_PLAIN_SPLIT.split(window)
        toks = []
        pos = lo + len(pieces[0])
        for k in range(1, len(pieces), 2):
            w = pieces[k]
            e = pos + len(w)
            toks.append((pos, e, w))
            pos = e + len(pieces[k + 1])
    else:
        found: Iterator[tuple[int, int]] = (
            map(_plain_span, _TOKEN_PLAIN.finditer(text, lo, hi))
            if plain
            else map(_span, _TOKEN.finditer(text, lo, hi))
        )
        if limit:
            found = itertools.islice(found, limit)
        toks = [(s, e, text[s:e]) for s, e in found]
    if "." in window:
        for k, (s, e, w) in enumerate(toks):
            # A final dot belongs to the word only in abbreviations ("Sen.") and initials.
            if (
                w[-1] == "."
                and w.lower() not in _ABBREVIATIONS
                and (len(w) > 2 or not w[0].isupper())
            ):
                toks[k] = (s, e - 1, w[:-1])
    return toks


def _cap(w: str) -> bool:
    return w[:1].isupper() and w.lower() not in lex.NOT_NAMES


def _possessive(w: str) -> bool:
    return w.endswith(("’s", "'s")) and len(w) > 2


def _np_word(w: str) -> bool:
    low = w.lower()
    return _cap(w) or low in _NP_WORDS or _possessive(w) or low.rstrip(".") in _NP_WORDS


def _head_ok(w: str) -> bool:
    low = w.lower()
    if low in lex.PRONOUNS:
        return True
    if _cap(w) and not _possessive(w):
        return True
    return low in lex.GROUP_NOUNS or low in lex.ORG_NOUNS or low in lex.TITLE_HEADS


def _plural_head(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A plain plural noun opening a clause: "which engineers say", "the doctors said"."""
    w = toks[i][2]
    if not (w.isalpha() and w.islower() and w.endswith("s") and len(w) > 3):
        return False
    if w.endswith(("ss", "us", "is", "ous")):
        return False
    if i == 0:
        return True
    prev = toks[i - 1][2]
    return prev.lower() in lex.DETERMINERS or prev.lower() in _CLAUSE_STOP or prev in ",;:—("


def _collect_back(toks: list[tuple[int, int, str]], i: int) -> int:
    """Index of the first token of the phrase ending at token ``i`` (``i + 1`` if none)."""
    if not _head_ok(toks[i][2]):
        if not _plural_head(toks, i):
            # Any plain noun right after a determiner: "the announcer", "a neighbour".
            w = toks[i][2]
            if w.isalpha() and w.islower():
                # "the announcer", "the New York businessman": a determiner within reach.
                k = i - 1
                while k >= 0 and i - k <= 4 and (_cap(toks[k][2]) or _possessive(toks[k][2])):
                    k -= 1
                if k >= 0 and toks[k][2].lower() in _THE_A:
                    return k
            return i + 1
        if i > 0 and toks[i - 1][2].lower() in lex.DETERMINERS:
            return i - 1
        return i
    if toks[i][2].lower() in lex.PRONOUNS:
        return i
    first = i
    j = i - 1
    while j >= 0 and i - j < 12:
        w = toks[j][2]
        low = w.lower()
        if low in lex.DETERMINERS:
            first = j
            # "Kyiv and its Western allies": a coordinated phrase before the determiner.
            if j >= 2 and toks[j - 1][2] == "and" and _np_word(toks[j - 2][2]):
                j -= 2
                first = j
                j -= 1
                continue
            break
        if _np_word(w):
            first = j
            j -= 1
            continue
        if low in _NAME_LINKS and j > 0 and _np_word(toks[j - 1][2]):
            first = j
            j -= 1
            continue
        if low == "and" and j > 0 and _cap(toks[j - 1][2]) and _cap(toks[first][2]):
            first = j
            j -= 1
            continue
        # A plain adjective counts before a determiner, a title word or the clause's start.
        if w.replace("-", "").isalpha() and w.islower() and low not in _CLAUSE_STOP and i - j < 4:
            prev = toks[j - 1][2] if j > 0 else ","
            if prev.lower() in lex.DETERMINERS or _np_word(prev):
                first = j
                j -= 1
                continue
            if prev in ',;:—(“”"’':
                first = j
        break
    while first <= i and toks[first][2].lower() in _NAME_LINKS | {"and"}:
        first += 1
    return first


def _appositive(text: str, lo: int, toks: list[tuple[int, int, str]], i: int) -> NP | None:
    """ "Blinken, the US secretary of state, said", "The chairman, Phil Lovas, said"."""
    j = i - 1
    while j >= 0 and i - j < 32 and toks[j][2] not in ',;:.!?“”"':
        j -= 1
    if j <= 0 or toks[j][2] != "," or j == i - 1:
        return None
    inner = toks[j + 1 : i]
    words = [t[2] for t in inner]
    if (
        all(_cap(w) for w in words)
        and len(words) <= 4
        and not any(w.lower() in _PARTY for w in words)
    ):
        # The name stands between the commas; the phrase before it is its title.
        if any(w.lower() in _ORG_WORDS for w in words):
            return None
        before = np_before(text, lo, toks[j][0], appositive=False)
        title = None
        if before is not None and any(
            t[2].lower() in lex.TITLE_HEADS for t in _tokens(text, before.start, before.end)
        ):
            title = text[before.start : before.end]
        return NP(inner[0][0], inner[-1][1], title)
    name = np_before(text, lo, toks[j][0], appositive=False)
    if name is None or _tokens(text, name.start, name.end)[-1][2].lower() in lex.PRONOUNS:
        return None
    opener = words[0].lower()
    title = None
    if (opener in lex.DETERMINERS or opener in _TITLE_WORDS or _cap(words[0])) and any(
        w.lower() in lex.TITLE_HEADS for w in words
    ):
        title = text[inner[0][0] : inner[-1][1]]
    return NP(name.start, name.end, title)


class _EdgeError(Exception):
    """The reading of a phrase reached the edge of a short window (see :func:`np_before`)."""


class _Edge:
    """Stands in for every token before a short window: any use of it raises :class:`_EdgeError`.

    Comparing, hashing, indexing, measuring, calling a method (``lower``) or doing sums with
    it raise; a test such as ``w in ",;"`` raises ``TypeError`` (a string wants a string).
    """

    __slots__ = ()

    def _read(self, *args: object) -> NoReturn:
        raise _EdgeError

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _read
    __hash__ = __len__ = __index__ = __getitem__ = __bool__ = __add__ = __sub__ = _read
    __getattr__ = _read


# The stand-in tokens before a short window. The readings test offsets against 0, 1 and 2
# (``i == 0``, ``j >= 2``); after six stand-ins, and with three words of the whole window
# before the short one, a token read stands past 2 in both lists, so each test agrees. (A
# test of an offset not read yet, as the determiner search's ``k >= 0``, only follows reads
# of the tokens between.)
_EDGE = cast("tuple[int, int, str]", (_Edge(), _Edge(), _Edge()))
_EDGE_TOKENS = [_EDGE] * 6
# How far back a short window reaches (at least; it starts after a space): the words a
# phrase before a cue is read from stand within 20 characters four times in five on news
# text. Tried on windows over twice as long (tuned on naeb: fewest instructions).
_SHORT = 20
# How many words the rest of the window must hold: the tests of offsets against 0, 1 and 2
# then give the same answer in the short window (after the stand-ins) as in the whole one.
_SHORT_BEFORE = 3


def np_before(text: str, lo: int, pos: int, *, appositive: bool = True) -> NP | None:
    """The speaker phrase ending just before ``pos`` (auxiliaries such as "has" skipped).

    The phrase is read over the tokens of a window of up to 100 characters before ``pos``.
    Most phrases end within a few words of it, so the last ``_SHORT`` or so characters are
    read first, behind stand-ins for the tokens before them (:class:`_Edge`): a reading that
    never touches a stand-in reads only tokens both windows share and tests their offsets
    alike, so it finds what the whole window gives; one that touches a stand-in, or meets a
    comma or bracket (the appositive and parenthesis readings look far back), is read again
    over the whole window.

    >>> t = "Kyiv and its Western allies have repeatedly accused"
    >>> np = np_before(t, 0, t.index(" accused"))
    >>> t[np.start:np.end]
    'Kyiv and its Western allies'
    >>> t = "Antony Blinken, the US secretary of state, said"
    >>> np = np_before(t, 0, t.index(" said"))
    >>> t[np.start:np.end], np.title
    ('Antony Blinken', 'the US secretary of state')
    """
    low_edge = max(lo, pos - 100)
    if appositive and pos - low_edge > 2 * _SHORT:
        # The short window starts after a space (no token spans it), with at least
        # _SHORT_BEFORE words of the whole window before it.
        cut = text.rfind(" ", low_edge, pos - _SHORT) + 1
        if cut > low_edge and len(text[low_edge:cut].split()) >= _SHORT_BEFORE:
            toks = _EDGE_TOKENS + _tokens(text, cut, pos)
            try:
                return _np_before(text, lo, pos, toks, short=True, appositive=True)
            except (_EdgeError, TypeError):
                pass
    toks = _tokens(text, low_edge, pos)
    return _np_before(text, lo, pos, toks, short=False, appositive=appositive)


def _np_before(
    text: str, lo: int, pos: int, toks: list[tuple[int, int, str]], *, short: bool, appositive: bool
) -> NP | None:
    """:func:`np_before` over the tokens ``toks`` (of a short window when ``short``)."""
    # A wider window only when a comma may close an appositive.
    if toks and toks[-1][2] == "," and appositive and pos - 100 > lo:
        if short:
            raise _EdgeError
        toks = _tokens(text, max(lo, pos - 320), pos)
    i = len(toks) - 1
    while i >= 0 and (
        toks[i][2].lower() in lex.AUXILIARIES
        or (toks[i][2].endswith("ly") and toks[i][2].islower() and len(toks[i][2]) > 4)
    ):
        i -= 1
    if i >= 0 and toks[i][2] == ")":
        if short:
            raise _EdgeError
        # "Sen. Ann Lee (D-Ore.) said": the parenthesis is skipped.
        k = i - 1
        while k >= 0 and i - k < 8 and toks[k][2] != "(":
            k -= 1
        if k > 0:
            i = k - 1
    if i < 0:
        return None
    if toks[i][2] == "," and appositive:
        if short:
            raise _EdgeError
        return _appositive(text, lo, toks, i)
    if toks[i][2] in '”"’':
        return None
    first = _collect_back(toks, i)
    if first > i:
        return None
    # "a spokesman for the ministry": one prepositional phrase before the head.
    if first >= 2 and toks[first - 1][2] in _PREP:
        k = first - 2
        w = toks[k][2]
        plain = w.isalpha() and w.islower() and k > 0 and toks[k - 1][2].lower() in _THE_A
        if plain or (_head_ok(w) and w.lower() not in lex.PRONOUNS):
            first2 = _collect_back(toks, k)
            if first2 <= k:
                first = first2
    return NP(toks[first][0], toks[i][1])


# How many words a phrase after a cue may run to.
_AFTER_WORDS = 12


def np_after(text: str, pos: int, hi: int) -> NP | None:
    """The speaker phrase starting at ``pos`` (white space skipped).

    >>> t = "according to a spokesman for the Foreign Ministry, who"
    >>> np = np_after(t, len("according to"), len(t))
    >>> t[np.start:np.end]
    'a spokesman for the Foreign Ministry'
    """
    # The loop below reads at most _AFTER_WORDS tokens and looks one further: the rest of
    # the window is not tokenised.
    toks = _tokens(text, pos, min(hi, pos + 200), _AFTER_WORDS + 1)
    if not toks:
        return None
    i = 0
    if toks[0][2].lower() in lex.PRONOUNS:
        return NP(toks[0][0], toks[0][1])
    last = -1
    while i < len(toks) and i < _AFTER_WORDS:
        w = toks[i][2]
        low = w.lower()
        if i == 0 and low in lex.DETERMINERS:
            i += 1
            continue
        if _np_word(w) or (
            low in _NAME_LINKS and last >= 0 and i + 1 < len(toks) and _cap(toks[i + 1][2])
        ):
            if _np_word(w):
                last = i
            i += 1
            continue
        if (
            low in _PREP
            and last >= 0
            and i + 1 < len(toks)
            and (toks[i + 1][2].lower() in lex.DETERMINERS or _np_word(toks[i + 1][2]))
        ):
            i += 1
            if toks[i][2].lower() in lex.DETERMINERS:
                i += 1
            continue
        if (
            w.replace("-", "").isalpha()
            and w.islower()
            and i + 1 < len(toks)
            and _np_word(toks[i + 1][2])
        ):
            i += 1
            continue
        break
    while last >= 0 and not _head_ok(toks[last][2]):
        last -= 1
    if last < 0:
        return None
    return NP(toks[0][0], toks[last][1])


def describe(text: str, np: NP) -> tuple[str, str | None, str]:
    """The name, the title and the kind of a speaker phrase.

    Kinds: ``person`` (a name with a title or two or more name words), ``name`` (one name
    word: a surname or a place, decided by resolution), ``org``, ``group``, ``role`` (a
    person named by role: "a spokesman"), and the pronoun kinds ``person``/``thing``/
    ``group``/``first``/``second``.

    >>> t = "its Foreign Minister Hossein Amir-Abdollahian"
    >>> describe(t, NP(0, len(t)))
    ('Hossein Amir-Abdollahian', 'Foreign Minister', 'person')
    >>> describe("the United Nations", NP(0, 18))
    ('United Nations', None, 'org')
    """
    toks = _tokens(text, np.start, np.end)
    words = [t[2] for t in toks]
    mention = text[np.start : np.end]
    title = np.title
    if title is not None:
        tt = title.split()
        if tt and tt[0].lower() in lex.DETERMINERS:
            title = " ".join(tt[1:]) or None
    if len(words) == 1 and words[0].lower() in lex.PRONOUNS:
        return mention, title, "pronoun:" + lex.PRONOUNS[words[0].lower()]
    if "and" in words:
        return mention, title, "group"
    # "Rep. Ann Lee of Ohio": a place after a titled name is not part of the name.
    for n, w in enumerate(words):
        if (
            w in ("of", "from")
            and n >= 2
            and _cap(words[n - 1])
            and any(
                x.lower().rstrip(".") in lex.TITLE_HEADS or x.lower() in lex.HONORIFICS
                for x in words[: n - 1]
            )
        ):
            return describe(text, NP(np.start, toks[n - 1][1], np.title))
    k = len(words)
    while (
        k > 0
        and _cap(words[k - 1])
        and not _possessive(words[k - 1])
        and (
            words[k - 1].lower().rstrip(".") not in _TITLE_WORDS
            or (words[k - 1].lower() in {"state", "general"} and k == len(words))
        )
    ):
        k -= 1
    name_words = words[k:]
    lead = 0
    while lead < k and words[lead].lower() in lex.DETERMINERS:
        lead += 1
    pre = words[lead:k]
    if any(w.lower() in lex.ORG_NAME_WORDS for w in name_words) or (
        lead and name_words and not pre
    ):
        name = text[toks[lead][0] : np.end] if lead < len(toks) else mention
        return name, title, "org"
    honor = [w for w in pre if w.lower() in lex.HONORIFICS]
    if name_words and (any(w.lower().rstrip(".") in lex.TITLE_HEADS for w in pre) or honor):
        name = text[toks[k][0] : np.end]
        pre_t = [t for t in toks[lead:k] if t[2].lower() not in lex.HONORIFICS]
        if pre_t and title is None:
            title = text[pre_t[0][0] : pre_t[-1][1]]
        return name, title, "person"
    if name_words and not pre:
        return mention, title, "person" if len(name_words) > 1 else "name"
    if len(name_words) > 1 and pre and pre[-1].isalpha() and pre[-1].islower():
        # "Pistons guard Cade Cunningham" reads "guard ..." here: a role before a full name.
        name = text[toks[k][0] : np.end]
        if title is None:
            title = text[toks[lead][0] : toks[k - 1][1]]
        return name, title, "person"
    head = words[-1].lower() if words else ""
    if not lead and words and _cap(words[0]):
        name = mention
    else:
        name = text[toks[lead][0] : np.end] if lead < len(toks) and _cap(words[lead]) else mention
    if head in lex.GROUP_NOUNS or " and " in mention:
        return name, title, "group"
    if head in lex.TITLE_HEADS and head not in lex.ORG_NOUNS - {"official", "spokesman"}:
        return name, title, "role"
    return name, title, "org"
