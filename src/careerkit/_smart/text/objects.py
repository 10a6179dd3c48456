"""What the action acts on: noun phrase ends, names, abstract heads, anchored comparatives,
and objects narrowed to which ones by a modifier or a complement."""

from __future__ import annotations

import unicodedata

from careerkit._smart import lexicon as lx
from careerkit._smart.lexicon._base import words
from careerkit._smart.text.figure_context import people_noun
from careerkit._smart.text.tokens import _Doc


def _np_end(d: _Doc, k: int, hi: int) -> int:
    """End of the noun phrase starting at ``k`` (stops at prepositions, punctuation, clauses)."""
    steps = 0
    low = d.low
    while k < hi and steps < 8:
        w = low[k]
        if (
            steps
            and (w == "-" or d.at[k - 1] == "-")  # most words: one look, no call
            and d.glued[k]
            and d.glued[k - 1]
        ):
            k += 1  # "the go-to person", "a one-on-one": a hyphenated word counts as one
            continue
        if w not in _NP_EDGE_WORDS and w[0].isascii():
            k += 1  # most words go on the phrase: no test below stops at them
            steps += 1
            continue
        if w in ("and", "or") and steps and _a_time(d, k - 1) and _dates_a_noun(d, k + 1, hi):
            # "Q3 and Q4 planning", "Monday and Thursday sessions": two times that date one
            # noun, as one time does
            k += 1
            steps += 1
            continue
        if (w in lx.BOUNDARY and (steps or w not in lx.NP_OPENERS)) or (
            w in lx.PREPOSITIONS and w != "of" and steps
        ):
            break
        if w == "of" and steps and d.at[k + 1] in lx.DETERMINERS_DEFINITE:
            break
        if not w[0].isascii() and unicodedata.category(w[0]) == "So":
            break  # an emoji decorates the goal; it is not part of the object
        if steps and (w in ("*", "•", "–", "—") or (w == "-" and not d.glued[k])):
            break  # a bullet or a dash starts what comes next
        if not steps and w in lx.TIME_PREPOSITIONS:
            break  # "stay until the end of June": no object before the time
        if w == "to" or (w in ("prior", "ahead") and d.at[k + 1] in ("to", "of")):
            break  # "submit the report prior to the review": the object ends at "prior"
        k += 1
        steps += 1
    return k


def _np_end_before_time(d: _Doc, lo: int, hi: int) -> int:
    """End of the noun phrase at ``lo`` (see _np_end) before the time words read at its end:
    in "the mentoring next month" the time is not part of what is named."""
    end = _np_end(d, lo, hi)
    while end > lo and d.used[end - 1]:
        end -= 1
    return end


# The words at which _np_end tests more than a hyphen before them: "and", "or", "of", the
# boundaries, prepositions, bullets and dashes, "to", "prior" and "ahead" (and any word that
# does not start with an ASCII character, which may be an emoji).
_NP_EDGE_WORDS = (
    lx.BOUNDARY
    | lx.PREPOSITIONS
    | lx.TIME_PREPOSITIONS
    | {"and", "or", "of", "*", "•", "–", "—", "-", "to", "prior", "ahead"}
)


def _a_time(d: _Doc, k: int) -> bool:
    """The token at ``k`` is part of a time: read as one, or the name of a day or a season."""
    return bool(d.used[k]) or d.at[k] in lx.WEEKDAYS or d.at[k] in lx.SEASONS


def _dates_a_noun(d: _Doc, k: int, hi: int) -> bool:
    """A time starts at ``k`` and a word follows it before ``hi``: "Q4 planning", "Thursday
    sessions"."""
    m = k
    while m < hi and _a_time(d, m):
        m += 1
    return k < m < hi and d.raw[m].isalpha()


