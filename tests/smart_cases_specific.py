"""Goal statements on what makes a goal specific and measurable, labelled before the evaluator
read them.

Same notation as ``smart_cases`` (verdict letters, ``deadline``), read on the same ``AS_OF``.
They are written in fields the other batches have few of (farming, trades, dentistry, libraries,
charities, transport, hospitality, the law, schools, care homes) and in the shapes that decide
S and M: an action verb no word list holds, found by its position after a subject, a modal, a
hedge or a leading phrase; the figure or the concrete action in a purpose clause or a later
sentence; numbers glued to their units or written as words; objects narrowed by a modifier or a
complement; Title Case; two verbs sharing one object; credentials earned; figures that measure
nothing (self-ratings, team sizes, years of experience, digits inside names); one-off results
that can be checked; and vague goals that stay vague whatever their wording.

A deadline is given only where a careful reader resolves one date.
"""

from __future__ import annotations

from smart_cases import Case

# An action found by its position: verbs the lexicon has no reason to know.
POSITION = (
    Case(
        "Laminate the new sepsis flowcharts and pin one in every bay by Friday.",
        "SMArT",
        "2026-11-27",
    ),
    Case(
        "Recalibrate the three spirometers in the respiratory clinic before the January audit.",
        "SMArT",
    ),
    Case("Declutter the stockroom by the end of December.", "SMArT", "2026-12-31"),
    Case("Proofread the grant application twice before it goes to the trustees.", "SMArT"),
    Case(
        "Onboard the two new receptionists onto the booking system by 9 January.",
        "SMArT",
        "2027-01-09",
    ),
    Case(
        "Digitise the paper maintenance logs for all 40 buses by the end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Vaccinate every dairy calf on the farm against BVD by March.", "SMArT", "2027-03-31"),
    Case(
        "Caption all 25 training videos on the staff intranet by 31 January 2027.",
        "SMArT",
        "2027-01-31",
    ),
    Case(
        "Benchmark our delivery fees against three local competitors this quarter.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Shadow the head groundskeeper for three Saturdays in April.", "SMArT", "2027-04-30"),
    Case(
        "Refurbish the two treatment rooms at the Hillside clinic by June 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Chair the parents' forum at Oakfield Primary on 11 February.", "SMArT", "2027-02-11"),
    Case(
        "Reshelve the whole local history section by the end of the month.", "SMArT", "2026-11-30"
    ),
    Case("Defrost and deep-clean the walk-in freezer every four weeks.", "SMArT"),
    Case("Fumigate the grain store before the harvest comes in.", "SMArT"),
    Case("Rota two qualified first aiders onto every Saturday shift from January.", "SMArT"),
    Case("Scan and index the 1990s planning files by next summer.", "SMArT"),
    Case("Invoice every outstanding job from October by Monday.", "SMArT", "2026-11-30"),
    Case("Re-point the garden wall on the north side before winter.", "SMArT"),
    Case("Prune the orchard's 60 apple trees in February.", "SMArT", "2027-02-28"),
    Case(
        "Harmonise the three regional price lists into one by the end of Q2.", "SMArT", "2027-06-30"
    ),
    Case(
        "Storyboard the new fundraising video with the comms volunteer this month.",
        "SMArT",
        "2026-11-30",
    ),
)

# A phrase before the action: a time, a condition, a context, a cadence.
LEADS = (
    Case(
        "By 31 March, I will have re-certified all forklift drivers at the Leeds depot.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Every Friday afternoon, I'll reconcile the petty cash tin against the receipts book.",
        "SMArT",
    ),
    Case(
        "Despite the rota gaps, I'll still run two falls-prevention huddles a month on Ward 9.",
        "SMArT",
    ),
    Case(
        "After the January stocktake, I'm going to rearrange the pharmacy shelves by expiry date.",
        "SMArt",
    ),
    Case(
        "When the new till system goes live, I will train all six Saturday staff on refunds.",
        "SMArt",
    ),
    Case("From next week, I'll audit hand hygiene on Ward 4 every Tuesday.", "SMArT"),
    Case(
        "Over the summer holidays, I'll rewrite the Year 8 fractions unit with worked examples.",
        "SMArT",
    ),
    Case(
        "Before my next appraisal, I aim to complete the safeguarding level 2 e-learning.", "SMArT"
    ),
    Case("Once a month, I'll phone each of our top 20 donors.", "SMArT"),
    Case(
        "If the budget is approved, I will hire a part-time bookkeeper by April.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Starting in January, I'll batch-cook five lunches every Sunday.", "SMArT"),
    Case("In January, we will repaint the nursery's two playrooms.", "SMArT", "2027-01-31"),
    Case(
        "Within six weeks, the night team will trial the new handover sheet on all three wards.",
        "SMArT",
        "2027-01-06",
    ),
    Case("Between now and Easter, I'd like to visit each of our 14 partner schools once.", "SMArT"),
    Case("During the spring term, mark every Year 11 mock paper within five school days.", "SMArT"),
    Case("At the end of each shift, log the fridge temperatures on the HACCP sheet.", "SMArT"),
)

