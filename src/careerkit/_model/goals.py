"""Goals: what a person wants to reach, how it is measured and how it is going."""

from __future__ import annotations

from datetime import date
from typing import Literal

import attrs

from careerkit._model.fields import (
    Audience,
    FieldError,
    audiences,
    bounded,
    check_order,
    choice,
    identifier,
    is_date,
    non_empty,
    optional_day,
    optional_text,
    record,
    record_id,
    records,
    strings,
    text,
    to_date,
    to_optional_date,
)
from careerkit._records import shared_methods

__all__ = ["CheckIn", "Goal", "GoalStatus", "Metric", "MetricDirection", "Milestone", "SkillTarget"]

GoalStatus = Literal["draft", "active", "paused", "done", "dropped"]
MetricDirection = Literal["up", "down"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Metric:
    """How a goal is measured: from ``baseline`` towards ``target``.

    ``direction`` says whether success means going up (talks given) or down (hours of overtime).

    >>> Metric("talks given", baseline=0, target=2, unit="talks")
    Metric(name='talks given', baseline=0, target=2, unit='talks', direction='up')
    """

    name: str = attrs.field(validator=non_empty)
    baseline: float = attrs.field(validator=bounded())
    target: float = attrs.field(validator=bounded())
    unit: str = text()
    direction: MetricDirection = choice(MetricDirection, "up")

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


@shared_methods
@attrs.frozen(eq=False, repr=False)
class CheckIn:
    """A measurement of a goal's metric on a day, with an optional confidence 0..10.

    >>> CheckIn("2027-01-15", 1)
    CheckIn(date=datetime.date(2027, 1, 15), value=1, note='', confidence=None)
    """

    date: date = attrs.field(converter=to_date, validator=is_date)
    value: float = attrs.field(validator=bounded())
    note: str = text()
    confidence: int | None = attrs.field(default=None, validator=bounded(0, 10, integer=True))


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Milestone:
    """A step on the way to a goal; ``done_on`` is set once it is reached."""

    title: str = attrs.field(validator=non_empty)
    due: date | None = optional_day()
    done_on: date | None = optional_day()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class SkillTarget:
    """The level (0..5) of a skill (by id) that a goal needs."""

    skill: str = attrs.field(validator=identifier)
    level: int = attrs.field(validator=bounded(0, 5, integer=True))


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Goal:
    """A career goal, from one line of text to a fully measured plan.

    Dates may be given as ``date`` objects or ISO 8601 strings, collections as lists or tuples.

    >>> goal = Goal("talks", "Give two conference talks by June 30, 2027",
    ...             start="2026-11-01", deadline="2027-06-30",
    ...             metric=Metric("talks given", baseline=0, target=2))
    >>> goal.is_measured, goal.is_open, goal.deadline
    (True, True, datetime.date(2027, 6, 30))
    """

    id: str = record_id()
    title: str = attrs.field(validator=non_empty)
    description: str = text()
    created: date | None = optional_day()
    start: date | None = optional_day()
    deadline: date | None = optional_day()
    status: GoalStatus = choice(GoalStatus, "active")
    metric: Metric | None = record(Metric)
    check_ins: tuple[CheckIn, ...] = records(CheckIn, by_date=True)
    milestones: tuple[Milestone, ...] = records(Milestone)
    values: tuple[str, ...] = strings()
    skills: tuple[SkillTarget, ...] = records(SkillTarget)
    parent: str | None = optional_text()
    weight: float = attrs.field(default=1.0, validator=bounded(0, 1000))
    tags: tuple[str, ...] = strings()
    effort_hours: float | None = attrs.field(default=None, validator=bounded(0, 168))
    shared_with: tuple[Audience, ...] = audiences()

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

    # --- updates: each returns a new, validated goal -------------------------------------

    def with_check_in(
        self,
        on: date | str,
        value: float,
        *,
        note: str = "",
        confidence: int | None = None,
    ) -> Goal:
        """A copy with a check-in of ``value`` on day ``on`` added (kept in date order).

        >>> g = Goal("talks", "Give two talks", metric=Metric("talks", baseline=0, target=2))
        >>> g.with_check_in("2027-01-15", 1).latest.value
        1
        """
        return attrs.evolve(self, check_ins=(*self.check_ins, CheckIn(on, value, note, confidence)))

    def with_status(self, status: GoalStatus) -> Goal:
        """A copy with ``status`` set ("draft", "active", "paused", "done" or "dropped").

        >>> Goal("g1", "Ship v2").with_status("done").is_open
        False
        """
        return attrs.evolve(self, status=status)

    def with_milestone(self, title: str, *, due: date | str | None = None) -> Goal:
        """A copy with a milestone added; its title must differ from the others'.

        >>> Goal("g1", "Ship v2").with_milestone("Write the RFC", due="2027-02-01").milestones
        (Milestone(title='Write the RFC', due=datetime.date(2027, 2, 1), done_on=None),)
        """
        milestone = Milestone(title, due=to_optional_date(due))
        if any(m.title == milestone.title for m in self.milestones):
            raise FieldError("milestones", f"goal {self.id!r} already has a milestone {title!r}")
        return attrs.evolve(self, milestones=(*self.milestones, milestone))

    def with_milestone_done(self, title: str, *, on: date | str) -> Goal:
        """A copy with the milestone called ``title`` marked done on day ``on``.

        >>> g = Goal("g1", "Ship v2").with_milestone("Write the RFC")
        >>> g.with_milestone_done("Write the RFC", on="2027-01-20").milestones[0].done_on
        datetime.date(2027, 1, 20)
        """
        for i, m in enumerate(self.milestones):
            if m.title == title:
                done = attrs.evolve(m, done_on=to_date(on))
                milestones = (*self.milestones[:i], done, *self.milestones[i + 1 :])
                return attrs.evolve(self, milestones=milestones)
        titles = ", ".join(repr(m.title) for m in self.milestones) or "none"
        raise FieldError(
            "milestones", f"goal {self.id!r} has no milestone {title!r} (it has: {titles})"
        )