def _is_named(d: _Doc, i: int, sentence_start: frozenset[int]) -> bool:
    """A proper name or acronym: AWS, LinkedIn, or a capital mid-sentence."""
    raw = d.raw[i]
    if not raw[:1].isalpha():
        return False
    low = d.low[i]
    if len(raw) == 1 and raw.isupper() and d.at[i + 1] == "-" and d.glued[i + 1]:
        return d.glued[i + 2] and d.raw[i + 2].isalpha()  # "A-level", "T-cell", "C-suite"
    if low in lx.NOT_NAMES or low in lx.MONTHS or low in lx.WEEKDAYS:
        return False
    if low in lx.METRIC_ACRONYMS or (low[-1] == "s" and low[:-1] in lx.METRIC_ACRONYMS):
        return False  # "KPIs", "OKRs", "NPS": the short name of a kind of figure, not a thing
    if len(raw) >= 2 and raw.isupper():
        return True
    if not raw[1:].islower() and raw[1:] != raw[1:].lower():
        return True  # LinkedIn, PyCon, eCornell
    if len(raw) <= 4 and raw[1:].isdecimal() and not d.used[i]:
        return True  # "ship v2", "the A3 poster": a letter and a number name a version or a size
    return raw[0].isupper() and i not in sentence_start


def _abstract(w: str) -> bool:
    return w in lx.ABSTRACT_NOUNS or (w.endswith("s") and w[:-1] in lx.ABSTRACT_NOUNS)


def _anchored_comparative(d: _Doc, k: int) -> bool:
    """'more than 5', '3 more talks', 'at least', 'or more', 'no less than 2' have a figure."""
    prev = d.at[k - 1]
    nxt = d.at[k + 1]
    if prev[:1].isdecimal() or prev in lx.UNITS or prev in ("or", "no", "once", "any", "and"):
        return True
    if nxt == "than" and (d.at[k + 2][:1].isdecimal() or d.at[k + 2] in lx.UNITS):
        return True
    if nxt == "than" and d.at[k + 2] in ("last", "the", "my", "in"):
        return False
    return prev == "a" and d.at[k - 2] in lx.UNITS


def _measure_example(verb: str | None, head: str) -> tuple[str, str]:
    """Words for a concrete hint: ("read", "books") -> e.g. 'read 12 books'."""
    if verb and head in lx.ARTIFACT_NOUNS and head.endswith("s"):
        return verb, head
    return "", ""


def _narrowed(d: _Doc, lo: int, hi: int, g_hi: int) -> bool:
    """An object narrowed to one thing by its modifiers or a complement.

    "Supplier Self-Service Portal" (several content words, no article, as titles are written),
    "leaflets to every clinic visitor", "a scheme for our web shop". A lone "a conference" or
    "conferences" is not narrowed.
    """
    # Modifiers before the head, a hyphenated compound counting once, up to a new noun
    # phrase: "a community fundraising walk" (two), not "a cross-functional project" (one).
    content: list[str] = []
    for k in range(lo, hi):
        w = d.low[k]
        if k > lo and w in lx.DETERMINERS_DEFINITE:
            break
        if w[:1].isalpha() and w not in lx.DETERMINERS and not d.glued[k] and not d.used[k]:
            content.append(w)
    if len(content) >= 3 and content[-1] not in lx.ABSTRACT_NOUNS:
        return True
    if (
        len(content) == 2
        and d.low[lo] in lx.DETERMINERS_INDEFINITE
        and content[-1] in lx.CREDENTIAL_NOUNS
        and d.at[lo + 2] == "-"
        and d.glued[lo + 2]
        and not d.low[hi - 2].endswith(lx.ADJ_ENDINGS)  # "a cross-functional project": a quality
    ):
        return True  # "a first-aid-at-work certificate": a hyphenated noun names its kind
    if (
        len(content) == 2
        and d.low[lo] in lx.DETERMINERS_INDEFINITE
        and content[-1] in lx.ARTIFACT_NOUNS
        and _kind_of(content[0])
        and content[0] in d.low[lo + 1 : lo + 2]  # the modifier right after "a", not hyphened
        and not d.glued[lo + 2]
    ):
        return (
            True  # a noun naming the kind of a made thing: "a case report", "a portfolio website"
        )
    # A name as a modifier says which: "a Saturday clinic", "a Python course".
    for k in range(lo + 1, hi - 1):
        if (
            d.raw[k][:1].isupper()
            and d.raw[k].isalpha()
            and d.low[k - 1] in lx.DETERMINERS_INDEFINITE
            and d.raw[k - 1].islower()  # in Title Case every word has a capital
        ):
            return True
    # A period as a modifier says which: "a Q3 marketing plan", "Q2 Volunteer Rota".
    for k in range(lo, hi - 1):
        if d.used[k] and d.raw[k][:1].isalnum() and d.raw[k + 1][:1].isalpha():
            return True
    # A complement that says which, or the one after it: "a talk to senior leadership on
    # the Q1 results".
    k = hi
    for _ in range(2):
        if k >= g_hi or d.low[k] not in lx.COMPLEMENT_PREPOSITIONS:
            return False
        if d.used[k]:
            # An occasion says which as well: "a talk at the conference"; a date does not.
            end = k + 1
            while end < g_hi and d.used[end] and d.raw[end].isalpha():
                end += 1
            occasion = d.low[end - 1] if end > k + 2 else ""
            return (
                d.low[k] == "at"
                and d.at[k + 1] in lx.DETERMINERS_DEFINITE
                and occasion.isalpha()
                and occasion not in lx.CALENDAR_NOUNS
            )
        end = _np_end(d, k + 1, g_hi)
        tail = [d.low[m] for m in range(k + 1, end) if not d.used[m]]
        head = tail[-1] if tail else ""
        if head[:1].isdecimal() and len(tail) > 2 and tail[-2] == "of":
            head = tail[-3]  # "for parties of 8": of the size it says, the head is "parties"
        if (
            len(tail) >= 2
            and head[:1].isalpha()
            and head not in lx.ABSTRACT_NOUNS
            and head not in lx.VAGUE_STATES
            and head not in lx.PRONOUNS
            and not lx.VAGUE_QUANTIFIERS.intersection(tail)
        ):
            return True
        k = max(end, k + 1)
    return False


