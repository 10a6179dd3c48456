"""The entry points: evaluate_smart and evaluate_many."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Final

from careerkit._args import (
    EARLIEST_AS_OF,
    LATEST_AS_OF,
    as_of_date,
    instance_of,
    policy_or_default,
)
from careerkit._errors import ArgumentTypeError
from careerkit._model.goals import Goal
from careerkit._model.plan import CareerPlan
from careerkit._smart.judge import PlanLoad, _judge
from careerkit._smart.policy import _DEFAULT_POLICY, SmartPolicy
from careerkit._smart.report import SmartReport
from careerkit._smart.text import Issue, analyze_text
from careerkit._smart.text.action import ClauseRules
from careerkit._smart.text.tokens import TOKEN


def evaluate_smart(
    goal: Goal | str,
    *,
    as_of: _dt.date | str | None = None,
    policy: SmartPolicy | None = None,
    plan: CareerPlan | None = None,
) -> SmartReport:
    """Judge ``goal`` (a :class:`~careerkit.Goal` or a line of text) against SMART.

    ``as_of`` resolves relative dates ("next month"); without it the goal's ``created`` date is
    used, else today's date. ``plan`` is only needed to weigh the goal's ``effort_hours``
    against all active goals of that plan.

    >>> from datetime import date
    >>> report = evaluate_smart("Give two talks at team meetups by June 30, 2027",
    ...                         as_of=date(2026, 11, 25))
    >>> report.criteria["T"].met, report.deadline
    (True, datetime.date(2027, 6, 30))
    >>> [q.value for q in report.quantities]
    [2.0]
    """
    pol = policy_or_default(policy, SmartPolicy, _DEFAULT_POLICY)
    load = _plan_load(plan)
    return _evaluate(goal, as_of, pol, load, _Today(as_of), _clause_rules(pol))


def evaluate_many(
    goals: Iterable[Goal | str],
    *,
    as_of: _dt.date | str | None = None,
    policy: SmartPolicy | None = None,
    plan: CareerPlan | None = None,
) -> Iterator[SmartReport]:
    """Judge many goals lazily, one report per goal, in order (for large batches).

    The arguments are checked at once; today's date, when ``as_of`` is left out, is read once
    for the whole batch, and a plan's total effort is summed once.

    >>> from datetime import date
    >>> reports = evaluate_many(["Network more.", "Read 12 books in 2027"],
    ...                         as_of=date(2026, 11, 25))
    >>> [r.is_smart for r in reports]
    [False, True]
    """
    pol = policy_or_default(policy, SmartPolicy, _DEFAULT_POLICY)
    load = _plan_load(plan)
    today = _Today(as_of)
    rules = _clause_rules(pol)
    # The arguments are checked now; the goals are read one at a time as reports are taken.
    return (_evaluate(goal, as_of, pol, load, today, rules) for goal in goals)


def _clause_rules(policy: SmartPolicy) -> tuple[ClauseRules, ClauseRules]:
    """The policy's reading rules for a goal without a metric and for one with a metric,
    made once per call or batch rather than once per goal."""
    rules = ClauseRules(
        policy.frequency_is_measure,
        policy.completion_is_measure,
        policy.change_with_scope_is_specific,
        policy.learning_alone_is_specific,
    )
    return rules, rules._replace(has_metric=True)


def _plan_load(plan: object) -> PlanLoad | None:
    """The effort of a plan's active goals, summed once per call (not once per goal)."""
    if plan is None:
        return None
    plan = instance_of(plan, CareerPlan, "plan")
    by_id: dict[str, float] = {}
    for g in plan.active_goals:
        if g.effort_hours:
            by_id[g.id] = by_id.get(g.id, 0.0) + g.effort_hours
    return PlanLoad(sum(by_id.values()), by_id)


class _Today:
    """The day to judge on: ``as_of`` checked, or today's date read once per call or batch."""

    __slots__ = ("day",)

    def __init__(self, as_of: object) -> None:
        self.day = None if as_of is None else as_of_date(as_of)

    def get(self) -> _dt.date:
        if self.day is None:
            self.day = as_of_date(None)
        return self.day


def _evaluate(
    goal: object,
    as_of: object,  # only whether it was given: its day is `today`, checked
    policy: SmartPolicy,
    load: PlanLoad | None,
    today: _Today,
    rules: tuple[ClauseRules, ClauseRules],
) -> SmartReport:
    if isinstance(goal, str):
        text = goal
        structured: Goal | None = None
        day = today.get()
    elif isinstance(goal, Goal):
        structured = goal
        text = goal.title if not goal.description.strip() else f"{goal.title}\n{goal.description}"
        if as_of is None and goal.created is not None:
            # A goal is judged on the day it was written unless told otherwise; a record may
            # hold any date, so keep it inside the range every later computation can hold.
            day = min(max(goal.created, EARLIEST_AS_OF), LATEST_AS_OF)
        else:
            day = today.get()
    else:
        raise ArgumentTypeError(
            f"goal must be a careerkit.Goal or a str, got {type(goal).__name__}"
        )
    limit = policy.max_text_chars
    read = _readable(text, limit)
    facts = analyze_text(
        read,
        day,
        fy_start=policy.fiscal_year_start_month,
        date_order=policy.date_order,
        vague_terms=policy.vague_terms,
        max_issues=policy.max_findings_per_code,
        rules=rules[1] if structured is not None and structured.metric is not None else rules[0],
    )
    if read is not text:
        facts = facts._replace(
            text=text,
            issues=(*facts.issues, Issue("S009", (len(read), len(text)), (f"{len(read):,}",))),
        )
    return _judge(facts, structured, day, policy, load)


#: However long a text, the analysis reads at most this many words and marks: no goal is that
#: long, and it keeps the cost of any text to a fraction of a second.
MAX_TOKENS: Final = 20_000


def _readable(text: str, limit: int | None) -> str:
    """The part of ``text`` that is read: up to ``limit`` characters and MAX_TOKENS tokens."""
    read = text  # most texts are short: returned as they are, the same object
    if limit is not None and len(text) > limit:
        cut = text.rfind(" ", 0, limit + 1)
        read = text[: cut if cut > 0 else limit]
    if len(read) > MAX_TOKENS:  # a token is at least one character
        beyond = next(islice(TOKEN.finditer(read), MAX_TOKENS, None), None)
        if beyond is not None:
            read = read[: beyond.start()].rstrip()
    return read
