"""Which clause is the goal: statements of how things are or were, told before the wish.

"Warehouse 3 has 42 pickers; I want to ...", "We milk 220 cows twice a day and I'd like to
...", "The nightly ETL takes 6 hours. Make it faster.": the first clause has a subject and a
finite verb and no wish, modal or order; it tells the situation. The goal is the clause after
it that wishes, promises or orders, and the situation's figures and dates are not the goal's.
Told by grammar (a subject, a finite verb, the clause that holds the modal), not by topic.

The same grammar tells a figure or a word in a later clause that says how things are ("Raise
attendance by Easter; it's 12 families a week"): :func:`told_as_situation`, :func:`in_told_clause`.
"""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _main_verb
from careerkit._smart.text.facts import QuantityFact
from careerkit._smart.text.passive import passive_order
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.subjects import _subject_speaks
from careerkit._smart.text.tense import never_clause_end, never_so_far, past_form
from careerkit._smart.text.tokens import _Doc, lemma, measuring_participle

# Pronouns that are the subject of a finite verb right after them: "I train", "we milk".
_PRONOUNS = lx.PERSONAL_SUBJECTS | {"it"}
# Contractions that hold a modal: a wish or a promise, never a statement of how things are.
_MODAL_FORMS = lx.MODAL_CONTRACTIONS | {"you'll", "let's", "lets"}
# Contractions that hold a finite verb: "I'm a nurse", "we've got 3 vans", "we're 12 people".
_FINITE_FORMS = frozenset({"i'm", "i've", "we're", "we've", "they're", "they've", "it's"})
# Words that join a second clause to the first: "... and I'd like to", "... but I want to".
_JOINS = frozenset({"and", "but", "so", ","})
_STOPS = lx.SENTENCE_END
# Words in -s that are no plural noun: "Always be on time", "Perhaps take ...".
_NOT_PLURALS = frozenset(
    {"always", "sometimes", "perhaps", "besides", "towards", "afterwards", "thus", "plus"}
    | {"unless", "does", "has", "was", "its", "his", "hers", "ours", "yours", "theirs", "ourselves"}
)
# Words after "so" that do not open an order: "so that", "so much", "so far", "so many".
_NOT_ORDERS = frozenset({"that", "much", "many", "far", "few", "little", "long", "yes", "no"})
# Words that open a clause of cause or contrast before its subject: "Since the client ...".
_SUBORDINATORS = frozenset({"since", "because", "as", "although", "though", "now", "given"})
# Pronouns that end a subject joined by "and": "Priya and I", "the vets and we".
_JOINED_PRONOUNS = frozenset({"i", "we", "they"})


def situation_end(d: _Doc) -> int | None:
    """Where the goal clause starts when the text opens with statements of how things are
    or were and the next clause states the wish; None when the first clause is the goal."""
    if d.low[0] == "never" and never_so_far(d, 0):
        # "Never used Python; become ...": where the goal starts from, then the goal
        end = never_clause_end(d, 0)
        return end + 1 if end is not None else None
    if d.low[0] in lx.VERBS and not d.used[0]:
        return None  # most goals open with their action: nothing more to read
    lo = 0
    for _ in range(3):  # "We have 3 vans. We cover 40 postcodes. I want to ..."
        k = _subject_at(d, lo)
        if k is None or d.at[k + 1] in lx.MODALS or d.at[k] in _MODAL_FORMS:
            return None  # an order or "I will ...": the first clause is the goal
        b = _clause_end(d, lo)
        if b is None or not _states(d, lo, b, narrowed=d.low[b] in lx.SENTENCE_ENDS):
            return None
        lo = b + 1
        while lo < d.n and (d.low[lo] in _JOINS or d.low[lo] in _STOPS):
            lo += 1
        if lo >= d.n:
            return None
        if _wishes(d, lo):
            return lo
    return None


