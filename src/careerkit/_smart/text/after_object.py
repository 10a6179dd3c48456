"""What follows the object in the goal's clause: a relative clause inside it (with no "that",
or one that says how the object is valued), a second action after "and", another definite
noun phrase, and a state the object is to be seen in.

Stages of :func:`careerkit._smart.text.action.read_clause`, as those of
:mod:`careerkit._smart.text.features` are.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.tokens import _Doc, lemma


def _content_words(obj_words: list[str]) -> list[str]:
    """The words of an object but its determiners: "the new rota" -> "new", "rota"."""
    return [w for w in obj_words if w not in lx.DETERMINERS]


def _contact_clause(d: _Doc, lo: int, hi: int) -> int | None:
    """Where a relative clause with no "that" starts inside the object ``lo:hi`` and says how
    others take it: "a game people love", "an app customers enjoy", "a talk the team will
    remember". After the head noun, a subject (a plural, "people", a definite noun phrase)
    and a verb of liking; None if there is none ("a website the charity can update" says
    what it does, which can be checked)."""
    low = d.low
    if _RECEPTION_FORMS.isdisjoint(low[lo + 3 : lo + 10]):
        return None  # no verb of liking after the head noun: most objects
    for m in range(lo + 2, min(hi, lo + 7) - 1):
        v = _verb_after(d, m, hi, need_subject=True)
        if v is not None and v < d.n and _reception(low[v]):
            return m
    return None


def _valued(d: _Doc, k: int, hi: int) -> bool:
    """A relative clause at ``k`` says how the object is valued or received: "that matter",
    "which people will remember", "that inspire": no one can tick that off."""
    if d.at[k] not in lx.RELATIVE_OPENERS or k + 1 >= hi:
        return False
    if d.low[k + 1] in _VALUE_VERBS:
        return True  # "work that counts", "a menu that inspires": the verb comes at once
    v = _verb_after(d, k + 1, hi, need_subject=False)
    return v is not None and v < hi and (_reception(d.low[v]) or d.low[v] in _VALUE_VERBS)


def _verb_after(d: _Doc, m: int, hi: int, *, need_subject: bool) -> int | None:
    """Where the verb of a relative clause stands when its subject starts at ``m``: a definite
    word or a possessive takes two words ("the judges love"), a plural, a people noun, "they"
    or "everyone" one ("people love"); then modals and adverbs ("customers will actually
    remember"). With no subject at ``m`` the verb may come at once ("that will matter"),
    unless ``need_subject``, which gives None."""
    low = d.low
    w = low[m]
    if w in lx.DETERMINERS_DEFINITE or w in lx.POSSESSIVES:
        v = m + 2
    elif w.endswith("s") or w in lx.PEOPLE_NOUNS or w in ("they", "everyone"):
        v = m + 1
    elif need_subject:
        return None
    else:
        v = m
    while v < hi and (low[v] in lx.MODALS or low[v] in lx.ADVERBS):
        v += 1
    return v


# Verbs of how much a thing is worth to others: "buildings that matter", "work that counts".
_VALUE_VERBS = frozenset(
    {"matter", "matters", "count", "counts", "inspire", "inspires", "resonate", "resonates"}
)
# A verb of liking in any form: "love", "loves", "loved", "enjoyed".
_RECEPTION_FORMS = frozenset(f"{v}{e}" for v in lx.RECEPTION_VERBS for e in ("", "s", "d", "ed"))


def _reception(w: str) -> bool:
    """A verb of liking in any form: "love", "loves", "enjoyed"."""
    return w in _RECEPTION_FORMS


def _next_clause(c: Clause) -> None:
    """A second action with its own object after "and" ("check the van stock and reorder
    anything below"): its vague words are its own, not the first action's."""
    d = c.d
    low = d.low
    lo = max(c.obj_hi, c.after)
    if "and" not in low[lo : c.g_hi - 2]:
        return
    for k in range(lo, c.g_hi - 2):
        w = low[k]
        if w in lx.SENTENCE_MARKS:
            return
        if w == "and" and not d.used[k + 1] and d.raw[k + 1].isalpha() and d.raw[k + 1].islower():
            verb = lemma(d.at[k + 1])
            nxt = d.at[k + 2]
            if not (
                verb in lx.VERBS
                or nxt in lx.OBJECT_OPENERS
                or nxt in lx.VAGUE_QUANTIFIERS
                or nxt in lx.VAGUE_NOUNS  # "and report anything broken"
            ):
                continue  # "the car park and garden": one object
            if verb in lx.INTENT or verb in lx.STATE_VERBS or verb in ("be", "feel", "become"):
                return  # "I have 6 carers and want them to ...": the goal itself, not a second
            c.vague_q = [x for x in c.vague_q if x < k]
            c.vague_nouns = [x for x in c.vague_nouns if x < k]
            c.comparatives = [x for x in c.comparatives if x < k]
            return


def _definite_elsewhere(c: Clause) -> None:
    """Any other definite, concrete noun phrase in the goal clause ("with the director")."""
    d = c.d
    low = d.low
    main, g_hi, verb_class = c.main, c.g_hi, c.verb_class
    if not c.definite and verb_class in ("deliverable", "none"):
        if lx.DETERMINERS_DEFINITE.isdisjoint(low[max(main + 1, c.in_goal.start) : c.in_goal.stop]):
            return  # no "the" or "my" after the action (looked for at C speed, not word by word)
        for k in c.in_goal:
            if low[k] == "," and d.at[k + 1] in lx.RELATIVE_PRONOUNS:
                break  # "..., which my manager asked for": a comment on the goal says no which
            if low[k] in lx.DETERMINERS_DEFINITE and k > main and not d.used[k]:
                e = _np_end(d, k + 1, g_hi)
                h = low[e - 1] if e > k + 1 else ""
                if (
                    h
                    and h not in lx.ABSTRACT_NOUNS
                    and h not in lx.VAGUE_STATES
                    and (h[0].isalpha() and h not in lx.COMPARATIVES)
                ) and (k != main + 1 or verb_class not in ("vague", "change")):
                    c.definite = k > c.obj_hi or verb_class in ("deliverable", "acquire", "none")
                    if c.definite:
                        break


# Verbs of how a thing comes across: "look amazing", "feel welcoming", "sound confident".
_SENSE_VERBS = frozenset({"look", "looking", "feel", "feeling", "seem", "sound", "appear"})


def _sense_state(c: Clause) -> None:
    """A state the object is to be seen in: "make the windows look amazing"."""
    d = c.d
    low = d.low
    obj_lo, obj_hi, g_hi = c.obj_lo, c.obj_hi, c.g_hi
    # "make the windows look amazing", "get the garden looking lovely": the goal is a state
    # the object is to be seen in, not a thing made.
    if c.verb not in ("make", "get", "keep"):
        return  # no other verb puts its object in a state: most clauses stop here
    sense = next((k for k in range(obj_lo + 1, min(obj_hi + 1, g_hi)) if low[k] in _SENSE_VERBS), 0)
    if (
        sense
        and sense + 1 < g_hi
        and d.raw[sense + 1][:1].isalpha()
        and d.raw[sense + 1][:1].islower()
        and low[sense + 1] not in lx.PREPOSITIONS  # "look like the brand template": a model
        and not c.figure
    ):
        c.verb_class = "state"
        state_at = sense + 1
        while d.after_hyphen(state_at + 2):
            state_at += 2  # "look eye-catching": the whole compound, reported by its last part
        c.vague_states.append(state_at)
