"""Agreement with the labelled development goals kept beside the repository.

The file lives in ``../shared/data`` of the development checkout, not in the repository; the
test is skipped where it is absent. The labels are read as the file's README says: S, M, R and
T are true exactly when the criterion is met, A is false exactly when it is not met.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import careerkit as ck
from smart_files import load, scorer, shared_file

DEVSET = shared_file("smart_goals_dev.jsonl")
AS_OF = date(2026, 11, 25)  # the day the labels are read against
MIN_AGREEMENT = 0.95


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return load(DEVSET)


def test_a_missing_file_skips_with_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "smart_goals_dev.jsonl"
    with pytest.raises(
        pytest.skip.Exception,
        match=r"development set not found at .*only in the development checkout",
    ):
        load(missing)


@pytest.mark.parametrize("criterion", ["S", "M", "A", "R", "T"])
def test_agreement_with_the_development_set(rows: list[dict[str, object]], criterion: str) -> None:
    agree = 0
    for row in rows:
        report = ck.evaluate_smart(str(row["text"]), as_of=AS_OF)
        agree += scorer().predicted(report)[criterion] == row[criterion]
    assert agree / len(rows) >= MIN_AGREEMENT
