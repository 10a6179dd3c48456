"""careerkit's reports as pandas DataFrames."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

import careerkit as ck
from careerkit import frames
from careerkit.testing import EXAMPLE_AS_OF, example_plan

AS_OF = date(2026, 11, 25)
TEXTS = [
    "Read 12 books in 2027",
    "Network more.",
    "Give two talks at team meetups by June 30, 2027",
]


def reports() -> list[ck.reports.SmartReport]:
    return list(ck.evaluate_many(TEXTS, as_of=AS_OF))


def test_smart_frame_has_one_row_per_goal_and_the_documented_columns() -> None:
    frame = frames.smart_frame(reports(), ids=["a", "b", "c"], groups=["x", "y", "x"])
    assert list(frame.columns) == list(frames.SMART_COLUMNS)
    assert frame["id"].tolist() == ["a", "b", "c"]
    assert frame["group"].tolist() == ["x", "y", "x"]
    expected = reports()
    assert frame["is_smart"].tolist() == [r.is_smart for r in expected]
    assert frame["score"].tolist() == [r.score for r in expected]
    assert frame["T"].tolist() == [r.criteria["T"].status for r in expected]
    assert frame["findings"].tolist() == [len(r.findings) for r in expected]
    assert frame["codes"][1].split() == list(dict.fromkeys(f.code for f in expected[1].findings))
    assert frame["deadline"].dtype.kind == "M"
    assert frame["deadline"][2] == pd.Timestamp(2027, 6, 30)
    assert pd.isna(frame["deadline"][1])
    assert frame.groupby("group")["is_smart"].mean().to_dict() == {"x": 1.0, "y": 0.0}


def test_smart_frame_without_labels_numbers_the_goals() -> None:
    frame = frames.smart_frame(iter(reports()))
    assert frame["id"].tolist() == ["0", "1", "2"]
    assert frame["group"].isna().all()


def test_findings_frame_has_one_row_per_finding() -> None:
    expected = reports()
    frame = frames.findings_frame(expected, ids=["a", "b", "c"])
    assert list(frame.columns) == list(frames.FINDING_COLUMNS)
    rows = [(gid, f) for gid, r in zip("abc", expected, strict=True) for f in r.findings]
    assert len(frame) == len(rows)
    assert frame["code"].tolist() == [f.code for _, f in rows]
    assert frame["hint"].tolist() == [f.hint for _, f in rows]
    assert frame["id"].tolist() == [gid for gid, _ in rows]
    assert frame["span_start"].dtype == "Int64"
    spans = [(f.span[0] if f.span else None) for _, f in rows]
    assert [None if pd.isna(x) else int(x) for x in frame["span_start"]] == spans


@pytest.mark.parametrize(
    ("make", "columns"),
    [
        (frames.smart_frame, frames.SMART_COLUMNS),
        (frames.findings_frame, frames.FINDING_COLUMNS),
    ],
)
def test_an_empty_batch_gives_an_empty_frame_with_the_columns(
    make: object, columns: tuple[str, ...]
) -> None:
    frame = make([])  # type: ignore[operator]
    assert (len(frame), list(frame.columns)) == (0, list(columns))


def test_labels_must_match_the_reports() -> None:
    with pytest.raises(ck.PolicyError) as info:
        frames.smart_frame(reports(), ids=["a"])
    assert str(info.value) == "ids and groups must have one entry per report"
    with pytest.raises(ck.PolicyError) as info:
        frames.smart_frame(reports(), groups="sales")
    assert str(info.value) == "ids and groups must be iterables of names, not one str"
    with pytest.raises(ck.PolicyError) as info:
        frames.smart_frame(["Read 12 books"])  # type: ignore[list-item]
    assert str(info.value) == "report must be a SmartReport, got str"


def test_agenda_frame() -> None:
    agenda = ck.schedule_reviews(example_plan(), as_of=EXAMPLE_AS_OF)
    frame = frames.agenda_frame(agenda)
    assert list(frame.columns) == list(frames.AGENDA_COLUMNS)
    assert len(frame) == len(agenda)
    assert frame["due"].tolist() == [pd.Timestamp(i.due) for i in agenda]
    assert frame["overdue"].tolist() == [i.overdue for i in agenda]
    assert frame["prompts"][0] == "\n".join(agenda[0].prompts)


def test_review_frames() -> None:
    review = ck.review(example_plan(), as_of=EXAMPLE_AS_OF)
    goals = frames.review_goals_frame(review)
    assert list(goals.columns) == list(frames.REVIEW_GOAL_COLUMNS)
    assert goals["id"].tolist() == [g.goal.id for g in review.goals]
    assert goals["status"].tolist() == [g.progress.status for g in review.goals]
    assert goals["score"].tolist() == [g.smart.score for g in review.goals]
    assert goals["days_ahead"].dtype == "Int64"
    insights = frames.insights_frame(review)
    assert list(insights.columns) == list(frames.INSIGHT_COLUMNS)
    assert insights["code"].tolist() == [i.code for i in review.insights]
    assert frames.insights_frame(review.insights).equals(insights)


def test_a_missing_pandas_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ck.MissingExtraError) as info:
        frames.smart_frame([])
    assert str(info.value) == (
        "careerkit.frames needs the optional extra 'pandas' (pandas is not installed): "
        "pip install 'careerkit[pandas]'"
    )
    assert isinstance(info.value, ImportError)
    assert info.value.extra == "pandas"


def test_pandas_is_imported_only_when_a_frame_is_built() -> None:
    code = "import sys, careerkit.frames; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "False\n"
