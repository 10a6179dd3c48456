"""Goal statements on what counts as measurable (M), labelled before the evaluator read them.

Same notation as ``smart_cases`` (verdict letters), read on the same ``AS_OF``. Each group
exercises one principle, in fields and wordings of its own: a figure is the goal's measure only
when it states the result wanted, not how things are or were.
"""

from __future__ import annotations

from smart_cases import Case

# A figure told as the situation (a statement of what is or was, or a bracket marked as now or
# then) is the starting point, not a target; a statement with a deadline, a goal word or a
# "so that" states the result wanted.
SITUATION = (
    Case("Our average handling time on the helpdesk is 14 minutes; look into it.", "smArt"),
    Case("The school roll was 410 last September; grow it.", "smArt"),
    Case("Shorten the queue at the council's housing desk (currently around 25 minutes).", "smArt"),
    Case("Last season the rugby club had 60 junior members; get more families involved.", "smArt"),
    Case("The delivery fleet burns 900 litres of diesel on an average day – tackle that.", "smArt"),
    Case("My mother's blood pressure is 160 over 95 – support her.", "smArt"),
    Case("Having sold 38 kitchens last year, I would like to sell more.", "smArt"),
    Case("Safeguard the charity's gift aid income (£48,000 last year) through 2027.", "smArT"),
    Case("Our bounce rate is 70%, and I need it at 45% by June 2027.", "SMArT"),
    Case("Our donor retention is 41%. Lift it to 50% by the end of 2027.", "SMArT"),
    Case("Ensure the average wait in triage is under 15 minutes by the end of March.", "SMArT"),
    Case("My target is 12 new property listings a month.", "SMArT"),
    Case("Halve the invoice backlog to 40 (currently 80) by February.", "SMArT"),
    Case("Rework the picking route so that each order takes under 6 minutes by April.", "SMART"),
    Case("We closed 14 deals in Q3; close 20 in Q1 2027.", "SMArT"),
    Case("Success measure: the food bank serves 300 households a week.", "SMArT"),
    Case("KR3 – average checkout time is under 90 seconds.", "SMArt"),
    Case("At least 85% of our repeat prescriptions are ready within two days.", "SMArT"),
)

# A score the writer gives themself ("in my own eyes", "on my own rating", "a self-assessment")
# is not a measure, and neither is a result only the writer can judge; a score someone else
# gives, or the writer's own record in a timed event, is.
OWN_JUDGEMENT = (
    Case("Go from a 4 to an 8 on my own rating of calm during night shifts by March.", "smArT"),
    Case("Feel like a 9 out of 10 sous chef in my own view by spring.", "smArT"),
    Case("Score myself a 9 on the self-assessment for stakeholder management by June.", "SmArT"),
    Case("Reach a 6 out of 10 in my own estimate of my Welsh.", "smArt"),
    Case("Be a level 3 barista in my own view by Easter.", "smArT"),
    # a result the writer's own liking or feeling decides ("a job I enjoy"); a feeling as the
    # reason ("so that I feel confident") leaves the figure to measure
    Case("Get a nursing job I actually enjoy.", "SmArt"),
    Case("Become a team leader in a department I like.", "SmArt"),
    Case("Find a flat share I like by March.", "SmArT"),
    Case("Run 3 first-aid workshops so that I feel confident.", "SMARt"),
    Case("Get a grade 7 in GCSE chemistry this summer.", "SMArT"),
    Case("Get a 9/10 average from my mentees' feedback forms by July.", "SMArT"),
    Case("Lift my own record for the 5k to under 25 minutes by May.", "SMArT"),
    Case("Send the self-assessment forms to all 14 apprentices by Friday.", "SMArT"),
)

# A number after a name that counts nothing after it is part of the name, whatever its size; a
# number with a counted noun, or after a lower-case word, counts.
NAME_DIGITS = (
    Case("Support the rollout of Microsoft 365.", "smArt"),
    Case("Get to grips with Dynamics 365.", "smArt"),
    Case("Migrate the finance team to Office 365 by the end of January.", "SMArT"),
    Case("Take the shop's Instagram to 2,000 followers by June.", "SMArT"),
    Case("Grow the Friday quiz to 120 regulars by Easter.", "SMArT"),
)

# A verb of keeping something as it is ("protect", "preserve", "safeguard", "sustain") has no
# result done once: without a figure there is nothing to check.
KEEPING = (
    Case("Sustain the improvements from the falls project through the winter.", "smArT"),
    Case("Preserve the quality of our sourdough during the kitchen refit.", "smArT"),
    Case("Protect the fundraising budget throughout 2027.", "smArT"),
    Case("Protect two afternoons a week for writing up my thesis until June.", "SMArT"),
    Case("Sustain a 95% on-time rate for the school runs through the spring term.", "SMArT"),
    Case(
        "Preserve the three listed barns on the estate by re-roofing them before winter.",
        "SMArT",
    ),
)

# Things with no count, done over a stretch of time ("through", "throughout", "during",
# "across"), are repeated with no number: no result done once. A count, one definite thing or a
# cadence still measures.
SPREAD = (
    Case("Hold drop-in clinics for first-year tutees throughout the spring term.", "SmArT"),
    Case("Write case notes for the tribunal bundle during January.", "SmArT"),
    Case("Record short safety videos for the site induction through February.", "SmArT"),
    Case("Hold 6 drop-in clinics for first-year tutees throughout the spring term.", "SMArT"),
    Case("Run the stock count at both depots during the January shutdown.", "SMArT"),
    Case("Publish blog posts every week through March.", "SMArT"),
    # from a start with no end: it goes on from then
    Case("Write blog posts about local history, starting in February.", "SmArt"),
    Case("Run beginner pottery classes from March onwards.", "SmArt"),
    Case("Write 6 blog posts about local history, starting in February.", "SMArt"),
    # said to come again and again with no count ("regular", "frequent", "occasional")
    Case("Hold regular check-ins with the night porters.", "SmArt"),
    Case("Book frequent site visits to the new build.", "SmArt"),
    Case("Give occasional talks at the local college.", "SmArt"),
    Case("Call my regular customers about the price change by Friday.", "SMArT"),
    Case("Book a regular slot at the climbing wall every Tuesday.", "SMArT"),
)

# A count of one, denied ("never ... a single", "don't ... one") sets a count of zero: a figure
# to check. A denial with no count word is an absolute, not a count.
ZERO = (
    Case("Don't miss a single medication round on the dementia unit this quarter.", "SMArT"),
    Case("Never lose one piece of client luggage at the front desk next season.", "SMArT"),
    Case("Not one late VAT return for any of my clients in 2027.", "SMArT"),
    Case("Never make a mistake on a tax return.", "smart"),
    Case("Don't skip leg day.", "smArt"),
)

