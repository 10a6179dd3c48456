"""M: whether the clause carries a figure or a one-off deliverable to check.

The stage of :func:`careerkit._smart.text.action.read_clause` that decides M, reporting why
not (M001-M003, M005, M006) to the clause's ``issue``.
"""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _subject_speaks
from careerkit._smart.text.facts import QuantityFact
from careerkit._smart.text.objects import _measure_example
from careerkit._smart.text.quantities import judged_by_writer
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.tokens import _Doc, lemma

# Vague and learning verbs whose frequency alone measures nothing ("improve weekly").
_FREQUENCY_NOT_MEASURE = frozenset(
    {
        "improve",
        "understand",
        "know",
        "be",
        "learn",
        "master",
        "explore",
        "think",
        "consider",
        "feel",
        "focus",
        "get",
        "work",
        "develop",
        "enhance",
        "grow",
        "help",
        "take",
        "network",
        "do",
        "support",
        "build",
        "study",
        "try",
    }
)


# Verbs of moving into another field of work, and the objects that name no field.
_MOVE_VERBS = frozenset({"move", "transition", "pivot", "switch", "transfer", "step"})
_OPEN_FIELDS = frozenset({"area", "field", "role", "job", "something", "position", "direction"})
# "be on the register", "be in the squad", "be onto the panel": a place in a named body.
_MEMBER_PREPOSITIONS = frozenset({"on", "in", "onto", "into"})


