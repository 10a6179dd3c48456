"""Helpers for trying careerkit out and for testing code that uses it.

>>> from careerkit.testing import EXAMPLE_AS_OF, example_plan
>>> plan = example_plan()
>>> plan.owner.name, EXAMPLE_AS_OF.isoformat()
('Maya Chen', '2026-11-25')
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from careerkit._io import loads
from careerkit._model.plan import CareerPlan

__all__ = ["EXAMPLE_AS_OF", "example_plan", "example_plan_text"]

#: The day the example plan was written for: its reviews and agenda are meant to be read then.
EXAMPLE_AS_OF = date(2026, 11, 25)

# Where this module lives; a plain path rather than importlib.resources, which imports zipfile
# and tempfile: a tenth of what ``careerkit demo`` costs beyond its own work.
_PACKAGE = Path(__file__).resolve().parent


def example_plan_text() -> str:
    """The TOML text of the example plan that ships with careerkit."""
    bundled = _PACKAGE / "_data" / "example_plan.toml"
    if bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    # An editable install of a source checkout has no bundled copy: read the one source of it.
    source = _PACKAGE.parents[1] / "examples" / "plan.toml"
    if source.is_file():
        return source.read_text(encoding="utf-8")
    # Imported from a zip archive: only importlib.resources can read it there.
    from importlib.resources import files

    return files("careerkit").joinpath("_data/example_plan.toml").read_text(encoding="utf-8")


def example_plan() -> CareerPlan:
    """The example plan: a backend engineer working towards a staff role (every record kind)."""
    return loads(example_plan_text(), format="toml")
