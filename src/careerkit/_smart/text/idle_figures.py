"""Which figures of the goal's clause measure nothing: the size of the group or the things the
goal concerns ("our 12-person team", "my 40 clients"), a number joined to the noun it
modifies ("a 30-day rate"), a figure told as how things are now ("right now a piece takes me
two days"); and, the other way, a count a general verb's object carries ("handle the 25 open
complaints"), which is the task's size. Stages of
:func:`careerkit._smart.text.action.read_clause`."""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact
from careerkit._smart.text.figure_context import people_noun
from careerkit._smart.text.numbers import unit_at
from careerkit._smart.text.objects import (
    _abstract,
)
from careerkit._smart.text.tokens import _Doc


def _group_size(d: _Doc, q: QuantityFact, loose: bool, open_verb: bool = False) -> bool:
    """A figure after "my", "our" or "the": how many or how big the things the goal concerns
    already are, not a result it produces.

    A count of people anywhere with a vague or a state verb (``loose``: "support our 2 new
    hires", "be patient with my 8 apprentices"), and with any verb inside a complement, where
    it says who the action concerns ("hold 1:1s with each of my 7 reports"), not as the object
    it reaches ("call my 20 biggest clients"). A count in digits or a sum of other things: with
    a vague or a state verb anywhere ("look after the 4 depots", "manage relationships with
    our 3 suppliers"), and with a change or a care that goes on (``open_verb``) inside a
    complement ("grow AUM on my £38m book", "mentor starters on our 16-bed ICU"), whose object
    may be the result itself ("raise the £4,000 we missed"). A verb that does something to
    each thing counts them: "install panels on our 3 depots".
    """
    k = bisect_left(d.st, q.span[0])
    if d.at[k - 1] not in lx.POSSESSIVES or d.at[k - 2] in lx.LIMIT_WORDS:
        return False  # "stay within my £200 budget": a limit, which a target sets
    if not people_noun(q.unit):
        sized = (
            q.high is None
            and q.baseline is None
            and (q.kind == "money" or (q.kind == "count" and q.unit.isalpha() and d.digit_first[k]))
        )
        if not sized or not (loose or open_verb):
            return False
    k -= 2
    if d.at[k] == "of" and d.at[k - 1] in ("each", "all", "both"):
        k -= 2  # "each of my 7 reports": the whole phrase, then what comes before it
    return loose or d.at[k] in lx.PREPOSITIONS


def counted_task(d: _Doc, q: QuantityFact, verb_at: int, after: int) -> bool:
    """A general verb whose direct object carries the count ``q`` of things, not people:
    "handle the 25 open complaints", "deal with the 40 overdue invoices", "do the 30
    outstanding reviews". Each thing is dealt with once, so the count is the task's size."""
    k = bisect_left(d.st, q.span[0])
    if people_noun(q.unit) or not after <= k < after + 4:
        return False
    m = k - 1
    if d.at[m] == "the":
        m -= 1  # "the 25 open complaints": a known set to go through ("my 2 jobs" are held)
    if d.at[m] == "all":
        m -= 1
    elif d.at[m + 1] != "the":
        return False
    head = k + 1
    while head + 1 < min(d.n, k + 5) and d.raw[head + 1].isalpha() and not d.used[head + 1]:
        if d.at[head + 1] in lx.PREPOSITIONS or d.at[head + 1] in lx.CONJUNCTIONS:
            break
        head += 1  # "the 12 housing repair tickets": the last word is the thing counted
    if _abstract(d.at[head]) or d.at[head] in lx.VAGUE_NOUNS:
        return False  # "the 3 issues", "the 2 areas": no thing to deal with
    if d.at[m] == "of" and d.at[m - 1] == "care":
        m -= 2  # "take care of the 8 broken laptops"
    while m > verb_at and d.at[m] in lx.PARTICLES:
        m -= 1  # "deal with", "sort out"
    return m == verb_at


def _compound_modifier(d: _Doc, q: QuantityFact) -> bool:
    """A number joined by a hyphen to a word, before the noun it modifies: "a 30-day
    readmission rate", "three-phase motors", "two-factor authentication"; or with its unit
    written onto it: "the 16mm projectors", "our 12V pumps"."""
    k = bisect_left(d.st, q.span[1])
    if k < d.n and d.raw[k] == "-" and d.glued[k]:
        return "-" in d.text[q.span[0] : q.span[1]]  # "four-wheel-drive maintenance"
    i = bisect_left(d.st, q.span[0])
    glued = k == i + 1 and bool(unit_at(d, i))
    return (
        ("-" in d.text[q.span[0] : q.span[1]] or glued)
        and k < d.n
        and d.low[k] not in lx.UNIT_WORDS
        and d.low[k] not in lx.DETERMINERS
        and d.raw[k].isalpha()
        and d.raw[k].islower()
        and d.low[k] not in lx.PREPOSITIONS
        and d.low[k] not in lx.CONJUNCTIONS
        and not d.used[k]
    )


def _present_state(d: _Doc, q: QuantityFact) -> bool:
    """A figure told as how things are now ("right now a piece takes me two days", "currently
    55 minutes", "at the moment 3 a week"): a baseline, not a target. One in brackets
    ("in 5 days (currently 9)") goes with a target beside it and is left to it."""
    k = bisect_left(d.st, q.span[0])
    low = d.low
    for step in (-1, 1):
        m = k + step
        for _ in range(7):
            if not 0 <= m < d.n:
                break
            w = low[m]
            if w in _CLAUSE_EDGES and not (w == "-" and d.glued[m]):
                break
            if (w in ("currently", "presently") and d.at[m - 1] != "(") or (
                (w, d.at[m + 1]) in (("right", "now"), ("at", "present"))
                or (w, d.at[m + 1], d.at[m + 2]) == ("at", "the", "moment")
            ):
                return True
            m += step
    return False


_CLAUSE_EDGES = lx.CLAUSE_EDGES | {"-"}  # a glued hyphen is skipped where it is read
