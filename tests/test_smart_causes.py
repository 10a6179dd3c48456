"""Goals in the shapes people actually write, one group per way the evaluator used to misread
them, with the verdict and every finding message a reader sees, word for word.

Verdict letters as in ``smart_cases.py``: upper case where the criterion is met (for A: not
shown to be out of reach), lower case where it is not. The general findings A008 and R001 are
left out of the message lists.
"""

from __future__ import annotations

from datetime import date

import pytest

import careerkit as ck
from smart_files import verdict

AS_OF = date(2026, 11, 25)

CAUSES = [
    # 1. Any verb in action position is the action, listed or not.
    ("Circulate the budget summary to department heads every month until June.", "SMArT", []),
    ("Shadow a senior nurse on the night shift for two weeks.", "SMArT", []),
    # ... with a figure or a plural as its object, before a time ("Upcycle 20 pieces").
    ("Upcycle 20 pieces of furniture by May.", "SMArT", []),
    (
        "Circulate minutes weekly.",
        "SMArT",
        ["T005 'weekly' repeats with no end date or review point"],
    ),
    (
        "Digitise records monthly.",
        "SMArT",
        ["T005 'monthly' repeats with no end date or review point"],
    ),
    ("finish nvq level 3 by april", "SMArT", []),
    (
        "Rate myself 7/10 on confidence chairing meetings by the summer.",
        "smArT",
        [
            "S005 the goal does not name an action to take",
            "M006 'Rate myself' makes the writer the only judge, so no one else can check the result",
        ],
    ),
    # 2. A phrase before the verb.
    ("By March 31, I will publish three case studies on our blog.", "SMArT", []),
    ("Despite my travel, I'll mentor two new hires this quarter.", "SMArT", []),
    (
        "On the first day of the course, I will present my project plan.",
        "SMArT",
        ["T008 'On the first day of the course' ties the deadline to an event without a date"],
    ),
    ("To be honest, I'd like to finish my degree by 2028.", "SMArT", []),
    ("If possible, I'd like to present at the spring conference.", "SMArT", []),
    ("First thing every morning, clear my inbox.", "SMArT", ["T005 'every morning' repeats with no end date or review point"]),
    # 3. The figure in a purpose clause or a later sentence.
    ("Adopt a time-tracking app to raise my billable hours by 10% in two months.", "SMART", []),
    (
        "Get better at Excel. I need to build the monthly variance report in under 2 hours.",
        "SMARt",
        ["T001 the goal has no date, window or cadence"],
    ),
    (
        "I keep putting it off, but this year I want to sit my driving theory test by April.",
        "SMArT",
        [],
    ),
    (
        "so basically i want to get my level 3 done by the summer because i want to move up",
        "SMART",
        [],
    ),
    ("Top 3 for 2027: 1) CIPD L5 2) half marathon 3) save 10k", "SMArT", []),
    (
        "Keep going.",
        "smArt",
        [
            "S001 'Keep going' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "We'll see about the promotion.",
        "smARt",
        [
            "S001 'see about' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # 4. Numbers glued to units, and words of change.
    ("Lose 8kg by May 1st.", "SMArT", []),
    ("Swim 2x/week until March.", "SMArT", []),
    ("Cut the invoice backlog by half by June.", "SMArT", []),
    # 5. An object narrowed by a modifier or a complement.
    ("Launch a loyalty scheme for our bakery by March.", "SMArT", []),
    ("Hand flyers to every ward visitor this month.", "SMArT", []),
    ("Open a Saturday clinic by June.", "SMArT", []),
    ("Obtain a Level 3 Award in Education and Training before September.", "SMArT", []),
    # 6. Title Case.
    ("Finish Intermediate Excel Pivot Tables Course By July", "SMArT", []),
    # 7. Two verbs joined by "and".
    ("Draft and send the audit summary to the board by Friday.", "SMArT", []),
    # 8. A credential is earned, not changed.
    ("Gain the CPR certification by May.", "SMArT", []),
    # 9. The time grammar.
    (
        "Present the results prior to my next appraisal.",
        "SMArT",
        ["T008 'prior to my next appraisal' ties the deadline to an event without a date"],
    ),
    ("Send the rota by 3pm.", "SMArT", []),
    ("File my expenses EOD Friday.", "SMArT", []),
    ("Write the grant report in just a quarter.", "SMArT", []),
    ("Close the books by end of year.", "SMArT", []),
    # ... occasions, restated cadences and shorthand.
    (
        "In the run-up to the inspection, audit every medicine cabinet on the ward.",
        "SMArT",
        ["T008 'the run-up to the inspection' ties the deadline to an event without a date"],
    ),
    (
        "Log every client call in the CRM the same day.",
        "SMArT",
        ["T008 'the same day' ties the deadline to an event without a date"],
    ),
    (
        "Hit £2k in weekly sales on the Saturday shift.",
        "SMArT",
        ["T005 'the Saturday shift' repeats with no end date or review point"],
    ),
    (
        "Get 85% of my Year 13s to a grade B or above in the mocks.",
        "SMArT",
        ["T008 'in the mocks' ties the deadline to an event without a date"],
    ),
    ("Decorate the shop window for Christmas.", "SMArT", []),
    # An emoji is decoration, never part of a quoted phrase ("'a room 🚀'").
    ("🚀 book a room 🚀 by Friday", "sMArT", ["S003 'a room' does not say which one or how many"]),
    # The labels of a goal form: "Deadline:", "By:", "Outcome:", days as a list.
    ("Target: 20 new members. By: Easter.", "SMArT", []),
    ("Outcome: every ward has a trained fire marshal. Timeline: by the end of January.", "SMArT", []),
    (
        "Mon/Wed/Fri: gym at 7am",
        "SMArT",
        ["T005 'Mon/Wed/Fri' repeats with no end date or review point"],
    ),
    (
        "Become world champion by 2028 having never competed.",
        "SMarT",
        ["A001 'world champion' is an absolute no one can reach"],
    ),
    ("Try out the new rostering app.", "SMArt", ["T001 the goal has no date, window or cadence"]),
    ("Decide whether to go back to university by the summer.", "SMArT", []),
    (
        "Aprender a nadar este verano.",
        "smArt",
        ["S010 careerkit judges goals written in English; this text looks like another language"],
    ),
    (
        "Complete all required safety training by the end of the first week of employment.",
        "SMArT",
        [
            (
                "T008 'by the end of the first week of employment' ties the deadline to an "
                "event without a date"
            )
        ],
    ),
    (
        "Every patient will receive discharge education before leaving the unit.",
        "SmArT",
        [
            "M001 the goal has no number, count, frequency or result to check",
            "T008 'before leaving' ties the deadline to an event without a date",
        ],
    ),
    (
        "From January, manage the practice's social media accounts.",
        "SMArt",
        ["T007 'From January' says when to start, not when it is done"],
    ),
    (
        "Score at least 80% on the end-of-course assessment.",
        "SMArT",
        ["T008 'on the end-of-course assessment' ties the deadline to an event without a date"],
    ),
    (
        "Go from couch to marathon in 4 weeks.",
        "SMarT",
        ["A005 'marathon' within 4 weeks is not reachable from where the goal starts"],
    ),
    (
        "Apply for the clinical lead post when it opens.",
        "SMArT",
        ["T008 'when it opens' ties the deadline to an event without a date"],
    ),
    (
        "Score at least 80% on the assessment.",
        "SMArT",
        ["T008 'on the assessment' ties the deadline to an event without a date"],
    ),
    (
        "From February, chair the Monday team meeting.",
        "SMArT",
        ["T005 'the Monday team meeting' repeats with no end date or review point"],
    ),
    ("Tidy the garage when I have time.", "SMArt", ["T002 'when I have time' is not a deadline"]),
    ("KR3 - launch the self-serve refunds page", "SMArt", ["T001 the goal has no date, window or cadence"]),
    (
        "My confidence presenting is a 3 at the moment; I want to feel like a 7.",
        "smArt",
        [
            # the wish after the statement of how things are is the goal clause
            "S001 'feel like a 7' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    ("With the new budget, hire a part-time bookkeeper by April.", "SMArT", []),
    (
        "Start running again.",
        "smArt",
        [
            "S001 'Start running' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Submit the report prior to the tax return.",
        "SMArT",
        ["T008 'prior to the tax return' ties the deadline to an event without a date"],
    ),
    (
        "Grow revenue 10% year over year.",
        "SMArT",
        ["T005 'year over year' repeats with no end date or review point"],
    ),
    (
        "Complete the project ahead of schedule.",
        "SMArT",
        ["T008 'ahead of schedule' ties the deadline to an event without a date"],
    ),
    (
        "Send the cards by Mother's Day.",
        "SMArT",
        ["T008 'by Mother's Day' ties the deadline to an event without a date"],
    ),
    # The event is the whole clause, not the words before its period ("'before the tax'").
    (
        "Move my pension into a lower-fee fund before the tax year ends.",
        "SMArT",
        ["T008 'before the tax year ends' ties the deadline to an event without a date"],
    ),
    ("chase invoice #4471 with Acme tmrw", "SMArT", []),
    # 10. A self-rated confidence is not a measure.
    (
        "Feel more at ease presenting. Confidence: 4/10 now, 8/10 by June.",
        "smArT",
        [
            "S002 'more' gives a direction, not a target",
            "M003 'more' is an amount without a number",
        ],
    ),
    # 11. Scope out of reach for the time frame.
    (
        "Go from junior analyst to CEO within a year.",
        "SMarT",
        ["A003 'CEO' within 12 months skips every step on the way"],
    ),
    ("Cut churn by 50% in a month.", "SMarT", ["A002 '50%' in 4 weeks is far beyond a realistic pace"]),
    (
        "Run a marathon next week, having never run before.",
        "SMarT",
        ["A005 'marathon' within 11 days is not reachable from where the goal starts"],
    ),
    (
        "Bring in $1M of new revenue in six months, starting from zero.",
        "SMarT",
        ["A005 '$1M' within 6 months is not reachable from where the goal starts"],
    ),
    ("Win every case this year.", "SMarT", ["A001 'every case' is an absolute no one can reach"]),
    (
        "Double our revenue every month for a year.",
        "SMarT",
        ["A002 'Double' in 12 months is far beyond a realistic pace"],
    ),
    (
        "Run an ultramarathon next month with no training.",
        "SMarT",
        ["A005 'ultramarathon' within 5 weeks is not reachable from where the goal starts"],
    ),
    ("Close 500 deals this week.", "SMarT", ["A004 '500 deals' in 7 days is more than one person can do"]),
    ("Close all tickets by Friday.", "SMArT", []),
    (
        "Cut out sugar in my coffee from Monday.",
        "SMArt",
        ["T007 'from Monday' says when to start, not when it is done"],
    ),
    ("Go alcohol-free in January.", "SMArT", []),
    (
        "Quit vaping by my birthday.",
        "SMArT",
        ["T008 'by my birthday' ties the deadline to an event without a date"],
    ),
    ("Do my physio exercises every morning.", "SMArT", ["T005 'every morning' repeats with no end date or review point"]),
    (
        "Submit expenses within 7 days of every trip.",
        "SMArT",
        ["T008 'within 7 days' ties the deadline to an event without a date"],
    ),
    (
        "Sing a solo at the Christmas concert.",
        "SMArT",
        ["T008 'at the Christmas concert' ties the deadline to an event without a date"],
    ),
    (
        "Move £300 into savings on the 1st of every month.",
        "SMArT",
        ["T005 'on the 1st of every month' repeats with no end date or review point"],
    ),
    ("Bring escalations to my manager down to one a week by February.", "SMArT", []),
    (
        "Become the best paramedic on the planet.",
        "smart",
        [
            "S002 'best' gives a direction, not a target",
            "M001 the goal has no number, count, frequency or result to check",
            "A001 'best' is an absolute no one can reach",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # 12. Messages a reader understands.
    (
        "Take on more responsibility.",
        "smArt",
        [
            "S002 'more' gives a direction, not a target",
            "S001 'Take on' is too vague to act on: it does not say what you will do",
            "M003 'more' is an amount without a number",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Make progress on the migration plan.",
        "smArt",
        [
            "S001 'Make progress' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Make a difference.",
        "smArt",
        [
            "S001 'Make a difference' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Stop procrastinating on my assignments.",
        "smArt",
        [
            "S001 'Stop procrastinating' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Save money.",
        "smArt",
        [
            "S002 'Save' gives a direction, not a target",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # A state names a direction: quoted whole, not cut after its adjective ("'be a good'").
    (
        "Be a good mentor.",
        "smArt",
        [
            "S001 'Be a good mentor' is too vague to act on: it does not say what you will do",
            "M002 'good' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Make my boss happy.",
        "smArt",
        [
            "S001 'Make my boss happy' is too vague to act on: it does not say what you will do",
            "M002 'happy' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Stay on top of emails.",
        "smArt",
        [
            "S001 'Stay on top of emails' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "All employees will feel valued.",
        "smArt",
        [
            "S001 'feel valued' is too vague to act on: it does not say what you will do",
            "M002 'valued' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # The time after an object is not quoted as part of it ("'part-time next year'").
    (
        "Write a report this week.",
        "sMArT",
        ["S003 'a report' does not say which one or how many"],
    ),
    # A quoted phrase stops at a bullet, an occasion is quoted to its head, and "by" + a verb's
    # "-ing" form is the means, not an occasion.
    (
        "* learn the new till system\n* be on time more",
        "smArt",
        [
            "S004 'learn the new till system' says what to learn, not what you will do with it",
            "M003 'more' is an amount without a number",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Reduce dropped calls in the contact centre to 3% by the peak season.",
        "SMArT",
        ["T008 'by the peak season' ties the deadline to an event without a date"],
    ),
    (
        "Cut my grocery bill by $50 a month by planning meals every Sunday.",
        "SMArT",
        ["T005 'a month' repeats with no end date or review point"],
    ),
    (
        "Speak at a conference.",
        "sMArt",
        [
            "S003 'a conference' does not say which one or how many",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Get my finances in order.",
        "smArt",
        [
            "S001 'Get my finances in order' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Save for retirement.",
        "smArt",
        [
            "S002 'Save' gives a direction, not a target",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Support our 2 new hires.",
        "smArt",
        [
            "S001 'Support' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Lead my team of 12 more effectively.",
        "smArt",
        [
            "S002 'more' gives a direction, not a target",
            "M002 'effectively' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Help the 5-a-side team improve.",
        "smArt",
        [
            "S001 'Help' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Be a role model for the juniors.",
        "smArt",
        [
            "S001 'Be a role model' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Achieve world-class customer service.",
        "smArt",
        [
            "S001 'Achieve world-class customer service' is too vague to act on: it does not say what you will do",
            "M002 'world-class' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    ("Finish my probation successfully.", "SMArt", ["T001 the goal has no date, window or cadence"]),
    ("Finish writing the grant report over the weekend.", "SMArT", []),
    (
        "Turn down at least one non-essential meeting a week.",
        "SMArT",
        ["T005 'a week' repeats with no end date or review point"],
    ),
    ("Put on a summer reading challenge for 200 children.", "SMArt", ["T001 the goal has no date, window or cadence"]),
    (
        "Ogni settimana, correre 10 km.",
        "smArt",
        ["S010 careerkit judges goals written in English; this text looks like another language"],
    ),
    ("Pour the concrete slab by Friday", "SMArT", []),
    (
        (
            "I will get better at time management by using a planner every day and reviewing "
            "my week every Friday afternoon."
        ),
        "SMArT",
        ["T005 'every day' repeats with no end date or review point"],
    ),
    (
        "Get an A in my statistics module this semester.",
        "SMArT",
        ["T008 'this semester' ties the deadline to an event without a date"],
    ),
    ("Get a summer internship at a law firm.", "SMArt", ["T001 the goal has no date, window or cadence"]),
    ("Pass all my modules first time.", "SMArt", ["T001 the goal has no date, window or cadence"]),
    # A note in lower case with no full stop drops its articles: "update risk register".
    ("✅ update risk register ✅ by Fri", "SMArT", []),
    ("NB: chase payroll re overtime tmrw", "SMArT", []),
    (
        "eat healthy food",
        "smArt",
        [
            "S001 'eat healthy food' is too vague to act on: it does not say what you will do",
            "M002 'healthy' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Get a 2:1 in my final year.",
        "SMArT",
        ["T008 'in my final year' ties the deadline to an event without a date"],
    ),
    (
        "Get a handle on my finances.",
        "smArt",
        [
            "S001 'Get a handle' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Ensure compliance with all regulatory requirements.",
        "smArt",
        [
            "S001 'Ensure compliance' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Streamline the month-end close process.",
        "smArt",
        [
            "S001 'Streamline' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Mentor two junior analysts and support them to complete their first solo project by June.",
        "SMArT",
        [],
    ),
    ("Take on an apprentice by September to help with the extra work.", "SMART", []),
    ("Recruit a nurse by March.", "SMArT", []),
    (
        "Hire a person.",
        "sMArt",
        ["S003 'a person' does not say which one or how many", "T001 the goal has no date, window or cadence"],
    ),
    # A noun ending in "-er" is not a comparative ("'poster' compares with nothing").
    (
        "Present a poster at the regional conference.",
        "SMArT",
        ["T008 'at the regional conference' ties the deadline to an event without a date"],
    ),
    ("Follow through with every client request this month.", "SMArT", []),
    ("Pass my N95 FIT test by May.", "SMArT", []),
    (
        "Submit the report prior to the board meeting.",
        "SMArT",
        ["T008 'prior to the board meeting' ties the deadline to an event without a date"],
    ),
    (
        "Speak Spanish fluently by March 2026.",
        "SmArT",
        [
            "M002 'fluently' is a feeling or a state, not a measure",
            "T003 the deadline 2026-03-31 is already past on 2026-11-25",
        ],
    ),
    # 13. Goals not in English.
    (
        "Mejorar mis habilidades de liderazgo antes de junio.",
        "smArt",
        ["S010 careerkit judges goals written in English; this text looks like another language"],
    ),
    # A deadline tied to an occasion with no date, named in full.
    (
        "Apply for the Wellcome travel bursary in the next funding round.",
        "SMArT",
        ["T008 'in the next funding round' ties the deadline to an event without a date"],
    ),
    (
        "Finish my dissertation draft by my 6-month progress meeting.",
        "SMArT",
        ["T008 'by my 6-month progress meeting' ties the deadline to an event without a date"],
    ),
    (
        "Submit all outstanding timesheets before I'm moved to the new project.",
        "SMArT",
        [
            (
                "T008 'before I'm moved to the new project' ties the deadline to an event"
                " without a date"
            )
        ],
    ),
    # Years of a career so far are not the goal's figure.
    (
        "Sous chef, 6 yrs in hotel kitchens. Would like to be more creative with the menu.",
        "smArt",
        [
            "S005 the goal does not name an action to take",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # A rate the goal moves to is its level, not a cadence.
    (
        "Get the food bank to 200 parcels a week.",
        "SMArt",
        ["T001 the goal has no date, window or cadence"],
    ),
    # "every" names a repeating occasion by the head of its noun phrase.
    (
        "Write up the minutes after every board meeting.",
        "SMArT",
        ["T005 'every board meeting' repeats with no end date or review point"],
    ),
    # giving up a habit is kept up, with nothing done once to check (relabelled from SMArt)
    (
        "Stop logging every audit finding by hand.",
        "SmArt",
        [
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # How long something has gone on so far is not the goal's window.
    (
        ("I have managed the stockroom for about 2 years now, and I'd like to be more visible"
        " to the area manager."),
        "smArt",
        [
            # read as the wish alone is: the statement before it is the situation
            "S001 'be more visible' is too vague to act on: it does not say what you will do",
            "M002 'visible' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # Any verb in action position, before "as" and a role.
    ("Qualify as a chartered surveyor by 2029.", "SMArT", []),
    # "starting with" an occasion in a month is a start.
    (
        "Get 90% of new starters through their probation, starting with the March cohort.",
        "SMArt",
        ["T007 'starting with the March cohort' says when to start, not when it is done"],
    ),
    # "the next few weeks" is an unbounded time, not a vague amount of the goal.
    (
        "Get my HGV Class 1 licence within the next few weeks.",
        "SMArt",
        ["T002 'within the next few weeks' is not a deadline"],
    ),
    # "become a" and a noun for a person who does a job: a role, listed or not.
    ("Become a sonographer by 2029.", "SMArT", []),
    # "some time" is an unbounded time, not a vague amount.
    (
        "Take the IELTS Academic test some time after Easter.",
        "SMArt",
        ["T002 'some time' is not a deadline"],
    ),
    # "the final" as a noun is an exam with no date.
    (
        "Hit 90% on the practical final.",
        "SMArT",
        ["T008 'on the practical final' ties the deadline to an event without a date"],
    ),
    # "when the chance comes up" waits on luck.
    (
        "Cover a night shift in A&E when the chance comes up.",
        "SMArt",
        ["T002 'when the chance comes up' is not a deadline"],
    ),
    # "one day" at the end is "someday".
    ("Run the London Marathon one day.", "SMArt", ["T002 'one day' is not a deadline"]),
    # "once things settle down" is a condition to wait for.
    (
        "Apply for the deputy manager post once things settle down at home.",
        "SMArt",
        ["T002 'once things settle down at home' is not a deadline"],
    ),
    # A period as a modifier says which one.
    ("Draft a Q3 marketing plan by the end of June.", "SMArT", []),
    # Who the writer is, then the action after the intent.
    (
        "I'm an associate and want to pass the bar exam.",
        "SMArt",
        ["T001 the goal has no date, window or cadence"],
    ),
    # A noun naming the kind of a made thing says which one; a quality does not.
    ("Record a training podcast this quarter.", "SMArT", []),
    (
        "Take an online course.",
        "sMArt",
        [
            "S003 'an online course' does not say which one or how many",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # A run of counted occasions bounds the goal, on no known date.
    (
        "Keep zero drug errors for 30 consecutive shifts.",
        "SMArT",
        ["T008 'for 30 consecutive shifts' ties the deadline to an event without a date"],
    ),
    ("Read the next 3 books on my list.", "SMArt", ["T001 the goal has no date, window or cadence"]),
    # A pronoun alone names nothing to make or check; with a noun before it, it stands for that.
    (
        "Get this done.",
        "smArt",
        [
            "S003 'this' does not say which one or how many",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    # "make X look amazing": how a thing comes across is a state, not a thing made.
    (
        "Make our shop window look eye-catching for the summer sale.",
        "smArT",
        [
            ("S001 'Make our shop window look eye-catching' is too vague to act on: it does not"
            " say what you will do"),
            "M002 'eye-catching' is a feeling or a state, not a measure",
        ],
    ),
]  # fmt: skip


# Jargon verbs on a quality rather than a thing name no concrete action.
CAUSES += [
    (
        "Drive synergies across the org.",
        "smArt",
        [
            "S001 'Drive synergies' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Spearhead innovation across our stores.",
        "smArt",
        [
            "S001 'Spearhead innovation' is too vague to act on: it does not say what you will do",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
]

# A note drops its articles even when its first word is capitalised.
CAUSES += [
    ("Pass forklift test", "SMArt", ["T001 the goal has no date, window or cadence"]),
    ("Book venue for awards night", "SMArt", ["T001 the goal has no date, window or cadence"]),
]

# An action written as its noun in "-al", then "of" and its object.
CAUSES += [
    ("Approval of the new rota by the board by March.", "SMArT", []),
    ("Removal of all paper forms from the ward by June.", "SMArT", []),
]

# A light verb means its noun, and the noun's "of" says what it is done on.
CAUSES += [
    (
        "Do the cleaning of the store room every Friday.",
        "SMArT",
        ["T005 'every Friday' repeats with no end date or review point"],
    ),
    (
        "Make the best of the situation.",
        "smArt",
        [
            "S002 'best' gives a direction, not a target",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
]

# In a Title Case goal a hyphenated word does not start a sentence, so its capitals are not
# read as a name.
CAUSES += [
    (
        "Reach A Healthy Work-Life Balance",
        "smArt",
        [
            (
                "S001 'Reach A Healthy Work-Life Balance' is too vague to act on: it does not "
                "say what you will do"
            ),
            "M002 'Healthy' is a feeling or a state, not a measure",
            "T001 the goal has no date, window or cadence",
        ],
    ),
]

# A note with no verb: a noun of action on a named thing is the result to reach; on a quality
# it is not.
CAUSES += [
    ("Gas Safe registration by June.", "SMArT", []),
    (
        "Leadership Development by June.",
        "smArT",
        [
            "S005 the goal does not name an action to take",
            "M001 the goal has no number, count, frequency or result to check",
        ],
    ),
]

# Looking after people goes on: no result to check once, unless a figure says how many.
CAUSES += [
    (
        "Coach our U12 girls' team.",
        "SmArt",
        [
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    ("Mentor 2 junior colleagues by June.", "SMArT", []),
]

# A promise to try comes before the action: it is not a purpose.
CAUSES += [
    (
        "I will do my best to renew my forklift licence by March.",
        "SMArT",
        [],
    ),
]

# A dash after a form's field name opens the field, not a reason; after an action it may.
CAUSES += [
    ("Objective - Renew the fleet insurance. Due - 14 March 2027.", "SMArT", []),
    ("Renew the fleet insurance by 14 March - the broker has raised the premium.", "SMART", []),
]

# "need it for", "requires it for": what the result is needed for is the reason.
CAUSES += [
    ("Pass the HGV class 2 test by May, need it for the depot driver job.", "SMART", []),
    ("Finish the IOSH course by March - the client requires it for site leads.", "SMART", []),
]


# A verb no list holds, before an indefinite pronoun, is still the action: the finding names
# the vague object, not a missing action.
CAUSES += [
    (
        "Sketch something.",
        "smArt",
        [
            "S003 'something' does not say which one or how many",
            "M001 the goal has no number, count, frequency or result to check",
            "T001 the goal has no date, window or cadence",
        ],
    ),
    (
        "Shadow someone by March.",
        "smArT",
        [
            "S003 'someone' does not say which one or how many",
            "M001 the goal has no number, count, frequency or result to check",
        ],
    ),
    # A clause that "which" opens dates the thing it is said of, not the goal.
    (
        "Write 3 case studies for the service's pack, which comes up for review in 2028.",
        "SMArt",
        ["T012 'in 2028' dates the service's pack, not the goal"],
    ),
    # A heading's time dates the record the goal is written in.
    (
        "Placement diary wk 3 - observe 2 lessons.",
        "SMArt",
        ["T012 'wk 3' dates the record it is written in, not the goal"],
    ),
    # "next time" is the next session, an occasion with no date.
    (
        "Next time, bring 2 examples of feedback you've given.",
        "SMArT",
        ["T008 'Next time' ties the deadline to an event without a date"],
    ),
    # "a year or two" is a rough span, as "a couple of years" is.
    (
        "Open a second salon in a year or two and hire 4 stylists.",
        "SMArt",
        ["T002 'in a year or two' is not a deadline"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "messages"), CAUSES)
def test_verdict_and_messages(text: str, expected: str, messages: list[str]) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert verdict(report) == expected
    shown = [f"{f.code} {f.message}" for f in report.findings if f.code not in ("A008", "R001")]
    assert shown == messages


def test_a_rating_is_one_figure_on_its_scale() -> None:
    report = ck.evaluate_smart("Rate the new ward process 9 out of 10 by June.", as_of=AS_OF)
    assert [(q.value, q.unit, q.kind, q.text) for q in report.quantities] == [
        (9.0, "/10", "level", "9 out of 10")
    ]


def test_a_self_rating_is_not_reported_as_a_figure() -> None:
    text = "Feel more at ease presenting. Confidence: 4/10 now, 8/10 by June."
    assert ck.evaluate_smart(text, as_of=AS_OF).quantities == ()


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Lead my 12-person team through the Q1 migration.", []),
        ("Mentor 3 engineers with 0-2 years of experience by June.", [(3.0, "engineers")]),
        ("Get fitter before the 10k in May.", []),
        ("I'm 80% confident I can pass the CKA exam by May.", []),
        ("Lose 8kg by May 1st.", [(8.0, "kg")]),
        ("Raise $2m for the new wing by June.", [(2_000_000.0, "USD")]),
        ("After 15 years in retail banking, I'd like to mentor 2 graduates.", [(2.0, "graduates")]),
        ("Spend 2 years in the Tokyo office.", [(2.0, "years")]),
        ("Get checkout page load under 800ms by March.", [(800.0, "ms")]),
        ("Get a 2:1 in my final year.", [(2.1, "degree class")]),
        ("Have a 1:1 with each report monthly.", [(1.0, "per month")]),
        ("Increase sign-ups threefold by summer.", [(3.0, "x")]),
        ("Lose a stone by summer.", [(1.0, "stone")]),
        ("Lose 30 pounds by summer.", [(30.0, "pounds")]),
        ("Raise twenty thousand pounds for the appeal by next Christmas.", [(20000.0, "GBP")]),
        # The acronym of a measure is not a name: its number is the figure.
        ("Lift our NPS to NPS 45 by June.", [(45.0, "")]),
        ("Grow the podcast - KPI 3k listeners by June.", [(3000.0, "listeners")]),
        ("Migrate the tills to SQL 2019 by June.", []),
        # A field name of a form does not hide the figure after it.
        ("Grow the choir. Success criteria: 40 singers.", [(40.0, "singers")]),
    ],
)
def test_what_is_and_is_not_a_measure(text: str, figures: list[tuple[float, str]]) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(q.value, q.unit) for q in report.quantities] == figures


def test_the_deliverable_stops_before_prior_to() -> None:
    report = ck.evaluate_smart("Submit the report prior to the board meeting.", as_of=AS_OF)
    assert report.deliverable == "Submit the report"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Present the results prior to my next appraisal.", None),
        ("Take on two extra classes next term.", None),
        ("Fix the five slowest queries by the end of sprint 24.", None),
        ("Do one mock interview a week until I land an offer.", None),
        ("After the offsite, write up the decisions within a week.", None),
        ("Reconcile petty cash every Friday before 3 pm.", None),
        ("Send the rota by 3pm.", "2026-11-25"),
        ("File my expenses EOD Friday.", "2026-11-27"),
        (
            "Goal: Improve onboarding. Measure: new hires productive within 30 days. Deadline: 31 March 2027.",
            "2027-03-31",
        ),
        ("Target: 20 new members. By: Easter.", "2027-03-28"),
        ("wk48: chase 6 overdue POs", "2026-11-29"),
        ("wk2: book the venue", "2027-01-17"),
        ("Our NPS was 20 in October. Raise it to 35 by the next survey.", None),
        ("I've been in this role for 3 years. Apply for a senior role by March.", "2027-03-31"),
        ("Submit the report by the first of March.", "2027-03-01"),
        ("Submit the report by March the 3rd.", "2027-03-03"),
        ("Submit the report by end of play Friday.", "2026-11-27"),
        ("Submit the report by Friday week.", "2026-12-04"),
        ("Catch up on 30 unread articles by New Year's Day.", "2027-01-01"),
        ("sort out car insurance renewal by 12th", "2026-12-12"),
        # A week number written apart from "wk", as trackers do.
        ("wk 2: book the venue", "2027-01-17"),
        ("chase 6 overdue POs - wk 49", "2026-12-06"),
        ("send 3 supplier quotes by wk 51", "2026-12-20"),
    ],
)
def test_time_bound_with_or_without_a_date(text: str, deadline: str | None) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].met
    assert report.deadline == (date.fromisoformat(deadline) if deadline else None)


@pytest.mark.parametrize(
    "text",
    [
        "Grow as a team lead. I have four new starters in January.",
        "Shadow our CFO for a day sometime.",
        "Halve the time it takes to close the month-end books.",
    ],
)
def test_not_a_time_frame(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert not report.criteria["T"].met
    assert report.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "Improve my time management. Specifically, block two hours of focus time every morning.",
        "Get better at delegation. The aim is to hand off three recurring reports to my team.",
        "Work on my presentation skills. Success means presenting at the March all-hands.",
        "Be more visible in the department. That means leading one team meeting a month.",
        "Improve ward handovers: use the SBAR template for every handover from January.",
        "Strengthen my Excel skills, e.g. build the weekly KPI dashboard myself.",
        "Grow my pipeline (book 20 discovery calls a month).",
        "Increase sales. Target is 120k by year end.",
    ],
)
def test_a_detail_spelled_out_makes_a_vague_headline_specific(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["S"].met
    assert report.criteria["M"].met
    assert not any(f.code in ("S001", "S002", "M001") for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Get better at SQL. It is a big part of my job.",
        "Read more. I love books.",
        "Grow as a team lead. I have four new starters in January.",
    ],
)
def test_a_sentence_about_the_situation_spells_out_nothing(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert not report.criteria["S"].met
    assert not report.criteria["M"].met


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Grow recurring donations by a third in 2027.", (1 / 3, "of it", "change")),
        ("Cut the invoice backlog by half by June.", (0.5, "x", "multiplier")),
        ("Raise $2m for the new wing by June.", (2_000_000.0, "USD", "money")),
        ("Grow revenue from €1.5m to €2m in 2027.", (2_000_000.0, "EUR", "money")),
        ("Swim 400m in 6m30s by July.", (400.0, "m", "count")),
    ],
)
def test_figures_of_change_and_units(text: str, figure: tuple[float, str, str]) -> None:
    q = ck.evaluate_smart(text, as_of=AS_OF).quantities[0]
    assert (q.value, q.unit, q.kind) == pytest.approx(figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Raise $5 million in funding by June 2027.", (5e6, "USD", "money", "$5 million")),
        ("Raise £2.5m for the hospice appeal by June 2027.", (2.5e6, "GBP", "money", "£2.5m")),
        ("Raise £2.5 m for the hospice appeal by June 2027.", (2.5e6, "GBP", "money", "£2.5 m")),
        ("Grow revenue to $1.2 bn by 2028.", (1.2e9, "USD", "money", "$1.2 bn")),
        ("Grow revenue to $1.2bn by 2028.", (1.2e9, "USD", "money", "$1.2bn")),
        ("Close $3 mn in new deals this year.", (3e6, "USD", "money", "$3 mn")),
        ("Save $40 k by June 2027.", (40_000.0, "USD", "money", "$40 k")),
        ("Earn a salary of 40k by June 2027.", (40_000.0, "", "count", "40k")),
        (
            "Bring in 1.5 million euros in sales by June 2027.",
            (1.5e6, "EUR", "money", "1.5 million euros"),
        ),
        (
            "Raise half a million dollars for the new ward by 2028.",
            (5e5, "USD", "money", "half a million dollars"),
        ),
        (
            "Reach 3 billion impressions by June 2027.",
            (3e9, "impressions", "count", "3 billion impressions"),
        ),
        (
            "Sell 5 thousand copies of the book by June 2027.",
            (5000.0, "copies", "count", "5 thousand copies"),
        ),
        ("Reach 2m followers on the channel by 2028.", (2e6, "followers", "count", "2m followers")),
        # Without a currency, money words around the figure make "m" a million.
        ("Grow ARR to 5m by the end of 2027.", (5e6, "", "count", "5m")),
        ("Hit 12m in annual revenue by 2028.", (12e6, "", "count", "12m")),
        ("Grow revenue to 5m in 2027.", (5e6, "", "count", "5m")),
        ("Raise 2m for the new wing by June.", (2e6, "", "count", "2m")),
    ],
)
def test_a_scaled_figure_is_read_at_its_scale(
    text: str, figure: tuple[float, str, str, str]
) -> None:
    q = ck.evaluate_smart(text, as_of=AS_OF).quantities[0]
    assert (q.value, q.unit, q.kind, q.text) == figure


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # After a number, "m" is metres or minutes unless the figure is money or an audience.
        ("Do a 5m run every morning.", [(5.0, "m", None, None), (1.0, "per morning", None, None)]),
        (
            "Take a 30m walk at lunch each day.",
            [(30.0, "m", None, None), (1.0, "per day", None, None)],
        ),
        (
            "Do 30m of cardio three times a week.",
            [(30.0, "m", None, None), (3.0, "per week", None, None)],
        ),
        ("Run a 5m race to raise money for the hospice.", [(5.0, "m", None, None)]),
        (
            "Swim 400m in under 7 minutes by July.",
            [(400.0, "m", None, None), (7.0, "minutes", None, None)],
        ),
        # ... and a million with a currency, or with money it counts, either side of it.
        ("Grow revenue from 2m to 5m by 2028.", [(5e6, "", None, 2e6)]),
        ("Grow ARR from $2m to $5m by 2028.", [(5e6, "USD", None, 2e6)]),
        ("Raise 3m in funding by June.", [(3e6, "", None, None)]),
        ("Grow the user base from 100 to 2 million by 2028.", [(2e6, "", None, 100.0)]),
        # A scale written once after a range or a change covers both ends when it reads so.
        ("Sell 2 to 3 million units in 2027.", [(2e6, "units", 3e6, None)]),
        ("Grow from 2 to 3 million listeners by 2028.", [(3e6, "listeners", None, 2e6)]),
    ],
)
def test_m_and_a_shared_scale_are_read_by_what_the_figure_measures(
    text: str, figures: list[tuple[float, str, float | None, float | None]]
) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(q.value, q.unit, q.high, q.baseline) for q in report.quantities] == figures


@pytest.mark.parametrize(
    "text",
    [
        "Grow from 2 to 3 million users by next month.",  # 2 million to 3, not 2 users
        "Grow annual revenue from 2m to 3m by the end of 2027.",
    ],
)
def test_a_scaled_change_is_weighed_at_its_scale(text: str) -> None:
    assert ck.evaluate_smart(text, as_of=AS_OF).criteria["A"].status != "not_met"


@pytest.mark.parametrize(
    "text",
    [
        "I'm hoping to move into a ward manager role next year.",
        "Get sign-off on the new pricing model by March.",
        "Be trained on the new infusion pumps by March.",
        "Hire a marketing coordinator by March.",
        "Find and book a venue for the volunteer dinner by the end of January.",
        "Get the team's first-aid refresher booked by Friday.",
        "Safeguarding refresher done by 1 March 2027.",
        "Organise a community fundraising walk in May.",
        "Use formative assessment in every lesson this term.",
        "Secure two new corporate sponsors before the gala in October.",
    ],
)
def test_concrete_actions_in_other_fields_of_work(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["S"].met
    assert report.criteria["M"].met
    assert report.criteria["T"].met


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I think I should apply for the charge nurse post by March.", "apply"),
        ("Would be good to finally sit the CIMA exam by June.", "sit"),
        ("I'd like to maybe try to get my PRINCE2 Foundation this year.", "get"),
        ("By the next inspection, have all policies reviewed.", "have"),
    ],
)
def test_the_action_behind_a_hedge_or_an_opinion(text: str, verb: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["S"].met
    assert report.criteria["M"].met
    assert report.deliverable is not None
    assert report.deliverable.lower().startswith(verb)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Ramp up outbound calls.", "'Ramp up' is too vague to act on: it does not say what you will do"),
        ("Double down on customer retention.", "'Double down' is too vague to act on: it does not say what you will do"),
        ("I'd quite like to get involved in the youth programme.", "'get involved' is too vague to act on: it does not say what you will do"),
        ("Be organized.", "'Be organized' is too vague to act on: it does not say what you will do"),
        ("Stay until the end of June.", "the goal does not name an action to take"),
    ],
)  # fmt: skip
def test_directions_say_so(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert not report.criteria["S"].met
    assert report.criteria["S"].findings[0].message == message


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Complete the fire safety refresher before my registration renewal.", None),
        ("Publish the annual report by the AGM.", None),
        ("Launch the spring appeal by Easter.", "2027-03-28"),
        ("Pass the theory test by the end of the school holidays.", None),
        ("Finish the extension by the time the baby arrives.", None),
        ("Finish the slides by Christmas.", "2026-12-25"),
        ("Clear the backlog by close of play Friday.", "2026-11-27"),
    ],
)
def test_deadlines_tied_to_an_occasion(text: str, deadline: str | None) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].met
    assert report.deadline == (date.fromisoformat(deadline) if deadline else None)


@pytest.mark.parametrize(
    "text", ["Get hired by Google.", "Grow by networking.", "Improve by the book."]
)
def test_by_alone_is_not_a_deadline(text: str) -> None:
    assert not ck.evaluate_smart(text, as_of=AS_OF).criteria["T"].met


@pytest.mark.parametrize(
    "text",
    [
        "Success means presenting the results at the all-hands in March.",
        "Target is 120k in sales by year end.",
        "Aim - publish two case studies by June.",
        "I would like to publish two case studies by June.",
    ],
)
def test_a_label_before_the_goal(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.is_smart


@pytest.mark.parametrize(
    "text",
    [
        "Plan, run and review the Christmas fundraiser by January.",
        "Learn and apply the new triage protocol on my shifts by March.",
        "Research and recommend a new HR system to the board by May.",
    ],
)
def test_several_verbs_share_one_object(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.is_smart


def test_a_number_after_an_acronym_names_it() -> None:
    report = ck.evaluate_smart("Pass the ISO 27001 lead auditor exam by Q2.", as_of=AS_OF)
    assert report.quantities == ()
    assert report.is_smart


def test_a_fiscal_year_the_text_defines_overrides_the_policy() -> None:
    policy = ck.SmartPolicy(fiscal_year_start_month=10)
    text = "Lift NPS by 10 points by FY end (our FY ends 31 March)."
    assert ck.evaluate_smart(text, as_of=AS_OF, policy=policy).deadline == date(2027, 3, 31)


def test_the_end_of_the_fiscal_year_in_short() -> None:
    policy = ck.SmartPolicy(fiscal_year_start_month=4)
    report = ck.evaluate_smart("Lift NPS by 10 points by FY end.", as_of=AS_OF, policy=policy)
    assert report.deadline == date(2027, 3, 31)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "all",
        "garage emails",
        "Finish it. Plan:",
        "the 8 aim it",
        "within the",
        "wk",
        "- the Fri working",
    ],
)
def test_a_text_that_ends_where_a_rule_looks_ahead_is_read_without_error(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert all(0 <= f.span[0] <= f.span[1] <= len(text) for f in report.findings if f.span)
    assert set(report.criteria) == set("SMART")


@pytest.mark.parametrize("text", ["garden by a spring", "report on the Q1", "a summer"])
def test_a_season_or_a_quarter_at_the_very_end_is_read_without_error(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert set(report.criteria) == set("SMART")


def test_an_ordinal_period_at_the_very_end_is_read_without_error() -> None:
    report = ck.evaluate_smart("spring 2027 18th first semester of", as_of=AS_OF)
    assert set(report.criteria) == set("SMART")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("run 3x a week, 5k each time, til christmas", date(2026, 12, 25)),
        ("Post one update a fortnight.", None),
        ("Reply to all tickets within 4 working hours.", None),
    ],
)
def test_spelled_short_and_fortnightly_times_are_time_bound(
    text: str, deadline: date | None
) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].status == "met"
    assert report.deadline == deadline


def test_a_multiplier_of_how_often_is_not_growth() -> None:
    report = ck.evaluate_smart("run 3x a week until christmas", as_of=AS_OF)
    assert "A002" not in {f.code for f in report.findings}
    grows = ck.evaluate_smart("Double revenue every month for a year.", as_of=AS_OF)
    assert [f.message for f in grows.findings if f.code == "A002"] == [
        "'Double' in 12 months is far beyond a realistic pace"
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Sell 20 cakes by Good Friday.", "by Good Friday"),
        ("Sell 20 cakes by the Black Friday sale.", "by the Black Friday sale"),
        ("Sell 20 cakes by the school fete.", "by the school fete"),
        # points counted from a start the text does not date
        ("Complete the checklist by day 90.", "by day 90"),
        ("Complete the checklist in week one.", "in week one"),
        ("Hit 5 sales in month 3.", "in month 3"),
        ("Win 4 of the next 10 bids we submit.", "the next 10 bids"),
        ("File my return by the end of the tax year.", "by the end of the tax year"),
    ],
)
def test_an_occasion_without_a_date_is_time_bound_with_no_deadline(text: str, said: str) -> None:
    # A day named with a weekday ("Good Friday") is an occasion too, not that weekday.
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].status == "met"
    assert report.deadline is None
    assert [f.message for f in report.findings if f.code == "T008"] == [
        f"'{said}' ties the deadline to an event without a date"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kate and I will co-present the audit findings at the next regional meeting.",
        "Kate and Sam will run the stall at the school fete.",
    ],
)
def test_two_subjects_before_a_modal_leave_the_action(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["S"].status == "met"
    assert report.criteria["M"].status == "met"


def test_the_next_occasion_is_named_by_its_head() -> None:
    report = ck.evaluate_smart("Present the findings at the next regional meeting.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.code == "T008"] == [
        "'at the next regional meeting' ties the deadline to an event without a date"
    ]


def test_proper_is_not_a_comparative() -> None:
    report = ck.evaluate_smart(
        "Take a proper lunch break away from my desk every working day.", as_of=AS_OF
    )
    assert "S002" not in {f.code for f in report.findings}
    assert report.criteria["S"].status == "met"


def test_a_rate_of_sleep_a_night_is_a_cadence() -> None:
    report = ck.evaluate_smart("Get 8 hours of sleep a night.", as_of=AS_OF)
    assert report.criteria["T"].status == "met"
    assert [f.message for f in report.findings if f.code == "T005"] == [
        "'a night' repeats with no end date or review point"
    ]


def test_a_standard_each_must_meet_in_days_is_a_figure() -> None:
    report = ck.evaluate_smart(
        "Every customer will receive a reply within 2 working days.", as_of=AS_OF
    )
    assert report.criteria["M"].status == "met"
    assert report.deadline is None


def test_a_noun_ending_in_ly_after_a_determiner_stays_in_the_object() -> None:
    report = ck.evaluate_smart("Receive a reply.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.code == "S003"] == [
        "'a reply' does not say which one or how many"
    ]


@pytest.mark.parametrize(
    "text", ["Attend the monthly Rotary networking breakfast.", "Attend the weekly Rotary lunch."]
)
def test_the_regular_meal_is_a_cadence(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].status == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Lift NPS by 10 points by FY end.",
        "Lift NPS by 10 points in FY27.",
        "Lift NPS by 10 points next financial year.",
    ],
)
def test_an_unknown_fiscal_year_is_time_bound_with_no_date(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert (report.criteria["T"].status, report.deadline) == ("met", None)
    calendar = ck.evaluate_smart(
        text, as_of=AS_OF, policy=ck.SmartPolicy(fiscal_year_start_month=1)
    )
    assert calendar.deadline is not None


def test_an_unknown_fiscal_year_is_named_in_the_finding() -> None:
    report = ck.evaluate_smart("Lift NPS by 10 points by FY end.", as_of=AS_OF)
    assert [(f.code, f.message, f.hint) for f in report.criteria["T"].findings] == [
        (
            "T010",
            "'by FY end' depends on when the fiscal year ends, which the goal does not say",
            "give the date, e.g. 'by 2027-05-31', or set SmartPolicy(fiscal_year_start_month=...)",
        )
    ]


# A vague amount, comparative or state is read in its own clause: one in a clause that tells
# how things are describes the situation, not the result the goal reaches for.
@pytest.mark.parametrize(
    ("text", "expected", "messages"),
    [
        (
            "Raise attendance at the toddler group by Easter; it's 12 families most weeks",
            "smArT",
            [
                "S002 'Raise' gives a direction, not a target",
                "M005 '12' tells how things are or were, not the result to reach",
            ],
        ),
        ("Recruit 5 volunteers by March; the shop is short-staffed most weekends", "SMArT", []),
        ("Hire 2 porters by May - we had fewer last winter and the wards struggled", "SMART", []),
        ("Cut ward waiting times to 20 minutes by March; patients are unhappy", "SMArT", []),
        # In the goal's own clause the same words are the goal's.
        (
            "Get more referrals from the GP surgery by June",
            "smArT",
            [
                "S002 'more' gives a direction, not a target",
                "M003 'more' is an amount without a number",
            ],
        ),
    ],
)
def test_vague_words_of_a_told_clause_are_not_the_goals(
    text: str, expected: str, messages: list[str]
) -> None:
    test_verdict_and_messages(text, expected, messages)


# A change verb with no figure says what to do but not how far (S002); a change of a
# quality says nothing one could do (S001).
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Reduce customer churn.", "S002 'Reduce' gives a direction, not a target"),
        ("Lose weight.", "S002 'Lose' gives a direction, not a target"),
        (
            "Raise more money for the hospice this year",
            "S002 'more' gives a direction, not a target",
        ),
        (
            "Improve my communication skills by March 2027.",
            "S001 'Improve' is too vague to act on: it does not say what you will do",
        ),
        (
            "Gain the trust of the platform team.",
            "S001 'Gain' is too vague to act on: it does not say what you will do",
        ),
        (
            "Grow as a people manager.",
            "S001 'Grow' is too vague to act on: it does not say what you will do",
        ),
    ],
)
def test_a_change_without_a_figure_is_not_called_vague(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.criteria["S"].findings] == [message]


def test_one_reason_why_nothing_is_measured() -> None:
    # "more" already says why M is not met; "no number ..." would say it twice.
    report = ck.evaluate_smart("Earn more money.", as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.criteria["M"].findings] == [
        "M003 'more' is an amount without a number"
    ]
    # With M003 turned off, the general reason stands, and M is still not met.
    policy = ck.SmartPolicy(disabled_codes={"M003"})
    report = ck.evaluate_smart("Earn more money.", as_of=AS_OF, policy=policy)
    assert [f.code for f in report.criteria["M"].findings] == ["M001"]
    assert report.criteria["M"].status == "not_met"


# A comparative right after a vague verb is part of the phrase S001 quotes: one reason.
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Be more patient with the toddlers",
            "S001 'Be more patient' is too vague to act on: it does not say what you will do",
        ),
        (
            "Get better at fault-finding on three-phase boards.",
            "S001 'Get better' is too vague to act on: it does not say what you will do",
        ),
        (
            "Exercise more.",
            "S001 'Exercise more' is too vague to act on: it does not say what you will do",
        ),
        ("Cut more waste", "S002 'more' gives a direction, not a target"),
        (
            "Be the number one salesperson in the region.",
            "S002 'number one' gives a direction, not a target",
        ),
        (
            "Get to number one in the UK charts.",
            "S002 'number one' gives a direction, not a target",
        ),
    ],
)
def test_a_comparative_is_quoted_once_and_whole(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.criteria["S"].findings] == [message]


# A finding quotes the words it is about, whole.
@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        (
            "Once I've got the NN/g UX Certification, I'll run a lunch-and-learn for the team.",
            "T002",
            "'Once I've got the NN/g UX Certification' is not a deadline",
        ),
        (
            (
                "Average basket value from £18.40 to £21 across my section, ideally sooner "
                "rather than later"
            ),
            "T002",
            "'sooner rather than later' is not a deadline",
        ),
        (
            "Book the venue for the team away day earlier rather than later.",
            "T002",
            "'earlier rather than later' is not a deadline",
        ),
        (
            "Get my gas safety card renewed until I hold the IMI Level 3 award.",
            "T008",
            "'until I hold the IMI Level 3 award' ties the deadline to an event without a date",
        ),
        (
            "Keep 95% of the accounts I manage (by ARR) in FY27",
            "T010",
            "'in FY27' depends on when the fiscal year ends, which the goal does not say",
        ),
        (
            "Learn every programming language.",
            "A001",
            "'every programming language' is an absolute no one can reach",
        ),
        (
            "Take charge of the Friday stand-up",
            "T005",
            "'the Friday stand-up' repeats with no end date or review point",
        ),
        (
            "Gain confidence leading handover - currently 4/10, aim for 8/10 within 3 months.",
            "S001",
            "'Gain' is too vague to act on: it does not say what you will do",
        ),
        (
            "I've been a backend dev for 7 years and want to grow into staff engineer.",
            "S001",
            "'grow' is too vague to act on: it does not say what you will do",
        ),
    ],
)
def test_a_finding_quotes_its_own_words(text: str, code: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    criterion = code[0]
    assert [(f.code, f.message) for f in report.criteria[criterion].findings] == [(code, message)]


# A state graded by a comparative is quoted whole, once; "more" of a thing is an amount.
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Become more confident on the phone with parents, I get nervous",
            "S001 'Become more confident' is too vague to act on: it does not say what you will do",
        ),
        (
            "Get fitter",
            "S001 'Get fitter' is too vague to act on: it does not say what you will do",
        ),
        ("Get more customers.", "S002 'more' gives a direction, not a target"),
        ("Feel more at ease presenting.", "S002 'more' gives a direction, not a target"),
    ],
)
def test_a_graded_state_is_quoted_whole(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.criteria["S"].findings] == [message]


# A finding quotes the goal's object, not the vague time after it, and a pronoun made to
# "happen" is quoted alone; one reason for a role out of reach, not two.
@pytest.mark.parametrize(
    ("text", "messages"),
    [
        (
            "Join a professional organization soon.",
            [
                "S003 'a professional organization' does not say which one or how many",
                "T002 'soon' is not a deadline",
            ],
        ),
        (
            "Learn Rust soon.",
            [
                "S004 'Learn Rust' says what to learn, not what you will do with it",
                "M001 the goal has no number, count, frequency or result to check",
                "T002 'soon' is not a deadline",
            ],
        ),
        (
            "Never feel tired again.",
            [
                "S001 'feel tired' is too vague to act on: it does not say what you will do",
                "M001 the goal has no number, count, frequency or result to check",
                "A001 'Never feel tired' is an absolute no one can reach",
                "T001 the goal has no date, window or cadence",
            ],
        ),
        (
            "Make it happen by Friday.",
            [
                "S003 'it' does not say which one or how many",
                "M001 the goal has no number, count, frequency or result to check",
            ],
        ),
        (
            "Make partner within 6 weeks of qualifying.",
            [
                "A003 'partner' within 6 weeks skips every step on the way",
                "T008 'within 6 weeks' ties the deadline to an event without a date",
            ],
        ),
    ],
)
def test_a_finding_quotes_the_object_not_what_follows_it(text: str, messages: list[str]) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    shown = [f"{f.code} {f.message}" for f in report.findings if f.code not in ("A008", "R001")]
    assert shown == messages
