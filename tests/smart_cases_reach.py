"""Goals whose achievability is the question, labelled by the documented rules before any run.

Same notation as ``smart_cases`` (five verdict letters), read on the same ``AS_OF``. ``a`` only
where the text itself shows the goal cannot be reached: a scope absurd for its time frame, an
absolute that quantifies over everything or for ever, two demands that cannot both hold.
``BEYOND`` holds those; ``WITHIN`` holds goals that look big and are reachable (a bounded,
countable "every" or "zero", a big number at a sensible rate, a long road to a top role), so a
rule that fires on the look of a goal rather than its scope shows up here.
"""

from __future__ import annotations

from smart_cases import Case

BEYOND = (
    # Money out of reach for the time frame.
    Case("Grow my Etsy shop's monthly sales from $200 to $50,000 by the end of December.", "SMarT"),
    Case(
        "Raise $5 million for the food bank in the next two weeks, starting from nothing.", "SMarT"
    ),
    Case("Earn £250,000 from freelance design work in my first month.", "SMarT"),
    Case("Save $1,000,000 by next summer on my teaching salary.", "SMarT"),
    Case("Increase our nonprofit's donor base by 900% before Christmas.", "SMarT"),
    Case("Cut the hospital's agency staffing spend by 95% within a fortnight.", "SMarT"),
    Case("Triple the shop's weekly takings by next Friday.", "SMarT"),
    Case("Multiply my YouTube subscribers tenfold in two weeks.", "SMarT"),
    Case("Get a 400% pay rise at my review next month.", "SMarT"),
    # More books a week than anyone reads or writes.
    Case("Read 8 books every week until Easter.", "SMarT"),
    Case("Write 30 books by January.", "SMarT"),
    Case("Grow our app's daily users from 50 to 5 million by the end of next month.", "SMarT"),
    Case("Bring staff turnover down from 40% to 0% by next week.", "SMarT"),
    Case(
        "Pay off my $80,000 student loan by the end of January on a $2,500 monthly salary.", "SMarT"
    ),
    # Counts out of reach for the time frame.
    Case("Make 5,000 cold calls tomorrow.", "SMarT"),
    Case("Write and submit 60 grant applications this week.", "SMarT"),
    Case("Recruit 2,000 new volunteers for the charity shop by Sunday.", "SMarT"),
    Case("Complete 150 online courses on Coursera before the end of December.", "SMarT"),
    Case("Knit 300 jumpers for the winter appeal in the next ten days.", "SMarT"),
    Case("Interview 500 job candidates on Monday.", "SMarT"),
    Case("Sell 10,000 houses this quarter as a solo estate agent.", "SMarT"),
    Case("Mark 3,000 exam scripts in one evening.", "SMarT"),
    Case("Answer 20,000 support tickets by myself this week.", "SMarT"),
    Case("Host 50 webinars before Friday.", "SMarT"),
    Case("Do 10,000 push-ups a day starting tomorrow.", "SMarT"),
    Case("Film and edit 90 training videos by the end of this week.", "SMarT"),
    Case("Plant 100,000 trees on my own this weekend.", "SMarT"),
    # Role jumps too far for the time.
    Case("Go from graduate trainee to chief financial officer in nine months.", "SMarT"),
    Case("Be appointed headteacher by January, having just started my teacher training.", "SMarT"),
    Case(
        "Make it from staff nurse to chief nursing officer of the trust before next summer.",
        "SMarT",
    ),
    Case("Get promoted from intern to vice president by March.", "SMarT"),
    Case(
        "Become managing director of the agency within 8 weeks of joining as an apprentice.",
        "SMarT",
    ),
    Case("Become a High Court judge by 2027, having just enrolled in law school.", "SMarT"),
    # A post named by its holder: "the captain's seat", "the CEO's job".
    Case("Take the managing director's chair within 6 months, starting as a trainee.", "SMarT"),
    Case(
        "Land the consultant surgeon's job at the trust by spring as a first-year medical student.",
        "SMarT",
    ),
    Case(
        "Be in the captain's seat of a long-haul jet by next summer, with zero flying experience.",
        "SMarT",
    ),
    # Ranks and awards out of reach.
    Case("Win an Oscar for my first short film by March.", "SMarT"),
    Case("Become world number one in tennis by June, having just taken up the sport.", "SMarT"),
    Case("Reach grandmaster level in chess by February, starting as a complete beginner.", "SMarT"),
    Case("Get our two-person startup onto the Fortune 500 list by next year.", "SMarT"),
    Case(
        "Win an Olympic gold medal in the 100m next summer, having never sprinted before.", "SMarT"
    ),
    # Fitness feats out of reach.
    Case("Lose 30 kg before the office party on December 12.", "SMarT"),
    Case("Run a sub-3-hour marathon next month, having never jogged before.", "SMarT"),
    Case("I had never run a race, so I will run a marathon within 8 weeks.", "SMarT"),
    Case("Bench press 200 kg within four weeks of my first gym session.", "SMarT"),
    Case("Climb Everest next month without any mountaineering experience.", "SMarT"),
    Case("Swim the English Channel in January after learning to swim this week.", "SMarT"),
    # Learning feats out of reach.
    Case("Become fluent in Arabic, Russian and Mandarin by the end of January.", "smarT"),
    Case("Qualify as a doctor in six months.", "SMarT"),
    Case("Pass all 13 ACCA exams in the December sitting, starting from scratch.", "SMarT"),
    Case("Master Python, Rust, Go and C++ in a fortnight.", "smarT"),
    Case("Get a PhD in physics by next summer, starting from scratch.", "SMarT"),
    Case("Type 400 words per minute by January.", "SMarT"),
    # "100% of" and "all the" ask an outcome of every one, as "every" does.
    Case("Close 100% of the leads that come in this quarter.", "SMarT"),
    Case("Convert 100% of trial users to paid plans by March.", "SMarT"),
    Case("Win all the tenders our practice bids for in 2027.", "SMarT"),
    Case("Sell to 100% of the companies on our prospect list by June.", "SMarT"),
    Case("Get 100% of the parents to sign the consent form by Friday.", "SMarT"),
    Case("As a junior barrister, win 100% of my cases this term.", "SMarT"),
    # A growth factor by a count at a period, said with "more".
    Case("Make 5x more sales calls a day by next week.", "SMarT"),
    # One's own programme from a start just made.
    Case("Finish my 4-year medical degree by next summer, having just enrolled.", "SMarT"),
    # "any" one of everything there is asks as much as every one.
    Case("Cook any dish in the world from memory by next year.", "SMarT"),
    Case("Translate any poem ever written into Welsh by 2028.", "SMarT"),
    Case("Beat any chess engine on earth before I turn 30.", "sMarT"),
    # Every one of a kind across a nation the text names.
    Case("Visit every care home in Wales by next year to sign them up to the scheme.", "SMarT"),
    Case("Get my hot sauce onto the shelves of every supermarket in the UK by March.", "SMarT"),
    Case("Personally train every paramedic across Canada by June.", "SMarT"),
    # Two professions that each take years, for one person within a year.
    Case("Retrain as an architect and a solicitor before Christmas.", "SMarT"),
    Case("Qualify as an actuary and a pharmacist by the end of next summer.", "SMarT"),
    # Every one of a kind across a whole field or market.
    Case("Underwrite every marine risk in the London market next year.", "SMarT"),
    Case("Visit every firm in the hospitality sector by June to pitch our booking app.", "SMarT"),
    Case("Email every recruiter in the industry by Friday.", "SMarT"),
    Case("Meet every supplier in our market by June.", "SMarT"),
    # All or nothing on every day or night of a whole year, as "365 days a year".
    Case("Keep the server estate at 100% uptime every day of the year.", "SMarT"),
    Case("Fill every seat in the theatre every night of the year.", "SMarT"),
    # The top rung of a ladder within half a year of its first one.
    Case(
        "Qualify as a Master Mason by April, having just joined the lodge as an apprentice.",
        "SMarT",
    ),
    Case("Become an expert welder within 4 months, starting from scratch.", "SMarT"),
    # Absolutes over everything or for ever.
    Case("Never make a single error in a drug calculation for the rest of my career.", "Smart"),
    Case("Keep every single customer happy, all of the time.", "smart"),
    Case("Have zero complaints from parents, forever.", "sMart"),
    Case("Be 100% accurate in every report I write, permanently.", "sMart"),
    Case("Become the best data scientist in the world by 2028.", "smarT"),
    Case("Be the best-rated nurse in the country.", "smart"),
    Case("Close every deal I am ever offered.", "Smart"),
    Case("Never lose a single patient on my ward again.", "smart"),
    Case("Read every book ever written about leadership.", "Smart"),
    Case("Make sure no one on my team ever feels stressed.", "smart"),
    Case("Know the answer to every question a client could ever ask.", "smart"),
    Case("Be the number one ranked estate agent in the UK by February.", "smarT"),
    Case("Get a 100% satisfaction score from every customer, permanently.", "sMart"),
    Case("Speak every language used in the European Union.", "smart"),
    Case("Eliminate every error from every audit we ever do.", "smart"),
    Case("Win every single tender we bid for from now on.", "Smart"),
    # "No exceptions" on an absolute that lasts with no end or covers everything.
    Case("Never make a mistake at work again, no exceptions.", "smart"),
    Case("Keep every single client happy, no exceptions.", "smart"),
    Case("Be available to my team around the clock, without exception.", "smart"),
    Case("Have zero complaints from customers, forever, no exceptions.", "sMart"),
    Case("Never miss a single deadline for the rest of my career, without fail.", "Smart"),
    Case("Win every pitch I ever make, no exceptions.", "Smart"),
    Case("Be right about every decision I make, no exceptions.", "smart"),
    Case("Get every customer to leave a five-star review, without exception.", "SMart"),
    # Demands that cannot both hold.
    Case("Work 120 hours a week while still sleeping 9 hours a night.", "SMarT"),
    Case("Finish the 12-week course by next Friday.", "SMarT"),
    Case("Complete the two-year MBA programme in four months.", "SMarT"),
    Case("Read the 30-hour audiobook in full during my 20-minute commute tomorrow.", "SMarT"),
    # Money out of reach for the pay the text states.
    Case("Clear my £45k car finance balance on my £21k salary within two months.", "SMarT"),
    Case("Save $12,000 for a house deposit by April on a $1,900 monthly wage.", "SMaRT"),
    # First place across a nation or a field, whoever's it is said to be ("in our industry").
    Case("Be the number one estate agent in our country by March.", "SMarT"),
    Case("Become the best paramedic in my state by the summer.", "SMarT"),
    # Every one of a kind across a nation or the world, for one person.
    Case("Place my cartoons in every newspaper in the country by June.", "SMarT"),
    Case("Get my app onto every phone on the planet.", "Smart"),
    # A distance covered faster than any way of going allows, over every waking hour.
    Case("Walk 600 km for the hospice appeal by Sunday.", "SMaRT"),
    Case("Drive 12,000 km of delivery rounds solo by next Tuesday.", "SMarT"),
    # Rungs of a numbered ladder climbed faster than one a month.
    Case("Go from 6th kyu to 1st kyu in judo by Christmas.", "SMarT"),
    Case("Move from Band 4 to Band 7 on the pay scale in the next 6 weeks.", "SMarT"),
    # All or nothing, held for ever: "no X ever again", "not a single X ever", "100% ... always".
    Case("Ensure no invoice of ours is ever paid late again.", "Smart"),
    Case("Not a single patient on my ward will ever fall again.", "Smart"),
    Case("Keep zero open safety actions on site, always.", "SMart"),
    # A start the text states ("never ...", "0 ... experience", "no ... yet"), then the goal.
    Case("Never flown a plane; become an airline captain by April.", "SMarT"),
    Case("Never taught a class; become headteacher of the academy by September.", "SMarT"),
    Case("0 nursing experience, but be appointed chief nurse of the trust by summer.", "SMarT"),
    Case("I have no coaching badges yet; win an Olympic medal as head coach by June.", "SMarT"),
    # Time to be put in beyond the waking hours, or the days, of the window.
    Case("Log 400 hours of flight simulator time by December 10.", "SMarT"),
    Case("Accumulate 200 days of site experience before the end of February.", "SMarT"),
    Case("Clock up the 600 clinical hours my nursing placement needs by next Friday.", "SMaRT"),
    Case(
        "Bank 1,000 supervised practice hours for my counselling licence by the end of this month.",
        "SMaRT",
    ),
)

