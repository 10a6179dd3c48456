"""The time grammar's readers: one per kind of time expression, and the table that picks,
for a word, the readers that may start a time there (the scan in times.py tries only those)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from types import MappingProxyType

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _lead_only
from careerkit._smart.text.counts import _Counts, _window_of
from careerkit._smart.text.events import _ends_compound_prep
from careerkit._smart.text.facts import _Time
from careerkit._smart.text.numbers import _fy_token, _number_at
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.periods import _context, _resolve
from careerkit._smart.text.tokens import _Doc, lemma

# Words before "day" that make it no occasion: "the same day", "that day", "any day".
_NOT_OCCASIONS = frozenset({"same", "that", "any", "another", "whole", "full", "every", "some"})
# Comparatives of time that name no date when set against a vague time: "sooner rather than
# later", "earlier rather than later".
_TIME_COMPARATIVES = frozenset({"sooner", "earlier"})


def _verb_follows(d: _Doc, k: int) -> bool:
    """Is the word at ``k`` a finite verb or a verb in -s or -ed ("ends", "is", "started")?
    Safe past the text's end (the padded ``d.at`` reads an empty word there)."""
    w = d.at[k]
    return (
        w in lx.FINITE_VERBS
        or w in lx.PAST_FORMS
        or w in lx.BE_FORMS
        or (w.endswith(("s", "ed")) and lemma(w) != w and lemma(w) in lx.VERBS)
    )


