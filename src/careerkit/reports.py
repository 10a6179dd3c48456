"""The report types careerkit's engines return, for type hints and ``isinstance`` checks.

You never build these yourself: :func:`careerkit.evaluate_smart` returns a
:class:`SmartReport`, :func:`careerkit.progress` a :class:`Progress`,
:func:`careerkit.schedule_reviews` an :class:`Agenda` of :class:`ReviewItem`,
:func:`careerkit.score_balance` a :class:`BalanceReport`, :func:`careerkit.insights` a tuple of
:class:`Insight` and :func:`careerkit.review` a :class:`PlanReview`. Every one of them is
immutable, compares by value, pickles, and has ``to_dict()`` for plain JSON-ready data.

>>> from datetime import date
>>> import careerkit as ck
>>> from careerkit.reports import SmartReport
>>> isinstance(ck.evaluate_smart("Run a 10k race by May 2027", as_of=date(2026, 11, 25)), SmartReport)
True
"""

from __future__ import annotations

from careerkit._balance import (
    BalanceComponent,
    BalanceReport,
    Citation,
    Coverage,
    Flag,
    Risk,
    Trend,
)
from careerkit._insights import Insight
from careerkit._progress import Progress
from careerkit._public import publish as _publish
from careerkit._review import GoalReview, PlanReview
from careerkit._schedule import Agenda, ReviewItem
from careerkit._smart import CriterionResult, Finding, Quantity, SmartReport

__all__ = [
    "Agenda",
    "BalanceComponent",
    "BalanceReport",
    "Citation",
    "Coverage",
    "CriterionResult",
    "Finding",
    "Flag",
    "GoalReview",
    "Insight",
    "PlanReview",
    "Progress",
    "Quantity",
    "ReviewItem",
    "Risk",
    "SmartReport",
    "Trend",
]

# Show every class here as careerkit.X or careerkit.reports.X, its public home.
_publish(globals(), __all__, __name__)