def _measurable(c: Clause) -> tuple[bool, str | None]:
    """M for the clause and the deliverable it names; findings go to ``c.issue``."""
    d = c.d
    low = d.low
    main, g_hi, verb, verb_class = c.main, c.g_hi, c.verb, c.verb_class
    figure = c.figure
    comparatives, vague_states, vague_q = c.comparatives, c.vague_states, c.vague_q
    rules = c.ctx.rules
    measure_q = [
        q
        for q in c.goal_q
        if (q.kind != "frequency" or verb_class not in ("state",))
        and q not in c.described
        and not _rate_of(c.d.text, q, c.described)
    ]
    if verb_class == "state" and (comparatives or vague_states) and not figure:
        measure_q = []
    # "do an audition every fortnight", "have a 1:1 every week": a light verb and one concrete
    # thing name a task, and how often it is done is counted
    light_task = light_verb_task(c) and not c.abstract_obj
    if verb_class in ("vague", "learning") and not figure and not light_task:
        measure_q = (
            [q for q in measure_q if q.kind != "frequency"]
            if verb in _FREQUENCY_NOT_MEASURE
            else measure_q
        )
    if not rules.frequency_is_measure:
        measure_q = [q for q in measure_q if q.kind != "frequency" or q.explicit]
    # "check in with my skip-level regularly": repeated with no count, not a one-off result.
    # Said before the action too: "Regularly back up the NAS", "I will often call ...".
    repeated = (
        not lx.VAGUE_FREQUENCY.isdisjoint(low[main:g_hi]) or _often_before(c) or _often_thing(c)
    )
    # "run usability tests through Q1", "write blog posts throughout 2027", "file pieces,
    # starting in Q1": things with no count, done over a stretch of time or from a start with
    # no end, are repeated too
    repeated = repeated or (_bare_plural(c) and (_over_a_span(c) or _from_a_start(c)))
    # "Coach our U12 girls' team": looking after people goes on, with no result done once.
    tending = verb in lx.TENDING_VERBS and c.head in lx.TENDED_NOUNS
    # "protect the gift aid income": kept as it is over a time, not a result done once
    keeping = verb in lx.KEEPING_VERBS
    completion = (
        c.deliverable_ok
        and rules.completion_is_measure
        and not repeated
        and not tending
        and not keeping
        and not c.ongoing  # "start shadowing the rota": begun, never done once
        and not _says_what_is(c)  # "there are 1,500 in the strongroom": no action at all
        and not _direction_only(c)  # "climb from Diamond 2 towards Immortal": no end reached
        and not _predicate_state(c)  # "be ready for band 6": a state to be in, not a result
    )
    # "a level 3 barista in my own view": a result only the writer judges is not checked
    own_view = judged_by_writer(d) or _felt_by_writer(c)
    # "be on the Law Society panel", "be in the county squad": a place in a named body, held
    # or not, like a role
    member = (
        verb_class == "state"
        and verb == "be"
        and d.at[c.after] in _MEMBER_PREPOSITIONS
        and c.named
        and not comparatives
        and not vague_states
        and not repeated
    )
    # "CIPS Level 4 diploma: pass it by autumn": the pronoun stands for the named thing in
    # the label before the action, a result to check
    labelled = (
        c.pronoun_obj
        and verb_class == "deliverable"
        and _named_label(c)
        and not repeated
        and not c.ongoing
    )
    # "move into sales", "transition into nursing": a change of field, done or not, like a role
    field_move = (
        verb in _MOVE_VERBS
        and d.at[c.after] in ("into", "to")
        and c.head not in _OPEN_FIELDS
        and c.head.isalpha()
        and not comparatives
        and not vague_states
        and not vague_q
        and not c.abstract_obj
    )
    m_met = (
        bool(measure_q)
        or member
        or field_move
        or labelled
        or (completion and not comparatives and own_view is None)
        or (c.role_target and own_view is None)
        or rules.has_metric
        or c.zero_target
        or (c.negated and _not_a_single(c))
        or c.turnaround
    )
    if verb_class == "promotion" and not c.role_target and not figure:
        m_met = False
    deliverable: str | None = None
    if m_met and verb is not None and verb_class not in ("vague", "learning", "state"):
        deliverable = d.slice(main, max(c.obj_hi, main + 1)).rstrip(" ,;:-")
    elif m_met and verb is None and c.artifact:
        deliverable = d.slice(main, g_hi) if g_hi > main else None
    if deliverable is not None and verb_class == "change":
        deliverable = None
    if not m_met:
        # "on top of" is a state but not a word to quote as one
        states = [
            k
            for k in vague_states
            if k > main and low[k] != "top" and (d.at[k - 1], low[k]) not in lx.STATE_PHRASES
        ] or [k for k in range(main, g_hi) if low[k] in ("fluently", "fluent")]
        if states:
            k0 = states[0]
            lo0 = k0
            while lo0 >= 2 and d.at[lo0 - 1] == "-" and d.glued[lo0] and d.glued[lo0 - 1]:
                lo0 -= 2  # "world-class", "eye-catching": the whole compound
            c.issue("M002", d.span(lo0, k0 + 1), d.slice(lo0, k0 + 1))  # "world-class"
        elif vague_q or any(low[c0] in lx.AMOUNT_COMPARATIVES for c0 in comparatives):
            # An amount ("more", "some"); "steadier" or "better" is a quality, not an amount.
            k0 = (vague_q + [c0 for c0 in comparatives if low[c0] in lx.AMOUNT_COMPARATIVES])[0]
            c.issue("M003", d.span(k0, k0 + 1), d.slice(k0, k0 + 1))
        if own_view is not None and not measure_q:
            # "a level 3 barista in my own view": there may be a figure, but the writer is the
            # only judge of it
            c.issue("M006", d.span(*own_view), d.slice(*own_view))
            return m_met, deliverable
        # "Our NPS is 22", "Our wait times are 40 minutes; fix that": the figure in the goal
        # or in a sentence of its own tells how things are
        told = [
            q for q in (*c.described, *c.ctx.quantities) if q.explicit and told_as_situation(c, q)
        ][:1]
        if told:
            # "Our NPS is 22": there is a figure, but it is the starting point, not a target
            q0 = told[0]
            span = q0.span
            rate = [r for r in c.ctx.cadence_q if _rate_of(d.text, r, [q0])]
            if rate:
                span = (span[0], rate[0].span[1])  # "'12 families a week' tells how things are"
            c.issue("M005", span, d.text[span[0] : span[1]])
            return m_met, deliverable
        c.issue(
            "M001",
            c.goal_span,
            *_measure_example(verb if verb_class == "deliverable" else None, c.head),
        )
    return m_met, deliverable


def _rate_of(text: str, q: QuantityFact, described: list[QuantityFact]) -> bool:
    """``q`` is the period of a rate whose count tells how things are ("I'm doing 11 a
    shift", "we sell 5 rings a month"): "a shift" goes with "11" and measures nothing alone."""
    if q.kind != "frequency" or q.explicit or not described:
        return False
    start = q.span[0]
    return any(
        0 <= start - o.span[1] <= 1 and not text[o.span[1] : start].strip() for o in described
    )


