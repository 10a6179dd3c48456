"""Every example in the docs and in docstrings runs and shows what it says."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import careerkit

ROOT = Path(__file__).resolve().parent.parent
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
PAGES = sorted((ROOT / "docs").glob("*.md"))
MODULES = sorted(m.name for m in pkgutil.walk_packages(careerkit.__path__, prefix="careerkit."))


def test_the_docs_are_found() -> None:
    assert PAGES, "no docs pages found"
    assert "careerkit._io" in MODULES


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_docs_page_examples(page: Path) -> None:
    failures, _ = doctest.testfile(
        str(page), module_relative=False, optionflags=FLAGS, encoding="utf-8", verbose=False
    )
    assert failures == 0, f"{failures} example(s) failed in {page.name}"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=FLAGS, verbose=False)
    assert failures == 0, f"{failures} docstring example(s) failed in {name}"


def test_readme_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```python\n")[1:]]
    assert blocks, "the README has no Python example"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # our own README
    assert "# Career review of" in capsys.readouterr().out
