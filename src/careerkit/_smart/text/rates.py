"""Figures read as rates: growth, volume by kind, money from one's pay, distance, and how many
people do the work."""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact, _IssueFn
from careerkit._smart.text.hands import _acts, _hands, _who
from careerkit._smart.text.numbers import _number_at
from careerkit._smart.text.tokens import _Doc, lemma


def _growth(
    d: _Doc, issue: _IssueFn, q: QuantityFact, window: int, verb: str | None, repeats: float
) -> None:
    """A change faster than any process runs: more than doubling every month, or a rate cut
    by half or more within a month. ``repeats``: how many times a cadence repeats it."""
    months = window / 30.44
    reducing = verb in ("reduce", "cut", "decrease", "lower", "shrink", "trim")
    said = d.text[q.span[0] : q.span[1]]
    if q.baseline is not None:
        # "from $200 to $50,000", "from 40% to 0%": the factor between the two figures
        if q.high is not None or q.kind not in ("money", "count", "change", "percent"):
            return
        # A share, or a speed per hour or minute ("from 90 to 400 units an hour"): how fast a
        # process runs, which no process doubles within weeks, however small the figures.
        rate = q.kind == "percent" or q.unit == "%" or _per_short_time(d, q)
        base, target = q.baseline, q.value
        # Small figures grow fast ("from 50 to 500 followers"): only big ones are weighed.
        if target > base > 0 and (rate or target >= (10_000 if q.kind == "money" else 1_000)):
            pct = (target / base - 1) * 100
            if pct >= 100 and pct / months > 100:
                issue("A002", q.span, said, _window_words(window))
        elif (
            (rate or q.unit in _TIMES)
            and base > target >= 0
            and window <= _ABOUT_A_MONTH
            and (base - target) / base >= 0.5
        ):
            # a rate or the time a process takes, halved or more within about a month
            issue("A002", q.span, said, _window_words(window))
        elif (
            base > target >= 0
            and window <= 7
            and base >= (10_000 if q.kind == "money" else 1_000)
            and (base - target) / base >= 0.5
        ):
            # a big stock ("rent arrears from £180k to zero", "a waiting list from 4,000 to
            # 1,000") halved or more within days: it is cleared one case at a time
            issue("A002", q.span, said, _window_words(window))
        return
    if q.kind == "percent" and not _is_change(d, q, verb):
        return  # a share or a level: "100% of calls", "100% attendance"
    pct = q.value if q.kind == "percent" else (q.value - 1) * 100
    i, k = bisect_left(d.st, q.span[0]), bisect_left(d.st, q.span[1])
    pay = not lx.PAY_WORDS.isdisjoint(d.low[max(0, i - 4) : k + 3])
    if pct > 100 and months <= 12.5 and pay and not reducing:
        # Pay more than doubled within a year: "a 300% raise this year"
        issue("A002", q.span, said, _window_words(window))
        return
    if q.kind == "multiplier" and verb not in lx.CHANGE_VERBS:
        # "3x a week", "2x/day", and with the thing counted between ("5x lessons/wk", "3x gym
        # sessions a week"): how often, not a growth factor ("5x more calls a day" is one)
        m = k
        while m < k + 2 and d.at[m].isalpha() and d.at[m] not in _PER_MARKS:
            if d.at[m] in lx.COMPARATIVES:
                break
            m += 1
        if d.at[m] in _PER_MARKS:
            return
    if q.kind == "multiplier" and repeats >= 2:
        pct = (q.value ** min(repeats, 60.0) - 1) * 100
    if (
        q.kind == "percent"
        and reducing
        and (q.value > 100 or (q.value >= 50 and window <= _ABOUT_A_MONTH))
    ):
        # More than all of it, or half of it within a month ("cut churn by 50% in a
        # month"): no process changes that fast.
        issue("A002", q.span, said, _window_words(window))
    elif pct >= 100 and pct / months > 100 and not reducing and q.high is None:
        issue("A002", q.span, said, _window_words(window))


