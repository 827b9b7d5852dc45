"""Body runs: where a text's articles' bodies are, before their headers are read.

A run is a stretch of prose lines with short gaps (:func:`read_runs`); a byline or stamp line
ends one. In a page dump (mostly page material) the largest run is kept, with the runs that
have their own header; runs of one story cut apart by page material are joined
(:func:`keep_runs`). :mod:`newsparse.segmenter` then reads each kept run's header.

>>> from newsparse._structure_lines import read_line
>>> from newsparse._blocks import iter_lines
>>> t = ("Storm hits coast\\nBy Ann Lee\\n"
...      "Rain fell all day on the coast, and the sea rose over the wall into the town.")
>>> lines = [read_line(t, s, e, None) for s, e in iter_lines(t)]
>>> [(r.start, r.end) for r in keep_runs(t, lines, read_runs(t, lines), is_dump(lines))]
[(2, 3)]
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import NamedTuple

from newsparse._structure_authors import EVIDENCE, header_evidence
from newsparse._structure_lines import PENDING, Line, is_prose, settled
from newsparse._structure_titles import MAX_HEADER_LINES, bare_titles

__all__ = [
    "MAX_BRIDGE_LINES",
    "MAX_GAP_LINES",
    "OWN_ARTICLE_CHARS",
    "PAGE_GAP_LINES",
    "PAGE_HEADER_LINES",
    "Run",
    "is_dump",
    "keep_runs",
    "read_runs",
    "split_bare",
]

#: How many lines that are not prose end a body run.
MAX_GAP_LINES = 3
#: How many lines of page material between two runs of one story are bridged.
MAX_BRIDGE_LINES = 15

#: How many lines without prose part two stretches of a dump (two pages one after another).
PAGE_GAP_LINES = 40
#: How far above a run in such a stretch its byline or stamp may stand (a page's header is
#: often set apart from its body by share buttons and a photo).
PAGE_HEADER_LINES = 25
#: Body characters a run with its own header needs to be kept as an article in a stretch of
#: a dump away from the largest run (a related-story teaser is shorter).
OWN_ARTICLE_CHARS = 1000


#: A line's shape (in C, for ``map``).
_SHAPE = operator.attrgetter("shape")


class Run(NamedTuple):
    start: int
    end: int  # one past the last line
    chars: int


def _blank_before(text: str, lines: Sequence[Line], i: int) -> bool:
    """Whether a blank line (or the start of the text) stands just above line ``i``."""
    if i == 0:
        return True
    return text.count("\n", lines[i - 1].end, lines[i].start) >= 2


def _header_tail(text: str, lines: Sequence[Line], start: int, last: int, stop: int) -> int:
    """The last line of a run that a byline or stamp at ``stop`` ends, its next article's
    title (and standfirst) given back: lines set tight above the byline, a blank line
    above them ("...end of story.\n\nNext title\nBy Ann Lee")."""
    if last != stop - 1 or _blank_before(text, lines, stop):
        return last
    for top in (last, last - 1):
        if top <= start:
            break
        if top < last and _blank_before(text, lines, last):
            break
        if _blank_before(text, lines, top) and lines[top].words <= 60:
            return top - 1
    return last


def read_runs(text: str, lines: Sequence[Line]) -> list[Run]:
    """Runs of prose lines (starting at a body line), with short gaps allowed."""
    runs: list[Run] = []
    # (a run starts at a body line: they are found in C; no step reads a line as body later)
    shapes = list(map(_SHAPE, lines))
    k = 0
    n = len(lines)
    while k < n:
        try:
            k = shapes.index("body", k)
        except ValueError:
            break
        start = last = resume = k
        chars = 0
        gap = 0
        m = k
        while m < n:
            line = lines[m]
            if line.shape == PENDING:
                line = settled(lines, m)
            if is_prose(line) or (line.shape == "bullet" and gap == 0):
                last, gap = m, 0
                chars += len(line.text)
            elif line.shape == "trailer":
                last = m
                break
            elif line.shape in EVIDENCE:
                tail = _header_tail(text, lines, start, last, m)
                chars -= sum(len(lines[i].text) for i in range(tail + 1, last + 1))
                last, resume = tail, m
                break
            else:
                gap += 1
                if gap >= MAX_GAP_LINES:
                    break
            m += 1
        # Prose lines just above the first body line belong to the run (a short first
        # paragraph), unless they are a caption's text (a credit line follows the caption).
        while start - 1 >= 0 and (not runs or start - 1 >= runs[-1].end):
            above = lines[start - 1]
            if not is_prose(above) or above.words < 6:
                break
            if start - 2 >= 0 and settled(lines, start - 2).shape in ("credit", "caption"):
                break
            start -= 1
            chars += len(above.text)
        runs.append(Run(start, last + 1, chars))
        k = max(last + 1, resume)
    return runs


def split_bare(text: str, lines: Sequence[Line], runs: list[Run]) -> list[Run]:
    """Runs split where a bare title starts the next article (see ``bare_titles``)."""
    out: list[Run] = []
    for run in runs:
        start = run.start
        for t in bare_titles(text, lines, run.start, run.end):
            out.append(Run(start, t, sum(len(ln.text) for ln in lines[start:t])))
            start = t + 1
        out.append(Run(start, run.end, sum(len(ln.text) for ln in lines[start : run.end])))
    return out


def is_dump(lines: Sequence[Line]) -> bool:
    """Whether the text is a page dump: many lines, most of them not prose."""
    if len(lines) < 30:
        return False
    # (a pending line is no prose: see ``skim_lines``)
    prose = sum(1 for line in lines if line.shape != PENDING and is_prose(line))
    return len(lines) - prose > 0.5 * len(lines)


def _has_header(lines: Sequence[Line], run: Run, floor: int, reach: int = 8) -> bool:
    """Whether a byline or stamp stands in the ``reach`` lines above ``run``."""
    return any(
        header_evidence(settled(lines, i))
        for i in range(max(floor, run.start - reach), run.start)
    )


def _standfirst_run(lines: Sequence[Line], runs: list[Run], n: int) -> bool:
    """Whether ``runs[n]`` is the standfirst of the next run's header, not a body: a line or
    two, a byline or stamp a few lines under it, then a larger run; and no byline or stamp
    just above it (a short story under its own header stays)."""
    run = runs[n]
    if n + 1 >= len(runs) or run.end - run.start > 2 or run.chars > 400:
        return False
    nxt = runs[n + 1]
    if nxt.start - run.end > 6 or nxt.chars <= run.chars:
        return False
    if not any(
        header_evidence(settled(lines, i)) for i in range(run.end, nxt.start)
    ):
        return False
    return not _has_header(lines, run, runs[n - 1].end if n else 0)


def _cookie_table(text: str, lines: Sequence[Line], run: Run) -> bool:
    """Whether ``run`` is a cookie policy, not a story: most of its lines name cookies
    ("Necessary cookies are ...", "cookielawinfo-checkbox-analytics 11 months This cookie
    is ...") and one asks for consent (a recipe for cookies does not). The line reader takes
    a single cookie notice for furniture, not a table of them."""
    n = run.end - run.start
    if n < 4:
        return False
    # The run's stretch of text in lower case holds each of its lines in lower case (no
    # word of these holds a sigma, the one letter ``str.lower`` maps by its neighbours).
    whole = text[lines[run.start].start : lines[run.end - 1].end]
    if "\u212a" in whole:
        lowered = whole.lower()
        if lowered.count("cookie") <= n / 2 or "consent" not in lowered:
            return False
    else:
        # Its UTF-8 bytes with ASCII letters lowered hold these words where it does in lower
        # case, four times faster to make: no character but the Kelvin sign (above) lowers to
        # a string holding an ASCII letter of them ("İ" to "i" and a combining dot, never
        # followed by "e"), and the bytes of another character are none of ASCII.
        raw = whole.encode("utf-8", "surrogatepass").lower()
        if raw.count(b"cookie") <= n / 2 or b"consent" not in raw:
            return False
    low = [lines[i].text.lower() for i in range(run.start, run.end)]
    return sum("cookie" in t for t in low) > n / 2 and any("consent" in t for t in low)


def keep_runs(text: str, lines: Sequence[Line], runs: list[Run], dump: bool) -> list[Run]:
    """The runs that are articles' bodies, runs of one story joined."""
    runs = [
        r
        for n, r in enumerate(runs)
        if not _standfirst_run(lines, runs, n) and not (dump and _cookie_table(text, lines, r))
    ]
    if not runs:
        return []
    joined: list[Run] = [runs[0]]
    for run in runs[1:]:
        prev = joined[-1]
        gap = range(prev.end, run.start)
        if len(gap) <= MAX_BRIDGE_LINES and not any(
            settled(lines, i).shape in EVIDENCE for i in gap
        ):
            joined[-1] = Run(prev.start, run.end, prev.chars + run.chars)
        else:
            joined.append(run)
    if not dump:
        return joined
    # A dump may hold several pages one after another (an export of scraped pages): runs
    # far apart are judged against the largest run of their own stretch of the text, and a
    # stretch away from the largest run needs a run long enough to be an article of its own.
    big = max(r.chars for r in joined)
    stretch = [0] * len(joined)
    for n in range(1, len(joined)):
        far = joined[n].start - joined[n - 1].end >= PAGE_GAP_LINES
        stretch[n] = stretch[n - 1] + far
    local: dict[int, int] = {}
    for n, r in enumerate(joined):
        local[stretch[n]] = max(local.get(stretch[n], 0), r.chars)
    kept = [
        n
        for n, r in enumerate(joined)
        if r.chars == big
        or (r.chars >= 0.5 * big and _has_header(lines, r, joined[n - 1].end if n else 0))
        or (
            local[stretch[n]] != big
            and r.chars >= max(0.5 * local[stretch[n]], OWN_ARTICLE_CHARS)
            and _has_header(lines, r, joined[n - 1].end if n else 0, PAGE_HEADER_LINES)
        )
    ]
    out: list[Run] = []
    for n in kept:
        m = n
        if joined[n].chars == local[stretch[n]]:
            m = _continued(lines, joined, n, stretch, kept)
        while out and out[-1].start >= joined[m].start:
            out.pop()
        run = joined[n]
        out.append(run if m == n else Run(joined[m].start, run.end,
                                           sum(r.chars for r in joined[m : n + 1])))
    return out


def _continued(
    lines: Sequence[Line], runs: list[Run], n: int, stretch: list[int], kept: list[int]
) -> int:
    """The run that ``runs[n]`` (the largest of its stretch, with no header of its own)
    continues: the nearest run above it in its stretch, at most ``PAGE_GAP_LINES`` lines
    up, that has a byline or stamp over it (a story's opening cut from the rest of it by a
    recipe card, a product box, a list of winners or a subheading); ``n`` itself when there
    is none. That run must be kept as an article of its own (the story would be cut in two)
    or its header stand too far up for the header of ``runs[n]`` to be found."""
    run = runs[n]
    if _has_header(lines, run, runs[n - 1].end if n else 0):
        return n
    for m in range(n - 1, -1, -1):
        if stretch[m] != stretch[n] or run.start - runs[m].end > PAGE_GAP_LINES:
            break
        if _has_header(lines, runs[m], runs[m - 1].end if m else 0):
            far = run.start - runs[m].start + 8 > MAX_HEADER_LINES
            return m if m in kept or far else n
    return n
