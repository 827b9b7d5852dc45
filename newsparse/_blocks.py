"""Lines of a text as :class:`~newsparse.models.Block` records: the default input of fact stages.

The fact stages (quotes, quantities, dates) take the blocks to read. :func:`newsparse.parse`
passes each article's headline, bullets and body; a stage used alone on any text reads every
non-blank line as a body block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsparse._records import record
from newsparse.models import Block, Span

# A line ends at \n, \r\n, \r, or the Unicode line and paragraph separators.
_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
#: A line's text trimmed of white space at both ends, in one match: from a non-space to the
#: last non-space before a line break. ``re``'s ``\s`` is ``str.isspace``. One run of a single
#: character class, given back only over the line's trailing white space: a third faster than
#: non-space runs joined by spaces (``\S+(?:[^\S<breaks>]++\S+)*``, the same spans), and
#: twice as fast as finding each line and trimming it in Python (measured on naeb).
_TRIMMED_LINE = re.compile(rf"\S(?:[^{_BREAKS}]*\S)?")
#: ``_TRIMMED_LINE`` for a text whose only line break is "\n" (most texts): a run of one
#: excluded character is the fastest loop of ``re``, a third faster than the class.
_TRIMMED_NL_LINE = re.compile(r"\S(?:[^\n]*\S)?")
#: The line breaks but "\n".
_OTHER_BREAKS = _BREAKS.replace("\n", "")
#: One line break: "\r\n" is one, as :func:`iter_lines` reads it.
LINE_BREAK = re.compile(rf"\r\n|[{_BREAKS}]")
_SPAN = re.Match.span


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank line, trimmed of surrounding white space.

    >>> list(iter_lines("  a b \\n\\n c\\r\\n"))
    [(2, 5), (9, 10)]
    """
    stop = len(text) if end is None else end
    nl_only = not any(c in text for c in _OTHER_BREAKS)
    # ``map`` over the matches: a third cheaper than a generator yielding each span.
    return map(_SPAN, (_TRIMMED_NL_LINE if nl_only else _TRIMMED_LINE).finditer(text, start, stop))


def line_blocks(text: str) -> tuple[Block, ...]:
    """Every non-blank line of ``text`` as a body block.

    >>> [b.text for b in line_blocks("One.\\n\\nTwo.")]
    ['One.', 'Two.']
    """
    return tuple(
        record(Block, text=text[s:e], span=record(Span, start=s, end=e), label="body", rule="line")
        for s, e in iter_lines(text)
    )


def blocks_or_lines(text: str, blocks: Sequence[Block] | None) -> Sequence[Block]:
    """The blocks given, or every line of ``text`` when none are.

    >>> len(blocks_or_lines("a\\nb", None))
    2
    """
    return line_blocks(text) if blocks is None else blocks
