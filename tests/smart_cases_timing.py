"""A batch of goal statements on time and reach, labelled by the documented rules before the
evaluator read them.

Same notation as ``smart_cases`` (verdict letters, ``deadline``), read on the same ``AS_OF`` (a
Wednesday). The shapes: dates in every common form, the ends of periods with and without "the",
fiscal and academic periods, deadlines tied to an event whose date the text omits, clock
deadlines and the end of a working day, windows counted from each occurrence of an event,
cadences, a start with no end, figures that name a thing rather than a time; then scopes out of
reach (a rate no process runs at, a climb from a junior role to the top, a feat from a novice
start, an absolute) beside big goals that are fine. The fields: nursing, teaching, trades,
farming, charities, hospitality, logistics, law, research, sport and retail.

Whether a goal is time-bound and which date it ends are separate answers: ``UNDATED`` goals
are time-bound with no date a reader can resolve ("before my next appraisal", "by the end of
the academic year", a cadence), ``UNTIMED`` goals are not time-bound at all, so neither has a
deadline. A dated case gives its deadline; a case whose end date careful readers would resolve
differently ("by mid-February", "by next Friday") gives none and its deadline is not checked.
"""

from __future__ import annotations

from smart_cases import Case

DATED = (
    Case("Submit the grant report to the Wellcome panel by 14 Jan 2027.", "SMArT", "2027-01-14"),
    Case("File the quarterly VAT return for the bakery by 7th February.", "SMArT", "2027-02-07"),
    Case("Complete the IOSH Managing Safely course by Feb 12th, 2027.", "SMArT", "2027-02-12"),
    Case("Finish the ward's medicines audit by 2027-01-20.", "SMArT", "2027-01-20"),
    Case("Hand in my dissertation draft on 03.03.2027.", "SMArT", "2027-03-03"),
    Case("Deadline 19/02/2027 - submit three tender bids to the council.", "SMArT", "2027-02-19"),
    Case("Book the venue for the charity gala no later than January 22.", "SMArT", "2027-01-22"),
    Case("Publish the spring menu costings on or before 5 March.", "SMArT", "2027-03-05"),
    Case("Complete 30 hours of CPD before 1st April.", "SMArT", "2027-04-01"),
    Case("Get my forklift licence renewed by the 15th.", "SMArT", "2026-12-15"),
    Case("Raise £5,000 for the hospice appeal by end of year.", "SMArT", "2026-12-31"),
    Case("Sign 3 new wholesale accounts before month end.", "SMArT", "2026-11-30"),
    Case(
        "Close out all open snag items on the Elm Road site by quarter-end.", "SMArT", "2026-12-31"
    ),
    Case("Get the warehouse racking inspected by end of Jan.", "SMArT", "2027-01-31"),
    Case(
        "Finish the bathroom refit for the Hendersons by close of play Friday.",
        "SMArT",
        "2026-11-27",
    ),
    Case("Send the revised quote to the client EOD tomorrow.", "SMArT", "2026-11-26"),
    Case("Reconcile the Stripe payouts by EOM.", "SMArT", "2026-11-30"),
    Case("Wrap up the vendor security reviews by the close of Q1.", "SMArT", "2027-03-31"),
    Case("Get the payroll file to finance by 11am.", "SMArT", "2026-11-25"),
    Case("Submit the tender documents by noon on Friday.", "SMArT", "2026-11-27"),
    Case("Lock the till reports by 6 pm on 31 December.", "SMArT", "2026-12-31"),
    Case("Finish the audit report by COB Thursday.", "SMArT", "2026-11-26"),
    Case("Get the pitch deck to our investors by 9 a.m. Monday.", "SMArT", "2026-11-30"),
    Case("Submit the PhD progression report by Friday 22 January.", "SMArT", "2027-01-22"),
    Case("Deliver the fire drill training on Tues 8 Dec.", "SMArT", "2026-12-08"),
    Case("Get through the 40 overdue appraisals by the 1st of Feb.", "SMArT", "2027-02-01"),
    Case("Rewire the east wing of the care home by the 20th of next month.", "SMArT", "2026-12-20"),
    Case("Have 5 new corporate sponsors on board by Q3.", "SMArT", "2027-09-30"),
    Case("Get my HGV Class 1 licence by the end of the year after next.", "SMArT", "2028-12-31"),
    Case("Finish grading the mock exams by Monday week.", "SMArT", "2026-12-07"),
    Case("Attend 10 Toastmasters meetings between now and Easter.", "SMArT", "2027-03-28"),
    Case(
        "Shadow the theatre team for three sessions between January and March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Sign up 30 new members by the AGM in March.", "SMArT", "2027-03-31"),
    Case("Complete my NVQ Level 3 portfolio by the end of next month.", "SMArT", "2026-12-31"),
    Case("Repaint the community hall this coming spring.", "SMArT", "2027-05-31"),
    Case("Move our CRM to HubSpot by the end of the first quarter of 2027.", "SMArT", "2027-03-31"),
    Case("Run the Brighton half marathon in April.", "SMArT", "2027-04-30"),
    Case(
        "Within the next 10 weeks, recruit 25 volunteers for the food bank.", "SMArT", "2027-02-03"
    ),
    Case("Lay 200 metres of hedging over the coming six weeks.", "SMArT", "2027-01-06"),
    Case("Get signed off on the new autoclave in the next fortnight.", "SMArT", "2026-12-09"),
    Case("Visit all 18 partner farms in a quarter.", "SMArT", "2027-02-25"),
    Case(
        "Over the next 90 days, shorten average ambulance handover from 40 to 25 minutes.",
        "SMArT",
        "2027-02-23",
    ),
    Case("Complete the ILM Level 5 diploma inside 8 months.", "SMArT", "2027-07-25"),
    Case("Get 50 Google reviews for the salon in under two months.", "SMArT", "2027-01-25"),
    Case("Complete the Level 2 food hygiene course in the next 48 hours.", "SMArT", "2026-11-27"),
    Case("KR2: 25 new volunteers recruited by 31 Jan", "SMArT", "2027-01-31"),
    Case("Complete NEBOSH General Certificate By End Of Q2", "SMArT", "2027-06-30"),
    Case("renew dbs check before jan 15", "SMArT", "2027-01-15"),
    Case(
        "Tom will complete his forklift refresher by the 18th of December.", "SMArT", "2026-12-18"
    ),
    Case(
        "What: run a bake sale for the hospice. When: Saturday 12 December. Target: £400.",
        "SMArT",
        "2026-12-12",
    ),
    Case(
        "Aim: reduce falls on Ward 3 from 8 to 4 a month by Easter.",
        "SMArT",
        "2027-03-28",
    ),
    Case(
        "By the end of February, I will have mentored two new health visitors through their "
        "first caseload review so that they can run reviews on their own.",
        "SMART",
        "2027-02-28",
    ),
    Case(
        "I'd like to try to get all 12 stalls at the Christmas market booked by 4 December.",
        "SMArT",
        "2026-12-04",
    ),
    Case("Have zero needle-stick injuries on the ward in January.", "SMArT", "2027-01-31"),
    Case("Attend every weekly team huddle until the end of March.", "SMArT", "2027-03-31"),
    # A time after "the" or "my" with no window word is what is done, not the window.
    Case("Bank my 20 days of annual leave by 31 December.", "SMArT", "2026-12-31"),
    Case("Finish the 30 days of dry-dock supervision by June.", "SMArT", "2027-06-30"),
    Case("Work off the 12 hours of lieu time I owe by next Friday.", "SMArT", "2026-12-04"),
)

# Time-bound, with no date a reader can resolve: an event's date, a school's or a firm's
# calendar, a cadence with no end.
UNDATED = (
    Case("Cut food waste in the school canteen by 20% by end of term.", "SMArT"),
    Case("Onboard 12 new foster carers by end of the financial year.", "SMArT"),
    Case("Reach 85% attendance across Year 10 by the end of the academic year.", "SMArT"),
    Case("Bring debtor days down from 62 to 45 by the close of FY2027.", "SMArT"),
    Case("Publish two peer-reviewed papers during the next academic year.", "SMArT"),
    Case("Hit £1.2m in renewals in the second half of the fiscal year.", "SMArT"),
    Case("By the end of this school year, run 6 parent workshops on phonics.", "SMArT"),
    Case("Complete the mentorship programme by the end of semester two.", "SMArT"),
    Case("Prior to my next appraisal, collect written feedback from five colleagues.", "SMArT"),
    Case("Before the Ofsted visit, get all 14 classroom displays updated.", "SMArT"),
    Case("Finish the fire-warden training ahead of the office move.", "SMArT"),
    Case("Draft the new safeguarding policy in time for the trustees' meeting.", "SMArT"),
    Case("Pass the driving theory test before my practical exam.", "SMArT"),
    Case("Get the barn roof repaired before lambing season.", "SMArT"),
    Case("Upon my return from leave, meet each of my 8 direct reports within two weeks.", "SMArT"),
    Case(
        "Within 24 hours of every site inspection, upload the photos to the shared drive.", "SMArT"
    ),
    Case("Call each new donor within 3 days of their first gift.", "SMArT"),
    Case("Debrief the crew within an hour of each shift ending.", "SMArT"),
    Case("Submit 3 conference abstracts by the ASCO deadline.", "SMArT"),
    Case("Have the grant application signed off a week before the funder's deadline.", "SMArT"),
    Case("Train 4 new baristas by the time the second shop opens.", "SMArT"),
    Case("Rebuild the stock-take spreadsheet over the Christmas break.", "SMArT"),
    Case("Put together the Year 7 induction pack during half term.", "SMArT"),
    Case("Complete 200 hours of supervised practice by graduation.", "SMArT"),
    Case(
        "In my first 100 days in post, meet every head of department one to one.",
        "SMArT",
    ),
    Case(
        "I'd really like to try and get my driving test passed before the summer holidays.",
        "SMArT",
    ),
    Case("Have the theatre lists printed by 7:30 each morning.", "SMArT"),
    Case("Run a toolbox talk with the site crew every Monday at 7am.", "SMArT"),
    Case("Post two job adverts on the careers page fortnightly.", "SMArT"),
    Case("Ring three lapsed members each weekday.", "SMArT"),
    Case("Check the fridge temperatures twice per shift.", "SMArT"),
    Case("Meet my mentor on the first Tuesday of every month.", "SMArT"),
    Case("Audit 10 care plans per quarter.", "SMArT"),
    Case("Swim 1km three mornings a week.", "SMArT"),
    Case("Send the board a one-page cash update biweekly.", "SMArT"),
    Case("Hold a 15-minute huddle at every shift change.", "SMArT"),
    Case("Review the incident log at the end of each month.", "SMArT"),
    Case("Phone my three most at-risk tenants every other week.", "SMArT"),
    Case("Publish a short video tip on the clinic's Instagram 3x a week.", "SMArT"),
    Case("Run a stock count on the first Friday of each month.", "SMArT"),
    Case("Walk 8,000 steps daily.", "SMArT"),
    Case("Observe one colleague's lesson per half term.", "SMArT"),
    Case("Do a safety walk of the yard on alternate Thursdays.", "SMArT"),
    Case("Beginning 4 January, log my billable hours in Clio every day.", "SMArT"),
    Case("Answer every customer email within one working day.", "SMArT"),
    Case("Become a team leader within 18 months of joining as a call-centre agent.", "SMArT"),
    Case("Be promoted to nurse manager within 2 years of qualifying.", "SMArT"),
    Case("Handle 40 support tickets a day.", "SMArT"),
    Case("Teach 35 piano lessons a week.", "SMArT"),
)

# Not time-bound: a start alone, a vague time, and durations, ages and years that name a thing.
UNTIMED = (
    Case("Starting in February, mentor a new graduate nurse.", "SmArt"),
    Case("Get the staff room fridge cleaned out at some point.", "SMArt"),
    Case("Renew my first-aid certificate when I get a chance.", "SMArt"),
    Case("Update the lone-working risk assessment ASAP.", "SMArt"),
    Case("Follow up with the 12 lapsed donors going forward.", "SMArt"),
    Case("Cut average patient wait in A&E from 4 hours to 3 hours.", "SMArt"),
    Case("Reduce the 30-day readmission rate on Ward 5 to under 8%.", "SMArt"),
    Case("Cut the average time to answer calls at the practice from 90 to 30 seconds.", "SMArt"),
    Case("Deliver a 90-minute workshop on budgeting for new tenants.", "SMArt"),
    Case("Write up the 2025 annual impact report.", "SMArt"),
    Case("Compile the May 2026 incident stats for the board.", "SMArt"),
    Case("Build a 12-week strength plan for my clients.", "SMArt"),
    Case("Draft the five-year strategy for the trust.", "SMArt"),
    Case("Report on the 2026 harvest yields to the co-op board.", "SMArt"),
    Case("Pass the BSL Level 2 exam someday so I can sign with deaf patients.", "SMARt"),
)

# Time-bound, with an end careful readers would date differently.
ARGUABLE_DATE = (
    Case("Have the new rota signed off by mid-February.", "SMArT"),
    Case("Clear the 60 overdue maintenance tickets by end of next week.", "SMArT"),
    Case("Post the weekly rota EOW.", "SMArT"),
    Case("Launch the volunteer app by the start of Q2 2027.", "SMArT"),
    Case("Have the new POS system live before the Christmas rush.", "SMArT"),
    Case("Clear the backlog of 300 unscanned patient letters this side of Christmas.", "SMArT"),
    Case("Finish planting the orchard before the new year.", "SMArT"),
    Case("Hire two apprentice electricians by late spring.", "SMArT"),
    Case("Apply for 20 graduate schemes before Christmas.", "SMArT"),
    Case("Finalise the annual fundraising plan by the first week of January.", "SMArT"),
    Case("Finish the kitchen extension for the Patels two weeks from Friday.", "SMArT"),
)

# Out of reach, shown by the text itself.
BEYOND = (
    Case("Get promoted from junior analyst to CFO within 6 months.", "SMarT", "2027-05-25"),
    Case("Become head of nursing by next spring - I qualified as a nurse in September.", "SMarT"),
    Case("Lose 25 kg by December 20.", "SMarT", "2026-12-20"),
    Case("Cut staff turnover by 90% next month.", "SMarT", "2026-12-31"),
    Case("Grow the charity's donor base from 200 to 20,000 in six weeks.", "SMarT", "2027-01-06"),
    Case(
        "Run an ultramarathon this Saturday, having never run more than 5k.", "SMarT", "2026-11-28"
    ),
    Case("Get 15 peer-reviewed papers accepted this month.", "SMarT", "2026-11-30"),
    Case("Learn to fly and get my commercial pilot licence by January.", "SMarT", "2027-01-31"),
    Case(
        "Make $1M in profit from my new dog-walking side hustle within 3 months.",
        "SMarT",
        "2027-02-25",
    ),
    Case("Open 50 new branches of the café by the end of December.", "SMarT", "2026-12-31"),
    Case("Translate the entire 900-page handbook into French by tomorrow.", "SMarT", "2026-11-26"),
    Case("Visit every one of our 3,000 customers in person this week.", "SMarT", "2026-11-29"),
    Case("Make partner at the firm within 12 months of qualifying as a solicitor.", "SMarT"),
    Case("Become a Michelin-starred chef by summer; I start culinary school in January.", "SMarT"),
    Case(
        "Pass the HSK 6 Mandarin exam within eight weeks, starting from zero.",
        "SMarT",
        "2027-01-20",
    ),
    Case("Never miss a single medication round, ever.", "SMart"),
    Case("Win every tender we bid for in 2027.", "SMarT", "2027-12-31"),
    Case("Have 100% of customers rate us 5 stars forever.", "SMart"),
    Case("Achieve zero sick days across the 200-person depot this winter.", "SMarT", "2027-02-28"),
    Case("Go from kitchen porter to executive chef by next summer.", "SMarT", "2027-08-31"),
    Case("Climb Everest in May; I've never hiked above 1,000 m.", "SMarT", "2027-05-31"),
    Case(
        "Win an Olympic gold in the 100m in 2028; I took up sprinting last month.",
        "SMarT",
        "2028-12-31",
    ),
    Case("Write and self-publish a 60,000-word novel this weekend.", "SMarT", "2026-11-29"),
    Case("Knit 500 hats for the neonatal unit by Friday.", "SMarT", "2026-11-27"),
    Case("Get all 28 pupils in my GCSE class to a grade 9 in the summer exams.", "SMarT"),
    Case("Reduce our carbon emissions by 95% in the next 4 weeks.", "SMarT", "2026-12-23"),
    Case(
        "Triple the clinic's patient list from 2,000 to 6,000 in a fortnight.",
        "SMarT",
        "2026-12-09",
    ),
    Case(
        "Become a Fellow of the Royal College of Surgeons by Easter; I'm a first-year medical "
        "student.",
        "SMarT",
        "2027-03-28",
    ),
    Case("Become chief nursing officer within 2 years of qualifying.", "SMarT"),
    Case("Handle 400 support tickets a day on my own.", "SMarT"),
    Case("Bake 2,000 loaves single-handed before 7am tomorrow.", "SMarT", "2026-11-26"),
    Case("Pay off my £30,000 student loan by next month on a £24k salary.", "SMarT", "2026-12-31"),
    Case(
        "Go from not being able to swim to lifeguard-qualified in 10 days.", "SMarT", "2026-12-05"
    ),
    Case(
        "Cut the surgical waiting list from 18 months to zero by Christmas.", "SMarT", "2026-12-25"
    ),
)

