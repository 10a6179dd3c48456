"""Limits that keep hostile plan documents cheap to refuse."""

from __future__ import annotations

import itertools
import pickle
from pathlib import Path

import pytest

import careerkit as ck


def test_a_document_over_the_size_limit_is_refused_before_parsing() -> None:
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads("[" * 50, max_bytes=10)
    assert info.value.errors == ["the document is 50 bytes long; the limit is 10 @ $"]


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(" " * 2000)
    with pytest.raises(ck.PlanValidationError) as info:
        ck.load(path, max_bytes=1000)
    assert info.value.errors == ["the document is 2,000 bytes long; the limit is 1,000 @ $"]


def test_the_default_size_limit_admits_large_plans() -> None:
    text = '{"schema": "careerkit/1", "owner": {"name": "Ada"}}' + " " * 1_000_000
    assert ck.loads(text).owner.name == "Ada"


def test_overlong_strings_are_refused_with_their_path() -> None:
    text = '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "' + "x" * 100_001 + '"}]}'
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(text)
    assert info.value.errors == [
        "the string is 100,001 characters long; the limit is 100,000 @ $.goals[0].title"
    ]


def test_a_string_at_the_limit_is_fine() -> None:
    text = '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "' + "x" * 100_000 + '"}]}'
    assert len(ck.loads(text).goals[0].title) == 100_000


def test_nesting_deeper_than_the_schema_is_an_error_with_a_path() -> None:
    text = '{"schema": "careerkit/1", "goals": ' + "[" * 50 + "]" * 50 + "}"
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(text)
    assert info.value.errors == ["expected an object, got a list @ $.goals[0]"]


@pytest.mark.parametrize("depth", [5_000, 200_000])
def test_absurd_nesting_is_refused_without_a_recursion_error(depth: int) -> None:
    text = '{"schema": "careerkit/1", "goals": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(text)
    # Python 3.13's JSON reader reads 5,000 levels (3.11's does not); either way one message.
    assert info.value.errors in (
        ["the document is nested too deeply @ $"],
        ["expected an object, got a list @ $.goals[0]"],
    )
    if depth > 100_000:
        assert info.value.errors == ["the document is nested too deeply @ $"]


# --- the error list is capped ----------------------------------------------------------------


def _empty_goals(n: int) -> str:
    return '{"schema":"careerkit/1","goals":[' + ",".join(["{}"] * n) + "]}"


def test_the_error_list_holds_the_first_hundred_problems_and_counts_the_rest() -> None:
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(_empty_goals(250))
    exc = info.value
    assert exc.total == 500
    assert len(exc.errors) == 100
    assert exc.errors[:3] == [
        "required key missing @ $.goals[0].id",
        "required key missing @ $.goals[0].title",
        "required key missing @ $.goals[1].id",
    ]
    assert exc.errors[-1] == "required key missing @ $.goals[49].title"
    lines = str(exc).splitlines()
    assert lines[0] == "500 problems in the plan:"
    assert lines[-1] == "- and 400 more problems"
    assert len(lines) == 102


def test_a_million_bad_records_make_a_short_message() -> None:
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(_empty_goals(1_000_000))
    assert info.value.total == 2_000_000
    assert str(info.value).splitlines()[-1] == "- and 1,999,900 more problems"


def test_the_count_covers_every_kind_of_problem() -> None:
    goals = (
        [f'{{"id":"g{i}","title":"T","weight":-1,"zzz":1,"yyy":2}}' for i in range(40)]
        + ['{"id":"dup","title":"T"}'] * 3
        + ['{"id":"ok","title":""}', "[]", '{"id":5}']
    )
    text = '{"schema":"careerkit/1","goals":[' + ",".join(goals) + "]}"
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(text)
    # 40 goals with two unknown keys each (the weight is not checked while keys are wrong),
    # then an empty title, a list, and a number id with no title.
    assert info.value.total == 40 * 2 + 1 + 1 + 2
    assert info.value.errors[-4:] == [
        "must not be empty @ $.goals[43].title",
        "expected an object, got a list @ $.goals[44]",
        "expected a string, got a number @ $.goals[45].id",
        "required key missing @ $.goals[45].title",
    ]


def test_up_to_a_hundred_problems_are_all_listed() -> None:
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(_empty_goals(50))
    assert info.value.total == len(info.value.errors) == 100
    assert "more problem" not in str(info.value)


def test_the_plan_checks_are_capped_too() -> None:
    goals = tuple(ck.Goal("same", "Goal") for _ in range(152))
    with pytest.raises(ck.PlanValidationError) as info:
        ck.CareerPlan(goals=goals)
    assert info.value.total == 151
    assert len(info.value.errors) == 100
    assert str(info.value).splitlines()[-1] == "- and 51 more problems"


def test_a_plan_error_reads_only_as_many_problems_as_it_lists() -> None:
    endless = (f"problem {i} @ $" for i in itertools.count())
    exc = ck.PlanValidationError(endless, total=10**9)
    assert len(exc.errors) == 100
    assert exc.total == 10**9
    assert next(endless) == "problem 100 @ $"
    one = ck.PlanValidationError(["only @ $"])
    assert str(one) == "1 problem in the plan:\n- only @ $"
    assert str(ck.PlanValidationError(f"p{i} @ $" for i in range(101))).endswith(
        "\n- and 1 more problem"
    )


def test_a_capped_plan_error_survives_pickling() -> None:
    exc = ck.PlanValidationError([f"p{i} @ $" for i in range(300)])
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is ck.PlanValidationError
    assert (copy.errors, copy.total, str(copy)) == (exc.errors, exc.total, str(exc))


def test_a_file_with_many_plan_level_problems_counts_them_all() -> None:
    goal = '{"id":"same","title":"Goal"}'
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads('{"schema":"careerkit/1","goals":[' + ",".join([goal] * 152) + "]}")
    assert info.value.total == 151
    assert info.value.errors[0] == "duplicate goal id 'same' (first at $.goals[0]) @ $.goals[1].id"
    assert len(info.value.errors) == 100
    assert str(info.value).splitlines()[-1] == "- and 51 more problems"
