"""Who does a goal's work, as the text says it: one person ("alone", "personally", "on my
own"), a team of a stated size ("a team of two", "the three of us", "a 3-person charity") or a
group of unknown size. The pace checks weigh a goal for these hands."""

from __future__ import annotations

from itertools import compress

from careerkit._smart import lexicon as lx
from careerkit._smart.text.numbers import _number_at
from careerkit._smart.text.tokens import _Doc


def _who(d: _Doc) -> str:
    """Who the pace is weighed for, in words: "one person", "2 people"."""
    hands = _hands(d) or 1.0
    return "one person" if hands == 1 else f"{hands:g} people"


def _hands(d: _Doc) -> float | None:
    """How many people do the work: one when the writer acts alone or says nothing of others,
    the number in "a team of two" or "the three of us", None for a team or a company of
    unknown size. "our" after the action says whose the things are ("visit our 3,000
    customers"), not who acts; a goal that opens with "Our ..." names a group."""
    low = d.low
    if not lx.SOLO_WORDS.isdisjoint(d.vocab):
        return 1.0
    for k in d.find(_SIZED_BY_PEOPLE) if "-" in d.vocab else ():
        # "a one-person team", "our 3-person charity": the group's size, said in its name
        size = _number_at(d, k - 2) if k > 1 and low[k - 1] == "-" else None
        if size is not None and size[1] == k - 1 and not size[2]:
            return max(size[0], 1.0)
    for k in compress(range(d.n), map("of".__eq__, low)) if "of" in d.vocab else ():
        before = d.at[k - 1]
        if before in ("team", "crew", "group"):
            size = _number_at(d, k + 1)  # "with a team of two"
            if size is not None and not size[2]:
                return max(size[0], 1.0)
        if d.at[k + 1] == "us" and before in lx.UNITS:
            return float(lx.UNITS[before])  # "the three of us"
    if low[0] != "our" and not any(_acts(d, k) for k in d.find(lx.TEAM_ACTORS)):
        return 1.0  # no group acts ("Our call centre will ..." does)
    return None


# What a group's size is counted in, in its name: "a two-person team", "a one-man band".
_SIZED_BY_PEOPLE = frozenset({"person", "man", "woman", "strong"})


def _acts(d: _Doc, k: int) -> bool:
    """The group word at ``k`` names who acts, not who the goal is for: after "to" or "for"
    ("because it matters to my team", "a rota for the department") a group receives."""
    m = k - 1
    if d.at[m] in lx.POSSESSIVES or d.at[m] in lx.DETERMINERS:
        m -= 1
    return d.at[m] not in ("to", "for")


def _alone_said(d: _Doc) -> bool:
    """Does the text say one person does the work ("alone", "single-handedly", "by myself",
    "personally", "on my own") and name no team beside them? "on our own" is a group's; "who
    lives alone" tells of someone else, and "we", "us" or "our" a group ("the 12 of us", "our
    200 volunteers")."""
    if not _WE.isdisjoint(d.vocab):
        return False
    said = "personally" in d.vocab or any(
        k == 0 or d.low[k - 1] not in _LIVES for k in d.find(lx.SOLO_WORDS)
    )
    if not said and "own" in d.vocab:
        said = any(d.at[k - 1] == "my" and d.at[k - 2] == "on" for k in d.find(_OWN))
    return said and _hands(d) == 1.0


# Words of a group the writer is one of.
_WE = frozenset({"we", "us", "our", "ourselves"})
# "on my own": the word whose owner is told just before it.
_OWN = frozenset({"own"})
# Verbs that make "alone" tell how someone lives, not who does the work.
_LIVES = frozenset({"live", "lives", "lived", "living"})