def only_states(d: _Doc) -> bool:
    """Does the text only tell how things are ("Clients keep asking for rewrites, which slows
    delivery.")? One sentence, with a subject, a finite verb and no wish, modal or order
    anywhere: there is no goal action in it to judge."""
    if d.low[0] in lx.VERBS and not d.used[0]:
        return False
    k = _subject_at(d, 0)
    if k is None or d.at[k + 1] in lx.MODALS or d.at[k] in _MODAL_FORMS:
        return False
    end = d.n - 1 if d.low[d.n - 1] in _STOPS else d.n
    if any(d.low[m] in _STOPS or _so_order(d, m) for m in range(k, end)):
        return False  # a second sentence or an order after "so" may hold the goal
    # Others as the subject, told in the present ("clients keep", "the drivers miss"): a
    # goal in the first person ("I publish 2 posts a month") or an order is not read so.
    told = any(_plural_present(d, m) for m in range(k + 1, min(end, k + 4)))
    return told and _states(d, 0, end)


def _clause_end(d: _Doc, lo: int) -> int | None:
    """The end of the clause from ``lo``: a sentence end, a semicolon, or a join ("and",
    "but", a comma) after which a subject wishes or promises; None within 40 tokens."""
    low = d.low
    for k in range(lo + 1, min(d.n - 1, lo + 40)):
        w = low[k]
        if w in _STOPS:
            if w in (".", "!", "?") and d.glued[k + 1]:
                continue  # "3.5", "e.g.": not a sentence end
            return k
        if w in _JOINS:
            m = k + 1
            at = d.at  # padded: the join may be the text's last word or next to it
            if at[m] in ("i", "we") or at[m] in _MODAL_FORMS:
                m += 1
            if at[m] in lx.MODALS or at[m] in lx.INTENT or at[m - 1] in _MODAL_FORMS:
                if at[m] in ("have", "got", "able", "going") and at[m - 1] not in _MODAL_FORMS:
                    continue  # "and I have 3 vans", "and we got ...": more of the same
                return k
            if _so_order(d, k):
                return k
    return None


def _states(d: _Doc, lo: int, hi: int, narrowed: bool = False) -> bool:
    """The clause ``lo:hi`` states a fact: it opens with a subject ("I", "our lab", "Warehouse
    3", "since the client") and a finite verb follows it; no wish, modal, plan or question."""
    low = d.low
    for k in range(lo, hi):
        w = low[k]
        if d.used[k]:
            continue  # a word of a time is no modal: "in May", "the 4th of May"
        if (
            w in lx.MODALS
            or w in _MODAL_FORMS
            or w == "?"
            or w in lx.GOAL_WORDS
            or (w == "to" and k > lo and (low[k - 1] in lx.INTENT or low[k - 1] in lx.BE_FORMS))
        ):
            return False  # "I'd ...", "my goal is to ...", "need to": a wish, not a fact
    at = _subject_at(d, lo)
    if at is None or at >= hi:
        return False
    k = at
    w = low[k]
    if w in _FINITE_FORMS:
        # "I'm sitting the exam in March": a plan told in the present, not a fact
        return not d.at[k + 1].endswith("ing")
    if w in _PRONOUNS:
        verb = k + 1
        while verb < hi and low[verb] in lx.ADVERBS:
            verb += 1  # "we only have 2 vans"
        return verb < hi and _finite(d, verb, pronoun=True)
    for m in range(k + 1, min(hi, k + 6)):
        if low[m] == "and" and d.at[m + 1] in _JOINED_PRONOUNS and m + 2 < hi:
            # "Ahmed and I share the desk", "My boss and I meet weekly": a subject joined
            # to a pronoun takes its verb after the pronoun, as the pronoun alone does
            return _finite(d, m + 2, pronoun=True)
        if _finite(d, m, pronoun=False) or _plural_present(d, m) or _after_habit(d, m, k):
            return True
        if m > k + 1 and (w in lx.DETERMINERS or w in lx.POSSESSIVES) and _in_s(d, m):
            return True  # "the vet sees", "my line manager sits": a verb by its place
        if m == k + 1 and _base_after_plural(d, m):
            return True  # "Patients wait too long": the plural's verb, whatever the word
        if low[m] in lx.PREPOSITIONS and low[m] != "of":
            # "The budget for next year is tight", "Everyone on the ward works nights": a
            # phrase that narrows the subject, then its verb in "be" or a known finite form
            # (read so in a sentence of its own, where a clause after a comma is not at stake)
            return narrowed and _verb_after_phrase(d, m + 1, hi)
    return False


