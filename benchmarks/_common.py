"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable


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
