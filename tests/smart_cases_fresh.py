"""A third batch of goal statements, labelled by the documented rules before the evaluator read them.

Same notation as ``smart_cases`` (verdict letters, ``deadline``), read on the same ``AS_OF``.
These cover the shapes the first two batches have few of: goals a manager writes about someone
else, the passive voice, OKR key results, bullets over several lines, long rambling paragraphs,
typos, capitals, emoji and tracker shorthand, ranges, fractions and numbers as words, ratings
that are the measure next to self-rated confidence that is not, digits inside names, many ways
of writing a date, a start with no end, windows that follow an event, cadences, acquire verbs,
change verbs with and without a figure, hedges, leading phrases, scopes out of reach and goals
in other languages (every criterion unknown, so ``smArt``).

A deadline is given only where a careful reader resolves one date; "by spring", "by end of FY"
and "before my next review" are time-bound with no known date.
"""

from __future__ import annotations

from smart_cases import Case

MANAGERS = (
    Case(
        "Sam will shadow the night pharmacist for two full shifts before the end of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case(
        "Priya is to complete her AAT Level 3 synoptic assessment by 30 April 2027.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Jordan needs to be more proactive in team meetings.", "smArt"),
    Case(
        "Aisha should lead two client workshops in Q1 so she is ready for the senior consultant grade.",
        "SMART",
        "2027-03-31",
    ),
    Case(
        "Ben will reduce his average call handling time from 7 to 5 minutes by the end of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Chloe to improve her attention to detail.", "smArt"),
    Case("Marcus will present the monthly safety stats at each site meeting.", "SMArT"),
    Case(
        "Lena will audit 20 patient records a month against the new documentation standard.",
        "SMArT",
    ),
    Case(
        "Raj is expected to pass the CFA Level II exam in the August 2027 sitting.",
        "SMArT",
        "2027-08-31",
    ),
    Case(
        "Ellie will write and publish the ward's new falls-prevention leaflet by mid-January.",
        "SMArT",
    ),
    Case("Dev should work on his time management.", "smArt"),
    Case(
        "Our new team lead, Grace, will hold a 30-minute 1:1 with each of her six reports every fortnight.",
        "SMArT",
    ),
    Case(
        "Kofi will build the Power BI sales dashboard for the regional directors by 15 January.",
        "SMArT",
        "2027-01-15",
    ),
    Case("He will be more visible to senior stakeholders.", "smArt"),
    Case("Nadia will get her CSCS card renewed before it runs out in February.", "SMArT"),
    Case(
        "Oliver to take the NEBOSH certificate exam next spring so he can step up to site safety lead.",
        "SMART",
    ),
    Case("Jess will increase her caseload.", "smArt"),
    Case("Jess will increase her caseload from 18 to 24 families by April.", "SMArT", "2027-04-30"),
    Case("Mo will cover the Saturday reception desk twice a month.", "SMArT"),
    Case(
        "Hannah will deliver three lunch-and-learn sessions on GDPR to the admin team in H1 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Luis must close out all overdue actions from the fire risk assessment by COB Thursday.",
        "SMArT",
        "2026-11-26",
    ),
    Case("She will continue to develop her leadership presence.", "smArt"),
)

PASSIVE = (
    Case(
        "The new visitor policy will be published on the intranet by 18 December.",
        "SMArT",
        "2026-12-18",
    ),
    Case("All medication fridges are to be checked and logged twice daily.", "SMArT"),
    Case("Customer refunds should be processed within 3 working days of the return.", "SMArT"),
    Case("The stockroom will be reorganised.", "SMArt"),
    Case("Team morale will be improved.", "smArt"),
    Case("A new volunteer rota will be agreed with the trustees before the AGM.", "SMArT"),
    Case("Every complaint is acknowledged in writing within 48 hours of receipt.", "SMArT"),
    Case(
        "The backlog of 140 unfiled invoices will be cleared by the end of next month.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Communication between shifts will be better.", "smArt"),
    Case(
        "The grant application for the youth project will be submitted by 5pm on 12 February.",
        "SMArT",
        "2027-02-12",
    ),
    Case("Fire drills will be run once a term in every building.", "SMArT"),
    Case(
        "Safeguarding training is to be completed by all 45 volunteers by 31/01/2027.",
        "SMArT",
        "2027-01-31",
    ),
    Case(
        "The server room migration has to be finished prior to the office move in March.",
        "SMArT",
    ),
)

OKRS = (
    Case(
        "KR1: Reduce average first-response time from 6h to 2h by end of Q1",
        "SMArT",
        "2027-03-31",
    ),
    Case("KR2 - 25 new regular donors signed up by 31 March", "SMArT", "2027-03-31"),
    Case("KR3: ship offline mode to 100% of Android users in H1 2027", "SMArT", "2027-06-30"),
    Case(
        "O2: Hiring\nKR1: fill all 4 open nurse vacancies by end of Feb\nKR2: time-to-offer under 21 days",
        "SMArT",
        "2027-02-28",
    ),
    Case("KR: 3 published case studies per quarter", "SMArT"),
    Case("KR4 — NPS ≥ 45 in the March survey", "SMArT", "2027-03-31"),
    Case("KR1: improve onboarding experience", "smArt"),
    Case("KR2: cut cloud spend by 15% vs Q4 baseline by end of June", "SMArT", "2027-06-30"),
    Case(
        "Objective: Grow the Manchester clinic. KR1: 120 new patients registered by Easter. "
        "KR2: 2 new physios hired.",
        "SMArT",
        "2027-03-28",
    ),
    Case("KR3 70% of tickets auto-triaged, Q2", "SMArT", "2027-06-30"),
)

BULLETS = (
    Case(
        "Goals for next quarter:\n- finish the ILM Level 3 course\n- shadow the duty manager on "
        "2 late shifts\n- run the January stocktake",
        "SMArT",
        "2027-03-31",
    ),
    Case("- be more patient\n- listen better\n- delegate more", "smArt"),
    Case("• Pass Microsoft AZ-104 by 28 Feb\n• Build a home lab", "SMArT", "2027-02-28"),
    Case(
        "1) Read 2 clinical papers a month\n2) Present one at journal club each quarter",
        "SMArT",
    ),
    Case("Plan for 2027:\n* Run a half marathon in spring\n* Save £500 a month", "SMArT"),
    Case("Development areas:\n- Stakeholder management\n- Confidence presenting", "smArt"),
    Case("Actions\n- call every lapsed member\n- by 15 Jan", "SMArT", "2027-01-15"),
    Case(
        "1. Complete the Level 2 Award in Education and Training\n2. Deliver my first solo class "
        "by Easter",
        "SMArT",
        "2027-03-28",
    ),
)

RAMBLING = (
    Case(
        "So this year has been a lot, what with the restructure, and I've honestly felt a bit "
        "lost. What I really want is to finish the CIPD Level 5 I started, ideally by the end of "
        "June, because every HR business partner job I look at asks for it.",
        "SMART",
        "2027-06-30",
    ),
    Case(
        "I've been thinking a lot about where I want to be and honestly I just want to feel like "
        "I'm growing, doing more interesting work and being better at what I do, you know?",
        "smArt",
    ),
    Case(
        "My manager and I talked at my review and we agreed that the main thing is the rota. It "
        "takes me most of Monday. If I can build a template in Excel and get it down to an hour a "
        "week by February, I'd have time to do the supervisor training.",
        "SMART",
        "2027-02-28",
    ),
    Case(
        "There's a lot going on at home at the moment so I don't want to overcommit, but I would "
        "like to at least keep going to the gym and maybe eat a bit better when I can.",
        "smArt",
    ),
    Case(
        "Long story short: our donor retention is poor. I'd like us to ring every first-time "
        "donor within a week of their first gift and lift retention from the current 35% to 45% "
        "by December 2027.",
        "SMART",
        "2027-12-31",
    ),
    Case(
        "Honestly the biggest thing for me is public speaking. I freeze. I'm going to join the "
        "Toastmasters club near work and give my icebreaker speech before the end of January so "
        "I stop freezing in client meetings.",
        "SMART",
        "2027-01-31",
    ),
    Case(
        "After a rough few months on the ward I want to get back on track. Nothing major, just be "
        "more organised and less stressed.",
        "smArt",
    ),
)

ROUGH = (
    Case("finsh nvq level 3 by april", "SMArT", "2027-04-30"),
    Case("compleet 3 moduels of the course by end of jan", "SMArT", "2027-01-31"),
    Case("get my forklift licence b4 xmas", "SMArT"),
    Case("need 2 call back all the leads from the trade show within 48hrs", "SMArT"),
    Case("wanna be better at excel lol", "smArt"),
    Case("be more confident i guess", "smArt"),
    Case("sort the filing cabinet this wk", "SMArT", "2026-11-29"),
    Case("PASS MY LEVEL 3 ASSESSOR AWARD BY 31 MARCH", "SMArT", "2027-03-31"),
    Case("BE MORE POSITIVE AT WORK", "smArt"),
    Case("INCREASE REPEAT BOOKINGS BY 20% IN Q1 2027", "SMArT", "2027-03-31"),
    Case("STOP PROCRASTINATING", "smArt"),
    Case("📈 grow newsletter subscribers from 800 to 1,500 by June 📧", "SMArT", "2027-06-30"),
    Case("🏃‍♀️ run the Great Manchester 10k in May 🏅", "SMArT", "2027-05-31"),
    Case("🙏 be kinder to myself 💛", "smArt"),
    Case("✅ update risk register ✅ by Fri", "SMArT", "2026-11-27"),
    Case("wk48: chase 6 overdue POs", "SMArT"),
    Case("chase invoice #4471 with Acme tmrw", "SMArT", "2026-11-26"),
    Case("Q1 - 4 site visits, 2 case studies", "SMArT", "2027-03-31"),
    Case("1:1s w/ all directs monthly", "SMArT"),
    Case("mtg prep: deck to Sarah by EOD", "SMArT", "2026-11-25"),
    Case("renew first aid cert - due 03/2027", "SMArT", "2027-03-31"),
    Case("Ask for more responsibility", "smArt"),
    Case("lose 6kg by my sisters wedding in june", "SMArT", "2027-06-30"),
    Case("save 3k by summer", "SMArT"),
    Case("ALL STAFF TO COMPLETE GDPR E-LEARNING BY 18/12", "SMArT", "2026-12-18"),
    Case("run 3x/wk til the marathon", "SMArT"),
    Case("no phone after 10pm on weeknights", "SMArT"),
)

NUMBERS = (
    Case("Sell 20–25 garden rooms this season.", "SMArT"),
    Case("Post 3-4 times a week on the shop's Instagram.", "SMArT"),
    Case("Aim for 10 to 12 discovery calls a day.", "SMArT"),
    Case(
        "Get three quarters of the team through first aid training by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Cut no-shows at the dental practice by a third by the summer.", "SMArT"),
    Case("Complete 2/3 of the dissertation draft before the Easter break.", "SMArT"),
    Case("Read twenty novels in 2027.", "SMArT", "2027-12-31"),
    Case("Make fifty cold calls a week in January.", "SMArT", "2027-01-31"),
    Case("Hire two apprentice electricians by spring.", "SMArT"),
    Case("Run a hundred miles in December.", "SMArT", "2026-12-31"),
    Case(
        "Raise my customer rating on the delivery app to 4.9 out of 5 by the end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Score 7.5 or higher in IELTS by February so I can apply to the nursing register.",
        "SMART",
        "2027-02-28",
    ),
    Case("Score at least 8/10 on the next mystery shopper visit.", "SMArT"),
    Case("Feel more ready to lead the team — I'd say I'm 60% there.", "smArt"),
    Case("Get better at handling conflict (confidence 3/10).", "smArt"),
    Case("I'm 80% confident I can get more comfortable with spreadsheets.", "smArt"),
    Case("Build my confidence at presenting from 4/10 to 7/10.", "smArt"),
    Case("Lead my team of 9 with more empathy.", "smArt"),
    Case("With 12 years in retail behind me, I want to feel more sure of myself.", "smArt"),
    Case("Support the Year 9 form group better.", "smArt"),
    Case("Tidy up the v2 onboarding docs.", "SMArt"),
    Case("Improve patient flow on Ward 7.", "smArt"),
    Case("Get more involved with the U15s.", "smArt"),
    Case("Upgrade all 14 tills to POS v3 by mid-February.", "SMArT"),
    Case("Pass the AZ-900 exam in January.", "SMArT", "2027-01-31"),
    Case("Reach 10k steps a day on at least 5 days a week.", "SMArT"),
    Case(
        "Bring the average waiting time down from 4.5 to 3 hours by March 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Cut the failed-delivery rate from 1 in 20 to 1 in 50 by Q2.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Move every pupil in my Year 4 class up at least one reading band by July.",
        "SMArT",
        "2027-07-31",
    ),
    Case("Grow monthly recurring revenue from £18k to £25k by end of FY.", "SMArT"),
    Case("Cut the tea-break overrun by half.", "SMArt"),
    Case("Hit 1.5 million page views in Q2 2027.", "SMArT", "2027-06-30"),
    Case("Spend under $40 a week on coffee and lunches.", "SMArT"),
    Case("Get my 400m time under 60s by the county champs.", "SMArT"),
    Case("Answer 9 in 10 calls within 20 seconds.", "SMArT"),
)

