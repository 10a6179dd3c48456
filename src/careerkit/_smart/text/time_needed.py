"""Time the goal needs against the time there is: a course longer than the window, more hours
a week than a week has, hours or days to put in beyond what the window holds."""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact, _IssueFn
from careerkit._smart.text.hands import _hands
from careerkit._smart.text.rates import _NOT_PUT_IN, _WAKING_HOURS, _said, _window_words
from careerkit._smart.text.starts import _novice
from careerkit._smart.text.tokens import _Doc, lemma


def _time_budget(
    d: _Doc, issue: _IssueFn, goal_q: list[QuantityFact], window: int | None, verb: str | None
) -> None:
    """Time the goal needs beyond the time there is: a "12-week course" by next Friday, or
    "120 hours a week" of work with "9 hours a night" of sleep."""
    weekly: list[tuple[QuantityFact, float, int]] = []
    for q in goal_q:
        if q.kind != "duration" or q.baseline is not None or q.high is not None:
            continue
        i = bisect_left(d.st, q.span[0])
        unit_days = lx.UNIT_DAYS.get(d.at[i + 2]) if d.at[i + 1] == "-" else None
        noun = d.at[i + 3]
        if unit_days is not None and "of" in d.low[max(0, i - 3) : i]:
            continue  # "the first 2 weeks of the 12-week course": a part of it
        if unit_days is not None and verb not in lx.GO_THROUGH_VERBS:
            continue  # "get sign-off on a 6-month plan": made or approved, not gone through
        if (
            unit_days is not None
            and verb in _ENDING_VERBS
            and d.at[i - 1] in lx.FIRST_PERSON_POSSESSIVES
            and not _novice(d)
        ):
            # "complete my 12-month probation by Christmas": one's own, under way; what is
            # left of it is not said (it is, from a start just made: "I start it on Monday")
            continue
        if unit_days is not None and window is not None and noun[:1].isalpha():
            # "the 12-week course", "the 30-hour audiobook": the thing lasts that long
            length = q.value * unit_days
            if noun not in lx.PREPOSITIONS and length > window * (1 if unit_days < 1 else 2):
                end = d.en[min(d.n - 1, i + 3)]
                words = _np_words(d, i + 3)
                issue("A009", q.span, f"'{d.text[q.span[0] : end]}{words}'", _window_words(window))
                return
            continue
        if lx.UNIT_DAYS.get(q.unit) != 1 / 24:
            continue
        j = bisect_left(d.st, q.span[1])
        for f in goal_q:
            if f.kind == "frequency" and q.span[1] <= f.span[0] <= d.en[min(d.n - 1, j + 1)]:
                per = lx.DAYS_PER_PERIOD.get(f.unit)
                if per is not None:
                    weekly.append((f, q.value * max(f.value, 1.0) * 7 / per, j))
                break
    if weekly and sum(h for _, h, _ in weekly) > 168:
        # "work 120 hours a week while sleeping 9 hours a night": more hours than a week has
        said = " and ".join(f"'{d.text[_q_start(goal_q, f) : f.span[1]]}'" for f, _, _ in weekly)
        period = weekly[0][0].unit[4:] if len(weekly) == 1 else "week"
        hours = round(lx.DAYS_PER_PERIOD.get(f"per {period}", 7) * 24)
        issue("A009", weekly[0][0].span, said, f"the {hours} hours of a {period}")


