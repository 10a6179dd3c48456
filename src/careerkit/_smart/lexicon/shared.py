"""Sets the stages share, built from the lists of the other modules."""

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
    PER_PERIOD_NOUNS,
    PERFECTION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    PURPOSE_VERBS,
    RATIONALE_PHRASES,
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
    CURRENCY_WORDS,
    DURATION_UNITS,
    END_PREPOSITIONS,
    MONTHS,
    MULTIPLIERS,
    PERCENT_WORDS,
    SHORT_UNITS,
    START_PREPOSITIONS,
    UNITS,
    VAGUE_TIME_PHRASES,
    WEEKDAYS,
)
from careerkit._smart.lexicon.reach import LASTING_PHRASES, STRICT_PHRASES

__all__ = [
    "ABSOLUTE_TRIGGERS",
    "ABSTRACT_OR_VAGUE",
    "ADJ_ENDINGS",
    "ADVERBS",
    "ALL_MONTHS_AMBIG",
    "BOUNDARY",
    "BULLETS",
    "CALENDAR_NOUNS",
    "CAREER_WORDS",
    "CLAUSE_EDGES",
    "CLAUSE_MARKS",
    "CLAUSE_OPENERS",
    "CLOSE_QUOTES",
    "CONDITION_WORDS",
    "CONSIDERING_VERBS",
    "DETERMINERS",
    "DET_OR_WORK",
    "EVENT_AFTER",
    "EVENT_MODIFIERS",
    "F_ARTIFACT",
    "F_COMPARATIVE",
    "F_STATE",
    "F_VAGUE_NOUN",
    "F_VAGUE_Q",
    "GENERIC_ROLE_WORDS",
    "GOAL_WORDS",
    "HEDGE_WORDS",
    "INFINITIVE_VERBS",
    "INTENT",
    "LASTING_BY_HEAD",
    "LIKING",
    "MODALS",
    "MODAL_CONTRACTIONS",
    "MOD_WORDS",
    "NAMEISH_STOP",
    "NEED_FOR_WORDS",
    "NEGATIVE_AUXILIARIES",
    "NOT_AFTER_YEAR",
    "NOVICE_HEADS",
    "NO_MODS",
    "NP_OPENERS",
    "OBJECT_CONTROL",
    "OPEN_QUOTES",
    "PERIOD_WORDS",
    "PHRASAL_CONSIDERING",
    "PHRASAL_TIDYING",
    "PHRASAL_VAGUE",
    "PLACEHOLDERS",
    "PREP_ALL",
    "QUANTITY_TRIGGERS",
    "QUANT_SKIP",
    "QUOTES",
    "RATIONALE_BY_HEAD",
    "RATIONALE_HEADS",
    "RATIONALE_SCAN",
    "REACHING_VERBS",
    "SCOPE_WORDS",
    "SENTENCE_END",
    "SENTENCE_MARKS",
    "SO_NEXT",
    "STATE_ADJECTIVES",
    "STATE_CAUSING_VERBS",
    "STRICT_BY_HEAD",
    "SUBJECTS",
    "TARGET_NOUNS",
    "TO_VERBS",
    "UNIT_WORDS",
    "VAGUE_BY_PAIR",
    "VAGUE_PHRASE_HEADS",
    "VERBS",
    "WINDOW_LEAD",
    "WINDOW_PREPS",
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
# Words that open a clause of time or condition: "when things calm down", "if we get the grant".
CONDITION_WORDS = frozenset({"when", "whenever", "if", "unless", "once"})
# Words that open a clause of their own, which no occasion's or period's name goes on into:
# "by Christmas because it matters", "before 15 January unless ...", "until the audit, which".
CLAUSE_OPENERS = CONDITION_WORDS | {
    "because",
    "although",
    "though",
    "whereas",
    "whilst",
    "which",
    "who",
}
BOUNDARY = (
    frozenset(',.;:!?()[]{}"')
    | CONJUNCTIONS
    # "my licence when things calm down": a condition ends the phrase ("once" may be a count)
    | (CONDITION_WORDS - {"once"})
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
# Verbs of weighing an action up, not taking it: "look at reducing CPA by 10%", "explore
# moving to a 4-day week", "find out whether we can get match funding". The action after them
# is only considered, whatever figure it has.
CONSIDERING_VERBS: Final = words("consider explore investigate")
PHRASAL_CONSIDERING: Final = frozenset(
    tuple(pair.split()) for pair in ("look at", "look into", "think about", "see about", "find out")
)
# Phrasal verbs of putting things in order: "sort out the stockroom", "tidy up the notes" name
# what to act on but not what done looks like, as "work on" does; a figure says how far.
PHRASAL_TIDYING: Final = frozenset(
    tuple(pair.split()) for pair in ("sort out", "tidy up", "clean up", "straighten out")
)
PHRASAL_VAGUE: Final = frozenset(
    tuple(pair.split())
    for pair in (
        "work on", "focus on", "look into", "figure out", "take on", "step up", "get better",
        "get a handle", "get good", "keep up", "catch up", "brush up", "level up", "be better", "be more",
        "tighten up", "smarten up", "sharpen up", "see about", "think about",
        "do better", "do more", "ramp up", "scale up", "cut down", "ramp down", "scale back",
        "double down", "get involved", "be involved", "keep an eye", "keep tabs", "close the gap",
        # getting ready for an occasion named after "for" ("prepare for the APC assessment",
        # "train for the Great North Run"): the occasion is what the work comes before, not a
        # result it delivers; taking part in it or passing it is
        "prepare for", "train for", "get ready",
    )
) | PHRASAL_TIDYING  # fmt: skip
# A subject pronoun with a modal written into it: "he'd like to", "they'll run".
MODAL_CONTRACTIONS = frozenset(
    f"{p}'{m}" for p in ("i", "we", "he", "she", "they") for m in ("ll", "d")
)
SUBJECTS = (
    frozenset({"i", "we", "i'm", "we're", "i've", "you", "let's", "lets"}) | MODAL_CONTRACTIONS
)
MODALS = frozenset(
    {"will", "would", "shall", "should", "must", "can", "could", "gonna", "wanna", "may", "might"}
)
# An auxiliary or a modal with its "not" ("won't", "cannot"): passed on the way to the action,
# as "will not" is, and a negation of it.
NEGATIVE_AUXILIARIES: Final = words(
    "don't dont doesn't didn't won't can't cannot mustn't shouldn't wouldn't couldn't needn't"
)
ADVERBS: Final = (
    words(
        "maybe perhaps really also finally definitely hopefully personally ideally probably "
        "possibly just actually eventually somehow still then first successfully consistently "
        "proactively actively please never not no longer quite rather genuinely truly again"
    )
    | NEGATIVE_AUXILIARIES
)
INTENT: Final = words(
    "hoping planning aiming intending wanting looking seeking hopes intends "
    "want need plan aim hope intend try strive decide commit like love going have wish expect "
    "seek attempt able needs wants plans aims trying committed determined ready got gotta "
    "endeavour endeavor"
)
# Words of intent that also say how one feels: a wish only with a modal or "to" after them
# ("I'd love to", "I like to"); without, a feeling ("I love this job", "we like the new rota").
LIKING: Final = words("like love")
GOAL_WORDS = frozenset(
    {"goal", "objective", "aim", "target", "plan", "focus", "priority", "resolution", "okr", "todo"}
)
# Nouns that say a target exists without saying it ("hit my targets", "meet our KPIs"), and
# the verbs that reach one.
TARGET_NOUNS: Final = words(
    "goal goals objective objectives target targets okr okrs kpi kpis quota quotas numbers"
)
REACHING_VERBS = words("hit meet reach achieve smash beat exceed surpass attain nail crush")
# Verbs that put their object in a state an adjective after it names ("keep the yard tidy").
STATE_CAUSING_VERBS = words("make get keep leave render have")
# Short adjectives of a state a thing is kept in, with no adjective's ending to tell them by.
STATE_ADJECTIVES = words(
    "clean tidy safe secure ready neat sharp stable tight smooth lean spotless accurate"
)
# What stands in a goal box before the goal is written ("TBD", "n/a"), without its marks.
PLACEHOLDERS = words("tbd tbc tba na none nil todo xxx xx x")
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
# Every word that names a stretch or a point of the calendar: "weeks", "quarter", "March",
# "Friday". A noun after a date that is one of these is more time, not an occasion.
CALENDAR_NOUNS = frozenset(DURATION_UNITS) | PERIOD_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
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
# Where a clause ends, looking back from a figure: "NPS is 22; raise it", "(currently 6)". A
# plain hyphen is left out: it joins words as often as clauses ("part-time", "follow-up").
CLAUSE_EDGES: Final = frozenset({",", ";", ".", ":", "(", ")", "–", "—", "!", "?", "\n"})
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
# The phrases that say an absolute lasts, and those that make a goal strict.
LASTING_BY_HEAD = MappingProxyType(_by_head(LASTING_PHRASES))
STRICT_BY_HEAD = MappingProxyType(_by_head(STRICT_PHRASES))
EVENT_MODIFIERS = frozenset(
    {"business", "working", "work", "week", "team", "sprint", "design", "code"}
)
SCOPE_WORDS = EXECUTIVE_ROLES | MASTERY_WORDS | ENDURANCE_FEATS
NO_MODS: frozenset[str] = frozenset()
NP_OPENERS = frozenset({"every", "each"})  # "lead every project": part of the object
