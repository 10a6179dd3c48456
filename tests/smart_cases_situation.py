"""Goal statements on which clause is the goal and what makes an action name an end, labelled
before the evaluator read them.

Same notation as ``smart_cases`` (verdict letters, ``deadline``), read on the same ``AS_OF``.
Written in fields the other batches have few of (food banks, choirs, haulage, dentistry, school
classes, bakeries, archives, physiotherapy, allotments, theatre, boatyards) in the shapes that
decide which clause is the goal: a statement of how things are or were (a subject and a finite
verb, no wish), then the clause that wishes, promises or orders. The statement's figures are
neither the goal's measure nor what makes it specific, and its dates are not its deadline.

A deadline is given only where a careful reader resolves one date.
"""

from __future__ import annotations

from smart_cases import Case

# The situation first, then the wish, the promise or the order.
SITUATION_FIRST = (
    Case(
        "Our food bank serves 300 families a week, and I want to recruit 10 more Saturday "
        "drivers by the end of March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("The practice has 4 dentists; I'd like to make the waiting room calmer.", "smArt"),
    Case("I teach 28 Year 6 pupils and I want to make my lessons more fun.", "smArt"),
    Case("We lost 12 singers last spring. I want the choir to feel welcoming again.", "smArt"),
    Case("The bakery bakes 900 loaves a day. Make the morning shift smoother.", "smArt"),
    Case(
        "Our allotment society raised £4,000 in 2025; this year I'd like to raise £6,000 at the "
        "summer show.",
        "SMArT",
    ),
    Case(
        "Since our archivist retired in September, I need to catalogue the 40 boxes of parish "
        "records by the end of June 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Since the harbour master left on 1 September, we need to appoint a new one.",
        "SMArt",
    ),
    Case("The boatyard has 3 cranes and 60 moorings; I want to contribute more.", "smArt"),
    Case(
        "I see 14 patients a day. I'd like to write up every set of notes within an hour of "
        "the appointment.",
        "SMArT",
    ),
    Case(
        "Our waiting list has grown to 80 families. So I'll open a second Saturday session by "
        "March.",
        "SMART",
        "2027-03-31",
    ),
    # "Never" with a participle tells where the goal starts from; the goal follows.
    Case(
        "Never managed a budget; draft the ward's 2027 staffing budget by 31 January.",
        "SMArT",
        "2027-01-31",
    ),
)

# The first clause is the goal: an order, a plan told in the present, a goal word, a habit.
GOAL_FIRST = (
    Case("I swim 40 lengths three times a week.", "SMArT"),
    Case(
        "I'm sitting the ACCA Financial Reporting paper in June and I want to pass it first time.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Repaint the three rehearsal rooms over the Easter break, as I want them ready for the "
        "summer season.",
        "SMART",
    ),
    Case(
        "My aim is to qualify as a chartered physiotherapist by July 2028 so I can open my own "
        "clinic.",
        "SMART",
        "2028-07-31",
    ),
)

# A wish for what others do: the action is the one after "to".
WISHED_FOR = (
    Case(
        "I'd like the night team to complete the new falls e-learning by 31 January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("I want our volunteers to feel more appreciated.", "smArt"),
    Case("We want the theatre to do better this season.", "smArT"),
)

CLAUSE_CASES = (*SITUATION_FIRST, *GOAL_FIRST, *WISHED_FOR)

# An object left in a quality or moved in a direction, with no figure or place behind it: the
# action names no end. With a figure it does.
NO_END = (
    Case("Make the school run calmer.", "smArt"),
    Case("Get our café out there.", "smArt"),
    Case("Get the ward's falls numbers down.", "smArt"),
    Case("Keep the weekend rota fairer.", "smArt"),
    Case("Push our membership renewals up this spring.", "smArT"),
    Case("Make the bathroom grout whiter.", "smArt"),
    Case("Get the Year 4 spelling scores up by 10 points by July.", "SMArT", "2027-07-31"),
    Case("Bring the agency hours down to 40 a week by March.", "SMArT", "2027-03-31"),
    Case("Get the new marquee up before the village fete.", "SMArT"),
)

# An open part of a set said by "the" or by name: which thing is said (S), how much is not (M).
SOME_OF = (
    Case("Catalogue some of the donated vinyl records at the charity shop.", "SmArt"),
    Case("Scan a few of the old ward registers.", "SmArt"),
    Case("Collect some baseline readings for the Thornbury river survey.", "SmArt"),
    Case(
        "Plant several of the donated fruit trees by the end of February.",
        "SmArT",
        "2027-02-28",
    ),
    Case("Fix a few things in the kitchen.", "smArt"),
    Case("Book lots of gigs.", "smArt"),
)

# A thing said by how others will take it ("a game people love"): no one can tick it off. What
# it does, or a figure, can be checked.
RECEPTION = (
    Case("Bake a cake my daughter loves for her birthday.", "smArt"),
    Case("Give a talk the apprentices will remember.", "smArt"),
    Case("Write a sales pitch clients love.", "smArt"),
    Case("Build a website the charity can update itself by March.", "SMArT", "2027-03-31"),
    Case("Design a bird hide 40 visitors a day enjoy by June 2027.", "SMArT", "2027-06-30"),
)

# Helping with no object, at a place, on a cadence: turns served there, which can be counted.
TURNS_SERVED = (
    Case("Help at the lifeboat station shop every second Saturday.", "SMArT"),
    Case("Support in my daughter's Year 2 classroom every Tuesday morning.", "SMArT"),
    Case("Volunteer at the hospice café twice a month.", "SMArT"),
    Case("Help in the team every week.", "smArT"),
    Case("Help in my new role every day.", "smArT"),
    Case("Help at the food bank.", "smArt"),
)

# A capability to hold ("be able to ..."): not a result done once; a figure still measures it.
CAPABILITY = (
    Case("Be able to close the pharmacy on my own by the end of February.", "SmArT", "2027-02-28"),
    Case("I want to be able to lead the Sunday service music without the organist.", "SmArt"),
    Case("Be able to carry out 20 blood draws a shift by March.", "SMArT", "2027-03-31"),
    Case("Be able to plaster a full ceiling in under 4 hours by the summer.", "SMArT"),
)

# When an activity starts that goes on ("start ringing lapsed donors in January"): a start, not
# a deadline. A deadline for the start ("by"), a cadence or a second date still bounds it.
ACTIVITY_STARTS = (
    Case("I'll start ringing our lapsed donors in January.", "SmArt"),
    Case("Begin shadowing the duty pharmacist on 4 January.", "SmArt"),
    Case("Start swimming twice a week at the leisure centre in February.", "SMArT"),
    Case("Start physio exercises by Monday.", "smArT", "2026-11-30"),
    Case(
        "Start drafting the grant bid in January and submit it to the trust by 31 March.",
        "SMArT",
        "2027-03-31",
    ),
)

# An activity begun or kept up on a named thing after a preposition: specific, not a result.
NAMED_ACTIVITY = (
    Case("Start competing at BD Discovery level next spring.", "SmArt"),
    Case("Keep volunteering at RNLI Skegness.", "SmArt"),
    Case("Start revising for the GCSE resits in January.", "SmArt"),
    Case("Start training again.", "smArt"),
)

ALL_CASES = (
    *NAMED_ACTIVITY,
    *CLAUSE_CASES,
    *NO_END,
    *SOME_OF,
    *RECEPTION,
    *TURNS_SERVED,
    *CAPABILITY,
    *ACTIVITY_STARTS,
)

# An adverb of how often between a subject and its verb ("the market usually picks up", "the
# boiler sometimes cuts out") tells how things go: the first sentence is the situation, and its
# dates are not the goal's.
HABITS_TOLD = (
    Case("Trade usually slows down by January. Grow my mailing list.", "smArt"),
    Case(
        "The van often breaks down in January. Book it in for a full service by 20 December.",
        "SMArT",
        "2026-12-20",
    ),
    Case("Harvest generally starts in August. Hire 10 pickers by July.", "SMArT", "2027-07-31"),
    Case(
        "The clinic usually runs 20 minutes late. Cut the overrun to 5 minutes by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("The printer rarely works on Mondays. Fix it.", "SMArt"),
)
ALL_CASES = (*ALL_CASES, *HABITS_TOLD)

# A list mark or a label naming the box is layout: the goal after it is read as if it stood
# alone. Each goal here is checked plain and under every mark and label of ``LAYOUTS``.
LAID_OUT = (
    Case("Repot the 40 bonsai in the nursery before the spring rush.", "SMArT"),
    Case(
        "Catalogue 200 seed packets for the community library by 30 April 2027.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Shadow the night charge nurse for two shifts before my appraisal.", "SMArT"),
    Case(
        "Cut the mean time to close a fault ticket from 9 days to 4 by the end of Q2.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Host a quarterly open evening for prospective volunteers.", "SMArT"),
    Case("Be a kinder reviewer.", "smArt"),
    Case("I will complete the Level 3 food safety course by February.", "SMArT", "2027-02-28"),
    Case("Raise £2,500 for the hospice through a sponsored walk in May.", "SMArT", "2027-05-31"),
    Case("Get my HGV class 1 licence within 6 months.", "SMArT", "2027-05-25"),
    Case("Mentor two apprentices through their end-point assessment this year.", "SMArT"),
    Case("Translate the volunteer handbook into Polish and Urdu by the AGM.", "SMArT"),
    Case("Improve stakeholder engagement.", "smArt"),
    Case("Publish one blog post a fortnight about our conservation work.", "SMArT"),
    Case("Answer every supplier invoice query within 3 working days.", "SMArT"),
    Case("Write a 100,000-word thesis by next Friday.", "SMarT", "2026-12-04"),
    Case(
        "Our pantry serves 90 families a week; I want to add a Saturday session by March.",
        "SMArT",
        "2027-03-31",
    ),
)
# Marks and labels a goal box puts before a goal.
LAYOUTS = (
    "Goal: ", "GOAL: ", "My goal: ", "Objective - ", "Target: ", "KR2: ", "Development goal 3: ",
    "Goal #2 – ", "- ", "• ", "* ", "1. ", "2) ", "(a) ", "* Goal: ", "Key result 1 — ",
    # any sign that stands alone is a mark, an empty or ticked box too, and a roman numeral
    "+ ", "→ ", "▪ ", "~ ", "= ", "[ ] ", "[] ", "[x] ", "[✓] ", "( ) ", "iv. ", "ii) ",
    "+ Goal: ", "[ ] 3) ",
    # a short noun phrase naming the box, whatever its head, is a label too
    "Personal pledge: ", "Area of practice - ", "Item 2.4: ", "Career ambition 2: ",
    "Workstream - ", "Training need: ", "Headline commitment — ", "Our shared intention: ",
)  # fmt: skip
ALL_CASES = (*ALL_CASES, *LAID_OUT)

# An order opens its sentence with its verb, whatever the word: a word followed by what an
# action acts on (a determiner, a figure, a second verb that shares the object) is no subject,
# for a subject is followed by its verb. After a statement, that sentence is the goal.
ORDERS_BY_POSITION = (
    Case("Our bakery sells 300 loaves a day. Ice 60 cupcakes for every Saturday market.", "SMArT"),
    Case(
        "Our team answered 500 calls last week. Triage and log every call within 2 minutes.",
        "SMArT",
    ),
    Case(
        "The yard has 3 forklifts. Sit and pass the counterbalance forklift test by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Our practice billed 1,400 hours in 2025. Bill 1,600 hours in 2027.", "SMArT", "2027-12-31"
    ),
    Case(
        "The depot runs 12 vans. Geofence every van by the end of January.", "SMArT", "2027-01-31"
    ),
)
ALL_CASES = (*ALL_CASES, *ORDERS_BY_POSITION)

# A first sentence of context with no figure and no time states how things are and holds
# nothing the goal could use: the goal after it is read as if it stood alone. Each goal of
# ``LAID_OUT`` is also checked after every sentence of ``CONTEXTS``.
CONTEXT_FIRST = (
    Case(
        "Our charity is small. Zero missed safeguarding checks during Q1 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case("The audit team is new. Observe one colleague's lesson every half term.", "SMArT"),
    Case("The rota is a mess. Weekly 1:1s with each of my four direct reports.", "SMArT"),
    Case(
        "Our volunteers are brilliant. Qualify as a mountain leader before the summer season.",
        "SMArT",
    ),
    Case("Everyone is tired. Write 500 novels by Friday.", "SMarT", "2026-11-27"),
    Case("I have never run before. Run a marathon next week.", "SMarT", "2026-12-06"),
    # The goal acts on what the context names, or a feeling follows the goal.
    Case("The warehouse is a mess. Tidy it.", "SMArt"),
    Case("I mentor two new starters a month. I love it.", "SMArT"),
    # A label naming the result wanted makes the statement after it that result.
    Case(
        "Target: every site has a named first-aider. Deadline: by the end of March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Goal: Morale is low. Hold a monthly social for each shift.", "SMArT"),
    # A list after the context; an order or a clause of cause first is no context.
    Case(
        "My manager and I talked this through at my review. 1) Finish my portfolio 2) apply to"
        " 5 studios by March",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Because we lost three clients last year, improve service. I am excited about it.", "smARt"
    ),
    Case(
        "Shoot a dozen styled portraits before the spring fair. My manager supports this.", "SMArT"
    ),
    Case(
        "Marco is expected to pass his radar validation before his next appraisal. My manager"
        " supports this.",
        "SMArT",
    ),
    # A question asks and is no goal; one with a figure or a time, or with only a comment
    # after it, may be the goal itself.
    Case("Where should I begin? Qualify as a scuba instructor by June.", "SMArT", "2027-06-30"),
    Case(
        "How do teachers find time? Mark every exercise book within 2 days of each lesson.",
        "SMArT",
    ),
    Case("Can I swim 2km by July? I hope so.", "SMArT", "2027-07-31"),
    Case("How can I become a better listener? My manager supports this.", "smArt"),
    Case("Why? Go.", "smArt"),
    Case("Is it? Bake 40 loaves by Friday.", "SMArT", "2026-11-27"),
    # A time in a statement of how things are is the statement's when a goal of its own
    # follows; with only a feeling after it, it may be the goal's.
    Case(
        "The bakery is packed on Saturdays. Train two new counter staff by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "My appraisal is in the autumn. Run 2 lunch-and-learn sessions by February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Our choir rehearses every Thursday. I'd like to learn the alto part.", "smArt"),
    Case("Zero falls on the ward this winter. I am proud of it.", "SMArT", "2027-02-28"),
    # The goal after a sentence of context is read as if it stood alone: with its own
    # sentence of context, label or list mark.
    Case(
        "The lab is cramped. As a new technician, I am still learning. Validate 2 new assays by"
        " March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Our choir is tiny. Goal: recruit 6 new tenors by Easter.", "SMArT", "2027-03-28"),
    Case(
        "Why does this matter? Our team is stretched. Hire a second receptionist by June.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Is this realistic? KR1: cut the waiting list to 40 patients by May.",
        "SMArT",
        "2027-05-31",
    ),
    # "May" as a month is no modal: the statement that holds it tells what was.
    Case(
        "The ward is calm. Our matron retired in May. Train 5 healthcare assistants in sepsis"
        " screening this quarter.",
        "SMArT",
        "2026-12-31",
    ),
    # A phrase that narrows the subject ("for next year", "at the pharmacy") comes before the
    # statement's verb; a goal told without a verb is still the goal.
    Case(
        "The queue at the pharmacy is long. Cut waits to 10 minutes by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Staff in the kitchen need more training. Run 3 workshops by June.", "SMArT", "2027-06-30"
    ),
    Case("A 10% rise in sales by June.", "SMArT", "2027-06-30"),
    Case("Attendance at the clinic reaches 90% by June.", "SMArT", "2027-06-30"),
    Case(
        "Average wait on helpline calls: 12 minutes today, 5 by March. I'll check the figures"
        " every Monday.",
        "SMArT",
        "2027-03-31",
    ),
    # An order may open with an adverb before its verb: it is a goal of its own after a
    # statement that holds a time.
    Case("The office is quiet on Fridays. Always log every call within 24 hours.", "SMArT"),
    Case("Our busy season starts in March. Please send the rota by Friday.", "SMArT", "2026-11-27"),
    Case("The office is quiet on Fridays. Never miss a deadline again.", "smart"),
    # A time can be the subject of a statement of what was: the time is that statement's.
    Case("2024 was our best year yet. Recruit 4 nurses by May.", "SMArT", "2027-05-31"),
    Case("Last winter was brutal. Sign 5 new wholesale accounts by April.", "SMArT", "2027-04-30"),
    # A word in "-ing" and a comma open a phrase before the subject: no order.
    Case(
        "Looking back, 2025 was a slow year. Train four baristas on the new grinder by the end"
        " of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Writing 3 posts a week, as I did in 2024.", "SMArT"),
    # A subject joined to a pronoun by "and" takes its verb after the pronoun.
    Case(
        "The vets and I disagree about rotas. Draft a fair on-call rota by January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Sofia and I started in 2024. Mentor 2 new starters this quarter.", "SMArT", "2026-12-31"),
    # What another wants or expects is how things are; what the writer wants is the goal.
    Case(
        "Our head of year wants calmer corridors. Run 4 assemblies on respect by Easter.",
        "SMArT",
        "2027-03-28",
    ),
    Case("My manager wants me to finish the first-aid course by June.", "SMART", "2027-06-30"),
    Case(
        "My goal is to cut travel costs by 15% by March. I will start now.", "SMArT", "2027-03-31"
    ),
    # After a statement that holds a time, a goal with no verb of its own or one told in the
    # passive is still the goal; a feeling that exclaims is not.
    Case("The school year ends in July. Drive alignment on the Q2 roadmap.", "smArt"),
    Case("Our busy season starts in March. gas safe reg", "smArt"),
    Case("Zero falls on the ward this winter. Fingers crossed!", "SMART", "2027-02-28"),
)
# Sentences of context with no figure and no time.
CONTEXTS = (
    "Our team is busy and stretched. ",
    "Morale is low after the restructure! ",
    "We are a small charity with big ambitions. ",
    "Things are hectic at the depot. ",
    "The clinic feels chaotic.\n",
    # a time in a statement of what was is that event's; a leading phrase before the subject
    "We moved offices in the spring. ",
    "I talked this over with my mentor at our last catch-up. ",
    "As a new charge nurse, I am still learning the ropes. ",
    # a figure in a statement of how things are or were is the situation's, not the goal's
    "We have 3 vans and one driver. ",
    "Our ward has 28 beds. ",
    "The choir lost 6 singers over the summer. ",
    "I joined the trust in 2019. ",
    "Each of my 14 reports is remote. ",
    # a time in a statement of what was, in any past form or a perfect, is that event's
    "Our hostel got a new warden this autumn. ",
    "I have been a sous chef for four years. ",
    "We won the regional award this year. ",
    "My mentor told me this week that I am ready. ",
    # after a noun subject, a known verb in "-s" is the finite verb, however short
    "Our depot runs two shifts. ",
    "The vet sees most of the lame cows. ",
    "My line manager sits in another office. ",
    # "like" and "love" without "to" say how one feels, not what one wants
    "Honestly, I love my team. ",
    "We like the new rota. ",
    # after a plural that opens the statement, a bare word in lower case is its verb
    "Patients queue for too long at triage. ",
    "Drivers grumble about the new shift pattern. ",
    # a question asks: it orders and promises nothing
    "Why does this matter to me? ",
    "Is it too much? ",
    "Can we really do this? ",
    "Didn't we try this before? ",
    # a time in a statement of how things are is that statement's
    "The office is quiet on Fridays. ",
    "Our peak season begins in April. ",
    "My review is in the spring. ",
    # "May" as a month is a time, not a modal
    "Our matron retired in May. ",
    "We opened the café in May 2025. ",
    "My contract ended last May. ",
    # a phrase that narrows the subject comes before its verb
    "The budget for next year is tight. ",
    "Everyone on the ward works long shifts. ",
    "The car park at our depot is full by 8am. ",
    # a time can be what a statement is about
    "2024 was our best year yet. ",
    "Last winter was brutal. ",
    # a word in "-ing" and a comma open a phrase before the subject, not an order
    "Looking back, 2025 was a slow year. ",
    "Thinking ahead, the ward needs more nurses. ",
    # a subject joined to a pronoun by "and" takes its verb after the pronoun
    "Ahmed and I share the reception desk. ",
    "My sister and I run a bakery. ",
    # what another wants or expects is how things are for the writer
    "Our director expects a plan from each lead. ",
    "In short, things need to change. ",
    "The board expects a leaner budget. ",
)
ALL_CASES = (*ALL_CASES, *CONTEXT_FIRST)

# A form of "be" or "have" with its "not", contracted or not ("isn't", "hasn't"), tells how
# things are as the full form does: the goal is the clause after it.
BE_NOT = (
    Case("It isn't enough; I'll raise my sales by 20% this quarter.", "SMArT", "2026-12-31"),
    Case("It is not enough; I will raise my sales by 20% this quarter.", "SMArT", "2026-12-31"),
    Case(
        "I haven't taken a holiday in 2 years; book 10 days off before Easter.",
        "SMArT",
        "2027-03-27",
    ),
    Case(
        "The café wasn't busy on Mondays, so run a Monday lunch offer for 6 weeks.",
        "SMART",
        "2027-01-06",
    ),
    Case(
        "My manager hasn't seen my work; present my project at the March team meeting.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Members aren't renewing; win back 30 of them by June.", "SMArT", "2027-06-30"),
    Case("Stock counts aren't accurate; do a full count every month.", "SMArT"),
    Case("The van isn't reliable.", "smArt"),
    Case("Sales aren't growing.", "smArt"),
)
ALL_CASES = (*ALL_CASES, *BE_NOT)


# After the goal, a sentence whose subject points back ("It will not be easy!") comments on it,
# and an order for the writer ("Wish me luck.") asks the reader: the goal stays the first.
COMMENTS_AFTER = (
    Case("Rack up the 400 logged dive hours by June. It will not be easy!", "SMArT", "2027-06-30"),
    Case("Rack up the 400 logged dive hours by June. Wish me luck.", "SMArT", "2027-06-30"),
    Case("Zero missed school runs during the spring term. It will be hard.", "SMArT"),
    Case("Zero missed school runs during the spring term. Wish me luck.", "SMArT"),
    Case("Last year we sold 300 trees. This year I want to sell 450 by Christmas.", "SMArT"),
    # A statement, then an order for the writer: no goal at all, as with the statement alone.
    Case("The rota feels unfair. Wish me luck.", "smArt"),
    Case("Sort the filing. Help me!", "SMArt"),
)
ALL_CASES = (*ALL_CASES, *COMMENTS_AFTER)


# A first sentence that opens with a verb in the past and no subject is a note of what is done
# ("Completed chainsaw ticket 2024.", "Lost 3 clients last quarter."): the goal is the sentence
# after it, read as if it stood alone, and the note's action, figures and dates are not the
# goal's. "Been ..." tells how long something has gone on, read as before.
DONE_FIRST = (
    Case("Completed my chainsaw ticket in 2024. Next: tree climbing.", "smArt"),
    Case("Passed the level 2 barista course. Next: latte art.", "smArt"),
    Case("Lost 3 big clients last quarter. Win 2 new ones by March.", "SMArT", "2027-03-31"),
    Case("Did my first 10k in October. Run a half marathon in April.", "SMArT", "2027-04-30"),
    Case("Wrote 2 chapters over the summer. Finish the thesis by September.", "SMArT"),
    Case("Managed 14 covers a night in the summer. Get to 20 by Easter.", "SMArT"),
    Case("Finished the induction in May. Now get better at the rota.", "smArt"),
    Case("Opened the second shop in March. Then improve the website.", "smArt"),
    Case("Trained as a first aider last year; renew the certificate by June.", "SMArT"),
    Case("Completed the refit of the north ward.", "SMArt"),
    Case("Delivered 5 toolbox talks by June.", "SMArT"),
    Case("Been nursing for 20 years. Become a ward manager by 2028.", "SMArT"),
    # the shortest texts
    Case("Finished. Next:", "smArt"),
    Case("Finished. Now", "smArt"),
    Case("Finished.", "smArt"),
)
ALL_CASES = (*ALL_CASES, *DONE_FIRST)

# A first sentence in the past that holds a deadline is a result written as done, the way key
# results are: the goal itself, not a note. "After that" opens the goal; "OK" names nothing a
# pronoun could stand for; "move into place" is no field.
RESULT_WRITTEN_DONE = (
    Case("Reduced churn to 5% by March. Then review pricing.", "SMArT"),
    Case("Hired 3 engineers by June. Then onboard them.", "SMArT"),
    Case("Launched the new website by March. Measured by traffic.", "SMArT"),
    Case("Completed level 2. After that, pass level 3 by June.", "SMArT"),
    Case("OK. I want to renew it by June.", "smART"),
    Case("Move into place by June", "sMART"),
)
ALL_CASES = (*ALL_CASES, *RESULT_WRITTEN_DONE)

# A remark on what was done ("That was hard.", "It took a year.") after a note of it is no goal
# either: the goal is the sentence after the remark.
REMARK_AFTER_NOTE = (
    Case("Passed my driving test. That was hard. Book 10 motorway lessons by June.", "SMArT"),
    Case("Finished my NVQ. It took a year. Apply for 3 site manager posts by March.", "SMArT"),
    # the shortest texts
    Case("Passed. It was", "smARt"),
)
ALL_CASES = (*ALL_CASES, *REMARK_AFTER_NOTE)

# A figure in a clause that a word places at or before now ("now", "already", "so far", "to
# date") tells where the writer stands, whatever verb tells it ("I can ride", "I've published");
# a deadline in that clause, or a start ("from now on"), or a state kept ("up to date") does not.
SO_FAR = (
    Case("Get fitter on the bike; I can ride 40 km now.", "smArt"),
    Case("Post more often on the shop's Instagram (I've put up 3 posts so far).", "smArt"),
    Case("Grow my caseload – I already see 22 clients.", "smArt"),
    Case("Be a stronger fundraiser; we've raised £8,000 to date.", "smArt"),
    Case("Improve my Spanish; I know about 500 words now.", "smArt"),
    Case("Practise sight-reading more (6 pieces learned so far).", "smArt"),
    Case("Help the food bank more, I've done 4 shifts already.", "smArt"),
    Case("Work on my typing, I can do 45 words a minute now.", "smArt"),
    Case("Contribute to the wiki, having written 12 pages to date.", "smArt"),
    Case("Keep learning Excel; I already use 20 formulas.", "smArt"),
    Case("Become more confident with patients; I've done 15 home visits so far.", "smArt"),
    Case("Step up on the allotment - we grow 9 crops already.", "smArt"),
    Case("Run 10 km by June; I can run 5 km now.", "SMArT", "2027-06-30"),
    Case("Reach 30 clients by the summer; I already see 22.", "SMArT", "2027-08-31"),
    Case(
        "Raise £20,000 for the hospice by December; we've raised £8,000 to date.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Keep all 40 policies up to date every quarter.", "SMArT"),
    Case("From now on, call 5 customers a day.", "SMArT"),
    Case("Answer 95% of tickets within a day, as we already do 80% now.", "SMArT"),
    Case("I can do 20 press-ups now and want to do 40 by May.", "SMArT", "2027-05-31"),
    Case("Visit 3 schools a month; so far I have visited 1.", "SMArT"),
    Case("Learn 200 new words by now next year.", "SMArT", "2027-12-31"),
    # the shortest texts: the word of now first or last
    Case("Go; now 5", "smArt"),
    Case("(5 so far)", "smArt"),
    Case("Do it; 5 so far", "smArt"),
    Case("Do it; to date 5", "smArt"),
)
ALL_CASES = (*ALL_CASES, *SO_FAR)