WITHIN = (
    # Big-looking money and percentages at a sensible rate.
    Case("Increase my sales by 10% over the next 12 months.", "SMArT"),
    Case("Double my newsletter subscribers from 500 to 1,000 by the end of 2027.", "SMArT"),
    Case("Grow the charity's regular donors from 300 to 450 in the next year.", "SMArT"),
    Case("Cut patient waiting times in A&E by 20% within six months.", "SMArT"),
    Case("Reduce our office's paper use by 50% by the end of next year.", "SMArT"),
    Case("Hit $1M in annual recurring revenue by the end of 2028, up from $400k today.", "SMArT"),
    Case("Raise £2,000 for the hospice by running the Great North Run in September.", "SMArT"),
    Case("Earn $5,000 a month from freelance work by the end of 2027.", "SMArT"),
    Case("Grow the YouTube channel from 2,000 to 5,000 subscribers in 12 months.", "SMArT"),
    Case("Triple the number of volunteers from 10 to 30 by the end of 2027.", "SMArT"),
    Case("Increase the clinic's flu vaccine uptake from 70% to 85% this winter.", "SMArT"),
    Case("Grow revenue from $0 to $10,000 a month within 18 months.", "SMArT"),
    Case("Get a 15% pay rise when I move roles next year.", "SMArT"),
    Case("Increase checkout conversion by 150% over the next two years.", "SMArT"),
    Case("Double my freelance income in 12 months.", "SMArT"),
    Case("Cut my 5k time from 30 to 27 minutes by April.", "SMArT"),
    # Big-looking counts at a sensible rate.
    Case("Make 100 cold calls a week until the end of March.", "SMArT"),
    Case("Read 52 books in 2027, one a week.", "SMArT"),
    # A reader's pace: up to about five books a week; selling is trade, not making.
    Case("Read 30 novels by the end of January to get ready for the book club I run.", "SMArT"),
    Case("Listen to 3 audiobooks a week on my commute through the winter.", "SMArT"),
    Case("Sell 60 second-hand books a week at the Saturday market stall this spring.", "SMArT"),
    Case("Stock 200 new paperbacks in the shop before the Christmas rush.", "SMArT"),
    Case("Write 500 words of my novel every day in January.", "SMArT"),
    Case("Apply for 30 jobs this month.", "SMArT"),
    Case("Interview 20 candidates for the two open posts by the end of January.", "SMArT"),
    Case("Reach 10,000 followers on LinkedIn by next December.", "SMArT"),
    Case("Get 1,000 signatures on the petition before the council meeting on January 15.", "SMArT"),
    Case("Write a 50,000-word novel draft during November 2027.", "SMArT"),
    Case("Make 20 sales calls a day for the next four weeks.", "SMArT"),
    Case("Publish two peer-reviewed papers in 2027.", "SMArT"),
    Case("Process 200 invoices a day during the month-end week.", "SMArT"),
    Case("Take 10,000 steps every day.", "SMArT"),
    Case("Close all 35 open audit actions by the end of Q1.", "SMArT"),
    Case("Visit all 14 branches in my region before the end of March.", "SMArT"),
    Case("Mark 30 Year 9 essays by Monday.", "SMArT"),
    # Fitness and learning: ambitious, not absurd.
    Case("Run my first marathon in six months, following a 24-week training plan.", "SMArT"),
    Case("Run a half marathon in under two hours by May.", "SMArT"),
    Case("Lose 6 kg by the end of March.", "SMArT"),
    Case("Lose 1 kg a week for the next 8 weeks.", "SMArT"),
    Case("Do 50 push-ups a day through January.", "SMArT"),
    Case("Cycle 100 km every Sunday with the club.", "SMArT"),
    Case("Increase my bench press from 60 kg to 80 kg within a year.", "SMArT"),
    Case("Run 5 km every morning before work.", "SMArT"),
    Case("Pass all four sections of the CPA exam by the end of 2027.", "SMArT"),
    Case("Reach B1 in Spanish within nine months.", "SMArT"),
    Case("Learn to swim 25 metres by the summer holidays.", "SMArT"),
    Case("Complete the 10-week couch-to-5k plan by February 28.", "SMArT"),
    Case("Finish the 6-week coding bootcamp by the end of January.", "SMArT"),
    Case("Finish all 12 modules of the project management course by June.", "SMArT"),
    Case("Pass my driving test in March after 40 hours of lessons.", "SMArT"),
    # Roles: a step at a time, or a long road.
    Case("Get promoted to senior nurse within two years.", "SMArT"),
    Case("Move from team lead to department manager within 18 months.", "SMArT"),
    Case("Become head of sales within three years.", "SMArT"),
    Case("Become a chief operating officer within ten years.", "SMArT"),
    Case("Go from senior analyst to analytics manager within a year.", "SMArT"),
    Case("Become CEO of my own startup by registering the company in January.", "SMArT"),
    Case("Be promoted to director within five years.", "SMArT"),
    Case("Become a registered nurse within four years.", "SMArT"),
    # A holder's post that is a step within reach, or a holder's work that is no post.
    Case("Win the team captain's role for our Sunday league side by March.", "SMArT"),
    Case("Shadow the captain's pre-flight checks every Monday, having just got my PPL.", "SMArT"),
    Case("Cover the director's role while she is on maternity leave from March.", "SMArt"),
    # Ranks and awards within reach.
    Case("Win the regional sales award for the North West team this year.", "SMArT"),
    Case("Be in the top 10% of sales reps in the company by Q4.", "SMArT"),
    Case("Place in the top three at the county cross-country championship in February.", "SMArT"),
    Case("Get a first-class degree in my final exams next June.", "SMArT"),
    # Bounded, countable absolutes.
    Case("Send the team newsletter every Friday.", "SMArT"),
    Case("Ship the January release with zero critical defects.", "SMArT"),
    Case("Call every client on my list of 40 accounts before Christmas.", "SMArT"),
    Case("Respond to all customer complaints within 24 hours.", "SMArT"),
    Case("Complete 100% of my mandatory training modules by March 31.", "SMArT"),
    Case("Achieve 100% attendance at the weekly team meeting this quarter.", "SMArT"),
    Case("Keep zero overdue invoices at each month end in 2027.", "SMArT"),
    Case("Attend every team stand-up during the product launch week.", "SMArT"),
    Case("Attend every parents' evening this school year.", "SMArT"),
    Case("Make zero medication errors on my next 20 shifts.", "SMArT"),
    Case("Hit a 100% pass rate on the Year 11 mock exams in March.", "SMArT"),
    Case("Submit every timesheet on time for the rest of the year.", "SMArT"),
    Case("Answer 100% of calls within three rings during my shifts this month.", "SMArT"),
    Case("Never miss a stand-up during the two-week launch sprint.", "SMArT"),
    Case(
        "Prepare answers to 10 common questions so I'm the best-prepared candidate at next "
        "Tuesday's interview.",
        "SMART",
    ),
    Case("Read every chapter of the new staff handbook by Friday.", "SMArT"),
    # "100% of" on work of one's own, not an outcome others choose.
    Case("Answer 100% of support tickets within 24 hours this month.", "SMArT"),
    Case("Resolve 100% of the complaints in the backlog by Friday.", "SMArT"),
    Case("Hit 100% of my sales target by June.", "SMArT"),
    Case("Return 100% of the marked coursework to Year 10 by half term.", "SMArT"),
    # "No exceptions", "without fail": a strict habit at a cadence one keeps, a commitment.
    Case("Publish two blog posts per month, no exceptions.", "SMArT"),
    Case("Log my hours in the timesheet every Friday, no exceptions.", "SMArT"),
    Case("Run 5 km three times a week, without fail.", "SMArT"),
    Case("Phone each of my four direct reports every Monday morning, no exceptions.", "SMArT"),
    Case("Back up the project files every evening before I leave, without exception.", "SMArT"),
    Case(
        "Update the sales tracker within an hour of each client call, every single time.", "SMArT"
    ),
    Case("Practise Spanish for 30 minutes each morning, no matter what.", "SMArT"),
    Case(
        "Submit my expenses by the 5th of each month, no exceptions, so finance can close the "
        "books on time.",
        "SMART",
    ),
    Case("Attend the weekly stand-up until the March launch, no exceptions.", "SMArT"),
    # A start stated, and a goal that fits it; a "never" that tells a record, not an absolute.
    Case("Never coached before; earn my Level 1 coaching badge by March.", "SMArT"),
    Case("Never missed a shift in five years, so aim to lead the night team by June.", "SMArT"),
    Case("No supervisory experience yet; cover the Saturday shift lead by April.", "SMArT"),
    # First place in a place that is not a nation or a field.
    Case("Be the best-reviewed florist in our county by June.", "SMArT"),
    # An absolute on one occasion named by its month.
    Case("File the January payroll return for all 80 crew with zero errors.", "SMArt"),
    # A few parts of a nation, or a group's reach across it.
    Case("Run a first-aid workshop in every county in the country by next spring.", "SMArT"),
    Case("Our charity will reach every primary school in the country by 2030.", "SMArT"),
    # A distance within what the way of going allows, or covered by a team.
    Case("Cycle 300 miles this week for the ward's charity ride.", "SMART"),
    Case("Our drivers will cover 20,000 miles of rural routes this week.", "SMArT"),
    Case("Walk 30 km along the canal on Saturday.", "SMArT"),
    # A ladder climbed a rung every month or more slowly.
    Case("Go from Grade 3 to Grade 5 piano by next summer.", "SMArT"),
    Case("Move from level 2 to level 3 of the apprenticeship within a year.", "SMArT"),
    # "Nx" with the thing counted and a period after it: how often, not a growth factor.
    Case("Book 4x driving lessons per week until my test on 12 March.", "SMArT"),
    Case("Swim 5x lengths a day through January to build up for the gala.", "SMART"),
    Case("Post 2x reels/day on the bakery's account until the end of January.", "SMArT"),
    Case("Run 3x hill sessions a week for the next 10 weeks.", "SMArT"),
    # One's own programme, finished: it is under way, and what is left of it is not said.
    Case("Complete my 24-month residency by the end of June to start as an attending.", "SMART"),
    Case("Finish our 18-month refurbishment of the east wing by Easter.", "SMArT"),
    Case("Pass my 3-year electrical apprenticeship by next spring.", "SMArT"),
    Case("Complete my 6-month probation review with zero missed targets by January 31.", "SMArT"),
    # "any" over a set one can serve or go through.
    Case("Answer any question from a walk-in customer within 2 minutes by April.", "SMArT"),
    Case("Identify any bird on the reserve by its call by June.", "SMArT"),
    Case("Take any shift on the rota that needs cover this month.", "SMArT"),
    # A quantifier over a set the text counts goes through it, however big its kind.
    Case("Become proficient in all 12 ICU competencies on my preceptorship list by June.", "SMArT"),
    Case("Master all 24 chords on the beginner chart by March.", "SMArT"),
    Case("Become fluent in all 3 languages my clients speak by 2029.", "SMArT"),
    Case("Know every one of the 40 knots in the sailing syllabus by the summer.", "SMArT"),
    Case("Become an expert in all 4 programming languages our stack uses by 2028.", "SMArT"),
    Case("Achieve 'proficient' in all 12 core skills by June, signed off by my mentor.", "SMArT"),
    # A nation that names a part, or a group working across it.
    Case("Call every client in the UK branch by Friday.", "SMArT"),
    Case("Our field team will visit every care home in Wales by 2028.", "SMArT"),
    # Professions one works with, or one taken at a time over years.
    Case("Brief our solicitor and architect on the planning appeal by March.", "SMArT"),
    Case("Qualify as a solicitor by 2028 and as a barrister by 2032.", "SMArT"),
    # A set named inside a field, which can be gone through.
    Case("Meet every supplier in the trade directory by March.", "SMArT"),
    Case("Log every soil sample in the field by Friday.", "SMArT"),
    Case("Speak with every vendor in the market on Saturday.", "SMArT"),
    # A habit on every day of the year, with nothing all or nothing in it.
    Case("Post one sketch to my portfolio every day of the year.", "SMArT"),
    Case("Keep the farm shop open every day of the year except Christmas Day.", "SMArT"),
    Case("Write to every MP in Scotland about the bill by the end of the month.", "SMArT"),
    Case("Source 100% of our coffee from fair-trade growers all year round.", "SMArT"),
    Case("Serve 100% locally sourced food in the café all year round.", "SMArT"),
    # The top rung over years, or a start that is not the first rung.
    Case("Become an expert welder by 2029, starting from scratch next month.", "SMArT"),
    Case("Pass my Master's dissertation by June, having just started writing it.", "SMArT"),
    # Money within the pay the text states.
    Case("Save £3,000 by the end of next year on my £30k salary.", "SMArT"),
    Case("Clear my £1,200 overdraft by June on my £26k salary.", "SMArT"),
    Case("Settle our £8,000 tax bill by January.", "SMArT"),
    # Time put in that fits the window, and times that are not put in.
    Case("Volunteer 500 hours at the hospice by the end of next year.", "SMArT"),
    Case("Log 40 hours of dual flight time by March 31.", "SMArT"),
    Case("Save 300 hours of admin time across the office by March.", "SMArT"),
    Case("Twelve years on the wards; finish the mentor module within 4 weeks.", "SMArT"),
    Case("Teach 12 seven year olds in my class to read a chapter book by June.", "SMArT"),
    Case("Tribunal claims currently take 14 weeks. Target for June 2027: 9 weeks.", "SMArT"),
)

REACH = BEYOND + WITHIN

# A count per day after a hyphenated noun is weighed over that day, as after a one-word noun:
# "push-ups" and "follow-up calls" are one thing counted.
HYPHENATED_PER_DAY_BEYOND = (
    Case("Make 900 follow-up calls a day to lapsed members.", "SMarT"),
    Case("Do 5,000 sit-ups a day.", "SMarT"),
)
HYPHENATED_PER_DAY_WITHIN = (
    Case("Send 3 follow-up emails to new leads a day.", "SMArT"),
    Case("Do 40 sit-ups a day before breakfast.", "SMArT"),
    Case("10 push-", "smArt"),
)
BEYOND = BEYOND + HYPHENATED_PER_DAY_BEYOND
WITHIN = WITHIN + HYPHENATED_PER_DAY_WITHIN
REACH = BEYOND + WITHIN

# Time put in is weighed after the action however the goal opens: a bare verb, "I will", a wish
# ("I'd like to try to") or a frame ("My goal is to").
FRAMED_TIME_BEYOND = (
    Case(
        "My goal is to fly 1,500 hours between now and the end of January so I can apply to"
        " the airlines.",
        "SMaRT",
    ),
    Case("I'd like to try to fly 1,500 hours between now and the end of January.", "SMarT"),
    Case("I need to clock 90 days of sea time by the end of next month.", "SMarT"),
    Case("My goal is to walk 1,000 hours in the next two weeks.", "SMarT"),
    Case("I'm going to sail 2,000 hours this week.", "SMarT"),
)
FRAMED_TIME_WITHIN = (
    Case("I hope to log 200 hours of supervised practice by December 10.", "SMArT"),
    Case("I'm aiming to coach 120 hours of junior tennis by January 1.", "SMArT"),
    Case("I want to cut 300 hours of overtime by March.", "SMArT"),
    Case("to fly 9 hours", "SMArt"),
)
BEYOND = BEYOND + FRAMED_TIME_BEYOND
WITHIN = WITHIN + FRAMED_TIME_WITHIN
REACH = BEYOND + WITHIN

# A group after "to" or "for" is who the goal is for, not who does it: the pace is one
# person's. A group that acts ("Our department will ...", "with the department") shares it.
FOR_A_GROUP_BEYOND = (
    Case("Write a 120,000-word novel by next Friday because it matters to my team.", "SMaRT"),
    Case("Write a 300-page staff handbook by Monday for the department.", "SMarT"),
    Case(
        "Clear my £60k student loan on my £24k salary by next month because it matters to my team.",
        "SMaRT",
    ),
    Case("Record 1,000 podcast episodes by next Friday, a promise to our department.", "SMarT"),
    Case(
        "Answer every out-of-hours call within 10 minutes, 24/7, because it matters to my team.",
        "SMaRT",
    ),
)
FOR_A_GROUP_WITHIN = (
    Case("Write a 300-page staff handbook by Monday with the department.", "SMArT"),
    Case("Our department will write a 300-page staff handbook by Monday.", "SMArT"),
    Case("Answer every out-of-hours call within 10 minutes, 24/7, on the team rota.", "SMArT"),
)
BEYOND = BEYOND + FOR_A_GROUP_BEYOND
WITHIN = WITHIN + FOR_A_GROUP_WITHIN
REACH = BEYOND + WITHIN

# One side by the other ("60x90 cm", "1920x1080") is the size of a thing, not a growth factor:
# a goal with a size and a sensible count is within reach. "50x" alone is still a factor.
SIZES_WITHIN = (
    Case("Paint four 120x80 cm canvases for the spring show by April.", "SMArT"),
    Case("Print 30 A2 posters at 42x59 cm for the open day next week.", "SMArT"),
    Case("Tile the 3x4 m staff-room floor by Friday.", "SMArT"),
    Case("Build two 2x3 m raised beds for the school garden before the end of March.", "SMArT"),
    Case("Knit a 150x200 cm blanket for my niece by her birthday in June.", "SMArT"),
    Case("Sew 12 quilted 40x40 cm cushion covers for the craft fair on 5 December.", "SMArT"),
    Case("Shoot 25 product photos at 4000x6000 px for the catalogue by 14 January.", "SMArT"),
    Case("Replace the 6x4 ft fence panels along the car park by the end of February.", "SMArT"),
    Case("Make a 60x", "smArt"),
)
SIZES_BEYOND = (Case("Grow our mailing list 50x by next Friday.", "SMarT"),)
BEYOND = BEYOND + SIZES_BEYOND
WITHIN = WITHIN + SIZES_WITHIN
REACH = BEYOND + WITHIN

# A time taken off ("40 seconds off my PB", "45 seconds faster", "by 90 seconds") is how much
# faster, not the time to run: it is never weighed against a world record. A time to run
# still is ("a 5k in 11 minutes").
TAKEN_OFF_WITHIN = (
    Case("Shave 2 minutes off my marathon time at Manchester in April.", "SMArT"),
    Case("Knock 30 seconds off my 5k time by the end of March.", "SMArT"),
    Case("Run my 5k 45 seconds faster by June.", "SMArT"),
    Case("Improve my mile by 10 seconds this season, training 4x a week.", "SMArT"),
    Case("Get my 10k down by 90 seconds by the spring race series.", "SMArT"),
    Case("Shave 5 seconds off my 100m by the club championships in July.", "SMArT"),
    Case("Cut 20 seconds from my 5k time by Easter.", "SMArT"),
    Case("Lower my parkrun 5k by 30 seconds within 8 weeks.", "SMArT"),
    Case("Take 1 minute off my half marathon PB at the Cardiff Half in October.", "SMArT"),
    Case("Go 30 seconds faster over 10k by May.", "SMArT"),
    Case("Run my 10k in 40 seconds less than last year's time by the April race.", "SMArT"),
    Case("40 seconds off", "smArt"),
    Case("by 40 seconds", "smArt"),
)
TAKEN_OFF_BEYOND = (
    Case("Run a 5k in 11 minutes by next month.", "SMarT"),
    Case("Run the mile in 3 minutes 30 seconds by summer.", "SMarT"),
)
BEYOND = BEYOND + TAKEN_OFF_BEYOND
WITHIN = WITHIN + TAKEN_OFF_WITHIN
REACH = BEYOND + WITHIN

# Every case of a harm ended ("stop all smuggling", "prevent every fall") or nothing ever going
# wrong ("make sure nothing goes missing"), with no stretch or counted set: an absolute, as
# "zero errors" is. Bounded by a short window or an occasion, or a set the text counts, or a
# thing that is no harm, they are within reach.
HARM_BEYOND = (
    Case("Stop all smuggling through the port.", "SmaRt"),
    Case("Prevent every fall on the dementia ward.", "SmaRt"),
    Case("Eradicate all fraud from the benefits office by 2028.", "SmaRT"),
    Case("End all data breaches across the council.", "Smart"),
    Case("Make sure nothing gets lost in the move to the new warehouse.", "smart"),
    Case("Ensure nothing slips through the cracks at shift handover.", "smart"),
    Case("As site manager, prevent any accident on the building site.", "SmaRt"),
    Case("make sure nothing goes missing in the tool store", "smart"),
)
HARM_WITHIN = (
    Case("Prevent all falls on Ward 7 this month.", "SmArT"),
    Case("Eliminate all known defects before the release.", "SmArT"),
    Case("Stop all non-essential spending by March.", "SmArT"),
    Case("Eliminate all paper forms from admissions by June.", "SmArT"),
    Case("Eliminate all 12 defects on the snag list by Friday.", "SMArT"),
    Case("Prevent all falls during the night shifts in December.", "SmArT"),
    Case("Leave nothing to chance at the inspection.", "smArt"),
    Case("Make sure nothing is missed at the January stock take.", "SmArT"),
    Case("I want nothing less than a distinction in my MSc.", "SMArt"),
    Case("Cut falls on the ward by 20% by June.", "SMArT"),
    Case("Eliminate all trip hazards in the warehouse by Friday.", "SmArT"),
    Case("Nothing", "smArt"),
    Case("Stop all", "smArt"),
    Case("stop every", "smArt"),
)
BEYOND = BEYOND + HARM_BEYOND
WITHIN = WITHIN + HARM_WITHIN
REACH = BEYOND + WITHIN

