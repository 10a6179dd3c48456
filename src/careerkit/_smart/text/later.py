"""The clauses of a goal after the one that states it: details, means, situations, results.

A goal statement often goes on after its action: a detail after a colon or a dash ("- 3 a
month"), the means ("by shadowing ..."), a statement of how things are ("we lose 5 a week"), a
result with its own subject ("so that churn falls to 2%"). These readers find where such
clauses start and what they are, so the analysis can read each for its figures and dates.
"""

from __future__ import annotations

from bisect import bisect_left

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _main_verb
from careerkit._smart.text.date_context import _eventlike
from careerkit._smart.text.leading_phrases import _example_mark
from careerkit._smart.text.passive import passive_order
from careerkit._smart.text.reason import _obliges
from careerkit._smart.text.tense import (
    CLAUSE_STOPS,
    OCCURS,
    PARTICIPLE_BEFORE,
    _finite_after_subject,
    _finite_form,
    _present_after_subject,
    perfect_after_have,
)
from careerkit._smart.text.tokens import _Doc, lemma

# Words that open a reason which is a cause: what is the case now, not what the goal does.
_CAUSES = frozenset({"because", "as", "since", "cos", "cause", "given"})
# Marks that may stand before a clause's first word.
_LEAD_PUNCTUATION = frozenset({",", ";", "!", "?", "."})
# Words before a clause's verb that make it a cause or a remark whatever stands first ("-
# ongoing because it matters", "(ongoing), which my manager asked for").
_REMARK_WORDS = frozenset({"because", "cos", "which", "who"})


def _sentence_end(d: _Doc, lo: int, hi: int) -> int:
    """The end of the sentence that starts at or before ``lo`` (at most ``hi``)."""
    limit = min(hi, lo + 200)
    stops = d.stops
    for k in stops[bisect_left(stops, lo) :]:
        if k >= limit:
            break
        if _ends_sentence(d, k):
            return k
    return hi


def _ends_sentence(d: _Doc, k: int) -> bool:
    """A full stop (or ! ?) followed by a capital: not "No. 1", "e.g. a talk", "3.5"."""
    if d.low[k] not in lx.SENTENCE_ENDS:
        return False
    nxt = d.raw[k + 1] if k + 1 < d.n else ""
    return not d.glued[k + 1] and (not nxt or nxt[:1].isupper() or not nxt[:1].isalnum())


def _opens_detail(d: _Doc, k: int) -> bool:
    """A colon, a dash, a bracket or "e.g." after which the goal is spelled out: "Improve
    handovers: use the SBAR template ...", "... (answer all chats within 2 minutes)".

    Only the tokens in _DETAIL_MARKS are ever tried (the goal clause is searched for them
    alone): a new opener goes in that set too."""
    w = d.low[k]
    if w not in _DETAIL_MARKS:
        return False
    if w == ":" or w == "(":
        return True
    if w in ("-", "–", "—"):
        return not d.glued[k] and not d.glued[k + 1]
    if w == "but":
        # "I keep saying it, but this year I want to sit my theory test": the commitment
        return not lx.SUBJECTS.isdisjoint(d.low[k + 1 : k + 5])
    return w == "," and _example_mark(d, k + 1)


# The only tokens _opens_detail and _means can accept: the others need not be tried.
_DETAIL_MARKS = frozenset({":", "(", "-", "–", "—", ",", "but"})
_BY = frozenset({"by"})
_LATER_CLAUSE_MARKS = lx.CLAUSE_MARKS | {":", ",", ";"}


def _means(d: _Doc, k: int) -> bool:
    """ "by" + a verb's -ing form at ``k``: how the goal is reached, an action of its own."""
    nxt = d.at[k + 1]
    return (
        d.low[k] == "by"
        and len(nxt) > 4  # "using", "asking"; not "ring"
        and nxt.endswith("ing")
        # listed or not: "by using a planner every day" (an object follows the -ing form)
        and (lemma(nxt) in lx.VERBS or d.at[k + 2] in lx.OBJECT_OPENERS)
    )


def later_sentences(d: _Doc, goal_hi: int) -> list[tuple[int, int]]:
    """Where each sentence after the goal's clause starts and ends (within 400 tokens of it),
    found once for the readers of what they say."""
    n = d.n
    return [
        (k + 1, _sentence_end(d, k + 1, n))
        for k in d.stops
        if goal_hi <= k < goal_hi + 400 and k + 1 < n and _ends_sentence(d, k)
    ]


