"""Is the text English? careerkit's word lists and grammar are English only."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc


def is_english(d: _Doc) -> bool:
    """False when the text is mostly another script, or its short words are another language's.

    A cheap check: the letters' script, then a count of function words. A short note with no
    function words at all ("AWS cert, 3 months") counts as English.
    """
    letters = [c for c in d.text[:2000] if c.isalpha()]
    if letters:
        latin = sum(1 for c in letters if c < "\u0250")  # Basic Latin up to Latin Extended-B
        if latin < 0.5 * len(letters):
            return False
    english = other = 0
    for w in d.low[:400]:
        if w in lx.ENGLISH_FUNCTION_WORDS:
            english += 1
        elif w in lx.OTHER_FUNCTION_WORDS or not lx.OTHER_LETTERS.isdisjoint(w):
            other += 1
    return not (other >= 2 and other > english)
