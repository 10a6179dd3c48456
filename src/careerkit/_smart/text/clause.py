"""The goal clause: where the action starts, after subjects, hedges and leading phrases."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.leading_phrases import _dated_noun_lead, _having_end, _leading_phrase_end
from careerkit._smart.text.naming_numbers import item_label
from careerkit._smart.text.objects import _abstract
from careerkit._smart.text.subjects import (
    _EMPTY_SUBJECTS,
    _decoration,
    _empty_subject_end,
    _participle_phrase_end,
    _subject_before_modal,
    _subject_phrase_end,
)
from careerkit._smart.text.tense import PERFECT, background_end
from careerkit._smart.text.tokens import (
    _Doc,
    lemma,
    measuring_participle,
    progressive_at,
    subject_of_be,
)

# --- the goal clause ------------------------------------------------------------------------


def _heading_end(d: _Doc, i: int) -> int | None:
    """After a heading line of one to three words with no verb ("Actions", "Goals for Q1"):
    where the next line starts, or None."""
    if len(d.line_starts) == 1:
        return None  # one line: no heading
    for k in range(i + 1, min(d.n, i + 4)):
        if k in d.line_starts:
            words = d.low[i:k]
            if all(w.isalpha() and lemma(w) not in lx.VERBS for w in words):
                return k
            return None
    return None


# The first words of the asides ("to be honest,"): the four words are looked up after one.
_ASIDE_OPENERS = frozenset(a[0] for a in lx.ASIDES)
# The auxiliary "do" that carries a "not".
_DO = frozenset({"do", "does", "did"})
# The words at which a reading of _main_verb may start (a subject, a modal, a wish, a hedge,
# an aside, a leading phrase, a label, a frame), and the words after one that may start it; the
# others need a time, "I" or "we" before the word, an "-ly" or "-ed" ending, or no verb.
_LEAD_WORDS = _ASIDE_OPENERS | _DO | PERFECT | _EMPTY_SUBJECTS | lx.INTENT | lx.CERTAINTY_WORDS
_LEAD_WORDS |= lx.DISCOURSE_MARKERS | lx.POSSESSIVES | lx.SUBJECTS | lx.MODALS | lx.ADVERBS
_LEAD_WORDS |= lx.OPINION_VERBS | lx.TO_VERBS | lx.BE_FORMS | lx.OBLIGED_WORDS | lx.THIRD_PERSON
_LEAD_WORDS |= lx.GOAL_WORDS | lx.VERB_PREFIXES | lx.SUBJECT_OPENERS | lx.DEFINITION_WORDS
_LEAD_WORDS |= lx.LEAD_OPENERS | lx.PREPOSITIONS | lx.LABEL_NOUNS | {"a", "an", "what", "any"}
_LEAD_WORDS |= {"ensure", "make", "get", "am", "kind", "sort", "and"}
_LEAD_NEXT = lx.MODALS | lx.NEGATIVE_AUXILIARIES | lx.INTENT | lx.BE_FORMS | {"to", "and", "-"}


def _main_verb(d: _Doc, lo: int, hi: int) -> tuple[int, bool]:
    """Index of the first word after subjects, modals, hedges ("I want to maybe ...")."""
    low = d.low
    used = d.used
    hedged = False
    i = lo
    opened = False  # a leading phrase or label has been passed
    while i < hi:
        w = low[i]
        if (
            not used[i]
            and w not in _LEAD_WORDS
            and d.at[i + 1] not in _LEAD_NEXT
            and d.at[i - 1] not in ("i", "we")
            and w[-2:] not in ("ly", "ed")
            and lemma(w) in lx.VERBS
        ):
            break  # a verb that no reading below can start at (see _LEAD_WORDS): the action
        if not opened and used[i] and _cadence_modifier(d, i, hi):
            break  # "Weekly 1:1s with my skip-level": a noun phrase, its cadence its own
        if not opened and used[i] and w in lx.LEAD_OPENERS:
            lead = _dated_noun_lead(d, i, hi)
            if lead is not None:  # "Since the March 2026 reorg I need to ...": the date names
                opened = True  # which reorg, and the leading phrase goes on to its subject
                i = lead
                continue
        if (
            used[i]
            or w in lx.BULLETS
            or w in (",", ":", ".", "(", ")", "!", '"', "'")
            or _decoration(w)
        ):
            i += 1
            continue
        if measuring_participle(d, i):
            # "Measured over December, cut ...": how the figure is taken, then the action
            i = _participle_phrase_end(d, i, hi)
            continue
        if not opened:
            opened = True
            label = item_label(d, i + 1)
            if label is not None:
                # "Goal 3 - finish ...", "Crew 3 to cut ...": a numbered item opens the
                # line; after its mark the action, or its modal or "to", follows
                i += 3 if label == "mark" else 2
                continue
            heading = _heading_end(d, i) if i in d.line_starts else None
            if heading is not None:
                i = heading  # "Actions\n- call every lapsed member": the heading names the list
                continue
            # A phrase that goes on after a leading time expression: "Every Monday morning, ..."
            lead = _leading_phrase_end(d, i, hi, i > lo and bool(used[i - 1]))
            if lead is not None:  # "After the offsite, write up ...", "Next sprint: pair ..."
                i = lead
                continue
            frame = _empty_subject_end(d, i, hi)
            if frame is not None:  # "Is there any way I could shadow ...": the action follows
                i = frame
                continue
        if (
            d.raw[i][:1].isupper()
            and w not in lx.NOT_NAMES
            and d.at[i + 1].endswith("s")
            and lemma(d.at[i + 1]) != d.at[i + 1]  # a third-person form: "drafts"
            and lemma(d.at[i + 1]) in lx.VERBS
            and lemma(w) not in lx.VERBS
            and (i == lo or d.at[i - 1] in (",", ":", ".", "-"))
            # "Digitise records monthly": a word shaped like a verb gives an order
            and not w.endswith(lx.VERB_ENDINGS)
        ):
            i += 1  # a named subject: "Jordan drafts the report"
            continue
        if w in ("a", "an") and d.at[i - 1] in ("i'm", "am", "we're", "are"):
            # "I'm a new teacher and want to run ...": who the writer is, then the action
            k = next(
                (
                    k
                    for k in range(i + 1, min(hi, i + 8))
                    if d.low[k] in ("and", ",")
                    and (d.at[k + 1] in lx.INTENT or d.at[k + 1] in lx.MODALS)
                ),
                None,
            )
            if k is not None:
                i = k + 1
                continue
        if w[0].isdecimal() and d.at[i + 1] in (".", ")") and i == lo:
            i += 2
            continue
        if (
            d.at[i + 1] == "and"
            and i + 2 < hi
            and (i == lo or d.at[i - 1] in (",", ":", ".", "-", "!", "?", "\n"))
            and (d.at[i + 2] in ("i", "we") or _subject_before_modal(d, i + 2, i + 2))
            and (w in lx.THIRD_PERSON or _subject_before_modal(d, i, i, named=True))
        ):
            # "Kate and I will co-present ...", "Kate and Sam will run ...": two subjects
            i += 2 if d.at[i + 2] in ("i", "we") else 3
            continue
        if _subject_before_modal(d, i, lo):
            i += 1  # "Sam will present ...", "She should complete ...": a third-person subject
            continue
        aux = _subject_phrase_end(d, i, lo)
        if aux is not None:
            i = aux  # "All staff will complete ...", "The team to deliver ...": its subject
            continue
        if w == "what" and d.at[i + 1] in lx.SUBJECTS | {"i"}:
            # "What I really want is to finish ...": the action follows "is"
            k = d.low.index("is", i, min(hi, i + 7)) if "is" in low[i : i + 7] else None
            if k is not None:
                i = k + 1
                continue
        if (w == "ensure" or (w == "make" and d.at[i + 1] == "sure")) and (
            d.at[i + 1 + (w == "make")] in lx.SUBJECT_OPENERS
            or d.at[i + 1 + (w == "make")] == "that"
        ):
            # "Make sure every new volunteer gets a DBS check": the action is in the clause
            i += 2 if w == "make" else 1
            if d.at[i] == "that":
                i += 1
            if i >= hi:
                continue  # "Make sure that" with nothing after it: no action
            end = _subject_phrase_end(d, i, i, plural_hi=hi)  # "all new starters complete ..."
            if end is not None:
                i = end
            continue
        if w in ("get", "got") and d.at[i + 1] in ("round", "around") and d.at[i + 2] == "to":
            i += 3  # "get round to fixing the fence": the action is the one put off
            continue
        if w in lx.INTENT and d.at[i + 1] in lx.OBJECT_PRONOUNS and d.at[i + 2] == "to":
            i += 3  # "I'd like us to ring every donor": the action follows "to"
            continue
        if w in lx.INTENT and d.at[i + 1] in lx.POSSESSIVES:
            k = _wished_to(d, i + 1, hi)
            if k is not None:
                i = k  # "I want the shop to do well": the wish is for what the shop does
                continue
        if w[0].isdecimal() and d.at[i + 1] == "%" and d.at[i + 2] in lx.CERTAINTY_WORDS:
            i += 2  # "I'm 90% sure I can ...": a rating of the writer's confidence
            continue
        if w in lx.CERTAINTY_WORDS and (d.at[i + 1] in lx.SUBJECTS or d.at[i + 1] == "that"):
            i += 1  # "(I'm) sure I can finish ...": the action is in the clause after
            continue
        if w in _ASIDE_OPENERS and (w, d.at[i + 1], d.at[i + 2], d.at[i + 3]) in lx.ASIDES:
            i += 4  # "To be honest, I'd like to finish my degree": an aside, then the goal
            continue
        if (
            w in lx.DISCOURSE_MARKERS
            and (i == lo or d.at[i - 1] in lx.DISCOURSE_MARKERS)
            and (d.at[i + 1] in lx.SUBJECTS or d.at[i + 1] in lx.DISCOURSE_MARKERS)
        ):
            i += 1  # "so basically I want to get my level 3 done": nothing said yet
            continue
        if d.at[i - 1] in ("i", "we") and w not in lx.INTENT and w not in lx.MODALS:
            k = _intent_after(d, i, hi)
            if k is not None:
                i = k  # "I coach 14 swimmers and want to ...": who the writer is, then the aim
                continue
        if w == "having" and i == lo:
            k = _having_end(d, i, hi)
            if k is not None:
                i = k  # "Having hit 80% of quota in 2025, I'd like to ...": what is done so far
                continue
        if w in PERFECT and (w.endswith("'ve") or (w == "been" and i == lo)):
            k = background_end(d, i, hi)
            if k is not None:
                i = k  # "I've been a welder for 14 years; pass ...": what has gone on so far
                continue
        if (
            (w in lx.DISCOURSE_MARKERS or w in lx.POSSESSIVES)
            and i + 1 < hi
            and used[i + 1]
            and _period_then_be(d, i + 1, hi)
        ):
            i += 1  # "So 2027 is about ...", "My 2027 is about ...": the period is the subject
            continue
        if w in ("is", "be"):
            framed = _framed_by_period(d, i, lo, hi)
            if framed is not None:
                i = framed  # "2027 is about finishing my degree": the year frames the action
                continue
        if w in _DO and d.at[i + 1] == "not":
            i += 2  # "Do not miss a single session", "I did not ...": "do" is no action here
            continue
        if (
            w in ("kind", "sort")
            and d.at[i + 1] == "of"
            and (
                d.at[i - 1] in lx.SUBJECTS
                or d.at[i - 1] in lx.MODALS
                or d.at[i - 1] in lx.THIRD_PERSON
            )
        ):
            i += 2  # "I'd kind of like to ...", "we sort of need to ...": a hedge, as "maybe"
            continue
        if w in lx.SUBJECTS or w in lx.MODALS or w in lx.ADVERBS:
            hedged = hedged or w in lx.HEDGE_WORDS
            i += 1
            continue
        # an adverb of manner ends in "-ly" or is joined by a hyphen: most words are neither
        manner = _manner_end(d, i, hi) if w[-2:] == "ly" or d.at[i + 1] == "-" else None
        if manner is not None:
            i = manner  # "quickly write 30 books", "single-handedly clear": how, then the action
            continue
        if w in lx.OPINION_VERBS and (d.at[i + 1] in lx.SUBJECTS or d.at[i + 1] == "that"):
            i += 1  # "I think I should apply ...": the action is in the clause after
            continue
        if w == "be" and progressive_at(d, i + 1):
            i += 1  # "I want to be leading the huddles": the -ing form is the action
            continue
        if w == "be" and d.at[i + 1] in lx.GOOD_WORDS and d.at[i + 2] == "to":
            hedged = True
            i += 3  # "(it) would be good to sit the CIMA exam"
            continue
        if (w in lx.INTENT or _past_intent(w)) and d.at[i + 1] in (
            "to",
            "of",
            "and",
        ):  # "I've wanted to try ...", "we hoped to open ...": the wish, then the action
            hedged = hedged or w in lx.HEDGE_WORDS
            i += 2
            continue
        if (
            w in ("do", "try")
            and d.at[i + 1] in lx.POSSESSIVES
            and d.at[i + 2] in ("best", "utmost", "hardest")
            and d.at[i + 3] == "to"
        ):
            hedged = True  # "I will do my best to finish ...": a promise to try, then the action
            i += 4
            continue
        if w in lx.TO_VERBS and d.at[i + 1] == "to" and lemma(d.at[i + 2]) in lx.VERBS:
            i += 2  # "volunteer to lead the migration": the action is "lead"
            continue
        if w in ("am", "is", "are", "be") and (
            d.at[i + 1] == "going"
            or (d.at[i + 1] in ("able", "committed", "ready") and d.at[i + 2] == "to")
        ):
            # "be ready to lead", "am able to run": the action follows "to"; "be ready for
            # band 6" is a state to be in
            i += 1
            continue
        if (w in lx.BE_FORMS or w in lx.OBLIGED_WORDS) and d.at[i + 1] in ("to", *lx.OBLIGED_WORDS):
            i += 1  # "is to complete", "is expected to pass": the action follows "to"
            continue
        if w in lx.DEFINITION_WORDS and d.at[i + 1] in lx.DEFINITION_VERBS:
            # "Success means presenting ...", "That means leading ...", "Target is 120k"
            i += 2 if d.at[i + 1] != "looks" else 3
            continue
        if w in ("my", "our", "the") and not lx.GOAL_WORDS.isdisjoint(low[i + 1 : i + 4]):
            k = i + 2
            while k < min(hi, i + 6) and low[k] not in ("is", ":", "to"):
                k += 1
            i = k + 1
            if d.at[i] == "to":
                i += 1
            continue
        if w in lx.GOAL_WORDS and d.at[i + 1] in (":", "-", "is"):
            i += 2
            continue
        if w == "to" or w == "and":
            i += 1
            continue
        if w in lx.VERB_PREFIXES and d.after_hyphen(i + 2):
            i += 2  # "Re-tile the en-suite": the verb after its prefix is the action
        break
    return min(i, hi), hedged  # a label at the very end leads past the text


def _manner_end(d: _Doc, i: int, hi: int) -> int | None:
    """Where an adverb of manner at ``i`` ends ("quickly", "single-handedly"), when a word
    follows it as the action. A verb that ends in "-ly" ("apply", "supply", "rally") is the
    action itself."""
    w = d.at[i]
    if d.at[i + 1] == "-" and d.glued[i + 1] and d.at[i + 2][-2:] == "ly":
        m = i + 3  # "single-handedly"
    elif w[-2:] == "ly" and len(w) > 4 and w not in lx.LY_VERBS:
        m = i + 1  # "quickly"
    else:
        return None
    if m >= hi or not d.at[m].isalpha() or w in _NOT_MANNER or lemma(d.at[m]) != d.at[m]:
        return None  # "Weekly reports to the board", "Early submissions": no action after
    return m


# Words in "-ly" that say when or how often, not how: "Weekly reports", "Early submission".
_NOT_MANNER = frozenset(
    {"daily", "weekly", "monthly", "quarterly", "yearly", "annually", "hourly", "nightly"}
    | {"fortnightly", "biweekly", "early", "only", "family", "assembly", "italy"}
)


def _framed_by_period(d: _Doc, i: int, lo: int, hi: int) -> int | None:
    """After a period that is the subject of "be" at ``i`` ("2027 is about staying close to my
    clients", "This year is for getting my licence", "Next year will be when I open a second
    shop", "2028 is the year we ..."): where the action it frames starts, or None. The
    period is the goal's time frame and what it is "about" or "for" is the goal."""
    k = i - 1
    if d.at[k] in lx.MODALS and d.low[i] == "be":
        k -= 1  # "2027 will be about ..."
    if k < lo or not d.used[k]:
        return None  # most "is": no time expression just before it
    start = k
    while start > lo and d.used[start - 1] and start > k - 4:
        start -= 1
    if any(
        d.raw[m][:1].isalnum() and d.low[m] not in _BEFORE_PERIOD_SUBJECT for m in range(lo, start)
    ) or (start > lo and k - start >= 4):
        return None  # "the deadline in 2027 is ...": the period is not the subject
    j = i + 1
    if d.at[j] == "all":
        j += 1  # "2027 is all about ..."
    nxt = d.at[j]
    if nxt in ("about", "for") and d.at[j + 1].endswith("ing") and j + 1 < hi:
        return j + 1  # "is about finishing", "is for getting": the -ing form is the action
    if nxt == "for" and d.at[j + 1] in _FRAMED_PRONOUNS and d.at[j + 2] == "to":
        return j + 3 if j + 3 < hi else None  # "is for me to pass the bar exam"
    if nxt == "when" and d.at[j + 1] in ("i", "we"):
        return j + 1  # "is when I finish the MBA": the subject, then the action
    if nxt == "the" and d.at[j + 1] in lx.DURATION_UNITS:
        j += 2  # "is the year I open ...", "is the quarter we ..."
        if d.at[j] in ("that", "when"):
            j += 1
        return j if d.at[j] in ("i", "we") else None
    return None


def _period_then_be(d: _Doc, k: int, hi: int) -> bool:
    """A time expression starts at ``k`` and a form of "be" follows it: "2027 is"."""
    stop = min(hi, k + 4)
    while k < stop and d.used[k]:
        k += 1
    return subject_of_be(d, k)


# Words that may come before a period that is a sentence's subject: "So 2027 is about ...",
# "For me, this year is for ...".
_BEFORE_PERIOD_SUBJECT = lx.DISCOURSE_MARKERS | lx.POSSESSIVES | {"for", "me", "us", "and", "but"}
_FRAMED_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})


