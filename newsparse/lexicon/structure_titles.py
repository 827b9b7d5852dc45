"""Knowledge for choosing an article's title: phrases of page labels that are never titles.

Sources: the labels news sites print near their headlines in page text (reading-time notes,
newsletter and subscription prompts, "why you can trust us" boxes, editorial-policy links,
"This article is more than 1 month old", video durations, tag and breadcrumb rows), read from
the inscriptis renderings of public news pages; the function words are the common English
closed-class words (articles, pronouns, prepositions, auxiliaries).

>>> "newsletter" in TITLE_NOT_PHRASES
True
>>> "about" in FUNCTION_WORDS
True
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

#: Words and phrases that mark a short line as a page label, not a title (matched as whole
#: words, case-insensitively). A title rarely talks about the page it stands on.
TITLE_NOT_PHRASES: tuple[str, ...] = (
    "min read",
    "mins read",
    "minute read",
    "minutes read",
    "minutes to read",
    "min to read",
    "read time",
    "reading time",
    "sign up",
    "sign in",
    "log in",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "click here",
    "click to",
    "why you can trust",
    "editorial guidelines",
    "editorial standards",
    "editorial policy",
    "more than 1 month old",
    "more than 1 year old",
    "you may like",
    "you might like",
    "recommended for you",
    "most popular",
    "most read",
    "related stories",
    "related articles",
    "more stories",
    "more news",
    "top stories",
    "trending now",
    "latest news",
    "all stories",
    "extended reactions",
    "try again later",
    "shop with us",
    "advertisement",
    "sponsored content",
    "sponsor content",
    "partner content",
    "question of the day",
    "search",
    "tags",
    "filed under",
    "zip code",
    "editors' pick",
    "editor's pick",
    "saved stories",
    "save this story",
    "save article",
    "valid email",
    "email address",
    "earn a commission",
    "affiliate commission",
    "got a tip",
    "send us a tip",
    "content below",
    "read our full",
    "read more",
    "read next",
    "see also",
    "recommended:",
    "tel:",
    "email protected",
    # Tip-line, rating and donation prompts printed beside a headline.
    "get in touch",
    "confidential tip",
    "rate & review",
    "rate and review",
    "be the first to",
    "like to contribute",
    "make a contribution",
    "support our journalism",
    # Icon descriptions (alt text read out by the renderer) and guide-page tools.
    "arrow pointing",
    "in the shape of",
    "it indicates",
    "find in guide",
    "table of contents",
    "jump to",
    "all videos",
    "watch next",
    "up next",
    "now playing",
    "gift articles",
    "gift this article",
    "contributions from",
    # Disclaimers and plan offers printed under a byline.
    "opinions expressed",
    "views expressed",
    "choose your plan",
    "full experience",
    # Account menus and error notices.
    "account settings",
    "log out",
    "sign out",
    "something went wrong",
)

#: Closed-class words left out when a line's words are compared with the body's words.
FUNCTION_WORDS: frozenset[str] = _words(
    """
    a an the and or but nor so yet for of in on at to from by with without about above below
    into onto over under after before since until while during through across against among
    between as than that this these those there here what which who whom whose when where why
    how is are was were be been being am do does did done has have had having will would shall
    should can could may might must not no yes it its it's he him his she her hers they them
    their theirs we us our ours you your yours i me my mine all any some each every more most
    other such only own same just also very too up down out off again then once new says said
    """
)
