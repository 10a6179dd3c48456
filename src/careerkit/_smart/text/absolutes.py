"""Absolutes no one can reach: perfection, never failing, every one of a kind there is, the
best ever, an absolute held with no end (what an all-or-nothing word covers is read in
:mod:`careerkit._smart.text.totality`)."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.absolute_scope import (
    _ANY_NOT_ALL,
    _COUNTED_MARKS,
    _counted_set,
    _failure_after,
    _failure_participle,
    _gives_up,
    _harm_ended,
    _held_state,
    _lasting,
    _nation_after,
    _outcome_for_all,
    _phrase_at,
    _state_asked,
    _stretch,
    _top_result_for_each,
)
from careerkit._smart.text.facts import _IssueFn
from careerkit._smart.text.hands import _acts, _hands
from careerkit._smart.text.tense import never_so_far
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.totality import (
    _a_closed_set,
    _continent_parts,
    _exists_after,
    _scope_follows,
    _totality,
)

# Words that may open an absolute: the lexicon's, "100%", "none", "nobody", "nothing", "#1", the words
# that say it lasts ("forever", "24/7", "the rest of my career") and those that make it strict
# ("no exceptions").
_TRIGGERS = (
    lx.ABSOLUTE_TRIGGERS
    | {"100", "none", "nobody", "nothing", "#", "any"}
    | lx.INVINCIBLE_WORDS
    | lx.LASTING_WORDS
    # "for all time" is found by its "all": "for" alone would stop few goals at the gate
    | ({p[0] for p in lx.LASTING_PHRASES} - {"for"})
    | {p[0] for p in lx.STRICT_PHRASES}
)
#: A text with none of these words holds no absolute (see _absolutes).
ABSOLUTE_CUES = _TRIGGERS


def _from_now_on(d: _Doc) -> bool:
    """Does the text say the goal holds "from now on"? A habit begun, not a state held round
    the clock, so it is no lasting phrase of its own: it says only that a level of service
    has no end."""
    return any(d.at[k - 1] == "from" and d.at[k + 1] == "on" for k in d.find(_NOW))


_NOW = frozenset({"now"})


def _absolutes(
    d: _Doc,
    issue: _IssueFn,
    lo: int,
    hi: int,
    bounded: bool = False,
    recurring: bool = False,
    dated: bool = False,
) -> None:
    """Absolutes no one can reach: perfection, never failing, every X there is, best ever.

    An absolute is judged by what it covers and for how long: "zero defects in the January
    release" and "never miss a stand-up during the sprint" are bounded and countable; the same
    held with no end ("forever", "24/7", "for the rest of my career") or over everyone whose
    choice it is ("get every customer to sign up") is out of reach. "No exceptions" and
    "without fail" make a goal strict, not endless: on a habit at a cadence (``recurring``:
    "two blog posts per month, no exceptions") they are a commitment one can keep; on a state
    held without a break ("be right about every decision, no exceptions") an absolute.
    ``dated``: the goal has a deadline.
    """
    low = d.low
    if _TRIGGERS.isdisjoint(d.vocab):
        return  # the usual case, checked in one pass at C speed
    lasting = _lasting(d, lo, hi)
    if (
        lasting is not None
        and d.low[lasting[0]] not in lx.LASTING_WORDS
        and any(_acts(d, k) for k in d.find(lx.SHARED_COVER_WORDS))
    ):
        # "24/7 as part of the on-call rota": cover shared by a team ("because it matters to my
        # team" names who it is for, not who covers)
        lasting = None
    # A failure ruled out within a finite stretch can be counted and met.
    fenced = lasting is None and (bounded or _stretch(d, lo, hi))
    found = False
    level: bool | None = None  # a failing participle is a level of service, not an absolute
    for k in range(lo, hi):
        w = low[k]
        if w not in _TRIGGERS:
            continue
        if w in lx.PERFECTION_WORDS:
            if fenced and d.at[k + 1] in _COUNTED_MARKS:
                continue  # "a perfect score on the December mock": one mark, one occasion
            if not d.raw[k][0].isupper() or k == lo:
                issue("A001", d.span(k, k + 1), d.slice(k, k + 1))
                found = True
        elif w == "never":
            m = _failure_after(d, k + 1, min(hi, k + 9))
            if m is not None and not fenced and not never_so_far(d, k):
                issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
                found = True
        elif w == "always":
            if _held_state(d, lo, k, k + 1):
                issue("A001", d.span(k, k + 1), d.slice(k, k + 1))
                found = True
        elif w == "forever":
            if _gives_up(d, lo, k):
                continue  # "quit smoking forever": what giving up a habit means
            issue("A001", d.span(k, k + 1), d.slice(k, k + 1))
            found = True
        elif w in ("zero", "no", "without") and k + 1 < hi:
            participle = _failure_participle(d, k + 1)
            if participle and level is None:
                # "zero missed collections in Q1", "zero lost orders" by a date: a level of
                # service for a period, an absolute only when the text says it has no end
                # ("from now on", "ever", "24/7"; not "better than ever"). Told once a text.
                level = dated or (lasting is None and not _from_now_on(d))
            m = (
                None
                if participle and level
                else _failure_after(
                    d, k + 1, min(hi, k + 5), nouns_only=True, participle=participle
                )
            )
            if m is not None and not fenced:
                issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
                found = True
        elif w in lx.INVINCIBLE_WORDS:
            # "make our network unhackable", "be unbeatable at chess": the state asked is
            # never to fail (not a thing's description: "an unbeatable offer")
            if not fenced and _state_asked(d, lo, k):
                issue("A001", d.span(k, k + 1), d.slice(k, k + 1))
                found = True
        elif w == "nothing" and k + 1 < hi:
            # "make sure nothing goes missing", "nothing slips through": "never" said of
            # everything there is
            m = _failure_after(d, k + 1, min(hi, k + 5))
            if m is not None and not fenced:
                issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
                found = True
        elif (
            w in ("all", "every", "any")
            and not fenced
            and k > lo
            and (m := _harm_ended(d, lo, k, hi)) is not None
        ):
            # "stop all smuggling through the port", "eliminate every potential hazard":
            # every case of a harm, ended with no stretch to count them in ("zero accidents")
            issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
            found = True
        elif w == "100" and k > lo and d.at[k + 1] == "%" and d.at[k + 2] == "of":
            # "get 100% of the team to 100% of quota": everyone at the top mark
            top = next(
                (
                    m
                    for m in range(k + 3, min(hi, k + 10))
                    if low[m] == "to" and d.at[m + 1] == "100"
                ),
                None,
            )
            if top is not None and lemma(low[k - 1]) in lx.OUTCOME_VERBS:
                end = top + 3 if d.at[top + 2] == "%" else top + 2
                issue("A001", d.span(k, end), d.slice(k, end))
                found = True
            elif top is None:
                # "win 100% of the deals I pitch": "100% of" counts every one, as "every" does
                m = _outcome_for_all(d, k, hi, k + 3)
                if m is not None:
                    issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
                    found = True
        elif (
            w in ("every", "all")
            and k > lo
            and (m := _outcome_for_all(d, k, hi, k + 2 if d.at[k + 1] == "single" else k + 1))
            is not None
        ):
            # "win every case", "get every customer to sign up": an outcome that rests on
            # other people's choices, every single time
            issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
            found = True
        elif (
            w in ("every", "each")
            and not fenced
            and lasting is None  # "..., permanently" is quoted with what says it lasts
            and k > lo + 1
            and (m := _top_result_for_each(d, lo, k, hi)) is not None
        ):
            # "win gold at every competition we enter", "100% yield on every synthesis": a
            # win or the top mark asked of every one of an open set, as "win every case" is
            issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
            found = True
        elif w in ("every", "all", "each") and k + 1 < hi:
            nation = 0
            m = k + 1
            if low[m] == "the":
                m += 1
            steps = 0
            while m < hi and steps < 3 and low[m] not in lx.UNBOUNDED_NOUNS:
                m += 1
                steps += 1
            while m + 1 < hi and low[m] in lx.UNBOUNDED_NOUNS and low[m + 1] in lx.UNBOUNDED_NOUNS:
                m += 1  # "every programming language": the whole noun
            if m < hi and low[m] in lx.UNBOUNDED_NOUNS:
                scoped = _scope_follows(d, m + 1, hi)
                mastery = any(
                    lemma(low[p]) in ("master", "learn", "know", "speak")
                    or low[p] in lx.MASTERY_WORDS
                    for p in range(max(lo, k - 3), k)
                )
                # "every skill in the apprenticeship framework", "all the tunes on the grade 5
                # list": a set the text closes, which can be gone through
                closed = (
                    not scoped
                    and d.at[m + 1] in ("in", "on", "from")
                    and d.at[m + 2] in lx.DETERMINERS_DEFINITE
                    and _a_closed_set(d, m + 3, hi)
                ) or _counted_set(d, k + 1, m)
                if (scoped or mastery) and not closed:
                    issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
                    found = True
            if not found and (m := _exists_after(d, lo, k, hi)) is not None:
                # "memorise every aroma molecule that exists", "taste every wine there is":
                # everything of its kind there is
                issue("A001", d.span(k, m), d.slice(k, m))
                found = True
            if (
                not found
                and d.at[k + 1] not in lx.NATION_PARTS
                and not _continent_parts(d, k, hi)
                and (
                    # a clause of existence ("every report there is") is read with its verb
                    _scope_follows(d, k + 2, hi, existence=False)
                    or (nation := _nation_after(d, k, hi))
                )
                and _hands(d) == 1.0
            ):
                # "every newspaper in the country", "every supermarket in the UK", "every
                # person on earth": every one of a kind across a nation or the world, for one
                # person ("every county in the country" is a few dozen parts of it)
                end = nation or k + 2  # "every care home" before "in Wales"
                issue("A001", d.span(k, end), d.slice(k, end))
                found = True
            if w == "all" and (
                tuple(low[k + 1 : k + 3]) == ("the", "time")
                or tuple(low[k + 1 : k + 4]) == ("of", "the", "time")
                or (low[k + 1] == "times" and d.at[k - 1] == "at")
            ):
                end = k + 4 if low[k + 1] == "of" else k + 3 if low[k + 1] == "the" else k + 2
                first = k - 1 if low[k + 1] == "times" else k
                if _held_state(d, lo, first, end):
                    issue("A001", d.span(first, end), d.slice(first, end))
                    found = True
        elif w == "any" and k > lo and d.at[k - 1] not in _ANY_NOT_ALL:
            # "open any lock in the world", "play any song ever written": whichever one of
            # everything there is, which asks as much as every one of them
            for m in range(k + 2, min(hi, k + 5)):
                p = next((p for p in lx.WORLD_SCOPES if tuple(low[m : m + len(p)]) == p), None)
                if p is not None:
                    issue("A001", d.span(k, m + len(p)), d.slice(k, m + len(p)))
                    found = True
                    break
                if low[m] in (",", ".", ";", "and", "or", "by", "within"):
                    break
        elif w == "world" and d.at[k + 1] in ("champion", "champions", "record", "records"):
            issue("A001", d.span(k, k + 2), d.slice(k, k + 2))  # the best in the world
            found = True
        elif w in lx.SUPERLATIVES or w in ("number", "#", "no") or w == "world's":
            if w in ("number", "#", "no"):
                # "number one", "#1", "No. 1": first place, judged by its scope like "best"
                one = k + 2 if d.at[k + 1] == "." else k + 1
                if d.at[one] not in ("one", "1") or (w == "no" and one == k + 1):
                    continue
                if d.at[k - 1] == "world":  # "world number one"
                    issue("A001", d.span(k - 1, one + 1), d.slice(k - 1, one + 1))
                    found = True
                    continue
                if _scope_follows(d, one + 1, min(hi, one + 9), far=True):
                    issue("A001", d.span(k, one + 1), d.slice(k, one + 1))
                    found = True
            elif w == "world's" or _scope_follows(d, k + 1, min(hi, k + 8), far=True):
                issue("A001", d.span(k, k + 1), d.slice(k, k + 1))
                found = True
        elif (
            w in ("everything", "all")
            and any(
                lemma(low[p]) in lx.LEARNING_VERBS or low[p] in lx.MASTERY_WORDS
                for p in range(max(lo, k - 2), k)
            )
            and d.at[k + 1] in ("about", "there", "of", "in", ".", "")
        ):
            issue("A001", d.span(k, k + 1), d.slice(k, k + 1))  # "learn everything about AI"
            found = True
        elif w == "everything" and not lx.TOP_STANDARDS.isdisjoint(low[lo:k]):
            # "achieve excellence in everything I do": a top standard in all one does
            first = max(m for m in range(lo, k) if low[m] in lx.TOP_STANDARDS)
            issue("A001", d.span(first, k + 1), d.slice(first, k + 1))
            found = True
        elif w in ("everyone", "everybody") and any(
            lemma(low[m]) in ("like", "love", "happy", "agree", "please", "approve")
            for m in range(max(lo, k - 2), min(hi, k + 6))
        ):
            issue("A001", d.span(k, k + 1), d.slice(k, k + 1))
            found = True
    strict = _phrase_at(d, lo, hi, lx.STRICT_BY_HEAD) if lasting is None else None
    if (
        strict is not None
        and not found
        and not fenced
        and not recurring
        and lemma(low[lo]) in lx.STATE_HOLD_VERBS
    ):
        # "be right about every decision I make, no exceptions": a state held on every
        # occasion there will ever be, with no cadence or stretch to count it in
        issue("A001", d.span(lo, strict[1]), d.slice(lo, strict[1]))
        found = True
    if lasting is not None and _gives_up(d, lo, lasting[0]):
        lasting = None  # "never smoke again", "stay sober for the rest of my life"
    if (
        lasting is not None
        and not found
        and low[lasting[0]] not in lx.LASTING_WORDS
        and tuple(low[lasting[0] : lasting[1]]) not in lx.DAILY_LASTING_PHRASES
        and lemma(low[lo]) in lx.STATE_HOLD_VERBS
    ):
        # "be reachable 24/7": a state held round the clock by one person ("keep the shop
        # open every day of the year" is a daily habit, weighed by what it covers)
        issue("A001", d.span(lo, lasting[1]), d.slice(lo, lasting[1]))
        found = True
    if lasting is not None and not found:
        # "100% accurate in every report, permanently", "every callout, 24/7": an
        # absolute with no end, quoted from the all-or-nothing word to the "for ever"
        i, j = lasting
        t = _totality(d, lo, hi, i, j)
        if t is not None:
            if t < i and i - t <= 8:
                issue("A001", d.span(t, j), d.slice(t, j))
            else:
                # "100% ... always": a figure is quoted with its per cent sign
                said = d.slice(t, t + 2) if d.at[t + 1] in ("%", "percent") else d.raw[t]
                if t < i:
                    issue("A001", d.span(i, j), f"{said} ... {d.slice(i, j)}")
                else:
                    issue("A001", d.span(i, j), f"{d.slice(i, j)} ... {said}")
