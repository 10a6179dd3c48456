"""Absurd scope for the time frame: role jumps, honours and mastery from a start (absolutes
are in :mod:`careerkit._smart.text.absolutes`; the rate checks, growth, volume, money and
distance, in :mod:`careerkit._smart.text.rates`; the time a goal needs in
:mod:`careerkit._smart.text.time_needed`)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from operator import attrgetter

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact, _IssueFn
from careerkit._smart.text.listed import _credentials_listed, _languages_listed
from careerkit._smart.text.objects import _person_noun
from careerkit._smart.text.paces import (
    _beyond_record,
    _ladder_climb,
    _level_climb,
    _one_per_period,
    _rank_climb,
    _stated_rung_climb,
)
from careerkit._smart.text.rates import (
    _distance,
    _growth,
    _money,
    _said,
    _spare_share,
    _volume,
    _window_words,
)
from careerkit._smart.text.starts import (
    _FEAT_WORDS,
    _NOT_SENIOR,
    _ROLE_WORDS,
    _causee,
    _climb,
    _novice,
    _top_role,
)
from careerkit._smart.text.time_needed import _time_budget, _time_put_in
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.totality import _everyone_in_a_place

_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# Words whose scope may be out of reach: roles, honours, feats, mastery.
_SCOPE_WORDS = (
    lx.SCOPE_WORDS
    | {"head"}
    | lx.SOLO_WORDS
    | lx.TOP_ROLE_HEADS.keys()
    | lx.SENIOR_ROLES
    | lx.ELITE_HONOURS
    | lx.PROFESSION_QUALIFIERS
    | {"phd", "doctorate"}
    | lx.LADDER_NOUNS
)
# The kinds of figure whose scope may be out of reach, and the kind of a figure.
_SCOPE_KINDS = frozenset({"percent", "multiplier", "money", "count", "change", "duration", "level"})
_KIND = attrgetter("kind")


# How long a cadence's period lasts, in days ("per month").
_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "quarter": 91.3}


def _rate_of_figure(d: _Doc, f: QuantityFact, goal_q: list[QuantityFact]) -> bool:
    """The frequency ``f`` says what a figure just before it counts ("from £10k to £20k a
    month", "£4,000 a month"): a rate of that figure, not a cadence that repeats the change
    ("double our revenue every month")."""
    if d.at[bisect_left(d.st, f.span[0])] not in _RATE_LEADS:
        return False  # "every month", "monthly": a cadence
    return any(
        q is not f and q.kind != "frequency" and not d.text[q.span[1] : f.span[0]].strip()
        for q in goal_q
    )


# Words that open a rate of the figure before them: "£4,000 a month", "per week", "20/week".
_RATE_LEADS = frozenset({"a", "an", "per", "/"})


def _heads_a_team(d: _Doc, k: int) -> bool:
    """ "head" at ``k`` names a post: "head of sales", or a head of a trade's team ("head
    chef", "head gardener", "head sommelier"), not a thing ("a head start", "head office")."""
    nxt = d.at[k + 1]
    return nxt == "of" or _person_noun(nxt, lx.TRADE_ENDINGS)


def _title_won(d: _Doc, issue: _IssueFn, window: int) -> bool:
    """From a start the text states (a novice's), a title won within a year: one by its name
    ("win the Grand National", "win the British Championship") or by what a winner takes ("win
    gold", "win the national title"). Winning one means beating those with years behind them;
    a contest by a common name ("win the pub quiz", "win my age group"), one narrowed to a local
    level ("the club cup", "gold at the county championships", "the Spring Open at my local
    tennis club") and what one wins over ("win the client's trust", "win a place on the
    course") are left alone."""
    if window > 366:
        return False
    for k in compress(range(d.n), map("win".__eq__, d.low)):
        m = k + 1
        if d.at[m] in lx.DETERMINERS or d.at[m] in lx.POSSESSIVES:
            m += 1
        first, named = m, False
        while m < d.n and m < first + 6 and (d.raw[m][:1].isalnum() or d.at[m] == "-"):
            w = d.low[m]
            if (w in lx.PREPOSITIONS and w != "of") or w in _NOT_TITLE:
                break
            if w == "of" and d.at[m + 1] != "the":
                break  # "gold of", "the trust of my team": only "a stage of the Tour"
            named = named or w in _TITLES
            m += 1
        if _local_contest(d, first, m):
            continue  # "the club cup", "gold at the county championships": within reach
        # a contest by its name ends in a capital ("the Hickstead Derby"); "the Friday quiz"
        # and "the Christmas raffle" are named by a day, not a contest
        if m > first and (named or d.raw[m - 1][0].isupper()):
            issue("A005", d.span(first, m), d.slice(first, m), _window_words(window))
            return True
    return False


def _local_contest(d: _Doc, first: int, m: int) -> bool:
    """Is what is won between ``first`` and ``m`` a contest of a local level, by a word in it
    ("the club cup", "the County Cup") or in the place after it ("gold at the club
    championships", "the Spring Open at my local tennis club")? One a newcomer may win."""
    if not _LOCAL_LEVELS.isdisjoint(d.low[first:m]):
        return True
    return d.at[m] in ("at", "in") and not _LOCAL_LEVELS.isdisjoint(d.low[m + 1 : m + 5])


# Words that narrow a contest to a local level: "the club cup", "at my local tennis club".
_LOCAL_LEVELS = frozenset({"club", "county", "school", "local", "office", "village"})
# What a winner takes, whatever the contest: "gold", "the title", "the cup".
_TITLES = frozenset(
    {"gold", "medal", "medals", "title", "championship", "championships", "cup", "trophy", "crown"}
)
# Words after "win" that end what is won: time, purpose, a particle ("win back", "win over").
_NOT_TITLE = frozenset({"back", "over", "round", "by", "this", "next", "so", "and", "as", "before"})


def _own_venture(d: _Doc, lo: int, hi: int) -> bool:
    """Does the goal found a venture of its own ("my own startup", "start a company", "launch
    my agency")? A verb of founding takes an object; "my graduate start" is a noun."""
    for m in range(lo, hi):
        w = d.low[m]
        if w in lx.OWN_VENTURE_WORDS and (
            w == "own" or d.at[m + 1] in lx.DETERMINERS or d.at[m + 1] in lx.POSSESSIVES
        ):
            return True
    return False


def _posts(d: _Doc, lo: int, hi: int) -> tuple[int, ...]:
    """Where a possessive names a post by its holder: "the captain's seat", "the CEO's job"
    (not "the captain's checks", which are the holder's work)."""
    low = d.low
    return tuple(
        k
        for k in range(lo, hi - 1)
        if low[k][-2:] == "'s" and low[k + 1] in lx.POST_NOUNS and low[k][:-2] in _ROLE_HEADS
    )


# Professions named by their holder that each take years of study and exams to enter.
_PROFESSIONS = lx.PROFESSION_QUALIFIERS & frozenset(
    {"solicitor", "barrister", "pharmacist", "architect", "actuary"}
)
# The top rung of a ladder of skill, whatever the field: "Master Sommelier", "an expert".
_TOP_RUNGS = frozenset({"master", "masters", "mastery", "expert", "experts"})
# Verbs that reach a post when their object is one: "take the managing director's chair".
_TAKING_VERBS = frozenset({"take", "win", "earn", "secure", "claim", "grab", "assume"})
# Words that end a role's title, which a possessive may name a post by: "the managing
# director's chair", "the chief nursing officer's job".
_ROLE_HEADS = _ROLE_WORDS.union(*lx.TOP_ROLE_HEADS.values(), ("officer", "executive", "nurse"))


# Verbs whose object may be a list of credentials, each weighed as one to study for.
_LIST_VERBS = lx.CREDENTIAL_LIST_VERBS | lx.HOLDING_LIST_VERBS

# Words a list of titles does not run back past: "work with a solicitor and a barrister".
_LIST_STOPS = frozenset({".", ";", ":", "with", "for", "to", "from", "by", "and", "or"})


# Verbs that take an honour's name without winning it: "watch the Oscars", "host the BAFTAs".
_NOT_WON = lx.READING_VERBS | lx.LIGHT_HANDLING_VERBS | {"attend", "host", "cover", "book", "see"}


def _caused_verb(d: _Doc, lo: int, hi: int) -> str | None:
    """What the others are to do when the goal gets them to act: "lose" in "get all 40 of my
    clients to lose 20kg each", "read" in "help the team read 30 books"."""
    for m in range(lo + 2, min(hi, lo + 10)):
        w = d.low[m]
        if w in (",", ".", ";", "by", "within", "before"):
            return None
        if w == "to" and d.at[m + 1].isalpha():
            return lemma(d.at[m + 1])
        if lemma(w) in lx.VERBS and d.at[m - 1] not in lx.DETERMINERS and d.at[m - 1] != "-":
            # "help my clients lose 20kg": the verb without "to" (not the end of a compound
            # before a noun: "get 15 peer-reviewed papers accepted")
            return lemma(w)
    return None


def _range_end(d: _Doc, k: int) -> int:
    """Where the end of a "from ... to ..." range that starts at ``k`` ends: before the time,
    the purpose or the next clause ("to master electrician in 3 months")."""
    m = k
    while m < min(d.n, k + 6) and d.low[m][:1].isalnum() and d.low[m] not in _RANGE_ENDS:
        m += 1
    return m


# Words that end what a range goes to: "to master electrician in 3 months".
_RANGE_ENDS = lx.PREPOSITIONS | {
    "and",
    "or",
    "so",
    "to",
    "within",
    "before",
    "this",
    "next",
    "while",
}


def _scope(
    d: _Doc,
    issue: _IssueFn,
    goal_q: list[QuantityFact],
    window: int | None,
    verb: str | None,
    lo: int,
    hi: int,
    deadline_span: tuple[int, int] | None,
    left: int | None = None,
) -> None:
    """Absurd scope for the time frame: growth, volume, role jumps, mastery from zero.

    Each figure is read as a rate, its amount over the time it is given (the deadline, or the
    "a day" after it), and compared with a generous bound for its kind: a growth factor per
    month, how many of a kind of thing one person handles in a week, what one person saves in
    a month. ``window`` is None when the goal has no deadline (a cadence may still bound it).

    An amount is weighed over the period its deadline names: "200% this year" and "$2M this
    year" count the year's total, some of it made already. A result that happens once (a post,
    an honour, a rung, a fortune from nothing) is weighed over ``left``, the days left to the
    deadline: "win a BAFTA this year", said in late November, has five weeks.
    """
    kinds = set(map(_KIND, goal_q))  # the kinds of the figures, at C speed
    if window is None and "frequency" not in kinds:
        return  # no time to weigh the goal against
    low = d.low
    if d.at[hi] == "to" and "from" in low[max(lo, hi - 6) : hi]:
        # "go from first-year apprentice to master electrician": the "to" ends the range the
        # "from" opens, and what it goes to is part of the goal, not a purpose
        hi = _range_end(d, hi + 1)
    posts = _posts(d, lo, hi) if "'s" in d.text or "’s" in d.text else ()
    if posts:
        # "an airline captain's seat", "the CEO's job": the post is the role's; the role
        # words are read without their "'s" (the tokens themselves keep it)
        low = low.copy()
        for k in posts:
            low[k] = low[k][:-2]
    once_in = None  # a result that happens once is weighed over the days left to its deadline
    if window is not None:
        once_in = max(min(window, left), 1) if left is not None else max(window, 1)
    listed = (
        verb in _LIST_VERBS
        and window is not None
        and "," in low[lo:hi]
        and _credentials_listed(d, issue, verb, max(window, 1), lo, hi, _spare_share(d))
    )
    # "from white belt to black belt in 3 months": a climb the ladder does not allow; it says
    # why the goal is out of reach, and what it goes to is weighed no further
    if once_in is not None and "from" in d.vocab and _rank_climb(d, issue, once_in):
        return
    if once_in is not None and _stated_rung_climb(d, issue, once_in, lo, hi):
        return  # "make MD within a year of joining as an analyst"
    if window is not None:
        whole = _everyone_in_a_place(d, lo, hi)
        if whole is not None:
            # "personally inspect every commercial building in London by the end of the month"
            said = d.slice(whole[0], whole[1])
            issue("A004", d.span(*whole), said, _window_words(max(window, 1)), "one person")
            return
    novice = None  # where the goal starts, read once and only when needed: most never need it
    if once_in is not None and "win" in d.vocab:
        # "win the Grand National in April as an amateur who hasn't ridden a race yet"
        novice = _novice(d)
        if novice and _title_won(d, issue, once_in):
            return
    if _SCOPE_WORDS.isdisjoint(low) and _SCOPE_KINDS.isdisjoint(kinds):
        return  # nothing whose scope could be out of reach
    share = _spare_share(d)  # a full-time job beside the goal leaves half the weeks for it
    if verb in lx.CAUSING_VERBS:
        verb = _caused_verb(d, lo, hi) or verb
    if window is not None and window > 92 and not lx.MASTERY_WORDS.isdisjoint(low[lo:hi]):
        # (within about three months, fluency in even one is out of reach: A005 says so)
        _languages_listed(d, issue, window, lo, hi)
    if "duration" in kinds:
        _time_budget(d, issue, goal_q, window, verb)
    if window is not None and ("duration" in kinds or "count" in kinds):
        _time_put_in(d, issue, goal_q, max(window, 1), verb, lo)
    if "duration" in kinds or "count" in kinds or "change" in kinds:
        _beyond_record(d, issue, goal_q)
    if "frequency" in kinds:
        _one_per_period(d, issue, goal_q, verb)
    days = max(window, 1) if window is not None else None
    # "interview 500 candidates on Monday": work on that one day, not until it
    said_when = d.text[deadline_span[0] : deadline_span[1]].lower().split() if deadline_span else []
    on_day = len(said_when) == 2 and said_when[0] == "on" and said_when[1] in _WEEKDAYS
    # "Double our revenue every month for a year": growth repeated at a cadence compounds.
    per = [
        _PERIOD_DAYS[q.unit[4:]]
        for q in goal_q
        if q.unit[4:] in _PERIOD_DAYS and not _rate_of_figure(d, q, goal_q)
    ]
    repeats = days / per[0] if days and per and verb in lx.MULTIPLIERS else 1.0
    for q in goal_q:
        kind = q.kind
        if days is not None and (kind in ("percent", "multiplier") or q.baseline is not None):
            _growth(d, issue, q, days, verb, repeats)
        elif kind == "money" and days is not None:
            _money(d, issue, q, days, verb, goal_q)
        elif kind in ("count", "duration") and q.baseline is None:
            _volume(d, issue, q, goal_q, days, verb, on_day, share)
            if kind == "count" and days is not None:
                _distance(d, issue, q, goal_q, days, verb)
    if once_in is None:
        return
    window = once_in
    _ladder_climb(d, issue, window)
    goal_words = low[lo:hi]
    roles = not _ROLE_WORDS.isdisjoint(goal_words)
    feats = not _FEAT_WORDS.isdisjoint(low)
    money = any(q.kind in ("money", "level") for q in goal_q)
    if not (roles or feats or money or not lx.SOLO_WORDS.isdisjoint(goal_words)):
        return  # no role, feat, honour, fortune or level whose reach depends on the start
    # Where the goal starts: a junior role, or a start a moment ago ("I just got my PPL").
    if novice is None:
        novice = _novice(d)
    # "I haven't led a team yet" says what is not done, not that the career starts from
    # nothing: it weighs a role jump as a climb does, not as a start from scratch
    untried = novice and not _novice(d, not_yet=False)
    # a starter role said anywhere is where the goal starts: "I'm a ward clerk"
    junior = (
        (novice and not untried)
        or not lx.JUNIOR_WORDS.isdisjoint(low)
        or not lx.STARTER_ROLES.isdisjoint(low)
    )
    own = _own_venture(d, lo, hi)  # "CEO of my own startup"
    # Role jumps: the top of an organisation within months, or a senior post within two
    # years from a junior start ("from graduate trainee to CFO", "captain, just got my PPL").
    climb = roles and (junior or untried or _climb(d, lo, hi))
    # "from shop floor assistant to regional director": a climb from a starting role
    starter = climb and not lx.STARTER_ROLES.isdisjoint(goal_words)
    # From no start at all ("I start my degree in September") a senior post is years away.
    limit = 1096 if novice and not untried else 731 if junior or starter else 366 if climb else 183
    jumped = False  # a role out of reach (A003) already says why; A005 would say it again
    if roles and not own and window <= limit:
        # "from first officer to captain within 4 months": a rank up in months, from a role
        # the text names below it
        stated_climb = climb and window <= 183
        for k in range(lo, hi):
            end = _top_role(d, k, hi, low[k])
            if end is None:
                senior = low[k] in lx.SENIOR_ROLES or (low[k] == "head" and _heads_a_team(d, k))
                if (
                    not (junior or starter or stated_climb)
                    or not senior
                    or d.at[k - 1] in _NOT_SENIOR
                ):
                    continue
                end = k + 1  # "a captain at a major airline", having just got a PPL
                if low[k] == "head":
                    # "Head of Engineering", "head sommelier"
                    end = min(hi, k + 3) if d.at[k + 1] == "of" else k + 2
                    if end == k + 2 and window > 366:
                        continue  # "head gardener": a trade's one team, a year or more away
            post = bool(posts) and end - 1 in posts
            if post:
                end += 1  # "captain's seat", "chief financial officer's job": with the post
            elif d.low[end - 1][-2:] == "'s" or _causee(d, lo, end, hi):  # "’" read as "'"
                continue  # "the CEO's approval", "get the CEO to sign off": not a post reached
            if (
                lemma(low[lo]) in lx.POST_REACHING_VERBS
                # "take the director's chair", "win the CEO's job": a post taken is reached
                or (post and lemma(low[lo]) in _TAKING_VERBS)
                or any(low[m] in ("promoted", "appointed", "named") for m in range(lo, k))
                or (climb and "to" in low[max(lo, k - 4) : k])  # "from trainee to CFO"
            ):
                issue("A003", d.span(k, end), d.slice(k, end), _window_words(window))
                jumped = True
                break
    _level_climb(d, issue, goal_q, window, novice)
    if (
        window <= 92
        and lemma(d.at[lo]) in lx.TRANSFORM_VERBS
        and not lx.ORG_NOUNS.isdisjoint(low[lo:hi])
        and not lx.SOLO_WORDS.isdisjoint(low[lo:hi])
    ):
        # "turn the company around single-handedly by next week": a whole organisation,
        # alone, within weeks
        end = max(m for m in range(lo, hi) if low[m] in lx.SOLO_WORDS) + 1
        issue("A004", d.span(lo, end), d.slice(lo, end), _window_words(window), "one person")
    if feats and window <= 366 and not listed:
        # "qualify as a solicitor and a barrister within 4 weeks": two professions that each
        # take years of study, for one person within a year
        held = [k for k in range(lo, hi) if low[k] in _PROFESSIONS]
        # what the writer becomes ("qualify as a", "become an"), not whom they work with; the
        # list may open with another title ("as a Chartered Tax Adviser, a barrister and an
        # actuary"), so the "as" is looked for back to where the list starts
        p = held[0] - 1 if held else lo
        while (
            p > lo
            and held[0] - p < 8
            and low[p] != "as"
            and lemma(low[p]) != "become"
            and low[p] not in _LIST_STOPS
        ):
            p -= 1
        if len({low[k] for k in held}) >= 2 and (low[p] == "as" or lemma(low[p]) == "become"):
            end = held[-1] + 1
            if d.at[end] in ("and", "or") and d.at[end + 1].isalpha() and end + 1 < hi:
                end += 2  # "solicitor, barrister and notary": the whole list
            # quoted from after the "as": the whole list, with a title the lexicon lacks
            issue(
                "A004",
                d.span(p + 1, end),
                d.slice(p + 1, end),
                _window_words(window),
                "one person",
            )
    # Fluency or mastery in weeks; a big feat from zero; an honour few reach, from a start.
    if feats and window <= 731 and not jumped:
        for k in range(lo, d.n if novice else hi):
            w = low[k]
            if k >= hi and w not in lx.ELITE_HONOURS:
                continue  # an honour in a later sentence: "Opened last week. Michelin star!"
            profession = w in lx.PROFESSION_QUALIFIERS and window <= 183
            # the top rung of a ladder from its first one within half a year: "pass the Master
            # Sommelier diploma by March, having just started the introductory course"
            top = novice and w in _TOP_RUNGS and window <= 183
            if window > 92 and not (
                novice and (w in lx.ELITE_HONOURS or w == "phd" or profession or top)
            ):
                continue
            if window > 366 and w not in lx.ELITE_HONOURS:
                continue  # a PhD in two years from scratch is a stretch; a Nobel is not a PhD
            if w in lx.MASTERY_WORDS and (top or not (d.raw[k][0].isupper() and k > lo)):
                issue("A005", d.span(k, k + 1), d.slice(k, k + 1), _window_words(window))
                break
            # an honour few reach, won within weeks, is given after judging that takes
            # months, from any start, unless the text says the judging is under way
            # ("shortlisted", "nominated"); "host the BAFTAs" and a "Michelin-style menu"
            # win nothing, and a note with no verb ("Michelin star by May") aims at it
            judged = (
                w in lx.ELITE_HONOURS
                and window <= 62
                and verb not in _NOT_WON
                and not (d.at[k + 1] == "-" and d.glued[k + 1])
                and lx.IN_THE_RUNNING.isdisjoint(low)
            )
            if judged or (
                novice
                and (
                    w in lx.ENDURANCE_FEATS
                    or w in lx.EXECUTIVE_ROLES
                    or w in lx.ELITE_HONOURS
                    or w in lx.PROFESSION_QUALIFIERS
                    or w in ("phd", "doctorate")
                )
            ):
                end = k + 1
                if w in lx.PROFESSION_QUALIFIERS and d.raw[k + 1 : k + 2]:
                    nxt = d.raw[k + 1]
                    if nxt.isalpha() and nxt.lower() not in lx.PREPOSITIONS:
                        end = k + 2  # "the bar exam", "a chartered accountant": the whole title
                elif w in lx.ELITE_HONOURS and low[k + 1 : k + 2] and low[k + 1] in lx.HONOUR_NOUNS:
                    end = k + 2  # "a Michelin star", not "Michelin"
                issue("A005", d.span(k, end), d.slice(k, end), _window_words(window))
                break
    # A fortune from nothing: "$1M of revenue in six months, starting from zero", "£250,000
    # in my first month": more than about 150,000 a month from a standing start.
    if novice or not lx.FROM_NOTHING_WORDS.isdisjoint(low):
        for q in goal_q:
            if q.kind == "money" and q.value / max(window / 30.44, 1.0) > 150_000:
                issue("A005", q.span, _said(d, q), _window_words(window))
                break