def _per_short_time(d: _Doc, q: QuantityFact) -> bool:
    """The figure ``q`` is counted per hour, minute or second: "400 units an hour", "90 words
    per minute", "12 picks/hour"."""
    k = bisect_left(d.st, q.span[1])
    for m in range(k, min(d.n, k + 3)):
        if d.at[m] in ("a", "an", "per", "/"):
            return d.at[m + 1] in lx.SPEED_UNITS
        if not d.low[m].isalpha():
            return False
    return False


# What says "for each" before a period: "3x a week", "2x per day", "5x lessons/wk".
_PER_MARKS = frozenset({"a", "an", "per", "/"})
# "next month" ends up to six weeks from today: a change within it is a change within a month.
_ABOUT_A_MONTH = 45
# Units of the time a process takes: "wait times from 18 months to zero".
_TIMES = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months"})


def _is_change(d: _Doc, q: QuantityFact, verb: str | None) -> bool:
    """A percentage is a change ("by 40%", "a 400% pay rise"), not a share ("100% of calls")
    or a level ("to 95%", "100% attendance")."""
    k = bisect_left(d.st, q.span[1])
    i = bisect_left(d.st, q.span[0])
    after, before = d.at[k], d.at[i - 1] if i > 0 else ""
    if after == "of" or (before in lx.LEVEL_PREPOSITIONS and before != "over"):
        return False
    return (
        verb in lx.CHANGE_VERBS
        or before == "by"
        or any(d.at[m] in lx.CHANGE_NOUNS for m in range(k, k + 3))
        # a return on money: "return 300% on the book", "earn 40% on my savings"
        or (after == "on" and verb in _RETURN_VERBS)
    )


# Verbs of a return on money, whose percentage "on" a sum is its growth.
_RETURN_VERBS = frozenset({"return", "earn", "make", "yield", "generate", "net"})


def _said(d: _Doc, q: QuantityFact) -> str:
    """The figure as written with the noun it counts: "5,000 cold calls"."""
    i = bisect_left(d.st, q.span[0])
    end = q.span[1]
    if q.kind == "count" and q.unit:
        for m in range(i + 1, min(d.n, i + 5)):
            if d.low[m] == q.unit:
                end = max(end, d.en[m])
                break
    return d.text[q.span[0] : end]


def _money(
    d: _Doc,
    issue: _IssueFn,
    q: QuantityFact,
    window: int,
    verb: str | None,
    goal_q: list[QuantityFact],
) -> None:
    """Saving or paying off from one's own pay, faster than any pay allows, or faster than
    the pay the text states brings in ("clear my £60k loan on my £24k salary by next month")."""
    k = bisect_left(d.st, q.span[0])
    j = bisect_left(d.st, q.span[1])
    own = (
        verb in ("save", "repay")
        or (verb == "pay" and any(d.at[m] in ("off", "back", "down") for m in range(k - 2, k + 1)))
        # "clear my £60k student loan", "settle our £8,000 overdraft": a debt of one's own
        or (
            verb in lx.CLEARING_VERBS
            and d.at[k - 1] in lx.POSSESSIVES
            and any(d.at[m] in lx.DEBT_NOUNS for m in range(j, j + 3))
        )
    )
    if (
        not own
        and verb in lx.RAISING_VERBS
        and _raised_from_many(d, j)
        # "starting from nothing": the pace from a standing start says it (A005)
        and lx.FROM_NOTHING_WORDS.isdisjoint(d.vocab)
    ):
        # "raise £50 million for the village hall roof by January": gifts from many donors,
        # which one person, or the few the text counts, gathers at a bounded pace
        hands = _hands(d)
        if hands is not None and q.value / max(window / 30.44, 1.0) > (
            lx.RAISED_MONEY_CAP_PER_MONTH * hands
        ):
            issue("A004", q.span, _said(d, q), _window_words(window), _who(d))
        return
    if not own or any(_acts(d, k) for k in d.find(lx.TEAM_SUBJECTS)) or _pay_of(d, q) is not None:
        return
    months = max(window / 30.44, 1.0)
    cap, who = lx.PERSONAL_MONEY_CAP_PER_MONTH, "one person"
    for p in goal_q:
        monthly = _pay_of(d, p) if p.kind == "money" and p.unit == q.unit else None
        if monthly is not None and monthly < cap:
            # all of the pay the text states, every month, is the most it can bring in
            cap, who = monthly, f"one person on {_pay_words(d, p)}"
    if q.value / months > cap:
        issue("A004", q.span, _said(d, q), _window_words(window), who)


