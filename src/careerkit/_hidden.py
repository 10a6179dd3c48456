"""What an audience cannot see of a plan, so that the engines say nothing about it.

An engine run for an audience works on :func:`careerkit.redact`'s view of the plan. That view
cannot tell "there is no reflection" from "the reflections are private": a rule that reports
an absence or a delay would say something false. :class:`Hidden` lists the kinds of record
(and the goals and contacts) about which the view is incomplete; the rules that would judge
them stay silent. Nothing of what is hidden reaches the report, not even a count.
"""

from __future__ import annotations

import attrs

from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import Viewer
from careerkit._records import shared_methods

__all__ = ["NOTHING", "Hidden", "hidden_from"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Hidden:
    """Which parts of a plan an audience's view leaves out."""

    #: Some reflection is hidden.
    reflections: bool = False
    #: Visible goals assessed in a hidden reflection.
    assessed: frozenset[str] = frozenset()
    #: The well-being records are hidden.
    wellbeing: bool = False
    #: Some contact, or some interaction with a visible contact, is hidden.
    contacts: bool = False
    #: Visible contacts with a hidden interaction or a hidden mentor's meetings.
    contact_history: frozenset[str] = frozenset()
    #: Some mentor or sponsor is hidden.
    mentors: bool = False
    #: Some challenge is hidden.
    challenges: bool = False


#: What the owner cannot see of their own plan.
NOTHING = Hidden()


def hidden_from(plan: CareerPlan, view: CareerPlan, audience: Viewer) -> Hidden:
    """What ``view`` (``redact(plan, audience)``) leaves out of ``plan``."""
    if audience == "self":
        return NOTHING
    shown_reflections = {r.id for r in view.reflections}
    visible_goals = {g.id for g in view.goals}
    assessed = frozenset(
        a.goal
        for r in plan.reflections
        if r.id not in shown_reflections
        for a in r.assessments
        if a.goal in visible_goals
    )
    shown_contacts = {c.id: len(c.interactions) for c in view.contacts}
    history = {
        c.id
        for c in plan.contacts
        if c.id in shown_contacts and len(c.interactions) != shown_contacts[c.id]
    }
    shown_mentors = {m.id for m in view.mentors}
    history |= {
        m.contact
        for m in plan.mentors
        if m.id not in shown_mentors
        and m.contact is not None
        and m.contact in shown_contacts
        and m.meetings
    }
    return Hidden(
        reflections=len(view.reflections) != len(plan.reflections),
        assessed=assessed,
        wellbeing=view.wellbeing != plan.wellbeing,
        contacts=len(view.contacts) != len(plan.contacts) or bool(history),
        contact_history=frozenset(history),
        mentors=len(view.mentors) != len(plan.mentors),
        challenges=len(view.challenges) != len(plan.challenges),
    )
