"""The goal's own time: which times read in the text are the goal's, its deadline, and T.

The time scan (:mod:`careerkit._smart.text.times`) reads every time expression in a text.
Some belong to something else: a situation told first, a reason, a fact the goal answers, a
sentence about what was. :func:`goal_time` sets those aside, sorts the rest by kind, picks
the deadline, and reports the T findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from operator import attrgetter, itemgetter
from typing import NamedTuple

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import TIME_BOUNDS, QuantityFact, _IssueFn, _Time
from careerkit._smart.text.goal_clause import GoalClause
from careerkit._smart.text.later import (
    _CAUSES,
    _SPLICES,
    _change_between,
    _in_the_past,
    _relative_facts,
    _remarks,
    _result_with_own_subject,
    _sentence_end,
    _situations,
    _spliced_facts,
    _told_before,
    later_sentences,
)
from careerkit._smart.text.periods import _months_later
from careerkit._smart.text.reason import _leading_fact_end, _leading_reason_end
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
    _trimmed,
    _why_no_date,
    habit_given_up,
    length_from_start,
)
from careerkit._smart.text.tokens import _Doc, lemma


class GoalTime(NamedTuple):
    """When the goal is due, how it recurs, and how long an absolute in it is held."""

    deadline: date | None
    deadline_span: tuple[int, int] | None
    deadline_days: int  # days from today to the deadline, or the window's length if longer
    held_days: int  # how long an absolute is held: the period it is held in, or up to the end
    start: date | None
    time_bound: bool
    cadence: str | None  # the words of the first cadence ("every week")
    events: list[_Time]  # occasions that bound the goal with no date ("before my review")


def goal_time(
    d: _Doc,
    times: list[_Time],
    clocks: Sequence[QuantityFact],
    quantities: list[QuantityFact],
    g: GoalClause,
    told_rates: tuple[tuple[int, int], ...],
    issue: _IssueFn,
) -> GoalTime:
    """The goal's own time, from the ``times`` read in the text; T findings go to ``issue``.

    ``told_rates`` are the spans of rates the goal clause tells as how things are; ``clocks``
    are the clock times the scan read."""
    kinds = _Kinds()
    start_day = None
    if times:
        times, start_day = _own_times(d, times, clocks, g, kinds)
        kinds.sort(d, times, start_day, told_rates)
    if (
        kinds.ends
        and not _START_FORMS.isdisjoint(d.vocab)
        and all(_activity_starts(d, t.i, g.main) for _, t in kinds.ends)
    ):
        # "I'll start calling businesses in January": when an activity begins, which goes on
        # with no end; the date is a start, not a deadline.
        kinds.starts += [t._replace(j=_trimmed(d, t.i, t.j)) for _, t in kinds.ends]
        kinds.ends = []
    ends = kinds.ends
    if not ends and start_day is not None:
        # "Run a 6-week puppy class starting 12 January": the length of what the goal runs,
        # from the day it starts, says when it ends
        # from a day the text gives ("starting next month" gives no day to count from)
        t0 = min(kinds.starts, key=attrgetter("i"))
        g_chars = g.goal_span if g.g_hi > g.main and t0.days == 1 else (0, 0)
        last_day = length_from_start(d, quantities, start_day, g_chars)
        if last_day is not None:
            days = (last_day - start_day).days + 1
            ends.append((last_day, t0._replace(kind="end", last=last_day, days=days)))
    deadline = None
    deadline_span = None
    deadline_days = 0
    held_days = 0
    if ends:
        deadline, t_dl = _deadline(d, ends)
        deadline_span = d.span(t_dl.i, t_dl.j)
        deadline_days = max((deadline - d.as_of).days, t_dl.days)
        held_days = deadline_days
        if t_dl.days and d.low[t_dl.i] in _HELD_IN:
            # "never miss a handover in Q1 2027": held over that quarter alone, however far
            # off it starts; "by March" holds it from today on.
            held_days = min(deadline_days, t_dl.days)
    cadences, events = kinds.cadences, kinds.events
    time_bound = bool(ends or cadences or events)
    cadence = d.slice(cadences[0].i, cadences[0].j) if cadences else None
    _time_issues(d, kinds, time_bound, g.goal_span, issue)
    return GoalTime(
        deadline, deadline_span, deadline_days, held_days, start_day, time_bound, cadence, events
    )


def _deadline(d: _Doc, ends: list[tuple[date, _Time]]) -> tuple[date, _Time]:
    """The goal's deadline among the days its times end on, and the time that gives it: the
    latest, leaving out an event's bare year beside a "by" and the day a next step starts."""
    if len(ends) > 1:
        ends = _restated(d, ends)
    if len(ends) > 1 and any(not t.bare for _, t in ends):
        # "submit a paper to ICSE 2027 by the August deadline": the event's year is not
        # the deadline when the text also says "by" (a lone end is kept either way).
        ends = [(e, t) for e, t in ends if not t.bare]
    if len(ends) > 1 and any(_sets_a_deadline(d, t) for _, t in ends):
        # "renew my passport by April for the trip in August": the time after what the goal
        # is for dates that occasion; the goal's own deadline is the "by"
        ends = [(e, t) for e, t in ends if not _dates_what_it_is_for(d, t.i)] or ends
    if len(ends) > 1:
        # "finish AZ-900 by 15 Dec, start AZ-104 in Jan": the day a next step starts on is
        # not when the goal ends.
        ends = [(e, t) for e, t in ends if not _a_start_of(d, t.i)] or ends
        ends = _framed(d, ends)
    return max(ends, key=itemgetter(0))


