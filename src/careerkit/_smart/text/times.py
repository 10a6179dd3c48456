"""The time grammar: every time expression in the text, left to right."""

from __future__ import annotations

import operator
from datetime import date, timedelta
from itertools import compress

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _lead_only
from careerkit._smart.text.dates import _counted_run, _Dates, _run_bounds, _vague_span
from careerkit._smart.text.events import _Events
from careerkit._smart.text.facts import MAX_TIMES, QuantityFact, _Time
from careerkit._smart.text.numbers import _day_of, _is_year, _number_at, unit_at
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.periods import (
    _context,
    _month_end,
    _resolve,
)
from careerkit._smart.text.tokens import _Doc, lemma

# Codes that start a time expression: "FY27", "fy2027", "wk48".
_CODE_PREFIXES = ("fy", "wk")
_FY = operator.methodcaller("startswith", _CODE_PREFIXES)


class _TimeScan(_Dates, _Events):
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
        if any(p in joined for p in _CODE_PREFIXES):  # rare: look for the codes only then
            starts = map(operator.or_, starts, map(_FY, low))
        after = 0  # expressions end past the token they start at: no later token is used yet
        for i in compress(range(d.n), starts):
            if i < after:
                continue
            t = self._at(i, low[i])
            if t is None:
                continue
            self.found.append(t)
            used[t.i : t.j] = b"\1" * (t.j - t.i)
            after = max(t.j, i + 1)
            if len(self.found) >= MAX_TIMES:
                break

    # Dispatch on the token: each branch looks at a handful of tokens around ``i``.
    def _at(self, i: int, w: str) -> _Time | None:
        c = w[0]
        if c.isdecimal():
            return self._number(i, w)
        if w in lx.MONTHS:
            return self._month(i, w, None)
        if w in lx.HOLIDAY_PHRASE_HEADS:
            t = self._holiday_phrase(i - 1 if self.d.at[i - 1] == "new" else i)
            if t is not None or w in ("years", "boxing"):
                return t  # "years" and "boxing" start nothing else
        if w in lx.VAGUE_PHRASE_HEADS or w in lx.VAGUE_TIME:
            t = self._vague(i, w)
            if t is not None:
                return t
        if w in ("every", "each", "per"):
            t = self._every(i, w)
            if t is not None:
                return t
        if w == "once":
            t = self._condition(i)
            if t is not None:
                return t
        if w in lx.TIMES_WORDS:
            return self._times(i, i + 1, float(lx.TIMES_WORDS[w]))
        if w in lx.CADENCE_ADVERBS and self._adverbial(i):
            return self._cadence(i, i + 1, 1.0, lx.CADENCE_ADVERBS[w], explicit=False)
        if w in lx.WEEKDAYS_PLURAL:
            start = i - 1 if self.d.at[i - 1] == "on" else i
            last = self.found[-1] if self.found else None
            if last is not None and last.kind == "cadence" and last.j == start:
                return _Time("cadence", start, i + 1)  # "a night on weeknights": one cadence
            return self._cadence(start, i + 1, 1.0, "week", explicit=False)
        if w in lx.WEEKDAYS:
            return self._weekday(i, w)
        if w in lx.WEEKDAY_POSSESSIVES:
            return self._weekday_occasion(i, w)
        if w in ("this", "next", "coming", "following", "current"):
            return self._relative(i, w)
        if w in lx.UNITS or w in ("a", "an", "half"):
            return self._word_number(i)
        if w == "within" and self.d.at[i + 1] == "the":
            unit = self.d.at[i + 2]
            if unit in ("hour", "minute") or unit in lx.DURATION_UNITS:
                # "reply within the hour", "sort it within the week": one unit
                return self._duration(i + 1, 1.0, i + 2)
        if c in "qhf" or w in ("eoy", "eoq", "eom"):
            t = self._code(i, w)
            if t is not None:
                return t
        if w in lx.DAY_END_CODES:
            return self._day_end(i, w)
        if w in ("until", "till", "before", "when"):
            t = self._until_event(i)
            if t is not None:
                return t
        if w in lx.EVENT_DEADLINE_WORDS:
            t = self._event_after(i, w)
            if t is not None:
                return t
        if w in lx.EVENT_NOUNS or w in lx.UNDATED_PERIODS or w in lx.EVENT_PLURALS:
            return self._event(i)
        if w in lx.FIXED_HOLIDAYS or w == "easter":
            return self._holiday_at(i)
        if w == "/" and (self.d.at[i + 1] in lx.DURATION_UNITS or self.d.at[i + 1] == "night"):
            # "3x/week", "1 post / month"
            unit = lx.DURATION_UNITS.get(self.d.at[i + 1], "day")
            return self._cadence(i, i + 2, 1.0, unit, explicit=False)
        if (
            w == "same"
            and self.d.at[i - 1] == "the"
            and self.d.at[i + 1] in ("day", "shift", "morning", "afternoon", "evening", "night")
            and self.d.at[i + 2] not in ("last", "as", "of", "next")
        ):
            return _Time("event", i - 1, i + 2)  # "log the call the same day": after each one
        if w in ("tomorrow", "today", "tonight"):
            day = self.d.as_of + timedelta(days=1 if w == "tomorrow" else 0)
            return _Time("end", _context(self.d, i)[3], i + 1, day, day, 1)
        if w == "week" and self.d.raw[i].lower() == "wk" and self.d.at[i + 1].isdecimal():
            # "wk 50", as "wk50": a tracker's week number (not "week 3 of the course")
            t = self._week_number(i, int(self.d.at[i + 1]))
            return t._replace(j=i + 2) if t is not None else None
        if w in ("week", "month"):
            t = self._numbered_period(i)
            if t is not None:
                return t
        if (
            w == "final"
            and self.d.at[i + 1] in lx.DURATION_UNITS
            and self.d.at[i - 1] in (lx.POSSESSIVES)
        ):
            # "in my final year": the last one of a course, on dates the text omits
            return _Time("event", _context(self.d, i - 1)[3], i + 2)
        if w == "final":
            t = self._event(i)  # "on the final": the exam, when no noun follows
            if t is not None:
                return t
        if w in lx.ORDINAL_WORDS and self.d.at[i + 1] == "of" and self.d.at[i + 2] in lx.MONTHS:
            return self._ordinal_period(i, w)  # "the fifth of March"
        if w in ("first", "second", "third", "fourth", "last"):
            return self._ordinal_period(i, w)
        if w in lx.SEASONS:
            return self._season(i, w, None)
        if (
            w in lx.PERIOD_WORDS
            and self.d.at[i + 1] in ("on", "over", "to")
            and self.d.at[i + 2] == w
        ):
            # "10% year over year", "month on month": measured again every period
            return self._cadence(i, i + 3, 1.0, w, explicit=False)
        if w in lx.PERIOD_WORDS:
            return self._the_period(i, w)
        if w[:2] == "wk" and w[2:].isdecimal():
            return self._week_number(i, int(w[2:]))
        if w[-2:] == "'s" and w[:-2] in lx.PERIOD_WORDS and self.d.at[i + 1] == "end":
            return self._the_period(i, w[:-2])  # "by year's end"; not "next year's budget"
        return None

    def _condition(self, i: int) -> _Time | None:
        """ "once things settle down", "once my kids are at school": a condition to wait for,
        not a time; its words are not the goal's object. "once a week" is a count."""
        d = self.d
        nxt = d.at[i + 1]
        subject = (
            nxt in lx.DETERMINERS_DEFINITE
            or nxt in lx.POSSESSIVES
            or nxt in ("i", "we", "they", "it", "he", "she", "things", "everything")
        )
        if not subject:
            return None
        end = i + 2
        while end < min(d.n, i + 10) and d.raw[end][:1].isalpha() and d.at[end] != "and":
            end += 1
        return _Time("vague", i, end)

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
        if nxt in lx.METRIC_NOUNS or d.at[_np_end(d, i + 1, d.n) - 1] in lx.METRIC_NOUNS:
            return False
        if d.at[i - 1] in lx.DETERMINERS_DEFINITE:
            end = _np_end(d, i + 1, d.n)
            # "the monthly team meeting", "the weekly Rotary lunch": an occasion that recurs
            return d.at[end - 1] in lx.EVENT_NOUNS or d.at[end - 1] in lx.CADENCE_NOUNS
        return True

    def _vague(self, i: int, w: str) -> _Time | None:
        d = self.d
        if w == "soon" and d.at[i - 1] == "as" and d.at[i + 1] == "as":
            return _Time("event", i - 1, i + 2)  # "as soon as the audit is done": an event
        for phrase in lx.VAGUE_BY_PAIR.get((w, d.at[i + 1]), ()):
            k = len(phrase)
            if tuple(d.low[i : i + k]) == phrase:
                return _Time("vague", i, i + k)
        if w in lx.VAGUE_TIME:
            if w == "later" and d.at[i + 1] == "than":
                return None
            return _Time("vague", i, i + 1)
        if w == "one" and d.at[i + 1] == "day":
            nxt = d.at[i + 2]
            at_start = i == 0 or d.low[i - 1] in (",", ".", ":", "-") or _lead_only(d, i)
            # At the end, after the action, with no preposition: "open my own clinic one day"
            at_end = nxt in (".", "!", "") and d.at[i - 1] not in lx.PREPOSITIONS
            if at_start or at_end or nxt in ("i", "we", ",", "i'll", "i'd"):
                return _Time("vague", i, i + 2)
        return None

    def _cadence(
        self, i: int, j: int, count: float, unit: str, *, explicit: bool, every: float = 1.0
    ) -> _Time:
        per = unit if every == 1 else f"{every:g} {unit}s"
        self.cadence_q.append(
            QuantityFact(count, f"per {per}", "frequency", self.d.span(i, j), explicit=explicit)
        )
        return _Time("cadence", i, j)

    def _every(self, i: int, w: str) -> _Time | None:
        d = self.d
        j = i + 1
        every = 1.0
        nxt = d.at[j]
        if w == "per":
            if nxt in lx.DURATION_UNITS or nxt in lx.CADENCE_NOUNS:
                unit = lx.DURATION_UNITS.get(nxt, nxt)
                return self._cadence(i, j + 1, 1.0, unit, explicit=False)
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

    def _times(self, i: int, j: int, count: float) -> _Time | None:
        """'twice a month', '3 times per week', 'once every two weeks'."""
        d = self.d
        nxt = d.at[j]
        if nxt in ("a", "an", "per", "each", "every"):
            every = 1.0
            k = j + 1
            num = _number_at(d, k)
            if nxt == "every" and num is not None and not num[2]:
                every, k = num[0], num[1]
            unit_w = d.at[k]
            if unit_w == "half" and d.at[k + 1] in ("term", "year", "-"):
                # "once a half term", "once a half-term"
                k += 3 if d.at[k + 1] == "-" else 1
                return self._cadence(i, k + 1, count, "half term", explicit=True, every=every)
            if unit_w in lx.DURATION_UNITS or unit_w in lx.CADENCE_NOUNS:
                unit = lx.DURATION_UNITS.get(unit_w, unit_w)
                return self._cadence(i, k + 1, count, unit, explicit=True, every=every)
        return None

    # -- numbers --------------------------------------------------------------------------

    def _numbered_period(self, i: int) -> _Time | None:
        """ "by day 90", "in week one": a point counted from a start the text does not date."""
        d = self.d
        num = _number_at(d, i + 1)
        if (
            d.at[i - 1] in ("by", "in", "before", "until")
            and num is not None
            and not num[2]
            and d.at[num[1]] not in lx.DURATION_UNITS
        ):
            return _Time("event", i - 1, num[1])
        return None

    def _number(self, i: int, w: str) -> _Time | None:
        d = self.d
        if i > 0 and d.low[i - 1] == "day":
            t = self._numbered_period(i - 1)
            if t is not None:
                return t
        if w.count(".") == 2:  # 30.06.2027
            parts = w.split(".")
            if len(parts[0]) <= 2 and len(parts[1]) <= 2 and len(parts[2]) in (2, 4):
                return self._numeric_date(i, i + 1, parts)
            return None
        year = _is_year(w)
        nxt = d.at[i + 1]
        if year is not None and nxt not in lx.NOT_AFTER_YEAR:
            return self._year(i, year)
        # 31/12/2027, 6/30/2027, 2027-06-30 (year first handled in _year), 6/30
        if nxt in ("/", "-", ".") and d.glued[i + 1] and d.glued[i + 2]:
            b = d.at[i + 2]
            if b.isdecimal() and len(b) <= 2 and len(w) <= 2:
                if (
                    d.at[i + 3] == nxt
                    and d.glued[i + 3]
                    and d.glued[i + 4]
                    and d.at[i + 4].isdecimal()
                ):
                    return self._numeric_date(i, i + 5, [w, b, d.at[i + 4]])
                if nxt == "/":
                    return self._numeric_date(i, i + 3, [w, b])
            if nxt == "/" and _is_year(b) and w.isdecimal() and 1 <= int(w) <= 12:
                y = _is_year(b) or 0  # "12/2027": a month and a year
                return _resolve(d, i, i + 3, date(y, int(w), 1), _month_end(y, int(w)))
        k = i + 2 if nxt == "of" else i + 1
        if d.at[k] in lx.MONTHS:  # "30 June", "the 30th of June"
            day = _day_of(d, w)
            if day is not None:
                return self._month(k, d.at[k], (day, i))
        clock = self._clock(i, w)
        if clock is not None:
            return clock
        num = _number_at(d, i)
        if num is not None and d.at[num[1]] == "consecutive":
            begin = _run_bounds(d, i)
            end = _counted_run(d, num[1] + 1) if begin >= 0 else 0
            if end:
                return _Time("event", begin, end)  # "for 30 consecutive shifts"
        if num is not None and num[2] and d.at[i - 1] == "the" and d.at[i - 2] in lx.DAY_PREPS:
            return self._day_of_month(i, num[0])
        if num is not None and num[2] and d.at[i - 1] in ("by", "before", "until", "till"):
            t = self._day_of_month(i, num[0])  # "by 12th": the article dropped, as notes do
            return t._replace(i=i - 1) if t is not None else None
        if num is None or num[2]:
            return None
        glued = unit_at(d, i)
        if glued:  # "in 30d", "within 48h"
            return self._duration(i, num[0], i, glued)
        if d.at[num[1]] in ("-", "–") and d.glued[num[1]] and d.at[num[1] + 2] in lx.DURATION_UNITS:
            upper = _number_at(d, num[1] + 1)  # "within 2-3 weeks": the later end bounds it
            if upper is not None and not upper[2]:
                return self._duration(i, upper[0], upper[1])
        return self._duration(i, num[0], num[1])

    def _word_number(self, i: int) -> _Time | None:
        d = self.d
        w = d.low[i]
        if w in ("a", "an") and d.at[i + 1] in ("few", "couple"):
            return _vague_span(d, i, i + 1)  # "in a few months", "within a couple of weeks"
        if w in ("a", "an") and d.at[i - 1] == "by" and d.at[i + 1] in lx.FRACTIONS:
            return None  # "cut sick days by a quarter": a fraction, not a period
        if (
            w in ("a", "an")
            and d.at[i + 1] in ("hour", "minute")
            and d.at[i - 1] in ("within", "in")
        ):
            return self._duration(i, 1.0, i + 1)  # "reply within an hour"
        if w in ("a", "an") and d.at[i + 1] in lx.DURATION_UNITS:
            t = self._duration(i, 1.0, i + 1)
            if t is not None:
                return t
            prev = d.at[i - 1]
            if (
                i > 0
                and d.at[i + 1] in ("day", "week", "fortnight", "month", "year", "quarter", "night")
                and prev not in lx.PREPOSITIONS
                and prev not in lx.DETERMINERS_DEFINITE
                and (
                    prev[:1].isdecimal()
                    or prev.endswith("s")
                    or lemma(prev) not in lx.VERBS
                    or prev in lx.SHORT_UNITS
                    # "read a book a month", "one non-essential meeting a week": a noun
                    or any(
                        d.at[m] in ("a", "an", "one") or d.at[m][:1].isdecimal()
                        for m in range(i - 5, i - 1)
                    )
                )
                and d.at[i + 2] not in ("off", "of", "or")
            ):
                # "2 liters of water a day", "three calls a month": a rate
                unit = lx.DURATION_UNITS[d.at[i + 1]]
                return self._cadence(i, i + 2, 1.0, unit, explicit=False)
            return None
        if (
            w in ("a", "an")
            and d.at[i + 1] in lx.CADENCE_NOUNS
            and (
                d.at[i - 1][:1].isdecimal()
                or d.at[i - 1].endswith("s")
                # "8 hours of sleep a night": a figure just before says what recurs
                or any(d.at[m][:1].isdecimal() for m in range(max(0, i - 5), i - 1))
            )
            and d.at[i - 1] not in lx.PREPOSITIONS
            and d.at[i + 2] not in ("off", "of", "or")
        ):
            # "7 hours a night", "two huddles a shift": a rate per any recurring occasion
            return self._cadence(i, i + 2, 1.0, d.at[i + 1], explicit=False)
        num = _number_at(d, i)
        if num is None:
            return None
        if d.at[num[1]] in lx.PER_PERIOD_NOUNS and d.at[num[1]] not in lx.DURATION_UNITS:
            return self._times(i, num[1] + 1, num[0])
        return self._duration(i, num[0], num[1])

    def _clock(self, i: int, w: str) -> _Time | None:
        d = self.d
        parsed = d.digits(w)
        if parsed is None:
            return None
        value, suffix = parsed
        end = i + 1
        if suffix not in ("am", "pm") and (
            d.at[i + 1] == ":"
            and d.glued[i + 1]
            and len(d.at[i + 2]) == 2
            and d.at[i + 2].isdecimal()
            and d.glued[i + 2]
        ):
            end = i + 3
            if d.at[end] in ("am", "pm", "a.m", "p.m"):
                end += 1
        elif suffix not in ("am", "pm"):
            if suffix or d.at[i + 1] not in ("am", "pm", "a.m", "p.m", "o'clock"):
                return None
            end = i + 2
        if not 0 <= value <= 24:
            return None
        self.cadence_q.append(QuantityFact(value, "o'clock", "clock", d.span(i, end)))
        around = d.low[max(0, i - 5) : i] + d.low[end : end + 4]
        recurring = any(w in ("every", "each", "daily") or w in lx.WEEKDAYS_PLURAL for w in around)
        if d.at[i - 1] in ("by", "before", "until") and not recurring:
            # "send it by 3pm": a deadline today, or on the day named next ("by 5pm Friday");
            # "every Friday before 3 pm" is a time of day, each time.
            day = self._day_after(end) or (d.as_of, end)
            return _Time("end", i - 1, day[1], day[0], day[0], 1)
        return _Time("clock", i, end)

    def _duration(self, i: int, count: float, j: int, unit_w: str | None = None) -> _Time | None:
        """'within 6 weeks', 'for the next 3 months', 'in 90 days', '3 times a week'.

        ``j`` is the unit's token; a unit written onto the number ("48h") is passed as
        ``unit_w`` with ``j`` the number's own token.
        """
        d = self.d
        if unit_w is None:
            if d.at[j] in lx.DAY_KINDS and (
                d.at[j + 1] in lx.DURATION_UNITS or d.at[j + 1] in lx.SHORT_UNITS
            ):
                j += 1  # "within 10 school days", "one business day", "4 working hours"
            unit_w = d.at[j]
        if unit_w in lx.PER_PERIOD_NOUNS and unit_w not in lx.DURATION_UNITS:
            return self._times(i, j + 1, count)
        if d.glued[j] and d.at[j - 1] == "-":
            return None
        if unit_w in lx.DURATION_UNITS:
            unit = lx.DURATION_UNITS[unit_w]
        elif unit_w in lx.SHORT_UNITS and d.at[i - 1] in ("within", "in"):
            # "within 48 hours", "within 60 seconds": a standard each occurrence must meet
            # (a goal's own deadline is days away at least); "for 2 hours" is an amount.
            tail = j + 1
            short = lx.SHORT_UNITS[unit_w]
            self.cadence_q.append(QuantityFact(count, short, "duration", d.span(i, tail)))
            return _Time("event", i - 1, tail)
        else:
            return None
        after = d.at[j + 1]
        # "three days a week" is a frequency; "for one day each month" an amount per period.
        if after in ("each", "every", "per", "a", "an") and (
            d.at[j + 2] in lx.DURATION_UNITS or d.at[j + 2] in lx.CADENCE_NOUNS
        ):
            if unit_w in lx.PER_PERIOD_NOUNS and d.at[i - 1] != "for":
                return self._times(i, j + 1, count)
            return None
        if after == "of" and d.at[i - 1] == "within" and d.at[j + 2] in lx.DETERMINERS_DEFINITE:
            # "within 10 working days of the deadline": counted from an event, any event
            return _Time("event", i - 1, j + 1)
        if (after in ("ago", "old", "experience") or (after == "'" and d.at[j + 2] != "time")) or (
            after == "of" and d.at[j + 2] in lx.DET_OR_WORK
        ):
            return None  # "3 years ago", "2 years of experience", "2 years' experience"
        k = i - 1
        lead = False
        anchored = False
        while k >= 0 and d.low[k] in lx.WINDOW_LEAD:
            if d.low[k] in ("next", "coming", "following", "upcoming"):
                anchored = True
            lead = True
            k -= 1
        prep = d.at[k]
        if "first" in d.low[k + 1 : i] and prep not in lx.WINDOW_PREPS:
            return None  # "my first 90 days" with nothing bounding it
        begin = k if prep in lx.WINDOW_PREPS else k + 1
        tail = j + 1
        if (after == "from" and d.at[j + 2] in ("now", "today")) or (
            after == "'" and d.at[j + 2] in ("time",)
        ):
            tail, anchored = j + 3, True
        elif after in ("time", "time's"):
            tail, anchored = j + 2, True
        if prep in lx.WINDOW_PREPS or lead or anchored:
            if prep == "for" and count == 1 and unit == "day" and not lead:
                return None  # "shadow the CFO for a day": how long, not by when
            if prep == "within" and unit == "day" and count <= 7 and _per_occurrence(d, i):
                # "answer 95% of tickets within one business day": each one, not by a date,
                # and a standard each must meet, as "within 48 hours" is
                self.cadence_q.append(QuantityFact(count, "days", "duration", d.span(i, tail)))
                return _Time("event", begin, tail)
            if d.low[0] in ("after", "following", "once", "when") and "," in d.low[1:i]:
                # "After the offsite, write it up within a week": counted from the event.
                return _Time("event", begin, tail)
            if _in_indirect_question(d, begin):
                # "think about where I want to be in five years": part of what is asked, so
                # neither a time frame nor a figure of the goal.
                return _Time("context", begin, tail)
            if after in lx.EVENT_AFTER and tail == j + 1:
                nxt = d.at[j + 2]
                if nxt in lx.WEEKDAYS_PLURAL:
                    pass  # "over six months of weekends": a window made of them
                elif nxt not in lx.MONTHS and not _is_year(nxt):
                    # "within two weeks after the event": relative to an event.
                    return _Time("event", begin, j + 1)
            if lead and prep not in lx.WINDOW_PREPS:
                begin = k + 1
            return self._window(begin, tail, unit, count, anchored or prep == "within")
        # Terse notes: "AWS cert, 3 months".
        before = d.at[i - 1]
        if (
            unit in ("week", "month", "quarter", "year")
            and (i == 0 or before in (",", ";", ":", "-", "(", "–"))
            and (tail >= d.n or d.at[tail] in (".", ",", ";", ")", "!", ""))
        ):
            return self._window(i, tail, unit, count, True)
        return None


def _window_of(d: _Doc, i: int) -> bool:
    """ "within 7 days of every trip": "of" after a window ties it to each occurrence."""
    return i >= 2 and d.at[i - 1] == "of" and bool(d.used[i - 2])


def _in_indirect_question(d: _Doc, begin: int) -> bool:
    """Is the time at ``begin`` inside "where I want to be ...", "what we would see ..."?"""
    for k in range(max(0, begin - 6), begin):
        if (
            d.low[k] in lx.INDIRECT_QUESTION_WORDS
            and d.at[k + 1] in ("i", "we", "i'd", "we'd")
            and d.at[k + 2] in ("want", "would", "see", "be", "'d", "hope")
        ):
            return True
    return False


def _per_occurrence(d: _Doc, i: int) -> bool:
    """Is the clause before ``i`` about each of many: "every", "all", "each", "95% of"?"""
    for k in range(i - 1, max(-1, i - 14), -1):
        w = d.low[k]
        if w in (".", ";", "!", "?"):
            return False
        if w in ("every", "each", "all", "any") or (w == "%" and d.at[k + 1] == "of"):
            return True
    return False
