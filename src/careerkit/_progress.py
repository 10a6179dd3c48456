"""Goal progress: how far along, against what pace, and when it will likely be done."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Literal

import attrs

from careerkit._errors import PolicyError
from careerkit._model.goals import CheckIn, Goal

__all__ = [
    "AT_RISK_GAP",
    "OFF_TRACK_GAP",
    "PROJECTION_WINDOW",
    "Progress",
    "ProgressStatus",
    "progress",
]

ProgressStatus = Literal["on_track", "at_risk", "off_track", "done", "expired", "unknown"]

#: Behind the pace line by more than this share of the whole goal: at risk.
AT_RISK_GAP = 0.10
#: Behind by more than this share: off track. A quarter of the goal is a gap that rarely
#: closes without changing the plan, a tenth is one worth a closer look.
OFF_TRACK_GAP = 0.25
#: The projection fits a line through this many of the most recent check-ins, so that an old
#: slow start does not hide a recent change of pace.
PROJECTION_WINDOW = 6


@attrs.frozen
class Progress:
    """Where a goal stands on ``as_of``.

    ``fraction`` is the share of the way from baseline to target (0..1, clamped; ``overshoot``
    holds anything beyond the target), ``expected`` the share a straight pace line from start to
    deadline asks for by ``as_of``, ``days_ahead`` how many days ahead of that line (negative:
    behind). Rates are in metric units per week.
    """

    goal: str
    status: ProgressStatus
    basis: Literal["metric", "milestones", "none"]
    as_of: date
    current: float | None = None
    fraction: float | None = None
    overshoot: float = 0.0
    expected: float | None = None
    days_ahead: int | None = None
    required_rate: float | None = None
    observed_rate: float | None = None
    projected_finish: date | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            f.name: (v.isoformat() if isinstance(v, date) else v)
            for f, v in ((f, getattr(self, f.name)) for f in attrs.fields(Progress))
        }


def progress(goal: Goal, *, as_of: date) -> Progress:
    """How ``goal`` is going on ``as_of``.

    A measured goal is judged from its metric and check-ins, one without a metric from its
    milestones; with neither, progress is unknown.

    >>> from datetime import date
    >>> from careerkit import CheckIn, Goal, Metric
    >>> goal = Goal("talks", "Give two talks", start=date(2027, 1, 1), deadline=date(2027, 12, 31),
    ...             metric=Metric("talks", baseline=0, target=2),
    ...             check_ins=(CheckIn(date(2027, 3, 1), 1),))
    >>> p = progress(goal, as_of=date(2027, 7, 1))
    >>> p.status, p.fraction, p.days_ahead
    ('on_track', 0.5, 1)
    """
    if not isinstance(goal, Goal):
        raise PolicyError(f"goal must be a careerkit.Goal, got {type(goal).__name__}")
    day: object = as_of  # callers without type checking may pass anything
    if not isinstance(day, date) or isinstance(day, datetime):
        raise PolicyError(f"as_of must be a datetime.date, got {as_of!r}")
    if goal.metric is not None:
        return _metric_progress(goal, as_of)
    if goal.milestones:
        return _milestone_progress(goal, as_of)
    if goal.status == "done":
        return Progress(goal.id, "done", "none", as_of, reason="the goal is marked done")
    if goal.deadline is not None and as_of > goal.deadline and goal.status != "dropped":
        return Progress(
            goal.id,
            "expired",
            "none",
            as_of,
            reason=f"the deadline {goal.deadline.isoformat()} has passed",
        )
    return Progress(
        goal.id,
        "unknown",
        "none",
        as_of,
        reason="no metric and no milestones: add a metric or milestones to track progress",
    )


def _expected(goal: Goal, as_of: date) -> float | None:
    if goal.start is None or goal.deadline is None:
        return None
    total = (goal.deadline - goal.start).days
    if total <= 0:
        return 1.0 if as_of >= goal.deadline else 0.0
    return min(1.0, max(0.0, (as_of - goal.start).days / total))


def _status(
    goal: Goal, as_of: date, fraction: float | None, expected: float | None
) -> tuple[ProgressStatus, str]:
    if goal.status == "done" or (fraction is not None and fraction >= 1.0):
        return "done", "target reached" if goal.status != "done" else "the goal is marked done"
    if goal.status == "dropped":
        return "unknown", "the goal was dropped"
    if goal.deadline is not None and as_of > goal.deadline:
        return "expired", f"the deadline {goal.deadline.isoformat()} passed before the target"
    if fraction is None:
        if goal.start is not None:
            return "unknown", f"the goal starts on {goal.start.isoformat()}"
        return "unknown", "no check-in yet and no start date"
    if expected is None:
        return "unknown", "no start date and deadline to pace against"
    gap = expected - fraction
    if gap > OFF_TRACK_GAP:
        return "off_track", f"{gap:.0%} of the goal behind the pace line"
    if gap > AT_RISK_GAP:
        return "at_risk", f"{gap:.0%} of the goal behind the pace line"
    return "on_track", "on or near the pace line"


def _metric_progress(goal: Goal, as_of: date) -> Progress:
    metric = goal.metric
    assert metric is not None
    seen = [c for c in goal.check_ins if c.date <= as_of]
    current = seen[-1].value if seen else None
    if current is None and goal.start is not None and as_of >= goal.start:
        # Nothing reported since the start: the goal stands where it began.
        current = metric.baseline
    span = metric.target - metric.baseline  # never 0: Metric forbids it
    raw = None if current is None else (current - metric.baseline) / span
    # Rounded before the status is decided, so a fraction shown as 1.0 always means done.
    fraction = None if raw is None else round(min(1.0, max(0.0, raw)), 6)
    overshoot = 0.0 if raw is None else max(0.0, raw - 1.0)
    expected = _expected(goal, as_of)
    status, reason = _status(goal, as_of, fraction, expected)

    days_ahead = None
    if fraction is not None and goal.start is not None and goal.deadline is not None:
        total = (goal.deadline - goal.start).days
        pace_date = goal.start + timedelta(days=round(fraction * total))
        days_ahead = (pace_date - as_of).days if fraction < 1.0 else None

    required = None
    if goal.deadline is not None and as_of < goal.deadline and status not in ("done",):
        left = metric.target - (metric.baseline if current is None else current)
        required = left / ((goal.deadline - as_of).days / 7)

    slope = _slope(seen[-PROJECTION_WINDOW:])
    observed = None if slope is None else slope * 7
    projected = None
    if slope is not None and current is not None and status != "done":
        remaining = metric.target - current
        # A trend pointing away from the target (or flat) projects no finish date.
        if slope != 0 and (remaining > 0) == (slope > 0):
            days = remaining / slope
            # Beyond a century (or the calendar's end) is no forecast worth a date.
            if days < min(365 * 100, (date.max - seen[-1].date).days):
                projected = seen[-1].date + timedelta(days=round(days))
    if status == "at_risk" or status == "off_track":
        reason = f"{reason}; {-days_ahead} days behind" if days_ahead is not None else reason
    return Progress(
        goal.id,
        status,
        "metric",
        as_of,
        current=current,
        fraction=None if fraction is None else round(fraction, 6),
        overshoot=round(overshoot, 6),
        expected=None if expected is None else round(expected, 6),
        days_ahead=days_ahead,
        required_rate=None if required is None else round(required, 6),
        observed_rate=None if observed is None else round(observed, 6),
        projected_finish=projected,
        reason=reason,
    )


def _slope(points: Sequence[CheckIn]) -> float | None:
    """Least-squares slope (units per day) through check-ins; None without two distinct days."""
    if len(points) < 2:
        return None
    xs = [(p.date - points[0].date).days for p in points]
    ys = [p.value for p in points]
    n = len(points)
    mx = sum(xs) / n
    my = sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def _milestone_progress(goal: Goal, as_of: date) -> Progress:
    total = len(goal.milestones)
    done = sum(1 for m in goal.milestones if m.done_on is not None and m.done_on <= as_of)
    fraction = done / total
    dated = [m for m in goal.milestones if m.due is not None]
    if dated and len(dated) == total:
        # Milestones with due dates are the pace line.
        expected: float | None = sum(1 for m in dated if m.due and m.due <= as_of) / total
    else:
        expected = _expected(goal, as_of)
    status, reason = _status(goal, as_of, fraction, expected)
    return Progress(
        goal.id,
        status,
        "milestones",
        as_of,
        current=float(done),
        fraction=round(fraction, 6),
        expected=None if expected is None else round(expected, 6),
        reason=f"{done} of {total} milestones done; {reason}",
    )
