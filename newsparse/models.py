"""The record types: what every stage returns and what :func:`newsparse.parse` builds.

Every record is a frozen, typed pydantic dataclass. Every record has ``text`` and ``span``,
and ``source[span.start:span.end] == record.text`` holds against the text it came from
(for :func:`newsparse.parse`, ``Document.text``). Normalised values live in separate fields;
the source is never rewritten.

>>> s = Span(start=4, end=9)
>>> "The quick fox"[s.start:s.end]
'quick'
>>> Headline(text="quick", span=s).span.end
9
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import inspect
import itertools
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, TypeAdapter
from pydantic.dataclasses import dataclass

__all__ = [
    "Article",
    "Block",
    "BlockLabel",
    "Bullet",
    "Byline",
    "Caption",
    "DateMention",
    "DateType",
    "Dateline",
    "Document",
    "Headline",
    "Paragraph",
    "Quantity",
    "QuantityQualifier",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "Timestamp",
    "json_schema",
]


@functools.cache
def _field_docs() -> dict[str, dict[str, str]]:
    """The docstring under each field of each class of this module, read from its source.

    What pydantic's ``use_attribute_docstrings`` reads, but read once and only when a JSON
    Schema is asked for: pydantic reads it for every class as the class is made, which cost
    ``import newsparse`` 15-40 ms (it finds each class's source through the call stack).

    >>> _field_docs()["Span"]["start"]
    'Offset of the first character.'
    """
    try:
        tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    except OSError:  # no source (a frozen or compiled-only install): no descriptions
        return {}
    docs: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields = docs.setdefault(node.name, {})
        for stmt, after in itertools.pairwise(node.body):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                fields[stmt.target.id] = inspect.cleandoc(after.value.value)
    return docs


def _describe_fields(schema: dict[str, Any], cls: type[Any]) -> None:
    """Give each property of a record's JSON Schema its field's docstring as description."""
    docs = _field_docs().get(cls.__name__, {})
    for name, prop in schema.get("properties", {}).items():
        if name in docs:
            prop["description"] = docs[name]


_CONFIG = ConfigDict(extra="forbid", json_schema_extra=_describe_fields, defer_build=True)

QuoteKind = Literal["direct", "indirect", "mixed"]
"""How a quote is reported: in the speaker's words, paraphrased, or paraphrase with quoted words."""

QuantityQualifier = Literal[
    "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"
]
"""How sure the text is of a quantity: "around 400" is ``approx``, "at least 100" ``at_least``."""

DateType = Literal["DATE", "TIME", "DURATION", "SET"]
"""The TimeML TIMEX3 type of a temporal expression."""

BlockLabel = Literal[
    "headline",
    "bullet",
    "caption",
    "byline",
    "stamp",
    "body",
    "furniture",
]
"""What a block of an article is; ``furniture`` is page material that is not the article."""


@dataclass(frozen=True, config=_CONFIG)
class Span:
    """A half-open range of character offsets ``[start, end)`` into the source text.

    >>> Span(start=0, end=3)
    Span(start=0, end=3)
    >>> try:
    ...     Span(start=5, end=2)
    ... except ValueError as exc:
    ...     print("rejected")
    rejected
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character (exclusive)."""

    def __post_init__(self) -> None:
        if self.start < 0:
            raise ValueError(f"span start {self.start} is negative")
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")

    def __len__(self) -> int:
        """The number of characters covered.

        >>> len(Span(start=2, end=7))
        5
        """
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span.

        >>> Span(start=0, end=10).contains(Span(start=2, end=4))
        True
        """
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, config=_CONFIG)
class Block:
    """A labelled block (one line of the source, or part of one) inside an article.

    >>> Block(text="Share", span=Span(start=0, end=5), label="furniture", rule="furniture-phrase")
    Block(text='Share', span=Span(start=0, end=5), label='furniture', rule='furniture-phrase')
    """

    text: str
    """The block's text as written (surrounding white space and bullet marks excluded)."""
    span: Span
    """Where the block stands in the source."""
    label: BlockLabel
    """What the block is."""
    rule: str = ""
    """The name of the rule that gave the label, for bug reports."""


@dataclass(frozen=True, config=_CONFIG)
class Headline:
    """An article's headline, without site suffixes such as " | Reuters".

    >>> Headline(text="Rain returns", span=Span(start=0, end=12)).text
    'Rain returns'
    """

    text: str
    """The headline words as written."""
    span: Span
    """Where the headline stands in the source."""


@dataclass(frozen=True, config=_CONFIG)
class Bullet:
    """A summary point or standfirst sentence under the headline.

    >>> Bullet(text="Prices fell", span=Span(start=4, end=15)).text
    'Prices fell'
    """

    text: str
    """The bullet's words, without the bullet mark."""
    span: Span
    """Where the bullet's words stand in the source."""


@dataclass(frozen=True, config=_CONFIG)
class Caption:
    """A photo caption with its credit.

    >>> c = Caption(text="A man walks. (AP)", span=Span(start=0, end=17), credit="AP")
    >>> c.credit
    'AP'
    """

    text: str
    """The whole caption line as written, credit included."""
    span: Span
    """Where the caption stands in the source."""
    credit: str | None = None
    """The photo credit ("AP", "Reuters/Jane Doe", "Getty Images"), or None if not given."""


@dataclass(frozen=True, config=_CONFIG)
class Byline:
    """The byline and the authors named in it.

    >>> b = Byline(text="By Ann Lee and Bo Tan", span=Span(start=0, end=21),
    ...            authors=("Ann Lee", "Bo Tan"))
    >>> b.authors
    ('Ann Lee', 'Bo Tan')
    """

    text: str
    """The byline as written ("By Ann Lee and Bo Tan")."""
    span: Span
    """Where the byline stands in the source."""
    authors: tuple[str, ...] = ()
    """The authors' names, in the order written; agencies when no person is named."""


@dataclass(frozen=True, config=_CONFIG)
class Timestamp:
    """A published or updated stamp, absolute ("27 October 2022") or relative ("3 hours ago").

    >>> t = Timestamp(text="Updated 3 hours ago", span=Span(start=0, end=19), kind="updated",
    ...               value=None, relative=True)
    >>> t.value is None
    True
    """

    text: str
    """The stamp as written, label included ("Updated 27 October 2022")."""
    span: Span
    """Where the stamp stands in the source."""
    kind: Literal["published", "updated"] = "published"
    """Whether the stamp says when the article was published or last updated."""
    value: dt.datetime | None = None
    """The resolved moment; None when relative and no ``now`` was given, or unreadable."""
    relative: bool = False
    """Whether the stamp is written relative to the time of reading ("37 min ago")."""


@dataclass(frozen=True, config=_CONFIG)
class Dateline:
    """The place (and agency) that opens a story: "OTTAWA:", "KYIV, Ukraine (AP) —".

    >>> d = Dateline(text="KYIV, Ukraine (AP) —", span=Span(start=0, end=20),
    ...              location="KYIV, Ukraine", agency="AP")
    >>> d.location, d.agency
    ('KYIV, Ukraine', 'AP')
    """

    text: str
    """The dateline as written, with its punctuation."""
    span: Span
    """Where the dateline stands in the source."""
    location: str
    """The place as written ("OTTAWA", "KYIV, Ukraine", "BEIRUT/THE HAGUE")."""
    agency: str | None = None
    """The news agency named in it ("AP", "Reuters", "AFP"), or None."""
    date: str | None = None
    """A date written in the dateline ("Oct 27"), as written, or None."""


@dataclass(frozen=True, config=_CONFIG)
class Paragraph:
    """A body paragraph of an article.

    >>> Paragraph(text="It rained.", span=Span(start=0, end=10)).text
    'It rained.'
    """

    text: str
    """The paragraph as written (a leading dateline included)."""
    span: Span
    """Where the paragraph stands in the source."""


@dataclass(frozen=True, config=_CONFIG)
class Speaker:
    """Who a quote is attributed to.

    >>> s = Speaker(name="Antony Blinken", mention="he", span=Span(start=3, end=5),
    ...             title="US Secretary of State")
    >>> s.name, s.mention
    ('Antony Blinken', 'he')
    """

    name: str
    """The canonical name, the fullest form of this speaker's name in the article."""
    mention: str
    """The speaker as written at the quote ("he", "Blinken", "the embassy")."""
    span: Span
    """Where the mention stands in the source."""
    title: str | None = None
    """The speaker's title or role ("US Secretary of State"), or None."""


@dataclass(frozen=True, config=_CONFIG)
class Quote:
    """Words attributed to a speaker: direct, indirect (reported) or mixed.

    >>> q = Quote(text="It is appalling", span=Span(start=1, end=16), kind="direct", cue="said")
    >>> q.kind, q.cue
    ('direct', 'said')
    """

    text: str
    """The quoted words without the quote marks; for indirect speech the reported content."""
    span: Span
    """Where ``text`` stands in the source."""
    kind: QuoteKind
    """Direct (the speaker's words in marks), indirect (paraphrase) or mixed (both)."""
    cue: str | None = None
    """The speech cue as written ("said", "vowed", "according to"), or None."""
    speaker: Speaker | None = None
    """Who said it, or None when no speaker could be found."""
    cue_span: Span | None = None
    """Where the cue stands in the source, or None."""
    rule: str = ""
    """The name of the rule that found the quote, for bug reports."""


@dataclass(frozen=True, config=_CONFIG)
class Quantity:
    """A number with its unit, what it counts and how sure the text is of it.

    >>> q = Quantity(text="around 400 drones", span=Span(start=0, end=17), value=400.0,
    ...              counted="drones", qualifier="approx")
    >>> q.value, q.qualifier
    (400.0, 'approx')
    """

    text: str
    """The quantity as written, qualifier included ("more than 80 percent")."""
    span: Span
    """Where the quantity stands in the source."""
    value: float | None = None
    """The value; None for ranges and vague magnitudes, which use ``low`` and ``high``."""
    low: float | None = None
    """The lower bound of a range or vague magnitude, else None."""
    high: float | None = None
    """The upper bound of a range or vague magnitude, else None."""
    unit: str | None = None
    """The canonical unit ("percent", "USD", "day", "km"); None for plain counts."""
    counted: str | None = None
    """The noun phrase counted ("Iranian drones"), or None."""
    qualifier: QuantityQualifier = "exact"
    """How sure the text is (exact, approx, more_than, at_least, less_than, at_most, range)."""
    rule: str = ""
    """The name of the rule that read the quantity ("digits", "words", "range", "vague",
    "fraction", ...), for bug reports."""


@dataclass(frozen=True, config=_CONFIG)
class DateMention:
    """A temporal expression normalised like TimeML TIMEX3.

    >>> m = DateMention(text="Thursday", span=Span(start=0, end=8), type="DATE", value="2022-10-27",
    ...                 start=dt.datetime(2022, 10, 27), end=dt.datetime(2022, 10, 28))
    >>> m.value
    '2022-10-27'
    """

    text: str
    """The expression as written ("last month", "January 16-20")."""
    span: Span
    """Where the expression stands in the source."""
    type: DateType
    """The TIMEX3 type (DATE, TIME, DURATION or SET)."""
    value: str
    """The TIMEX3 value ("2022-10-27", "2022-W43", "P5D", "PAST_REF", "XXXX-01-16")."""
    start: dt.datetime | None = None
    """The start of the interval meant, or None when it cannot be resolved."""
    end: dt.datetime | None = None
    """The end of the interval meant (exclusive), or None when it cannot be resolved."""
    rule: str = ""
    """The name of the rule that read the expression ("weekday", "relative", "md_range",
    "duration", ...), for bug reports."""


@dataclass(frozen=True, config=_CONFIG)
class Article:
    """One article: its parts and the facts found in it.

    >>> a = Article(text="Hi", span=Span(start=0, end=2))
    >>> a.headline is None, a.quotes
    (True, ())
    """

    text: str
    """The article's text as it stands in the source, furniture inside it included."""
    span: Span
    """Where the article stands in the source."""
    headline: Headline | None = None
    """The headline, or None."""
    bullets: tuple[Bullet, ...] = ()
    """Summary points or standfirst under the headline."""
    caption: Caption | None = None
    """The photo caption, or None."""
    byline: Byline | None = None
    """The byline, or None."""
    published: Timestamp | None = None
    """When the article was published, or None."""
    updated: Timestamp | None = None
    """When the article was last updated, or None."""
    dateline: Dateline | None = None
    """The dateline opening the story, or None."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body paragraphs, in order; page furniture is not body."""
    quotes: tuple[Quote, ...] = ()
    """Quotes found in the headline, bullets and body."""
    quantities: tuple[Quantity, ...] = ()
    """Quantities found in the headline, bullets, caption and body."""
    dates: tuple[DateMention, ...] = ()
    """Temporal expressions found in the headline, bullets, caption and body."""
    blocks: tuple[Block, ...] = ()
    """Every labelled block of the article in order, furniture included."""


@dataclass(frozen=True, config=_CONFIG)
class Document:
    """The result of :func:`newsparse.parse`: the source text and the articles found in it.

    >>> doc = Document(text="", span=Span(start=0, end=0))
    >>> Document.from_json(doc.to_json()) == doc
    True
    """

    text: str
    """The source text, unchanged."""
    span: Span
    """The whole text, ``Span(0, len(text))``."""
    articles: tuple[Article, ...] = ()
    """The articles, in order; they do not overlap."""

    def to_dict(self) -> dict[str, Any]:
        """The document as plain JSON types (dicts, lists, str, int, float, bool, None).

        Datetimes become ISO 8601 strings.

        >>> Document(text="x", span=Span(start=0, end=1)).to_dict()
        {'text': 'x', 'span': {'start': 0, 'end': 1}, 'articles': []}
        """
        result: dict[str, Any] = _DOCUMENT_ADAPTER.dump_python(self, mode="json")
        return result

    def to_json(self, *, indent: int | None = None) -> str:
        """The document as a JSON string (non-ASCII characters kept as they are).

        >>> Document(text="é", span=Span(start=0, end=1)).to_json()
        '{"text": "é", "span": {"start": 0, "end": 1}, "articles": []}'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output.

        >>> d = Document(text="x", span=Span(start=0, end=1))
        >>> Document.from_dict(d.to_dict()) == d
        True
        """
        return _DOCUMENT_ADAPTER.validate_python(data)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        """Rebuild a document from :meth:`to_json` output.

        >>> Document.from_json('{"text": "", "span": {"start": 0, "end": 0}}').articles
        ()
        """
        return _DOCUMENT_ADAPTER.validate_json(data)


_DOCUMENT_ADAPTER: TypeAdapter[Document] = TypeAdapter(Document)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`Document.to_dict` output.

    >>> schema = json_schema()
    >>> schema["title"], sorted(schema["properties"])
    ('Document', ['articles', 'span', 'text'])
    """
    schema: dict[str, Any] = _DOCUMENT_ADAPTER.json_schema(mode="serialization")
    return schema
