"""Choosing an article's title among the lines above its body.

Each title-shaped line in the few dozen lines above the body is scored on plain evidence:

- a byline or stamp right under it (the header cluster), or a standfirst sentence under it;
- its words shared with the body's opening (a title names what the first paragraph tells;
  related-story links and section labels do not);
- being repeated in the page (page title and h1), standing close to the body;
- against it: one to three words (section labels, names), a person's name or a job title
  alone, page labels ("6 min read", "Sign up for our newsletter"), breadcrumb and tag rows,
  glued menu words ("NewsPoliticsSports"), video durations, a title-shaped line above it.

>>> from newsparse._structure_lines import read_line
>>> text = "World News\\nFlood waters rise in the valley town\\nBy Ann Lee\\nFlood waters rose in "
>>> text += "the valley town on Monday as the river burst its banks after days of rain."
>>> from newsparse._blocks import iter_lines
>>> lines = [read_line(text, s, e, None) for s, e in iter_lines(text)]
>>> from collections import Counter
>>> header_title(lines, 3, 4, 0, Counter())
(1, 3)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import regex

from newsparse._structure_authors import header_evidence, soft_byline
from newsparse._structure_lines import PENDING, Line, is_prose, settled
from newsparse._structure_title_lines import (
    NUMBERED,
    bare_name,
    label_like,
    line_key,
    not_title,
    opening_title,
    page_furniture,
    straight,
    title_shaped,
)
from newsparse.lexicon.structure_titles import FUNCTION_WORDS

__all__ = ["BARE_BY", "MAX_HEADER_LINES", "bare_titles", "header_title", "scores"]

#: How many lines above a body the headline is looked for.
MAX_HEADER_LINES = 40

#: "By" alone on its line, the author's name on the next: a byline.
BARE_BY = regex.compile(r"^by:?$", regex.IGNORECASE)


#: A content word: three characters or more (a shorter word is no stem, with or without a
#: final "'s"; a run of two is passed over whole, from either of its characters).
_CONTENT = regex.compile(r"[\p{L}\d][\p{L}\d'’\-]{2,}")


def _tight_title(lines: Sequence[Line], i: int, body: int) -> bool:
    """A sentence-shaped line may still be the title when a byline or stamp stands right
    under it ("Who are the four insiders?" / "By Ann Lee")."""
    line = lines[i]
    if i + 1 >= body or line.mark or not 4 <= line.words <= 40:
        return False
    if line.shape not in ("body", "other", "headline") or not_title(line.text):
        return False
    under = settled(lines, i + 1)
    if header_evidence(under):
        return True
    # A short standfirst or the author's bare name between it and the byline or stamp.
    return (
        i + 2 < body
        and under.words <= 8
        and under.shape in ("other", "headline")
        and line.words <= 25
        and header_evidence(settled(lines, i + 2))
    )


def _under_author(lines: Sequence[Line], i: int, low: int) -> bool:
    """Whether the line above line ``i`` (page furniture skipped) is a byline or a name."""
    for k in range(i - 1, max(low, i - 6) - 1, -1):
        above = settled(lines, k)
        if above.shape in ("furniture", "nav"):
            continue
        return above.shape == "byline" or soft_byline(above) or bare_name(above)
    return False


def _teaser_above(line: Line) -> bool:
    """Whether ``line`` (next to a title that stands on its byline) is a teaser's byline in a
    list ("Latest": title / "By: Ann Lee" / title / "By: Bo Tan"): a byline line holding
    names and no stamp."""
    return line.shape == "byline" and bool(line.authors) and not line.stamps


def _on_byline(lines: Sequence[Line], i: int, body: int) -> bool:
    """Whether a byline or stamp stands right under line ``i``."""
    if i + 1 >= body:
        return False
    under = settled(lines, i + 1)
    return header_evidence(under) or BARE_BY.match(under.text) is not None


def _kicker(lines: Sequence[Line], i: int, body: int) -> bool:
    """Whether line ``i`` is a kicker or section label over the real title: the line under
    it is a longer title-shaped line that stands on a byline or over its own standfirst
    ("3. The Sims 4" / "The Sims 4 career cheats to get ahead" / "By Ann Lee").

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = "Storm season\\nFloods cut off the valley town after days of rain\\n"
    >>> t += "By Ann Lee\\nIt rained."
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> _kicker(lines, 0, 3), _kicker(lines, 1, 3)
    (True, False)
    """
    if i + 2 >= body:
        return False
    line, below = settled(lines, i), settled(lines, i + 1)
    if below.words < 6 or below.words <= line.words + 1 or not title_shaped(below):
        return False
    under = settled(lines, i + 2)
    if (
        line.words <= 6
        and under.shape in ("other", "headline", "body")
        and is_prose(under)
        and _on_byline(lines, i + 2, body)
    ):
        return True  # the line under it has a whole header: its standfirst, then the byline
    if line.words > 3 or below.words < 4 * line.words:
        # A longer kicker is the start of the title under it ("3. The Sims 4"); a short title
        # over a standfirst is not a kicker ("Rebound downtown?" / "Tourists came back ...").
        key = line_key(line.text)
        if not key or not line_key(below.text).startswith(key):
            return False
    if _on_byline(lines, i + 1, body):
        return True
    return under.shape in ("other", "headline", "body") and (
        (under.words >= 8 and under.words > below.words) or (under.words >= 5 and is_prose(under))
    ) and _on_byline(lines, i + 2, body)


def _echo(lines: Sequence[Line], i: int, low: int) -> bool:
    """Whether line ``i`` only repeats the start of a longer title-shaped line just above it
    (a product name or a tag under "2024 Harbour Skiff Review by Ann Lee").

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = "2024 Harbour Skiff Review by Ann Lee\\n2024 Harbour Skiff\\nIt floats."
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> _echo(lines, 1, 0), _echo(lines, 0, 0)
    (True, False)
    """
    line = lines[i]
    key = line_key(line.text)
    k = i - 1
    while k >= low and k >= i - 3 and lines[k].text == line.text:
        k -= 1  # the same line printed twice
    if k < low or not key:
        return False
    above = settled(lines, k)
    if above.words < line.words + 2 or not title_shaped(above):
        return False
    return line_key(above.text).startswith(key + " ")


def _crumbed(lines: Sequence[Line], i: int, body: int) -> bool:
    """Whether line ``i`` is a breadcrumb glued to the title on the next line ("Home News
    Harbour bridge to close" over "Harbour bridge to close").

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = "Home News Harbour bridge to close\\nHarbour bridge to close\\nIt shut."
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> _crumbed(lines, 0, 2), _crumbed(lines, 1, 2)
    (True, False)
    """
    if i + 1 >= body:
        return False
    below = settled(lines, i + 1)
    if below.words < 3 or settled(lines, i).words <= below.words:
        return False
    key = line_key(below.text)
    return bool(key) and line_key(lines[i].text).endswith(" " + key)


#: ``_CONTENT`` on ASCII text (the same words, found faster by ``re``).
_ASCII_CONTENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]{2,}")


def _stems(text: str) -> set[str]:
    """Content words of ``text``, cut to five letters (a poor man's stemmer)."""
    if not text.isascii():
        # (quotes straight; dashes, an ellipsis and a no-break space part words as a space
        # does: a text then ASCII is lowered and its words found faster)
        text = (
            straight(text).replace("—", " ").replace("–", " ").replace("…", " ")
            .replace("\xa0", " ")
        )  # fmt: skip
    text = text.lower()
    words = (_ASCII_CONTENT if text.isascii() else _CONTENT).findall(text)
    return {
        w[:5]
        for raw in words
        if len(w := raw.removesuffix("'s")) >= 3 and w not in FUNCTION_WORDS
    }


def _body_stems(lines: Sequence[Line], body: int) -> set[str]:
    """Content words of the body's opening (its first few prose lines, up to ~800 chars)."""
    out: set[str] = set()
    chars = 0
    for line in lines[body : body + 8]:
        if not is_prose(line):
            continue
        out |= _stems(line.text[:800])
        chars += len(line.text)
        if chars >= 800:
            break
    return out


def header_title(
    lines: Sequence[Line], body: int, end: int, floor: int, counts: Mapping[str, int]
) -> tuple[int | None, int]:
    """The headline of a body run ``lines[body:end]`` and where its body starts.

    Usually the best-scoring line above the run (see :func:`scores`). But when the run opens
    with a title-cased line ending in "!" or "?" and nothing above scores well (or the best
    line above is only the start of it, a tag like a name), that line is the title.

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = ("Ann Lee\\nAnn Lee Wins The Valley Marathon For The Third Year Running!\\n"
    ...      "Ann Lee won the valley marathon on Sunday, her third win in a row, in heavy rain.")
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> from collections import Counter
    >>> header_title(lines, 1, 3, 0, Counter())
    (1, 2)
    """
    entries = _scored(lines, body, floor)
    if not (body + 1 < end and is_prose(lines[body + 1]) and opening_title(lines[body])):
        return _best_at(entries, counts), body  # (the best line's score is not needed)
    # The run opens with a title-cased line ending in "!" or "?".
    best = _best(entries, counts)
    if best is None or best[0] < 1.5:
        return body, body + 1
    key = line_key(lines[best[1]].text)
    if key and line_key(lines[body].text).startswith(key):
        return body, body + 1
    return best[1], body


def scores(
    lines: Sequence[Line], body: int, floor: int, counts: Mapping[str, int]
) -> list[tuple[float, int]]:
    """Each title-shaped line above ``body``: (score, line index), nearest first.

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = "6 min read\\nTown hall reopens after fire\\nThe hall reopened on Monday after a fire."
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> from collections import Counter
    >>> [i for _score, i in scores(lines, 2, 0, Counter())]
    [1, 0]
    """
    return [_final(e, counts) for e in _scored(lines, body, floor)]


class _Scored(NamedTuple):
    """A title-shaped line's score, with and without the credit of being repeated."""

    plain: float
    repeated: float
    at: int
    text: str | None
    """The line's text (its key is counted); None: a page label, no credit."""


def _contenders(entries: list[_Scored]) -> list[_Scored]:
    """The scored lines that may be the best one.

    A line's repeats in the page only add to its score (and float addition keeps order), so
    the best line scores at least the best score without repeats: a line that scores less
    even with them cannot be it.
    """
    if not entries:
        return []
    least = max(e.plain for e in entries)
    return [e for e in entries if e.repeated >= least]


def _best(entries: list[_Scored], counts: Mapping[str, int]) -> tuple[float, int] | None:
    """``max(scores(...))``: the best (score, line index), or None when no line is scored;
    repeats are counted only for the :func:`_contenders`."""
    top = _contenders(entries)
    return max(_final(e, counts) for e in top) if top else None


def _best_at(entries: list[_Scored], counts: Mapping[str, int]) -> int | None:
    """The line of ``_best(entries, counts)``, without its score.

    When one line alone may be the best (a single contender), it is the best however often
    it is repeated: its repeats in the page are not counted (most runs: the page is then
    not keyed at all).
    """
    top = _contenders(entries)
    if len(top) == 1:
        return top[0].at
    return max(_final(e, counts) for e in top)[1] if top else None


def _final(entry: _Scored, counts: Mapping[str, int]) -> tuple[float, int]:
    """(score, line index) of a scored line, its repeats in the page counted."""
    if entry.text is not None and counts[line_key(entry.text)] >= 2:
        return entry.repeated, entry.at
    return entry.plain, entry.at


def _scored(lines: Sequence[Line], body: int, floor: int) -> list[_Scored]:
    """:func:`scores` of the lines above ``body``, both ways for a line's repeats.

    Each score is summed in one order, its credit for repeats (+2) second: both sums take the
    same steps, so that the one chosen is the float ``scores`` always gave.
    """
    out: list[_Scored] = []
    low = max(floor, body - MAX_HEADER_LINES)
    body_stems: set[str] | None = None  # (read when a line is first scored)
    for i in range(body - 1, low - 1, -1):
        line = lines[i]
        if line.shape == PENDING:
            if line.mark:
                continue  # (no title, whatever it reads as: a bullet mark)
            line = settled(lines, i)
        if not title_shaped(line) and not _tight_title(lines, i, body):
            continue
        first = -0.03 * (body - i)
        if page_furniture(line):
            # A label takes no credit for the byline or title under it.
            out.append(_Scored(first - 6, first - 6, i, None))
            continue
        terms = [-label_like(line)]  # (added in this order; a subtraction adds the negation)
        if line.text.endswith("."):
            terms.append(-1.5)
        if line.text[:1].isdigit() and NUMBERED.match(line.text):
            terms.append(-2)
        stems = _stems(line.text)
        if stems and body_stems is None:
            body_stems = _body_stems(lines, body)
        if stems and body_stems:
            terms.append(4 * len(stems & body_stems) / len(stems))
        seen = 0
        standfirst = own_standfirst = photo = False
        for k in range(i + 1, min(body, i + 8)):
            under = settled(lines, k)
            if under.shape in ("furniture", "nav"):
                continue
            seen += 1
            if header_evidence(under) or (len(under.text) <= 3 and BARE_BY.match(under.text)):
                terms.append(3 if seen <= 1 or (seen == 2 and standfirst) else 2)
                break
            if seen <= 2 and bare_name(under):
                terms.append(2)
                break
            if under.shape in ("caption", "credit"):
                # A photo under the title; its byline may follow the photo.
                terms.append(1)
                seen -= 1
                if photo:
                    break
                photo = True
                continue
            if seen >= 3:
                break
            standfirst = (
                seen == 1
                and under.shape in ("headline", "other", "body")
                and (
                    (under.words >= 8 and under.words > line.words)
                    or (is_prose(under) and not line.text.endswith("."))
                )
            )
            if standfirst:
                # A title and its standfirst: the standfirst is the line under the title.
                terms.append(1.5)
                own_standfirst = (
                    not title_shaped(under) or under.words >= 12 or under.text.endswith(".")
                )
        if i + 1 == body:
            terms.append(0.5)
        above = lines[i - 1] if i > low else None
        if above is not None and above.shape == PENDING and not above.mark:
            above = settled(lines, i - 1)  # (one with a bullet mark is no title either way)
        if (
            above is not None
            and above.words >= 4
            and title_shaped(above)
            and not own_standfirst
            and not _crumbed(lines, i - 1, body)
            and not _kicker(lines, i - 1, body)
        ):
            # The line under a title-shaped line is its standfirst, unless it has one itself
            # (then the line above is a kicker or section label).
            # A sentence under a title is its standfirst, however short.
            terms.append(-2.5 if above.words < line.words or line.text.endswith(".") else -1.5)
        if _kicker(lines, i, body) or _echo(lines, i, low) or _crumbed(lines, i, body):
            terms.append(-4)  # it also took the title under it for its standfirst
        on_byline = _on_byline(lines, i, body)
        if line.words <= 8 and on_byline and _under_author(lines, i, low):
            terms.append(-3)  # the author's job title: "Deputy Editor, Example News"
        elif on_byline and (
            (i > low and _teaser_above(settled(lines, i - 1)))
            or (
                i + 3 < body
                and _teaser_above(settled(lines, i + 1))
                and title_shaped(settled(lines, i + 2))
                and _teaser_above(settled(lines, i + 3))
            )
        ):
            terms.append(-3)  # an item of a list of teasers: title / byline / title / byline
        plain, repeated = first, first + 2
        for term in terms:
            plain += term
            repeated += term
        out.append(_Scored(plain, repeated, i, line.text))
    return out


def bare_titles(text: str, lines: Sequence[Line], start: int, end: int) -> list[int]:
    """Lines inside the body run ``lines[start:end]`` that are the bare title of a next article.

    A bare title (no byline, stamp or bullets under it) looks like a subheading. It is read as
    a new article's title when a blank line stands above it, prose stands on both sides, and
    its words are the next paragraph's words but none of the story above it.

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = ("Ferry fares will rise in June, the operator said on Monday.\\n\\n"
    ...      "New park opens on old rail yard\\n"
    ...      "A park built on an old rail yard opened on Saturday with a pond.")
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> bare_titles(t, lines, 0, 3)
    [1]
    """
    out: list[int] = []
    seg = start
    above: set[str] = set()  # the words of lines ``seg`` to ``read`` (the story above)
    read = start
    for i in range(start, end):
        line = lines[i]
        if (
            i - seg >= 1
            and i + 1 < end
            and title_shaped(line)
            and not is_prose(line)
            and 3 <= line.words <= 25
            and not NUMBERED.match(line.text)  # "2. Keep your receipts": a list's item
            and is_prose(lines[i - 1])
            and is_prose(lines[i + 1])
            and text.count("\n", lines[i - 1].end, line.start) >= 2
        ):
            stems = _stems(line.text)
            below = _stems(" ".join(ln.text[:400] for ln in lines[i + 1 : i + 3]))
            if len(stems) >= 2 and len(stems & below) / len(stems) >= 0.5:
                # (the words of the story above, read only now: most lines are no candidate)
                for k in range(read, i):
                    above |= _stems(lines[k].text[:800])
                read = i
                if len(stems & above) / len(stems) <= 0.2:
                    out.append(i)
                    seg = read = i + 1
                    above = set()
                    continue
    return out
