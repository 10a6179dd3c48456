"""Is the text English? careerkit's word lists and grammar are English only."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc


def is_english(d: _Doc) -> bool:
    """False when the text is mostly another script, or its short words are another language's.

    A cheap check: the letters' script, then a count of function words. A short note with no
    function words at all ("AWS cert, 3 months") counts as English.
    """
    head = d.text[:2000]
    if not head.isascii():
        letters = [c for c in head if c.isalpha()]
        latin = sum(1 for c in letters if c < "\u0250")  # Basic Latin up to Latin Extended-B
        if letters and latin < 0.5 * len(letters):
            return False
    words = d.low[:400]
    if head.isascii() and lx.OTHER_FUNCTION_WORDS.isdisjoint(words):
        return True  # the usual case: no other language's function word to count
    english = sum(map(lx.ENGLISH_FUNCTION_WORDS.__contains__, words))
    other = sum(map(lx.OTHER_FUNCTION_WORDS.__contains__, words))
    if not head.isascii():
        other += sum(1 for w in words if not lx.OTHER_LETTERS.isdisjoint(w))
    if english == 0 and any(
        len(w) > 3 and w in lx.OTHER_FUNCTION_WORDS and w not in lx.ENGLISH_LOOKALIKES
        for w in words
    ):
        return False  # "Ogni settimana, correre 10 km": no English word to weigh against
    return not (other >= 2 and other > english)
