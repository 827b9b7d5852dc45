"""Read one quantity at an anchor: number, multiplier, range, unit, qualifiers, counted noun.

:func:`read_at` is the whole rule set, in the order a reader meets the words; each rejection
says which negative rule fired (the ``rule`` of a :class:`Found`), for tests and bug reports.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from newsparse import _numbers_context as ctx
from newsparse import _numbers_scan as scan
from newsparse._numbers_units import Unit, read_unit
from newsparse.lexicon import numbers_currency as cur
from newsparse.lexicon import numbers_nouns as nouns
from newsparse.lexicon import numbers_words as w

Tok = scan.Tok


class Found(NamedTuple):
    """A quantity read (``rule`` names the reading), or a rejection (``keep`` False)."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    counted: str | None = None
    qualifier: str = "exact"
    rule: str = ""
    keep: bool = True


def _reject(rule: str, start: int, end: int) -> Found:
    return Found(start, end, rule=rule, keep=False)


def _number_at(text: str, toks: list[Tok], k: int) -> tuple[float, int, int] | None:
    """A number (digits or words) at ``toks[k]``: value, end offset, token index after."""
    if not (k < len(toks) or scan.more(toks, k)):
        return None
    tok = toks[k]
    if tok.kind == "num":
        m = scan.NUM_AT.match(text, tok.start)
        if m is None:
            return None
        j = k
        while (j < len(toks) or scan.more(toks, j)) and toks[j].start < m.end():
            j += 1
        return scan.digits_value(m.group()), m.end(), j
    if tok.kind == "word" and tok.text.lower() in {*w.UNITS, *w.TENS}:
        wn = scan.read_words(toks, k)
        if wn is not None and wn.next > k:
            return wn.value, toks[wn.next - 1].end, wn.next
    return None


def _multiplier(toks: list[Tok], j: int, money: bool) -> tuple[float, int]:
    if (j < len(toks) or scan.more(toks, j)) and toks[j].kind == "word":
        mult = scan.read_multiplier(toks[j], money)
        if mult is not None:
            return mult, j + 1
    return 1.0, j


def _postfix(toks: list[Tok], j: int) -> tuple[str | None, int]:
    if not (j < len(toks) or scan.more(toks, j)):
        return None, j
    tok = toks[j]
    low = tok.text.lower()
    if low == "or" and (j + 1 < len(toks) or scan.more(toks, j + 1)):
        key = "or " + toks[j + 1].text.lower()
        if key in w.QUALIFIERS_AFTER:
            return w.QUALIFIERS_AFTER[key], j + 2
    if tok.text == "+" and not tok.gap:
        return "more_than", j + 1
    if tok.text in "-‐" and not tok.gap and (j + 1 < len(toks) or scan.more(toks, j + 1)):
        nxt = toks[j + 1].text.lower()
        if nxt in ("plus", "odd") and not toks[j + 1].gap:
            return w.QUALIFIERS_AFTER[nxt], j + 2
    return None, j


def _qualifier_before(text: str, lo: int, start: int) -> tuple[str | None, str | None, int]:
    """(qualifier, range opener, start of the phrase) right before ``start``."""
    m = scan.qualifier_before(text, max(lo, start - 32), start)
    if m is None:
        return None, None, start
    if m.group("q"):
        key = " ".join(m.group("q").lower().split())
        return w.QUALIFIERS_BEFORE.get(key), None, m.start()
    return None, m.group("r").lower(), m.start()


_YEAR_BEFORE = frozenset(
    {
        "in", "since", "by", "until", "till", "of", "from", "to", "during", "before", "after",
        "the", "early", "late", "mid", "around", "about", "circa", "c.", "between", "and", "or",
        "year", "’s", "'s",
    }
)  # fmt: skip
_JOINERS = frozenset({"-", "–", "—", "to", "through", "~"})
_VAGUE_SCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen"}


# The anchor's groups by number: ``regex`` finds a group by name about four times slower.
_NUM = scan.ANCHOR.groupindex["num"]
_WORD = scan.ANCHOR.groupindex["word"]


def read_at(
    text: str,
    m: re.Match[str] | regex.Match[str],
    block: scan.BlockTokens,
    lo: int,
    antecedent: str | None,
) -> Found | None:
    """Read the quantity whose number starts at anchor ``m`` inside a block starting at ``lo``."""
    s = m.start()
    # The three tokens before the number, read where a rule needs them (most amounts never do).
    back: list[Tok] | None = None
    raw = m.group(_NUM)
    start = s
    fraction = False
    low_v: float | None = None
    high_v: float | None = None
    rule = "digits"
    if raw is not None:
        value = scan.digits_value(raw)
        toks: list[Tok] = block.after(m.end(), 12)
        j = 0
        nxt = toks[0] if toks else None
        if nxt is not None and not nxt.gap:
            low = nxt.text.lower()
            if nxt.kind == "word" and low in ("st", "nd", "rd", "th", "s"):
                return _reject("ordinal-or-decade", s, nxt.end)
            has_second = len(toks) > 1 or scan.more(toks, 1)
            if nxt.text in ("'", "’") and has_second and toks[1].text == "s":
                return _reject("decade", s, toks[1].end)
            if nxt.text in "/" and has_second and toks[1].kind == "num" and not toks[1].gap:
                den = toks[1].text
                has_third = len(toks) > 2 or scan.more(toks, 2)
                third_slash = has_third and toks[2].text in "/" and not toks[2].gap
                if (
                    raw.isdigit()
                    and den.isdigit()
                    and int(raw) < int(den) <= 10
                    and not third_slash
                ):
                    value = int(raw) / int(den)
                    fraction = True
                    j = 2
                if not fraction:
                    return _reject("date-or-path", s, toks[1].end)
            elif nxt.text in "/@_" or (nxt.text == "." and has_second and not toks[1].gap):
                per_unit = nxt.text == "/" and has_second and toks[1].kind == "word"
                if not (per_unit and _money_before(text, lo, s)):
                    return _reject("path-or-address", s, nxt.end)
                toks = []  # "$39.99/month": the amount, per month
        if j == 0 and _mixed_fraction(toks):
            value += int(toks[0].text) / int(toks[2].text)
            j = 3
        if nxt is not None and not nxt.gap and nxt.text in ".)":
            back = block.before(s, 3)
            if not back:
                return _reject("list-marker", s, nxt.end)
        t_m = ctx.time_after(text, m.end())
        if t_m is not None:
            return _reject("clock-time", s, t_m.end())
        st_m = ctx.stamp_after(text, m.end())
        if st_m is not None:
            return _reject("relative-stamp", s, st_m.end())
        ph_s = s - 1 if s > lo and text[s - 1] in "+(" else s
        # Only a match running past the character after the number rejects it.
        ph_m = ctx.PHONE_AT.match(text, ph_s) if ctx.phone_runs_past(text, m.end()) else None
        if ph_m is not None and ph_m.end() > m.end() + 1 and _digit_count(ph_m.group()) >= 8:
            return _reject("phone", ph_s, ph_m.end())
        tp_m = ctx.TRUNK_PHONE_AT.match(text, ph_s) if raw[:1] == "0" else None
        if tp_m is not None and _digit_count(tp_m.group()) >= 9:
            return _reject("phone", ph_s, tp_m.end())
        if raw.isdigit() and (len(raw) >= 7 or (len(raw) > 1 and raw[0] == "0")):
            unit_after = read_unit(text, toks, j, money=False, mult=False)
            c_m = scan.currency_before(text, max(lo, s - 8), s)
            if unit_after is None and c_m is None:
                return _reject("id-or-code", s, m.end())
    else:
        word = m.group(_WORD).lower()
        toks = block.after(s, 14)
        back = block.before(s, 3)
        prev = back[-1] if back else None
        prev_low = prev.text.lower() if prev is not None else ""
        rule = "words"
        if word in w.VAGUE:
            return _read_vague(text, toks, word, s, lo, antecedent=antecedent)
        if word in w.FRACTIONS or word in _SCALE_WORDS:
            if prev_low in w.ARTICLE_ONE and prev is not None:
                start = prev.start
            elif word == "half":
                pass
            elif prev_low in w.VAGUE_BEFORE and word in _SCALE_WORDS and prev is not None:
                return _read_several(text, toks, prev, lo, antecedent=antecedent)
            else:
                return _reject("ordinal-or-bare-word", s, m.end())
        if word == "half" and start == s:
            return _read_half(text, toks, s, lo)
        wn = scan.read_words(toks, 0)
        if wn is None:
            return _reject("not-a-number", s, m.end())
        value, fraction = wn.value, wn.fraction
        j = wn.next
        if prev is not None and prev_low in nouns.ID_NOUNS:
            return _reject("name-or-id", s, toks[wn.next - 1].end)
        if word == "one" and wn.next == 1:
            after = toks[1].text.lower() if (len(toks) > 1 or scan.more(toks, 1)) else ""
            if after in nouns.ONE_NOT_COUNT_AFTER or prev_low in nouns.ONE_NOT_COUNT_BEFORE:
                return _reject("one-pronoun", s, m.end())

    # Currency before the number, then qualifier or range opener before that.
    money: str | None = None
    c_m = scan.currency_before(text, max(lo, start - 8), start)
    if c_m is not None:
        sym = c_m.group("sym")
        money = cur.SYMBOLS[sym] if sym else cur.CODE_ALIASES.get(c_m["code"], c_m["code"])
        if c_m.group("neg"):
            value = -value
        start = c_m.start()
    elif raw is not None and _minus_before(text, lo, start):
        value, start = -value, start - 1
    qualifier, opener, q_start = _qualifier_before(text, lo, start)

    num_end = toks[j - 1].end if j > 0 else m.end()
    mult, j = _multiplier(toks, j, money is not None)
    has_mult = mult != 1.0
    if _million_m(toks, j) and not has_mult and money is None:
        mult, j, has_mult = 1e6, j + 1, True
    value *= mult
    unit = read_unit(text, toks, j, money=money is not None, mult=has_mult)
    if unit is not None:
        j = unit.next
    # Ratios: "1 in 5", "four out of five".
    ratio = _ratio(text, toks, j) if unit is None and money is None and not has_mult else None
    if ratio is not None and 0 < value < ratio[0]:
        value, j, fraction, rule = value / ratio[0], ratio[1], True, "ratio"
    # Ranges: "10-20", "10 to 20", "between 10 and 20", "$5m-$10m".
    if j < len(toks) or scan.more(toks, j):
        joiner = toks[j].text.lower()
        ok_join = joiner in _JOINERS or (joiner == "and" and opener == "between")
        k = j + 1
        has_k = k < len(toks) or scan.more(toks, k)
        if ok_join and money and has_k and toks[k].text in ("$", "€", "£", "¥"):
            k += 1
        second = _number_at(text, toks, k) if ok_join else None
        if second is not None:
            v2, _end2, k2 = second
            mult2, k2 = _multiplier(toks, k2, money is not None)
            if mult2 != 1.0 and not has_mult and value < v2:
                value *= mult2
            v2 *= mult2
            hyphen = joiner in ("-", "–", "—")
            if raw is not None and ctx.is_year(raw) and v2 >= 1000:
                return _reject("year-range", s, toks[k2 - 1].end)
            unit2 = read_unit(text, toks, k2, money=money is not None, mult=mult2 != 1.0)
            clash = unit is not None and unit2 is not None and unit2.name != unit.name
            if value < v2 and not clash:
                if unit2 is not None:
                    unit, k2 = unit2, unit2.next
                low_v, high_v, j = value, v2, k2
                rule = "range"
            elif hyphen:
                return _reject("score-or-code", s, toks[k2 - 1].end)
    end = toks[j - 1].end if j > 0 else num_end

    # Dates: a month name before or after ("27 October", "January 16-20").
    plain_small = raw is not None and raw.isdigit() and int(raw) <= 31
    nxt_tok = toks[j] if (j < len(toks) or scan.more(toks, j)) else None
    if plain_small:
        if ctx.is_month(nxt_tok):
            return _reject("date", s, end)
        if back is None:
            back = block.before(s, 3)
        if ctx.month_before(back):
            return _reject("date", s, end)
    year_like = (
        raw is not None
        and ctx.is_year(raw)
        and money is None
        and not has_mult
        and unit is None
        and low_v is None
    )
    if year_like:
        if back is None:
            back = block.before(s, 3)
        if not back or back[-1].text.lower() in _YEAR_BEFORE:
            return _reject("year", s, end)
    if (
        raw is not None
        and unit is None
        and not has_mult
        and nxt_tok is not None
        and nxt_tok.kind == "word"
        and not nxt_tok.gap
    ):
        return _reject("code", s, nxt_tok.end)
    bare = raw is not None and raw.isdigit() and money is None and unit is None and not has_mult
    if bare:
        if back is None:
            back = block.before(s, 3)
        if ctx.is_name_before(back):
            return _reject("name-or-id", s, end)
    compound = unit is None and _hyphen_word(toks, j)
    counts_noun = compound and toks[j + 1].text.lower() in nouns.COMPOUND_COUNTS
    if counts_noun and money is None:
        j += 2  # "a 12-member panel", "a 1,000-strong force": the count, then its noun
        end = toks[j - 1].end
        compound = False
    if compound and toks[j + 1].text.lower() not in ("plus", "odd"):
        return _reject("hyphen-compound", s, toks[j + 1].end)

    post, j2 = _postfix(toks, j)
    if post is not None:
        qualifier, j = post, j2
        end = toks[j - 1].end
    if unit is not None and unit.kind == "time" and _hyphen_word(toks, j, "old"):
        j += 2
        end = toks[j - 1].end
    if unit is not None:
        value *= unit.factor
        if low_v is not None and high_v is not None:
            low_v, high_v = low_v * unit.factor, high_v * unit.factor

    counted: str | None = None
    if unit is None or unit.kind == "percent":
        found, via_of = ctx.counted_after(
            text,
            toks,
            j,
            singular=(value == 1 and low_v is None) or counts_noun,
            allow_of=True,
        )
        if found is not None and (via_of or unit is None):
            counted = antecedent if found.text == ctx.ANTECEDENT else found.text
            if not via_of:
                end = found.end
    if year_like and counted is None:
        return _reject("year", s, end)
    if raw is None and value == 1 and counted is None and unit is None and not has_mult:
        return _reject("one-alone", s, end)

    if qualifier is not None and unit is not None and unit.kind == "time":
        key = text[q_start:start].strip().lower()
        age = _hyphen_word(toks, j, "old") or (
            (j < len(toks) or scan.more(toks, j)) and toks[j].text.lower() == "old"
        )
        if key in w.DURATION_PREPOSITIONS and not age:
            qualifier = None
    if low_v is not None:
        if opener is not None or qualifier is not None:
            start = q_start
        unit_name = _unit_name(unit, money)
        return Found(start, end, None, low_v, high_v, unit_name, counted, "range", rule)
    if qualifier is not None:
        start = q_start
    rule = "fraction" if fraction else rule
    return Found(
        start, end, value, None, None, _unit_name(unit, money), counted, qualifier or "exact", rule
    )


def _ratio(text: str, toks: list[Tok], j: int) -> tuple[float, int] | None:
    """ "in 5" or "out of five" after a count: the whole and the token index after it."""
    if not (j < len(toks) or scan.more(toks, j)):
        return None
    low = toks[j].text.lower()
    k = j + 1 if low == "in" else j + 2
    if low == "out" and not (
        (j + 1 < len(toks) or scan.more(toks, j + 1)) and toks[j + 1].text.lower() == "of"
    ):
        return None
    if low not in ("in", "out"):
        return None
    second = _number_at(text, toks, k)
    if second is None or not 1 < second[0] < 1000 or second[0] != int(second[0]):
        return None
    return second[0], second[2]


def _money_before(text: str, lo: int, s: int) -> bool:
    return scan.currency_before(text, max(lo, s - 8), s) is not None


def _mixed_fraction(toks: list[Tok]) -> bool:
    """ "10 1/2": a small proper fraction after a whole number."""
    if not (len(toks) > 2 or scan.more(toks, 2)):
        return False
    if not toks[0].gap or toks[1].text != "/" or toks[1].gap or toks[2].gap:
        return False
    num, den = toks[0].text, toks[2].text
    if not (num.isdigit() and den.isdigit()) or not 0 < int(num) < int(den) <= 16:
        return False
    return not ((len(toks) > 3 or scan.more(toks, 3)) and toks[3].text == "/" and not toks[3].gap)


