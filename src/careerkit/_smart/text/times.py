"""The time grammar: every time expression in the text, left to right (the readers it tries at
each word are in time_readers.py, picked by the word in time_words.py)."""

from __future__ import annotations

import operator
from collections.abc import Set
from datetime import date, timedelta
from itertools import compress

from careerkit._smart import lexicon as lx
from careerkit._smart.text.ages import _BEFORE_AGE, age_deadline
from careerkit._smart.text.date_context import _dated_head
from careerkit._smart.text.facts import MAX_TIMES, QuantityFact, _Time
from careerkit._smart.text.later import caused_participle
from careerkit._smart.text.numbers import _is_year, year_of_a_name
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.occasion_words import _WEEK_STARTS
from careerkit._smart.text.ordinals import _is_ordinal
from careerkit._smart.text.periods import _context, _resolve
from careerkit._smart.text.relative import monthly
from careerkit._smart.text.tense import HAVE, PARTICIPLE_BEFORE
from careerkit._smart.text.time_readers import _TimeReaders
from careerkit._smart.text.time_words import _AFTER_NUMBER, _NOTHING, _READERS, _readers_for
from careerkit._smart.text.tokens import _Doc, subject_of_be

# Codes that start a time expression: "FY27", "fy2027", "wk48".
_CODE_PREFIXES = ("fy", "wk")
_FY = operator.methodcaller("startswith", _CODE_PREFIXES)
_SIX_DAYS = timedelta(days=6)


