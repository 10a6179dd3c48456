"""The balance scorer on 10 years of weekly logs for 10,000 people.

Each person's plan holds 520 weekly logs (hours, sleep, activity, after-hours work, leave), a
WHO-5 and a CBI answer. The baseline is reading the same plans with ``careerkit.loads``, timed
in the same run; people are processed in batches so memory stays flat. Prints::

    python benchmarks/bench_balance.py            # 10,000 people (or: nox -s bench)
    python benchmarks/bench_balance.py --quick    # 500 people
"""

from __future__ import annotations

import json
import random
import time
from datetime import date, timedelta

from _common import quick

import careerkit as ck

WEEKS = 520  # 10 years
FIRST_WEEK = date(2016, 11, 28)
AS_OF = FIRST_WEEK + timedelta(weeks=WEEKS, days=-1)
VARIANTS = 100  # distinct generated people; person i uses variant i % VARIANTS
BATCH = 250


def person(seed: int) -> str:
    rng = random.Random(seed)
    contracted = rng.choice((32, 37.5, 40))
    weeks = [
        {
            "week": (FIRST_WEEK + timedelta(weeks=k)).isoformat(),
            "hours_worked": round(contracted + rng.gauss(4, 6), 1),
            "contracted_hours": contracted,
            "sleep_hours": round(rng.uniform(5.5, 8.5), 1),
            "activity_minutes": rng.randrange(0, 240, 10),
            "vigorous_minutes": rng.randrange(0, 60, 5),
            "after_hours_days": rng.randrange(0, 5),
            "leave_days": 5 if rng.random() < 0.08 else 0,
        }
        for k in range(WEEKS)
    ]
    for w in weeks:
        w["hours_worked"] = min(100.0, max(0.0, w["hours_worked"]))
    doc = {
        "schema": "careerkit/1",
        "wellbeing": {
            "weeks": weeks,
            "annual_leave_days": 25,
            "who5": [{"date": AS_OF.isoformat(), "answers": [rng.randrange(6) for _ in range(5)]}],
            "cbi": [{"date": AS_OF.isoformat(), "work": [rng.randrange(5) for _ in range(7)]}],
        },
    }
    return json.dumps(doc)


def main() -> None:
    people = 500 if quick() else 10_000
    texts = [person(seed) for seed in range(VARIANTS)]
    load_time = score_time = 0.0
    scored = 0
    for first in range(0, people, BATCH):
        batch = [texts[i % VARIANTS] for i in range(first, min(people, first + BATCH))]
        start = time.perf_counter()
        plans = [ck.loads(text) for text in batch]
        load_time += time.perf_counter() - start
        start = time.perf_counter()
        for plan in plans:
            report = ck.score_balance(plan, as_of=AS_OF)
            scored += report.score is not None
        score_time += time.perf_counter() - start
    assert scored == people
    print(f"balance: {people:,} people x {WEEKS} weekly logs (10 years)")
    print(f"  loads (baseline)  {people / load_time:10,.0f} people/s")
    print(f"  score_balance     {people / score_time:10,.0f} people/s")
    print(f"  score_balance is {load_time / score_time:.1f}x faster than loading the same records")


if __name__ == "__main__":
    main()
