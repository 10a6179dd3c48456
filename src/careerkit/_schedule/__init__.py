"""The reassessment scheduler: a dated, explained agenda of reviews, follow-ups and renewals.

:func:`schedule_reviews` reads a plan as it stands on ``as_of`` and lists what is due until
``as_of + horizon``: goal reviews, check-in reminders, reassessments, follow-ups, mentor meetings,
sponsor updates, credential renewals, challenge retrospectives, well-being checks and reflections.
Every item says why it is due and which questions to answer. :class:`SchedulePolicy` holds every
rule; its defaults are documented on the class and in ``docs/scheduler.md``.
"""

from __future__ import annotations

from careerkit._schedule.agenda import Agenda, ReviewItem
from careerkit._schedule.cadence import Cadence, parse_cadence
from careerkit._schedule.engine import schedule_reviews
from careerkit._schedule.policy import KINDS, ReviewKind, SchedulePolicy

__all__ = [
    "KINDS",
    "Agenda",
    "Cadence",
    "ReviewItem",
    "ReviewKind",
    "SchedulePolicy",
    "parse_cadence",
    "schedule_reviews",
]
