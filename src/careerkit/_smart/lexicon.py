"""Word lists the SMART text engine looks words up in (all immutable).

Every list holds lower-case single tokens as the tokenizer produces them (hyphens and
apostrophes split words, so "one-on-one" is three tokens). Verbs are listed in their base form;
the engine strips "-ing"/"-s"/"-ed" before looking them up.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__: list[str] = []


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
SCALES: Final = MappingProxyType({"hundred": 100, "thousand": 1000, "million": 1_000_000})
TENS: Final = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
# "once a week", "twice a month"
TIMES_WORDS: Final = MappingProxyType({"once": 1, "twice": 2, "thrice": 3})
MULTIPLIERS: Final = MappingProxyType(
    {"double": 2.0, "triple": 3.0, "quadruple": 4.0, "halve": 0.5, "tenfold": 10.0}
)
NUMBER_SUFFIXES: Final = MappingProxyType({"k": 1e3, "bn": 1e9, "b": 1e9})
# "m" after a number is a million in money ("$2m") and metres or minutes elsewhere ("400m").
MONEY_SUFFIXES: Final = MappingProxyType({"m": 1e6, "mm": 1e6})
ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
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
     "weekdays", "weekends", "workdays", "evenings", "mornings", "nights", "afternoons"}
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
        "everyday": "day",
    }
)  # fmt: skip
# Things "every"/"each" may recur on: calendar units and regular events.
CADENCE_NOUNS: Final = _words(
    "day days week weeks month months quarter quarters year years weekday weekdays weekend "
    "weekends morning mornings afternoon afternoons evening evenings night nights lunchtime "
    "lunch workday workdays fortnight sprint sprints iteration iterations semester term "
    "standup standups stand retro retros retrospective retrospectives release releases "
    "cycle cycles planning shift shifts business working hour hours session half halves "
    "lesson lessons handover handovers "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
)
# Events that recur on their own schedule ("after each design review").
EVENT_NOUNS: Final = _words(
    "review reviews meeting meetings sprint sprints retro retros retrospective "
    "retrospectives standup standups release releases demo demos all-hands 1:1 1:1s "
    "one-on-one one-on-ones check-in check-ins planning iteration iterations cycle cycles "
    "deployment deployments incident incidents interview interviews offsite offsites "
    "appraisal appraisals survey surveys workshop workshops wedding launch audit audits "
    "exam exams conference board course programme program bootcamp induction"
)
# Periods whose dates the text does not give: "next term", "this season", "next sprint".
UNDATED_PERIODS: Final = _words(
    "term terms season cycle sprint iteration rotation shift intake semester trimester"
)
# Before an event with no date, these make it a deadline: "before my next review".
EVENT_DEADLINE_PREPS: Final = _words("by before until till at in during after ahead")
POSSESSIVES: Final = _words("my our your his her their the")
# End of the day (today, or the day named next) and end of the week.
DAY_END_CODES: Final = _words("eod cob eow")
# Before "the 15th": a day of the month that is a deadline.
DAY_PREPS: Final = _words("by before until till on")
SEASONS: Final = MappingProxyType({"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12})
# Words that say "time without a bound".
VAGUE_TIME: Final = _words(
    "soon eventually someday sometime later regularly often frequently occasionally "
    "periodically asap sometimes ongoing continuously constantly whenever"
)
VAGUE_TIME_PHRASES: Final = (
    ("at", "some", "point"),
    ("at", "some", "stage"),
    ("some", "day"),
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
# Prepositions in front of a period and what they make of it.
END_PREPOSITIONS: Final = _words(
    "by in during until till til through thru within throughout of over"
)
START_PREPOSITIONS: Final = _words("from starting beginning since after commencing")
BEFORE_PREPOSITIONS: Final = _words("before")

# --- verbs ---------------------------------------------------------------------------------

# Words skipped before the main verb: subjects, modals, intentions, hedges, list markers.
LEAD_IN: Final = _words(
    "i we i'll i'd i'm we'll we're will would shall should must can could want wants need "
    "needs to plan plans aim aims intend intends hope hope wish would like love going am is "
    "are be my our goal goals objective target aspiration resolution is: personally also "
    "finally really definitely commit committed am gonna wanna gotta have has i've going "
    "shall able this year's quarter's month's next's"
)
HEDGES: Final = _words(
    "maybe perhaps possibly hopefully somehow probably ideally try trying attempt"
)

# Verbs whose object is itself a verifiable deliverable ("attend a conference").
DELIVERABLE_VERBS: Final = _words(
    "attend write publish post give present deliver complete finish pass earn obtain join "
    "lead run submit apply update ask launch ship deploy release organize organise host "
    "speak teach enroll enrol register build create draft document record volunteer shadow "
    "negotiate win land secure sign file send schedule book take read meet "
    "interview hire mentor coach train onboard migrate refactor automate implement design "
    "prepare set start found open close visit review block stop quit keep spend achieve "
    "reach score hit attain cut reduce raise increase decrease lower grow double triple "
    "halve save pay sell recruit facilitate chair moderate demo pitch propose pair deliver "
    "walk jog swim cycle cook produce analyse analyze benchmark fix test measure track log "
    "define reply respond answer solicit collect gather conduct present own rotate transfer "
    "relocate move switch transition have share invite introduce email call message "
    "follow limit protect delegate archive rewrite redesign rebuild translate summarize "
    "summarise outline plan map audit upgrade certify become obtain renew memorize recite "
    "practise practice study complete lose gain drink eat meditate journal volunteer "
    "sponsor nominate earn clear land close sprint retire resign cancel decline replace "
    "install configure ship present author co-author coauthor edit proofread mentor tutor "
    "lecture address"
)
# Verbs that are vague on their own; they need a figure to become specific.
VAGUE_VERBS: Final = _words(
    "improve enhance develop strengthen boost work focus try explore grow broaden deepen "
    "expand advance progress pursue embrace leverage optimize optimise do network help "
    "support engage communicate collaborate participate handle deal balance prioritize "
    "prioritise exercise relax rest care reflect feel stay think consider look figure "
    "increase decrease reduce raise lower cut elevate upgrade refine sharpen polish "
    "nurture foster cultivate build maintain manage get understand know master better "
    "step take do be become contribute involve invest empower inspire motivate evangelize "
    "champion perfect"
)
# Verbs that measure a change: specific only with a figure ("reduce X from 3 to 1 days").
CHANGE_VERBS: Final = _words(
    "increase decrease reduce raise lower cut grow boost shrink shorten lengthen speed "
    "slow improve drop lift expand extend trim bring lose gain"
)
# Learning verbs: "learn X" alone is not yet specific.
LEARNING_VERBS: Final = _words("learn study understand explore know research master")
# Verbs of reaching a state or role.
STATE_VERBS: Final = _words("be become stay remain feel get grow")
# Verbs of acquiring something ("get the PMP certification", "find a new job").
ACQUIRE_VERBS: Final = _words("get find land secure obtain earn achieve gain win receive")
# Verbs that take an infinitive complement ("want to", "ask X to"): the "to" is not a purpose.
TO_COMPLEMENT_VERBS: Final = _words(
    "want wants need needs try tries plan plans aim aims hope hopes like love learn learns "
    "volunteer volunteers agree agreed agrees start starts begin begins continue continues "
    "decide decides commit commits intend intends going have has had able how ready wish "
    "expect strive seek offer offers choose remember forget fail refuse promise pledge dare "
    "used ought got ask asks asked invite invites encourage encourages help helps allow "
    "allows enable enables convince teach teaches get gets permission chance opportunity "
    "tend tends trying wanted planned hoping aiming"
)
# Verbs of reaching a (better) place in a career: "to move into management", "promoted to".
CAREER_MOVE_VERBS: Final = _words("move transition pivot switch step grow promoted promote")

# --- nouns ---------------------------------------------------------------------------------

# Abstract nouns: a goal about them is a direction, not a deliverable.
ABSTRACT_NOUNS: Final = _words(
    "progress headway strides momentum skill skills communication communications confidence knowledge balance work-life "
    "management leadership visibility responsibility responsibilities presence brand "
    "mindset habit habits understanding awareness expertise experience exposure "
    "satisfaction performance productivity efficiency quality health wellbeing well-being "
    "fitness stress happiness motivation energy focus time relationships relationship "
    "network networking career careers growth development abilities ability competence "
    "competencies capability capabilities potential impact influence credibility "
    "reputation profile image culture collaboration teamwork engagement morale things "
    "stuff something anything everything areas area side life self myself game level "
    "stuff skillset skill-set craft business field domain industry world technology "
    "technologies tools"
)
# Nouns of verifiable things one can point to once done.
ARTIFACT_NOUNS: Final = _words(
    "talk talks presentation presentations paper papers article articles post posts blog "
    "blogs tip tips course courses class classes program programs programme certification "
    "certifications certificate certificates cert certs exam exams degree degrees diploma "
    "license licence credential credentials badge badges project projects prototype demo "
    "app application applications tool dashboard report reports model models runbook "
    "runbooks documentation docs guide guides plan plans proposal proposals resume cv "
    "portfolio website site book books chapter chapters workshop workshops webinar "
    "webinars meetup meetups conference conferences event events session sessions meeting "
    "meetings coffee lunch lunches call calls interview interviews review reviews feedback "
    "request requests pr prs patch patches feature features release releases migration "
    "marathon race podcast video videos newsletter summary summaries roadmap playbook "
    "template templates library package module service services pipeline bootcamp "
    "training internship apprenticeship hackathon role position job offer raise bonus "
    "contract deal deals rotation schedule specification spec design document documents "
    "tutorial tutorials lesson lessons module modules mooc thesis dissertation portfolio "
    "repository repo script scripts pull commits commit story stories essay essays note "
    "notes retrospective one-on-one 1:1 standup page pages checklist process playbook "
    "survey test tests suite benchmark audit kata katas exercise exercises challenge "
    "challenges contribution contributions cover letter referral referrals reference "
    "references introduction introductions chapter transcript recording recordings "
    "vacation holiday leave salary promotion connections connection followers subscribers"
)
# Roles one can be promoted to or hired as.
ROLE_NOUNS: Final = _words(
    "ceo cto cfo coo cio cpo ciso cmo president vp svp evp chairman chairwoman chair founder "
    "cofounder co-founder partner director head manager lead leader engineer developer "
    "architect analyst scientist designer consultant specialist principal staff senior "
    "junior associate supervisor officer owner coordinator administrator admin "
    "representative rep executive strategist researcher professor lecturer teacher "
    "instructor trainer coach mentor editor writer accountant auditor nurse physician "
    "tester sre devops pm po scrum master superintendent foreman captain steward "
    "ambassador champion advocate chapter"
)
# Roles where a jump within weeks is out of reach for nearly everyone.
EXECUTIVE_ROLES: Final = _words(
    "ceo cto cfo coo cio cpo ciso cmo president chairman chairwoman billionaire millionaire partner"
)
# Demanding feats that need months of build-up.
ENDURANCE_FEATS: Final = _words(
    "marathon marathons ultramarathon ultra triathlon triathlons ironman half-marathon everest"
)
# People one "finds" or "gets": acquiring them is not yet a verifiable deliverable.
PEOPLE_NOUNS: Final = _words(
    "mentor mentors sponsor sponsors coach coaches advisor adviser advisors ally allies "
    "friend friends champion champions buddy contact contacts people person"
)
# Heavy pieces of work and a generous cap on how many one person produces per week.
RATE_CAPS_PER_WEEK: Final = MappingProxyType(
    {
        "paper": 1.0, "papers": 1.0, "thesis": 0.1, "book": 3.0, "books": 3.0,
        "course": 2.0, "courses": 2.0, "certification": 1.0, "certifications": 1.0,
        "certificate": 1.0, "certificates": 1.0, "cert": 1.0, "certs": 1.0, "exam": 2.0,
        "exams": 2.0, "degree": 0.02, "degrees": 0.02, "marathon": 1.0, "marathons": 1.0,
        "talk": 5.0, "talks": 5.0, "article": 7.0, "articles": 7.0, "post": 14.0,
        "posts": 14.0, "language": 0.05, "languages": 0.05, "app": 2.0, "apps": 2.0,
        "chapter": 7.0, "chapters": 7.0, "novel": 0.2, "novels": 0.2, "patent": 0.5,
        "patents": 0.5, "kg": 1.5, "kilos": 1.5, "kilograms": 1.5, "lb": 3.0, "lbs": 3.0,
        "pounds": 3.0,
    }
)  # fmt: skip
# Natural languages (for "fluent in Spanish" and "learn Spanish").
LANGUAGES: Final = _words(
    "spanish french german italian portuguese mandarin chinese cantonese japanese korean "
    "arabic russian hindi dutch swedish norwegian danish finnish polish turkish greek "
    "hebrew vietnamese thai indonesian swahili urdu bengali punjabi tamil czech hungarian "
    "romanian ukrainian persian farsi catalan tagalog"
)

# --- vagueness -----------------------------------------------------------------------------

# Comparatives that need a figure behind them ("read more books").
COMPARATIVES: Final = _words(
    "more less fewer better worse greater stronger bigger higher lower faster quicker "
    "healthier happier smarter sharper clearer deeper broader wider closer calmer "
    "larger smaller longer shorter"
)
# Quantifiers that say "some amount" without saying how much.
VAGUE_QUANTIFIERS: Final = _words(
    "some several few many lots lot plenty various numerous multiple enough bunch "
    "handful couple whatever"
)
# States and feelings that are not measures.
VAGUE_STATES: Final = _words(
    "fluent fluently confident confidently comfortable comfortably better good great "
    "proficient proficiency expert experts mastery excellent strong stronger effective "
    "effectively efficient efficiently successful successfully happy happier healthy "
    "healthier knowledgeable familiar savvy polished visible influential "
    "impactful competent skilled skillful well fit balanced organized organised productive "
    "present approachable respected known recognized recognised relaxed calm calmer "
    "engaged resilient performing high-performing world-class"
)
# Things one cannot measure as such ("some cloud stuff").
VAGUE_NOUNS: Final = _words(
    "stuff things something anything everything someone somebody anyone anybody others"
)

# --- achievability -------------------------------------------------------------------------

PERFECTION_WORDS: Final = _words("perfect perfectly flawless flawlessly flawlessness perfection")
FAILURE_WORDS: Final = _words(
    "mistake mistakes error errors fail fails failure failures miss misses wrong late "
    "forget forgets slip slips criticism complaint complaints typo typos bug bugs defect "
    "defects tired stressed negative bad sick angry upset disappointed"
)
# Unbounded domains: "every language there is".
UNBOUNDED_NOUNS: Final = _words(
    "language languages programming technology technologies framework frameworks tool tools "
    "skill skills subject subjects topic topics certification certifications book books "
    "field fields country countries instrument instruments sport sports discipline "
    "disciplines library libraries"
)
MASTERY_WORDS: Final = _words(
    "master masters mastering mastered mastery fluent fluently fluency expert experts "
    "native proficient proficiency bilingual"
)
NOVICE_CUES: Final = (
    ("never", "before"),
    ("from", "scratch"),
    ("no", "experience"),
    ("zero", "experience"),
    ("complete", "beginner"),
    ("total", "beginner"),
    ("absolute", "beginner"),
)
SUPERLATIVE_SCOPES: Final = (
    ("in", "the", "world"),
    ("on", "earth"),
    ("of", "all", "time"),
    ("in", "history"),
    ("ever",),
    ("in", "existence"),
    ("there", "is"),
    ("there", "are"),
    ("history",),
)

# --- relevance -----------------------------------------------------------------------------

# Phrases that introduce why the goal matters.
RATIONALE_PHRASES: Final = (
    ("so", "that"),
    ("so", "i"),
    ("so", "we"),
    ("so", "my"),
    ("so", "our"),
    ("so", "the"),
    ("in", "order", "to"),
    ("in", "order", "for"),
    ("because",),
    ("as", "part", "of"),
    ("which", "will"),
    ("which", "would"),
    ("which", "helps"),
    ("that", "will", "help"),
    ("this", "will"),
    ("this", "would"),
    ("it", "will", "help"),
    ("will", "help", "me"),
    ("will", "help", "us"),
    ("helps", "me"),
    ("that", "gives", "me"),
    ("that", "gives", "us"),
    ("which", "gives", "me"),
    ("that", "lets", "me"),
    ("that", "helps", "me"),
    ("that", "prepares", "me"),
    ("needed", "for"),
    ("required", "for"),
    ("important", "for"),
    ("essential", "for"),
    ("key", "to"),
    ("a", "step", "toward"),
    ("a", "step", "towards"),
    ("toward", "my"),
    ("towards", "my"),
    ("aligned", "with"),
    ("in", "support", "of"),
    ("qualify", "for"),
    ("in", "preparation", "for"),
    ("ahead", "of", "my"),
)
# Nouns of a career aim ("... for my promotion case").
CAREER_AIM_NOUNS: Final = _words("promotion promotions")

# --- function words ------------------------------------------------------------------------

DETERMINERS_DEFINITE: Final = _words(
    "the my our your his her their its this that these those team's company's"
)
DETERMINERS_INDEFINITE: Final = _words("a an any another")
PREPOSITIONS: Final = _words(
    "at in on of for with from to by about into onto over under within without through "
    "during before after between among across toward towards per via than like as until "
    "upon around behind beyond against along"
)
CONJUNCTIONS: Final = _words("and or but nor yet so while whereas then")
PRONOUNS: Final = _words(
    "i me my mine we us our ours you your he him his she her they them their it its "
    "myself ourselves someone everyone everybody others other"
)
# Lower-case words that are never proper names even when capitalized (for the name cue).
NOT_NAMES: Final = _words(
    "i i'm i'll i'd i've a an the my our and or to by in on of for with at from goal "
    "goals objective smart ok"
)

# Nouns of a measured quantity: "monthly recurring revenue" is a metric, not a cadence.
METRIC_NOUNS: Final = _words(
    "revenue sales income budget spend spending cost costs quota target targets rate average "
    "volume salary pay users active recurring visitors traffic churn profit margin usage "
    "hours working output"
)
# Kinds of event that are specific with "a": "run a half marathon", "finish a 10k".
SPECIFIC_KINDS: Final = _words(
    "marathon half-marathon ultramarathon triathlon ironman duathlon 5k 10k century"
)
# Units a number measures in (the next word after the number).
MEASURE_UNITS: Final = _words(
    "km kms kilometers kilometres mi mile miles m meters metres kg kgs kilos kilograms lb lbs "
    "pounds steps liters litres l ml glasses cups calories kcal points pts stars reps sets "
    "pages words lines"
)
# Verbs whose "to" is a preposition: "go to events", "contribute to open source".
PREP_TO_VERBS: Final = _words(
    "go goes going went come travel walk walking cycle cycling ride riding drive driving "
    "commute commuting run running fly flying move moving switch talk talking speak speaking "
    "listen listening contribute contributing apply applying reply replying respond "
    "responding commit committing add adding present presenting report reporting write "
    "writing send sending send introduce introducing relocate relocating return returning "
    "get getting stick sticking adapt adapting transition transitioning pivot pivoting "
    "promoted promote back close closer due related access exposure"
)
# Verbs that often open a purpose clause besides the ones above ("to free up time").
PURPOSE_VERBS: Final = _words(
    "free staff ensure make keep give show demonstrate prove gain reach open unlock position "
    "avoid save serve cover meet match fill unblock enable empower speed accelerate shorten "
    "retain attract sell stay catch feel set pay fund afford prepare qualify inspire motivate "
    "spread round complement align represent stand compete establish adopt recharge "
    "reconnect unwind recover decompress balance boost stand-out contribute raise see hear "
    "find become be have get handle deal cope remain grow build support help understand "
    "learn lead manage protect reduce lower cut increase improve strengthen broaden deepen "
    "expand teach share create deliver ship launch earn win land secure move switch pivot "
    "transition step apply stop start continue practice track measure impress convince "
    "justify earn"
)

# Superlatives: like comparatives, they need a figure ("the youngest VP ever").
SUPERLATIVES: Final = _words(
    "best greatest top youngest fastest biggest highest richest smartest strongest most "
    "leading finest"
)
# Plural nouns that say "how many times" before "a week": "three days a week".
PER_PERIOD_NOUNS: Final = _words(
    "times days nights mornings evenings afternoons workdays weekdays sessions lunches shifts"
)


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
    | {"who", "which", "that", "where", "starting", "beginning", "ending", "every", "each"}
)
PHRASAL_VAGUE: Final = frozenset(
    tuple(pair.split())
    for pair in (
        "work on", "focus on", "look into", "figure out", "take on", "step up", "get better",
        "get good", "keep up", "catch up", "brush up", "level up", "be better", "be more",
        "do better", "do more",
    )
)  # fmt: skip
SUBJECTS = frozenset({"i", "we", "i'll", "i'd", "i'm", "we'll", "we're", "i've", "we'd", "you"})
MODALS = frozenset(
    {"will", "would", "shall", "should", "must", "can", "could", "gonna", "wanna", "may", "might"}
)
ADVERBS: Final = _words(
    "maybe perhaps really also finally definitely hopefully personally ideally probably "
    "possibly just actually eventually somehow still then first successfully consistently "
    "proactively actively please never not don't dont no longer"
)
INTENT: Final = _words(
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
    {"end", "start", "beginning", "middle", "mid", "early", "late", "rest", "close"}
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
# Marks after which a clause may state the reason: a dash, a bracket, a sentence end.
CLAUSE_MARKS: Final = frozenset({"-", "–", "—", "(", ".", "?", "!", "\n"})
RATIONALE_SCAN = RATIONALE_HEADS | {"to", "so", "since", "as"} | CLAUSE_MARKS | CAREER_AIM_NOUNS | {
    "move", "moving", "transition", "transitioning", "pivot", "switch", "step", "grow",
    "promoted", "promotion", "qualify", "advance"}  # fmt: skip
INFINITIVE_VERBS = VERBS | PURPOSE_VERBS
SO_NEXT = PRONOUNS | DETERMINERS_DEFINITE | frozenset({"people", "customers", "users"})

OBJECT_CONTROL: Final = _words(
    "ask invite encourage help allow enable convince persuade teach get want need expect "
    "remind coach mentor train push challenge nominate recruit empower volunteer agree offer"
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
       "week", "month", "quarter", "year", "weekend", "semester"}
    | EVENT_NOUNS
    | UNDATED_PERIODS
    | DAY_END_CODES
    | {"until", "till", "before"}
)  # fmt: skip
F_ARTIFACT, F_VAGUE_Q, F_COMPARATIVE, F_STATE, F_VAGUE_NOUN = 1, 2, 4, 8, 16


def _flags() -> dict[str, int]:
    out: dict[str, int] = {"number": F_COMPARATIVE}
    for words, flag in (
        (ARTIFACT_NOUNS, F_ARTIFACT),
        (VAGUE_QUANTIFIERS, F_VAGUE_Q),
        (COMPARATIVES | SUPERLATIVES, F_COMPARATIVE),
        (VAGUE_STATES | PERFECTION_WORDS, F_STATE),
        (VAGUE_NOUNS, F_VAGUE_NOUN),
    ):
        for w in words:
            out[w] = out.get(w, 0) | flag
    return out


# One look-up per word of the goal clause instead of one per word list.
WORD_FLAGS = MappingProxyType(_flags())
NOVICE_HEADS = frozenset(p[0] for p in NOVICE_CUES)
ABSOLUTE_TRIGGERS = PERFECTION_WORDS | SUPERLATIVES | frozenset(
    {"never", "always", "forever", "zero", "no", "without", "every", "all", "each", "number",
     "world's", "everything", "everyone", "everybody"}
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


VAGUE_BY_HEAD = MappingProxyType(_by_head(VAGUE_TIME_PHRASES))
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
ENGLISH_FUNCTION_WORDS: Final = _words(
    "the a an and or of to in on for with by my our i we will be is are at from this that "
    "next every each as so it its your their all than into before after until within per "
    "more least have has can want need get make do up out about over"
)
OTHER_FUNCTION_WORDS: Final = _words(
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
    # every, two, three
    "jede jeden jeder elke elk zwei drei dos tres deux trois twee drie dois três due tre"
)
# Letters English words do not use (a name may, so each counts once per word).
OTHER_LETTERS: Final = frozenset("ñçßäöüàâêîôûãõœ¿¡ëïÿæøå")


# --- finding the action by its position -----------------------------------------------------

# Words that open a leading phrase before the action: "After the offsite, write up ...",
# "Despite my travel, I'll ...". The action starts after the phrase's comma.
LEAD_OPENERS: Final = _words(
    "after before by on in at during over for from starting beginning once when whenever "
    "while if unless despite although though since until as within throughout following "
    "ahead prior next this every each"
)
# What may follow a verb in action position: its object or complement opens with one of these.
OBJECT_OPENERS: Final = _words(
    "the a an my our your his her their its this that these those every each all some any "
    "another both me him them us it up out in on with to for through about into across over "
    "off down back around together"
)
# Endings that make a word a noun, not a verb: "leadership", "confidence", "visibility".
NOUN_ENDINGS: Final = (
    "tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism", "hood", "ology",
)  # fmt: skip
# What one earns once and can show: "gain the CPR certification", "get my coaching badge".
CREDENTIAL_NOUNS: Final = _words(
    "certification certificate cert credential license licence badge degree diploma status "
    "qualification accreditation chartership rating award belt designation membership "
    "fellowship clearance endorsement"
)
# Words that undo a one-off result: "never miss a deadline" produces nothing to check.
NEGATIONS: Final = _words("never not don't dont no stop avoid")
# Before a figure, these make it a level to reach ("down to 78kg"), not an amount to produce.
LEVEL_PREPOSITIONS: Final = _words("to at below under above over than around")
# A rating's scale: "7/10", "4 out of 5".
RATING_SCALES: Final = _words("5 10 100")
# Words of self-assessment: a rating next to them is how the writer feels, not a measure.
SELF_RATING_WORDS: Final = _words(
    "confident confidence sure certain comfortable comfort stress stressed anxious anxiety "
    "energy mood motivation motivated overwhelmed burnout feel feeling"
)
# "a 12-person team", "a team of 8": the size of a group, not a measure.
GROUP_SIZE_WORDS: Final = _words("person people member members strong headcount seat")
GROUP_NOUNS: Final = _words("team teams group squad department crew staff unit")
# Words ending in "-er" that are not comparatives ("get together", "become a member").
NOT_COMPARATIVE_ER: Final = _words(
    "together other either neither rather ever never over under after offer order answer "
    "number member paper water career matter letter chapter quarter semester register "
    "cover corner computer customer leader partner manager engineer volunteer trainer "
    "speaker writer mentor officer"
)
# Prepositions that narrow an object to one thing: "a scheme for our web shop".
COMPLEMENT_PREPOSITIONS: Final = _words("for to on about at with from of")
# After "so", these words make it an intensifier, not a reason: "so much", "so far".
SO_NOT_A_REASON: Final = _words("much many far long well on forth called")
# A later sentence that says why: "Why does it matter? ...", "Context: ...", "I need to ...".
REASON_LABELS: Final = _words("why context because reason background rationale")
NEED_VERBS: Final = _words("need want must")
# Finite verbs that show a clause has a subject and a verb ("the pipeline is thin").
FINITE_VERBS: Final = _words(
    "is are was were has have had keeps keep needs need wants want makes takes gets goes "
    "lost flagged asked told said starts begins ends closes opens launches finishes arrives "
    "comes returns"
)
# Words that open a purpose clause before its action: "so that I can", "in order to".
PURPOSE_MARKERS: Final = _words("so that to in order for because")
# Verbs that are vague together with their noun: "take ownership", "make progress".
LIGHT_VERBS: Final = _words("take make do have give get")
# Particles between a verb and its object: "follow through with", "sign up for".
PARTICLES: Final = _words("up out on in to off for with through into over back down across")
# Where a goal starts low: a junior role, or nothing at all.
JUNIOR_WORDS: Final = _words("junior entry-level intern internship trainee graduate apprentice")
FROM_NOTHING_WORDS: Final = _words("scratch zero nothing")
# Words before "day of the course", "end of the workshop" that belong to the time phrase.
EVENT_LEAD_WORDS: Final = _words("first last final opening the on at by before until")
# Participles that mark a result as done: "the refresher booked", "the audit done".
COMPLETION_PARTICIPLES: Final = _words(
    "done completed finished booked submitted signed approved published shipped launched "
    "delivered sorted renewed filed passed live"
)
# Phrasal verbs of learning ("get up to speed on X" is "learn X") and of finishing.
PHRASAL_LEARNING: Final = frozenset(
    tuple(pair.split()) for pair in ("get up", "read up", "skill up", "brush up", "swot up")
)
PHRASAL_COMPLETION: Final = frozenset(
    tuple(pair.split()) for pair in ("work through", "sign up", "follow up", "write up")
)
# How often, with no count: a goal with one of these is repeated, not a one-off result.
VAGUE_FREQUENCY: Final = _words(
    "regularly often frequently occasionally sometimes periodically routinely constantly "
    "continuously consistently"
)
# Past forms without "-ed": a reason told in the past tense ("since the team lost ...").
PAST_FORMS: Final = _words("lost was were had did went made took gave left became grew")
# Words that open an indirect question: a time inside one is part of what is asked.
INDIRECT_QUESTION_WORDS: Final = _words("where what whether how")
# First parts of compounds that stay abstract: "work-life balance", "self-confidence".
ABSTRACT_PARTS: Final = ABSTRACT_NOUNS | _words("work life self")
# Kinds of day between a count and "days": "within 10 school days", "one business day".
DAY_KINDS: Final = _words("school working business calendar work clinical teaching")
# Prepositions that open a time, never an object: "stay until June".
TIME_PREPOSITIONS: Final = _words("until till by before after during within since")