def _modified_plural(d: _Doc, lo: int, hi: int) -> bool:
    """The object ``lo:hi`` is people, a bare plural after one modifier that says which of
    them: "visit housebound parishioners", "shadow senior pharmacists". Which ones is said (S);
    how many is not, so it is no one-off result (M). Things are not picked out this way: "unit
    tests", "physio exercises" name a kind of thing, still any of them."""
    if hi != lo + 2:
        return False
    head = d.low[lo + 1]
    return (
        not d.used[lo]
        and not d.glued[lo + 1]
        and d.raw[lo + 1].isalpha()
        and _people(head)
        and _says_which(d.low[lo])
    )


# Endings that make a noun a person ("parishioners", "councillors", "pharmacists",
# "volunteers", "teenagers"); a bare "-er" names things as often ("dinners", "posters").
_PERSON_ENDINGS = (*lx.JOB_ENDINGS, "or", "ioner", "eer", "ager")


def _people(w: str) -> bool:
    """A plural noun for people: listed, or a person by the ending of a doer."""
    if not (len(w) > 4 and w.endswith("s") and not w.endswith("ss")):
        return False
    return people_noun(w) or w[:-1].endswith(_PERSON_ENDINGS)


def _person_noun(w: str, endings: tuple[str, ...] = (), longer_than: int = 0) -> bool:
    """Does ``w`` name a person by their role ("manager", "chef", "trainee"), or, with
    ``endings``, by what they do ("gardener", "sommelier"), when longer than ``longer_than``
    letters ("sponsor", not "door")? Each reader picks the endings its place allows."""
    return w in lx.ROLE_NOUNS or (len(w) > longer_than and w.endswith(endings))


def _says_which(w: str) -> bool:
    """A modifier that picks out some of the things its noun names ("housebound", "author",
    "asylum"), not a quality anyone may claim ("good", "big", "new") or a direction."""
    return (
        w.isalpha()
        and len(w) > 2
        and not w.endswith(("er", "est", "ly"))
        and w not in lx.QUALITY_WORDS
        and w not in lx.GENERIC_ROLE_WORDS
        and w not in lx.ABSTRACT_NOUNS
        and w not in lx.VAGUE_STATES
        and w not in lx.VAGUE_QUANTIFIERS
        and w not in lx.PRONOUNS
    )


def _kind_of(w: str, nouns_in_er: bool = False) -> bool:
    """A modifier shaped like a noun that names a kind ("case", "portfolio", "training"), not
    a quality ("big", "online", "personal", "better") or an abstract word ("leadership").
    With ``nouns_in_er``, a word in "-er" that is no comparative names a kind too ("customer
    emails", "speaker events")."""
    return (
        w.isalpha()
        and len(w) > 3
        and not w.endswith(lx.ADJ_ENDINGS)
        and not w.endswith(("est", "ly"))
        and (nouns_in_er or not w.endswith("er"))
        and w not in lx.QUALITY_WORDS
        and w not in lx.GENERIC_ROLE_WORDS
        and w not in lx.ABSTRACT_NOUNS
        and w not in lx.VAGUE_STATES
        and w not in lx.COMPARATIVES
    )


