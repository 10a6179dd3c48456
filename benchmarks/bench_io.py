"""Plan files: ``careerkit.loads``/``dumps`` against ``json`` and a pydantic v2 model.

A plan of 10,000 goals with 10 check-ins each. Prints times and ratios from one run::

    python benchmarks/bench_io.py            # or: nox -s bench
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from _common import best_of, quick

import careerkit as ck


def make_plan(goals: int) -> ck.CareerPlan:
    start = date(2026, 1, 5)
    return ck.CareerPlan(
        owner=ck.Owner("Bench", "Engineer"),
        goals=tuple(
            ck.Goal(
                f"g{i}",
                f"Publish {i % 7 + 2} technical posts about topic {i}",
                created=start,
                start=start,
                deadline=start + timedelta(days=300 + i % 60),
                metric=ck.Metric("posts", baseline=0, target=i % 7 + 2, unit="posts"),
                check_ins=tuple(
                    ck.CheckIn(start + timedelta(days=14 * k), k * 0.5, note="steady")
                    for k in range(10)
                ),
                tags=("writing",),
            )
            for i in range(goals)
        ),
    )


def pydantic_model() -> type:
    from typing import Literal

    import pydantic

    class PMetric(pydantic.BaseModel, extra="forbid", frozen=True):
        name: str
        baseline: float
        target: float
        unit: str = ""
        direction: Literal["up", "down"] = "up"

    class PCheckIn(pydantic.BaseModel, extra="forbid", frozen=True):
        date: date
        value: float
        note: str = ""
        confidence: int | None = None

    class PGoal(pydantic.BaseModel, extra="forbid", frozen=True):
        id: str
        title: str
        description: str = ""
        created: date | None = None
        start: date | None = None
        deadline: date | None = None
        status: Literal["draft", "active", "paused", "done", "dropped"] = "active"
        metric: PMetric | None = None
        check_ins: tuple[PCheckIn, ...] = ()
        tags: tuple[str, ...] = ()

    class POwner(pydantic.BaseModel, extra="forbid", frozen=True):
        name: str = ""
        role: str = ""

    class PPlan(pydantic.BaseModel, extra="forbid", frozen=True):
        schema_: str = pydantic.Field(alias="schema")
        owner: POwner
        goals: tuple[PGoal, ...] = ()

    return PPlan


def main() -> None:
    n = 1_000 if quick() else 10_000
    plan = make_plan(n)
    text = ck.dumps(plan)
    doc = json.loads(text)
    assert ck.loads(text) == plan
    t_json_loads = best_of(lambda: json.loads(text))
    t_json_dumps = best_of(lambda: json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    t_loads = best_of(lambda: ck.loads(text))
    t_dumps = best_of(lambda: ck.dumps(plan))
    print(f"plan: {n:,} goals x 10 check-ins, {len(text) / 1e6:.1f} MB of JSON")
    print(f"json.loads       {t_json_loads * 1e3:8.1f} ms")
    print(f"careerkit.loads  {t_loads * 1e3:8.1f} ms   {t_loads / t_json_loads:5.2f}x json.loads")
    print(f"json.dumps       {t_json_dumps * 1e3:8.1f} ms")
    print(f"careerkit.dumps  {t_dumps * 1e3:8.1f} ms   {t_dumps / t_json_dumps:5.2f}x json.dumps")
    try:
        model = pydantic_model()
    except ImportError:
        print("pydantic not installed: skipping the pydantic comparison (pip install pydantic)")
        return
    pplan = model.model_validate_json(text)
    t_p_loads = best_of(lambda: model.model_validate_json(text))
    t_p_dumps = best_of(lambda: pplan.model_dump_json(by_alias=True, exclude_defaults=True))
    print(
        f"pydantic load    {t_p_loads * 1e3:8.1f} ms   careerkit.loads is {t_loads / t_p_loads:5.2f}x pydantic"
    )
    print(
        f"pydantic dump    {t_p_dumps * 1e3:8.1f} ms   careerkit.dumps is {t_dumps / t_p_dumps:5.2f}x pydantic"
    )


if __name__ == "__main__":
    main()
