"""Execute notebooks top to bottom and check their outputs (used by ``nox -s examples``).

A notebook fails on the first error, and when a plot cell shows no image: a plot cell is one
tagged ``plot`` or one that calls a function of ``careerkit.plot``. Every figure careerkit
draws must show inline in a fresh kernel, with no ``%matplotlib`` line.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

# A call of one of careerkit.plot's functions, however it was imported.
PLOT_CALL = re.compile(r"\b(goal_progress|balance_wheel|weekly_hours)\s*\(")


def is_plot_cell(cell: Any) -> bool:
    tags = cell.get("metadata", {}).get("tags", [])
    return "plot" in tags or bool(PLOT_CALL.search(cell.source))


def problems(notebook: Any) -> list[str]:
    """What is missing from the outputs of an executed notebook."""
    found = []
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code" or not is_plot_cell(cell):
            continue
        images = [
            output for output in cell.get("outputs", []) if "image/png" in output.get("data", {})
        ]
        if not images:
            last_line = cell.source.strip().splitlines()[-1] if cell.source.strip() else ""
            found.append(f"cell {number} ({last_line!r}) draws a plot but shows no image/png")
    return found


def main(paths: list[str]) -> int:
    failed = False
    for name in paths:
        path = Path(name)
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(
            notebook,
            timeout=300,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute()
        missing = problems(notebook)
        code = sum(1 for c in notebook.cells if c.cell_type == "code")
        plots = sum(1 for c in notebook.cells if c.cell_type == "code" and is_plot_cell(c))
        if missing:
            failed = True
            for problem in missing:
                print(f"{path.name}: {problem}", file=sys.stderr)
        else:
            print(f"{path.name}: {code} code cells ran without error; {plots} plots shown")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
