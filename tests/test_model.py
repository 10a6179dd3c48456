"""The model classes: their invariants, messages, reprs and the plan's integrity checks."""

from __future__ import annotations

import math
import pickle
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import strategies
from careerkit import (
    CareerkitError,
    CareerPlan,
    Challenge,
    CheckIn,
    Contact,
    Goal,
    Interaction,
    LearningActivity,
    Mentor,
    Metric,
    Milestone,
    Owner,
    PlanValidationError,
    Reflection,
    Skill,
    Value,
    WeekLog,
    Wellbeing,
)
from careerkit._model.fields import FieldError, bounded
from careerkit.model import (
    Advocacy,
    Assessment,
    CbiResponse,
    Credential,
    Evidence,
    LevelRecord,
    Meeting,
    PromptAnswer,
    SkillTarget,
    TimeOff,
    Who5Response,
)

D = date(2027, 1, 1)
MONDAY = date(2026, 12, 28)


def field_error(make: Any, field: str, message: str) -> None:
    """Assert that ``make()`` fails on ``field`` with exactly ``message``."""
    with pytest.raises(FieldError) as info:
        make()
    assert (info.value.field, info.value.message) == (field, message)


ID_MESSAGE = (
    "{!r} is not a valid id (1-100 letters, digits or _.:@/+-, starting with a letter or digit)"
)


# --- every class --------------------------------------------------------------------------


def test_every_model_class_has_a_strategy() -> None:
    import careerkit

    # Every record class shows its public home (careerkit or careerkit.model).
    model_modules = {"careerkit", "careerkit.model"}
    public_models = {
        obj
        for name in careerkit.model.__all__
        if attrs.has(obj := getattr(careerkit.model, name)) and obj.__module__ in model_modules
    }
    assert public_models == set(strategies.MODELS)


@pytest.mark.parametrize("cls", list(strategies.MODELS), ids=lambda c: c.__name__)
@settings(max_examples=30)
@given(data=st.data())
def test_valid_objects_are_frozen_hashable_and_rebuild_equal(
    cls: type, data: st.DataObject
) -> None:
    obj = data.draw(strategies.MODELS[cls])
    assert isinstance(obj, cls)
    assert hash(obj) == hash(attrs.evolve(obj))
    assert attrs.evolve(obj) == obj
    assert pickle.loads(pickle.dumps(obj)) == obj
    first = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, first, getattr(obj, first))


def test_field_errors_are_careerkit_errors_and_value_errors() -> None:
    with pytest.raises(CareerkitError):
        Goal("g1", "")
    with pytest.raises(ValueError, match="must not be empty"):
        Goal("g1", "")


def test_field_error_pickles_with_its_field() -> None:
    error = pickle.loads(pickle.dumps(FieldError("level", "too high")))
    assert (type(error), error.field, error.message) == (FieldError, "level", "too high")
    assert str(error) == "level: too high"


def test_evolve_runs_the_validators_again() -> None:
    field_error(
        lambda: attrs.evolve(Skill("s", "S"), level=6), "level", "must be between 0 and 5, got 6"
    )


# --- shared field rules -------------------------------------------------------------------


@pytest.mark.parametrize("good", ["a", "A1", "9", "x_y.z:w@v/u+t-s", "a" * 100, "2027-goal"])
def test_valid_ids(good: str) -> None:
    assert Value(good, "Name").id == good


@pytest.mark.parametrize("bad", ["", "_a", "-a", ".a", "a b", "a" * 101, "é", "a\n", "a#b"])
def test_invalid_ids(bad: str) -> None:
    field_error(lambda: Value(bad, "Name"), "id", ID_MESSAGE.format(bad))


def test_an_id_must_be_a_string() -> None:
    field_error(lambda: Goal(7, "T"), "id", ID_MESSAGE.format(7))  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", " ", "\t\n "])
