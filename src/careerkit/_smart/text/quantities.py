"""Figures in the text: counts, percentages, money, durations, ranges, before/after."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import MAX_QUANTITIES, QuantityFact
from careerkit._smart.text.figure_context import (
    _TIME_UNIT_NAMES,
    _assessed,
    _not_a_measure,
    _other_number,
    _pronoun_one,
    _rating_target,
    _unit_after,
)
from careerkit._smart.text.naming_numbers import (
    _BEFORE_A_VERB,
    _NOT_AFTER_A_LABEL,
    _RANGE_WORDS,
    _labelling_noun,
    numbered_item,
)
from careerkit._smart.text.numbers import _number_and_scale, unit_at
from careerkit._smart.text.ratings import JUDGE_CUES, _rating_end, judged_by_writer
from careerkit._smart.text.tokens import _Doc


def _quantities(d: _Doc, names: set[int]) -> list[QuantityFact]:
    out: list[QuantityFact] = []
    low = d.low
    raw = d.raw
    used = d.used
    skip_to = 0
    # A rating is the goal's measure when someone else gives it (a score, a survey, a review,
    # an audit, customers); otherwise it is how the writer rates themself.
    self_rated = (
        not lx.SELF_RATING_WORDS.isdisjoint(d.vocab)
        or lx.ASSESSOR_WORDS.isdisjoint(d.vocab)  # no one else rates: most texts
        or not _assessed(d)
    )
    rated_top = 0.0  # the scale of a self-rating: a bare number on it later is its target
    # "in my own eyes", "on my own rating", "my self-assessment": the writer is the judge
    writer_judges = not JUDGE_CUES.isdisjoint(d.vocab) and judged_by_writer(d) is not None
    self_rated = self_rated or writer_judges
    # Only numbers and number words can start a quantity.
    for i in d.find(lx.QUANTITY_TRIGGERS, numbers=True):
        if i < skip_to or used[i]:
            continue
        if len(out) >= MAX_QUANTITIES:
            break
        w = low[i]
        c = w[0]
        share = _fraction(d.at[i + 1]) if w in ("a", "one") and d.at[i - 1] == "by" else None
        if share is not None and (
            d.at[i + 2] in lx.PREPOSITIONS
            or not d.at[i + 2][:1].isalpha()
            or d.used[i + 2]
            or d.at[i + 2] in ("compared", "vs", "versus", "year-on-year")  # "... compared with"
        ):
            # "grow donations by a third", "by a 3rd this year": a change by a fraction
            out.append(QuantityFact(share, "of it", "change", d.span(i - 1, i + 2)))
            used[i : i + 2] = b"\1\1"
            skip_to = i + 2
            continue
        if (
            w == "half"
            and d.at[i - 1] in ("by", "in")
            and (d.at[i + 1] in lx.PREPOSITIONS or not d.at[i + 1][:1].isalpha())
        ):
            # "cut the backlog by half": a change to half of it
            out.append(QuantityFact(0.5, "x", "multiplier", d.span(i - 1, i + 1)))
            continue
        if w in lx.MULTIPLIERS and not (d.at[i + 1] == "-" and d.glued[i + 1]):
            if d.at[i + 1] in ("down", "back", "over"):
                continue  # "double down on retention": an idiom, not a figure
            out.append(QuantityFact(lx.MULTIPLIERS[w], "x", "multiplier", d.span(i, i + 1)))
            continue
        if len(w) >= 2 and w[-1] == "x" and w[:-1].isdecimal():
            if d.glued[i + 1] and d.at[i + 1][:1].isdecimal():
                continue  # "60x90 cm", "1920x1080": one side by the other, a size
            out.append(QuantityFact(float(w[:-1]), "x", "multiplier", d.span(i, i + 1)))
            continue
        if (
            c in "abc"
            and len(w) == 2
            and w[1] in "12"
            and raw[i][0].isupper()
            and (d.at[i - 1] in ("level", "cefr") or raw[i].isupper())
        ):
            rank = "abc".index(c) * 2 + int(w[1])  # CEFR A1..C2 as 1..6
            out.append(QuantityFact(float(rank), "CEFR " + w.upper(), "level", d.span(i, i + 1)))
            continue
        if not (c.isdecimal() or w in lx.UNITS or w in ("a", "an", "half")):
            continue
        if i in names:
            continue
        unit_w = d.at[i + 1]
        if (
            w in ("a", "an")
            and i + 1 < d.n
            and d.raw[i + 1] in lx.GRADE_LETTERS
            and (d.at[i + 2] in lx.PREPOSITIONS or not d.at[i + 2][:1].isalnum())
        ):
            # "get an A in statistics", "a B or above": a grade to reach
            grade = 7.0 - lx.GRADE_LETTERS.index(d.raw[i + 1])
            out.append(QuantityFact(grade, "grade " + d.raw[i + 1], "level", d.span(i, i + 2)))
            skip_to = i + 2
            continue
        if w in ("a", "an") and unit_w in lx.MEASURE_UNITS and d.raw[i + 1].isalpha():
            # "lose a stone", "run a mile": one of the unit
            out.append(QuantityFact(1.0, unit_w, "count", d.span(i, i + 2)))
            skip_to = i + 2
            continue
        if (
            w in ("a", "an")
            and (d.at[i - 1] in lx.LEVEL_PREPOSITIONS or d.at[i - 1] == "half")
            and (unit_w in lx.SHORT_UNITS or unit_w in lx.DURATION_UNITS)
            and not used[i]
        ):
            # "to under an hour", "down to half a day": one unit (or half of one) as a level
            half = d.at[i - 1] == "half"
            unit = lx.SHORT_UNITS.get(unit_w) or lx.DURATION_UNITS[unit_w] + "s"
            begin = i - 1 if half else i
            out.append(QuantityFact(0.5 if half else 1.0, unit, "duration", d.span(begin, i + 2)))
            skip_to = i + 2
            continue
        num = _number_and_scale(d, i)
        if num is None or num[3]:
            continue
        value, scale, j, _ = num
        value *= scale  # "5 million", "$2m", "40k": the figure is read at its scale
        begin = i
        prev = d.at[i - 1]
        if w == "one" and prev == "number":
            skip_to = j  # \"number one\" is a rank
            continue
        if d.at[j] == ":" and d.glued[j] and d.at[j + 1][:1].isdecimal():
            if prev == "a" and w == "2" and d.at[j + 1] in ("1", "2"):
                # "get a 2:1": a degree class, a grade to reach
                grade = float(f"{w}.{d.at[j + 1]}")
                out.append(QuantityFact(grade, "degree class", "level", d.span(i, j + 2)))
            skip_to = j + 2  # "1:1s", "3:1"
            continue
        currency = ""
        if prev in lx.CURRENCY_SYMBOLS and d.glued[i]:
            currency = lx.CURRENCY_SYMBOLS[prev]  # "$5,000", "€3k"
            begin = i - 1
        # A number right after an acronym is part of its name: "ISO 27001", "SQL 2019"; but
        # not after an acronym of a measure ("NPS 60") or with a scale ("KPI 5k followers").
        if (
            c.isdecimal()
            and i > 0
            and raw[i - 1].isalpha()
            and raw[i - 1].isupper()
            and len(raw[i - 1]) > 1
            and scale == 1
            and low[i - 1] not in lx.METRIC_ACRONYMS
            and low[i - 1] not in lx.NOT_NAMES
            and low[i - 1] not in lx.MONTHS
            and not d.glued[i]
            and d.at[j] not in lx.UNIT_WORDS
        ):
            skip_to = j
            continue
        # A number right after a mid-sentence name is part of it: "Python 3", "Java 8"; so is
        # a larger one that counts nothing after it ("Leadership 360.", "Office 365,") or that
        # another capitalised part of the name follows ("the Leica 3000 MX", "Boeing 737
        # MAX"): a model, not a count.
        if (
            c.isdecimal()
            and i > 1
            and raw[i - 1][:1].isupper()
            and low[i - 1] not in lx.METRIC_ACRONYMS
            and low[i - 1] not in lx.NOT_NAMES
            and low[i - 1] not in lx.MONTHS
            and d.at[i - 2] not in lx.SENTENCE_END
            and value.is_integer()
            and (
                value < 100
                or (
                    scale == 1
                    and (not d.at[j][:1].isalnum() or raw[j][:1].isupper())
                    and d.at[j] != "%"
                )
            )
            and not d.glued[i]
            and d.at[j] not in lx.UNIT_WORDS
        ):
            skip_to = j
            continue
        # Where capitals say nothing (ALL CAPS, Title Case) place tells the same: a count
        # goes before what it counts ("3 workshops"); a number right after a noun inside the
        # sentence, with no unit after it, names a thing ("MY YEAR 9 CLASS", "ISO 9001").
        if (
            c.isdecimal()
            and d.case != "sentence"
            and i > 1
            and d.at[i - 2] not in lx.SENTENCE_END
            and d.at[i - 2] not in _BEFORE_A_VERB
            and scale == 1
            and value.is_integer()
            and not d.glued[i]
            and d.at[j] not in lx.UNIT_WORDS
            and d.at[j] not in _NOT_AFTER_A_LABEL
            and not (d.at[j] in _RANGE_WORDS and d.at[j + 1][:1].isdecimal())  # "5 to 8"
            and _labelling_noun(d, i - 1)
        ):
            skip_to = j
            continue
        named = numbered_item(d, i, j)
        if named:
            skip_to = named
            continue
        if w in ("one",) and (
            d.at[j] in ("of", "another", "more") or prev == "no" or _pronoun_one(d, i)
        ):
            skip_to = j
            continue
        rating = _rating_end(d, j)
        if rating:
            # "7/10", "9 out of 10": a rating; one the writer gives their own feelings
            # ("confidence 7/10", "stress is a 9/10", "I'd give myself a 6/10") is not a
            # measure of the goal.
            # "7/10 shots should go in", "9/10 calls answered": a share of the things
            # counted after it, which anyone can check, not a rating the writer gives
            after_w = d.at[rating]
            share = (
                after_w.isalpha()
                and after_w.endswith("s")
                and not after_w.endswith("ss")
                and after_w not in lx.PREPOSITIONS
                and after_w not in lx.SELF_RATING_WORDS
                # what is said of each of them follows: "should be", "are", "answered"
                and (
                    d.at[rating + 1] in lx.MODALS
                    or d.at[rating + 1] in lx.BE_FORMS
                    or (d.at[rating + 1].endswith("ed") and len(d.at[rating + 1]) > 4)
                )
            )
            if not share and (self_rated or not lx.SELF_WORDS.isdisjoint(low[max(0, i - 3) : i])):
                top_of = d.digits(d.at[rating - 1])
                rated_top = max(rated_top, top_of[0] if top_of else 0.0)
                skip_to = rating
                continue
            top = d.at[rating - 1]
            out.append(QuantityFact(value, f"/{top}", "level", d.span(begin, rating)))
            used[i:rating] = b"\1" * (rating - i)
            skip_to = rating
            continue
        if _not_a_measure(d, i, j, value, currency, writer_judges):
            skip_to = j
            continue
        if _rating_target(d, i, j, value, rated_top):
            rated_top = max(rated_top, 10.0)  # "I'd give myself a 5. Want a 7."
            skip_to = j
            continue
        nxt = d.at[j]
        glued = unit_at(d, i) if c.isdecimal() else ""
        if currency:
            end, kind, unit = j, "money", currency
        elif glued:
            # "15kg", "48h", "3hrs": the unit is written onto the number.
            end = j
            kind = "duration" if glued in _TIME_UNIT_NAMES else "count"
            unit = glued
        elif nxt == "%" or nxt in lx.PERCENT_WORDS or (nxt == "per" and d.at[j + 1] == "cent"):
            end = j + (2 if nxt == "per" else 1)
            if d.at[end] == "points":
                end += 1
            kind, unit = "percent", "%"
        elif nxt in lx.CURRENCY_WORDS:
            end, kind, unit = j + 1, "money", lx.CURRENCY_WORDS[nxt]
        elif nxt in lx.SHORT_UNITS:
            end, kind, unit = j + 1, "duration", lx.SHORT_UNITS[nxt]
        elif d.after_hyphen(j + 1) and d.at[j + 1][:1].isalpha():
            # "20-minute talks", "a six-course program", "12-week training"
            word = d.at[j + 1]
            end = j + 2
            kind = "duration" if word in lx.SHORT_UNITS or word in lx.DURATION_UNITS else "count"
            unit = lx.SHORT_UNITS.get(word, word)
        elif nxt in lx.DURATION_UNITS:
            end, kind, unit = j + 1, "duration", lx.DURATION_UNITS[nxt] + "s"
        else:
            unit, end = _unit_after(d, j)
            kind = "count"
            if end > j + 1:
                end = j  # words in between may hold figures of their own: "two 20-minute talks"
        # Ranges ("80-90 percent", "3 to 5 talks") and before/after ("from 3 days to 1 day").
        high: float | None = None
        baseline: float | None = None
        from_at = i - 1 if prev == "from" else i - 2 if currency and d.at[i - 2] == "from" else -1
        link = -1
        if (d.at[j] in ("-", "–", "to") and not currency) or d.at[j] == "to":
            link = j
        elif from_at >= 0 and d.at[end] == "to":
            link = end
        other = _other_number(d, link + 1) if link >= 0 else None
        if other is not None:
            o_bare, o_scale, o_end = other
            o_value = o_bare * o_scale
            if scale == 1.0 and o_scale != 1.0 and value < o_bare:
                value *= o_scale  # "2 to 3 million", "from 2 to 3 million": one scale for both
            if from_at >= 0:
                baseline, value, begin = value, o_value, from_at
                if kind in ("count", "duration"):
                    kind = "change"
            else:
                high = o_value
            nxt2 = d.at[o_end]
            if nxt2 == "%" or nxt2 in lx.PERCENT_WORDS:
                o_end += 1
                unit = "%"
                kind = "percent" if baseline is None else "change"
            elif nxt2 in lx.SHORT_UNITS or nxt2 in lx.DURATION_UNITS:
                unit = lx.SHORT_UNITS.get(nxt2) or lx.DURATION_UNITS[nxt2] + "s"
                o_end += 1
            elif not unit:
                unit, o_end = _unit_after(d, o_end)
            end = max(end, o_end)
        stop = max(end, j)
        if unit in ("pounds", "pound") and (
            value >= 200 or not lx.MONEY_VERBS.isdisjoint(low[max(0, i - 3) : i])
        ):
            kind, unit = "money", "GBP"  # "raise twenty thousand pounds": money, not weight
        out.append(QuantityFact(value, unit, kind, (d.st[begin], d.en[stop - 1]), high, baseline))
        used[i:stop] = b"\1" * (stop - i)
        skip_to = stop
    return out


def _fraction(w: str) -> float | None:
    """A fraction's word or its ordinal in digits: "third", "3rd", "10th"."""
    if w in lx.FRACTIONS:
        return float(lx.FRACTIONS[w])
    if w[-2:] in ("rd", "th") and w[:-2].isdecimal() and 3 <= int(w[:-2]) <= 100:
        return 1 / int(w[:-2])
    return None
