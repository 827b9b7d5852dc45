"""Speech cues: the verbs and phrases that attribute words to a speaker.

Each verb is listed once, by its base form, in the class that says how it attributes:

* ``CLAUSE_VERBS`` take reported content as a clause ("X said (that) ...") or a direct quote.
* ``THAT_VERBS`` also report, but are common in other senses ("added 200 jobs", "wrote a
  book"), so a following clause counts only after "that" or as a direct quote.
* ``OBJECT_VERBS`` name a listener or target first ("X told reporters ...", "X accused Y of
  ...", "X urged Y to ...").
* ``TO_VERBS`` report a commitment with a to-infinitive ("X pledged to ...").
* ``QUOTE_VERBS`` are manner and evaluation verbs ("quipped", "slammed") that attribute a
  direct quote but carry no reported clause of their own.

The inflections (says, said, saying, has said) are made from the base forms by the regular
English rules; ``IRREGULAR`` and ``DOUBLED`` hold the exceptions.

Sources: the verbs of communication of Beth Levin, *English Verb Classes and Alternations*
(1993), classes 37.1-37.9 (say, tell, manner of speaking, complain, advise); the reporting
verbs of the GenderGapTracker quote extractor (Asr et al. 2021, *The Gender Gap Tracker*,
PLOS ONE 16(1)); the cue lists of the PolNeAR annotation guidelines (Newell, Margolin and
Ruths 2018, *An Attribution Relations Corpus for Political News*, LREC); and the reporting
verb lists of Krestel, Bergler and Witte (2008), *Minding the Source*. Phrases ("according
to", "in a statement") come from the same sources and from wire style (AP and Reuters).

>>> "say" in CLAUSE_VERBS and "tell" in OBJECT_VERBS
True
>>> IRREGULAR["say"]
('says', 'said', 'said', 'saying')
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

# Verbs whose reported content may follow as a bare clause, a that-clause or a direct quote.
CLAUSE_VERBS: frozenset[str] = _words(
    """
    say claim insist argue contend maintain assert affirm aver allege declare state
    announce warn caution acknowledge admit concede confess confirm deny dispute explain
    stress emphasize emphasise reiterate repeat restate reaffirm suggest hint imply
    predict forecast estimate speculate recall recount reveal disclose testify swear
    complain lament protest object counter reply respond retort answer reason conclude
    concur agree observe remark comment boast brag acknowledge signal indicate underline
    underscore highlight posit opine muse concede charge stipulate specify clarify elaborate
    contest dispute guess surmise figure reckon proclaim assure reassure announce
    """
)

# Reporting verbs with other common senses: content only after "that" or as a direct quote.
THAT_VERBS: frozenset[str] = _words(
    """
    add note write report post tweet blog email text continue mention point explain
    find show conclude rule learn tell
    """
)

# Verbs that name a listener or target before the content.
OBJECT_VERBS: frozenset[str] = _words(
    """
    tell inform assure reassure remind warn advise notify convince persuade accuse blame
    urge ask press implore beg caution instruct order brief promise
    """
)

# Verbs of commitment taking a to-infinitive ("pledged to", "vowed to").
TO_VERBS: frozenset[str] = _words(
    """
    pledge vow promise threaten swear vow offer agree refuse decline intend plan resolve
    commit undertake demand ask urge
    """
)

# Manner-of-speaking and evaluation verbs: they attribute a direct quote only.
QUOTE_VERBS: frozenset[str] = _words(
    """
    quip joke tease exclaim shout yell scream cry whisper mutter murmur sigh laugh snap
    growl bark grumble gripe fume rage rant rail scoff sneer jeer mock marvel ponder
    wonder chide scold rebuke slam blast decry deplore denounce condemn criticize criticise
    lambaste lambast praise hail laud applaud commend welcome congratulate thank apologize
    apologise interject chime echo confide vent plead appeal recall query question inquire
    enquire demand request wonder crow gloat pronounce summarize summarise sum begin
    describe characterize characterise dismiss reject rebut refute counter challenge
    """
)

# Naming verbs: a cue only before a quotation ("described the blast as “an intentional act”",
# "called the plan “reckless”"); "call" is one too when no particle follows it.
NAMING_VERBS: frozenset[str] = _words(
    "describe characterize characterise label brand dub liken term"
)

# Irregular inflections: base -> (third person singular, past, past participle, -ing form).
IRREGULAR: dict[str, tuple[str, str, str, str]] = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "find": ("finds", "found", "found", "finding"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "learn": ("learns", "learned", "learned", "learning"),
    "show": ("shows", "showed", "shown", "showing"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "begin": ("begins", "began", "begun", "beginning"),
    "sum": ("sums", "summed", "summed", "summing"),
    "lambast": ("lambasts", "lambasted", "lambasted", "lambasting"),
    "text": ("texts", "texted", "texted", "texting"),
    "echo": ("echoes", "echoed", "echoed", "echoing"),
}

# Verbs that double their last consonant before -ed and -ing (admit -> admitted).
DOUBLED: frozenset[str] = _words(
    "admit commit rebut quip snap aver concur plan refer regret submit omit blog dub"
)

# Multi-word cues that stand in place of a verb, matched as written (case-insensitive).
# "according to X" puts the speaker after the cue; the others follow a verb or stand alone.
PHRASES: tuple[str, ...] = (
    "according to",
    "as quoted by",
    "quoted as saying",
)

# Verb particles that make a phrasal cue with the verb before them ("pointed out that").
PARTICLES: dict[str, tuple[str, ...]] = {
    "point": ("out",),
    "go": ("on",),
    "lash": ("out at",),
    "hit": ("out at", "back at"),
    "spell": ("out",),
    "weigh": ("in",),
    "call": ("for", "on"),
    "put": ("it",),
}

# Phrases naming the channel of a statement; when one follows the verb it joins the cue
# ("said in a statement").
CHANNELS: tuple[str, ...] = (
    "in a statement",
    "in a written statement",
    "in a joint statement",
    "in an interview",
    "in a tweet",
    "in a post",
    "in a letter",
    "in a speech",
    "in remarks",
    "in a news release",
    "in a press release",
    "in a filing",
    "in a report",
    "in an email",
    "in a blog post",
    "in a video",
    "at a news conference",
    "at a press conference",
    "at a briefing",
    "on Twitter",
    "on X",
    "on Facebook",
    "on social media",
)
