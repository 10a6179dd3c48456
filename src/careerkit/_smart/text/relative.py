"""Periods named in words: this week, next fiscal year, the end of the month, the first half
of 2027, next summer."""

from __future__ import annotations

from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.date_context import _eventlike, _undated, _vague_span
from careerkit._smart.text.dates import _Dates
from careerkit._smart.text.facts import QuantityFact, _Time
from careerkit._smart.text.numbers import _fy_token, _is_year, _number_at, _year_after
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.occasion_words import (
    _BREAKS,
    _holiday,
    picks_next,
    picks_no_occasion,
)
from careerkit._smart.text.periods import (
    _add,
    _context,
    _fiscal_year_of,
    _month_end,
    _months_later,
    _period_of,
    _resolve,
    _safe_date,
    noun_after_time,
)
from careerkit._smart.text.tense import CLAUSE_STOPS
from careerkit._smart.text.tokens import _Doc, lemma

# The periods of a calendar of its own a season may name: "the summer term", "the spring
# session" (of exams, of a parliament), "the autumn lambing season".
_SEASONS_PERIODS = lx.UNDATED_PERIODS | {"session"}
# What a session of its own calendar sits for: "the summer exam session"; "the summer
# training session" is one meeting, in the season.
_SITTINGS = frozenset(
    {"exam", "exams", "examination", "resit", "resits", "parliamentary", "sitting", "assessment"}
)
# Prepositions that make a period of a calendar of its own the goal's time: a time preposition,
# or "for" ("for the autumn term": the period the goal is for).
_PERIOD_PREPS = lx.TIME_PHRASE_PREPS | {"for"}


# Prepositions of a span of time: "in the month ahead", "over the year ahead".
_SPAN_PREPS = frozenset({"in", "over", "within", "during", "for", "throughout", "across"})


# Words that open a deadline or a day after "for the week ahead" ("by Friday", "on 5 December").
_DEADLINE_OPENERS = lx.DEADLINE_WORDS - {"prior"}


def _dated_after(d: _Doc, k: int) -> bool:
    """Does a deadline word or a date follow at ``k`` in the clause ("for the year ahead by
    December", "for the month ahead on 5 December")?"""
    for m in range(k, min(d.n, k + 6)):
        w = d.low[m]
        if w in CLAUSE_STOPS:
            return False
        if w in _DEADLINE_OPENERS or w in lx.MONTHS:
            return True
        if w == "on" and (d.at[m + 1] in lx.WEEKDAYS or d.at[m + 1][:1].isdecimal()):
            return True
    return False


