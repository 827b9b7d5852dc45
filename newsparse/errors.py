"""The exceptions newsparse raises, all rooted at :class:`NewsparseError`.

>>> issubclass(InputTypeError, TypeError) and issubclass(InputTypeError, NewsparseError)
True
"""

from __future__ import annotations

__all__ = ["InputTypeError", "NewsparseError", "OptionError"]


class NewsparseError(Exception):
    """The root of every exception newsparse raises on purpose.

    >>> try:
    ...     raise OptionError("now: expected a datetime")
    ... except NewsparseError as exc:
    ...     print(exc)
    now: expected a datetime
    """


class InputTypeError(NewsparseError, TypeError):
    """The text given is not a ``str`` (bytes must be decoded first).

    >>> import newsparse
    >>> try:
    ...     newsparse.parse(b"bytes")
    ... except InputTypeError as exc:
    ...     print(exc)
    parse() takes text as str, not bytes: decode it first, e.g. data.decode('utf-8')
    """


class OptionError(NewsparseError, ValueError):
    """An option has a value of the wrong type or out of range; the message names it.

    >>> import newsparse
    >>> newsparse.parse("x", now="yesterday")
    Traceback (most recent call last):
    ...
    newsparse.errors.OptionError: now: expected a date, datetime or None, not str ('yesterday')
    """
