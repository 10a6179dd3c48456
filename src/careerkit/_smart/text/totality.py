"""What an all-or-nothing word covers: "every", "zero", "no ship", "100%" and the scope after
them (a nation, a field, the world) or the closed set they go through (a list, a caseload)."""

from __future__ import annotations

from collections.abc import Set

from careerkit._smart import lexicon as lx
from careerkit._smart.text.hands import _alone_said
from careerkit._smart.text.objects import _np_end
from careerkit._smart.text.tokens import _Doc, lemma


def _totality(d: _Doc, lo: int, hi: int, before: int, until: int = 0) -> int | None:
    """The all-or-nothing word (every, all, zero, none, 100%, 0%) nearest before ``before``, else
    the first one after it, if the goal has one; none of the words from ``before`` up to
    ``until``, which say it lasts."""
    low = d.low
    found = None
    for k in range(lo, hi):
        w = low[k]
        if before <= k < max(until, before + 1):
            continue  # the words that say it lasts ("always", "for all time") cover nothing
        if (
            w in ("every", "all", "each", "never", "always")
            or (w == "no" and d.at[k + 1] in ("one", "exceptions"))  # also "no one yet"
            or _nothing_or_all(d, k)
        ):
            if k > before:
                return k if found is None else found
            found = k
    return found


def _none_of(d: _Doc, k: int) -> bool:
    """ "no ship", "not a single ticket": a noun phrase that rules out every one of a kind."""
    w = d.low[k]
    if w == "not":
        # "not one", "not a single", "not one single"
        return d.at[k + 1] == "one" or (d.at[k + 1] == "a" and d.at[k + 2] == "single")
    return (
        w == "no"
        and "yet" not in d.low[k + 2 : k + 5]  # "no sea time yet": none so far, a start
        and d.at[k + 1][:1].isalpha()
        and d.at[k + 1] not in lx.COMPARATIVES
        and d.at[k + 1] not in _NOT_NOUNS
    )


# Words of time after "no" that the comparatives do not hold: "no later than", "no sooner".
_NOT_NOUNS = frozenset({"later", "sooner", "earlier"})


def _all_or_none(d: _Doc, lo: int, hi: int) -> bool:
    """An all-or-nothing figure: "100%", "0%", "zero", "none", "no ship", "not a single"."""
    return any(_nothing_or_all(d, k) for k in range(lo, hi))


def _nothing_or_all(d: _Doc, k: int) -> bool:
    """The word at ``k`` is a figure of all or nothing: "zero", "none", "100%", "no ship"."""
    w = d.low[k]
    return (
        w in ("zero", "none", "nobody")
        or (w in ("100", "0") and d.at[k + 1] in ("%", "percent"))
        or _none_of(d, k)
    )


def _scope_follows(d: _Doc, k: int, hi: int, far: bool = False, existence: bool = True) -> bool:
    limit = min(hi, k + (6 if far else 3))
    for m in range(k, limit):
        for phrase in lx.SUPERLATIVE_SCOPES:
            if d.low[m] == phrase[0] and tuple(d.low[m : m + len(phrase)]) == phrase:
                if not existence and phrase in _EXISTENCE_PAIRS:
                    continue  # "every report there is": read with its verb
                if phrase[-1] in lx.EXISTENCE_WORDS and _existence_narrowed(d, m + len(phrase)):
                    continue  # "every bug there is in the billing module": that module's
                return True
        if (
            far
            and d.low[m] in ("in", "across")
            and _place_after(d, m, lx.NATIONAL_SCOPES, lx.ONE_THING_DETERMINERS) is not None
        ):
            return True  # "in the UK", "across Europe", "in our industry": a nation or field
    return False


def _place_after(
    d: _Doc, m: int, places: Set[str], dets: Set[str], bare: bool = True
) -> int | None:
    """Where "[determiner] place" right after the preposition at ``m`` ends ("in the UK",
    "across Europe", "in the county"), if its noun is one of ``places``; ``bare``: the
    determiner may be left out."""
    at = m + 1
    if d.at[at] in dets:
        at += 1
    elif not bare:
        return None
    return at + 1 if d.at[at] in places else None