def _own_times(
    d: _Doc,
    times: list[_Time],
    clocks: Sequence[QuantityFact],
    g: GoalClause,
    kinds: _Kinds,
) -> tuple[list[_Time], date | None]:
    """The times that are the goal's own, and the day the goal starts on if one is given. The
    starts among them (a reason's included) go to ``kinds.starts``; dates that are another
    thing's go to ``kinds.set_aside`` with what they date."""
    n = d.n
    main, g_hi, rat_at, rat_hi = g.main, g.g_hi, g.rat_at, g.rat_hi
    later = later_sentences(d, g_hi) if g_hi < n else []
    situations = _situations(d, g_hi, later)
    if g.told is not None:
        situations.append((0, g.told))  # its dates and cadences are how things are
    if situations:
        times = [t for t in times if not any(lo <= t.i < hi for lo, hi in situations)]
    if g_hi < n and times:
        # "Keen to discuss it at the next team meeting.": the meeting dates the discussion,
        # not the goal; a cadence there ("We'll review it every Friday") is kept
        remarks = _remarks(d, later)
        times = [
            t
            for t in times
            if t.kind not in TIME_BOUNDS or not any(lo <= t.i < hi for lo, hi in remarks)
        ]
    if not _SPLICES.isdisjoint(d.low[main:g_hi]):
        # "pass my theory test, my practical is in May": that date is the practical's
        for lo, hi, what in _spliced_facts(d, main, g_hi):
            kinds.set_aside += [(t, what) for t in times if lo <= t.i < hi and t.kind == "end"]
            # a period gone by is set aside as what happened when the kinds are sorted
            times = [t for t in times if not lo <= t.i < hi or t.kind in _SET_ASIDE]
    for lo, hi, what in _relative_facts(d, main):
        # "for the training pack, which comes up for review in 2028": the pack's date
        kinds.set_aside += [(t, what) for t in times if lo <= t.i < hi and t.kind == "end"]
        times = [t for t in times if not lo <= t.i < hi]
    if (
        times
        and (d.at[times[0].j] in _RECORDS or d.at[times[0].i - 1] in _RECORDS)
        and not _HEADING_ENDS.isdisjoint(d.low[times[0].j : times[0].j + 3])
        and times[0].kind == "end"
        and d.low[times[0].i] not in lx.PREP_ALL  # "keep a log for 6 weeks - ...": how long
        # "Send the minutes 3 March - then ...": a goal's own object comes before its time
        and lx.DETERMINERS.isdisjoint(d.low[: times[0].i])
    ):
        # "Wk 14 log - target: ...", "Placement diary wk 3 - ...": a heading that dates the
        # record the goal is written in, not the goal
        t0 = times[0]
        kinds.set_aside.append((t0, "the record it is written in"))
        times = times[1:]
    lead_hi = _leading_reason_end(d, main) if main > 0 else None
    if lead_hi is not None and any(t.i > lead_hi and t.kind in ("end", "window") for t in times):
        # "Because the audit is in March, file the reports by February": the reason's
        # date is not the goal's own deadline.
        times = [t for t in times if t.i > lead_hi]
    fact_hi = _leading_fact_end(d, main) if main > 0 else None
    if fact_hi is not None:
        # "Since funding ends in March, find a new funder", "With three managers leaving
        # in Q1, I'll support ...": the date is the fact's, which the goal answers; only
        # "by" or "before" there ("As I need it by May, ...") bounds the goal.
        times = _keep_times(
            times, lambda t: t.i > fact_hi or _sets_a_deadline(d, t), kinds.set_aside
        )
    told_hi = _sentence_end(d, 0, n)
    if (
        told_hi < n - 1
        and _told_before(d, told_hi)
        and any(t.i > told_hi and t.kind in TIME_BOUNDS for t in times)
    ):
        # "Our NPS was 20 in October. Raise it to 35 by the next survey.": the first
        # sentence tells what was, and its dates are not the goal's.
        times = [t for t in times if t.i > told_hi]
    if clocks and not _UNTIL.isdisjoint(d.vocab):
        # "keep the clinic open until 8pm", "stay at the desk till 6": how long a state lasts
        # each day, a time of day with no day named, not a deadline today
        times = [t for t in times if d.low[t.i] not in _UNTIL or not _todays_clock(d, t, clocks)]
    start_day = None
    starts = [t for t in times if t.kind == "start"]
    if starts:
        start_day = min((t.first for t in starts if t.first), default=None)
        if start_day is not None and start_day > d.as_of:
            # "From next Monday, be in bed by 11pm": a clock time with no day is when, each
            # day, what starts then is done, not a deadline today
            times = [t for t in times if not _todays_clock(d, t, clocks)]
    if rat_at < n and any(rat_at <= t.i < rat_hi for t in times):
        times = _reason_times(d, times, rat_at, rat_hi, kinds.set_aside)
    kinds.starts = starts
    return times, start_day


