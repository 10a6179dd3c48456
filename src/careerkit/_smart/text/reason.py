"""The stated reason: where it starts, and whether a career move is named."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.passive import opens_order
from careerkit._smart.text.tense import participle_word, perfect_after_have
from careerkit._smart.text.tokens import _Doc, lemma


def _rationale(d: _Doc, main: int) -> tuple[int, bool]:
    """Where the stated reason starts (or ``d.n``) and whether a career move is named."""
    low = d.low
    n = d.n
    career = False
    for i in d.find(lx.RATIONALE_SCAN):
        w = low[i]
        if w in lx.CAREER_WORDS:
            nxt = d.at[i + 1]
            if "into" in low[i + 2 : i + 5] and w in ("move", "moving", "transition", "pivot"):
                into = low.index("into", i + 2)
                between = low[i + 1 : into]
                # "move into management", "move from QA into dev", not "move £300 into savings"
                career = career or all(w in lx.ADVERBS or w in ("back", "up") for w in between)
                career = career or between[:1] == ["from"]
            if (
                nxt in ("into", "to", "up")
                and (w != "advance" or nxt == "to")
                and not (w in ("switch", "step") and nxt == "up")
                and not (nxt == "to" and lemma(d.at[i + 2]) in lx.VERBS and w != "promoted")
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
        if (
            w == "so"
            and d.at[i + 1] not in lx.SO_NOT_A_REASON
            and d.at[i - 1] not in ("and", "or")
            and d.at[i + 2] not in (".", "!", "?", ",", ";", "")  # "feeling so tired."
        ):
            return i, career  # "so failures page someone", "so that I can lead"
        if (
            w in ("since", "as")
            and (d.at[i + 1] in lx.PRONOUNS or d.at[i + 1] in lx.DETERMINERS_DEFINITE)
            and _finite_verb_follows(d, i + 1)
        ):
            return i, career  # "since our team lost its seniors"
        if w in lx.CLAUSE_MARKS and i > main:
            if _states_a_reason(d, i):
                return i, career
            continue
        if (
            w in lx.NEED_FOR_WORDS
            and i > main + 1
            and d.at[i + 1] in ("it", "them", "this", "these", "that")
            and d.at[i + 2] == "for"
        ):
            # "— need it for my conservatoire application", "GC requires it for foremen": what
            # the result is needed for ("the forms required for the audit" names the forms)
            return (i - 1 if d.at[i - 1] in lx.CLAUSE_MARKS or d.at[i - 1] == "," else i), career
        for phrase in lx.RATIONALE_BY_HEAD.get(w, ()):
            if tuple(low[i : i + len(phrase)]) == phrase:
                return i, career
        if w in lx.CAREER_AIM_NOUNS and i > main + 2:
            if d.at[i + 1][:1].isalpha() and d.at[i + 1] not in lx.NAMEISH_STOP:
                career = True  # "put together a promotion case": the aim, inside the object
                continue
            return i, career
    return n, career


def _states_a_reason(d: _Doc, i: int) -> bool:
    """After a dash, a bracket or a sentence end at ``i``: does a reason follow?

    "- finance flagged us as over budget", "(pipeline is thin)", ". I need to be able to ...",
    ". Why does it matter? ...", ". Context: ...".
    """
    w = d.low[i]
    nxt = d.at[i + 1]
    if w in (".", "?", "!", "\n"):
        if nxt in lx.REASON_LABELS:
            return True
        need = d.at[i + 2] in lx.NEED_VERBS or (d.at[i + 2] == "have" and d.at[i + 3] == "to")
        if (
            nxt[:1].isalpha()
            and d.raw[i + 1][:1].isupper()
            and nxt not in lx.GOAL_WORDS
            and nxt not in lx.DEFINITION_WORDS
            and _finite_verb_follows(d, i + 1)
            and not any(_obliges(d, k) for k in range(i + 2, min(d.n, i + 5)))
        ):
            # the situation behind the goal: "They keep telling me ..."; not the goal's own
            # terms: "Both need to be finished by 5 January", "The draft is due on 8 May"
            return True
        return (nxt in ("i", "we") and need) or (
            nxt in ("i'd", "we'd") and d.at[i + 2] in ("like", "love")
        )
    if w in ("-", "–", "—") and (d.glued[i] or i in d.line_starts):
        return False  # a hyphen inside a word, or a bullet
    if w in ("-", "–", "—") and _after_field_name(d, i):
        return False  # "Success measure - all stock moved": a form's field, not a reason
    return nxt[:1].isalpha() and _finite_verb_follows(d, i + 1)


def _after_field_name(d: _Doc, i: int) -> bool:
    """The one to three words before ``i`` open their sentence and name a form's field:
    "Objective -", "Success measure -", "Due -"."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if k == 0 or d.at[k - 1] in lx.SENTENCE_ENDS:
            # A field is named by a noun: "Finish the audit -" is an action, not a field
            return lemma(d.low[k]) not in lx.VERBS and all(w.isalpha() for w in d.low[k:i])
        if not d.low[k].isalpha():
            return False
    return False


