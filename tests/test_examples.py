"""The bundled example plan stays valid and uses every kind of record."""

from __future__ import annotations

from pathlib import Path

import attrs

import careerkit as ck

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_example_plan_uses_every_record_kind() -> None:
    plan = ck.load(EXAMPLES / "plan.toml")
    empty = [f.name for f in attrs.fields(ck.CareerPlan) if not getattr(plan, f.name)]
    assert empty == []
    wellbeing = plan.wellbeing
    assert all((wellbeing.weeks, wellbeing.who5, wellbeing.cbi, wellbeing.time_off))
    assert {v.kind for v in plan.values} == {"value", "passion", "strength", "environment"}


def test_example_plan_round_trips() -> None:
    plan = ck.load(EXAMPLES / "plan.toml")
    assert ck.loads(ck.dumps(plan)) == plan
    assert ck.loads(ck.dumps(plan, format="toml"), format="toml") == plan