def _verb_after_phrase(d: _Doc, lo: int, hi: int) -> bool:
    """After a short phrase from ``lo`` that narrows a subject ("for next year", "on the
    ward"), a form of "be" or a known finite verb is the subject's verb; a verb in "-s" is
    one only after a determiner has opened the phrase's noun ("on the ward works", but "on
    billing calls" is a plural)."""
    determined = False
    for m in range(lo, min(hi, lo + 5)):
        w = d.low[m]
        if w in lx.PREPOSITIONS or w in lx.MODALS or w in lx.INTENT or not w[:1].isalnum():
            return False
        if (w in _BE or w in lx.FINITE_VERBS) and d.at[m + 1] != "to":
            return True
        if determined and m > lo + 1 and _in_s(d, m) and lemma(w) in lx.VERBS:
            return True
        determined = determined or w in lx.DETERMINERS or w in lx.POSSESSIVES
    return False


def _in_s(d: _Doc, m: int) -> bool:
    """A word in "-s" written in lower case, no "-ss", "-us" or "-is" ("boss", "bonus",
    "basis"): after a determiner and a noun it is the verb of that subject, whatever the
    word."""
    w = d.low[m]
    return (
        len(w) > 2
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s"))
        and d.raw[m].isalpha()
        and d.raw[m].islower()
        and w not in _NOT_PLURALS
        and w not in lx.PREPOSITIONS
    )


def _base_after_plural(d: _Doc, m: int) -> bool:
    """A base form in lower case right after a plural noun that opens the statement
    ("Patients wait", "Drivers grumble"): no ending of its own ("-ly", "-ed", "-ing", "-s")
    and no word of another class, so that place holds the plural's verb."""
    w, before = d.low[m], d.low[m - 1]
    return (
        d.raw[m].isalpha()
        and d.raw[m].islower()
        and not w.endswith(("ly", "ed", "ing", "s"))
        and len(before) > 3
        and before.endswith("s")
        and not before.endswith(("ss", "us", "is"))
        and before not in _NOT_PLURALS
        and d.raw[m - 1][1:].islower()
        and w not in lx.PREPOSITIONS
        and w not in lx.DETERMINERS
        and w not in lx.ADVERBS
        and w not in lx.MODALS
        and w not in lx.INTENT
        and w not in lx.CONJUNCTIONS
        and w not in lx.PRONOUNS
    )


def _subject_at(d: _Doc, lo: int) -> int | None:
    """Where the subject of the clause from ``lo`` starts ("Last year we ...", "Since the
    client ...": what comes first is passed), or None when the clause opens otherwise, as an
    order does ("Over the winter, build ...")."""
    low = d.low
    k = lo
    hi = min(d.n, lo + 12)
    while k < hi and (d.used[k] or not d.raw[k][:1].isalnum() or low[k] in _SUBORDINATORS):
        k += 1
    if k >= hi:
        return None
    w = low[k]
    if k > lo and d.used[k - 1] and (w in _BE or w in lx.FINITE_VERBS) and d.at[k + 1] != "to":
        # "2025 was a slow year", "Last winter was hard": the time is what is talked about
        return next(m for m in range(lo, k) if d.used[m])
    if (
        w in _FINITE_FORMS
        or w in _PRONOUNS
        or w in lx.DETERMINERS
        or w in lx.SUBJECT_OPENERS
        or w[:1].isdecimal()
        or (d.raw[k][:1].isupper() and lemma(w) not in lx.VERBS and w not in lx.LIGHT_VERBS)
    ):
        return k
    return None


