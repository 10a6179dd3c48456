"""The insights engine on a large plan, and what ``import careerkit.plot`` costs.

The plan has a big network (2,000 contacts with 20 interactions each, 40 mentors), 300 learning
activities, 100 challenges, 500 reflections and 50 goals needing skills. The baseline is reading
the same plan with ``careerkit.loads``, timed in the same run. The import figures are process wall
times of ``python -c "import careerkit"`` and ``python -c "import careerkit.plot"``. Prints::

    python benchmarks/bench_insights.py            # (or: nox -s bench)
    python benchmarks/bench_insights.py --quick    # a tenth of the network, fewer repeats
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import date, timedelta
from typing import Any

from _common import best_of, quick

import careerkit as ck

AS_OF = date(2026, 11, 25)


def day(rng: random.Random, back: int) -> str:
    return (AS_OF - timedelta(days=rng.randrange(back))).isoformat()


def document(contacts: int) -> str:
    rng = random.Random(6)
    skills = [{"id": f"s{i}", "name": f"Skill {i}", "level": rng.randrange(6)} for i in range(40)]
    doc: dict[str, Any] = {
        "schema": "careerkit/1",
        "owner": {"name": "Ada", "organization": "Acme"},
        "skills": skills,
        "goals": [
            {
                "id": f"g{i}",
                "title": f"Goal number {i}",
                "skills": [{"skill": f"s{rng.randrange(40)}", "level": 5} for _ in range(3)],
            }
            for i in range(50)
        ],
        "contacts": [
            {
                "id": f"c{i}",
                "name": f"Contact {i}",
                "organization": rng.choice(("Acme", "Globex", "Initech", "")),
                "since": day(rng, 3000),
                "cadence_days": rng.choice((30, 60, 90, 180)),
                "interactions": [
                    {
                        "date": day(rng, 1500),
                        "direction": rng.choice(("gave", "received", "mutual")),
                    }
                    for _ in range(20)
                ],
            }
            for i in range(contacts)
        ],
        "mentors": [
            {
                "id": f"m{i}",
                "contact": f"c{i}",
                "role": rng.choice(("mentor", "sponsor", "both")),
                "status": rng.choice(("prospect", "asked", "active", "ended")),
                "meetings": [{"date": day(rng, 400)} for _ in range(10)],
            }
            for i in range(40)
        ],
        "learning": [
            {
                "id": f"l{i}",
                "kind": "certification",
                "title": f"Certificate {i % 120}",
                "completed": day(rng, 2000),
                "credential": {
                    "expires": (AS_OF + timedelta(days=rng.randrange(-500, 500))).isoformat()
                },
            }
            for i in range(300)
        ],
        "challenges": [
            {
                "id": f"ch{i}",
                "title": f"Challenge {i}",
                "stretch": rng.randrange(1, 6),
                "visibility": "team",
                "start": day(rng, 2000),
                "status": "done",
            }
            for i in range(100)
        ],
        "reflections": [
            {
                "id": f"r{i}",
                "date": day(rng, 2000),
                "assessments": [{"goal": f"g{rng.randrange(50)}", "aligned": rng.random() < 0.8}],
            }
            for i in range(500)
        ],
    }
    return json.dumps(doc)


def wall_time(code: str, repeat: int) -> float:
    def run() -> None:
        subprocess.run([sys.executable, "-c", code], check=True)

    return best_of(run, repeat)


def main() -> None:
    contacts = 200 if quick() else 2_000
    repeat = 3 if quick() else 5
    text = document(contacts)
    plan = ck.loads(text)
    load_time = best_of(lambda: ck.loads(text), repeat)
    found: tuple[ck.reports.Insight, ...] = ()

    def run() -> None:
        nonlocal found
        found = ck.insights(plan, as_of=AS_OF)

    insight_time = best_of(run, repeat)
    print(f"insights: {contacts:,} contacts x 20 interactions, 300 learning, 500 reflections")
    print(f"  loads (baseline)  {load_time * 1000:8.1f} ms")
    print(f"  insights          {insight_time * 1000:8.1f} ms  ({len(found)} insights)")
    print(f"  insights takes {insight_time / load_time:.3f}x the time of loading the plan")

    base = wall_time("import careerkit", repeat)
    plot = wall_time("import careerkit.plot", repeat)
    print(f"import careerkit (baseline)  {base * 1000:6.0f} ms")
    print(f"import careerkit.plot        {plot * 1000:6.0f} ms  ({plot / base:.2f}x)")


if __name__ == "__main__":
    main()