DATES = (
    Case("Submit the revised business case to the board by 31/03/2027.", "SMArT", "2027-03-31"),
    Case("File the VAT return by 3/31.", "SMArT", "2027-03-31"),
    Case(
        "Finish the wiring diagrams for the Oak Street job by end of Feb.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Send the signed contracts back COB Thursday.", "SMArT", "2026-11-26"),
    Case("Launch the new patient portal in H1 2027.", "SMArT", "2027-06-30"),
    Case("Repaint the community centre hall next spring.", "SMArT"),
    Case("Re-record all the training videos by the summer break.", "SMArT"),
    Case("Close the books on the grant by end of FY.", "SMArT"),
    Case("Publish the annual impact report by 2027-04-30.", "SMArT", "2027-04-30"),
    Case("Have the lab inventory counted by the 15th.", "SMArT", "2026-12-15"),
    Case("Confirm the venue for the gala no later than 28 February.", "SMArT", "2027-02-28"),
    Case("Submit my portfolio on or before 30 June.", "SMArT", "2027-06-30"),
    Case("Finish the module 4 reading in the next fortnight.", "SMArT", "2026-12-09"),
    Case("Draft the tender response by tomorrow.", "SMArT", "2026-11-26"),
    Case("Clear the returns shelf by the end of the week.", "SMArT", "2026-11-29"),
    Case("Book the team's Christmas lunch by end of day.", "SMArT", "2026-11-25"),
    Case("Renew the company's insurance policy in two months' time.", "SMArT", "2027-01-25"),
    Case("Be fully qualified as a gas engineer a year from now.", "SMArT", "2027-11-25"),
    Case("Hand in the dissertation by 15.05.2027.", "SMArT", "2027-05-15"),
    Case("Get the boiler serviced by Dec 15.", "SMArT", "2026-12-15"),
    Case("Finish the bathroom refit by 1st of March.", "SMArT", "2027-03-01"),
    Case("Sit the theory test in Jan '27.", "SMArT", "2027-01-31"),
    Case("Agree next year's budget with the trustees by mid-January.", "SMArT"),
    Case("Complete the pilot in the first half of 2027.", "SMArT", "2027-06-30"),
    Case("Roll out the new rota tool over the next 10 days.", "SMArT", "2026-12-05"),
    Case("Sign off the Q4 accounts by the end of the first week of January.", "SMArT"),
    Case("Have all 30 care plans reviewed before the CQC visit.", "SMArT"),
    Case("Finalise the school trip risk assessment ahead of the March residential.", "SMArT"),
    Case("Get the marketing plan approved at the next leadership meeting.", "SMArT"),
    Case("Return all library books by noon tomorrow.", "SMArT", "2026-11-26"),
    Case("Publish the rota by 5pm every Thursday.", "SMArT"),
    Case("Finish the 3 outstanding appraisals by year's end.", "SMArT", "2026-12-31"),
    Case("Deliver the first draft of the policy by EOW.", "SMArT"),
    Case("Complete the audit trail fixes by end of next week.", "SMArT", "2026-12-06"),
    Case("Move the clinic onto the new booking system by January 2027.", "SMArT", "2027-01-31"),
    Case("Launch the refill station in store by Dec 2026.", "SMArT", "2026-12-31"),
    Case("Publish 4 podcast episodes before 1/15.", "SMArT"),
    Case("Finish onboarding the two new carers in 3 weeks.", "SMArT", "2026-12-16"),
    Case("Get planning permission for the barn conversion within 45 days.", "SMArT", "2027-01-09"),
    Case("Complete the fundraising plan by the turn of the year.", "SMArT"),
    Case("Run the stock reconciliation on the last Friday of every month.", "SMArT"),
    Case("Pay off the van loan by autumn 2027.", "SMArT"),
    Case("Finish my MSc dissertation by the end of the academic year.", "SMArT"),
    Case("Get the audit actions closed by the end of the fiscal year.", "SMArT"),
    Case("Hand over the project file prior to my next appraisal.", "SMArT"),
    Case("Complete the safeguarding refresher before my next performance review.", "SMArT"),
    Case("Write up the learning notes at the end of the workshop.", "SMArT"),
    Case("Have the draft ready by 3pm.", "SMArT", "2026-11-25"),
    Case("Get the new website live in just a quarter.", "SMArT", "2027-02-25"),
)

WINDOWS = (
    Case("Starting next month, I'll take over the supplier ordering.", "SMArt"),
    Case("From January, manage the practice's social media accounts.", "SMArt"),
    Case("Once I'm settled in the new role, start mentoring a graduate.", "smArt"),
    Case("Call every missed caller back within 2 hours of the missed call.", "SMArT"),
    Case("Send the board minutes out within 3 working days of each meeting.", "SMArT"),
    Case("Debrief the crew within a week of every serious incident.", "SMArT"),
    Case("Update the patient's care plan within 24 hours of any fall.", "SMArT"),
    Case("Count the cigarette stock fortnightly.", "SMArT"),
    Case("Demo progress to the product owner each sprint.", "SMArT"),
    Case("Meet my mentor every other week.", "SMArT"),
    Case("Hold a team retro at the end of every sprint.", "SMArT"),
    Case("Check the defibrillator pads twice a month.", "SMArT"),
    Case("Visit each branch once a quarter.", "SMArT"),
    Case("Phone my mum on Sundays.", "SMArT"),
    Case("Do a 20-minute walk at lunchtime on weekdays.", "SMArT"),
    Case("Deep-clean the walk-in fridge biweekly.", "SMArT"),
    Case("Send out the parish newsletter bimonthly.", "SMArT"),
    Case("Publish a new recipe on the blog every Tuesday and Friday.", "SMArT"),
    Case("Go to the gym more often.", "smArt"),
    Case("Once the new hire is in post, hand over the payroll within a month.", "SMArT"),
    Case(
        "In the run-up to the inspection, audit every medicine cabinet on the ward.",
        "SMArT",
    ),
    Case("After each home visit, write up the case notes the same day.", "SMArT"),
    Case("Ring every new member within their first week of joining.", "SMArT"),
    Case("Take the bins out every Thursday night.", "SMArT"),
    Case("Go running three times a week.", "SMArT"),
)

