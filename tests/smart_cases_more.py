"""A second batch of goal statements, in the shapes goal boxes and trackers hold.

Same notation as ``smart_cases`` (verdict letters, ``deadline``, ``numbers``), read on the same
``AS_OF``. These cover fields of work and writing styles the first batch has few of: trades,
hospitality, coaching, academia, government, retail, sales and health; OKR key results, bullet
fragments, third person, questions, capitals, emoji and hashtags, ranges, fractions, ordinals,
currencies, clock times, fiscal periods and numbers that are names.
"""

from __future__ import annotations

from smart_cases import Case

HOSPITALITY = (
    Case(
        "Cut average room turnaround to under 25 minutes by end of Q1 so we can offer early "
        "check-in.",
        "SMART",
        "2027-03-31",
    ),
    Case("KR1: guest review score from 4.2 to 4.6 by 31/03/2027", "SMArT", "2027-03-31"),
    Case("Train all 6 new bar staff on the cocktail menu before New Year's Eve.", "SMArT"),
    Case("be a friendlier host", "smArt"),
    Case("Get my personal licence to sell alcohol by Xmas.", "SMArT", "2026-12-25"),
    Case("Reduce food waste in the kitchen.", "smArt"),
    Case("Reduce food waste in the kitchen by a third by Mar '27.", "SMArT", "2027-03-31"),
    Case("Reply to all guest emails by 3pm each day.", "SMArT"),
    Case("Get the kitchen's hygiene rating back to 5 by the next inspection.", "SMArT", None),
    Case("Every Monday morning, I'll brief the front-desk team on arrivals and VIPs.", "SMArT"),
    Case(
        "Serve each table within 10 minutes of seating during the lunch rush.",
        "SMArT",
    ),
    Case("Earn my Food Hygiene Level 2 certificate this month.", "SMArT", "2026-11-30"),
    Case("Gain my NVQ Level 2 in Hospitality Supervision by summer.", "SMArT"),
    Case("Laminate and post the allergen cards in every kitchen by Friday.", "SMArT"),
    Case("Complete Food Safety Level 3 Course By End Of February", "SMArT", "2027-02-28"),
    Case("Become head chef within a month of starting as a kitchen porter.", "SMarT"),
    Case(
        "Adopt a booking app to cut no-shows by 30% in six months.",
        "SMART",
    ),
    Case(
        "Rework the induction pack. Target: new starters serving solo within 2 weeks, not 4.",
        "SMArT",
    ),
)

TRADES = (
    Case("Get my forklift licence before the new warehouse opens in spring.", "SMArT"),
    Case(
        "Complete my Level 3 diploma in electrical installation by June 2027 to qualify as an "
        "electrician.",
        "SMART",
        "2027-06-30",
    ),
    Case("Finish the Level 3 diploma.", "SMArt"),
    Case("Fit 3-5 boilers a week through January.", "SMArT"),
    Case("Shadow the site foreman for two weeks in January to learn scheduling.", "SMART"),
    Case("Become a better plumber.", "smArt"),
    Case("Pass the 18th Edition wiring regs exam by end of Feb", "SMArT", "2027-02-28"),
    Case("Quote every callout within 24 hours of the site visit.", "SMArT"),
    Case("Obtain my CSCS card by the end of January.", "SMArT", "2027-01-31"),
    Case("get better at estimating jobs", "smArt"),
    Case("Snag and sign off 12 plots on the Riverside site by 18 December.", "SMArT", "2026-12-18"),
    Case("Service every van in the fleet every 10,000 miles.", "SMArt"),
    Case("Take on 1 apprentice in 2027 to grow the business.", "SMART", "2027-12-31"),
)

COACHING = (
    Case("Get the U12s running 5k in under 30 minutes by the end of the season.", "SMArT"),
    Case("Run two extra fitness sessions every other Friday for the squad.", "SMArT"),
    Case("Improve our defending.", "smArt"),
    Case("Concede fewer than 10 goals in the spring league to finish top 3.", "SMART"),
    Case(
        "Earn my UEFA C coaching licence by summer 2027 so I can coach the academy side.",
        "SMART",
    ),
    Case("Help players enjoy training more.", "smArt"),
    Case("Hold a 1:1 with each player fortnightly.", "SMArT"),
    Case("Bring my 800m time under 2:05 by the county championships in May.", "SMArT"),
    Case("Finish in the top 3 at the regional barista championship in April.", "SMArT"),
    Case("Swim 1500m in under 25 minutes by the end of the season.", "SMArT"),
    Case("Post on the club's Instagram every other day during pre-season.", "SMArT"),
    Case(
        "Recruit 3-5 volunteer coaches for the junior section before the season starts.",
        "SMArT",
    ),
    Case(
        "Despite the rota changes, I will attend 8 of the 10 coaching CPD sessions this season.",
        "SMArT",
    ),
    Case("Debrief the squad after every match.", "SMArT"),
    Case("Run my first marathon next week, having never run before.", "SMarT"),
    Case("be a more inspiring coach", "smArt"),
)

ACADEMIA = (
    Case("Submit two papers to peer-reviewed journals in FY27.", "SMArT"),
    Case("Write more.", "smArt"),
    Case("Finish chapter 3 of my thesis by 31/01/2027.", "SMArT", "2027-01-31"),
    Case("Mark all 120 Year 9 essays within 10 working days of the deadline.", "SMArT"),
    Case("Apply for 3-4 postdoc positions before my funding ends in August 2027.", "SMArT"),
    Case("Supervise 2 master's students this academic year.", "SMArT"),
    Case("Rebuild the Year 10 scheme of work.", "SMArt"),
    Case("Should I aim to pass the CIPD Level 5 by December 2027?", "SMArT", "2027-12-31"),
    Case("Read more papers.", "smArt"),
    Case("Present my findings at 2 conferences in 2027 to build my profile.", "SMART"),
    Case("Improve my teaching evaluations.", "smArt"),
    Case(
        "Raise my average teaching evaluation from 3.8 to 4.3 by the end of the academic year.",
        "SMArT",
    ),
    Case("Referee 4 papers for the journal this year.", "SMArT", "2026-12-31"),
)

