"""The role each time read in a goal plays: its deadline, when an activity starts, how long
something has gone on, the unit of a level, or a date that belongs to the reason."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact, _Time
from careerkit._smart.text.periods import _months_later, noun_after_time
from careerkit._smart.text.tense import CLAUSE_STOPS, so_far
from careerkit._smart.text.tokens import _Doc, lemma

_REASON = "the reason given"


def _stated_fiscal_start(d: _Doc) -> int | None:
    """The first month of a fiscal year the text defines: "(our FY ends 31 March)", "this
    financial year, which ends on 31 March", "FY27 (July 2026 – June 2027)"; or None."""
    # Most goals name no fiscal year: look at the words only then. "fy" inside a word
    # ("qualify", "satisfy") names none, so a text with it is looked at only when it holds
    # the word itself, or "fy" and a digit ("FY27").
    if _FISCAL_WORDS.isdisjoint(d.vocab) and (
        "fy" not in d.text.lower() or not any(map(_fy_code, d.vocab))
    ):
        return None
    low = d.low
    for k, w in enumerate(low):
        if not (w in _FISCAL_WORDS or (w[:2] == "fy" and w[2:].isdecimal())):
            continue
        months: list[int] = []
        for m in range(k + 1, min(d.n, k + 12)):
            x = low[m]
            if x in (".", ";", "\n") or (x == ")" and months):
                break
            if x in lx.MONTHS and (x != "may" or d.raw[m][:1] == "M"):
                months.append(lx.MONTHS[x])
            elif x in ("ends", "ending", "closes") and not months:
                months.append(0)  # the month after it is the year's last
        if months[:1] == [0] and len(months) > 1:
            return months[1] % 12 + 1
        if len(months) == 2 and months[0] and months[1] == (months[0] + 10) % 12 + 1:
            return months[0]  # "(July 2026 – June 2027)": a year from its first month
    return None


# The words that name a fiscal year.
_FISCAL_WORDS = lx.FISCAL_WORDS | {"fy"}


def _fy_code(w: str) -> bool:
    """The word ``w`` is a code for a fiscal year: "fy27", "fy2027"."""
    return w[:2] == "fy" and w[2:3].isdecimal()


def _so_far(d: _Doc, i: int, j: int) -> bool:
    """The window from ``i`` to ``j`` tells how long something has gone on ("I've been a TA
    for 5 years", "having run the kitchen for 3 years", "for 2 years now"), not a window for
    the goal."""
    return d.low[i] == "for" and (d.at[j] == "now" or so_far(d, i))


def _rate_reached(d: _Doc, i: int) -> bool:
    """The frequency at ``i`` is the unit of a level the goal moves to or from ("grow the club
    to 30 children per session", "from 40 a month to 10 a month"), not how often it is done."""
    k = i - 1
    while k > max(i - 3, -1) and d.low[k].isalpha() and d.low[k] not in lx.PREPOSITIONS:
        if d.low[k] in lx.DURATION_UNITS or d.low[k] in lx.SHORT_UNITS:
            return False  # "limit screen time to 30 minutes a day": a routine kept each day
        k -= 1  # the counted noun: "30 children", "200 parcels"
    if k < 1 or not d.low[k][:1].isdecimal():
        return False
    if d.at[k - 1] in ("to", "-", "–") and d.at[k - 2][:1].isdecimal():
        return False  # a range: "10 to 12 calls a day"
    k -= 1
    while k > i - 6 and d.at[k] in lx.QUANT_SKIP:
        k -= 1  # "to under 4 a month", "to at least 30"
    if d.at[k] == "from":  # at[-1] is padding: k may pass the text's start
        return True
    before = d.low[k - 1] if k > 0 else ""
    # "go to 3 classes a week", "talk to 5 customers a week": "to" after a verb is its own
    return d.low[k] == "to" and (
        before == "up" or (lemma(before) not in lx.VERBS and before not in lx.PARTICLES)
    )


def habit_given_up(d: _Doc, i: int) -> bool:
    """The cadence at ``i`` is how often a habit the goal gives up recurs ("stop throwing out
    unsold bread every night", "quit smoking after every meal", "give up snacking each
    evening"): the habit's, not a schedule for the goal. A gerund after a verb of giving up
    earlier in the clause names the habit."""
    if _GIVE_UP_FORMS.isdisjoint(d.vocab):
        return False  # most goals give nothing up: one set test at C speed
    for k in range(i - 1, max(0, i - 8), -1):
        w = d.low[k]
        if w in CLAUSE_STOPS:
            return False
        if w.endswith("ing") and len(w) > 4 and d.raw[k].isalpha():
            before = d.low[k - 1]
            if before == "up" and k >= 2:
                return lemma(d.low[k - 2]) == "give"
            return lemma(before) in _GIVE_UP_VERBS
    return False


# Verbs that give up what the gerund after them names: "stop checking", "quit smoking".
_GIVE_UP_VERBS = frozenset({"stop", "quit", "avoid"})
_GIVE_UP_FORMS = frozenset(
    {"stop", "stops", "stopped", "stopping", "quit", "quits", "quitting"}
    | {"avoid", "avoids", "avoided", "avoiding", "give", "gives", "gave", "giving"}
)


def _a_start_of(d: _Doc, i: int) -> bool:
    """The time at ``i`` says when something starts: "start the pilot in April", "then begin
    the Level 3 course in February" (a start verb earlier in its clause)."""
    for k in range(i - 1, max(-1, i - 8), -1):
        w = d.low[k]
        if w in CLAUSE_STOPS and not (w == "-" and d.glued[k]):
            return False
        if lemma(w) in lx.START_VERBS:
            return True
    return False


