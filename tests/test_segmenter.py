"""Foundation tests of the segmenter and headline detector, on fixtures of our own writing.

Each fixture imitates one outlet's layout (an AP wire story, a Reuters story with a "By"
byline, a page with share and read-more furniture, two articles in a row); the negatives are
lines that look like a headline, a caption or a dateline but are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import headlines as hl
from newsparse.segmenter import segment

from .conftest import assert_spans_valid

AP_STORY = """\
Drought forces river barges to carry half loads

By MARTA KOWALSKI and DEV PATEL
Published 8:14 AM GMT, August 3, 2024

A tugboat pushes barges along a shallow stretch of the river near Belton on Friday. (AP Photo/Lee Hart)

KYIV, Ukraine (AP) — Barges on the country's main river are sailing with half their usual cargo as the water level falls to its lowest point in decades, shipping firms said Friday.
Grain exporters said the cost of moving a tonne of wheat to the coast had nearly doubled since June.
"We load what the river lets us load," said one captain, who asked not to be named.
"""

REUTERS_STORY = """\
Chipmaker lifts forecast as data-centre demand surges | Reuters

By Hana Sato
October 27, 2022 6:05 AM UTC

LONDON, Oct 27 (Reuters) - A European chipmaker raised its annual sales forecast on Thursday, saying orders from data-centre builders had outrun its most optimistic plans.
Its shares rose 6% in early trading, leading the technology index higher.
The company said it would add a third production line next year to keep up with demand.
"""

FURNITURE_PAGE = """\
Skip to content
Menu
Search
World
Business

Town library reopens after two-year rebuild

Share
Tweet
Email
Updated 12 May 2023

The town library reopened its doors on Saturday after a two-year rebuild that doubled its floor space and added a children's wing.
Read more
Volunteers carried the last boxes of books across the square in a long human chain on Friday evening.
Advertisement
The new building uses heat pumps and a green roof, and the council expects its energy bills to fall by half.
Related
Sign up
Newsletter
Privacy policy
"""

TWO_ARTICLES = """\
Harbour cranes idle as dock workers strike

Updated 2 hours ago

SOUTHPORT: Container cranes stood still at the harbour on Monday as dock workers began a three-day strike over pay and shift patterns.
The port authority said ships would be diverted to other terminals until the strike ends.


Council approves new cycle lanes on main avenue

Updated 1 March 2024

