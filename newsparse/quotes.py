"""Quote attributor: direct, indirect and mixed quotes with their speakers.

The steps, per block in article order, then over the whole article:

1. ``marks`` (:mod:`newsparse._quotes_marks`): pair the quotation marks of the block, every
   style, straight and curly mixed; stray marks stay local to their block.
2. ``frames`` (:mod:`newsparse._quotes_frames`): find speech cues (a lexicon of reporting
   verbs and phrases, :mod:`newsparse.lexicon.quotes_cues`) and read each one's speaker
   phrase and content.
3. ``kinds``: content that is one quotation is a direct quote; content with quoted words
   inside is mixed; content without marks is indirect. A quotation no cue reaches is a
   continuation of the nearest attributed quote when it reads as speech (a whole paragraph,
   or a sentence of its own), and is dropped otherwise (scare quotes, titles, nicknames).
4. ``speakers`` (:mod:`newsparse._quotes_resolve`): titles split from names, surnames to
   full names, pronouns to the most recent compatible speaker.

>>> [(q.kind, q.text, q.speaker.name, q.cue) for q in find_quotes("“Fine,” Ann Lee said.")]
[('direct', 'Fine', 'Ann Lee', 'said')]
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from newsparse._blocks import blocks_or_lines
from newsparse._quotes_cues import Cue
from newsparse._quotes_frames import Frame, find_frames
from newsparse._quotes_marks import Pair, find_pairs
from newsparse._quotes_resolve import Entity, Resolver
from newsparse._quotes_speakers import NP, describe
from newsparse._records import record, span
from newsparse._validate import check_text
from newsparse.lexicon.quotes_speakers import TITLE_SMALL_WORDS
from newsparse.models import Block, Quote, QuoteKind, Speaker

__all__ = ["find_quotes"]

_SENTENCE_BREAK = regex.compile(r"[.!?…]\s+[\p{Lu}“\"‘]")
_TAIL_PUNCT = ",;—–-"
_REL_WORDS = ("which", "that", "who", "whom", "as")
_SPEECH_END = ".,!?…—–-:;"


_TITLE_SMALL = TITLE_SMALL_WORDS


class _Item(NamedTuple):
    """A quote found in a block, before its speaker is resolved."""

    start: int
    end: int
    kind: QuoteKind
    cue: Cue | None
    np: NP | None
    rule: str
    block: int
    opens_block: bool
    unclosed: bool
    cue_span: tuple[int, int] | None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _speechlike(text: str, pair: Pair, sent_lo: int, hi: int) -> bool:
    """Whether an unattributed quotation reads as speech rather than a name or scare quote."""
    inner = text[pair.start : pair.end].strip()
    words = inner.split()
    if len(words) < 4:
        return False
    # Title Case is the title of a work ("Legend in the Coal Fields"), not speech.
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    if content and sum(w[:1].isupper() for w in content) >= 0.8 * len(content):
        return False
    if not pair.closed:
        return True
    if inner[-1] in _SPEECH_END:
        return True
    after = text[pair.end + 1 : min(hi, pair.end + 3)].lstrip()
    return not after or after[0] in ".!?"


def _block_items(text: str, block: Block, bi: int, headline: bool) -> list[_Item]:
    lo, hi = block.span.start, block.span.end
    pairs = find_pairs(text, lo, hi)
    frames = find_frames(text, lo, hi, pairs, "headline" if headline else block.label)
    if not frames and not pairs:
        return []  # most blocks: no frame and no quotation
    opens = [p.open for p in pairs]
    claimed: set[int] = set()
    items: list[_Item] = []
    seen: set[tuple[int, int]] = set()
    frames = _clip(text, frames)
    for f in frames:
        if (f.start, f.end) in seen or f.end - f.start < 2:
            continue
        seen.add((f.start, f.end))
        k0 = bisect.bisect_left(opens, f.start - 1)
        k1 = bisect.bisect_right(opens, f.end)
        inner = [k for k in range(k0, k1) if pairs[k].end <= f.end + 1]
        cs = f.cue_span
        if inner:
            claimed.update(inner)
            big = max(inner, key=lambda k: pairs[k].end - pairs[k].start)
            p = pairs[big]
            plen = p.end - p.start
            whole = (
                len(inner) == 1
                and not text[f.start : p.open].strip(" “\"‘'«„")
                and (not text[min(p.end + 1, f.end) : f.end].strip(" ,.;:”\"’'»"))
            )
            if whole or (
                not (headline and f.rule == "headline-colon")
                and not (f.cue is not None and "naming" in f.cue.classes)
                and (
                    plen >= 0.6 * (f.end - f.start) or _SENTENCE_BREAK.search(text, p.start, p.end)
                )
            ):
                s, e = _trim(text, p.start, p.end)
                items.append(
                    _Item(s, e, "direct", f.cue, f.np, f.rule, bi, p.open == lo, not p.closed, cs)
                )
                continue
            s, e = _trim(text, f.start, f.end)
            items.append(_Item(s, e, "mixed", f.cue, f.np, f.rule, bi, False, False, cs))
            continue
        s, e = _trim(text, f.start, f.end)
        if len(text[s:e].split()) < 2:
            continue
        items.append(_Item(s, e, "indirect", f.cue, f.np, f.rule, bi, False, False, cs))
    for k, p in enumerate(pairs):
        if k in claimed or not _speechlike(text, p, lo, hi):
            continue
        if any(it.start <= p.start < it.end for it in items[-4:]):
            continue
        s, e = _trim(text, p.start, p.end)
        items.append(
            _Item(s, e, "direct", None, None, "continuation", bi, p.open == lo, not p.closed, None)
        )
    items.sort(key=lambda it: it.start)
    return items


def _strip_rel_tail(text: str, s: int, e: int) -> int:
    """Drop white space, commas and a relative word ("which", "that") before offset ``e``."""
    while e > s:
        if text[e - 1] in _TAIL_PUNCT or text[e - 1].isspace():
            e -= 1
            continue
        for word in _REL_WORDS:
            n = len(word)
            if (
                e - n >= s
                and text[e - n : e].lower() == word
                and (e - n == s or not text[e - n - 1].isalnum())
            ):
                e -= n
                break
        else:
            return e
    return e


def _clip(text: str, frames: list[Frame]) -> list[Frame]:
    """Cut content short where another frame's speaker starts inside it (relative clauses)."""
    starts = sorted(f.np.start for f in frames if f.np is not None)
    out = []
    for f in frames:
        k = bisect.bisect_right(starts, f.start)
        while k < len(starts) and f.np is not None and starts[k] == f.np.start:
            k += 1
        if k < len(starts) and starts[k] < f.end:
            out.append(f._replace(end=_strip_rel_tail(text, f.start, starts[k])))
        else:
            out.append(f)
    return out


