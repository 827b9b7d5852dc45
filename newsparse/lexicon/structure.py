"""Knowledge the structure stage applies: page furniture, agencies, credits, dateline labels.

Sources: the furniture phrases are the share, follow and navigation labels that news sites
print around articles (collected by reading the public pages of AP, Reuters, the Guardian, BBC,
Arab News, The Hill, Al Jazeera and others, and the inscriptis text renderings of such pages);
the agency names are the wire services of the world press (the Alliance of European News
Agencies' member list, plus the US, Asian and Gulf agencies cited in bylines); the label
words are section and alert labels that look like all-caps datelines but are not.

>>> "short url" in FURNITURE_PHRASES
True
>>> AGENCIES["AP"]
'AP'
"""

from __future__ import annotations

# Lines that are page furniture when they stand alone (compared case-insensitively, with
# trailing punctuation and counters such as "Comments (12)" removed).
FURNITURE_PHRASES: frozenset[str] = frozenset(
    """
    short url
    follow
    follow us
    following
    unfollow
    share
    shares
    share this
    share this article
    share on facebook
    share on twitter
    share on x
    share on whatsapp
    share on linkedin
    share via email
    share story
    share article
    share page
    copy link
    link copied
    copy url
    tweet
    email
    print
    print article
    facebook
    twitter
    x
    whatsapp
    linkedin
    reddit
    pinterest
    telegram
    messenger
    flipboard
    read more
    read more:
    more
    ... more
    see more
    show more
    load more
    view all
    view comments
    comments
    comment
    add comment
    leave a comment
    skip to content
    skip to main content
    skip to navigation
    toggle menu
    menu
    close
    search
    sign in
    sign up
    log in
    login
    subscribe
    subscribe now
    register
    newsletter
    newsletters
    advertisement
    advertisement:
    ad
    sponsored
    sponsored content
    related
    related articles
    related stories
    related content
    related news
    recommended
    recommended stories
    most read
    most popular
    trending
    trending now
    listen
    listen to this article
    listen to article
    play
    watch
    video
    audio
    gift this article
    save
    save article
    bookmark
    back to top
    top stories
    latest news
    latest
    home
    news
    world
    opinion
    sport
    sports
    business
    cookie settings
    accept cookies
    accept all cookies
    manage cookies
    privacy policy
    terms of use
    contact us
    about us
    all rights reserved
    """.strip().splitlines()
)
FURNITURE_PHRASES = frozenset(p.strip() for p in FURNITURE_PHRASES if p.strip())

# Words of share/follow button rows: a short line made only of these is furniture
# ("Share Tweet", "Facebook Twitter Email", "Share on Facebook Share on Twitter").
_BUTTON_WORDS = """
    share tweet email e-mail print facebook twitter x whatsapp linkedin reddit pinterest
    telegram messenger flipboard copy link url copied more comments comment save pin snap
    mail sms follow subscribe bookmark gift close menu search sign in up log
    on via
"""
FURNITURE_WORDS: frozenset[str] = frozenset(_BUTTON_WORDS.split())

# News agencies: the spelling as written (in parentheses, credits and datelines) to the
# canonical short name.
AGENCIES: dict[str, str] = {
    "AP": "AP",
    "Associated Press": "AP",
    "The Associated Press": "AP",
    "Reuters": "Reuters",
    "REUTERS": "Reuters",
    "AFP": "AFP",
    "Agence France-Presse": "AFP",
    "Agence France Presse": "AFP",
    "dpa": "dpa",
    "DPA": "dpa",
    "ANSA": "ANSA",
    "EFE": "EFE",
    "Xinhua": "Xinhua",
    "Kyodo": "Kyodo",
    "Yonhap": "Yonhap",
    "Bernama": "Bernama",
    "PTI": "PTI",
    "IANS": "IANS",
    "ANI": "ANI",
    "UNI": "UNI",
    "SPA": "SPA",
    "WAM": "WAM",
    "QNA": "QNA",
    "KUNA": "KUNA",
    "Anadolu": "Anadolu",
    "AA": "Anadolu",
    "TASS": "TASS",
    "RIA": "RIA",
    "Interfax": "Interfax",
    "Bloomberg": "Bloomberg",
    "CNN": "CNN",
    "UPI": "UPI",
    "CP": "CP",
    "The Canadian Press": "CP",
    "PA": "PA",
    "PA Media": "PA",
    "AAP": "AAP",
    "NNA": "NNA",
    "Arab News": "Arab News",
}

# Picture agencies and photo desks that appear in credits.
PHOTO_AGENCIES: tuple[str, ...] = (
    "AP",
    "AP Photo",
    "AFP",
    "AFP via Getty Images",
    "Getty Images",
    "Getty",
    "Reuters",
    "REUTERS",
    "EPA",
    "EPA-EFE",
    "Shutterstock",
    "Alamy",
    "Bloomberg",
    "PA",
    "PA Media",
    "PA Images",
    "SOPA Images",
    "NurPhoto",
    "Xinhua",
    "Anadolu",
    "Anadolu Agency",
    "Supplied",
    "Handout",
    "File",
    "File photo",
    "Pool",
)

# All-caps words that open a line like a dateline ("UPDATED: ...") but name no place.
DATELINE_LABELS: frozenset[str] = frozenset(
    """
    UPDATED
    UPDATE
    BREAKING
    BREAKING NEWS
    WATCH
    LISTEN
    READ
    READ MORE
    EXCLUSIVE
    ANALYSIS
    OPINION
    EDITORIAL
    COMMENT
    REVIEW
    LIVE
    LIVE UPDATES
    WARNING
    WARNING GRAPHIC DETAIL
    GRAPHIC CONTENT
    CORRECTION
    CLARIFICATION
    EDITOR'S NOTE
    EDITORS NOTE
    NOTE
    PHOTOS
    VIDEO
    PHOTO
    FILE
    FACTBOX
    EXPLAINER
    SPONSORED
    ADVERTISEMENT
    Q
    A
    FAQ
    UPDATE
    RELATED
    MORE
    ALSO READ
    SEE ALSO
    SOURCE
    SOURCES
    TAGS
    TOPICS
    NEW
    JUST IN
    DEVELOPING
    URGENT
    FLASH
    ALERT
    TIP
    PS
    """.strip().splitlines()
)
DATELINE_LABELS = frozenset(w.strip() for w in DATELINE_LABELS if w.strip())
