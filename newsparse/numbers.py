"""Quantity normaliser: values, units, counted nouns and qualifiers.

:func:`find_quantities` reads each block left to right. At every anchor (a digit numeral or
a number word, see :data:`newsparse._numbers_scan.ANCHOR`) it reads, in order: the currency
and qualifier before, the number, a multiplier ("bn", "million"), a unit, the far end of a
range, a qualifier after ("or more") and the counted noun phrase. Negative rules (dates,
clock times, stamps, years, names and codes, phone numbers, paths, ordinals) reject the
anchor and skip the text they cover. The rules live in :mod:`newsparse._numbers_read`; the
word lists in :mod:`newsparse.lexicon.numbers_words`, :mod:`~newsparse.lexicon.numbers_nouns`,
:mod:`~newsparse.lexicon.numbers_currency`, :mod:`~newsparse.lexicon.units` and
:mod:`~newsparse.lexicon.calendar`; unit knowledge comes from quantulum3's data files.

>>> [(q.text, q.value, q.qualifier) for q in find_quantities("Over 1,400 people fled.")]
[('Over 1,400 people', 1400.0, 'more_than')]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsparse._blocks import iter_lines
from newsparse._numbers_read import read_at
from newsparse._numbers_scan import BlockTokens, anchor_at, candidates, lowered
from newsparse._records import record, span
from newsparse._validate import check_text
from newsparse.models import Block, Quantity

__all__ = ["find_quantities"]


#: Web and mail addresses: nothing inside them is a quantity.
_LINK = regex.compile(
    r"""
    (?:https?://|www\.)\S+                          # a web address
  | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+      # a mail address, from the start of its run
    """,
    regex.VERBOSE,
)


def _links(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if (
        text.find("://", lo, hi) < 0
        and text.find("www.", lo, hi) < 0
        and text.find("@", lo, hi) < 0
    ):
        return []
    return [m.span() for m in _LINK.finditer(text, lo, hi)][::-1]


def _block_quantities(text: str, lo: int, hi: int) -> list[Quantity]:
    # Lower-case only this block (and the character before it, for the ``\b`` of a word
    # anchor): lowering the whole text for each article made parse() quadratic.
    base = max(lo - 1, 0)
    low = lowered(text[base:hi])
    out: list[Quantity] = []
    done = lo
    antecedent: str | None = None
    block: BlockTokens | None = None
    found_at = candidates(low, lo - base, hi - base)
    if not found_at:
        return out  # most blocks: no number at all
    links = _links(text, lo, hi)
    for low_start, low_end in found_at:
        c_start, c_end = low_start + base, low_end + base
        if c_start < done:
            continue
        while links and links[-1][1] <= c_start:
            links.pop()  # links are kept in reverse order: the next one is last
        if links and links[-1][0] <= c_start:
            continue
        m = anchor_at(text, c_start, hi)
        if m is None:
            done = c_end
            continue
        if block is None:
            block = BlockTokens(text, lo, hi)
        found = read_at(text, m, block, lo, antecedent)
        done = max(m.end(), found.end if found is not None else 0)
        if found is None or not found.keep:
            continue
        start = max(found.start, out[-1].span.end if out else lo)
        while start < found.end and text[start].isspace():
            start += 1  # clipped by the quantity before it ("5$ 10"): no leading space
        if start >= found.end:
            continue
        out.append(
            record(
                Quantity,
                text=text[start : found.end],
                span=span(start, found.end),
                value=found.value,
                low=found.low,
                high=found.high,
                unit=found.unit,
                counted=found.counted,
                qualifier=found.qualifier,
                rule=found.rule,
            )
        )
        if found.counted is not None:
            antecedent = found.counted
    return out


def find_quantities(text: str, *, blocks: Sequence[Block] | None = None) -> tuple[Quantity, ...]:
    """Find the quantities in ``text`` (spans are offsets into ``text``).

    ``blocks`` are the parts of ``text`` to read; by default every non-blank line.

    >>> [(q.value, q.counted, q.qualifier) for q in find_quantities("around 400 Iranian drones")]
    [(400.0, 'Iranian drones', 'approx')]
    >>> q, = find_quantities("netting tens of billions of dollars a year")
    >>> q.text, q.low, q.high, q.unit
    ('tens of billions of dollars', 10000000000.0, 100000000000.0, 'USD')
    >>> [(q.text, q.value, q.unit) for q in find_quantities("It cost $3.2bn over 27 days.")]
    [('$3.2bn', 3200000000.0, 'USD'), ('27 days', 27.0, 'day')]
    >>> find_quantities("Updated 27 October 2022, 37 min 52 sec ago")
    ()
    """
    check_text(text, "find_quantities")
    out: list[Quantity] = []
    if blocks is None:
        for lo, hi in iter_lines(text):
            out.extend(_block_quantities(text, lo, hi))
    else:
        for b in blocks:
            where = b.span
            out.extend(_block_quantities(text, where.start, where.end))
    return tuple(out)
