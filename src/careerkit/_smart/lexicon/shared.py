"""Sets the stages share, built from the lists, and the words of language, position and result."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from careerkit._smart.lexicon._base import words
from careerkit._smart.lexicon.grammar import (
    ABSTRACT_NOUNS,
    ACQUIRE_VERBS,
    ARTIFACT_NOUNS,
    CAREER_AIM_NOUNS,
    CAREER_MOVE_VERBS,
    CHANGE_VERBS,
    COMPARATIVES,
    CONJUNCTIONS,
    DELIVERABLE_VERBS,
    DETERMINERS_DEFINITE,
    DETERMINERS_INDEFINITE,
    ENDURANCE_FEATS,
    EXECUTIVE_ROLES,
    LEARNING_VERBS,
    MASTERY_WORDS,
    MEASURE_UNITS,
    NOVICE_CUES,
    PEOPLE_NOUNS,
    PER_PERIOD_NOUNS,
    PERFECTION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    PURPOSE_VERBS,
    RATIONALE_PHRASES,
    ROLE_NOUNS,
    STATE_VERBS,
    SUPERLATIVES,
    VAGUE_NOUNS,
    VAGUE_QUANTIFIERS,
    VAGUE_STATES,
    VAGUE_VERBS,
)
from careerkit._smart.lexicon.numbers_time import (
    AMBIGUOUS_MONTHS,
    BEFORE_PREPOSITIONS,
    CADENCE_ADVERBS,
    CLOCK_WORDS,
    COMPOUND_DEADLINE_PREPS,
    CURRENCY_WORDS,
    DAY_END_CODES,
    DURATION_UNITS,
    END_PREPOSITIONS,
    EVENT_NOUNS,
    MONTHS,
    MULTIPLIERS,
    PERCENT_WORDS,
    SEASONS,
    SHORT_UNITS,
    START_PREPOSITIONS,
    TIMES_WORDS,
    UNDATED_PERIODS,
    UNITS,
    VAGUE_TIME,
    VAGUE_TIME_PHRASES,
    WEEKDAYS,
    WEEKDAYS_PLURAL,
)

__all__ = [
    "ABSOLUTE_TRIGGERS",
    "ABSTRACT_OR_VAGUE",
    "ABSTRACT_PARTS",
    "ACTION_NOUN_ENDINGS",
    "ADJ_ENDINGS",
    "ADVERBS",
    "AGENT_ENDINGS",
    "ALL_MONTHS_AMBIG",
    "AMOUNT_COMPARATIVES",
    "AMOUNT_NOUNS",
    "ASIDES",
    "BE_FORMS",
    "BOUNDARY",
    "BULLETS",
    "CAREER_WORDS",
    "CERTAINTY_WORDS",
    "CLAUSE_MARKS",
    "CLOSE_QUOTES",
    "COMPLEMENT_PREPOSITIONS",
    "COMPLETION_PARTICIPLES",
    "CREDENTIAL_NOUNS",
    "DAY_END_PHRASES",
    "DAY_KINDS",
    "DEFINITION_VERBS",
    "DEFINITION_WORDS",
    "DETERMINERS",
    "DET_OR_WORK",
    "DISCOURSE_MARKERS",
    "ENGLISH_FUNCTION_WORDS",
    "ENGLISH_LOOKALIKES",
    "EVENT_AFTER",
    "EVENT_DEADLINE_WORDS",
    "EVENT_ENDINGS",
    "EVENT_LEAD_WORDS",
    "EVENT_MODIFIERS",
    "EVENT_PLURALS",
    "FINITE_VERBS",
    "FIXED_HOLIDAYS",
    "FRACTIONS",
    "FROM_NOTHING_WORDS",
    "F_ARTIFACT",
    "F_COMPARATIVE",
    "F_STATE",
    "F_VAGUE_NOUN",
    "F_VAGUE_Q",
    "GENERIC_ROLE_WORDS",
    "GOAL_WORDS",
    "GOOD_WORDS",
    "GRADE_LETTERS",
    "GROUP_MEMBER_NOUNS",
    "GROUP_NOUNS",
    "GROUP_SIZE_WORDS",
    "HEDGE_WORDS",
    "HIRING_VERBS",
    "HOLIDAYS",
    "HOLIDAY_PHRASES",
    "HOLIDAY_PHRASE_HEADS",
    "INDIRECT_QUESTION_WORDS",
    "INFINITIVE_VERBS",
    "INTENT",
    "IRREGULAR_PARTICIPLES",
    "JUNIOR_WORDS",
    "LABEL_LINKS",
    "LABEL_NOUNS",
    "LEADING_REASONS",
    "LEAD_OPENERS",
    "LEVEL_PREPOSITIONS",
    "LIGHT_VERBS",
    "MAKING_VERBS",
    "MODALS",
    "MOD_WORDS",
    "MONEY_VERBS",
    "NAMEISH_STOP",
    "NEED_FOR_WORDS",
    "NEED_VERBS",
    "NEGATIONS",
    "NOT_AFTER_YEAR",
    "NOT_COMPARATIVE_ER",
    "NOUN_CLASSES",
    "NOUN_ENDINGS",
    "NOVICE_HEADS",
    "NO_MODS",
    "NP_OPENERS",
    "OBJECT_CONTROL",
    "OBJECT_OPENERS",
    "OBJECT_PRONOUNS",
    "OBLIGED_WORDS",
    "OPEN_QUOTES",
    "OPINION_VERBS",
    "OTHER_FUNCTION_WORDS",
    "OTHER_LETTERS",
    "PARTICLES",
    "PASSIVE_STATES",
    "PAST_FORMS",
    "PERIOD_WORDS",
    "PHRASAL_COMPLETION",
    "PHRASAL_ELIMINATION",
    "PHRASAL_LEARNING",
    "PHRASAL_TRIAL",
    "PHRASAL_VAGUE",
    "PREP_ALL",
    "PURPOSE_MARKERS",
    "QUANTITY_TRIGGERS",
    "QUANT_SKIP",
    "QUOTES",
    "RATING_SCALES",
    "RATIONALE_BY_HEAD",
    "RATIONALE_HEADS",
    "RATIONALE_SCAN",
    "REASON_LABELS",
    "REFLEXIVES",
    "SCOPE_WORDS",
    "SELF_RATING_WORDS",
    "SELF_WORDS",
    "SENTENCE_END",
    "SENTENCE_ENDS",
    "SENTENCE_MARKS",
    "SO_NEXT",
    "SO_NOT_A_REASON",
    "STATE_PHRASES",
    "SUBJECTS",
    "SUBJECT_OPENERS",
    "THIRD_PERSON",
    "TIME_PREPOSITIONS",
    "TIME_TRIGGERS",
    "TO_VERBS",
    "UNIT_WORDS",
    "VAGUE_BY_PAIR",
    "VAGUE_FREQUENCY",
    "VAGUE_PHRASE_HEADS",
    "VERBS",
    "VERB_ENDINGS",
    "VERB_PREFIXES",
    "WEEKDAY_POSSESSIVES",
    "WH_WORDS",
    "WINDOW_LEAD",
    "WINDOW_PREPS",
    "WINNING_VERBS",
    "WORD_FLAGS",
]


# --- words the text engine's stages share -------------------------------------------------

PREP_ALL = (
    END_PREPOSITIONS
    | START_PREPOSITIONS
    | BEFORE_PREPOSITIONS
    | frozenset({"on", "at", "to", "than", "effective", "commencing", "and"})
)


VERBS = (
    DELIVERABLE_VERBS
    | VAGUE_VERBS
    | CHANGE_VERBS
    | LEARNING_VERBS
    | STATE_VERBS
    | ACQUIRE_VERBS
    | CAREER_MOVE_VERBS
    | frozenset({"go", "add", "hold", "sleep", "burn", "dedicate", "aim"})
)
VAGUE_PHRASE_HEADS = frozenset(p[0] for p in VAGUE_TIME_PHRASES)
SENTENCE_END = frozenset(".!?;\n")
BOUNDARY = (
    frozenset(',.;:!?()[]{}"')
    | CONJUNCTIONS
    | {
        "who",
        "which",
        "that",
        "where",
        "starting",
        "beginning",
        "ending",
        "every",
        "each",
        "instead",
        "rather",
    }  # "a CNC programmer instead of ...": a contrast ends the phrase
)
PHRASAL_VAGUE: Final = frozenset(
    tuple(pair.split())
    for pair in (
        "work on", "focus on", "look into", "figure out", "take on", "step up", "get better",
        "get a handle", "get good", "keep up", "catch up", "brush up", "level up", "be better", "be more",
        "tighten up", "smarten up", "sharpen up", "see about", "think about",
        "do better", "do more", "ramp up", "scale up", "cut down", "ramp down", "scale back",
        "double down", "get involved", "be involved",
    )
)  # fmt: skip
SUBJECTS = frozenset(
    {"i", "we", "i'll", "i'd", "i'm", "we'll", "we're", "i've", "we'd", "you", "let's", "lets"}
)
MODALS = frozenset(
    {"will", "would", "shall", "should", "must", "can", "could", "gonna", "wanna", "may", "might"}
)
ADVERBS: Final = words(
    "maybe perhaps really also finally definitely hopefully personally ideally probably "
    "possibly just actually eventually somehow still then first successfully consistently "
    "proactively actively please never not don't dont no longer quite rather genuinely truly"
)
INTENT: Final = words(
    "hoping planning aiming intending wanting looking seeking hopes intends "
    "want need plan aim hope intend try strive decide commit like love going have wish expect "
    "seek attempt able needs wants plans aims trying committed determined ready got gotta"
)
GOAL_WORDS = frozenset(
    {"goal", "objective", "aim", "target", "plan", "focus", "priority", "resolution", "okr", "todo"}
)
HEDGE_WORDS = frozenset({"maybe", "perhaps", "possibly", "hopefully", "somehow", "try", "attempt"})
BULLETS = frozenset("-*•–—>#") | {"o"}
QUANT_SKIP = frozenset(
    {"below", "under", "above", "over", "at", "least", "most", "less", "more", "than", "about",
     "around", "roughly", "approximately", "just", "no", "fewer"}
)  # fmt: skip
NAMEISH_STOP = PREPOSITIONS | CONJUNCTIONS | frozenset(",.;:!?()")
ADJ_ENDINGS = ("al", "ive", "ful", "ous", "ic", "ed", "ent", "ant", "ble", "ary", "ish", "less")
ALL_MONTHS_AMBIG = AMBIGUOUS_MONTHS | {"may"}
PERIOD_WORDS = frozenset({"week", "month", "quarter", "year", "weekend", "half"})
MOD_WORDS = frozenset(
    {"end", "start", "beginning", "middle", "mid", "early", "late", "rest", "close", "turn"}
)
EVENT_AFTER = frozenset({"after", "of", "from", "following"})
NOT_AFTER_YEAR = (
    frozenset({"%", "x", "times", "more", "new", "people", "followers", "connections"})
    | PERCENT_WORDS
    | frozenset(CURRENCY_WORDS)
    | MEASURE_UNITS
    | frozenset(SHORT_UNITS)
)
RATIONALE_HEADS = frozenset(p[0] for p in RATIONALE_PHRASES)
# "need it for", "GC requires it for foremen", "required for": what the result is needed for.
NEED_FOR_WORDS: Final = words("need needs needed require requires required")
# Marks after which a clause may state the reason: a dash, a bracket, a sentence end.
CLAUSE_MARKS: Final = frozenset({"-", "–", "—", "(", ".", "?", "!", "\n"})
RATIONALE_SCAN = RATIONALE_HEADS | {"to", "so", "since", "as"} | CLAUSE_MARKS | CAREER_AIM_NOUNS | {
    "move", "moving", "transition", "transitioning", "pivot", "switch", "step", "grow",
    "promoted", "promotion", "qualify", "advance"} | NEED_FOR_WORDS  # fmt: skip
INFINITIVE_VERBS = VERBS | PURPOSE_VERBS
SO_NEXT = PRONOUNS | DETERMINERS_DEFINITE | frozenset({"people", "customers", "users"})

OBJECT_CONTROL: Final = words(
    "ask invite encourage help allow enable convince persuade teach get want need expect "
    "remind coach mentor train push challenge nominate recruit empower volunteer agree offer "
    "support"
)

TO_VERBS = frozenset({"volunteer", "offer", "agree", "start", "begin", "continue", "remember"})


GENERIC_ROLE_WORDS = (
    DETERMINERS_DEFINITE
    | DETERMINERS_INDEFINITE
    | COMPARATIVES
    | {"new", "good", "great", "different", "paid", "well", "real", "dream", "next", "job"}
)
UNIT_WORDS = (
    MEASURE_UNITS
    | frozenset(SHORT_UNITS)
    | frozenset(DURATION_UNITS)
    | PERCENT_WORDS
    | PER_PERIOD_NOUNS
    | {"%", "x", "-"}
)
WINDOW_LEAD = frozenset(
    {"the", "next", "coming", "following", "upcoming", "first", "their", "my", "our", "his", "her",
     "just", "only", "about", "around", "roughly", "approximately"}
)  # fmt: skip
WINDOW_PREPS = frozenset({"within", "in", "for", "over", "during", "throughout", "through"})
DETERMINERS = DETERMINERS_DEFINITE | DETERMINERS_INDEFINITE
DET_OR_WORK = DETERMINERS_DEFINITE | {"work"}
ABSTRACT_OR_VAGUE = ABSTRACT_NOUNS | VAGUE_STATES
F_ARTIFACT, F_VAGUE_Q, F_COMPARATIVE, F_STATE, F_VAGUE_NOUN = 1, 2, 4, 8, 16


def _flags() -> dict[str, int]:
    out: dict[str, int] = {"number": F_COMPARATIVE}
    for listed, flag in (
        (ARTIFACT_NOUNS, F_ARTIFACT),
        (VAGUE_QUANTIFIERS, F_VAGUE_Q),
        (COMPARATIVES | SUPERLATIVES, F_COMPARATIVE),
        (VAGUE_STATES | PERFECTION_WORDS, F_STATE),
        (VAGUE_NOUNS, F_VAGUE_NOUN),
    ):
        for w in listed:
            out[w] = out.get(w, 0) | flag
    return out


# One look-up per word of the goal clause instead of one per word list.
WORD_FLAGS = MappingProxyType(_flags())
NOVICE_HEADS = frozenset(p[0] for p in NOVICE_CUES)
ABSOLUTE_TRIGGERS = PERFECTION_WORDS | SUPERLATIVES | frozenset(
    {"never", "always", "forever", "zero", "no", "without", "every", "all", "each", "number",
     "world's", "everything", "everyone", "everybody", "world"}
)  # fmt: skip
CAREER_WORDS = frozenset(
    {"move", "moving", "transition", "transitioning", "pivot", "switch", "step", "grow",
     "promoted", "promotion", "qualify", "advance"}
)  # fmt: skip
QUANTITY_TRIGGERS = (
    frozenset(MULTIPLIERS)
    | frozenset(UNITS)
    | {"a", "an", "half", "a1", "a2", "b1", "b2", "c1", "c2"}
)
SENTENCE_MARKS = frozenset({".", "!", "?", ":", "-", "•", "(", "*", ";"})
OPEN_QUOTES = frozenset({"'", '"', "“", "‘"})
CLOSE_QUOTES = frozenset({"'", '"', "”", "’"})
QUOTES = OPEN_QUOTES | CLOSE_QUOTES


def _by_head(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in phrases:
        out[p[0]] = (*out.get(p[0], ()), p)
    return out


# Every vague time phrase has two words at least: keyed on both, a word like "in" (the
# head of many) is tested against the few phrases its next word can start.
VAGUE_BY_PAIR = MappingProxyType(
    {pair: tuple(p for p in VAGUE_TIME_PHRASES if p[:2] == pair)
     for pair in {p[:2] for p in VAGUE_TIME_PHRASES}}
)  # fmt: skip
assert min(map(len, VAGUE_TIME_PHRASES)) >= 2
RATIONALE_BY_HEAD = MappingProxyType(_by_head(RATIONALE_PHRASES))
EVENT_MODIFIERS = frozenset(
    {"business", "working", "work", "week", "team", "sprint", "design", "code"}
)
SCOPE_WORDS = EXECUTIVE_ROLES | MASTERY_WORDS | ENDURANCE_FEATS
NO_MODS: frozenset[str] = frozenset()
NP_OPENERS = frozenset({"every", "each"})  # "lead every project": part of the object


# --- telling English from other languages ---------------------------------------------------

# The commonest short words of English, and of the languages goals are most often written in
# besides (Spanish, French, German, Dutch, Portuguese, Italian). A text is judged English
# unless its short words are mostly another language's; words both share are left out.
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
    "este esta estos estas ce cette ces dieses diese dieser deze dit questo questa"
)
# Words of those languages that are English words too ("pour the slab", "bus fare").
ENGLISH_LOOKALIKES: Final = words("pour fare mais dans")
# Letters English words do not use (a name may, so each counts once per word).
OTHER_LETTERS: Final = frozenset("ñçßäöüàâêîôûãõœ¿¡ëïÿæøå")


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
# What one earns once and can show: "gain the CPR certification", "get my coaching badge".
CREDENTIAL_NOUNS: Final = words(
    "certification certificate cert credential license licence badge degree diploma status "
    "qualification accreditation chartership rating award belt designation membership "
    "fellowship clearance endorsement sign-off approval go-ahead permission consent "
    "distinction merit commission contract funding sponsorship scholarship bursary first"
)
# Words that undo a one-off result: "never miss a deadline" produces nothing to check.
NEGATIONS: Final = words("never not don't dont no stop avoid")
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
    "printer server newsletter timer charger flyer sticker binder ledger proper"
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
    "comes returns"
)
# Words that open a purpose clause before its action: "so that I can", "in order to".
PURPOSE_MARKERS: Final = words("so that to in order for because")
# Verbs that are vague together with their noun: "take ownership", "make progress".
LIGHT_VERBS: Final = words("take make do have give get")
# Particles between a verb and its object: "follow through with", "sign up for".
PARTICLES: Final = words(
    "up out on in to off for with through into over back down across round around together"
)
# Where a goal starts low: a junior role, or nothing at all.
JUNIOR_WORDS: Final = words("junior entry-level intern internship trainee graduate apprentice")
FROM_NOTHING_WORDS: Final = words("scratch zero nothing")
# Words before "day of the course", "end of the workshop" that belong to the time phrase.
EVENT_LEAD_WORDS: Final = words("first last final opening the on at by before until")
# Participles that mark a result as done: "the refresher booked", "the audit done".
COMPLETION_PARTICIPLES: Final = words(
    "done completed finished booked submitted signed approved published shipped launched "
    "delivered sorted renewed filed passed live"
)
# Past participles not formed with "-ed": "will be written", "is to be held".
IRREGULAR_PARTICIPLES: Final = words(
    "written sent held run given taken made built paid sold brought told shown chosen set "
    "put drawn done won begun spent kept met read"
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
# Words of obligation between a subject and "to": "Raj is expected to pass".
OBLIGED_WORDS: Final = words("expected required due supposed asked set scheduled")
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
# Past forms without "-ed": a reason told in the past tense ("since the team lost ...").
PAST_FORMS: Final = words("lost was were had did went made took gave left became grew")
# Words that open an indirect question: a time inside one is part of what is asked.
INDIRECT_QUESTION_WORDS: Final = words("where what whether how")
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
# Words before an event whose date the text omits: "by the AGM", "before my renewal".
EVENT_DEADLINE_WORDS: Final = words("by before until till prior ahead up")
# Endings of nouns that name an occasion: "renewal", "inspection", "reopening", "appraisal".
EVENT_ENDINGS: Final = ("al", "tion", "sion", "ing")
EVENT_PLURALS: Final = words(
    "holidays exams finals results elections mocks champs championships trials heats playoffs"
)
HOLIDAYS: Final = words(
    "easter christmas thanksgiving diwali eid ramadan hanukkah passover halloween xmas"
)
# "close of play", "close of business", "end of day": the end of the working day.
DAY_END_PHRASES: Final = frozenset(
    tuple(p.split())
    for p in ("close of play", "close of business", "end of day", "end of business", "end of play")
)
# Holidays on the same day every year.
FIXED_HOLIDAYS: Final = MappingProxyType(
    {"christmas": (12, 25), "xmas": (12, 25), "halloween": (10, 31)}
)
# Holidays on the same day every year, named in more than one word.
HOLIDAY_PHRASES: Final = MappingProxyType(
    {
        ("new", "year's", "eve"): (12, 31), ("new", "years", "eve"): (12, 31),
        ("new", "year's", "day"): (1, 1), ("new", "years", "day"): (1, 1),
        ("christmas", "eve"): (12, 24), ("christmas", "day"): (12, 25),
        ("boxing", "day"): (12, 26),
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
    # occasions read where they stand: "in the mocks", "for Christmas", "by Friday's launch"
    | EVENT_PLURALS
    | frozenset(FIXED_HOLIDAYS)
    | {"easter"}
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
# Subjects of a goal written about someone else: "she should complete ...".
THIRD_PERSON: Final = words("he she they")
# How sure the writer is: "I'm 90% sure I can ...". A rating of confidence, not of the goal.
CERTAINTY_WORDS: Final = words("sure confident certain")
# Endings of a noun for a person who does a job: "inspector", "hygienist", "sonographer".
AGENT_ENDINGS: Final = ("er", "or", "ist", "ian")
# Endings of a noun that names an action: "completion", "submission", "delivery", "rollout",
# "renewal", "approval", "referral".
ACTION_NOUN_ENDINGS: Final = ("tion", "sion", "ment", "ery", "val", "wal", "sal", "ral")
# Prefixes glued to a verb by a hyphen: "re-tile", "co-lead", "pre-book".
VERB_PREFIXES: Final = words("re co pre mis deep double spring cross self up")
# Nouns a number after them labels, not counts: "chapter 3", "ward 7", "phase 2".
LABEL_NOUNS: Final = words(
    "chapter module ward room floor phase stage step part section level version gate terminal "
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
