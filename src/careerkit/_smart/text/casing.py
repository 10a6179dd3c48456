"""What a capital letter means: the casing of the whole text, each word as read, sentence
starts and quoted words."""

from __future__ import annotations

from collections.abc import Iterable, Set
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from careerkit._smart import lexicon as lx

if TYPE_CHECKING:  # the tokenizer calls spelling_as_read, so no import of it at run time
    from careerkit._smart.text.tokens import _Doc


def _casing(d: _Doc, main: int) -> tuple[frozenset[int], frozenset[int]]:
    """Where sentences start, and the words in quotes.

    A capital letter marks a name only mid-sentence; Title Case and ALL CAPS are read in
    lower case already (see :func:`spelling_as_read`), so no reader asks about them again.
    """
    text = d.text
    low = d.low
    starts = {main, 0}
    # The token after each mark, the marks found in one pass at C speed.
    starts.update(compress(range(1, d.n + 1), map(lx.SENTENCE_MARKS.__contains__, low)))
    starts.update(d.line_starts)
    if "-" in text:
        # A hyphen inside a word ("Work-Life") starts nothing.
        starts.difference_update([k for k in starts if d.after_hyphen(k)])
    quoted: set[int] = set()
    if not lx.QUOTES.isdisjoint(d.vocab):
        opening = -1
        for k in range(d.n):
            w = low[k]
            if w in lx.OPEN_QUOTES and d.glued[k + 1] and (k == 0 or not d.glued[k]):
                opening = k
            elif w in lx.CLOSE_QUOTES and opening >= 0 and d.glued[k]:
                quoted.update(range(opening + 1, k))  # a title in quotes names something
                opening = -1
    return frozenset(starts), frozenset(quoted)


# --- the spelling a word is read with --------------------------------------------------------

# Words whose capital grammar fixes, whatever the writer's habit: "I" and its forms.
_FIRST_PERSON = frozenset(("i", "i'm", "i'll", "i'd", "i've"))
# Month names that are other words too ("may", "jan"): read as a month, with its capital,
# right after a preposition of time or before a number ("by may", "may 2027").
_SHARED_MONTHS = lx.ALL_MONTHS_AMBIG
_GRAMMAR_CAPITALS = _FIRST_PERSON | _SHARED_MONTHS
# The lexicon's vague words ("more", "faster", "better", "stuff"): a capital makes one part of
# a name only beside another capitalised word ("the Best Small Business award"); alone it is
# the word ("Sell More").
_VAGUE_FLAGS = lx.F_VAGUE_Q | lx.F_COMPARATIVE | lx.F_STATE | lx.F_VAGUE_NOUN
# Capitals every writer gives, which tell nothing of a habit: months, days and "I".
_NOT_TOLD = frozenset(lx.MONTHS) | frozenset(lx.WEEKDAYS) | _FIRST_PERSON
_MONTH_PREPOSITIONS = frozenset(("by", "in", "until", "till", "before", "from", "since", "of"))
# Words Title Case leaves in lower case: articles, prepositions, conjunctions, pronouns.
_SMALL_WORDS = (
    lx.DETERMINERS_INDEFINITE
    | lx.DETERMINERS_DEFINITE
    | lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.PRONOUNS
)
# Marks after which a sentence (or a label's text: "Goal: run ...") starts.
_STOPS = frozenset((".", "!", "?", ":"))
_BULLETS = frozenset(("-", "–", "—", "•", "*", ">", "+"))
# A full stop after these ends no sentence: "e.g. a talk", "approx. 20", "vs. last year".
_ABBREVIATIONS = frozenset(
    ("no", "vs", "approx", "incl", "eg", "ie", "etc", "mr", "mrs", "ms", "dr")
)
# Every English word has a vowel ("y" counts: "gym", "try"), so a word of letters with none is
# an abbreviation ("PMP", "SQL", "MD") whatever case it is written in; but for units, the
# short forms above, ordinal endings and a few sounds.
# Titles before a person's name: the name after one has capitals whatever the casing.
_TITLES = frozenset(("dr", "mr", "mrs", "ms", "prof", "cllr"))
_VOWELS = frozenset("aeiouy")
_DIGITS = "0123456789"
_VOWELLESS_WORDS = (
    lx.UNIT_WORDS
    | frozenset(lx.SHORT_UNITS)
    | _ABBREVIATIONS
    | frozenset(("st", "nd", "rd", "th", "hmm", "shh", "psst", "brr", "nth", "pp", "wk", "wks"))
)


