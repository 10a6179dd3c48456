"""Agreement with the labelled goals in the shapes real goal boxes hold (shared field file).

The file lives in ``../shared/data`` of the development checkout, not in the repository; the
test is skipped where it is absent. The figures are floors: the evaluator must not fall below
what it reached, and may rise above it. Lines in other languages must be declined, not judged.
"""

from __future__ import annotations

from typing import Any

import pytest

from smart_files import load, scorer, shared_file

FLOORS = {"S": 0.95, "M": 0.95, "A": 0.96, "R": 0.97, "T": 0.98, "overall": 0.97}
DEADLINE_FLOOR = 0.97


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    figures: dict[str, Any] = scorer().agreement(load(shared_file("smart_goals_field.jsonl")))
    return figures


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_stays_at_or_above_the_floor(figures: dict[str, Any], key: str) -> None:
    assert figures[key] >= FLOORS[key]


def test_deadlines_resolve_as_labelled(figures: dict[str, Any]) -> None:
    assert figures["deadline"] >= DEADLINE_FLOOR


def test_every_line_in_another_language_is_declined(figures: dict[str, Any]) -> None:
    assert figures["foreign"] == 10
    assert figures["foreign_flagged"] == figures["foreign"]
