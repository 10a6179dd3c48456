"""Cadences: how often something recurs, read from words, ISO 8601 durations or RRULEs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from careerkit._dates import count
from careerkit._policy import policy_error, type_error
from careerkit._records import shared_methods

if TYPE_CHECKING:
    from dateutil.rrule import rrule

_UNITS = MappingProxyType(
    {"day": (0, 1), "week": (0, 7), "month": (1, 0), "quarter": (3, 0), "year": (12, 0)}
)
_WORDS = MappingProxyType(
    {
        "daily": (0, 1),
        "weekly": (0, 7),
        "fortnightly": (0, 14),
        "monthly": (1, 0),
        "quarterly": (3, 0),
        "half-yearly": (6, 0),
        "yearly": (12, 0),
        "annually": (12, 0),
    }
)
_EVERY = re.compile(r"every (?:(\d{1,4}|other) )?(day|week|month|quarter|year)s?")
_ISO = re.compile(r"P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?")
_RRULE_PART = re.compile(r"([A-Z]+)=([^;]*)")
_RRULE_FREQS = frozenset({"YEARLY", "MONTHLY", "WEEKLY", "DAILY"})
# A rule with only these parts is plain calendar stepping; it becomes a month/day cadence so that
# month ends are clipped instead of skipped (dateutil's MONTHLY rule skips months without a 31st).
_PLAIN_RULE_PARTS = frozenset({"FREQ", "INTERVAL", "WKST"})
_FREQ_STEP = MappingProxyType(
    {"YEARLY": (12, 0), "MONTHLY": (1, 0), "WEEKLY": (0, 7), "DAILY": (0, 1)}
)
_PROBE_START = datetime(2000, 1, 1)
_PROBE_END = datetime(2010, 1, 1)
_FORMATS = (
    "words like 'weekly', 'every 2 weeks', 'monthly' or 'quarterly', an ISO 8601 "
    "duration like 'P1M', or an RRULE like 'FREQ=WEEKLY;BYDAY=MO'"
)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Cadence:
    """How often something recurs: whole ``months`` plus ``days``, or an RFC 5545 ``rule``.

    Month steps are always taken from the anchor date (anchor + n months, clipped to the end of
    short months), never step by step, so a cadence anchored on the 31st lands on Feb 28/29,
    Apr 30, ... and on the 31st again where the month has one.
    """

    text: str
    months: int = 0
    days: int = 0
    rule: rrule | None = attrs.field(default=None, eq=False, hash=False)

    def __repr__(self) -> str:
        return f"Cadence({self.text!r})"

    def nth(self, anchor: date, n: int) -> date:
        """The ``n``-th step after ``anchor`` (month/day cadences only)."""
        if self.months:
            return anchor + relativedelta(months=n * self.months, days=n * self.days)
        return anchor + timedelta(days=n * self.days)

    def dates(self, anchor: date, until: date) -> Iterator[date]:
        """Every occurrence after ``anchor`` up to and including ``until``."""
        if self.rule is None:
            n = 1
            while (day := self._nth_or_none(anchor, n)) is not None and day <= until:
                yield day
                n += 1
            return
        # The rule starts at the anchor (never far in the past), so iterating it stays cheap.
        last = anchor
        rule = self.rule.replace(dtstart=datetime.combine(anchor, time()))
        for moment in rule:  # pragma: no branch - without COUNT/UNTIL it only ends in year 9999
            day = moment.date()
            if day > until:
                return
            if day > last:
                last = day
                yield day

    def _nth_or_none(self, anchor: date, n: int) -> date | None:
        try:
            return self.nth(anchor, n)
        except (OverflowError, ValueError):  # past the year 9999
            return None

    def after(self, anchor: date) -> date | None:
        """The first occurrence after ``anchor`` (``None`` if there is none before 9999)."""
        # Every cadence recurs within ten years (checked when parsed), so this ends quickly.
        return next(self.dates(anchor, date.max), None)

    def describe(self) -> str:
        """How often, in words: ``'monthly'``, ``'every 2 weeks'``, ..."""
        if self.rule is not None:
            return f"on the rule {self.text}"
        months, days = self.months, self.days
        if months and days:
            return f"every {count(months, 'month')} and {count(days, 'day')}"
        if months:
            named = {1: "monthly", 3: "quarterly", 12: "yearly"}.get(months)
            if named:
                return named
            if months % 12 == 0:
                return f"every {months // 12} years"
            return f"every {months} months"
        if days == 7:
            return "weekly"
        if days == 1:
            return "daily"
        if days % 7 == 0:
            return f"every {days // 7} weeks"
        return f"every {days} days"


def parse_cadence(text: str, *, field: str = "text") -> Cadence:
    """Read a cadence: plain words, an ISO 8601 duration or an RFC 5545 RRULE.

    >>> parse_cadence("every 2 weeks").describe()
    'every 2 weeks'
    >>> parse_cadence("P1M").nth(date(2027, 1, 31), 1)
    datetime.date(2027, 2, 28)
    """
    if not isinstance(text, str):
        raise type_error(field, "a cadence as text, like 'monthly'", text)
    words = " ".join(text.lower().split())
    if words in _WORDS:
        months, days = _WORDS[words]
        return Cadence(text, months, days)
    every = _EVERY.fullmatch(words)
    if every:
        number, unit = every.groups()
        n = 2 if number == "other" else int(number or 1)
        if n < 1:
            raise policy_error(field, "a cadence that repeats at least every day", text)
        months, days = _UNITS[unit]
        return Cadence(text, n * months, n * days)
    upper = text.strip().upper()
    if upper.startswith("P"):
        return _parse_duration(text, upper, field)
    if upper.startswith(("FREQ=", "RRULE:")):
        return _parse_rrule(text, upper.removeprefix("RRULE:"), field)
    raise policy_error(field, f"a cadence ({_FORMATS})", text)


def _parse_duration(text: str, upper: str, field: str) -> Cadence:
    if "T" in upper:
        raise policy_error(field, "a cadence of whole days, with no time part", text)
    match = _ISO.fullmatch(upper)
    if not match:
        raise policy_error(field, f"a cadence ({_FORMATS})", text)
    years, months, weeks, days = (int(g or 0) for g in match.groups())
    cadence = Cadence(text, 12 * years + months, 7 * weeks + days)
    if not cadence.months and not cadence.days:
        raise policy_error(field, "a cadence longer than zero", text)
    return cadence


def _parse_rrule(text: str, body: str, field: str) -> Cadence:
    parts: dict[str, str] = {}
    for chunk in body.split(";"):
        part = _RRULE_PART.fullmatch(chunk.strip())
        if not part:
            raise policy_error(field, f"an RRULE of NAME=VALUE parts (not {chunk!r})", text)
        parts[part.group(1)] = part.group(2)
    if "COUNT" in parts or "UNTIL" in parts:
        # A cadence repeats from the last time something was done: it has no end of its own.
        raise policy_error(field, "an RRULE without COUNT or UNTIL", text)
    freq = parts.get("FREQ")
    if freq not in _RRULE_FREQS:
        raise policy_error(field, "an RRULE with FREQ=YEARLY, MONTHLY, WEEKLY or DAILY", text)
    from dateutil.rrule import rrule, rrulestr  # here: most policies have no RRULE

    try:
        rule = rrulestr(body, dtstart=_PROBE_START)
    except ValueError as exc:
        raise policy_error(field, f"a valid RRULE ({exc})", text) from None
    assert isinstance(rule, rrule)  # a single RRULE line always gives an rrule
    if set(parts) <= _PLAIN_RULE_PARTS:
        months, days = _FREQ_STEP[freq]
        interval = int(parts.get("INTERVAL", "1"))
        return Cadence(text, interval * months, interval * days)
    if rule.replace(until=_PROBE_END).after(_PROBE_START) is None:
        raise policy_error(field, "an RRULE that recurs within ten years", text)
    return Cadence(text, rule=rule)
