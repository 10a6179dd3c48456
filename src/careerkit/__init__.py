"""careerkit: career growth as code.

SMART goals and their progress, learning, a two-way professional network, mentors and sponsors,
stretch challenges, regular reassessment and a work-life balance score, as plain typed objects
and a few pure engines.

The names below are the public API. Every record class is in :mod:`careerkit.model`, every
report type in :mod:`careerkit.reports`; :mod:`careerkit.instruments`,
:mod:`careerkit.interop`, :mod:`careerkit.plot` and :mod:`careerkit.testing` are public
submodules too.
"""

from __future__ import annotations

import importlib
import sys
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from careerkit._errors import (
    CareerkitDeprecationWarning,
    CareerkitError,
    MissingExtraError,
    PlanValidationError,
    PolicyError,
)

if TYPE_CHECKING:
    from careerkit import instruments as instruments
    from careerkit import interop as interop
    from careerkit import model as model
    from careerkit import plot as plot
    from careerkit import reports as reports
    from careerkit import testing as testing
    from careerkit._balance import BalancePolicy, score_balance
    from careerkit._insights import InsightPolicy, insights
    from careerkit._io import dumps, load, loads, save
    from careerkit._model.challenges import Challenge
    from careerkit._model.goals import CheckIn, Goal, Metric, Milestone, SkillTarget
    from careerkit._model.network import Contact, Interaction, Mentor
    from careerkit._model.plan import CareerPlan, Owner, Value
    from careerkit._model.privacy import redact
    from careerkit._model.reflections import Assessment, PromptAnswer, Reflection
    from careerkit._model.skills import LearningActivity, Skill
    from careerkit._model.wellbeing import WeekLog, Wellbeing
    from careerkit._progress import progress
    from careerkit._review import ReviewPolicy, review
    from careerkit._schedule import SchedulePolicy, schedule_reviews
    from careerkit._schema import json_schema
    from careerkit._smart import SmartPolicy, evaluate_many, evaluate_smart

__all__ = [
    "Assessment",
    "BalancePolicy",
    "CareerPlan",
    "CareerkitDeprecationWarning",
    "CareerkitError",
    "Challenge",
    "CheckIn",
    "Contact",
    "Goal",
    "InsightPolicy",
    "Interaction",
    "LearningActivity",
    "Mentor",
    "Metric",
    "Milestone",
    "MissingExtraError",
    "Owner",
    "PlanValidationError",
    "PolicyError",
    "PromptAnswer",
    "Reflection",
    "ReviewPolicy",
    "SchedulePolicy",
    "Skill",
    "SkillTarget",
    "SmartPolicy",
    "Value",
    "WeekLog",
    "Wellbeing",
    "__version__",
    "dumps",
    "evaluate_many",
    "evaluate_smart",
    "insights",
    "json_schema",
    "load",
    "loads",
    "progress",
    "redact",
    "review",
    "save",
    "schedule_reviews",
    "score_balance",
]

# Everything but the errors loads on first use (PEP 562): a program pays for the model, the
# plan files and each engine (the SMART evaluator's lexicons are the heaviest) only when it
# uses them, and `import careerkit` itself costs almost nothing.
_LAZY = MappingProxyType(
    {
        "Challenge": "careerkit._model.challenges",
        "CheckIn": "careerkit._model.goals",
        "Goal": "careerkit._model.goals",
        "Metric": "careerkit._model.goals",
        "Milestone": "careerkit._model.goals",
        "SkillTarget": "careerkit._model.goals",
        "dumps": "careerkit._io",
        "load": "careerkit._io",
        "loads": "careerkit._io",
        "save": "careerkit._io",
        "Contact": "careerkit._model.network",
        "Interaction": "careerkit._model.network",
        "Mentor": "careerkit._model.network",
        "CareerPlan": "careerkit._model.plan",
        "Owner": "careerkit._model.plan",
        "Value": "careerkit._model.plan",
        "redact": "careerkit._model.privacy",
        "progress": "careerkit._progress",
        "Reflection": "careerkit._model.reflections",
        "Assessment": "careerkit._model.reflections",
        "PromptAnswer": "careerkit._model.reflections",
        "json_schema": "careerkit._schema",
        "LearningActivity": "careerkit._model.skills",
        "Skill": "careerkit._model.skills",
        "WeekLog": "careerkit._model.wellbeing",
        "Wellbeing": "careerkit._model.wellbeing",
        "BalancePolicy": "careerkit._balance",
        "score_balance": "careerkit._balance",
        "InsightPolicy": "careerkit._insights",
        "insights": "careerkit._insights",
        "ReviewPolicy": "careerkit._review",
        "review": "careerkit._review",
        "SchedulePolicy": "careerkit._schedule",
        "schedule_reviews": "careerkit._schedule",
        "SmartPolicy": "careerkit._smart",
        "evaluate_many": "careerkit._smart",
        "evaluate_smart": "careerkit._smart",
    }
)
# Public classes show as careerkit.X in tracebacks, reprs and the docs (see careerkit._public).
for _error in (
    CareerkitDeprecationWarning,
    CareerkitError,
    MissingExtraError,
    PlanValidationError,
    PolicyError,
):
    _error.__module__ = __name__
_SUBMODULES = frozenset({"instruments", "interop", "model", "plot", "reports", "testing"})


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("careerkit")
        except PackageNotFoundError:  # pragma: no cover - a source tree without install
            return "0+unknown"
    if name in _SUBMODULES:
        return importlib.import_module(f"careerkit.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'careerkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    # Classes show as careerkit.X: this one, and those its module brought in with it.
    from careerkit._public import publish

    loaded = {n: getattr(sys.modules[m], n) for n, m in _LAZY.items() if m in sys.modules}
    publish(loaded, loaded, "careerkit")
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *_SUBMODULES, *globals()})
