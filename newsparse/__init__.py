"""newsparse: raw news text to structured, typed, span-anchored data.

>>> import newsparse
>>> doc = newsparse.parse("Rain returns\\n\\nIt rained on Monday.")
>>> doc.articles[0].headline.text
'Rain returns'
"""

from __future__ import annotations

from newsparse.api import parse
from newsparse.batch import parse_many
from newsparse.errors import InputTypeError, NewsparseError, OptionError
from newsparse.models import (
    Article,
    Block,
    Bullet,
    Byline,
    Caption,
    Dateline,
    DateMention,
    Document,
    Headline,
    Paragraph,
    Quantity,
    Quote,
    Span,
    Speaker,
    Timestamp,
    json_schema,
)
from newsparse.render import render_html

__version__ = "0.1.0.dev0"

__all__ = [
    "Article",
    "Block",
    "Bullet",
    "Byline",
    "Caption",
    "DateMention",
    "Dateline",
    "Document",
    "Headline",
    "InputTypeError",
    "NewsparseError",
    "OptionError",
    "Paragraph",
    "Quantity",
    "Quote",
    "Span",
    "Speaker",
    "Timestamp",
    "__version__",
    "json_schema",
    "parse",
    "parse_many",
    "render_html",
]