# A win or the top mark asked in every one of an open set ("win gold at every show we enter",
# "100% yield on every synthesis") is an absolute, as "win every case" is; not when a short
# window or a counted set bounds it, nor for a mark kept by one's own habit ("100% attendance
# at every meeting"), nor for a win in another clause.
TOP_RESULT_BEYOND = (
    Case("Win a medal in every race I enter.", "SMaRt"),
    Case("Get 100% yield on every synthesis in the lab.", "SMart"),
    Case("Be 100% accurate in every report I write.", "SMart"),
    Case("Get full marks on every assignment.", "SMart"),
    Case("Win first place at every agricultural show this summer.", "SMarT"),
    Case("Achieve a 100% pass rate in every cohort I teach.", "SMart"),
    Case("Win awards for every campaign we run.", "Smart"),
)
TOP_RESULT_WITHIN = (
    Case("Win the regional final and train hard in every session.", "SMArt"),
    Case("Get 100% on every quiz in December.", "SMArT"),
    Case("Win gold at each of the 4 regional shows this year.", "SMArT"),
    Case("Get 100% yield on every synthesis this week.", "SMArT"),
    Case("Get 100% attendance at every team meeting.", "SMArt"),
    Case("Win gold at every one of my 3 races.", "SMArt"),
    Case("Get a distinction in every module of my degree.", "SMArt"),
    Case("Win at every", "smArt"),
    Case("at every", "smArt"),
)
BEYOND = BEYOND + TOP_RESULT_BEYOND
WITHIN = WITHIN + TOP_RESULT_WITHIN
REACH = BEYOND + WITHIN

# Money given by many donors is gathered at a bounded pace by one fundraiser, or by the few a
# group's name counts ("a one-person team", "our 3-person charity"); money that comes in one
# sum (a seed round, a grant) and a team of unknown size are not weighed.
RAISED_BEYOND = (
    Case("Raise £50 million for the scout hut roof by January.", "SMarT"),
    Case(
        "As a one-person events team at the hospice, raise £4 million from local donors by"
        " Christmas.",
        "SMarT",
    ),
    Case("Raise $30 million for our 2-person animal rescue by the end of the year.", "SMarT"),
    Case("Collect £10 million in donations for the food bank by next Friday.", "SMarT"),
)
RAISED_WITHIN = (
    Case("Raise $2M for the hospital foundation this year.", "SMArT"),
    Case("Raise £20,000 for the hospice by running the London Marathon in April.", "SMART"),
    Case("Raise £1m for the school's new sports hall by 2028.", "SMArT"),
    Case("Raise £500k for the scanner appeal by March.", "SMArT"),
    Case("Our fundraising team will raise £3 million by the end of next year.", "SMArT"),
    Case("Raise £2 million in seed funding for my startup by the end of January.", "SMArT"),
    Case("Raise $250,000 from alumni for the scholarship fund by June 2027.", "SMArT"),
    Case("Raise £50,000 in a week for the flood appeal.", "SMArT"),
    Case("Secure a £3 million grant for the research unit by February.", "SMArT"),
)
BEYOND = BEYOND + RAISED_BEYOND
WITHIN = WITHIN + RAISED_WITHIN
REACH = BEYOND + WITHIN

# Each person hired, employed or appointed takes an interview at least, whatever the role's
# name: hundreds within days are beyond one person; a few a week, or a company, are not.
HIRED_BEYOND = (
    Case("Hire 200 engineers by next Friday.", "SMarT"),
    Case("Hire 500 warehouse staff by Friday.", "SMarT"),
    Case("Employ 300 new drivers by the end of next week.", "SMarT"),
    Case("Appoint 80 teaching assistants by Monday.", "SMarT"),
)
HIRED_WITHIN = (
    Case("Hire 12 nurses for the new ward by March.", "SMArT"),
    Case("Hire 30 seasonal pickers next week.", "SMArT"),
    Case("Hire 40 engineers before Christmas.", "SMArT"),
    Case("Hire 2 more developers by January.", "SMArT"),
    Case("Hire 60 baristas for the new branches by the end of January.", "SMArT"),
    Case("Hire 25 sales reps this quarter.", "SMArT"),
    Case("We will hire 200 engineers across our offices by next Friday.", "SMArT"),
    Case("hire 5", "sMArt"),
)
BEYOND = BEYOND + HIRED_BEYOND
WITHIN = WITHIN + HIRED_WITHIN
REACH = BEYOND + WITHIN

# Two professions that each take years, to qualify as within a year, wherever they stand in
# the list of titles after "as" or "become"; not titles of the people one works with.
LISTED_TITLES_BEYOND = (
    Case("Qualify as a chartered tax adviser, a barrister and an actuary before Easter.", "SMarT"),
    Case("Become a qualified accountant, a pharmacist and an architect by next summer.", "SMarT"),
)
LISTED_TITLES_WITHIN = (
    Case("Work with a solicitor and a barrister to settle the lease by March.", "SMART"),
    Case("Become a registered nurse and a pharmacist by 2035.", "SMArT"),
    Case("Qualify as an actuary by 2029.", "SMArT"),
    Case("as a barrister and an actuary", "smArt"),
    Case("a barrister and an actuary", "smArt"),
)
BEYOND = BEYOND + LISTED_TITLES_BEYOND
WITHIN = WITHIN + LISTED_TITLES_WITHIN
REACH = BEYOND + WITHIN

# Fluency in each language a list names counts as that many languages; learning without
# fluency, languages named apart, a team, or a long window are not refused.
LANGUAGE_LIST_BEYOND = (
    Case("Become fluent in Mandarin, Arabic, Japanese and Russian by February.", "SmarT"),
    Case("Be fluent in Hindi, Tamil, Bengali and Urdu by the end of February.", "SmarT"),
    Case("Get to fluent Polish, Czech and Hungarian before next summer.", "SmarT"),
)
LANGUAGE_LIST_WITHIN = (
    Case("Become fluent in Spanish and French by 2030.", "SmArT"),
    Case("Learn basic phrases in French, German and Italian before my trip in March.", "SmArT"),
    Case("Become fluent in Portuguese by 2028 and learn some Spanish.", "SmArT"),
    Case("Teach Spanish and French to Year 9 by June.", "SmArT"),
    Case("Our interpreters will be fluent in Arabic, Farsi and Urdu by next autumn.", "SmArT"),
    Case("fluent in Spanish and French", "smArt"),
    Case("Spanish French German", "smArt"),
)
BEYOND = BEYOND + LANGUAGE_LIST_BEYOND
WITHIN = WITHIN + LANGUAGE_LIST_WITHIN
REACH = BEYOND + WITHIN

# "from X to Y": what the range goes to is part of the goal, weighed as if it were the object.
RANGE_BEYOND = (
    Case("Go from first-year plumbing apprentice to master plumber in 10 weeks.", "SMarT"),
    Case("Go from first-year medical student to consultant surgeon within 18 months.", "SMarT"),
    Case("Go from complete beginner to expert Excel user in 6 weeks.", "SmarT"),
)
RANGE_WITHIN = (
    Case("Go from first-year apprentice to qualified electrician by 2030.", "SMArT"),
    Case("Move from trainee to team leader in 6 months.", "SMArT"),
    Case("Get from 3 to 10 clients by March.", "SMArT"),
    Case("Go from 0 to 5k in 9 weeks.", "SMArT"),
    Case("Go from first-year apprentice to", "smArt"),
    Case("from first-year to master", "smArt"),
)
BEYOND = BEYOND + RANGE_BEYOND
WITHIN = WITHIN + RANGE_WITHIN
REACH = BEYOND + WITHIN

# The head of a government is the top of an organisation, as a chief executive is.
PRIME_MINISTER_BEYOND = (
    Case("Become Prime Minister next month - I only joined the party last week.", "SMarT"),
)
PRIME_MINISTER_WITHIN = (
    Case("Become Prime Minister by 2040.", "SMArT"),
    Case("Meet the prime minister at the summit next month.", "SMArT"),
    Case("Brief the Prime Minister's office on the new guidance by Friday.", "SMArT"),
)
BEYOND = BEYOND + PRIME_MINISTER_BEYOND
WITHIN = WITHIN + PRIME_MINISTER_WITHIN
REACH = BEYOND + WITHIN

# One occasion named without its date ("in one afternoon", "within the hour") is a window of
# known length: a count beyond what one person does in it is out of reach. A cadence ("one
# afternoon a week") and a time of day ("in the afternoon") are no such window.
OCCASION_BEYOND = (
    Case("Clear all 3,000 pending customs forms in one afternoon.", "SMart"),
    Case("Answer 400 support tickets within the hour.", "SMart"),
    Case("Read 5 novels in one sitting.", "SMart"),
    Case("Knit 40 jumpers in one evening.", "SMart"),
)
OCCASION_WITHIN = (
    Case("Process 40 refund requests in one afternoon.", "SMArt"),
    Case("Pack 500 food parcels over one weekend with the volunteers.", "SMArt"),
    Case("Spend one afternoon a week on mentoring.", "SMArT"),
    Case("Run 5 workshops in the afternoon.", "SMArt"),
    Case("Book 20 one-hour sessions with clients by March.", "SMArT"),
    Case("Make zero errors in one afternoon of data entry.", "SMArt"),
    Case("Write 3 blog posts in one weekend.", "SMArt"),
    Case("Call 15 customers in an hour.", "SMArt"),
    Case("in one afternoon", "smArt"),
    Case("within the hour", "smArt"),
)
BEYOND = BEYOND + OCCASION_BEYOND
WITHIN = WITHIN + OCCASION_WITHIN
REACH = BEYOND + WITHIN

# An ocean or a polar region is as wide a scope as a nation.
OCEAN_BEYOND = (
    Case("Map every coral reef in the Pacific by the end of this year.", "SMarT"),
    Case("Dive every wreck site in the Atlantic this year.", "SMarT"),
    Case("Survey every glacier in Antarctica by 2028.", "SMarT"),
)
OCEAN_WITHIN = (
    Case("Map every reef in our bay by the end of this year.", "SMArT"),
    Case("Monitor every buoy in the Pacific array we run by March.", "SMArT"),
    Case("Catalogue every shell in the Pacific collection at the museum by June.", "SMArT"),
)
BEYOND = BEYOND + OCEAN_BEYOND
WITHIN = WITHIN + OCEAN_WITHIN
REACH = BEYOND + WITHIN

# "make" + every one of a market + a bare verb of choosing whom to buy from: an absolute.
MADE_TO_CHOOSE_BEYOND = (
    Case("Make every client in town book with me.", "Smart"),
    Case("Make every customer in the city buy from our bakery.", "Smart"),
    Case("Make every student in the year group choose my elective.", "Smart"),
)
MADE_TO_CHOOSE_WITHIN = (
    Case("Make every pupil in my class pick a reading book by Friday.", "SmArT"),
    Case("Make every visitor sign the guest book.", "SmArt"),
    Case("Make every member of my team book their leave by January.", "SmArT"),
    Case("Make every client", "smArt"),
    Case("Make every", "smArt"),
)
BEYOND = BEYOND + MADE_TO_CHOOSE_BEYOND
WITHIN = WITHIN + MADE_TO_CHOOSE_WITHIN
REACH = BEYOND + WITHIN

# A state that can never fail or be beaten, asked of a thing, is "never" in one word.
INVINCIBLE_BEYOND = (
    Case("Make our network unhackable.", "Smart"),
    Case("Make the payroll system unhackable by March.", "SmarT"),
    Case("Be unbeatable at chess.", "smart"),
    Case("Keep the firewall impregnable.", "Smart"),
    Case("Make it unhackable", "Smart"),
)
INVINCIBLE_WITHIN = (
    Case("Put together an unbeatable offer for the spring sale by March.", "SmARt"),
    Case("Make the booking form foolproof for first-time users by Friday.", "SmArT"),
    Case("Build an unbreakable bond with my new team.", "smArt"),
    Case("Stay unbeaten in the league this season.", "SmArT"),
    Case("unhackable", "smArt"),
    Case("Be unstoppable this year.", "smArT"),  # momentum, said as praise
)
BEYOND = BEYOND + INVINCIBLE_BEYOND
WITHIN = WITHIN + INVINCIBLE_WITHIN
REACH = BEYOND + WITHIN

# Getting others to act is weighed by the pace of what they are to do.
CAUSED_BEYOND = (
    Case("Get all 40 of my clients to lose 20kg each by New Year's Day.", "SMarT"),
    Case("Help my clients lose 20kg each by New Year's Day.", "SMarT"),
    Case("Get my dad to lose 20kg by New Year's Day.", "SMarT"),
)
CAUSED_WITHIN = (
    Case("Get my clients to lose 3kg each by the end of March.", "SMArT"),
    Case("Get 3 new clients by March.", "SMArT"),
    Case("Help 40 families find housing by Christmas.", "SMArT"),
    Case("Have the team run 10 workshops by June.", "SMArT"),
    Case("Support 12 volunteers to run the summer fair.", "SMArt"),
)
BEYOND = BEYOND + CAUSED_BEYOND
WITHIN = WITHIN + CAUSED_WITHIN
REACH = BEYOND + WITHIN

# Restoring, repairing or negotiating afresh takes hours a piece, as making by hand does.
WORKED_PIECES_BEYOND = (
    Case("Renegotiate all 300 supplier contracts tomorrow.", "SMarT"),
    Case("Restore 40 dining chairs by Friday.", "SMarT"),
    Case("Repair 500 laptops single-handed this week.", "SMarT"),
    Case("Renovate 25 houses this month by myself.", "SMarT"),
)
WORKED_PIECES_WITHIN = (
    Case("Renegotiate our 12 biggest supplier contracts by the end of March.", "SMArT"),
    Case("Restore 6 antique clocks for the spring auction by April.", "SMArT"),
    Case("Repair 30 bikes for the charity sale by Christmas.", "SMArT"),
    Case("Conserve 2 tapestries for the exhibition by June.", "SMArT"),
    Case("Negotiate 10 new supplier deals by the end of the quarter.", "SMArT"),
    Case("Our maintenance team will repair 500 radiators this week.", "SMArT"),
    Case("Repair the 3 broken printers today.", "SMArT"),
)
BEYOND = BEYOND + WORKED_PIECES_BEYOND
WITHIN = WITHIN + WORKED_PIECES_WITHIN
REACH = BEYOND + WITHIN

# No money to start from is a start from nothing, as no experience is.
NO_MONEY_BEYOND = (
    Case("Make a feature film with a £0 budget that wins an Oscar next year.", "SMarT"),
    Case("With no budget, win a BAFTA for our short film by next spring.", "SMarT"),
    Case("Make $1M in revenue in 6 months with no funding.", "SMarT"),
)
NO_MONEY_WITHIN = (
    Case("Run the staff newsletter with zero budget this quarter.", "SmArT"),
    Case("Launch the community garden with no budget by March.", "SMArT"),
    Case("Organise the summer fete on a £0 budget by July.", "SMArT"),
    Case("Win a Grammy by 2030 with no funding.", "SMArT"),
    Case("Build an app with zero capital and reach 100 users by June.", "SMArT"),
)
BEYOND = BEYOND + NO_MONEY_BEYOND
WITHIN = WITHIN + NO_MONEY_WITHIN
REACH = BEYOND + WITHIN

