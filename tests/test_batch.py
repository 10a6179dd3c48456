"""Roll-ups of many SMART reports: careerkit.batch."""

from __future__ import annotations

import importlib.util
import json
import pickle
import weakref
from collections import Counter
from collections.abc import Iterator
from datetime import date
from itertools import repeat
from pathlib import Path

import pytest

import careerkit as ck
from careerkit.batch import SmartTally, summarize_smart

AS_OF = date(2026, 11, 25)
TEXTS = [
    "Get better at public speaking",
    "Read 12 books in 2027",
    "Network more.",
    "Give two talks at team meetups by June 30, 2027",
]
GROUPS = ["sales", "sales", "ops", None]


def reports() -> list[ck.reports.SmartReport]:
    return list(ck.evaluate_many(TEXTS, as_of=AS_OF))


def test_the_summary_counts_goals_codes_and_criteria() -> None:
    summary = summarize_smart(reports())
    expected = reports()
    assert (summary.goals, summary.smart) == (4, sum(r.is_smart for r in expected))
    assert summary.share == summary.smart / 4
    assert summary.mean_score == sum(r.score for r in expected) / 4
    # A code counts goals, not findings: each goal at most once per code.
    codes = Counter(code for r in expected for code in {f.code for f in r.findings})
    assert dict(summary.codes) == dict(codes)
    assert list(summary.codes.values()) == sorted(codes.values(), reverse=True)
    criteria = Counter(
        c for r in expected for c, result in r.criteria.items() if result.status == "not_met"
    )
    assert dict(summary.criteria) == dict(criteria)
    assert summary.groups == {}


def test_groups_roll_up_separately_and_none_is_no_group() -> None:
    summary = summarize_smart(reports(), groups=GROUPS)
    assert sorted(summary.groups) == ["ops", "sales"]
    sales = summarize_smart(reports()[:2])
    assert summary.groups["sales"] == sales
    assert summary.goals == 4
    assert sum(g.goals for g in summary.groups.values()) == 3


def test_summaries_of_chunks_add_up_to_the_whole() -> None:
    whole = summarize_smart(reports(), groups=GROUPS)
    first = summarize_smart(reports()[:1], groups=GROUPS[:1])
    rest = summarize_smart(reports()[1:], groups=GROUPS[1:])
    assert first + rest == whole
    assert sum([first, rest], start=summarize_smart([])) == whole
    with pytest.raises(TypeError):
        first + 1  # type: ignore[operator]


def test_the_tally_counts_as_reports_stream_past() -> None:
    tally = SmartTally()
    for report, group in zip(reports(), GROUPS, strict=True):
        tally.add(report, group)
    assert tally.summary() == summarize_smart(reports(), groups=GROUPS)


def test_text_dict_repr_and_pickle() -> None:
    summary = summarize_smart(reports(), groups=GROUPS)
    lines = summary.to_text().splitlines()
    assert lines[0] == (
        f"4 goals checked: {summary.smart} SMART ({summary.share:.0%}), "
        f"{4 - summary.smart} not SMART"
    )
    assert lines[1] == "goals per finding code: " + ", ".join(
        f"{c} {n}" for c, n in summary.codes.items()
    )
    assert lines[2].startswith("  ops: 1 goal checked: ")
    data = summary.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["groups"]["sales"]["goals"] == 2
    assert repr(summary).startswith(f"SmartSummary(goals=4, smart={summary.smart} (")
    assert pickle.loads(pickle.dumps(summary)) == summary
    empty = summarize_smart([])
    assert (empty.share, empty.mean_score, empty.to_text()) == (None, None, "0 goals checked\n")


def test_bad_arguments_are_named() -> None:
    with pytest.raises(ck.PolicyError) as info:
        summarize_smart(reports(), groups=["one"])
    assert str(info.value) == "groups must name one group per report, as many as reports"
    with pytest.raises(ck.PolicyError) as info:
        summarize_smart(reports(), groups="sales")
    assert str(info.value) == "groups must be an iterable of group names, not one str"
    with pytest.raises(ck.PolicyError) as info:
        SmartTally().add("Read 12 books")  # type: ignore[arg-type]
    assert str(info.value) == "report must be a SmartReport, got str"
    with pytest.raises(ck.PolicyError) as info:
        SmartTally().add(reports()[0], group=3)  # type: ignore[arg-type]
    assert str(info.value) == "group must be a str or None, got int"


def test_no_report_is_kept_so_memory_stays_flat() -> None:
    refs: list[weakref.ref[ck.reports.SmartReport]] = []

    def stream() -> Iterator[ck.reports.SmartReport]:
        for report in ck.evaluate_many(repeat("Read 12 books in 2027", 200), as_of=AS_OF):
            refs.append(weakref.ref(report))
            yield report

    summary = summarize_smart(stream(), groups=repeat("sales", 200))
    assert summary.goals == 200
    assert sum(ref() is not None for ref in refs) == 0


def test_the_dask_example_sums_the_partitions_roll_ups() -> None:
    path = Path(__file__).resolve().parent.parent / "examples" / "dask_batch.py"
    spec = importlib.util.spec_from_file_location("dask_batch", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    parts = [module.summarize(TEXTS[:2])[0], module.summarize(TEXTS[2:])[0]]
    whole = summarize_smart(ck.evaluate_many(TEXTS, as_of=module.AS_OF))
    assert sum(parts, start=summarize_smart([])) == whole
