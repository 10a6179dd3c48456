"""Reading a goal statement: one tokenization pass, then look-ups in small word lists.

The engine never runs a regular expression over the text more than once: one linear
tokenizer turns the text into words, numbers and single punctuation marks, each with its
character span. Every later step walks that token list with a bounded look-ahead or
look-back (a few tokens), so the whole analysis stays linear in the length of the text.

What it finds (time expressions, quantities, the main action, vague words, absolutes, the
stated reason) is returned as plain facts plus a list of issues (a finding code, a span and a
few words for the message); :mod:`careerkit._smart` turns those into findings and verdicts.
"""

from __future__ import annotations

import calendar
import operator
import re
from collections.abc import Iterator, Set
from datetime import date, timedelta
from itertools import compress
from types import MappingProxyType
from typing import NamedTuple, Protocol

from careerkit import _smart_lexicon as lx

__all__ = ["Issue", "QuantityFact", "TextFacts", "analyze_text"]

# Words (letters first, then letters/digits, with apostrophes inside: "Q2", "FY27", "don't"),
# numbers (with decimal/thousands separators and a unit or ordinal glued on: "10k", "30th",
# "7pm") and any other single character. Each repeated group starts with a character the
# group before it cannot match ("," or "." then digits; an apostrophe then word characters),
# so every character is matched one way only and matching never backtracks. Words come
# first because they are the most common token.
_TOKEN = re.compile(r"[^\W\d_]\w*(?:['’]\w+)*|\d+(?:[.,]\d+)*[^\W\d_]*|\S")
# A letter or a digit: where a word or a number token starts.
_ALNUM = re.compile(r"[^\W_]")

_VERBS = (
    lx.DELIVERABLE_VERBS
    | lx.VAGUE_VERBS
    | lx.CHANGE_VERBS
    | lx.LEARNING_VERBS
    | lx.STATE_VERBS
    | lx.ACQUIRE_VERBS
    | lx.CAREER_MOVE_VERBS
    | frozenset({"go", "add", "hold", "sleep", "burn", "dedicate", "aim"})
)
_VAGUE_PHRASE_HEADS = frozenset(p[0] for p in lx.VAGUE_TIME_PHRASES)
_SENTENCE_END = frozenset(".!?;\n")
_BOUNDARY = (
    frozenset(',.;:!?()[]{}"')
    | lx.CONJUNCTIONS
    | {"who", "which", "that", "where", "starting", "beginning", "ending", "every", "each"}
)
_PHRASAL_VAGUE = frozenset(
    {
        ("work", "on"),
        ("focus", "on"),
        ("look", "into"),
        ("figure", "out"),
        ("take", "on"),
        ("step", "up"),
        ("get", "better"),
        ("get", "good"),
        ("keep", "up"),
        ("catch", "up"),
        ("brush", "up"),
        ("level", "up"),
        ("be", "better"),
        ("be", "more"),
        ("do", "better"),
        ("do", "more"),
    }
)
_SUBJECTS = frozenset({"i", "we", "i'll", "i'd", "i'm", "we'll", "we're", "i've", "we'd", "you"})
_MODALS = frozenset(
    {"will", "would", "shall", "should", "must", "can", "could", "gonna", "wanna", "may", "might"}
)
_ADVERBS = frozenset(
    {
        "maybe",
        "perhaps",
        "really",
        "also",
        "finally",
        "definitely",
        "hopefully",
        "personally",
        "ideally",
        "probably",
        "possibly",
        "just",
        "actually",
        "eventually",
        "somehow",
        "still",
        "then",
        "first",
        "successfully",
        "consistently",
        "proactively",
        "actively",
        "please",
        "never",
        "not",
        "don't",
        "dont",
        "no",
        "longer",
    }
)
_INTENT = frozenset(
    {
        "want",
        "need",
        "plan",
        "aim",
        "hope",
        "intend",
        "try",
        "strive",
        "decide",
        "commit",
        "like",
        "love",
        "going",
        "have",
        "wish",
        "expect",
        "seek",
        "attempt",
        "able",
        "needs",
        "wants",
        "plans",
        "aims",
        "trying",
        "committed",
        "determined",
        "ready",
        "got",
        "gotta",
    }
)
_GOAL_WORDS = frozenset(
    {"goal", "objective", "aim", "target", "plan", "focus", "priority", "resolution", "okr", "todo"}
)
_HEDGE_WORDS = frozenset({"maybe", "perhaps", "possibly", "hopefully", "somehow", "try", "attempt"})
_BULLETS = frozenset("-*•–—>#") | {"o"}
_QUANT_SKIP = frozenset(
    {"below", "under", "above", "over", "at", "least", "most", "less", "more", "than", "about",
     "around", "roughly", "approximately", "just", "no", "fewer"}
)  # fmt: skip
_NAMEISH_STOP = lx.PREPOSITIONS | lx.CONJUNCTIONS | frozenset(",.;:!?()")
_ADJ_ENDINGS = ("al", "ive", "ful", "ous", "ic", "ed", "ent", "ant", "ble", "ary", "ish", "less")
_ALL_MONTHS_AMBIG = lx.AMBIGUOUS_MONTHS | {"may"}
_PERIOD_WORDS = frozenset({"week", "month", "quarter", "year", "weekend", "half", "semester"})
_MOD_WORDS = frozenset(
    {"end", "start", "beginning", "middle", "mid", "early", "late", "rest", "close"}
)
_EVENT_AFTER = frozenset({"after", "of", "from", "following"})
_NOT_AFTER_YEAR = (
    frozenset({"%", "x", "times", "more", "new", "people", "followers", "connections"})
    | lx.PERCENT_WORDS
    | frozenset(lx.CURRENCY_WORDS)
    | lx.MEASURE_UNITS
    | frozenset(lx.SHORT_UNITS)
)


class Issue(NamedTuple):
    """Something the text engine noticed: a finding code, where, and words for the message."""

    code: str
    span: tuple[int, int] | None
    words: tuple[str, ...] = ()


class QuantityFact(NamedTuple):
    """A figure in the goal (the public :class:`careerkit.Quantity` is built from it)."""

    value: float
    unit: str
    kind: str
    span: tuple[int, int]
    high: float | None = None
    baseline: float | None = None
    explicit: bool = True  # a written number (not just "every week")


class _Time(NamedTuple):
    kind: str  # end, start, window, cadence, vague, event
    i: int
    j: int
    first: date | None = None
    last: date | None = None
    days: int = 0  # length of the period named ("this month" is a month long)
    anchored: bool = False  # a window counted from now ("the next 6 weeks")
    months: int = 0  # a window's length, for counting from an explicit start
    extra_days: int = 0
    bare: bool = False  # no preposition: "PyCon US 2027", "the April 2027 review cycle"


class TextFacts(NamedTuple):
    """Everything the text engine extracted from one goal statement."""

    text: str
    empty: bool
    deadline: date | None
    deadline_span: tuple[int, int] | None
    deadline_days: int  # length of the window up to the deadline, for achievability
    start: date | None
    time_bound: bool
    cadence: str | None
    event_bound: bool
    quantities: tuple[QuantityFact, ...]
    deliverable: str | None
    rationale: str | None
    career_move: bool
    verb: str | None
    verb_class: str
    goal_span: tuple[int, int]
    s_met: bool
    m_met: bool
    figure: bool  # a written figure in the goal part (resolves vague verbs with a Metric)
    issues: tuple[Issue, ...]


# --- tokens --------------------------------------------------------------------------------


# Padding after the last token: the analysis looks a few tokens (never more than about a
# dozen) before and after the one at hand, and past either end of the text it reads this
# padding (a negative index wraps into it), so no look-up needs a bounds check.
_PAD_WORDS = ("",) * 64
_PAD_GLUED = (False,) * 64


class _Doc:
    __slots__ = (
        "as_of", "at", "date_order", "en", "fy_start", "glued", "low", "n", "numbers", "raw",
        "st", "text", "used",
    )  # fmt: skip

    def __init__(self, text: str, as_of: date, fy_start: int, date_order: str) -> None:
        self.text = text
        self.raw = raw = _TOKEN.findall(text)
        # Tokens follow each other with only white space between them, so each one is found
        # from the end of the one before: one more linear pass, cheaper than match objects.
        st: list[int] = []
        en: list[int] = []
        pos = 0
        find = text.find
        for r in raw:
            pos = find(r, pos)
            st.append(pos)
            pos += len(r)
            en.append(pos)
        self.st = st
        self.en = en
        lowered = text.lower()
        if "’" in lowered:
            lowered = lowered.replace("’", "'")
        if len(lowered) == len(text):
            # Lower-casing kept every offset (the usual case): cut the tokens out of it.
            low = list(map(lowered.__getitem__, map(slice, st, en)))
        else:  # pragma: no cover - a few characters change length when lower-cased
            low = [w.lower().replace("’", "'") for w in raw]
        self.low = low
        self.n = len(raw)
        #: ``at[i]``: the lower-case token at ``i``, or "" outside the text.
        self.at = [*low, *_PAD_WORDS]
        #: ``glued[i]``: token ``i`` touches the one before it (no space between).
        self.glued = [False, *map(operator.eq, st[1:], en), *_PAD_GLUED]
        self.used = bytearray(self.n)
        # Number tokens already read: a date's parts are read up to three times each, and
        # long texts repeat the same numbers.
        self.numbers: dict[str, tuple[float, str] | None] = {}
        self.as_of = as_of
        self.fy_start = fy_start
        self.date_order = date_order

    def span(self, i: int, j: int) -> tuple[int, int]:
        return (self.st[i], self.en[j - 1])

    def digits(self, tok: str) -> tuple[float, str] | None:
        """:func:`_parse_digits` of a token, read once per text."""
        numbers = self.numbers
        if tok in numbers:
            return numbers[tok]
        numbers[tok] = parsed = _parse_digits(tok)
        return parsed

    def find(self, words: Set[str], *, numbers: bool = False) -> Iterator[int]:
        """Indices of the tokens in ``words`` (and, with ``numbers``, of numbers), in order.

        Most steps care about a few tokens only: testing every token with map/compress runs
        at C speed, far cheaper than a Python loop over the whole text.
        """
        hits: Iterator[bool] = map(words.__contains__, self.low)
        if numbers:
            hits = map(operator.or_, hits, map(str.isdigit, map(operator.itemgetter(0), self.low)))
        return compress(range(self.n), hits)

    def slice(self, i: int, j: int) -> str:
        return self.text[self.st[i] : self.en[j - 1]]


def lemma(w: str) -> str:
    """The base form of a verb token (unknown words come back unchanged)."""
    verbs = _VERBS
    if w in verbs:
        return w
    n = len(w)
    if n > 4 and w.endswith("ing"):
        b = w[:-3]
        for cand in (b, b + "e", b[:-1]):
            if cand in verbs:
                return cand
    elif n > 3 and w.endswith("ed"):
        for cand in (w[:-2], w[:-1], w[:-3]):
            if cand in verbs:
                return cand
    elif n > 3 and w.endswith("ies"):
        if w[:-3] + "y" in verbs:
            return w[:-3] + "y"
    elif n > 2 and w.endswith("s"):
        if w[:-1] in verbs:
            return w[:-1]
        if w.endswith("es") and w[:-2] in verbs:
            return w[:-2]
    return w