def spelling_as_read(
    raw: list[str], low: list[str], glued: list[bool], line_starts: Set[int]
) -> tuple[list[str], str]:
    """Each token spelt as a reader takes it, and the writer's casing: "caps", "title",
    "lower" (no capital at all, even opening a sentence) or "sentence" (capitals where the
    writer chose them, or none but a sentence's first).

    A capital marks a name only where the writer uses capitals selectively. In ALL CAPS and
    in Title Case (every word capitalised but small ones) it says nothing, so there each
    word is read as a sentence-case writer spells it: in lower case but for each sentence's
    first word, and for the acronyms and inner capitals Title Case still shows ("AWS",
    "LinkedIn"). In every text "I", and a month whose name is another word too where it
    names the month ("by may"), are read with the capital grammar gives them.
    """
    n = len(raw)
    # The tokens that open with a capital, found at C speed: in most texts a sentence's
    # first word, a month, a name or two, and nothing else need be looked at.
    capped = list(compress(range(n), map(str.isupper, map(itemgetter(0), raw))))
    style = "sentence"
    starts: set[int] = set()
    # Capitals that may be inside a sentence; most texts have none, and need no more look.
    inside = [
        k
        for k in capped
        if k and low[k] not in _NOT_TOLD and low[k - 1] not in _STOPS and k not in line_starts
    ]
    # a word in lower case, "i" aside (a writer in capitals may still type "i")
    # (read lazily: the test below stops at the first such word, most often the second token)
    lowered: Iterable[str] = filter(str.islower, raw)
    if "-" in low:
        # The part after a hyphen inside a word ("Go-around", "Self-assessed") is in lower
        # case in Title Case too, so it tells nothing of the writer's habit.
        lowered = [r for k, r in enumerate(raw) if r.islower() and not _after_hyphen(low, glued, k)]
    if not _FIRST_PERSON.issuperset(lowered):
        # Title Case: two capitalised words inside a sentence, or a small word capitalised
        spelt = [k for k in inside if raw[k][1:].islower()]  # not "AWS", "LinkedIn"
        title = len(spelt) >= 2 or any(low[k] in _SMALL_WORDS for k in spelt)
        if title:
            starts = _sentence_starts(low, glued, line_starts)
            style = _style(raw, low, glued, starts)
        elif raw[0][:1].islower() and not any(raw[k][1:].islower() for k in inside):
            # No name capitalised and no sentence opened with a capital: a writer who does
            # not use capitals, whose lower case says nothing either ("rebuild the wall").
            starts = _sentence_starts(low, glued, line_starts)
            if not any(raw[k][:1].isupper() and low[k] not in _NOT_TOLD for k in starts):
                style = "lower"
    elif inside or ("".join(raw).isupper() and any(len(r) > 1 for r in raw)):
        starts = _sentence_starts(low, glued, line_starts)  # no word in lower case: capitals
        style = _style(raw, low, glued, starts)
    if style == "sentence":
        vague = [
            k
            for k in inside
            if lx.WORD_FLAGS.get(low[k], 0) & _VAGUE_FLAGS
            and raw[k][1:].islower()  # "FIT test": an acronym
            and low[k - 1] not in lx.QUOTES  # "'Excellent'": a title in quotes
        ]
        if _GRAMMAR_CAPITALS.isdisjoint(raw) and not vague:  # written in lower case: "i"
            return raw, style
        out = list(raw)
        if vague:
            if not starts:  # not yet found by the branches above
                starts = _sentence_starts(low, glued, line_starts)
            for k in vague:
                if not (_in_name(raw, starts, k - 1) or _in_name(raw, starts, k + 1)):
                    out[k] = out[k].lower()  # "Sell More": the word, not a name
        for k in compress(range(n), map(_GRAMMAR_CAPITALS.__contains__, raw)):
            r = out[k]
            if r.islower() and capital_by_grammar(low, k):
                out[k] = r[0].upper() + r[1:]
        return out, style
    out = list(raw)
    for k in range(n):
        r = out[k]
        if not r[:1].isalpha():
            continue
        if style != "title" and _acronym(r, low[k]):
            out[k] = r.upper()  # "PASS PMP", "pass pmp": the capitals an acronym has
            continue
        if style == "caps" or (
            style == "title" and k not in starts and r[0].isupper() and r[1:] == r[1:].lower()
        ):
            r = r.lower()
        if (
            r.islower()
            and (
                k in starts
                or capital_by_grammar(low, k)
                or _after_title(low, k)
                or _labels_a_number(low, k)
                or low[k] in lx.HOLIDAYS  # a feast's name: "after Christmas", "by Easter"
                or _letter_of_a_compound(low, glued, k)
            )
            and (len(r) > 1 or low[k + 1 : k + 2] != ["."])  # not the "e" of "e.g."
        ):
            r = r[0].upper() + r[1:]
        out[k] = r
    return out, style


def capital_code(raw: str, low: str) -> bool:
    """A code in capitals, letters or letters and digits, that names a thing: "BOSIET",
    "CSCS", "CS38", "A6"; not a short form that names nothing ("OK", "ASAP", "FYI")."""
    return len(raw) >= 2 and raw.isupper() and raw.isalnum() and low not in _CAPITALS_NO_NAME


# Words in capitals that name nothing a pronoun could stand for: "OK. I want to renew it".
_CAPITALS_NO_NAME = frozenset({"ok", "asap", "fyi", "tbh", "nb", "ps", "imo", "btw", "eod", "tbc"})