class _TimeReaders(_Counts):
    """Conditions, occasions, spans, week numbers, vague times and cadences (mixed into the
    scan)."""

    found: list[_Time]

    def _condition(self, i: int) -> _Time | None:
        """ "once things settle down", "once my kids are at school": a condition to wait for,
        not a time; its words are not the goal's object. "once a week" is a count."""
        d = self.d
        nxt = d.at[i + 1]
        subject = (
            nxt in lx.DETERMINERS_DEFINITE
            or nxt in lx.POSSESSIVES
            or nxt in ("i", "we", "they", "it", "he", "she", "things", "everything")
            or nxt in ("i'm", "we're", "i've", "we've", "they're", "it's")
        )
        if not subject:
            return None
        period = d.at[i + 2]
        if (
            nxt in lx.DETERMINERS_DEFINITE
            and (period in lx.PERIOD_WORDS or period in lx.UNDATED_PERIODS)
            and not _verb_follows(d, i + 3)
        ):
            # "once this term", "once the next quarter": one time in that period, read by the
            # period's own reader; a condition has a verb ("once the term ends")
            return None
        end = i + 2
        while end < min(d.n, i + 10) and d.at[end] != "and":
            # "once I've got the NN/g certificate": a mark inside a word goes on
            if not d.raw[end][:1].isalpha() and not (
                d.glued[end] and d.glued[end + 1] and d.at[end + 1][:1].isalnum()
            ):
                break
            end += 1
        if any(d.low[k] in lx.MONTHS or d.low[k] in lx.WEEKDAYS for k in range(i + 2, end)):
            # "once I'm back from leave in March": the date dates the condition, so the goal
            # starts then, and says nothing of when it ends
            return _Time("start", i, end)
        return _Time("vague", i, end)

    def _event_day(self, i: int) -> _Time | None:
        """ "on completion day", "by launch day", "before results day": the day of an
        occasion, which the text does not date."""
        d = self.d
        k = i - 1
        mod = d.low[k]
        if not d.raw[k : k + 1] or not d.raw[k].isalpha() or mod in _NOT_OCCASIONS:
            return None
        if (
            mod in lx.DAY_KINDS
            or (mod in lx.TIME_TRIGGERS and mod not in lx.EVENT_NOUNS)
            or mod in lx.PREPOSITIONS
        ):
            return None  # "a working day", "each day", "one day"
        if d.at[k - 1] in lx.POSSESSIVES:
            k -= 1
        if d.at[k - 1] not in ("on", "by", "before", "until", "till"):
            return None
        return _Time("event", k - 1, i + 1)

    def _span_of(self, i: int) -> _Time | None:
        """ "during my placement", "throughout the pilot": the object of "during" is a stretch
        of time, so a noun phrase after it bounds the goal on dates the text omits. A phrase
        that holds a time of its own ("during the next 3 months", "during 2027") is read there.
        """
        d = self.d
        k = i + 1
        if d.at[k] not in lx.POSSESSIVES and d.at[k] not in lx.DETERMINERS:
            return None
        end = _np_end(d, k + 1, min(d.n, k + 6))
        if end <= k + 1 or not d.raw[end - 1].isalpha():
            return None
        m = k + 1
        while m < end:
            w = d.low[m]
            if w[:1].isdecimal() and d.at[m + 1] == "-" and d.glued[m + 1]:
                m += 3  # "my 6-week placement": its length, one placement
                continue
            if d.used[m] or w[:1].isdecimal():
                return None  # "during 2027"
            if w in lx.PERIOD_WORDS and m > k + 1 and d.low[m - 1] not in lx.TIME_TRIGGERS:
                return _Time("event", i, m + 1)  # "during my ASYE year": one's own year
            if w in lx.TIME_TRIGGERS and not (
                w in lx.EVENT_NOUNS or w in lx.UNDATED_PERIODS or w in lx.EVENT_PLURALS
            ):
                return None  # "during the next 3 months", "during the summer"
            m += 1
        return _Time("event", i, end)

    def _week_number(self, i: int, week: int) -> _Time | None:
        """ "wk48: chase 6 overdue POs": the numbered (ISO) week, this year or the next."""
        d = self.d
        for year in (d.as_of.year, d.as_of.year + 1):
            try:
                monday = date.fromisocalendar(year, week, 1)
            except ValueError:
                return None
            sunday = monday + timedelta(days=6)
            if sunday >= d.as_of:
                return _Time("end", i, i + 1, monday, sunday, 7)
        return None

    # -- vague, cadences ------------------------------------------------------------------

    def _adverbial(self, i: int) -> bool:
        """Is "weekly" at ``i`` how often the goal recurs, or part of a name?

        "publish a weekly digest" and "run monthly demos" recur; "grow monthly recurring
        revenue" names a metric and "own the quarterly business review deck" a thing.
        """
        d = self.d
        nxt = d.at[i + 1]
        if not nxt[:1].isalpha() or nxt in lx.PREPOSITIONS or nxt in lx.CONJUNCTIONS:
            return True  # used as an adverb: "review my goals weekly"
        head = d.at[_np_end(d, i + 1, d.n) - 1]
        if nxt in lx.METRIC_NOUNS or head in lx.METRIC_NOUNS:
            return False
        if head in lx.PEOPLE_COUNT_NOUNS:
            return False  # "recruit 25 monthly donors", "weekly volunteers": a kind of person
        k = i - 1
        while k > 0 and k in self.names:
            k -= 1  # "the 2025 annual impact report": the year is a modifier as well
        if d.at[k] in lx.DETERMINERS_DEFINITE:
            end = _np_end(d, i + 1, d.n)
            # "the monthly team meeting", "the weekly Rotary lunch": an occasion that recurs
            return d.at[end - 1] in lx.EVENT_NOUNS or d.at[end - 1] in lx.CADENCE_NOUNS
        return True

    def _vague(self, i: int, w: str) -> _Time | None:
        d = self.d
        if w == "soon" and d.at[i - 1] == "as" and d.at[i + 1] == "as":
            end = _only_able(d, i + 2)
            if end is not None:
                # "as soon as we can", "as soon as I'm able": no occasion, only the writer's
                # means, as "as soon as possible" says
                return _Time("vague", i - 1, end)
            return _Time("event", i - 1, i + 2)  # "as soon as the audit is done": an event
        for phrase in lx.VAGUE_BY_PAIR.get((w, d.at[i + 1]), ()):
            k = len(phrase)
            if tuple(d.low[i : i + k]) == phrase:
                return _Time("vague", i, i + k)
        if w in lx.VAGUE_TIME:
            if w == "later" and d.at[i + 1] == "than":
                return None
            if d.at[i - 1] == "than" and d.at[i - 2] == "rather":
                # "sooner rather than later", "earlier rather than later": a comparative of time
                # set against a vague time names no date either; the finding quotes it whole
                lo = i - 3 if i >= 3 and d.at[i - 3] in _TIME_COMPARATIVES else i
                return _Time("vague", lo, i + 1)
            return _Time("vague", i, i + 1)
        if w == "one" and d.at[i + 1] == "day":
            nxt = d.at[i + 2]
            at_start = i == 0 or d.low[i - 1] in (",", ".", ":", "-") or _lead_only(d, i)
            # At the end, after the action, with no preposition: "open my own clinic one day"
            at_end = nxt in (".", "!", "") and d.at[i - 1] not in lx.PREPOSITIONS
            if at_start or at_end or nxt in ("i", "we", ",", "i'll", "i'd"):
                return _Time("vague", i, i + 2)
        return None

    def _every(self, i: int, w: str) -> _Time | None:
        d = self.d
        j = i + 1
        every = 1.0
        nxt = d.at[j]
        if w == "per":
            if nxt in lx.SPEED_UNITS:
                return _Time("context", i, j + 1)  # "$45 per hour": a pay, not a cadence
            if nxt in lx.DURATION_UNITS or nxt in lx.CADENCE_NOUNS:
                unit = lx.DURATION_UNITS.get(nxt, nxt)
                return self._cadence(i, j + 1, 1.0, unit, explicit=False)
            period = d.at[j + 1]
            if (
                nxt.isalpha()
                and nxt not in lx.PREPOSITIONS
                and nxt not in lx.DETERMINERS
                and (period in lx.DURATION_UNITS or period in lx.CADENCE_NOUNS)
            ):
                # "per production cycle", "per clinic day": "per" is "every", and one word
                # before the period says which kind
                return self._cadence(
                    i, j + 2, 1.0, lx.DURATION_UNITS.get(period, period), explicit=False
                )
            return None
        if nxt in ("other", "second", "alternate"):
            every, j = 2.0, j + 1
        elif nxt == "couple" and d.at[j + 1] == "of":
            every, j = 2.0, j + 2  # "every couple of weeks"
        elif nxt == "single":
            j += 1
        else:
            num = _number_at(d, j)
            if num is not None and not num[2] and d.at[num[1]] in lx.DURATION_UNITS:
                every, j = num[0], num[1]
        unit_w = d.at[j]
        if unit_w in lx.EVENT_MODIFIERS and (
            d.at[j + 1] in lx.CADENCE_NOUNS or d.at[j + 1] in lx.EVENT_NOUNS
        ):
            j += 1  # "every working day", "each design review"
            unit_w = d.at[j]
        elif d.at[j + 1] == "-" and d.glued[j + 1] and d.glued[j + 2]:
            k = j + 3  # "every all-hands meeting", "each follow-up call"
            if d.at[k] in lx.EVENT_NOUNS or d.at[k] in lx.CADENCE_NOUNS:
                j, unit_w = k, d.at[k]
        if unit_w == "time" and not d.at[j + 1][:1].isalpha():
            # "every time": at each occurrence; after a cadence it restates that one
            if any(t.kind == "cadence" for t in self.found):
                return _Time("cadence", i, j + 1)
            return self._cadence(i, j + 1, 1.0, "time", explicit=False)
        if (unit_w in lx.MONTHS or unit_w in lx.SEASONS) and (
            unit_w not in lx.AMBIGUOUS_MONTHS or d.raw[j][:1].isupper()
        ):
            # "every January", "each spring": once a year, at that time of year
            return self._cadence(i, j + 1, 1.0, "year", explicit=False)
        if unit_w in lx.CADENCE_NOUNS or unit_w in lx.DURATION_UNITS:
            unit = lx.DURATION_UNITS.get(unit_w, unit_w)
            if unit_w in lx.WEEKDAYS or unit_w in lx.WEEKDAYS_PLURAL:
                unit = "week"
            return self._cadence(i, j + 1, 1.0, unit, explicit=every != 1.0, every=every)
        if unit_w in lx.EVENT_NOUNS or (
            d.at[j + 1] in lx.EVENT_NOUNS and unit_w not in lx.PREPOSITIONS
        ):
            end = j + 1 if unit_w in lx.EVENT_NOUNS else j + 2
            # The noun phrase ends at its head: "every board meeting" is a meeting, "every
            # meeting invite" an invite, a thing and not an occasion that repeats.
            head = _np_end(d, j, min(d.n, end + 2))
            if head > end and d.raw[head - 1].isalpha():
                if d.low[head - 1] not in lx.EVENT_NOUNS and not _window_of(d, i):
                    return None
                end = head
            return self._cadence(i, end, 1.0, d.low[end - 1], explicit=False)
        if (
            # "after every match", "within 7 days of every trip"
            (d.at[i - 1] in ("after", "before", "following") or _window_of(d, i))
            and unit_w[:1].isalpha()
            and unit_w not in lx.PREPOSITIONS
            and unit_w not in lx.DETERMINERS
            and not d.used[j]
        ):
            # "after every match", "before each shift": any noun after the preposition names
            # the occasion that repeats, listed as an event or not.
            end = max(_np_end(d, j, d.n), j + 1)
            return self._cadence(i, end, 1.0, d.low[end - 1], explicit=False)
        # "each of my next three design reviews": bounded by a count of coming events.
        if w == "each" and unit_w == "of":
            k = j + 1
            if d.at[k] in lx.DETERMINERS_DEFINITE:
                k += 1
            if d.at[k] in ("next", "coming", "upcoming", "last", "first"):
                num = _number_at(d, k + 1)
                if num is not None:
                    e = num[1]
                    for _ in range(3):
                        if d.at[e] in lx.EVENT_NOUNS:
                            return _Time("event", i, e + 1)
                        e += 1
        return None