def _finite(d: _Doc, k: int, pronoun: bool) -> bool:
    """A finite verb at ``k`` after its subject: "has", "takes", "complained", "lost"; after a
    pronoun any verb is ("I train", "we milk"), unless it is a plan ("we're opening")."""
    w = d.low[k]
    if d.at[k + 1] == "to" and (w in lx.INTENT or w in lx.BE_FORMS):
        return False  # "we need to", "the plan is to"
    if w in lx.FINITE_VERBS or w in lx.PAST_FORMS:
        return not (w in lx.BE_FORMS and d.at[k + 1].endswith("ing"))
    if not d.raw[k].isalpha() or not d.raw[k].islower():
        return False
    if d.at[k - 1] == "," and measuring_participle(d, k):
        return False  # "Our scrap rate, measured over December, should ...": how it is taken
    if pronoun:
        # "like" after a subject is the verb, not the preposition ("we like the rota")
        if w in lx.LIKING:
            return d.at[k + 1] != "to"
        return w not in lx.INTENT and w not in lx.PREPOSITIONS and w not in lx.DETERMINERS
    # "the client complained", "our lab publishes", "our depot runs": a past or third-person
    # form (a short word in -s only of a known verb: "bus", "gas" are none)
    if w.endswith("s") and lemma(w) != w and lemma(w) in lx.VERBS:
        return True
    return len(w) > 4 and (w.endswith("ed") or (w.endswith("s") and lemma(w) != w))


def _after_habit(d: _Doc, m: int, subject: int) -> bool:
    """A verb at ``m`` after its subject and an adverb of how often ("the market usually
    picks up", "the boiler often cuts out"): that position holds the finite verb, whatever
    the word, so the clause tells how things go."""
    w = d.low[m]
    return (
        m - 1 > subject
        and d.low[m - 1] in lx.HABIT_ADVERBS
        and d.raw[m].isalpha()
        and d.raw[m].islower()
        and w not in lx.PREPOSITIONS
        and w not in lx.DETERMINERS
        and w not in lx.MODALS
        and w not in lx.INTENT
    )


def _so_order(d: _Doc, k: int) -> bool:
    """Does an order follow "so" at ``k`` ("..., so tighten the brief template")? After a
    statement, "so" and a bare verb say what to do about it; "and" would add a second verb
    to the same subject ("we milk cows and sell cheese")."""
    m = k + 1 if d.at[k] == "," else k
    if d.at[m] != "so":
        return False
    w = d.at[m + 1]
    return (
        m + 1 < d.n
        and d.raw[m + 1].isalpha()
        and d.raw[m + 1].islower()
        and lemma(w) == w
        and (w in lx.VERBS or not w.endswith(("ly", "ed", "ing", "s")))
        and w not in _NOT_ORDERS
        and w not in lx.DETERMINERS
        and w not in lx.POSSESSIVES
        and w not in lx.PRONOUNS
        and w not in lx.PREPOSITIONS
        and w not in lx.ADVERBS
        and w not in lx.MODALS
    )


def _plural_present(d: _Doc, k: int) -> bool:
    """A verb in the present after a plural noun, its subject: "clients keep asking", "the
    vans need servicing"; a base form that an order would open with, here told as a fact."""
    w, before = d.low[k], d.low[k - 1]
    return (
        d.raw[k].isalpha()
        and d.raw[k].islower()
        and lemma(w) == w
        and w in lx.VERBS
        and len(before) > 3
        and before.endswith("s")
        and not before.endswith(("ss", "us", "is"))
        and before not in lx.VERBS
        and before not in lx.DETERMINERS
        and before not in lx.ADVERBS
        and before not in _NOT_PLURALS
        and d.raw[k - 1].isalpha()
        and d.raw[k - 1][1:].islower()  # "the CSCS test": an acronym, not a plural
    )


