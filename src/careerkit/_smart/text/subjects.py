"""The subject of a goal clause: a noun phrase before its modal or "to" ("All staff will ...",
"The new team to ..."), an empty subject ("There will be ...", "It's time to ..."), and whether
the writer speaks ("I", "we")."""

from __future__ import annotations

import unicodedata

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc, lemma, measuring_participle


def _participle_phrase_end(d: _Doc, i: int, hi: int) -> int:
    """Where a participle phrase opened at ``i`` ends: after its comma, at the end of its
    sentence, or at ``hi`` (a phrase alone, "tracked across each sprint", names no action)."""
    for k in range(i + 2, min(hi, i + 24)):  # a phrase is short: the look stays bounded
        w = d.low[k]
        if w in (",", ";", ":") or (w in ("-", "–", "—") and not d.glued[k]):
            return k + 1
        if w in (".", "!", "?", "\n"):
            return k
    return hi


def _subject_phrase_end(d: _Doc, i: int, lo: int, plural_hi: int = 0) -> int | None:
    """After a noun phrase subject at a clause start ("All staff", "The new team") and before
    its modal or "to": where the modal or "to" stands, or None.

    A passive ("The stockroom will be reorganised") keeps its subject: that is what it acts on.
    With ``plural_hi``, as after "ensure", a plural subject's verb in its plain form before
    ``plural_hi`` ends it too: "all new starters complete ...", "the kitchen staff clean ...".
    """
    w0 = d.low[i]
    if i != lo and d.at[i - 1] not in (",", ":", ".", "-", "!", "?"):
        return None
    # A determiner opens the subject ("All staff"), or a capitalised noun that is not a verb
    # does at the start ("Ground crew to complete ...", "Staff morale is expected to ...").
    if w0 not in lx.SUBJECT_OPENERS and not (
        d.raw[i][:1].isupper() and lemma(w0) not in lx.VERBS and w0 not in lx.NOT_NAMES
    ):
        return None
    plural = False
    for k in range(i + 1, min(d.n, i + 8)):
        w = d.low[k]
        if plural and k < plural_hi and not d.used[k] and _plain_verb(d, k):
            return k  # "all new starters complete ...": the verb of a plural subject
        plural = plural_hi > 0 and w0 in lx.SUBJECT_OPENERS and (plural or _plural_noun(d, k))
        if (
            w0 in lx.SUBJECT_OPENERS
            and ((w.endswith("s") and lemma(w) != w and lemma(w) in lx.VERBS) or w == "has")
            and d.at[k + 1] != "to"  # "has to be finished": read as a whole
            and k > i + 1
        ):
            return k  # "every new volunteer gets a DBS check": its verb
        if w in lx.BE_FORMS and (d.at[k + 1] == "to" or d.at[k + 1] in lx.OBLIGED_WORDS):
            if d.at[k + 2] in lx.BE_FORMS or d.at[k + 3] in lx.BE_FORMS:
                return None  # "are to be checked": a passive, read as a whole
            return k  # "Staff morale is expected to improve": read from "is"
        if w in lx.MODALS or (w == "to" and lemma(d.at[k + 1]) in lx.VERBS):
            after = d.at[k + 1]
            if after in lx.BE_FORMS or (after == "have" and w != "to"):
                return None  # "will be reorganised", "will have completed": read as a whole
            return k + 1 if w == "to" else k
        if d.after_hyphen(k + 1):
            continue  # "our front-of-house team": one word
        if w == "," and measuring_participle(d, k + 1):
            # "Our scrap rate, measured over December, should fall ...": the modal after it
            end = _participle_phrase_end(d, k + 1, d.n)
            return end if d.at[end] in lx.MODALS else None
        if (
            # a word with digits inside is a name ("Our U14s will ...", "the Y9s")
            not (d.raw[k].isalnum() and d.raw[k][:1].isalpha())
            or w in lx.SUBJECTS
            or w in lx.WH_WORDS  # "Decide whether to go ...": an order, not a subject
            # Without a determiner first, a determiner inside is a verb's object: "Adopt a
            # time-tracking app to raise ..."
            or (w0 not in lx.SUBJECT_OPENERS and (w in lx.PREPOSITIONS or w in lx.DETERMINERS))
            or (k == i + 1 and lemma(w) in lx.VERBS and w0 not in lx.SUBJECT_OPENERS)
        ):
            return None
    return None


def _decoration(w: str) -> bool:
    """An emoji or a pictograph: decoration around a goal, never its action."""
    return not w[0].isascii() and unicodedata.category(w[0]) == "So"


