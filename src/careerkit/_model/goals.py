"""Goals: what a person wants to reach, how it is measured and how it is going."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

import attrs

from careerkit._model.fields import (
    AUDIENCES,
    Audience,
    FieldError,
    bounded,
    check_order,
    each_one_of,
    identifier,
    non_empty,
    one_of,
    sorted_by_date,
)

__all__ = ["CheckIn", "Goal", "GoalStatus", "Metric", "MetricDirection", "Milestone", "SkillTarget"]

GoalStatus = Literal["draft", "active", "paused", "done", "dropped"]
MetricDirection = Literal["up", "down"]


@attrs.frozen
class Metric:
    """How a goal is measured: from ``baseline`` towards ``target``.

    ``direction`` says whether success means going up (talks given) or down (hours of overtime).

    >>> Metric("talks given", baseline=0, target=2, unit="talks")
    Metric(name='talks given', baseline=0, target=2, unit='talks', direction='up')
    """

    name: str = attrs.field(validator=non_empty)
    baseline: float = attrs.field(validator=bounded())
    target: float = attrs.field(validator=bounded())
    unit: str = ""
    direction: MetricDirection = attrs.field(
        default="up", validator=one_of(get_args(MetricDirection))
    )

    def __attrs_post_init__(self) -> None:
        if self.direction == "up" and self.target <= self.baseline:
            raise FieldError(
                "target",
                f"direction is 'up' but target {self.target:g} is not above "
                f"baseline {self.baseline:g}",
            )
        if self.direction == "down" and self.target >= self.baseline:
            raise FieldError(
                "target",
                f"direction is 'down' but target {self.target:g} is not below "
                f"baseline {self.baseline:g}",
            )


@attrs.frozen
class CheckIn:
    """A measurement of a goal's metric on a day, with an optional confidence 0..10."""

    date: date
    value: float = attrs.field(validator=bounded())
    note: str = ""
    confidence: int | None = attrs.field(default=None, validator=bounded(0, 10))


@attrs.frozen
class Milestone:
    """A step on the way to a goal; ``done_on`` is set once it is reached."""

    title: str = attrs.field(validator=non_empty)
    due: date | None = None
    done_on: date | None = None


@attrs.frozen
class SkillTarget:
    """The level (0..5) of a skill (by id) that a goal needs."""

    skill: str = attrs.field(validator=identifier)
    level: int = attrs.field(validator=bounded(0, 5))


@attrs.frozen
class Goal:
    """A career goal, from one line of text to a fully measured plan.

    >>> from datetime import date
    >>> goal = Goal("talks", "Give two conference talks by June 30, 2027",
    ...             start=date(2026, 11, 1), deadline=date(2027, 6, 30),
    ...             metric=Metric("talks given", baseline=0, target=2))
    >>> goal.is_measured, goal.is_open
    (True, True)
    """

    id: str = attrs.field(validator=identifier)
    title: str = attrs.field(validator=non_empty)
    description: str = ""
    created: date | None = None
    start: date | None = None
    deadline: date | None = None
    status: GoalStatus = attrs.field(default="active", validator=one_of(get_args(GoalStatus)))
    metric: Metric | None = None
    check_ins: tuple[CheckIn, ...] = attrs.field(default=(), converter=sorted_by_date)
    milestones: tuple[Milestone, ...] = ()
    values: tuple[str, ...] = ()
    skills: tuple[SkillTarget, ...] = ()
    parent: str | None = None
    weight: float = attrs.field(default=1.0, validator=bounded(0, 1000))
    tags: tuple[str, ...] = ()
    effort_hours: float | None = attrs.field(default=None, validator=bounded(0, 168))
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))

    def __attrs_post_init__(self) -> None:
        check_order(self, "start", "deadline")
        if self.parent == self.id:
            raise FieldError("parent", f"goal {self.id!r} cannot be its own parent")

    @property
    def is_measured(self) -> bool:
        """Whether the goal has a metric."""
        return self.metric is not None

    @property
    def is_open(self) -> bool:
        """Whether work on the goal is still expected (draft, active or paused)."""
        return self.status in ("draft", "active", "paused")

    @property
    def latest(self) -> CheckIn | None:
        """The most recent check-in, if any."""
        return self.check_ins[-1] if self.check_ins else None
