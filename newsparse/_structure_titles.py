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
>>> headline_at(lines, 3, 0, Counter())
1
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

import regex

from newsparse import headlines as hl
from newsparse._bylines import name_authors
from newsparse._structure_authors import soft_byline
from newsparse._structure_lines import Line, is_prose
from newsparse.lexicon.structure_bylines import JOB_WORDS
from newsparse.lexicon.structure_names import GIVEN_NAMES
from newsparse.lexicon.structure_titles import FUNCTION_WORDS, TITLE_NOT_PHRASES

__all__ = ["MAX_HEADER_LINES", "NUMBERED", "headline_at", "line_key", "title_shaped"]

#: How many lines above a body the headline is looked for.
MAX_HEADER_LINES = 40

_EVIDENCE = frozenset({"byline", "stamp"})
NUMBERED = regex.compile(r"^\d{1,2}\.\s+")
_KEY_SPACE = regex.compile(r"\s+")
_KEY_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _straight(text: str) -> str:
    """``text.translate(_KEY_QUOTES)`` by ``str.replace``: ``translate`` looks up each
    character of a non-ASCII string in the table (~80x slower on a paragraph)."""
    return text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
#: What a title never holds: links, handles, copyright signs, a trailing bar.
_NOT_TITLE = regex.compile(r"https?://|www\.|pic\.twitter|@\w|©|\|\s*$|\S\|\S|^[^\w'‘“\"]")
_NOT_TITLE_START = regex.compile(r"[^\w'‘“\"]")


def _not_title(text: str) -> bool:
    """``_NOT_TITLE.search(text)``, its literal parts tested first with ``in`` (most lines
    hold none of them, and the pattern's scan costs ~10 µs a line).

    >>> _not_title("Read more at www.example.com"), _not_title("Flood waters rise")
    (True, False)
    """
    if "|" in text or "@" in text or "©" in text or "http" in text or "www." in text or (
        "pic.twitter" in text
    ):
        return _NOT_TITLE.search(text) is not None
    return _NOT_TITLE_START.match(text) is not None
#: Page labels: reading times, prompts, policy links (whole words, any case).
_LABEL = regex.compile(
    r"(?<![\p{L}\d])(?:"
    + "|".join(sorted((regex.escape(p) for p in TITLE_NOT_PHRASES), key=len, reverse=True))
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
#: Breadcrumbs and tag rows: "Home » News", "News / India News / ...", "Tags: ...".
_CRUMBS = regex.compile(r"[»›>]|\s/\s.*\s/\s|^\w+\s*:\s*\w+(?:\s*,\s*\w+){2,}")
#: Words run together by a menu rendered without spaces: "NewsPolitics", "HolidaysFoolproof".
_GLUED = regex.compile(r"(?<!\bMc|\bMac|\bDe|\bLa|\bO'|\b[a-z])\p{Ll}{2}\p{Lu}")
#: A video's running time after its title: "(6:37)", "2:05".
_DURATION = regex.compile(r"\(?\d{1,2}:\d{2}\)?\s*$")
#: A person's name followed by nothing but letters after it: "Ann Lee MS, RDN, LD".
_CREDENTIALED = regex.compile(
    r"^(?P<given>\p{Lu}\p{Ll}+)\s\p{Lu}[\p{L}'’\-]+(?:[\s,]+\p{Lu}{2,}\.?)+$"
)
_CONTENT = regex.compile(r"[\p{L}\d][\p{L}\d'’\-]+")
_ASCII_CONTENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]+")  # _CONTENT on ASCII text, faster


@functools.lru_cache(maxsize=2048)  # a page's lines are keyed again by scores and _article
def line_key(text: str) -> str:
    """A line's comparison key: numbering and site suffix dropped, spaces and quotes normal.

    >>> line_key("Markets slide as rates rise | Reuters")
    'markets slide as rates rise'
    """
    if not text[:1].isalpha():  # no letter is a digit: most lines carry no number to drop
        text = NUMBERED.sub("", text)
    text = hl.strip_site_suffix(text)
    # An ASCII line holds no curly quote and, without a double space or a control character,
    # no space to join: most lines skip both steps (each costs more than the tests).
    if not text.isascii():
        text = _KEY_SPACE.sub(" ", _straight(text))
    elif "  " in text or not text.isprintable():
        text = _KEY_SPACE.sub(" ", text)
    return text.strip().lower()


def title_shaped(line: Line) -> bool:
    """Whether ``line`` may be a title: a short line, no final colon or comma, no links.

    >>> from newsparse._structure_lines import read_line
    >>> title_shaped(read_line("Flood waters rise in the valley", 0, 31, None))
    True
    """
    if line.shape not in ("headline", "other") or line.mark or not 2 <= line.words <= 40:
        return False
    if _not_title(line.text):
        return False
    text = line.text
    if text.endswith((":", ",", ";", "—", "–", " -")):
        return False
    return not text.endswith(".") or text.endswith("...") or line.words <= 14


def _tight_title(lines: Sequence[Line], i: int, body: int) -> bool:
    """A sentence-shaped line may still be the title when a byline or stamp stands right
    under it ("Who are the four insiders?" / "By Ann Lee")."""
    line = lines[i]
    if i + 1 >= body or line.mark or not 4 <= line.words <= 40:
        return False
    if line.shape not in ("body", "other", "headline") or _not_title(line.text):
        return False
    under = lines[i + 1]
    return under.shape in _EVIDENCE or soft_byline(under)