def _continent_parts(d: _Doc, k: int, hi: int) -> bool:
    """The quantifier at ``k`` goes through the countries of a continent or a union of them
    ("every country in Europe", "all the capitals of South America", "each nation in the
    EU"): a few dozen, a closed set one can go through, as a nation's counties are. Not the
    world's ("every country in the world"), nor other things across a continent ("every
    supermarket in Europe")."""
    m = k + 2 if d.at[k + 1] == "the" else k + 1
    if d.at[m] not in lx.CONTINENT_PARTS:
        return False
    m += 1 + (d.at[m + 1] == "city")  # "every capital city in Europe"
    if m >= hi or d.at[m] not in ("in", "of", "across"):
        return False
    at = m + 2 if d.at[m + 1] == "the" else m + 1
    place = d.at[at]
    return place in lx.CONTINENTS or (
        place in lx.CONTINENT_QUALIFIERS and d.at[at + 1] == "america"
    )


def _exists_after(d: _Doc, lo: int, k: int, hi: int) -> int | None:
    """Where a clause of existence ("that exists", "there is", "in existence") ends when it
    closes the noun phrase after the "every" at ``k`` and the verb is one of taking in or
    trying one of each: the set is everything of its kind in the world ("learn every knot
    that exists", "taste every grape variety there is", "visit every castle in existence").
    A scope of the world after it ("that exists in the world") says so whatever the verb.
    Acting on things of one's own ("migrate every report there is", "review every type of
    contract that exists") goes through what one holds, whatever noun names them; a place or a
    set after it narrows it ("every bug that exists in our codebase")."""
    for m in range(k + 2, min(hi, k + 7)):
        w = d.low[m]
        if w in ("that", "which"):
            if d.at[m + 1] not in ("exists", "exist"):
                return None  # "every report that I write": a set the writer makes
        elif (w, d.at[m + 1]) not in _EXISTENCE_PAIRS:
            if not w.isalpha() or w in _NOUN_PHRASE_ENDS:
                return None
            continue
        end = m + 2
        if _existence_narrowed(d, end):
            return None
        # "that exists in the world" says the world whatever the verb
        if _scope_follows(d, end, hi, existence=False) or any(
            lemma(d.low[p]) in _TAKING_IN for p in range(lo, k)
        ):
            return end
        return None
    return None


# Words that end a noun phrase before any clause of existence could close it.
_NOUN_PHRASE_ENDS = frozenset({"by", "before", "within", "and", "or", "until", "this", "next"})
# Clauses of existence besides "that exists": "every knot there is", "every castle in existence".
_EXISTENCE_PAIRS = frozenset({("there", "is"), ("there", "are"), ("in", "existence")})
# Verbs of learning, taking in or trying one of each: doing so to every one of a kind there is
# is doing so to them all. Verbs as often said of one's own stock or caseload ("collect every
# invoice", "identify every risk", "see every patient", "grow every account", "play every
# match") are not among them.
_TAKING_IN = (
    lx.LEARNING_VERBS
    | lx.READING_VERBS
    | {"memorise", "memorize", "taste", "try", "visit", "catalogue", "catalog"}
    | {"cook", "bake", "brew"}
)


def _existence_narrowed(d: _Doc, e: int) -> bool:
    """Does a place or a set after ``e`` narrow what "there is" covers ("in
    the billing module", "on my ward", "for the project"), rather than name a whole nation or
    the world ("in the UK", "on earth")?"""
    if d.at[e] not in _NARROWING:
        return False
    at = e + 2 if d.at[e + 1] in lx.ONE_THING_DETERMINERS else e + 1
    return d.at[at] not in lx.NATIONAL_SCOPES and d.at[at] not in ("earth", "history")


# Prepositions that put a place or a set after a scope.
_NARROWING = frozenset({"in", "on", "at", "within", "inside", "across", "for", "from", "among"})


