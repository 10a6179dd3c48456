"""Which clause is the goal: statements of how things are or were, told before the wish.

"Warehouse 3 has 42 pickers; I want to ...", "We milk 220 cows twice a day and I'd like to
...", "The nightly ETL takes 6 hours. Make it faster.": the first clause has a subject and a
finite verb and no wish, modal or order; it tells the situation. The goal is the clause after
it that wishes, promises or orders, and the situation's figures and dates are not the goal's.
Told by grammar (a subject, a finite verb, the clause that holds the modal), not by topic.

The same grammar tells a figure or a word in a later clause that says how things are ("Raise
attendance by Easter; it's 12 families a week"): see told_figures.py.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _main_verb
from careerkit._smart.text.passive import passive_order
from careerkit._smart.text.tense import BEEN, never_clause_end, never_so_far, past_form
from careerkit._smart.text.tokens import _Doc, lemma, measuring_participle

# Pronouns that are the subject of a finite verb right after them: "I train", "we milk".
_PRONOUNS = lx.PERSONAL_SUBJECTS | {"it"}
# Contractions that hold a modal: a wish or a promise, never a statement of how things are.
_MODAL_FORMS = lx.MODAL_CONTRACTIONS | {"you'll", "let's", "lets"}
# Contractions that hold a finite verb: "I'm a nurse", "we've got 3 vans", "we're 12 people".
_FINITE_FORMS = frozenset({"i'm", "i've", "we're", "we've", "they're", "they've", "it's"})
# Words that say a goal comes after what is done: "Completed level 2. Next: level 3."
_SEQUENCE = frozenset({"next", "now", "then", "after"})
# Subjects of a remark on what was done: "That was hard.", "It took a year."
_REMARK_SUBJECTS = frozenset({"that", "it", "this"})
# Words of a deadline: a first sentence in the past that holds one states a result to reach.
_DEADLINE_MARKS = frozenset({"by", "before", "until", "within"})
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
    if past_form(d, 0) and d.raw[0].isalpha() and d.low[0] not in BEEN:
        # "Completed chainsaw ticket 2024. Next: tree climbing.": a note of what is done,
        # with no subject, then the goal in a sentence of its own
        b = next(d.find_in(_STOPS, 1, d.n), None)
        if b is None or not _DEADLINE_MARKS.isdisjoint(d.low[:b]):
            # "Reduced churn to 5% by March. Then review pricing.": a result written as done
            # by its deadline, the way key results are, is the goal itself
            return None
        lo = b + 1
        while lo < d.n and (
            d.low[lo] in _SEQUENCE
            or d.low[lo] in (",", ":")
            or (d.low[lo] == "that" and d.low[lo - 1] == "after")
        ):
            lo += 1  # "Next: tree climbing", "After that, ...": what comes after it
        if d.at[lo] in _REMARK_SUBJECTS and lo + 1 < d.n and past_form(d, lo + 1):
            # "Passed my test. That was hard. Buy a car by June.": a remark on what was done
            b = next(d.find_in(_STOPS, lo + 1, d.n), None)
            lo = b + 1 if b is not None else d.n
        return lo if lo < d.n else None
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


# Forms of "be": a figure after one says what something is.
_BE = frozenset({"is", "are", "was", "were", "am", "i'm", "we're", "it's", "they're"})


def _figure_at(d: _Doc, k: int) -> bool:
    """A figure starts at ``k``: "120", "$4,000"."""
    return d.at[k][:1].isdecimal() or d.at[k] in lx.CURRENCY_SYMBOLS
