"""newsparse: raw news text to structured, typed, span-anchored data.

>>> import newsparse
>>> doc = newsparse.parse("Rain returns\\n\\nIt rained on Monday.")
>>> doc.articles[0].headline.text
'Rain returns'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """``render_html`` is imported when first asked for: drawing HTML is no part of parsing,
    and its imports (``html`` and the style sheet) would add ~7 ms to ``import newsparse``.

    >>> import newsparse
    >>> newsparse.render_html.__module__
    'newsparse.render'
    """
    if name in ("render", "render_html"):
        render = importlib.import_module("newsparse.render")  # sets ``render`` here too
        globals()["render_html"] = render.render_html
        return render.render_html if name == "render_html" else render
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
