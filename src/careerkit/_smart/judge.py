"""The verdicts: one place per criterion, from the text's facts and the goal's structure."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from itertools import product
from operator import attrgetter
from types import MappingProxyType
from typing import Final, NamedTuple

from careerkit._model.goals import Goal
from careerkit._progress import progress, rate_texts
from careerkit._smart.codes import (
    _SEVERITY_ORDER,
    CRITERIA,
    FINDING_CODES,
    Criterion,
    Severity,
    Status,
)
from careerkit._smart.policy import SmartPolicy
from careerkit._smart.report import CriterionResult, Finding, Quantity, SmartReport
from careerkit._smart.text import Issue, QuantityFact, TextFacts

# --- verdicts ------------------------------------------------------------------------------


class _Builder:
    """Collects findings per criterion, formatting messages from the registry."""

    __slots__ = ("_example_date", "as_of", "disabled", "errors", "fixed", "found", "silenced")

    def __init__(self, policy: SmartPolicy, as_of: _dt.date) -> None:
        self.disabled = policy.disabled_codes
        self.as_of = as_of
        #: The findings in the order they were added (grouped by criterion only when the
        #: verdict is not one of those assembled once: see ``by``).
        self.found: list[Finding] = []
        # The criteria with an error finding, and with an error the policy disabled, as their
        # letters ("SM"): a test of one letter, and nothing to build for most goals.
        self.errors = ""
        self.silenced = ""
        #: Every finding so far is a fixed text.
        self.fixed = True
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
        criterion, severity, static, message, hint, dated = _CODES[code]
        error = severity == "error"
        if code in self.disabled:
            if error:
                self.silenced += criterion
            return
        if static is not None and span is None and not words and not extra:
            finding = static
        else:
            self.fixed = False
            args = (*words, "", "", "")
            date = self.example_date if dated else ""
            finding = Finding(
                code,
                criterion,
                severity,
                message.format(*args, date=date, **extra),
                hint.format(*args, date=date, **extra),
                span,
            )
        self.found.append(finding)
        if error and criterion not in self.errors:
            self.errors += criterion

    def by(self) -> dict[str, list[Finding]]:
        """The findings of each criterion, in the order they were added."""
        by: dict[str, list[Finding]] = {c: [] for c in CRITERIA}
        for f in self.found:
            by[f.criterion].append(f)
        return by

    def emit(self, issues: Sequence[Issue], skip: frozenset[str] = frozenset()) -> None:
        """Add the text engine's ``issues`` as findings, but those whose code is in ``skip``."""
        add = self.add
        for code, span, words in issues:
            if code in skip:
                continue
            if code == "M001":
                if "M" in self.errors:
                    continue  # "'more' is an amount without a number" already says why
                add("M001", span, example=_example(*words))
            else:
                add(code, span, words)


# Findings whose text never changes are built once.
_STATIC: Final[Mapping[str, Finding]] = MappingProxyType(
    {
        code: Finding(code, info.criterion, info.severity, info.message, info.hint)
        for code, info in FINDING_CODES.items()
        if "{" not in info.message + info.hint
    }
)
# Each code's criterion, severity, fixed finding (None when its text has
# slots to fill), its message and hint templates and whether the hint shows an example date:
# looked up once per finding.
_CODES: Final[Mapping[str, tuple[Criterion, Severity, Finding | None, str, str, bool]]] = (
    MappingProxyType(
        {
            code: (
                info.criterion,
                info.severity,
                _STATIC.get(code),
                info.message,
                info.hint,
                "{date}" in info.hint,
            )
            for code, info in FINDING_CODES.items()
        }
    )
)
_CODE_OF = attrgetter("code")
# A text without issues: every criterion's list is empty.
_NO_ISSUES: Final[Mapping[str, Sequence[Issue]]] = MappingProxyType(dict.fromkeys(CRITERIA, ()))


# Text findings that no longer apply once the criterion is met another way.
_S_RESOLVED: Final = frozenset({"S001", "S002", "S003", "S004", "S005", "S006"})
_T_RESOLVED: Final = frozenset({"T001", "T002", "T007", "T011", "T012"})


