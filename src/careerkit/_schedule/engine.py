"""The scheduler itself: run the rules, move items out of time off, sort them."""

from __future__ import annotations

import bisect
from datetime import date, timedelta

import attrs

from careerkit._args import as_of_date, instance_of, policy_or_default
from careerkit._hidden import hidden_from
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import Viewer, redact
from careerkit._policy import DaySpan
from careerkit._schedule.agenda import Agenda, ReviewItem
from careerkit._schedule.policy import (
    _DEFAULT_POLICY,
    _KIND_ORDER,
    ReviewKind,
    SchedulePolicy,
)
from careerkit._schedule.rules import _RULES, _Context

#: How far ahead an agenda may look: ten years.
HORIZON = DaySpan(0)


def schedule_reviews(
    plan: CareerPlan,
    *,
    as_of: date | str | None = None,
    horizon: timedelta = timedelta(days=90),
    policy: SchedulePolicy | None = None,
    audience: Viewer = "self",
) -> Agenda:
    """What is due in ``plan`` from ``as_of`` (default: today) until ``as_of + horizon`` (whole
    days, at most 3,660), and why.

    Only records dated on or before ``as_of`` count. Overdue recurring items appear once, on the
    day they fell due; the ones after them count from ``as_of``. With an ``audience``
    ("mentor", "manager", "hr") the agenda is built from what the plan shares with it only
    (see :func:`careerkit.redact`), and so is its calendar export; items that would be
    counted from records it cannot see (reflections, hidden interactions, private well-being
    records) are left out rather than dated and explained wrongly.

    >>> from careerkit import CareerPlan, Contact, Interaction
    >>> plan = CareerPlan(contacts=(Contact("lee", "Lee", cadence_days=60,
    ...     interactions=(Interaction(date(2026, 9, 1), "gave"),)),))
    >>> policy = SchedulePolicy(kinds={"contact_follow_up"})
    >>> agenda = schedule_reviews(plan, as_of=date(2026, 11, 25), policy=policy)
    >>> agenda
    Agenda(as_of=2026-11-25, until=2027-02-23, items=2, overdue=1)
    >>> agenda[0].reason
    'last contact on 2026-09-01, 85 days ago; you keep in touch every 60 days'
    >>> [(item.due.isoformat(), item.overdue) for item in agenda]
    [('2026-10-31', True), ('2027-01-24', False)]
    """
    plan = instance_of(plan, CareerPlan, "plan")
    as_of = as_of_date(as_of)
    HORIZON.check("horizon", horizon)
    policy = policy_or_default(policy, SchedulePolicy, _DEFAULT_POLICY)
    until = as_of + horizon
    view = redact(plan, audience)
    ctx = _Context(view, as_of, until, policy, hidden_from(plan, view, audience))
    items: list[ReviewItem] = []
    for kind, rule in _RULES:
        if kind in policy.kinds:
            items.extend(rule(ctx))
    placed = _place(items, ctx)
    placed.sort(key=_sort_key)
    return Agenda(tuple(placed), as_of, ctx.until, policy)


def _sort_key(item: ReviewItem) -> tuple[bool, date, int, int, str, str]:
    return (
        not item.overdue,
        item.due,
        item.priority,
        _KIND_ORDER[item.kind],
        item.subject or "",
        item.title,
    )


# --- placing items around time off and weekends -------------------------------------------------


def _place(items: list[ReviewItem], ctx: _Context) -> list[ReviewItem]:
    """Move items out of blackout dates, time off and (optionally) weekends; drop duplicates
    that a move put on the same day."""
    # Overdue items stay where they fell due, so time off that ended before as_of is moot.
    spans = [span for span in _closed_spans(ctx) if span[1] >= ctx.as_of]
    working_days = ctx.policy.working_days
    if not spans and not working_days:
        return items
    first = spans[0][0] if spans else date.max
    last = max((span[1] for span in spans), default=date.min)
    closed = _Closed(spans)
    placed: dict[tuple[ReviewKind, str | None, date], ReviewItem] = {}
    for item in items:
        if not item.overdue and (working_days or first <= item.due <= last):
            day, why = _move(item.due, closed, working_days)
            if day is None:
                # Time off that lasts to the end of the calendar: there is no later day to move
                # to, so the item stays where it fell due.
                reason = (
                    f"{item.reason}; not moved, as {why[-1]} lasts until {date.max.isoformat()}"
                )
                item = attrs.evolve(item, reason=reason)
            elif why:
                reason = f"{item.reason}; moved from {item.due.isoformat()} ({', then '.join(why)})"
                item = attrs.evolve(item, due=day, reason=reason)
        placed.setdefault((item.kind, item.subject, item.due), item)
    return list(placed.values())


class _Closed:
    """Closed spans, sorted, with the latest end (and its label) among the first i spans, so
    that the span covering a day is found by bisection whatever the number of spans."""

    __slots__ = ("latest", "starts")

    def __init__(self, spans: list[tuple[date, date, str]]) -> None:
        self.starts = [span[0] for span in spans]
        self.latest: list[tuple[date, str]] = []
        for _start, end, label in spans:
            if not self.latest or end > self.latest[-1][0]:
                self.latest.append((end, label))
            else:
                self.latest.append(self.latest[-1])

    def covering(self, day: date) -> tuple[date, str] | None:
        """The latest end (and label) of the spans covering ``day``, if any does."""
        upto = bisect.bisect_right(self.starts, day)
        if upto and self.latest[upto - 1][0] >= day:
            return self.latest[upto - 1]
        return None


def _closed_spans(ctx: _Context) -> list[tuple[date, date, str]]:
    spans = [(day, day, "a blackout date") for day in ctx.policy.blackout]
    if ctx.policy.respect_time_off:
        for leave in ctx.plan.wellbeing.time_off:
            label = f"time off: {leave.note}" if leave.note.strip() else "time off"
            spans.append((leave.start, leave.end, label))
    spans.sort()
    return spans


def _move(day: date, closed: _Closed, working_days: bool) -> tuple[date | None, list[str]]:
    """The first free day from ``day`` on and what was in the way (``None``: no free day)."""
    why: list[str] = []
    while True:
        # Spans may overlap: the latest end of every span that covers the day counts.
        covering = closed.covering(day)
        if covering is not None:
            why.append(covering[1])
            if covering[0] == date.max:
                return None, why
            day = covering[0] + timedelta(days=1)
            continue
        if working_days and day.weekday() >= 5:
            why.append("a weekend")
            day += timedelta(days=7 - day.weekday())  # 9999-12-31 is a Friday: never overflows
            continue
        return day, why
