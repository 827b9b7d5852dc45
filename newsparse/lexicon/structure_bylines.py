"""Knowledge for reading bylines: lead phrases, job titles, trailer roles, words no name has.

Sources: the byline and credit conventions of the AP Stylebook ("By", agency credits, the
"Reporting by ...; Editing by ..." trailers of Reuters copy) and the bylines printed by news
sites in their page text (staff titles such as "Staff Writer", "Senior Contributor",
"Correspondent"; outlet names glued after the author).

>>> "staff" in JOB_WORDS
True
>>> TRAILER_ROLES["editing"]
False
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

#: Phrases that open a byline (compared case-insensitively), longest first when compiled.
BYLINE_LEADS: tuple[str, ...] = (
    "by",
    "written by",
    "words by",
    "story by",
    "text by",
    "report by",
    "reported by",
    "as told to",
    "posted by",
    "published by",
    "interview by",
    "compiled by",
    "analysis by",
    "opinion by",
    "commentary by",
    "story and photos by",
    "photos and story by",
    "text and photos by",
    "words and photos by",
    "words and pictures by",
)

#: Labels that open a byline when a colon follows them ("Author: Ann Lee").
BYLINE_LABELS: tuple[str, ...] = (
    "author",
    "authors",
    "author(s)",
    "words",
    "reporter",
    "reporters",
    "text",
    "writer",
    "written",
)

#: Link texts of an author widget that stand before the author's name under a "By" label
#: ("By" / "Social Links for Ann Lee", "By" / "View all posts by Ann Lee"), compared
#: case-insensitively.
AUTHOR_LINK_LEADS: tuple[str, ...] = (
    "social links for",
    "view all posts by",
    "view all articles by",
    "more articles by",
    "more stories by",
    "all posts by",
    "all articles by",
    "all stories by",
    "posts by",
    "articles by",
)

#: Words of job titles printed after an author's name; a byline part holding one is a title,
#: not a name ("Staff Writer", "Senior Contributor", "Politics Reporter").
JOB_WORDS: frozenset[str] = _words(
    """
    staff writer reporter correspondent editor editors contributor contributing columnist
    producer photographer photojournalist director chief deputy senior associate assistant
    journalist author analyst critic host anchor intern fellow professor lecturer researcher
    manager head lead principal founder president cto ceo cfo coo officer specialist
    commentator blogger freelance freelancer team desk newsroom bureau guest special
    international national political politics business science health technology tech sports
    culture entertainment opinion features news global general digital audience video social
    media data investigations investigative
    """
)

#: Words no author's name holds: a "name" with one of these is furniture ("Email the author").
NOT_NAME_WORDS: frozenset[str] = _words(
    """
    email e-mail follow share contact twitter facebook instagram linkedin subscribe more
    view profile author authors bio read updated published posted comments comment print
    newsletter sign share by
    """
)

#: Words of time that "By" opens in a sentence, never an author alone ("By December, the
#: fund had grown", "By Monday night"): month and weekday names, parts of the day. A name may
#: still start with one ("By April Ryan"): only a one-word "name" is refused.
TIME_WORDS: frozenset[str] = _words(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday noon midnight dawn dusk tonight
    today tomorrow yesterday then now
    """
)

#: Roles in a wire trailer ("Reporting by A; Editing by B") and whether they are authors.
TRAILER_ROLES: dict[str, bool] = {
    "reporting": True,
    "additional reporting": True,
    "writing": True,
    "written": True,
    "compiled": True,
    "editing": False,
    "edited": False,
    "graphics": False,
    "fact-checking": False,
    "production": False,
}

#: Lower-case words that may stand inside a name or an organisation credited as author.
NAME_PARTICLES: frozenset[str] = _words(
    "van von de da del der den du di dos das bin ibn al el la le of y e st"
)

#: Endings of outlet names glued after a byline ("Elizabeth Flores USA TODAY").
OUTLET_ENDINGS: tuple[str, ...] = (
    "News",
    "Times",
    "Post",
    "Journal",
    "Herald",
    "Tribune",
    "Today",
    "TODAY",
    "Daily",
    "Magazine",
    "Press",
    "Wire",
    "Review",
    "Gazette",
    "Telegraph",
    "Guardian",
    "Insider",
    "Network",
    "Enquirer",
    "Telegram",
    "Media",
    "Globe",
    "Chronicle",
    "Observer",
    "Independent",
    "Examiner",
    "Courier",
    "Register",
    "Bulletin",
    "Dispatch",
    "Mirror",
    "Express",
    "Monitor",
    "Standard",
    "Report",
)

#: Words of outlet names that no person's name holds ("Medical Wire", "Science Xpress",
#: "Coast Weekly"): an outlet named after the last comma of a byline is told by them.
OUTLET_WORDS: frozenset[str] = _words(
    """
    medical science scientific tech technology digital daily weekly monthly online net web
    wire press report reports journal times post herald tribune today magazine media
    network radio television channel broadcasting insider observer review gazette
    express monitor standard bulletin dispatch courier register chronicle globe live
    """
)

#: Roles an author's bio line names ("Ann Lee is a staff writer for ..."): such a line names
#: the article's author when the page prints no byline.
BIO_ROLES: frozenset[str] = _words(
    """
    writer reporter editor journalist correspondent columnist contributor freelancer
    producer critic photojournalist
    """
)

#: Nouns that end a job title printed on its own line under the author's name ("Senior
#: Reporter", "Gaming Guides Editor", "NASA Spaceflight Historian", "Forbes Staff"): a line
#: whose last word is none of these ("Team Donation Page", "Tech News") is no role line.
ROLE_NOUNS: frozenset[str] = _words(
    """
    writer writers reporter reporters correspondent editor editors contributor columnist
    producer photographer photojournalist journalist analyst critic host anchor intern fellow
    professor lecturer researcher historian scientist economist strategist specialist expert
    commentator blogger freelancer staff director manager founder president officer chief
    insider
    """
)

#: Professional credentials printed after a name ("Ann Lee MS, RDN, LD", "Bo Tan, PhD"): cut
#: from the name, never names of their own. Compared without points, upper case.
CREDENTIALS: frozenset[str] = _words(
    """
    MS MA MBA MD PHD DPHIL RD RDN LD LDN CDN CDCES CDE RN NP PA-C PA CPA CFA CFP ESQ JD LLM
    DDS DMD DVM DO MPH MSC BSC BA BS MSW LCSW LPC PSYD EDD MFA CPT CSCS NASM ACE FRCP MRCP
    FACC FACS RPH PHARMD OTR DPT CNM IBCLC
    """
)

#: Suffixes that end a person's name ("George T. Conway III", "John Garcia Jr.").
NAME_SUFFIXES: frozenset[str] = _words("jr jr. sr sr. ii iii iv")