def _np_start(item: _Item) -> int:
    return item.np.start if item.np is not None else item.start


def _speaker(text: str, np: NP, ent: Entity | None) -> Speaker | None:
    if ent is None:
        return None
    return record(
        Speaker,
        name=ent.name,
        mention=text[np.start : np.end],
        span=span(np.start, np.end),
        title=ent.title,
    )


def _resolve(
    text: str, items: list[_Item], get_resolver: Callable[[], Resolver]
) -> list[Speaker | None]:
    speakers: list[Speaker | None] = [None] * len(items)
    order = sorted(
        (i for i, it in enumerate(items) if it.np is not None),
        key=lambda i: _np_start(items[i]),
    )
    resolver = get_resolver() if order else None
    for i in order:
        np = items[i].np
        assert np is not None
        name, title, kind = describe(text, np)
        assert resolver is not None
        ent = resolver.resolve(name, title, kind, np.start, text[np.start : np.end])
        speakers[i] = _speaker(text, np, ent)
    # Participles take the speaker of the frame before them in the same block.
    last: dict[int, Speaker | None] = {}
    for i, it in enumerate(items):
        if it.rule == "participle":
            speakers[i] = last.get(it.block)
        elif it.np is not None:
            last[it.block] = speakers[i]
    # Continuations: the nearest attributed quote in the block, else the paragraph before.
    before: list[int | None] = [None] * len(items)
    after: list[int | None] = [None] * len(items)
    last_by_block: dict[int, int] = {}
    for i, it in enumerate(items):
        before[i] = last_by_block.get(it.block)
        if speakers[i] is not None:
            last_by_block[it.block] = i
    last_by_block = {}
    for i in range(len(items) - 1, -1, -1):
        after[i] = last_by_block.get(items[i].block)
        if speakers[i] is not None:
            last_by_block[items[i].block] = i
    for i, it in enumerate(items):
        if it.rule != "continuation":
            continue
        b, a = before[i], after[i]
        if b is not None:
            speakers[i] = speakers[b]
        elif a is not None:
            speakers[i] = speakers[a]
        elif it.opens_block and i > 0 and items[i - 1].block == it.block - 1:
            speakers[i] = speakers[i - 1]
    # A multi-paragraph quote takes its speaker from the paragraph that attributes it.
    for i in range(len(items) - 2, -1, -1):
        it, nxt = items[i], items[i + 1]
        if speakers[i] is None and it.unclosed and nxt.opens_block and nxt.block == it.block + 1:
            speakers[i] = speakers[i + 1]
    return speakers