def test_names_and_titles_must_not_be_blank(blank: str) -> None:
    field_error(lambda: Goal("g1", blank), "title", "must not be empty")
    field_error(lambda: Value("v", blank), "name", "must not be empty")
    field_error(lambda: Metric(blank, 0, 1), "name", "must not be empty")
    field_error(lambda: Milestone(blank), "title", "must not be empty")
    field_error(lambda: Evidence(D, blank), "note", "must not be empty")
    field_error(lambda: Advocacy(D, blank), "note", "must not be empty")
    field_error(lambda: PromptAnswer(blank), "prompt", "must not be empty")


def test_bounded_messages() -> None:
    field_error(
        lambda: Value("v", "V", importance=0), "importance", "must be between 1 and 5, got 0"
    )
    field_error(
        lambda: LearningActivity("a", "book", "B", cost=-0.5),
        "cost",
        "must be at least 0, got -0.5",
    )
    field_error(lambda: CheckIn(D, math.nan), "value", "must be a finite number, got nan")
    field_error(
        lambda: Goal("g", "G", weight=math.inf), "weight", "must be a finite number, got inf"
    )
    at_most = bounded(high=10)

    @attrs.frozen
    class Capped:
        x: float | None = attrs.field(validator=at_most)

    field_error(lambda: Capped(11), "x", "must be at most 10, got 11")
    assert Capped(None).x is None
    assert (at_most.low, at_most.high, at_most.integer) == (None, 10, False)


def test_wrong_python_types_are_refused() -> None:
    field_error(lambda: Goal("g", 3), "title", "expected a string, got a number (3)")  # type: ignore[arg-type]
    field_error(lambda: Value("v", None), "name", "expected a string, got null")  # type: ignore[arg-type]
    field_error(
        lambda: Goal("g", "G", weight="3"),  # type: ignore[arg-type]
        "weight",
        "expected a number, got a string ('3')",
    )
    field_error(
        lambda: Skill("s", "S", level=True), "level", "expected an integer, got a boolean (True)"
    )


def test_choice_messages() -> None:
    field_error(
        lambda: Goal("g", "G", status="finished"),  # type: ignore[arg-type]
        "status",
        "'finished' is not one of 'draft', 'active', 'paused', 'done', 'dropped'",
    )
    field_error(
        lambda: Goal("g", "G", shared_with=("mentor", "public")),  # type: ignore[arg-type]
        "shared_with[1]",
        "'public' is not one of 'mentor', 'manager', 'hr'",
    )


def test_private_records_are_shared_with_nobody_by_default() -> None:
    for record in (
        Reflection("r", D),
        Contact("c", "C"),
        Wellbeing(),
        Interaction(D, "gave"),
        Mentor("m", name="M"),
        Goal("g", "G"),
        Value("v", "V"),
        Challenge("c", "C"),
    ):
        assert record.shared_with == ()


# --- goals --------------------------------------------------------------------------------


def test_metric_direction_up_needs_a_target_above_the_baseline() -> None:
    field_error(
        lambda: Metric("talks", baseline=2, target=2),
        "target",
        "direction is 'up' but target 2 is not above baseline 2",
    )


def test_metric_direction_down_needs_a_target_below_the_baseline() -> None:
    field_error(
        lambda: Metric("overtime", baseline=10, target=12.5, direction="down"),
        "target",
        "direction is 'down' but target 12.5 is not below baseline 10",
    )
    assert Metric("overtime", baseline=10, target=4, direction="down").target == 4


def test_metric_direction_must_be_up_or_down() -> None:
    field_error(
        lambda: Metric("m", 0, 1, direction="sideways"),  # type: ignore[arg-type]
        "direction",
        "'sideways' is not one of 'up', 'down'",
    )


def test_metric_repr() -> None:
    assert repr(Metric("talks given", baseline=0, target=2, unit="talks")) == (
        "Metric(name='talks given', baseline=0, target=2, unit='talks', direction='up')"
    )


def test_check_in_confidence_range() -> None:
    assert CheckIn(D, 1, confidence=0).confidence == 0
    assert CheckIn(D, 1, confidence=10).confidence == 10
    field_error(
        lambda: CheckIn(D, 1, confidence=11), "confidence", "must be between 0 and 10, got 11"
    )


