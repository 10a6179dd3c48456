"""The clause's roles and anchors.

Stages of :func:`careerkit._smart.text.action.read_clause`: the roles the goal names ("become a
team lead") and what anchors its object (a count, a name, "every"). Which of its figures
measure nothing is read in :mod:`careerkit._smart.text.idle_figures`.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.casing import capital_code
from careerkit._smart.text.leading_phrases import _lead_only
from careerkit._smart.text.numbers import _is_year
from careerkit._smart.text.objects import (
    _abstract,
    _kind_plural,
    _modified_plural,
    _narrowed,
    _np_end,
)
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.tokens import _Doc, lemma


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
            if (
                low[k] in lx.OWN_BODY_NOUNS
                and d.at[k - 1] in lx.FIRST_PERSON_POSSESSIVES
                and d.at[k + 1] in _IDIOM_PARTICLES
            ):
                continue  # "get my head around X": the writer's own head, an idiom
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
    if (
        verb in ("be", "become")
        and d.at[c.after] in lx.GRADE_LABELS
        and d.at[c.after + 1][:1].isdecimal()
        # "be band 6 by June"; "be band 6 ready" says a state of it
        and (
            c.after + 2 >= g_hi
            or not d.raw[c.after + 2][:1].isalpha()
            or d.at[c.after + 2] in lx.PREPOSITIONS
        )
    ):
        role_target = role_named = True  # "be band 6", "become tier 3": a grade held, a role
    if not role_named and _as_an_agent(d, c.after, g_hi):
        role_named = True  # "train as a colourist", "register as a childminder": the capacity
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
        # in lower case after its first word, as read ("COMPLETE FIRE WARDEN COURSE"), but
        # for acronyms and "I", which every writer spells in capitals ("ship the build by GDC")
        and (
            raw[main].islower()
            or d.case == "lower"  # a writer who opens no sentence with a capital
            or (main == 0 and not any(map(_capital_word, raw[1:])))
        )
        and d.at[d.n - 1] not in lx.SENTENCE_ENDS
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
        # a denial leaves what it acts on named ("never ship a drawing with a tolerance
        # error"); a light verb's noun under it is what is to be avoided ("never make a
        # mistake on a tax return"), an event, not a thing
        or (
            _narrowed(d, c.obj_lo, c.obj_hi, g_hi) and (not c.negated or verb not in lx.LIGHT_VERBS)
        )
        or (_modified_plural(d, c.obj_lo, c.obj_hi) and verb_class == "deliverable")
        or _counted(d, c.obj_lo, c.obj_hi)
        or _stands_for_earlier(d, main, obj_words)
        or elided_object(c)
        or _move_between(d, main + 1, g_hi)
        or _year_before_head(d, c.obj_lo, c.obj_hi)
        or _kind_of_activity(d, c.obj_lo, c.obj_hi)
        or _kind_plural_object(c)
    )


def _kind_plural_object(c: Clause) -> bool:
    """The object right after the action is a plural with no determiner after a modifier that
    names its kind ("host author events", "chase supplier invoices"): see
    objects._kind_plural. A change named as a noun ("make small improvements") is a direction."""
    return (
        c.verb_class == "deliverable"
        and not c.negated
        and c.after == c.obj_lo  # "chase up sources", "specialise in hybrids": not right after it
        and c.verb not in lx.LIGHT_VERBS
        and not c.abstract_obj
        and not c.comparatives
        and not c.vague_states
        and _kind_plural(c.d, c.obj_lo, c.obj_hi)
    )


def _kind_of_activity(d: _Doc, lo: int, hi: int) -> bool:
    """The object is a noun of an activity in "-ing" that a concrete noun before it names the
    kind of ("forklift training", "safeguarding training", "manual handling training"), as a
    course is named; not a quality to grow ("leadership training") nor a vague word."""
    if hi - lo < 2:
        return False
    head, before = d.low[hi - 1], d.low[hi - 2]
    return (
        len(head) > 5
        and head.endswith("ing")
        and d.raw[hi - 1].isalpha()
        and d.raw[hi - 2].isalpha()
        and d.raw[hi - 2].islower()
        and not _abstract(before)
        and before not in lx.QUALITY_WORDS
        and before not in lx.VAGUE_STATES
        and before not in lx.VAGUE_QUANTIFIERS
        and before not in lx.DETERMINERS
        and before not in lx.POSSESSIVES
        and before not in lx.COMPARATIVES
        and (
            not before.endswith(_NOT_A_KIND_ENDINGS)  # "advanced", "internal", "relevant"
            or before.endswith(_NOUNS_LIKE_ADJ_ENDINGS)  # "equipment training", "incident training"
        )
        and before + "s" not in lx.WEEKDAYS_PLURAL  # "weekend", "evening": when, not what
    )


# Endings of the words before an activity that say how much or how good it is ("additional",
# "advanced", "specialist", "better", "weekly", "latest"), not what kind it is.
_NOT_A_KIND_ENDINGS = (*lx.ADJ_ENDINGS, "ist", "ly", "er", "est")
# Endings of nouns among those: "equipment", "payment", "incident", "accident".
_NOUNS_LIKE_ADJ_ENDINGS = ("ment", "ident")


def _year_before_head(d: _Doc, lo: int, hi: int) -> bool:
    """A year before the object's head says which one, with or without "the": "plan the 2028
    budget", "submit 2026 tax return", "update my 2027 training plan"."""
    return any(
        d.digit_first[k] and _is_year(d.low[k]) is not None and d.raw[k + 1][:1].isalpha()
        for k in range(lo, hi - 1)
    )


