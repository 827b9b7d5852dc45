"""An annotated HTML view of a parsed :class:`~newsparse.models.Document`.

:func:`render_html` lays each article out as an article (headline, byline, stamps, caption,
bullets, body) and marks on the text what the stages found: quotes in a colour per speaker,
quantities boxed, dates underlined, each with its normalised values in a tooltip and in a side
table. Page furniture is shown faded and can be hidden with a toggle.

The page is one self-contained file: an inline style sheet, no script, and a
Content-Security-Policy that forbids every fetch. It is a face of the library: it reads the
records, it never parses.

How the marks are placed: every record with a span becomes a *mark*; each block's text is cut
at the marks' edges and wrapped in nested ``<span>`` elements. Marks that cross (a quote that
ends inside a quantity) are split into pieces so that the HTML stays well nested; the pieces
after the first carry the class ``cont``. The text shown is exactly each block's text: marks
only wrap it, and every character is escaped.

>>> from newsparse.models import Article, Block, Document, Span
>>> text = "Rain <returns>"
>>> art = Article(text=text, span=Span(start=0, end=14),
...               blocks=(Block(text=text, span=Span(start=0, end=14), label="headline"),))
>>> page = render_html(Document(text=text, span=Span(start=0, end=14), articles=(art,)))
>>> "Rain &lt;returns&gt;" in page
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape

from newsparse._render_assets import CSP, CSS, PALETTE, UNATTRIBUTED
from newsparse.models import (
    Article,
    Block,
    BlockLabel,
    Byline,
    Caption,
    Document,
    Quantity,
    Quote,
    Timestamp,
)

__all__ = ["render_html"]

#: The element that holds a block's text, by block label (bullets are list items in a list).
_BLOCK_TAGS = {
    "headline": "h2",
    "byline": "p",
    "stamp": "p",
    "caption": "figcaption",
    "bullet": "li",
    "body": "p",
    "furniture": "p",
}

#: Nesting rank of mark kinds when two marks cover the same characters: lower is outer.
_RANK = {
    "quote": 0,
    "byline": 1,
    "stamp": 1,
    "dateline": 2,
    "credit": 2,
    "speaker": 3,
    "cue": 3,
    "qty": 4,
    "date": 5,
}

_NO_SPEAKER = "(no speaker found)"


@dataclasses.dataclass(frozen=True)
class _Mark:
    """A span of the source to wrap in a ``<span>``: where, which classes, which tooltip."""

    start: int
    end: int
    kind: str
    classes: str
    title: str
    ident: str = ""
    seq: int = 0


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _num(value: float | None) -> str:
    """A number as a reader writes it: 400, 3,200,000,000, 0.5."""
    if value is None:
        return ""
    return f"{value:,.12g}"


def _when(value: dt.datetime | None) -> str:
    """A datetime in ISO 8601, shortened to the date when it is a naive midnight."""
    if value is None:
        return ""
    if value.tzinfo is None and value.time() == dt.time(0):
        return value.date().isoformat()
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def _lines(*pairs: tuple[str, str | None]) -> str:
    """Tooltip text: one ``label: value`` line per pair whose value is given."""
    return "\n".join(f"{k}: {v}" if k else v for k, v in pairs if v not in (None, ""))


def _quantity_value(q: Quantity) -> str:
    """The value column of a quantity: the value, or its bounds."""
    if q.value is not None:
        return _num(q.value)
    if q.low is not None and q.high is not None:
        return f"{_num(q.low)}–{_num(q.high)}"
    if q.low is not None:
        return f"≥ {_num(q.low)}"
    if q.high is not None:
        return f"≤ {_num(q.high)}"
    return ""


def _speaker_key(quote: Quote) -> str:
    """The name a quote's speaker is shown and coloured by."""
    if quote.speaker is None:
        return _NO_SPEAKER
    return quote.speaker.name or quote.speaker.mention or _NO_SPEAKER


def _colours(doc: Document) -> dict[str, int]:
    """A colour number per speaker name, in order of first quote across the document."""
    keys: dict[str, int] = {}
    for article in doc.articles:
        for quote in article.quotes:
            key = _speaker_key(quote)
            if key != _NO_SPEAKER and key not in keys:
                keys[key] = len(keys)
    return keys


def _speaker_class(key: str, colours: dict[str, int]) -> str:
    return f"spk-{colours[key]}" if key in colours else "spk-none"