class _TimeScan(_TimeReaders):
    """Finds every time expression, left to right, marking the tokens it uses."""

    def __init__(self, d: _Doc) -> None:
        self.d = d
        self.found: list[_Time] = []
        self.cadence_q: list[QuantityFact] = []
        self.names: set[int] = set()  # year-like numbers that are part of a name

    def run(self) -> None:
        d = self.d
        low = d.low
        used = d.used
        # Most tokens cannot start a time expression: pick out the ones that can (a number, a
        # trigger word, "FY27") in one pass at C speed, and try only those.
        starts = map(operator.or_, map(lx.TIME_TRIGGERS.__contains__, low), d.digit_first)
        joined = "".join(low)
        if "fy" in joined or "wk" in joined:  # rare: look for the codes (_CODE_PREFIXES) only then
            starts = map(operator.or_, starts, map(_FY, low))
        after = 0  # expressions end past the token they start at: no later token is used yet
        # A baseline's period follows "from" ("up from 38 this year"): most goals have none.
        has_from = "from" in d.vocab
        for i in compress(range(d.n), starts):
            if i < after:
                continue
            t = self._at(i, low[i])
            if t is None:
                continue
            if t.kind == "cadence":
                if _told_done_after(d, t.i, t.j):
                    t = t._replace(kind="context")  # "like the 18 a month I managed last year"
            elif t.kind != "end":
                if (
                    t.kind == "start"
                    and d.at[t.i - 1] == "week"
                    and d.at[t.i] in _WEEK_STARTS
                    and d.at[t.i - 2] == "the"
                    and t.days == 1
                    and t.first is not None
                ):
                    # "by the week commencing 8 February": the week that starts that day,
                    # bound as "by", "in" or "before" the week before it says
                    week = _resolve(d, t.i - 1, t.j, t.first, t.first + _SIX_DAYS)
                    if self.found and self.found[-1].j == t.i:
                        self.found.pop()  # "by the week" read alone: this week
                    t = week
                if t.kind == "start" and _yielded_by_an_occasion(d, t):
                    # "raise £40k from the spring gala": the occasion to come yields the
                    # result, and bounds the goal, on a day the text does not give
                    t = _Time("event", t.i, max(_np_end(d, t.j, min(d.n, t.j + 4)), t.j + 1))
            elif _a_member_named(d, t.i):
                # "every night of the year, including January", "open all week, except
                # Christmas Day": one of the times the goal covers or leaves out, not its end
                t = t._replace(kind="context")
            elif _gone_by(d, t) or _past_occurrence(d, t):
                t = t._replace(kind="history")  # "Since I started at the yard in 2019"
            elif has_from and _dates_a_baseline(d, t):
                t = t._replace(kind="baseline")  # "up from 38 this year"
            elif _than_a_baseline(d, t):
                t = t._replace(kind="baseline")  # "5 more demos a month than last quarter"
            elif (opener := _after_an_occasion(d, t.i)) is not None:
                # "After the outage on 2 November, ...": the occasion's date, which the goal
                # follows; "since" it, what has happened
                t = t._replace(kind="history" if opener == "since" else "start")
            elif _a_year_of_its_own(d, t):
                # "by the end of the 2027 timetable year": a year on a calendar of its own,
                # whose dates the text does not give, as "the academic year" is
                t = _Time("event", t.i, t.j + 2)
            elif (occasion := _an_occasion(d, t)) is not None:
                # "in the 2027 sitting", "before the spring sowing", "at harvest 2027": an
                # occasion the year or season names, on a day the text does not give
                t = _Time("event", *occasion)
            elif (d.at[i - 1] in _NP_DETERMINERS and _names_a_thing(d, i, t.j)) or year_of_a_name(
                d, i, t.j
            ):
                # "the May 2026 incident stats": the period says which thing, not by when
                self.names.update(k for k in range(i, t.j) if _is_year(d.at[k]) is not None)
                after = t.j
                continue
            prev = self.found[-1] if self.found else None
            if prev is not None and prev.kind == t.kind and t.i <= prev.i and t.j > prev.j:
                # a later reading of the same kind that covers the one before ("before the
                # product launch" after "before the product"; "before I turn 40" after "before I
                # turn"): one phrase, so the longer reading stands in for the shorter
                self.found[-1] = t
            else:
                self.found.append(t)
            used[t.i : t.j] = b"\1" * (t.j - t.i)
            after = max(t.j, i + 1)
            if len(self.found) >= MAX_TIMES:
                break

    # Dispatch on the token: only the readers that can start at this word are tried (see
    # _READERS), each looking at a handful of tokens around ``i``.
    def _at(self, i: int, w: str) -> _Time | None:
        if w[0].isdecimal():
            d = self.d
            # (a lead word just before the number and a hyphen after it are looked at first:
            # most numbers have neither)
            age = age_deadline(d, i) if d.at[i - 1] in _BEFORE_AGE else None
            if age is not None:
                return _Time("event", age, i + 1)  # "by age 35", "before I turn 50"
            if d.at[i + 1] == "-" and d.after_hyphen(i + 2):
                each = self._each_window(i, i + 2)  # "in any 6-month period"
                if each is not None:
                    return each
            if (
                w.isdecimal()
                and d.at[i + 1] not in _AFTER_NUMBER
                and d.at[i - 1] != "day"
                and _is_year(w) is None
            ):
                return None  # "12 talks", "5000 steps": a count, not a time
            if d.at[i + 1] == "of" and _is_ordinal(w) and monthly(d, i + 1):
                # "on the 1st of the month": that day of every month, as "of each month" is
                return self._nth_of_the_month(i, i + 4, int(w[:-2]))
            if d.at[i + 2] == "of" and _is_ordinal(w):
                part = self._part_of_month(i, int(w[:-2]))  # "by the 2nd week of January"
                if part is not None:
                    return part
            return self._number(i, w)
        # The words _READERS holds are tested in a set first; a code not in the word lists
        # ("fy27", "wk48", "q3-4") has its readers picked on the spot.
        readers = _READERS[w] if w in lx.TIME_TRIGGERS else _readers_for(w)
        for read, final in readers:
            t = read(self, i, w)
            if t is not None or final:
                return t if t is not _NOTHING else None
        return None