def _kind_plural(d: _Doc, lo: int, end: int) -> bool:
    """The words ``lo:end`` are a plural with no determiner after a modifier that names its
    kind, up to "of" if one follows: "author events", "unit tests", "site visits", "video
    walk-rounds of used stock". What is acted on is said, as a role or a course is; how many
    is not. A quality or importance anyone may claim ("clear", "relevant", "key", "daily"),
    a word for all of them ("all", "both"), a target ("sales targets") or a generic head
    ("team meetings", "customer issues") names no kind a reader could list."""
    if end - lo < 2:
        return False  # a lone plural ("plant trees", "attend conferences") or nothing
    if (
        not (d.raw[lo][:1].isalnum() or d.at[lo] in lx.QUOTES)
        or d.at[lo] in lx.DETERMINERS
        or d.at[lo] in lx.POSSESSIVES
    ):
        return False
    if d.at[lo] in lx.VAGUE_QUANTIFIERS or d.at[lo] in lx.SUBJECT_OPENERS:
        return False  # "all tasks", "both tasks", "several events"
    of = next((k for k in range(lo + 1, end) if d.low[k] == "of"), end)
    if of + 1 < end and _abstract_word(d.low[of + 1]):
        return False  # "random acts of kindness": of nothing concrete
    k = of - 1
    j = k  # the first word of a hyphenated head: "walk-rounds"
    while j - 2 > lo and d.at[j - 1] == "-" and d.glued[j] and d.glued[j - 1]:
        j -= 2
    if j <= lo:
        return False  # a lone plural: "plant trees", "do walk-rounds"
    head, mod = d.low[k], d.low[j - 1]
    if mod in ("'s", "'") and j - 2 >= lo:
        mod = d.low[j - 2]  # a possessive names the kind: "children's books", "women's shoes"
    mod = mod.removesuffix("'s").removesuffix("'")
    one = head[:-2] if head.endswith(("xes", "ches", "shes")) else head[:-1]  # "fixes": "fix"
    stem = one[:-4] if one.endswith("ment") else one  # "improvements": "improve"
    # a name in quotes before the head names its kind too: 'run "lunch and learn" sessions'
    return (
        (_kind_of(mod, nouns_in_er=True) or _code(mod) or mod in lx.QUOTES)
        and mod not in lx.VAGUE_QUANTIFIERS
        and mod not in _NOT_A_KIND
        and len(head) > 3
        and head.endswith("s")
        and not head.endswith("ss")
        and d.raw[k].isalpha()
        and d.raw[k].islower()
        and not _abstract(head)
        and head not in lx.VAGUE_NOUNS
        and head not in lx.TARGET_NOUNS
        and head not in _GENERIC_PLURALS
        and stem not in lx.VAGUE_VERBS
        and stem not in lx.CHANGE_VERBS
        and one not in _SMALL_CHANGES
    )


def _code(w: str) -> bool:
    """A count, a number glued to its unit or a code of letters and digits says which or how
    many, as the README's rule for S allows: "4 articles", "5k runs", "e2e tests"."""
    return w[:1].isdecimal() or (w.isalnum() and not w.isalpha())


def _abstract_word(w: str) -> bool:
    return _abstract(w) or w.endswith(("ness", "ity"))


# Modifiers with no adjective's ending that still say how good, how important or how many, not
# what kind: "clear goals", "complex problems", "interesting books", "both tasks".
_NOT_A_KIND = words(
    "clear complex random certain core every each both other "
    "such interesting exciting challenging engaging amazing inspiring outstanding demanding "
    "rewarding older younger newer cheaper"
)
# Heads too general for any modifier to make a kind a reader could list ("team meetings",
# "customer issues", "business results"): what is acted on is still left open.
_GENERIC_PLURALS = words(
    "problems issues tasks meetings connections results expectations acts actions activities "
    "items opportunities initiatives efforts"
)
# Nouns of a small change or gain that no verb list holds: "quick wins", "small tweaks".
_SMALL_CHANGES = frozenset({"change", "tweak", "fix", "update", "win", "bit"})
