"""Character sets that let ``re`` search for where a scan can start.

``re`` finds the first character of a pattern by itself (a fast loop in C) when the pattern
opens with a literal or a set of characters; a pattern opening with an assertion (``\\b``, a
look-behind) or an alternation of repeats is instead tried at every position. The word
scans of the fact stages (number words, date words) look for a word start: a word after
a non-word character. Most such characters are spaces, so a scan runs as two passes: one
opening with a literal space, and one opening with :data:`NOT_SPACE_OR_ASCII_WORD`, every
other non-word character (the set also holds the non-ASCII letters and digits: written as
ranges, ``re`` tests a character against a table; the pass then checks what it found).

>>> import re
>>> [m.start() for m in re.finditer(f"[{NOT_SPACE_OR_ASCII_WORD}]", "a (b) c_d é")]
[2, 4, 10]
"""

from __future__ import annotations

__all__ = ["NOT_SPACE_OR_ASCII_WORD", "SPACES"]

#: ``regex``'s ``\s``: the Unicode White_Space characters (tests/test_prefilters.py), for
#: ``str.strip`` and the standard ``re`` where they stand in front of ``regex`` patterns.
SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + (
    "\u2028\u2029\u202f\u205f\u3000"
)

#: Every character but the space, ASCII letters and digits and ``_``: the non-word
#: characters other than the space (ASCII punctuation and controls) and all of non-ASCII,
#: as the body of a ``re`` character set.
NOT_SPACE_OR_ASCII_WORD = r"\x00-\x1f!-/:-@\[-^`{-\U0010ffff"