def _names_a_thing(d: _Doc, i: int, j: int) -> bool:
    """Is the period at ``i``..``j`` a modifier inside a noun phrase whose head is not an
    occasion ("the May 2026 incident stats", "on the 2026 harvest yields", "an H1 hiring
    forecast")? Then it says which thing is meant, not when the goal ends; an occasion or a
    target keeps its period ("the March ops review", "my Q1 quota")."""
    if d.at[i - 1] not in _NP_DETERMINERS or j >= d.n or not d.raw[j][:1].isalpha():
        return False
    prep, _, mods, _ = _context(d, i)
    if mods and (prep in lx.END_PREPOSITIONS or prep in lx.BEFORE_PREPOSITIONS):
        # "by the end of the year Kelly will ...": the end of a period a time preposition
        # governs is a time; "the end of year report" names a report
        return False
    if d.low[i] in lx.SEASONS or d.at[i - 2] in lx.TIME_PHRASE_PREPS:
        # "by the May bank holiday", "in the June 2027 window", "in the spring league": a
        # time preposition makes the whole phrase a time, named by its period
        return False
    nxt = d.low[j]
    if nxt in lx.PREPOSITIONS or nxt in lx.BOUNDARY or nxt in lx.MONTHS or nxt in lx.WEEKDAYS:
        return False
    if subject_of_be(d, j):
        return False  # "My 2027 is about ...": the period is the sentence's subject
    return not _dated_head(d, j)


def _an_occasion(d: _Doc, t: _Time) -> tuple[int, int] | None:
    """Is the year ``t`` after a time preposition the year of an occasion ("in the 2027
    sitting", "by the 2027 harvest", "before the 2027 STOTT course", "at harvest 2027")? The
    goal ends at the occasion, on a day the text does not give, and a year is too wide to
    stand for that day: returns where the phrase starts and the index after the occasion's
    name, else None. A period's own noun keeps the year ("by the 2027 season"), and a month or
    a season is narrow enough to stand for its occasion ("by the May board meeting": May 31;
    "before the spring show": May 31)."""
    i, j = t.i, t.j
    if _is_year(d.at[j - 1]) is None:
        return None
    if j - i == 1:
        # "at harvest 2027": the year dates the common noun before it
        if i >= 2 and d.at[i - 2] in lx.TIME_PHRASE_PREPS and _an_occasion_noun(d, i - 1):
            return i - 2, j
        return None
    if j - i != 3 or d.at[i] not in lx.TIME_PHRASE_PREPS or d.at[i + 1] not in _NP_DETERMINERS:
        return None  # "by the end of 2027", "in summer 2027": a period, or part of one
    end = j
    while end < j + 4 and (_an_occasion_noun(d, end) or _a_name_word(d, end)):
        end += 1  # "the 2027 timetable review", "the 2027 STOTT course": the whole name
    return (i, end) if end > j else None


def _a_member_named(d: _Doc, i: int) -> bool:
    """Does a word that names a member of a set ("including", "incl.", "except", "even",
    "apart from") open the time at ``i``, with no time preposition of its own ("including
    January", not "including by March")?"""
    if (d.at[i - 1], d.low[i]) in _MEMBER_PAIRS:
        return True  # "apart from this Christmas": the time is read from the pair's preposition
    if d.low[i] in lx.PREP_ALL:
        return False  # "even by March": a deadline, said firmly
    m = i - 2 if d.at[i - 1] == "." and d.at[i - 2] == "incl" else i - 1  # "incl. Christmas"
    w = d.at[m]
    if w in _INCLUSIVE_ENDS and d.at[m - 1] == "and":
        return False  # "up to and including 31 December": the end, and that day is in
    if w == "even" and _BREAK_FORMS.intersection((d.at[m - 1], d.at[m - 2])):
        return False  # "break even by March", "hit break-even Q3 2027": no member named
    return w in _MEMBER_WORDS or (d.at[m - 1], w) in _MEMBER_PAIRS


# Words that name a member of a set the goal covers or leaves out: "including January".
_MEMBER_WORDS = frozenset({"including", "incl", "excluding", "except", "even", "especially"})
_MEMBER_PAIRS = frozenset({("apart", "from"), ("other", "than"), ("except", "for")})
# Words that, after "and", make the end before them inclusive: "through and including May".
_INCLUSIVE_ENDS = frozenset({"including", "incl"})
# The forms of "break" that make a following "even" a verb's ("break even"), not a member's.
_BREAK_FORMS = frozenset({"break", "breaks", "breaking", "broke"})


