"""Who can speak: titles, pronouns, the nouns of people, groups and institutions.

All words are lower case and compared case-insensitively.

Sources: titles and roles from the AP Stylebook's entries on titles (government, military,
religious and corporate titles), the Reuters Handbook of Journalism's style guide, and the
titles that introduce speakers in wire copy; institution and group nouns from the speaker
heads most frequent in the GenderGapTracker and PolNeAR annotations (Asr et al. 2021;
Newell et al. 2018); pronoun features from any English grammar (Huddleston and Pullum,
*The Cambridge Grammar of the English Language*, 2002, ch. 17).

>>> "minister" in TITLE_HEADS
True
>>> PRONOUNS["she"]
'person'
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

# Head words of titles and roles ("Foreign Minister", "spokeswoman", "Sen.").
TITLE_HEADS: frozenset[str] = _words(
    """
    president vice-president president-elect premier chancellor minister secretary
    undersecretary senator sen. sen representative rep. rep congressman congresswoman
    congressmember governor gov. gov mayor spokesman spokeswoman spokesperson ambassador
    envoy chief director chairman chairwoman chair chairperson ceo cfo coo cto executive
    officer commander general gen. colonel col. lieutenant lt. admiral major sergeant
    sgt. captain capt. judge justice attorney prosecutor lawyer analyst economist
    professor prof. dr. doctor researcher scientist adviser advisor aide king queen prince
    princess pope cardinal archbishop bishop rabbi imam sheikh emir leader head founder
    co-founder nominee candidate lawmaker legislator mp mep speaker whip deputy
    commissioner inspector sheriff coach manager owner partner editor author strategist
    pollster consultant activist organizer organiser campaigner official diplomat negotiator
    administrator superintendent principal dean provost trustee treasurer comptroller
    auditor clerk councillor councilor councilman councilwoman alderman delegate ombudsman
    magistrate chief-of-staff counsel solicitor barrister spokesmen spokeswomen
    representative correspondent commentator historian expert specialist fellow director-general
    secretary-general chairman-elect mufti ayatollah cleric pastor reverend rev. father
    """
)

# Words that may stand inside or before a title ("Deputy Prime Minister", "former").
TITLE_MODIFIERS: frozenset[str] = _words(
    """
    deputy vice acting former ex interim senior chief assistant associate foreign defence
    defense finance interior health justice economy economic trade state prime general
    executive managing lead top presidential democratic republican federal national
    regional local international foreign-affairs home affairs attorney
    press communications white house department permanent supreme high first second
    majority minority opposition party campaign security intelligence military army navy
    police fire public district county city deputy-head co chief-executive
    """
)

# Honorifics dropped from a name when looking it up ("Mr Smith" is "Smith").
HONORIFICS: frozenset[str] = _words(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. rev rev."
)

# Pronouns that can head a speaker, with what they can refer to.
PRONOUNS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "it": "thing",
    "they": "group",
    "i": "first",
    "we": "first",
    "you": "second",
}

# Plural nouns of people that speak as a group ("Analysts say", "officials said").
GROUP_NOUNS: frozenset[str] = _words(
    """
    analysts officials experts critics sources residents witnesses observers economists
    investors diplomats lawmakers legislators activists protesters protestors researchers
    scientists doctors authorities police prosecutors investigators officers leaders
    members supporters opponents campaigners organizers organisers voters people locals
    workers employees executives traders aides advisers advisors allies groups rebels
    militants insurgents troops soldiers forces families relatives parents students
    teachers nurses farmers lawyers attorneys judges senators representatives ministers
    scholars historians commentators strategists pollsters sellers buyers customers
    consumers users fans players authorities neighbours neighbors villagers survivors
    victims refugees migrants citizens americans democrats republicans conservatives
    liberals environmentalists unions spokespeople spokesmen spokeswomen negotiators
    envoys organisers agencies companies governments countries nations states campaigns
    reporters journalists engineers residents managers owners economists bankers
    """
)

# Singular nouns of institutions and sources that speak ("the embassy", "the ministry").
ORG_NOUNS: frozenset[str] = _words(
    """
    embassy consulate mission ministry government department agency office company firm
    administration army military council committee commission court party campaign group
    organisation organization union bank regulator authority board parliament congress
    senate house kremlin pentagon newspaper outlet network broadcaster station channel
    foundation institute university hospital charity team club league coalition alliance
    federation association bureau service cabinet presidency palace statement report study
    survey poll data source official spokesman spokeswoman spokesperson witness analyst
    lawyer website paper magazine journal agency police junta regime city state country
    opposition movement watchdog monitor observatory operator airline manufacturer
    ad advert letter memo document filing email video book article post tweet editorial
    column lawsuit complaint indictment ruling verdict bill message speech announcement
    release transcript footage record records
    """
)

# Words of proper names that mark an institution or place rather than a person.
ORG_NAME_WORDS: frozenset[str] = _words(
    """
    nations union ministry department post times house council party bank office agency
    committee commission court police army institute university association group inc
    corp company government embassy kremlin pentagon news network foundation center centre
    organization organisation states kingdom republic federation journal street league
    club reuters ap afp bloomberg cnn bbc fox nbc abc cbs msnbc press tribune herald
    guardian telegraph daily weekly fund command forces service services board
    """
)

# Determiners and possessives that open a noun phrase.
DETERMINERS: frozenset[str] = _words(
    """
    the a an its his her their our your this that these those some many most several
    another other both all each every any no such two three four five one
    """
)

# Auxiliaries and adverbs that may stand between a speaker and the cue ("has repeatedly said").
AUXILIARIES: frozenset[str] = _words(
    """
    has have had is was were are am be been will would could should shall may might must
    also later earlier again once then often since previously recently repeatedly reportedly
    publicly privately separately similarly likewise further first last initially
    subsequently long already still even just never ever has also frequently
    """
)

# Capitalised words that are not names: function words at sentence start, days, months.
NOT_NAMES: frozenset[str] = _words(
    """
    the a an in on at of for and but or if as by to with from after before since during
    between while when where why how what who which that this these those there here then
    it its he she they we i you his her their our my your last next this monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mr mrs ms dr some many most more several
    however meanwhile also both all each every no not yes so still yet although though
    because despite under over about according speaking asked later earlier unlike having
    like given amid among against without within across
    """
)

# Lower-case words joining the parts of a name ("Secretary of State", "Osama bin Laden").
NAME_LINKS: frozenset[str] = _words(
    """
    of for de del della da di du van von der den bin ibn al el la le y
    """
)

# Words that end a speaker phrase read backward: clause openers and other cues.
CLAUSE_STOP: frozenset[str] = _words(
    """
    that which who whom whose as when while after before because since although though if
    but and or so said says told than where whereas
    """
)

# Words that may open reported content after a cue without "that" ("said around 400 ...").
CONTENT_OPENERS: frozenset[str] = _words(
    """
    he she it they we i you there around about more less nearly almost only some just
    roughly approximately over under at if when while because after before despite
    neither none nobody everyone everybody nothing few
    """
)

# Capitalised words after a cue that open an adverbial rather than reported content.
ADVERBIAL_OPENERS: frozenset[str] = _words(
    "in on at during after before since for to with by from as when while if because"
)

# Words opening a clause that hangs on an attribution rather than continuing its content
# (", Jakarta said on Wednesday, after ...", ", experts say, including ...").
SUBORDINATORS: frozenset[str] = _words(
    """
    after as before while when whereas although though but and or because since until
    adding citing saying noting arguing insisting warning explaining describing calling
    according which who whom whose where in on at with without including despite amid
    following during than so referring speaking writing responding pointing
    """
)

# Cue verbs whose target comes first and belongs to the content ("accused Y of ...",
# "urged Y to ...").
TARGET_VERBS: frozenset[str] = _words("accuse blame urge ask press implore beg order instruct")

# Short words that stay lower case in the titles of works ("Legend in the Coal Fields").
TITLE_SMALL_WORDS: frozenset[str] = _words(
    "a an the and or but of in on at to for by with from as is"
)
