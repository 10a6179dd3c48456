"""Words that judge reach: how long an absolute lasts, rates by kind, big roles and honours."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from careerkit._smart.lexicon._base import words

__all__ = [
    "ABSTINENT_STATES",
    "AUDIENCE_NOUNS",
    "AUDITED_BODIES",
    "BEFALLING_NOUNS",
    "BODY_WEIGHT_UNITS",
    "BULK_NOUNS",
    "CAP_PER_WEEK_BY_KIND",
    "CAUSING_VERBS",
    "CEFR_STEPS_PER_MONTH",
    "CHANGE_NOUNS",
    "CHOICE_VERBS",
    "CLEARING_VERBS",
    "COPY_HANDLING_VERBS",
    "CREDENTIAL_LIST_VERBS",
    "DAILY_LASTING_PHRASES",
    "DAYS_PER_PERIOD",
    "DEBT_NOUNS",
    "DISCARD_VERBS",
    "EMPLOYING_VERBS",
    "ENDING_VERBS",
    "EXAM_NOUNS",
    "FAILURE_VERBS",
    "GO_THROUGH_VERBS",
    "HABIT_BREAKERS",
    "HABIT_QUITTING_PARTICLES",
    "HABIT_QUITTING_VERBS",
    "HANDLED_CAPS_PER_WEEK",
    "HARM_NOUNS",
    "HOLDING_LIST_VERBS",
    "INVINCIBLE_WORDS",
    "JUDGING_VERBS",
    "LASTING_NOUNS",
    "LASTING_PHRASES",
    "LASTING_WORDS",
    "LIGHT_HANDLING_VERBS",
    "LY_VERBS",
    "MADE_VERBS",
    "MADE_WORKS",
    "MARKING_VERBS",
    "NOTING_VERBS",
    "ONE_SUM_NOUNS",
    "ORG_NOUNS",
    "OUTCOME_VERBS",
    "PEOPLE_COUNT_NOUNS",
    "PERSONAL_MONEY_CAP_PER_MONTH",
    "PLANTING_CAP_PER_WEEK",
    "POPULATION_NOUNS",
    "PRESENCE_CAPS_PER_WEEK",
    "PRESENCE_VERBS",
    "PROBLEM_ENDING_VERBS",
    "PRODUCE_CAPS_PER_DAY",
    "PRODUCE_VERBS",
    "RAISED_MONEY_CAP_PER_MONTH",
    "RAISING_VERBS",
    "SEND_VERBS",
    "SERVING_VERBS",
    "SHARED_COVER_WORDS",
    "SMALL_PIECE_FACTOR",
    "SMALL_PIECE_WORDS",
    "SOLO_WORDS",
    "STATE_HOLD_VERBS",
    "STRETCH_NOUNS",
    "STRICT_PHRASES",
    "TEAM_ACTORS",
    "TEAM_SUBJECTS",
    "TOP_STANDARDS",
    "TRANSFORM_VERBS",
    "TRAVEL_KMH",
    "TYPING_RECORD_WPM",
    "WHOLE_CAPS_PER_DAY",
    "WHOLE_WORK_VERBS",
    "WORLD_PROBLEMS",
    "WORLD_PROBLEM_PAIRS",
    "WORLD_RECORD_SECONDS",
]

# --- how long an absolute lasts -------------------------------------------------------------

# An absolute held with no end: "zero complaints, forever", "100% accurate, permanently".
LASTING_WORDS: Final = words(
    "forever permanently indefinitely eternally ever again perpetuity eternity"
)
# Of those, nouns that say so only after a preposition ("in perpetuity", "for all eternity"),
# not before another noun ("a perpetuity trust", "an eternity ring").
LASTING_NOUNS: Final = words("perpetuity eternity")
# Every day or night of a whole year is 365 days of it ("every night of the year"): on a
# state they say a habit kept daily, weighed by what it covers, not one held round the clock.
DAILY_LASTING_PHRASES: Final = (
    ("every", "day", "of", "the", "year"),
    ("every", "night", "of", "the", "year"),
    ("every", "single", "day", "of", "the", "year"),
    ("all", "year", "round"),
    ("year", "-", "round"),
)
LASTING_PHRASES: Final = (
    ("rest", "of", "my"),
    ("rest", "of", "our"),
    ("24", "/", "7"),
    ("round", "the", "clock"),
    ("around", "the", "clock"),
    ("365", "days"),
    *DAILY_LASTING_PHRASES,
    ("24", "hours", "a", "day"),
    ("day", "and", "night"),
    # with no end at all: "zero injuries for all time" (and "in perpetuity", "for eternity"
    # above, in one word)
    ("for", "all", "time"),
)
# Words that make a commitment strict: it holds on every occasion ("no exceptions", "without
# fail"). They say how strictly, not for how long or over what: on a habit at a cadence one
# keeps they are a commitment; on a state held without a break, an absolute.
STRICT_PHRASES: Final = (
    ("no", "exceptions"),
    ("no", "exception"),
    ("without", "exception"),
    ("without", "exceptions"),
    ("without", "fail"),
    ("zero", "exceptions"),
    ("every", "single", "time"),
    ("no", "matter", "what"),
    ("no", "excuses"),
)
# Round-the-clock cover is out of reach for one person, not for a rota.
SHARED_COVER_WORDS: Final = words("rota roster rotas rosters shifts team teams we our")
# "Never" is an absolute when what follows is a failure ("never lose a patient").
FAILURE_VERBS: Final = words(
    "lose lost miss missed missing fail failed forget forgot drop slip disappoint upset offend"
)
# Verbs that put an end to every case of a kind: "stop all smuggling", "prevent every fall".
ENDING_VERBS: Final = words("stop end prevent eliminate eradicate abolish")
# What goes wrong or does harm, each case an event that may happen again: ended in every case,
# with no stretch or set to count them in, they are an absolute like "zero errors".
HARM_NOUNS: Final = words(
    "hazard hazards accident accidents injury injuries incident incidents breach breaches "
    "theft thefts fraud crime crimes smuggling leak leaks outage outages fall falls harm"
)
# A finite stretch that bounds an absolute: "during the launch sprint", "on my next 20 shifts".
# (A year of work without a single mistake is not such a stretch: "this year" is left out.)
STRETCH_NOUNS: Final = words(
    "sprint sprints release releases launch shift shifts week weeks month audit audits "
    "campaign project pilot trial inspection visit rota placement course event conference "
    "exam match game interview"
)
# States that say a thing can never fail, be beaten or be broken into: asked of a thing
# ("make our network unhackable", "be unbeatable") they are "never" said in one word.
INVINCIBLE_WORDS: Final = frozenset(
    {f"un{w}" for w in words("hackable breakable beatable crackable sinkable")}
    | words("infallible invincible invulnerable impregnable")
)
# "Always" is an absolute on a state held all the time ("always be available"), not on a
# habit ("check every script twice, always").
STATE_HOLD_VERBS: Final = words("be being stay remain feel feeling keep have look sound")
# Words before "always" that make it what is to stop, not what is to hold.
HABIT_BREAKERS: Final = words("stop stopped not never less quit who which that")
# Verbs that give up a habit of one's own ("quit smoking", "kick caffeine", "give up sugar",
# "cut out takeaways", "swear off fizzy drinks"): held for good, that is what quitting means.
HABIT_QUITTING_VERBS: Final = words("quit stop kick ditch abstain renounce give cut swear")
# The particle "give", "cut" and "swear" take to mean giving up: "give up", "cut out".
HABIT_QUITTING_PARTICLES: Final = MappingProxyType({"give": "up", "cut": "out", "swear": "off"})
# States of having given something up: "stay sober", "remain teetotal" ("smoke-free" is read
# from its "-free").
ABSTINENT_STATES: Final = words("sober teetotal abstinent")
# What befalls one rather than what one takes up: "-free" of them is not a habit given up
# ("pain-free for life", "injury-free forever").
BEFALLING_NOUNS: Final = words(
    "pain stress anxiety worry illness disease symptom symptoms risk fear injury "
    "accident error bug defect"
)
# Outcomes that rest on other people's choices: doing them for every one is an absolute.
OUTCOME_VERBS: Final = words("win close convert sell persuade satisfy please get keep make")
# Verbs of getting others to act: "get my clients to lose 20 kg each", "help the team read 30
# books": the pace asked is that of what the others are to do.
CAUSING_VERBS: Final = words("get help have enable coach support")
# Choices that are other people's to make: "get every customer to sign up".
CHOICE_VERBS: Final = words(
    "sign join buy agree like love approve vote subscribe renew recommend choose accept leave "
    "rate review"
)
# Open groups of people or cases: "every customer", "every deal".
POPULATION_NOUNS: Final = words(
    "customer customers client clients student students patient patients user users "
    "company companies deal deals lead leads tender tenders bid bids case cases pitch "
    "pitches candidate candidates member members parent parents visitor visitors buyer "
    "buyers prospect prospects reader readers pupil pupils person people employee employees"
)

# Problems of a whole society, the planet or our species ("world hunger", "child poverty",
# "cancer", "knife crime"), and the verbs that would end one: ended with nothing narrowing them
# to a place or a group of one's own, they are an absolute no one reaches.
WORLD_PROBLEMS: Final = words(
    "poverty hunger homelessness famine malnutrition illiteracy crime racism sexism homophobia "
    "discrimination inequality corruption war wars terrorism pollution deforestation cancer "
    "malaria dementia alzheimer's hiv aids tuberculosis polio measles ebola"
)
# Problems named in two words: the first, by the second (the head).
WORLD_PROBLEM_PAIRS: Final = MappingProxyType({"change": "climate", "warming": "global"})
PROBLEM_ENDING_VERBS: Final = ENDING_VERBS | words("cure solve reverse fix halt")

# A top standard; held "in everything I do" it is an absolute.
TOP_STANDARDS: Final = words("excellence excel excellent outstanding flawless perfect best")

# --- rates by kind --------------------------------------------------------------------------

# A generous cap on how many one person handles in a week, by the kind of thing counted
# (the heavy pieces of work are in RATE_CAPS_PER_WEEK). Any other plural count noun gets the
# "other" cap: about one every few minutes across long working days. Things touched for a
# moment as things (scanned, sorted, tagged, labelled: verbs both light and copy handling)
# go at a warehouse handler's pace,
# the top of the published pick rates: "Manual warehouses: 60-120 picks/hour; partially
# automated: 120-200 picks/hour" (bitergo, "Picking Performance (Picks per Hour)"), so 200
# an hour across ten-hour days.
CAP_PER_WEEK_BY_KIND: Final = MappingProxyType(
    {
        "audience": 200_000.0,
        "people": 700.0,
        "made": 35.0,
        "other": 7_000.0,
        "handled": 14_000.0,
    }
)
# Verbs of making one piece by hand, each taking hours: "knit 500 hats", "design 100 logos";
# and of work on an existing piece that takes as long, one at a time: restoring, repairing or
# negotiating it afresh ("restore 40 chairs", "renegotiate 300 supplier contracts"). Their
# count gets the "made" cap: about five a day, every day.
MADE_VERBS: Final = words(
    "knit crochet sew embroider quilt paint illustrate design sculpt carve upholster "
    "restore conserve repair refurbish renovate reupholster negotiate renegotiate"
)
# Work handled one at a time, by what one such piece takes: a call, an interview, a house.
# Whatever is planted ("plant 1,500 seedlings a day") goes at a professional planter's pace:
# "the average professional tree planter can plant about 2-3K trees per day, but some of the
# best can plant up to 5K" (One Tree Planted, "A Day in the Life of a Tree Planter", 2020), so
# 5,000 a day, every day. Other work on trees ("prune 30,000 trees") keeps the trees' cap.
PLANTING_CAP_PER_WEEK: Final = 35_000.0
HANDLED_CAPS_PER_WEEK: Final = MappingProxyType(
    {
        "calls": 2_100.0, "interviews": 70.0, "candidates": 700.0, "patients": 700.0,
        "tickets": 1_750.0, "scripts": 420.0, "essays": 420.0, "trees": 7_000.0,
        "ups": 7_000.0, "webinars": 5.0, "workshops": 10.0, "videos": 10.0, "houses": 5.0,
        "homes": 5.0, "properties": 5.0, "applications": 40.0, "proposals": 10.0,
        "jumpers": 2.0, "sweaters": 2.0, "quilts": 1.0, "paintings": 5.0, "songs": 5.0,
        "episodes": 7.0, "podcasts": 7.0, "reviews": 140.0, "audits": 10.0,
        "emails": 3_500.0, "messages": 3_500.0, "letters": 350.0, "events": 20.0,
        "conferences": 3.0, "meetups": 10.0, "meetings": 60.0,
    }
)  # fmt: skip
# Occasions one is there for in person, an hour or more each: a teacher's lessons (up to ten a
# day), a surgeon's operations (five), a midwife's births (three a shift), a pilot's flights,
# a performer's or a referee's two a day, a day's shift. Weighed so only for the verbs of being
# there (PRESENCE_VERBS): booking, cancelling, recording or streaming them is other work.
PRESENCE_CAPS_PER_WEEK: Final = MappingProxyType(
    {
        "lessons": 50.0, "classes": 50.0, "operations": 35.0, "surgeries": 35.0,
        "births": 20.0, "flights": 30.0, "gigs": 14.0, "concerts": 14.0,
        "performances": 14.0, "matches": 14.0, "shifts": 14.0, "weddings": 7.0,
    }
)  # fmt: skip
# Verbs of being there for an occasion: "teach 70 lessons", "fly 80 flights", "work 40 shifts".
PRESENCE_VERBS: Final = words(
    "attend teach perform play fly work referee officiate give cover assist deliver do lead"
)
# Verbs that take credentials one studies for ("pass OSCP, CISSP and CEH", "qualify as a
# solicitor, an actuary and an architect"), and the nouns that end a credential's name
# ("the bend test", "the inspector exam"). Each one in a list is one to study for.
CREDENTIAL_LIST_VERBS: Final = words("pass sit earn gain obtain achieve qualify")
# Verbs of getting or holding any thing, which take a list of credentials when the list calls
# one of them a credential studied for ("get my HGV licence, ADR and CPC by Sunday").
HOLDING_LIST_VERBS: Final = words("get secure hold")
EXAM_NOUNS: Final = words("test tests exam exams examination paper module unit")
# Verbs of taking people on into a paid job (not "recruit", said of volunteers and members
# too): each person taken on is at least one interview.
EMPLOYING_VERBS: Final = words("hire employ appoint")
# Verbs of sending many at once: "send 5,000 emails" is one mail-out, not 5,000 pieces of work.
SEND_VERBS: Final = words("send email mail post distribute hand deliver drop print")
# Verbs of getting rid of things, done many at a time (a selection, a bag, a shredder load):
# "delete 3,000 old emails", "declutter 500 items", "shred 3,000 old documents". Their count
# says how many go, not how many pieces of work ("answer 5,000 emails" is 5,000).
DISCARD_VERBS: Final = words("delete archive purge declutter discard bin shred recycle trash")
# Verbs that handle a thing quickly, whatever it took to make: "review 100 applications",
# "visit 40 homes", "watch 20 videos". Their counts get the general cap, not the heavy one.
LIGHT_HANDLING_VERBS: Final = words(
    "review read watch listen skim screen check sort file process approve visit canvass "
    "inspect survey count log scan share forward tag label collect pick"
)
# How many days a "per ..." frequency spans: "20 calls a day", "100 calls a week".
DAYS_PER_PERIOD: Final = MappingProxyType(
    {
        "per day": 1, "per night": 1, "per morning": 1, "per evening": 1, "per shift": 1,
        "per workday": 1, "per week": 7, "per fortnight": 14, "per month": 30,
        "per quarter": 91, "per year": 365,
    }
)  # fmt: skip
# What one person can put aside or pay off in a month from their own pay, generously.
PERSONAL_MONEY_CAP_PER_MONTH: Final = 25_000.0
# Money gathered from many givers ("raise £50,000 for the hospice"), and what one fundraiser
# gathers in a month at most, generously: a few large gifts a week on top of an appeal.
RAISING_VERBS: Final = words("raise fundraise collect")
RAISED_MONEY_CAP_PER_MONTH: Final = 1_000_000.0
# Money that comes in one sum from one source, which no pace of giving bounds: an
# investment round, a grant, a loan.
ONE_SUM_NOUNS: Final = words(
    "seed funding investment investments investor investors round capital grant grants loan "
    "loans series equity venture"
)
# What one owes, and verbs that clear it: "clear my £60k student loan", "settle our overdraft".
DEBT_NOUNS: Final = words("loan loans debt debts overdraft mortgage arrears balance card cards")
CLEARING_VERBS: Final = words("clear pay repay settle wipe eliminate kill")
# Counts that grow by other people's choices: followers, views, sign-ups, and the signatures
# on a petition, each signer's own act ("get 1,000 signatures in a week").
AUDIENCE_NOUNS: Final = words(
    "followers subscribers users likes listeners readers fans signups sign-ups signatures"
)
# Verbs that serve many people at once, a meal service, a class or a briefing at a time
# ("serve 150 customers a day", "teach 150 pupils a day", "brief 200 volunteers"): the people
# are not each a piece of one's work, as those one recruits or signs up one by one are.
SERVING_VERBS: Final = words(
    "serve feed teach brief address host welcome cater entertain educate instruct"
)
# People one recruits, signs or meets by hand: "recruit 2,000 volunteers by Sunday".
PEOPLE_COUNT_NOUNS: Final = words(
    "volunteers members customers clients donors leads people contacts "
    "connections students pupils trainees recruits attendees participants households"
)
# Things sent or counted in bulk, or small units: a count of them says nothing of effort.
BULK_NOUNS: Final = words(
    "texts leaflets flyers newsletters invitations invites "
    "notifications tweets views impressions visits visitors downloads installs clicks "
    "words steps lines pages calories kcal points reps sets metres "
    "meters miles kilometres kilometers km minutes seconds hours days weeks months years "
    "percent dollars pounds euros units items cups glasses litres liters bottles rows "
    "records entries transactions tokens characters bytes"
)
# Units of body weight: a cap on them holds for a change ("lose 20 kg"), not a lift.
BODY_WEIGHT_UNITS: Final = words("kg kgs kilos kilograms lb lbs pounds stone")
# Nouns that make a percentage a change rather than a share: "a 400% pay rise".
CHANGE_NOUNS: Final = words(
    "increase increases rise raise growth boost jump uplift gain gains cut cuts drop "
    "reduction decrease improvement return returns"
)
# Changing a whole organisation, which no one does alone within weeks: "turn the company
# around single-handedly by next week".
TRANSFORM_VERBS: Final = words("turn transform fix save rebuild overhaul reform restructure")
ORG_NOUNS: Final = words(
    "company organisation organization business department industry school hospital trust "
    "council charity firm economy sector culture"
)
# Verbs that end in "-ly" as adverbs of manner do ("quickly", "single-handedly"): the closed
# set of them, read as the action, not skipped as how it is done.
LY_VERBS: Final = words(
    "apply reapply supply resupply reply rely fly ply imply comply multiply tally rally bully "
    "sully dally ally"
)
# Who acts alone ("by myself", "solo"), and subjects that are a group.
SOLO_WORDS: Final = words("myself solo alone handedly singlehandedly")  # "single-handedly"
TEAM_SUBJECTS: Final = words("we our team teams department company organisation organization")
# Who acts as a group: "we", a team; "our" alone only says whose the things are.
TEAM_ACTORS: Final = TEAM_SUBJECTS - {"our"}

# Verbs of going through a thing from start to end: a "12-week course" takes 12 weeks.
GO_THROUGH_VERBS: Final = words("finish complete do read listen watch take attend run follow pass")

# The size of a thing one writes ("a 300-page manual", "a 2-million-line system") against
# what one person writes, translates or rewrites in a day, generously.
PRODUCE_CAPS_PER_DAY: Final = MappingProxyType({"page": 25.0, "line": 2_000.0, "word": 6_000.0})
PRODUCE_VERBS: Final = words(
    "write rewrite translate draft code port refactor transcribe author produce create build"
)
# The size of a whole thing one builds, works over or stages ("the whole 40-storey tower", "a
# 40,000-hectare park", "a 2,000-delegate conference") against what one person gets through
# in a day, generously, by the unit its size is said in: a storey of a building (built,
# painted or rewired), a hectare or an acre of land (cleared, cut or planted), a delegate or
# guest of an event (planned, sold, seated).
WHOLE_CAPS_PER_DAY: Final = MappingProxyType(
    {
        "storey": 1.0, "story": 1.0, "floor": 1.0, "hectare": 10.0, "acre": 25.0,
        "delegate": 100.0, "guest": 100.0, "attendee": 100.0,
    }
)  # fmt: skip
# Verbs of working on a whole thing from end to end, beside those that make it (PRODUCE_VERBS,
# MADE_VERBS): "paint the whole 40-storey block", "clear the 500-acre estate", "plan a
# 2,000-delegate conference". Visiting, buying, booking or attending one works on nothing.
WHOLE_WORK_VERBS: Final = words(
    "paint clean clear cut mow plant replant rewire clad roof insulate demolish landscape "
    "fence plan organise organize stage"
)
# Works one makes, whose cap a week is a maker's pace: "write 30 books", "publish a paper a
# week". Handling a copy that exists ("shelve 200 books", "mark 30 papers", "rebind 5 library
# books") is work at the pace of its kind, not an author's.
MADE_WORKS: Final = words(
    "paper papers thesis book books novel novels article articles chapter chapters post posts "
    "app apps patent patents"
)
# Verbs that judge a made work, each at the judge's pace, not its author's: marking, grading
# and checking go through papers and essays at a marker's ("mark 60 mock papers this
# weekend"); reviewing, refereeing and proofreading at a close reader's ("review 3 papers
# this week").
# An audit of each thing is a check of it at that pace too ("audit 25 expense claims a day"):
# the heavy piece of work is counted by its noun ("carry out 30 audits").
# Places and bodies an audit or an inspection goes through as a whole, each a visit of its own
# ("audit 60 supplier sites this week" is 60 audits), not a record checked at a desk.
AUDITED_BODIES: Final = words(
    "site sites branch branches store stores shop shops ward wards premises factory "
    "factories plant plants warehouse warehouses depot depots office offices supplier "
    "suppliers vendor vendors contractor contractors company companies client clients "
    "department departments school schools hospital hospitals farm farms kitchen kitchens "
    "restaurant restaurants venue venues practice practices business businesses charity "
    "charities firm firms organisation organisations organization organizations"
)
# Valuing, sifting and ranking judge a thing as quickly ("value 10 homes a week", "sift 60
# applications").
MARKING_VERBS: Final = words(
    "mark grade assess moderate score correct check examine audit value appraise sift "
    "shortlist rank evaluate vet"
)
# Verbs of a close reading, hours a piece: "review 3 papers", "referee a paper".
JUDGING_VERBS: Final = words("review referee critique")
# Verbs of going through a work as its reader does, at a reader's pace: "annotate 20
# articles", "summarise 12 papers", "proofread 10 articles".
NOTING_VERBS: Final = words("annotate summarise summarize proofread")
# Words before a heavy kind's noun that make its pieces small, each made in minutes: "short
# videos", "quick posts", and posts for a social platform ("LinkedIn posts").
SMALL_PIECE_WORDS: Final = words(
    "short quick mini brief tiny micro social linkedin instagram insta tiktok twitter facebook"
)
# How many small pieces one makes in the time a full one of the kind takes.
SMALL_PIECE_FACTOR: Final = 10.0
# Verbs that handle a copy of a work as a thing, not its words ("shelve 200 books", "rebind 5
# library books", "scan 100 old papers"): the pace is that of handling things, not a maker's.
# Verbs that may also make one ("file a patent", "sign a book", "cover a story") are not here.
COPY_HANDLING_VERBS: Final = words(
    "shelve rebind bind recycle photocopy stamp pack unpack box donate lend borrow store stack "
    "sort scan tag label wrap laminate shred pick"
)

# --- limits ---------------------------------------------------------------------------------

# The fastest times anyone has run (men's world records, rounded down to the second; road
# records for 5k and 10k): a goal faster than these is faster than anyone has ever been.
WORLD_RECORD_SECONDS: Final = MappingProxyType(
    {"marathon": 7_235.0, "half marathon": 3_451.0, "10k": 1_584.0, "5k": 769.0,
     "mile": 223.0, "100m": 9.58}
)  # fmt: skip
# The speed, in km an hour, at which one covers ground by each way of going, generously (a
# fast runner, a racing cyclist, motorway driving): a distance beyond it over every waking
# hour of the window is out of reach for one person.
TRAVEL_KMH: Final = MappingProxyType(
    {
        "walk": 7.0, "hike": 7.0, "run": 15.0, "jog": 15.0, "swim": 5.0, "row": 12.0,
        "paddle": 12.0, "cycle": 40.0, "bike": 40.0, "ride": 110.0, "drive": 110.0,
    }
)  # fmt: skip
# Sustained typing speed nobody has beaten by much.
TYPING_RECORD_WPM: Final = 220.0
# CEFR levels climbed a month: even full-time, a level (A1 to A2) takes a month or more.
CEFR_STEPS_PER_MONTH: Final = 1.0
