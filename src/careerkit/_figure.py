"""The figure class the plots return: a matplotlib Figure that shows itself in a notebook.

A figure built with matplotlib's object-oriented API has no display formatter in Jupyter until
pyplot's inline support is switched on (``%matplotlib inline`` or importing pyplot there), so a
fresh kernel shows only ``<Figure size ... with 1 Axes>``. IPython asks any object for
``_repr_png_``; answering it makes the figure show inline with no setup, and changes nothing
where the inline support is on (its formatter is found first) or outside notebooks.

Imported only by the plot functions, so ``import careerkit.plot`` does not import matplotlib.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure

__all__ = ["NotebookFigure"]


class NotebookFigure(Figure):
    """A :class:`matplotlib.figure.Figure` that renders itself as PNG for IPython displays."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        # The backend-independent printer: works on a figure that no pyplot manager holds.
        self.savefig(buffer, format="png", bbox_inches="tight")
        return buffer.getvalue()
