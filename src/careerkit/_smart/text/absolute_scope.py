"""Tests on the words around an absolute: what it covers (a set one can count, a place, a
population), how long it is held, and whether the text gives it up, asks for a state or keeps a
mark: the helpers of :mod:`careerkit._smart.text.absolutes`."""

from __future__ import annotations

from types import MappingProxyType

from careerkit._smart import lexicon as lx
from careerkit._smart.text.numbers import _is_year, _number_at
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.totality import (
    _DOMAINS,
    _all_or_none,
)


def _gives_up(d: _Doc, lo: int, k: int) -> bool:
    """The lasting word at ``k`` says a habit of one's own is given up for good: "quit smoking
    forever", "give up sugar for life", "stay sober for the rest of my life", "remain
    alcohol-free forever". Held for good is what quitting means, not an absolute held over
    others or a promise never to fail ("stop making mistakes forever", "stay injury-free
    forever" are still absolutes). "Never ... again" is not read so: "never smoke again" and
    "never go over budget again" differ only in what the verb names."""
    low = d.low
    for p in range(k - 1, max(lo, k - 8) - 1, -1):
        w = low[p]
        if w in _CLAUSE_BREAKS and w != "and":
            return False  # "..., never again": the habit is in another clause
        if w in lx.FAILURE_WORDS or w in lx.HARM_NOUNS or w in lx.FAILURE_VERBS:
            return False  # what ends is a failure or a harm, which no one ends for good
        if w in ("every", "all", "100", "zero"):
            return False  # "stop every leak forever": all of a kind, not one's habit
        base = lemma(w)
        if base in lx.HABIT_QUITTING_VERBS:
            particle = lx.HABIT_QUITTING_PARTICLES.get(base)
            if particle is not None and d.at[p + 1] != particle:
                return False
            habit = d.at[p + 2] if particle is not None else d.at[p + 1]
            if base in ("stop", "quit"):
                # "stop smoking", "quit my vaping habit", "quit social media", "quit the
                # habit": one's own doing ("stop the leaks", "stop staff leaving" end what
                # others do or what happens)
                if habit.endswith("ing") or habit == "my":
                    return True
                if habit == "the":
                    return d.at[p + 2] == "habit"
                return (
                    p + 1 < k  # "quit forever": nothing named given up
                    and habit.isalpha()
                    and habit not in lx.DETERMINERS
                    and not d.at[p + 2].endswith("ing")
                )
            return habit.isalpha() and (habit == "my" or habit not in lx.DETERMINERS)
        if base in lx.STATE_HOLD_VERBS:
            state = d.at[p + 1]
            if state in lx.ABSTINENT_STATES:
                return True
            return (
                d.at[p + 2] == "-"
                and d.at[p + 3] == "free"
                and state.isalpha()
                and state not in lx.BEFALLING_NOUNS
            )
    return False


def _nation_after(d: _Doc, k: int, hi: int) -> int:
    """Where the noun after the quantifier at ``k`` ends when a whole nation, the world or a
    whole field follows it: "every supermarket in the UK", "every independent bar across
    Scotland", "every paper in my field", "every firm in the sector". Not when the nation
    only names a part ("every client in the UK branch"), nor a field or market that may be a
    place ("every sensor in the field", "every stall in the market"). 0 if none does."""
    for m in range(k + 2, min(hi, k + 5)):
        if d.low[m] in ("in", "across"):
            whose = d.at[m + 1]
            at = m + 2 if whose in lx.ONE_THING_DETERMINERS else m + 1
            end = at  # the last word of the noun phrase: "UK" in "the UK by March"
            while end < at + 2 and d.at[end + 1][:1].isalpha() and d.at[end + 1] not in _ENDS:
                end += 1
            head = d.at[end]
            if head in _DOMAINS and head not in _PLACES_TOO:
                return m
            # "my field", "our market": one's own, a domain and not a place
            return m if head in _PLACES_TOO and whose in _OWN_WORDS and end == at else 0
    return 0


# Domains whose name is also a place or an occasion: "the field", "the market", "the game".
_PLACES_TOO = frozenset({"field", "market", "game"})
_OWN_WORDS = lx.POSSESSIVES - {"the"}


# Words that may follow a nation that ends a noun phrase: "in the UK by March".
_ENDS = lx.PREPOSITIONS | {"and", "or", "so", "to", "within", "before", "this", "next"}


def _counted_set(d: _Doc, i: int, m: int) -> bool:
    """ "all 12 ICU skills", "each of the 40 tunes", "every one of my 6 modules": the
    quantifier goes through a set the text counts, however big its kind."""
    while i < m and d.low[i] in _SET_OPENERS:
        i += 1
    return i < m and _number_at(d, i) is not None


