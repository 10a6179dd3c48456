"""Many goals at once: roll-ups of SMART reports for HR tools and analysts.

:func:`summarize_smart` counts a batch of reports (goals checked, the SMART share, the goals
per finding code and per unmet criterion), overall and per group such as an employee or a
department; :class:`SmartTally` counts reports as they stream past. Both keep only counters,
so :func:`careerkit.evaluate_many` can feed them millions of goals.

>>> from datetime import date
>>> import careerkit as ck
>>> texts = ["Read 12 books in 2027", "Network more.", "Be a better listener"]
>>> summary = summarize_smart(ck.evaluate_many(texts, as_of=date(2026, 11, 25)),
...                           groups=["sales", "ops", "ops"])
>>> summary.goals, summary.smart, round(summary.share, 2)
(3, 1, 0.33)
>>> summary.groups["ops"].goals, summary.groups["ops"].smart
(2, 0)
"""

from __future__ import annotations

from careerkit._batch import SmartSummary, SmartTally, summarize_smart
from careerkit._public import publish as _publish

__all__ = ["SmartSummary", "SmartTally", "summarize_smart"]

# Show every class here as careerkit.batch.X, its public home.
_publish(globals(), __all__, __name__)
