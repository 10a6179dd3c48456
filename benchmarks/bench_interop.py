"""JSON Resume import: ``from_json_resume`` on resumes with many skills and many awards.

Each award is matched against every skill name and keyword; the time must grow with the size
of the resume, not with skills x awards. Two shapes: skill names that share their first word
("skill 17", the case a first-word index alone does not help) and names that do not. Prints
times and the ratio of each size to the smallest, from one run (linear: the ratio tracks n)::

    python benchmarks/bench_interop.py       # or: nox -s bench
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from _common import best_of, quick

from careerkit.interop import from_json_resume


def resume(n: int, shared_word: bool) -> dict[str, Any]:
    name = "skill {}" if shared_word else "skill{}"
    return {
        "skills": [{"name": name.format(i), "keywords": [f"tool{i}"]} for i in range(n)],
        "awards": [
            {"title": f"Award {i} for team work", "summary": f"Shipped with skill {i % 50} daily"}
            for i in range(n)
        ],
    }


def main() -> None:
    sizes = (500, 1000, 2000) if quick() else (1000, 2000, 4000)
    for shared in (True, False):
        label = "names sharing a first word" if shared else "distinct names"
        base = None
        for n in sizes:
            doc = resume(n, shared)
            seconds = best_of(lambda doc=doc: from_json_resume(doc, as_of=date(2027, 1, 4)), 3)
            base = base or seconds
            size = len(json.dumps(doc)) / 1000
            print(
                f"{label:28} {n:5} skills x {n:5} awards ({size:4.0f} KB): {seconds:6.3f} s, "
                f"{seconds / base:4.1f}x the smallest (n is {n // sizes[0]}x)"
            )


if __name__ == "__main__":
    main()
