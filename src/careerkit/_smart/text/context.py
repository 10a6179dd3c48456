"""Which part of a goal box is context: sentences told before the goal that it holds apart.

"Our team is busy and stretched. Run 3 workshops by June.", "Is this realistic? I will ...",
"My manager wants every store to grow. I'll ...": a first sentence that states how things are
or were, asks, or tells what someone else wants, and then the goal in a sentence of its own.
The goal after it is read as if it stood alone. Told by grammar (a subject and a finite verb,
a question's opening word, the clause that wishes or orders), as :mod:`situation` tells it.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.anchors import _antecedent_named
from careerkit._smart.text.layout import bare_share, item_mark_end
from careerkit._smart.text.situation import (
    _MODAL_FORMS,
    _PRONOUNS,
    _STOPS,
    _SUBORDINATORS,
    _object_follows,
    _states,
    _subject_at,
    _wishes,
)
from careerkit._smart.text.tokens import _Doc, lemma

# Words that open a statement, never an order: "As a new nurse, ...", "Our team ...".
_OPENERS = _SUBORDINATORS | _PRONOUNS | lx.DETERMINERS | lx.POSSESSIVES | lx.PREPOSITIONS
# The writer as a subject: "I", "we".
_WRITER_SUBJECTS = frozenset({"i", "we"})
# The writer, as a subject or an owner: "I", "we", "my goal", "our plan".
_WRITER_FORMS = frozenset({"i", "we", "you", "me", "us", "i'm", "we're", "i've", "we've"})
# Verbs of wanting in the third person: "my manager wants", "the board expects".
_WANTS = frozenset({"wants", "expects", "needs", "hopes", "asks", "wanted", "expected", "asked"})
# Verbs that say what is, never what the writer does as a habit: "we are", "I have".
_STATE_VERBS = frozenset({"am", "are", "was", "were", "have", "had"})
# Pronouns that point back to something named before: the context names what the goal is on.
_BACK_REFERENCES = frozenset({"it", "its", "them", "they", "their", "this", "these", "those"})


def context_end(d: _Doc) -> int | None:
    """Where the goal starts after a first sentence of context that holds nothing a goal
    could use: it states how things are (a subject and a finite verb, no wish, modal or
    question) and says no time of now ("Our team is busy and stretched.", "The ward feels
    chaotic at handover."); a figure it holds tells how things are ("We have 3 vans."), not
    the result wanted. The goal after it is read as if it stood alone; None when the text
    does not open so."""
    # The first full stop with a space after it and no figure next ("approx. 60"): whatever
    # the case of the next word ("... stretched. pls get ..."), the statement before it ends.
    end = next((k for k in d.stops if k + 1 < d.n and not d.glued[k + 1]), None)
    if end is None:
        return None
    if d.digit_first[end + 1] and item_mark_end(d, end + 1) is None:
        return None  # "approx. 60 boxes": no sentence ends there ("... review. 1) finish" does)
    if d.low[end] == "?":
        return _after_question(d, end)
    # "Looking back, ...": a word in "-ing" and a comma open a phrase before the subject;
    # an order's verb has no ending
    participle = d.low[0].endswith("ing") and "," in d.low[1 : min(end, 5)]
    if (
        d.raw[0][:1].isupper()
        and d.low[0] not in _OPENERS
        and not participle
        and _object_follows(d, 0)
    ):
        return None  # "Shoot a dozen portraits ...": an order, whatever its first word
    lo = 0
    if _others_want(d, 0, end) and _wishes(d, end + 1):
        # "My manager wants every store to grow. I will ...": what another wants is how things
        # are for the writer, whose own goal follows
        return end + 1
    if d.low[0] in _SUBORDINATORS or not _states(d, 0, end, narrowed=True):
        # "As a new supervisor, I am ...", "Because we lost three clients, improve ...": a
        # leading phrase or clause set off by a comma; the main clause after it must state
        lo = next((k + 1 for k in range(min(end, 12)) if d.low[k] == ","), 0)
        if lo == 0 or not _states(d, lo, end, narrowed=True):
            return None
    past = _told_in_past(d, lo, end)
    if not past and any(d.used[:end]) and not _goal_sentence(d, end + 1):
        # A time said of now may be the goal's ("Zero falls this winter. I am proud of it."),
        # but when the next sentence is a goal of its own, the time belongs to the
        # statement's verb ("The office is quiet on Fridays."), as one in the past belongs
        # to that event
        return None
    if not _BACK_REFERENCES.isdisjoint(d.low[end + 1 : end + 4]):
        # "The warehouse is a mess. Tidy it.", "Sales are flat. Lift them.": the goal acts
        # on what the context names (a pronoun later on may point into the goal itself)
        return None
    if (
        d.at[end + 2] in lx.SENTENCE_END
        and lemma(d.at[end + 1]) in lx.VERBS
        and lemma(d.at[end + 1]) not in lx.OBJECTLESS_VERBS
        and _names_a_thing(d, lo, end)
    ):
        # "BOSIET runs out soon. Renew.", "I let my CSCS card lapse. Renew.": an order of one
        # verb acts on the thing the context names, as its subject or not, as "Renew it."
        # does ("Things have been hectic. Teach." names none)
        return None
    if bare_share(d, end + 1):
        return None  # "Readmissions are 14%. Cut 3% by June.": a share of what it names
    if _wishes(d, end + 1):
        return end + 1  # "Morale is low. I want to ...", "... stretched. Run 3 workshops."
    if d.at[end + 2] == "me":
        return None  # "... too long. Wish me luck.": an order for the writer is no goal
    # Neither a wish nor an order follows. What the writer does, told in the present, is a
    # goal of habit then ("I mentor two new starters. I love it."). After another first
    # sentence, a statement with a figure or a time states the result wanted ("Zero lost-time
    # incidents during Q1 2027."); one with neither is more context or a feeling, and the
    # first sentence is the goal ("Reupholster chairs. I am excited about it.").
    k = _subject_at(d, lo) or lo
    if d.low[k] in _WRITER_SUBJECTS and d.at[k + 1] not in _STATE_VERBS and not past:
        return None  # "We are a small charity.", "I joined in May.": what is or was
    nxt = next((k for k in d.stops if k > end + 1), d.n)
    if not _states(d, end + 1, nxt):
        return end + 1
    told = range(end + 1, nxt)
    return end + 1 if any(d.used[k] or d.digit_first[k] for k in told) else None


def _names_a_thing(d: _Doc, lo: int, hi: int) -> bool:
    """The sentence ``lo:hi`` names a thing, as its subject or not ("My CSCS card expires",
    "I let my CSCS card lapse"), outside a time it says ("since the merger" is when)."""
    return any(
        _antecedent_named(d, k, k + 1)
        and not d.used[k + 1]
        and not (k > 0 and d.low[k - 1] in _WHEN_WORDS)
        for k in range(lo, hi)
    )


# Prepositions after which a thing named tells when: "since the merger", "after my exams".
_WHEN_WORDS = frozenset({"since", "after", "before", "until", "till", "during"})


def _others_want(d: _Doc, lo: int, hi: int) -> bool:
    """The sentence ``lo:hi`` tells what someone other than the writer wants or expects: a
    subject that is neither the writer nor a goal ("my manager", "our director", "things"),
    then a verb of wanting in its finite form ("wants", "expects", "need to")."""
    k = _subject_at(d, lo)
    if k is None or any(
        d.low[m] in _WRITER_FORMS or d.low[m] in lx.MODALS or d.low[m] in _MODAL_FORMS
        for m in range(lo, hi)
    ):
        return False  # the writer ("I'd like to", "we want") or a modal: a wish or a plan
    for m in range(k, min(hi, k + 5)):
        w = d.low[m]
        if w in lx.GOAL_WORDS or w in _STOPS:
            return False  # "My goal is to ...", "Our plan is ...": the writer's own aim
        if m > k and (w in _WANTS or (w in lx.INTENT and d.at[m + 1] == "to")):
            return True
    return False


def _goal_sentence(d: _Doc, lo: int) -> bool:
    """The sentence from ``lo`` is a goal of its own: it wishes, promises or orders, or it
    names what is wanted and states nothing, asks nothing and exclaims nothing ("Zero late
    invoices in January.", "gas safe reg"), as a feeling does ("Fingers crossed!")."""
    if _wishes(d, lo):
        return True
    hi = next((k for k in d.stops if k > lo), d.n)
    return d.at[hi] not in ("?", "!") and d.at[lo + 1] != "me" and not _states(d, lo, hi)


def _after_question(d: _Doc, end: int) -> int | None:
    """Where the goal starts after a first sentence that asks ("Is this realistic?", "How can
    I keep going?"): a question orders and promises nothing, so with no figure or time of its
    own it is context, and the goal after it is read as if it stood alone. A question opens
    with a question word or an auxiliary before its subject ("Offer them?" is a goal with a
    question mark); one that holds a figure or a time may be the goal itself ("Can I run 5k
    by June? I hope so.")."""
    if d.low[0] not in lx.QUESTION_OPENERS or any(d.used[:end]) or any(d.digit_first[:end]):
        return None
    if not _BACK_REFERENCES.isdisjoint(d.low[end + 1 : end + 4]) or d.at[end + 2] == "me":
        return None  # "Why not? Do it.", "... ? Wish me luck.": no goal of its own follows
    if _wishes(d, end + 1):
        return end + 1
    # A statement after it with no figure or time ("How can I listen better? I am excited
    # about it.") comments on the question, which is then the goal.
    nxt = next((k for k in d.stops if k > end + 1), d.n)
    told = range(end + 1, nxt)
    if _states(d, end + 1, nxt) and not any(d.used[k] or d.digit_first[k] for k in told):
        return None
    return end + 1


def _told_in_past(d: _Doc, lo: int, hi: int) -> bool:
    """The statement ``lo:hi`` tells what was: "was", a past form, a perfect ("I have been a
    nurse for six years": so far), or a word in "-ed" after no determiner and no "be" ("we
    talked", not "a combined 40%" or "is expected"), whatever the verb."""
    for k in range(lo + 1, hi):
        w = d.low[k]
        if d.at[k - 1] in lx.DETERMINERS or d.at[k - 1] in lx.BE_FORMS:
            continue  # "a combined 40%", "Marco is expected to": no past tense
        if w in ("was", "were", "been") or w in lx.PAST_FORMS or (len(w) > 4 and w.endswith("ed")):
            return True
    return False
