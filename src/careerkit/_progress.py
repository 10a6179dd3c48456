"""Goal progress: how far along, against what pace, and when it will likely be done."""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal

import attrs

from careerkit._args import as_of_date
from careerkit._data import JsonReady
from careerkit._errors import ArgumentTypeError
from careerkit._model.goals import CheckIn, Goal
from careerkit._records import shared_methods

__all__ = [
    "AT_RISK_GAP",
    "OFF_TRACK_GAP",
    "PROJECTION_WINDOW",
    "Progress",
    "ProgressStatus",
    "progress",
    "rate_text",
    "rate_texts",
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


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Progress(JsonReady):
    """Where a goal stands on ``as_of``.

    ``fraction`` is the share of the way from baseline to target (0..1, clamped; ``overshoot``
    holds anything beyond the target), ``expected`` the share a straight pace line from start to
    deadline asks for by ``as_of``, ``days_ahead`` how many days ahead of that line (negative:
    behind). Rates are in metric units per week, never NaN or infinite (``None`` when they
    cannot be computed, or would not fit in a float); ``rate_texts`` puts them in words.
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


def progress(goal: Goal, *, as_of: date | str | None = None) -> Progress:
    """How ``goal`` is going on ``as_of`` (today when it is left out).

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
        raise ArgumentTypeError(f"goal must be a careerkit.Goal, got {type(goal).__name__}")
    as_of = as_of_date(as_of)
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
    raw = None if current is None else _share(current, metric.baseline, metric.target)
    # Rounded before the status is decided, so a fraction shown as 1.0 always means done.
    fraction = None if raw is None else round(min(1.0, max(0.0, raw)), 6)
    # A tiny span and a huge value can still overflow the ratio: report the largest float, so
    # the figure stays a number (JSON has no infinity) and still says "far past the target".
    overshoot = 0.0 if raw is None else min(max(0.0, raw - 1.0), sys.float_info.max)
    expected = _expected(goal, as_of)
    status, reason = _status(goal, as_of, fraction, expected)

    days_ahead = None
    if fraction is not None and goal.start is not None and goal.deadline is not None:
        total = (goal.deadline - goal.start).days
        pace_date = goal.start + timedelta(days=round(fraction * total))
        days_ahead = (pace_date - as_of).days if fraction < 1.0 else None

    required = None
    if goal.deadline is not None and as_of < goal.deadline and status not in ("done",):
        left = metric.target / 2 - (metric.baseline if current is None else current) / 2
        required = _finite(left / ((goal.deadline - as_of).days / 7) * 2)

    slope = _slope(seen[-PROJECTION_WINDOW:])
    observed = None if slope is None else _finite(slope * 7)
    projected = None
    if slope is not None and current is not None and status != "done":
        remaining = metric.target / 2 - current / 2  # halved, like the slope below
        # A trend pointing away from the target (or flat) projects no finish date.
        if slope != 0 and (remaining > 0) == (slope > 0):
            days = remaining / (slope / 2)
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


def _share(current: float, baseline: float, target: float) -> float:
    """How far ``current`` is from ``baseline`` towards ``target`` (1.0 at the target)."""
    span = target - baseline  # never 0: Metric forbids it
    if math.isfinite(span):
        # The difference itself may overflow to an infinity, which the callers clamp.
        return (current - baseline) / span
    # A metric may run from -1e308 to 1e308: halves keep the difference finite there (and only
    # there: halving a tiny span could round it to 0).
    return (current / 2 - baseline / 2) / (target / 2 - baseline / 2)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _slope(points: Sequence[CheckIn]) -> float | None:
    """Least-squares slope (units per day) through check-ins.

    None without two distinct days, or when the slope does not fit in a float.
    """
    if len(points) < 2:
        return None
    xs = [(p.date - points[0].date).days for p in points]
    n = len(points)
    # Values scaled to at most 1 keep every sum finite, whatever the check-ins hold.
    scale = max(abs(p.value) for p in points) or 1.0
    ys = [p.value / scale for p in points]
    mx = sum(xs) / n
    my = sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx * scale
    return slope if math.isfinite(slope) else None


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


# --- rates in words --------------------------------------------------------------------------

Period = Literal["week", "month", "year"]
_PER_WEEK: dict[Period, float] = {"week": 1.0, "month": 365.25 / 12 / 7, "year": 365.25 / 7}


def rate_texts(per_week: Sequence[float], unit: str = "") -> tuple[str, ...]:
    """Rates (metric units per week) in words, all over the same period so they compare.

    A plain unit is counted over the shortest of a week, a month or a year that shows the
    largest rate as at least 0.5; a unit that is itself a rate ("pages/month") changes by so much each week.

    >>> rate_texts([0.5 / 7 * 2, 0.1], "talks")
    ('0.62 talks a month', '0.43 talks a month')
    >>> rate_texts([-0.269, -0.114], "pages/month")
    ('0.27 fewer pages a month each week', '0.11 fewer pages a month each week')
    >>> rate_texts([-3], "hours")
    ('a drop of 3 hours a week',)
    """
    noun, slash, per = unit.partition("/")
    if slash and noun.strip() and per.strip():
        return tuple(_change_text(r, noun.strip(), per.strip()) for r in per_week)
    largest = max((abs(r) for r in per_week), default=0.0)
    period: Period = "year"
    for candidate in ("week", "month"):
        if largest * _PER_WEEK[candidate] >= 0.5:
            period = candidate
            break
    return tuple(_amount_text(r * _PER_WEEK[period], unit.strip(), period) for r in per_week)


def rate_text(per_week: float, unit: str = "") -> str:
    """One rate (metric units per week) in words; see :func:`rate_texts`.

    >>> rate_text(0.05, "talks")
    '2.6 talks a year'
    """
    return rate_texts([per_week], unit)[0]


def _amount_text(amount: float, unit: str, period: Period) -> str:
    number = _number(abs(amount))
    what = f"{number} {_plural(unit, number)} a {period}" if unit else f"{number} a {period}"
    return f"a drop of {what}" if amount < 0 and number != "0" else what


def _change_text(per_week: float, noun: str, per: str) -> str:
    number = _number(abs(per_week))
    if number == "0":
        return f"no change in {noun} a {per}"
    counted = noun.endswith("s") and not noun.endswith("ss")
    if not counted:  # "0.5 h a week less each week", not "0.5 less h"
        word = "less" if per_week < 0 else "more"
        return f"{number} {noun} a {per} {word} each week"
    word = "fewer" if per_week < 0 else "more"
    return f"{number} {word} {_plural(noun, number)} a {per} each week"


def _plural(unit: str, number: str) -> str:
    # "1 talk a month", not "1 talks".
    if number == "1" and unit.endswith("s") and not unit.endswith("ss") and len(unit) > 2:
        return unit[:-1]
    return unit


def _number(value: float) -> str:
    """Two significant digits for small numbers, whole numbers from 100, e-notation past 1e6."""
    if value >= 1e6:
        return f"{value:.2g}"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.2g}"
