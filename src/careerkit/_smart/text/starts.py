"""Where a goal starts and what it reaches for: a novice start, a climb from a junior role, a
role at the top of an organisation, feats and honours that take more than a start."""

from __future__ import annotations

from itertools import compress

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import _Time
from careerkit._smart.text.numbers import _number_at
from careerkit._smart.text.tense import HAVE, PERFECT, never_so_far
from careerkit._smart.text.tokens import _Doc, lemma

# Words that name a role whose reach depends on where the goal starts.
_ROLE_WORDS = lx.EXECUTIVE_ROLES | lx.TOP_ROLE_HEADS.keys() | lx.SENIOR_ROLES | {"head"}
# Feats, honours and mastery that take more than weeks, or more than a start.
_FEAT_WORDS = (
    lx.MASTERY_WORDS
    | lx.ENDURANCE_FEATS
    | lx.EXECUTIVE_ROLES
    | lx.ELITE_HONOURS
    | lx.PROFESSION_QUALIFIERS
    | {"phd", "doctorate"}
)
_NOVICE_HEADS = (
    lx.NOVICE_HEADS
    | {p[0] for p in lx.NOVICE_CUES_MORE}
    | {"no", "without", "zero", "0", "just", "opened", "started", "launched", "joined"}
    | lx.NOVICE_PAST_VERBS
    | lx.CAREER_STARTS
    | {"start", "begin", "starting", "learned", "learnt"}
    | lx.NEGATED_HAVE
    | {"not"}
)
# Words after a start that say it was a moment ago: "last week", "a month ago", "yesterday".
_RECENT = frozenset({"yesterday", "recently", "ago"})


# "I've never", "had never", "having never": a start not yet made ("it was never cleared"
# tells of something else).
_PERFECT_OR_HAVE = (PERFECT | HAVE) - {"was", "were"}


def _start_window(d: _Doc, events: list[_Time]) -> int | None:
    """The length of a window counted from the start the text describes, in days: "within 8
    weeks of joining as an apprentice", "in my first month". A window counted from a
    recurring event ("within 48 hours of each escalation") is not one.

    A counted window from any one event ("within 4 months of my type rating", "within 3 weeks
    of my graduate start") gives the goal that long, whenever the event falls: the pace it
    asks for is known though its end date is not."""
    if not _novice(d):
        events = [t for t in events if _counted_from_one_event(d, t)]
    for t in events:
        for m in range(t.i, t.j):
            unit = lx.UNIT_DAYS.get(d.low[m])
            if unit is None or unit < 1:
                continue
            number = _number_at(d, m - 1) if m > t.i else None
            one = d.at[m - 1] in ("first", "a", "an")  # "in my first month", "within a year of"
            count = number[0] if number is not None else 1.0 if one else 0.0
            if count:
                return max(round(count * unit), 1)
    return None


def _occasion_window(d: _Doc, lo: int, hi: int) -> int | None:
    """The days of one occasion the goal is to be done in, when the text names it but not its
    date: "in one afternoon", "within an hour", "in a single shift", "over one weekend". Not a
    share of each period ("one afternoon a week": a cadence) nor a time of day ("in the
    afternoon")."""
    low = d.low
    if lx.OCCASION_DAYS.keys().isdisjoint(low[lo:hi]):
        return None  # the usual case, told in one pass at C speed
    for k in range(lo + 2, hi):
        days = lx.OCCASION_DAYS.get(low[k])
        nxt = d.at[k + 1]
        if days is None or nxt in _PER or nxt == "of" or (nxt == "-" and d.glued[k + 1]):
            # "an hour a day", "one-hour sessions", "within an hour of each call": a share of
            # each period, a size, or a standard each event meets
            continue
        m = k - 1
        if low[m] == "single":
            m -= 1  # "in a single shift"
        if low[m] in ("one", "a", "an") and m > lo and low[m - 1] in _WITHIN_WORDS:
            return days
    return None


# Words before a share of each period: "one afternoon a week", "an hour per day".
_PER = frozenset({"a", "an", "per", "each", "every", "/"})
# Words that open the time something is done in: "in one afternoon", "over a weekend".
_WITHIN_WORDS = frozenset({"in", "within", "during", "over"})


