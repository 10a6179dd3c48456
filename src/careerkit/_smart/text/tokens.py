"""One linear tokenization pass: words, numbers and single marks with their spans."""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterator, Set
from datetime import date
from itertools import accumulate, compress

from careerkit._smart import lexicon as lx
from careerkit._smart.text.casing import spelling_as_read
from careerkit._smart.text.numbers import _parse_digits

# Words (letters first, then letters/digits, with apostrophes inside: "Q2", "FY27", "don't"),
# numbers (with decimal/thousands separators and a unit or ordinal glued on: "10k", "30th",
# "7pm") and any other single character. Each repeated group starts with a character the
# group before it cannot match ("," or "." then digits; an apostrophe then word characters),
# so every character is matched one way only and matching never backtracks: the repeats are
# possessive ("*+", "++"), so the engine keeps no state to back up to either. Words come
# first because they are the most common token.
TOKEN = re.compile(r"[^\W\d_]\w*+(?:['’]\w++)*+|\d++(?:[.,]\d++)*+[^\W\d_]*+|\S")
_SPLIT = re.compile(f"({TOKEN.pattern})").split
# A letter or a digit: where a word or a number token starts.
_ALNUM = re.compile(r"[^\W_]")


# --- tokens --------------------------------------------------------------------------------


# Padding after the last token: the analysis looks a few tokens (never more than about a
# dozen) before and after the one at hand, and past either end of the text it reads this
# padding (a negative index wraps into it), so no look-up needs a bounds check.
_PAD_WORDS = ("",) * 64
_PAD_GLUED = (False,) * 64
# The line starts of a text on one line.
_FIRST_ONLY = frozenset([0])


# Month names long enough that one letter wrong, missing, added or swapped still says which.
_LONG_MONTHS = ("january", "february", "august", "september", "october", "november", "december")
_LONG_MONTH_STARTS = frozenset(m[:3] for m in _LONG_MONTHS)
_FIRST_THREE = operator.itemgetter(slice(None, 3))
# The words the tokenizer reads as others: "per cent" and "percent" as "%", shorthand ("tmrw")
# as the word, "&" between words as "and".
_SHORTHAND_WORDS = frozenset(lx.SHORTHAND)
_REWRITTEN = _SHORTHAND_WORDS | {"cent", "percent", "&"}


def _month_spelt(w: str) -> str:
    """The month a word misspells by one letter ("febuary", "janurary"), or the word."""
    if w[:3] not in _LONG_MONTH_STARTS or w in lx.MONTHS or not w.isalpha():
        return w
    for m in _LONG_MONTHS:
        if m[:3] == w[:3] and _one_edit(w, m):
            return m
    return w


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added, dropped or two swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = 0
    while k < len(short) and short[k] == long_[k]:
        k += 1
    return short[k:] == long_[k + 1 :]


def _pictograph(tok: str) -> bool:
    """An emoji or a like symbol (or one of the joiners and modifiers inside an emoji)."""
    return tok == _JOINER or (
        ord(tok[0]) >= 0x2190 and unicodedata.category(tok[0]) in _PICTOGRAPH_CATEGORIES
    )


# Symbols, modifiers, joiners and variation selectors past the Latin, Greek and currency blocks
# ("°", "£" and "€" are units and stay).
_PICTOGRAPH_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})
# The zero-width joiner that glues an emoji's parts ("🏃‍♀️"), which sits below those blocks.
_JOINER = "\u200d"


def _without_pictographs(parts: list[str]) -> list[str]:
    """``parts`` (space, token, space, ...) with each emoji read as the space around it: "Run 3
    workshops by June 🎯" or "✅ renew my first-aid certificate" says what it says without it."""
    if not any(map(_pictograph, parts[1::2])):
        return parts
    out = [parts[0]]
    for tok, space in zip(parts[1::2], parts[2::2], strict=True):
        if _pictograph(tok):
            out[-1] += tok + space
        else:
            out += [tok, space]
    return out


def _ampersands(low: list[str], st: list[int], en: list[int]) -> list[str]:
    """The tokens with each "&" that stands between words read as "and" ("draft & send the
    report", "Sales & Marketing"); one glued on both sides is part of a name ("R&D", "A&E")."""
    last = len(low) - 1
    return [
        "and"
        if w == "&" and not (0 < k < last and st[k] == en[k - 1] and en[k] == st[k + 1])
        else w
        for k, w in enumerate(low)
    ]