VERBS = (
    Case("Earn my CIPD Level 5 by July.", "SMArT", "2027-07-31"),
    Case("Gain a distinction in my PGCert by next summer.", "SMArT"),
    Case(
        "Secure a place on the NHS graduate management scheme by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Land my first paid illustration commission by Easter.", "SMArT", "2027-03-28"),
    Case("Attain chartered status with the CIOB by 2028.", "SMArT", "2028-12-31"),
    Case("Obtain a Level 3 Award in Education and Training before September.", "SMArT"),
    Case("Pick up my HGV licence in the new year.", "SMArT"),
    Case(
        "Achieve Gold Standard accreditation for the nursery by the end of 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "Win the Best Small Business award at the chamber awards in June.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Gain 500 new followers on the bakery's Instagram by March.", "SMArT", "2027-03-31"),
    Case("Gain more confidence on the phone.", "smArt"),
    Case("Lose 5.5kg by 1 May.", "SMArT", "2027-05-01"),
    Case("Boost footfall at the market stall.", "smArt"),
    Case("Boost footfall at the market stall by 15% before Easter.", "SMArT"),
    Case("Grow our volunteer base.", "smArt"),
    Case("Shrink the open-ticket queue to under 50 by Friday.", "SMArT", "2026-11-27"),
    Case("Lower the ward's agency spend this quarter.", "smArT", "2026-12-31"),
    Case("Trim average delivery time by 2 days by the end of Q1.", "SMArT", "2027-03-31"),
    Case("Slash our printing costs.", "smArt"),
    Case("Cut printing costs by two thirds over the next year.", "SMArT", "2027-11-25"),
    Case("Expand the youth club.", "smArt"),
    Case("Circulate the weekly sales figures to the area managers every Monday.", "SMArT"),
    Case("Shadow a senior tax adviser for five days in January.", "SMArT", "2027-01-31"),
    Case("Digitise the paper visitor log by the end of January.", "SMArT", "2027-01-31"),
    Case("Overhaul the volunteer induction pack by spring.", "SMArT"),
    Case("Declutter the spare room this weekend.", "SMArT", "2026-11-29"),
    Case("Audit the charity's Gift Aid claims for 2025 by February.", "SMArT", "2027-02-28"),
    Case(
        "Benchmark our salaries against 3 local competitors before the pay review.",
        "SMArT",
    ),
    Case("Onboard the 2 new carers onto the rostering app by Friday.", "SMArT", "2026-11-27"),
    Case("Draft and circulate the new lone-working policy by 20 January.", "SMArT", "2027-01-20"),
    Case(
        "Record and upload 6 short safety videos for the warehouse in Q1.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Cost and price the new catering menu before the spring launch.", "SMArT"),
    Case("Co-host the regional nursing conference in October 2027.", "SMArT", "2027-10-31"),
    Case(
        "Re-certify as a first aider before my current certificate lapses in May.",
        "SMArT",
    ),
    Case("Proofread the annual report.", "SMArt"),
    Case("Refurbish the staff room for under £2,000.", "SMArt"),
    Case("Decorate the shop window for Christmas.", "SMArT"),
)

HEDGES = (
    Case("I'd like to try to get my forklift licence by March.", "SMArT", "2027-03-31"),
    Case("Hopefully I can sit the IELTS in February and score 7.0.", "SMArT", "2027-02-28"),
    Case("I think I might want to maybe do more CPD?", "smArt"),
    Case(
        "Ideally, I'd get the Level 4 diploma done by next Christmas so I can apply for the "
        "practice manager job.",
        "SMART",
        "2026-12-25",
    ),
    Case(
        "Despite the night shifts, I will complete my NMC revalidation by April.",
        "SMArT",
        "2027-04-30",
    ),
    Case("With my mentor's help, I'll publish two case reports in 2027.", "SMArT", "2027-12-31"),
    Case(
        "Once the new tills are in, train all five weekend staff on them within a week.",
        "SMArT",
    ),
    Case("On the first day of term, I will give every student a reading log.", "SMArT"),
    Case(
        "Given the budget cuts, we will renegotiate the cleaning contract before it renews in April.",
        "SMART",
    ),
    Case(
        "Alongside the day job, I'll complete 20 hours of off-the-job training each month.",
        "SMArT",
    ),
    Case(
        "If the funding comes through, we'll open a Saturday clinic by June.", "SMArT", "2027-06-30"
    ),
    Case("Every Monday, I will email the week's priorities to the team.", "SMArT"),
    Case("In January, I'll run a skills audit of the whole department.", "SMArT", "2027-01-31"),
    Case("Before my probation ends in February, lead one client meeting on my own.", "SMArT"),
    Case("I guess I should try harder at work.", "smArt"),
    Case("I'm going to attempt the Three Peaks Challenge in June.", "SMArT", "2027-06-30"),
    Case(
        "Really want to finally get round to fixing the garden fence this weekend.",
        "SMArT",
        "2026-11-29",
    ),
    Case("Let's aim to have the new menu printed by the 1st.", "SMArT", "2026-12-01"),
)

FIELDS = (
    Case(
        "Cut the time to process a new claim from 10 working days to 6 so that tenants get help "
        "sooner.",
        "SMARt",
    ),
    Case(
        "Attend 6 CPD webinars on employment law in 2027 to keep my practising certificate.",
        "SMART",
        "2027-12-31",
    ),
    Case("Calibrate all 12 pipettes in the lab every 6 months.", "SMArT"),
    Case("Lamb 300 ewes with under 5% losses this spring.", "SMArT"),
    Case("Reduce antibiotic use in the herd by 20% by next autumn.", "SMArT"),
    Case("Close 15 cases a month without going over the 20-day limit.", "SMArT"),
    Case("Check every controlled-drug register entry at the end of each shift.", "SMArT"),
    Case(
        "Get my independent prescriber qualification within 18 months so I can run the minor "
        "ailments clinic.",
        "SMART",
        "2028-05-25",
    ),
    Case("Be a better social worker.", "smArt"),
    Case("Reduce the average length of stay on the ward.", "smArt"),
    Case("Mark and return every essay within 10 school days.", "SMArT"),
    Case("Tutor two Year 11 students for an hour a week until their GCSEs.", "SMArT"),
    Case("Have a tidier classroom.", "smArt"),
    Case("Get 85% of my Year 13s to a grade B or above in the mocks.", "SMArT"),
    Case("Write a grant bid for the new minibus.", "SMArt"),
    Case("Recruit 12 new trustees for the board.", "SMArt"),
    Case("Deliver 250 food parcels over the Christmas fortnight.", "SMArT"),
)

OUT_OF_REACH = (
    Case("Go from junior developer to CTO within a year.", "SMarT", "2027-11-25"),
    Case("Cut energy costs by 50% in a month.", "SMarT", "2026-12-25"),
    Case("Run a marathon next week having never run before.", "SMarT", "2026-12-06"),
    Case("Make $1M in revenue in six months starting from zero.", "SMarT", "2027-05-25"),
    Case("Complete all 24 modules of the ACCA course this weekend.", "SMarT", "2026-11-29"),
    Case("Write 100 blog posts this month.", "SMarT", "2026-11-30"),
    Case("Be the best physiotherapist in the country.", "smart"),
)

FOREIGN = (
    Case("Mejorar mis ventas un 10% antes de junio.", "smArt"),
    Case("Améliorer ma communication avec l'équipe d'ici mars.", "smArt"),
    Case("Bis Ende Juni drei neue Kunden gewinnen.", "smArt"),
    Case("Concluir o curso de gestão de projetos até dezembro.", "smArt"),
    Case("Voor 1 april mijn rijbewijs halen.", "smArt"),
)

# Written after the first fixes to the batch above, labelled before the evaluator read them: a
# check that the fixes were principles, not the phrasings above.
LATER = (
    Case(
        "The vet nurses will run a weight clinic for overweight dogs every Tuesday afternoon.",
        "SMArT",
    ),
    Case(
        "Our front-of-house team should answer every review on TripAdvisor within two days.",
        "SMArT",
    ),
    Case(
        "Every new starter must complete the manual handling course in their first week.",
        "SMArT",
    ),
    Case(
        "Ground crew to complete the de-icing refresher before 1 December.", "SMArT", "2026-12-01"
    ),
    Case(
        "Bookings for the summer reading challenge are to be opened by 1 June.",
        "SMArT",
        "2027-06-01",
    ),
    Case("The loading bay will be repainted over the Easter weekend.", "SMArT"),
    Case("Staff morale is expected to improve.", "smArt"),
    Case("Maybe try to cut down on takeaways?", "smArt"),
    Case("I reckon I could get my CELTA done by the summer holidays.", "SMArT"),
    Case("Honestly I just want to stop feeling so tired.", "smArt"),
    Case("KR1: 500 library cards issued to new members by end of Q2", "SMArT", "2027-06-30"),
    Case("KR2 — reduce average dwell time at the gate from 45 to 30 mins", "SMArt"),
    Case(
        "O: Safer site\nKR1: zero RIDDOR incidents in 2027\nKR2: 100% of subcontractors "
        "inducted before day one",
        "SMArT",
        "2027-12-31",
    ),
    Case("Q3: two grant bids submitted, one funded", "SMArT", "2027-09-30"),
    Case("* learn the new till system\n* be on time more", "smArt"),
    Case(
        "Top priorities this term:\n1. Observe 3 colleagues teach\n2. Run a parents' phonics "
        "evening",
        "SMArT",
    ),
    Case(
        "I know I keep saying it but this year I actually want to sit my driving theory test, "
        "ideally before my birthday in April, because I need to drive for the new job.",
        "SMART",
    ),
    Case(
        "Last year I let things slide a bit. Going forward I want to be more on top of my "
        "paperwork.",
        "smArt",
    ),
    Case("compleete my dbs check asap", "SMArt"),
    Case("PASS THE CITB HEALTH AND SAFETY TEST BY THE END OF JANUARY", "SMArT", "2027-01-31"),
    Case("GET ORGANISED!!!", "smArt"),
    Case("🎯 book 10 viewings a week 🏡", "SMArT"),
    Case("💪 get stronger", "smArt"),
    Case("follow up w/ all 12 leads from the expo by fri", "SMArT", "2026-11-27"),
    Case("Sell 8–10 policies a month through Q1.", "SMArT", "2027-03-31"),
    Case(
        "Get at least half of the Year 6 class to the expected standard in reading by July.",
        "SMArT",
        "2027-07-31",
    ),
    Case("Cut the average time to first invoice by one third.", "SMArt"),
    Case("Run forty training sessions across the three depots in 2027.", "SMArT", "2027-12-31"),
    Case("Finish two-thirds of my dissertation by Feb half term.", "SMArT"),
    Case("Keep my credit card balance under £500 every month.", "SMArT"),
    Case(
        "Score 4 or 5 on every patient satisfaction survey this quarter.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Rate myself 7/10 on confidence chairing meetings by the summer.", "smArT"),
    Case(
        "Migrate the 3 remaining servers to Windows Server 2022 by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Support the Team 4 leads through the restructure.", "smArt"),
    Case("Submit the Q2 VAT return by 7 August 2027.", "SMArT", "2027-08-07"),
    Case("Send the newsletter by 12/15.", "SMArT", "2026-12-15"),
    Case("Have the new kitchen fitted by the end of March 2027.", "SMArT", "2027-03-31"),
    Case("Complete my tax return before 31 January.", "SMArT"),
    Case("Finish the first draft by close of play Friday.", "SMArT", "2026-11-27"),
    Case("Get the van MOT'd by mid-December.", "SMArT"),
    Case("File the grant report in the second half of January.", "SMArT", "2027-01-31"),
    Case("Wrap up the pilot by the end of H1.", "SMArT", "2027-06-30"),
    Case("Launch the podcast by spring 2027.", "SMArT"),
    Case("Roll out the new triage protocol within six weeks of the go-live.", "SMArT"),
    Case("Starting in March, I'll take charge of the petty cash.", "SMArt"),
    Case("Respond to every safeguarding concern within one hour of it being raised.", "SMArT"),
    Case("Check in with each remote worker every other Friday.", "SMArT"),
    Case("Publish a blog post each fortnight.", "SMArT"),
    Case("Water the seedlings twice a day through May.", "SMArT", "2027-05-31"),
    Case("Review the risk log at the end of each month.", "SMArT"),
    Case(
        "Earn my Level 3 Award in Assessing Vocational Achievement by June.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Win back 5 lapsed corporate clients this financial year.", "SMArT"),
    Case("Secure sponsorship for the under-12s kit before the season starts.", "SMArT"),
    Case("Boost attendance at the toddler group.", "smArt"),
    Case(
        "Boost attendance at the toddler group to 20 families a week by February.",
        "SMArT",
        "2027-02-28",
    ),
    Case(
        "Halve the number of missed medication doses on Ward 3 by April.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Grow the choir.", "smArt"),
    Case("Get in shape.", "smArt"),
    Case("Declutter and list 30 items on eBay this month.", "SMArT", "2026-11-30"),
    Case("Laminate the new fire exit signs for every floor.", "SMArt"),
    Case("I'd love to maybe run a half marathon at some point.", "SMArt"),
    Case(
        "Despite the staffing gaps, we'll keep response times under 8 minutes for category 1 "
        "calls.",
        "SMArt",
    ),
    Case("Before my maternity leave starts in March, hand over all my cases.", "SMArT"),
    Case("Within a month of joining, meet every head of department one to one.", "SMArT"),
    Case("If I pass my probation, I'll apply for the senior carer post in the spring.", "SMArT"),
    Case("Go from zero to running a marathon in three weeks.", "SMarT", "2026-12-16"),
    Case("Double our revenue every month for a year.", "SMarT", "2027-11-25"),
    Case("Be perfect at my job.", "smart"),
    Case("Terminer ma formation en gestion avant l'été.", "smArt"),
    Case("Mejorar la atención al cliente este año.", "smArt"),
    Case("Consegnare il progetto entro marzo.", "smArt"),
    Case("Aim: every child in Reception can write their name by Christmas.", "SMArT", "2026-12-25"),
    Case("Target for Q1 - 15 new landlords signed", "SMArT", "2027-03-31"),
    Case(
        "Deliver 3 CPD sessions to the nursing team so they feel confident using the new pumps.",
        "SMARt",
    ),
    Case("Run a 5k in under 25 mins by my 30th in August.", "SMArT", "2027-08-31"),
    Case("Keep the pharmacy's dispensing error rate below 0.5% all year.", "SMArT"),
    Case("Tidy the shed.", "SMArt"),
)

# In the shapes of published HR, teaching, nursing and health-coaching examples, written after
# the fixes to both groups above and labelled before the evaluator read them.
GUIDE_SHAPES = (
    Case(
        "I will increase my monthly sales by 12% by the end of Q3 by calling 15 new prospects "
        "every week.",
        "SMArT",
        "2027-09-30",
    ),
    Case("I want to get healthier.", "smArt"),
    Case(
        "By the end of the school year, 85% of my Year 3 pupils will read at the expected level.",
        "SMArT",
    ),
    Case("Be a better teacher.", "smArt"),
    Case(
        "Within six months, reduce patient falls on the stroke ward by 20% by introducing "
        "hourly rounding.",
        "SMArT",
        "2027-05-25",
    ),
    Case("I will study for two hours every weekday evening until my finals in May.", "SMArT"),
    Case("Improve my grades.", "smArt"),
    Case(
        "I will lose 12 pounds in four months by going to the gym three times a week and "
        "cutting out fizzy drinks.",
        "SMArT",
        "2027-03-25",
    ),
    Case("Run a 5K in under 28 minutes by June 1.", "SMArT", "2027-06-01"),
    Case(
        "Get promoted to team manager within two years by completing the company's "
        "leadership programme.",
        "SMART",
        "2028-11-25",
    ),
    Case("I will eat at least three servings of vegetables every day.", "SMArT"),
    Case("Spend less time scrolling.", "smArt"),
    Case("Limit my screen time to 90 minutes per evening for the next month.", "SMArT"),
    Case(
        "I will answer all patient call bells within 3 minutes during my shifts.",
        "SMArT",
    ),
    Case(
        "Complete the Certified Scrum Master course by March 31, 2027 so I can lead our "
        "team's sprints.",
        "SMART",
        "2027-03-31",
    ),
    Case("Get better at time management.", "smArt"),
    Case(
        "Block out two hours every Monday morning to plan the week's priorities.",
        "SMART",
    ),
    Case(
        "Reduce the number of overdue invoices from 40 to 10 by the end of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Increase customer satisfaction.", "smArt"),
    Case(
        "Raise our average customer satisfaction score from 3.8 to 4.3 out of 5 within two "
        "quarters.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Save $3,000 by setting aside $250 from every paycheck.", "SMArT"),
    Case("Save money.", "smArt"),
    Case("Pay off my $2,400 car loan by December 2027.", "SMArT", "2027-12-31"),
    Case(
        "Meditate for 10 minutes every morning for the next 30 days to manage my stress.",
        "SMART",
        "2026-12-25",
    ),
    Case("Drink more water.", "smArt"),
    Case("Drink 2 litres of water every day.", "SMArT"),
    Case(
        "Attend at least four professional development workshops this year.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "By June 30, 2027, I will have published three articles in industry journals.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Become a manager.", "SMArt"),
    Case(
        "Learn conversational Spanish by completing 3 Duolingo lessons a day for 6 months "
        "so I can get by on my trip to Madrid.",
        "SMART",
        "2027-05-25",
    ),
    Case("Learn Spanish.", "smArt"),
    Case("Call each client at least once a quarter.", "SMArT"),
    Case("Make more sales calls.", "smArt"),
    Case("Make 25 sales calls per day.", "SMArT"),
    Case(
        "Decrease my average ticket resolution time from 6 hours to 4 hours by the end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Be more positive.", "smArt"),
    Case(
        "Give one piece of specific praise to each team member every week.",
        "SMArT",
    ),
    Case(
        "Our nursing unit will achieve 100% compliance with hand hygiene audits by the end "
        "of the year.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "Students will improve their reading fluency by 20 words per minute by the end of "
        "the semester.",
        "SMArT",
    ),
    Case("Exercise for 30 minutes, 4 times a week.", "SMArT"),
    Case("Move more.", "smArt"),
    Case(
        "Update my resume and apply to 5 jobs per week until I get an offer.",
        "SMArT",
    ),
    Case("Find a new job.", "sMArt"),
    Case(
        "Network with 2 new people in my industry each month by attending local meetups.",
        "SMArT",
    ),
    Case(
        "Read 1 book about leadership each month to prepare for a supervisor role.",
        "SMART",
    ),
    Case("Stop procrastinating on my assignments.", "smArt"),
    Case(
        "Start each workday by writing a to-do list of no more than five tasks.",
        "SMArT",
    ),
    Case(
        "Volunteer 5 hours a month at the local food pantry starting in January.",
        "SMArT",
    ),
    Case("Get my nursing degree.", "SMArt"),
    Case(
        "Pass the NCLEX exam on my first attempt by August 2027.",
        "SMArT",
        "2027-08-31",
    ),
    Case(
        "Cut my grocery bill by $50 a month by planning meals every Sunday.",
        "SMArT",
    ),
    Case("Improve communication with my team.", "smArt"),
    Case(
        "Hold a 15-minute stand-up with my team every morning to share updates.",
        "SMART",
    ),
    Case("Get 7 to 8 hours of sleep each night.", "SMArT"),
    Case(
        "Lower my blood pressure below 130/80 within 3 months.",
        "SMArT",
        "2027-02-25",
    ),
    Case(
        "Write 1,000 words of my thesis every weekday until the draft is done.",
        "SMArT",
    ),
    Case("Be the top-performing sales rep in the world.", "smart"),
    Case(
        "Increase my Instagram followers from 2,000 to 5,000 in 6 months by posting daily.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Finish my degree.", "SMArt"),
)

# Written after the fixes to all the groups above, labelled before the evaluator read them: a
# last check on goals from fields and in shapes none of the groups above was written from.
LAST = (
    Case(
        "Catalogue the 400 uncatalogued photographs in the museum archive by July.",
        "SMArT",
        "2027-07-31",
    ),
    Case(
        "Cabin crew will complete the new safety briefing module before their next rostered flight.",
        "SMArT",
    ),
    Case("Respond to 95% of 999 calls within 10 seconds.", "SMArT"),
    Case("Be more visible in the community.", "smArt"),
    Case("Hold a coffee morning for new parents on the first Saturday of every month.", "SMArT"),
    Case("Pick 150 orders per hour on the night shift by the end of my first month.", "SMArT"),
    Case("Cut our mean time to recovery from 90 to 30 minutes by Q2 2027.", "SMArT", "2027-06-30"),
    Case("Get the on-call rota sorted.", "SMArt"),
    Case("Reconcile all 14 bank accounts within 5 working days of month end.", "SMArT"),
    Case("Pass ACCA Financial Reporting in the June 2027 exam session.", "SMArT", "2027-06-30"),
    Case("See 12 patients per session without running over.", "SMArT"),
    Case("List 6 new properties a month for the rest of the year.", "SMArT", "2026-12-31"),
    Case("Coach three clients to their first 10k by the spring.", "SMArT"),
    Case("Spend 15 minutes reading with my son every night before bed.", "SMArT"),
    Case("Revise for an hour a day until my A-levels start.", "SMArT"),
    Case("Practise piano for 20 minutes a day so I can pass Grade 4 next summer.", "SMART"),
    Case("Finish the first draft of my memoir.", "SMArt"),
    Case("Write 1,500 words a week on my memoir until it's done.", "SMArT"),
    Case("Grow the youth group.", "smArt"),
    Case("Grow the youth group from 12 to 25 regulars by September.", "SMArT", "2027-09-30"),
    Case("Plant 200 trees on the estate this winter.", "SMArT"),
    Case("Get the warehouse's pick accuracy to 99.5% and keep it there through peak.", "SMArT"),
    Case("Lead the audit of the Leeds branch in March.", "SMArT", "2027-03-31"),
    Case("Be less reactive.", "smArt"),
    Case("Reduce the number of escalations to my manager.", "smArt"),
    Case("Bring escalations to my manager down to one a week by February.", "SMArT", "2027-02-28"),
    Case(
        "Send a thank-you card to every donor who gives over £100, within a week of the gift.",
        "SMArT",
    ),
    Case("Run two Saturday workshops for first-time buyers before the spring market.", "SMArT"),
    Case(
        "Attend the regional safeguarding conference in May to keep my DSL training current.",
        "SMART",
        "2027-05-31",
    ),
    Case("Sort out my pension.", "SMArt"),
    Case("Move £300 into savings on the 1st of every month.", "SMArT"),
    Case("I'll stop buying lunch out and bring it from home 4 days a week.", "SMArT"),
    Case("Hopefully get a first in my dissertation.", "SMArt"),
    Case("Get my referee badge upgraded to Level 5 by the end of the season.", "SMArT"),
    Case("New hires should be shadowing a senior colleague within their first two days.", "SMArT"),
    Case("Ideally the backlog will be under 100 tickets by year end.", "SMArT", "2026-12-31"),
    Case("Look into getting a mentor.", "smArt"),
    Case("Ask two senior partners to mentor me before my review in April.", "SMArT"),
    Case("Make the office a nicer place to work.", "smArt"),
    Case("Repaint the office and add 10 plants by the end of January.", "SMArT", "2027-01-31"),
    Case("Fix every broken link on the website by Friday.", "SMArT", "2026-11-27"),
    Case("Write up all my CPD hours in the portfolio before revalidation.", "SMArT"),
    Case("Hit my step goal.", "SmArt"),
    Case("Walk 8,000 steps a day, every day, in December.", "SMArT", "2026-12-31"),
    Case("Increase donations.", "smArt"),
    Case("Increase regular monthly donations by £1,500 by next Christmas.", "SMArT", "2026-12-25"),
    Case("Get to know my team better.", "smArt"),
    Case("Have a 30-minute one-to-one with each of my 7 reports in my first fortnight.", "SMArT"),
    Case("Take my mum to the hospital appointment on Thursday.", "SMArT", "2026-11-26"),
    Case("Learn to use the new scanner.", "smArt"),
    Case("Scan and index all 2025 invoices by 15 January.", "SMArT", "2027-01-15"),
    Case("Sing a solo at the Christmas concert.", "SMArT"),
    Case("Become the best paramedic on the planet.", "smart"),
    Case(
        "Complete all 10 Duolingo units in Italian by the end of next week.", "SMArT", "2026-12-06"
    ),
    Case(
        "Land 3 speaking slots at industry events in 2027 to build my profile.",
        "SMART",
        "2027-12-31",
    ),
    Case("Submit expenses within 7 days of every trip.", "SMArT"),
    Case("Keep the allotment weeded.", "SMArt"),
    Case("Cook a new recipe every Sunday for the next 10 weeks.", "SMArT", "2027-02-03"),
    Case("Mentor one new volunteer each quarter.", "SMArT"),
    Case("Een cursus Excel afronden voor de zomer.", "smArt"),
)

# Written at the end, after every fix above, labelled before the evaluator read them: the last
# measure of how the rules carry over to goals they were not written from.
CLOSING = (
    Case(
        "Digitise the parish registers from 1850 to 1900 by the end of next year.",
        "SMArT",
        "2027-12-31",
    ),
    Case("The apprentices will each complete 3 supervised installs before they sign off.", "SMArT"),
    Case("Our volunteers should feel more appreciated.", "smArt"),
    Case("Respond to every tenant repair request within 24 hours of it being logged.", "SMArT"),
    Case(
        "Open a second food bank collection point in the north of the town by spring 2027.", "SMArT"
    ),
    Case("Grow my Etsy shop.", "smArt"),
    Case("Sell 40 prints a month on Etsy by June.", "SMArT", "2027-06-30"),
    Case("Be more assertive with suppliers.", "smArt"),
    Case(
        "Renegotiate the three biggest supplier contracts before they roll over in April.", "SMArT"
    ),
    Case("Start running again.", "smArt"),
    Case("Run 3 times a week for the next 6 weeks, building up to 5k.", "SMArT", "2027-01-06"),
    Case("Get a handle on my finances.", "smArt"),
    Case("Set a monthly budget and review it on the last Sunday of each month.", "SMArT"),
    Case("Take the kids swimming every Saturday morning.", "SMArT"),
    Case("Apply for the clinical lead post when it opens.", "SMArT"),
    Case(
        "Finish all 12 units of the Level 3 Diploma in Adult Care by next October.",
        "SMArT",
        "2027-10-31",
    ),
    Case("Reduce the time patients wait for a bed from 6 hours to 4 by the winter peak.", "SMArT"),
    Case("Publish 2 peer-reviewed papers from my PhD before I submit my thesis.", "SMArT"),
    Case("Teach every Year 10 pupil how to use the new lab safety goggles by half-term.", "SMArT"),
    Case("Make sure the team is happy.", "smArt"),
    Case("KR2: onboarding survey score ≥ 8/10 by end of Q1", "SMArT", "2027-03-31"),
    Case("KR3 - launch self-serve refunds", "SMArt"),
    Case("Goal: fewer missed deliveries", "smArt"),
    Case("Goal: under 2% missed deliveries every month in 2027", "SMArT", "2027-12-31"),
    Case("- be more organised\n- answer emails faster\n- be nicer to people", "smArt"),
    Case("- run the Jan stock take\n- order the spring range by 15 Feb", "SMArT", "2027-02-15"),
    Case("GET MY CSCS CARD BEFORE THE NEW SITE OPENS", "SMArT"),
    Case("LEARN SPANISH", "smArt"),
    Case("get 2 new clients a month til march", "SMArT", "2027-03-31"),
    Case("try and get fitter", "smArt"),
    Case("⭐ Earn my first Google review ⭐", "SMArt"),
    Case("🔥 be unstoppable 🔥", "smArt"),
    Case("Half the team through their appraisal by Friday 11 December.", "SMArT", "2026-12-11"),
    Case(
        "Raise average basket size from £23 to £27 over the next two quarters.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Answer nine out of ten calls within three rings.", "SMArt"),
    Case("Score at least 80% on the end-of-course assessment.", "SMArT"),
    Case("I'm 70% sure I'll hit my sales target this quarter.", "SMArT", "2026-12-31"),
    Case("My confidence presenting is a 3 at the moment; I want to feel like a 7.", "smArt"),
    Case("Coach the Under 11s to win the county cup this season.", "SMArT"),
    Case("Fix the Level 2 car park lighting by Thursday.", "SMArT", "2026-11-26"),
    Case("Submit my tax return by 31/01.", "SMArT", "2027-01-31"),
    Case("Finish the garden office by the May bank holiday.", "SMArT"),
    Case("Pay off the credit card by end of H1.", "SMArT", "2027-06-30"),
    Case("Complete onboarding for the new CRM within 10 working days.", "SMArT"),
    Case("Get the loft boarded before we move in.", "SMArT"),
    Case("Starting in the new year, I'll take over the weekly stock order.", "SMArt"),
    Case("From February, chair the Monday team meeting.", "SMArT"),
    Case("Ring every client who hasn't ordered in 90 days.", "SMArt"),
    Case("Visit every lapsed donor within a month of their last gift lapsing.", "SMArT"),
    Case("Service the lifts every quarter.", "SMArT"),
    Case("Hopefully pass my theory test next month.", "SMArT", "2026-12-31"),
    Case("I might try to get my Level 2 swimming teacher award at some point.", "SMArt"),
    Case(
        "Despite the cuts, keep the library open 6 days a week through 2027.", "SMArT", "2027-12-31"
    ),
    Case("With the new budget, hire a part-time bookkeeper by April.", "SMArT", "2027-04-30"),
    Case("Become a millionaire by next month.", "SMarT", "2026-12-31"),
    Case("Learn 5 languages fluently this year.", "SMarT", "2026-12-31"),
    Case("Go from couch to marathon in 4 weeks.", "SMarT", "2026-12-23"),
    Case("Eliminar el azúcar de mi dieta en enero.", "smArt"),
    Case("Finir mon mémoire avant juin.", "smArt"),
    Case("Publish our first impact report so funders can see what their money did.", "SMARt"),
)

# One more group written after the fixes to CLOSING, labelled before the evaluator read them.
AFTERWORD = (
    Case(
        "The estates team will replace all 40 broken window blinds in the east wing by Easter.",
        "SMArT",
        "2027-03-28",
    ),
    Case("Our reception should be friendlier.", "smArt"),
    Case("Greet every visitor within 30 seconds of them arriving at the desk.", "SMArT"),
    Case("Proofread every newsletter twice before it goes out.", "SMArT"),
    Case("Be more present at home.", "smArt"),
    Case(
        "Put my phone in a drawer from 7pm to 9pm on weeknights so I'm present with the kids.",
        "SMART",
    ),
    Case("Complete the PADI Open Water course on holiday in August.", "SMArT", "2027-08-31"),
    Case("Hit 150 subscribers on the podcast before series 2 launches.", "SMArT"),
    Case("Run my first 10-mile race in spring 2027.", "SMArT", "2027-05-31"),
    Case("Work towards a promotion.", "smARt"),
    Case(
        "Put together a promotion case with 3 examples of leading projects by my March review.",
        "SMART",
        "2027-03-31",
    ),
    Case(
        "Catch up on my backlog of 30 unread journal articles by New Year's Day.",
        "SMArT",
        "2027-01-01",
    ),
    Case("Learn more about AI.", "smArt"),
    Case(
        "Complete Google's AI Essentials course and share 3 takeaways with my team by 31 January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Answer the phone more politely.", "smArt"),
    Case("Reduce agency nurse shifts on the ward from 20 to 8 a month by summer.", "SMArT"),
    Case("Host a bake sale for the hospice in the spring half-term.", "SMArT"),
    Case("Spend 2 hours a week on my allotment between March and October.", "SMArT", "2027-10-31"),
    Case("Try out the new rostering app.", "SMArt"),
    Case("get the q3 report out b4 the board mtg", "SMArT"),
    Case("sort out car insurance renewal by 12th", "SMArT", "2026-12-12"),
    Case("BOOK FLIGHTS FOR THE CONFERENCE THIS WEEK", "SMArT", "2026-11-29"),
    Case("👶 read to the baby every night 📚", "SMArT"),
    Case("Q2 focus: hire a head of sales; onboard them by 30 June", "SMArT", "2027-06-30"),
    Case("- cut down on caffeine\n- sleep more", "smArt"),
    Case("Donate blood every 16 weeks.", "SMArT"),
    Case("Referee 2 matches a weekend during the season.", "SMArT"),
    Case("Finish the renovation of the flat so we can rent it out.", "SMARt"),
    Case("Walk the Pennine Way over three weeks next summer.", "SMArT"),
    Case("Become world champion by 2028 having never competed.", "SMarT", "2028-12-31"),
    Case("Perfect my golf swing.", "smart"),
    Case(
        "Raise £500 for the air ambulance by running the Bristol 10k on 9 May.",
        "SMArT",
        "2027-05-09",
    ),
    Case("Mehr Sport machen.", "smArt"),
    Case("Aprender a nadar este verano.", "smArt"),
    Case("Cancel the 3 subscriptions I don't use by the end of the week.", "SMArT", "2026-11-29"),
    Case("I will be the go-to person for Excel questions in my team.", "smArt"),
    Case("Run a 20-minute Excel tips session for the team once a month.", "SMArT"),
    Case("Get my hearing tested.", "SMArt"),
    Case("Finally get my eyes tested this month.", "SMArT", "2026-11-30"),
    Case("Decide whether to go back to university by the summer.", "SMArT"),
)

# The last group, written after every fix above and labelled before the evaluator read it.
CODA = (
    Case(
        "Lead the weekly ward huddle every Tuesday for the next three months.",
        "SMArT",
        "2027-02-25",
    ),
    Case("Support the new care assistants.", "smArt"),
    Case(
        "Sign off all 18 outstanding risk assessments by the end of the month.",
        "SMArT",
        "2026-11-30",
    ),
    Case("Reduce our carbon footprint.", "smArt"),
    Case(
        "Cut the depot's diesel use by 15% by switching 4 vans to electric by next autumn.", "SMArT"
    ),
    Case("Put on a summer reading challenge for 200 children at the library.", "SMArt"),
    Case("Take the CIPS Level 4 exams in the June 2027 window.", "SMArT", "2027-06-30"),
    Case("Get more confident on the phone with customers.", "smArt"),
    Case("Take 20 inbound calls a day on my own by the end of my second week.", "SMArT"),
    Case("Train the new barista on latte art before the Christmas rush.", "SMArT"),
    Case("Hit every monthly sales target in 2027.", "SMArT", "2027-12-31"),
    Case("Finish writing the grant report over the weekend.", "SMArT", "2026-11-29"),
    Case("Finish my probation successfully.", "SMArt"),
    Case("Pass my probation review in February.", "SMArT", "2027-02-28"),
    Case("Be better at saying no.", "smArt"),
    Case("Turn down at least one non-essential meeting a week.", "SMArT"),
    Case("Review every open safeguarding case with my supervisor fortnightly.", "SMArT"),
    Case("Upgrade the shop's card reader before Black Friday.", "SMArT"),
    Case("Keep the break room tidy.", "smArt"),
    Case("Reach 3,000 newsletter subscribers before our spring launch.", "SMArT"),
    Case("Increase footfall at the museum by 10% compared with last summer.", "SMArt"),
    Case("Increase footfall at the museum by 10% this summer compared with last summer.", "SMArT"),
    Case("Sit my first mock exam in January and score at least 60%.", "SMArT", "2027-01-31"),
    Case("Be a role model for the juniors.", "smArt"),
    Case(
        "Run a monthly drop-in clinic for junior staff from January to June.", "SMArT", "2027-06-30"
    ),
    Case(
        "Collect feedback from 25 patients on the new discharge letter by the end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Earn a first-aid-at-work certificate this winter.", "SMArT"),
    Case("Win back the Henderson account.", "SMArt"),
    Case("Win back the Henderson account before their contract review in March.", "SMArT"),
    Case("Keep improving.", "smArt"),
    Case("Learn to make sourdough.", "smArt"),
    Case("Bake a sourdough loaf every Saturday in January.", "SMArT", "2027-01-31"),
    Case("Become an expert in cloud security.", "smArt"),
    Case(
        "Pass the AWS Security Specialty exam by May so I can lead the cloud audit.",
        "SMART",
        "2027-05-31",
    ),
    Case("My aim is to spend less time in meetings.", "smArt"),
    Case("My aim is to cut my meetings to 10 hours a week by February.", "SMArT", "2027-02-28"),
    Case("Bring my reading age up.", "smArt"),
    Case("Tidy and label every cable in the server room by Friday.", "SMArT", "2026-11-27"),
    Case("Ride 100 miles in June.", "SMArT", "2027-06-30"),
    Case("Deliver a talk at the regional nursing conference.", "SMArT"),
    Case("NB: chase payroll re overtime tmrw", "SMArT", "2026-11-26"),
    Case("!!! finish the appraisal forms by 5pm !!!", "SMArT", "2026-11-25"),
    Case("WORK ON MY FITNESS", "smArt"),
    Case("RUN 3 TIMES A WEEK IN DECEMBER", "SMArT", "2026-12-31"),
    Case("🌱 be greener 🌱", "smArt"),
    Case("🌱 plant 6 raised beds of veg by April 🌱", "SMArT", "2027-04-30"),
    Case("Achieve world-class customer service.", "smArt"),
    Case("Double my reading speed by next week.", "SMarT", "2026-12-06"),
    Case("Lire un livre par mois.", "smArt"),
    Case("Ogni settimana, correre 10 km.", "smArt"),
)

# Written after the last rule changed, labelled before the evaluator read them: the final blind
# measure of this batch.
FINALE = (
    Case(
        "Every member of the kitchen team will complete allergen training by 31 January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Reduce the number of no-shows at the dental surgery.", "smArt"),
    Case("Text a reminder to every patient 48 hours before their appointment.", "SMArT"),
    Case("Be a calmer presence on the ward.", "smArt"),
    Case("Plan and run a charity quiz night for 60 people in March.", "SMArT", "2027-03-31"),
    Case("Get better at budgeting.", "smArt"),
    Case("Keep a spending diary every day for four weeks.", "SMArT", "2026-12-23"),
    Case("Open the shop 30 minutes earlier on Saturdays from January.", "SMArT"),
    Case("Clear the 60-job backlog in the workshop before the spring rush.", "SMArT"),
    Case("Shadow the head of finance for a day each month until June.", "SMArT", "2027-06-30"),
    Case(
        "Complete the Level 3 Award in Supervising Food Safety by the end of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Do more outreach.", "smArt"),
    Case(
        "Visit 6 local schools to promote the apprenticeship scheme before the summer term.",
        "SMART",
    ),
    Case("Network more at conferences.", "smArt"),
    Case("Have coffee with one new person from another department every fortnight.", "SMArT"),
    Case("sort out the stock room this wk", "smArT", "2026-11-29"),
    Case("FINISH MY NVQ", "SMArt"),
    Case("🧘 meditate 10 mins a day 🧘", "SMArT"),
    Case("- call back every customer who complains within 24 hrs", "SMArT"),
    Case("KR1: reduce refund time from 10 to 5 days by end of Q3", "SMArT", "2027-09-30"),
    Case("Get a distinction in my Level 5 diploma.", "SMArt"),
    Case("Score 30+ in every weekly spelling test this term.", "SMArT"),
    Case("Cut screen time to under 2 hours a day on weekdays.", "SMArT"),
    Case("My manager says I need to be more strategic.", "smArt"),
    Case("Put forward two ideas at each monthly strategy meeting.", "SMArT"),
    Case("Raise £2,500 for the school roof fund by the summer fair.", "SMArT"),
    Case("Hold a lessons-learned session within two weeks of each project closing.", "SMArT"),
    Case("Be the best teacher in the school.", "smArt"),
    Case("Swim a mile without stopping by Easter.", "SMArT", "2027-03-28"),
    Case("Take on an apprentice by September to help with the extra work.", "SMART", "2027-09-30"),
    Case("Run the London Marathon in April having never run more than 5k.", "SMArT", "2027-04-30"),
    Case("Write 3 new songs and record them before my birthday in July.", "SMArT"),
    Case("Get the van serviced and MOT'd before the winter.", "SMArT"),
    Case("Stop checking emails after 7pm.", "SMArt"),
    Case("Spend an hour a week learning Welsh with Duolingo until the summer.", "SMArT"),
    Case("Sell 15 pieces at the craft fair on 12 December.", "SMArT", "2026-12-12"),
    Case("Move into a team leader role in the next 12 months.", "SMART", "2027-11-25"),
    Case("Think about going part-time.", "smArt"),
    Case("Organiser une réunion d'équipe chaque mois.", "smArt"),
    Case("Elke week twee keer sporten.", "smArt"),
)

ENCORE = (
    Case(
        "Tom will present the quarterly sales figures to the board on 14 January.",
        "SMArT",
        "2027-01-14",
    ),
    Case("The backlog of 200 unanswered emails is to be cleared by Friday.", "SMArT", "2026-11-27"),
    Case(
        "Pass the DELE B2 Spanish exam by next October so I can apply for the Madrid role.",
        "SMART",
        "2027-10-31",
    ),
    Case("Run the Brighton 10k in April to raise money for the hospice.", "SMART", "2027-04-30"),
    Case("KR1: cut average page load from 3.2s to 1.5s", "SMArt"),
    Case("KR2 – 95% of tickets answered within 4 business hours", "SMArT"),
    Case("read twelve books next year", "SMArT", "2027-12-31"),
    Case("Get fitter", "smArt"),
    Case("Lose 5kg before my sister's wedding in June.", "SMArT"),
    Case("Update my CV and LinkedIn profile by the end of the week.", "SMArT", "2026-11-29"),
    Case(
        "I'm hoping to maybe get my forklift licence sometime next year if work pays for it.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "Attend at least 3 industry webinars per quarter to keep up with changes in payroll "
        "legislation.",
        "SMART",
    ),
    Case("Be more confident in meetings.", "smArt"),
    Case("Speak up at least once in every team meeting.", "SMArT"),
    Case("Respond to all customer reviews on Google within two days of posting.", "SMArT"),
    Case("Write the first draft of the grant application by COB Thursday.", "SMArT", "2026-11-26"),
    Case("Q3 2027: move the payroll system to the cloud", "SMArT", "2027-09-30"),
    Case("Complete the couch to 5k programme", "SMArt"),
    Case("Do some volunteering", "smArt"),
    Case("Volunteer at the food bank two Saturdays a month.", "SMArT"),
    Case(
        "Mentor two new starters over the next six months.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Get a first-class degree.", "SMArt"),
    Case("Increase revenue.", "smArt"),
    Case(
        "Increase monthly recurring revenue by 15% by the end of Q2.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Go to the gym three times a week starting next month.", "SMArT"),
    Case(
        "Achieve a customer satisfaction rating of 4.5 out of 5 by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Confidence in public speaking: 4/10 now, want to feel more comfortable presenting.",
        "smArt",
    ),
    Case("File my self-assessment tax return before 31/01/2027.", "SMArT"),
    Case("Sarah to complete her PRINCE2 Practitioner by end of H1 2027.", "SMArT", "2027-06-30"),
    Case("Help out more around the office.", "smArt"),
    Case("run 3x a week, 5k each time, til christmas", "SMArT", "2026-12-25"),
    Case(
        "Publish one blog post a fortnight about accessible design to build my portfolio for UX "
        "roles.",
        "SMART",
    ),
    Case("Reduce the team's overtime.", "smArt"),
    Case("Cut overtime hours in the warehouse by a third over the next quarter.", "SMArT"),
    Case("Have all staff trained in the new till system by the Black Friday sale.", "SMArT"),
    Case("Renew my first aid certificate before it expires in May.", "SMArT", "2027-05-31"),
    Case("Eat healthier", "smArt"),
    Case("Take the ACCA exams", "SMArt"),
    Case("Learn to touch type at 60 wpm by the summer break.", "SMArT"),
    Case("Make sure the Ward 7 handover sheet is filled in each shift.", "SMArT"),
    Case("Get to know the team better.", "smArt"),
    Case(
        "Deliver two lunch-and-learn sessions on Excel for the finance team before the end of FY.",
        "SMArT",
    ),
    Case("Finish reading 'Thinking, Fast and Slow' by New Year's Eve.", "SMArT", "2026-12-31"),
    Case("Gain more experience in project management to move into a PM role.", "SMARt"),
    Case(
        "Lead at least one client project end to end by next summer to move into a PM role.",
        "SMART",
    ),
    Case("Save £200 a month.", "SMArT"),
)

REPRISE = (
    Case(
        "Priya will lead the migration of the CRM data to Salesforce by 30 April 2027.",
        "SMArT",
        "2027-04-30",
    ),
    Case("All invoices are to be raised within 3 working days of delivery.", "SMArT"),
    Case(
        "OKR: Become the go-to team for data requests. KR1: answer 90% of requests within 2 days. KR2: publish a self-serve dashboard by end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Be a better listener.", "smArt"),
    Case("Finish my dissertation by 15 May so I can graduate this summer.", "SMART", "2027-05-15"),
    Case("walk 10,000 steps every day in January", "SMArT", "2027-01-31"),
    Case("Submit two conference abstracts before the March deadline.", "SMArT"),
    Case("Get my HGV Class 1 licence by next summer to move into long-haul driving.", "SMART"),
    Case("Complete the Microsoft Excel Expert (MO-201) exam by 28 Feb.", "SMArT", "2027-02-28"),
    Case("Work on my presentation skills.", "smArt"),
    Case("Give a 10-minute talk at the February all-hands.", "SMArT"),
    Case("I'd like to think about maybe going part-time at some point.", "smArt"),
    Case("Reduce food waste in the canteen by 25% by the end of the spring term.", "SMArT"),
    Case("Make the team more efficient.", "smArt"),
    Case("Reply to every parent email within one school day.", "SMArT"),
    Case("Hit 100k followers on Instagram by next Friday from 2k today.", "SMarT"),
    Case("Shadow a senior nurse on 3 night shifts before my preceptorship ends.", "SMArT"),
    Case("Cycle to work at least twice a week from March.", "SMArT"),
    Case("Starting in January, cycle to work.", "SmArt"),
    Case("Write 500 words of my novel every morning before work.", "SMArT"),
    Case(
        "Learn how to use Power BI by building a sales dashboard for my team by the end of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case(
        "Recruit and onboard three new volunteers for the youth club by Easter.",
        "SMArT",
        "2027-03-28",
    ),
    Case("Nurture relationships with key stakeholders.", "smArt"),
    Case("Meet each key stakeholder one-to-one once a quarter.", "SMArT"),
    Case("Cut my screen time to under two hours a day.", "SMArT"),
    Case("Get promoted to Senior Analyst by next December.", "SMART"),
    Case("Take a proper lunch break away from my desk every working day.", "SMArT"),
    Case("Ring the 40 lapsed members before the AGM on 12 March.", "SMArT", "2027-03-12"),
    Case("Write up my CPD log monthly.", "SMArT"),
    Case("Arrive by 8:30 every day this term.", "SMArT"),
    Case("Organise a team away day for 20 people before the summer holidays.", "SMArT"),
    Case("Read up on GDPR.", "smArt"),
    Case("Complete the GDPR e-learning module by Monday.", "SMArT", "2026-11-30"),
    Case("Increase my bench press.", "smArt"),
    Case("Increase my bench press from 60kg to 80kg by June.", "SMArT", "2027-06-30"),
    Case("Apply for 5 data analyst jobs a week until I get an offer.", "SMArT"),
    Case(
        "Document every process in the accounts team in the shared wiki by the end of the financial year.",
        "SMArT",
    ),
    Case(
        "Make 50 cold calls a day for the next 2 weeks to fill the pipeline for Q1.",
        "SMART",
        "2026-12-09",
    ),
    Case("Kate and I will co-present the audit findings at the next regional meeting.", "SMArT"),
)

DA_CAPO = (
    Case(
        "Cut the number of failed deployments from one in five to one in twenty by the end of March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Answer between 40 and 50 calls a shift.", "SMArT"),
    Case("Get two thirds of the team through first aid training by summer.", "SMArT"),
    Case("Can I get my PGCE done in a year?", "SMArT"),
    Case("Want to run a sub-25 minute 5k by May.", "SMArT", "2027-05-31"),
    Case("fix flaky e2e tests (top 10) this sprint", "SMArT"),
    Case("Reach a typing speed of forty words per minute.", "SMArt"),
    Case("Be kinder to myself.", "smArt"),
    Case("Spend less time on social media.", "smArt"),
    Case("Spend no more than 30 minutes a day on social media.", "SMArT"),
    Case("Our team aims to close 90 percent of audit actions by the half-year review.", "SMArT"),
    Case(
        "Complete 3 of the 5 modules in the Google UX certificate by the end of next month.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Host a monthly book club for the department.", "SMArT"),
    Case(
        "Archive every project folder older than two years from the shared drive by 20 December.",
        "SMArT",
        "2026-12-20",
    ),
    Case("Take my mum to her hospital appointments every Tuesday.", "SMArT"),
    Case("Apply for the team leader vacancy when it is advertised.", "SMArT"),
    Case("Learn the names of all 120 pupils in Year 7 by half term.", "SMArT"),
    Case("Drink 2 litres of water a day.", "SMArT"),
    Case("To lose weight.", "smArt"),
    Case("Lose 1-2 lbs a week until I reach 12 stone.", "SMArT"),
    Case("Keep my inbox under 50 emails at the end of every day.", "SMArT"),
    Case("Make my manager's life easier.", "smArt"),
    Case("Take over the weekly payroll run from Jo by 1 February.", "SMArT", "2027-02-01"),
    Case("I need to sort my sleep out.", "smArt"),
    Case("Be in bed by 10.30pm on weeknights for the next month.", "SMArT", "2026-12-25"),
    Case("Score at least 70% in the end-of-module test.", "SMArT"),
    Case(
        "Present at one external conference in 2027 to raise my profile in the industry.",
        "SMART",
        "2027-12-31",
    ),
    Case("Improve customer retention by 5 percentage points year on year.", "SMArT"),
    Case("Deliver the website rebuild on time and on budget.", "SMArt"),
    Case("Hire a finance assistant before the year-end audit.", "SMArT"),
    Case("Get 8 hours sleep a night.", "SMArT"),
    Case(
        "Sit and pass the CIPD Level 5 exams in summer 2027 to qualify as an HR adviser.",
        "SMART",
        "2027-08-31",
    ),
    Case("Onboard half of our suppliers to the new portal by Q2.", "SMArT", "2027-06-30"),
    Case("Try to be more patient with new starters.", "smArt"),
    Case("Read one research paper a week and summarise it for the team.", "SMArT"),
    Case("Achieve zero lost-time injuries on site this financial year.", "SMArT"),
    Case("Swap two takeaway nights a week for home-cooked meals.", "SMArT"),
    Case("Keep track of my spending.", "smArt"),
)

CODETTA = (
    Case(
        "By 31.03.2027 all ward staff will have completed sepsis training.", "SMArT", "2027-03-31"
    ),
    Case("Plumbing NVQ level 3 - done by Xmas", "SMArT", "2026-12-25"),
    Case("Q1: hire 2 devs. Q2: onboard them. Q3: ship v2.", "SMArT"),
    Case("Read more widely.", "smArt"),
    Case("Sell twenty-five pieces at the Christmas craft fair.", "SMArT"),
    Case("Become a better coach to my team this quarter.", "smArT", "2026-12-31"),
    Case(
        "Reduce patient waiting times in A&E to under four hours for 95% of patients by April 2027.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Teach my daughter to ride a bike over the Easter holidays.", "SMArT"),
    Case("Lay 400 bricks a day on the new estate job.", "SMArT"),
    Case("Pass my CSCS card test next week.", "SMArT"),
    Case("Get better at saying no.", "smArt"),
    Case("Turn down any extra shifts beyond 3 a month.", "SMArT"),
    Case("I would love to be more organised with my lesson planning.", "smArt"),
    Case("Plan every lesson for the next half term by the end of the holidays.", "SMArT"),
    Case("Cut the stockroom shrinkage rate from 2.1% to 1.5% this financial year.", "SMArT"),
    Case("Double the number of repeat customers in the next 12 months.", "SMArT", "2027-11-25"),
    Case("Make fewer mistakes on invoices.", "smArt"),
    Case("Make no more than one invoicing error a month.", "SMArT"),
    Case("Aim: finish my apprenticeship end-point assessment by August.", "SMArT", "2027-08-31"),
    Case("Spend an hour every Friday afternoon on the Python course.", "SMArT"),
    Case("Attend the monthly Rotary networking breakfast.", "SMArT"),
    Case("Network.", "smArt"),
    Case("Publish the new price list on the website by Monday 7 December.", "SMArT", "2026-12-07"),
    Case("Ship the checkout redesign to 100% of users by the end of sprint 14.", "SMArT"),
    Case(
        "Hold a 15-minute check-in with each team member every week during the restructure.",
        "SMArT",
    ),
    Case("Finally get round to learning to drive.", "smArt"),
    Case(
        "Book and take my first driving lesson before the end of the month.", "SMArT", "2026-11-30"
    ),
    Case("Lower my resting heart rate to below 60 bpm by the spring.", "SMArT"),
    Case("Wash and valet the van every Sunday.", "SMArT"),
    Case("Get all 12 new recruits through induction within their first fortnight.", "SMArT"),
    Case("Improve the onboarding experience for new hires.", "smArt"),
    Case(
        "Bring the average onboarding survey score up from 3.4 to 4.2 by the next intake.", "SMArT"
    ),
    Case("Write my will.", "SMArt"),
    Case("Write my will before the baby is born.", "SMArT"),
    Case("Start saving for retirement.", "smArt"),
    Case("Put 5% of my salary into my pension from next month.", "SMArt"),
    Case("Run the London Marathon in April 2027.", "SMArT", "2027-04-30"),
)

POSTLUDE = (
    Case("🚀 ship the beta to 50 testers by 15 Jan 🚀", "SMArT", "2027-01-15"),
    Case("BE MORE POSITIVE!!!", "smArt"),
    Case("COMPLETE FIRE MARSHAL TRAINING BY 1ST FEB", "SMArT", "2027-02-01"),
    Case("Should I aim to present at the summer conference?", "SMArT"),
    Case(
        "TODO: renew DBS, chase ref from Amy, book CPD day - all before Xmas", "SMArT", "2026-12-24"
    ),
    Case("two blog posts per month, no exceptions", "SMArT"),
    Case(
        "Cut my commute from ninety minutes to under an hour by moving closer to the office.",
        "SMArt",
    ),
    Case(
        "Raise my sales conversion rate to between 20 and 25 percent by Q3.", "SMArT", "2027-09-30"
    ),
    Case("Get three quarters of my Year 11 class to a grade 5 or above in the mocks.", "SMArT"),
    Case(
        "In the next six weeks, I'd like to map every process in the warehouse.",
        "SMArT",
        "2027-01-06",
    ),
    Case("Honestly I just want to feel less stressed at work.", "smArt"),
    Case(
        "Assuming the budget is approved, recruit a part-time bookkeeper by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Maybe look into doing a masters at some point.", "smArt"),
    Case(
        "Apply to three MSc programmes in data science by 31 January so that I can start in September.",
        "SMART",
        "2027-01-31",
    ),
    Case("Reduce the number of late deliveries.", "smArt"),
    Case(
        "Bring late deliveries down to fewer than 5 a week by the end of the quarter.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Learn one new recipe a week through the winter.", "SMArT"),
    Case("Practise guitar for 20 minutes a day, five days a week.", "SMArT"),
    Case("Cover at least two colleagues' shifts a month when they are off sick.", "SMArT"),
    Case("Stay in my current role.", "smArt"),
    Case("Learn to code.", "smArt"),
    Case(
        "Build and publish three small Python projects on GitHub by the end of June to apply for junior developer roles.",
        "SMART",
        "2027-06-30",
    ),
    Case("Take the lead on the next product launch.", "SMArT"),
    Case("Check in with Grandad every Sunday evening by phone.", "SMArT"),
    Case("Finish the kitchen extension before the baby arrives in the spring.", "SMArT"),
    Case(
        "Dedicate Friday mornings to deep work, no meetings, from January to June.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Increase the hit rate on bids.", "smArt"),
    Case("Win 4 of the next 10 bids we submit.", "SMArT"),
    Case("Switch to a four-day week by next April.", "SMArT"),
    Case("Grow the newsletter list by a fifth before the spring launch.", "SMArT"),
    Case("Go to bed earlier.", "smArt"),
    Case(
        "Make a will, sort out life insurance and update my pension beneficiaries by the end of the tax year.",
        "SMArT",
    ),
    Case("Ensure 100% of new starters complete their induction checklist in week one.", "SMArT"),
    Case("be better w/ money", "smArt"),
    Case("Pay off the £2,400 left on my credit card by next Christmas.", "SMArT"),
    Case(
        "Phone 15 past customers a week until the end of January to win back lapsed accounts.",
        "SMART",
        "2027-01-31",
    ),
)

# Shapes another writer's goals showed, each written here in other words and fields.
ANOTHER_WRITER = (
    # A deadline tied to an occasion the text does not date: time-bound, no known date.
    Case("Finish my dissertation draft by my 6-month progress meeting.", "SMArT"),
    Case("Present my research poster at my 9-month progress review.", "SMArT"),
    Case("Submit all outstanding timesheets before I'm moved to the new project.", "SMArT"),
    Case("Complete the fire warden course before we're audited by the council.", "SMArT"),
    Case("Pitch the new loyalty card to the owners in the next budget round.", "SMArT"),
    # A date in a clause that says what happens to something else is not the deadline.
    Case(
        "Renew the fleet insurance by 14 March, since the current policy expires on 1 April.",
        "SMART",
        "2027-03-14",
    ),
    Case(
        "Hand in the final grant report by 30 June - the award lapses in September.",
        "SMART",
        "2027-06-30",
    ),
    Case(
        "Move payroll onto the new system by the end of January, as the old contract runs out in March.",
        "SMART",
        "2027-01-31",
    ),
    Case(
        "Retake the allergen awareness test by 20 December since my certificate expires in February.",
        "SMART",
        "2026-12-20",
    ),
    # Years of a career so far describe the writer, not the goal's measure.
    Case(
        "Pharmacist, 9 years in community practice. Want to get better at managing staff.", "smArt"
    ),
    Case(
        "Sous chef, 6 yrs in hotel kitchens. Would like to be more creative with the menu.", "smArt"
    ),
    Case("After 15 years in retail banking, I'd like to be more confident in meetings.", "smArt"),
    Case("I have 8 years as a teaching assistant and want to feel more valued.", "smArt"),
    # A participle after "get" or "be" is part of the goal, not a past event told as a reason.
    Case("Barista here - hoping to get qualified as a trainer by March.", "SMArT", "2027-03-31"),
    Case("Nurse here - hoping to get registered with the NMC by March.", "SMArT", "2027-03-31"),
    Case("Apprentice - want to be signed off as a Level 2 plumber by July.", "SMArT", "2027-07-31"),
    Case(
        "Carer here — aiming to become qualified in medication handling by the end of January.",
        "SMArT",
        "2027-01-31",
    ),
    # A rate the goal moves to is the level it aims at, not a cadence for doing it.
    Case("Grow the Saturday coding club to 30 children per session.", "SMArt"),
    Case("Cut agency shifts on the ward from 40 a month to 10 a month.", "SMArt"),
    Case("Bring my running up to 25 miles a week so I'm ready for the marathon.", "SMARt"),
    Case("Get the food bank to 200 parcels a week.", "SMArt"),
    # "every" before a thing is the whole set, not an occasion that repeats. Giving up a habit
    # is kept up from then on, with nothing done once to check (relabelled from SMArt): a count,
    # a frequency ("Stop working weekends.") or a date to have stopped by measures it.
    Case("Stop accepting every meeting request that has no agenda.", "SmArt"),
    Case("Stop logging every audit finding by hand.", "SmArt"),
    Case("Write up the minutes after every board meeting.", "SMArT"),
    # How long something has gone on so far is not a window for the goal.
    Case(
        "I've been a teaching assistant for 5 years and want to pass my QTS skills tests by June.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Having run the kitchen for 3 years, I now want to get my Level 4 food safety certificate.",
        "SMArt",
    ),
    Case(
        "I have managed the stockroom for about 2 years now, and I'd like to be more visible to the area manager.",
        "smArt",
    ),
    # A fiscal year the text defines ends when the text says.
    Case(
        "Cut overdue invoices to under 5% by FY end (our financial year ends 30 June).",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Hit £400k in new bookings this financial year, which ends on 31 March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "During FY27 (October 2026 – September 2027), open two new branches.",
        "SMArT",
        "2027-09-30",
    ),
    Case(
        "Keep agency spend under £20k a month for the rest of the fiscal year (it ends 31 August).",
        "SMArT",
        "2027-08-31",
    ),
    # Holidays named in more than one word are days of the calendar.
    Case("Send thank-you cards to all 60 donors by New Year's Eve.", "SMArT", "2026-12-31"),
    Case("Have the January rota published by Christmas Eve.", "SMArT", "2026-12-24"),
    Case("Finish the Q4 sales report by New Year's Day.", "SMArT", "2027-01-01"),
    # "this year and next" runs to the end of the next one.
    Case(
        "Keep the clinic's missed-appointment rate under 8% this year and next.",
        "SMArT",
        "2027-12-31",
    ),
    Case("Win the regional sales award this quarter and next.", "SMArT", "2027-03-31"),
    Case("Hold monthly fire drills this month and next.", "SMArT", "2026-12-31"),
    # "this time next year" is a year from today.
    Case("Pay off the car loan by this time next year.", "SMArT", "2027-11-25"),
    Case("Have 500 newsletter subscribers by this time next month.", "SMArT", "2026-12-25"),
    Case("Finish the kitchen refit by this time next week.", "SMArT", "2026-12-02"),
    # An occasion on a named weekday ends on that day.
    Case("Print the new menus by Saturday's reopening.", "SMArT", "2026-11-28"),
    Case("Get the seating plan done by Monday's dinner.", "SMArT", "2026-11-30"),
    Case("Have the risk log updated for Thursday's audit.", "SMArT", "2026-11-26"),
    # An order that opens with any verb and "as" a role: becoming that role.
    Case("Retrain as a paramedic within two years.", "SMArT", "2028-11-25"),
    Case("Requalify as a lifeguard before the summer season.", "SMArT"),
    Case("Upskill as a forklift trainer by March.", "SMArT", "2027-03-31"),
    Case("Qualify as a chartered surveyor by 2029.", "SMArT", "2029-12-31"),
    # Figures glued to units of computing are measures.
    Case("Get checkout page load under 800ms by March.", "SMArT", "2027-03-31"),
    Case("Shrink the nightly backup to under 40GB by the end of January.", "SMArT", "2027-01-31"),
    Case("Hold the kiosk app at 60fps on the old tablets this quarter.", "SMArT", "2026-12-31"),
    # A start alone, with "next" or "this" before the month, is not a deadline.
    Case("Serve as a school governor from next September.", "SMArt"),
    Case("Lead the 8am stand-up from next January.", "SmArt"),
    Case("Coordinate the hospital's volunteer drivers from this April.", "SmArt"),
    # A change from one figure to another within a window, in a result, is counted from today;
    # a window that is itself the result's measure is not a deadline.
    Case(
        "Rework the triage script so first-call resolution goes from 60% to 75% within 4 months.",
        "SMART",
        "2027-03-25",
    ),
    Case(
        "Retrain the pickers so error rates drop from 3% to 1% within 8 weeks.",
        "SMART",
        "2027-01-20",
    ),
    Case(
        "Rewrite the onboarding guide so new starters are productive within 3 weeks.",
        "SMARt",
    ),
    # "starting with the March cohort" says when it starts.
    Case(
        "Get 90% of new starters through their probation, starting with the March cohort.", "SMArt"
    ),
    Case("Cut no-shows at the clinic to under 5%, starting with the February list.", "SMArt"),
    Case("Run the new induction for all care staff, starting with the June cohort.", "SMArt"),
    # "the next few weeks" is a time without a bound, not a vague amount of the goal.
    Case("Get my HGV Class 1 licence within the next few weeks.", "SMArt"),
    Case("Book the Level 2 food hygiene course in the next few days.", "SMArt"),
    Case("Submit the grant report to the trust over the coming few weeks.", "SMArt"),
    Case("Pass the Level 3 lifeguard assessment in a few months.", "SMArt"),
    # "become a" and a noun for a person who does a job is a role, listed or not.
    Case("I want to become a welding inspector.", "SMArt"),
    Case("Become a dental hygienist within three years.", "SMArT", "2029-11-25"),
    Case("Become a sonographer by 2029.", "SMArT", "2029-12-31"),
    Case("Become a more patient mentor.", "smArt"),
    # "some time" is a time without a bound, not a vague amount of what is done.
    Case("Take the IELTS Academic test some time after Easter.", "SMArt"),
    Case("Complete the PRINCE2 Foundation course some time after my probation.", "SMArt"),
    Case("Pass the NEBOSH General Certificate some time in the new year.", "SMArT"),
    # "the final" as a noun is the exam: an occasion with no date.
    Case("Score at least 70% on the final for my statistics module.", "SMArT"),
    Case("Average 85% across my maths set on the final.", "SMArT"),
    Case("Hit 90% on the practical final.", "SMArT"),
    # "when the chance comes up" is a condition of luck, not an occasion to meet.
    Case("Cover a night shift in A&E when the chance comes up.", "SMArt"),
    Case("Apply for a secondment to the policy team when the chance arises.", "SMArt"),
    Case("Present my audit findings to the board when the time is right.", "SMArt"),
    # "one day" at the end of the goal is "someday", not a day's figure.
    Case("I'd like to open my own physio clinic one day.", "SMArt"),
    Case("Run the London Marathon one day.", "SMArt"),
    Case("Visit all 50 US states one day.", "SMArt"),
    # "once things settle down" is a condition: its words are not the goal's object.
    Case("Apply for the deputy manager post once things settle down at home.", "SMArt"),
    Case("Book my driving test once the waiting list goes down.", "SMArt"),
    Case("Once the new till system is in, train all six cashiers on it.", "SMArt"),
    # A cadence "of 2027" runs to the end of that year.
    Case("Answer 90% of calls within 20 seconds, every week of 2027.", "SMArT", "2027-12-31"),
    Case("Close 70% of IT tickets within 2 days, every month of 2027.", "SMArT", "2027-12-31"),
    Case(
        "Resolve 85% of complaints within 10 working days, every quarter of 2027.",
        "SMArT",
        "2027-12-31",
    ),
    # A period as a modifier says which one: "a Q3 marketing plan".
    Case("Draft a Q3 marketing plan by the end of June.", "SMArT", "2027-06-30"),
    Case("Put together an H1 hiring forecast for the board.", "SMArt"),
    Case("Publish Q2 Volunteer Rota Before 1 April", "SMArT", "2027-04-01"),
    # "get the newsletter out" is a one-off release, checked once.
    Case("Get the spring newsletter out to all members by 14 March.", "SMArT", "2027-03-14"),
    Case("Get the volunteer handbook out to every branch by Easter.", "SMArT", "2027-03-28"),
    Case("Get our price list out to the new trade customers this week.", "SMArT", "2026-11-29"),
    # "in my review": an occasion one is judged at, on a date the text does not give.
    Case("Score 4 out of 5 in my six-month review.", "SMArT"),
    Case("Get a 'strong performer' rating in my end-of-year appraisal.", "SMArT"),
    Case("Present three finished case studies in my probation review.", "SMArT"),
    # A month's name misspelt by one letter is still that month.
    Case("Pass the driving theory test by the end of Janurary.", "SMArT", "2027-01-31"),
    Case("Book the venue for the staff awards by Septmber.", "SMArT", "2027-09-30"),
    Case("finish the first aid refresher in Feburary", "SMArT", "2027-02-28"),
    # A reason ends with its sentence: a later "Success looks like:" sentence keeps its times.
    Case(
        "Own the weekly stock count. Context: we lost £4k to shrinkage last quarter. Success "
        "looks like: every count is reconciled within 2 days of the count.",
        "SMART",
    ),
    Case(
        "Run the new starter induction. Background: three new hires quit in their first month "
        "last year. Target: every new starter gets a buddy within 1 week of joining.",
        "SMART",
    ),
    Case(
        "Take over the parish newsletter. Why: the last editor stepped down in October. "
        "Measure: every issue goes out within 3 days of the copy deadline.",
        "SMART",
    ),
    # "I'm a <role> and want to ...": the action follows the intent, not the self-description.
    Case("I'm a new teacher and want to run the school's chess club next term.", "SMArT"),
    Case("I'm an associate and want to pass the bar exam.", "SMArt"),
    Case(
        "I am a care assistant and would like to complete my NVQ Level 3 by July.",
        "SMArT",
        "2027-07-31",
    ),
    # A noun naming the kind of a made thing says which: "a case report", "a portfolio website".
    Case("Write a case study on the ward's falls audit.", "SMArt"),
    Case("Build a booking website for the salon.", "SMArt"),
    Case("Record a training podcast this quarter.", "SMArT", "2026-12-31"),
    # A run of counted occasions bounds the goal ("the next 20 deliveries"), on no known date.
    Case("Get zero complaints over the next 20 deliveries.", "SMArT"),
    Case("Keep zero drug errors for 30 consecutive shifts.", "SMArT"),
    Case("Bring every job in on budget across my next 6 jobs.", "SMArT"),
    # A pronoun alone names nothing to deliver: neither specific nor measurable.
    Case("Finish it by Friday.", "smArT", "2026-11-27"),
    Case("Get this done.", "smArt"),
    Case("Send that off by the end of the week.", "smArT", "2026-11-29"),
    # "make X look amazing": the goal is how it looks, a state, not a thing made.
    Case("Make the staff room feel cosy before Christmas.", "smArT"),
    Case("Make our shop window look eye-catching for the summer sale.", "smArT"),
    Case("Make the reception area look welcoming by March.", "smArT", "2027-03-31"),
    # A leading window after an event, and its complement, stand before the action.
    Case("Within two days of each home visit, write up the care notes.", "SMArT"),
    Case("Within 24 hours of a new starter joining, send them the welcome pack.", "SMArT"),
    Case("Within a week of every incident, file a written report with the safety lead.", "SMArT"),
    Case("No later than a month after each audit, close every open action.", "SMArT"),
    # With a deadline, the date something starts on is not when the goal ends.
    Case(
        "- submit the ethics form by 9 Jan\n- begin data collection in March", "SMArT", "2027-01-09"
    ),
    Case(
        "Publish the volunteer handbook by 31 January and start the mentoring pilot in April.",
        "SMArT",
        "2027-01-31",
    ),
    Case(
        "Finish the Level 2 barista course by 18 December, then begin the Level 3 course in February.",
        "SMArT",
        "2026-12-18",
    ),
)


# Voices the batches above have least of: English as a second language, students and
# graduates, HR template fields, a measure in a label or bracket, bare fragments, an action
# written as a noun, and vague goals dressed in jargon.
SECOND_LANGUAGE = (
    Case(
        "I will do my best to finish the PMP certification until June 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case("I will do my best to improve my English.", "smArt"),
    Case(
        "In next year I want to make the presentation for the management in every quarter.", "SMArT"
    ),
    Case(
        "I will participate on the Six Sigma Green Belt training and pass the exam before end of March.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "My goal is to reduce the defects in the line 3 from 5% to 2% until the end of the year.",
        "SMArT",
        "2026-12-31",
    ),
    Case("I want to be more better in communication with the clients.", "smArt"),
    Case("I want learn Python language.", "smArt"),
    Case(
        "I will make a training for 10 new colleagues about the safety rules in January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("I will do my best to answer all the customer emails in 24 hours.", "SMArT"),
    Case("Please to improve my knowledges of SAP module.", "smArt"),
    Case(
        "I am going to take the IELTS exam and get band 7 at least on December.",
        "SMArT",
        "2026-12-31",
    ),
    Case("I will visit 5 customers per week for to understand better their needs.", "SMART"),
    Case("I wish to become a better person at work.", "smArt"),
    Case("I will do the reporting of the sales in weekly basis to my manager.", "SMArT"),
    Case("Make the inventory of the warehouse two times in the year.", "SMArT"),
    Case(
        "I would like to get the driving licence category C until summer, because the company need more drivers.",
        "SMART",
    ),
    Case("I will try to be more proactive and take more responsibility.", "smArt"),
    Case("Reduce the time of the month closing with 2 days until March.", "SMArT", "2027-03-31"),
    Case("I will attend at a conference of HR in the spring of 2027.", "SMArT"),
    Case(
        "To write the procedure for the new machine and to explain it to all operators until 15 of January.",
        "SMArT",
        "2027-01-15",
    ),
    Case("Improve myself on the leadership skills.", "smArt"),
    Case(
        "I will do my best to obtain the ACCA qualification in 2 years for to be promoted as finance manager.",
        "SMART",
    ),
    Case("I want to have a better relation with my colleagues from other departments.", "smArt"),
    Case("Each month I will read one book about the management.", "SMArT"),
    Case("I will learn German on level B1 until end of 2027.", "SMArT", "2027-12-31"),
)

STUDENTS = (
    Case("Get a 2:1 in my final year dissertation.", "SMArt"),
    Case("Apply for 20 graduate schemes before the Christmas break.", "SMArT"),
    Case("Secure a summer internship in a law firm by April.", "SMArT", "2027-04-30"),
    Case("Study harder this semester.", "smArT"),
    Case(
        "Finish the literature review chapter of my thesis by 31 January 2027.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Raise my GPA from 3.1 to 3.5 by the end of the spring semester.", "SMArT"),
    Case("Revise for two hours every evening until my exams in May.", "SMArT"),
    Case("Be more confident at job interviews.", "smArt"),
    Case(
        "Join the university debating society and speak in at least 3 debates this year.", "SMArT"
    ),
    Case(
        "As a new graduate, I want to land my first job as a junior data analyst within six months so I can start paying off my loan.",
        "SMART",
    ),
    Case("Network with alumni.", "smArt"),
    Case(
        "Complete the Google Data Analytics certificate on Coursera by the end of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Publish one paper in a peer-reviewed journal before I graduate.", "SMArT"),
    Case(
        "Build a portfolio website with 4 projects to show to recruiters by March.",
        "SMART",
        "2027-03-31",
    ),
    Case("Get better grades.", "smArt"),
    Case("Finish my PhD.", "SMArt"),
    Case("Volunteer at the student help desk 4 hours a week during term.", "SMArT"),
    Case("Improve my academic writing.", "smArt"),
    Case("Read 2 research papers per week and summarise each in my notes.", "SMArT"),
    Case("Take part in a hackathon before graduation to gain team experience.", "SMART"),
)

HR_TEMPLATES = (
    Case(
        "Objective: Reduce customer complaints. Success measure: complaints below 15 per month. Due: 30/06/2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Objective: Improve team morale. Success measure: TBD. Due: ongoing.", "smArt"),
    Case(
        "Goal: Complete SAP S/4HANA training. Measure: certificate. Deadline: Q2 2027.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Objective: Increase sales. Measure: revenue. Due: end of year.", "smArT", "2026-12-31"),
    Case(
        "Goal title: Onboarding guide. Description: Rewrite the onboarding guide for new starters. Success criteria: guide approved by HR. Target date: 31 January 2027.",
        "SMArT",
        "2027-01-31",
    ),
    Case(
        "Objective: Lower staff turnover. KPI: turnover rate from 22% to 15%. Deadline: December 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "Performance goal: Be a role model for the team. Measure of success: positive feedback. Due date: year end.",
        "smArT",
    ),
    Case(
        "Objective - Deliver the warehouse relocation project. Success measure - all stock moved with zero lost orders. Due - 28 February 2027.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Goal: Enhance cross-functional collaboration. Success measure: N/A. Due: Q3.", "smArT"),
    Case(
        "Objective: Cut overtime costs. Success measure: overtime under £5,000 per month. Due: end of Q1 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Key result: 95% of tickets closed within SLA. Owner: me. Due: 31 March 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Objective: Obtain forklift licence. Why: needed for the team leader post. Due: February.",
        "SMART",
        "2027-02-28",
    ),
    Case("Goal: Work on my visibility. Measure: -. Due: -", "smArt"),
    Case(
        "Objective: Implement new CRM. Success measure: all 40 sales reps using it daily. Due: 1 May 2027.",
        "SMArT",
        "2027-05-01",
    ),
    Case(
        "Objective: Grow the newsletter. Success measure: 2,000 subscribers. Due: end of 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "Goal: Support colleagues. Success measure: colleagues feel supported. Due: ongoing.",
        "smArt",
    ),
    Case(
        "Objective: Run monthly safety walks on all three sites. Success measure: 12 walks logged per site. Due: December 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "Objective: Achieve CIPD Level 5. Success measure: qualification awarded. Due: September 2027. Reason: required for HRBP role.",
        "SMART",
        "2027-09-30",
    ),
    Case(
        "Objective: Improve data quality. Success measure: error rate below 1%. Due: Q2.", "SMArT"
    ),
    Case(
        "Objective: Be more strategic. Success measure: manager's view. Due: next review.", "smArT"
    ),
)

MEASURE_IN_A_LABEL = (
    Case("Improve first-call resolution (target: 80%) by June.", "SMArT", "2027-06-30"),
    Case("Raise customer satisfaction (KPI - NPS 60) by end of Q2 2027.", "SMArT", "2027-06-30"),
    Case(
        "Reduce scrap on the packing line (target: below 3%) this quarter.", "SMArT", "2026-12-31"
    ),
    Case("Keep my inbox under control (goal: zero unread by Friday each week).", "SMArT"),
    Case("Grow repeat orders [KPI: +12% YoY] by December 2027.", "SMArT", "2027-12-31"),
    Case(
        "Cut energy use in the office (goal: 10% less than 2026) by the end of 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case("Lift staff engagement score (target 75/100, currently 68) by the next survey.", "SMArT"),
    Case("Improve my confidence when presenting (currently 4/10).", "smArt"),
    Case(
        "Reduce patient waiting times — measure: average wait under 20 minutes — by March 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case(
        "Build the supplier scorecard (KPI: on-time delivery %) for the procurement team by February.",
        "SMArT",
        "2027-02-28",
    ),
    Case(
        "Hiring: fill 6 open engineering roles, target date 31 March 2027.", "SMArT", "2027-03-31"
    ),
    Case("Reduce returns (target: 4% of orders) before peak season to protect margin.", "SMART"),
    Case("Increase webinar sign-ups (goal: 300 per webinar) over the next 6 months.", "SMArT"),
    Case("Be a better listener (I'd say I'm at 6/10 now).", "smArt"),
    Case("Grow our Instagram following — KPI 5k followers by end of June.", "SMArT", "2027-06-30"),
)

FRAGMENTS = (
    Case("Excel course", "smArt"),
    Case("10 sales calls/day", "SMArT"),
    Case("More sleep", "smArt"),
    Case("Run 5k under 25 min", "SMArt"),
    Case("Promotion", "smArt"),
    Case("Networking", "smArt"),
    Case("Blog: 1 post/week", "SMArT"),
    Case("Finish CCNA by Jan", "SMArT", "2027-01-31"),
    Case("Gym 3x/week", "SMArT"),
    Case("Be better", "smArt"),
    Case("Read more", "smArt"),
    Case("Pass driving test", "SMArt"),
    Case("leadership stuff", "smArt"),
    Case("Submit expenses every Friday", "SMArT"),
)

NOUN_ACTIONS = (
    Case("Completion of the ITIL Foundation course by March.", "SMArT", "2027-03-31"),
    Case(
        "Delivery of the new staff handbook to all branches before the end of Q1 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Implementation of a new shift rota in the kitchen by 1 February.", "SMArT", "2027-02-01"),
    Case("Improvement of communication skills.", "smArt"),
    Case(
        "Achievement of Chartered status (CIMA) by December 2027 to qualify for the controller role.",
        "SMART",
        "2027-12-31",
    ),
    Case("Reduction of stock write-offs by 30% in the next financial year.", "SMArT"),
    Case("Preparation of the annual budget for the clinic by 15 January.", "SMArT", "2027-01-15"),
    Case("Participation in more industry events.", "smArt"),
    Case(
        "Migration of the customer database to the cloud by the end of April 2027.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Enhancement of my leadership capabilities.", "smArt"),
    Case("Launch of the mentoring programme for 15 junior nurses in spring.", "SMArT"),
    Case("Creation of a training video for the new till system by next Friday.", "SMArT"),
    Case(
        "Organisation of a charity bake sale in December with a £500 target.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Renewal of my first aid certificate before it expires in May.", "SMArT"),
    Case("Development of myself as a leader.", "smArt"),
)

JARGON = (
    Case("Drive synergies across the org.", "smArt"),
    Case("Level up my stakeholder game.", "smArt"),
    Case(
        "Leverage best practices to move the needle on customer centricity in 2027.",
        "smArT",
        "2027-12-31",
    ),
    Case("Be a thought leader in the digital transformation space.", "smArt"),
    Case("Unlock value by aligning cross-functional workstreams going forward.", "smArt"),
    Case("Champion a culture of excellence and ownership this year.", "smArT", "2026-12-31"),
    Case("Take my personal brand to the next level.", "smArt"),
    Case("Own the end-to-end customer journey and drive best-in-class outcomes.", "smArt"),
    Case("Double down on innovation and empower the team to think outside the box.", "smArt"),
    Case("Increase my bandwidth for strategic initiatives by Q2.", "smArT", "2027-06-30"),
    Case("Deep dive into our data strategy and circle back with learnings.", "smArt"),
    Case("Be more agile and lean in our ways of working.", "smArt"),
    Case("Drive adoption of the new expense tool to 90% of staff by March.", "SMArT", "2027-03-31"),
    Case(
        "Leverage our Salesforce data to build a churn dashboard for the exec team by end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
)

FRESH_CASES = (
    MANAGERS
    + PASSIVE
    + OKRS
    + BULLETS
    + RAMBLING
    + ROUGH
    + NUMBERS
    + DATES
    + WINDOWS
    + VERBS
    + HEDGES
    + FIELDS
    + OUT_OF_REACH
    + FOREIGN
    + LATER
    + GUIDE_SHAPES
    + LAST
    + CLOSING
    + AFTERWORD
    + CODA
    + FINALE
    + ENCORE
    + REPRISE
    + DA_CAPO
    + CODETTA
    + POSTLUDE
    + ANOTHER_WRITER
    + SECOND_LANGUAGE
    + STUDENTS
    + HR_TEMPLATES
    + MEASURE_IN_A_LABEL
    + FRAGMENTS
    + NOUN_ACTIONS
    + JARGON
)