def _wishes(d: _Doc, lo: int) -> bool:
    """The clause from ``lo`` wishes, promises or orders: a modal, a word of intent, or a
    verb that opens a sentence ("Make it faster."). A clause whose subject points back ("It
    will not be easy!") is about what came before, and an order for the writer ("Wish me
    luck.") asks the reader: neither is a goal."""
    if d.low[lo] in _POINTING_BACK and (
        d.low[lo] not in lx.DETERMINERS or d.at[lo + 1] in lx.MODALS or d.at[lo + 1] in _BE
    ):
        return False  # "This will be hard", but "This year I want ...": "this" says which
    verb, _ = _main_verb(d, lo, d.n)
    if verb >= d.n or (verb == lo and d.at[verb + 1] == "me"):
        return False
    skipped = d.low[lo : verb + 1]  # "I want the shop to do well": the wish is the verb
    if any(w in lx.MODALS or w in _MODAL_FORMS or w in lx.INTENT for w in skipped):
        return True
    if verb == lo and passive_order(d, lo, d.n) is not None:
        return True  # "Minutes to be sent by Friday.": an order in the passive
    # An order opens its sentence with the verb, whatever it is ("Make it faster."), or
    # with an adverb of how or how often before it ("Never miss ...", "Always log ...")
    w = d.low[verb]
    return (
        all(a in lx.ADVERBS or a in lx.HABIT_ADVERBS for a in d.low[lo:verb])
        and (d.at[lo - 1] in _STOPS or _so_order(d, lo - 1))
        and d.raw[verb].isalpha()
        and w not in lx.DETERMINERS
        and w not in _PRONOUNS
        and (lemma(w) in lx.VERBS or w in lx.LIGHT_VERBS or _object_follows(d, verb))
    )


# Subjects that point back to what was said before: "It will not be easy!", "This matters."
_POINTING_BACK = frozenset({"it", "this", "that", "it's", "that's"})


def _object_follows(d: _Doc, k: int) -> bool:
    """After the word at ``k``, which opens a sentence, comes what an action acts on: a
    determiner ("Bill the client"), a figure ("Bill 1,600 hours") or a second verb it shares
    its object with ("Sit and pass the exam"). A subject is followed by its verb, not by an
    object, so the word is the verb of an order, whatever it is."""
    nxt = d.at[k + 1]
    if nxt in lx.OBJECT_OPENERS or _figure_at(d, k + 1):
        return True
    return nxt in ("and", "&") and lemma(d.at[k + 2]) in lx.VERBS


_CLAUSE_EDGES = lx.CLAUSE_EDGES
# Words that open a statement's subject: "Our NPS is 22", "The nightly run takes 3 hours".
_STATEMENT_SUBJECTS = frozenset(
    {"my", "our", "the", "their", "his", "her", "its", "this", "these", "we", "they", "it"}
    | {"he", "she", "i", "last", "having"}
)
# Forms of "be": a figure after one says what something is.
_BE = frozenset({"is", "are", "was", "were", "am", "i'm", "we're", "it's", "they're"})
# Words that make a clause a wish, a condition or a result, not a statement of how things
# are: "so that waits are under 10 minutes", "make sure uptime is 99.9%".
_NOT_A_STATEMENT = (
    lx.MODALS
    | lx.INTENT
    | (lx.GOAL_WORDS - {"resolution"})  # "first-contact resolution" is a metric's name
    | {"to", "that", "so", "sure", "until", "till", "once", "when", "if", "where", "whether"}
    | {"success", "measure", "kpi"}
)
# Words that tell a figure is how things are or were: "(currently 6 a month)", "92% last year".
_THEN_WORDS = frozenset({"currently", "presently", "now", "last", "previously", "baseline"})


