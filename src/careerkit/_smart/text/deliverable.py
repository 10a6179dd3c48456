"""S for an action that makes or gets something: specific when its object is concrete (named,
definite, narrowed, counted), not when it is a vague amount, a small change or a state."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.anchors import _DEMONSTRATIVES, _pronoun_object, elided_object
from careerkit._smart.text.measurable import move_into_field, state_of_object
from careerkit._smart.text.objects import _abstract, _narrowed, _np_end
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.tense import irregular_participle
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.verb_objects import _comparative_form, _earns_credential


def _issue_s002(c: Clause, k: int) -> None:
    """S002 on the comparative at ``k``, quoted whole: "more", "number one"."""
    d = c.d
    end = k + 2 if d.low[k] == "number" and d.at[k + 1] in ("one", "1") else k + 1
    c.issue("S002", d.span(k, end), d.slice(k, end))


def _partitive(d: _Doc, k: int) -> bool:
    """A vague quantifier at ``k`` that takes part of a definite set: "some of the archive",
    "a few of my drawings"."""
    nxt = d.at[k + 1]
    return nxt == "of" and (d.at[k + 2] in lx.DETERMINERS_DEFINITE or d.at[k + 2] in lx.POSSESSIVES)


def _name_after(d: _Doc, k: int) -> bool:
    """The word after the quantifier at ``k`` is a name written mid-sentence: "some Rust",
    "a bit of Spanish" (after "of")."""
    m = k + 2 if d.at[k + 1] == "of" else k + 1
    raw = d.raw[m] if m < d.n else ""
    return d.case != "caps" and raw[:1].isupper() and raw.isalpha()


def _a_thing(head: str) -> bool:
    """The plural ``head`` names things to make or handle ("pieces", "shifts", "cards"), not
    changes or gains named as nouns ("improvements", "changes", "quick wins") or "things"."""
    one = head[:-1] if head.endswith("s") and not head.endswith("ss") else ""
    if not one or _abstract(head) or head in lx.VAGUE_NOUNS or one in _SMALL_CHANGE_NOUNS:
        return False
    stem = one[:-4] if one.endswith("ment") else one  # "improvements": "improve"
    return stem not in lx.VAGUE_VERBS and stem not in lx.CHANGE_VERBS


# Nouns of a small change or gain that no verb list holds: "a few changes", "some quick wins"
# ("things" is a vague noun already).
_SMALL_CHANGE_NOUNS = frozenset({"change", "tweak", "fix", "update", "win", "bit"})


# The first words of an object _pronoun_object may read as a pronoun alone.
_PRONOUN_STARTS = lx.PRONOUNS | _DEMONSTRATIVES | {"there", "here"}


def _deliverable(c: Clause) -> bool:
    """An action that makes or gets something: specific when its object is concrete."""
    d = c.d
    low = d.low
    raw = d.raw
    main, g_hi, verb, verb_class = c.main, c.g_hi, c.verb, c.verb_class
    obj_lo, obj_hi, obj_words, head = c.obj_lo, c.obj_hi, c.obj_words, c.head
    figure, named = c.figure, c.named
    comparatives, vague_q, vague_nouns = c.comparatives, c.vague_q, c.vague_nouns
    vague_states = c.vague_states
    abstract_obj, people_obj = c.abstract_obj, c.people_obj
    sp_main = c.sp_main
    issue = c.issue
    # "some of the archive", "a few of our drawings", "some data for the R01 bid": which
    # thing is said, by "the" or a name, and only how much is open (M); "some improvements",
    # "lots of sales" say neither which nor how much.
    # A name right after the quantifier ("pick up some Rust") says what, not how much of it.
    # "a few new pieces for my portfolio": a complement says which, and only how many is open
    open_q = [
        k
        for k in vague_q
        if not _partitive(d, k)
        and not (named and not _name_after(d, k))
        and not (
            obj_lo <= k < obj_hi
            and d.at[k - 1] != "as"  # "as many samples as possible": a most, not a few
            and _a_thing(head)
            and _narrowed(d, k + 1, obj_hi, g_hi)
        )
    ]
    # "finish it", "get this done": a pronoun alone names nothing to make or check
    # (read only for an object that opens with a pronoun, "there" or "here": most do not)
    pronoun_obj = c.pronoun_obj = (
        bool(obj_words) and obj_words[0] in _PRONOUN_STARTS and _pronoun_object(c)
    )
    if pronoun_obj and not figure:
        s_met = False
        said = next(d.slice(k, k + 1) for k in range(obj_lo, obj_hi) if low[k] == obj_words[0])
        issue("S003", sp_main, said)
    elif c.reception and not figure and not named:
        # "make a game people love": how others take it, which no one can tick off
        s_met = False
        issue("S003", sp_main, d.slice(obj_lo, _np_end(d, obj_lo, g_hi)))
    elif (comparatives or open_q or vague_nouns) and not figure:
        s_met = False
        k0 = (comparatives + open_q + vague_nouns)[0]
        if (
            k0 in comparatives  # "number one": a rank, found as a comparative
            or low[k0] in lx.COMPARATIVES
            or low[k0] in lx.SUPERLATIVES
            or _comparative_form(low[k0])
        ):
            _issue_s002(c, k0)
        else:
            issue("S003", d.span(k0, k0 + 1), d.slice(k0, k0 + 1))
    elif verb in lx.STATE_CAUSING_VERBS and state_of_object(c):
        # "keep the stockroom tidy": the result is a quality of the object, a way for it to
        # be, as "be organised" is for the writer
        s_met = False
        issue("S001", d.span(c.verb_at, obj_hi), d.slice(c.verb_at, obj_hi))
    elif abstract_obj and not figure:
        s_met = False
        body_end = obj_hi
        while body_end > obj_lo + 1 and low[body_end - 1] in lx.ADVERBS:
            body_end -= 1  # "find my feet again": the idiom without the adverb
        if low[body_end - 1] in lx.OWN_BODY_NOUNS and verb in lx.BODY_IDIOM_VERBS:
            said = d.slice(main, body_end)  # "find my feet"
        elif (
            (verb in lx.LIGHT_VERBS and obj_hi > obj_lo == main + 1)
            or (head.endswith("ing") and obj_hi == obj_lo + 1)
            or any(obj_lo <= k < obj_hi for k in vague_states)
        ):
            # "take ownership", "stop procrastinating", "achieve world-class service"
            said = d.slice(main, obj_hi)
        elif obj_hi - main <= 3:
            said = d.slice(main, obj_hi)  # "switch careers", "move into management": the whole
        else:
            said = d.raw[main]
        issue("S001", sp_main, said)
    else:
        # "move into sales": the field a move reaches names it, as a role does
        s_met = (c.anchors or move_into_field(c)) and not (
            people_obj and verb_class == "acquire" and not named and not figure
        )
        if not s_met and not obj_words:
            issue("S005", c.goal_span)  # "Stay until June": nothing it acts on
        elif not s_met and _state_reached(d, obj_lo, obj_hi):
            # "get published", "become certified": a state reached, not an object to count
            issue("S001", d.span(c.verb_at, obj_hi), d.slice(c.verb_at, obj_hi))
        elif not s_met:
            issue("S003", c.generic_span or sp_main, d.slice(obj_lo, obj_hi))
    obj_vague = any(obj_lo <= k < obj_hi for k in vague_states)
    # "attend conferences": a bare plural says neither which nor how many.
    bare_plural = (
        head.endswith("s")
        and head in low[obj_lo:obj_hi]
        and raw[obj_lo + low[obj_lo:obj_hi].index(head)].islower()
        and not head.endswith("ss")
        and not figure
        and not c.cadence_in_goal
        and not any(
            w in lx.DETERMINERS_DEFINITE
            or w in lx.DETERMINERS_INDEFINITE
            or w in ("all", "every", "each", "both")  # "close all tickets": the whole set
            for w in low[obj_lo:obj_hi]
        )
    )
    # "hand flyers to every ward visitor": a complement says which.
    obj_vague = obj_vague or (bare_plural and not _narrowed(d, obj_lo, obj_hi, g_hi))
    obj_vague = obj_vague or (head in lx.AMOUNT_NOUNS and obj_hi - obj_lo == 1 and not figure)
    c.deliverable_ok = (
        not (c.reception and not figure)
        and not abstract_obj
        and not obj_vague
        and not (comparatives or vague_q or vague_nouns)
        and (
            verb_class == "deliverable"
            or (
                verb_class == "acquire"
                and (
                    c.role_target
                    or head in lx.ARTIFACT_NOUNS
                    or _earns_credential(d, c.after, g_hi)
                    or named  # "get my PRINCE2 Foundation": a named thing, got or not
                )
                and not people_obj
            )
        )
        and bool(
            obj_words or verb in ("present", "speak", "volunteer", "retire") or elided_object(c)
        )
        # A negated action ("never miss a deadline") produces nothing to check.
        and not c.negated
        and not pronoun_obj
    )
    return s_met


def _state_reached(d: _Doc, lo: int, hi: int) -> bool:
    """The object ``lo:hi`` is a lone past participle after "get", "be" or "become": "get
    published", "be shortlisted", "became certified" name the state the writer reaches."""
    w = d.low[lo]
    participle = (
        irregular_participle(w)
        or w in lx.COMPLETION_PARTICIPLES
        or (len(w) > 4 and w.endswith("ed") and d.raw[lo].isalpha())
    )
    return hi == lo + 1 and participle and lemma(d.at[lo - 1]) in ("get", "be", "become")
