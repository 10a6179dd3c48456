"""Privacy by audience: what a mentor, a manager or HR may see of a plan."""

from __future__ import annotations

from typing import Literal, get_args

import attrs

from careerkit._errors import PolicyError
from careerkit._model.fields import AUDIENCES, Audience
from careerkit._model.plan import CareerPlan
from careerkit._model.wellbeing import Wellbeing

__all__ = ["VIEWERS", "Viewer", "check_viewer", "redact"]

#: Who looks at a plan: its owner (``"self"``) or one of the audiences it can be shared with.
Viewer = Literal["self", "mentor", "manager", "hr"]
VIEWERS: tuple[Viewer, ...] = get_args(Viewer)


def check_viewer(audience: object) -> Viewer:
    """``audience`` as a :data:`Viewer`, or a :class:`CareerkitError` naming the choices."""
    if audience not in VIEWERS:
        options = ", ".join(repr(v) for v in VIEWERS)
        raise PolicyError(f"unknown audience {audience!r}; expected one of {options}")
    return audience


def redact(plan: CareerPlan, audience: Viewer) -> CareerPlan:
    """The part of ``plan`` that ``audience`` may see.

    The owner (``"self"``) sees everything. Any other audience sees a record only when the
    record's ``shared_with`` names it; nothing is shared by default. Skills, learning and the
    owner's name and role are professional profile data that every audience sees. Links to
    hidden records are cut, so the result is a valid plan that holds nothing hidden, not even
    an id: a goal's hidden parent or values, a challenge's hidden sponsor, a reflection's
    assessments of hidden goals, a mentor's hidden contact (the mentor then shows their own
    name or their id). A contact's interactions are shared one by one.

    >>> from careerkit import CareerPlan, Goal, Reflection
    >>> from datetime import date
    >>> plan = CareerPlan(
    ...     goals=(Goal("lead", "Lead the platform team", shared_with=("manager",)),
    ...            Goal("leave", "Find a job elsewhere")),
    ...     reflections=(Reflection("r1", date(2026, 11, 20)),),
    ... )
    >>> view = redact(plan, "manager")
    >>> [g.id for g in view.goals], view.reflections
    (['lead'], ())
    """
    viewer = check_viewer(audience)
    if viewer == "self":
        return plan
    who: Audience = viewer

    def shown(record: object) -> bool:
        return who in getattr(record, "shared_with", ())

    values = tuple(v for v in plan.values if shown(v))
    value_ids = {v.id for v in values}
    kept_goals = [g for g in plan.goals if shown(g)]
    goal_ids = {g.id for g in kept_goals}
    # Records are rebuilt (and checked again) only when a hidden link or entry is cut.
    goals = tuple(
        g
        if (g.parent is None or g.parent in goal_ids) and all(v in value_ids for v in g.values)
        else attrs.evolve(
            g,
            parent=g.parent if g.parent in goal_ids else None,
            values=tuple(v for v in g.values if v in value_ids),
        )
        for g in kept_goals
    )
    contacts = tuple(
        c
        if all(shown(i) for i in c.interactions)
        else attrs.evolve(c, interactions=tuple(i for i in c.interactions if shown(i)))
        for c in plan.contacts
        if shown(c)
    )
    contact_ids = {c.id for c in contacts}
    mentors = tuple(
        m
        if m.contact is None or m.contact in contact_ids
        else attrs.evolve(m, contact=None, name=m.name or f"mentor {m.id}")
        for m in plan.mentors
        if shown(m)
    )
    mentor_ids = {m.id for m in mentors}
    challenges = tuple(
        c if c.sponsor is None or c.sponsor in mentor_ids else attrs.evolve(c, sponsor=None)
        for c in plan.challenges
        if shown(c)
    )
    reflections = tuple(
        r
        if all(a.goal in goal_ids for a in r.assessments)
        else attrs.evolve(r, assessments=tuple(a for a in r.assessments if a.goal in goal_ids))
        for r in plan.reflections
        if shown(r)
    )
    return CareerPlan(
        owner=plan.owner,
        values=values,
        goals=goals,
        skills=plan.skills,
        learning=plan.learning,
        contacts=contacts,
        mentors=mentors,
        challenges=challenges,
        reflections=reflections,
        wellbeing=plan.wellbeing if shown(plan.wellbeing) else Wellbeing(),
        positions=tuple(p for p in plan.positions if shown(p)),
    )


assert set(AUDIENCES) < set(VIEWERS)
