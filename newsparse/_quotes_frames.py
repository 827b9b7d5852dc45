"""Attribution frames: a cue, its speaker phrase and the content it attributes, per sentence.

The frames, by where the content stands:

* ``speaker-cue-content``: "Ukraine has said around 400 drones ...", "X told reporters
  that ...", "X accused Y of ...", "X pledged to ...", "its minister saying: “...”", and
  the relative clause "which the United Nations says employs ...".
* ``content-speaker-cue``: "..., Jakarta said on Wednesday", "“...,” he vowed".
* ``content-cue-speaker``: "..., said the ministry".
* ``according-to``: "..., according to the embassy" and "According to X, ...".
* ``participle``: ", adding that ..." takes the speaker of the sentence's earlier frame.
* ``headline-colon``: "Drones ‘appalling’: Blinken" in a headline.

>>> t = "Prices will rise, the bank said on Monday."
>>> [(f.rule, t[f.start:f.end]) for f in find_frames(t, 0, len(t), [], "body")]
[('content-speaker-cue', 'Prices will rise')]
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from newsparse._quotes_cues import Cue, find_cues
from newsparse._quotes_marks import Pair, sentence_spans
from newsparse._quotes_speakers import NP, np_after, np_before
from newsparse.lexicon import quotes_speakers as spk

__all__ = ["Frame", "find_frames"]

# The longest stretch a pattern anchored at an offset may read: `regex` looks ahead
# for a pattern's required words, so an unbounded end would make each match O(n).
_WINDOW = 400


class Frame(NamedTuple):
    """Content attributed by a cue to a speaker phrase."""

    start: int
    """Offset of the content's first character."""
    end: int
    """Offset after the content."""
    cue: Cue | None
    """The cue, or None (headline colon)."""
    np: NP | None
    """The speaker phrase, or None when the speaker is the previous frame's."""
    rule: str
    """Which frame found it."""
    cue_span: tuple[int, int] | None = None
    """Where the cue stands, when it is not a verb cue (the headline colon)."""


