"""The layers of careerkit run one way: model <- engines <- edges <- the public facade.

Every module of ``src/careerkit`` is given a layer by its name below. An import of a module in a
higher layer fails this test, wherever it is written (top level, inside a function or under
``TYPE_CHECKING``), except for the display methods listed in ``DISPLAY_METHODS``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

#: Module-name prefixes per layer, lowest first. A module belongs to the longest prefix that
#: matches its dotted name (``careerkit._model.goals`` matches ``careerkit._model``).
LAYERS: dict[str, int] = {
    # base: exceptions and argument checks, used by everything
    "careerkit._errors": 0,
    "careerkit._args": 0,
    "careerkit._dates": 0,
    "careerkit._public": 0,
    "careerkit._records": 0,
    "careerkit._data": 0,
    "careerkit._version": 0,
    # model: the records and the rules they keep; the questionnaire scoring they refer to
    "careerkit._model": 1,
    "careerkit._policy": 1,
    "careerkit.instruments": 1,
    # engines: pure functions of records, an as_of date and a policy
    "careerkit._smart_text": 2,
    "careerkit._smart_lexicon": 2,
    "careerkit._progress": 2,
    "careerkit._smart": 2,
    "careerkit._schedule": 2,
    "careerkit._balance": 2,
    "careerkit._insights": 2,
    "careerkit._review": 2,
    "careerkit._hidden": 2,
    "careerkit._batch": 2,
    "careerkit.batch": 2,
    # edges: files, formats, text, pictures and the command line
    "careerkit._io": 3,
    "careerkit._convert": 3,
    "careerkit._fastload": 3,
    "careerkit._fastcount": 3,
    "careerkit._fastbase": 3,
    "careerkit._fastplan": 3,
    "careerkit._toml": 3,
    "careerkit._schema": 3,
    "careerkit._ics": 3,
    "careerkit._render": 3,
    "careerkit._frames": 3,
    "careerkit.frames": 3,
    "careerkit._figure": 3,
    "careerkit._cli": 3,
    "careerkit._cli_check": 3,
    "careerkit.interop": 3,
    "careerkit._resume": 3,
    "careerkit.plot": 3,
    "careerkit.testing": 3,
    # the public facade: names re-exported for users
    "careerkit": 4,
    "careerkit.model": 4,
    "careerkit.reports": 4,
    "careerkit.__main__": 4,
}

#: Reports keep the display methods users expect (``report`` in a notebook shows HTML,
#: ``agenda.to_ics()`` writes a calendar). Each imports its renderer inside the method, so that
#: importing a report never loads the edges; these are the only upward imports allowed.
DISPLAY_METHODS = frozenset(
    {"__str__", "_repr_html_", "to_markdown", "to_text", "to_html", "to_ics", "to_dataframe"}
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


SOURCES = sorted((SRC / "careerkit").rglob("*.py"))
MODULES = frozenset(map(module_name, SOURCES))


def layer_of(name: str) -> int | None:
    best: tuple[int, int] | None = None
    for prefix, layer in LAYERS.items():
        # The package itself is the facade; its other modules each have an entry.
        nested = prefix != "careerkit" and name.startswith(prefix + ".")
        if (name == prefix or nested) and (best is None or len(prefix) > best[0]):
            best = (len(prefix), layer)
    return None if best is None else best[1]


def imports(path: Path, name: str) -> list[tuple[str, int, str | None]]:
    """(imported module, line, enclosing function) for every careerkit import in ``path``.

    ``name`` is the module's dotted name, which relative imports are resolved against.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, int, str | None]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Import):
                found.extend((a.name, child.lineno, function) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                if base == "careerkit":  # `from careerkit import plot` imports a module,
                    # `from careerkit import __version__` a name of the facade
                    found.extend(
                        (
                            f"careerkit.{a.name}" if f"careerkit.{a.name}" in MODULES else base,
                            child.lineno,
                            function,
                        )
                        for a in child.names
                    )
                else:
                    found.append((base, child.lineno, function))
            visit(child, function)

    visit(tree, None)
    return [(name, line, fn) for name, line, fn in found if name.split(".")[0] == "careerkit"]


def test_every_module_has_a_layer() -> None:
    unplaced = [module_name(p) for p in SOURCES if layer_of(module_name(p)) is None]
    assert unplaced == [], f"give these modules a layer in tests/test_layers.py: {unplaced}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: module_name(p))
def test_no_module_imports_upward(path: Path) -> None:
    here = layer_of(module_name(path))
    assert here is not None
    upward = [
        f"line {line}: {target}"
        for target, line, function in imports(path, module_name(path))
        if (layer_of(target) or 0) > here and function not in DISPLAY_METHODS
    ]
    assert upward == [], f"{module_name(path)} imports a higher layer: {upward}"


def test_the_scan_sees_upward_imports(tmp_path: Path) -> None:
    """The check above can fail: a model module importing the loader is caught."""
    fake = tmp_path / "fake.py"
    fake.write_text("def f():\n    from .._io import loads\n", encoding="utf-8")
    assert imports(fake, "careerkit._model.fake") == [("careerkit._io", 2, "f")]
    assert layer_of("careerkit._model.fake") == 1 < (layer_of("careerkit._io") or 0)
