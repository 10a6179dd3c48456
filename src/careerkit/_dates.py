"""Dates as the engines read and word them, in one place.

>>> ago(1), ago(0), ago(-3), days(1)
('yesterday', 'today', 'in 3 days', '1 day')
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

__all__ = ["ago", "count", "days", "iso_date_form", "later", "latest"]


def count(n: int, unit: str) -> str:
    """``n`` and ``unit``, plural unless ``n`` is 1: ``'2 weeks'``."""
    return f"{n} {unit}{'s' if n != 1 else ''}"


def days(n: int) -> str:
    """``'1 day'``, ``'30 days'``."""
    return count(n, "day")


def ago(n: int) -> str:
    """How long ago something ``n`` days in the past was (negative ``n``: in the future)."""
    if n == 0:
        return "today"
    if n == 1:
        return "yesterday"
    if n == -1:
        return "tomorrow"
    return f"{days(n)} ago" if n > 0 else f"in {days(-n)}"


def later(a: date | None, b: date) -> date:
    """The later of two dates, the first of which may be unknown."""
    return b if a is None or b > a else a


def latest(dates: Iterable[date | None], as_of: date) -> date | None:
    """The latest of ``dates`` on or before ``as_of`` (records after it have not happened yet)."""
    return max((d for d in dates if d is not None and d <= as_of), default=None)


def iso_date_form(value: str) -> bool:
    """Whether ``value`` is written as an ISO 8601 calendar date, ``YYYY-MM-DD``."""
    # fromisoformat alone would also take week dates ("2027-W26-3") and compact forms.
    return len(value) == 10 and value[4] == "-" and value[7] == "-" and value[5] != "W"