# A dateline opening a paragraph: "OTTAWA:", "KYIV, Ukraine (AP) —".
_DATELINE = regex.compile(
    r"[\p{Lu}][\p{Lu}\p{M} .,'’/-]{1,40}(?:,\s+\p{Lu}[\p{L} .]{1,30})?(?:\s*\([^()\n]{1,30}\))?"
    r"\s*(?::|—|–|--?)\s+"
)
# Adverbials that may follow a cue before its content: days, times, channels, "repeatedly".
_ADVERBIAL = regex.compile(
    r"""(?:\s*+(?>
        (?:on|late|early|last|this|next|earlier|later)?\s*
        (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
          (?:\s+(?:morning|afternoon|evening|night))?
      | (?:this|last|earlier\s+this|later\s+this)\s+(?:week|month|year|morning|weekend)
      | (?:yesterday|today|tonight|recently|repeatedly|again|also|publicly|privately|
           previously|earlier|later|separately|too|then|now|once|twice)
      | (?:on|in|at|during|from|via|after|before|to)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?
          [\p{L}\p{N}’'-]+(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}’'-]*|of|with|news|conference|
          visit|interview|statement|briefing|program|show|channel|radio|television|TV)){0,5}
    )){1,4}""",
    regex.VERBOSE,
)
_THAT = regex.compile(r"\s*,?\s*that\b")
# An adverbial phrase of any words before "that": "said during a rally in Ohio that ...".
_PP_THAT = regex.compile(
    r"\s+(?:during|at|in|on|after|before|from|via|while|with|by|over|of|to)\s[^,;:.!?“”\"]{1,80}?"
    r"\bthat\b"
)
_TO = regex.compile(r"\s+to\s")
# Possessive (``*+``): two runs of spaces side by side backtrack quadratically otherwise.
_QUOTE_NEXT = regex.compile(r"\s*+[:,]?\s*[“\"‘'«„]")
_SUBJECT_WORDS = spk.DETERMINERS | spk.CONTENT_OPENERS
# A finite verb within a few words: the words after a cue make a clause.
_FINITE = regex.compile(
    r"(?:[\p{L}’'-]+\s+){1,6}?[“\"‘]?(?:is|are|was|were|has|have|had|will|would|could|can|should|may"
    r"|might|must|did|does|do|remains?|faces?|needs?)\b"
)
_WORD = regex.compile(r"[\p{L}\p{N}$£€]+")
# A base form after "to", "not" or "did" reports nothing ("declined to say", "did not say").
_NEGATED = regex.compile(r"\b(?:to|not|n't|did|does|do)\s*$")
# Capitalised words that open an adverbial, not a subject.
_NOT_SUBJECT = spk.ADVERBIAL_OPENERS
_CLAUSE_END = regex.compile(r"[,;]\s|\s[—–(]")
# The last word of a phrase. Searched right to left (REVERSE): tried from the end, the
# search fails at once where ``$`` does not hold, so it stays linear; left to right it tried
# every start of a long run of letters that stops short of the end.
_LAST_WORD = regex.compile(r"[\p{L}’'.-]+$", regex.REVERSE)
_SPEAKER_NOUNS = spk.GROUP_NOUNS | spk.ORG_NOUNS | spk.TITLE_HEADS
# A listener named by a plain noun: "told the crowd", "told a rally".
_PLAIN_OBJECT = regex.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+[\p{L}-]+|me|us|him|her|them|you)\b"
)
# What follows ", X said," when the content resumes after the attribution.
_RESUME = regex.compile(r"[^,;:.!?]{0,40}?,\s+([\p{L}’'-]+)")
_SUBORDINATE = spk.SUBORDINATORS
# A one-word listener before "to" or "that": "warned drivers to ...".
_BARE_OBJECT = regex.compile(r"\s+[\p{Ll}-]+(?=\s+(?:to|that)\s)")
# Verbs whose target comes first and whose content includes it ("accused Y of ...").
_TARGET_VERBS = spk.TARGET_VERBS
# A stretch of words up to punctuation.
_TO_PUNCT = regex.compile(r"[^.,;:!?—–(“”\"]{1,150}(?=[.,;:!?—–(]|$)")
_FINITE_WORD = regex.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does"
    r"|that|\p{L}+ed\s+(?:to|the|a|an|that|it|he|she|they)\b)"
)
# A verb somewhere in a stretch: an auxiliary, a past form, a third-person present.
_VERBISH = regex.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does"
    r"|do|\p{Ll}{2,}ed|\p{Ll}{3,}s|paid|said|made|took|gave|went|got|saw|came|left|told|found"
    r"|held|kept|lost|won|spent|sent|built|rose|fell|grew|became|began|brought|bought|thought"
    r"|ran|stood|met|led|cut|put|set|hit|knew|meant|shut|hurt|drove|wrote|spoke)\b"
)
# Words up to a quotation after a naming verb: "called the council's budget “reckless”".
_NAMED_QUOTE = regex.compile(r"[^.;:!?“”\"‘]{1,80}?[“\"‘]")
_AND_BEFORE = regex.compile(r"\b(?:and|but)(?:\s+(?:also|then|later))?\s+$")
_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there"])
# Words up to a comma or colon and a quotation: "told his radio audience, “...".
_TO_QUOTE = regex.compile(r"[^.,;:!?“”\"‘]{0,80}?[,:]\s*(?=[“\"‘])")
_REL = frozenset(["which", "that", "who", "whom"])
# The last word before an offset (read right to left from the window's end: it finds what
# a left-to-right search finds, as no letter is a non-word character, in a fraction of the
# time of trying every position of the window).
_PREV_WORD = regex.compile(r"(?r)([\p{L}]+)\W*$")
_OPEN = "“\"‘'«„"
_CLOSE = "”\"’'»“"


# What may stand first after the white space where :data:`_QUOTE_NEXT` matches.
_QUOTE_NEXT_FIRST = frozenset(":,“\"‘'«„")