def _percent_signs(
    raw: list[str], st: list[int], en: list[int], low: list[str]
) -> tuple[list[str], list[int], list[int], list[str]]:
    """The tokens with "percent" and "per cent" read as the sign they spell ("20 per cent" is
    "20%"): "per cent" becomes one token, so every reading of "%" reads it."""
    out_raw: list[str] = []
    out_low: list[str] = []
    out_st: list[int] = []
    out_en: list[int] = []
    for k, w in enumerate(low):
        if w == "cent" and out_low and out_low[-1] == "per":
            out_raw[-1] += " " * (st[k] - en[k - 1]) + raw[k]
            out_en[-1] = en[k]
            out_low[-1] = "%"
            continue
        out_raw.append(raw[k])
        out_st.append(st[k])
        out_en.append(en[k])
        out_low.append("%" if w == "percent" else w)
    return out_raw, out_st, out_en, out_low


class _Doc:
    __slots__ = (
        "as_of", "at", "case", "date_order", "digit_first", "en", "fy_known", "fy_start", "glued",
        "line_starts", "low", "n", "numbers", "raw", "st", "stops", "text", "used", "vocab",
        "written",
    )  # fmt: skip

    def __init__(self, text: str, as_of: date, fy_start: int | None, date_order: str) -> None:
        self.text = text
        # The text cut into white space and tokens, in turn: [space, token, space, ..., space].
        # The running sum of their lengths gives every token's start and end at C speed,
        # cheaper than match objects or a Python loop over the tokens.
        parts = _SPLIT(text)
        if not text.isascii():
            parts = _without_pictographs(parts)
        #: Each token as written; ``raw`` is each as read (see casing.spelling_as_read).
        self.written = raw = parts[1::2]
        ends = list(accumulate(map(len, parts)))
        self.st = st = ends[0:-1:2]
        self.en = en = ends[1::2]
        if text.isascii():
            # Lower-casing ASCII keeps every character and every token boundary.
            low = list(map(str.lower, raw))
        elif len(lowered := text.lower().replace("’", "'")) == len(text):
            # Lower-casing kept every offset (the usual case): cut the tokens out of it.
            low = list(map(lowered.__getitem__, map(slice, st, en)))
        else:  # pragma: no cover - a few characters change length when lower-cased
            low = [w.lower().replace("’", "'") for w in raw]
        # The words the text holds, as a set: whether it has a word at all is one look-up,
        # not a walk over its tokens. Most texts need none of the rewrites below.
        vocab = frozenset(low)
        if not _REWRITTEN.isdisjoint(vocab):
            if "cent" in vocab or "percent" in vocab:
                raw, st, en, low = _percent_signs(raw, st, en, low)
                self.written, self.st, self.en = raw, st, en
            if not _SHORTHAND_WORDS.isdisjoint(vocab):
                low = [lx.SHORTHAND.get(w, w) for w in low]  # "tmrw", "b4": read as the word
            if "&" in vocab:
                low = _ampersands(low, st, en)
            vocab = frozenset(low)
        # Only a text with a word starting like a long month's name is looked at again.
        if not _LONG_MONTH_STARTS.isdisjoint(map(_FIRST_THREE, vocab)):
            low = [_month_spelt(w) for w in low]  # "febuary", "Septmber": that month
            vocab = frozenset(low)
        self.low = low
        #: Every word of ``low``: a stage with nothing to do in a text without its words
        #: asks this set first.
        self.vocab = vocab
        self.n = len(raw)
        #: ``at[i]``: the lower-case token at ``i``, or "" outside the text.
        self.at = [*low, *_PAD_WORDS]
        #: ``glued[i]``: token ``i`` touches the one before it (no space between).
        self.glued = [False, *map(operator.eq, st[1:], en), *_PAD_GLUED]
        self.used = bytearray(self.n)
        #: Where a sentence may end (".", "!", "?"): several stages look for the end of a
        #: sentence from many starting points, and testing only these is far cheaper than
        #: walking every token each time.
        self.stops = list(compress(range(self.n), map(lx.SENTENCE_ENDS.__contains__, low)))
        #: Tokens that start a line: the first, and each after a line break. A heading, a
        #: bullet and a sentence start are all told by it, from many places: found once.
        self.line_starts = (
            frozenset([0, *(k for k in range(1, self.n) if "\n" in text[en[k - 1] : st[k]])])
            if "\n" in text
            else _FIRST_ONLY
        )
        #: ``case``: the writer's casing, "caps", "title" or "sentence"; ``raw``:
        #: each token spelt as read, so that a capital says the same in every casing.
        self.raw, self.case = spelling_as_read(raw, low, self.glued, self.line_starts)
        #: ``digit_first[i]``: token ``i`` starts with a digit (a number, "10k", "30th"); the
        #: time scan and the figures both start at these.
        self.digit_first = list(map(str.isdecimal, map(operator.itemgetter(0), low)))
        # Number tokens already read: a date's parts are read up to three times each, and
        # long texts repeat the same numbers.
        self.numbers: dict[str, tuple[float, str] | None] = {}
        self.as_of = as_of
        # An unknown fiscal year is read as the calendar one where a period only may be fiscal
        # ("Q2"), and as undated where the text says it is ("by FY end").
        self.fy_start = fy_start or 1
        self.fy_known = fy_start is not None
        self.date_order = date_order

    def after_hyphen(self, k: int) -> bool:
        """The token at ``k`` follows a hyphen inside a word, with no space either side: a
        later part of a hyphenated compound ("employed" in "self-employed")."""
        return self.at[k - 1] == "-" and self.glued[k] and self.glued[k - 1]

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
            hits = map(operator.or_, hits, self.digit_first)
        return compress(range(self.n), hits)

    def find_in(self, words: Set[str], lo: int, hi: int) -> Iterator[int]:
        """Indices of the tokens in ``words`` from ``lo`` up to ``hi``, in order (see find)."""
        return compress(range(lo, hi), map(words.__contains__, self.low[lo:hi]))

    def slice(self, i: int, j: int) -> str:
        return self.text[self.st[i] : self.en[j - 1]]


