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

from collections import Counter
from collections.abc import Sequence

import regex

from newsparse import headlines as hl
from newsparse._bylines import name_authors
from newsparse._structure_authors import soft_byline
from newsparse._structure_lines import Line, is_prose
from newsparse.lexicon.structure import FURNITURE_WORDS
from newsparse.lexicon.structure_bylines import JOB_WORDS
from newsparse.lexicon.structure_names import GIVEN_NAMES
from newsparse.lexicon.structure_titles import FUNCTION_WORDS, TITLE_NOT_PHRASES

__all__ = [
    "MAX_HEADER_LINES",
    "NUMBERED",
    "caption_like",
    "header_title",
    "headline_at",
    "line_key",
    "page_label",
    "title_bounds",
    "title_shaped",
]

#: How many lines above a body the headline is looked for.
MAX_HEADER_LINES = 40

_EVIDENCE = frozenset({"byline", "stamp"})
NUMBERED = regex.compile(r"^\d{1,2}\.\s+")
#: "By" alone on its line, the author's name on the next: a byline.
_BARE_BY = regex.compile(r"^by:?$", regex.IGNORECASE)
_KEY_SPACE = regex.compile(r"\s+")
_KEY_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
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
#: Lines that open like page furniture: gallery counters ("9 of 9 |"), more-from links
#: ("More On: budget", "More from Example News"), recipe yields ("Makes 8 servings").
_FURNITURE_START = regex.compile(
    r"^(?:\d{1,3}\s+of\s+\d{1,3}\b|more\s+(?:on|from|about)\b|(?:makes|serves|yield)\b:?\s*\d)",
    regex.IGNORECASE,
)
#: A photo caption: a picture credit inside the line ("... business.Jo Park/Example Globe")
#: or a caption's opening ("Illustration on ...", "Photo shows ...").
_CAPTION_LIKE = regex.compile(
    r"(?-i:(?<![\p{L}.'’\-])\p{Lu}[\p{L}.'’\-]++\s\p{Lu}[\p{L}'’\-]++\s?/\s?(?:The\s)?\p{Lu})"
    r"|^(?:illustration|photo|image|picture)s?\s+(?:of|on|by|shows?|from)\b",
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


#: A reading-position label before a title: "now reading: ...", "You are reading: ...".
_READING_PREFIX = regex.compile(
    r"^(?:now|you\s+are|currently)\s+(?:reading|viewing|playing)\s*:\s*(?=\S)", regex.IGNORECASE
)
#: A media tag after a title: "[Watch]", "(video)", "(PHOTOS)", "[Listen]".
_MEDIA_SUFFIX = regex.compile(
    r"[\[(](?:watch|video|videos|photos?|pictures|gallery|listen|audio|podcast)[\])]$",
    regex.IGNORECASE,
)


def title_bounds(text: str) -> tuple[int, int]:
    """Where a title line's own words start and end: numbering, a reading-position label,
    a site suffix and a media tag left out (offsets into ``text``).

    >>> t = "now reading: Storm hits coast [Watch]"
    >>> s, e = title_bounds(t)
    >>> t[s:e]
    'Storm hits coast'
    >>> t = "2. Ferry fares rise | Example News"
    >>> s, e = title_bounds(t)
    >>> t[s:e]
    'Ferry fares rise'
    """
    end = len(hl.strip_site_suffix(text))
    # Most lines end in no bracket and hold no colon near the start: both tests are skipped.
    if text[end - 1 : end] in (")", "]"):
        m = _MEDIA_SUFFIX.search(text, max(0, end - 12), end)
        if m is not None and text[: m.start()].strip():
            end = len(text[: m.start()].rstrip())
    start = 0
    if text[:1].isdigit():
        m = NUMBERED.match(text, 0, end)
        if m is not None and m.end() < end:
            start = m.end()
    if text.find(":", start, start + 24) >= 0:
        m = _READING_PREFIX.match(text, start, end)
        if m is not None:
            start = m.end()
    return start, end


def line_key(text: str) -> str:
    """A line's comparison key: numbering and site suffix dropped, spaces and quotes normal.

    >>> line_key("Markets slide as rates rise | Reuters")
    'markets slide as rates rise'
    """
    start, end = title_bounds(text)
    text = text[start:end]
    # An ASCII line holds no curly quote and, without a double space or a control character,
    # no space to join: most lines skip both steps (each costs more than the tests).
    if not text.isascii():
        text = _KEY_SPACE.sub(" ", text.translate(_KEY_QUOTES))
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
    if under.shape in _EVIDENCE or soft_byline(under):
        return True
    # A short standfirst or the author's bare name between it and the byline or stamp.
    return (
        i + 2 < body
        and under.words <= 8
        and under.shape in ("other", "headline")
        and line.words <= 25
        and (lines[i + 2].shape in _EVIDENCE or soft_byline(lines[i + 2]))
    )


def _bare_name(line: Line) -> bool:
    """Whether ``line`` is only a person's name, a known given name first ("Ann Lee")."""
    if line.words > 4:
        return False
    first = line.text.split(" ", 1)[0].lower()
    if first not in GIVEN_NAMES:
        return False
    named = name_authors(line.text)
    return named is not None and named.end >= len(line.text.rstrip(" .,")) - 1


def _under_author(lines: Sequence[Line], i: int, low: int) -> bool:
    """Whether the line above line ``i`` (page furniture skipped) is a byline or a name."""
    for k in range(i - 1, max(low, i - 6) - 1, -1):
        above = lines[k]
        if above.shape in ("furniture", "nav"):
            continue
        return above.shape == "byline" or soft_byline(above) or _bare_name(above)
    return False


def _on_byline(lines: Sequence[Line], i: int, body: int) -> bool:
    """Whether a byline or stamp stands right under line ``i``."""
    if i + 1 >= body:
        return False
    under = lines[i + 1]
    return under.shape in _EVIDENCE or soft_byline(under) or _BARE_BY.match(under.text) is not None


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
    line, below = lines[i], lines[i + 1]
    if below.words < 6 or below.words <= line.words + 1 or not title_shaped(below):
        return False
    under = lines[i + 2]
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
    above = lines[k]
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
    if i + 1 >= body or i < 0:
        return False
    below = lines[i + 1]
    if below.words < 3 or lines[i].words <= below.words:
        return False
    key = line_key(below.text)
    return bool(key) and line_key(lines[i].text).endswith(" " + key)


def _stems(text: str) -> set[str]:
    """Content words of ``text``, cut to five letters (a poor man's stemmer)."""
    out = set()
    if not text.isascii():
        text = text.translate(_KEY_QUOTES)
    for raw in _CONTENT.findall(text.lower()):
        w = raw.removesuffix("'s")
        if len(w) >= 3 and w not in FUNCTION_WORDS:
            out.add(w[:5])
    return out


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


#: What a photo caption holds and a standfirst does not: a credit at its end ("(AP)",
#: "Jo Park/Example Globe", "Tribune Content Agency"), photo words, a gallery counter, a link.
_CAPTION_WORDS = regex.compile(
    r"\b(?:photo|photograph|photographs|pictured|illustration|image|credit|courtesy|file)\b"
    r"|(?-i:\(\p{Lu}[\p{L}. ]{0,30}\)\.?$|\b\p{Lu}{2,5}$)|\[\d+/\d+\]|https?://|^tags\b|\S/\S"
    r"|(?-i:\b(?:Agency|Images|Press)$)",
    regex.IGNORECASE,
)


def caption_like(line: Line) -> bool:
    """Whether a line under the byline reads as a photo's caption (or a tag row, a list's
    lead-in), not a standfirst.

    >>> from newsparse._structure_lines import read_line
    >>> t = "Crowds gather at the harbour on Monday. (AP)"
    >>> caption_like(read_line(t, 0, len(t), None))
    True
    >>> t = "The town council will vote on the plan next week"
    >>> caption_like(read_line(t, 0, len(t), None))
    False
    """
    text = line.text
    if (text.endswith(":") and line.words <= 15) or "[" in text:
        return True  # a list's lead-in, a template's placeholders
    long_words = _LONG_WORD.findall(text)
    if long_words and all(w[0].isupper() for w in long_words):
        return True  # title case: a tag row or another story's title
    return _CAPTION_WORDS.search(text) is not None or _CAPTION_LIKE.search(text) is not None


def page_label(line: Line) -> bool:
    """Whether a short line is a page label ("6 min read", "Sign up for our newsletter").

    >>> from newsparse._structure_lines import read_line
    >>> page_label(read_line("6 min read", 0, 10, None))
    True
    """
    return line.words <= 10 and _LABEL.search(line.text) is not None


def _page_furniture(line: Line) -> bool:
    """Whether a title-shaped line is page furniture by its words: a page label ("6 min
    read", "Get in touch"), a gallery counter, a more-from link, a recipe yield, a row of
    share buttons ("Share on Facebook Share on X")."""
    text = line.text
    if line.words <= 10 and _LABEL.search(text):
        return True
    if _FURNITURE_START.match(text):
        return True
    return line.words <= 12 and all(
        w.strip(".,:|") in FURNITURE_WORDS for w in text.lower().split()
    )


def _label_like(line: Line) -> float:
    """A penalty for a line that reads as a caption, a breadcrumb, a name or a job title."""
    text = line.text
    penalty = 0.0
    if line.words <= 2:
        penalty += 3
    elif line.words == 3:
        penalty += 1.5
    if ("/" in text or text[:1] in "IiPp") and _CAPTION_LIKE.search(text):
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


#: Words of four letters or more: a title-cased line capitalises most of them.
_LONG_WORD = regex.compile(r"(?<![\p{L}'’])\p{L}[\p{L}'’\-]{3,}")


def _opening_title(line: Line) -> bool:
    """Whether a line read as body text is a title in title case ending in "!" or "?"
    ("Storm Floods Valley Town -- Residents Flee To Higher Ground!").

    >>> from newsparse._structure_lines import read_line
    >>> t = "Storm Floods Valley Town As Residents Flee To The Hills Overnight!"
    >>> _opening_title(read_line(t, 0, len(t), None))
    True
    >>> t = "Who would have thought the valley town would flood again this year?"
    >>> _opening_title(read_line(t, 0, len(t), None))
    False
    """
    text = line.text.rstrip("\"'”’")
    if line.mark or not 6 <= line.words <= 25 or not text.endswith(("!", "?")):
        return False
    if _not_title(line.text):
        return False
    long_words = _LONG_WORD.findall(line.text)
    upper = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 4 and upper >= 0.75 * len(long_words)


def header_title(
    lines: Sequence[Line], body: int, end: int, floor: int, counts: Counter[str]
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
    >>> header_title(lines, 1, 3, 0, Counter())
    (1, 2)
    """
    best = max(scores(lines, body, floor, counts), default=None)
    head = None if best is None else best[1]
    if body + 1 < end and is_prose(lines[body + 1]) and _opening_title(lines[body]):
        if best is None or best[0] < 1.5:
            return body, body + 1
        key = line_key(lines[best[1]].text)
        if key and line_key(lines[body].text).startswith(key):
            return body, body + 1
    return head, body


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
        if _page_furniture(line):
            # A label takes no credit for the byline or title under it.
            out.append((score - 6, i))
            continue
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
            if under.shape in _EVIDENCE or soft_byline(under) or _BARE_BY.match(under.text):
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
                and (
                    (under.words >= 8 and under.words > line.words)
                    or (is_prose(under) and not line.text.endswith("."))
                )
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
            score -= 2.5 if above.words < line.words or line.text.endswith(".") else 1.5
        if _kicker(lines, i, body) or _echo(lines, i, low) or _crumbed(lines, i, body):
            score -= 4  # it also took the title under it for its standfirst
        if line.words <= 8 and _on_byline(lines, i, body) and _under_author(lines, i, low):
            score -= 3  # the author's job title: "Deputy Editor, Example News"
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
            and not NUMBERED.match(line.text)  # "2. Keep your receipts": a list's item
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
