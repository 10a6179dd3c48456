"""Tests on the words around a figure: the noun it counts, the second number of a range, and
whether it tells the situation (a team size, years so far, a rating by the writer, "one" standing
for a noun) rather than the goal's measure: the helpers of
:mod:`careerkit._smart.text.quantities`."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.naming_numbers import (
    item_label,
)
from careerkit._smart.text.numbers import _number_and_scale
from careerkit._smart.text.ratings import rates_the_writer
from careerkit._smart.text.tense import so_far
from careerkit._smart.text.tokens import _Doc, lemma

_TIME_UNIT_NAMES = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "seconds"})
# Words of manner after a counted noun: "50 houses single-handed", "20 bowls solo".
_MANNER = lx.SOLO_WORDS | {"single"}


def _unit_after(d: _Doc, j: int) -> tuple[str, int]:
    """The noun a number counts: the last word of the short noun phrase after it."""
    best = ""
    end = j
    k = j
    if d.at[k] == "of" and d.at[k + 1] in lx.DETERMINERS_DEFINITE:
        k += 2
    if d.at[k] in lx.MEASURE_UNITS:
        return d.at[k], k + 1
    for _ in range(4):
        w = d.at[k]
        if (w[:1].isdecimal() or w in lx.UNITS) and d.at[k + 1] == "-" and d.glued[k + 1]:
            k += 3  # "two 20-minute talks": the unit is "talks"
            continue
        if w in lx.CONJUNCTIONS and d.glued[k] and d.at[k - 1] == "-":
            k += 1  # "lunch-and-learn sessions": one compound
            continue
        if (
            not w
            or w in lx.NAMEISH_STOP
            or w in lx.DETERMINERS_DEFINITE
            or not w[0].isalpha()
            or d.used[k]
            or w in lx.PRONOUNS
            or w in lx.UNITS
        ):
            if w == "-" and d.glued[k] and best:
                k += 1
                continue
            break
        if (
            w in lx.COMPARATIVES
            or w in ("times",)
            or (best and ((len(w) > 4 and w.endswith("ly")) or w in _MANNER))
        ):
            # "5 languages fluently", "50 houses single-handed": the adverb says how, the
            # noun was counted
            break
        best, end = w, k + 1
        nxt = d.at[k + 1]
        if nxt in lx.NAMEISH_STOP or not nxt or (not nxt[0].isalpha() and nxt != "-"):
            break
        if lemma(nxt) in lx.VERBS and nxt not in lx.ARTIFACT_NOUNS and not nxt.endswith("s"):
            break
        k += 1
    return best, end


def _other_number(d: _Doc, k: int) -> tuple[float, float, int] | None:
    """The second number of a range or change, as written and its scale, and the index after
    it: "to below 10%", "to $105,000", "to €2m"."""
    while d.at[k] in lx.QUANT_SKIP or d.at[k] in lx.CURRENCY_SYMBOLS:
        k += 1
    num = _number_and_scale(d, k)
    if num is None or num[3]:
        return None
    return num[0], num[1], num[2]


def _names_kind(w: str) -> bool:
    """A singular noun a code names ("exam", "form"), not a unit a range measures in."""
    return (
        w.isalpha()
        and not w.endswith("s")
        and w not in lx.SHORT_UNITS
        and w not in lx.DURATION_UNITS
        and w not in lx.MEASURE_UNITS
    )


def _size_of_each(d: _Doc, i: int) -> bool:
    """The number at ``i`` after a plural collective noun and "of" ("groups of 25", "classes of
    up to 20", "packs of 6"): the size of each of them; how many there are is not said."""
    k = i - 1
    if d.at[k] in _ABOUT and d.at[k - 1] in ("up", "of"):
        k -= 2 if d.at[k] == "to" else 1  # "of up to 15", "of about 30"
    if d.at[k] != "of":
        return False
    w = d.at[k - 1]
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss"):
        return False
    if w.endswith("ies"):
        one = w[:-3] + "y"  # "parties"
    elif w.endswith(("ches", "shes", "sses", "xes")):
        one = w[:-2]  # "batches", "classes", "boxes"
    else:
        one = w[:-1]
    return one in lx.COLLECTIVE_NOUNS


# Words between "of" and a size: "groups of about 30", "classes of up to 20".
_ABOUT = frozenset({"to", "about", "around", "roughly", "approximately"})


def _not_a_measure(
    d: _Doc, i: int, j: int, value: float, currency: str, writer_judges: bool = False
) -> bool:
    """Figures that describe the situation, not the goal's measure.

    A team's size ("my 12-person team", "a team of 8"), years of experience ("0-2 years of
    experience"), confidence in percent ("80% sure"), and a number that is itself the name
    of a thing ("before the 10k in May").
    """
    nxt = d.at[j]
    if nxt == "-" and d.glued[j] and d.at[j + 1] in lx.GROUP_SIZE_WORDS:
        return True
    if j == i + 1 and not currency and item_label(d, i) is not None:
        return True  # "Goal 3 - ...", "Crew 3 to ...": a name in a series, not a count
    if d.after_hyphen(i) and d.raw[i - 2].isupper():
        return True  # "AZ-900", "ISO-9001": the number is part of a code that names a thing
    if (
        nxt == "-"
        and d.glued[j]
        and d.at[j + 1].isdecimal()
        and d.at[i - 1] in lx.DETERMINERS_DEFINITE
        and _names_kind(d.at[j + 2])
    ):
        return True  # "the 2382-22 exam", "the 70-463 exam": a code, not a range of counts
    if (
        d.at[i - 1] == "-"
        and d.glued[i]
        and d.at[i - 2].isdecimal()
        and d.at[i - 3] in lx.DETERMINERS_DEFINITE
        and _names_kind(nxt)
    ):
        return True  # the code's second part
    if (
        nxt == "-"
        and d.glued[j]
        and (d.at[j + 1] in lx.DETERMINERS or d.at[j + 1] in lx.PREPOSITIONS)
        and d.at[j + 2] == "-"
    ):
        return True  # "the 5-a-side team", "one-to-one": a compound that names a thing
    if writer_judges and value <= 10 and d.at[i - 1] in _SCORE_WORDS:
        return True  # "a level 3 barista in my own view": a level the writer gives themself
    if (
        value <= 10
        and (not nxt[:1].isalpha() or nxt in lx.PREPOSITIONS)
        and nxt != "%"  # "energy per tonne by 8%": a share of something, not a rating
        and (writer_judges or not lx.SELF_RATING_WORDS.isdisjoint(d.low[max(0, i - 5) : i]))
    ):
        # "my confidence is a 3", "feel like a 7", "from a 5 to a 7 on my own rating": a
        # self-rating, no scale given
        return True
    if nxt in ("%", "percent") and d.at[i - 1] in ("i'm", "am", "we're", "feel", "feeling"):
        return True  # "I'm 60% there": how far the writer feels, not a measure
    if d.at[i - 1] == "of" and d.at[i - 2] in lx.GROUP_NOUNS:
        return True
    if _size_of_each(d, i):
        return True
    k = j
    if nxt in ("-", "–", "to") and d.at[j + 1][:1].isdecimal():
        k = j + 2  # a range: "0-2 years"
    if d.at[k] in ("years", "yrs") and d.at[i - 1] in ("with", "having"):
        return True  # "with 12 years in retail behind me": experience, not a measure
    if (
        d.at[k] in ("years", "yrs")
        and d.at[k + 1] in ("in", "as", "at")
        and (i == 0 or d.at[i - 1] in (",", ".", "after", "have", "had", "i've", "i'd"))
    ):
        return True  # "Staff nurse, 11 yrs in A&E", "after 15 years in banking": a career so far
    if d.at[k] in lx.DURATION_UNITS and (
        d.at[k + 1] in ("experience", "experienced", "'")
        or (d.at[k + 1] == "of" and d.at[k + 2] in ("experience", "service", "tenure"))
    ):
        return True
    if nxt in ("%", "percent") and d.at[j + 1] in lx.SELF_RATING_WORDS:
        return True
    if _situation(d, i, k):
        return True
    if (
        d.at[i - 1] in lx.LABEL_NOUNS
        and not currency
        and value.is_integer()
        and nxt not in ("%", "/", "-", "–", "to", "x")
        and nxt not in lx.UNIT_WORDS
    ):
        return True  # "chapter 3", "ward 7": a number after a noun that it labels
    return (
        not currency
        and d.at[i - 1] in lx.DETERMINERS_DEFINITE
        and d.digits(d.at[i]) is not None
        and (nxt in lx.PREPOSITIONS or not nxt[:1].isalnum())
        and nxt not in ("%", "/", "-", "–", "to", "x")
    )


# Words before a number that make it a level on a scale: "grade 1", "level 4", "a 7".
_SCORE_WORDS = frozenset({"grade", "level", "band", "tier", "a", "an"})


def _rating_target(d: _Doc, i: int, j: int, value: float, top: float) -> bool:
    """A bare number after a self-rating, on its scale: the rating wanted ("my typing is a 5
    out of 10; I'd like it to be a 7", "currently 4/10, aiming for 8"), not a measure. Without
    a scale, a number the writer gives themself: "I'd give myself a 6"."""
    nxt = d.at[j]
    bare = not nxt[:1].isalpha() or nxt in lx.PREPOSITIONS or nxt in lx.NAMEISH_STOP
    if not bare or not value.is_integer() or value < 0:
        return False
    if top and value <= top:
        return True
    return value <= 10 and d.at[i - 1] in ("a", "an") and d.at[i - 2] in lx.SELF_WORDS


def _situation(d: _Doc, i: int, k: int) -> bool:
    """A figure at ``i`` (its unit at ``k``) that tells the writer's situation so far: how
    long something has gone on ("I've run the café for 6 years", "been nursing for 20 years")
    and the people one has or manages ("I manage 25 staff", "and have 3 staff", "With 4
    staff, ..."); not what the goal is to reach ("hire 3 staff", "run 3 times a week for 6
    weeks")."""
    prev = d.at[i - 1]
    if prev == "for" and d.at[k] in lx.DURATION_UNITS:
        return so_far(d, i - 1)
    if (prev not in _HAVING and prev != "with") or not people_noun(_unit_after(d, k)[0] or d.at[k]):
        return False
    if prev in _HAVING:
        return d.at[i - 2] in lx.SUBJECTS or d.at[i - 2] == "and"  # "I manage 25 staff"
    if prev == "with":
        return i == 1 or d.at[i - 2] in lx.SENTENCE_MARKS or so_far(d, i - 1)
    return False


# Verbs of having people: "I manage 25 staff", "we employ 4 apprentices".
_HAVING = frozenset({"have", "has", "had", "manage", "manages", "employ", "employs", "lead"})


def people_noun(w: str) -> bool:
    """A plural noun for people: listed ("reports", "hires", "staff"), a role
    ("receptionists") or a person by the ending of a job ("stylists", "technicians")."""
    one = w[:-1] if w.endswith("s") else ""
    return (
        w in lx.GROUP_MEMBER_NOUNS
        or w in lx.TENDED_NOUNS
        or w in lx.PEOPLE_NOUNS
        or one in lx.ROLE_NOUNS
        or (len(one) > 5 and one.endswith(lx.JOB_ENDINGS))
    )


def _pronoun_one(d: _Doc, i: int) -> bool:
    """ "one" at ``i`` stands for a noun said before it: "a stronger one", "the new one",
    "this one". After a determiner, with at most two modifiers between, and ending its noun
    phrase, it names which thing, not how many ("one more sale", "a one-day course" count)."""
    nxt = d.at[i + 1]
    if (
        nxt[:1].isalnum()
        and nxt not in lx.PREPOSITIONS
        and nxt not in lx.CONJUNCTIONS
        and not d.used[i + 1]  # "a sturdier one this spring": a time follows, not a noun
    ):
        return False  # "one book", "the one day": a noun or a number follows
    if nxt == "-" and d.glued[i + 1]:
        return False  # "a one-off", "a one-year contract"
    for k in range(i - 1, max(-1, i - 4), -1):
        w = d.low[k]
        if w in lx.DETERMINERS:
            return True
        if not (d.raw[k].isalpha() and d.raw[k].islower()) or w in lx.PREPOSITIONS:
            return False  # "in one", "at least one", "only one": a count
        if w in _COUNT_WORDS:
            return False
    return False


# Words before "one" that make it a count: "at least one", "just one", "only one".
_COUNT_WORDS = frozenset({"least", "most", "just", "only", "exactly", "than", "and", "or"})


def _assessed(d: _Doc) -> bool:
    """Someone other than the writer gives the text's ratings: a score, a survey, a review,
    an audit ("an audit score of 9/10"), or people who rate ("customer satisfaction", "patients
    rate us", "4.8/5 from guests"). People named only as what the goal concerns ("customer
    relationships: 6/10", "patient handovers") give no rating."""
    if lx.ASSESSOR_WORDS.isdisjoint(d.vocab):
        return False  # most texts: one set test
    for k in d.find(lx.ASSESSOR_WORDS):
        if _by_the_writer(d, k):
            continue  # "rate myself", "score my own lesson planning", "self-rated"
        if d.low[k] not in _RATING_PEOPLE:
            return True
        if (
            d.at[k + 1] in lx.ASSESSOR_WORDS
            or d.at[k + 1] in _PEOPLES_VIEW
            or d.at[k - 1] in ("by", "from", "of")
        ):
            return True
    return False


def _by_the_writer(d: _Doc, k: int) -> bool:
    """The word of rating at ``k`` is the writer's own: "rate myself", "score my own bedside
    manner", "self-rated"."""
    return rates_the_writer(d, k) or (k >= 2 and d.at[k - 1] == "-" and d.at[k - 2] == "self")


# People who may give a rating, and the words after them that say they give it.
_RATING_PEOPLE = frozenset(
    {"customer", "customers", "client", "clients", "patient", "patients", "guest", "guests"}
    | {"user", "users", "shopper"}
)
_PEOPLES_VIEW = frozenset(
    {"satisfaction", "experience", "rate", "rated", "give", "gave", "say", "said", "scored"}
)
