"""Paces no one keeps: a race faster than the world record, typing faster than anyone types,
language levels or numbered rungs climbed faster than study allows, and one heavy piece of
work every day or week."""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact, _IssueFn
from careerkit._smart.text.numbers import _number_at
from careerkit._smart.text.objects import _person_noun
from careerkit._smart.text.rates import _makes, _window_words
from careerkit._smart.text.starts import _causee
from careerkit._smart.text.tokens import _Doc, lemma


def _beyond_record(d: _Doc, issue: _IssueFn, goal_q: list[QuantityFact]) -> None:
    """A time faster than anyone has run ("a sub-2-hour marathon"), or typing faster than
    anyone types: out of reach whatever the window."""
    if not any(q.unit in _SECONDS or q.unit in ("words", "wpm") for q in goal_q):
        return  # the usual case: no time and no typing speed to compare
    joined = -1
    goal_q = sorted(goal_q, key=lambda q: q.span)
    for n, q in enumerate(goal_q):
        if n == joined:
            continue  # the "30 minutes" of "2 hours 30 minutes", read with its hours
        # a time to run, said alone ("a sub-2-hour marathon") or as the end of a change
        # ("my 100m from 12.4 to 9.5 seconds")
        if q.kind in ("duration", "change") and q.unit in _SECONDS and not _taken_off(d, q):
            seconds = q.value * _SECONDS[q.unit]
            nxt = goal_q[n + 1] if n + 1 < len(goal_q) else None
            between = d.text[q.span[1] : nxt.span[0]].strip(" ,") if nxt is not None else "-"
            if nxt is not None and nxt.kind == "duration" and between in ("", "and"):
                seconds += nxt.value * _SECONDS.get(nxt.unit, 0.0)  # "2 hours 30 minutes"
                joined = n + 1
            race = _race_near(d, q)
            if race is not None and seconds < lx.WORLD_RECORD_SECONDS[race]:
                record = lx.WORLD_RECORD_SECONDS[race]
                # the time as a clock reads it, so not quoted as the goal's words
                issue("A010", q.span, f"a {race} in {_clock(seconds)}", _clock(record))
                return
        elif q.kind == "count" and q.unit in ("words", "wpm") and q.value > lx.TYPING_RECORD_WPM:
            k = bisect_left(d.st, q.span[1])
            per_minute = q.unit == "wpm" or (
                d.at[k] in ("per", "a") and d.at[k + 1] in ("minute", "min")
            )
            if per_minute:
                said = f"typing {q.value:g} words a minute"
                issue("A010", q.span, said, f"about {lx.TYPING_RECORD_WPM:g} words a minute")
                return


def _taken_off(d: _Doc, q: QuantityFact) -> bool:
    """The time ``q`` is how much faster, not the time to run: "40 seconds off my PB", "45
    seconds faster", "cut my 10k by 90 seconds", "20 seconds from my 5k time"."""
    if q.baseline is not None:
        return False  # "from 12.4 to 9.5 seconds": the second figure is the time to run
    i, k = bisect_left(d.st, q.span[0]), bisect_left(d.st, q.span[1])
    return (i > 0 and d.at[i - 1] == "by") or d.at[k] in _CHANGE_AFTER


# Words after a time that make it the size of a change: "30 seconds off", "a minute faster".
_CHANGE_AFTER = frozenset({"off", "faster", "quicker", "less", "from", "slower"})


def _race_near(d: _Doc, q: QuantityFact) -> str | None:
    """The race a time is for, named within a few words of it: "a sub-2-hour marathon"."""
    i = bisect_left(d.st, q.span[0])
    for m in range(max(0, i - 6), min(d.n, i + 7)):
        w = d.low[m]
        if w == "marathon":
            half = d.at[m - 1] == "half" or (d.at[m - 1] == "-" and d.at[m - 2] == "half")
            return "half marathon" if half else "marathon"
        if w in lx.WORLD_RECORD_SECONDS:
            return w
    return None


