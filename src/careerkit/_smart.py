"""The SMART evaluator: is a goal specific, measurable, achievable, relevant and time-bound?

Works on a line of free text (what HR tools hold) and on a structured :class:`~careerkit.Goal`
(metric, deadline, check-ins, links to values and skills), and explains every verdict with
findings that carry a stable code, a concrete hint and, for text, the span to highlight.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple

import attrs

from careerkit._errors import PolicyError
from careerkit._model.goals import Goal
from careerkit._model.plan import CareerPlan
from careerkit._progress import progress, rate_texts
from careerkit._smart_text import Issue, QuantityFact, TextFacts, analyze_text

__all__ = [
    "FINDING_CODES",
    "CodeInfo",
    "CriterionResult",
    "Finding",
    "Quantity",
    "SmartPolicy",
    "SmartReport",
    "evaluate_many",
    "evaluate_smart",
]

Criterion = Literal["S", "M", "A", "R", "T"]
Status = Literal["met", "not_met", "unknown"]
Severity = Literal["error", "warning", "info"]
QuantityKind = Literal[
    "count", "percent", "money", "duration", "frequency", "multiplier", "change", "level", "clock"
]
CRITERIA: Final[tuple[Criterion, ...]] = ("S", "M", "A", "R", "T")


class CodeInfo(NamedTuple):
    """A finding code's fixed parts: criterion, severity, title and message/hint templates."""

    criterion: Criterion
    severity: Severity
    title: str
    message: str
    hint: str


