"""Knowledge as data: the word lists and tables the stages apply, each with its sources."""

from __future__ import annotations

__all__ = ["words"]


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``: how a word list is written in this package.

    >>> sorted(words('''rain
    ...   snow  hail'''))
    ['hail', 'rain', 'snow']
    """
    return frozenset(text.split())