def _raised_from_many(d: _Doc, j: int) -> bool:
    """The money after token ``j`` is given by many donors, not invested or granted in one
    sum: "£5 million from local donors", not "£2 million in seed funding" or "a £1m grant"."""
    return lx.ONE_SUM_NOUNS.isdisjoint(d.low[max(0, j - 3) : j + 4])


def _pay_of(d: _Doc, q: QuantityFact) -> float | None:
    """The pay a month the figure ``q`` states, if it is one's pay ("my £24k salary", "a
    $2,500 monthly salary", "£450 a week in wages"): a figure a year unless a shorter period
    is said, or it is too small to be a year's pay."""
    j = bisect_left(d.st, q.span[1])
    near = d.low[j : j + 4]
    if lx.PAY_WORDS.isdisjoint(near) or d.at[j] in lx.CHANGE_NOUNS:
        return None  # "a £5k pay rise" is a change, not the pay
    if not _WEEKLY.isdisjoint(near):
        return q.value * 52 / 12
    if not _MONTHLY.isdisjoint(near) or q.value < 6_000:
        return q.value
    return q.value / 12


def _pay_words(d: _Doc, q: QuantityFact) -> str:
    """ "my £24k salary", "a $2,500 monthly salary": the pay as written, up to its pay word,
    with the writer's determiner if there is one."""
    i = bisect_left(d.st, q.span[0])
    j = bisect_left(d.st, q.span[1])
    end = next(m for m in range(j, j + 4) if d.low[m] in lx.PAY_WORDS)
    first = i - 1 if i > 0 and d.low[i - 1] in _PAY_DETERMINERS else i
    return d.text[d.st[first] : d.en[end]]


_PAY_DETERMINERS = lx.FIRST_PERSON_POSSESSIVES | lx.THIRD_PERSON_POSSESSIVES | {"a", "an"}


_MONTHLY = frozenset({"month", "monthly", "pcm"})
_WEEKLY = frozenset({"week", "weekly"})