def _acronym(raw: str, low: str) -> bool:
    """A word of two or more letters with no vowel that is no unit or short form, or a code:
    two or more letters and then digits ("CM1", "SQE1", "BE100"), which no English word is."""
    if raw.isalpha():
        return len(raw) >= 2 and _VOWELS.isdisjoint(low) and low not in _VOWELLESS_WORDS
    return raw[:2].isalpha() and raw.isalnum() and raw.rstrip(_DIGITS).isalpha()


def _after_title(low: list[str], k: int) -> bool:
    """The word at ``k`` follows a title ("Dr", "Mrs.", "Prof"), so it is a name: "SHADOW DR
    PATEL", "meet mrs okafor". Not after a figure: "300 ms" is a time."""
    j = k - 2 if k >= 2 and low[k - 1] == "." else k - 1
    return j >= 0 and low[j] in _TITLES and (j == 0 or not low[j - 1][:1].isdecimal())


def _labels_a_number(low: list[str], k: int) -> bool:
    """The word at ``k`` is a label noun before its number ("Level 4", "Ward 9"), which names
    one thing: a sentence-case writer gives it a capital."""
    return low[k] in lx.LABEL_NOUNS and k + 1 < len(low) and low[k + 1][:1].isdecimal()


def _letter_of_a_compound(low: list[str], glued: list[bool], k: int) -> bool:
    """The word at ``k`` is one letter joined by a hyphen to the word after it ("A-level",
    "T-shirt", "X-ray"): the first part of a compound, spelt with a capital, never the article
    "a" nor "I"."""
    return (
        len(low[k]) == 1
        and k + 2 < len(low)
        and low[k + 1] == "-"
        and glued[k + 1]
        and glued[k + 2]
        and low[k + 2].isalpha()
    )


def _after_hyphen(low: list[str], glued: list[bool], k: int) -> bool:
    """The token at ``k`` follows a hyphen inside a word: "around" in "Go-around"."""
    return k >= 2 and low[k - 1] == "-" and glued[k] and glued[k - 1]


def _in_name(raw: list[str], starts: set[int], k: int) -> bool:
    """The word at ``k`` is capitalised inside its sentence, so it may be part of a name."""
    return 0 <= k < len(raw) and k not in starts and raw[k][:1].isupper() and raw[k].isalpha()


def _sentence_starts(low: list[str], glued: list[bool], line_starts: Set[int]) -> set[int]:
    """The tokens that open a sentence, a line, a label's text or a bullet's."""
    n = len(low)
    starts = {0, *line_starts}
    # The token after each stop (compress pairs token k - 1 with k).
    for k in compress(range(1, n), map(_STOPS.__contains__, low)):
        w = low[k - 2] if k >= 2 else ""
        if not glued[k] and not ((len(w) == 1 and w.isalpha()) or w in _ABBREVIATIONS):
            starts.add(k)
    # The word after a bullet that opens a line: "- run 3 workshops", "• Pass the exam"; a
    # bullet that ends the text opens nothing.
    starts.update([k + 1 for k in line_starts if low[k] in _BULLETS and k + 1 < n])
    return starts


def _style(raw: list[str], low: list[str], glued: list[bool], starts: set[int]) -> str:
    """ "caps", "title" or "sentence": how the writer uses capitals inside sentences."""
    capital = lower = small = lower_small = 0
    caps = True  # no lower-case letter but a sentence's first
    shouted = False  # a word of two or more capitals
    for k in range(len(raw)):
        r = raw[k]
        if not r[:1].isalpha():
            continue
        if r.isupper():
            shouted = shouted or len(r) > 1
            continue
        if k in starts:
            # a label's word ("Goal: SELL MORE CAKES") says nothing of the casing after it
            caps = caps and (r[1:] == r[1:].upper() or low[k + 1 : k + 2] == [":"])
            continue
        caps = False
        w = low[k]
        if w in _FIRST_PERSON:
            continue
        if r.islower():
            if _after_hyphen(low, glued, k):
                continue  # "Go-around": lower case after a hyphen in every casing
            lower += w not in _SMALL_WORDS
            lower_small += w in _SMALL_WORDS
        elif r[0].isupper() and r[1:] == r[1:].lower() and w not in _NOT_TOLD:
            capital += 1
            small += w in _SMALL_WORDS  # "Get In Shape": only Title Case capitalises "in"
    if caps and shouted:
        return "caps"
    # One capitalised word and nothing else to go by ("Get into Stanford") is a name, and so
    # are a few between small words left in lower case ("Run the Great North Run in May").
    many = capital >= 4 or (capital >= 2 and not lower_small)
    if (many or small) and (not lower or (capital >= 4 and 5 * lower <= capital)):
        return "title"
    return "sentence"


def capital_by_grammar(low: list[str], k: int) -> bool:
    """Grammar capitalises the word at ``k`` whatever the writer's habit: "I", or a month
    whose name is another word too, where it names the month ("by May", "May 2027")."""
    w = low[k]
    if w in _FIRST_PERSON:
        return True
    if w not in _SHARED_MONTHS:
        return False
    nxt = low[k + 1] if k + 1 < len(low) else ""
    return (k > 0 and low[k - 1] in _MONTH_PREPOSITIONS) or nxt[:1].isdecimal()
