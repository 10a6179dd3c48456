"""The clause's words and its object: names, vague words, comparatives, the next clause.

Stages of :func:`careerkit._smart.text.action.read_clause`; each adds features to the
:class:`~careerkit._smart.text.reading.Clause` it is given.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.after_object import (
    _RECEPTION_FORMS,
    _contact_clause,
    _content_words,
    _valued,
)
from careerkit._smart.text.anchors import _adverb_alone
from careerkit._smart.text.objects import (
    _abstract,
    _anchored_comparative,
    _is_named,
    _np_end,
)
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.tokens import _Doc, lemma
from careerkit._smart.text.told_figures import in_told_clause
from careerkit._smart.text.verb_objects import _comparative_form

# Words that open a time expression inside a noun phrase's reach ("part-time next year").
_TIME_OPENERS = frozenset({"next", "this", "every", "each", "coming", "last"})
# Every word that can end an object as a time: the openers, "first" and "last" before
# "time", and the vague times that follow an object.
_OBJECT_TIME_WORDS = _TIME_OPENERS | {"first", "last"} | lx.VAGUE_TIME_AFTER
# The last words of the state phrases: a pair is built to look up only for these.
_STATE_PHRASE_ENDS = frozenset(p[1] for p in lx.STATE_PHRASES)
# The words lx.WORD_FLAGS holds.
_FLAGGED = frozenset(lx.WORD_FLAGS)


def _clause_words(c: Clause) -> None:
    """Names, vague quantities, comparatives, vague states and nouns, and policy terms."""
    ctx = c.ctx
    d = c.d
    main, after, verb_class = c.main, c.after, c.verb_class
    low = d.low
    sentence_start = ctx.sentence_start
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
    flags = lx.WORD_FLAGS
    has_verb = c.verb is not None  # "Safeguarding refresher done": a note, "refresher" a noun

    def named_at(k: int) -> bool:
        return raw[k][:1].isupper() and k not in sentence_start

    for k in c.in_goal:
        if used[k]:
            continue
        w = low[k]
        if not named and (
            (
                (not raw[k].islower() or raw[k][1:].isdecimal())  # "LinkedIn", "v2"
                and _is_named(d, k, sentence_start)
            )
            or k in quoted
        ):
            named = True
        if vague_terms and w in vague_terms:
            policy_terms.append(d.span(k, k + 1))
        if w not in _LISTED and not w.endswith("er"):
            continue  # most words: in no list below, and no comparative in "-er"
        if (w in _STATE_PHRASE_ENDS and (d.at[k - 1], w) in lx.STATE_PHRASES) or (
            w == "class" and d.at[k - 1] == "-" and d.at[k - 2] == "world"
        ):
            vague_states.append(k)  # "get my finances in order", "world-class service"
            continue
        # most words carry no flag: a set test is cheaper than a look-up in the read-only map
        f = flags[w] if w in _FLAGGED else 0
        if not f:
            if w in lx.REPUTATION_WORDS and verb_class == "state" and k > main:
                vague_states.append(k)  # "become a famous designer": how others see one
                continue
            if (
                w.endswith("er")
                and _comparative_form(w)
                and (
                    (k == after and verb_class == "state")
                    or (
                        # "write tidier care notes": a bare object's quality to improve
                        k == after
                        and has_verb
                        and w not in lx.TIME_COMPARATIVES  # "earlier drafts": which ones
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
            elif w in lx.TIME_COMPARATIVES and _compares_when(d, k, main, c.g_hi):
                comparatives.append(k)  # "reply to complaints sooner": a direction
            continue
        if f & lx.F_ARTIFACT:
            artifact = True
        if f & lx.F_VAGUE_Q:
            if not (k > 0 and low[k - 1] == "how"):
                # "count how many come back": a question whose answer is the count, no amount
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
                and k not in quoted  # "'Best Newcomer'": a title in quotes, in any casing
                and not (verb_class in ("deliverable", "acquire") and _picks_out(d, k))
                # "write articles for the top recurring issues": which ones they are for
                and not (
                    verb_class in ("deliverable", "acquire", "none")
                    and _picks_out_after_object(d, k, after)
                )
                # "confidence leading handover": a gerund with its object, not "a leading firm"
                and not (
                    w.endswith("ing") and d.at[k - 1] not in lx.DETERMINERS and d.at[k - 1] != "-"
                )
            ):
                comparatives.append(k)
        elif f & lx.F_STATE:
            # "FIT test", "the Great North Run": a capital mid-sentence makes it a name, and
            # quotes make one in any casing ("score 'excellent'", "a 'strong performer' rating")
            if (
                k > main
                and not (raw[k].isupper() and len(raw[k]) > 1)
                and not named_at(k)
                and k not in quoted
                and d.at[k + 1] != "now"  # "right now": when, not a state
            ):
                vague_states.append(k)
        elif f & lx.F_VAGUE_NOUN:
            vague_nouns.append(k)
    for t in ctx.times:
        if t.kind == "vague" and main <= t.i < c.g_hi:
            comparatives.extend(k for k in range(t.i, t.j) if low[k] in lx.COMPARATIVES)
    if comparatives or vague_states or vague_nouns:
        # Each vague word is read in its own clause: one in a clause that tells how things
        # are ("...; it's 12 families most weeks", "...; I'm 80% confident") describes the
        # situation, not the goal. A vague quantity there ("...; there are lots of old
        # folders") often says how big the goal's own task is, and still counts.
        for found in (comparatives, vague_states, vague_nouns):
            found[:] = [k for k in found if not in_told_clause(c, k)]
    if comparatives or vague_states or vague_nouns or vague_q:
        cond = _condition_at(d, main + 2, c.g_hi)
        if cond is not None:
            # "... when things calm down", "... if we get some funding": the condition's
            # words say when the goal is done, not what it acts on
            for found in (comparatives, vague_states, vague_nouns, vague_q):
                found[:] = [k for k in found if k < cond]
    if vague_terms:
        for term in vague_terms:
            if " " in term:
                parts = tuple(term.split())
                for k in c.in_goal:
                    if low[k] == parts[0] and tuple(low[k : k + len(parts)]) == parts:
                        policy_terms.append(d.span(k, k + len(parts)))
    if not has_verb and not artifact:
        # "ABRSM Grade 5 by summer", "CIPD Level 5 next year": a note naming a level of a
        # named scheme is a qualification to gain, as "Level 3 certificate by March" is
        for k in c.in_goal:
            if (
                low[k] in _SCHEME_LEVELS
                and d.at[k + 1][:1].isdecimal()
                and k > 0
                and raw[k - 1].isupper()
                and raw[k - 1].isalpha()
                and len(raw[k - 1]) > 1
            ):
                artifact = named = True
                break
    c.named, c.artifact = named, artifact


# The words _clause_words reads (with any word in "-er"): the last words of the state
# phrases, "class" of "world-class", the flagged words and the words of reputation.
_LISTED = _STATE_PHRASE_ENDS | {"class"} | _FLAGGED | lx.REPUTATION_WORDS


# Comparatives of time: how soon an action is done against how soon it is done now.


def _compares_when(d: _Doc, k: int, main: int, c_hi: int) -> bool:
    """The comparative of time at ``k`` says the action is to be done sooner than now, a
    direction with no figure: "follow up on leads sooner", "start ward rounds earlier than
    now". Not when the clause sets a time, which says how soon ("sooner than 1 May", "earlier
    this year, by March"), one a figure anchors ("2 weeks sooner") nor an adjective before its
    noun ("the earlier draft")."""
    if k <= main or _anchored_comparative(d, k):
        return False
    if any(d.used[m] for m in range(main, c_hi)):
        return False  # "file the return earlier, by 31 March": the time it sets says how soon
    prev = d.at[k - 1]
    if prev in lx.DETERMINERS or prev in lx.POSSESSIVES:
        return False  # "the earlier draft", "my earlier notes": which one, not how soon
    if k + 1 >= d.n:
        return True  # "reply to complaints sooner": the text's last word
    nxt = d.at[k + 1]
    # a noun after it ("earlier drafts") makes it an adjective of which ones
    return (
        not d.raw[k + 1].isalpha()
        or bool(d.used[k + 1])
        or nxt in lx.BOUNDARY
        or nxt in lx.PREPOSITIONS
        or nxt == "than"
    )


# Determiners that count what follows: a noun in "-ing" after them is a thing ("a building").
_COUNTING_DETERMINERS = frozenset({"a", "an", "every", "each", "one"})


# Words for a level of a named scheme of qualifications: "BASI Level 2", "ABRSM Grade 5".
_SCHEME_LEVELS = frozenset({"level", "grade"})


def _condition_at(d: _Doc, lo: int, hi: int) -> int | None:
    """Where a clause of time or condition with its own subject starts in ``lo:hi``: "when
    things calm down", "once the ward reopens", "if we get the grant"; None if there is none."""
    low = d.low
    if _CONDITION_WORDS.isdisjoint(low[lo:hi]):
        return None  # most goal clauses hold none
    for k in range(lo, hi - 2):
        if low[k] in lx.CLAUSE_EDGES:
            return None  # a later clause is read on its own
        if low[k] not in _CONDITION_WORDS:
            continue
        nxt = low[k + 1]
        if (
            nxt in lx.SUBJECTS
            or nxt in lx.DETERMINERS_DEFINITE
            or nxt in ("things", "it", "they", "he", "she", "work", "life")
        ):
            return k
    return None


