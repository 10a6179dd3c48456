"""Calendar export: an ``Agenda`` as RFC 5545 (iCalendar) text.

Needs the optional ``icalendar`` package (``pip install 'careerkit[ics]'``). This module is
imported only by ``Agenda.to_ics()``, so ``import careerkit`` works without it.

Each series of items (same kind and subject: the reviews of one goal, the follow-ups with one
contact) becomes one VTODO (or VEVENT, as the policy says) on its next date, all-day unless the
policy gives a time of day; its description lists the dates after it. The UID comes from the
kind and the subject only, so re-importing the agenda after a check-in moves the entry to its
new date instead of adding one. The export is deterministic: DTSTAMP is the agenda's ``as_of``
(not the time of the export) and SEQUENCE counts the days from 1900-01-01 to ``as_of``, so an
export made on a later day supersedes an earlier one, as RFC 5545 asks of a revised entry.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from careerkit._errors import MissingExtraError

if TYPE_CHECKING:
    from icalendar import Component

    from careerkit._schedule import Agenda, ReviewItem

__all__ = ["PRODID", "agenda_to_ics", "item_uid"]

PRODID = "-//careerkit//review agenda//EN"
# RFC 5545 PRIORITY: 1 is the highest, 5 normal, 9 the lowest.
_ICS_PRIORITY = MappingProxyType({1: 1, 2: 5, 3: 9})


# The day SEQUENCE counts from: the earliest as_of the engines accept.
_SEQUENCE_EPOCH = date(1900, 1, 1)
# The description lists at most this many later dates of a series.
_MAX_LATER = 12


def item_uid(item: ReviewItem) -> str:
    """The UID of the item's series (kind and subject): the same on every export, whatever
    the due date, so a calendar moves the entry rather than adding another."""
    key = "\x1f".join((item.kind, item.subject or ""))
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@careerkit"


def agenda_to_ics(agenda: Agenda) -> str:
    """The agenda as iCalendar text (CRLF line endings, as RFC 5545 requires)."""
    try:
        from icalendar import Calendar, Event, Todo
    except ImportError:
        raise MissingExtraError("exporting to a calendar", "ics", "icalendar") from None
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = datetime.combine(agenda.as_of, time(), tzinfo=UTC)
    make = Event if agenda.policy.calendar_component == "VEVENT" else Todo
    for item, later in _series(agenda):
        calendar.add_component(_fill(make(), item, later, agenda, stamp))
    text: str = calendar.to_ical().decode("utf-8")
    return text


def _series(agenda: Agenda) -> list[tuple[ReviewItem, list[date]]]:
    """The first item of each series, in agenda order, with the due dates that follow it."""
    firsts: dict[tuple[str, str | None], tuple[ReviewItem, list[date]]] = {}
    for item in agenda:
        key = (item.kind, item.subject)
        if key in firsts:
            firsts[key][1].append(item.due)
        else:
            firsts[key] = (item, [])
    return list(firsts.values())


def _fill(
    component: Component, item: ReviewItem, later: list[date], agenda: Agenda, stamp: datetime
) -> Component:
    when = _when(item, agenda)
    if component.name == "VEVENT":
        component.add("dtstart", when)
        if isinstance(when, datetime):
            component.add("dtend", when + timedelta(minutes=agenda.policy.duration_minutes))
        else:
            component.add("dtend", when + timedelta(days=1))  # all-day: the end is exclusive
        component.add("transp", "TRANSPARENT")  # a reminder, not busy time
    else:
        component.add("due", when)
        component.add("status", "NEEDS-ACTION")
    component.add("uid", item_uid(item))
    component.add("dtstamp", stamp)
    component.add("sequence", max(0, (agenda.as_of - _SEQUENCE_EPOCH).days))
    component.add("summary", item.title)
    component.add("description", _description(item, later))
    component.add("priority", _ICS_PRIORITY[item.priority])
    component.add("categories", [item.kind])
    if item.subject is not None:
        component.add("x-careerkit-subject", item.subject)
    return component


def _when(item: ReviewItem, agenda: Agenda) -> date | datetime:
    # A calendar shows past events where nobody looks: an overdue event goes on as_of instead.
    # A task keeps its real due date, which calendar apps show as overdue.
    day = item.due
    if item.overdue and agenda.policy.calendar_component == "VEVENT":
        day = agenda.as_of
    if agenda.policy.time_of_day is None:
        return day
    # A floating local time (no time zone): the same wall-clock time wherever it is opened.
    return datetime.combine(day, agenda.policy.time_of_day.replace(tzinfo=None))


def _description(item: ReviewItem, later: list[date]) -> str:
    lines = []
    if item.overdue:
        lines += [f"Overdue: it was due on {item.due.isoformat()}.", ""]
    lines.append(item.reason[:1].upper() + item.reason[1:] + ".")
    if item.prompts:
        lines += ["", "Questions to answer:", *(f"- {prompt}" for prompt in item.prompts)]
    if later:
        shown = ", ".join(day.isoformat() for day in later[:_MAX_LATER])
        more = f" and {len(later) - _MAX_LATER} more" if len(later) > _MAX_LATER else ""
        lines += ["", f"Then also due on {shown}{more}."]
    return "\n".join(lines)