def _volume(
    d: _Doc,
    issue: _IssueFn,
    q: QuantityFact,
    goal_q: list[QuantityFact],
    window: int | None,
    verb: str | None,
    on_day: bool,
    share: float,
) -> None:
    """More pieces of one kind than one person handles in the time: heavy work by its own
    cap, people and audiences by theirs, any other plural count by a generous one. ``share``
    is the share of the weeks free for the goal (see _spare_share)."""
    unit = q.unit
    sizing = _sizing_verb(d, q, verb) if window is not None else None
    if sizing is not None and window is not None and _size(d, issue, q, window, sizing):
        return
    before = d.text[max(0, q.span[0] - 12) : q.span[0]].split()[-1:]
    if before and before[0].lower() in lx.LEVEL_PREPOSITIONS:
        return  # "get down to 78kg": a level to reach, not an amount to produce
    cap = lx.RATE_CAPS_PER_WEEK.get(unit)
    if cap is not None and (verb in lx.READING_VERBS or verb in lx.NOTING_VERBS):
        # Reading a novel takes days, writing one months: "read 20 novels"; a paper or an
        # article takes an hour: "read 10 papers this week"
        long = unit in lx.LONG_WORKS
        cap = max(cap, lx.READING_CAP_PER_WEEK if long else lx.SHORT_READING_CAP_PER_WEEK)
    elif cap is not None and verb in lx.JUDGING_VERBS:
        # a close reading, hours a piece: "review 3 papers this week", "referee 4 a month"
        cap = max(cap, lx.READING_CAP_PER_WEEK)
    elif cap is not None and verb in lx.MARKING_VERBS and unit in lx.MADE_WORKS:
        # "mark 60 mock papers this weekend", "grade 40 essays": a marker's pace, not an author's
        cap = max(cap, lx.HANDLED_CAPS_PER_WEEK["scripts"])
    elif cap is not None and verb in lx.TRADE_VERBS:
        cap = None  # "sell 50 books a week": a shop's trade, not pieces one person makes
    elif cap is not None and not _makes(verb, unit):
        cap = None  # "shelve 200 books a day", "mark 30 papers": copies handled, not written
    if unit in lx.BODY_WEIGHT_UNITS and verb not in lx.CHANGE_VERBS and verb != "shed":
        cap = None  # "bench press 100 kg" is a level; "lose 20 kg" is an amount
    if cap is not None and unit in lx.RATE_CAPS_PER_WEEK:
        cap *= share  # "pass 4 exams in 2 weeks while working full time"
    handmade = q.kind == "count" and _handmade(d, q)
    if (
        q.kind == "count"
        and (cap is not None or unit in lx.HANDLED_CAPS_PER_WEEK)
        and _small_pieces(d, q)
    ):
        # "20 social posts", "10 short videos": small pieces of their kind, each made in a
        # tenth of the time a full one takes
        hands = _hands(d)
        if hands is None:
            return  # a team of unknown size
        full = cap if cap is not None else lx.HANDLED_CAPS_PER_WEEK[unit]
        cap = full * lx.SMALL_PIECE_FACTOR * hands
    if cap is None and q.kind == "count":
        cap = _kind_cap(d, unit, verb, handmade)
    if (verb in lx.SEND_VERBS or verb in lx.DISCARD_VERBS) and not handmade:
        # "send 5,000 emails", "hand out 2,000 flyers": one mail-out, not 5,000 tasks;
        # "delete 3,000 old emails": gone in a few selections
        return
    value = q.value
    if cap is None or value <= 1:
        return
    # The time the amount is given: "a day" right after it, else the deadline's window ("on
    # Monday" is that one day).
    days = 1 if window is not None and on_day else window
    k = bisect_left(d.st, q.span[1])
    # The counted noun is one word, hyphenated or not: "10,000 push-ups a day"
    noun_end = k + 4 if d.at[k + 1] == "-" else k + 2
    days = _days_per_amount(goal_q, q.span[1], d.en[min(d.n - 1, noun_end)]) or days
    if days is None:
        return
    weeks = max(days / 7, 1 / 7)
    if unit in lx.BODY_WEIGHT_UNITS:
        weeks = max(weeks, 2.0)  # the first weeks of a diet lose more: "2 kg by next Friday"
    if value / weeks > cap:
        issue("A004", q.span, _said(d, q), _window_words(days), _who(d))


def _spare_share(d: _Doc) -> float:
    """The share of one's weeks free for the goal: half when the text says it is done beside a
    full-time job ("while working full time", "alongside my full-time job", "on top of my
    full-time job"), all of them otherwise. A full-time job aimed at ("find a full-time job")
    takes none; full-time study ("while studying full time", "on full-time study leave") is
    the goal's own time."""
    if "full" not in d.vocab:
        return 1.0  # the usual case, told in one pass at C speed
    low = d.low
    for k in d.find(_FULL):
        time_at = k + 2 if d.at[k + 1] == "-" else k + 1
        if d.at[time_at] != "time":
            continue
        working = d.at[k - 1] in ("working", "work") and d.at[k - 2] not in ("off", "out")
        if not working and d.at[time_at + 1] not in _JOB_WORDS:
            continue  # "studying full time", "off work full time", "full-time revision"
        before = low[max(0, k - 4) : k]
        if not _BESIDE.isdisjoint(before) or _on_top_or_around(before):
            return 0.5
    return 1.0


def _on_top_or_around(before: list[str]) -> bool:
    """ "on top of (my full-time job)", "around my (full-time job)" among the words before."""
    return any(
        (w == "top" and before[m - 1 : m] == ["on"] and before[m + 1 : m + 2] == ["of"])
        or (w == "around" and before[m + 1 : m + 2] == ["my"])
        for m, w in enumerate(before)
    )


