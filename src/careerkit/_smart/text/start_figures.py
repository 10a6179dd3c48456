"""A figure the text states as where the goal starts against the goal's own figure of the same
thing per the same period: "I run 5k once a week; next month I'll run 200 km a week", "we
sell 10 a month; 500 a month by March", "grow weekly sales from 10 to 500 by March". The
ratio and the window are both in the text, whatever is counted."""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact, _IssueFn
from careerkit._smart.text.rates import _window_words
from careerkit._smart.text.tokens import _Doc


def _grown_from_start(
    d: _Doc,
    issue: _IssueFn,
    quantities: list[QuantityFact],
    goal_q: list[QuantityFact],
    window: int,
) -> None:
    """An amount per period (a week's distance, a month's sales, a year's bookings) grown more
    than twentyfold from the amount the text says it stands at, within about a year.

    What a person, a team or a business turns out in a period is a pace kept up: it grows by
    steps, not by twentyfold in months, whatever it counts. The start is said with the goal's
    figure ("grow weekly sales from 10 to 500"), or as a figure of its own: after "from",
    "currently" or "now" ("500 a month by March, up from 10 a month", "(currently 5 km a
    week)"), or before the goal's figure in a clause of its own ("I run 5k once a week;
    ..."); the goal's own clause says the target. Both must count the same thing per the
    same period. A stock built up ("from 2 to
    50 pages", "from 1 to 25 volunteers") is no pace, and people who choose to follow or sign
    up (followers, subscribers) come many at a time: neither is weighed."""
    if window > _ABOUT_A_YEAR:
        return  # a window too long to judge
    for q in goal_q:
        if q.baseline is None or q.kind not in _AMOUNTS or q.high is not None:
            continue
        # "grow weekly sales from 10 to 500": one figure, its start said with it
        if q.unit in lx.AUDIENCE_NOUNS or q.value >= (10_000 if q.kind == "money" else 1_000):
            continue  # big figures are weighed by their growth a month (rates.py)
        i, k = bisect_left(d.st, q.span[0]), bisect_left(d.st, q.span[1])
        if q.baseline > 0 and q.value / q.baseline > _FACTOR and _per_period(d, i, k):
            issue("A002", q.span, d.text[q.span[0] : q.span[1]], _window_words(window))
            return
    if len(quantities) < 2:
        return  # the usual case: no second figure to start from
    goal_spans = {q.span for q in goal_q}  # the goal's figures: only one of them is a target
    paced = []
    for q in quantities:
        if q.kind in _PACED_KINDS and q.baseline is None and q.unit not in lx.AUDIENCE_NOUNS:
            i, k = bisect_left(d.st, q.span[0]), bisect_left(d.st, q.span[1])
            period, end = _period_after(d, k)
            if period is not None:
                paced.append((q, i, period, end))
                if len(paced) == _MOST_PACED:
                    break  # a goal states its start near its target; a long list is no goal
    for n, (x, xi, period, x_end) in enumerate(paced):
        for y, yi, y_period, y_end in paced[n + 1 :]:
            if y_period != period or y.kind != x.kind:
                continue
            if d.at[yi - 1] in _START_MARKS:
                start, s_i, s_end, target, t_end = y, yi, y_end, x, x_end  # "up from 10 a month"
            elif d.at[xi - 1] in _START_MARKS or any(
                d.low[m] in _CLAUSE_BREAKS for m in range(x_end + 1, yi)
            ):
                start, s_i, s_end, target, t_end = x, xi, x_end, y, y_end
            else:
                continue  # two figures of one clause: neither is said as where it starts
            if target.span not in goal_spans:
                continue  # "we get 3 leads from ads and 80 from referrals": two facts, no goal
            value = start.value
            if start.unit == "" and d.raw[s_i][-1:] in ("k", "K") and target.unit in _KM_UNITS:
                value = start.value / 1000  # "5k" beside a goal in km is 5 km, not 5,000
            elif not _same_unit(start.unit, target.unit):
                continue
            if value > 0 and target.value / value > _FACTOR:
                # each figure with its period: "5k once a week to 200 km a week"
                said = (
                    f"{d.text[start.span[0] : d.en[s_end]]} to "
                    f"{d.text[target.span[0] : d.en[t_end]]}"
                )
                issue("A002", target.span, said, _window_words(window))
                return


