"""Days and occasions: a day of the month, the end of a working day, and deadlines tied to an
event whose date the text omits ("before my next appraisal", "by the AGM", "next term")."""

from __future__ import annotations

from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.ages import _age_word
from careerkit._smart.text.date_context import _dated_head
from careerkit._smart.text.facts import _Time
from careerkit._smart.text.numbers import _year_after
from careerkit._smart.text.occasion_words import (
    _BREAKS,
    _DAY_PARTS,
    _EVENT_LEADS,
    _HORIZONS,
    _NO_DAY,
    _ONE_PERIOD,
    _PARTS_OF,
    _PARTS_OF_EVENT,
    _SPAN_WORDS,
    _SUBJECT_PRONOUNS,
    _WEEK_STARTS,
    _WRITERS,
    PICKS_NEXT,
    _a_period_name,
    _comparative,
    _ends_compound_prep,
    _figure_end,
    _holiday,
    _measured_by,
    _noun_after_determiner,
    _reaches,
    _time_prep_before,
    _writer_feels,
    picks_next,
    picks_no_occasion,
)
from careerkit._smart.text.ordinals import _WHICH_HEADS, _which_one, counts_a_noun
from careerkit._smart.text.periods import (
    _CALENDAR_PERIODS,
    _context,
    _months_later,
    _period_of,
    _resolve,
    _safe_date,
)
from careerkit._smart.text.tense import _finite_after_subject
from careerkit._smart.text.tokens import _Doc, lemma

# Verbs that end a period, and the words after "is" that say it has ended.
_ENDS = frozenset({"ends", "finishes", "closes"})
_OVER = frozenset({"out", "over", "up", "done", "finished"})


def _clause_opens(d: _Doc, k: int) -> bool:
    """Does a clause with its own subject open at ``k``, after "by the time": a determiner,
    "I" or "we", or a bare noun or name ("by the time applications open", "by the time Sam
    leaves"), not a preposition or a conjunction, with a finite verb a few words on: "the
    time limit", "the time allowed" name a length, no clause."""
    w = d.at[k]
    if w in lx.POSSESSIVES or w in ("i", "we"):
        return True
    return (
        d.at[k].isalpha()
        and w not in lx.PREPOSITIONS
        and w not in lx.CONJUNCTIONS
        and _verb_after_subject(d, k)
    )


def _verb_after_subject(d: _Doc, k: int) -> bool:
    """Does a verb follow the subject that starts at ``k``: a finite one within four words
    ("the second shop opens"), or a word after the subject's first that is no preposition
    ("Sam leaves", "they arrive", "applications open")? "The time limit.", "the time allowed
    for it" leave nothing for a verb."""
    nxt = d.at[k + 1]
    if (
        nxt.isalpha()
        and d.raw[k + 1].islower()
        and nxt not in lx.PREPOSITIONS
        and nxt not in lx.CONJUNCTIONS
    ):
        return True
    return any(
        d.raw[m].isalpha() and _finite_after_subject(d, m) for m in range(k + 1, min(d.n, k + 5))
    )


def _period_ending(d: _Doc, k: int) -> int:
    """Where the ending of a period said at ``k`` stops: "ends", "is out", "runs out"; 0 if
    none is said there ("the year's out" is read with its noun, one token)."""
    w = d.at[k]
    if w in _ENDS:
        return k + 1
    if (w == "is" and d.at[k + 1] in _OVER) or (w == "runs" and d.at[k + 1] == "out"):
        return k + 2
    return 0


