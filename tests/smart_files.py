"""Reading the labelled goal files and scoring the evaluator against them (shared by tests)."""

from __future__ import annotations

import importlib.util
import json
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
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def scorer() -> ModuleType:
    """``benchmarks/smart_agreement.py``, the one definition of how labels are compared."""
    spec = importlib.util.spec_from_file_location(
        "smart_agreement", ROOT / "benchmarks" / "smart_agreement.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
