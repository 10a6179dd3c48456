"""``as_of`` as a notebook user types it: every entry point takes an ISO date string."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

import careerkit as ck
from careerkit import PolicyError
from careerkit.interop import from_json_resume, to_json_resume
from careerkit.testing import EXAMPLE_AS_OF, example_plan

EXPECTED = "as_of must be a datetime.date or an ISO date string like '2026-11-25', got "
PLAN = example_plan()
GOAL = PLAN.goals[0]
ENTRY_POINTS: dict[str, Callable[[Any], Any]] = {
    "review": lambda as_of: ck.review(PLAN, as_of=as_of),
    "schedule_reviews": lambda as_of: ck.schedule_reviews(PLAN, as_of=as_of),
    "score_balance": lambda as_of: ck.score_balance(PLAN, as_of=as_of),
    "insights": lambda as_of: ck.insights(PLAN, as_of=as_of),
    "progress": lambda as_of: ck.progress(GOAL, as_of=as_of),
    "evaluate_smart": lambda as_of: ck.evaluate_smart(GOAL.title, as_of=as_of),
    "evaluate_many": lambda as_of: list(ck.evaluate_many([GOAL.title], as_of=as_of)),
    "from_json_resume": lambda as_of: from_json_resume(to_json_resume(PLAN), as_of=as_of),
}


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
def test_an_iso_date_string_is_that_day(name: str) -> None:
    call = ENTRY_POINTS[name]
    assert call(EXAMPLE_AS_OF.isoformat()) == call(EXAMPLE_AS_OF)


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
@pytest.mark.parametrize(
    ("as_of", "error", "message"),
    [
        ("2027-02-30", PolicyError, "as_of must be a real day, got '2027-02-30'"),
        (
            "1899-12-31",
            PolicyError,
            "as_of must be between 1900-01-01 and 2999-12-31, got 1899-12-31",
        ),
        (
            "2026-11-25T09:00",  # a moment, not a day: refused as a datetime is
            TypeError,
            EXPECTED + "'2026-11-25T09:00'",
        ),
        (
            "2026-W48-3",  # an ISO week date: not how records are dated either
            TypeError,
            EXPECTED + "'2026-W48-3'",
        ),
        (
            datetime(2026, 11, 25, 9, 0),
            TypeError,
            EXPECTED + "datetime.datetime(2026, 11, 25, 9, 0)",
        ),
    ],
)
def test_other_strings_are_refused_naming_as_of(
    name: str, as_of: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        ENTRY_POINTS[name](as_of)
    assert isinstance(info.value, PolicyError)
    assert str(info.value) == message


def test_a_day_at_either_end_of_the_range_is_taken_as_a_string() -> None:
    assert ck.evaluate_smart("Ship it by next Friday", as_of="2999-12-31").as_of == date(
        2999, 12, 31
    )
    assert ck.evaluate_smart("Ship it by next Friday", as_of="1900-01-01").as_of == date(1900, 1, 1)