def _situations(d: _Doc, goal_hi: int, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the later ``sentences``, those that describe the situation, not an action ("I have
    three new hires starting in January"): their figures and dates are not the goal's."""
    if not sentences:
        return []
    # most goals are one sentence: the other clauses' actions are read only if there are more
    actions = set(_other_clauses(d, goal_hi, d.n))
    return [
        (lo, end)
        for lo, end in sentences
        if not any(lo - 1 < a < end for a in actions) and _states_a_fact(d, lo, end)
    ]


def _remarks(d: _Doc, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the later ``sentences``, those that remark on the goal with an action of their own,
    one of telling or going over ("Keen to discuss it at the next team meeting.", "Will update
    you at our next 1:1.", "We can review it at our next catch-up."): their times date that
    action, not the goal. One with "by", "before" or a deadline's word in it ("Needs doing before the next
    board meeting", "Deadline: ...") dates the goal."""
    return [
        (lo, end)
        for lo, end in sentences
        if _DEADLINE_MARKS.isdisjoint(d.low[lo:end]) and _remark_verb(d, lo) < end
    ]


def _remark_verb(d: _Doc, lo: int) -> int:
    """Where the verb of telling or going over stands in a remark that opens at ``lo``: after
    a modal with its subject left out ("Will update you", "Can talk about it"), a feeling's
    adjective and "to" ("Happy to share drafts", "Keen to discuss it"), or a subject and its
    modal ("We can review it", "I'll update the team"); ``d.n`` if the sentence opens no such
    remark."""
    w = d.low[lo]
    k = lo
    if w in lx.PERSONAL_SUBJECTS or w in lx.MODAL_CONTRACTIONS:
        k += 1 if w in lx.MODAL_CONTRACTIONS else 2
        if w in lx.PERSONAL_SUBJECTS and d.low[k - 1] not in lx.MODALS:
            return d.n  # "I review it each week": a habit stated, not a remark to come
    elif w in lx.MODALS:
        k += 1
    elif (
        d.at[lo + 1] == "to"
        and d.raw[lo].isalpha()
        and w not in lx.VERBS
        and w not in lx.INTENT
        and not _obliges(d, lo)
    ):
        k += 2  # "Happy to share", "Keen to discuss"; not "Need to", "Plan to"
    else:
        return d.n
    if d.low[k] in _ALSO:
        k += 1
    return k if d.low[k] in _TELLING_VERBS else d.n


# Verbs of telling or going over, whose time in a remark dates that telling.
_TELLING_VERBS = frozenset(
    {
        "discuss",
        "update",
        "talk",
        "share",
        "review",
        "report",
        "present",
        "chat",
        "show",
        "demo",
        "revisit",
        "raise",
        "mention",
    }
)
_ALSO = frozenset({"also", "happily", "gladly"})


# Prepositions after "is" that say when its subject happens: "my test is in March".
_WHEN_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
_SPLICES = frozenset({",", ";"})


def _spliced_facts(d: _Doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Clauses joined to the goal by a comma or a semicolon alone that say when another thing
    is or does something: "pass my theory test, my practical is in May", "...; my manager
    retires in June", "...; the inspectors came in March": the start, the end and the subject
    ("my practical") of each. The date is that subject's; one whose subject is the goal's own
    thing ("sit the exam, the exam is in May") or a deadline ("the deadline is ...") dates
    the goal."""
    out = []
    for k in d.find_in(_SPLICES, lo, hi):
        s = k + 1
        if d.at[s] not in lx.POSSESSIVES:
            continue
        for m in range(s + 2, min(hi, s + 5)):
            w = d.low[m]
            head = d.low[m - 1]
            other = (
                head not in lx.DEADLINE_LABELS
                and head not in lx.GOAL_WORDS
                and head not in d.low[lo:k]
            )
            if w in lx.BE_FORMS:
                # "my practical is in May"; "the weather was awful in October": what was
                if (d.at[m + 1] in _WHEN_PREPOSITIONS or w in _WAS) and other:
                    out.append((s, next(d.find_in(_SPLICES, m, hi), hi), d.slice(s, m)))
                break
            if _finite_after_subject(d, m):
                end = next(d.find_in(_SPLICES, m, hi), hi)
                if (
                    other
                    and not _obliges(d, m)
                    and d.at[m + 1] not in _GOALS_THING
                    and _DEADLINE_MARKS.isdisjoint(d.low[m + 1 : end])
                ):
                    # "my editor wants them by March", "my editor needs the draft by
                    # March": the goal's own thing, or a deadline set for it, dates the goal
                    out.append((s, end, d.slice(s, m)))
                break
            if not d.raw[m].isalpha():
                break
    return out


# Objects by which a spliced clause points back to what the goal makes ("my editor wants them").
_GOALS_THING = frozenset({"it", "them"})


_WAS = frozenset({"was", "were"})


def _relative_facts(d: _Doc, main: int) -> list[tuple[int, int, str]]:
    """Clauses after a comma whose subject is "which" or "who", said of a thing the goal names
    in a phrase of its own ("write 3 case studies for the training pack, which comes up for
    review in 2028", "re-tile the bathrooms for the Hendersons, who move in on 3 March"): the
    start, the end and that thing, whose time the clause tells, not the goal's. The goal's own
    object ("finish the report, which is due on 3 March"), a time ("by FY end, which closes on
    31 March"), the writer as the clause's subject ("which I need by March"), a deadline's
    word in it ("which must be ready by June") or an occasion's day ("for the gala, which is
    on 14 February") keep the date as the goal's."""
    if _RELATIVES.isdisjoint(d.vocab):
        return []  # most goals: one set test
    out = []
    for k in d.find_in(_RELATIVES, main + 2, d.n):
        nxt = d.at[k + 1]
        if d.at[k - 1] != "," or not nxt[:1].isalpha() or nxt in _NOT_SAID_OF_IT:
            continue  # "which I need", "which means ...": not a clause about the thing
        end = next(d.find_in(_RELATIVE_ENDS, k, d.n), d.n)
        if d.used[k - 2] or not _DEADLINE_MARKS.isdisjoint(d.low[k:end]):
            continue  # a time before it ("by FY end, which closes ..."), or "by" in it
        if (
            _eventlike(d.at[k - 2])
            or nxt in OCCURS
            or (nxt in lx.BE_FORMS and d.at[k + 2] in _HAPPENS_AT)
        ):
            # "for the gala, which is on 14 February", "for the fun run, which takes place on
            # 6 June": the day of an occasion, which bounds a goal done for it
            continue
        m = k - 2
        while m > main and m > k - 7 and (d.at[m].isalnum() or d.at[m][-2:] == "'s"):
            if d.at[m] in lx.PREPOSITIONS:
                # "for the training pack, which ...", "at the Leeds branch, which closes ...":
                # a thing the goal is done for or at, named in a phrase of its own; "renew my
                # licence with the council, which expires on 3 March" and "train staff on the
                # system, which goes live ..." keep the date
                if d.at[m] in _FOR_OR_AT:
                    out.append((k, end, d.slice(m + 1, k - 1)))
                break
            m -= 1
    return out


# Prepositions of what a goal is done for or at, whose own dates a "which" clause may tell.
_FOR_OR_AT = frozenset({"for", "at"})
# The words that open a relative clause whose subject they are.
_RELATIVES = frozenset({"which", "who"})
# Words after "which" or "who" that make it no clause said of the thing before it: the writer
# as its subject ("which I need", "which we'll launch") or "means" ("which means ...").
_NOT_SAID_OF_IT = lx.PERSONAL_SUBJECTS | lx.SUBJECTS | {"means", "meant"}
# After "which is": the day an occasion is held on ("which is on 14 February", "is held in").
_HAPPENS_AT = _WHEN_PREPOSITIONS | {"held"}
# Where a relative clause ends.
_RELATIVE_ENDS = frozenset({",", ";", ".", "!", "?", "\n", "(", ")"})
# Words that make a clause's time a deadline ("which must be ready by June", "who is due ...").
_DEADLINE_MARKS = lx.DEADLINE_WORDS | lx.DEADLINE_LABELS


def _result_with_own_subject(d: _Doc, at: int) -> bool:
    """ "so refunds land ...", "so that customers get ...": a result whose subject is not
    the writer."""
    k = at + 1 if d.low[at] == "so" else at
    if d.low[at] != "so":
        return False
    if d.at[k] == "that":
        k += 1
    return d.at[k][:1].isalpha() and d.at[k] not in ("i", "we", "i'll", "we'll", "i'm", "we're")


def _change_between(d: _Doc, lo: int, hi: int) -> bool:
    """A change from one figure to another in ``lo:hi`` ("goes from ~5% to 20%"): a window
    with it is when the change is done, counted from today ("so refunds land within 3 days"
    has none: its window is the measure)."""
    seen_from = False
    for k in range(lo, min(hi, lo + 30)):
        w = d.low[k]
        if w in ("from", "to"):
            m = k + 1
            while m < k + 3 and not d.at[m][:1].isdecimal():
                m += 1  # "from ~5%", "to about 20%"
            if d.at[m][:1].isdecimal():
                if w == "to" and seen_from:
                    return True
                seen_from = seen_from or w == "from"
    return False


def _told_before(d: _Doc, hi: int) -> bool:
    """The first sentence, up to ``hi``, tells what was: a past tense ("Our NPS was 20") or a
    present perfect ("I've been in this role for 3 years"), with no modal of intent."""
    words = d.low[:hi]
    if not lx.MODALS.isdisjoint(words) or not lx.INTENT.isdisjoint(words):
        return False
    perfect = any(
        w in ("i've", "we've", "have", "has") and d.at[k + 1] == "been" for k, w in enumerate(words)
    )
    return perfect or _in_the_past(d, 0, hi)


def _in_the_past(d: _Doc, lo: int, hi: int) -> bool:
    """A clause told in the past tense: "since our team lost most of its seniors".

    A word in "-ed" after "be", "get", "become", a determiner or a degree word is a participle
    or an adjective, not a past tense: "to get certified by May", "so I am qualified by June",
    "to reach an advanced level by June" look forward."""
    return any(
        d.low[k] in lx.PAST_FORMS
        or (
            d.low[k].endswith("ed")
            and len(d.low[k]) > 4
            and (k == 0 or d.low[k - 1] not in _NOT_PAST_BEFORE)
            and not _future_perfect(d, k)
            and not d.after_hyphen(k)  # "self-employed", "UK-based": an adjective
            and not caused_participle(d, k)
        )
        for k in range(lo, min(hi, lo + 8))
    )


def caused_participle(d: _Doc, k: int) -> bool:
    """Is the word at ``k`` the participle of a causative: "get" or "have", its object, then
    the participle ("get my visa renewed", "have the crew trained")? What is to be done to
    the object, not a past tense. A subject between ("the money I borrowed") opens a clause of
    its own."""
    for m in range(k - 2, max(-1, k - 6), -1):
        w = d.low[m]
        if w in _CAUSATIVES:
            return True
        if w in CLAUSE_STOPS or w in _OWN_SUBJECTS or not d.raw[m][:1].isalnum():
            return False
    return False


# Causatives that look forward ("got" and "had" tell what was done), and the subjects that
# open a clause of their own.
_CAUSATIVES = frozenset({"get", "gets", "getting", "have", "has", "having"})
_OWN_SUBJECTS = lx.PERSONAL_SUBJECTS | lx.RELATIVE_OPENERS


def _future_perfect(d: _Doc, k: int) -> bool:
    """The participle at ``k`` follows "will have" ("By June I'll have presented 10
    bulletins"): what will be done by then, which looks forward."""
    return k >= 2 and d.low[k - 1] == "have" and d.low[k - 2] in _FUTURE


# A modal of the future, alone or joined to its subject.
_FUTURE = frozenset({"will", "shall", "i'll", "we'll", "you'll", "he'll", "she'll", "they'll"})


# Words after which a word in "-ed" is a participle or an adjective, not a past tense.
_NOT_PAST_BEFORE = PARTICIPLE_BEFORE | lx.PARTICIPLE_LEADS


def _states_a_fact(d: _Doc, lo: int, hi: int) -> bool:
    """A subject and a finite verb: "I have three new hires", "we added 14 suppliers".

    A verb of obligation states the goal's terms, not how things are: "All 17 need to be done
    before ...", "He has until 9 December to ...", "The forms are due on 3 March"."""
    for k in range(lo, min(hi, lo + 6)):
        if _finite_form(d, k):
            return k > lo and not _obliges(d, k)
        if k > lo and _present_after_subject(d, k):
            # "my manager retires in June", "the depot expands in September": a verb in -s
            # after its subject says what another thing does; "it expires on 3 March" says
            # when what the goal acts on is due, which bounds the goal
            return d.low[lo] not in _BACK or k > lo + 1
    return False


def _other_clauses(d: _Doc, goal_hi: int, reason_at: int, main: int | None = None) -> list[int]:
    """Where the other clauses that state an action start: the purpose clause ("so that I
    can deliver ...", "to raise ...") and later sentences that commit to something ("I will",
    "I need to", an imperative, "Target: ..."); a sentence that describes the situation ("I
    have three new hires") states no action."""
    out: list[int] = []
    n = d.n
    # A purpose clause ("so that I can deliver ...", "to raise ...") states what is wanted; a
    # cause ("as my win rate is only 12%", "because I spend 10 hours a week ...") states the
    # situation, whose figures and actions are not the goal's.
    starts = [reason_at] if reason_at < n and d.low[reason_at] not in _CAUSES else []
    if main is not None:  # a detail inside the goal's own sentence: "Improve X: use Y"
        lo, hi = main + 1, goal_hi
        starts += [k + 1 for k in d.find_in(_DETAIL_MARKS, lo, hi) if _opens_detail(d, k)]
        # The means: "Improve team morale by organising a monthly team lunch".
        starts += [k + 1 for k in d.find_in(_BY, lo, hi) if _means(d, k)]
        # Each action of a list: "restart the market and also get the van's MOT done",
        # "sharpen chisels every Friday, log timber stock monthly".
        starts += [m for k in d.find_in(_AND, lo + 1, hi) if (m := _next_action(d, k, main))]
    marks = d.find(_LATER_CLAUSE_MARKS) if goal_hi < n else ()
    starts += [
        k + 1
        for k in marks
        if goal_hi <= k < goal_hi + 400
        and (_ends_sentence(d, k) or _opens_detail(d, k) or d.low[k] == ";")
    ]
    # Eight clauses are more than any goal states (none of the snapshot's texts reads a ninth);
    # a text of label after label ("Target: , Target: , ...") would otherwise read each one to
    # the end of its sentence, and a megabyte of them takes seconds.
    for lo in starts[:8]:
        if lo >= n:
            continue
        first = lo
        while first < n and d.low[first] in _LEAD_PUNCTUATION:
            first += 1
        if d.at[first] in _REMARK_WORDS:
            continue  # "... asap!! because it matters to my team": why, not what to do
        k = lo
        label = d.low[lo] in lx.GOAL_WORDS or (
            d.low[lo] in lx.DEFINITION_WORDS and d.at[lo + 1] in lx.DEFINITION_VERBS
        )
        colon = _label_colon(d, lo)
        if colon is not None and d.low[lo] not in lx.REASON_LABELS:
            # "Success measure: 2,000 subscribers", "KPI - NPS 60": a field name of a form;
            # what follows it is the goal's own, a figure or an action.
            label = True
            lo = colon
        if label:
            # "Target is 120k by year end", "That means leading ...": what follows the label
            # is the goal's own, a figure or an action.
            k = lo + 1
            while k < min(n, lo + 4) and d.low[k] in lx.LABEL_LINKS:
                k += 1
            verb, _ = _main_verb(d, k, n)
            if verb >= _sentence_end(d, k, n):
                verb = k
            verb = _figure_first(d, k, verb)  # "Success measure: 120 new patients registered"
            out.append(verb)
            continue
        while k < n and d.low[k] in lx.PURPOSE_MARKERS:
            k += 1
        verb, _ = _main_verb(d, k, n)
        if d.at[verb] in _RELATIVES or not _REMARK_WORDS.isdisjoint(d.low[lo:verb]):
            continue  # "(ongoing), which my manager asked for": a remark, not an action
        if verb >= n or (verb == lo and d.at[verb + 1] == "me"):
            continue  # "Wish me luck.": an order for the writer asks the reader, no goal
        if d.low[lo] in lx.REASON_LABELS:
            continue  # "Context: we added 14 suppliers" says why, not what to do
        if d.low[verb] == "have" and d.at[verb - 1] == "to" and perfect_after_have(d, verb + 1):
            continue  # "Glad to have got this far.": the perfect looks back, no action ahead
        if _about_the_goal(d, lo, verb):
            continue  # "It might get me noticed.", "I hope to nail it.": a remark on the goal
        figure = _figure_first(d, k, verb)
        if figure < verb:
            out.append(figure)  # "KR1: 120 new patients registered": a figure opens a note
            continue
        skipped = d.low[lo:verb]
        imperative = (
            lx.SUBJECTS.isdisjoint(skipped)
            and (lemma(d.low[verb]) in lx.VERBS or d.raw[verb][:1].islower())
        ) or passive_order(d, verb, n) is not None
        # "Specifically, block two hours ...", ": use the SBAR template ...", ". Minutes to be
        # sent by Friday.": an order, in the passive or not
        if (
            k > lo
            or any(w in lx.MODALS or w in lx.INTENT or w in (":", "i'll", "we'll") for w in skipped)
            or imperative
        ):
            out.append(verb)
    return out


_AND = frozenset({"and", ","})
# Pronouns that point back to what was said before: in a later sentence, the goal.
_BACK = frozenset({"it", "this", "that"})
_BACK_OBJECTS = _BACK - {"that"}


def _about_the_goal(d: _Doc, lo: int, verb: int) -> bool:
    """Whether the sentence at ``lo`` with its verb at ``verb`` speaks of the goal rather than
    adding to it: its verb's subject or object is a pronoun pointing back ("It could change
    everything.", "I know I can do it."), and it holds no figure nor word of time of its own,
    which a result or a further step of the goal would ("It will take 3 months")."""
    end = _sentence_end(d, lo, d.n)
    back_subject = (lo < verb and d.low[verb - 1] in _BACK) or (
        lo < verb - 1 and d.low[verb - 2] in _BACK and d.low[verb - 1] in lx.MODALS
    )  # "It helps", "it could help"
    # "I can manage it", "we'll pull it off": the goal its only object, said again by its
    # doer; "send it to the board" adds a step, and an order ("Replant it.") may be the goal
    # itself ("that" after a verb opens a clause: "make sure that ...")
    after = verb + 3 if d.at[verb + 2] in lx.PARTICLES else verb + 2
    back_object = (
        d.at[verb + 1] in _BACK_OBJECTS
        and after >= end
        and not lx.SUBJECTS.isdisjoint(d.low[lo:verb])
    )
    if not (back_subject or back_object):
        return False
    return not any(
        w[:1].isdecimal() or w in lx.MONTHS or w in lx.PERIOD_WORDS for w in d.low[lo:end]
    )


def _next_action(d: _Doc, k: int, main: int) -> int:
    """Where the action after "and" or a comma at ``k`` starts when it joins another action
    to the goal's ("... and also get the van's MOT done", "... and then book the venue",
    "sharpen chisels, log timber stock monthly"; "about staying close to clients and calling
    each monthly": a gerund after the goal's gerund), or 0."""
    if d.low[k] == "," and lemma(d.low[main]) not in lx.VERBS:
        return 0  # "observability is a mess, fix it": a statement, then the goal, no list
    m = k + 2 if d.at[k + 1] in ("also", "then") else k + 1
    w = d.at[m]
    if m < d.n and d.raw[m].isalpha() and d.raw[m].islower():
        if w in lx.VERBS:
            return m
        if w.endswith("ing") and d.at[main].endswith("ing") and lemma(w) in lx.VERBS:
            return m
    return 0


def _figure_first(d: _Doc, k: int, verb: int) -> int:
    """A clause that opens with a figure before ``verb`` starts at the figure: "120 new
    patients registered", "90% of clients book online", "Ten regular members by ..."."""
    first = d.low[k] if k < d.n else ""
    if k < verb and d.used[k] and (first[:1].isdecimal() or first in lx.UNITS):
        return k  # "Twenty sales a weekend would do": the clause opens with its figure
    j = verb
    while j > k and d.used[j - 1]:
        j -= 1
    if j == verb:
        return verb
    w = d.low[j]
    return j if w[:1].isdecimal() or w in lx.UNITS else verb


def _label_colon(d: _Doc, lo: int) -> int | None:
    """Where a field name of one to three words that opens a clause ends with a colon
    ("Success measure:", "Measure of success:"), or None."""
    for k in range(lo + 1, min(d.n, lo + 5)):
        if not d.low[k - 1].isalpha():
            return None
        if d.at[k] == ":":
            return k
    return None


def comment_start(d: _Doc, lo: int, hi: int) -> int | None:
    """Where a comment on the goal starts in ``lo:hi``: a comma and a relative pronoun ("...,
    which my manager asked for"); what it says is about the goal, not the goal's own."""
    for k in d.find_in(lx.RELATIVE_PRONOUNS, lo + 1, hi):
        if opens_comment(d, k):
            return k - 1
    return None


def opens_comment(d: _Doc, k: int) -> bool:
    """The relative pronoun at ``k`` opens a comment: after a comma, and not spelling out the
    measure (", which means 3 observations passed")."""
    return (
        d.low[k] in lx.RELATIVE_PRONOUNS
        and d.at[k - 1] == ","
        and d.at[k + 1] not in lx.DEFINITION_VERBS
    )
