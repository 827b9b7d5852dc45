"""Structure stage: golden cases in tests/cases/structure, invariants, worst-case inputs."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import time
from pathlib import Path
from typing import Any

import pytest

from newsparse import segmenter
from newsparse._bylines import parse_byline, parse_trailer
from newsparse._stamps import find_stamps
from newsparse._structure_lines import read_line
from newsparse._structure_title_lines import caption_like, title_bounds
from newsparse.headlines import caption_credit, match_dateline, strip_site_suffix
from newsparse.models import Article

CASES = Path(__file__).parent / "cases" / "structure"
NAMES = sorted(p.stem for p in CASES.glob("*.txt"))

#: Known failures: the reason, so that a fix makes the strict xfail fail.
KNOWN: dict[str, str] = {}


def _load(name: str) -> tuple[str, dict[str, Any]]:
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    spec = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return text, spec


def _main(articles: tuple[Article, ...]) -> Article:
    return max(articles, key=lambda a: sum(len(p.text) for p in a.paragraphs))


def _check(art: Article, want: dict[str, Any]) -> None:
    if "headline" in want:
        assert art.headline is not None and art.headline.text == want["headline"]
    if "authors" in want:
        got = list(art.byline.authors) if art.byline else []
        assert got == want["authors"]
    for kind in ("published", "updated"):
        if kind in want:
            stamp = getattr(art, kind)
            assert stamp is not None and stamp.value is not None, kind
            assert stamp.value.isoformat().startswith(want[kind])
    if "dateline" in want:
        if want["dateline"] is None:
            assert art.dateline is None
        else:
            assert art.dateline is not None
            assert art.dateline.location == want["dateline"]["location"]
            assert art.dateline.agency == want["dateline"]["agency"]
    if "caption_credit" in want:
        if want["caption_credit"] is None:
            assert art.caption is None
        else:
            assert art.caption is not None and art.caption.credit == want["caption_credit"]
    if "bullets" in want:
        assert len(art.bullets) == want["bullets"]
    if "paragraphs" in want:
        assert len(art.paragraphs) == want["paragraphs"]
    if "first_paragraph_starts" in want:
        assert art.paragraphs[0].text.startswith(want["first_paragraph_starts"])
    for junk in want.get("not_in_body", ()):
        assert all(p.text != junk for p in art.paragraphs), junk


def _invariants(text: str, articles: tuple[Article, ...]) -> None:
    prev_end = 0
    for art in articles:
        assert art.span.start >= prev_end, "articles overlap or are out of order"
        prev_end = art.span.end
        assert text[art.span.start : art.span.end] == art.text
        records: list[Any] = [art.headline, art.caption, art.byline, art.published,
                              art.updated, art.dateline, *art.bullets, *art.paragraphs,
                              *art.blocks]
        for rec in records:
            if rec is None:
                continue
            assert text[rec.span.start : rec.span.end] == rec.text, rec
            assert art.span.contains(rec.span), rec
        spans = sorted((b.span.start, b.span.end) for b in art.blocks)
        for (_s1, e1), (s2, _e2) in itertools.pairwise(spans):
            assert e1 <= s2, "blocks overlap"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN[n]))
        if n in KNOWN
        else n
        for n in NAMES
    ],
)
def test_golden_case(name: str) -> None:
    text, spec = _load(name)
    now = dt.datetime.fromisoformat(spec["now"])
    articles = segmenter.segment(text, now=now)
    _invariants(text, articles)
    if spec.get("main_only"):
        _check(_main(articles), spec["articles"][0])
        return
    assert len(articles) == len(spec["articles"])
    for art, want in zip(articles, spec["articles"], strict=True):
        _check(art, want)


def test_site_suffix_span_covers_headline_words() -> None:
    text, _ = _load("reuters")
    (art,) = segmenter.segment(text)
    assert art.headline is not None
    assert "Reuters" not in art.headline.text
    assert text[art.headline.span.start : art.headline.span.end] == art.headline.text


def test_glued_byline_gives_byline_and_stamp() -> None:
    text = (
        "Senate panel delays vote on water bill\nby Carla Gómez - 12/22/23 11:35 AM ET\n\n"
        "A Senate panel on Friday put off a vote on a bill that would fund repairs to water "
        "systems in small towns, members said."
    )
    (art,) = segmenter.segment(text)
    assert art.byline is not None and art.byline.text == "by Carla Gómez"
    assert art.published is not None and art.published.value is not None
    assert art.published.value.date() == dt.date(2023, 12, 22)
    labels = [b.label for b in art.blocks]
    assert labels[:3] == ["headline", "byline", "stamp"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ann Lee and Bo Tan", ("Ann Lee", "Bo Tan")),
        ("By Ann Lee, Bo Tan and Cy Dean", ("Ann Lee", "Bo Tan", "Cy Dean")),
        ("By MARIA LOPEZ", ("Maria Lopez",)),
        ("By Christy Choi and Oscar Holland, CNN", ("Christy Choi", "Oscar Holland")),
        ("By Dana WhiteStaff Writer", ("Dana White",)),
        ("By Kim Park, Senior Correspondent", ("Kim Park",)),
        ("By Associated Press", ("Associated Press",)),
        # Outlets and desks glued or set after the name.
        ("By Ann Lee Harbour Town Gazette", ("Ann Lee",)),
        ("By Ann Lee For Dailynews.com", ("Ann Lee",)),
        ("By Ann Lee NEWSDesk", ("Ann Lee",)),
        ("By Ann LeeCity Columnist", ("Ann Lee",)),
        ("By Ann Lee and Bo Tan in Lagos", ("Ann Lee", "Bo Tan")),
        ("By Ron MacDonald and Ann DeLuca", ("Ron MacDonald", "Ann DeLuca")),
        ("By Ann Lee Herald Correspondent", ("Ann Lee",)),
        ("By Ann Lee on March 2, 2024", ("Ann Lee",)),
        ("Author: Ann Lee", ("Ann Lee",)),
        ("Authors: Ann Lee, Tom Reed", ("Ann Lee", "Tom Reed")),
        ("BY ANN LEE AND TOM REED", ("Ann Lee", "Tom Reed")),
        # Initials keep their points and are no web address; a web address is an outlet.
        ("By Tom Reed C.J.", ("Tom Reed C.J.",)),
        ("By Ann Lee, Harbournews.com", ("Ann Lee",)),
    ],
)
def test_byline_forms(line: str, authors: tuple[str, ...]) -> None:
    hit = parse_byline(line)
    assert hit is not None and hit.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Email the author",
        "By the time the rain came, it was late.",
        "By 2024 prices rose",
        "Authors say the book is late",
        "Author Ann Lee",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "header",
    [
        "By\nAnn Lee\n",  # the label and the names on two lines
        "Author:\n* Ann Leearchive page\n",  # a bulleted name glued to a link label
        "Ann Lee\nSenior Transport Reporter\n",  # the names, then the job title
        "Ann Lee\n·Staff Writer\nMarch 2, 2024\n",
        "By\n* Ann Lee | Harbour Media For Harbour.com\n",
        "Ann Lee in Port Harcourt and the Niger Delta\nMarch 2, 2024\n",
    ],
)
def test_two_line_bylines(header: str) -> None:
    text = "Harbour bridge to close for repairs in March\n" + header + "\n" + _BODY
    (art,) = [a for a in segmenter.segment(text) if a.paragraphs]
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert art.headline is not None
    assert art.headline.text == "Harbour bridge to close for repairs in March"
    assert all(p.text != "Ann Lee" for p in art.paragraphs)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ann Lee · Harbour News · Posted: Mar 2, 2024 8:25 AM EST", ("Ann Lee",)),
        ("March 2, 2024 / Ann Lee", ("Ann Lee",)),
        ("Ann Lee@annlee | March 2, 2024", ("Ann Lee",)),
        ("Bridge repairs begin | March 2, 2024", None),
        ("Reality TV | March 2, 2024", None),
    ],
)
def test_names_beside_a_stamp(line: str, authors: tuple[str, ...] | None) -> None:
    got = read_line(line, 0, len(line), None)
    assert got.authors == authors
    assert got.stamps


def test_trailer_authors_not_editors() -> None:
    got = parse_trailer("Reporting by Ann Lee in Paris; Writing by Bo Tan; Editing by Cy Dean")
    assert got == ("Ann Lee", "Bo Tan")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("A man walks past the hall. (AP)", "AP"),
        ("Crews at work on Monday. (AP Photo/Jo Smith)", "AP Photo/Jo Smith"),
        ("Protesters in the square [Ann Lee/Reuters]", "Ann Lee/Reuters"),
        ("Sea defences on Friday. Photograph: Sam Reid/Getty Images", "Sam Reid/Getty Images"),
        ("Troops on patrol near the border. REUTERS/Ali Noor", "REUTERS/Ali Noor"),
        ("A view of the port at dawn. Shutterstock", "Shutterstock"),
    ],
)
def test_caption_credit_forms(line: str, credit: str) -> None:
    assert caption_credit(line) == credit


def test_quote_line_is_not_a_caption() -> None:
    assert caption_credit("“We will keep listening,” the council leader said (for now).") is None


@pytest.mark.parametrize(
    ("line", "location", "agency"),
    [
        ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine", "AP"),
        ("LONDON, Oct 27 (Reuters) - Shares fell.", "LONDON", "Reuters"),
        ("BEIRUT/THE HAGUE, Dec 2 (Reuters) - Talks ended.", "BEIRUT/THE HAGUE", "Reuters"),
        ("Paris (AFP) – The museum reopened.", "Paris", "AFP"),
        ("OTTAWA: The talks went on.", "OTTAWA", None),
        ("WASHINGTON — The vote was delayed.", "WASHINGTON", None),
        # Title-case places from the gazetteer, without an agency.
        ("Santa Barbara, California—The lab opened.", "Santa Barbara, California", None),
        ("Nairobi — The rains came early.", "Nairobi", None),
    ],
)
def test_dateline_forms(line: str, location: str, agency: str | None) -> None:
    m = match_dateline(line)
    assert m is not None and (m.location, m.agency) == (location, agency)


@pytest.mark.parametrize(
    "line",
    [
        "UPDATED: the story changed.",
        "WARNING GRAPHIC DETAIL: scenes of war follow.",
        "Watch: the storm hits the coast.",
        "Analysis — what the vote means.",
        "Harbour Town, Mayor Says — more to come.",
    ],
)
def test_label_words_are_not_datelines(line: str) -> None:
    assert match_dateline(line) is None


def test_stamp_forms() -> None:
    now = dt.datetime(2024, 1, 21, 12, 0)
    hits = find_stamps("Updated 37 min 52 sec ago", now=now)
    assert hits and hits[0].kind == "updated" and hits[0].relative
    assert hits[0].value == dt.datetime(2024, 1, 21, 11, 22, 8)
    (hit,) = find_stamps("First published on Sat 24 Feb 2024 12.42 CET")
    assert hit.value is not None and hit.value.isoformat() == "2024-02-24T12:42:00+01:00"
    assert find_stamps("Updates from the front") == []


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # Scraping glues the parts of a header together.
        ("By Ann LeeMar 2, 2024", "2024-03-02T00:00"),
        ("March 2, 202411:08 AM UTC", "2024-03-02T11:08"),
        ("Mar 2, 20246:46 PM", "2024-03-02T18:46"),
        ("* Ann Lee, CorrespondentMar 2, 2024, 10:15 PM", "2024-03-02T22:15"),
        # Day-first forms.
        ("Published 02.03.2024 14:05", "2024-03-02T14:05"),
        ("Updated on the 2nd of March 2024", "2024-03-02T00:00"),
    ],
)
def test_glued_stamps(line: str, value: str) -> None:
    got = read_line(line, 0, len(line), None)
    assert got.shape in ("stamp", "byline")
    assert got.stamps and got.stamps[0].value is not None
    assert got.stamps[0].value.isoformat().startswith(value)


def test_glued_month_needs_a_capital() -> None:
    assert find_stamps("the CEODecember 2023 plan") == []
    assert find_stamps("a marchdec 2, 2024") == []


def test_strip_site_suffix_keeps_own_dash() -> None:
    assert strip_site_suffix("Lagos traders count cost - BBC News") == "Lagos traders count cost"
    assert strip_site_suffix("Markets slide - and keep sliding") == "Markets slide - and keep sliding"


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        "By " + "Ann " * 200_000,
        ("12/" * 100_000) + "2023",
        "(" * 200_000 + "AP",
        "Title line here\n" * 50_000,
        ("Word " * 40 + ".\n") * 5_000,
    ],
)
def test_worst_case_inputs_are_fast(text: str) -> None:
    t0 = time.perf_counter()
    articles = segmenter.segment(text)
    assert time.perf_counter() - t0 < 5
    _invariants(text, articles)


_BODY = (
    "The harbour bridge in the old port town will close for repairs in March, the council "
    "said on Tuesday, after engineers found cracks in two of its steel supports.\n"
    "Drivers will be sent along the coast road while the bridge is shut, adding about twenty "
    "minutes to the trip into town.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # A kicker ending with a dash, the title, a standfirst, the byline and stamp.
        "Menu\nLocal transport —\nHarbour bridge to close for repairs in March\n"
        "Engineers found cracks in two steel supports under the old bridge\n"
        "By Ann Lee\nMarch 2, 2024\n",
        # Page labels between the title and the body: reading time, a newsletter prompt.
        "Harbour bridge to close for repairs in March\nBy Ann Lee\nMarch 2, 2024\n"
        "4 min read\nSign up for our morning newsletter\n",
        # A related-story headline above the title; the title shares the body's words.
        "Most popular\nCity hall votes on new parking fees\nMarch 1, 2024\n"
        "Harbour bridge to close for repairs in March\nMarch 2, 2024\n",
        # A name and a job title alone above the body are the byline, not the title.
        "Harbour bridge to close for repairs in March\nAnn Lee\nTransport Reporter\n",
        # A column name above the title, a standfirst and a photo between title and stamp.
        "Notes From The Coast\nHarbour bridge to close for repairs in March\n"
        "Engineers found cracks in two steel supports under the old bridge.\n"
        "Workers on the bridge on Monday. (Jo Park/Reuters)\nMarch 2, 2024\n",
        # A photo credit between the title and its byline; tags above the body.
        "Events\nHarbour Works Ahead\nHarbour bridge to close for repairs in March\n"
        "(Credit: Jo Park)\nby Ann Lee | Mar 2, 2024\nHarbour Bridge Repairs, Coast Road\n",
        # Page labels around the title: an affiliate note, a save button, a photo credit.
        "Harbour bridge to close for repairs in March\nBy Ann Lee\nMarch 2, 2024\n"
        "Photography by Jo Park\nWe may earn a commission from links on this page\n"
        "Add to your saved stories\n",
        # An author with letters after the name, standing above the title.
        "Ann Lee MS, RDN\nHarbour bridge to close for repairs in March\nMarch 2, 2024\n",
        # A section label printed twice (menu and breadcrumb) just above the title.
        "Transport\nLocal Transport\nLocal Transport\n"
        "Harbour bridge to close for repairs in March\nUpdated March 2, 2024\nshare\n",
    ],
)
def test_title_is_the_line_naming_the_story(header: str) -> None:
    (art,) = [a for a in segmenter.segment(header + "\n" + _BODY) if a.paragraphs]
    assert art.headline is not None
    assert art.headline.text == "Harbour bridge to close for repairs in March"


def test_sentence_title_tight_above_byline_starts_an_article() -> None:
    first = (
        "Harbour bridge to close for repairs in March\nMarch 2, 2024\n\n"
        "The harbour bridge in the old port town will close for repairs in March, the council "
        "said on Tuesday.\n\nDrivers will be sent along the coast road while it is shut.\n"
    )
    second = (
        "Who will pay for the new sea wall along the bay?\nBy Bo Tan\n\n"
        "The town council and the port authority have argued for months over the bill for the "
        "new sea wall, and neither side has budged.\n\nA vote is due in April.\n"
    )
    text = first + "\n\n" + second
    arts = segmenter.segment(text)
    assert [a.span.start for a in arts] == [0, len(first) + 2]
    assert arts[1].headline is not None
    assert arts[1].headline.text == "Who will pay for the new sea wall along the bay?"
    assert arts[1].byline is not None and arts[1].byline.authors == ("Bo Tan",)
    assert arts[0].paragraphs[-1].text.startswith("Drivers will be sent")


def test_prose_between_stamp_and_photo_is_body() -> None:
    # A page dump: menus, the header, the first paragraph, a photo and a long button row,
    # then the rest of the story.
    menu = "".join(f"* Section {n}\n" for n in range(20))
    buttons = "".join(f"* Share on Network {n}\n" for n in range(16))
    text = (
        menu + "Harbour bridge to close for repairs in March\nBy Ann Lee\nMarch 2, 2024\n"
        "The council said on Tuesday that engineers had found deep cracks in two of the "
        "bridge's old steel supports.\n"
        "Workers inspect the bridge supports.\nJo Park/Getty Images\n" + buttons + _BODY
        + "Work is due to finish before the summer season, when traffic into the town peaks "
        "and the ferries run every hour.\n"
    )
    arts = segmenter.segment(text)
    art = max(arts, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.headline is not None
    assert art.headline.text == "Harbour bridge to close for repairs in March"
    assert art.paragraphs[0].text.startswith("The council said on Tuesday")
    assert len(art.paragraphs) == 4


def test_wrapped_lines_join_only_within_a_paragraph() -> None:
    from newsparse._blocks import iter_lines
    from newsparse._structure_wrap import join_wrapped

    text = (
        "Council votes to rebuild the harbour wall before the storms\n\n"
        "The town council voted on Monday to rebuild the old harbour wall\n"
        "before the winter storms, after a survey found deep cracks along\n"
        "its length.\n"
        "Work will start in May and should take about six months to finish,\n"
        "the council said.\n"
        "Menu\nNews\nSport\n"
    )
    got = [text[s:e] for s, e in join_wrapped(text, list(iter_lines(text)))]
    assert got[0] == "Council votes to rebuild the harbour wall before the storms"
    assert got[1].startswith("The town council") and got[1].endswith("its length.")
    assert got[2].startswith("Work will start") and got[2].endswith("the council said.")
    assert got[3:] == ["Menu", "News", "Sport"]
    # Lines of a page (long paragraphs, short menus) are never joined.
    page = "Menu\nNews\n" + "A long paragraph of running text that goes on and on. " * 4 + "\nSport"
    assert len(join_wrapped(page, list(iter_lines(page)))) == 4


def test_byline_found_in_the_body_is_labelled_byline() -> None:
    text = (
        "Harbour bridge to close for repairs in March\n\n" + _BODY + "Ann Lee\nStaff Writer\n"
        "Work is due to finish before the summer season, when traffic into the town peaks "
        "and the ferries run every hour.\n"
    )
    (art,) = segmenter.segment(text)
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    (block,) = [b for b in art.blocks if b.text == "Ann Lee"]
    assert block.label == "byline"
    assert all(p.text != "Ann Lee" for p in art.paragraphs)


def test_subheading_sharing_the_story_words_is_no_new_article() -> None:
    text = (
        "Harbour bridge to close for repairs in March\n\n" + _BODY + "\n"
        "Bridge repairs and the coast road\n"
        "The coast road will carry the bridge traffic while the repairs go on, and the "
        "council will add buses on the road at peak hours.\n"
    )
    (art,) = segmenter.segment(text)
    assert len(art.paragraphs) == 3


def test_author_bio_names_the_author_when_no_byline() -> None:
    bio = "Ann Lee is a staff writer who covers transport and the harbour.\n"
    text = "Harbour bridge to close for repairs in March\n\n" + _BODY + "\n* Share\n* Email\n"
    (art,) = segmenter.segment(text + bio)
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert art.text.endswith("the harbour.")
    # A bio only counts when no byline was printed.
    (art,) = segmenter.segment("Harbour bridge to close\nBy Bo Tan\n\n" + _BODY + bio)
    assert art.byline is not None and art.byline.authors == ("Bo Tan",)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("When you visit our site, we keep cookies on your device to learn what you read.", True),
        ("This content comes from a partner, which may be using cookies and other tools on "
         "your browser.", True),
        ("The regulator said the browser maker must end third-party tracking cookies.", False),
        ("Bakers sold more cookies this winter than ever, the trade group said.", False),
    ],
)
def test_cookie_notices_are_furniture(line: str, furniture: bool) -> None:
    from newsparse.headlines import is_furniture

    assert is_furniture(line) is furniture


@pytest.mark.parametrize("byline", ["By Ann Lee", "Ann Lee"])
def test_by_line_above_a_misread_header_still_names_the_author(byline: str) -> None:
    menu = "".join(f"* Section {n}\n" for n in range(20))
    text = (
        menu + "Harbour bridge to close for repairs in March\n" + byline + "\nMarch 2, 2024\n"
        + "".join(f"* Link {n}\n" for n in range(37))
        + "Road works and closures across the harbour district\n"
        + _BODY
        + "Work is due to finish before the summer season, when traffic into the town peaks "
        "and the ferries run every hour.\n"
    )
    arts = segmenter.segment(text)
    art = max(arts, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert art.span.start <= art.byline.span.start
    assert art.published is not None and art.published.value is not None
    assert art.published.value.date() == dt.date(2024, 3, 2)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # Credentials after the name are no names.
        ("By Ann Lee MS, RDN, LD", ("Ann Lee",)),
        ("By Bo Tan, PhD", ("Bo Tan",)),
        # Suffixes stay with the name, the point of "Jr." too.
        ("By Tom Reed III", ("Tom Reed III",)),
        ("By Tom Reed Jr.", ("Tom Reed Jr.",)),
        # An outlet after the last comma is dropped when a person is named before it ...
        ("By Ann Lee, Harbour Report", ("Ann Lee",)),
        ("By Ann Lee , Medical Wire", ("Ann Lee",)),
        ("By Ann Lee, Harbour Town Staff", ("Ann Lee",)),
        ("By Ann Lee, Coast India", ("Ann Lee",)),
        ("By Ann Lee, HNN", ("Ann Lee",)),
        # ... but a second person stays, even with a given name we do not know.
        ("By Ann Lee, Ruth Kim", ("Ann Lee", "Ruth Kim")),
        ("By Ann Lee, Borys Tamm", ("Ann Lee", "Borys Tamm")),
        ("By Tom Reed, Jr.", ("Tom Reed Jr.",)),
        ("By Ann Lee, Odile B. Marchetti", ("Ann Lee", "Odile B. Marchetti")),
        # After "By", a desk or an outlet named alone is the author.
        ("By Harbour Staff", ("Harbour Staff",)),
        ("by Newsroom Staff", ("Newsroom Staff",)),
        ("By Coastal Wire Media", ("Coastal Wire Media",)),
    ],
)
def test_byline_credentials_suffixes_outlets_desks(line: str, authors: tuple[str, ...]) -> None:
    hit = parse_byline(line)
    assert hit is not None and hit.authors == authors
    assert authors[0].split()[0] in line[: hit.end]


def test_byline_end_keeps_a_names_own_point() -> None:
    for line in ("By Tom Reed Jr.", "By Tom Reed C.J."):
        hit = parse_byline(line)
        assert hit is not None and hit.end == len(line)
    hit = parse_byline("By Tom Reed.")
    assert hit is not None and hit.end == len("By Tom Reed")


@pytest.mark.parametrize(
    "line", ["By Staff Writer", "By the Harbour staff, a note", "Email the author", "By 2025"]
)
def test_not_desk_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_desk_needs_by() -> None:
    from newsparse._bylines import name_authors

    # Without "By", a desk is a job title, not an author ("Harbour Staff" under a name).
    assert name_authors("Harbour Staff") is None
    assert name_authors("By Harbour Staff") is None


@pytest.mark.parametrize(
    "junk",
    [
        "In Partnership With",  # a phrase, not a name
        "One Time Monthly Yearly",  # donation buttons
        "Interactive Map",
        "Announcement Thread",
    ],
)
def test_phrases_beside_a_stamp_are_no_bylines(junk: str) -> None:
    text = "Harbour bridge to close for repairs in March\n" + junk + "\nMarch 2, 2024\n\n" + _BODY
    (art,) = [a for a in segmenter.segment(text) if a.paragraphs]
    assert art.byline is None
    assert art.published is not None


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A section label above a line of topic links is no name and no job title.
        ("Topics\n* Road News\nMarch 2, 2024\n", None),
        ("Ann Lee\nTransport Historian\nMarch 2, 2024\n", ("Ann Lee",)),
        ("Ann Lee\nCity Desk Editor\n", ("Ann Lee",)),
        ("Works and detours on the coast road explained\nRoad Works\nTeam Donation Page\n", None),
        # A label with a dash, the names printed twice by the page.
        ("By —\nAnn Lee, Harbour Daily Ann Lee, Harbour Daily\n", ("Ann Lee",)),
        ("By\nCoastal Wire Media\n", ("Coastal Wire Media",)),
        # Author cards stacked in the header, one per author.
        ("By —\nAnn Lee, Harbour Daily\nBy —\nBo Tan, Harbour Daily\n", ("Ann Lee", "Bo Tan")),
    ],
)
def test_two_line_byline_labels_and_roles(header: str, authors: tuple[str, ...] | None) -> None:
    text = "Harbour bridge to close for repairs in March\n" + header + "\n" + _BODY
    (art,) = [a for a in segmenter.segment(text) if a.paragraphs]
    got = art.byline.authors if art.byline else None
    assert got == authors
    _invariants(text, (art,))


def test_two_by_lines_name_two_authors() -> None:
    text = (
        "Harbour bridge to close for repairs in March\n"
        "By Ann Lee March 2, 2024\n\nBy Bo Tan March 2, 2024\n\n" + _BODY
    )
    arts = segmenter.segment(text)
    (art,) = [a for a in arts if a.paragraphs]
    assert art.byline is not None and art.byline.authors == ("Ann Lee", "Bo Tan")
    _invariants(text, arts)
    # A line naming only an agency under the byline is no second author.
    text = "Harbour bridge to close for repairs in March\nBy Ann Lee\nReuters\n\n" + _BODY
    (art,) = [a for a in segmenter.segment(text) if a.paragraphs]
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)


def test_by_line_beats_a_name_alone_above_it() -> None:
    text = (
        "Harbour bridge to close for repairs in March\nRoad Notes\nBy Ann Lee\n"
        "March 2, 2024\n\n" + _BODY
    )
    arts = segmenter.segment(text)
    (art,) = [a for a in arts if a.paragraphs]
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert [b.text for b in art.blocks if b.label == "byline"] == ["By Ann Lee"]
    _invariants(text, arts)


def test_menu_like_name_by_the_stamp_is_the_byline() -> None:
    text = (
        "Harbour bridge to close for repairs in March\n* Ann Lee\n* March 2, 2024\n\n"
        + _BODY
    )
    (art,) = [a for a in segmenter.segment(text) if a.paragraphs]
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert art.byline.text == "Ann Lee"
    # A menu item that is no known given name is not taken.
    text = "Harbour bridge to close for repairs in March\n* Road Works\n* March 2, 2024\n\n"
    (art,) = [a for a in segmenter.segment(text + _BODY) if a.paragraphs]
    assert art.byline is None


@pytest.mark.parametrize(
    ("line", "value", "authors"),
    [
        ("Mar 2, 2024 at2:56 pm | By Ann Lee", "2024-03-02T14:56", ("Ann Lee",)),
        ("Mar 2, 2024 1:00 AMMar 3, 2024 6:02 PM", "2024-03-02T01:00", None),
    ],
)
def test_glued_clock_words(line: str, value: str, authors: tuple[str, ...] | None) -> None:
    got = read_line(line, 0, len(line), None)
    assert got.stamps and got.stamps[0].value is not None
    assert got.stamps[0].value.isoformat().startswith(value)
    assert got.stamps[0].value.tzinfo is None
    assert got.authors == authors


@pytest.mark.parametrize(
    ("line", "relative"),
    [
        ("Ann Lee HARBOUR TODAY", False),  # an outlet's name
        ("* Coast Today", False),
        ("* Hints for today’s puzzle", False),  # a possessive is no stamp
        ("yesterday's match report", False),
        ("Updated Today", True),
        ("Published today at 9:00", True),
        ("today", True),
    ],
)
def test_today_in_an_outlet_name_is_no_stamp(line: str, relative: bool) -> None:
    now = dt.datetime(2024, 3, 2, 12, 0)
    hits = find_stamps(line, now=now)
    assert bool(hits) is relative


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Commentary by\nAnn Lee @annlee_writes\n", ("Ann Lee",)),
        ("By\nAnn Lee\n,\nBo Tan\nand\nRuth Kim\n", ("Ann Lee", "Bo Tan", "Ruth Kim")),
        # A "," line followed by no name ends the list.
        ("By\nAnn Lee\n,\nTop Stories\n", ("Ann Lee",)),
    ],
)
def test_names_set_one_per_line_after_a_label(header: str, authors: tuple[str, ...]) -> None:
    text = "Harbour bridge to close for repairs in March\nMarch 2, 2024\n" + header + "\n" + _BODY
    arts = segmenter.segment(text)
    (art,) = [a for a in arts if a.paragraphs]
    assert art.byline is not None and art.byline.authors == authors
    _invariants(text, arts)


def test_team_desk_after_by() -> None:
    hit = parse_byline("By Team Harbour | March 2, 2024")
    assert hit is not None and hit.authors == ("Team Harbour",)
    assert parse_byline("By Team") is None


def test_name_beside_a_far_date_prefers_a_known_given_name() -> None:
    menu = "".join(f"* Section {n}\n" for n in range(20))
    text = (
        menu + "Maria Okafor/\nMarch 2, 2024\nLost Harbour\n"
        + "".join(f"* Link {n}\n" for n in range(12))
        + "Harbour bridge to close for repairs in March\n\n" + _BODY
    )
    arts = segmenter.segment(text)
    art = max(arts, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.byline is not None and art.byline.authors == ("Maria Okafor",)


def test_written_by_box_after_the_story_names_the_author() -> None:
    text = (
        "Harbour bridge to close for repairs in March\n\n" + _BODY
        + "Follow\n\nWritten by Ann Lee\n\n120 Followers\n"
    )
    arts = segmenter.segment(text)
    art = max(arts, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    _invariants(text, arts)
    # Any other byline after the story (a related story's) is not taken.
    text = "Harbour bridge to close for repairs in March\n\n" + _BODY + "Related\n\nBy Bo Tan\n"
    art = max(segmenter.segment(text), key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.byline is None


def test_embedded_post_signature_is_no_stamp() -> None:
    text = (
        "Harbour bridge to close for repairs in March\nBy Ann Lee | March 2, 2024\n\n" + _BODY
        + "The bridge is older than the town hall.\n"
        "— Bo Tan (@BoTan) March 1, 2024\n"
        "Engineers will inspect the steel supports again in May, the council said, before "
        "deciding whether the bridge can reopen to lorries.\n"
    )
    arts = segmenter.segment(text)
    (art,) = arts
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert art.published is not None and art.published.value == dt.datetime(2024, 3, 2)
    assert art.paragraphs[-1].text.startswith("Engineers will inspect")
    _invariants(text, arts)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("* Ann Lee, Motor Editor, F1Mar 2, 2024, 05:30 PM", "2024-03-02T17:30"),
        ("Route 9Mar 2, 2024", "2024-03-02T00:00"),
    ],
)
def test_month_glued_after_a_digit(line: str, value: str) -> None:
    hits = find_stamps(line)
    assert hits and hits[0].value is not None and hits[0].value.isoformat().startswith(value)


def test_long_line_opening_with_a_date_label_is_a_stamp() -> None:
    summary = (
        "Date: March 2, 2024 Source: Harbour Institute Summary: Engineers found cracks in "
        "two steel supports of the old bridge and say repairs will take until the summer, "
        "when the ferries run again and traffic into the town peaks.\n"
    )
    text = "Harbour bridge to close for repairs in March\n\n" + summary + "\n" + _BODY
    arts = segmenter.segment(text)
    art = max(arts, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.published is not None and art.published.value == dt.datetime(2024, 3, 2)
    _invariants(text, arts)
    # A label not followed at once by a date is no stamp.
    line = "Updated: the council says that, after March 2, 2024, " + "traffic will be slow. " * 9
    text = "Harbour bridge to close for repairs in March\n\n" + line + "\n" + _BODY
    art = max(segmenter.segment(text), key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.published is None


def test_author_cards_far_above_the_header_name_every_author() -> None:
    menu = "".join(f"* Section {n}\n" for n in range(20))
    cards = "By —\n\nAnn Lee, Harbour Daily\n\nBy —\n\nBo Tan, Harbour Daily\n\n"
    text = (
        menu + cards + "Leave your feedback\n" + "".join(f"* Link {n}\n" for n in range(12))
        + "Harbour bridge to close for repairs in March\n\n" + _BODY
    )
    arts = segmenter.segment(text)
    art = max(arts, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.byline is not None and art.byline.authors == ("Ann Lee", "Bo Tan")
    _invariants(text, arts)
    # A name line over a role line far above counts too; a lone name line does not.
    for card, authors in (("Ann Lee\nCity Desk Editor\n", ("Ann Lee",)), ("Ann Lee\n", None)):
        text = (
            menu + card + "".join(f"* Link {n}\n" for n in range(12))
            + "Harbour bridge to close for repairs in March\n\n" + _BODY
        )
        art = max(segmenter.segment(text), key=lambda a: sum(len(p.text) for p in a.paragraphs))
        assert (art.byline.authors if art.byline else None) == authors


@pytest.mark.parametrize(
    "line", ["Photos and Story By Ann Lee", "Story and photos by Ann Lee", "Words and pictures by Ann Lee"]
)
def test_joint_credit_leads(line: str) -> None:
    hit = parse_byline(line)
    assert hit is not None and hit.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Senior Reporter", True),
        ("·Staff Writer", True),
        ("Harbour Institute Coastal Historian", True),  # field words before the job noun
        ("Editor in Chief", True),
        ("Tech News", False),  # a section, not a job
        ("Team Donation Page", False),
        ("Gifts For Your Editor", False),  # a phrase ending in a job noun
        ("Author", False),  # a label
        ("Reporter of the Year 2023", False),
    ],
)
def test_role_lines(line: str, role: bool) -> None:
    from newsparse._structure_authors import _role

    assert _role(read_line(line, 0, len(line), None)) is role


@pytest.mark.parametrize(
    ("card", "authors"),
    [
        ("Maria Okafor\nTravel\nMarch 2, 2024\n", ("Maria Okafor",)),  # a section between
        ("Maria Okafor\nTravel Guides\nMarch 2, 2024\n", None),  # more than a label between
    ],
)
def test_name_a_label_above_a_far_date(card: str, authors: tuple[str, ...] | None) -> None:
    menu = "".join(f"* Section {n}\n" for n in range(20))
    text = (
        menu + card + "".join(f"* Link {n}\n" for n in range(12))
        + "Harbour bridge to close for repairs in March\n\n" + _BODY
    )
    art = max(segmenter.segment(text), key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert (art.byline.authors if art.byline else None) == authors


def test_labelled_author_box_after_the_story() -> None:
    text = (
        "Harbour bridge to close for repairs in March\n\n" + _BODY
        + "Author(s)\nAnn Lee\n\nMore from the harbour desk\n"
    )
    arts = segmenter.segment(text)
    art = max(arts, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    _invariants(text, arts)


def test_absolute_stamp_in_the_header_beats_a_relative_one() -> None:
    text = "Harbour bridge to close for repairs in March\n2 days ago\nBy Ann Lee | March 2, 2024\n\n"
    arts = segmenter.segment(text + _BODY, now=dt.datetime(2024, 5, 1, 12, 0))
    (art,) = [a for a in arts if a.paragraphs]
    assert art.published is not None and not art.published.relative
    assert art.published.value == dt.datetime(2024, 3, 2)
    _invariants(text + _BODY, arts)
    # With no absolute stamp, the relative one is read against ``now``.
    text = "Harbour bridge to close for repairs in March\nBy Ann Lee\n2 days ago\n\n"
    (art,) = [a for a in segmenter.segment(text + _BODY, now=dt.datetime(2024, 5, 1, 12, 0))
              if a.paragraphs]
    assert art.published is not None and art.published.relative
    assert art.published.value == dt.datetime(2024, 4, 29, 12, 0)
# --- titles: page labels, title bounds, kickers, standfirsts ---------------------------------

#: A title that shares no word with ``_BODY``: only the label rules tell it from the label.
_TITLE = "Ageing crossing to shut for a spring of work"


@pytest.mark.parametrize(
    "label",
    [
        "Share on Facebook Share on Twitter",
        "Share on Facebook Share on X Share on LinkedIn Share via Email",
        "A curved arrow pointing right. Share",
        "Have a confidential tip for our reporters? Get in Touch",
        "Be the first to rate & review!",
        "I would like to contribute",
        "More On: harbour bridge",
        "More from Harbour News",
        "9 of 9 |",
        "Find in guide",
        "Makes 8 to 10 servings",
        "Account Settings Log Out",
        "Something went wrong.",
    ],
)
def test_page_label_above_title_is_not_the_title(label: str) -> None:
    text = f"{label}\n{_TITLE}\nMarch 2, 2024 10:59 AM EST\n\n" + _BODY
    (art,) = segmenter.segment(text)
    assert art.headline is not None and art.headline.text == _TITLE


@pytest.mark.parametrize(
    "title",
    [
        "Share prices slide as harbour bridge closes for repairs",
        "More than a hundred drivers a day will use the coast road",
        "Nine of ten harbour shops expect fewer visitors in March",
        "Tel Aviv braces for a second week of strikes at the port",
        "Recommended dose of vitamin D rises for harbour workers",
    ],
)
def test_titles_with_label_words_stay_titles(title: str) -> None:
    text = f"Harbour News\n{title}\nMarch 2, 2024 10:59 AM EST\n\n" + _BODY
    (art,) = segmenter.segment(text)
    assert art.headline is not None and art.headline.text == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("now reading: Harbour bridge to close", "Harbour bridge to close"),
        ("You are reading: Harbour bridge to close", "Harbour bridge to close"),
        ("Harbour bridge to close [Watch]", "Harbour bridge to close"),
        ("Harbour bridge to close (video)", "Harbour bridge to close"),
        ("2. Harbour bridge to close (PHOTOS) | Harbour News", "Harbour bridge to close"),
        # Kept: a label that is part of the title, a tag inside it, a colon after other words.
        ("Watch: Harbour bridge to close", "Watch: Harbour bridge to close"),
        ("Harbour bridge (video) goes viral", "Harbour bridge (video) goes viral"),
        ("Reading: the town that loved its bridge", "Reading: the town that loved its bridge"),
        ("[Watch]", "[Watch]"),
    ],
)
def test_title_bounds(line: str, title: str) -> None:
    start, end = title_bounds(line)
    assert line[start:end] == title


def test_headline_span_leaves_out_reading_label_and_media_tag() -> None:
    text = "now reading: Harbour bridge to close [Watch]\nBy Ann Lee\n\n" + _BODY
    (art,) = segmenter.segment(text)
    assert art.headline is not None and art.headline.text == "Harbour bridge to close"
    assert text[art.headline.span.start : art.headline.span.end] == art.headline.text


@pytest.mark.parametrize("kicker", ["3. Harbour bridge", "Transport", "Ann Lee"])
def test_kicker_over_a_title_on_its_byline(kicker: str) -> None:
    # A breadcrumb's last item that starts the title, a section label, a name tag.
    title = "Harbour bridge to close for repairs in March"
    text = f"{kicker}\n{title}\nBy Ann Lee\n\n" + _BODY
    (art,) = segmenter.segment(text)
    assert art.headline is not None and art.headline.text == title


def test_short_title_over_its_standfirst_is_no_kicker() -> None:
    standfirst = "Drivers face a long detour along the coast"
    text = f"Harbour bridge closure?\n{standfirst}\nBy Ann Lee\n\n" + _BODY
    (art,) = segmenter.segment(text)
    assert art.headline is not None and art.headline.text == "Harbour bridge closure?"
    assert [b.text for b in art.bullets] == [standfirst]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Crowds gather at the quay before the parade. (AP)", True),
        ("Workers inspect the bridge supports.Jo Park/Harbour Globe", True),
        ("Photograph showing the cracks in the bridge supports", True),
        ("Energy Management, Environmental Management", True),  # a tag row
        ("Here is what the closure means:", True),  # a list's lead-in
        ("Drivers face a long detour while the bridge is shut", False),
        ("Lanterns on the water", False),
    ],
)
def test_caption_like(line: str, caption: bool) -> None:
    assert caption_like(read_line(line, 0, len(line), None)) is caption


def test_standfirst_under_byline_and_stamp() -> None:
    header = "Harbour bridge to close\nBy Ann Lee\npublished 2 March 2024\n"
    text = header + "Drivers face a long detour\n* Comments\n(Image credit: Jo Park)\n" + _BODY
    (art,) = segmenter.segment(text)
    assert [b.text for b in art.bullets] == ["Drivers face a long detour"]
    caption = "Workers inspect the bridge on Monday. (AP)\n"
    (art,) = segmenter.segment(header + caption + _BODY)
    assert art.bullets == ()


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Harbour Bridge Closes For Repairs As Cracks Spread -- Drivers Face Detour!", True),
        ("Will The Harbour Bridge Ever Reopen After The Cracks Spread?", True),
        ("Who would have thought the harbour bridge would close again this year?", False),
        ("Harbour Bridge Closes For Repairs As Cracks Spread.", False),
    ],
)
def test_run_opening_with_its_title(line: str, title: bool) -> None:
    text = f"Ann Lee\n{line}\n" + _BODY
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    if title:
        assert art.headline is not None and art.headline.text == line
        assert art.paragraphs[0].text.startswith("The harbour bridge")
    else:
        assert art.headline is None or art.headline.text != line


def test_short_sentence_under_title_is_its_standfirst() -> None:
    title = "Best detours while the harbour crossing is shut: a driver guide"
    text = f"{title}\nPlan your trip early.\nBy Ann Lee\n\n" + _BODY
    (art,) = segmenter.segment(text)
    assert art.headline is not None and art.headline.text == title
    assert [b.text for b in art.bullets] == ["Plan your trip early."]


def test_product_name_under_its_review_title_is_no_title() -> None:
    title = "2024 Harbour Skiff Review by Ann Lee"
    text = f"{title}\n2024 Harbour Skiff\n2024 Harbour Skiff\nA fun boat.\n\n" + _BODY
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    assert art.headline is not None and art.headline.text == title


@pytest.mark.parametrize(
    ("under", "bullets"),
    [
        ("Drivers face a long detour", ["Drivers face a long detour"]),
        ("Opinions expressed by contributors are their own.", []),
        ("Get the full experience.Choose your plan", []),
    ],
)
def test_standfirst_under_the_last_stamp(under: str, bullets: list[str]) -> None:
    header = (
        "Harbour bridge to close\nBy Ann Lee\nContributions from\nBo Tan\n"
        "published 2 March 2024\n"
    )
    text = header + under + "\n* Comments\n(Image credit: Jo Park)\n" + _BODY
    (art,) = segmenter.segment(text)
    assert [b.text for b in art.bullets] == bullets


def test_repeated_section_label_over_a_whole_header_is_a_kicker() -> None:
    # The label shares more words with the body than the title does, and is printed twice;
    # the title under it has its own standfirst sentence and byline.
    title = "Why a single crossing matters so much to the people who live by the sea"
    text = (
        "* Harbour Bridge: Repairs\nHarbour Bridge: Repairs\n" + title + "\n"
        "Cracks, detours and a quiet town.\nBy Ann Lee\nMarch 2, 2024\n\n" + _BODY
    )
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    assert art.headline is not None and art.headline.text == title
    assert [b.text for b in art.bullets] == ["Cracks, detours and a quiet town."]


def test_breadcrumb_glued_to_the_title_is_not_the_title() -> None:
    # Nor does the glued line count as a title-shaped line above the title.
    text = f"Home News Transport {_TITLE}\n{_TITLE}\nCoast road detour\nBy Ann Lee\n\n" + _BODY
    (art,) = segmenter.segment(text)
    assert art.headline is not None and art.headline.text == _TITLE


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("By joining, you agree to our Terms of Service and our Privacy Notice.", True),
        ("Signing up means you consent to the Harbour Post Privacy Policy and its Terms.", True),
        ("Reading this site constitutes acceptance of our Reader Terms (revised 2/2/2024).", True),
        ("Subscribing indicates your consent to our Terms of Use and Privacy Policy.", True),
        ("This form is protected by reCAPTCHA and the search company's own terms apply.", True),
        # Body text about terms and consent, not a notice to the reader.
        ("Shoppers who agree to the new terms will keep their points, the chain said.", False),
        ("Tap Settings, confirm you agree with the app's terms, then tap Continue.", False),
        ('"If you agree to the terms, you hand over your data," the lawyer said of the app.', False),
        ("The board gave its consent to the privacy review in March, the minutes show.", False),
    ],
)
def test_legal_notices_are_furniture(line: str, furniture: bool) -> None:
    from newsparse.headlines import is_furniture

    assert is_furniture(line) is furniture
    # In a page, the notice under the story is not a paragraph of it.
    text = "Harbour bridge to close for repairs in March\n\n" + _BODY + "\n" + line + "\n"
    (art,) = segmenter.segment(text)
    assert (line in [p.text for p in art.paragraphs]) is not furniture


@pytest.mark.parametrize("code", ["AP", "AA", "PA"])
def test_two_letter_agency_code_alone_is_no_byline(code: str) -> None:
    # A code alone on its line is a photo credit or a text-size button, not the story's author.
    text = (
        "Harbour bridge to close for repairs in March\n"
        "Workers inspect the rusted supports under the bridge.\n"
        f"{code}\n\n" + _BODY
    )
    (art,) = segmenter.segment(text)
    assert art.byline is None or code not in art.byline.authors
# --- runs kept: a story's body cut from its header by a box ---------------------------------

_MENU = "".join(f"* Section {n}\n" for n in range(30))
_STORY = (
    "Harbour ferries to run later on weekend nights\nBy Ann Lee\nPublished March 2, 2024\n\n"
    + "".join(
        f"The ferry company said evening crossing number {n} would leave the quay later on "
        "Fridays and Saturdays, after a year of complaints from people working in the town.\n"
        for n in range(6)
    )
)
_MORE = "".join(
    f"Passengers on route {n} said the old timetable left them waiting for an hour on the "
    "pier after the last bus, and the company agreed to move the departures by half an hour.\n"
    for n in range(9)
)


def _box(n: int) -> str:
    return "".join(f"* Route {k}\n" for k in range(n))


def test_largest_run_cut_from_its_story_by_a_box_joins_it() -> None:
    text = _MENU + _STORY + "\nTimetable\n" + _box(20) + "\n" + _MORE + _MENU
    art = max(segmenter.segment(text), key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.headline is not None and art.headline.text.startswith("Harbour ferries")
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert len(art.paragraphs) == 15


def test_largest_run_with_its_own_header_is_not_joined() -> None:
    other = "Coast road to close for a week of repairs\nBy Bo Tan\nPublished March 2, 2024\n\n"
    text = _MENU + _STORY + "\nTimetable\n" + _box(20) + "\n" + other + _MORE + _MENU
    art = max(segmenter.segment(text), key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.headline is not None and art.headline.text.startswith("Coast road")
    assert art.byline is not None and art.byline.authors == ("Bo Tan",)
    assert len(art.paragraphs) == 9


def test_largest_run_far_below_a_story_is_not_joined() -> None:
    # More than a page's gap of lines without prose: another page of a dump, not the story.
    text = _MENU + _STORY + "\n" + _box(45) + "\n" + _MORE + _MENU
    (art,) = [
        a
        for a in segmenter.segment(text)
        if a.headline is not None and a.headline.text.startswith("Harbour ferries")
    ]
    assert len(art.paragraphs) == 6


# --- titles: the author's bare name under the title -----------------------------------------


@pytest.mark.parametrize(
    ("under", "credited"),
    [
        ("Ann Lee\nand others", True),  # the names, then a joiner line
        ("Ann Lee", True),
        ("Harbour Desk", False),  # no known given name: no author
        ("Senior Reporter", False),
    ],
)
def test_bare_name_under_the_title_credits_it(under: str, credited: bool) -> None:
    title = "Is the old port crossing safe? What inspectors saw under its deck"
    text = (
        f"Menu\n{title}\n{under}\n5 min read\nGetty Images\n"
        "Will the coast road take the traffic?\n" + _BODY
    )
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    assert art.headline is not None
    assert (art.headline.text == title) is credited
    if credited:
        assert art.byline is not None and art.byline.authors == ("Ann Lee",)


# --- runs kept: a cookie policy is no story -------------------------------------------------

_COOKIE_ROWS = "".join(
    f"cookie-consent-{kind}  11 months  This cookie is set by the consent plugin to remember "
    f"whether the visitor agreed to {kind} cookies on this website.\n"
    for kind in ("analytics", "functional", "necessary", "others", "performance", "adverts", "video")
)


@pytest.mark.parametrize("recipe", [False, True])
def test_cookie_policy_is_not_the_main_run(recipe: bool) -> None:
    # A recipe's run names cookies on most lines too, but never asks for consent.
    rows = _COOKIE_ROWS.replace("consent", "butter") if recipe else _COOKIE_ROWS
    text = _MENU + _STORY + "\n" + _MENU + "Necessary cookies help the website work.\n" + rows
    art = max(segmenter.segment(text), key=lambda a: sum(len(p.text) for p in a.paragraphs))
    assert art.headline is not None and art.headline.text.startswith("Harbour ferries")
    assert any(p.text.startswith("cookie-") for p in art.paragraphs) is recipe


# --- stamps: at the foot of the story -------------------------------------------------------


@pytest.mark.parametrize(("between", "found"), [(3, True), (14, False)])
def test_stamp_at_the_foot_of_the_last_story(between: int, found: bool) -> None:
    related = "".join(f"Ferry news item number {k}\n" for k in range(between))
    text = (
        "Menu\nHarbour bridge to close for repairs in March\n\n" + _BODY
        + "Related posts\n" + related + "Comment\nMar 2, 2024 08:05am PDT\nShare this\n"
    )
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    assert art.headline is not None and art.headline.text.startswith("Harbour bridge")
    assert (art.published is not None) is found
    if found:
        assert art.published is not None and art.published.value is not None
        assert art.published.value.date() == dt.date(2024, 3, 2)


def test_stamp_under_a_story_heading_the_next_is_not_taken() -> None:
    other = (
        "Coast road to reopen after a winter of repairs\nMar 2, 2024\n\n"
        "The coast road will reopen on Friday after a winter of repairs to the sea wall, "
        "the council said, two weeks later than it had planned in the autumn.\n"
        "Buses will return to the road on Monday, when the temporary stops are removed.\n"
    )
    text = "Harbour bridge to close for repairs in March\n\n" + _BODY + "\n\n" + other
    first, second = segmenter.segment(text)
    assert first.published is None
    assert second.published is not None and second.published.value is not None


# --- bylines: an author widget's link text under "By" ---------------------------------------


@pytest.mark.parametrize(
    ("widget", "authors"),
    [
        ("Social Links for Ann Lee", ["Ann Lee"]),
        ("View all posts by Bo Tan", ["Bo Tan"]),
        ("Social Links for Harbour News", []),  # an outlet, not a person
        ("Posts by category", []),
        ("Email the author", []),
    ],
)
def test_author_widget_under_by_label(widget: str, authors: list[str]) -> None:
    text = (
        f"Harbour bridge to close for repairs in March\nBy\n{widget}\n"
        "Published March 2, 2024\n\n" + _BODY
    )
    (art,) = segmenter.segment(text)
    assert (list(art.byline.authors) if art.byline else []) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ann Leelong Read", ("Ann Lee",)),  # the label glued to the name by scraping
        ("By Ann Lee long read", ("Ann Lee",)),
        ("By Ann Long", ("Ann Long",)),  # a surname, not the label
        ("By the long read of the charter, the town may build.", None),
    ],
)
def test_reading_label_after_the_byline(line: str, authors: tuple[str, ...] | None) -> None:
    hit = parse_byline(line)
    assert (hit.authors if hit else None) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By December, the fund had raised more than $1 million from the valley towns.", None),
        ("By Monday, the river had fallen below the old mark.", None),
        ("By March 2024 the works on the pier were done.", None),
        ("BY NOON", None),
        ("By April Ryan", ("April Ryan",)),  # a name may start with a month
        ("By May Lee and Bo Tan", ("May Lee", "Bo Tan")),
    ],
)
def test_by_and_a_time_word_opens_a_sentence(line: str, authors: tuple[str, ...] | None) -> None:
    hit = parse_byline(line)
    assert (hit.authors if hit else None) == authors


def test_body_sentence_opening_with_by_and_a_month_does_not_split_the_story() -> None:
    text = (
        "Harbour bridge to close for repairs in March\nBy Ann Lee\nPublished March 2, 2024\n\n"
        + _BODY
        + "By December, the town had raised more than half the money for the repairs, and "
        "the council said the rest would come from the port's own reserves next year.\n"
        + _BODY
    )
    (art,) = segmenter.segment(text)
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)
    assert len(art.paragraphs) == 5


def test_name_and_outlet_over_the_stamp_is_the_byline_not_the_title() -> None:
    # The standfirst names the author too: the name line shares words with the body.
    title = "Harbour Report: Latest bridge works and the detours drivers face"
    text = (
        f"Menu\n{title}\n"
        "Harbour Report's Ann Lee tracks the bridge repairs and the coast road detour this week.\n"
        "Ann Lee, Harbour Report\nUpdated on March 2, 2024 1:23 PM\n" + _BODY
        + "Ann Lee of the Harbour Report said the bridge would reopen in May.\n"
    )
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    assert art.headline is not None and art.headline.text == title
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)


def test_list_of_teasers_between_the_header_and_the_body_holds_no_title() -> None:
    title = "Ferry crews chase the last places in the spring regatta"
    teasers = "".join(
        f"Town council votes on the {topic} budget for next year\nBy: {name}\n"
        for topic, name in (("parks", "Bo Tan"), ("roads", "Cy Dean"), ("schools", "Bo Tan"))
    )
    text = (
        f"Menu\nSport\n{title}\nby Ann Lee, Sports Reporter\nMarch 2, 2024 04:26 PM\n"
        f"Latest\n{teasers}Videos\n\n" + _BODY
    )
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    assert art.headline is not None and art.headline.text == title
    assert art.byline is not None and art.byline.authors == ("Ann Lee",)


# --- bylines: author cards with a bio between them ------------------------------------------

_CARD_A = "Ann Lee\nHarbour Tribune Staff Writer\nCovers the port and its ferries.\nFollow on X\n"


@pytest.mark.parametrize(
    ("second", "authors"),
    [
        ("Bo Tan\nHarbour Tribune\nHarbour Tribune transport insider\n", ("Ann Lee", "Bo Tan")),
        ("Bo Tan\nSenior Reporter\n", ("Ann Lee", "Bo Tan")),
        # two lines of prose between them: a story's paragraphs, not a card's bio
        ("The ferries will run late.\nBo Tan\nSenior Reporter\n", ("Ann Lee",)),
        ("Bo Tan\nHarbour Tribune\nWeather\n", ("Ann Lee",)),  # no job title: no card
    ],
)
def test_author_cards_with_a_bio_between_them(second: str, authors: tuple[str, ...]) -> None:
    text = (
        "Harbour bridge to close for repairs in March\n" + _CARD_A + second
        + "Follow on X\nMar 2, 2024, 12:54 PM ET\n\n" + _BODY
    )
    art = max(segmenter.segment(text), key=lambda a: len(a.paragraphs))
    assert art.byline is not None and art.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "lead"), [("ByAnn Lee", True), ("BY ANN LEE", True), ("by Ann Lee", True),
                       ("Byte-sized news", False), ("Bystanders filmed the crash", False)]
)
def test_far_byline_lead_is_the_word_by(line: str, lead: bool) -> None:
    from newsparse._structure_near import _LEAD_BY

    assert (_LEAD_BY.match(line) is not None) is lead


def _read_every_line(
    text: str, spans: list[tuple[int, int]], now: dt.datetime | None
) -> Any:
    from newsparse._structure_lines import settled, skim_lines

    lines = skim_lines(text, spans, now)
    for i in range(len(lines)):
        settled(lines, i)
    return lines


def _page_mixes(n: int, seed: int) -> list[str]:
    """Pages put together from the golden cases' lines: menus, headers and bodies in new
    orders and repeats (blank lines here and there), with runs of menu items cutting a
    header's lines (a stamp, a byline, a name) from its title and body, so that articles
    and the lines their steps look for stand far apart."""
    import random

    rng = random.Random(seed)
    pool = [ln for name in NAMES for ln in _load(name)[0].splitlines()]
    menu = [ln for ln in pool if 0 < len(ln.split()) <= 3]
    heads = [ln for ln in pool if len(ln.split()) <= 12 and any(c.isdigit() for c in ln)]
    heads += [ln for ln in pool if ln[:3].lower() == "by " or 2 <= len(ln.split()) <= 3]
    pages = []
    for _ in range(n):
        chunks = []
        for _ in range(rng.randint(1, 4)):
            start = rng.randrange(len(pool))
            chunks.append(pool[start : start + rng.randint(10, 120)])
            chunks.append(rng.sample(menu, rng.randint(0, 45)))
            chunks.append(rng.sample(heads, rng.randint(0, 3)))
        rng.shuffle(chunks)
        lines = [ln for chunk in chunks for ln in chunk]
        pages.append("\n".join(ln + ("\n" if rng.random() < 0.3 else "") for ln in lines))
    return pages


def _far_layouts() -> list[str]:
    """A header's or an author box's lines set 0 to 45 menu items away from the title and
    body: the steps that look far for a stamp, a byline, a name by a date or an author card
    ask for those lines (the menu items between, and the lines next to them)."""
    title = "Harbour bridge to close for repairs in March\n"
    pieces = (
        "March 2, 2024\n", "By Ann Lee\n", "Ann Lee\nMarch 2, 2024\n",
        "Ann Lee\nSenior Reporter\nMarch 2, 2024\n", "By\nAnn Lee\n", "Updated 3 hours ago\n",
        "Ann Lee\nTravel\nMarch 2, 2024\n", "Ann Lee\nTravel\n\nMarch 2, 2024\n",
    )
    out = []
    for far in range(0, 46, 3):
        menu = "".join(f"* Menu item {k}\n" for k in range(far))
        for piece in pieces:
            out.append(piece + menu + title + _BODY)
            out.append("Ann Lee\n" + menu + piece + title + "\n" + _BODY)
        out.append("By\nBo Tan\n* Share\nBy\nAnn Lee\n" + menu + title + _BODY)
        foot = "".join(f"* Menu item {k}\n" for k in range(far // 3))
        out.append(title + "March 2, 2024\n" + _BODY + foot + "Written by Ann Lee\n")
    return out


@pytest.mark.parametrize("seed", range(3))
def test_lines_read_on_demand_give_what_reading_every_line_gives(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The segmenter reads a line that cannot be prose only when a step asks for it (see
    # ``skim_lines``): it must find what it finds with every line read up front.
    from tests.strategies import ARTICLES

    now = dt.datetime(2024, 2, 17, 12)
    texts = [*(_load(name)[0] for name in NAMES), *_far_layouts()] if seed == 0 else []
    texts += [*ARTICLES, *_page_mixes(120, seed)]
    lazy = [segmenter.segment(t, now=now) for t in texts]
    monkeypatch.setattr(segmenter, "skim_lines", _read_every_line)
    eager = [segmenter.segment(t, now=now) for t in texts]
    assert sum(len(arts) for arts in eager) > len(texts)
    for text, got, want in zip(texts, lazy, eager, strict=True):
        assert got == want, text[:200]


@pytest.mark.parametrize("seed", range(2))
def test_title_chosen_counting_only_the_lines_that_may_win(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # header_title counts a line's repeats in the page only where they may make it the best
    # line: it must choose what the best of every line's full score chooses.
    from newsparse import _structure_titles as st

    def every_line(entries: list[Any], counts: Any) -> tuple[float, int] | None:
        return max((st._final(e, counts) for e in entries), default=None)

    texts = [*(_load(name)[0] for name in NAMES), *_far_layouts()] if seed == 0 else []
    texts += _page_mixes(120, seed + 10)
    got = [segmenter.segment(t) for t in texts]
    monkeypatch.setattr(st, "_best", every_line)
    assert [segmenter.segment(t) for t in texts] == got


@pytest.mark.parametrize("seed", range(2))
def test_title_chosen_without_counting_when_one_line_alone_may_win(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # header_title does not count a line's repeats in the page when no other line may beat
    # it with them (most runs): it must choose what counting them chooses.
    from newsparse import _structure_titles as st

    def counted(entries: list[Any], counts: Any) -> int | None:
        best = st._best(entries, counts)
        return None if best is None else best[1]

    texts = [*(_load(name)[0] for name in NAMES), *_far_layouts()] if seed == 0 else []
    texts += _page_mixes(120, seed + 20)
    got = [segmenter.segment(t) for t in texts]
    monkeypatch.setattr(st, "_best_at", counted)
    assert [segmenter.segment(t) for t in texts] == got


def _old_bare_titles(text: str, lines: list[Any], start: int, end: int) -> list[int]:
    """bare_titles as it was: the story's words above read line by line."""
    from newsparse import _structure_titles as st

    out: list[int] = []
    seg = start
    above: set[str] = set()
    for i in range(start, end):
        line = lines[i]
        if (
            i - seg >= 1
            and i + 1 < end
            and st.title_shaped(line)
            and not st.is_prose(line)
            and 3 <= line.words <= 25
            and not st.NUMBERED.match(line.text)
            and st.is_prose(lines[i - 1])
            and st.is_prose(lines[i + 1])
            and text.count("\n", lines[i - 1].end, line.start) >= 2
        ):
            stems = st._stems(line.text)
            below = st._stems(" ".join(ln.text[:400] for ln in lines[i + 1 : i + 3]))
            if len(stems) >= 2:
                ahead = len(stems & below) / len(stems)
                back = len(stems & above) / len(stems)
                if ahead >= 0.5 and back <= 0.2:
                    out.append(i)
                    seg = i + 1
                    above = set()
                    continue
        above |= st._stems(line.text[:800])
    return out