GOVERNMENT = (
    Case(
        "Process 95% of FOI requests within the 20-working-day limit during FY27.",
        "SMArT",
    ),
    Case(
        "The team will clear the backlog of 400 planning applications by end of Q1.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Improve citizen engagement.", "smArt"),
    Case(
        "Jane should lead at least two stakeholder workshops per quarter to build her "
        "facilitation skills.",
        "SMART",
    ),
    Case("Draft and publish the procurement guidance by 15 January 2027.", "SMArT", "2027-01-15"),
    Case("Respond to every ministerial letter within 15 working days.", "SMArT"),
    Case("Pilot the new triage process in two GP surgeries by March 2027.", "SMArT", "2027-03-31"),
    Case("Canvass 300 households before the by-election.", "SMArT"),
    Case("Audit 10% of expense claims every quarter.", "SMArT"),
    Case("Be more visible to senior leaders.", "smArt"),
    Case("Ahmed needs to work on his report writing.", "smArt"),
)

RETAIL = (
    Case("Lift average basket size from £18 to £22 by the end of FY27.", "SMArT"),
    Case("Hit £2k in weekly sales on the Saturday shift.", "SMArT"),
    Case("Keep shrinkage under 1% of sales every month.", "SMArT"),
    Case("be more proactive on the shop floor", "smArt"),
    Case("Merchandise the Christmas windows by 1 December.", "SMArT", "2026-12-01"),
    Case("Stock-check the back room every other Friday.", "SMArT"),
    Case("Do a stock take fortnightly.", "SMArT"),
    Case("Keep to no more than 2 late shipments a month in 2027.", "SMArT", "2027-12-31"),
    Case(
        "Once the new till system is in, train every cashier on it within two weeks.",
        "SMArT",
    ),
    Case("If the budget allows, I'll attend the national retail conference in March.", "SMArT"),
    Case("Circulate the weekly rota to all staff by Thursday noon each week.", "SMArT"),
    Case("Priya needs to improve her time management.", "smArt"),
    Case("Get two thirds of the team through first-aid training by end of Q1.", "SMArT"),
)

SALES = (
    Case("Close €500k of new business in H1 2027.", "SMArT", "2027-06-30"),
    Case("Sell more.", "smArt"),
    Case("Book 12 discovery calls a week.", "SMArT"),
    Case(
        "Win back 5 lapsed accounts by end of quarter to rebuild the Northern territory.",
        "SMART",
        "2026-12-31",
    ),
    Case("Prospect 20 new logos per month.", "SMArT"),
    Case("Get better at cold calling", "smArt"),
    Case(
        "Shorten my average sales cycle from 60 to 45 days by the end of the year.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Place in the top 10% of sales reps nationally in FY27.", "SMArT"),
    Case("Call each regular customer once a quarter.", "SMArT"),
    Case("Grow my territory.", "smArt"),
    Case("Upsell the premium support tier to 8 existing clients by June.", "SMArT", "2027-06-30"),
    Case("Demo the new CRM to the whole sales floor in January.", "SMArT", "2027-01-31"),
)

HEALTH = (
    Case("Walk 10,000 steps a day.", "SMArT"),
    Case("Drop my resting heart rate below 60 bpm by March.", "SMArT", "2027-03-31"),
    Case("Feel less stressed at work.", "smArt"),
    Case("Meditate for 10 minutes every morning.", "SMArT"),
    Case("Lose 6kg by my wedding in June.", "SMArT", "2027-06-30"),
    Case("Go to the gym 3x/week for the next 12 weeks.", "SMArT"),
    Case("Reduce my screen time.", "smArt"),
    Case(
        "Complete my IV cannulation competency on Ward 7 by end of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Reduce patient falls on Ward 4.", "smArt"),
    Case("Cut patient falls on Ward 4 by half within 6 months.", "SMArT", "2027-05-25"),
    Case("Stretch for 15 minutes after every run.", "SMArT"),
    Case("Hand a leaflet to every clinic visitor during flu season.", "SMArT"),
)

STYLES = (
    Case("KR1: 90% of support tickets answered within 4 hours", "SMArT"),
    Case("KR2: Launch the loyalty app on iOS 18 and Android by end of Q2", "SMArT", "2027-06-30"),
    Case("- onboard 3 new suppliers by Feb", "SMArT", "2027-02-28"),
    Case("WIN THE REGIONAL SALES AWARD IN 2027!!!", "SMArT", "2027-12-31"),
    Case("GET FIT", "smArt"),
    Case("🚀 Ship the checkout redesign by 31 March 🚀", "SMArT", "2027-03-31"),
    Case("#goals run a half marathon in under 2 hours this spring 💪", "SMArT"),
    Case("#selfcare #balance be happier", "smArt"),
    Case("Sam will present the quarterly results to the board each quarter.", "SMArT"),
    Case(
        "She should complete the ILM Level 5 in Leadership and Management by Sept 2027.",
        "SMArT",
        "2027-09-30",
    ),
    Case("pass my driving test before summer", "SMArT"),
    Case("finish the couch to 5k plan", "SMArt"),
    Case(
        "I want to grow as a manager. Concretely, I'll run a monthly skip-level lunch with my "
        "team and ask for written feedback after each one.",
        "SMART",
    ),
    Case("Sit 4 mock exams by 10 Dec.", "SMArT", "2026-12-10"),
    Case("How can I become a better listener?", "smArt"),
    Case("REDUCE COMPLAINTS", "smArt"),
    Case("HIT 95% ON-TIME DELIVERY EVERY WEEK UNTIL EASTER", "SMArT"),
    Case("📚 Read one industry report a week 📈", "SMArT"),
    Case("✨ be more positive ✨", "smArt"),
    Case("Enjoy my job again.", "smArt"),
    Case("Launch Customer Loyalty Scheme In Q2", "SMArT", "2027-06-30"),
    Case("Migrate the team to Windows 11.", "SMArt"),
    Case("Improve morale on Ward 12.", "smArt"),
    Case("Open our Terminal 5 kiosk in March.", "SMArT", "2027-03-31"),
    Case("I'd like to maybe try to feel more confident presenting.", "smArt"),
    Case(
        "I think I should probably apply for the team lead role before it closes on 9 January.",
        "SMArT",
        "2027-01-09",
    ),
    Case("I'm 90% sure I can finish the PRINCE2 Foundation by April.", "SMArT", "2027-04-30"),
    Case("Gain confidence.", "smArt"),
    Case("Secure funding for the community garden project by the spring grant round.", "SMArT"),
    Case(
        "By the end of Q1, I will have mentored two apprentices through their first assessment.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Save €500 a month so I can pay for my MBA.", "SMART"),
    Case("Get my 5k time under 22 minutes by 2 January.", "SMArT", "2027-01-02"),
    Case("Confidence with budgets: 5/10, want 8/10", "smArt"),
    Case("wrap up the vendor review eod friday", "SMArT", "2026-11-27"),
    Case("Tidy the stockroom more often.", "smArt"),
    Case("Volunteer at the food bank fortnightly to give back to my community.", "SMART"),
    Case("Cut overtime costs by €2,000 a month by the end of Q2.", "SMArT", "2027-06-30"),
    Case("Handle 40+ calls per shift by Mar '27.", "SMArT", "2027-03-31"),
)