def _judge(
    facts: TextFacts,
    goal: Goal | None,
    as_of: _dt.date,
    policy: SmartPolicy,
    plan: PlanLoad | None,
) -> SmartReport:
    b = _Builder(policy, as_of)
    if not facts.english:
        return _not_judged(facts, goal, as_of, b)
    if facts.empty and goal is None:
        return _not_written(facts, as_of, b)
    text_issues = _NO_ISSUES
    if facts.issues:
        by_criterion: dict[str, list[Issue]] = {c: [] for c in CRITERIA}
        for issue in facts.issues:
            by_criterion[issue.code[0]].append(issue)
        text_issues = by_criterion

    status: dict[str, Status] = {}
    metric = goal.metric if goal is not None else None

    # S and M are decided where the goal clause is read (text.action), metric included.
    if facts.s_met:
        if text_issues["S"]:
            b.emit(text_issues["S"], _S_RESOLVED)
        status["S"] = "met" if "S" not in b.errors else "not_met"
    else:
        if text_issues["S"]:
            b.emit(text_issues["S"])
        status["S"] = "not_met" if "S" in b.errors else "unknown"
    if metric is not None:
        counts = [q.value for q in facts.quantities if q.kind in ("count", "percent", "change")]
        if counts and metric.target not in counts:
            b.add("M004", None, (_num(counts[0]), _num(metric.target)))
    if facts.m_met:
        status["M"] = "met"
    else:
        if text_issues["M"]:
            b.emit(text_issues["M"])
        status["M"] = "not_met" if "M" in b.errors else "unknown"

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
            if text_issues["T"]:
                b.emit(text_issues["T"], skip)
        elif text_issues["T"]:
            b.emit(text_issues["T"])
    if goal is not None and goal.start is not None:
        start = goal.start
    if deadline is not None:
        if deadline < as_of and (goal is None or goal.status not in ("done", "dropped")):
            b.add("T003", deadline_span, (deadline.isoformat(), as_of.isoformat()))
        years = (deadline - as_of).days / 365.25
        if years > policy.horizon_years:
            b.add("T004", deadline_span, (deadline.isoformat(), f"{policy.horizon_years:g}"))
    if time_bound:
        status["T"] = "met" if "T" not in b.errors else "not_met"
    else:
        status["T"] = "not_met" if "T" in b.errors else "unknown"

    # A: absurd scope in the text is not achievable; structure may show pace and load.
    if text_issues["A"]:
        b.emit(text_issues["A"])
    a_evidence: list[bool] = []
    if goal is not None:
        pace = _pace(goal, as_of, policy, b)
        if pace is not None:
            a_evidence.append(pace)
        load = _load(goal, plan, policy, b)
        if load is not None:
            a_evidence.append(load)
    if "A" in b.errors:
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
    if b.silenced:
        for c in b.silenced:
            if c not in b.errors and status[c] == "not_met":
                status[c] = "unknown"

    verdict = None
    if b.fixed:
        codes = map(_CODE_OF, b.found)
        key = (status["S"], status["M"], status["A"], status["R"], status["T"], *codes)
        verdict = _FIXED_VERDICTS.get(key)
    if verdict is None:
        verdict = _verdict(status, b.by())
    text = facts.text
    # The fields in their order, by position: thirteen keywords cost a quarter of the call.
    return SmartReport(
        goal.id if goal is not None else "",  # goal
        text,
        as_of,
        verdict.criteria,
        verdict.is_smart,
        verdict.score,
        verdict.findings,
        deadline,
        start,
        _quantities(facts.quantities, text) if facts.quantities else (),  # quantities
        facts.deliverable,
        facts.rationale,
        facts.cadence,
    )


class _Verdict(NamedTuple):
    criteria: Mapping[str, CriterionResult]
    findings: tuple[Finding, ...]
    score: int
    is_smart: bool


def _verdict(status: Mapping[str, Status], by: Mapping[str, list[Finding]]) -> _Verdict:
    """The criteria results, all findings in order, the score and is_smart."""
    criteria: dict[str, CriterionResult] = {}
    total_score = 0.0
    for c in CRITERIA:
        items = by[c]
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
    return _Verdict(
        MappingProxyType(criteria),
        (
            criteria["S"].findings
            + criteria["M"].findings
            + criteria["A"].findings
            + criteria["R"].findings
            + criteria["T"].findings
        ),
        round(100 * total_score / len(CRITERIA)),
        is_smart,
    )


