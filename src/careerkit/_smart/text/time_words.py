"""Which readers may start a time expression at a word: one small function for each kind of
start, each calling the scan's reader for it, and the table from words to them that the scan
looks a word up in once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from types import MappingProxyType

from careerkit._smart import lexicon as lx
from careerkit._smart.text.date_context import _eventlike
from careerkit._smart.text.facts import _Time
from careerkit._smart.text.numbers import _fy_token, _year_after
from careerkit._smart.text.occasion_words import _ends_compound_prep, holy_season, picks_next
from careerkit._smart.text.periods import _CALENDAR_PERIODS, _context, _period_of, _resolve
from careerkit._smart.text.relative import monthly
from careerkit._smart.text.time_readers import _TimeReaders
from careerkit._smart.text.tokens import _Doc

# Each takes the scan, the token's index and the token, and returns a time or None. Most words
# can start one or two kinds of expression only: the readers that can start at a word are
# picked once per word (by the tests on the word alone in _BRANCHES, in order) and only those
# are tried. A reader marked final decides for the word, with a time or None; after another
# that finds nothing, the next one is tried.
_Reader = Callable[[_TimeReaders, int, str], _Time | None]
# What a reader that is not final returns to say no time starts here after all, for a word
# its test does not settle ("wk 99": no such week, and no other reading of "wk").
_NOTHING = _Time("nothing", 0, 0)


def _month(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._month(i, w, None)


def _holiday_phrase(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._holiday_phrase(i - 1 if s.d.at[i - 1] == "new" else i)


def _new_year(s: _TimeReaders, i: int, w: str) -> _Time | None:
    """ "before the New Year", "by new year": New Year's Day, after a deadline word ("in the
    new year" is some time after it, and "new year resolutions" name a thing)."""
    d = s.d
    if d.at[i - 1] != "new":
        return None
    k = i - 2
    if d.at[k] == "the":
        k -= 1
    nxt = d.at[i + 1]
    if d.at[k] not in lx.EVENT_DEADLINE_WORDS or (nxt[:1].isalpha() and nxt not in lx.BOUNDARY):
        return None
    when = date(d.as_of.year + 1, 1, 1)
    return _resolve(d, i - 1, i + 1, when, when)