# Hedges, voices and the forms goal boxes use.
VOICES = (
    Case(
        "I'd like to try to mentor one apprentice electrician through their AM2 assessment this year.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "I'm hoping to get my HGV Class 1 licence before the summer so I can take on the long-haul routes.",
        "SMART",
    ),
    Case("My aim is to referee 10 under-14 league matches this season.", "SMArT"),
    Case("Our team will respond to every safeguarding referral within 24 hours.", "SMArT"),
    Case(
        "The plan is for me to co-author one paper with the registrar by next September.",
        "SMArT",
        "2027-09-30",
    ),
    Case(
        "We want to open a second food bank collection point in Northgate by May.",
        "SMArT",
        "2027-05-31",
    ),
    Case("Aim: stock-take the whole bar cellar monthly.", "SMArT"),
    Case("I need to chase the 18 overdue invoices before year end.", "SMArT", "2026-12-31"),
    Case("Hoping to finally get the allotment shed re-roofed this winter.", "SMArT"),
    Case(
        "Gonna try and cold-call 15 dental practices a week till Christmas.", "SMArT", "2026-12-25"
    ),
    Case("Ideally I would sit the ACCA Financial Reporting paper in the June sitting.", "SMArT"),
    Case("Tomasz will induct the three new porters by the end of the week.", "SMArT", "2026-11-29"),
    Case(
        "Each nurse on the unit will complete the new pressure-ulcer module by 28 February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("I commit to walking the dog for 30 minutes every morning before work.", "SMArT"),
)

# The figure or the concrete action sits in a purpose clause or a later sentence.
WHOLE_TEXT = (
    Case(
        "Set up a shared triage inbox to bring our first-reply time down from 2 days to 4 hours by March.",
        "SMART",
        "2027-03-31",
    ),
    Case(
        "Rework the volunteer induction. Target: new volunteers on shift within 2 weeks of signing up, not 6.",
        "SMArT",
    ),
    Case(
        "Improve how we handle complaints. Target: every complaint acknowledged within one working day.",
        "SMArT",
    ),
    Case(
        "Tighten up our stock ordering so that kitchen waste falls below 3% of food costs.", "SMARt"
    ),
    Case(
        "Get more organised with paperwork. Specifically, file every delivery note within 24 hours of it arriving.",
        "SMArT",
    ),
    Case("Work on my fitness so I can finish the Great North Run in under 2 hours 30.", "SMARt"),
    Case(
        "Be a better support to the new teachers. I'll observe each of them teach once a half-term and give written feedback.",
        "SMArT",
    ),
    Case(
        "Streamline the booking process. Success = 90% of clients book online without calling us.",
        "SMArt",
    ),
    Case("Buy a label printer to cut picking errors in the warehouse by a third.", "SMARt"),
    Case(
        "Focus on retention this year. Measure: keep monthly member churn under 4% through 2027.",
        "SMArT",
    ),
    Case(
        "Get on top of my caseload. That means closing the 11 files older than six months before Christmas.",
        "SMArT",
        "2026-12-24",
    ),
    Case(
        "Introduce a weekly menu planning meeting to reduce food waste from 12kg to 5kg a week.",
        "SMARt",
    ),
)

# Numbers glued to units, written as words or as signs of change.
FIGURES = (
    Case("Swim 1.5km without stopping by the end of March.", "SMArT", "2027-03-31"),
    Case("Cycle to work 3x/week from January.", "SMArT"),
    Case("Raise £2k for the hospice at the Christmas fair.", "SMArT"),
    Case("Cut my commute from 55mins to 35mins by moving my start time.", "SMArt"),
    Case("Drink 2L of water a day.", "SMArT"),
    Case("Lose 6kg before the wedding in June.", "SMArT"),
    Case(
        "Halve the number of missed bin collections on the east round by April.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Treble our newsletter sign-ups at the farmers' market this summer.", "SMArT"),
    Case("Log a dozen hours of supervised driving every month until my test.", "SMArT"),
    Case(
        "Double the number of library members under 12 by the end of 2027.", "SMArT", "2027-12-31"
    ),
    Case("Get my 5k time under 25 minutes by spring.", "SMArT"),
    Case("Bring the average table turn in the restaurant down to 75 minutes.", "SMArt"),
    Case("Save €150 a month so we can buy a new van outright.", "SMART"),
    Case("Walk 10,000 steps a day for the whole of January.", "SMArT", "2027-01-31"),
)

# Objects narrowed by a modifier or a complement, named, or left general.
OBJECTS = (
    Case(
        "Launch a loyalty card for our bakery's regular customers by February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Write a checklist for night-shift handovers on the stroke unit.", "SMArt"),
    Case("Hand out flu-jab leaflets to every patient at Saturday's vaccination clinic.", "SMArT"),
    Case(
        "Build a rota template for the volunteer drivers before the new year.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Organise a careers fair for Year 10 students in March.", "SMArT", "2027-03-31"),
    Case("Start a buddy scheme for new starters in the call centre.", "SMArt"),
    Case("Write a blog post.", "sMArt"),
    Case("Attend workshops.", "smArt"),
    Case("Do some training.", "smArt"),
    Case("Read books.", "smArt"),
    Case("Run a half-day first aid course for the scout leaders before camp.", "SMArT"),
    Case("Draft a policy on lone working for our home-care staff.", "SMArt"),
    Case("Set up a WhatsApp group for the allotment committee.", "SMArt"),
    Case("Make a few changes to the website.", "smArt"),
)

# Title Case goal titles.
TITLE_CASE = (
    Case("Complete Level 3 Award In Education And Training By June", "SMArT", "2027-06-30"),
    Case("Implement New Patient Recall System At Riverside Surgery", "SMArt"),
    Case("Obtain Food Hygiene Level 2 Certificate Before Summer Opening", "SMArT"),
    Case("Improve Team Communication", "smArt"),
    Case("Deliver Quarterly Safety Briefings To All Drivers", "SMArT"),
    Case("Reduce Customer Complaints", "smArt"),
    Case("Achieve ISO 9001 Certification For The Sheffield Plant In 2027", "SMArT", "2027-12-31"),
    Case("Become A More Confident Public Speaker", "smArt"),
    Case("Publish Donor Newsletter Every Month", "SMArT"),
    Case("Renew Gas Safe Registration Before It Lapses In April", "SMArT"),
)

# Two verbs joined by "and" sharing an object.
TWO_VERBS = (
    Case(
        "Draft and circulate the winter weather plan to all depot managers by 1 December.",
        "SMArT",
        "2026-12-01",
    ),
    Case(
        "Cost and submit the bid for the council's grounds maintenance contract before 20 January.",
        "SMArT",
        "2027-01-20",
    ),
    Case(
        "Review and update the COSHH assessments for the cleaning team this month.",
        "SMArT",
        "2026-11-30",
    ),
    Case("Source and fit new blinds in the three south-facing classrooms over half-term.", "SMArT"),
    Case("Design and print the spring concert programme.", "SMArt"),
    Case("Monitor and improve patient satisfaction.", "smArt"),
    Case("Plan and host a quiz night to raise £500 for the school minibus.", "SMARt"),
    Case(
        "Audit and tidy the client database, removing duplicates, by the end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
)

# Credentials earned: a one-off result, not a change to measure.
CREDENTIALS = (
    Case("Gain my Level 3 Diploma in Adult Care by next autumn.", "SMArT"),
    Case(
        "Earn the Duke of Edinburgh bronze award with my unit by the end of next summer.", "SMArT"
    ),
    Case("Obtain a CSCS green card so I can work on the new housing site.", "SMARt"),
    Case("Secure planning permission for the barn conversion by July.", "SMArT", "2027-07-31"),
    Case("Achieve QTS by the end of the academic year.", "SMArT"),
    Case("Get my forklift licence renewed in January.", "SMArT", "2027-01-31"),
    Case("Gain a distinction in my Level 4 bookkeeping course.", "SMArt"),
    Case("Get certified in something useful.", "smArt"),
)

# Figures that measure nothing: self-ratings, team sizes, years, names with digits.
NON_MEASURES = (
    Case("Be more patient with my 8 apprentices.", "smArt"),
    Case("Feel more settled at work - I'd rate myself 5/10 right now.", "smArt"),
    Case("With 15 years in retail behind me, I want to be a stronger manager.", "smArt"),
    Case("Lead the Ward 12 team through the move to the new building.", "SMArt"),
    Case("Look after our 40 volunteers better.", "smArt"),
    Case("I'm about 70% sure I can be a calmer presence on the floor.", "smArt"),
    Case("Lead the Year 9 history trip to York in June.", "SMArT", "2027-06-30"),
    Case("Upgrade the office laptops to Windows 11 before support for Windows 10 ends.", "SMArT"),
    Case("Be a good role model for my 3 junior stylists.", "smArt"),
    Case("Confidence with spreadsheets: 3/10. Want it higher.", "smArt"),
    Case("Finish the Route 66 bus timetable review that Gill started.", "SMArt"),
    Case(
        "As someone with 2 years on the till, get better at dealing with difficult customers.",
        "smArt",
    ),
)

# One-off results that can be checked, against ongoing or vague ones.
COMPLETIONS = (
    Case("Finish the kitchen extension drawings for the Patels.", "SMArt"),
    Case("Submit my PhD thesis to the graduate school.", "SMArt"),
    Case("Replace the boiler in the community centre before December.", "SMArT", "2026-11-30"),
    Case("Write up the minutes of the AGM and send them to all members.", "SMArt"),
    Case("Stay on top of the filing.", "smArt"),
    Case("Stay positive.", "smArt"),
    Case("Keep doing my best.", "smArt"),
    Case("Be there for my staff.", "smArt"),
    Case("Put the new fire evacuation plan on the noticeboard in every block.", "SMArt"),
    Case("Help out more around the shop.", "smArt"),
)

# Vague goals: a vague verb, a comparative, learning alone, a change with no figure.
VAGUE = (
    Case("Increase footfall at the garden centre.", "smArt"),
    Case("Reduce sick days across the depot.", "smArt"),
    Case("Learn Welsh.", "smArt"),
    Case("Get better at pastry.", "smArt"),
    Case("Be more visible in the parish.", "smArt"),
    Case("Grow the youth club.", "smArt"),
    Case("Work on my confidence with parents.", "smArt"),
    Case("Develop my coaching skills.", "smArt"),
    Case("Become a better teacher.", "smArt"),
    Case("Improve the patient experience on the ward.", "smArt"),
)

SM_CASES = (
    POSITION
    + LEADS
    + VOICES
    + WHOLE_TEXT
    + FIGURES
    + OBJECTS
    + TITLE_CASE
    + TWO_VERBS
    + CREDENTIALS
    + NON_MEASURES
    + COMPLETIONS
    + VAGUE
)

# --- written for each principle, after the batch above was measured ---------------------------

# A count of people after "my", "our" or "the" is the size of the group a state or vague verb
# concerns, or a complement's group ("with each of my 7 reports"); the count of an object an
# action reaches is a measure.
GROUP_SIZES = (
    Case("Be gentler with our 6 student nurses.", "smArt"),
    Case(
        "Meet each of our 12 shop managers one-to-one by the end of January.", "SMArT", "2027-01-31"
    ),
    Case("Run a 1:1 with each of my 6 technicians every month.", "SMArT"),
    Case("Phone each of my 30 longest-standing customers before Christmas.", "SMArT"),
    Case("Listen better to our 14 care assistants.", "smArt"),
    Case("Be approachable for our 25 pharmacists.", "smArt"),
    Case("Give each of my 8 apprentices a written review by March.", "SMArT", "2027-03-31"),
    Case("Be patient with the 3 new interns.", "smArt"),
    Case("Catch up with each of our 4 site electricians more regularly.", "smArt"),
    Case("Stay calm with my 28 pupils in Year 6.", "smArt"),
    Case("Interview our 5 longest-serving volunteers for the anniversary booklet.", "SMArt"),
)

# The role a state verb names is its complement ("become a mentor to ..."); the people after a
# preposition are who the state is for, not a role to hold.
STATES_FOR_PEOPLE = (
    Case("Be available to my team leaders.", "smArt"),
    Case("Be a steady presence for the junior doctors.", "smArt"),
    Case("Become a mentor to two new apprentices this year.", "SMArT", "2026-12-31"),
    Case("Be there for the night-shift porters.", "smArt"),
    Case("Be around for the new receptionist in her first week.", "smArT"),
    Case("Be kind to the trainee chefs.", "smArt"),
    Case("Stay loyal to my first manager.", "smArt"),
)

# After "start", "begin", "keep", "continue" or "resume", the gerund is the action, judged on
# its own object; begun or carried on, it is no one-off result to check.
GERUNDS = (
    Case("Start logging every near miss on the ward's incident app.", "SmArt"),
    Case("Start using the new incident form on all three sites.", "SMArt"),
    Case("Start writing my dissertation's literature review.", "SmArt"),
    Case("Begin sorting the donated books in the back room.", "SmArt"),
    Case("Begin planning the 2027 conference programme with the events team.", "SmArt"),
    Case("Start learning the ropes.", "smArt"),
    Case("Resume coaching the under-10s on Saturday mornings.", "SMArT"),
    Case("Start networking more.", "smArt"),
    Case("Keep tracking my spending in the budgeting app.", "SmArt"),
)

# What has gone on so far (the perfect or the past: "I've run the café for 6 years", "been
# nursing for 20 years") and the people one has or manages are the situation, not a measure;
# the action follows the clause that tells them.
SO_FAR = (
    Case("I've coached netball for 12 years and want to be a better listener.", "smArt"),
    Case("We have 6 carers on the night rota and want them to feel more valued.", "smArt"),
    Case("I lead 9 engineers and want to delegate better.", "smArt"),
    Case(
        "I've been a teaching assistant since 2020; apply for the PGCE course by 15 January.",
        "SMArT",
        "2027-01-15",
    ),
    Case("I've volunteered at the food bank for 4 years and want to feel more useful.", "smArt"),
    Case("She has managed the pharmacy for 8 years and should get better at delegating.", "smArt"),
    Case("Been farming for 30 years and I still hate paperwork.", "smArt"),
    Case("I've had 2 staff for a year; hire one more groomer by the spring.", "SMArT"),
    Case("Run the under-9s training twice a week for 10 weeks.", "SMArT", "2027-02-03"),
    Case("Have lunch with 3 people from other departments this month.", "SMArT", "2026-11-30"),
)

# A rating measures the goal when someone else gives it (a score, an audit, a survey, a quiz,
# guests); a skill or a feeling the writer rates, and the number wanted on that scale, do not.
RATINGS_BY_OTHERS = (
    Case("Piano sight-reading: 3/10. Want 6/10 by the summer.", "smArT"),
    Case("Spanish speaking: 5/10 now, 7/10 by Christmas.", "smArT", "2026-12-25"),
    Case("Get at least 9/10 on the end-of-course quiz in January.", "SMArT", "2027-01-31"),
    Case("Get 90/100 or more in the food hygiene inspection.", "SMArt"),
    Case("My cake decorating is about a 6 out of 10; I'd like an 8.", "smArt"),
    Case("Time management 4/10 - aim for 7.", "smArt"),
    Case("Public speaking: I'd give myself a 5. Want a 7 by June.", "smArT", "2027-06-30"),
    Case("Hit 9 out of 10 on the monthly mystery shopper report.", "SMArt"),
)

# A number joined by a hyphen to a word names the kind of thing ("a 30-day readmission
# rate", "three-phase units"): it is not the figure a vague or a change verb needs.
KIND_NAMES = (
    Case("Improve our 30-day readmission rate.", "smArt"),
    Case("Get more confident fitting three-phase consumer units.", "smArt"),
    Case("Reduce our 90-day staff turnover.", "smArt"),
    Case("Brush up on two-stroke engine repairs.", "smArt"),
    Case("Improve my 5-minute pitch.", "smArt"),
    Case("Cut the 12-week waiting list to 8 weeks.", "SMArt"),
    Case("Do a 30-minute swim before work every Tuesday.", "SMArT"),
    Case("Run a two-day first aid course for the cub leaders.", "SMArt"),
)

# A passive names the result and its participle the action, however long its subject.
PASSIVES = (
    Case(
        "A new risk register for the allotment society is to be drawn up before the AGM.", "SMArT"
    ),
    Case("The new visitor sign-in book will be placed at the front desk.", "SMArt"),
    Case(
        "The quarterly stock report for all three farm shops will be emailed to the partners by the 5th.",
        "SMArT",
        "2026-12-05",
    ),
    Case("A wheelchair ramp at the side entrance of the chapel is to be installed.", "SMArt"),
)

# A credential earned is a one-off result: after "get", "become" or "be" as a participle of
# qualifying ("become RICS-chartered"), or as a note naming it by its modifiers ("First aid at
# work certificate"); a number after a label noun is part of a name ("Level 3 ...").
CREDENTIAL_NOTES = (
    Case("Become RICS-chartered before I turn 30.", "SMArT"),
    Case("Get fully licensed as a taxi driver with the council.", "SMArt"),
    Case("Food allergen awareness certificate for all kitchen staff", "SMArt"),
    Case("Be more qualified.", "smArt"),
    Case("Phase 2 of the garden project finished by May", "SMArT", "2027-05-31"),
    Case("A certificate", "smArt"),
    Case("Level 3 safeguarding certificate by March", "SMArT", "2027-03-31"),
    Case("Be registered with the HCPC by August.", "SMArT", "2027-08-31"),
)

# A second action with its own object after "and" has its own vague words: they do not make
# the first action vague ("check the stock and reorder anything below").
SECOND_ACTIONS = (
    Case("Sweep the yard every Monday and skip anything that can wait.", "SMArT"),
    Case("Answer the shop phone before 10am and return any missed calls by noon.", "SMArT"),
    Case("Lock the greenhouse each night and check anything left out for frost damage.", "SMArT"),
    Case("Update my CV and apply for more jobs.", "SMArt"),
    Case("Deep-clean the ovens monthly and sort out whatever else needs doing.", "SMArT"),
    Case("Be more patient and listen better.", "smArt"),
)

# "I coach 14 swimmers and want to ...": a statement of who the writer is and what they do,
# then the aim; the aim is the goal.
SITUATION_THEN_AIM = (
    Case("I coach 14 swimmers and want to be a calmer coach.", "smArt"),
    Case(
        "I run the Saturday club and want to recruit 3 more coaches by April.",
        "SMArT",
        "2027-04-30",
    ),
    Case("We foster 2 dogs and would love to be better organised.", "smArt"),
    Case(
        "I manage the bar and will train 2 new staff on the cellar by May.", "SMArT", "2027-05-31"
    ),
    Case("We have 3 vans and need to service all of them before winter.", "SMArT"),
)

# A comparative before a bare object ("tidier notes", "healthier meals") makes the result a
# quality to improve with nothing concrete behind it.
COMPARED_OBJECTS = (
    Case("Cook healthier family meals.", "smArt"),
    Case("Give clearer handovers to the day team.", "smArt"),
    Case("Order paper towels for every toilet.", "SMArt"),
    Case("Take shorter lunch breaks.", "smArt"),
    Case("Send friendlier reminder emails to late payers.", "smArt"),
    Case("Write shorter minutes for the parish council.", "smArt"),
    Case("Order copper pipes for the boiler job.", "SMArt"),
    Case("Buy safer ladders for the warehouse.", "smArt"),
    Case("Fit thicker curtains in the nursery.", "smArt"),
    # Nouns in "-ier" are no comparatives, in any casing.
    Case("Launch supplier self-service portal", "SMArt"),
    Case("Onboard The New Courier Partner In Leeds", "SMArt"),
    Case("Train two new cashier staff for the Saturday shift.", "SMArT"),
)

# A later sentence that opens with a figure states the target of a vague headline: "Get
# fitter. 3 parkruns a month would do it."
FIGURE_NOTES = (
    Case("Get fitter. 3 parkruns a month would do it.", "SMArT"),
    Case("Be more present at home. Two evenings a week with no laptop.", "SMArT"),
    Case("Tidy up our online presence. 500 Instagram followers by the summer fair.", "SMArT"),
    Case("Sort the allotment out. Result: 6 raised beds planted by May.", "SMArT", "2027-05-31"),
    Case("Be kinder to myself. 8 hours of sleep on work nights.", "SMArT"),
    Case("Grow the choir. 25% more singers at the spring concert than at Christmas.", "SMArT"),
    Case("Be more active. Three swims a week would be a good start.", "SMArT"),
)

# An acronym or a code names one thing: after any verb at the start of an order ("Resit SQE2")
# or after a light verb ("do ISTQB Foundation") it is the concrete object; a possessive's
# apostrophe belongs to its word ("a parents' evening survey").
NAMED_TASKS = (
    Case("Take IOSH Managing Safely before the new site opens.", "SMArT"),
    Case("We should do a parents' evening survey this term.", "SMArT"),
    Case("Do PRINCE2 Practitioner.", "SMArt"),
    Case("Pass ECDL Base by Easter.", "SMArT"),
    Case("Resit SQE2 in January.", "SMArT", "2027-01-31"),
    Case("I'd like to do NEBOSH Fire this year.", "SMArT", "2026-12-31"),
    Case("Take the Level 3 Safeguarding refresher in January.", "SMArT", "2027-01-31"),
    Case("Have a Christmas party for the volunteers.", "SMArt"),
    Case("Do The Work", "smArt"),
)

# A verb written as a hyphenated compound ("stock-take", "hand-deliver") is the action, its last
# part the verb; "follow-up" and "check-in" stay nouns.
COMPOUND_VERBS = (
    Case("Hand-deliver the spring newsletter to every house on the estate.", "SMArt"),
    Case("Spot-check the stroke unit's drug charts every Friday.", "SMArT"),
    Case("Bulk-buy the nursery's nappies each quarter.", "SMArT"),
    Case("Follow-up calls to every lapsed member by March", "SMArT", "2027-03-31"),
    Case("Double-check the payroll figures before each monthly run.", "SMArT"),
)

# A label noun and its number name one thing in any casing: "Level 4 Award", "Stage 1
# Certificate" in a Title Case line are as named as "the CIMA exam".
LABELLED_NAMES = (
    Case("Achieve Level 4 Award In Coaching By Summer", "SMArT"),
    Case("Finish The Level 2 Course In Food Safety", "SMArt"),
    Case("Pass Stage 1 Certificate In Bookkeeping", "SMArt"),
    Case("Get My Grade 3 Certificate In Piano Before Easter", "SMArT"),
)

# A cause ("as my win rate is only 12%", "because I only manage 30 words a minute") states the
# situation: its figures are not the goal's measure; a purpose ("so that ...") states a target.
CAUSES = (
    Case("Get better at closing deals as my win rate is only 12%.", "smARt"),
    Case("Improve my typing because I only manage 30 words a minute.", "smARt"),
    Case("Get better at cold calling so that my connect rate goes from 4% to 8%.", "SMARt"),
    Case("Learn basic Welsh because 40% of our patients speak it at home.", "smARt"),
)

# "try" with an object is a trial of that thing, done once ("try the new rostering tool");
# "try harder" and "try my best" are efforts.
TRIALS = (
    Case("Maybe try the new online rostering tool next month.", "SMArT", "2026-12-31"),
    Case("Try the couch to 5k app for a month.", "SMArT"),
    Case("Try harder.", "smArt"),
    Case("Try my best in every lesson.", "smArT"),
    Case("Try IELTS again in March.", "SMArT", "2027-03-31"),
)

# A comparative opens no action: a note that starts with one ("more referrals from the GP
# surgery", "fewer missed appointments") names a direction, not a result.
COMPARATIVE_NOTES = (
    Case("more referrals from the GP surgery pls", "smArt"),
    Case("More Google reviews this year", "smArT", "2026-12-31"),
    Case("Fewer missed appointments at the Eastgate clinic", "smArt"),
    Case("More than 20 new members by June", "SMArT", "2027-06-30"),
    Case("Less overtime on the night shift", "smArt"),
)

# How soon after each event ("within 2 days of receiving them") is a figure to meet: it
# measures the goal as well as bounding it in time.
TURNAROUNDS = (
    Case("Log incident reports on the system within 2 days of receiving them from staff.", "SMArT"),
    Case("Return library books within 3 days of the due date reminder.", "SMArT"),
    Case("Scan and file delivery notes within two days of each delivery.", "SMArT"),
)

# A wish in the past ("I've always wanted to", "we planned to") comes before the action, as
# "I want to" does.
PAST_WISHES = (
    Case("I've always wanted to run the London Marathon.", "SMArt"),
    Case("I hoped to get better at French.", "smArt"),
    Case("I've wanted to write my will for ages.", "SMArt"),
    Case("We intended to repaint the church hall before the centenary.", "SMArT"),
)

# A figure told as how things are now ("right now", "currently", "at the moment") is a
# baseline, not a target; beside a target it changes nothing.
BASELINES = (
    Case("Get faster at invoicing - right now a batch of 20 takes me a whole afternoon.", "smArt"),
    Case("Cut my commute, currently 55 minutes, to 35 minutes by moving house.", "SMArt"),
    Case("Get better at bread; at the moment 2 loaves in 5 come out flat.", "smArt"),
    Case("Run a 5k in under 30 minutes; right now I'm at 34.", "SMArt"),
    Case("Turn round bids in 3 days (currently 6) by the spring.", "SMArT"),
    Case("From now on, swim 3 times a week.", "SMArT"),
)

# A prefix glued to a verb by a hyphen ("un-block", "un-pick") leaves the verb the action.
PREFIXED_VERBS = (
    Case("Un-pick the old hem on the stage curtains.", "SMArt"),
    Case("Un-block the drains in the yard before the rain.", "SMArT"),
)

# A pronoun is as concrete as what it stands for: after an abstract field name ("Fitness: keep
# it up") it names nothing; after a concrete one ("Budget report: finish it") it names that.
PRONOUNS_FOR_LABELS = (
    Case("Wellbeing: keep it going", "smArt"),
    Case("Confidence - work on it", "smArt"),
    Case("Budget report: finish it by Friday", "SMArT", "2026-11-27"),
    Case("Keep it going.", "smArt"),
)

# A reflexive object ("myself") is the writer; what the action reaches is the complement after
# it ("introduce myself to every new resident's family").
REFLEXIVES = (
    Case("Introduce myself to every new resident's family.", "SMArt"),
    Case("Push myself harder.", "smArt"),
    Case("Present myself to the interview panel with a portfolio of 3 projects.", "SMArt"),
    Case("Challenge myself more.", "smArt"),
)

# "get X in" after its object marks a thing handed in, once: "get my tax return in".
HANDED_IN = (
    Case("Must get my tax return in before 31 Jan!!", "SMArT", "2027-01-30"),
    Case("Get the grant application in by Friday.", "SMArT", "2026-11-27"),
)

# "endeavour to", like "strive to", comes before the action, not a purpose after it.
ENDEAVOUR = (
    Case("I will endeavour to respond to all parent emails within two working days.", "SMArT"),
    Case("We endeavour to publish the minutes within a week of each meeting.", "SMArT"),
)

# A hyphenated word is one word: "the go-to person" is a whole object, and a hyphenated noun
# before a credential ("a first-aid-at-work certificate") names its kind, while a hyphenated
# quality ("a cross-functional project") does not.
HYPHENATED_WORDS = (
    Case("Be the go-to person for Excel questions in the office.", "smArt"),
    Case("Earn a food-safety-in-catering certificate before the summer season.", "SMArT"),
    Case("Run a hands-on workshop.", "sMArt"),
)

# "again" is an adverb, never the action: "Never again miss ..." acts with "miss".
AGAIN = (
    Case("Never again miss my kids' sports day.", "Smart"),
    Case("Pass the theory test again in January.", "SMArT", "2027-01-31"),
)

# A clause of condition after the object ("when things calm down", "if we get some funding")
# ends the object and says when the goal is done; its vague words are not the goal's.
CONDITIONS = (
    Case("Get my counterbalance forklift licence when things calm down.", "SMArt"),
    Case("Sit the ACCA F7 paper when life gets less chaotic.", "SMArt"),
    Case("Repaint the nursery corridor if we get some funding.", "SMArt"),
    Case("Reseal the church roof unless the diocese finds a better contractor.", "SMArt"),
    Case("Upgrade our tills when the bank approves the loan.", "SMArt"),
    Case("Learn Spanish when things are calmer.", "smArt"),
    Case("Improve my sales when things pick up.", "smArt"),
    Case("Get some training when I have time.", "smArt"),
    Case("Get more clients when the website is live.", "smArT"),
)

# A vague quantifier before things a complement narrows ("a few shifts on the stroke ward")
# leaves open how many (M), not which (S); before changes or gains named as nouns ("a few
# improvements", "some quick wins"), or with nothing to narrow it, it says neither.
FEW_OF_WHICH = (
    Case("Add a few new pieces to my portfolio over time.", "SmArt"),
    Case("Write some blog posts for the school website.", "SmArt"),
    Case("Book a few shifts on the stroke ward.", "SmArt"),
    Case("Send some thank-you cards to the volunteers.", "SmArt"),
    Case("Sketch several layouts for the hospice garden.", "SmArt"),
    Case("Knit some blankets for the neonatal unit.", "SmArt"),
    Case("Make a few improvements to the booking form.", "smArt"),
    Case("Make a few tweaks to the rota.", "smArt"),
    Case("Get some quick wins with the finance team.", "smArt"),
    Case("Run as many samples as possible on the new centrifuge.", "smArt"),
    Case("Draft a few letters.", "smArt"),
)

# A date followed straight by a noun names which one ("the March 2026 reorg"): the leading
# phrase goes on past it to the writer's subject, and the action follows.
DATED_NOUNS = (
    Case("Since the 2025 merger we have to retrain every cashier on the new tills.", "SMArt"),
    Case("After the June 2027 inspection I want to rewrite the COSHH folder.", "SMArt"),
    Case("Before the autumn 2027 intake we should redesign the induction pack.", "SMArT"),
    Case("After the 2026 Christmas rush I'd like to overhaul the returns desk.", "SMArt"),
    Case("After the May 2027 elections I plan to brief every new councillor.", "SMArt"),
    Case("Since the January layoffs I have to cover the Saturday rota.", "SMArt"),
    Case("By June 2027 I will pass my ACCA exams.", "SMArT"),
    Case("As soon as the audit is done, write up the lessons learned.", "SMArT"),
)

# Two phrasal verbs joined by "and" share the object after the second: the first verb's
# particle comes before "and" ("muck out and bed down the yard").
PARTICLE_PAIRS = (
    Case("Muck out and bed down the yard before the vet's visit.", "SMArT"),
    Case("Strip out and refit the staff kitchen before the new year.", "SMArT"),
    Case("Clear out and repaint the store cupboard this half-term.", "SMArT"),
    Case("Back up and wipe the old laptops by the end of the month.", "SMArT"),
    Case("Write up and send the minutes of the AGM by Friday.", "SMArT"),
    Case("Sign off and file the risk assessments for the trip.", "SMArt"),
    Case("Go out and network more.", "smArt"),
)

# A vague verb with "as" and a role ("work as a relief manager") names the job to hold: it is
# specific as "be a relief manager" is; "work as a team" names no role.
AS_A_ROLE = (
    Case("Work as key person for a 1:3 baby room.", "SmArt"),
    Case("Work as a relief manager at the Leeds branch.", "SmArt"),
    Case("Work as a volunteer at the food bank.", "SmArt"),
    Case("Work as a locum GP in the Highlands next year.", "SmArT"),
    Case("Work as a team.", "smArt"),
    Case("Work as hard as I can.", "smArt"),
    Case("Work as a better team player.", "smArt"),
)

# A relative clause that says how the object is valued or received ("buildings that matter",
# "a podcast that listeners enjoy") says nothing anyone can tick off; one that says what the
# object does ("a website that the council can update") narrows it.
VALUED = (
    Case("Design buildings that matter.", "smArt"),
    Case("Write songs that people love.", "smArt"),
    Case("Run workshops that inspire.", "smArt"),
    # a verb of value in its "-s" form straight after "that" is no subject
    Case("Design work that counts.", "smArt"),
    Case("Cook a menu that inspires.", "smArt"),
    Case("Lay a path that matters", "smArt"),
    Case("Make a podcast that listeners actually enjoy.", "smArt"),
    Case("Build a website that the parish council can update by March.", "SMArT"),
    Case("Paint the fence that borders the school by June.", "SMArT"),
    Case("Write a report which summarises the audit by Friday.", "SMArT"),
)

PRINCIPLE_CASES = (
    VALUED
    + AS_A_ROLE
    + PARTICLE_PAIRS
    + DATED_NOUNS
    + FEW_OF_WHICH
    + CONDITIONS
    + AGAIN
    + HYPHENATED_WORDS
    + ENDEAVOUR
    + HANDED_IN
    + REFLEXIVES
    + PRONOUNS_FOR_LABELS
    + PREFIXED_VERBS
    + BASELINES
    + PAST_WISHES
    + TURNAROUNDS
    + COMPARATIVE_NOTES
    + TRIALS
    + CAUSES
    + LABELLED_NAMES
    + COMPOUND_VERBS
    + NAMED_TASKS
    + FIGURE_NOTES
    + COMPARED_OBJECTS
    + SITUATION_THEN_AIM
    + SECOND_ACTIONS
    + CREDENTIAL_NOTES
    + GROUP_SIZES
    + STATES_FOR_PEOPLE
    + GERUNDS
    + SO_FAR
    + RATINGS_BY_OTHERS
    + KIND_NAMES
    + PASSIVES
)

# --- the second batch, written midway and measured before any further change ---------------

# Background figures: years of experience, team sizes, ages, past years.
BACKGROUND = (
    Case("After 11 years as a housing officer, I want to be a calmer negotiator.", "smArt"),
    Case(
        "I've run the café for 6 years with 4 staff and want a better work-life balance.", "smArt"
    ),
    Case("Been nursing for 20 years and still dread appraisals.", "smArt"),
    Case("With a team of 15 drivers, I need to get better at planning routes.", "smArt"),
    Case("I manage 25 staff across the group; I'd like to feel less stretched.", "smArt"),
    Case(
        "Having taught for 9 years, apply for the assistant head post at Brook Lane by 31 January.",
        "SMArT",
        "2027-01-31",
    ),
    Case(
        "I've been a welder for 14 years; pass the CSWIP 3.0 visual inspector course in March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Since joining in 2021 I've wanted to be more involved in the union.", "smArt"),
    Case("Our 8-strong team should work better together.", "smArt"),
    Case("We are a two-person practice and I want us to be more organised.", "smArt"),
)

# Ratings the writer gives themself, against ratings someone else gives.
RATINGS = (
    Case("Spreadsheet skills: 4/10. Get them to 8/10 by Easter.", "smArT"),
    Case("My public speaking is maybe a 3 out of 10 right now; I'd like it to be a 6.", "smArt"),
    Case("Confidence on the phones is a 5 out of 10, aiming for 8 by summer.", "smArT"),
    Case("Score at least 8/10 on every monthly medicines-management audit.", "SMArT"),
    Case("Lift our Google review average from 4.1 to 4.6 stars by June.", "SMArT", "2027-06-30"),
    Case("Keep patient satisfaction at 9/10 or above in the quarterly survey.", "SMArT"),
    Case("Knife skills - I'd give myself a 6. Want an 8.", "smArt"),
)

# Credentials and courses in every position.
CREDENTIALS_2 = (
    Case("Sit CIPD Level 5 in the spring.", "SMArT"),
    Case("I might do the NEBOSH General Certificate next year.", "SMArT", "2027-12-31"),
    Case("Do my postgrad certificate in medical education.", "SMArt"),
    Case("Become ACCA-qualified by the end of 2027.", "SMArT", "2027-12-31"),
    Case("First aid at work certificate", "SMArt"),
    Case("HGV Class 2 licence by June", "SMArT", "2027-06-30"),
    Case("The next step for me is the ILM Level 5 in Leadership.", "SMArt"),
    Case(
        "Going into teaching means getting my PGCE, so that's the aim for 2027.",
        "SMART",
        "2027-12-31",
    ),
    Case("Take the Level 2 British Sign Language exam in May.", "SMArT", "2027-05-31"),
    Case("AAT Level 4 - finish it before the baby is due in April.", "SMArT"),
    Case("Get Prince2 Foundation done this financial year.", "SMArT"),
)

# Later sentences and labels that hold the action or the figure.
LATER = (
    Case(
        "I want to be better with money. Specifically: put £100 into savings every payday.", "SMArT"
    ),
    Case(
        "Make the shop floor safer. Concretely, that means zero trip hazards found on each Friday walk-round.",
        "SMArT",
    ),
    Case("Help the reading group grow. Ten regular members by the summer would be great.", "SMArT"),
    Case(
        "Be a better line manager. In practice: a 30-minute one-to-one with each of my reports every month.",
        "SMArT",
    ),
    Case("Cut down on takeaways. No more than one a week from January.", "SMArT"),
    Case("The stock room needs sorting. A labelled shelf for each supplier is the goal.", "SMArt"),
    Case(
        "A new induction pack for weekend volunteers is to be written by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("The kitchen deep-clean rota will be put up in the staff room.", "SMArt"),
)

# Kinds named by a number and a hyphen, not counts.
KINDS = (
    Case("Get more confident wiring three-phase motors.", "smArt"),
    Case("Learn more about two-factor authentication.", "smArt"),
    Case("Be better at one-to-one conversations.", "smArt"),
    Case("Set up two-factor login on every staff laptop by Friday.", "SMArT", "2026-11-27"),
    Case("Understand four-wheel-drive maintenance better.", "smArt"),
    Case("Fit 3 new three-pin sockets in the workshop.", "SMArt"),
)

# Two clauses joined by "and", each with its own object.
CLAUSES = (
    Case("Every Friday, count the till floats and bank anything over £200.", "SMArT"),
    Case("Check the defibrillator pads each month and replace any that are out of date.", "SMArT"),
    Case(
        "Walk the car park every evening at closing and report anything broken to facilities.",
        "SMArT",
    ),
    Case(
        "Read the new safeguarding policy and sign the declaration by Monday.",
        "SMArT",
        "2026-11-30",
    ),
)

# Light verbs with a named or compound task.
LIGHT = (
    Case("Do a Saturday car boot stall once a month.", "SMArT"),
    Case("Do the Couch to 5K programme with my sister.", "SMArt"),
    Case("Take the IELTS Academic test before my visa application.", "SMArT"),
    Case("Make a start on the garden.", "smArt"),
    Case("Give a talk at the regional farmers' conference.", "SMArT"),
)

# Comparatives and vague words inside objects; vague notes.
VAGUE_2 = (
    Case("Write tidier care notes.", "smArt"),
    Case("Bake lighter sponges.", "smArt"),
    Case("Sort out the rota.", "smArt"),
    Case("Spend more time on lesson planning.", "smArt"),
    Case("Admin: keep on top of it", "smArt"),
    Case("Dog walking business: more clients pls", "smArt"),
    Case("Social media - post more", "smArt"),
    Case("Put some effort into the newsletter.", "smArt"),
    Case("Handle complaints better.", "smArt"),
    Case("Have more patience with the kids.", "smArt"),
)

SECOND_BATCH = BACKGROUND + RATINGS + CREDENTIALS_2 + LATER + KINDS + CLAUSES + LIGHT + VAGUE_2

# --- a third batch, written after the fixes above and measured once, before any more ---------

THIRD_BATCH = (
    # actions found by position, in fields the batches above do not cover
    Case(
        "Deworm all 14 horses at the livery yard before the end of February.", "SMArT", "2027-02-28"
    ),
    Case("De-ice the stands on the east apron before every first departure this winter.", "SMArT"),
    Case(
        "Catalogue the donated Victorian photographs in the museum store by June.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Requeen the three weakest hives in the spring.", "SMArT"),
    Case("Proof the parish magazine before it goes to the printer each month.", "SMArT"),
    Case(
        "Re-sign all twelve tenancy agreements on Harbour Street by 31 March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Subtitle the charity's three short films before the awards night.", "SMArT"),
    Case(
        "Benchmark our locum rates against two neighbouring practices this month.",
        "SMArT",
        "2026-11-30",
    ),
    # leading phrases, hedges and voices
    Case("After the Christmas rush, I'd like to retrain as a dispensing assistant.", "SMArt"),
    Case("On each home visit, I'll check the smoke alarm and note it in the log.", "SMArT"),
    Case("Honestly, I should probably sort out the filing cabinet at some point.", "smArt"),
    Case("Once the new till is in, train the Sunday team on gift cards.", "SMArt"),
    Case("The youth workers will run a drop-in session every Thursday evening.", "SMArT"),
    Case("It would be great to finally pass my motorbike test next summer.", "SMArT"),
    # the figure or the action in a later sentence or a purpose clause
    Case(
        "Be better organised at the front desk. Concretely: every parcel logged within an hour.",
        "SMArT",
    ),
    Case("Reorganise the stockroom so that pickers walk 30% less per order.", "SMARt"),
    Case("Work on my journalism. Pitch 2 features a month to regional papers.", "SMArT"),
    Case("Get the museum shop going again. Twenty sales a weekend would do.", "SMArT"),
    # figures that measure nothing, and figures that do
    Case("With 30 years on the buses behind me, I'd like to feel more valued.", "smArt"),
    Case("I supervise 11 cleaners and want to be fairer with the rota.", "smArt"),
    Case("Design skills: 5/10 right now, want to be at 8/10.", "smArt"),
    Case("Score 85% or more on the Year 10 maths mock.", "SMArT"),
    Case("Be kinder to my 2 new apprentices.", "smArt"),
    Case("Phone all 45 members who missed a payment this quarter.", "SMArT", "2026-12-31"),
    Case("Get better at two-way radio etiquette.", "smArt"),
    Case("Lower our 28-day readmissions.", "smArt"),
    Case("Cycle 100 miles a week by May.", "SMArT", "2027-05-31"),
    Case("Get my 10k under 50 minutes before the Bath half.", "SMArT"),
    # credentials, courses and named things
    Case("Become CIPS-certified this financial year.", "SMArT"),
    Case("Gain my Level 2 award in beekeeping.", "SMArt"),
    Case("Food safety level 3 certificate by the end of January", "SMArT", "2027-01-31"),
    Case("Sit ACA Professional Level in July.", "SMArT", "2027-07-31"),
    Case("Do the Mental Health First Aid course.", "SMArt"),
    Case("Get a qualification.", "sMArt"),
    # objects narrowed or left general
    Case("Write a risk assessment for the Saturday junior parkrun.", "SMArt"),
    Case("Start a lunchtime book club for the night staff.", "SMArt"),
    Case("Attend more events.", "smArt"),
    Case("Make some improvements to the garden.", "smArt"),
    Case("Publish the annual impact report on the website.", "SMArt"),
    Case("Buy better chairs.", "smArt"),
    # two actions, passives, gerunds
    Case("Measure and record every resident's weight on the first of each month.", "SMArT"),
    Case("Sweep the workshop and bin anything broken every Friday.", "SMArT"),
    Case("The new fire doors are to be fitted in both stairwells before the inspection.", "SMArT"),
    Case("Start logging my hours in the freelancer app.", "SmArt"),
    Case("Keep improving my Spanish.", "smArt"),
    Case("Continue volunteering at the food bank.", "SmArt"),
    # states, vague directions and notes
    Case("Be a more confident chair at the residents' meetings.", "smArt"),
    Case("Be there for the new volunteers.", "smArt"),
    Case("Feel less overwhelmed by email.", "smArt"),
    Case("more repeat customers", "smArt"),
    Case("Customer service: improve it", "smArt"),
    Case("Grow the Instagram account.", "smArt"),
    Case("Grow the Instagram account to 2,000 followers by the summer.", "SMArT"),
    Case("Increase footfall to the museum café by a quarter in 2027.", "SMArT", "2027-12-31"),
    Case("Reduce paper use in the office.", "smArt"),
    Case("Network more with other practice managers.", "smArt"),
    Case("Learn Italian.", "smArt"),
    Case("Take ownership of the supplier relationships.", "smArt"),
    Case("Never miss a medication round.", "smart"),
    Case("Complete my probation successfully.", "SMArt"),
)

# The fourth batch: one tuple per principle, each case in its own words and field.

# The action follows its subject wherever the subject stands: a pronoun with its modal written
# in ("she'll", "they'd"), a question or a wish with an empty subject ("Is there any way I
# could ..."), or a leading phrase closed by the writer's own subject rather than a comma.
SUBJECT_FORMS = (
    Case(
        "She'll audit the controlled-drugs register on every ward by 31 January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("They'd like to repaint the scout hut before the summer fair.", "SMArT"),
    Case(
        "Is there any way we could pilot the self-checkout kiosks in the Northgate branch next"
        " spring?",
        "SMArT",
    ),
    Case("Is it possible for me to sit the CSCS card test before Easter?", "SMArT"),
    Case(
        "As a new ward clerk I'm going to index the discharge letters in the archive by the end"
        " of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Is there any way I could get better at Excel?", "smArt"),
    Case("He'd like to be more organised.", "smArt"),
)

# People picked out by one modifier before their plural noun say who (S), though not how many
# (M), and a modifier that names a kind of thing ("alumni dinners") says what is acted on, as
# the README's rule for S asks; a quality anyone may claim ("big", "new") picks out no one.
MODIFIED_PLURALS = (
    Case("Tutor refugee teenagers.", "SmArt"),
    Case("Visit isolated pensioners.", "SmArt"),
    Case("Shadow senior pharmacists.", "SmArt"),
    Case("Visit new clients.", "smArt"),
    Case("Visit big clients.", "smArt"),
    Case("Organise alumni dinners.", "SmArt"),
)

# A comparative inside a partitive picks members out of a known set ("one of the larger
# inspections"); without the partitive it is still a direction ("the bigger cases").
PARTITIVE_COMPARATIVES = (
    Case("Lead one of the larger site inspections in spring 2027.", "SMArT"),
    Case("Repaint two of the older minibuses before the summer term.", "SMArT"),
    Case("Apply for one of the more senior posts.", "SMArt"),
    Case("Take on bigger cases.", "smArt"),
    Case("Take on the bigger cases.", "smArt"),
)

# A pronoun object stands for the definite noun phrase of a clause before the action; with no
# such noun before it, it names nothing.
STAND_INS = (
    Case("When the replacement kiln arrives, test it before the spring open day.", "SMArT"),
    Case(
        "Our cafe's espresso machine keeps failing. Get it repaired by Friday.",
        "SMArT",
        "2026-11-27",
    ),
    Case("Since the trust bought the old chapel, survey it before March.", "SMArT", "2027-02-28"),
    Case("Sand it down before the inspection.", "smArT"),
)

# A note that is a noun phrase opened by a cadence: the thing held at that cadence is counted
# by it (S and M); a quality at a cadence is not a thing held.
CADENCED_NOTES = (
    Case("Fortnightly supervision sessions with my clinical lead.", "SMArT"),
    Case("Monthly fire-door checks on every floor.", "SMArT"),
    Case("Weekly wellbeing.", "smArT"),
)

# A note of a name before a plain noun names one thing of its kind to finish; a skill, an
# awareness or "stuff" after a name is still a quality or nothing.
NAMED_KINDS = (
    Case("PRINCE2 refresher", "SMArt"),
    Case("IELTS mock", "SMArt"),
    Case("Python skills", "smArt"),
    Case("GDPR awareness", "smArt"),
)

# How long something has gone on, told in the perfect or the past, is not the goal's window.
SO_FAR_TOLD = (
    Case(
        "Was a carer for 10 years, now I want to qualify as a nurse by 2028.",
        "SMArT",
        "2028-12-31",
    ),
    Case(
        "Having volunteered for 3 years, apply for the paid coordinator post by March.",
        "SMArT",
        "2027-03-31",
    ),
)

# "every" or "each" with a singular noun counts things one by one: a made or checked thing
# for each, even of a noun that elsewhere names a quality ("area", "level"); a vague verb
# stays vague.
EACH_ONE = (
    Case("Map every area of the allotment.", "SMArt"),
    Case("Resurface each level of the multi-storey car park by August.", "SMArT", "2027-08-31"),
    Case("Develop each skill.", "smArt"),
    Case("Improve every area.", "smArt"),
)

# A capital letter glued to a word by a hyphen names a kind ("A-level"), even when the letter
# is "A": it is no article.
LETTER_NAMES = (
    Case("Teach A-level sociology.", "SMArt"),
    Case("Tutor A-level maths by video call.", "SMArt"),
)

# A verb made of "up" and an abstract noun only says the quality rises ("improve skills"); a
# figure makes it specific, as it does for "improve".
QUALITY_VERBS = (
    Case("Uplevel my spreadsheets.", "smArt"),
    Case("Upskill the night porters.", "smArt"),
    Case("Upskill 6 night porters in manual handling by May.", "SMArT", "2027-05-31"),
)

# A noun phrase with a state of use after it ("live", "in production", "in place") is a result
# marked done: a note with no order in it, whatever its first word looks like.
MARKED_DONE = (
    Case("Payroll app live by June", "SMArT", "2027-06-30"),
    Case("New rota in place for January", "SMArT", "2027-01-31"),
    Case("Donor database v3 in production", "SMArt"),
    Case("Improve my confidence in production", "smArt"),
)

# Idioms of watching or narrowing ("keep an eye on", "keep tabs on", "close the gap") name a
# direction, not an action, whatever they act on; a figure makes them specific.
WATCHING_IDIOMS = (
    Case("Keep an eye on the lambing pens.", "smArt"),
    Case("Keep tabs on the petty cash.", "smArt"),
    Case("Close the gap with our competitors.", "smArt"),
    Case("Close the attainment gap to 5 points by July.", "SMArT", "2027-07-31"),
)

# A vague quantifier right before a name ("some Dickens") leaves open how much of it: the
# name says what, not how much; a partitive ("some of the Hughes archive") says which.
SOME_OF_A_NAME = (
    Case("Read some Dickens this year.", "smArT", "2026-12-31"),
    Case("Brew some Kombucha for the market.", "smArt"),
    Case("Catalogue some of the Hughes archive by June.", "SmArT", "2027-06-30"),
)

# A noun and a bare number opening a line name one item of a series ("Goal 2 -", "Crew 3 to
# ..."): the number counts nothing, and the action follows the label's mark or its "to".
NUMBERED_ITEMS = (
    Case("Goal 2 - get better at delegating.", "smArt"),
    Case("Crew 3 to cut late pick-ups.", "smArt"),
    Case("Team 2 will reduce waiting times in outpatients.", "smArt"),
    Case("Priority 1 – be a better listener in supervision.", "smArt"),
    Case(
        "Objective 4: submit the grant bid to the lottery fund by 31 March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Shift 2 should log every near miss on the new form.", "SMArt"),
    Case("Cycle 20 - 30 miles every Sunday.", "SMArT"),
)

# A label before a colon whose last word is a plural noun ("Home visits:", "Safety checks:")
# names the topic; the verb-shaped noun is not the action, and the clause after it is the goal.
PLURAL_LABELS = (
    Case(
        "Home visits: every new tenant to have a welcome visit within 10 days of moving in.",
        "SMArT",
    ),
    Case(
        "Safety checks: every scaffold on site to have a signed inspection at least every 7 days.",
        "SMArT",
    ),
    Case("Welfare calls: each shielding member to get a phone call once a fortnight.", "SMArT"),
    Case("Stock counts: get better at keeping the bar tidy.", "smArt"),
    Case("Bar counts: tally the spirits shelf every Sunday.", "SMArT"),
)

# "All X to be done": a subject opened by "all", "every", "each" or "the", then "to be" and a
# participle, is the goal in the passive; its "to" opens no purpose, and its date is the goal's.
PASSIVE_ORDERS = (
    Case("All fire doors to be inspected by the end of January.", "SMArT", "2027-01-31"),
    Case("Every bed to be checked twice a day.", "SMArT"),
    Case("All loan laptops to be wiped and reimaged before the summer term.", "SMArT"),
    Case("Each returned parcel to be logged within 24 hours.", "SMArT"),
    Case(
        "Complete the food hygiene course to be ready for the new kitchen by June.",
        "SMART",
        "2027-06-30",
    ),
)

# A number between a name and another capitalised part of it names a model ("the Leica 3000
# MX", "the Volvo 9700 Coach"), not a count; a number before a lower-case noun counts it.
MODEL_NUMBERS = (
    Case("Get confident using the Leica 3000 MX scanner before Easter.", "smArT", "2027-03-27"),
    Case("Feel at ease on the Yamaha 1000 DX mixing desk by the spring tour.", "smArT"),
    Case("Order 300 Christmas trees for the farm shop by 1 December.", "SMArT", "2026-12-01"),
    Case("Service the Volvo 9700 Coach fleet every 6 weeks.", "SMArT"),
)

# A number with its unit written onto it, right before a noun, names a kind of thing ("the
# 16mm projectors", "the 5kg bag line"): a direction on it still has no figure; a figure after
# a change verb ("cut 10kg from ...") is one.
UNIT_KINDS = (
    Case("Learn the 16mm projectors.", "smArt"),
    Case("Improve the 5kg bag filling line.", "smArt"),
    Case("Master the 10kW boiler controls.", "smArt"),
    Case("Cut 10kg from my deadlift warm-up.", "SMArt"),
)

# "Get someone to do X": the result is what the other party does once (a plan approved, a
# boiler replaced), checked like any deliverable; a state they are to be in stays vague.
CAUSED_RESULTS = (
    Case("Get the council to approve the new play park plans.", "SMArt"),
    Case("Get the landlord to replace the boiler by January.", "SMArT", "2027-01-31"),
    Case("Get the supplier to credit the damaged pallets.", "SMArt"),
    Case("Get my team to be more proactive.", "smArt"),
    Case("Get a mentor to help me.", "smArt"),
)

# "7/10 shots should go in": a share of the things named after it, with what each must do,
# is a figure anyone can check, not a rating the writer gives; a rating of a feeling is not.
SHARES_OF_THINGS = (
    Case("Sharpen my free throws - 7/10 shots should go in by the end of the season.", "SMArT"),
    Case(
        "Tighten up the phone line: 9/10 calls answered within three rings by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Confidence at 4/10 on the ward; I want 8/10 by spring.", "smArT"),
)

# Actions listed with "and" ("and also", "and then") are each read: a vague first item does
# not hide a concrete result after it; two vague items stay vague.
LISTED_ACTIONS = (
    Case(
        "Get better at Excel and build the monthly sales dashboard by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Be more organised and then file the 2026 tax return by 31 January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Network more and learn Python.", "smArt"),
)

# A note naming a level of a named scheme ("ABRSM Grade 5", "CIPD Level 5") is a
# qualification to gain, like "Level 3 safeguarding certificate by March"; a level with no
# scheme named ("Level 2 this winter") says nothing of which.
SCHEME_LEVEL_NOTES = (
    Case("ABRSM Grade 5 by summer", "SMArT"),
    Case("CIPD Level 5 next year", "SMArT", "2027-12-31"),
    Case("RYA Level 2 before the sailing season", "SMArT"),
    Case("Level 2 this winter", "smArT"),
)

# A participle of measuring and its preposition ("measured over", "tracked across", "counted
# by") says how a figure is taken: it is no action, before the goal or after it, and the
# "by" after it names who or what measures, not a deadline.
MEASURE_PHRASES = (
    Case(
        "Measured over December, cut the average wait at the pharmacy counter to 10 minutes.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "Tracked across the spring term, raise homework completion in Year 8 to 90% by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Counted over the summer, sell 40 allotment memberships.", "SMArT", "2027-08-31"),
    Case(
        "Averaged over each week, walk 8,000 steps a day until the end of March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Calculated over the fiscal year, bring donor retention to 60% by 30 June 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Timed weekly, run 5 km in under 28 minutes by June.", "SMArT", "2027-06-30"),
    Case("Get better at time management - tracked across each sprint.", "smArT"),
    Case("Improve staff morale on the night shift, counted by the pulse survey.", "smArt"),
    Case("Grow the volunteer pipeline, measured by the CRM.", "smArt"),
    Case("Tracked across the quarter, be a better listener.", "smArt"),
    Case("measured over December", "smArT", "2026-12-31"),
    Case("Counted by", "smArt"),
    Case("Averaged over", "smArt"),
    # set off by commas after the subject: no statement of how things are, and its period is
    # the goal's
    Case("Our scrap rate, measured over December, should fall to 1.5%.", "SMArT", "2026-12-31"),
    Case(
        "Our donor retention, calculated over the fiscal year, should reach 60% by June 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case("The backlog, counted", "smArt"),
    # participles of verbs ending in y or in a doubled letter
    Case("Get better at admin - tallied across each month.", "smArT"),
    Case("Our waste, tallied over December, should fall to 3%.", "SMArT", "2026-12-31"),
    Case(
        "Our sales, totalled over the year, should reach £2M by December 2027.",
        "SMArT",
        "2027-12-31",
    ),
)

# A general verb ("handle", "deal with", "do", "work on") whose object is a counted set of
# things picked out by "the" names a task: each is dealt with, and the count is its size.
# Things held ("my 2 jobs"), tended ("look after"), worked on or looked into, people or no
# thing at all stay vague.
COUNTED_TASKS = (
    Case("Handle the 25 open complaints by Friday.", "SMArT", "2026-11-27"),
    Case("Deal with the 40 overdue invoices this month.", "SMArT", "2026-11-30"),
    Case("Do the 30 outstanding performance reviews by December 15.", "SMArT", "2026-12-15"),
    Case("Handle the 12 housing repair tickets before the holidays.", "SMArT"),
    Case("Deal with the 7 unpaid parking fines by the end of the month.", "SMArT", "2026-11-30"),
    Case("Do the 3 outstanding fire drills this term.", "SMArT"),
    Case("Handle the 25 open complaints", "SMArt"),
    Case("Deal with the 5 fines", "SMArt"),
    Case("Do the 3", "smArt"),
    Case("Look after the 4 new foster placements this quarter.", "smArT", "2026-12-31"),
    Case("Do my 2 jobs well.", "smArt"),
    Case("Work on our 3 weak areas.", "smArt"),
    # effort or study on a counted set deals with none of it
    Case("Work on the 9 failing unit tests this sprint.", "smArT"),
    Case("Look into the 6 audit findings the regulator raised.", "smArt"),
    Case("Look at the 12 returned parcels", "smArt"),
    Case("Deal with my 4 difficult colleagues.", "smArt"),
)

FOURTH_BATCH = (
    NUMBERED_ITEMS
    + SCHEME_LEVEL_NOTES
    + LISTED_ACTIONS
    + SHARES_OF_THINGS
    + CAUSED_RESULTS
    + UNIT_KINDS
    + MODEL_NUMBERS
    + PASSIVE_ORDERS
    + PLURAL_LABELS
    + SUBJECT_FORMS
    + SOME_OF_A_NAME
    + WATCHING_IDIOMS
    + MARKED_DONE
    + QUALITY_VERBS
    + LETTER_NAMES
    + EACH_ONE
    + SO_FAR_TOLD
    + MODIFIED_PLURALS
    + PARTITIVE_COMPARATIVES
    + STAND_INS
    + CADENCED_NOTES
    + NAMED_KINDS
    + MEASURE_PHRASES
    + COUNTED_TASKS
)

# A bare noun (no article, no possessive) moved "up" or "down" by a causative verb ("get CSAT
# up", "keep absenteeism down") is an amount: only a direction, no figure to reach, so neither
# specific nor measurable. A figure after it ends the move; a thing with an article ("get the
# website up") is put live, not moved.
BARE_AMOUNTS_MOVED = (
    Case("Get footfall up.", "smArt"),
    Case("Keep absenteeism down this winter.", "smArT", "2027-02-28"),
    Case("Turn engagement up on the night shift.", "smArt"),
    Case("Get NPS up", "smArt"),
    Case("Get attendance up to 96% by July.", "SMArT", "2027-07-31"),
    Case("Push MRR up by 8% this quarter.", "SMArT", "2026-12-31"),
)
FOURTH_BATCH = FOURTH_BATCH + BARE_AMOUNTS_MOVED

# "as a" or "as an" right after the action, before a noun for a person who does a job ("train
# as a colourist", "register as a childminder", "sign up as a volunteer"), names the capacity
# the goal is done in: a role, which is concrete. "as a matter of" says how, not who.
AS_AN_AGENT = (
    Case("Train as a colourist by June.", "SMArT", "2027-06-30"),
    Case("Register as a childminder with Ofsted by April.", "SMArT", "2027-04-30"),
    Case("Sign up as a volunteer at the food bank.", "SMArt"),
    Case("Enrol as a student counsellor at the OU next year.", "SMArT", "2027-12-31"),
)
FOURTH_BATCH = FOURTH_BATCH + AS_AN_AGENT

# A word for how others think of someone ("famous", "renowned", "trusted") makes a state to
# become vague: no one can tick it off. A thing so described is still a thing to act on
# ("visit the famous orchid show", "hire a trusted bookkeeper").
REPUTATION_STATES = (
    Case("Become a celebrated local potter.", "smArt"),
    Case("I want to be a renowned chef by 40.", "smArT"),
    Case("Hire a trusted bookkeeper by March.", "SMArT", "2027-03-31"),
    Case("Visit the famous Kew orchid show in February.", "SMArT", "2027-02-28"),
)
FOURTH_BATCH = FOURTH_BATCH + REPUTATION_STATES

# Orders joined by commas are a list of actions, as orders joined by "and" are: S and M are
# judged on each, so a vague first item ("Improve my cooking,") with a concrete one after it is
# specific. A list of vague items stays vague.
COMMA_LISTS = (
    Case("Tidy the garden, plant 30 bulbs by March.", "SMArT", "2027-03-31"),
    Case("Be more organised, clear my inbox daily.", "SMArT"),
    Case("Work on my fitness, run the Leeds 10k in May.", "SMArT", "2027-05-31"),
    Case("Help the team, support people.", "smArt"),
    Case("Improve my skills, work on confidence.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + COMMA_LISTS

# "to" and a level placed only against where things are now ("to the next level", "to new
# heights", "to a whole new level") is a direction with no end to reach: neither specific nor
# measurable, whatever the object. A named level or a figure ends it ("to Level 2").
RELATIVE_LEVELS = (
    Case("Take our Instagram to a whole new level this year.", "smArT", "2026-12-31"),
    Case("Push the choir to new heights.", "smArt"),
    Case("Take the Riverside Café to the next level.", "smArt"),
    Case("Take my coaching to Level 2 by May.", "SMArT", "2027-05-31"),
    Case("Bring my Spanish to the next level: pass DELE B2 by June.", "SMArT", "2027-06-30"),
)
FOURTH_BATCH = FOURTH_BATCH + RELATIVE_LEVELS

# A role or a state the reason aims at ("so I can make partner", "to become a team lead") is
# why the goal matters, not what it does: it does not make a vague action specific or
# measurable. A figure or a concrete result in the purpose clause still counts.
AIMS_IN_THE_REASON = (
    Case("Network more to become a team lead.", "smARt"),
    Case("Work on my German so I can get a job in Berlin.", "smARt"),
    Case("Volunteer more to become a trustee of the food bank.", "smARt"),
    Case(
        "Adopt a timer app to raise my billable hours by 10% in two months.", "SMART", "2027-01-25"
    ),
    Case("Improve my fitness so I can run the London Marathon.", "SMARt"),
)
FOURTH_BATCH = FOURTH_BATCH + AIMS_IN_THE_REASON

# An order in the passive with a bare subject, as trackers write them: a noun phrase with no
# article ("Grant report", "Hive inspections", "Stocktake of the charity shop") or a list of
# them ("Mugs, plates and cutlery"), then "to be", "is to be", "needs to be" or "must be" and
# a participle. The participle is the action, the noun phrase what it is done to, and the date
# after it the goal's deadline; its "to" opens no purpose. One word before a participle of a
# person's standing ("Train to be certified") is still the writer's aim.
BARE_PASSIVE_ORDERS = (
    Case("Lesson observation notes to be uploaded by 18 December.", "SMArT", "2026-12-18"),
    Case("Grant report to be sent to the trustees by 31 January 2027.", "SMArT", "2027-01-31"),
    Case(
        "Handover checklist for night staff is to be rewritten by the end of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Cold room temperature log needs to be signed every shift.", "SMArT"),
    Case("Hive inspections to be done weekly.", "SMArT"),
    Case("Stocktake of the charity shop to be finished before Christmas.", "SMArT", "2026-12-24"),
    Case("Marking of the Year 8 mocks to be completed within 10 school days.", "SMArT"),
    Case("Booking system must be tested by 1 March 2027.", "SMArT", "2027-03-01"),
    Case("Vehicle checks to be carried out each morning.", "SMArT"),
    Case("Morale to be improved by June.", "smArT", "2027-06-30"),
    Case("Train to be certified as a lifeguard.", "SMARt"),
    Case("Mugs, plates and cutlery to be replaced by Christmas.", "SMArT", "2026-12-25"),
    Case(
        "Risk assessments, COSHH sheets and rotas to be reviewed by the end of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Report to be", "smArt"),
    Case("Handbook to be.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + BARE_PASSIVE_ORDERS

# The writer's own body after a verb of finding, getting or keeping ("find my feet", "find my
# voice", "get my head around") is an idiom for a state, with no thing acted on: not specific.
# A body part worked on ("stretch my hamstrings", "rest my knee") is the body itself.
BODY_IDIOMS = (
    Case("Find my voice in team meetings.", "smArt"),
    Case("Find my stride on night shifts.", "smArt"),
    Case("Stretch my hamstrings every morning.", "SMArT"),
)
FOURTH_BATCH = FOURTH_BATCH + BODY_IDIOMS

# What a capital says depends on the writer's habit across the whole text. In ALL CAPS and in
# Title Case (every word capitalised but small ones) it says nothing, so the goal is read as a
# sentence-case writer would spell it and gets the same verdict in every casing; a lone
# capitalised word among lower-case ones ("Get into Stanford") is still a name. "I", and a
# month that is also another word ("by may"), take their capital in any casing.
CASINGS = (
    Case("Paint the primary school mural before the spring fair.", "SMArT", "2027-02-28"),
    Case("PAINT THE PRIMARY SCHOOL MURAL BEFORE THE SPRING FAIR.", "SMArT", "2027-02-28"),
    Case("Paint The Primary School Mural Before The Spring Fair.", "SMArT", "2027-02-28"),
    Case("Sell more cakes.", "smArt"),
    Case("Sell More Cakes.", "smArt"),
    Case("SELL MORE CAKES", "smArt"),
    Case("Goal: SELL MORE CAKES", "smArt"),
    Case("Get In Shape", "smArt"),
    Case("Host a coffee morning for new parents in May.", "SMArT", "2027-05-31"),
    Case("HOST A COFFEE MORNING FOR NEW PARENTS IN MAY.", "SMArT", "2027-05-31"),
    Case("host a coffee morning for new parents in may.", "SMArT", "2027-05-31"),
    Case("Host A Coffee Morning For New Parents In May.", "SMArT", "2027-05-31"),
    Case("Translate The Volunteer Handbook Into Polish By 30 April.", "SMArT", "2027-04-30"),
    Case("RE-TILE THE BATHROOM AT ELM ROAD BY 20 JANUARY.", "SMArT", "2027-01-20"),
    Case("BE A BETTER LISTENER.", "smArt"),
    Case("IMPROVE MY SPANISH.", "smArt"),
    Case("train two new baristas on the espresso machine this month.", "SMArT", "2026-11-30"),
    Case("shadow a senior auditor for a week in march.", "SMArT", "2027-03-31"),
    Case("Get My HGV Class 1 Licence By May 2027.", "SMArT", "2027-05-31"),
    Case("GET MY HGV CLASS 1 LICENCE BY MAY 2027.", "SMArT", "2027-05-31"),
    Case("get my hgv class 1 licence by may 2027.", "SMArT", "2027-05-31"),
    Case("Get into Stanford.", "SMArt"),
    # a few capitalised words between small ones in lower case are names, not Title Case
    Case("Run the Great North Run in October", "SMArT", "2027-10-31"),
    Case("Visit the Eden Project with the Year 4 class", "SMArt"),
    # the shortest texts each look-up of the casing reader reaches
    Case("By may", "smArT", "2027-05-31"),
    Case("MAY", "smArt"),
    Case("Goal:", "smArt"),
    Case("- a", "smArt"),
    Case("e.g.", "smArt"),
    Case(". a", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + CASINGS

# Every English word has a vowel ("y" counts), so a word of letters with none is an
# abbreviation in any casing: "PASS PMP" and "pass pmp" name the same certificate as "Pass PMP".
# Units and short forms ("km", "hrs", "Dr") are words that keep no capitals.
VOWELLESS_ACRONYMS = (
    Case("Pass PMP this year.", "SMArT", "2026-12-31"),
    Case("PASS PMP THIS YEAR.", "SMArT", "2026-12-31"),
    Case("pass pmp this year.", "SMArT", "2026-12-31"),
    Case("Achieve QTS by July.", "SMArT", "2027-07-31"),
    Case("ACHIEVE QTS BY JULY.", "SMArT", "2027-07-31"),
    Case("achieve qts by july.", "SMArT", "2027-07-31"),
    Case("Make MD within a year of joining the bank.", "SMArT"),
    Case("MAKE MD WITHIN A YEAR OF JOINING THE BANK.", "SMArT"),
    Case("make md within a year of joining the bank.", "SMArT"),
    Case("Sit the CPC exam in spring.", "SMArT", "2027-05-31"),
    Case("SIT THE CPC EXAM IN SPRING.", "SMArT", "2027-05-31"),
    Case("RUN 5 KM EVERY WEEK.", "SMArT"),
    Case("run 5 km every week.", "SMArT"),
    # the shortest texts the reading reaches
    Case("PMP", "smArt"),
    Case("pmp", "smArt"),
    Case("hmm", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + VOWELLESS_ACRONYMS

# Two or more letters and then digits in one word make a code no English word is ("CM1",
# "SQE1", "AZ104"): a name in any casing. One letter and digits ("p95", "Q1") is left as written.
LETTER_DIGIT_CODES = (
    Case("Pass CM1 and CB2 in the April 2027 sitting.", "SMArT", "2027-04-30"),
    Case("PASS CM1 AND CB2 IN THE APRIL 2027 SITTING.", "SMArT", "2027-04-30"),
    Case("pass cm1 and cb2 in the april 2027 sitting.", "SMArT", "2027-04-30"),
    Case("Sit SQE1 in July 2027.", "SMArT", "2027-07-31"),
    Case("SIT SQE1 IN JULY 2027.", "SMArT", "2027-07-31"),
    Case("sit sqe1 in july 2027.", "SMArT", "2027-07-31"),
    Case("PASS AZ104 BY THE END OF Q1.", "SMArT", "2027-03-31"),
    Case("GET P95 LATENCY BELOW 300 MS BY MARCH.", "SMArT", "2027-03-31"),
    Case("get p95 latency below 300 ms by march.", "SMArT", "2027-03-31"),
    # the shortest texts the reading reaches
    Case("cm1", "smArt"),
    Case("CM1", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + LETTER_DIGIT_CODES

# Title Case may leave the part after a hyphen inside a word in lower case ("Go-around",
# "Self-assessed"), so that part tells nothing of the writer's habit: the text is still Title
# Case and reads as it does in sentence case.
TITLE_HYPHENS = (
    Case("Get better at fault-finding on three-phase boards.", "smArt"),
    Case("Get Better At Fault-finding On Three-phase Boards.", "smArt"),
    Case("Complete a self-assessed audit of all 12 wards by June.", "SMArT", "2027-06-30"),
    Case("Complete A Self-assessed Audit Of All 12 Wards By June.", "SMArT", "2027-06-30"),
    Case("Plan A Low-cost Team Away-day For 20 Staff By March.", "SMArT", "2027-03-31"),
    Case("Happy With My Work-life Balance.", "smArt"),
    Case("Be A Well-known Speaker.", "smArt"),
    # the shortest texts the reading reaches
    Case("a-b", "smArt"),
    Case("A-b", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + TITLE_HYPHENS

# A label and its number after a word that says whose they are ("ILM Level 3", "Cisco Level
# 1") name an award to earn in any casing, as an acronym in capitals does; a level with no
# owner, or only "the next", is none.
OWNED_LEVELS = (
    Case("Gain ILM Level 3", "SMArt"),
    Case("GAIN ILM LEVEL 3", "SMArt"),
    Case("gain ilm level 3", "SMArt"),
    Case("Gain Cisco Level 1 by May.", "SMArT", "2027-05-31"),
    Case("GAIN CISCO LEVEL 1 BY MAY.", "SMArT", "2027-05-31"),
    Case("Earn the AAT Level 3 by March.", "SMArT", "2027-03-31"),
    Case("Gain the next level 3.", "smArt"),
    Case("Gain level 3.", "smArt"),
    # the shortest texts the look-ahead reaches
    Case("get ilm level", "smArt"),
    Case("get ilm", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + OWNED_LEVELS

# A title ("Dr", "Mrs", "Cllr") comes before a person's name: the word after it is a name in
# any casing. After a figure "ms" is milliseconds.
NAMES_AFTER_TITLES = (
    Case("Shadow Dr Patel for two days.", "SMArT", "2026-11-27"),
    Case("SHADOW DR PATEL FOR TWO DAYS.", "SMArT", "2026-11-27"),
    Case("shadow dr patel for two days.", "SMArT", "2026-11-27"),
    Case("Meet Mrs Okafor every week.", "SMArT"),
    Case("MEET MRS OKAFOR EVERY WEEK.", "SMArT"),
    Case("GET LATENCY UNDER 300 MS BY FRIDAY.", "SMArT", "2026-11-27"),
    # the shortest texts the look-back reaches
    Case("dr x", "smArt"),
    Case("mr. x", "smArt"),
    Case("dr", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + NAMES_AFTER_TITLES

# ALL CAPS is read as a sentence-case writer spells it, with acronyms, codes and names after
# titles kept: a vague goal stays vague in capitals, as it is in sentence case.
CAPS_AS_SENTENCE_CASE = (
    Case("Make nicer coffee.", "smArt"),
    Case("MAKE NICER COFFEE.", "smArt"),
    Case("make nicer coffee.", "smArt"),
    Case("BAKE BETTER BREAD FOR THE CAFE.", "smArt"),
    Case("COMPLETE GDPR E-LEARNING BY FRIDAY.", "SMArT", "2026-11-27"),
    Case("FINISH THE FIRE SAFETY MODULE THIS WEEK.", "SMArT", "2026-11-29"),
)
FOURTH_BATCH = FOURTH_BATCH + CAPS_AS_SENTENCE_CASE

# A label noun before its number ("Level 4", "Part 2", "Ward 9") names one thing, and a
# sentence-case writer gives it a capital: in Title Case, ALL CAPS and lower case it is read so.
LABELLED_NUMBERS = (
    Case("Do the Level 4 laser and IPL certificate.", "SMArt"),
    Case("Do The Level 4 Laser And IPL Certificate.", "SMArt"),
    Case("DO THE LEVEL 4 LASER AND IPL CERTIFICATE.", "SMArt"),
    Case("do the level 4 laser and ipl certificate.", "SMArt"),
    Case("Do the Part 2 exam in October.", "SMArT", "2027-10-31"),
    Case("do the part 2 exam in october.", "SMArT", "2027-10-31"),
    # the shortest texts the look-ahead reaches
    Case("level 4", "smArt"),
    Case("a level", "smArt"),
    Case("LEVEL", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + LABELLED_NUMBERS

# A feast's name ("Christmas", "Easter", "Diwali") is a name that grammar capitalises, as a
# month's is: in Title Case, ALL CAPS and lower case it is read with its capital.
FEAST_NAMES = (
    Case("Start revising for my accountancy exams after Christmas", "SmArt"),
    Case("Start Revising For My Accountancy Exams After Christmas", "SmArt"),
    Case("START REVISING FOR MY ACCOUNTANCY EXAMS AFTER CHRISTMAS", "SmArt"),
    Case("start revising for my accountancy exams after christmas", "SmArt"),
    Case("FINISH THE NATIVITY COSTUMES BEFORE CHRISTMAS.", "SMArT", "2026-12-24"),
    Case("finish the nativity costumes before christmas.", "SMArT", "2026-12-24"),
    Case("EASTER", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + FEAST_NAMES

# An ampersand between words is the word "and", in a pair of verbs, a list or a name ("Health
# & Safety"): each goal reads the same written either way. One glued inside a name ("A&E",
# "B&B") stays part of the name.
AMPERSANDS = (
    Case(
        "Draft & send the quarterly risk summary to the board by March 31, 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Draft and send the quarterly risk summary to the board by March 31, 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Plan & run two parent workshops this spring.", "SMArT", "2027-05-31"),
    Case("Clean & restock the crash trolley every Monday.", "SMArT"),
    Case("Clean and restock the crash trolley every Monday.", "SMArT"),
    Case("Read & summarise 12 research papers this year.", "SMArT", "2026-12-31"),
    Case("Finish the Health & Safety Level 3 course by January 15, 2027.", "SMArT", "2027-01-15"),
    Case("Finish the Health and Safety Level 3 course by January 15, 2027.", "SMArT", "2027-01-15"),
    Case("Get a job at Marks & Spencer by June.", "SMArT", "2027-06-30"),
    Case("Take over the Food & Beverage budget by July.", "SMArT", "2027-07-31"),
    Case("Hit 90% on audits & inspections every quarter.", "SMArT"),
    Case("Be more organised & productive.", "smArt"),
    Case("Improve communication & teamwork.", "smArt"),
    Case("Improve communication and teamwork.", "smArt"),
    Case("Cut A&E waiting times from 5 hours to 3 hours within a year.", "SMArT", "2027-11-25"),
    Case("Finish my B&B renovation by spring.", "SMArT", "2027-05-31"),
    Case("&", "smArt"),
    Case("Audit &", "smArt"),
    Case("& update the stock list weekly", "SMArT"),
)
FOURTH_BATCH = FOURTH_BATCH + AMPERSANDS

# An emoji says nothing a reader labels: before, inside or after a goal it reads as the space
# around it, so the goal reads as it does without it ("°", "£" and "€" are units and stay).
EMOJI = (
    Case("Run 3 cookery workshops by June 🎯", "SMArT", "2027-06-30"),
    Case("🚀 Launch the parish newsletter by February 1", "SMArT", "2027-02-01"),
    Case("Hit 10,000 steps every day 💪", "SMArT"),
    Case("Read 20 novels this year 📚✨", "SMArT", "2026-12-31"),
    Case("Finish the marathon in under 4 hours 🏃‍♀️ in April", "SMArT", "2027-04-30"),
    Case("Be happier at work 😊", "smArt"),
    Case("Network more 🤝", "smArt"),
    Case("Become a better manager 👩‍💼 by next year", "smArT", "2027-12-31"),
    Case("Save £2,000 for a deposit by December 🏠", "SMArT", "2026-12-31"),
    Case("Pass state board. 🎯", "SMArt"),
    Case("Pass state board 🎯", "SMArt"),
    Case("Swim 40 lengths 🏊‍♀️ every Sunday", "SMArT"),
    Case("🎯", "smArt"),
    Case(". 🎯", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + EMOJI

# "per cent" and "percent" are the sign "%" spelt out: a figure written with either is read as
# it is with the sign, as a share, a change, a rating or an all-or-nothing "100".
PER_CENT = (
    Case(
        "Raise our food bank's volunteer retention by 15 per cent by September.",
        "SMArT",
        "2027-09-30",
    ),
    Case(
        "Raise our food bank's volunteer retention by 15 percent by September.",
        "SMArT",
        "2027-09-30",
    ),
    Case(
        "Cut no-shows at the dental clinic from 12 per cent to 6 per cent within six months.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Score at least 80 per cent on the pharmacology exam in March.", "SMArT", "2027-03-31"),
    Case("Achieve 100 per cent uptime on all services, always.", "SMart"),
    Case("Win 100 per cent of the tenders we bid for next year.", "SMarT", "2027-12-31"),
    Case("Grow repeat orders by 300 per cent in two weeks.", "SMarT", "2026-12-09"),
    Case("Be 90 per cent confident with drug calculations by summer.", "smArT", "2027-08-31"),
    Case("Reduce scrap on line 2 by 2.5 per cent by the end of Q2.", "SMArT", "2027-06-30"),
    Case("Boost email open rates by a few percent.", "smArt"),
    Case("per cent", "smArt"),
    Case("percent", "smArt"),
    Case("cent", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + PER_CENT

# A "to" that opens its clause ("To qualify, ...", "In order to cut costs, ...") puts a reason
# first; after a wish or a frame ("I want to", "My goal is to", "I'd like to") it is what is
# wished, and a comma and a participle after it ("..., triaging every referral") add the means,
# not the goal: each goal below reads as it does with a bare verb.
WISHED_INFINITIVES = (
    Case(
        "My goal is to cut the clinic's waiting list from 90 to 40 patients by June, triaging"
        " every referral.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Cut the clinic's waiting list from 90 to 40 patients by June, triaging every referral.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "We hope to raise £3,000 for the scout hut roof by Easter, running two jumble sales.",
        "SMArT",
        "2027-03-28",
    ),
    Case(
        "Our aim is to publish 4 case studies this year, interviewing one client a quarter.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "The goal is to lift first-time fix rates to 85% by March, stocking the vans properly.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "I'm aiming to grow the choir from 12 to 20 singers by summer, recruiting at the school"
        " gate.",
        "SMArT",
        "2027-08-31",
    ),
    Case("I want to get fitter, walking 10,000 steps a day.", "SMArT"),
    Case("I'd like to be a better listener, asking more questions.", "smArt"),
    Case(
        "In order to cut costs, renegotiate the 3 biggest supplier contracts by April.",
        "SMART",
        "2027-04-30",
    ),
    Case("To grow, run 2 fairs.", "SMARt"),
    # A wish told as a sentence of its own before the goal's is why the goal is set.
    Case("I want to grow our charity shop. Concretely, we'll open on Sundays from March.", "SMART"),
    Case("to run", "smArt"),
    Case("want to run, fairs", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + WISHED_INFINITIVES

# An auxiliary or a modal with its "not", contracted or not ("won't", "can't", "cannot",
# "mustn't", "doesn't", "do not"), is passed on the way to the action as "will not" is, and
# negates it: "won't miss a single ..." is every one, as "never miss a single ..." is.
NEGATIVE_AUXILIARIES = (
    Case("I do not want to miss a single physio session this month.", "SMArT", "2026-11-30"),
    Case("Do not miss a single payroll cut-off this quarter.", "SMArT", "2026-12-31"),
    Case("I won't miss a single school pick-up this term.", "SMArT"),
    Case("We mustn't miss one fire drill in 2027.", "SMArT", "2027-12-31"),
    Case("We must not miss one fire drill in 2027.", "SMArT", "2027-12-31"),
    Case("We shouldn't cancel any of the 12 planned home visits in March.", "SMArT", "2027-03-31"),
    Case("She doesn't want to miss a single board meeting next year.", "SMArT", "2027-12-31"),
    Case("Jane won't miss a single team huddle in March.", "SMArT", "2027-03-31"),
    Case("We wouldn't accept more than 2 complaints a month.", "SMArT"),
    Case("I won't drink on weeknights.", "SMArT"),
    Case("Don't check email after 7pm on weekdays.", "SMArT"),
    Case("I don't want to be stressed.", "smArt"),
    Case("I can't get better at public speaking.", "smArt"),
    Case("Do not", "smArt"),
    Case("do", "smArt"),
    Case("Jane doesn't", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + NEGATIVE_AUXILIARIES

# A move named by both its ends right after the action ("go from private to colonel", "move
# from support into technical writing") says what changes, as "from 3 to 5" does, with or
# without a full stop; an end that is a quality ("from good to great") or the same word twice
# ("from strength to strength") only says things get better.
MOVES_BETWEEN = (
    Case("Move from support into technical writing.", "SMARt"),
    Case("Move from support into technical writing", "SMARt"),
    Case("Move from nights to days by March.", "SMArT", "2027-03-31"),
    Case("Switch from agency work to a permanent contract this year.", "SMArT", "2026-12-31"),
    Case("Go from grade 5 to grade 6 violin by the summer exams.", "SMArT", "2027-08-31"),
    Case("Move from Leeds to the Manchester office by June.", "SMArT", "2027-06-30"),
    Case("Move from reactive to proactive maintenance by June.", "SMArT", "2027-06-30"),
    Case("Move from bank shifts into a band 6 post.", "SMARt"),
    Case("Go from good to great.", "smArt"),
    Case("Go from shy to confident.", "smArt"),
    Case("Go from strength to strength.", "smArt"),
    Case("Go from a to", "smArt"),
    Case("Go from part-", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + MOVES_BETWEEN

# Two times joined by "and" or "&" before a noun (quarters, days, seasons) date it as one time
# does ("Q4 planning"): the noun is the object ("lead Q3 and Q4 planning", "run Monday and
# Thursday sessions"); with no noun after them there is none.
TIMES_BEFORE_A_NOUN = (
    Case("Lead Q3 and Q4 planning.", "SMArT", "2026-12-31"),
    Case("Lead Q3 & Q4 planning.", "SMArT", "2026-12-31"),
    Case("Lead Q4 planning.", "SMArT", "2026-12-31"),
    Case("Lead Q3 and Q4 planning by September.", "SMArT", "2027-09-30"),
    Case("Run Monday and Thursday sessions for new starters.", "SMArt"),
    Case("Run Mon & Thu sessions for new starters.", "SMArt"),
    Case("Lead Q3 and Q4", "smArT"),
    Case("Lead Q3 and", "smArT"),
)
FOURTH_BATCH = FOURTH_BATCH + TIMES_BEFORE_A_NOUN

# A year before the object's head says which one, with or without "the" ("submit 2026 tax
# return", "plan the 2028 budget"), however the goal opens; a vague or change verb stays vague.
YEAR_BEFORE_HEAD = (
    Case("I will submit 2026 tax return by Jan 31.", "SMArT", "2027-01-31"),
    Case("Submit 2026 tax return by Jan 31.", "SMArT", "2027-01-31"),
    Case("My goal is to plan 2028 budget by October.", "SMArT", "2027-10-31"),
    Case("I'd like to update my 2027 training plan before Christmas.", "SMArT", "2026-12-24"),
    Case("Improve 2027 results.", "smArT"),
    Case("plan 2028", "smArT"),
)
FOURTH_BATCH = FOURTH_BATCH + YEAR_BEFORE_HEAD


# A relative clause after a comma comments on what it follows ("..., which my manager asked
# for"): it does not say which ones, so it makes no object specific; one with no comma does
# ("engineers that the platform team needs"); an object may be specific on its own ("book clubs").
COMMENTS = (
    Case("Hire engineers, which my manager asked for.", "smArt"),
    Case("Train volunteers, which the board wants.", "smArt"),
    Case("Host book clubs, who the library staff will love.", "SmArt"),
    Case("Hire two backend engineers for the payments team, which my manager asked for.", "SMArt"),
    Case("Hire engineers that the platform team needs.", "SmArt"),
    Case("Run workshops, which", "smArt"),
    # Nor is what the comment says the goal's action; ", which means ..." spells out the measure.
    Case("Confidence, which my manager asked for.", "smArt"),
    Case("Get footfall up, which the owner wants.", "smArt"),
    Case("by 30 June 2027, which my manager asked for.", "smArT", "2027-06-30"),
    Case("Reach Grade 6 by the summer exams, which means passing 3 pieces.", "SMArT", "2027-08-31"),
)
FOURTH_BATCH = FOURTH_BATCH + COMMENTS


# A writer who opens no sentence with a capital and capitalises no name (phone notes, chat)
# says nothing by lower case either: each sentence is read as opening with a capital, so the
# goal gets the verdict it gets in sentence case.
LOWER_CASE_WRITERS = (
    Case("ship the beta build to 50 testers by friday.", "SMArT", "2026-11-27"),
    Case("answer every parent email within 2 working days", "SMArT"),
    Case("tomasz will cover the saturday market stall until christmas.", "SMArT", "2026-12-25"),
    Case("sit the cipd level 5 exam in june.", "SMArT", "2027-06-30"),
    Case("tidy the stockroom. label every shelf by supplier.", "SMArt"),
    Case("renew my dbs check", "SMArt"),
    Case("book a first aid course for the kitchen team.", "SMArt"),
    Case("get better at delegating", "smArt"),
    Case(
        "grow the newsletter to 2,000 subscribers by the end of next year.", "SMArT", "2027-12-31"
    ),
    Case("phone 10 lapsed members each week", "SMArT"),
    Case("learn the new till system", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + LOWER_CASE_WRITERS

# A word the lexicon knows as vague ("more", "faster", "better", "stuff") is that word in any
# case: a capital makes it part of a name only beside another capitalised word ("the Best
# Small Business award") or in quotes ("'Excellent'"), and an acronym is no such word ("FIT").
VAGUE_WORDS_CAPITALISED = (
    Case("Sell More", "smArt"),
    Case("Respond Faster", "smArt"),
    Case("Write Better", "smArt"),
    Case("Be Happy", "smArt"),
    Case("Network More", "smArt"),
    Case("Do Less", "smArt"),
    Case("Sort Stuff", "smArt"),
    Case("Work Smarter", "smArt"),
    Case("Cook Healthier", "smArt"),
    Case("Win the Best Small Business award", "SMArt"),
    Case("Score 'Excellent' in the audit", "SMArT"),
    # the shortest texts the look on either side reaches
    Case("More", "smArt"),
    Case("Go More", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + VAGUE_WORDS_CAPITALISED

# Phrasal verbs of putting things in order ("sort out", "tidy up", "clean up", "straighten
# out") name what to act on but not what done looks like, as "work on" does: specific with a
# figure only. A document or a named thing is brought up to date ("tidy up my CV", "sort out
# my LinkedIn profile") and an indefinite one is arranged ("sort out a venue"), done once.
TIDYING = (
    Case("Sort out the stockroom.", "smArt"),
    Case("I need to sort out our supplier invoices this quarter.", "smArT", "2026-12-31"),
    Case("We will tidy up the shared calendar by Friday.", "smArT", "2026-11-27"),
    Case("sort out the garage", "smArt"),
    Case("Straighten out the rota.", "smArt"),
    Case("Our team will clean up the old test data.", "smArt"),
    Case("Tidy up the codebase.", "smArt"),
    Case("Straighten out the filing in the parish office.", "smArt"),
    Case("I'd like to sort out the ward's medicines fridge at some point.", "smArt"),
    Case("SORT OUT THE GARAGE", "smArt"),
    Case("Sort Out The Stock Room", "smArt"),
    Case("Sort out 40 overdue invoices by Friday.", "SMArT", "2026-11-27"),
    Case("Clean up 300 duplicate contacts in the CRM by March.", "SMArT", "2027-03-31"),
    Case("Clean up our Google Ads account so cost per lead drops to £20.", "SMARt"),
    Case("Sort out a venue for the summer fete.", "SMArT"),
    Case("I need to finally sort out my LinkedIn profile.", "SMArt"),
    Case("Tidy up my CV before applying.", "SMArT"),
    Case("Clean the coffee machine every Friday.", "SMArT"),
    Case("Tidy the lab benches each evening.", "SMArT"),
    Case("Sort the returns into bins.", "SMArt"),
    # the shortest texts the look past the particle reaches
    Case("Sort out", "smArt"),
    Case("Tidy up", "smArt"),
    Case("sort out a", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + TIDYING

# A note with no verb is specific when a word says what its figure counts ("5 talks", "10k
# steps a day", "AWS cert"); a figure with only its currency, per cent sign, period or date
# ("£150 an hour", "5k by March") names nothing to act on, though it is still a measure. After
# a goal, the same note is that goal's detail ("Increase sales. 120k by year end.").
FIGURES_OF_NOTHING = (
    Case("£150 an hour.", "sMArt"),
    Case("5k by March.", "sMArT", "2027-03-31"),
    Case("80%", "sMArt"),
    Case("2x/week", "sMArT"),
    Case("3 hours a day", "sMArT"),
    Case("£2,000 a month by June", "sMArT", "2027-06-30"),
    Case("95% by Q2", "sMArT", "2027-06-30"),
    Case("30 a week", "sMArT"),
    Case("Twice a week", "sMArT"),
    Case("5 talks in 2027", "SMArT", "2027-12-31"),
    Case("10k steps a day", "SMArT"),
    Case("AWS cert by June", "SMArT", "2027-06-30"),
    Case("£40k salary by 2028", "SMArT", "2028-12-31"),
    Case("100 subscribers by Easter", "SMArT"),
    Case("4.5 stars on Google by June", "SMArT", "2027-06-30"),
    Case("Revenue £1M by 2027", "SMArT", "2027-12-31"),
    Case("5 new clients a month", "SMArT"),
    Case("Increase sales. 120k by year end.", "SMArT", "2026-12-31"),
    Case("Cut my screen time. 2 hours a day by January.", "SMArT", "2027-01-31"),
    Case("Raise my day rate. £450 by April.", "SMArT", "2027-04-30"),
    # the shortest texts
    Case("1", "sMArt"),
    Case("£", "smArt"),
    Case("40%.", "sMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + FIGURES_OF_NOTHING

# A past participle keeps its form after a prefix ("rebuilt", "undertaken", "overseen",
# "rewritten", "repaid"), so a passive order with one is as plain an action as "will be
# checked"; a noun shaped like one ("the output", "the outset") is no participle.
PREFIXED_PARTICIPLES = (
    Case("The admissions portal should be rebuilt.", "SMArt"),
    Case("A review of grant criteria should be undertaken.", "SMArt"),
    Case("The parish website will be rewritten by Easter.", "SMArT"),
    Case("All fire risk assessments must be redone by the end of March.", "SMArT", "2027-03-31"),
    Case("The stock-take will be overseen by the duty manager every Friday.", "SMArT"),
    Case("Our complaints procedure should be rewritten in plain English by June.", "SMArT"),
    Case("The broken kiln will be rebuilt before the spring term.", "SMArT"),
    Case(
        "The January payroll error will be repaid to all 14 staff by 15 February.",
        "SMArT",
        "2027-02-15",
    ),
    Case("The ward's infection audit has to be retaken after the February inspection.", "SMArt"),
    Case("The old rota is to be withdrawn once the new one is agreed.", "SMArt"),
    Case("Unused stock must be resold on eBay by the end of the month.", "SMArT", "2026-11-30"),
    Case("The back fence is to be rebuilt by the landlord.", "SMArt"),
    Case("Our output will be improved.", "smArt"),
    Case("The rebuilt kitchen opens in May.", "smArT"),
    Case("I rebuilt the website last year and want to grow traffic by 20% by June.", "SMArT"),
    Case("Rebuild the garden wall by June.", "SMArT", "2027-06-30"),
    Case("From the outset, log every call in the CRM.", "SMArt"),
    Case("Overseen by the head of year.", "smArt"),
    Case("be rebuilt", "smArt"),
    Case("Portal to be rebuilt", "SMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + PREFIXED_PARTICIPLES

# A clause that opens with "having" ("Having hit 80% of quota in 2025, ...", "Having a new
# baby, ...") tells what is done or how things are: the goal starts after its comma, and its
# figures are not the goal's.
HAVING_CLAUSES = (
    Case("Having hit 80% of quota in 2025, I'd like to grow my pipeline.", "smArt"),
    Case("Having run 3 half marathons this year, I want to get fitter.", "smArT"),
    Case("Having taught Year 6 for 8 years, I'd like to improve my phonics teaching.", "smArt"),
    Case("Having lost 40 members in 2025, the choir will recruit more singers.", "smArt"),
    # January is when the diploma starts, and a start alone is not time-bound (relabelled)
    Case("Having passed my Level 2, I want to start the Level 3 diploma in January.", "SMArt"),
    Case("Having been a carer for 6 years, I'd like to train as a nurse.", "SMArt"),
    Case("Having lost 3 clients in 2025, I will call every client monthly.", "SMArT"),
    Case("Having hit 80% of quota, grow my pipeline to £2m by June.", "SMArT", "2027-06-30"),
    Case("Having a new baby, I want to cut my hours to 3 days a week by April.", "SMArT"),
    Case("Having finished the 12-week course, I'd like to keep practising.", "smArt"),
    Case("Having moved to nights, sleep 7 hours a day.", "SMArT"),
    Case(
        "Having sold 200 cakes at the summer fair, we will bake for the Christmas market.", "SMArT"
    ),
    Case("Having missed 4 deadlines in Q3; get better at planning.", "smArT"),
    # giving up a habit is kept up, not done once (relabelled from SMArt)
    Case("Having spent £3k on ads with no return, I'll stop running paid ads.", "SmArt"),
    Case(
        "Having completed 30 of 40 modules, finish the remaining 10 by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Having trained 5 apprentices, I'd like to mentor more.", "smArt"),
    Case("Having volunteered for 2 years, apply for the trustee vacancy by June.", "SMArT"),
    Case("Having failed the theory test twice, pass it in January.", "SMArT", "2027-01-31"),
    Case("Having opened 2 new salons, I want to grow the business.", "smArt"),
    # the shortest texts the look after "having" reaches
    Case("Having", "smArt"),
    Case("Having hit,", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + HAVING_CLAUSES

# A verb that betters a quality ("improve", "enhance", "better") does nothing to the count of
# what it betters: "my 2 weakest services" says which ones, not how much better, so it is not
# the figure such a verb needs. A verb that does something to each thing counts them.
BETTERED_COUNTS = (
    Case("Improve my 2 weakest services.", "smArt"),
    Case("Improve our 3 lowest-scoring wards by June.", "smArT", "2027-06-30"),
    Case("Enhance my 4 oldest product pages.", "smArt"),
    Case("Improve the 5 slowest routes on the depot's network.", "smArt"),
    Case("I want to improve our 2 least popular menu items.", "smArt"),
    Case("Better my 3 worst-selling lines before Christmas.", "smArT"),
    Case("Improve the two weakest modules on the course.", "smArt"),
    Case("Improve our hygiene score to 5 stars by March.", "SMArT", "2027-03-31"),
    Case("Improve the 3 slowest pages so each loads in under 2 seconds.", "SMARt"),
    Case("Improve my 5k time by 2 minutes.", "SMArt"),
    Case("Improve retention in my 3 biggest accounts by 10%.", "SMArt"),
    Case(
        "Improve my 2 weakest services until each scores 4 out of 5 in the client survey.",
        "SMArT",
    ),
    Case("Rewrite my 4 oldest product pages.", "SMArt"),
    Case("Call my 20 biggest clients by Friday.", "SMArT", "2026-11-27"),
    Case("Retrain our 6 newest pickers on the scanners.", "SMArt"),
    Case("Raise the £4,000 we missed last year.", "SMArt"),
    Case("Grow my 3 smallest accounts by 15% each this year.", "SMArT", "2026-12-31"),
    Case("Enhance the 12 training videos with captions by April.", "SMArT", "2027-04-30"),
    # the shortest texts
    Case("Improve my 2 weakest services", "smArt"),
    Case("Improve my 2", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + BETTERED_COUNTS

# A word with digits inside names a group in a subject ("Our U14s will ...", "The Y9s should
# ..."), as "Ward 7" does: the subject goes on to its modal, and the action follows it.
NAMED_SUBJECTS = (
    Case("Our U14s will win the county cup this season.", "SMArT"),
    Case("The U9s will play 10 friendlies before Easter.", "SMArT"),
    Case("Our Y11s will sit 3 mock papers before the spring half term.", "SMArT"),
    Case("The Y9s should finish their DofE bronze expedition by July.", "SMArT", "2027-07-31"),
    Case("Our CS38 holders will renew their tickets by March.", "SMArT", "2027-03-31"),
    Case("The A2 group will present their projects to parents on 12 June.", "SMArT", "2027-06-12"),
    Case("Our B1 learners will pass the Life in the UK test by summer.", "SMArT"),
    Case("The 2nd XI will win promotion this season.", "SMART"),
    Case("Our U16s will improve.", "smArt"),
    Case("The U12s should get better at passing.", "smArt"),
    Case("Our M365 champions will run 4 drop-in sessions a term.", "SMArT"),
    Case("The Band 6 nurses will complete their IV training by May.", "SMArT", "2027-05-31"),
    Case("Our Year 10s will visit 2 universities this year.", "SMArT", "2026-12-31"),
    Case("The U9s will play more.", "smArt"),
    Case("Coach the U9s to win the league by May.", "SMArT", "2027-05-31"),
    Case("Our N3 team will cut picking errors to under 1% by Q2.", "SMArT", "2027-06-30"),
    Case("The P7 class will raise £500 for the food bank by Christmas.", "SMArT", "2026-12-25"),
    Case("Our T3 site will reach zero lost-time injuries this year.", "SMArT", "2026-12-31"),
    # the shortest texts
    Case("Our U14s will", "smArt"),
    Case("Our U14s", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + NAMED_SUBJECTS

# A verb of weighing an action up ("look at", "look into", "explore", "consider", "find out
# whether") before a gerund or a question takes nothing on: the action after it is only
# considered, so the goal is not specific, whatever figure it has (the figure still measures).
CONSIDERED = (
    Case("Look at reducing CPA by 10% this quarter.", "sMArT", "2026-12-31"),
    Case("Look into cutting food waste by 20%.", "sMArt"),
    Case("Explore moving to a 4-day week by June.", "sMART", "2027-06-30"),
    Case("Consider hiring 2 more stylists next year.", "sMArT", "2027-12-31"),
    Case("I'd like to look at opening on Sundays from April.", "sMArT"),
    Case("We should investigate switching 30% of deliveries to cargo bikes.", "sMArt"),
    Case("See about getting the van serviced before the MOT.", "smArT"),
    Case("Find out what the IBO accreditation actually involves before our next session.", "smArT"),
    Case("Find out whether we can get 20% match funding.", "sMArt"),
    Case("Find out how to register as a childminder.", "smArt"),
    Case("Find out which of our 12 suppliers offer carbon reporting.", "sMArt"),
    Case("Look at the 3 quotes and pick one by Friday.", "SMArT", "2026-11-27"),
    Case("Find out the results of the 2 audits.", "SMArt"),
    Case("Reduce CPA by 10% this quarter.", "SMArT", "2026-12-31"),
    Case("Hire 2 more stylists next year.", "SMArT", "2027-12-31"),
    Case("Explore the Lake District on foot this summer.", "SmArT"),
    Case("Consider the feedback from all 40 exit interviews in the March report.", "SMArT"),
    # the shortest texts the look past the verb reaches
    Case("Find out", "smArt"),
    Case("Look at", "smArt"),
    Case("Look at reducing", "smArt"),
    Case("Find out whether", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + CONSIDERED

# "kind of" and "sort of" after a subject or a modal hedge the wish, as "maybe" does ("I'd kind
# of like to ..."): the action is the verb after the wish, never "kind" or "sort".
KIND_OF = (
    Case("I'd kind of like to maybe sort out the referral filing at some point.", "smArt"),
    Case("I kind of want to run 3 workshops by June.", "SMArT", "2027-06-30"),
    Case("I'd sort of like to pass the CIPD exam in May.", "SMArT", "2027-05-31"),
    Case("I'd kind of like to get better at Excel.", "smArt"),
    Case("We sort of need to hire 2 chefs by March.", "SMArT", "2027-03-31"),
    Case("I kind of hope to finish my dissertation by 30 April.", "SMArT", "2027-04-30"),
    Case("She'd kind of like to lead the Christmas appeal this year.", "SMArT"),
    Case("They sort of want to open 2 more cafés in 2027.", "SMArT", "2027-12-31"),
    Case("I would kind of like to learn to knit.", "smArt"),
    Case("I kind of need to be more organised.", "smArt"),
    Case("I'll sort of try to visit 10 clients a month.", "SMArT"),
    Case("We kind of should repaint the shopfront before summer.", "SMArT"),
    Case("I'd kind of love to present at the regional RCN conference.", "SMArT"),
    Case("I'd sort of like to do more networking.", "smArt"),
    Case("Sort out this kind of mess by Friday.", "smArT", "2026-11-27"),
    # the shortest texts
    Case("Sort of", "smArt"),
    Case("I kind of", "smArt"),
    Case("I'd kind of", "smArt"),
    Case("Kind of", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + KIND_OF

# A light verb's task is named by its head, and a hyphen inside a word joins one word: "do the
# end-of-life communication course", "do a site walk-round" are tasks, and an abstract modifier
# only says what the task is on ("the communication course"); "a good job", "more", "a better
# job" still name no task.
LIGHT_TASKS = (
    Case(
        "Do the end-of-life communication course so families get clearer conversations from me.",
        "SMARt",
    ),
    Case("Do the end-of-life communication course.", "SMArt"),
    Case("Do the communication course by March.", "SMArT", "2027-03-31"),
    Case("Do the first-aid-at-work course by March.", "SMArT", "2027-03-31"),
    Case("Do the anti-money-laundering refresher before the audit.", "SMArT"),
    Case("Take the leadership assessment in January.", "SMArT", "2027-01-31"),
    Case("Do the resilience training day with my team in spring.", "SMArT"),
    Case("Do my check-in calls every Monday.", "SMArT"),
    Case("Do the well-being survey for all 40 staff by June.", "SMArT", "2027-06-30"),
    Case("Have my mid-year review by the end of July.", "SMArT", "2027-07-31"),
    Case("Do a good job.", "smArt"),
    Case("Do the best job I can.", "smArt"),
    Case("Do more.", "smArt"),
    Case("Do a better job of the rota.", "smArt"),
    Case("Make a real difference.", "smArt"),
    Case("Do some leadership work.", "smArt"),
    Case("Have more confidence.", "smArt"),
    # the shortest texts
    Case("Do the", "smArt"),
    Case("Do the end-", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + LIGHT_TASKS

# A noun of action after a light verb names the action ("do an audition", "give a
# presentation", "do a reconciliation"), as a made thing or an event does; a change or an
# effort named as a noun ("an improvement") does not.
ACTION_NOUN_TASKS = (
    Case("Do an audition every fortnight.", "SMArT"),
    Case("Do an audition or self-tape every fortnight.", "SMArT"),
    Case("Give a presentation to the board in March.", "SMArT", "2027-03-31"),
    Case("Do an inspection of the fire doors every month.", "SMArT"),
    Case("Have a consultation with a pension adviser before April.", "SMArT"),
    Case("Do a demonstration at the Saturday market each week.", "SMArT"),
    Case("Do a valuation of the stock at the end of each quarter.", "SMArT"),
    Case("Give a recommendation to the trustees by the AGM.", "SMArT"),
    Case("Do a reconciliation of the petty cash every Friday.", "SMArT"),
    Case("Make a contribution every month.", "SMArT"),
    Case("Have a conversation with my manager.", "SMArt"),
    Case("Make an improvement.", "smArt"),
    # the shortest texts
    Case("Do an", "smArt"),
    Case("Do an audition", "sMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + ACTION_NOUN_TASKS

# An aside in brackets between the verb and its object ("complete (not race) a marathon",
# "submit (finally!) my tax return") is passed: the object follows the bracket.
BRACKETED_ASIDES = (
    Case("Never run before; complete (not race) a marathon in October 2027.", "SMArT"),
    Case("Complete (not race) a marathon in October 2027.", "SMArT", "2027-10-31"),
    Case("Finish (not win) the Great North Run in September.", "SMArT", "2027-09-30"),
    Case("Submit (finally!) my tax return by 31 January.", "SMArT", "2027-01-31"),
    Case("Run (gently) 3 times a week.", "SMArT"),
    Case("Visit (in person) all 8 care homes on my patch by March.", "SMArT", "2027-03-31"),
    Case("Publish (on the intranet) the new lone-working policy by Friday.", "SMArT"),
    Case("Repaint (with the volunteers) the scout hut before the summer camp.", "SMArT"),
    Case("Pass (first time) my driving test in May.", "SMArT", "2027-05-31"),
    Case("Read (properly) 12 books this year.", "SMArT", "2026-12-31"),
    Case("Attend (and speak at) the regional NHS digital summit in June.", "SMArT"),
    Case("Call (not email) every lapsed donor by the end of January.", "SMArT", "2027-01-31"),
    Case("Improve (a lot) my Spanish.", "smArt"),
    Case("Get (much) better at Excel.", "smArt"),
    Case("Sort out (at last) the stockroom.", "smArt"),
    # the shortest texts the look for the closing bracket reaches
    Case("Complete (", "smArt"),
    Case("Complete ()", "smArt"),
    Case("Complete (x)", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + BRACKETED_ASIDES

# A note that names a move by both its ends, with an arrow ("deckhand -> bosun", "junior dev →
# senior dev") or "from ... to ..." ("From deckhand to bosun"), says what changes as "go from
# deckhand to bosun" does: specific, and reaching the end is done or not.
NOTED_MOVES = (
    Case("deckhand -> bosun within 2 yrs", "SMArT"),
    Case("junior dev → senior dev by 2028", "SMArT", "2028-12-31"),
    Case("From deckhand to bosun within 2 years.", "SMArT"),
    Case("HCA -> student nurse by Sept 2027", "SMArT", "2027-09-30"),
    Case("Teaching assistant => qualified teacher by 2028", "SMArT", "2028-12-31"),
    Case("barista -> shift lead", "SMArt"),
    Case("From part-time to full-time by April.", "SMArT", "2027-04-30"),
    Case("From agency to permanent contract this year.", "SMArT", "2026-12-31"),
    Case("nights -> days by the summer", "SMArT"),
    Case("apprentice → journeyman within 3 years", "SMArT"),
    Case("From volunteer to paid coordinator by 2027.", "SMArT", "2027-12-31"),
    Case("good -> better", "smArt"),
    Case("me -> happier", "smArt"),
    Case("From good to great.", "smArt"),
    Case("From strength to strength.", "smArt"),
    Case("stressed -> calmer by Christmas", "smArT", "2026-12-25"),
    # the shortest texts the look after the arrow reaches
    Case("deckhand ->", "smArt"),
    Case("->", "smArt"),
    Case("From", "smArt"),
    Case("From deckhand to", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + NOTED_MOVES

# A pronoun stands for a code in capitals named before it ("BOSIET runs out soon. Renew it.",
# "NPQ Senior Leadership: finish it."), as it stands for a definite noun phrase.
PRONOUNS_FOR_CODES = (
    Case("BOSIET runs out soon. Renew it.", "SMArt"),
    Case(
        "NPQ Senior Leadership: finish it. Assistant head posts get advertised in September and "
        "I want to apply.",
        "SMArt",
    ),
    Case("My CSCS card expires in March. Renew it before then.", "SMArT"),
    Case("The HGV medical is due. Book it this week.", "SMArT"),
    Case("IOSH Managing Safely - pass it by June.", "SMArT", "2027-06-30"),
    Case("We use SAP at work. Learn it properly.", "smArt"),
    Case("CIPD level 5 starts in January; finish it by December 2027.", "SMArT", "2027-12-31"),
    Case("PRINCE2 is on my list. Sit it next spring.", "SMArT"),
    Case("The team is stretched. Support them.", "smArt"),
    Case("Finish it.", "smArt"),
    Case("Renew it.", "smArt"),
    Case("AWS. Pass it.", "SMArt"),
    Case("A. Do it.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + PRONOUNS_FOR_CODES

# Whatever is brought "down" after the object of "get", "keep" or "push" is an amount ("get my
# handicap down", "keep my weight down"): a direction, specific only with the figure it goes
# down to, as "bring turnover down" is.
BROUGHT_DOWN = (
    Case("Get my handicap down; it's 14.2 and I've been stuck there since 2024.", "smArt"),
    Case("Get my handicap down to 10 by June.", "SMArT", "2027-06-30"),
    Case("Bring my 5k time down.", "smArt"),
    Case("Keep my weight down.", "smArt"),
    Case("Get the backlog down to 20 tickets by March.", "SMArT", "2027-03-31"),
    Case("Get our agency spend down this year.", "smArT", "2026-12-31"),
    Case("Keep the waiting list down over the winter.", "smArT"),
    Case("Get my resting heart rate down to 60.", "SMArt"),
    Case("Bring the ward's falls down by a third in 2027.", "SMArT", "2027-12-31"),
    Case("Get the complaints down.", "smArt"),
    Case("Keep my screen time down to 2 hours a day.", "SMArT"),
    Case("Get the tent down by noon.", "SMArT"),
    Case("Bring turnover down.", "smArt"),
    # the shortest texts
    Case("Get down", "smArt"),
    Case("Get it down", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + BROUGHT_DOWN

# "make" and a rank written as a title, with no article ("make Chief Constable", "make
# Sergeant"), is reaching that rank, as "make partner" is; a name before a thing ("make Lego
# models") is still a thing made.
MADE_RANKS = (
    Case("Make Head Chef by 2028.", "SMArT", "2028-12-31"),
    Case("Make Sergeant by 2028.", "SMArT", "2028-12-31"),
    Case("Make Inspector within 2 years.", "SMArT"),
    Case("Make Senior Associate this cycle.", "SMArT"),
    Case("Make Chief Petty Officer before I leave the Navy.", "SMArT"),
    Case("I want to make Principal Engineer by 2029.", "SMArT", "2029-12-31"),
    Case("Make Partner.", "SMArt"),
    Case("Make Lego models.", "SMArt"),
    Case("Make Christmas cakes for the fair.", "SMArt"),
    Case("Make sergeant.", "SMArt"),
    # the shortest texts the look past the title reaches
    Case("Make Chief", "SMArt"),
    Case("Make", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + MADE_RANKS

# A percentage is a share of something: with nothing named that it is a share of, an action
# says how far, not what ("Shrink 1.2%", "Grow 10% by Q3"); a thing named after the verb, a
# pronoun pointing back, a label or an earlier sentence ("Churn: cut 2%", "Readmissions are
# 14%. Cut 3% by June.") names it. A unit names it too ("Lose 6kg").
SHARES_OF_NOTHING = (
    Case("Boost 15% by spring.", "sMArT"),
    Case("We need to trim 8% before the audit.", "sMArT"),
    Case("Raise 12% this quarter.", "sMArT", "2026-12-31"),
    Case("Slash 40%!", "sMArt"),
    Case("Aim to grow 20% year on year.", "sMArT"),
    Case("Cut by 5%.", "sMArt"),
    Case("Cut waste 15% by June.", "SMArT", "2027-06-30"),
    Case("Raise our donor retention 12% this year.", "SMArT", "2026-12-31"),
    Case("Grow subscriptions 20% by Q4.", "SMArT"),
    Case("Cut no-shows 30% over the next term.", "SMArT"),
    Case("Reduce it by 10% this year.", "SMArT", "2026-12-31"),
    Case("Readmissions are 14%. Cut 3% by June.", "SMArT", "2027-06-30"),
    Case("Our churn is too high. Cut 3% by June.", "SMArT", "2027-06-30"),
    Case("Pass rate: raise 10% by summer.", "SMArT"),
    Case("Sales - raise by 10 percent.", "SMArt"),
    Case("Lose 6kg by Easter.", "SMArT"),
    Case("Score 85% in the final exam.", "SMArT"),
    Case("Finish 50% of the thesis by March.", "SMArT", "2027-03-31"),
    Case("Achieve 100% attendance this term.", "SMArT"),
    # the shortest texts
    Case("Cut 5%", "sMArt"),
    Case("Cut by", "smArt"),
    Case("Cut", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + SHARES_OF_NOTHING

# A result the writer alone judges ("in my own eyes", "my own rating", a bare "9/10 standard")
# names nothing concrete to do: where M finds the writer the only judge, S is not met either.
# A feeling that only bounds a concrete action ("until I feel ready") leaves the action's S.
OWN_JUDGEMENTS = (
    Case("Go from a 3 to a 6 on my own rating of my Welsh.", "smArt"),
    Case("Get the garden to a 9/10 standard by summer.", "smArT"),
    Case("Bring the stockroom up to 10/10.", "smArt"),
    Case("Lift my own rating of my cooking from 5 to 8 by June.", "smArT", "2027-06-30"),
    Case("Be a chartered-level mechanic in my own eyes by 2028.", "smArT", "2028-12-31"),
    Case("Become an excellent line manager in my own view.", "smArt"),
    Case("Move my confidence with spreadsheets from 4/10 to 8/10 by March.", "smArT", "2027-03-31"),
    Case("Shadow a senior paramedic until I feel ready to lead calls.", "SmArt"),
    Case("Find a job I actually enjoy by next year.", "SmArT", "2027-12-31"),
    Case("Get my NPS from 30 to 45 by June.", "SMArT", "2027-06-30"),
    Case("Reach 9/10 on the patient survey by June.", "SMArT", "2027-06-30"),
    Case("Get the stock room to 10/10 on the area manager's audit.", "SMArT"),
    Case("Hit 4.6 out of 5 on guest reviews this summer.", "SMArT"),
    Case("Go from 3 to 6 on the Welsh placement test.", "SMArT"),
    Case("Get an 8/10 rating from my mentor at the end-of-placement review.", "SMArT"),
    # known misses: a rating the writer gives, said with "myself", "my own" before the
    # thing rated, or "self-rated", is read as a figure to check
    Case("Rate my own bedside manner at 8/10 by spring.", "smArT"),
    Case("Score myself 9/10 on lesson planning by Easter.", "smArT"),
    Case("Get my self-rated fitness from 5 out of 10 to 8 out of 10.", "smArt"),
    # the shortest texts
    Case("in my own eyes", "smArt"),
    Case("10/10", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + OWN_JUDGEMENTS
OWN_JUDGEMENTS_DONE = (
    # giving the rating is itself an action on a named thing: S, but no measure
    Case("Rate myself on the self-assessment for triage by March.", "SmArT", "2027-03-31"),
)
FOURTH_BATCH = FOURTH_BATCH + OWN_JUDGEMENTS_DONE

# An action that only goes from a start towards an aim reaches nothing it names: a direction,
# not specific, as it is not measurable ("move from reception towards the events team"). One
# that ends somewhere ("from nights to days", "into the London team") or counts is specific.
TOWARDS_ONLY = (
    Case("Move from reception towards the events team.", "smArt"),
    Case("Go from lane swimmer towards open-water racing.", "smArt"),
    Case("Transition from classroom teaching towards instructional design.", "smArt"),
    Case("Move from pastry commis toward a sous chef post this year.", "smArT", "2026-12-31"),
    Case("Move from Grade 6 to Grade 7 by June.", "SMArT", "2027-06-30"),
    Case("Move from the Bristol office into the London team.", "SMArt"),
    Case("Push from 30 towards 40 covers a night by spring.", "SMArT"),
    Case("Run from the station to the park every morning.", "SMArT"),
    # known misses: a move named by both its ends is read as vague or as no action
    Case("Progress from porter to HCA within a year.", "SMArT"),
    Case("Climb from Silver to Gold in the league this season.", "SMArT"),
    # the shortest texts the look past the verb reaches
    Case("Move towards", "smArt"),
    Case("Climb from", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + TOWARDS_ONLY

# An adjective after the object names a state to put it in ("keep the stockroom tidy", "make
# the portal secure"): the result is a quality, not a thing made or done once (S, M), as "be
# organised" is for the writer. A participle of a result done ("signed off", "live"), a figure,
# or an adjective before the noun ("a clean copy") leaves the action on a thing.
OBJECT_STATE = (
    Case("Keep the stockroom tidy.", "smArt"),
    Case("Get the sports hall spotless before the open day.", "smArT"),
    Case("Make the customer portal secure.", "smArt"),
    Case("Keep my caseload manageable.", "smArt"),
    Case("Get the allotment presentable by spring.", "smArT"),
    Case("Make the new intranet user-friendly.", "smArt"),
    Case("Keep the ward's medicine fridge clean.", "smArt"),
    Case("Make the onboarding process seamless.", "smArt"),
    Case("Keep our donor records accurate.", "smArt"),
    Case("Make the parish newsletter attractive.", "smArt"),
    Case("Get the shop floor ready for inspection.", "smArt"),
    Case("Make my workshop safe for apprentices.", "smArt"),
    Case("Get the grant report signed off.", "SMArt"),
    Case("Make 40 sandwiches for the shelter every Friday.", "SMArT"),
    Case("Keep the waiting time under 20 minutes.", "SMArt"),
    Case("Make the tenancy agreement template.", "SMArt"),
    Case("Make a clean copy of the ledger.", "SMArt"),
    Case("Get my HGV licence by June.", "SMArT"),
    Case("Make the new timetable.", "SMArt"),
    Case("Get the clinic website live by March.", "SMArT"),
    Case("Keep the shop open on Sundays.", "SMArT"),
    Case("Keep the weekend free.", "SMArt"),
    # the shortest texts the look past the object reaches
    Case("Keep the yard tidy", "smArt"),
    Case("Make the intranet user-", "SMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + OBJECT_STATE

# What makes "learn X" specific is the goal's own: a time in its own clause ("by 31 January",
# "before my niece starts school") or a test or credential it is for ("study for the CPA
# exam"), not the date of the reason given ("because our team moves to Databricks in Q2").
LEARNING_OWN_END = (
    Case("Learn the new dispensing robot because the pharmacy manager leaves in March.", "smARt"),
    Case("Learn Makaton since my niece starts school in September.", "smARt"),
    Case("Learn the booking system, as the busy season starts in May.", "smARt"),
    Case("Study the new building regs because they come in next April.", "smARt"),
    Case("Learn Python because our team moves to Databricks in Q2.", "smARt"),
    Case("Learn Italian because we move to Milan in 2028.", "smARt"),
    Case("Learn the new rota software by 31 January.", "SmArT"),
    Case("Learn Makaton before my niece starts school in September.", "SmArT"),
    Case("Learn the booking system this month.", "SmArT"),
    Case("Learn Italian before we move to Milan in 2028.", "SmART"),
    Case("Study for the ACCA Strategic Professional exam.", "SmArt"),
    Case("Study for my HGV theory test.", "SmArt"),
    Case("Study for the Level 3 diploma because the agency pays more for it.", "SmARt"),
    Case("Revise for the NEBOSH certificate.", "SMArt"),
    Case("Learn the 40 bus routes in the depot by March.", "SMArT"),
    Case("Study for an exam.", "smArt"),
    Case("Learn for fun.", "smArt"),
    Case("Study hard.", "smArt"),
    # the shortest texts the look after the verb reaches
    Case("Study for", "smArt"),
    Case("Learn it because", "smARt"),
)
FOURTH_BATCH = FOURTH_BATCH + LEARNING_OWN_END

# The ranks of uniformed services and wards are roles, as "captain" and "officer" are: made,
# reached or held, done or not ("make sergeant", "become a ward matron").
RANKS = (
    Case("Make inspector by 2028.", "SMArT"),
    Case("Get promoted to sergeant this year.", "SMART"),
    Case("Become a ward matron.", "SMArt"),
    Case("Make corporal before my next posting.", "SMArT"),
    Case("Be promoted to lieutenant within 3 years.", "SMART"),
    Case("Get a registrar post by March.", "SMArT"),
    Case("Become a special constable.", "SMArt"),
    Case("Be a good sergeant.", "smArt"),
    Case("Pass the inspector's exam.", "SMArt"),
    Case("Support the new sergeants on my team.", "smArt"),
    Case("Shadow the duty inspector for 2 shifts.", "SMArt"),
    Case("Make commander", "SMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + RANKS

# After an action and "from", the first "to" says where the move ends, not a purpose: "go from
# first-year apprentice to master electrician" reaches a role, "walk from the station to
# work" a place. A later "to" and a verb still gives the reason ("switch from Excel to Power BI
# to speed up ...").
FROM_AND_TO = (
    Case("Go from first-year apprentice to master electrician in 3 years.", "SMArT"),
    Case("Move from support worker to lead carer by next summer.", "SMArT"),
    Case("Go from trainee to head chef within 4 years.", "SMArT"),
    Case("Progress from staff nurse to lead nurse by 2029.", "SMArT"),
    Case("Move from commis to head pastry chef in 2 years.", "SMArT"),
    Case("Walk from the station to work every day.", "SMArT"),
    Case("Get from the kitchen to front of house by spring.", "SMArT"),
    Case("Switch from Excel to Power BI to speed up month-end reporting by March.", "SMARt"),
    Case("Cycle from home to the depot three times a week to build stamina.", "SMART"),
    Case("Move from agency shifts to a permanent post to get sick pay.", "SMARt"),
    Case("Take two days off from work to recharge.", "SMARt"),
    Case("Go from 3 to 5 client visits a week by January.", "SMArT"),
    # the shortest texts the look back from "to" reaches
    Case("Go from apprentice to master", "SMArt"),
    Case("Go from to", "SMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + FROM_AND_TO

# A comparative of time after the action ("sooner", "earlier") sets how soon against how soon
# it is done now, a direction with no target, as "faster" does. A figure anchors it ("2 weeks
# sooner"), a time the clause sets says how soon ("earlier this year, by 31 March"), and before
# a noun it says which ones ("the earlier draft").
TIME_COMPARATIVES = (
    Case("Follow up on unpaid invoices sooner.", "smArt"),
    Case("Return marked essays to my Year 10 pupils sooner.", "smArt"),
    Case("I want to reply to tenants' repair requests sooner.", "smArt"),
    Case("Start the morning drug round earlier.", "smArt"),
    Case("Get the weekly rota out earlier than I do now.", "smArt"),
    Case("We should send the board papers out earlier so trustees can read them.", "smARt"),
    Case("Book the coaches for away fixtures sooner.", "smArt"),
    Case("Hand in my expenses earlier.", "smArt"),
    Case("Answer supplier emails sooner than last quarter.", "smArt"),
    Case("Sign off the site diaries earlier in the week.", "smArt"),
    Case("Submit the grant report 2 weeks sooner than last year.", "SMArt"),
    Case("Arrive 10 minutes earlier for each early shift.", "SMArT"),
    Case("File the VAT return earlier this year, by 31 March.", "SMArT"),
    Case("Finish the kitchen refit sooner than 1 May.", "SMArT"),
    Case("Revise the earlier draft of the tenancy policy by Friday.", "SMArT"),
    Case("Merge my earlier notes into one care plan by June.", "SMArT"),
    Case("Proofread earlier chapters of the thesis by March.", "SMArT"),
    Case("Submit the planning application no later than 30 April.", "SMArT"),
    Case("Answer every complaint within 2 days, sooner than the 5 we take now.", "SMArT"),
    # the shortest texts the look before and after the word reaches
    Case("Reply sooner", "smArt"),
    Case("Reply sooner.", "smArt"),
    Case("Earlier", "smArt"),
    Case("Sooner.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + TIME_COMPARATIVES

# A noun in "-ing" after a word that counts it ("a building", "every building on the estate",
# "each painting") is a thing to act on, not the activity a bare gerund names ("keep
# building my network", "start networking").
COUNTED_ING_NOUNS = (
    Case("Inspect every building on the estate for asbestos by March.", "SMArT"),
    Case("Survey each building in the conservation area by June.", "SMArT"),
    Case("Buy a building for the new pottery workshop by 2028.", "SMArT"),
    Case("Photograph every painting in the parish collection this winter.", "SMArT"),
    Case("Repaint each ceiling on the maternity ward before Christmas.", "SMArT"),
    Case("Clean every filling station forecourt on my round weekly.", "SMArT"),
    Case("Keep building my network.", "smArt"),
    Case("Start networking with other heads of year.", "smArt"),
    Case("Improve my networking.", "smArt"),
    Case("Do some team building with the night shift.", "smArt"),
    Case("Focus on team building this term.", "smArT"),
    # the shortest texts
    Case("Inspect every building", "SMArt"),
    Case("Inspect a building", "sMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + COUNTED_ING_NOUNS

# A count of one, denied ("never lose a single net", "don't drop one call") sets a count of
# zero: the figure a verb of change needs, so the goal is specific as well as measurable.
# Denied with no count ("never lose weight again") it stays a direction.
NONE_OF_THEM = (
    Case("Never lose a single net overboard again.", "SMart"),
    Case("Don't drop a single call on the crisis line this week.", "SMArT"),
    Case("Never miss a single insulin dose on the night shift.", "SMart"),
    Case("Don't lose one tool from the van this quarter.", "SMArT"),
    Case("Never cut a single corner on the scaffold checks.", "SMArt"),
    Case("Not one parcel should go astray in December.", "sMArT"),
    Case("Never lose weight again.", "smart"),
    Case("Don't cut corners on the scaffold checks.", "smArt"),
    Case("Never drop my standards.", "smart"),
    # the shortest texts
    Case("Never lose a single", "SMart"),
    Case("Never lose one", "SMart"),
)
FOURTH_BATCH = FOURTH_BATCH + NONE_OF_THEM

# A word in "-ing" is the "-ing" form of a verb only with a vowel before the ending: "string",
# "spring" are words of their own, and in action position, as the second of two verbs, the
# action ("build and string up my first guitar").
WORDS_IN_ING = (
    Case("Build and string up my first archtop guitar by the end of next year.", "SMArT"),
    Case("Sew and string up the bunting for the village fete by June.", "SMArT"),
    Case("Measure and string out the new vegetable beds by April.", "SMArT"),
    Case("Dig and string out the footings for the garden room by May.", "SMArT"),
    Case("Tune and string up the three loan violins before the spring concert.", "SMArT"),
    Case("Build and paint my first canoe this summer.", "SMArT"),
    Case("Safeguarding refresher done by March.", "SMArT"),
    Case("Keep networking with other practice managers.", "smArt"),
    # the shortest texts
    Case("Build and string", "smArt"),
    Case("string", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + WORDS_IN_ING

# A pronoun after the lead of its sentence ("Want to rewrite it", "Aiming to pass it") stands
# for a thing an earlier sentence names ("The staff handbook is out of date."), as concrete as
# that thing; with nothing named before it, or an abstract word ("my fitness"), it names
# nothing.
EARLIER_SENTENCE = (
    Case(
        "Get better at admin. The staff handbook is out of date. Want to rewrite it this spring.",
        "SMART",
    ),
    Case("Be more organised. Our TRIM audit is coming up. Hoping to pass it first time.", "SMARt"),
    Case("Improve the garden. The old shed is rotten. Want to replace it by April.", "SMART"),
    Case("Grow the choir. The carol concert is our big night. Hoping to sell it out.", "SMARt"),
    Case(
        "Work on my finances. My ISA is maturing. Plan to move it to a fixed-rate account.", "SMARt"
    ),
    Case("Work on my fitness. Want to get it better.", "smArt"),
    Case("Nothing fits. Want to fix it.", "smArt"),
    # the shortest texts the walk back to an earlier sentence reaches
    Case("To fix it", "smArt"),
    Case("The van. To fix it", "SMARt"),
)
FOURTH_BATCH = FOURTH_BATCH + EARLIER_SENTENCE

# A label that names a thing ("EV Level 3 qualification:", "ASE A6 electrical systems —")
# is named before the pronoun after the lead, as an earlier sentence is: "aim to have it" acts
# on the qualification. A code in capitals, with or without digits ("A6", "CS38"), names a
# thing; a label of one abstract word ("Fitness:") names nothing to act on.
NAMED_BY_LABEL = (
    Case("EV Level 3 qualification: aim to have it within the next 4 months.", "SMArT"),
    Case("PTLLS course: want to finish it by June.", "SMArT"),
    Case("ASE A6 electrical systems — pass it by the spring.", "SMArT"),
    Case("IPAF 3a licence – hoping to get it by spring.", "SMArT"),
    Case("Fitness: keep it up.", "smArt"),
    Case("Confidence: build it.", "smArt"),
    # the shortest texts the walk back to the label reaches
    Case("A6: pass it", "SMArt"),
    Case(": renew it", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + NAMED_BY_LABEL

# A clause before the goal's in the same sentence ("I have led the patrol rota and want to
# keep leading it") names what a pronoun after the lead stands for, as an earlier sentence
# does; a gerund after "keep" acts on it. "and I want" opens a clause with a subject of its
# own, and "My team and I" joins subjects: neither names a thing there.
EARLIER_CLAUSE = (
    Case(
        "Since March 2025 I have led the neighbourhood patrol rota and want to keep leading it.",
        "SmArt",
    ),
    Case("I set up the parish food bank last year and want to keep running it.", "SmArt"),
    Case(
        "We opened the community fridge in June and want to keep stocking it every week.",
        "SMArT",
    ),
    Case("I took over the Brownies unit and hope to keep leading it next year.", "SmArT"),
    Case("I restored the church clock in 2024 and need to keep maintaining it.", "smArt"),
    Case("My team and I want to finish it.", "smArt"),
    Case("The van is old and I want to sell it.", "SMArt"),
    # the shortest texts the walk back to the earlier clause reaches
    Case("The rota and want to keep leading it", "SmArt"),
    Case("and want to keep leading it", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + EARLIER_CLAUSE

# A leading phrase that no comma closes ends where an order starts: a verb in its base form
# whose object opens with a determiner, a possessive, "all", "every" or a number. After a
# determiner the word is a noun ("the book club"), and a subject of its own makes it a
# statement, not an order.
UNMARKED_LEADS = (
    Case("From now on publish all our raw waveform data.", "SMArt"),
    Case("From now on log every near miss on the ward.", "SMArt"),
    Case("After the audit book a review with the finance team.", "SMArt"),
    Case("After the merger meet each branch manager in person.", "SMArt"),
    Case("With the new kiln fire 40 glazed pots a week.", "SMArT"),
    Case("After the audit, book a review with the finance team.", "SMArt"),
    Case("After the audit the book club meets.", "smArt"),
    Case("From now on the team publishes all our data.", "smArt"),
    # the shortest texts the look past the verb reaches
    Case("From now on publish", "smArt"),
    Case("After the audit book the", "smArt"),
    Case("After the audit book.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + UNMARKED_LEADS

# After "be" ("I'm", "we're", "to be"), a word in "-ing" with its object after it is the action
# going on, listed or not ("I'm sourcing tea direct"). From a start with no end it goes on,
# with no result done once; with a deadline it is done by then. With nothing after it, it is
# no action ("I'm struggling").
PROGRESSIVE_ACTIONS = (
    Case("I'm sourcing tea direct from Darjeeling estates by March.", "SMArT"),
    Case("From next week I'm sourcing tea direct from Darjeeling estates.", "SmArt"),
    Case("We're upcycling the old pallets into planters by June.", "SMArT"),
    Case("From May I'm running the Saturday club.", "SmArt"),
    Case("I'm running the Leeds 10k in May.", "SMArT"),
    Case("I want to be mentoring the new porters by spring.", "SMArT"),
    Case("I'm struggling.", "smArt"),
    Case("The rangers are issuing.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + PROGRESSIVE_ACTIONS

# A noun of an activity in "-ing" that a concrete noun before it names the kind of ("forklift
# training", "phlebotomy training") says which, as a course's name does; a quality before it
# ("leadership training", "confidence coaching", "advanced training") names something to
# grow, and a bare "training" names nothing.
KINDS_OF_ACTIVITY = (
    Case("Begin forklift training on 7 January.", "SmArt"),
    Case("Complete safeguarding training by March.", "SMArT"),
    Case("Start phlebotomy training in the spring.", "SmArt"),
    Case("Arrange defibrillator training for the cricket club by May.", "SMArT"),
    Case("Sign up for barista training at the roastery.", "SMArt"),
    Case("Start leadership training.", "smArt"),
    Case("Start confidence coaching.", "smArt"),
    Case("Do some welding training.", "smArt"),
    Case("Start training.", "smArt"),
    # a word in an adjective's ending ("additional", "advanced", "relevant") says how much or
    # how good, and a time of the day or the week ("evening", "weekend") when, not what kind
    Case("Complete additional training by June", "sMArT"),
    Case("Complete relevant training by June", "sMArT"),
    Case("Complete internal training by June", "sMArT"),
    Case("Complete specialist training by June", "sMArT"),
    Case("Complete advanced training by June", "sMArT"),
    Case("Complete weekend training by June", "sMArT"),
    Case("Complete evening training by June", "sMArT"),
    Case("Book professional mentoring by June.", "sMArT"),
    Case("Start morning drumming.", "smArt"),
    Case("Book equipment training for the ward by June.", "SMArT"),
    Case("Complete incident training by June.", "SMArT"),
)
FOURTH_BATCH = FOURTH_BATCH + KINDS_OF_ACTIVITY

# A reason that takes a place in a body or at its head ("so I can join the county squad", "so I
# can lead the night shift") names a role aimed at, as "so I can make partner" does: why the goal
# matters, not a concrete action that makes a vague headline specific. A figure in it still
# measures ("lead 3 budget reviews a year"), and an action of its own ("run the Leeds 10k") is
# read as before.
PLACES_AIMED_AT = (
    Case("Get fitter over the winter so I can join the county rowing squad.", "smART"),
    Case("Build my confidence on the wards so I can lead the night shift.", "smARt"),
    Case("Learn more about grant writing so that I can join the bid team.", "smARt"),
    Case("Pass the level 2 coaching badge so I can lead the under-10s.", "SMARt"),
    Case("Improve my spreadsheets so I can lead 3 budget reviews a year.", "SMART"),
    Case("Improve my fitness so I can run the Leeds 10k.", "SMARt"),
    # the place aimed at measures nothing the goal delivers, as "make partner" does not
    Case("Learn Python so I can join a startup.", "smARt"),
    Case("Get better at Excel so I can join the finance team.", "smARt"),
    Case("Improve my French so I can lead the Paris office.", "smARt"),
)
FOURTH_BATCH = FOURTH_BATCH + PLACES_AIMED_AT

# An order of one verb after a sentence that names a thing ("My CSCS card expires in March.
# Renew.") acts on that thing, as "Renew it." does, whether the sentence names it as its subject
# or not ("I let my CSCS card lapse in March. Renew."); after a sentence about nothing named
# ("Things have been hectic ...") or alone it acts on nothing.
ELIDED_OBJECTS = (
    Case("My CSCS card expires in March. Renew.", "SMArt"),
    Case("The Elm Road survey is overdue. Book.", "SMArt"),
    Case("The old minibus fails its MOT next month. Sell.", "SMArt"),
    Case("The fire risk assessment is out of date. Review.", "SMArt"),
    Case("Morale is low. Relax.", "smArt"),
    Case("Things have been hectic since the merger. Teach.", "smArt"),
    Case("Renew.", "smArt"),
    # a code in capitals may hold digits ("CS38"); a short form in capitals names nothing
    Case("CS38 runs out in March. Renew.", "SMArt"),
    Case("SQE1 resits open in May. Book.", "SMArt"),
    Case("NVQ3 portfolio is overdue. Submit.", "SMArt"),
    Case("ASAP. Book.", "smArt"),
    # a verb that mostly stands alone acts on nothing the sentence before names
    Case("The boss is mad. Run.", "smArt"),
    Case("The van is broken. Walk.", "smArt"),
    Case("The quarterly audit is due. Go.", "smArt"),
    Case("The Leeds office is closing. Quit.", "smArt"),
    # the shortest texts the look past the verb and at the sentence before reach
    Case("BOSIET runs out. Renew", "smArt"),
    Case("The. Sell.", "smArt"),
    # the thing named as the object, or after a preposition, of a sentence about the writer
    Case("I let my CSCS card lapse in March. Renew.", "SMArt"),
    Case("I let my gym membership slide. Cancel.", "SMArt"),
    Case("We outgrew the old CRM. Migrate.", "SMArt"),
    Case("I haven't touched my thesis draft since June. Finish.", "SMArt"),
    Case("We never finished the stock count at the Leeds depot. Finish.", "SMArt"),
    Case("I keep forgetting the weekly safety log. Automate.", "SMArt"),
    Case("I wrote half of the grant bid in September. Submit.", "SMArt"),
    Case("My passport expired. Renew.", "SMArt"),
    # a sentence about the writer that names no thing still leaves the order acting on none
    Case("I have been stressed. Relax.", "smArt"),
    Case("Everyone is tired. Rest.", "smArt"),
    Case("I was so busy last term. Teach.", "smArt"),
    Case("I. Sell.", "smArt"),
    Case("Things went wrong after the merger. Fix.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + ELIDED_OBJECTS

# A denial leaves what it acts on named: the object a complement narrows ("never ship a drawing
# with a tolerance error") is as concrete as after an action done. A light verb's noun under a
# denial ("never make a mistake on a tax return") is an event to avoid, not a thing.
DENIED_OBJECTS = (
    Case("Never ship a drawing with a tolerance error again.", "Smart"),
    Case("Never sign off a scaffold with missing toe boards.", "Smart"),
    Case("Never release a batch with an unsigned QC sheet.", "SmArt"),
    Case("Never get negative feedback from the night team.", "smart"),
    Case("Never ship a drawing.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + DENIED_OBJECTS

# An adverb of how the work is done before the action ("single-handedly repaint", "gently
# introduce") is not the action: specific, measurable and time-bound are read for the verb
# after it. A verb in "-ly" ("rally") is the action itself, and a word in "-ly" that says when
# or how often ("Weekly reports") opens no action.
MANNER_BEFORE_ACTION = (
    Case("Single-handedly repaint the garden shed this weekend.", "SMArT", "2026-11-29"),
    Case("Gently introduce the new rota to the team next week.", "SMArT", "2026-12-06"),
    Case("Patiently teach my son to ride his bike this summer.", "SMArT", "2027-08-31"),
    Case("Calmly present the Q1 budget to the trustees on 12 January.", "SMArT", "2027-01-12"),
    Case("Carefully proofread the 40-page grant bid by Friday.", "SMArT", "2026-11-27"),
    Case("Steadily pay off my £3,000 credit card debt by June.", "SMArT", "2027-06-30"),
    Case("Quickly update my CV.", "SMArt"),
)
FOURTH_BATCH = FOURTH_BATCH + MANNER_BEFORE_ACTION

# The short name of a kind of figure ("KPIs", "OKRs", "NPS") names no one thing, in any
# casing: what is met or hit is only as concrete as its owner or figure makes it.
METRIC_NAMES = (
    Case("Meet KPIs.", "smArt"),
    Case("MEET KPIS.", "smArt"),
    Case("meet kpis", "smArt"),
    Case("Hit OKRs.", "smArt"),
    Case("Hit our OKRs by March.", "SmArT", "2027-03-31"),
    Case("Meet my KPIs every month.", "SMArT"),
    Case("Raise NPS from 32 to 45 by March.", "SMArT", "2027-03-31"),
    Case("Present the NPS results to the board by Friday.", "SMArT", "2026-11-27"),
)
FOURTH_BATCH = FOURTH_BATCH + METRIC_NAMES

# A word in quotes is a title or a grade ("'Excellent'", "'Best Newcomer'"), not a state or a
# direction, in any casing; the same word without quotes stays vague.
QUOTED_NAMES = (
    Case("Get an 'Outstanding' grade at our next Ofsted visit.", "SMArT"),
    Case("GET AN 'OUTSTANDING' GRADE AT OUR NEXT OFSTED VISIT.", "SMArT"),
    Case("get an 'outstanding' grade at our next ofsted visit.", "SMArT"),
    Case("Score 'Excellent' in my next appraisal.", "SMArT"),
    Case("SCORE 'EXCELLENT' IN MY NEXT APPRAISAL.", "SMArT"),
    Case("score 'excellent' in my next appraisal", "SMArT"),
    Case(
        "We will win the 'Best Newcomer' award at the county show in June.", "SMArT", "2027-06-30"
    ),
    Case(
        "WE WILL WIN THE 'BEST NEWCOMER' AWARD AT THE COUNTY SHOW IN JUNE.", "SMArT", "2027-06-30"
    ),
    Case("Earn a 'Good' rating on every ward audit this year.", "SMArT", "2026-12-31"),
    Case("EARN A 'GOOD' RATING ON EVERY WARD AUDIT THIS YEAR.", "SMArT", "2026-12-31"),
    Case('Get a "Very Good" hygiene score for the bakery by spring.', "SMArT"),
    Case('GET A "VERY GOOD" HYGIENE SCORE FOR THE BAKERY BY SPRING.', "SMArT"),
    Case("Be more confident.", "smArt"),
    Case("BE MORE CONFIDENT.", "smArt"),
    Case("Get an excellent grade.", "smArt"),
    Case("GET AN EXCELLENT GRADE.", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + QUOTED_NAMES

# One letter joined by a hyphen to the word after it ("A-level", "T-shirt", "X-ray") is the
# first part of a compound, with its capital in any casing, never the article "a".
LETTER_COMPOUNDS = (
    Case("Teach A-level psychology from next September.", "SMArt"),
    Case("TEACH A-LEVEL PSYCHOLOGY FROM NEXT SEPTEMBER.", "SMArt"),
    Case("teach a-level psychology from next september.", "SMArt"),
    Case("Teach A-Level Psychology From Next September.", "SMArt"),
    Case("Would it be possible to mark A-level coursework next summer?", "SMArT", "2027-08-31"),
    Case("WOULD IT BE POSSIBLE TO MARK A-LEVEL COURSEWORK NEXT SUMMER?", "SMArT", "2027-08-31"),
    Case("would it be possible to mark a-level coursework next summer?", "SMArT", "2027-08-31"),
    Case("Order 200 T-shirts for the fun run by March.", "SMArT", "2027-03-31"),
    Case("ORDER 200 T-SHIRTS FOR THE FUN RUN BY MARCH.", "SMArT", "2027-03-31"),
    Case("Get the X-ray room recertified before the April audit.", "SMArT"),
    Case("GET THE X-RAY ROOM RECERTIFIED BEFORE THE APRIL AUDIT.", "SMArT"),
    Case("get the x-ray room recertified before the april audit.", "SMArT"),
    Case("Build an e-learning module on fire safety.", "SMArt"),
    Case("BUILD AN E-LEARNING MODULE ON FIRE SAFETY.", "SMArt"),
    Case("build an e-learning module on fire safety.", "SMArt"),
    # the shortest texts the look two tokens on reaches: a compound, and a hyphen at the end
    Case("x-y", "smArt"),
    Case("A-", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + LETTER_COMPOUNDS

# A clause that a mark sets apart and "because", "which" or "who" opens says why or remarks on
# the goal ("(ongoing), which my manager asked for", "asap!! because it matters"): its verb is
# no action of the goal's, so a vague goal stays vague; an order after the mark still counts.
REMARKS_AFTER_A_MARK = (
    Case("Deepen my practice (ongoing), which my manager asked for.", "smArt"),
    Case("Keep reading round the subject — ongoing, which my mentor suggested.", "smArt"),
    Case("Sort out the stock cupboard asap!! because it matters to my team.", "smARt"),
    Case("Get on top of admin (always), which the practice manager wants.", "smArt"),
    Case("Work on my confidence!! because the new role starts soon.", "smARt"),
    Case("Improve my pastry (ongoing), which the head chef asked for.", "smArt"),
    Case("Tidy the allotment (ongoing), who knows when.", "SMArt"),
    Case("Deepen my practice: join 2 peer supervision groups by March.", "SMArT", "2027-03-31"),
    Case("Improve my pastry (ongoing): bake 3 practice tarts a week.", "SMArT"),
    Case("Get on top of admin - clear the 40 unread claims by Monday.", "SMArT"),
    Case("Network more (ongoing); book 2 coffees a month with other PMs.", "SMArT"),
    Case("Work on my confidence!! Present at 3 team huddles before Easter.", "SMArT"),
    Case(
        "Be a calmer presence on the ward; as agreed, finish the 6-week mindfulness course.",
        "SMArt",
    ),
    # the shortest texts the look past the mark reaches: a remark word, then nothing
    Case("Read more (ongoing), which", "smArt"),
    Case("Read more!! which", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + REMARKS_AFTER_A_MARK

# Getting ready for an occasion named after "for" ("prepare for the APC assessment", "train
# for the Great North Run") names what the work comes before, not a result it delivers, as
# "work towards" does: neither specific nor measurable, until a figure or a result done once
# ("and finish it in under 2 hours") says what is to be checked. The verb with its own object
# ("prepare the board pack") makes that thing. Studying for a test is read as learning is.
PREPARING_FOR = (
    Case("Prepare for the RICS APC final assessment in May.", "smArT", "2027-05-31"),
    Case("Prepare for the National Rigging Certificate over the next year.", "smArT", "2027-11-25"),
    Case("Train for the Great North Run.", "smArt"),
    Case("Get ready for the Ofsted inspection.", "smArt"),
    Case("I'm preparing for my driving test.", "smArt"),
    Case("Preparing for the Level 4 plumbing exam this spring.", "smArT", "2027-05-31"),
    Case("We will prepare for the Michelin inspection this winter.", "smArT", "2027-02-28"),
    Case("Prepare the board pack for the March meeting.", "SMArT", "2027-03-31"),
    Case("Revise the staff handbook by Friday.", "SMArT", "2026-11-27"),
    Case("Train 3 new starters on the till by March.", "SMArT", "2027-03-31"),
    Case("Prepare a 10-minute talk for the regional conference.", "SMArt"),
    Case("Prepare for and pass the NEBOSH General Certificate by June.", "SMArT", "2027-06-30"),
    Case("Train for the Great North Run and finish it in under 2 hours.", "SMArt"),
    Case("Revise for the theory test with 40 mock questions a week.", "SMArT"),
    Case("Train for 30 minutes every day.", "SMArT"),
    Case(
        "Get ready for the inspection by completing all 12 audits before February.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Sit and pass the Level 4 plumbing exam this spring.", "SMArT", "2027-05-31"),
    Case("Book and prepare for the IELTS exam by April.", "SMArT", "2027-04-30"),
    # the shortest texts the pair reaches
    Case("Prepare for", "smArt"),
    Case("Get ready", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + PREPARING_FOR

# A light verb takes its meaning from the task it names ("do the level 2 course" is to complete
# it): a number inside that name ("level 2", "part 2", "band 5") is part of the name, and leaves
# the task as concrete as "do the safeguarding course".
NUMBERED_TASKS = (
    Case("I want to finally do the food hygiene level 2 course this year.", "SMArT", "2026-12-31"),
    Case("Do the level 3 safeguarding course.", "SMArt"),
    Case("Do the part 2 written exam by June.", "SMArT", "2027-06-30"),
    Case("Do the band 5 preceptorship workbook by spring.", "SMArT", "2027-05-31"),
    Case("Do my year 1 portfolio review before Easter.", "SMArT", "2027-03-27"),
    Case("Take the unit 7 practical with the assessor.", "SMArt"),
    Case("Have my stage 2 interview with the panel in January.", "SMArT", "2027-01-31"),
    Case("Do my level 2", "SMArt"),
    # a number does not make a quality or an amount a task
    Case("Do the level 2 better.", "smArt"),
    Case("Do more level 2 stuff.", "smArt"),
    Case("Do a good level 3 job.", "smArt"),
    Case("Take better care of unit 4.", "smArt"),
    Case("Do the 2", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + NUMBERED_TASKS

# A comparative after "the" in a complement that follows the action's object ("write help
# articles for the top recurring issues", "run fire drills on the busiest wards") says which
# things the object is for, a set known now, as "one of the older vans" picks members out: the
# object stays concrete. In the object itself ("make the best sourdough") it is the quality
# aimed at.
PICKED_BY_COMPARATIVE = (
    Case("Write help articles for the top recurring issues by March.", "SMArT", "2027-03-31"),
    Case(
        "25 knowledge base articles to be written for the top recurring issues by 31 March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Run fire drills on the busiest wards before Christmas.", "SMArT", "2026-12-24"),
    Case("Send renewal letters to the largest accounts in January.", "SMArT", "2027-01-31"),
    Case("Book refresher training for the newest drivers by Easter.", "SMArT", "2027-03-28"),
    Case("Order spare parts for the oldest pumps this month.", "SMArT", "2026-11-30"),
    Case("Accounts reconciled for the biggest clients by Friday.", "SMArT", "2026-11-27"),
    Case("Write a care plan for the most frail residents.", "SMArt"),
    # in the object itself, or with no object before it, the quality aimed at
    Case("Make the best sourdough in town.", "smArt"),
    Case("Deliver the best possible service.", "smArt"),
    Case("Get into the best university.", "smArt"),
    Case("Become the best nurse on the ward.", "smArt"),
    # the shortest texts the look after the comparative reaches
    Case("Write it for the top", "smArt"),
    Case("Write it for the best.", "smArt"),
    Case("Send cards to the top", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + PICKED_BY_COMPARATIVE

# After "ensure" or "make sure" the goal is the clause that follows: its subject is what the
# goal covers and its verb the action, in the plural ("all new starters complete ...", "the
# children in Butterflies room get ...") as in the singular ("every patient gets ...").
ENSURED_CLAUSE_PLURAL = (
    Case("Make sure the children in Butterflies room get learning journey updates.", "SmArt"),
    Case("Ensure all new starters complete fire safety training in their first week.", "SMArT"),
    Case("Ensure the kitchen staff clean the fryers every Friday.", "SMArT"),
    Case("Make sure our drivers log their hours on the tachograph app.", "SMArt"),
    Case(
        "Make sure all the volunteers sign the new code of conduct by March.", "SMArT", "2027-03-31"
    ),
    # a subject in the singular, or a passive, as before
    Case("Ensure every patient gets a discharge letter on the day they leave.", "SMArT"),
    Case("Make sure the van passes its MOT in March.", "SMArT", "2027-03-31"),
    Case("Ensure the boiler is serviced before winter.", "SMArT", "2026-11-30"),
    # a clause of a feeling or a direction stays vague
    Case("Ensure our members feel valued.", "smArt"),
    Case("Ensure all the teams improve.", "smArt"),
    Case("Make sure the children are happy.", "smArt"),
    # the shortest texts the look for the verb reaches
    Case("Ensure all new starters", "smArt"),
    Case("Make sure the staff", "smArt"),
    Case("Ensure the people get", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + ENSURED_CLAUSE_PLURAL

# A label noun or a grade and its number ("Band 6 post", "Grade 5 theory", "Level 2
# certificate") name one thing in any casing, so "it" after them stands for that thing.
LABELLED_ANTECEDENTS = (
    Case("Band 6 post: apply for it by March.", "SMArT", "2027-03-31"),
    Case("BAND 6 POST: APPLY FOR IT BY MARCH.", "SMArT", "2027-03-31"),
    Case("band 6 post: apply for it by march.", "SMArT", "2027-03-31"),
    Case("Grade 5 theory: pass it by June.", "SMArT", "2027-06-30"),
    Case("GRADE 5 THEORY: PASS IT BY JUNE.", "SMArT", "2027-06-30"),
    Case("grade 5 theory: pass it by june.", "SMArT", "2027-06-30"),
    Case("Module 4 essay: submit it before 10 January.", "SMArT"),
    Case("MODULE 4 ESSAY: SUBMIT IT BEFORE 10 JANUARY.", "SMArT"),
    Case("Level 2 food hygiene certificate: renew it in the spring.", "SMArT"),
    Case("LEVEL 2 FOOD HYGIENE CERTIFICATE: RENEW IT IN THE SPRING.", "SMArT"),
    Case("level 2 food hygiene certificate: renew it in the spring.", "SMArT"),
    Case("Theory: pass it by June.", "sMArT", "2027-06-30"),
    Case("THEORY: PASS IT BY JUNE.", "sMArT", "2027-06-30"),
    Case("Fitness - keep at it", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + LABELLED_ANTECEDENTS

# A plural with no determiner right after the action, after a modifier that names its kind
# ("host author events", "mentor apprentice electricians", "publish research papers"), says
# what the action acts on, as the README's rule for S asks (a concrete action and what it acts
# on): specific, though how many is unsaid, so not measurable.
KIND_PLURALS = (
    Case("Host author events.", "SmArt"),
    Case("Chase supplier invoices by Friday.", "SmArT", "2026-11-27"),
    Case("Run phonics workshops for parents.", "SmArt"),
    Case("Install smoke alarms in the flats above the shop.", "SMArt"),
    Case("Book safeguarding refreshers for the Saturday coaches.", "SMArt"),
    Case("Record podcast episodes.", "SmArt"),
    Case("Plant hedgerow saplings along the north field.", "SmArt"),
    Case("Publish research papers.", "SmArt"),
    Case("Mentor apprentice electricians.", "SmArt"),
    Case("Answer customer emails within a day.", "SmArT", "2026-11-26"),
    Case("Organise charity quizzes this winter.", "SmArT", "2027-02-28"),
    # a lone plural, a quality anyone may claim, a change named as a noun, a particle or a
    # denial before the object: as before
    Case("Plant trees.", "smArt"),
    Case("Attend conferences.", "smArt"),
    Case("Visit large depots.", "smArt"),
    Case("Make small improvements.", "smArt"),
    Case("Make quick wins.", "smArt"),
    Case("Chase up sources.", "smArt"),
    Case("Never send draft invoices.", "smArt"),
    Case("Hire engineers.", "smArt"),
    # the shortest text the look at the modifier reaches
    Case("Write blog posts", "SmArt"),
)
FOURTH_BATCH = FOURTH_BATCH + KIND_PLURALS

# A light verb takes its meaning from the task it names, and a plural after a modifier of its
# kind names one as "a site visit" does, with no determiner ("do site visits", "start doing
# video walk-rounds of used stock"): specific, as "host author events" is.
LIGHT_VERB_KIND_PLURALS = (
    Case("Start doing video walk-rounds of used stock.", "SmArt"),
    Case("Do site visits every Friday.", "SMArT"),
    Case("Start doing toolbox talks with the night crew.", "SmArt"),
    Case("Keep doing fire drills each term.", "SMArT"),
    Case("Do home visits for the housebound members.", "SMArt"),
    Case("Have weekly catch-ups with each apprentice.", "SMArT"),
    Case("Take blood pressure readings at every clinic.", "SMArt"),
    # an amount, a quality, a vague noun or a lone plural is still no task
    Case("Do more site visits.", "smArt"),
    Case("Start doing things differently.", "smArt"),
    Case("Do better work.", "smArt"),
    Case("Keep doing your utmost.", "smArt"),
    Case("Start doing exercises.", "smArt"),
    Case("Do big projects.", "smArt"),
    # the shortest texts the look at the plural reaches
    Case("Start doing", "smArt"),
    Case("Do site", "smArt"),
)
FOURTH_BATCH = FOURTH_BATCH + LIGHT_VERB_KIND_PLURALS
