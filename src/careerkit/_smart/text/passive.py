"""The passive order: a noun phrase, then "to be" and a past participle.

HR tools and action plans state many goals as an order in the passive: "Report to be
submitted by Friday", "Training to be completed by 31/03/2027", "The rota is to be agreed by
March", "Risk register needs to be reviewed every quarter". The participle is the action, the
noun phrase before it what the action is done to, and a date after it the goal's deadline:
its "to" opens no purpose, and the participle after a "be" that looks forward is no past
tense.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tense import participle_word
from careerkit._smart.text.tokens import _Doc, lemma

# Finite verbs of obligation before "to be": "needs to be", "has to be".
_OBLIGING = frozenset({"need", "needs", "has", "have"})
# A present "be" before "to be" ("is to be") and before a word of obligation ("is expected to be").
_PRESENT_BE = frozenset({"is", "are"})
# Participles of a person's own standing ("to be promoted", "to be certified"): after one
# word ("Train to be certified", "Eager to be considered") they say what the writer aims at.
_STANDING = lx.QUALIFIED_WORDS | {
    "promoted", "hired", "appointed", "named", "selected", "elected", "considered", "accepted",
    "shortlisted", "recognised", "recognized",
}  # fmt: skip
# Words inside a subject besides its nouns: "Audit of medication charts", "Mugs, plates and
# cutlery".
_INSIDE_SUBJECT = frozenset(
    {"of", "for", "on", "in", "at", "from", "with", "and", "&", "-", "'", ","}
)


def _past_intent(w: str) -> bool:
    """A wish in another form: "hoping", "hoped", "aiming", "planned"."""
    for end in ("ing", "ed", "d"):
        if w.endswith(end) and (w[: -len(end)] in lx.INTENT or w[: -len(end)] + "e" in lx.INTENT):
            return True
    return False


def _be_after(d: _Doc, k: int) -> int | None:
    """Where "be" stands in a chain that looks forward from ``k``: "to be", "is to be", "are
    expected to be", "needs to be", "must be", "will be"; or None."""
    w = d.at[k]
    if w in lx.MODALS:
        return k + 1 if d.at[k + 1] == "be" else None
    if w in _PRESENT_BE or w in _OBLIGING:
        k += 1
        if w in _PRESENT_BE and d.at[k] in lx.OBLIGED_WORDS:
            k += 1  # "is expected to be"
        w = d.at[k]
    if w == "to" and d.at[k + 1] == "be":
        return k + 1
    return None


def order_participle(d: _Doc, k: int) -> int | None:
    """After a chain from ``k`` that looks forward to a "be", and at most two adverbs ("to be
    fully signed off"): the participle's index, or None."""
    be = _be_after(d, k)
    if be is None:
        return None
    m = be + 1
    while m < be + 3 and (d.at[m].endswith("ly") or d.at[m] in lx.ADVERBS):
        m += 1
    return m if m < d.n and d.raw[m].isalpha() and participle_word(d.low[m]) else None


def passive_order(d: _Doc, i: int, hi: int) -> int | None:
    """A noun phrase opens a clause at ``i`` and an order in the passive follows it ("Report to
    be submitted", "Ward handover notes to be audited", "The policy is to be reviewed"): the
    participle's index, or None.

    A bare verb opening the clause gives an order itself ("Work hard to be ...", "Ask the team
    to be ready"); only a word alone ("Review to be completed") or a noun with "of" after it
    ("Audit of charts to be signed off") opens a subject there. One word before a participle of
    a person's standing ("Train to be certified", "Eager to be considered") is the writer's aim.
    """
    if "be" not in d.vocab or "be" not in d.at[i + 2 : i + 12]:
        return None  # every order below has its "be" there, and most clauses have none
    first = d.low[i] if i < hi else ""
    if not first.isalnum() or first in lx.SUBJECTS or first in lx.MODALS or first in lx.BE_FORMS:
        return None
    if (
        first in lx.GOAL_WORDS
        or first in lx.INTENT
        or first in lx.OBLIGED_WORDS
        or _past_intent(first)
    ):
        # "Goal is to be promoted", "Hope to be promoted", "Due to be assessed": the goal's
        # own words, a wish or an obligation with no subject, not an order
        return None
    for k in range(i + 1, min(hi, i + 9)):
        p = order_participle(d, k)
        if p is not None:
            if k == i + 1 and d.low[p] in _STANDING:
                return None  # "Eager to be considered", "Train to be certified": an aim
            if lemma(first) == first and first in lx.VERBS and k > i + 1 and d.at[i + 1] != "of":
                return None  # "Work hard to be ...": a verb; "Review to be completed" a noun
            return p
        w = d.low[k]
        if w in _INSIDE_SUBJECT:
            continue
        if w in lx.GOAL_WORDS:
            return None  # "My aim is to be qualified": what the aim is, read as the goal
        if not d.raw[k].isalnum() or w in lx.SUBJECTS or w in lx.MODALS or w in lx.BE_FORMS:
            return None
        if w in lx.DETERMINERS and k == i + 1 and first in lx.VERBS:
            return None  # "Train the new starters to be ...": a verb and its object
    return None


# Marks after which a clause, and so a passive order's subject, may start.
_CLAUSE_STARTS = frozenset({".", "!", "?", ";", ":", ",", "-", "–", "—", "\n", "(", "*", "•"})


def opens_order(d: _Doc, i: int) -> bool:
    """The "to" (or "is", "needs", "must") at ``i`` follows the subject of a passive order that
    opens its clause ("Tidy the stock room. Shelves to be labelled by Friday."): what is to be
    done, not a purpose."""
    for s in range(i - 1, max(-1, i - 9), -1):
        if s == 0 or d.at[s - 1] in _CLAUSE_STARTS:
            p = passive_order(d, s, d.n)
            return p is not None and p > i
    return False
