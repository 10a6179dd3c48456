"""The goal clause: its action, what it acts on, and whether it is specific and measurable.

S and M are decided here, in one place, for the text and for a goal's metric alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _lead_only
from careerkit._smart.text.facts import QuantityFact, _IssueFn, _Time
from careerkit._smart.text.objects import (
    _abstract,
    _anchored_comparative,
    _is_named,
    _measure_example,
    _np_end,
)
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.verbs import (
    _classify,
    _comparative_form,
    _completion_at,
    _earns_credential,
    _in_action_position,
    _narrowed,
    _nominal_action,
)


class ClauseContext(NamedTuple):
    """What the whole text tells every clause: its tokens, figures, times and casing."""

    d: _Doc
    quantities: Sequence[QuantityFact]
    cadence_q: Sequence[QuantityFact]
    times: Sequence[_Time]
    sentence_start: frozenset[int]
    title_case: bool | str
    quoted: frozenset[int]
    vague_terms: frozenset[str]
    rules: ClauseRules


class ClauseRules(NamedTuple):
    """The contested conventions (see :class:`careerkit.SmartPolicy`) and a goal's metric."""

    frequency_is_measure: bool = True
    completion_is_measure: bool = True
    change_with_scope_is_specific: bool = False
    learning_alone_is_specific: bool = False
    has_metric: bool = False  # a goal's metric supplies the figure the text lacks


_WEAKER = frozenset({"vague", "change", "learning", "state"})
# Words that open a time expression inside a noun phrase's reach ("part-time next year").
_TIME_OPENERS = frozenset({"next", "this", "every", "each", "coming", "last"})


class ClauseReading(NamedTuple):
    """One clause read: its action, its class, and the S and M verdicts it supports."""

    verb: str | None
    verb_class: str
    s_met: bool
    m_met: bool
    figure: bool
    deliverable: str | None
    goal_q: list[QuantityFact]


