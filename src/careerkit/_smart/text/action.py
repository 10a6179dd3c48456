"""The goal clause: its action, what it acts on, and whether it is specific and measurable.

S and M are decided here, in one place, for the text and for a goal's metric alike. The
clause is read in stages, each adding features to one :class:`Clause`: the action (this
module), the figures, the clause's words and its object (:mod:`.features`), then the S
verdict (:mod:`.specific`) and the M verdict (:mod:`.measurable`).
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.after_object import _definite_elsewhere, _next_clause, _sense_state
from careerkit._smart.text.anchors import _anchors, _roles
from careerkit._smart.text.facts import _IssueFn
from careerkit._smart.text.features import _clause_words, _object
from careerkit._smart.text.idle_figures import (
    _compound_modifier,
    _group_size,
    _present_state,
    counted_task,
)
from careerkit._smart.text.measurable import _measurable, _not_a_single, light_verb_task
from careerkit._smart.text.objects import _np_end_before_time
from careerkit._smart.text.passive import opens_order, passive_order
from careerkit._smart.text.reading import Clause, ClauseContext, ClauseReading, ClauseRules
from careerkit._smart.text.specific import _specific, _specific_given_measure
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.told_figures import in_quoted_question, told_as_situation
from careerkit._smart.text.verb_objects import SERVICE_VERBS, at_a_place
from careerkit._smart.text.verbs import (
    _classify,
    _gerund_action,
    _in_action_position,
    _nominal_action,
)

__all__ = ["ClauseContext", "ClauseReading", "ClauseRules", "read_clause"]

_WEAKER = frozenset({"vague", "change", "learning", "state"})
# Words that tell how things are now: "currently", "right now", "at present", "at the moment".
_NOW_WORDS = frozenset({"currently", "presently", "now", "present", "moment"})
# Verbs of starting or carrying on, before the gerund that names the action.
_ASPECT_VERBS = frozenset({"start", "begin", "keep", "continue", "resume"})


def read_clause(
    ctx: ClauseContext,
    main: int,
    g_lo: int,
    g_hi: int,
    in_goal: range,
    goal_span: tuple[int, int],
    hedged: bool,
    issue: _IssueFn,
) -> ClauseReading:
    """Read the clause from ``main`` (its action) to ``g_hi``; findings go to ``issue``."""
    c = Clause(ctx, main, g_lo, g_hi, in_goal, goal_span, issue)
    _action(c)
    _figures(c)
    _clause_words(c)
    _object(c)
    _next_clause(c)
    _definite_elsewhere(c)
    _sense_state(c)
    _roles(c)
    _anchors(c)
    _specific(c, hedged)
    m_met, deliverable = _measurable(c)
    _specific_given_measure(c, m_met)
    told = _told_rates(c) if c.described else ()
    return ClauseReading(
        c.verb, c.verb_class, c.s_met, m_met, c.figure, deliverable, c.goal_q, told
    )


def _told_rates(c: Clause) -> tuple[tuple[int, int], ...]:
    """The rates among the clause's figures that tell how things are: a count told as the
    situation and the frequency after it ("(currently about 6 a month)", "I'm working 50
    hours a week so ...", "120 drops/day is what the fastest driver does"). They say how often
    things happen now, not how often the goal is done. A group's size ("each of her 5 carers
    monthly") tells no situation: its frequency stays the goal's."""
    rates = [q for q in c.goal_q if q.kind == "frequency"]
    if not rates:
        return ()
    d = c.d
    now = [
        q.span[1]
        for q in c.described
        if q.explicit
        and q.kind != "frequency"
        and (
            told_as_situation(c, q) or (not _NOW_WORDS.isdisjoint(d.vocab) and _present_state(d, q))
        )
    ]
    text = d.text  # the frequency follows its count with only spaces between: "6 a month"
    return tuple(
        f.span
        for f in rates
        if any(end <= f.span[0] and not text[end : f.span[0]].strip() for end in now)
    )


def _action(c: Clause) -> None:
    """The action and its class, a second verb sharing its object, and a negation."""
    d = c.d
    low = d.low
    main, g_hi = c.main, c.g_hi
    sentence_start = c.ctx.sentence_start
    # Two verbs sharing one object ("draft and send the summary"): the object follows the
    # second, and the goal is as vague as the vaguer of the two ("own and improve X").
    after = main + 1
    second = None
    k = main + 1
    if (d.at[k] in lx.PREPOSITIONS or d.at[k] in lx.PARTICLES) and d.at[k + 1] in (
        "and",
        "&",
        "or",
    ):
        # "train for and complete the race": the preposition shares the object; "muck out and
        # bed down the yard": the first verb's particle comes before "and"
        k += 1
    # "plan, run and review the fundraiser": up to three verbs before one object.
    while d.at[k] in ("and", "&", "or", ",") and k + 1 < g_hi and k < main + 6:
        cand = lemma(low[k + 1])
        if cand in lx.WH_WORDS:
            break  # "Confidence, which my manager asked for": a comment, not a second verb
        if not d.raw[k + 1].isalpha() or not (
            cand in lx.VERBS
            or (d.at[k] == "," and d.at[k + 2] in ("and", "&", ","))
            or _in_action_position(d, k + 1, k + 2, g_hi, sentence_start)
        ):
            break
        second, after = k + 1, k + 2
        k += 2
    if d.at[after] == "(":
        # "complete (not race) a marathon": an aside in brackets, then the object
        close = next((k for k in range(after + 1, min(g_hi, after + 8)) if d.at[k] == ")"), 0)
        if close and close + 1 < g_hi:
            after = close + 1
    verb, verb_class = _classify(d, main, after, g_hi, sentence_start)
    if d.at[main + 1] == "-" and _compound_verb(d, main):  # most verbs: no hyphen after
        # "stock-take the cellar", "hand-deliver the flyers": the verb is the compound's last part
        verb, verb_class = _classify(d, main + 2, main + 3, g_hi, sentence_start)
        if verb is None or verb_class == "none":
            verb, verb_class = d.low[main + 2], "deliverable"  # "bulk-buy the nappies"
        after = main + 3
    if (
        verb is not None
        and after == main + 1
        and d.at[after] == "of"
        and _nominal_action(d, main, sentence_start)
    ):
        after += 1  # "Completion of the course": the object follows "of"
    verb_at = main
    if verb in _ASPECT_VERBS and after == main + 1:
        # "start shadowing the on-call rota": the gerund is the action, and it goes on.
        gerund = _gerund_action(d, main + 1, g_hi, sentence_start)
        if gerund is not None:
            (verb, verb_class), verb_at, after = gerund, main + 1, main + 2
            c.ongoing = True
        elif verb in ("start", "begin") and _activity_noun(d, main + 1, g_hi):
            c.ongoing = True  # "begin forklift training": begun, not finished
    if d.at[main - 1] == "to" and d.at[main - 2] == "able":
        # "be able to run the sauce station alone": a capability to hold, not a result done
        # once; a figure ("run 5 km") or a credential still measures it
        c.ongoing = True
    negated = not lx.NEGATIONS.isdisjoint(low[max(0, main - 3) : main])
    # "No overtime in January", "no sugary drinks": a noun after "no" sets a count of zero.
    zero_target = (
        d.at[main - 1] == "no"
        and lemma(d.at[main]) not in lx.VERBS
        and d.at[main] not in lx.COMPARATIVES  # "no more than 2" is a bound, read as one
        and d.at[main][:1].isalpha()
    )
    # "Go alcohol-free", "a smoke-free home": none of it, a count of zero.
    zero_target = zero_target or (
        "free" in low[main + 1 : g_hi]
        and any(
            low[k] == "free" and d.at[k - 1] == "-" and d.glued[k] for k in range(main + 1, g_hi)
        )
    )
    if zero_target:
        negated = False
    if second is not None:
        verb2, class2 = _classify(d, second, after, g_hi, sentence_start)
        if class2 in _WEAKER and verb_class not in _WEAKER:
            verb, verb_class, verb_at = verb2, class2, second
        elif class2 == "deliverable" and verb_class in ("acquire", "none", "learning"):
            # "find and book a venue", "learn and apply the new protocol": the result counts
            verb, verb_class, verb_at = verb2, class2, second
    if verb == "get" and verb_class in ("acquire", "none"):
        # "get the council to approve the plans": the result is what the other party does
        to = next((m for m in range(after + 1, min(g_hi, after + 5)) if low[m] == "to"), -1)
        if to > 0 and all(d.raw[m].isalpha() for m in range(after, to)):
            caused, caused_class = _classify(d, to + 1, to + 2, g_hi, sentence_start)
            if caused_class == "deliverable":
                verb, verb_class, verb_at, after = caused, caused_class, to + 1, to + 2
    if (
        verb_class == "vague"
        and verb in SERVICE_VERBS
        and at_a_place(d, after, g_hi)
        and any(t.kind == "cadence" and c.g_lo <= t.i < g_hi for t in c.ctx.times)
    ):
        verb_class = "deliverable"  # "help in the langar kitchen every Sunday": turns served
    if (
        verb is not None
        and "be" in d.vocab  # every passive order has its "be": most texts have none
        and (
            passive_order(d, main, g_hi) is not None or (verb == "be" and opens_order(d, main - 1))
        )
    ):
        # "Training to be completed by March": the subject names the result, and the
        # participle marks it done, as "the stockroom will be reorganised" does
        verb, verb_class, verb_at, after = None, "none", main, main + 1
    c.verb, c.verb_class, c.verb_at, c.after = verb, verb_class, verb_at, after
    c.negated, c.zero_target = negated, zero_target


def _activity_noun(d: _Doc, lo: int, hi: int) -> bool:
    """The noun phrase at ``lo`` ends in a noun of an activity that goes on, in "-ing":
    "forklift training", "my coaching", "the night-shift mentoring"."""
    end = _np_end_before_time(d, lo, hi)
    w = d.low[end - 1] if end > lo else ""
    return len(w) > 5 and w.endswith("ing") and d.raw[end - 1].isalpha()


def _compound_verb(d: _Doc, main: int) -> bool:
    """A verb written as a hyphenated compound, then its object: "stock-take", "hand-deliver",
    "spot-check", "bulk-buy" ("follow-up" and "check-in" are nouns)."""
    return (
        d.after_hyphen(main + 2)
        and len(d.low[main]) > 2
        and d.raw[main].isalpha()
        and d.raw[main + 2].isalpha()
        and d.at[main + 2] not in lx.PARTICLES  # "follow-up", "check-in": nouns
        and (lemma(d.at[main + 2]) in lx.VERBS or lemma(d.low[main]) not in lx.VERBS)
        and d.at[main + 3] in lx.OBJECT_OPENERS
    )


def _figures(c: Clause) -> None:
    """The figures in the goal clause, and whether one is written out."""
    ctx = c.ctx
    d = c.d
    low = d.low
    goal_span = c.goal_span
    # Figures, names, determiners in the goal clause.
    goal_q = [q for q in ctx.quantities if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    goal_q += [q for q in ctx.cadence_q if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    if goal_q:  # most clauses have one figure or none: each test below reads the figures only
        # "Support our 2 new hires", "1:1s with my 6 direct reports": the size of a group the
        # goal concerns measures nothing; "network with 2 new people" counts what the action
        # reaches.
        if c.verb_class in ("vague", "state"):
            general = c.verb in lx.GENERAL_VERBS
            goal_q = [
                q
                for q in goal_q
                if not _group_size(d, q, True)
                # "handle the 25 open complaints": the count is the task's size
                or (general and counted_task(d, q, c.verb_at, c.after))
            ]
        else:  # reported as a figure of the text, but not the goal's measure
            # a change or a care that goes on does nothing to each thing it concerns: "grow AUM
            # on my £38m book", "mentor starters on our 16-bed ICU"
            open_verb = c.verb_class == "change" or c.verb in lx.TENDING_VERBS
            # "improve my 2 weakest services": a verb that betters a quality does nothing to
            # the count of what it betters, which only says which things
            bettering = c.verb in lx.BETTERING_VERBS
            c.described = [q for q in goal_q if _group_size(d, q, bettering, open_verb)]
        # "right now a 10-minute piece takes me two days": how things are, not what is wanted
        if goal_q and not _NOW_WORDS.isdisjoint(d.vocab):
            c.described += [q for q in goal_q if _present_state(d, q)]
        # "Our NPS is 22", "(92% last year)": how things are or were, not the result wanted
        c.described += [q for q in goal_q if told_as_situation(c, q)]
        if ctx.quoted:  # "He asked, 'can we cut costs by 10%?'": a question put, not a target
            c.described += [q for q in goal_q if in_quoted_question(d, ctx.quoted, q)]
        if c.verb_class in _WEAKER and not light_verb_task(c):
            # "improve our 30-day readmission rate", "learn about two-factor login": a number
            # joined to a word names the kind of thing, not the figure a direction needs ("do
            # a 20-minute walk" is the length of a task a light verb names).
            c.described += [q for q in goal_q if _compound_modifier(d, q)]
    # "never lose a single net", "don't drop one call": a count of one, denied, sets a count of
    # zero, the figure a change needs
    c.zero_target = c.zero_target or (c.negated and _not_a_single(c))
    figure = c.zero_target
    for q in goal_q:
        if q.explicit and q not in c.described:
            figure = True
            break
    else:
        # "from weekly to daily": a before and an after, even without digits ("from" is
        # looked for at C speed first: most clauses have none).
        cadences = lx.CADENCE_ADVERBS
        starts = range(c.g_lo, c.g_hi - 3) if "from" in low[c.g_lo : c.g_hi - 3] else ()
        for k in starts:
            if (
                low[k] == "from"
                and low[k + 2] == "to"
                and low[k + 1] in cadences
                and low[k + 3] in cadences
            ):
                figure = True
                break
    if not figure and "within" in d.vocab:
        # "within 2 days of receiving them": how soon after each event is a figure to meet
        c.turnaround = figure = any(
            t.kind == "event"
            and c.g_lo <= t.i < c.g_hi
            and low[t.i] == "within"
            and (low[t.i + 1][:1].isdecimal() or low[t.i + 1] in lx.UNITS)
            for t in ctx.times
        )
    c.goal_q, c.figure = goal_q, figure
