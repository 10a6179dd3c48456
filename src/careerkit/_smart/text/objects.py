"""What the action acts on: noun phrase ends, names, abstract heads, anchored comparatives."""

from __future__ import annotations

import unicodedata

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc


def _np_end(d: _Doc, k: int, hi: int) -> int:
    """End of the noun phrase starting at ``k`` (stops at prepositions, punctuation, clauses)."""
    steps = 0
    while k < hi and steps < 8:
        w = d.low[k]
        if steps and d.glued[k] and d.glued[k - 1] and (w == "-" or d.at[k - 1] == "-"):
            k += 1  # "the go-to person", "a one-on-one": a hyphenated word counts as one
            continue
        if (w in lx.BOUNDARY and (steps or w not in lx.NP_OPENERS)) or (
            w in lx.PREPOSITIONS and w != "of" and steps
        ):
            break
        if w == "of" and steps and d.at[k + 1] in lx.DETERMINERS_DEFINITE:
            break
        if not w[0].isascii() and unicodedata.category(w[0]) == "So":
            break  # an emoji decorates the goal; it is not part of the object
        if steps and (w in ("*", "•", "–", "—") or (w == "-" and not d.glued[k])):
            break  # a bullet or a dash starts what comes next
        if not steps and w in lx.TIME_PREPOSITIONS:
            break  # "stay until the end of June": no object before the time
        if w == "to" or (w in ("prior", "ahead") and d.at[k + 1] in ("to", "of")):
            break  # "submit the report prior to the review": the object ends at "prior"
        k += 1
        steps += 1
    return k


def _is_named(d: _Doc, i: int, title_case: bool, sentence_start: frozenset[int]) -> bool:
    """A proper name or acronym: AWS, LinkedIn, or a capital mid-sentence."""
    raw = d.raw[i]
    if not raw[:1].isalpha():
        return False
    low = d.low[i]
    if len(raw) == 1 and raw.isupper() and d.at[i + 1] == "-" and d.glued[i + 1]:
        return d.glued[i + 2] and d.raw[i + 2].isalpha()  # "A-level", "T-cell", "C-suite"
    if low in lx.NOT_NAMES or low in lx.MONTHS or low in lx.WEEKDAYS:
        return False
    if len(raw) >= 2 and raw.isupper():
        return True
    if not raw[1:].islower() and raw[1:] != raw[1:].lower():
        return True  # LinkedIn, PyCon, eCornell
    return not title_case and raw[0].isupper() and i not in sentence_start


def _abstract(w: str) -> bool:
    return w in lx.ABSTRACT_NOUNS or (w.endswith("s") and w[:-1] in lx.ABSTRACT_NOUNS)


def _anchored_comparative(d: _Doc, k: int) -> bool:
    """'more than 5', '3 more talks', 'at least', 'or more', 'no less than 2' have a figure."""
    prev = d.at[k - 1]
    nxt = d.at[k + 1]
    if prev[:1].isdecimal() or prev in lx.UNITS or prev in ("or", "no", "once", "any", "and"):
        return True
    if nxt == "than" and (d.at[k + 2][:1].isdecimal() or d.at[k + 2] in lx.UNITS):
        return True
    if nxt == "than" and d.at[k + 2] in ("last", "the", "my", "in"):
        return False
    return prev == "a" and d.at[k - 2] in lx.UNITS


def _measure_example(verb: str | None, head: str) -> tuple[str, str]:
    """Words for a concrete hint: ("read", "books") -> e.g. 'read 12 books'."""
    if verb and head in lx.ARTIFACT_NOUNS and head.endswith("s"):
        return verb, head
    return "", ""