def _time_put_in(
    d: _Doc,
    issue: _IssueFn,
    goal_q: list[QuantityFact],
    window: int,
    verb: str | None,
    main: int,
) -> None:
    """Time to be put in beyond the time the window holds: "log 1,500 flying hours by the end
    of January", "the 365 days of sea time needed by March" (``main``: the action's word). Hours are weighed against the
    waking hours of the window (one person sleeps), days and longer against its days. A limit
    or level ("under 10 hours", "down to 2 days"), a change ("cut 300 hours of overtime"), a
    rate ("20 hours a week"), a group's hours and a time that is not the object of the goal's
    action ("10 yrs welding. Want CWI cert by June") are not time put in by one person."""
    if verb in lx.CHANGE_VERBS or verb in _TIME_GIVEN_BACK:
        return
    if all(q.unit not in lx.UNIT_DAYS for q in goal_q) or _hands(d) != 1.0:
        return  # no figure in days or hours (most counts): who does the work does not matter
    for q in goal_q:
        unit_days = lx.UNIT_DAYS.get(q.unit)
        if (
            unit_days is None
            or q.kind not in ("duration", "count")
            or q.baseline is not None
            or q.high is not None
        ):
            continue
        i = bisect_left(d.st, q.span[0])
        if d.at[i - 1] in lx.LEVEL_PREPOSITIONS or d.at[i - 1] in _NOT_PUT_IN:
            continue  # "under 10 hours", "within 30 days": a limit or a window
        # the action's verb, or the word in action position however the goal opens ("Fly ...",
        # "My goal is to fly ...")
        if not any(k == main or lemma(d.low[k]) == verb for k in range(max(0, i - 3), i)):
            continue  # "10 yrs welding", "currently average 11 weeks": not what the goal does
        j = bisect_left(d.st, q.span[1])
        if any(f.kind == "frequency" and q.span[1] <= f.span[0] for f in goal_q):
            continue  # "20 hours a week": a rate, weighed by the time-budget check
        if d.at[j] in _RATE_AFTER:
            continue  # "2 hours per session", "a 12-week course" (weighed as a length)
        if (j < d.n and d.digit_first[j]) or d.at[j] in _AGE_WORDS:
            continue  # "30 Year 9 essays", "20 five year olds": a name or an age, not a time
        if "-" in d.text[q.span[0] : q.span[1]] or (
            d.at[j] == "of" and d.at[j + 1] in lx.DETERMINERS
        ):
            continue  # "the 12-week course" (weighed as a length), "2 weeks of the course"
        hours = unit_days < 1
        room = window * (_WAKING_HOURS if hours else 1.0)
        if q.value * (1.0 if hours else unit_days) > room:
            where = (
                f"the waking hours of {_window_words(window)}" if hours else _window_words(window)
            )
            issue("A009", q.span, f"'{_said(d, q)}'", where)
            return


# Verbs that give time back, beside the change verbs ("save", "cut", "trim"): "free up 2 hours".
_TIME_GIVEN_BACK = frozenset({"free", "shave", "recover", "waste"})
_AGE_WORDS = frozenset({"old", "olds"})
# Verbs that bring a thing to its end, and the owners that make it one's own, under way.
_ENDING_VERBS = frozenset({"finish", "complete", "pass"})
_RATE_AFTER = frozenset({"per", "each", "a", "an", "every", "-", "/", "x"})


def _q_start(goal_q: list[QuantityFact], f: QuantityFact) -> int:
    """Where the hours a frequency counts start: "120 hours" of "120 hours a week"."""
    return max(q.span[0] for q in goal_q if q.kind == "duration" and q.span[1] <= f.span[0])


def _np_words(d: _Doc, k: int) -> str:
    """The words after a noun that still name the thing: "MBA programme"."""
    out = ""
    m = k + 1
    while m < d.n and m < k + 3 and (d.low[m] in _NP_HEADS or d.raw[m - 1].isupper()):
        out += d.text[d.en[m - 1] : d.en[m]]
        m += 1
    if m + 1 < d.n and m > k + 1 and d.after_hyphen(m + 1):
        out += d.text[d.en[m - 1] : d.en[m + 1]]  # "QWE sign-off", not "QWE sign"
    return out


# Nouns that end the name of a programme after its first word: "MBA programme".
_NP_HEADS = frozenset({"programme", "program", "course", "plan", "bootcamp", "degree", "series"})