def _activity_starts(d: _Doc, i: int, main: int) -> bool:
    """The time at ``i`` says when an activity starts that goes on: "start calling businesses
    in January", "begin running on Monday" (a start verb and a gerund earlier in its clause),
    or when what the goal's own action starts begins ("Begin forklift training on 7 January":
    the start verb at ``main``); no "by" or "before", which set a deadline for the start
    itself."""
    if _opens_deadline(d, i) or d.at[i - 1] in lx.DEADLINE_LABELS:
        return False  # "by", "no later than", "due": a deadline for the start itself
    # The goal's own start verb may stand further back ("Begin the stock-take at the Leeds
    # warehouse on 2 December"); a gerund's, a few words back.
    lo = max(-1, min(i - 8, main - 1) if i - 20 < main < i else i - 8)
    for k in range(i - 1, lo, -1):
        w = d.low[k]
        if w in CLAUSE_STOPS and not (w == "-" and d.glued[k]):
            return False
        if lemma(w) in lx.START_VERBS:
            nxt = d.at[k + 1]
            return (
                k == main
                or _start_made(d, main, k)
                or (nxt.endswith("ing") and len(nxt) > 4 and d.raw[k + 1].isalpha())
            )
    return False


def _start_made(d: _Doc, main: int, k: int) -> bool:
    """Is the start word at ``k`` what the goal's verb at ``main`` makes of it: "get started
    on the garden", "make a start on the accounts"? The goal's action is then to start."""
    return d.at[main] in lx.START_MAKERS and (
        k == main + 1 or (k == main + 2 and d.at[k - 1] == "a")
    )


def length_from_start(
    d: _Doc, quantities: list[QuantityFact], start: date, span: tuple[int, int]
) -> date | None:
    """The last day of what the goal runs, from a length written as its modifier ("a 6-week
    puppy class", "a 5-day course", "a 3-month placement", in the goal's character ``span``)
    and the day it ``start``-s: a weekly or daily thing meets for the last time on the same
    day of its last week or on its last day; a span of months ends the day before the same
    date that many months on. None when the goal names no such length."""
    lo, hi = span
    for q in quantities:
        if (
            q.kind != "duration"
            or not lo <= q.span[0] < hi
            or "-" not in d.text[q.span[0] : q.span[1]]
        ):
            continue
        n = int(q.value)
        if n != q.value or n < 1:
            continue  # "a 1.5-day course": no count of meetings
        unit = q.unit.removesuffix("s")
        if unit == "day":
            return start + timedelta(days=n - 1)
        if unit == "week":
            return start + timedelta(weeks=n - 1)
        if unit == "month":
            return _months_later(start, n) - timedelta(days=1)
    return None


def _trimmed(d: _Doc, i: int, j: int) -> int:
    """The end of the time expression ``i:j`` without a full stop after it ("in January.")."""
    while j > i + 1 and d.low[j - 1] in (".", ","):
        j -= 1
    return j


# The forms of the start verbs: a text without one has no activity start to read.
# The forms of START_VERBS that lemma() reads back to them: a cheap test before the walk.
_START_FORMS = frozenset(
    {"start", "starts", "started", "starting", "begin", "begins", "beginning"}
    | {"commence", "commences", "commenced", "commencing"}
)
_DEADLINE_WORDS = frozenset({"by", "before", "until", "till", "within", "no"})


def _opens_deadline(d: _Doc, i: int) -> bool:
    """The time at ``i`` opens with a deadline word: "by", "before", "no later than" (a time
    read from "later than"), not "later this year"."""
    return d.low[i] in _DEADLINE_WORDS or (d.low[i] == "later" and d.at[i + 1] == "than")


def _names_an_occasion(d: _Doc, j: int) -> bool:
    """The time before ``j`` names an occasion with the noun after it ("from the spring gala",
    "since the March 2026 reorg", "after the June 2026 price change"): no start of the goal."""
    w = d.at[j]
    return (
        noun_after_time(d, j)
        # A capital, an adverb, a pronoun or another word of time goes on with the sentence;
        # a leading phrase dates a name ("since the March 2026 Reorg, ..."): tests of this rule.
        and d.raw[j].islower()
        and not w.endswith("ly")
        and w not in lx.PRONOUNS
        and w not in lx.CALENDAR_NOUNS
        and w
        not in ("onwards", "onward", "forward", "forwards", "on", "morning", "evening", "night")
    )


# Words that put a goal inside a named period ("in Q1 2027", "during March"), not up to it.
_HELD_IN = frozenset({"in", "during", "throughout", "over", "across", "for"})


def _sets_a_deadline(d: _Doc, t: _Time) -> bool:
    """The time ``t`` opens with a deadline word ("by May", "before the audit", "due 3 June")."""
    return _opens_deadline(d, t.i) or d.at[t.i - 1] in lx.DEADLINE_LABELS


def _keep_times(
    times: list[_Time], keep: Callable[[_Time], bool], set_aside: list[tuple[_Time, str]]
) -> list[_Time]:
    """The times ``keep`` holds to; each date it drops ("end") is set aside as the reason's."""
    kept = [t for t in times if keep(t)]
    set_aside.extend((t, _REASON) for t in times if t not in kept and t.kind == "end")
    return kept


def _why_no_date(t: _Time) -> str:
    """Why the day ``t`` is not in the calendar: "June has 30 days", "there is no month 13"."""
    if not 1 <= t.months <= 12:
        return f"there is no month {t.months}"
    name = _MONTH_NAMES[t.months - 1]
    if t.extra_days:
        return f"{name} {t.extra_days} has {monthrange(t.extra_days, t.months)[1]} days"
    if t.months == 2:
        return "February has 28 days, 29 in a leap year"
    return f"{name} has {monthrange(2001, t.months)[1]} days"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip
