"""``review()`` of a plan with many active goals with effort hours: does it scale linearly?

Times ``careerkit.review`` on plans of 10,000 and 100,000 active goals (each with effort hours,
a metric, two check-ins, a deadline and a milestone; a reflection assessing a goal in ten; a
contact, a mentor and a challenge per hundred goals), and the scheduler and the insights on
their own (the balance scorer does not look at goals: see bench_balance.py). A linear engine takes ten times as long on ten times the goals: the
script prints each ratio against that. Prints::

    python benchmarks/bench_review.py            # 10,000 and 100,000 goals (or: nox -s bench)
    python benchmarks/bench_review.py --quick    # 2,000 and 20,000 goals
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from _common import quick

import careerkit as ck
from careerkit.model import Assessment, Meeting, Milestone

AS_OF = date(2026, 11, 25)


def plan_of(goals: int) -> ck.CareerPlan:
    start = AS_OF - timedelta(days=120)
    records = tuple(
        ck.Goal(
            f"g{i}",
            f"Ship {i % 7 + 2} releases of the billing service by 2027-06-30",
            start=start,
            deadline=date(2027, 6, 30),
            effort_hours=1 + i % 5,
            metric=ck.Metric("releases shipped", 0, i % 7 + 2, unit="releases"),
            check_ins=(
                ck.CheckIn(start + timedelta(days=30), i % 2),
                ck.CheckIn(start + timedelta(days=90), i % 3),
            ),
            milestones=(Milestone("First release", due=start + timedelta(days=60)),),
        )
        for i in range(goals)
    )
    people = goals // 100
    contacts = tuple(
        ck.Contact(
            f"c{i}",
            f"Contact {i}",
            cadence_days=60,
            interactions=(ck.Interaction(AS_OF - timedelta(days=i % 90), "gave"),),
        )
        for i in range(people)
    )
    mentors = tuple(
        ck.Mentor(
            f"m{i}",
            contact=f"c{i}",
            role="both",
            status="active",
            meetings=(Meeting(AS_OF - timedelta(days=i % 40)),),
        )
        for i in range(people)
    )
    challenges = tuple(
        ck.Challenge(f"x{i}", f"Challenge {i}", stretch=3, start=start, status="active")
        for i in range(people)
    )
    reflections = tuple(
        ck.Reflection(
            f"r{i}",
            AS_OF - timedelta(days=i % 60),
            assessments=(Assessment(f"g{i * 10}", on_track=True, aligned=True),),
        )
        for i in range(goals // 10)
    )
    return ck.CareerPlan(
        goals=records,
        contacts=contacts,
        mentors=mentors,
        challenges=challenges,
        reflections=reflections,
    )


def seconds(fn: Callable[[], object]) -> float:
    # One run each: the large plan takes long enough that timer noise does not matter.
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    small_n, large_n = (2_000, 20_000) if quick() else (10_000, 100_000)
    small, large = plan_of(small_n), plan_of(large_n)
    steps: dict[str, Callable[[ck.CareerPlan], object]] = {
        "schedule_reviews": lambda p: ck.schedule_reviews(p, as_of=AS_OF),
        "insights": lambda p: ck.insights(p, as_of=AS_OF),
        "review": lambda p: ck.review(p, as_of=AS_OF),
    }
    factor = large_n / small_n
    print(f"goals: {small_n:,} and {large_n:,} (x{factor:g}); linear means a ratio of {factor:g}")
    for name, step in steps.items():
        a = seconds(lambda: step(small))  # noqa: B023 - called at once, in this iteration
        b = seconds(lambda: step(large))  # noqa: B023
        print(
            f"{name:>17}: {a:8.2f} s  {b:8.2f} s  ratio {b / a:5.1f} "
            f"({b / a / factor:.2f} x linear)"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
