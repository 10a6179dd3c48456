"""The clause's words and its object: names, vague words, comparatives, roles, anchors.

Stages of :func:`careerkit._smart.text.action.read_clause`; each adds features to the
:class:`~careerkit._smart.text.reading.Clause` it is given.
"""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _lead_only
from careerkit._smart.text.facts import QuantityFact
from careerkit._smart.text.objects import (
    _abstract,
    _anchored_comparative,
    _is_named,
    _np_end,
)
from careerkit._smart.text.quantities import people_noun
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.verbs import _comparative_form, _narrowed

# Words that open a time expression inside a noun phrase's reach ("part-time next year").
_TIME_OPENERS = frozenset({"next", "this", "every", "each", "coming", "last"})
# Verbs of how a thing comes across: "look amazing", "feel welcoming", "sound confident".
_SENSE_VERBS = frozenset({"look", "looking", "feel", "feeling", "seem", "sound", "appear"})


def _clause_words(c: Clause) -> None:
    """Names, vague quantities, comparatives, vague states and nouns, and policy terms."""
    ctx = c.ctx
    d = c.d
    main, after, verb_class = c.main, c.after, c.verb_class
    low = d.low
    sentence_start = ctx.sentence_start
    title_case = ctx.title_case
    quoted = ctx.quoted
    vague_terms = ctx.vague_terms
    named = False
    vague_q = c.vague_q
    comparatives = c.comparatives
    vague_states = c.vague_states
    vague_nouns = c.vague_nouns
    artifact = False
    policy_terms = c.policy_terms
    used = d.used
    raw = d.raw
    check_names = title_case != "caps"
    flags = lx.WORD_FLAGS
    has_verb = c.verb is not None  # "Safeguarding refresher done": a note, "refresher" a noun

    def named_at(k: int) -> bool:
        return (
            check_names
            and title_case is not True
            and raw[k][:1].isupper()
            and k not in sentence_start
        )

    for k in c.in_goal:
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
                        # "write tidier care notes": a bare object's quality to improve
                        k == after
                        and has_verb
                        and _short_comparative(w)
                        and k + 1 < d.n
                        and d.raw[k + 1].isalpha()
                        and d.raw[k + 1].islower()
                        and d.at[k + 1] not in lx.PREPOSITIONS
                        and d.at[k + 1] not in lx.BOUNDARY
                        and not d.used[k + 1]
                    )
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
                and (k != main or not has_verb)  # "more sales on insta": a note of a direction
                and not named_at(k)  # "the Best Small Business award": part of a name
            ):
                comparatives.append(k)
        elif f & lx.F_STATE:
            # "FIT test", "the Great North Run": a capital mid-sentence makes it a name
            if (
                k > main
                and not (raw[k].isupper() and len(raw[k]) > 1)
                and not named_at(k)
                and d.at[k + 1] != "now"  # "right now": when, not a state
            ):
                vague_states.append(k)
        elif f & lx.F_VAGUE_NOUN:
            vague_nouns.append(k)
    for t in ctx.times:
        if t.kind == "vague" and main <= t.i < c.g_hi:
            comparatives.extend(k for k in range(t.i, t.j) if low[k] in lx.COMPARATIVES)
    if vague_terms:
        for term in vague_terms:
            if " " in term:
                parts = tuple(term.split())
                for k in c.in_goal:
                    if low[k] == parts[0] and tuple(low[k : k + len(parts)]) == parts:
                        policy_terms.append(d.span(k, k + len(parts)))
    c.named, c.artifact = named, artifact


def _short_comparative(w: str) -> bool:
    """A comparative by its shape: "-ier" ("tidier", "healthier") or "-er" after a stem of one
    syllable ("clearer", "shorter", "safer"); not "underwater" or "copper"."""
    if w.endswith("ier"):
        return True
    stem = w[:-2]
    if len(stem) < 2 or stem[-1] == stem[-2]:
        return False  # "copper", "rubber": a noun, not "cop-er"
    groups = 0
    vowel = False
    for ch in stem:
        is_vowel = ch in "aeiouy"
        groups += is_vowel and not vowel
        vowel = is_vowel
    return groups == 1


