"""The time grammar's readers: the scan's methods, one per kind of time expression (the
words that may start each, and the table that picks them, are in time_words.py)."""

from __future__ import annotations

from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.count_context import _window_of
from careerkit._smart.text.counts import _Counts
from careerkit._smart.text.facts import _Time
from careerkit._smart.text.leading_phrases import _lead_only
from careerkit._smart.text.numbers import _number_at
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.tokens import _Doc, lemma

# Prepositions whose object tells what a thing is built around or about: a cadence word in it
# describes that thing ("a course around weekly quizzes"), not when the goal is done. Not "on",
# "of" or "for", whose object may be the occasion the goal recurs at ("95% compliance on
# monthly audits", "90% of weekly meetings", "the agenda for weekly meetings").
_ABOUT = frozenset({"around", "about", "covering", "into"})
# Periods of a calendar of their own come round again, as "week" does: "per rotation", "each
# intake", "every cycle"; and the Latin "per annum" is "per year". Listed, not taken from the
# undated periods: "each peak" is a mountain as often as a busy season.
_RECURRING = frozenset(
    {"term", "season", "cycle", "sprint", "iteration", "rotation", "shift", "intake"}
    | {"semester", "trimester", "annum"}
)
# The unit each word of a cadence names: "weeks" is "week", "annum" is "year".
_CADENCE_UNITS = {**lx.DURATION_UNITS, "annum": "year"}
# The nouns after "per", "each" or "every" that make a cadence.
_CADENCE_WORDS = frozenset(lx.DURATION_UNITS) | lx.CADENCE_NOUNS | _RECURRING
# Words before "day" that make it no occasion: "the same day", "that day", "any day".
_NOT_OCCASIONS = frozenset({"same", "that", "any", "another", "whole", "full", "every", "some"})


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
        before = d.at[i - 1]
        if before in _ABOUT or (before in lx.DETERMINERS and d.at[i - 2] in _ABOUT):
            # "redesign the module around weekly quizzes", "a guide about daily stand-ups": the
            # phrase tells what a thing is made of or about, not how often the goal is done
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
                lo = i - 3 if i >= 3 and d.at[i - 3] in lx.TIME_COMPARATIVES else i
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
            if nxt in _CADENCE_WORDS:
                unit = _CADENCE_UNITS.get(nxt, nxt)
                return self._cadence(i, j + 1, 1.0, unit, explicit=False)
            if d.after_hyphen(j + 2) and (
                d.at[j + 2] in lx.DURATION_UNITS or d.at[j + 2] in lx.SHORT_UNITS
            ):
                # "per 8-hour shift", "per 2-week sprint": the length says how long each is
                j += 3
                nxt = d.at[j]
                if d.raw[j : j + 1] and d.raw[j].isalpha() and nxt not in lx.PREPOSITIONS:
                    # any noun given a length is an occasion that lasts it ("per 10-hour clinic")
                    unit = lx.DURATION_UNITS.get(nxt, nxt)
                    return self._cadence(i, j + 1, 1.0, unit, explicit=False)
                return None
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
        elif (nxt in lx.ORDINAL_WORDS or nxt == "last") and d.at[j + 1] in lx.WEEKDAYS:
            # "every first Monday", "each last Friday": one such day a month
            return self._cadence(i, j + 2, 1.0, "month", explicit=False)
        elif nxt == "couple" and d.at[j + 1] == "of":
            every, j = 2.0, j + 2  # "every couple of weeks"
        elif nxt == "single":
            j += 1
        else:
            num = _number_at(d, j)
            if num is not None and d.at[num[1]] in lx.DURATION_UNITS:
                # "every 3 weeks", and "every 3rd week" said with an ordinal
                every, j = num[0], num[1]
            elif num is not None and not num[2] and d.at[num[1]] in lx.SHORT_UNITS:
                # "every 2 hours", "every 15 minutes": a cadence in hours as in days
                unit = lx.SHORT_UNITS[d.at[num[1]]].rstrip("s")
                return self._cadence(i, num[1] + 1, 1.0, unit, explicit=True, every=num[0])
            elif num is not None and num[2] and d.at[num[1]] in lx.WEEKDAYS:
                # "every first Monday", "each 2nd Tuesday": one such day a month
                return self._cadence(i, num[1] + 1, 1.0, "month", explicit=False)
        unit_w = d.at[j]
        if unit_w in lx.EVENT_MODIFIERS and (
            d.at[j + 1] in lx.CADENCE_NOUNS or d.at[j + 1] in lx.EVENT_NOUNS
        ):
            j += 1  # "every working day", "each design review"
            unit_w = d.at[j]
        elif d.after_hyphen(j + 2):
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
        if unit_w in _CADENCE_WORDS:
            unit = _CADENCE_UNITS.get(unit_w, unit_w)
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
            # "after every match", "within 7 days of every trip", "at the end of every trip"
            (
                d.at[i - 1] in ("after", "before", "following")
                or _window_of(d, i)
                or (d.at[i - 1] == "of" and d.at[i - 2] in _EDGES)
            )
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


# The parts of an occasion "of" names before "every": "at the end of every trip" is after each.
_EDGES = frozenset({"end", "start", "close", "beginning", "middle"})


# --- the readers, one per kind of time expression -------------------------------------------


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