class _Relative(_Dates):
    """Periods said relative to today or by their place in a year (mixed into the scan)."""

    def _relative(self, i: int, w: str) -> _Time | None:
        """this week, next month, the coming quarter, next fiscal year, next summer."""
        d = self.d
        j = i + 1
        nxt = d.at[j]
        as_of = d.as_of
        step = 0 if w in ("this", "current") else 1
        unit = lx.DURATION_UNITS.get(d.at[j + 2], "")
        if (w, nxt, d.at[j + 1]) == ("this", "time", "next") and unit in ("week", "month", "year"):
            day = _add(as_of, unit, 1.0)[0]  # "by this time next year": a year from today
            return _resolve(d, i, j + 3, day, day)
        if nxt == "year" and w in ("this", "next", "current"):
            # "this year, 2027", "next year, 2028": the year written after it says which
            y = j + 2 if d.at[j + 1] == "," else j + 1
            year = _is_year(d.at[y])
            if year is not None:
                first, last = date(year, 1, 1), date(year, 12, 31)
                return _resolve(d, i, y + 1, first, last)
        fiscal = False
        if nxt in lx.FISCAL_WORDS and d.at[j + 1] == "year":
            fiscal, j, nxt = True, j + 1, "year"
        if nxt in lx.SEASONS:
            return self._season(j, nxt, step)
        if nxt in lx.VAGUE_QUANTIFIERS and w in ("next", "coming", "following"):
            return _vague_span(d, i, j)  # "within the next few weeks": no bound given
        if nxt in lx.DATED_HOLIDAYS:
            # "by next Christmas", "this Easter": the coming one
            day = _holiday(nxt, as_of.year)
            if day < as_of:
                day = _holiday(nxt, as_of.year + 1)
            return _Time("end", _context(d, i)[3], j + 1, day, day, 1)
        if nxt in lx.WEEKDAYS:
            return None  # handled at the weekday
        if nxt == "time" and w == "next" and d.at[j + 1] != "-":
            # "bring them next time", "by the next time we meet": the next session or
            # meeting, an occasion the text does not date
            return _Time("event", _context(d, i)[3], j + 1)
        num = _number_at(d, j) if w == "next" else None
        if num is not None and not num[2]:
            what = d.at[num[1]]
            if (
                what.isalpha()
                and what.endswith("s")
                and what not in lx.DURATION_UNITS
                and what not in lx.SHORT_UNITS
                and what not in lx.PERIOD_WORDS
                and d.at[i - 1] in ("the", "my", "our")
                and d.at[i - 2] in ("of", "in", "over", "across", "for", "during")
            ):
                # "win 4 of the next 10 bids": bounded by occasions the text does not date
                return _Time("event", i - 1 if d.at[i - 2] == "of" else i - 2, num[1] + 1)
        if (
            nxt in ("fortnight", "sprint")
            and w in ("next", "coming")
            and d.at[i - 1] == "the"
            and d.at[i - 2] in lx.WINDOW_PREPS
        ):
            # "in the next fortnight": a window of one, as no calendar period has that name
            return self._window(_context(d, i)[3], j + 1, lx.DURATION_UNITS[nxt], 1.0, True)
        if nxt not in lx.PERIOD_WORDS and nxt not in ("weekend",):
            if nxt in lx.CALENDAR_KINDS and d.at[j + 1] == "year" and w != "following":
                return _Time("event", _context(d, i)[3], j + 2)  # "this academic year"
            if nxt in lx.UNDATED_PERIODS and w != "following":
                # "next term", "this season", "next sprint": bounded, on dates the text omits
                return _undated(d, i, j + 1)
            if (
                d.at[j + 1] in lx.UNDATED_PERIODS
                and w != "following"
                and d.raw[j].isalpha()
                and nxt not in lx.DETERMINERS
                and d.at[j + 2] not in ("-", "'s")  # "next season's kit", "term-time"
            ):
                # "the next lambing season", "this fishing season", "next night shift": the
                # same period, named by what it is for
                return _undated(d, i, j + 2)
            # "the next performance review", "before my next appraisal": bounded by an event
            # An event by its ending too: "at the next inspection", "before my next renewal";
            # a hyphenated compound is one word: "by my next check-up".
            if (nxt, d.at[j + 1], d.at[j + 2]) == ("1", ":", "1"):
                nxt, j = "1:1", j + 2  # "at our next 1:1"
            compound = d.after_hyphen(j + 2)
            if w == "next" and compound and _eventlike(f"{nxt}-{d.at[j + 2]}"):
                nxt, j = f"{nxt}-{d.at[j + 2]}", j + 2
            head_at = _np_end(d, j, min(d.n, j + 4)) - 1  # "the next mystery shopper visit"
            if w == "next" and (
                _eventlike(nxt) or _eventlike(d.at[j + 1]) or _eventlike(d.at[head_at])
            ):
                # The head names the occasion: "the next regional meeting", not "regional".
                end = (
                    head_at + 1
                    if head_at > j and _eventlike(d.at[head_at])
                    else j + 1
                    if _eventlike(nxt)
                    else j + 2
                    if _eventlike(d.at[j + 1])
                    else head_at + 1
                )
                k = i - 1 if d.at[i - 1] in lx.POSSESSIVES else i
                prep, prep2, _, begin = _context(d, k)
                if (
                    prep in lx.EVENT_DEADLINE_PREPS
                    or (prep, prep2) in (("to", "prior"), ("of", "ahead"))
                    or (prep == ":" and prep2 in lx.DEADLINE_LABELS)  # "Deadline: next review"
                ):
                    return _Time("event", begin, end)
            elif (
                w == "next"
                and d.at[i - 1] in lx.POSSESSIVES
                and d.at[i - 2] == "at"
                and picks_next(d, i)  # not "at the next March": a month, read as one
                and head_at >= j
                and d.raw[head_at].isalpha()
                and not picks_no_occasion(d, i - 2, head_at)
            ):
                # "at the next Games", "at our next open mic": "next" picks the coming one of
                # a run of occasions, whatever they are called
                return _Time("event", i - 2, head_at + 1)
            return None
        if fiscal and not d.fy_known:
            return _undated(d, i, j + 1)  # "next financial year"
        first, last = _period_of(as_of, nxt, step, d.fy_start, fiscal)
        if step == 0 and (d.at[j + 1], d.at[j + 2]) == ("and", "next"):
            # "this year and next": to the end of the next one
            last = _period_of(as_of, nxt, 1, d.fy_start, fiscal)[1]
            j += 3 if d.at[j + 3] in (nxt, nxt + "s") else 2
        over = w == "next" and (
            d.at[i - 2] in ("over", "within", "during", "throughout")
            or (d.at[i - 2] == "for" and d.at[j + 1] != "of")  # not "for the next year of fees"
        )
        if (w in ("coming", "following") or over) and d.at[i - 1] == "the":
            # "in the coming year", "over the next year": a window of one unit from now, as
            # "for the next year" is, which says how long the goal runs ("for the next 6
            # weeks"); "in the next month" may be the calendar's, as "next month" is.
            unit = lx.DURATION_UNITS.get(nxt, "week")
            return self._window(_context(d, i)[3], j + 1, unit, 1.0, True)
        return _resolve(d, i, j + 1, first, last)

    def _the_period(self, i: int, w: str) -> _Time | None:
        """'the end of the year', 'by the end of the month', 'year-end', 'the rest of the year'."""
        d = self.d
        prev = d.at[i - 1]
        nxt = d.at[i + 1]
        if (
            nxt == "ahead"
            and prev == "the"
            and d.at[i - 2] in _SPAN_PREPS
            and not (d.at[i - 2] == "for" and _dated_after(d, i + 2))
        ):
            # "in the month ahead", "over the year ahead": one unit counted from today, as
            # "over the coming year" is; "the plan for the year ahead by December" is the
            # period the thing is for, and the deadline after it the goal's time
            unit = lx.DURATION_UNITS.get(w, "week")
            return self._window(_context(d, i)[3], i + 2, unit, 1.0, True)
        if (
            w == "year"
            and nxt.isdecimal()
            and len(nxt) <= 2
            and d.at[i - 2] != "of"  # "by the end of the year 10 new nurses": the calendar's
            and d.at[i + 2] not in lx.DURATION_UNITS  # "the year 10 weeks early"
        ):
            # "the Year 6 class", "all Year 11 pupils": a school year group (or a course's
            # year) named by its number, not the calendar year under way
            return None
        if nxt == "of" and (d.at[i + 2][:1].isdecimal() or d.at[i + 2] in lx.MONTHS):
            return None  # "the weekend of 16-17 January", "the week of 7 Dec": the date says
        end_after = nxt == "-" and d.at[i + 2] == "end" and d.glued[i + 1]
        if end_after and d.at[i + 3][:1].isalpha() and d.at[i + 3] not in lx.PREPOSITIONS:
            return None  # "the month-end books": a kind of thing, not a deadline
        if end_after or (nxt == "end" and w != "weekend"):
            first, last = _period_of(d.as_of, w, 0, d.fy_start, False)
            stop = i + 3 if end_after else i + 2
            return _Time("end", _context(d, i)[3], stop, first, last, (last - first).days + 1)
        if (
            prev == "the"
            and nxt in ("after", "before", "following")
            and (d.at[i + 2] in lx.DETERMINERS_DEFINITE or d.at[i + 2] in lx.POSSESSIVES)
            and d.at[i + 3][:1].isalnum()  # "the week after my 30th birthday"
            and w != "half"
            # "for the week after my return"; not "a book about the year after the war"
            and (_context(d, i)[0] in lx.PREP_ALL or _context(d, i)[0] == "for")
        ):
            # "by the end of the week after the launch", "in the month before my exams": a
            # period counted from an occasion the text does not date
            end = max(_np_end(d, i + 3, min(d.n, i + 8)), i + 4)
            return _Time("event", _context(d, i)[3], end)
        if prev == "the" and (nxt, d.at[i + 2]) == ("after", "next") and w != "half":
            # "by the end of the year after next", "the week after next": two periods on
            first, last = _period_of(d.as_of, w, 2, d.fy_start, False)
            return _resolve(d, i, i + 3, first, last)
        if w == "year" and prev == "new" and d.at[i - 2] == "the" and d.at[i - 3] in lx.PREP_ALL:
            # "in the new year": early in the next one, on no stated date
            return _undated(d, i - 1, i + 1)
        if prev == "all" and w != "half":
            # "all year", "all month": the whole of the current one
            first, last = _period_of(d.as_of, w, 0, d.fy_start, False)
            return _Time("end", i - 1, i + 1, first, last, (last - first).days + 1)
        fiscal = prev in lx.FISCAL_WORDS and w == "year"
        undated = prev in lx.CALENDAR_KINDS and w == "year"
        k = i - 1 if fiscal or undated else i  # "the end of the fiscal year"
        if d.at[k - 1] not in ("the", "of"):
            return None
        prep, _, mods, begin = _context(d, k)
        if undated and (mods or prep in _UNDATED_YEAR_PREPS):
            return _Time("event", begin, i + 1)  # "by the end of the academic year": no dates
        if d.at[k - 1] == "of" and not mods:
            return None  # "of year" only after "end", "start", "middle": "by end of year"
        weekend = w == "weekend" and prep in ("over", "at", "during", "on")  # "over the weekend"
        if not mods and not weekend and prep not in _PERIOD_SPAN_PREPS:
            return None  # "over the year", "by the week": its span
        if fiscal and not d.fy_known:
            return _undated(d, k, i + 1)  # "by the end of the fiscal year"
        first, last = _period_of(d.as_of, w, 0, d.fy_start, fiscal)
        # "over the year" says how long, and gives way to a "by" beside it ("look back over
        # the year and write a summary by Friday")
        spanned = not mods and not weekend
        return _resolve(d, k, i + 1, first, last)._replace(i=begin, bare=spanned)

    def _ordinal_period(self, i: int, w: str) -> _Time | None:
        """'the first half of 2027', 'the second quarter', 'the last quarter of the year'."""
        d = self.d
        unit = d.at[i + 1]
        each = monthly(d, i + 2)
        if d.at[i + 2] == "of" and (
            unit == "week" or unit in lx.WEEKDAYS or (unit == "day" and each)
        ):
            part = self._part_of_month(i, lx.ORDINAL_WORDS.get(w, 0), each)
            if part is not None:
                return part
        if unit == "of" and w in lx.ORDINAL_WORDS and monthly(d, i + 1):
            return self._nth_of_the_month(i, i + 4, lx.ORDINAL_WORDS[w])  # "the first of the month"
        if unit == "of" and d.at[i + 2] in lx.MONTHS and w in lx.ORDINAL_WORDS:
            # "by the first of March": a day of that month
            return self._month(i + 2, d.at[i + 2], (lx.ORDINAL_WORDS[w], i))
        if w in lx.ORDINAL_WORDS and unit in lx.DURATION_UNITS and d.at[i - 1] in lx.PRONOUNS:
            if d.at[i - 2] in ("within", "in", "during", "over", "through"):
                # "within their first week", "in my second year": counted from someone's
                # start, on no stated date
                return _Time("event", i - 2, i + 2)
            prep, _, mods, begin = _context(d, i - 1)
            if mods and (prep in lx.END_PREPOSITIONS or prep in lx.BEFORE_PREPOSITIONS):
                # "by the end of my first month": the end of that same stretch
                return _Time("event", begin, i + 2)
        if (
            w in ("first", "last")
            and unit in lx.DURATION_UNITS
            and unit not in ("half", "quarter")
            and d.at[i + 2] == "of"
            and d.at[i + 3].isalpha()
            and d.at[i + 3] not in lx.MONTHS
            and d.at[i + 3] not in lx.POSSESSIVES
            and d.at[i + 3] not in lx.PERIOD_WORDS
        ):
            # "by the end of the first week of employment": counted from an event
            return _Time("event", _context(d, i)[3], i + 4)
        if unit not in ("half", "quarter"):
            return None
        idx = lx.ORDINAL_WORDS.get(w, 0)  # "last" is 0: the period's final part
        count = 2 if unit == "half" else 4
        if idx == 0:
            idx = count
        if idx > count:
            return None
        j = i + 2
        year: int | None = None
        fiscal = False
        if d.at[j] == "of" and unit == "half" and d.at[j + 1] in lx.MONTHS:
            # "the second half of January": days 16 to the month's end
            month = self._month(j + 1, d.at[j + 1], None)
            if month is None or month.first is None or month.last is None:
                return None
            mid = month.first.replace(day=15)
            first, last = (month.first, mid) if idx == 1 else (mid + timedelta(days=1), month.last)
            return _resolve(d, i, month.j, first, last)
        if d.at[j] == "of":
            k = j + 1
            if d.at[k] in ("the", "this", "our", "my") and (
                d.at[k + 1] == "fy" or d.at[k + 1] in lx.FISCAL_WORDS
            ):
                k += 1  # "the second half of the financial year"
            if d.at[k] == "fy" or (d.at[k] in lx.FISCAL_WORDS and d.at[k + 1] == "year"):
                fiscal = True
                k += 2 if d.at[k + 1] == "year" else 1
            ya = _year_after(d, k)
            fyv = _fy_token(d.at[k])
            if ya is not None:
                year, j = ya
            elif fyv is not None:
                year, j, fiscal = fyv, k + 1, True
            elif d.at[k] in ("the", "this", "next") and d.at[k + 1] == "year":
                year = d.as_of.year + (1 if d.at[k] == "next" else 0)
                j = k + 2
            elif fiscal:
                year, j = _fiscal_year_of(d.as_of, d.fy_start), k  # the current fiscal year
            else:
                return None  # "the second half of the book", "the first quarter of the match"
        if fiscal and not d.fy_known:
            return _undated(d, i, j)  # "the second half of FY27"
        months = 6 if unit == "half" else 3
        y = year if year is not None else d.as_of.year
        base = date(y - 1, d.fy_start, 1) if fiscal and d.fy_start != 1 else date(y, 1, 1)
        first = _months_later(base, months * (idx - 1))
        last = _months_later(first, months) - timedelta(days=1)
        if year is None and last < d.as_of:
            first, last = (
                _months_later(first, 12),
                _months_later(first, 12 + months) - timedelta(days=1),
            )
        return _resolve(d, i, j, first, last)

    def _nth_of_the_month(self, i: int, j: int, day: int) -> _Time:
        """The day ``day`` "of the month", "of each month" at ``i``..``j``: every month's, a
        cadence, or after "by" or a verb done once ("Submit the timesheet by the 1st of the
        month", "Start the new role on the first of the month") the coming one."""
        d = self.d
        if d.at[j - 2] == "the" and (d.at[i - 2] == "by" or _done_once(d, i)):
            begin = i - (d.at[i - 1] == "the")
            begin -= d.at[begin - 1] in lx.DAY_PREPS
            first = date(d.as_of.year, d.as_of.month, 1)
            for step in range(3):
                month = _months_later(first, step)
                cand = _safe_date(month.year, month.month, day)
                if cand is not None and cand >= d.as_of:
                    return _Time("end", begin, j, cand, cand, 1)
        return self._each_month(i, j)

    def _each_month(self, i: int, j: int) -> _Time:
        """The day or week of a month at ``i``..``j`` ("the 1st of the month", "the second
        Monday of each month"), which comes back every month: a cadence, once a month."""
        d = self.d
        i -= d.at[i - 1] == "the"
        i -= d.at[i - 1] in lx.DAY_PREPS  # "by the 10th of each month": quoted whole
        self.cadence_q.append(
            QuantityFact(1.0, "per month", "frequency", d.span(i, j), explicit=False)
        )
        return _Time("cadence", i, j)

    def _part_of_month(self, i: int, nth: int, each: bool | None = None) -> _Time | None:
        """ "the 2nd week of January", "the first Monday of June", "the last week of March":
        the ordinal at ``i`` (``nth``, 0 for "last") picks that week or day of the month named
        after "of", not the whole month; None when no month follows or it has no such day.
        ``each``: whether "of the month" follows, when the caller has looked already."""
        d = self.d
        unit = d.at[i + 1]
        if (
            (monthly(d, i + 2) if each is None else each)
            and nth <= 5
            and (unit in ("week", "day") or unit in lx.WEEKDAYS)
        ):
            # "on the second Monday of the month", "the 1st week of every month", "the last
            # day of the month": that day or week comes back each month, as "every month" does
            return self._each_month(i, i + 5)
        if d.at[i + 3] not in lx.MONTHS or nth > 5 or not (unit == "week" or unit in lx.WEEKDAYS):
            return None  # "the 2nd half of March", "the 3rd chapter of March": no week or day
        month = self._month(i + 3, d.at[i + 3], None)
        if month is None or month.first is None:
            return None
        part = _nth_of_month(month.first.year, month.first.month, d.at[i + 1], nth)
        if (
            part is not None
            and part[1] < d.as_of
            and not any(d.at[k][:1].isdecimal() for k in range(i + 4, month.j))
        ):
            # the month under way, with no year, whose part is gone by ("the first week of
            # November" said on 25 November): next year's
            part = _nth_of_month(month.first.year + 1, month.first.month, d.at[i + 1], nth)
        if part is None:
            return None  # "the fifth Monday of February": no such day
        return _resolve(d, i, month.j, *part)

    def _season(self, i: int, w: str, step: int | None) -> _Time | None:
        d = self.d
        m = lx.SEASONS[w]
        j = i + 1
        if d.after_hyphen(j + 1):
            return None  # "summer-proof the greenhouse": one word with the season in it
        if d.at[i - 1] == "to" and (d.at[i - 2] in lx.INTENT or d.at[i - 2] in lx.BE_FORMS):
            return None  # "I want to spring clean ...": after a wish, "to" opens a verb
        if (
            (
                d.at[j + 1] in lx.UNDATED_PERIODS
                or (d.at[j + 1] == "session" and d.at[j] in _SITTINGS)
            )
            and d.raw[j].isalpha()
            and d.raw[j].islower()
            and d.at[j] not in lx.NAMEISH_STOP
        ):
            j += 1  # "the summer conference season", "the spring lambing season", "the summer
            # exam session": named by what it is for, as "this fishing season" is
        if d.at[j] in _SEASONS_PERIODS and _year_after(d, j + 1) is not None:
            j += 1  # "in the summer exam session 2027": the season of that year
        elif d.at[j] in _SEASONS_PERIODS:
            # "this autumn term", "in the summer season", "next spring semester", "in the
            # summer session" (of exams, of a parliament, of a school): a period of a
            # calendar of its own that the season names, on dates the text omits; with no time
            # word before it, or a noun after it ("in the summer term timetable"), it names a
            # thing
            if noun_after_time(d, j + 1):
                return None
            if step is not None or _context(d, i)[0] in _PERIOD_PREPS:
                return _undated(d, i - 1 if step is not None else i, j + 1)
            return None
        if d.at[j] in _BREAKS and d.at[i - 1] in lx.POSSESSIVES:
            # "before the summer holidays": the break, on dates the text omits
            return _undated(d, i - 1, j + 1)
        if (
            d.at[i - 1] in lx.DETERMINERS_INDEFINITE
            and j < d.n
            and d.raw[j].isalpha()
            and d.raw[j].islower()
        ):
            return None  # "a summer reading challenge": a kind of thing, not a season
        ya = _year_after(d, j)
        if ya is None and d.at[j] == "of" and _is_year(d.at[j + 1]) is not None:
            ya = _year_after(d, j + 1)  # "by summer of 2028", "the spring of 2027"
        if ya is not None:
            y, j = ya
            if m == 12 and d.at[j] in ("/", "-") and d.glued[j] and _split_year_end(d, j + 1, y):
                # "winter 2026/27": the winter that starts in the first year's December
                y, j = y + 1, j + 2
        else:
            if step is None:
                prep, _, mods, _ = _context(d, i)
                # "lose weight for summer": in time for it
                if prep not in lx.PREP_ALL and prep != "for" and not mods:
                    return None
            y = d.as_of.year
        # Winter starts in December: its months are in two years, so start a year earlier.
        first = date(y - 1 if m == 12 else y, m, 1)
        if ya is None:
            # "this summer": the first one not over yet; "next summer": the first not begun.
            while (_months_later(first, 3) <= d.as_of) if not step else (first <= d.as_of):
                first = _months_later(first, 12)
        last = _months_later(first, 3) - timedelta(days=1)
        begin = i - 1 if step is not None else i
        return _resolve(d, begin, j, first, last)