@pytest.mark.parametrize("seed", range(2))
def test_bare_titles_read_the_story_above_only_for_a_candidate(seed: int) -> None:
    # bare_titles reads the words of the story above a line only when the line may be a bare
    # title: the titles it finds are the ones reading every line finds.
    from newsparse._blocks import iter_lines
    from newsparse._structure_titles import bare_titles

    texts = [_load(name)[0] for name in NAMES] if seed == 0 else []
    texts += _page_mixes(120, seed + 30)
    story = ("Ferry fares will rise in June, the operator said on Monday.\n\n"
             "New park opens on old rail yard\n"
             "A park built on an old rail yard opened on Saturday with a pond.\n\n")
    texts += [story * n + _BODY for n in range(1, 6)]
    found = 0
    for text in texts:
        lines = [read_line(text, s, e, None) for s, e in iter_lines(text)]
        want = _old_bare_titles(text, lines, 0, len(lines))
        found += len(want)
        assert bare_titles(text, lines, 0, len(lines)) == want, text[:200]
    assert found > 5


@pytest.mark.parametrize("seed", range(2))
def test_relabel_looks_at_a_body_line_only_for_its_date_label(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # relabel notices only a date label on a line read as body (no author label or job title
    # alone has twelve words): the lines it gives, read in full, are what noticing every
    # reading of every line gives.
    from newsparse import _structure_authors as sa
    from newsparse._blocks import iter_lines
    from newsparse._structure_lines import settled, skim_lines

    texts = [*(_load(name)[0] for name in NAMES), *_far_layouts()] if seed == 0 else []
    texts += _page_mixes(120, seed + 40)
    texts += ["By\nAnn Lee\n" + _BODY, "Ann Lee\nSenior Reporter\n" + _BODY,
              "Date: March 2, 2024 " + "the town " * 30 + "flooded.\n" + _BODY]

    def relabelled(text: str) -> list[Any]:
        lines = sa.relabel(skim_lines(text, list(iter_lines(text)), None))
        return [settled(lines, i) for i in range(len(lines))]

    got = [relabelled(t) for t in texts]
    monkeypatch.setattr(sa, "_date_noticed", sa._noticed)
    assert [relabelled(t) for t in texts] == got