# Three or more credentials a list names are that many to study for: more than one a week is
# beyond one person. A list of things that are no credentials, or a long window, is not.
CREDENTIAL_LIST_BEYOND = (
    Case(
        "Pass the Level 3 wiring regs exam, the periodic inspection exam and the EV charger"
        " installer exam within the next fortnight.",
        "SMarT",
    ),
    Case("Pass my ACCA, CIMA and CFA exams by next Friday.", "SMarT"),
    Case("Earn my PRINCE2, ITIL and PMP certificates by the end of next week.", "SMarT"),
    Case("Qualify as a plumber, an electrician and a gas engineer by next Friday.", "SMarT"),
    # a name that ends in "+" is a credential's name, as an acronym is
    Case("Pass CompTIA A+, Network+, Security+, CySA+ and PenTest+ by Friday.", "SMarT"),
    Case("Pass Linux+, Cloud+ and Server+ before the end of next week.", "SMarT"),
)
CREDENTIAL_LIST_WITHIN = (
    Case("Pass A+, Network+ and Security+ by next September.", "SMArT"),
    Case("Pass A+,", "smArt"),
    Case("Pass OSCP, CISSP, CISM and CEH within the next 6 months.", "SMArT"),
    Case(
        "Pass the theory test, the hazard perception test and the practical test by March.", "SMArT"
    ),
    Case("Pass AWS SAA, CKA and Terraform Associate by June.", "SMArT"),
    Case("Complete the audit, the budget and the rota by Friday.", "SMArT"),
    Case("Sit the maths, English and science papers in June.", "SMArT"),
    Case("Train as a barista, waiter and host by next Friday.", "SMArT"),
    Case("Pass the French, German and Spanish GCSE oral exams by next week.", "SMArT"),
    Case("Pass,", "smArt"),
    Case("pass a, b", "smArt"),
)
BEYOND = BEYOND + CREDENTIAL_LIST_BEYOND
WITHIN = WITHIN + CREDENTIAL_LIST_WITHIN
REACH = BEYOND + WITHIN

# An honour few reach, won within about two months, from any start: its judging takes longer.
QUICK_HONOUR_BEYOND = (
    Case("Win three Michelin stars by next month.", "SMarT"),
    Case("Win a Grammy by Christmas.", "SMarT"),
    Case("Win two Michelin stars for the bistro by the end of next month.", "SMarT"),
)
QUICK_HONOUR_WITHIN = (
    Case("Win the Booker Prize next month - I've been shortlisted.", "SMArT"),
    Case("Win a BAFTA at next month's awards; our film is nominated.", "SMArT"),
    Case("Win a Michelin star within the next 3 years.", "SMArT"),
    Case("Cook a Michelin-style tasting menu for the supper club by Friday.", "SMArT"),
    Case("Host the BAFTAs after-party next month.", "SMArT"),
    Case("Watch the Oscars live next month.", "SMArT"),
)
BEYOND = BEYOND + QUICK_HONOUR_BEYOND
WITHIN = WITHIN + QUICK_HONOUR_WITHIN
REACH = BEYOND + WITHIN

# A climb the text states, from a role below senior to a senior post, is weighed by the rungs
# between only within six months; its start at or near senior leaves it in reach.
STATED_CLIMB_WITHIN = (
    Case("Go from senior registrar to consultant within 9 months.", "SMArT"),
    Case("Move from deputy head to headteacher by September.", "SMArT"),
    Case("Move from associate to partner within 10 months.", "SMArT"),
    Case("Move from manager to director within a year.", "SMArT"),
    Case("Go from sergeant to inspector within 10 months.", "SMArT"),
    Case("Progress from private to lance corporal by summer.", "SMArT"),
    Case("Rise from constable to superintendent within 3 years.", "SMArT"),
    Case("Go from teacher to head of year by September.", "SMArT"),
)
WITHIN = WITHIN + STATED_CLIMB_WITHIN
REACH = BEYOND + WITHIN

# A list of credentials after a verb of getting or holding, each item naming one by a word
# anywhere in it, is weighed as that many to study for; a list that calls none of its items a
# credential (acronyms of files, posts or departments) or a long window is not.
HELD_CREDENTIALS_BEYOND = (
    Case("By next Tuesday I will hold my CPR, ACLS, PALS and NRP certificates.", "SMarT"),
    Case(
        "Secure my PADI divemaster, HSE commercial diver and IMCA inspector certificates in the"
        " next 5 days.",
        "SMarT",
    ),
    Case(
        "Get my dispensing licence, IV therapy cert and prescribing qualification by Friday.",
        "SMarT",
    ),
    Case(
        "Hold a CSCS card, an SSSTS certificate, a NEBOSH diploma and a CITB plant ticket by the"
        " end of the week.",
        "SMarT",
    ),
    Case(
        "Get Level 2 food hygiene, Level 3 first aid and a personal licence in the next 3 days.",
        "SMarT",
    ),
    Case(
        "Gain my RYA Yachtmaster, STCW basic safety and GMDSS radio certificates in the next week.",
        "SMarT",
    ),
    Case(
        "Get my HGV licence, ADR certificate, forklift licence and CPC card by this Sunday.",
        "SMarT",
    ),
)
HELD_CREDENTIALS_WITHIN = (
    Case("Get my CSCS card, IPAF licence and PASMA ticket by the end of March.", "SMArT"),
    Case("Get HR, IT and Legal sign-off on the policy by Friday.", "SMArT"),
    Case("Hold my CPR, ACLS and PALS certificates by next summer.", "SMArT"),
    Case("Get the PDF, DOCX and HTML versions out by Friday.", "SMArT"),
    Case("Get my P60, P45 and P11D from payroll by Friday.", "SMArT"),
    Case("Get my NVQ Level 3 in roofing, a CSCS gold card and an IPAF licence by June.", "SMArT"),
    Case("Receive my BSc, MSc and PhD certificates at the ceremony next week.", "SMArT"),
    Case(
        "Gain my food hygiene, allergen awareness and first aid certificates by the end of"
        " January.",
        "SMArT",
    ),
    Case("By Friday get CSCS, IPAF and PASMA in", "SMArT"),
    Case("By Friday, get IPAF, CSCS and level", "SMArT"),
)
BEYOND = BEYOND + HELD_CREDENTIALS_BEYOND
WITHIN = WITHIN + HELD_CREDENTIALS_WITHIN
REACH = BEYOND + WITHIN

# "every ... that exists" covers the world ("every grape variety that exists") as often as what
# one holds ("every report that exists" in a migration); a verb of taking in or trying one of
# each tells the first (see EXISTS_BEYOND below). A place or a set after "there is" narrows it.
EXISTING_ALL_BEYOND = (
    Case("Taste every grape variety that exists this year.", "SMarT"),
    Case("Catalogue every species of beetle that exists by 2028.", "SMarT"),
    Case("Play every board game which exists before my next birthday.", "SmarT"),
    Case("Learn every knot that exists by the end of the month.", "SMarT"),
    Case("Read every book on leadership that exists by June.", "SMarT"),
    Case("Try every cheese that exists in the UK by Christmas.", "SMarT"),
    Case("Learn every chord that exists", "smart"),
)
EXISTING_ALL_WITHIN = (
    Case("Fix every bug that exists in the billing module by Friday.", "SMArT"),
    Case("Answer every complaint that exists in the backlog this week.", "SMArT"),
    Case("Fix every bug there is in the billing module by Friday.", "SMArT"),
    Case("Clear every invoice that exists on the ledger by month end.", "SMArT"),
    Case("Document every process that exists within the warehouse by March.", "SMArT"),
    Case("Map every risk that exists for the project by Friday.", "SMArT"),
    Case("Check every fire door that exists at the depot this week.", "SMArT"),
    Case("Use every tool there is in", "SmArt"),
    Case("Migrate every report that exists to the new system by June.", "SMArT"),
    Case("Archive every spreadsheet that exists by Friday.", "SMArT"),
)
BEYOND = BEYOND + EXISTING_ALL_BEYOND
WITHIN = WITHIN + EXISTING_ALL_WITHIN
REACH = BEYOND + WITHIN

# A list of credentials is weighed as a count of certifications is, one a week at most; how long
# each one takes is knowledge the rules lack, so the lists below a week each are known misses.
FORTNIGHT_CREDENTIALS_BEYOND = (
    Case("Pass CFA Level 1, FRM Part 1 and CAIA Level 1 within the next 4 weeks.", "SMarT"),
    Case("Gain my TEFL, CELTA and DELTA qualifications within the next month.", "SMarT"),
    Case(
        "Get my HGV Class 1 licence, ADR certificate, Driver CPC and Moffett licence in the next"
        " 5 weeks.",
        "SMarT",
    ),
    Case(
        "Qualify as a personal trainer, a sports massage therapist and a nutritionist within 5"
        " weeks.",
        "SMarT",
    ),
    Case("Pass OSCP, CISSP, CISM and CEH in 7 weeks.", "SMarT"),
)
FORTNIGHT_CREDENTIALS_WITHIN = (
    Case("Pass the ECDL, CCNA, RHCE and CISSP exams before the end of January.", "SMArT"),
    Case("Get my CSCS card, IPAF licence and PASMA licence by the end of February.", "SMArT"),
    Case("Earn my PRINCE2, ITIL and Agile PM certificates by the end of March.", "SMArT"),
    Case("Pass CFA Level 1, FRM Part 1 and CAIA Level 1 by next autumn.", "SMArT"),
    Case("Gain my level 1, level 2 and level 3 coaching badges over the next 18 months.", "SMArT"),
    Case(
        "Obtain my forklift, telehandler and cherry picker licences by the end of April.", "SMArT"
    ),
    Case("Pass the Excel, Word and PowerPoint MOS exams within 8 weeks.", "SMArT"),
    Case("Pass the AZ-900, AI-900 and DP-900 exams by Christmas.", "SMArT"),
    Case("Get my CPR, BLS and first aid certificates renewed within a month.", "SMArT"),
    Case(
        "Get my DBS certificate, my first aid certificate and my driving licence sorted in 3"
        " weeks.",
        "SMArT",
    ),
)
BEYOND = BEYOND + FORTNIGHT_CREDENTIALS_BEYOND
WITHIN = WITHIN + FORTNIGHT_CREDENTIALS_WITHIN
REACH = BEYOND + WITHIN

# A work's cap a week is its maker's ("write 30 books"); a copy handled as a thing (shelved,
# scanned, boxed, recycled) goes at the pace of handling things, whatever work it is a copy of.
HANDLED_COPIES_BEYOND = (
    Case("Draft 10 chapters this week.", "SMarT"),
    Case("Publish 3 papers a week.", "SMarT"),
    Case("Get 10 papers published this month.", "SMarT"),
    Case("Submit 6 papers to journals this week.", "SMarT"),
    Case("Finish 3 novels by Christmas.", "SMarT"),
    Case("Write 4 books a week.", "SMarT"),
    Case("Author 12 articles a day for the magazine.", "SMarT"),
)
HANDLED_COPIES_WITHIN = (
    Case("Shelve 200 books a day.", "SMArT"),
    Case("Scan 100 old papers a day into the archive.", "SMArT"),
    Case("Recycle 50 old exam papers today.", "SMArT"),
    Case("Photocopy 30 articles this week for the course pack.", "SMArT"),
    Case("Sort 300 books by Friday.", "SMArT"),
    Case("Shelve a book every day.", "SMArT"),
    Case("Donate 20 books to the school library this week.", "SMArT"),
    Case("Box up 40 novels for the charity shop today.", "SMArT"),
    Case("Laminate 12 articles for the noticeboard this week.", "SMArT"),
    Case("Shred 400 old papers from the archive today.", "SMArT"),
    Case("Stamp 60 library books every morning.", "SMArT"),
    Case("Label 80 books with barcodes this week.", "SMArT"),
    Case("Pack 150 books for the book fair by Friday.", "SMArT"),
)
BEYOND = BEYOND + HANDLED_COPIES_BEYOND
WITHIN = WITHIN + HANDLED_COPIES_WITHIN
REACH = BEYOND + WITHIN

# An organisation grown many times over within a year is weighed by the checks of growth in
# general; its own size alone does not make it out of reach.
ORG_GROWTH_WITHIN = (
    Case("Grow the team from 4 to 12 by June.", "SMArT"),
    Case("Take the business from 1 van to 3 vans by next summer.", "SMArT"),
    Case("Grow the company from 10 to 150 staff this year.", "SMArT"),
    Case("Expand the charity from 3 shops to 8 shops within a year.", "SMArT"),
    Case("Grow our practice from 2 to 6 dentists by 2028.", "SMArT"),
    Case("Grow my reading from 2 to 50 books this year.", "SMArT"),
    Case("Take my pull-ups from 1 to 25 by summer.", "SMArT"),
    Case("Grow my client list from 2 to 60 by June.", "SMArT"),
    Case("Grow the newsletter from 200 to 900 subscribers by March.", "SMArT"),
    Case("Grow the business from 1 van to 50 vans by 2035.", "SMArT"),
    Case("Take the business from 2 to 45 clients within 9 months.", "SMArT"),
    Case("Grow my Instagram from 50 to 500 followers in 3 months.", "SMArT"),
    Case("Scale the company from 5 to 500 employees by 2032.", "SMArT"),
    Case("Grow our volunteer team from 3 to 80 volunteers by June.", "SMArT"),
    Case("Take our Saturday club from 5 to 120 kids by summer.", "SMArT"),
)
WITHIN = WITHIN + ORG_GROWTH_WITHIN
REACH = BEYOND + WITHIN

# A result that happens once is reached in the days left to its deadline: "this year" said on
# 25 November leaves five weeks. An amount counts the period's total ("read 12 books this
# year"), and what fits in the days left stays in reach.
DAYS_LEFT_BEYOND = (
    Case("Win a BAFTA this year.", "SMarT"),
    Case("Become CEO of the bank this year.", "SMarT"),
    Case("Make partner at the firm this year, having just joined as a trainee.", "SMarT"),
)
DAYS_LEFT_WITHIN = (
    Case("Win an Olivier award this year for my debut play.", "SMArT"),
    Case("Read 12 books this year.", "SMArT"),
    Case("Finish my dissertation this year.", "SMArT"),
    Case("Run a half marathon this month.", "SMArT"),
    Case("Pass my driving test this year.", "SMArT"),
    Case("Write 2 blog posts this week.", "SMArT"),
    Case("Hire a new receptionist this month.", "SMArT"),
    Case("Complete one online course this week.", "SMArT"),
    Case("Read 3 novels this month.", "SMArT"),
    Case("Interview 12 candidates this week.", "SMArT"),
    Case("Visit 4 clients this week.", "SMArT"),
    Case("Knit 2 jumpers this month.", "SMArT"),
    Case("Grow revenue by 150% this year.", "SMArT"),
)
BEYOND = BEYOND + DAYS_LEFT_BEYOND
WITHIN = WITHIN + DAYS_LEFT_WITHIN
REACH = BEYOND + WITHIN

# An item of a list whose last word is a plural of something else ("the DVLA checks") is that
# thing, whatever name it is of: a list of them is no list of credentials.
CHECKS_NOT_CREDENTIALS_WITHIN = (
    Case("Pass the CRB, DBS and PVG checks this week.", "SMArT"),
    Case("Pass the NHS, HMRC and DVLA checks by Friday.", "SMArT"),
    Case("Get the NHS, HMRC and DVLA letters answered by Friday.", "SMArT"),
)
WITHIN = WITHIN + CHECKS_NOT_CREDENTIALS_WITHIN
REACH = BEYOND + WITHIN

# A senior role that someone else is got to act ("get the CEO to sign off", "get the CFO on
# board") or whose say is sought ("the chief executive's approval") is no post reached; "get
# CEO" and "get to CEO" are.
CAUSED_ROLE_WITHIN = (
    Case("Get the CEO to sign off the budget by Friday.", "SMArT"),
    Case("Get our VP to approve 2 new hires this month.", "SMArT"),
    Case("Help the CTO and CFO to agree the 2027 budget by Friday.", "SMArT"),
)
CAUSED_ROLE_BEYOND = (
    Case("Get CEO by next month.", "SMarT"),
    Case("Get to CEO by March.", "SMarT"),
)
BEYOND = BEYOND + CAUSED_ROLE_BEYOND
WITHIN = WITHIN + CAUSED_ROLE_WITHIN
REACH = BEYOND + WITHIN

