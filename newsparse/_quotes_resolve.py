"""Speaker resolution within the blocks read: surnames to full names, pronouns to speakers.

A first pass collects the full names written anywhere in the blocks (a bullet may say
"Blinken" before the body names "Antony Blinken"). Speakers are then resolved in the order
their mentions stand: a one-word name to the fullest name that ends (or starts) with it, a
pronoun to the most recent compatible speaker (he/she: a person; it: an organisation or a
place; they: a group or an organisation); first and second person stay unresolved.

>>> r = Resolver("Antony Blinken spoke. Later Blinken left.", [(0, 41)])
>>> r.canonical("Blinken")
'Antony Blinken'
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsparse._quotes_cues import cue_forms
from newsparse.lexicon import quotes_gender as gen
from newsparse.lexicon import quotes_speakers as lex
from newsparse.lexicon.places import is_place

__all__ = ["Entity", "Resolver"]

# Two to four capitalised words: a candidate full name ("Hossein Amir-Abdollahian"). A run
# of lower-case letters is possessive (``++``): a shorter run leaves a lower-case letter
# next, where neither a hyphen, a space nor the closing ``\b`` can match, so giving letters
# back never finds a match and only costs time (about an eighth of the scan).
_FULL_NAME = regex.compile(
    r"\b\p{Lu}\p{Ll}++(?:-\p{Lu}?\p{Ll}++)*"
    r"(?:\s+(?:(?:bin|al|de|van|von|da|di|del|le|la)\s+)?\p{Lu}\p{Ll}++(?:-\p{Lu}?\p{Ll}++)*){1,3}\b"
)
# Title-case headlines ("Obama Says Museum Opens") are not names.
_CUE_FORMS = frozenset(cue_forms())
_SKIP_LEAD = lex.NOT_NAMES | lex.TITLE_HEADS | lex.TITLE_MODIFIERS | lex.HONORIFICS
# A word that keeps a run of capitals from being a person's name: an organisation word
# ("Ministry"), a word that is never a name, or a cue verb (one set: one lookup per word).
_NOT_PERSON = lex.ORG_NAME_WORDS | lex.NOT_NAMES | _CUE_FORMS

_COMPATIBLE = {
    "pronoun:person": frozenset({"person", "name", "role"}),
    "pronoun:thing": frozenset({"org", "name"}),
    "pronoun:group": frozenset({"group", "org"}),
}


# How far back pronoun resolution looks (speakers and named people): bounded work.
_LOOKBACK = 60


def _gender(name: str, context: str) -> str:
    """ "f", "m" or "" from role words and honorifics in ``context``, else the given name.

    >>> _gender("Ann Lee", ""), _gender("Lee", "Mr. Lee"), _gender("Lee", "")
    ('f', 'm', '')
    """
    return _gender_of(context.lower().replace(",", " ").split(), name.lower().split())


def _gender_of(context: list[str], parts: list[str]) -> str:
    """:func:`_gender` of the lower-case words of the context and of the name."""
    if context:
        if not gen.FEMALE_WORDS.isdisjoint(context):
            return "f"
        if not gen.MALE_WORDS.isdisjoint(context):
            return "m"
    if len(parts) > 1 and parts[0] in gen.FEMALE_NAMES:
        return "f"
    if len(parts) > 1 and parts[0] in gen.MALE_NAMES:
        return "m"
    return ""


class Entity(NamedTuple):
    """A resolved speaker: canonical name, title and kind."""

    name: str
    """The canonical (fullest) name."""
    title: str | None
    """The title seen with the name, or None."""
    kind: str
    """person, name, org, group or role."""
    gender: str = ""
    """"f" or "m" when a given name, honorific or role word tells, else ""."""


# A spelling not read yet (a spelling read as no person's name is None).
_UNREAD = Entity("", None, "")


class Resolver:
    """Resolves speaker phrases of one article (or one text) in reading order."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        """Collect the full names written in ``text`` within ``spans``.

        >>> Resolver("Chen Zhi was held.", [(0, 18)]).canonical("Chen")
        'Chen Zhi'
        """
        self._last: dict[str, str] = {}
        self._first: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self._genders: dict[str, str] = {}
        self._history: list[tuple[int, Entity]] = []
        # Person names written anywhere in the blocks, by position: candidates for he/she.
        self._mentions: list[tuple[int, Entity]] = []
        # A name is read once per distinct spelling: what it registers depends on its words
        # alone, and registering it again changes nothing (the same name, the same title).
        read: dict[str, Entity | None] = {}
        mentions = self._mentions
        for lo, hi in spans:
            for m in _FULL_NAME.finditer(text, lo, hi):
                written = m.group()
                ent = read.get(written, _UNREAD)
                if ent is _UNREAD:
                    ent = read[written] = self._read_name(written)
                if ent is not None:
                    mentions.append((m.start(), ent))

    def _read_name(self, written: str) -> Entity | None:
        """Register a run of capitalised words as a person's name; its entity, or None.

        Its words are lowered once, all together: ``str.lower`` reads no character across
        white space (the final-sigma rule stops at it), so each is its word lowered.
        """
        words = written.split()
        lows = written.lower().split()
        n = 0  # the lead words: titles, honorifics, words that are never names
        while n < len(lows) and lows[n] in _SKIP_LEAD:
            n += 1
        if len(lows) - n < 2 or not _NOT_PERSON.isdisjoint(lows[n:]):
            return None
        # "Utah Jazz", "Phnom Penh", "New York": places and what they name.
        if is_place(words[n]) or is_place(words[n] + " " + words[n + 1]):
            return None
        name = " ".join(words[n:])
        # add_name(name), its words already split and lowered.
        last, first = lows[-1], lows[n]
        if len(name) > len(self._last.get(last, "")):
            self._last[last] = name
        if len(name) > len(self._first.get(first, "")):
            self._first[first] = name
        k = 0
        while k < n and lows[k] in lex.NOT_NAMES:
            k += 1
        title = None
        if k < n and not lex.TITLE_HEADS.isdisjoint(lows[k:n]):
            title = " ".join(words[k:n])
            self._titles.setdefault(name, title)
        return Entity(name, title, "person", _gender_of(lows[k:n], lows[n:]))

    def add_name(self, name: str) -> None:
        """Register a full name so that its surname (or first name) resolves to it.

        >>> r = Resolver("", [])
        >>> r.add_name("Ann Lee")
        >>> r.canonical("Lee")
        'Ann Lee'
        """
        words = name.split()
        if len(words) < 2:
            return
        last, first = words[-1].lower(), words[0].lower()
        if len(name) > len(self._last.get(last, "")):
            self._last[last] = name
        if len(name) > len(self._first.get(first, "")):
            self._first[first] = name

    def canonical(self, name: str) -> str:
        """The fullest registered name for a one-word name, else the name itself.

        >>> Resolver("", []).canonical("Jakarta")
        'Jakarta'
        """
        words = [w for w in name.split() if w.lower() not in lex.HONORIFICS]
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 2:
            words = [words[0].title()]  # a transcript label: "PENCE"
        if len(words) != 1:
            full = " ".join(words) if words else name
            return self._last.get(words[-1].lower(), full) if len(words) == 1 else full
        low = words[0].lower()
        return self._last.get(low) or self._first.get(low) or words[0]

    def resolve(
        self, name: str, title: str | None, kind: str, pos: int = 0, mention: str = ""
    ) -> Entity | None:
        """Resolve one speaker phrase (already described) at offset ``pos``; remember it.

        >>> r = Resolver("", [])
        >>> r.resolve("the embassy", None, "org", 10).name
        'the embassy'
        >>> r.resolve("it", None, "pronoun:thing", 50).name
        'the embassy'
        >>> r.resolve("I", None, "pronoun:first", 90) is None
        True
        """
        if kind.startswith("pronoun:"):
            ok = _COMPATIBLE.get(kind)
            if ok is None:
                return None
            # "he" cannot be a woman named just before, nor "she" a man.
            wrong = {"he": "f", "she": "m"}.get(name.lower(), "-")
            found: tuple[int, Entity] | None = None
            for at, ent in reversed(self._history[-_LOOKBACK:]):
                if ent.kind in ok and at < pos and ent.gender != wrong:
                    found = (at, ent)
                    break
            if kind == "pronoun:person":
                k = bisect.bisect_left(self._mentions, pos, key=lambda m: m[0]) - 1
                stop = max(-1, k - _LOOKBACK)
                while k > stop and self._mentions[k][1].gender == wrong:
                    k -= 1
                if k > stop and (found is None or self._mentions[k][0] > found[0]):
                    ment = self._mentions[k][1]
                    found = (
                        self._mentions[k][0],
                        ment._replace(title=ment.title or self._titles.get(ment.name)),
                    )
            if found is None:
                return None
            self._history.append((pos, found[1]))
            return found[1]
        if kind in ("person", "name"):
            full = self.canonical(name)
            if full != name or len(name.split()) > 1:
                kind = "person"
                self.add_name(full)
            name = full
        if title is not None:
            self._titles.setdefault(name, title)
        else:
            title = self._titles.get(name)
        gender = _gender(name, f"{mention} {title or ''}") if kind in ("person", "role") else ""
        if not gender:
            gender = self._genders.get(name, "")
        elif name not in self._genders:
            self._genders[name] = gender
        ent = Entity(name, title, kind, gender)
        self._history.append((pos, ent))
        return ent

    def last(self) -> Entity | None:
        """The most recent speaker resolved, or None.

        >>> Resolver("", []).last() is None
        True
        """
        return self._history[-1][1] if self._history else None
