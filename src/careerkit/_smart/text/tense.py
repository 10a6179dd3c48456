"""Tense: what has gone on so far.

Several stages ask whether a clause tells the writer's situation so far ("I've run the café
for 6 years", "been nursing since 2009", "I worked in retail for 10 years") rather than the
goal: a window that is no deadline, a figure that is no target, a leading clause to pass. They
all read it here, with one word set. Whether a word after its subject is a finite verb ("my
manager retires in June", "we added 14 suppliers") is read here too.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc, lemma

# Words that alone put a clause in the perfect or the past ("I've run", "having taught",
# "been nursing", "was a carer"), and auxiliaries that do so before a participle ("she has
# taught", "had managed"; "have a coffee" is no perfect).
PERFECT = frozenset({"i've", "we've", "they've", "you've", "having", "been", "was", "were"})
HAVE = frozenset({"have", "has", "had"})
BEEN = frozenset({"been", "was", "were"})
# Words after which a word in "-ed" is a participle or an adjective, not a past tense: "to be
# finished", "get it signed", "the agreed plan", "my updated CV".
PARTICIPLE_BEFORE = lx.BE_FORMS | lx.DETERMINERS | lx.POSSESSIVES | {"get", "got"}
# Where a clause ends, looking back from a word in it (for a start verb before a time, in
# analyze.py); what has gone on so far also stops at a question, an exclamation, a bracket or
# a bullet.
CLAUSE_STOPS = frozenset({",", ";", ":", ".", "\n", "and", "then", "-", "–", "—"})
_STOPS = CLAUSE_STOPS | {"!", "?", "(", "*"}


def irregular_participle(w: str) -> bool:
    """A past participle not formed with "-ed", or one after a prefix: "taken", "built",
    "undertaken", "rebuilt", "overseen"."""
    return w in lx.IRREGULAR_PARTICIPLES or w in _PREFIXED_PARTICIPLES


def _prefixed(forms: frozenset[str]) -> frozenset[str]:
    """Each prefix ("re", "under", "over", ...) on each of ``forms``, made once; short ones
    ("upset") are left out."""
    return frozenset(p + x for p in lx.PARTICIPLE_PREFIXES for x in forms if len(p + x) >= 6)


# "rebuilt", "undertaken", "overseen"; nouns of that shape ("output") are left out.
_PREFIXED_PARTICIPLES = _prefixed(lx.IRREGULAR_PARTICIPLES) - lx.PARTICIPLE_LOOKALIKES


def past_form(d: _Doc, k: int) -> bool:
    """The word at ``k`` is a verb in the past tense: "was", "lost", "overran", "managed" (a
    listed verb in "-ed"; "speed", "need" are no past forms)."""
    w = d.low[k]
    if w in BEEN or w in lx.PAST_FORMS or w in _PREFIXED_PAST:
        return True
    if len(w) <= 4 or not w.endswith("ed") or not d.raw[k].isalpha():
        return False
    base = lemma(w)
    return base != w and base in lx.VERBS  # "speed", "need": no past forms


# "overran", "undersold", "outgrew".
_PREFIXED_PAST = _prefixed(lx.PAST_FORMS)


def participle_word(w: str) -> bool:
    """The word ``w`` is shaped as a past participle: "inspected", "renewed", "done", "taken"."""
    return (len(w) > 3 and w.endswith("ed")) or irregular_participle(w)


def participle(d: _Doc, k: int) -> bool:
    """A past participle or past form: "been", "worked", "run", "taught"."""
    w = d.low[k]
    return (
        w in BEEN
        or irregular_participle(w)
        or w in lx.PAST_FORMS
        or (len(w) > 4 and w.endswith("ed") and d.raw[k].isalpha())
    )


def never_so_far(d: _Doc, k: int) -> bool:
    """ "Never used Python; ...", "Never driven an HGV, ...": "never" opening a clause with a
    participle, and more text after the clause, says what has not been done so far, where the
    goal starts from. A "never" that is the goal ("never miss a deadline") takes a bare verb."""
    if (k > 0 and d.at[k - 1] not in _STOPS) or k + 2 >= d.n:
        return False  # not opening a clause, or nothing after "never" but a word
    w = d.at[k + 1]
    said = participle(d, k + 1) or participle_word(w)  # "never used"
    return said and never_clause_end(d, k) is not None


def never_clause_end(d: _Doc, k: int) -> int | None:
    """Where the clause opened by "never" at ``k`` ends, if text follows it."""
    for m in range(k + 2, min(d.n - 1, k + 10)):
        if d.low[m] in _STOPS and not (d.low[m] == "-" and d.glued[m]):
            return m
    return None


def so_far(d: _Doc, k: int) -> bool:
    """The clause before ``k`` tells what has gone on so far: its verb is in the perfect or
    the past ("I've run the café", "been nursing", "I worked in retail"), not "have a coffee"."""
    for m in range(k - 1, max(-1, k - 10), -1):
        w = d.low[m]
        if w in _STOPS and not (w == "-" and d.glued[m]):
            return False
        if w in PERFECT or (w in HAVE and participle(d, m + 1)):
            return True
        if w in lx.SUBJECTS and participle(d, m + 1) and d.at[m - 1] not in lx.WH_WORDS:
            return True  # "I worked in retail for 10 years", not "post what I learned ..."
    return False


def background_end(d: _Doc, i: int, hi: int) -> int | None:
    """After a clause in the perfect from ``i`` that says how long something has gone on ("I've
    been a welder for 14 years;", "been nursing since 2009,"): where the next clause starts, or
    None."""
    told = False
    for k in range(i + 1, min(hi, i + 16)):
        w = d.low[k]
        if w in (";", ",") or (w == "and" and told):
            return k + 1 if told and k + 1 < hi and so_far(d, k) else None
        if w in lx.SENTENCE_END:
            return None
        told = told or w == "since" or (w == "for" and d.at[k + 1][:1].isdecimal())
    return None


def perfect_after_have(d: _Doc, k: int) -> bool:
    """A past participle at ``k`` after "have", perhaps after an adverb ("have finally
    named", "have been asked", "have got"): a perfect, which looks back at what is done ("have
    the boiler serviced" puts a thing first)."""
    if k + 1 < d.n and (d.low[k] in lx.ADVERBS or d.low[k].endswith("ly")):
        k += 1
    return k < d.n and participle(d, k)


# Finite verbs: whether a word after its subject is a verb in the present or the past, for the
# readers of clauses after the goal's (later.py) and of events (events.py).


def _finite_after_subject(d: _Doc, m: int) -> bool:
    """The word at ``m``, after its subject, is a finite verb other than "be": "retires",
    "came", "starts", "flagged"; by its place, a word in -s, or a verb after a plural, that
    a preposition, a particle or a time follows ("our gardener leaves in March", "our funder
    pulls out", "the mocks start in January")."""
    w = d.low[m]
    if _finite_form(d, m) or w in OCCURS or _present_after_subject(d, m):
        return True
    nxt = d.at[m + 1]
    if not d.raw[m].islower() or not (
        nxt in lx.PREPOSITIONS or nxt in lx.PARTICLES or nxt in _TIME_LEADS
    ):
        return False
    if len(w) > 3 and w[-1] == "s" and w[-2] not in "su'":
        return True
    return d.low[m - 1][-1:] == "s" and w in lx.VERBS


# Verbs that say a thing happens, making it an occasion: "which takes place on 6 June".
OCCURS = frozenset({"takes", "happens", "falls", "meets", "sits"})
# Words that open a time after a verb: "moves wards next month", "starts this spring".
_TIME_LEADS = frozenset({"next", "this", "every", "each", "later", "soon"})


def _finite_form(d: _Doc, k: int) -> bool:
    """Is the word at ``k`` finite by its form alone: a listed finite verb, an irregular past
    ("Last year we did 95k.", "The old one blew down.") or a lower-case word in "-ed"?"""
    return d.low[k] in lx.FINITE_VERBS or past_shaped(d, k)


def past_shaped(d: _Doc, k: int) -> bool:
    """The word at ``k`` is shaped as a past tense: an irregular past ("lost", "blew") or a
    lower-case word in "-ed" of more than four letters ("peaked"). Looser than past_form, which
    wants a listed verb under the "-ed"."""
    w = d.low[k]
    return w in lx.PAST_FORMS or (len(w) > 4 and w.endswith("ed") and d.raw[k].islower())


def _present_after_subject(d: _Doc, k: int) -> bool:
    """The word at ``k`` is a verb in the present's -s form after a noun or a pronoun ("the
    refit overruns", "she retires"), not a plural noun after a determiner ("the reports")."""
    w = d.low[k]
    if len(w) < 4 or w[-1] != "s" or w[-2] == "s" or not d.raw[k].islower():
        return False
    base = lemma(w)
    if base == w or base not in lx.VERBS:
        return False
    before = d.low[k - 1]
    return (
        before.isalpha()
        and before not in lx.DETERMINERS
        and before not in lx.POSSESSIVES
        and before not in lx.PREPOSITIONS
    )
