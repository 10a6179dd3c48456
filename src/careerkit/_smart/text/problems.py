"""A problem of the whole world ended: "end world hunger", "cure cancer", "reverse climate
change", "solve homelessness in the UK". Every case of it, everywhere, for good, is an absolute
no one reaches; a problem narrowed to a place or a group of one's own ("child poverty in our
ward") or a thing named after one ("cancer research") is not the problem itself."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import _IssueFn
from careerkit._smart.text.tokens import _Doc, lemma

# Problems by the word their name ends in: "poverty", and "change" of "climate change".
_HEADS = lx.WORLD_PROBLEMS | lx.WORLD_PROBLEM_PAIRS.keys()
#: A text with none of these words ends no problem of the world (see _problem_ended).
PROBLEM_CUES = _HEADS


def _problem_ended(d: _Doc, issue: _IssueFn, main: int, hi: int) -> None:
    """The goal's action at ``main`` ends a problem of the world named by a bare noun (no
    determiner, owner or count before it: "the backlog", "my anxiety" are one's own), with
    nothing after it that narrows it to a place or a group of one's own ("in our ward", "at
    the clinic") or to a part of a place ("in Hackney's schools"); a nation, a continent or the
    world ("in the UK", "in Africa", "in the UK's cities") narrows nothing."""
    if _HEADS.isdisjoint(d.vocab) or lemma(d.at[main]) not in lx.PROBLEM_ENDING_VERBS:
        return  # the usual case, told in one pass at C speed
    k = main + 1
    first = d.at[k]
    if first in lx.DETERMINERS or first in lx.POSSESSIVES or not first[:1].isalpha():
        return  # "end the backlog", "cure my back pain", "stop 3 leaks"
    end = k
    while end < min(hi, k + 6) and (
        (d.at[end][:1].isalpha() and d.at[end] not in _NP_ENDS)
        or (d.at[end] == "-" and d.glued[end])  # "poverty-related absences"
    ):
        end += 1
    head = d.low[end - 1] if end > k else ""
    pair = lx.WORLD_PROBLEM_PAIRS.get(head)
    if head not in lx.WORLD_PROBLEMS and (pair is None or d.at[end - 2] != pair):
        return  # "cancer research", "climate change denial": a thing named after one
    if d.at[end] in _NARROWING:
        owner = d.at[end + 1]
        place = d.at[end + 2] if owner in lx.DETERMINERS or owner in lx.POSSESSIVES else owner
        # a place by its own name ("in London") is a whole place, as a nation is; one with a
        # possessive ("in Hackney's schools") names a part of it, as "our" does
        whole = place[:-2] if place[-2:] == "'s" else place  # "the UK's cities"
        part = whole != place and whole not in lx.NATIONAL_SCOPES
        named = owner == place and end + 1 < d.n and d.raw[end + 1][:1].isupper() and not part
        if whole not in lx.NATIONAL_SCOPES and not named:
            return  # "in our ward", "among our residents", "at the clinic"
    issue("A001", d.span(main, end), d.slice(main, end))


# Words that end the noun phrase of the problem: prepositions, time and purpose words.
_NP_ENDS = lx.PREPOSITIONS | {"and", "or", "so", "this", "next", "before", "within", "by"}
# Prepositions that put a place or a group after the problem.
_NARROWING = frozenset({"in", "on", "at", "across", "among", "within", "from", "for"})
