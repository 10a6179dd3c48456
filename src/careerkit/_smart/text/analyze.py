"""Reading a goal statement: one tokenization pass, then look-ups in small word lists.

The engine never runs a regular expression over the text more than once: one linear
tokenizer turns the text into words, numbers and single punctuation marks, each with its
character span. Every later step walks that token list with a bounded look-ahead or
look-back (a few tokens), so the whole analysis stays linear in the length of the text.

What it finds (time expressions, quantities, the main action, vague words, absolutes, the
stated reason) is returned as plain facts plus a list of issues (a finding code, a span and a
few words for the message); :mod:`careerkit._smart` turns those into findings and verdicts.

:func:`analyze_text` runs the stages in order, each a function with a small typed result: the
token document (:mod:`.tokens`), the time scan (:mod:`.times`), the goal's action
(:func:`.goal_clause.goal_verb`), the figures (:mod:`.quantities`), the goal's clause and
reason (:func:`.goal_clause.goal_clause`), S and M (:func:`.action.read_clause` on the goal's
clause, then on the others), the goal's own time and T (:func:`.goal_time.goal_time`), and A.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from operator import attrgetter

from careerkit._smart import lexicon as lx
from careerkit._smart.text.absolutes import ABSOLUTE_CUES, _absolutes
from careerkit._smart.text.achievable import _scope
from careerkit._smart.text.action import ClauseContext, ClauseRules, read_clause
from careerkit._smart.text.casing import _casing
from careerkit._smart.text.context import context_end
from careerkit._smart.text.facts import Issue, Issues, QuantityFact, TextFacts, _IssueFn
from careerkit._smart.text.goal_clause import GoalClause, goal_clause, goal_verb
from careerkit._smart.text.goal_time import GoalTime, goal_time
from careerkit._smart.text.language import is_english
from careerkit._smart.text.later import _other_clauses, _sentence_end
from careerkit._smart.text.layout import layout_end, moved
from careerkit._smart.text.problems import PROBLEM_CUES, _problem_ended
from careerkit._smart.text.quantities import _quantities
from careerkit._smart.text.reading import ClauseReading
from careerkit._smart.text.starts import _occasion_window, _start_window
from careerkit._smart.text.time_roles import _stated_fiscal_start
from careerkit._smart.text.times import _TimeScan
from careerkit._smart.text.tokens import _ALNUM, _Doc, lemma

__all__ = ["Issue", "QuantityFact", "TextFacts", "analyze_text"]


# --- the analysis ----------------------------------------------------------------------------


_DEFAULT_RULES = ClauseRules()
# Sentences of context read apart before the goal: a goal box rarely holds more.
_CONTEXTS = 3


def analyze_text(
    text: str,
    as_of: date,
    *,
    fy_start: int | None = None,
    date_order: str = "mdy",
    vague_terms: frozenset[str] = frozenset(),
    max_issues: int = 5,
    rules: ClauseRules = _DEFAULT_RULES,
    context: int = _CONTEXTS,
    layout: bool = True,
) -> TextFacts:
    """Read one goal statement. Linear in ``len(text)``. ``layout``: read the goal after a
    list mark or a label that opens the text; ``context``: how many sentences of context that
    open the text are read apart from the goal after them, one at a time (a few, so the text
    is read a bounded number of times)."""
    if _ALNUM.search(text) is None or _placeholder(text):  # no goal written: nothing to read
        return _empty_facts(text)
    d = _Doc(text, as_of, fy_start, date_order)
    lead, result = layout_end(d) if layout else (0, False)
    if lead:
        # "- Goal: run ...": a list mark and a label are layout; the goal after them is read
        # as if it stood alone, and what is found in it is placed back in the whole text.
        off = d.st[lead]
        rest = analyze_text(
            text[off:], as_of, fy_start=fy_start, date_order=date_order,
            vague_terms=vague_terms, max_issues=max_issues, rules=rules,
            context=0 if result else context, layout=False,
        )  # fmt: skip
        return moved(rest, text, off)
    stated = _stated_fiscal_start(d)
    if stated is not None:
        # "(our financial year ends 30 June)": this goal's own calendar
        d.fy_start, d.fy_known = stated, True
    if not is_english(d):
        return _empty_facts(text)._replace(empty=False, issues=(), english=False)

    scan = _TimeScan(d)
    scan.run()
    told = context_end(d) if context else None
    if told is not None:
        # "Our team is busy and stretched. Run 3 workshops by June.": the context holds no
        # figure or time, so the goal after it is read as if it stood alone; the whole text
        # still says where the goal starts from ("I have never run. Run a marathon next
        # week."), and a context that "so" follows is why ("... visible. So I'll present")
        off = d.st[told]
        again = partial(
            analyze_text, as_of=as_of, fy_start=fy_start, date_order=date_order,
            vague_terms=vague_terms, max_issues=max_issues, rules=rules,
        )  # fmt: skip
        # The goal after it is read as if it stood alone: with its own label or list mark,
        # and the next sentence of context ("I moved in May. The job is new. Run ...")
        rest = moved(again(text[off:], context=context - 1), text, off)
        whole = again(text, context=0, layout=False)
        found = {i.code for i in rest.issues}
        reach = tuple(i for i in whole.issues if i.code[0] == "A" and i.code not in found)
        return rest._replace(
            issues=rest.issues + reach,
            rationale=rest.rationale or (whole.rationale if d.low[told] == "so" else None),
        )
    issues = Issues(max_issues)
    # The goal's action is found before figures mark their tokens, its clause after.
    verb = goal_verb(d)
    sentence_start, quoted = _casing(d, verb.main)
    quantities = _quantities(d, scan.names)
    g = goal_clause(d, verb.main, verb.told)
    ctx = ClauseContext(
        d, quantities, scan.cadence_q, scan.found, sentence_start, quoted, vague_terms, rules
    )
    reading = _read_goal(ctx, g, verb.hedged, issues)
    issue = issues.add
    time = goal_time(d, scan.found, scan.cadence_q, quantities, g, reading.told_rates, issue)
    _reach(d, quantities, g, reading, time, issue)
    goal_q = reading.goal_q
    return TextFacts(
        text=text,
        empty=False,
        deadline=time.deadline,
        deadline_span=time.deadline_span,
        deadline_days=time.deadline_days,
        start=time.start,
        time_bound=time.time_bound,
        cadence=time.cadence,
        event_bound=bool(time.events),
        quantities=tuple(sorted(goal_q, key=_span_of)) if len(goal_q) > 1 else tuple(goal_q),
        deliverable=reading.deliverable,
        rationale=g.rationale,
        career_move=g.career,
        verb=reading.verb,
        verb_class=reading.verb_class,
        goal_span=g.goal_span,
        s_met=reading.s_met,
        m_met=reading.m_met,
        figure=reading.figure,
        issues=tuple(issues.found),
    )


def _read_goal(ctx: ClauseContext, g: GoalClause, hedged: bool, issues: Issues) -> ClauseReading:
    """Read the goal's clause for S and M, then the text's other clauses for what it lacks."""
    d, n = ctx.d, ctx.d.n
    main, g_hi = g.main, g.g_hi
    in_goal = range(main, g_hi)
    reading = read_clause(ctx, main, main, g_hi, in_goal, g.goal_span, hedged, issues.add)
    if reading.s_met and reading.m_met:
        return reading
    # S and M are judged on the whole text: an action stated in the purpose clause or a
    # later sentence ("... so that I can deliver the QBR alone", ". I need to build the
    # report in under 2 hours") makes a vague headline specific and measurable.
    s_met, m_met = reading.s_met, reading.m_met
    deliverable, goal_q = reading.deliverable, reading.goal_q
    rat_at, rat_hi = g.rat_at, g.rat_hi
    for lo in _other_clauses(d, g_hi, rat_at if rat_hi == n else n, main):
        if lo >= n:
            continue  # a label that ends the text ("... Plan:") opens nothing
        hi = _sentence_end(d, lo, n)
        other = read_clause(ctx, lo, lo, hi, range(lo, hi), d.span(lo, hi), False, _ignore)
        if (
            rat_at <= lo < rat_hi
            and (other.verb_class in _AIMS or other.verb in lx.PLACE_VERBS)
            and not other.figure
        ):
            continue  # "... so I can make partner": the role aimed at is why, not what
        if other.s_met and not s_met:
            s_met = True
            issues.drop(_S_TEXT_CODES)
        if other.m_met and not m_met:
            m_met = True
            issues.drop(_M_TEXT_CODES)
            deliverable = deliverable or other.deliverable
            goal_q = goal_q + other.goal_q
        if s_met and m_met:
            break
    if s_met == reading.s_met and m_met == reading.m_met:
        return reading
    return reading._replace(s_met=s_met, m_met=m_met, deliverable=deliverable, goal_q=goal_q)


def _reach(
    d: _Doc,
    quantities: list[QuantityFact],
    g: GoalClause,
    reading: ClauseReading,
    time: GoalTime,
    issue: _IssueFn,
) -> None:
    """The A findings: an absolute held too long, a pace or a size out of reach."""
    deadline, main, g_hi, n = time.deadline, g.main, g.g_hi, d.n
    # "in one afternoon", "within the hour": a window whose length is known, not its date
    occasion = _occasion_window(d, main, g_hi) if deadline is None else None
    recurring = time.cadence is not None
    # An absolute over a short window or one occasion can be counted and met (each check
    # below is made only for a text with one of the words it starts at: most have none).
    if not ABSOLUTE_CUES.isdisjoint(d.vocab):
        _absolutes(
            d,
            issue,
            0,
            n,
            bool(time.events)
            or occasion is not None
            or (deadline is not None and time.held_days <= 92),
            recurring=recurring,
            dated=deadline is not None,
        )
    # "end world hunger", "cure cancer": every case of a problem of the world, for good
    if not PROBLEM_CUES.isdisjoint(d.vocab):
        _problem_ended(d, issue, main, g_hi)
    # A deadline already past says nothing about the pace the goal needs (T003 says it).
    window = time.deadline_days if deadline is not None and deadline >= d.as_of else occasion
    if window is None and time.events:
        # "within 8 weeks of joining as an apprentice": a window from a start the text names
        window = _start_window(d, time.events)
    if window is not None or recurring:
        goal_q, verb = reading.goal_q, _compound_head(d, main, reading.verb)
        reach_q, reach_hi = goal_q, g_hi
        if verb in lx.CAUSING_VERBS and d.at[g_hi] == "to" and g_hi < n:
            # "get all 40 of my clients to lose 20kg each": the "to" says what the others are
            # to do, not a purpose, and its figures are the pace asked of them
            reach_hi = _caused_end(d, g_hi + 1)
            lo_c, hi_c = d.st[g_hi], d.en[reach_hi - 1]
            reach_q = goal_q + [q for q in quantities if lo_c <= q.span[0] < hi_c]
        # a result that happens once is reached in the days left, however long the period
        # the deadline names ("win a BAFTA this year", said in late November)
        left = (deadline - d.as_of).days if deadline is not None and deadline >= d.as_of else None
        _scope(d, issue, reach_q, window, verb, main, reach_hi, time.deadline_span, left)


def _compound_head(d: _Doc, main: int, verb: str | None) -> str | None:
    """The verb whose pace a compound verb asks for: its last part ("hand-make", "proof-read",
    "spot-check", "cold-call"), as English compounds take their head last; a particle after
    the hyphen ("follow-up", "check-in") leaves the verb as it is."""
    if verb is None or not d.after_hyphen(main + 2) or d.at[main + 3] == "-":
        return verb  # the usual case: no hyphen after the verb
    head = d.at[main + 2]
    if not head.isalpha() or head in lx.PARTICLES or len(head) < 3:
        return verb
    return lemma(head)


_span_of = attrgetter("span")
# Classes of an action that reaches a role or a state: in the reason, the aim, not the goal.
_AIMS = frozenset({"promotion", "state", "acquire"})
# The findings of S and of M that a clause meeting S or M elsewhere in the text answers.
_S_TEXT_CODES = frozenset({"S001", "S002", "S003", "S004", "S005", "S006", "S012", "S013"})
_M_TEXT_CODES = frozenset({"M001", "M002", "M003", "M005", "M006", "M007", "M008"})


def _caused_end(d: _Doc, k: int) -> int:
    """Where the clause of what others are got to do, starting at ``k``, ends: at a mark that
    ends a clause or a reason ("to lose 20kg each by New Year's Day, so that ...")."""
    m = k
    while m < d.n and d.low[m] not in _CAUSED_ENDS:
        m += 1
    return m


# Words that end the clause of what others are got to do.
_CAUSED_ENDS = frozenset({".", ";", "!", "?", "so", "because"})


def _ignore(code: str, span: tuple[int, int] | None, *words: str) -> None:
    """Findings of a clause read only for its verdicts are not reported."""


def _placeholder(text: str) -> bool:
    """Only a label or a stand-in, no goal yet: "Goal:", "TBD", "Objective: n/a", "N/A"."""
    if len(text) > 40:
        return False
    raw = text.lower().split()
    kept: list[str] = []
    for w in raw:
        # A word of letters and digits alone (most are) is kept whole, not read letter by letter.
        part = w if w.isalnum() else "".join(ch for ch in w if ch.isalnum())
        if part:
            if len(kept) == 2:
                return False  # a third word: more than a label and a stand-in
            kept.append(part)
    # A label is dropped when something follows it or a colon closes it ("Goal:").
    if kept and kept[0] in lx.GOAL_WORDS and (len(kept) > 1 or raw[-1].endswith(":")):
        kept = kept[1:]
    return not kept or (len(kept) == 1 and kept[0] in lx.PLACEHOLDERS)


def _empty_facts(text: str) -> TextFacts:
    span = (0, len(text))
    # S011 alone is shown for a text alone; M001 and T001 stay for a goal whose structure
    # may still meet M and T.
    issues = (Issue("S011", span), Issue("M001", span, ("", "")), Issue("T001", span))
    return TextFacts(text, True, None, None, 0, None, False, None, False, (), None, None,
                     False, None, "none", span, False, False, False, issues)  # fmt: skip
