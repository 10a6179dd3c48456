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
    Case("Eat healthier.", "smArt"),
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
    Case("Sleep better.", "smArt"),
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

MORE = HOSPITALITY + TRADES + COACHING + ACADEMIA + GOVERNMENT + RETAIL + SALES + HEALTH + STYLES
MORE = MORE + FRESH + EXAMPLES + NOTES