def _counted_from_one_event(d: _Doc, t: _Time) -> bool:
    """ "within 4 months of my type rating": a count of units, then "of" and one event (not
    "each" or "every" one)."""
    return (
        d.low[t.i] in ("within", "in")
        and d.at[t.j] == "of"
        and d.low[t.j - 1] in lx.UNIT_DAYS
        and d.at[t.j + 1] not in ("each", "every", "any", "all")
    )


def _novice(d: _Doc, not_yet: bool = True) -> bool:
    """The text says the goal starts from nothing: "having never run before", "from
    scratch", "a complete beginner", "I just got my licence", "I'm brand new"; with
    ``not_yet``, also "I haven't played a match yet", which says less of the years ahead."""
    low = d.low
    for k in compress(range(d.n), map(_NOVICE_HEADS.__contains__, low)):
        w = low[k]
        if w == "never" and ("before" in low[k + 1 : k + 6] or d.at[k - 1] in _PERFECT_OR_HAVE):
            return True  # "having never run before", "I've never raced": not done so far
        if w in ("no", "without", "zero", "0") and any(
            d.at[m] in lx.NOVICE_NEEDS for m in range(k + 1, k + 4)
        ):
            return True  # "without any mountaineering experience", "0 ballet experience"
        if w == "no" and "yet" in low[k + 2 : k + 5]:
            return True  # "I have no sea time yet": none of it so far
        if w == "never" and never_so_far(d, k):
            return True  # "Never used Python; become ...": a start stated before the goal
        if w == "without" and d.at[k + 1] in ("having", "ever"):
            return True  # "without having studied law"
        if w in lx.CAREER_STARTS and d.at[k - 1] == "of" and d.at[k - 2] in lx.UNIT_DAYS:
            return True  # "within 12 months of qualifying": counted from a career's start
        if w in ("start", "begin", "starting") and d.at[k - 1] in ("i", "i'm", "we", "we're"):
            return True  # "I start culinary school in January": the training is ahead
        if (w in lx.NOVICE_PAST_VERBS or w in ("learned", "learnt")) and _recently(d, k):
            return True  # "I took up sprinting last month", "qualified in September"
        if not_yet and (w == "not" or w in lx.NEGATED_HAVE) and _not_yet(d, k):
            return True  # "an amateur who hasn't ridden a race yet": not done so far
        if w == "just" and d.at[k + 1] in lx.NOVICE_PAST_VERBS:
            if d.at[k + 1] in lx.COMPLETION_PARTICIPLES and _feat_named(d, k + 2):
                # "just finished my first half marathon": a feat done, where the next one
                # starts from, not a start from nothing
                continue
            return True  # "having just enrolled"
        if w in ("opened", "started", "launched", "joined") and any(
            d.at[m] in ("yesterday", "last") for m in range(k + 1, k + 6)
        ):
            return True  # "opened the food truck last week"
        for p in lx.NOVICE_CUES_MORE:
            if p[0] == w and tuple(low[k : k + len(p)]) == p:
                if p[:1] == ("my",) and _feat_named(d, k + 2):
                    # "my first marathon", "my first half marathon": the feat is new, the
                    # runner need not be
                    continue
                return True
        for p in lx.NOVICE_CUES:
            if p[0] == w and tuple(low[k : k + len(p)]) == p:
                return True
    return False


def _feat_named(d: _Doc, k: int) -> bool:
    """Does the noun phrase from ``k`` name a feat ("half marathon", "first Ironman
    triathlon"), in its first four words, before a mark or a word that ends it?"""
    for m in range(k, min(d.n, k + 4)):
        w = d.low[m]
        if w in lx.ENDURANCE_FEATS:
            return True
        if not (w.isalpha() or w == "-") or w in lx.PREPOSITIONS or w in ("and", "or"):
            return False
    return False


def _not_yet(d: _Doc, k: int) -> bool:
    """Does the writer say at ``k`` that they have not done a thing yet: "I haven't played a
    match yet", "an amateur who hasn't ridden a race yet", "I have not yet sat an exam"? Not
    of others ("our client hasn't signed yet", "head office hasn't approved it yet")."""
    w = d.low[k]
    if w == "not":
        if d.at[k - 1] not in ("have", "has", "had"):
            return False
        k -= 1  # the subject is before "have"
    elif w not in lx.NEGATED_HAVE:
        return False
    if "yet" not in d.low[k + 1 : k + 7]:
        return False
    before = d.at[k - 1] if k > 0 else "."
    return before in _NOT_YET_SUBJECTS or before in (".", ";", "!", "?", "-")