def _finite_verb_follows(d: _Doc, k: int) -> bool:
    """A subject and a finite verb start at ``k``: "finance flagged", "pipeline is thin"."""
    for m in range(k + 1, min(d.n, k + 4)):
        w = d.low[m]
        if w in lx.FINITE_VERBS or (
            len(w) > 4
            and w.endswith("ed")
            and d.raw[m].islower()
            # "to get qualified", "be signed off": a participle, not a past event
            and lemma(d.low[m - 1]) not in _PASSIVE_AUXILIARIES
        ):
            return True
        if _present_s_form(d, m):
            return True
        if not w[:1].isalpha():
            return False
    return False


_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "get", "got", "become", "became"})


def _present_s_form(d: _Doc, m: int) -> bool:
    """A verb in the present after a singular subject, by position: "the policy expires on",
    "funding runs out" (a noun, then an -s form, then a preposition or a particle)."""
    w, prev = d.low[m], d.low[m - 1]
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "'s"))
        and d.raw[m].islower()
        and prev.isalpha()
        and not prev.endswith("s")
        and prev not in lx.DETERMINERS
        and prev not in lx.POSSESSIVES
        and (d.at[m + 1] in lx.PREPOSITIONS or d.at[m + 1] in lx.PARTICLES)
    )


def _purpose_to(d: _Doc, i: int, main: int) -> bool:
    """Is the 'to' at ``i`` the start of a purpose clause ("..., to qualify for ...")?"""
    nxt = d.at[i + 1]
    # An infinitive is a base form: "to lead", not "to networking" or "to events".
    if nxt not in lx.INFINITIVE_VERBS and not _unlisted_infinitive(d, i + 1):
        return False
    if d.raw[i + 1][:1].isupper():
        return False
    if nxt == "have" and perfect_after_have(d, i + 2):
        return False  # "proud to have set it": the perfect looks back at what is done
    if d.after_hyphen(i + 3):
        return False  # "to reach-truck standard": the first half of a compound noun
    if lemma(d.at[i - 1]) == "take" and d.at[i - 2] == "it":
        return False  # "what would it take to get there": the cost, not a purpose
    prev = d.at[i - 1]
    if prev in lx.PREP_TO_VERBS or lemma(prev) in lx.PREP_TO_VERBS:
        return False
    if prev == ",":
        return True
    if prev in lx.TO_COMPLEMENT_VERBS or lemma(prev) in lx.TO_COMPLEMENT_VERBS:
        return False
    if prev in lx.BE_FORMS or prev in lx.OBLIGED_WORDS:
        return False  # "are to be checked", "is expected to pass": what must be done
    if prev in ("how", "what", "where", "when", "whether", "order", "in", "able", "willing"):
        return False
    if i == main or i < main:
        return False
    if d.at[main + 1] == "from" and i - main <= 8 and not _boundary_between(d, main + 2, i):
        # "go from first-year apprentice to master electrician": the first "to" after "from"
        # says where the move ends ("switch from Excel to Power BI to speed up ..." has its
        # purpose after the second)
        return False
    if nxt == "be" and (
        (d.low[main] in lx.SUBJECT_OPENERS and participle_word(d.at[i + 2])) or opens_order(d, i)
    ):
        # "All fire doors to be inspected by January", "Report to be submitted by Friday":
        # the subject, then what is to be done to it; the goal itself in the passive, not a
        # purpose
        return False
    # "ask two senior engineers to mentor me": the object of a verb that takes "to".
    for k in range(i - 2, max(main - 1, i - 6), -1):
        w = d.low[k]
        if w in lx.BOUNDARY or w == ",":
            break
        if lemma(w) in lx.OBJECT_CONTROL:
            return False
    return True


