"""Counted times: durations and windows ("within 6 weeks"), clock times, counts per period
("3 times a week") and the numbers that start a date."""

from __future__ import annotations

from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.count_context import (
    _DETERMINERS_ONLY,
    _HALF_PERIODS,
    _LENGTH_DETERMINERS,
    _RATE_WORDS,
    _SPAN_FROM_AN_EVENT,
    _SPAN_PREPS,
    _WINDOW_NOUNS,
    _after_an_event,
    _clock_names_a_fixture,
    _ends_a_deadline,
    _from_a_state,
    _in_indirect_question,
    _lead_time_end,
    _meridiem,
    _names_an_event,
    _per_occurrence,
    _spent,
)
from careerkit._smart.text.date_context import _counted_run, _np_head, _run_bounds, _vague_span
from careerkit._smart.text.events import _Events
from careerkit._smart.text.facts import QuantityFact, _Time
from careerkit._smart.text.numbers import _day_of, _is_year, _number_at, unit_at
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.periods import _add, _context, _month_end, _resolve
from careerkit._smart.text.relative import _Relative
from careerkit._smart.text.tokens import _Doc, lemma


def _pay_of_a_thing(d: _Doc, i: int) -> bool:
    """Is the sum of money before the "a" at ``i`` ("£40k a year", "£60 a session") what a
    thing pays or costs, after a preposition or a word of paying ("a role on £40k", "work at
    £500", "a job paying £40k", "a flat for £900"), not an amount the goal's verb moves ("pay
    off the loan at £300 a month", "repay the debt of £200 a month")?"""
    k = i - 2 if d.at[i - 1][:1].isdecimal() else i - 1
    if d.at[k] not in lx.CURRENCY_SYMBOLS:
        return False
    lead = d.at[k - 1]
    if lead in _PAYING:
        return True
    return lead in _PRICE_PREPOSITIONS and not _moves_money(d, k - 1)


def _moves_money(d: _Doc, k: int) -> bool:
    """Is a verb that moves money ("pay", "repay", "invest", "save") earlier in the clause
    than the word at ``k``? A sum after its preposition is then what that verb moves."""
    for m in range(k - 1, max(-1, k - 9), -1):
        w = d.low[m]
        if not w[:1].isalnum() or w in lx.CONJUNCTIONS:
            return False
        if lemma(w) in _MONEY_MOVERS:
            return True
    return False


# Words before a sum of money that make it a pay or a price: "paying £15", "worth £3,000";
# and prepositions that do unless the clause's verb moves the sum: "on £40k", "at £500".
_PAYING = frozenset({"worth", "paying", "pays", "paid", "costing", "costs"})
_PRICE_PREPOSITIONS = frozenset({"on", "at", "for", "of"})
# "make" is left out: "make partner on £90k" names a role's pay.
_MONEY_MOVERS = (lx.MONEY_VERBS - {"make"}) | {"repay", "contribute", "deposit", "put"}