def _reason_times(
    d: _Doc, times: list[_Time], rat_at: int, rat_hi: int, set_aside: list[tuple[_Time, str]]
) -> list[_Time]:
    """Set aside the times of the reason that opens at ``rat_at``, as what it opens says."""
    n = d.n
    # A date inside the reason ("so I am ready for the spring all-hands") is not the
    # goal's own deadline, unless the goal names no other.
    own = [t for t in times if not rat_at <= t.i < rat_hi]
    if d.low[rat_at] in _CAUSES:
        # "because I spend 10 hours a week on reconciliations": how things are now,
        # not how often the goal recurs
        times = [t for t in times if t.kind != "cadence" or not rat_at <= t.i < rat_hi]
    if any(t.kind in TIME_BOUNDS for t in own):
        if d.low[rat_at] in _PURPOSES and not any(_sets_a_deadline(d, t) for t in own):
            # "pass 3 exams in March and 2 in June, so I'm qualified by the end of
            # 2027": a goal of steps in periods, whose purpose says by when it is done
            own += [t for t in times if t not in own and _sets_a_deadline(d, t)]
        return own
    if d.low[rat_at] in _PURPOSES and _aims_at_a_start(d, rat_at, rat_hi):
        # "to start line training in April", "so I can work there next season": when
        # the state or the work the goal is for begins, not when the goal ends; "by" or
        # "before" there ("to be self-employed by October") says by when it must
        return _keep_times(
            times,
            lambda t: (
                not rat_at <= t.i < rat_hi or t.kind not in TIME_BOUNDS or _sets_a_deadline(d, t)
            ),
            set_aside,
        )
    if d.low[rat_at] in _CAUSES:
        # "because our funding ends in March", "as the contract is up on 1 February":
        # a cause tells what is the case, and its date is that fact's, not the goal's;
        # only "by" or "before" there ("because I need it by May") bounds the goal.
        cause_end = min(rat_hi, _sentence_end(d, rat_at + 1, n))
        # "as the cruise report is due on 15 February": a thing the cause names has that
        # deadline; "because I need it by May", "as it's due on 3 June", "because the landlord
        # needs them done by 15 January" (a pronoun for what the goal acts on) bound the goal
        other = (
            d.at[rat_at + 1] in lx.DETERMINERS or d.at[rat_at + 1] in lx.POSSESSIVES
        ) and _BACK_POINTERS.isdisjoint(d.low[rat_at + 1 : cause_end])
        return _keep_times(
            times,
            lambda t: not rat_at <= t.i < cause_end or (not other and _sets_a_deadline(d, t)),
            set_aside,
        )
    past_end = min(rat_hi, _sentence_end(d, rat_at + 1, n))
    if _in_the_past(d, rat_at + 1, past_end):
        # "since our team lost its seniors this year": that was then; a later sentence
        # ("Success looks like: ... within 5 days of approval") keeps its own times. The
        # word that opens the reason is no past tense: "needed for band 6 by June"
        return [t for t in times if not rat_at <= t.i < past_end]
    if _result_with_own_subject(d, rat_at) and not _change_between(d, rat_at, rat_hi):
        # A window in a result with its own subject counts from that subject's events
        # ("so refunds land within 3 days"), not from today.
        return [t for t in times if t.kind != "window" or not rat_at <= t.i < rat_hi]
    return times