def _cadence_modifier(d: _Doc, i: int, hi: int) -> bool:
    """The cadence word at ``i`` opens the text as an adjective before its noun, with no
    comma: "Weekly 1:1s with my skip-level", "Monthly team huddles". The goal is that noun
    phrase, done at that cadence; "Weekly, call ..." and "Every Monday call ..." are not."""
    nxt = d.at[i + 1]
    return (
        i == 0
        and d.low[i] in lx.CADENCE_ADVERBS
        and i + 1 < hi
        and not d.used[i + 1]
        and d.raw[i + 1][:1].isalnum()
        and lemma(nxt) not in lx.VERBS
        and not _abstract(nxt)  # "Weekly wellbeing": a quality, not a thing held
    )


def _wished_to(d: _Doc, i: int, hi: int) -> int | None:
    """After a noun phrase of up to four words that opens at ``i`` and a "to" with a verb
    ("the shop to do well", "my team to finish ..."): where that verb stands, or None."""
    for k in range(i + 1, min(hi, i + 5)):
        w = d.low[k]
        if w == "to":
            nxt = d.at[k + 1]
            return k + 1 if nxt.isalpha() and nxt not in lx.DETERMINERS else None
        if not d.raw[k].isalpha() or w in lx.PREPOSITIONS or w in lx.MODALS:
            return None
    return None


def _past_intent(w: str) -> bool:
    """A wish in the past: "wanted", "hoped", "planned", "intended"."""
    return w.endswith("ed") and not lx.INTENT.isdisjoint((w[:-1], w[:-2], w[:-3]))


def _intent_after(d: _Doc, i: int, hi: int) -> int | None:
    """After a statement of the writer's situation ("I coach 14 swimmers"), where "and (I)
    want to ..." states the aim: the index of the wanting word, or None."""
    for k in range(i + 1, min(hi, i + 12)):
        w = d.low[k]
        if w in lx.SENTENCE_END or w == ";":
            return None
        if w in ("and", ",", "but", "so"):
            nxt = d.at[k + 1]
            if nxt in ("i", "we") and (d.at[k + 2] in lx.INTENT or d.at[k + 2] in lx.MODALS):
                return k + 2
            if (nxt in lx.INTENT and nxt not in ("have", "got", "going", "able", "like")) or (
                nxt in lx.MODALS and nxt != "can"
            ):
                return k + 1
    return None


def _find(d: _Doc, word: str, lo: int, hi: int) -> int | None:
    for k in range(lo, hi):
        if d.low[k] == word:
            return k
    return None
