"""Words of language, of an action's position, of results and of occasions."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from careerkit._smart.lexicon._base import words
from careerkit._smart.lexicon.grammar import (
    ABSTRACT_NOUNS,
    ARTIFACT_NOUNS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
)
from careerkit._smart.lexicon.numbers_time import (
    CADENCE_ADVERBS,
    CLOCK_WORDS,
    COMPOUND_DEADLINE_PREPS,
    DAY_END_CODES,
    EVENT_NOUNS,
    MONTHS,
    SEASONS,
    SPAN_PREPOSITIONS,
    TIMES_WORDS,
    UNDATED_PERIODS,
    UNITS,
    VAGUE_TIME,
    VAGUE_TIME_PHRASES,
    WEEKDAYS,
    WEEKDAYS_PLURAL,
)
from careerkit._smart.lexicon.shared import (
    GOAL_WORDS,
    MODALS,
    NEGATIVE_AUXILIARIES,
)

__all__ = [
    "ABSTRACT_PARTS",
    "ACTION_NOUN_ENDINGS",
    "AGENT_ENDINGS",
    "AMOUNT_COMPARATIVES",
    "AMOUNT_NOUNS",
    "ASIDES",
    "ASSESSOR_WORDS",
    "BE_FORMS",
    "CAUSED_OUTCOMES",
    "CERTAINTY_WORDS",
    "COLLECTIVE_NOUNS",
    "COMPLEMENT_PREPOSITIONS",
    "COMPLETION_PARTICIPLES",
    "CREDENTIAL_NOUNS",
    "DATED_HOLIDAYS",
    "DAY_END_PHRASES",
    "DAY_KINDS",
    "DEADLINE_WORDS",
    "DEFINITION_VERBS",
    "DEFINITION_WORDS",
    "DISCOURSE_MARKERS",
    "ENGLISH_FUNCTION_WORDS",
    "ENGLISH_LOOKALIKES",
    "EVENT_DEADLINE_WORDS",
    "EVENT_ENDINGS",
    "EVENT_LEAD_WORDS",
    "EVENT_PLURALS",
    "FINITE_VERBS",
    "FIXED_HOLIDAYS",
    "FRACTIONS",
    "FROM_NOTHING_WORDS",
    "GOOD_WORDS",
    "GRADE_LABELS",
    "GRADE_LETTERS",
    "GROUP_MEMBER_NOUNS",
    "GROUP_NOUNS",
    "GROUP_SIZE_WORDS",
    "HABIT_ADVERBS",
    "HIRING_VERBS",
    "HOLIDAYS",
    "HOLIDAY_PHRASES",
    "HOLIDAY_PHRASE_HEADS",
    "HOLY_SEASONS",
    "INDIRECT_QUESTION_WORDS",
    "IRREGULAR_PARTICIPLES",
    "JOB_ENDINGS",
    "JUNIOR_WORDS",
    "LABEL_DASHES",
    "LABEL_LINKS",
    "LABEL_MARKS",
    "LABEL_NOUNS",
    "LEADING_REASONS",
    "LEAD_OPENERS",
    "LEVEL_PREPOSITIONS",
    "LIGHT_VERBS",
    "MAKING_VERBS",
    "MONEY_VERBS",
    "MOVABLE_FEASTS",
    "NEED_VERBS",
    "NEGATIONS",
    "NOT_COMPARATIVE_ER",
    "NOUN_CLASSES",
    "NOUN_ENDINGS",
    "OBJECTLESS_VERBS",
    "OBJECT_OPENERS",
    "OBJECT_PRONOUNS",
    "OBLIGED_WORDS",
    "OPINION_VERBS",
    "OTHER_FUNCTION_WORDS",
    "OTHER_LETTERS",
    "PARTICIPLE_LEADS",
    "PARTICIPLE_LOOKALIKES",
    "PARTICIPLE_PREFIXES",
    "PARTICLES",
    "PASSIVE_STATES",
    "PAST_FORMS",
    "PHASE_PARTICLES",
    "PHRASAL_COMPLETION",
    "PHRASAL_ELIMINATION",
    "PHRASAL_LEARNING",
    "PHRASAL_TRIAL",
    "PLACE_VERBS",
    "PURPOSE_MARKERS",
    "QUALIFIED_WORDS",
    "QUESTION_OPENERS",
    "RATING_SCALES",
    "REASON_LABELS",
    "RECEPTION_VERBS",
    "REFLEXIVES",
    "RELATIVE_OPENERS",
    "RELATIVE_PRONOUNS",
    "SELF_RATING_WORDS",
    "SELF_WORDS",
    "SENTENCE_ENDS",
    "SERVICES",
    "SO_NOT_A_REASON",
    "START_MAKERS",
    "STATE_PHRASES",
    "STUDIED_CREDENTIAL_NOUNS",
    "SUBJECT_OPENERS",
    "THIRD_PERSON",
    "TIME_PREPOSITIONS",
    "TIME_TRIGGERS",
    "TRADE_ENDINGS",
    "VAGUE_FREQUENCY",
    "VERB_ENDINGS",
    "VERB_PREFIXES",
    "WEEKDAY_POSSESSIVES",
    "WH_WORDS",
    "WINNING_VERBS",
]


# --- telling English from other languages ---------------------------------------------------

# The commonest short words of English, and of the languages goals are most often written in
# besides (Spanish, French, German, Dutch, Portuguese, Italian, Polish, Welsh, Swedish, Danish,
# Norwegian). A text is judged English unless its short words are mostly another language's;
# words both share are left out, and so are those an English note may hold as an abbreviation
# or a name ("do", "pro", "av", "bod", "yr", "fy", "Bob", "Mae").
ENGLISH_FUNCTION_WORDS: Final = words(
    "the a an and or of to in on for with by my our i we will be is are at from this that "
    "next every each as so it its your their all than into before after until within per "
    "more least have has can want need get make do up out about over"
)
OTHER_FUNCTION_WORDS: Final = words(
    "el la los las del y en con por para mis mi una que al se su sus cada antes hasta mejorar "
    "le les des du et avec pour mes mon ma une au aux chaque avant d'ici dans sur est ou "
    "der die das den dem und mit für bis zum zur ein eine einen meine mein ich im auf ist "
    "het een mijn op van tot bij te voor uiterlijk "
    "os da do das dos em meu minha um até "
    "il lo gli della delle entro ogni mio mia di e de à "
    # and the commonest words of goals in those languages: more, better, learn, improve, do
    "mehr besser lernen machen verbessern más mejor aprender hacer mieux apprendre "
    "améliorer faire meer beter leren verbeteren mais melhor melhorar fazer più meglio "
    "imparare migliorare fare "
    # every, two, three; this
    "jede jeden jeder elke elk zwei drei dos tres deux trois twee drie dois três due tre "
    "este esta estos estas ce cette ces dieses diese dieser deze dit questo questa "
    "toda todas todos "
    # I want, I'd like; become; better (French)
    "quiero voglio quero veux voudrais möchte wil chcę chciałbym chciałabym vill "
    "devenir diventare werden worden zostać meilleur meilleure "
    # Polish
    "się że dla przez oraz moja moje mojego moim jako aby żeby roku końca każdy każdego "
    # Welsh
    "erbyn diwedd mwyn gyda eich cyn wedi gwella dysgu i'r o'r "
    # Swedish, Danish, Norwegian
    "och att jag för på som är inom senast varje ett jeg vil innen hver bedre bättre"
)
# Words of those languages that are English words too ("pour the slab", "bus fare").
ENGLISH_LOOKALIKES: Final = words("pour fare mais dans")
# Letters English words do not use (a name may, so each counts once per word).
OTHER_LETTERS: Final = frozenset("ñçßäöüàâêîôûãõœ¿¡ëïÿæøåąćęłńśźżčěřšůžğışășțŵŷ")


# --- finding the action by its position -----------------------------------------------------

# Words that open a leading phrase before the action: "After the offsite, write up ...",
# "Despite my travel, I'll ...". The action starts after the phrase's comma.
LEAD_OPENERS: Final = words(
    "after before by on in at during over for from starting beginning once when whenever "
    "while if unless despite although though since until as within throughout following "
    "ahead prior next this every each given because owing with without provided providing "
    "assuming first"
)
# What may follow a verb in action position: its object or complement opens with one of these.
OBJECT_OPENERS: Final = words(
    "the a an my our your his her their its this that these those every each all some any "
    "next last "
    "another both me him them us it up out in on with to for through about into across over "
    "off down back around together"
)
# Endings that make a word a noun, not a verb: "leadership", "confidence", "visibility".
NOUN_ENDINGS: Final = (
    "tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism", "hood", "ology",
)  # fmt: skip
# Credentials one studies for, not approvals or awards given: "licence", not "sign-off".
STUDIED_CREDENTIAL_NOUNS: Final = words(
    "certification certificate cert credential license licence degree diploma qualification "
    "accreditation"
)
# What one earns once and can show: "gain the CPR certification", "get my coaching badge".
CREDENTIAL_NOUNS: Final = STUDIED_CREDENTIAL_NOUNS | words(
    "badge status chartership rating award belt designation membership fellowship clearance "
    "endorsement sign-off approval go-ahead permission consent distinction merit commission "
    "contract funding sponsorship scholarship bursary first"
)
# Participles of qualifying: "get certified", "become ACCA-qualified", "be fully licensed".
QUALIFIED_WORDS: Final = words("qualified certified licensed accredited chartered registered")
# Words that undo a one-off result: "never miss a deadline" produces nothing to check.
NEGATIONS: Final = words("never not no stop avoid") | NEGATIVE_AUXILIARIES
# Before a figure, these make it a level to reach ("down to 78kg"), not an amount to produce.
LEVEL_PREPOSITIONS: Final = words("to at below under above over than around")
# A rating's scale: "7/10", "4 out of 5".
RATING_SCALES: Final = words("5 10 100")
# Words of self-assessment: a rating next to them is how the writer feels, not a measure.
SELF_RATING_WORDS: Final = words(
    "confident confidence sure certain comfortable comfort stress stressed anxious anxiety "
    "energy mood motivation motivated overwhelmed burnout feel feeling"
)
# "a 12-person team", "a team of 8": the size of a group, not a measure.
GROUP_SIZE_WORDS: Final = words("person people member members strong headcount seat")
GROUP_NOUNS: Final = words("team teams group squad department crew staff unit")
# Nouns for a set of people or things taken together: in the plural, a number after them and
# "of" is the size of each ("groups of 25", "packs of 6"), not how many.
COLLECTIVE_NOUNS: Final = words(
    "team group squad crew class cohort party table pack batch set bundle box tray crate bunch"
)
# The people a group is made of: "my 6 direct reports", "our 2 new hires".
GROUP_MEMBER_NOUNS: Final = words(
    "hires reports staff people members colleagues employees starters juniors volunteers "
    "students pupils nurses engineers"
)
# Words ending in "-er" that are not comparatives ("get together", "become a member").
NOT_COMPARATIVE_ER: Final = words(
    "together other either neither rather ever never over under after offer order answer "
    "number member paper water career matter letter chapter quarter semester register "
    "cover corner computer customer leader partner manager engineer volunteer trainer "
    "speaker writer mentor officer summer winter poster planner folder banner border "
    "printer server newsletter timer charger flyer sticker binder ledger proper "
    # nouns in "-ier", not the comparatives of adjectives in "-y"
    "supplier carrier courier cashier soldier premier barrier frontier glazier clothier "
    "financier brigadier croupier multiplier dossier"
)
# Prepositions that narrow an object to one thing: "a scheme for our web shop".
COMPLEMENT_PREPOSITIONS: Final = words("for to on about at with from of in as")
# After "so", these words make it an intensifier, not a reason: "so much", "so far".
SO_NOT_A_REASON: Final = words("much many far long well on forth called")
# A later sentence that says why: "Why does it matter? ...", "Context: ...", "I need to ...".
REASON_LABELS: Final = words("why context because reason background rationale relevant relevance")
NEED_VERBS: Final = words("need want must")
# Finite verbs that show a clause has a subject and a verb ("the pipeline is thin").
FINITE_VERBS: Final = words(
    "is are was were has have had keeps keep needs need wants want makes takes gets goes "
    "lost flagged asked told said starts begins ends closes opens launches finishes arrives "
    "comes returns "
    # with their "not": "Sales aren't growing; ..."
    "isn't aren't wasn't weren't hasn't haven't hadn't"
)
# Words that open a purpose clause before its action: "so that I can", "in order to".
PURPOSE_MARKERS: Final = words("so that to in order for because")
# Verbs that are vague together with their noun: "take ownership", "make progress".
LIGHT_VERBS: Final = words("take make do have give get")
# Light verbs that make a start their action: "get started", "make a start".
START_MAKERS: Final = words("get make")
# Verbs that mostly stand alone, taking no object: ways of going, of stopping and of resting
# ("The boss is mad. Run." acts on nothing the sentence before names).
OBJECTLESS_VERBS: Final = words(
    "run walk jog hike swim cycle go leave quit resign rest relax wait stay sleep hurry move"
)
# Verbs of taking a place in a body or at its head ("so I can join the troupe's tour", "so I
# can lead the night shift"): in a reason, a role aimed at, as "make partner" is.
PLACE_VERBS: Final = words("join lead")
# Particles between a verb and its object: "follow through with", "sign up for".
PARTICLES: Final = words(
    "up out on in to off for with through into over back down across round around together"
)
# Where a goal starts low: a junior role, or nothing at all.
JUNIOR_WORDS: Final = words("junior entry-level intern internship trainee graduate apprentice")
FROM_NOTHING_WORDS: Final = words("scratch zero nothing")
# Words before "day of the course", "end of the workshop" that belong to the time phrase.
EVENT_LEAD_WORDS: Final = words("first last final opening the on at by before until")
# What a pronoun object is made to do: "make it happen", "make this work".
CAUSED_OUTCOMES: Final = words("happen work stick")
# Participles that mark a result as done: "the refresher booked", "the audit done".
COMPLETION_PARTICIPLES: Final = words(
    "done completed finished booked submitted signed approved published shipped launched "
    "delivered sorted renewed filed passed live"
)
# Past participles not formed with "-ed": "will be written", "is to be held".
IRREGULAR_PARTICIPLES: Final = words(
    "written sent held run given taken made built paid sold brought told shown chosen set "
    "put drawn done won begun spent kept met read flown driven ridden swum sung seen grown "
    "known taught caught fought broken spoken forgotten eaten hidden frozen proven stolen "
    "beaten fallen shaken sworn torn worn thrown blown understood dealt bought sought heard"
)
# Prefixes that keep a participle a participle: "rebuilt", "undertaken", "overseen", "upheld".
PARTICIPLE_PREFIXES: Final = ("re", "under", "over", "mis", "with", "up", "fore", "out")
# Nouns shaped as a prefix and a participle: "the output", "from the outset".
PARTICIPLE_LOOKALIKES: Final = words("output outset input")
# Who gives a rating other than the writer: "8/10 on the audit", "4.5 out of 5 from customers".
ASSESSOR_WORDS: Final = words(
    "score scores scored scoring survey surveys review reviews audit audits inspection "
    "inspections inspector test tests exam exams assessment assessments appraisal evaluation "
    "feedback customer customers client clients patient patients guest guests user users "
    "quiz quizzes shopper visit nps csat ofsted marked marks grade grades judges judge panel stars rate rated "
    "rating ratings"
)
# The writer rating themself: "give myself a 6/10", "I'm a 7 out of 10".
SELF_WORDS: Final = words("myself me i'm")
# "Run the payroll myself": who acts, after the object.
REFLEXIVES: Final = words("myself ourselves yourself himself herself themselves")
# Comparatives of amount ("more", "fewer"), not of quality ("better"): an amount wants a number.
AMOUNT_COMPARATIVES: Final = words("more less fewer most least")
# Amounts with no count of their own: "save money" says nothing until it says how much.
AMOUNT_NOUNS: Final = words("money cash time weight energy calories fat")
# States an object is put in: "get my finances in order", "keep costs under control".
STATE_PHRASES: Final = frozenset({("in", "order"), ("under", "control"), ("on", "track")})
# Verbs of money: "save 300 pounds" is money, "lose 30 pounds" weight.
MONEY_VERBS: Final = words("raise save earn spend make pay donate fundraise sell invest")
# Verbs of taking someone on: the role hired is what the goal names ("hire an apprentice").
HIRING_VERBS: Final = words("hire recruit appoint employ onboard")
# Verbs of winning: doing it every time is an absolute ("win every case").
WINNING_VERBS: Final = words("win convert")
# Asides before the goal: "To be honest, ...".
ASIDES: Final = frozenset(
    ("to", "be", w, ",") for w in ("honest", "frank", "fair", "clear", "sure")
)
# Words that open a spoken sentence without saying anything: "so basically I want to ...".
DISCOURSE_MARKERS: Final = words("so basically honestly ok okay right well anyway literally")
# Grades given as letters, best first: "get an A in statistics".
GRADE_LETTERS: Final = ("A", "B", "C", "D", "E", "F")
# Words that open a noun phrase subject: "All staff will ...", "The team will ...".
SUBJECT_OPENERS: Final = words("all every each the our your their his her both")
# Pronouns as the object of a wish: "I'd like us to ...".
OBJECT_PRONOUNS: Final = words("us them him her everyone")
# Words that open a leading phrase saying why: "Given the budget cuts, ...".
LEADING_REASONS: Final = words("given because owing due")
# Words that open a question or an indirect one: "decide whether to", "learn how to".
WH_WORDS: Final = words("whether how what which if when where why who")
# Pronouns that open a relative clause; after a comma it comments on what it follows ("hire
# engineers, which my manager asked for") and says neither which ones nor what is done.
RELATIVE_PRONOUNS: Final = words("which who whom whose")
# Words that open a relative clause saying what the noun before does or is: "something that
# works", "a menu which inspires", "staff who mentor".
RELATIVE_OPENERS: Final = words("that which who")
# Words of obligation between a subject and "to": "Raj is expected to pass".
OBLIGED_WORDS: Final = words("expected required due supposed asked set scheduled")
# Adverbs of how often something happens, between a subject and its verb: "the market usually
# picks up", "the van often breaks down". The word after one is the clause's finite verb.
HABIT_ADVERBS: Final = words(
    "usually often always sometimes rarely seldom normally typically generally frequently "
    "occasionally mostly"
)
# Forms of "be" before a participle: the passive ("will be reorganised", "are checked").
BE_FORMS: Final = words("be been being is are was were")
# Phrasal verbs of learning ("get up to speed on X" is "learn X") and of finishing.
PHRASAL_LEARNING: Final = frozenset(
    tuple(pair.split())
    for pair in ("get up", "read up", "skill up", "brush up", "swot up", "get to grips")
)
# Phrasal verbs that take something down to none: "cut out sugar", "give up smoking".
PHRASAL_ELIMINATION: Final = frozenset({("cut", "out"), ("give", "up"), ("kick", "out")})
# Phrasal verbs of trying a thing out, done once: "try out the new app", "test drive".
PHRASAL_TRIAL: Final = frozenset({("try", "out"), ("trial", "run"), ("test", "out")})
PHRASAL_COMPLETION: Final = frozenset(
    tuple(pair.split()) for pair in ("work through", "sign up", "follow up", "write up")
)
# How often, with no count: a goal with one of these is repeated, not a one-off result.
VAGUE_FREQUENCY: Final = words(
    "regularly often frequently occasionally sometimes periodically routinely constantly "
    "continuously consistently"
)
# Past forms without "-ed": a reason told in the past tense ("since the team lost ..."). Only
# forms that are no base form or common noun of their own ("found", "saw", "led", "paid" are).
PAST_FORMS: Final = words(
    "lost was were had did went made took gave left became grew ran began held rose fell wrote "
    "sold spent bought built got came felt knew told said thought brought kept won heard taught "
    "chose spoke broke drove flew caught "
    # the rest of the irregular past forms that are no base form, participle in common use as
    # an adjective, or noun of their own: a closed class of English
    "blew threw drew withdrew rang sang sank drank swam sat stood understood fought sought "
    "shook woke rode froze stole forgot ate fled hid slept swept wept sent lent meant dealt "
    "struck hung stuck dug shone spun overtook undertook mistook forgave overcame wore tore "
    "swore met"
)
# Words after which a word in "-ed" is a participle or an adjective, not a past tense (with
# "be", determiners and possessives): "to get certified", "so I am qualified", "more focused".
PARTICIPLE_LEADS: Final = words(
    "am get gets got getting become becomes becoming more most very fully well"
)
# Words that open an indirect question: a time inside one is part of what is asked.
INDIRECT_QUESTION_WORDS: Final = words("where what whether how")
# Words that open a direct question: a question word, or an auxiliary or a modal put before its
# subject ("Is this realistic?", "Why does it matter?", "Can we do it?").
QUESTION_OPENERS: Final = (
    words("what why how who when where which whose whom is are was were am do does did has have")
    | MODALS
    | NEGATIVE_AUXILIARIES
    | words("isn't aren't wasn't weren't hasn't haven't")
)
# First parts of compounds that stay abstract: "work-life balance", "self-confidence".
ABSTRACT_PARTS: Final = ABSTRACT_NOUNS | words("work life self")
# Kinds of day between a count and "days": "within 10 school days", "one business day".
DAY_KINDS: Final = words("school working business calendar work clinical teaching")
# Prepositions that open a time, never an object: "stay until June".
TIME_PREPOSITIONS: Final = words("until till by before after during within since")
# "Success means ...", "That means ...", "Target is ...": what follows defines the goal.
DEFINITION_WORDS: Final = words("success that this which target aim outcome result")
DEFINITION_VERBS: Final = words("means mean = looks")
# Fractions of change: "grow donations by a third".
FRACTIONS: Final = MappingProxyType(
    {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
)
# Between a label and what it names: "Target is 120k", "Success looks like: ...".
LABEL_LINKS: Final = words("is are : - = means mean looks like would be will")
# Verbs of making: a direction with an abstract object ("build a network"), a deliverable
# with an artifact ("build the KPI dashboard").
MAKING_VERBS: Final = words("build develop grow expand manage establish create design")
SENTENCE_ENDS: Final = frozenset({".", "!", "?", "\n"})
# Words that open a deadline: "by March", "before the audit", "prior to launch".
DEADLINE_WORDS: Final = words("by before until till prior")
# Words before an event whose date the text omits: "by the AGM", "before my renewal".
EVENT_DEADLINE_WORDS: Final = DEADLINE_WORDS | words("ahead up")
# Endings of nouns that name an occasion: "renewal", "inspection", "reopening", "appraisal".
EVENT_ENDINGS: Final = ("al", "tion", "sion", "ing")
# Particles that end a verb made into the noun of a project's phase: "go-live", "kick-off",
# "roll-out", "sign-off".
PHASE_PARTICLES: Final = words("off out over live up in down through")
# The services held on a holiday or a date ("the Easter services", "the March service"): an
# occasion after the day's name, though "service" alone is no occasion ("customer service").
SERVICES: Final = words("service services")
EVENT_PLURALS: Final = words(
    "holidays exams finals results elections mocks champs championships trials heats playoffs"
)
HOLIDAYS: Final = words(
    "easter christmas thanksgiving diwali eid ramadan hanukkah passover halloween xmas nye "
    "whitsun whitsunday pentecost"
)
# "close of play", "close of business", "end of day": the end of the working day.
DAY_END_PHRASES: Final = frozenset(
    tuple(p.split())
    for p in ("close of play", "close of business", "end of day", "end of business", "end of play")
)
# Feasts that move with Easter, as days after Easter Sunday: "by Whitsun", "at Pentecost".
MOVABLE_FEASTS: Final = MappingProxyType(
    {"easter": 0, "whitsun": 49, "whitsunday": 49, "pentecost": 49}
)
# Holidays on the same day every year.
FIXED_HOLIDAYS: Final = MappingProxyType(
    {"christmas": (12, 25), "xmas": (12, 25), "halloween": (10, 31), "nye": (12, 31)}
)
# Holidays with a day of their own, in one word: "by Christmas", "at Easter".
DATED_HOLIDAYS: Final = frozenset(FIXED_HOLIDAYS) | frozenset(MOVABLE_FEASTS)
# Seasons of the church year, weeks long, that end on a holiday's eve: "in Advent" (to
# Christmas Eve), "during Lent" (to Holy Saturday).
HOLY_SEASONS: Final = words("advent lent")
# Holidays on the same day every year, named in more than one word.
HOLIDAY_PHRASES: Final = MappingProxyType(
    {
        ("new", "year's", "eve"): (12, 31), ("new", "years", "eve"): (12, 31),
        ("new", "year's", "day"): (1, 1), ("new", "years", "day"): (1, 1),
        ("christmas", "eve"): (12, 24), ("christmas", "day"): (12, 25),
        ("boxing", "day"): (12, 26),
        ("valentine's", "day"): (2, 14), ("valentines", "day"): (2, 14),
        ("st", "patrick's", "day"): (3, 17), ("st", "david's", "day"): (3, 1),
        ("st", "george's", "day"): (4, 23), ("st", "andrew's", "day"): (11, 30),
        ("burns", "night"): (1, 25), ("bonfire", "night"): (11, 5),
        ("remembrance", "day"): (11, 11), ("armistice", "day"): (11, 11),
        ("independence", "day"): (7, 4),
    }
)  # fmt: skip
# Where the scan meets them: at their second word ("new" is too common a word to try).
HOLIDAY_PHRASE_HEADS: Final = frozenset(p[1] if p[0] == "new" else p[0] for p in HOLIDAY_PHRASES)
# A weekday's occasion: "by Friday's launch".
WEEKDAY_POSSESSIVES: Final = frozenset(f"{w}'s" for w in WEEKDAYS)
# Words at which a time expression can start (besides numbers).
TIME_TRIGGERS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | WEEKDAYS_PLURAL
    | frozenset(CADENCE_ADVERBS)
    | frozenset(TIMES_WORDS)
    | frozenset(UNITS)
    | frozenset(SEASONS)
    | VAGUE_TIME
    | frozenset(p[0] for p in VAGUE_TIME_PHRASES)
    | {"every", "each", "per", "this", "next", "coming", "following", "current", "a", "an",
       "half", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "fiscal", "eoy", "eoq", "eom",
       "tomorrow", "today", "tonight", "first", "second", "third", "fourth", "last", "/",
       "final", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
       "fifteenth", "twentieth", "thirtieth",
       "week", "month", "quarter", "year", "weekend", "semester", "year's", "month's",
       "week's", "quarter's"}
    | EVENT_NOUNS
    | UNDATED_PERIODS
    | DAY_END_CODES
    | {"until", "till", "before", "by", "prior", "ahead", "up", "same", "within", "when"}
    | frozenset(p[1] for p in COMPOUND_DEADLINE_PREPS)  # "in time for", "between now and"
    | frozenset(CLOCK_WORDS)  # "by noon"
    | SPAN_PREPOSITIONS  # "during my placement"
    | {"day"}  # "on completion day", "by launch day"
    # occasions read where they stand: "in the mocks", "for Christmas", "by Friday's launch"
    | EVENT_PLURALS
    | frozenset(FIXED_HOLIDAYS)
    | frozenset(MOVABLE_FEASTS)
    | HOLY_SEASONS
    | HOLIDAY_PHRASE_HEADS
    | WEEKDAY_POSSESSIVES
)  # fmt: skip
# Participles that name a state, not a result: "get involved in", "be interested in".
PASSIVE_STATES: Final = words(
    "involved engaged interested focused motivated exposed connected aligned organized "
    "organised prepared invested immersed"
)
# Verbs of opinion before the clause that holds the action: "I think I should apply".
OPINION_VERBS: Final = words("think guess suppose reckon believe feel")
# How others take a thing, which no one can tick off: "a game people love", "a talk the team
# remembers".
RECEPTION_VERBS: Final = words(
    "love like enjoy adore want remember trust value appreciate rave recommend admire"
)
# Subjects of a goal written about someone else: "she should complete ...".
THIRD_PERSON: Final = words("he she they")
# How sure the writer is: "I'm 90% sure I can ...". A rating of confidence, not of the goal.
CERTAINTY_WORDS: Final = words("sure confident certain")
# Endings of a noun for a person in a job, in every list of such endings: "hygienist",
# "technician".
JOB_ENDINGS: Final = ("ist", "ian")
# Endings of a noun for a person who does a job: "inspector", "hygienist", "sonographer".
AGENT_ENDINGS: Final = ("er", "or", *JOB_ENDINGS)
# Endings of a noun for a person by their trade: "gardener", "sommelier", "groundsman".
TRADE_ENDINGS: Final = (*AGENT_ENDINGS, "man")  # "-ier" and "-woman" end so too
# Endings of a noun that names an action: "completion", "submission", "delivery", "rollout",
# "renewal", "approval", "referral".
ACTION_NOUN_ENDINGS: Final = ("tion", "sion", "ment", "ery", "val", "wal", "sal", "ral")
# Prefixes glued to a verb by a hyphen: "re-tile", "co-lead", "pre-book".
VERB_PREFIXES: Final = words("re co pre mis un dis over under out deep double spring cross self up")
# Nouns a number after them labels, not counts: "chapter 3", "ward 7", "phase 2".
# Labels whose number is a grade someone holds: "be band 6", "become tier 3".
GRADE_LABELS: Final = words("band tier grade level")
LABEL_NOUNS: Final = words(
    "chapter module ward room floor phase stage step part section level version gate terminal band tier "
    "platform appendix lesson unit"
)
# "(it) would be good to ...": a hedge before the action.
GOOD_WORDS: Final = words("good nice great ideal helpful useful")
# Endings that make a word a verb: "digitise", "prioritize", "automate", "simplify".
VERB_ENDINGS: Final = ("ise", "ize", "ate", "ify")
# Nouns that open a note rather than an order ("Team lunch every Friday", "Budget: £2k").
NOUN_CLASSES: Final = (
    ARTIFACT_NOUNS
    | ROLE_NOUNS
    | PEOPLE_NOUNS
    | EVENT_NOUNS
    | CREDENTIAL_NOUNS
    | ABSTRACT_NOUNS
    | GOAL_WORDS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(UNITS)
)
# Marks that close a label before a goal: a colon, or a dash with a space on each side
# ("CIPS Level 4: pass it", "ASE A6 - pass it"); a hyphen is no mark after a name alone.
LABEL_DASHES: Final = frozenset({":", "–", "—"})
LABEL_MARKS: Final = LABEL_DASHES | {"-"}
