"""Hard-wrapped text: lines of one paragraph broken at a fixed width, joined back.

Exports, e-mails and wire feeds often break paragraphs into lines of about the same width
("...build a new" / "reservoir in the hills..."). When most wordy lines of a text end near one
width of at most 100 characters, a line that reaches that width and does not end a sentence
runs on into the next line (set directly under it) when that line goes on in lower case or the
first line ends on a lower-case word. The joined line is one span of the source, newline
included, so offsets stay exact.

>>> from newsparse._blocks import iter_lines
>>> text = ("The board on Thursday approved a plan to build a new\\n"
...         "reservoir in the hills north of the city, ending a long\\n"
...         "debate over water.\\nIt will hold enough water for the city for two\\n"
...         "years, the board said.\\nWork begins in spring, the board said on Monday.")
>>> [text[s:e].count("\\n") for s, e in join_wrapped(text, list(iter_lines(text)))]
[2, 1, 0]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsparse._blocks import LINE_BREAK

__all__ = ["join_wrapped"]

#: The widest wrap width recognised (wider lines are paragraphs, not wrapped lines).
MAX_WIDTH = 100
_SENTENCE_END = regex.compile(r"[.!?:…][\"'”’)\]]*$|[\"”]$")
_LAST_WORD = regex.compile(r"(\S+)\s*$")


def _width(text: str, spans: Sequence[tuple[int, int]]) -> int | None:
    """The wrap width of ``text``, or None when its lines are not hard-wrapped."""
    # The width is the wordy (four spaces or more) line length 90% of them reach: over
    # ``MAX_WIDTH`` when too few lines are short, counted as if every short line were wordy
    # (a short line more adds at most one to the index of the width in the sorted lengths).
    # Most pages are told so by counting the spaces of their few long lines only.
    longs = [(s, e) for s, e in spans if e - s > MAX_WIDTH]
    short = len(spans) - len(longs)
    wordy_long = [e - s for s, e in longs if text.count(" ", s, e) >= 4]
    if short <= int(0.9 * (short + len(wordy_long) - 1)):
        return None
    wordy = sorted(
        [e - s for s, e in spans if e - s <= MAX_WIDTH and text.count(" ", s, e) >= 4]
        + wordy_long
    )
    if len(wordy) < 3:
        return None
    width = wordy[int(0.9 * (len(wordy) - 1))]
    if width > MAX_WIDTH or width < 40:
        return None
    band = sum(1 for n in wordy if 0.8 * width <= n <= 1.1 * width)
    return width if band >= max(3, 0.4 * len(wordy)) else None


def _runs_on(line: str, nxt: str) -> bool:
    """Whether ``line`` (a full-width line) goes on in ``nxt``."""
    if _SENTENCE_END.search(line) or not nxt:
        return False
    if nxt[0].islower():
        return True
    m = _LAST_WORD.search(line)
    return m is not None and m.group(1)[:1].islower()


def join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (trimmed non-blank lines) with hard-wrapped lines of a paragraph joined.

    >>> t = "Title\\nshort\\nlines\\nonly"
    >>> join_wrapped(t, [(0, 5), (6, 11), (12, 17), (18, 22)])
    [(0, 5), (6, 11), (12, 17), (18, 22)]
    """
    if len(spans) < 3:
        return spans
    width = _width(text, spans)
    if width is None:
        return spans
    out: list[tuple[int, int]] = []
    start, end = spans[0]
    last = start  # start of the last physical line in the current span
    for s, e in spans[1:]:
        line = text[last:end]
        if (
            len(LINE_BREAK.findall(text, end, s)) <= 1  # no blank line between
            and len(line) >= 0.75 * width
            and _runs_on(line, text[s:e])
        ):
            end, last = e, s
            continue
        out.append((start, end))
        start, end, last = s, e, s
    out.append((start, end))
    return out
