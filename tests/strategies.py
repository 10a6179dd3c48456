"""Hypothesis strategies for every careerkit model class.

Each strategy builds valid objects only: ids match the id pattern, numbers stay in their ranges,
paired dates are in order and a metric's target lies on the side its direction says.
:func:`plans` adds the plan-level rules: unique ids per collection and references that resolve
(a goal's values, skills and parent without cycles, a mentor's contact, a challenge's skills and
sponsor, a learning activity's skills, a reflection's assessed goals).

Records are built the way people build them as well as the way the loader does: collections
come as lists or tuples, dates as ``date`` objects or ISO 8601 strings, choices as their string
values. The constructors convert them, so every record these strategies give holds tuples and
dates.

Sizes are kept small so that property tests stay fast.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from careerkit import (
    CareerPlan,
    Challenge,
    CheckIn,
    Contact,
    Goal,
    Interaction,
    LearningActivity,
    Mentor,
    Metric,
    Milestone,
    Owner,
    Reflection,
    Skill,
    Value,
    WeekLog,
    Wellbeing,
)
from careerkit.model import (
    Advocacy,
    Assessment,
    CbiResponse,
    Credential,
    Evidence,
    LevelRecord,
    Meeting,
    Position,
    PromptAnswer,
    SkillTarget,
    TimeOff,
    Who5Response,
)

T = TypeVar("T")

#: Integers beyond 2**53 are refused in plan files (other JSON readers cannot hold them).
SAFE_INT = 2**53

AUDIENCES = ("mentor", "manager", "hr")

# Any Unicode text except lone surrogates (which no UTF-8 file can hold).
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
# Text with one visible character at least (not a space, control or format mark).
non_empty_texts = st.builds(
    lambda before, mark, after: before + mark + after,
    texts,
    st.characters(exclude_categories=("Cs", "Zs", "Zl", "Zp", "Cc", "Cf")).filter(
        lambda c: not c.isspace()
    ),
    texts,
)
ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,11}", fullmatch=True)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
#: A date as a person may type it: a ``date`` or its ISO 8601 string.
typed_dates = dates | dates.map(date.isoformat)
optional_dates = st.none() | typed_dates
#: A week's Monday, typed either way.
mondays = dates.map(lambda d: d - timedelta(days=d.weekday()))
shared_with = st.lists(st.sampled_from(AUDIENCES), unique=True, max_size=3).flatmap(
    lambda items: st.sampled_from([items, tuple(items)])
)


def typed(value: date | None) -> st.SearchStrategy[date | str | None]:
    """``value`` as a ``date`` or as its ISO 8601 string (None stays None)."""
    if value is None:
        return st.none()
    return st.sampled_from([value, value.isoformat()])


def numbers(low: float | None = None, high: float | None = None) -> st.SearchStrategy[float]:
    """Finite numbers in ``[low, high]``, as ints and floats (a float field takes either)."""
    int_low = -SAFE_INT if low is None else int(low)
    int_high = SAFE_INT if high is None else int(high)
    return st.integers(int_low, int_high) | st.floats(
        low, high, allow_nan=False, allow_infinity=False
    )


def small_tuples(
    elements: st.SearchStrategy[T], max_size: int = 3, **kwargs: Any
) -> st.SearchStrategy[tuple[T, ...]]:
    """A short list or tuple of ``elements`` (the constructors turn either into a tuple)."""
    if elements.is_empty:  # nothing to link to
        return st.just(())
    return st.lists(elements, max_size=max_size, **kwargs).flatmap(
        lambda items: st.sampled_from([items, tuple(items)])
    )


@st.composite
def date_pairs(draw: st.DrawFn, *, required: bool = False) -> tuple[date | None, date | None]:
    """Two dates in order; unless ``required``, either may be missing."""
    first, second = sorted([draw(dates), draw(dates)])
    if required:
        return first, second
    return draw(st.sampled_from([first, None])), draw(st.sampled_from([second, None]))


# --- goals ---------------------------------------------------------------------------------


@st.composite
def metrics(draw: st.DrawFn) -> Metric:
    low, high = sorted(draw(st.lists(numbers(-1e9, 1e9), min_size=2, max_size=2, unique=True)))
    direction = draw(st.sampled_from(["up", "down"]))
    baseline, target = (low, high) if direction == "up" else (high, low)
    return Metric(draw(non_empty_texts), baseline, target, unit=draw(texts), direction=direction)


check_ins = st.builds(
    CheckIn,
    date=typed_dates,
    value=numbers(),
    note=texts,
    confidence=st.none() | st.integers(0, 10),
)


@st.composite
def milestones(draw: st.DrawFn) -> Milestone:
    return Milestone(draw(non_empty_texts), due=draw(optional_dates), done_on=draw(optional_dates))


def _dated(draw: st.DrawFn, pair: tuple[date | None, date | None]) -> tuple[Any, Any]:
    return draw(typed(pair[0])), draw(typed(pair[1]))


skill_targets = st.builds(SkillTarget, skill=ids, level=st.integers(0, 5))


@st.composite
def goals(
    draw: st.DrawFn,
    *,
    goal_id: st.SearchStrategy[str] = ids,
    value_ids: Sequence[str] | None = None,
    skill_ids: Sequence[str] | None = None,
    parent_ids: Sequence[str] | None = None,
) -> Goal:
    """A goal; links come from the given ids when they are given, else are any ids."""
    gid = draw(goal_id)
    start, deadline = _dated(draw, draw(date_pairs()))
    values = ids if value_ids is None else _pick(value_ids)
    skill = ids if skill_ids is None else _pick(skill_ids)
    if parent_ids is None:
        parent = st.none() | ids.filter(lambda p: p != gid)
    else:
        parent = st.none() | _pick([p for p in parent_ids if p != gid])
    return Goal(
        gid,
        draw(non_empty_texts),
        description=draw(texts),
        created=draw(optional_dates),
        start=start,
        deadline=deadline,
        status=draw(st.sampled_from(["draft", "active", "paused", "done", "dropped"])),
        metric=draw(st.none() | metrics()),
        check_ins=draw(small_tuples(check_ins)),
        milestones=draw(small_tuples(milestones())),
        values=draw(small_tuples(values)),
        skills=draw(small_tuples(st.builds(SkillTarget, skill=skill, level=st.integers(0, 5)))),
        parent=draw(parent),
        weight=draw(numbers(0, 1000)),
        tags=draw(small_tuples(texts)),
        effort_hours=draw(st.none() | numbers(0, 168)),
        shared_with=draw(shared_with),
    )


# --- skills and learning -------------------------------------------------------------------

level_records = st.builds(LevelRecord, date=typed_dates, level=st.integers(0, 5), note=texts)
evidence = st.builds(Evidence, date=typed_dates, note=non_empty_texts, url=texts)

skills = st.builds(
    Skill,
    id=ids,
    name=non_empty_texts,
    category=st.sampled_from(["technical", "soft", "domain"]),
    level=st.integers(0, 5),
    target=st.none() | st.integers(0, 5),
    history=small_tuples(level_records),
    evidence=small_tuples(evidence),
)


@st.composite
def credentials(draw: st.DrawFn) -> Credential:
    issued, expires = _dated(draw, draw(date_pairs()))
    return Credential(issued, expires, number=draw(texts), url=draw(texts))


@st.composite
def learning_activities(
    draw: st.DrawFn, *, skill_ids: Sequence[str] | None = None
) -> LearningActivity:
    started, completed = _dated(draw, draw(date_pairs()))
    skill = ids if skill_ids is None else _pick(skill_ids)
    return LearningActivity(
        draw(ids),
        draw(
            st.sampled_from(["course", "certification", "workshop", "conference", "book", "other"])
        ),
        draw(non_empty_texts),
        provider=draw(texts),
        hours=draw(st.none() | numbers(0, 100_000)),
        cost=draw(st.none() | numbers(0, 1e9)),
        started=started,
        completed=completed,
        skills=draw(small_tuples(skill)),
        credential=draw(st.none() | credentials()),
        notes=draw(texts),
    )


# --- network -------------------------------------------------------------------------------

interactions = st.builds(
    Interaction,
    date=typed_dates,
    direction=st.sampled_from(["gave", "received", "mutual"]),
    channel=texts,
    note=texts,
    shared_with=shared_with,
)

contacts = st.builds(
    Contact,
    id=ids,
    name=non_empty_texts,
    organization=texts,
    role=texts,
    how_met=st.none()
    | st.sampled_from(
        ["conference", "professional_organization", "online_network", "colleague", "other"]
    ),
    since=optional_dates,
    cadence_days=st.none() | st.integers(1, 3660),
    interactions=small_tuples(interactions),
    tags=small_tuples(texts),
    notes=texts,
    shared_with=shared_with,
)

meetings = st.builds(Meeting, date=typed_dates, note=texts)
advocacy = st.builds(Advocacy, date=typed_dates, note=non_empty_texts)


@st.composite
def mentors(draw: st.DrawFn, *, contact_ids: Sequence[str] | None = None) -> Mentor:
    """A mentor with a contact id, a name or both (never neither)."""
    contact_choice = ids if contact_ids is None else _pick(contact_ids)
    contact = draw(st.none() | contact_choice)
    name = draw(texts if contact is not None else non_empty_texts)
    return Mentor(
        draw(ids),
        contact=contact,
        name=name,
        role=draw(st.sampled_from(["mentor", "sponsor", "both"])),
        status=draw(st.sampled_from(["prospect", "asked", "active", "ended"])),
        focus=draw(small_tuples(texts)),
        cadence_days=draw(st.none() | st.integers(1, 3660)),
        since=draw(optional_dates),
        meetings=draw(small_tuples(meetings)),
        advocacy=draw(small_tuples(advocacy)),
        notes=draw(texts),
        shared_with=draw(shared_with),
    )


# --- challenges and reflections -------------------------------------------------------------


@st.composite
def challenges(
    draw: st.DrawFn,
    *,
    skill_ids: Sequence[str] | None = None,
    sponsor_ids: Sequence[str] | None = None,
) -> Challenge:
    start, end = _dated(draw, draw(date_pairs()))
    skill = ids if skill_ids is None else _pick(skill_ids)
    sponsor = ids if sponsor_ids is None else _pick(sponsor_ids)
    return Challenge(
        draw(ids),
        draw(non_empty_texts),
        description=draw(texts),
        stretch=draw(st.integers(1, 5)),
        visibility=draw(st.sampled_from(["team", "department", "organization", "industry"])),
        skills=draw(small_tuples(skill)),
        sponsor=draw(st.none() | sponsor),
        start=start,
        end=end,
        status=draw(st.sampled_from(["planned", "active", "done", "abandoned"])),
        outcome=draw(texts),
        lessons=draw(texts),
        shared_with=draw(shared_with),
    )


prompt_answers = st.builds(PromptAnswer, prompt=non_empty_texts, answer=texts)


def assessments(goal_ids: Sequence[str] | None = None) -> st.SearchStrategy[Assessment]:
    return st.builds(
        Assessment,
        goal=ids if goal_ids is None else _pick(goal_ids),
        on_track=st.none() | st.booleans(),
        aligned=st.none() | st.booleans(),
        decision=st.none() | st.sampled_from(["keep", "adjust", "drop"]),
        note=texts,
    )


def reflections(goal_ids: Sequence[str] | None = None) -> st.SearchStrategy[Reflection]:
    return st.builds(
        Reflection,
        id=ids,
        date=typed_dates,
        prompts=small_tuples(prompt_answers),
        energy=st.none() | st.integers(1, 5),
        assessments=small_tuples(assessments(goal_ids)),
        shared_with=shared_with,
    )


# --- well-being ----------------------------------------------------------------------------

week_logs = st.builds(
    WeekLog,
    week=mondays.flatmap(typed),
    hours_worked=st.none() | numbers(0, 168),
    contracted_hours=st.none() | numbers(0, 168),
    sleep_hours=st.none() | numbers(0, 24),
    activity_minutes=st.none() | numbers(0, 10_080),
    vigorous_minutes=st.none() | numbers(0, 10_080),
    after_hours_days=st.none() | st.integers(0, 7),
    leave_days=st.none() | numbers(0, 7),
)


@st.composite
def time_off(draw: st.DrawFn) -> TimeOff:
    start, end = _dated(draw, draw(date_pairs(required=True)))
    return TimeOff(start, end, note=draw(texts))


who5_responses = st.builds(
    Who5Response,
    date=typed_dates,
    answers=st.lists(st.integers(0, 5), min_size=5, max_size=5),
)


def cbi_responses(*, unanswered: bool = True) -> st.SearchStrategy[CbiResponse]:
    """CBI answers; ``unanswered`` allows ``None`` items (which TOML cannot hold)."""
    answer = st.integers(0, 4) | st.none() if unanswered else st.integers(0, 4)
    return st.builds(
        CbiResponse,
        date=typed_dates,
        personal=small_tuples(answer, max_size=6),
        work=small_tuples(answer, max_size=7),
        client=small_tuples(answer, max_size=6),
    )


def wellbeing(*, unanswered: bool = True) -> st.SearchStrategy[Wellbeing]:
    return st.builds(
        Wellbeing,
        weeks=small_tuples(week_logs, unique_by=lambda w: w.week),
        time_off=small_tuples(time_off()),
        who5=small_tuples(who5_responses),
        cbi=small_tuples(cbi_responses(unanswered=unanswered)),
        annual_leave_days=st.none() | numbers(0, 366),
        shared_with=shared_with,
    )


# --- values, owner and the whole plan --------------------------------------------------------

values = st.builds(
    Value,
    id=ids,
    name=non_empty_texts,
    description=texts,
    kind=st.sampled_from(["value", "passion", "strength", "environment"]),
    importance=st.none() | st.integers(1, 5),
    shared_with=shared_with,
)

owners = st.builds(Owner, name=texts, role=texts, organization=texts)


def _pick(choices: Sequence[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(list(choices)) if choices else st.nothing()


def _unique(strategy: st.SearchStrategy[T], max_size: int = 3) -> st.SearchStrategy[list[T]]:
    key: Callable[[Any], str] = lambda record: record.id  # noqa: E731
    return st.lists(strategy, max_size=max_size, unique_by=key)


@st.composite
def plans(draw: st.DrawFn, *, unanswered: bool = True) -> CareerPlan:
    """A valid plan whose references all resolve and whose goal parents form no cycle.

    ``unanswered=False`` leaves out unanswered questionnaire items, which TOML cannot hold.
    """
    plan_values = draw(_unique(values))
    plan_skills = draw(_unique(skills))
    plan_contacts = draw(_unique(contacts))
    value_ids = [v.id for v in plan_values]
    skill_ids = [s.id for s in plan_skills]
    contact_ids = [c.id for c in plan_contacts]
    plan_mentors = draw(_unique(mentors(contact_ids=contact_ids)))
    mentor_ids = [m.id for m in plan_mentors]

    # Goals link only goals ranked earlier in a random order, so parents never form a cycle
    # while a parent may still come after its child in the file.
    goal_ids = draw(st.lists(ids, unique=True, max_size=4))
    rank = draw(st.permutations(range(len(goal_ids))))
    plan_goals = []
    for i, gid in enumerate(goal_ids):
        earlier = [goal_ids[j] for j in range(len(goal_ids)) if rank[j] < rank[i]]
        plan_goals.append(
            draw(
                goals(
                    goal_id=st.just(gid),
                    value_ids=value_ids,
                    skill_ids=skill_ids,
                    parent_ids=earlier,
                )
            )
        )
    return CareerPlan(
        owner=draw(owners),
        values=plan_values,
        goals=plan_goals,
        skills=plan_skills,
        learning=draw(_unique(learning_activities(skill_ids=skill_ids))),
        contacts=plan_contacts,
        mentors=plan_mentors,
        challenges=draw(_unique(challenges(skill_ids=skill_ids, sponsor_ids=mentor_ids))),
        reflections=draw(_unique(reflections(goal_ids))),
        wellbeing=draw(wellbeing(unanswered=unanswered)),
        positions=draw(_unique(positions())),
    )


#: Every model class with a strategy that builds valid instances of it.
MODELS: dict[type, st.SearchStrategy[Any]] = {
    Advocacy: advocacy,
    Assessment: assessments(),
    CareerPlan: plans(),
    CbiResponse: cbi_responses(),
    Challenge: challenges(),
    CheckIn: check_ins,
    Contact: contacts,
    Credential: credentials(),
    Evidence: evidence,
    Goal: goals(),
    Interaction: interactions,
    LearningActivity: learning_activities(),
    LevelRecord: level_records,
    Meeting: meetings,
    Mentor: mentors(),
    Metric: metrics(),
    Milestone: milestones(),
    Owner: owners,
    PromptAnswer: prompt_answers,
    Reflection: reflections(),
    Skill: skills,
    SkillTarget: skill_targets,
    TimeOff: time_off(),
    Value: values,
    WeekLog: week_logs,
    Wellbeing: wellbeing(),
    Who5Response: who5_responses,
}


# --- plans full of sentinels, for privacy tests ---------------------------------------------


#: The free-text fields of each record kind.
TEXT_FIELDS: dict[type, tuple[str, ...]] = {
    Owner: ("name", "role", "organization"),
    Value: ("name", "description"),
    Goal: ("title", "description", "tags"),
    Metric: ("name", "unit"),
    CheckIn: ("note",),
    Milestone: ("title",),
    Skill: ("name",),
    LevelRecord: ("note",),
    Evidence: ("note", "url"),
    LearningActivity: ("title", "provider", "notes"),
    Credential: ("number", "url"),
    Contact: ("name", "organization", "role", "tags", "notes"),
    Interaction: ("channel", "note"),
    Mentor: ("name", "focus", "notes"),
    Meeting: ("note",),
    Advocacy: ("note",),
    Challenge: ("title", "description", "outcome", "lessons"),
    PromptAnswer: ("prompt", "answer"),
    Assessment: ("note",),
    TimeOff: ("note",),
    Position: ("organization", "title", "location", "description", "url", "summary", "highlights"),
}

#: Fields that link to other records by id, and the plan collection each points into.
LINKS: dict[tuple[type, str], str] = {
    (Goal, "values"): "values",
    (Goal, "parent"): "goals",
    (SkillTarget, "skill"): "skills",
    (LearningActivity, "skills"): "skills",
    (Mentor, "contact"): "contacts",
    (Challenge, "skills"): "skills",
    (Challenge, "sponsor"): "mentors",
    (Assessment, "goal"): "goals",
}

#: A sentinel: letters and digits only, so no output format escapes or splits it.
SENTINEL = re.compile(r"Q\d{5}Z")


@st.composite
def positions(draw: st.DrawFn) -> Position:
    start, end = _dated(draw, draw(date_pairs()))
    return Position(
        draw(ids),
        kind=draw(st.sampled_from(["work", "volunteer"])),
        organization=draw(non_empty_texts),
        title=draw(texts),
        start=start,
        end=end,
        highlights=draw(small_tuples(texts)),
        shared_with=draw(shared_with),
    )


@st.composite
def sentinel_plans(draw: st.DrawFn) -> CareerPlan:
    """A valid plan (positions too) whose ids and free-text fields are unique sentinels.

    Every id and every text field (one sentinel per element of a text tuple) holds its own
    ``Q00001Z``-style string; links are renamed with the ids they point to. A mentor linked to
    a contact keeps an empty name half of the time, so the contact's name is what shows.
    """
    base = draw(plans(unanswered=False))
    counter = itertools.count(1)
    renamed: dict[str, dict[str, str]] = {}

    def fresh() -> str:
        return f"Q{next(counter):05d}Z"

    def new_id(collection: str, old: str) -> str:
        return renamed.setdefault(collection, {}).setdefault(old, fresh())

    def convert(record: Any, collection: str | None = None) -> Any:
        kind = type(record)
        changes: dict[str, Any] = {}
        for field in attrs.fields(kind):
            value = getattr(record, field.name)
            if field.name == "id" and collection is not None:
                changes["id"] = new_id(collection, value)
            elif (kind, field.name) in LINKS:
                target = LINKS[(kind, field.name)]
                if isinstance(value, tuple):
                    changes[field.name] = tuple(new_id(target, v) for v in value)
                elif value is not None:
                    changes[field.name] = new_id(target, value)
            elif field.name in TEXT_FIELDS.get(kind, ()):
                if isinstance(value, tuple):
                    changes[field.name] = tuple(fresh() for _ in range(max(1, len(value))))
                elif kind is Mentor and record.contact is not None and draw(st.booleans()):
                    changes[field.name] = ""
                else:
                    changes[field.name] = fresh()
            elif attrs.has(type(value)):
                changes[field.name] = convert(value)
            elif isinstance(value, tuple) and value and attrs.has(type(value[0])):
                changes[field.name] = tuple(convert(v) for v in value)
        return attrs.evolve(record, **changes)

    changes: dict[str, Any] = {}
    for field in attrs.fields(CareerPlan):
        value = getattr(base, field.name)
        if isinstance(value, tuple):
            changes[field.name] = tuple(convert(r, field.name) for r in value)
        else:
            changes[field.name] = convert(value)
    return CareerPlan(**changes)


MODELS[Position] = positions()