def test_goal_dates_must_be_in_order() -> None:
    field_error(
        lambda: Goal("g", "G", start=date(2027, 3, 1), deadline=date(2027, 2, 28)),
        "deadline",
        "deadline 2027-02-28 is before start 2027-03-01",
    )
    assert Goal("g", "G", start=D, deadline=D).deadline == D


def test_goal_cannot_be_its_own_parent() -> None:
    field_error(
        lambda: Goal("g1", "G", parent="g1"), "parent", "goal 'g1' cannot be its own parent"
    )


def test_goal_ranges() -> None:
    field_error(lambda: Goal("g", "G", weight=-1), "weight", "must be between 0 and 1000, got -1")
    field_error(
        lambda: Goal("g", "G", effort_hours=169),
        "effort_hours",
        "must be between 0 and 168, got 169",
    )
    field_error(lambda: SkillTarget("s", 6), "level", "must be between 0 and 5, got 6")
    field_error(lambda: SkillTarget("no id", 1), "skill", ID_MESSAGE.format("no id"))


def test_goal_sorts_its_check_ins_by_date_keeping_same_day_order() -> None:
    late, early, early_again = CheckIn(date(2027, 3, 1), 3), CheckIn(D, 1), CheckIn(D, 2)
    goal = Goal("g", "G", check_ins=[late, early, early_again])
    assert goal.check_ins == (early, early_again, late)
    assert goal.latest == late
    assert Goal("g", "G").latest is None


def test_goal_properties() -> None:
    goal = Goal("g", "G", metric=Metric("m", 0, 1))
    assert goal.is_measured
    assert not Goal("g", "G").is_measured
    assert [
        Goal("g", "G", status=s).is_open for s in ("draft", "active", "paused", "done", "dropped")
    ] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_goal_defaults_and_repr() -> None:
    assert repr(Goal("g1", "Ship v2")) == (
        "Goal(id='g1', title='Ship v2', description='', created=None, start=None, "
        "deadline=None, status='active', metric=None, check_ins=(), milestones=(), values=(), "
        "skills=(), parent=None, weight=1.0, tags=(), effort_hours=None, shared_with=())"
    )


# --- skills and learning ------------------------------------------------------------------


def test_skill_with_level_keeps_the_history() -> None:
    skill = Skill("py", "Python", level=2, target=4)
    assert skill.gap == 2
    step = skill.with_level(3, on=date(2027, 2, 1), note="shipped the parser")
    done = step.with_level(4, on=date(2027, 6, 1))
    assert skill.level == 2
    assert skill.history == ()
    assert done.level == 4
    assert done.history == (
        LevelRecord(date(2027, 2, 1), 3, "shipped the parser"),
        LevelRecord(date(2027, 6, 1), 4),
    )
    assert done.gap == 0
    assert done.with_level(4, on=date(2027, 6, 1)).history[-1] == LevelRecord(date(2027, 6, 1), 4)


def test_skill_with_level_refuses_a_change_before_the_last_one() -> None:
    skill = Skill("py", "Python").with_level(3, on=date(2027, 2, 1))
    field_error(
        lambda: skill.with_level(2, on=date(2027, 1, 31)),
        "history",
        "level change on 2027-01-31 is before the last recorded change (2027-02-01)",
    )


def test_skill_with_level_validates_the_level() -> None:
    field_error(
        lambda: Skill("py", "Python").with_level(6, on=D), "level", "must be between 0 and 5, got 6"
    )


def test_skill_gap_without_target_and_above_target() -> None:
    assert Skill("py", "Python", level=3).gap == 0
    assert Skill("py", "Python", level=5, target=3).gap == 0


def test_skill_sorts_history_and_evidence() -> None:
    a, b = LevelRecord(date(2027, 2, 1), 2), LevelRecord(D, 1)
    skill = Skill(
        "py", "Python", history=(a, b), evidence=(Evidence(date(2027, 5, 1), "x"), Evidence(D, "y"))
    )
    assert skill.history == (b, a)
    assert [e.note for e in skill.evidence] == ["y", "x"]


