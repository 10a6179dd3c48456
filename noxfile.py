"""Development tasks. ``nox`` runs the default sessions (what CI runs); ``nox -l`` lists all."""

from __future__ import annotations

import sys
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typing", "docs", "examples"]
nox.options.error_on_missing_interpreters = True
# uv creates and fills each session's environment in seconds where pip takes a minute or more;
# without uv installed, nox falls back to virtualenv and pip.
nox.options.default_venv_backend = "uv|virtualenv"

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
# Raise it, never lower it: every user-visible behaviour is tested.
COVERAGE_FLOOR = 98


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (with the docs' examples) and enforce the coverage floor."""
    session.install(".", *_group("tests"))
    session.run(
        "pytest",
        "--numprocesses=auto",  # one worker per core (pytest-xdist)
        "--cov=careerkit",
        "--cov-branch",
        "--cov-report=term-missing:skip-covered",
        f"--cov-fail-under={COVERAGE_FLOOR}",
        *session.posargs,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and common mistakes with ruff."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """Type-check the library and the examples with mypy --strict."""
    session.install(".", *_group("typing"))
    session.run("mypy", "--strict", "src", "examples")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation; any warning is an error."""
    session.install(".", *_group("docs"))
    session.run(
        "sphinx-build", "-n", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html"
    )


@nox.session
def examples(session: nox.Session) -> None:
    """Run every example script (and notebook) in ``examples/``."""
    session.install(".", *_group("examples"))
    for script in sorted((ROOT / "examples").glob("[!_]*.py")):
        session.run("python", str(script), silent=False)
    notebooks = sorted((ROOT / "examples").glob("*.ipynb"))
    if notebooks:
        session.run("python", str(ROOT / "examples" / "_run_notebooks.py"), *map(str, notebooks))


@nox.session
def bench(session: nox.Session) -> None:
    """Run every benchmark in ``benchmarks/`` (``nox -s bench -- --quick`` for a smaller run)."""
    session.install(".", *_group("bench"))
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        session.log(f"--- {script.name}")
        session.run("python", str(script), *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Run every property test with 2,000 examples (an hour or more; narrow it with ``-- -k``)."""
    session.install(".", *_group("tests"))
    session.run(
        "pytest",
        "--numprocesses=auto",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": "thorough"},
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit("run this file with nox")
