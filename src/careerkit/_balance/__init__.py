"""The balance scorer: work-life balance and burnout risk from what a person records.

Every threshold comes from a published source, carried,
is established: ``"V"`` read in the primary or an authoritative text, ``"S"`` only in secondary
sources, ``"U"`` a configurable default with no published threshold behind it. The sources are
listed in the documentation page on the balance score. Nothing here is a diagnosis.
"""

from __future__ import annotations

# The citations stay importable from here for code that cites them.
from careerkit._balance.evidence import (  # noqa: F401
    ACTIVITY_150,
    AFTER_HOURS,
    CBI_BANDS,
    CBI_SCORING,
    EU_48H,
    EU_LEAVE,
    LEAVE_PACE,
    SLEEP_7H,
    WHO5_28,
    WHO5_50,
    WHO5_ITEM,
    WHO_ILO_55H,
    Citation,
)
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