def _move_between(d: _Doc, k: int, hi: int) -> bool:
    """The action names a move by both its ends, right after it: "go from private to colonel",
    "move from support into technical writing", "go from part-time to full-time". Where it
    starts and where it ends say what changes, as "from 3 to 5" does; an end that is a quality
    ("from good to great") or the same word twice ("from strength to strength") says only that
    things get better. Ends with figures ("from a 4 to an 8") are read as figures."""
    if d.at[k] != "from":
        return False
    for j in range(k + 2, min(hi, k + 6)):
        if d.at[j] in ("to", "into"):
            end = j + 1
            while end < min(hi, j + 5) and not d.used[end] and _in_word(d, end):
                if d.at[end] in lx.PREPOSITIONS:
                    break
                end += 1
            said = [w for w in d.low[j + 1 : end] if w != "-"]
            return (
                bool(said)
                and not any(d.digit_first[k + 1 : end])  # figures are read as figures
                and not any(
                    w in lx.VAGUE_STATES or w in lx.COMPARATIVES or w in lx.SUPERLATIVES
                    for w in said
                )
                and not said[-1].endswith(lx.ADJ_ENDINGS)
                and said[0] != d.at[k + 1]  # "from strength to strength": an idiom of going on
            )
        if not _in_word(d, j):
            return False  # "from 9am, call ...": the phrase ends before any "to"
    return False


def _in_word(d: _Doc, j: int) -> bool:
    """Token ``j`` is a word or a number, or a hyphen inside one ("part-time")."""
    return d.raw[j][:1].isalnum() or d.after_hyphen(j + 1)


def _stands_for_earlier(d: _Doc, main: int, obj_words: list[str]) -> bool:
    """The object is a pronoun for a definite noun phrase in a clause before the action:
    "Since the storm took out the north block, replant it", "When the new boiler arrives,
    have it serviced", "The harbour master left; appoint a new one": as concrete as the noun
    it stands for."""
    if not obj_words or main == 0:
        return False
    low = d.low
    end = main - 1
    if obj_words[0] not in _STAND_INS:
        # "a new one", "the other one": "one" after a determiner is a pronoun too, for a
        # noun in an earlier clause ("we need to" before it says nothing of which)
        if obj_words[-1] != "one" or obj_words[0] not in lx.DETERMINERS or len(obj_words) < 2:
            return False
        while end > 0 and low[end] not in lx.CLAUSE_EDGES:
            end -= 1
        if end <= 0:
            return False
    elif _lead_only(d, main):
        # "My CSCS card runs out in May. Need to renew it.": only the lead stands before the
        # action in its sentence, and the pronoun may stand for a thing an earlier one names
        return _named_in_earlier_sentence(d, main)
    return _antecedent_named(d, max(0, main - 20), end)


