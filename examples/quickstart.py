"""Load the example plan and print where each goal stands.

Run it from anywhere: ``python examples/quickstart.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import careerkit as ck

AS_OF = date(2026, 11, 25)


def main() -> None:
    plan = ck.load(Path(__file__).with_name("plan.toml"))
    print(f"Career plan of {plan.owner.name} ({plan.owner.role}) on {AS_OF.isoformat()}\n")
    for goal in plan.goals:
        if not goal.is_open:
            continue
        p = ck.progress(goal, as_of=AS_OF)
        done = "?" if p.fraction is None else f"{p.fraction:.0%}"
        print(f"- {goal.title}")
        print(f"    {p.status.replace('_', ' ')}, {done} done: {p.reason}")
        if p.projected_finish is not None:
            print(f"    projected finish {p.projected_finish.isoformat()}")
    gaps = [s for s in plan.skills if s.gap]
    if gaps:
        print(
            "\nSkills below target: " + ", ".join(f"{s.name} ({s.level}->{s.target})" for s in gaps)
        )


if __name__ == "__main__":
    main()
