"""The balance scorer: assess the components over a window, combine them, compare with the window before."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

import attrs

from careerkit._args import as_of_date, policy_or_default
from careerkit._balance.components import _WEEK, _assess, _between
from careerkit._balance.policy import _DEFAULT_POLICY, BalancePolicy
from careerkit._balance.report import BalanceComponent, BalanceReport, Coverage, Risk, Trend
from careerkit._model.plan import CareerPlan, as_wellbeing
from careerkit._model.privacy import Viewer, check_viewer
from careerkit._model.wellbeing import WeekLog, Wellbeing
from careerkit._policy import DaySpan


def score_balance(
    plan_or_records: CareerPlan | Wellbeing | Iterable[WeekLog],
    *,
    as_of: date | str | None = None,
    window: timedelta = timedelta(weeks=4),
    policy: BalancePolicy | None = None,
    audience: Viewer = "self",
) -> BalanceReport:
    """Score work-life balance over the ``window`` ending on ``as_of`` (both days included;
    ``as_of`` defaults to today, ``window`` is 1 to 3,660 days).

    A weekly log counts when its week starts in the window; the latest WHO-5 and CBI answers
    dated in the window are used; leave is counted over the leave year up to ``as_of``.

    With an ``audience`` ("mentor", "manager", "hr") the score uses the well-being records
    only if they are shared with it; week logs passed on their own carry no sharing and count
    as private, so any other audience gets a report with no data. Such a report says only that
    the records are not shared with the audience, never that there are none.

    >>> from datetime import date
    >>> from careerkit import WeekLog
    >>> weeks = [WeekLog(date(2026, 11, d), hours_worked=50, sleep_hours=6.5)
    ...          for d in (2, 9, 16, 23)]
    >>> report = score_balance(weeks, as_of=date(2026, 11, 25))
    >>> report.score, report.risk.level, report.coverage.used
    (82.2, 'elevated', ('hours', 'sleep'))
    >>> report.flags[0].message
    'averaging 50.0 h of work a week, above the EU limit of 48 h on average'
    """
    as_of = as_of_date(as_of)
    _WINDOW.check("window", window)
    policy = policy_or_default(policy, BalancePolicy, _DEFAULT_POLICY)
    data = as_wellbeing(plan_or_records, "plan_or_records")
    hidden = check_viewer(audience) != "self" and audience not in data.shared_with
    if hidden:
        data = Wellbeing()
    start = as_of - window + timedelta(days=1)

    components, flags = _assess(data, start, as_of, policy)
    score, reason = _combine(components, policy)
    if hidden:
        # Say nothing about records the audience cannot see: not even that there are none.
        components = [attrs.evolve(c, note=_NOT_SHARED) for c in components]
        reason = _NOT_SHARED
    elif score is None and not reason:
        reason = (
            f"no well-being data from {start.isoformat()} to {as_of.isoformat()}: log weeks "
            "(hours, sleep, activity, after-hours work, leave) or answer WHO-5 or CBI"
        )
    previous_start = start - window
    previous, _ = _assess(data, previous_start, start - timedelta(days=1), policy)
    trend = _trend(components, previous, previous_start, policy)

    used = tuple(c.name for c in components if c.status != "missing")
    weeks_logged = len(_between(data.weeks, start, as_of, _WEEK))
    flags.sort(key=lambda f: f.severity != "risk")  # risk first; otherwise component order
    recommendations = tuple(dict.fromkeys(f.recommendation for f in flags))
    return BalanceReport(
        as_of=as_of,
        window_start=start,
        score=score,
        reason=reason,
        components=tuple(components),
        flags=tuple(flags),
        risk=_risk(components),
        trend=trend,
        coverage=Coverage(
            used=used,
            missing=tuple(c.name for c in components if c.status == "missing"),
            weeks_logged=weeks_logged,
        ),
        recommendations=recommendations,
    )


def _combine(
    components: Iterable[BalanceComponent], policy: BalancePolicy
) -> tuple[float | None, str]:
    scored = [(policy.weights[c.name], c.points) for c in components if c.points is not None]
    total = math.fsum(w for w, _ in scored)
    if not scored:
        return None, ""
    if total == 0:
        return None, "every component with data has weight 0 in the policy"
    return round(math.fsum(w * p for w, p in scored) / total, 1), ""


def _trend(
    current: list[BalanceComponent],
    previous: list[BalanceComponent],
    previous_start: date,
    policy: BalancePolicy,
) -> Trend:
    before = {c.name for c in previous if c.points is not None}
    both = tuple(c.name for c in current if c.points is not None and c.name in before)
    now, _ = _combine((c for c in current if c.name in both), policy)
    then, _ = _combine((c for c in previous if c.name in both), policy)
    if now is None or then is None:
        return Trend(previous_start, then, now, None, None, both)
    change = round(now - then, 1)
    direction: Literal["better", "worse", "steady"] = (
        "steady" if abs(change) < policy.steady_points else "better" if change > 0 else "worse"
    )
    return Trend(previous_start, then, now, change, direction, both)


def _risk(components: list[BalanceComponent]) -> Risk:
    for level, status in (("high", "risk"), ("elevated", "watch")):
        drivers = tuple(c.name for c in components if c.status == status)
        if drivers:
            return Risk(level, drivers)  # type: ignore[arg-type]
    if all(c.status == "missing" for c in components):
        return Risk(None)
    return Risk("low")


_WINDOW = DaySpan(1)

_NOT_SHARED = "the well-being records are not shared with this audience"