class _Kinds:
    """The goal's own times sorted by kind (most texts have one or two)."""

    __slots__ = (
        "cadences",
        "ends",
        "events",
        "impossible",
        "no_dates",
        "set_aside",
        "starts",
        "unread_years",
        "vague",
    )

    def __init__(self) -> None:
        self.ends: list[tuple[date, _Time]] = []
        self.starts: list[_Time] = []
        self.cadences: list[_Time] = []
        self.events: list[_Time] = []
        self.vague: list[_Time] = []
        self.impossible: list[_Time] = []
        self.no_dates: list[_Time] = []
        self.unread_years: list[_Time] = []
        # Dates set aside as another thing's: the reason's, what happened, a starting figure's.
        self.set_aside: list[tuple[_Time, str]] = []

    def sort(
        self,
        d: _Doc,
        times: list[_Time],
        start_day: date | None,
        told_rates: tuple[tuple[int, int], ...],
    ) -> None:
        for t in times:
            kind = t.kind
            if kind == "end":
                if t.last is not None:
                    self.ends.append((t.last, t))
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
                    self.ends.append((end, t._replace(days=(end - start_day).days + 1)))
                else:
                    self.ends.append((t.last, t))
            elif kind == "cadence":
                if (
                    not _rate_reached(d, t.i)
                    and not (told_rates and _overlaps(d.span(t.i, t.j), told_rates))
                    and not habit_given_up(d, t.i)
                ):
                    self.cadences.append(t)
            elif kind == "event":
                self.events.append(t)
            elif kind == "vague":
                self.vague.append(t)
            elif kind == "impossible":
                self.impossible.append(t)
            elif kind == "no_date":
                self.no_dates.append(t)
            elif kind == "year_not_read":
                self.unread_years.append(t)
            elif kind in _SET_ASIDE:
                self.set_aside.append((t, _SET_ASIDE[kind]))


def _time_issues(
    d: _Doc,
    kinds: _Kinds,
    time_bound: bool,
    goal_span: tuple[int, int],
    issue: _IssueFn,
) -> None:
    """The T findings: a date the calendar lacks, and why a goal is not time-bound, or is
    bound by a cadence or an occasion alone."""
    for t in kinds.impossible:
        issue("T009", d.span(t.i, t.j), d.slice(t.i, t.j))
    if not time_bound:
        if kinds.no_dates:
            t0 = kinds.no_dates[0]
            j0 = _trimmed(d, t0.i, t0.j)  # "by 31st June.": the date without the full stop
            issue("T011", d.span(t0.i, j0), d.slice(t0.i, j0), _why_no_date(t0))
        elif kinds.unread_years:
            t0 = kinds.unread_years[0]
            j0 = _trimmed(d, t0.i, t0.j)
            issue("T013", d.span(t0.i, j0), d.slice(t0.i, j0), str(t0.extra_days))
        elif kinds.vague:
            t0 = kinds.vague[0]
            issue("T002", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        elif kinds.starts and not _names_an_occasion(d, kinds.starts[0].j):
            t0 = kinds.starts[0]
            issue("T007", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        elif kinds.set_aside:
            t0, whose = kinds.set_aside[0]
            j0 = _trimmed(d, t0.i, t0.j)
            issue("T012", d.span(t0.i, j0), d.slice(t0.i, j0), whose)
        elif not kinds.impossible:  # a date past the calendar is a date, said by T009
            issue("T001", goal_span)
    elif kinds.cadences and not kinds.ends and not kinds.events:
        c0 = kinds.cadences[0]
        issue("T005", d.span(c0.i, c0.j), d.slice(c0.i, c0.j))
    elif kinds.events and not kinds.ends:
        e0 = kinds.events[0]
        fiscal = any(w in lx.FISCAL_WORDS or w[:2] == "fy" for w in d.low[e0.i : e0.j])
        issue("T010" if fiscal else "T008", d.span(e0.i, e0.j), d.slice(e0.i, e0.j))


# Object pronouns by which a cause points back to what the goal acts on.
_BACK_POINTERS = frozenset({"it", "them", "these", "this", "those"})


def _dates_what_it_is_for(d: _Doc, i: int) -> bool:
    """Does the time at ``i`` ("in August", "on Friday") follow the noun phrase of a "for"
    ("for the trip in August", "for my interview on Friday"), dating what the goal is for?"""
    if d.low[i] not in _WHEN_WORDS:
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        w = d.low[k]
        if w == "for":
            return k < i - 1
        if not d.low[k].replace("'", "").isalpha() or w in lx.PREPOSITIONS or w in lx.CONJUNCTIONS:
            return False
    return False


_WHEN_WORDS = frozenset({"in", "on", "at", "during"})


def _framed(d: _Doc, ends: list[tuple[date, _Time]]) -> list[tuple[date, _Time]]:
    """Drop a period named before a colon that holds a day the goal is due by after it ("I
    need to revalidate in April: I'll write five accounts by 1 April", "Q1: ship it by 15
    February"): the frame's period holds the goal's own, sharper deadline."""
    days = [t for _, t in ends if t.days == 1 and t.last is not None and _sets_a_deadline(d, t)]
    if not days:
        return ends
    return [
        (e, t)
        for e, t in ends
        if not any(
            t.days > 1
            and t.first is not None
            and t.first <= x.last <= e  # type: ignore[operator]
            and t.i < x.i
            and ":" in d.low[t.j - 1 : x.i]
            for x in days
        )
    ]


def _restated(d: _Doc, ends: list[tuple[date, _Time]]) -> list[tuple[date, _Time]]:
    """A period that dates an occasion, then the occasion's own day right after its name, in
    brackets or after "on" ("at the spring conference (9 April 2027)", "by the summer fete on
    3 July"): the day says when the occasion is, more exactly than the period, and stands in
    for it, though written without a "by" of its own."""
    out = ends
    for e, x in ends:
        # the word that opens the day: its own "on", or "(" before it and a weekday or a
        # deadline's label ("(Saturday 20 March)", "(due 30 June)")
        k0 = x.i if d.low[x.i] == "on" else x.i - 1
        if d.at[k0] in lx.WEEKDAYS or d.at[k0] in lx.DEADLINE_LABELS:
            k0 -= 1
        opener = d.at[k0]
        if opener not in _RESTATING or k0 < 2 or (opener == "(" and d.at[x.j] != ")"):
            continue  # "(April to March)": the bracket holds more than the day
        for p in out:
            t = p[1]
            if (
                t is not x
                and t.j <= k0 <= t.j + _OCCASION_WORDS
                and all(_an_occasion_word(d, k) for k in range(t.j, k0))
                and (
                    opener == "("
                    or k0 > t.j
                    or (t.days > 1 and t.first is not None and t.first <= e <= p[0])
                )
            ):
                # "(14-15 October)" after "the autumn symposium", "on 19 December" after "the
                # Christmas show" date the occasion, whatever day its name was read as; "on" a
                # day right after the period alone ("in spring on 9 April") restates it only
                # if the period holds it
                out = [q for q in out if q is not p and q[1] is not x]
                out.append((e, x._replace(bare=False)))
                break
    return out


# The words that say how long a state lasts: "open until 8pm".
_UNTIL = frozenset({"until", "till"})
# The words that open the day an occasion is on, right after its name.
_RESTATING = frozenset({"(", "on"})
# At most this many words of an occasion's name after the period that dates it ("the spring
# open day (9 April)").
_OCCASION_WORDS = 3


def _an_occasion_word(d: _Doc, k: int) -> bool:
    """The word at ``k`` may be part of an occasion's name after the period that dates it: a
    word, not a clause's edge ("conference", "open", "day"; not "and", "by" or ",")."""
    w = d.at[k]
    return (
        w.isalpha()
        and w not in lx.PREPOSITIONS
        and w not in lx.CONJUNCTIONS
        and w not in lx.BOUNDARY
        and w not in lx.MODALS
    ) or d.after_hyphen(k + (w == "-"))  # "clean-up": the hyphen and the word after it


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


def _due_otherwise(d: _Doc, t: _Time, times: list[_Time]) -> bool:
    """Another time in the text says when the goal is due: an occasion, or a date after "by",
    "before" or "until"."""
    return any(
        o is not t and (o.kind == "event" or (o.kind == "end" and _sets_a_deadline(d, o)))
        for o in times
    )


def _todays_clock(d: _Doc, t: _Time, clocks: Sequence[QuantityFact]) -> bool:
    """``t`` is a clock time read as a deadline today ("by 11pm"), no day named with it."""
    return (
        t.kind == "end"
        and t.last == d.as_of
        and any(q.kind == "clock" and d.st[t.i] <= q.span[0] < d.span(t.i, t.j)[1] for q in clocks)
    )


def _overlaps(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    """The character span ``span`` shares a character with one of ``spans``."""
    return any(lo < span[1] and span[0] < hi for lo, hi in spans)


# Nouns for a written record of what was done, which a time before them dates.
_RECORDS = frozenset({"log", "diary", "journal", "notes", "entry", "minutes", "reflection"})
# The marks that end a heading before the goal.
_HEADING_ENDS = frozenset({":", "-", "–", "—"})
# Words that open a purpose: "to qualify", "so I can", "in order to", "so as to".
_PURPOSES = frozenset({"to", "so", "in"})
# Kinds of time that bound a goal by a day or an occasion (a cadence repeats instead).
# The words between a purpose's opening and its verb: "so that I can", "in order to", "so as to".
_PURPOSE_GLUE = frozenset({"to", "that", "order", "as", "able", "'ll", "'d", "then", "finally"})
# Verbs whose purpose is a state or work that begins: be, become, start, work, join.
_STARTS_OF_A_STATE = frozenset({"be", "become", "start", "begin", "commence", "work", "join"})
# A state that is being in time for something: "to be ready for", "so I'm prepared for".
_IN_TIME_FOR = frozenset({"ready", "prepared", "set", "done", "finished", "able"})
# What a date set aside dates, in the words of T012.
_SET_ASIDE = {"history": "what has already happened", "baseline": "the starting figure"}
