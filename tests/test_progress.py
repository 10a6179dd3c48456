"""Goal progress: fraction, pace, projection and status."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import careerkit as ck
import strategies
from careerkit import CheckIn, Goal, Metric, Milestone, progress
from careerkit._args import EARLIEST_AS_OF, LATEST_AS_OF
from careerkit._progress import AT_RISK_GAP, OFF_TRACK_GAP, PROJECTION_WINDOW, rate_texts
from careerkit.reports import Progress

START = date(2027, 1, 1)
DEADLINE = date(2027, 12, 31)  # 364 days after the start
MIDYEAR = date(2027, 7, 2)  # 182 days in: half way


def goal(*values: tuple[date, float], metric: Metric | None = None, **kwargs: object) -> Goal:
    """A goal from 0 to 10 over 2027 with check-ins ``(date, value)``."""
    fields: dict[str, object] = {"start": START, "deadline": DEADLINE}
    fields.update(kwargs)
    return Goal(
        "g1",
        "Close ten deals",
        metric=metric or Metric("deals", baseline=0, target=10),
        check_ins=tuple(CheckIn(d, v) for d, v in values),
        **fields,  # type: ignore[arg-type]
    )


def at_midyear(value: float, **kwargs: object) -> Progress:
    return progress(goal((date(2027, 7, 1), value), **kwargs), as_of=MIDYEAR)


# --- fraction, direction, clamping --------------------------------------------------------------


def test_on_the_pace_line() -> None:
    assert at_midyear(5) == Progress(
        "g1",
        "on_track",
        "metric",
        MIDYEAR,
        current=5,
        fraction=0.5,
        overshoot=0.0,
        expected=0.5,
        days_ahead=0,
        required_rate=round(5 / 26, 6),  # 5 deals in 182 days = 26 weeks
        observed_rate=None,
        projected_finish=None,
        reason="on or near the pace line",
    )


def test_direction_down() -> None:
    overtime = Metric("overtime", baseline=20, target=4, unit="hours", direction="down")
    p = at_midyear(12, metric=overtime)
    assert (p.fraction, p.status, p.days_ahead) == (0.5, "on_track", 0)
    assert p.required_rate == round(-8 / 26, 6)  # going down: a negative rate
    worse = at_midyear(24, metric=overtime)
    assert (worse.fraction, worse.overshoot, worse.status) == (0.0, 0.0, "off_track")
    beyond = at_midyear(0, metric=overtime)
    assert (beyond.fraction, beyond.overshoot, beyond.status) == (1.0, 0.25, "done")


def test_fraction_is_clamped_and_overshoot_reported() -> None:
    below = at_midyear(-3)
    assert (below.fraction, below.overshoot, below.current) == (0.0, 0.0, -3)
    above = at_midyear(13)
    assert (above.fraction, above.overshoot, above.status) == (1.0, 0.3, "done")


def test_latest_check_in_on_or_before_as_of_counts() -> None:
    g = goal((date(2027, 3, 1), 2), (date(2027, 6, 1), 4), (date(2027, 9, 1), 9))
    assert progress(g, as_of=date(2027, 6, 1)).current == 4
    assert progress(g, as_of=date(2027, 5, 31)).current == 2
    assert progress(g, as_of=date(2027, 9, 1)).current == 9


def test_no_check_in_since_the_start_stands_at_the_baseline() -> None:
    p = progress(goal(), as_of=date(2027, 2, 1))
    assert (p.current, p.fraction, p.status) == (0, 0.0, "on_track")
    assert p.days_ahead == -31


def test_before_the_start_without_check_ins_progress_is_unknown() -> None:
    p = progress(goal(), as_of=date(2026, 12, 1))
    assert (p.current, p.fraction, p.expected, p.status) == (None, None, 0.0, "unknown")
    assert p.required_rate == round(10 / (395 / 7), 6)


# --- pace ----------------------------------------------------------------------------------------


def test_expected_progress_follows_a_straight_line() -> None:
    g = goal()
    assert progress(g, as_of=START).expected == 0.0
    assert progress(g, as_of=date(2026, 6, 1)).expected == 0.0
    assert progress(g, as_of=date(2027, 4, 2)).expected == round(91 / 364, 6)
    assert progress(g, as_of=DEADLINE).expected == 1.0
    assert progress(g, as_of=date(2028, 3, 1)).expected == 1.0


def test_expected_needs_start_and_deadline() -> None:
    assert progress(goal(start=None), as_of=MIDYEAR).expected is None
    assert progress(goal(deadline=None), as_of=MIDYEAR).expected is None


def test_a_one_day_goal_is_expected_done_on_its_deadline() -> None:
    g = goal(start=DEADLINE, deadline=DEADLINE)
    assert progress(g, as_of=DEADLINE - timedelta(days=1)).expected == 0.0
    assert progress(g, as_of=DEADLINE).expected == 1.0
    assert progress(g, as_of=DEADLINE).days_ahead == 0


def test_days_ahead_and_behind() -> None:
    assert at_midyear(8).days_ahead == round(0.8 * 364) - 182  # 109 days ahead
    assert at_midyear(2).days_ahead == round(0.2 * 364) - 182  # 109 days behind
    assert at_midyear(10).days_ahead is None  # done: no pace to keep
    assert at_midyear(5, start=None).days_ahead is None


def test_required_rate_from_now_on() -> None:
    assert at_midyear(4).required_rate == round(6 / 26, 6)
    assert at_midyear(10).required_rate is None  # done
    assert progress(goal((date(2027, 7, 1), 4)), as_of=DEADLINE).required_rate is None
    assert at_midyear(4, deadline=None).required_rate is None
    assert at_midyear(12, status="active").required_rate is None


# --- status ---------------------------------------------------------------------------------


def test_status_at_risk_and_off_track() -> None:
    at_risk = at_midyear(3.5)  # 15 % behind
    assert (at_risk.status, at_risk.days_ahead) == ("at_risk", 127 - 182)
    assert at_risk.reason == "15% of the goal behind the pace line; 55 days behind"
    off_track = at_midyear(2)  # 30 % behind
    assert off_track.status == "off_track"
    assert off_track.reason == "30% of the goal behind the pace line; 109 days behind"


def test_status_thresholds() -> None:
    assert (AT_RISK_GAP, OFF_TRACK_GAP) == (0.10, 0.25)
    assert at_midyear(4.5).status == "on_track"  # 5 % behind
    assert at_midyear(2.5).status == "at_risk"  # exactly a quarter behind: not yet off track
    assert at_midyear(2.4).status == "off_track"


def test_behind_milestones_report_no_days_behind() -> None:
    # Milestones with due dates give a pace line without start and deadline.
    g = Goal(
        "g1",
        "Publish the guide",
        milestones=(
            Milestone("Outline", due=date(2027, 2, 1)),
            Milestone("Draft", due=date(2027, 3, 1)),
        ),
    )
    p = progress(g, as_of=date(2027, 3, 1))
    assert (p.status, p.days_ahead) == ("off_track", None)


def test_done_when_the_target_is_reached() -> None:
    p = at_midyear(10)
    assert (p.status, p.reason, p.fraction, p.overshoot) == ("done", "target reached", 1.0, 0.0)
    assert p.projected_finish is None


def test_done_when_marked_done() -> None:
    p = at_midyear(3, status="done")
    assert (p.status, p.reason, p.fraction) == ("done", "the goal is marked done", 0.3)
    assert progress(goal(status="done"), as_of=date(2030, 1, 1)).status == "done"


def test_expired_after_the_deadline() -> None:
    p = progress(goal((date(2027, 11, 1), 6)), as_of=date(2028, 1, 1))
    assert (p.status, p.reason) == ("expired", "the deadline 2027-12-31 passed before the target")
    on_the_day = progress(goal((date(2027, 11, 1), 6)), as_of=DEADLINE)
    assert on_the_day.status == "off_track"


def test_reached_after_the_deadline_is_still_done() -> None:
    assert progress(goal((date(2028, 1, 5), 10)), as_of=date(2028, 2, 1)).status == "done"


def test_unknown_without_pace() -> None:
    p = at_midyear(5, start=None)
    assert (p.status, p.reason) == ("unknown", "no start date and deadline to pace against")
    q = progress(goal(start=None), as_of=MIDYEAR)
    assert (q.status, q.reason, q.fraction) == (
        "unknown",
        "no check-in yet and no start date",
        None,
    )


# --- projection -------------------------------------------------------------------------------


def test_projection_by_least_squares() -> None:
    points = [(START + timedelta(days=14 * i), i) for i in range(4)]  # 1 deal every 2 weeks
    p = progress(goal(*points), as_of=date(2027, 3, 1))
    assert p.observed_rate == 0.5
    # 7 deals to go at 1 per 14 days from the last check-in on 2027-02-12.
    assert p.projected_finish == date(2027, 2, 12) + timedelta(days=98)


def test_projection_fits_a_line_through_scattered_points() -> None:
    days_values = [(0, 1.0), (10, 1.0), (20, 4.0), (30, 4.0)]
    p = progress(goal(*[(START + timedelta(days=d), v) for d, v in days_values]), as_of=MIDYEAR)
    # Least squares: slope = sum((x-15)(y-2.5)) / sum((x-15)^2) = 60 / 500 = 0.12 per day.
    assert p.observed_rate == round(0.12 * 7, 6)
    assert p.projected_finish == START + timedelta(days=30 + 50)  # 6 to go at 0.12 a day


def test_projection_uses_only_the_recent_check_ins() -> None:
    assert PROJECTION_WINDOW == 6
    slow_start = [(START + timedelta(days=i), 0.0) for i in range(10)]
    recent = [(date(2027, 2, 1) + timedelta(days=7 * i), 1.0 + i) for i in range(6)]
    p = progress(goal(*slow_start, *recent), as_of=date(2027, 3, 10))
    assert p.observed_rate == 1.0  # one a week; the flat start is out of the window
    assert p.projected_finish == date(2027, 3, 8) + timedelta(days=28)


@pytest.mark.parametrize(
    "points",
    [
        [],
        [(date(2027, 2, 1), 3)],  # one point is no trend
        [(date(2027, 2, 1), 3), (date(2027, 2, 1), 4)],  # two on one day: no slope
        [(date(2027, 2, 1), 3), (date(2027, 3, 1), 3)],  # flat
        [(date(2027, 2, 1), 4), (date(2027, 3, 1), 3)],  # moving away from the target
    ],
)
def test_no_projection(points: list[tuple[date, float]]) -> None:
    assert progress(goal(*points), as_of=date(2027, 4, 1)).projected_finish is None


def test_no_projection_more_than_a_century_away() -> None:
    crawl = goal((date(2027, 2, 1), 0.0), (date(2027, 3, 1), 0.001))
    assert progress(crawl, as_of=date(2027, 4, 1)).projected_finish is None


def test_no_projection_beyond_a_century() -> None:
    slow = goal((date(2999, 1, 1), 0), (date(2999, 6, 1), 0.001), start=None, deadline=None)
    p = progress(slow, as_of=LATEST_AS_OF)
    assert (p.projected_finish, p.status) == (None, "unknown")
    assert p.observed_rate is not None


def test_projection_direction_down() -> None:
    m = Metric("bugs", baseline=40, target=10, direction="down")
    points = [(START + timedelta(days=7 * i), 40.0 - 2 * i) for i in range(4)]
    p = progress(goal(*points, metric=m), as_of=date(2027, 2, 1))
    assert p.observed_rate == -2.0
    assert p.projected_finish == date(2027, 1, 22) + timedelta(days=84)  # 24 to go, 2 a week


# --- milestones and goals without either -------------------------------------------------------


def milestone_goal(*milestones: Milestone, **kwargs: object) -> Goal:
    return Goal("g2", "Publish the guide", milestones=milestones, **kwargs)  # type: ignore[arg-type]


def test_milestones_with_due_dates_set_the_pace() -> None:
    g = milestone_goal(
        Milestone("Outline", due=date(2027, 2, 1), done_on=date(2027, 1, 20)),
        Milestone("Draft", due=date(2027, 4, 1), done_on=date(2027, 4, 20)),
        Milestone("Review", due=date(2027, 6, 1)),
        Milestone("Publish", due=date(2027, 8, 1)),
    )
    p = progress(g, as_of=date(2027, 4, 10))
    assert p == Progress(
        "g2",
        "at_risk",
        "milestones",
        date(2027, 4, 10),
        current=1.0,
        fraction=0.25,
        expected=0.5,
        reason="1 of 4 milestones done; 25% of the goal behind the pace line",
    )
    later = progress(g, as_of=date(2027, 4, 20))
    assert (later.current, later.status) == (2.0, "on_track")


def test_milestones_without_all_due_dates_pace_from_start_to_deadline() -> None:
    g = milestone_goal(
        Milestone("Outline", due=date(2027, 2, 1), done_on=date(2027, 1, 20)),
        Milestone("Draft"),
        start=START,
        deadline=DEADLINE,
    )
    p = progress(g, as_of=MIDYEAR)
    assert (p.fraction, p.expected, p.status) == (0.5, 0.5, "on_track")
    no_pace = progress(milestone_goal(Milestone("Draft")), as_of=MIDYEAR)
    assert (no_pace.status, no_pace.reason) == (
        "unknown",
        "0 of 1 milestones done; no start date and deadline to pace against",
    )


def test_milestones_all_done_or_marked_done() -> None:
    g = milestone_goal(Milestone("Only", done_on=date(2027, 3, 1)))
    assert progress(g, as_of=date(2027, 3, 1)).status == "done"
    assert (
        progress(milestone_goal(Milestone("Only"), status="done"), as_of=MIDYEAR).status == "done"
    )


def test_milestones_expired() -> None:
    g = milestone_goal(Milestone("Only"), start=START, deadline=DEADLINE)
    assert progress(g, as_of=date(2028, 1, 1)).status == "expired"


def test_neither_metric_nor_milestones() -> None:
    bare = Goal("g3", "Be more visible", start=START, deadline=DEADLINE)
    p = progress(bare, as_of=MIDYEAR)
    assert p == Progress(
        "g3",
        "unknown",
        "none",
        MIDYEAR,
        reason="no metric and no milestones: add a metric or milestones to track progress",
    )
    done = progress(Goal("g3", "Be more visible", status="done"), as_of=MIDYEAR)
    assert (done.status, done.reason) == ("done", "the goal is marked done")
    expired = progress(bare, as_of=date(2028, 1, 1))
    assert (expired.status, expired.reason) == ("expired", "the deadline 2027-12-31 has passed")
    dropped = progress(Goal("g3", "V", deadline=DEADLINE, status="dropped"), as_of=date(2028, 1, 1))
    assert dropped.status == "unknown"


def test_to_dict_is_plain_json_data() -> None:
    p = progress(goal(*[(START + timedelta(days=14 * i), i) for i in range(4)]), as_of=MIDYEAR)
    assert p.to_dict() == {
        "goal": "g1",
        "status": p.status,
        "basis": "metric",
        "as_of": "2027-07-02",
        "current": 3,
        "fraction": 0.3,
        "overshoot": 0.0,
        "expected": 0.5,
        "days_ahead": p.days_ahead,
        "required_rate": round(7 / 26, 6),
        "observed_rate": 0.5,
        "projected_finish": "2027-05-21",
        "reason": p.reason,
    }


# --- properties ------------------------------------------------------------------------------

any_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(strategies.goals(), any_dates)
def test_progress_of_any_goal_is_well_formed(g: Goal, as_of: date) -> None:
    p = progress(g, as_of=as_of)
    assert p.goal == g.id
    assert p.as_of == as_of
    assert p.status in ("on_track", "at_risk", "off_track", "done", "expired", "unknown")
    assert p.fraction is None or 0.0 <= p.fraction <= 1.0
    assert p.expected is None or 0.0 <= p.expected <= 1.0
    assert p.overshoot >= 0.0
    assert p.basis == ("metric" if g.metric else "milestones" if g.milestones else "none")
    if g.status == "done":
        assert p.status == "done"
    if p.projected_finish is not None:
        assert p.projected_finish >= max(c.date for c in g.check_ins if c.date <= as_of)
    if p.status in ("at_risk", "off_track"):
        assert p.expected is not None
        assert p.fraction is not None
        assert p.expected - p.fraction > AT_RISK_GAP
    assert p.to_dict()["as_of"] == as_of.isoformat()


@given(strategies.goals(), st.dates(min_value=EARLIEST_AS_OF, max_value=LATEST_AS_OF))
def test_progress_never_fails_on_extreme_dates(g: Goal, as_of: date) -> None:
    progress(g, as_of=as_of)


@pytest.mark.parametrize("as_of", [date(1, 1, 1), date(1899, 12, 31), date(3000, 1, 1)])
def test_as_of_outside_the_documented_range_is_a_policy_error(as_of: date) -> None:
    with pytest.raises(ck.PolicyError) as info:
        progress(goal(), as_of=as_of)
    assert str(info.value) == (
        f"as_of must be between 1900-01-01 and 2999-12-31, got {as_of.isoformat()}"
    )


def test_as_of_defaults_to_today() -> None:
    assert progress(goal()).as_of == date.today()


huge = st.floats(-1.7e308, 1.7e308, allow_nan=False, allow_infinity=False)


@st.composite
def extreme_goals(draw: st.DrawFn) -> Goal:
    low, high = sorted(draw(st.lists(huge, min_size=2, max_size=2, unique=True)))
    direction = draw(st.sampled_from(["up", "down"]))
    baseline, target = (low, high) if direction == "up" else (high, low)
    days = st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31))
    return Goal(
        "g",
        "Extreme",
        start=date(2026, 1, 1),
        deadline=date(2029, 1, 1),
        metric=Metric("m", baseline, target, direction=direction),
        check_ins=draw(st.lists(st.builds(CheckIn, days, huge), max_size=4)),
    )


@settings(max_examples=50)
@given(extreme_goals(), st.dates(min_value=date(2025, 6, 1), max_value=date(2029, 6, 1)))
def test_no_report_holds_nan_or_infinity(g: Goal, as_of: date) -> None:
    data = progress(g, as_of=as_of).to_dict()
    json.dumps(data, allow_nan=False)  # raises on NaN or infinity


def test_the_reported_extreme_metric_gives_finite_rates() -> None:
    g = goal(
        (date(2027, 2, 1), -1e308),
        (date(2027, 3, 1), 0.0),
        metric=Metric("m", baseline=-1e308, target=1e308),
    )
    p = progress(g, as_of=date(2027, 4, 1))
    weeks_left = (DEADLINE - date(2027, 4, 1)).days / 7
    assert p.required_rate == pytest.approx(1e308 / weeks_left)
    assert p.observed_rate == pytest.approx(1e308 / 28 * 7)
    assert p.fraction == 0.5
    assert json.loads(json.dumps(p.to_dict(), allow_nan=False))["fraction"] == 0.5


# --- rates in words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rates", "unit", "words"),
    [
        (
            (-0.269, -0.114),
            "pages/month",
            (
                "0.27 fewer pages a month each week",
                "0.11 fewer pages a month each week",
            ),
        ),
        ((0.5, -0.1), "h/week", ("0.5 h a week more each week", "0.1 h a week less each week")),
        ((0.0,), "pages/month", ("no change in pages a month",)),
        ((1.09, 0.233), "posts", ("1.1 posts a week", "0.23 posts a week")),
        ((0.05, 0.01), "talks", ("2.6 talks a year", "0.52 talks a year")),
        ((0.2, 0.01), "talks", ("0.87 talks a month", "0.043 talks a month")),
        ((0.005,), "talks", ("0.26 talks a year",)),
        ((7 / 365.25,), "talks", ("1 talk a year",)),
        ((-3, 1), "hours", ("a drop of 3 hours a week", "1 hour a week")),
        ((2.5,), "", ("2.5 a week",)),
        ((250.0,), "km", ("250 km a week",)),
        ((3e9,), "steps", ("3e+09 steps a week",)),
    ],
)
def test_rates_read_as_english(rates: tuple[float, ...], unit: str, words: tuple[str, ...]) -> None:
    assert rate_texts(rates, unit) == words


@given(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.floats(0.001, 1e6, allow_nan=False),
    st.lists(st.floats(-2e6, 2e6, allow_nan=False), min_size=1, max_size=5),
    st.integers(0, 400),
)
def test_directions_mirror_each_other(
    baseline: float, span: float, values: list[float], day: int
) -> None:
    assume(baseline + span != baseline)
    up = Metric("m", baseline, baseline + span)
    down = Metric("m", -baseline, -(baseline + span), direction="down")
    points = [(START + timedelta(days=30 * i), v) for i, v in enumerate(values)]
    as_of = START + timedelta(days=day)
    p = progress(goal(*points, metric=up), as_of=as_of)
    q = progress(goal(*[(d, -v) for d, v in points], metric=down), as_of=as_of)
    assert (p.fraction, p.status, p.days_ahead, p.projected_finish) == (
        q.fraction,
        q.status,
        q.days_ahead,
        q.projected_finish,
    )


@given(st.floats(-5, 15), st.floats(-5, 15))
def test_more_done_is_never_worse(a: float, b: float) -> None:
    low, high = sorted([a, b])
    p, q = at_midyear(low), at_midyear(high)
    order = ["expired", "unknown", "off_track", "at_risk", "on_track", "done"]
    assert p.fraction is not None
    assert q.fraction is not None
    assert p.fraction <= q.fraction
    assert order.index(p.status) <= order.index(q.status)


def test_a_dropped_goal_is_not_reported_expired() -> None:
    goal = ck.Goal(
        "g",
        "Ship it",
        start=date(2026, 1, 1),
        deadline=date(2026, 6, 30),
        status="dropped",
        metric=ck.Metric("things", baseline=0, target=10),
    )
    p = ck.progress(goal, as_of=date(2026, 9, 1))
    assert (p.status, p.reason) == ("unknown", "the goal was dropped")


def test_before_the_start_the_reason_says_when_it_starts() -> None:
    goal = ck.Goal(
        "g",
        "Ship it",
        start=date(2027, 1, 1),
        deadline=date(2027, 6, 30),
        metric=ck.Metric("things", baseline=0, target=10),
    )
    p = ck.progress(goal, as_of=date(2026, 12, 1))
    assert (p.status, p.reason) == ("unknown", "the goal starts on 2027-01-01")


def test_a_fraction_shown_as_one_is_done() -> None:
    goal = ck.Goal(
        "g",
        "Ship it",
        start=date(2027, 1, 1),
        deadline=date(2027, 6, 30),
        metric=ck.Metric("things", baseline=0, target=3),
        check_ins=(ck.CheckIn(date(2027, 2, 1), 2.9999999),),
    )
    p = ck.progress(goal, as_of=date(2027, 2, 2))
    assert (p.fraction, p.status) == (1.0, "done")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("g1", date(2027, 1, 1)), "goal must be a careerkit.Goal, got str"),
        (
            (Goal("g", "Ship it"), "01/01/2027"),
            "as_of must be a datetime.date or an ISO date string like '2026-11-25', got '01/01/2027'",
        ),
    ],
)
def test_wrong_arguments_raise_a_policy_error(args: tuple[object, object], message: str) -> None:
    goal, as_of = args
    with pytest.raises(ck.PolicyError) as info:
        progress(goal, as_of=as_of)  # type: ignore[arg-type]
    assert str(info.value) == message
