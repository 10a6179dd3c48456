"""The SMART evaluator on 100,000 distinct one-line goals, and on hostile megabyte texts.

Prints goals per second and the time as a multiple of one ``re.findall(r"\\w+", text)`` pass
over the same texts, measured in the same run (the least CPU time of runs made in turn),
then the time for 1 MB hostile texts (with the default ``max_text_chars`` and without any
character limit). Every goal text is different, so no cache of earlier answers can flatter
the figure::

    python benchmarks/bench_smart.py            # or: nox -s bench
    python benchmarks/bench_smart.py --quick    # 10,000 goals
"""

from __future__ import annotations

import random
import re
import time
from datetime import date

from _common import interleaved, quick

import careerkit as ck

AS_OF = date(2026, 11, 25)

ACTIONS = (
    "Give {n} talks at {where}",
    "Publish {n} posts about {topic} on {where}",
    "Read {n} books on {topic}",
    "Complete the {cert} course",
    "Pass the {cert} exam",
    "Earn the {cert} certification",
    "Improve my {skill} skills",
    "Get better at {skill}",
    "Mentor {n} junior engineers",
    "Have coffee with {n} people from {where}",
    "Reduce {metric} from {a} to {b} hours",
    "Increase {metric} by {p}%",
    "Lead the {project} project",
    "Attend a conference",
    "Learn {lang}",
    "Network more",
    "Sleep at least 7 hours a night",
    "Walk {a}000 steps a day",
    "Be a better {role}",
    "Become a {role}",
)
TIMES = (
    "",
    " by June {d}, 2027",
    " by the end of {month}",
    " by the end of Q{q} 2027",
    " within {a} weeks",
    " in 2027",
    " by next Friday",
    " every week",
    " twice a month for the next {a} months",
    " soon",
    " by {d}/12/2027",
    " this quarter",
    " in H{h} 2027",
)
REASONS = (
    "",
    "",
    " so that I can move into a {role} role",
    " to qualify for the {project} team",
    " because it matters for my promotion",
)
FILL = {
    "where": ("internal meetups", "PyCon US", "the engineering blog", "another department"),
    "topic": ("observability", "negotiation", "SQL", "product discovery"),
    "cert": ("AWS Solutions Architect", "PMP", "CKA", "Google Data Analytics"),
    "skill": ("communication", "presentation", "time management", "Python"),
    "metric": ("review turnaround", "meeting load", "on-call pages", "build time"),
    "project": ("checkout redesign", "data migration", "platform", "search relevance"),
    "lang": ("Python", "Spanish", "Kubernetes", "Rust"),
    "role": ("team lead", "staff engineer", "manager", "speaker"),
}


def make_goals(count: int, seed: int = 7) -> list[str]:
    """``count`` distinct goal texts."""
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        template = rng.choice(ACTIONS) + rng.choice(TIMES) + rng.choice(REASONS) + "."
        values = {key: rng.choice(options) for key, options in FILL.items()}
        values.update(
            n=rng.choice(("two", "a dozen", "one", str(rng.randint(2, 60)))),
            a=rng.randint(2, 9),
            d=rng.randint(1, 30),
            month=rng.choice(("March", "June", "September", "next month", "the quarter")),
            b=rng.randint(1, 2),
            p=rng.choice((5, 10, 20, 500)),
            q=rng.randint(1, 4),
            h=rng.randint(1, 2),
        )
        text = template.format(**values)
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def hostile() -> dict[str, str]:
    size = 1_000_000
    return {
        "repeated words": ("improve better more soon every week to be " * 30_000)[:size],
        "digits and dates": ("1234 5678 2027 12/31 30.06.2027 " * 40_000)[:size],
        "punctuation": ("((((,,,..;;--//[[{{" * 60_000)[:size],
        "unclosed brackets": ("Give 2 talks ((( by June [ {{ every week " * 30_000)[:size],
        "glued numbers": ("1-2-3/4/5." * 100_000)[:size],
        "half a million numbers": "1 " * 500_000,
        "quarters": ("Q2 " * 340_000)[:size],
    }


def main() -> None:
    count = 10_000 if quick() else 100_000
    goals = make_goals(count)
    word = re.compile(r"\w+")

    def baseline() -> None:
        for text in goals:
            word.findall(text)

    def evaluate() -> None:
        for report in ck.evaluate_many(goals, as_of=AS_OF):
            del report

    # CPU time of runs made in turn, the fastest of each: on a shared machine, wall times of
    # runs made one after the other can differ by a factor of two, and so would their ratio.
    times = interleaved(
        {"findall": baseline, "evaluate": evaluate}, rounds=5 if quick() else 3, fastest=True
    )
    base, took = times["findall"], times["evaluate"]
    print(f"SMART evaluator: {count:,} distinct one-line goals ({len(set(goals)):,} different)")
    print(f"  evaluate_smart       {took:8.3f} s   {count / took:10,.0f} goals/s")
    print(f"  re.findall(r'\\w+')   {base:8.3f} s   {count / base:10,.0f} texts/s")
    print(f"  ratio                {took / base:8.1f} x the findall pass")

    print("Hostile 1 MB texts (default policy / max_text_chars=None), each must take under 1 s:")
    whole = ck.SmartPolicy(max_text_chars=None)
    for name, text in hostile().items():
        start = time.perf_counter()
        ck.evaluate_smart(text, as_of=AS_OF)
        capped = time.perf_counter() - start
        start = time.perf_counter()
        ck.evaluate_smart(text, as_of=AS_OF, policy=whole)
        full = time.perf_counter() - start
        print(f"  {name:<24} default {capped:6.3f} s   no character limit {full:6.3f} s")


if __name__ == "__main__":
    main()