# Giving up a habit of one's own for good ("quit smoking forever", "stay sober for the rest of
# my life") is what quitting means; ending a failure, a harm or others' doings for good is not.
HABIT_GIVEN_UP_WITHIN = (
    Case("Give up fizzy drinks forever by the end of January.", "SMArT", "2027-01-31"),
    Case("Stop drinking cola forever by Christmas.", "SMArT", "2026-12-25"),
    Case("Swear off online poker forever by the end of this month.", "SMArT", "2026-11-30"),
    Case("Kick my vaping habit forever by March.", "SMArT", "2027-03-31"),
    Case("Remain alcohol-free forever from 1 January 2027, with a check-in every Sunday.", "SMArT"),
    Case("Stay sober for the rest of my life, going to 2 meetings a week.", "SMArT"),
    Case(
        "Quit smoking forever by 1 March so I can pass the firefighter fitness test.",
        "SMART",
        "2027-03-01",
    ),
)
HABIT_GIVEN_UP_BEYOND = (
    Case("Stop making mistakes on invoices forever by January.", "SMarT", "2027-01-31"),
    Case("Stay injury-free forever by training 3 times a week.", "SMarT"),
    Case("Stop the leaks in the east wing forever by March.", "SMarT", "2027-03-31"),
)
BEYOND = BEYOND + HABIT_GIVEN_UP_BEYOND
WITHIN = WITHIN + HABIT_GIVEN_UP_WITHIN
REACH = BEYOND + WITHIN

# The countries of a continent or a union of them are a few dozen, a closed set one can go
# through, as a nation's counties are; the world's countries, or anything else across a
# continent, are not.
CONTINENT_PARTS_WITHIN = (
    Case("Visit every country in Europe by 2035.", "SMArT", "2035-12-31"),
    Case(
        "Run a marathon in every country in Scandinavia by the end of 2029.", "SMArT", "2029-12-31"
    ),
    Case("Visit all the capitals of South America by 2031.", "SMArT", "2031-12-31"),
    Case(
        "Photograph the parliament building of each nation in the EU by 2030.",
        "SMArT",
        "2030-12-31",
    ),
)
CONTINENT_PARTS_BEYOND = (
    Case("Visit every country in the world by next summer.", "SMarT", "2027-08-31"),
    Case("Sell to every supermarket in Europe by March.", "SMarT", "2027-03-31"),
)
BEYOND = BEYOND + CONTINENT_PARTS_BEYOND
WITHIN = WITHIN + CONTINENT_PARTS_WITHIN
REACH = BEYOND + WITHIN

# A made work judged goes at the judge's pace, not its author's: papers and essays marked,
# graded or checked at a marker's, reviewed or refereed at a close reader's.
JUDGED_WORKS_WITHIN = (
    Case("Mark 60 mock papers this weekend.", "SMArT", "2026-11-29"),
    Case(
        "Grade all 45 lab reports and 90 papers by Friday so results go out before the break.",
        "SMART",
        "2026-11-27",
    ),
    Case("Check 50 past papers a day during the exam season in May 2027.", "SMArT", "2027-05-31"),
    Case("Referee 4 papers for the journal this month.", "SMArT", "2026-11-30"),
)
JUDGED_WORKS_BEYOND = (
    Case("Review 40 research papers this week.", "SMarT", "2026-11-29"),
    Case("Mark 2,000 mock papers tonight.", "SMarT", "2026-11-25"),
)
BEYOND = BEYOND + JUDGED_WORKS_BEYOND
WITHIN = WITHIN + JUDGED_WORKS_WITHIN
REACH = BEYOND + WITHIN

# Trees, and whatever else is planted, go at a professional planter's pace (up to about 5,000
# a day); beyond it, or for a weekend's bulbs by the ten thousand, out of reach.
PLANTING_WITHIN = (
    Case("Plant 1,500 trees a day during the spring planting season.", "SMArT"),
    Case("Plant 2,500 seedlings a day on the Sitka spruce block from April.", "SMArT"),
    Case("Get up to 3,000 trees a day by the end of my second planting season.", "SMArT"),
    Case("Plant 12,000 trees a week on the hillside contract in May 2027.", "SMArT", "2027-05-31"),
)
PLANTING_BEYOND = (
    Case("Plant 9,000 trees a day on my own this spring.", "SMarT", "2027-05-31"),
    Case("Plant 60,000 bulbs by myself by Sunday.", "SMarT", "2026-11-29"),
)
BEYOND = BEYOND + PLANTING_BEYOND
WITHIN = WITHIN + PLANTING_WITHIN
REACH = BEYOND + WITHIN

# Things audited one by one are checked at a marker's pace, not each counted as an audit; the
# audits themselves, counted by their noun, are heavy work.
AUDITED_THINGS_WITHIN = (
    Case("Audit 10 instrument trays a day in theatre sterile services from January.", "SMArT"),
    Case(
        "Audit 25 expense claims a day until the backlog is cleared by the end of February.",
        "SMArT",
        "2027-02-28",
    ),
    Case("Audit 40 patient notes a week against the new falls standard.", "SMArT"),
)
AUDITED_THINGS_BEYOND = (
    Case("Audit 600 client files by myself by Friday.", "SMarT", "2026-11-27"),
    Case("Carry out 30 supplier audits this week on my own.", "SMarT", "2026-11-29"),
)
BEYOND = BEYOND + AUDITED_THINGS_BEYOND
WITHIN = WITHIN + AUDITED_THINGS_WITHIN
REACH = BEYOND + WITHIN

# Valuing, sifting, assessing and shortlisting judge a thing at a marker's pace, not at the
# pace of writing, building or hosting it.
JUDGED_KINDS_WITHIN = (
    Case("Value 12 homes a week across my patch from January.", "SMArT"),
    Case("Sift 60 applications a week during the graduate recruitment round.", "SMArT"),
    Case("Assess 30 grant proposals for the council by next Friday.", "SMArT", "2026-12-04"),
    Case("Shortlist 50 applications for the apprenticeship by Friday.", "SMArT", "2026-11-27"),
)
JUDGED_KINDS_BEYOND = (
    Case("Assess 500 grant proposals by myself by Friday.", "SMarT", "2026-11-27"),
    Case("Value 1,000 homes a week on my own.", "SMarT"),
)
BEYOND = BEYOND + JUDGED_KINDS_BEYOND
WITHIN = WITHIN + JUDGED_KINDS_WITHIN
REACH = BEYOND + WITHIN

# Signatures on a petition are each signer's own act, counted as an audience is, not people
# one signs up by hand.
SIGNATURES_WITHIN = (
    Case("Collect 300 signatures for the bus route petition by Friday.", "SMArT", "2026-11-27"),
    Case(
        "Get 1,000 signatures in a week for the petition to save the library.",
        "SMART",
        "2026-12-02",
    ),
)
SIGNATURES_BEYOND = (
    Case(
        "Collect 2 million signatures for my petition by myself this week.", "SMarT", "2026-11-29"
    ),
)
BEYOND = BEYOND + SIGNATURES_BEYOND
WITHIN = WITHIN + SIGNATURES_WITHIN
REACH = BEYOND + WITHIN

# People served, fed, taught or briefed many at a time are not each a piece of one's work, as
# people recruited or signed up one by one are.
SERVED_PEOPLE_WITHIN = (
    Case("Serve 150 customers a day in the café by the summer season.", "SMArT"),
    Case("Teach 150 pupils a day across my five Year 8 classes this term.", "SMArT"),
    Case("Brief 200 volunteers before the fun run on Saturday morning.", "SMArT", "2026-11-28"),
)
SERVED_PEOPLE_BEYOND = (
    Case("Recruit 2,000 new members for the club by Sunday.", "SMarT", "2026-11-29"),
    Case("Serve 5,000 customers a day at my market stall on my own.", "SMarT"),
)
BEYOND = BEYOND + SERVED_PEOPLE_BEYOND
WITHIN = WITHIN + SERVED_PEOPLE_WITHIN
REACH = BEYOND + WITHIN

# A rate right after a figure ("£20k a month") says what the figure counts, not that the change
# repeats; "every month" after the change does.
RATE_OF_FIGURE_WITHIN = (
    Case("Double my freelance income to £4,000 a month by the end of 2027.", "SMArT"),
    Case("Double our shop's sales from £10k to £20k a month by next summer.", "SMArT"),
    Case("Triple my tutoring income to $1,500 per month by the end of 2027.", "SMArT"),
)
RATE_OF_FIGURE_BEYOND = (
    Case("Triple our bookings every month until the end of next year.", "SMarT"),
    Case("Double my followers every week until Easter.", "SMarT"),
)
BEYOND = BEYOND + RATE_OF_FIGURE_BEYOND
WITHIN = WITHIN + RATE_OF_FIGURE_WITHIN
REACH = BEYOND + WITHIN

# Things touched for a moment as things (scanned, sorted, labelled) go at a warehouse
# handler's pace, about 200 an hour, not one every few minutes; packing fills each one.
HANDLED_THINGS_WITHIN = (
    Case("Sort 1,800 letters a shift at the delivery office from January.", "SMArT"),
    Case("Scan 2,000 parcels a shift at the sorting hub from January.", "SMArT"),
    Case("Label 1,500 jars of chutney a day for the Christmas orders.", "SMArT"),
)
HANDLED_THINGS_BEYOND = (
    Case("Pack 2,500 boxes a shift on my own.", "SMarT"),
    Case("Scan 50,000 parcels in one shift.", "SMarT"),
)
BEYOND = BEYOND + HANDLED_THINGS_BEYOND
WITHIN = WITHIN + HANDLED_THINGS_WITHIN
REACH = BEYOND + WITHIN

# A paper, an article or a chapter is an hour of reading, not the days a book or a novel takes.
SHORT_READS_WITHIN = (
    Case("Read 10 papers this week for my literature review.", "SMArT", "2026-11-29"),
    Case("Read 20 journal articles a week until my viva in June.", "SMArT", "2027-06-30"),
    Case("Annotate 20 articles this week for the reading group.", "SMArT", "2026-11-29"),
)
SHORT_READS_BEYOND = (
    Case("Read 60 papers this week.", "SMarT", "2026-11-29"),
    Case("Read 8 novels this week.", "SMarT", "2026-11-29"),
)
BEYOND = BEYOND + SHORT_READS_BEYOND
WITHIN = WITHIN + SHORT_READS_WITHIN
REACH = BEYOND + WITHIN

# A word before the noun that makes the pieces small ("social posts", "short videos") weighs
# them at a tenth of the time a full one of the kind takes.
SMALL_PIECES_WITHIN = (
    Case("Draft 20 social posts for the month on Monday.", "SMArT", "2026-11-30"),
    Case("Write 12 LinkedIn posts in one sitting on Sunday.", "SMArT", "2026-11-29"),
    Case("Record 10 short videos for the course on Saturday.", "SMArT", "2026-11-28"),
)
SMALL_PIECES_BEYOND = (
    Case("Write 12 blog posts on Sunday.", "SMarT", "2026-11-29"),
    Case("Film 40 short videos tonight.", "SMarT", "2026-11-25"),
)
BEYOND = BEYOND + SMALL_PIECES_BEYOND
WITHIN = WITHIN + SMALL_PIECES_WITHIN
REACH = BEYOND + WITHIN

# Things got rid of go many at a time (a selection, a bag, a shredder load): their count says
# how many go, not how many pieces of work; answering each one is a piece of work.
DISCARDED_WITHIN = (
    Case("Delete 3,000 old emails from my inbox this weekend.", "SMArT", "2026-11-29"),
    Case(
        "Shred 3,000 old client documents by Friday to meet the retention policy.",
        "SMART",
        "2026-11-27",
    ),
)
DISCARDED_BEYOND = (Case("Answer 5,000 emails this weekend.", "SMarT", "2026-11-29"),)
BEYOND = BEYOND + DISCARDED_BEYOND
WITHIN = WITHIN + DISCARDED_WITHIN
REACH = BEYOND + WITHIN

# The planter's pace belongs to the verb "plant", not to the nouns planted ("prune 30,000 trees"
# keeps the trees' cap, and "plants" audited are factories); evaluating and vetting judge at a
# marker's pace as assessing does; proofreading an article is a short close reading; picking is
# a touch, at a warehouse handler's pace.
PACE_BY_VERB_BEYOND = (
    Case("Prune 30,000 trees this week.", "SMarT"),
    Case("Audit 60 plants this week.", "SMarT"),
)
PACE_BY_VERB_WITHIN = (
    Case("Evaluate 20 grant proposals this week.", "SMArT"),
    Case("Vet 20 grant proposals this week.", "SMArT"),
    Case("Proofread 10 articles this week for the newsletter.", "SMARt"),
    Case("Pick 1,500 orders a shift.", "SMArT"),
)
BEYOND = BEYOND + PACE_BY_VERB_BEYOND
WITHIN = WITHIN + PACE_BY_VERB_WITHIN
REACH = BEYOND + WITHIN

# "quit" or "stop" with a thing of one's own habit after it ("quit social media", "quit the
# habit") gives it up as "quit smoking" does; others' doings ("stop customers complaining")
# and harms ("stop leaks") are still absolutes held for good.
THING_QUIT_WITHIN = (
    Case("Quit social media forever from January 2027.", "SmArt"),
    Case("Quit the habit forever by March 2027.", "SMArT"),
    Case("Quit sugar forever by March 2027.", "SMArT"),
)
THING_QUIT_BEYOND = (
    Case("Stop customers complaining forever.", "Smart"),
    Case("Stop leaks forever.", "SMart"),
)
BEYOND = BEYOND + THING_QUIT_BEYOND
WITHIN = WITHIN + THING_QUIT_WITHIN
REACH = BEYOND + WITHIN

# Named rungs of a ladder (belts, ranks, grades of a profession) climbed from a stated rung to
# one several above it faster than a rung each few months; a rung or two at a time, a long
# window, or words that are no rungs ("private donors", "the white server") are within reach.
RANK_CLIMB_BEYOND = (
    Case("Go from white belt to black belt in karate by Easter.", "SMarT"),
    Case("I want to move from a yellow belt to a black belt within six months.", "SMarT"),
    Case("Rise from private to major by the end of next year.", "SMarT"),
    Case("Get promoted from police constable to chief inspector within 12 months.", "SMarT"),
    Case("Go from commis chef to head chef at the brasserie within 4 months.", "SMarT"),
    Case("Progress from analyst to managing director by December 2027.", "SMarT"),
    Case("Climb from lecturer to professor by September.", "SMarT"),
    Case("Go from second lieutenant to colonel before I turn 30 next year.", "SMarT"),
    Case("Jump from sub-lieutenant to rear admiral in two years.", "SMarT"),
    Case("Move from intern to staff engineer within 9 months.", "SMarT"),
    Case("Go from intern to principal by June", "sMarT"),
    Case("Go from junior to principal engineer within 6 months.", "SMarT"),
)
RANK_CLIMB_WITHIN = (
    Case("Go from white belt to yellow belt by March.", "SMArT"),
    Case("Move from yellow belt to green belt in the next 6 months.", "SMArT"),
    Case("Get promoted from constable to sergeant within two years.", "SMArT"),
    Case("Go from junior to mid-level developer by next summer.", "SMArT"),
    Case("Progress from senior engineer to staff engineer by the end of 2027.", "SMArT"),
    Case("Move from associate to senior associate at the firm within 18 months.", "SMArT"),
    Case("Go from sous chef to head chef by next autumn.", "SMArT"),
    Case("Step up from lieutenant to captain next year.", "SMArT"),
    Case("Go from white belt to black belt by 2032.", "SMArT"),
    Case("Switch from the blue team to the green team by Friday.", "SMArT"),
    Case("Move the data from the white server to the black server by Friday.", "SMArT"),
    Case("Go from junior to senior analyst within three years.", "SMArT"),
    Case("Raise donations from private donors to £20k by June.", "SMArT"),
    Case("Go from private practice to a hospital post by June.", "SMArT"),
    # a place in a sport, a squad or a plan is decided by age or price, not climbed rung by rung
    Case("Move up from junior to senior player at the club by September 2027.", "SMART"),
    Case("Move my daughter from junior to senior swimmer squad by September 2027.", "SMArT"),
    Case("Move the website from the junior to the senior server by March 2027.", "SMArT"),
    Case("Go from junior to senior member of the golf club by April.", "SMArT"),
    Case("Move our app from the junior to the senior tier of the hosting plan by June.", "SMArT"),
    Case(
        "Rise from junior to senior bowler in the cricket club by the end of next season.", "SMArT"
    ),
    Case("Upgrade from a junior to a senior locker at the gym by March.", "SMArT"),
    # the shortest texts that reach the look past "from" and "to"
    Case("from junior to", "smArt"),
    Case("from junior to staff", "smARt"),
    Case("Go from white to black belt", "SMArt"),
    Case("from a to", "smArt"),
    Case("Go from private to colonel by", "SMArt"),
)
BEYOND = BEYOND + RANK_CLIMB_BEYOND
WITHIN = WITHIN + RANK_CLIMB_WITHIN
REACH = BEYOND + WITHIN

