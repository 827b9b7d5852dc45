"""Bylines spread over two lines, read once the lines are shaped.

Pages often print a byline's parts on separate lines:

- a label alone, the names under it: "By" / "Ann Lee"; "Author:" / "* Ann Lee";
- the names alone, their job title under them: "Ann Lee" / "Senior Reporter";
- the names alone right above the date: "Ann Lee" / "22 December 2023".

:func:`relabel` turns such name lines into ``byline`` lines (and the label or role line into
``furniture``). The name line keeps its shape (so that an author's bio at the foot of a
page does not cut the body in two) and carries the authors: see :func:`soft_byline`.

>>> from newsparse._structure_lines import read_line
>>> from newsparse._blocks import iter_lines
>>> text = "By\\nAnn Lee\\nFlood waters rose."
>>> lines = relabel([read_line(text, s, e, None) for s, e in iter_lines(text)])
>>> [(line.shape, line.authors) for line in lines[:2]]
[('furniture', None), ('other', ('Ann Lee',))]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsparse._bylines import name_authors
from newsparse._structure_lines import Line
from newsparse.lexicon.structure_bylines import BIO_ROLES, JOB_WORDS, OUTLET_ENDINGS
from newsparse.lexicon.structure_names import GIVEN_NAMES, LABEL_WORDS

__all__ = ["bio_author", "is_person", "relabel", "soft_byline"]

#: A line that only announces the author: "By", "By:", "Author:", "Authors", "Author(s)".
_AUTHOR_LABEL = regex.compile(
    r"^(?:by|written\s+by|words\s+by|story\s+by|authors?|author\(s\)|posted\s+by)\s*:?$",
    regex.IGNORECASE,
)
#: A role line under the names: "Senior Reporter", "·Staff Writer", "Forbes Staff".
#: Matched right to left (``(?r)``): a forward scan retried the trailing run from each of its
#: characters (quadratic); the same edges are cut either way.
_ROLE_EDGE = regex.compile(r"(?r)^[\s·•|,\-–—]+|[\s|,.]+$")
_SHAPES = frozenset({"other", "headline", "nav", "bullet", "body"})
_BYLINE_SHAPES = frozenset({"byline", "other", "headline", "nav", "bullet"})


#: An author's bio: "Ann Lee is a staff writer for ...", "Ann Lee has been a reporter at ...".
_BIO = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*){1,3})\s(?:is|was|has\sbeen)"
    r"\s(?:a|an|the)\s"
)
_BIO_WORD = regex.compile(r"\p{L}+")


def bio_author(line: Line) -> tuple[str, ...] | None:
    """The author an author's bio line names, or None.

    >>> from newsparse._structure_lines import read_line
    >>> t = "Ann Lee is a senior staff writer covering transport."
    >>> bio_author(read_line(t, 0, len(t), None))
    ('Ann Lee',)
    >>> t = "Ann Lee is a town of two thousand people on the coast."
    >>> bio_author(read_line(t, 0, len(t), None)) is None
    True
    """
    if len(line.text) > 400:
        return None
    m = _BIO.match(line.text)
    if m is None:
        return None
    words = _BIO_WORD.findall(line.text, m.end(), m.end() + 120)[:10]
    if not any(w.lower() in BIO_ROLES for w in words):
        return None
    authors = (m["name"],)
    return authors if is_person(authors) else None


def soft_byline(line: Line) -> bool:
    """Whether ``line`` is a byline: shaped so, or names found by :func:`relabel`.

    >>> from newsparse._structure_lines import read_line
    >>> soft_byline(read_line("By Ann Lee", 0, 10, None))
    True
    """
    return line.authors is not None and line.shape in _BYLINE_SHAPES


def _role(line: Line) -> bool:
    """Whether ``line`` is a job title alone ("Senior Reporter", "Forbes Staff")."""
    if line.words > 6 or line.shape not in _SHAPES:
        return False
    text = _ROLE_EDGE.sub("", line.text[line.mark :])
    words = text.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in text):
        return False
    jobs = sum(1 for w in words if w.lower().strip(".,&") in JOB_WORDS)
    return jobs >= 1 and jobs >= len(words) - 2


def is_person(authors: tuple[str, ...]) -> bool:
    """Whether names read from a line alone are people's names: each of two words or more,
    no word in capitals ("Reality TV") or a label word ("Partner Content"); a known given
    name first ("Ann Lee") is enough.

    >>> is_person(("Ann Lee",)), is_person(("Reality TV",)), is_person(("Takeaways",))
    (True, False, False)
    """
    if not authors:
        return False
    for name in authors:
        words = name.split()
        if len(words) < 2:
            return False
        if words[0].lower().strip(".") in GIVEN_NAMES:
            continue
        for w in words:
            if (len(w) >= 2 and w.isupper() and not w.endswith(".")) or w.lower() in LABEL_WORDS:
                return False
    return True


def _names(line: Line) -> tuple[str, ...] | None:
    """The names a line holds and nothing else (a trailing outlet or title cut off)."""
    text = line.text[line.mark :].strip()
    if not text or len(text) > 120 or line.shape not in _SHAPES:
        return None
    named = name_authors(text)
    if named is None or any(len(a.split()) > 4 for a in named.authors):
        return None
    rest = text[named.end :].strip(" ,|·-–—/")
    if rest and not (rest.split()[-1] in OUTLET_ENDINGS or rest.lower() == "archive page"):
        return None
    return named.authors


def relabel(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with two-line bylines read (see the module docstring).

    >>> from newsparse._structure_lines import read_line
    >>> t = "Ann Lee\\nSenior Reporter"
    >>> [(ln.shape, ln.authors) for ln in relabel([read_line(t, 0, 7, None),
    ...                                            read_line(t, 8, 23, None)])]
    [('other', ('Ann Lee',)), ('furniture', None)]
    """
    out = list(lines)
    n = len(out)
    for k in range(n - 1):
        line = out[k]
        nxt = out[k + 1]
        if line.shape == "byline" or nxt.shape == "byline":
            continue
        # (a label holds two words at most: most lines are no label)
        if line.words <= 2 and _AUTHOR_LABEL.match(line.text) and nxt.shape in _SHAPES:
            names = _names(nxt)
            if names is None and nxt.shape != "body":
                named = name_authors(nxt.text[nxt.mark :])
                names = named.authors if named is not None else None
            if names is not None:
                out[k] = line._replace(shape="furniture")
                out[k + 1] = nxt._replace(authors=names, by_end=0)
            continue
        if line.shape in ("other", "headline") and line.words <= 6 and _role(nxt):
            names = _names(line)
            if names is not None:
                out[k] = line._replace(authors=names, by_end=0)
                out[k + 1] = nxt._replace(shape="furniture")
    return out