# A transcript line: "PENCE: Well, look ..." (capitals, a colon, the words).
_SPEAKER_LINE = regex.compile(
    r"[\"“]?(\p{Lu}[\p{Lu}’'.-]+(?:\s\p{Lu}[\p{Lu}’'.-]+){0,2})(:)\s+(?=\S)"
)


def _speaker_line(text: str, block: Block) -> regex.Match[str] | None:
    """:data:`_SPEAKER_LINE` at the block's start; a line with no colon early on is skipped
    without the pattern (most lines: the colon is part of every match)."""
    lo = block.span.start
    hi = min(block.span.end, lo + 80)
    if text.find(":", lo, hi) < 0:
        return None
    return _SPEAKER_LINE.match(text, lo, hi)


def _transcript_labels(
    text: str, blocks: Sequence[Block], get_resolver: Callable[[], Resolver]
) -> set[str]:
    """Capitalised labels that open transcript lines: a known surname, or seen twice."""
    seen: dict[str, int] = {}
    for block in blocks:
        if block.label != "body":
            continue
        m = _speaker_line(text, block)
        if m:
            seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    labels = set()
    for label, n in seen.items():
        word = label.title()
        if n >= 2 or (" " not in label and get_resolver().canonical(word) != word):
            labels.add(label)
    return labels


def _headline_like(block: Block, bi: int) -> bool:
    if block.label == "headline":
        return True
    return block.rule == "line" and bi == 0 and block.text[-1:] not in '.!?”"’'


def find_quotes(text: str, *, blocks: Sequence[Block] | None = None) -> tuple[Quote, ...]:
    """Find the quotes in ``text`` (spans are offsets into ``text``).

    ``blocks`` are the parts of ``text`` to read, in article order, with their labels (a
    headline is read for headline attribution, "Drones ‘appalling’: Blinken"); by default
    every non-blank line is a body block. Speakers are resolved across the blocks given.

    >>> t = ("Antony Blinken, the US secretary of state, spoke in Ottawa.\\n"
    ...      "“It is appalling,” Blinken said.\\n“We will act on this now.”")
    >>> for q in find_quotes(t):
    ...     print(q.kind, q.text, "|", q.speaker.name, "|", q.speaker.mention, "|", q.cue)
    direct It is appalling | Antony Blinken | Blinken | said
    direct We will act on this now. | Antony Blinken | Blinken | None
    >>> [(q.kind, q.text, q.speaker.name) for q in find_quotes("Rain will come, Jakarta said.")]
    [('indirect', 'Rain will come', 'Jakarta')]
    """
    check_text(text, "find_quotes")
    chosen = blocks_or_lines(text, blocks)
    # The resolver reads the full names of every block (about a seventh of the stage's
    # time); it is built on first use, so text with no attributed quote never pays for it.
    built: list[Resolver] = []

    def get_resolver() -> Resolver:
        if not built:
            built.append(Resolver(text, [(b.span.start, b.span.end) for b in chosen]))
        return built[0]

    items: list[_Item] = []
    labels = _transcript_labels(text, chosen, get_resolver)
    for bi, block in enumerate(chosen):
        if block.span.end > len(text) or block.span.end <= block.span.start:
            continue
        m = _speaker_line(text, block) if labels and block.label == "body" else None
        if m and m.group(1) in labels:
            s, e = _trim(text, m.end(), block.span.end)
            e -= text[e - 1 : e] in '”"'
            if e > s:
                np = NP(m.start(1), m.end(1))
                items.append(
                    _Item(s, e, "direct", None, np, "transcript", bi, False, False, m.span(2))
                )
            continue
        items.extend(_block_items(text, block, bi, _headline_like(block, bi)))
    speakers = _resolve(text, items, get_resolver)
    quotes = []
    for it, sp in zip(items, speakers, strict=True):
        if it.rule == "continuation" and sp is None and not it.opens_block:
            continue
        cue = it.cue
        if cue is not None:
            cue_text = text[cue.start : cue.end]
            cue_span = span(cue.start, cue.end)
        elif it.cue_span is not None:
            s, e = it.cue_span
            s, e = _trim(text, s, e)
            cue_text, cue_span = text[s:e], span(s, e)
        else:
            cue_text, cue_span = None, None
        quotes.append(
            record(
                Quote,
                text=text[it.start : it.end],
                span=span(it.start, it.end),
                kind=it.kind,
                cue=cue_text,
                speaker=sp,
                cue_span=cue_span,
                rule=it.rule,
            )
        )
    return tuple(quotes)
