"""The entry points: evaluate_smart and evaluate_many."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator

from careerkit._errors import PolicyError
from careerkit._model.goals import Goal
from careerkit._model.plan import CareerPlan
from careerkit._smart.judge import _judge
from careerkit._smart.policy import _DEFAULT_POLICY, SmartPolicy
from careerkit._smart.report import SmartReport
from careerkit._smart.text import Issue, analyze_text


def evaluate_smart(
    goal: Goal | str,
    *,
    as_of: _dt.date | None = None,
    policy: SmartPolicy | None = None,
    plan: CareerPlan | None = None,
) -> SmartReport:
    """Judge ``goal`` (a :class:`~careerkit.Goal` or a line of text) against SMART.

    ``as_of`` resolves relative dates ("next month"); without it the goal's ``created`` date is
    used, else today's date (the only clock read, here at the boundary). ``plan`` is only
    needed to weigh the goal's ``effort_hours`` against all active goals of that plan.

    >>> from datetime import date
    >>> report = evaluate_smart("Give two talks at team meetups by June 30, 2027",
    ...                         as_of=date(2026, 11, 25))
    >>> report.criteria["T"].met, report.deadline
    (True, datetime.date(2027, 6, 30))
    >>> [q.value for q in report.quantities]
    [2.0]
    """
    pol = _DEFAULT_POLICY if policy is None else _check_policy(policy)
    if plan is not None and not isinstance(plan, CareerPlan):
        raise PolicyError(f"plan must be a careerkit.CareerPlan, got {type(plan).__name__}")
    return _evaluate(goal, as_of, pol, plan, None)


def evaluate_many(
    goals: Iterable[Goal | str],
    *,
    as_of: _dt.date | None = None,
    policy: SmartPolicy | None = None,
    plan: CareerPlan | None = None,
) -> Iterator[SmartReport]:
    """Judge many goals lazily, one report per goal, in order (for large batches).

    >>> from datetime import date
    >>> reports = evaluate_many(["Network more.", "Read 12 books in 2027"],
    ...                         as_of=date(2026, 11, 25))
    >>> [r.is_smart for r in reports]
    [False, True]
    """
    pol = _DEFAULT_POLICY if policy is None else _check_policy(policy)
    if plan is not None and not isinstance(plan, CareerPlan):
        raise PolicyError(f"plan must be a careerkit.CareerPlan, got {type(plan).__name__}")
    today: list[_dt.date] = []
    for goal in goals:
        yield _evaluate(goal, as_of, pol, plan, today)


def _check_policy(policy: object) -> SmartPolicy:
    if not isinstance(policy, SmartPolicy):
        raise PolicyError(f"policy must be a SmartPolicy, got {type(policy).__name__}")
    return policy


def _today(cache: list[_dt.date] | None) -> _dt.date:
    """Today's date, read once per call (or once per batch)."""
    if cache:
        return cache[0]
    day = _dt.date.today()
    if cache is not None:
        cache.append(day)
    return day


def _evaluate(
    goal: object,
    as_of: _dt.date | None,
    policy: SmartPolicy,
    plan: CareerPlan | None,
    today: list[_dt.date] | None,
) -> SmartReport:
    if as_of is not None and (
        not isinstance(as_of, _dt.date) or isinstance(as_of, _dt.datetime)  # type: ignore[redundant-expr]  # callers may pass anything
    ):
        raise PolicyError(f"as_of must be a datetime.date, got {type(as_of).__name__}")
    if isinstance(goal, str):
        text = goal
        structured: Goal | None = None
        day = as_of or _today(today)
    elif isinstance(goal, Goal):
        structured = goal
        text = goal.title if not goal.description.strip() else f"{goal.title}\n{goal.description}"
        day = as_of or goal.created or _today(today)
    else:
        raise PolicyError(f"goal must be a careerkit.Goal or a str, got {type(goal).__name__}")
    limit = policy.max_text_chars
    read = text
    if limit is not None and len(text) > limit:
        cut = text.rfind(" ", 0, limit + 1)
        read = text[: cut if cut > 0 else limit]
    facts = analyze_text(
        read,
        day,
        fy_start=policy.fiscal_year_start_month,
        date_order=policy.date_order,
        vague_terms=policy.vague_terms,
        max_issues=policy.max_findings_per_code,
    )
    if read is not text:
        facts = facts._replace(
            text=text,
            issues=(*facts.issues, Issue("S009", (len(read), len(text)), (f"{len(read):,}",))),
        )
    return _judge(facts, structured, day, policy, plan)
