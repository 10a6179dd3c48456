"""The balance scorer's report: :class:`BalanceReport` and the parts it is made of."""

from __future__ import annotations

from datetime import date
from typing import Literal

import attrs

from careerkit._balance.evidence import Citation
from careerkit._balance.policy import ComponentName
from careerkit._data import JsonReady
from careerkit._records import shared_methods

Status = Literal["ok", "watch", "risk", "missing"]
Severity = Literal["watch", "risk"]

RiskLevel = Literal["low", "elevated", "high"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class BalanceComponent(JsonReady):
    """One part of the score.

    ``value`` is what was measured (in ``unit``), ``target`` the threshold it is judged against,
    ``status`` ``"ok"``, ``"watch"``, ``"risk"`` or ``"missing"`` (no data: ``value`` and
    ``points`` are ``None`` and ``note`` says why), ``points`` 0-100, and ``citations`` the
    evidence behind the target.
    """

    name: ComponentName
    value: float | None
    unit: str
    target: float | None
    status: Status
    points: float | None
    citations: tuple[Citation, ...]
    note: str = ""

    def __repr__(self) -> str:
        return (
            f"BalanceComponent({self.name!r}, value={self.value!r}, target={self.target!r}, "
            f"status={self.status!r}, points={self.points!r})"
        )


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Flag(JsonReady):
    """Something that needs attention, why (``citation``) and what to do about it."""

    code: str
    component: ComponentName
    severity: Severity
    message: str
    recommendation: str
    citation: Citation


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Risk(JsonReady):
    """``level`` is ``"high"`` when a component is at risk, ``"elevated"`` when one needs
    watching, ``"low"`` otherwise and ``None`` with no data; ``drivers`` names the components
    that set it."""

    level: RiskLevel | None
    drivers: tuple[ComponentName, ...] = ()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Trend(JsonReady):
    """The score against the previous window of the same length, over the components both
    windows have data for (``compared``); ``change`` is current minus previous."""

    previous_start: date
    previous: float | None
    current: float | None
    change: float | None
    direction: Literal["better", "worse", "steady"] | None
    compared: tuple[ComponentName, ...] = ()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Coverage(JsonReady):
    """Which components had data (``used``) and which did not (``missing``; each component's
    ``note`` says why), and how many weekly logs fell in the window."""

    used: tuple[ComponentName, ...]
    missing: tuple[ComponentName, ...]
    weeks_logged: int


@shared_methods
@attrs.frozen(eq=False, repr=False)
class BalanceReport(JsonReady):
    """The balance score on ``as_of`` over the window from ``window_start``.

    ``score`` is 0-100 (higher is better balance) or ``None`` with ``reason`` when no component
    had data. It is a weighted mean of the components' points (see ``BalancePolicy.weights``);
    missing components are left out, never counted as good or bad. Not a diagnosis.
    """

    as_of: date
    window_start: date
    score: float | None
    reason: str
    components: tuple[BalanceComponent, ...]
    flags: tuple[Flag, ...]
    risk: Risk
    trend: Trend
    coverage: Coverage
    recommendations: tuple[str, ...]

    def component(self, name: ComponentName) -> BalanceComponent:
        """The component called ``name``."""
        for c in self.components:
            if c.name == name:
                return c
        raise KeyError(name)

    # Rendering lives at the edge (careerkit._render); the import is deferred so this engine
    # module holds no presentation code.
    def __str__(self) -> str:
        from careerkit._render import balance_text

        return balance_text(self)

    def _repr_html_(self) -> str:
        from careerkit._render import balance_html

        return balance_html(self)

    def __repr__(self) -> str:
        return (
            f"BalanceReport(as_of={self.as_of.isoformat()}, score={self.score!r}, "
            f"risk={self.risk.level!r}, used={list(self.coverage.used)!r}, "
            f"flags={[f.code for f in self.flags]!r})"
        )
