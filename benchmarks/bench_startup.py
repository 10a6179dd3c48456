"""Cold starts: ``careerkit demo`` and ``import careerkit`` as fresh processes.

Bytecode is compiled first (``compileall`` over careerkit, and one import of each dependency),
and the script checks that it is there: a cold start here is a fresh process with ``.pyc``
files present, as an installed package has them, not a first run that compiles every module.

Prints, from one run, the median over interleaved rounds (each round starts every command
once, in a rotating order) of each command's wall time and CPU time (user + system, read from
the finished child: on a busy machine it is the steadier of the two):

- ``python -c "import attrs, cattrs, dateutil"``: careerkit's runtime dependencies, the baseline;
- ``python -c "import careerkit"``;
- ``python -m careerkit demo``: load the bundled plan, run every engine, render the review;

with the ratio of each to the baseline (target for the demo: at most 2x), and which optional
packages and heavy modules the demo imports.

    python benchmarks/bench_startup.py            # or: nox -s bench
"""

from __future__ import annotations

import compileall
import importlib.util
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import quick

import careerkit

ROUNDS = 5 if quick() else 15
DEPS = "import attrs, cattrs, dateutil"
COMMANDS = {
    "dependencies": ["-c", DEPS],
    "import careerkit": ["-c", "import careerkit"],
    "careerkit demo": ["-m", "careerkit", "demo"],
}


def ensure_bytecode() -> str:
    """Compile careerkit and its dependencies, and say whether every ``.pyc`` is in place."""
    import attr
    import attrs
    import cattrs
    import dateutil

    missing = []
    for module in (careerkit, attr, attrs, cattrs, dateutil):
        folder = Path(str(module.__file__)).parent
        compileall.compile_dir(folder, quiet=1)  # writes even under PYTHONDONTWRITEBYTECODE
        for source in folder.rglob("*.py"):
            cached = Path(importlib.util.cache_from_source(str(source)))
            if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
                missing.append(str(source))
    if missing:
        return f"bytecode MISSING for {len(missing)} files (e.g. {missing[0]}): figures include compiling"
    return (
        "bytecode present for careerkit, attrs, cattrs and dateutil (compiled before timing, "
        "every .pyc checked)"
    )


def run_once(args: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    print(ensure_bytecode())
    print(f"Python {sys.version.split()[0]}, {ROUNDS} interleaved rounds")
    names = list(COMMANDS)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for r in range(ROUNDS):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            w, c = run_once(COMMANDS[name])
            wall[name].append(w)
            cpu[name].append(c)
    base_wall = statistics.median(wall["dependencies"])
    base_cpu = statistics.median(cpu["dependencies"])
    for name in names:
        w = statistics.median(wall[name])
        c = statistics.median(cpu[name])
        print(
            f"{name:<16} wall {w * 1e3:7.1f} ms  {w / base_wall:5.2f}x the dependencies   "
            f"CPU {c * 1e3:7.1f} ms  {c / base_cpu:5.2f}x the dependencies"
        )
    print(f"(the dependencies: python -c '{DEPS}'; target for careerkit demo: at most 2x)")
    probe = (
        "import sys, runpy; sys.argv = ['careerkit', 'demo']; "
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: runpy.run_module('careerkit', run_name='__main__')\n"
        "    except SystemExit: pass\n"
        "heavy = {'matplotlib', 'icalendar', 'dask', 'msgspec', 'cattrs', 'email', 'zipfile', "
        "'csv', 'tempfile', 'importlib.metadata', 'pydantic'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.strip()
    print(f"optional or heavy modules the demo imports: {loaded}")


if __name__ == "__main__":
    main()