#: Every finding code. Codes are never reused; a retired code stays here, marked retired.
FINDING_CODES: Final[Mapping[str, CodeInfo]] = MappingProxyType(
    {
        "S001": CodeInfo(
            "S", "error", "vague verb",
            "'{0}' names a direction, not a concrete action",
            "say what you will do and how much: e.g. 'give 2 talks at team meetups' "
            "instead of 'improve my speaking'",
        ),
        "S002": CodeInfo(
            "S", "error", "comparative without a figure",
            "'{0}' compares with nothing concrete",
            "replace '{0}' with a figure: e.g. 'read 12 books' instead of 'read more books'",
        ),
        "S003": CodeInfo(
            "S", "error", "general object",
            "'{0}' does not say which one or how many",
            "name it: e.g. 'attend PyCon US 2027' instead of 'attend a conference'",
        ),
        "S004": CodeInfo(
            "S", "error", "learning without an outcome",
            "'{0}' says what to learn, not what you will do with it",
            "add what you will show and by when: e.g. 'learn Python by automating 3 weekly "
            "reports by June'",
        ),
        "S005": CodeInfo(
            "S", "error", "no action",
            "no concrete action found",
            "start with a verb and what it acts on: e.g. 'Earn the AWS Solutions Architect "
            "certification'",
        ),
        "S006": CodeInfo(
            "S", "error", "promotion without a role",
            "'{0}' does not name the role",
            "name the role and the cycle: e.g. 'be promoted to Senior Engineer in the April "
            "review cycle'",
        ),
        "S007": CodeInfo(
            "S", "error", "vague term (policy)",
            "'{0}' is on this organization's list of vague terms",
            "replace '{0}' with the concrete action it stands for",
        ),
        "S008": CodeInfo(
            "S", "warning", "hedged commitment",
            "'{0}' hedges the commitment",
            "drop '{0}' and state what you will do",
        ),
        "S009": CodeInfo(
            "S", "info", "text too long",
            "only the first {0} characters were read",
            "keep a goal to a sentence or two; put details in the description",
        ),
        "M001": CodeInfo(
            "M", "error", "nothing to measure",
            "no number, count, frequency or verifiable result",
            "add how many or a result you can check: e.g. {example}",
        ),
        "M002": CodeInfo(
            "M", "error", "feeling or state as a measure",
            "'{0}' is a feeling or a state, not a measure",
            "name what would show it: e.g. 'hold a 15-minute conversation in Spanish' "
            "instead of 'speak fluently'",
        ),
        "M003": CodeInfo(
            "M", "error", "amount without a number",
            "'{0}' is an amount without a number",
            "replace '{0}' with a number: e.g. 'attend 3 meetups'",
        ),
        "M004": CodeInfo(
            "M", "info", "text and metric disagree",
            "the text says {0} but the metric's target is {1}; the metric wins",
            "make the text and the metric say the same",
        ),
        "A001": CodeInfo(
            "A", "error", "absolute",
            "'{0}' is an absolute no one can reach",
            "set a bar you can clear: e.g. 'at most 1 typo per report' instead of 'never make "
            "a mistake'",
        ),
        "A002": CodeInfo(
            "A", "error", "growth out of reach",
            "'{0}' in {1} is far beyond a realistic pace",
            "scale the change to the window: e.g. 'grow sales 10% this quarter'",
        ),
        "A003": CodeInfo(
            "A", "error", "role out of reach",
            "'{0}' within {1} skips every step on the way",
            "set the next step towards it: e.g. 'lead one cross-team initiative this quarter'",
        ),
        "A004": CodeInfo(
            "A", "error", "volume out of reach",
            "'{0}' in {1} is more than one person can do",
            "lower the count or lengthen the window",
        ),
        "A005": CodeInfo(
            "A", "error", "mastery too fast",
            "'{0}' within {1} is not reachable from where the goal starts",
            "set a level you can reach in the time: e.g. 'reach CEFR A2 in Spanish in 6 months'",
        ),
        "A006": CodeInfo(
            "A", "error", "behind the pace",
            "needs {0} but the recent pace is {1}",
            "move the deadline to about {2} or lower the target",
        ),
        "A007": CodeInfo(
            "A", "error", "more hours than available",
            "active goals need {0} hours a week, {1} are available",
            "pause or drop a goal, or lower its effort_hours",
        ),
        "A008": CodeInfo(
            "A", "info", "not enough to judge",
            "the goal does not say enough to judge whether it is achievable",
            "record check-ins (pace) or effort_hours (load) so it can be checked",
        ),
        "R001": CodeInfo(
            "R", "info", "no reason stated",
            "the goal does not say why it matters",
            "add why: e.g. '... so that I can move into a team lead role', or link it to a "
            "value, a skill or a parent goal",
        ),
        "T001": CodeInfo(
            "T", "error", "no time frame",
            "no date, window or cadence",
            "add a date: e.g. 'by {date}'",
        ),
        "T002": CodeInfo(
            "T", "error", "vague time",
            "'{0}' is not a deadline",
            "replace '{0}' with a date: e.g. 'by {date}'",
        ),
        "T003": CodeInfo(
            "T", "warning", "deadline passed",
            "the deadline {0} is already past on {1}",
            "set a new date, or mark the goal done or dropped",
        ),
        "T004": CodeInfo(
            "T", "warning", "deadline beyond the horizon",
            "the deadline {0} is more than {1} years away",
            "add a nearer milestone: e.g. a first result by {date}",
        ),
        "T005": CodeInfo(
            "T", "info", "cadence without an end",
            "'{0}' repeats with no end date or review point",
            "add a review point: e.g. '... for the next 12 weeks'",
        ),
        "T006": CodeInfo(
            "T", "info", "text and deadline disagree",
            "the text says {0} but the deadline field says {1}; the field wins",
            "make the text and the deadline say the same",
        ),
        "T007": CodeInfo(
            "T", "error", "start without an end",
            "'{0}' says when to start, not when it is done",
            "add an end: e.g. '... for 8 weeks' or 'by {date}'",
        ),
        "T008": CodeInfo(
            "T", "info", "deadline tied to an event",
            "'{0}' ties the deadline to an event without a date",
            "add the event's date: e.g. '... before my review on {date}'",
        ),
    }
)  # fmt: skip

_SEVERITY_ORDER = MappingProxyType({"error": 0, "warning": 1, "info": 2})


