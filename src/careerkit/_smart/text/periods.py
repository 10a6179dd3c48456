"""Calendar arithmetic and the words in front of a period ('by the end of', 'starting in')."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import _Time
from careerkit._smart.text.tokens import _Doc, lemma

# --- calendar ------------------------------------------------------------------------------


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, dd: int) -> date | None:
    try:
        return date(y, m, dd)
    except ValueError:
        return None


def _next_date(as_of: date, m: int, dd: int) -> date | None:
    """The next day ``dd`` of month ``m`` on or after ``as_of``, within eight years (February
    29 may be years away); None where no such day comes ("June 31", "30/02")."""
    for y in range(as_of.year, as_of.year + 9):
        day = _safe_date(y, m, dd)
        if day is not None and day >= as_of:
            return day
    return None


def _months_later(start: date, months: int) -> date:
    """``start`` plus whole months, clipped to the month's end (Jan 31 + 1 month = Feb 28).

    Always counted from the anchor date, never step by step (month arithmetic with clipping
    is not associative).
    """
    y, m = divmod(start.month - 1 + months, 12)
    year = start.year + y
    return date(year, m + 1, min(start.day, calendar.monthrange(year, m + 1)[1]))


def _quarter(y: int, q: int, fy_start: int, fiscal: bool) -> tuple[date, date]:
    if fiscal and fy_start != 1:
        first = _months_later(date(y - 1, fy_start, 1), 3 * (q - 1))
    else:
        first = date(y, 3 * (q - 1) + 1, 1)
    return first, _months_later(first, 3) - timedelta(days=1)


def _year(y: int, fy_start: int, fiscal: bool) -> tuple[date, date]:
    if fiscal and fy_start != 1:
        first = date(y - 1, fy_start, 1)
        return first, _months_later(first, 12) - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def _fiscal_year_of(day: date, fy_start: int) -> int:
    """The fiscal year (named by the calendar year it ends in) that ``day`` falls in."""
    if fy_start == 1 or day.month < fy_start:
        return day.year
    return day.year + 1


def _add(anchor: date, unit: str, count: float) -> tuple[date, int]:
    """``anchor`` plus ``count`` units, and the length in days."""
    if unit in ("day", "week", "fortnight", "sprint"):
        per = {"day": 1, "week": 7, "fortnight": 14, "sprint": 14}[unit]
        days = round(per * count)
        return anchor + timedelta(days=days), days
    per_month = {"month": 1, "quarter": 3, "year": 12, "semester": 6}[unit]
    months = round(per_month * count)
    end = _months_later(anchor, months)
    return end, (end - anchor).days


def noun_after_time(d: _Doc, j: int) -> bool:
    """Could the word at ``j``, straight after a time, be a noun the time dates ("since the
    March 2026 reorg", "from the spring gala")? Not at the end of the text, nor a word that is
    no noun: a verb, a subject, a modal, an adverb, a preposition, a conjunction, a determiner.
    A leading phrase and a start of the goal each add the tests of their own reading."""
    w = d.at[j]
    return (
        d.raw[j : j + 1] != []
        and d.raw[j].isalpha()
        and w not in lx.PREPOSITIONS
        and w not in lx.CONJUNCTIONS
        and w not in lx.DETERMINERS
        and w not in lx.SUBJECTS
        and w not in lx.MODALS
        and w not in lx.ADVERBS
        and w not in lx.CLAUSE_OPENERS
        and lemma(w) not in lx.VERBS
    )


# --- time expressions ----------------------------------------------------------------------

# The periods of the calendar that "the" names as the one under way: "within the month",
# "before the year is out".
_CALENDAR_PERIODS = frozenset({"week", "month", "quarter", "year"})
_MOD_SENSE = {"middle": "mid", "beginning": "start", "turn": "end"}
# The ordinals of a period's own first and last day: "the first day of Q2".
_FIRST_OR_LAST = {"first": "start", "1st": "start", "last": "end", "final": "end"}


def _context(d: _Doc, i: int) -> tuple[str, str, frozenset[str], int]:
    """What precedes a period at ``i``: preposition, the word before it, modifiers, start."""
    mods: set[str] | None = None  # made only for a period with modifiers, the rare case
    j = i - 1
    steps = 0
    while j >= 0 and steps < 6:
        w = d.low[j]
        # "from next September": "next" and "this" say which one, not how it bounds the goal
        if w == "of" and d.at[j - 1] in ("time", "course") and d.at[j - 2] == "the":
            # "by the time of the summer fair": "by" the fair; "over the course of the year":
            # over the year
            j -= 3
            steps += 3
            continue
        if w == "of" and d.at[j - 1] in ("ahead", "advance", "as"):
            # "ahead of 1 March", "in advance of Easter": "before"; "as of October": from then
            break
        if (
            w in ("beginning", "start")
            and d.at[j + 1] != "of"
            and d.at[j - 1] not in lx.EVENT_DEADLINE_PREPS
            and d.at[j - 1] not in lx.DETERMINERS_DEFINITE
        ):
            break  # "Beginning 4 January, ...", "Start January": when it starts, not its end
        if steps == 0 and (w in lx.WEEKDAYS or (w == "," and d.at[j - 1] in lx.WEEKDAYS)):
            # "by Friday 18 Dec", "on Tues, 8 Dec": the day's name is part of the date
            j -= 1 if w != "," else 2
            steps += 1
            continue
        if w == "day" and d.at[j + 1] == "of" and d.at[j - 1] in _FIRST_OR_LAST:
            # "on the first day of Q2", "by the last day of March": that period's first or
            # last day, as its start or its end
            if mods is None:
                mods = set()
            mods.add(_FIRST_OR_LAST[d.at[j - 1]])
            j -= 2
            steps += 2
            continue
        if w in ("week", "weekend") and d.at[j + 1] == "of":
            j -= 1  # "on the weekend of 16-17 January": the day's preposition stands first
            steps += 1
            continue
        if (
            w in ("the", "of", "very", "-", "a", "next", "this")
            or w in lx.MOD_WORDS
            or (w in lx.END_CODES)
        ):
            if w == "close" and d.at[j + 1] != "of":
                break  # "close the Q3 books": a verb, not "the close of Q3"
            if w in lx.END_CODES:
                w = "end"  # "EOM Jan": the end of January
            if w in lx.MOD_WORDS:
                # "the turn of the year" is its end
                if mods is None:
                    mods = set()
                mods.add(_MOD_SENSE.get(w, w))
            j -= 1
            steps += 1
            continue
        break
    prep = d.at[j]
    prep2 = d.at[j - 1]
    first = j if prep in lx.PREP_ALL else j + 1
    if prep not in lx.PREP_ALL:
        while first < i and d.low[first] in ("the", "a", "of", "very"):
            first += 1  # "lead the Q1 2027 project": "the" belongs to the project
    if (prep in ("to", "of", "than") and prep2 in ("prior", "ahead", "advance", "later", "as")) or (
        prep in ("in", "on", "with") and prep2 in ("starting", "beginning", "from")
    ):
        first = j - 1  # "no later than June", "starting in March", "starting with the June"
    return prep, prep2, frozenset(mods) if mods else lx.NO_MODS, max(first, 0)


def _resolve(
    d: _Doc, i: int, j: int, first: date, last: date
) -> _Time:  # apply the words in front of a period
    prep, prep2, mods, begin = _context(d, i)
    if not mods:  # the usual case: no "end of", "early", "mid-" before the period
        first_m, last_m = first, last
    elif "end" in mods or "rest" in mods:
        first_m, last_m = (d.as_of if "rest" in mods else last), last
    elif "start" in mods:
        first_m, last_m = first, first
    elif mods & {"early", "mid", "late"}:
        span = (last - first).days + 1
        third = max(span // 3, 1)
        if "early" in mods:
            first_m, last_m = first, first + timedelta(days=third - 1)
        elif "mid" in mods:
            # The middle of a period is its first half's end: "by mid-2027" is June 30, and
            # "by mid-January" January 15, the day before "the second half of January" starts.
            # A one-day period's middle is that day ("by mid tomorrow").
            half = (_months_later(first, 6) - first).days if span > 300 else max(span // 2, 1)
            first_m = last_m = first + timedelta(days=half - 1)
        else:
            first_m, last_m = last - timedelta(days=third - 1), last
    else:
        first_m, last_m = first, last
    days = (last - first).days + 1
    if (
        prep in lx.START_PREPOSITIONS
        or prep in ("effective", "commencing", "start")
        or (prep in ("in", "on", "of") and prep2 in ("starting", "beginning", "from", "as"))
        or (prep == "with" and prep2 in ("starting", "beginning"))  # "starting with the June"
    ):
        when = last_m + timedelta(days=1) if prep == "after" else first_m
        if prep == "with":  # "starting with the June cohort": the occasion named in full
            while (
                j < begin + 8
                and d.raw[j : j + 1]
                and d.raw[j].isalpha()
                and d.raw[j].islower()
                and d.low[j] not in lx.BOUNDARY
                and d.low[j] not in lx.PREPOSITIONS
            ):
                j += 1
        return _Time("start", begin, j, when, when, days)
    # "on or before 30 June" includes the day; so does a day of the month that is itself what
    # "before" governs ("before 31 March 2027", "before 1 April", "before the 31 Jan deadline"):
    # the due date the writer names. A day that dates an occasion ("before the Feb 10 review")
    # or has no number ("before Friday") ends the day before.
    inclusive = prep2 == "or" or (
        first_m == last_m
        and prep in lx.BEFORE_PREPOSITIONS
        and _numbered_day(d, i, j)
        and not _dates_an_occasion(d, i, j)
    )
    if not inclusive and (
        prep in lx.BEFORE_PREPOSITIONS
        or (prep, prep2) in (("to", "prior"), ("of", "ahead"), ("of", "advance"))
    ):
        end = last_m if mods & {"end", "rest"} else first_m - timedelta(days=1)
        return _Time("end", begin, j, first_m, end, days)
    # "Deadline: 31 March 2027", "Due - end of Q2": the label says "by"
    labelled = prep in (":", "-", "–") and prep2 in lx.DEADLINE_LABELS
    # "every quarter of 2027": the year bounds the cadence, as "through 2027" would
    of_cadence = d.at[i - 1] == "of" and d.at[i - 2] in lx.DURATION_UNITS
    bare = prep not in lx.PREP_ALL and not mods and not labelled and not of_cadence
    return _Time("end", begin, j, first_m, last_m, days, bare=bare)


def _numbered_day(d: _Doc, i: int, j: int) -> bool:
    """The date at ``i``..``j`` writes its day of the month in figures ("31 March", "Dec 31st",
    "30/06/2027"), not as a weekday or a holiday."""
    return any(d.low[k][:1].isdecimal() for k in range(i, j))


def _dates_an_occasion(d: _Doc, i: int, j: int) -> bool:
    """The date at ``i``..``j`` modifies the noun after it, an occasion held that day ("the Feb
    10 sprint review", "my 3 March launch"); "the 31 Jan deadline" is the day itself."""
    w = d.at[j]
    if w in lx.DEADLINE_LABELS:
        return False
    if d.at[i - 1] in lx.DETERMINERS:
        # after "the", a word that goes on the noun phrase is its head, verb-like or not
        return (
            d.raw[j : j + 1] != []
            and d.raw[j].isalpha()
            and w not in lx.PREPOSITIONS
            and w not in lx.CONJUNCTIONS
            and w not in lx.SUBJECTS
            and w not in lx.MODALS
        )
    return noun_after_time(d, j)


def _next_year_if_past(
    d: _Doc, make: tuple[date, date], remake: tuple[date, date]
) -> tuple[date, date]:
    return make if make[1] >= d.as_of else remake


def _period_of(as_of: date, unit: str, step: int, fy_start: int, fiscal: bool) -> tuple[date, date]:
    """The calendar period (week, month, quarter, half, year) ``step`` periods after as_of's."""
    if unit in ("week", "weekend"):
        monday = as_of - timedelta(days=as_of.weekday()) + timedelta(days=7 * step)
        if unit == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = _months_later(date(as_of.year, as_of.month, 1), step)
        return first, _month_end(first.year, first.month)
    if unit == "quarter":
        q0 = date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
        first = _months_later(q0, 3 * step)
        return first, _months_later(first, 3) - timedelta(days=1)
    if unit in ("half", "semester"):
        h0 = date(as_of.year, 1 if as_of.month <= 6 else 7, 1)
        first = _months_later(h0, 6 * step)
        return first, _months_later(first, 6) - timedelta(days=1)
    if fiscal:
        return _year(_fiscal_year_of(as_of, fy_start) + step, fy_start, True)
    return date(as_of.year + step, 1, 1), date(as_of.year + step, 12, 31)
