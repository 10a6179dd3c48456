"""The writer's own judgement of a goal: a rating on a scale ("confidence 4/10"), "in my own
eyes", "a self-assessment". These say how the writer feels, not how the goal is measured."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc


def self_rating(d: _Doc) -> tuple[int, int] | None:
    """The last rating on a scale that was not read as a figure ("confidence 4/10 -> 8/10"):
    one the writer gives, as tokens (start, end), or None."""
    found = None
    for i in d.find(lx.QUANTITY_TRIGGERS, numbers=True):
        end = _rating_end(d, i + 1)
        if end and not d.used[i]:
            found = (i, end)
    return found


def _rating_end(d: _Doc, j: int) -> int:
    """The end of a rating's scale after the number ("/10", "out of 10"), or 0."""
    if d.at[j] == "/" and d.glued[j] and d.glued[j + 1] and d.at[j + 1] in lx.RATING_SCALES:
        return j + 2
    if d.at[j] == "out" and d.at[j + 1] == "of" and d.at[j + 2] in lx.RATING_SCALES:
        return j + 3
    return 0


_OWN = frozenset({"own"})
# Verbs of giving a rating: with the writer as their object, the writer is the judge.
_RATING_VERBS = frozenset({"rate", "score", "mark", "grade", "rank"})
_SELF = frozenset({"self"})
#: The words judged_by_writer needs one of: a text with none of them gives None.
JUDGE_CUES = _OWN | _RATING_VERBS | _SELF


def rates_the_writer(d: _Doc, k: int) -> bool:
    """The rating word at ``k`` has the writer as its object: "rate myself", "score my own
    lesson planning"."""
    nxt = d.at[k + 1]
    return nxt in ("myself", "ourselves") or (nxt == "my" and d.at[k + 2] == "own")


def judged_by_writer(d: _Doc) -> tuple[int, int] | None:
    """Where the text says the writer is the judge: "in my own eyes", "on my own rating of
    confidence", "a self-assessment" (the tokens from "my" or "self" to the judgement)."""
    vocab = d.vocab  # most texts have neither word: two look-ups say so
    if "own" in vocab:
        for k in d.find(_OWN):
            if d.at[k - 1] == "my":
                if d.at[k + 1] in lx.OWN_JUDGEMENT_NOUNS:
                    return k - 1, k + 2
                if d.at[k + 2] in lx.OWN_JUDGEMENT_NOUNS:
                    return k - 1, k + 3
    if not _RATING_VERBS.isdisjoint(vocab):
        for k in d.find(_RATING_VERBS):
            if rates_the_writer(d, k):
                # "rate myself 9/10", "rate my own bedside manner"
                return k, k + (3 if d.at[k + 1] == "my" else 2)
    if "self" in vocab:
        for k in d.find(_SELF):
            part, nxt = d.at[k + 2], d.at[k + 3]
            if (
                d.at[k + 1] == "-"
                and part in lx.SELF_JUDGEMENT_PARTS
                # not a name's first part ("the self-assessment tax return"), but a
                # participle before what the writer judges and its figure: "self-rated
                # confidence of 9/10" (not "the self-assessed module")
                and (
                    not nxt[:1].isalpha()
                    or nxt in lx.PREPOSITIONS
                    or (part.endswith("ed") and _figure_follows(d, k + 3))
                )
            ):
                return k, k + 3
    return None


def _figure_follows(d: _Doc, k: int) -> bool:
    """A number within the few words from ``k``: the value a self-rating gives."""
    return any(d.digit_first[k : k + 6])
