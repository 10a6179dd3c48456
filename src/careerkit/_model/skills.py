"""Skills with a level history, and the learning that builds them."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

import attrs

from careerkit._model.fields import (
    FieldError,
    bounded,
    check_order,
    choice,
    is_date,
    non_empty,
    one_of,
    optional_day,
    record,
    record_id,
    records,
    strings,
    text,
    to_date,
)
from careerkit._records import shared_methods

__all__ = [
    "Credential",
    "Evidence",
    "LearningActivity",
    "LearningKind",
    "LevelRecord",
    "Skill",
    "SkillCategory",
]

SkillCategory = Literal["technical", "soft", "domain"]
LearningKind = Literal["course", "certification", "workshop", "conference", "book", "other"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class LevelRecord:
    """A skill level (0..5) reached on a day."""

    date: date = attrs.field(converter=to_date, validator=is_date)
    level: int = attrs.field(validator=bounded(0, 5, integer=True))
    note: str = text()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Evidence:
    """Something that shows a skill: a note, optionally with a link."""

    date: date = attrs.field(converter=to_date, validator=is_date)
    note: str = attrs.field(validator=non_empty)
    url: str = text()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Skill:
    """A skill with its current level (0..5), the level aimed at, and how it got there.

    Levels are never overwritten: :meth:`with_level` records the new level in ``history``.

    >>> from datetime import date
    >>> s = Skill("speaking", "Public speaking", category="soft", level=2)
    >>> s = s.with_level(3, on=date(2027, 2, 1), note="first meetup talk")
    >>> s.level, [r.level for r in s.history]
    (3, [3])
    """

    id: str = record_id()
    name: str = attrs.field(validator=non_empty)
    category: SkillCategory = choice(SkillCategory, "technical")
    level: int = attrs.field(default=0, validator=bounded(0, 5, integer=True))
    target: int | None = attrs.field(default=None, validator=bounded(0, 5, integer=True))
    history: tuple[LevelRecord, ...] = records(LevelRecord, by_date=True)
    evidence: tuple[Evidence, ...] = records(Evidence, by_date=True)

    def with_level(self, level: int, *, on: date | str, note: str = "") -> Skill:
        """A copy at ``level``, with the change recorded in the history."""
        change = LevelRecord(on, level, note)
        if self.history and change.date < self.history[-1].date:
            raise FieldError(
                "history",
                f"level change on {change.date.isoformat()} is before the last recorded change "
                f"({self.history[-1].date.isoformat()})",
            )
        history: tuple[LevelRecord, ...] = (*self.history, change)
        return attrs.evolve(self, level=level, history=history)

    @property
    def gap(self) -> int:
        """Levels still to go to reach the target (0 when there is none or it is reached)."""
        return max(0, (self.target or 0) - self.level)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Credential:
    """A certificate from a learning activity; ``expires`` is ``None`` when it does not."""

    issued: date | None = optional_day()
    expires: date | None = optional_day()
    number: str = text()
    url: str = text()

    def __attrs_post_init__(self) -> None:
        check_order(self, "issued", "expires")


@shared_methods
@attrs.frozen(eq=False, repr=False)
class LearningActivity:
    """A course, certification, workshop, conference, book or other learning."""

    id: str = record_id()
    kind: LearningKind = attrs.field(validator=one_of(get_args(LearningKind)))
    title: str = attrs.field(validator=non_empty)
    provider: str = text()
    hours: float | None = attrs.field(default=None, validator=bounded(0, 100_000))
    cost: float | None = attrs.field(default=None, validator=bounded(0))
    started: date | None = optional_day()
    completed: date | None = optional_day()
    skills: tuple[str, ...] = strings()
    credential: Credential | None = record(Credential)
    notes: str = text()

    def __attrs_post_init__(self) -> None:
        check_order(self, "started", "completed")
