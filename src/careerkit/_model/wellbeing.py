"""Well-being records: weekly logs, time off and questionnaire answers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from careerkit._model.fields import (
    AUDIENCES,
    Audience,
    FieldError,
    bounded,
    check_order,
    each_one_of,
    sorted_by_date,
)

__all__ = ["CbiResponse", "TimeOff", "WeekLog", "Wellbeing", "Who5Response"]


def _by_week(items: Iterable[WeekLog]) -> tuple[WeekLog, ...]:
    return tuple(sorted(items, key=lambda w: w.week))


@attrs.frozen
class WeekLog:
    """One week of what a person recorded; every measure is optional.

    ``week`` is the week's first day. ``sleep_hours`` is the average per night; activity is in
    minutes for the whole week; ``after_hours_days`` counts days with work outside working hours.
    """

    week: date
    hours_worked: float | None = attrs.field(default=None, validator=bounded(0, 168))
    contracted_hours: float | None = attrs.field(default=None, validator=bounded(0, 168))
    sleep_hours: float | None = attrs.field(default=None, validator=bounded(0, 24))
    activity_minutes: float | None = attrs.field(default=None, validator=bounded(0, 10_080))
    vigorous_minutes: float | None = attrs.field(default=None, validator=bounded(0, 10_080))
    after_hours_days: int | None = attrs.field(default=None, validator=bounded(0, 7))
    leave_days: float | None = attrs.field(default=None, validator=bounded(0, 7))


@attrs.frozen
class TimeOff:
    """A period of leave, both days included."""

    start: date
    end: date
    note: str = ""

    def __attrs_post_init__(self) -> None:
        check_order(self, "start", "end")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@attrs.frozen
class Who5Response:
    """Answers to the five WHO-5 items (0..5 each), in the published order."""

    date: date
    answers: tuple[int, ...]

    def __attrs_post_init__(self) -> None:
        if len(self.answers) != 5:
            raise FieldError("answers", f"WHO-5 has 5 items, got {len(self.answers)} answers")
        for i, a in enumerate(self.answers):
            if not 0 <= a <= 5:
                raise FieldError("answers", f"item {i + 1} must be between 0 and 5, got {a!r}")


def _check_cbi_scale(name: str, answers: tuple[int | None, ...], items: int) -> None:
    if len(answers) > items:
        raise FieldError(name, f"the {name} scale has {items} items, got {len(answers)} answers")
    for i, a in enumerate(answers):
        if a is not None and not 0 <= a <= 4:
            raise FieldError(name, f"item {i + 1} must be between 0 and 4, got {a!r}")


@attrs.frozen
class CbiResponse:
    """Copenhagen Burnout Inventory answers (0..4, ``None`` for unanswered), per scale.

    Item order is the one documented in ``careerkit.instruments``.
    """

    date: date
    personal: tuple[int | None, ...] = ()
    work: tuple[int | None, ...] = ()
    client: tuple[int | None, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_cbi_scale("personal", self.personal, 6)
        _check_cbi_scale("work", self.work, 7)
        _check_cbi_scale("client", self.client, 6)


@attrs.frozen
class Wellbeing:
    """All well-being records of a plan (private by default: ``shared_with`` is empty)."""

    weeks: tuple[WeekLog, ...] = attrs.field(default=(), converter=_by_week)
    time_off: tuple[TimeOff, ...] = ()
    who5: tuple[Who5Response, ...] = attrs.field(default=(), converter=sorted_by_date)
    cbi: tuple[CbiResponse, ...] = attrs.field(default=(), converter=sorted_by_date)
    annual_leave_days: float | None = attrs.field(default=None, validator=bounded(0, 366))
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))

    def on_leave(self, day: date) -> bool:
        """Whether ``day`` falls in a recorded period of time off."""
        return any(day in t for t in self.time_off)