# Written after the groups above had been fixed, to check that the fixes were principles:
# nursing, care, charities, trades, law, IT, teaching; nominal and passive headlines.
FRESH = (
    Case("Launching the volunteer portal by Q3 2027.", "SMArT", "2027-09-30"),
    Case("Completion of the fire warden course by 15.03.2027.", "SMArT", "2027-03-15"),
    Case("Aim: raise £15k for the hospice at the spring gala.", "SMArT"),
    Case("Looking to move into a charge nurse role within 18 months.", "SMART", "2028-05-25"),
    Case("Plan is to sit the CIMA Strategic Case Study in May 2027.", "SMArT", "2027-05-31"),
    Case("The new rota will be published a fortnight ahead every time.", "SMArT"),
    Case("Zero lost-time incidents on site this year.", "SMArT", "2026-12-31"),
    Case("Keep agency spend below £10k per month through 2027.", "SMArT", "2027-12-31"),
    Case("No more than one missed dose per ward per week.", "SMArT"),
    Case("Recruit a dozen new befrienders by the end of March.", "SMArT", "2027-03-31"),
    Case("Get 10+ five-star Google reviews for the salon by year end.", "SMArT", "2026-12-31"),
    Case("Bill 200 hrs a month for the next two quarters.", "SMArT"),
    Case("Grow the charity's monthly donors from 300 to 450 by mid-2027.", "SMArT"),
    Case("Keep the staff-to-child ratio at 1:8 in the toddler room.", "SMArt"),
    Case("Be a team player.", "smArt"),
    Case("Step up more in meetings.", "smArt"),
    Case("Own my development.", "smArt"),
    Case("Show more leadership this year.", "smArT", "2026-12-31"),
    Case("I'm hoping to pass my HGV Class 1 test in the new year.", "SMArT"),
    Case("Ideally I'd present one case at grand rounds each term.", "SMArT"),
    Case("Might look into doing a part-time MBA.", "smArt"),
    Case("w/c 11 Jan: deliver the first aid refresher to the warehouse team", "SMArT"),
    Case("Move the payroll close from day 5 to day 3 by April.", "SMArT", "2027-04-30"),
    Case("Complete 6 of the 8 modules by late spring.", "SMArT"),
    Case("Have the loft conversion signed off by building control before Easter.", "SMArT"),
    Case("Install 20 smart meters a day in Jan-Mar.", "SMArT", "2027-03-31"),
    Case("Teach every Year 7 class a lesson on online safety before half term.", "SMArT"),
    Case("Raise attendance in 9B from 89% to 94% by the summer term.", "SMArT"),
    Case("Reconcile the petty cash every Friday by 4pm.", "SMArT"),
    Case("File all client disclosures within 5 days of instruction.", "SMArT"),
    Case(
        "Bring the legal aid backlog down to 30 files by the end of next quarter.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Resolve 80% of IT tickets at first contact in FY2027.", "SMArT"),
    Case("Patch all servers within 14 days of each vendor release.", "SMArT"),
    Case("Why not run a lunch-and-learn on Excel once a month?", "SMArT"),
    Case("Can our team hit a 4.5 star rating on Trustpilot by June?", "SMArT", "2027-06-30"),
    Case("Log off by 6pm on weekdays for the next 8 weeks.", "SMArT", "2027-01-20"),
    Case("Take a full lunch break 4 days a week so I can recharge.", "SMART"),
    Case("Make partner by 2028.", "SMArT", "2028-12-31"),
    Case("Make a difference.", "smArt"),
    Case("Make 50 cold calls every Tuesday.", "SMArT"),
    Case("Set up a buddy scheme for new care assistants by February.", "SMArT", "2027-02-28"),
    Case(
        "Write up the audit findings and share them with the ward managers within a week of the audit.",
        "SMArT",
    ),
    Case("Double the number of apprentices we take on next year.", "SMArT", "2027-12-31"),
    Case(
        "Halve the time it takes to onboard a client, from 10 days to 5, by Q2.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Get the team's NPS to 50+ by end of H1.", "SMArT", "2027-06-30"),
    Case("Deliver the iPhone 17 rollout to all 300 field staff by 1 March.", "SMArT", "2027-03-01"),
    Case("Represent the county at the U16 championships in July.", "SMArT", "2027-07-31"),
    Case(
        "Finish the last 3 units of my AAT Level 4 by 30 June so I can apply for the finance manager post.",
        "SMART",
        "2027-06-30",
    ),
    Case("Pay off my £3,500 credit card by Dec 2027.", "SMArT", "2027-12-31"),
    Case("Be fluent in Welsh.", "smArt"),
    Case("Hold a 15-minute huddle at the start of every shift.", "SMArT"),
    Case("Review the menu costings quarterly to keep food cost at 28% or below.", "SMART"),
    Case("Shadow the practice manager for 3 days before taking over the rota in January.", "SMArT"),
    Case("Keep our Ofsted rating at Good at the next inspection.", "SMArT"),
    Case("Get 2 articles accepted in Q4 '27.", "SMArT", "2027-12-31"),
    Case("Coach the U10s to win at least half their league games this season.", "SMArT"),
    Case("Prepare properly for meetings.", "smArt"),
    Case("Be on time.", "smArt"),
)

