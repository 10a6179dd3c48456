"""One function per component of the balance score: its value, status, points and flags."""

from __future__ import annotations

import bisect
import math
import operator
from datetime import date, timedelta
from typing import Any

from careerkit._balance.evidence import (
    ACTIVITY_150,
    AFTER_HOURS,
    CBI_BANDS,
    CBI_SCORING,
    EU_48H,
    EU_LEAVE,
    LEAVE_PACE,
    SLEEP_7H,
    WHO5_28,
    WHO5_50,
    WHO5_ITEM,
    WHO_ILO_55H,
    Citation,
)
from careerkit._balance.policy import BalancePolicy, ComponentName
from careerkit._balance.report import BalanceComponent, Flag, Severity, Status
from careerkit._model.wellbeing import CbiResponse, TimeOff, WeekLog, Wellbeing, Who5Response
from careerkit.instruments import CBI_CLIENT_ITEMS, CBI_PERSONAL_ITEMS, CBI_WORK_ITEMS, cbi, who5

_WEEK = operator.attrgetter("week")
_DATE = operator.attrgetter("date")


def _between(items: tuple[Any, ...], first: date, last: date, key: Any) -> tuple[Any, ...]:
    # The model keeps weeks and responses sorted by date, so a window is a slice.
    lo = bisect.bisect_left(items, first, key=key)
    hi = bisect.bisect_right(items, last, key=key)
    return items[lo:hi]


def _mean(values: list[float]) -> float:
    return math.fsum(values) / len(values)


def _missing(
    name: ComponentName, unit: str, citations: tuple[Citation, ...], note: str
) -> BalanceComponent:
    return BalanceComponent(name, None, unit, None, "missing", None, citations, note)


def _assess(
    data: Wellbeing, start: date, end: date, policy: BalancePolicy
) -> tuple[list[BalanceComponent], list[Flag]]:
    weeks = _between(data.weeks, start, end, _WEEK)
    flags: list[Flag] = []
    components = [
        _hours(weeks, policy, flags),
        _sleep(weeks, policy, flags),
        _activity(weeks, policy, flags),
        _after_hours(weeks, policy, flags),
        _leave(data, end, policy, flags),
        _wellbeing_index(_between(data.who5, start, end, _DATE), policy, flags),
        _burnout(_between(data.cbi, start, end, _DATE), policy, flags),
    ]
    return components, flags


def _points(value: float) -> float:
    return round(min(100.0, max(0.0, value)), 1)


