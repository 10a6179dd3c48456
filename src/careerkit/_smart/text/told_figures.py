"""A figure told as how things are or were ("we have 42 pickers", "currently about 6 a month",
"the 52 seconds I managed"), not as the goal's target; and the clause that tells it."""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import TIME_BOUNDS, QuantityFact
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.situation import _BE, _figure_at
from careerkit._smart.text.subjects import _subject_speaks
from careerkit._smart.text.tense import past_form
from careerkit._smart.text.tokens import _Doc, lemma

_CLAUSE_EDGES = lx.CLAUSE_EDGES
# Words that open a statement's subject: "Our NPS is 22", "The nightly run takes 3 hours".
_STATEMENT_SUBJECTS = frozenset(
    {"my", "our", "the", "their", "his", "her", "its", "this", "these", "we", "they", "it"}
    | {"he", "she", "i", "last", "having"}
)
# Words that make a clause a wish, a condition or a result, not a statement of how things
# are: "so that waits are under 10 minutes", "make sure uptime is 99.9%".
_NOT_A_STATEMENT = (
    lx.MODALS
    | lx.INTENT
    | (lx.GOAL_WORDS - {"resolution"})  # "first-contact resolution" is a metric's name
    | {"to", "that", "so", "sure", "until", "till", "once", "when", "if", "where", "whether"}
    | {"success", "measure", "kpi"}
)
# Words that tell a figure is how things are or were: "(currently 6 a month)", "92% last year".
_THEN_WORDS = frozenset({"currently", "presently", "now", "last", "previously", "baseline"})


def told_as_situation(c: Clause, q: QuantityFact) -> bool:
    """A figure told as how things are or were, not the result wanted: one in a statement
    ("Our first-contact resolution is 61%", "the ETL takes 3 hours", "last year we had 50,000
    visitors", "having hit 80% of quota") or in brackets marked as now or then ("(currently
    about 6 a month)", "(92% last year)"). A statement with a deadline of its own states the
    result wanted ("churn is under 5% by Q3")."""
    d = c.d
    i = bisect_left(d.st, q.span[0])
    lo = _clause_start(d, i)[0]
    if d.at[lo - 1] == "(":
        if any(d.digit_first[k] for k in range(max(0, lo - 5), lo - 1)):
            return False  # "in 5 working days (currently 9)": the before of a before/after
        hi = i
        while hi < min(d.n, i + 10) and d.low[hi] not in _CLAUSE_EDGES:
            hi += 1
        return not _THEN_WORDS.isdisjoint(d.low[lo:hi]) or _placed_so_far(d, lo, hi)
    j = bisect_left(d.st, q.span[1])
    if (
        not _SO_FAR_WORDS.isdisjoint(d.vocab)  # the cheap test first: most goals have none
        and (lo > 0 or _goal_follows(d, j))
        and _placed_so_far(d, lo, _clause_end(d, j))
        and not any(t.kind in TIME_BOUNDS and lo <= t.i for t in c.ctx.times)
    ):
        return True  # "...; I can bench 60 kg now", "I've done 2 so far, and I want ..."
    if d.at[j] == "last" and d.at[j + 1] in lx.PERIOD_WORDS:
        return True  # "92% last year"
    if _after_goal_label(d, lo):
        return False  # "Success measure: the clinic sees 30 patients a day": the target
    if d.at[i - 1] in lx.LIMIT_WORDS or (d.at[i - 2], d.at[i - 1]) in _BOUND_PAIRS:
        return False  # "wait times are under 5 minutes": a limit, which a target sets
    if _told_as_past(d, lo, j, q.explicit) and not _object_of_action(c, i):
        return True
    if i - lo > 8 or not _NOT_A_STATEMENT.isdisjoint(d.low[lo:i]):
        return False  # too far from a subject, or a wish or a condition
    if lo == i and lo > 0 and _figure_is_subject(d, j):
        return True  # "... - 120 drops/day is what the fastest driver does"
    if _subject_opens(d, lo):
        if _past_statement(d, lo, i):
            return True
        stated = _statement(d, lo, i)
    else:
        stated = False  # no subject opens a statement before the figure ("Give 12 talks")
    # "...; I'm on 140kg", "... - we sit on 4.1 stars": the writer says how things are now,
    # after the goal or before one ("I'm working 50 hours a week so I need to delegate"); a
    # first clause in the present alone ("I'm running 3 times a week") is the goal
    now = _said_of_now(d, lo, i) and (lo > 0 or _goal_follows(d, j))  # the cheap test first
    return (stated or now) and not any(
        t.kind in TIME_BOUNDS and lo <= t.i < j + 8 for t in c.ctx.times
    )


