"""Execute notebooks top to bottom and fail on the first error (used by ``nox -s examples``)."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def main(paths: list[str]) -> None:
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
        cells = sum(1 for c in notebook.cells if c.cell_type == "code")
        print(f"{path.name}: {cells} code cells ran without error")


if __name__ == "__main__":
    main(sys.argv[1:])