class _Counts(_Relative, _Events):
    """Times read from a number or a count word (mixed into the scan)."""

    def _cadence(
        self, i: int, j: int, count: float, unit: str, *, explicit: bool, every: float = 1.0
    ) -> _Time:
        per = unit if every == 1 else f"{every:g} {unit}s"
        self.cadence_q.append(
            QuantityFact(count, f"per {per}", "frequency", self.d.span(i, j), explicit=explicit)
        )
        return _Time("cadence", i, j)

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
            if unit_w == "half" and (
                d.at[k + 1] in _HALF_PERIODS
                or (d.at[k + 1] == "-" and d.at[k + 2] in _HALF_PERIODS)
            ):
                # "once a half term", "once a half-year": ``k`` ends on "term" or "year"
                k += 2 if d.at[k + 1] == "-" else 1
                unit = "half year" if d.at[k] == "year" else "half term"
                return self._cadence(i, k + 1, count, unit, explicit=True, every=every)
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
                if d.at[i + 3] in lx.MONTHS and (last := _day_of(d, b)) is not None:
                    # "16-17 January": a range of days, ending on its last, whose preposition
                    # stands before its first ("on the weekend of 16-17 January")
                    return self._month(i + 3, d.at[i + 3], (last, i))
            if nxt == "/" and (y := _is_year(b)) and w.isdecimal() and 1 <= int(w) <= 12:
                # "12/2027": a month and a year
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
        if num is not None and num[2] and d.at[i - 1] == "the" and _ends_a_deadline(d, i - 2):
            # "no later than the 7th", "prior to the 15th": a deadline said in two words
            t = self._day_of_month(i, num[0])
            return t._replace(i=i - 3) if t is not None else None
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

    def _each_window(self, i: int, j: int) -> _Time | None:
        """ "in any rolling 4-week window", "in each 12-month period": a standard held over
        every window of that length, which repeats as a cadence does; or None ("a 3-month
        course" names a thing)."""
        d = self.d
        k = i - 1
        while d.at[k] in ("rolling", "consecutive", "calendar"):
            k -= 1
        if (
            d.at[j] in lx.DURATION_UNITS
            and d.at[j + 1] in _WINDOW_NOUNS
            and d.at[k] in ("any", "each", "every")
        ):
            begin = k - 1 if d.at[k - 1] in ("in", "over", "within", "across") else k
            return _Time("cadence", begin, j + 2)
        if (
            d.at[k] in _LENGTH_DETERMINERS
            and d.at[k - 1] in _SPAN_PREPS
            and d.at[j] in lx.DURATION_UNITS
            and d.raw[j + 1 : j + 2]
            and d.raw[j + 1].isalpha()
        ):
            # "over a 12-week block", "during the 10-day trial": the goal runs through an
            # occasion of that length, whose dates the text does not give; "within the 3-month
            # budget" is a limit on a figure, not a time
            if d.at[k - 1] == "within" and d.at[_np_head(d, j + 1)] in lx.PERIOD_TARGETS:
                return None
            return _Time("event", k - 1, max(_np_end(d, j + 1, min(d.n, j + 4)), j + 2))
        return None

    def _word_number(self, i: int) -> _Time | None:
        d = self.d
        w = d.low[i]
        if w in ("a", "an") and d.at[i + 1] in ("few", "couple"):
            return _vague_span(d, i, i + 1)  # "in a few months", "within a couple of weeks"
        if (
            w in ("a", "an")
            and (d.at[i + 2], d.at[i + 3]) == ("or", "two")
            and d.at[i + 1] in lx.DURATION_UNITS
        ):
            # "in a year or two", "within a week or two": a rough span, as "a couple of
            # years" is, with no bound a reader can hold the goal to
            return _Time("vague", _context(d, i)[3], i + 4)
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
                if _pay_of_a_thing(d, i):
                    # "a job paying £40k a year", "work at £500 a day": what a thing pays or
                    # costs per period, not how often the goal is done
                    return _Time("context", i, i + 2)
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
            if d.at[i + 1] in lx.SPEED_UNITS or _pay_of_a_thing(d, i):
                # "£150 an hour", "400 units an hour": a price, a pay or a speed, which says
                # how fast or how dear, not how often the goal is done
                return _Time("context", i, i + 2)
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
            end += _meridiem(d, end)
        elif suffix not in ("am", "pm"):
            size = _meridiem(d, i + 1) or (d.at[i + 1] == "o'clock")
            if suffix or not size:
                return None
            end = i + 1 + size
        if not 0 <= value <= 24:
            return None
        return self._time_of_day(i, end, value)

    def _time_of_day(self, i: int, end: int, value: float) -> _Time:
        """A clock time at ``i``..``end``: a deadline after "by", "before", "until" (today, or
        on the day named next), else a time of day."""
        d = self.d
        if not _clock_names_a_fixture(d, i, end):
            self.cadence_q.append(QuantityFact(value, "o'clock", "clock", d.span(i, end)))
        around = d.low[max(0, i - 5) : i] + d.low[end : end + 4]
        recurring = any(w in ("every", "each", "daily") or w in lx.WEEKDAYS_PLURAL for w in around)
        if d.at[i - 1] in ("by", "before", "until") and not recurring:
            # "send it by 3pm": a deadline today, or on the day named next ("by 5pm Friday");
            # "every Friday before 3 pm" is a time of day, each time.
            day = self._day_after(end) or (d.as_of, end)
            return _Time("end", i - 1, day[1], day[0], day[0], 1)
        return _Time("clock", i, end)

    def _dated_day(self, k: int) -> tuple[date, int] | None:
        """The one calendar day written at ``k`` ("1 October 2026", "March 3rd", "the 3rd of
        March", "03/03/2027"): its date and the index after, or None for anything else (a
        month, an event)."""
        d = self.d
        w = d.at[k]
        before = d.at[k - 1]  # "after", "of", "from": the word that leads to the date
        if w == "the":
            k, w = k + 1, d.at[k + 1]
        if w in lx.MONTHS:
            t = self._month(k, w, None)
        elif d.at[k + 1] in ("/", "-", ".") and d.glued[k + 1]:
            t = self._number(k, w)  # "03/03/2027", "2027-03-03"
        else:
            day = _day_of(d, w)
            m = k + 2 if d.at[k + 1] == "of" else k + 1
            if day is None or d.at[m] not in lx.MONTHS:
                return None
            t = self._month(m, d.at[m], (day, k))
        if t is None or t.first is None or t.days != 1 or t.kind not in ("end", "start"):
            return None
        # The reading takes the word before the date as its preposition ("after 3 March" starts
        # the day after); the day itself is what the window counts from.
        if t.kind == "start" and before == "after":
            return t.first - timedelta(days=1), t.j
        return t.first, t.j

    def _month_over(self, k: int) -> tuple[date, int] | None:
        """The last day of the month named at ``k`` ("October", "the end of March", "June
        2027") and the index after it, or None: what a window counted from a month counts
        from."""
        d = self.d
        if d.at[k] == "the" and d.at[k + 1] in ("end", "close") and d.at[k + 2] == "of":
            k += 3
        w = d.at[k]
        if w not in lx.MONTHS:
            return None
        t = self._month(k, w, None)
        if t is None or t.last is None or t.kind != "end" or t.days < 28:
            return None  # a day of the month, or a start: read as they are
        return t.last, t.j

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
        elif (
            unit_w in ("hour", "hours", "hr", "hrs", "h")
            and d.at[i - 1] in ("next", "coming")
            and d.at[i - 2] == "the"
            and d.at[i - 3] in lx.WINDOW_PREPS
        ):
            # "in the next 48 hours": counted from now, so the goal's own window; hours past
            # a day end on the day they run out
            days = round(count / 24)
            return self._window(i - 3, j + 1, "day", float(days), True)
        elif unit_w in lx.SHORT_UNITS and d.at[i - 1] in ("within", "in", "inside"):
            # "within 48 hours", "within 60 seconds": a standard each occurrence must meet
            # (a goal's own deadline is days away at least); "for 2 hours" is an amount.
            tail = j + 1
            short = lx.SHORT_UNITS[unit_w]
            self.cadence_q.append(QuantityFact(count, short, "duration", d.span(i, tail)))
            return _Time("event", i - 1, tail)
        elif unit_w in lx.SHORT_UNITS and (lag := _lead_time_end(d, j + 1)):
            return _Time("event", i, lag)  # "48 hours beforehand"
        elif (
            unit_w in lx.SHORT_UNITS
            and d.at[j + 1] in _SPAN_FROM_AN_EVENT
            and _names_an_event(d, j + 2)
            and not _spent(d, i)
        ):
            # "48 hours after surgery": as "2 weeks after launch", counted from the event
            short = lx.SHORT_UNITS[unit_w]
            self.cadence_q.append(QuantityFact(count, short, "duration", d.span(i, j + 1)))
            return _Time("event", i, j + 1)
        elif (
            unit_w in lx.OCCASION_DAYS
            and count == 1
            and d.at[i - 1] in ("within", "in", "over")
            and d.at[j + 1] not in _RATE_WORDS
        ):
            # "in one afternoon", "over a single weekend": a window of known length on a day
            # the text does not give; time-bound, with no date to resolve
            return _Time("event", i - 1, j + 1)
        elif unit_w in lx.UNDATED_PERIOD_FORMS and d.at[i - 1] in ("within", "in", "over"):
            # "in one season", "within two terms": a bounded window of periods whose dates
            # and length the text does not give; time-bound, with no date to resolve
            return _Time("event", i - 1, j + 1)
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
        # The day a window counts from ("within 2 weeks of 1 October", "within 2 weeks of the
        # end of March"), read once when needed.
        dated = None
        if after == "of" and d.at[j + 2] in lx.DET_OR_WORK:
            # "within 5 days of the 20th of April", "... of the end of March" are dated
            dated = self._dated_day(j + 2) or self._month_over(j + 2)
            if dated is None:
                if d.at[i - 1] == "within" and d.at[j + 2] in lx.DETERMINERS_DEFINITE:
                    # "within 10 working days of the deadline": counted from an event, any event
                    return _Time("event", i - 1, j + 1)
                return None  # "10 weeks of the year", "3 years of work": a part, no window
        if after in ("ago", "old", "olds", "experience") or (
            after == "'" and d.at[j + 2] != "time"
        ):
            return None  # "3 years ago", "2 years' experience"
        k = i - 1
        lead = False
        anchored = False
        while k >= 0 and d.low[k] in lx.WINDOW_LEAD:
            if d.low[k] in ("next", "coming", "following", "upcoming"):
                anchored = True
            lead = True
            k -= 1
        limit = k
        while limit > 0 and d.low[limit] in lx.WINDOW_LIMITS:
            limit -= 1  # "in under two months", "within no more than 6 weeks"
        if limit < k and d.at[limit] in lx.WINDOW_PREPS:
            k = limit
        prep = d.at[k]
        if prep == "inside":
            prep = "within"  # "inside 8 months"
        if prep == "within" and k > 0 and d.at[k - 1] == "to":
            # "predict the quake to within a week", "forecast to within 5 days": how close the
            # result must come, a tolerance, not when the goal ends
            return _Time("context", k - 1, j + 1)
        if "first" in d.low[k + 1 : i] and prep not in lx.WINDOW_PREPS:
            if prep == "of" and d.at[k - 1] in ("end", "close"):
                # "by the end of my first 90 days": counted from a start the text does not
                # date, as "in my first 90 days" is
                return _Time("event", _context(d, k - 1)[3], j + 1)
            return None  # "my first 90 days" with nothing bounding it
        if (
            lead
            and not anchored
            and prep not in lx.WINDOW_PREPS
            and prep[:1].isalpha()
            and _DETERMINERS_ONLY.issuperset(d.low[k + 1 : i])
        ):
            return None  # "log the 365 days needed", "serve my 90 days": what is done, an amount
        begin = k if prep in lx.WINDOW_PREPS else k + 1
        tail = j + 1
        if after == "from" and unit in ("day", "week", "fortnight", "month"):
            day = self._day_after(j + 2)  # "two weeks from Friday": counted from that day
            if day is not None and d.at[j + 2] not in ("today", "tonight"):
                end = _add(day[0], unit, count)[0]
                return _Time("end", begin, day[1], day[0], end, (end - day[0]).days + 1)
        if (after in ("after", "from") or (after == "of" and prep == "within")) and (
            prep in ("within", "in") or prep not in lx.WINDOW_PREPS
        ):
            # "within 2 weeks of 1 October", "10 days after 3 March 2027": a window counted
            # from a dated day ends that long after it, not on it
            # "within 2 weeks of October", "10 days after the end of March": a window counted
            # from a named month starts when the month is over
            if dated is None:
                dated = self._dated_day(j + 2) or self._month_over(j + 2)
            if dated is not None:
                try:
                    end = _add(dated[0], unit, count)[0]
                except (ValueError, OverflowError):
                    return _Time("impossible", begin, dated[1])
                return _Time("end", begin, dated[1], dated[0], end, (end - dated[0]).days + 1)
        if (
            after == "from"
            and d.at[j + 2] in ("now", "today")
            and not (
                d.at[j + 3] in lx.ONWARD_WORDS
                and d.at[j + 4] not in lx.WEEKDAYS
                and d.at[j + 4] not in lx.MONTHS
                and not d.at[j + 4][:1].isdecimal()
            )
        ) or (after == "'" and d.at[j + 2] in ("time",)):
            # "a week from now" ends then; "30 calls a day from now on" starts now, and goes on
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
            if _after_an_event(d, i):
                # "After the offsite, write it up within a week", "Upon my return from leave,
                # meet ... within two weeks": counted from the event.
                return _Time("event", begin, tail)
            if (
                "first" in d.low[k + 1 : i]
                and after != "of"
                and prep != "for"
                and lx.START_PREPOSITIONS.isdisjoint(d.low[j + 1 : j + 3])
            ):
                # "in my first 100 days in post": counted from a start the text does not date
                # ("their first 90 days starting in February" dates it)
                return _Time("event", begin, tail)
            if _in_indirect_question(d, begin):
                # "think about where I want to be in five years": part of what is asked, so
                # neither a time frame nor a figure of the goal.
                return _Time("context", begin, tail)
            if after in lx.EVENT_AFTER and tail == j + 1 and not _from_a_state(d, j + 1):
                nxt = d.at[j + 2]
                if nxt in lx.WEEKDAYS_PLURAL:
                    pass  # "over six months of weekends": a window made of them
                elif nxt not in lx.MONTHS and not _is_year(nxt):
                    # "within two weeks after the event": relative to an event.
                    return _Time("event", begin, j + 1)
            if lead and prep not in lx.WINDOW_PREPS:
                begin = k + 1
            return self._window(begin, tail, unit, count, anchored or prep == "within")
        lag = _lead_time_end(d, j + 1)
        if lag:
            # "circulate the papers 5 days beforehand", "book venues three months ahead": a time
            # before or after each occasion of an event, which the text does not date
            return _Time("event", i, lag)
        if after in _SPAN_FROM_AN_EVENT and _names_an_event(d, j + 2) and not _spent(d, i):
            # "one month after the plan goes live", "2 weeks after launch", "3 days before
            # each board meeting": a span counted from an event, whose date the text omits;
            # the length is a lead time the goal sets, a figure as "within 48 hours" is
            self.cadence_q.append(QuantityFact(count, f"{unit}s", "duration", d.span(i, j + 1)))
            return _Time("event", i, j + 1)
        # Terse notes: "AWS cert, 3 months".
        before = d.at[i - 1]
        if (
            unit in ("week", "month", "quarter", "year")
            and (i == 0 or before in (",", ";", ":", "-", "(", "–"))
            and (tail >= d.n or d.at[tail] in (".", ",", ";", ")", "!", ""))
        ):
            return self._window(i, tail, unit, count, True)
        return None