# Being on or in a named body ("on the register", "in the county squad") is a place held or not,
# like a role: a result to check. A state with no named body is not.
MEMBERSHIP = (
    Case("Be on the Chartered Institute of Building's register of assessors by June.", "SMArT"),
    Case("Be in the Cornwall county netball squad by next season.", "SMArT"),
    Case("Be on the Arts Council's list of approved facilitators by the end of 2027.", "SMArT"),
    Case("Be on top of my inbox by Friday.", "smArT"),
    Case("Be in a better place with my manager by the spring.", "smArT"),
    Case("Be on LinkedIn more often.", "smArt"),
)

# A pronoun after a label that names a thing ("NEBOSH fire certificate: ... have it") stands
# for that thing: getting it is a result to check. A label that names nothing ("Fitness:")
# leaves the pronoun as vague as the label.
LABELLED = (
    Case("NEBOSH fire certificate: I hope to have it within 5 months.", "SMArT"),
    Case("Grade 5 music theory: sit it in the spring.", "SMArT"),
    Case("ACCA Paper F7 — need to pass it at the June sitting.", "SMArT"),
    Case("Fitness: keep it up.", "smArt"),
    Case("Team morale – work on it this quarter.", "smArT"),
)

# Moving into another field of work ("into procurement", "into paediatric nursing") is a change
# done or not, like a role; a move into an open field ("a new area", "something") is not.
FIELD_MOVES = (
    Case("Transition into paediatric nursing by 2028.", "SMART"),
    Case("Pivot into data engineering within 18 months.", "SMART"),
    Case("Step into procurement when the next vacancy comes up.", "SMART"),
    Case("Move into a new area.", "smARt"),
    Case("Switch into something more hands-on.", "smARt"),
)

# The writer saying how things are, in the present, after the goal ("...; it's 12 families a
# week", "- we average 9 hours", "and I drive 20 miles") tells the starting point, and a rate's
# period goes with its count; a first clause in the present states the goal, and a target
# beside the statement still measures it.
SAID_OF_NOW = (
    Case("Cut the time to first response on the help desk by June - we average 9 hours.", "smArT"),
    Case("Raise attendance at the toddler group by Easter; it's 12 families a week.", "smArT"),
    Case("Sell more handmade candles at the Saturday market by May; we sell 30 a week.", "smArT"),
    Case(
        "Shorten my commute by the end of January - I'm on 55 minutes each way and I drive "
        "20 miles.",
        "smArT",
    ),
    Case("There are 40 open tickets in the queue; close 30 of them by Friday.", "SMArT"),
    Case("I'm running 3 times a week until the half marathon.", "SMArT"),
    # before the writer's own goal in the same sentence ("so I want to ...")
    Case("I'm at 92kg so I want to lose weight.", "smARt"),
    Case("We're on 61% attendance, so we need to improve it.", "smARt"),
    Case("I'm at 92kg and I want to get to 85kg.", "SMArt"),
    # a figure opening a later clause as the subject of "be", with no goal word in it
    Case(
        "Speed up my invoice processing - 40 invoices an hour is what the best clerk manages.",
        "smArt",
    ),
    Case("Cut the wait at the pharmacy counter by spring; 25 minutes is the norm now.", "smArT"),
    Case("Grow the choir this year; 40 voices is the target.", "SMArT"),
)

# A year with "s" glued on names a decade ("the 1960s"), part of what a thing is, not a
# duration in seconds; a shorter number with "s" is still seconds.
DECADES = (
    Case("Get to know the 1990s back catalogue better.", "smArt"),
    Case("Understand 1930s labour history in more depth.", "smArt"),
    Case("Digitise the 1970s slide collection by June.", "SMArT"),
    Case("Hold a plank for 90s every morning.", "SMArT"),
)

# A percentage is a share of something, whatever it is a share of ("kiln energy", "stress on
# the brackets"): only a bare number is what a rating of one's own feelings looks like.
SHARES = (
    Case("Cut kiln energy by 6% by March.", "SMArT"),
    Case("Raise staff motivation scores by 8% in the next pulse survey.", "SMArT"),
    Case("Bring energy costs down by 9% by August.", "SMArT"),
    Case("Lower the stress on the shelving brackets by 4% before the spring refit.", "SMArT"),
)

# A figure after "my", "our" or "the" tells how many or how big the things the goal concerns
# already are: with an open verb, a change or a care that goes on, it measures nothing; with
# a verb that does something to each of them, the count is the count of what gets done.
SCOPE = (
    Case("Look after the 6 allotment plots.", "smArt"),
    Case("Support the stocktake at our 5 branches.", "smArt"),
    Case("Grow sales on our 12 vending machines by next summer.", "smArT"),
    Case("Boost footfall across our £2m garden centre by the spring.", "smArT"),
    Case("Install solar panels on our 3 depots by June.", "SMArT"),
    Case("Call my 20 biggest clients before Christmas.", "SMArT"),
    # a limit the figure sets is a target, whoever's it is
    Case("Stay within my £200 grocery budget each month.", "SMArT"),
    Case("Keep the site's fuel spend inside our £3k monthly allowance.", "SMArT"),
)

# A light verb and one concrete thing name a task ("do a site walk-round", "take a swim"):
# how often it is done is a frequency that measures it; a light verb with a state ("get
# better") is not a task.
LIGHT_TASKS = (
    Case("Do a site walk-round every Friday afternoon.", "SMArT"),
    Case("Do a pottery class every Thursday evening.", "SMArT"),
    Case("Take a cold-water swim every Sunday morning.", "SMArT"),
    Case("Get better at chess every week.", "smArT"),
)

# An action that only goes from a start or towards an aim reaches nothing it names: no result
# to check; one that ends somewhere ("from ... to ...") does.
DIRECTIONS = (
    Case("Climb from Silver 1 towards Platinum on the squash ladder this season.", "smArT"),
    Case("Move from the warehouse floor towards the planning office this year.", "smArT"),
    Case("Move from the Leeds depot to the York depot by April.", "SMArT"),
)

# A result given only as a manner no one measures ("properly", "smoothly") is a vague state.
MANNERS = (
    Case("Get the new booking system running smoothly by January.", "SmArT"),
    Case("Get the café kitchen working properly before the reopening.", "smArT"),
)