def told_as_situation(c: Clause, q: QuantityFact) -> bool:
    """A figure told as how things are or were, not the result wanted: one in a statement
    ("Our first-contact resolution is 61%", "the ETL takes 3 hours", "last year we had 50,000
    visitors", "having hit 80% of quota") or in brackets marked as now or then ("(currently
    about 6 a month)", "(92% last year)"). A statement with a deadline of its own states the
    result wanted ("churn is under 5% by Q3")."""
    d = c.d
    i = bisect_left(d.st, q.span[0])
    lo = _clause_start(d, i)[0]
    if d.at[lo - 1] == "(":
        if any(d.digit_first[k] for k in range(max(0, lo - 5), lo - 1)):
            return False  # "in 5 working days (currently 9)": the before of a before/after
        hi = i
        while hi < min(d.n, i + 10) and d.low[hi] not in _CLAUSE_EDGES:
            hi += 1
        return not _THEN_WORDS.isdisjoint(d.low[lo:hi])
    j = bisect_left(d.st, q.span[1])
    if d.at[j] == "last" and d.at[j + 1] in lx.PERIOD_WORDS:
        return True  # "92% last year"
    if _after_goal_label(d, lo):
        return False  # "Success measure: the clinic sees 30 patients a day": the target
    if d.at[i - 1] in lx.LIMIT_WORDS or (d.at[i - 2], d.at[i - 1]) in _BOUND_PAIRS:
        return False  # "wait times are under 5 minutes": a limit, which a target sets
    if _told_as_past(d, lo, j, q.explicit) and not _object_of_action(c, i):
        return True
    if i - lo > 8 or not _NOT_A_STATEMENT.isdisjoint(d.low[lo:i]):
        return False  # too far from a subject, or a wish or a condition
    if lo == i and lo > 0 and _figure_is_subject(d, j):
        return True  # "... - 120 drops/day is what the fastest driver does"
    if _subject_opens(d, lo):
        if _past_statement(d, lo, i):
            return True
        stated = _statement(d, lo, i)
    else:
        stated = False  # no subject opens a statement before the figure ("Give 12 talks")
    # "...; I'm on 140kg", "... - we sit on 4.1 stars": the writer says how things are now,
    # after the goal or before one ("I'm working 50 hours a week so I need to delegate"); a
    # first clause in the present alone ("I'm running 3 times a week") is the goal
    now = _said_of_now(d, lo, i) and (lo > 0 or _goal_follows(d, j))  # the cheap test first
    return (stated or now) and not any(
        t.kind in ("end", "window", "event") and lo <= t.i < j + 8 for t in c.ctx.times
    )


def _clause_start(d: _Doc, i: int) -> tuple[int, bool]:
    """Where the clause holding the token at ``i`` starts, and whether a clause edge, a dash or
    a join with a subject of its own ("..., and I weigh 82kg") ends it there. A statement's
    subject and verb are a few words long: the walk looks no further back than ten words."""
    low = d.low
    lo = i
    floor = max(0, i - 10)
    while lo > floor:
        w = low[lo - 1]
        if w in _WALK_CHECKS:  # most words are none of these: one set test passes them
            if w in _CLAUSE_EDGES or _dash(d, lo - 1):
                return lo, True
            if w in ("and", "but") and low[lo] in _CLAUSE_SUBJECTS:
                return lo, True
        lo -= 1
    return lo, False


def in_told_clause(c: Clause, k: int) -> bool:
    """The word at ``k`` sits in a clause after the goal's own that tells how things are or
    were: "most" in "Raise attendance by Easter; it's 12 families most weeks", "fewer" in
    "Hire 2 porters by May - we had fewer last winter". Its comparatives and states describe
    that situation, not the result the goal reaches for."""
    d = c.d
    low = d.low
    lo, edge = _clause_start(d, k)
    # The goal's own clause, a bracket or a label ("Target: most ...") is not a statement.
    if not edge or lo <= c.main or d.at[lo - 1] == "(" or _after_goal_label(d, lo):
        return False
    if not _NOT_A_STATEMENT.isdisjoint(low[lo:k]) or not _subject_opens(d, lo):
        return False
    stated = _past_statement(d, lo, k) or _statement(d, lo, k) or _said_of_now(d, lo, k)
    return stated and not any(
        t.kind in ("end", "window", "event") and lo <= t.i < k + 8 for t in c.ctx.times
    )