def test_skill_ranges_and_category() -> None:
    field_error(lambda: Skill("s", "S", level=-1), "level", "must be between 0 and 5, got -1")
    field_error(lambda: Skill("s", "S", target=6), "target", "must be between 0 and 5, got 6")
    field_error(
        lambda: Skill("s", "S", category="hard"),  # type: ignore[arg-type]
        "category",
        "'hard' is not one of 'technical', 'soft', 'domain'",
    )
    field_error(lambda: LevelRecord(D, 9), "level", "must be between 0 and 5, got 9")


def test_learning_activity_rules() -> None:
    field_error(
        lambda: LearningActivity("a", "podcast", "P"),  # type: ignore[arg-type]
        "kind",
        "'podcast' is not one of 'course', 'certification', 'workshop', 'conference', 'book', "
        "'other'",
    )
    field_error(
        lambda: LearningActivity("a", "course", "C", started=date(2027, 2, 1), completed=D),
        "completed",
        "completed 2027-01-01 is before started 2027-02-01",
    )
    field_error(
        lambda: LearningActivity("a", "course", "C", hours=100_001),
        "hours",
        "must be between 0 and 100000, got 100001",
    )
    field_error(
        lambda: Credential(issued=date(2027, 2, 1), expires=D),
        "expires",
        "expires 2027-01-01 is before issued 2027-02-01",
    )
    assert Credential().expires is None


# --- network ------------------------------------------------------------------------------


def test_contact_rules_and_last_interaction() -> None:
    field_error(
        lambda: Contact("c", "C", cadence_days=0),
        "cadence_days",
        "must be between 1 and 3660, got 0",
    )
    field_error(
        lambda: Contact("c", "C", how_met="school"),  # type: ignore[arg-type]
        "how_met",
        "'school' is not one of 'conference', 'professional_organization', 'online_network', "
        "'colleague', 'other'",
    )
    late, early = Interaction(date(2027, 3, 1), "received"), Interaction(D, "gave")
    contact = Contact("c", "C", interactions=(late, early))
    assert contact.interactions == (early, late)
    assert contact.last_interaction == late
    assert Contact("c", "C").last_interaction is None


def test_interaction_direction() -> None:
    field_error(
        lambda: Interaction(D, "took"),  # type: ignore[arg-type]
        "direction",
        "'took' is not one of 'gave', 'received', 'mutual'",
    )


def test_mentor_needs_a_contact_or_a_name() -> None:
    field_error(lambda: Mentor("m"), "contact", "a mentor needs a contact id or a name")
    field_error(lambda: Mentor("m", name="  "), "contact", "a mentor needs a contact id or a name")
    assert Mentor("m", contact="lee").contact == "lee"
    assert Mentor("m", name="Sam").name == "Sam"


def test_mentor_roles_and_statuses() -> None:
    roles = {r: Mentor("m", name="M", role=r) for r in ("mentor", "sponsor", "both")}
    assert {r: (m.is_mentor, m.is_sponsor) for r, m in roles.items()} == {
        "mentor": (True, False),
        "sponsor": (False, True),
        "both": (True, True),
    }
    assert Mentor("m", name="M").status == "prospect"
    field_error(
        lambda: Mentor("m", name="M", status="retired"),  # type: ignore[arg-type]
        "status",
        "'retired' is not one of 'prospect', 'asked', 'active', 'ended'",
    )
    field_error(
        lambda: Mentor("m", name="M", role="coach"),  # type: ignore[arg-type]
        "role",
        "'coach' is not one of 'mentor', 'sponsor', 'both'",
    )


def test_mentor_sorts_meetings_and_advocacy() -> None:
    m = Mentor(
        "m",
        name="M",
        meetings=(Meeting(date(2027, 2, 1)), Meeting(D)),
        advocacy=(Advocacy(date(2027, 2, 1), "b"), Advocacy(D, "a")),
    )
    assert [x.date for x in m.meetings] == [D, date(2027, 2, 1)]
    assert [x.note for x in m.advocacy] == ["a", "b"]


# --- challenges and reflections ----------------------------------------------------------