# A start the writer states ("I haven't played a match yet", "having just finished level 1")
# against a title won within a year, by its name or by what a winner takes, or a head post:
# beyond reach. A contest by a common name ("the pub darts league", "the Friday quiz"), what one
# wins over ("the client's approval", "a place on the course"), a start of others ("our client
# hasn't signed yet") or a long window are left alone.
TITLE_FROM_A_START_BEYOND = (
    Case(
        "I haven't played a competitive match yet; win the Wimbledon junior title next summer.",
        "SMarT",
    ),
    Case("Win the London Marathon in April; I haven't run a race yet.", "SMarT"),
    Case(
        "Just took up fencing last month; win gold at the national championships in March.", "SMarT"
    ),
    Case(
        "Having just finished my first pottery class, win the Great Pottery Throw Down this"
        " spring.",
        "SMarT",
    ),
    Case("Just finished the Level 1 award; be head coach of the county squad by summer.", "SMarT"),
    Case(
        "Become head chef at the Ritz by June, having just completed my first week at catering"
        " college.",
        "SMarT",
    ),
    Case("Never boxed before; win the ABA national title by next summer.", "SMarT"),
    Case("Just started learning chess; win the British Championship in August.", "SMarT"),
    Case("I have not yet ridden in a show; win the Hickstead Derby next June.", "SMarT"),
    Case(
        "Haven't raced a bike yet, but I'll win a stage of the Tour de France next July.", "SMarT"
    ),
    Case("Haven't yet; win the Cup by May", "smarT"),
    Case("I haven't led a team yet; become head of marketing by February.", "SMarT"),
    Case("I haven't managed anyone yet; become CEO by March.", "SMarT"),
    Case("Just started at catering college; become head baker by March.", "SMarT"),
)
TITLE_FROM_A_START_WITHIN = (
    Case("Just started running; win my age group at the village fun run in May.", "SMArT"),
    Case("Never played darts before; win the pub darts league by March.", "SMArT"),
    Case("Haven't sat the exam yet; pass it in March.", "SMArT"),
    Case("I haven't booked the venue yet; win the client's approval by Friday.", "SMArT"),
    Case("Just finished my apprenticeship; become a head of department by 2030.", "SMArT"),
    Case("I've just finished my CIPD level 5; apply for HR manager roles by March.", "SMArT"),
    Case("Just joined the team; win the Friday quiz next week.", "SMArT"),
    Case("Win the Grand National in April with the horse I've trained for six years.", "SMArT"),
    Case("I haven't won a race yet; enter the Great North Run in September.", "SMArT"),
    Case("Win the Christmas quiz at the pub next month, having just joined the team.", "SMArT"),
    Case("Our client hasn't signed yet; become head of sales by 2029.", "SMArT"),
    Case("Head office hasn't approved the budget yet; get sign-off by Friday.", "SMArT"),
    Case("Just finished my first 10k; run a half marathon in April.", "SMArT"),
    Case(
        "Having just finished the foundation course, win a place on the BA Fine Art course by"
        " September.",
        "SMArT",
    ),
    Case("Win back 5 lapsed clients by March, having just joined the agency.", "SMArT"),
    Case("Just started as a junior; win the trust of my new team by Christmas.", "SMArT"),
    Case("Get a head start on the marking by Friday, having just joined the school.", "SMArT"),
    # "have not ... yet" weighs a post as a climb does, and a trade's head post a year or more
    # away is not refused
    Case("I haven't led a team yet; become head of the marketing team in 2 years.", "SMArT"),
    Case("I haven't managed anyone yet; become head of support within 2 years.", "SMArT"),
    Case("I haven't started yet; become head coach of the under-10s by September 2027.", "SMArT"),
    Case("I just finished my apprenticeship; become head gardener by December 2027.", "SMArT"),
    Case("I haven't taken my exams yet; become a consultant within 3 years.", "SMArT"),
    Case(
        "We haven't hired anyone yet; become head of the new people team within 18 months.", "SMArT"
    ),
    Case("I haven't sat my final exams yet; become a senior nurse within 4 years.", "SMArT"),
    Case("Just finished my bakery diploma; become head baker within 2 years.", "SMArT"),
    Case(
        "I haven't coached a side yet; become head coach of the village under-12s by next"
        " September.",
        "SMArT",
    ),
    # a contest narrowed to a local level is within a newcomer's reach
    Case("I've just finished my first season; win the club cup by September 2027.", "SMArT"),
    Case("We haven't entered yet, but win the county cup by August 2027.", "SMArT"),
    Case(
        "I haven't won a race yet; win gold at the club championships by September 2027.", "SMArT"
    ),
    Case(
        "I haven't played a tournament yet; win the Spring Open at my local tennis club by June"
        " 2027.",
        "SMArT",
    ),
    Case(
        "Just took up bowls last month; win the village trophy at the summer fete in July.", "SMArT"
    ),
    Case("I haven't run a race yet; win the school sports day title in June.", "SMArT"),
    Case("Having just joined the firm, win the office bake-off crown by Easter.", "SMArT"),
    Case(
        "Never played chess before; win the Club Championship at my local chess club by May.",
        "SMArT",
    ),
    # the shortest texts that reach the look past "win", "head" and "have not"
    Case("Just started; win", "smArt"),
    Case("Just started; win gold", "SMArt"),
    Case("hasn't yet", "smArt"),
    Case("have not", "smArt"),
    Case("Just started; be head", "SMArt"),
)
BEYOND = BEYOND + TITLE_FROM_A_START_BEYOND
WITHIN = WITHIN + TITLE_FROM_A_START_WITHIN
REACH = BEYOND + WITHIN

# The size of one whole thing said before it ("the 40-storey tower", "a 2,000-hectare forest",
# "a 5,000-guest ball") is the work a verb that builds, works over or stages it asks for,
# weighed by the unit of its size as pages are; visiting, buying, booking or attending one
# asks for none, and a small size or a long window is within reach.
WHOLE_SIZE_BEYOND = (
    Case("Build the entire 40-storey tower in 3 weeks.", "SMarT"),
    Case("Rewire the 25-storey apartment block by next Friday.", "SMarT"),
    Case("Clad the 30-storey hotel by next Friday.", "SMarT"),
    Case("Clear the 500-acre estate of invasive rhododendron by Sunday.", "SMarT"),
    Case("Replant the 2,000-hectare forest by the end of the month.", "SMarT"),
    Case("Organise a 5,000-guest charity ball by next Friday.", "SMarT"),
    Case("Landscape the 300-acre country park by next weekend.", "SMarT"),
    # one storey a day is generous for a restorer; the rules leave a month of it alone
    Case("Restore the 12-storey mill building by Christmas.", "SMarT"),
)
WHOLE_SIZE_WITHIN = (
    Case("Build a 3-storey extension by next summer.", "SMArT"),
    Case("Paint the 2-storey house by the end of March.", "SMArT"),
    Case("Mow the 2-acre field by Saturday.", "SMArT"),
    Case("Clear the 5-acre allotment site by spring.", "SMArT"),
    Case("Organise a 50-guest dinner for the team by Friday.", "SMArT"),
    Case("Plan a 300-delegate conference for next October.", "SMArT"),
    Case("Visit the 500-acre farm on Saturday.", "SMArT"),
    Case("Buy a 3-storey townhouse by June.", "SMArT"),
    Case("Move into the 4-storey office by Friday.", "SMArT"),
    Case("Book a 200-seat venue for the launch by Friday.", "SMArT"),
    Case("Tour the 40,000-hectare park this weekend.", "SMArT"),
    Case("Photograph the 30-storey tower at sunrise on Sunday.", "SMArT"),
    Case("Find a 2-acre plot for the community garden by March.", "SMArT"),
    Case("Attend the 2,000-delegate conference in March.", "SMArT"),
    Case("Speak at a 5,000-delegate summit next month.", "SMArT"),
    Case("Survey the 10-hectare site by Friday.", "SMArT"),
    Case("Plant the 1-acre orchard this weekend.", "SMArT"),
    Case("Clean the 3-storey house top to bottom on Saturday.", "SMArT"),
    Case("Plan our 120-guest wedding by next summer.", "SMArT"),
    Case("Our contractors will build the 40-storey tower by 2029.", "SMArT"),
    # the shortest texts that reach the look past the size
    Case("Build a 40-storey", "SMArt"),
    Case("Build a 40-storey tower", "SMArt"),
    Case("Build a 40-storey by May", "SMArT"),
)
BEYOND = BEYOND + WHOLE_SIZE_BEYOND
WITHIN = WITHIN + WHOLE_SIZE_WITHIN
REACH = BEYOND + WITHIN

# An all-or-nothing figure held with no end said in other words than "forever": "for all
# time", "in perpetuity", "for eternity", "until the end of time". "all time" as a noun ("all
# time sheets", "all-time best") and a stretch with an end ("for all of June") bound nothing.
NO_END_BEYOND = (
    Case("Keep complaints at zero for all time.", "SMart"),
    Case("Hold a 100% on-time record for all time.", "SMart"),
    Case("Keep falls on the ward at zero in perpetuity.", "SMart"),
    Case("Have zero missed calls on the helpline for eternity.", "SMart"),
    Case("Keep the lifts running with zero breakdowns for eternity.", "SMart"),
    Case("Keep every listed building on the estate safe for all eternity.", "Smart"),
)
NO_END_WITHIN = (
    Case("Set the club's all-time scoring record by May.", "SMArT"),
    Case("Beat my all-time best 5k time by March.", "SMArT"),
    Case("Keep the allotment free of weeds for all of June.", "SMArT"),
    Case("Store all time sheets in the new system by Friday.", "SMArT"),
    Case("Record all time off in the HR system by Friday.", "SMArT"),
    Case("Plan for all time zones in the rota by March.", "SMArT"),
    Case("Keep zero lost-time injuries at all 12 sites for the next 6 months.", "SMArT"),
    Case("Keep zero overdue books in the library for the rest of term.", "SMArT"),
    Case("Hold the title for all of next season.", "SMArT"),
    # "perpetuity" and "eternity" before a noun name a thing, no time
    Case("Set up a perpetuity trust for all 3 of my children by March 2027.", "SMArT"),
    Case("Buy all the materials for my wife's eternity ring by 14 February 2027.", "SMArT"),
    Case("Sell every plot of the perpetuity lease land by June 2027.", "SMArT"),
    Case("Finish every chapter of my essay on eternity in Blake's poems by May.", "SMArT"),
    Case("Price all 40 perpetuity bonds in the portfolio by Friday.", "SMArT"),
    Case("Write 100% of the eternity scene in my play by the end of January.", "SMArT"),
    # the shortest texts that reach the look past "for" and "in"
    Case("zero for all", "smArt"),
    Case("for all time", "smArt"),
)
BEYOND = BEYOND + NO_END_BEYOND
WITHIN = WITHIN + NO_END_WITHIN
REACH = BEYOND + WITHIN

# A problem of the whole world ended ("end world hunger", "cure cancer", "reverse climate
# change"): every case of it, everywhere, for good. Narrowed to a place or a group of one's own
# ("child poverty in our ward"), a thing named after it ("cancer research", "poverty-related
# absences"), one's own ("beat cancer"), or a verb that does not end it ("fight hunger") is not.
WORLD_PROBLEM_BEYOND = (
    Case("End world hunger by 2030.", "Smart"),
    Case("Cure cancer by 2030.", "Smart"),
    Case("Solve homelessness in the UK by next year.", "Smart"),
    Case("Eradicate malaria by 2028 through our clinic.", "Smart"),
    Case("Eliminate poverty in Africa by 2030.", "Smart"),
    Case("Cure dementia as part of my research post by 2029.", "Smart"),
    Case("Stop knife crime in London by next summer.", "Smart"),
    Case("Abolish child poverty in Scotland by 2027.", "Smart"),
    Case("Fix climate change with my app by 2030.", "Smart"),
    Case("End global warming before I retire.", "Smart"),
    Case("I will end homelessness across the country within five years.", "Smart"),
    Case("End war", "smart"),
    Case("End child poverty in Britain's cities by 2030.", "SmarT"),
    Case("End poverty in the UK's cities by 2030.", "SmarT"),
)
WORLD_PROBLEM_WITHIN = (
    Case("Reduce child poverty in our ward by 10% by 2028.", "SMArT"),
    Case("Raise £5,000 for cancer research by June.", "SMArT"),
    Case("Beat cancer this year.", "sMArT"),
    Case("Run a 10k for dementia research in May.", "SMArT"),
    Case("Stop procrastinating on my thesis by January.", "sMArT"),
    Case("End the backlog of repairs by Friday.", "SMArT"),
    Case("Cure the damp in the cellar by winter.", "SMArT"),
    Case("Solve the rota problem by next week.", "SMArT"),
    Case("Stop overspending by February.", "sMArT"),
    Case("Write a report on homelessness in the UK by March.", "SMArT"),
    Case("Volunteer at the food bank to fight hunger every Saturday.", "SMART"),
    Case("Prevent poverty-related absences in my class this term.", "sMArT"),
    Case("End climate change denial in my family by Christmas.", "sMArT"),
    Case("Solve cancer screening delays at the clinic by March.", "SMArT"),
    # a place with a possessive names a part of it, one's own scope
    Case(
        "End hunger in Hackney's schools by funding breakfast clubs for 200 pupils by September"
        " 2027.",
        "SMArT",
    ),
    Case("End homelessness in Leeds's night shelters by adding 40 beds by March.", "SMArT"),
    Case(
        "Stop bullying in Oakfield's classrooms by training 12 playground buddies this term.",
        "SMArT",
    ),
    Case(
        "Eradicate loneliness in Brighton's care homes with 30 weekly volunteer visits by June.",
        "SMArT",
    ),
    # the shortest texts that reach the look past the problem
    Case("End", "smArt"),
    Case("Cure cancer-", "smArt"),
    Case("Stop crime in", "smArt"),
    Case("Stop crime in the", "smArt"),
)
BEYOND = BEYOND + WORLD_PROBLEM_BEYOND
WITHIN = WITHIN + WORLD_PROBLEM_WITHIN
REACH = BEYOND + WITHIN

# An adverb of how the work is done before the action ("single-handedly clear", "quickly
# write") is not the action: the pace is weighed for the verb after it. A verb that ends in
# "-ly" ("apply", "supply", "rally", "fly") is the action itself.
MANNER_FIRST_BEYOND = (
    Case("I'll single-handedly clear the whole 40,000-hectare park within a week.", "SMarT"),
    Case("Quickly write 30 books by January.", "SMarT"),
    Case("Successfully host 50 webinars before Friday.", "SMarT"),
    Case("Single-handedly answer 20,000 support tickets this week.", "SMarT"),
    Case("I will gradually make 5,000 cold calls tomorrow.", "SMarT"),
)
MANNER_FIRST_WITHIN = (
    Case("Supply 20 hampers to the food bank by Christmas.", "SMArT"),
    Case("Quickly clear the 2-acre field by Saturday.", "SMArT"),
    Case("Regularly read 2 books a month this year.", "SMArT"),
    Case("Rally 20 volunteers for the beach clean by June.", "SMArT"),
    Case("Fly 30 hours solo by the end of March.", "SMArT"),
    Case("Consistently post 3 times a week on LinkedIn until June.", "SMArT"),
    Case("Really get 5 new clients by March.", "SMArT"),
    # the shortest texts that reach the look past the adverb
    Case("Quickly", "smArt"),
    Case("Single-handedly", "smArt"),
    Case("Quickly by May", "smArT"),
    Case("Single-handedly by May", "smArT"),
)
BEYOND = BEYOND + MANNER_FIRST_BEYOND
WITHIN = WITHIN + MANNER_FIRST_WITHIN
REACH = BEYOND + WITHIN