# The most figures per period read as starts and targets: each pair is looked at, so a text
# of thousands of them is read no further than its first few.
_MOST_PACED = 12
# Kinds of figure a pace is counted in: a count, a sum of money.
_PACED_KINDS = frozenset({"count", "money"})
# Words right before a figure that say it is where the goal starts: "from 3", "currently 5 km",
# "now 10 a month".
_START_MARKS = frozenset({"from", "currently", "now"})
# Kinds of figure that count an amount: a count, a sum of money, a change between two.
_AMOUNTS = frozenset({"count", "money", "change"})
# More than twentyfold: "from 500 to 10,000 steps a day" (twentyfold) is a stretch one may keep.
_FACTOR = 20.0
# "next year" said in late November ends 13 months on: the longest window weighed.
_ABOUT_A_YEAR = 401
_KM_UNITS = frozenset({"km", "kms", "k", "kilometres", "kilometers"})
# The periods an amount may be counted per, by how they are written.
_PERIODS = {
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "quarter": "quarter", "shift": "shift", "season": "season",
}  # fmt: skip
# Words before a period that make the amount before them one per that period: "a week",
# "per month", "once a week", "last year", "this season".
_PER_WORDS = frozenset({"a", "an", "per", "each", "every", "/", "last", "this", "next"})
# Words before a period that make a pace of the amount alone: "a week", "per month".
_EACH_WORDS = frozenset({"a", "an", "per", "each", "every", "/"})
# Adjectives that make a noun's amount one per a period: "weekly sales", "my annual revenue".
_RATE_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "quarterly", "annual", "yearly"})
# Marks that close the clause a start figure is said in ("I run 5k once a week; ...", "I sell
# 10 a month, and ...").
_CLAUSE_BREAKS = frozenset({";", ".", ":", "→", "!", "?", ",", "and", "("})


def _period_after(d: _Doc, k: int) -> tuple[str | None, int]:
    """The period the amount ending before token ``k`` is counted per ("a week", "once a
    week", "per month", "last year", past the noun it counts: "200 km a week") and the token
    that names it; None and ``k`` when there is none."""
    for m in range(k, min(d.n, k + 4)):
        w = d.low[m]
        period = _PERIODS.get(w)
        if period is not None:
            return (period, m) if d.at[m - 1] in _PER_WORDS else (None, k)
        if w in _PERIOD_STOPS or not (w.isalpha() or w == "/"):
            break
    return None, k


# Words that end the search for a period after an amount: "200 km by January".
_PERIOD_STOPS = frozenset({"to", "by", "from", "in", "within", "before", "until", "and", "or"})


def _per_period(d: _Doc, i: int, k: int) -> bool:
    """Is the change from token ``i`` to ``k`` one of an amount per period: one after it ("from 10
    to 500 a week") or an adjective of a period before it ("weekly sales from 10 to 500"), not
    the period the total is for ("from 2 to 50 books this year")?"""
    period, m = _period_after(d, k)
    if period is not None and d.at[m - 1] in _EACH_WORDS:
        return True
    # "from 2 to 50 books this year" is the year's total, its deadline, not a pace
    return any(d.at[m] in _RATE_ADJECTIVES for m in range(max(0, i - 4), i))


def _same_unit(a: str, b: str) -> bool:
    """Do two figures count the same thing: the same noun, one or many ("cake", "cakes"), or
    a figure with none after a clause break ("sell 12 cakes a day; 400 a day by Easter")?"""
    if a in _PERIODS:
        a = ""  # "3 last year": the period, read as its unit, is not what is counted
    if not a or not b:
        return True
    return a.rstrip("s") == b.rstrip("s")
