"""Plots of a career plan: a goal against its pace line, the balance wheel, weekly hours.

Needs the optional extra ``careerkit[plot]`` (matplotlib). matplotlib is imported only when a
function here is called, so ``import careerkit.plot`` stays cheap. Every function returns a
:class:`matplotlib.figure.Figure` built with the object-oriented API (no pyplot state), ready to
show in a notebook, ``savefig`` to a file or place in a larger figure. The figures show
inline in Jupyter by themselves: no ``%matplotlib inline`` or pyplot import is needed.

The plots draw private data (well-being, goals). With an ``audience`` ("mentor", "manager",
"hr") each plot draws only what the plan shares with that audience (see
:func:`careerkit.redact`); the default, ``"self"``, is the plan's owner, who sees everything.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from careerkit._args import as_of_date
from careerkit._balance import BalanceReport, score_balance
from careerkit._errors import MissingExtraError, PolicyError
from careerkit._model.goals import Goal
from careerkit._model.plan import CareerPlan, as_wellbeing
from careerkit._model.privacy import Viewer, check_viewer
from careerkit._model.wellbeing import WeekLog, Wellbeing
from careerkit._progress import progress

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "EU_HOURS_LIMIT",
    "WHO_ILO_LONG_HOURS",
    "balance_wheel",
    "goal_progress",
    "weekly_hours",
]

#: Directive 2003/88/EC, Art. 6: at most 48 h of work a week on average.
EU_HOURS_LIMIT = 48.0
#: Pega et al. 2021 (WHO/ILO joint estimates): 55 h a week or more raises stroke and heart risk.
WHO_ILO_LONG_HOURS = 55.0

_STATUS_COLORS: Mapping[str, str] = {
    "ok": "#2e7d32",
    "watch": "#f9a825",
    "risk": "#c62828",
    "missing": "#bdbdbd",
}
_STATUS_LABELS: Mapping[str, str] = {
    "ok": "ok",
    "watch": "watch",
    "risk": "at risk",
    "missing": "no data",
}


def _matplotlib() -> type[Figure]:
    """The Figure class to draw on, or a clear error when the optional extra is missing."""
    try:
        import matplotlib.figure  # noqa: F401  # fails first when the extra is missing

        from careerkit._figure import NotebookFigure
    except ImportError:
        raise MissingExtraError("careerkit.plot", "plot", "matplotlib") from None
    return NotebookFigure


def _root_figure(ax: Axes) -> Figure:
    from matplotlib.figure import Figure

    figure = ax.figure
    while not isinstance(figure, Figure):  # a SubFigure: climb to the figure that holds it
        figure = figure.figure
    return figure


def _date_axis(ax: Axes) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]


def _dates(days: Any) -> Any:
    """Dates for an axis: matplotlib's date converter takes them, its type stubs list only
    numbers."""
    return days


# --- a goal against its pace line ---------------------------------------------------------------


def goal_progress(
    goal: Goal,
    *,
    as_of: date | str | None = None,
    ax: Axes | None = None,
    audience: Viewer = "self",
) -> Figure:
    """A measured goal's check-ins against its pace line, with the projected finish.

    The pace line runs from the baseline on the start day to the target on the deadline (drawn
    when the goal has both); the projection is the one :func:`careerkit.progress` makes from the
    recent check-ins. Check-ins after ``as_of`` (today when left out) are left out. Draws on
    ``ax`` when given (and returns its figure), else on a new figure. With an ``audience``,
    the goal must be shared with it.

    >>> from datetime import date
    >>> from careerkit import CheckIn, Goal, Metric
    >>> goal = Goal("talks", "Give two talks", start=date(2027, 1, 1), deadline=date(2027, 12, 31),
    ...             metric=Metric("talks given", baseline=0, target=2, unit="talks"),
    ...             check_ins=(CheckIn(date(2027, 3, 1), 0.5), CheckIn(date(2027, 5, 1), 1)))
    >>> fig = goal_progress(goal, as_of=date(2027, 6, 1))
    >>> [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    ['check-ins', 'pace line', 'target 2 talks', 'as of 2027-06-01', 'projected finish 2027-08-31']
    """
    figure_class = _matplotlib()
    if not isinstance(goal, Goal):
        raise PolicyError(f"goal must be a Goal, got {type(goal).__name__}")
    as_of = as_of_date(as_of)
    viewer = check_viewer(audience)
    if viewer != "self" and viewer not in goal.shared_with:
        # Nothing about the goal itself: the message may reach the audience.
        raise PolicyError(f"the goal is not shared with the {viewer}, so there is nothing to plot")
    metric = goal.metric
    if metric is None:
        raise PolicyError(
            f"goal {goal.id!r} has no metric to plot: add a metric with a baseline and a target"
        )
    if ax is None:
        figure = figure_class(figsize=(8, 4.5), layout="constrained")
        ax = figure.add_subplot()
    else:
        figure = _root_figure(ax)

    unit = f" {metric.unit}" if metric.unit else ""
    seen = [c for c in goal.check_ins if c.date <= as_of]
    if seen:
        ax.plot(
            _dates([c.date for c in seen]),
            [c.value for c in seen],
            marker="o",
            color="#1565c0",
            label="check-ins",
        )
    if goal.start is not None and goal.deadline is not None:
        ax.plot(
            _dates([goal.start, goal.deadline]),
            [metric.baseline, metric.target],
            color="#757575",
            linestyle="--",
            label="pace line",
        )
    ax.axhline(
        metric.target, color="#2e7d32", linestyle=":", label=f"target {metric.target:g}{unit}"
    )
    ax.axvline(_dates(as_of), color="#9e9e9e", linewidth=1, label=f"as of {as_of.isoformat()}")

    report = progress(goal, as_of=as_of)
    if report.projected_finish is not None and seen:
        ax.plot(
            _dates([seen[-1].date, report.projected_finish]),
            [seen[-1].value, metric.target],
            color="#1565c0",
            linestyle="--",
            alpha=0.6,
            label=f"projected finish {report.projected_finish.isoformat()}",
        )

    status = report.status.replace("_", " ")
    done = "" if report.fraction is None else f", {report.fraction:.0%} of the way"
    ax.set_title(f"{goal.title}\n{status}{done}")
    ax.set_ylabel(f"{metric.name} ({metric.unit})" if metric.unit else metric.name)
    ax.set_xlabel("date")
    _date_axis(ax)
    ax.legend(loc="best")
    return figure


# --- the balance wheel ------------------------------------------------------------------------


def balance_wheel(
    report: BalanceReport | CareerPlan | Wellbeing | Iterable[WeekLog],
    *,
    as_of: date | str | None = None,
    audience: Viewer = "self",
) -> Figure:
    """The components of a balance report as a wheel: one spoke per component, its length the
    component's points (0-100), its colour the status; components without data show as a grey
    spoke marked "no data".

    ``report`` is a :class:`~careerkit.reports.BalanceReport`, or the plan (its well-being
    records, weekly logs) to score on ``as_of`` with :func:`careerkit.score_balance`. With an
    ``audience``, pass the plan: it is scored on what the plan shares with that audience (a
    report does not say whose data it holds).

    >>> from datetime import date
    >>> from careerkit import WeekLog, score_balance
    >>> weeks = [WeekLog(date(2026, 11, d), hours_worked=50, sleep_hours=6.5) for d in (2, 9, 16)]
    >>> fig = balance_wheel(score_balance(weeks, as_of=date(2026, 11, 25)))
    >>> fig.axes[0].name, len(fig.axes[0].get_xticklabels())
    ('polar', 7)
    """
    figure_class = _matplotlib()
    viewer = check_viewer(audience)
    report = _balance_report(report, as_of, viewer)
    figure = figure_class(figsize=(6.5, 6.5), layout="constrained")
    ax: Any = figure.add_subplot(projection="polar")  # a PolarAxes; its stubs are partial

    count = len(report.components)
    width = 2 * math.pi / count
    thetas = [i * width for i in range(count)]
    for status, color in _STATUS_COLORS.items():
        spokes = [
            (theta, 100.0 if c.points is None else c.points)
            for theta, c in zip(thetas, report.components, strict=True)
            if c.status == status
        ]
        if spokes:
            ax.bar(
                [theta for theta, _ in spokes],
                [radius for _, radius in spokes],
                width=width * 0.9,
                color=color,
                alpha=0.35 if status == "missing" else 0.85,
                edgecolor="white",
                label=_STATUS_LABELS[status],
            )
    ax.set_xticks(
        thetas,
        [
            c.name.replace("_", " ") + ("\nno data" if c.points is None else f"\n{c.points:g}")
            for c in report.components
        ],
    )
    ax.set_ylim(0, 100)
    ax.set_yticks([25, 50, 75, 100])
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    score = "no data" if report.score is None else f"{report.score:g} / 100"
    ax.set_title(
        f"Balance {score}, {report.window_start.isoformat()} to {report.as_of.isoformat()}"
    )
    ax.legend(loc="upper right", bbox_to_anchor=(1.15, 1.1))
    return figure


def _balance_report(given: object, as_of: date | str | None, viewer: Viewer) -> BalanceReport:
    if isinstance(given, BalanceReport):
        if viewer != "self":
            raise PolicyError(
                "balance_wheel with an audience needs the plan, not a BalanceReport: "
                "a report does not say whose data it holds"
            )
        return given
    if isinstance(given, str | bytes | Mapping) or not isinstance(
        given, CareerPlan | Wellbeing | Iterable
    ):
        raise PolicyError(
            "report must be a BalanceReport, a CareerPlan, a Wellbeing or an iterable of "
            f"WeekLog, got {type(given).__name__}"
        )
    return score_balance(as_wellbeing(given, "report"), as_of=as_of, audience=viewer)


# --- weekly hours ------------------------------------------------------------------------------


def weekly_hours(
    weeks: CareerPlan | Wellbeing | Iterable[WeekLog],
    *,
    contracted: float | None = None,
    audience: Viewer = "self",
) -> Figure:
    """Hours worked per week against 48 h (the EU Working Time Directive's average limit),
    55 h (the WHO/ILO risk threshold) and the contracted hours.

    ``weeks`` is a plan, its well-being records or weekly logs; weeks without ``hours_worked``
    are skipped. ``contracted`` draws one contracted-hours line; without it the logs'
    own ``contracted_hours`` are drawn, when they have any. With an ``audience``, the weeks
    are drawn only if the well-being records are shared with it (weekly logs passed on their
    own carry no sharing and count as private).

    >>> from datetime import date
    >>> from careerkit import WeekLog
    >>> fig = weekly_hours([WeekLog(date(2026, 11, 2), hours_worked=56),
    ...                     WeekLog(date(2026, 11, 9), hours_worked=44)], contracted=40)
    >>> [line.get_label() for line in fig.axes[0].get_lines()]
    ['48 h: EU Working Time Directive average limit', '55 h: WHO/ILO risk threshold', 'contracted 40 h', 'average 50.0 h']
    """
    figure_class = _matplotlib()
    data = as_wellbeing(weeks, "weeks")
    viewer = check_viewer(audience)
    # Hidden weeks read as no weeks: the message says nothing of what the audience cannot see.
    logs = data.weeks if viewer == "self" or viewer in data.shared_with else ()
    _check_contracted(contracted)
    worked = [w for w in logs if w.hours_worked is not None]
    if not worked:
        raise PolicyError("no week with hours_worked to plot")
    days = [w.week for w in worked]
    hours = [float(w.hours_worked or 0.0) for w in worked]

    figure = figure_class(figsize=(8, 4.5), layout="constrained")
    ax = figure.add_subplot()
    colors = [
        "#c62828" if h >= WHO_ILO_LONG_HOURS else "#f9a825" if h > EU_HOURS_LIMIT else "#1565c0"
        for h in hours
    ]
    # Each bar spans its week, from the day it starts.
    ax.bar(_dates(days), hours, width=6, align="edge", color=colors, label="hours worked")
    ax.axhline(
        EU_HOURS_LIMIT,
        color="#f9a825",
        linestyle="--",
        label=f"{EU_HOURS_LIMIT:g} h: EU Working Time Directive average limit",
    )
    ax.axhline(
        WHO_ILO_LONG_HOURS,
        color="#c62828",
        linestyle=":",
        label=f"{WHO_ILO_LONG_HOURS:g} h: WHO/ILO risk threshold",
    )
    if contracted is not None:
        ax.axhline(contracted, color="#2e7d32", label=f"contracted {contracted:g} h")
    else:
        agreed = [(w.week, w.contracted_hours) for w in worked if w.contracted_hours is not None]
        if agreed:
            # A step per week, held to the end of the last one.
            ends = [*(day for day, _ in agreed), agreed[-1][0] + timedelta(days=7)]
            ax.plot(
                _dates(ends),
                [*(h for _, h in agreed), agreed[-1][1]],
                color="#2e7d32",
                drawstyle="steps-post",
                label="contracted hours",
            )
    average = math.fsum(hours) / len(hours)
    ax.axhline(average, color="#616161", linewidth=1, label=f"average {average:.1f} h")
    ax.set_ylim(0, max(*hours, WHO_ILO_LONG_HOURS) + 5)
    ax.set_title("Hours worked per week")
    ax.set_ylabel("hours")
    ax.set_xlabel("week starting")
    _date_axis(ax)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncols=2, fontsize="small")
    return figure


def _check_contracted(value: object) -> None:
    if value is not None and (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (math.isfinite(value) and 0 <= value <= 168)
    ):
        raise PolicyError(f"contracted must be a number of hours from 0 to 168, got {value!r}")