# --- numbers -------------------------------------------------------------------------------


def _parse_digits(tok: str) -> tuple[float, str] | None:
    """'1,000' -> 1000, '3.5' -> 3.5, '10k' -> 10000, '30th' -> (30, 'th')."""
    if tok.isdecimal():  # the usual case: plain digits, all of which float() reads
        return float(tok), ""
    k = len(tok)
    while k and not tok[k - 1].isdigit():
        k -= 1
    body, suffix = tok[:k], tok[k:].lower()
    if not body or not body[0].isdigit():
        return None
    if body.count(".") > 1:
        return None
    if "," in body:
        parts = body.split(",")
        if all(len(p) == 3 for p in parts[1:]) and "." not in parts[0]:
            body = body.replace(",", "")
        else:
            return None
    try:
        value = float(body)
    except ValueError:  # pragma: no cover - the token pattern only lets digits through
        return None
    if suffix in lx.NUMBER_SUFFIXES:
        return value * lx.NUMBER_SUFFIXES[suffix], ""
    return value, suffix


def _number_at(d: _Doc, i: int) -> tuple[float, int, bool] | None:
    """A number starting at token ``i``: (value, index after it, is_ordinal)."""
    w = d.at[i]
    if not w:
        return None
    if w[0].isdigit():
        parsed = d.digits(w)
        if parsed is None:
            return None
        value, suffix = parsed
        if suffix and suffix not in lx.ORDINAL_SUFFIXES:
            return None
        j = i + 1
        # "1 000" is not handled; "3.5" and "1,000" come as one token.
        return value, j, suffix in lx.ORDINAL_SUFFIXES
    if w in lx.UNITS:
        value = float(lx.UNITS[w])
        j = i + 1
        if w in lx.TENS and d.at[j] == "-" and d.at[j + 1] in lx.UNITS and d.glued[j + 1]:
            value += lx.UNITS[d.at[j + 1]]
            j += 2
        if d.at[j] in lx.SCALES:
            value *= lx.SCALES[d.at[j]]
            j += 1
        if w == "one" and (
            (d.at[j] == "-" and d.at[j + 1] == "on") or (d.at[i - 1] == "-" and d.glued[i])
        ):
            return None  # one-on-one
        return value, j, False
    if w in ("a", "an"):
        nxt = d.at[i + 1]
        if nxt in lx.SCALES:
            return float(lx.SCALES[nxt]), i + 2, False
        if nxt == "dozen":
            return 12.0, i + 2, False
        if nxt == "pair" and d.at[i + 2] == "of":
            return 2.0, i + 3, False
    if w == "half" and d.at[i + 1] == "a" and d.at[i + 2] == "dozen":
        return 6.0, i + 3, False
    return None


def _is_year(w: str) -> int | None:
    if len(w) == 4 and w.isdigit():
        y = int(w)
        if 1900 <= y <= 2199:
            return y
    return None


def _day_of(d: _Doc, w: str) -> int | None:
    parsed = d.digits(w) if w[:1].isdigit() else None
    if parsed is None:
        return None
    value, suffix = parsed
    if suffix and suffix not in lx.ORDINAL_SUFFIXES:
        return None
    if value.is_integer() and 1 <= value <= 31 and len(w) <= 4:
        return int(value)
    return None


# --- calendar ------------------------------------------------------------------------------


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, dd: int) -> date | None:
    try:
        return date(y, m, dd)
    except ValueError:
        return None


def _months_later(start: date, months: int) -> date:
    """``start`` plus whole months, clipped to the month's end (Jan 31 + 1 month = Feb 28).

    Always counted from the anchor date, never step by step (month arithmetic with clipping
    is not associative).
    """
    y, m = divmod(start.month - 1 + months, 12)
    year = start.year + y
    return date(year, m + 1, min(start.day, calendar.monthrange(year, m + 1)[1]))


def _quarter(y: int, q: int, fy_start: int, fiscal: bool) -> tuple[date, date]:
    if fiscal and fy_start != 1:
        first = _months_later(date(y - 1, fy_start, 1), 3 * (q - 1))
    else:
        first = date(y, 3 * (q - 1) + 1, 1)
    return first, _months_later(first, 3) - timedelta(days=1)


def _year(y: int, fy_start: int, fiscal: bool) -> tuple[date, date]:
    if fiscal and fy_start != 1:
        first = date(y - 1, fy_start, 1)
        return first, _months_later(first, 12) - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def _fiscal_year_of(day: date, fy_start: int) -> int:
    """The fiscal year (named by the calendar year it ends in) that ``day`` falls in."""
    if fy_start == 1 or day.month < fy_start:
        return day.year
    return day.year + 1


def _add(anchor: date, unit: str, count: float) -> tuple[date, int]:
    """``anchor`` plus ``count`` units, and the length in days."""
    if unit in ("day", "week", "fortnight", "sprint"):
        per = {"day": 1, "week": 7, "fortnight": 14, "sprint": 14}[unit]
        days = round(per * count)
        return anchor + timedelta(days=days), days
    per_month = {"month": 1, "quarter": 3, "year": 12, "semester": 6}[unit]
    months = round(per_month * count)
    end = _months_later(anchor, months)
    return end, (end - anchor).days


# --- time expressions ----------------------------------------------------------------------


def _context(d: _Doc, i: int) -> tuple[str, str, frozenset[str], int]:
    """What precedes a period at ``i``: preposition, the word before it, modifiers, start."""
    mods: set[str] = set()
    j = i - 1
    steps = 0
    while j >= 0 and steps < 6:
        w = d.low[j]
        if w in ("the", "of", "very", "-", "a") or w in _MOD_WORDS:
            if w in _MOD_WORDS:
                mods.add("mid" if w == "middle" else "start" if w == "beginning" else w)
            j -= 1
            steps += 1
            continue
        break
    prep = d.at[j]
    prep2 = d.at[j - 1]
    first = j if prep in _PREP_ALL else j + 1
    if prep not in _PREP_ALL:
        while first < i and d.low[first] in ("the", "a", "of", "very"):
            first += 1  # "lead the Q1 2027 project": "the" belongs to the project
    if (prep in ("to", "of", "than") and prep2 in ("prior", "ahead", "later", "as")) or (
        prep in ("in", "on") and prep2 in ("starting", "beginning", "from")
    ):
        first = j - 1  # "no later than June", "starting in March"
    return prep, prep2, frozenset(mods) if mods else _NO_MODS, max(first, 0)


_PREP_ALL = (
    lx.END_PREPOSITIONS
    | lx.START_PREPOSITIONS
    | lx.BEFORE_PREPOSITIONS
    | frozenset({"on", "at", "to", "than", "effective", "commencing", "and"})
)