_FULL = frozenset({"full"})
# Words after "full time" that name a job: "a full-time job", "my full-time role".
_JOB_WORDS = frozenset({"job", "role", "work", "position", "employment"})
# Words that put a full-time job beside the goal: "while working", "alongside my".
_BESIDE = frozenset({"while", "whilst", "alongside", "besides"})


def _small_pieces(d: _Doc, q: QuantityFact) -> bool:
    """A word between the figure and its noun says the pieces are small: "20 social posts",
    "12 LinkedIn posts", "10 short videos", "5 quick updates"."""
    if lx.SMALL_PIECE_WORDS.isdisjoint(d.vocab):
        return False  # the usual case, told in one pass at C speed
    k = bisect_left(d.st, q.span[1])
    for m in range(k, min(k + 3, d.n)):  # the words up to the counted noun
        if d.low[m] in lx.SMALL_PIECE_WORDS:
            return True
        if d.low[m] == q.unit:
            break
    return False


def _makes(verb: str | None, unit: str) -> bool:
    """Is the thing ``unit`` counts made or gone through by ``verb`` ("write 30 books", "review
    5 papers"), so that the pace of its kind holds, and not a copy of a work handled as a thing
    ("shelve 200 books a day", "rebind 5 library books")?"""
    return unit not in lx.MADE_WORKS or verb not in lx.COPY_HANDLING_VERBS


def _distance(
    d: _Doc,
    issue: _IssueFn,
    q: QuantityFact,
    goal_q: list[QuantityFact],
    days: int,
    verb: str | None,
) -> None:
    """A distance covered oneself faster than the way it is covered allows, across every
    waking hour of the window: "drive 10,000 miles this week", "run 200 km a day"."""
    kmh = lx.TRAVEL_KMH.get(verb or "")
    per_km = _KM.get(q.unit)
    if kmh is None or per_km is None or q.baseline is not None or _hands(d) != 1.0:
        return
    k = bisect_left(d.st, q.span[0])
    if d.at[k - 1] in lx.LEVEL_PREPOSITIONS or d.at[k - 1] in _NOT_PUT_IN:
        return  # "within 5 miles", "up to 10 km": a limit, not a distance to cover
    days = _days_per_amount(goal_q, q.span[1], len(d.text)) or days  # "200 km a day"
    if q.value * per_km / (days * _WAKING_HOURS) > kmh:
        issue("A004", q.span, d.text[q.span[0] : q.span[1]], _window_words(days), "one person")


def _days_per_amount(goal_q: list[QuantityFact], start: int, end: int) -> int | None:
    """The days one amount is given by the first frequency of the goal between ``start`` and
    ``end`` ("200 km a day", "3 posts twice a week"), or None."""
    for f in goal_q:
        if f.kind == "frequency" and start <= f.span[0] <= end:
            per = lx.DAYS_PER_PERIOD.get(f.unit)
            return None if per is None else max(round(per / max(f.value, 1.0)), 1)
    return None


# Kilometres in one of each unit of distance.
_KM = {
    "km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "k": 1.0, "mi": 1.609,
    "mile": 1.609, "miles": 1.609,
}  # fmt: skip


# Verbs whose object's size, said before it ("the 300-page manual", "the 40-storey tower"), is
# the work the goal asks for.
_SIZING_VERBS = lx.PRODUCE_VERBS | lx.MADE_VERBS | lx.WHOLE_WORK_VERBS


def _sizing_verb(d: _Doc, q: QuantityFact, verb: str | None) -> str | None:
    """The verb whose object's size is the work asked: the action's, or one joined to it by
    "and" that shares its object ("plan and sell out a 2,000-delegate conference", "design
    and build the 40-storey tower"); None when neither makes or works over a thing."""
    if verb in _SIZING_VERBS:
        return verb
    if verb is None:
        return None
    i = bisect_left(d.st, q.span[0])
    for m in range(max(0, i - 6), i):
        # the word after "and" is the action itself: "design and build the tower", not
        # "learn to code and tour the codebase" (the code is not the tour's object)
        if d.at[m + 1] == "and" and lemma(d.at[m + 2]) == verb:
            first = lemma(d.low[m])
            if first in _SIZING_VERBS:
                return first
    return None