# Words that place what a clause says at or before now: "now", "already", "so far", "to date".
_SO_FAR_WORDS = frozenset({"now", "already", "far", "date"})


def in_quoted_question(d: _Doc, quoted: frozenset[int], q: QuantityFact) -> bool:
    """The figure ``q`` sits in words in quotes that end in a question mark ("My manager
    asked, 'can we cut costs by 10%?'"): a question someone put, not the result wanted. The walk
    to the closing quote looks at most 30 words on."""
    i = bisect_left(d.st, q.span[0])
    if i not in quoted:
        return False
    k = i
    while k + 1 in quoted and k < i + 30:
        k += 1
    return d.at[k] == "?"


def _clause_end(d: _Doc, j: int) -> int:
    """Where the clause that goes on at ``j`` ends: a clause edge, at most eight words on."""
    hi = j
    while hi < min(d.n, j + 8) and d.low[hi] not in _CLAUSE_EDGES:
        hi += 1
    return hi


def _placed_so_far(d: _Doc, lo: int, hi: int) -> bool:
    """A word in ``lo:hi`` places what the clause says at or before now, whatever its verb ("I
    can bench 60 kg now", "I've made 2 commits so far", "12 sold to date", "we already have
    40"); not a start ("from now on") nor a state kept ("up to date")."""
    for k in range(lo, hi):
        w = d.low[k]
        if w not in _SO_FAR_WORDS:
            continue
        if w == "already":
            return True
        if (
            w == "now"
            and d.at[k - 1] not in ("from", "until", "till", "by")
            and d.at[k + 1] != "on"
        ):
            return True
        if w == "far" and d.at[k - 1] == "so":
            return True
        if w == "date" and d.at[k - 1] == "to" and d.at[k - 2] != "up":
            return True
    return False


def _clause_start(d: _Doc, i: int) -> tuple[int, bool]:
    """Where the clause holding the token at ``i`` starts, and whether a clause edge, a dash or
    a join with a subject of its own ("..., and I weigh 82kg") ends it there. A statement's
    subject and verb are a few words long: the walk looks no further back than ten words."""
    low = d.low
    lo = i
    floor = max(0, i - 10)
    while lo > floor:
        w = low[lo - 1]
        if w in _WALK_CHECKS:  # most words are none of these: one set test passes them
            if w in _CLAUSE_EDGES or _dash(d, lo - 1):
                return lo, True
            if w in ("and", "but") and low[lo] in _CLAUSE_SUBJECTS:
                return lo, True
        lo -= 1
    return lo, False


def in_told_clause(c: Clause, k: int) -> bool:
    """The word at ``k`` sits in a clause after the goal's own that tells how things are or
    were: "most" in "Raise attendance by Easter; it's 12 families most weeks", "fewer" in
    "Hire 2 porters by May - we had fewer last winter". Its comparatives and states describe
    that situation, not the result the goal reaches for."""
    d = c.d
    low = d.low
    lo, edge = _clause_start(d, k)
    # The goal's own clause, a bracket or a label ("Target: most ...") is not a statement.
    if not edge or lo <= c.main or d.at[lo - 1] == "(" or _after_goal_label(d, lo):
        return False
    if not _NOT_A_STATEMENT.isdisjoint(low[lo:k]) or not _subject_opens(d, lo):
        return False
    stated = _past_statement(d, lo, k) or _statement(d, lo, k) or _said_of_now(d, lo, k)
    return stated and not any(t.kind in TIME_BOUNDS and lo <= t.i < k + 8 for t in c.ctx.times)


