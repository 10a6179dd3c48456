"""Reflections: written answers to prompts and a per-goal reassessment."""

from __future__ import annotations

from datetime import date
from typing import Literal

import attrs

from careerkit._model.fields import (
    Audience,
    audiences,
    bounded,
    choice,
    flag,
    identifier,
    is_date,
    non_empty,
    record_id,
    records,
    text,
    to_date,
)
from careerkit._records import shared_methods

__all__ = ["Assessment", "Decision", "PromptAnswer", "Reflection"]

Decision = Literal["keep", "adjust", "drop"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class PromptAnswer:
    """A reflection prompt and the answer written to it."""

    prompt: str = attrs.field(validator=non_empty)
    answer: str = text()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Assessment:
    """A goal reassessed: on track? still aligned with my values? keep, adjust or drop?"""

    goal: str = attrs.field(validator=identifier)
    on_track: bool | None = flag()
    aligned: bool | None = flag()
    decision: Decision | None = choice(Decision, None)
    note: str = text()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Reflection:
    """A dated reflection; ``energy`` is a self-rating from 1 (drained) to 5 (energised)."""

    id: str = record_id()
    date: date = attrs.field(converter=to_date, validator=is_date)
    prompts: tuple[PromptAnswer, ...] = records(PromptAnswer)
    energy: int | None = attrs.field(default=None, validator=bounded(1, 5, integer=True))
    assessments: tuple[Assessment, ...] = records(Assessment)
    shared_with: tuple[Audience, ...] = audiences()
