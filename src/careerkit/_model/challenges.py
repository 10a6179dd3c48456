"""Stretch challenges: work that builds skills and visibility."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

import attrs

from careerkit._model.fields import (
    AUDIENCES,
    Audience,
    bounded,
    check_order,
    each_one_of,
    identifier,
    non_empty,
    one_of,
)

__all__ = ["Challenge", "ChallengeStatus", "Visibility"]

#: How far across the organization the work is seen (not who may read the record).
Visibility = Literal["team", "department", "organization", "industry"]
ChallengeStatus = Literal["planned", "active", "done", "abandoned"]


@attrs.frozen
class Challenge:
    """A stretch assignment: ``stretch`` 1 (comfortable) to 5 (far outside the comfort zone)."""

    id: str = attrs.field(validator=identifier)
    title: str = attrs.field(validator=non_empty)
    description: str = ""
    stretch: int = attrs.field(default=3, validator=bounded(1, 5))
    visibility: Visibility = attrs.field(default="team", validator=one_of(get_args(Visibility)))
    skills: tuple[str, ...] = ()
    sponsor: str | None = None
    start: date | None = None
    end: date | None = None
    status: ChallengeStatus = attrs.field(
        default="planned", validator=one_of(get_args(ChallengeStatus))
    )
    outcome: str = ""
    lessons: str = ""
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))

    def __attrs_post_init__(self) -> None:
        check_order(self, "start", "end")