class _Events:
    """The time scan's readings of days and occasions (mixed into the scan)."""

    d: _Doc

    def _day_of_month(self, i: int, day: float) -> _Time | None:
        """ "by the 15th": the next such day of a month, on or after as_of."""
        d = self.d
        if not day.is_integer() or not 1 <= day <= 31:
            return None
        if counts_a_noun(d, i):
            return None  # "before the 2nd assessment", "by my 40th birthday": which one
        if d.at[i + 1] == "of" and d.at[i + 2] in lx.NP_OPENERS and d.at[i + 3] == "month":
            # "by the 25th of each month": a day that comes back, not one deadline
            return _Time("cadence", i - 2, i + 4)
        first = date(d.as_of.year, d.as_of.month, 1)
        for step in range(3):
            month = _months_later(first, step)
            cand = _safe_date(month.year, month.month, int(day))
            if cand is not None and cand >= d.as_of:
                return _Time("end", i - 2, i + 1, cand, cand, 1)
        return None

    def _day_after(self, j: int) -> tuple[date, int] | None:
        """The day named at ``j`` ("Friday", "tomorrow", "today"): its date and the index after."""
        d = self.d
        w = d.at[j]
        if w in ("today", "tonight"):
            return d.as_of, j + 1
        if w == "tomorrow":
            return d.as_of + timedelta(days=1), j + 1
        if w in lx.WEEKDAYS:
            ahead = (lx.WEEKDAYS[w] - d.as_of.weekday()) % 7
            return d.as_of + timedelta(days=ahead), j + 1
        return None

    def _day_end(self, i: int, w: str) -> _Time:
        """EOD, COB (end of the day: today or the day named next), EOW (end of this week)."""
        d = self.d
        begin = _context(d, i)[3]
        if w == "eow":
            first, last = _period_of(d.as_of, "week", 0, d.fy_start, False)
            return _Time("end", begin, i + 1, first, last, 7)
        day = self._day_after(i + 1) or (d.as_of, i + 1)
        return _Time("end", begin, day[1], day[0], day[0], 1)

    def _until_event(self, i: int) -> _Time | None:
        """ "until I land an offer", "before the team goes hybrid": an event with no date."""
        d = self.d
        if _noun_after_determiner(d, i):
            return None
        nxt = d.at[i + 1]
        if d.at[i + 2] == "week" and d.at[i + 3] in _WEEK_STARTS:
            return None  # "before the week starting 1 February": a week, read at its date
        unit = d.at[i + 2]
        if nxt in ("the", "this") and (
            unit in _CALENDAR_PERIODS or (unit[-2:] == "'s" and unit[:-2] in _CALENDAR_PERIODS)
        ):
            if unit in _CALENDAR_PERIODS:
                end = _period_ending(d, i + 3)
            else:
                unit = unit[:-2]  # "the year's out": the noun and "is" are one token
                end = i + 4 if d.at[i + 3] in _OVER else 0
            if end:
                # "before the year is out", "until the month ends": the period under way is
                # the subject of its own ending, so the goal is due by its last day
                first, last = _period_of(d.as_of, unit, 0, d.fy_start, False)
                return _Time("end", i, end, last, last, (last - first).days + 1)
        if (
            d.low[i] in ("before", "until", "till")  # "when" takes a clause: "when it opens"
            and i + 1 < d.n
            and d.raw[i + 1].isalpha()
            and d.raw[i + 1].islower()
            and nxt not in lx.DETERMINERS
            and nxt not in lx.PRONOUNS
            and nxt not in lx.TIME_TRIGGERS
            and nxt not in lx.FIXED_HOLIDAYS  # "b4 xmas": a date, read at the holiday
            and not lx.PREPOSITIONS.__contains__(nxt)
            and (d.at[i + 2] in (".", ",", ";", ")", "") or d.at[i + 2] in lx.PREPOSITIONS)
        ):
            return _Time("event", i, i + 2)  # "before revalidation", "until handover"
        if (
            d.low[i] == "when"
            and d.at[i + 2] in lx.CHANCE_NOUNS
            and (d.at[i + 1] in lx.DETERMINERS or d.at[i + 1] in lx.POSSESSIVES)
        ):
            # "when the chance comes up", "when the time is right": luck, not an occasion
            end = i + 3
            while end < min(d.n, i + 7) and d.raw[end].isalpha() and d.raw[end].islower():
                end += 1
            return _Time("vague", i, end)
        pronoun = d.at[i + 1] in _SUBJECT_PRONOUNS  # "before I'm signed off" too
        writer = d.at[i + 1] in _WRITERS
        if d.low[i] == "when" and writer:
            return None  # "when I feel ready" waits on the writer: no event to meet
        if writer and _writer_feels(d, i + 2):
            # "until I feel ready to go out alone", "till I'm confident": a feeling only the
            # writer judges, no event anyone can date
            end = i + 2
            while end < min(d.n, i + 8) and d.raw[end].isalpha():
                end += 1
            return _Time("vague", i, end)
        if not pronoun and nxt not in ("the", "my", "our", "their", "his", "her", "your"):
            return None
        for k in range(i + 2 if pronoun else i + 3, min(d.n, i + 5)):
            w = d.low[k]
            if w in lx.PERIOD_WORDS and d.at[k + 1] in lx.FINITE_VERBS:
                continue  # "before the tax year ends": the period is the subject
            if (
                not w[:1].isalpha()
                or w in lx.MONTHS
                or (w in lx.TIME_TRIGGERS and w not in PICKS_NEXT)
            ):
                return None  # a date or a period follows: "before my review in April"
            if d.low[i] == "when" and w in lx.BE_FORMS and _comparative(d, k + 1):
                # "when the shop is quieter", "when things are calmer": a state to wait for,
                # to a degree no one names, not an occasion
                end = k + 2 if d.at[k + 1] not in ("more", "less") else k + 3
                return _Time("vague", i, end)
            if w in lx.FINITE_VERBS or (pronoun and lemma(w) in lx.VERBS) or _reaches(d, k):
                end = k + 1
                while end < min(d.n, k + 6):
                    if _reaches(d, end - 1) and (reached := _figure_end(d, end)) is not None:
                        end = reached  # "before we hit fifty", "until sales pass $2M"
                        break
                    nxt = d.low[end]
                    # "before I turn 30", "until I hold the IMI Level 3": a number in the
                    # event's words is part of it
                    number = nxt[:1].isdecimal() and d.raw[end].isalnum()
                    # a time ("in March" too) or a conjunction ("before the trial starts so
                    # the barrister ...") starts something else
                    if (not nxt[:1].isalpha() and not number) or nxt in lx.TIME_TRIGGERS:
                        break
                    if nxt in lx.CONJUNCTIONS:
                        break
                    end += 1
                return _Time("event", i, end)
        return None

    def _event_after(self, i: int, w: str) -> _Time | None:
        """A deadline word and an event whose date the text omits: "before my registration
        renewal", "by the AGM", "by Easter", "by the end of the school holidays", "by the time
        the baby arrives", "by close of play Friday"."""
        d = self.d
        if _noun_after_determiner(d, i):
            return None
        if _measured_by(d, i):
            return None
        k = i + 1
        if w == "by" and d.at[k] == ":":
            k += 1  # "By: Easter", a form's label
        if w == "up":
            # "in the run-up to the inspection", "the lead-up to the audit": before it
            if not (
                d.at[i - 1] == "-"
                and d.glued[i]
                and d.at[i - 2] in ("run", "lead", "build")
                and d.at[k] == "to"
            ):
                return None
            k += 1
        if w in ("prior", "ahead"):
            if d.at[k] not in ("to", "of"):
                return None
            k += 1
        if d.at[k] in lx.HOLIDAY_PHRASE_HEADS or d.at[k] == "new":
            day_named = self._holiday_phrase(k)  # "by Christmas Eve": a day, not an occasion
            if day_named is not None:
                return day_named
        # "by close of play Friday", "by the end of business", "by the end of the day": a "the"
        # before either noun names the same end of the working day
        j = k + 1 if d.at[k] == "the" else k
        noun = j + 3 if d.at[j + 2] == "the" else j + 2
        if (d.at[j], d.at[j + 1], d.at[noun]) in lx.DAY_END_PHRASES and (
            d.at[noun + 1] not in lx.PERIOD_WORDS  # "the end of the business year": a year
        ):
            day = self._day_after(noun + 1) or (d.as_of, noun + 1)
            return _Time("end", i, day[1], day[0], day[0], 1)
        determined = d.at[k] in lx.POSSESSIVES
        if determined:
            k += 1
        # "next" picks the coming one of a run of occasions, whatever they are called ("by
        # the next harvest", "by our next gig", "by next census"); "by next Friday" is a time.
        # After a determiner it picks one even before a time word: "by the next day".
        picked = picks_next(d, k) or (determined and d.at[k] in PICKS_NEXT)
        if picked:
            k += 1
            determined = True
        # "by the end of the school holidays"; "by the night of the gala": a part of an
        # occasion's day is a time, as its end is
        end_of = d.at[k] in _PARTS_OF and d.at[k + 1] == "of"
        if end_of:
            k += 2  # "by the end of the school holidays"
            if d.at[k] in lx.POSSESSIVES:
                k += 1
            determined = True
        if d.at[k] == "time" and determined and d.at[k + 1] == "of" and d.at[k + 2] != "year":
            # "by the time of our next inspection": by the inspection
            t = self._event_after(k + 1, "by")
            return t._replace(i=i) if t is not None else None
        if d.at[k] == "time" and determined and _clause_opens(d, k + 1):
            end = k + 2
            while end < min(d.n, k + 8) and d.low[end][:1].isalpha():
                end += 1
            return _Time("event", i, end)  # "by the time the baby arrives"
        end = k
        which = False
        if d.after_hyphen(k + 2) and (
            d.raw[k].isalpha() or (d.raw[k].isdecimal() and d.at[k + 2] in lx.DURATION_UNITS)
        ):
            # a hyphenated compound is one word: "before the by-election", and a length
            # before the noun ("by the end of the 12-week block") only says how long it is
            if _a_period_name(d.at[k + 2]):
                return None  # "by mid-Q2", "by end-March": a period, read at its name
            end = k + 3
        while end < min(d.n, k + 4):
            x = d.low[end]
            if d.at[k] in _SUBJECT_PRONOUNS and end > k + 1 and _age_word(d, end):
                end += 1  # "until I turn 30", "before I hit thirty": the age ends the event
                break
            if end > k and _reaches(d, end - 1):
                reached = _figure_end(d, end)
                if reached is not None:
                    end = reached  # "before revenue reaches $2M": the figure is the event's
                    break
            if (
                end > k
                and d.raw[end].isdecimal()
                and end + 1 < d.n
                and d.raw[end + 1].isalpha()
                and d.raw[end + 1].islower()
                and d.low[end + 1] in lx.EVENT_NOUNS
            ):
                end += 2  # "before my band 6 interview": the number names the event
                break
            if end == k and (counts_a_noun(d, end) or _which_one(d, end)):
                # "by my 40th birthday", "before the first gig of the tour", "by my last
                # day": the ordinal says which of a run of occasions is meant
                end += 1
                which = d.at[end] not in lx.PERIOD_WORDS  # "the 2nd week": a period's part
                continue
            if (
                not d.raw[end].replace("'", "").replace("’", "").isalpha()  # "Valentine's"
                or d.used[end]
                or x in lx.PREPOSITIONS
                or x in lx.CONJUNCTIONS
                or x in lx.CLAUSE_OPENERS  # "by Christmas because ...": a new clause
                or x in lx.DETERMINERS
                # "by Easter" goes on, and "Day" ends a name: "by Valentine's Day"
                or (x in lx.TIME_TRIGGERS and x not in lx.HOLIDAYS and x != "day")
                or x in lx.MONTHS
            ):
                break
            end += 1
        if end == k:
            return None
        head, raw = d.low[end - 1], d.raw[end - 1]
        if head in lx.HOLY_SEASONS and end == k + 1:
            return None  # "before Lent", "by the end of Advent": a period, read at its name
        if head in lx.DATED_HOLIDAYS and end == k + 1:
            # "by Christmas": the next December 25; "by Easter 2027": that year's Easter
            ya = _year_after(d, end)
            year = ya[0] if ya is not None else d.as_of.year
            when = _holiday(head, year)
            if ya is None and when < d.as_of:
                when = _holiday(head, year + 1)
            last = when - timedelta(days=1) if w in ("before", "prior", "ahead") else when
            # "before Christmas" ends the day before, as "before July 1" does
            return _Time("end", i, ya[1] if ya is not None else end, when, last, 1)
        # "by go-live", "by kick-off", "by the sign-off": a verb and its particle made into one
        # noun name a phase of the work, an occasion, where "by email" names a means
        phase_compound = end == k + 3 and d.at[k + 1] == "-" and head in lx.PHASE_PARTICLES
        named = (
            # "by the AGM" names an occasion; "(by ARR)", "by NPS" name what is counted
            phase_compound
            or (raw.isupper() and len(raw) > 1 and head not in lx.METRIC_ACRONYMS)
            or head in lx.HOLIDAYS
            or (raw in ("Day", "Eve") and end > k + 1)  # "by Boxing Day", "Valentine's Day"
            # "by payday", "before my next payday": one word for a day, as "pay day" is
            or (end == k + 1 and len(head) > 5 and head.endswith("day") and head not in _NO_DAY)
        )
        eventlike = (
            # "by my last day", "before the first gig of the tour"; not "by my second
            # strategy", "by the first method": an ordinal picks an occasion, not any noun
            (which and (head in _WHICH_HEADS or d.at[end] == "of"))
            or head in lx.EVENT_NOUNS
            or head in lx.UNDATED_PERIODS
            or head.endswith(lx.EVENT_ENDINGS)
            or head in lx.EVENT_PLURALS
            # the next of a run of occasions, not a person ("signed off by the next manager")
            or (picked and not picks_no_occasion(d, i, end - 1))
        )
        # The end of whatever is named is a time: "by the end of my apprenticeship", "by the
        # close of the consultation", as the end of an occasion is
        if w == "by" and not (named or (determined and (eventlike or end_of))):
            return None
        if head in lx.PRONOUNS or head in lx.PERIOD_WORDS:
            return None
        begin = i  # "prior to the tax return": the phrase starts at "prior"
        if w == "up":
            begin = i - 3 if d.at[i - 3] == "the" else i - 2  # "the run-up to ..."
        return _Time("event", begin, end)

    def _holiday_phrase(self, i: int) -> _Time | None:
        """ "by New Year's Eve", "Christmas Eve", "Boxing Day": the next such day."""
        d = self.d
        for size in (3, 2):
            # at the end of the text the slice is shorter than asked: its own length ends it
            words = tuple(d.low[i : i + size])
            day = lx.HOLIDAY_PHRASES.get(words)
            if day is not None:
                when = date(d.as_of.year, *day)
                if when < d.as_of:
                    when = date(d.as_of.year + 1, *day)
                return _resolve(d, i, i + len(words), when, when)
        return None

    def _holiday_at(self, i: int) -> _Time | None:
        """ "for Christmas", "over the Christmas break", "at Easter": by that day."""
        d = self.d
        k = i - 1
        while d.at[k] in ("the", "this", "next", "coming") and k > i - 3:
            k -= 1
        in_time_for = d.at[k] == "for"
        if _ends_compound_prep(d, k):
            k -= 2  # "between now and Easter", "in time for Christmas"
            in_time_for = True
        elif d.at[k] not in ("for", "over", "during", "at", "in", "around"):
            return None
        nxt = d.at[i + 1]
        if nxt[:1].isalpha() and not (
            nxt in lx.DURATION_UNITS
            or nxt in lx.PERIOD_WORDS
            or nxt in lx.EVENT_PLURALS
            or nxt in ("break", "period")
            # "for the Easter services", "in time for the Christmas concert": ready for the
            # occasion held at the holiday ("at the Christmas concert" is at it, undated)
            or (in_time_for and _dated_head(d, i + 1))
        ):
            return None  # "for the Christmas menu": the holiday names a kind of thing
        if nxt in _BREAKS:
            # "over the Christmas break", "during the Easter holidays": the break around the
            # holiday, on dates the text does not give
            return _Time("event", k, i + 2)
        when = _holiday(d.low[i], d.as_of.year)
        if when < d.as_of:
            when = _holiday(d.low[i], d.as_of.year + 1)
        return _Time("end", k, i + 1, when, when, 1)

    def _event(self, i: int) -> _Time | None:
        """A deadline tied to an event with no date: "by the wedding", "before my appraisal",
        "at the end of the workshop", "by the end of sprint 24"."""
        d = self.d
        # Each occasion read below is governed by a word of _EVENT_LEADS at most eight words
        # before it, unless a hyphenated modifier lets the walk back reach further: most event
        # nouns ("pass the PMP exam", "attend a conference") have none, and one test says so.
        before = d.low[max(0, i - 9) : i]
        if _EVENT_LEADS.isdisjoint(before) and "-" not in before:
            return None
        j = i + 1
        nxt = d.raw[j] if j < d.n else ""
        if d.at[i] == "final" and nxt.isalpha() and nxt.islower() and nxt not in lx.PREPOSITIONS:
            return None  # "the final report": an adjective; "on the final" is the exam
        if d.at[i] in ("sprint", "iteration", "release") and d.at[j][:1].isdecimal():
            j += 1  # "sprint 24" names one
        while d.at[j] in lx.EVENT_NOUNS and j < i + 3:
            j += 1  # "the board meeting"
        if d.at[i - 1] == "by" and d.at[i].endswith("ing") and d.at[j][:1].isalpha():
            return None  # "by planning meals every Sunday": the means, not an occasion
        while (
            j < min(d.n, i + 3)
            and d.raw[j].isalpha()
            and d.raw[j].islower()  # "THROUGH PEAK SEASON" is read in lower case too
            and not d.used[j]
            and d.at[j] not in lx.NAMEISH_STOP
            and (d.at[j] not in lx.TIME_TRIGGERS or d.at[j] in lx.UNDATED_PERIODS)
        ):
            j += 1  # "the regional planning forum", "the peak season": the occasion's head
        k = i - 1
        if (
            d.at[k] == "-"
            and d.glued[i]
            and (
                d.at[k - 1] in ("pre", "post", "mid", "off")
                or (d.glued[k] and d.at[k - 1].isalpha() and d.at[i] in lx.UNDATED_PERIODS)
            )
        ):
            # "during pre-season", "by half-term": a hyphenated compound is one word, whose
            # first part belongs to the period
            k -= 2
        steps = 0
        gerund = False
        while steps < 3 and d.at[k] not in lx.POSSESSIVES:
            if d.at[k] in ("'", "’") and d.glued[k] and d.at[k - 1].endswith("s"):
                k -= 2  # "the trustees' meeting": a plural possessive is one modifier
                steps += 1
                continue
            if counts_a_noun(d, k):
                k -= 1  # "before the 2nd assessment": the ordinal says which one
                steps += 1
                continue
            if not d.at[k][:1].isalpha():
                break
            if d.after_hyphen(k) and d.at[k - 2][:1].isalnum():
                # "the end-of-course assessment", "my 6-month review": a hyphenated modifier
                # is one word
                k -= 3 if d.at[k - 2][:1].isdecimal() else 2
                continue
            if d.at[k] in lx.PREPOSITIONS and not gerund:
                break  # "during flu season": the preposition governs the event
            gerund = gerund or d.at[k].endswith("ing")  # "by taking one course": not a deadline
            # "before the annual appraisal": skip the event's modifiers
            k -= 1
            steps += 1
        if gerund and d.at[k] == "by":
            return None  # "by doing a pressure test": the means, not an occasion
        determined = d.at[k] in lx.POSSESSIVES
        if determined:
            k -= 1
        prep, prep2 = d.at[k], d.at[k - 1]
        if _measured_by(d, k):
            return None
        if determined and (
            (prep == "at" and d.at[i] not in lx.UNDATED_PERIODS)
            or (prep in ("in", "during") and d.at[i] in lx.EVENT_PLURALS)
            or (prep in ("in", "on") and d.at[i] in lx.TEST_OCCASIONS)  # "on the assessment"
        ):
            return _Time("event", k, j)  # "at the AGM", "in the mocks": on that occasion
        if (
            prep == "of"
            and prep2 in _PARTS_OF_EVENT
            # "on the night of the gala"; "plan the night of the gala" is a thing planned
            and (prep2 not in _DAY_PARTS or _time_prep_before(d, k - 1))
        ):
            # "at the end of the workshop", "on the first day of the course"
            begin = _context(d, k - 1)[3]
            while begin > 0 and d.low[begin - 1] in lx.EVENT_LEAD_WORDS and begin > k - 6:
                begin -= 1
            return _Time("event", begin, j)
        if prep in ("by", "before", "until", "till") or (prep, prep2) in (
            ("to", "prior"),
            ("of", "ahead"),
        ):
            return _Time("event", k - 1 if prep2 in ("prior", "ahead") else k, j)
        if _ends_compound_prep(d, k):
            return _Time("event", k - 2, j)  # "in time for the trustees' meeting"
        if (
            prep in _SPAN_WORDS
            and d.at[i] in lx.UNDATED_PERIODS
            # after "for", the period in the singular: "for our key terms", "for the new
            # shifts" name things, not a stretch of time
            and (prep != "for" or d.at[j - 1] in _ONE_PERIOD)
            and not (d.at[i] == "term" and _HORIZONS.intersection(d.low[max(0, i - 2) : i]))
        ):
            # "through their first audit season", "across the autumn term": a stretch of time;
            # "for the night shift paramedics" names people, and "over the medium term" is a
            # horizon with no end
            return _Time("event", k, j)
        return None