def _an_occasion_noun(d: _Doc, k: int) -> bool:
    """Is the word at ``k`` a common noun that may head or continue an occasion's name (not a
    time's own noun, a function word or a name)?"""
    w = d.at[k]
    return (
        0 <= k < d.n
        and w.isalpha()
        and d.raw[k].islower()
        and w not in lx.PERIOD_NOUNS
        and w not in lx.PREPOSITIONS
        and w not in lx.CONJUNCTIONS
        and w not in lx.BOUNDARY
        and w not in lx.DETERMINERS
        and w not in lx.PRONOUNS
        and w not in lx.ADVERBS
        and w not in lx.SEASONS
    )


def _a_name_word(d: _Doc, k: int) -> bool:
    """Is the word at ``k``, inside a sentence, a capitalised word of a name ("STOTT", "Boston
    Marathon"), not a month, a day or a pronoun?"""
    w = d.at[k]
    return (
        0 < k < d.n
        and w.isalpha()
        and d.raw[k][:1].isupper()
        and w not in lx.PRONOUNS
        and w not in lx.MONTHS
        and w not in lx.WEEKDAYS
    )


# Determiners that open a noun phrase a period may sit inside ("this" and "next" make the
# period itself relative: "this May", "next year").
_NP_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "its"})


def _gone_by(d: _Doc, t: _Time) -> bool:
    """Is the period one gone by that tells what happened, not when the goal ends: long past,
    told in the past, or the label of a figure that was? Most periods are still to come, and
    one test passes them."""
    if t.last is None or t.last >= d.as_of:
        return False
    return _long_past(d, t.last, t) or _told_as_past(d, t) or _past_label(d, t)


def _long_past(d: _Doc, last: date, t: _Time) -> bool:
    """Did the period, gone by, end more than a year ago, with no deadline word before it
    ("since I started in 2019")? It tells the story; "done by 1 March 2026" is a deadline gone
    by."""
    return (
        (d.as_of - last).days > 366
        and d.low[t.i] not in lx.EVENT_DEADLINE_WORDS
        and d.at[t.i - 1] not in lx.DEADLINE_LABELS
        and d.at[t.i - 2] not in lx.DEADLINE_LABELS
    )


def _past_label(d: _Doc, t: _Time) -> bool:
    """Is a period gone by the label of a figure after a colon ("(2025: 41%)", "Q3 2026:
    12 sales")? It dates a figure that was, not the goal; a period to come ("2027: 50%") may
    set a target's date."""
    nxt = d.at[t.j + 1]
    return d.at[t.j] == ":" and (nxt[:1].isdecimal() or nxt in lx.CURRENCY_SYMBOLS)


def _told_as_past(d: _Doc, t: _Time) -> bool:
    """Has the period ended, in a clause told in the past ("which peaked in January 2026",
    "since launching the line in 2025")? It dates what happened, not the goal; with a
    deadline word ("was due by 1 March 2026") it is a deadline gone by."""
    if d.low[t.i] in lx.EVENT_DEADLINE_WORDS:
        return False
    if d.at[t.i - 1] in lx.DEADLINE_LABELS or d.at[t.i - 2] in lx.DEADLINE_LABELS:
        return False
    k = t.i
    while (k := _past_verb_back(d, k, t.i - 7, _TOLD_PAST_STOPS)) >= 0:
        w = d.low[k]
        if w in _PAST_CLAUSE_STOPS:
            return False
        if w == "since" or w in lx.PAST_FORMS:
            return True
        if w == "having":
            if _perfect_participle(d, k):
                return True  # "Having hit 80% of quota in 2025, ...": done before now
        elif d.at[k - 1] not in _PARTICIPLE_AUX and not _before_a_noun(d, k):
            # "which peaked in", not "to be finished in", "the revised plan" or "3 trained
            # baristas"
            return True
    return False


def _past_verb_back(d: _Doc, i: int, lo: int, stops: Set[str], marks: bool = False) -> int:
    """Looking back from before ``i`` to after ``lo``, the index of the nearest word in a past
    form (an irregular past, or a lower-case word in "-ed": "lost", "peaked") or in ``stops``,
    which ends the search; with ``marks``, also of a mark or an infinitive's "to" (see
    _ends_past_occurrence); -1 if there is none. The stops are one set, tested at C speed."""
    low = d.low
    for k in range(i - 1, max(-1, lo), -1):
        w = low[k]
        if (
            w in stops
            # tense.past_shaped, written out: this runs on each word back
            or w in lx.PAST_FORMS
            or (w.endswith("ed") and len(w) > 4 and d.raw[k].islower())
            or (marks and (not w[:1].isalnum() or (w == "to" and _infinitive_to(d, k))))
        ):
            return k
    return -1


