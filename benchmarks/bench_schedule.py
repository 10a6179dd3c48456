"""The reassessment scheduler: agendas for many plans over a one-year horizon.

Each plan has 50 schedulable records (12 measured goals, 15 contacts with a keep-in-touch
cadence, 5 active mentors, 8 credentials, 6 challenges, 4 reflections) plus well-being logs and
time off. Prints, from one run:

- items per second for 1,000 and for 10,000 agendas, and the 10,000/1,000 time ratio
  (10 means the cost grows linearly with the number of plans);
- one plan's agenda against one ``careerkit.loads`` of the same plan.

::

    python benchmarks/bench_schedule.py            # or: nox -s bench
    python benchmarks/bench_schedule.py --quick    # 100 and 1,000 agendas
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from _common import best_of, quick

import careerkit as ck

AS_OF = date(2027, 3, 15)
HORIZON = timedelta(days=365)
#: Distinct plans built; the runs cycle through them (building 10,000 plans would dominate).
VARIANTS = 200


def make_plan(seed: int) -> ck.CareerPlan:
    """A realistic plan; ``seed`` shifts its dates and cadences so that plans differ."""
    base = date(2026, 1, 5) + timedelta(days=seed % 29)
    day = timedelta(days=1)
    goals = tuple(
        ck.Goal(
            f"g{i}",
            f"Publish {i % 5 + 2} posts about topic {i}",
            start=base,
            deadline=base + (420 + 30 * i) * day,
            metric=ck.Metric("posts", baseline=0, target=i % 5 + 2),
            check_ins=tuple(
                ck.CheckIn(base + (21 * k + i) * day, round(k * 0.15 * (1 + i % 3), 2))
                for k in range(8)
            ),
            status="active" if i % 6 else "paused",
        )
        for i in range(12)
    )
    contacts = tuple(
        ck.Contact(
            f"c{i}",
            f"Contact {i}",
            cadence_days=(30, 45, 60, 90)[(i + seed) % 4],
            interactions=(ck.Interaction(base + (40 + 17 * i) * day, "mutual"),),
        )
        for i in range(15)
    )
    mentors = tuple(
        ck.Mentor(
            f"m{i}",
            contact=f"c{i}",
            role=("mentor", "sponsor", "both")[i % 3],
            status="active",
            cadence_days=(28, 42)[i % 2],
            meetings=(ck.model.Meeting(base + (100 + 9 * i) * day),),
        )
        for i in range(5)
    )
    learning = tuple(
        ck.LearningActivity(
            f"l{i}",
            "certification",
            f"Certificate {i}",
            credential=ck.model.Credential(
                issued=base - 700 * day, expires=base + (300 + 61 * i + seed % 40) * day
            ),
        )
        for i in range(8)
    )
    challenges = tuple(
        ck.Challenge(
            f"x{i}",
            f"Stretch project {i}",
            status=("active", "done", "active")[i % 3],
            start=base + 30 * i * day,
            end=base + (200 + 45 * i) * day,
        )
        for i in range(6)
    )
    reflections = tuple(
        ck.Reflection(
            f"r{i}",
            base + (150 + 60 * i) * day,
            prompts=(ck.model.PromptAnswer("What went well?", "Shipped it"),),
            assessments=tuple(ck.model.Assessment(g.id) for g in goals[: 6 + i]),
        )
        for i in range(4)
    )
    monday = base - base.weekday() * day
    wellbeing = ck.Wellbeing(
        # Weekly logs start on Mondays, whatever day the plan's other records start on.
        weeks=tuple(ck.WeekLog(monday + 7 * k * day, hours_worked=44) for k in range(50)),
        time_off=(
            ck.model.TimeOff(date(2027, 7, 19), date(2027, 8, 6), "Summer"),
            ck.model.TimeOff(date(2027, 12, 23), date(2028, 1, 2), "Winter"),
        ),
    )
    return ck.CareerPlan(
        goals=goals,
        contacts=contacts,
        mentors=mentors,
        learning=learning,
        challenges=challenges,
        reflections=reflections,
        wellbeing=wellbeing,
    )


def agendas(plans: list[ck.CareerPlan], count: int) -> int:
    items = 0
    for i in range(count):
        items += len(ck.schedule_reviews(plans[i % len(plans)], as_of=AS_OF, horizon=HORIZON))
    return items


def timed(plans: list[ck.CareerPlan], count: int) -> tuple[float, int]:
    start = time.perf_counter()
    items = agendas(plans, count)
    return time.perf_counter() - start, items


def main() -> None:
    small, large = (100, 1_000) if quick() else (1_000, 10_000)
    plans = [make_plan(seed) for seed in range(VARIANTS)]
    agendas(plans, VARIANTS)  # warm up

    t_small, n_small = timed(plans, small)
    t_large, n_large = timed(plans, large)
    print(
        f"agendas of {small:,} plans: {t_small:.2f} s, {n_small:,} items, "
        f"{n_small / t_small:,.0f} items/s"
    )
    print(
        f"agendas of {large:,} plans: {t_large:.2f} s, {n_large:,} items, "
        f"{n_large / t_large:,.0f} items/s"
    )
    print(f"time ratio {large:,}/{small:,}: {t_large / t_small:.2f} (linear: {large / small:.0f})")

    plan = plans[0]
    text = ck.dumps(plan)
    one_load = best_of(lambda: ck.loads(text, format="json"), repeat=20)
    one_agenda = best_of(lambda: ck.schedule_reviews(plan, as_of=AS_OF, horizon=HORIZON), 20)
    print(
        f"one plan ({len(text):,} bytes of JSON): loads {one_load * 1e3:.2f} ms, "
        f"agenda {one_agenda * 1e3:.2f} ms; agenda/loads = {one_agenda / one_load:.2f}"
    )


if __name__ == "__main__":
    main()