_CLAUSE_EDGES = lx.CLAUSE_EDGES
# Words that open a statement's subject: "Our NPS is 22", "The nightly run takes 3 hours".
_STATEMENT_SUBJECTS = frozenset(
    {"my", "our", "the", "their", "his", "her", "its", "this", "these", "we", "they", "it"}
    | {"he", "she", "i", "last", "having"}
)
# Forms of "be": a figure after one says what something is.
_BE = frozenset({"is", "are", "was", "were", "am", "i'm", "we're", "it's", "they're"})
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
        return not _THEN_WORDS.isdisjoint(d.low[lo:hi])
    j = bisect_left(d.st, q.span[1])
    if d.at[j] == "last" and d.at[j + 1] in lx.PERIOD_WORDS:
        return True  # "92% last year"
    if _after_goal_label(d, lo):
        return False  # "Success measure: the clinic sees 30 patients a day": the target
    if d.at[i - 1] in lx.LIMIT_WORDS or (d.at[i - 2], d.at[i - 1]) in _BOUND_PAIRS:
        return False  # "wait times are under 5 minutes": a limit, which a target sets
    if i - lo > 8 or not _NOT_A_STATEMENT.isdisjoint(d.low[lo:i]):
        return False  # too far from a subject, or a wish or a condition
    if lo == i and lo > 0 and _figure_is_subject(d, j):
        return True  # "... - 120 drops/day is what the fastest driver does"
    if _subject_at(d, lo):
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
        t.kind in ("end", "window", "event") and lo <= t.i < j + 8 for t in c.ctx.times
    )


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
    if not _NOT_A_STATEMENT.isdisjoint(low[lo:k]) or not _subject_at(d, lo):
        return False
    stated = _past_statement(d, lo, k) or _statement(d, lo, k) or _said_of_now(d, lo, k)
    return stated and not any(
        t.kind in ("end", "window", "event") and lo <= t.i < k + 8 for t in c.ctx.times
    )


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


def light_verb_task(c: Clause) -> bool:
    """A light verb and the thing after it name a task: "do a 20-minute walk", "have a 1:1"."""
    return c.verb in lx.LIGHT_VERBS and c.d.at[c.after] in lx.DETERMINERS


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


# Prepositions that spread an action over a stretch of time: "through Q1", "during the pilot".
_SPAN_WORDS = frozenset({"through", "throughout", "thru", "during", "across"})


def _bare_plural(c: Clause) -> bool:
    """The object is a plural with no number or determiner: "moderated usability tests"."""
    d = c.d
    head = c.head
    return (
        len(head) > 3
        and head.endswith("s")
        and not head.endswith("ss")
        and c.obj_hi > c.obj_lo
        and d.at[c.obj_lo] not in lx.DETERMINERS
        and d.at[c.obj_lo] not in lx.POSSESSIVES
        and not any(d.digit_first[k] for k in range(c.obj_lo, c.obj_hi))
    )


# Verbs of the writer's own liking or feeling: "a job I actually like", "until I feel ready".
_FEELING_VERBS = frozenset({"like", "love", "enjoy", "feel"})
# Words after which "I ..." tells what the result must be or when it is reached: a noun the
# clause describes ("a job I like"), "that", "which", "until", "till".
_TEST_OPENERS = frozenset({"that", "which", "until", "till"})


def _felt_by_writer(c: Clause) -> tuple[int, int] | None:
    """Where the result is the writer's own liking or feeling ("find a job I actually like",
    "shadow a senior OT until I feel ready"): the tokens from "I" (or "until") to the feeling
    and the word it takes, which no one else can check; not a reason ("so that I feel")."""
    d = c.d
    if "i" not in d.low[c.after : min(c.g_hi, c.after + 12)]:
        return None  # no "I" after the action (looked for at C speed): most goals
    for k in range(c.after, min(c.g_hi, c.after + 12)):
        if d.low[k] != "i":
            continue
        v = k + 1
        if d.at[v] in lx.ADVERBS or (d.at[v].endswith("ly") and len(d.at[v]) > 4):
            v += 1  # "I actually like", "I really enjoy"
        if d.at[v] not in _FEELING_VERBS:
            continue
        prev = d.at[k - 1]
        if prev in _TEST_OPENERS and d.at[k - 2] not in ("so", "such"):
            lo = k - 1 if prev in ("until", "till") else k
        elif prev.isalpha() and prev not in lx.CONJUNCTIONS and prev not in lx.PREPOSITIONS:
            lo = k  # "a job I like": a clause describing the object
        else:
            continue
        hi = v + 2 if d.at[v] == "feel" and d.at[v + 1].isalpha() else v + 1
        return lo, hi
    return None


def _predicate_state(c: Clause) -> bool:
    """The word in action position follows "be" and is an adjective: "be ready for band 6";
    not a participle of a result done ("be certified", "be promoted") nor an action going on
    ("be leading the huddles")."""
    d = c.d
    if d.at[c.main - 1] != "be":
        return False
    w = d.low[c.main]
    return not (w.endswith(("ed", "en", "ing")) or w in lx.IRREGULAR_PARTICIPLES)


def _direction_only(c: Clause) -> bool:
    """The action goes from a start or towards an aim and reaches nothing it names: "climb
    from Diamond 2 towards Immortal", "head towards a lead role" (but "move from nights to
    days" ends somewhere)."""
    d = c.d
    if d.at[c.after] not in ("from", "towards", "toward"):
        return False
    low = d.low[c.after : c.g_hi]
    return "to" not in low and "into" not in low and "until" not in low


