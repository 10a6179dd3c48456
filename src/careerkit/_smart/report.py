"""The report types: Finding, Quantity, CriterionResult and SmartReport."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from careerkit._records import shared_methods
from careerkit._smart.codes import Criterion, QuantityKind, Severity, Status


@shared_methods
@attrs.frozen(eq=False, repr=False)
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
        """A compact JSON-ready record for machines: code, criterion, severity, message, hint, span.

        >>> Finding("T001", "T", "error", "the goal has no date, window or cadence", "add a date").to_dict()
        {'code': 'T001', 'criterion': 'T', 'severity': 'error', 'message': 'the goal has no date, window or cadence', 'hint': 'add a date', 'span': None}
        """
        return {
            "code": self.code,
            "criterion": self.criterion,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
            "span": list(self.span) if self.span else None,
        }


@shared_methods
@attrs.frozen(eq=False, repr=False)
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


@shared_methods
@attrs.frozen(eq=False, repr=False)
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
            "codes": [f.code for f in self.findings],
        }


def _read_only(criteria: Mapping[str, CriterionResult]) -> Mapping[str, CriterionResult]:
    return criteria if isinstance(criteria, MappingProxyType) else MappingProxyType(dict(criteria))


@shared_methods
@attrs.frozen(eq=False, repr=False)
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
        """Plain JSON-ready data (dates as ISO strings).

        Each finding is listed once, under ``findings``; each criterion keeps its verdict and
        the ``codes`` of its findings.
        """
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
