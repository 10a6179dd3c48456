"""The plan review: every engine's view of a plan in one report."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Any

import attrs
import pytest

import careerkit as ck
from careerkit._errors import ArgumentTypeError
from careerkit._review import GoalReview
from careerkit.testing import EXAMPLE_AS_OF, example_plan

AS_OF = EXAMPLE_AS_OF


@pytest.fixture(scope="module")
def plan() -> ck.CareerPlan:
    return example_plan()


@pytest.fixture(scope="module")
def result(plan: ck.CareerPlan) -> ck.reports.PlanReview:
    return ck.review(plan, as_of=AS_OF)


def _plain(data: Any) -> bool:
    """Whether ``data`` holds only str/int/float/bool/None, lists and str-keyed dicts."""
    if data is None or isinstance(data, str | int | float | bool):
        return True
    if isinstance(data, list):
        return all(_plain(x) for x in data)
    if isinstance(data, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in data.items())
    return False


# --- what the review holds -------------------------------------------------------------------


def test_every_active_goal_gets_a_smart_report_and_progress(
    plan: ck.CareerPlan, result: ck.reports.PlanReview
) -> None:
    active = [g for g in plan.goals if g.status == "active"]
    assert [g.goal for g in result.goals] == active
    for g in result.goals:
        assert g.smart == ck.evaluate_smart(g.goal, as_of=AS_OF, plan=plan)
        assert g.smart.goal == g.goal.id
        assert g.progress == ck.progress(g.goal, as_of=AS_OF)


def test_goals_that_are_not_active_are_left_out() -> None:
    goals = tuple(
        ck.Goal(status, f"Ship release {status} by 2027-03-31", status=status)
        for status in ("draft", "active", "paused", "done", "dropped")
    )
    result = ck.review(ck.CareerPlan(goals=goals), as_of=AS_OF)
    assert [g.goal.id for g in result.goals] == ["active"]
    assert result.to_dict()["summary"]["goals"] == 1


def test_the_example_plan_has_a_draft_goal_that_is_left_out(
    plan: ck.CareerPlan, result: ck.reports.PlanReview
) -> None:
    assert "kafka-cert" in [g.id for g in plan.goals]
    assert "kafka-cert" not in [g.goal.id for g in result.goals]


def test_goal_statuses_and_not_smart(result: ck.reports.PlanReview) -> None:
    assert result.goal_statuses == {"on_track": 3, "off_track": 1}
    assert [g.goal.id for g in result.not_smart] == ["on-call"]


def test_the_agenda_uses_the_policy_horizon(plan: ck.CareerPlan) -> None:
    default = ck.review(plan, as_of=AS_OF)
    assert default.agenda.until == AS_OF + timedelta(days=30)
    assert default.agenda == ck.schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=30))
    policy = ck.ReviewPolicy(horizon=timedelta(days=7))
    short = ck.review(plan, as_of=AS_OF, policy=policy)
    assert short.agenda.until == date(2026, 12, 2)
    assert short.agenda == ck.schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=7))
    assert len(short.agenda) < len(default.agenda)


def test_the_balance_report_is_the_scorers(
    plan: ck.CareerPlan, result: ck.reports.PlanReview
) -> None:
    assert result.balance == ck.score_balance(plan, as_of=AS_OF)


def test_balance_flags_appear_as_insights(result: ck.reports.PlanReview) -> None:
    balance = [i for i in result.insights if i.area == "balance"]
    assert sorted(i.code for i in balance) == sorted(f"BAL-{f.code}" for f in result.balance.flags)
    by_code = {f"BAL-{f.code}": f for f in result.balance.flags}
    for insight in balance:
        flag = by_code[insight.code]
        assert insight.message == flag.message
        assert insight.next_step == flag.recommendation
        assert insight.subject is None
        assert insight.severity == ("alert" if flag.severity == "risk" else "warning")
    # The example has flags of both severities.
    assert {i.severity for i in balance} == {"alert", "warning"}


def test_the_other_insights_are_the_insight_engines(
    plan: ck.CareerPlan, result: ck.reports.PlanReview
) -> None:
    others = [i for i in result.insights if i.area != "balance"]
    assert sorted(others, key=repr) == sorted(ck.insights(plan, as_of=AS_OF), key=repr)


def test_insights_are_sorted_most_severe_first(result: ck.reports.PlanReview) -> None:
    rank = {"alert": 0, "warning": 1, "info": 2}
    severities = [rank[i.severity] for i in result.insights]
    assert severities == sorted(severities)
    assert {i.severity for i in result.insights} == {"alert", "warning", "info"}
    keys = [(rank[i.severity], i.area, i.code, i.subject or "") for i in result.insights]
    assert keys == sorted(keys)


def test_an_empty_plan_can_be_reviewed() -> None:
    result = ck.review(ck.CareerPlan(), as_of=AS_OF)
    assert result.goals == ()
    assert result.balance.score is None
    assert result.not_smart == ()
    assert repr(result).startswith("PlanReview(as_of=2026-11-25, owner='', goals=0 (none), ")


# --- as data --------------------------------------------------------------------------------


def test_to_dict_is_plain_json_ready_data(result: ck.reports.PlanReview) -> None:
    data = result.to_dict()
    assert _plain(data)
    assert json.loads(json.dumps(data)) == data
    assert data["as_of"] == "2026-11-25"
    assert data["audience"] == "self"
    assert data["owner"]["name"] == "Maya Chen"
    assert data["summary"] == {
        "goals": 4,
        "goal_statuses": {"on_track": 3, "off_track": 1},
        "not_smart": ["on-call"],
        "agenda_items": len(result.agenda),
        "overdue": len(result.agenda.overdue),
        "balance_score": result.balance.score,
        "risk": "high",
        "insights": len(result.insights),
    }
    assert [g["id"] for g in data["goals"]] == ["staff", "rfc", "talks", "on-call"]
    assert data["goals"][0]["deadline"] == result.goals[0].goal.deadline.isoformat()  # type: ignore[union-attr]
    assert data["agenda"] == result.agenda.to_dict()
    assert data["balance"] == result.balance.to_dict()
    assert data["insights"] == [i.to_dict() for i in result.insights]


def test_a_goal_without_deadline_has_none_in_its_dict() -> None:
    plan = ck.CareerPlan(goals=(ck.Goal("g1", "Get better at public speaking"),))
    (goal,) = ck.review(plan, as_of=AS_OF).to_dict()["goals"]
    assert goal["deadline"] is None
    assert goal["status"] == "active"
    assert goal["smart"]["is_smart"] is False
    assert goal["progress"]["status"] == "unknown"


@pytest.mark.parametrize(
    "report",
    [
        lambda r: r.goals[0].smart,
        lambda r: r.goals[0].progress,
        lambda r: r.agenda,
        lambda r: r.agenda[0],
        lambda r: r.balance,
        lambda r: r.insights[0],
        lambda r: r.goals[0],
    ],
    ids=["SmartReport", "Progress", "Agenda", "ReviewItem", "BalanceReport", "Insight", "Goal"],
)
def test_every_report_part_gives_plain_json_ready_data(
    result: ck.reports.PlanReview, report: Any
) -> None:
    data = report(result).to_dict()
    assert _plain(data)
    assert json.loads(json.dumps(data)) == data


# --- reading well ---------------------------------------------------------------------------


def test_repr_is_one_readable_line(result: ck.reports.PlanReview) -> None:
    text = repr(result)
    assert "\n" not in text
    assert text == (
        "PlanReview(as_of=2026-11-25, owner='Maya Chen', goals=4 (off_track=1, on_track=3), "
        f"agenda={len(result.agenda)} items ({len(result.agenda.overdue)} overdue), "
        f"balance=44.2, insights={len(result.insights)})"
    )


@pytest.mark.parametrize(
    "part",
    [
        lambda r: r.goals[0].smart,
        lambda r: r.agenda,
        lambda r: r.agenda[0],
        lambda r: r.balance,
        lambda r: r.insights[0],
    ],
    ids=["SmartReport", "Agenda", "ReviewItem", "BalanceReport", "Insight"],
)
def test_report_reprs_are_one_short_line(result: ck.reports.PlanReview, part: Any) -> None:
    text = repr(part(result))
    assert "\n" not in text
    assert len(text) < 400


def test_repr_html_is_to_html(result: ck.reports.PlanReview) -> None:
    assert result._repr_html_() == result.to_html()
    assert result.to_html().startswith('<div class="careerkit-review">')


def test_agenda_and_balance_show_in_a_notebook(result: ck.reports.PlanReview) -> None:
    assert result.agenda._repr_html_().startswith('<div class="careerkit-agenda">')
    assert result.balance._repr_html_().startswith('<div class="careerkit-balance">')


# --- policies -------------------------------------------------------------------------------


def test_a_smart_policy_is_passed_through(
    plan: ck.CareerPlan, result: ck.reports.PlanReview
) -> None:
    # Deadlines more than half a year away get a T004 warning under this policy.
    smart = ck.SmartPolicy(horizon_years=0.5)
    changed = ck.review(plan, as_of=AS_OF, policy=ck.ReviewPolicy(smart=smart))
    codes = [[f.code for f in g.smart.findings] for g in changed.goals]
    assert ["T004" in c for c in codes] == [True, False, True, True]
    assert not any(f.code == "T004" for g in result.goals for f in g.smart.findings)
    for g in changed.goals:
        assert g.smart == ck.evaluate_smart(g.goal, as_of=AS_OF, policy=smart, plan=plan)


def test_an_insight_policy_is_passed_through(
    plan: ck.CareerPlan, result: ck.reports.PlanReview
) -> None:
    # The last reflection was 5 days ago: a 3-day rhythm makes it overdue.
    policy = ck.ReviewPolicy(insights=ck.InsightPolicy(reflection_days=3))
    changed = ck.review(plan, as_of=AS_OF, policy=policy)
    assert "REF-overdue" not in [i.code for i in result.insights]
    assert "REF-overdue" in [i.code for i in changed.insights]


def test_a_schedule_policy_is_passed_through(plan: ck.CareerPlan) -> None:
    policy = ck.ReviewPolicy(schedule=ck.SchedulePolicy(kinds={"reflection"}))
    changed = ck.review(plan, as_of=AS_OF, policy=policy)
    assert {item.kind for item in changed.agenda} == {"reflection"}


def test_a_balance_policy_is_passed_through(
    plan: ck.CareerPlan, result: ck.reports.PlanReview
) -> None:
    # The example sleeps 6.6 h a night: a 6 h threshold takes the flag away.
    policy = ck.ReviewPolicy(balance=ck.BalancePolicy(sleep_hours=6))
    changed = ck.review(plan, as_of=AS_OF, policy=policy)
    assert "BAL-short_sleep" in [i.code for i in result.insights]
    assert "BAL-short_sleep" not in [i.code for i in changed.insights]


# --- audience -------------------------------------------------------------------------------


def test_a_review_for_an_audience_is_built_from_its_view(plan: ck.CareerPlan) -> None:
    result = ck.review(plan, as_of=AS_OF, audience="manager")
    of_view = ck.review(ck.redact(plan, "manager"), as_of=AS_OF)
    assert result.audience == "manager"
    assert result.goals == of_view.goals
    # Less what would judge records the manager cannot see (see test_privacy_silence below).
    assert set(result.agenda) <= set(of_view.agenda)
    assert set(result.insights) <= set(of_view.insights)
    assert len(result.goals) < len(ck.review(plan, as_of=AS_OF).goals)


def test_an_unknown_audience_is_refused(plan: ck.CareerPlan) -> None:
    with pytest.raises(ck.CareerkitError, match="unknown audience 'boss'"):
        ck.review(plan, as_of=AS_OF, audience="boss")  # type: ignore[arg-type]


# --- purity ---------------------------------------------------------------------------------


def test_same_input_same_output(plan: ck.CareerPlan, result: ck.reports.PlanReview) -> None:
    again = ck.review(example_plan(), as_of=AS_OF)
    assert again == result
    assert again.to_dict() == result.to_dict()
    assert again.to_text() == result.to_text()
    assert plan == example_plan()  # the plan is not changed by a review


def test_threads_with_different_policies_match_serial_runs(plan: ck.CareerPlan) -> None:
    strict = ck.ReviewPolicy(
        horizon=timedelta(days=60),
        smart=ck.SmartPolicy(horizon_years=1, vague_terms={"architecture"}),
        insights=ck.InsightPolicy(reflection_days=3, new_contact_days=30),
        balance=ck.BalancePolicy(sleep_hours=8, hours_limit=40),
        schedule=ck.SchedulePolicy(goal_review="weekly", working_days=True),
    )
    lenient = ck.ReviewPolicy(
        horizon=timedelta(days=10),
        smart=ck.SmartPolicy(disabled_codes={"A008"}),
        balance=ck.BalancePolicy(sleep_hours=6),
    )
    policies = [strict, lenient] * 8
    serial = [ck.review(plan, as_of=AS_OF, policy=p).to_dict() for p in (strict, lenient)]
    assert serial[0] != serial[1]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda p: ck.review(plan, as_of=AS_OF, policy=p), policies))
    for i, r in enumerate(results):
        assert r.to_dict() == serial[i % 2]


# --- pickling and equality ------------------------------------------------------------------


def _roundtrip(obj: Any) -> Any:
    return pickle.loads(pickle.dumps(obj))


PARTS = [
    pytest.param(lambda r: r.goals[0].smart, id="SmartReport"),
    pytest.param(lambda r: r.goals[0], id="GoalReview"),
    pytest.param(lambda r: r, id="PlanReview"),
    pytest.param(lambda r: r.goals[0].progress, id="Progress"),
    pytest.param(lambda r: r.agenda, id="Agenda"),
    pytest.param(lambda r: r.agenda[0], id="ReviewItem"),
    pytest.param(lambda r: r.balance, id="BalanceReport"),
    pytest.param(lambda r: r.insights[0], id="Insight"),
]


@pytest.mark.parametrize("part", PARTS)
def test_report_objects_pickle_and_compare_equal(result: ck.reports.PlanReview, part: Any) -> None:
    obj = part(result)
    copy = _roundtrip(obj)
    assert copy == obj
    assert copy is not obj
    assert repr(copy) == repr(obj)
    assert copy.to_dict() == obj.to_dict()


POLICIES = [
    ck.ReviewPolicy(),
    ck.ReviewPolicy(
        horizon=timedelta(days=7),
        smart=ck.SmartPolicy(disabled_codes={"A006"}),
        schedule=ck.SchedulePolicy(priorities={"reflection": 1}, blackout=[date(2026, 12, 25)]),
        balance=ck.BalancePolicy(weights={"sleep": 2}),
        insights=ck.InsightPolicy(reflection_days=14),
    ),
    ck.SmartPolicy(vague_terms={"synergy"}),
    ck.SchedulePolicy(),
    ck.SchedulePolicy(goal_review="FREQ=WEEKLY;BYDAY=MO", kinds={"goal_review"}),
    ck.BalancePolicy(),
    ck.BalancePolicy(sleep_hours=8, weights={"hours": 0.5}),
    ck.InsightPolicy(),
    ck.InsightPolicy(stretch_level=4),
]


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: type(p).__name__)
def test_policies_pickle_and_compare_equal(policy: object) -> None:
    copy = _roundtrip(policy)
    assert copy == policy
    assert hash(copy) == hash(policy)
    assert repr(copy) == repr(policy)


def test_a_pickled_policy_still_works(plan: ck.CareerPlan) -> None:
    policy = POLICIES[1]
    assert isinstance(policy, ck.ReviewPolicy)
    copy = _roundtrip(policy)
    assert isinstance(copy, ck.ReviewPolicy)
    assert (
        ck.review(plan, as_of=AS_OF, policy=copy).to_dict()
        == ck.review(plan, as_of=AS_OF, policy=policy).to_dict()
    )


def test_report_classes_are_frozen(result: ck.reports.PlanReview) -> None:
    for obj in (result, result.goals[0], result.agenda, result.balance, result.insights[0]):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obj.as_of = AS_OF  # type: ignore[misc,union-attr]


def test_goal_review_is_equal_by_value(result: ck.reports.PlanReview) -> None:
    g = result.goals[0]
    assert GoalReview(g.goal, g.smart, g.progress) == g


# --- arguments and policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"horizon": 30},
            ArgumentTypeError,
            "ReviewPolicy.horizon must be a datetime.timedelta, got 30",
        ),
        (
            {"horizon": timedelta(days=3661)},
            ck.PolicyError,
            (
                "ReviewPolicy.horizon must be a whole number of days from 0 to 3660, got "
                "datetime.timedelta(days=3661)"
            ),
        ),
        (
            {"smart": ck.BalancePolicy()},
            ArgumentTypeError,
            "ReviewPolicy.smart must be a SmartPolicy or None, got BalancePolicy",
        ),
        (
            {"insights": {"reflection_days": 7}},
            ArgumentTypeError,
            "ReviewPolicy.insights must be an InsightPolicy or None, got dict",
        ),
    ],
)
def test_review_policy_checks_its_fields(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(ck.PolicyError) as info:
        ck.ReviewPolicy(**kwargs)
    assert str(info.value) == message
    assert type(info.value) is error


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"plan": None}, ArgumentTypeError, "plan must be a CareerPlan, got NoneType"),
        (
            {"as_of": "25/11/2026"},
            ArgumentTypeError,
            "as_of must be a datetime.date or an ISO date string like '2026-11-25', got '25/11/2026'",
        ),
        (
            {"as_of": date(3000, 1, 1)},
            ck.PolicyError,
            "as_of must be between 1900-01-01 and 2999-12-31, got 3000-01-01",
        ),
        (
            {"policy": ck.SchedulePolicy()},
            ArgumentTypeError,
            "policy must be a ReviewPolicy, got SchedulePolicy",
        ),
    ],
)
def test_review_arguments_are_named(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    args: dict[str, Any] = {"plan": ck.CareerPlan(), "as_of": AS_OF, **kwargs}
    with pytest.raises(ck.PolicyError) as info:
        ck.review(**args)
    assert str(info.value) == message
    assert type(info.value) is error


def test_review_as_of_defaults_to_today(plan: ck.CareerPlan) -> None:
    today = ck.review(plan)
    assert today.as_of == date.today()
    assert today == ck.review(plan, as_of=today.as_of)
