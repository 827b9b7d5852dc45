"""Lines of a text as :class:`~newsparse.models.Block` records: the default input of fact stages.

The fact stages (quotes, quantities, dates) take the blocks to read. :func:`newsparse.parse`
passes each article's headline, bullets and body; a stage used alone on any text reads every
non-blank line as a body block.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsparse.models import Block, Span

# A line ends at \n, \r\n, \r, or the Unicode line and paragraph separators.
_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
_EDGE_SPACE = regex.compile(r"^\s+|\s+$")


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank line, trimmed of surrounding white space.

    >>> list(iter_lines("  a b \\n\\n c\\r\\n"))
    [(2, 5), (9, 10)]
    """
    stop = len(text) if end is None else end
    for m in _LINE.finditer(text, start, stop):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e


def line_blocks(text: str) -> tuple[Block, ...]:
    """Every non-blank line of ``text`` as a body block.

    >>> [b.text for b in line_blocks("One.\\n\\nTwo.")]
    ['One.', 'Two.']
    """
    return tuple(
        Block(text=text[s:e], span=Span(start=s, end=e), label="body", rule="line")
        for s, e in iter_lines(text)
    )


def blocks_or_lines(text: str, blocks: Sequence[Block] | None) -> Sequence[Block]:
    """The blocks given, or every line of ``text`` when none are.

    >>> len(blocks_or_lines("a\\nb", None))
    2
    """
    return line_blocks(text) if blocks is None else blocks
