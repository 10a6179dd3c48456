"""What the words after a verb say it does: a result done once ("get the report signed
off", "put the kiosk into service"), a place reached, a quality left in its object, a move to
a relative level, a credential earned, an amount or a bare noun."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.objects import _np_end, _np_end_before_time
from careerkit._smart.text.tense import irregular_participle
from careerkit._smart.text.tokens import _Doc, lemma


def _name_like(raw: str) -> bool:
    """An acronym or a code, which names one thing: "ISTQB", "SQE1", "CIMA", "AZ-900"."""
    return (
        len(raw) >= 2
        and raw.isalnum()
        and raw[0].isupper()
        and sum(map(str.isupper, raw)) >= 2
        and not raw.isdecimal()
    )


def _completion_at(d: _Doc, lo: int, hi: int, *, causative: bool = False) -> int | None:
    """A participle that marks a result done ("booked", "done", "signed off") within the few
    words from ``lo``, before the phrase ends: a listed one, any participle of an action in
    the passive ("the stockroom will be reorganised"), or after "get"/"have" and its object
    (``causative``: "get the boiler serviced")."""
    # A passive's subject may be long ("A new induction pack for weekend volunteers is to be
    # written"): its participle after "be" is looked for a little further.
    for k in range(lo, min(hi, lo + (9 if causative else 14))):
        w = d.low[k]
        if k < lo + 9:
            if w in lx.COMPLETION_PARTICIPLES and k < lo + 7:
                return k
            if w == "in" and d.at[k + 1] in _IN_SERVICE and k > lo and k < lo + 7:
                return k  # "Churn model v2 in production": put into use, as "live" is
            if k > lo and (causative or d.at[k - 1] in lx.BE_FORMS) and _result_participle(d, k):
                return k
            if causative and w == "out" and k > lo + 1 and d.at[k + 1] not in ("of", "and"):
                return k  # "get the newsletter out to all members": released, once
            if (
                causative
                and w == "in"
                and k > lo + 1
                and (k + 1 >= d.n or d.used[k + 1] or d.at[k + 1] in "!.,")
            ):
                return k  # "get my tax return in before 31 Jan": handed in, once
        elif d.at[k - 1] in lx.BE_FORMS and _result_participle(d, k):
            return k
        if w in lx.BOUNDARY or d.used[k]:
            return None
    return None


# After "in", the state of a thing put into use: "in production", "in place", "in service".
_IN_SERVICE = frozenset({"production", "place", "service", "use"})


def _result_participle(d: _Doc, k: int) -> bool:
    """A past participle of an action that leaves a result ("agreed", "checked", "written"),
    not of a direction or a state ("improved", "involved")."""
    w = d.low[k]
    if irregular_participle(w) or w in lx.COMPLETION_PARTICIPLES:
        return True
    if not (len(w) > 4 and w.endswith("ed") and d.raw[k].isalpha()):
        return False
    if w in lx.PASSIVE_STATES or w in lx.VAGUE_STATES or w in lx.OBLIGED_WORDS:
        return False
    base = lemma(w)
    return not (
        base in lx.VAGUE_VERBS
        or base in lx.CHANGE_VERBS
        or base in lx.LEARNING_VERBS
        or base in lx.STATE_VERBS
        or base in lx.MULTIPLIERS
    )


# Verbs of helping: with no object, a place and a cadence ("help at the food bank every
# Saturday"), turns served there.
SERVICE_VERBS = frozenset({"help", "support", "assist", "contribute", "volunteer"})


def at_a_place(d: _Doc, k: int, hi: int) -> bool:
    """ "at" or "in" at ``k`` and a place said by "the", a possessive or a name, whose head is
    no quality: "at the food bank", "in my son's class"; not "in my role", "at work"."""
    if d.at[k] not in ("at", "in") or k + 1 >= hi:
        return False
    nxt = d.at[k + 1]
    if not (nxt in lx.DETERMINERS_DEFINITE or nxt in lx.POSSESSIVES or _name_like(d.raw[k + 1])):
        return False
    end = _np_end(d, k + 1, hi)
    head = d.low[end - 1] if end > k + 1 else ""
    # A team or a post is who or what one helps, not where: "in the team", "in my role".
    return (
        head.isalpha()
        and head not in lx.ABSTRACT_NOUNS
        and head not in lx.ABSTRACT_OR_VAGUE
        and head not in lx.ROLE_NOUNS
        and head not in lx.GENERIC_ROLE_WORDS
        and head not in lx.TEAM_ACTORS
        and head not in ("role", "post", "position")
    )


# Verbs that leave their object in the state their complement names: "make it faster".
_CAUSATIVES = frozenset({"make", "keep", "leave", "get", "push", "bring", "turn"})


def _left_in_quality(d: _Doc, after: int, g_hi: int, *, bare: bool) -> bool:
    """After the object at ``after``, a complement that names only a quality or a direction,
    with no figure or place behind it: a comparative ("the morning shift smoother"), "up" or
    "down" ending the clause ("my class's reading ages up", with ``bare`` also "CSAT up"), or
    "out there". A change verb ("bring turnover down") is read as one, with its own finding."""
    # "the complaints down this winter": the time is not the complement
    end = _np_end_before_time(d, after, g_hi)
    if end <= after:
        return False
    last = d.low[end - 1]
    if end - 1 > after and (
        last in lx.COMPARATIVES
        or _comparative_form(last)
        or (
            last in ("up", "down")
            and (
                _an_amount(d.low[end - 2])
                or (bare and _bare_noun(d, after, end - 1))
                # "get my handicap down": what is brought down is an amount, whatever it is
                or (bare and last == "down")
            )
        )
    ):
        k = end
    elif d.at[end] in ("up", "down") and (
        _an_amount(last) or (bare and (_bare_noun(d, after, end) or d.at[end] == "down"))
    ):
        k = end + 1
    elif d.at[end] == "out" and d.at[end + 1] == "there":
        k = end + 2
    elif last == "there" and d.at[end - 2] == "out" and end - 2 > after:
        k = end
    else:
        return False
    # "down to 25 minutes", "up by 6 months", "lower than 5%": a figure makes it an end
    nxt = d.at[k]
    return not (
        k < g_hi and (nxt in ("to", "by", "from", "than") or nxt[:1].isdecimal()) and not d.used[k]
    )


def _to_a_relative_level(d: _Doc, after: int, g_hi: int) -> bool:
    """After the object at ``after``, "to" and a level named only against where things are
    ("to the next level", "to new heights", "to a higher stage"), with no figure after it: a
    direction to move the object in, with no end to reach."""
    if _LEVEL_NOUNS.isdisjoint(d.vocab):
        return False  # no level named anywhere: the object need not be found
    end = _np_end(d, after, g_hi)
    if end <= after or d.at[end] != "to":
        return False
    k = end + 1
    if d.at[k] in ("the", "a", "an", "whole"):
        k += 1
    if d.at[k] == "whole":
        k += 1  # "to a whole new level"
    if d.at[k] not in _RELATIVE_POSITIONS or d.at[k + 1] not in _LEVEL_NOUNS:
        return False
    nxt = d.at[k + 2]
    return not (nxt[:1].isdecimal() or nxt in ("of", ":") or d.raw[k + 1][:1].isupper())


# Words that place a level against the present one, and the levels they place: "the next
# level", "new heights", "a higher stage".
_RELATIVE_POSITIONS = frozenset({"next", "new", "higher", "another", "different"})
_LEVEL_NOUNS = frozenset({"level", "levels", "stage", "heights", "height", "gear", "tier"})


def _bare_noun(d: _Doc, lo: int, hi: int) -> bool:
    """Is the object ``lo:hi`` one noun with no article or possessive ("CSAT", "footfall",
    "attendance")? Moved up or down, such a noun is an amount; a thing put up takes an
    article ("the website up", "the tent up")."""
    if hi != lo + 1:
        return False
    w, raw = d.low[lo], d.raw[lo]
    return (
        raw.isalpha()
        and (raw.islower() or raw.isupper())  # "Sarah" is a person, "CSAT" a metric
        and w not in lx.PRONOUNS
        and w not in lx.DETERMINERS
        and w not in lx.POSSESSIVES
    )


def _an_amount(head: str) -> bool:
    """A head noun that names an amount, which "up" or "down" moves: "reading ages", "costs",
    "spending" ("the website up" is a thing put live)."""
    return (
        head in lx.METRIC_NOUNS
        or head in lx.AMOUNT_NOUNS
        or (head.endswith("s") and not head.endswith("ss") and len(head) > 3)
    )


def _comparative_form(w: str) -> bool:
    """An adjective's comparative right after a state verb: "fitter", "healthier", "calmer"."""
    return (
        len(w) > 4
        and w.endswith("er")
        and w.isalpha()
        and w not in lx.NOT_COMPARATIVE_ER
        and w not in lx.ROLE_NOUNS
        and w not in lx.PEOPLE_NOUNS
    )


