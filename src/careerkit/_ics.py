"""Calendar export: an ``Agenda`` as RFC 5545 (iCalendar) text.

Needs the optional ``icalendar`` package (``pip install 'careerkit[ics]'``). This module is
imported only by ``Agenda.to_ics()``, so ``import careerkit`` works without it.

Each item becomes one VTODO (or VEVENT, as the policy says), all-day unless the policy gives a
time of day. The export is deterministic: the UID comes from the item's kind, subject and due
date, so re-importing an updated agenda updates entries instead of duplicating them, and
DTSTAMP is the agenda's ``as_of`` date, not the time of the export.
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


def item_uid(item: ReviewItem) -> str:
    """A UID that stays the same for the same item (kind, subject and due date) on every export."""
    key = "\x1f".join((item.kind, item.subject or "", item.due.isoformat()))
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
    for item in agenda:
        calendar.add_component(_fill(make(), item, agenda, stamp))
    text: str = calendar.to_ical().decode("utf-8")
    return text


def _fill(component: Component, item: ReviewItem, agenda: Agenda, stamp: datetime) -> Component:
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
    component.add("summary", item.title)
    component.add("description", _description(item))
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


def _description(item: ReviewItem) -> str:
    lines = []
    if item.overdue:
        lines += [f"Overdue: it was due on {item.due.isoformat()}.", ""]
    lines.append(item.reason[:1].upper() + item.reason[1:] + ".")
    if item.prompts:
        lines += ["", "Questions to answer:", *(f"- {prompt}" for prompt in item.prompts)]
    return "\n".join(lines)
