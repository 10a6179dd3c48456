"""The balance scorer: work-life balance and burnout risk from what a person records.

Every threshold comes from a published source, carried as a :class:`Citation` with how firmly it
is established: ``"V"`` read in the primary or an authoritative text, ``"S"`` only in secondary
sources, ``"U"`` a configurable default with no published threshold behind it. The sources are
listed in the documentation page on the balance score. Nothing here is a diagnosis.
"""

from __future__ import annotations

from careerkit._balance.evidence import Citation
from careerkit._balance.policy import COMPONENTS, BalancePolicy
from careerkit._balance.report import BalanceComponent, BalanceReport, Coverage, Flag, Risk, Trend
from careerkit._balance.score import score_balance

__all__ = [
    "COMPONENTS",
    "BalanceComponent",
    "BalancePolicy",
    "BalanceReport",
    "Citation",
    "Coverage",
    "Flag",
    "Risk",
    "Trend",
    "score_balance",
]