# A limit of two words before a figure (one word: lx.LIMIT_WORDS): "at least 90%", "no more
# than 2".
_BOUND_PAIRS = frozenset(
    {("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("more", "than")}
    | {("no", "more"), ("no", "fewer"), ("no", "less")}
)
# Words of a label that introduces the result wanted: "Target:", "Success measure -", "KR2:".
_GOAL_LABELS = lx.GOAL_WORDS | lx.DEFINITION_WORDS | {"kpi", "measure", "metric", "kr", "okr"}


def _after_goal_label(d: _Doc, lo: int) -> bool:
    """The clause at ``lo`` follows a label naming the result wanted ("Target:", "Success
    measure -", "KR2:"): what it states is the target, not the situation."""
    if d.at[lo - 1] not in (":", "-", "–", "—"):
        return False
    return any(
        d.low[k] in _GOAL_LABELS or d.low[k].rstrip("0123456789") in _GOAL_LABELS
        for k in range(max(0, lo - 4), lo - 1)
    )


def _figure_is_subject(d: _Doc, j: int) -> bool:
    """The figure that ends before ``j`` opens a later clause as the subject of "be", and the
    clause holds no wish, goal word or time: "120 drops/day is what the fastest driver does",
    "9 hours is the norm here" (but "15 a week is the target", "30 is what I want")."""
    if d.at[j] in ("/", "a", "an", "per", "each", "every"):
        j += 2  # the period of a rate: "/day", "a week"
    if d.at[j] not in ("is", "are", "was", "were"):
        return False
    hi = j + 1
    while hi < min(d.n, j + 12) and d.low[hi] not in _CLAUSE_EDGES:
        hi += 1
    return _NOT_A_STATEMENT.isdisjoint(d.low[j:hi]) and not any(
        d.digit_first[k] for k in range(j, hi)
    )


def _goal_follows(d: _Doc, j: int) -> bool:
    """Later in the sentence, from ``j``, the writer states a goal of their own: "so I need to
    delegate more", "and I want to get to 7"."""
    stop = min(d.n, j + 15)
    for k in range(j, stop):
        w = d.low[k]
        if w in lx.SENTENCE_END:
            return False
        if _subject_speaks(d, k, _PRESENT_SUBJECTS):
            return True
    return False


def _dash(d: _Doc, k: int) -> bool:
    """A hyphen with a space on each side at ``k``: a dash between two clauses."""
    return d.at[k] == "-" and not d.glued[k] and not d.glued[k + 1]


# A subject and "be" in one word: "I'm on 140kg", "it's 14.2", "we're at 61%".
_SUBJECT_BE = frozenset({"i'm", "it's", "we're", "they're", "that's", "there's", "he's", "she's"})
# The writer and those with them as the subject of a verb in the present: "we sit on 4.1".
_PRESENT_SUBJECTS = frozenset({"i", "we", "they"})


def _said_of_now(d: _Doc, lo: int, i: int) -> bool:
    """``lo:i`` is the writer saying how things are, in the present: a subject joined to
    "be" ("I'm only shifting", "it's"), "there are", or "I"/"we" and the verb in action
    position after it ("we sit on", "I weigh"); the caller has checked that nothing in it makes
    it a wish."""
    w = d.low[lo]
    if w in _SUBJECT_BE:
        return True
    if w == "there":
        return d.at[lo + 1] in _BE
    if w not in _PRESENT_SUBJECTS:
        return False
    k = lo + 1
    if d.at[k] in lx.ADVERBS or d.at[k] in _NOW_ADVERBS:
        k += 1  # "we currently sit on", "I still weigh"
    return k < i and d.raw[k].isalpha() and d.at[k] not in lx.MODALS


# Subjects that open a clause of their own after "and" or "but".
_CLAUSE_SUBJECTS = _SUBJECT_BE | _PRESENT_SUBJECTS | {"there", "it"}
# Adverbs of now or of habit between a subject and its verb: "we currently sit on".
_NOW_ADVERBS = frozenset({"currently", "presently", "only", "usually", "normally", "still"})
# The words at which the walk back to a statement's subject may stop: an edge, a dash, a join.
_WALK_CHECKS = _CLAUSE_EDGES | {"-", "and", "but"}


def _statement(d: _Doc, lo: int, i: int) -> bool:
    """``lo:i`` is a subject and a finite verb in the present, with nothing that makes it a
    wish or a condition: "Our NPS is", "The nightly ETL takes", "My client weighs". The caller
    has checked that a subject opens ``lo:i`` and no wish or condition is in it."""
    for k in range(lo + 1, i):
        w = d.low[k]
        if w in _BE:
            return True
        if (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is"))
            and (lemma(w) in lx.VERBS or (_figure_at(d, k + 1) and not d.low[k - 1].endswith("s")))
            and d.low[lo] not in ("i", "we")
            and d.at[k - 1] not in lx.DETERMINERS
            and d.at[k - 1].isalpha()
        ):
            # "the ETL takes", "my client weighs": a verb after a singular subject, or a
            # word in "-s" right before the figure after one
            return True
    return False


def _past_statement(d: _Doc, lo: int, i: int) -> bool:
    """``lo:i`` tells what was: "Last year we had", "Having hit", "we scored" (a subject opening
    it, checked by the caller)."""
    if d.low[lo] == "having":
        return True
    for k in range(lo + 1, i):
        if d.at[k - 1] in lx.DETERMINERS:
            continue  # "a combined 40%": a past form as an adjective
        if past_form(d, k):
            return True
    return False


def _object_of_action(c: Clause, i: int) -> bool:
    """The figure at ``i`` is what the action acts on, after its determiner: "beat the 42 we
    served", "keep up the 30 a month I did" take the level that was as the one to reach."""
    after = c.after
    return (
        c.verb is not None
        and after <= i
        and all(c.d.at[m] in lx.DETERMINERS or c.d.at[m] in lx.PARTICLES for m in range(after, i))
    )


def _told_as_past(d: _Doc, lo: int, j: int, explicit: bool) -> bool:
    """The figure ending before ``j``, in the clause from ``lo``, is told as what was: a later
    clause opens with a verb in the past ("..., lost £2k on the Elm Rd job"), or a clause of
    the past right after a written figure describes it ("the 18 a month I managed last
    year"; the period of a rate goes with its count)."""
    if opens_past_note(d, lo):
        return True
    if not explicit:
        return False
    k = j
    if d.at[k] in ("a", "an", "per") and d.at[k + 1] in _RATE_PERIODS:
        k += 2  # "18 a month I managed": past the rate's period
    if d.at[k] in ("that", "which"):
        k += 1
    return d.at[k] in lx.PERSONAL_SUBJECTS and k + 1 < d.n and past_form(d, k + 1)


def opens_past_note(d: _Doc, k: int) -> bool:
    """A clause after the first opens at ``k`` with a verb in the past and no subject: a note
    of what happened ("...; lost £2k on the Elm Rd job", "... - overran by 3 weeks"), not an
    action to take."""
    return k > 0 and d.at[k - 1] in _PAST_NOTE_EDGES and past_form(d, k)


# Marks after which a note of what happened starts ("...; lost £2k", "... – overran by 3 weeks").
_PAST_NOTE_EDGES = frozenset({";", "-", "–", "—", ".", ":"})
# The periods of a rate told with its count: "18 a month", "6 a shift".
_RATE_PERIODS = lx.CALENDAR_NOUNS | {"shift", "night"}


def _subject_opens(d: _Doc, lo: int) -> bool:
    """The clause at ``lo`` opens with a subject, not an action: "Our NPS", "NPS", "we".
    Unlike ``_subject_at``, nothing before the subject is passed: only the clause's first
    word is read."""
    w = d.low[lo]
    if w in _STATEMENT_SUBJECTS or w in _SUBJECT_BE or w == "there":
        return True  # "Our NPS", "we", "it's", "there are"
    return d.raw[lo][:1].isupper() and lemma(w) not in lx.VERBS and w.isalpha()