def _done_once(d: _Doc, i: int) -> bool:
    """Is a verb that starts something, done once, among the words before ``i`` ("Start the
    new role on the first of the month", "join the team on the 1st of the month")?"""
    return any(lemma(d.low[k]) in _ONCE_VERBS for k in range(max(0, i - 8), i))


# Verbs of a start, which happens once: its day "of the month" is the coming one.
_ONCE_VERBS = lx.START_VERBS | {"join"}


def monthly(d: _Doc, k: int) -> bool:
    """Does "of the month", "of each month" or "of every month" start at ``k``: no month
    named, so the day or week before it is one of every month's?"""
    return d.at[k] == "of" and d.at[k + 1] in _ANY_ONE and d.at[k + 2] == "month"


# The words before "month" that name no month in particular: "of the month", "of each month".
_ANY_ONE = frozenset({"the", "each", "every"})


def _nth_of_month(year: int, month: int, unit: str, nth: int) -> tuple[date, date] | None:
    """The ``nth`` week (days 1-7, 8-14, ...) or weekday ``unit`` of a month, first and last
    day; ``nth`` 0 is the last (its last seven days, its last such weekday). None if the month
    has no such day."""
    start, end = date(year, month, 1), _month_end(year, month)
    if unit == "week":
        first = start + timedelta(days=7 * (nth - 1)) if nth else end - timedelta(days=6)
        last = min(first + timedelta(days=6), end)
    else:
        wd = lx.WEEKDAYS[unit]
        if nth:
            first = start + timedelta(days=(wd - start.weekday()) % 7 + 7 * (nth - 1))
        else:
            first = end - timedelta(days=(end.weekday() - wd) % 7)
        last = first
    return (first, last) if first <= end else None


# The prepositions that bound a goal by a year whose dates the text does not give ("by the
# end of the academic year", "across the school year"): a deadline or a stretch of time.
_UNDATED_YEAR_PREPS = frozenset(
    {"by", "until", "till", "through", "throughout", "for", "across", "over", "during"}
)


def _split_year_end(d: _Doc, k: int, y: int) -> bool:
    """Is the token at ``k`` the second year of a split year that starts in ``y`` ("27" or
    "2027" after "2026/")?"""
    w = d.at[k]
    return w.isdecimal() and (int(w) == (y + 1) % 100 if len(w) == 2 else int(w) == y + 1)


# The prepositions that bound a goal by the period under way ("by the week", "over the year");
# "during the week" is on weekdays, "in the week" some time in it, and what is "tracked across
# the quarter" is a measure taken over it.
_PERIOD_SPAN_PREPS = _UNDATED_YEAR_PREPS - {"during", "across"}