# A clause after a semicolon that says what is wanted ("...; aiming for 70% by February")
# holds the goal's figure, however the sentence before it ends.
AFTER_SEMICOLON = (
    Case("Raise the clinic's flu-jab uptake. Now at 54%; aiming for 70% by February.", "SMArT"),
    Case("Lift the choir's attendance. Currently 22 singers; aiming for 35.", "SMArt"),
)

# "Be" and an adjective is a state to be in ("be ready for"), not a result done once; "be"
# and a participle of a result ("be certified") or of an action going on ("be leading") is.
BE_STATES = (
    Case("Be ready for the Grade 5 theory exam by May.", "smArT"),
    Case("Be prepared for the Ofsted visit this spring.", "smArT"),
    Case("Be certified as a first aider by March.", "SMArT"),
    Case("Within 6 weeks I want to be running the stock counts on my own.", "SMArT"),
)

# "one" after a determiner and its modifiers, ending its noun phrase, stands for a thing said
# before it ("a clearer one", "a new one"): it says which, not how many. "One" before a noun, or
# after "at least" or "just", counts.
PRONOUN_ONE = (
    Case("Our staff handbook is from 2015. Write a clearer one.", "smArt"),
    Case("The choir's old website is clunky; I'd like a simpler one.", "smArt"),
    Case("Our old minibus fails every MOT; buy a newer one.", "smArt"),
    Case("The last fundraising appeal flopped. Plan a bolder one for next Easter.", "smArT"),
    Case("Swap this recipe for a healthier one.", "smArt"),
    Case("Replace the cracked kiln with a new one before the spring term.", "SMArT"),
    Case("The club's only defibrillator has expired; buy another one by March.", "SMArT"),
    Case("Publish at least one case study in the trade press this year.", "SMArT"),
    Case("Write one grant bid by March.", "SMArT"),
    Case("Mark one mock paper a week until the exams.", "SMArT"),
    Case("Set up one new supplier account every month.", "SMArT"),
    Case("Choose one of the three MBA offers by 1 May.", "SMArT"),
)

# A number with a unit in lower case glued on, then a slash and what it is per ("7.8t/ha",
# "10mg/kg", "45units/hr"), is an amount per unit: a figure whatever the unit is.
PER_UNIT = (
    Case("Lift average barley yield to 7.8t/ha by harvest 2027.", "SMArT", numbers=(7.8,)),
    Case(
        "Bring the foal's dose down from 10mg/kg to 6mg/kg within three weeks.",
        "SMArT",
        numbers=(10, 6),
    ),
    Case(
        "Raise the sowing density from 300seeds/m2 to 350seeds/m2 this spring.",
        "SMArT",
        numbers=(300, 350),
    ),
    Case("Get the line's output to 45units/hr by the end of Q1.", "SMArT", numbers=(45,)),
    Case(
        "Push the roaster's throughput from 12kg/batch to 15kg/batch by March.",
        "SMArT",
        numbers=(12, 15),
    ),
    Case(
        "Grow stocking to 2.5lu/ha on the hill ground over the next 2 years.",
        "SMArT",
        numbers=(2.5,),
    ),
    Case("Reach 30words/min on the stenotype by June.", "SMArT", numbers=(30,)),
    Case("Roll out 5G/LTE routers to every branch by May.", "SMArT", numbers=()),
)

# A number after a plural collective noun and "of" ("groups of 25", "teams of 10") is the size
# of each of them, not how many; and things with no count done over "this" period ("walks this
# summer") go on through it, no result done once. Which ones is said; how many is not.
SIZE_OF_EACH = (
    Case("Guide tours for groups of 25 through the old town this season.", "SmArT", numbers=()),
    Case("Lead hill walks for parties of 6 this summer.", "SmArT", numbers=()),
    Case("Run boot camps for teams of 10 this autumn.", "SmArT", numbers=()),
    Case("Deliver food parcels to housebound tenants this winter.", "SmArT"),
    Case("Deliver food parcels to the housebound tenants this week.", "SMArT"),
    Case("Write grant bids for the youth club this year.", "SmArT"),
    Case("Write a grant bid for the youth club this year.", "SMArT"),
    Case("Recruit a cohort of 12 apprentices by September.", "SMArT", numbers=(12,)),
    Case("Run 3 open days for groups of 15 by the end of March.", "SMArT", numbers=(3,)),
    Case("Pack 200 boxes of 12 eggs by Friday.", "SMArT", numbers=(200,)),
    Case("Cater for tables of 10 at the golf club dinner.", "SMArt", numbers=()),
    Case("Sell honey in packs of 6 at the farmers' market.", "SmArt", numbers=()),
    Case("Bake loaves in batches of 40 for the café.", "SmArt", numbers=()),
)

# A compound joined by a preposition takes its plural on the first part ("permits-to-work"):
# with no count, over a stretch of time, such things go on, with no one-off result.
COMPOUND_PLURALS = (
    Case("Audit permits-to-work on the platform throughout 2027.", "SmArT"),
    Case("Audit the permits-to-work on the platform throughout 2027.", "SMArT"),
    Case("Audit permits-to-work throughout 2027.", "smArT"),
    Case("Sign off permits-to-work for the shutdown by 14 March.", "SMArT"),
    Case("Check the permit-to-work for the hot job by Friday.", "SMArT"),
    # A word written with marks inside it ("1:1s", "one-to-ones", "check-ins") is one plural
    # noun: the number inside it counts nothing and "one" is no determiner. From a start with
    # no end and no count, such things go on, as "toolbox talks" do.
    Case("From January onwards, hold 1:1s with the ward sisters.", "SmArt"),
    Case("From September, run one-to-ones with my tutees.", "SmArt"),
    Case("Starting in spring, run check-ins with the new volunteers.", "SmArt"),
    Case("Starting next month, hold stand-ups with the warehouse pickers.", "SmArt"),
    Case("From April, run walk-rounds on the night shift.", "SmArt"),
    Case("Hold 1:1s with the ward sisters every fortnight.", "SMArT"),
    Case("From June, hold six 1:1s with each ward sister.", "SMArt"),
    Case("Run 4 check-ins with the new volunteers by March.", "SMArT"),
    Case("Hold a one-to-one with each new starter by March.", "SMArT"),
    Case("From January, hold one-to-ones with my mentees until the pilot ends in June.", "SMArT"),
)

