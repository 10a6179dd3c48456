"""Positions held: the jobs and volunteer roles behind a career plan."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

import attrs

from careerkit._model.fields import (
    Audience,
    FieldError,
    audiences,
    choice,
    is_visible,
    one_of,
    optional_day,
    record_id,
    strings,
    text,
)
from careerkit._records import shared_methods

__all__ = ["DatePrecision", "Position", "PositionKind"]

PositionKind = Literal["work", "volunteer"]
#: How precisely a date is known: a position that started "in 2019" is stored as 2019-01-01
#: with precision ``"year"``.
DatePrecision = Literal["year", "month", "day"]

_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Position:
    """A job (``kind="work"``) or a volunteer role, current while ``end`` is ``None``.

    >>> from datetime import date
    >>> p = Position("acme", organization="Acme", title="Engineer",
    ...              start=date(2019, 6, 1), start_precision="month")
    >>> p.is_current, p.start_text
    (True, '2019-06')
    """

    id: str = record_id()
    kind: PositionKind = choice(PositionKind, "work")
    organization: str = text()
    title: str = text()
    location: str = text()
    description: str = text()
    url: str = text()
    start: date | None = optional_day()
    end: date | None = optional_day()
    start_precision: DatePrecision = attrs.field(default="day", validator=one_of(_PRECISIONS))
    end_precision: DatePrecision = attrs.field(default="day", validator=one_of(_PRECISIONS))
    summary: str = text()
    highlights: tuple[str, ...] = strings()
    shared_with: tuple[Audience, ...] = audiences()

    def __attrs_post_init__(self) -> None:
        if not is_visible(self.organization) and not is_visible(self.title):
            raise FieldError("organization", "a position needs an organization or a title")
        if self.start is not None and self.end is not None:
            # Compare at the coarser precision: "2019-05" to "2019" is a valid span.
            coarser = min(
                _PRECISIONS.index(self.start_precision), _PRECISIONS.index(self.end_precision)
            )
            if _cut(self.start, coarser) > _cut(self.end, coarser):
                raise FieldError("end", f"end {self.end_text} is before start {self.start_text}")

    @property
    def is_current(self) -> bool:
        """Whether the position is held now (it has no end date)."""
        return self.end is None

    @property
    def start_text(self) -> str:
        """The start date written to its precision ("2019", "2019-06" or "2019-06-15")."""
        return _text(self.start, self.start_precision)

    @property
    def end_text(self) -> str:
        """The end date written to its precision; empty while the position is current."""
        return _text(self.end, self.end_precision)


_LENGTHS = {"year": 4, "month": 7, "day": 10}


def _text(value: date | None, precision: DatePrecision) -> str:
    return "" if value is None else value.isoformat()[: _LENGTHS[precision]]


def _cut(value: date, precision: int) -> tuple[int, ...]:
    return (value.year, value.month, value.day)[: precision + 1]