def _palette_css(count: int) -> str:
    """One rule per speaker colour: palette pairs first, then hues a golden angle apart."""
    rules = [f".spk-none{{--bg:{UNATTRIBUTED[0]};--fg:{UNATTRIBUTED[1]}}}"]
    for i in range(count):
        if i < len(PALETTE):
            bg, fg = PALETTE[i]
        else:
            hue = round((i * 137.508) % 360)
            bg, fg = f"hsl({hue} 85% 84%)", f"hsl({hue} 70% 32%)"
        rules.append(f".spk-{i}{{--bg:{bg};--fg:{fg}}}")
    return "\n".join(rules)


def _article_blocks(article: Article) -> tuple[Block, ...]:
    """The article's blocks; for records built without blocks, blocks made from its parts."""
    if article.blocks:
        return article.blocks
    parts: list[Block] = []
    if article.headline is not None:
        parts.append(Block(text=article.headline.text, span=article.headline.span,
                           label="headline", rule="render-fallback"))
    for bullet in article.bullets:
        parts.append(Block(text=bullet.text, span=bullet.span, label="bullet",
                           rule="render-fallback"))
    others: tuple[tuple[Caption | Byline | Timestamp | None, BlockLabel], ...] = (
        (article.caption, "caption"),
        (article.byline, "byline"),
        (article.published, "stamp"),
        (article.updated, "stamp"),
    )
    for part, label in others:
        if part is not None:
            parts.append(Block(text=part.text, span=part.span, label=label,
                               rule="render-fallback"))
    for para in article.paragraphs:
        parts.append(Block(text=para.text, span=para.span, label="body", rule="render-fallback"))
    if not parts and article.text:
        parts.append(Block(text=article.text, span=article.span, label="body",
                           rule="render-fallback"))
    return tuple(sorted(parts, key=lambda b: (b.span.start, b.span.end)))


def _article_marks(article: Article, n: int, colours: dict[str, int]) -> list[_Mark]:
    """Every mark of an article, in absolute offsets, with ids the side tables link to."""
    marks: list[_Mark] = []
    for j, quote in enumerate(article.quotes, 1):
        key = _speaker_key(quote)
        spk = _speaker_class(key, colours)
        speaker = quote.speaker
        who = key if speaker is None or not speaker.title else f"{key} — {speaker.title}"
        marks.append(_Mark(quote.span.start, quote.span.end, "quote",
                           f"m-quote k-{quote.kind} {spk}",
                           _lines(("", f"Quote ({quote.kind})"), ("speaker", who),
                                  ("as written", speaker.mention if speaker else None),
                                  ("cue", quote.cue), ("rule", quote.rule)),
                           f"a{n}-quote{j}"))
        if speaker is not None:
            marks.append(_Mark(speaker.span.start, speaker.span.end, "speaker",
                               f"m-speaker {spk}", _lines(("", "Speaker"), ("name", who))))
        if quote.cue_span is not None:
            marks.append(_Mark(quote.cue_span.start, quote.cue_span.end, "cue", f"m-cue {spk}",
                               _lines(("", "Speech cue"), ("speaker", key))))
    for j, qty in enumerate(article.quantities, 1):
        marks.append(_Mark(qty.span.start, qty.span.end, "qty", "m-qty",
                           _lines(("", "Quantity"), ("value", _num(qty.value)),
                                  ("low", _num(qty.low)), ("high", _num(qty.high)),
                                  ("unit", qty.unit), ("qualifier", qty.qualifier),
                                  ("counted", qty.counted)),
                           f"a{n}-qty{j}"))
    for j, date in enumerate(article.dates, 1):
        marks.append(_Mark(date.span.start, date.span.end, "date", "m-date",
                           _lines(("", f"Date ({date.type})"), ("TIMEX value", date.value),
                                  ("start", _when(date.start)), ("end", _when(date.end))),
                           f"a{n}-date{j}"))
    if article.dateline is not None:
        dl = article.dateline
        marks.append(_Mark(dl.span.start, dl.span.end, "dateline", "m-dateline",
                           _lines(("", "Dateline"), ("location", dl.location),
                                  ("agency", dl.agency), ("date", dl.date))))
    if article.byline is not None:
        by = article.byline
        marks.append(_Mark(by.span.start, by.span.end, "byline", "m-byline",
                           _lines(("", "Byline"), ("authors", "; ".join(by.authors)))))
    for stamp in (article.published, article.updated):
        if stamp is not None:
            marks.append(_Mark(stamp.span.start, stamp.span.end, "stamp", "m-stamp",
                               _lines(("", f"Stamp ({stamp.kind})"), ("value", _when(stamp.value)),
                                      ("relative", "yes" if stamp.relative else None))))
    caption = article.caption
    if caption is not None and caption.credit:
        at = caption.text.rfind(caption.credit)
        if at >= 0:
            start = caption.span.start + at
            marks.append(_Mark(start, start + len(caption.credit), "credit", "m-credit",
                               _lines(("", "Photo credit"), ("credit", caption.credit))))
    # One quote's speaker mention or cue often serves several quotes: draw it once.
    seen: set[tuple[int, int, str, str]] = set()
    kept: list[_Mark] = []
    for m in marks:
        sig = (m.start, m.end, m.kind, m.classes)
        if m.ident or sig not in seen:  # records (with ids) are all kept, even twins
            seen.add(sig)
            kept.append(m)
    return [dataclasses.replace(m, seq=i) for i, m in enumerate(kept)]