def read_clause(
    ctx: ClauseContext,
    main: int,
    g_lo: int,
    g_hi: int,
    in_goal: range,
    goal_span: tuple[int, int],
    hedged: bool,
    issue: _IssueFn,
) -> ClauseReading:
    """Read the clause from ``main`` (its action) to ``g_hi``; findings go to ``issue``."""
    d = ctx.d
    text = d.text
    quantities = ctx.quantities
    times = ctx.times
    sentence_start = ctx.sentence_start
    title_case = ctx.title_case
    quoted = ctx.quoted
    vague_terms = ctx.vague_terms
    rules = ctx.rules
    # --- features of the goal clause --------------------------------------------------------
    low = d.low
    # Two verbs sharing one object ("draft and send the summary"): the object follows the
    # second, and the goal is as vague as the vaguer of the two ("own and improve X").
    after = main + 1
    second = None
    k = main + 1
    if d.at[k] in lx.PREPOSITIONS and d.at[k + 1] in ("and", "&", "or"):
        k += 1  # "train for and complete the race": the preposition shares the object
    # "plan, run and review the fundraiser": up to three verbs before one object.
    while d.at[k] in ("and", "&", "or", ",") and k + 1 < g_hi and k < main + 6:
        cand = lemma(low[k + 1])
        if not d.raw[k + 1].isalpha() or not (
            cand in lx.VERBS
            or (d.at[k] == "," and d.at[k + 2] in ("and", "&", ","))
            or _in_action_position(d, k + 1, k + 2, g_hi, sentence_start)
        ):
            break
        second, after = k + 1, k + 2
        k += 2
    verb, verb_class = _classify(d, main, after, g_hi, sentence_start)
    if verb is not None and after == main + 1 and _nominal_action(d, main, sentence_start):
        after += 1  # "Completion of the course": the object follows "of"
    negated = not lx.NEGATIONS.isdisjoint(low[max(0, main - 3) : main])
    # "No overtime in January", "no sugary drinks": a noun after "no" sets a count of zero.
    zero_target = (
        d.at[main - 1] == "no"
        and lemma(d.at[main]) not in lx.VERBS
        and d.at[main] not in lx.COMPARATIVES  # "no more than 2" is a bound, read as one
        and d.at[main][:1].isalpha()
    )
    # "Go alcohol-free", "a smoke-free home": none of it, a count of zero.
    zero_target = zero_target or any(
        low[k] == "free" and d.at[k - 1] == "-" and d.glued[k] for k in range(main + 1, g_hi)
    )
    if zero_target:
        negated = False
    verb_at = main
    if second is not None:
        verb2, class2 = _classify(d, second, after, g_hi, sentence_start)
        if class2 in _WEAKER and verb_class not in _WEAKER:
            verb, verb_class, verb_at = verb2, class2, second
        elif class2 == "deliverable" and verb_class in ("acquire", "none", "learning"):
            # "find and book a venue", "learn and apply the new protocol": the result counts
            verb, verb_class, verb_at = verb2, class2, second

    # Figures, names, determiners in the goal clause.
    goal_q = [q for q in quantities if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    goal_q += [q for q in ctx.cadence_q if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    if verb_class in ("vague", "state"):
        # "Support our 2 new hires", "my 6 direct reports": the size of a group the goal acts
        # on measures nothing; "network with 2 new people" counts what the action reaches.
        goal_q = [q for q in goal_q if not _group_size(text, q)]
    figure = zero_target
    for q in goal_q:
        if q.explicit:
            figure = True
            break
    else:
        # "from weekly to daily": a before and an after, even without digits.
        cadences = lx.CADENCE_ADVERBS
        for k in range(g_lo, g_hi - 3):
            if (
                low[k] == "from"
                and low[k + 2] == "to"
                and low[k + 1] in cadences
                and low[k + 3] in cadences
            ):
                figure = True
                break
    named = False
    definite = False
    generic_span: tuple[int, int] | None = None
    vague_q: list[int] = []
    comparatives: list[int] = []
    vague_states: list[int] = []
    vague_nouns: list[int] = []
    abstract_obj = False
    artifact = False
    people_obj = False
    policy_terms: list[tuple[int, int]] = []
    used = d.used
    raw = d.raw
    check_names = title_case != "caps"
    flags = lx.WORD_FLAGS

    def named_at(k: int) -> bool:
        return (
            check_names
            and title_case is not True
            and raw[k][:1].isupper()
            and k not in sentence_start
        )

    for k in in_goal:
        if used[k]:
            continue
        w = low[k]
        if not named and (
            (
                check_names
                and not raw[k].islower()
                and _is_named(d, k, title_case is True, sentence_start)
            )
            or k in quoted
        ):
            named = True
        if vague_terms and w in vague_terms:
            policy_terms.append(d.span(k, k + 1))
        if (d.at[k - 1], w) in lx.STATE_PHRASES or (
            w == "class" and d.at[k - 1] == "-" and d.at[k - 2] == "world"
        ):
            vague_states.append(k)  # "get my finances in order", "world-class service"
            continue
        f = flags.get(w, 0)
        if not f:
            if (
                w.endswith("er")
                and _comparative_form(w)
                and (
                    (k == after and verb_class == "state")
                    or (
                        d.at[k - 1] in ("a", "an")
                        and d.at[k + 1][:1].isalpha()
                        and d.at[k + 1] not in lx.PREPOSITIONS
                        and d.at[k + 1] not in lx.BOUNDARY  # "a planner every day": a noun
                        and not d.used[k + 1]
                    )
                )
            ):  # "a steadier lead"; "a poster at the conference" is a thing
                comparatives.append(k)  # "get fitter", "be healthier", "a steadier lead"
            continue
        if f & lx.F_ARTIFACT:
            artifact = True
        if f & lx.F_VAGUE_Q:
            vague_q.append(k)
        elif w == "number":
            if d.at[k + 1] in ("one", "1"):
                comparatives.append(k)  # "the number one salesperson"
        elif w == "top" and d.at[k - 1] == "on" and d.at[k + 1] == "of":
            vague_states.append(k)  # "stay on top of emails": a state, not a ranking
        elif f & lx.F_COMPARATIVE:
            # "a lower-fee fund": the first half of a compound modifier compares with nothing
            # nor is the action itself ("be leading the huddles")
            if (
                # "more effectively": a manner, which no number before it anchors
                (not _anchored_comparative(d, k) or (w == "more" and d.at[k + 1].endswith("ly")))
                and not (d.at[k + 1] == "-" and d.glued[k + 1])
                and k != main
                and not named_at(k)  # "the Best Small Business award": part of a name
            ):
                comparatives.append(k)
        elif f & lx.F_STATE:
            # "FIT test", "the Great North Run": a capital mid-sentence makes it a name
            if k > main and not (raw[k].isupper() and len(raw[k]) > 1) and not named_at(k):
                vague_states.append(k)
        elif f & lx.F_VAGUE_NOUN:
            vague_nouns.append(k)
    for t in times:
        if t.kind == "vague" and main <= t.i < g_hi:
            comparatives.extend(k for k in range(t.i, t.j) if low[k] in lx.COMPARATIVES)
    if vague_terms:
        for term in vague_terms:
            if " " in term:
                parts = tuple(term.split())
                for k in in_goal:
                    if low[k] == parts[0] and tuple(low[k : k + len(parts)]) == parts:
                        policy_terms.append(d.span(k, k + len(parts)))

    # The object right after the verb.
    obj_lo = after
    if verb_class == "vague" and (verb, d.at[after]) in lx.PHRASAL_VAGUE:
        obj_lo = after + 1
    while obj_lo < g_hi and (low[obj_lo] in lx.PARTICLES or _adverb_alone(d, obj_lo)):
        obj_lo += 1
    if d.at[obj_lo] in ("about", "at") and obj_lo + 1 < g_hi:
        obj_lo += 1  # "see about the promotion", "speak at a conference": what it is about
    if d.at[obj_lo] == "from" and "to" in low[obj_lo + 2 : obj_lo + 6]:
        obj_lo = low.index("to", obj_lo + 2) + 1  # "go from couch to marathon": where to
    obj_hi = _np_end(d, obj_lo, g_hi)
    while (
        obj_hi > obj_lo + 1
        and len(low[obj_hi - 1]) > 4
        and low[obj_hi - 1].endswith("ly")
        # after a determiner it is a noun: "a reply", "our supply", "the family"
        and low[obj_hi - 2] not in lx.DETERMINERS
        and low[obj_hi - 2] not in lx.POSSESSIVES
    ):
        obj_hi -= 1  # "finish my probation successfully": how, not what
    for k in range(obj_lo + 1, obj_hi):
        if (d.used[k] and low[k] in _TIME_OPENERS) or (
            low[k] in ("first", "last") and d.at[k + 1] == "time"  # "pass them first time"
        ):
            obj_hi = k  # "go part-time next year": the time is not part of the object
            break
    obj_words = [low[k] for k in range(obj_lo, obj_hi) if not d.used[k]]
    if not obj_words and d.at[obj_lo - 1] == "at" and obj_hi > obj_lo + 1:
        # "present at the spring conference": the occasion itself is what the goal acts at
        obj_words = [low[k] for k in range(obj_lo, obj_hi) if low[k][:1].isalpha()]
    while len(obj_words) > 1 and obj_words[-1] in lx.REFLEXIVES:
        obj_words.pop()  # "run the payroll myself": who does it, not what is done
    head = obj_words[-1] if obj_words else ""
    if obj_words:
        first = obj_words[0]
        content = [w for w in obj_words if w not in lx.DETERMINERS]
        if _abstract(head) or (
            content
            and head in lx.ABSTRACT_OR_VAGUE
            and all(
                w in lx.ABSTRACT_NOUNS
                or w in lx.VAGUE_STATES
                or w.endswith(lx.ADJ_ENDINGS)
                or w in ("public", "time", "work", "life", "professional", "personal")
                for w in content
            )
        ):
            # A name or a compound makes an abstract head concrete: "my LinkedIn profile",
            # "my skip-level".
            abstract_obj = not any(
                _is_named(d, k, title_case is True, sentence_start)
                or (low[k] == "-" and low[k - 1] not in lx.ABSTRACT_PARTS)
                for k in range(obj_lo, obj_hi)
            )
        if (
            head.endswith("ing")
            and low[obj_hi - 1] == head
            and obj_hi - 1 not in quoted
            and not (d.at[obj_hi - 2] == "-" and d.glued[obj_hi - 1])  # "e-learning": a thing
            and (lemma(head) in lx.VAGUE_VERBS or lemma(head) in lx.LEARNING_VERBS)
        ):
            abstract_obj = True  # "keep learning", "start networking"
        if head in lx.PEOPLE_NOUNS:
            people_obj = True
        if (
            any(obj_lo <= k < obj_hi for k in vague_states)
            and verb_class in ("deliverable", "acquire")
            and not figure
        ):
            abstract_obj = True  # "achieve world-class customer service": a quality
        unmarked = title_case == "caps" or (text.islower() and not head.endswith("s"))
        if unmarked and len(content) >= 2 and first not in lx.DETERMINERS_INDEFINITE:
            # In capitals, or all in lower case, a name cannot be told from other words:
            # "COMPLETE GDPR E-LEARNING", "finish nvq level 3" name the thing as plainly as
            # "Complete GDPR e-learning" does.
            named = named or not abstract_obj
        if (
            first in lx.DETERMINERS_DEFINITE
            or (first in ("all", "every", "each") and verb_class in ("deliverable", "acquire"))
            or any(w[-2:] == "'s" for w in obj_words[:-1])  # "next year's budget": whose
        ) and (head and head not in lx.ABSTRACT_NOUNS):
            # "all coursework", "every ward visitor": the whole of a known set
            definite = True
        if first in lx.DETERMINERS_INDEFINITE and not figure:
            generic_span = d.span(obj_lo, obj_hi)
    # Any other definite, concrete noun phrase in the goal clause ("with the director").
    if not definite and verb_class in ("deliverable", "none"):
        for k in in_goal:
            if low[k] in lx.DETERMINERS_DEFINITE and k > main and not d.used[k]:
                e = _np_end(d, k + 1, g_hi)
                h = low[e - 1] if e > k + 1 else ""
                if (
                    h
                    and h not in lx.ABSTRACT_NOUNS
                    and h not in lx.VAGUE_STATES
                    and (h[0].isalpha() and h not in lx.COMPARATIVES)
                ) and (k != main + 1 or verb_class not in ("vague", "change")):
                    definite = k > obj_hi or verb_class in ("deliverable", "acquire", "none")
                    if definite:
                        break

    # "make the windows look amazing", "get the garden looking lovely": the goal is a state
    # the object is to be seen in, not a thing made.
    sense = next((k for k in range(obj_lo + 1, min(obj_hi + 1, g_hi)) if low[k] in _SENSE_VERBS), 0)
    if (
        verb in ("make", "get", "keep")
        and sense
        and sense + 1 < g_hi
        and d.raw[sense + 1][:1].isalpha()
        and d.raw[sense + 1][:1].islower()
        and low[sense + 1] not in lx.PREPOSITIONS  # "look like the brand template": a model
        and not figure
    ):
        verb_class = "state"
        state_at = sense + 1
        while d.at[state_at + 1] == "-" and d.glued[state_at + 1] and d.glued[state_at + 2]:
            state_at += 2  # "look eye-catching": the whole compound, reported by its last part
        vague_states.append(state_at)
    # Role targets: "become a team lead", "promoted to Senior PM", "land a staff engineer role".
    role_target = False
    role_named = False  # a kind of role ("a staff engineer role"), not just "a new job"
    if verb_class in ("promotion", "state", "acquire") or verb in ("move", "switch", "transition"):
        for k in range(obj_lo, min(g_hi, obj_lo + 8)):
            if d.at[k + 1] == "model":
                continue  # "a role model" is a way to be, not a role to hold
            agent = verb == "become" and k == obj_hi - 1 and _agent_noun(d, k)
            if low[k] in lx.ROLE_NOUNS or low[k] in ("role", "position", "job", "offer") or agent:
                if low[k] in lx.VAGUE_STATES or (
                    verb_class == "acquire" and low[k] in lx.PEOPLE_NOUNS
                ):
                    continue
                role_target = True
                role_named = (
                    role_named
                    or agent
                    or low[k] in lx.ROLE_NOUNS
                    or (d.at[k - 1] not in lx.GENERIC_ROLE_WORDS and low[k] not in ("offer",))
                )  # "a product management role", not "a new job"
                if role_named:
                    break
    if (
        verb_class == "deliverable"
        and head in lx.ROLE_NOUNS
        and len([w for w in obj_words if w not in lx.DETERMINERS])
        >= (1 if verb in lx.HIRING_VERBS else 2)
    ):
        role_named = True  # "hire a marketing coordinator": a kind of role
    if verb_class == "acquire" and people_obj:
        role_target = False  # "find a mentor" names no role to hold
    if verb_class in ("state", "acquire") and (comparatives or vague_states) and not figure:
        role_target = False
    if verb_class == "promotion" and not role_target and verb in ("be", "get", "become"):
        role_target = False

    cadence_in_goal = False
    for t in times:
        if t.kind == "cadence" and main <= t.i < g_hi:
            cadence_in_goal = True
            break
    specific_kind = not lx.SPECIFIC_KINDS.isdisjoint(obj_words) or (
        "half" in obj_words and "marathon" in obj_words
    )
    # "run a retrospective after every sprint": "a" means one each time.
    # "Every patient will receive ...", "All staff will complete ...": the subject names the
    # whole set the goal covers
    whole_set = False
    for k in range(main - 1, max(-1, main - 8), -1):
        if low[k] in lx.SENTENCE_MARKS or low[k] in (",", ":"):
            break
        whole_set = whole_set or low[k] in ("every", "all", "each")
    definite = definite or (whole_set and bool(obj_words) and not abstract_obj)
    # "quit vaping", "stop smoking": the habit given up is what the goal acts on
    habit = verb in ("quit", "stop") and head.endswith("ing") and not abstract_obj
    # A note drops its articles: "update risk register", "chase payroll re overtime tmrw",
    # "Pass driving test" (a line with no full stop, in lower case after its first word, as
    # notes and trackers are written).
    telegraphic = (
        verb_class == "deliverable"
        and bool(obj_words)
        and obj_words[0] not in lx.DETERMINERS
        and head.isalpha()
        and not head.endswith("s")
        and not abstract_obj
        and not _abstract(head)
        and (head in lx.ARTIFACT_NOUNS or not head.endswith(lx.ADJ_ENDINGS))  # not "Go viral"
        and lx.VAGUE_STATES.isdisjoint(obj_words)
        and (raw[main].islower() or (main == 0 and text[d.st[0] + 1 :].islower()))
        and not text.rstrip().endswith((".", "!", "?"))
    )
    anchors = (
        figure
        or named
        or definite
        or habit
        or telegraphic
        or role_named
        or cadence_in_goal
        or specific_kind
        or (_narrowed(d, obj_lo, obj_hi, obj_words, g_hi) and not negated)
    )
    s_met: bool
    sp_main = d.span(main, min(obj_hi, g_hi)) if main < g_hi and obj_hi > main else goal_span
    deliverable_ok = False
    if verb is None:
        # A note without a verb: "AWS cert by June", "5 talks in 2027", or a result marked
        # done: "Safeguarding refresher done by 1 March".
        done = _completion_at(d, main, g_hi) is not None
        # "Gas Safe registration by June": a noun of action on a named thing is a result
        # to reach, as a named certificate is.
        result = (
            artifact
            or done
            or any(
                len(low[k]) > 6
                and low[k].endswith(lx.ACTION_NOUN_ENDINGS)
                and not used[k]
                and not _abstract(low[k])  # "Leadership Development": a quality to grow
                for k in in_goal
            )
        )
        s_met = (
            (figure or named or done) and (result or figure) and not comparatives and not vague_q
        )
        deliverable_ok = result and (named or figure or done) and not vague_q and not comparatives
        if not s_met:
            issue("S005", goal_span)
    elif verb_class in ("vague", "change"):
        s_met = (
            figure
            or (rules.has_metric and not comparatives)
            or (
                verb_class == "change"
                and rules.change_with_scope_is_specific
                and (named or definite)
                and not comparatives
            )
        )
        if not s_met:
            if comparatives:
                k0 = comparatives[0]
                issue("S002", d.span(k0, k0 + 1), low[k0])
            phrasal = verb_class == "vague" and (verb, d.at[verb_at + 1]) in lx.PHRASAL_VAGUE
            # A light verb is vague with its noun: "take ownership", "make progress".
            light = not phrasal and verb in lx.LIGHT_VERBS and d.at[verb_at + 1][:1].isalpha()
            stop = verb_at + 1 + phrasal
            if d.at[stop].endswith("ing") and len(d.at[stop]) > 4:
                stop += 1  # "keep going": the direction with its gerund
            if light:
                stop = min(_np_end(d, verb_at + 1, g_hi), verb_at + 4)
            sp = d.span(verb_at, max(stop, verb_at + 1))
            issue("S001", sp, text[sp[0] : sp[1]].lower())
    elif verb_class == "learning":
        extra = figure or any(t.kind in ("end", "window", "cadence", "event") for t in times)
        extra = extra or rules.learning_alone_is_specific
        s_met = (named or definite or figure) and extra and not vague_q and not vague_nouns
        if not s_met:
            if vague_q or vague_nouns:
                k0 = (vague_q + vague_nouns)[0]
                issue("S003", d.span(k0, min(obj_hi, g_hi) if obj_hi > k0 else k0 + 1), low[k0])
            else:
                issue("S004", sp_main, d.slice(main, max(obj_hi, main + 1)))
    elif verb_class == "state":
        if (comparatives or vague_states) and not figure:
            s_met = False
            k0 = (comparatives + vague_states)[0]
            if comparatives:
                issue("S002", d.span(k0, k0 + 1), low[k0])
            else:  # "be organized", "be a good mentor": a state to be in, not an action
                stop = max(k0 + 1, _np_end(d, k0, g_hi))
                issue("S001", d.span(verb_at, stop), d.slice(verb_at, stop).lower())
        else:
            s_met = role_named or figure
            if not s_met and not obj_words:
                issue("S005", goal_span)  # "Stay until June": nothing to do or become
            elif not s_met:
                # "be a role model": a way to be, named as a direction, not as a vague object
                issue("S001", sp_main, d.slice(main, max(obj_hi, main + 1)).lower())
    elif verb_class == "promotion":
        s_met = role_named or figure or named
        if not s_met:
            issue("S006", sp_main, d.slice(main, max(obj_hi, main + 1)))
    else:  # deliverable, acquire
        # "finish it", "get this done": a pronoun alone names nothing to make or check
        pronoun_obj = (
            bool(obj_words)
            # "When the new hire starts, pair with them": a pronoun with a noun before it to
            # stand for is as concrete as that noun
            and (main == 0 or _lead_only(d, main))
            and (obj_words[0] in lx.PRONOUNS or obj_words[0] in _DEMONSTRATIVES)
            and all(  # "it", "this done", "that off", "it signed off": no noun after it
                w in lx.PARTICLES or w in lx.COMPLETION_PARTICIPLES or w.endswith("ed")
                for w in obj_words[1:]
            )
        )
        if pronoun_obj and not figure:
            s_met = False
            issue("S003", sp_main, obj_words[0])
        elif (comparatives or vague_q or vague_nouns) and not figure:
            s_met = False
            k0 = (comparatives + vague_q + vague_nouns)[0]
            if (
                low[k0] in lx.COMPARATIVES
                or low[k0] in lx.SUPERLATIVES
                or _comparative_form(low[k0])
            ):
                issue("S002", d.span(k0, k0 + 1), low[k0])
            else:
                issue("S003", d.span(k0, k0 + 1), low[k0])
        elif abstract_obj and not figure:
            s_met = False
            if (
                (verb in lx.LIGHT_VERBS and obj_hi > obj_lo == main + 1)
                or (head.endswith("ing") and obj_hi == obj_lo + 1)
                or any(obj_lo <= k < obj_hi for k in vague_states)
            ):
                # "take ownership", "stop procrastinating", "achieve world-class service"
                said = d.slice(main, obj_hi).lower()
            else:
                said = d.raw[main].lower()
            issue("S001", sp_main, said)
        else:
            s_met = anchors and not (
                people_obj and verb_class == "acquire" and not named and not figure
            )
            if not s_met and not obj_words:
                issue("S005", goal_span)  # "Stay until June": nothing it acts on
            elif not s_met:
                issue("S003", generic_span or sp_main, d.slice(obj_lo, obj_hi))
        obj_vague = any(obj_lo <= k < obj_hi for k in vague_states)
        # "attend conferences": a bare plural says neither which nor how many.
        bare_plural = (
            head.endswith("s")
            and head in low[obj_lo:obj_hi]
            and raw[obj_lo + low[obj_lo:obj_hi].index(head)].islower()
            and not head.endswith("ss")
            and not figure
            and not cadence_in_goal
            and not any(
                w in lx.DETERMINERS_DEFINITE
                or w in lx.DETERMINERS_INDEFINITE
                or w in ("all", "every", "each", "both")  # "close all tickets": the whole set
                for w in low[obj_lo:obj_hi]
            )
        )
        # "hand flyers to every ward visitor": a complement says which.
        obj_vague = obj_vague or (bare_plural and not _narrowed(d, obj_lo, obj_hi, [], g_hi))
        obj_vague = obj_vague or (head in lx.AMOUNT_NOUNS and obj_hi - obj_lo == 1 and not figure)
        deliverable_ok = (
            not abstract_obj
            and not obj_vague
            and not (comparatives or vague_q or vague_nouns)
            and (
                verb_class == "deliverable"
                or (
                    verb_class == "acquire"
                    and (
                        role_target
                        or head in lx.ARTIFACT_NOUNS
                        or _earns_credential(d, after, g_hi)
                        or named  # "get my PRINCE2 Foundation": a named thing, got or not
                    )
                    and not people_obj
                )
            )
            and bool(obj_words or verb in ("present", "speak", "volunteer", "retire"))
            # A negated action ("never miss a deadline") produces nothing to check.
            and not negated
            and not pronoun_obj
        )
    if policy_terms:
        s_met = False
        for sp in policy_terms:
            issue("S007", sp, text[sp[0] : sp[1]].lower())
    if hedged:
        for k in range(main):
            if low[k] in lx.HEDGE_WORDS:
                issue("S008", d.span(k, k + 1), low[k])
                break

    # --- measurable ---------------------------------------------------------------------------
    measure_q = [q for q in goal_q if q.kind != "frequency" or verb_class not in ("state",)]
    if verb_class == "state" and (comparatives or vague_states) and not figure:
        measure_q = []
    if verb_class in ("vague", "learning") and not figure:
        measure_q = (
            [q for q in measure_q if q.kind != "frequency"]
            if verb
            in (
                "improve",
                "understand",
                "know",
                "be",
                "learn",
                "master",
                "explore",
                "think",
                "consider",
                "feel",
                "focus",
                "get",
                "work",
                "develop",
                "enhance",
                "grow",
                "help",
                "take",
                "network",
                "do",
                "support",
                "build",
                "study",
            )
            else measure_q
        )
    if not rules.frequency_is_measure:
        measure_q = [q for q in measure_q if q.kind != "frequency" or q.explicit]
    # "check in with my skip-level regularly": repeated with no count, not a one-off result.
    repeated = not lx.VAGUE_FREQUENCY.isdisjoint(low[main:g_hi])
    # "Coach our U12 girls' team": looking after people goes on, with no result done once.
    tending = verb in lx.TENDING_VERBS and head in lx.TENDED_NOUNS
    completion = deliverable_ok and rules.completion_is_measure and not repeated and not tending
    m_met = (
        bool(measure_q)
        or (completion and not comparatives)
        or role_target
        or rules.has_metric
        or zero_target
    )
    if verb_class == "promotion" and not role_target and not figure:
        m_met = False
    deliverable: str | None = None
    if m_met and verb is not None and verb_class not in ("vague", "learning", "state"):
        deliverable = d.slice(main, max(obj_hi, main + 1)).rstrip(" ,;:-")
    elif m_met and verb is None and artifact:
        deliverable = d.slice(main, g_hi) if g_hi > main else None
    if deliverable is not None and verb_class == "change":
        deliverable = None
    if not m_met:
        # "on top of" is a state but not a word to quote as one
        states = [
            k
            for k in vague_states
            if k > main and low[k] != "top" and (d.at[k - 1], low[k]) not in lx.STATE_PHRASES
        ] or [k for k in range(main, g_hi) if low[k] in ("fluently", "fluent")]
        if states:
            k0 = states[0]
            lo0 = k0
            while lo0 >= 2 and d.at[lo0 - 1] == "-" and d.glued[lo0] and d.glued[lo0 - 1]:
                lo0 -= 2  # "world-class", "eye-catching": the whole compound
            issue("M002", d.span(lo0, k0 + 1), d.slice(lo0, k0 + 1).lower())  # "world-class"
        elif vague_q or any(low[c] in lx.AMOUNT_COMPARATIVES for c in comparatives):
            # An amount ("more", "some"); "steadier" or "better" is a quality, not an amount.
            k0 = (vague_q + [c for c in comparatives if low[c] in lx.AMOUNT_COMPARATIVES])[0]
            issue("M003", d.span(k0, k0 + 1), low[k0])
        issue(
            "M001",
            goal_span,
            *_measure_example(verb if verb_class == "deliverable" else None, head),
        )

    return ClauseReading(verb, verb_class, s_met, m_met, figure, deliverable, goal_q)


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Verbs of how a thing comes across: "look amazing", "feel welcoming", "sound confident".
_SENSE_VERBS = frozenset({"look", "looking", "feel", "feeling", "seem", "sound", "appear"})


def _group_size(text: str, q: QuantityFact) -> bool:
    """A count of people after "my", "our" or "the": the size of a group, not a target."""
    before = text[max(0, q.span[0] - 12) : q.span[0]].split()[-1:]
    return (
        q.unit in lx.GROUP_MEMBER_NOUNS
        and bool(before)
        and (before[0].lower() in lx.POSSESSIVES or before[0].lower() in lx.DETERMINERS_DEFINITE)
    )


def _adverb_alone(d: _Doc, k: int) -> bool:
    """An adverb in object position says how, not what: "prepare properly for meetings"."""
    w = d.low[k]
    nxt = d.at[k + 1]
    return (
        len(w) > 4
        and w.endswith("ly")
        and d.raw[k].isalpha()
        and not d.used[k]
        and (nxt in lx.PREPOSITIONS or not nxt[:1].isalnum())
    )


def _agent_noun(d: _Doc, k: int) -> bool:
    """A noun for a person who does a job, by its ending: "inspector", "hygienist",
    "sonographer" ("become a welding inspector"); not a quality ("a team player" is "be")."""
    w = d.low[k]
    return (
        len(w) > 5
        and d.raw[k].isalpha()
        and w.endswith(lx.AGENT_ENDINGS)
        and w not in lx.ABSTRACT_NOUNS
        and w not in lx.VAGUE_STATES
    )
