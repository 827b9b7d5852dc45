"""Quantity normaliser: values, units, counted nouns and qualifiers.

Not implemented yet: :func:`find_quantities` returns an empty tuple until the quantity issue lands.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._blocks import blocks_or_lines
from newsparse._validate import check_text
from newsparse.models import Block, Quantity

__all__ = ["find_quantities"]


def find_quantities(text: str, *, blocks: Sequence[Block] | None = None) -> tuple[Quantity, ...]:
    """Find the quantities in ``text`` (spans are offsets into ``text``).

    ``blocks`` are the parts of ``text`` to read; by default every non-blank line.

    Not implemented yet: returns an empty tuple.

    >>> find_quantities("around 400 drones")
    ()
    """
    check_text(text, "find_quantities")
    blocks_or_lines(text, blocks)
    return ()
