"""JSON Resume in and out (https://jsonresume.org, schema 1.x).

:func:`from_json_resume` turns a resume into a :class:`~careerkit.CareerPlan`;
:func:`to_json_resume` writes a plan back as a resume. Which section becomes what, and what is
left out, is described in the "JSON Resume" page of the documentation. :func:`csv_cell` makes
a value safe to write into a CSV file that a spreadsheet program may open.

>>> from datetime import date
>>> plan = from_json_resume(
...     {"basics": {"name": "Noor"}, "skills": [{"name": "SQL", "level": "Advanced"}]},
...     as_of=date(2027, 1, 4),
... )
>>> plan.skills[0].id, plan.skills[0].level
('sql', 4)
>>> to_json_resume(plan)
{'basics': {'name': 'Noor'}, 'skills': [{'name': 'SQL', 'level': 'Advanced'}]}
"""

from __future__ import annotations

from careerkit._render import csv_cell
from careerkit._resume.reader import from_json_resume
from careerkit._resume.writer import to_json_resume

__all__ = ["csv_cell", "from_json_resume", "to_json_resume"]

# Documented, shown and pickled as careerkit.interop's own.
for _function in (csv_cell, from_json_resume, to_json_resume):
    _function.__module__ = __name__