# Words that open a clause of time or condition after the goal's action.
_CONDITION_WORDS = lx.CONDITION_WORDS


def _picks_out(d: _Doc, k: int) -> bool:
    """The comparative at ``k`` sits in a partitive, between "of the" and its noun: "one of
    the smaller hearings", "two of the older vans" pick members out of a known set; nothing is
    to grow."""
    return d.at[k - 2] == "of" and d.at[k - 1] in lx.DETERMINERS_DEFINITE and _before_noun(d, k)


def _picks_out_after_object(d: _Doc, k: int, after: int) -> bool:
    """The comparative at ``k`` sits after "the" in a complement that follows the action's
    object ("write help articles for the top recurring issues", "articles to be written for
    the top issues"): it says which things the object is for, a set known now. In the object
    itself ("deliver the best service") or in a place reached with no object before it ("move
    to the biggest office") it is the quality aimed at."""
    return (
        k - 2 > after  # a word of the object between the action and the preposition
        and d.at[k - 1] == "the"
        and d.at[k - 2] in _FOR_WHICH
        and _SCALE_NOUNS.isdisjoint(d.at[k + 1 : k + 4])  # "to the highest standard"
        and d.raw[k - 3].isalpha()
        and d.at[k - 3] not in lx.PREPOSITIONS
        and d.at[k - 3] not in lx.PARTICLES
        and d.at[k - 3] not in lx.DETERMINERS
        and _before_noun(d, k)
    )