def test_challenge_rules() -> None:
    assert (Challenge("c", "C").stretch, Challenge("c", "C").visibility) == (3, "team")
    field_error(lambda: Challenge("c", "C", stretch=0), "stretch", "must be between 1 and 5, got 0")
    field_error(
        lambda: Challenge("c", "C", visibility="world"),  # type: ignore[arg-type]
        "visibility",
        "'world' is not one of 'team', 'department', 'organization', 'industry'",
    )
    field_error(
        lambda: Challenge("c", "C", start=date(2027, 2, 1), end=D),
        "end",
        "end 2027-01-01 is before start 2027-02-01",
    )
    field_error(
        lambda: Challenge("c", "C", status="won"),  # type: ignore[arg-type]
        "status",
        "'won' is not one of 'planned', 'active', 'done', 'abandoned'",
    )


def test_reflection_rules() -> None:
    field_error(lambda: Reflection("r", D, energy=6), "energy", "must be between 1 and 5, got 6")
    field_error(
        lambda: Assessment("g", decision="pause"),  # type: ignore[arg-type]
        "decision",
        "'pause' is not one of 'keep', 'adjust', 'drop'",
    )
    field_error(lambda: Assessment("not an id"), "goal", ID_MESSAGE.format("not an id"))
    assert Assessment("g").decision is None


# --- well-being ---------------------------------------------------------------------------


def test_week_log_ranges() -> None:
    field_error(
        lambda: WeekLog(MONDAY, hours_worked=169),
        "hours_worked",
        "must be between 0 and 168, got 169",
    )
    field_error(
        lambda: WeekLog(MONDAY, sleep_hours=25), "sleep_hours", "must be between 0 and 24, got 25"
    )
    field_error(
        lambda: WeekLog(MONDAY, after_hours_days=8),
        "after_hours_days",
        "must be between 0 and 7, got 8",
    )
    field_error(
        lambda: WeekLog(MONDAY, activity_minutes=-1),
        "activity_minutes",
        "must be between 0 and 10080, got -1",
    )


def test_who5_needs_five_answers_from_0_to_5() -> None:
    field_error(
        lambda: Who5Response(D, (1, 2, 3, 4)), "answers", "WHO-5 has 5 items, got 4 answers"
    )
    field_error(
        lambda: Who5Response(D, (1, 2, 6, 4, 5)),
        "answers",
        "item 3 must be between 0 and 5, got 6",
    )
    assert Who5Response(D, (0, 5, 0, 5, 0)).answers == (0, 5, 0, 5, 0)


def test_cbi_scales() -> None:
    field_error(
        lambda: CbiResponse(D, work=(1,) * 8), "work", "the work scale has 7 items, got 8 answers"
    )
    field_error(
        lambda: CbiResponse(D, client=(0, None, 5)),
        "client",
        "item 3 must be between 0 and 4, got 5",
    )
    field_error(
        lambda: CbiResponse(D, personal=(1,) * 7),
        "personal",
        "the personal scale has 6 items, got 7 answers",
    )
    assert CbiResponse(D, personal=(None,) * 6).personal == (None,) * 6


def test_time_off_and_on_leave() -> None:
    field_error(
        lambda: TimeOff(date(2027, 2, 1), D), "end", "end 2027-01-01 is before start 2027-02-01"
    )
    holiday = TimeOff(date(2027, 8, 2), date(2027, 8, 13), "summer")
    assert date(2027, 8, 2) in holiday
    assert date(2027, 8, 13) in holiday
    assert date(2027, 8, 14) not in holiday
    assert "2027-08-03" not in holiday
    wellbeing = Wellbeing(time_off=(holiday,))
    assert wellbeing.on_leave(date(2027, 8, 5))
    assert not wellbeing.on_leave(date(2027, 9, 5))


def test_wellbeing_sorts_its_records() -> None:
    weeks = (WeekLog(date(2027, 1, 11)), WeekLog(date(2027, 1, 4)))
    who5 = (Who5Response(date(2027, 2, 1), (1,) * 5), Who5Response(D, (2,) * 5))
    cbi = (CbiResponse(date(2027, 2, 1)), CbiResponse(D))
    w = Wellbeing(weeks=weeks, who5=who5, cbi=cbi)
    assert [x.week for x in w.weeks] == [date(2027, 1, 4), date(2027, 1, 11)]
    assert [x.date for x in w.who5] == [D, date(2027, 2, 1)]
    assert [x.date for x in w.cbi] == [D, date(2027, 2, 1)]
    field_error(
        lambda: Wellbeing(annual_leave_days=367),
        "annual_leave_days",
        "must be between 0 and 366, got 367",
    )