def _boundary_between(d: _Doc, lo: int, hi: int) -> bool:
    """A clause boundary, a comma or an earlier "to" among the tokens ``lo:hi``."""
    return any(d.low[k] in lx.BOUNDARY or d.low[k] in (",", "to") for k in range(lo, hi))


def _unlisted_infinitive(d: _Doc, k: int) -> bool:
    """A plain word after "to" with a determiner or an amount after it: "to drive more
    traffic", "to win the tender". Not "to lunch with" or "to senior engineer"."""
    if k >= d.n:
        return False  # "to" ends the text
    w = d.low[k]
    return (
        d.raw[k].isalpha()
        and d.raw[k].islower()
        and len(w) > 2
        and not w.endswith(lx.NOUN_ENDINGS)
        and not w.endswith(("ing", "s"))
        and w not in lx.PREPOSITIONS
        and w not in lx.DETERMINERS
        and w not in lx.PRONOUNS
        and w not in lx.UNITS  # "down to one a week": a number, not a verb
        and (d.at[k + 1] in lx.DETERMINERS or d.at[k + 1] in ("more", "less", "fewer"))
    )


def _obliges(d: _Doc, k: int) -> bool:
    """The finite verb at ``k`` says what must be done, or by when: "need to", "has to", "have
    until", "is due"."""
    w, nxt = d.low[k], d.at[k + 1]
    if w in _OBLIGING_VERBS:
        return nxt in _OBLIGATION_LINKS
    return w in lx.BE_FORMS and nxt == "due"


# Finite verbs that take an obligation after them ("needs to", "has until"), and the words
# that make them one.
_OBLIGING_VERBS = frozenset({"need", "needs", "has", "have"})
_OBLIGATION_LINKS = frozenset({"to", "until", "till"})


def _leading_reason_end(d: _Doc, main: int) -> int | None:
    """Where a leading phrase that says why ("Given the budget cuts, ...") ends, or None."""
    if d.low[0] not in lx.LEADING_REASONS:
        return None
    return _last_comma(d, main)


def _last_comma(d: _Doc, main: int) -> int | None:
    """The last comma before the main verb at ``main`` (past the first two words), or None."""
    return next((k for k in range(main - 1, 1, -1) if d.low[k] == ","), None)


# Words that open a leading clause telling a fact the goal answers: "Since funding ends ...".
_FACT_OPENERS = frozenset({"since", "as", "because", "with", "now", "given"})


def _leading_fact_end(d: _Doc, main: int) -> int | None:
    """Where a leading clause ends that tells a fact with its own subject and verb ("Since
    funding for the club ends in March,", "With three managers leaving in Q1,"), or None."""
    if d.low[0] not in _FACT_OPENERS:
        return None
    comma = _last_comma(d, main)
    if comma is None:
        return None
    for k in range(2, comma):
        w = d.low[k]
        if d.used[k] or not d.raw[k].isalpha() or not d.raw[k].islower():
            continue
        if (
            w in lx.FINITE_VERBS
            or w in lx.PAST_FORMS
            or (len(w) > 5 and w.endswith(("ed", "ing")))
            or (lemma(w) != w and lemma(w) in lx.VERBS)
        ):
            return comma  # "ends", "took out", "leaving": the clause has its own verb
    return None


def _leading_reason(d: _Doc, main: int) -> str | None:
    low = d.low
    comma = _leading_reason_end(d, main)
    if comma is not None:
        return d.slice(0, comma)  # "Given the budget cuts, we will renegotiate ..."
    for k in range(min(main, 20)):
        for phrase in lx.RATIONALE_BY_HEAD.get(low[k], ()):
            if tuple(low[k : k + len(phrase)]) == phrase:
                end = main
                while end > k and low[end - 1] in (",", ":", "-", "i", "we", "will", "i'll"):
                    end -= 1
                return d.slice(k, end) if end > k else None
    return None