# Big, but not shown out of reach.
WITHIN = (
    Case(
        "Get promoted from senior associate to manager by this time next year.",
        "SMArT",
        "2027-11-25",
    ),
    Case("Lose 4 kg before my brother's wedding in March.", "SMArT", "2027-03-31"),
    Case(
        "Run my first marathon in October after a year of building up from 5k.",
        "SMArT",
        "2027-10-31",
    ),
    Case(
        "Raise our Net Promoter Score from 20 to 35 in the next twelve months.",
        "SMArT",
        "2027-11-25",
    ),
    Case(
        "Double our monthly volunteer hours from 300 to 600 by the end of 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case("Read 12 books in 2027.", "SMArT", "2027-12-31"),
    Case(
        "Cut our electricity use by 10% within a month by switching off idle machines overnight.",
        "SMArT",
        "2026-12-25",
    ),
    Case(
        "Complete a 5k parkrun in under 30 minutes by March, starting from the couch.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Pass all four ACCA Applied Skills exams in the March 2027 sitting.", "SMArT", "2027-03-31"
    ),
    Case("Hire 6 care assistants for the night shift within 8 weeks.", "SMArT", "2027-01-20"),
    Case("Sell 1,000 raffle tickets for the PTA fair by 12 December.", "SMArT", "2026-12-12"),
    Case(
        "Get 100% of staff through the fire safety e-learning by 31 January.", "SMArT", "2027-01-31"
    ),
    Case("Reach director level within 10 years.", "SMArT", "2036-11-25"),
    Case(
        "Make head chef at the restaurant within two months - I'm currently the sous chef.",
        "SMArT",
        "2027-01-25",
    ),
    Case(
        "Grow my newsletter from 300 to 3,000 subscribers over the next year.",
        "SMArT",
        "2027-11-25",
    ),
    Case("Save £3,000 by the end of 2027.", "SMArT", "2027-12-31"),
)

# A period inside a noun phrase says which thing is meant; it dates the goal only when the
# head is an occasion, a target or an undertaking, or a time preposition governs the phrase.
NAMED_BY_PERIOD = (
    Case("Proofread the Q3 2026 donor newsletter.", "SMArt"),
    Case("Archive the March 2026 timesheets.", "SMArt"),
    Case("Summarise the 2026 staff survey results for the trustees.", "SMArt"),
    Case("Write the annual safeguarding report for the governors.", "SMArt"),
    Case("Check the 2027 shift patterns against the new working-time rules.", "SMArt"),
    Case("Hit my Q1 quota.", "SMArT", "2027-03-31"),
    Case("Run the 2027 volunteer recruitment campaign.", "SMArT", "2027-12-31"),
    Case("Give a talk at the June 2027 regional conference.", "SMArT", "2027-06-30"),
    Case("Tile the shower room by the March 2027 handover.", "SMArT", "2027-03-31"),
)

# "in time for", "between now and", "in advance of" say "by" in three words.
COMPOUND_DEADLINES = (
    Case("Have the risk assessment signed in time for Easter.", "SMArT", "2027-03-28"),
    Case("Log 15 flying hours between now and the end of January.", "SMArT", "2027-01-31"),
    Case("Interview 8 tenants between now and Christmas.", "SMArT", "2026-12-25"),
)
# The same, before an occasion with no date: time-bound, no deadline.
COMPOUND_UNDATED = (
    Case("Print 200 programmes in time for the carol concert.", "SMArT"),
    Case("Get the marquee booked in advance of the village fete.", "SMArT"),
    Case("Re-certify all 30 fire doors in advance of the insurer's inspection.", "SMArT"),
    Case("Rehearse the handover talk twice in time for the governors' meeting.", "SMArT"),
)
UNDATED = UNDATED + COMPOUND_UNDATED
# "prior to", "ahead of" a day end the goal the day before it, whether the day is a date or a
# holiday; so does "before" a holiday, a weekday or a dated occasion.
BEFORE_A_DAY = (
    Case("Sew 12 nativity costumes before Christmas Eve.", "SMArT", "2026-12-23"),
    Case("Dig over the 3 allotment beds before Easter.", "SMArT", "2027-03-27"),
    Case("File my self-assessment tax return ahead of New Year's Day.", "SMArT", "2026-12-31"),
    Case("Submit the planning bid ahead of 1 March.", "SMArT", "2027-02-28"),
    Case("Ship 300 hand-poured candles before Christmas.", "SMArT", "2026-12-24"),
    Case("Re-grout the pool changing rooms in advance of 12 January.", "SMArT", "2027-01-11"),
)
# "before" a day of the month written in figures names the due date itself, the last day the
# work may be done on; a day that dates an occasion ("the 3 March launch") ends the day before.
BEFORE_A_NAMED_DAY = (
    Case(
        "Before 1 May, our nurses will complete the sepsis refresher module.", "SMArT", "2027-05-01"
    ),
    Case(
        "The roof survey must be signed off before 14 February by the site engineer.",
        "SMArT",
        "2027-02-14",
    ),
    Case(
        "We'll recruit 12 foster carers before 30 September so the waiting list shrinks.",
        "SMART",
        "2027-09-30",
    ),
    Case("Complete 30 CPD hours before Dec 31st.", "SMArT", "2026-12-31"),
    Case("Publish the 4 case studies before the 15 Jan 2027 deadline.", "SMArT", "2027-01-15"),
    Case("Tidy up the seed bank inventory before 1st Nov.", "smArT", "2027-11-01"),
    Case("Reach 500 newsletter subscribers before 1 January.", "SMArT", "2027-01-01"),
    Case("Hand in the 3 lab write-ups before 30/06/2027.", "SMArT", "2027-06-30"),
    Case("Sell 200 gala tickets before 9 June 2027 and bank the takings.", "SMArT", "2027-06-09"),
    Case("finish the loft conversion b4 march 31", "SMArT", "2027-03-31"),
    Case("Submit the grant report before the 1 April board meeting.", "SMArT", "2027-03-31"),
    Case(
        "Before the March 3 launch, train all 8 support agents on the refunds flow.",
        "SMArT",
        "2027-03-02",
    ),
    Case("Run 5 usability tests before the Feb 10 sprint review.", "SMArT", "2027-02-09"),
    Case("Finish the stock audit before Friday.", "SMArT", "2026-11-26"),
    Case("Before 3 March", "smArT", "2027-03-03"),
    Case("before the 3 March", "smArT", "2027-03-03"),
)

TD_CASES = DATED + UNDATED + UNTIMED + ARGUABLE_DATE + BEYOND + WITHIN + NAMED_BY_PERIOD
TD_CASES = TD_CASES + BEFORE_A_NAMED_DAY
# A rate told as how things are (a count said of now, or of someone else, and its frequency)
# says how often things happen today, not how often the goal is done: no cadence.
RATES_OF_NOW = (
    Case("Cut missed medication rounds (currently around 4 a week).", "smArt"),
    Case("Lower the no-show rate at the clinic (at present 9 a session).", "smArt"),
    Case("Reduce bounced cheques (presently 2 a week).", "smArt"),
    Case("Cut food waste in the canteen (currently about 30 kg a day).", "smArt"),
    Case("Right now I deliver 60 parcels a shift; work out a better loading order.", "smArt"),
    Case("I'm answering 200 emails a day so I want to set up better filters.", "SmARt"),
    Case("We lose about 3 spanners a month at the moment; tag every tool in the crib.", "SMArt"),
    Case("Label every returns bin - 15 returns/day is what the depot gets now.", "SMArt"),
    Case("Reorganise the returns shelf; 15 returns/day is what we take at the moment.", "SMArt"),
    Case("(currently 6 a month)", "smArt"),
    Case("We're losing 5 volunteers a month, so rewrite the induction pack.", "SMARt"),
)
# The goal's own rate, beside a figure of now or a group's size, still sets its cadence.
RATES_OF_THE_GOAL = (
    Case("Post 2 reels a week on the bakery's Instagram (currently 1 a month).", "SMArT"),
    Case("Call 10 lapsed donors a week; right now I call none.", "SMArT"),
    Case("Read 20 pages a day, up from about 5 at the moment.", "SMArT"),
    Case("Make 30 cold calls a day from now on.", "SMArT"),
    Case("Zoe - supervision with each of her 5 carers monthly.", "SMArT"),
    Case("Hold a 20-minute huddle with my 6 nurses every Monday.", "SMArT"),
    Case("Run 3 toolbox talks a month on the building site.", "SMArT"),
)
UNTIMED = UNTIMED + RATES_OF_NOW
# "having" and a verb opens a perfect participle, told of what is done: its date is history,
# not the goal's ("Having closed 12 deals in Q3 2026, ..."); "having" and an object is not.
PERFECT_PAST_UNTIMED = (
    Case("Having closed 12 deals in Q3 2026, I'd like to win bigger accounts.", "smArt"),
    Case("Having trained 40 new starters in 2024, write the induction handbook.", "SMArt"),
    Case("Having lost 6 kg in October 2026, I'd like to keep it off.", "smArt"),
    Case("having run", "SMArt"),
)
PERFECT_PAST_DATED = (
    Case("Having been a TA in 2025, apply for 10 teaching posts by March.", "SMArT", "2027-03-31"),
    Case("Having my review in January 2027, prepare 3 case studies.", "SMArT", "2027-01-31"),
    Case("Having 3 staff off in December 2026, cover the rota.", "SMArT", "2026-12-31"),
    Case("having", "smArt"),
)
UNTIMED = UNTIMED + PERFECT_PAST_UNTIMED
# A clock time with no day ("by 11pm") is a deadline today, unless the goal starts on a later
# day: then it is when, each day, what starts is done, and the start alone bounds nothing.
CLOCK_AFTER_A_START_UNTIMED = (
    Case("Starting in January, be at my desk by 8am.", "SMArt"),
    Case("From tomorrow, have the kids' lunches packed by 7am.", "SMArt"),
    Case("From next Monday, answer every email by 5pm.", "SMArt"),
    Case("Beginning 4 January, have the café open by 7am.", "SMArt"),
)
CLOCK_AFTER_A_START = (
    Case("Send the rota to all staff by 4pm.", "SMArT", "2026-11-25"),
    Case("Starting Monday, close the till by 6pm every day.", "SMArT"),
)
UNTIMED = UNTIMED + CLOCK_AFTER_A_START_UNTIMED
# A date that dates an occasion "after", "following" or "since" governs ("after the outage on
# 2 November", "following my appraisal in January") is the occasion's: the goal starts after
# it (or it has happened), and it is no deadline.
AFTER_AN_OCCASION_UNTIMED = (
    Case("Following my appraisal in January, shadow 3 senior buyers.", "SMArt"),
    Case("After the flood on 12 October, re-catalogue the 400 damaged books.", "SMArt"),
    Case("Since the merger in April, I want to map every duplicated process.", "SMArt"),
    Case("After my promotion in March, hire 2 junior analysts.", "SMArt"),
    Case("Meet all 14 new team members after the merger in June.", "SMArt"),
)
AFTER_AN_OCCASION_DATED = (
    Case(
        "After our relaunch in May, sign 20 new wholesale accounts by September.",
        "SMArT",
        "2027-09-30",
    ),
    Case("Book the venue after lunch on Friday.", "SMArT", "2026-11-27"),
    Case(
        "Submit the bid after the site visit on 9 December and before 20 December.",
        "SMArT",
        "2026-12-20",
    ),
    Case("after the fair on 3 May", "smArt"),
    Case("on 3 May", "smArT", "2027-05-03"),
)
UNTIMED = UNTIMED + AFTER_AN_OCCASION_UNTIMED
# "per" is "every": one word before a period or a cadence's noun says which kind ("per
# production cycle", "per clinic day"), as after "every"; a person or a thing after "per" is
# a share, not a cadence.
PER_A_KIND_OF_PERIOD = (
    Case("Keep salmon mortality below 10% per production cycle.", "SMArT"),
    Case("Log 2 near misses per project week.", "SMArT"),
    Case("Answer 40 calls per working day.", "SMArT"),
    Case("Keep sick leave under 2 days per school term.", "SMArT"),
    Case("Score 8/10 or more per training session.", "SMArT"),
    Case("per production cycle", "sMArT"),
)
PER_A_SHARE_UNTIMED = (
    Case("Make 3 calls per sales rep.", "SMArt"),
    Case("Raise £20 per team member.", "SMArt"),
    Case("per production", "smArt"),
    Case("per", "smArt"),
)
UNTIMED = UNTIMED + PER_A_SHARE_UNTIMED
# A cadence in the habit a goal gives up ("stop ...ing", "quit ...ing", "give up ...ing") is
# how often the habit recurs, not a schedule for the goal.
HABIT_GIVEN_UP_UNTIMED = (
    Case("Quit smoking after every meal.", "SMArt"),
    Case("Give up snacking each evening.", "SMArt"),
    Case("Avoid checking email every hour on weekends.", "SMArt"),
    Case("stop going every day", "SMArt"),
)
HABIT_KEPT = (
    Case("Keep running 3 times a week.", "SMArT"),
    Case("Stop by the ward every morning to check on the 4 new starters.", "SMArT"),
    Case("Stop answering calls after 6pm every day by January.", "SMArT", "2027-01-31"),
    Case("every day", "sMArT"),
)
UNTIMED = UNTIMED + HABIT_GIVEN_UP_UNTIMED
# "within the hour", "within the next hour" count from now in a one-off goal: it ends today.
# With "every" or "of" ("every call within the minute", "within the hour of receiving it")
# the hour is a standard each occurrence must meet: time-bound, no date.
WITHIN_THE_HOUR = (
    Case(
        "Have all 240 staff attest to the new code of conduct within the hour.",
        "SMArT",
        "2026-11-25",
    ),
    Case("Reply to the 3 complaints within the next hour.", "SMArT", "2026-11-25"),
    Case("Evacuate the 60 residents to the day centre within the hour.", "SMArT", "2026-11-25"),
    Case("within the next hour", "smArT", "2026-11-25"),
    Case("within the next", "smArt"),
)
WITHIN_THE_HOUR_EACH_TIME = (
    Case("Answer every 999 call within the minute.", "SMArT"),
    Case("Reply to every complaint within the hour of receiving it.", "SMArT"),
    Case("Call back the missed enquiry within the hour of it coming in.", "SMArT"),
)
UNDATED = UNDATED + WITHIN_THE_HOUR_EACH_TIME
# One part of a day or one weekend ("in one morning", "in one weekend") is a window of known
# length on a day the text does not give: time-bound, no deadline.
ONE_DAY_PART = (
    Case("Plant out the 60 leek seedlings in one morning.", "SMArT"),
    Case("Deep-clean the 4 holiday lets in one weekend.", "SMArT"),
    Case("Tag the 80 school coats in one night.", "SMArT"),
    Case("in one morning", "smArT"),
)
UNDATED = UNDATED + ONE_DAY_PART
# "on nights" is the night shift one works ("I'm on nights"), not how often: no cadence.
# "on weeknights" and a cadence beside it still recur.
ON_NIGHTS_UNTIMED = (
    Case("Keep the handover notes tidier on nights.", "smArt"),
    Case("Get the pick rate to 120 an hour on nights.", "SMArt"),
    Case("on nights", "smArt"),
)
ON_NIGHTS_RECUR = (
    Case("Do 2 fire-door checks a shift on nights.", "SMArT"),
    Case("Read 20 pages on weeknights.", "SMArT"),
    Case("Work nights twice a week.", "SMArT"),
)
UNTIMED = UNTIMED + ON_NIGHTS_UNTIMED
TD_CASES = TD_CASES + ON_NIGHTS_UNTIMED + ON_NIGHTS_RECUR
TD_CASES = TD_CASES + ONE_DAY_PART
TD_CASES = TD_CASES + WITHIN_THE_HOUR + WITHIN_THE_HOUR_EACH_TIME
TD_CASES = TD_CASES + HABIT_GIVEN_UP_UNTIMED + HABIT_KEPT
TD_CASES = TD_CASES + PER_A_KIND_OF_PERIOD + PER_A_SHARE_UNTIMED
TD_CASES = TD_CASES + AFTER_AN_OCCASION_UNTIMED + AFTER_AN_OCCASION_DATED
TD_CASES = TD_CASES + CLOCK_AFTER_A_START_UNTIMED + CLOCK_AFTER_A_START
TD_CASES = TD_CASES + PERFECT_PAST_UNTIMED + PERFECT_PAST_DATED
TD_CASES = TD_CASES + RATES_OF_NOW + RATES_OF_THE_GOAL
# More of the time grammar: a start said with "beginning" or "start", fiscal halves, clock
# times in any spelling, windows with an upper limit, hours from now, two periods on.
GRAMMAR_DATED = (
    Case("Send the rota to all staff by 4 p.m. Friday.", "SMArT", "2026-11-27"),
    Case("Lock up the pharmacy store by noon tomorrow.", "SMArT", "2026-11-26"),
    Case("Have the minutes circulated by midday Thursday.", "SMArT", "2026-11-26"),
    Case("Train 6 new lifeguards in less than 3 months.", "SMArT", "2027-02-25"),
    Case("Get the van through its MOT within no more than 2 weeks.", "SMArT", "2026-12-09"),
    Case("Finish the loft insulation at number 14 inside a fortnight.", "SMArT", "2026-12-09"),
    Case("Call back the 9 missed enquiries within the next 24 hours.", "SMArT", "2026-11-26"),
    Case("Sign off the 3 overdue timesheets in the next 2 hours.", "SMArT", "2026-11-25"),
    Case("Publish the parish magazine the month after next.", "SMArT", "2027-01-31"),
    Case("Pass my ACA exams by the end of the year after next.", "SMArT", "2028-12-31"),
    # A participle or an adjective in "-ed" in a purpose clause looks forward; its date counts.
    Case(
        "Practise Spanish every day to reach an advanced level by June 2027.", "SMART", "2027-06-30"
    ),
    Case(
        "Shadow the duty pharmacist twice a week so I am qualified to cover shifts by 1 March 2027.",
        "SMART",
        "2027-03-01",
    ),
    Case(
        "Log 20 flying hours a month to get rated for night flights by the end of August 2027.",
        "SMART",
        "2027-08-31",
    ),
    Case(
        "Revise two units a week so that I am fully prepared for the resits on 12 January 2027.",
        "SMART",
        "2027-01-12",
    ),
)
GRAMMAR_UNDATED = (
    Case("Start February: shadow the night manager twice a week.", "SMArT"),
    Case("Beginning 2 February, run a 10-minute safety brief every shift.", "SMArT"),
    Case("Cut agency spend by 15% in the first half of the financial year.", "SMArT"),
    Case("Close 20 new accounts in the second half of this fiscal year.", "SMArT"),
)
UNDATED = UNDATED + GRAMMAR_UNDATED
# A reason told in the past tense: its date is that event's, not the goal's.
PAST_REASONS = (
    Case("Rebuild the supplier list since we lost three vendors last spring.", "SMARt"),
)
UNTIMED = UNTIMED + PAST_REASONS

TD_CASES = (
    TD_CASES + COMPOUND_DEADLINES + BEFORE_A_DAY + GRAMMAR_DATED + GRAMMAR_UNDATED + PAST_REASONS
)

# Where a goal starts: a window from the start of a career, a start a moment ago or still to
# come, "never" so far, a starter role.
STARTS = (
    Case("Become a partner at the practice within a year of qualifying as an architect.", "SMarT"),
    Case("Get promoted to director within 6 months of graduating.", "SMarT"),
    Case("Become ward manager within 2 years of qualifying as a nurse.", "SMArT"),
    Case(
        "Become professor of medicine by 2028; I start my undergraduate degree in September.",
        "SMarT",
        "2028-12-31",
    ),
    Case(
        "Become a consultant by next year; I've never worked in a hospital.",
        "SMarT",
        "2027-12-31",
    ),
    Case(
        "Be made a partner at the agency within 6 months; I joined as a receptionist last month.",
        "SMarT",
        "2027-05-25",
    ),
    Case("Run a marathon in 6 weeks without ever having run.", "SMarT", "2027-01-06"),
)
TD_CASES = TD_CASES + STARTS

# A word of manner after a count ("single-handed", "solo", "myself") says how; the count is
# of the noun before it.
MANNER = (
    Case("Knit 40 jumpers single-handed by Christmas.", "SMarT", "2026-12-25"),
    Case("Renovate 10 houses single-handed by Friday.", "SMarT", "2026-11-27"),
    Case("Write 30 songs myself by the end of January.", "SMArT", "2027-01-31"),
)
BEYOND = BEYOND + MANNER[:2]
TD_CASES = TD_CASES + MANNER

# Who does the work: "our" after the action says whose the things are, a team of a given
# size is that many people.
HANDS = (
    Case("Call all 5,000 of our members personally by Friday.", "SMarT", "2026-11-27"),
    Case("Phone 30 of our lapsed members this week.", "SMArT"),
    Case("Pack 3,000 hampers by Friday with a team of 40 volunteers.", "SMArT", "2026-11-27"),
    Case("Pack 3,000 hampers by tomorrow with a team of two.", "SMarT", "2026-11-26"),
)
BEYOND = (*BEYOND, HANDS[0], HANDS[3])
WITHIN = WITHIN + HANDS[1:3]
TD_CASES = TD_CASES + HANDS

# A count of things the action is done to, when the things have no pace of their own, is
# that many of the action: "interview 250 applicants" is 250 interviews.
ACTION_WORK = (
    Case("Interview 250 applicants by Friday.", "SMarT", "2026-11-27"),
    Case("Interview 12 applicants this week.", "SMArT"),
    Case("Audit 60 supplier sites this week.", "SMarT"),
    Case("Audit 6 supplier sites before the end of January.", "SMArT", "2027-01-31"),
)
BEYOND = (*BEYOND, ACTION_WORK[0], ACTION_WORK[2])
WITHIN = (*WITHIN, ACTION_WORK[1], ACTION_WORK[3])
TD_CASES = TD_CASES + ACTION_WORK

# Pieces made by hand take hours each.
MADE = (
    Case("Crochet 200 blankets for the refugee appeal by next Friday.", "SMarT"),
    Case("Illustrate 300 children's book spreads by Christmas.", "SMarT", "2026-12-25"),
    Case("Sew 12 cushion covers for the café this month.", "SMArT", "2026-11-30"),
    Case("Design 4 logos for local charities by the end of January.", "SMArT", "2027-01-31"),
)
BEYOND = BEYOND + MADE[:2]
WITHIN = WITHIN + MADE[2:]
TD_CASES = TD_CASES + MADE
# The same when the phrase says the pieces are made by hand, whatever supplies them.
HANDMADE = (
    Case("Deliver 3,000 hand-painted baubles to the garden centre by next Friday.", "SMarT"),
    Case("Supply 30 hand-built bird boxes to the primary school by March.", "SMArT", "2027-03-31"),
    Case("Sell 500 handmade candles at the Christmas markets.", "SMArT"),
    Case("Sell 500 handmade candles by the end of December.", "SMArT", "2026-12-31"),
)
BEYOND = BEYOND + HANDMADE[:1]
WITHIN = WITHIN + HANDMADE[1:]
TD_CASES = TD_CASES + HANDMADE

# A rate, or the time a process takes, halved or more within about a month.
CUTS = (
    Case("Reduce sick leave by 60% next month.", "SMarT", "2026-12-31"),
    Case(
        "Bring A&E waits down from 6 hours to 1 hour by the end of December.", "SMarT", "2026-12-31"
    ),
    Case("Bring A&E waits down from 6 hours to 4 hours by the end of 2027.", "SMArT", "2027-12-31"),
    Case(
        "Cut the average time to answer calls from 90 to 60 seconds by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Reduce staff turnover by 20% next month.", "SMArT", "2026-12-31"),
)
BEYOND = BEYOND + CUTS[:2]
WITHIN = WITHIN + CUTS[2:]
TD_CASES = TD_CASES + CUTS

# A time gone by ("last April", "back in June", years ago) tells what happened, not when the
# goal ends.
GONE_BY = (
    Case("Redo the stock audit we botched last April.", "SMArt"),
    Case(
        "Beat the 120 covers we served last December by 10% this December.", "SMArT", "2026-12-31"
    ),
    Case("Raise the £4,000 we missed back in June.", "SMArt"),
    Case("Win back the 3 clients we lost in 2022.", "SMArt"),
)
TD_CASES = TD_CASES + GONE_BY

# "8-12 year olds" is an age, not a window of 12 years.
AGES = (
    Case("Coach 20 five year olds to swim 10 metres by July.", "SMArT", "2027-07-31"),
    Case("Run a weekly reading club for 9-11 year olds.", "SMArT"),
)
TD_CASES = TD_CASES + AGES

# A year of its own written across two calendar years ("2026/27") ends in the second, on a
# day the text does not give; one wholly gone by names a thing.
SPLIT_YEARS = (
    Case("Finish my ILM Level 3 award by the end of the 2026/27 financial year.", "SMArT"),
    Case("Win promotion in the 2026-27 season with the under-14s.", "SMArT"),
    Case("Reconcile the 2023/24 expense claims for the charity.", "SMArt"),
)
UNDATED = UNDATED + SPLIT_YEARS[:2]
TD_CASES = TD_CASES + SPLIT_YEARS

# A goal bound by its own occasion keeps it; a date in the reason is the reason's.
OWN_OCCASION = (
    Case(
        "Lift the sign-up rate from 30% to 45% by the next usability round so we can launch "
        "the new form in March.",
        "SMART",
    ),
    Case(
        "Pass the food safety audit at the next inspection so that we can reopen the terrace "
        "in April.",
        "SMART",
    ),
)
UNDATED = UNDATED + OWN_OCCASION
TD_CASES = TD_CASES + OWN_OCCASION

# A figure over a rating scale after "to", "at" or "of" is a rating, not a date.
RATINGS = (
    Case("Get my customer-service score to 9/10 by March.", "SMArT", "2027-03-31"),
    Case("Hold patient feedback at 9/10 or above.", "SMArt"),
    Case("Submit the grant form by 9/10.", "SMArT", "2027-09-10"),
)
TD_CASES = TD_CASES + RATINGS

# A date inside a condition ("once I'm back ... in March") dates the condition: the goal
# starts then. "by doing X" is the means, not an occasion.
CONDITIONS = (
    Case("Once I'm back from maternity leave in April, take on 4 new clients.", "SMArt"),
    Case(
        "Once we've moved into the new unit in February, run 2 fire drills by the end of March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Cut complaints from 12 to 4 a month by redoing the welcome pack.", "SMArT"),
)
TD_CASES = TD_CASES + CONDITIONS

# A year after a noun phrase, at its end, is when; before a noun it says which thing.
YEAR_AFTER = (
    Case("renew forklift licence 2027", "SMArT", "2027-12-31"),
    Case("gain my CSCS gold card 2027.", "SMArT", "2027-12-31"),
    Case("Publish the 2028 events calendar.", "SMArt"),
)
TD_CASES = TD_CASES + YEAR_AFTER

# A bare year between a name and the noun the name qualifies is part of the name ("Expo 2027
# catering"); a year that ends the phrase, or follows a time's own name, says when.
YEAR_IN_A_NAME = (
    Case("Get the stand ready for Interbuild 2027 logistics.", "smArt"),
    Case("Sort out the Glastonbury 2026 accounts.", "SMArt"),
    Case("Roll out the Office 2024 upgrade by March.", "SMArT", "2027-03-31"),
    Case("Attend DevOpsDays Leeds 2027.", "SMArT", "2027-12-31"),
)
TD_CASES = TD_CASES + YEAR_IN_A_NAME

# Until the writer feels a way ("until I feel ready", "till I'm confident") is no event anyone
# can date: no bound at all; until something happens ("until the new receptionist starts")
# is a bound with no date.
UNTIL_A_FEELING = (
    Case("Rehearse the wedding speech until I feel ready.", "SmArt"),
    Case("Cover the front desk until the new receptionist starts.", "SMArT"),
)
TD_CASES = TD_CASES + UNTIL_A_FEELING

# A number in a date's year place outside the years read as deadlines (1900-2199) leaves the
# goal with no deadline, not the next such day; a number with a noun after it counts that noun.
YEAR_SLOT = (
    Case("Hand in the thesis corrections by 30 June 10000.", "SMArt"),
    Case("Plant the orchard hedge before March 1, 20270.", "SMArt"),
    Case("Renew my Gas Safe registration by 1 April 2300.", "SMArt"),
    Case("Print by 1 March 2500 flyers for the village fete.", "SMArT", "2027-03-01"),
    Case("Submit the tender pack by 14/05/10000.", "SMArt"),
    Case("Re-survey the estate boundary by 14/05/2300.", "SMArt"),
)
TD_CASES = TD_CASES + YEAR_SLOT

# Numbers joined into a code before a singular noun name the thing; they count nothing.
CODES = (
    Case("Pass the 70-463 exam within 6 weeks.", "SMArT", "2027-01-06"),
    Case("Sit the 2382-22 wiring regs exam by the end of February.", "SMArT", "2027-02-28"),
    Case("Run 2-3 toolbox talks a month.", "SMArT"),
)
WITHIN = WITHIN + CODES[:2]
TD_CASES = TD_CASES + CODES

# "Friday the 11th": the next 11th that falls on a Friday.
WEEKDAY_AND_DAY = (
    Case("Hold the pharmacy stock review on Tuesday the 8th.", "SMArT", "2026-12-08"),
    Case("Send the revised floor plans by Monday the 14th.", "SMArT", "2026-12-14"),
)
TD_CASES = TD_CASES + WEEKDAY_AND_DAY

# "every January", "each spring": once a year, a cadence with no end.
EVERY_MONTH_NAME = (
    Case("Service the boilers in all 12 flats every autumn.", "SMArT"),
    Case("Renew the team's first-aid kits each January.", "SMArT"),
)
UNDATED = UNDATED + EVERY_MONTH_NAME
TD_CASES = TD_CASES + EVERY_MONTH_NAME

# "in 6 weeks from scratch": "from" says where the goal starts; the window counts from today.
FROM_A_STATE = (
    Case("Build the booking app in 6 weeks from scratch.", "SMArT", "2027-01-06"),
    Case("Get to conversational Italian in 8 months from zero.", "SMArT", "2027-07-25"),
    Case("Write up the site notes within 2 days from each visit.", "SMArT"),
)
UNDATED = UNDATED + FROM_A_STATE[2:]
TD_CASES = TD_CASES + FROM_A_STATE

# The break around a holiday or in a season has dates the text does not give.
BREAKS = (
    Case("Repaint the staff kitchen during the Easter holidays.", "SMArT"),
    Case("Rewrite the Year 9 scheme of work over the summer break.", "SMArT"),
    Case("Book the 4 Christmas parties before the Christmas period.", "SMArT"),
)
UNDATED = UNDATED + BREAKS
TD_CASES = TD_CASES + BREAKS

# A window after a leading phrase of sequence counts from its event.
SEQUENCE = (
    Case("On my return from the course, share 3 key lessons with the team within a week.", "SMArT"),
    Case("Upon arrival at the new depot, walk all 4 fire exits within 2 days.", "SMArT"),
)
UNDATED = UNDATED + SEQUENCE
TD_CASES = TD_CASES + SEQUENCE

# "in my first 100 days": counted from a start the text does not date.
FIRST_DAYS = (
    Case("Win 2 new contracts within my first 90 days as sales lead.", "SMArT"),
    Case("Shadow every shift pattern in the first 6 weeks of my placement.", "SMArT"),
)
UNDATED = UNDATED + FIRST_DAYS
TD_CASES = TD_CASES + FIRST_DAYS

# The object of "during" or "throughout" is a stretch of time, whatever the noun.
DURING = (
    Case("Log every near miss during my 12-week apprenticeship block.", "SMArT"),
    Case("Run 5 product demos throughout the pilot.", "SMArT"),
    Case("Keep the site diary up to date every day during the refurbishment.", "SMArT"),
    Case("Stay calm during meetings.", "smArt"),
)
UNDATED = UNDATED + DURING[:3]
TD_CASES = TD_CASES + DURING

# "<occasion> day" after "on" or "by" is the day of that occasion, which the text does not date.
OCCASION_DAY = (
    Case("Have 30 volunteers trained by open day.", "SMArT"),
    Case("Run the 5k in under 25 minutes on race day.", "SMArT"),
    Case("Pick up 3 new clients before moving day.", "SMArT"),
    Case("Log every call the same day.", "SMArT"),
)
UNDATED = UNDATED + OCCASION_DAY[:3]
TD_CASES = TD_CASES + OCCASION_DAY

# "two weeks from Friday": a window counted from the day named.
FROM_A_DAY = (
    Case("Fit the new kitchen units for the Okafors two weeks from Monday.", "SMArT", "2026-12-14"),
    Case("Ship the replacement parts a week from tomorrow.", "SMArT", "2026-12-03"),
)
TD_CASES = TD_CASES + FROM_A_DAY

# "during my ASYE year": a year of one's own, named by what it is, on dates the text omits.
OWN_YEAR = (
    Case("During my foundation year, complete 4 clinical audits.", "SMArT"),
    Case("Pass all 6 modules during my gap year.", "SMArT"),
)
UNDATED = UNDATED + OWN_YEAR
TD_CASES = TD_CASES + OWN_YEAR

# A cadence in a reason that is a cause tells how things are now, not how often the goal recurs.
CAUSES = (
    Case("Automate the month-end payroll report because I spend 6 hours a week on it.", "SMARt"),
    Case("Run twice a week so that I can keep up with my kids at the park.", "SMART"),
)
TD_CASES = TD_CASES + CAUSES

# The head of a kitchen is the top of its organisation.
KITCHEN = (
    Case("Make executive chef within 4 months of starting as a commis chef.", "SMarT"),
    Case("Become executive chef of the hotel group by 2032.", "SMArT", "2032-12-31"),
)
BEYOND = BEYOND + KITCHEN[:1]
WITHIN = WITHIN + KITCHEN[1:]
TD_CASES = TD_CASES + KITCHEN

# A qualification that admits one to a profession is months away at least from a start made
# a moment ago.
PROFESSIONS = (
    Case("Get my CPL within 3 months, having never flown.", "SMarT", "2027-02-25"),
    Case("Qualify as a pharmacist by April; I only enrolled last week.", "SMarT", "2027-04-30"),
    Case(
        "Pass the ACCA Strategic Professional exams in 2029, having just started.",
        "SMArT",
        "2029-12-31",
    ),
)
BEYOND = BEYOND + PROFESSIONS[:2]
WITHIN = WITHIN + PROFESSIONS[2:]
TD_CASES = TD_CASES + PROFESSIONS

# --- a second batch, written and labelled before the evaluator read it ----------------------

B2_DATED = (
    Case(
        "Vet nurse goal: complete the RCVS clinical coaching course by the end of April.",
        "SMArT",
        "2027-04-30",
    ),
    Case(
        "By 30 June, reduce missed dental appointments from 12% to 7% by texting reminders "
        "48 hours ahead.",
        "SMArT",
        "2027-06-30",
    ),
    Case("KR1: ship the offline mode for the field app by the end of Q1.", "SMArT", "2027-03-31"),
    Case("O: happier customers. KR: CSAT from 78 to 85 this quarter.", "SMArT", "2026-12-31"),
    Case(
        "Attend 3 planning committee meetings as an observer over the winter.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Try to get to the gym more often this month.", "smArT", "2026-11-30"),
    Case("Complete the CSCS health and safety test by Friday the 11th.", "SMArT", "2026-12-11"),
    Case("Have the 2027 rota drafted by 15 December.", "SMArT", "2026-12-15"),
    Case("Publish the annual accounts for 2025/26 by 31 January.", "SMArT", "2027-01-31"),
    Case("Visit each of our 14 care homes at least once in Q1 2027.", "SMArT", "2027-03-31"),
    Case("Land my first paid design client in the next six weeks.", "SMArT", "2027-01-06"),
    Case("Stay under 2,000 calories a day for 8 weeks.", "SMArT", "2027-01-20"),
    Case("Get elected as a local councillor at the May elections.", "SMArT", "2027-05-31"),
)
B2_UNDATED = (
    Case("Mentor two newly qualified physios through their first rotation.", "SMArT"),
    Case("Deliver 4 toolbox talks on working at height before the scaffolding goes up.", "SMArT"),
    Case("Re-read the editorial style guide every January.", "SMArT"),
    Case("Finish the dissertation lit review by week 6 of term.", "SMArT"),
    Case("Get planning permission for the extension within 10 weeks of submitting.", "SMArT"),
    Case("Post the meeting minutes within 2 working days of every board meeting.", "SMArT"),
    Case("Send out the newsletter on the last Friday of each month.", "SMArT"),
    Case("Twice a term, run a parents' evening for the reception class.", "SMArT"),
    Case("Hand the keys over to the buyers on completion day.", "SMArT"),
    Case("Renew the practice's CQC registration before the deadline.", "SMArT"),
    Case("Write 500 words of my novel every weekday morning.", "SMArT"),
    Case("Practise scales for 20 minutes a day.", "SMArT"),
    Case("Get my first article into a national newspaper within a year of graduating.", "SMArT"),
    Case("Recruit 15 new blood donors at the freshers' fair.", "SMArT"),
    Case("Make zero dispensing errors during my 6-week placement.", "SMArT"),
    Case("Make sergeant within 2 years of passing out of police training.", "SMArT"),
    Case("Become a consultant surgeon within 3 years of leaving medical school.", "SMarT"),
    Case("Keep my inbox at zero every day for the rest of my life.", "SMarT"),
)
B2_UNTIMED = (
    Case("Get through the 200-question mock exam in under 3 hours.", "SMArt"),
    Case("Finish the ward's annual mandatory training ASAP.", "SMArt"),
    Case("Sort out the garage someday.", "smArt"),
    Case("Never lose a single customer, ever again.", "SMart"),
    Case("Get every one of my 150 Year 11 students a grade 7 or above.", "SMart"),
)
# Time-bound, with an end careful readers would date differently.
B2_ARGUABLE_DATE = (
    Case("Take the Grade 5 theory exam in the spring sitting.", "SMArT"),
    Case("Answer 100% of emails within 24 hours this week.", "SMArT"),
    Case("Take on 3 new piano pupils a month until the summer.", "SMArT"),
    Case("Get 90% of my Year 11 students a grade 4 or above in the summer exams.", "SMArT"),
)
B2_BEYOND = (
    Case("Go from intern to VP of Marketing by next Christmas.", "SMarT", "2027-12-25"),
    Case("Sell 400 houses this month as a solo estate agent.", "SMarT", "2026-11-30"),
    Case("Pass the bar exam next month without having studied law.", "SMarT", "2026-12-31"),
    Case("Raise £2m for the school roof appeal by Friday.", "SMarT", "2026-11-27"),
    Case("Cut our delivery van fleet's fuel use by 80% next week.", "SMarT"),
    Case("Write a 300-page PhD thesis from scratch in a fortnight.", "SMarT", "2026-12-09"),
    Case("Become a grandmaster at chess by the summer; I learned the moves last week.", "SMarT"),
    Case(
        "Hit 10,000 subscribers on my new channel by Sunday, starting from zero.",
        "SMarT",
        "2026-11-29",
    ),
    Case("Triple my freelance income from £20k to £60k next month.", "SMarT", "2026-12-31"),
    Case(
        "Qualify as a chartered accountant by March, having just started the first module.",
        "SMarT",
        "2027-03-31",
    ),
    Case("Lose 30 kg by Christmas.", "SMarT", "2026-12-25"),
    Case("Read 100 novels this week.", "SMarT"),
    Case("Paint the whole 40-storey office block single-handed by Monday.", "SMarT", "2026-11-30"),
    Case("Plant a million trees by myself this weekend.", "SMarT", "2026-11-29"),
    Case(
        "Reach fluency in Welsh (CEFR C2) in 4 weeks from complete beginner.",
        "SMarT",
        "2026-12-23",
    ),
    Case("Win Olympic gold in the marathon next year; I've never raced.", "SMarT", "2027-12-31"),
    Case(
        "Be appointed chief executive of the NHS trust within a year; I'm a ward clerk.",
        "SMarT",
        "2027-11-25",
    ),
    Case(
        "Fix all 2,500 open bugs in the backlog by tomorrow with a team of two.",
        "SMarT",
        "2026-11-26",
    ),
    Case("Interview all 600 staff one-to-one this week.", "SMarT"),
)
B2_WITHIN = (
    Case("Increase the restaurant's covers by 20% by the end of March.", "SMArT", "2027-03-31"),
    Case("Halve the ambulance response time within 6 months.", "SMArT", "2027-05-25"),
    Case(
        "Get to 5,000 subscribers on my YouTube channel by the end of 2027.", "SMArT", "2027-12-31"
    ),
    Case("Run a sub-20-minute 5k by June; my current best is 23 minutes.", "SMArT", "2027-06-30"),
    Case(
        "Double the food bank's volunteer list from 40 to 80 within a year.", "SMArT", "2027-11-25"
    ),
    Case("Lose 3 kg by Christmas.", "SMArT", "2026-12-25"),
    Case("Plant 50 trees on the community orchard site this winter.", "SMArT", "2027-02-28"),
    Case("Reach CEFR B1 in Welsh within 18 months, starting from scratch.", "SMArT", "2028-05-25"),
    Case("Win the county show's best-in-breed rosette next summer.", "SMArT", "2027-08-31"),
)
BATCH2 = B2_DATED + B2_UNDATED + B2_UNTIMED + B2_ARGUABLE_DATE + B2_BEYOND + B2_WITHIN
UNDATED = UNDATED + B2_UNDATED
BEYOND = BEYOND + B2_BEYOND
WITHIN = WITHIN + B2_WITHIN
TD_CASES = TD_CASES + BATCH2

# A date in a cause ("because the scheme restarts on 12 January") dates that fact, not the
# goal; a deadline word in the cause ("needs them done by 15 January") still bounds the goal.
CAUSE_DATED = (
    Case(
        "Service all 12 boilers because the landlord needs them done by 15 January.",
        "SMART",
        "2027-01-15",
    ),
)
CAUSE_UNTIMED = (
    Case(
        "Recruit two volunteer drivers because our minibus scheme restarts on 12 January.", "SMARt"
    ),
    Case("Train 4 new baristas since the second café opens on 1 February.", "SMARt"),
    Case("Take 3 practice tests as the licensing exam is held on 20 March.", "SMARt"),
    Case(
        "Draft 5 lesson plans for Year 8 because the new syllabus comes in next September.",
        "SMARt",
    ),
)
UNTIMED = UNTIMED + CAUSE_UNTIMED
TD_CASES = TD_CASES + CAUSE_DATED + CAUSE_UNTIMED

# A later sentence of obligation ("need to be finished by", "has until ... to", "is due on")
# states the goal's own terms, not how things are: its date is the goal's deadline.
OBLIGED_LATER = (
    Case(
        "Set up the new stock system for the farm shop. Megan has until Friday 11 December to "
        "get all 300 lines entered.",
        "SMART",
        "2026-12-11",
    ),
    Case(
        "Write the safeguarding policy for the youth club. The final draft is due on 8 February.",
        "SMArT",
        "2027-02-08",
    ),
    Case(
        "Re-tile the two staff bathrooms. Both need to be finished by 5 January.",
        "SMArT",
        "2027-01-05",
    ),
    Case(
        "Repaint the 6 classrooms in the east block. They have to be done by 20 February.",
        "SMArT",
        "2027-02-20",
    ),
)
TD_CASES = TD_CASES + OBLIGED_LATER

# A period gone by in a clause told in the past ("which doubled in August 2026", "Having
# qualified in June 2026", "we ran in October 2026") dates what happened, not the goal; with a
# deadline word ("which was due by 1 March 2026") it is a deadline gone by.
PAST_TOLD_DATED = (
    Case(
        "Publish the 40-page staff handbook, which was due by 1 March 2026.", "SMArT", "2026-03-01"
    ),
    # a participle before its noun describes it: the date is a deadline gone by
    Case("Hire 3 trained baristas in October 2026.", "SMArT", "2026-10-31"),
)
PAST_TOLD_UNTIMED = (
    Case("Cut call-back times at the surgery, which doubled in August 2026.", "smArt"),
    Case("Having qualified in June 2026, sit the 2 remaining ACCA papers.", "SMArt"),
    Case("Write up the survey we ran in October 2026 for the parish council.", "SMArt"),
)
UNTIMED = UNTIMED + PAST_TOLD_UNTIMED
TD_CASES = TD_CASES + PAST_TOLD_DATED + PAST_TOLD_UNTIMED

# A window counted from one event ("within 2 months of my trainee start date") gives the goal
# that long, whenever the event falls: a senior role from a junior start within it is out of
# reach. "start" after a modifier is a noun, not the founding of a venture of one's own.
EVENT_WINDOW_BEYOND = (
    Case("Become a consultant within 2 months of my trainee start date.", "SMarT"),
    Case(
        "Be made a partner at the accountancy firm within 10 weeks of my graduate scheme intake.",
        "SMarT",
    ),
)
EVENT_WINDOW_WITHIN = (
    Case("Become a team lead within 18 months of my graduate start.", "SMArT"),
    Case("Become CEO of my own bakery within 3 months of my apprentice start.", "SMArT"),
    Case("Publish 2 case reports within 6 months of my residency match.", "SMArT"),
)
BEYOND = BEYOND + EVENT_WINDOW_BEYOND
WITHIN = WITHIN + EVENT_WINDOW_WITHIN
UNDATED = UNDATED + EVENT_WINDOW_BEYOND + EVENT_WINDOW_WITHIN
TD_CASES = TD_CASES + EVENT_WINDOW_BEYOND + EVENT_WINDOW_WITHIN

# A climb the text states, from a role below senior to a senior one ("from second officer to
# captain"), within six months skips the steps between; a step up within the same grade is fine.
STATED_CLIMB_BEYOND = (
    Case(
        "Go from second officer to captain of the island ferry within 5 months.",
        "SMarT",
        "2027-04-25",
    ),
    Case("Go from sales rep to sales director in 3 months.", "SMarT", "2027-02-25"),
)
STATED_CLIMB_WITHIN = (
    Case("Move from staff nurse to senior staff nurse within 6 months.", "SMArT", "2027-05-25"),
)
BEYOND = BEYOND + STATED_CLIMB_BEYOND
WITHIN = WITHIN + STATED_CLIMB_WITHIN
TD_CASES = TD_CASES + STATED_CLIMB_BEYOND + STATED_CLIMB_WITHIN

# A day's name before a date is part of the date ("by Tuesday 9 Feb", "by Thu, 17 Dec"): the
# date keeps its "by", and a month that names the thing ("March rotas") is not the end.
WEEKDAY_DATED = (
    Case("March rotas will be sent out early, by Tuesday 9 Feb.", "SMArT", "2027-02-09"),
    Case("Get the January parish newsletter printed by Thu, 17 Dec.", "SMArT", "2026-12-17"),
)
TD_CASES = TD_CASES + WEEKDAY_DATED

# The end of a period a time preposition governs is a time, whatever follows it ("By the end
# of the month the team will ..."); without the preposition it may name a thing ("the end of
# the year report").
PERIOD_END_LEADING = (
    Case(
        "By the end of the month the team will have 4 new starters trained.",
        "SMArT",
        "2026-11-30",
    ),
    Case(
        "By the close of the quarter Dana will have filed 12 grant claims.",
        "SMArT",
        "2026-12-31",
    ),
)
PERIOD_END_NAMES = (Case("Draft the end of the year report for the trustees.", "SMArt"),)
UNTIMED = UNTIMED + PERIOD_END_NAMES
TD_CASES = TD_CASES + PERIOD_END_LEADING + PERIOD_END_NAMES

# A speed per hour or minute is how fast a process runs, like a share: more than doubling it
# within weeks is out of reach, however small its figures.
SPEED_BEYOND = (
    Case(
        "Lift the bottling line's output from 120 to 500 bottles an hour by next Friday.", "SMarT"
    ),
    Case("Get my shorthand from 60 to 150 words per minute in 3 weeks.", "SMarT", "2026-12-16"),
)
SPEED_WITHIN = (
    Case("Raise my typing speed from 40 to 60 words per minute by June.", "SMArT", "2027-06-30"),
)
BEYOND = BEYOND + SPEED_BEYOND
WITHIN = WITHIN + SPEED_WITHIN
TD_CASES = TD_CASES + SPEED_BEYOND + SPEED_WITHIN

# "when" and a state named by a comparative ("when the clinic is less busy") waits for a degree
# no one names: not an occasion; a change that happens ("when the kitchen is refitted") is one.
WHEN_STATE_UNTIMED = (
    Case("Repaint the 3 waiting rooms when the clinic is less busy.", "SMArt"),
    Case("Open the second till when the café is busier.", "SMArt"),
)
WHEN_EVENT_UNDATED = (Case("Launch the 2 new menus when the kitchen is refitted.", "SMArT"),)
UNTIMED = UNTIMED + WHEN_STATE_UNTIMED
UNDATED = UNDATED + WHEN_EVENT_UNDATED
TD_CASES = TD_CASES + WHEN_STATE_UNTIMED + WHEN_EVENT_UNDATED

# A period after the figure a change starts from ("up from 25% in 2026") dates that figure,
# not the goal; one after the target ("to 35 members this year") bounds it.
BASELINE_DATED = (
    Case("Grow the choir from 20 members this year to 35 next year.", "SMArT", "2027-12-31"),
    Case("Grow the choir from 20 to 35 members this year.", "SMArT", "2026-12-31"),
    Case("From 1 Jan to 31 Mar, phone 5 lapsed donors a week.", "SMArT", "2027-03-31"),
    Case("Host 2 coding clubs a week from 4 Jan to 26 Mar.", "SMArT", "2027-03-26"),
)
BASELINE_UNTIMED = (
    Case("Raise repeat bookings at the salon to 40%, up from 25% in 2026.", "SMArt"),
    Case("Cut refunds from £40k this quarter to £10k.", "SMArt"),
)
UNTIMED = UNTIMED + BASELINE_UNTIMED
TD_CASES = TD_CASES + BASELINE_DATED + BASELINE_UNTIMED

# New Year after a deadline word is its day ("before the New Year", "by new year"), and "NYE"
# is New Year's Eve; "in the new year" is some time after it, and "new year resolutions" name
# a thing.
NEW_YEAR_DATED = (
    Case("File the 40 outstanding expense claims before the New Year.", "SMArT", "2026-12-31"),
    Case("Get 3 quotes for the church roof by new year.", "SMArT", "2027-01-01"),
    Case("Run the till spot-checks 3x/week til NYE.", "SMArT", "2026-12-31"),
)
NEW_YEAR_UNTIMED = (Case("Write down 3 new year resolutions for the pottery studio.", "SMArt"),)
UNTIMED = UNTIMED + NEW_YEAR_UNTIMED
TD_CASES = TD_CASES + NEW_YEAR_DATED + NEW_YEAR_UNTIMED

# The time a change ends at is a time to run, like "a sub-2-hour marathon": faster than the
# world record is out of reach; an ambitious personal best is not.
RECORD_BEYOND = (
    Case("Cut my half marathon from 2 hours to 55 minutes in 2027.", "SMarT", "2027-12-31"),
)
RECORD_WITHIN = (Case("Take my 5k from 25 to 22 minutes by June.", "SMArT", "2027-06-30"),)
BEYOND = BEYOND + RECORD_BEYOND
WITHIN = WITHIN + RECORD_WITHIN
TD_CASES = TD_CASES + RECORD_BEYOND + RECORD_WITHIN

# A range of days ends on its last day ("16-17 January"), and "the week" or "the weekend of"
# a date is that date's, with the preposition before it; a plan's later step holds the end.
DAY_RANGE_DATED = (
    Case("Move the 3 file servers on the weekend of 9-10 January.", "SMArT", "2027-01-10"),
    Case(
        "Refit the staff kitchen. Plan: order units in December, fit them over the weekend of "
        "23-24 January.",
        "SMArT",
        "2027-01-24",
    ),
)
TD_CASES = TD_CASES + DAY_RANGE_DATED

# A leading clause with its own subject and verb tells a fact the goal answers ("As the lease
# runs out in June, ..."): its date is the fact's, never the goal's deadline, whether or not
# the goal names one of its own.
LEADING_FACT_UNTIMED = (
    Case(
        "As the lease runs out in June, move the pottery workshop to the Mill Street unit.",
        "SMArt",
    ),
    Case(
        "With two drivers retiring in the spring, train a relief driver on the school route.",
        "SMArt",
    ),
)
LEADING_FACT_DATED = (
    Case("Since the grant ends in May, submit the final claim by April.", "SMArT", "2027-04-30"),
)
TD_CASES = TD_CASES + LEADING_FACT_UNTIMED + LEADING_FACT_DATED

# A percentage "on" a sum after a verb of earning is a return, which is growth: 300% within a
# month is out of reach; a modest one is not.
RETURN_BEYOND = (
    Case("Earn 400% on the charity's reserves this month.", "SMarT", "2026-11-30"),
    Case("Make a 250% return on the shop's stock by the end of the month.", "SMarT", "2026-11-30"),
)
RETURN_WITHIN = (Case("Return 8% on the pension fund in 2027.", "SMArT", "2027-12-31"),)
BEYOND = BEYOND + RETURN_BEYOND
WITHIN = WITHIN + RETURN_WITHIN
TD_CASES = TD_CASES + RETURN_BEYOND + RETURN_WITHIN

# The end of one's first week or month ("by the end of my first month") is counted from one's
# own start, as "in my first month" is: time-bound, on no stated date.
FIRST_PERIOD_UNDATED = (
    Case("Sign up 5 new foster carers by the end of my first month.", "SMArT"),
    Case("Shadow all 4 shift leads before the end of my first week.", "SMArT"),
)
UNDATED = UNDATED + FIRST_PERIOD_UNDATED
TD_CASES = TD_CASES + FIRST_PERIOD_UNDATED
# A figure per hour or minute is a price, a pay or a speed ("£150 an hour", "$45 per hour",
# "12 picks/hour"): how dear or how fast, not how often, so no cadence; "twice an hour" and
# "every hour" are.
PER_HOUR_UNTIMED = (
    Case("Charge £85 an hour for my bookkeeping clients.", "SMArt"),
    Case("Hit 12 picks/hour on the chilled aisle.", "SMArt"),
)
PER_HOUR_UNDATED = (Case("Check the 6 vaccine fridges twice an hour.", "SMArT"),)
UNTIMED = UNTIMED + PER_HOUR_UNTIMED
UNDATED = UNDATED + PER_HOUR_UNDATED
TD_CASES = TD_CASES + PER_HOUR_UNTIMED + PER_HOUR_UNDATED

# A big stock ("a waiting list of 6,000", "£95,000 of unpaid invoices") halved or more within
# days is out of reach: it is cleared one case at a time; over months it is not.
STOCK_BEYOND = (
    Case("Cut the housing waiting list from 6,000 to 500 by Friday.", "SMarT", "2026-11-27"),
    Case("Bring unpaid invoices from £95,000 to £5,000 by Monday.", "SMarT", "2026-11-30"),
)
STOCK_WITHIN = (
    Case(
        "Bring unpaid invoices from £95,000 to £40,000 by the end of March.", "SMArT", "2027-03-31"
    ),
)
BEYOND = BEYOND + STOCK_BEYOND
WITHIN = WITHIN + STOCK_WITHIN
TD_CASES = TD_CASES + STOCK_BEYOND + STOCK_WITHIN

# A duration before or after each occasion of an event the text leaves unsaid ("5 days
# beforehand", "4 weeks in advance", "three weeks ahead", "two days afterwards") is a window
# relative to that event: time-bound, with no date.
LEAD_TIME_UNDATED = (
    Case("Publish the staff rota 4 weeks in advance.", "SMArT"),
    Case("Circulate the board papers at least 5 days beforehand.", "SMArT"),
    Case("Book coaches for away fixtures three weeks ahead.", "SMArT"),
    Case("Phone each family 48 hours beforehand to confirm the visit.", "SMART"),
    Case("Write up the debrief notes two days afterwards.", "SMArT"),
)
UNDATED = UNDATED + LEAD_TIME_UNDATED
TD_CASES = TD_CASES + LEAD_TIME_UNDATED

# A period whose dates the text omits, named by what it is for ("the next lambing season",
# "this fishing season", "next cricket season"), bounds the goal as "next season" does.
NAMED_SEASON_UNDATED = (
    Case("Over the next lambing season, keep losses under 3%.", "SMArT"),
    Case("Next cricket season, score 500 runs for the second XI.", "SMArT"),
    Case("This fishing season, land 20 salmon on the fly.", "SMArT"),
    Case("During the next planting season, set 2,000 oak whips.", "SMArT"),
)
UNDATED = UNDATED + NAMED_SEASON_UNDATED
TD_CASES = TD_CASES + NAMED_SEASON_UNDATED

# A clause joined by a comma alone that says when another thing is ("..., my practical is in
# May") dates that thing, not the goal; one about the goal's own thing or its deadline ("...,
# the exam is in July", "..., the deadline is on 31 March") dates the goal.
SPLICED_FACT_UNTIMED = (
    Case("Pass my driving theory test, my practical is in May.", "SMArt"),
    Case("Sit the food safety level 2 exam, our kitchen inspection is in February.", "SMArt"),
)
SPLICED_FACT_DATED = (
    Case("Revise for the bar exam, the exam is in July.", "SMArT", "2027-07-31"),
    Case("Finish the grant bid, the deadline is on 31 March.", "SMArT", "2027-03-31"),
)
UNTIMED = UNTIMED + SPLICED_FACT_UNTIMED
TD_CASES = TD_CASES + SPLICED_FACT_UNTIMED + SPLICED_FACT_DATED

# The writer's age as the deadline ("by age 35", "by the time I'm 40", "by 25" closing the
# goal) bounds it on a birthday the text does not give: time-bound, no date, and the age is no
# figure. "by 30" after a change is how much it changes.
AGE_DEADLINE_UNDATED = (
    Case("Open my own physio clinic by age 35.", "SMArT"),
    Case("Be a head chef by the time I'm 40.", "SMArT"),
    Case("Be a principal dancer by 25.", "SMArT"),
    Case("Visit all 92 league grounds by 40.", "SMArT"),
)
AGE_DEADLINE_UNTIMED = (Case("Cut kitchen waste by 30.", "SMArt"),)
UNDATED = UNDATED + AGE_DEADLINE_UNDATED
UNTIMED = UNTIMED + AGE_DEADLINE_UNTIMED
TD_CASES = TD_CASES + AGE_DEADLINE_UNDATED + AGE_DEADLINE_UNTIMED

# A relative year followed by the year it means ("in this year 2027", "next year, 2028") ends
# with the year written: that is the one the writer names.
NAMED_YEAR_DATED = (
    Case("Sit the CSCS test in this year 2027.", "SMArT", "2027-12-31"),
    Case("Finish my plastering NVQ next year, 2028.", "SMArT", "2028-12-31"),
    Case("Open the second shop this year.", "SMArT", "2026-12-31"),
)
TD_CASES = TD_CASES + NAMED_YEAR_DATED

# "every skill" over a set the text closes ("on the level 3 syllabus", "in the apprenticeship
# framework") can be gone through; over a whole domain ("in the trade") it is an absolute.
CLOSED_SET_WITHIN = (
    Case("Master every skill on the level 3 syllabus by June.", "smArT", "2027-06-30"),
    # a grade in quotes on each skill of a closed set is a result to check (relabelled: it
    # was read as the state "competent")
    Case(
        "Score at least 'competent' on every skill in the apprenticeship framework by March.",
        "SMArT",
        "2027-03-31",
    ),
)
CLOSED_SET_BEYOND = (Case("Master every skill in the trade by June.", "smarT", "2027-06-30"),)
WITHIN = WITHIN + CLOSED_SET_WITHIN
BEYOND = BEYOND + CLOSED_SET_BEYOND
TD_CASES = TD_CASES + CLOSED_SET_WITHIN + CLOSED_SET_BEYOND

# A standard held over every window of a length ("in any 6-month period", "in each 12-month
# period", "in any rolling 4-week window") repeats as a cadence does: time-bound, no date. A
# length that names a thing ("a 3-month course") is no time of the goal.
EACH_WINDOW_UNDATED = (
    Case("Keep sickness to no more than 2 days in any 6-month period.", "SMArT"),
    Case("Log at least 40 flying hours in each 12-month period.", "SMArT"),
    Case("Have no more than one missed dose in any rolling 4-week window.", "SMArT"),
)
EACH_WINDOW_UNTIMED = (Case("Complete a 3-month bricklaying course.", "SMArt"),)
UNDATED = UNDATED + EACH_WINDOW_UNDATED
UNTIMED = UNTIMED + EACH_WINDOW_UNTIMED
TD_CASES = TD_CASES + EACH_WINDOW_UNDATED + EACH_WINDOW_UNTIMED

# Feasts that move with Easter resolve to their day: Whit Sunday (Pentecost) is seven weeks
# after Easter Sunday (16 May 2027, 4 June 2028).
MOVABLE_FEAST_DATED = (
    Case("Re-gild the lectern eagle by Whitsun.", "SMArT", "2027-05-16"),
    Case("Rehearse the youth choir for Pentecost.", "SMArT", "2027-05-16"),
    Case("Repaint the church hall before Whitsun 2028.", "SMArT", "2028-06-03"),
)
TD_CASES = TD_CASES + MOVABLE_FEAST_DATED

# "once" before a period ("once this term", "once this quarter") counts one time in that
# period: the period bounds the goal. "once" before a clause with its own verb ("once the
# term ends") is a condition to wait for, and no deadline.
ONCE_IN_A_PERIOD_DATED = (
    Case("Ring every lapsed donor once this quarter.", "SMArT", "2026-12-31"),
    Case("Audit the controlled drugs cupboard once this week.", "SMArT", "2026-11-29"),
    Case("Take the apprentices to a trade fair once this year.", "SMArT", "2026-12-31"),
)
ONCE_IN_A_PERIOD_UNDATED = (
    Case("I want to observe each trainee teacher once this term.", "SMArT"),
    Case("Pressure-test the rig once this season.", "SMArT"),
)
ONCE_A_CONDITION_UNTIMED = (
    Case("Record a podcast episode once the season ends.", "SMArt"),
    Case("Once the month closes, reconcile the ledgers.", "SMArt"),
)
UNDATED = UNDATED + ONCE_IN_A_PERIOD_UNDATED
UNTIMED = UNTIMED + ONCE_A_CONDITION_UNTIMED
TD_CASES = TD_CASES + ONCE_IN_A_PERIOD_DATED + ONCE_IN_A_PERIOD_UNDATED + ONCE_A_CONDITION_UNTIMED

# A count of periods of no fixed length ("in one season", "within two terms", "over three
# rotations") bounds the goal: time-bound, with no date a reader can resolve. The same count
# with no window word ("complete 3 rotations") is the goal's figure, not its time.
COUNTED_UNDATED_PERIODS = (
    Case("Get the U14s promoted within two seasons.", "SMArT"),
    Case("Complete all my competency sign-offs over three rotations.", "SMArT"),
    Case("Teach 12 pupils to read in one term.", "SMArT"),
    Case("Release the booking app in 4 iterations.", "SMArT"),
)
COUNTED_PERIODS_UNTIMED = (Case("Complete 3 rotations on the surgical ward.", "SMArt"),)
UNDATED = UNDATED + COUNTED_UNDATED_PERIODS
UNTIMED = UNTIMED + COUNTED_PERIODS_UNTIMED
TD_CASES = TD_CASES + COUNTED_UNDATED_PERIODS + COUNTED_PERIODS_UNTIMED

# A verb and its particle made into one hyphenated noun ("go-live", "kick-off", "sign-off",
# "roll-out") names a phase of the work: "by" before it sets a deadline tied to that occasion,
# with or without "the", and with no date. "by" before a means ("by email", "by word-of-mouth",
# "by follow-up calls") sets none.
PHASE_DEADLINES = (
    Case("Get the supplier contract signed by kick-off.", "SMArT"),
    Case("Freeze the kitchen design by sign-off.", "SMArT"),
    Case("Have the 30 test scripts ready by the roll-out.", "SMArT"),
    Case("Train 8 ward champions by go-live.", "SMArT"),
)
MEANS_NOT_DEADLINES = (
    Case("Recruit 20 volunteers by word-of-mouth.", "SMArt"),
    Case("Get feedback from 15 tenants by follow-up calls.", "SMArt"),
)
UNDATED = UNDATED + PHASE_DEADLINES
UNTIMED = UNTIMED + MEANS_NOT_DEADLINES
TD_CASES = TD_CASES + PHASE_DEADLINES + MEANS_NOT_DEADLINES

# A reason opened by a participle ("needed for band 6 by June", "required for chartership by
# March") says what the goal is needed for and by when: the participle is no past tense, so its
# "by" date bounds the goal. A reason told in the past ("because enrolment dropped in
# September") still dates only what happened.
PARTICIPLE_REASONS_DATED = (
    Case("Log 40 clinical hours, required for chartership by March 2027.", "SMART", "2027-03-31"),
    Case(
        "File the 6 risk assessments (needed for the insurance renewal by 1 April).",
        "SMART",
        "2027-04-01",
    ),
    Case("Submit my 4 portfolio units, needed for the NVQ by Easter.", "SMART", "2027-03-28"),
)
PAST_REASONS_UNTIMED = (
    Case("Run 3 open days because enrolment dropped in September.", "SMARt"),
    Case("Reach 1,000 subscribers because growth stalled in June.", "SMARt"),
)
UNTIMED = UNTIMED + PAST_REASONS_UNTIMED
TD_CASES = TD_CASES + PARTICIPLE_REASONS_DATED + PAST_REASONS_UNTIMED


# A period that is the subject of "be" ("2027 is about ...", "This year is for ...", "2028 is
# the year I ...") frames the whole goal: what it is about is the action, and the period is
# the goal's time frame. A period inside a noun phrase ("the 2027 budget") names a thing.
PERIOD_SUBJECT_DATED = (
    Case("2027 is about finishing my nursing degree and passing the NCLEX.", "SMArT", "2027-12-31"),
    Case(
        "So 2027 is about staying close to my biggest clients and calling each of them monthly.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "This year is for getting the CPA licence and running 3 audits solo.",
        "SMArT",
        "2026-12-31",
    ),
    Case("2028 is the year I open my second bakery.", "SMArT", "2028-12-31"),
    Case("2027 is when I finish the MBA.", "SMArT", "2027-12-31"),
    Case("My 2027 is about reading 24 books.", "SMArT", "2027-12-31"),
    Case("So 2027 will be about shipping the mobile app.", "SMArT", "2027-12-31"),
    Case("This year is for me to pass the bar exam.", "SMArT", "2026-12-31"),
    Case("Our 2027 is all about raising £50,000 for the hospice.", "SMArT", "2027-12-31"),
    Case("Next year is about growing my Etsy shop.", "smArT", "2027-12-31"),
    Case("2027 is a big year for the team.", "smArT", "2027-12-31"),
    Case("2027 is", "smArT", "2027-12-31"),
    Case("So 2027 is", "smArT", "2027-12-31"),
    Case("My 2027 is", "smArT", "2027-12-31"),
)
PERIOD_SUBJECT_UNTIMED = (Case("The 2027 budget is about cutting waste.", "smArt"),)
UNTIMED = UNTIMED + PERIOD_SUBJECT_UNTIMED
TD_CASES = TD_CASES + PERIOD_SUBJECT_DATED + PERIOD_SUBJECT_UNTIMED

# A window counted from a named month ("within 2 weeks of October", "within a month of the
# end of March") starts when the month is over and ends that long after.
MONTH_WINDOW_DATED = (
    Case("Submit the grant report within 10 days of March.", "SMArT", "2027-04-10"),
    Case("File all expense claims within a week of December.", "SMArT", "2027-01-07"),
    Case("Publish the survey results within a month of September 2027.", "SMArT", "2027-10-30"),
    Case("Book the 6 site visits within 3 weeks of January.", "SMArT", "2027-02-21"),
    Case(
        "Send the 2026 tax pack to the accountant within 6 weeks of the end of April.",
        "SMArT",
        "2027-06-11",
    ),
    Case(
        "Publish the annual impact report within three months of December.", "SMArT", "2027-03-31"
    ),
    Case("File the harvest returns within 3 weeks of September.", "SMArT", "2027-10-21"),
    Case("within 2 weeks of October", "smArT", "2027-11-14"),
)
MONTH_WINDOW_UNDATED = (
    Case("within 2 weeks of the end of", "smArT"),
    Case("within 2 weeks of the", "smArT"),
)
UNDATED = UNDATED + MONTH_WINDOW_UNDATED
TD_CASES = TD_CASES + MONTH_WINDOW_DATED + MONTH_WINDOW_UNDATED

# A deadline tied to a number reached ("before we hit fifty", "until the blog reaches 50
# posts", "before revenue reaches $2M") is an event the text does not date; the figure is the
# event's, not the goal's ("Raise prices" there sets no figure of its own).
NUMBER_REACHED_UNDATED = (
    Case("Train a second barista before the café passes 300 covers a day.", "SMArT"),
    Case("Write the style guide until the blog reaches 50 posts.", "SMArT"),
    Case("Automate the invoice run before we hit fifty clients.", "SMArT"),
    Case("Launch the volunteer scheme before we reach 200 families.", "SMArT"),
    Case("Raise prices before revenue reaches $2M.", "smArT"),
    Case("before we hit fifty", "smArT"),
)
UNDATED = UNDATED + NUMBER_REACHED_UNDATED
TD_CASES = TD_CASES + NUMBER_REACHED_UNDATED

# A period gone by that labels a figure after a colon ("(2025: 41%)", "(Q3 2026: 24%)") dates
# a figure that was: it is no deadline of the goal. A period to come so labelled ("2027: 500
# members") may still date a target.
PAST_LABELS_UNTIMED = (
    Case("Grow repeat bookings from 20% to 30% (Q3 2026: 24%).", "SMArt"),
    Case("Sell 300 tickets for the gala (2024: 210, 2025: 260).", "SMArt"),
)
PAST_LABELS_DATED = (
    Case("Lift attendance to 96% by July (2025: 93%).", "SMArT", "2027-07-31"),
    Case("Targets - 2027: 500 members.", "SMArT", "2027-12-31"),
)
UNTIMED = UNTIMED + PAST_LABELS_UNTIMED
TD_CASES = TD_CASES + PAST_LABELS_UNTIMED + PAST_LABELS_DATED

# A year that dates an occasion after a time preposition ("in the 2027 sitting", "before the
# 2027 CQC inspection", "at lambing 2027") names the occasion: the goal ends on the occasion's
# day, which the text does not give, and a whole year is too wide to stand for it. The goal
# is time-bound with no deadline. A year on its own, the end of a year, or a year's own noun
# ("the 2027 season") is a period; a month or a season is narrow enough to stand for the
# occasion it names ("at the December fair", "for the spring parade").
YEAR_OCCASION_UNDATED = (
    Case("Enter four of my Year 10 pupils in the 2027 county chess championship.", "SMArT"),
    Case("Raise the trawler's catch value by 15% before the 2027 quota review.", "SMArT"),
    Case("Launch two new sourdough lines at the 2027 food festival.", "SMArT"),
    Case("Cut lambing losses to under 5% at lambing 2027.", "SMArT"),
    Case("Bring the orchard's bruised fruit down to 2% at picking 2028.", "SMArT"),
    Case("Register 25 new donors through the 2027 blood drive.", "SMArT"),
    Case("Present my thesis chapter at the 2027 ESRC methods conference.", "SMArT"),
    Case("Get 12 nurses signed off on the new pumps before the 2027 CQC inspection.", "SMArT"),
    Case("in the 2027 show", "smArT"),
    Case("at harvest 2027", "smArT"),
)
YEAR_OCCASION_DATED = (
    Case("Close 40 deals with regional grocers in 2027.", "SMArT", "2027-12-31"),
    Case("Secure 3 new school catering contracts by the end of 2027.", "SMArT", "2027-12-31"),
    Case("Sell 300 hampers at the December fair.", "SMArT", "2026-12-31"),
    Case("Have the float and 20 costumes ready for the spring parade.", "SMArT", "2027-05-31"),
    Case(
        "Reach 95% stock accuracy in the 2027 stocktake, by 31 March 2027 at the latest.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Qualify through the 2027 RYA instructor course and take 10 paying sailors by June 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Run 3 travel clinics in the 2027 winter season.", "SMArT", "2027-12-31"),
    Case("harvest 2027", "smArT", "2027-12-31"),
    Case("in the 2027", "smArT", "2027-12-31"),
)
UNDATED = UNDATED + YEAR_OCCASION_UNDATED
TD_CASES = TD_CASES + YEAR_OCCASION_UNDATED + YEAR_OCCASION_DATED

# A start from the day the goal is read ("from now on", "from today onwards", "starting
# tomorrow") goes on: it is no window and no deadline, and a cadence with it is time-bound
# with no date. "A week from now" and "by tomorrow" still end on their day.
FROM_NOW_ON_UNDATED = (
    Case("Make 25 outbound calls to lapsed donors a day from now on.", "SMArT"),
    Case("Walk the ward's fire exits once a week from today onwards.", "SMArT"),
    Case("Starting tomorrow, log every delivery van's mileage each evening.", "SMArT"),
    Case("Post two recipe reels every week from today.", "SMArT"),
)
FROM_NOW_ON_DATED = (
    Case("Send the signed lease to the landlord a week from now.", "SMArT", "2026-12-02"),
    Case("Get the 3 missing risk assessments to the head by tomorrow.", "SMArT", "2026-11-26"),
    Case("Before tomorrow, phone the 5 families on the waiting list.", "SMArT", "2026-11-25"),
)
FROM_NOW_ON_UNTIMED = (
    Case("a day from now on", "smArt"),
    Case("from today", "smArt"),
)
UNDATED = UNDATED + FROM_NOW_ON_UNDATED
UNTIMED = UNTIMED + FROM_NOW_ON_UNTIMED
TD_CASES = TD_CASES + FROM_NOW_ON_UNDATED + FROM_NOW_ON_DATED + FROM_NOW_ON_UNTIMED

# A period-end code before the period it ends ("EOM Jan", "EOY 2027", "EOQ Q2") is the end of
# that period, as "the end of January" is; alone it ends the current one.
END_CODE_DATED = (
    Case("Chase the 12 unpaid invoices by EOM Jan.", "SMArT", "2027-01-31"),
    Case("Ward audit: 30 care plans checked EOM March", "SMArT", "2027-03-31"),
    Case("Sign 4 new wholesale buyers by EOY 2027.", "SMArT", "2027-12-31"),
    Case("Land 3 enterprise renewals by EOQ Q2.", "SMArT", "2027-06-30"),
    Case("Clear the 25 open snags by EOM.", "SMArT", "2026-11-30"),
    Case("EOM Jan", "smArT", "2027-01-31"),
    Case("EOY 2027", "smArT", "2027-12-31"),
)
TD_CASES = TD_CASES + END_CODE_DATED

# A day of the month that comes back ("by the 25th of each month", "on the 1st of every
# month") is a cadence: time-bound, with no single deadline. One month's day still dates it.
MONTHLY_DAY_UNDATED = (
    Case("Check and sign every supplier payment run by the 25th of each month.", "SMArT"),
    Case("Send the 3 ward rotas to the matron on the 1st of every month.", "SMArT"),
    Case("Wage run: the 10th of each month", "SMArT"),
)
MONTHLY_DAY_DATED = (
    Case("Pay the 14 allotment holders' refunds by the 10th of next month.", "SMArT", "2026-12-10"),
    Case("by the 10th of each", "smArT", "2026-12-10"),
    Case("by the 10th of", "smArT", "2026-12-10"),
)
UNDATED = UNDATED + MONTHLY_DAY_UNDATED
TD_CASES = TD_CASES + MONTHLY_DAY_UNDATED + MONTHLY_DAY_DATED

# "Today" or "Tomorrow" with a capital inside a sentence, before a common noun, names a
# programme or a scheme ("Radio 4's Today programme"), not the day; after "by", or before a
# part of the day ("by Tomorrow morning"), it is still the day.
DAY_WORD_NAME_UNTIMED = (
    Case("Get our head of research a slot on the Today programme.", "SMArt"),
    Case("Book 4 guests on the Tomorrow's World podcast.", "SMArt"),
)
DAY_WORD_NAME_DATED = (
    Case("Call the 3 shortlisted florists by Tomorrow morning.", "SMArT", "2026-11-26"),
    Case("Send the 2 signed quotes Today and chase the deposits.", "SMArT", "2026-11-25"),
    Case("Finish The Quarterly Stock Count Today", "SMArT", "2026-11-25"),
    Case("on the Today", "smArT", "2026-11-25"),
)
UNTIMED = UNTIMED + DAY_WORD_NAME_UNTIMED
TD_CASES = TD_CASES + DAY_WORD_NAME_UNTIMED + DAY_WORD_NAME_DATED

# A fiscal year across two calendar years ("FY2027/28", "FY27-28") is named by the year it
# ends in, as "the 2027/28 financial year" is; with its months stated it has a date.
SPLIT_FY_DATED = (
    Case("Cut agency nursing spend by £90k in FY2027/28 (April to March).", "SMArT", "2028-03-31"),
    Case("Win 6 new council contracts in FY27-28 (April to March).", "SMArT", "2028-03-31"),
    Case(
        "Raise gift aid claims to 80% of donations in FY27/28 (April-March).", "SMArT", "2028-03-31"
    ),
)
SPLIT_FY_UNDATED = (
    Case("Grow member numbers to 1,200 in FY2027/28.", "SMArT"),
    Case("FY27/", "smArT"),
)
UNDATED = UNDATED + SPLIT_FY_UNDATED
TD_CASES = TD_CASES + SPLIT_FY_DATED + SPLIT_FY_UNDATED

# "To within" a span says how close a result must come (a tolerance), not when the goal ends:
# "predict the quake to within a week" has the deadline its other time gives, or none.
TOLERANCE_DATED = (
    Case(
        "Predict the next major earthquake on the fault to within a week, as part of my PhD by 2028.",
        "SMART",
        "2028-12-31",
    ),
    Case("Forecast weekly footfall to within 5% and 3 days by March.", "SMArT", "2027-03-31"),
    Case(
        "Get 90% of our delivery estimates right to within 2 days by June.", "SMArT", "2027-06-30"
    ),
)
TOLERANCE_UNTIMED = (Case("to within a week", "smArt"),)
UNTIMED = UNTIMED + TOLERANCE_UNTIMED
TD_CASES = TD_CASES + TOLERANCE_DATED + TOLERANCE_UNTIMED

# The end of the working day with "the" before either noun ("by the close of business", "by the
# end of the day") is the same day as without it ("by close of business", "by end of day"); "the
# end of the business year" is a year, not a day.
DAY_ENDS_WITH_THE = (
    Case("Finish the safeguarding report by the end of play.", "SMArT", "2026-11-25"),
    Case("Get 3 quotes for the boiler by the close of business Friday.", "SMArT", "2026-11-27"),
    Case("Send the rota by the end of the day on Friday.", "SMArT", "2026-11-27"),
    Case("Log every call by the end of the business day.", "SMArT", "2026-11-25"),
    Case("Reply to the tenants' emails by end of business.", "SMArT", "2026-11-25"),
    Case("Be done by the end of day.", "smArT", "2026-11-25"),
    Case("by the end of the", "smArt"),
)
TD_CASES = TD_CASES + DAY_ENDS_WITH_THE

# A season glued by a hyphen to the next word is part of one word ("summer-proof", "spring-
# clean"), and one right after a wish's "to" is a verb ("I want to spring clean ..."): neither
# is the season, and the goal's own date is its deadline.
SEASON_WORDS = (
    Case("Summer-proof the greenhouse before June.", "SMArT", "2027-05-31"),
    Case("I plan to summer-proof the greenhouse before June.", "SMArT", "2027-05-31"),
    Case("Our goal is to winter-proof the allotment shed by October 31.", "SMArT", "2027-10-31"),
    Case("I'd like to travel to Spain in summer.", "SMArT", "2027-08-31"),
    Case("Lose 5kg in time for summer.", "SMArT", "2027-08-31"),
    Case("summer-", "smArt"),
)
TD_CASES = TD_CASES + SEASON_WORDS

# A year before a target or an undertaking dates it with or without its determiner: a note
# drops "the" ("hit 2027 sales target"), and a frame before the verb changes nothing; "a 2027
# budget" is one of a kind, not the year's.
YEAR_TARGETS = (
    Case("Hit 2027 sales target.", "SMArT", "2027-12-31"),
    Case("I will hit 2027 sales target.", "SMArT", "2027-12-31"),
    Case("I will deliver 2027 recruitment campaign.", "SMArT", "2027-12-31"),
    Case("I will hit the 2027 sales target.", "SMArT", "2027-12-31"),
    Case("Agree a 2027 budget with the board.", "SMArt"),
    Case("Plan the 2027 conference programme.", "SMArt"),
    Case("hit 2027 target", "SMArT", "2027-12-31"),
)
TD_CASES = TD_CASES + YEAR_TARGETS


# An occasion's name ends where a clause opens ("because", "although", "if", "which"): the
# deadline is the occasion's day, and a reason or a condition after it keeps it.
OCCASION_THEN_CLAUSE = (
    Case(
        "Recruit 40 volunteers by Christmas because the shelter needs them.", "SMART", "2026-12-25"
    ),
    Case(
        "Tile the clinic floor before Easter although the budget is tight.", "SMArT", "2027-03-27"
    ),
    Case("Paint the hall by Christmas because", "SMART", "2026-12-25"),
)
OCCASION_THEN_CLAUSE_UNDATED = (
    Case("Send the grant report by the AGM if the trustees agree.", "SMArT"),
)
UNDATED = UNDATED + OCCASION_THEN_CLAUSE_UNDATED
TD_CASES = TD_CASES + OCCASION_THEN_CLAUSE + OCCASION_THEN_CLAUSE_UNDATED


# A purpose that aims at a state to be in or work to begin ("to become a charge nurse in
# March", "so I can start my new post in January") gives that state's own time, not the goal's:
# the goal is not time-bound by it. "by" or "before" there says by when the goal must serve it,
# being ready for an occasion is being in time for it, and a purpose that is a result of the
# goal ("to pass the certification this quarter") bounds the goal.
PURPOSE_BEGINS_UNTIMED = (
    Case("Finish my mentorship course to become a charge nurse in March.", "SMARt"),
    Case("Complete the HGV Class 2 training to start driving for the depot in February.", "SMARt"),
    Case("Pass the ECDL so I can start my new admin post in January.", "SMARt"),
    Case("Get my SIA badge so that I can work door security next summer.", "SMARt"),
    Case("Finish the phlebotomy module in order to join the outpatient team in May.", "SMARt"),
    Case("Save £3,000 to be a full-time freelancer next year.", "SMARt"),
    Case("Build my savings to £5,000 to start my own bakery in 2028.", "SMARt"),
    Case("Pass the driving test to start my delivery job on 4 January.", "SMARt"),
    Case("Hit 30 sales to be eligible for the bonus in Q2.", "SMARt"),
    Case("Pass the exam to start in May", "SMARt"),
)
PURPOSE_BOUNDS = (
    Case("Finish the PGCE to become a qualified teacher by September 2027.", "SMART", "2027-09-30"),
    Case("Pass my CPC exam so I can be an owner-driver by June.", "SMART", "2027-06-30"),
    Case(
        "Finish the food safety course to be ready for the March inspection.", "SMART", "2027-03-31"
    ),
    Case(
        "Get 40 hours of flight time so I am prepared for the checkride in April.",
        "SMART",
        "2027-04-30",
    ),
    Case("Complete the SQL course to pass the certification this quarter.", "SMART", "2026-12-31"),
    Case(
        "Read 20 research papers to write my literature review in January.", "SMART", "2027-01-31"
    ),
    Case("Finish the lighting plot to open the show on 12 March.", "SMART", "2027-03-12"),
)
UNTIMED = UNTIMED + PURPOSE_BEGINS_UNTIMED
TD_CASES = TD_CASES + PURPOSE_BEGINS_UNTIMED + PURPOSE_BOUNDS


# A goal whose own action is to start something ("Begin forklift training on 7 January",
# "Start my Level 3 plumbing NVQ in September") says when it begins, not when it is done: a
# start alone is not time-bound. "by", "before", "no later than" or "due" set a deadline for
# the start itself, and a second action with its own date ends the goal.
START_AS_THE_GOAL_UNTIMED = (
    Case("Begin my forklift licence course on 8 February.", "SMArt"),
    Case("Start my Level 3 plumbing NVQ in September.", "SMArt"),
    Case("Begin the night-shift rotation on 4 January.", "SMArt"),
    Case("Start the new phonics scheme with Year 1 in January.", "SMArt"),
    Case("I will start my MBA in September 2027.", "SMArt"),
    Case("Start the sales apprenticeship on 11 January.", "SMArt"),
    Case("We'll begin the stock-take at the Leeds warehouse on 2 December.", "SMArt"),
    Case("Start the new rota on 1 December and review it after 6 weeks.", "SMArt"),
    Case("Start it on 1 May.", "smArt"),
)
START_AS_THE_GOAL_DATED = (
    Case("Start the pilot of the new triage form by 1 March.", "SMArT", "2027-03-01"),
    Case("Start the ERP migration no later than 15 January.", "SMArT", "2027-01-15"),
    Case("Start the pilot due 3 March.", "SMArT", "2027-03-03"),
    Case("Start the pilot on or before 3 March.", "SMArT", "2027-03-03"),
    Case("Start and finish the bathroom refit in January.", "SMArT", "2027-01-31"),
    Case(
        "Start the pilot in April and roll it out to all 12 branches by September.",
        "SMArT",
        "2027-09-30",
    ),
    Case("on 1 May", "smArT", "2027-05-01"),
)
UNTIMED = UNTIMED + START_AS_THE_GOAL_UNTIMED
TD_CASES = TD_CASES + START_AS_THE_GOAL_UNTIMED + START_AS_THE_GOAL_DATED


# A weekday with a part of the day in the plural ("on Tuesday evenings", "Saturday mornings")
# is that part of every such day, a cadence as "on Tuesdays" is; in the singular it is the
# coming one.
PARTS_OF_WEEKDAYS = (
    Case("Run a puppy class at the village hall on Tuesday evenings.", "SMArT"),
    Case("Hold a drop-in tax clinic for tenants on Friday afternoons.", "SMArT"),
    Case("Do a 5k parkrun on Saturday mornings.", "SMArT"),
    Case("Teach a beginners' pottery class on Wednesday nights.", "SMArT"),
    Case("Walk the hospice dogs Sunday mornings.", "SMArT"),
    Case("Coach the U12 netball squad on Thursday evenings.", "SMArT"),
    Case("Volunteer at the night shelter on Monday nights.", "SMArT"),
    Case("Post a recipe video on Sunday lunchtimes.", "SMArT"),
    Case("Tuesday evenings", "sMArT"),
    Case("on Monday nights", "sMArT"),
)
PARTS_OF_WEEKDAYS_DATED = (
    Case("Run a puppy class at the village hall on Tuesday evening.", "SMArT", "2026-12-01"),
    Case("Finish the rota by Friday afternoon.", "SMArT", "2026-11-27"),
)
UNDATED = UNDATED + PARTS_OF_WEEKDAYS
TD_CASES = TD_CASES + PARTS_OF_WEEKDAYS + PARTS_OF_WEEKDAYS_DATED


# A length written as a modifier of what the goal runs ("a 6-week puppy class", "a 5-day
# induction course", "a 3-month placement"), from a day the text gives it to start, says when
# it ends: a weekly or daily thing meets for the last time on the same day of its last week,
# or on its last day; months end the day before the same date that many months on. From a
# start with no day ("starting next month") it is a start alone, and with no start no date.
LENGTH_FROM_A_START = (
    Case(
        "Run a 6-week puppy class at the village hall on Tuesday evenings starting 12 January.",
        "SMArT",
        "2027-02-16",
    ),
    Case(
        "Run a 10-week Saturday circle for 15 boys, starting 9 January 2027.", "SMArT", "2027-03-13"
    ),
    Case("Run a 5-day induction course for new porters starting 1 March.", "SMArT", "2027-03-05"),
    Case("Do a 3-month placement on the stroke ward starting 1 February.", "SMArT", "2027-04-30"),
    Case("Starting 4 January, run a 12-week couch to 5k group in the park.", "SMArT", "2027-03-22"),
    Case("Teach an 8-week Excel evening class from 2 February.", "SMArT", "2027-03-23"),
    Case("Run a 6-week puppy class by March.", "SMArT", "2027-03-31"),
    Case(
        "Run a 6-week class starting 12 January and write up the feedback by 31 March.",
        "SMArT",
        "2027-03-31",
    ),
)
LENGTH_WITH_NO_DAY = (
    Case("Run a 6-week puppy class starting next month.", "SMArt"),
    Case("Run a 6-week puppy class.", "SMArt"),
)
UNTIMED = UNTIMED + LENGTH_WITH_NO_DAY
TD_CASES = TD_CASES + LENGTH_FROM_A_START + LENGTH_WITH_NO_DAY


# "by the end of" (or the close, start or beginning of) what is named is a time, whatever it
# names: the end of an apprenticeship, a placement or a contract is an occasion whose date the
# text does not give, as the end of a workshop is. Time-bound, no deadline.
BY_THE_END_OF_A_THING = (
    Case("Finish the NVQ by the end of my apprenticeship.", "SMArT"),
    Case("Pass the safeguarding module by the end of my placement.", "SMArT"),
    Case("Submit the secondment logbook by the end of the secondment.", "SMArT"),
    Case("Get 20 supervised hours signed off by the end of my preceptorship.", "SMArT"),
    Case("Hand over all 14 client files by the end of my contract.", "SMArT"),
    Case("Complete the induction checklist by the end of my probation.", "SMArT"),
    Case("Sell the last 40 tickets by the close of the festival.", "SMArT"),
    Case("Write up 3 case studies by the end of the residency.", "SMArT"),
    Case("Get my CSCS card by the start of the build.", "SMArT"),
    Case("Publish the interview podcast by the end of our tenancy at the studio.", "SMArT"),
    Case("by the end of my contract", "smArT"),
)
BY_THE_END_OF_NOTHING = (Case("Finish the NVQ by the end of.", "SMArt"),)
UNDATED = UNDATED + BY_THE_END_OF_A_THING
UNTIMED = UNTIMED + BY_THE_END_OF_NOTHING
TD_CASES = TD_CASES + BY_THE_END_OF_A_THING + BY_THE_END_OF_NOTHING


# A goal of steps in periods ("in March", "over the summer", "at the spring camp") whose
# purpose says by when it is done ("so I'm fully qualified by the end of 2027", "to lead the U12s
# by September") ends on the purpose's date: the steps serve it. A goal with its own "by" keeps
# its own deadline.
STEPS_THEN_A_PURPOSE_BY = (
    Case(
        "Sit the two CIPD units in the spring sitting and the last one in June, so I'm fully"
        " qualified by the end of 2027.",
        "SMART",
        "2027-12-31",
    ),
    Case(
        "Take the theory test in January and the practical in March, so that I can drive the"
        " minibus by May.",
        "SMART",
        "2027-05-31",
    ),
    Case(
        "Shadow the night manager during December to run the hotel alone by February.",
        "SMART",
        "2027-02-28",
    ),
    Case(
        "Run the pilot in two wards in January so we can roll it out by the end of March.",
        "SMART",
        "2027-03-31",
    ),
    Case(
        "Do the food safety course in the new year to open the café by Easter.",
        "SMART",
        "2027-03-28",
    ),
    Case(
        "Write 2 chapters over the summer so I'm ready to submit by 30 September.",
        "SMART",
        "2027-09-30",
    ),
    Case(
        "Complete the coaching badge at the spring camp to lead the U12s by September.",
        "SMART",
        "2027-09-30",
    ),
    Case(
        "Run 3 community fairs in the spring to recruit 50 volunteers by July.",
        "SMART",
        "2027-07-31",
    ),
    Case("Finish the first draft by March so I can submit it by June.", "SMART", "2027-03-31"),
)
TD_CASES = TD_CASES + STEPS_THEN_A_PURPOSE_BY


# "for" a length ("shadow the team for a week", "cover the desk for 3 days") says how long the
# work lasts; when the text says when it is due ("before my review", "by the end of January"),
# it is not a window that ends that long from today. "for the next 6 weeks" counts from today.
LENGTH_OF_THE_WORK = (
    Case("Shadow the appeals team for a week before my review.", "SMArT"),
    Case("Work on the stroke ward for 2 weeks before the CQC visit.", "smArT"),
    Case("Volunteer at the food bank for a fortnight until the new coordinator starts.", "SMArT"),
)
LENGTH_OF_THE_WORK_DATED = (
    Case("Cover the reception desk for 3 days before the Christmas party.", "SMArT", "2026-12-24"),
    Case("Mentor the two new joiners for 6 weeks by the end of January.", "SMArT", "2027-01-31"),
    Case("Trial the new rota for a month before 1 March.", "SMArT", "2027-03-01"),
    Case("Volunteer for 6 weeks.", "SMArT", "2027-01-06"),
    Case("Run the shop for the next 6 weeks before my review.", "SMArT", "2027-01-06"),
    Case("for a week before", "smArT", "2026-12-02"),
)
UNDATED = UNDATED + LENGTH_OF_THE_WORK
TD_CASES = TD_CASES + LENGTH_OF_THE_WORK + LENGTH_OF_THE_WORK_DATED


# A rate set up as a yardstick of what was done ("like the 18 a month I managed last year",
# "unlike the 4 a year we held before": "like", "than", "from" and the like, "the", the
# figure, and a clause in the past with its own subject) is what the goal is compared with, not
# how often it is done: no cadence. "up from" it keeps the goal's own rate, and a rate the
# goal keeps up or one agreed is still the goal's.
RATE_DONE_BEFORE_UNTIMED = (
    Case("Do my food safety inspections, like the 18 a month I managed last year.", "SMArt"),
    Case("Run the allotment open days, unlike the 4 a year we held before.", "SMArt"),
    Case("Write grant bids as well as the 2 a month we sent last year.", "SMArt"),
    Case("like the 3 a day I did", "smArt"),
)
RATE_OF_THE_GOAL = (
    Case("Do 20 inspections a month, up from the 18 a month I managed last year.", "SMArT"),
    Case("Keep up the 18 a month I managed last year.", "SMArT"),
    Case("Post twice a week we agreed.", "SMArT"),
    Case("the 3 a day I", "SMArT"),
)
UNTIMED = UNTIMED + RATE_DONE_BEFORE_UNTIMED
TD_CASES = TD_CASES + RATE_DONE_BEFORE_UNTIMED + RATE_OF_THE_GOAL


# "as soon as" a clause that says only that the writer is able ("we can", "I'm able", "I can
# manage it") names no occasion: it is "as soon as possible" in other words, no deadline
# (`T002`). "as soon as" an occasion ("we get the donor list", "we can get a roofer") ties
# the goal to it.
AS_SOON_AS_ABLE = (
    Case("Fix the leaking roof on the chapel as soon as we can.", "SMArt"),
    Case("Get the 12 fire doors rehung as soon as I'm able.", "SMArt"),
    Case("Send the 40 thank-you letters as soon as I can manage it.", "SMArt"),
    Case("Book the boiler service as soon as we're able.", "SMArt"),
    Case("Repaint the 6 classrooms as soon as they can.", "SMArt"),
    Case("as soon as we can", "smArt"),
)
AS_SOON_AS_AN_OCCASION = (
    Case("Send the 40 thank-you letters as soon as we get the donor list.", "SMArT"),
    Case("Fix the leaking roof as soon as we can get a roofer.", "SMArT"),
    Case("as soon as I", "smArT"),
)
UNTIMED = UNTIMED + AS_SOON_AS_ABLE
UNDATED = UNDATED + AS_SOON_AS_AN_OCCASION
TD_CASES = TD_CASES + AS_SOON_AS_ABLE + AS_SOON_AS_AN_OCCASION


# A cadence word before the people a goal counts ("30 new monthly donors", "12 weekly
# volunteers") names a kind of person, as "monthly recurring revenue" names a measure: no
# cadence of the goal. Said of the goal's own doing ("meet 5 customers weekly", "phone my
# donors monthly") or of an occasion ("weekly check-ins") it still is one.
KIND_OF_PERSON_UNTIMED = (
    Case("Recruit 30 new monthly donors for the hospice.", "SMArt"),
    Case("Sign 12 weekly volunteers for the soup kitchen rota.", "SMArt"),
    Case("Find 8 regular weekly customers for the veg box scheme.", "SMArt"),
    Case("Enrol 20 daily members at the climbing wall.", "SMArt"),
    Case("Win 15 new monthly clients for the dog-walking round.", "SMArt"),
    Case("weekly donors", "smArt"),
)
CADENCE_OF_THE_GOAL = (
    Case("Meet 5 customers weekly.", "SMArT"),
    Case("Hold weekly check-ins with my 4 reports.", "SMArT"),
    Case("Phone my 40 donors monthly.", "SMArT"),
)
UNTIMED = UNTIMED + KIND_OF_PERSON_UNTIMED
UNDATED = UNDATED + CADENCE_OF_THE_GOAL
TD_CASES = TD_CASES + KIND_OF_PERSON_UNTIMED + CADENCE_OF_THE_GOAL


# "than" before a period names what the goal is compared with ("5 more demos a month than last
# quarter", "more than in 2025"), as "up from 38 this year" does: no deadline. After a
# comparative of time it is a deadline word: "no later than Friday" is "by Friday".
THAN_A_PERIOD = (
    Case("Run 5 more technical demos per month than last quarter.", "SMArT"),
    Case("Answer more calls per shift than in October.", "sMArT"),
    Case("Plant more trees than last winter, 3 a week.", "SMArT"),
)
THAN_A_PERIOD_UNTIMED = (
    Case("Sell more hampers than in 2025.", "smArt"),
    Case("than last quarter", "smArt"),
)
NO_LATER_THAN = (
    Case("Book 20% more school visits than last year by June.", "SMArT", "2027-06-30"),
    Case("Finish the site survey no later than 15 January.", "SMArT", "2027-01-15"),
    Case("Finish the site survey not later than Friday.", "SMArT", "2026-11-27"),
    Case("Send the audit pack no later than Monday.", "SMArT", "2026-11-30"),
    Case("later than Friday", "smArT", "2026-11-27"),
)
UNDATED = UNDATED + THAN_A_PERIOD
UNTIMED = UNTIMED + THAN_A_PERIOD_UNTIMED
TD_CASES = TD_CASES + THAN_A_PERIOD + THAN_A_PERIOD_UNTIMED + NO_LATER_THAN


# A year number before a noun and "year" ("the 2027 timetable year", "the 2027 academic year",
# "the 2027 growing year") names a year on a calendar of its own, whose dates the text does not
# give: time-bound, no date, as without the number. "the 2027 calendar year" is the year.
A_YEAR_OF_ITS_OWN = (
    Case("Get on-time running from 88% to 91% by the end of the 2027 timetable year.", "SMArT"),
    Case("Raise reading ages by 6 months by the end of the 2027 academic year.", "SMArT"),
    Case("Cut fertiliser use by 10% over the 2027 growing year.", "SMArT"),
    Case("Close 40 cases in the 2027 court year.", "SMArT"),
    Case("2027 academic year", "smArT"),
)
A_CALENDAR_YEAR = (
    Case(
        "Raise reading ages by 6 months by the end of the 2027 calendar year.",
        "SMArT",
        "2027-12-31",
    ),
)
UNDATED = UNDATED + A_YEAR_OF_ITS_OWN
TD_CASES = TD_CASES + A_YEAR_OF_ITS_OWN + A_CALENDAR_YEAR

# A season's name before a period noun of a calendar of its own ("this autumn term", "in the
# summer season", "next spring semester") is that period, on dates the text omits: time-bound
# with no date. With no time word before it, or a noun after it, it names a thing.
SEASON_NAMED_PERIOD_UNDATED = (
    Case("Cut missed bin collections to under 1% this winter season.", "SMArT"),
    Case("Teach 4 observed lessons in the spring term.", "SMArT"),
    Case("Raise volunteer hours by 15% over the summer season.", "SMArT"),
    Case("Lead 2 assemblies this spring term so I can apply for head of year.", "SMART"),
    Case("Take the U12s to the county final next spring season.", "SMArT"),
    Case("Hit 90% attendance in my tutor group this summer term.", "SMArT"),
    Case("Host 8 farm tours within the spring season.", "SMArT"),
    Case("Sell 1,500 pitches at the caravan park in the summer season.", "SMArT"),
    Case("Teach 4 lessons this spring term, then review.", "SMArT"),
)
SEASON_NAMED_THING_UNTIMED = (
    Case("Redesign the spring term timetable for Year 7.", "SMArt"),
    Case("Publish the summer season brochure with 40 listings.", "SMArt"),
    Case("Order 200 winter season tyres for the depot.", "SMArt"),
    Case("Get 10 listings in the summer season brochure.", "SMArt"),
    Case("Print 40 copies in the spring term", "SMArT"),
    Case("in the summer season", "smArT"),
    Case("this winter term", "smArT"),
    Case("spring term", "smArt"),
)
UNDATED = UNDATED + SEASON_NAMED_PERIOD_UNDATED
UNTIMED = UNTIMED + SEASON_NAMED_THING_UNTIMED[:4]
TD_CASES = TD_CASES + SEASON_NAMED_PERIOD_UNDATED + SEASON_NAMED_THING_UNTIMED

# The last part of a hyphenated compound in "-ed" ("self-employed", "fully-booked",
# "allergen-certified") is an adjective, not a past tense: a purpose that holds one looks
# forward, and its "by" still says by when the goal is done.
COMPOUND_IN_ED_DATED = (
    Case("Save £10k to go self-employed by June.", "SMART", "2027-06-30"),
    Case("Take 5 more clients so the salon is fully-booked by March.", "SMART", "2027-03-31"),
    Case("Train 4 staff so the café is well-staffed by Easter.", "SMART", "2027-03-28"),
    Case(
        "Build a client list of 20 families to go self-employed as a tutor by September.",
        "SMART",
        "2027-09-30",
    ),
    Case("Finish 3 supervised builds so I'm CAA-approved by May.", "SMART", "2027-05-31"),
    Case("Get 2 references so the nursery is Ofsted-registered by March.", "SMART", "2027-03-31"),
    Case(
        "Recruit 6 volunteers so the food bank is fully-staffed by 1 December.",
        "SMART",
        "2026-12-01",
    ),
    Case(
        "Complete the audit so our kitchen is allergen-certified by February.",
        "SMART",
        "2027-02-28",
    ),
    Case("Raise £4,000 so the choir is self-funded by next spring.", "SMART", "2027-05-31"),
    Case("to go self-employed by June", "sMArT", "2027-06-30"),
    Case("-employed by June", "smArT", "2027-06-30"),
)
COMPOUND_IN_ED_UNTIMED = (
    Case("Repay the £2,000 so I can forget what I borrowed in 2025.", "SMARt"),
    Case("Fix the 12 faults so we can move on from what failed in October.", "SMARt"),
)
TD_CASES = TD_CASES + COMPOUND_IN_ED_DATED + COMPOUND_IN_ED_UNTIMED
UNTIMED = UNTIMED + COMPOUND_IN_ED_UNTIMED

# A causative ("get" or "have", its object, a participle: "get my visa renewed", "have the crew
# trained") says what is to be done to the object: no past tense, so a purpose that holds one
# keeps its date. A subject between ("the money I borrowed in 2025") opens a clause of its own.
CAUSED_PARTICIPLE_DATED = (
    Case("Find a sponsor to get my visa renewed by June.", "SMART", "2027-06-30"),
    Case("Collect 5 references to get my licence reinstated by March.", "SMART", "2027-03-31"),
    Case(
        "Finish the 3 modules so I can get the portfolio signed off by April.",
        "SMART",
        "2027-04-30",
    ),
    Case(
        "Chase the 6 invoices so we can have the accounts filed by 31 January.",
        "SMART",
        "2027-01-31",
    ),
    Case("Run 4 drills so I have the crew trained by October.", "SMART", "2027-10-31"),
    Case("Book the inspector so we get the lift certified by 1 March.", "SMART", "2027-03-01"),
    Case("get it signed by June", "smArT", "2027-06-30"),
    Case("to get signed by June", "sMArT", "2027-06-30"),
)
CAUSED_PARTICIPLE_UNTIMED = (
    Case("Repay the loan so I can forget the money I borrowed in 2025.", "SMARt"),
    Case("Rebuild the 3 pages so we can fix what the audit flagged in October.", "SMARt"),
)
TD_CASES = TD_CASES + CAUSED_PARTICIPLE_DATED + CAUSED_PARTICIPLE_UNTIMED
UNTIMED = UNTIMED + CAUSED_PARTICIPLE_UNTIMED

# The middle of a period is its first half's end, for a month as for a year: "by mid-January"
# is January 15, the day before "the second half of January" starts, and "by mid-2027" June 30.
MIDDLE_OF_A_PERIOD = (
    Case("Finish the boiler installs by mid-April.", "SMArT", "2027-04-15"),
    Case("Hit 500 followers by mid-December.", "SMArT", "2026-12-15"),
    Case("Finish the plan by mid-next month.", "SMArT", "2026-12-15"),
    Case("Book the venue by the middle of June.", "SMArT", "2027-06-15"),
    Case("Finish my thesis chapter by mid-spring.", "SMArT", "2027-04-15"),
    Case("Get 10 reviews in mid-January.", "SMArT", "2027-01-15"),
    Case("Plant the beds in the first half of April.", "SMArT", "2027-04-15"),
    Case("Submit the bid by mid-2027.", "SMArT", "2027-06-30"),
    Case("mid-January", "smArT", "2027-01-15"),
    Case("by mid-", "smArt"),
)
TD_CASES = TD_CASES + MIDDLE_OF_A_PERIOD

# "for" and a period of a calendar of its own ("for the 2027 season", "for the 2027 intake",
# "for the autumn term") names the period the goal is for: time-bound, on dates the text does
# not give. A noun after it ("for the 2027 season ticket scheme") makes it a name.
FOR_A_PERIOD_UNDATED = (
    Case("Hire 3 assistant coaches for the 2027 season.", "SMArT"),
    Case("Order 40 new kits for the 2027 season.", "SMArT"),
    Case("Recruit 12 mentors for the 2027 intake.", "SMArT"),
    Case("Book 6 guest speakers for the 2027 term.", "SMArT"),
    Case("Plan 12 lessons for the autumn term.", "SMArT"),
    Case("Recruit 8 stewards for the summer season.", "SMArT"),
    Case("Book 30 school visits for the spring semester.", "SMArT"),
    Case("Train 6 stewards for the 2027 season so the ground passes its safety check.", "SMART"),
    Case("Prepare 3 new routes for the 2027 climbing season.", "SMArT"),
    Case("for the 2027 season", "smArT"),
)
FOR_A_PERIOD_UNTIMED = (
    Case("Get 200 members for the 2027 season ticket scheme.", "SMArt"),
    Case("Order 200 kits for the 2027 season's new players.", "SMArt"),
)
UNDATED = UNDATED + FOR_A_PERIOD_UNDATED
UNTIMED = UNTIMED + FOR_A_PERIOD_UNTIMED
TD_CASES = TD_CASES + FOR_A_PERIOD_UNDATED + FOR_A_PERIOD_UNTIMED

# A cause whose subject is another thing the text names ("as the cruise report is due on 15
# February", "because the CQC inspection is due by March") gives that thing's deadline, not
# the goal's, even with a deadline word; one about the writer or the goal itself ("as I need
# it by 1 March", "because they're due on 10 January") still bounds the goal.
CAUSE_OF_ANOTHER_THING_UNTIMED = (
    Case("Process the CTD casts, as the cruise report is due on 15 February.", "SMARt"),
    Case("Tidy the 40 patient files because the CQC inspection is due by March.", "SMARt"),
    Case("Re-cost the menu, since the supplier contract runs until 31 January.", "SMARt"),
    Case("Train 2 more first aiders as our certificate expires before June.", "SMARt"),
    Case("Update the 6 risk assessments, as the insurer's renewal is due by 1 April.", "SMARt"),
    Case("Recruit 3 volunteers because the grant report is due on 30 April.", "SMARt"),
    Case("because the report is due by May", "SMARt"),
)
CAUSE_OF_THE_GOAL_DATED = (
    Case("File the 3 reports because they're due on 10 January.", "SMART", "2027-01-10"),
    Case("Finish my portfolio because I have to submit it by 30 June.", "SMART", "2027-06-30"),
    Case("Complete the 4 modules, since we need them done before Easter.", "SMART", "2027-03-27"),
    Case("Submit the 20 timesheets because it's due by the 5th.", "SMART", "2026-12-05"),
    Case("Predict the quake to within a week, as part of my PhD by 2028.", "SMART", "2028-12-31"),
    Case("Process the casts by June, because", "SMART", "2027-06-30"),
    Case(
        "Fix the 3 vans because the depot manager wants them back by Friday.", "SMART", "2026-11-27"
    ),
)
UNTIMED = UNTIMED + CAUSE_OF_ANOTHER_THING_UNTIMED
TD_CASES = TD_CASES + CAUSE_OF_ANOTHER_THING_UNTIMED + CAUSE_OF_THE_GOAL_DATED

# A holiday before a noun of occasion ("for the Christmas concert", "for the Easter services",
# "for the Halloween party") names the occasion held at the holiday: the goal is due by that
# day. A holiday before another noun ("the Christmas menu") names a kind of thing.
HOLIDAY_OCCASION_DATED = (
    Case("Rehearse the choir 3 times for the Christmas concert.", "SMArT", "2026-12-25"),
    Case("Sell 100 tickets for the Halloween party.", "SMArT", "2027-10-31"),
    Case("Book 4 bands for the Easter festival.", "SMArT", "2027-03-28"),
    Case("Hire 2 extra chefs for the Christmas parties.", "SMArT", "2026-12-25"),
    Case(
        "Overhaul the turret clock so it strikes again for the Easter services.",
        "SMART",
        "2027-03-28",
    ),
    Case("for the Easter service", "smArT", "2027-03-28"),
    # The occasion named in several words: its head says it is one.
    Case("Tune all 6 handbells in time for the Easter carol services.", "SMArT", "2027-03-28"),
    Case("Paint 20 stage flats for the Christmas school concert.", "SMArT", "2026-12-25"),
)
HOLIDAY_THING_UNTIMED = (
    Case("Plan the Christmas menu with 5 courses.", "SMArt"),
    Case("Write the Easter newsletter for 300 families.", "SMArt"),
)
UNTIMED = UNTIMED + HOLIDAY_THING_UNTIMED
TD_CASES = TD_CASES + HOLIDAY_OCCASION_DATED + HOLIDAY_THING_UNTIMED

# "From" an occasion to come that a season or a month names ("from the spring gala", "from
# the May trade show") is where the result comes from: the occasion bounds the goal, on a day
# the text does not give. An occasion gone by ("from the 2025 trade show") or a thing that is
# no occasion ("from the spring stock") does not.
YIELDED_BY_AN_OCCASION_UNDATED = (
    Case("Get 20 new leads from the May trade show.", "SMArT"),
    Case("Raise £2,000 from the summer fete for the hospice.", "SMArT"),
    Case("Collect 50 pieces of feedback from the June conference.", "SMArT"),
    Case("Recruit 3 apprentices from the spring careers fair.", "SMArT"),
    Case("from the spring gala", "smArT"),
)
YIELDED_BY_AN_OCCASION_UNTIMED = (
    Case("Follow up the 20 leads from the 2025 trade show.", "SMArt"),
    Case("Act on the feedback from the March 2026 survey.", "SMArt"),
    Case("Sell 40 plants from the spring stock.", "SMArt"),
    Case("Coordinate the volunteer drivers from this April.", "SmArt"),
)
UNDATED = UNDATED + YIELDED_BY_AN_OCCASION_UNDATED
UNTIMED = UNTIMED + YIELDED_BY_AN_OCCASION_UNTIMED
TD_CASES = TD_CASES + YIELDED_BY_AN_OCCASION_UNDATED + YIELDED_BY_AN_OCCASION_UNTIMED

# A period named before a colon frames the day the goal is due by after it ("our audit is in
# March: we'll close all 14 findings by 15 March"): the goal's own day is its deadline, not the
# frame's last day. With no colon ("in March, the first by 5 March") the period still ends it.
FRAMED_DAY_DATED = (
    Case(
        "I have to renew my licence in June: I'll log the last 20 flying hours by 10 June.",
        "SMArT",
        "2027-06-10",
    ),
    Case("Our audit is in March: we'll close all 14 findings by 15 March.", "SMArT", "2027-03-15"),
    Case("We move in January: I'll pack the 40 archive boxes by 8 January.", "SMArT", "2027-01-08"),
    Case("In March: run 4 sessions, the last by 28 March.", "SMArT", "2027-03-28"),
    Case("Run 4 sessions in March, the first by 5 March.", "SMArT", "2027-03-31"),
    Case("Q1: by 15 February", "smArT", "2027-02-15"),
)
TD_CASES = TD_CASES + FRAMED_DAY_DATED

# "next year" or "this year" after a season, a holiday or a quarter says which one, as a year
# written after it does ("autumn next year" is the autumn of the year after today's, not the
# autumn still to come this year).
YEAR_SAID_DATED = (
    Case("Hold the first open day in autumn next year.", "SMArT", "2027-11-30"),
    Case("Open the second kiosk by Christmas next year.", "SMArT", "2027-12-25"),
    Case("Hand in the dissertation by Christmas this year.", "SMArT", "2026-12-25"),
    Case("Train 6 lifeguards in Q1 next year.", "SMArT", "2027-03-31"),
    Case("Move the archive to the new store in H2 next year.", "SMArT", "2027-12-31"),
)
TD_CASES = TD_CASES + YEAR_SAID_DATED

# The middle of a one-day period is that day.
MIDDLE_OF_A_DAY_DATED = (
    Case("Send the 3 quotes to the client by mid tomorrow.", "SMArT", "2026-11-26"),
    Case("Post the 12 rota changes by the middle of 3 March 2027.", "SMArT", "2027-03-03"),
)
TD_CASES = TD_CASES + MIDDLE_OF_A_DAY_DATED

# The day an occasion is on, in brackets or after "on" right after its name, says when the
# occasion is more exactly than the season or month that names it ("the spring conference (9
# April 2027)"), though written without a "by": it is the deadline. "On" a day restates only a
# period that holds it; a bracket that holds more than the day ("(April to March)") does not.
OCCASION_DAY_DATED = (
    Case("Sell 60 raffle tickets at the winter market (12 December).", "SMArT", "2026-12-12"),
    Case("Print 200 programmes for the spring recital (28 March 2027).", "SMArT", "2027-03-28"),
    Case("Train 4 new stewards before the summer show on 10 July.", "SMArT", "2027-07-10"),
    Case("Book 3 caterers ahead of the autumn open evening (7 October).", "SMArT", "2027-10-07"),
    Case(
        "Learn 4 carols with the choir for the Christmas concert (18 Dec).", "SMArT", "2026-12-18"
    ),
    Case(
        "Get 25 volunteers signed up before the spring clean-up (Saturday 20 March).",
        "SMArT",
        "2027-03-20",
    ),
    Case("Prepare 12 case studies for the March board meeting (16 March).", "SMArT", "2027-03-16"),
    Case("Draft the 40-page annual report this summer (due June 30).", "SMArT", "2027-06-30"),
    Case("Deliver £180k of savings in FY2027/28 (April to March).", "SMArT", "2028-03-31"),
    Case("Run 3 workshops in March, the last one on 14 March.", "SMArT", "2027-03-31"),
    Case("Get 40 signups by the May open day on 14 May, and 60 by June.", "SMArT", "2027-06-30"),
    Case("Sell 40 wreaths at the Christmas market on 5 December.", "SMArT", "2026-12-05"),
    Case("Raise £500 at the Easter egg hunt on 27 March.", "SMArT", "2027-03-27"),
    Case("Finish the costumes for the summer show on 3 July.", "SMArT", "2027-07-03"),
    Case("Get 3 quotes by June on Fridays.", "SMArT", "2027-06-30"),
    Case("(9 April)", "smArT", "2027-04-09"),
    Case("(9 April", "smArT", "2027-04-09"),
    Case("in spring (9 April)", "smArT", "2027-04-09"),
    Case("spring on 9 April", "smArT", "2027-04-09"),
    Case("on 9 April", "smArT", "2027-04-09"),
)
TD_CASES = TD_CASES + OCCASION_DAY_DATED

# "for the next year" says how long the goal runs, a window of one unit from today, as "for
# the next 6 weeks" and "over the next year" are; "next year" alone, "in the next month" and
# "for the next year of" a thing keep the calendar's period.
FOR_THE_NEXT_DATED = (
    Case("Mentor two junior auditors for the next year.", "SMArT", "2027-11-25"),
    Case("Walk 8,000 steps a day for the next month.", "SMArT", "2026-12-25"),
    Case("Volunteer at the food bank twice a week for the next year.", "SMArT", "2027-11-25"),
    Case("Keep the stockroom under 200 lines for the next week.", "SMArT", "2026-12-02"),
    Case("For the next month, call 10 lapsed donors a week.", "SMArT", "2026-12-25"),
    Case("Lead 4 night shifts a month next year.", "SMArT", "2027-12-31"),
    Case("Close 5 deals in the next month.", "SMArT", "2026-12-31"),
    Case("Save £3,000 for the next year of nursery fees.", "SMArT", "2027-12-31"),
    Case("for the next year", "smArT", "2027-11-25"),
)
TD_CASES = TD_CASES + FOR_THE_NEXT_DATED

# Two years joined by an en dash, as typesetting writes a range ("the 2026–27 academic year",
# "the 2025–26 season"), name one year of a calendar of its own, as with a hyphen or a slash:
# time-bound with no date, where the first year alone ended the goal on its December 31.
EN_DASH_YEARS_UNDATED = (
    Case("Complete my 40-page dissertation by the end of the 2026–27 academic year.", "SMArT"),
    Case("Win 12 league games in the 2026–27 season.", "SMArT"),
    Case("Publish 2 papers in 2027–28.", "SMArT"),
    Case("2026–27", "smArT"),
)
EN_DASH_DAY_DATED = (Case("Finish the 3 audits by 2027–06–30.", "SMArT", "2027-06-30"),)
UNDATED = UNDATED + EN_DASH_YEARS_UNDATED
TD_CASES = TD_CASES + EN_DASH_YEARS_UNDATED + EN_DASH_DAY_DATED

# "within the month" (week, quarter, year) with no number is the period under way, as "this
# month" is; "each" or "every" in its clause makes it a standard each one meets, a unit from it,
# and "within the year of" an event is counted from that event.
WITHIN_THE_PERIOD_DATED = (
    Case("Get the 14 fire doors on B block re-hung within the month.", "SMArT", "2026-11-30"),
    Case("Sign up 20 new allotment holders within the year.", "SMArT", "2026-12-31"),
    Case("Clear the 60 overdue invoices within the quarter.", "SMArT", "2026-12-31"),
    Case("Within the week, book 3 site visits with the new landlord.", "SMArT", "2026-11-29"),
    Case("Answer each of the 30 complaints within the week.", "SMArT", "2026-12-02"),
    Case("Visit 5 clients within the week and 10 by January.", "SMArT", "2027-01-31"),
    Case("within the month", "smArT", "2026-11-30"),
)
WITHIN_THE_PERIOD_UNDATED = (
    Case("Finish the 3 kitchen refits within the year of buying the café.", "SMArT"),
)
UNDATED = UNDATED + WITHIN_THE_PERIOD_UNDATED
TD_CASES = TD_CASES + WITHIN_THE_PERIOD_DATED + WITHIN_THE_PERIOD_UNDATED

# "a year or two" ("a week or two", "a month or two") is a rough span, as "a couple of years"
# is: no bound a reader can hold the goal to, so not time-bound.
OR_TWO_UNTIMED = (
    Case("Maybe in a year or two I could do my ICU course.", "SMArt"),
    Case("Open a second salon in a year or two and hire 4 stylists.", "SMArt"),
    Case("Get my forklift licence within a week or two.", "SMArt"),
    Case("a year or two", "smArt"),
)
OR_TWO_CADENCE = (Case("Do 2 shifts a week or two at weekends.", "SMArT"),)
UNTIMED = UNTIMED + OR_TWO_UNTIMED
TD_CASES = TD_CASES + OR_TWO_UNTIMED + OR_TWO_CADENCE

# A clause after a comma whose subject is "which" or "who", said of a thing the goal names in
# a phrase of its own ("for the training pack, which comes up for review in 2028"), dates that
# thing, not the goal. The goal's own object, a time before it, the writer as the clause's
# subject, a deadline's word in it, or an occasion's day keep the date as the goal's.
RELATIVE_DATE_UNTIMED = (
    Case(
        "Write 3 case studies for the service's pack, which comes up for review in 2028.",
        "SMArt",
    ),
    Case("Update the 12 risk assessments for the depot, which is inspected in March.", "SMArt"),
    Case("Coach 3 apprentices at the Leeds branch, which closes in 2028.", "SMArt"),
    Case("Knit 20 hats for the neonatal unit, which moves to the new wing in May.", "SMArt"),
    Case("Re-tile the 4 bathrooms for the Hendersons, who move in on 3 March.", "SMArt"),
    Case(
        "Build 2 pricing models for the farm shop, which my sister took over in January.", "SMArt"
    ),
)
RELATIVE_DATE_DATED = (
    Case("Finish the 40-page report, which is due on 3 March.", "SMArT", "2027-03-03"),
    Case("Write 2 bids for the grant, which must be submitted by 1 March.", "SMArT", "2027-03-01"),
    Case("Write 3 case studies for the pack, which I'll present in March.", "SMArT", "2027-03-31"),
    Case(
        "Finish CIPD Level 5 by the end of FY2027, which closes on 31 March 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Sell 30 tickets for the gala, which is on 14 February.", "SMArT", "2027-02-14"),
    Case("Print 500 leaflets for the fun run, which takes place on 6 June.", "SMArT", "2027-06-06"),
    Case("Draft 3 chapters of the manual, which goes to print in June.", "SMArT", "2027-06-30"),
    Case(", which opens in 2028", "smArT", "2028-12-31"),
)
RELATIVE_DATE_SHORT = (Case("Fix it, which", "smArt"), Case("a, who", "smArt"))
UNTIMED = UNTIMED + RELATIVE_DATE_UNTIMED
TD_CASES = TD_CASES + RELATIVE_DATE_UNTIMED + RELATIVE_DATE_DATED + RELATIVE_DATE_SHORT

# Seasons of the church year after a time's preposition are periods with days of their own:
# Advent runs from the fourth Sunday before Christmas to Christmas Eve, Lent from Ash
# Wednesday to Holy Saturday. The word without such a preposition is a name, a coming or a
# verb ("the advent of AI", "Advent of Code", "I lent my van").
HOLY_SEASON_DATED = (
    Case("Visit 5 housebound parishioners every week in Advent.", "SMArT", "2026-12-24"),
    Case("Bake 200 mince pies for the food bank in Advent.", "SMArT", "2026-12-24"),
    Case("Give up sugar in my coffee during Lent.", "SMArT", "2027-03-27"),
    Case("Run 3 food drives before Lent.", "SMArT", "2027-02-09"),
    Case("Finish writing the 12 study notes by the end of Lent.", "SMArT", "2027-03-27"),
    Case("read the 4 gospels through lent", "SMArT", "2027-03-27"),
    Case("in Lent", "smArT", "2027-03-27"),
)
HOLY_SEASON_UNTIMED = (
    Case("Write 2 blog posts about the advent of AI in radiology.", "SMArt"),
    Case("Complete all 25 days of Advent of Code.", "SMArt"),
    Case("Give 10 Lent talks to the youth group.", "SMArt"),
    Case("Lent", "smArt"),
    Case("of Lent", "smArt"),
)
UNTIMED = UNTIMED + HOLY_SEASON_UNTIMED
TD_CASES = TD_CASES + HOLY_SEASON_DATED + HOLY_SEASON_UNTIMED

# "next time" is the next session or meeting: an occasion the text does not date, which
# bounds the goal (time-bound, no date). A hyphenated compound with it names a thing.
NEXT_TIME_UNDATED = (
    Case("Homework from session 2: write down 3 questions and bring them next time.", "SMArT"),
    Case("Have the 3 case notes typed up by the next time we meet.", "SMArT"),
    Case("Next time, bring 2 examples of feedback you've given.", "SMArT"),
    Case("next time", "smArT"),
)
NEXT_TIME_UNTIMED = (Case("Set up the next-time-slot booking tool for 3 clinics.", "SMArt"),)
UNDATED = UNDATED + NEXT_TIME_UNDATED
UNTIMED = UNTIMED + NEXT_TIME_UNTIMED
TD_CASES = TD_CASES + NEXT_TIME_UNDATED + NEXT_TIME_UNTIMED

# A season's name before "session" after a time's preposition ("in the summer session", "in
# the autumn session") is a session of exams, a parliament or a college: a period of a
# calendar of its own, as "the summer term" is, time-bound with no date. A noun after it
# ("the summer session timetable") names a thing.
SEASON_SESSION_UNDATED = (
    Case("Enter 5 pupils for ABRSM Grade 5 theory in the summer session.", "SMArT"),
    Case("Sit my last 3 ACCA papers in the spring session.", "SMArT"),
    Case("Teach 4 evening classes in the autumn session at the college.", "SMArT"),
    Case("Enrol 15 learners for the winter session.", "SMArT"),
    Case("in the summer session", "smArT"),
)
SEASON_SESSION_UNTIMED = (Case("Run the summer session timetable for 30 staff.", "SMArt"),)
SEASON_SESSION_DATED = (Case("Run 3 coaching sessions in the spring.", "SMArT", "2027-05-31"),)
UNDATED = UNDATED + SEASON_SESSION_UNDATED
UNTIMED = UNTIMED + SEASON_SESSION_UNTIMED
TD_CASES = TD_CASES + SEASON_SESSION_UNDATED + SEASON_SESSION_UNTIMED + SEASON_SESSION_DATED

# A season's name, a noun for what it is for and a period's own noun ("before the summer
# conference season", "the spring lambing season", "the autumn exam term") name a period of a
# calendar of its own, as "in the summer season" and "this fishing season" do: time-bound with
# no date. "and" between two seasons, or a noun after the period ("the summer holiday season
# rota"), does not.
SEASON_FOR_SOMETHING_UNDATED = (
    Case("Run 3 or 4 supplier site visits before the summer conference season.", "SMArT"),
    Case("Sell 40 lambs before the spring lambing season.", "SMArT"),
    Case("Book 6 gigs for the summer festival season.", "SMArT"),
    Case("Run 3 revision workshops in the autumn exam term.", "SMArT"),
    Case("before the summer conference season", "smArT"),
)
SEASON_FOR_SOMETHING_OTHER = (
    Case("Plan the summer holiday season rota for 12 staff.", "SMArt"),
    Case("Finish 3 reports in the spring and summer.", "SMArT", "2027-08-31"),
)
UNDATED = UNDATED + SEASON_FOR_SOMETHING_UNDATED
TD_CASES = TD_CASES + SEASON_FOR_SOMETHING_UNDATED + SEASON_FOR_SOMETHING_OTHER

# A heading that dates a written record ("Wk 14 log - target: ...", "Reflective journal wk 6:
# ...") dates the record the goal is written in, not the goal; a goal about keeping a record
# for a time ("keep a log for 6 weeks") keeps its window.
RECORD_HEADING_UNDATED = (
    Case(
        "Wk 14 log - target: hang 6 internal doors unsupervised before my end-point assessment.",
        "SMArT",
    ),
)
RECORD_HEADING_UNTIMED = (
    Case("Reflective journal wk 6: book 2 shadow shifts on the stroke ward.", "SMArt"),
    Case("Placement diary wk 3 - observe 2 lessons.", "SMArt"),
)
RECORD_HEADING_DATED = (
    Case("Keep a log of my 40 sales calls for 6 weeks - then review it.", "SMArT", "2027-01-06"),
    Case("March diary: sell 40 cakes by May.", "SMArT", "2027-05-31"),
    Case("Update the log by Friday - 20 entries.", "SMArT", "2026-11-27"),
)
UNDATED = UNDATED + RECORD_HEADING_UNDATED
UNTIMED = UNTIMED + RECORD_HEADING_UNTIMED
TD_CASES = TD_CASES + RECORD_HEADING_UNDATED + RECORD_HEADING_UNTIMED + RECORD_HEADING_DATED

# An ordinal before a noun says which of its occasions is meant ("before the 2nd mock exam", "by
# my 50th birthday"): an occasion the text does not date, not the 2nd or the 50th of a month.
# A day of the month keeps its date before a time word or a month ("by the 15th at noon").
ORDINAL_OCCASION_UNDATED = (
    Case("Write 3 practice essays before the 2nd mock exam.", "SMArT"),
    Case("Swim 5k in open water by my 50th birthday.", "SMArT"),
    Case("Hand in 2 lesson plans before my 3rd observation.", "SMArT"),
)
ORDINAL_DAY_DATED = (
    Case("Finish the quarterly report by the 15th at noon.", "SMArT", "2026-12-15"),
    Case("Book the venue by the 21st next month.", "SMArT", "2026-12-21"),
    Case("Submit the timesheet by the 2nd of January.", "SMArT", "2027-01-02"),
)
UNDATED = UNDATED + ORDINAL_OCCASION_UNDATED
TD_CASES = TD_CASES + ORDINAL_OCCASION_UNDATED + ORDINAL_DAY_DATED

# "next" before the month under way is a year on ("next November" said on 25 November); before
# a month still to come it is the coming one, as without it.
NEXT_MONTH_NAME = (
    Case("Run the fire safety audit next November.", "SMArT", "2027-11-30"),
    Case("Renew my first aid certificate by next November.", "SMArT", "2027-11-30"),
    Case("Renew my first aid certificate by November.", "SMArT", "2026-11-30"),
    Case("Renew my first aid certificate by next December.", "SMArT", "2026-12-31"),
)
TD_CASES = TD_CASES + NEXT_MONTH_NAME

# "Year" before a small number names a school year group ("the Year 6 class", "all Year 11
# pupils"), not the calendar year under way; a year written out keeps its dates.
YEAR_GROUP_UNTIMED = (
    Case("Plan 3 trips for the Year 6 class.", "SMArt"),
    Case("Teach the Year 10 group 4 revision sessions.", "SMArt"),
    Case("Coach the year 8 netball squad to 6 league wins.", "SMArt"),
    Case("Take the Year 7 form on 2 museum visits.", "SMArt"),
    Case("Build a revision timetable for all Year 10 students.", "SMArt"),
    Case("Interview 5 Year 12 applicants for the prefect team.", "SMArt"),
)
YEAR_GROUP_DATED = (
    Case("Get all Year 11 pupils to a grade 5 in maths by June.", "SMArT", "2027-06-30"),
    Case("Set up a reading club for the Year 3 children by January.", "SMArT", "2027-01-31"),
    Case("Deliver 12 careers talks to the Year 12 students this year.", "SMArT", "2026-12-31"),
    Case("Close the books for the year 2026 by 31 January.", "SMArT", "2027-01-31"),
    Case("Finish the thesis in the year 2027.", "SMArT", "2027-12-31"),
)
UNTIMED = UNTIMED + YEAR_GROUP_UNTIMED
TD_CASES = TD_CASES + YEAR_GROUP_UNTIMED + YEAR_GROUP_DATED

# "as of" a time says from when, as "from" and "starting" do: a start, not a deadline; a
# cadence after it still bounds the goal.
AS_OF_START_UNTIMED = (
    Case("As of October, I will log every call in the CRM.", "SMArt"),
    Case("As of 1 March, log every call in the CRM.", "SMArt"),
    Case("As of the new financial year, book all leave through the portal.", "SMArt"),
)
AS_OF_START_UNDATED = (
    Case("As of January I will review my budget weekly.", "SMArT"),
    Case("As of Q2, run the payroll checks every Friday.", "SMArT"),
    Case("As of spring, walk the dogs twice a day.", "SMArT"),
)
UNTIMED = UNTIMED + AS_OF_START_UNTIMED
UNDATED = UNDATED + AS_OF_START_UNDATED
TD_CASES = TD_CASES + AS_OF_START_UNTIMED + AS_OF_START_UNDATED

# The head of a noun phrase is the word before the "of" that opens its complement: "the Q1
# sales target of £40k" is a target met within Q1, as "the Q1 sales target" is; a period
# before anything else the phrase is about names it ("the 2026 harvest yields of ...").
HEAD_BEFORE_OF_DATED = (
    Case("Hit the Q1 sales target of £40k.", "SMArT", "2027-03-31"),
    Case("Meet the Q3 hiring goal of 12 nurses.", "SMArT", "2027-09-30"),
    Case("Beat the 2027 fundraising target of £250,000.", "SMArT", "2027-12-31"),
    Case("Reach the H1 recruitment goal of 30 volunteers.", "SMArT", "2027-06-30"),
    Case("Smash my Q2 quota of 45 demos.", "SMArT", "2027-06-30"),
    Case("Hit the Q4 target of 98% on-time deliveries.", "SMArT", "2026-12-31"),
    Case("Reach the January sign-up goal of 200 members.", "SMArT", "2027-01-31"),
    Case("the Q1 target of", "smArT", "2027-03-31"),
)
HEAD_BEFORE_OF_UNTIMED = (
    Case("Publish the May 2026 incident stats of the depot.", "SMArt"),
    Case("Review the 2026 harvest yields of the north field.", "SMArt"),
    Case("Write up the 2025 audit findings of the ward.", "SMArt"),
)
UNTIMED = UNTIMED + HEAD_BEFORE_OF_UNTIMED
TD_CASES = TD_CASES + HEAD_BEFORE_OF_DATED + HEAD_BEFORE_OF_UNTIMED

# A length before a noun ("the 12-week block", "a 6-month pilot") only says how long the occasion
# is: "by the end of" it, or "over", "during", "across" or "throughout" it, the goal is bound by an
# occasion whose dates the text does not give. After "in", "for" or a verb the occasion is what is
# joined, sought or done ("enrol in the 12-week course", "book a 3-day course"): no time.
LENGTH_BEFORE_OCCASION_UNDATED = (
    Case("Run the workshop by the end of the 12-week block.", "SMArT"),
    Case("Finish the audit by the end of the 6-month pilot.", "SMArT"),
    Case("Hit 20 push-ups by the end of the six-week bootcamp.", "SMArT"),
    Case("Get 30 sign-ups before the end of the 10-day trial.", "SMArT"),
    Case("Lose 5kg over a 12-week block.", "SMArT"),
    Case("Walk 10,000 steps a day during the 4-week challenge.", "SMArT"),
    Case("Close 15 tickets across the 2-week sprint.", "SMArT"),
    Case("Read 6 books over the 8-week summer break.", "SMArT"),
    Case("Shadow a senior nurse throughout the 6-month rotation.", "SMArT"),
    Case("Sell 40 hampers during a 2-week Christmas market.", "SMArT"),
)
LENGTH_BEFORE_OCCASION_UNTIMED = (
    Case("Enrol in the 12-week Python course.", "SMArt"),
    Case("Apply for the 2-year MSc programme.", "SMArt"),
    Case("Finish a 6-month secondment with the audit team.", "SMArt"),
    Case("Book a 3-day first aid course.", "SMArt"),
    Case("Sign up for a 5-day coding bootcamp.", "SMArt"),
)
UNDATED = UNDATED + LENGTH_BEFORE_OCCASION_UNDATED
UNTIMED = UNTIMED + LENGTH_BEFORE_OCCASION_UNTIMED
TD_CASES = TD_CASES + LENGTH_BEFORE_OCCASION_UNDATED + LENGTH_BEFORE_OCCASION_UNTIMED

# An ordinal before "week" or a weekday and "of" a month picks that week (days 1-7, 8-14, ...;
# the last is the month's last seven days) or that day of the month, not the whole month. A
# month under way whose part is gone by is next year's.
PART_OF_MONTH_DATED = (
    Case("Finish the module by the 2nd week of January.", "SMArT", "2027-01-14"),
    Case("Present the findings on the first Monday of June.", "SMArT", "2027-06-07"),
    Case("Run the stock count in the last week of March.", "SMArT", "2027-03-31"),
    Case("Launch the survey in the third week of February.", "SMArT", "2027-02-21"),
    Case("Hold the review on the last Friday of January.", "SMArT", "2027-01-29"),
    Case("Book the Christmas party before the 1st week of December.", "SMArT", "2026-11-30"),
    Case("Get the rota out by the second Tuesday of March 2027.", "SMArT", "2027-03-09"),
    Case("Close the tills early on the last Saturday of December.", "SMArT", "2026-12-26"),
    Case("Ship the grant bid by the first week of November.", "SMArT", "2027-11-07"),
    Case(
        "Deliver the safeguarding refresher on the 3rd Wednesday of April.", "SMArT", "2027-04-21"
    ),
)
TD_CASES = TD_CASES + PART_OF_MONTH_DATED

# Where the readers above stop: a day of the month before a word that is no occasion ("by the
# 15th please"), "Lent term" and a year after a season, a goal's own object before its date on
# one line, "within the month after" an event, a "which" clause about what the goal acts with
# or on, and "the next November" meeting.
READERS_STOP_DATED = (
    Case("Send the 4 signed reports by the 15th please.", "SMArT", "2026-12-15"),
    Case("Pay the 12 supplier invoices by the 28th sharp.", "SMArT", "2026-11-28"),
    Case("Give 5 talks during Lent 2028.", "SMArT", "2028-04-15"),
    Case("Send the minutes 3 March – then book 2 follow-ups with the team.", "SMArT", "2027-03-03"),
    Case("Renew my licence with the council, which expires on 3 March.", "SMArT", "2027-03-03"),
    Case("Train 5 staff on the new system, which goes live on 1 March.", "SMArT", "2027-03-01"),
)
READERS_STOP_UNDATED = (
    Case("Complete 3 modules by the end of Lent term.", "SMArT"),
    Case("Review the 8 supplier contracts within the month after launch.", "SMArT"),
    Case("Present 2 papers at the next November board meeting.", "SMArT"),
)
UNDATED = UNDATED + READERS_STOP_UNDATED
TD_CASES = TD_CASES + READERS_STOP_DATED + READERS_STOP_UNDATED

# "the week commencing 8 February" is the week that starts that day: "by" it ends on its last
# day, "before" it the day before it starts, "from" it a start; "a week starting next month" is
# still a cadence.
WEEK_COMMENCING_DATED = (
    Case("Submit the grant report by the week commencing 8 February.", "SMArT", "2027-02-14"),
    Case("Book the venue by the week beginning 8 March.", "SMArT", "2027-03-14"),
    Case("Run the 3 stock checks in the week commencing 11 January.", "SMArT", "2027-01-17"),
    Case("Send the rota out before the week starting 1 February.", "SMArT", "2027-01-31"),
    Case("Finish the 4 site visits by the week commencing Monday 15 March.", "SMArT", "2027-03-21"),
    Case("Deliver 2 toolbox talks in the week beginning 18th January.", "SMArT", "2027-01-24"),
)
WEEK_COMMENCING_UNDATED = (
    Case("From the week commencing 8 February, mark all essays within 7 days.", "SMArT"),
    Case("Get 10 referrals a week starting next month.", "SMArT"),
)
UNDATED = UNDATED + WEEK_COMMENCING_UNDATED
TD_CASES = TD_CASES + WEEK_COMMENCING_DATED + WEEK_COMMENCING_UNDATED

# A length "after", "before" or "following" an event is a span counted from it ("one month after
# the plan goes live", "48 hours after surgery"): time-bound, on a day the text does not give,
# and the length is a figure. A length the verb acts on ("Spend 20 minutes after lunch") is an
# amount of time, and a date after the word is read as a date.
SPAN_FROM_EVENT_UNDATED = (
    Case("Review adoption one month after the plan goes live.", "SMArT"),
    Case("Review adoption 2 weeks after launch.", "SMArT"),
    Case("Send the feedback survey 3 days after each workshop.", "SMArT"),
    Case("Circulate the agenda 5 days before every board meeting.", "SMArT"),
    Case("Check the wound 48 hours after surgery.", "SMArT"),
    Case("Call every new client 2 weeks following their first order.", "SMArT"),
    Case("Audit the new stock system three months after rollout.", "SMArT"),
    Case("Publish the results 10 days after the survey closes.", "SMArT"),
    Case("Hand over the keys 2 weeks before I move out.", "SMArT"),
)
SPAN_FROM_EVENT_UNTIMED = (
    Case("Spend 20 minutes after lunch reading.", "SMArt"),
    Case("I will spend 2 weeks after the exams revising.", "SMArt"),
)
SPAN_FROM_EVENT_DATED = (
    Case("Review the 4 pilots 6 months after 1 March.", "SMArT", "2027-09-01"),
)
UNDATED = UNDATED + SPAN_FROM_EVENT_UNDATED
UNTIMED = UNTIMED + SPAN_FROM_EVENT_UNTIMED
TD_CASES = TD_CASES + SPAN_FROM_EVENT_UNDATED + SPAN_FROM_EVENT_UNTIMED + SPAN_FROM_EVENT_DATED

# "per" before a length and a noun ("per 8-hour shift", "per 10-hour clinic") is "every" such
# occasion; "at the end of every trip", "at the start of each shift" repeat as "after every
# trip" does.
EVERY_OCCASION_UNDATED = (
    Case("Pack 200 boxes per 8-hour shift.", "SMArT"),
    Case("Close 25 story points per 2-week sprint.", "SMArT"),
    Case("See 14 patients per 10-hour clinic.", "SMArT"),
    Case("Lift 3 loads per 30-minute slot.", "SMArT"),
    Case("Restock the van at the end of every trip.", "SMArT"),
    Case("Wipe down the kit at the end of each session.", "SMArT"),
    Case("Write up 3 notes at the close of each visit.", "SMArT"),
    Case("Debrief the crew at the end of every job.", "SMArT"),
)
EVERY_OCCASION_UNTIMED = (
    Case("Sell 20 coffees per 8-hour.", "SMArt"),
    Case("Earn £15 per hour.", "SMArt"),
)
UNDATED = UNDATED + EVERY_OCCASION_UNDATED
UNTIMED = UNTIMED + EVERY_OCCASION_UNTIMED
TD_CASES = TD_CASES + EVERY_OCCASION_UNDATED + EVERY_OCCASION_UNTIMED

# One word for a day ("payday") names an occasion's day as "pay day" and "moving day" do.
DAY_WORD_UNDATED = (
    Case("Pay off the £300 card balance by payday.", "SMArT"),
    Case("Clear the £300 overdraft by my next payday.", "SMArT"),
    Case("Send 3 thank-you cards before payday.", "SMArT"),
)
UNDATED = UNDATED + DAY_WORD_UNDATED
TD_CASES = TD_CASES + DAY_WORD_UNDATED

# "at the end (or close) of" whatever is named is a time, as after "by": "at the end of the
# project", "at the close of the consultation"; the end of a period keeps its date.
AT_THE_END_UNDATED = (
    Case("Review the 3 risks at the end of the project.", "SMArT"),
    Case("Present 2 case studies at the end of my placement.", "SMArT"),
    Case("Write the final report at the close of the consultation.", "SMArT"),
    Case("Get the 8 trainees signed off at the end of their induction.", "SMArT"),
)
AT_THE_END_DATED = (
    Case("Hand in my notice at the end of the month.", "SMArT", "2026-11-30"),
    Case("Leave the office at the end of the day by 6pm.", "SMArT", "2026-11-25"),
)
UNDATED = UNDATED + AT_THE_END_UNDATED
TD_CASES = TD_CASES + AT_THE_END_UNDATED + AT_THE_END_DATED

# "across", "over", "through" and "during" a period with no dates ("across the autumn term",
# "over the school year", "through half-term") bound the goal by that stretch of time; a
# hyphenated compound ("half-term") is one word. A period word that only modifies the head ("for
# the night shift paramedics") or a horizon ("over the medium term") bounds nothing.
SPAN_OF_PERIOD_UNDATED = (
    Case("Qualify as a Level 2 swim teacher by the half-term break.", "SMArT"),
    Case("Qualify as a swim teacher by half-term.", "SMArT"),
    Case("Mark 3 sets of books a week through half-term.", "SMArT"),
    Case("Run 3 open days across the autumn term.", "SMArT"),
    Case("Hold 4 parent workshops over the spring term.", "SMArT"),
    Case("Sell 300 pasties across the peak season.", "SMArT"),
    Case("Recruit 12 volunteers across our busy season.", "SMArT"),
    Case("Deliver 10 talks across the academic year.", "SMArT"),
    Case("Deliver 10 talks over the school year.", "SMArT"),
)
SPAN_OF_PERIOD_UNTIMED = (
    Case("Plan and run a workshop for the night shift paramedics.", "SMArt"),
    Case("Run a workshop for the night-shift team.", "SMArt"),
    Case("Inspect 62 sites over the long term.", "SMArt"),
    Case("Inspect 62 sites over the medium-term.", "SMArt"),
    Case("Share the results across the team.", "SMArt"),
    Case("Get 40 sign-ups across the county.", "SMArt"),
)
UNDATED = UNDATED + SPAN_OF_PERIOD_UNDATED
UNTIMED = UNTIMED + SPAN_OF_PERIOD_UNTIMED
TD_CASES = TD_CASES + SPAN_OF_PERIOD_UNDATED + SPAN_OF_PERIOD_UNTIMED

# A deadline said in two words ("no later than", "prior to", "in advance of") takes a day of
# the month as "by" does.
TWO_WORD_DEADLINE_DATED = (
    Case("Complete the vat return no later than the 7th.", "SMArT", "2026-12-07"),
    Case("Send the rota out prior to the 20th.", "SMArT", "2026-12-20"),
    Case("Post the invoices in advance of the 1st.", "SMArT", "2026-12-01"),
    Case("Finish the audit no later than the 2nd week of January.", "SMArT", "2027-01-14"),
)
TWO_WORD_DEADLINE_UNDATED = (Case("Book the van prior to the 2nd inspection.", "SMArT"),)
UNDATED = UNDATED + TWO_WORD_DEADLINE_UNDATED
TD_CASES = TD_CASES + TWO_WORD_DEADLINE_DATED + TWO_WORD_DEADLINE_UNDATED

# "by the time of" an occasion or a date is "by" it: "by the time of our next inspection".
BY_THE_TIME_OF_UNDATED = (
    Case("Meet the CQC standards by the time of our next inspection.", "SMArT"),
    Case("Reach 40 members by the time of the AGM.", "SMArT"),
)
BY_THE_TIME_OF_DATED = (
    Case("Have 3 new recipes ready by the time of the summer fair.", "SMArT", "2027-08-31"),
    Case("Save £500 by the time of Christmas.", "SMArT", "2026-12-25"),
)
UNDATED = UNDATED + BY_THE_TIME_OF_UNDATED
TD_CASES = TD_CASES + BY_THE_TIME_OF_UNDATED + BY_THE_TIME_OF_DATED

# A holiday on the same day every year, named in words ("Valentine's Day", "Burns Night", "St
# Patrick's Day"), is that day, as "Boxing Day" is; "before" it ends the day before.
FIXED_DAY_DATED = (
    Case("Shoot a dozen portraits by Valentine's Day.", "SMArT", "2027-02-14"),
    Case("Sell 40 bouquets by Valentines Day.", "SMArT", "2027-02-14"),
    Case("Shoot a dozen portraits before Valentine's Day.", "SMArT", "2027-02-13"),
    Case("Open the beer garden by St Patrick's Day.", "SMArT", "2027-03-17"),
    Case("Raise £500 by Burns Night.", "SMArT", "2027-01-25"),
    Case("Post 10 safety reels before Bonfire Night.", "SMArT", "2027-11-04"),
    Case("Sell 200 flags by Independence Day.", "SMArT", "2027-07-04"),
    Case("Run 3 events on St Andrew's Day.", "SMArT", "2026-11-30"),
)
FIXED_DAY_UNTIMED = (
    Case("Reduce burns in the kitchen by 50%.", "SMArt"),
    Case("Fix the St George's Day float.", "SMArt"),
)
UNTIMED = UNTIMED + FIXED_DAY_UNTIMED
TD_CASES = TD_CASES + FIXED_DAY_DATED + FIXED_DAY_UNTIMED

# A hyphenated word that ends in a period's name ("mid-Q2", "end-March", "mid-2027") is that part
# of the period, as "mid Q2" is, not an occasion; another compound ("the by-election") is one.
HYPHENED_PERIOD_DATED = (
    Case("Ship v2 of the app by mid-Q2.", "SMArT", "2027-05-15"),
    Case("Ship the app by end-Q2.", "SMArT", "2027-06-30"),
    Case("Ship the app by end-March.", "SMArT", "2027-03-31"),
    Case("Ship the app by mid-2027.", "SMArT", "2027-06-30"),
)
HYPHENED_PERIOD_UNDATED = (Case("Win the seat before the by-election.", "SMArT"),)
UNDATED = UNDATED + HYPHENED_PERIOD_UNDATED
TD_CASES = TD_CASES + HYPHENED_PERIOD_DATED + HYPHENED_PERIOD_UNDATED

# "within" an occasion of a stated length bounds the goal as "over" it does ("within the 10-day
# shutdown"); "within" a budget or a target of that length is a limit on a figure.
WITHIN_AN_OCCASION_UNDATED = (
    Case("Fit the new kitchen within the 10-day shutdown.", "SMArT"),
    Case("Clear the backlog within a 6-week window.", "SMArT"),
    Case("Deliver the 4 sessions within the 3-day residential.", "SMArT"),
    Case("Train 8 staff within the 4-week induction.", "SMArT"),
)
WITHIN_A_LIMIT_UNTIMED = (Case("Stay within the 3-month budget of £2k.", "SMArt"),)
UNDATED = UNDATED + WITHIN_AN_OCCASION_UNDATED
UNTIMED = UNTIMED + WITHIN_A_LIMIT_UNTIMED
TD_CASES = TD_CASES + WITHIN_AN_OCCASION_UNDATED + WITHIN_A_LIMIT_UNTIMED

# An ordinal in words before a noun ("the first gig of the tour", "my last day", "our final home
# game") says which of a run of occasions is meant, as "my 40th birthday" does; before a period
# ("the first week of January", "the last quarter") it names part of the period.
WHICH_OCCASION_UNDATED = (
    Case("Complete the handover by my last day.", "SMArT"),
    Case("Finish the set list before the first gig of the tour.", "SMArT"),
    Case("Hand in 3 essays by the second mock.", "SMArT"),
    Case("Get my kit sorted before the first match of the season.", "SMArT"),
    Case("Train 4 new stewards by our final home game.", "SMArT"),
    Case("Clear my desk before my last shift.", "SMArT"),
    Case("Submit the plan by the first meeting of the new board.", "SMArT"),
)
WHICH_OCCASION_DATED = (Case("Finish the proposal by the last quarter.", "SMArT", "2026-12-31"),)
UNDATED = UNDATED + WHICH_OCCASION_UNDATED
TD_CASES = TD_CASES + WHICH_OCCASION_UNDATED + WHICH_OCCASION_DATED

# "the same working day", "the same business day": a kind of day between "same" and "day" keeps
# the window after each occasion that "the same day" is.
SAME_KIND_OF_DAY_UNDATED = (
    Case("Reply to all enquiries on the same working day.", "SMArT"),
    Case("Reply to all enquiries the same business day.", "SMArT"),
)
UNDATED = UNDATED + SAME_KIND_OF_DAY_UNDATED
TD_CASES = TD_CASES + SAME_KIND_OF_DAY_UNDATED

# An ordinal part of a month is a week or a weekday of it ("the 2nd week of January"); any
# other part ("the 2nd half of March", "the 3rd chapter of March") is read no further than the
# month. "at the end of" a place or "of the day" is no time; "Year 10" after "the end of the"
# is the calendar's year and a count.
PARTS_AND_ENDS_DATED = (
    Case("Finish 4 modules by the 2nd half of March.", "SMArT", "2027-03-31"),
    Case("Hire by the end of the year 10 new nurses.", "SMArT", "2026-12-31"),
    Case("Hand in 2 reports at the end of the month.", "SMArT", "2026-11-30"),
)
PARTS_AND_ENDS_UNTIMED = (
    Case("Park 3 vans at the end of the road.", "SMArt"),
    Case("I want to lead a team of 4 at the end of the day.", "SMArt"),
)
UNTIMED = UNTIMED + PARTS_AND_ENDS_UNTIMED
TD_CASES = TD_CASES + PARTS_AND_ENDS_DATED + PARTS_AND_ENDS_UNTIMED

# "inside 48 hours" is "within 48 hours": a standard each occurrence must meet.
INSIDE_UNDATED = (Case("Resolve every complaint inside 48 hours.", "SMArT"),)
UNDATED = UNDATED + INSIDE_UNDATED
TD_CASES = TD_CASES + INSIDE_UNDATED

# The object of "in time for", "between now and" and "in advance of" is an occasion whatever
# its noun ("in time for the fundraiser"), as after "before"; a holiday keeps its day.
IN_TIME_FOR_UNDATED = (
    Case("Have the flyers printed in time for the fundraiser.", "SMArT"),
    Case("Sell 40 raffle tickets between now and the fundraiser.", "SMArT"),
    Case("Get the minutes out in advance of the trustees' away day.", "SMArT"),
    Case("Finish the slides in time for my presentation.", "SMArT"),
)
IN_TIME_FOR_DATED = (Case("Get the tree up in time for Christmas.", "SMArT", "2026-12-25"),)
UNDATED = UNDATED + IN_TIME_FOR_UNDATED
TD_CASES = TD_CASES + IN_TIME_FOR_UNDATED + IN_TIME_FOR_DATED

# "the end of my first 90 days" bounds the goal as "in my first 90 days" does, counted from a
# start the text does not date; "serve my first 90 days" is what is done.
END_OF_FIRST_DAYS_UNDATED = (
    Case("Complete the 3 onboarding modules by the end of my first 90 days.", "SMArT"),
    Case("Close 4 accounts before the end of my first 6 months.", "SMArT"),
)
END_OF_FIRST_DAYS_UNTIMED = (Case("Serve my first 90 days.", "SMArt"),)
UNDATED = UNDATED + END_OF_FIRST_DAYS_UNDATED
UNTIMED = UNTIMED + END_OF_FIRST_DAYS_UNTIMED
TD_CASES = TD_CASES + END_OF_FIRST_DAYS_UNDATED + END_OF_FIRST_DAYS_UNTIMED

# A period "after", "before" or "following" an occasion ("the week after the launch", "the month
# before my exams") is counted from it, on dates the text does not give; "the week after next"
# keeps its date.
PERIOD_FROM_OCCASION_UNDATED = (
    Case("Get 5 reviews by the end of the week after the launch.", "SMArT"),
    Case("Send the survey in the week after the conference.", "SMArT"),
    Case("Revise 3 hours a day in the month before my exams.", "SMArT"),
    Case("Book the follow-ups for the week after my return.", "SMArT"),
    Case("Close the books in the month after the year end.", "SMArT"),
)
PERIOD_FROM_OCCASION_DATED = (
    Case("Ship the fix by the end of the week after next.", "SMArT", "2026-12-13"),
)
UNDATED = UNDATED + PERIOD_FROM_OCCASION_UNDATED
TD_CASES = TD_CASES + PERIOD_FROM_OCCASION_UNDATED + PERIOD_FROM_OCCASION_DATED

# "the second half of" or "the first quarter of" a thing that is no period ("the book", "the
# match") is a part of it, not half of this year.
HALF_OF_A_THING_UNTIMED = (
    Case("Finish the second half of the book.", "SMArt"),
    Case("Score 2 goals in the first half of the match.", "SMArt"),
)
HALF_OF_A_THING_DATED = (
    Case("Mark the first quarter of the exam scripts by Friday.", "SMArT", "2026-11-27"),
    Case("Sell 40 units in the second half of the year.", "SMArT", "2026-12-31"),
    Case("Hire 3 engineers in the first quarter of next year.", "SMArT", "2027-03-31"),
)
UNTIMED = UNTIMED + HALF_OF_A_THING_UNTIMED
TD_CASES = TD_CASES + HALF_OF_A_THING_UNTIMED + HALF_OF_A_THING_DATED

# "every" before a number of hours or minutes ("every 2 hours"), an ordinal and a unit ("every
# 3rd week") or an ordinal and a weekday ("every first Monday": once a month) is a cadence, as
# "every 2 weeks" is; "every 3rd customer" picks which ones.
EVERY_UNIT_UNDATED = (
    Case("Check on Mrs Patel every 2 hours overnight.", "SMArT"),
    Case("Turn patients at risk of pressure sores every four hours.", "SMArT"),
    Case("Stretch for 5 minutes every 30 minutes at my desk.", "SMArT"),
    Case("Clean the coffee machine every first Monday.", "SMArT"),
    Case("Clean the coffee machine every last Friday.", "SMArT"),
    Case("Do a deep clean every 3rd week.", "SMArT"),
    Case("Run the book club each 2nd Tuesday.", "SMArT"),
)
EVERY_UNIT_UNTIMED = (
    Case("Give every 2 patients a leaflet.", "SMArt"),
    Case("Interview every 3rd customer.", "SMArt"),
)
UNDATED = UNDATED + EVERY_UNIT_UNDATED
UNTIMED = UNTIMED + EVERY_UNIT_UNTIMED
TD_CASES = TD_CASES + EVERY_UNIT_UNDATED + EVERY_UNIT_UNTIMED

# The year a season is named with: after "of" as directly ("by summer of 2028"), and a split year
# for winter ("the winter of 2026/27") is the winter that starts in the first year's December.
SEASON_YEAR_DATED = (
    Case("Defend my thesis by summer of 2028.", "SMArT", "2028-08-31"),
    Case("Plant the orchard by autumn of 2027.", "SMArT", "2027-11-30"),
    Case("Hit 88% on-time over the winter of 2026/27.", "SMArT", "2027-02-28"),
    Case("Grit the 4 car parks by winter 2026-27.", "SMArT", "2027-02-28"),
)
SEASON_YEAR_UNTIMED = (Case("Write about the summer of 1976.", "SMArt"),)
UNTIMED = UNTIMED + SEASON_YEAR_UNTIMED
TD_CASES = TD_CASES + SEASON_YEAR_DATED + SEASON_YEAR_UNTIMED

# Any ordinal before a unit after a possessive ("in my third year", "by the end of my second
# year") is counted from someone's start, as "within their first week" is.
OWN_NTH_PERIOD_UNDATED = (
    Case("Publish 2 papers in my third year.", "SMArT"),
    Case("Lead 3 ward rounds within my second month.", "SMArT"),
    Case("Pass 4 modules by the end of my second year.", "SMArT"),
    Case("Get my chartership by the end of their fourth year.", "SMArT"),
)
UNDATED = UNDATED + OWN_NTH_PERIOD_UNDATED
TD_CASES = TD_CASES + OWN_NTH_PERIOD_UNDATED

# "over" the period under way bounds the goal as "throughout" it does ("over the year"), and
# "the course of" it is the period ("over the course of the year"); "during the week" is on
# weekdays, not this week.
OVER_THE_PERIOD_DATED = (
    Case("Complete the 3 rotations over the course of the year.", "SMArT", "2026-12-31"),
    Case("Grow the mailing list by 20% over the year.", "SMArT", "2026-12-31"),
    Case("Run 4 drop-ins over the month.", "SMArT", "2026-11-30"),
)
OVER_THE_PERIOD_UNTIMED = (Case("Do 12 home visits during the week.", "SMArt"),)
UNTIMED = UNTIMED + OVER_THE_PERIOD_UNTIMED
TD_CASES = TD_CASES + OVER_THE_PERIOD_DATED + OVER_THE_PERIOD_UNTIMED

# A part of an occasion's day ("the night of the gala", "the eve of the wedding", "the evening of
# the tasting") is a time, as "the end of" it is.
PART_OF_OCCASION_DAY_UNDATED = (
    Case("Sell 100 tickets by the night of the gala.", "SMArT"),
    Case("Finish the seating plan by the eve of the wedding.", "SMArT"),
    Case("Have 3 new dishes ready by the evening of the tasting.", "SMArT"),
    Case("Sell 40 cakes by the day of the fete.", "SMArT"),
)
PART_OF_OCCASION_DAY_UNTIMED = (Case("Learn the days of the week in French.", "smArt"),)
UNDATED = UNDATED + PART_OF_OCCASION_DAY_UNDATED
UNTIMED = UNTIMED + PART_OF_OCCASION_DAY_UNTIMED
TD_CASES = TD_CASES + PART_OF_OCCASION_DAY_UNDATED + PART_OF_OCCASION_DAY_UNTIMED

# A time right after the noun phrase of a "for" dates what the goal is for ("for the trip in
# August"): beside a "by", the goal's deadline is the "by"; alone, it still bounds the goal.
FOR_AN_OCCASION_DATED = (
    Case("Renew my passport by April for the trip in August.", "SMArT", "2027-04-30"),
    Case("Print 200 flyers by Friday for the fair on 12 December.", "SMArT", "2026-11-27"),
    Case("Learn 50 phrases by March for my posting in September.", "SMArT", "2027-03-31"),
    Case("Write the speech for the wedding in June by May.", "SMArT", "2027-05-31"),
    Case("Save £2k for a holiday in August.", "SMArT", "2027-08-31"),
)
TD_CASES = TD_CASES + FOR_AN_OCCASION_DATED

# "termly" says how often as "monthly" does; before a noun ("the termly report") it names a kind.
TERMLY_UNDATED = (
    Case("Hold a fire drill termly.", "SMArT"),
    Case("Report to governors termly on 3 KPIs.", "SMArT"),
)
TERMLY_UNTIMED = (Case("Write the termly report for the governors.", "SMArt"),)
UNDATED = UNDATED + TERMLY_UNDATED
UNTIMED = UNTIMED + TERMLY_UNTIMED
TD_CASES = TD_CASES + TERMLY_UNDATED + TERMLY_UNTIMED

# An ordinal picks an occasion only for a head that is one ("by my last day"), not any noun
# ("by my second strategy"); a part of a day "of" an occasion is a time after a preposition
# only; "the year after the war" after no preposition is a thing; "over the year" gives way to
# a "by" beside it; a curly apostrophe reads as a straight one.
WHICH_AND_SPANS_DATED = (
    Case("Look back over the year and write 2 summaries by Friday.", "SMArT", "2026-11-27"),
    Case("Read 12 books over the year.", "SMArT", "2026-12-31"),
    Case("Buy 2 gifts by July for my mum’s party in August.", "SMArT", "2027-07-31"),
)
WHICH_AND_SPANS_UNDATED = (
    Case("Hand over 3 cases by my last day.", "SMArT"),
    Case("Sell 40 tickets by the night of the gala.", "SMArT"),
    Case("Present 2 slides on the first day of the course.", "SMArT"),
)
WHICH_AND_SPANS_UNTIMED = (
    Case("Grow revenue 10% by my second strategy.", "SMArt"),
    Case("Plan the night of the gala for 200 guests.", "SMArt"),
    Case("Read 2 books about the year after the war.", "SMArt"),
)
UNDATED = UNDATED + WHICH_AND_SPANS_UNDATED
UNTIMED = UNTIMED + WHICH_AND_SPANS_UNTIMED
TD_CASES = TD_CASES + WHICH_AND_SPANS_DATED + WHICH_AND_SPANS_UNDATED + WHICH_AND_SPANS_UNTIMED

# A day or a week picked by an ordinal, in words or in figures, "of the month", "of each month"
# or "of every month" is one of every month's: a monthly cadence, as "every month" is, not the
# next day of that number ("the 2nd") nor no time at all. "of January" names one month. After
# "by" or a verb that starts something ("join", "start"), "the 1st of the month" is the coming
# one; "of each month" and "of every month" still come back.
NTH_OF_THE_MONTH_UNDATED = (
    Case("Hold a tenants' surgery on the second Monday of the month.", "SMArT"),
    Case("Hold a tenants' surgery on the 2nd Monday of the month.", "SMArT"),
    Case("Run a fire alarm test on the first Tuesday of every month.", "SMArT"),
    Case("Run a fire alarm test on the 1st Tuesday of every month.", "SMArT"),
    Case("Submit the mileage claim on the last Friday of the month.", "SMArT"),
    Case("Book the club's group ride for the third Sunday of each month.", "SMArT"),
    Case("Book the club's group ride for the 3rd Sunday of each month.", "SMArT"),
    Case("Pay the seed supplier on the first of the month.", "SMArT"),
    Case("Pay the seed supplier on the 1st of the month.", "SMArT"),
    Case("Send the parish newsletter to the printer by the fifteenth of every month.", "SMArT"),
    Case("Restock the first-aid boxes in the first week of each month.", "SMArT"),
    Case("Restock the first-aid boxes in the 1st week of each month.", "SMArT"),
)
NTH_OF_THE_MONTH_DATED = (
    Case(
        "Publish 2 case notes on the fourth Thursday of the month until July.",
        "SMArT",
        "2027-07-31",
    ),
    Case(
        "Publish 2 case notes on the 4th Thursday of the month until July.", "SMArT", "2027-07-31"
    ),
    Case(
        "Lead the community choir rehearsal on the second Monday of January.", "SMArT", "2027-01-11"
    ),
    Case("Lead the community choir rehearsal on the 2nd Monday of January.", "SMArT", "2027-01-11"),
    Case("Run the bar's stock count on the first of March.", "SMArT", "2027-03-01"),
    Case("Run the bar's stock count on the 1st of March.", "SMArT", "2027-03-01"),
    # after "by", or a verb that starts something, "the 1st of the month" is the coming one
    Case("Submit the timesheet by the 1st of the month", "SMArT", "2026-12-01"),
    Case(
        "Send the parish newsletter to the printer by the 15th of the month.", "SMArT", "2026-12-15"
    ),
    Case("File the 3 VAT returns by the 10th of the month.", "SMArT", "2026-12-10"),
    Case("Hand in my notice by the first of the month.", "SMArT", "2026-12-01"),
    Case("Join the night team on the 1st of the month.", "SMArT", "2026-12-01"),
)
NTH_OF_THE_MONTH_UNTIMED = (
    # a start alone is no time, as "Begin forklift training on 7 January" is not
    Case("Start the new role on the first of the month", "SMArt"),
    Case("Begin the 12-week rota on the first of the month.", "SMArt"),
    Case("Read the 1st of the", "SMArt"),
    Case("Read the second Monday of the", "SMArt"),
    Case("Read the second Monday of", "SMArt"),
)
UNDATED = UNDATED + NTH_OF_THE_MONTH_UNDATED
UNTIMED = UNTIMED + NTH_OF_THE_MONTH_UNTIMED
TD_CASES = TD_CASES + NTH_OF_THE_MONTH_UNDATED + NTH_OF_THE_MONTH_DATED + NTH_OF_THE_MONTH_UNTIMED

# A clause joined to the goal by a semicolon or a comma alone, with a subject of its own that
# the goal does not name and a finite verb, says when another thing is or does something: its
# time is that thing's ("...; my manager retires in June", "...; the inspectors came in
# March"), as a sentence of its own would be. The verb is found by its place as well as by
# the word lists: a word in -s after the subject, or a verb after a plural, before a
# preposition, a particle or a time. A pronoun for what the goal acts on, a goal word, a
# deadline, a deadline word in the clause ("my editor wants the draft by March"), the verb's
# object "it" or "them" and an order after the semicolon still give the goal's time.
SPLICED_FACT_UNTIMED = (
    Case("Pass the ACCA FR paper; my manager retires in June.", "SMArt"),
    Case("Re-pot the 200 bonsai stock plants; our head gardener leaves in March.", "SMArt"),
    Case("Finish the fire safety module; the inspectors came in March.", "SMArt"),
    Case("Teach the Year 8 unit on fractions; the mocks start in January.", "SMArt"),
    Case("Write 3 grant bids; our main funder pulls out next April.", "SMArt"),
    Case("Train 4 volunteer drivers, the minibus arrives in February.", "SMArt"),
    Case("Clean 40 hives; the bee inspector visited in July.", "SMArt"),
    Case("Shadow two night shifts in resus; my preceptor moves wards next month.", "SMArt"),
    Case("Log 20 flight hours; the weather was awful in October.", "SMArt"),
    Case("Cut food waste by 10%; the audit happens in April.", "SMArt"),
    Case("Update all 30 care plans; the CQC inspectors visited in October.", "SMArt"),
    Case("Finish the rota;", "SMArt"),
    Case("Finish the rota; the", "SMArt"),
)
SPLICED_FACT_DATED = (
    Case("Renew my SIA badge; it expires on 3 March.", "SMArT", "2027-03-03"),
    # another's wish for the goal's own thing ("them", "it") or a deadline word is the goal's
    Case("Finish 3 chapters, my editor wants them by March", "SMArT", "2027-03-31"),
    Case("Finish 3 chapters; my editor needs them by March", "SMArT", "2027-03-31"),
    Case("Finish 3 chapters, my editor wants the draft by March", "SMArT", "2027-03-31"),
    Case("Sew 12 costumes, our director needs them in April.", "SMArT", "2027-04-30"),
    Case("Plant 40 trees; the council wants it done before spring.", "SMArT", "2027-02-28"),
    Case("Fix 6 bikes, my son needs the blue one by Friday.", "SMArT", "2026-11-27"),
    Case("Sit the FR paper; aim for 70% by June.", "SMArT", "2027-06-30"),
    Case("Train 3 new baristas; the target is 3 by March.", "SMArT", "2027-03-31"),
    Case("Sit the FR paper; the deadline is 30 June.", "SMArT", "2027-06-30"),
    Case("Bake 60 loaves a day by March; the new oven arrives in January.", "SMArT", "2027-03-31"),
    Case(
        "Deliver 5 first-aid workshops by June; our insurer renews the policy in April.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Get my HGV licence by June; the depot expands in September.", "SMArT", "2027-06-30"),
)
SPLICED_FACT_UNDATED = (
    Case("Publish 2 blog posts a week; the site relaunch happens in May.", "SMArT"),
)
UNDATED = UNDATED + SPLICED_FACT_UNDATED
UNTIMED = UNTIMED + SPLICED_FACT_UNTIMED
TD_CASES = TD_CASES + SPLICED_FACT_UNTIMED + SPLICED_FACT_DATED + SPLICED_FACT_UNDATED

# A cadence word in the object of "around", "about", "covering" or "into" describes the thing
# a one-off goal builds ("redesign the course around weekly quizzes", "a handbook about daily
# stand-ups"): no cadence of the goal's. As an adverb ("around 20 drafts weekly") or after "on",
# "of", "for" or "at" (the occasions the goal recurs at) it still is one.
BUILT_AROUND_UNTIMED = (
    Case("Redesign the Year 10 physics course around weekly quizzes.", "SMArt"),
    Case("Write a handbook about daily stand-ups for new scrum masters.", "SMArt"),
    Case("Build the volunteer rota around weekly food bank shifts.", "SMArt"),
    Case("Turn the 40 pages of notes into monthly lesson packs.", "SMArt"),
    Case("Draft a 10-page policy covering daily medicine checks.", "SMArt"),
    Case("Write a blog post about my weekly meal-prep routine.", "SMArt"),
    Case("Rebuild the payroll spreadsheet around monthly pay runs.", "SMArt"),
    Case("Plan the allotment around weekly watering slots.", "SMArt"),
    Case("Record a podcast episode about daily journaling.", "SMArt"),
    Case("Shape the new graduate scheme around quarterly rotations.", "SMArt"),
    Case("Around weekly quizzes, redesign the course.", "smArt"),
)
BUILT_AROUND_UNDATED = (
    Case("Hold weekly 1:1s with my three direct reports.", "SMArT"),
    Case("Publish a monthly newsletter for our 400 donors.", "SMArT"),
    Case("Present at weekly team meetings.", "SMArT"),
    Case("Prepare the agenda for weekly huddles.", "SMArT"),
    Case("Pass 90% of weekly kitchen audits.", "SMArT"),
    Case("The ward will reach 95% compliance on monthly hand hygiene audits.", "SMArT"),
    Case("Turn around 20 drafts weekly.", "SMArT"),
    Case("Run about 3 miles daily.", "SMArT"),
    Case("Walk around the lake daily.", "SMArT"),
    Case("about weekly", "sMArT"),
    Case("Weekly", "sMArT"),
)
UNDATED = UNDATED + BUILT_AROUND_UNDATED
UNTIMED = UNTIMED + BUILT_AROUND_UNTIMED
TD_CASES = TD_CASES + BUILT_AROUND_UNTIMED + BUILT_AROUND_UNDATED

# A month, a weekday or a season with no year that a subject's verb in the past tense governs
# ("the clients we lost in March", "the designer who left in October") is the last one gone
# by: it tells what happened, not the goal's deadline. A verb that looks ahead from the past
# ("I said I'd do in March", "we agreed to finish in May") and a "by" keep the goal's time.
PAST_OCCURRENCE_UNTIMED = (
    Case("Win back the 3 clients we lost in March.", "SMArt"),
    Case("Finish what we started in January.", "SMArt"),
    Case("Say thanks to the 40 donors who gave in December.", "SMArt"),
    Case("Hand in the essay I wrote on Monday.", "SMArt"),
    Case("Hire a replacement for the designer who left in October.", "SMArt"),
    Case("Finish the Open University module I started in January.", "SMArt"),
    Case("Re-run the 12 tests that failed on Tuesday.", "SMArt"),
    Case("Reopen the 2 allotment plots they closed in spring.", "SMArt"),
    Case("Check that the 12 invoices that were paid in March balance.", "SMArt"),
    Case("We wrote in May", "smArt"),
)
PAST_OCCURRENCE_DATED = (
    Case("Do what I said I'd do in March.", "smArT", "2027-03-31"),
    Case("We agreed to finish the audit in May.", "SMArT", "2027-05-31"),
    Case("Finish the module I started, in January.", "SMArT", "2027-01-31"),
    Case("Repeat the 5k I ran in 2025 by June.", "SMArT", "2027-06-30"),
    Case("Make sure that 40 parcels are delivered on Friday.", "SMArT", "2026-11-27"),
    Case("Wrote in May", "smArT", "2027-05-31"),
)
UNTIMED = UNTIMED + PAST_OCCURRENCE_UNTIMED
TD_CASES = TD_CASES + PAST_OCCURRENCE_UNTIMED + PAST_OCCURRENCE_DATED

# A period the goal is done "for" ("the workshop we planned for March") is the one it is meant
# for, still to come, whatever the tense of the verb before it; and a participle after the
# object of "keep" or "have" ("keep all targets met in March") is what is to be done to it,
# not a past tense: both keep the goal's time. A noun as a past form's subject needs a noun
# before it ("the chairs the twins broke") to open a clause of its own.
PAST_OCCURRENCE_FOR_DATED = (
    Case("Run the workshop we planned for March", "SMArT", "2027-03-31"),
    Case("Hold the launch we agreed for June", "SMArT", "2027-06-30"),
    Case("Present the plan that we discussed for spring", "SMArT", "2027-05-31"),
    Case("Launch the range we chose for summer", "SMArT", "2027-08-31"),
    Case("Launch the app the team built for Christmas", "SMArT", "2026-12-25"),
    Case("Hold the review we booked for Monday", "SMArT", "2026-11-30"),
    Case("Keep all targets met in March", "SMArT", "2027-03-31"),
    Case("Keep every ward swept in spring", "SMArT", "2027-05-31"),
    Case("Serve the cake my sister baked for Sunday.", "SMArT", "2026-11-29"),
    Case("Stage the 3 scenes the class wrote for Easter.", "SMArT", "2027-03-28"),
    Case("Keep all the rotas filled in January.", "SMArT", "2027-01-31"),
    Case("Keep both vans washed on Friday.", "SMArT", "2026-11-27"),
    Case("Have all 40 rooms cleaned in May.", "SMArT", "2027-05-31"),
)
TD_CASES = TD_CASES + PAST_OCCURRENCE_FOR_DATED

# A clock time with no day after "until" or "till" says how long a state lasts each day
# ("keep the clinic open until 8pm"): a time of day, not a deadline today. With a day or a
# cadence ("until 5pm on Friday", "until 8pm on Thursdays") it still bounds the goal, and "by
# 4pm" is still today's deadline.
UNTIL_A_CLOCK_UNTIMED = (
    Case("Keep the clinic open until 8pm.", "SMArt"),
    Case("Stay at the desk till 6pm.", "SMArt"),
    Case("Run the café till 4pm.", "SMArt"),
    Case("Keep the helpline staffed until 10pm.", "SMArt"),
)
UNTIL_A_CLOCK_UNDATED = (
    Case("Keep the clinic open until 8pm on Thursdays.", "SMArT"),
    Case("Keep the clinic open until 8pm every weekday.", "SMArT"),
)
UNTIL_A_CLOCK_DATED = (
    Case("Work on the bid until 5pm on Friday.", "SMArT", "2026-11-27"),
    Case("Keep the bar open until midnight on 31 December.", "SMArT", "2026-12-31"),
    Case("Keep the clinic open until March.", "SMArT", "2027-03-31"),
    Case("Send the board pack to Sarah by 4pm.", "SMArT", "2026-11-25"),
)
UNDATED = UNDATED + UNTIL_A_CLOCK_UNDATED
UNTIMED = UNTIMED + UNTIL_A_CLOCK_UNTIMED
TD_CASES = TD_CASES + UNTIL_A_CLOCK_UNTIMED + UNTIL_A_CLOCK_UNDATED + UNTIL_A_CLOCK_DATED

# After "for", a period of a calendar of its own in the plural names things ("for our key
# terms", "for the night shifts", "for the new rotations"), not a stretch of time; in the
# singular ("for the autumn term") or after "through" it still bounds the goal.
FOR_PLURAL_PERIODS_UNTIMED = (
    Case("Boost rankings for our key terms.", "smArt"),
    Case("Write 3 blog posts for our top search terms.", "SMArt"),
    Case("Hire 4 nurses for the night shifts.", "SMArt"),
    Case("Learn the 20 rules for the new trading terms.", "SMArt"),
    Case("Draft model answers for the past exam seasons.", "SMArt"),
    Case("Order 30 kits for the new rotations.", "SMArt"),
    Case("for terms", "smArt"),
)
FOR_PLURAL_PERIODS_UNDATED = (
    Case("Sign 3 new players for the winter season.", "SMArT"),
    Case("Rehearse 8 scenes for the spring term.", "SMArT"),
    Case("Read 10 books for the term.", "SMArT"),
    Case("Through the spring terms, mentor 2 students.", "SMArT"),
)
UNDATED = UNDATED + FOR_PLURAL_PERIODS_UNDATED
UNTIMED = UNTIMED + FOR_PLURAL_PERIODS_UNTIMED
TD_CASES = TD_CASES + FOR_PLURAL_PERIODS_UNTIMED + FOR_PLURAL_PERIODS_UNDATED

# "the month ahead", "the year ahead" after a preposition of a span is one unit counted from
# today, as "the coming year" is; without one ("the year ahead plan") it names a thing.
THE_UNIT_AHEAD_DATED = (
    Case("Attend 40 births in the month ahead.", "SMArT", "2026-12-25"),
    Case("Plan the family's meals for the week ahead.", "SMArT", "2026-12-02"),
    Case("Over the year ahead, mentor 3 new nurses.", "SMArT", "2027-11-25"),
    Case("Get 10 new clients in the quarter ahead.", "SMArT", "2027-02-25"),
    Case("Deliver 6 toolbox talks within the month ahead.", "SMArT", "2026-12-25"),
    # "for the year ahead" with a deadline or a date after it is the period the thing is for:
    # the explicit deadline is the goal's
    Case("Write my plan for the year ahead by December", "SMArT", "2026-12-31"),
    Case("Prepare the rota for the week ahead by Friday", "SMArT", "2026-11-27"),
    Case("Set budgets for the year ahead by Friday", "SMArT", "2026-11-27"),
    Case("Agree goals for the month ahead by 5 December", "SMArT", "2026-12-05"),
    Case("Draft the training plan for the quarter ahead before January.", "SMArT", "2026-12-31"),
    Case("Book the nurses' shifts for the month ahead on Monday.", "SMArT", "2026-11-30"),
    Case("Plan 5 lessons for the week ahead.", "SMArT", "2026-12-02"),
)
THE_UNIT_AHEAD_UNTIMED = (
    Case("Read the year ahead plan.", "SMArt"),
    Case("the year ahead", "smArt"),
)
UNTIMED = UNTIMED + THE_UNIT_AHEAD_UNTIMED
TD_CASES = TD_CASES + THE_UNIT_AHEAD_DATED + THE_UNIT_AHEAD_UNTIMED

# The irregular past forms are a closed class of English, read as a past tense wherever "-ed"
# is: a later sentence with one tells what happened ("The old one blew down in October.",
# "Last year we did 95k in Q4."), and a noun as the subject of one ("the chairs the twins
# broke at Easter") dates what happened, not the goal. "to" before a noun phrase is a
# preposition, not an infinitive that looks ahead ("the books we sent to the school in May").
# A causative's participle ("get the shed built in May") still looks forward.
IRREGULAR_PAST_UNTIMED = (
    Case("Build a new shed. The old one blew down in the storm in October.", "sMArt"),
    Case("Sales team: hit 120k. Last year we did 95k in Q4.", "SMArt"),
    Case("Replace the 4 chairs the twins broke at Easter.", "SMArt"),
    Case("Re-order the 30 books we sent to the school in May.", "SMArt"),
    Case("Win back the 12 members who fled to the new gym in March.", "SMArt"),
    Case("Repaint the mural the kids drew in summer.", "SMArt"),
    Case("Keep the garden the kids built in spring.", "SMArt"),
    Case("Re-run the quiz night. It drew 80 people in October.", "SMArt"),
)
IRREGULAR_PAST_DATED = (
    Case("Get the shed built in May.", "SMArT", "2027-05-31"),
    Case("Have the new menu written in March.", "SMArT", "2027-03-31"),
    Case("Get the 3 vans sold in spring.", "SMArT", "2027-05-31"),
    Case("Re-run the quiz night by May. It drew 80 people in October.", "SMArT", "2027-05-31"),
)
UNTIMED = UNTIMED + IRREGULAR_PAST_UNTIMED
TD_CASES = TD_CASES + IRREGULAR_PAST_UNTIMED + IRREGULAR_PAST_DATED

# "for" a weekday is the day the goal is done for, the coming one, as "for tomorrow", "for 3
# March" and "for Sunday's market" are; "for Monday to Friday" is a span of days, not one.
FOR_A_WEEKDAY_DATED = (
    Case("Book the church hall for Friday.", "SMArT", "2026-11-27"),
    Case("Have the 12 slides ready for Monday.", "SMArT", "2026-11-30"),
    Case("Order the retirement cake for Saturday.", "SMArT", "2026-11-28"),
    Case("Print 40 handouts for Thursday.", "SMArT", "2026-11-26"),
    Case("Prep 3 lesson plans for Tuesday.", "SMArT", "2026-12-01"),
    Case("Book the church hall for next Friday.", "SMArT", "2026-12-04"),
    Case("for Friday", "smArT", "2026-11-27"),
)
FOR_A_WEEKDAY_UNTIMED = (Case("Do the rota for Monday to Friday.", "smArt"),)
UNTIMED = UNTIMED + FOR_A_WEEKDAY_UNTIMED
TD_CASES = TD_CASES + FOR_A_WEEKDAY_DATED + FOR_A_WEEKDAY_UNTIMED

# A period of the calendar under way as the subject of its own ending after "before", "until"
# or "till" ("before the year is out", "before the month's over", "until the month ends") is
# due by that period's last day, as "by the end of the year" is, not an occasion with no date.
# A period of a calendar of its own ("before the tax year ends") still has none.
PERIOD_ENDING_DATED = (
    Case("Get the church roof fixed before the year is out.", "SMArT", "2026-12-31"),
    Case("Re-tile the 3 bathrooms before the year ends.", "SMArT", "2026-12-31"),
    Case("Sort the 40 returns before the month is out.", "SMArT", "2026-11-30"),
    Case("Call the 6 late payers before the week is over.", "SMArT", "2026-11-29"),
    Case("Close 2 more deals before the quarter closes.", "SMArT", "2026-12-31"),
    Case("Knock on 50 doors a day until the month ends.", "SMArT", "2026-11-30"),
    Case("Finish the 4 modules before this year runs out.", "SMArT", "2026-12-31"),
    Case("Finish the audit before the year's out", "SMArT", "2026-12-31"),
    Case("Finish the audit before the month's over", "SMArT", "2026-11-30"),
    Case("Paint 3 rooms before the week's done.", "SMArT", "2026-11-29"),
    Case("Sell 20 cars before the quarter’s up.", "SMArT", "2026-12-31"),
    Case("Submit 4 bids before this month's finished.", "SMArT", "2026-11-30"),
)
PERIOD_ENDING_UNDATED = (
    Case("Finish the thesis before the tax year ends.", "SMArT"),
    Case("before the year is", "smArT"),
)
UNDATED = UNDATED + PERIOD_ENDING_UNDATED
TD_CASES = TD_CASES + PERIOD_ENDING_DATED + PERIOD_ENDING_UNDATED

# A sum of money per period after a preposition or a word of paying ("a role on £40k a year",
# "work at £500 a day", "a job paying £40k a year", "a studio for £900 a month") is what a
# thing pays or costs, as "£150 an hour" is: not how often the goal is done. An amount the
# goal's own verb moves ("save £200 a month", "pay £300 a month into my pension") still recurs.
PAY_OF_A_THING_UNTIMED = (
    Case("Get a job paying £40k a year.", "SMArt"),
    Case("Land a charge nurse role on $90,000 a year.", "SMArt"),
    Case("Find locum work at £500 a day.", "SMArt"),
    Case("Rent a studio for £900 a month.", "SMArt"),
    Case("Take the contract worth £3,000 a month.", "SMArt"),
)
PAY_OF_A_THING_UNDATED = (
    Case("Save £250 a month towards the van.", "SMArT"),
    Case("Earn £3k a month from the shop.", "SMArT"),
    Case("Raise £500 a month in donations for the hospice.", "SMArT"),
    Case("Pay £300 a month into my pension.", "SMArT"),
    # after a preposition, a sum the clause's verb moves recurs as well
    Case("Pay off the loan at £300 a month.", "SMArT"),
    Case("Invest in an ISA at £200 a month.", "SMArT"),
    Case("Repay the debt of £200 a month.", "SMArT"),
    Case("Save for £300 a month.", "SMArT"),
    Case("Put money into the pension at £150 a month.", "SMArT"),
    Case("Clear the credit card by paying it off at £250 a month.", "SMArT"),
    Case("Contribute to the staff fund at £20 a week.", "SMArT"),
)
PAY_OF_A_THING_DATED = (Case("Get a job paying £40k a year by March.", "SMArT", "2027-03-31"),)
UNDATED = UNDATED + PAY_OF_A_THING_UNDATED
UNTIMED = UNTIMED + PAY_OF_A_THING_UNTIMED
TD_CASES = TD_CASES + PAY_OF_A_THING_UNTIMED + PAY_OF_A_THING_UNDATED + PAY_OF_A_THING_DATED

# A period of a calendar of its own comes round again, as a week does: after "per", "each" or
# "every" ("per rotation", "each intake", "every cycle") it is a cadence; "per annum" is "per
# year".
RECURRING_PERIOD_UNDATED = (
    Case("Audit 5 care notes per rotation.", "SMArT"),
    Case("Recruit 10 apprentices each intake.", "SMArT"),
    Case("Run 2 retros every cycle.", "SMArT"),
    Case("Sell 500 units per annum.", "SMArT"),
    Case("Grow our charity shop revenue 8% per annum.", "SMArT"),
    Case("Mentor 1 student every semester.", "SMArT"),
    Case("Publish 3 reports per iteration.", "SMArT"),
    Case("per annum", "sMArT"),
)
# A period that does not come round on a calendar ("peak") is a thing after "each" or "every".
RECURRING_PERIOD_DATED = (
    Case("Climb each peak by June.", "SMArT", "2027-06-30"),
    Case("Visit every peak in the Lake District by September.", "SMArT", "2027-09-30"),
    Case("Photograph each peak of the Alps range by August.", "SMArT", "2027-08-31"),
)
UNDATED = UNDATED + RECURRING_PERIOD_UNDATED
TD_CASES = TD_CASES + RECURRING_PERIOD_UNDATED + RECURRING_PERIOD_DATED

# A weekday after a deadline's label ("Deadline: Friday", "Due - Monday", "due Friday") is the
# coming one, as after "by".
LABELLED_WEEKDAY_DATED = (
    Case("Deadline: Friday. Send the revised quote to the Hendersons.", "SMArT", "2026-11-27"),
    Case("Send the 3 tenancy packs. Due: Monday.", "SMArT", "2026-11-30"),
    Case("Print the 40 order forms - deadline - Thursday.", "SMArT", "2026-11-26"),
    Case("Due Friday: send the insurance renewal.", "SMArT", "2026-11-27"),
    Case("Send the insurance renewal, due Friday.", "SMArT", "2026-11-27"),
    Case("Deadline: Friday", "smArT", "2026-11-27"),
)
TD_CASES = TD_CASES + LABELLED_WEEKDAY_DATED

# A figure in the object between a past verb and its time ("I did a 10k in October") leaves
# the time the past verb's; a "by" between ("served ... by 10% in December") does not.
PAST_WITH_A_FIGURE_UNTIMED = (Case("Run a half marathon (I did a 10k in October).", "SMArt"),)
PAST_WITH_A_FIGURE_DATED = (
    Case("Run a half marathon by April (I did a 10k in October).", "SMArT", "2027-04-30"),
    Case("Beat the 120 covers we served by 10% in December.", "SMArT", "2026-12-31"),
)
UNTIMED = UNTIMED + PAST_WITH_A_FIGURE_UNTIMED
TD_CASES = TD_CASES + PAST_WITH_A_FIGURE_UNTIMED + PAST_WITH_A_FIGURE_DATED

# A particle after the past verb ("picked up", "signed up") belongs to it: the time after the
# object is still the past one. Only a deadline's word ("by", "before") ends the search.
PAST_WITH_A_PARTICLE_UNTIMED = (
    Case("We picked up 12 contracts in October.", "SMArt"),
    Case("I backed up 40 laptops in March.", "SMArt"),
    Case("They signed up 15 volunteers in September.", "SMArt"),
)
PAST_WITH_A_PARTICLE_DATED = (Case("Sign up 15 volunteers in September.", "SMArT", "2027-09-30"),)
UNTIMED = UNTIMED + PAST_WITH_A_PARTICLE_UNTIMED
TD_CASES = TD_CASES + PAST_WITH_A_PARTICLE_UNTIMED + PAST_WITH_A_PARTICLE_DATED

# "by the time" and a clause with a subject of its own, a bare noun or a name as well as a
# determiner or "I" ("by the time applications open", "by the time Sam leaves"), ties the
# goal to that occasion: time-bound with no date.
BY_THE_TIME_A_CLAUSE_UNDATED = (
    Case("Get my 10-piece portfolio done by the time applications open.", "SMArT"),
    Case("Finish the 3 risk assessments by the time Sam leaves.", "SMArT"),
    Case("Hand over my 12 cases by the time they arrive.", "SMArT"),
    Case("Restock the 4 first-aid kits by the time school starts.", "SMArT"),
    # "Finish" acts on nothing named: the time budget is the occasion, not the object
    Case("Finish by the time budget runs out.", "smArT"),
)
BY_THE_TIME_A_CLAUSE_UNTIMED = (
    Case("Save £2k by the time", "SMArt"),
    # a noun after "the time" with no verb to follow names a length, not an occasion
    Case("Finish the report by the time limit.", "SMArt"),
    Case("Finish the report by the time allowed.", "SMArt"),
    Case("Finish the report by the time given.", "SMArt"),
    Case("Mark the 30 scripts by the time allowed for marking.", "SMArt"),
    Case("Answer all 50 questions by the time given in the brief.", "SMArt"),
    Case("Hang the 6 paintings by the time stated.", "SMArt"),
)
UNDATED = UNDATED + BY_THE_TIME_A_CLAUSE_UNDATED
UNTIMED = UNTIMED + BY_THE_TIME_A_CLAUSE_UNTIMED
TD_CASES = TD_CASES + BY_THE_TIME_A_CLAUSE_UNDATED + BY_THE_TIME_A_CLAUSE_UNTIMED

# A weekday said as an adverb of time, with no preposition, at the end of a clause ("Send the
# invoice Monday.", "first thing Monday") is the coming one, as "tomorrow" is.
BARE_WEEKDAY_DATED = (
    Case("Send the Hendersons' invoice Monday.", "SMArT", "2026-11-30"),
    # the weekday is the time, not the object: "it" names nothing, as in "Send it by Monday."
    Case("Send it Monday.", "smArT", "2026-11-30"),
    Case("Ship it Friday!", "smArT", "2026-11-27"),
    Case("Send it by Monday.", "smArT", "2026-11-30"),
    Case("Send the Hendersons' invoice first thing Monday.", "SMArT", "2026-11-30"),
    Case("Book the 3 van hires first thing Monday, then chase the quotes.", "SMArT", "2026-11-30"),
    Case("Run the quiz night Friday and the raffle Saturday.", "SMArT", "2026-11-28"),
    Case("Finish the 14 snagging items Friday latest.", "SMArT", "2026-11-27"),
    Case("Send the 3 tender packs Monday sharp.", "SMArT", "2026-11-30"),
)
BARE_WEEKDAY_UNTIMED = (
    Case("Monday", "smArt"),
    # a clause told in the past: that day has gone by
    Case("I was hired Monday.", "smArt"),
    Case("We launched the new menu Friday.", "SMArt"),
    Case("The auditor visited Tuesday.", "smArt"),
)
UNTIMED = UNTIMED + BARE_WEEKDAY_UNTIMED
TD_CASES = TD_CASES + BARE_WEEKDAY_DATED + BARE_WEEKDAY_UNTIMED

# "the first day", "the last day" of the month, each month or every month is one of every
# month's days, as "the second Monday of the month" is: a monthly cadence.
DAY_OF_THE_MONTH_UNDATED = (
    Case("Send the 30 supplier invoices on the first day of the month.", "SMArT"),
    Case("Back up the 3 laptops on the last day of each month.", "SMArT"),
    Case("Post the rota on the 1st day of the month.", "SMArT"),
)
DAY_OF_THE_MONTH_UNTIMED = (Case("Read the first day of the", "SMArt"),)
UNDATED = UNDATED + DAY_OF_THE_MONTH_UNDATED
UNTIMED = UNTIMED + DAY_OF_THE_MONTH_UNTIMED
TD_CASES = TD_CASES + DAY_OF_THE_MONTH_UNDATED + DAY_OF_THE_MONTH_UNTIMED

# A start that the goal's verb makes its action ("get started on", "make a start on") says when
# to begin, as "start" does: a start alone is not time-bound; "by" or "before" still set a
# deadline for the start.
START_MADE_UNTIMED = (
    Case("Get started on the allotment beds in spring.", "SMArt"),
    Case("Make a start on the 2026 accounts in February.", "SMArt"),
    Case("Get started on my 3 coursework essays on Monday.", "SMArt"),
)
START_MADE_DATED = (
    Case("Get started on the allotment beds by spring.", "SMArT", "2027-05-31"),
    Case("Make a start on the 2026 accounts before February.", "SMArT", "2027-01-31"),
    Case("Get the start date agreed in February.", "SMArT", "2027-02-28"),
)
UNTIMED = UNTIMED + START_MADE_UNTIMED
TD_CASES = TD_CASES + START_MADE_UNTIMED + START_MADE_DATED

# "the first day" or "the last day" of a named period is that period's first or last day, as
# its start or its end is ("on the first day of Q2" is April 1, not the whole quarter); of an
# occasion ("the first day of the course") it is still that occasion, with no date.
FIRST_OR_LAST_DAY_DATED = (
    Case("Renew the fleet insurance on the first day of Q2.", "SMArT", "2027-04-01"),
    Case("Close the 2027 Q2 books on the last day of Q2.", "SMArT", "2027-06-30"),
    Case("Submit the 4 planning appeals by the first day of March.", "SMArT", "2027-03-01"),
    Case("Hand in the 12 timesheets by the last day of March.", "SMArT", "2027-03-31"),
    Case("Ring the 20 lapsed members on the final day of 2027.", "SMArT", "2027-12-31"),
    # the first day of a period under way has gone by: the next one's
    Case("Finish the report on the first day of the year.", "SMArT", "2027-01-01"),
    Case("Reprice the 40 menu items on the first day of Q4.", "SMArT", "2027-10-01"),
    Case("Launch the winter rota on the first day of November.", "SMArT", "2027-11-01"),
    Case("File the 3 quarterly returns on the first day of the quarter.", "SMArT", "2027-01-01"),
)
TD_CASES = TD_CASES + FIRST_OR_LAST_DAY_DATED

# A time that dates the occasion "after", "following" or "since" governs says when that
# occasion is, whatever opens it: "next summer" and "this March" as "in June" do ("after the
# baby's born next summer"). The goal starts after it, which sets no end: not time-bound
# (`T007`). A deadline of the goal's own, or a time before "after", still ends it.
AFTER_AN_OCCASION_NEXT_UNTIMED = (
    Case("Get my NVQ Level 2 in Plastering after the baby's born next summer.", "SMArt"),
    Case("Retake my driving test after the clocks go back this autumn.", "SMArt"),
    Case("Open a second market stall after the square reopens next spring.", "SMArt"),
    Case("Run a 10k after my knee op this March.", "SMArt"),
    Case("Book 5 gigs after the album comes out next month.", "SMArt"),
    Case("Sign 3 new clients following the relaunch next week.", "SMArt"),
    Case("After the merger next year, merge the 2 payroll teams.", "SMArt"),
    Case("after the gig next week", "smArt"),
)
AFTER_AN_OCCASION_NEXT_DATED = (
    Case(
        "Finish the loft extension after we move in next May, by the end of 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case("Set up 3 stalls next summer after the market reopens.", "SMArT", "2027-08-31"),
    Case("Publish 2 papers next year after my viva.", "SMArT", "2027-12-31"),
    Case("my gig next week", "smArT", "2026-12-06"),
)
UNTIMED = UNTIMED + AFTER_AN_OCCASION_NEXT_UNTIMED
TD_CASES = TD_CASES + AFTER_AN_OCCASION_NEXT_UNTIMED + AFTER_AN_OCCASION_NEXT_DATED
# "since" before a time still to come ("next week", "this coming Monday", "this Friday", a
# future verb) means "because": the time dates the reason given, not the goal (`T012`), as
# "As the lease runs out in June" does; it is not what has gone on so far.
SINCE_A_REASON_UNTIMED = (
    Case("Since the audit is next week, close all 12 findings.", "SMArt"),
    Case("Since the office closes next month, move all 40 files to the cloud.", "SMArt"),
    Case("Since the inspection is this Friday, finish the 3 fire drills.", "SMArt"),
    Case("Since the stock take is this coming Monday, count all 3 storerooms.", "SMArt"),
    Case("Since the league starts next month, recruit 6 new players.", "SMArt"),
)
UNTIMED = UNTIMED + SINCE_A_REASON_UNTIMED
TD_CASES = TD_CASES + SINCE_A_REASON_UNTIMED
# "after" that belongs to a verb ("go after", "chase after", "look after") opens no
# occasion: the time after what the verb acts on is the goal's own.
AFTER_OF_A_VERB_DATED = (
    Case("Go after the enterprise accounts this quarter and sign 3.", "SMArT", "2026-12-31"),
    Case("Chase after the 20 overdue invoices this month.", "SMArT", "2026-11-30"),
    Case("Look after my nephew's garden next summer, mowing it weekly.", "SMArT", "2027-08-31"),
    Case("Go after 10 new wholesale buyers this spring for the bakery.", "SMArT", "2027-05-31"),
    Case(
        "Chasing after the 8 tenants in arrears this month, recover £4,000.",
        "SMArT",
        "2026-11-30",
    ),
    Case(
        "Ran after every lapsed donor last year; go after 50 more this year.",
        "SMArT",
        "2026-12-31",
    ),
)
# A second "after" that opens an occasion still does: the goal starts after it.
AFTER_OF_A_VERB_UNTIMED = (
    Case("Look after 4 foster children after my training in June.", "SMArt"),
)
UNTIMED = UNTIMED + AFTER_OF_A_VERB_UNTIMED
TD_CASES = TD_CASES + AFTER_OF_A_VERB_DATED + AFTER_OF_A_VERB_UNTIMED

# "next" after "by", "before" or "at" picks the coming one of a run of occasions, whatever
# they are called ("by next harvest", "by our next gig", "at the next Games"): the goal is
# time-bound with no date (`T008`), as "by my next review" is. A person ("signed off by the
# next manager") or a rung ("at the next level") is no occasion, and "by next Friday" is a day.
NEXT_OCCASION_UNDATED = (
    Case("Get the vines pruned by next harvest.", "SMArT"),
    Case("Lift my squat to 100kg by the next meet.", "SMArT"),
    Case("Sell 200 copies of the EP by our next gig.", "SMArT"),
    Case("Win back 10 lapsed donors by next census.", "SMArT"),
    Case("Have 10 new poems by the next open mic.", "SMArT"),
    Case("Score 90% by the next mock.", "SMArT"),
    Case("Lose 3kg before my next weigh-in.", "SMArT"),
    Case("Win a medal in the 200m butterfly at the next Games.", "SMArT"),
    Case("Sing 2 new songs at our next open mic.", "SMArT"),
    Case("Answer every customer email by the next day.", "SMArT"),
    Case("by next harvest", "smArT"),
    Case("at the next gig", "smArT"),
)
NEXT_OCCASION_OTHER = (
    Case("Have the grant plan signed off by the next manager.", "SMArt"),
    Case("Perform 3 solos at the next level.", "SMArt"),
    Case("Finish the 4 reports by next Friday.", "SMArT", "2026-12-04"),
    Case("at the next", "smArt"),
    Case("by next", "smArt"),
)
UNDATED = UNDATED + NEXT_OCCASION_UNDATED
TD_CASES = TD_CASES + NEXT_OCCASION_UNDATED + NEXT_OCCASION_OTHER
# The agent of a passive that "next" picks is who does it, not an occasion: a group, a noun
# for who does something or a name ("approved by the next council", "let by the next tenant",
# "reviewed by next Tom"). No time is set.
NEXT_AGENT_UNTIMED = (
    Case("Have 3 samples approved by the next customer.", "SMArt"),
    Case("Get the flat let by the next tenant.", "SMArt"),
    Case("Get the plans approved by the next council.", "SMArt"),
    Case("Get the plans approved by the next committee.", "SMArt"),
    Case("Get my work reviewed by next Tom.", "smArt"),
    Case("Get the report reviewed by next reviewer.", "SMArt"),
    Case("Get 2 wedding dresses fitted by the next client.", "SMArt"),
    Case("Have the 3 grant bids read by the next trustee.", "SMArt"),
    Case("Get the extension plans signed by the next assessor.", "SMArt"),
    Case("Get my 6 new recipes tried by the next cohort.", "SMArt"),
)
# A capital in Title Case is no name: the passive's "next" still picks an occasion.
NEXT_AFTER_A_PASSIVE_UNDATED = (
    Case("Get The Vines Pruned By Next Harvest", "SMArT"),
    Case("GET THE VINES PRUNED BY NEXT HARVEST", "SMArT"),
)
UNDATED = UNDATED + NEXT_AFTER_A_PASSIVE_UNDATED
TD_CASES = TD_CASES + NEXT_AFTER_A_PASSIVE_UNDATED
UNTIMED = UNTIMED + NEXT_AGENT_UNTIMED
TD_CASES = TD_CASES + NEXT_AGENT_UNTIMED
# A time word after "at the next" ("at the next March", "at the next May bank holiday") is
# read as that time: "next" picks the coming one, with its date.
NEXT_TIME_WORD_DATED = (
    Case("Launch the shop at the next March.", "SMArT", "2027-03-31"),
    Case("Run the stall at the next June open day.", "SMArT", "2027-06-30"),
    Case("Launch at the next May bank holiday.", "smArT", "2027-05-31"),
    Case("Sell 40 wreaths at the next Christmas fair.", "SMArT", "2026-12-25"),
    Case("Open the new bakery at the next Easter weekend.", "SMArT", "2027-03-28"),
    Case("Propose the 3 new rotas at the next Monday huddle.", "SMArT", "2026-11-30"),
)
TD_CASES = TD_CASES + NEXT_TIME_WORD_DATED

# A season's name, a noun for what it is for and "session" name a session of exams, a
# parliament or a college ("in the summer exam session"), as "in the summer session" and "the
# spring lambing season" do: time-bound with no date (`T008`). "a summer photo session" is a
# kind of thing.
SEASON_NAMED_SESSION_UNDATED = (
    Case("Get 6 pupils through Grade 5 in the summer exam session.", "SMArT"),
    Case("Sit 3 ACCA papers in the spring exam session.", "SMArT"),
    Case("Pass my 2 failed modules in the winter resit session.", "SMArT"),
    Case("in the summer exam session", "smArT"),
)
SEASON_NAMED_SESSION_OTHER = (
    Case("Book a summer photo session for 10 clients.", "SMArt"),
    Case("Run a spring planting session for 20 kids by April.", "SMArT", "2027-04-30"),
)
UNDATED = UNDATED + SEASON_NAMED_SESSION_UNDATED
TD_CASES = TD_CASES + SEASON_NAMED_SESSION_UNDATED + SEASON_NAMED_SESSION_OTHER
# Only a sitting names a session of its own calendar ("exam", "resit", "assessment"): "the
# summer training session" is one meeting, in the season, which dates it. A year after the
# session or term says which season ("the summer exam session 2027").
SEASON_SESSION_DATED = (
    Case("Coach 15 juniors in the summer training session.", "SMArT", "2027-08-31"),
    Case("Book 20 players for the summer training session.", "SMArT", "2027-08-31"),
    Case("Pass 3 papers in the summer exam session 2027.", "SMArT", "2027-08-31"),
    Case("Teach 12 kids in the autumn swimming session.", "SMArT", "2026-11-30"),
    Case("Host 30 guests at the spring tasting session.", "SMArT", "2027-05-31"),
    Case("Sit 2 papers in the winter exam session 2027.", "SMArT", "2027-02-28"),
    Case("Pass 3 papers in the summer term 2027.", "SMArT", "2027-08-31"),
)
SEASON_SITTING_UNDATED = (Case("Pass 2 modules in the winter assessment session.", "SMArT"),)
UNDATED = UNDATED + SEASON_SITTING_UNDATED
TD_CASES = TD_CASES + SEASON_SESSION_DATED + SEASON_SITTING_UNDATED

# A time after a word that names a member of a set ("including January", "except Christmas
# Day", "excluding August", "even December", "apart from August") is one of the times the
# goal covers or leaves out, not when it ends: the goal keeps its cadence and has no date, or
# keeps its own deadline. A time preposition after the word ("even by March") is a deadline.
MEMBER_OF_A_SET_UNDATED = (
    Case(
        "Get the guest house to 100% occupancy every night of the year, including January.",
        "SMarT",
    ),
    Case("Keep the farm shop open 7 days a week, except Christmas Day.", "SMArT"),
    Case("Run a kids' coding club every weekend, excluding August.", "SMArT"),
    Case("Hit 95% attendance at the youth club every month, even December.", "SMArT"),
    Case("Keep both wards fully staffed every night including Christmas Eve.", "SMArT"),
    Case("Cover every Saturday market stall apart from August.", "SMArT"),
    Case("Close the practice's books every month, especially December.", "SMArT"),
)
MEMBER_OF_A_SET_OTHER = (
    Case("Fill every bar shift this year, including Christmas.", "SMArT", "2026-12-31"),
    Case("Hire 3 chefs, even by March if I can.", "SMArT", "2027-03-31"),
    Case("Train all 12 staff, including the new starters, by Easter.", "SMArT", "2027-03-28"),
    Case("including January", "smArt"),
    Case("apart from May", "smArt"),
)
UNDATED = UNDATED + MEMBER_OF_A_SET_UNDATED
TD_CASES = TD_CASES + MEMBER_OF_A_SET_UNDATED + MEMBER_OF_A_SET_OTHER
# "apart from" and "other than" name a member though the time is read from their
# preposition ("apart from this Christmas"), and "incl." is "including".
MEMBER_PAIR_UNDATED = (
    Case("Open daily apart from this Christmas.", "SMArT"),
    Case("Open daily incl. Christmas Day.", "SMArT"),
    Case("Run the night café every weekend apart from next Easter.", "SMArT"),
    Case("Walk the 3 rescue dogs twice a day incl. 1 January.", "SMArT"),
    Case("Staff the helpline every night incl. New Year's Eve.", "SMArT"),
    Case("Open the climbing wall every evening other than next Christmas Eve.", "SMArT"),
)
UNDATED = UNDATED + MEMBER_PAIR_UNDATED
TD_CASES = TD_CASES + MEMBER_PAIR_UNDATED
# "including" after "and" makes the end before it inclusive ("up to and including 31
# December", "through and including December"): the time is the goal's end, not a member.
INCLUSIVE_END_DATED = (
    Case("Post daily up to and including 31 December.", "SMArT", "2026-12-31"),
    Case("Log every shift up to and including March 2027.", "SMArT", "2027-03-31"),
    Case("Cover all weekends through and including December.", "SMArT", "2026-12-31"),
    Case("Keep the streak going to and including 31 January.", "SMArT", "2027-01-31"),
    Case(
        "Answer every support ticket within a day up to and including 15 March.",
        "SMArT",
        "2027-03-15",
    ),
    Case(
        "Restock the food bank shelves each Friday through and incl. 28 February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Water the allotment daily to and including the end of August.", "SMArT", "2027-08-31"),
    Case(
        "Swim 40 lengths three times a week up to and including my 50th birthday on 3 April.",
        "SMArT",
        "2027-04-03",
    ),
)
TD_CASES = TD_CASES + INCLUSIVE_END_DATED

# "even" after "break" is the verb's ("break even", "hit break-even"): it names no member of
# a set, and the time after it is the goal's end.
BREAK_EVEN_DATED = (
    Case("Reach break even March 2027.", "sMArT", "2027-03-31"),
    Case("Break even Q3 2027.", "sMArT", "2027-09-30"),
    Case("Get the shop to break even December 2027.", "SMArT", "2027-12-31"),
    Case("Hit break-even Q3 2027.", "sMArT", "2027-09-30"),
    Case("Have the new clinic breaking even Q2 2027.", "SMArT", "2027-06-30"),
    Case(
        "Have the charity shop breaking even December 2027 after 2 years of losses.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "Reach break-even on the podcast December 2027 so I can go full time.",
        "SMART",
        "2027-12-31",
    ),
)
# "even" after "breaking even" still names a member: the goal keeps its cadence, with no date.
BREAK_EVEN_UNDATED = (Case("Get the café breaking even every month, even December.", "SMArT"),)
UNDATED = UNDATED + BREAK_EVEN_UNDATED
TD_CASES = TD_CASES + BREAK_EVEN_DATED + BREAK_EVEN_UNDATED

# "today", "tomorrow" after a determiner or an owner ("the BBC's Today programme", "our
# Tomorrow magazine") name a thing, in any casing: the day itself takes neither.
OWNED_DAY_WORDS = (
    Case("Get our charity a slot on the BBC's Today programme.", "SMArt"),
    Case("get our charity a slot on the bbc's today programme.", "SMArt"),
    Case("Pitch a story to the Today show producers.", "SMArt"),
    Case("PITCH A STORY TO THE TODAY SHOW PRODUCERS.", "SMArt"),
    Case("pitch a story to the today show producers.", "SMArt"),
    Case("Write a column for our Tomorrow magazine.", "SMArt"),
    Case("WRITE A COLUMN FOR OUR TOMORROW MAGAZINE.", "SMArt"),
    Case("Send the invoice today.", "SMArT", "2026-11-25"),
    Case("SEND THE INVOICE TODAY.", "SMArT", "2026-11-25"),
    Case("send the invoice today.", "SMArT", "2026-11-25"),
    Case("Book the minibus tomorrow for the away match.", "SMArT", "2026-11-26"),
    Case("BOOK THE MINIBUS TOMORROW FOR THE AWAY MATCH.", "SMArT", "2026-11-26"),
    Case("Finish the rota by today.", "SMArT", "2026-11-25"),
    Case("FINISH THE ROTA BY TODAY.", "SMArT", "2026-11-25"),
    # the shortest texts the look before the word reaches
    Case("today", "smArT", "2026-11-25"),
    Case("'s today", "smArT", "2026-11-25"),
)
TD_CASES = TD_CASES + OWNED_DAY_WORDS

# A later sentence that remarks on the goal with an action of its own, one of telling or going
# over ("Keen to discuss it at ...", "Will update you at ...", "We can review it at ..."): its
# time dates that telling, not the goal. "by", "before" or a deadline's word there ("Needs
# doing before ...", "Must be booked by ...") dates the goal, as does a later step of the goal
# itself ("I will submit it at ..."); a cadence there is kept.
REMARK_TIMES_UNTIMED = (
    Case("Run 3 workshops for new starters. Keen to discuss it at the next team meeting.", "SMArt"),
    Case("Pass the CIPD exam. Will update you at our next 1:1.", "SMArt"),
    Case(
        "Write 4 blog posts about our repairs service. Happy to share drafts at the next huddle.",
        "SMArt",
    ),
    Case("Get better at delegating. We can review it at our next catch-up.", "smArt"),
    Case("Renew my forklift licence. I'll report back at the next toolbox talk.", "SMArt"),
    Case(
        "Finish the Level 3 plumbing course. Glad to show you my portfolio at the spring open day.",
        "SMArt",
    ),
    Case("Cut my 5k time to 24 minutes. Might mention it at the club AGM.", "SMArt"),
    Case("Launch the new rota app for the ward. Eager to demo it at Friday's huddle.", "SMArt"),
    Case("Learn Spanish. We could chat about it over coffee next week.", "smArt"),
    Case(
        "Publish 2 recipes on the café blog. I will also share them at the next staff social.",
        "SMArt",
    ),
    Case(
        "Complete my ACCA papers. Pleased to review it with you at my appraisal in March.", "SMArt"
    ),
    Case(
        "Set up a mentoring scheme for nurses. Can present it at the December governance meeting.",
        "SMArt",
    ),
    Case("Map the customer journey for refunds. I'll share it with the team on Friday.", "SMArt"),
    Case(
        "Rewire the church hall kitchen. I can talk you through it at Sunday's coffee morning.",
        "SMArt",
    ),
    Case(
        "Translate the menu into Polish. Could also show it at the next owners' meeting.", "SMArt"
    ),
    Case("Write the volunteer handbook. We'll discuss it at the AGM in May.", "SMArt"),
)
REMARK_TIMES_KEPT = (
    Case("Present the audit findings at the next board meeting.", "SMArT"),
    Case("Lift my squat to 100kg at the next meet.", "SMArT"),
    Case(
        "Hire 2 apprentices by June. Can talk about it at the next board meeting.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Book the venue. Needs doing before the next board meeting.", "SMArT"),
    Case("Get my HGV licence. Needs to be done before my next review.", "SMArT"),
    Case("Clear the backlog of 40 tickets. We will review it every Friday.", "SMArT"),
    Case("Plan the team away day. Must be booked by the next board meeting.", "SMArT"),
    Case("Draft the grant bid. I will submit it at the next funding round.", "SMArT"),
    Case(
        "Finish my NVQ portfolio by March. Happy to share it at my review in April.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Write up the ward's falls procedure. We can discuss it by the end of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Tidy the garden shed. Will do it next weekend.", "SMArT", "2026-12-06"),
    Case("Pass my driving theory test. I will sit it at the next available slot.", "SMArT"),
    Case("Fit the new shelving in the shop. Target: done by the next stocktake.", "SMArT"),
    Case("Run the staff survey. We'll report the results every quarter.", "SMArT"),
    Case("Repaint the nursery. Review it before the spring term.", "SMArT"),
    Case(
        "Record 6 podcast episodes. Will release them at the June festival.", "SMArT", "2027-06-30"
    ),
)
UNTIMED = UNTIMED + REMARK_TIMES_UNTIMED
TD_CASES = TD_CASES + REMARK_TIMES_UNTIMED + REMARK_TIMES_KEPT

# "next May", "this March", "the coming May": a word that picks one of a run before a month
# name that is another word too makes it the month, with no preposition before it, as "next
# June" is; "We may open" stays a modal.
PICKED_AMBIGUOUS_MONTHS = (
    Case("Open the second shop next May.", "SMArT", "2027-05-31"),
    Case("Next May, open the second bakery counter.", "SMArT", "2027-05-31"),
    Case("Run 5 craft stalls this May.", "SMArT", "2027-05-31"),
    Case("Run the coming May plant fair.", "SMArT", "2027-05-31"),
    Case("Publish the parish newsletter's spring issue next March.", "SMArT", "2027-03-31"),
    Case("We may open a pop-up shop.", "sMArt"),
)
TD_CASES = TD_CASES + PICKED_AMBIGUOUS_MONTHS

# A deadline label and its colon before an occasion with no date ("Deadline: next board
# meeting", "Due: the next audit") make it when the goal is due, as "by" does: time-bound
# with no date (`T008`). Another label ("Agenda: next board meeting") sets no time.
LABELLED_OCCASION_DEADLINES = (
    Case("Write the fire safety plan. Deadline: next board meeting.", "SMArT"),
    Case("Refit the 3 changing rooms. Due: the next leisure centre inspection.", "SMArT"),
    Case("Publish 4 case studies. Target: my next appraisal.", "SMArT"),
    Case("Agenda: next board meeting. Write the fire safety plan.", "SMArt"),
)
TD_CASES = TD_CASES + LABELLED_OCCASION_DEADLINES
