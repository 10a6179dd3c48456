"""Tests on the words around a date: a bare weekday and whether a past verb tells it, a run of
counted dates, a vague span, the head noun a date belongs to, a year too far to read: the helpers
of :mod:`careerkit._smart.text.dates`."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import _Time
from careerkit._smart.text.numbers import _year_slot
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.ordinals import AFTER_A_DAY
from careerkit._smart.text.periods import (
    _context,
)
from careerkit._smart.text.tense import CLAUSE_STOPS, past_form
from careerkit._smart.text.tokens import _Doc


def _bare_day(d: _Doc, i: int) -> bool:
    """Is the weekday at ``i`` an adverb of time with no preposition, at the end of a clause
    after a lower-case word ("send the invoice Monday.", "first thing Monday, then ...")? Not
    part of a name ("Cyber Monday"), nor after a determiner or a preposition, nor in a clause
    told in the past ("I was hired Monday."): that day has gone by."""
    prev = d.at[i - 1]
    return (
        i > 0
        and (d.at[i + 1] in _CLAUSE_END or d.at[i + 1] in _AFTER_A_DEADLINE)
        and d.raw[i - 1].isalpha()
        and d.raw[i - 1].islower()
        and prev not in lx.DETERMINERS
        and prev not in lx.POSSESSIVES
        and prev not in lx.PREPOSITIONS
        and prev not in lx.CONJUNCTIONS
        and not _told_in_the_past(d, i)
    )


def _told_in_the_past(d: _Doc, i: int) -> bool:
    """Is a verb in the past tense earlier in the clause of the word at ``i``?"""
    for k in range(i - 1, -1, -1):
        if d.low[k] in CLAUSE_STOPS:
            return False
        if past_form(d, k):
            return True
    return False


# Words after a day that make it a deadline: "Friday latest", "Monday sharp" (the words
# after a day of the month, but "earliest", which makes it a start).
_AFTER_A_DEADLINE = AFTER_A_DAY - {"earliest"}
# What may follow a weekday said as an adverb of time: the clause's end.
_CLAUSE_END = frozenset({".", ",", ";", "!", "?", ")", "", "\n", "and", "then"})


def _counted_run(d: _Doc, k: int) -> int:
    """After a count at ``k``: the end of a plural noun (or a two-word one) that counts
    occasions ("20 deliveries", "6 jobs", "12 pay runs"), not a unit of time ("6 weeks" is a
    window) or of measure; else 0."""
    for m in (k, k + 1):
        w = d.at[m]
        if not (d.raw[m : m + 1] and d.raw[m].isalpha()) or w in lx.PREPOSITIONS:
            return 0
        if w in lx.DURATION_UNITS or w in lx.SHORT_UNITS or w in lx.MEASURE_UNITS:
            return 0
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            return m + 1
    return 0


def _run_bounds(d: _Doc, i: int) -> int:
    """Where the phrase starts when a preposition before the run at ``i`` makes it the goal's
    bound ("over the next 20 deliveries", "on 8 of my next 10 jobs"), else -1: "read the next
    3 books" names what is read."""
    k = i - 1
    if d.at[k] in lx.POSSESSIVES:
        k -= 1
    bounding = ("over", "for", "across", "on", "in", "of", "during", "within", "throughout")
    return k if k >= 0 and d.at[k] in bounding else -1


def _vague_span(d: _Doc, i: int, j: int) -> _Time | None:
    """ "(within) the next few weeks", "in a couple of months": a time, with no bound; ``j`` is
    the vague amount ("few"), ``i`` where the phrase starts."""
    k = j + 2 if d.at[j + 1] == "of" else j + 1
    if d.at[k] not in lx.DURATION_UNITS:
        return None
    return _Time("vague", _context(d, i)[3], k + 1)


# Parts of a day in the plural, after a weekday: "Tuesday evenings", "Friday afternoons".
_PARTS_OF_DAYS = frozenset({"mornings", "afternoons", "evenings", "nights", "lunchtimes"})


def _undated(d: _Doc, i: int, j: int) -> _Time:
    """A period on dates the text omits ("next term", "in the new year"): the goal's window,
    or only when it starts after "from" or "starting" ("From next term, teach ...")."""
    prep, prep2, _, begin = _context(d, i)
    if prep in lx.START_PREPOSITIONS or prep2 in lx.START_PREPOSITIONS:
        return _Time("start", begin, j)
    return _Time("event", begin, j)


def _eventlike(w: str) -> bool:
    """A noun that names an occasion, listed or by its ending: "review", "inspection"."""
    return w in lx.EVENT_NOUNS or (len(w) > 5 and w.endswith(lx.EVENT_ENDINGS))


def _dated_head(d: _Doc, j: int) -> bool:
    """Does the noun phrase at ``j``, after a period, name what the period dates: an occasion,
    a target met within it or an undertaking carried out in it ("the March ops review", "my
    Q1 quota", "the 2027 recruitment campaign"), not a thing it is about ("the 2026 yields")?"""
    head = d.low[_np_head(d, j)]
    return (
        _eventlike(head)
        or head in lx.CADENCE_NOUNS
        or head in lx.UNDATED_PERIODS
        or (head in lx.EVENT_PLURALS and head != "results")  # results day, not the results
        or head in lx.PERIOD_TARGETS
        or head in lx.SERVICES  # "the Easter services"
    )


def _target_head(d: _Doc, j: int) -> bool:
    """Is the noun phrase at ``j``, after a year, a target met within it or an undertaking
    carried out in it ("the 2027 sales target", "the 2027 recruitment campaign")? Any other
    thing the year is about stays a name: "plan the 2027 conference programme". At the end of
    the text there is no noun phrase ("beat the 2024"): no target."""
    return d.at[_np_head(d, j)] in lx.PERIOD_TARGETS


def _np_head(d: _Doc, j: int) -> int:
    """The index of the head noun of the noun phrase at ``j``: its last word, or the word
    before an "of" that opens its complement ("the Q1 sales target of £40k", "the Q3 hiring
    goal of 12 nurses": the target, the goal)."""
    end = max(_np_end(d, j, min(d.n, j + 5)), j + 1)
    for k in range(j + 1, end):
        if d.low[k] == "of":
            return k - 1
    return end - 1


def _far_year(d: _Doc, i: int, j: int) -> tuple[int, int] | None:
    """A number of four or more digits at ``j``, in the year's place after the month, quarter
    or half at ``i`` that a time preposition opens, that is not a year read (1900-2199): "by
    June 2300", "in Q1 3000". Returns (the number, index after). Without the preposition the
    number is a figure for that period ("Signups: June 2400, July 2600")."""
    slot = _year_slot(d, j)
    if slot is None or slot[0] < 1000 or _context(d, i)[0] not in lx.TIME_PHRASE_PREPS:
        return None
    return slot