def _minus_before(text: str, lo: int, start: int) -> bool:
    """Whether a minus sign stands right before ``start``, itself after a space ("to -5")."""
    if start > lo and text[start - 1] in "-−" and (start - 1 == lo or text[start - 2] == " "):
        return True
    if start <= lo or text[start - 1] != " ":
        return False  # the words end with a space (no other character lowers to one)
    word = text[max(lo, start - 9) : start].lower()
    return word.endswith(("minus ", "negative "))


def _digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _million_m(toks: list[Tok], j: int) -> bool:
    """ "5m users": an attached "m" before a plural noun is a million, not metres."""
    return (
        (j + 1 < len(toks) or scan.more(toks, j + 1))
        and not toks[j].gap
        and toks[j].text == "m"
        and ctx.is_plural(toks[j + 1])
    )


def _hyphen_word(toks: list[Tok], j: int, word: str | None = None) -> bool:
    """Whether ``toks[j:]`` is a hyphen joined to a word ("-member", "-old")."""
    if not (j + 1 < len(toks) or scan.more(toks, j + 1)):
        return False
    if toks[j].text not in ("-", "‐") or toks[j].gap:
        return False
    nxt = toks[j + 1]
    if nxt.kind != "word" or nxt.gap:
        return False
    return word is None or nxt.text.lower() == word


def _unit_name(unit: Unit | None, money: str | None) -> str | None:
    if money is not None:
        return money
    return unit.name if unit is not None else None