def _past_occurrence(d: _Doc, t: _Time) -> bool:
    """Is ``t`` a month, a weekday or a season with no year that a subject's verb in the past
    tense governs ("the grant we lost in September", "the designer who left in October", "the
    course I started in January")? It is the last one gone by, which tells what happened, not
    the next one, read as a deadline."""
    if (
        d.low[t.i] in lx.EVENT_DEADLINE_WORDS
        or d.low[t.i] == "for"  # "the app we built for Christmas": the one it is meant for
        or not _DEICTIC.isdisjoint(d.low[t.i : t.i + 2])  # "this quarter" says which one
        or any(d.digit_first[t.i : t.j])  # a figure in it: a day or a year
    ):
        return False
    k = _past_verb_back(d, t.i, t.i - 7, _OCCURRENCE_STOPS, marks=True)
    if k < 0 or _ends_past_occurrence(d, k):
        return False
    w = d.low[k]
    before = d.at[k - 1]  # the pad word before the text's first
    return before in _PAST_SUBJECTS or (
        # "the chairs the twins broke at Easter": a noun as the subject of an irregular
        # past, which no causative puts ("get the shed built in May")
        w in lx.PAST_FORMS
        and before.isalpha()
        and before not in lx.DETERMINERS
        and before not in lx.POSSESSIVES
        and before not in lx.PREPOSITIONS
        and before not in _PARTICIPLE_AUX
        and not caused_participle(d, k)
        and _noun_before_subject(d, k - 1)
    )


def _ends_past_occurrence(d: _Doc, k: int) -> bool:
    """Does the word at ``k`` end _past_occurrence's search back? The clause's end, a modal,
    a word that looks ahead, a change's "by" ("we served 120 by 10% ..."), "for" ("the
    workshop we planned for March": the one it is meant for, to come), or an infinitive's
    "to" ("we agreed to finish in May"; not "we sent to the school in May")."""
    w = d.low[k]
    return not w[:1].isalnum() or w in _OCCURRENCE_STOPS or (w == "to" and _infinitive_to(d, k))


def _infinitive_to(d: _Doc, k: int) -> bool:
    """Is the "to" at ``k`` an infinitive's, not a preposition before a determiner or an
    owner ("we sent to the school")?"""
    return d.at[k + 1] not in lx.DETERMINERS and d.at[k + 1] not in lx.POSSESSIVES


def _noun_before_subject(d: _Doc, k: int) -> bool:
    """Does a noun phrase end before the one whose head is at ``k`` ("the chairs | the twins",
    "the app | the team")? Then that head is the subject of a clause that qualifies the noun
    before it. After a verb ("keep | all targets met") the noun is the verb's object, and the
    past form after it a participle."""
    for m in range(k - 1, max(-1, k - 4), -1):
        if d.low[m] in lx.DETERMINERS or d.low[m] in _SUBJECT_QUANTIFIERS:
            # the subject's determiner: the word before it ends a noun phrase when a
            # determiner or a number opens that phrase a few words back
            return any(
                d.low[n] in lx.DETERMINERS or d.low[n][:1].isdecimal()
                for n in range(m - 2, max(-1, m - 5), -1)
            )
        if not d.low[m].isalpha():
            return False
    return False


# Quantifiers that open a noun phrase as a determiner does ("all targets", "every ward"): the
# subject openers that are no determiners, and "some", "most".
_SUBJECT_QUANTIFIERS = (lx.SUBJECT_OPENERS - lx.DETERMINERS) | {"some", "most"}


# The subjects that make the verb in the past after them a finite one: "we lost", "who left",
# "the tests that failed".
_PAST_SUBJECTS = lx.PERSONAL_SUBJECTS | {"who", "it", "that", "which"}
# Words that say which period is meant, whatever the tense: "this quarter", "next May".
_DEICTIC = frozenset({"this", "next", "last", "coming", "current"})
# Words that look ahead from the past ("I said I'd do in March").
_LOOKS_AHEAD = frozenset({"'d", "i'd", "we'd", "'ll", "i'll", "we'll"})


