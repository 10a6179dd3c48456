"""Stretch challenges: work that builds skills and visibility."""

from __future__ import annotations

from datetime import date
from typing import Literal

import attrs

from careerkit._model.fields import (
    Audience,
    audiences,
    bounded,
    check_order,
    choice,
    non_empty,
    optional_day,
    optional_text,
    record_id,
    strings,
    text,
)
from careerkit._records import shared_methods

__all__ = ["Challenge", "ChallengeStatus", "Visibility"]

#: How far across the organization the work is seen (not who may read the record).
Visibility = Literal["team", "department", "organization", "industry"]
ChallengeStatus = Literal["planned", "active", "done", "abandoned"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Challenge:
    """A stretch assignment: ``stretch`` 1 (comfortable) to 5 (far outside the comfort zone)."""

    id: str = record_id()
    title: str = attrs.field(validator=non_empty)
    description: str = text()
    stretch: int = attrs.field(default=3, validator=bounded(1, 5, integer=True))
    visibility: Visibility = choice(Visibility, "team")
    skills: tuple[str, ...] = strings()
    sponsor: str | None = optional_text()
    start: date | None = optional_day()
    end: date | None = optional_day()
    status: ChallengeStatus = choice(ChallengeStatus, "planned")
    outcome: str = text()
    lessons: str = text()
    shared_with: tuple[Audience, ...] = audiences()

    def __attrs_post_init__(self) -> None:
        check_order(self, "start", "end")