def _earns_credential(d: _Doc, obj: int, hi: int) -> bool:
    """The object from ``obj`` is a credential: "the CPR certification", "PMP"."""
    end = _np_end(d, obj, hi)
    if end <= obj:
        return False
    head = d.low[end - 1]
    if d.at[end - 2] == "-" and d.glued[end - 1]:
        head = f"{d.low[end - 3]}-{head}"  # "sign-off"
    if head in lx.CREDENTIAL_NOUNS or (head.endswith("s") and head[:-1] in lx.CREDENTIAL_NOUNS):
        return True
    raw = d.raw[obj:end]
    if len(raw) == 1 and len(raw[0]) >= 2 and raw[0].isupper():
        return True  # "Get PMP"
    # An acronym leading the object names an award: "gain my NVQ Level 2", "the CSCS card".
    first = 1 if d.low[obj] in lx.DETERMINERS or d.low[obj] in lx.PRONOUNS else 0
    lead = raw[first] if first < len(raw) else ""
    if len(lead) >= 2 and lead.isalpha() and lead.isupper() and d.at[obj + first + 1] != "'":
        return True
    # A label and its number after a word that says whose they are name an award in any
    # casing: "ILM Level 3", "ilm level 3", "CIPD Level 5" (not "the next level 3").
    k = obj + first
    return (
        d.at[k + 1] in lx.LABEL_NOUNS
        and d.at[k + 2][:1].isdecimal()
        and lead.isalpha()
        and d.low[k] not in lx.WINDOW_LEAD
        and d.low[k] not in lx.WORD_FLAGS
    )