def _yielded_by_an_occasion(d: _Doc, t: _Time) -> bool:
    """Is the start ``t`` "from" a season or a month to come that names an occasion ("from the
    spring gala", "from the June open day")? What the goal gains comes from that occasion."""
    return (
        d.low[t.i] == "from"
        and d.at[t.i + 1] in lx.DETERMINERS_DEFINITE
        and t.first is not None
        and t.first >= d.as_of
        and t.j < d.n  # "from this April." ends the text: no occasion after it
        and _dated_head(d, t.j)
    )


def _a_year_of_its_own(d: _Doc, t: _Time) -> bool:
    """Does a noun and "year" follow the year number that ends ``t`` ("the 2027 timetable
    year", "the 2027 academic year")? That year runs on a calendar of its own; "the 2027
    calendar year" is the year itself."""
    w = d.at[t.j]
    return (
        d.at[t.j + 1] == "year"
        and w.isalpha()
        and w != "calendar"
        and d.raw[t.j].islower()
        and _is_year(d.at[t.j - 1]) is not None
    )


def _than_a_baseline(d: _Doc, t: _Time) -> bool:
    """Does "than" open the period ``t`` ("5 more demos a month than last quarter", "sell
    more than in 2025")? It names what the goal is compared with, not when it ends; "no later
    than" and "earlier than" set a deadline."""
    k = t.i if d.low[t.i] == "than" else t.i - 1
    return d.at[k] == "than" and d.at[k - 1] not in _TIME_COMPARATIVES


# Comparatives of time: "no later than 15 January" is "by 15 January".
_TIME_COMPARATIVES = frozenset({"later", "earlier", "sooner", "before", "after"})


def _told_done_after(d: _Doc, i: int, j: int) -> bool:
    """Is the rate at ``i``..``j`` a yardstick of what was done: a figure after "like", "as",
    "than" or "from" and "the", and a clause in the past with its own subject after it ("like
    the 18 a month I managed last year", "more than the 3 a day I did in 2025")? The goal is
    measured against it; it is not how often the goal is done."""
    if d.at[j] not in lx.PERSONAL_SUBJECTS or not d.at[i - 1][:1].isdecimal():
        return False
    if d.at[i - 2] != "the" or d.at[i - 3] not in _YARDSTICKS:
        return False
    verb = d.at[j + 1]
    return verb in lx.PAST_FORMS or (
        verb.endswith("ed") and len(verb) > 4 and d.raw[j + 1].isalpha()
    )


# Words that set a figure up as what the goal is compared with.
_YARDSTICKS = frozenset({"like", "as", "than", "from", "unlike", "beyond", "above", "over"})


def _after_an_occasion(d: _Doc, i: int) -> str | None:
    """The time at ``i`` ("on 2 November", "in June", "next summer") dates an occasion that
    "after", "following" or "since" governs, in the same phrase ("after the outage on 2
    November", "following my review in March", "after the baby's born next summer"): that
    word, else None. "after 3 March" is read with its date."""
    w = d.low[i]
    if w not in _OCCASION_DATES or i < 3:
        return None
    for k in range(i - 1, max(-1, i - 6), -1):
        x = d.low[k]
        if x in _PAST_CLAUSE_STOPS or (x in lx.TIME_PHRASE_PREPS and x != "after"):
            return None
        if x in _AFTER_WORDS:
            if x == "after" and d.at[k - 1] in _AFTER_VERBS:
                return None  # "go after the big accounts this quarter": the verb's "after"
            if x == "since" and _to_come(d, k, i):
                return None  # "Since the audit is next week, ...": "since" gives the reason
            # a determiner opens the occasion: "after the merger", "since my promotion"
            return x if d.at[k + 1] in _NP_DETERMINERS else None
    return None


