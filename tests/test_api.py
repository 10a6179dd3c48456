"""The public API is pinned: changing it must be a deliberate edit of this file."""

from __future__ import annotations

import careerkit

PUBLIC = {
    "Advocacy",
    "Agenda",
    "BalancePolicy",
    "BalanceReport",
    "Assessment",
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
    "Position",
    "PolicyError",
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
}


def test_public_names_are_pinned() -> None:
    assert set(careerkit.__all__) >= PUBLIC
    extra = set(careerkit.__all__) - PUBLIC
    assert not extra - EXTENSIONS, f"new public names: {sorted(extra - EXTENSIONS)}"


def test_every_public_name_exists() -> None:
    for name in careerkit.__all__:
        assert hasattr(careerkit, name), name


def test_version_comes_from_the_installed_metadata() -> None:
    from importlib.metadata import version

    assert careerkit.__version__ == version("careerkit")


def test_plan_validation_error_is_a_value_error() -> None:
    assert issubclass(careerkit.PlanValidationError, careerkit.CareerkitError)
    assert issubclass(careerkit.PlanValidationError, ValueError)
    assert issubclass(careerkit.PolicyError, careerkit.CareerkitError)
    assert issubclass(careerkit.PolicyError, ValueError)
    assert issubclass(careerkit.CareerkitDeprecationWarning, DeprecationWarning)


# Names added by engines that are being built alongside; folded into PUBLIC as they land.
EXTENSIONS: set[str] = set()
