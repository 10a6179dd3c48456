"""The action's class and what its object is: vague, change, learning, state, promotion,
acquire or deliverable; credentials, results marked done, objects narrowed to one thing."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.anchors import _named_in_earlier_sentence
from careerkit._smart.text.objects import _kind_plural, _np_end
from careerkit._smart.text.tokens import BE_BEFORE_ING, _Doc, lemma, progressive_at
from careerkit._smart.text.verb_objects import (
    _CAUSATIVES,
    _comparative_form,
    _completion_at,
    _earns_credential,
    _left_in_quality,
    _name_like,
    _to_a_relative_level,
)

# The verbs that head a phrasal verb _classify looks up ("work on", "brush up", "cut out").
_PHRASAL_HEADS = frozenset(
    p[0]
    for p in (
        lx.PHRASAL_VAGUE
        | lx.PHRASAL_LEARNING
        | lx.PHRASAL_COMPLETION
        | lx.PHRASAL_TRIAL
        | lx.PHRASAL_ELIMINATION
    )
)


def _classify(
    d: _Doc,
    main: int,
    after: int,
    g_hi: int,
    sentence_start: frozenset[int],
    kind_plural: bool | None = None,
) -> tuple[str | None, str]:
    """The verb at ``main`` and its class, from the words at ``after`` (its object).

    Classes: vague, change, learning, state, promotion, acquire, deliverable, none.
    ``kind_plural``, when known, is :func:`_kind_plural` of the object, decided once.
    """
    low = d.low
    verb: str | None = lemma(low[main]) if main < g_hi else None
    if verb in lx.BE_FORMS:
        verb = "be"  # "been nursing for 20 years": a form of "be", not an action of its own
    if verb is not None and low[main] in lx.LABEL_NOUNS and d.at[main + 1][:1].isdecimal():
        return None, "none"  # "Level 3 safeguarding certificate": a name, not "to level"
    nxt = d.at[after]
    verb_class = "none"
    if verb is not None:
        third = d.at[after + 1]
        # Most verbs head no phrasal verb: one set test passes the look-ups of pairs below.
        phrasal = verb in _PHRASAL_HEADS
        if phrasal and (
            (verb, nxt) in lx.PHRASAL_VAGUE
            or (verb, lemma(nxt)) in lx.PHRASAL_VAGUE
            or (verb, nxt, third) in lx.PHRASAL_VAGUE  # "get a handle on my finances"
        ):
            verb_class = "vague"
            head = d.at[_np_end(d, after + 1, g_hi) - 1]
            if (verb, nxt) in lx.PHRASAL_TIDYING and (
                third in lx.DETERMINERS_INDEFINITE
                or head in lx.ARTIFACT_NOUNS
                or (len(head) > 6 and head.endswith(lx.ACTION_NOUN_ENDINGS))
                or _names_one(d, after + 1, g_hi)
            ):
                # "sort out a venue", "sort out the insurance renewal": one to arrange; "tidy
                # up my CV", "sort out my LinkedIn profile": a document or a named thing
                # brought up to date; each done once
                verb_class = "deliverable"
            if (verb, nxt) == ("take", "on") and (
                head in lx.ROLE_NOUNS or head in lx.JUNIOR_WORDS or third[:1].isdecimal()
            ):
                verb_class = "acquire"  # "take on an apprentice", "take on 2 new clients"
        elif verb == "teach" and nxt in ("myself", "ourselves"):
            verb_class = "learning"  # "teach myself BSL": to learn it
        elif phrasal and (
            (verb, nxt) in lx.PHRASAL_LEARNING or (verb, nxt, third) in lx.PHRASAL_LEARNING
        ):
            verb_class = "learning"  # "get up to speed on GDPR", "brush up on statistics"
        elif phrasal and (verb, nxt) in lx.PHRASAL_COMPLETION:
            verb_class = "deliverable"  # "work through the course": finish it
        elif (
            verb in ("keep", "continue", "start", "begin") and nxt.endswith("ing") and len(nxt) > 4
        ):
            # "keep going", "start running again": carrying on or starting is a direction
            verb_class = "vague"
        elif (phrasal and (verb, nxt) in lx.PHRASAL_TRIAL) or (
            verb == "try"
            and (
                nxt in lx.DETERMINERS
                or nxt in lx.POSSESSIVES
                or (after < d.n and _name_like(d.raw[after]))
            )
            and third not in lx.SUPERLATIVES  # "try my best": an effort, not a thing tried
            and third not in ("best", "hardest", "utmost")
        ):
            # "try out the new rostering app", "try the Stage 1 course": a trial, done once
            verb_class = "deliverable"
        elif phrasal and (verb, nxt) in lx.PHRASAL_ELIMINATION:
            verb_class = "deliverable"  # "cut out sugar", "give up alcohol": down to none
        elif verb in ("be", "become", "get", "feel", "stay", "remain") and (
            nxt in ("promoted", "hired", "appointed", "named", "selected", "elected")
            or (nxt in ("a", "an", "the") and d.at[after + 1] in ("promotion",))
        ):
            verb_class = "promotion"
        elif verb in ("be", "become", "feel", "stay", "remain", "get") and (
            nxt in lx.VAGUE_STATES
            or nxt in lx.COMPARATIVES
            or nxt in lx.PERFECTION_WORDS
            or _comparative_form(nxt)
        ):
            verb_class = "state"
        elif verb in ("get", "have") and _completion_at(d, after, g_hi, causative=True) is not None:
            verb_class = "deliverable"  # "get the refresher booked": a result, done once
        elif (
            verb in ("be", "get")
            and nxt.endswith("ed")
            and nxt not in lx.PASSIVE_STATES
            and len(nxt) > 4
            and nxt not in lx.VAGUE_STATES
            and nxt not in ("promoted", "hired", "appointed", "named", "selected", "elected")
            and d.at[after + 1] in lx.PREPOSITIONS
        ):
            verb_class = "deliverable"  # "be trained on the new pumps": done once
        elif verb in ("get", "become", "be") and _qualified(d, after):
            verb_class = "deliverable"  # "get certified", "become ACCA-qualified": earned once
        elif verb in lx.ACQUIRE_VERBS and _earns_credential(d, after, g_hi):
            verb_class = "acquire"  # "gain the CPR certification", "get PMP"
        elif verb in lx.CHANGE_VERBS or verb in lx.MULTIPLIERS:
            verb_class = "change"
        elif verb in lx.LEARNING_VERBS:
            verb_class = "learning"
        elif verb in ("be", "become", "stay", "remain", "feel"):
            verb_class = "state"
        elif verb in lx.ACQUIRE_VERBS and verb not in ("earn", "obtain", "achieve", "win"):
            verb_class = "acquire"
        elif verb in lx.KEEPING_VERBS:
            verb_class = "vague"  # "protect the budget": kept as it is, specific by a figure
        elif verb in lx.DELIVERABLE_VERBS or verb in ("go", "add", "hold"):
            verb_class = "deliverable"
        elif (
            verb in lx.VAGUE_VERBS
            or verb in ("sleep", "burn")
            # "upskill as a forklift trainer" names the role the skill is for
            or (_raises_a_quality(verb) and nxt != "as")
        ):
            verb_class = "vague"
        elif verb in lx.VERBS:
            verb_class = "deliverable"
    if verb == "speak" and (nxt in lx.LANGUAGES or d.at[after + 1] in lx.LANGUAGES):
        verb_class = "learning"  # speaking a language is an ability, like "learn Spanish"
    if verb == "make" and (
        nxt in lx.ROLE_NOUNS
        or d.at[after + 1] in lx.ROLE_NOUNS
        # "make Chief Constable", "make Sergeant": a rank named as a title, with no article
        or (after < g_hi and _title_after(d, after, sentence_start))
    ):
        verb_class = "acquire"  # "make partner"
    if verb_class in ("deliverable", "vague") and verb in lx.MAKING_VERBS:
        # "build a network" is a direction, "build a dashboard" a deliverable.
        obj_end = _np_end(d, after, g_hi)
        words = [w for w in low[after:obj_end] if w not in lx.PRONOUNS]  # "... myself"
        heads = [w for w in words if w in lx.ARTIFACT_NOUNS]
        head = words[-1] if words else ""
        owned = any(w[-2:] == "'s" for w in words[:-1])  # "the practice's social media accounts"
        if (heads or owned) and head not in lx.ABSTRACT_NOUNS and head not in lx.VAGUE_STATES:
            verb_class = "deliverable"
        elif head in lx.ABSTRACT_NOUNS or not head:
            verb_class = "vague"
    if (
        verb in _CAUSATIVES
        and verb_class != "state"
        and _left_in_quality(d, after, g_hi, bare=verb_class != "change")
    ):
        verb_class = "state"  # "make the shift smoother", "get my name out there"
    if verb_class != "state" and _to_a_relative_level(d, after, g_hi):
        verb_class = "state"  # "take my bakery to the next level": a direction, no end
    if verb in ("make", "keep", "leave", "get") and verb_class != "state":
        # "make my boss happy", "keep the team motivated": a state the object is left in
        for k in range(after, min(g_hi, after + 5)):
            w = low[k]
            if (w, d.at[k + 1]) in lx.STATE_PHRASES and k > after:
                verb_class = "state"  # "get my finances in order", "keep costs under control"
                break
            if w in lx.BOUNDARY or w in lx.PREPOSITIONS:
                break
            if w in lx.VAGUE_STATES and k > after:  # after an object: "get better" is phrasal
                verb_class = "state"
                break
    if (
        verb_class == "vague"
        and verb in lx.LIGHT_VERBS
        and _concrete_task(d, after, g_hi, kind_plural)
    ):
        verb_class = "deliverable"  # a light verb means its noun: "do a stock take"
    if verb_class == "none" and verb is not None and _nominal_action(d, main, sentence_start):
        # "Completion of the fire warden course": the action named by its noun
        stem = low[main][:-4] if low[main].endswith("ment") else ""
        return verb, "vague" if stem in lx.VAGUE_VERBS else "deliverable"
    if verb_class == "none" and verb is not None and verb not in lx.VERBS:
        # Any word in action position is the action, listed or not ("circulate", "shadow"),
        # when something follows it as its object.
        if _in_action_position(d, main, after, g_hi, sentence_start):
            verb_class = "deliverable"
        else:
            verb = None

    return verb, verb_class


# Pronouns after a gerund that may stand for a thing named before: "keep leading it".
_BACK_PRONOUNS = frozenset({"it", "them"})


def _gerund_action(
    d: _Doc, g: int, hi: int, sentence_start: frozenset[int]
) -> tuple[str, str] | None:
    """The action a gerund names after "start", "keep", "continue" ("start shadowing the
    on-call rota", "keep logging my hours"), when it acts on something; None when it acts on
    nothing ("start running again") or is itself a direction ("keep improving")."""
    if g + 1 >= hi:  # nothing after it to act on (or "keep" ends the text)
        return None
    w = d.low[g]
    if not (len(w) > 4 and w.endswith("ing") and d.raw[g].isalpha()):
        return None
    nxt = d.at[g + 1]
    opens = (
        nxt in lx.DETERMINERS
        or nxt in lx.POSSESSIVES
        or nxt in lx.NP_OPENERS  # "every near miss"
        or nxt[:1].isdecimal()
    )
    if nxt in lx.PREPOSITIONS and g + 2 < hi:
        after = d.at[g + 2]
        # "revising for finals", "going to the gym", "eventing at BE100 level": a complement
        # with a noun phrase or a name
        opens = (
            after in lx.DETERMINERS
            or after in lx.POSSESSIVES
            or (d.raw[g + 2].isalpha() and after.endswith("s") and not d.used[g + 2])
            or (_name_like(d.raw[g + 2]) and not d.used[g + 2])
        )
    kind: bool | None = None  # the object a kind of plural, decided once for both looks
    if not opens and lemma(w) in lx.LIGHT_VERBS:
        kind = _kind_plural(d, g + 1, _np_end(d, g + 1, hi))
        opens = kind  # "start doing video walk-rounds": the task the light verb names
    if nxt in _BACK_PRONOUNS and _named_in_earlier_sentence(d, g):
        opens = True  # "... led the patrol rota and want to keep leading it": what it stands for
    if not opens or d.used[g + 1]:
        return None
    verb, verb_class = _classify(d, g, g + 1, hi, sentence_start, kind)
    if verb is None or verb_class == "none":
        verb, verb_class = w, "deliverable"  # a verb no list holds: "start revising for finals"
    return (verb, verb_class) if verb_class == "deliverable" else None


def _qualified(d: _Doc, k: int) -> bool:
    """A participle of qualifying at ``k``, after an adverb or glued to a name: "certified",
    "fully qualified", "ACCA-qualified", "CPA-licensed"."""
    if d.at[k].endswith("ly") and d.raw[k].isalpha():
        k += 1  # "fully qualified"
    if d.after_hyphen(k + 2) and d.raw[k][:1].isupper():
        k += 2  # "ACCA-qualified": the body that qualifies, then the participle
    return d.at[k] in lx.QUALIFIED_WORDS


def _concrete_task(d: _Doc, lo: int, hi: int, kind_plural: bool | None = None) -> bool:
    """The object of a light verb names a task or a thing: "a stock take", "a site visit", "a
    presentation"; not a quality or an amount ("a difference", "a good job", "more").
    ``kind_plural``, when known, is :func:`_kind_plural` of the object: a longer end after
    "of the" leaves its head and its "of" as they were, so it need not be decided again."""
    end = _np_end(d, lo, hi)
    if d.at[end] == "of" and end > lo + 1 and d.at[end + 1] in lx.DETERMINERS_DEFINITE:
        # "do the reporting of the sales": the task's noun and what it is done on
        end = _np_end(d, end + 1, hi)
    # A possessive's apostrophe is part of its word: "a farmers' market stall", "my master's";
    # a hyphen inside a word joins one word: "the end-of-life course", "a follow-up audit".
    words = [
        w.removesuffix("'s")
        for k, w in enumerate(d.low[lo:end], lo)
        if w not in lx.DETERMINERS and w != "of" and not (w in ("'", "-") and d.glued[k])
    ]
    first = lo + 1 if d.at[lo] in lx.DETERMINERS else lo
    named = (
        first < end
        and (
            _name_like(d.raw[first])
            # "do the Mental Health First Aid course": a capital after a lower-case determiner
            or (first > lo and d.raw[first][:1].isupper() and d.raw[lo].islower())
        )
    )
    if named and words[-1] not in lx.ABSTRACT_NOUNS and words[-1] not in lx.VAGUE_STATES:
        return True  # "do ISTQB Foundation", "take the CIMA exam": a named task
    if not words or not (
        d.at[lo] in lx.DETERMINERS_INDEFINITE
        or (d.at[lo] in lx.DETERMINERS_DEFINITE and len(words) >= 2)  # "do my physio exercises"
        # "do site visits", "do video walk-rounds of ..."
        or (_kind_plural(d, lo, end) if kind_plural is None else kind_plural)
    ):
        return False
    head = words[-1]
    # The head names the task and its modifiers what it is on: "the communication course",
    # "a leadership workshop" are tasks, "a good job", "more effort" are not.
    if head in lx.ABSTRACT_NOUNS or head in lx.VAGUE_STATES:
        return False
    if any(
        w in lx.VAGUE_STATES
        or w in lx.COMPARATIVES
        or w in lx.SUPERLATIVES
        or w in lx.VAGUE_QUANTIFIERS
        # a number inside the name is part of it: "the level 2 course", "the part 2 exam"
        or not (w.isalpha() or w.isdecimal())
        for w in words
    ):
        return False
    return (
        len(words) >= 2
        or head in lx.ARTIFACT_NOUNS
        or head in lx.EVENT_NOUNS
        or _action_noun(head)  # "do an audition", "give a presentation": the action's noun
    )


def _action_noun(w: str) -> bool:
    """A noun that names an action ("audition", "inspection", "assessment", "appraisal"), not a
    change or an effort named as one ("improvement", "contribution")."""
    if len(w) <= 6 or not w.endswith(lx.ACTION_NOUN_ENDINGS):
        return False
    if w.endswith(("tion", "sion")):
        # "inspect(ion)", "contribut(ion)" + e, "reduc(tion)" + e
        stems: tuple[str, ...] = (w[:-3], w[:-3] + "e", w[:-4] + "e")
    elif w.endswith("ment"):
        stems = (w[:-4], w[:-5])  # "improve", "assess"
    else:
        stems = (w[:-2], w[:-3])  # "apprais(e)", "maintain"
    return not any(
        s in lx.VAGUE_VERBS or s in lx.CHANGE_VERBS or s + "e" in lx.VAGUE_VERBS for s in stems
    )


def _nominal_action(d: _Doc, i: int, sentence_start: frozenset[int]) -> bool:
    """A noun of action opening the text, then "of" and its object: "Completion of ..."."""
    w = d.low[i]
    return (
        i in sentence_start
        and d.at[i + 1] == "of"
        and w.endswith(lx.ACTION_NOUN_ENDINGS)
        and lemma(w) not in lx.VERBS
        and w not in lx.VAGUE_QUANTIFIERS  # "Several of my reports": how many, not an action
    )


def _raises_a_quality(verb: str) -> bool:
    """A verb made of "up" and an abstract noun ("upskill", "uplevel") says only that the
    quality rises, as "improve skills" does."""
    return verb.startswith("up") and len(verb) > 5 and verb[2:] in lx.ABSTRACT_NOUNS


def _unstemmed(w: str) -> bool:
    """A word in "-ing" with no vowel before the ending is no "-ing" form of a verb:
    "string", "spring", "swing" are words of their own ("string up the guitar")."""
    return not any(ch in "aeiouy" for ch in w[:-3])


def _in_action_position(
    d: _Doc, i: int, after: int, hi: int, sentence_start: frozenset[int]
) -> bool:
    """Is the unlisted word at ``i`` a verb? A plain word, not a noun by its ending, that
    takes an object or a complement ("Evangelize the design system", "sort out my profile")."""
    raw = d.raw[i]
    w = d.low[i]
    if not raw.isalpha() or w.endswith(lx.NOUN_ENDINGS) or after >= hi:
        return False
    if raw[0].isupper() and i not in sentence_start:
        return False  # a name mid-sentence
    if w in lx.PREPOSITIONS or w in lx.PRONOUNS or w in lx.DETERMINERS or w in lx.CONJUNCTIONS:
        return False
    if w in lx.ADVERBS or w in lx.ABSOLUTE_TRIGGERS or w.endswith("ly"):
        return False  # "always be available": an adverb, not the action
    if w in lx.COMPARATIVES:
        return False  # "more referrals from the GP surgery": a direction, not an action
    if d.at[i + 1] == "now":
        return False  # "right now a batch takes me ...": an adverb of time
    if w.endswith("ing") and len(w) > 5 and not _unstemmed(w):
        # "Safeguarding refresher done by March": a noun, not the action; "ring", "sing"
        # leave no stem before the ending, and nor do "string" or "spring"; after "be",
        # with a word after it, it is the action going on ("I'm sourcing tea direct")
        return d.at[i - 1] in BE_BEFORE_ING and progressive_at(d, i)
    nxt = d.at[after]
    if d.used[after] and not nxt[:1].isdecimal():
        return False  # "stretch each morning": a time expression, not an object
    done = _completion_at(d, after, min(hi, after + 3))  # only the next three words count
    if done is not None and d.at[done - 1] not in lx.BE_FORMS:
        return False  # "Payroll app live by June": a result marked done, with no order in it
    if (
        i in sentence_start
        and not raw.isupper()
        and (not w.endswith("s") or w.endswith("ss"))
        and w not in lx.NOUN_CLASSES
        and nxt not in lx.PRONOUNS
        and nxt not in lx.REFLEXIVES  # "rate myself 7/10": no object to act on
        and (
            nxt[:1].isdecimal()
            or (
                d.raw[after].isalpha()
                and d.raw[after].islower()
                and nxt.endswith("s")
                and not nxt.endswith("ss")
                and after + 1 < d.n
                and d.used[after + 1]
            )
            or any(d.at[k][:1].isdecimal() for k in range(after + 1, _np_end(d, after, hi)))
        )
    ):
        # An order opens with its verb and its object: a figure ("Upcycle 20 pieces"), a
        # plural before a time ("Circulate minutes weekly") or a name with a number ("finish
        # nvq level 3").
        return True
    if nxt in lx.OBJECT_OPENERS or nxt[:1].isdecimal() or nxt in lx.UNITS:
        return True
    if nxt in lx.INDEFINITE_PRONOUNS:
        return True  # "Sketch something": an object, if a vague one, so the word before acts
    if nxt == "how" and d.at[after + 1] in ("many", "much") and d.at[after + 2][:1].isalpha():
        return True  # "Count how many come back": the count asked for is its object
    if (
        i in sentence_start
        and raw[1:].islower()
        and w not in lx.NOUN_CLASSES
        and _name_like(d.raw[after])
        and not d.used[after]
    ):
        return True  # "Sit SQE1 in July": an order opens with its verb, then what it names
    if i in sentence_start and nxt == "as" and d.at[after + 1] in lx.DETERMINERS_INDEFINITE:
        return True  # "Retrain as a paramedic": an order to become a role
    # A bare object and a complement: "hand leaflets to every visitor", "make progress on".
    follow = d.at[after + 1]
    # A bare object of one or two words, then a preposition or the end: "use formative
    # assessment in every lesson".
    two = (
        d.raw[after + 1 : after + 2] != []
        and d.raw[after + 1].isalpha()
        and d.raw[after + 1].islower()
        and d.at[after + 2] in lx.PREPOSITIONS
    )
    return (
        d.raw[after].isalpha()
        and d.raw[after].islower()
        and not nxt.endswith("ly")
        and nxt not in lx.PRONOUNS
        and (
            follow in lx.PREPOSITIONS
            or two
            or (nxt.endswith("s") and not nxt.endswith("ss") and follow in (".", ",", ";", ""))
        )
    )


def _names_one(d: _Doc, lo: int, hi: int) -> bool:
    """A name (a capital, as read, in the noun phrase at ``lo``) says which one: "my LinkedIn
    profile", "the Xero ledger"."""
    return any(
        d.raw[k][:1].isupper() and d.raw[k].isalpha() and d.low[k] != "i"
        for k in range(lo, _np_end(d, lo, hi))
    )


def _title_after(d: _Doc, k: int, sentence_start: frozenset[int]) -> bool:
    """Capitalised words at ``k`` that are all the object ("Chief Constable", "Sergeant"), not
    a name before a thing ("Christmas cakes", "Lego models"): a title, as read mid-sentence."""
    if k in sentence_start or not (d.raw[k].istitle() and d.raw[k].isalpha()):
        return False
    if d.low[k] in lx.NOT_NAMES or d.low[k] in lx.MONTHS or d.low[k] in lx.WEEKDAYS:
        return False
    m = k + 1
    while m < d.n and d.raw[m].istitle() and d.raw[m].isalpha() and m < k + 3:
        m += 1
    return (
        m >= d.n
        or not (d.raw[m].isalpha() and d.raw[m].islower() and not d.used[m])
        or (d.low[m] in lx.PREPOSITIONS)
    )