def _quote_next(text: str, p: int, s1: int) -> bool:
    """Whether :data:`_QUOTE_NEXT` matches at ``p`` (window up to ``s1``).

    Most words after a cue open no quotation: where the first character after the white
    space (``str`` white space holds ``regex``'s) can open no match, the pattern is not run.
    """
    head = text[p : p + 8].lstrip()
    if head and head[0] not in _QUOTE_NEXT_FIRST:
        return False
    return _QUOTE_NEXT.match(text, p, min(s1, p + _WINDOW)) is not None


def _that_after(text: str, p: int, s1: int) -> regex.Match[str] | None:
    """:data:`_THAT` or else :data:`_PP_THAT` matched at ``p``; neither is run where the
    window holds no "that" (each match has it)."""
    end = min(s1, p + _WINDOW)
    if text.find("that", p, end) < 0:
        return None
    return _THAT.match(text, p, end) or _PP_THAT.match(text, p, end)


def _to_quote(text: str, p: int, s1: int) -> regex.Match[str] | None:
    """:data:`_TO_QUOTE` matched at ``p``; not run where no opening mark it looks for
    stands in its window."""
    end = min(s1, p + 120)
    if text.find("“", p, end) < 0 and text.find('"', p, end) < 0 and text.find("‘", p, end) < 0:
        return None
    return _TO_QUOTE.match(text, p, end)


def _content_start(text: str, s0: int, s1: int) -> int:
    # A dateline's second character is a capital, a mark, a space or a listed stop: where
    # it is a lower-case letter (most sentences: "The"), the pattern is not run.
    second = text[s0 + 1 : s0 + 2]
    m = None
    if not (second.isalpha() and second.islower()):
        m = _DATELINE.match(text, s0, min(s1, s0 + _WINDOW))
    p = m.end() if m else s0
    while p < s1 and text[p].isspace():
        p += 1
    return p


def _boundary_before(text: str, s0: int, pos: int) -> int | None:
    """Offset of the comma or closing mark ending the content before a speaker at ``pos``."""
    i = pos
    while i > s0 and text[i - 1].isspace():
        i -= 1
    if i <= s0:
        return None
    ch = text[i - 1]
    if ch in ",—–-":
        return i - 1
    if ch in _CLOSE:
        return i
    return None


def _object(text: str, p: int, s1: int) -> tuple[int, int] | None:
    """Where the listener or target after a cue stands: a speaker phrase or a plain noun."""
    obj = np_after(text, p, s1)
    if obj is not None:
        return obj.start, obj.end
    m = _PLAIN_OBJECT.match(text, p, min(s1, p + _WINDOW)) or _BARE_OBJECT.match(
        text, p, min(s1, p + _WINDOW)
    )
    if m is None:
        return None
    return m.start() + len(m.group()) - len(m.group().lstrip()), m.end()


