"""S: whether the clause's action on its object is specific, by the class of its verb.

The stage of :func:`careerkit._smart.text.action.read_clause` that decides S, reporting why
not (S001-S008, S012) to the clause's ``issue``; it also says whether the action yields a
one-off deliverable, which M counts.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.anchors import _move_between, named_membership
from careerkit._smart.text.deliverable import _deliverable, _issue_s002
from careerkit._smart.text.facts import TIME_BOUNDS
from careerkit._smart.text.measurable import _direction_only
from careerkit._smart.text.objects import _abstract, _np_end, _person_noun
from careerkit._smart.text.passive import passive_order
from careerkit._smart.text.reading import Clause
from careerkit._smart.text.tokens import _Doc
from careerkit._smart.text.verb_objects import _completion_at, _result_participle


def _specific(c: Clause, hedged: bool) -> None:
    """Set ``c.s_met`` and ``c.deliverable_ok``; findings go to ``c.issue``."""
    d = c.d
    low = d.low
    text = d.text
    main, g_hi = c.main, c.g_hi
    verb_class = c.verb_class
    obj_hi = c.obj_hi
    goal_span = c.goal_span
    issue = c.issue
    s_met: bool
    c.sp_main = sp_main = (
        d.span(main, min(obj_hi, g_hi)) if main < g_hi and obj_hi > main else goal_span
    )
    if c.verb is None:
        s_met = _verbless(c)
    elif verb_class in ("vague", "change"):
        s_met = _vague_or_change(c)
    elif verb_class == "learning":
        s_met = _learning(c)
    elif verb_class == "state":
        s_met = _state(c)
    elif verb_class == "promotion":
        s_met = c.role_named or c.figure or c.named
        if not s_met:
            issue("S006", sp_main, d.slice(main, max(obj_hi, main + 1)))
    else:  # deliverable, acquire
        s_met = _deliverable(c)
    if s_met and c.verb in _CONSIDERING_HEADS:  # most verbs weigh nothing up
        considered = _considered_from(c)
        if considered:
            # "Look at reducing CPA by 10%": the reduction is weighed up, not taken on, and
            # nothing is made or done once to check (a figure still measures it)
            s_met = False
            c.deliverable_ok = False
            issue("S001", d.span(c.verb_at, considered), d.slice(c.verb_at, considered))
    if c.policy_terms:
        s_met = False
        for sp in c.policy_terms:
            issue("S007", sp, text[sp[0] : sp[1]])
    if hedged:
        for k in range(main):
            if low[k] in lx.HEDGE_WORDS:
                issue("S008", d.span(k, k + 1), d.slice(k, k + 1))
                break
    c.s_met = s_met


def _specific_given_measure(c: Clause, m_met: bool) -> None:
    """What M's reading tells S: a direction with no end reached, or a result only the
    writer judges, names nothing concrete to be done (run after :func:`_measurable`)."""
    if c.s_met and not m_met and _direction_only(c):
        # "climb from Diamond 2 towards Immortal": the action goes towards an aim and
        # reaches nothing it names, a direction as "climb higher" is
        c.s_met = False
        c.issue("S002", c.d.span(c.verb_at, c.verb_at + 1), c.d.slice(c.verb_at, c.verb_at + 1))
    if c.own_judge is not None and c.s_met:
        # "be an outstanding teacher in my own eyes", "from 3/10 to 7/10 on my confidence":
        # the result is the writer's own opinion, so nothing concrete is named to be done
        c.s_met = False
        d = c.d
        c.issue("S013", d.span(*c.own_judge), d.slice(*c.own_judge))


# The verbs _considered_from reads: alone ("explore") or heading a phrase ("look at").
_CONSIDERING_HEADS = lx.CONSIDERING_VERBS | {p[0] for p in lx.PHRASAL_CONSIDERING}


def _considered_from(c: Clause) -> int:
    """After a verb of weighing up ("look at", "explore", "find out"), the end of the words
    that name what is only considered: a gerund ("look at reducing") or a question ("find out
    whether ..."); 0 when the verb takes an action on."""
    d = c.d
    k = c.verb_at + 1
    verb = c.verb
    if (verb, d.at[k]) in lx.PHRASAL_CONSIDERING:
        k += 1
    elif verb not in lx.CONSIDERING_VERBS:
        return 0
    w = d.at[k]
    if (w.endswith("ing") and len(w) > 4 and d.raw[k].isalpha()) or (
        verb == "find" and w in lx.WH_WORDS
    ):
        return k + 1
    return 0


def _verbless(c: Clause) -> bool:
    """A note without a verb: "AWS cert by June", "5 talks in 2027", or a result marked
    done: "Safeguarding refresher done by 1 March"."""
    d = c.d
    low = d.low
    used = d.used
    # "Audit of the drug charts to be fully signed off": the participle of a passive order
    # marks its subject done, however long the subject
    order = passive_order(d, c.main, c.g_hi)
    done = (order is not None and _result_participle(d, order)) or _completion_at(
        d, c.main, c.g_hi
    ) is not None
    # "Gas Safe registration by June": a noun of action on a named thing is a result
    # to reach, as a named certificate is.
    result = (
        c.artifact
        or done
        or any(
            len(low[k]) > 6
            and low[k].endswith(lx.ACTION_NOUN_ENDINGS)
            and not used[k]
            and not _abstract(low[k])  # "Leadership Development": a quality to grow
            for k in c.in_goal
        )
    )
    # "First aid at work certificate", "Flu vaccination accreditation": a credential its
    # modifiers narrow to one is named as plainly as "the CSCS card" is.
    credential = any(
        low[k] in lx.CREDENTIAL_NOUNS
        and k > c.main
        and d.raw[k - 1].isalnum()  # "Level 2 Diploma"
        and low[k - 1] not in lx.DETERMINERS
        and low[k - 1] not in lx.POSSESSIVES
        and not used[k]
        for k in c.in_goal
    )
    # "GCP refresher", "Xero migration": a name before a plain noun says which one of its
    # kind, a thing to finish as plainly as a named course.
    result = result or credential or (c.named and _named_kind(d, c.main, c.g_hi))
    figure, named = c.figure, c.named or credential
    if (
        figure
        and c.in_goal
        and not (named or result or done or c.obj_words)
        and not _counts_a_thing(c)
    ):
        figure = False  # "£150 an hour", "5k by March": a figure of nothing named
    comparatives, vague_q = c.comparatives, c.vague_q
    # "Weekly 1:1s with my skip-level", "Quarterly site visits": a concrete thing held at a
    # cadence is a count of it per period, as "4 site visits a year" is.
    figure = figure or (c.cadence_in_goal and bool(c.obj_words) and not c.abstract_obj)
    s_met = (figure or named or done) and (result or figure) and not comparatives and not vague_q
    c.deliverable_ok = result and (named or figure or done) and not vague_q and not comparatives
    if c.deliverable_ok and order is not None and not figure and _bare_plural_subject(c, order):
        # "New members will be recruited", "Blast patterns are to be redesigned": the subject
        # is what the action acts on, and a plural with no count or determiner says not how
        # many, as after the active verb ("recruit new members"); a date to have them done
        # by takes in the whole set ("Risk assessments to be reviewed by March")
        c.deliverable_ok = any(t.kind in TIME_BOUNDS for t in c.ctx.times)
    if not s_met and not comparatives and not vague_q and _note_of_a_move(c):
        # "deckhand -> bosun within 2 yrs", "From porter to HCA by June": where it starts and
        # where it ends, as "go from porter to HCA" says; reaching the end is done or not
        s_met = c.deliverable_ok = True
    if not s_met and comparatives and not figure:
        k0 = comparatives[0]  # "more referrals from the GP surgery": a direction, not a result
        _issue_s002(c, k0)
    elif not s_met:
        c.issue("S005", c.goal_span)
    return s_met


def _bare_plural_subject(c: Clause, participle: int) -> bool:
    """The subject of a passive order, from the clause's start to its "be", modal or "to"
    before the participle at ``participle``, is a plural with no determiner and no count
    ("New members", "Blast patterns"); not "The blast patterns", "Two new members"."""
    d = c.d
    lo = c.main
    end = lo
    while end < participle and d.low[end] not in _BEFORE_PARTICIPLE:
        end += 1
    if end <= lo:
        return False
    head = d.low[end - 1]
    return (
        d.at[lo] not in lx.DETERMINERS
        and d.at[lo] not in lx.POSSESSIVES
        and d.at[lo] not in lx.SUBJECT_OPENERS  # "All operatives' tests": the whole set
        and not any(d.digit_first[k] or d.low[k] in lx.UNITS for k in range(lo, end))
        and not any(d.raw[k].endswith("'") or d.low[k].endswith("'s") for k in range(lo, end))
        and len(head) > 3
        and head.endswith("s")
        and not head.endswith("ss")
        and d.raw[end - 1].isalpha()
        # lower case, but for the capital a sentence opens with ("Members to be recruited")
        and (d.raw[end - 1].islower() or (end - 1 == lo and d.raw[lo][1:].islower()))
    )


# What stands between a passive order's subject and its participle: "will be", "are to be".
_BEFORE_PARTICIPLE = lx.MODALS | lx.BE_FORMS | {"to"}


def _note_of_a_move(c: Clause) -> bool:
    """A note names a move by both its ends: an arrow between two words ("deckhand -> bosun",
    "junior dev → senior dev") or "from" one "to" another ("From deckhand to bosun")."""
    d = c.d
    if d.at[c.main] == "from":
        return _move_between(d, c.main, c.g_hi)
    for k in range(c.main + 1, min(c.g_hi, c.main + 6)):
        w = d.at[k]
        arrow = w == "→" or (w in ("-", "=") and d.at[k + 1] == ">" and d.glued[k + 1])
        if arrow:
            m = k + 1 if w == "→" else k + 2
            return (
                d.raw[k - 1].isalnum()
                and m < c.g_hi
                and d.raw[m].isalpha()
                and not d.used[m]
                and d.low[m] not in lx.VAGUE_STATES
                and d.low[m] not in lx.COMPARATIVES
            )
        if not d.raw[k].isalnum():
            return False
    return False


def _counts_a_thing(c: Clause) -> bool:
    """A word in the note says what its figure counts ("5 talks", "10k steps a day"), beyond
    the figure, its currency or per cent sign, a period or a date ("£150 an hour")."""
    d = c.d
    low = d.low
    if any(d.raw[k][:1].isalpha() for k in range(c.g_lo)):
        return True  # "Increase sales. 120k by year end.": the detail of the goal before it
    timed = {k for t in c.ctx.times for k in range(t.i, t.j)}
    return any(
        len(low[k]) > 2 and d.raw[k].isalpha() and k not in timed and low[k] not in _FIGURE_WORDS
        for k in c.in_goal
    )


# Words that go with a figure or a time and say nothing of what is counted: "£150 an hour",
# "5k or more by March", "80 percent", "twice a week".
_FIGURE_WORDS = (
    lx.DETERMINERS
    | lx.PREPOSITIONS
    | lx.COMPARATIVES
    | lx.PERCENT_WORDS
    | lx.PER_PERIOD_NOUNS
    | frozenset(lx.UNITS)
    | frozenset(lx.CURRENCY_WORDS)
    | frozenset(lx.DURATION_UNITS)
    | frozenset(lx.SHORT_UNITS)
    | frozenset({"and", "or", "least", "most", "each", "every"})
)


def _comparative_end(d: _Doc, k: int) -> int:
    """The end of the comparative at ``k`` with the quality it grades: "better", "more
    patient" (but "more in meetings": "more" alone)."""
    stop = k + 1
    if (
        d.at[k] in ("more", "less")
        and d.at[stop].isalpha()
        and not (d.at[stop] in lx.PREPOSITIONS or d.at[stop] in lx.BOUNDARY)
    ):
        stop += 1  # "Be more patient": the quality with its comparative
    return stop


def _grades_a_quality(d: _Doc, k: int) -> bool:
    """The comparative at ``k`` grades a quality ("fitter", "more confident"), not an amount
    of a thing ("more referrals") nor a manner ("more at ease")."""
    if d.at[k] not in lx.AMOUNT_COMPARATIVES:
        return True
    nxt = d.at[k + 1]
    return nxt in lx.VAGUE_STATES or (len(nxt) > 4 and nxt.endswith(lx.ADJ_ENDINGS))


def _named_kind(d: _Doc, lo: int, hi: int) -> bool:
    """A name (an acronym, or capitals inside a word) right before the lower-case noun that
    ends the note's first noun phrase: "GCP refresher", "the SAP rollout"."""
    end = _np_end(d, lo, hi)
    k = end - 1
    if k <= lo or not d.raw[k].isalpha() or not d.raw[k].islower() or d.used[k]:
        return False
    name = d.raw[k - 1]
    return (
        len(name) >= 2
        and name.isalnum()
        and name[:1].isalpha()
        and not name.islower()
        and not name[1:].islower()  # "Leadership training": a capital that opens a sentence
        and not _abstract(d.low[k])
        and d.low[k] not in lx.VAGUE_STATES
    )


def _vague_or_change(c: Clause) -> bool:
    """A vague or change verb is specific with a figure (or a goal's metric) only."""
    d = c.d
    text = d.text
    verb, verb_class, verb_at = c.verb, c.verb_class, c.verb_at
    comparatives = c.comparatives
    rules = c.ctx.rules
    if c.figure and _share_of_nothing(c):
        return False  # "Shrink 1.2%": how far, with nothing named that shrinks
    s_met = (
        c.figure
        or (rules.has_metric and not comparatives)
        or (verb_class == "vague" and not comparatives and _as_a_role(d, verb_at, c.g_hi))
        or (
            verb_class == "change"
            and rules.change_with_scope_is_specific
            and (c.named or c.definite)
            and not comparatives
        )
    )
    if not s_met:
        # "Get better at ...", "Be more patient": the comparative is part of the vague verb
        # phrase, which S001 quotes whole; one reason, not two.
        with_verb = bool(comparatives) and comparatives[0] == verb_at + 1
        if comparatives and not with_verb:
            k0 = comparatives[0]
            _issue_s002(c, k0)
        if _change_of_an_amount(c):
            if with_verb:
                k0 = comparatives[0]  # "Cut more waste": the amount is "more"
                _issue_s002(c, k0)
            # "Raise attendance", "Cut our food waste": what to do is said, how far is not.
            if not comparatives:
                c.issue("S002", d.span(verb_at, verb_at + 1), d.slice(verb_at, verb_at + 1))
            return s_met
        # "work on", "keep an eye", "close the gap": the words that make the verb vague
        phrasal = 0
        if verb_class == "vague" and (verb, d.at[verb_at + 1], d.at[verb_at + 2]) in (
            lx.PHRASAL_VAGUE
        ):
            phrasal = 2
        elif verb_class == "vague" and (verb, d.at[verb_at + 1]) in lx.PHRASAL_VAGUE:
            phrasal = 1
        # A light verb is vague with its noun: "take ownership", "make progress".
        light = not phrasal and verb in lx.LIGHT_VERBS and d.at[verb_at + 1][:1].isalpha()
        stop = verb_at + 1 + phrasal
        if d.at[stop].endswith("ing") and len(d.at[stop]) > 4:
            stop += 1  # "keep going": the direction with its gerund
        if with_verb:
            stop = _comparative_end(d, verb_at + 1)
        if light:
            stop = min(_np_end(d, verb_at + 1, c.g_hi), verb_at + 4)
        sp = d.span(verb_at, max(stop, verb_at + 1))
        c.issue("S001", sp, text[sp[0] : sp[1]])
    return s_met


def _names_a_measure_before(d: _Doc, g_lo: int) -> bool:
    """The text before the goal clause at ``g_lo`` names what a share is of: a label of its
    own ("Churn: cut 2%", not a goal box's "Goal:" or a list mark), a sentence with a figure
    ("Readmissions are 14%.") or one that names a measure ("Our churn is too high."). A
    sentence of context with neither ("Things have been hectic since the merger.") does not."""
    before = d.low[:g_lo]
    if any(d.digit_first[k] for k in range(g_lo)) or not lx.METRIC_NOUNS.isdisjoint(before):
        return True  # "Readmissions are 14%.", "Our churn is too high."
    k = g_lo - 1
    while k >= 0 and not d.raw[k][:1].isalnum():
        k -= 1  # back over the label's mark: "Churn:", "Churn -"
    return (
        k >= 0
        and k < g_lo - 1
        and d.low[g_lo - 1] in (":", "-", "–", "—")
        and d.low[k] not in lx.GOAL_WORDS
    )


def _share_of_nothing(c: Clause) -> bool:
    """The goal's figures are percentages and nothing names what they are a share of: "Shrink
    1.2%", "Get 20% more" say how far, not what ("Lose 15kg" names weight by its unit); says
    so with S012. A word after the verb, a pronoun, a label ("Churn: cut 2%") or an earlier
    sentence with a figure of its own ("Readmissions are 14%. Cut 3%.") may name it, and then
    the figure counts."""
    qs = [q for q in c.goal_q if q.explicit and q not in c.described]
    if not qs or any(q.kind != "percent" for q in qs):
        return False  # most goals: no figure, or one that is no percentage
    d = c.d
    low = d.low
    if c.g_lo and _names_a_measure_before(d, c.g_lo):
        return False
    timed = {k for t in c.ctx.times for k in range(t.i, t.j)}
    if any(
        low[k] in lx.PRONOUNS  # "Reduce it by 10%": it points to what the text named
        or (
            len(low[k]) > 2
            and d.raw[k].isalpha()
            and k not in timed
            and low[k] not in _FIGURE_WORDS
        )
        for k in range(c.after, c.g_hi)
    ):
        return False
    span = qs[0].span
    c.issue("S012", span, d.text[span[0] : span[1]])
    return True


def _as_a_role(d: _Doc, verb_at: int, hi: int) -> bool:
    """ "as" and a role follow the verb: "work as a relief manager", "act as fire warden",
    "work as key person" name the job the writer is to hold, as "be a relief manager" does."""
    if d.at[verb_at + 1] != "as" or verb_at + 2 >= hi:
        return False
    end = _np_end(d, verb_at + 2, hi)
    if end <= verb_at + 2:
        return False
    head, raw = d.low[end - 1], d.raw[end - 1]
    return raw.isalpha() and (
        (_person_noun(head, lx.AGENT_ENDINGS, 5) and head not in lx.QUALITY_WORDS)
        or head in lx.PEOPLE_NOUNS
        or (len(raw) > 1 and raw.isupper())  # "a locum GP"
    )


def _change_of_an_amount(c: Clause) -> bool:
    """The clause changes an amount ("raise attendance", "lose weight", "save for a house"),
    not a quality: "improve my communication skills", "gain the trust of the team" and "grow
    as a manager" say nothing one could do, whatever figure they took."""
    return (
        c.verb_class == "change"
        and c.verb not in _QUALITY_CHANGE_VERBS
        and not c.abstract_obj
        and not any(_abstract(w) or w in lx.QUALITY_WORDS for w in c.obj_words)
        and c.d.at[c.after] not in ("as", "into")  # "grow into a staff role": a move
    )


# Change verbs that, without a figure, better a quality ("improve onboarding", "gain
# confidence", "enhance the look of the site"); with one they change an amount ("gain 5kg").
_QUALITY_CHANGE_VERBS = frozenset({"improve", "gain", "enhance", "better"})


def _learning(c: Clause) -> bool:
    """ "learn X" is specific with a named or definite object and a figure or a time."""
    d = c.d
    main, obj_hi = c.main, c.obj_hi
    vague_q, vague_nouns = c.vague_q, c.vague_nouns
    # a time of the goal's own clause, not of the reason ("because Alan retires next year")
    extra = c.figure or any(
        t.kind in ("end", "window", "cadence", "event") and c.g_lo <= t.i < c.g_hi
        for t in c.ctx.times
    )
    # "study for the CPA exam", "revise for my theory test": a test or credential named as
    # what the learning is for is its concrete end
    extra = extra or (
        c.d.at[c.after] == "for" and (c.head in lx.EXAM_NOUNS or c.head in lx.CREDENTIAL_NOUNS)
    )
    extra = extra or c.ctx.rules.learning_alone_is_specific
    s_met = (c.named or c.definite or c.figure) and extra and not vague_q and not vague_nouns
    if not s_met:
        if vague_q or vague_nouns:
            k0 = (vague_q + vague_nouns)[0]
            c.issue(
                "S003",
                d.span(k0, min(obj_hi, c.g_hi) if obj_hi > k0 else k0 + 1),
                d.slice(k0, k0 + 1),
            )
        else:
            c.issue("S004", c.sp_main, d.slice(main, max(obj_hi, main + 1)))
    return s_met


def _state(c: Clause) -> bool:
    """A state to be in ("be organized") is specific as a named role or with a figure."""
    d = c.d
    main, obj_hi, verb_at, g_hi = c.main, c.obj_hi, c.verb_at, c.g_hi
    comparatives, vague_states = c.comparatives, c.vague_states
    if (comparatives or vague_states) and not c.figure:
        s_met = False
        k0 = (comparatives + vague_states)[0]
        if comparatives and k0 == verb_at + 1 and _grades_a_quality(d, k0):
            # "Become more confident": the comparative is part of the state S001 quotes
            stop = _comparative_end(d, k0)
            c.issue("S001", d.span(verb_at, stop), d.slice(verb_at, stop))
        elif comparatives:
            _issue_s002(c, k0)
        else:  # "be organized", "be a good mentor": a state to be in, not an action
            stop = max(k0 + 1, _np_end(d, k0, g_hi))
            c.issue("S001", d.span(verb_at, stop), d.slice(verb_at, stop))
    else:
        s_met = c.role_named or c.figure or named_membership(c)
        if s_met and not c.role_named and _share_of_nothing(c):
            s_met = False  # "Get 20% more": how much, with nothing named to get more of
        elif not s_met and not c.obj_words:
            c.issue("S005", c.goal_span)  # "Stay until June": nothing to do or become
        elif not s_met:
            # "be a role model": a way to be, named as a direction, not as a vague object
            c.issue("S001", c.sp_main, d.slice(main, max(obj_hi, main + 1)))
    return s_met
