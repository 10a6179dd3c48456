"""M: whether the clause carries a figure or a one-off deliverable to check.

The stage of :func:`careerkit._smart.text.action.read_clause` that decides M, reporting why
not (M001-M003, M005-M007) to the clause's ``issue``.
"""

from __future__ import annotations

from operator import attrgetter

from careerkit._smart import lexicon as lx
from careerkit._smart.text.anchors import named_membership
from careerkit._smart.text.facts import TIME_BOUNDS, QuantityFact
from careerkit._smart.text.objects import _is_named, _measure_example
from careerkit._smart.text.ratings import JUDGE_CUES, judged_by_writer, self_rating
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.situation import _BE
from careerkit._smart.text.tense import irregular_participle
from careerkit._smart.text.tokens import BE_BEFORE_ING, _Doc
from careerkit._smart.text.told_figures import _SUBJECT_BE, told_as_situation

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
_OPEN_FIELDS = frozenset(
    {"area", "field", "role", "job", "something", "position", "direction", "place", "wellness"}
)


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
    light_task = verb in lx.LIGHT_VERBS and light_verb_task(c) and not c.abstract_obj
    if verb_class in ("vague", "learning") and not figure and not light_task:
        measure_q = (
            [q for q in measure_q if q.kind != "frequency"]
            if verb in _FREQUENCY_NOT_MEASURE
            else measure_q
        )
    # "prototype something every weekend": how often, of nothing named, counts nothing ("demo
    # something that works at every review" says what it is)
    nothing_named = (
        c.vague_nouns and not figure and d.at[c.vague_nouns[0] + 1] not in lx.RELATIVE_OPENERS
    )
    of_nothing = [q for q in measure_q if q.kind == "frequency"] if nothing_named else []
    if of_nothing:
        measure_q = [q for q in measure_q if q.kind != "frequency"]
    if not rules.frequency_is_measure:
        measure_q = [q for q in measure_q if q.kind != "frequency" or q.explicit]
    # "check in with my skip-level regularly": repeated with no count, not a one-off result.
    # Said before the action too: "Regularly back up the NAS", "I will often call ...".
    repeated = (
        not _OFTEN_WORDS.isdisjoint(d.vocab)
        and (  # most texts have none of these words
            not lx.VAGUE_FREQUENCY.isdisjoint(low[main:g_hi]) or _often_before(c) or _often_thing(c)
        )
    )
    # "run usability tests through Q1", "write blog posts throughout 2027", "file pieces,
    # starting in Q1": things with no count, done over a stretch of time or from a start with
    # no end, are repeated too
    # (the times first, a word of a stretch looked for in the text's words: most clauses have
    # neither, and the object's shape is read only then)
    spread = (not _SPAN_OPENERS.isdisjoint(d.vocab) and _over_a_span(c)) or _from_a_start(c)
    repeated = repeated or (spread and _bare_plural(c))
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
        and not (_progressive(c) and _from_a_start(c))  # "from May I'm sourcing tea direct"
        # each test below is read only past the one word it starts with (most clauses: none)
        # "there are 1,500 in the strongroom": no action at all
        and not (d.at[main] in _SAYS_OPENERS and _says_what_is(c))
        # "climb from Diamond 2 towards Immortal": no end reached
        and not (d.at[c.after] in _TOWARDS and _direction_only(c))
        # "be ready for band 6": a state to be in, not a result
        and not (d.at[main - 1] == "be" and _predicate_state(c))
        # "hit my targets": which target, and how much, unsaid
        and not (verb in lx.REACHING_VERBS and _unsaid_target(c))
        # "keep the stockroom tidy": a quality, not a thing made
        and not (verb in lx.STATE_CAUSING_VERBS and state_of_object(c))
        # "stop saying yes to every invite": kept up, never done
        and not (verb in _QUITTING and _habit_given_up(c))
    )
    # "a level 3 barista in my own view": a result only the writer judges is not checked
    judged = judged_by_writer(d) if not JUDGE_CUES.isdisjoint(d.vocab) else None
    own_view = judged or (_felt_by_writer(c) if "i" in d.vocab else None)
    # "be on the Law Society panel", "be in the county squad": a place in a named body, held
    # or not, like a role
    member = verb_class == "state" and named_membership(c) and not repeated
    # "CIPS Level 4 diploma: pass it by autumn": the pronoun stands for the named thing in
    # the label before the action, a result to check
    labelled = (
        c.pronoun_obj
        and verb_class == "deliverable"
        and _named_label(c)
        and not repeated
        and not c.ongoing
    )
    field_move = verb in _MOVE_VERBS and move_into_field(c)
    m_met = (
        bool(measure_q)
        or member
        or field_move
        or labelled
        or (completion and not comparatives and own_view is None)
        or (c.role_target and own_view is None)
        or rules.has_metric
        or c.zero_target
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
        # An amount ("more", "some"); "steadier" or "better" is a quality, not an amount.
        amounts = vague_q + [c0 for c0 in comparatives if low[c0] in lx.AMOUNT_COMPARATIVES]
        if states:
            k0 = states[0]
            lo0 = k0
            while lo0 >= 2 and d.after_hyphen(lo0):
                lo0 -= 2  # "world-class", "eye-catching": the whole compound
            c.issue("M002", d.span(lo0, k0 + 1), d.slice(lo0, k0 + 1))  # "world-class"
        elif amounts:
            k0 = amounts[0]
            c.issue("M003", d.span(k0, k0 + 1), d.slice(k0, k0 + 1))
        if own_view is not None and not measure_q:
            # "a level 3 barista in my own view": there may be a figure, but the writer is the
            # only judge of it
            c.issue("M006", d.span(*own_view), d.slice(*own_view))
            # "until I feel ready" only bounds an action that may be concrete, as "rate
            # myself on the self-assessment" names one; "in my own eyes" makes the writer's
            # opinion the result itself
            c.own_judge = judged if judged is not None and low[judged[0]] == "my" else None
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
        lo, hi = c.goal_span
        # Only when M002 or M003 above does not say why already. A scan, not a record kept
        # by _quantities: it also finds a rating it skips after an acronym ("SQL 8/10").
        rated = None if states or amounts else self_rating(d)
        if rated is not None and lo <= d.st[rated[0]] and d.en[rated[1] - 1] <= hi:
            # "Rate my confidence at 8/10": there is a figure, but the writer gives it, so
            # "no number" would contradict the text
            c.issue("M006", d.span(*rated), d.slice(*rated))
            c.own_judge = rated
            return m_met, deliverable
        counted = [q for q in c.described if q.explicit and lo <= q.span[0] and q.span[1] <= hi]
        if counted:
            # "Improve my 2 weakest services", "grow AUM on my £38m book": the figure describes
            # what the goal acts on, so "no number" would contradict the text
            span = counted[0].span
            c.issue("M007", span, d.text[span[0] : span[1]])
            return m_met, deliverable
        if of_nothing:
            # "every Sunday" is a frequency, so "no frequency" would contradict the text
            span = of_nothing[0].span
            k0 = c.vague_nouns[0]
            c.issue("M008", span, d.text[span[0] : span[1]], d.slice(k0, k0 + 1))
            return m_met, deliverable
        c.issue(
            "M001",
            c.goal_span,
            *_measure_example(verb if verb_class == "deliverable" else None, c.head),
        )
    return m_met, deliverable


def _habit_given_up(c: Clause) -> bool:
    """The action gives up a habit named by its gerund ("stop saying yes to every invite",
    "quit vaping", "stop burning the hollandaise"): not doing it is kept up from then on,
    with nothing made or done once; a count or a date to have stopped by measures it."""
    if c.verb not in _QUITTING:
        return False  # most clauses: one set test
    d = c.d
    k = _compound_end(d, c.verb_at + 1)  # "stop double-booking the rooms": the last part
    gerund = d.at[k]  # the pad word when "stop" or "quit" ends the text
    if not (len(gerund) > 4 and gerund.endswith("ing") and d.raw[k].isalpha()):
        return False  # "stop the leaks": a fault put right once
    return not any(t.kind in TIME_BOUNDS for t in c.ctx.times)


# Verbs that give up a habit: "stop", "quit" ("give up" is read as "give").
_QUITTING = frozenset({"stop", "quit"})


def move_into_field(c: Clause) -> bool:
    """A move into a field of work: "move into sales", "transition into nursing". The field
    is what the move reaches, done or not, as a role is (S and M); not an open one ("move into
    a new area") nor a quality ("move into a better place")."""
    return (
        c.verb in _MOVE_VERBS
        and c.d.at[c.after] in ("into", "to")
        and c.head not in _OPEN_FIELDS
        and c.head.isalpha()
        and not c.comparatives
        and not c.vague_states
        and not c.vague_q
        and not c.abstract_obj
    )


def state_of_object(c: Clause) -> bool:
    """The action puts its object in a state an adjective after it names: "keep the stockroom
    tidy", "make the portal secure", "get the intranet user-friendly". The quality is the
    result, which no one can tick off as done; a participle of a result done ("get the report
    signed off") is one, and a figure measures the quality.

    The adjective is the object's last word after a noun: a word of quality, one with an
    adjective's ending or a hyphenated compound, following a word that is no determiner and no
    adjective itself ("the new timetable" is a noun after its adjective)."""
    if c.verb not in lx.STATE_CAUSING_VERBS or c.figure:
        return False  # most clauses: one set test
    d = c.d
    k = c.obj_hi - 1
    lo = c.obj_lo
    if k - lo < 2 or not (d.at[lo] in lx.DETERMINERS or d.at[lo] in lx.POSSESSIVES):
        return False  # "keep fit", "make it clear": no noun before a quality
    if d.low[k] == "-" and k + 1 < c.g_hi and d.glued[k + 1]:
        k += 1  # "user-friendly": the object stopped before the compound's "-ly" part
    w = d.low[k]
    if not d.raw[k].isalpha() or w in lx.COMPLETION_PARTICIPLES or w in lx.ARTIFACT_NOUNS:
        return False
    compound = d.after_hyphen(k)
    before = d.low[k - 2] if compound else d.low[k - 1]
    if (
        before in lx.DETERMINERS
        or before in lx.POSSESSIVES
        or before in ("new", "old", "own")
        or before in lx.QUALITY_WORDS
        or _adjective(before)
    ):
        return False  # "the new timetable": the last word is the noun
    # "keep the shop open", "get the course online": a state that is there or not is a
    # result to check, so a word of size or kind ("open", "free", "live") is no quality here
    return compound or _adjective(w)


def _adjective(w: str) -> bool:
    """A word of a quality a thing has more or less of, or one with an adjective's ending
    ("secure", "seamless", "manageable")."""
    return (
        w in lx.VAGUE_STATES
        or w in lx.STATE_ADJECTIVES
        or (len(w) > 5 and w.endswith(_ADJECTIVE_ENDINGS) and w not in _ABLE_NOUNS)
    )


# Endings only adjectives take, but for a few nouns in "-able"; "-al", "-ive" and "-ary" end
# many nouns too ("proposal", "archive", "summary").
_ADJECTIVE_ENDINGS = ("able", "ible", "ful", "ous", "less")
_ABLE_NOUNS = frozenset(
    {"timetable", "vegetable", "deliverable", "constable", "variable", "receivable", "payable"}
)


def _unsaid_target(c: Clause) -> bool:
    """The action reaches a target the object only says exists: "hit my targets", "meet our
    KPIs", "achieve my goals". How much it asks is unsaid, so reaching it is nothing to check;
    a figure says how much, and a name or a period says which target is meant, one set and on
    record ("the Henley target", "the 2027 sales target", "my monthly quota", "my target this
    quarter"); a deadline after it ("by June") only says when."""
    head = c.head
    if c.verb not in lx.REACHING_VERBS or c.figure:
        return False  # most clauses: one set test
    if head not in lx.TARGET_NOUNS:
        return False
    d = c.d
    lo, hi = c.obj_lo, c.obj_hi
    if hi < d.n and d.used[hi] and d.at[hi] in _PERIOD_OPENERS:
        return False  # "my sales target this quarter", "every target in 2027"
    starts = c.ctx.sentence_start
    return not any(
        d.used[k] or d.low[k] in lx.CADENCE_ADVERBS or _is_named(d, k, starts)
        for k in range(lo, hi)
        if d.low[k] != head
    )


# Words that open a period which says whose target it is: "this quarter", "for Q3", "in 2027".
_PERIOD_OPENERS = frozenset({"this", "next", "for", "in"})


def _rate_of(text: str, q: QuantityFact, described: list[QuantityFact]) -> bool:
    """``q`` is the period of a rate whose count tells how things are ("I'm doing 11 a
    shift", "we sell 5 rings a month"): "a shift" goes with "11" and measures nothing alone."""
    if q.kind != "frequency" or q.explicit or not described:
        return False
    start = q.span[0]
    return any(
        0 <= start - o.span[1] <= 1 and not text[o.span[1] : start].strip() for o in described
    )


def light_verb_task(c: Clause) -> bool:
    """A light verb and the thing after it name a task: "do a 20-minute walk", "have a 1:1"."""
    return c.verb in lx.LIGHT_VERBS and c.d.at[c.after] in lx.DETERMINERS


# Prepositions that spread an action over a stretch of time: "through Q1", "during the pilot".
_SPAN_WORDS = frozenset({"through", "throughout", "thru", "during", "across"})
# The first words of a stretch _over_a_span reads: those and "this" ("this summer").
_SPAN_OPENERS = _SPAN_WORDS | {"this"}
# Words after the action that make it a direction only ("from", "towards").
_TOWARDS = frozenset({"from", "towards", "toward"})
# The first words of a clause that says what is ("there are", "it's").
_SAYS_OPENERS = _SUBJECT_BE | {"there", "it", "this", "that"}


def _bare_plural(c: Clause) -> bool:
    """The object is a plural with no number or determiner: "moderated usability tests"."""
    d = c.d
    # Not shared with features._object, whose head of "permits-to-work" is "work" (S reads it).
    head = c.head
    end = c.obj_hi
    lo = c.obj_lo
    last = _compound_end(d, lo) if d.at[lo + 1] in _INNER_MARKS else lo  # most objects: no mark
    if last > lo:
        # "1:1s", "one-to-ones": a noun written with a number in it, one word, whose parts
        # are neither a count nor a determiner
        lo = last
        end = max(end, last + 1)
        head = d.low[last] if end == last + 1 else head
    while end > c.obj_lo and (d.used[end - 1] or d.low[end - 1] in _SPAN_WORDS):
        end -= 1  # "permits-to-work throughout 2027": the time is not the object
    k = end - 1
    if (
        k - 4 >= c.obj_lo
        and d.at[k - 2] in lx.PREPOSITIONS
        and d.after_hyphen(k)
        and d.after_hyphen(k - 2)
        and not d.low[k].endswith("s")  # "one-to-ones": the last part takes it
    ):
        head = d.low[k - 4]  # "permits-to-work", "rights-of-way": the first part takes the plural
    return (
        (len(head) > 3 or last > c.obj_lo)
        and head.endswith("s")
        and not head.endswith("ss")
        and end > c.obj_lo
        and d.at[lo] not in lx.DETERMINERS
        and d.at[lo] not in lx.POSSESSIVES
        and not any(d.digit_first[k] for k in range(lo, end) if k != last)
    )


def _compound_end(d: _Doc, k: int) -> int:
    """The last part of a word written with marks inside it that starts at ``k``: "1:1s",
    "one-to-ones", "check-ins" (``k`` itself when it is one plain word)."""
    m = k
    while d.at[m + 1] in _INNER_MARKS and d.glued[m + 1] and d.glued[m + 2] and m < k + 6:
        m += 2
    return m


# The marks inside a word written in parts: "1:1s", "one-to-ones".
_INNER_MARKS = frozenset({":", "-"})


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
    if "i" not in d.vocab or "i" not in d.low[c.after : min(c.g_hi, c.after + 12)]:
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
    return not (w.endswith(("ed", "en", "ing")) or irregular_participle(w))


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
# Every word by which a clause says its action is repeated with no count.
_OFTEN_WORDS = lx.VAGUE_FREQUENCY | _OFTEN


def _often_thing(c: Clause) -> bool:
    """The object is said to come again and again with no count: "have regular supervision",
    "hold frequent check-ins"; not a thing someone has as a habit ("my regular clients")."""
    d = c.d
    k = c.obj_lo
    if d.at[k] in ("a", "an"):
        k += 1  # "a regular slot on the rota"
    return d.at[k] in _OFTEN and c.obj_hi > k + 1


def _progressive(c: Clause) -> bool:
    """The action is told in "-ing" after "be" ("I'm sourcing", "we are running"): going on."""
    # The clause has found its verb: its "-ing" ending is enough ("I'm doing"), where
    # progressive_at must first tell an unlisted verb from a noun and misses the short ones.
    d = c.d
    return d.low[c.verb_at].endswith("ing") and d.at[c.verb_at - 1] in BE_BEFORE_ING


def _from_a_start(c: Clause) -> bool:
    """The text says when the goal starts and never when it is done ("starting in Q1 2027",
    "from January on"): what it does goes on from then."""
    kinds = set(map(_KIND, c.ctx.times))  # at C speed: no generator per clause
    return "start" in kinds and TIME_BOUNDS.isdisjoint(kinds)


_KIND = attrgetter("kind")


def _over_a_span(c: Clause) -> bool:
    """The clause spreads its action over a stretch of time: "through Q1 2027", "this
    summer", "this term" (a season or longer; "this week" is a window to finish in)."""
    low = c.d.low
    return any(
        c.g_lo <= t.i < c.g_hi
        and (
            low[t.i] in _SPAN_WORDS
            or (low[t.i] == "this" and (t.days > _MONTH_DAYS or t.kind == "event"))
        )
        for t in c.ctx.times
    )


# The longest a period is and is still a window to finish in, not a stretch to work through.
_MONTH_DAYS = 31


def _named_label(c: Clause) -> bool:
    """The goal opens with a label naming a thing ("EV Level 3 qualification:", "ASE A6 —"):
    an acronym, a number or a capitalised word after the first in it ("Fitness:" names
    nothing)."""
    d = c.d
    end = c.main - 1
    while end > 0 and d.low[end] not in lx.LABEL_MARKS:
        end -= 1  # "EV Level 3 qualification: aim to have it": past the hedge to the label
    if end <= 0 or c.main - end > 6 or d.low[end] not in lx.LABEL_MARKS:
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
