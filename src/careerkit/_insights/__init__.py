"""Insights: what stands out across the practice a plan records, and what to do about it.

:func:`insights` reads a plan as it stands on ``as_of`` and reports each gap or slip it finds in
the network, mentoring and sponsorship, learning, stretch challenges, reflection and goals, as an
:class:`Insight` with a stable code, a severity, a plain message with the numbers and a concrete
next step. Every threshold lives in :class:`InsightPolicy`; the codes, rules and defaults are
listed in ``docs/insights.md``.

Records dated after ``as_of`` have not happened yet as far as the rules are concerned, so the same
plan can be reviewed as it stood on any past day.
"""

from __future__ import annotations

from careerkit._insights.engine import insights
from careerkit._insights.policy import InsightPolicy
from careerkit._insights.report import CODES, Area, Insight, Severity

__all__ = [
    "CODES",
    "Area",
    "Insight",
    "InsightPolicy",
    "Severity",
    "insights",
]