def _subject_before_modal(d: _Doc, i: int, lo: int, named: bool = False) -> bool:
    """A third-person subject at a clause start, then a modal or "needs to": "Jane should".

    ``named``: only whether the word at ``i`` could be such a subject ("Kate" in "Kate and
    I will"), whatever follows it."""
    w = d.low[i]
    nxt = d.at[i + 1]
    obliged = (nxt in lx.BE_FORMS and (d.at[i + 2] == "to" or d.at[i + 2] in lx.OBLIGED_WORDS)) or (
        nxt == "to" and lemma(d.at[i + 2]) in lx.VERBS
    )  # "Priya is to complete", "Raj is expected to pass", "Chloe to improve"
    modal = nxt in lx.MODALS or nxt in lx.NEGATIVE_AUXILIARIES  # "Jane won't", "She doesn't"
    if not (named or modal or (nxt in lx.INTENT and d.at[i + 2] == "to") or obliged):
        return False
    if i != lo and d.at[i - 1] not in (",", ":", ".", "-", "!", "?", "\n"):
        return False
    if w in lx.THIRD_PERSON:
        return True
    raw = d.raw[i]
    return (
        raw[:1].isupper()
        and raw.isalpha()
        and w not in lx.NOT_NAMES
        and lemma(w) not in lx.VERBS
        and w not in lx.GOAL_WORDS
    )


_LEAD_MARKS = frozenset({".", "!", "?", ";", "\n", ":", ",", "-", "–", "—"})
# A subject with no content ("there", "it") that stands for a clause said later.
_EMPTY_SUBJECTS = frozenset({"there", "it", "there's", "it's", "it'd", "it'll", "chance"})


# The writer as a subject: "I", "we".
_WRITERS = frozenset({"i", "we"})


def _subject_speaks(d: _Doc, k: int, subjects: frozenset[str] = _WRITERS) -> bool:
    """The writer's clause starts at ``k``: a first-person subject and its modal or wish ("I
    will", "we'd", "I'm going"); a caller may let other ``subjects`` state a goal too ("they
    want")."""
    w = d.low[k]
    nxt = d.at[k + 1]
    if w in subjects:
        return nxt in lx.MODALS or nxt in lx.INTENT
    if w in ("i'm", "we're"):
        return nxt in lx.INTENT
    return w in lx.MODAL_CONTRACTIONS and w[:1] in "iw"


def _empty_subject_end(d: _Doc, i: int, hi: int) -> int | None:
    """After a frame whose subject is empty ("Is there any way I could ...", "Is it possible
    for me to ...", "Any chance we can ..."): where the writer's clause or the "to" before the
    action starts, or None. A question or a wish is read for the action it asks about."""
    w = d.low[i]
    inverted = w in lx.BE_FORMS or w in lx.MODALS or w == "any"  # "Is there", "Would it"
    if w not in _EMPTY_SUBJECTS and not (inverted and d.at[i + 1] in _EMPTY_SUBJECTS):
        return None  # "Make it from nurse to ...": "it" is the object of an order
    for k in range(i + 1, min(hi, i + 9)):
        w = d.low[k]
        if w in lx.SENTENCE_END or w == ",":
            return None
        if (
            w == "to"
            and k + 1 < d.n
            and d.raw[k + 1].isalpha()
            and d.at[k + 1] not in lx.DETERMINERS
        ):
            return k + 1
        if _subject_speaks(d, k):
            return k
    return None


def _plural_present(d: _Doc, k: int) -> bool:
    """A verb in the present after a plural noun, its subject: "clients keep asking", "the
    vans need servicing"; a base form that an order would open with, here told as a fact."""
    return _plain_verb(d, k) and _plural_in_s(d, k - 1)


def _plain_verb(d: _Doc, k: int) -> bool:
    """A verb in its plain form, written in lower case: "keep", "complete"."""
    w = d.low[k]
    return d.raw[k].isalpha() and d.raw[k].islower() and lemma(w) == w and w in lx.VERBS


def _plural_noun(d: _Doc, k: int) -> bool:
    """A plural noun: in "-s" ("starters", "vans"), one with no "s" ("children", "staff"), or
    a plural pronoun after "of" ("all of us", "each of them")."""
    return (
        d.low[k] in lx.PLURALS_WITHOUT_S
        or _plural_in_s(d, k)
        or (d.low[k] in _PLURAL_PRONOUNS and d.at[k - 1] == "of")
    )


_PLURAL_PRONOUNS = frozenset({"us", "them"})


def _plural_in_s(d: _Doc, k: int) -> bool:
    """A plural noun in "-s": "clients", "vans"; not "us", "its", "always" or an acronym."""
    before = d.low[k]
    return (
        len(before) > 3
        and before.endswith("s")
        and not before.endswith(("ss", "us", "is"))
        and before not in lx.VERBS
        and before not in lx.DETERMINERS
        and before not in lx.ADVERBS
        and before not in _NOT_PLURALS
        and d.raw[k].isalpha()
        and d.raw[k][1:].islower()  # "the CSCS test": an acronym, not a plural
    )


# Words in -s that are no plural noun: "Always be on time", "Perhaps take ...".
_NOT_PLURALS = frozenset(
    {"always", "sometimes", "perhaps", "besides", "towards", "afterwards", "thus", "plus"}
    | {"unless", "does", "has", "was", "its", "his", "hers", "ours", "yours", "theirs", "ourselves"}
)