# The rung the writer says they are on now ("joining as an analyst", "I'm a junior
# developer", "As a private, ...") and the rung the goal reaches ("make MD", "become principal
# engineer", "earn my black belt") are weighed as a climb "from ... to ..." is. A rung or none
# between, a start long past ("joined as an analyst in 2019") or no rung reached is left alone.
STATED_RUNG_BEYOND = (
    Case("I'm a junior developer; become principal engineer by June.", "SMarT"),
    Case("As a private, make colonel by next summer.", "SMarT"),
    Case("I'm a commis chef. Become head chef by March.", "SMarT"),
    Case("As a white belt, earn my black belt by Easter.", "SMarT"),
    Case("I am a police constable and want to make chief inspector within a year.", "SMarT"),
    Case("Get promoted to professor by September; I'm a lecturer.", "SMarT"),
    Case("As a white belt, get my black belt by Easter.", "SMarT"),
    Case("As a white belt, gain my black belt by Easter.", "SMarT"),
)
STATED_RUNG_WITHIN = (
    Case("As a senior engineer, become staff engineer by next summer.", "SMArT"),
    Case("As a sergeant, make inspector within two years.", "SMArT"),
    Case("As a junior, become senior developer by 2029.", "SMArT"),
    Case("Joined as an analyst in 2019; make director by 2027.", "SMArT"),
    Case("I'm a yellow belt; get my green belt by June.", "SMArT"),
    Case("Become a mentor to 3 junior analysts by March.", "SMArT"),
    Case("As a manager, make 3 hires by June.", "SMArT"),
    Case("Make senior by next year; I'm a mid-level engineer.", "SMArT"),
    # someone got, or got to act, is not a rung reached
    Case("I'm an analyst; get a manager by March 2027.", "SMArT"),
    Case("As an associate, get a senior manager to sponsor my project by March 2027.", "SMArT"),
    Case(
        "I'm a junior developer; get my principal engineer to review the design by Friday.", "SMArT"
    ),
    Case("As a private, get the colonel to sign my leave form by Monday.", "SMArT"),
    Case("I'm a commis chef; make the head chef a birthday cake by Saturday.", "SMArT"),
    Case("I'm a lecturer; get a professor to co-author my paper by June.", "SMArT"),
    # "earn" and "gain" reach a rung as their object, not a post named after it
    Case("Earn the trust of our CEO by March.", "SMArT"),
    Case("As an intern, gain a mentor who is a director by March.", "SMArT"),
    # the shortest texts that reach the look past the start and the rung reached
    Case("I'm a", "smArt"),
    Case("Make MD", "SMArt"),
    Case("Make MD by May. I'm a", "SMArT"),
)
BEYOND = BEYOND + STATED_RUNG_BEYOND
WITHIN = WITHIN + STATED_RUNG_WITHIN
REACH = BEYOND + WITHIN

# One person the text names ("personally", "alone", "single-handedly", "on my own", "by
# myself") going through every one of a kind in a whole place ("in London", "in the county",
# "of the borough"): a population no one person reaches. An organisation's units ("every
# branch"), a set of one's own ("in my territory"), a set inside a place ("in the building"),
# an event ("at the festival") or a team are not weighed so.
EVERYONE_IN_A_PLACE_BEYOND = (
    Case("Single-handedly repaint every lamp post in Manchester by Christmas.", "SMarT"),
    Case("On my own, interview every resident of the borough by March.", "SMarT"),
    Case("Personally vaccinate every dog in the county this month.", "SMarT"),
    Case("Alone, survey every hedgerow in Devon by the spring.", "SMarT"),
    Case("By myself, photograph every listed building across the city by June.", "SMarT"),
    Case("Single-handedly leaflet every household in the borough this week.", "SMarT"),
    Case("Personally knock on every door in Leeds by Friday.", "SMarT"),
    # the last word of the text is not the word before a first "Alone"
    Case("Alone, knock on every door in Leeds by Friday, for a living", "SMarT"),
)
EVERYONE_IN_A_PLACE_WITHIN = (
    Case("Personally visit every branch in the region by June.", "SMArT"),
    Case("Personally thank every volunteer at the festival on Sunday.", "SMArT"),
    Case("Personally call every client in my territory by Friday.", "SMArT"),
    Case("Personally welcome every new starter in the Leeds office this month.", "SMArT"),
    Case("On my own, mark every essay in the Year 9 set by Friday.", "SMArT"),
    Case("Personally visit every school in the county by June.", "SMArT"),
    Case("Interview every resident of the borough by March.", "SMArT"),
    Case("Our team will inspect every commercial building in the city by 2030.", "SMArT"),
    Case("Personally check every fire door in the building by Friday.", "SMArT"),
    Case("Personally sign every card in the pile by Christmas.", "SMArT"),
    # a team beside the one who says "personally": the work is the team's
    Case(
        "Our team will personally inspect every commercial building in the city by 2030.", "SMArT"
    ),
    Case("We will personally thank every donor in the city by Christmas.", "SMArT"),
    Case(
        "The 12 of us will personally knock on every door in the town by polling day in May.",
        "SMArT",
    ),
    Case(
        "With a team of 30, I will personally oversee the inspection of every building in the"
        " city by 2028.",
        "SMArT",
    ),
    Case("On our own, survey every hedgerow in Devon by the spring.", "SMArT"),
    Case(
        "Personally, I want our 200 volunteers to visit every home in the district by June.",
        "SMArT",
    ),
    Case(
        "Visit every resident of the borough who lives alone by March, with the council's 40"
        " outreach workers.",
        "SMArT",
    ),
    Case("The four of us will single-handedly clean every beach in Cornwall by August.", "SMArT"),
    Case(
        "With a 12-person crew, I will personally oversee the survey of every street in the town"
        " by May.",
        "SMArT",
    ),
    Case(
        "Call every pensioner in the city who lives alone by Christmas, with 25 volunteers from"
        " the parish.",
        "SMArT",
    ),
    # a time, a thing of work, a name's works or a few places, not a whole place's people
    Case("Personally run 5 km every day in the city for the next 3 months.", "SMArT"),
    Case("Personally write every Monday in the city for a year.", "SMArT"),
    Case("Personally attend every match in March.", "SMArT"),
    Case("Personally cover every shift in December at the clinic.", "SMArT"),
    Case("Personally review every pull request in GitHub by Friday.", "SMArT"),
    Case("Personally test all the features in Salesforce by Friday.", "SMArT"),
    Case("Personally visit every patient in Ward 7 by Friday.", "SMArT"),
    Case("Personally answer every question in Chapter 3 by Friday.", "SMArT"),
    Case("On my own, read every chapter of Dickens by June.", "SMArT"),
    Case("Personally photograph every church in Norwich by 2028.", "SMArT"),
    Case("Personally visit every park in the town by June.", "SMArT"),
    Case("Personally audit every invoice in SAP by Friday.", "SMArT"),
    Case("Personally visit every family in Room 12 by Friday.", "SMArT"),
    Case("Personally call every patient in January.", "SMArT"),
    Case("On my own, learn every poem of Keats by June.", "SMArT"),
    Case("Personally host every Friday in the town for a year.", "SMArT"),
    Case("Personally plant every tree in the park by June.", "SMArT"),
    # the shortest texts that reach the look past "every" and the place
    Case("Personally every", "smArt"),
    Case("Alone, every dog in", "smArt"),
    Case("Alone, every dog in London", "SmArt"),
    Case("Alone, every dog in the", "smArt"),
)
BEYOND = BEYOND + EVERYONE_IN_A_PLACE_BEYOND
WITHIN = WITHIN + EVERYONE_IN_A_PLACE_WITHIN
REACH = BEYOND + WITHIN

# Occasions one is there for in person, an hour or more each (lessons, operations, births,
# flights, gigs, matches, shifts, weddings), are weighed at the pace of one person's days: a
# teacher's ten lessons, a performer's two shows. Watching them, booking them or a team's
# count is not weighed so.
PRESENCE_BEYOND = (
    Case("Perform 12 surgeries a day for the next month.", "SMarT"),
    Case("Teach 70 lessons a week this term.", "SMarT"),
    Case("Play 60 gigs a week across the summer festival season.", "SMarT"),
    Case("Work 40 shifts this week to cover the rota.", "SMarT"),
    Case("Fly 80 flights a week as a first officer.", "SMarT"),
    Case("Officiate 30 weddings this weekend.", "SMarT"),
    Case("Referee 100 matches this week.", "SMarT"),
    Case("Give 200 concerts by Christmas.", "SMarT"),
    Case("Design 200 classes for the new course this month.", "SMarT"),
    Case("Teach 80 classes this week.", "SMarT"),
)
PRESENCE_WITHIN = (
    Case("Attend 40 births by June as a student midwife.", "SMArT"),
    Case("Teach 25 lessons a week this term.", "SMArT"),
    Case("Play 40 gigs this year.", "SMArT"),
    Case("Work 5 extra shifts this month.", "SMArT"),
    Case("Fly 20 flights a week.", "SMArT"),
    Case("Perform 6 operations a week on my list.", "SMArT"),
    Case("Watch 60 shows this month.", "SMArT"),
    Case("Book 100 gigs for the band this year.", "SMArT"),
    Case("Attend 60 yoga classes this year.", "SMArT"),
    Case("Referee 3 matches every weekend this season.", "SMArT"),
    Case("Officiate 2 weddings a month.", "SMArT"),
    Case("Cover 12 night shifts in January.", "SMArT"),
    Case("Our surgical team will perform 200 operations this month.", "SMArT"),
    Case("Sell 500 tickets for our shows this week.", "SMArT"),
    # booking, cancelling, recording or streaming occasions, or a verb that only looks like one
    Case("Shift 500 pallets in the warehouse this week.", "SMArT"),
    Case("Shift 200 boxes to the new unit by Friday.", "SMArT"),
    Case("Book 60 flights for the team this week.", "SMArT"),
    Case("Cancel 200 flights this week due to the strike.", "SMArT"),
    Case("As a flight dispatcher, handle 300 flights a day.", "SMArT"),
    Case("Schedule 500 shifts for the hospital rota this month.", "SMArT"),
    Case("Sell 300 classes at the gym this week.", "SMArT"),
    Case("Register 300 births this month as a registrar.", "SMArT"),
    Case("Record 400 births on the system this month.", "SMArT"),
    Case("Analyse 200 matches of footage this month.", "SMArT"),
    Case("Stream 30 gigs this week.", "SMArT"),
    Case("Refactor 500 classes to Kotlin in 2 weeks.", "SMArT"),
    Case("Migrate 400 Java classes by Friday.", "SMArT"),
    Case("Price 300 flights for the conference delegates this week.", "SMArT"),
    Case("Upload 100 lessons to the LMS this week.", "SMArT"),
    Case("Shift 1,000 crates before the stocktake on Friday.", "SMArT"),
    Case("Archive 250 matches from the club's video library by Friday.", "SMArT"),
    Case("Do 6 shifts at the hospital this week.", "SMArT"),
    Case("Lead 15 classes at the gym this week.", "SMArT"),
)
BEYOND = BEYOND + PRESENCE_BEYOND
WITHIN = WITHIN + PRESENCE_WITHIN
REACH = BEYOND + WITHIN

# A full-time job the text puts beside the goal ("while working full time", "alongside my
# full-time job", "on top of my full-time job") leaves half of one's weeks for it: the pace of
# study and making is halved. A full-time job aimed at ("find a full-time job") takes none.
BESIDE_A_JOB_BEYOND = (
    Case("Pass 4 exams in the next 2 weeks on top of my full-time job.", "SMarT"),
    Case(
        "Get my PRINCE2, ITIL and Scrum Master certificates in the next 3 weeks while working"
        " full-time.",
        "SMarT",
    ),
    Case("Complete 6 online courses in the next 3 weeks alongside my full-time job.", "SMarT"),
    Case("Pass 4 exams in 2 weeks around my full-time job.", "SMarT"),
    Case("Pass 4 exams in 15 days while in a full-time role.", "SMarT"),
    Case("Pass 4 exams in 15 days while working full-time.", "SMarT"),
)
BESIDE_A_JOB_WITHIN = (
    Case("Pass OSCP, CISSP, CISM and CEH within the next 30 days.", "SMArT"),
    Case("Pass 2 exams by March while working full time.", "SMArT"),
    Case(
        "Get my PRINCE2, ITIL and Scrum Master certificates by June while working full time.",
        "SMArT",
    ),
    Case("Read 6 books by Christmas while working full time.", "SMArT"),
    Case("Complete 2 online courses this month alongside my full-time job.", "SMArT"),
    Case("Find a full-time job by March and pass 2 exams this month.", "SMArT"),
    Case("Pass 4 exams in the next 2 weeks.", "SMArT"),
    Case("Work full time while studying for 2 exams by June.", "SMArT"),
    # full-time study, revision or leave from work is the goal's own time, not a job beside it
    Case("Pass 4 exams in 2 weeks while studying full time.", "SMArT"),
    Case("Pass 4 exams in the next 2 weeks while studying full time for my degree.", "SMArT"),
    Case("Pass 4 exams in 2 weeks while on full-time study leave.", "SMArT"),
    Case("Complete 6 online courses in 3 weeks while off work full time on study leave.", "SMArT"),
    Case("Pass 4 exams in 2 weeks around full time revision.", "SMArT"),
    Case("Finish 5 online courses in 3 weeks while training full time at the academy.", "SMArT"),
    Case("Pass 4 exams in 15 days while revising full-time at home.", "SMArT"),
    Case("Write 4 essays in a week whilst in full-time education.", "SMArT"),
    # the shortest texts that reach the look past "full"
    Case("full time", "smArt"),
    Case("while full", "smArt"),
    Case("Pass 1 exam by Friday while full-", "SMArT"),
)
BEYOND = BEYOND + BESIDE_A_JOB_BEYOND
WITHIN = WITHIN + BESIDE_A_JOB_WITHIN
REACH = BEYOND + WITHIN

# Two verbs joined by "and" share their object: the size of a whole thing is the work either
# asks for ("plan and sell out a 2,000-delegate conference"). Verbs that work on nothing
# ("book and attend") leave it alone.
SHARED_OBJECT_BEYOND = (
    Case("Design and build the 40-storey tower in 3 weeks.", "SMarT"),
    Case("Organise and host a 5,000-guest gala by next Friday.", "SMarT"),
)
SHARED_OBJECT_WITHIN = (
    Case("Book and attend a 2,000-delegate conference in March.", "SMArT"),
    Case("Sell out a 2,000-delegate conference by next October.", "SMArT"),
    Case("Plan and run a 50-guest dinner by Friday.", "SMArT"),
    Case("Visit and photograph the 30-storey tower on Sunday.", "SMArT"),
    # a verb before "and" that is not joined to the action: the thing is not its object
    Case("Learn to code and tour the 2-million-line codebase by Friday.", "SMArT"),
    Case("Learn to draw and visit the 500-room palace by Sunday.", "SMArT"),
    Case("Practise how to design and tour the 40-storey tower on Saturday.", "SMArT"),
    Case("Take a class on how to build and then inspect a 2,000-seat stadium this week.", "SMArT"),
    # the shortest texts that reach the look back from the size
    Case("Plan and", "smArt"),
    Case("Plan and sell a 2,000-delegate", "SMArt"),
)
BEYOND = BEYOND + SHARED_OBJECT_BEYOND
WITHIN = WITHIN + SHARED_OBJECT_WITHIN
REACH = BEYOND + WITHIN

