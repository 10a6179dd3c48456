"""careerkit: career growth as code.

SMART goals and their progress, learning, a two-way professional network, mentors and sponsors,
stretch challenges, regular reassessment and a work-life balance score, as plain typed objects
and a few pure engines.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from careerkit._balance import BalancePolicy, BalanceReport, score_balance
from careerkit._challenges import Challenge
from careerkit._errors import (
    CareerkitDeprecationWarning,
    CareerkitError,
    PlanValidationError,
    PolicyError,
)
from careerkit._goals import CheckIn, Goal, Metric, Milestone, SkillTarget
from careerkit._history import Position
from careerkit._insights import Insight, InsightPolicy, insights
from careerkit._io import dumps, load, loads, save
from careerkit._network import Advocacy, Contact, Interaction, Meeting, Mentor
from careerkit._plan import CareerPlan, Owner, Value
from careerkit._privacy import redact
from careerkit._progress import Progress, progress
from careerkit._reflections import Assessment, PromptAnswer, Reflection
from careerkit._review import PlanReview, ReviewPolicy, review
from careerkit._schedule import Agenda, ReviewItem, SchedulePolicy, schedule_reviews
from careerkit._schema import json_schema
from careerkit._skills import Credential, Evidence, LearningActivity, LevelRecord, Skill
from careerkit._smart import (
    CriterionResult,
    Finding,
    SmartPolicy,
    SmartReport,
    evaluate_many,
    evaluate_smart,
)
from careerkit._wellbeing import CbiResponse, TimeOff, WeekLog, Wellbeing, Who5Response

try:
    __version__ = version("careerkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "Advocacy",
    "Agenda",
    "Assessment",
    "BalancePolicy",
    "BalanceReport",
    "CareerPlan",
    "CareerkitDeprecationWarning",
    "CareerkitError",
    "CbiResponse",
    "Challenge",
    "CheckIn",
    "Contact",
    "Credential",
    "CriterionResult",
    "Evidence",
    "Finding",
    "Goal",
    "Insight",
    "InsightPolicy",
    "Interaction",
    "LearningActivity",
    "LevelRecord",
    "Meeting",
    "Mentor",
    "Metric",
    "Milestone",
    "Owner",
    "PlanReview",
    "PlanValidationError",
    "PolicyError",
    "Position",
    "Progress",
    "PromptAnswer",
    "Reflection",
    "ReviewItem",
    "ReviewPolicy",
    "SchedulePolicy",
    "Skill",
    "SkillTarget",
    "SmartPolicy",
    "SmartReport",
    "TimeOff",
    "Value",
    "WeekLog",
    "Wellbeing",
    "Who5Response",
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
