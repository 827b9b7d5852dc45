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

from newsparse._bylines import LEAD_INITIALS, name_authors
from newsparse._stamps import find_stamps
from newsparse._structure_fold import SPACES, folded
from newsparse._structure_lines import Line, Lines, is_prose, line_readings, settled
from newsparse.lexicon.structure_bylines import (
    AUTHOR_LINK_LEADS,
    BIO_ROLES,
    BYLINE_LABELS,
    BYLINE_LEADS,
    JOB_WORDS,
    OUTLET_ENDINGS,
    ROLE_NOUNS,
)
from newsparse.lexicon.structure_names import GIVEN_NAMES, LABEL_WORDS, PHRASE_STARTS

__all__ = [
    "EVIDENCE",
    "bio_author",
    "header_evidence",
    "is_person",
    "labelled_names",
    "next_card",
    "relabel",
    "soft_byline",
]

#: A line that only announces the author: "By", "By:", "By —", "Author:", "Authors",
#: "Commentary by", "Words by".
_AUTHOR_LABEL = regex.compile(
    r"^(?:"
    + "|".join(
        sorted((regex.escape(w) for w in (*BYLINE_LEADS, *BYLINE_LABELS)), key=len, reverse=True)
    )
    + r")\s*(?::|[\-–—]{1,2})?$",
    regex.IGNORECASE,
)
#: An author widget's link text before the name: "Social Links for", "View all posts by".
_LINK_LEAD = regex.compile(
    r"^(?:"
    + "|".join(sorted((regex.escape(w) for w in AUTHOR_LINK_LEADS), key=len, reverse=True))
    + r")\s+(?=\p{Lu})",
    regex.IGNORECASE,
)
#: A line joining names set one per line: "," or "and" alone.
_NAME_JOINER = regex.compile(r"^(?:,|&|and|,\s*and)$", regex.IGNORECASE)
#: A role line under the names: "Senior Reporter", "·Staff Writer", "Forbes Staff".
#: Matched right to left (``(?r)``): a forward scan retried the trailing run from each of its
#: characters (quadratic); the same edges are cut either way.
_ROLE_EDGE = regex.compile(r"(?r)^[\s·•|,\-–—]+|[\s|,.]+$")
#: The characters ``_ROLE_EDGE`` cuts from the start of a line and from its end: stripping
#: them gives what its substitution gives (its two runs are cut whole, whatever the other).
_ROLE_LEAD = SPACES + "·•|,-–—"
_ROLE_TRAIL = SPACES + "|,."
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


#: Words a job-title line under a name ends in or holds.
_ROLE_WORDS = JOB_WORDS | ROLE_NOUNS
#: The line shapes that mark an article's header: a byline or a stamp.
EVIDENCE = frozenset({"byline", "stamp"})


def header_evidence(line: Line) -> bool:
    """Whether ``line`` marks an article's header: a byline or stamp, or names read as one.

    >>> from newsparse._structure_lines import read_line
    >>> header_evidence(read_line("Updated 2 June 2024", 0, 19, None))
    True
    """
    return line.shape in EVIDENCE or soft_byline(line)


_BY = regex.compile(r"by\b", regex.IGNORECASE)


