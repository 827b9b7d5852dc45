"""Quote attributor: direct, indirect and mixed quotes with their speakers.

Not implemented yet: :func:`find_quotes` returns an empty tuple until the quote issue lands.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._blocks import blocks_or_lines
from newsparse._validate import check_text
from newsparse.models import Block, Quote

__all__ = ["find_quotes"]


def find_quotes(text: str, *, blocks: Sequence[Block] | None = None) -> tuple[Quote, ...]:
    """Find the quotes in ``text`` (spans are offsets into ``text``).

    ``blocks`` are the parts of ``text`` to read, with their labels (a headline is read for
    headline attribution); by default every non-blank line is a body block.

    Not implemented yet: returns an empty tuple.

    >>> find_quotes("“Fine,” she said.")
    ()
    """
    check_text(text, "find_quotes")
    blocks_or_lines(text, blocks)
    return ()
