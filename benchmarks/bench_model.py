"""The plan's integrity checks: a chain of parent goals against independent goals.

Loads a plan of N goals each the parent of the next, and a plan of N goals without parents,
and prints the ratio (target: within 3x; the checks walk each chain once). Also times the
manager's view of the chain (``redact`` builds a new plan, so it runs the checks again) and
adding one goal to it with ``with_record``. Prints times and ratios from one run::

    python benchmarks/bench_model.py            # or: nox -s bench
"""

from __future__ import annotations

import json

from _common import best_of, quick

import careerkit as ck


def document(goals: int, *, chained: bool) -> str:
    records = [
        {
            "id": f"g{i}",
            "title": f"Step {i} of the platform migration",
            "shared_with": ["manager"],
            **({"parent": f"g{i + 1}"} if chained and i + 1 < goals else {}),
        }
        for i in range(goals)
    ]
    return json.dumps({"schema": "careerkit/1", "goals": records})


def main() -> None:
    goals = 500 if quick() else 2_000
    repeat = 3
    chain_text = document(goals, chained=True)
    flat_text = document(goals, chained=False)
    flat = best_of(lambda: ck.loads(flat_text), repeat)
    chain = best_of(lambda: ck.loads(chain_text), repeat)
    plan = ck.loads(chain_text)
    view = best_of(lambda: ck.dumps(plan, audience="manager"), repeat)
    own = best_of(lambda: ck.dumps(plan), repeat)
    extra = ck.Goal("extra", "One more step", parent="g0")
    add = best_of(lambda: plan.with_record(extra), repeat)

    print(f"{goals:,} goals, best of {repeat}")
    print(f"  load, independent goals    {flat * 1000:8.1f} ms   1.00x")
    print(
        f"  load, chain of parents     {chain * 1000:8.1f} ms   {chain / flat:.2f}x  (target <= 3x)"
    )
    print(f"  dumps, whole plan          {own * 1000:8.1f} ms")
    print(f"  dumps for the manager      {view * 1000:8.1f} ms   {view / own:.2f}x of dumps")
    print(f"  with_record on the chain   {add * 1000:8.1f} ms   {add / flat:.2f}x of a load")


if __name__ == "__main__":
    main()
