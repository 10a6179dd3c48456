"""Checks for the arguments of the public entry points, in one place and one wording.

A wrong *type* raises :class:`~careerkit.PolicyError` that is also a :class:`TypeError`
(``ArgumentTypeError``); a wrong *value* raises a plain :class:`~careerkit.PolicyError`. Both
name the argument.

``as_of`` is the one place careerkit reads the clock: every public entry point takes an
optional ``as_of`` and, when it is left out, uses today's date, read here once per call. The
engines below the entry points never read the clock.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from careerkit._dates import iso_date_form
from careerkit._errors import ArgumentTypeError, PolicyError

__all__ = ["EARLIEST_AS_OF", "LATEST_AS_OF", "as_of_date", "instance_of", "policy_or_default"]

# A review looks years ahead and behind `as_of`; this range keeps every date an engine computes
# from it inside what `datetime.date` can hold, with centuries to spare, and covers any working
# life. Dates inside records may be anything from year 1 to 9999.
EARLIEST_AS_OF = date(1900, 1, 1)
LATEST_AS_OF = date(2999, 12, 31)

T = TypeVar("T")


def as_of_date(value: object, name: str = "as_of") -> date:
    """``value`` as the day to judge on: today when it is None, else a date in range.

    An ISO 8601 date string (``"2026-11-25"``) is taken as that day, as record fields take it.
    """
    if value is None:
        return date.today()
    if isinstance(value, str) and iso_date_form(value):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise PolicyError(f"{name} must be a real day, got {value!r}") from None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ArgumentTypeError(
            f"{name} must be a datetime.date or an ISO date string like '2026-11-25', got {value!r}"
        )
    if not EARLIEST_AS_OF <= value <= LATEST_AS_OF:
        raise PolicyError(
            f"{name} must be between {EARLIEST_AS_OF.isoformat()} and "
            f"{LATEST_AS_OF.isoformat()}, got {value.isoformat()}"
        )
    return value


def instance_of(value: object, cls: type[T], name: str) -> T:
    """``value`` if it is a ``cls``; else an error naming the argument and what it got."""
    if not isinstance(value, cls):
        raise ArgumentTypeError(
            f"{name} must be {_article(cls.__name__)} {cls.__name__}, got {type(value).__name__}"
        )
    return value


def policy_or_default(value: object, cls: type[T], default: T) -> T:
    """The policy argument of an engine: ``default`` when None, else a ``cls``."""
    if value is None:
        return default
    return instance_of(value, cls, "policy")


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