_AFTER_WORDS = frozenset({"after", "following", "since"})
# The forms of verbs that take "after" as their own ("go after", "chase after", "look after",
# "run after", "take after"): what follows is what they act on, no occasion.
_AFTER_VERBS = frozenset(
    {"go", "goes", "going", "went", "gone", "chase", "chases", "chasing", "chased", "look",
     "looks", "looking", "looked", "run", "runs", "running", "ran", "take", "takes", "taking",
     "took", "taken"}
)  # fmt: skip
# The words that open a time which dates the occasion before it, "in June" as "next summer"
# or "this spring" does: "after my exams in June", "after the baby's born next summer".
_OCCASION_DATES = frozenset({"on", "in", "at", "next", "this", "during"})


def _to_come(d: _Doc, k: int, i: int) -> bool:
    """Is the time at ``i``, after "since" at ``k``, still to come: "next week", "this coming
    Friday", "this Friday", or a future verb before it ("since the audit will be in June")?
    "since" then means "because"."""
    w, nxt = d.at[i], d.at[i + 1]
    if w == "next" or (w == "this" and (nxt == "coming" or nxt in lx.WEEKDAYS)):
        return True
    return any(d.at[m] in _FUTURE_MARKERS for m in range(k + 1, i))


# Words that put a clause in the future: "since the shop will close in May".
_FUTURE_MARKERS = frozenset({"will", "'ll", "shall", "going"})


def _perfect_participle(d: _Doc, k: int) -> bool:
    """ "having" at ``k`` opens a perfect participle ("having hit", "having run the shop"), a
    verb straight after it, not an object ("having a baby", "having my review", "having 3
    staff")."""
    nxt = d.at[k + 1]
    return (
        nxt.isalpha()
        and nxt not in lx.DETERMINERS
        and nxt not in lx.PRONOUNS
        and nxt not in lx.VAGUE_QUANTIFIERS
    )


def _before_a_noun(d: _Doc, k: int) -> bool:
    """The word at ``k`` stands before the noun it describes ("trained baristas"), as an
    adjective does, not before a preposition, an article or a pronoun, as a verb does."""
    nxt = d.at[k + 1]
    return (
        nxt.isalpha()
        and nxt not in lx.PREPOSITIONS
        and nxt not in lx.DETERMINERS
        and nxt not in lx.POSSESSIVES
        and nxt not in lx.PRONOUNS
        and nxt not in lx.PARTICLES
        and nxt not in lx.ADVERBS
    )


def _dates_a_baseline(d: _Doc, t: _Time) -> bool:
    """Does the period follow the figure a change starts from ("up from 38 this year", "from
    £40k of sales in 2026 to ...")? It says when that figure was, not when the goal ends."""
    if d.low[t.i] in lx.EVENT_DEADLINE_WORDS:
        return False
    # Read through ``at``: before the text's first word it holds padding, not its last words.
    k = t.i - 1
    for _ in range(3):  # the counted noun: "38 installs", "40k of sales"
        if d.at[k][:1].isdecimal() or k <= 0:
            break
        if not (d.at[k].isalpha() or d.at[k] == "%") or d.at[k] in _BASELINE_STOPS:
            return False
        k -= 1
    if not d.at[k][:1].isdecimal() or d.used[k]:
        return False  # no figure, or a date's: "from 1 Jan to 31 Mar" is a range of days
    k -= 1
    while k > 0 and d.at[k] in lx.CURRENCY_SYMBOLS:
        k -= 1
    return d.at[k] == "from"


# Words a baseline's counted noun never holds: its figure's and the target's links.
_BASELINE_STOPS = frozenset({"to", "and", "or", "from", "by", "than"})
# Where the clause a past verb must sit in ends, looking back from a time.
_PAST_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "\n", "and", "but", "-", "–", "—"})
# The words that end _told_as_past's search back: the clause's end, "since", "having".
_TOLD_PAST_STOPS = _PAST_CLAUSE_STOPS | {"since", "having"}
# The words that end _past_occurrence's search back (see _ends_past_occurrence): and the words
# that open a deadline, not a particle ("set up", "went ahead"), which follows its past verb.
_OCCURRENCE_STOPS = _PAST_CLAUSE_STOPS | lx.MODALS | _LOOKS_AHEAD | lx.DEADLINE_WORDS | {"for"}
# Words before a participle that make it no past tense: "to be finished", "get it signed".
_PARTICIPLE_AUX = PARTICIPLE_BEFORE | HAVE
