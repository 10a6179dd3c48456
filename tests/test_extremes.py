"""Plans at the edges of every field: every engine still answers, in finite numbers and valid JSON.

The plans come from :func:`strategies.plans` and are then stretched: dates before one drawn day
move back towards the year 1 and dates after another move on towards 9999, by whole weeks (so
week logs stay on Mondays and every record keeps its order), and metrics take numbers as large
as a float holds. ``as_of`` runs over the whole range the engines accept.
"""

from __future__ import annotations

import json
import math
import os
import sys
from datetime import date, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import careerkit as ck
from careerkit._args import EARLIEST_AS_OF, LATEST_AS_OF
from careerkit._balance import COMPONENTS
from careerkit._policy import MAX_SPAN_DAYS
from strategies import AUDIENCES, plans

# Whole-plan properties are the slow part of the suite: a few examples by default, a real hunt
# under HYPOTHESIS_PROFILE=thorough.
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
EXAMPLES = 500 if THOROUGH else 12

# The strategies date records from 1990 to 2100; these shifts take that range to the ends of
# what a date can hold, in whole weeks.
_FIRST, _LAST = date(1990, 1, 1), date(2100, 12, 31)
_BACK = timedelta(weeks=(_FIRST - date.min).days // 7)
_ON = timedelta(weeks=(date.max - _LAST).days // 7)

EDGE_NUMBERS = (
    -1e308,
    -1.7976931348623157e308,
    -5e-324,
    0.0,
    5e-324,
    1e308,
    1.7976931348623157e308,
)
as_of_dates = st.sampled_from([EARLIEST_AS_OF, LATEST_AS_OF]) | st.dates(
    EARLIEST_AS_OF, LATEST_AS_OF
)


def _stretch(value: Any, low: date, high: date) -> Any:
    """``value`` with every date before ``low`` moved back and every date after ``high`` on."""
    if isinstance(value, date):
        if value < low:
            return value - _BACK
        if value > high:
            return value + _ON
        return value
    if isinstance(value, tuple):
        return tuple(_stretch(item, low, high) for item in value)
    if attrs.has(type(value)):
        changes = {
            f.alias: _stretch(getattr(value, f.name), low, high)
            for f in attrs.fields(type(value))
            if f.init
        }
        return type(value)(**changes)
    return value


@st.composite
def edge_metrics(draw: st.DrawFn) -> ck.Metric:
    low, high = sorted(
        draw(st.lists(st.sampled_from(EDGE_NUMBERS), min_size=2, max_size=2, unique=True))
    )
    direction = draw(st.sampled_from(["up", "down"]))
    baseline, target = (low, high) if direction == "up" else (high, low)
    return ck.Metric("revenue", baseline, target, unit="EUR", direction=direction)


@st.composite
def edge_plans(draw: st.DrawFn) -> ck.CareerPlan:
    plan = draw(plans())
    low, high = sorted([draw(st.dates(_FIRST, _LAST)), draw(st.dates(_FIRST, _LAST))])
    plan = _stretch(plan, low, high)
    goals = []
    for goal in plan.goals:
        if goal.metric is not None and draw(st.booleans()):
            check_ins = tuple(
                attrs.evolve(c, value=draw(st.sampled_from(EDGE_NUMBERS))) for c in goal.check_ins
            )
            goal = attrs.evolve(goal, metric=draw(edge_metrics()), check_ins=check_ins)
        goals.append(goal)
    return attrs.evolve(plan, goals=tuple(goals))


def _json(data: Any) -> None:
    # allow_nan=False refuses NaN and infinity, which are not JSON.
    text = json.dumps(data, allow_nan=False)
    assert json.loads(text) == data


def _finite(data: Any) -> bool:
    if isinstance(data, float):
        return math.isfinite(data)
    if isinstance(data, dict):
        return all(_finite(v) for v in data.values())
    if isinstance(data, list):
        return all(_finite(v) for v in data)
    return True


def _check(report: Any) -> None:
    data = report.to_dict()
    assert _finite(data)
    _json(data)


@settings(max_examples=EXAMPLES)
@given(edge_plans(), as_of_dates, st.sampled_from(("self", *AUDIENCES)), st.booleans())
def test_every_engine_answers_for_plans_at_the_edges(
    plan: ck.CareerPlan, as_of: date, audience: Any, longest: bool
) -> None:
    horizon = timedelta(days=MAX_SPAN_DAYS if longest else 90)
    _check(ck.schedule_reviews(plan, as_of=as_of, horizon=horizon, audience=audience))
    _check(ck.score_balance(plan, as_of=as_of, audience=audience))
    for insight in ck.insights(plan, as_of=as_of, audience=audience):
        _check(insight)
    policy = ck.ReviewPolicy(horizon=horizon)
    _check(ck.review(plan, as_of=as_of, policy=policy, audience=audience))


@settings(max_examples=EXAMPLES)
@given(edge_plans(), as_of_dates)
def test_progress_and_smart_answer_for_plans_at_the_edges(plan: ck.CareerPlan, as_of: date) -> None:
    for goal in plan.goals:
        _check(ck.evaluate_smart(goal, as_of=as_of, plan=plan))
        _check(ck.progress(goal, as_of=as_of))


HUGE_GOAL = ck.Goal(
    "revenue",
    "Grow revenue from -1e308 to 1e308 EUR by 2027-01-01",
    start=date(2026, 1, 1),
    deadline=date(2027, 1, 1),
    metric=ck.Metric("revenue", -1e308, 1e308, unit="EUR"),
    check_ins=(ck.CheckIn(date(2026, 3, 1), 1e308), ck.CheckIn(date(2026, 5, 1), -1e308)),
)


def test_progress_of_huge_metrics_is_finite() -> None:
    _check(ck.progress(HUGE_GOAL, as_of=date(2026, 6, 1)))


def test_review_of_huge_metrics_is_valid_json() -> None:
    _check(ck.review(ck.CareerPlan(goals=(HUGE_GOAL,)), as_of=date(2026, 6, 1)))


def test_time_off_to_the_end_of_the_calendar() -> None:
    plan = ck.loads(
        '{"schema": "careerkit/1", "wellbeing": {"time_off": '
        '[{"start": "2026-12-01", "end": "9999-12-31"}]}}'
    )
    agenda = ck.schedule_reviews(plan, as_of=date(2026, 11, 25))
    # There is no day after the time off to move to: items stay where they fell due, and say so.
    later = [item for item in agenda if item.due >= date(2026, 12, 1)]
    assert later
    assert all(
        item.reason.endswith("; not moved, as time off lasts until 9999-12-31") for item in later
    )
    assert later[0].reason == (
        "well-being is checked every 2 weeks, counted from 2026-11-25; not moved, as time off "
        "lasts until 9999-12-31"
    )
    _check(ck.review(plan, as_of=date(2026, 11, 25)))


def test_a_challenge_ending_on_the_last_day_of_the_calendar() -> None:
    challenge = ck.Challenge(
        "c", "Lead the migration", stretch=4, start=date(9999, 1, 1), end=date(9999, 12, 31)
    )
    policy = ck.SchedulePolicy(challenge_retro_days=3660, kinds={"challenge_retro"})
    plan = ck.CareerPlan(challenges=(challenge,))
    agenda = ck.schedule_reviews(
        plan, as_of=LATEST_AS_OF, horizon=timedelta(days=3660), policy=policy
    )
    assert len(agenda) == 0


def test_a_credential_that_expired_in_the_year_1() -> None:
    learning = ck.LearningActivity(
        "old", "certification", "Scribe", credential=ck.model.Credential(expires=date(1, 1, 10))
    )
    plan = ck.CareerPlan(learning=(learning,))
    policy = ck.SchedulePolicy(forget_after_days=None, kinds={"credential_renewal"})
    (item,) = ck.schedule_reviews(plan, as_of=EARLIEST_AS_OF, policy=policy)
    assert (item.due, item.overdue) == (date(1, 1, 10), True)
    assert item.reason == "the credential expired on 0001-01-10, 693586 days ago"
    _check(ck.review(plan, as_of=EARLIEST_AS_OF))


@pytest.mark.parametrize("as_of", [EARLIEST_AS_OF, LATEST_AS_OF])
def test_balance_at_both_ends_of_the_range(as_of: date) -> None:
    weeks = (ck.WeekLog(as_of - timedelta(days=as_of.weekday()), hours_worked=60, leave_days=1),)
    wellbeing = ck.Wellbeing(
        weeks=weeks,
        time_off=(ck.model.TimeOff(date(1, 1, 1), date(9999, 12, 31)),),
    )
    report = ck.score_balance(wellbeing, as_of=as_of, window=timedelta(days=3660))
    _check(report)
    assert report.component("hours").value == 60


def test_progress_of_a_metric_a_denormal_wide() -> None:
    _check(ck.progress(DENORMAL_GOAL, as_of=date(2026, 6, 1)))
    done = DENORMAL_GOAL.with_check_in("2026-03-01", 1e308)
    assert ck.progress(done, as_of=date(2026, 6, 1)).overshoot == sys.float_info.max
    _check(ck.review(ck.CareerPlan(goals=(done,)), as_of=date(2026, 6, 1)))


@pytest.mark.parametrize("text", ["²X", "Read ³ books", "Score 10² points", "Ⅻ talks", "½x"])
def test_smart_of_digits_that_are_not_decimal(text: str) -> None:
    """'²' is a digit to str.isdigit() and not a number to float(): a figure is read only from
    decimal digits."""
    _check(ck.evaluate_smart(text, as_of=date(2026, 6, 1)))


DENORMAL_GOAL = ck.Goal(
    "tiny",
    "Move the needle by the smallest step a float can take",
    start=date(2026, 1, 1),
    deadline=date(2027, 1, 1),
    metric=ck.Metric("needle", 0.0, 5e-324),
)


# --- policies at the edges of what they accept ---------------------------------------------------


def _edges(low: float, high: float) -> st.SearchStrategy[float]:
    """Numbers at and near both ends of a setting's range (``low`` itself excluded)."""
    return st.sampled_from((max(low, 0) + 5e-324, (low + high) / 2, high))


@st.composite
def balance_policies(draw: st.DrawFn) -> ck.BalancePolicy:
    hours_limit, long_hours = sorted(
        draw(st.lists(_edges(0, 168), min_size=2, max_size=2, unique=True))
    )
    cbi_watch, cbi_risk = sorted(
        draw(st.lists(st.sampled_from((0.0, 50.0, 100.0)), min_size=2, max_size=2))
    )
    who5_very_low, who5_poor = sorted(
        draw(st.lists(st.sampled_from((0, 28, 100)), min_size=2, max_size=2))
    )
    weights = draw(
        st.dictionaries(st.sampled_from(COMPONENTS), _edges(0, 1000) | st.just(0.0), max_size=3)
    )
    return ck.BalancePolicy(
        sleep_hours=draw(_edges(0, 24)),
        activity_minutes=draw(_edges(0, 10080)),
        vigorous_factor=draw(_edges(0, 10)),
        hours_limit=hours_limit,
        long_hours=long_hours,
        after_hours_days=draw(_edges(0, 7) | st.just(0.0)),
        annual_leave_days=draw(_edges(0, 366)),
        leave_pace=draw(_edges(0, 1)),
        leave_year_start=draw(st.integers(1, 12)),
        who5_poor=who5_poor,
        who5_very_low=who5_very_low,
        cbi_watch=cbi_watch,
        cbi_risk=cbi_risk,
        steady_points=draw(_edges(0, 100) | st.just(0.0)),
        weights={"sleep": 1.0, **weights},
    )


schedule_policies = st.builds(
    ck.SchedulePolicy,
    goal_review=st.sampled_from(
        ("daily", "every 9999 years", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29")
    ),
    deadline_window_days=st.sampled_from((0, MAX_SPAN_DAYS)),
    credential_lead_days=st.sampled_from((0, MAX_SPAN_DAYS)),
    sponsor_update_days=st.sampled_from((0, MAX_SPAN_DAYS)),
    challenge_retro_days=st.sampled_from((0, MAX_SPAN_DAYS)),
    forget_after_days=st.sampled_from((None, 0, MAX_SPAN_DAYS)),
    working_days=st.booleans(),
    contact_follow_up=st.sampled_from((None, "every 9999 days")),
)

insight_policies = st.builds(
    ck.InsightPolicy,
    reciprocity_window_days=st.sampled_from((1, 10**18)),
    new_contact_days=st.sampled_from((1, 10**18)),
    learning_days=st.sampled_from((1, 10**18)),
    credential_warning_days=st.sampled_from((0, 10**18)),
    credential_expired_days=st.sampled_from((0, 10**18)),
    reciprocity_share=st.sampled_from((0.5000000001, 1.0)),
)


@settings(max_examples=EXAMPLES)
@given(edge_plans(), as_of_dates, balance_policies(), schedule_policies, insight_policies)
def test_engines_answer_under_policies_at_their_limits(
    plan: ck.CareerPlan,
    as_of: date,
    balance: ck.BalancePolicy,
    schedule: ck.SchedulePolicy,
    insight: ck.InsightPolicy,
) -> None:
    _check(ck.score_balance(plan, as_of=as_of, policy=balance, window=timedelta(MAX_SPAN_DAYS)))
    _check(ck.schedule_reviews(plan, as_of=as_of, policy=schedule))
    for found in ck.insights(plan, as_of=as_of, policy=insight):
        _check(found)
