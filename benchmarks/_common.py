"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator


def quick() -> bool:
    """A smaller run: ``--quick`` on the command line or ``CAREERKIT_BENCH_QUICK=1``."""
    return "--quick" in sys.argv or os.environ.get("CAREERKIT_BENCH_QUICK") == "1"


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other work)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def interleaved(
    variants: dict[str, Callable[[], object]],
    rounds: int = 7,
    *,
    collect: bool = True,
    fastest: bool = False,
) -> dict[str, float]:
    """The median CPU time of each variant in seconds, the variants run in turn in each round.

    Running them in turn, rather than one after the other, spreads the machine's slow moments
    over all of them, so their ratios hold even on a busy machine; and CPU time
    (``time.process_time``), unlike wall time, does not count the moments another process
    had the core. Each round starts the variants in a different order, and (with
    ``collect``) from a collected heap. With ``fastest``, the least CPU time of each variant
    instead of the median: on a crowded machine other work only ever adds time, and the
    fastest run is the one it disturbed least.
    """
    import gc
    import statistics

    times: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for r in range(rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            if collect:
                gc.collect()
            start = time.process_time()
            variants[name]()
            times[name].append(time.process_time() - start)
    pick = min if fastest else statistics.median
    return {name: pick(values) for name, values in times.items()}


@contextlib.contextmanager
def collector(enabled: bool) -> Iterator[None]:
    """Run the block with Python's cyclic garbage collector on or off, as given."""
    import gc

    was = gc.isenabled()
    if enabled:
        gc.enable()
    else:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