# Who the writer is, as the subject of "have not": "I", "we", and "who" after what the writer
# is ("as an amateur who hasn't ridden a race yet").
_NOT_YET_SUBJECTS = frozenset({"i", "we", "who"})


# Before a senior title, words that make it a junior or a team's one: "junior consultant".
_NOT_SENIOR = lx.JUNIOR_WORDS | {"assistant", "associate", "deputy", "team", "club", "squad"}


def _climb(d: _Doc, lo: int, hi: int) -> bool:
    """ "from staff nurse to chief nursing officer": a move up from a role below senior."""
    low = d.low
    if "from" not in low[lo:hi]:
        return False
    k = low.index("from", lo, hi)
    for m in range(k + 1, min(hi, k + 6)):
        w = low[m]
        if w == "to":
            return m > k + 1
        if w in lx.SENIOR_ROLES or w in lx.TOP_ROLE_HEADS or w in lx.EXECUTIVE_ROLES:
            return False
        if w in ("deputy", "head", "director", "manager", "senior", "lead", "associate"):
            return False
    return False


def _top_role(d: _Doc, k: int, hi: int, w: str = "") -> int | None:
    """Where a role at the top of an organisation that starts at ``k`` ends, if one does:
    "CEO", "chief financial officer", "vice president", "managing director". ``w``: the word
    at ``k`` as read, if not as written ("CEO" in "the CEO's job")."""
    w = w or d.low[k]
    if w in lx.EXECUTIVE_ROLES:
        return k + 1
    nxt = lx.TOP_ROLE_HEADS.get(w)
    if nxt is None:
        return None
    if w == "chief":
        for m in range(k + 1, min(hi, k + 4)):
            t = d.low[m][:-2] if d.low[m][-2:] == "'s" else d.low[m]  # "officer's job"
            if t in ("officer", "executive", "nurse", "constable", "engineer", "of"):
                return m + 1 if t != "of" else m
        return None
    if not nxt:
        return k + 1  # "headteacher"
    after = d.at[k + 1]
    return k + 2 if after in nxt or (after[-2:] == "'s" and after[:-2] in nxt) else None


def _recently(d: _Doc, k: int) -> bool:
    """Is the past start at ``k`` dated a moment ago: "last week", "a month ago", "yesterday",
    or a month of this year with no year ("qualified as a nurse in September")?"""
    for m in range(k + 1, min(d.n, k + 7)):
        w = d.low[m]
        if w in (".", ";", "!", "?", "and", "but"):
            return False
        if w in _RECENT or (w == "last" and d.at[m + 1] in ("week", "month", "weekend", "night")):
            return True
        if w in lx.MONTHS and d.at[m - 1] == "in" and not d.at[m + 1][:1].isdecimal():
            month = lx.MONTHS[w]
            return month < d.as_of.month  # earlier this year, not a coming one
    return False


def _causee(d: _Doc, lo: int, end: int, hi: int) -> bool:
    """After a verb of getting others to act ("get", "have", "help"), is the role ending at
    ``end`` the one who acts: followed, past any more roles it is listed with, by "to" and a
    verb ("get the CEO, CFO and CTO to sign off") or by "on board"? "Get to CEO" and "get CEO
    by March" reach the post."""
    if lemma(d.low[lo]) not in lx.CAUSING_VERBS:
        return False
    m = end
    # past more roles and the nouns they stand before: "the CEO, CFO and CTO", "my principal
    # engineer"
    while m < min(hi, end + 8) and (
        d.at[m] in _ROLE_LIST or d.at[m] in _ROLE_WORDS or d.at[m] in lx.ROLE_NOUNS
    ):
        m += 1
    after = d.at[m + 1]
    if d.at[m] == "to":
        return after.isalpha() and after not in _ROLE_WORDS and after not in lx.DETERMINERS
    return d.at[m] == "on" and after == "board"


# What a list of roles runs through: "the CEO, the CFO and our CTO".
_ROLE_LIST = frozenset({",", "and", "or", "the", "our", "my", "their"})
