"""The career plan: everything about one person's career growth, and its integrity checks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, NamedTuple, Protocol, TypeVar

import attrs

from careerkit._errors import ArgumentTypeError, PlanValidationError, PolicyError
from careerkit._model.challenges import Challenge
from careerkit._model.fields import (
    Audience,
    audiences,
    bounded,
    choice,
    non_empty,
    record_id,
    records,
    text,
)
from careerkit._model.fields import record as nested
from careerkit._model.goals import Goal
from careerkit._model.history import Position
from careerkit._model.network import Contact, Mentor
from careerkit._model.reflections import Reflection
from careerkit._model.skills import LearningActivity, Skill
from careerkit._model.wellbeing import WeekLog, Wellbeing
from careerkit._records import shared_methods

__all__ = ["SCHEMA", "CareerPlan", "Owner", "Value", "ValueKind", "as_wellbeing"]

#: The schema tag written at the top of every plan document.
SCHEMA = "careerkit/1"

ValueKind = Literal["value", "passion", "strength", "environment"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Owner:
    """Whose plan it is."""

    name: str = text()
    role: str = text()
    organization: str = text()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Value:
    """What matters to a person: a value, a passion, a strength or a preferred environment."""

    id: str = record_id()
    name: str = attrs.field(validator=non_empty)
    description: str = text()
    kind: ValueKind = choice(ValueKind, "value")
    importance: int | None = attrs.field(default=None, validator=bounded(1, 5, integer=True))
    shared_with: tuple[Audience, ...] = audiences()


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_R = TypeVar("_R", bound=_HasId)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class CareerPlan:
    """A person's whole career plan.

    Creating one checks the plan as a whole: ids are unique per collection and every reference
    (a goal's values, skills and parent, a mentor's contact, a challenge's skills and sponsor, a
    reflection's assessed goals, a learning activity's skills) resolves; otherwise
    :class:`~careerkit.PlanValidationError` lists each problem with its JSON path.

    >>> plan = CareerPlan(owner=Owner("Ada"), goals=(Goal("g1", "Ship the v2 API"),))
    >>> plan
    CareerPlan(owner=Owner(name='Ada', role='', organization=''), goals=1)
    >>> plan.goal("g1").title
    'Ship the v2 API'
    """

    owner: Owner = nested(Owner, Owner())
    values: tuple[Value, ...] = records(Value)
    goals: tuple[Goal, ...] = records(Goal)
    skills: tuple[Skill, ...] = records(Skill)
    learning: tuple[LearningActivity, ...] = records(LearningActivity)
    contacts: tuple[Contact, ...] = records(Contact)
    mentors: tuple[Mentor, ...] = records(Mentor)
    challenges: tuple[Challenge, ...] = records(Challenge)
    reflections: tuple[Reflection, ...] = records(Reflection)
    wellbeing: Wellbeing = nested(Wellbeing, Wellbeing())
    positions: tuple[Position, ...] = records(Position)

    def __attrs_post_init__(self) -> None:
        problems = plan_problems(self)
        if problems:
            raise PlanValidationError(problems)

    def __repr__(self) -> str:
        # A plan can hold thousands of records: show the owner and how many of each.
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}" for name in _COLLECTIONS if getattr(self, name)
        )
        return f"CareerPlan(owner={self.owner!r}{', ' + counts if counts else ''})"

    def goal(self, goal_id: str) -> Goal:
        """The goal with this id (``KeyError`` if there is none)."""
        return _find(self.goals, goal_id, "goal")

    def skill(self, skill_id: str) -> Skill:
        """The skill with this id (``KeyError`` if there is none)."""
        return _find(self.skills, skill_id, "skill")

    def contact(self, contact_id: str) -> Contact:
        """The contact with this id (``KeyError`` if there is none)."""
        return _find(self.contacts, contact_id, "contact")

    def mentor(self, mentor_id: str) -> Mentor:
        """The mentor or sponsor with this id (``KeyError`` if there is none)."""
        return _find(self.mentors, mentor_id, "mentor")

    def mentor_name(self, mentor: Mentor) -> str:
        """A mentor's display name: their own, else their contact's."""
        if mentor.name:
            return mentor.name
        if mentor.contact is not None:
            return self.contact(mentor.contact).name
        return mentor.id  # pragma: no cover - a Mentor always has a contact or a name

    @property
    def active_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.status == "active")

    # --- updates: each returns a new plan, checked as a whole again ---------------------------

    def with_record(self, record: PlanRecord) -> CareerPlan:
        """A copy with ``record`` added, or replacing the record of its kind with the same id.

        The kind of record says where it goes (a :class:`Goal` to ``goals``, a
        :class:`Contact` to ``contacts``, ...); an :class:`Owner` or a :class:`Wellbeing`
        replaces the plan's own. References are checked again.

        >>> plan = CareerPlan().with_record(Goal("g1", "Ship the v2 API"))
        >>> plan = plan.with_record(Goal("g1", "Ship the v2 API by March"))
        >>> [g.title for g in plan.goals]
        ['Ship the v2 API by March']
        """
        if isinstance(record, Owner):
            return attrs.evolve(self, owner=record)
        if isinstance(record, Wellbeing):
            return attrs.evolve(self, wellbeing=record)
        name = _collection_of(record)
        records: tuple[_HasId, ...] = getattr(self, name)
        for i, old in enumerate(records):
            if old.id == record.id:
                return _replace(self, name, (*records[:i], record, *records[i + 1 :]))
        return _replace(self, name, (*records, record))

    def without(self, kind: type[PlanRecord], record_id: str) -> CareerPlan:
        """A copy without the record of type ``kind`` with id ``record_id``.

        A record that others link to (a goal that is another's parent, a contact a mentor
        points to, ...) cannot be removed: :class:`~careerkit.PlanValidationError` names each
        record that links to it. A missing record raises ``KeyError``.

        >>> plan = CareerPlan(goals=(Goal("g1", "Ship v2"), Goal("g2", "Write the RFC", parent="g1")))
        >>> [g.id for g in plan.without(Goal, "g2").goals]
        ['g1']
        >>> plan.without(Goal, "g1")
        Traceback (most recent call last):
        ...
        careerkit.PlanValidationError: 1 problem in the plan:
        - cannot remove goal 'g1': goal 'g2' links it as its parent goal @ $.goals[1].parent
        """
        name = _COLLECTION_OF.get(kind)
        if name is None:
            raise ArgumentTypeError(f"kind must be one of {_KIND_NAMES}, got {kind!r}")
        records: tuple[_HasId, ...] = getattr(self, name)
        i = next((k for k, old in enumerate(records) if old.id == record_id), None)
        if i is None:
            raise KeyError(f"no {_KINDS[name]} with id {record_id!r}")
        own = f"$.{name}[{i}]"
        blocking = [
            f"cannot remove {_KINDS[name]} {record_id!r}: {link.owner} links it as its "
            f"{link.target} @ {link.path}"
            for link in _links(self)
            if link.collection == name
            and link.ref_id == record_id
            and not link.path.startswith((own + ".", own + "["))
        ]
        if blocking:
            raise PlanValidationError(blocking)
        return _replace(self, name, (*records[:i], *records[i + 1 :]))


#: What :meth:`CareerPlan.with_record` accepts.
PlanRecord = (
    Value
    | Goal
    | Skill
    | LearningActivity
    | Contact
    | Mentor
    | Challenge
    | Reflection
    | Position
    | Owner
    | Wellbeing
)

_COLLECTION_OF: dict[type, str] = {
    Value: "values",
    Goal: "goals",
    Skill: "skills",
    LearningActivity: "learning",
    Contact: "contacts",
    Mentor: "mentors",
    Challenge: "challenges",
    Reflection: "reflections",
    Position: "positions",
}
_KIND_NAMES = ", ".join(kind.__name__ for kind in _COLLECTION_OF)


def _replace(plan: CareerPlan, name: str, records: tuple[Any, ...]) -> CareerPlan:
    changes: dict[str, Any] = {name: records}
    return attrs.evolve(plan, **changes)


def _collection_of(record: object) -> str:
    name = _COLLECTION_OF.get(type(record))
    if name is None:
        raise ArgumentTypeError(
            f"record must be one of {_KIND_NAMES}, Owner or Wellbeing, got {type(record).__name__}"
        )
    return name


_COLLECTIONS = (
    "values",
    "goals",
    "skills",
    "learning",
    "contacts",
    "mentors",
    "challenges",
    "reflections",
    "positions",
)


def _find(records: Sequence[_R], record_id: str, kind: str) -> _R:
    for record in records:
        if record.id == record_id:
            return record
    raise KeyError(f"no {kind} with id {record_id!r}")


#: Each collection of records with ids, and what one of its records is called in messages.
_KINDS = {
    "values": "value",
    "goals": "goal",
    "skills": "skill",
    "learning": "learning activity",
    "contacts": "contact",
    "mentors": "mentor",
    "challenges": "challenge",
    "reflections": "reflection",
    "positions": "position",
}


def _index(records: Sequence[_HasId], path: str, kind: str, problems: list[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for i, record in enumerate(records):
        if record.id in seen:
            problems.append(
                f"duplicate {kind} id {record.id!r} (first at {path}[{seen[record.id]}])"
                f" @ {path}[{i}].id"
            )
        else:
            seen[record.id] = i
    return seen


class _Link(NamedTuple):
    """A reference from one record to another by id."""

    owner: str  # "goal 'g1'"
    target: str  # the kind of record pointed at: "parent goal"
    collection: str  # the plan collection it must be in: "goals"
    ref_id: str
    path: str

    def unknown(self) -> str:
        return f"{self.owner} links unknown {self.target} {self.ref_id!r} @ {self.path}"


def _links(plan: CareerPlan) -> Iterator[_Link]:
    """Every reference between the records of ``plan``, in document order."""
    yield from _goal_links(plan)
    yield from _other_links(plan)


def _goal_links(plan: CareerPlan) -> Iterator[_Link]:
    for i, g in enumerate(plan.goals):
        who = f"goal {g.id!r}"
        for j, v in enumerate(g.values):
            yield _Link(who, "value", "values", v, f"$.goals[{i}].values[{j}]")
        for j, st in enumerate(g.skills):
            yield _Link(who, "skill", "skills", st.skill, f"$.goals[{i}].skills[{j}].skill")
        if g.parent is not None:
            yield _Link(who, "parent goal", "goals", g.parent, f"$.goals[{i}].parent")


def _other_links(plan: CareerPlan) -> Iterator[_Link]:
    for i, a in enumerate(plan.learning):
        who = f"learning activity {a.id!r}"
        for j, s in enumerate(a.skills):
            yield _Link(who, "skill", "skills", s, f"$.learning[{i}].skills[{j}]")
    for i, m in enumerate(plan.mentors):
        if m.contact is not None:
            path = f"$.mentors[{i}].contact"
            yield _Link(f"mentor {m.id!r}", "contact", "contacts", m.contact, path)
    for i, c in enumerate(plan.challenges):
        who = f"challenge {c.id!r}"
        for j, s in enumerate(c.skills):
            yield _Link(who, "skill", "skills", s, f"$.challenges[{i}].skills[{j}]")
        if c.sponsor is not None:
            yield _Link(who, "sponsor", "mentors", c.sponsor, f"$.challenges[{i}].sponsor")
    for i, r in enumerate(plan.reflections):
        for j, assessment in enumerate(r.assessments):
            path = f"$.reflections[{i}].assessments[{j}].goal"
            yield _Link(f"reflection {r.id!r}", "goal", "goals", assessment.goal, path)


def plan_problems(plan: CareerPlan) -> list[str]:
    """Every integrity problem of ``plan`` (unique ids, references, parent cycles).

    Linear in the size of the plan: ids are looked up in dictionaries and each goal's parent
    chain is walked once.
    """
    problems: list[str] = []
    known = {
        name: _index(getattr(plan, name), f"$.{name}", kind, problems)
        for name, kind in _KINDS.items()
    }
    for link in _goal_links(plan):
        if link.ref_id not in known[link.collection]:
            problems.append(link.unknown())
    if any(g.parent is not None for g in plan.goals):
        problems.extend(_parent_cycles(plan.goals, known["goals"]))
    for link in _other_links(plan):
        if link.ref_id not in known[link.collection]:
            problems.append(link.unknown())
    return problems


def _parent_cycles(goals: Sequence[Goal], index: dict[str, int]) -> Iterator[str]:
    """A message for each cycle of parent links, walking every goal's chain only once."""
    done: set[str] = set()
    for goal in goals:
        if goal.id in done:
            continue
        path: list[str] = []
        on_path: dict[str, int] = {}
        current: str | None = goal.id
        while current is not None and current not in done:
            if current in on_path:
                cycle = path[on_path[current] :]
                chain = " -> ".join(repr(c) for c in [*cycle, current])
                # Point at a goal in the cycle, not at one that merely leads into it.
                yield f"goal parents form a cycle ({chain}) @ $.goals[{index[cycle[0]]}].parent"
                break
            on_path[current] = len(path)
            path.append(current)
            parent = goals[index[current]].parent
            current = parent if parent in index else None
        done.update(path)


_ACCEPTED = "a CareerPlan, a Wellbeing or an iterable of WeekLog"


def as_wellbeing(given: object, argument: str) -> Wellbeing:
    """The well-being records of a plan, a ``Wellbeing`` or an iterable of ``WeekLog``.

    Engines and plots accept all three; anything else raises a :class:`PolicyError` naming
    ``argument``.
    """
    if isinstance(given, CareerPlan):
        return given.wellbeing
    if isinstance(given, Wellbeing):
        return given
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Iterable):
        raise PolicyError(f"{argument} must be {_ACCEPTED}, got {type(given).__name__}")
    weeks = tuple(given)
    for i, week in enumerate(weeks):
        if not isinstance(week, WeekLog):
            raise PolicyError(
                f"{argument} must be {_ACCEPTED}; item {i} is a {type(week).__name__}"
            )
    return Wellbeing(weeks=weeks)