def _hours(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (EU_48H, WHO_ILO_55H)
    hours = [w.hours_worked for w in weeks if w.hours_worked is not None]
    if not hours:
        return _missing("hours", "h/week", cites, "no hours worked logged in the window")
    limit, long = policy.hours_limit, policy.long_hours
    average = _mean(hours)
    long_weeks = sum(h >= long for h in hours)
    # Each week earns 100 points up to the EU average limit and 0 from the WHO/ILO long-hours
    # threshold on, in a straight line between (the line is a design choice, not evidence).
    points = _points(_mean([_points(100 * (long - h) / (long - limit)) for h in hours]))
    # Both thresholds are about habitual hours: the average, or most of the weeks.
    if average >= long or long_weeks * 2 > len(hours):
        status: Status = "risk"
    elif average > limit or long_weeks:
        status = "watch"
    else:
        status = "ok"
    contracted = [w.contracted_hours for w in weeks if w.contracted_hours is not None]
    note = f"{average:.1f} h a week on average"
    overtime = ""
    if contracted:
        extra = average - _mean(contracted)
        if extra > 0:
            overtime = f"{extra:.1f} h a week over the {_mean(contracted):.1f} h contracted"
            note += f", {overtime}"
    if long_weeks:
        flags.append(
            Flag(
                "long_hours",
                "hours",
                "risk" if status == "risk" else "watch",
                f"{long:g} h or more worked in {_of_weeks(long_weeks, len(hours))}: the WHO/ILO "
                "estimate links this to higher stroke and heart-disease risk",
                f"Bring your week below {long:g} h and toward {limit:g} h on average; "
                "raise workload and priorities with your manager.",
                WHO_ILO_55H,
            )
        )
    if average > limit:
        flags.append(
            Flag(
                "over_hours_limit",
                "hours",
                "watch",
                f"averaging {average:.1f} h of work a week, above the EU limit of {limit:g} h "
                "on average",
                f"Cut about {average - limit:.1f} h a week to get back to {limit:g} h"
                + (f" ({overtime})." if overtime else "."),
                EU_48H,
            )
        )
    return BalanceComponent(
        "hours", round(average, 2), "h/week", limit, status, points, cites, note
    )


def _of_weeks(count: int, logged: int) -> str:
    return "the one logged week" if logged == 1 else f"{count} of the last {logged} logged weeks"


def _sleep(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (SLEEP_7H,)
    sleep = [w.sleep_hours for w in weeks if w.sleep_hours is not None]
    if not sleep:
        return _missing("sleep", "h/night", cites, "no sleep logged in the window")
    target = policy.sleep_hours
    average = _mean(sleep)
    # Points are the share of the recommended sleep reached; more than 9 h is not penalised,
    # because the evidence is uncertain for most adults and it suits some.
    points = _points(100 * average / target)
    note = f"{average:.1f} h a night on average"
    if average > 9:
        note += "; more than 9 h can suit recovery or illness, its risk is uncertain for others"
    status: Status = "ok" if average >= target else "watch"
    if status == "watch":
        flags.append(
            Flag(
                "short_sleep",
                "sleep",
                "watch",
                f"sleeping {average:.1f} h a night on average, below the {target:g} h or more "
                "recommended for adults",
                f"Aim for at least {target:g} h a night: keep a regular bedtime on work nights.",
                SLEEP_7H,
            )
        )
    return BalanceComponent(
        "sleep", round(average, 2), "h/night", target, status, points, cites, note
    )


def _activity(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (ACTIVITY_150,)
    # A week counts when either kind of activity is logged; the other kind then counts as none.
    minutes = [
        (w.activity_minutes or 0.0) + policy.vigorous_factor * (w.vigorous_minutes or 0.0)
        for w in weeks
        if w.activity_minutes is not None or w.vigorous_minutes is not None
    ]
    if not minutes:
        return _missing("activity", "min/week", cites, "no physical activity logged in the window")
    target = policy.activity_minutes
    average = _mean(minutes)
    points = _points(100 * average / target)  # the share of the guideline reached
    status: Status = "ok" if average >= target else "watch"
    if status == "watch":
        short = target - average
        flags.append(
            Flag(
                "low_activity",
                "activity",
                "watch",
                f"about {average:.0f} min of moderate activity a week (vigorous minutes count "
                f"double), below the {target:g} min recommended",
                f"Add about {short:.0f} min of moderate activity a week, such as brisk walking, "
                f"or {short / policy.vigorous_factor:.0f} min of vigorous activity.",
                ACTIVITY_150,
            )
        )
    return BalanceComponent(
        "activity",
        round(average, 2),
        "min/week",
        target,
        status,
        points,
        cites,
        f"{average:.0f} moderate-equivalent minutes a week on average",
    )


def _after_hours(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (AFTER_HOURS,)
    days = [float(w.after_hours_days) for w in weeks if w.after_hours_days is not None]
    if not days:
        return _missing(
            "after_hours", "days/week", cites, "no after-hours work logged in the window"
        )
    limit = policy.after_hours_days
    average = _mean(days)
    points = _points(100 * (7 - average) / 7)  # the share of days free of work after hours
    status: Status = "ok" if average <= limit else "watch"
    if status == "watch":
        flags.append(
            Flag(
                "after_hours",
                "after_hours",
                "watch",
                f"working after hours on {average:.1f} days a week on average "
                f"(more than {limit:g}, a configurable default)",
                "Keep more evenings and weekends free of work: switching off goes with less "
                "exhaustion and better sleep.",
                AFTER_HOURS,
            )
        )
    return BalanceComponent(
        "after_hours",
        round(average, 2),
        "days/week",
        limit,
        status,
        points,
        cites,
        f"{average:.1f} days a week with work after hours",
    )


def _leave(
    data: Wellbeing, end: date, policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (EU_LEAVE, LEAVE_PACE)
    month = policy.leave_year_start
    year_start = date(end.year if end.month >= month else end.year - 1, month, 1)
    next_start = date(year_start.year + 1, month, 1)
    # Periods of time off are a leave record of their own: with any recorded, leave is counted
    # from the start of the leave year. Weekly logs count from the first week with leave logged
    # (weeks are sorted, so it is found early), so a log begun mid-year is judged pro rata.
    first_logged = next((w.week for w in data.weeks if w.leave_days is not None), None)
    # Zero leave is only a finding while the records are kept: when nothing at all was logged
    # this leave year (no week, no time off), the log has stopped, and 0 days would be a guess.
    logged_this_year = _between(data.weeks, year_start, end, _WEEK) or any(
        period.end >= year_start and period.start <= end for period in data.time_off
    )
    if (data.time_off or first_logged is not None) and not logged_this_year:
        return _missing(
            "leave", "days", cites, f"nothing logged since the leave year began on {year_start}"
        )
    if data.time_off:
        first = year_start
    elif first_logged is not None and first_logged <= end:
        first = max(year_start, first_logged)
    else:
        return _missing("leave", "days", cites, "no leave recorded (weekly leave days or time off)")
    from_weeks = math.fsum(w.leave_days or 0.0 for w in _between(data.weeks, first, end, _WEEK))
    # Weekly leave days and periods of time off may record the same leave: take the larger.
    taken = max(from_weeks, float(_time_off_workdays(data.time_off, first, end)))
    entitlement = data.annual_leave_days
    assumed = entitlement is None
    if entitlement is None:
        entitlement = policy.annual_leave_days
    on_pace = entitlement * ((end - first).days + 1) / (next_start - year_start).days
    target = policy.leave_pace * on_pace
    note = (
        f"{taken:g} of {entitlement:g} leave days taken since {first.isoformat()}, "
        f"{on_pace:.1f} would be on pro-rata pace"
        + (f" (entitlement assumed: {entitlement:g} days)" if assumed else "")
    )
    if target < 1:
        return BalanceComponent(
            "leave",
            taken,
            "days",
            round(target, 2),
            "missing",
            None,
            cites,
            "too early in the leave year to judge: " + note,
        )
    points = _points(100 * taken / target)
    status: Status = "ok" if taken >= target else "watch"
    if status == "watch":
        flags.append(
            Flag(
                "little_leave",
                "leave",
                "watch",
                f"{taken:g} of {entitlement:g} leave days taken this leave year, behind pace "
                f"({on_pace:.1f} by now)",
                f"You took {taken:g} of your {entitlement:g} leave days this year: book some time "
                "off in the coming weeks.",
                LEAVE_PACE,
            )
        )
    return BalanceComponent("leave", taken, "days", round(target, 2), status, points, cites, note)


def _time_off_workdays(periods: tuple[TimeOff, ...], first: date, last: date) -> int:
    """Monday-to-Friday days inside ``first..last`` covered by any period (overlaps once)."""
    total = 0
    covered_until = first - timedelta(days=1)
    for period in sorted(periods, key=operator.attrgetter("start")):
        lo = max(period.start, covered_until + timedelta(days=1))
        hi = min(period.end, last)
        if lo <= hi:
            total += _workdays(lo, hi)
            covered_until = hi
    return total


def _workdays(lo: date, hi: date) -> int:
    days = (hi - lo).days + 1
    full, rest = divmod(days, 7)
    return full * 5 + sum((lo.weekday() + i) % 7 < 5 for i in range(rest))


def _wellbeing_index(
    answers: tuple[Who5Response, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (WHO5_50, WHO5_28, WHO5_ITEM)
    if not answers:
        return _missing("wellbeing", "WHO-5 index", cites, "no WHO-5 answered in the window")
    latest = answers[-1]
    result = who5(latest.answers)
    index = result.index
    status: Status = "ok"
    if index <= policy.who5_poor:
        status = "risk"
        very_low = index <= policy.who5_very_low
        flags.append(
            Flag(
                "poor_wellbeing",
                "wellbeing",
                "risk",
                f"WHO-5 well-being index {index} on {latest.date.isoformat()} "
                + (
                    f"({policy.who5_very_low} or less: read as likely depression by a "
                    "secondary-source convention)"
                    if very_low
                    else f"({policy.who5_poor} or less: the published reading recommends screening "
                    "for depression)"
                ),
                "Talk to a doctor or an occupational health service about how you have been "
                "feeling; this score is a prompt, not a diagnosis.",
                WHO5_28 if very_low else WHO5_50,
            )
        )
    elif result.low_items:
        status = "watch"
        items = ", ".join(str(i) for i in result.low_items)
        flags.append(
            Flag(
                "low_wellbeing_item",
                "wellbeing",
                "watch",
                f"WHO-5 item(s) {items} answered 0 or 1 on {latest.date.isoformat()}",
                "Look at what has been low lately and consider talking it through with someone "
                "you trust or a health professional.",
                WHO5_ITEM,
            )
        )
    # A WHO-5 index is already a 0-100 share of the best possible well-being: used as points.
    return BalanceComponent(
        "wellbeing",
        float(index),
        "WHO-5 index",
        float(policy.who5_poor),
        status,
        float(index),
        cites,
        f"WHO-5 answered on {latest.date.isoformat()}: raw {result.raw}, index {index}",
    )


def _burnout(
    answers: tuple[CbiResponse, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (CBI_SCORING, CBI_BANDS)
    if not answers:
        return _missing("burnout", "CBI score", cites, "no CBI answered in the window")
    latest = answers[-1]
    result = cbi(
        personal=_padded(latest.personal, len(CBI_PERSONAL_ITEMS)),
        work=_padded(latest.work, len(CBI_WORK_ITEMS)),
        client=_padded(latest.client, len(CBI_CLIENT_ITEMS)),
        client_min_answered=policy.cbi_client_min_answered,
    )
    scored = [
        (s, v)
        for s, v in (
            ("personal", result.personal),
            ("work", result.work),
            ("client", result.client),
        )
        if v is not None
    ]
    if not scored:
        why = "; ".join(result.notes) or "no scale answered"
        return _missing("burnout", "CBI score", cites, f"CBI of {latest.date.isoformat()}: {why}")
    # The worst scale counts: burnout in any one domain matters.
    scale, worst = max(scored, key=operator.itemgetter(1))
    status: Status = (
        "risk" if worst >= policy.cbi_risk else "watch" if worst >= policy.cbi_watch else "ok"
    )
    if status != "ok":
        severity: Severity = "risk" if status == "risk" else "watch"
        band = "high" if status == "risk" else "moderate"
        flags.append(
            Flag(
                "burnout",
                "burnout",
                severity,
                f"CBI {scale} burnout {worst:.0f} on {latest.date.isoformat()} "
                f"({band} by a common convention, not a validated cut-off)",
                "Look at what drains you most and discuss workload, control or support with your "
                "manager or an occupational health service.",
                CBI_BANDS,
            )
        )
    scales = ", ".join(f"{s} {v:.1f}" for s, v in scored)
    return BalanceComponent(
        "burnout",
        round(worst, 2),
        "CBI score",
        policy.cbi_watch,
        status,
        _points(100 - worst),
        cites,
        f"CBI answered on {latest.date.isoformat()}: {scales}",
    )


def _padded(answers: tuple[int | None, ...], items: int) -> tuple[int | None, ...]:
    # The model accepts a scale cut short; the items left off were not answered.
    return answers + (None,) * (items - len(answers)) if answers else ()
