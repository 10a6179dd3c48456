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
    FieldError,
    MissingExtraError,
    PlanValidationError,
    PolicyError,
)

if TYPE_CHECKING:
    from careerkit import batch as batch
    from careerkit import frames as frames
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
    "FieldError",
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
#
# This table is the one list of what loads from where. `__all__` and the imports for type
# checkers above must be written out (tools read them without running this file); a test
# checks both against the table, so a name added to one place and not the others fails.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "careerkit._balance": ("BalancePolicy", "score_balance"),
    "careerkit._insights": ("InsightPolicy", "insights"),
    "careerkit._io": ("dumps", "load", "loads", "save"),
    "careerkit._model.challenges": ("Challenge",),
    "careerkit._model.goals": ("CheckIn", "Goal", "Metric", "Milestone", "SkillTarget"),
    "careerkit._model.network": ("Contact", "Interaction", "Mentor"),
    "careerkit._model.plan": ("CareerPlan", "Owner", "Value"),
    "careerkit._model.privacy": ("redact",),
    "careerkit._model.reflections": ("Assessment", "PromptAnswer", "Reflection"),
    "careerkit._model.skills": ("LearningActivity", "Skill"),
    "careerkit._model.wellbeing": ("WeekLog", "Wellbeing"),
    "careerkit._progress": ("progress",),
    "careerkit._review": ("ReviewPolicy", "review"),
    "careerkit._schedule": ("SchedulePolicy", "schedule_reviews"),
    "careerkit._schema": ("json_schema",),
    "careerkit._smart": ("SmartPolicy", "evaluate_many", "evaluate_smart"),
}
_LAZY = MappingProxyType({name: module for module, names in _EXPORTS.items() for name in names})
# Public classes show as careerkit.X in tracebacks, reprs and the docs (see careerkit._public).
for _error in (
    CareerkitDeprecationWarning,
    CareerkitError,
    FieldError,
    MissingExtraError,
    PlanValidationError,
    PolicyError,
):
    _error.__module__ = __name__
_SUBMODULES = frozenset(
    {"batch", "frames", "instruments", "interop", "model", "plot", "reports", "testing"}
)


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from careerkit._version import installed_version

        return installed_version()
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
