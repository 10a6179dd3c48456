"""Plan files: ``careerkit.loads``/``dumps`` against ``json`` and a pydantic v2 model.

A plan of 10,000 goals with 10 check-ins each (7 MB of JSON). Every variant runs in turn in
each round (medians of the rounds' CPU times; ratios from this one run), twice: with Python's
cyclic garbage collector on, as a program has it (careerkit pauses it inside ``loads``
itself, the others do not), and with it paused for every variant alike. Variants show
what each part is worth: the optional msgspec reader, the paused collector, and the detailed
converter alone (how careerkit 0.1 read every plan). Then a hostile file: 3 MB of empty goals
(two million problems), its wall time and peak memory in a fresh process.

    python benchmarks/bench_io.py            # or: nox -s bench
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta

from _common import collector, interleaved, quick

import careerkit as ck
from careerkit import _io


def make_plan(goals: int) -> ck.CareerPlan:
    start = date(2026, 1, 5)
    return ck.CareerPlan(
        owner=ck.Owner("Bench", "Engineer"),
        goals=tuple(
            ck.Goal(
                f"g{i}",
                f"Publish {i % 7 + 2} technical posts about topic {i}",
                created=start,
                start=start,
                deadline=start + timedelta(days=300 + i % 60),
                metric=ck.Metric("posts", baseline=0, target=i % 7 + 2, unit="posts"),
                check_ins=tuple(
                    ck.CheckIn(start + timedelta(days=14 * k), k * 0.5, note="steady")
                    for k in range(10)
                ),
                tags=("writing",),
            )
            for i in range(goals)
        ),
    )


def pydantic_model() -> type:
    from typing import Literal

    import pydantic

    class PMetric(pydantic.BaseModel, extra="forbid", frozen=True):
        name: str
        baseline: float
        target: float
        unit: str = ""
        direction: Literal["up", "down"] = "up"

    class PCheckIn(pydantic.BaseModel, extra="forbid", frozen=True):
        date: date
        value: float
        note: str = ""
        confidence: int | None = None

    class PGoal(pydantic.BaseModel, extra="forbid", frozen=True):
        id: str
        title: str
        description: str = ""
        created: date | None = None
        start: date | None = None
        deadline: date | None = None
        status: Literal["draft", "active", "paused", "done", "dropped"] = "active"
        metric: PMetric | None = None
        check_ins: tuple[PCheckIn, ...] = ()
        tags: tuple[str, ...] = ()

    class POwner(pydantic.BaseModel, extra="forbid", frozen=True):
        name: str = ""
        role: str = ""

    class PPlan(pydantic.BaseModel, extra="forbid", frozen=True):
        schema_: str = pydantic.Field(alias="schema")
        owner: POwner
        goals: tuple[PGoal, ...] = ()

    return PPlan


def _with_std_reader(fn: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        saved = _io._FAST_JSON
        _io._FAST_JSON = None
        try:
            return fn()
        finally:
            _io._FAST_JSON = saved

    return run


def _without_pausing(fn: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        saved = _io.collector_paused
        _io.collector_paused = contextlib.nullcontext  # type: ignore[assignment]
        try:
            return fn()
        finally:
            _io.collector_paused = saved

    return run


def _table(title: str, times: dict[str, float], base: str, other: str | None) -> None:
    print(f"  {title}")
    for name, t in times.items():
        ratios = f"{t / times[base]:5.2f}x {base}"
        if other is not None:
            ratios += f"   {t / times[other]:5.2f}x {other}"
        print(f"    {name:<44} {t * 1e3:8.1f} ms   {ratios}")


def hostile_empty_goals() -> None:
    """Two million problems in 3 MB: time and peak memory of a fresh process."""
    probe = """
import resource, time
import careerkit as ck

def peak_mb():
    # VmHWM is this program's own peak; ru_maxrss may hold the parent's across exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

text = '{"schema":"careerkit/1","goals":[' + ",".join(["{}"] * 10**6) + ']}'
before = peak_mb()
start = time.perf_counter()
try:
    ck.loads(text)
except ck.PlanValidationError as exc:
    message = str(exc)
took = time.perf_counter() - start
print(len(text), took, before, peak_mb(), len(message), message.splitlines()[-1])
"""
    try:
        import resource  # noqa: F401 - POSIX only
    except ImportError:  # pragma: no cover
        print("hostile file: skipped (needs the resource module)")
        return
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.split(maxsplit=5)
    size, took, before, peak, chars, last = int(out[0]), *map(float, out[1:4]), int(out[4]), out[5]
    print(
        f"hostile: {size / 1e6:.1f} MB of empty goals (2,000,000 problems), fresh process, "
        "wall time"
    )
    print(
        f"  refused in {took:.2f} s (target under 2 s); peak memory {peak:.0f} MB for the "
        f"whole process, {before:.0f} MB before reading (target under 200 MB)"
    )
    print(f"  message: {chars:,} characters, ending {last.strip()!r}")


def main() -> None:
    n = 1_000 if quick() else 10_000
    rounds = 3 if quick() else 7
    plan = make_plan(n)
    text = ck.dumps(plan)
    doc = json.loads(text)
    assert ck.loads(text) == plan
    assert (
        _io._converter().structure({k: v for k, v in doc.items() if k != "schema"}, ck.CareerPlan)
        == plan
    )
    fast_reader = _io._FAST_JSON is not None
    print(
        f"plan: {n:,} goals x 10 check-ins, {len(text) / 1e6:.1f} MB of JSON; Python {sys.version.split()[0]}"
    )
    print(f"msgspec (the 'fast' extra): {'installed' if fast_reader else 'not installed'}")

    loads: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(text),
        "careerkit.loads": lambda: ck.loads(text),
    }
    if fast_reader:
        loads["careerkit.loads, standard JSON reader"] = _with_std_reader(lambda: ck.loads(text))
    loads["careerkit.loads, collector not paused"] = _without_pausing(
        _with_std_reader(lambda: ck.loads(text))
    )
    body = {k: v for k, v in doc.items() if k != "schema"}
    loads["detailed converter alone (0.1's path)"] = _without_pausing(
        lambda: _io._converter().structure(json.loads(text) and body, ck.CareerPlan)
    )
    dumps: dict[str, Callable[[], object]] = {
        "json.dumps": lambda: json.dumps(doc, ensure_ascii=False, separators=(",", ":")),
        "careerkit.dumps": lambda: ck.dumps(plan),
    }
    pydantic = None
    try:
        model = pydantic_model()
    except ImportError:
        print("pydantic not installed: no pydantic comparison (pip install pydantic)")
    else:
        pplan = model.model_validate_json(text)
        loads["pydantic model_validate_json"] = lambda: model.model_validate_json(text)
        dumps["pydantic model_dump_json"] = lambda: pplan.model_dump_json(
            by_alias=True, exclude_defaults=True
        )
        pydantic = "pydantic"

    for enabled, label in ((True, "collector on"), (False, "collector paused for every variant")):
        with collector(enabled):
            t_loads = interleaved(loads, rounds)
            t_dumps = interleaved(dumps, rounds)
        print(f"{label} (CPU time, medians of {rounds} interleaved rounds):")
        _table("read", t_loads, "json.loads", "pydantic model_validate_json" if pydantic else None)
        _table("write", t_dumps, "json.dumps", "pydantic model_dump_json" if pydantic else None)
    hostile_empty_goals()


if __name__ == "__main__":
    main()
