"""A deadline put as the writer's age: "by age 35", "by the time I'm 40", "before I turn 50"."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc, lemma

# How an age is put as a deadline, read backwards from the number: "by age 35", "by the time
# I'm 40", "before I turn 50", "by the time I am 40".
_AGE_LEADS = (
    ("by", "age"),
    ("before", "age"),
    ("by", "the", "age", "of"),
    ("by", "the", "time", "i'm"),
    ("by", "the", "time", "i", "am"),
    ("by", "the", "time", "i", "turn"),
    ("before", "i", "turn"),
    ("before", "i'm"),
    ("when", "i", "turn"),
)
# The word just before the age in every reading: the last of a lead, or a bare "by".
_BEFORE_AGE = frozenset({lead[-1] for lead in _AGE_LEADS} | {"by"})


def _age_word(d: _Doc, k: int) -> bool:
    """Is the token at ``k`` an age written in figures or words ("30", "thirty", "sixty")?"""
    w = d.low[k]
    if w.isdecimal():
        return 16 <= int(w) <= 99
    return w in lx.TENS


def age_deadline(d: _Doc, i: int) -> int | None:
    """Where a deadline put as the writer's age starts, the number at ``i`` being that age
    ("by age 35", "by the time I'm 40", "before I turn 50"; "Be a partner by 40." with nothing
    after the number and no change to count by it), or None. The goal is bounded, on a date
    the text does not give, and the age is no figure of the goal."""
    if d.at[i - 1] not in _BEFORE_AGE:
        return None  # most numbers: no lead and no "by" just before them
    if not (d.at[i].isdecimal() and _age_word(d, i)):
        return None
    low = d.low
    for lead in _AGE_LEADS:
        k = i - len(lead)
        if k >= 0 and tuple(low[k:i]) == lead:
            return k
    if (
        d.at[i - 1] == "by"
        and (i + 1 >= d.n or d.at[i + 1] in (".", "!", ",", ";"))
        and not any(lemma(x) in lx.CHANGE_VERBS or x in lx.MULTIPLIERS for x in low[:i])
        and not d.at[i - 2][:1].isdecimal()  # "from 40 by 30": figures of a change
    ):
        return i - 1
    return None