# The last letters of "-ing", "-ed", "-ies" and "-s": any other word is its own base form.
_INFLECTED_LAST = frozenset("gds")


def lemma(w: str) -> str:
    """The base form of a verb token (unknown words come back unchanged)."""
    verbs = lx.VERBS
    if w in verbs or w[-1:] not in _INFLECTED_LAST:
        return w  # a base form, or a word no ending below can end with
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


# "be" before an action in "-ing": "be", "am", "is", "are", and "be" joined to its subject.
BE_BEFORE_ING = frozenset({"be", "am", "is", "are", "i'm", "we're", "you're", "they're"})


def progressive_at(d: _Doc, k: int) -> bool:
    """The word at ``k``, after a form of "be", is the "-ing" form of the action, listed or
    not ("be leading the huddles", "I'm sourcing tea", "should not be issuing tickets"): a
    word in "-ing" with a stem before it, then its object or complement (a determiner, a
    possessive, a preposition or a plain word), not the end of the clause."""
    w = d.at[k]
    if len(w) <= 5 or not w.endswith("ing") or not d.raw[k].isalpha():
        return False
    if lemma(w) in lx.VERBS:
        return True
    nxt = d.raw[k + 1] if k + 1 < d.n else ""
    return nxt[:1].isalpha() and nxt.islower()


def measuring_participle(d: _Doc, i: int) -> bool:
    """The word at ``i`` is the participle of a verb of measuring, followed by a preposition
    or a cadence ("measured over December", "tracked across each sprint", "counted by the
    survey", "timed weekly"): a phrase that says how a figure is taken, not an action."""
    w = d.at[i]
    if not w.endswith("ed") or len(w) < 5:
        return False
    nxt = d.at[i + 1]
    if nxt not in lx.PREPOSITIONS and nxt not in lx.CADENCE_ADVERBS:
        return False
    verbs = lx.MEASURING_VERBS
    return (
        w[:-2] in verbs  # "counted"
        or w[:-1] in verbs  # "measured"
        or (w[-3] == w[-4] and w[:-3] in verbs)  # "totalled"
        or (w.endswith("ied") and w[:-3] + "y" in verbs)  # "tallied"
    )


def subject_of_be(d: _Doc, j: int) -> bool:
    """A form of "be" at ``j`` has the word before it as its subject: "2027 is", "2027 will
    be" (a noun phrase it ended would have gone on: "the 2027 budget")."""
    w = d.at[j]
    return w in ("is", "was") or (w in lx.MODALS and d.at[j + 1] == "be")