# "A couple of" is the numeral two in its collective form, as "a pair of" and "a dozen" are: a
# count of what follows. "A few" and "some" are no count, and "a couple of weeks" stays the
# rough span the time grammar reads it as.
COLLECTIVE_NUMERALS = (
    Case("Get a couple of case reports published in 2027.", "SMArT", numbers=(2,)),
    Case("Visit a couple of rival bakeries before the spring menu launch.", "SMArT"),
    Case("Run a couple of toolbox talks on ladder safety by March.", "SMArT"),
    Case("Recruit a couple of weekend drivers for the minibus.", "SMArt"),
    Case("Call a couple of lapsed donors every Friday.", "SMArT"),
    Case("Write a couple of grant bids for the youth club this year.", "SMArT"),
    Case("Plant a couple of fruit trees in the community garden in the autumn.", "SMArT"),
    Case("Shadow a couple of senior auditors on the year-end visits.", "SMArt"),
    Case("Test a couple of new sourdough recipes in January.", "SMArT"),
    Case("Sell a couple of paintings at the Christmas fair.", "SMArT"),
    Case("Get a couple of quotes for the roof repair by Friday.", "SMArT"),
    Case("Hire a couple of apprentices for the joinery workshop by September.", "SMArT"),
    Case("Finish the kitchen refit in a couple of weeks.", "SMArt"),
    Case("Learn Italian within a couple of years.", "smArt"),
    Case("Get a few case reports published in 2027.", "smArT"),
    Case("Visit some rival bakeries before the spring menu launch.", "smArT"),
    Case("Be a better listener for a couple of weeks.", "smArt"),
)

# Giving up a habit ("stop printing the rota", "quit vaping") is kept up from then on, with
# nothing done once to check: a date to have stopped by, a window or a count measures it. A
# fault stopped ("stop the draught under the back door") is put right once.
HABITS_GIVEN_UP = (
    Case("Stop printing the weekly rota for every ward.", "SmArt"),
    Case("Quit vaping.", "SmArt"),
    Case("Stop answering work emails on holiday.", "SmArt"),
    Case("Quit buying coffee on the way to site.", "SmArt"),
    Case("Stop double-booking the meeting rooms.", "SmArt"),
    Case("Stop skipping the morning huddle.", "SmArt"),
    Case("Quit smoking by my 40th birthday in June.", "SMArT"),
    Case("Stop answering work emails within 2 weeks.", "SMArT"),
    Case("Stop checking the tills 3 times a night.", "SMArt"),
    Case("Stop the draught under the back door.", "SMArt"),
    Case("Stop the leak in the cellar by Friday.", "SMArT"),
)

# A passive order reads as its active form: its subject is what the action acts on. A plural
# with no count, determiner or owner there ("New members will be recruited") says not how many,
# as "recruit new members" does not, so nothing done once is there to check; a date to have
# them done by takes in the whole set, and "the", "all", a count or an owner say which.
PASSIVE_PLURALS = (
    Case("New members will be recruited.", "SmArt"),
    Case("Fire doors are to be inspected.", "SmArt"),
    Case("Risk assessments to be reviewed by March.", "SMArT"),
    Case("The fire doors are to be inspected.", "SMArt"),
    Case("All fire doors are to be inspected.", "SMArt"),
    Case("Six volunteer drivers to be trained by May.", "SMArT"),
    Case("The station's fire doors are to be inspected.", "SMArt"),
    Case("Fire doors are to be inspected every month.", "SMArT"),
    # the shortest texts the walk to the participle reaches
    Case("New members to be recruited", "SmArt"),
    Case("New members will be", "smArt"),
)

MEASURABLE_CASES = (
    AFTER_SEMICOLON
    + BE_STATES
    + SITUATION
    + MANNERS
    + DIRECTIONS
    + LIGHT_TASKS
    + SAID_OF_NOW
    + DECADES
    + SHARES
    + SCOPE
    + OWN_JUDGEMENT
    + NAME_DIGITS
    + KEEPING
    + SPREAD
    + ZERO
    + MEMBERSHIP
    + LABELLED
    + FIELD_MOVES
    + PRONOUN_ONE
    + PER_UNIT
    + SIZE_OF_EACH
    + COMPOUND_PLURALS
    + COLLECTIVE_NUMERALS
    + HABITS_GIVEN_UP
    + PASSIVE_PLURALS
)

# A vague frequency said before the action ("Regularly back up ...", "We'll periodically ...")
# makes it repeated with no count, as it does after the action: no one-off result to check. A
# count or a rate in the goal still measures it.
OFTEN_BEFORE = (
    Case("Frequently check in with the night staff.", "SmArt"),
    Case("Periodically test the fire alarms in the east wing.", "SmArt"),
    Case("We want to regularly publish case studies on the website.", "SmArt"),
    Case("Often update the client tracker.", "SmArt"),
    Case("Routinely send 3 invoices a day.", "SMArT"),
    Case(
        "Periodically review the risk register and close 10 risks by March.", "SMArT", "2027-03-31"
    ),
)
MEASURABLE_CASES = MEASURABLE_CASES + OFTEN_BEFORE

# "there" or "here" alone after the action points at a place: nothing is made or done there
# that anyone could check, so it is no one-off result.
PLACE_POINTED_AT = (
    Case("Start there.", "smArt"),
    Case("Move there by 2028.", "smArT", "2028-12-31"),
    Case("Volunteer at the hospice every Saturday.", "SMArT"),
)
MEASURABLE_CASES = MEASURABLE_CASES + PLACE_POINTED_AT