def _not_written(facts: TextFacts, as_of: _dt.date, b: _Builder) -> SmartReport:
    """A blank text or a stand-in ("TBD"): one finding that says so, not one per criterion.

    S, M and T are not met (there is no action, figure or date), A and R are not judged.
    """
    b.emit([i for i in facts.issues if i.code == "S011"])
    status: dict[str, Status] = {
        "S": "not_met", "M": "not_met", "A": "unknown", "R": "unknown", "T": "not_met"
    }  # fmt: skip
    verdict = _verdict(status, b.by())
    return _unread(facts, None, as_of, verdict.criteria, verdict.score, verdict.findings)


def _not_judged(facts: TextFacts, goal: Goal | None, as_of: _dt.date, b: _Builder) -> SmartReport:
    """Text in another language: every criterion unknown, and one finding saying why."""
    b.add("S010", None)
    by = b.by()
    criteria: dict[str, CriterionResult] = {
        c: CriterionResult(c, "unknown", 0.5, tuple(by[c]))
        if by[c]
        else _COMMON[(c, "unknown", "")]
        for c in CRITERIA
    }
    findings = tuple(f for c in CRITERIA for f in criteria[c].findings)
    return _unread(facts, goal, as_of, MappingProxyType(criteria), 50, findings)


def _unread(
    facts: TextFacts,
    goal: Goal | None,
    as_of: _dt.date,
    criteria: Mapping[str, CriterionResult],
    score: int,
    findings: tuple[Finding, ...],
) -> SmartReport:
    """A report on a text that was not read for its parts: not SMART, with no figures, no
    deliverable, no reason and no cadence; dates only from the goal object."""
    return SmartReport(
        goal=goal.id if goal is not None else "",
        text=facts.text,
        as_of=as_of,
        criteria=criteria,
        is_smart=False,
        score=score,
        findings=findings,
        deadline=goal.deadline if goal is not None else None,
        start=goal.start if goal is not None else None,
        quantities=(),
        deliverable=None,
        rationale=None,
        cadence=None,
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


def _fixed_verdicts() -> dict[tuple[str, ...], _Verdict]:
    out: dict[tuple[str, ...], _Verdict] = {}
    statuses: tuple[Status, ...] = ("met", "not_met", "unknown")
    reasons: tuple[tuple[Status, tuple[str, ...]], ...] = (
        ("met", ("A008",)),
        ("unknown", ("A008", "R001")),
    )
    for s, m, t in product(statuses, repeat=3):
        for r, codes in reasons:
            status: dict[str, Status] = {"S": s, "M": m, "A": "unknown", "R": r, "T": t}
            by: dict[str, list[Finding]] = {c: [] for c in CRITERIA}
            for code in codes:
                by[_STATIC[code].criterion].append(_STATIC[code])
            out[(s, m, "unknown", r, t, *codes)] = _verdict(status, by)
    return out


# Most reports find nothing but the fixed "no evidence of pace" and "no reason" notes: their
# verdicts (keyed on the five statuses and those codes, in order) are assembled once.
_FIXED_VERDICTS: Final[Mapping[tuple[str, ...], _Verdict]] = MappingProxyType(_fixed_verdicts())


def _severity_rank(finding: Finding) -> int:
    return _SEVERITY_ORDER[finding.severity]


def _quantities(found: Sequence[QuantityFact], text: str) -> tuple[Quantity, ...]:
    return tuple(
        [
            Quantity(
                value,
                unit,
                kind,  # type: ignore[arg-type]  # the text engine only makes these kinds
                text[span[0] : span[1]],
                span,
                high,
                baseline,
            )
            for value, unit, kind, span, high, baseline, _ in found
        ]
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


class PlanLoad(NamedTuple):
    """The ``effort_hours`` of a plan's active goals: the total and the sum per goal id."""

    total: float
    by_id: Mapping[str, float]


def _load(goal: Goal, plan: PlanLoad | None, policy: SmartPolicy, b: _Builder) -> bool | None:
    """The effort of all active goals against the hours available (None: no effort given)."""
    if goal.effort_hours is None:
        return None
    total = goal.effort_hours
    if plan is not None:
        total += plan.total - plan.by_id.get(goal.id, 0.0)
    if total <= policy.available_hours_per_week:
        return True
    b.add("A007", None, (_num(total), _num(policy.available_hours_per_week)))
    return False
