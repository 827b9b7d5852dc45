"""Building records inside the stages without re-validating what the stages already checked.

A pydantic dataclass validates every field on construction (about 2 µs for a ``Span``, more
for larger records): right for a user building records by hand, but on dense news the stages
build hundreds of thousands of records whose fields they have just computed, and validation
was the largest single cost of :func:`newsparse.parse`. :func:`record` fills the same fields
(defaults included) without validating; the span invariant tests and the property tests check
what the stages build.

>>> from newsparse.models import Span, Quantity
>>> q = record(Quantity, text="5 km", span=record(Span, start=0, end=4), value=5.0, unit="km")
>>> q == Quantity(text="5 km", span=Span(start=0, end=4), value=5.0, unit="km")
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar

from newsparse.models import Block, BlockLabel, DateMention, Paragraph, Span

_R = TypeVar("_R")


_SPECS: dict[type[Any], tuple[frozenset[str], dict[str, Any]]] = {}
_new = object.__new__


def _spec(cls: type[Any]) -> tuple[frozenset[str], dict[str, Any]]:
    """The names of ``cls``'s fields and the defaults of those that have one (memoised)."""
    spec = _SPECS.get(cls)
    if spec is None:
        names = set()
        defaults: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            names.add(field.name)
            if field.default is not dataclasses.MISSING:
                defaults[field.name] = field.default
            elif field.default_factory is not dataclasses.MISSING:
                defaults[field.name] = field.default_factory()
        spec = _SPECS[cls] = (frozenset(names), defaults)
    return spec


def record(cls: type[_R], /, **fields: Any) -> _R:
    """An instance of the record type ``cls`` with ``fields``, not validated.

    Unknown field names and missing required fields still raise ``TypeError``.

    >>> from newsparse.models import Span
    >>> record(Span, start=2, end=5)
    Span(start=2, end=5)
    >>> record(Span, start=2)
    Traceback (most recent call last):
    ...
    TypeError: Span: missing fields ['end']
    """
    names, defaults = _SPECS.get(cls) or _spec(cls)
    obj = _new(cls)
    state = obj.__dict__
    if defaults:
        state.update(defaults)
    state.update(fields)
    if state.keys() != names:
        unknown = sorted(state.keys() - names)
        if unknown:
            raise TypeError(f"{cls.__name__}: unknown fields {unknown}")
        raise TypeError(f"{cls.__name__}: missing fields {sorted(names - state.keys())}")
    return obj


def span(start: int, end: int) -> Span:
    """``record(Span, start=start, end=end)`` in half the time: the commonest record, its two
    fields stored directly (no keyword dict, no check of the field names).

    >>> span(2, 5) == Span(start=2, end=5)
    True
    """
    obj = _new(Span)
    state = obj.__dict__
    state["start"] = start
    state["end"] = end
    return obj


def block(text: str, where: Span, label: BlockLabel, rule: str) -> Block:
    """``record(Block, text=text, span=where, label=label, rule=rule)``, as :func:`span`.

    >>> block("Hi", span(0, 2), "body", "prose") == Block(
    ...     text="Hi", span=Span(start=0, end=2), label="body", rule="prose")
    True
    """
    obj = _new(Block)
    state = obj.__dict__
    state["text"] = text
    state["span"] = where
    state["label"] = label
    state["rule"] = rule
    return obj


def paragraph(text: str, where: Span) -> Paragraph:
    """``record(Paragraph, text=text, span=where)``, as :func:`span`.

    >>> paragraph("Hi.", span(0, 3)) == Paragraph(text="Hi.", span=Span(start=0, end=3))
    True
    """
    obj = _new(Paragraph)
    state = obj.__dict__
    state["text"] = text
    state["span"] = where
    return obj


def date_mention(
    text: str,
    where: Span,
    value: tuple[str, str, dt.datetime | None, dt.datetime | None],
    rule: str,
) -> DateMention:
    """``record(DateMention, text=text, span=where, type=..., value=..., start=..., end=...,
    rule=rule)`` from ``value`` (type, value, start, end), as :func:`span`, its fields in the
    order :func:`record` leaves them (those with a default first).

    >>> date_mention("May", span(0, 3), ("DATE", "XXXX-05", None, None), "month") == record(
    ...     DateMention, text="May", span=span(0, 3), type="DATE", value="XXXX-05",
    ...     start=None, end=None, rule="month")
    True
    """
    obj = _new(DateMention)
    state = obj.__dict__
    state["start"] = value[2]
    state["end"] = value[3]
    state["rule"] = rule
    state["text"] = text
    state["span"] = where
    state["type"] = value[0]
    state["value"] = value[1]
    return obj
