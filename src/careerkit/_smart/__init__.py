"""The SMART evaluator: is a goal specific, measurable, achievable, relevant and time-bound?

Works on a line of free text (what HR tools hold) and on a structured :class:`~careerkit.Goal`
(metric, deadline, check-ins, links to values and skills), and explains every verdict with
findings that carry a stable code, a concrete hint and, for text, the span to highlight.
"""

from careerkit._smart.api import evaluate_many, evaluate_smart
from careerkit._smart.codes import FINDING_CODES, CodeInfo
from careerkit._smart.policy import SmartPolicy
from careerkit._smart.report import CriterionResult, Finding, Quantity, SmartReport

__all__ = [
    "FINDING_CODES",
    "CodeInfo",
    "CriterionResult",
    "Finding",
    "Quantity",
    "SmartPolicy",
    "SmartReport",
    "evaluate_many",
    "evaluate_smart",
]