# Prepositions that say which things the object is for, on or to ("articles for the top
# issues", "drills on the busiest wards", "letters to the largest accounts"); "at", "with" or
# "to" before a scale ("at the highest price", "to the best standard") name a quality aimed at.
_FOR_WHICH = frozenset({"for", "on", "about", "to"})
_SCALE_NOUNS = frozenset(
    {"standard", "standards", "level", "levels", "price", "prices", "quality", "grade", "degree"}
)


def _before_noun(d: _Doc, k: int) -> bool:
    """A noun follows the comparative at ``k``: it modifies one, comparing with nothing."""
    nxt = d.at[k + 1]
    return (
        k + 1 < d.n  # a comparative that ends the text picks out nothing
        and d.raw[k + 1].isalpha()
        and nxt not in lx.PREPOSITIONS
        and nxt not in lx.BOUNDARY
        and nxt not in lx.CONJUNCTIONS
        and nxt != "than"
        and not d.used[k + 1]
    )


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
    # (a verb of liking or a relative word is looked for first: most objects have neither)
    rel = None if _RECEPTION_FORMS.isdisjoint(d.vocab) else _contact_clause(d, obj_lo, obj_hi)
    if rel is not None:
        obj_hi, c.reception = rel, True  # "a game people love": the object is "a game"
    elif obj_hi > obj_lo and d.at[obj_hi] in lx.RELATIVE_OPENERS and _valued(d, obj_hi, g_hi):
        c.reception = True  # "buildings that matter", "a menu that diners love"
    # most objects hold no word of time: one set test over them passes the walk
    times = (
        () if _OBJECT_TIME_WORDS.isdisjoint(low[obj_lo + 1 : obj_hi]) else range(obj_lo + 1, obj_hi)
    )
    for k in times:
        if (
            (d.used[k] and low[k] in _TIME_OPENERS)
            or (low[k] in ("first", "last") and d.at[k + 1] == "time")  # "pass them first time"
            or low[k] in lx.VAGUE_TIME_AFTER  # "join a club soon", "miss a deadline again"
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
        # the words but the determiners, looked at only for a head that may be abstract
        if _abstract(head) or (
            head in lx.ABSTRACT_OR_VAGUE
            and (content := _content_words(obj_words))
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
                _is_named(d, k, sentence_start)
                or (low[k] == "-" and low[k - 1] not in lx.ABSTRACT_PARTS)
                for k in range(obj_lo, obj_hi)
            ) and not (
                # "test every field", "walk each area": only a noun of things one can count
                # takes "every" with a singular, and each of them is there to point to
                first in ("every", "each")
                and len(obj_words) == 2
                and verb_class in ("deliverable", "acquire")
            )
        if (
            head.endswith("ing")
            and low[obj_hi - 1] == head
            and obj_hi - 1 not in quoted
            and not (d.at[obj_hi - 2] == "-" and d.glued[obj_hi - 1])  # "e-learning": a thing
            # "IOSH Managing Safely": a capital mid-sentence makes it part of a name
            and not (d.raw[obj_hi - 1][:1].isupper() and d.case != "caps")
            and (lemma(head) in lx.VAGUE_VERBS or lemma(head) in lx.LEARNING_VERBS)
            # "a building", "every building on the estate": counted, a thing, not the activity
            and first not in _COUNTING_DETERMINERS
        ):
            abstract_obj = True  # "keep learning", "start networking"
        if head in lx.PEOPLE_NOUNS:
            people_obj = True
        if (
            verb_class in ("deliverable", "acquire")
            and not figure
            and any(obj_lo <= k < obj_hi for k in vague_states)
        ):
            abstract_obj = True  # "achieve world-class customer service": a quality
        if first in lx.FIRST_PERSON_POSSESSIVES and verb in lx.BODY_IDIOM_VERBS:
            body = [w for w in obj_words if w not in lx.ADVERBS]  # "find my feet again"
            if len(body) == 2 and body[1] in lx.OWN_BODY_NOUNS:
                abstract_obj = True  # "find my feet", "get my head around X": an idiom, no thing
        # "Level 3 Award", "Band 6 post", "Year 9 set": a label noun and its number name one
        # thing, in any casing.
        named = named or (
            not lx.LABEL_NOUNS.isdisjoint(obj_words)
            and any(
                low[k] in lx.LABEL_NOUNS and d.at[k + 1][:1].isdecimal()
                for k in range(obj_lo, obj_hi)
            )
        )
        # All in lower case a name cannot be told from other words: "finish nvq level 3"
        # names the thing as plainly as "Finish NVQ Level 3" does. ALL CAPS is read as a
        # sentence-case writer spells it, acronyms, codes and names after titles kept
        # (casing.spelling_as_read), so there the words say what they say in sentence case.
        unmarked = text.islower() and not head.endswith("s")
        if (
            unmarked
            and first not in lx.DETERMINERS_INDEFINITE
            and len(_content_words(obj_words)) >= 2
        ):
            named = named or not abstract_obj
        if (
            (
                first in lx.DETERMINERS_DEFINITE
                or (first in ("all", "every", "each") and verb_class in ("deliverable", "acquire"))
                # "next year's budget": whose (a text with no apostrophe has none)
                or (("'" in text or "’" in text) and any(w[-2:] == "'s" for w in obj_words[:-1]))
            )
            and (head and head not in lx.ABSTRACT_NOUNS)
        ):
            # "all coursework", "every ward visitor": the whole of a known set
            definite = True
        if first in lx.DETERMINERS_INDEFINITE and not figure:
            generic_span = d.span(obj_lo, obj_hi)
    c.obj_lo, c.obj_hi, c.obj_words, c.head = obj_lo, obj_hi, obj_words, head
    c.named, c.definite, c.generic_span = named, definite, generic_span
    c.abstract_obj, c.people_obj = abstract_obj, people_obj