def _size(d: _Doc, issue: _IssueFn, q: QuantityFact, window: int, verb: str) -> bool:
    """A thing to make or work over bigger than one person gets through in the time: "the
    300-page manual by Friday", "rewrite the 2-million-line monolith this weekend, solo",
    "build the entire 40-storey tower in 3 weeks", "plan a 2,000-delegate conference by next
    Friday". False when the figure is not the size of a thing."""
    i = bisect_left(d.st, q.span[0])
    num = _number_at(d, i)
    m = num[1] if num is not None else i + 1  # past "2-million" of "2-million-line"
    value = q.value
    unit = d.at[m + 1] if d.at[m] == "-" else ""
    cap = lx.PRODUCE_CAPS_PER_DAY.get(unit) if verb in lx.PRODUCE_VERBS else None
    cap = cap or lx.WHOLE_CAPS_PER_DAY.get(unit)
    if cap is None:
        return False
    hands = _hands(d)
    if hands is not None and value / window > cap * hands:
        # the thing with the nouns that name it: "40-storey office block", not "40-storey
        # office"; not the time, the place or how it is done ("single-handed")
        last = m + 2
        while (
            last < min(d.n, m + 4)
            and d.at[last + 1].isalpha()
            and d.at[last + 1] not in lx.PREPOSITIONS
            and not d.used[last + 1]
            and d.at[last + 2] != "-"
        ):
            last += 1
        end = d.en[min(d.n - 1, last)]
        issue("A004", q.span, d.text[q.span[0] : end], _window_words(window), _who(d))
    return True


# The words that can say a piece is made by hand ("hand" only before a hyphen).
_HAND_WORDS = frozenset(("handmade", "handcrafted", "hand"))


def _handmade(d: _Doc, q: QuantityFact) -> bool:
    """Does the counted phrase say its pieces are made by hand ("10,000 hand-thrown mugs",
    "200 handmade cards"), or the verb before it ("hand-make 500 rings", "hand-sew 40
    quilts")?"""
    if _HAND_WORDS.isdisjoint(d.vocab):
        return False  # the usual case, told in one pass at C speed
    i, k = bisect_left(d.st, q.span[0]), bisect_left(d.st, q.span[1])
    return any(
        d.low[m] in ("handmade", "handcrafted")
        or (d.low[m] == "hand" and d.at[m + 1] == "-" and d.glued[m + 1])
        for m in range(i, min(k + 1, d.n))
    ) or any(
        d.low[m] == "hand" and d.after_hyphen(m + 2) and lemma(d.at[m + 2]) in _MAKING_VERBS
        for m in range(max(0, i - 5), i)
    )


# Verbs of making a thing, whose "hand-" says the pieces are made by hand: "hand-make".
_MAKING_VERBS = lx.MADE_VERBS | lx.PRODUCE_VERBS | {"make", "craft", "stitch", "forge", "weave"}


