"""Limits that keep hostile plan documents cheap to refuse."""

from __future__ import annotations

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
    assert info.value.errors == ["the document is nested too deeply @ $"]