# An amount per period the text says it stands at, against the goal's amount of the same thing
# per the same period, is not weighed: a year's total is no pace, two targets may be joined in
# one goal, a start may belong to a season, a launch or a recovery, and a small start says
# nothing of how far a pace can grow.
STATED_PACE_WITHIN = (
    Case("Expand the staff handbook from 2 to 50 pages by March.", "SMArT"),
    Case("Grow the choir from 1 member to 30 by summer.", "SMArT"),
    Case("I walk 500 steps a day after surgery; 10,000 steps a day by June.", "SMArT"),
    Case("I cycle 10 km a week; cycle 30 km a week by March.", "SMArT"),
    Case("Raise my pull-ups from 2 to 10 by April.", "SMArT"),
    Case("Increase weekly sales calls from 20 to 60 by February.", "SMArT"),
    Case("I read 1 book a month; read 4 books a month next year.", "SMArT"),
    Case("Take the fleet from 2 vans to 6 vans by next summer.", "SMArT"),
    Case("I write 300 words a day; 1,500 words a day by spring.", "SMArT"),
    Case("Our team closes 5 deals a quarter; close 15 deals a quarter by next year.", "SMArT"),
    Case("I meditate 5 minutes a day; 20 minutes a day by February.", "SMArT"),
    Case("I answer 5 tickets an hour; answer 150 tickets a day by March.", "SMArT"),
    Case("We had 3 volunteers last year; recruit 80 volunteers by September.", "SMArT"),
    Case("We raised £200 a month last year; raise £600 a month next year.", "SMArT"),
    Case("I run 2 km a week; run 60 km a week by 2030.", "SMArT"),
    Case("We sell 10 a month; sell 500 in all by March.", "SMArT"),
    Case("I did 2 deliveries a day in 2019; do 50 deliveries a day as a team of 30.", "SMArT"),
    # the period a total is for is its deadline, not a pace
    Case("Grow my vegetable patch from 4 to 100 tomato plants next year.", "SMArT"),
    # two figures of fact, neither in the goal's clause: no start and target
    Case(
        "We get 3 leads a week from ads and 80 leads a week from referrals; double the ads"
        " leads by March.",
        "SMArT",
    ),
    Case("I make 2 calls a day and my manager makes 50 calls a day; match him by June.", "SmArT"),
    Case("Cut complaints from 100 a month to 4 a month by March.", "SMArT"),
    Case("Walk 500 steps a day now, 10,000 steps a day by June.", "SMArT"),
    Case("Save £10 a week, rising to £40 a week by March.", "SMArT"),
    Case("Teach 1 class a week in January, then 3 classes a week by March.", "SMArT"),
    # figures per period are read as starts and targets up to the twelfth: a long list is no goal
    Case(
        "Stock 1 tin a week; "
        + ", ".join(
            f"{n} {w} a week"
            for n, w in enumerate(
                [
                    "pens",
                    "cups",
                    "jars",
                    "mops",
                    "bins",
                    "rags",
                    "tubs",
                    "pots",
                    "pans",
                    "lids",
                    "bags",
                ],
                2,
            )
        )
        + "; stock 40 tins a week by March.",
        "SMArT",
    ),
    # a year's total, the period a count is for, is no pace
    Case("I read 2 books last year; read 50 books this year.", "SMArT"),
    Case("I read 2 books a year; read 50 books next year.", "SMArT"),
    Case("We held 1 event last year; hold 25 events next year.", "SMArT"),
    Case("I gave 1 talk last year; give 25 talks next year.", "SMArT"),
    Case("Our charity had 10 volunteers last year; recruit 300 volunteers next year.", "SMArT"),
    Case("We baked 3 cakes last year; bake 90 cakes next year.", "SMArT"),
    Case("My studio ran 2 workshops last year; run 60 workshops next year.", "SMArT"),
    # two targets joined in one goal: neither is where the other starts
    Case("Sell 10 mugs a week online and 300 mugs a week at markets by July.", "SMArT"),
    Case("Sell 10 mugs a week in January and 300 mugs a week in July.", "SMArT"),
    Case(
        "Answer 5 emails a day from clients and 150 emails a day from the shared inbox by March.",
        "SMArT",
    ),
    Case("Pack 4 boxes a day at the stall and 120 boxes a day at the warehouse by May.", "SMArT"),
    Case("Mend 3 nets a week over winter and 90 nets a week in the summer rush.", "SMArT"),
    # a start of a season, a launch, a trial or a recovery, a figure already reached, and a
    # small start say nothing of how far a pace can grow
    Case("We launched last month and sold 2 units a week; sell 50 units a week by March.", "SMArT"),
    Case(
        "Our new shop gets 10 visitors a day now; reach 300 visitors a day by next summer.", "SMArT"
    ),
    Case(
        "I currently run 2 km a week after my knee injury; get back to 50 km a week by June.",
        "SMArT",
    ),
    Case("Reach 50 km a week by March (currently 2 km a week while recovering).", "SMArT"),
    Case(
        "Our charity raised £100 a month from its first appeal; raise £2,500 a month by next year.",
        "SMArT",
    ),
    Case("We sell 5 ice creams a day in January; sell 500 ice creams a day in August.", "SMArT"),
    Case("Sell 500 ice creams a day in August, up from 5 a day in January.", "SMArT"),
    Case(
        "In our quiet month we take 3 bookings a week, and in peak season we take 100 bookings a"
        " week; handle 100 bookings a week next summer.",
        "SMArT",
    ),
    Case("Ship 100 parcels a day by March, up from 4 a day during the soft launch.", "SMArT"),
    Case(
        "I walk 1 km a day now, and want to walk 25 km a day for the pilgrimage in September.",
        "SMART",
    ),
    Case("Grow monthly revenue from £200 to £5,000 by December 2027.", "SMArT"),
    Case("Increase weekly footfall from 20 to 600 by September.", "SMArT"),
    Case(
        "Our café serves 4 lunches a day during the trial week; serve 150 lunches a day by June.",
        "SMArT",
    ),
    Case("Our lab tested 2 samples a day in the pilot; test 60 samples a day by April.", "SMArT"),
    # the shortest texts that reach the look before a start and after a figure
    Case("from 1 to 30 a week", "smArt"),
    Case("5k; 200 km a week", "sMArt"),
    Case("1 a day;", "sMArt"),
)
WITHIN = WITHIN + STATED_PACE_WITHIN
REACH = BEYOND + WITHIN

# A start the writer states by a feat already done ("just finished my first half marathon")
# is where the next feat starts from, not a start from nothing; a start of training ("just
# started training for ..."), a first step of a lesser kind ("my first 5k") and "never" are.
FEAT_DONE_WITHIN = (
    Case("Just finished my first half marathon; run a full marathon by February 1.", "SMArT"),
    Case("Just completed my first triathlon; do an Ironman by March.", "SMArT"),
    Case("I've just finished my first Olympic triathlon; race an Ironman in June.", "SMArT"),
    Case("Ran my first half marathon in October; run a full marathon in April.", "SMArT"),
    Case("Having just completed a half-marathon, run the Brighton Marathon in April.", "SMArT"),
    # the shortest texts that reach the look after "just finished" and "my first"
    Case("Just finished", "smArt"),
    Case("just finished my first half", "smArt"),
    Case("my first half marathon", "smArt"),
)
FEAT_DONE_BEYOND = (
    Case("Just finished my first 5k; run a marathon by February 1.", "SMarT"),
    Case(
        "Just started training for my first half marathon; run a marathon by 1 February.", "SMarT"
    ),
    Case("I've just finished the couch to 5k; run an ultramarathon by January.", "SMarT"),
    Case("Just enrolled at the running club; run a marathon by January.", "SMarT"),
)
BEYOND = BEYOND + FEAT_DONE_BEYOND
WITHIN = WITHIN + FEAT_DONE_WITHIN
REACH = BEYOND + WITHIN

# An occasion named by its year before its noun ("the 2027 season", "our 2027 tour") is a
# finite stretch, as one named by its month is ("the December payroll"): an absolute within
# it can be counted and met. A year's whole span and one held on past it are not.
DATED_OCCASION_WITHIN = (
    Case("No late handovers during the 2027 season.", "sMArT"),
    Case("Have no complaints on the 2027 tour.", "SMArt"),
    Case("Zero lost bags on our 2027 summer tour.", "sMArt"),
    Case("Never drop a catch in the 2027 cricket season.", "SMArt"),
    Case("Keep zero missed feeds through the 2027 lambing.", "SMArt"),
    Case("Serve every table with no mistakes at the 2027 Christmas fair.", "SMArt"),
    # the shortest texts that reach the look around a year
    Case("the 2027 season", "smArT"),
    Case("no 2027", "smArT"),
)
DATED_OCCASION_BEYOND = (
    Case("Never make a mistake in 2027.", "SMarT"),
    Case("No late handovers, ever, from the 2027 season on.", "sMart"),
    Case("Never make a mistake, forever, starting with the 2027 season.", "SMart"),
    Case("Zero complaints for the rest of my career after the 2027 tour.", "sMart"),
    # a year's aims (a goal, target, resolution, plan, work) are held all that year
    Case("My 2027 resolution: never miss a deadline.", "smarT"),
    Case("Never miss a deadline as my 2027 target.", "smarT"),
    Case("Zero errors in all our 2027 work.", "sMarT"),
    Case("As part of my 2027 goals, never be late for a client call.", "smarT"),
    Case("Our 2027 plan: never miss a payroll date.", "smarT"),
    Case("Our 2027 plan: zero errors.", "sMarT"),
)
BEYOND = BEYOND + DATED_OCCASION_BEYOND
WITHIN = WITHIN + DATED_OCCASION_WITHIN
REACH = BEYOND + WITHIN

# A hyphenated compound verb asks for the pace of its head, its last part ("proof-read" is
# reading, "cold-call" calling), and "hand-" before a verb of making says the pieces are made
# by hand ("hand-make 10,000 rings"). A particle after the hyphen ("follow-up") is no head.
COMPOUND_VERB_BEYOND = (
    Case("Hand-sew 400 quilts this month.", "SMarT"),
    Case("Hand-paint 300 shop signs by Friday.", "SMarT"),
    Case("Hand-carve 200 spoons by next week.", "SMarT"),
    Case("Hand-knit 60 jumpers in a fortnight.", "SMarT"),
    Case("Hand-build 10,000 wooden toys before Christmas.", "SMarT"),
    Case("Hand-make 8,000 leather wallets on my own by the end of January.", "SMarT"),
    Case("Make 500 handmade candles by Friday.", "SMarT"),
)
COMPOUND_VERB_WITHIN = (
    Case("Hand-make 20 engagement rings before Valentine's Day.", "SMArT"),
    Case("Hand-sew 12 cushion covers by Christmas.", "SMArT"),
    Case("Hand-paint 6 shop signs by Friday.", "SMArT"),
    Case("Hand-carve 20 spoons by March.", "SMArT"),
    Case("Hand-deliver 500 leaflets by Sunday.", "SMArT"),
    Case("Proof-read 40 chapters by next Friday.", "SMArT"),
    Case("Fact-check 30 articles this week.", "SMArT"),
    Case("Spot-check 50 files a day.", "SMArT"),
    Case("Cold-call 40 prospects a day.", "SMArT"),
    Case("Follow-up with 20 leads a week.", "SMArT"),
    Case("Sell 500 handmade candles by Christmas.", "SMArT"),
    Case("Hand-stitch 5 wedding dresses by Saturday.", "SMArT"),
    # the shortest texts that reach the look past the verb and back from the figure
    Case("Hand", "smArt"),
    Case("Hand-", "smArt"),
    Case("Hand-make", "smArt"),
    Case("Hand-make 5", "SMArt"),
)
BEYOND = BEYOND + COMPOUND_VERB_BEYOND
WITHIN = WITHIN + COMPOUND_VERB_WITHIN
REACH = BEYOND + WITHIN

# "that exists" closing the noun phrase after "every" is a clause of existence, as "there is"
# and "in existence" are, read one way: after a verb of learning, taking in or trying one of
# each ("memorise every aroma molecule", "brew every style of beer") the set is everything of
# its kind in the world. Acting on things one holds ("update every policy that exists",
# "review every type of contract that exists", "migrate every report there is") is not,
# whatever noun names them, a place or a set after it narrows it ("that exists in our
# codebase"), and "that I write" is one's own.
EXISTS_BEYOND = (
    Case("Photograph every bird species that exists in the world by 2030.", "SMarT"),
    Case("Cook every pasta shape that exists before my 40th birthday.", "SMarT"),
    Case("Brew every style of beer that exists by next summer.", "SMarT"),
    Case("Grow every variety of tomato which exists this year.", "SMarT"),
    Case("Study every proof that exists by June.", "SMarT"),
    Case("Memorise every bone that exists by the end of term.", "SMarT"),
    Case("Read every crime novel that exists before I retire.", "SMarT"),
    # verbs as often said of one's own stock (grow, identify, play): known misses
    Case("Identify every fungus which exists by the end of the year.", "SMarT"),
    Case("Try every yoga pose that exists this month.", "SMarT"),
    # "there is" and "in existence" read as "that exists" is
    Case("Watch every film noir there is this year.", "SMarT"),
    Case("Taste every single malt in existence by my 50th birthday.", "SMarT"),
    Case("Visit every castle that exists by 2028.", "SMarT"),
)
EXISTS_WITHIN = (
    # a noun of kinds after a verb acting on one's own things, in any of the three phrasings
    Case("Review every type of contract that exists by March.", "SMArT"),
    Case("Standardise every type of invoice that exists by March.", "SMArT"),
    Case("Migrate every type of form that exists to the new system by June.", "SMArT"),
    Case("Document every style of report that exists by June.", "SMArT"),
    Case("Migrate every report there is by March.", "SMArT"),
    Case("Translate every type of leaflet there is into Welsh by May.", "SMArT"),
    Case("Audit every kind of expense claim in existence by the end of Q1.", "SMArT"),
    Case("Refile every sort of permit that exists by April.", "SMArT"),
    Case("Proofread every report there is by Friday.", "SMArT"),
    # verbs as often said of one's own stock or caseload as of a kind in the world
    Case("Collect every unpaid invoice that exists by Friday.", "SMArT"),
    Case("Identify every risk that exists by Friday.", "SMArT"),
    Case("Grow every type of account that exists by 5% by June.", "SMArT"),
    Case("See every patient there is by Friday.", "SMArT"),
    Case("Fix every bug that exists in our codebase by Friday.", "SMArT"),
    Case("Review every risk that exists in our register by March.", "SMArT"),
    Case("Log every hazard that exists on site this week.", "SMArT"),
    Case("Map every footpath that exists in the parish by May.", "SMArT"),
    Case("Read every report that I write twice before sending it.", "SMArt"),
    Case("Check all invoices that exist for 2026 by Friday.", "SMArT"),
    Case("Update every policy that exists by Friday.", "SMArT"),
    Case("Back up every file that exists on the old laptop by Sunday.", "SMArT"),
    Case("Reprice every product that exists by the end of the month.", "SMArT"),
    # the shortest texts that reach the look after "every"
    Case("every that exists", "smArt"),
    Case("every x that", "smArt"),
)
BEYOND = BEYOND + EXISTS_BEYOND
WITHIN = WITHIN + EXISTS_WITHIN
REACH = BEYOND + WITHIN

# A participle of a verb of failing before its noun, after "zero" or "no" ("zero missed calls",
# "no lost bags"), names failures as a noun of failure does ("zero errors"): ruled out with no
# end the text states ("from now on", "ever", "24/7") it is an absolute; within a stretch or
# by a date it is a level of service. "Without losing" tells how.
FAILED_PARTICIPLE_BEYOND = (
    Case("Zero missed calls on the helpline from now on.", "SMart"),
    Case("No lost luggage at the hotel, ever.", "sMart"),
    Case("Have zero failed payroll runs for the rest of my career.", "SMart"),
    Case("No dropped catches for the rest of my cricketing life.", "sMart"),
    Case("Zero failed builds on the main branch from now on.", "SMart"),
    # "ever" and "again" as the lasting words they are
    Case("Zero failed builds on the main branch, ever again.", "SMart"),
    Case("No missed bin collections ever, across the borough.", "SMart"),
)
FAILED_PARTICIPLE_WITHIN = (
    Case("Zero missed medication rounds on my ward this month.", "SMArT"),
    Case("No missed deadlines during the launch sprint.", "SMArT"),
    Case("Zero failed deployments next week.", "SMArT"),
    Case("Finish the course without missing a lesson by June.", "SMArT"),
    Case("Finish the marathon without losing my temper in April.", "SMArT"),
    Case("Cut missed appointments to zero by March.", "SMArT"),
    Case("Zero missing items at the December stocktake.", "SMArT"),
    # a level of service by a date, not held with no end
    Case("Zero missed bin collections across the borough by the end of 2027.", "SMArT"),
    Case("Move the archive to the new store with no lost boxes by 30 June 2027.", "SMArT"),
    # said with no end in the text: a level, not held for ever
    Case("Have zero missed alerts.", "SMArt"),
    # the shortest texts that reach the look past the participle and after "now"
    Case("zero lost", "smArt"),
    Case("no missed", "smArt"),
    # "better than ever" says no span of time, and "now on" without "from" is no start
    Case("Have zero missed medication rounds on my ward, better than ever.", "SMArt"),
    Case("Have zero failed deployments now on the new pipeline.", "SMArt"),
    Case(
        "Have zero dropped calls in the call centre, which is now on a new phone system.", "SMArt"
    ),
    Case("Reach zero failed logins on the new portal, better than ever.", "SMArt"),
    Case("Keep zero dropped orders in the kitchen, which is now on a new till.", "SMArt"),
    Case("Keep zero missed shipments now on the new courier contract.", "SMArt"),
    Case("No missed school pickups now on my new rota.", "SMArt"),
    # "from now on" alone begins a habit: it makes no state an absolute held round the clock
    Case("Be on time for every meeting from now on.", "smArt"),
    Case("Be reachable by phone from now on.", "smArt"),
    Case("Stay calm in meetings from now on.", "smArt"),
    Case("Keep my inbox at zero from now on.", "SMArt"),
    Case("no missed calls now", "SMArt"),
    Case("now on no missed calls", "sMArt"),
)
BEYOND = BEYOND + FAILED_PARTICIPLE_BEYOND
WITHIN = WITHIN + FAILED_PARTICIPLE_WITHIN
REACH = BEYOND + WITHIN
