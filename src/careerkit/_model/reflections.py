"""Reflections: written answers to prompts and a per-goal reassessment."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

import attrs

from careerkit._model.fields import (
    AUDIENCES,
    Audience,
    bounded,
    each_one_of,
    identifier,
    non_empty,
    one_of,
)

__all__ = ["Assessment", "Decision", "PromptAnswer", "Reflection"]

Decision = Literal["keep", "adjust", "drop"]


@attrs.frozen
class PromptAnswer:
    """A reflection prompt and the answer written to it."""

    prompt: str = attrs.field(validator=non_empty)
    answer: str = ""


@attrs.frozen
class Assessment:
    """A goal reassessed: on track? still aligned with my values? keep, adjust or drop?"""

    goal: str = attrs.field(validator=identifier)
    on_track: bool | None = None
    aligned: bool | None = None
    decision: Decision | None = attrs.field(default=None, validator=one_of(get_args(Decision)))
    note: str = ""


@attrs.frozen
class Reflection:
    """A dated reflection; ``energy`` is a self-rating from 1 (drained) to 5 (energised)."""

    id: str = attrs.field(validator=identifier)
    date: date
    prompts: tuple[PromptAnswer, ...] = ()
    energy: int | None = attrs.field(default=None, validator=bounded(1, 5))
    assessments: tuple[Assessment, ...] = ()
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))