# --- values, owner, plan ------------------------------------------------------------------


def test_value_rules() -> None:
    assert Value("growth", "Growth").kind == "value"
    field_error(
        lambda: Value("v", "V", kind="hobby"),  # type: ignore[arg-type]
        "kind",
        "'hobby' is not one of 'value', 'passion', 'strength', 'environment'",
    )


def plan_errors(**collections: Any) -> list[str]:
    with pytest.raises(PlanValidationError) as info:
        CareerPlan(**collections)
    return info.value.errors


def test_plan_repr_counts_records() -> None:
    assert repr(CareerPlan()) == "CareerPlan(owner=Owner(name='', role='', organization=''))"
    plan = CareerPlan(
        owner=Owner("Ada", "Senior Engineer"),
        goals=(Goal("g1", "A"), Goal("g2", "B")),
        contacts=(Contact("lee", "Lee"),),
    )
    assert repr(plan) == (
        "CareerPlan(owner=Owner(name='Ada', role='Senior Engineer', organization=''), "
        "goals=2, contacts=1)"
    )


def test_plan_lookups() -> None:
    plan = CareerPlan(
        goals=(Goal("g1", "A"), Goal("g2", "B", status="done")),
        skills=(Skill("py", "Python"),),
        contacts=(Contact("lee", "Lee"),),
        mentors=(Mentor("m1", contact="lee"), Mentor("m2", name="Sam", contact="lee")),
    )
    assert plan.goal("g2").title == "B"
    assert plan.skill("py").name == "Python"
    assert plan.contact("lee").name == "Lee"
    assert plan.mentor("m1").contact == "lee"
    assert plan.mentor_name(plan.mentor("m1")) == "Lee"
    assert plan.mentor_name(plan.mentor("m2")) == "Sam"
    assert plan.active_goals == (plan.goal("g1"),)
    for lookup, kind in (
        (plan.goal, "goal"),
        (plan.skill, "skill"),
        (plan.contact, "contact"),
        (plan.mentor, "mentor"),
    ):
        with pytest.raises(KeyError, match=f"no {kind} with id 'zz'"):
            lookup("zz")


def test_duplicate_ids_are_reported_per_collection() -> None:
    assert plan_errors(
        values=(Value("v", "A"), Value("v", "B")),
        goals=(Goal("g", "A"), Goal("h", "B"), Goal("g", "C")),
        skills=(Skill("s", "A"), Skill("s", "B")),
        learning=(LearningActivity("l", "book", "A"), LearningActivity("l", "book", "B")),
        contacts=(Contact("c", "A"), Contact("c", "B")),
        mentors=(Mentor("m", name="A"), Mentor("m", name="B")),
        challenges=(Challenge("x", "A"), Challenge("x", "B")),
        reflections=(Reflection("r", D), Reflection("r", D)),
    ) == [
        "duplicate value id 'v' (first at $.values[0]) @ $.values[1].id",
        "duplicate goal id 'g' (first at $.goals[0]) @ $.goals[2].id",
        "duplicate skill id 's' (first at $.skills[0]) @ $.skills[1].id",
        "duplicate learning activity id 'l' (first at $.learning[0]) @ $.learning[1].id",
        "duplicate contact id 'c' (first at $.contacts[0]) @ $.contacts[1].id",
        "duplicate mentor id 'm' (first at $.mentors[0]) @ $.mentors[1].id",
        "duplicate challenge id 'x' (first at $.challenges[0]) @ $.challenges[1].id",
        "duplicate reflection id 'r' (first at $.reflections[0]) @ $.reflections[1].id",
    ]


def test_same_id_in_different_collections_is_fine() -> None:
    plan = CareerPlan(values=(Value("x", "X"),), goals=(Goal("x", "X", values=("x",)),))
    assert plan.goal("x").values == ("x",)


