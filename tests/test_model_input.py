"""Records as people build them: what constructors convert and refuse, update helpers, and
plans that survive a file."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime, time
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import strategies
from careerkit import (
    CareerkitError,
    CareerPlan,
    CheckIn,
    Contact,
    Goal,
    Interaction,
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
from careerkit._model.fields import FieldError
from careerkit.model import (
    Advocacy,
    Assessment,
    CbiResponse,
    Meeting,
    Position,
    Who5Response,
)

D = date(2027, 1, 1)
MONDAY = date(2026, 12, 28)


def field_error(make: Any, field: str, message: str) -> None:
    """Assert that ``make()`` fails on ``field`` with exactly ``message``."""
    with pytest.raises(FieldError) as info:
        make()
    assert (info.value.field, info.value.message) == (field, message)


# --- constructors convert what people type and refuse the rest --------------------------------


def _tuple_fields(cls: type) -> list[str]:
    return [f.name for f in attrs.fields(cls) if str(f.type).startswith("tuple[")]


@pytest.mark.parametrize("cls", list(strategies.MODELS), ids=lambda c: c.__name__)
@settings(max_examples=10)
@given(data=st.data())
def test_lists_and_iso_strings_build_the_same_record(cls: type, data: st.DataObject) -> None:
    obj = data.draw(strategies.MODELS[cls])
    typed: dict[str, Any] = {}
    for field in attrs.fields(cls):
        value = getattr(obj, field.name)
        if isinstance(value, tuple):
            typed[field.name] = list(value)
        elif isinstance(value, date):
            typed[field.name] = value.isoformat()
    rebuilt = attrs.evolve(obj, **typed)
    assert rebuilt == obj
    assert hash(rebuilt) == hash(obj)
    for name in _tuple_fields(cls):
        assert type(getattr(rebuilt, name)) is tuple


@pytest.mark.parametrize(
    ("cls", "name"),
    [(cls, name) for cls in strategies.MODELS for name in _tuple_fields(cls)],
    ids=lambda x: x if isinstance(x, str) else x.__name__,
)
@settings(max_examples=1)
@given(data=st.data())
def test_a_string_where_a_list_is_expected_names_the_field(
    cls: type, name: str, data: st.DataObject
) -> None:
    obj = data.draw(strategies.MODELS[cls])
    field_error(
        lambda: attrs.evolve(obj, **{name: "growth"}),
        name,
        "expected a list, got a string ('growth')",
    )
    field_error(
        lambda: attrs.evolve(obj, **{name: {"a": 1}}),
        name,
        "expected a list, got an object ({'a': 1})",
    )


def test_the_reported_cases() -> None:
    field_error(
        lambda: Goal("g", "G", deadline=20270101),  # type: ignore[arg-type]
        "deadline",
        "expected a date like '2027-06-30', got a number (20270101)",
    )
    assert Goal("g", "G", deadline="2027-01-01").deadline == date(2027, 1, 1)  # type: ignore[arg-type]
    assert CheckIn("2026-06-01", 3).date == date(2026, 6, 1)
    field_error(
        lambda: Goal("g", "G", shared_with="manager"),  # type: ignore[arg-type]
        "shared_with",
        "expected a list, got a string ('manager')",
    )
    field_error(
        lambda: Goal("g", "G", values="growth"),  # type: ignore[arg-type]
        "values",
        "expected a list, got a string ('growth')",
    )
    plan = CareerPlan(goals=[Goal("g", "G", check_ins=[CheckIn("2026-06-01", 3)])])  # type: ignore[arg-type]
    assert type(plan.goals) is tuple
    assert hash(plan) == hash(
        CareerPlan(goals=(Goal("g", "G", check_ins=(CheckIn(date(2026, 6, 1), 3),)),))
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            datetime(2027, 1, 1, 9, 30),
            (
                "expected a date like '2027-06-30', got a date-time "
                "(datetime.datetime(2027, 1, 1, 9, 30))"
            ),
        ),
        ("2027-02-30", "'2027-02-30' is not a real date"),
        ("20270101", "expected a date like '2027-06-30', got a string ('20270101')"),
        ("2027-W26-3", "expected a date like '2027-06-30', got a string ('2027-W26-3')"),
        ("tomorrow", "expected a date like '2027-06-30', got a string ('tomorrow')"),
        (None, "expected a date like '2027-06-30', got null"),
        (True, "expected a date like '2027-06-30', got a boolean (True)"),
    ],
)
def test_wrong_dates_are_refused(value: object, message: str) -> None:
    field_error(lambda: CheckIn(value, 1), "date", message)  # type: ignore[arg-type]
    if value is not None:
        field_error(lambda: Goal("g", "G", start=value), "start", message)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value", "loader_message"),
    [
        ("deadline", 20270101, "expected a date like '2027-06-30', got a number"),
        ("deadline", "2027-02-30", "'2027-02-30' is not a real date"),
        ("shared_with", "manager", "expected a list, got a string"),
        (
            "status",
            "finished",
            "'finished' is not one of 'draft', 'active', 'paused', 'done', 'dropped'",
        ),
        ("weight", "3", "expected a number, got a string"),
        ("weight", True, "expected a number, got a boolean"),
        ("description", 7, "expected a string, got a number"),
        ("tags", [1], "expected a string, got a number"),
        ("title", "\u200b\u200e", "must not be empty (it holds only invisible characters)"),
    ],
)
def test_constructor_messages_are_the_loaders_with_the_value(
    field: str, value: object, loader_message: str
) -> None:
    from careerkit import loads

    goal: dict[str, Any] = {"id": "g", "title": "G", field: value}
    with pytest.raises(PlanValidationError) as loaded:
        loads(json.dumps({"schema": "careerkit/1", "goals": [goal]}))
    [problem] = loaded.value.errors
    message, _, path = problem.rpartition(" @ ")
    assert message == loader_message
    with pytest.raises(FieldError) as built:
        Goal(**goal)
    assert path == f"$.goals[0].{built.value.field}"
    item = value[0] if isinstance(value, list) else value
    shown = f" ({item!r})" if message.startswith("expected") else ""
    assert built.value.message == loader_message + shown


def test_any_iterable_but_a_string_or_mapping_becomes_a_tuple() -> None:
    goal = Goal("g", "G", tags=(t for t in ["a", "b"]), values={"growth"})  # type: ignore[arg-type]
    assert (goal.tags, goal.values) == (("a", "b"), ("growth",))
    assert Who5Response(D, [3, 3, 2, 3, 2]).answers == (3, 3, 2, 3, 2)  # type: ignore[arg-type]
    field_error(lambda: Goal("g", "G", tags=7), "tags", "expected a list, got a number (7)")  # type: ignore[arg-type]


def test_items_of_the_wrong_type_are_named_by_index() -> None:
    field_error(
        lambda: Goal("g", "G", check_ins=[CheckIn(D, 1), ("2027-01-02", 2)]),  # type: ignore[list-item]
        "check_ins[1]",
        "expected a CheckIn, got a list (('2027-01-02', 2))",
    )
    field_error(
        lambda: Who5Response(D, (3, 3, "2", 3, 2)),  # type: ignore[arg-type]
        "answers[2]",
        "expected an integer, got a string ('2')",
    )
    field_error(
        lambda: CbiResponse(D, personal=(1, 2.5)),  # type: ignore[arg-type]
        "personal[1]",
        "expected an integer, got a number (2.5)",
    )
    field_error(
        lambda: Goal("g", "G", metric={"name": "talks"}),  # type: ignore[arg-type]
        "metric",
        "expected a Metric, got an object ({'name': 'talks'})",
    )
    field_error(
        lambda: Assessment("g", on_track="yes"),  # type: ignore[arg-type]
        "on_track",
        "expected true or false, got a string ('yes')",
    )
    field_error(
        lambda: Skill("s", "S", level=3.0), "level", "expected an integer, got a number (3.0)"
    )


@pytest.mark.parametrize(
    "blank", ["\x00", "\x00\x00 ", "\u200b", "\u200e\u200f", "\u202e\ufeff", "\u2060 \u2066"]
)
def test_titles_of_invisible_characters_are_refused(blank: str) -> None:
    message = "must not be empty (it holds only invisible characters)"
    field_error(lambda: Goal("g", blank), "title", message)
    field_error(lambda: Milestone(blank), "title", message)
    assert Goal("g", "\u200bShip v2").title == "\u200bShip v2"
    field_error(
        lambda: Position("p", organization=blank),
        "organization",
        "a position needs an organization or a title",
    )
    field_error(lambda: Mentor("m", name=blank), "contact", "a mentor needs a contact id or a name")


# --- well-being weeks ------------------------------------------------------------------------


def test_a_week_starts_on_a_monday() -> None:
    assert WeekLog("2026-11-16").week == date(2026, 11, 16)  # type: ignore[arg-type]
    field_error(
        lambda: WeekLog(date(2026, 11, 18)),
        "week",
        "a week starts on a Monday; 2026-11-18 is a Wednesday (that week's Monday is 2026-11-16)",
    )


def test_a_week_is_logged_once() -> None:
    field_error(
        lambda: Wellbeing(weeks=[WeekLog(MONDAY), WeekLog(date(2027, 1, 4)), WeekLog(MONDAY)]),
        "weeks[2].week",
        "the week of 2026-12-28 is logged twice (first at weeks[0])",
    )


def test_the_loader_reports_week_problems_with_their_paths() -> None:
    from careerkit import loads

    doc = {
        "schema": "careerkit/1",
        "wellbeing": {"weeks": [{"week": "2026-11-16"}, {"week": "2026-11-18"}]},
    }
    with pytest.raises(PlanValidationError) as info:
        loads(json.dumps(doc))
    assert info.value.errors == [
        (
            "a week starts on a Monday; 2026-11-18 is a Wednesday (that week's Monday is "
            "2026-11-16) @ $.wellbeing.weeks[1].week"
        )
    ]
    doc["wellbeing"] = {"weeks": [{"week": "2026-11-16"}, {"week": "2026-11-16"}]}
    with pytest.raises(PlanValidationError) as info:
        loads(json.dumps(doc))
    assert info.value.errors == [
        "the week of 2026-11-16 is logged twice (first at weeks[0]) @ $.wellbeing.weeks[1].week"
    ]


# --- update helpers ----------------------------------------------------------------------------


def test_goal_update_helpers_return_new_validated_goals() -> None:
    goal = Goal("talks", "Give two talks", metric=Metric("talks", baseline=0, target=2))
    later = goal.with_check_in("2027-03-01", 2).with_check_in(date(2027, 1, 15), 1, note="meetup")
    assert [(c.date, c.value, c.note) for c in later.check_ins] == [
        (date(2027, 1, 15), 1, "meetup"),
        (date(2027, 3, 1), 2, ""),
    ]
    assert goal.check_ins == ()
    assert later.with_status("done").status == "done"
    field_error(
        lambda: goal.with_status("finished"),  # type: ignore[arg-type]
        "status",
        "'finished' is not one of 'draft', 'active', 'paused', 'done', 'dropped'",
    )
    field_error(
        lambda: goal.with_check_in("2027-13-01", 1), "date", "'2027-13-01' is not a real date"
    )
    stepped = goal.with_milestone("Submit a proposal", due="2027-02-01")
    assert stepped.milestones == (Milestone("Submit a proposal", due=date(2027, 2, 1)),)
    done = stepped.with_milestone_done("Submit a proposal", on="2027-01-28")
    assert done.milestones[0].done_on == date(2027, 1, 28)
    field_error(
        lambda: stepped.with_milestone("Submit a proposal"),
        "milestones",
        "goal 'talks' already has a milestone 'Submit a proposal'",
    )
    field_error(
        lambda: stepped.with_milestone_done("Rehearse", on=D),
        "milestones",
        "goal 'talks' has no milestone 'Rehearse' (it has: 'Submit a proposal')",
    )


def test_contact_and_mentor_update_helpers() -> None:
    lee = Contact("lee", "Lee").with_interaction(
        "2026-09-01", "gave", channel="coffee", shared_with=["mentor"]
    )
    assert lee.interactions == (
        Interaction(date(2026, 9, 1), "gave", "coffee", shared_with=("mentor",)),
    )
    field_error(
        lambda: lee.with_interaction(D, "gave", shared_with="manager"),  # type: ignore[arg-type]
        "shared_with",
        "expected a list, got a string ('manager')",
    )
    sam = Mentor("m1", name="Sam", role="sponsor").with_meeting("2026-12-03")
    sam = sam.with_advocacy("2027-01-10", "Named me for the platform lead role")
    assert sam.meetings == (Meeting(date(2026, 12, 3)),)
    assert sam.advocacy == (Advocacy(date(2027, 1, 10), "Named me for the platform lead role"),)
    field_error(lambda: sam.with_advocacy(D, " "), "note", "must not be empty")


def test_plan_with_record_adds_or_replaces_by_id() -> None:
    plan = CareerPlan().with_record(Value("growth", "Growth"))
    plan = plan.with_record(Goal("g1", "Ship v2", values=["growth"]))
    plan = plan.with_record(Goal("g2", "Write the RFC", parent="g1"))
    plan = plan.with_record(Goal("g1", "Ship v2 by March", values=["growth"]))
    assert [(g.id, g.title) for g in plan.goals] == [
        ("g1", "Ship v2 by March"),
        ("g2", "Write the RFC"),
    ]
    assert plan.with_record(Owner("Ada")).owner == Owner("Ada")
    with pytest.raises(PlanValidationError) as info:
        plan.with_record(Goal("g3", "T", parent="nope"))
    assert info.value.errors == ["goal 'g3' links unknown parent goal 'nope' @ $.goals[2].parent"]
    with pytest.raises(CareerkitError) as wrong:
        plan.with_record(CheckIn(D, 1))  # type: ignore[arg-type]
    assert str(wrong.value) == (
        "record must be one of Value, Goal, Skill, LearningActivity, Contact, Mentor, "
        "Challenge, Reflection, Position, Owner or Wellbeing, got CheckIn"
    )


def test_plan_without_refuses_to_remove_a_linked_record() -> None:
    plan = CareerPlan(
        goals=[Goal("g1", "A"), Goal("g2", "B", parent="g1")],
        contacts=[Contact("lee", "Lee")],
        mentors=[Mentor("m1", contact="lee")],
        reflections=[Reflection("r1", D, assessments=[Assessment("g1")])],
    )
    assert [g.id for g in plan.without(Goal, "g2").goals] == ["g1"]
    with pytest.raises(PlanValidationError) as info:
        plan.without(Goal, "g1")
    assert info.value.errors == [
        "cannot remove goal 'g1': goal 'g2' links it as its parent goal @ $.goals[1].parent",
        (
            "cannot remove goal 'g1': reflection 'r1' links it as its goal "
            "@ $.reflections[0].assessments[0].goal"
        ),
    ]
    with pytest.raises(PlanValidationError, match="mentor 'm1' links it as its contact"):
        plan.without(Contact, "lee")
    assert plan.without(Mentor, "m1").without(Contact, "lee").contacts == ()
    with pytest.raises(KeyError, match="no goal with id 'g9'"):
        plan.without(Goal, "g9")


# --- round trips through a file -----------------------------------------------------------------


@settings(max_examples=10)
@given(plan=strategies.plans())
def test_plans_built_by_hand_survive_save_and_load(plan: CareerPlan) -> None:
    import tempfile
    from pathlib import Path

    from careerkit import load, save

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.json"
        save(plan, path)
        loaded = load(path)
    assert loaded == plan
    assert hash(loaded) == hash(plan)
    assert pickle.loads(pickle.dumps(loaded)) == plan


def test_a_long_parent_chain_is_checked_in_one_pass() -> None:
    chain = [
        Goal(f"g{i}", f"Step {i}", parent=f"g{i + 1}" if i < 1999 else None) for i in range(2000)
    ]
    plan = CareerPlan(goals=chain)
    assert len(plan.goals) == 2000
    looped = [*chain[:-1], Goal("g1999", "Step 1999", parent="g0")]
    with pytest.raises(PlanValidationError) as info:
        CareerPlan(goals=looped)
    [problem] = info.value.errors
    assert problem.startswith("goal parents form a cycle ('g0' -> 'g1' -> ")
    assert problem.endswith("'g1999' -> 'g0') @ $.goals[0].parent")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "null"),
        (date(2027, 1, 1), "a date (datetime.date(2027, 1, 1))"),
        (time(9, 30), "a time (datetime.time(9, 30))"),
        ({1}, "set ({1})"),
        (tuple(range(30)), "a list (" + repr(tuple(range(30)))[:57] + "...)"),
    ],
)
def test_wrong_values_are_described_in_the_loaders_words(value: object, shown: str) -> None:
    field_error(lambda: Owner(name=value), "name", f"expected a string, got {shown}")  # type: ignore[arg-type]


def test_a_subclass_of_date_is_a_date() -> None:
    class Day(date):
        pass

    assert CheckIn(Day(2027, 1, 1), 1).date == date(2027, 1, 1)


def test_subclasses_of_plain_types_are_checked_as_the_types_they_extend() -> None:
    # Plain str, float and records take a shorter path through the validators; a subclass of
    # one takes the general path and gets the same answer and the same words.
    class Text(str):
        pass

    class Number(float):
        pass

    class Measure(CheckIn):
        pass

    goal = Goal(
        Text("g1"),
        Text("Ship v2"),
        status=Text("done"),  # type: ignore[arg-type]
        weight=Number(2.5),
        tags=[Text("a"), "b"],
        shared_with=(Text("mentor"),),  # type: ignore[arg-type]
        check_ins=[CheckIn("2027-01-01", 1), Measure("2027-01-02", 2)],
    )
    assert goal.status == "done"
    assert goal.weight == 2.5
    assert goal.tags == ("a", "b")
    assert [type(c) for c in goal.check_ins] == [CheckIn, Measure]
    field_error(lambda: Goal("g1", Text(" \t ")), "title", "must not be empty")
    field_error(
        lambda: Goal("g1", Text(" \u200b ")),
        "title",
        "must not be empty (it holds only invisible characters)",
    )
    field_error(
        lambda: Goal("g1", "t", weight=Number("inf")),
        "weight",
        "must be a finite number, got inf",
    )
    field_error(
        lambda: Goal("g1", "t", status=Text("later")),  # type: ignore[arg-type]
        "status",
        "'later' is not one of 'draft', 'active', 'paused', 'done', 'dropped'",
    )
    field_error(
        lambda: Goal("g1", "t", tags=["a", Text("b"), 3]),
        "tags[2]",
        "expected a string, got a number (3)",
    )
    field_error(
        lambda: Goal("g1", "t", check_ins=[CheckIn("2027-01-01", 1), "x"]),
        "check_ins[1]",
        "expected a CheckIn, got a string ('x')",
    )


def test_who5_answers_may_not_be_missing() -> None:
    field_error(
        lambda: Who5Response(D, [3, None, 2, 3, 2]),  # type: ignore[list-item]
        "answers[1]",
        "expected an integer, got null",
    )


def test_plan_with_record_replaces_the_wellbeing_and_without_needs_a_kind_of_record() -> None:
    weeks = Wellbeing(weeks=[WeekLog(MONDAY, hours_worked=40)])
    assert CareerPlan().with_record(weeks).wellbeing == weeks
    with pytest.raises(CareerkitError) as info:
        CareerPlan().without(CheckIn, "x")  # type: ignore[arg-type]
    assert str(info.value) == (
        "kind must be one of Value, Goal, Skill, LearningActivity, Contact, Mentor, Challenge, "
        "Reflection, Position, got <class 'careerkit.CheckIn'>"
    )


def test_a_link_must_be_a_string() -> None:
    field_error(lambda: Goal("g", "G", parent=5), "parent", "expected a string, got a number (5)")  # type: ignore[arg-type]


class Stranger:
    """A value of a type no field takes."""

    def __repr__(self) -> str:
        return "<stranger>"


@pytest.mark.parametrize(
    ("cls", "name"),
    [(cls, f.name) for cls in strategies.MODELS for f in attrs.fields(cls)],
    ids=lambda x: x if isinstance(x, str) else x.__name__,
)
@settings(max_examples=1)
@given(data=st.data())
def test_a_wrong_type_in_any_field_fails_at_once_naming_it(
    cls: type, name: str, data: st.DataObject
) -> None:
    obj = data.draw(strategies.MODELS[cls])
    with pytest.raises(FieldError) as info:
        attrs.evolve(obj, **{name: Stranger()})
    assert info.value.field == name
    assert "<stranger>" in str(info.value)  # the value is shown


@pytest.mark.parametrize("value", [10**309, -(10**400)])
def test_an_integer_too_large_for_a_float_is_refused_in_the_loader_s_words(value: int) -> None:
    digits = len(str(abs(value)))
    with pytest.raises(FieldError) as info:
        CheckIn(D, value)
    assert (info.value.field, info.value.message) == (
        "value",
        f"the number is too large ({digits:,} digits)",
    )