def _after_content(text: str, cue: Cue, s1: int, rel: bool) -> int | None:
    """Where the content after a cue starts, or None when what follows is not content."""
    p = cue.end
    classes = cue.classes
    if "naming" in classes:
        m0 = _NAMED_QUOTE.match(text, p, min(s1, p + 120))
        if m0 is None or _FINITE_WORD.search(m0.group()):
            return None
        while p < s1 and text[p].isspace():
            p += 1
        return p
    if _quote_next(text, p, s1):
        q = p
        while q < s1 and text[q] not in _OPEN:
            q += 1
        return q
    if "object" in classes and cue.base in _TARGET_VERBS:
        obj = _object(text, p, s1)
        if obj is None:
            return None
        o_start, o_end = obj
        if cue.base in {"accuse", "blame"}:
            rest = text[o_end : min(s1, o_end + 6)].lstrip()
            return o_start if rest.startswith(("of", "for")) else None
        if _TO.match(text, o_end, min(s1, o_end + _WINDOW)) or _THAT.match(
            text, o_end, min(s1, o_end + _WINDOW)
        ):
            return o_start
        return None
    if "object" in classes and cue.base != "warn":
        obj = _object(text, p, s1)
        if obj is None:
            return None
        if _TO.match(text, obj[1], min(s1, obj[1] + _WINDOW)):
            return obj[0]  # "told his advisers to find a way"
        p = obj[1]
    elif cue.base == "warn":
        obj = _object(text, p, s1)
        if obj is not None and _THAT.match(text, obj[1], min(s1, obj[1] + _WINDOW)):
            p = obj[1]
        elif obj is not None and _TO.match(text, obj[1], min(s1, obj[1] + _WINDOW)):
            return obj[0]
    m = _ADVERBIAL.match(text, p, min(s1, p + _WINDOW))
    if m:
        p = m.end()
    mq = _to_quote(text, p, s1) if classes & {"clause", "object"} else None
    if mq and not _FINITE_WORD.search(mq.group()):
        p = mq.end()
    if _quote_next(text, p, s1):
        q = p
        while q < s1 and text[q] not in _OPEN:
            q += 1
        return q
    m = _that_after(text, p, s1)
    if m:
        return m.end()
    if "to" in classes and _TO.match(text, p, min(s1, p + _WINDOW)):
        return p + 1 + (len(text[p + 1 : s1]) - len(text[p + 1 : s1].lstrip()))
    if not classes & {"clause", "object"}:
        return None
    q = p
    while q < s1 and text[q].isspace():
        q += 1
    if q >= s1:
        return None
    if rel:
        return q
    m2 = _WORD.match(text, q, min(s1, q + 30))
    if not m2:
        return None
    word = m2.group()
    if word[0].isdigit() or word[0] in "$£€" or word.lower() in _SUBJECT_WORDS:
        return q
    if word[0].isupper() and word.lower() not in _NOT_SUBJECT:
        return q
    # A bare clause opened by a plain noun: "said councils had been left ...".
    if _FINITE.match(text, q, min(s1, q + 60)):
        return q
    return None


def _ends_clause(text: str, cue: Cue, s1: int) -> bool:
    """Whether the clause ends after a cue (adverbials aside): "..., Jakarta said on Monday."."""
    p = cue.end
    if "object" in cue.classes:
        obj = np_after(text, p, s1)
        if obj is not None:
            p = obj.end
        else:
            om = _PLAIN_OBJECT.match(text, p, min(s1, p + _WINDOW))
            p = om.end() if om else p
    m = _ADVERBIAL.match(text, p, min(s1, p + _WINDOW))
    if m:
        p = m.end()
    rest = text[p : min(s1, p + 200)].lstrip()
    if not rest or rest[0] in ".,;:!?—–-(" or rest.startswith(("and ", "but ")):
        return True
    # "said at a campaign stop this week.", "told some of the miners.": words without a
    # verb or a subject of their own run to the clause's end.
    first = rest.split(None, 1)[0].lower()
    if first in _SUBJECT_PRONOUNS:
        return False
    m2 = _TO_PUNCT.match(rest)
    return m2 is not None and not _FINITE_WORD.search(m2.group())


def _clause_like(text: str, s: int, e: int) -> bool:
    """Whether content before a cue is a report, not an opening adverbial ("In July, ...")."""
    span = text[s:e]
    if any(ch in span for ch in _OPEN):
        return True
    if len(span.split()) >= 8:
        return True
    return len(span.split()) >= 3 and _VERBISH.search(span) is not None


def _lexical_head(text: str, np: NP) -> bool:
    """Whether a phrase's head is a name, a pronoun, a known speaker noun or a plural."""
    m = _LAST_WORD.search(text, np.start, np.end)
    if m is None:
        return False
    w = m.group()
    low = w.lower()
    if w[0].isupper() or low in spk.PRONOUNS or low in _SPEAKER_NOUNS:
        return True
    return low.endswith("s") and not low.endswith("ss")


def _trim_end(text: str, s: int, e: int) -> int:
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    if e > s and text[e - 1] == "." and not text[e - 2 : e - 1].isupper():
        e -= 1
    return e


_MAX_BACK = 3000


def _back(text: str, floor: int, b: int) -> int:
    """Where content ending at ``b`` starts: the floor, at most ``_MAX_BACK`` back."""
    p = max(floor, b - _MAX_BACK)
    while p < b and (text[p].isspace() or text[p] in ",;"):
        p += 1
    return p