# Where capitals say nothing (ALL CAPS, Title Case) a number is told a count or part of a name
# by its place: a count goes before what it counts ("READ 12 BOOKS"); a number right after a
# noun inside the sentence, with no unit after it, names one thing ("MY YEAR 8 SET",
# "PYTHON 3", "EPISODE 12"), as "Year 8" and "Python 3" do in sentence case.
NUMBERED_NAMES_IN_CAPITALS = (
    Case("GET MY YEAR 8 SET'S SPELLING SCORES UP.", "smArt"),
    Case("Get my Year 8 set's spelling scores up.", "smArt"),
    Case("LEARN PYTHON 3.", "smArt"),
    Case("Learn Python 3.", "smArt"),
    Case("WORK ON EPISODE 12 OF THE PODCAST.", "smArt"),
    Case("Work On Episode 12 Of The Podcast.", "smArt"),
    Case("Finish Module 4 Of My Accountancy Course By Easter.", "SMArT", "2027-03-28"),
    Case("COMPLETE STAGE 2 OF THE BID BY 1 MARCH.", "SMArT", "2027-03-01"),
    Case("READ 12 BOOKS THIS YEAR.", "SMArT", "2026-12-31"),
    Case("VISIT 5 CLIENTS A WEEK.", "SMArT"),
    Case("PASS ALL 6 UNITS OF THE NVQ BY SUMMER.", "SMArT", "2027-08-31"),
    Case("I WILL SELL 8 CARS", "SMArt"),
    # the shortest texts the look-back reaches
    Case("MY YEAR 9", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + NUMBERED_NAMES_IN_CAPITALS

# "be ready", "be able" and "be committed" pass to the action only when "to" and a verb
# follow ("be ready to present ..."); "be ready for X" is a state to be in, whatever X is.
READY_FOR = (
    Case("Be ready for Expo 2027 catering.", "smArt"),
    Case("I want to be ready for the new kitchen.", "smArt"),
    Case("Be ready for the Level 3 exam by June.", "smArT"),
    Case("Be ready for the CQC inspection in March.", "smArT"),
    Case("I'd like to be ready for promotion to sister by next year.", "smART"),
    Case("Be ready for lambing season.", "smArt"),
    Case("We need to be ready for the Christmas rush.", "smArt"),
    Case("Be committed to the team.", "smArt"),
    Case("Be able for the hill climbs in the Tour of Wessex.", "smArt"),
    Case("I am ready to take over the Saturday shift manager role in January.", "SMArT"),
    Case("I'm ready to run 2 open days a term.", "SMArT"),
    Case("Be able to run the pass alone by March.", "SmArT"),
    Case("I'm committed to running 3 times a week.", "SMArT"),
    Case("We are able to deliver 40 boxes a day.", "SMArT"),
    Case("I am going to visit 6 schools this term.", "SMArT"),
    Case("Be ready to present the Q2 figures to the board on 3 July.", "SMArT"),
    Case("Have the float and 20 costumes ready for the spring parade.", "SMArT"),
    Case("Finish the allergen course to be ready for the new menu by June.", "SMART"),
    # the shortest texts the look two words on reaches
    Case("Be ready for", "smArt"),
    Case("be ready", "smArt"),
    Case("I am able to", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + READY_FOR

# The same verbs of keeping are specific only with a figure, as a change verb is: "protect
# the budget" says what to keep, not what kept looks like.
KEEPING_SPECIFIC = (
    Case("Protect gross revenue retention on my book (92% last year) throughout 2027.", "smArT"),
    Case("Safeguard the club's lottery funding.", "smArt"),
    Case("Preserve the hedgerows along the north field.", "smArt"),
    Case("We will sustain the new handover routine on every ward.", "smArt"),
    Case("Protect my Friday mornings for deep work.", "sMArT"),
    Case("I want to safeguard our Gold accreditation through the 2027 audit.", "smArT"),
    Case("Protect 2 hours a day for study until the exam.", "SMArT"),
    Case("Sustain 90% attendance at the youth club through the summer.", "SMArT"),
    Case("Preserve at least 80% of the original timber during the restoration.", "SMArT"),
    Case(
        "Safeguard £40k of grant income by renewing both council contracts by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Maintain the 4.8 Google rating through the winter.", "SMArT"),
    Case("Protect the budget.", "smArt"),
    Case("Protect", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + KEEPING_SPECIFIC

# A place in a named body ("be on the NMC register", "be in the England under-18 squad") is held
# or not, like a role: S reads it as M does, one check for both.
NAMED_MEMBERSHIP = (
    Case(
        "I plan to be on the Gas Safe register by April 2027 so I can take boiler jobs myself "
        "instead of subbing them out.",
        "SMART",
    ),
    Case("Be on the NMC register by September.", "SMArT"),
    Case("Be in the England under-18 squad by 2028.", "SMArT"),
    Case("I want to be on the Law Society's accredited mediator panel next year.", "SMArT"),
    Case("Be on the Wiltshire council approved supplier list by the end of Q2.", "SMArT"),
    Case("Be in the Royal Ballet corps de ballet within 3 years.", "SMArT"),
    Case("Be in a better place.", "smArt"),
    Case("Be on time for every shift.", "smArT"),
    Case("Be in the office by 8am every day.", "SMArT"),
    Case("Be in a good place by Christmas.", "smArT"),
    Case("Be on top of my inbox.", "smArt"),
    # the shortest texts
    Case("Be on the register", "smArt"),
    Case("Be on", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + NAMED_MEMBERSHIP

# A target the object only says exists ("hit my targets", "meet our KPIs") leaves how much it
# asks unsaid: reaching it is nothing to check. A figure says how much; a name or a period says
# which target on record is meant; a verb that writes or sets the target yields it once.
UNSAID_TARGET = (
    Case("Meet my fundraising targets.", "SmArt"),
    Case("I want to hit all my KPIs on the ward this year.", "SmArT"),
    Case("Smash our sales quota in the northern region.", "SmArt"),
    Case("Achieve my goals at the practice by the end of 2027.", "SmArT"),
    Case("Reach the team's objectives by Q2.", "SmArT"),
    Case("Beat my targets in the new territory.", "SmArt"),
    Case("Exceed my billable-hours target this quarter.", "SMArT"),
    Case("Meet my monthly fundraising targets.", "SMArt"),
    Case("Surpass our donation goals.", "SmArt"),
    Case("hit numbers", "smArt"),
    Case("MEET KPIS", "smArt"),
    Case("Nail my quota every month.", "SMArT"),
    Case("Hit 110% of my quota by June 2027.", "SMArT"),
    Case("Meet the target of 40 home visits a week.", "SMArT"),
    Case("Achieve my goal of 12 published reviews in 2027.", "SMArT"),
    Case("Reach my 10,000-step goal every day.", "SMArT"),
    Case("Exceed the Gift Aid target set by the Trustees by March.", "SMArT"),
    Case("Write my team's objectives for 2027 by 15 January.", "SMArT"),
    Case("Set OKRs for the support desk.", "SMArt"),
    Case("Agree my targets with my line manager by Friday.", "SMArT"),
    Case("Draft the quarterly KPIs for the warehouse.", "SMArt"),
    Case("Present my goals at the team away-day in March.", "SMArT"),
    # the shortest texts
    Case("Meet targets", "smArt"),
    Case("Hit", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + UNSAID_TARGET

# A figure told as what was is the starting point, not the target: one in a later clause that
# opens with a verb in the past ("...; had 14 last winter", "- lost £900 of stock"), or one a
# clause in the past right after it describes ("the 52 seconds I managed"). The level that was,
# taken as what the action acts on ("beat the 42 we served"), is the one to reach.
PAST_FIGURES = (
    Case("Run more toddler sessions, like the 6 a week we ran in 2025.", "smArt"),
    Case("Cut call-outs to the boiler; had 14 last winter.", "smArt"),
    Case("Improve my lap times, like the 52 seconds I managed at Brands Hatch.", "smArt"),
    Case("Plant more trees than the 200 we planted in 2025.", "smArt"),
    Case("Lower our food waste; threw away 60 kg last month.", "smArt"),
    Case("Reorganise the stock room – lost £900 of stock to damage last year.", "SMArt"),
    Case("Write up the audit, like the 7 I did in 2024.", "SMArt"),
    Case("Plant 250 trees by March, more than the 200 we planted in 2025.", "SMArT"),
    Case("Sell 40 cakes at the fair; we sold 25 last time.", "SMArT"),
    Case("Answer 95% of calls within 3 rings; managed 88% last month.", "SMArt"),
    Case("Recruit 12 new volunteers by June - lost 5 in the autumn.", "SMArT"),
    Case("Serve 50 covers a night, up from the 42 we served last Saturday.", "SMArT"),
    Case("Beat the 42 covers we served last Saturday.", "SMArt"),
    Case("Match the 9 referrals I got last spring.", "SMArt"),
    Case("Double the 6 a month I managed", "SMArT"),
    Case("Deliver the 30 food parcels we promised by Friday.", "SMArT"),
    Case("Sort the 400 files I inherited by the end of January.", "SMArT"),
    Case("Publish the 3 case studies I wrote last term by April.", "SMArT"),
    Case("Run the 10k I entered in under 50 minutes.", "SMArt"),
    Case("Checkout is slow. Speed it up.", "smArt"),
    # the shortest texts the look after the figure reaches
    Case("Run it; lost 5", "smArt"),
    Case("Beat the 42 we", "SMArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + PAST_FIGURES

# How often a thing is done measures it only when the thing is named: "something", "stuff" or
# "things" at a cadence counts nothing ("sketch something every Sunday"). A clause or a
# complement that says what it is ("something that works", "something from the Ottolenghi
# book") names it, and a count ("one portrait") is one.
FREQUENCY_OF_NOTHING = (
    Case("Sketch something in the park every Sunday.", "smArT"),
    Case("Bake something new for the café each week.", "smArT"),
    Case("Write something for the parish newsletter every month.", "smArT"),
    Case("Make stuff for the craft stall every weekend.", "smArT"),
    Case("Post things on the practice's Facebook page daily.", "smArT"),
    Case("Fix something on the allotment every Saturday.", "smArT"),
    Case("Learn something about the new EPR every shift.", "smArT"),
    Case("Cook something from the Ottolenghi book twice a week.", "SMArT"),
    Case("Demo something that works at every sprint review.", "sMArT"),
    Case("Sketch one portrait in the park every Sunday.", "SMArT"),
    Case("Bake a new loaf for the café each week.", "SMArT"),
    Case("Write 500 words for the newsletter every month.", "SMArT"),
    Case("Post on the practice's Facebook page daily.", "SMArT"),
    Case("Fix 2 things on the allotment every Saturday.", "SMArT"),
    Case("Cook a recipe from the Ottolenghi book twice a week.", "SMArT"),
    Case("Try something new.", "smArt"),
    Case("Do something every day", "smArT"),
    Case("Make something", "smArt"),
    # the shortest text the look after the vague noun reaches
    Case("something every week", "smArT"),
    Case("Sketch something", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + FREQUENCY_OF_NOTHING

# A number after "band" or "tier" names a grade ("band 6", "tier 2"), as one after "ward" or
# "level" does: no count. A grade after "be" or "become" ("be band 6 by June") is a role held,
# done or not.
GRADE_NAMES = (
    Case("I'm on band 5 in outpatients and want to be ready for band 6.", "smArt"),
    Case("Get comfortable leading the tier 2 support queue.", "smArt"),
    Case("Be ready for a band 7 role.", "smArt"),
    Case("I'm a tier 1 analyst hoping to understand tier 2 escalations.", "smArt"),
    Case("Support the band 3 healthcare assistants on nights.", "smArt"),
    Case("As a band 4 assistant practitioner, I want to feel confident on the ward.", "smArt"),
    Case("Get a band 6 post in the community team by June.", "SMArT"),
    Case("Move up to band 7 within 2 years.", "SMART"),
    Case("Apply for 3 band 6 posts by March.", "SMArT", numbers=(3,)),
    Case("Pass the tier 2 escalation exam by April.", "SMArT"),
    Case("Close 20 tier 1 tickets a day.", "SMArT"),
    Case("Reach tier 3 on the partner programme by the end of 2027.", "SMArT"),
    Case("Handle 15 band 5 rota requests a week.", "SMArT"),
    Case("Mentor two band 5 nurses through preceptorship this year.", "SMArT"),
    Case("Be band 6 by June.", "SMArT"),
    Case("Become tier 3", "SMArt"),
    Case("Be band 6 ready", "smArt"),
    Case("Become grade 7 by 2028.", "SMArT", "2028-12-31"),
    # a label that is no grade ("room 6", "gate 4") names no role to be
    Case("Be room 6 by June 2027.", "smArT", "2027-06-30"),
    # the shortest texts the look after the grade reaches
    Case("Be band 6", "SMArt"),
    Case("Be band", "smArt"),
    Case("band 7", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + GRADE_NAMES

# Starting an activity named by a noun in "-ing" ("begin the night-shift mentoring", "start my
# counselling training") begins it, as "start shadowing the rota" does: no result done once.
# Finishing it, passing its test or starting a thing that is made ("a collection point") is
# one.
ACTIVITY_BEGUN = (
    Case("Start my counselling training in March.", "SmArt"),
    Case("Begin the night-shift mentoring next month.", "SmArt"),
    Case("Start sign language coaching after Easter.", "SmArt"),
    Case("Start the Level 2 barbering training.", "SmArt"),
    Case("Begin the HGV training and pass the test by June.", "SMArT"),
    Case("Start a food bank collection point at the school by March.", "SMArT"),
    Case("Start 2 evenings of volunteering a week.", "SMArT"),
    Case("Complete my forklift training by 7 January.", "SMArT"),
    Case("Finish the counselling training this year.", "SMArT"),
    Case("Start a business.", "smArt"),
    # the shortest texts the look at the noun reaches
    Case("Start the training", "SmArt"),
    Case("Begin training", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + ACTIVITY_BEGUN

# The writer's own body in an idiom ("get my head around X", "find my feet") is no role and no
# result: "head" there is no head of anything. A head who is a role ("head of the science
# department", "head chef") still is one.
OWN_BODY_IDIOMS = (
    Case("Get my head around the new pension rules.", "smArt"),
    Case("Get my head around Revit by March.", "smArT"),
    Case("Find my feet in the new ward.", "smArt"),
    Case("Find my voice in team meetings.", "smArt"),
    Case("Put my mind to the grant bid.", "smArt"),
    Case("Become head of the science department.", "SMArt"),
    Case("Get a head of department role by 2028.", "SMArT"),
    Case("Become head chef by next year.", "SMArT"),
    Case("Pass the head of year interview.", "SMArt"),
    Case("Get my head teacher's sign-off on the trip plan.", "SMArt"),
    Case("Become our head of marketing by June 2028.", "SMArT", "2028-06-30"),
    # the shortest text the look after the body noun reaches
    Case("Get my head around", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + OWN_BODY_IDIOMS

# People give a rating when the words say they do: a word of their view after them ("customer
# satisfaction", "patients rate"), or "from"/"by" before them ("4.8/5 from guests"). Named only
# as what the goal concerns ("customer relationships", "patient handovers") they rate nothing,
# and a score out of 10 is then the writer's own.
RATED_BY_WHOM = (
    Case("Customer relationships: currently 6/10, aim for 9/10.", "smArt"),
    Case("Patient handovers: 5/10 now, 8/10 by March.", "smArT"),
    Case("Guest check-in: from a 6/10 to an 8/10 this season.", "smArT"),
    Case("User onboarding - 4/10 today, 7/10 by the autumn.", "smArT"),
    Case("Customer satisfaction from 7/10 to 9/10 by June.", "SMArT"),
    Case("Get customer satisfaction to 9/10 by June.", "SMArT"),
    Case("Get 4.8/5 from guests on Booking.com by August.", "SMArT"),
    Case("Patients rate the clinic 9/10 by March.", "SMArT"),
    Case("Raise our client feedback score to 4.5/5 this year.", "SMArT"),
    Case("Users give the app 4.5/5 by launch.", "SMArT"),
    Case("Get an 8/10 from the patient experience survey by May.", "SMArT"),
    # the shortest texts the look before and after the people's word reaches
    Case("9/10 from customers", "SMArt"),
    Case("Customer", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + RATED_BY_WHOM

# The field a move reaches names what the move acts on, as a role does: "move into sales" is
# specific as well as measurable, with or without words before it; an open field ("a new area")
# or a quality ("a better place") names nothing.
FIELDS_REACHED = (
    Case("After 10 years in lettings, move into sales.", "SMARt"),
    Case("Eventually I'd like to move into private banking.", "SMARt"),
    Case("Move into procurement by 2028.", "SMART"),
    Case("Switch into cyber security within 18 months.", "SMART"),
    Case("I want to transfer into community midwifery next year.", "SMArT"),
    Case("Transition to quantity surveying by 2029.", "SMART"),
    Case("Move into a better place.", "smARt"),
    Case("Move into a new role.", "sMARt"),
    # the shortest texts
    Case("Move into sales", "SMARt"),
    Case("Move into", "smARt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + FIELDS_REACHED

# A verb of rating whose object is the writer ("rate myself", "score my own ...") makes the
# writer the judge, as "self-rated" does: the score is no measure (`M006`). Others rating the
# work still measure it.
RATED_BY_THE_WRITER = (
    Case("Rate myself 8/10 on bedside manner by March.", "smArT"),
    Case("Score my own lesson planning at 4 out of 5 by June.", "SmArT"),
    Case("Each Friday, grade myself A to E on how I ran the handover.", "smArT"),
    Case("Get my customers to rate us 4.5/5 by June.", "SMArT"),
    Case("Have my mentor score my case notes 4/5 by April.", "SMArT"),
    # the shortest texts
    Case("Rate myself", "smArt"),
    Case("Score my own", "SmArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + RATED_BY_THE_WRITER

# "self-" and a participle of judging before what is judged and its figure ("self-rated
# confidence of 9/10") makes the writer the judge; "the self-assessed module" names a thing.
SELF_RATED_PARTICIPLE = (
    Case("Self-rated confidence of 9/10 in Excel pivot tables by March.", "SmArT", "2027-03-31"),
    Case("Reach a self-assessed fluency of 7/10 in Welsh by June.", "SmArT", "2027-06-30"),
    Case("Self-scored stress under 4 out of 10 by spring, via the wellbeing app.", "smArT"),
    Case("Complete the self-assessed module on manual handling by Friday.", "SMArT"),
    Case("Finish 3 self-assessed units of the food hygiene course by Friday.", "SMArT"),
    Case("Submit my self-assessment tax return by 31 January.", "SMArT", "2027-01-31"),
    # the shortest texts
    Case("self-rated 7", "smArt"),
    Case("Self-rated", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + SELF_RATED_PARTICIPLE

# "how many" and "how much" open a question whose answer is a count ("count how many come back",
# "record how many lambs we lose"): the count is what the goal finds, not a vague amount as "as
# many as possible" or "how many more" is.
HOW_MANY_ASKED = (
    Case(
        "Trial a loyalty card at the Saturday market for 8 weeks and count how many come back "
        "for a 2nd stamp",
        "SMArT",
        "2027-01-20",
    ),
    Case("Track how many patients miss their second dose.", "SMArt"),
    Case("Log how many callers hang up before we answer, every day for a month.", "SMArT"),
    Case("Ask the parents how many of them would use a breakfast club.", "SMArt"),
    Case("Survey the tenants on how many repairs are still open.", "SMArt"),
    Case("Record how many lambs we lose at birth this spring.", "SMArT", "2027-05-31"),
    Case("Write down how many hours I actually spend on admin each week.", "SMArT"),
    Case("Count how much waste we send to landfill each week.", "SMArT"),
    Case("Measure how much diesel the generators burn per shift.", "SMArT"),
    Case("Keep track of how many referrals come from the GP surgery each month.", "SMArT"),
    # an amount wanted, not asked, stays vague
    Case("Sell as many tickets as possible for the gala.", "smArt"),
    Case("Get as much experience as I can.", "smArt"),
    Case("Do as much overtime as possible this month.", "smArT", "2026-11-30"),
    Case("See how many more clients I can take on.", "smArt"),
    Case("Find out how much more I could charge.", "smArt"),
    # the shortest texts
    Case("Count how many", "smArt"),
    Case("how many", "smArt"),
    Case("How much", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + HOW_MANY_ASKED

# A clock time between a determiner and a noun, or before a meeting word, names a fixture ("the
# 10am ward round", "our Thursday 4pm catch-up"): it says which one, not how much. A clock time
# that says when to act ("at 7am every weekday", "by 3pm daily") still counts.
CLOCK_NAMES = (
    Case("Be more engaged in our Thursday 4pm catch-up.", "smArt"),
    Case("Work on the 10am ward round.", "smArt"),
    Case("Improve my notes from the 11 am clinic.", "smArt"),
    Case("Get more out of the 8.30 huddle.", "smArt"),
    Case("Help with the 6pm bar rush.", "smArt"),
    Case("Focus on the 5am bread bake.", "smArt"),
    Case("Support the Friday 2pm all-hands.", "smArt"),
    Case("Be better prepared for their 9am calls.", "smArt"),
    Case("Look into the 12pm lunch queue in the canteen.", "smArt"),
    Case("Engage with the 7am shift more.", "smArt"),
    Case("Get better at chairing 10am meetings.", "smArt"),
    Case("Run the 8am stand-up in under 10 minutes.", "SMArt"),
    Case("Cut the 9am queue to under 15 people by March.", "SMArT", "2027-03-31"),
    Case("Open the shop at 7am every weekday.", "SMArT"),
    Case("Be at the depot by 5:30 each morning.", "SMArT"),
    Case("Post on LinkedIn at 8am twice a week.", "SMArT"),
    Case("Get the lab results out by 3pm daily.", "SMArT"),
    Case("Turn off screens at 9pm on weeknights.", "SMArT"),
    Case("Arrive at 8:45 sharp for all 5 shifts next week.", "SMArT"),
    Case("Lead 3 of the 8am stand-ups this month.", "SMArT", "2026-11-30"),
    Case("Send the daily sales report at 5pm each day.", "SMArT"),
    # the shortest texts: nothing before the time or after it, a day just after the start
    Case("9am meetings", "smArt"),
    Case("Be at work by 9am", "SMArT", "2026-11-25"),
    Case("the Monday 9am meetings", "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + CLOCK_NAMES

# A number that says which one, not how many, is no measure: after "#" or "no." at the end of its
# phrase, written with a leading zero or in a run of digit groups (a phone or account number),
# or after a lower-case noun that a preposition or determiner opens ("at extension 2280").
NUMBERED_ITEMS = (
    Case("Get more comfortable with the fault log on ticket #88213.", "smArt"),
    Case("Follow up better on order no. 5521.", "smArt"),
    Case("Help out with the enquiries line on 0345 600 1234.", "smArt"),
    Case("Be more responsive on the helpdesk at extension 2280.", "smArt"),
    Case("Look into complaint #407 from the café.", "smArt"),
    Case("Improve how we staff the till at checkout 9.", "smArt"),
    Case("Be more visible to patients in bay 4.", "smArt"),
    Case("Work on the returns process at dock 6.", "smArt"),
    Case("Engage with the tenants' group about flat 17.", "smArt"),
    Case("Be friendlier on the switchboard (020 7946 0958).", "smArt"),
    Case("Focus on the backlog in queue 3, then the rest.", "smArt"),
    Case("Get a handle on invoice 30112.", "smArt"),
    # a rank, a count beside the number, or a number that counts the noun after it
    Case("Be the #1 seller in the region by December.", "SMArT", "2026-12-31"),
    Case("Close ticket #88213 and 4 other faults by Friday.", "SMArT", "2026-11-27"),
    Case("Answer 90% of calls on extension 2280 within 3 rings.", "SMArt"),
    Case("Clear the 35 parcels waiting at dock 6 by noon.", "SMArT", "2026-11-25"),
    Case("Reply to 20 enquiries on 0345 600 1234 every day.", "SMArT"),
    Case("Move 3 of the nurses in bay 4 to days by January.", "SMArT", "2027-01-31"),
    Case("Finish level 3 of the course by June.", "SMArT", "2027-06-30"),
    Case("Get to 2 complaints a month at checkout 9.", "SMArT"),
    Case("Cut returns at dock 6 by 30% this quarter.", "SMArT", "2026-12-31"),
    # the shortest texts: nothing before the mark, the noun or the digits, nothing after them
    Case("#4", "smArt"),
    Case("no. 5", "smArt"),
    Case("in bay 4", "smArt"),
    Case("0800", "smArt"),
    Case("44 20 7946", "smArt"),
    # groups of three after the first are thousands: a count
    Case("Reach 10 000 000 views on the channel by 2028.", "SMArT", "2028-12-31"),
)
MEASURABLE_CASES = MEASURABLE_CASES + NUMBERED_ITEMS

# A figure in words in quotes that end in a question mark is a question someone put, not the
# result wanted; a target stated outside the quotes, or a title in quotes, still counts.
QUOTED_QUESTIONS = (
    Case("Reflect on the question 'could I lead a team of 8?' before my review.", "smArT"),
    Case('Think about what my mentor asked: "Why not aim for 20 clients?"', "smArt"),
    Case('Keep asking "what would 3 more hires change?" in planning.', "smArt"),
    Case('Consider my coach\'s "Could you run 10k?" challenge.', "smArt"),
    Case('Ponder "is 40 hours a week enough?" over the holidays.', "smArt"),
    Case('Explore the idea in "Can we double sign-ups?" with the team.', "smArt"),
    Case(
        'Answer the board\'s "Can we grow 15%?" with a written plan by March.',
        "SMArT",
        "2027-03-31",
    ),
    Case('Run the "5 a day" campaign in 3 schools by May.', "SMArT", "2027-05-31"),
    Case('Read "7 Habits" and 2 other books by March.', "SMArT", "2027-03-31"),
    Case(
        'Get 20 clients, as in "Why not aim for 20 clients?", by the summer.',
        "SMArT",
        "2027-08-31",
    ),
    Case('Sell 50 copies of "Is 30 Too Late?" at the fair.', "SMArT"),
    Case('Reply "yes" to 5 speaking invitations this year.', "SMArT", "2026-12-31"),
    Case('Post "Ask me anything?" threads 2 times a month.', "SMArT"),
    Case('Reach 15% growth by next year; the board asked "can we?"', "SMArT", "2027-12-31"),
    # the shortest text: the quotes open the text and close it
    Case('"10?"', "smArt"),
)
MEASURABLE_CASES = MEASURABLE_CASES + QUOTED_QUESTIONS
