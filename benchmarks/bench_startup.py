"""Cold starts: import time and a whole ``careerkit demo`` review, as fresh processes.

Prints, from one run (the median of several fresh processes each):

- the import time of ``careerkit`` against ``import attrs, cattrs, dateutil`` (its only runtime
  dependencies), measured inside the process and as whole-process wall time, and the cost of
  the first use of the model and the plan files (careerkit's names load on first use);
- the wall time of ``python -m careerkit demo`` (load the bundled plan, run every engine,
  render the review) against ``python -c "import careerkit"`` and against
  ``python -c "import attrs, cattrs, dateutil"``;
- whether the optional extras (matplotlib, icalendar) stay unimported.

    python benchmarks/bench_startup.py            # or: nox -s bench
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from _common import quick

RUNS = 5 if quick() else 15
DEPS = "import attrs, cattrs, dateutil"
TIMED = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def wall(args: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(stmt: str) -> float:
    out = [
        float(
            subprocess.run(
                [sys.executable, "-c", TIMED.format(stmt=stmt)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(RUNS)
    ]
    return statistics.median(out)


def main() -> None:
    deps_import = in_process(DEPS)
    ck_import = in_process("import careerkit")
    print(f"import attrs, cattrs, dateutil  {deps_import * 1e3:7.1f} ms (in process)")
    print(
        f"import careerkit                {ck_import * 1e3:7.1f} ms (in process)   "
        f"{ck_import / deps_import:5.2f}x the dependencies"
    )
    # Names load on first use; this is what a program that reads a plan file pays up front.
    first_use = in_process("import careerkit; careerkit.CareerPlan; careerkit.loads")
    print(
        f"... and the model and plan files {first_use * 1e3:7.1f} ms (in process)   "
        f"{first_use / deps_import:5.2f}x the dependencies"
    )
    deps_wall = wall(["-c", DEPS])
    ck_wall = wall(["-c", "import careerkit"])
    demo_wall = wall(["-m", "careerkit", "demo"])
    print(f"python -c '{DEPS}'   {deps_wall * 1e3:7.1f} ms (process)")
    print(
        f"python -c 'import careerkit'    {ck_wall * 1e3:7.1f} ms (process)   "
        f"{ck_wall / deps_wall:5.2f}x the dependencies"
    )
    print(
        f"python -m careerkit demo        {demo_wall * 1e3:7.1f} ms (process)   "
        f"{demo_wall / ck_wall:5.2f}x import careerkit, {demo_wall / deps_wall:5.2f}x the dependencies"
    )
    probe = (
        "import sys, careerkit; careerkit.review; careerkit.evaluate_smart; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'icalendar', 'dask'}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.strip()
    print(f"optional extras imported by careerkit and its engines: {loaded}")


if __name__ == "__main__":
    main()
