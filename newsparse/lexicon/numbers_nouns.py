"""Words around a number that tell what it counts, or that it is a name rather than a count.

Sources: the closed word classes of English (determiners, pronouns, prepositions,
conjunctions, auxiliaries; Cambridge Grammar of the English Language, ch. 5-7), English
irregular and zero plurals (ibid. ch. 5 §3), and the numbering nouns of news copy ("page 5",
"Flight 17", "Article 5") collected while reading wire stories.

>>> "people" in IRREGULAR_PLURALS, "which" in NP_STOP
(True, True)
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

#: Plural nouns that do not end in "s", and nouns that count as plural without one.
IRREGULAR_PLURALS: frozenset[str] = _words(
    """
    people men women children police personnel staff troops cattle sheep fish aircraft
    deer livestock militia militants youth feet teeth geese mice oxen crew clergy
    """
)

#: Words ending in "s" that are not plural nouns (so a counted phrase does not stop there).
NOT_PLURAL: frozenset[str] = _words(
    """
    was has is his its this thus us yes gas bus plus news series species census
    status campus virus bonus chaos lens bias analysis crisis basis thesis less
    unless across perhaps always sometimes towards afterwards various numerous previous
    serious famous enormous dangerous anonymous obvious its hers ours yours theirs
    """
)

#: Words a counted noun phrase never contains: it stops before them (lower case).
NP_STOP: frozenset[str] = _words(
    """
    a an the this that these those which who whom whose what where when why how
    i you he she it we they me him her us them my your our their its
    of in on at to for from by with without into onto over under about around after
    before between through during since until till against among across per via than
    as like near upon within along behind beyond toward towards amid despite including
    and or but nor so yet if then because while although though whether
    is are was were be been being am has have had do does did will would shall should
    can could may might must ought also already still just only even now ago not no
    more less most least each every all both either neither other another such own same
    said says say told according there here very too again ever never
    percent per cent year years month months week weeks day days
    """
)

#: Nouns that number a thing rather than count it: "page 5", "Flight 17", "Article 5".
ID_NOUNS: frozenset[str] = _words(
    """
    no no. nos number num page pages p. pp. article section chapter clause rule room gate
    flight route highway road line level phase stage step round game match week day season
    episode part volume vol vol. issue item figure fig fig. table box apt apartment suite
    unit floor district ward lot block platform terminal track bus grade class category
    pier exit act verse psalm version v model type mark resolution amendment paragraph
    part parts season seasons question questions episodes chapters tip tips tactic lesson
    book books series sura surah no.
    """
)

#: Words joined to a number by a hyphen that make it a count of what follows: "a 12-member
#: panel", "a 1,000-strong force", "a 20-car pileup".
COMPOUND_COUNTS: frozenset[str] = _words(
    """
    member strong man woman person people seat bed storey story floor room page point car
    vehicle truck ship vessel nation country state team player judge officer
    """
)

#: Words that, before a number, are not a name the number belongs to ("In 1,400 cases").
CAPITALISED_FUNCTION_WORDS: frozenset[str] = _words(
    """
    a an the and or but nor so yet if then when while as at by for from in into of on onto
    to with without about above after against along among around before behind below
    beneath beside between beyond during except inside near off out outside over past
    since through throughout toward towards under until up upon within some nearly almost
    roughly approximately around over more less fewer only just all another those these
    than least most estimated circa exactly precisely total totalling totaling another
    including include includes included plus minus both each every while whereas its his
    her their our my your we they he she it i you who which that this there here where
    why how what also now then still already even ever never not no yes nearly say says
    said told according killed wounded injured died left
    """
)

#: Words after "one" that make it a pronoun or an idiom rather than a count of one.
ONE_NOT_COUNT_AFTER: frozenset[str] = _words(
    """
    of another who whom that which another's day time way or thing point side hand
    """
)

#: Words before "one" that make it a pronoun ("no one", "the one", "this one").
ONE_NOT_COUNT_BEFORE: frozenset[str] = _words(
    """
    the no any every each this that which another someone anyone everyone no-one some at
    only just a an last which
    """
)
