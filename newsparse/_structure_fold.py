"""Case-folded text for cheap prefilters in front of case-insensitive patterns.

A pattern compiled with ``IGNORECASE`` (simple case folding) is slow to scan a line that
cannot match; testing a folded copy of the line for the literal words the pattern needs is
fast. The test may only err towards running the pattern: every character the ``regex``
module folds to an ASCII letter also folds to it under :meth:`str.casefold`, except the
dotted capital I ("İ" casefolds to "i" and a combining dot), mapped back here.

>>> folded("COOKİES and Copyright")
'cookies and copyright'
"""

from __future__ import annotations

from newsparse._scan_chars import SPACES

__all__ = ["SPACES", "ascii_folded", "folded"]


def folded(text: str) -> str:
    """``text`` case-folded, "İ" read as "i" (a superset of ``IGNORECASE`` matches).

    >>> folded("Sign Up"), folded("ſign up")
    ('sign up', 'sign up')
    """
    out = text.casefold()
    return out.replace("i\u0307", "i") if "\u0307" in out else out


def ascii_folded(text: str) -> str:
    """``folded(text)`` for testing ASCII words in it: the commonest non-ASCII marks (quotes,
    dashes, an ellipsis, a no-break space) made ASCII first, so that a text then ASCII is
    folded by ``str.lower`` (ten times faster than folding a non-ASCII string). Each mark
    becomes an ASCII mark or a space: every ASCII word the folded text holds it holds too.

    >>> ascii_folded("It’s a DEAL — agreed"), ascii_folded("Ça va")
    ("it's a deal   agreed", 'ça va')
    """
    if not text.isascii():
        text = (
            text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("—", " ").replace("–", " ").replace("…", " ").replace("\xa0", " ")
        )  # fmt: skip
        if not text.isascii():
            return folded(text)
    return text.lower()
