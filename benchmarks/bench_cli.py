"""``careerkit check`` on many goals: time and peak memory grow how with the number of goals?

Goals stream through the command (read, judged, written, counted, one at a time), so the time
should grow with the number of goals and the peak memory not at all. Each size runs in a fresh
process reading one goal per line from standard input; prints times, peak memory and ratios
against the smallest size, from one run::

    python benchmarks/bench_cli.py           # or: nox -s bench
"""

from __future__ import annotations

import subprocess
import sys
import time

from _common import quick

RUN = """
import os, resource, sys
from careerkit._cli import main
with open(os.devnull, "w", encoding="utf-8") as out:
    code = main(["check", "-", "--format", "jsonl", "--as-of", "2026-11-25"], stdout=out,
                stderr=out)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def goals(n: int) -> str:
    # Distinct texts, so no cache makes a large run look cheap.
    return "".join(
        f"Read {i % 40 + 2} books about topic {i} by June 30, 2027 to lead team {i % 97}\n"
        for i in range(n)
    )


def main() -> None:
    sizes = (1_000, 4_000) if quick() else (2_000, 8_000, 32_000)
    base: tuple[float, int] | None = None
    for n in sizes:
        text = goals(n)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", RUN], input=text, capture_output=True, text=True, check=True
        )
        seconds = time.perf_counter() - start
        peak_kb = int(done.stdout.split()[-1])
        base = base or (seconds, peak_kb)
        print(
            f"{n:6} goals: {seconds:6.2f} s ({seconds / base[0]:4.1f}x), "
            f"peak memory {peak_kb / 1024:5.1f} MB ({peak_kb / base[1]:4.2f}x); "
            f"goals {n // sizes[0]}x"
        )


if __name__ == "__main__":
    main()