# A limit of two words before a figure (one word: lx.LIMIT_WORDS): "at least 90%", "no more
# than 2".
_BOUND_PAIRS = frozenset(
    {("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("more", "than")}
    | {("no", "more"), ("no", "fewer"), ("no", "less")}
)
# Words of a label that introduces the result wanted: "Target:", "Success measure -", "KR2:".
_GOAL_LABELS = lx.GOAL_WORDS | lx.DEFINITION_WORDS | {"kpi", "measure", "metric", "kr", "okr"}


def _after_goal_label(d: _Doc, lo: int) -> bool:
    """The clause at ``lo`` follows a label naming the result wanted ("Target:", "Success
    measure -", "KR2:"): what it states is the target, not the situation."""
    if d.at[lo - 1] not in (":", "-", "–", "—"):
        return False
    return any(
        d.low[k] in _GOAL_LABELS or d.low[k].rstrip("0123456789") in _GOAL_LABELS
        for k in range(max(0, lo - 4), lo - 1)
    )


def _figure_is_subject(d: _Doc, j: int) -> bool:
    """The figure that ends before ``j`` opens a later clause as the subject of "be", and the
    clause holds no wish, goal word or time: "120 drops/day is what the fastest driver does",
    "9 hours is the norm here" (but "15 a week is the target", "30 is what I want")."""
    if d.at[j] in ("/", "a", "an", "per", "each", "every"):
        j += 2  # the period of a rate: "/day", "a week"
    if d.at[j] not in ("is", "are", "was", "were"):
        return False
    hi = j + 1
    while hi < min(d.n, j + 12) and d.low[hi] not in _CLAUSE_EDGES:
        hi += 1
    return _NOT_A_STATEMENT.isdisjoint(d.low[j:hi]) and not any(
        d.digit_first[k] for k in range(j, hi)
    )


def _goal_follows(d: _Doc, j: int) -> bool:
    """Later in the sentence, from ``j``, the writer states a goal of their own: "so I need to
    delegate more", "and I want to get to 7"."""
    stop = min(d.n, j + 15)
    for k in range(j, stop):
        w = d.low[k]
        if w in lx.SENTENCE_END:
            return False
        if _subject_speaks(d, k, _PRESENT_SUBJECTS):
            return True
    return False


def _dash(d: _Doc, k: int) -> bool:
    """A hyphen with a space on each side at ``k``: a dash between two clauses."""
    return d.at[k] == "-" and not d.glued[k] and not d.glued[k + 1]


# A subject and "be" in one word: "I'm on 140kg", "it's 14.2", "we're at 61%".
_SUBJECT_BE = frozenset({"i'm", "it's", "we're", "they're", "that's", "there's", "he's", "she's"})
# The writer and those with them as the subject of a verb in the present: "we sit on 4.1".
_PRESENT_SUBJECTS = frozenset({"i", "we", "they"})


def _said_of_now(d: _Doc, lo: int, i: int) -> bool:
    """``lo:i`` is the writer saying how things are, in the present: a subject joined to
    "be" ("I'm only shifting", "it's"), "there are", or "I"/"we" and the verb in action
    position after it ("we sit on", "I weigh"); the caller has checked that nothing in it makes
    it a wish."""
    w = d.low[lo]
    if w in _SUBJECT_BE:
        return True
    if w == "there":
        return d.at[lo + 1] in _BE
    if w not in _PRESENT_SUBJECTS:
        return False
    k = lo + 1
    if d.at[k] in lx.ADVERBS or d.at[k] in _NOW_ADVERBS:
        k += 1  # "we currently sit on", "I still weigh"
    return k < i and d.raw[k].isalpha() and d.at[k] not in lx.MODALS


# Subjects that open a clause of their own after "and" or "but".
_CLAUSE_SUBJECTS = _SUBJECT_BE | _PRESENT_SUBJECTS | {"there", "it"}
# Adverbs of now or of habit between a subject and its verb: "we currently sit on".
_NOW_ADVERBS = frozenset({"currently", "presently", "only", "usually", "normally", "still"})
# The words at which the walk back to a statement's subject may stop: an edge, a dash, a join.
_WALK_CHECKS = _CLAUSE_EDGES | {"-", "and", "but"}


def _statement(d: _Doc, lo: int, i: int) -> bool:
    """``lo:i`` is a subject and a finite verb in the present, with nothing that makes it a
    wish or a condition: "Our NPS is", "The nightly ETL takes", "My client weighs". The caller
    has checked that a subject opens ``lo:i`` and no wish or condition is in it."""
    for k in range(lo + 1, i):
        w = d.low[k]
        if w in _BE:
            return True
        if (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is"))
            and (lemma(w) in lx.VERBS or (_figure_at(d, k + 1) and not d.low[k - 1].endswith("s")))
            and d.low[lo] not in ("i", "we")
            and d.at[k - 1] not in lx.DETERMINERS
            and d.at[k - 1].isalpha()
        ):
            # "the ETL takes", "my client weighs": a verb after a singular subject, or a
            # word in "-s" right before the figure after one
            return True
    return False


def _figure_at(d: _Doc, k: int) -> bool:
    """A figure starts at ``k``: "120", "$4,000"."""
    return d.at[k][:1].isdecimal() or d.at[k] in lx.CURRENCY_SYMBOLS


def _past_statement(d: _Doc, lo: int, i: int) -> bool:
    """``lo:i`` tells what was: "Last year we had", "Having hit", "we scored" (a subject opening
    it, checked by the caller)."""
    if d.low[lo] == "having":
        return True
    for k in range(lo + 1, i):
        if d.at[k - 1] in lx.DETERMINERS:
            continue  # "a combined 40%": a past form as an adjective
        if past_form(d, k):
            return True
    return False


def _object_of_action(c: Clause, i: int) -> bool:
    """The figure at ``i`` is what the action acts on, after its determiner: "beat the 42 we
    served", "keep up the 30 a month I did" take the level that was as the one to reach."""
    after = c.after
    return (
        c.verb is not None
        and after <= i
        and all(c.d.at[m] in lx.DETERMINERS or c.d.at[m] in lx.PARTICLES for m in range(after, i))
    )


def _told_as_past(d: _Doc, lo: int, j: int, explicit: bool) -> bool:
    """The figure ending before ``j``, in the clause from ``lo``, is told as what was: a later
    clause opens with a verb in the past ("..., lost £2k on the Elm Rd job"), or a clause of
    the past right after a written figure describes it ("the 18 a month I managed last
    year"; the period of a rate goes with its count)."""
    if opens_past_note(d, lo):
        return True
    if not explicit:
        return False
    k = j
    if d.at[k] in ("a", "an", "per") and d.at[k + 1] in _RATE_PERIODS:
        k += 2  # "18 a month I managed": past the rate's period
    if d.at[k] in ("that", "which"):
        k += 1
    return d.at[k] in lx.PERSONAL_SUBJECTS and k + 1 < d.n and past_form(d, k + 1)


def opens_past_note(d: _Doc, k: int) -> bool:
    """A clause after the first opens at ``k`` with a verb in the past and no subject: a note
    of what happened ("...; lost £2k on the Elm Rd job", "... - overran by 3 weeks"), not an
    action to take."""
    return k > 0 and d.at[k - 1] in _PAST_NOTE_EDGES and past_form(d, k)


# Marks after which a note of what happened starts ("...; lost £2k", "... – overran by 3 weeks").
_PAST_NOTE_EDGES = frozenset({";", "-", "–", "—", ".", ":"})
# The periods of a rate told with its count: "18 a month", "6 a shift".
_RATE_PERIODS = lx.CALENDAR_NOUNS | {"shift", "night"}


def _subject_opens(d: _Doc, lo: int) -> bool:
    """The clause at ``lo`` opens with a subject, not an action: "Our NPS", "NPS", "we".
    Unlike ``_subject_at``, nothing before the subject is passed: only the clause's first
    word is read."""
    w = d.low[lo]
    if w in _STATEMENT_SUBJECTS or w in _SUBJECT_BE or w == "there":
        return True  # "Our NPS", "we", "it's", "there are"
    return d.raw[lo][:1].isupper() and lemma(w) not in lx.VERBS and w.isalpha()
