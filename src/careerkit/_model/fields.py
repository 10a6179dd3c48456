"""Field helpers shared by the model classes.

Validators raise :class:`FieldError`, which carries the name of the offending field so that the
plan loader can report a precise JSON path (``... @ $.goals[0].weight``).
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, Literal, cast, get_args

import attrs

from careerkit._errors import FieldError

__all__ = [
    "AUDIENCES",
    "Audience",
    "FieldError",
    "bounded",
    "check_order",
    "each_one_of",
    "identifier",
    "non_empty",
    "one_of",
    "sorted_by_date",
]

Audience = Literal["mentor", "manager", "hr"]
#: Everyone a record can be shared with besides its owner.
AUDIENCES: tuple[Audience, ...] = get_args(Audience)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,99}")


def identifier(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An id: 1-100 letters, digits or ``_.:@/+-``, starting with a letter or digit."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise FieldError(
            attribute.name,
            f"{value!r} is not a valid id (1-100 letters, digits or _.:@/+-, "
            "starting with a letter or digit)",
        )


def non_empty(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A string with something other than spaces in it."""
    if not isinstance(value, str):
        raise FieldError(attribute.name, f"expected a string, got {type(value).__name__}")
    if not value.strip():
        raise FieldError(attribute.name, "must not be empty")


def bounded(
    low: float | None = None, high: float | None = None
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator: a finite number within ``[low, high]`` (``None`` passes: optional fields)."""

    lowest = -math.inf if low is None else low
    highest = math.inf if high is None else high

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # Runs for every number of every record a plan file holds: plain ints and floats take
        # the shortest path.
        kind = type(value)
        if kind is not float and kind is not int:
            if value is None:
                return
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise FieldError(attribute.name, f"expected a number, got {kind.__name__}")
        number = cast(float, value)
        if not math.isfinite(number):
            raise FieldError(attribute.name, f"must be a finite number, got {number!r}")
        if lowest <= number <= highest:
            return
        if high is None:
            raise FieldError(attribute.name, f"must be at least {low:g}, got {number!r}")
        if low is None:
            raise FieldError(attribute.name, f"must be at most {high:g}, got {number!r}")
        raise FieldError(attribute.name, f"must be between {low:g} and {high:g}, got {number!r}")

    check.bounds = (low, high)  # type: ignore[attr-defined]  # read by the JSON Schema writer
    return check


def one_of(choices: tuple[str, ...]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator for a ``Literal`` field: the value (``None`` allowed) must be one of ``choices``."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and value not in choices:
            raise FieldError(attribute.name, f"{value!r} is not one of {_options(choices)}")

    return check


def each_one_of(
    choices: tuple[str, ...],
) -> Callable[[object, attrs.Attribute[Any], tuple[object, ...]], None]:
    """Validator for a tuple of ``Literal`` values."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        for item in value:
            if item not in choices:
                raise FieldError(attribute.name, f"{item!r} is not one of {_options(choices)}")

    return check


def _options(choices: tuple[str, ...]) -> str:
    return ", ".join(repr(c) for c in choices)


def check_order(obj: object, first: str, second: str) -> None:
    """Raise if date field ``first`` of ``obj`` is after ``second`` (either may be unset)."""
    a: date | None = getattr(obj, first)
    b: date | None = getattr(obj, second)
    if a is not None and b is not None and a > b:
        raise FieldError(second, f"{second} {b.isoformat()} is before {first} {a.isoformat()}")


def sorted_by_date(items: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: a tuple sorted by each item's ``date`` (stable for equal dates)."""
    # Timsort is linear on input that is already in order, the usual case.
    return tuple(sorted(items, key=_by_date))


_by_date = operator.attrgetter("date")
