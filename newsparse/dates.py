"""Date normaliser: temporal expressions resolved TimeML-style against a reference date.

Not implemented yet: :func:`find_dates` returns an empty tuple until the date issue lands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsparse._blocks import blocks_or_lines
from newsparse._validate import check_datetime, check_text
from newsparse.models import Block, DateMention

__all__ = ["find_dates"]


def find_dates(
    text: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    blocks: Sequence[Block] | None = None,
) -> tuple[DateMention, ...]:
    """Find the temporal expressions in ``text``, resolved against ``reference``.

    ``blocks`` are the parts of ``text`` to read; by default every non-blank line. Without a
    reference, values keep their unknown parts ("XXXX-01-16").

    Not implemented yet: returns an empty tuple.

    >>> find_dates("on Thursday")
    ()
    """
    check_text(text, "find_dates")
    check_datetime(reference, "reference")
    blocks_or_lines(text, blocks)
    return ()
