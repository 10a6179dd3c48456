"""Well-being records: weekly logs, time off and questionnaire answers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import attrs

from careerkit._model.fields import (
    Audience,
    FieldError,
    audiences,
    bounded,
    check_order,
    each,
    is_date,
    is_instance,
    records,
    text,
    to_date,
    to_tuple,
)
from careerkit._records import shared_methods

__all__ = ["CbiResponse", "TimeOff", "WeekLog", "Wellbeing", "Who5Response"]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _monday(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    is_date(_inst, attribute, value)
    assert isinstance(value, date)
    weekday = value.weekday()
    if weekday:
        monday = (value - timedelta(days=weekday)).isoformat() if value.toordinal() > 7 else ""
        hint = f" (that week's Monday is {monday})" if monday else ""
        raise FieldError(
            attribute.name,
            f"a week starts on a Monday; {value.isoformat()} is a {_DAYS[weekday]}{hint}",
        )


@shared_methods
@attrs.frozen(eq=False, repr=False)
class WeekLog:
    """One week of what a person recorded; every measure is optional.

    ``week`` is the week's Monday (a ``date`` or an ISO 8601 string). ``sleep_hours`` is the
    average per night; activity is in minutes for the whole week; ``after_hours_days`` counts
    days with work outside working hours.
    """

    week: date = attrs.field(converter=to_date, validator=_monday)
    hours_worked: float | None = attrs.field(default=None, validator=bounded(0, 168))
    contracted_hours: float | None = attrs.field(default=None, validator=bounded(0, 168))
    sleep_hours: float | None = attrs.field(default=None, validator=bounded(0, 24))
    activity_minutes: float | None = attrs.field(default=None, validator=bounded(0, 10_080))
    vigorous_minutes: float | None = attrs.field(default=None, validator=bounded(0, 10_080))
    after_hours_days: int | None = attrs.field(default=None, validator=bounded(0, 7, integer=True))
    leave_days: float | None = attrs.field(default=None, validator=bounded(0, 7))


def _by_week(items: Iterable[WeekLog]) -> tuple[WeekLog, ...]:
    """Converter: week logs in date order, each week at most once."""
    weeks = to_tuple(items)
    if type(weeks) is not tuple or not all(type(w) is WeekLog for w in weeks):
        return weeks  # the validator names what is wrong
    first: dict[date, int] = {}
    for i, log in enumerate(weeks):
        j = first.setdefault(log.week, i)
        if j != i:
            raise FieldError(
                f"weeks[{i}].week",
                f"the week of {log.week.isoformat()} is logged twice (first at weeks[{j}])",
            )
    return tuple(sorted(weeks, key=_week_of))


def _week_of(log: WeekLog) -> date:
    return log.week


@shared_methods
@attrs.frozen(eq=False, repr=False)
class TimeOff:
    """A period of leave, both days included."""

    start: date = attrs.field(converter=to_date, validator=is_date)
    end: date = attrs.field(converter=to_date, validator=is_date)
    note: str = text()

    def __attrs_post_init__(self) -> None:
        check_order(self, "start", "end")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


_integer = bounded(integer=True)


def _answer(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        raise FieldError(attribute.name, "expected an integer, got null")
    _integer(inst, attribute, value)


def _cbi_scale() -> Any:
    # An unanswered item is None; range checks follow in CbiResponse.__attrs_post_init__.
    return attrs.field(default=(), converter=to_tuple, validator=each(_integer))


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Who5Response:
    """Answers to the five WHO-5 items (0..5 each), in the published order."""

    date: date = attrs.field(converter=to_date, validator=is_date)
    answers: tuple[int, ...] = attrs.field(converter=to_tuple, validator=each(_answer))

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


@shared_methods
@attrs.frozen(eq=False, repr=False)
class CbiResponse:
    """Copenhagen Burnout Inventory answers (0..4, ``None`` for unanswered), per scale.

    Item order is the one documented in ``careerkit.instruments``.
    """

    date: date = attrs.field(converter=to_date, validator=is_date)
    personal: tuple[int | None, ...] = _cbi_scale()
    work: tuple[int | None, ...] = _cbi_scale()
    client: tuple[int | None, ...] = _cbi_scale()

    def __attrs_post_init__(self) -> None:
        _check_cbi_scale("personal", self.personal, 6)
        _check_cbi_scale("work", self.work, 7)
        _check_cbi_scale("client", self.client, 6)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Wellbeing:
    """All well-being records of a plan (private by default: ``shared_with`` is empty)."""

    weeks: tuple[WeekLog, ...] = attrs.field(
        default=(), converter=_by_week, validator=each(is_instance(WeekLog))
    )
    time_off: tuple[TimeOff, ...] = records(TimeOff)
    who5: tuple[Who5Response, ...] = records(Who5Response, by_date=True)
    cbi: tuple[CbiResponse, ...] = records(CbiResponse, by_date=True)
    annual_leave_days: float | None = attrs.field(default=None, validator=bounded(0, 366))
    shared_with: tuple[Audience, ...] = audiences()

    def on_leave(self, day: date) -> bool:
        """Whether ``day`` falls in a recorded period of time off."""
        return any(day in t for t in self.time_off)
