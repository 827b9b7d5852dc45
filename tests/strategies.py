"""Hypothesis strategies for the robustness tests: arbitrary text and edited news text.

The fixture articles below were written for these tests by the newsparse authors; they imitate
the shapes of real pages (headline, standfirst, byline, stamps, dateline, caption, quotes,
numbers and dates, page furniture) without copying any.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Hand-written articles, each a different shape of page.
ARTICLES: tuple[str, ...] = (
    # A wire story with a dateline, quotes of every kind, quantities and dates.
    "River town counts the cost after week of floods\n"
    "By Marta Olsen and Kwame Boateng\n"
    "Published 14 March 2024, 09:12 GMT\n"
    "Updated 3 hours ago\n"
    "\n"
    "LINDENFORD, Norway (AP) — More than 1,200 homes were flooded in Lindenford last week, "
    "and about 40% of the old town's shops remain closed, the mayor said on Tuesday.\n"
    "\n"
    "“We have never seen water this high,” said Mayor Ingrid Dahl. “Not in my lifetime.”\n"
    "\n"
    "Dahl said repairs would cost at least $3.2bn and take 18 months. The regional "
    "council, according to its spokesman, has set aside 450 million kroner.\n"
    "\n"
    "Residents who returned on Monday described mud up to 2 metres deep. \"It's everywhere,\" "
    "one shop owner told reporters, calling the response 'far too slow'.\n",
    # A feature with bullets, a photo caption and a credit line.
    "Schools switch to four-day week to save on heating\n"
    "- Dozens of rural schools will close on Fridays from January\n"
    "- Unions say teachers were not consulted\n"
    "\n"
    "Pupils arrive at Hillcrest Primary on 5 September. Photograph: Jane Roe/Getty Images\n"
    "\n"
    "By Samir Haddad, Education correspondent\n"
    "Mon 4 Nov 2024 06.00 EST\n"
    "\n"
    "Around 60 schools across the county will move to a four-day week in January, officials "
    "announced on Monday, in a bid to cut fuel bills by roughly a quarter.\n"
    "\n"
    "The head of the teachers' union, Paula Quint, said the plan was \"rushed and unfair\" "
    "and warned that two thirds of staff could lose pay.\n"
    "\n"
    "A county spokesperson said the change would be reviewed after six months.\n",
    # Page furniture around a short item, with a relative stamp and a numbered list.
    "Home | World | Business | Sport\n"
    "Share this article\n"
    "Advertisement\n"
    "\n"
    "Ferry service resumes after storm\n"
    "37 min ago\n"
    "\n"
    "The first ferry in three days left the harbour at 7.30am with 212 passengers and "
    "58 cars on board, the operator said.\n"
    "\n"
    "1. Check your sailing before you travel\n"
    "2. Allow an extra 30 minutes at the port\n"
    "\n"
    "Related: Storm warning issued for the west coast\n"
    "Sign up to our newsletter\n",
    # A terse market report full of numbers, ranges and odd punctuation.
    "Markets: oil slips as stocks edge higher\n"
    "\n"
    "LONDON: Brent crude fell 1.8% to $81.40 a barrel on Thursday, while the FTSE 100 "
    "rose 0.4 per cent. Analysts expect a range of $75-$90 through Q3 2025.\n"
    "\n"
    "Gold was little changed at £1,640 an ounce; between 10 and 15 tonnes changed hands "
    "in the first hour. Trading volumes were about half the 30-day average.\n",
)

#: Marks doubled, dropped or inserted by the edits: every quotation style we read.
QUOTE_MARKS = ("\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」")

#: Odd characters spliced in by the edits: control, zero-width, RTL, NBSP, line separators.
ODD_CHARS = (
    "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u00a0", "\u200b", "\u200d",
    "\u200e", "\u200f", "\u202e", "\u2028", "\u2029", "\ufeff", "\r", "\r\n", "\t", "—",
    "…", "😀", "👩‍👩‍👧", "\U0010fffd", "٣", "١٢٣", "שלום", "مرحبا",
)

#: Any Unicode text except lone surrogates (which a ``str`` read from a file cannot hold).
any_char = st.characters(exclude_categories=("Cs",))
any_text = st.text(any_char, max_size=400)

#: Text biased to the characters our stages react to, so the rules actually fire.
_REACTIVE = st.sampled_from(
    [*QUOTE_MARKS, *ODD_CHARS, " ", "\n", "\n\n", ".", ",", ":", "-", "(", ")", "$", "%",
     "1", "2", "0", "By ", "said", " said ", "Mr ", "on Monday", "March", "2024", "ago",
     "Updated ", "(AP)", "—", "million", "LONDON", "A", "a"]
)
reactive_text = st.lists(_REACTIVE, max_size=120).map("".join)


@st.composite
def _edit(draw: st.DrawFn, text: str) -> str:
    """One random edit of ``text``, chosen among the kinds of damage real input shows."""
    kind = draw(
        st.sampled_from(
            ["delete_line", "double_mark", "drop_mark", "cut", "splice", "line_ends",
             "dup_line", "strip_blank", "insert_text", "html"]
        )
    )
    lines = text.split("\n")
    if kind == "delete_line" and lines:
        i = draw(st.integers(0, len(lines) - 1))
        return "\n".join(lines[:i] + lines[i + 1 :])
    if kind == "dup_line" and lines:
        i = draw(st.integers(0, len(lines) - 1))
        return "\n".join(lines[: i + 1] + lines[i:])
    if kind == "strip_blank":
        return "\n".join(line for line in lines if line.strip())
    if kind == "html":  # page source pasted as text: each line in a tag
        tag = draw(st.sampled_from(["p", "div", "li", "h1"]))
        return "\n".join(f'<{tag} class="x">{line}</{tag}>' if line else line for line in lines)
    if kind == "line_ends":
        return text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\u2028", "\n\n"])))
    if not text:
        return text
    pos = draw(st.integers(0, len(text)))
    if kind == "double_mark":
        marks = [i for i, c in enumerate(text) if c in QUOTE_MARKS]
        if marks:
            i = draw(st.sampled_from(marks))
            return text[: i + 1] + text[i:]
        return text[:pos] + draw(st.sampled_from(QUOTE_MARKS)) + text[pos:]
    if kind == "drop_mark":
        marks = [i for i, c in enumerate(text) if c in QUOTE_MARKS]
        if marks:
            i = draw(st.sampled_from(marks))
            return text[:i] + text[i + 1 :]
        return text
    if kind == "cut":  # a paragraph cut off mid-way, as by a paywall or a bad copy
        end = draw(st.integers(pos, len(text)))
        return text[:pos] + text[end:]
    if kind == "splice":
        return text[:pos] + draw(st.sampled_from(ODD_CHARS)) + text[pos:]
    return text[:pos] + draw(st.one_of(reactive_text, st.text(any_char, max_size=20))) + text[pos:]


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """One or more fixture articles, joined (sometimes with no gap), then edited a few times."""
    picked = draw(st.lists(st.sampled_from(ARTICLES), min_size=1, max_size=3))
    sep = draw(st.sampled_from(["\n\n", "\n", "", "\n\n\n\n", "\r\n\r\n", " "]))
    text = sep.join(picked)
    for _ in range(draw(st.integers(0, 6))):
        text = draw(_edit(text))
    return text


#: Every kind of text the property tests feed ``parse``.
texts = st.one_of(any_text, reactive_text, news_text())