# In the shapes of published HR and coaching examples, written after the fixes above.
EXAMPLES = (
    Case("I will walk for 30 minutes, 5 days a week, for the next 4 weeks.", "SMArT", "2026-12-23"),
    Case("Drink 8 glasses of water daily.", "SMArT"),
    Case("I will eat five portions of fruit and veg a day, starting Monday.", "SMArT"),
    Case(
        "Increase my sales by 10% over the next quarter by reaching out to 5 new prospects each week.",
        "SMArT",
    ),
    Case(
        "I will complete a project management course by the end of Q2 to improve my ability to lead projects.",
        "SMART",
        "2027-06-30",
    ),
    Case("Reduce customer complaints by 15% within six months.", "SMArT", "2027-05-25"),
    Case("Attend two networking events per month to expand my professional contacts.", "SMART"),
    Case(
        "Improve customer satisfaction scores from 80% to 90% by the end of the year.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Write a 500-word blog post every week for the next three months.", "SMArT", "2027-02-25"),
    Case(
        "By the end of this quarter, I want to have reduced the average response time to customer inquiries from 24 hours to 12 hours.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Our goal is to onboard ten new clients by June 30th.", "SMArT", "2027-06-30"),
    Case(
        "To become a better public speaker, I will join Toastmasters and give one speech per month for six months.",
        "SMART",
    ),
    Case(
        "I want to lose 10 pounds in the next 3 months by going to the gym 3 times a week.",
        "SMArT",
        "2027-02-25",
    ),
    Case("Cut my spending on takeaways to £40 a month.", "SMArT"),
    Case(
        "Within the next 60 days, I'll have my portfolio website live with at least 5 case studies.",
        "SMArT",
        "2027-01-24",
    ),
    Case(
        "I'll decrease the number of errors in my monthly reports to zero by March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("I want to be more organised.", "smArt"),
    Case("I want to improve my leadership skills.", "smArt"),
    Case("Manage my time better.", "smArt"),
    Case("Be healthier this year.", "smArT", "2026-12-31"),
    Case(
        "Spend 20 minutes each evening reviewing Spanish flashcards so I can hold a basic conversation on my trip in August.",
        "SMART",
    ),
    Case(
        "Increase the number of qualified leads generated by the marketing team by 20% in Q1 2027.",
        "SMArT",
        "2027-03-31",
    ),
    Case("The sales team will achieve a 95% customer retention rate for the fiscal year.", "SMArT"),
    Case(
        "Complete all mandatory compliance training modules by 31 January.", "SMArT", "2027-01-31"
    ),
    Case("Respond to all customer emails within 24 hours.", "SMArT"),
    Case(
        "I will read one leadership book per month for the next 6 months and share key takeaways with my team.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Learn Python.", "smArt"),
    Case(
        "Learn Python by completing the Codecademy course by April so I can automate my reporting.",
        "SMART",
        "2027-04-30",
    ),
    Case("I plan to get my CPA license within the next 18 months.", "SMArT", "2028-05-25"),
    Case("Host a quarterly town hall for all employees starting in January.", "SMArT"),
    Case(
        "Decrease employee turnover from 20% to 15% by the end of next year.", "SMArT", "2027-12-31"
    ),
    Case(
        "Mentor two junior team members over the next six months, meeting with each one every two weeks.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Achieve a score of 90% or higher on my next performance evaluation.", "SMArT"),
    Case(
        "Develop a new onboarding process for new hires and implement it by the start of Q3.",
        "SMArT",
    ),
    Case("Network more.", "smArt"),
    Case(
        "Reach 1,000 followers on LinkedIn by the end of 2027 by posting twice a week.",
        "SMArT",
        "2027-12-31",
    ),
    Case(
        "Save $5,000 for an emergency fund in 12 months by putting aside $420 each month.",
        "SMArT",
        "2027-11-25",
    ),
    Case("Take the stairs instead of the elevator every day this month.", "SMArT", "2026-11-30"),
    Case("Run a 10K race in under 60 minutes by October.", "SMArT", "2027-10-31"),
    Case("Sleep 7 hours a night on weeknights.", "SMArT"),
    Case("Schedule a one-on-one with each direct report every two weeks.", "SMArT"),
    Case("Publish my research paper in a peer-reviewed journal before I graduate.", "SMArT"),
    Case("Earn a promotion to senior analyst by the next review cycle.", "SMART"),
    Case(
        "Obtain my PMP certification by December 2027 to advance into a program manager role.",
        "SMART",
        "2027-12-31",
    ),
    Case("Increase website traffic.", "smArt"),
    Case(
        "Shadow a colleague in the finance team for one day each month to understand budgeting.",
        "SMART",
    ),
    Case("Volunteer 4 hours a month at the animal shelter.", "SMArT"),
    Case("Get 8 hours of sleep.", "SMArt"),
    Case("Be the best salesperson in the company.", "smArt"),
    Case("Limit social media to 30 minutes per day.", "SMArT"),
)

# Harder shapes, written after the fixes above: period codes, labels, tracker notes, negations.
NOTES = (
    Case("Get the new starter pack signed off by mid-March.", "SMArT"),
    Case("Book the first aid refresher for early Feb.", "SMArT"),
    Case("Wrap up the supplier tender by end-Jan.", "SMArT", "2027-01-31"),
    Case("Over the summer, build a simple stock tracker in Google Sheets for the café.", "SMArT"),
    Case("During Q1, sit in on 4 client pitches with the account director.", "SMArT", "2027-03-31"),
    Case("Clear my inbox to zero before the Christmas break.", "SMArT"),
    Case("In the next 90 days, close 3 enterprise deals worth £50K+ each.", "SMArT", "2027-02-23"),
    Case("Finish the risk register within a fortnight.", "SMArT", "2026-12-09"),
    Case("Run 5k in 6 wks.", "SMArT", "2027-01-06"),
    Case("Post 2x per month on the company blog.", "SMArT"),
    Case("Run a bi-weekly clinic for new graduate nurses.", "SMArT"),
    Case("Rotate the stock in the chiller every 6 weeks.", "SMArT"),
    Case("Demo one finished feature per sprint.", "SMArT"),
    Case("Grow ARR to £1.2m by FY end.", "SMArT"),
    Case("Cut energy use in the depot by 50 per cent by 2030.", "SMArT", "2030-12-31"),
    Case("Bring stock write-offs down by a 3rd this financial year.", "SMArT"),
    Case("Get a 2:1 in my final year.", "SMArT"),
    Case("Onboarding: every new hire has a buddy on day 1. Review in March.", "SMArT"),
    Case(
        "O1: Make our helpdesk the best in the region. KR1: first-response time under 2h by end of Q2.",
        "SMArT",
        "2027-06-30",
    ),
    Case("todo - renew DBS check, book by Fri", "SMArT", "2026-11-27"),
    Case("Pass Level 2 food hygiene. Deadline 20/12.", "SMArT", "2026-12-20"),
    Case("Hit quota 3 quarters out of 4 in 2027.", "SMArT", "2027-12-31"),
    Case("What would it take to get to 100 members by the AGM?", "SMArT"),
    Case("I'm not sure, maybe learn some Excel?", "smArt"),
    Case("I suppose I could try to be more patient with new staff.", "smArt"),
    Case("No overtime for the team in January.", "SMArT", "2027-01-31"),
    Case("Don't take on any new projects until the migration is done.", "SMArT"),
    Case("Keep the first-time fix rate above 85% for the whole of 2027.", "SMArT", "2027-12-31"),
    Case("Upskill 6 warehouse operatives to reach-truck standard by June.", "SMArT", "2027-06-30"),
    Case("Be seen as a leader.", "smArt"),
    Case("Feel more settled in the new role.", "smArt"),
    Case("Become more data-driven.", "smArt"),
    Case("Make sure the team feels valued.", "smArt"),
    Case("Drive engagement across the department.", "smArt"),
    Case(
        "Increase engagement scores in my department from 62 to 70 in the 2027 staff survey.",
        "SMArT",
    ),
    Case("Go on the Level 5 coaching course the council funds, starting in spring.", "SMArt"),
    Case("Sign up for the CIPD Level 7 by the January intake.", "SMArT"),
    Case("Pitch the new loyalty idea to the area manager at our next 1:1.", "SMArT"),
    Case("Renew my nursing registration before it lapses in April.", "SMArT", "2027-04-30"),
    Case("Lead the Terminal 2 move without any flight delays caused by us.", "SMArt"),
    Case("Bake 3 new seasonal lines for the Christmas menu by 1st Dec.", "SMArT", "2026-12-01"),
    Case("Plaster 2 rooms a day on the Oakfield job.", "SMArT"),
    Case("Get my CSCS Gold Card before the contract starts in March.", "SMArT"),
    Case("Help out more at the club.", "smArt"),
    Case("Teach my team to use the new POS by Sunday.", "SMArT", "2026-11-29"),
    Case("Tutor 3 students for their GCSE maths resits before the summer exams.", "SMArT"),
    Case("Referee at least 12 county matches this season to keep my Level 4 badge.", "SMART"),
)

# Multi-sentence goals, public services, trades and care, written after the fixes above.
PARAGRAPHS = (
    Case(
        "My manager wants me to be more visible. So I'm going to present our team's numbers at the monthly ops meeting from January through June.",
        "SMART",
        "2027-06-30",
    ),
    Case(
        "Right now I dread spreadsheets. By the end of February I want to build our rota in Excel without help, because the manager post I'm after needs it.",
        "SMART",
        "2027-02-28",
    ),
    Case("Lead the Saturday youth session every week through the spring term.", "SMArT"),
    Case(
        "Put together a 6-week induction timetable for the new pharmacy techs before they start on 4 January.",
        "SMArT",
        "2027-01-04",
    ),
    Case("Trim the month-end close from 8 working days to 5 by the June close.", "SMArT"),
    Case("Sit the ACCA SBL paper in the March 2027 session.", "SMArT", "2027-03-31"),
    Case("Keep a reflective log after each placement shift until I qualify.", "SMArT"),
    Case("Recruit 40 new blood donors at the freshers' fair in September.", "SMArT", "2027-09-30"),
    Case("Run the charity shop's first online auction before Black Friday.", "SMArT"),
    Case("Check every fire door on the estate once a month and log it.", "SMArT"),
    Case(
        "Cut missed bin collections in the north ward to under 20 a week by April.",
        "SMArT",
        "2027-04-30",
    ),
    Case("Answer the phones within 3 rings.", "SMArt"),
    Case("Bring the A&E four-hour performance back above 76% this winter.", "SMArT"),
    Case("Teach myself basic BSL so I can welcome deaf customers.", "smARt"),
    Case("Get to grips with the new EPR system.", "smArt"),
    Case("Support the team through the restructure.", "smArt"),
    Case("Organise the staff summer party for around 80 people by mid-June.", "SMArT"),
    Case("Reach Grade 5 on piano by my 40th birthday next October.", "SMArT", "2027-10-31"),
    Case("Cycle to work 3 days a week from March.", "SMArT"),
    Case("Lower my cholesterol to below 5 mmol/L by my next check-up.", "SMArT"),
    Case(
        "Contact every lapsed member personally before the renewal deadline on 31 March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Put £200 into my ISA on payday each month.", "SMArT"),
    Case("Write 500 words of my novel every day in November next year.", "SMArT", "2027-11-30"),
    Case("Run a 2-day leadership away day for the 12 team leads in Q2.", "SMArT", "2027-06-30"),
    Case("Reduce dropped calls in the contact centre to 3% by the peak season.", "SMArT"),
    Case("Deliver toolbox talks to all subcontractors within their first week on site.", "SMArT"),
    Case("Finish the 12 remaining snags at Plot 14 before handover.", "SMArT"),
    Case("Be less defensive in feedback conversations.", "smArt"),
    Case("Follow up with every lead within 2 working days.", "SMArT"),
    Case("Grow the under-9s squad to 18 players by the start of next season.", "SMArT"),
    Case("Spend more time with the kids.", "smArt"),
    Case(
        "Spend Sunday mornings with the kids, no phone, for the rest of the year.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "Write and deliver a 20-minute talk on infection control for the ward team by Feb half-term.",
        "SMArT",
    ),
    Case("Apply for at least 2 grant funds a month to keep the youth club open.", "SMART"),
    Case("Open a second site in Leeds in FY28.", "SMArT"),
    Case(
        "Cross-train two baristas on the roaster by the end of next month.", "SMArT", "2026-12-31"
    ),
    Case("Cut prep waste from 9% to 6% of food purchases by Easter 2027.", "SMArT", "2027-03-28"),
    Case("Make the weekly newsletter go out every Thursday at 9am without fail.", "SMArT"),
    Case("Improve.", "smArt"),
    Case("Attend at least 10 of the 12 monthly branch meetings in 2027.", "SMArT", "2027-12-31"),
)

# Development-plan and coaching goals, written after the fixes above. "in every conversation"
# is not a cadence, as "in every presentation" is not in the shared development file.
PLANS = (
    Case(
        "Over the next 12 weeks I will attend a weekly Zumba class and track my attendance in a journal.",
        "SMArT",
        "2027-02-17",
    ),
    Case(
        "I will reduce my caffeine intake to one cup per day by the end of next month.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Ask for feedback from at least 3 peers after each project.", "SMArT"),
    Case(
        "To improve my writing, I'll submit one article to the staff newsletter every quarter.",
        "SMART",
    ),
    Case(
        "Achieve 100% completion of the annual appraisals for my team by 31st May.",
        "SMArT",
        "2027-05-31",
    ),
    Case("Create a personal budget and stick to it for 3 months.", "SMArT", "2027-02-25"),
    Case("Join a professional association in my field this year.", "SMArT", "2026-12-31"),
    Case("Increase my typing speed from 40 to 60 wpm in 8 weeks.", "SMArT", "2027-01-20"),
    Case("Get certified as a scrum master.", "SMArt"),
    Case(
        "By the close of Q3, roll out the new expenses policy to every department.",
        "SMArT",
        "2027-09-30",
    ),
    Case("I aim to cut down my screen time to two hours per day outside of work.", "SMArT"),
    Case("Practise mindfulness daily.", "SMArT"),
    Case("Study for 1 hour every weekday evening until the exam on 14 May.", "SMArT", "2027-05-14"),
    Case("Improve my GPA to 3.5 by the end of the spring semester.", "SMArT"),
    Case(
        "Visit each of our five regional offices at least once before the end of Q2.",
        "SMArT",
        "2027-06-30",
    ),
    Case(
        "Have a career conversation with each of my direct reports by year-end.",
        "SMArT",
        "2026-12-31",
    ),
    Case("Reduce the time to hire from 45 days to 30 days by Q4.", "SMArT", "2026-12-31"),
    Case("Become proficient in Spanish.", "smArt"),
    Case("Complete the Couch to 5K program in 9 weeks.", "SMArT", "2027-01-27"),
    Case(
        "Have zero safety incidents in the warehouse for the next six months.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Get more sleep.", "smArt"),
    Case("Talk to my manager about a raise.", "SMArt"),
    Case(
        "I want to be a better listener by asking one follow-up question in every conversation.",
        "SMArt",
    ),
    Case(
        "Document all standard operating procedures for the front desk by the end of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Be the first to arrive and the last to leave.", "smArt"),
    Case("Mentor a junior colleague.", "smArt"),
    Case("Conduct quarterly performance check-ins with all team members.", "SMArT"),
    Case("Raise $10,000 for the food bank through a charity run in April.", "SMArT", "2027-04-30"),
    Case(
        "Decrease patient wait times in the clinic by 10 minutes on average by the end of the year.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "Prepare and deliver a presentation to senior leadership on the Q1 results by April 15.",
        "SMArT",
        "2027-04-15",
    ),
    Case("Achieve my black belt within two years.", "SMArT", "2028-11-25"),
    Case("Volunteer more.", "smArt"),
    Case("I will reach out to one former colleague each week to rebuild my network.", "SMART"),
    Case("Take an online course in digital marketing and finish it before the summer.", "SMArT"),
    Case(
        "Increase the percentage of on-time deliveries from 88% to 95% within 6 months.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Keep my desk clean.", "smArt"),
    Case("Improve team morale by organising a monthly team lunch.", "SMArT"),
    Case("Write my will before my next birthday.", "SMArT"),
    Case("Lose weight for summer.", "smArT"),
)

# Everyday and household goals mixed with work ones, written after the fixes above.
EVERYDAY = (
    Case("Lift our Google rating from 4.1 to 4.5 stars before peak season.", "SMArT"),
    Case("Set up automatic payments for all my bills this weekend.", "SMArT"),
    Case("Re-sit the maths exam in January and get at least a grade 5.", "SMArT", "2027-01-31"),
    Case("Launch a staff suggestion box and review the ideas every month.", "SMArT"),
    Case("Do 3 sets of 10 squats every other morning.", "SMArT"),
    Case("Walk the dog before work on weekdays.", "SMArT"),
    Case("By March, have all five care plans on the new template.", "SMArT", "2027-03-31"),
    Case("Apply for the deputy head post when it's advertised in the spring.", "SMArT"),
    Case(
        "Arrange a site visit to the Hull depot with the operations director before Christmas.",
        "SMArT",
        "2026-12-24",
    ),
    Case("Swap one takeaway a week for a home-cooked meal.", "SMArT"),
    Case("Drink less.", "smArt"),
    Case("Keep under 14 units of alcohol a week.", "SMArT"),
    Case("Ring my nan every Sunday evening.", "SMArT"),
    Case("Train for and complete the Great North Run in September.", "SMArT", "2027-09-30"),
    Case(
        "Ensure 100% of new starters complete safeguarding training in their first month.", "SMArT"
    ),
    Case("Reduce sick days across the team by a quarter compared with last year.", "SMArt"),
    Case("Run two open evenings for prospective parents this term.", "SMArT"),
    Case("Sort out the garage.", "smArt"),
    Case("Clear and sell the contents of the garage by the end of the summer holidays.", "SMArT"),
    Case("Develop my coaching style.", "smArt"),
    Case("Film and edit 8 short how-to videos for the shop's YouTube channel by spring.", "SMArT"),
    Case(
        "Make £500 a month from freelance illustration by the end of 2027.", "SMArT", "2027-12-31"
    ),
    Case("Think about my next career move.", "smArt"),
    Case("Chair the residents' association AGM in May.", "SMArT", "2027-05-31"),
    Case("Get my cholesterol checked.", "SMArt"),
    Case("Fix the leaking tap in the staff kitchen today.", "SMArT", "2026-11-25"),
    Case(
        "Interview 5 customers who cancelled this quarter to find out why.", "SMART", "2026-12-31"
    ),
    Case(
        "Become a qualified yoga teacher by completing a 200-hour course by August 2027.",
        "SMArT",
        "2027-08-31",
    ),
    Case("Be better with money.", "smArt"),
    Case("Move my pension into a lower-fee fund before the tax year ends.", "SMArT"),
    Case("Get up at 6am every weekday for 30 days.", "SMArT", "2026-12-25"),
    Case("Hold an open-door hour for my team every Wednesday afternoon.", "SMArT"),
    Case("Reply to every online review within 48 hours.", "SMArT"),
    Case("Halve my commute by moving closer to work within 2 years.", "SMArT", "2028-11-25"),
    Case("Review my goals every Sunday night.", "SMArT"),
    Case("Design a new logo for the bakery by next Friday.", "SMArT", "2026-12-04"),
    Case("Be happier at work by the end of the year.", "smArT", "2026-12-31"),
    Case("Win one new corporate catering contract each quarter in 2027.", "SMArT", "2027-12-31"),
)

# Outcomes as the subject, future perfect, fronted time phrases and dropped subjects, written
# after the fixes above. A start alone ("After Christmas, start ...") is not time-bound.
OUTCOMES = (
    Case(
        "By the end of the semester, 80% of my students will score 75% or higher on the unit test.",
        "SMArT",
    ),
    Case(
        "By June 2027, all patients on the ward will have a documented falls risk assessment within 24 hours of admission.",
        "SMArT",
        "2027-06-30",
    ),
    Case("Students will read for 20 minutes every night.", "SMArT"),
    Case(
        "Every child in my class will be able to count to 100 by the end of the school year.",
        "SMArT",
    ),
    Case("The nursing team will achieve 95% hand hygiene compliance on monthly audits.", "SMArT"),
    Case("Patients will be seen within 15 minutes of their appointment time.", "SMArT"),
    Case("Customers will receive a reply within one working day.", "SMArT"),
    Case("All staff will have completed fire training by 1 February.", "SMArT", "2027-02-01"),
    Case("Our store will be the top performer in the region.", "smArt"),
    Case("My team will be happier.", "smArt"),
    Case("I will have saved £1,000 by my birthday in July.", "SMArT", "2027-07-31"),
    Case(
        "I will be able to run 5 km without stopping by the end of January.", "SMArT", "2027-01-31"
    ),
    Case("I will be able to speak French.", "smArt"),
    Case("I'll have my driving licence before I turn 18 in May.", "SMArT"),
    Case(
        "In six weeks' time I will have completed the first three modules.", "SMArT", "2027-01-06"
    ),
    Case(
        "Within 3 months I want to be leading the morning huddles on my own.", "SMArT", "2027-02-25"
    ),
    Case("For the next 30 days, no sugary drinks.", "SMArT", "2026-12-25"),
    Case("Starting in January, I will bring lunch from home four days a week.", "SMArT"),
    Case("Next month I'm going to start a weekly Spanish class.", "SMArT"),
    Case("This spring I plan to repaint the nursery.", "SMArT"),
    Case("At my next appraisal I'd like to have evidence of leading 2 projects.", "SMArT"),
    Case("Before the end of the financial year, sign off the new cleaning contract.", "SMArT"),
    Case("After Christmas, start applying for band 6 roles.", "SmArt"),
    Case("From now on, I will log every client call in the CRM the same day.", "SMArT"),
    Case("Each Friday, I'll send my manager a three-line update.", "SMArT"),
    Case("As soon as the audit is done, write up lessons learned.", "SMArT"),
    Case("If I get the funding, I'll enrol on the MSc in September.", "SMArT", "2027-09-30"),
    Case("When the new hire starts, pair with them daily for their first two weeks.", "SMArT"),
    Case("Every quarter, present the safety figures to the board.", "SMArT"),
    Case("Over the next year, build a network of 10 mentors.", "SMArT", "2027-11-25"),
    Case("Throughout 2027, keep a weekly learning journal.", "SMArT", "2027-12-31"),
    Case("Aim for 3 gym sessions a week.", "SMArT"),
    Case("Hope to be promoted soon.", "smArt"),
    Case("Try to eat more vegetables.", "smArt"),
    Case("Would love to run a marathon one day.", "SMArt"),
    Case("Need to finish my dissertation by 30 April.", "SMArT", "2027-04-30"),
    Case("Must renew my first aid certificate before it expires in March.", "SMArT"),
    Case("Going to volunteer at parkrun once a month.", "SMArT"),
    Case("Want to get into management within 2 years.", "sMART", "2028-11-25"),
    Case("Should really update my LinkedIn profile this week.", "SMArT", "2026-11-29"),
)

# In the shapes of published HR examples, written after the fixes above. "Get a new job" is
# measurable as "Find a new job soon." is in the first batch of cases.
GUIDES = (
    Case(
        "Increase the number of monthly blog posts from 2 to 4 by the end of Q2 to drive more organic traffic.",
        "SMART",
        "2027-06-30",
    ),
    Case(
        "Complete a certification in Google Analytics within the next three months.",
        "SMArT",
        "2027-02-25",
    ),
    Case(
        "Reduce the average handling time of support calls by 90 seconds by the end of the quarter.",
        "SMArT",
        "2026-12-31",
    ),
    Case(
        "Attend at least one industry conference this year to stay current on trends.",
        "SMART",
        "2026-12-31",
    ),
    Case(
        "I will improve my presentation skills by taking a public speaking course and presenting at two team meetings before June.",
        "SMArT",
    ),
    Case(
        "Achieve a customer satisfaction rating of at least 4.5 out of 5 in the next quarterly survey.",
        "SMArT",
    ),
    Case(
        "Cross-train with the accounts payable team for two hours per week over the next two months.",
        "SMArT",
        "2027-01-25",
    ),
    Case(
        "Deliver all project milestones on time and within budget for the ERP rollout ending in September.",
        "SMArT",
    ),
    Case(
        "Reduce overtime hours by 20% in the next six months by improving shift scheduling.",
        "SMArT",
        "2027-05-25",
    ),
    Case("Be more productive.", "smArt"),
    Case(
        "Identify and enroll in a leadership development program by the end of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Build relationships with key stakeholders.", "smArt"),
    Case(
        "Hold monthly one-on-one meetings with each of my six direct reports throughout the year.",
        "SMArT",
    ),
    Case("Increase sales.", "smArt"),
    Case("Increase quarterly sales revenue by 8% compared to the same quarter last year.", "SMArt"),
    Case(
        "Walk 30 minutes a day, five days a week, for the next 8 weeks, to lower my blood pressure.",
        "SMART",
        "2027-01-20",
    ),
    Case(
        "Lose 1–2 pounds per week for the next 10 weeks by following a meal plan.",
        "SMArT",
        "2027-02-03",
    ),
    Case("Quit smoking by my 35th birthday on 3 March.", "SMArT", "2027-03-03"),
    Case("Eat breakfast every day this week.", "SMArT", "2026-11-29"),
    Case("Learn to cook 5 new healthy recipes by the end of the month.", "SMArT", "2026-11-30"),
    Case(
        "Improve my flexibility by attending a yoga class twice a week for 3 months.",
        "SMArT",
        "2027-02-25",
    ),
    Case("Write a business plan for my bakery by March 1st.", "SMArT", "2027-03-01"),
    Case("Raise my credit score above 700 within a year.", "SMArT", "2027-11-25"),
    Case(
        "Complete 30 hours of continuing education credits before my license renewal in October.",
        "SMArT",
    ),
    Case("Get a new job.", "sMArt"),
    Case(
        "Land a remote UX design role at a mid-size SaaS company within 6 months.",
        "SMArT",
        "2027-05-25",
    ),
    Case(
        "Create a 90-day onboarding plan for new sales reps and have it approved by the VP of Sales by January 15.",
        "SMArT",
        "2027-01-15",
    ),
    Case("Send weekly progress reports to my manager every Friday by 5 PM.", "SMArT"),
    Case(
        "Decrease the defect rate on line 3 from 2.5% to 1% by the end of Q3 2027.",
        "SMArT",
        "2027-09-30",
    ),
)

# Trades, care, schools and shops once more, written after the fixes above.
WORKPLACES = (
    Case(
        "Pass the NEBOSH General Certificate at the first attempt in spring 2027.",
        "SMArT",
        "2027-05-31",
    ),
    Case(
        "Bring my 10k time down from 58 to 52 minutes by the Bath Half in March.",
        "SMArT",
        "2027-03-31",
    ),
    Case("Get 3 of my team through their apprenticeship end-point assessments by summer.", "SMArT"),
    Case(
        "Take over the weekly ordering from my manager by the end of January.",
        "SMArT",
        "2027-01-31",
    ),
    Case("Reduce the number of missed appointments at the clinic.", "smArt"),
    Case("Tighten up our month-end process.", "smArt"),
    Case("Publish the volunteer handbook online before the new intake in February.", "SMArT"),
    Case(
        "Keep the kitchen's food cost under 30% every week for the rest of the financial year.",
        "SMArT",
    ),
    Case("Run the Friday five-a-side for the under-14s throughout the winter.", "SMArT"),
    Case(
        "Deliver the Year 11 revision programme, 2 sessions a week, from January to the exams.",
        "SMArT",
    ),
    Case("Get up to speed on the new payroll software.", "smArt"),
    Case(
        "Shadow the night manager twice before I cover my first night shift in December.", "SMArT"
    ),
    Case(
        "Coach my assistant to run the till reconciliation on her own within a month.",
        "SMArT",
        "2026-12-25",
    ),
    Case("Source 2 new local suppliers for the farm shop by the end of Q1.", "SMArT", "2027-03-31"),
    Case("Stay calm with difficult customers.", "smArt"),
    Case("Cut the reject rate on the moulding line to 1.5% by June.", "SMArT", "2027-06-30"),
    Case("Visit 8 care homes in the district to promote the falls service before April.", "SMART"),
    Case("Re-tile the en-suite in the show home by Friday 4 December.", "SMArT", "2026-12-04"),
    Case("Study 2 hours every Saturday morning until my exam in May.", "SMArT", "2027-05-31"),
    Case("Produce a monthly dashboard for the leadership team starting in January.", "SMArT"),
    Case("Gain experience in budgeting.", "smArt"),
    Case(
        "Gain experience in budgeting by shadowing our finance manager for one day a month in 2027.",
        "SMArT",
        "2027-12-31",
    ),
    Case("Represent the team at the regional planning forum every quarter.", "SMArT"),
    Case("Make sure every new volunteer gets a DBS check before their first shift.", "SMArT"),
    Case("Raise the average order value on the website from €42 to €50 by H2.", "SMArT"),
    Case("Write my personal statement for the PGCE by 1 December.", "SMArT", "2026-12-01"),
    Case("Set up a WhatsApp group for the team.", "SMArt"),
    Case("Teach the under-8s a new skill each week this term.", "SMArT"),
    Case("Track my spending in an app every day for 60 days.", "SMArT", "2027-01-24"),
    Case("Make fewer mistakes on the rota.", "smArt"),
)

# Labels, titles and trackers once more, written after the fixes above.
TRACKERS = (
    Case(
        "Become a Chartered Accountant (ACA) by 2029 so I can move into audit management.",
        "SMART",
        "2029-12-31",
    ),
    Case("Complete Level 1 of the British Sign Language course by the end of term.", "SMArT"),
    Case("Get 90%+ attendance across the squad during pre-season.", "SMArT"),
    Case("Reduce my 5k parkrun PB to sub-25 by the spring.", "SMArT"),
    Case("Have fewer than 3 customer complaints a month across Q1.", "SMArT", "2027-03-31"),
    Case("KR3: 12 case studies published on the site by 30/6", "SMArT", "2027-06-30"),
    Case("Objective: hire and onboard two senior nurses by Easter.", "SMArT", "2027-03-28"),
    Case("goal - cook dinner from scratch 4 nights a week", "SMArT"),
    Case("Develop a stronger relationship with my line manager.", "smArt"),
    Case("Be promoted to sous chef by next Christmas.", "SMART", "2026-12-25"),
    Case("Read the first 3 chapters of the revision guide this weekend.", "SMArT", "2026-11-29"),
    Case("Spend less on clothes.", "smArt"),
    Case("Spend no more than £100 a month on clothes in 2027.", "SMArT", "2027-12-31"),
    Case("Apply for my CSCS card renewal 4 weeks before it expires.", "SMArT"),
    Case("Mentor 2 new estate agents through their first 50 viewings.", "SMArt"),
    Case("Run a 30-minute toolbox talk every Monday at 7:30.", "SMArT"),
    Case(
        "Launch the online booking system for the salon by the end of the month.",
        "SMArT",
        "2026-11-30",
    ),
    Case("Be more present with my family.", "smArt"),
    Case("Take 2 weeks off in August and not check email once.", "SMArT", "2027-08-31"),
)

MORE = HOSPITALITY + TRADES + COACHING + ACADEMIA + GOVERNMENT + RETAIL + SALES + HEALTH + STYLES
MORE = MORE + FRESH + EXAMPLES + NOTES + PARAGRAPHS + PLANS + EVERYDAY
MORE = MORE + OUTCOMES + GUIDES + WORKPLACES + TRACKERS
