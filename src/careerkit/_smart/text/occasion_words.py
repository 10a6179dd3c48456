"""Tests on the words around an occasion or a day (what governs it, what follows it), and the
days of holidays and church seasons: the helpers of :mod:`careerkit._smart.text.events`."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from careerkit._smart import lexicon as lx
from careerkit._smart.text.figure_context import people_noun
from careerkit._smart.text.numbers import _fy_token, _is_year, _number_at
from careerkit._smart.text.tense import participle
from careerkit._smart.text.tokens import _Doc, lemma, measuring_participle

# The words that govern an occasion in _Events._event: its preposition, "of" in "the end of",
# "to" in "prior to", and the last words of lx.COMPOUND_DEADLINE_PREPS ("in time for").
_EVENT_LEADS = frozenset(
    {"at", "in", "during", "on", "of", "by", "before", "until", "till", "to"}
    | {"through", "throughout", "for", "across", "over"}
    | {p[-1] for p in lx.COMPOUND_DEADLINE_PREPS}
)
# Words that pick the coming one of a run: "by the next harvest", "before my upcoming audit".
PICKS_NEXT = frozenset({"next", "upcoming", "coming"})


def picks_next(d: _Doc, k: int) -> bool:
    """Does the word at ``k`` pick the coming one of a run of occasions named after it: "next"
    ("by next harvest", "at the next Games"), or "coming" or "upcoming" after a determiner ("by
    our upcoming gig")? A time word after it is a time ("by next Friday", "at the next March"),
    not a run of occasions."""
    w = d.at[k]
    if w not in PICKS_NEXT or (w != "next" and d.at[k - 1] not in lx.POSSESSIVES):
        return False
    return d.at[k + 1].isalpha() and d.at[k + 1] not in lx.TIME_TRIGGERS


# Nouns "the next" may pick that are people or rungs, not occasions: "signed off by the next
# manager", "play at the next level".
_NOT_OCCASIONS = lx.ROLE_NOUNS | lx.GROUP_NOUNS | lx.LADDER_NOUNS
# The agent of a passive is someone: "approved by the next council", "let by the next tenant".
_AGENTS = lx.COLLECTIVE_NOUNS | {"council", "jury", "tribunal", "cabinet", "government"}
# Endings of a noun for who does something: "customer", "assessor", "tenant", "committee".
_AGENT_ENDINGS = (*lx.AGENT_ENDINGS, "ant", "ent", "ee")
# Participles spelt as their verb, which the participle test leaves to the verb: "let", "cut".
_BARE_PARTICIPLES = frozenset({"let", "cut", "shut"})


def picks_no_occasion(d: _Doc, prep: int, k: int) -> bool:
    """The noun at ``k`` that "next" picks after the preposition at ``prep`` names a person, a
    group or a rung, no occasion: "the next manager", "the next tenants", "at the next level";
    as the agent of a passive, any group, a noun for who does something or a name ("approved by
    the next council", "let by the next tenant", "reviewed by next Tom")."""
    w = d.at[k]
    if w in _NOT_OCCASIONS or people_noun(w):
        return True
    if d.at[prep] != "by" or not (participle(d, prep - 1) or d.at[prep - 1] in _BARE_PARTICIPLES):
        return False
    raw = d.raw[k]
    return (
        w in _AGENTS
        or (len(w) > 4 and w.endswith(_AGENT_ENDINGS))
        or (raw[:1].isupper() and raw[1:].islower() and not w.endswith("s"))  # a name
    )


# Words before "term" that make it a horizon, not a school's term: "the long term".
_HORIZONS = frozenset({"long", "medium", "short", "near", "longer", "shorter"})
# The prepositions that make a period with no dates the goal's stretch of time.
_SPAN_WORDS = frozenset({"through", "throughout", "during", "for", "across", "over"})
# A break around a holiday or in a season: "the Christmas break", "the summer holidays".
_BREAKS = frozenset({"break", "period", "holidays", "holiday", "hols", "shutdown", "vacation"})
# The writer as the subject: "when I feel ready", "until we're confident".
_WRITERS = frozenset({"i", "we", "i'm", "we're"})
_SUBJECT_PRONOUNS = frozenset(
    ("i", "we", "they", "he", "she", "it", "i'm", "we're", "they're", "he's", "she's", "it's")
)


def _ends_compound_prep(d: _Doc, k: int) -> bool:
    """Does a three-word preposition that says "by" end at ``k``: "in time for", "between now
    and", "in advance of"?"""
    return (d.at[k - 2], d.at[k - 1], d.at[k]) in lx.COMPOUND_DEADLINE_PREPS


def _reaches(d: _Doc, k: int) -> bool:
    """The word at ``k`` is a verb in a clause's own form ("hits", "reached", "grows") or
    "to" after one, and a figure follows it: an event that is a number reached ("before the
    ward reaches 30 beds", "until the team grows to 20", "before we hit fifty")."""
    w = d.at[k]
    if w == "to":
        if k < 1:
            return False
        k -= 1
        w = d.at[k]
    base = lemma(w)
    if base not in lx.VERBS or w in lx.PREPOSITIONS:
        return False
    if base == w and (d.at[k - 1] in lx.DETERMINERS or d.at[k - 1] in lx.POSSESSIVES):
        return False  # a noun after its determiner: "the hit list"
    nxt = k + 1 if d.at[k + 1] != "to" else k + 2
    return _figure_end(d, nxt) is not None


def _measured_by(d: _Doc, k: int) -> bool:
    """ "by" at ``k`` after a participle of measuring names who or what measures, not when:
    "counted by the pulse survey"."""
    return d.at[k] == "by" and measuring_participle(d, k - 1)


def _figure_end(d: _Doc, k: int) -> int | None:
    """After a figure at ``k`` ("fifty", "10,000 users", "$2M", "30 beds") and the noun it
    counts, or None when no figure starts there."""
    if d.at[k] in lx.CURRENCY_SYMBOLS:
        k += 1
    if k >= d.n:
        return None
    num = _number_at(d, k)
    if num is None or num[2]:
        return None  # no number, or an ordinal ("before the 3rd"): a day, read as one
    j = num[1]
    w = d.low[j] if j < d.n else ""
    if (
        w.isalpha()
        and d.raw[j].islower()
        and w not in lx.PREPOSITIONS
        and w not in lx.CONJUNCTIONS
        and (w not in lx.TIME_TRIGGERS or w in lx.DURATION_UNITS)  # months are triggers
    ):
        j += 1  # the counted noun: "30 beds", "5 years"
    return j


def _a_period_name(w: str) -> bool:
    """Is ``w`` the name of a period the date readers read: a month, a quarter or half ("Q2",
    "H1"), a fiscal year ("FY27") or a year?"""
    return w in lx.MONTHS or w in _PART_CODES or _fy_token(w) is not None or _is_year(w) is not None


_PART_CODES = frozenset({"q1", "q2", "q3", "q4", "h1", "h2"})
# The parts of an occasion "of" follows that are times: "the end of", "the night of".
_DAY_PARTS = frozenset({"day", "night", "eve", "morning", "afternoon", "evening"})
_PARTS_OF = frozenset({"end", "close", "start", "beginning"}) | _DAY_PARTS
_PARTS_OF_EVENT = frozenset({"end", "close", "start", "week", "month"}) | _DAY_PARTS
# The undated periods in the singular: "for the autumn term" is a stretch of time, and "for
# our key terms" names things.
_ONE_PERIOD = frozenset(w for w in lx.UNDATED_PERIODS if not w.endswith("s"))
# Words ending in "day" that name no day an event falls on.
_NO_DAY = frozenset({"everyday", "yesterday", "someday", "weekday", "workday", "heyday"})
# The words after "week" that name the day it starts: "the week starting 1 February".
_WEEK_STARTS = frozenset({"commencing", "beginning", "starting"})


def _time_prep_before(d: _Doc, k: int) -> bool:
    """Does a preposition stand before the part of a day at ``k``, past "the" and an ordinal
    ("on the first day of the course", "by the night of the gala")?"""
    m = k - 1
    while m > max(0, k - 5) and (d.at[m] in lx.DETERMINERS_DEFINITE or d.at[m] in _WHICH_WORDS):
        m -= 1
    return d.at[m] in lx.PREP_ALL


# Ordinals in words before a day: "the first day", "the final night".
_WHICH_WORDS = frozenset({"first", "second", "third", "last", "final", "opening", "closing"})


def _noun_after_determiner(d: _Doc, i: int) -> bool:
    """ "the new till system": after a determiner or an adjective, "till" is a noun."""
    return d.low[i] == "till" and (
        d.at[i - 1] in lx.DETERMINERS or d.at[i - 1] in lx.POSSESSIVES or d.at[i - 1] == "new"
    )


def _holiday(name: str, year: int) -> date:
    """The day of a holiday in a year: a fixed day, or a feast that moves with Easter
    (Easter Sunday, Whit Sunday)."""
    if name in lx.MOVABLE_FEASTS:
        return easter(year) + timedelta(days=lx.MOVABLE_FEASTS[name])
    month, mday = lx.FIXED_HOLIDAYS[name]
    return date(year, month, mday)


def holy_season(name: str, year: int) -> tuple[date, date]:
    """The first and last day of a season of the church year in ``year``: Advent from the
    fourth Sunday before Christmas to Christmas Eve, Lent from Ash Wednesday to Holy
    Saturday."""
    if name == "lent":
        sunday = easter(year)
        return sunday - timedelta(days=46), sunday - timedelta(days=1)
    nov27 = date(year, 11, 27)
    return nov27 + timedelta(days=(6 - nov27.weekday()) % 7), date(year, 12, 24)


def _comparative(d: _Doc, k: int) -> bool:
    """A comparative at ``k``: "quieter", "older", "more settled", "calmer in spring" (an -er
    word that ends its phrase, not "under construction")."""
    if k >= d.n:
        return False  # "when the shop is" ends the text: nothing is compared
    w = d.low[k]
    if w in lx.COMPARATIVES:
        return True
    nxt = d.at[k + 1]
    return (
        len(w) > 4
        and w.endswith("er")
        and d.raw[k].isalpha()
        and (not nxt[:1].isalpha() or nxt in lx.PREPOSITIONS)
    )


def _writer_feels(d: _Doc, k: int) -> bool:
    """The writer's own feeling or a vague state follows at ``k``: "feel ready", "am
    confident", "'m comfortable"."""
    if d.at[k] in ("am", "are", "really", "truly", "finally"):
        k += 1
    return d.at[k] in ("feel", "feels") or d.at[k] in lx.VAGUE_STATES or d.at[k] == "ready"