def _frozen_codes(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise PolicyError("disabled_codes must be a collection of codes, not one string")
    codes = frozenset(value)
    unknown = sorted(codes - FINDING_CODES.keys())
    if unknown:
        raise PolicyError(f"unknown finding code(s) in disabled_codes: {', '.join(unknown)}")
    return codes


def _frozen_terms(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise PolicyError("vague_terms must be a collection of words, not one string")
    return frozenset(" ".join(str(t).lower().split()) for t in value if str(t).strip())


def _positive(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise PolicyError(f"{attribute.name} must be a positive number, got {value!r}")


def _positive_or_none(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _positive(inst, attribute, value)


def _month(_inst: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise PolicyError(f"fiscal_year_start_month must be 1..12, got {value!r}")


def _order(_inst: object, _attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in ("mdy", "dmy"):
        raise PolicyError(f"date_order must be 'mdy' or 'dmy', got {value!r}")


@attrs.frozen
class SmartPolicy:
    """How strictly goals are judged; pass one per call (nothing is global).

    - ``horizon_years``: a deadline further away than this gets a warning (T004).
    - ``vague_terms``: extra words or phrases your organization treats as vague (S007).
    - ``disabled_codes``: finding codes to leave out; a criterion whose only errors are
      disabled becomes ``"unknown"`` rather than ``"not_met"``.
    - ``available_hours_per_week``: hours a week for goal work, against which the
      ``effort_hours`` of all active goals are summed (A007).
    - ``max_speedup``: with check-ins, a goal is achievable while the rate it needs is at most
      this many times the rate observed so far (A006).
    - ``fiscal_year_start_month``: 1 for calendar fiscal years; e.g. 10 for October. A fiscal
      year is named by the calendar year it ends in (FY2027 from October: 2026-10-01..2027-09-30).
    - ``date_order``: how to read ambiguous numeric dates such as 05/06/2027.
    - ``max_findings_per_code``: at most this many findings of one code (the first ones).
    - ``max_text_chars``: longer texts are read only up to this many characters (at a word
      boundary), with an S009 finding; ``None`` reads everything (the reading stays linear).

    >>> SmartPolicy(horizon_years=3, disabled_codes={"R001"})
    SmartPolicy(horizon_years=3, vague_terms=frozenset(), disabled_codes=frozenset({'R001'}), ...)
    """

    horizon_years: float = attrs.field(default=5.0, validator=_positive)
    vague_terms: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen_terms)
    disabled_codes: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen_codes)
    available_hours_per_week: float = attrs.field(default=10.0, validator=_positive)
    max_speedup: float = attrs.field(default=1.5, validator=_positive)
    fiscal_year_start_month: int = attrs.field(default=1, validator=_month)
    date_order: Literal["mdy", "dmy"] = attrs.field(default="mdy", validator=_order)
    max_findings_per_code: int = attrs.field(default=5, validator=_positive)
    max_text_chars: int | None = attrs.field(default=10_000, validator=_positive_or_none)


_DEFAULT_POLICY: Final = SmartPolicy()


@attrs.frozen
class Finding:
    """One thing the evaluator noticed, like a linter message.

    ``span`` is the ``(start, end)`` character range in :attr:`SmartReport.text` to highlight,
    or ``None`` for findings about the structured fields.
    """

    code: str
    criterion: Criterion
    severity: Severity
    message: str
    hint: str
    span: tuple[int, int] | None = None

    def __str__(self) -> str:
        where = f"{self.span[0]}-{self.span[1]} " if self.span else ""
        return f"{where}{self.code} {self.severity}: {self.message} (hint: {self.hint})"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "code": self.code,
            "criterion": self.criterion,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
            "span": list(self.span) if self.span else None,
        }


@attrs.frozen
class Quantity:
    """A figure found in the goal text: "two talks", "80-90 percent", "from 3 days to 1 day".

    ``kind`` is one of count, percent, money, duration, frequency, multiplier, change, level,
    clock. A range keeps its upper end in ``high``; a before/after change keeps the
    starting figure in ``baseline`` (``value`` is the target).
    """

    value: float
    unit: str
    kind: QuantityKind
    text: str
    span: tuple[int, int]
    high: float | None = None
    baseline: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "value": self.value,
            "unit": self.unit,
            "kind": self.kind,
            "text": self.text,
            "span": list(self.span),
            "high": self.high,
            "baseline": self.baseline,
        }


@attrs.frozen
class CriterionResult:
    """The verdict on one criterion: ``"met"``, ``"not_met"`` or ``"unknown"``."""

    criterion: Criterion
    status: Status
    score: float
    findings: tuple[Finding, ...] = ()

    @property
    def met(self) -> bool:
        """Whether the status is ``"met"``."""
        return self.status == "met"

    def __repr__(self) -> str:
        codes = ", ".join(f.code for f in self.findings)
        return (
            f"CriterionResult({self.criterion}: {self.status}{' [' + codes + ']' if codes else ''})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "criterion": self.criterion,
            "status": self.status,
            "met": self.met,
            "score": self.score,
            "findings": [f.to_dict() for f in self.findings],
        }


def _read_only(criteria: Mapping[str, CriterionResult]) -> Mapping[str, CriterionResult]:
    return criteria if isinstance(criteria, MappingProxyType) else MappingProxyType(dict(criteria))


@attrs.frozen(repr=False)
class SmartReport:
    """The SMART verdict on one goal and what was read from it.

    ``criteria`` maps "S", "M", "A", "R", "T" to a :class:`CriterionResult`. ``is_smart`` holds
    when no criterion is not met and S, M and T are met. ``score`` is 0..100: met counts 1
    (0.8 with a warning), unknown 0.5, not met 0, averaged over the five criteria.
    """

    goal: str
    text: str
    as_of: _dt.date
    criteria: Mapping[str, CriterionResult] = attrs.field(converter=_read_only, hash=False)
    is_smart: bool
    score: int
    findings: tuple[Finding, ...]
    deadline: _dt.date | None
    start: _dt.date | None
    quantities: tuple[Quantity, ...]
    deliverable: str | None
    rationale: str | None
    cadence: str | None

    def __reduce__(self) -> tuple[type[SmartReport], tuple[Any, ...]]:
        # A read-only mapping does not pickle; hand over a plain dict, made read-only again.
        values = attrs.astuple(self, recurse=False)
        names = [f.name for f in attrs.fields(SmartReport)]
        criteria = names.index("criteria")
        return (SmartReport, (*values[:criteria], dict(self.criteria), *values[criteria + 1 :]))

    def _repr_html_(self) -> str:
        # Rendering lives at the edge; deferred import keeps it out of this engine module.
        from careerkit._render import smart_html

        return smart_html(self)

    def __repr__(self) -> str:
        verdicts = " ".join(f"{c}={r.status}" for c, r in self.criteria.items())
        dl = self.deadline.isoformat() if self.deadline else None
        return (
            f"SmartReport(score={self.score}, is_smart={self.is_smart}, {verdicts}, "
            f"deadline={dl}, findings={len(self.findings)})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates as ISO strings)."""
        return {
            "goal": self.goal,
            "text": self.text,
            "as_of": self.as_of.isoformat(),
            "is_smart": self.is_smart,
            "score": self.score,
            "criteria": {c: r.to_dict() for c, r in self.criteria.items()},
            "findings": [f.to_dict() for f in self.findings],
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "start": self.start.isoformat() if self.start else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "deliverable": self.deliverable,
            "rationale": self.rationale,
            "cadence": self.cadence,
        }


# --- the API -------------------------------------------------------------------------------


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


# --- verdicts ------------------------------------------------------------------------------


class _Builder:
    """Collects findings per criterion, formatting messages from the registry."""

    __slots__ = ("_example_date", "as_of", "by", "disabled", "errors", "silenced")

    def __init__(self, policy: SmartPolicy, as_of: _dt.date) -> None:
        self.disabled = policy.disabled_codes
        self.as_of = as_of
        self.by: dict[str, list[Finding]] = {"S": [], "M": [], "A": [], "R": [], "T": []}
        self.errors: set[str] = set()  # criteria with an error finding
        self.silenced: set[str] = set()  # criteria with an error the policy disabled
        self._example_date = ""

    @property
    def example_date(self) -> str:
        """A date for hints: the end of the month six months after as_of."""
        if not self._example_date:
            y, m = divmod(self.as_of.month - 1 + 7, 12)
            first = _dt.date(self.as_of.year + y, m + 1, 1)
            self._example_date = (first - _dt.timedelta(days=1)).isoformat()
        return self._example_date

    def add(
        self,
        code: str,
        span: tuple[int, int] | None,
        words: tuple[str, ...] = (),
        **extra: str,
    ) -> None:
        info = FINDING_CODES[code]
        if code in self.disabled:
            if info.severity == "error":
                self.silenced.add(info.criterion)
            return
        if span is None and not words and not extra and code in _STATIC:
            finding = _STATIC[code]
        else:
            args = (*words, "", "", "")
            date = self.example_date if "{date}" in info.hint else ""
            finding = Finding(
                code,
                info.criterion,
                info.severity,
                info.message.format(*args, date=date, **extra),
                info.hint.format(*args, date=date, **extra),
                span,
            )
        self.by[info.criterion].append(finding)
        if info.severity == "error":
            self.errors.add(info.criterion)

    def has_error(self, criterion: str) -> bool:
        return criterion in self.errors


# Findings whose text never changes are built once.
_STATIC: Final[Mapping[str, Finding]] = MappingProxyType(
    {
        code: Finding(code, info.criterion, info.severity, info.message, info.hint)
        for code, info in FINDING_CODES.items()
        if "{" not in info.message + info.hint
    }
)


# Text findings that no longer apply once the criterion is met another way.
_S_RESOLVED: Final = frozenset({"S001", "S002", "S003", "S004", "S005", "S006"})
_T_RESOLVED: Final = frozenset({"T001", "T002", "T007"})


def _judge(
    facts: TextFacts,
    goal: Goal | None,
    as_of: _dt.date,
    policy: SmartPolicy,
    plan: CareerPlan | None,
) -> SmartReport:
    b = _Builder(policy, as_of)
    text_issues: dict[str, list[Issue]] = {c: [] for c in CRITERIA}
    for issue in facts.issues:
        text_issues[issue.code[0]].append(issue)

    def emit(criterion: str, skip: frozenset[str] = frozenset()) -> None:
        for issue in text_issues[criterion]:
            if issue.code in skip:
                continue
            if issue.code == "M001":
                b.add("M001", issue.span, example=_example(*issue.words))
            else:
                b.add(issue.code, issue.span, issue.words)

    status: dict[str, Status] = {}
    metric = goal.metric if goal is not None else None

    # S: the text decides; a metric supplies the figure a vague verb lacked.
    if facts.s_met or (
        metric is not None
        and facts.verb_class in ("vague", "change")
        and not any(i.code in ("S003", "S007") for i in text_issues["S"])
    ):
        emit("S", _S_RESOLVED)
        status["S"] = "met" if not b.has_error("S") else "not_met"
    else:
        emit("S")
        status["S"] = "not_met" if b.has_error("S") else "unknown"

    # M: a metric with a target wins over the text.
    if metric is not None:
        counts = [q.value for q in facts.quantities if q.kind in ("count", "percent", "change")]
        if counts and metric.target not in counts:
            b.add("M004", None, (_num(counts[0]), _num(metric.target)))
        status["M"] = "met"
    elif facts.m_met:
        status["M"] = "met"
    else:
        emit("M")
        status["M"] = "not_met" if b.has_error("M") else "unknown"

    # T: a structured deadline wins over the text.
    deadline = facts.deadline
    deadline_span = facts.deadline_span
    start = facts.start
    if goal is not None and goal.deadline is not None:
        if facts.deadline is not None and facts.deadline != goal.deadline:
            b.add(
                "T006", facts.deadline_span, (facts.deadline.isoformat(), goal.deadline.isoformat())
            )
        deadline = goal.deadline
        deadline_span = None
        time_bound = True
    else:
        time_bound = facts.time_bound
        has_milestone_dates = goal is not None and any(m.due for m in goal.milestones)
        if not time_bound and has_milestone_dates:
            time_bound = True
        if time_bound:
            skip = _T_RESOLVED
            if has_milestone_dates:
                skip |= {"T005", "T008"}
            emit("T", skip)
        else:
            emit("T")
    if goal is not None and goal.start is not None:
        start = goal.start
    if deadline is not None:
        if deadline < as_of and (goal is None or goal.status not in ("done", "dropped")):
            b.add("T003", deadline_span, (deadline.isoformat(), as_of.isoformat()))
        years = (deadline - as_of).days / 365.25
        if years > policy.horizon_years:
            b.add("T004", deadline_span, (deadline.isoformat(), f"{policy.horizon_years:g}"))
    if time_bound:
        status["T"] = "met" if not b.has_error("T") else "not_met"
    else:
        status["T"] = "not_met" if b.has_error("T") else "unknown"

    # A: absurd scope in the text is not achievable; structure may show pace and load.
    emit("A")
    a_evidence: list[bool] = []
    if goal is not None:
        pace = _pace(goal, as_of, policy, b)
        if pace is not None:
            a_evidence.append(pace)
        load = _load(goal, plan, policy, b)
        if load is not None:
            a_evidence.append(load)
    if b.has_error("A"):
        status["A"] = "not_met"
    elif a_evidence:
        status["A"] = "met" if all(a_evidence) else "not_met"
    else:
        b.add("A008", None)
        status["A"] = "unknown"

    # R: a stated reason, a career move, or links to values, skills or a parent goal.
    linked = goal is not None and bool(goal.values or goal.skills or goal.parent)
    if facts.rationale is not None or facts.career_move or linked:
        status["R"] = "met"
    else:
        b.add("R001", None)
        status["R"] = "unknown"

    # A criterion failed only by findings the policy disabled is not judged: unknown.
    for c in b.silenced - b.errors:
        if status[c] == "not_met":
            status[c] = "unknown"

    criteria: dict[str, CriterionResult] = {}
    total_score = 0.0
    for c in CRITERIA:
        items = b.by[c]
        st = status[c]
        common = None
        if not items:
            common = _COMMON.get((c, st, ""))
        elif len(items) == 1 and items[0] is _STATIC.get(items[0].code):
            common = _COMMON.get((c, st, items[0].code))
        if common is not None:
            criteria[c] = result = common
        else:
            if len(items) > 1:
                items.sort(key=_severity_rank)
            found = tuple(items)
            score = 1.0 if st == "met" else 0.5 if st == "unknown" else 0.0
            if st == "met" and any(f.severity == "warning" for f in found):
                score = 0.8
            criteria[c] = result = CriterionResult(c, st, score, found)
        total_score += result.score
    is_smart = (
        "not_met" not in status.values()
        and status["S"] == "met"
        and status["M"] == "met"
        and status["T"] == "met"
    )
    total = round(100 * total_score / len(CRITERIA))
    text = facts.text
    return SmartReport(
        goal=goal.id if goal is not None else "",
        text=text,
        as_of=as_of,
        criteria=MappingProxyType(criteria),
        is_smart=is_smart,
        score=total,
        findings=tuple(f for c in CRITERIA for f in criteria[c].findings),
        deadline=deadline,
        start=start,
        quantities=tuple(_quantity(q, text) for q in facts.quantities),
        deliverable=facts.deliverable,
        rationale=facts.rationale,
        cadence=facts.cadence,
    )


def _common_results() -> dict[tuple[str, str, str], CriterionResult]:
    out: dict[tuple[str, str, str], CriterionResult] = {}
    for c in CRITERIA:
        out[(c, "met", "")] = CriterionResult(c, "met", 1.0)
        out[(c, "unknown", "")] = CriterionResult(c, "unknown", 0.5)
    for code in ("A008", "R001"):
        finding = _STATIC[code]
        out[(finding.criterion, "unknown", code)] = CriterionResult(
            finding.criterion, "unknown", 0.5, (finding,)
        )
    return out


# Results that recur in most reports are built once (they are immutable).
_COMMON: Final[Mapping[tuple[str, str, str], CriterionResult]] = MappingProxyType(_common_results())


def _severity_rank(finding: Finding) -> int:
    return _SEVERITY_ORDER[finding.severity]


def _quantity(q: QuantityFact, text: str) -> Quantity:
    return Quantity(
        q.value,
        q.unit,
        q.kind,  # type: ignore[arg-type]  # the text engine only makes these kinds
        text[q.span[0] : q.span[1]],
        q.span,
        q.high,
        q.baseline,
    )


def _num(x: float) -> str:
    return f"{x:g}"


def _example(verb: str = "", noun: str = "") -> str:
    if verb and noun:
        return f"'{verb} 3 {noun}'"
    if verb:
        return f"'{verb} ... 3 times' or a named result"
    return "'give 2 talks' or 'pass the PMP exam'"


def _pace(goal: Goal, as_of: _dt.date, policy: SmartPolicy, b: _Builder) -> bool | None:
    """Required against observed rate, from the check-ins (None: not enough data)."""
    if goal.metric is None or len(goal.check_ins) < 2:
        return None
    p = progress(goal, as_of=as_of)
    if p.status == "done":
        return True
    if p.required_rate is None or p.observed_rate is None:
        return None
    sign = 1.0 if goal.metric.direction == "up" else -1.0
    required = p.required_rate * sign
    observed = p.observed_rate * sign
    if required <= 0 or observed * policy.max_speedup >= required:
        return True
    needed, recent = rate_texts((p.required_rate, p.observed_rate), goal.metric.unit)
    eta = (
        p.projected_finish.isoformat()
        if p.projected_finish is not None
        else "a date the current pace cannot reach"
    )
    b.add("A006", None, (needed, recent, eta))
    return False


def _load(goal: Goal, plan: CareerPlan | None, policy: SmartPolicy, b: _Builder) -> bool | None:
    """The effort of all active goals against the hours available (None: no effort given)."""
    if goal.effort_hours is None:
        return None
    total = goal.effort_hours
    if plan is not None:
        total += sum(g.effort_hours or 0.0 for g in plan.active_goals if g.id != goal.id)
    if total <= policy.available_hours_per_week:
        return True
    b.add("A007", None, (_num(total), _num(policy.available_hours_per_week)))
    return False
