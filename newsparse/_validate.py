"""Argument checks shared by the entry points: clear errors before any work is done."""

from __future__ import annotations

import datetime as dt
import os

from newsparse.errors import InputTypeError, OptionError


def check_text(text: object, func: str) -> str:
    """Return ``text`` if it is a ``str``; raise :class:`InputTypeError` saying what to do.

    >>> check_text("ok", "parse")
    'ok'
    """
    if isinstance(text, str):
        return text
    kind = type(text).__name__
    if isinstance(text, (bytes, bytearray, memoryview)):
        hint = ": decode it first, e.g. data.decode('utf-8')"
    elif hasattr(text, "read"):
        hint = ": read the file first, e.g. open(path, encoding='utf-8').read()"
    elif isinstance(text, os.PathLike):
        hint = ": that is a path; read the file first, e.g. Path(p).read_text(encoding='utf-8')"
    elif isinstance(text, (list, tuple)) and all(isinstance(t, str) for t in text):
        hint = ": give one text, or use parse_many() for many"
    else:
        hint = ""
    raise InputTypeError(f"{func}() takes text as str, not {kind}{hint}")


def check_datetime(value: object, name: str) -> dt.datetime | None:
    """Return ``value`` as a datetime (or None); raise :class:`OptionError` naming ``name``.

    A :class:`datetime.date` becomes midnight of that day. Naive and aware values are both
    accepted and kept as given.

    >>> check_datetime(dt.date(2024, 2, 3), "published")
    datetime.datetime(2024, 2, 3, 0, 0)
    """
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    raise OptionError(
        f"{name}: expected a date, datetime or None, not {type(value).__name__} ({value!r})"[:200]
    )
