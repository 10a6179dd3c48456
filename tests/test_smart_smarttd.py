"""Goal statements on time and reach (``smart_cases_smarttd``): verdicts and deadlines."""

from __future__ import annotations

from datetime import date

import pytest

import careerkit as ck
from smart_cases import ALL, AS_OF, Case
from smart_cases_fresh import FRESH_CASES
from smart_cases_more import MORE
from smart_cases_reach import REACH
from smart_cases_smarttd import BEYOND, TD_CASES, UNDATED, UNTIMED, WITHIN
from smart_files import agreement, case_params, verdict

FLOOR = 0.90

# Read differently from the label. Strict xfail: when one starts to pass, move it out.
MISSES: set[str] = set()
DEADLINE_MISSES: set[str] = set()


def test_the_batch_is_large_varied_and_new() -> None:
    assert len(TD_CASES) >= 120
    texts = {c.text for c in TD_CASES}
    assert len(texts) == len(TD_CASES), "duplicate case"
    assert not texts & {c.text for c in (*ALL, *MORE, *FRESH_CASES, *REACH)}, "in another batch"
    assert all(len(c.verdict) == 5 for c in TD_CASES)
    assert all(c.verdict[4] == "T" for c in UNDATED)
    assert all(c.verdict[4] == "t" and c.deadline is None for c in UNTIMED)
    assert all(c.verdict[2] == "a" for c in BEYOND)
    assert all(c.verdict[2] == "A" for c in WITHIN)


@pytest.mark.parametrize("case", case_params(TD_CASES, MISSES))
def test_verdict(case: Case) -> None:
    assert verdict(ck.evaluate_smart(case.text, as_of=AS_OF)) == case.verdict


@pytest.mark.parametrize(
    "case",
    case_params([c for c in TD_CASES if c.deadline or c in UNDATED + UNTIMED], DEADLINE_MISSES),
)
def test_deadline(case: Case) -> None:
    """A dated goal ends on its date; an undated or untimed one has no deadline."""
    report = ck.evaluate_smart(case.text, as_of=AS_OF)
    expected = date.fromisoformat(case.deadline) if case.deadline else None
    assert report.deadline == expected


def test_agreement_per_criterion() -> None:
    for criterion, share in agreement(TD_CASES).items():
        assert share >= FLOOR, criterion