# Heads of a whole domain, not a set one can go through: "in the trade", "in the industry".
_DOMAINS = lx.NATIONAL_SCOPES | frozenset(
    {"trade", "profession", "field", "sector", "market", "game", "tradition", "language", "genre"}
)


def _a_closed_set(d: _Doc, k: int, hi: int) -> bool:
    """The noun phrase at ``k`` names a set a text closes (a list, a matrix, a caseload, a
    syllabus), not a whole domain (the trade, the industry, the world)."""
    end = _np_end(d, k, hi)
    return end > k and d.low[end - 1] not in _DOMAINS


def _everyone_in_a_place(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the goal, done by one person the text names, goes through every one of a kind
    in a whole place ("personally inspect every commercial building in London", "deliver every
    baby born in the county", "interview every resident of the borough"), if it does: a
    population no one person reaches. An organisation's own units ("every branch in the
    region"), a set of one's own ("every client in my territory") or a set inside a place
    ("every fire door in the building") are not."""
    low = d.low
    if ("every" not in d.vocab and "all" not in d.vocab) or not _alone_said(d):
        return None  # the usual case, told in one pass at C speed
    for k in range(lo, hi):
        if low[k] not in ("every", "all"):
            continue
        m = k + 1
        end = m
        while end < min(hi, m + 4) and d.at[end].isalpha() and d.at[end] not in _KIND_ENDS:
            end += 1
        if not _a_population(d, m, end):
            continue  # "every branch", "every church", "every Monday": a few, or no one's
        p = end + (d.at[end] in _LIVING)  # "every baby born in the county"
        if d.at[p] not in ("in", "across", "throughout", "of"):
            continue
        q = p + 1
        place_end = _place_after(d, p, _PLACE_NOUNS, _THE, bare=False)
        if place_end is not None:
            return (k, place_end)  # "in the county", "across the city"
        if d.at[p] == "of" or d.at[q] in lx.CALENDAR_NOUNS or d.at[q] in lx.NATIONAL_SCOPES:
            continue  # "of Dickens": a name's works; "in March": a time; "in Scotland": a nation's
        named = q < d.n and d.raw[q][:1].isupper() and d.at[q] not in lx.POSSESSIVES
        after = d.at[q + 1]
        if named and not (after[:1].isalnum() and after not in lx.PREPOSITIONS):
            return (k, q + 1)  # "in London", "in Devon"; not "in Leeds office", "in Ward 7"
    return None


def _a_population(d: _Doc, m: int, end: int) -> bool:
    """The kind from ``m`` up to ``end`` is one a whole place holds thousands of: its people,
    homes, buildings, doors, animals ("every resident", "every listed building", "every lamp
    post"), not a few places, a time or a thing of work ("every church", "every Monday",
    "every pull request")."""
    head = d.low[end - 1] if end > m else ""
    if head in ("post", "posts"):
        return end - 1 > m and d.low[end - 2] == "lamp"  # "every lamp post"
    return head in _POPULATIONS


# Kinds a whole place holds thousands of: its people, homes, buildings and beasts.
_POPULATIONS = frozenset(
    {
        "resident", "residents", "person", "people", "citizen", "citizens", "voter", "voters",
        "household", "households", "family", "families", "home", "homes", "house", "houses",
        "flat", "flats", "door", "doors", "building", "buildings", "business", "businesses",
        "baby", "babies", "child", "children", "pensioner", "pensioners", "patient",
        "patients", "dog", "dogs", "cat", "cats", "tree", "trees", "hedgerow", "hedgerows",
        "lamppost", "lampposts",
    }
)  # fmt: skip
# Participles that put a kind in a place: "born in the county", "living in the city".
_LIVING = frozenset({"born", "living", "registered", "based"})
# Words that end the kind an "every" goes through: "every baby born in", "every dog in".
_KIND_ENDS = lx.PREPOSITIONS | _LIVING | {"who", "that", "by"}
_THE = frozenset({"the"})
# Whole places below a nation, which hold more of any kind than one person gets through.
_PLACE_NOUNS = lx.NATION_PARTS | frozenset(
    {"city", "borough", "town", "district", "capital", "island", "valley", "metropolis"}
)