def _read_half(text: str, toks: list[Tok], s: int, lo: int) -> Found | None:
    """ "half a million", "half an hour", "half of the voters", "half the country"."""
    if (len(toks) > 2 or scan.more(toks, 2)) and toks[1].text.lower() in ("a", "an"):
        mult = scan.read_multiplier(toks[2], money=False)
        if toks[2].text.lower() in ("dozen",):
            mult = 12.0
        if mult is not None:
            found, via_of = ctx.counted_after(text, toks, 3, singular=False, allow_of=True)
            counted = found.text if found is not None and found.text != ctx.ANTECEDENT else None
            end = found.end if found is not None and counted and not via_of else toks[2].end
            return Found(s, end, 0.5 * mult, counted=counted, rule="half-multiplier")
        unit = read_unit(text, toks, 2, money=False, mult=False)
        if unit is not None:
            return Found(s, toks[unit.next - 1].end, 0.5, unit=unit.name, rule="half-unit")
    if (len(toks) > 1 or scan.more(toks, 1)) and toks[1].text.lower() in ("of", "the"):
        j = 1 if toks[1].text.lower() == "of" else 2
        found, _ = ctx.counted_after(text, toks, j, singular=False, allow_of=True)
        if found is None and j == 2:
            found, _ = ctx.counted_after(text, toks, 2, singular=True, allow_of=False)
        qualifier, _, q_start = _qualifier_before(text, lo, s)
        return Found(
            q_start if qualifier else s,
            toks[0].end,
            0.5,
            counted=found.text if found is not None and found.text != ctx.ANTECEDENT else None,
            qualifier=qualifier or "exact",
            rule="fraction",
        )
    return _reject("half-other", s, toks[0].end)


def _read_several(
    text: str, toks: list[Tok], prev: Tok, lo: int, *, antecedent: str | None
) -> Found | None:
    """ "several thousand people", "a few hundred": a vague count of a multiplier."""
    low_f, high_f = w.VAGUE_BEFORE[prev.text.lower()]
    mult = w.MULTIPLIERS.get(toks[0].text.lower(), 1.0)
    start = prev.start
    if prev.text.lower() == "few" and text[max(lo, start - 2) : start].lower() == "a ":
        start -= 2
    found, _ = ctx.counted_after(text, toks, 1, singular=False, allow_of=True)
    end = found.end if found is not None and found.text != ctx.ANTECEDENT else toks[0].end
    counted = None
    if found is not None:
        counted = antecedent if found.text == ctx.ANTECEDENT else found.text
    return Found(start, end, None, low_f * mult, high_f * mult, None, counted, "range", "vague")


def _read_vague(
    text: str, toks: list[Tok], word: str, s: int, lo: int, *, antecedent: str | None
) -> Found | None:
    """ "tens of billions of dollars", "hundreds of people", "dozens", "thousands"."""
    low, high = w.VAGUE[word]
    j = 1
    of_scale = (len(toks) > 2 or scan.more(toks, 2)) and toks[1].text.lower() == "of"
    if of_scale and toks[2].text.lower() in _VAGUE_SCALE:
        scale = _VAGUE_SCALE[toks[2].text.lower()]
        low, high = low * scale, high * scale
        j = 3
    elif word in w.VAGUE_NEEDS_OF and not (
        (len(toks) > 1 or scan.more(toks, 1)) and toks[1].text.lower() == "of"
    ):
        return _reject("vague-needs-of", s, toks[0].end)
    if toks[0].text[:1].isupper() and s > lo and text[s - 1] not in " \t\"“‘'(":
        return _reject("vague-in-name", s, toks[0].end)
    end = toks[j - 1].end
    unit_name: str | None = None
    counted: str | None = None
    if (j + 1 < len(toks) or scan.more(toks, j + 1)) and toks[j].text.lower() == "of":
        unit = read_unit(text, toks, j + 1, money=False, mult=True)
        if unit is not None and unit.kind in ("money", "unit", "time"):
            unit_name, end = unit.name, toks[unit.next - 1].end
        else:
            found, _ = ctx.counted_after(text, toks, j, singular=False, allow_of=True)
            if found is not None:
                counted = antecedent if found.text == ctx.ANTECEDENT else found.text
                end = found.end
    elif word in w.VAGUE_NEEDS_OF:
        return _reject("vague-needs-of", s, end)
    qualifier, _, q_start = _qualifier_before(text, lo, s)
    return Found(
        q_start if qualifier else s,
        end,
        None,
        low,
        high,
        unit_name,
        counted,
        qualifier or "range",
        "vague",
    )


__all__ = ["Found", "read_at", "read_unit"]