def _render_text(text: str, offset: int, marks: Iterable[_Mark], emitted: set[str]) -> str:
    """``text`` (standing at ``offset`` in the source) escaped, with ``marks`` nested in it.

    Marks are clipped to the text. Where two marks cross, the inner one is closed and opened
    again, so the output is always well nested. ``emitted`` collects the ids written, so an id
    is written once even when its mark is cut into pieces or spans several blocks.
    """
    size = len(text)
    local: list[_Mark] = []
    for m in marks:
        start, end = max(m.start - offset, 0), min(m.end - offset, size)
        if start < end:
            local.append(dataclasses.replace(m, start=start, end=end))
    starts: dict[int, list[_Mark]] = {}
    for m in local:
        starts.setdefault(m.start, []).append(m)
    points = sorted({0, size} | {m.start for m in local} | {m.end for m in local})
    out: list[str] = []
    stack: list[_Mark] = []
    opened: set[int] = set()
    for k, p in enumerate(points):
        reopen: list[_Mark] = []
        lowest = next((i for i, m in enumerate(stack) if m.end <= p), None)
        if lowest is not None:
            out.append("</span>" * (len(stack) - lowest))
            reopen = [m for m in stack[lowest:] if m.end > p]
            del stack[lowest:]
        for m in sorted(reopen + starts.get(p, []), key=lambda m: (-m.end, _RANK[m.kind], m.seq)):
            classes = f"m {m.classes}" + (" cont" if m.seq in opened else "")
            tag = f'<span class="{_attr(classes)}"'
            if m.title:
                tag += f' title="{_attr(m.title)}"'
            if m.ident:
                tag += f' data-ref="{_attr(m.ident)}"'
                if m.ident not in emitted:
                    tag += f' id="{_attr(m.ident)}"'
                    emitted.add(m.ident)
            out.append(tag + ">")
            opened.add(m.seq)
            stack.append(m)
        if k + 1 < len(points):
            out.append(escape(text[p : points[k + 1]], quote=False))
    return "".join(out)


def _render_blocks(
    blocks: Sequence[Block], marks: Sequence[_Mark], emitted: set[str]
) -> list[str]:
    """The HTML of an article's blocks, consecutive bullets gathered into one list."""
    out: list[str] = []
    in_list = False
    for block in blocks:
        start, end = block.span.start, block.span.start + len(block.text)
        inner = _render_text(block.text, start,
                             (m for m in marks if m.start < end and start < m.end), emitted)
        if block.label == "bullet" and not in_list:
            out.append('<ul class="bullets">')
        elif block.label != "bullet" and in_list:
            out.append("</ul>")
        in_list = block.label == "bullet"
        tag = _BLOCK_TAGS.get(block.label, "p")
        classes = f"blk blk-{block.label}" + (" furniture" if block.label == "furniture" else "")
        attrs = (f'class="{classes}" data-start="{block.span.start}" '
                 f'data-end="{block.span.end}" data-rule="{_attr(block.rule)}"')
        if block.label == "furniture":
            attrs += ' title="Page furniture: not part of the article"'
        element = f"<{tag} {attrs}>{inner}</{tag}>"
        if block.label == "caption":
            element = f'<figure class="caption">{element}</figure>'
        out.append(element)
    if in_list:
        out.append("</ul>")
    return out