def labelled_names(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` holds names read under an author label ("Author(s)" / "Ann Lee").

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = "Author(s)\\nAnn Lee"
    >>> labelled_names(relabel([read_line(t, s, e, None) for s, e in iter_lines(t)]), 1)
    True
    """
    line = lines[i]
    return (
        i > 0
        and bool(line.authors)
        and line.shape != "byline"
        and _AUTHOR_LABEL.match(lines[i - 1].text) is not None
    )


def next_card(lines: Sequence[Line], prev: int, at: int) -> bool:
    """Whether the byline on line ``at`` adds authors to the one on line ``prev``: a second
    "By" line right under it, or a second author card (a label, then names) under the first.

    >>> from newsparse._structure_lines import read_line
    >>> t = "By Ann Lee\\nBy Bo Tan"
    >>> next_card([read_line(t, 0, 10, None), read_line(t, 11, 20, None)], 0, 1)
    True
    """
    if prev < 0 or not prev < at <= prev + _CARD_LINES or not lines[at].authors:
        return False
    line = lines[at]
    if line.shape == "byline":
        return at == prev + 1 and _BY.match(line.text, line.mark) is not None
    if lines[prev].shape == "byline":
        return False
    # Between two cards: page furniture, and at most one line of prose (the first author's
    # bio: "Ann Lee" / "Staff Writer" / bio / "Follow on X" / "Bo Tan" / ...).
    between = lines[prev + 1 : at]
    prose = sum(1 for ln in between if ln.shape not in ("furniture", "nav"))
    return prose == 0 if at <= prev + 2 else prose <= 1 and all(
        ln.shape in ("furniture", "nav") or is_prose(ln) for ln in between
    )


#: How many lines an author card (name, job title, bio, follow button) may span.
_CARD_LINES = 8

_NOT_IN_ROLES = frozenset({"your", "our", "my", "the", "a", "an", "this", "these"})


def _role(line: Line) -> bool:
    """Whether ``line`` is a job title alone ("Senior Reporter", "Forbes Staff")."""
    if line.words > 6 or line.shape not in _SHAPES:
        return False
    return _role_words(line.text[line.mark :])


def _role_words(text: str) -> bool:
    """Whether ``text`` (a line after its bullet mark) names a job alone."""
    text = text.lstrip(_ROLE_LEAD).rstrip(_ROLE_TRAIL)  # (``_ROLE_EDGE``, cut)
    words = text.split()
    if not 1 <= len(words) <= 5 or words[-1].lower().strip(".,&") not in ROLE_NOUNS:
        return False  # a title ends in its job noun: "Senior Reporter", not "Tech News"
    if any(c.isdigit() for c in text) or _AUTHOR_LABEL.match(text):
        return False
    # Words of an outlet or a field may stand before the job noun ("NASA Spaceflight
    # Historian"); the line's last word being one is the mark.
    if any(w.lower() in _NOT_IN_ROLES for w in words):
        return False  # "Gifts For Your Editor" is a phrase
    jobs = sum(1 for w in words if w.lower().strip(".,&") in _ROLE_WORDS)
    return jobs >= len(words) - 3


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
        if len(words) < 2 or words[0].lower() in PHRASE_STARTS:
            return False
        if words[0].lower().strip(".") in GIVEN_NAMES:
            continue
        for w in words:
            if (len(w) >= 2 and w.isupper() and not w.endswith(".")) or w.lower() in LABEL_WORDS:
                return False
    return True


def _undoubled(text: str) -> str:
    """``text`` once when a page printed it twice in a row ("Ann Lee, AP Ann Lee, AP")."""
    half = len(text) // 2
    if len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return text


def _names(line: Line, *, desk: bool = False) -> tuple[str, ...] | None:
    """The names a line holds and nothing else (a trailing outlet or title cut off)."""
    text = _undoubled(line.text[line.mark :].strip())
    if not text or len(text) > 120 or line.shape not in _SHAPES:
        return None
    named = name_authors(text, desk=desk)
    if named is None or any(len(a.split()) > 4 for a in named.authors):
        return None
    rest = text[named.end :].strip(" ,|·-–—/")
    if rest and not (rest.split()[-1] in OUTLET_ENDINGS or rest.lower() == "archive page"):
        return None
    return named.authors


def _more_names(lines: list[Line], j: int) -> tuple[str, ...]:
    """Names set one per line after the first, each after a "," or "and" line ("By" /
    "Ann Lee" / "," / "Bo Tan"); their lines become furniture."""
    more: list[str] = []
    while j + 1 < len(lines) and len(more) < 8 and _NAME_JOINER.match(lines[j].text):
        names = _names(settled(lines, j + 1))
        if names is None or not is_person(names):
            break
        more.extend(names)
        lines[j] = settled(lines, j)._replace(shape="furniture")
        lines[j + 1] = lines[j + 1]._replace(shape="furniture")
        j += 2
    return tuple(more)


#: The signature closing an embedded social post: "— Ann Lee (@annlee) March 2, 2024". Its
#: date is the post's, not a stamp heading a new article.
_STAMPED = frozenset({"stamp", "byline", "bullet"})
_POST_SIGNATURE = regex.compile(r"^[—–\-]{1,2}\s*[^\s(@][^(@]{0,80}\(@\w{1,30}\)")
#: The characters a ``_POST_SIGNATURE`` match starts with.
_DASHES = frozenset("—–-")


#: Lines longer than this are not read for stamps by the line reader.
_STAMP_LINE = 200
#: A long line opening with a date label: "Date: March 2, 2024 Source: ... Summary: ...".
_DATE_LABEL = regex.compile(r"(?:date|published|posted|updated)\s?:\s*\S", regex.IGNORECASE)
#: The characters a ``_DATE_LABEL`` match opens with (no other folds to them,
#: tests/test_prefilters.py).
_DATE_LABEL_FIRST = frozenset("dDpPuU")


def _labelled_stamp(line: Line) -> Line:
    """``line`` (long, opening with a date label) read as a stamp when a date follows the
    label at once; otherwise unchanged."""
    hits = find_stamps(line.text[:80])
    if not hits or hits[0].start > line.text.index(":") + 3:
        return line
    return line._replace(shape="stamp", stamps=(hits[0],))


#: What :func:`_noticed` finds in a text: a post's signature or a long line opening with a
#: date label (it may be a stamp), an author label, a job noun last.
_STAMP_NOTICE = 1
_LABEL_NOTICE = 2
_ROLE_NOTICE = 4


def _noticed(text: str) -> int:
    """What in ``text`` one of :func:`relabel`'s readings may need (0: none of them applies
    to its line, or to a line next to it for the line's sake)."""
    out = 0
    if _date_label(text) or (text[:1] in _DASHES and _POST_SIGNATURE.match(text)):
        out |= _STAMP_NOTICE
    if (
        ((two := text[:2]) in _LABEL_OPENINGS
         or (not two.isascii() and folded(two)[:2] in LEAD_INITIALS))
        and (
            len(text) <= _LABEL_LONGEST + 2
            or (text[_LABEL_LONGEST : _LABEL_LONGEST + 1].isspace()
                and text[_LABEL_LONGEST:-2].isspace())
        )
        and _AUTHOR_LABEL.match(text)
    ):
        out |= _LABEL_NOTICE
    # (the last two letters of a job noun, in any case, before what may follow it)
    if text.rstrip(_ROLE_END_MARKS)[-2:] in _ROLE_END_CASES and _role_tail(text):
        out |= _ROLE_NOTICE
    return out


def _date_noticed(text: str) -> int:
    """The part of ``_noticed(text)`` that may matter for a body line: a long line opening
    with a date label."""
    return _STAMP_NOTICE if _date_label(text) else 0


def _date_label(text: str) -> bool:
    """Whether ``text`` is a long line opening with a date label (it may be a stamp)."""
    return (
        len(text) > _STAMP_LINE
        and text[:1] in _DATE_LABEL_FIRST
        and _DATE_LABEL.match(text) is not None
    )


def _cases(pairs: frozenset[str]) -> frozenset[str]:
    """Every way of writing the two-letter ``pairs`` in upper and lower case."""
    return frozenset(
        a + b for w in pairs for a in (w[0], w[0].upper()) for b in (w[1], w[1].upper())
    )


#: How an ``_AUTHOR_LABEL`` match opens (an ASCII line's first two characters, in lower case;
#: another line's, case-folded, are one of ``LEAD_INITIALS``: the same words), and those two
#: letters in any case (``str.lower`` of ASCII).
_LABEL_INITIALS = frozenset(w[:2].lower() for w in (*BYLINE_LEADS, *BYLINE_LABELS))
_LABEL_OPENINGS = _cases(_LABEL_INITIALS)
#: The last two letters of a job noun, and what may follow it on a role line. A line's last
#: two characters lowered are two of them only when they are ASCII (no other character is
#: lowered to one of those letters, tests/test_prefilters.py): then they are one of
#: ``_ROLE_END_CASES``.
_ROLE_ENDINGS = frozenset(w[-2:] for w in ROLE_NOUNS)
_ROLE_END_CASES = _cases(_ROLE_ENDINGS)
_ROLE_END_MARKS = SPACES + "|,.&"


def _role_tail(text: str) -> bool:
    """Whether the last word of ``text`` may be the job noun of a role line (see
    :func:`_role_words`, whatever bullet mark the line has)."""
    bare = text.rstrip(_ROLE_TRAIL)
    if not bare:
        return False
    last = bare.rsplit(None, 1)[-1].lstrip(_ROLE_LEAD)
    return last.lower().strip(".,&") in ROLE_NOUNS


#: The longest word of ``_AUTHOR_LABEL``: after it only spaces and two marks may follow, so
#: a longer line is tested for that before the pattern's call (most lines fail it).
_LABEL_LONGEST = max(len(w) for w in (*BYLINE_LEADS, *BYLINE_LABELS))


def relabel(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with two-line bylines read (see the module docstring), and the signature of
    an embedded post (a dash, a name, a handle, a date) no stamp.

    >>> from newsparse._structure_lines import read_line
    >>> t = "Ann Lee\\nSenior Reporter"
    >>> [(ln.shape, ln.authors) for ln in relabel([read_line(t, 0, 7, None),
    ...                                            read_line(t, 8, 23, None)])]
    [('other', ('Ann Lee',)), ('furniture', None)]
    """
    out = lines.copy() if isinstance(lines, Lines) else list(lines)
    n = len(out)
    # Each reading below needs a line whose text one of its patterns matches (or whose last
    # word is a job noun): those texts are found first, each once; only their lines and the
    # lines next to them are looked at (and read in full, see ``settled``).
    # (a body line, of twelve words or more, is no author label, and no job title alone:
    # only its date label is looked for)
    noticed = {
        t: f
        for t, known in line_readings(out)
        if (f := _date_noticed(t) if known.shape == "body" else _noticed(t))
    }
    if not noticed:
        return out
    at = [k for k, line in enumerate(out) if line.text in noticed]
    for k in at:
        if not noticed[out[k].text] & _STAMP_NOTICE:
            continue
        line = settled(out, k)
        if line.stamps and line.shape in _STAMPED and _POST_SIGNATURE.match(line.text):
            out[k] = line._replace(shape="other", stamps=(), authors=None, by_end=0)
        elif not line.stamps and _date_label(line.text):
            out[k] = _labelled_stamp(line)
    todo = set()
    for k in at:
        seen = noticed[out[k].text]
        if seen & _LABEL_NOTICE:
            todo.add(k)  # a label over names
        if seen & _ROLE_NOTICE:
            todo.update((k - 1, k - 2))  # a name over a job title (or over an outlet over it)
    for k in sorted(todo):
        if not 0 <= k < n - 1:
            continue
        line, nxt = settled(out, k), settled(out, k + 1)
        if line.shape == "byline" or nxt.shape == "byline":
            continue
        text = line.text
        label = (
            len(text) <= _LABEL_LONGEST + 2 or text[_LABEL_LONGEST:-2].isspace()
        ) and _AUTHOR_LABEL.match(text) is not None
        if label and nxt.shape in _SHAPES:
            names = _names(nxt, desk=True)
            if names is None and nxt.shape != "body":
                named = name_authors(_undoubled(nxt.text[nxt.mark :]), desk=True)
                names = named.authors if named is not None else None
            if names is None and (lead := _LINK_LEAD.match(nxt.text, nxt.mark)) is not None:
                # "By" / "Social Links for Ann Lee": the name after the widget's link text
                named = name_authors(nxt.text[lead.end() :])
                if named is not None and is_person(named.authors):
                    names = named.authors
            if names is not None:
                out[k] = line._replace(shape="furniture")
                out[k + 1] = nxt._replace(authors=(*names, *_more_names(out, k + 2)), by_end=0)
            continue
        if line.shape in ("other", "headline") and line.words <= 6 and _role(nxt):
            names = _names(line)
            if names is not None and is_person(names):
                out[k] = line._replace(authors=names, by_end=0)
                out[k + 1] = nxt._replace(shape="furniture")
        elif (
            line.shape in ("other", "headline")
            and line.words <= 6
            and k + 2 < n
            and nxt.words <= 3
            and nxt.text in out[k + 2].text
            and _role(settled(out, k + 2))
        ):
            # "Ann Lee" / "Harbour Tribune" / "Harbour Tribune Staff Writer": the outlet
            # alone, then the job title that names it again
            names = _names(line)
            if names is not None and is_person(names):
                out[k] = line._replace(authors=names, by_end=0)
                out[k + 1] = nxt._replace(shape="furniture")
                out[k + 2] = out[k + 2]._replace(shape="furniture")
    return out