def _object(c: Clause) -> None:
    """The object right after the verb: its words, its head, and what kind of thing it is."""
    ctx = c.ctx
    d = c.d
    after, g_hi, verb, verb_class = c.after, c.g_hi, c.verb, c.verb_class
    figure = c.figure
    low = d.low
    text = d.text
    sentence_start = ctx.sentence_start
    title_case = ctx.title_case
    quoted = ctx.quoted
    named = c.named
    definite = False
    generic_span: tuple[int, int] | None = None
    abstract_obj = False
    people_obj = False
    vague_states = c.vague_states
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
    if (
        obj_hi == obj_lo + 1
        and low[obj_lo] in lx.REFLEXIVES
        and d.at[obj_hi] in lx.COMPLEMENT_PREPOSITIONS
        and obj_hi + 1 < g_hi
    ):
        # "introduce myself to the tutor": the writer acts; what is reached is the complement
        obj_lo = obj_hi + 1
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
    rel = _contact_clause(d, obj_lo, obj_hi)
    if rel is not None:
        obj_hi, c.reception = rel, True  # "a game people love": the object is "a game"
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
            # "IOSH Managing Safely": a capital mid-sentence makes it part of a name
            and not (d.raw[obj_hi - 1][:1].isupper() and title_case is False)
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
        # "Level 3 Award", "Band 6 post", "Year 9 set": a label noun and its number name one
        # thing, in any casing.
        named = named or (
            not lx.LABEL_NOUNS.isdisjoint(obj_words)
            and any(
                low[k] in lx.LABEL_NOUNS and d.at[k + 1][:1].isdecimal()
                for k in range(obj_lo, obj_hi)
            )
        )
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
    c.obj_lo, c.obj_hi, c.obj_words, c.head = obj_lo, obj_hi, obj_words, head
    c.named, c.definite, c.generic_span = named, definite, generic_span
    c.abstract_obj, c.people_obj = abstract_obj, people_obj


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
        w = low[m]
        if w in lx.DETERMINERS_DEFINITE or w in lx.POSSESSIVES:
            v = m + 2
        elif w.endswith("s") or w in lx.PEOPLE_NOUNS or w in ("they", "everyone"):
            v = m + 1
        else:
            continue
        while v < hi and (low[v] in lx.MODALS or low[v] in lx.ADVERBS):
            v += 1  # "a talk the team will remember", "a menu kids actually like"
        if v < d.n and _reception(low[v]):
            return m
    return None


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
        for k in c.in_goal:
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


def _sense_state(c: Clause) -> None:
    """A state the object is to be seen in: "make the windows look amazing"."""
    d = c.d
    low = d.low
    obj_lo, obj_hi, g_hi = c.obj_lo, c.obj_hi, c.g_hi
    # "make the windows look amazing", "get the garden looking lovely": the goal is a state
    # the object is to be seen in, not a thing made.
    sense = next((k for k in range(obj_lo + 1, min(obj_hi + 1, g_hi)) if low[k] in _SENSE_VERBS), 0)
    if (
        c.verb in ("make", "get", "keep")
        and sense
        and sense + 1 < g_hi
        and d.raw[sense + 1][:1].isalpha()
        and d.raw[sense + 1][:1].islower()
        and low[sense + 1] not in lx.PREPOSITIONS  # "look like the brand template": a model
        and not c.figure
    ):
        c.verb_class = "state"
        state_at = sense + 1
        while d.at[state_at + 1] == "-" and d.glued[state_at + 1] and d.glued[state_at + 2]:
            state_at += 2  # "look eye-catching": the whole compound, reported by its last part
        c.vague_states.append(state_at)


def _roles(c: Clause) -> None:
    """Role targets: "become a team lead", "promoted to Senior PM", "land a staff engineer role"."""
    d = c.d
    low = d.low
    verb, verb_class = c.verb, c.verb_class
    obj_lo, obj_hi, g_hi = c.obj_lo, c.obj_hi, c.g_hi
    role_target = False
    role_named = False  # a kind of role ("a staff engineer role"), not just "a new job"
    if verb_class in ("promotion", "state", "acquire") or verb in ("move", "switch", "transition"):
        # "be there for my staff", "be around for the new receptionist": the people a state
        # is for, after a preposition, hold no role
        lo = c.after if verb_class == "state" else obj_lo
        for k in range(lo, min(g_hi, obj_lo + 8)):
            if verb_class == "state" and low[k] in lx.PREPOSITIONS and low[k] != "as":
                break
            if k < obj_lo:
                continue
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
        and c.head in lx.ROLE_NOUNS
        and len([w for w in c.obj_words if w not in lx.DETERMINERS])
        >= (1 if verb in lx.HIRING_VERBS else 2)
    ):
        role_named = True  # "hire a marketing coordinator": a kind of role
    if verb_class == "acquire" and c.people_obj:
        role_target = False  # "find a mentor" names no role to hold
    if verb_class in ("state", "acquire") and (c.comparatives or c.vague_states) and not c.figure:
        role_target = False
    if verb_class == "promotion" and not role_target and verb in ("be", "get", "become"):
        role_target = False
    c.role_target, c.role_named = role_target, role_named


def _anchors(c: Clause) -> None:
    """Whether anything in the clause makes its object concrete enough to be specific."""
    ctx = c.ctx
    d = c.d
    low = d.low
    raw = d.raw
    text = d.text
    main, g_hi, verb, verb_class = c.main, c.g_hi, c.verb, c.verb_class
    obj_words, head, abstract_obj = c.obj_words, c.head, c.abstract_obj
    cadence_in_goal = False
    for t in ctx.times:
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
    c.definite = c.definite or (whole_set and bool(obj_words) and not abstract_obj)
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
    c.cadence_in_goal = cadence_in_goal
    c.anchors = (
        c.figure
        or c.named
        or c.definite
        or habit
        or telegraphic
        or c.role_named
        or cadence_in_goal
        or specific_kind
        or (_narrowed(d, c.obj_lo, c.obj_hi, obj_words, g_hi) and not c.negated)
        or _counted(d, c.obj_lo, c.obj_hi)
    )


