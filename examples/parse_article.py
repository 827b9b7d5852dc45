"""Parse an article and walk its parts and facts.

Run: python examples/parse_article.py [FILE]   (default: the sample shipped in the package)
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse
from newsparse.cli import demo_text


def main(argv: list[str]) -> None:
    text = Path(argv[0]).read_text(encoding="utf-8") if argv else demo_text()
    doc = newsparse.parse(text)
    for article in doc.articles:
        print("Headline:", article.headline.text if article.headline else None)
        if article.byline:
            print("Authors: ", ", ".join(article.byline.authors))
        if article.dateline:
            print("Dateline:", article.dateline.location, article.dateline.agency or "")
        for n, paragraph in enumerate(article.paragraphs, start=1):
            # Spans index the original text: slicing gives the paragraph back.
            assert doc.text[paragraph.span.start : paragraph.span.end] == paragraph.text
            print(f"  [{n}] {paragraph.text[:70]}")
        for quote in article.quotes:
            who = quote.speaker.name if quote.speaker else "?"
            print(f"  quote ({quote.kind}) by {who}: {quote.text[:60]}")


if __name__ == "__main__":
    main(sys.argv[1:])
