"""The career plan: everything about one person's career growth, and its integrity checks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal, Protocol, TypeVar, get_args

import attrs

from careerkit._errors import PlanValidationError, PolicyError
from careerkit._model.challenges import Challenge
from careerkit._model.fields import (
    AUDIENCES,
    Audience,
    bounded,
    each_one_of,
    identifier,
    non_empty,
    one_of,
)
from careerkit._model.goals import Goal
from careerkit._model.history import Position
from careerkit._model.network import Contact, Mentor
from careerkit._model.reflections import Reflection
from careerkit._model.skills import LearningActivity, Skill
from careerkit._model.wellbeing import WeekLog, Wellbeing

__all__ = ["SCHEMA", "CareerPlan", "Owner", "Value", "ValueKind", "as_wellbeing"]

#: The schema tag written at the top of every plan document.
SCHEMA = "careerkit/1"

ValueKind = Literal["value", "passion", "strength", "environment"]


@attrs.frozen
class Owner:
    """Whose plan it is."""

    name: str = ""
    role: str = ""
    organization: str = ""


@attrs.frozen
class Value:
    """What matters to a person: a value, a passion, a strength or a preferred environment."""

    id: str = attrs.field(validator=identifier)
    name: str = attrs.field(validator=non_empty)
    description: str = ""
    kind: ValueKind = attrs.field(default="value", validator=one_of(get_args(ValueKind)))
    importance: int | None = attrs.field(default=None, validator=bounded(1, 5))
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_R = TypeVar("_R", bound=_HasId)


@attrs.frozen(repr=False)
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

    owner: Owner = Owner()
    values: tuple[Value, ...] = ()
    goals: tuple[Goal, ...] = ()
    skills: tuple[Skill, ...] = ()
    learning: tuple[LearningActivity, ...] = ()
    contacts: tuple[Contact, ...] = ()
    mentors: tuple[Mentor, ...] = ()
    challenges: tuple[Challenge, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    wellbeing: Wellbeing = Wellbeing()
    positions: tuple[Position, ...] = ()

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


def plan_problems(plan: CareerPlan) -> list[str]:
    """Every integrity problem of ``plan`` (unique ids, references, parent cycles)."""
    problems: list[str] = []
    values = _index(plan.values, "$.values", "value", problems)
    goals = _index(plan.goals, "$.goals", "goal", problems)
    skills = _index(plan.skills, "$.skills", "skill", problems)
    _index(plan.learning, "$.learning", "learning activity", problems)
    contacts = _index(plan.contacts, "$.contacts", "contact", problems)
    mentors = _index(plan.mentors, "$.mentors", "mentor", problems)
    _index(plan.challenges, "$.challenges", "challenge", problems)
    _index(plan.reflections, "$.reflections", "reflection", problems)
    _index(plan.positions, "$.positions", "position", problems)

    def ref(owner: str, target: str, known: dict[str, int], ref_id: str, path: str) -> None:
        if ref_id not in known:
            problems.append(f"{owner} links unknown {target} {ref_id!r} @ {path}")

    for i, g in enumerate(plan.goals):
        who = f"goal {g.id!r}"
        for j, v in enumerate(g.values):
            ref(who, "value", values, v, f"$.goals[{i}].values[{j}]")
        for j, st in enumerate(g.skills):
            ref(who, "skill", skills, st.skill, f"$.goals[{i}].skills[{j}].skill")
        if g.parent is not None:
            ref(who, "parent goal", goals, g.parent, f"$.goals[{i}].parent")
    problems.extend(_parent_cycles(plan.goals, goals))
    for i, a in enumerate(plan.learning):
        for j, s in enumerate(a.skills):
            ref(f"learning activity {a.id!r}", "skill", skills, s, f"$.learning[{i}].skills[{j}]")
    for i, m in enumerate(plan.mentors):
        if m.contact is not None:
            ref(f"mentor {m.id!r}", "contact", contacts, m.contact, f"$.mentors[{i}].contact")
    for i, c in enumerate(plan.challenges):
        who = f"challenge {c.id!r}"
        for j, s in enumerate(c.skills):
            ref(who, "skill", skills, s, f"$.challenges[{i}].skills[{j}]")
        if c.sponsor is not None:
            ref(who, "sponsor", mentors, c.sponsor, f"$.challenges[{i}].sponsor")
    for i, r in enumerate(plan.reflections):
        for j, assessment in enumerate(r.assessments):
            ref(
                f"reflection {r.id!r}",
                "goal",
                goals,
                assessment.goal,
                f"$.reflections[{i}].assessments[{j}].goal",
            )
    return problems


def _parent_cycles(goals: Sequence[Goal], index: dict[str, int]) -> Iterator[str]:
    reported: set[str] = set()
    for goal in goals:
        seen = [goal.id]
        current = goal
        while current.parent is not None and current.parent in index:
            if current.parent in seen:
                cycle = seen[seen.index(current.parent) :]
                if not reported.intersection(cycle):
                    reported.update(cycle)
                    chain = " -> ".join(repr(c) for c in [*cycle, current.parent])
                    # Point at a goal in the cycle, not at one that merely leads into it.
                    at = index[cycle[0]]
                    yield f"goal parents form a cycle ({chain}) @ $.goals[{at}].parent"
                break
            seen.append(current.parent)
            current = goals[index[current.parent]]


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