def _stems(text: str) -> set[str]:
    """Content words of ``text``, cut to five letters (a poor man's stemmer)."""
    if not text.isascii():
        text = _straight(text)
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


def _label_like(line: Line) -> float:
    """A penalty for a line that reads as a page label, a name or a job title."""
    text = line.text
    penalty = 0.0
    if line.words <= 2:
        penalty += 3
    elif line.words == 3:
        penalty += 1.5
    if line.words <= 10 and _LABEL.search(text):
        penalty += 3
    if _CRUMBS.search(text):
        penalty += 2
    if _GLUED.search(text):
        penalty += 2
    if _DURATION.search(text):
        penalty += 2
    if line.words <= 5:
        if any(w.lower().strip(".,&") in JOB_WORDS for w in text.split()) and not any(
            c.isdigit() for c in text
        ):
            penalty += 1.5
        named = name_authors(text)
        if named is not None and named.end >= len(text.rstrip(" .")) - 1 and line.words <= 3:
            penalty += 1
        m = _CREDENTIALED.match(text)
        if m is not None and m["given"].lower() in GIVEN_NAMES:
            penalty += 3  # "Ann Lee, MS, RDN": a name and its letters
    return penalty


def headline_at(
    lines: Sequence[Line], body: int, floor: int, counts: Counter[str]
) -> int | None:
    """The line index of the headline of a body starting at ``body``, or None.

    ``counts`` counts each line key in the page (a title printed twice is likelier).

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = "Sign up for our newsletter\\nTown hall reopens after fire\\nBy Ann Lee\\n"
    >>> t += "The town hall reopened on Monday, a year after a fire gutted its west wing."
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> headline_at(lines, 3, 0, Counter())
    1
    """
    best = max(scores(lines, body, floor, counts), default=None)
    return None if best is None else best[1]


def scores(
    lines: Sequence[Line], body: int, floor: int, counts: Counter[str]
) -> list[tuple[float, int]]:
    """Each title-shaped line above ``body``: (score, line index), nearest first.

    >>> from newsparse._blocks import iter_lines
    >>> from newsparse._structure_lines import read_line
    >>> t = "6 min read\\nTown hall reopens after fire\\nThe hall reopened on Monday after a fire."
    >>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
    >>> [i for _score, i in scores(lines, 2, 0, Counter())]
    [1, 0]
    """
    out: list[tuple[float, int]] = []
    low = max(floor, body - MAX_HEADER_LINES)
    body_stems = _body_stems(lines, body)
    for i in range(body - 1, low - 1, -1):
        line = lines[i]
        if not title_shaped(line) and not _tight_title(lines, i, body):
            continue
        score = -0.03 * (body - i)
        if counts[line_key(line.text)] >= 2:
            score += 2
        score -= _label_like(line)
        if line.text.endswith("."):
            score -= 1.5
        if NUMBERED.match(line.text):
            score -= 2
        stems = _stems(line.text)
        if stems and body_stems:
            score += 4 * len(stems & body_stems) / len(stems)
        seen = 0
        standfirst = own_standfirst = photo = False
        for k in range(i + 1, min(body, i + 8)):
            under = lines[k]
            if under.shape in ("furniture", "nav"):
                continue
            seen += 1
            if under.shape in _EVIDENCE or soft_byline(under):
                score += 3 if seen <= 1 or (seen == 2 and standfirst) else 2
                break
            if under.shape in ("caption", "credit"):
                # A photo under the title; its byline may follow the photo.
                score += 1
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
                and under.words >= 8
                and under.words > line.words
            )
            if standfirst:
                # A title and its standfirst: the standfirst is the line under the title.
                score += 1.5
                own_standfirst = (
                    not title_shaped(under) or under.words >= 12 or under.text.endswith(".")
                )
        if i + 1 == body:
            score += 0.5
        above = lines[i - 1] if i > low else None
        if above is not None and above.words >= 4 and title_shaped(above) and not own_standfirst:
            # The line under a title-shaped line is its standfirst, unless it has one itself
            # (then the line above is a kicker or section label).
            score -= 2.5 if above.words < line.words else 1.5
        out.append((score, i))
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
    above: set[str] = set()
    for i in range(start, end):
        line = lines[i]
        if (
            i - seg >= 1
            and i + 1 < end
            and title_shaped(line)
            and not is_prose(line)
            and 3 <= line.words <= 25
            and is_prose(lines[i - 1])
            and is_prose(lines[i + 1])
            and text.count("\n", lines[i - 1].end, line.start) >= 2
        ):
            stems = _stems(line.text)
            below = _stems(" ".join(ln.text[:400] for ln in lines[i + 1 : i + 3]))
            if len(stems) >= 2:
                ahead = len(stems & below) / len(stems)
                back = len(stems & above) / len(stems)
                if ahead >= 0.5 and back <= 0.2:
                    out.append(i)
                    seg = i + 1
                    above = set()
                    continue
        above |= _stems(line.text[:800])
    return out
