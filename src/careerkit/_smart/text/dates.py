"""Dates and named periods: 30/06/2027, Q2 2027, FY27, June 30, next Friday, this summer."""

from __future__ import annotations

from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.date_context import (
    _PARTS_OF_DAYS,
    _bare_day,
    _far_year,
    _target_head,
    _undated,
)
from careerkit._smart.text.facts import QuantityFact, _Time
from careerkit._smart.text.numbers import _day_of, _fy_token, _is_year, _year_after, _year_slot
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.periods import (
    _add,
    _context,
    _fiscal_year_of,
    _month_end,
    _months_later,
    _next_date,
    _next_year_if_past,
    _quarter,
    _resolve,
    _safe_date,
    _year,
    noun_after_time,
)
from careerkit._smart.text.tokens import _Doc, subject_of_be

# Words before a weekday that make it the coming one: "by Friday", "from Monday", and "for
# Friday", the day the goal is done for, as "for tomorrow" and "for 3 March" are.
_DAY_OPENERS = frozenset(
    {"by", "on", "before", "until", "till", "through", "from", "starting", "for"}
)
# Words after a weekday that make it the first of a span of days ("for Monday to Friday").
_DAY_SPANS = frozenset({"to", "-", "–", "through", "thru", "and", "or"})
# The last year a calendar date can hold: a date written past it is no deadline at all.
_LAST_YEAR = date.max.year


def _year_not_read(i: int, j: int, year: int) -> _Time:
    """A date whose year is outside the years read as deadlines (1900-2199): past the last
    a calendar holds ("1 January 10000"), or one no goal means ("1 April 2300", "1/2/3000")."""
    if year > _LAST_YEAR:
        return _Time("impossible", i, j)
    return _Time("year_not_read", i, j, extra_days=year)


