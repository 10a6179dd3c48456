"""Sentence starts, Title Case or ALL CAPS, and quoted words: what a capital letter means."""

from __future__ import annotations

from itertools import compress
from operator import itemgetter

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc


def _casing(d: _Doc, main: int) -> tuple[frozenset[int], bool | str, frozenset[int]]:
    """Where sentences start, whether the text is Title Case (or ALL CAPS), quoted words.

    A capital letter marks a name only mid-sentence and only when the writer does not
    capitalize every word anyway.
    """
    text = d.text
    low = d.low
    raw = d.raw
    starts = {main, 0}
    # The token after each mark, the marks found in one pass at C speed.
    starts.update(compress(range(1, d.n + 1), map(lx.SENTENCE_MARKS.__contains__, low)))
    starts.update(d.line_starts)
    if "-" in text:
        # A hyphen inside a word ("Work-Life") starts nothing.
        starts.difference_update(
            [k for k in starts if k > 1 and d.at[k - 1] == "-" and d.glued[k] and d.glued[k - 1]]
        )
    quoted: set[int] = set()
    if not lx.QUOTES.isdisjoint(low):
        opening = -1
        for k in range(d.n):
            w = low[k]
            if w in lx.OPEN_QUOTES and d.glued[k + 1] and (k == 0 or not d.glued[k]):
                opening = k
            elif w in lx.CLOSE_QUOTES and opening >= 0 and d.glued[k]:
                quoted.update(range(opening + 1, k))  # a title in quotes names something
                opening = -1
    casing: bool | str = False
    if text.isupper() and any(len(r) > 1 and r.isalpha() for r in raw):
        casing = "caps"
    elif _capitals(text) >= 3:
        capitals = list(compress(range(d.n), map(str.isupper, map(itemgetter(0), raw))))
        if len(capitals) - sum(map(starts.__contains__, capitals)) >= 3:
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


# Every byte but A-Z: deleting them from an ASCII text leaves its capitals.
_NOT_CAPITALS = bytes(c for c in range(256) if not 65 <= c <= 90)


def _capitals(text: str) -> int:
    """How many upper-case letters ``text`` holds."""
    if text.isascii():  # the usual case: counted in C, not character by character in Python
        return len(text.encode("ascii").translate(None, _NOT_CAPITALS))
    return sum(map(str.isupper, text))