def elided_object(c: Clause) -> bool:
    """An order that ends with its verb after a sentence that names a thing ("BOSIET runs out
    soon. Renew.", "The Elm Road survey is overdue. Book."): the verb acts on that thing, as
    "renew it" would. Read once a clause, kept on it (S and M both ask)."""
    if c.elided is None:
        c.elided = _elided_object(c)
    return c.elided


def _elided_object(c: Clause) -> bool:
    d = c.d
    k = c.verb_at
    if c.obj_words or c.verb_class != "deliverable" or d.at[k + 1] not in lx.SENTENCE_END:
        return False  # most clauses: an object, or more words after the verb
    if lemma(d.low[k]) in lx.OBJECTLESS_VERBS:
        return False  # "The boss is mad. Run.": a verb that stands alone acts on nothing
    return k == c.main and _named_in_earlier_sentence(d, k)


def _named_in_earlier_sentence(d: _Doc, main: int) -> bool:
    """A sentence before the one holding ``main`` names a thing for a pronoun after the
    action to stand for (see :func:`_antecedent_named`); looks at most 20 words back."""
    lo = max(0, main - 20)
    k = main - 1
    while k > lo and not _clause_edge(d, k):
        k -= 1  # no further back than the words the search reads
    # "EV Level 3 qualification: aim to have it": a label names the thing, as a sentence does
    return k > lo and _antecedent_named(d, lo, k)


def _clause_edge(d: _Doc, k: int) -> bool:
    """The token at ``k`` ends a clause before the goal's: a sentence's end, a label's mark, a
    semicolon, or "and"/"but" that the goal's lead follows with no subject of its own ("I led
    the rota and want to keep leading it"; in "My team and I want to" it joins subjects)."""
    w = d.low[k]
    if w in lx.SENTENCE_END or w in lx.LABEL_DASHES or w == ";":
        return True
    return w in ("and", "but") and d.at[k + 1] not in lx.SUBJECTS and d.at[k + 1] in _WISH_LEADS


# Words of a wish or a need that open the lead after "and": "... and want to", "and need to".
_WISH_LEADS = lx.INTENT | lx.MODALS


def _antecedent_named(d: _Doc, lo: int, hi: int) -> bool:
    """A thing is named in ``lo:hi`` for a later pronoun to stand for: a definite noun
    phrase ("the north block", "my DBS check"), a code in capitals ("BOSIET", "CSCS") or a
    label noun and its number, which name one thing in any casing ("EV LEVEL 3
    QUALIFICATION: AIM TO HAVE IT"); not one named in a time ("since the merger" is when)."""
    low = d.low
    return any(
        (
            (
                (low[k] in lx.DETERMINERS_DEFINITE or low[k] in lx.POSSESSIVES)
                and d.raw[k + 1][:1].isalpha()
                and not _abstract(low[k + 1])
                and low[k + 1] not in _TIME_HEADS
            )
            or (capital_code(d.raw[k], low[k]) and not d.used[k])
            or (
                (low[k] in lx.LABEL_NOUNS or low[k] in lx.GRADE_LABELS)
                and d.at[k + 1][:1].isdecimal()
            )
        )
        and not _in_a_time(d, k)
        for k in range(lo, hi)
    )