def _clock(seconds: float) -> str:
    """A race time as people write it: "1:59:00", "9.2 seconds"."""
    if seconds < 60:
        return f"{seconds:g} seconds"
    whole = round(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


_SECONDS = {"seconds": 1.0, "minutes": 60.0, "hours": 3600.0}


def _level_climb(
    d: _Doc, issue: _IssueFn, goal_q: list[QuantityFact], window: int, novice: bool
) -> None:
    """CEFR levels climbed faster than study allows: "from A1 to C1 in 3 months"."""
    levels = [q for q in goal_q if q.kind == "level" and q.unit.startswith("CEFR")]
    if not levels:
        return
    target = max(levels, key=lambda q: q.value)
    start = [q for q in levels if q is not target and q.span[0] < target.span[0]]
    if start:
        steps, first = target.value - start[0].value, start[0].span[0]
    elif novice:
        steps, first = target.value, target.span[0]  # from nothing: A1 is a step too
    else:
        return
    if steps / max(window / 30.44, 1.0) > lx.CEFR_STEPS_PER_MONTH and steps >= 2:
        issue(
            "A005", (first, target.span[1]), d.text[first : target.span[1]], _window_words(window)
        )


def _ladder_climb(d: _Doc, issue: _IssueFn, window: int) -> None:
    """Numbered rungs of a ladder climbed faster than one a month, from a rung the text
    states: "from Grade 1 to Grade 8 in 6 weeks", "from Band 5 to Band 8 within 3 months".
    Each rung is an exam, a post or a grading passed in turn; even the fastest take weeks."""
    low = d.low
    if "from" not in d.vocab:
        return
    for k in compress(range(d.n), map("from".__eq__, low)):
        rung = d.at[k + 1]
        first = _number_at(d, k + 2 if rung in lx.LADDER_NOUNS else k + 1)
        if first is None:
            continue
        m = first[1]
        if rung not in lx.LADDER_NOUNS:
            rung = d.at[m]  # "from 6th kyu to 1st kyu": the rung after its number
            if rung not in lx.LADDER_NOUNS:
                continue
            m += 1
        if d.at[m] != "to":
            continue
        m += 1
        if d.at[m] == rung:
            m += 1  # "to Grade 8", or just "to 8"
        end = _number_at(d, m)
        if end is None:
            continue
        last = end[1] + 1 if d.at[end[1]] == rung else end[1]
        steps = abs(end[0] - first[0])  # a kyu counts down to 1st
        if steps >= 2 and steps / max(window / 30.44, 1.0) > lx.LADDER_STEPS_PER_MONTH:
            span = (d.st[k + 1], d.en[last - 1])
            issue("A005", span, d.text[span[0] : span[1]], _window_words(window))
            return


def _one_per_period(
    d: _Doc, issue: _IssueFn, goal_q: list[QuantityFact], verb: str | None = None
) -> None:
    """One heavy piece of work every day or week: "run a marathon every day", "publish a
    paper every day" (not a copy of a work handled: "shelve a book a day")."""
    for f in goal_q:
        per = lx.DAYS_PER_PERIOD.get(f.unit) if f.kind == "frequency" else None
        if per is None:
            continue
        k = bisect_left(d.st, f.span[0])
        for m in range(max(0, k - 3), k):
            cap = lx.RATE_CAPS_PER_WEEK.get(d.low[m])
            if cap is not None and not _makes(verb, d.low[m]):
                continue  # "shelve a book a day": a copy handled, not a work made
            if cap is not None and d.at[m - 1] in ("a", "an", "one") and 7 / per > cap:
                start, end = d.st[m - 1], d.en[m]
                issue("A004", (start, end), d.text[start:end], _window_words(per), "one person")
                return


def _rank_climb(d: _Doc, issue: _IssueFn, window: int) -> bool:
    """Named rungs of a ladder climbed faster than the ladder allows, from a rung the text
    states: "from white belt to black belt in 3 months", "from private to colonel by summer",
    "from junior dev to Staff Engineer within 6 months". Each rung is a grading or a promotion
    passed in turn; the ladder says how many months one takes at a fast pace. True when it
    finds the climb out of reach."""
    low = d.low
    for k in compress(range(d.n), map("from".__eq__, low)):
        to = next((m for m in range(k + 2, min(d.n, k + 6)) if low[m] == "to"), None)
        if to is None or _RUNG_WORDS.isdisjoint(low[k + 1 : to]):
            continue  # "from 3 to 5 hours", "from home to the office": no rung named
        fastest = _fastest_climb(d, k + 1, to, to + 1)
        if fastest is not None and fastest[0] > window / 30.44:
            span = (d.st[k], d.en[fastest[1] - 1])
            issue("A003", span, d.text[span[0] : span[1]], _window_words(window))
            return True
    return False


def _fastest_climb(d: _Doc, lo: int, hi: int, target: int) -> tuple[float, int] | None:
    """The fewest months a climb takes from the rung named between ``lo`` and ``hi`` to the
    one named at ``target``, on any ladder both are on ("from lieutenant to captain" is one
    rung in the army, three at sea), and where the target's name ends; none when no ladder
    has both. A climb of a rung or none takes no months to speak of."""
    fastest: tuple[float, int] | None = None
    for months, head, rungs in lx.RANK_LADDERS:
        start = _last_rung(d, lo, hi, rungs, head)
        end = _first_rung(d, target, rungs, head) if start is not None else None
        if start is None or end is None:
            continue
        steps = end[0] - start
        # the rung with the noun it stands before: "black belt", "principal engineer"
        last = end[1] + (d.at[end[1]].isalpha() and d.at[end[1]] not in _CLIMB_ENDS)
        if fastest is None or steps * months < fastest[0]:
            fastest = (steps * months if steps >= 2 else 0.0, last)
    return fastest


def _stated_rung_climb(d: _Doc, issue: _IssueFn, window: int, lo: int, hi: int) -> bool:
    """A rung the goal reaches ("make MD", "become principal engineer", "earn my black belt")
    from the rung the writer says they are on now, anywhere in the text ("joining as an
    analyst", "I'm a junior developer", "as a private, ..."): weighed as a climb "from ... to
    ..." is. True when it finds the climb out of reach."""
    if _RUNG_WORDS.isdisjoint(d.at[lo + 1 : lo + 5]):
        return False  # the usual case, told at C speed: no rung where one reached stands
    verb = lemma(d.at[lo])
    if verb not in lx.RUNG_REACHING_VERBS:
        return False
    m = lo + 1
    promoted = d.at[m] in ("promoted", "appointed") and d.at[m + 1] == "to"
    if promoted:
        m += 2  # "get promoted to partner"
    if d.at[m] in lx.POSSESSIVES or (
        # "get a manager", "make the senior team happy": someone got or acted on, not a rung
        d.at[m] in lx.DETERMINERS and (promoted or verb not in ("get", "make"))
    ):
        m += 1
    if d.at[m] not in _RUNG_WORDS:
        return False  # the usual case: no rung reached
    for k in d.find(_STATED_STARTS):
        start = _stated_start(d, k)
        if start is None:
            continue
        # the rung and the noun it stands before, up to a mark or a clause's end: "as a
        # private, make colonel" starts at "private", not at "colonel"
        end = start
        while end < min(d.n, start + 4) and d.at[end][:1].isalpha() and d.at[end] != "and":
            end += 1
        fastest = _fastest_climb(d, start, end, m)
        if fastest is None:
            continue
        # "get my manager to sponsor the project": the rung got to act is not reached
        named = fastest[1] - (d.at[fastest[1] - 1] == "to")
        if fastest[0] > window / 30.44 and not _causee(d, lo, named, hi):
            issue("A003", d.span(m, fastest[1]), d.slice(m, fastest[1]), _window_words(window))
            return True
    return False


def _stated_start(d: _Doc, k: int) -> int | None:
    """Where the rung the writer is on now is named, if a statement of it starts at ``k``:
    "as an analyst" after "joining" or at the start of a clause, "I'm a junior developer",
    "currently a commis chef". Not a past start ("joined as an analyst in 2019")."""
    w = d.low[k]
    if w == "as":
        before = d.at[k - 1] if k > 0 else "."
        if before not in _START_LEADS and before[:1].isalnum():
            return None
    elif w not in ("i'm", "currently") and not (w == "am" and d.at[k - 1] == "i"):
        return None
    article = d.at[k + 1]
    return k + 2 if article in ("a", "an") else None


# The words a statement of the writer's rung now opens with (see _stated_start).
_STATED_STARTS = frozenset({"as", "i'm", "currently", "am"})
# Words before "as" that make what follows the writer's rung now: "joining as", "starting as".
_START_LEADS = frozenset({"joining", "starting", "i'm", "currently", "still"})


# The words a rung's name may start with: a climb names one after "from".
_RUNG_WORDS = frozenset(
    name[0] for _, _, rungs in lx.RANK_LADDERS for rung in rungs for name in rung
)


def _rung_at(
    d: _Doc, k: int, rungs: tuple[tuple[tuple[str, ...], ...], ...]
) -> tuple[int, int] | None:
    """The rung of a ladder named at ``k`` (its index on the ladder) and where its name ends,
    the longest name read first ("chief inspector" before "inspector")."""
    best: tuple[int, int] | None = None
    for index, names in enumerate(rungs):
        for name in names:
            m = k
            for w in name:
                if d.at[m] == "-":
                    m += 1  # "sub-lieutenant", "mid-level"
                if d.at[m] != w:
                    break
                m += 1
            else:
                if best is None or m > best[1]:
                    best = (index, m)
    return best


def _held_by_a_person(d: _Doc, m: int, head: str) -> bool:
    """What the rung's word ends at ``m`` stands before is a rung's own noun ("belt"), a role
    holding it ("junior developer", "trainee solicitor"), or nothing ("to colonel by June");
    not a thing ("private school", "the white server") nor a place in a sport or a squad
    ("senior player", "senior swimmer squad"), which an age or a season decides."""
    nxt = d.at[m]
    if head:
        return nxt in (head, f"{head}s")
    if nxt == "-":
        nxt = d.at[m + 1]  # "mid-level"
    return (
        not nxt[:1].isalpha()
        or nxt in lx.PREPOSITIONS
        or nxt in _CLIMB_ENDS
        or _person_noun(nxt)
        or nxt in _SHORT_ROLES
    )


# Words that may follow a rung's name and end the climb: "to colonel by summer", "to partner
# and".
_CLIMB_ENDS = frozenset({"by", "within", "in", "before", "this", "next", "and", "or", "so"})
# Role nouns people shorten: "junior dev", "senior eng".
_SHORT_ROLES = frozenset({"dev", "devs", "eng", "swe", "level", "grade", "rank"})


def _last_rung(
    d: _Doc, lo: int, hi: int, rungs: tuple[tuple[tuple[str, ...], ...], ...], head: str
) -> int | None:
    """The rung the climb starts from, named between "from" and "to": the last one named
    ("associate director" is a director)."""
    found = None
    k = lo
    while k < hi:
        rung = _rung_at(d, k, rungs)
        if rung is None:
            k += 1
            continue
        if d.at[rung[1]] == "to" or _held_by_a_person(d, rung[1], head):
            found = rung[0]
        k = rung[1]  # "senior associate" is one rung, not "associate" too
    if found is not None and head and head not in d.low[lo : hi + 6]:
        return None  # colours are belts only when a belt is named
    return found


def _first_rung(
    d: _Doc, k: int, rungs: tuple[tuple[tuple[str, ...], ...], ...], head: str
) -> tuple[int, int] | None:
    """The rung the climb goes to, named after "to" past a determiner: "to a black belt", "to
    Staff Engineer". Not a verb ("to lead the team")."""
    if d.at[k] in lx.DETERMINERS or d.at[k] in lx.POSSESSIVES:
        k += 1
    rung = _rung_at(d, k, rungs)
    if rung is None or not _held_by_a_person(d, rung[1], head):
        return None
    if d.at[rung[1]] in lx.DETERMINERS:
        return None  # "to lead the migration": a verb and its object
    return rung
