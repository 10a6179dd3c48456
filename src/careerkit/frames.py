"""careerkit's reports as pandas DataFrames, for notebooks and analysts.

Needs the optional extra ``careerkit[pandas]``; pandas is imported only when one of these
functions runs, and a missing pandas raises :class:`careerkit.MissingExtraError`. Every frame
has the documented columns, in that order, even when it has no rows; dates are pandas
timestamps (``NaT`` when absent).

- :func:`smart_frame`: one row per goal of a batch of SMART reports.
- :func:`findings_frame`: one row per finding of a batch of SMART reports.
- :func:`agenda_frame`: one row per agenda item.
- :func:`review_goals_frame`: one row per goal of a review (SMART verdict and progress).
- :func:`insights_frame`: one row per insight of a review.

>>> from datetime import date
>>> import careerkit as ck
>>> texts = ["Read 12 books in 2027", "Network more."]
>>> frame = smart_frame(ck.evaluate_many(texts, as_of=date(2026, 11, 25)), ids=["a", "b"])
>>> frame[["id", "is_smart", "T"]]
  id  is_smart        T
0  a      True      met
1  b     False  not_met
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from careerkit._args import instance_of
from careerkit._errors import MissingExtraError, PolicyError
from careerkit._insights import Insight
from careerkit._review import PlanReview
from careerkit._schedule import Agenda
from careerkit._smart import SmartReport

if TYPE_CHECKING:
    import pandas

__all__ = [
    "AGENDA_COLUMNS",
    "FINDING_COLUMNS",
    "INSIGHT_COLUMNS",
    "REVIEW_GOAL_COLUMNS",
    "SMART_COLUMNS",
    "agenda_frame",
    "findings_frame",
    "insights_frame",
    "review_goals_frame",
    "smart_frame",
]

#: The columns of :func:`smart_frame`: the goal's ``id`` and ``group`` (as given, else the
#: position and ``None``), its ``text``, ``is_smart``, ``score`` (0..100), the status of each
#: criterion ("met", "not_met", "unknown"), the ``deadline`` read, the number of ``findings``
#: and their distinct ``codes`` (a space-separated string, in the report's order).
SMART_COLUMNS = (
    "id",
    "group",
    "text",
    "is_smart",
    "score",
    "S",
    "M",
    "A",
    "R",
    "T",
    "deadline",
    "findings",
    "codes",
)
#: The columns of :func:`findings_frame`: the goal's ``id`` and ``group``, then the finding's
#: ``code``, ``criterion``, ``severity``, ``message``, ``hint`` and the character span it is
#: about in the goal text (``span_start``, ``span_end``; missing for findings about fields).
FINDING_COLUMNS = (
    "id",
    "group",
    "code",
    "criterion",
    "severity",
    "message",
    "hint",
    "span_start",
    "span_end",
)
#: The columns of :func:`agenda_frame`: as :class:`careerkit.reports.ReviewItem`, with
#: ``prompts`` joined by newlines.
AGENDA_COLUMNS = (
    "due",
    "kind",
    "subject",
    "title",
    "reason",
    "priority",
    "overdue",
    "prompts",
)
#: The columns of :func:`review_goals_frame`: the goal's ``id``, ``title``, ``deadline``, its
#: SMART ``is_smart`` and ``score``, and its progress: ``status``, ``fraction`` done,
#: ``expected`` fraction by now, ``days_ahead`` (negative: behind) and ``projected_finish``.
REVIEW_GOAL_COLUMNS = (
    "id",
    "title",
    "deadline",
    "is_smart",
    "score",
    "status",
    "fraction",
    "expected",
    "days_ahead",
    "projected_finish",
)
#: The columns of :func:`insights_frame`: as :class:`careerkit.reports.Insight`.
INSIGHT_COLUMNS = ("code", "area", "severity", "subject", "message", "next_step")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("careerkit.frames", "pandas", "pandas") from None
    return pandas


def _frame(
    rows: Iterable[tuple[Any, ...]], columns: tuple[str, ...], dates: tuple[str, ...]
) -> Any:
    pd = _pandas()
    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    for name in dates:
        frame[name] = pd.to_datetime(frame[name])
    return frame


def _with(values: Iterable[Any], labels: Iterable[Any] | None) -> Iterator[tuple[Any, Any]]:
    if labels is None:
        for value in values:
            yield value, None
    else:
        yield from zip(values, labels, strict=True)


def _labelled(
    reports: Iterable[SmartReport],
    ids: Iterable[str] | None,
    groups: Iterable[str | None] | None,
) -> Iterator[tuple[str, str | None, SmartReport]]:
    if isinstance(ids, str) or isinstance(groups, str):
        raise PolicyError("ids and groups must be iterables of names, not one str")
    try:
        for n, ((report, gid), group) in enumerate(_with(_with(reports, ids), groups)):
            yield str(n) if gid is None else gid, group, instance_of(report, SmartReport, "report")
    except ValueError as exc:
        if "zip()" not in str(exc):
            raise
        raise PolicyError("ids and groups must have one entry per report") from None


def smart_frame(
    reports: Iterable[SmartReport],
    *,
    ids: Iterable[str] | None = None,
    groups: Iterable[str | None] | None = None,
) -> pandas.DataFrame:
    """One row per SMART report, with the columns in :data:`SMART_COLUMNS`.

    ``ids`` and ``groups`` (an employee, a department) label the reports in order; without
    ``ids`` a goal's id is its position.
    """
    rows = (
        (
            gid,
            group,
            r.text,
            r.is_smart,
            r.score,
            *(r.criteria[c].status for c in "SMART"),
            r.deadline,
            len(r.findings),
            " ".join(dict.fromkeys(f.code for f in r.findings)),
        )
        for gid, group, r in _labelled(reports, ids, groups)
    )
    return _frame(rows, SMART_COLUMNS, ("deadline",))


def findings_frame(
    reports: Iterable[SmartReport],
    *,
    ids: Iterable[str] | None = None,
    groups: Iterable[str | None] | None = None,
) -> pandas.DataFrame:
    """One row per finding of the SMART reports, with the columns in :data:`FINDING_COLUMNS`.

    >>> from datetime import date
    >>> import careerkit as ck
    >>> frame = findings_frame([ck.evaluate_smart("Network more.", as_of=date(2026, 11, 25))])
    >>> sorted(frame["criterion"].unique())
    ['A', 'M', 'R', 'S', 'T']
    >>> list(frame.columns) == list(FINDING_COLUMNS)
    True
    """
    rows = (
        (
            gid,
            group,
            f.code,
            f.criterion,
            f.severity,
            f.message,
            f.hint,
            f.span[0] if f.span else None,
            f.span[1] if f.span else None,
        )
        for gid, group, r in _labelled(reports, ids, groups)
        for f in r.findings
    )
    frame = _frame(rows, FINDING_COLUMNS, ())
    for name in ("span_start", "span_end"):
        frame[name] = frame[name].astype("Int64")
    return frame


def agenda_frame(agenda: Agenda) -> pandas.DataFrame:
    """One row per agenda item, in the agenda's order, with the columns in
    :data:`AGENDA_COLUMNS`."""
    instance_of(agenda, Agenda, "agenda")
    rows = (
        (i.due, i.kind, i.subject, i.title, i.reason, i.priority, i.overdue, "\n".join(i.prompts))
        for i in agenda
    )
    return _frame(rows, AGENDA_COLUMNS, ("due",))


def review_goals_frame(review: PlanReview) -> pandas.DataFrame:
    """One row per goal of a review, with the columns in :data:`REVIEW_GOAL_COLUMNS`."""
    instance_of(review, PlanReview, "review")
    rows = (
        (
            g.goal.id,
            g.goal.title,
            g.goal.deadline,
            g.smart.is_smart,
            g.smart.score,
            g.progress.status,
            g.progress.fraction,
            g.progress.expected,
            g.progress.days_ahead,
            g.progress.projected_finish,
        )
        for g in review.goals
    )
    frame = _frame(rows, REVIEW_GOAL_COLUMNS, ("deadline", "projected_finish"))
    frame["days_ahead"] = frame["days_ahead"].astype("Int64")
    for name in ("fraction", "expected"):
        frame[name] = frame[name].astype("float64")
    return frame


def insights_frame(insights: PlanReview | Iterable[Insight]) -> pandas.DataFrame:
    """One row per insight (of a review, or as :func:`careerkit.insights` returns them), with the
    columns in :data:`INSIGHT_COLUMNS`."""
    items = insights.insights if isinstance(insights, PlanReview) else insights
    rows = (
        (i.code, i.area, i.severity, i.subject, i.message, i.next_step)
        for i in (instance_of(x, Insight, "insight") for x in items)
    )
    return _frame(rows, INSIGHT_COLUMNS, ())