def _kind_cap(d: _Doc, unit: str, verb: str | None, handmade: bool = False) -> float | None:
    """A cap a week for a plural count noun with none of its own, by the kind it counts."""
    caps = lx.CAP_PER_WEEK_BY_KIND
    work = f"{verb}s"  # "interview 600 staff" is 600 interviews
    # Made for the goal: "ship 10,000 hand-thrown mugs"; "sell 500 handmade candles" rests on
    # buyers, not on the hands that made them.
    made = verb in lx.MADE_VERBS or (
        handmade and (verb in _MAKING_VERBS or verb not in lx.OUTCOME_VERBS)
    )
    if verb == "plant":
        cap = lx.PLANTING_CAP_PER_WEEK  # "plant 1,500 seedlings a day": a planter's pace
    elif verb in lx.EMPLOYING_VERBS:
        # "hire 200 engineers", "appoint 80 assistants": each hire takes an interview at least,
        # whatever the role is called
        cap = lx.HANDLED_CAPS_PER_WEEK["interviews"]
    elif unit in lx.PRESENCE_CAPS_PER_WEEK and verb in lx.PRESENCE_VERBS:
        # "teach 70 lessons a week", "fly 80 flights": one is there for each, an hour or more
        cap = lx.PRESENCE_CAPS_PER_WEEK[unit]
    elif unit in lx.HANDLED_CAPS_PER_WEEK and verb not in lx.LIGHT_HANDLING_VERBS:
        cap = lx.HANDLED_CAPS_PER_WEEK[unit]
        if verb in lx.MARKING_VERBS:
            # "assess 60 applications a week", "value 10 homes a week": judged at a marker's
            # pace, not at the pace of writing, building or hosting them
            cap = max(cap, lx.HANDLED_CAPS_PER_WEEK["scripts"])
    elif (
        work in lx.HANDLED_CAPS_PER_WEEK
        and verb in lx.MARKING_VERBS
        and unit not in lx.AUDITED_BODIES
    ):
        # "audit 25 expense claims a day", "audit all 1,400 files by Friday": each thing
        # judged at a marker's pace, not as that many audits ("audit 60 supplier sites" is)
        cap = lx.HANDLED_CAPS_PER_WEEK["scripts"]
    elif work in lx.HANDLED_CAPS_PER_WEEK and verb not in lx.LIGHT_HANDLING_VERBS:
        # the counted noun has no cap of its own: the action is the piece of work
        cap = lx.HANDLED_CAPS_PER_WEEK[work]
    elif made and _plural_thing(unit):
        cap = caps["made"]  # "knit 500 hats", "design 100 logos": each made by hand, for hours
    elif unit in lx.AUDIENCE_NOUNS:
        return caps["audience"]  # others' choices: the same for a person or a team
    elif unit in lx.PEOPLE_COUNT_NOUNS:
        # "serve 150 customers a day", "brief 200 volunteers": served many at a time
        cap = caps["other"] if verb in lx.SERVING_VERBS else caps["people"]
    elif unit in lx.HANDLED_CAPS_PER_WEEK or _plural_thing(unit):
        # "scan 2,000 parcels a shift", "label 1,500 jars": things touched for a moment, as
        # things ("pack 3,000 hampers" fills each one, at the general pace)
        touched = verb in lx.COPY_HANDLING_VERBS and verb in lx.LIGHT_HANDLING_VERBS
        cap = caps["handled"] if touched else caps["other"]
    else:
        return None
    hands = _hands(d)
    return None if hands is None else cap * hands


def _plural_thing(unit: str) -> bool:
    """A plural noun that counts pieces, not a measure or a bulk of small units."""
    return (
        len(unit) > 3
        and unit.endswith("s")
        and unit.isalpha()
        and unit not in lx.BULK_NOUNS
        and unit not in lx.MEASURE_UNITS
    )


# Hours of a day one person can put in: a day less a night's sleep.
_WAKING_HOURS = 16.0
# Words before a time or a distance that make it a limit, a window or a part, and after it a rate or a
# length ("a 12-week course"), not time put in.
_NOT_PUT_IN = frozenset(
    {"within", "in", "for", "of", "by", "every", "per", "each", "after", "before", "than", "a"}
    | {"first", "last", "final", "remaining"}
)


def _window_words(days: int) -> str:
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    months = round(days / 30.44)
    # Said in the text's units: whole months in months ("within 2 months": 61 days), whole
    # weeks up to 12 in weeks ("within 10 weeks"; 13 weeks, 91 days, are 3 months above),
    # other spans under 10 weeks in weeks.
    if months >= 2 and abs(days - months * 30.44) <= 2:
        return f"{months} months"
    if days < 70 or (days % 7 == 0 and days <= 84):
        return f"{round(days / 7)} weeks"
    return f"{months} months"