def _resolve(
    d: _Doc, i: int, j: int, first: date, last: date
) -> _Time:  # apply the words in front of a period
    prep, prep2, mods, begin = _context(d, i)
    if "end" in mods or "rest" in mods:
        first_m, last_m = (d.as_of if "rest" in mods else last), last
    elif "start" in mods:
        first_m, last_m = first, first
    elif mods & {"early", "mid", "late"}:
        span = (last - first).days + 1
        third = max(span // 3, 1)
        if "early" in mods:
            first_m, last_m = first, first + timedelta(days=third - 1)
        elif "mid" in mods:
            first_m = last_m = first + timedelta(days=span // 2)
        else:
            first_m, last_m = last - timedelta(days=third - 1), last
    else:
        first_m, last_m = first, last
    days = (last - first).days + 1
    if (
        prep in lx.START_PREPOSITIONS
        or prep in ("effective", "commencing")
        or (prep in ("in", "on", "of") and prep2 in ("starting", "beginning", "from", "as"))
    ):
        when = last_m + timedelta(days=1) if prep == "after" else first_m
        return _Time("start", begin, j, when, when, days)
    if prep in lx.BEFORE_PREPOSITIONS or (prep, prep2) in (("to", "prior"), ("of", "ahead")):
        end = last_m if mods & {"end", "rest"} else first_m - timedelta(days=1)
        return _Time("end", begin, j, first_m, end, days)
    bare = prep not in _PREP_ALL and not mods
    return _Time("end", begin, j, first_m, last_m, days, bare=bare)


def _next_year_if_past(
    d: _Doc, make: tuple[date, date], remake: tuple[date, date]
) -> tuple[date, date]:
    return make if make[1] >= d.as_of else remake


def _year_after(d: _Doc, j: int) -> tuple[int, int] | None:
    """A year written at ``j``: '2027', "'27", ', 2027'. Returns (year, index after)."""
    w = d.at[j]
    if w == "," and _is_year(d.at[j + 1]):
        return _is_year(d.at[j + 1]) or 0, j + 2
    y = _is_year(w)
    if y:
        return y, j + 1
    if w == "'" and len(d.at[j + 1]) == 2 and d.at[j + 1].isdigit():
        return 2000 + int(d.at[j + 1]), j + 2
    return None


def _fy_token(w: str) -> int | None:
    """'fy27' / 'fy2027' -> 2027."""
    if len(w) in (4, 6) and w.startswith("fy") and w[2:].isdigit():
        y = int(w[2:])
        return y + 2000 if y < 100 else y
    return None


class _TimeScan:
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
        i = 0
        n = d.n
        while i < n:  # expressions end past i, so no token ahead of i is used yet
            w = low[i]
            if not (w[0].isdigit() or w in _TIME_TRIGGERS or w[:2] == "fy"):
                i += 1
                continue
            t = self._at(i, w)
            if t is None:
                i += 1
                continue
            self.found.append(t)
            used[t.i : t.j] = b"\1" * (t.j - t.i)
            i = max(t.j, i + 1)

    # Dispatch on the token: each branch looks at a handful of tokens around ``i``.
    def _at(self, i: int, w: str) -> _Time | None:
        c = w[0]
        if c.isdigit():
            return self._number(i, w)
        if w in lx.MONTHS:
            return self._month(i, w, None)
        if w in _VAGUE_PHRASE_HEADS or w in lx.VAGUE_TIME:
            t = self._vague(i, w)
            if t is not None:
                return t
        if w in ("every", "each", "per"):
            t = self._every(i, w)
            if t is not None:
                return t
        if w in lx.TIMES_WORDS:
            return self._times(i, i + 1, float(lx.TIMES_WORDS[w]))
        if w in lx.CADENCE_ADVERBS and self._adverbial(i):
            return self._cadence(i, i + 1, 1.0, lx.CADENCE_ADVERBS[w], explicit=False)
        if w in lx.WEEKDAYS_PLURAL:
            start = i - 1 if self.d.at[i - 1] == "on" else i
            return self._cadence(start, i + 1, 1.0, "week", explicit=False)
        if w in lx.WEEKDAYS:
            return self._weekday(i, w)
        if w in ("this", "next", "coming", "following", "current"):
            return self._relative(i, w)
        if w in lx.UNITS or w in ("a", "an", "half"):
            return self._word_number(i)
        if c in "qhf" or w in ("eoy", "eoq", "eom"):
            t = self._code(i, w)
            if t is not None:
                return t
        if w == "/" and (self.d.at[i + 1] in lx.DURATION_UNITS or self.d.at[i + 1] == "night"):
            # "3x/week", "1 post / month"
            unit = lx.DURATION_UNITS.get(self.d.at[i + 1], "day")
            return self._cadence(i, i + 2, 1.0, unit, explicit=False)
        if w in ("tomorrow", "today", "tonight"):
            day = self.d.as_of + timedelta(days=1 if w == "tomorrow" else 0)
            return _Time("end", _context(self.d, i)[3], i + 1, day, day, 1)
        if w in ("first", "second", "third", "fourth", "last"):
            return self._ordinal_period(i, w)
        if w in lx.SEASONS:
            return self._season(i, w, None)
        if w in _PERIOD_WORDS:
            return self._the_period(i, w)
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
            return d.at[end - 1] in lx.EVENT_NOUNS
        return True

    def _vague(self, i: int, w: str) -> _Time | None:
        d = self.d
        for phrase in _VAGUE_BY_HEAD.get(w, ()):
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
            if at_start or nxt in ("i", "we", ",", "i'll", "i'd"):
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
        elif nxt == "single":
            j += 1
        else:
            num = _number_at(d, j)
            if num is not None and not num[2] and d.at[num[1]] in lx.DURATION_UNITS:
                every, j = num[0], num[1]
        unit_w = d.at[j]
        if unit_w in _EVENT_MODIFIERS and (
            d.at[j + 1] in lx.CADENCE_NOUNS or d.at[j + 1] in lx.EVENT_NOUNS
        ):
            j += 1  # "every working day", "each design review"
            unit_w = d.at[j]
        if unit_w in lx.CADENCE_NOUNS or unit_w in lx.DURATION_UNITS:
            unit = lx.DURATION_UNITS.get(unit_w, unit_w)
            if unit_w in lx.WEEKDAYS or unit_w in lx.WEEKDAYS_PLURAL:
                unit = "week"
            return self._cadence(i, j + 1, 1.0, unit, explicit=every != 1.0, every=every)
        if unit_w in lx.EVENT_NOUNS or (
            d.at[j + 1] in lx.EVENT_NOUNS and unit_w not in lx.PREPOSITIONS
        ):
            end = j + 1 if unit_w in lx.EVENT_NOUNS else j + 2
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
            if unit_w in lx.DURATION_UNITS or unit_w in lx.CADENCE_NOUNS:
                unit = lx.DURATION_UNITS.get(unit_w, unit_w)
                return self._cadence(i, k + 1, count, unit, explicit=True, every=every)
        return None

    # -- numbers --------------------------------------------------------------------------

    def _number(self, i: int, w: str) -> _Time | None:
        d = self.d
        if w.count(".") == 2:  # 30.06.2027
            parts = w.split(".")
            if len(parts[0]) <= 2 and len(parts[1]) <= 2 and len(parts[2]) in (2, 4):
                return self._numeric_date(i, i + 1, parts)
            return None
        year = _is_year(w)
        nxt = d.at[i + 1]
        if year is not None and nxt not in _NOT_AFTER_YEAR:
            return self._year(i, year)
        # 31/12/2027, 6/30/2027, 2027-06-30 (year first handled in _year), 6/30
        if nxt in ("/", "-", ".") and d.glued[i + 1] and d.glued[i + 2]:
            b = d.at[i + 2]
            if b.isdigit() and len(b) <= 2 and len(w) <= 2:
                if (
                    d.at[i + 3] == nxt
                    and d.glued[i + 3]
                    and d.glued[i + 4]
                    and d.at[i + 4].isdigit()
                ):
                    return self._numeric_date(i, i + 5, [w, b, d.at[i + 4]])
                if nxt == "/":
                    return self._numeric_date(i, i + 3, [w, b])
            if nxt == "/" and _is_year(b) and w.isdigit() and 1 <= int(w) <= 12:
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
        if num is None or num[2]:
            return None
        if d.at[num[1]] in ("-", "–") and d.glued[num[1]] and d.at[num[1] + 2] in lx.DURATION_UNITS:
            upper = _number_at(d, num[1] + 1)  # "within 2-3 weeks": the later end bounds it
            if upper is not None and not upper[2]:
                return self._duration(i, upper[0], upper[1])
        return self._duration(i, num[0], num[1])

    def _word_number(self, i: int) -> _Time | None:
        d = self.d
        w = d.low[i]
        if w in ("a", "an") and d.at[i + 1] in lx.DURATION_UNITS:
            t = self._duration(i, 1.0, i + 1)
            if t is not None:
                return t
            prev = d.at[i - 1]
            if (
                i > 0
                and d.at[i + 1] in ("day", "week", "month", "year", "quarter", "night")
                and prev not in lx.PREPOSITIONS
                and prev not in lx.DETERMINERS_DEFINITE
                and (
                    prev[:1].isdigit()
                    or prev.endswith("s")
                    or lemma(prev) not in _VERBS
                    or prev in lx.SHORT_UNITS
                )
                and d.at[i + 2] not in ("off", "of", "or")
            ):
                # "2 liters of water a day", "three calls a month": a rate
                unit = lx.DURATION_UNITS[d.at[i + 1]]
                return self._cadence(i, i + 2, 1.0, unit, explicit=False)
            return None
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
            and d.at[i + 2].isdigit()
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
        return _Time("clock", i, end)

    def _duration(self, i: int, count: float, j: int) -> _Time | None:
        """'within 6 weeks', 'for the next 3 months', 'in 90 days', '3 times a week'."""
        d = self.d
        unit_w = d.at[j]
        if unit_w in lx.PER_PERIOD_NOUNS and unit_w not in lx.DURATION_UNITS:
            return self._times(i, j + 1, count)
        if unit_w not in lx.DURATION_UNITS or (d.glued[j] and d.at[j - 1] == "-"):
            return None
        unit = lx.DURATION_UNITS[unit_w]
        after = d.at[j + 1]
        # "three days a week" is a frequency; "for one day each month" an amount per period.
        if after in ("each", "every", "per", "a", "an") and (
            d.at[j + 2] in lx.DURATION_UNITS or d.at[j + 2] in lx.CADENCE_NOUNS
        ):
            if unit_w in lx.PER_PERIOD_NOUNS and d.at[i - 1] != "for":
                return self._times(i, j + 1, count)
            return None
        if (after in ("ago", "old", "experience") or (after == "'" and d.at[j + 2] != "time")) or (
            after == "of" and d.at[j + 2] in _DET_OR_WORK
        ):
            return None  # "3 years ago", "2 years of experience", "2 years' experience"
        k = i - 1
        lead = False
        anchored = False
        while k >= 0 and d.low[k] in _WINDOW_LEAD:
            if d.low[k] in ("next", "coming", "following", "upcoming"):
                anchored = True
            lead = True
            k -= 1
        prep = d.at[k]
        if "first" in d.low[k + 1 : i] and prep not in _WINDOW_PREPS:
            return None  # "my first 90 days" with nothing bounding it
        begin = k if prep in _WINDOW_PREPS else k + 1
        tail = j + 1
        if (after == "from" and d.at[j + 2] in ("now", "today")) or (
            after == "'" and d.at[j + 2] in ("time",)
        ):
            tail, anchored = j + 3, True
        elif after in ("time", "time's"):
            tail, anchored = j + 2, True
        if prep in _WINDOW_PREPS or lead or anchored:
            if after in _EVENT_AFTER and tail == j + 1:
                nxt = d.at[j + 2]
                if nxt not in lx.MONTHS and not _is_year(nxt):
                    # "within two weeks after the event": relative to an event.
                    return _Time("event", begin, j + 1)
            if lead and prep not in _WINDOW_PREPS:
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

    def _window(self, i: int, j: int, unit: str, count: float, anchored: bool) -> _Time:
        end, days = _add(self.d.as_of, unit, count)
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
            if y < 100:
                y += 2000
            if not 1900 <= y <= 2199:
                return None
        else:
            a, b = nums
            if d.at[i - 1] not in _PREP_ALL:
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
            this = _safe_date(d.as_of.year, mm, dd)
            if this is None:
                return None
            day = this if this >= d.as_of else _safe_date(d.as_of.year + 1, mm, dd)
        else:
            day = _safe_date(y, mm, dd)
        if day is None:
            return _Time("vague", i, j)  # "31/02/2027", "99/99/2027": no date at all
        return _resolve(d, i, j, day, day)

    def _year(self, i: int, year: int) -> _Time | None:
        d = self.d
        nxt = d.at[i + 1]
        fy = self.d.fy_start
        # 2027-06-30, 2027/06/30
        if nxt in ("-", "/") and d.glued[i + 1] and d.glued[i + 2]:
            mm = d.at[i + 2]
            if mm.isdigit() and d.at[i + 3] == nxt and d.glued[i + 3] and d.at[i + 4].isdigit():
                day = _safe_date(year, int(mm), int(d.at[i + 4]))
                if day is not None:
                    return _resolve(d, i, i + 5, day, day)
                return None
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
        fiscal = prev in ("fy", "fiscal") or (prev == "year" and d.at[i - 2] == "fiscal")
        begin_fiscal = i - (2 if prev == "year" else 1) if fiscal else i
        first, last = _year(year, fy, fiscal)
        prep, _, mods, _ = _context(d, begin_fiscal)
        raw_prev = d.raw[i - 1] if i > 0 else ""
        if (
            fiscal
            or mods
            or prep in _PREP_ALL
            or prev in _PREP_ALL
            or i == 0
            or prev in (",", ":", "(", "-", ";", "–", "/")
            or (raw_prev[:1].isupper() and year >= d.as_of.year)
        ):
            return _resolve(d, begin_fiscal, i + 1, first, last)
        self.names.add(i)  # a year in a name, no time frame: "the 2027 roadmap"
        return None

    def _code(self, i: int, w: str) -> _Time | None:
        """Q2 2027, H1, FY27, FY 2027, EOY."""
        d = self.d
        fy = d.fy_start
        as_of = d.as_of
        if w in ("eoy", "eoq", "eom"):
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
            if y is None:
                cur = _fiscal_year_of(as_of, fy) if fy != 1 else as_of.year
                a = _quarter(cur, q, fy, fy != 1)
                first, last = _next_year_if_past(d, a, _quarter(cur + 1, q, fy, fy != 1))
            else:
                first, last = _quarter(y, q, fy, fiscal)
            return _resolve(d, i, j, first, last)
        if w in ("h1", "h2"):
            j = i + 1
            ya = _year_after(d, j)
            if ya is not None:
                y0, j = ya
            else:
                y0 = as_of.year
            first = date(y0, 1 if w == "h1" else 7, 1)
            last = _months_later(first, 6) - timedelta(days=1)
            if ya is None and last < as_of:
                first, last = date(y0 + 1, first.month, 1), date(y0 + 1, last.month, last.day)
            return _resolve(d, i, j, first, last)
        fyv = _fy_token(w)
        if w == "fy" or w == "fiscal":
            j = i + 1
            if w == "fiscal" and d.at[j] == "year":
                j += 1
            ya = _year_after(d, j)
            if ya is None and len(d.at[j]) == 2 and d.at[j].isdigit():
                ya = (2000 + int(d.at[j]), j + 1)
            if ya is None:
                return None
            fyv, j = ya
        else:
            j = i + 1
        if fyv is None:
            return None
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
            cand = _day_of(d, d.at[j])
            if cand is not None and not (_is_year(d.at[j])):
                day, j = cand, j + 1
        ya = _year_after(d, j)
        year: int | None = None
        if ya is not None:
            year, j = ya
        begin = day_first[1] if day_first else i
        if w in _ALL_MONTHS_AMBIG and day is None and year is None:
            prep, _, mods, _ = _context(d, begin)
            if w == "may" and d.raw[i] != "May":
                return None
            if prep not in _PREP_ALL and not mods:
                return None
        as_of = d.as_of
        if day is not None:
            if year is None:
                # The next such day on or after as_of (February 29 may be years away).
                for y in range(as_of.year, as_of.year + 9):
                    cand_day = _safe_date(y, m, day)
                    if cand_day is not None and cand_day >= as_of:
                        return _resolve(d, begin, j, cand_day, cand_day)
                return _Time("vague", begin, j)  # "June 31" never comes
            exact = _safe_date(year, m, day)
            if exact is None:
                return _Time("vague", begin, j)  # "February 30, 2027" is no date at all
            return _resolve(d, begin, j, exact, exact)
        y = year if year is not None else as_of.year
        first, last = date(y, m, 1), _month_end(y, m)
        if year is None and last < as_of:
            first, last = date(y + 1, m, 1), _month_end(y + 1, m)
        return _resolve(d, begin, j, first, last)

    def _weekday(self, i: int, w: str) -> _Time | None:
        d = self.d
        nxt = d.at[i + 1]
        if nxt == "," and d.at[i + 2] in lx.MONTHS:
            return None  # "Friday, June 30": the date follows
        if nxt in lx.MONTHS or _day_of(d, nxt):
            return None
        prev = d.at[i - 1]
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
        elif prev in ("by", "on", "before", "until", "till", "through", "from", "starting"):
            day = as_of + timedelta(days=ahead)
            begin = i
        else:
            return None
        return _resolve(d, begin, i + 1, day, day)

    def _relative(self, i: int, w: str) -> _Time | None:
        """this week, next month, the coming quarter, next fiscal year, next summer."""
        d = self.d
        j = i + 1
        nxt = d.at[j]
        as_of = d.as_of
        step = 0 if w in ("this", "current") else 1
        fiscal = False
        if nxt == "fiscal" and d.at[j + 1] == "year":
            fiscal, j, nxt = True, j + 1, "year"
        if nxt in lx.SEASONS:
            return self._season(j, nxt, step)
        if nxt in lx.WEEKDAYS:
            return None  # handled at the weekday
        if nxt not in _PERIOD_WORDS and nxt not in ("weekend",):
            # "the next performance review": bounded by an event that has a date
            if w == "next" and (nxt in lx.EVENT_NOUNS or d.at[j + 1] in lx.EVENT_NOUNS):
                end = j + 1 if nxt in lx.EVENT_NOUNS else j + 2
                prep, _, _, begin = _context(d, i)
                if prep in ("by", "before", "until", "till", "at", "in", "during", "after"):
                    return _Time("event", begin, end)
            return None
        first, last = _period_of(as_of, nxt, step, d.fy_start, fiscal)
        if w in ("coming", "following") and d.at[i - 1] == "the":
            # "in the coming year": a window of one unit from now.
            unit = lx.DURATION_UNITS.get(nxt, "week")
            return self._window(_context(d, i)[3], j + 1, unit, 1.0, True)
        return _resolve(d, i, j + 1, first, last)

    def _the_period(self, i: int, w: str) -> _Time | None:
        """'the end of the year', 'by the end of the month', 'year-end', 'the rest of the year'."""
        d = self.d
        prev = d.at[i - 1]
        nxt = d.at[i + 1]
        end_after = nxt == "-" and d.at[i + 2] == "end" and d.glued[i + 1]
        if end_after or (nxt == "end" and w != "weekend"):
            first, last = _period_of(d.as_of, w, 0, d.fy_start, False)
            stop = i + 3 if end_after else i + 2
            return _Time("end", _context(d, i)[3], stop, first, last, (last - first).days + 1)
        if prev != "the":
            return None
        prep, _, mods, begin = _context(d, i)
        if not mods and prep not in ("by", "until", "till", "through", "throughout", "for"):
            return None
        first, last = _period_of(d.as_of, w, 0, d.fy_start, False)
        return _resolve(d, i, i + 1, first, last)._replace(i=begin)

    def _ordinal_period(self, i: int, w: str) -> _Time | None:
        """'the first half of 2027', 'the second quarter', 'the last quarter of the year'."""
        d = self.d
        unit = d.at[i + 1]
        if unit not in ("half", "quarter"):
            return None
        idx = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0}[w]
        count = 2 if unit == "half" else 4
        if idx == 0:
            idx = count
        if idx > count:
            return None
        j = i + 2
        year: int | None = None
        fiscal = False
        if d.at[j] == "of":
            k = j + 1
            if d.at[k] in ("fy", "fiscal"):
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

    def _season(self, i: int, w: str, step: int | None) -> _Time | None:
        d = self.d
        m = lx.SEASONS[w]
        j = i + 1
        ya = _year_after(d, j)
        if ya is not None:
            y, j = ya
        else:
            if step is None:
                prep, _, mods, _ = _context(d, i)
                if prep not in _PREP_ALL and not mods:
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


def _period_of(as_of: date, unit: str, step: int, fy_start: int, fiscal: bool) -> tuple[date, date]:
    """The calendar period (week, month, quarter, half, year) ``step`` periods after as_of's."""
    if unit in ("week", "weekend"):
        monday = as_of - timedelta(days=as_of.weekday()) + timedelta(days=7 * step)
        if unit == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = _months_later(date(as_of.year, as_of.month, 1), step)
        return first, _month_end(first.year, first.month)
    if unit == "quarter":
        q0 = date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
        first = _months_later(q0, 3 * step)
        return first, _months_later(first, 3) - timedelta(days=1)
    if unit in ("half", "semester"):
        h0 = date(as_of.year, 1 if as_of.month <= 6 else 7, 1)
        first = _months_later(h0, 6 * step)
        return first, _months_later(first, 6) - timedelta(days=1)
    if fiscal:
        return _year(_fiscal_year_of(as_of, fy_start) + step, fy_start, True)
    return date(as_of.year + step, 1, 1), date(as_of.year + step, 12, 31)


def _lead_only(d: _Doc, i: int) -> bool:
    """Only subjects, modals and hedges stand before token ``i``."""
    for k in range(min(i, 6)):
        w = d.low[i - 1 - k]
        if w not in _SUBJECTS and w not in _MODALS and w not in _ADVERBS and w not in _INTENT:
            return w in ("to",) or w in _BULLETS
    return i <= 6


# --- quantities ----------------------------------------------------------------------------


def _unit_after(d: _Doc, j: int) -> tuple[str, int]:
    """The noun a number counts: the last word of the short noun phrase after it."""
    best = ""
    end = j
    k = j
    if d.at[k] == "of" and d.at[k + 1] in lx.DETERMINERS_DEFINITE:
        k += 2
    if d.at[k] in lx.MEASURE_UNITS:
        return d.at[k], k + 1
    for _ in range(4):
        w = d.at[k]
        if (w[:1].isdigit() or w in lx.UNITS) and d.at[k + 1] == "-" and d.glued[k + 1]:
            k += 3  # "two 20-minute talks": the unit is "talks"
            continue
        if (
            not w
            or w in _NAMEISH_STOP
            or w in lx.DETERMINERS_DEFINITE
            or not w[0].isalpha()
            or d.used[k]
            or w in lx.PRONOUNS
            or w in lx.UNITS
        ):
            if w == "-" and d.glued[k] and best:
                k += 1
                continue
            break
        if w in lx.COMPARATIVES or w in ("times",):
            break
        best, end = w, k + 1
        nxt = d.at[k + 1]
        if nxt in _NAMEISH_STOP or not nxt or (not nxt[0].isalpha() and nxt != "-"):
            break
        if lemma(nxt) in _VERBS and nxt not in lx.ARTIFACT_NOUNS and not nxt.endswith("s"):
            break
        k += 1
    return best, end


def _other_number(d: _Doc, k: int) -> tuple[float, int] | None:
    """The second number of a range or change: "to below 10%", "to $105,000"."""
    while d.at[k] in _QUANT_SKIP or d.at[k] in lx.CURRENCY_SYMBOLS:
        k += 1
    num = _number_at(d, k)
    if num is None or num[2]:
        return None
    return num[0], num[1]


def _quantities(d: _Doc, names: set[int], title_case: bool) -> list[QuantityFact]:
    out: list[QuantityFact] = []
    low = d.low
    raw = d.raw
    used = d.used
    skip_to = 0
    # Only numbers and number words can start a quantity.
    for i in d.find(_QUANTITY_TRIGGERS, numbers=True):
        if i < skip_to or used[i]:
            continue
        w = low[i]
        c = w[0]
        if w in lx.MULTIPLIERS and not (d.at[i + 1] == "-" and d.glued[i + 1]):
            out.append(QuantityFact(lx.MULTIPLIERS[w], "x", "multiplier", d.span(i, i + 1)))
            continue
        if len(w) >= 2 and w[-1] == "x" and w[:-1].isdigit():
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
        if not (c.isdigit() or w in lx.UNITS or w in ("a", "an", "half")):
            continue
        if i in names:
            continue
        num = _number_at(d, i)
        if num is None or num[2]:
            continue
        value, j, _ = num
        begin = i
        prev = d.at[i - 1]
        if w == "one" and prev == "number":
            skip_to = j  # \"number one\" is a rank
            continue
        if d.at[j] == ":" and d.glued[j] and d.at[j + 1][:1].isdigit():
            skip_to = j + 2  # "1:1s", "3:1"
            continue
        currency = ""
        if prev in lx.CURRENCY_SYMBOLS and d.glued[i]:
            currency = lx.CURRENCY_SYMBOLS[prev]  # "$5,000", "€3k"
            begin = i - 1
        # A number right after a mid-sentence name is part of it: "Python 3", "Java 8".
        if (
            c.isdigit()
            and not title_case
            and i > 1
            and raw[i - 1][:1].isupper()
            and low[i - 1] not in lx.NOT_NAMES
            and low[i - 1] not in lx.MONTHS
            and d.at[i - 2] not in _SENTENCE_END
            and value.is_integer()
            and value < 100
            and not d.glued[i]
            and d.at[j] not in _UNIT_WORDS
        ):
            skip_to = j
            continue
        if w in ("one",) and (d.at[j] in ("of", "another", "more") or prev == "no"):
            skip_to = j
            continue
        nxt = d.at[j]
        if currency:
            end, kind, unit = j, "money", currency
        elif nxt == "%" or nxt in lx.PERCENT_WORDS or (nxt == "per" and d.at[j + 1] == "cent"):
            end = j + (2 if nxt == "per" else 1)
            if d.at[end] == "points":
                end += 1
            kind, unit = "percent", "%"
        elif nxt in lx.CURRENCY_WORDS:
            end, kind, unit = j + 1, "money", lx.CURRENCY_WORDS[nxt]
        elif nxt in lx.SHORT_UNITS:
            end, kind, unit = j + 1, "duration", lx.SHORT_UNITS[nxt]
        elif nxt == "-" and d.glued[j] and d.glued[j + 1] and d.at[j + 1][:1].isalpha():
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
            o_value, o_end = other
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
        out.append(QuantityFact(value, unit, kind, (d.st[begin], d.en[stop - 1]), high, baseline))
        used[i:stop] = b"\1" * (stop - i)
        skip_to = stop
    return out


# --- the goal clause and its reason ------------------------------------------------------------


def _rationale(d: _Doc, main: int) -> tuple[int, bool]:
    """Where the stated reason starts (or ``d.n``) and whether a career move is named."""
    low = d.low
    n = d.n
    career = False
    for i in d.find(_RATIONALE_SCAN):
        w = low[i]
        if w in _CAREER_WORDS:
            nxt = d.at[i + 1]
            if "into" in low[i + 2 : i + 5] and w in ("move", "moving", "transition", "pivot"):
                career = True
            if (
                nxt in ("into", "to", "up")
                and (w != "advance" or nxt == "to")
                and not (w in ("switch", "step") and nxt == "up")
                and not (nxt == "to" and lemma(d.at[i + 2]) in _VERBS and w != "promoted")
            ):
                career = True  # "move into management", "promoted to Staff Engineer"
            if w == "qualify" and nxt == "for":
                career = True
        if i < main:
            continue
        if w == "to":
            if _purpose_to(d, i, main):
                return i, career
            continue
        if w == "so" and d.at[i + 1] in _SO_NEXT and d.at[i - 1] not in ("and", "or"):
            return i, career
        for phrase in _RATIONALE_BY_HEAD.get(w, ()):
            if tuple(low[i : i + len(phrase)]) == phrase:
                return i, career
        if w in lx.CAREER_AIM_NOUNS and i > main + 2:
            return i, career
    return n, career


_RATIONALE_HEADS = frozenset(p[0] for p in lx.RATIONALE_PHRASES)
_RATIONALE_SCAN = _RATIONALE_HEADS | {"to", "so"} | lx.CAREER_AIM_NOUNS | {
    "move", "moving", "transition", "transitioning", "pivot", "switch", "step", "grow",
    "promoted", "promotion", "qualify", "advance"}  # fmt: skip
_PURPOSE_VERBS = _VERBS | lx.PURPOSE_VERBS
_SO_NEXT = lx.PRONOUNS | lx.DETERMINERS_DEFINITE | frozenset({"people", "customers", "users"})


def _purpose_to(d: _Doc, i: int, main: int) -> bool:
    """Is the 'to' at ``i`` the start of a purpose clause ("..., to qualify for ...")?"""
    nxt = d.at[i + 1]
    # An infinitive is a base form: "to lead", not "to networking" or "to events".
    if nxt not in _PURPOSE_VERBS:
        return False
    if d.raw[i + 1][:1].isupper():
        return False
    prev = d.at[i - 1]
    if prev in lx.PREP_TO_VERBS or lemma(prev) in lx.PREP_TO_VERBS:
        return False
    if prev == ",":
        return True
    if prev in lx.TO_COMPLEMENT_VERBS or lemma(prev) in lx.TO_COMPLEMENT_VERBS:
        return False
    if prev in ("how", "what", "where", "when", "whether", "order", "in", "able", "willing"):
        return False
    if i == main or i < main:
        return False
    # "ask two senior engineers to mentor me": the object of a verb that takes "to".
    for k in range(i - 2, max(main - 1, i - 6), -1):
        w = d.low[k]
        if w in _BOUNDARY or w == ",":
            break
        if lemma(w) in _OBJECT_CONTROL:
            return False
    return True


_OBJECT_CONTROL = frozenset(
    {
        "ask",
        "invite",
        "encourage",
        "help",
        "allow",
        "enable",
        "convince",
        "persuade",
        "teach",
        "get",
        "want",
        "need",
        "expect",
        "remind",
        "coach",
        "mentor",
        "train",
        "push",
        "challenge",
        "nominate",
        "recruit",
        "empower",
        "volunteer",
        "agree",
        "offer",
    }
)


def _main_verb(d: _Doc, lo: int, hi: int) -> tuple[int, bool]:
    """Index of the first word after subjects, modals, hedges ("I want to maybe ...")."""
    low = d.low
    used = d.used
    hedged = False
    i = lo
    while i < hi:
        w = low[i]
        if used[i] or w in _BULLETS or w in (",", ":", ".", "(", ")", "!", '"', "'"):
            i += 1
            continue
        if w[0].isdigit() and d.at[i + 1] in (".", ")") and i == lo:
            i += 2
            continue
        if w in _SUBJECTS or w in _MODALS or w in _ADVERBS:
            hedged = hedged or w in _HEDGE_WORDS
            i += 1
            continue
        if w in _INTENT and d.at[i + 1] in ("to", "of"):
            hedged = hedged or w in _HEDGE_WORDS
            i += 2
            continue
        if w in _TO_VERBS and d.at[i + 1] == "to" and lemma(d.at[i + 2]) in _VERBS:
            i += 2  # "volunteer to lead the migration": the action is "lead"
            continue
        if w in ("am", "is", "are", "be") and d.at[i + 1] in (
            "going",
            "able",
            "committed",
            "ready",
        ):
            i += 1
            continue
        if w in ("would", "'d") and d.at[i + 1] in ("like", "love"):
            i += 1
            continue
        if w in ("my", "our") and not _GOAL_WORDS.isdisjoint(low[i + 1 : i + 4]):
            k = i + 2
            while k < min(hi, i + 6) and low[k] not in ("is", ":", "to"):
                k += 1
            i = k + 1
            if d.at[i] == "to":
                i += 1
            continue
        if w in _GOAL_WORDS and d.at[i + 1] in (":", "-", "is"):
            i += 2
            continue
        if w == "to" or w == "and":
            i += 1
            continue
        break
    return i, hedged


_TO_VERBS = frozenset({"volunteer", "offer", "agree", "start", "begin", "continue", "remember"})


_GENERIC_ROLE_WORDS = (
    lx.DETERMINERS_DEFINITE
    | lx.DETERMINERS_INDEFINITE
    | lx.COMPARATIVES
    | {"new", "good", "great", "different", "paid", "well", "real", "dream", "next", "job"}
)
_UNIT_WORDS = (
    lx.MEASURE_UNITS
    | frozenset(lx.SHORT_UNITS)
    | frozenset(lx.DURATION_UNITS)
    | lx.PERCENT_WORDS
    | lx.PER_PERIOD_NOUNS
    | {"%", "x", "-"}
)
_WINDOW_LEAD = frozenset(
    {"the", "next", "coming", "following", "upcoming", "first", "their", "my", "our", "his", "her"}
)
_WINDOW_PREPS = frozenset({"within", "in", "for", "over", "during", "throughout", "through"})
_DETERMINERS = lx.DETERMINERS_DEFINITE | lx.DETERMINERS_INDEFINITE
_DET_OR_WORK = lx.DETERMINERS_DEFINITE | {"work"}
_ABSTRACT_OR_VAGUE = lx.ABSTRACT_NOUNS | lx.VAGUE_STATES
# Words at which a time expression can start (besides numbers).
_TIME_TRIGGERS = (
    frozenset(lx.MONTHS)
    | frozenset(lx.WEEKDAYS)
    | lx.WEEKDAYS_PLURAL
    | frozenset(lx.CADENCE_ADVERBS)
    | frozenset(lx.TIMES_WORDS)
    | frozenset(lx.UNITS)
    | frozenset(lx.SEASONS)
    | lx.VAGUE_TIME
    | frozenset(p[0] for p in lx.VAGUE_TIME_PHRASES)
    | {"every", "each", "per", "this", "next", "coming", "following", "current", "a", "an",
       "half", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "fiscal", "eoy", "eoq", "eom",
       "tomorrow", "today", "tonight", "first", "second", "third", "fourth", "last", "/",
       "week", "month", "quarter", "year", "weekend", "semester"}
)  # fmt: skip
_F_ARTIFACT, _F_VAGUE_Q, _F_COMPARATIVE, _F_STATE, _F_VAGUE_NOUN = 1, 2, 4, 8, 16


def _flags() -> dict[str, int]:
    out: dict[str, int] = {"number": _F_COMPARATIVE}
    for words, flag in (
        (lx.ARTIFACT_NOUNS, _F_ARTIFACT),
        (lx.VAGUE_QUANTIFIERS, _F_VAGUE_Q),
        (lx.COMPARATIVES | lx.SUPERLATIVES, _F_COMPARATIVE),
        (lx.VAGUE_STATES | lx.PERFECTION_WORDS, _F_STATE),
        (lx.VAGUE_NOUNS, _F_VAGUE_NOUN),
    ):
        for w in words:
            out[w] = out.get(w, 0) | flag
    return out


# One look-up per word of the goal clause instead of one per word list.
_WORD_FLAGS = MappingProxyType(_flags())
_NOVICE_HEADS = frozenset(p[0] for p in lx.NOVICE_CUES)
_ABSOLUTE_TRIGGERS = lx.PERFECTION_WORDS | lx.SUPERLATIVES | frozenset(
    {"never", "always", "forever", "zero", "no", "without", "every", "all", "each", "number",
     "world's", "everything", "everyone", "everybody"}
)  # fmt: skip
_CAREER_WORDS = frozenset(
    {"move", "moving", "transition", "transitioning", "pivot", "switch", "step", "grow",
     "promoted", "promotion", "qualify", "advance"}
)  # fmt: skip
_QUANTITY_TRIGGERS = (
    frozenset(lx.MULTIPLIERS)
    | frozenset(lx.UNITS)
    | {"a", "an", "half", "a1", "a2", "b1", "b2", "c1", "c2"}
)
_SENTENCE_MARKS = frozenset({".", "!", "?", ":", "-", "•", "(", "*", ";"})
_OPEN_QUOTES = frozenset({"'", '"', "“", "‘"})
_CLOSE_QUOTES = frozenset({"'", '"', "”", "’"})
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES


def _by_head(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in phrases:
        out[p[0]] = (*out.get(p[0], ()), p)
    return out


_VAGUE_BY_HEAD = MappingProxyType(_by_head(lx.VAGUE_TIME_PHRASES))
_RATIONALE_BY_HEAD = MappingProxyType(_by_head(lx.RATIONALE_PHRASES))
_EVENT_MODIFIERS = frozenset(
    {"business", "working", "work", "week", "team", "sprint", "design", "code"}
)
_SCOPE_WORDS = lx.EXECUTIVE_ROLES | lx.MASTERY_WORDS | lx.ENDURANCE_FEATS
_NO_MODS: frozenset[str] = frozenset()
_NP_OPENERS = frozenset({"every", "each"})  # "lead every project": part of the object


def _np_end(d: _Doc, k: int, hi: int) -> int:
    """End of the noun phrase starting at ``k`` (stops at prepositions, punctuation, clauses)."""
    steps = 0
    while k < hi and steps < 8:
        w = d.low[k]
        if (w in _BOUNDARY and (steps or w not in _NP_OPENERS)) or (
            w in lx.PREPOSITIONS and w != "of" and steps
        ):
            break
        if w == "of" and steps and d.at[k + 1] in lx.DETERMINERS_DEFINITE:
            break
        if w == "to":
            break
        k += 1
        steps += 1
    return k


def _is_named(d: _Doc, i: int, title_case: bool, sentence_start: frozenset[int]) -> bool:
    """A proper name or acronym: AWS, LinkedIn, or a capital mid-sentence."""
    raw = d.raw[i]
    if not raw[:1].isalpha():
        return False
    low = d.low[i]
    if low in lx.NOT_NAMES or low in lx.MONTHS or low in lx.WEEKDAYS:
        return False
    if len(raw) >= 2 and raw.isupper():
        return True
    if not raw[1:].islower() and raw[1:] != raw[1:].lower():
        return True  # LinkedIn, PyCon, eCornell
    return not title_case and raw[0].isupper() and i not in sentence_start


# --- the analysis ----------------------------------------------------------------------------


def analyze_text(
    text: str,
    as_of: date,
    *,
    fy_start: int = 1,
    date_order: str = "mdy",
    vague_terms: frozenset[str] = frozenset(),
    max_issues: int = 5,
) -> TextFacts:
    """Read one goal statement. Linear in ``len(text)``."""
    issues: list[Issue] = []
    if _ALNUM.search(text) is None:  # no word and no number: nothing to read
        return _empty_facts(text, issues)
    d = _Doc(text, as_of, fy_start, date_order)
    per_code: dict[str, int] = {}

    def issue(code: str, span: tuple[int, int] | None, *words: str) -> None:
        count = per_code.get(code, 0)
        if count < max_issues:
            issues.append(Issue(code, span, words))
        per_code[code] = count + 1

    n = d.n
    scan = _TimeScan(d)
    scan.run()
    times = scan.found
    # The goal clause (found before quantities mark their tokens) and the reason.
    main, hedged = _main_verb(d, 0, n)
    sentence_start, title_case, quoted = _casing(d, main)
    quantities = _quantities(d, scan.names, title_case is True)
    rat_at, career = _rationale(d, main)
    # A reason put first: "To move into management, complete ...".
    if main < n and d.low[main - 1 : main] == ["to"] and rat_at == n:
        comma = _find(d, ",", main, min(n, main + 25))
        if comma is not None and lemma(d.at[comma + 1]) in _VERBS:
            rat_at = main - 1
            goal_lo = comma + 1
            main, _ = _main_verb(d, goal_lo, n)
            rat_hi = comma
        else:
            rat_hi = n
    else:
        rat_hi = n
    goal_hi = rat_at if rat_at > main else n
    if rat_hi != n:  # fronted reason
        goal_hi = n
    rationale = None
    if rat_at < n:
        r_end = rat_hi
        for k in range(rat_at, rat_hi):
            if d.low[k] in (".", "!", "?", ";", "\n") and k > rat_at:
                r_end = k
                break
        rationale = d.slice(rat_at, r_end) if r_end > rat_at else None
    elif career:
        rationale = None

    in_goal = range(main, goal_hi) if rat_hi == n else range(main, n)
    g_lo, g_hi = (main, goal_hi) if rat_hi == n else (main, n)
    goal_span = d.span(g_lo, g_hi) if g_hi > g_lo else (0, len(text))

    # --- features of the goal clause --------------------------------------------------------
    low = d.low
    verb_i = main if main < g_hi else None
    verb = lemma(low[verb_i]) if verb_i is not None else None
    nxt = d.at[main + 1]
    verb_class = "none"
    if verb is not None:
        if (verb, nxt) in _PHRASAL_VAGUE or (verb, lemma(nxt)) in _PHRASAL_VAGUE:
            verb_class = "vague"
        elif verb in ("be", "become", "get", "feel", "stay", "remain") and (
            nxt in ("promoted", "hired", "appointed", "named", "selected", "elected")
            or (nxt in ("a", "an", "the") and d.at[main + 2] in ("promotion",))
        ):
            verb_class = "promotion"
        elif verb in ("be", "become", "feel", "stay", "remain", "get") and (
            nxt in lx.VAGUE_STATES or nxt in lx.COMPARATIVES or nxt in lx.PERFECTION_WORDS
        ):
            verb_class = "state"
        elif verb in ("get",) and nxt in ("certified", "accredited", "licensed", "chartered"):
            verb_class = "deliverable"
        elif verb in lx.CHANGE_VERBS or verb in lx.MULTIPLIERS:
            verb_class = "change"
        elif verb in lx.LEARNING_VERBS:
            verb_class = "learning"
        elif verb in ("be", "become", "stay", "remain", "feel"):
            verb_class = "state"
        elif verb in lx.ACQUIRE_VERBS and verb not in ("earn", "obtain", "achieve", "win"):
            verb_class = "acquire"
        elif verb in lx.DELIVERABLE_VERBS or verb in ("go", "add", "hold"):
            verb_class = "deliverable"
        elif verb in lx.VAGUE_VERBS or verb in ("sleep", "burn"):
            verb_class = "vague"
        elif verb in _VERBS:
            verb_class = "deliverable"
    if verb == "speak" and (nxt in lx.LANGUAGES or d.at[main + 2] in lx.LANGUAGES):
        verb_class = "learning"  # speaking a language is an ability, like "learn Spanish"
    if verb == "make" and (nxt in lx.ROLE_NOUNS or d.at[main + 2] in lx.ROLE_NOUNS):
        verb_class = "acquire"  # "make partner"
    if verb_class == "deliverable" and verb in ("build", "develop", "grow", "expand", "manage"):
        # "build a network" is a direction, "build a dashboard" a deliverable.
        obj_end = _np_end(d, main + 1, g_hi)
        head = low[obj_end - 1] if obj_end > main + 1 else ""
        if head in lx.ABSTRACT_NOUNS or not head:
            verb_class = "vague"
    if verb_class == "none" and verb is not None and verb not in _VERBS:
        verb = None

    # Figures, names, determiners in the goal clause.
    goal_q = [q for q in quantities if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    goal_q += [q for q in scan.cadence_q if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    figure = False
    for q in goal_q:
        if q.explicit:
            figure = True
            break
    else:
        # "from weekly to daily": a before and an after, even without digits.
        cadences = lx.CADENCE_ADVERBS
        for k in range(g_lo, g_hi - 3):
            if (
                low[k] == "from"
                and low[k + 2] == "to"
                and low[k + 1] in cadences
                and low[k + 3] in cadences
            ):
                figure = True
                break
    named = False
    definite = False
    generic_span: tuple[int, int] | None = None
    vague_q: list[int] = []
    comparatives: list[int] = []
    vague_states: list[int] = []
    vague_nouns: list[int] = []
    abstract_obj = False
    artifact = False
    people_obj = False
    policy_terms: list[tuple[int, int]] = []
    used = d.used
    raw = d.raw
    check_names = title_case != "caps"
    flags = _WORD_FLAGS
    for k in in_goal:
        if used[k]:
            continue
        w = low[k]
        if not named and (
            (
                check_names
                and not raw[k].islower()
                and _is_named(d, k, title_case is True, sentence_start)
            )
            or k in quoted
        ):
            named = True
        if vague_terms and w in vague_terms:
            policy_terms.append(d.span(k, k + 1))
        f = flags.get(w, 0)
        if not f:
            continue
        if f & _F_ARTIFACT:
            artifact = True
        if f & _F_VAGUE_Q:
            vague_q.append(k)
        elif w == "number":
            if d.at[k + 1] in ("one", "1"):
                comparatives.append(k)  # "the number one salesperson"
        elif f & _F_COMPARATIVE:
            if not _anchored_comparative(d, k):
                comparatives.append(k)
        elif f & _F_STATE:
            if k > main:
                vague_states.append(k)
        elif f & _F_VAGUE_NOUN:
            vague_nouns.append(k)
    for t in times:
        if t.kind == "vague" and main <= t.i < g_hi:
            comparatives.extend(k for k in range(t.i, t.j) if low[k] in lx.COMPARATIVES)
    if vague_terms:
        for term in vague_terms:
            if " " in term:
                parts = tuple(term.split())
                for k in in_goal:
                    if low[k] == parts[0] and tuple(low[k : k + len(parts)]) == parts:
                        policy_terms.append(d.span(k, k + len(parts)))

    # The object right after the verb.
    obj_lo = main + 1
    if verb_class == "vague" and (verb, d.at[main + 1]) in _PHRASAL_VAGUE:
        obj_lo = main + 2
    while obj_lo < g_hi and low[obj_lo] in ("up", "out", "on", "in", "to", "off", "for", "with"):
        obj_lo += 1
    obj_hi = _np_end(d, obj_lo, g_hi)
    obj_words = [low[k] for k in range(obj_lo, obj_hi) if not d.used[k]]
    head = obj_words[-1] if obj_words else ""
    if obj_words:
        first = obj_words[0]
        content = [w for w in obj_words if w not in _DETERMINERS]
        if _abstract(head) or (
            content
            and all(
                w in lx.ABSTRACT_NOUNS
                or w in lx.VAGUE_STATES
                or w.endswith(_ADJ_ENDINGS)
                or w in ("public", "time", "work", "life", "professional", "personal")
                for w in content
            )
            and head in _ABSTRACT_OR_VAGUE
        ):
            abstract_obj = True
        if (
            head.endswith("ing")
            and low[obj_hi - 1] == head
            and obj_hi - 1 not in quoted
            and (lemma(head) in lx.VAGUE_VERBS or lemma(head) in lx.LEARNING_VERBS)
        ):
            abstract_obj = True  # "keep learning", "start networking"
        if head in lx.PEOPLE_NOUNS:
            people_obj = True
        if first in lx.DETERMINERS_DEFINITE and head and head not in lx.ABSTRACT_NOUNS:
            definite = True
        if first in lx.DETERMINERS_INDEFINITE and not figure:
            generic_span = d.span(obj_lo, obj_hi)
    # Any other definite, concrete noun phrase in the goal clause ("with the director").
    if not definite and verb_class in ("deliverable", "none"):
        for k in in_goal:
            if low[k] in lx.DETERMINERS_DEFINITE and k > main and not d.used[k]:
                e = _np_end(d, k + 1, g_hi)
                h = low[e - 1] if e > k + 1 else ""
                if (
                    h
                    and h not in lx.ABSTRACT_NOUNS
                    and h not in lx.VAGUE_STATES
                    and (h[0].isalpha() and h not in lx.COMPARATIVES)
                ) and (k != main + 1 or verb_class not in ("vague", "change")):
                    definite = k > obj_hi or verb_class in ("deliverable", "acquire", "none")
                    if definite:
                        break

    # Role targets: "become a team lead", "promoted to Senior PM", "land a staff engineer role".
    role_target = False
    role_named = False  # a kind of role ("a staff engineer role"), not just "a new job"
    if verb_class in ("promotion", "state", "acquire") or verb in ("move", "switch", "transition"):
        for k in range(obj_lo, min(g_hi, obj_lo + 8)):
            if low[k] in lx.ROLE_NOUNS or low[k] in ("role", "position", "job", "offer"):
                if low[k] in lx.VAGUE_STATES or (
                    verb_class == "acquire" and low[k] in lx.PEOPLE_NOUNS
                ):
                    continue
                role_target = True
                role_named = (
                    role_named
                    or low[k] in lx.ROLE_NOUNS
                    or (d.at[k - 1] not in _GENERIC_ROLE_WORDS and low[k] not in ("offer",))
                )  # "a product management role", not "a new job"
                if role_named:
                    break
    if verb_class == "acquire" and people_obj:
        role_target = False  # "find a mentor" names no role to hold
    if verb_class in ("state", "acquire") and (comparatives or vague_states) and not figure:
        role_target = False
    if verb_class == "promotion" and not role_target and verb in ("be", "get", "become"):
        role_target = False

    cadence_in_goal = False
    for t in times:
        if t.kind == "cadence" and main <= t.i < g_hi:
            cadence_in_goal = True
            break
    specific_kind = not lx.SPECIFIC_KINDS.isdisjoint(obj_words) or (
        "half" in obj_words and "marathon" in obj_words
    )
    # "run a retrospective after every sprint": "a" means one each time.
    anchors = figure or named or definite or role_named or cadence_in_goal or specific_kind
    s_met: bool
    sp_main = d.span(main, min(obj_hi, g_hi)) if main < g_hi and obj_hi > main else goal_span
    deliverable_ok = False
    if verb is None:
        # A note without a verb: "AWS cert by June", "5 talks in 2027".
        s_met = (figure or named) and (artifact or figure) and not comparatives and not vague_q
        deliverable_ok = artifact and (named or figure) and not vague_q and not comparatives
        if not s_met:
            issue("S005", goal_span)
    elif verb_class in ("vague", "change"):
        s_met = figure
        if not s_met:
            if comparatives:
                k0 = comparatives[0]
                issue("S002", d.span(k0, k0 + 1), low[k0])
            phrasal = verb_class == "vague" and (verb, d.at[main + 1]) in _PHRASAL_VAGUE
            sp = d.span(main, main + 1 + phrasal)
            issue("S001", sp, text[sp[0] : sp[1]].lower())
    elif verb_class == "learning":
        extra = figure or any(t.kind in ("end", "window", "cadence", "event") for t in times)
        s_met = (named or definite or figure) and extra and not vague_q and not vague_nouns
        if not s_met:
            if vague_q or vague_nouns:
                k0 = (vague_q + vague_nouns)[0]
                issue("S003", d.span(k0, min(obj_hi, g_hi) if obj_hi > k0 else k0 + 1), low[k0])
            else:
                issue("S004", sp_main, d.slice(main, max(obj_hi, main + 1)))
    elif verb_class == "state":
        if (comparatives or vague_states) and not figure:
            s_met = False
            k0 = (comparatives + vague_states)[0]
            issue("S002", d.span(k0, k0 + 1), low[k0])
        else:
            s_met = role_named or figure
            if not s_met:
                issue("S003", sp_main, d.slice(main, max(obj_hi, main + 1)))
    elif verb_class == "promotion":
        s_met = role_named or figure or named
        if not s_met:
            issue("S006", sp_main, d.slice(main, max(obj_hi, main + 1)))
    else:  # deliverable, acquire
        if (comparatives or vague_q or vague_nouns) and not figure:
            s_met = False
            k0 = (comparatives + vague_q + vague_nouns)[0]
            if low[k0] in lx.COMPARATIVES or low[k0] in lx.SUPERLATIVES:
                issue("S002", d.span(k0, k0 + 1), low[k0])
            else:
                issue("S003", d.span(k0, k0 + 1), low[k0])
        elif abstract_obj and not figure:
            s_met = False
            issue("S001", sp_main, d.raw[main].lower())
        else:
            s_met = anchors and not (people_obj and verb_class == "acquire" and not named)
            if not s_met:
                issue(
                    "S003",
                    generic_span or sp_main,
                    d.slice(obj_lo, obj_hi) if obj_hi > obj_lo else "",
                )
        obj_vague = any(obj_lo <= k < obj_hi for k in vague_states)
        # "attend conferences": a bare plural says neither which nor how many.
        bare_plural = (
            head.endswith("s")
            and head in low[obj_lo:obj_hi]
            and raw[obj_lo + low[obj_lo:obj_hi].index(head)].islower()
            and not head.endswith("ss")
            and not figure
            and not cadence_in_goal
            and not any(
                w in lx.DETERMINERS_DEFINITE or w in lx.DETERMINERS_INDEFINITE for w in obj_words
            )
        )
        obj_vague = obj_vague or bare_plural
        deliverable_ok = (
            not abstract_obj
            and not obj_vague
            and not (comparatives or vague_q or vague_nouns)
            and (
                verb_class == "deliverable"
                or (
                    verb_class == "acquire"
                    and (
                        role_target
                        or head in lx.ARTIFACT_NOUNS
                        or head in ("certification", "certificate", "degree")
                    )
                    and not people_obj
                )
            )
            and bool(obj_words or verb in ("present", "speak", "volunteer", "retire"))
        )
    if policy_terms:
        s_met = False
        for sp in policy_terms:
            issue("S007", sp, text[sp[0] : sp[1]].lower())
    if hedged:
        for k in range(main):
            if low[k] in _HEDGE_WORDS:
                issue("S008", d.span(k, k + 1), low[k])
                break

    # --- measurable ---------------------------------------------------------------------------
    measure_q = [q for q in goal_q if q.kind != "frequency" or verb_class not in ("state",)]
    if verb_class == "state" and (comparatives or vague_states) and not figure:
        measure_q = []
    if verb_class in ("vague", "learning") and not figure:
        measure_q = (
            [q for q in measure_q if q.kind != "frequency"]
            if verb
            in (
                "improve",
                "understand",
                "know",
                "be",
                "learn",
                "master",
                "explore",
                "think",
                "consider",
                "feel",
                "focus",
                "get",
                "work",
                "develop",
                "enhance",
                "grow",
                "help",
                "take",
                "network",
                "do",
                "support",
                "build",
                "study",
            )
            else measure_q
        )
    m_met = bool(measure_q) or (deliverable_ok and not comparatives) or role_target
    if verb_class == "promotion" and not role_target and not figure:
        m_met = False
    deliverable: str | None = None
    if m_met and verb is not None and verb_class not in ("vague", "learning", "state"):
        deliverable = d.slice(main, max(obj_hi, main + 1)).rstrip(" ,;:-")
    elif m_met and verb is None and artifact:
        deliverable = d.slice(main, g_hi) if g_hi > main else None
    if deliverable is not None and verb_class == "change":
        deliverable = None
    if not m_met:
        states = [k for k in vague_states if k > main] or [
            k for k in range(main, g_hi) if low[k] in ("fluently", "fluent")
        ]
        if states:
            issue("M002", d.span(states[0], states[0] + 1), low[states[0]])
        elif vague_q or comparatives:
            k0 = (vague_q + comparatives)[0]
            issue("M003", d.span(k0, k0 + 1), low[k0])
        issue(
            "M001",
            goal_span,
            *_measure_example(verb if verb_class == "deliverable" else None, head),
        )

    # --- time -----------------------------------------------------------------------------------
    starts_t = [t for t in times if t.kind == "start"]
    start_day = min((t.first for t in starts_t if t.first), default=None)
    ends: list[tuple[date, _Time]] = []
    if rat_at < n:
        # A date inside the reason ("so I am ready for the spring all-hands") is not the
        # goal's own deadline, unless the goal names no other.
        own = [t for t in times if not rat_at <= t.i < rat_hi]
        if any(t.kind in ("end", "window") for t in own):
            times = own
    cadence_t = [t for t in times if t.kind == "cadence"]
    events = [t for t in times if t.kind == "event"]
    for t in times:
        if t.kind == "end" and t.last is not None:
            ends.append((t.last, t))
        elif t.kind == "window" and t.last is not None:
            if start_day is not None and not t.anchored:
                if t.months:
                    end = _months_later(start_day, t.months) - timedelta(days=1)
                else:
                    end = start_day + timedelta(days=t.extra_days - 1)
                ends.append((end, t._replace(days=(end - start_day).days + 1)))
            else:
                ends.append((t.last, t))
    deadline = None
    deadline_span = None
    deadline_days = 0
    if any(not t.bare for _, t in ends):
        # "submit a paper to ICSE 2027 by the August deadline": the event's year is not
        # the deadline when the text also says "by".
        ends = [(e, t) for e, t in ends if not t.bare]
    if ends:
        deadline, t_dl = max(ends, key=lambda e: e[0])
        deadline_span = d.span(t_dl.i, t_dl.j)
        deadline_days = max((deadline - as_of).days, t_dl.days)
    time_bound = bool(ends or cadence_t or events)
    cadence = d.slice(cadence_t[0].i, cadence_t[0].j) if cadence_t else None
    vague_t = [t for t in times if t.kind == "vague"]
    if not time_bound:
        if vague_t:
            t0 = vague_t[0]
            issue("T002", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        elif starts_t:
            t0 = starts_t[0]
            issue("T007", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        else:
            issue("T001", goal_span)
    elif cadence_t and not ends and not events:
        issue("T005", d.span(cadence_t[0].i, cadence_t[0].j), cadence or "")
    elif events and not ends:
        issue("T008", d.span(events[0].i, events[0].j), d.slice(events[0].i, events[0].j))

    # --- achievable -------------------------------------------------------------------------------
    _absolutes(d, issue, 0, n)
    window = deadline_days if deadline is not None else None
    if window is not None:
        _scope(d, issue, goal_q, window, verb, main, g_hi, deadline_span)

    return TextFacts(
        text=text,
        empty=False,
        deadline=deadline,
        deadline_span=deadline_span,
        deadline_days=deadline_days,
        start=start_day,
        time_bound=time_bound,
        cadence=cadence,
        event_bound=bool(events),
        quantities=tuple(sorted(goal_q, key=lambda q: q.span)),
        deliverable=deliverable,
        rationale=rationale,
        career_move=career,
        verb=verb,
        verb_class=verb_class,
        goal_span=goal_span,
        s_met=s_met,
        m_met=m_met,
        figure=figure,
        issues=tuple(issues),
    )


def _empty_facts(text: str, issues: list[Issue]) -> TextFacts:
    span = (0, len(text))
    issues.extend([Issue("S005", span), Issue("M001", span, ("", "")), Issue("T001", span)])
    return TextFacts(text, True, None, None, 0, None, False, None, False, (), None, None,
                     False, None, "none", span, False, False, False, tuple(issues))  # fmt: skip


def _casing(d: _Doc, main: int) -> tuple[frozenset[int], bool | str, frozenset[int]]:
    """Where sentences start, whether the text is Title Case (or ALL CAPS), quoted words.

    A capital letter marks a name only mid-sentence and only when the writer does not
    capitalize every word anyway.
    """
    text = d.text
    low = d.low
    raw = d.raw
    starts = {main, 0}
    for mark in _SENTENCE_MARKS.intersection(low):
        k = -1
        for _ in range(low.count(mark)):  # list.index searches in C; each mark is found once
            k = low.index(mark, k + 1)
            starts.add(k + 1)
    if "\n" in text:
        starts.update(k + 1 for k in range(d.n - 1) if "\n" in text[d.en[k] : d.st[k + 1]])
    quoted: set[int] = set()
    if not _QUOTES.isdisjoint(low):
        opening = -1
        for k in range(d.n):
            w = low[k]
            if w in _OPEN_QUOTES and d.glued[k + 1] and (k == 0 or not d.glued[k]):
                opening = k
            elif w in _CLOSE_QUOTES and opening >= 0 and d.glued[k]:
                quoted.update(range(opening + 1, k))  # a title in quotes names something
                opening = -1
    casing: bool | str = False
    if text.isupper() and any(len(r) > 1 and r.isalpha() for r in raw):
        casing = "caps"
    elif sum(map(str.isupper, text)) >= 3:
        capitals = [k for k, r in enumerate(raw) if r[:1].isupper()]
        if sum(1 for k in capitals if k not in starts) >= 3:
            words = [
                raw[k]
                for k in range(d.n)
                if k not in starts
                and len(raw[k]) > 3
                and raw[k][0].isalpha()
                and low[k] not in lx.MONTHS
                and low[k] not in lx.WEEKDAYS
            ]
            upper = sum(1 for r in words if r[0].isupper())
            casing = len(words) >= 3 and upper >= 0.8 * len(words)
    return frozenset(starts), casing, frozenset(quoted)


def _abstract(w: str) -> bool:
    return w in lx.ABSTRACT_NOUNS or (w.endswith("s") and w[:-1] in lx.ABSTRACT_NOUNS)


def _find(d: _Doc, word: str, lo: int, hi: int) -> int | None:
    for k in range(lo, hi):
        if d.low[k] == word:
            return k
    return None


def _anchored_comparative(d: _Doc, k: int) -> bool:
    """'more than 5', '3 more talks', 'at least', 'or more', 'no less than 2' have a figure."""
    prev = d.at[k - 1]
    nxt = d.at[k + 1]
    if prev[:1].isdigit() or prev in lx.UNITS or prev in ("or", "no", "once", "any", "and"):
        return True
    if nxt == "than" and (d.at[k + 2][:1].isdigit() or d.at[k + 2] in lx.UNITS):
        return True
    if nxt == "than" and d.at[k + 2] in ("last", "the", "my", "in"):
        return False
    return prev == "a" and d.at[k - 2] in lx.UNITS


def _measure_example(verb: str | None, head: str) -> tuple[str, str]:
    """Words for a concrete hint: ("read", "books") -> e.g. 'read 12 books'."""
    if verb and head in lx.ARTIFACT_NOUNS and head.endswith("s"):
        return verb, head
    return "", ""


def _absolutes(d: _Doc, issue: _IssueFn, lo: int, hi: int) -> None:
    """Absolutes no one can reach: perfection, never failing, every X there is, best ever."""
    low = d.low
    if _ABSOLUTE_TRIGGERS.isdisjoint(low):
        return  # the usual case, checked in one pass at C speed
    for k in range(lo, hi):
        w = low[k]
        if w not in _ABSOLUTE_TRIGGERS:
            continue
        if w in lx.PERFECTION_WORDS:
            if not d.raw[k][0].isupper() or k == lo:
                issue("A001", d.span(k, k + 1), w)
        elif w == "never":
            for m in range(k + 1, min(hi, k + 5)):
                if low[m] in lx.FAILURE_WORDS or lemma(low[m]) in lx.FAILURE_WORDS:
                    issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
                    break
                if low[m] == "before":
                    break
        elif w in ("always", "forever"):
            issue("A001", d.span(k, k + 1), w)
        elif w in ("zero", "no", "without") and k + 1 < hi:
            m = k + 1
            while m < hi - 1 and m < k + 3 and low[m] in ("single", "any", "a"):
                m += 1  # "without a single mistake"
            if low[m] in ("mistake", "mistakes", "error", "errors", "failure", "failures",
                          "typo", "typos"):  # fmt: skip
                issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
        elif w in ("every", "all", "each") and k + 1 < hi:
            m = k + 1
            if low[m] == "the":
                m += 1
            steps = 0
            while m < hi and steps < 3 and low[m] not in lx.UNBOUNDED_NOUNS:
                m += 1
                steps += 1
            if m < hi and low[m] in lx.UNBOUNDED_NOUNS:
                scoped = _scope_follows(d, m + 1, hi)
                mastery = any(
                    lemma(low[p]) in ("master", "learn", "know", "speak")
                    or low[p] in lx.MASTERY_WORDS
                    for p in range(max(lo, k - 3), k)
                )
                if scoped or mastery:
                    issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
            if w == "all" and tuple(low[k + 1 : k + 3]) == ("the", "time"):
                issue("A001", d.span(k, k + 3), d.slice(k, k + 3))
            elif w == "all" and low[k + 1] == "times" and d.at[k - 1] == "at":
                issue("A001", d.span(k - 1, k + 2), d.slice(k - 1, k + 2))
        elif w in lx.SUPERLATIVES or w == "number" or w == "world's":
            if w == "number" and d.at[k + 1] not in ("one", "1"):
                continue
            if w == "world's" or _scope_follows(d, k + 1, min(hi, k + 8), far=True):
                issue("A001", d.span(k, k + 1), w)
        elif (
            w in ("everything", "all")
            and any(
                lemma(low[p]) in lx.LEARNING_VERBS or low[p] in lx.MASTERY_WORDS
                for p in range(max(lo, k - 2), k)
            )
            and d.at[k + 1] in ("about", "there", "of", "in", ".", "")
        ):
            issue("A001", d.span(k, k + 1), w)  # "learn everything about AI"
        elif w in ("everyone", "everybody") and any(
            lemma(low[m]) in ("like", "love", "happy", "agree", "please", "approve")
            for m in range(max(lo, k - 2), min(hi, k + 6))
        ):
            issue("A001", d.span(k, k + 1), w)


def _scope_follows(d: _Doc, k: int, hi: int, far: bool = False) -> bool:
    limit = min(hi, k + (6 if far else 3))
    for m in range(k, limit):
        for phrase in lx.SUPERLATIVE_SCOPES:
            if d.low[m] == phrase[0] and tuple(d.low[m : m + len(phrase)]) == phrase:
                return True
    return False


class _IssueFn(Protocol):
    def __call__(self, code: str, span: tuple[int, int] | None, *words: str) -> None: ...


def _scope(
    d: _Doc,
    issue: _IssueFn,
    goal_q: list[QuantityFact],
    window: int,
    verb: str | None,
    lo: int,
    hi: int,
    deadline_span: tuple[int, int] | None,
) -> None:
    """Absurd scope for the time frame: growth, volume, role jumps, mastery from zero."""
    low = d.low
    if _SCOPE_WORDS.isdisjoint(low) and not any(
        q.kind in ("percent", "multiplier") or q.unit in lx.RATE_CAPS_PER_WEEK for q in goal_q
    ):
        return  # nothing whose scope could be out of reach
    window = max(window, 1)
    weeks = window / 7
    months = window / 30.44
    for q in goal_q:
        if q.kind == "percent" or q.kind == "multiplier":
            pct = q.value if q.kind == "percent" else (q.value - 1) * 100
            reducing = verb in ("reduce", "cut", "decrease", "lower", "shrink", "trim")
            if q.kind == "percent" and reducing and q.value > 100 and q.baseline is None:
                issue("A002", q.span, d.text[q.span[0] : q.span[1]], f"{window}")
            elif pct >= 100 and pct / months > 100 and not reducing and q.high is None:
                issue("A002", q.span, d.text[q.span[0] : q.span[1]], _window_words(window))
        elif q.kind in ("count", "duration") and q.baseline is None:
            cap = lx.RATE_CAPS_PER_WEEK.get(q.unit)
            if cap is not None and q.value / max(weeks, 1 / 7) > cap and q.value > 1:
                issue("A004", q.span, d.text[q.span[0] : q.span[1]], _window_words(window))
    # Role jumps: "CEO by next month".
    if window <= 183:
        for k in range(lo, hi):
            if low[k] in lx.EXECUTIVE_ROLES and (
                lemma(low[lo]) in ("be", "become", "get", "land", "make")
                or any(low[m] in ("promoted", "appointed", "named") for m in range(lo, k))
            ):
                issue("A003", d.span(k, k + 1), d.raw[k], _window_words(window))
                break
    # Fluency or mastery in weeks; a big feat from zero.
    if window <= 92:
        novice = False
        for k in range(lo, d.n):
            w = low[k]
            if w not in _NOVICE_HEADS:
                continue
            if w == "never" and "before" in low[k + 1 : k + 6]:
                novice = True  # "having never run before"
                break
            for p in lx.NOVICE_CUES:
                if p[0] == w and tuple(low[k : k + len(p)]) == p:
                    novice = True
                    break
            if novice:
                break
        for k in range(lo, hi):
            w = low[k]
            if w in lx.MASTERY_WORDS and not (d.raw[k][0].isupper() and k > lo):
                issue("A005", d.span(k, k + 1), w, _window_words(window))
                break
            if novice and (w in lx.ENDURANCE_FEATS or w in lx.EXECUTIVE_ROLES):
                issue("A005", d.span(k, k + 1), w, _window_words(window))
                break


def _window_words(days: int) -> str:
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 70:
        return f"{round(days / 7)} weeks"
    return f"{round(days / 30.44)} months"