def _condition(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._condition(i)


def _times(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._times(i, i + 1, float(lx.TIMES_WORDS[w]))


def _cadence_adverb(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if s._adverbial(i):
        return s._cadence(i, i + 1, 1.0, lx.CADENCE_ADVERBS[w], explicit=False)
    return None


def _weekdays(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if w == "nights" and s.d.at[i - 1] == "on":
        return None  # "be more vigilant on nights": the night shift one works, not how often
    start = i - 1 if s.d.at[i - 1] == "on" else i
    last = s.found[-1] if s.found else None
    if last is not None and last.kind == "cadence" and last.j == start:
        return _Time("cadence", start, i + 1)  # "a night on weeknights": one cadence
    return s._cadence(start, i + 1, 1.0, "week", explicit=False)


def _word_number(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if w in ("a", "an") and s.d.at[i + 1] not in _AFTER_ARTICLE:
        return None  # "a conference", "an exam": no count, span or rate starts here
    return s._word_number(i)


_EACH = frozenset({"every", "each", "any", "whenever"})
# Where the clause around a time ends, looking out from it.
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", "\n"})


def _each_in_clause(d: _Doc, i: int) -> bool:
    """The clause around the time at ``i`` is about each of many ("every call within the
    hour", "reply within the hour to each complaint"); a word of each in another clause ("...
    and log each step") is not."""
    if _EACH.isdisjoint(d.vocab):
        return False  # most texts: one set test
    for k in range(i - 1, max(-1, i - 14), -1):
        if d.low[k] in _CLAUSE_ENDS:
            break
        if d.low[k] in _EACH:
            return True
    for k in range(i + 1, min(d.n, i + 12)):
        w = d.low[k]
        if w in _CLAUSE_ENDS or w in (",", "and"):
            break
        if w in _EACH:
            return True
    return False


def _within_the(s: _TimeReaders, i: int, w: str) -> _Time | None:
    d = s.d
    if d.at[i + 1] == "the":
        k = i + 3 if d.at[i + 2] in ("next", "coming") else i + 2
        if d.at[k] in ("hour", "minute") and d.at[k + 1] != "of" and not _each_in_clause(d, i):
            # "within the hour", "within the next hour": counted from now, as "in the next
            # 48 hours" is, so a one-off goal's own window, which ends today; "every call
            # within the hour" is a standard each call must meet
            return s._window(i, k + 1, "day", 0.0, True)
        unit = d.at[i + 2]
        if (
            unit in _CALENDAR_PERIODS
            # "within the year of joining", "within the month after launch": from an event
            and d.at[i + 3] not in lx.PREPOSITIONS
            and d.at[i + 3] not in ("following", "ahead")  # "within the month ahead": from now
            and not _each_in_clause(d, i)
        ):
            # "close 4 deals within the month", "within the quarter": the one under way, as
            # "this month" is; "answer each complaint within the week" is a standard each
            # one must meet, a week from it
            first, last = _period_of(d.as_of, unit, 0, d.fy_start, False)
            return _Time("end", i, i + 3, first, last, (last - first).days + 1)
        if unit in ("hour", "minute") or unit in lx.DURATION_UNITS:
            # "reply to each within the hour", "each within the week": one unit
            return s._duration(i + 1, 1.0, i + 2) or _NOTHING
    return None


def _holy_season(s: _TimeReaders, i: int, w: str) -> _Time | None:
    d = s.d
    if d.at[i + 1] == "of" or _context(d, i)[0] not in lx.PREP_ALL:
        # "the advent of AI", "Advent of Code", "Lent talks", "I lent him my van": a name,
        # a coming or a verb, not when; a time's preposition makes it the season
        return None
    if d.at[i + 1] in lx.UNDATED_PERIODS:
        return None  # "by the end of Lent term": a university's term, whose dates are its own
    ya = _year_after(d, i + 1)
    if ya is not None:  # "during Lent 2028"
        first, last = holy_season(w, ya[0])
        return _resolve(d, i, ya[1], first, last)
    first, last = holy_season(w, d.as_of.year)
    if last < d.as_of:
        first, last = holy_season(w, d.as_of.year + 1)
    # "every week in Advent", "during Lent": the season under way or the next
    return _resolve(d, i, i + 1, first, last)


def _until_event(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._until_event(i)


def _event_after(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if w == "by":
        d = s.d
        nxt = d.at[i + 1]
        if (
            (nxt[:1].isdecimal() or nxt in _BY_NO_EVENT)
            and d.at[i + 2] != "-"
            and not picks_next(d, i + 1)  # "by next harvest": an occasion, read at _event_after
        ):
            return None  # "by June", "by 2027", "by next Friday": no event is named here
    return s._event_after(i, w)


# The tokens after a plain number (not a year, not after "day") with which _number may read a
# time: a date ("12/6", "3 June", "the 5th of May"), a clock time ("7 pm", "9:30"), a scale
# ("2 million"), a run ("30 consecutive days"), a unit of time ("6 weeks", "3 times") or a
# period of no fixed length ("2 seasons"). Kept in step with _number and the readers it calls
# (tests/test_smart_scan.py checks that).
_AFTER_NUMBER = (
    frozenset(("/", "-", "–", ".", ":", "of", "am", "pm", "a", "p", "o'clock", "consecutive"))
    | frozenset(lx.MONTHS)
    | frozenset(lx.SCALES)
    | frozenset(lx.NUMBER_SUFFIXES)
    | frozenset(lx.MONEY_SUFFIXES)
    | lx.DAY_KINDS
    | lx.PER_PERIOD_NOUNS
    | frozenset(lx.DURATION_UNITS)
    | frozenset(lx.SHORT_UNITS)
    | lx.UNDATED_PERIOD_FORMS  # "in 2 seasons", "within 3 terms"
)
# The words after "a" or "an" with which _word_number may read something: a span ("a few
# weeks"), a unit ("an hour", "a day"), an occasion ("a night"), or a number ("a dozen"); kept
# in step with _word_number and _number_at (tests/test_smart_scan.py checks that).
_AFTER_ARTICLE = (
    frozenset(("few", "couple", "hour", "minute", "dozen", "pair"))
    | frozenset(lx.DURATION_UNITS)
    | lx.CADENCE_NOUNS
    | frozenset(lx.SCALES)
)
# The words after "by" at which _event_after stops at once, naming no event (a month, a time
# word, a preposition, ...), less those that lead it elsewhere: a holiday, "the", "end of",
# "close of play", a label's colon. Kept in step with _event_after (tests/test_smart_scan.py).
_BY_NO_EVENT = (
    frozenset(lx.MONTHS)
    | (lx.TIME_TRIGGERS - lx.HOLIDAYS - {"day"})
    | lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.DETERMINERS
) - (
    lx.HOLIDAY_PHRASE_HEADS
    | lx.POSSESSIVES
    | {"new", ":", "end", "close", "start", "beginning"}
    | {p[0] for p in lx.DAY_END_PHRASES}
)


def _compound_deadline(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if _ends_compound_prep(s.d, i + 1):
        # "in time for the AGM", "between now and the open day": "by" in three words, whose
        # object is an occasion whatever its noun ("in time for the fundraiser"), as after
        # "before", unless a date in its name dates it ("the Easter carol services")
        d = s.d
        t = s._event_after(i + 1, "by")
        if t is None and not any(_dates_it(w) for w in d.low[i + 2 : i + 7]):
            t = s._event_after(i + 1, d.at[i + 1])
        if t is not None:
            return t._replace(i=i - 1)
    return None


def _at_the_end(s: _TimeReaders, i: int, w: str) -> _Time | None:
    d = s.d
    if d.at[i + 1] == "the" and d.at[i + 2] in ("end", "close") and d.at[i + 3] == "of":
        # "at the end of the project": the end of an occasion or a period, as after "by";
        # "at the end of the road" is a place and "at the end of the day" an idiom
        k = i + 4
        while d.at[k] in lx.DETERMINERS or d.at[k] in lx.POSSESSIVES or d.at[k] in _AT_END_MODS:
            k += 1
        if _ends_at(d.at[k]) or (d.at[k] != "day" and _ends_at(d.at[k + 1])):
            return s._event_after(i, "by")
    return None


def _ends_at(w: str) -> bool:
    """Does "at the end of" end ``w`` as a time: an occasion ("the consultation"), a period
    ("the month", "the term") or an undertaking ("the project"), not a place or "the day"?"""
    return w not in _NOT_ENDS_AT and (
        _eventlike(w) or w in lx.UNDATED_PERIOD_FORMS or w in lx.PERIOD_WORDS or w in _UNDERTAKINGS
    )


_UNDERTAKINGS = frozenset({"project", "projects", "placement", "contract", "trial", "pilot"})
_NOT_ENDS_AT = frozenset({"day", "days", "round", "rounds"})
# Words between "of" and what ends: "at the end of my first year", "of this month".
_AT_END_MODS = frozenset({"first", "second", "third", "final", "next", "current", "this"})


def _dates_it(w: str) -> bool:
    """Does ``w`` give a date to the occasion it names: a holiday, a month, a season, a year?"""
    return w in lx.DATED_HOLIDAYS or w in lx.MONTHS or w in lx.SEASONS or w[:1].isdecimal()


def _event(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._event(i)


def _holiday_at(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._holiday_at(i)


def _per_unit(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if s.d.at[i + 1] in lx.SPEED_UNITS:
        return _Time("context", i, i + 2)  # "12 picks/hour": a speed, not a cadence
    if s.d.at[i + 1] in lx.DURATION_UNITS or s.d.at[i + 1] == "night":
        # "3x/week", "1 post / month"
        unit = lx.DURATION_UNITS.get(s.d.at[i + 1], "day")
        return s._cadence(i, i + 2, 1.0, unit, explicit=False)
    return None


def _same_day(s: _TimeReaders, i: int, w: str) -> _Time | None:
    d = s.d
    k = i + 2 if d.at[i + 1] in lx.EVENT_MODIFIERS else i + 1  # "the same working day"
    if (
        d.at[i - 1] == "the"
        and d.at[k] in ("day", "shift", "morning", "afternoon", "evening", "night")
        and d.at[k + 1] not in ("last", "as", "of", "next")
    ):
        return _Time("event", i - 1, k + 1)  # "log the call the same day": after each one
    return None


def _event_day(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._event_day(i)


def _span_of(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._span_of(i)


def _clock_word(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._time_of_day(i, i + 1, lx.CLOCK_WORDS[w])  # "by noon on Friday"


def _today(s: _TimeReaders, i: int, w: str) -> _Time | None:
    d = s.d
    if (
        i > 0
        # a capital, or a determiner or an owner before it, which the day never takes
        and (d.raw[i][:1].isupper() or _owned(d, i))
        and d.at[i - 1] not in lx.BOUNDARY
        and d.at[i - 1] not in lx.TIME_PHRASE_PREPS
        and d.at[i + 1] not in lx.CADENCE_NOUNS
        and i + 1 < d.n
        and d.raw[i + 1].isalpha()
        and d.raw[i + 1].islower()
        and d.at[i + 1] not in lx.PREPOSITIONS
        and d.at[i + 1] not in lx.CONJUNCTIONS
    ):
        return _NOTHING  # "on Radio 4's Today programme": the capital makes it a name
    day = d.as_of + timedelta(days=1 if w == "tomorrow" else 0)
    # The words in front say what the day is: "by tomorrow" an end, "from today" a start
    return _resolve(d, i, i + 1, day, day)


def _owned(d: _Doc, i: int) -> bool:
    """A determiner or an owner stands before the word at ``i``: "the today programme",
    "Radio 4's today programme", "our tonight show"; the day itself takes neither."""
    before = d.at[i - 1]
    return (
        before in lx.DETERMINERS
        or before in lx.POSSESSIVES
        or before.endswith("'s")
        or (before == "s" and d.at[i - 2] == "'" and d.glued[i - 1])
    )


def _wk_number(s: _TimeReaders, i: int, w: str) -> _Time | None:
    d = s.d
    if d.raw[i].lower() == "wk" and d.at[i + 1].isdecimal():
        # "wk 50", as "wk50": a tracker's week number (not "week 3 of the course")
        t = s._week_number(i, int(d.at[i + 1]))
        return t._replace(j=i + 2) if t is not None else _NOTHING
    return None


def _numbered_period(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._numbered_period(i)


def _final_year(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if s.d.at[i + 1] in lx.DURATION_UNITS and s.d.at[i - 1] in lx.POSSESSIVES:
        # "in my final year": the last one of a course, on dates the text omits
        return _Time("event", _context(s.d, i - 1)[3], i + 2)
    # "on the final": the exam, when no noun follows
    return s._event(i)


def _ordinal_of_month(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if s.d.at[i + 1] == "of" and (s.d.at[i + 2] in lx.MONTHS or monthly(s.d, i + 1)):
        return s._ordinal_period(i, w) or _NOTHING  # "the fifth of March", "of each month"
    return None


def _ordinal_period(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._ordinal_period(i, w)


def _season(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._season(i, w, None)


def _the_period(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if s.d.at[i + 1] in ("on", "over", "to") and s.d.at[i + 2] == w:
        # "10% year over year", "month on month": measured again every period
        return s._cadence(i, i + 3, 1.0, w, explicit=False)
    return s._the_period(i, w)


def _week_code(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._week_number(i, int(w[2:]))


def _period_end(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if s.d.at[i + 1] == "end":
        return s._the_period(i, w[:-2])  # "by year's end"; not "next year's budget"
    return None


# The words _code reads, with "fy27" and "fy2027": on any other word it finds nothing.
_CODE_WORDS = lx.END_CODES | {"q1", "q2", "q3", "q4", "h1", "h2", "fy", "fiscal"}


# Which readers may start at a word, in the order they are tried: a test on the word alone,
# the reader, and whether it is final (its None means no time starts here).
_BRANCHES: tuple[tuple[Callable[[str], bool], _Reader, bool], ...] = (
    (lx.MONTHS.__contains__, _month, True),
    # "years" and "boxing" start nothing else
    (lambda w: w in lx.HOLIDAY_PHRASE_HEADS and w in ("years", "boxing"), _holiday_phrase, True),
    (
        lambda w: w in lx.HOLIDAY_PHRASE_HEADS and w not in ("years", "boxing"),
        _holiday_phrase,
        False,
    ),
    (lambda w: w == "year", _new_year, False),
    (lambda w: w in lx.VAGUE_PHRASE_HEADS or w in lx.VAGUE_TIME, _TimeReaders._vague, False),
    (lambda w: w in ("every", "each", "per"), _TimeReaders._every, False),
    (lambda w: w == "at", _at_the_end, False),
    (lambda w: w == "once", _condition, False),
    (lx.TIMES_WORDS.__contains__, _times, True),
    (lx.CADENCE_ADVERBS.__contains__, _cadence_adverb, False),
    (lx.WEEKDAYS_PLURAL.__contains__, _weekdays, True),
    (lx.WEEKDAYS.__contains__, _TimeReaders._weekday, True),
    (lx.WEEKDAY_POSSESSIVES.__contains__, _TimeReaders._weekday_occasion, True),
    (
        lambda w: w in ("this", "next", "coming", "following", "current"),
        _TimeReaders._relative,
        True,
    ),
    (lambda w: w in lx.UNITS or w in ("a", "an", "half"), _word_number, True),
    (lambda w: w == "within", _within_the, False),
    (lambda w: w in _CODE_WORDS or _fy_token(w) is not None, _TimeReaders._code, False),
    (lx.DAY_END_CODES.__contains__, _TimeReaders._day_end, True),
    (lambda w: w in ("until", "till", "before", "when"), _until_event, False),
    (lx.EVENT_DEADLINE_WORDS.__contains__, _event_after, False),
    (frozenset(p[1] for p in lx.COMPOUND_DEADLINE_PREPS).__contains__, _compound_deadline, False),
    (
        lambda w: w in lx.EVENT_NOUNS or w in lx.UNDATED_PERIODS or w in lx.EVENT_PLURALS,
        _event,
        True,
    ),
    (lambda w: w in lx.DATED_HOLIDAYS, _holiday_at, True),
    (lx.HOLY_SEASONS.__contains__, _holy_season, True),
    (lambda w: w == "/", _per_unit, False),
    (lambda w: w == "same", _same_day, False),
    (lambda w: w == "day", _event_day, False),
    (lx.SPAN_PREPOSITIONS.__contains__, _span_of, False),
    (lx.CLOCK_WORDS.__contains__, _clock_word, True),
    (lambda w: w in ("tomorrow", "today", "tonight"), _today, True),
    (lambda w: w == "week", _wk_number, False),
    (lambda w: w in ("week", "month"), _numbered_period, False),
    (lambda w: w == "final", _final_year, False),
    (lx.ORDINAL_WORDS.__contains__, _ordinal_of_month, False),
    (lambda w: w in ("first", "second", "third", "fourth", "last"), _ordinal_period, True),
    (lx.SEASONS.__contains__, _season, True),
    (lx.PERIOD_WORDS.__contains__, _the_period, True),
    (lambda w: w[:2] == "wk" and w[2:].isdecimal(), _week_code, True),
    (lambda w: w[-2:] == "'s" and w[:-2] in lx.PERIOD_WORDS, _period_end, False),
)


def _readers_for(w: str) -> tuple[tuple[_Reader, bool], ...]:
    """The readers that may start a time expression at the word ``w``, in order."""
    return tuple((read, final) for test, read, final in _BRANCHES if test(w))


# The readers of every word the scan starts at, but numbers and codes ("fy27", "wk48"):
# picked once, so a word such as "by" or "a" is not put through every test on each use.
_READERS: Mapping[str, tuple[tuple[_Reader, bool], ...]] = MappingProxyType(
    {w: _readers_for(w) for w in lx.TIME_TRIGGERS}
)