def _sentence_frames(text: str, s0: int, s1: int, cues: list[Cue]) -> list[Frame]:
    frames: list[Frame] = []
    c0 = _content_start(text, s0, s1)
    # Content before a cue never reaches back over an earlier frame of the sentence, nor
    # further than a long paragraph's length: the work per cue stays bounded.
    floor = c0
    seen, prev_end = 0, c0
    for cue in cues:
        if len(frames) > seen:
            seen, floor = len(frames), max(floor, prev_end)
        prev_end = cue.end
        if cue.base == "according to":
            np = np_after(text, cue.end, s1)
            if np is None:
                continue
            b = _boundary_before(text, floor, cue.start)
            if b is not None and b > floor:
                frames.append(Frame(_back(text, floor, b), b, cue, np, "according-to"))
            else:
                j = np.end
                while j < s1 and text[j] in " ,":
                    j += 1
                if j > np.end and "," in text[np.end : j] and j < s1:
                    frames.append(Frame(j, _trim_end(text, j, s1), cue, np, "according-to"))
            continue
        if cue.form < 0:
            continue
        before = text[max(c0, cue.start - 3) : cue.start].rstrip()
        if cue.form == 4 and before.endswith(","):
            a = _after_content(text, cue, s1, False)
            if a is not None and frames:
                frames.append(Frame(a, _trim_end(text, a, s1), cue, None, "participle"))
            elif a is not None:
                # "Trump attacked Clinton ..., saying, “...”": the sentence's subject speaks.
                subj = np_after(text, c0, cue.start)
                if subj is not None and subj.start == c0 and _lexical_head(text, subj):
                    frames.append(Frame(a, _trim_end(text, a, s1), cue, subj, "participle-subject"))
            continue
        if cue.form == 0 and _NEGATED.search(before):
            continue
        np = np_before(text, c0, cue.start)
        if np is not None and cue.form in (0, 1) and not _lexical_head(text, np):
            continue  # "a big reason", "the many comments": the cue word is a noun
        if np is None and _AND_BEFORE.search(text, max(c0, cue.start - 12), cue.start):
            # "Democrats described the showdown as ominous, and said ...": the subject.
            subj = np_after(text, c0, cue.start)
            a = _after_content(text, cue, s1, False)
            if (
                subj is not None
                and subj.start == c0
                and a is not None
                and _lexical_head(text, subj)
            ):
                frames.append(Frame(a, _trim_end(text, a, s1), cue, subj, "coordinated-subject"))
            continue
        if np is None:
            b = _boundary_before(text, floor, cue.start)
            if cue.form in (1, 2) and ((b is not None and b > floor) or cue.start == c0):
                after = np_after(text, cue.verb_end, s1)
                if after is not None:
                    j = after.end
                    tail = text[j:s1].lstrip()
                    if (
                        b is not None
                        and b > floor
                        and (not tail or tail[0] in '.,;:!?—(“"')
                        and _clause_like(text, _back(text, floor, b), b)
                    ):
                        frames.append(
                            Frame(_back(text, floor, b), b, cue, after, "content-cue-speaker")
                        )
                    elif cue.start == c0 and tail[:1] in (":", ","):
                        # "Said Ellis: “...”": the cue opens the sentence.
                        a = j + 1
                        while a < s1 and text[a].isspace():
                            a += 1
                        if a < s1:
                            frames.append(
                                Frame(a, _trim_end(text, a, s1), cue, after, "cue-speaker-content")
                            )
            continue
        pw = _PREV_WORD.search(text, max(c0, np.start - 20), np.start)
        rel = bool(pw and pw.group(1).lower() in _REL and text[np.start - 1] == " ")
        a = _after_content(text, cue, s1, rel)
        b = _boundary_before(text, floor, np.start)
        if a is not None and not (
            b is not None and text[a - 1 : a] not in _OPEN and a > cue.end + 40
        ):
            end = s1
            if rel:  # a relative clause ends at its closing comma or dash
                m = _CLAUSE_END.search(text, a, s1)
                end = m.start() if m else s1
            frames.append(Frame(a, _trim_end(text, a, end), cue, np, "speaker-cue-content"))
        elif (
            b is not None
            and b > floor
            and "naming" not in cue.classes
            and _ends_clause(text, cue, s1)
        ):
            end = b
            if text[b] == "," and text[b - 1] not in _CLOSE:
                # "Acts of protest, Mr. Obama said, are acts of patriotism": the
                # attribution stands inside the content, which runs on after it.
                m = _RESUME.match(text, cue.end, min(s1, cue.end + _WINDOW))
                if m and m.group(1).lower() not in _SUBORDINATE:
                    end = _trim_end(text, m.start(1), s1)
            start = _back(text, floor, b)
            if _clause_like(text, start, end):
                frames.append(Frame(start, end, cue, np, "content-speaker-cue"))
    return frames