# Words that count the noun after them: "a single", "one", "every" say how many.
_COUNT_OPENERS = frozenset({"one", "every", "each"})


def _counted(d: _Doc, lo: int, hi: int) -> bool:
    """The object ``lo:hi`` opens with a count of its noun: "a single shift handover", "one
    deadline", "every stand-up". Denied ("never miss a single handover") it still says how
    many: all of them in the window."""
    k = lo + 1 if d.at[lo] in ("a", "one", "every") and d.at[lo + 1] == "single" else lo
    if k == lo and d.at[lo] not in _COUNT_OPENERS:
        return False
    return k + 1 < hi and d.at[k + 1][:1].isalpha()


def _pronoun_object(c: Clause) -> bool:
    """ "finish it", "get this done": a pronoun alone names nothing to make or check."""
    d = c.d
    obj_words = c.obj_words
    main = c.main
    return (
        bool(obj_words)
        # "When the new hire starts, pair with them": a pronoun with a noun before it to
        # stand for is as concrete as that noun
        and (main == 0 or _lead_only(d, main) or _abstract_label(d, main))
        and (obj_words[0] in lx.PRONOUNS or obj_words[0] in _DEMONSTRATIVES)
        and all(  # "it", "this done", "that off", "it signed off", "it going": no noun after it
            w in lx.PARTICLES
            or w in lx.COMPLETION_PARTICIPLES
            or w.endswith("ed")
            or (w.endswith("ing") and obj_words[0] not in lx.POSSESSIVES)  # not "my spending"
            for w in obj_words[1:]
        )
    )


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _abstract_label(d: _Doc, main: int) -> bool:
    """A field name of one abstract word before the action ("Fitness: keep it up", "Admin -
    stay on top of it"): a pronoun standing for it is as vague as it is."""
    k = main - 1
    while k >= 0 and not d.low[k].isalnum():
        k -= 1  # the colon or the dash after the field name
    return k == 0 and k < main - 1 and _abstract(d.low[k])


def _group_size(d: _Doc, q: QuantityFact, loose: bool) -> bool:
    """A count of people after "my", "our" or "the": the size of a group, not a target.

    With a vague or a state verb (``loose``) wherever it stands ("support our 2 new hires",
    "be patient with my 8 apprentices"); with any verb inside a complement, where it says who
    the action concerns ("hold 1:1s with each of my 7 reports"), not as the object it reaches
    ("call my 20 biggest clients").
    """
    k = bisect_left(d.st, q.span[0])
    if d.at[k - 1] not in lx.POSSESSIVES or not people_noun(q.unit):
        return False
    k -= 2
    if d.at[k] == "of" and d.at[k - 1] in ("each", "all", "both"):
        k -= 2  # "each of my 7 reports": the whole phrase, then what comes before it
    return loose or d.at[k] in lx.PREPOSITIONS


def _compound_modifier(d: _Doc, q: QuantityFact) -> bool:
    """A number joined by a hyphen to a word, before the noun it modifies: "a 30-day
    readmission rate", "three-phase motors", "two-factor authentication"."""
    k = bisect_left(d.st, q.span[1])
    if k < d.n and d.raw[k] == "-" and d.glued[k]:
        return "-" in d.text[q.span[0] : q.span[1]]  # "four-wheel-drive maintenance"
    return (
        "-" in d.text[q.span[0] : q.span[1]]
        and k < d.n
        and d.raw[k].isalpha()
        and d.raw[k].islower()
        and d.low[k] not in lx.PREPOSITIONS
        and d.low[k] not in lx.CONJUNCTIONS
        and not d.used[k]
    )


def _present_state(d: _Doc, q: QuantityFact) -> bool:
    """A figure told as how things are now ("right now a piece takes me two days", "currently
    55 minutes", "at the moment 3 a week"): a baseline, not a target. One in brackets
    ("in 5 days (currently 9)") goes with a target beside it and is left to it."""
    k = bisect_left(d.st, q.span[0])
    low = d.low
    for step in (-1, 1):
        m = k + step
        for _ in range(7):
            if not 0 <= m < d.n:
                break
            w = low[m]
            if w in _CLAUSE_EDGES and not (w == "-" and d.glued[m]):
                break
            if (w in ("currently", "presently") and d.at[m - 1] != "(") or (
                (w, d.at[m + 1]) in (("right", "now"), ("at", "present"))
                or (w, d.at[m + 1], d.at[m + 2]) == ("at", "the", "moment")
            ):
                return True
            m += step
    return False


_CLAUSE_EDGES = frozenset({",", ";", ".", ":", "(", ")", "-", "–", "—", "!", "?", "\n"})


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
