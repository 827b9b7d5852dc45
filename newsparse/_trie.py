"""Word lists as one regex alternation shaped as a prefix tree.

An alternation of many words (``said|says|saying|...``) makes the engine try every word at
each position; the same words as a prefix tree (``sa(?:id|ys|ying)``) share their common
starts, so the engine never backtracks across branches. The quote-cue scan and the numeral
scan both build their word lists this way.

>>> trie_alternation(["ten", "tens", "two"])
't(?:en(?:s)?|wo)'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_alternation"]

_Node = dict[str, "_Node"]


def trie_alternation(words: Iterable[str]) -> str:
    """An alternation of ``words`` (escaped for ``re`` and ``regex``) shaped as a prefix tree;
    where a word is the start of a longer one, the longer is tried first.

    >>> import re
    >>> re.fullmatch(trie_alternation(["a.b", "a"]), "a.b") is not None
    True
    """
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Node) -> str:
        kids = [re.escape(ch) + render(node[ch]) for ch in sorted(node) if ch]
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if kids else ""

    return render(tree)