def _link(ident: str, text: str, emitted: set[str]) -> str:
    label = escape(text, quote=False)
    return f'<a href="#{_attr(ident)}">{label}</a>' if ident in emitted else label


def _table(
    caption: str,
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    cls: str,
    cell_classes: Sequence[str] = (),
) -> str:
    """A side table; cells are HTML already escaped by the caller.

    ``cell_classes`` gives a class per column ("num" for figures, "nw" for no wrapping).
    """
    out = [f"<h3>{escape(caption)}</h3>"]
    if not rows:
        out.append(f'<p class="none">No {escape(caption.lower())} found.</p>')
        return "".join(out)
    out.append(f'<div class="scroll"><table class="side {cls}"><thead><tr>')
    out.extend(f'<th scope="col">{escape(h)}</th>' for h in head)
    out.append("</tr></thead><tbody>")
    for row in rows:
        cells = (
            f'<td class="{cell_classes[i]}">{cell}</td>' if i < len(cell_classes) and
            cell_classes[i] else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _legend(article: Article, colours: dict[str, int]) -> str:
    """The speakers of an article's quotes with their colour and quote count."""
    counts: dict[str, int] = {}
    titles: dict[str, str] = {}
    for quote in article.quotes:
        key = _speaker_key(quote)
        counts[key] = counts.get(key, 0) + 1
        if quote.speaker is not None and quote.speaker.title and key not in titles:
            titles[key] = quote.speaker.title
    out = ["<h3>Speakers</h3>"]
    if not counts:
        out.append('<p class="none">No quotes found.</p>')
        return "".join(out)
    out.append('<ul class="legend">')
    for key, count in counts.items():
        title = f' <span class="title">{escape(titles[key])}</span>' if key in titles else ""
        noun = "quote" if count == 1 else "quotes"
        out.append(
            f'<li class="speaker" data-count="{count}">'
            f'<span class="swatch {_speaker_class(key, colours)}"></span>'
            f'<span class="name">{escape(key)}</span>{title}'
            f'<span class="count">{count} {noun}</span></li>'
        )
    out.append("</ul>")
    return "".join(out)


def _parts_rows(article: Article) -> list[list[str]]:
    rows: list[tuple[str, str | None]] = []
    if article.byline is not None:
        rows.append(("Authors", "; ".join(article.byline.authors) or article.byline.text))
    for stamp in (article.published, article.updated):
        if stamp is not None:
            value = (_when(stamp.value) or "unresolved") + (" (relative)" if stamp.relative else "")
            rows.append((stamp.kind.capitalize(), value))
    dl = article.dateline
    if dl is not None:
        rows.append(("Dateline", ", ".join(x for x in (dl.location, dl.agency, dl.date) if x)))
    if article.caption is not None:
        rows.append(("Photo credit", article.caption.credit or "none given"))
    return [[escape(k), escape(v or "")] for k, v in rows]


def _side(article: Article, colours: dict[str, int], n: int, emitted: set[str]) -> str:
    """The side panel: speaker legend, quantity and date tables, article parts."""
    qty_rows = [
        [_link(f"a{n}-qty{j}", q.text, emitted), _attr(_quantity_value(q)), _attr(q.unit or ""),
         _attr(q.qualifier), _attr(q.counted or "")]
        for j, q in enumerate(article.quantities, 1)
    ]
    date_rows = [
        [_link(f"a{n}-date{j}", d.text, emitted), _attr(d.type), _attr(d.value),
         _attr(_when(d.start)), _attr(_when(d.end))]
        for j, d in enumerate(article.dates, 1)
    ]
    return "".join([
        f'<aside class="facts" aria-label="What was found in article {n}">',
        _legend(article, colours),
        _table("Quantities", ("as written", "value", "unit", "qualifier", "counted"),
               qty_rows, "quantities", ("", "num", "nw", "nw", "")),
        _table("Dates", ("as written", "type", "TIMEX value", "start", "end"),
               date_rows, "dates", ("", "", "nw", "nw", "nw")),
        _table("Parts", ("part", "value"), _parts_rows(article), "parts"),
        "</aside>",
    ])


def _toc_label(article: Article, n: int) -> str:
    if article.headline is not None and article.headline.text.strip():
        return article.headline.text
    words = article.text.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "") if words else f"Article {n}"