# --- the readers, one per kind of time expression -------------------------------------------
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


def _only_able(d: _Doc, k: int) -> int | None:
    """Does the clause at ``k`` say only that the writer is able ("we can", "I could", "I'm
    able", "we can manage it")? Where it ends, else None."""
    if d.at[k] not in _ABLE_SUBJECTS:
        return None
    k += 1
    if d.at[k] in ("am", "are", "'m", "'re"):
        k += 1
    if d.at[k] not in ("can", "could", "able"):
        return None
    k += 1
    if d.at[k] in ("manage", "do") and d.at[k + 1] in ("it", "this", "that"):
        k += 2
    return k if not d.at[k][:1].isalnum() else None


_ABLE_SUBJECTS = frozenset({"i", "we", "you", "they", "i'm", "we're", "you're", "they're"})


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
        if unit in ("hour", "minute") or unit in lx.DURATION_UNITS:
            # "reply to each within the hour", "sort it within the week": one unit
            return s._duration(i + 1, 1.0, i + 2) or _NOTHING
    return None


def _until_event(s: _TimeReaders, i: int, w: str) -> _Time | None:
    return s._until_event(i)


def _event_after(s: _TimeReaders, i: int, w: str) -> _Time | None:
    if w == "by":
        nxt = s.d.at[i + 1]
        if (nxt[:1].isdecimal() or nxt in _BY_NO_EVENT) and s.d.at[i + 2] != "-":
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
        # "in time for the AGM", "between now and the open day": "by" in three words
        t = s._event_after(i + 1, "by")
        if t is not None:
            return t._replace(i=i - 1)
    return None


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
    if (
        d.at[i - 1] == "the"
        and d.at[i + 1] in ("day", "shift", "morning", "afternoon", "evening", "night")
        and d.at[i + 2] not in ("last", "as", "of", "next")
    ):
        return _Time("event", i - 1, i + 2)  # "log the call the same day": after each one
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
        and d.raw[i][:1].isupper()
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
    if s.d.at[i + 1] == "of" and s.d.at[i + 2] in lx.MONTHS:
        return s._ordinal_period(i, w) or _NOTHING  # "the fifth of March"
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
