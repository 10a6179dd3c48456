"""Numbers, units, the calendar and the words of time."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from careerkit._smart.lexicon._base import words
from careerkit._smart.lexicon.grammar import FIRST_PERSON_POSSESSIVES, THIRD_PERSON_POSSESSIVES

__all__ = [
    "AMBIGUOUS_MONTHS",
    "BEFORE_PREPOSITIONS",
    "CADENCE_ADVERBS",
    "CADENCE_NOUNS",
    "CALENDAR_KINDS",
    "CHANCE_NOUNS",
    "CLOCK_WORDS",
    "COMPOUND_DEADLINE_PREPS",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "DAY_END_CODES",
    "DAY_PREPS",
    "DEADLINE_LABELS",
    "DURATION_UNITS",
    "END_CODES",
    "END_PREPOSITIONS",
    "EVENT_DEADLINE_PREPS",
    "EVENT_NOUNS",
    "FISCAL_WORDS",
    "GLUED_TIME_UNITS",
    "LIMIT_WORDS",
    "MILLION_COUNT_NOUNS",
    "MONEY_NOUNS",
    "MONEY_ONLY_VERBS",
    "MONEY_SUFFIXES",
    "MONTHS",
    "MULTIPLIERS",
    "NUMBER_SUFFIXES",
    "ONWARD_WORDS",
    "ORDINAL_SUFFIXES",
    "ORDINAL_WORDS",
    "OWN_JUDGEMENT_NOUNS",
    "PERCENT_WORDS",
    "PERIOD_NOUNS",
    "PERIOD_TARGETS",
    "POSSESSIVES",
    "SCALES",
    "SEASONS",
    "SELF_JUDGEMENT_PARTS",
    "SHORTHAND",
    "SHORT_UNITS",
    "SPAN_PREPOSITIONS",
    "SPEED_UNITS",
    "START_PREPOSITIONS",
    "START_VERBS",
    "TENS",
    "TEST_OCCASIONS",
    "TIMES_WORDS",
    "TIME_COMPARATIVES",
    "TIME_PHRASE_PREPS",
    "UNDATED_PERIODS",
    "UNDATED_PERIOD_FORMS",
    "UNITS",
    "UNIT_DAYS",
    "VAGUE_TIME",
    "VAGUE_TIME_AFTER",
    "VAGUE_TIME_PHRASES",
    "WEEKDAYS",
    "WEEKDAYS_PLURAL",
    "WINDOW_LIMITS",
]


# --- numbers -------------------------------------------------------------------------------

UNITS: Final = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    }
)  # fmt: skip
# Words that scale the number before them: "five thousand", "5 million", "$1.2 billion".
SCALES: Final = MappingProxyType(
    {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
)
TENS: Final = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
# "once a week", "twice a month"
TIMES_WORDS: Final = MappingProxyType({"once": 1, "twice": 2, "thrice": 3})
MULTIPLIERS: Final = MappingProxyType(
    {"double": 2.0, "triple": 3.0, "quadruple": 4.0, "halve": 0.5}
    # "threefold", "tenfold", "twentyfold"
    | {f"{w}fold": float(v) for w, v in UNITS.items() if 2 <= v <= 100}
)
# Short scales after a number, glued ("40k", "1.2bn") or, all but "b", spaced ("$3 mn").
NUMBER_SUFFIXES: Final = MappingProxyType({"k": 1e3, "mn": 1e6, "bn": 1e9, "b": 1e9})
# "m" after a number is a million in money ("$2m", "5m in revenue") or in an audience ("2m
# followers"), and metres or minutes elsewhere ("400m", "a 30m walk").
MONEY_SUFFIXES: Final = MappingProxyType({"m": 1e6, "mm": 1e6})
# Nouns of money a figure counts or is the level of: "12m in revenue", "grow ARR to 5m".
MONEY_NOUNS: Final = words(
    "revenue revenues sales income turnover funding budget budgets profit profits arr mrr gmv "
    "ebitda salary bonus savings donations investment investments capital valuation pipeline "
    "bookings fundraising sponsorship business"
)
# Verbs whose object is money whatever follows: "raise 2m for the new wing".
MONEY_ONLY_VERBS: Final = words("raise raising fundraise donate invest")
# Counts that no one measures in metres or minutes: "2m followers", "10m views".
MILLION_COUNT_NOUNS: Final = words(
    "followers subscribers users listeners readers viewers fans views impressions downloads "
    "installs streams plays visits visitors clicks signups customers members"
)
ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
# Ordinals in words, for a day of a month: "the first of March".
ORDINAL_WORDS: Final = MappingProxyType(
    {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
     "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
     "twentieth": 20, "thirtieth": 30}
)  # fmt: skip
CURRENCY_SYMBOLS: Final = MappingProxyType({"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"})
CURRENCY_WORDS: Final = MappingProxyType(
    {
        "usd": "USD", "dollar": "USD", "dollars": "USD", "eur": "EUR", "euro": "EUR",
        "euros": "EUR", "gbp": "GBP", "chf": "CHF", "cad": "CAD", "aud": "AUD", "inr": "INR",
        "rupees": "INR", "yen": "JPY",
    }
)  # fmt: skip
PERCENT_WORDS: Final = frozenset({"percent", "pct", "percentage"})

# --- calendar ------------------------------------------------------------------------------

MONTHS: Final = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip
# Abbreviations that are also ordinary words count as months only next to a day or year.
AMBIGUOUS_MONTHS: Final = frozenset({"may", "mar", "jun", "jan", "dec", "sep", "oct", "aug"})
WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
        "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
        "sat": 5, "sunday": 6, "sun": 6,
    }
)  # fmt: skip
WEEKDAYS_PLURAL: Final = frozenset(
    {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
     "weekdays", "weekends", "workdays", "evenings", "mornings", "nights", "afternoons",
     "weeknights", "lunchtimes"}
)  # fmt: skip
# Duration units in days (months and years are calendar arithmetic, see text.periods).
DURATION_UNITS: Final = MappingProxyType(
    {
        "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week",
        "wks": "week", "fortnight": "fortnight", "fortnights": "fortnight", "month": "month",
        "months": "month", "mo": "month", "mos": "month", "quarter": "quarter",
        "quarters": "quarter", "year": "year", "years": "year", "yr": "year", "yrs": "year",
        "semester": "semester", "semesters": "semester", "sprint": "sprint",
        "sprints": "sprint",
    }
)  # fmt: skip
SHORT_UNITS: Final = MappingProxyType(
    {
        "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
        "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
        "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    }
)  # fmt: skip
# How many days one of each unit lasts: "a 12-week course", "a 30-hour audiobook".
UNIT_DAYS: Final = MappingProxyType(
    {
        "day": 1.0, "days": 1.0, "week": 7.0, "weeks": 7.0, "fortnight": 14.0, "month": 30.44,
        "months": 30.44, "year": 365.25, "years": 365.25, "semester": 182.0, "term": 91.0,
        "hour": 1 / 24, "hours": 1 / 24,
    }
)  # fmt: skip
# Units of a figure's rate that make it a speed, a price or a pay, never a cadence: "£150 an
# hour", "90 words a minute", "12 picks/hr" ("3 times an hour" is a cadence, read at "times").
SPEED_UNITS: Final = words("hour hr minute min second sec")
# Units written onto a number ("15kg", "48h", "30d", "3hrs"): the unit each one names.
GLUED_TIME_UNITS: Final = MappingProxyType(
    {"d": "days", "w": "weeks", "wk": "weeks", "wks": "weeks", "mo": "months", "mos": "months",
     "y": "years", "yr": "years", "yrs": "years", "h": "hours", "hr": "hours", "hrs": "hours",
     "min": "minutes", "mins": "minutes", "s": "seconds", "sec": "seconds", "secs": "seconds"}
)  # fmt: skip
# What a cadence word recurs on, as a unit ("weekly" -> per week).
CADENCE_ADVERBS: Final = MappingProxyType(
    {
        "daily": "day", "nightly": "day", "weekly": "week", "biweekly": "2 weeks",
        "fortnightly": "2 weeks", "monthly": "month", "bimonthly": "2 months",
        "quarterly": "quarter", "yearly": "year", "annually": "year", "annual": "year",
        "semiannually": "6 months", "biannually": "6 months", "hourly": "hour",
        "everyday": "day", "termly": "term",
    }
)  # fmt: skip
# Things "every"/"each" may recur on: calendar units and regular events.
CADENCE_NOUNS: Final = words(
    "day days week weeks month months quarter quarters year years weekday weekdays weekend "
    "weekends morning mornings afternoon afternoons evening evenings night nights lunchtime "
    "lunch workday workdays fortnight sprint sprints iteration iterations semester term "
    "standup standups stand retro retros retrospective retrospectives release releases "
    "cycle cycles planning shift shifts business working hour hours session half halves "
    "lesson lessons handover handovers breakfast breakfasts dinner dinners "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "payday paydays paycheck paychecks payslip payslips"
)
# Events that recur on their own schedule ("after each design review").
EVENT_NOUNS: Final = words(
    "review reviews meeting meetings sprint sprints retro retros retrospective "
    "retrospectives standup standups release releases demo demos all-hands 1:1 1:1s "
    "one-on-one one-on-ones check-in check-ins check-up check-ups planning iteration iterations cycle cycles "
    "deployment deployments incident incidents interview interviews offsite offsites "
    "appraisal appraisals survey surveys workshop workshops wedding launch audit audits "
    "exam exams conference board course programme program bootcamp induction visit visits "
    "match matches race races concert concerts show shows gala galas fair fairs party "
    "parties festival festivals ceremony ceremonies tournament tournaments birthday "
    "assessment assessments test tests deadline deadlines schedule "
    "anniversary retirement graduation sale fete fetes reunion reunions round rounds"
)
# Occasions one sits or is judged at: "score 80% on the assessment", "in the exam".
TEST_OCCASIONS: Final = words(
    "exam exams test tests assessment assessments audit audits inspection inspections "
    "survey surveys final finals review reviews appraisal appraisals"
)
# Periods whose dates the text does not give: "next term", "this season", "next sprint".
UNDATED_PERIODS: Final = words(
    "term terms season cycle sprint iteration rotation shift intake semester trimester peak"
)
UNDATED_PERIOD_FORMS: Final = UNDATED_PERIODS | {w + "s" for w in UNDATED_PERIODS}
# A period's own nouns after a year or a season: "the 2027 season" and "the summer term" are
# periods, "the 2027 sitting" and "the spring sowing" occasions in them.
PERIOD_NOUNS: Final = (
    frozenset(DURATION_UNITS)
    | frozenset(SHORT_UNITS)
    | words("season seasons term terms holiday holidays break vacation half period months")
)
# Codes for the end of a period: "EOM Jan" is the end of January, "EOY 2027" of 2027.
END_CODES: Final = words("eom eoy eoq")
# Words after "from now" or "from today" that make it a start that goes on ("from now on").
ONWARD_WORDS: Final = words("on onwards onward forward forwards")
# The year an organisation keeps its books by ("fiscal year", "financial year").
FISCAL_WORDS: Final = words("fiscal financial")
# Labels that put a date as a deadline, like "by": "Deadline 20/12", "Due: 3/4".
DEADLINE_LABELS: Final = words("deadline due eta target")
# A year on a calendar of its own, whose dates the text does not give: "the academic year".
CALENDAR_KINDS: Final = words("academic school teaching tax")
# Before an event with no date, these make it a deadline: "before my next review".
EVENT_DEADLINE_PREPS: Final = words("by before until till at on in during after ahead")
POSSESSIVES: Final = FIRST_PERSON_POSSESSIVES | THIRD_PERSON_POSSESSIVES | {"your", "the"}
# End of the day (today, or the day named next) and end of the week.
DAY_END_CODES: Final = words("eod cob eow")
# Before "the 15th": a day of the month that is a deadline.
DAY_PREPS: Final = words("by before until till on")
SEASONS: Final = MappingProxyType({"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12})
# Times of day said in words, and their hour: "by noon on Friday".
CLOCK_WORDS: Final = MappingProxyType({"noon": 12, "midday": 12, "midnight": 24})
# Shorthand read as the word it stands for: "tmrw", "b4", "this wk".
SHORTHAND: Final = MappingProxyType(
    {
        "tmrw": "tomorrow", "tmw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow",
        "b4": "before", "wk": "week", "mth": "month", "mths": "months", "yr": "year",
        "til": "until",
    }
)  # fmt: skip
# What may or may not come: "when the chance comes up" waits on luck, not an occasion.
CHANCE_NOUNS: Final = words("chance chances opportunity opportunities moment time need opening")
# Words that say "time without a bound".
VAGUE_TIME: Final = words(
    "soon eventually someday sometime later regularly often frequently occasionally "
    "periodically asap sometimes ongoing continuously constantly whenever"
)
# Words after an object that tell when or how often, not what: "join a club soon", "miss a
# deadline again".
VAGUE_TIME_AFTER: Final = VAGUE_TIME | words("again ever anymore")
VAGUE_TIME_PHRASES: Final = (
    ("at", "some", "point"),
    ("at", "some", "stage"),
    ("some", "day"),
    ("some", "time"),
    ("one", "of", "these", "days"),
    ("in", "the", "future"),
    ("in", "the", "near", "future"),
    ("in", "the", "long", "run"),
    ("in", "the", "long", "term"),
    ("in", "due", "course"),
    ("over", "time"),
    ("from", "time", "to", "time"),
    ("as", "soon", "as", "possible"),
    ("when", "i", "can"),
    ("when", "i", "have", "time"),
    ("when", "i", "get", "time"),
    ("when", "i", "get", "the", "chance"),
    ("when", "possible"),
    ("in", "a", "while"),
    ("every", "now", "and", "then"),
    ("once", "in", "a", "while"),
    ("more", "often"),
    ("on", "a", "regular", "basis"),
    ("at", "some", "time"),
    ("in", "the", "coming", "years"),
    ("in", "a", "few", "weeks"),
    ("in", "a", "few", "months"),
    ("in", "a", "few", "years"),
    ("within", "a", "few", "weeks"),
    ("within", "a", "few", "months"),
)
# Nouns a period before them dates: a target met within it ("my Q1 quota", "the 2027 sales
# target") or an undertaking carried out in it ("the Q1 2027 data migration project").
PERIOD_TARGETS: Final = words(
    "target targets quota quotas goal goals objective objectives budget budgets kpi kpis "
    "okr okrs number numbers project projects campaign campaigns initiative initiatives "
    "pilot pilots rollout rollouts push drive"
)
# Words that put an upper limit on a window after its preposition: "in under two months",
# "within less than 6 weeks", "in no more than a year".
WINDOW_LIMITS: Final = words("under less fewer than no more max maximum most at")
# Words that set a limit on the figure after them, which a target sets: "within my £200
# budget", "wait times are under 5 minutes", "max 3 meetings".
LIMIT_WORDS: Final = words("within under below inside beneath max maximum minimum min")
# Prepositions in front of a period and what they make of it.
END_PREPOSITIONS: Final = words(
    "by in during until till til through thru within throughout of over"
)
START_PREPOSITIONS: Final = words("from starting beginning since after commencing")
# Verbs whose time is when something starts: "begin the course in February".
START_VERBS: Final = words("start begin commence")
BEFORE_PREPOSITIONS: Final = words("before")
# Prepositions that make the phrase after them a time, whatever it names: "by Easter 2027" and
# "before Expo 2027" are times, not names with a year; "in the June 2027 window" a time too.
TIME_PHRASE_PREPS: Final = (END_PREPOSITIONS - {"of"}) | words("before after at ahead prior")
# Prepositions whose object is always a stretch of time: "during my placement", "throughout
# the pilot" are bounded by it, whatever the noun.
SPAN_PREPOSITIONS: Final = words("during throughout")
# Prepositions of three words that say "by" before an occasion or a day: "in time for the
# trustees' meeting", "between now and Easter", "in advance of the audit".
COMPOUND_DEADLINE_PREPS: Final = frozenset(
    {("in", "time", "for"), ("between", "now", "and"), ("in", "advance", "of")}
)
# What a judgement is made by, after "my own": "in my own eyes", "on my own rating". A score
# the writer gives themself is not a measure of the goal.
OWN_JUDGEMENT_NOUNS: Final = words(
    "eyes view rating ratings assessment estimate estimation judgement judgment opinion "
    "reckoning mind"
)
# Second parts of "self-" compounds that name a rating by the writer: "self-assessment".
SELF_JUDGEMENT_PARTS: Final = words(
    "rating rated rate assessment assessed assess evaluation evaluated appraisal scored score"
)
# Comparatives of time: "reply sooner", "start earlier", "3 days earlier".
TIME_COMPARATIVES: Final = words("sooner earlier")