def _says_what_is(c: Clause) -> bool:
    """The clause opens with a subject and "be", not an action: "there are 1,500 in the
    strongroom", "it's 14.2"."""
    d = c.d
    w = d.low[c.main]
    return w in _SUBJECT_BE or (w in ("there", "it", "this", "that") and d.at[c.main + 1] in _BE)


def _often_before(c: Clause) -> bool:
    """A vague frequency in the words that lead up to the action in its own sentence
    ("Regularly back up the NAS", "We'll occasionally cover the desk"): the action is repeated
    with no count, as it is with the adverb after it. Reads at most 6 words back."""
    low = c.d.low
    k = c.main - 1
    while k >= max(0, c.main - 6) and low[k] not in lx.SENTENCE_MARKS:
        if low[k] in lx.VAGUE_FREQUENCY:
            return True
        k -= 1
    return False


# Adjectives of a vague frequency: "regular supervision", "frequent check-ins".
_OFTEN = frozenset({"regular", "frequent", "occasional", "periodic", "routine", "ongoing"})


def _often_thing(c: Clause) -> bool:
    """The object is said to come again and again with no count: "have regular supervision",
    "hold frequent check-ins"; not a thing someone has as a habit ("my regular clients")."""
    d = c.d
    k = c.obj_lo
    if d.at[k] in ("a", "an"):
        k += 1  # "a regular slot on the rota"
    return d.at[k] in _OFTEN and c.obj_hi > k + 1


def _from_a_start(c: Clause) -> bool:
    """The text says when the goal starts and never when it is done ("starting in Q1 2027",
    "from January on"): what it does goes on from then."""
    times = c.ctx.times
    return any(t.kind == "start" for t in times) and not any(
        t.kind in ("end", "window", "event") for t in times
    )


def _over_a_span(c: Clause) -> bool:
    """The clause spreads its action over a stretch of time: "through Q1 2027"."""
    return any(c.g_lo <= t.i < c.g_hi and c.d.low[t.i] in _SPAN_WORDS for t in c.ctx.times)


# Marks that end a label before the action: "CIPS Level 4: pass it", "ASE A6 - pass it".
_LABEL_ENDS = frozenset({":", "-", "–", "—"})


def _named_label(c: Clause) -> bool:
    """The goal opens with a label naming a thing ("EV Level 3 qualification:", "ASE A6 —"):
    an acronym, a number or a capitalised word after the first in it ("Fitness:" names
    nothing)."""
    d = c.d
    end = c.main - 1
    while end > 0 and d.low[end] not in _LABEL_ENDS:
        end -= 1  # "EV Level 3 qualification: aim to have it": past the hedge to the label
    if end <= 0 or c.main - end > 6 or d.low[end] not in _LABEL_ENDS:
        return False
    if any(d.low[k] in lx.SENTENCE_END for k in range(end)):
        return False
    raw = d.raw
    return any(
        (k > 0 and raw[k][:1].isupper())
        or (raw[k].isupper() and len(raw[k]) > 1)  # "NEBOSH", "EV"
        or raw[k][:1].isdecimal()  # "Grade 5", "Level 3"
        for k in range(end)
    )


def _not_a_single(c: Clause) -> bool:
    """A count of one, denied: "never have a single accident", "don't miss one deadline" sets
    a count of zero, a figure to check."""
    low = c.d.low
    return any(
        (low[k] == "single" and low[k - 1] in ("a", "one")) or (low[k] == "one" and k == c.after)
        for k in range(c.after, min(c.g_hi, c.after + 3))
    )


def _figure_at(d: _Doc, k: int) -> bool:
    """A figure starts at ``k``: "120", "$4,000"."""
    return d.at[k][:1].isdecimal() or d.at[k] in lx.CURRENCY_SYMBOLS


def _past_statement(d: _Doc, lo: int, i: int) -> bool:
    """``lo:i`` tells what was: "Last year we had", "Having hit", "we scored" (a subject opening
    it, checked by the caller)."""
    if d.low[lo] == "having":
        return True
    for k in range(lo + 1, i):
        w = d.low[k]
        if d.at[k - 1] in lx.DETERMINERS:
            continue  # "a combined 40%": a past form as an adjective
        if (
            w in ("was", "were")
            or w in lx.PAST_FORMS
            or (len(w) > 4 and w.endswith("ed") and lemma(w) in lx.VERBS)
        ):
            return True
    return False


def _subject_at(d: _Doc, lo: int) -> bool:
    """The clause at ``lo`` opens with a subject, not an action: "Our NPS", "NPS", "we"."""
    w = d.low[lo]
    if w in _STATEMENT_SUBJECTS or w in _SUBJECT_BE or w == "there":
        return True  # "Our NPS", "we", "it's", "there are"
    return d.raw[lo][:1].isupper() and lemma(w) not in lx.VERBS and w.isalpha()
