"""Words that judge reach by rank: ladders climbed a rung at a time, roles at the top of an
organisation, honours few reach, and where a goal starts."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from careerkit._smart.lexicon._base import words
from careerkit._smart.lexicon.grammar import SUPERLATIVE_SCOPES

__all__ = [
    "CAREER_STARTS",
    "CONTINENTS",
    "CONTINENT_PARTS",
    "CONTINENT_QUALIFIERS",
    "ELITE_HONOURS",
    "HONOUR_NOUNS",
    "IN_THE_RUNNING",
    "LADDER_NOUNS",
    "LADDER_STEPS_PER_MONTH",
    "NATIONAL_SCOPES",
    "NATION_PARTS",
    "NEGATED_HAVE",
    "NOVICE_CUES_MORE",
    "NOVICE_NEEDS",
    "NOVICE_PAST_VERBS",
    "OCCASION_DAYS",
    "OWN_VENTURE_WORDS",
    "PAY_WORDS",
    "POST_NOUNS",
    "POST_REACHING_VERBS",
    "PROFESSION_QUALIFIERS",
    "RANK_LADDERS",
    "RUNG_REACHING_VERBS",
    "SENIOR_ROLES",
    "STARTER_ROLES",
    "TOP_ROLE_HEADS",
    "WORLD_SCOPES",
]

# Numbered ladders one climbs a rung at a time, by exam, grading or post: "from Grade 1 to
# Grade 8", "from Band 5 to Band 7", "from 5th kyu to 1st kyu"; and how many rungs a month at
# most, generously (one grading, exam or step up a month).
LADDER_NOUNS: Final = words("grade band level dan kyu")
LADDER_STEPS_PER_MONTH: Final = 1.0
# Verbs that reach a post named anywhere in their object: "become CFO", "make MD", "land a
# head of department post", "get promoted to partner".
POST_REACHING_VERBS: Final = words("be become get land make go reach")
# Verbs whose object is a rung reached: those, and a grading's "earn my black belt", "gain my
# green belt" (which take other objects too: "earn the trust of our CEO").
RUNG_REACHING_VERBS: Final = POST_REACHING_VERBS | words("earn gain")


# Ladders of named rungs, each climbed a rung at a time by grading, promotion or selection:
# belts, ranks, grades of a profession. Each: the fewest months a rung takes at a fast pace,
# the noun a rung's word must stand before (the colours are belts only before "belt"), and the
# rungs from the bottom up, each one or more ways of naming it (hyphens dropped: "sub
# lieutenant"). A word on two ladders ("sergeant", "captain") is read on the one both ends of a
# "from ... to ..." climb are on.
def _rungs(*rungs: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(tuple(tuple(name.split()) for name in rung.split("|")) for rung in rungs)


RANK_LADDERS: Final = (
    (2.0, "belt", _rungs("white", "yellow", "orange", "green", "blue", "purple", "brown", "black")),
    (6.0, "", _rungs(
        "private", "lance corporal", "corporal", "sergeant", "staff sergeant", "warrant officer",
        "second lieutenant|2nd lieutenant", "lieutenant", "captain", "major",
        "lieutenant colonel", "colonel", "brigadier", "major general", "lieutenant general",
        "general",
    )),
    (6.0, "", _rungs(
        "midshipman|ensign", "sub lieutenant", "lieutenant", "lieutenant commander", "commander",
        "captain", "commodore", "rear admiral", "vice admiral", "admiral",
    )),
    (6.0, "", _rungs(
        "constable|officer", "sergeant", "inspector", "chief inspector", "superintendent",
        "chief superintendent", "commander", "commissioner|chief constable",
    )),
    (6.0, "", _rungs(
        "intern|apprentice", "junior|graduate", "mid|intermediate", "senior|lead", "staff",
        "principal", "distinguished|fellow",
    )),
    (6.0, "", _rungs(
        "analyst|trainee", "associate", "senior associate|vp|vice president|manager",
        "director|counsel|senior manager", "md|managing director|partner",
    )),
    # a law firm's associates, senior or not, are made partner in one step
    (6.0, "", _rungs("trainee", "associate|senior associate|counsel", "partner")),
    (6.0, "", _rungs(
        "postdoc|research assistant", "lecturer|assistant professor",
        "senior lecturer|associate professor", "reader", "professor",
    )),
    (4.0, "", _rungs(
        "kitchen porter|commis", "demi chef", "chef de partie", "sous chef", "head chef",
        "executive chef",
    )),
)  # fmt: skip

# --- roles and honours ----------------------------------------------------------------------

# Heads of a whole organisation, read with the next word where it takes one: "chief
# financial officer", "vice president", "managing director".
TOP_ROLE_HEADS: Final = MappingProxyType(
    {
        "chief": frozenset(),  # any "chief ... officer" or "chief nurse"
        "vice": frozenset({"president", "chancellor"}),
        "prime": frozenset({"minister"}),  # the head of a government
        "managing": frozenset({"director", "partner", "editor"}),
        "executive": frozenset({"director", "chairman", "chair", "chef"}),
        "headteacher": frozenset(),
        "headmaster": frozenset(),
        "headmistress": frozenset(),
        "chancellor": frozenset(),
        "superintendent": frozenset(),
        "vp": frozenset(),
        "svp": frozenset(),
        "evp": frozenset(),
    }
)
# Roles that take years of training or rank, out of reach within a year from a start.
SENIOR_ROLES: Final = words(
    "director consultant surgeon judge professor captain principal headteacher partner "
    "cardiologist neurosurgeon barrister kc qc ambassador general admiral colonel senator"
)
# Qualifications that admit one to a profession after years of study and exams: from a start
# made a moment ago they are months away at least ("pass the bar next month without having
# studied law", "chartered accountant by March, having just started the first module").
PROFESSION_QUALIFIERS: Final = words(
    "bar chartered cpa acca cima cfa cpl atpl solicitor barrister pharmacist architect actuary"
)
# Distinctions only a few reach, and not from a standing start within a year.
ELITE_HONOURS: Final = words(
    "oscar oscars grammy grammys emmy emmys bafta baftas nobel pulitzer booker olympic "
    "olympics michelin grandmaster fortune world-class unicorn"
)
# Words that say an honour's judging is under way and the writer is in it: "shortlisted".
IN_THE_RUNNING: Final = words(
    "shortlisted shortlist nominated nomination nominee finalist finalists longlisted"
)
# What an honour's name is of: "a Michelin star", "a Nobel Prize", "Olympic gold".
HONOUR_NOUNS: Final = words("star stars prize prizes medal medals gold award awards")
# "having just started", "I just got my PPL": a start that happened a moment ago.
NOVICE_PAST_VERBS: Final = words(
    "started start enrolled joined got taken took begun began opened qualified signed "
    "moved arrived passed finished completed graduated"
)
# "have" with its "not": "who hasn't ridden a race yet", "I haven't played a match yet" (a
# curly "’" is read as "'", in tokens.py).
NEGATED_HAVE: Final = words("hasn't haven't hadn't")
# One occasion whose length is known though its date is not ("in one afternoon", "within the
# hour", "in a single shift"), and the days it is weighed as: at least a day, the shortest
# window a pace is weighed over.
OCCASION_DAYS: Final = MappingProxyType(
    {
        "hour": 1, "morning": 1, "afternoon": 1, "evening": 1, "night": 1, "shift": 1,
        "sitting": 1, "lunchtime": 1, "weekend": 2,
    }
)  # fmt: skip
# The start of a career stage a window may be counted from: "within 12 months of qualifying",
# "within 2 weeks of graduating from the bootcamp".
CAREER_STARTS: Final = words(
    "qualifying graduating joining starting enrolling leaving finishing completing passing"
)
# What a beginner has none of: "without any mountaineering experience", "with a £0 budget"
# (no money to start from is a start from nothing, as no experience is).
NOVICE_NEEDS: Final = words(
    "experience training background pipeline qualifications budget funding capital"
)
# More ways of saying the start is now (the first ones are in NOVICE_CUES).
NOVICE_CUES_MORE: Final = (
    ("brand", "new"),
    ("first", "-", "week"),
    ("first", "week"),
    ("my", "first"),
    ("first", "ever"),
    ("first", "-", "ever"),
    ("starting", "as"),
    ("joining", "as"),
    ("med", "school"),
    ("medical", "school"),
    ("law", "school"),
    ("my", "new"),
    ("its", "first"),
    ("first", "-", "year"),
    ("first", "year"),
)
# Nouns that stand for a post, named by its holder: "the captain's seat", "the CEO's job".
POST_NOUNS: Final = words("seat chair job role post position title stripes")
# Roles one starts out in: "from shop floor assistant to regional director".
STARTER_ROLES: Final = words(
    "assistant cashier porter receptionist clerk waiter waitress barista volunteer"
)
# Pay: a rise of more than double within a year is out of reach, whatever the reason.
PAY_WORDS: Final = words("salary pay raise rise wage wages payrise")
# One's own venture: the CEO of one's own startup is a founder, not a promotion.
OWN_VENTURE_WORDS: Final = words("own found founding start launch register registering")
# Scopes as wide as everything there is: "any lock in the world", "any song ever written".
WORLD_SCOPES: Final = (
    *(p for p in SUPERLATIVE_SCOPES if p[-1] in ("world", "planet", "earth", "existence")),
    ("ever", "written"),
    ("ever", "made"),
)
# Scopes as wide as a nation or wider: "the best estate agent in the UK", "every reef in the
# Pacific" (an ocean or a polar region is wider than most nations).
NATIONAL_SCOPES: Final = words(
    "uk us usa america britain england scotland wales ireland canada australia india "
    "europe eu country nation industry state world planet "
    "pacific atlantic ocean oceans arctic antarctic antarctica"
)
# Continents and the unions and regions of countries: the few dozen countries of one are a
# closed set one can go through ("visit every country in Europe"), as a nation's counties are.
CONTINENTS: Final = words(
    "europe eu africa asia oceania scandinavia balkans baltics caribbean americas nordics benelux"
)
# The parts a continent is divided into: its countries and their capitals.
CONTINENT_PARTS: Final = words("country countries nation nations capital capitals")
# Words that make "america" a continent: "South America", "Latin America".
CONTINENT_QUALIFIERS: Final = words("south north central latin")
# The few parts a nation is divided into: "every county in the country" is a closed set.
NATION_PARTS: Final = words(
    "county counties region regions state states province provinces territory territories"
)
