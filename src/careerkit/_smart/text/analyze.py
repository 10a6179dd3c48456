"""Reading a goal statement: one tokenization pass, then look-ups in small word lists.

The engine never runs a regular expression over the text more than once: one linear
tokenizer turns the text into words, numbers and single punctuation marks, each with its
character span. Every later step walks that token list with a bounded look-ahead or
look-back (a few tokens), so the whole analysis stays linear in the length of the text.

What it finds (time expressions, quantities, the main action, vague words, absolutes, the
stated reason) is returned as plain facts plus a list of issues (a finding code, a span and a
few words for the message); :mod:`careerkit._smart` turns those into findings and verdicts.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from operator import attrgetter, itemgetter

from careerkit._smart import lexicon as lx
from careerkit._smart.text.absolutes import _absolutes
from careerkit._smart.text.achievable import _scope
from careerkit._smart.text.action import ClauseContext, ClauseRules, read_clause
from careerkit._smart.text.casing import _casing
from careerkit._smart.text.clause import _find, _main_verb
from careerkit._smart.text.context import context_end
from careerkit._smart.text.facts import Issue, QuantityFact, TextFacts, _Time
from careerkit._smart.text.language import is_english
from careerkit._smart.text.later import (
    _CAUSES,
    _change_between,
    _in_the_past,
    _other_clauses,
    _result_with_own_subject,
    _sentence_end,
    _situations,
    _spliced_facts,
    _told_before,
    comment_start,
    opens_comment,
)
from careerkit._smart.text.layout import layout_end, moved
from careerkit._smart.text.periods import _months_later
from careerkit._smart.text.quantities import _quantities
from careerkit._smart.text.reason import (
    _leading_fact_end,
    _leading_reason,
    _leading_reason_end,
    _rationale,
)
from careerkit._smart.text.situation import only_states, situation_end
from careerkit._smart.text.starts import _occasion_window, _start_window
from careerkit._smart.text.time_roles import (
    _HELD_IN,
    _START_FORMS,
    _a_start_of,
    _activity_starts,
    _keep_times,
    _names_an_occasion,
    _rate_reached,
    _sets_a_deadline,
    _so_far,
    _stated_fiscal_start,
    _trimmed,
    _why_no_date,
    habit_given_up,
    length_from_start,
)
from careerkit._smart.text.times import _TimeScan
from careerkit._smart.text.tokens import _ALNUM, _Doc, lemma

__all__ = ["Issue", "QuantityFact", "TextFacts", "analyze_text"]


# --- the analysis ----------------------------------------------------------------------------


_DEFAULT_RULES = ClauseRules()
# Sentences of context read apart before the goal: a goal box rarely holds more.
_CONTEXTS = 3


# What may stand before a purpose "to" that opens its clause: nothing, a sentence's end, a
# label's colon, a bullet, "in order" or "so as".
_BEFORE_PURPOSE = frozenset({"", ".", "!", "?", ";", ":", "-", "–", "•", "*", "order", "as"})


def _opens(d: _Doc, k: int) -> bool:
    """The word at ``k`` opens its clause ("To grow, ...", "In order to grow, ...")."""
    return d.at[k - 1] in _BEFORE_PURPOSE or k in d.line_starts


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
    issues: list[Issue] = []
    if _ALNUM.search(text) is None or _placeholder(text):  # no goal written: nothing to read
        return _empty_facts(text, issues)
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
        return _empty_facts(text, [])._replace(empty=False, issues=(), english=False)
    per_code: dict[str, int] = {}

    def issue(code: str, span: tuple[int, int] | None, *words: str) -> None:
        count = per_code.get(code, 0)
        if count < max_issues:
            issues.append(Issue(code, span, words))
        per_code[code] = count + 1

    n = d.n
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
    times = scan.found
    # The goal clause (found before quantities mark their tokens) and the reason.
    main, hedged = _main_verb(d, 0, n)
    if main < n and opens_comment(d, main):
        main = n  # "by 31 March 2027, which my manager asked for": no action before the comment
    # "Warehouse 3 has 42 pickers; I want to ...": the situation first, then the goal clause.
    told = situation_end(d)
    if told is not None and told > main:
        main, hedged = _main_verb(d, told, n)
    elif told is None and only_states(d):
        main = n  # "Clients keep asking for rewrites.": how things are, no action to take
    sentence_start, quoted = _casing(d, main)
    quantities = _quantities(d, scan.names)
    rat_at, career = _rationale(d, main)
    # A reason put first: "To move into management, complete ...", or a wish told as a
    # sentence of its own before the goal's ("I want to grow as a manager. Concretely, I'll
    # run ..."). A "to" inside the goal's own sentence that does not open it is what is
    # wished ("I'd like to", "My goal is to"), and a comma after it adds the means.
    if main < n and d.low[main - 1 : main] == ["to"] and rat_at == n:
        comma = _find(d, ",", main, min(n, main + 25))
        # The action after the comma, or its subject: "To become ..., I will join ...".
        if (
            comma is not None
            and (lemma(d.at[comma + 1]) in lx.VERBS or d.at[comma + 1] in lx.SUBJECTS)
            and (_opens(d, main - 1) or _sentence_end(d, main, comma) < comma)
        ):
            rat_at = main - 1
            goal_lo = comma + 1
            main, _ = _main_verb(d, goal_lo, n)
            rat_hi = comma
        else:
            rat_hi = n
    else:
        rat_hi = n
    goal_hi = rat_at if rat_at > main else n
    if rat_hi != n:  # fronted reason
        goal_hi = n
    # The goal clause ends with its sentence; later sentences are read as clauses of their own.
    first_end = _sentence_end(d, main, goal_hi)
    later = first_end < goal_hi
    if later:
        goal_hi = first_end
    comment = comment_start(d, main, goal_hi)
    if comment is not None:
        goal_hi = comment  # "Get CSAT up, which my manager asked for": about the goal, not it
    rationale = None
    if rat_at < n:
        # The reason ends with its sentence (the reason's first word never ends it).
        r_end = next(d.find_in(_REASON_ENDS, rat_at + 1, rat_hi), rat_hi)
        rationale = d.slice(rat_at, r_end) if r_end > rat_at else None
    elif career:
        rationale = None
    elif main > 0:
        # A reason in a leading phrase: "As part of my development plan, I will ...".
        rationale = _leading_reason(d, main)
    if rationale is None and told is not None and "so" in d.low[max(0, told - 3) : told]:
        # "My manager wants me to be more visible. So I'll present ...": the situation is why
        rationale = d.slice(0, next(d.find_in(_REASON_ENDS, 0, told), told))

    in_goal = range(main, goal_hi) if rat_hi == n or later else range(main, n)
    g_lo, g_hi = (main, goal_hi) if rat_hi == n or later else (main, n)
    goal_span = d.span(g_lo, g_hi) if g_hi > g_lo else (0, len(text))

    # --- the goal clause: its action, S and M -----------------------------------------------
    ctx = ClauseContext(
        d, quantities, scan.cadence_q, times, sentence_start, quoted, vague_terms, rules
    )
    reading = read_clause(ctx, main, g_lo, g_hi, in_goal, goal_span, hedged, issue)
    verb, verb_class, s_met, m_met, figure, deliverable, goal_q, told_rates = reading
    if not (s_met and m_met):
        # S and M are judged on the whole text: an action stated in the purpose clause or a
        # later sentence ("... so that I can deliver the QBR alone", ". I need to build the
        # report in under 2 hours") makes a vague headline specific and measurable.
        for lo in _other_clauses(d, g_hi, rat_at if rat_hi == n else n, main):
            if lo >= n:
                continue  # a label that ends the text ("... Plan:") opens nothing
            hi = _sentence_end(d, lo, n)
            other = read_clause(ctx, lo, lo, hi, range(lo, hi), d.span(lo, hi), False, _ignore)
            if rat_at <= lo < rat_hi and other.verb_class in _AIMS and not other.figure:
                continue  # "... so I can make partner": the role aimed at is why, not what
            if other.s_met and not s_met:
                s_met = True
                issues[:] = [i for i in issues if i.code not in _S_TEXT_CODES]
            if other.m_met and not m_met:
                m_met = True
                issues[:] = [i for i in issues if i.code not in _M_TEXT_CODES]
                deliverable = deliverable or other.deliverable
                goal_q = goal_q + other.goal_q
            if s_met and m_met:
                break

    # --- time -----------------------------------------------------------------------------------
    # Each kind of time expression, sorted out in one pass (most texts have one or two).
    starts_t: list[_Time] = []
    cadence_t: list[_Time] = []
    events: list[_Time] = []
    vague_t: list[_Time] = []
    impossible: list[_Time] = []
    no_dates: list[_Time] = []
    unread_years: list[_Time] = []
    # Dates set aside as another thing's: the reason's, what happened, a starting figure's.
    set_aside: list[tuple[_Time, str]] = []
    ends: list[tuple[date, _Time]] = []
    start_day = None
    if times:
        situations = _situations(d, g_hi) if g_hi < n else []
        if told is not None:
            situations.append((0, told))  # its dates and cadences are how things are
        if situations:
            times = [t for t in times if not any(lo <= t.i < hi for lo, hi in situations)]
        if "," in d.low[main:g_hi]:
            # "pass my theory test, my practical is in May": that date is the practical's
            for lo, hi, what in _spliced_facts(d, main, g_hi):
                set_aside += [(t, what) for t in times if lo <= t.i < hi and t.kind == "end"]
                times = [t for t in times if not lo <= t.i < hi]
        lead_hi = _leading_reason_end(d, main) if main > 0 else None
        if lead_hi is not None and any(
            t.i > lead_hi and t.kind in ("end", "window") for t in times
        ):
            # "Because the audit is in March, file the reports by February": the reason's
            # date is not the goal's own deadline.
            times = [t for t in times if t.i > lead_hi]
        fact_hi = _leading_fact_end(d, main) if main > 0 else None
        if fact_hi is not None:
            # "Since funding ends in March, find a new funder", "With three managers leaving
            # in Q1, I'll support ...": the date is the fact's, which the goal answers; only
            # "by" or "before" there ("As I need it by May, ...") bounds the goal.
            times = _keep_times(times, lambda t: t.i > fact_hi or _sets_a_deadline(d, t), set_aside)
        told_hi = _sentence_end(d, 0, n)
        if (
            told_hi < n - 1
            and _told_before(d, told_hi)
            and any(t.i > told_hi and t.kind in ("end", "window", "event") for t in times)
        ):
            # "Our NPS was 20 in October. Raise it to 35 by the next survey.": the first
            # sentence tells what was, and its dates are not the goal's.
            times = [t for t in times if t.i > told_hi]
        starts_t = [t for t in times if t.kind == "start"]
        if starts_t:
            start_day = min((t.first for t in starts_t if t.first), default=None)
            if start_day is not None and start_day > as_of:
                # "From next Monday, be in bed by 11pm": a clock time with no day is when, each
                # day, what starts then is done, not a deadline today
                times = [t for t in times if not _todays_clock(d, t, scan.cadence_q)]
        if rat_at < n and any(rat_at <= t.i < rat_hi for t in times):
            # A date inside the reason ("so I am ready for the spring all-hands") is not the
            # goal's own deadline, unless the goal names no other.
            own = [t for t in times if not rat_at <= t.i < rat_hi]
            if d.low[rat_at] in _CAUSES:
                # "because I spend 10 hours a week on reconciliations": how things are now,
                # not how often the goal recurs
                times = [t for t in times if t.kind != "cadence" or not rat_at <= t.i < rat_hi]
            if any(t.kind in ("end", "window", "event") for t in own):
                if d.low[rat_at] in _PURPOSES and not any(_sets_a_deadline(d, t) for t in own):
                    # "pass 3 exams in March and 2 in June, so I'm qualified by the end of
                    # 2027": a goal of steps in periods, whose purpose says by when it is done
                    own += [t for t in times if t not in own and _sets_a_deadline(d, t)]
                times = own
            elif d.low[rat_at] in _PURPOSES and _aims_at_a_start(d, rat_at, rat_hi):
                # "to start line training in April", "so I can work there next season": when
                # the state or the work the goal is for begins, not when the goal ends; "by" or
                # "before" there ("to be self-employed by October") says by when it must
                times = _keep_times(
                    times,
                    lambda t: (
                        not rat_at <= t.i < rat_hi
                        or t.kind not in _BOUNDS
                        or _sets_a_deadline(d, t)
                    ),
                    set_aside,
                )
            elif d.low[rat_at] in _CAUSES:
                # "because our funding ends in March", "as the contract is up on 1 February":
                # a cause tells what is the case, and its date is that fact's, not the goal's;
                # only "by" or "before" there ("because I need it by May") bounds the goal.
                cause_end = min(rat_hi, _sentence_end(d, rat_at + 1, n))
                times = _keep_times(
                    times,
                    lambda t: not rat_at <= t.i < cause_end or _sets_a_deadline(d, t),
                    set_aside,
                )
            elif _in_the_past(
                d, rat_at + 1, past_end := min(rat_hi, _sentence_end(d, rat_at + 1, n))
            ):
                # "since our team lost its seniors this year": that was then; a later sentence
                # ("Success looks like: ... within 5 days of approval") keeps its own times. The
                # word that opens the reason is no past tense: "needed for band 6 by June"
                times = [t for t in times if not rat_at <= t.i < past_end]
            elif _result_with_own_subject(d, rat_at) and not _change_between(d, rat_at, rat_hi):
                # A window in a result with its own subject counts from that subject's events
                # ("so refunds land within 3 days"), not from today.
                times = [t for t in times if t.kind != "window" or not rat_at <= t.i < rat_hi]
        for t in times:
            kind = t.kind
            if kind == "end":
                if t.last is not None:
                    ends.append((t.last, t))
            elif kind == "window":
                if t.last is None or _so_far(d, t.i, t.j):
                    continue
                if d.low[t.i] == "for" and not t.anchored and _due_otherwise(d, t, times):
                    # "shadow the team for a week before my review": how long the work lasts,
                    # done by the occasion named, not a window that ends a week from today
                    continue
                if start_day is not None and not t.anchored:
                    if t.months:
                        end = _months_later(start_day, t.months) - timedelta(days=1)
                    else:
                        end = start_day + timedelta(days=t.extra_days - 1)
                    ends.append((end, t._replace(days=(end - start_day).days + 1)))
                else:
                    ends.append((t.last, t))
            elif kind == "cadence":
                if (
                    not _rate_reached(d, t.i)
                    and not (told_rates and _overlaps(d.span(t.i, t.j), told_rates))
                    and not habit_given_up(d, t.i)
                ):
                    cadence_t.append(t)
            elif kind == "event":
                events.append(t)
            elif kind == "vague":
                vague_t.append(t)
            elif kind == "impossible":
                impossible.append(t)
            elif kind == "no_date":
                no_dates.append(t)
            elif kind == "year_not_read":
                unread_years.append(t)
            elif kind in _SET_ASIDE:
                set_aside.append((t, _SET_ASIDE[kind]))
    deadline = None
    deadline_span = None
    deadline_days = 0
    held_days = 0  # how long an absolute is held: the period it is held in, or up to the end
    if (
        ends
        and not _START_FORMS.isdisjoint(d.vocab)
        and all(_activity_starts(d, t.i, main) for _, t in ends)
    ):
        # "I'll start calling businesses in January": when an activity begins, which goes on
        # with no end; the date is a start, not a deadline.
        starts_t += [t._replace(j=_trimmed(d, t.i, t.j)) for _, t in ends]
        ends = []
    if not ends and start_day is not None:
        # "Run a 6-week puppy class starting 12 January": the length of what the goal runs,
        # from the day it starts, says when it ends
        # from a day the text gives ("starting next month" gives no day to count from)
        t0 = min(starts_t, key=attrgetter("i"))
        g_chars = goal_span if g_hi > g_lo and t0.days == 1 else (0, 0)
        last_day = length_from_start(d, quantities, start_day, g_chars)
        if last_day is not None:
            days = (last_day - start_day).days + 1
            ends.append((last_day, t0._replace(kind="end", last=last_day, days=days)))
    if ends:
        if len(ends) > 1 and any(not t.bare for _, t in ends):
            # "submit a paper to ICSE 2027 by the August deadline": the event's year is not
            # the deadline when the text also says "by" (a lone end is kept either way).
            ends = [(e, t) for e, t in ends if not t.bare]
        if len(ends) > 1:
            # "finish AZ-900 by 15 Dec, start AZ-104 in Jan": the day a next step starts on is
            # not when the goal ends.
            ends = [(e, t) for e, t in ends if not _a_start_of(d, t.i)] or ends
        deadline, t_dl = max(ends, key=itemgetter(0))
        deadline_span = d.span(t_dl.i, t_dl.j)
        deadline_days = max((deadline - as_of).days, t_dl.days)
        held_days = deadline_days
        if t_dl.days and d.low[t_dl.i] in _HELD_IN:
            # "never miss a handover in Q1 2027": held over that quarter alone, however far
            # off it starts; "by March" holds it from today on.
            held_days = min(deadline_days, t_dl.days)
    time_bound = bool(ends or cadence_t or events)
    cadence = d.slice(cadence_t[0].i, cadence_t[0].j) if cadence_t else None
    for t in impossible:
        issue("T009", d.span(t.i, t.j), d.slice(t.i, t.j))
    if not time_bound:
        if no_dates:
            t0 = no_dates[0]
            j0 = _trimmed(d, t0.i, t0.j)  # "by 31st June.": the date without the full stop
            issue("T011", d.span(t0.i, j0), d.slice(t0.i, j0), _why_no_date(t0))
        elif unread_years:
            t0 = unread_years[0]
            j0 = _trimmed(d, t0.i, t0.j)
            issue("T013", d.span(t0.i, j0), d.slice(t0.i, j0), str(t0.extra_days))
        elif vague_t:
            t0 = vague_t[0]
            issue("T002", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        elif starts_t and not _names_an_occasion(d, starts_t[0].j):
            t0 = starts_t[0]
            issue("T007", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        elif set_aside:
            t0, whose = set_aside[0]
            j0 = _trimmed(d, t0.i, t0.j)
            issue("T012", d.span(t0.i, j0), d.slice(t0.i, j0), whose)
        elif not impossible:  # a date past the calendar is a date, said by T009
            issue("T001", goal_span)
    elif cadence_t and not ends and not events:
        issue("T005", d.span(cadence_t[0].i, cadence_t[0].j), cadence or "")
    elif events and not ends:
        e0 = events[0]
        fiscal = any(w in lx.FISCAL_WORDS or w[:2] == "fy" for w in d.low[e0.i : e0.j])
        issue("T010" if fiscal else "T008", d.span(e0.i, e0.j), d.slice(e0.i, e0.j))

    # --- achievable -------------------------------------------------------------------------------
    # "in one afternoon", "within the hour": a window whose length is known, not its date
    occasion = _occasion_window(d, main, g_hi) if deadline is None else None
    # An absolute over a short window or one occasion can be counted and met.
    _absolutes(
        d,
        issue,
        0,
        n,
        bool(events) or occasion is not None or (deadline is not None and held_days <= 92),
        recurring=bool(cadence_t),
    )
    # A deadline already past says nothing about the pace the goal needs (T003 says it).
    window = deadline_days if deadline is not None and deadline >= as_of else occasion
    if window is None and events:
        # "within 8 weeks of joining as an apprentice": a window from a start the text names
        window = _start_window(d, events)
    if window is not None or cadence_t:
        reach_q, reach_hi = goal_q, g_hi
        if verb in lx.CAUSING_VERBS and d.at[g_hi] == "to" and g_hi < n:
            # "get all 40 of my clients to lose 20kg each": the "to" says what the others are
            # to do, not a purpose, and its figures are the pace asked of them
            reach_hi = _caused_end(d, g_hi + 1)
            lo_c, hi_c = d.st[g_hi], d.en[reach_hi - 1]
            reach_q = goal_q + [q for q in quantities if lo_c <= q.span[0] < hi_c]
        _scope(d, issue, reach_q, window, verb, main, reach_hi, deadline_span)

    return TextFacts(
        text=text,
        empty=False,
        deadline=deadline,
        deadline_span=deadline_span,
        deadline_days=deadline_days,
        start=start_day,
        time_bound=time_bound,
        cadence=cadence,
        event_bound=bool(events),
        quantities=tuple(sorted(goal_q, key=_span_of)) if len(goal_q) > 1 else tuple(goal_q),
        deliverable=deliverable,
        rationale=rationale,
        career_move=career,
        verb=verb,
        verb_class=verb_class,
        goal_span=goal_span,
        s_met=s_met,
        m_met=m_met,
        figure=figure,
        issues=tuple(issues),
    )


_span_of = attrgetter("span")
# Words that open a purpose: "to qualify", "so I can", "in order to", "so as to".
_PURPOSES = frozenset({"to", "so", "in"})
# Kinds of time that bound a goal by a day or an occasion (a cadence repeats instead).
_BOUNDS = frozenset({"end", "window", "event"})


def _aims_at_a_start(d: _Doc, lo: int, hi: int) -> bool:
    """Does the purpose at ``lo`` ("to start ...", "so that I can be ...", "in order to work
    ...") aim at a state to be in or work to begin, whose own time it may give, rather than at a
    result of the goal ("to pass the exam this quarter")?"""
    for k in range(lo + 1, min(hi, lo + 7)):
        w = d.low[k]
        if w in _PURPOSE_GLUE or w in lx.SUBJECTS or w in lx.MODALS:
            continue
        # "to be ready for the March launch": in time for it, which bounds the goal
        return lemma(w) in _STARTS_OF_A_STATE and d.at[k + 1] not in _IN_TIME_FOR
    return False


# The words between a purpose's opening and its verb: "so that I can", "in order to", "so as to".
_PURPOSE_GLUE = frozenset({"to", "that", "order", "as", "able", "'ll", "'d", "then", "finally"})
# Verbs whose purpose is a state or work that begins: be, become, start, work, join.
_STARTS_OF_A_STATE = frozenset({"be", "become", "start", "begin", "commence", "work", "join"})
# A state that is being in time for something: "to be ready for", "so I'm prepared for".
_IN_TIME_FOR = frozenset({"ready", "prepared", "set", "done", "finished", "able"})
# What a date set aside dates, in the words of T012.
_SET_ASIDE = {"history": "what has already happened", "baseline": "the starting figure"}
_REASON_ENDS = frozenset({".", "!", "?", ";", "\n"})
# Classes of an action that reaches a role or a state: in the reason, the aim, not the goal.
_AIMS = frozenset({"promotion", "state", "acquire"})
_S_TEXT_CODES = frozenset({"S001", "S002", "S003", "S004", "S005", "S006", "S012", "S013"})
_M_TEXT_CODES = frozenset({"M001", "M002", "M003", "M005", "M006", "M007"})


def _due_otherwise(d: _Doc, t: _Time, times: list[_Time]) -> bool:
    """Another time in the text says when the goal is due: an occasion, or a date after "by",
    "before" or "until"."""
    return any(
        o is not t and (o.kind == "event" or (o.kind == "end" and _sets_a_deadline(d, o)))
        for o in times
    )


def _todays_clock(d: _Doc, t: _Time, clocks: list[QuantityFact]) -> bool:
    """``t`` is a clock time read as a deadline today ("by 11pm"), no day named with it."""
    return (
        t.kind == "end"
        and t.last == d.as_of
        and any(q.kind == "clock" and d.st[t.i] <= q.span[0] < d.span(t.i, t.j)[1] for q in clocks)
    )


def _caused_end(d: _Doc, k: int) -> int:
    """Where the clause of what others are got to do, starting at ``k``, ends: at a mark that
    ends a clause or a reason ("to lose 20kg each by New Year's Day, so that ...")."""
    m = k
    while m < d.n and d.low[m] not in _CAUSED_ENDS:
        m += 1
    return m


# Words that end the clause of what others are got to do.
_CAUSED_ENDS = frozenset({".", ";", "!", "?", "so", "because"})


def _overlaps(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    """The character span ``span`` shares a character with one of ``spans``."""
    return any(lo < span[1] and span[0] < hi for lo, hi in spans)


def _ignore(code: str, span: tuple[int, int] | None, *words: str) -> None:
    """Findings of a clause read only for its verdicts are not reported."""


def _placeholder(text: str) -> bool:
    """Only a label or a stand-in, no goal yet: "Goal:", "TBD", "Objective: n/a", "N/A"."""
    if len(text) > 40:
        return False
    raw = text.lower().split()
    kept = ["".join(ch for ch in w if ch.isalnum()) for w in raw]
    kept = [w for w in kept if w]
    # A label is dropped when something follows it or a colon closes it ("Goal:").
    if kept and kept[0] in lx.GOAL_WORDS and (len(kept) > 1 or raw[-1].endswith(":")):
        kept = kept[1:]
    return not kept or (len(kept) == 1 and kept[0] in lx.PLACEHOLDERS)


def _empty_facts(text: str, issues: list[Issue]) -> TextFacts:
    span = (0, len(text))
    # S011 alone is shown for a text alone; M001 and T001 stay for a goal whose structure
    # may still meet M and T.
    issues.extend([Issue("S011", span), Issue("M001", span, ("", "")), Issue("T001", span)])
    return TextFacts(text, True, None, None, 0, None, False, None, False, (), None, None,
                     False, None, "none", span, False, False, False, tuple(issues))  # fmt: skip