_HEAD_COLON = regex.compile(r"\s*:\s+(?=\S)")


def _headline_frames(text: str, lo: int, hi: int) -> list[Frame]:
    frames = []
    for m in _HEAD_COLON.finditer(text, lo, hi):
        right = np_after(text, m.end(), hi)
        if (
            right is not None
            and right.end >= hi - 1
            and len(text[right.start : hi].split()) <= 5
            and len(text[lo : m.start()].split()) >= 3
        ):
            frames.append(Frame(lo, m.start(), None, right, "headline-colon", (m.start(), m.end())))
        left = np_before(text, lo, m.start())
        if left is not None and left.start == lo and m.end() < hi and text[m.end()] in _OPEN:
            frames.append(Frame(m.end(), hi, None, left, "headline-colon", (m.start(), m.end())))
        break
    return frames


# A dash and a name after a quotation: "“...” ― Ann Lee".
_DASH = regex.compile(r"[”\"’»]?\s*([―—–]|--?)\s*")


def _dash_frames(text: str, hi: int, pairs: list[Pair]) -> list[Frame]:
    frames = []
    for p in pairs:
        if not p.closed:
            continue
        m = _DASH.match(text, p.end, min(hi, p.end + _WINDOW))
        if m is None or m.start(1) < 0:
            continue
        np = np_after(text, m.end(), hi)
        if np is None:
            continue
        tail = text[np.end : hi].strip()
        if (tail and tail[0] not in ".,;(") or len(text[np.start : np.end].split()) > 6:
            continue
        frames.append(Frame(p.start, p.end, None, np, "dash", (m.start(1), m.end(1))))
    return frames


def _inside(pairs: list[Pair], opens: list[int], pos: int) -> bool:
    """Whether offset ``pos`` stands inside one of the quotations ``pairs``."""
    k = bisect.bisect_right(opens, pos) - 1
    return k >= 0 and pairs[k].start <= pos < pairs[k].end


def find_frames(text: str, lo: int, hi: int, pairs: list[Pair], label: str) -> list[Frame]:
    """The attribution frames of the block ``text[lo:hi]``, in order.

    ``pairs`` are the block's quotations (cues inside them do not count).

    >>> t = "Russia’s drones ‘appalling’: Blinken"
    >>> [(f.rule, t[f.start:f.end]) for f in find_frames(t, 0, len(t), [], "headline")]
    [('headline-colon', 'Russia’s drones ‘appalling’')]
    """
    headline = label == "headline"
    cues = find_cues(text, lo, hi, title_case=headline)
    if not pairs:
        if not cues and not headline:
            return []  # most blocks: nothing to read
        frames: list[Frame] = []
    else:
        opens = [p.open for p in pairs]
        cues = [c for c in cues if not _inside(pairs, opens, c.start)]
        frames = _dash_frames(text, hi, pairs)
    if headline:
        frames.extend(_headline_frames(text, lo, hi))
    if not cues:
        return frames
    k = 0
    for s0, s1 in sentence_spans(text, lo, hi, pairs):
        mine = []
        while k < len(cues) and cues[k].start < s1:
            if cues[k].start >= s0:
                mine.append(cues[k])
            k += 1
        if mine:
            frames.extend(_sentence_frames(text, s0, s1, mine))
    return frames
