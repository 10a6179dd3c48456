"""Roll-ups of many SMART reports: how many goals are SMART, which findings come up, per group.

An HR tool checks thousands of goals and wants the counts per finding code and per employee or
department; :func:`summarize_smart` computes them in one pass, keeping only counters, so memory
does not grow with the number of goals. :class:`SmartTally` is the same counter for callers that
stream reports somewhere else at the same time (the command line writes each one as it comes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from careerkit._args import instance_of
from careerkit._errors import PolicyError
from careerkit._records import shared_methods
from careerkit._smart import SmartReport

__all__ = ["SmartSummary", "SmartTally", "summarize_smart"]

_CRITERIA = ("S", "M", "A", "R", "T")


def _frozen_counts(value: Mapping[str, int]) -> Mapping[str, int]:
    # Most frequent first, then by name: the order a person reads a roll-up in.
    ordered = sorted(value.items(), key=lambda kv: (-kv[1], kv[0]))
    return MappingProxyType(dict(ordered))


def _frozen_groups(value: Mapping[str, SmartSummary]) -> Mapping[str, SmartSummary]:
    return MappingProxyType(dict(sorted(value.items())))


@shared_methods
@attrs.frozen(eq=False, repr=False)
class SmartSummary:
    """The roll-up of a batch of SMART reports (or of one group of them).

    - ``goals``: how many goals were checked; ``smart``: how many of them are SMART.
    - ``share``: ``smart / goals`` (``None`` for no goals); ``mean_score``: the average score.
    - ``codes``: for each finding code, how many goals have at least one finding with it, most
      frequent first.
    - ``criteria``: for each of "S", "M", "A", "R", "T", how many goals do not meet it.
    - ``groups``: the same roll-up per group (employee, department, ...), by group name; empty
      when no groups were given.

    >>> from datetime import date
    >>> from careerkit import evaluate_many
    >>> texts = ["Network more.", "Read 12 books in 2027", "Be better"]
    >>> summary = summarize_smart(evaluate_many(texts, as_of=date(2026, 11, 25)),
    ...                           groups=["sales", "sales", "ops"])
    >>> summary.goals, summary.smart, summary.groups["sales"].smart
    (3, 1, 1)
    """

    goals: int
    smart: int
    score_total: int
    codes: Mapping[str, int] = attrs.field(converter=_frozen_counts, hash=False)
    criteria: Mapping[str, int] = attrs.field(converter=_frozen_counts, hash=False)
    groups: Mapping[str, SmartSummary] = attrs.field(
        factory=dict, converter=_frozen_groups, hash=False
    )

    @property
    def share(self) -> float | None:
        """The share of SMART goals, 0..1 (``None`` when no goal was checked)."""
        return self.smart / self.goals if self.goals else None

    @property
    def mean_score(self) -> float | None:
        """The average SMART score, 0..100 (``None`` when no goal was checked)."""
        return self.score_total / self.goals if self.goals else None

    def __reduce__(self) -> tuple[Any, ...]:
        # Read-only mappings do not pickle: hand over plain dicts.
        return (
            SmartSummary,
            (
                self.goals,
                self.smart,
                self.score_total,
                dict(self.codes),
                dict(self.criteria),
                dict(self.groups),
            ),
        )

    def __add__(self, other: object) -> SmartSummary:
        """The roll-up of both batches: counts add up, groups of the same name merge.

        Summaries of chunks scored in parallel add up to the summary of the whole.
        """
        if not isinstance(other, SmartSummary):
            return NotImplemented
        groups = dict(self.groups)
        for name, group in other.groups.items():
            groups[name] = groups[name] + group if name in groups else group
        return SmartSummary(
            self.goals + other.goals,
            self.smart + other.smart,
            self.score_total + other.score_total,
            Counter(self.codes) + Counter(other.codes),
            Counter(self.criteria) + Counter(other.criteria),
            groups,
        )

    def __repr__(self) -> str:
        share = "-" if self.share is None else f"{self.share:.0%}"
        top = ", ".join(f"{code}={n}" for code, n in list(self.codes.items())[:3])
        groups = f", groups={len(self.groups)}" if self.groups else ""
        return (
            f"SmartSummary(goals={self.goals}, smart={self.smart} ({share}), "
            f"codes={{{top}{', ...' if len(self.codes) > 3 else ''}}}{groups})"
        )

    def to_text(self) -> str:
        """A few lines for a person: goals checked, the SMART share, counts per finding code."""
        lines = [self._headline()]
        if self.codes:
            lines.append(
                "goals per finding code: " + ", ".join(f"{c} {n}" for c, n in self.codes.items())
            )
        for name, group in self.groups.items():
            lines.append(f"  {name}: {group._headline()}")
        return "\n".join(lines) + "\n"

    def _headline(self) -> str:
        noun = "goal" if self.goals == 1 else "goals"
        if self.share is None:
            return f"0 {noun} checked"
        return (
            f"{self.goals} {noun} checked: {self.smart} SMART ({self.share:.0%}), "
            f"{self.goals - self.smart} not SMART"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        data: dict[str, Any] = {
            "goals": self.goals,
            "smart": self.smart,
            "share": self.share,
            "mean_score": self.mean_score,
            "codes": dict(self.codes),
            "criteria": dict(self.criteria),
        }
        if self.groups:
            data["groups"] = {name: g.to_dict() for name, g in self.groups.items()}
        return data


class _Counts:
    __slots__ = ("codes", "criteria", "goals", "score", "smart")

    def __init__(self) -> None:
        self.goals = self.smart = self.score = 0
        self.codes: Counter[str] = Counter()
        self.criteria: Counter[str] = Counter()

    def add(self, report: SmartReport) -> None:
        self.goals += 1
        self.smart += report.is_smart
        self.score += report.score
        self.codes.update({f.code for f in report.findings})
        self.criteria.update(c for c in _CRITERIA if report.criteria[c].status == "not_met")

    def freeze(self, groups: Mapping[str, SmartSummary] | None = None) -> SmartSummary:
        return SmartSummary(
            self.goals, self.smart, self.score, self.codes, self.criteria, groups or {}
        )


class SmartTally:
    """Counts SMART reports as they come; :meth:`summary` gives the :class:`SmartSummary`.

    >>> from datetime import date
    >>> from careerkit import evaluate_smart
    >>> tally = SmartTally()
    >>> tally.add(evaluate_smart("Read 12 books in 2027", as_of=date(2026, 11, 25)), group="ada")
    >>> tally.summary().groups["ada"].smart
    1
    """

    def __init__(self) -> None:
        self._all = _Counts()
        self._groups: dict[str, _Counts] = {}

    def add(self, report: SmartReport, group: str | None = None) -> None:
        """Count one report, in ``group`` too when one is given."""
        instance_of(report, SmartReport, "report")
        if group is not None and not isinstance(group, str):
            raise PolicyError(f"group must be a str or None, got {type(group).__name__}")
        self._all.add(report)
        if group is not None:
            counts = self._groups.get(group)
            if counts is None:
                counts = self._groups[group] = _Counts()
            counts.add(report)

    def summary(self) -> SmartSummary:
        """The roll-up of every report counted so far."""
        return self._all.freeze({name: c.freeze() for name, c in self._groups.items()})


def summarize_smart(
    reports: Iterable[SmartReport], *, groups: Iterable[str | None] | None = None
) -> SmartSummary:
    """The roll-up of ``reports``: goals, SMART share, counts per finding code and criterion.

    ``groups`` gives each report's group (an employee, a department), in the same order as
    ``reports`` and as many; ``None`` leaves a report out of every group. Both are read once,
    lazily, so :func:`careerkit.evaluate_many` can feed millions of goals in constant memory.
    """
    tally = SmartTally()
    if groups is None:
        for report in reports:
            tally.add(report)
        return tally.summary()
    if isinstance(groups, str):
        raise PolicyError("groups must be an iterable of group names, not one str")
    try:
        for report, group in zip(reports, groups, strict=True):
            tally.add(report, group)
    except ValueError as exc:
        if "zip()" not in str(exc):
            raise
        raise PolicyError("groups must name one group per report, as many as reports") from None
    return tally.summary()