NORTHVILLE: The city council approved a network of protected cycle lanes on the main avenue after a long and heated public meeting.
Shop owners said they feared losing parking spaces in front of their stores.
"""


def test_ap_story_parts() -> None:
    (a,) = segment(AP_STORY)
    assert a.headline is not None
    assert a.headline.text == "Drought forces river barges to carry half loads"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kowalski", "Dev Patel")
    assert a.published is not None and a.published.value is not None
    assert a.published.value.date() == dt.date(2024, 8, 3)
    assert a.caption is not None and a.caption.credit == "AP Photo/Lee Hart"
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.agency) == ("KYIV, Ukraine", "AP")
    assert a.dateline.text == "KYIV, Ukraine (AP) —"
    assert [p.text[:10] for p in a.paragraphs] == ["KYIV, Ukra", "Grain expo", '"We load w']


def test_reuters_story_strips_site_suffix_and_reads_dateline() -> None:
    (a,) = segment(REUTERS_STORY)
    assert a.headline is not None
    assert a.headline.text == "Chipmaker lifts forecast as data-centre demand surges"
    assert REUTERS_STORY[a.headline.span.start : a.headline.span.end] == a.headline.text
    assert a.byline is not None and a.byline.authors == ("Hana Sato",)
    assert a.published is not None and a.published.value == dt.datetime(
        2022, 10, 27, 6, 5, tzinfo=dt.timezone.utc
    )
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.agency, a.dateline.date) == (
        "LONDON",
        "Reuters",
        "Oct 27",
    )
    assert len(a.paragraphs) == 3


def test_furniture_is_not_body() -> None:
    (a,) = segment(FURNITURE_PAGE)
    assert a.headline is not None
    assert a.headline.text == "Town library reopens after two-year rebuild"
    body = [p.text for p in a.paragraphs]
    assert len(body) == 3
    for word in ("Read more", "Advertisement", "Share", "Related", "Sign up"):
        assert word not in body
    assert a.updated is not None and a.updated.value == dt.datetime(2023, 5, 12)
    assert not a.span.contains(newsparse.Span(start=0, end=5))  # the menu is outside
    labels = {b.text: b.label for b in a.blocks}
    assert labels["Read more"] == "furniture"
    assert labels["Share"] == "furniture"


def test_two_articles_split_with_their_own_parts() -> None:
    now = dt.datetime(2024, 3, 4, 15, 30)
    first, second = segment(TWO_ARTICLES, now=now)
    assert first.headline is not None and second.headline is not None
    assert first.headline.text.startswith("Harbour cranes")
    assert second.headline.text.startswith("Council approves")
    assert first.updated is not None and first.updated.relative
    assert first.updated.value == dt.datetime(2024, 3, 4, 13, 30)
    assert second.updated is not None and second.updated.value == dt.datetime(2024, 3, 1)
    assert first.dateline is not None and first.dateline.location == "SOUTHPORT"
    assert second.dateline is not None and second.dateline.location == "NORTHVILLE"
    assert len(first.paragraphs) == 2 and len(second.paragraphs) == 2
    assert first.span.end <= second.span.start


def test_relative_stamp_without_now_stays_unresolved() -> None:
    first, _ = segment(TWO_ARTICLES)
    assert first.updated is not None
    assert first.updated.relative and first.updated.value is None


@pytest.mark.parametrize("unit", ["s", "S", "ſ", "sec"])
def test_relative_stamp_unit_in_any_case_resolves(unit: str) -> None:
    # The unit pattern ignores case as Unicode does, so a long s ("ſ") reads as "s"; it
    # raised a KeyError when its letter was looked up as written.
    now = dt.datetime(2024, 3, 4, 15, 30)
    text = (
        f"Tide tables change\nUpdated 40 {unit} ago\n\nThe harbour office printed new tide "
        "tables on Monday, and pilots said the changes were small.\n"
    )
    (a,) = segment(text, now=now)
    stamps = [s for s in (a.published, a.updated) if s is not None and s.relative]
    assert [s.value for s in stamps] == [now - dt.timedelta(seconds=40)]


def test_subheading_inside_a_story_does_not_open_a_new_article() -> None:
    text = AP_STORY + "What comes next for shippers\n" + (
        "Forecasters expect rain in the autumn, but shippers say the river will take months "
        "to recover its usual depth.\n"
    )
    (a,) = segment(text)
    assert a.paragraphs[-1].text.startswith("Forecasters expect rain")


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the plan would work (for now).",
        "He told the AP that the talks had stalled.",
        "Prices rose 4% in March, according to Reuters.",
    ],
)
def test_lines_that_are_not_captions(line: str) -> None:
    assert hl.caption_credit(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("A man waves a flag outside parliament. (AP)", "AP"),
        ("Firefighters work through the night. [Sam Lowe/Reuters]", "Sam Lowe/Reuters"),
        ("Fans queue for tickets. Photograph: Kim Park/Getty Images", "Kim Park/Getty Images"),
    ],
)
def test_caption_credits(line: str, credit: str) -> None:
    assert hl.caption_credit(line) == credit


@pytest.mark.parametrize(
    "line",
    [
        "UPDATED: The story has been changed to add a comment.",
        "BREAKING: Parliament votes on the bill tonight.",
        "Officials: the vote will go ahead",
    ],
)
def test_label_words_are_not_datelines(line: str) -> None:
    assert hl.match_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "location", "agency"),
    [
        ("WASHINGTON — The Senate passed the bill.", "WASHINGTON", None),
        ("Paris (AFP) – Strikes shut the metro.", "Paris", "AFP"),
        ("BEIRUT/THE HAGUE, March 3 (Reuters) - Talks resumed.", "BEIRUT/THE HAGUE", "Reuters"),
    ],
)
def test_datelines(line: str, location: str, agency: str | None) -> None:
    m = hl.match_dateline(line)
    assert m is not None
    assert (m.location, m.agency) == (location, agency)


def test_headline_like_line_followed_by_prose_in_the_middle_is_body() -> None:
    text = (
        "Lake levels rise after wet spring\n\nBy Joan Ferris\n\n"
        "The lake rose by almost a metre over the spring, the water board said on Tuesday.\n"
        "A dry summer would still leave the reservoirs short of their usual reserves.\n"
        "Boats return to the marina\n"
        "Marina owners said bookings had doubled since the water came back to the jetties.\n"
    )
    (a,) = segment(text)
    assert a.headline is not None and a.headline.text == "Lake levels rise after wet spring"
    assert a.paragraphs[-1].text.startswith("Marina owners")


def test_byline_negatives() -> None:
    assert hl.byline_authors("By the end of the week the river had fallen.") is None
    assert hl.byline_authors("By 2030 the city wants no coal plants") is None


@pytest.mark.parametrize("text", ["", "   \n\n\t ", "\u2028"])
def test_empty_text_has_no_articles(text: str) -> None:
    assert segment(text) == ()
    assert newsparse.parse(text).articles == ()


def test_prose_without_headline_is_one_article() -> None:
    text = "The river rose overnight and flooded the lower town before dawn, officials said."
    (a,) = segment(text)
    assert a.headline is None
    assert [p.text for p in a.paragraphs] == [text]


@pytest.mark.parametrize("fixture", [AP_STORY, REUTERS_STORY, FURNITURE_PAGE, TWO_ARTICLES])
def test_fixture_spans_are_valid(fixture: str) -> None:
    assert_spans_valid(newsparse.parse(fixture, now=dt.datetime(2024, 3, 4, 12, 0)))


def test_a_stamp_under_the_last_article_lies_inside_it() -> None:
    # (found by tests/test_properties.py) A prose-like line of digits, then the same page
    # three times: the relative stamp of a later header was taken by the first article
    # from under its body, outside the article's span.
    page = (
        "Home | World | Business | Sport\nShare this article\nAdvertisement\n\n"
        "Ferry service resumes after storm\n37 min ago\n\n"
        "The first ferry in three days left the harbour at 7.30am with 212 passengers and 58 "
        "cars on board, the operator said.\n\n1. Check your sailing before you travel\n"
        "2. Allow an extra 30 minutes at the port\n\n"
        "Related: Storm warning issued for the west coast\nSign up to our newsletter\n"
    )
    text = "0" * 212 + ":0:0\t0:0:0:0:0:0:0:0:0.\n\n" + "\n\n".join([page] * 3)
    doc = newsparse.parse(text)
    assert_spans_valid(doc)


@pytest.mark.parametrize("nl", ["\n", "\r", "\r\n", "\u2029"])
def test_a_blank_line_parts_wrapped_paragraphs_with_any_line_break(nl: str) -> None:
    first = (
        "The harbour board met on Monday to talk about the ferry timetable for the\n"
        "winter months, and agreed to keep the early sailing for another year at\n"
        "least, the chair said after the meeting in the town hall ended at nine and\n"
    )  # (no final stop: only the blank line parts the paragraphs)
    second = (
        "A second paragraph starts here with more words about the ferry and the\n"
        "harbour and the town, written at the same width as the one above it so\n"
        "that it wraps the same way as the first one did over three lines here.\n"
    )
    from newsparse._blocks import iter_lines
    from newsparse._structure_wrap import join_wrapped

    text = (first + "\n" + second).replace("\n", nl)
    assert len(join_wrapped(text, list(iter_lines(text)))) == 2