def _in_a_time(d: _Doc, k: int) -> bool:
    """The thing named at ``k`` follows "since", "after" or the like and ends its clause: it
    says when ("stressed since the merger and want to fix it"); one with a verb after it
    opens a clause of its own ("Since the harbour master left, ... appoint a new one")."""
    if k == 0 or d.low[k - 1] not in _WHEN_WORDS:
        return False
    m = k + 1
    while m < min(d.n, k + 5) and d.raw[m][:1].isalnum() and d.low[m] not in _CLAUSE_JOINS:
        m += 1
    return m >= d.n or d.low[m] in _CLAUSE_JOINS or d.low[m] in lx.SENTENCE_END


# Words that end a clause after a thing named in a time: "since the merger and ...".
_CLAUSE_JOINS = frozenset({",", ";", "and", "but", "so"})


# Words after "the" that start a time, not a thing: "the end of March", "the next month".
_TIME_HEADS = lx.MOD_WORDS | lx.PERIOD_WORDS | {"next", "last", "first", "day", "time", "deadline"}
# Prepositions after which a thing named tells when: "since the merger", "after my exams".
_WHEN_WORDS = frozenset({"since", "after", "before", "until", "till", "during"})


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Pronouns that stand for a thing named before them.
_STAND_INS = frozenset({"it", "them"}) | _DEMONSTRATIVES


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
    if obj_words in (["there"], ["here"]):
        return True  # "Start there.": a place pointed at, with nothing made or done there
    return (
        bool(obj_words)
        # "When the new hire starts, pair with them": a pronoun with a noun before it to
        # stand for is as concrete as that noun
        and (
            main == 0
            or (_lead_only(d, main) and not _named_in_earlier_sentence(d, main))
            or _abstract_label(d, main)
        )
        and (obj_words[0] in lx.PRONOUNS or obj_words[0] in _DEMONSTRATIVES)
        and all(  # "it", "this done", "that off", "it signed off", "it going": no noun after it
            w in lx.PARTICLES
            or w in lx.COMPLETION_PARTICIPLES
            or w in lx.CAUSED_OUTCOMES  # "make it happen": still no noun
            or w.endswith("ed")
            or (w.endswith("ing") and obj_words[0] not in lx.POSSESSIVES)  # not "my spending"
            for w in obj_words[1:]
        )
    )


def _abstract_label(d: _Doc, main: int) -> bool:
    """A field name of one abstract word before the action ("Fitness: keep it up", "Admin -
    stay on top of it"): a pronoun standing for it is as vague as it is."""
    k = main - 1
    while k >= 0 and not d.low[k].isalnum():
        k -= 1  # the colon or the dash after the field name
    return k == 0 and k < main - 1 and _abstract(d.low[k])


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


def _as_an_agent(d: _Doc, k: int, hi: int) -> bool:
    """Does "as a" or "as an" at ``k``, right after the action, name the capacity it is done
    in, by a noun for a person who does a job ("train as a colourist", "register as a
    childminder")? "as a matter of", "as a result" say how, not who."""
    if d.at[k] != "as" or d.at[k + 1] not in ("a", "an"):
        return False
    end = _np_end(d, k + 2, hi)
    return end > k + 2 and d.at[end] != "of" and _agent_noun(d, end - 1)


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


def _capital_word(r: str) -> bool:
    """A word with a capital that is not all capitals: "Paris", "June", "LinkedIn"."""
    return r[:1].isupper() and not r.isupper()


def named_membership(c: Clause) -> bool:
    """ "be on the Law Society panel", "be in the county squad": a place in a named body, held
    or not, like a role; S and M both read it here."""
    return (
        c.verb_class == "state"
        and c.verb == "be"
        and c.d.at[c.after] in _MEMBER_PREPOSITIONS
        and c.named
        and not c.comparatives
        and not c.vague_states
    )


_MEMBER_PREPOSITIONS = frozenset({"on", "in", "onto", "into"})


# What follows the writer's own body in an idiom ("get my head around", "get my head round"),
# not a role's complement ("our head of marketing").
_IDIOM_PARTICLES = frozenset({"around", "round"})
