"""Tense: what has gone on so far, and whether a subject and a finite verb follow.

Two ideas several stages ask about, each read here with one word set: a clause in the perfect
or the past tells the writer's situation so far ("I've run the café for 6 years", "been
nursing since 2009", "I worked in retail for 10 years"), not the goal; and a subject with a
finite verb states a fact ("since our team lost its seniors", "pipeline is thin", "we milk 220
cows"), not a wish or an order.
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
# Where a clause ends, looking back from a word in it.
_STOPS = frozenset({",", ";", ":", ".", "!", "?", "\n", "and", "then", "-", "–", "—", "(", "*"})
# Pronouns that are the subject of a finite verb right after them: "I train", "we milk".
PRONOUNS = frozenset({"i", "we", "they", "he", "she", "it", "you"})
# Verbs before a participle that make it a passive or a state reached, not a past event.
_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "get", "got", "become", "became"})


def participle(d: _Doc, k: int) -> bool:
    """A past participle or past form: "been", "worked", "run", "taught"."""
    w = d.low[k]
    return (
        w in BEEN
        or w in lx.IRREGULAR_PARTICIPLES
        or w in lx.PAST_FORMS
        or (len(w) > 4 and w.endswith("ed") and d.raw[k].isalpha())
    )


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


def finite(d: _Doc, k: int, pronoun: bool) -> bool:
    """A finite verb at ``k`` after its subject: "has", "takes", "complained", "lost", "the
    policy expires on"; after a pronoun any verb is ("I train", "we milk"), unless it is a plan
    ("we're opening") or a wish ("we need to")."""
    w = d.low[k]
    if d.at[k + 1] == "to" and (w in lx.INTENT or w in lx.BE_FORMS):
        return False  # "we need to", "the plan is to"
    if w in lx.FINITE_VERBS or w in lx.PAST_FORMS:
        return not (w in lx.BE_FORMS and d.at[k + 1].endswith("ing"))
    if not d.raw[k].isalpha() or not d.raw[k].islower():
        return False
    if pronoun:
        return w not in lx.INTENT and w not in lx.PREPOSITIONS and w not in lx.DETERMINERS
    if len(w) > 4 and w.endswith("ed"):
        # "to get qualified", "be signed off": a participle, not a past event
        return lemma(d.low[k - 1]) not in _PASSIVE_AUXILIARIES
    return (len(w) > 4 and w.endswith("s") and lemma(w) != w) or _present_s_form(d, k)


def finite_follows(d: _Doc, lo: int, reach: int) -> bool:
    """A subject starts at ``lo`` and a finite verb follows it within ``reach`` words:
    "finance flagged", "pipeline is thin", "we added 14 suppliers"."""
    for m in range(lo + 1, min(d.n, lo + reach + 1)):
        if finite(d, m, pronoun=d.low[m - 1] in PRONOUNS):
            return True
        if not d.low[m][:1].isalpha():
            return False
    return False


def _present_s_form(d: _Doc, m: int) -> bool:
    """A verb in the present after a singular subject, by position: "the policy expires on",
    "funding runs out" (a noun, then an -s form, then a preposition or a particle)."""
    w, prev = d.low[m], d.low[m - 1]
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "'s"))
        and d.raw[m].islower()
        and prev.isalpha()
        and not prev.endswith("s")
        and prev not in lx.DETERMINERS
        and prev not in lx.POSSESSIVES
        and (d.at[m + 1] in lx.PREPOSITIONS or d.at[m + 1] in lx.PARTICLES)
    )