# Words between a quantifier and the count of its set: "each of the 40", "every one of my 6".
_SET_OPENERS = frozenset({"the", "of", "my", "our", "your", "their", "one", "these", "those"})


def _phrase_at(
    d: _Doc, lo: int, hi: int, by_head: MappingProxyType[str, tuple[tuple[str, ...], ...]]
) -> tuple[int, int] | None:
    """Where the first of the phrases in ``by_head`` is, if the text has one."""
    low = d.low
    for k in range(lo, hi):
        for p in by_head.get(low[k], ()):
            if tuple(low[k : k + len(p)]) == p:
                return (k, k + len(p))
    return None


def _lasting(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the text says an absolute has no end ("forever", "24/7"), if it does."""
    low = d.low
    for k in range(lo, hi):
        w = low[k]
        if w in lx.LASTING_WORDS:
            if w == "ever" and d.at[k - 1] in ("first", "-", "than", "if", "best"):
                continue  # "my first ever song", "better than ever": no span of time
            if w in lx.LASTING_NOUNS and d.at[k - 1] not in ("in", "for", "all"):
                continue  # "a perpetuity trust", "an eternity ring": a thing's name
            return (k, k + 1)
        if w == "always" and _all_or_none(d, lo, hi):
            # "100% uptime on all services, always", "zero complaints, always": all or
            # nothing held on every day there will be, not a habit kept ("check every
            # script, always")
            return (k, k + 1)
        for p in lx.LASTING_BY_HEAD.get(w, ()):
            if tuple(low[k : k + len(p)]) == p:
                end = k + len(p)
                # "the rest of my career": the phrase takes its noun
                return (k, end + 1 if p[-1] in ("my", "our") and end < hi else end)
    return None


def _stretch(d: _Doc, lo: int, hi: int) -> bool:
    """The text names a finite stretch: "during the launch sprint", "my next 20 shifts"."""
    low = d.low
    for m in range(lo, hi):
        if (
            (d.digit_first[m] or low[m] in lx.UNITS)
            and any(low[p] in ("for", "over", "across", "next") for p in range(max(lo, m - 3), m))
            and any(d.at[p].endswith("s") for p in range(m + 1, m + 4))
        ):
            return True  # counted occasions: "for 12 consecutive pay runs"
        if (
            (low[m] in lx.MONTHS or (_is_year(low[m]) and d.at[m + 1] not in _YEAR_NOUNS))
            and d.at[m - 1] in lx.ONE_THING_DETERMINERS
            and d.at[m + 1][:1].isalpha()
            and d.at[m + 1] not in lx.PREPOSITIONS
        ):
            # "the December payroll", "our March board pack", "the 2027 season": one occasion
            # named by its date (a year's work, "the 2027 financial year", is no such stretch)
            return True
        if low[m] not in lx.STRETCH_NOUNS:
            continue
        for p in range(max(lo, m - 4), m):
            if low[p] in ("during", "throughout", "next", "this", "first") or low[p] in lx.MONTHS:
                return True
    return False


# Nouns after a year that make it a year's whole span: "the 2027 financial year", and a
# year's aims, held all that year: "my 2027 resolution", "all our 2027 work".
_YEAR_NOUNS = frozenset(
    {"year", "financial", "fiscal", "tax", "calendar", "academic", "school", "work"}
    | {"goal", "goals", "target", "targets", "resolution", "resolutions", "plan", "plans"}
    | {"objective", "objectives", "aim", "aims"}
)


def _failure_after(
    d: _Doc, lo: int, hi: int, nouns_only: bool = False, participle: bool = False
) -> int | None:
    """The failure a "never" or "zero" rules out, up to the end of its phrase; ``participle``:
    the word at ``lo`` is a participle of failing before its noun (:func:`_failure_participle`,
    told once by the caller)."""
    low = d.low
    for m in range(lo, hi):
        w = low[m]
        if w in (",", ".", ";", "!", "?", "before", "but", "unless", "until", "and"):
            return None
        if nouns_only and (w in ("fail", "fails") or (m == lo and w in lx.COMPARATIVES)):
            return None  # "without fail" (reliably), "no more than 2 late shipments"
        if w in lx.FAILURE_WORDS:
            return m
        if not nouns_only and (w in lx.FAILURE_VERBS or lemma(w) in lx.FAILURE_WORDS):
            return m
        if nouns_only and m == lo and participle:
            # "zero missed calls", "no lost passport alerts": the failures it names, to the
            # end of their noun
            end = m + 1
            while end < min(hi, m + 4) and d.at[end + 1].isalpha() and not _np_stop(d, end + 1):
                end += 1
            return end
    return None


def _np_stop(d: _Doc, m: int) -> bool:
    """Does the word at ``m`` end the noun phrase before it: a preposition, a determiner, a
    word of time or a conjunction ("calls on my shift", "alerts from now on")?"""
    w = d.at[m]
    return w in lx.PREPOSITIONS or w in lx.DETERMINERS or w in _NP_STOPS


# Words that end a noun phrase of failures: "missed calls this month", "and", "again".
_NP_STOPS = frozenset({"this", "next", "again", "and", "or", "ever", "forever", "now"})


def _failure_participle(d: _Doc, m: int) -> bool:
    """Is the word at ``m`` a participle of a verb of failing before the noun it describes
    ("missed calls", "lost bags", "failed deployments", "dropped catches"), naming failures as
    a noun of failure does?"""
    w = d.low[m]
    nxt = d.at[m + 1]
    return (
        d.at[m - 1] in ("zero", "no")  # "without losing momentum" tells how, rules out nothing
        and (w.endswith(("ed", "en")) or w in ("lost", "missing"))
        and (w in lx.FAILURE_VERBS or lemma(w) in lx.FAILURE_VERBS)
        and nxt.isalpha()
        and nxt not in lx.PREPOSITIONS
        and nxt not in lx.DETERMINERS
    )


def _state_asked(d: _Doc, lo: int, k: int) -> bool:
    """The adjective at ``k`` is the state the goal asks for: after "make", "keep", "be" and
    their like and what they act on ("make our network unhackable", "be unbeatable"), with no
    noun of its own after it ("an unbeatable offer")."""
    if d.at[k + 1][:1].isalpha() and d.at[k + 1] not in lx.PREPOSITIONS:
        return False
    return any(lemma(d.low[p]) in _STATE_SETTERS for p in range(max(lo, k - 5), k))


# Verbs that hold or bring about the state after them: "keep it spotless", "make it unhackable".
_STATE_SETTERS = lx.STATE_HOLD_VERBS | {"make", "become", "render"}


def _harm_ended(d: _Doc, lo: int, k: int, hi: int) -> int | None:
    """Where the harm ends when the "all" or "every" at ``k`` follows a verb of ending ("stop
    all smuggling", "identify and eliminate every potential hazard") and goes through every
    case of a harm or failure, not a set the text counts ("all 12 defects on the list")."""
    low = d.low
    v = k - 1
    if low[v] in ("of", "the") and v > lo:
        v -= 1  # "prevent all of the falls"
    if lemma(low[v]) not in lx.ENDING_VERBS or _counted_set(d, k + 1, min(hi, k + 4)):
        return None
    for m in range(k + 1, min(hi, k + 4)):
        w = low[m]
        if w in lx.HARM_NOUNS or w in lx.FAILURE_WORDS:
            return m
        if not w.isalpha() or w in lx.PREPOSITIONS:
            return None  # "stop all spending on travel": the noun ended with no harm
    return None


def _top_result_for_each(d: _Doc, lo: int, k: int, hi: int) -> int | None:
    """Where the noun ends when the "every" at ``k`` opens the complement of a win or a top
    mark in the same clause ("win gold at every show we enter", "get 100% yield on every
    synthesis", "full marks in every test"), and its set is not one the text counts."""
    low = d.low
    if low[k - 1] not in _RESULT_PREPOSITIONS:
        return None
    won = False
    for p in range(k - 2, max(lo, k - 7) - 1, -1):
        w = low[p]
        if w in _CLAUSE_BREAKS:
            break  # "win the final and train in every session": another clause's "every"
        top = (w == "100" and d.at[p + 1] in ("%", "percent")) or (
            w == "full" and d.at[p + 1] in ("marks", "mark")
        )
        if lemma(w) in lx.WINNING_VERBS or (top and d.at[p + 2] not in _KEPT_MARKS):
            won = True
            break
    m = k + 2 if d.at[k + 1] == "single" else k + 1
    if not won or m >= hi or _counted_set(d, m, min(hi, m + 5)):
        return None
    if not d.at[m][:1].isalpha() or d.at[m] in lx.DETERMINERS:
        return None
    last = min(hi - 1, m + 2)
    while m < last and d.at[m + 1].isalpha() and d.at[m + 1] not in _NOUN_ENDS:
        m += 1  # "every wine competition", up to "we enter"
    return m


# Prepositions that open the occasions a result is asked in: "gold at every show".
_RESULT_PREPOSITIONS = frozenset({"at", "in", "on", "across", "for", "from"})
# Marks one keeps by one's own habit, not results others judge: "100% attendance at every
# meeting" is going to each of them.
_KEPT_MARKS = frozenset({"attendance", "punctuality", "completion", "participation"})
# Words that end a clause, past which a verb is another action's.
_CLAUSE_BREAKS = frozenset({",", ".", ";", ":", "and", "or", "but", "then", "while", "!", "?"})


def _held_state(d: _Doc, lo: int, i: int, j: int) -> bool:
    """ "always" and "all the time" ask the impossible of a state held without a break
    ("always be available"), not of a habit ("check every script, always")."""
    low = d.low
    if any(low[p] in lx.HABIT_BREAKERS for p in range(max(lo, i - 5), i)):
        return False  # "stop feeling burnt out all the time", "who always fixes the docs"
    near = range(max(lo, i - 2), min(d.n, j + 2))
    return lemma(low[lo]) in lx.STATE_HOLD_VERBS or any(
        lemma(low[p]) in lx.STATE_HOLD_VERBS for p in near
    )


def _outcome_for_all(d: _Doc, k: int, hi: int, m: int) -> int | None:
    """ "win every case", "get every customer to sign up", "sell to every company", "close
    100% of the leads": where the noun ends when the word at ``k`` and what follows up to
    ``m`` ("every", "all the", "100% of the") ask an outcome of every one of them."""
    low = d.low
    verb = lemma(low[k - 1])
    if low[k - 1] == "to" and k > 1 and lemma(low[k - 2]) == "sell":
        verb = "sell"
    if verb not in lx.OUTCOME_VERBS:
        return None
    first = m
    while d.at[m] in _OWNERS and m < first + 3:
        m += 1  # "all my students", "all of the customers", "100% of the deals"
    if verb in lx.WINNING_VERBS:
        # "win every case", "win all the bids": a thing won from others, whatever it is
        if not d.at[m][:1].isalpha() or d.at[m] in lx.DETERMINERS or m >= hi:
            return None
        # the rest of the noun: "100% of trial users", "100% of walk-ins", "every tennis
        # match", up to what follows it ("I pitch", "this year", "at the gala")
        last = min(hi - 1, m + 2)
        while m < last and d.at[m + 1] == "-" and d.at[m + 2][:1].isalpha():
            m += 2
        while m < last and d.at[m + 1].isalpha() and d.at[m + 1] not in _NOUN_ENDS:
            m += 1
        return m
    if d.at[m] not in lx.POPULATION_NOUNS:
        return None
    if verb in ("get", "keep", "make"):
        # "get every customer to sign up", "keep every customer happy", "get every student
        # to 100%": an outcome that is theirs to choose or feel, or a perfect mark for all
        after = range(m + 1, min(hi, m + 10))
        if any(low[p] in lx.VAGUE_STATES or low[p] in lx.SELF_RATING_WORDS for p in after):
            return m
        # the verb takes its own object or phrase ("book with me", "choose my elective"); a
        # noun ends its phrase ("sign the guest book.")
        bare = next(
            (
                p
                for p in after
                if low[p] in _CUSTOM_CHOICES
                and (d.at[p + 1] in lx.PREPOSITIONS or d.at[p + 1] in lx.DETERMINERS)
            ),
            None,
        )
        if verb == "make" and bare is not None and _OWN_WORDS.isdisjoint(low[m + 1 : bare]):
            # "make every client in town book with me": "make" takes its verb without "to";
            # whom to buy from is theirs to choose ("every pupil in my class" is one's own set)
            return m
        to = next((p for p in after if low[p] == "to"), None)
        # "... to 100%", "... to an A* in every subject": the top mark, or every time
        if to is not None and (
            d.at[to + 1] in lx.CHOICE_VERBS
            or d.at[to + 1] == "100"
            or any(low[p] in ("every", "all") for p in range(to + 1, min(hi, to + 8)))
        ):
            return m
        return None
    return m


# Choices of whom to buy from or join, which no one can make for every one of a market.
_CUSTOM_CHOICES = frozenset({"buy", "book", "choose", "pick", "join", "subscribe", "switch"})
# Words that make a set one's own: "every pupil in my class".
# Words before "any" that make it none or some, not each: "without any", "if any".
_ANY_NOT_ALL = frozenset({"without", "not", "never", "no", "if", "hardly", "barely", "n't"})
# Words after a noun that end it: "every deal I pitch", "every case this year".
_NOUN_ENDS = (
    lx.PREPOSITIONS
    | lx.DETERMINERS
    | lx.PRONOUNS
    | {"that", "who", "which", "and", "or", "but", "next", "last", "every", "each", "so"}
)
# What a "perfect" can be counted in: a score, an attendance record.
_COUNTED_MARKS = frozenset({"score", "scores", "attendance", "record", "mark", "marks", "grade"})
_OWNERS = frozenset({"my", "our", "the", "of", "your", "his", "her", "their", "these", "those"})