def test_unknown_references_are_reported_with_their_paths() -> None:
    assert plan_errors(
        values=(Value("growth", "Growth"),),
        skills=(Skill("py", "Python"),),
        goals=(
            Goal("g1", "A"),
            Goal("g2", "B", values=("growth",)),
            Goal(
                "g3",
                "C",
                values=("growth-x",),
                skills=(SkillTarget("py", 3), SkillTarget("go", 2)),
                parent="g9",
            ),
        ),
        learning=(LearningActivity("l1", "course", "K8s", skills=("py", "k8s")),),
        contacts=(Contact("lee", "Lee"),),
        mentors=(Mentor("m1", contact="lee"), Mentor("m2", contact="kim")),
        challenges=(Challenge("c1", "Migrate", skills=("sql",), sponsor="m3"),),
        reflections=(Reflection("r1", D, assessments=(Assessment("g1"), Assessment("g4"))),),
    ) == [
        "goal 'g3' links unknown value 'growth-x' @ $.goals[2].values[0]",
        "goal 'g3' links unknown skill 'go' @ $.goals[2].skills[1].skill",
        "goal 'g3' links unknown parent goal 'g9' @ $.goals[2].parent",
        "learning activity 'l1' links unknown skill 'k8s' @ $.learning[0].skills[1]",
        "mentor 'm2' links unknown contact 'kim' @ $.mentors[1].contact",
        "challenge 'c1' links unknown skill 'sql' @ $.challenges[0].skills[0]",
        "challenge 'c1' links unknown sponsor 'm3' @ $.challenges[0].sponsor",
        "reflection 'r1' links unknown goal 'g4' @ $.reflections[0].assessments[1].goal",
    ]


def test_the_documented_unknown_value_message() -> None:
    goals = (Goal("g1", "A"), Goal("g2", "B"), Goal("g3", "C", values=("growth",)))
    assert plan_errors(goals=goals) == [
        "goal 'g3' links unknown value 'growth' @ $.goals[2].values[0]"
    ]


def test_parent_cycles_are_reported_once_each() -> None:
    assert plan_errors(
        goals=(
            Goal("a", "A", parent="b"),
            Goal("b", "B", parent="a"),
            Goal("c", "C", parent="d"),
            Goal("d", "D", parent="e"),
            Goal("e", "E", parent="c"),
        )
    ) == [
        "goal parents form a cycle ('a' -> 'b' -> 'a') @ $.goals[0].parent",
        "goal parents form a cycle ('c' -> 'd' -> 'e' -> 'c') @ $.goals[2].parent",
    ]


def test_a_cycle_is_reported_at_a_goal_in_it_not_one_leading_into_it() -> None:
    assert plan_errors(
        goals=(
            Goal("entry", "E", parent="x"),
            Goal("x", "X", parent="y"),
            Goal("y", "Y", parent="x"),
        )
    ) == ["goal parents form a cycle ('x' -> 'y' -> 'x') @ $.goals[1].parent"]


def test_parent_chains_without_cycles_are_fine() -> None:
    plan = CareerPlan(
        goals=(Goal("leaf", "L", parent="mid"), Goal("mid", "M", parent="root"), Goal("root", "R"))
    )
    assert [g.parent for g in plan.goals] == ["mid", "root", None]


def test_plan_validation_error_message_and_pickling() -> None:
    error = PlanValidationError(["first @ $.a", "second @ $.b"])
    assert str(error) == "2 problems in the plan:\n- first @ $.a\n- second @ $.b"
    assert str(PlanValidationError(["only @ $"])) == "1 problem in the plan:\n- only @ $"
    assert isinstance(error, CareerkitError)
    assert isinstance(error, ValueError)
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.errors, str(again)) == (
        PlanValidationError,
        error.errors,
        str(error),
    )


@given(strategies.plans())
def test_generated_plans_pass_their_own_checks(plan: CareerPlan) -> None:
    assert attrs.evolve(plan) == plan
    ids = {g.id for g in plan.goals}
    for goal in plan.goals:
        seen = {goal.id}
        while goal.parent is not None:
            assert goal.parent in ids
            assert goal.parent not in seen
            seen.add(goal.parent)
            goal = plan.goal(goal.parent)
