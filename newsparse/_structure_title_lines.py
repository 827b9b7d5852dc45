"""What one line says about being a title: its own words, without its neighbours.

The title scorer (:mod:`newsparse._structure_titles`) weighs each line above a body against
the lines around it; this module reads a single line: where its title words start and end
(numbering, a reading label, a site suffix and a media tag left out), its comparison key,
whether it is title-shaped, and whether its words make it a page label, a row of share
buttons, a caption, a breadcrumb, a name or a job title.

>>> t = "now reading: Flood waters rise in the valley [Watch]"
>>> s, e = title_bounds(t)
>>> t[s:e], line_key(t)
('Flood waters rise in the valley', 'flood waters rise in the valley')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import regex

from newsparse import headlines as hl
from newsparse._bylines import name_authors
from newsparse._structure_lines import PENDING, Line, settled
from newsparse.lexicon.structure import FURNITURE_WORDS
from newsparse.lexicon.structure_bylines import JOB_WORDS
from newsparse.lexicon.structure_names import GIVEN_NAMES
from newsparse.lexicon.structure_titles import TITLE_NOT_PHRASES

__all__ = [
    "NUMBERED",
    "KeyCounts",
    "bare_name",
    "caption_like",
    "label_like",
    "line_key",
    "not_title",
    "opening_title",
    "page_furniture",
    "page_label",
    "title_bounds",
    "title_shaped",
]

NUMBERED = regex.compile(r"^\d{1,2}\.\s+")
_KEY_SPACE = regex.compile(r"\s+")


def straight(text: str) -> str:
    """Curly quote marks made straight by ``str.replace``: ``str.translate`` looks up each
    character of a non-ASCII string in its table (~80x slower on a paragraph)."""
    return text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')

#: What a title never holds: links, handles, copyright signs, a trailing bar.
_NOT_TITLE = regex.compile(r"https?://|www\.|pic\.twitter|@\w|©|\|\s*$|\S\|\S|^[^\w'‘“\"]")
_NOT_TITLE_START = regex.compile(r"[^\w'‘“\"]")
#: Page labels: reading times, prompts, policy links (whole words, any case).
_LABEL = regex.compile(
    r"(?<![\p{L}\d])(?:"
    + "|".join(sorted((regex.escape(p) for p in TITLE_NOT_PHRASES), key=len, reverse=True))
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
#: ``_LABEL`` for an ASCII line in lower case, with the standard ``re`` (four times faster):
#: on ASCII text its letters and digits are ``[a-z0-9]`` and its case is ``str.lower``'s
#: (the phrases are ASCII and in lower case, tests/test_prefilters.py).
_ASCII_LABEL = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(sorted((re.escape(p) for p in TITLE_NOT_PHRASES), key=len, reverse=True))
    + r")(?![a-z0-9])"
)
#: Lines that open like page furniture: gallery counters ("9 of 9 |"), more-from links
#: ("More On: budget", "More from Example News"), recipe yields ("Makes 8 servings").
_FURNITURE_START = regex.compile(
    r"^(?:\d{1,3}\s+of\s+\d{1,3}\b|more\s+(?:on|from|about)\b|(?:makes|serves|yield)\b:?\s*\d)",
    regex.IGNORECASE,
)
#: The letters a ``_FURNITURE_START`` match opens with (any other opens with a digit, no
#: letter: tests/test_prefilters.py).
_FURNITURE_FIRST = frozenset("mMsSyYſ")
#: A photo caption: a picture credit inside the line ("... business.Jo Park/Example Globe")
#: or a caption's opening ("Illustration on ...", "Photo shows ...").
_CAPTION_LIKE = regex.compile(
    r"(?-i:(?<![\p{L}.'’\-])\p{Lu}[\p{L}.'’\-]++\s\p{Lu}[\p{L}'’\-]++\s?/\s?(?:The\s)?\p{Lu})"
    r"|^(?:illustration|photo|image|picture)s?\s+(?:of|on|by|shows?|from)\b",
    regex.IGNORECASE,
)
#: What a photo caption holds and a standfirst does not: a credit at its end ("(AP)",
#: "Jo Park/Example Globe", "Tribune Content Agency"), photo words, a gallery counter, a link.
_CAPTION_WORDS = regex.compile(
    r"\b(?:photo|photograph|photographs|pictured|illustration|image|credit|courtesy|file)\b"
    r"|(?-i:\(\p{Lu}[\p{L}. ]{0,30}\)\.?$|\b\p{Lu}{2,5}$)|\[\d+/\d+\]|https?://|^tags\b|\S/\S"
    r"|(?-i:\b(?:Agency|Images|Press)$)",
    regex.IGNORECASE,
)
#: Breadcrumbs and tag rows: "Home » News", "News / India News / ...", "Tags: ...".
_CRUMBS = regex.compile(r"[»›>]|\s/\s.*\s/\s|^\w+\s*:\s*\w+(?:\s*,\s*\w+){2,}")
#: Words run together by a menu rendered without spaces: "NewsPolitics", "HolidaysFoolproof".
_GLUED = regex.compile(r"(?<!\bMc|\bMac|\bDe|\bLa|\bO'|\b[a-z])\p{Ll}{2}\p{Lu}")
#: What every ``_GLUED`` match holds on ASCII text (where the letter classes are ``[a-z]``
#: and ``[A-Z]``); a line with other characters is searched by ``_GLUED`` itself.
_GLUED_HINT = re.compile(r"[a-z]{2}[A-Z]")
#: A video's running time after its title: "(6:37)", "2:05".
_DURATION = regex.compile(r"\(?\d{1,2}:\d{2}\)?\s*$")
#: A person's name followed by nothing but letters after it: "Ann Lee MS, RDN, LD".
_CREDENTIALED = regex.compile(
    r"^(?P<given>\p{Lu}\p{Ll}+)\s\p{Lu}[\p{L}'’\-]+(?:[\s,]+\p{Lu}{2,}\.?)+$"
)
#: An outlet after a name and a comma: "Harbour Report" in "Ann Lee, Harbour Report".
#: Anchored, possessive: a scan from every capital of a long line would be quadratic.
_OUTLET_AFTER = regex.compile(r"^\p{Lu}[\p{L}.&'’\-]*+(?:\s\p{Lu}[\p{L}.&'’\-]*+){0,2}$")
#: A reading-position label before a title: "now reading: ...", "You are reading: ...".
_READING_PREFIX = regex.compile(
    r"^(?:now|you\s+are|currently)\s+(?:reading|viewing|playing)\s*:\s*(?=\S)", regex.IGNORECASE
)
#: A media tag after a title: "[Watch]", "(video)", "(PHOTOS)", "[Listen]".
_MEDIA_SUFFIX = regex.compile(
    r"[\[(](?:watch|video|videos|photos?|pictures|gallery|listen|audio|podcast)[\])]$",
    regex.IGNORECASE,
)
#: Words of four letters or more: a title-cased line capitalises most of them.
_LONG_WORD = regex.compile(r"(?<![\p{L}'’])\p{L}[\p{L}'’\-]{3,}")


def not_title(text: str) -> bool:
    """``_NOT_TITLE.search(text)``, its literal parts tested first with ``in`` (most lines
    hold none of them, and the pattern's scan costs ~10 µs a line).

    >>> not_title("Read more at www.example.com"), not_title("Flood waters rise")
    (True, False)
    """
    if (
        "|" in text
        or "@" in text
        or "©" in text
        or "http" in text
        or "www." in text
        or ("pic.twitter" in text)
    ):
        return _NOT_TITLE.search(text) is not None
    first = text[:1]
    if first.isascii():  # (``\w`` of an ASCII character: a letter, a digit, "_")
        return first != "" and not (first.isalnum() or first in "_'\"")
    return _NOT_TITLE_START.match(text) is not None


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


@functools.lru_cache(maxsize=2048)  # a page's lines are keyed again by scores and _article
def line_key(text: str) -> str:
    """A line's comparison key: numbering, site suffix, reading label ("now reading:") and
    media tag ("[Watch]") dropped (see :func:`title_bounds`), spaces and quotes normal.

    >>> line_key("Markets slide as rates rise | Reuters")
    'markets slide as rates rise'
    """
    start, end = title_bounds(text)
    text = text[start:end]
    # An ASCII line holds no curly quote and, without a double space or a control character,
    # no space to join (nor does any printable line: every space but " " is unprintable,
    # tests/test_prefilters.py): most lines skip both steps (each costs more than the tests).
    if not text.isascii():
        text = straight(text)
    if "  " in text or not text.isprintable():
        text = _KEY_SPACE.sub(" ", text)
    return text.strip().lower()


#: The shapes of the lines :class:`KeyCounts` counts (a title repeated in the page, a menu item).
_COUNTED = frozenset({"headline", "other", "nav"})
#: Lines longer than this are not counted.
_COUNTED_CHARS = 300
#: Keys :class:`KeyCounts` counts one by one (a pass over the lines holding the key's longest
#: word each); from the next one on, every line is keyed once and each key read off that
#: count. A page asks a few dozen; a text of hundreds of articles asks thousands, and one pass
#: per key over all its lines made the cost grow with the square of its length.
_ASKED_BEFORE_ALL = 64


class KeyCounts(dict[str, int]):
    """How many headline, other and nav lines of a text (of up to 300 characters) have each
    key (:func:`line_key`), counted up to two (a title repeated in the page) when a key is
    first asked for.

    Only the title-shaped lines above a body are asked about (see ``scores``): a few dozen
    keys of a page's hundreds of lines. A key is some of a line's words in lower case, quotes
    made straight and spaces single: each of its words stands in the line it is the key of,
    made lower case and straight. So only the lines that hold its longest word are keyed,
    and of those only the ones that hold the whole key or spaces to join (each line that may
    count is lowered once, when the first key is asked for; a text holding a capital sigma,
    which ``str.lower`` maps by its neighbours, has every line keyed). After 64 keys every
    line is keyed once and counted, and later keys are read off that count: a long text of
    many articles asks for thousands.

    >>> from newsparse._structure_lines import read_line
    >>> t = "Ferry fares\\nStorm hits coast | Reuters\\nStorm hits coast\\nStorm  hits coast"
    >>> counts = KeyCounts(t, [read_line(t, s, e, None) for s, e in
    ...                        ((0, 11), (12, 38), (39, 55), (56, 73))])
    >>> counts["storm hits coast"], counts["ferry fares"], counts["fares"]
    (2, 1, 0)
    """

    __slots__ = ("_all", "_lines", "_low", "_misses", "_text")

    def __init__(self, text: str, lines: Sequence[Line]) -> None:
        super().__init__()
        self._text = text
        self._lines = lines
        self._low: list[tuple[int, str]] | None = None
        self._misses = 0
        self._all: dict[str, int] | None = None

    def __missing__(self, key: str) -> int:
        lines = self._lines
        self._misses += 1
        if self._misses > _ASKED_BEFORE_ALL:
            if self._all is None:
                self._all = self._count_all()
            n = min(self._all.get(key, 0), 2)
            self[key] = n
            return n
        if self._low is None:
            # Each line that may be counted, in lower case and quotes straight (what its key
            # is made of): one not read yet, or read as a headline, other or nav line (a line
            # read in full keeps its reading); a capital sigma is lowered by its neighbours:
            # then every line is keyed.
            self._low = [] if "Σ" in self._text else [
                (i, text.lower() if text.isascii() else straight(text).lower())
                for i, line in enumerate(lines)
                if len(text := line.text) <= _COUNTED_CHARS
                and ((shape := line.shape) == PENDING or shape in _COUNTED)
            ]
        n = 0
        if not key or (not self._low and "Σ" in self._text):
            for i in range(len(lines)):
                n += self._keyed(i, key)
                if n == 2:
                    break
            self[key] = n
            return n
        word = max(key.split(" "), key=len)
        for i, low in self._low:
            if word in low and (
                key in low or "  " in lines[i].text or not lines[i].text.isprintable()
            ):
                n += self._keyed(i, key)
                if n == 2:
                    break
        self[key] = n
        return n

    def _count_all(self) -> dict[str, int]:
        """Every counted line's key, counted: what each key asked for after the first
        ``_ASKED_BEFORE_ALL`` is read from (one pass, each line keyed once)."""
        counts: dict[str, int] = {}
        lines = self._lines
        for i, line in enumerate(lines):
            text = line.text
            if len(text) <= _COUNTED_CHARS and settled(lines, i).shape in _COUNTED:
                key = line_key(text)
                counts[key] = counts.get(key, 0) + 1
        return counts

    def _keyed(self, i: int, key: str) -> bool:
        """Whether line ``i`` is counted under ``key`` (a pending line is read in full)."""
        text = self._lines[i].text
        return (
            len(text) <= _COUNTED_CHARS
            and line_key(text) == key
            and settled(self._lines, i).shape in _COUNTED
        )


def title_shaped(line: Line) -> bool:
    """Whether ``line`` may be a title: a short line, no final colon or comma, no links.

    >>> from newsparse._structure_lines import read_line
    >>> title_shaped(read_line("Flood waters rise in the valley", 0, 31, None))
    True
    """
    if line.shape not in ("headline", "other") or line.mark or not 2 <= line.words <= 40:
        return False
    if not_title(line.text):
        return False
    text = line.text
    if text.endswith((":", ",", ";", "—", "–", " -")):
        return False
    return not text.endswith(".") or text.endswith("...") or line.words <= 14


def bare_name(line: Line) -> bool:
    """Whether ``line`` is only a person's name, a known given name first ("Ann Lee")."""
    if line.words > 4:
        return False
    first = line.text.split(" ", 1)[0].lower()
    if first not in GIVEN_NAMES:
        return False
    named = name_authors(line.text)
    return named is not None and named.end >= len(line.text.rstrip(" .,")) - 1


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
    if line.words > 10:
        return False
    text = line.text
    if text.isascii():
        return _ASCII_LABEL.search(text.lower()) is not None
    return _LABEL.search(text) is not None


def page_furniture(line: Line) -> bool:
    """Whether a title-shaped line is page furniture by its words: a page label ("6 min
    read", "Get in touch"), a gallery counter, a more-from link, a recipe yield, a row of
    share buttons ("Share on Facebook Share on X")."""
    text = line.text
    if page_label(line):
        return True
    first = text[:1]
    if (first in _FURNITURE_FIRST or not first.isalpha()) and _FURNITURE_START.match(text):
        return True
    return line.words <= 12 and all(
        w.strip(".,:|") in FURNITURE_WORDS for w in text.lower().split()
    )


def label_like(line: Line) -> float:
    """A penalty for a line that reads as a caption, a breadcrumb, a name or a job title."""
    text = line.text
    penalty = 0.0
    if line.words <= 2:
        penalty += 3
    elif line.words == 3:
        penalty += 1.5
    if ("/" in text or text[:1] in "IiPp") and _CAPTION_LIKE.search(text):
        penalty += 3
    # (each form of ``_CRUMBS`` holds one of these; ``_GLUED_HINT`` see there)
    crumb = "»" in text or "›" in text or ">" in text or "/" in text or ":" in text
    if crumb and _CRUMBS.search(text):
        penalty += 2
    if (not text.isascii() or _GLUED_HINT.search(text) is not None) and _GLUED.search(text):
        penalty += 2
    if ":" in text and _DURATION.search(text):
        penalty += 2
    if line.words <= 5:
        if any(w.lower().strip(".,&") in JOB_WORDS for w in text.split()) and not any(
            c.isdigit() for c in text
        ):
            penalty += 1.5
        # (the names count for a line of three words or fewer, or one with a comma)
        named = name_authors(text) if line.words <= 3 or "," in text else None
        if named is not None and named.end >= len(text.rstrip(" .")) - 1 and line.words <= 3:
            penalty += 1
        elif (
            named is not None
            and "," in text
            and named.authors[0].split()[0].lower() in GIVEN_NAMES
            and (tail := text.rsplit(",", 1)[1].strip()) not in named.authors
            and _OUTLET_AFTER.match(tail) is not None
        ):
            penalty += 3  # "Ann Lee, Harbour Report": a byline, its outlet after a comma
        # (the given name is the line's first word: a line opening with no known one is
        # not tried)
        first = text.split(None, 1)
        m = _CREDENTIALED.match(text) if first and first[0].lower() in GIVEN_NAMES else None
        if m is not None and m["given"].lower() in GIVEN_NAMES:
            penalty += 3  # "Ann Lee, MS, RDN": a name and its letters
    return penalty


def opening_title(line: Line) -> bool:
    """Whether a line read as body text is a title in title case ending in "!" or "?"
    ("Storm Floods Valley Town -- Residents Flee To Higher Ground!").

    >>> from newsparse._structure_lines import read_line
    >>> t = "Storm Floods Valley Town As Residents Flee To The Hills Overnight!"
    >>> opening_title(read_line(t, 0, len(t), None))
    True
    >>> t = "Who would have thought the valley town would flood again this year?"
    >>> opening_title(read_line(t, 0, len(t), None))
    False
    """
    text = line.text.rstrip("\"'”’")
    if line.mark or not 6 <= line.words <= 25 or not text.endswith(("!", "?")):
        return False
    if not_title(line.text):
        return False
    long_words = _LONG_WORD.findall(line.text)
    upper = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 4 and upper >= 0.75 * len(long_words)
