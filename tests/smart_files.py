"""Reading the labelled goal files and scoring the evaluator against them (shared by tests)."""

from __future__ import annotations

import functools
import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def shared_file(name: str) -> Path:
    """``shared/data/<name>`` beside the checkout (or beside a folder holding it)."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "data" / name
        if candidate.is_file():
            return candidate
    return ROOT.parent / "shared" / "data" / name


def load(path: Path) -> list[dict[str, Any]]:
    """The labelled goals, or a skip with the reason when the file is not there."""
    if not path.is_file():
        pytest.skip(f"development set not found at {path} (only in the development checkout)")
    rows: list[dict[str, Any]] = scorer().read_rows(path)
    return rows


@functools.cache
def benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py``, loaded as a module (the benchmarks are scripts, not a package,
    and import each other as scripts do: from their own folder)."""
    folder = str(ROOT / "benchmarks")
    if folder not in sys.path:
        sys.path.append(folder)
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scorer() -> ModuleType:
    """``benchmarks/smart_agreement.py``, the one definition of how labels are compared."""
    return benchmark("smart_agreement")


def verdict(report: Any) -> str:
    """The report as a five-letter verdict in the notation of ``smart_cases``: a criterion in
    upper case is met (for A: not refused), in lower case it is not."""
    met = scorer().predicted(report)
    return "".join(c if met[c] else c.lower() for c in scorer().CRITERIA)


def case_params(cases: Iterable[Any], misses: set[str]) -> list[Any]:
    """One test parameter per case, named by its text; a known miss is a strict xfail, so it is
    taken off its list as soon as it passes."""
    return [
        pytest.param(
            case,
            id=case.text[:60] or "<empty>",
            marks=[pytest.mark.xfail(strict=True, reason="known miss")]
            if case.text in misses
            else [],
        )
        for case in cases
    ]


def agreement(cases: Iterable[Any]) -> dict[str, float]:
    """The share of ``cases`` whose verdict agrees with their label, per criterion."""
    import careerkit as ck

    cases = list(cases)
    verdicts = [verdict(ck.evaluate_smart(c.text, as_of=scorer().AS_OF)) for c in cases]
    return {
        criterion: sum(v[k] == c.verdict[k] for v, c in zip(verdicts, cases, strict=True))
        / len(cases)
        for k, criterion in enumerate(scorer().CRITERIA)
    }