class _Dates:
    """Dates, years, quarters, fiscal periods and the names of days, months and seasons."""

    d: _Doc
    names: set[int]
    cadence_q: list[QuantityFact]

    def _window(self, i: int, j: int, unit: str, count: float, anchored: bool) -> _Time:
        try:
            end, days = _add(self.d.as_of, unit, count)
        except (ValueError, OverflowError):
            return _Time("impossible", i, j)  # "in 10000 years": past the last calendar date
        months = 0
        if unit in ("month", "quarter", "year", "semester"):
            months = round({"month": 1, "quarter": 3, "year": 12, "semester": 6}[unit] * count)
        return _Time(
            "window", i, j, self.d.as_of, end, days, anchored, months, 0 if months else days
        )

    def _numeric_date(self, i: int, j: int, parts: list[str]) -> _Time | None:
        d = self.d
        try:
            nums = [int(p) for p in parts]
        except ValueError:
            return None
        if len(nums) == 3:
            a, b, y = nums
            if (
                len(parts[2]) < 4
                and min(a, b) > 12
                and d.at[j][:1].isalpha()
                and d.at[j] not in lx.PREP_ALL
            ):
                return None  # "a 30-60-90 day plan": figures naming a thing, not a date
            if y < 100:
                y += 2000
            if not 1900 <= y <= 2199:
                if len(parts[2]) < 3 or a > 31 or b > 31 or min(a, b) > 12:
                    return None
                return _year_not_read(_context(d, i)[3], j, y)  # "by 31/03/10000"
        else:
            a, b = nums
            scale = parts[1]
            if scale in lx.RATING_SCALES and (
                (d.at[j] == "to" and d.at[j + 2] == "/" and d.at[j + 3] == scale)
                or (d.at[i - 1] == "to" and d.at[i - 3] == "/" and d.at[i - 2] == scale)
            ):
                return None  # "from 4/10 to 7/10": two ratings on one scale, not two dates
            if (
                scale in lx.RATING_SCALES
                and d.at[i - 1] in ("to", "at", "of")
                and int(parts[0]) <= int(scale)
            ):
                return None  # "get that to 9/10", "a score of 8/10": a rating, not a date
            # A label says "by" as well: "Deadline 20/12", "Due: 3/4".
            label = d.at[i - 2] if d.at[i - 1] == ":" else d.at[i - 1]
            if d.at[i - 1] not in lx.PREP_ALL and label not in lx.DEADLINE_LABELS:
                return None
            y = 0
        if a > 12 and b <= 12:
            dd, mm = a, b
        elif b > 12 and a <= 12:
            mm, dd = a, b
        elif d.date_order == "dmy":
            dd, mm = a, b
        else:
            mm, dd = a, b
        if y == 0:
            day = _next_date(d.as_of, mm, dd)  # 29/02 may be years away
            if day is None:
                if 1 <= mm <= 12 and 1 <= dd <= 31:
                    return _Time("no_date", i, j, days=dd, months=mm)  # "by 30/02"
                return None  # "12/45": no date, and not one misspelt
        else:
            day = _safe_date(y, mm, dd)
        if day is None:  # "31/02/2027", "99/99/2027": no date at all
            return _Time("no_date", i, j, days=dd, months=mm, extra_days=y)
        return _resolve(d, i, j, day, day)

    def _year(self, i: int, year: int) -> _Time | None:
        d = self.d
        nxt = d.at[i + 1]
        fy = self.d.fy_start
        # 2027-06-30, 2027/06/30; "2026–27" with an en dash, as typesetting writes a range
        if nxt in ("-", "/", "–") and d.glued[i + 1] and d.glued[i + 2]:
            mm = d.at[i + 2]
            if mm.isdecimal() and int(mm) in ((year + 1) % 100, year + 1) and len(mm) in (2, 4):
                # "the 2026/27 financial year", "the 2025-26 season": a year of its own that
                # ends in the second calendar year, on a day the text does not give
                k = i + 3
                if d.at[k] in lx.FISCAL_WORDS or d.at[k] in lx.CALENDAR_KINDS:
                    k += 2 if d.at[k + 1] == "year" else 1
                elif d.at[k] in lx.UNDATED_PERIODS or d.at[k] == "year":
                    k += 1
                if year + 1 < d.as_of.year:
                    return _Time("context", i, k)
                if d.at[i + 3] in lx.FISCAL_WORDS and d.fy_known:
                    first, last = _year(year + 1, fy, True)  # the fiscal year ending in 2027
                    return _resolve(d, i, k, first, last)
                return _undated(d, i, k)
            if mm.isdecimal() and d.at[i + 3] == nxt and d.glued[i + 3] and d.at[i + 4].isdecimal():
                day = _safe_date(year, int(mm), int(d.at[i + 4]))
                if day is not None:
                    return _resolve(d, i, i + 5, day, day)
                # "2027-02-30": no date at all
                return _Time(
                    "no_date", i, i + 5, days=int(d.at[i + 4]), months=int(mm), extra_days=year
                )
            if mm in ("q1", "q2", "q3", "q4"):
                first, last = _quarter(year, int(mm[1]), fy, False)
                return _resolve(d, i, i + 3, first, last)
        if nxt in ("q1", "q2", "q3", "q4"):
            first, last = _quarter(year, int(nxt[1]), fy, False)
            return _resolve(d, i, i + 2, first, last)
        if nxt in ("h1", "h2"):
            first = date(year, 1 if nxt == "h1" else 7, 1)
            return _resolve(d, i, i + 2, first, _months_later(first, 6) - timedelta(days=1))
        prev = d.at[i - 1]
        fiscal = prev in ("fy", "fiscal") or (prev == "year" and d.at[i - 2] in lx.FISCAL_WORDS)
        begin_fiscal = i - (2 if prev == "year" else 1) if fiscal else i
        if fiscal and not d.fy_known:
            return _undated(d, begin_fiscal, i + 1)  # "in FY 2027": when it ends is not said
        first, last = _year(year, fy, fiscal)
        prep, _, mods, _ = _context(d, begin_fiscal)
        if (
            prep == "for"
            and d.at[i + 1] in lx.UNDATED_PERIODS
            and d.at[i - 1] in lx.DETERMINERS
            and not noun_after_time(d, i + 2)
        ):
            # "for the 2027 season", "for the 2027 intake": the period the goal is for, on a
            # calendar of its own whose dates the text does not give ("for the 2027 season
            # ticket scheme" names a thing)
            return _undated(d, begin_fiscal, i + 2)
        raw_prev = d.raw[i - 1] if i > 0 else ""
        if (
            fiscal
            or mods
            or prep in lx.PREP_ALL
            or prev in lx.PREP_ALL
            or prev == "for"  # "Top 3 for 2027": the year the goals are for
            or i == 0
            or prev in (",", ":", "(", "-", ";", "–", "/")
            or (raw_prev[:1].isupper() and year >= d.as_of.year)
            # "finish NVQ portfolio 2027": after the noun phrase, at its end, a time; before a
            # noun ("the 2027 roadmap") a modifier
            or (nxt in ("", ".", ",", ";", ")", "!") and year >= d.as_of.year)
            # "the 2027 sales target", "my 2027 goals", "hit 2027 sales target": a target dated
            # by the year, with or without its determiner (a note drops it); "a 2027 budget" is
            # one of a kind, not the year's
            or (prev not in lx.DETERMINERS_INDEFINITE and _target_head(d, i + 1))
            # "My 2027 is about ...": a year that is the subject of "be" frames the goal
            or (year >= d.as_of.year and subject_of_be(d, i + 1))
        ):
            return _resolve(d, begin_fiscal, i + 1, first, last)
        self.names.add(i)  # a year in a name, no time frame: "the 2027 roadmap"
        return None

    def _code(self, i: int, w: str) -> _Time | None:
        """Q2 2027, H1, FY27, FY 2027, EOY."""
        d = self.d
        fy = d.fy_start
        as_of = d.as_of
        if w in lx.END_CODES:
            nxt = d.at[i + 1]
            if (
                (w == "eom" and nxt in lx.MONTHS)
                or (w == "eoy" and _is_year(nxt) is not None)
                or (w == "eoq" and nxt in ("q1", "q2", "q3", "q4"))
            ):
                return None  # "EOM Jan", "EOY 2027": the end of the period named next
            if w == "eoy":
                first, last = date(as_of.year, 1, 1), date(as_of.year, 12, 31)
            elif w == "eoq":
                q = (as_of.month - 1) // 3 + 1
                first, last = _quarter(as_of.year, q, 1, False)
            else:
                first, last = date(as_of.year, as_of.month, 1), _month_end(as_of.year, as_of.month)
            return _Time("end", _context(d, i)[3], i + 1, first, last, (last - first).days + 1)
        if w in ("q1", "q2", "q3", "q4"):
            q = int(w[1])
            j = i + 1
            if (
                d.at[i - 1] in lx.DETERMINERS_DEFINITE
                and d.at[i - 2] in ("on", "about", "of", "with")
                and d.at[j].isalpha()
                and d.at[j] not in lx.PREPOSITIONS
                and d.at[j] not in lx.FISCAL_WORDS
                and d.at[j] != "fy"
            ):
                return None  # "a talk on the Q1 results": the quarter names what is reported
            fiscal = False
            y: int | None = None
            if d.at[j] in ("-", "/") and d.glued[j]:
                j += 1
            ya = _year_after(d, j)
            if ya is not None:
                y, j = ya
            elif _fy_token(d.at[j]):
                y, j, fiscal = _fy_token(d.at[j]), j + 1, True
            elif d.at[j] == "fy" and _year_after(d, j + 1):
                ya2 = _year_after(d, j + 1)
                assert ya2 is not None
                (y, j), fiscal = ya2, True
            elif d.at[j] == "of" and d.at[j + 1] == "fy" and _year_after(d, j + 2):
                ya3 = _year_after(d, j + 2)
                assert ya3 is not None
                (y, j), fiscal = ya3, True
            if y is None and (far := _far_year(d, i, j)) is not None:
                return _year_not_read(_context(d, i)[3], far[1], far[0])  # "in Q1 2300"
            if y is None:
                cur = _fiscal_year_of(as_of, fy) if fy != 1 else as_of.year
                a = _quarter(cur, q, fy, fy != 1)
                first, last = _next_year_if_past(d, a, _quarter(cur + 1, q, fy, fy != 1))
            elif fiscal and not d.fy_known:
                return _undated(d, i, j)  # "Q2 FY27": a fiscal quarter of an unknown year
            else:
                first, last = _quarter(y, q, fy, fiscal)
            return _resolve(d, i, j, first, last)
        if w in ("h1", "h2"):
            j = i + 1
            ya = _year_after(d, j)
            if ya is not None:
                y0, j = ya
            elif (far := _far_year(d, i, j)) is not None:
                return _year_not_read(_context(d, i)[3], far[1], far[0])  # "in H2 2300"
            else:
                y0 = as_of.year
            first = date(y0, 1 if w == "h1" else 7, 1)
            last = _months_later(first, 6) - timedelta(days=1)
            if ya is None and last < as_of:
                first, last = date(y0 + 1, first.month, 1), date(y0 + 1, last.month, last.day)
            return _resolve(d, i, j, first, last)
        fyv = _fy_token(w)
        if w == "fy" and d.at[i + 1] in ("end", "-"):
            # "by FY end", "by FY-end": the end of the current fiscal year
            stop = i + 3 if d.at[i + 1] == "-" and d.at[i + 2] == "end" else i + 2
            if not d.fy_known:
                return _undated(d, i, stop)
            first, last = _year(_fiscal_year_of(as_of, fy), fy, True)
            return _Time("end", _context(d, i)[3], stop, first, last, (last - first).days + 1)
        if w == "fy" or w == "fiscal":
            j = i + 1
            if w == "fiscal" and d.at[j] == "year":
                j += 1
            ya = _year_after(d, j)
            if ya is None and len(d.at[j]) == 2 and d.at[j].isdecimal():
                ya = (2000 + int(d.at[j]), j + 1)
            if ya is None and w == "fy" and d.at[i - 1] in ("of", "this", "current"):
                # "by end of FY", "this FY": the current fiscal year
                if not d.fy_known:
                    return _undated(d, i, i + 1)
                first, last = _year(_fiscal_year_of(as_of, fy), fy, True)
                return _resolve(d, i, i + 1, first, last)
            if ya is None:
                return None
            fyv, j = ya
        else:
            j = i + 1
        if fyv is None:
            return None
        nxt = d.at[j + 1]
        if (
            d.at[j] in ("/", "-")
            and d.glued[j]
            and nxt.isdecimal()
            and len(nxt) in (2, 4)
            and int(nxt) in ((fyv + 1) % 100, fyv + 1)
        ):
            # "FY2027/28": a fiscal year across two calendar years is named by the one it
            # ends in, as "the 2027/28 financial year" is
            fyv, j = fyv + 1, j + 2
        if not d.fy_known:
            return _undated(d, i, j + (d.at[j] in ("q1", "q2", "q3", "q4")))  # "FY27"
        if d.at[j] in ("q1", "q2", "q3", "q4"):
            first, last = _quarter(fyv, int(d.at[j][1]), fy, True)
            return _resolve(d, i, j + 1, first, last)
        first, last = _year(fyv, fy, True)
        return _resolve(d, i, j, first, last)

    # -- names of days and months ------------------------------------------------------------

    def _month(self, i: int, w: str, day_first: tuple[int, int] | None) -> _Time | None:
        d = self.d
        m = lx.MONTHS[w]
        j = i + 1
        if d.at[j] == "." and d.glued[j]:
            j += 1
        day = day_first[0] if day_first else None
        if day is None:
            k = j + 1 if d.at[j] == "the" else j  # "March the 3rd"
            cand = _day_of(d, d.at[k])
            if cand is not None and not (_is_year(d.at[k])):
                day, j = cand, k + 1
        ya = _year_after(d, j)
        year: int | None = None
        slot = None
        if ya is None:
            slot = _year_slot(d, j) if day is not None else _far_year(d, i, j)
        if ya is not None:
            year, j = ya
        elif slot is not None:
            # "1 January 10000", "1 January 2300", "by June 2250": a month then a year the
            # evaluator does not read; not the next June, but no deadline, and the finding says
            # why
            start = _context(d, day_first[1] if day_first else i)[3]
            return _year_not_read(start, slot[1], slot[0])
        begin = day_first[1] if day_first else i
        if d.at[begin - 1] == "last" or (d.at[begin - 1], d.at[begin - 2]) == ("in", "back"):
            # "like we managed last February", "who asked for it back in October": the one
            # gone by, which tells what happened, not when the goal ends
            return _Time("context", begin - (1 if d.at[begin - 1] == "last" else 2), j)
        # "Jan-Mar": after a dash glued to a month, the end of a range of months
        ranged = day_first is None and d.at[i - 1] in ("-", "–") and d.at[i - 2] in lx.MONTHS
        if w in lx.ALL_MONTHS_AMBIG and day is None and year is None:
            prep, _, mods, _ = _context(d, begin)
            if w == "may" and d.raw[i] != "May":
                return None
            # "next May", "this March": a word that picks one of a run makes it the month
            picked = d.at[begin - 1] in ("next", "this", "coming")
            if prep not in lx.PREP_ALL and not mods and not ranged and not picked:
                return None
        as_of = d.as_of
        if day is not None:
            if year is None:
                # The next such day on or after as_of (February 29 may be years away).
                cand_day = _next_date(as_of, m, day)
                if cand_day is not None:
                    return _resolve(d, begin, j, cand_day, cand_day)
                return _Time("no_date", begin, j, days=day, months=m)  # "June 31" never comes
            exact = _safe_date(year, m, day)
            if exact is None:
                # "February 30, 2027", "29 Feb 2027": no date at all
                return _Time("no_date", begin, j, days=day, months=m, extra_days=year)
            return _resolve(d, begin, j, exact, exact)
        y = year if year is not None else as_of.year
        first, last = date(y, m, 1), _month_end(y, m)
        if year is None and (
            last < as_of
            or (first <= as_of and d.at[begin - 1] == "next" and d.at[begin - 2] != "the")
        ):
            # gone by, or under way and "next": "next November" said in November is a year on
            first, last = date(y + 1, m, 1), _month_end(y + 1, m)
        if ranged:  # the range's preposition stands before its first month
            return _resolve(d, begin, j, first, last)._replace(bare=False)
        return _resolve(d, begin, j, first, last)

    def _weekday_occasion(self, i: int, w: str) -> _Time | None:
        """ "by Saturday's reopening", "for Thursday's audit": the coming such day."""
        d = self.d
        prep = _context(d, i)[0]
        if prep not in lx.EVENT_DEADLINE_PREPS and prep != "for":
            return None  # "review Friday's numbers": a thing, not a time
        ahead = (lx.WEEKDAYS[w[:-2]] - d.as_of.weekday()) % 7
        day = d.as_of + timedelta(days=ahead)
        end = max(_np_end(d, i + 1, min(d.n, i + 4)), i + 1)
        return _resolve(d, i, end, day, day)

    def _weekday(self, i: int, w: str) -> _Time | None:
        d = self.d
        nxt = d.at[i + 1]
        day_n = _day_of(d, d.at[i + 2]) if nxt == "the" else None
        if day_n is not None:
            # "by Friday the 11th": the next 11th that falls on a Friday
            first = date(d.as_of.year, d.as_of.month, 1)
            for step in range(15):
                month = _months_later(first, step)
                cand = _safe_date(month.year, month.month, day_n)
                if cand is not None and cand >= d.as_of and cand.weekday() == lx.WEEKDAYS[w]:
                    return _resolve(d, i, i + 3, cand, cand)
        if nxt == "," and d.at[i + 2] in lx.MONTHS:
            return None  # "Friday, June 30": the date follows
        if nxt in lx.MONTHS or _day_of(d, nxt):
            return None
        if nxt == "/" and d.at[i + 2] in lx.WEEKDAYS:
            # "Mon/Wed/Fri: gym at 7am": these days every week
            j = i + 1
            while d.at[j] == "/" and d.at[j + 1] in lx.WEEKDAYS:
                j += 2
            days = float((j - i + 1) // 2)
            self.cadence_q.append(
                QuantityFact(days, "per week", "frequency", d.span(i, j), explicit=True)
            )
            return _Time("cadence", i, j)
        if nxt in _PARTS_OF_DAYS:
            # "on Tuesday evenings", "Saturday mornings": that part of every such day, as "on
            # Tuesdays" is; "on Tuesday evening" is the coming one
            start = i - 1 if d.at[i - 1] == "on" else i
            self.cadence_q.append(
                QuantityFact(1.0, "per week", "frequency", d.span(start, i + 2), explicit=False)
            )
            return _Time("cadence", start, i + 2)
        prev = d.at[i - 1]
        if (prev in lx.DETERMINERS_DEFINITE or prev in lx.POSSESSIVES) and (
            nxt in lx.CADENCE_NOUNS
            or nxt in lx.EVENT_NOUNS
            or (nxt in lx.EVENT_MODIFIERS and d.at[i + 2] in lx.EVENT_NOUNS)  # "team meeting"
        ):
            # "on the Saturday shift", "at our Monday meeting": an occasion every week
            j = i + (3 if nxt in lx.EVENT_MODIFIERS and d.at[i + 2] in lx.EVENT_NOUNS else 2)
            while j + 1 < d.n and d.after_hyphen(j + 1):
                j += 2  # "the Friday stand-up": the whole noun
            j = min(j, d.n)
            self.cadence_q.append(
                QuantityFact(1.0, "per week", "frequency", d.span(i - 1, j), explicit=False)
            )
            return _Time("cadence", i - 1, j)
        target = lx.WEEKDAYS[w]
        as_of = d.as_of
        ahead = (target - as_of.weekday()) % 7
        if prev == "next":
            # The named day of the coming calendar week.
            monday = as_of + timedelta(days=7 - as_of.weekday())
            day = monday + timedelta(days=target)
            begin = i - 1
        elif prev == "this":
            day = as_of + timedelta(days=ahead)
            begin = i - 1
        elif (
            (prev in _DAY_OPENERS and (prev != "for" or nxt not in _DAY_SPANS))
            # "Deadline: Friday", "Due - Monday", "due Friday": the label says "by"
            or prev in lx.DEADLINE_LABELS
            or (prev in (":", "-", "–") and d.at[i - 2] in lx.DEADLINE_LABELS)
        ) or (
            prev == "than" and d.at[i - 2] == "later"  # "no later than Friday": by Friday
        ):
            day = as_of + timedelta(days=ahead)
            begin = i
        elif _bare_day(d, i):
            # "Send the invoice Monday.", "first thing Monday": a weekday said as an adverb
            # of time, with no preposition, is the coming one, as "tomorrow" is
            day = as_of + timedelta(days=ahead)
            begin = i
        else:
            # "by Good Friday", "before the Black Friday sale": a name made with a weekday is
            # a day whose date the text does not give, like any other named occasion.
            k = i - 2 - (d.at[i - 2] in lx.DETERMINERS_DEFINITE)
            if i >= 2 and d.raw[i - 1].istitle() and d.at[k] in ("by", "before", "until", "till"):
                j = i + 1
                while d.at[j] in lx.EVENT_NOUNS and j < i + 3:
                    j += 1
                return _Time("event", k, min(j, d.n))
            return None
        if nxt == "week":  # "by Friday week": that day a week later
            return _resolve(d, begin, i + 2, day + timedelta(days=7), day + timedelta(days=7))
        return _resolve(d, begin, i + 1, day, day)