def _render_article(article: Article, n: int, colours: dict[str, int]) -> str:
    emitted: set[str] = set()
    marks = _article_marks(article, n, colours)
    body = _render_blocks(_article_blocks(article), marks, emitted)
    return "".join([
        f'<article class="article" id="a{n}" data-start="{article.span.start}" '
        f'data-end="{article.span.end}"><div class="text">',
        f'<div class="art-no">Article {n}</div>',
        "\n".join(body),
        "</div>",
        _side(article, colours, n, emitted),
        "</article>",
    ])


def _key() -> str:
    """The page header's key to the marks (outside any block, so not source text)."""
    items = (
        ('<span class="m m-quote k-direct spk-none">quote</span>', "direct"),
        ('<span class="m m-quote k-indirect spk-none">quote</span>', "reported"),
        ('<span class="m m-qty">quantity</span>', ""),
        ('<span class="m m-date">date</span>', ""),
        ('<span class="m m-dateline">dateline</span>', ""),
        ('<span class="furniture">furniture</span>', ""),
    )
    return '<div class="key">' + "".join(
        f"<span>{mark}{' ' + note if note else ''}</span>" for mark, note in items) + "</div>"


def render_html(doc: Document) -> str:
    """One self-contained HTML page showing ``doc`` with what was found marked on its text.

    Each article is laid out with its blocks in order (headline, byline, stamps, caption,
    bullets, body; page furniture faded, hidden by a toggle), quotes highlighted in a colour
    per speaker, quantities and dates marked with their normalised values in a tooltip, and
    a side panel with the speaker legend and quote counts, a quantity table, a date table and
    the article's parts. With several articles the page opens with a table of contents.

    Articles built without blocks are shown from their parts (headline, bullets, caption,
    byline, stamps, paragraphs). All text is escaped; the page runs no script and loads
    nothing.

    Args:
        doc: A document, from :func:`newsparse.parse` or built from the record types.

    Returns:
        The page as a string (write it as UTF-8).

    >>> from newsparse.models import (Article, Block, Document, Quote, Span, Speaker)
    >>> text = 'Vote today\\n\\n"We will win," Ann Lee said.'
    >>> quote = Quote(text="We will win,", span=Span(start=13, end=25), kind="direct",
    ...               cue="said", speaker=Speaker(name="Ann Lee", mention="Ann Lee",
    ...               span=Span(start=27, end=34)))
    >>> art = Article(text=text, span=Span(start=0, end=40), quotes=(quote,), blocks=(
    ...     Block(text="Vote today", span=Span(start=0, end=10), label="headline"),
    ...     Block(text=text[12:40], span=Span(start=12, end=40), label="body")))
    >>> page = render_html(Document(text=text, span=Span(start=0, end=40), articles=(art,)))
    >>> page.startswith("<!DOCTYPE html>")
    True
    >>> '<span class="name">Ann Lee</span><span class="count">1 quote</span>' in page
    True
    """
    colours = _colours(doc)
    furniture = sum(b.label == "furniture" for a in doc.articles for b in _article_blocks(a))
    first = next((a.headline.text for a in doc.articles if a.headline is not None), "")
    title = f"{first} · newsparse" if first else "newsparse view"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsparse">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}\n{_palette_css(len(colours))}\n</style>",
        "</head><body>",
        '<header class="page-head"><h1>newsparse view</h1>',
        f"<span>{len(doc.articles)} article{'' if len(doc.articles) == 1 else 's'}</span>",
        _key(),
        "</header>",
    ]
    if furniture:
        parts += [
            '<input type="checkbox" id="hide-furniture">',
            f'<label class="controls" for="hide-furniture">Hide page furniture '
            f'({furniture} block{"" if furniture == 1 else "s"})</label>',
        ]
    if len(doc.articles) > 1:
        parts.append('<nav class="toc" aria-label="Articles"><strong>Articles</strong><ol>')
        parts.extend(
            f'<li><a href="#a{n}">{escape(_toc_label(a, n))}</a></li>'
            for n, a in enumerate(doc.articles, 1)
        )
        parts.append("</ol></nav>")
    parts.append("<main>")
    if not doc.articles:
        parts.append('<p class="none">No articles found.</p>')
    parts.extend(_render_article(a, n, colours) for n, a in enumerate(doc.articles, 1))
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
