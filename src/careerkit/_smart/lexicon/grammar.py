"""Verbs, nouns and function words by the class that changes a verdict."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from careerkit._smart.lexicon._base import words

__all__ = [
    "ABSTRACT_NOUNS",
    "ACQUIRE_VERBS",
    "ARTIFACT_NOUNS",
    "BETTERING_VERBS",
    "BODY_IDIOM_VERBS",
    "CAREER_AIM_NOUNS",
    "CAREER_MOVE_VERBS",
    "CHANGE_VERBS",
    "COMPARATIVES",
    "CONJUNCTIONS",
    "DELIVERABLE_VERBS",
    "DETERMINERS_DEFINITE",
    "DETERMINERS_INDEFINITE",
    "ENDURANCE_FEATS",
    "EXECUTIVE_ROLES",
    "EXISTENCE_WORDS",
    "FAILURE_WORDS",
    "FIRST_PERSON_POSSESSIVES",
    "GENERAL_VERBS",
    "HEDGES",
    "INDEFINITE_PRONOUNS",
    "KEEPING_VERBS",
    "LANGUAGES",
    "LEAD_IN",
    "LEARNING_VERBS",
    "LONG_WORKS",
    "MASTERY_WORDS",
    "MEASURE_UNITS",
    "MEASURING_VERBS",
    "METRIC_ACRONYMS",
    "METRIC_NOUNS",
    "NOT_NAMES",
    "NOVICE_CUES",
    "ONE_THING_DETERMINERS",
    "OWN_BODY_NOUNS",
    "PEOPLE_NOUNS",
    "PERFECTION_WORDS",
    "PERSONAL_SUBJECTS",
    "PER_PERIOD_NOUNS",
    "PREPOSITIONS",
    "PREP_TO_VERBS",
    "PRONOUNS",
    "PURPOSE_VERBS",
    "QUALITY_WORDS",
    "RATE_CAPS_PER_WEEK",
    "RATIONALE_PHRASES",
    "READING_CAP_PER_WEEK",
    "READING_VERBS",
    "REPUTATION_WORDS",
    "ROLE_NOUNS",
    "SHORT_READING_CAP_PER_WEEK",
    "SPECIFIC_KINDS",
    "STATE_VERBS",
    "SUPERLATIVES",
    "SUPERLATIVE_SCOPES",
    "TENDED_NOUNS",
    "TENDING_VERBS",
    "THIRD_PERSON_POSSESSIVES",
    "TO_COMPLEMENT_VERBS",
    "TRADE_VERBS",
    "UNBOUNDED_NOUNS",
    "VAGUE_NOUNS",
    "VAGUE_QUANTIFIERS",
    "VAGUE_STATES",
    "VAGUE_VERBS",
]


# --- verbs ---------------------------------------------------------------------------------

# Words skipped before the main verb: subjects, modals, intentions, hedges, list markers.
LEAD_IN: Final = words(
    "i we i'll i'd i'm we'll we're will would shall should must can could want wants need "
    "needs to plan plans aim aims intend intends hope hope wish would like love going am is "
    "are be my our goal goals objective target aspiration resolution is: personally also "
    "finally really definitely commit committed am gonna wanna gotta have has i've going "
    "shall able this year's quarter's month's next's"
)
HEDGES: Final = words(
    "maybe perhaps possibly hopefully somehow probably ideally try trying attempt"
)

# Verbs whose object is itself a verifiable deliverable ("attend a conference").
DELIVERABLE_VERBS: Final = words(
    "attend write publish post give present deliver complete finish pass earn obtain join "
    "lead run submit apply update ask launch ship deploy release organize organise host "
    "speak teach enroll enrol register build create draft document record volunteer shadow "
    "negotiate win land secure sign file send schedule book take read meet "
    "interview hire mentor coach train onboard migrate refactor automate implement design "
    "prepare set start found open close visit review block stop quit keep spend achieve "
    "reach score hit attain cut reduce raise increase decrease lower grow double triple "
    "halve save pay sell recruit facilitate chair moderate demo pitch propose pair deliver "
    "walk jog swim cycle cook produce analyse analyze benchmark fix test measure track log "
    "define reply respond answer solicit collect gather conduct present own rotate transfer "
    "relocate move switch transition have share invite introduce email call message "
    "follow limit protect delegate archive rewrite redesign rebuild translate summarize "
    "summarise outline plan map audit upgrade certify become obtain renew memorize recite "
    "practise practice study complete lose gain drink eat meditate journal volunteer "
    "sponsor nominate earn clear land close sprint retire resign cancel decline replace "
    "install configure ship present author co-author coauthor edit proofread mentor tutor "
    "lecture address"
)
# Verbs that are vague on their own; they need a figure to become specific.
VAGUE_VERBS: Final = words(
    "improve enhance develop strengthen boost work focus try explore grow broaden deepen "
    "expand advance progress pursue embrace leverage optimize optimise do network help "
    "support engage communicate collaborate participate handle deal balance prioritize "
    "prioritise exercise relax rest care reflect feel stay think consider look figure "
    "increase decrease reduce raise lower cut elevate upgrade refine sharpen polish "
    "nurture foster cultivate build maintain manage get understand know master better "
    "step take do be become contribute involve invest empower inspire motivate evangelize "
    "champion perfect enjoy appreciate procrastinate worry overthink panic streamline"
)
# Verbs that measure a change: specific only with a figure ("reduce X from 3 to 1 days").
CHANGE_VERBS: Final = words(
    "increase decrease reduce raise lower cut grow boost shrink shorten lengthen speed "
    "slow improve drop lift expand extend trim bring lose gain slash curb widen minimise "
    "minimize maximise maximize save"
)
# Learning verbs: "learn X" alone is not yet specific.
LEARNING_VERBS: Final = words("learn study understand explore know research master")
# Verbs of reaching a state or role.
STATE_VERBS: Final = words("be become stay remain feel get grow")
# Verbs of acquiring something ("get the PMP certification", "find a new job").
ACQUIRE_VERBS: Final = words("get find land secure obtain earn achieve gain win receive")
# Verbs that take an infinitive complement ("want to", "ask X to"): the "to" is not a purpose.
TO_COMPLEMENT_VERBS: Final = words(
    "want wants need needs try tries plan plans aim aims hope hopes like love learn learns "
    "volunteer volunteers agree agreed agrees start starts begin begins continue continues "
    "decide decides commit commits intend intends going have has had able how ready wish "
    "expect strive seek offer offers choose remember forget fail refuse promise pledge dare "
    "used ought got ask asks asked invite invites encourage encourages help helps allow "
    "allows enable enables convince teach teaches get gets permission chance opportunity "
    "tend tends trying wanted planned hoping aiming takes took time cost costs way ability "
    "effort place"
)
# Verbs of reaching a (better) place in a career: "to move into management", "promoted to".
CAREER_MOVE_VERBS: Final = words("move transition pivot switch step grow promoted promote")

# --- nouns ---------------------------------------------------------------------------------

# Abstract nouns: a goal about them is a direction, not a deliverable.
ABSTRACT_NOUNS: Final = words(
    "progress headway strides momentum skill skills communication communications confidence knowledge balance work-life "
    "management leadership visibility responsibility responsibilities presence brand "
    "mindset habit habits understanding awareness expertise experience exposure "
    "satisfaction performance productivity efficiency quality health wellbeing well-being "
    "fitness stress happiness motivation energy focus time relationships relationship "
    "network networking career careers growth development abilities ability competence "
    "competencies capability capabilities potential impact influence credibility "
    "reputation profile image culture collaboration teamwork engagement morale things "
    "stuff something anything everything areas area side life self myself game level "
    "stuff skillset skill-set craft business field domain industry world technology "
    "technologies tools difference compliance adoption excellence synergy synergies journey "
    "outcomes value innovation transformation alignment centricity bandwidth"
)
# Nouns of verifiable things one can point to once done.
ARTIFACT_NOUNS: Final = words(
    "talk talks presentation presentations paper papers article articles post posts blog "
    "blogs tip tips course courses class classes program programs programme certification "
    "certifications certificate certificates cert certs exam exams degree degrees diploma "
    "license licence credential credentials badge badges project projects prototype demo "
    "app application applications tool dashboard report reports model models runbook "
    "runbooks documentation docs guide guides plan plans proposal proposals resume cv "
    "portfolio website site book books chapter chapters workshop workshops webinar "
    "webinars meetup meetups conference conferences event events session sessions meeting "
    "meetings coffee lunch lunches call calls interview interviews review reviews feedback "
    "request requests pr prs patch patches feature features release releases migration "
    "marathon race podcast video videos newsletter summary summaries roadmap playbook "
    "template templates library package module service services pipeline bootcamp "
    "training internship apprenticeship hackathon role position job offer raise bonus "
    "contract deal deals rotation schedule specification spec design document documents "
    "tutorial tutorials lesson lessons module modules mooc thesis dissertation portfolio "
    "repository repo script scripts pull commits commit story stories essay essays note "
    "notes retrospective one-on-one 1:1 standup page pages checklist process playbook "
    "survey test tests suite benchmark audit kata katas exercise exercises challenge "
    "challenges contribution contributions cover letter referral referrals reference "
    "references introduction introductions chapter transcript recording recordings "
    "vacation holiday leave salary promotion connections connection followers subscribers"
)
# Roles one can be promoted to or hired as.
ROLE_NOUNS: Final = words(
    "ceo cto cfo coo cio cpo ciso cmo president vp svp evp chairman chairwoman chair founder "
    "cofounder co-founder partner director head manager lead leader engineer developer "
    "architect analyst scientist designer consultant specialist principal staff senior "
    "junior associate supervisor officer owner coordinator administrator admin "
    "representative rep executive strategist researcher professor lecturer teacher "
    "instructor trainer coach mentor editor writer accountant auditor nurse physician "
    "tester sre devops pm po scrum master superintendent foreman captain steward "
    "ambassador champion advocate chapter chef cook carer paramedic midwife pharmacist "
    "technician electrician plumber surveyor solicitor lawyer barrister clerk receptionist "
    "therapist physiotherapist physio counsellor counselor practitioner millionaire billionaire "
    "bookkeeper assistant cleaner driver caretaker porter cashier barista waiter apprentice "
    "trainee intern sergeant inspector constable corporal lieutenant commander matron registrar"
)
# Roles where a jump within weeks is out of reach for nearly everyone.
EXECUTIVE_ROLES: Final = words(
    "ceo cto cfo coo cio cpo ciso cmo president chairman chairwoman billionaire millionaire partner"
)
# Demanding feats that need months of build-up.
ENDURANCE_FEATS: Final = words(
    "marathon marathons ultramarathon ultra triathlon triathlons ironman half-marathon everest"
)
# People one "finds" or "gets": acquiring them is not yet a verifiable deliverable.
# Adjectives of size, rank, quality or mode that say nothing of which thing: "a big project",
# "an online course".
QUALITY_WORDS: Final = words(
    "big small major minor short long main huge large little high low hard easy free full "
    "whole next last good nice great real solid proper quick basic simple online offline "
    "remote virtual live open fresh first side"
)
PEOPLE_NOUNS: Final = words(
    "mentor mentors sponsor sponsors coach coaches advisor adviser advisors ally allies "
    "friend friends champion champions buddy contact contacts people person"
)
# Verbs of looking after people over time, and the people: "coach the U12 team", "mentor a
# junior colleague" go on with no result to check once.
# Verbs of keeping something as it is: "protect our retention", "safeguard the income". Kept
# over a time, never done once, they measure nothing without a figure.
KEEPING_VERBS: Final = words("protect preserve safeguard sustain")
# General verbs of dealing with things: vague alone ("handle things better"), a task when
# their object is a counted set of things ("handle the 25 open complaints"), each dealt with.
# Not "work on" or "look into": they name effort or study, with no thing dealt with at the
# end ("work on" is the labelling rules' own example of a vague verb).
GENERAL_VERBS: Final = words("handle deal do take get sort clear")
# Verbs of measuring: as a participle before a preposition ("measured over December",
# "tracked across each sprint", "counted by the survey") they say how a figure is taken.
MEASURING_VERBS: Final = words(
    "measure track count average calculate compute time assess judge score monitor gauge "
    "rate evaluate benchmark tally total weigh survey sample"
)
# Verbs that better a quality of what they act on: "improve my 2 weakest services" betters
# two services, whose count says which ones, not how much better.
BETTERING_VERBS: Final = words("improve enhance better")
TENDING_VERBS: Final = words("coach mentor supervise manage support coordinate oversee tutor")
TENDED_NOUNS: Final = words(
    "team teams group squad department crew staff colleague colleagues trainee trainees "
    "graduate graduates student students pupil pupils intern interns apprentice apprentices "
    "volunteer volunteers drivers reports junior juniors newcomers starters"
)
# Heavy pieces of work and a generous cap on how many one person produces per week.
RATE_CAPS_PER_WEEK: Final = MappingProxyType(
    {
        "paper": 1.0, "papers": 1.0, "thesis": 0.1, "book": 3.0, "books": 3.0,
        "course": 2.0, "courses": 2.0, "certification": 1.0, "certifications": 1.0,
        "certificate": 1.0, "certificates": 1.0, "cert": 1.0, "certs": 1.0, "exam": 2.0,
        "exams": 2.0, "degree": 0.02, "degrees": 0.02, "marathon": 1.0, "marathons": 1.0,
        "talk": 5.0, "talks": 5.0, "article": 7.0, "articles": 7.0, "post": 14.0,
        "posts": 14.0, "language": 0.05, "languages": 0.05, "app": 2.0, "apps": 2.0,
        "chapter": 7.0, "chapters": 7.0, "module": 5.0, "modules": 5.0, "deal": 25.0,
        "deals": 25.0, "novel": 0.2, "novels": 0.2, "patent": 0.5,
        "patents": 0.5, "kg": 1.5, "kilos": 1.5, "kilograms": 1.5, "lb": 3.0, "lbs": 3.0,
        "pounds": 3.0,
    }
)  # fmt: skip
# Verbs of taking in what others wrote: their rate is a reader's, not a writer's.
READING_VERBS: Final = words("read reread skim listen watch")
# The most books or papers one reader takes in a week, kept up for weeks: a book is six to
# eight hours of reading, so five a week is 30-40 hours beside a working week. "Read 30 books
# by January" (3 a week) is a lot but within reach; "6 books every week" is not.
READING_CAP_PER_WEEK: Final = 5.0
# A paper, an article, a chapter or a post is an hour of reading or less, so the same 30-40
# hours a week go through about 35 of them: "read 10 papers this week for my literature
# review" is ordinary; the cap above is for books, novels and theses.
SHORT_READING_CAP_PER_WEEK: Final = 35.0
LONG_WORKS: Final = words("book books novel novels thesis theses")
# Verbs of things changing hands: their counts rest on buyers and stock, not on one maker.
TRADE_VERBS: Final = words("sell resell buy stock order lend ship donate swap")
# Natural languages (for "fluent in Spanish" and "learn Spanish").
LANGUAGES: Final = words(
    "spanish french german italian portuguese mandarin chinese cantonese japanese korean "
    "arabic russian hindi dutch swedish norwegian danish finnish polish turkish greek "
    "hebrew vietnamese thai indonesian swahili urdu bengali punjabi tamil czech hungarian "
    "romanian ukrainian persian farsi catalan tagalog"
)

# --- vagueness -----------------------------------------------------------------------------

# Comparatives that need a figure behind them ("read more books").
COMPARATIVES: Final = words(
    "more less fewer better worse greater stronger bigger higher lower faster quicker "
    "healthier happier smarter sharper clearer deeper broader wider closer calmer "
    "larger smaller longer shorter"
)
# Quantifiers that say "some amount" without saying how much.
VAGUE_QUANTIFIERS: Final = words(
    "some several few many lots lot plenty various numerous multiple enough bunch "
    "handful couple whatever"
)
# States and feelings that are not measures.
VAGUE_STATES: Final = words(
    "fluent fluently confident confidently comfortable comfortably better good great "
    "proficient proficiency expert experts mastery excellent strong stronger effective "
    "effectively efficient efficiently successful successfully happy happier healthy "
    "healthier knowledgeable familiar savvy polished visible influential "
    "impactful competent skilled skillful well fit balanced organized organised productive "
    "present approachable respected known recognized recognised relaxed calm calmer "
    "engaged resilient performing high-performing world-class seen viewed perceived regarded "
    "valued appreciated supported heard included empowered motivated right properly smoothly "
    "nicely"
)
# How others think of someone, which no one can tick off: a state to become ("become a famous
# designer"), where a thing so described is still a thing ("visit the famous orchid show").
REPUTATION_WORDS: Final = words("famous renowned celebrated admired trusted reputable acclaimed")
# The writer's own body after a verb of finding, getting or keeping ("find my feet", "get my
# head around", "find my voice"): an idiom for a state, not a thing acted on; "stretch my
# hamstrings" or "rest my knee" act on the body itself.
OWN_BODY_NOUNS: Final = words("head feet foot voice hands heart mind stride")
BODY_IDIOM_VERBS: Final = words("find get keep lose put set have")
# Pronouns that stand for a thing or a person not named: "sketch something", "ask someone".
INDEFINITE_PRONOUNS: Final = words("something anything everything someone somebody anyone anybody")
# Things one cannot measure as such ("some cloud stuff").
VAGUE_NOUNS: Final = words(
    "stuff things something anything everything someone somebody anyone anybody others"
)

# --- achievability -------------------------------------------------------------------------

PERFECTION_WORDS: Final = words("perfect perfectly flawless flawlessly flawlessness perfection")
FAILURE_WORDS: Final = words(
    "mistake mistakes error errors fail fails failure failures miss misses wrong late "
    "forget forgets slip slips criticism complaint complaints typo typos bug bugs defect "
    "defects tired stressed negative bad sick angry upset disappointed"
)
# Unbounded domains: "every language there is".
UNBOUNDED_NOUNS: Final = words(
    "language languages programming technology technologies framework frameworks tool tools "
    "skill skills subject subjects topic topics certification certifications book books "
    "field fields country countries instrument instruments sport sports discipline "
    "disciplines library libraries"
)
MASTERY_WORDS: Final = words(
    "master masters mastering mastered mastery fluent fluently fluency expert experts "
    "native proficient proficiency bilingual"
)
NOVICE_CUES: Final = (
    ("never", "before"),
    ("from", "scratch"),
    ("from", "zero"),
    ("from", "nothing"),
    ("no", "training"),
    ("from", "couch"),
    ("without", "training"),
    ("no", "experience"),
    ("zero", "experience"),
    ("complete", "beginner"),
    ("total", "beginner"),
    ("absolute", "beginner"),
)
SUPERLATIVE_SCOPES: Final = (
    ("in", "the", "world"),
    ("on", "the", "planet"),
    ("in", "the", "universe"),
    ("in", "the", "country"),
    ("in", "the", "nation"),
    ("on", "earth"),
    ("of", "all", "time"),
    ("in", "history"),
    ("ever",),
    ("in", "existence"),
    ("there", "is"),
    ("there", "are"),
    ("history",),
)
# The last words of the scopes above that say a thing exists ("there is", "there are"):
# a place or a set after them narrows what they cover ("every bug there is in the module").
EXISTENCE_WORDS: Final = words("is are")

# --- relevance -----------------------------------------------------------------------------

# Phrases that introduce why the goal matters.
RATIONALE_PHRASES: Final = (
    ("so", "that"),
    ("so", "i"),
    ("so", "we"),
    ("so", "my"),
    ("so", "our"),
    ("so", "the"),
    ("in", "order", "to"),
    ("in", "order", "for"),
    ("because",),
    ("as", "part", "of"),
    ("which", "will"),
    ("which", "would"),
    ("which", "helps"),
    ("that", "will", "help"),
    ("this", "will"),
    ("this", "would"),
    ("it", "will", "help"),
    ("will", "help", "me"),
    ("will", "help", "us"),
    ("helps", "me"),
    ("that", "gives", "me"),
    ("that", "gives", "us"),
    ("which", "gives", "me"),
    ("that", "lets", "me"),
    ("that", "helps", "me"),
    ("that", "prepares", "me"),
    ("needed", "for"),
    ("required", "for"),
    ("important", "for"),
    ("essential", "for"),
    ("key", "to"),
    ("a", "step", "toward"),
    ("a", "step", "towards"),
    ("toward", "my"),
    ("towards", "my"),
    ("aligned", "with"),
    ("in", "support", "of"),
    ("qualify", "for"),
    ("in", "preparation", "for"),
    ("ahead", "of", "my"),
)
# Nouns of a career aim ("... for my promotion case").
CAREER_AIM_NOUNS: Final = words("promotion promotions")

# --- function words ------------------------------------------------------------------------

# Whose a thing is: the writer's ("my", "our") or a person's the goal speaks of ("his", "her",
# "their"; not "its", a thing's, nor "your", the reader's).
FIRST_PERSON_POSSESSIVES: Final = words("my our")
THIRD_PERSON_POSSESSIVES: Final = words("his her their")
# Determiners that pick out one known thing: "the December payroll", "our March board pack",
# "in their industry".
ONE_THING_DETERMINERS: Final = FIRST_PERSON_POSSESSIVES | {"their", "the", "this"}
DETERMINERS_DEFINITE: Final = (
    FIRST_PERSON_POSSESSIVES
    | THIRD_PERSON_POSSESSIVES
    | words("the your its this that these those team's company's")
)
DETERMINERS_INDEFINITE: Final = words("a an any another")
PREPOSITIONS: Final = words(
    "at in on of for with from to by about into onto over under within without through "
    "during before after between among across toward towards per via than like as until "
    "upon around behind beyond against along re"
)
CONJUNCTIONS: Final = words("and or but nor yet so while whereas then")
# Pronouns that stand as the subject of a clause about people: "we had 14", "I managed".
PERSONAL_SUBJECTS: Final = words("i we they he she you")
PRONOUNS: Final = words(
    "i me my mine we us our ours you your he him his she her they them their it its "
    "myself ourselves someone everyone everybody others other"
)
# Lower-case words that are never proper names even when capitalized (for the name cue).
NOT_NAMES: Final = words(
    "i i'm i'll i'd i've a an the my our and or to by in on of for with at from goal "
    "goals objective smart ok"
)

# Nouns of a measured quantity: "monthly recurring revenue" is a metric, not a cadence.
METRIC_NOUNS: Final = words(
    "revenue sales income budget spend spending cost costs quota target targets rate average "
    "volume salary pay users active recurring visitors traffic churn profit margin usage "
    "hours working output"
)
# Acronyms that name a measure: the number after one is its value ("NPS 60", "CSAT 4.5").
METRIC_ACRONYMS: Final = words(
    "kpi kpis nps csat sla gpa roi aht fcr mrr arr ltv cac bmi wpm eps ebitda okr "
    "ces enps dso dpo oee otif mttr"
)
# Kinds of event that are specific with "a": "run a half marathon", "finish a 10k".
SPECIFIC_KINDS: Final = words(
    "marathon half-marathon ultramarathon triathlon ironman duathlon 5k 10k century"
)
# Units a number measures in (the next word after the number).
MEASURE_UNITS: Final = words(
    "km kms kilometers kilometres mi mile miles m meters metres kg kgs kilos kilograms lb lbs "
    "pounds steps liters litres l ml glasses cups calories kcal points pts stars reps sets "
    "pages words lines stone stones ms gb mb tb kb gbps mbps fps rpm ppm px"
)
# Verbs whose "to" is a preposition: "go to events", "contribute to open source".
PREP_TO_VERBS: Final = words(
    "go goes going went come travel walk walking cycle cycling ride riding drive driving "
    "commute commuting run running fly flying move moving switch talk talking speak speaking "
    "listen listening contribute contributing apply applying reply replying respond "
    "responding commit committing add adding present presenting report reporting write "
    "writing send sending send introduce introducing relocate relocating return returning "
    "get getting stick sticking adapt adapting transition transitioning pivot pivoting "
    "promoted promote back close closer due related access exposure"
)
# Verbs that often open a purpose clause besides the ones above ("to free up time").
PURPOSE_VERBS: Final = words(
    "free staff ensure make keep give show demonstrate prove gain reach open unlock position "
    "avoid save serve cover meet match fill unblock enable empower speed accelerate shorten "
    "retain attract sell stay catch feel set pay fund afford prepare qualify inspire motivate "
    "spread round complement align represent stand compete establish adopt recharge "
    "reconnect unwind recover decompress balance boost stand-out contribute raise see hear "
    "find become be have get handle deal cope remain grow build support help understand "
    "learn lead manage protect reduce lower cut increase improve strengthen broaden deepen "
    "expand teach share create deliver ship launch earn win land secure move switch pivot "
    "transition step apply stop start continue practice track measure impress convince "
    "justify earn"
)

# Superlatives: like comparatives, they need a figure ("the youngest VP ever").
SUPERLATIVES: Final = words(
    "best greatest top youngest fastest biggest highest richest smartest strongest most "
    "leading finest"
)
# Plural nouns that say "how many times" before "a week": "three days a week".
PER_PERIOD_NOUNS: Final = words(
    "times days nights mornings evenings afternoons workdays weekdays sessions lunches shifts"
)
