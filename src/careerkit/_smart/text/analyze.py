"""Reading a goal statement: one tokenization pass, then look-ups in small word lists.

The engine never runs a regular expression over the text more than once: one linear
tokenizer turns the text into words, numbers and single punctuation marks, each with its
character span. Every later step walks that token list with a bounded look-ahead or
look-back (a few tokens), so the whole analysis stays linear in the length of the text.

What it finds (time expressions, quantities, the main action, vague words, absolutes, the
stated reason) is returned as plain facts plus a list of issues (a finding code, a span and a
few words for the message); :mod:`careerkit._smart` turns those into findings and verdicts.
"""

from __future__ import annotations

from datetime import date, timedelta

from careerkit._smart import lexicon as lx
from careerkit._smart.text.achievable import _absolutes, _scope
from careerkit._smart.text.clause import _casing, _find, _main_verb, _rationale
from careerkit._smart.text.facts import Issue, QuantityFact, TextFacts, _Time
from careerkit._smart.text.language import is_english
from careerkit._smart.text.objects import (
    _abstract,
    _anchored_comparative,
    _is_named,
    _measure_example,
    _np_end,
)
from careerkit._smart.text.periods import _months_later
from careerkit._smart.text.quantities import _quantities
from careerkit._smart.text.times import _TimeScan
from careerkit._smart.text.tokens import _ALNUM, _Doc, lemma

__all__ = ["Issue", "QuantityFact", "TextFacts", "analyze_text"]


# --- the analysis ----------------------------------------------------------------------------


def analyze_text(
    text: str,
    as_of: date,
    *,
    fy_start: int = 1,
    date_order: str = "mdy",
    vague_terms: frozenset[str] = frozenset(),
    max_issues: int = 5,
) -> TextFacts:
    """Read one goal statement. Linear in ``len(text)``."""
    issues: list[Issue] = []
    if _ALNUM.search(text) is None:  # no word and no number: nothing to read
        return _empty_facts(text, issues)
    d = _Doc(text, as_of, fy_start, date_order)
    if not is_english(d):
        return _empty_facts(text, [])._replace(empty=False, issues=(), english=False)
    per_code: dict[str, int] = {}

    def issue(code: str, span: tuple[int, int] | None, *words: str) -> None:
        count = per_code.get(code, 0)
        if count < max_issues:
            issues.append(Issue(code, span, words))
        per_code[code] = count + 1

    n = d.n
    scan = _TimeScan(d)
    scan.run()
    times = scan.found
    # The goal clause (found before quantities mark their tokens) and the reason.
    main, hedged = _main_verb(d, 0, n)
    sentence_start, title_case, quoted = _casing(d, main)
    quantities = _quantities(d, scan.names, title_case is True)
    rat_at, career = _rationale(d, main)
    # A reason put first: "To move into management, complete ...".
    if main < n and d.low[main - 1 : main] == ["to"] and rat_at == n:
        comma = _find(d, ",", main, min(n, main + 25))
        if comma is not None and lemma(d.at[comma + 1]) in lx.VERBS:
            rat_at = main - 1
            goal_lo = comma + 1
            main, _ = _main_verb(d, goal_lo, n)
            rat_hi = comma
        else:
            rat_hi = n
    else:
        rat_hi = n
    goal_hi = rat_at if rat_at > main else n
    if rat_hi != n:  # fronted reason
        goal_hi = n
    rationale = None
    if rat_at < n:
        r_end = rat_hi
        for k in range(rat_at, rat_hi):
            if d.low[k] in (".", "!", "?", ";", "\n") and k > rat_at:
                r_end = k
                break
        rationale = d.slice(rat_at, r_end) if r_end > rat_at else None
    elif career:
        rationale = None

    in_goal = range(main, goal_hi) if rat_hi == n else range(main, n)
    g_lo, g_hi = (main, goal_hi) if rat_hi == n else (main, n)
    goal_span = d.span(g_lo, g_hi) if g_hi > g_lo else (0, len(text))

    # --- features of the goal clause --------------------------------------------------------
    low = d.low
    verb_i = main if main < g_hi else None
    verb = lemma(low[verb_i]) if verb_i is not None else None
    nxt = d.at[main + 1]
    verb_class = "none"
    if verb is not None:
        if (verb, nxt) in lx.PHRASAL_VAGUE or (verb, lemma(nxt)) in lx.PHRASAL_VAGUE:
            verb_class = "vague"
        elif verb in ("be", "become", "get", "feel", "stay", "remain") and (
            nxt in ("promoted", "hired", "appointed", "named", "selected", "elected")
            or (nxt in ("a", "an", "the") and d.at[main + 2] in ("promotion",))
        ):
            verb_class = "promotion"
        elif verb in ("be", "become", "feel", "stay", "remain", "get") and (
            nxt in lx.VAGUE_STATES or nxt in lx.COMPARATIVES or nxt in lx.PERFECTION_WORDS
        ):
            verb_class = "state"
        elif verb in ("get",) and nxt in ("certified", "accredited", "licensed", "chartered"):
            verb_class = "deliverable"
        elif verb in lx.CHANGE_VERBS or verb in lx.MULTIPLIERS:
            verb_class = "change"
        elif verb in lx.LEARNING_VERBS:
            verb_class = "learning"
        elif verb in ("be", "become", "stay", "remain", "feel"):
            verb_class = "state"
        elif verb in lx.ACQUIRE_VERBS and verb not in ("earn", "obtain", "achieve", "win"):
            verb_class = "acquire"
        elif verb in lx.DELIVERABLE_VERBS or verb in ("go", "add", "hold"):
            verb_class = "deliverable"
        elif verb in lx.VAGUE_VERBS or verb in ("sleep", "burn"):
            verb_class = "vague"
        elif verb in lx.VERBS:
            verb_class = "deliverable"
    if verb == "speak" and (nxt in lx.LANGUAGES or d.at[main + 2] in lx.LANGUAGES):
        verb_class = "learning"  # speaking a language is an ability, like "learn Spanish"
    if verb == "make" and (nxt in lx.ROLE_NOUNS or d.at[main + 2] in lx.ROLE_NOUNS):
        verb_class = "acquire"  # "make partner"
    if verb_class == "deliverable" and verb in ("build", "develop", "grow", "expand", "manage"):
        # "build a network" is a direction, "build a dashboard" a deliverable.
        obj_end = _np_end(d, main + 1, g_hi)
        head = low[obj_end - 1] if obj_end > main + 1 else ""
        if head in lx.ABSTRACT_NOUNS or not head:
            verb_class = "vague"
    if verb_class == "none" and verb is not None and verb not in lx.VERBS:
        verb = None

    # Figures, names, determiners in the goal clause.
    goal_q = [q for q in quantities if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    goal_q += [q for q in scan.cadence_q if goal_span[0] <= q.span[0] < goal_span[1] + 1]
    figure = False
    for q in goal_q:
        if q.explicit:
            figure = True
            break
    else:
        # "from weekly to daily": a before and an after, even without digits.
        cadences = lx.CADENCE_ADVERBS
        for k in range(g_lo, g_hi - 3):
            if (
                low[k] == "from"
                and low[k + 2] == "to"
                and low[k + 1] in cadences
                and low[k + 3] in cadences
            ):
                figure = True
                break
    named = False
    definite = False
    generic_span: tuple[int, int] | None = None
    vague_q: list[int] = []
    comparatives: list[int] = []
    vague_states: list[int] = []
    vague_nouns: list[int] = []
    abstract_obj = False
    artifact = False
    people_obj = False
    policy_terms: list[tuple[int, int]] = []
    used = d.used
    raw = d.raw
    check_names = title_case != "caps"
    flags = lx.WORD_FLAGS
    for k in in_goal:
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
        f = flags.get(w, 0)
        if not f:
            continue
        if f & lx.F_ARTIFACT:
            artifact = True
        if f & lx.F_VAGUE_Q:
            vague_q.append(k)
        elif w == "number":
            if d.at[k + 1] in ("one", "1"):
                comparatives.append(k)  # "the number one salesperson"
        elif f & lx.F_COMPARATIVE:
            if not _anchored_comparative(d, k):
                comparatives.append(k)
        elif f & lx.F_STATE:
            if k > main:
                vague_states.append(k)
        elif f & lx.F_VAGUE_NOUN:
            vague_nouns.append(k)
    for t in times:
        if t.kind == "vague" and main <= t.i < g_hi:
            comparatives.extend(k for k in range(t.i, t.j) if low[k] in lx.COMPARATIVES)
    if vague_terms:
        for term in vague_terms:
            if " " in term:
                parts = tuple(term.split())
                for k in in_goal:
                    if low[k] == parts[0] and tuple(low[k : k + len(parts)]) == parts:
                        policy_terms.append(d.span(k, k + len(parts)))

    # The object right after the verb.
    obj_lo = main + 1
    if verb_class == "vague" and (verb, d.at[main + 1]) in lx.PHRASAL_VAGUE:
        obj_lo = main + 2
    while obj_lo < g_hi and low[obj_lo] in ("up", "out", "on", "in", "to", "off", "for", "with"):
        obj_lo += 1
    obj_hi = _np_end(d, obj_lo, g_hi)
    obj_words = [low[k] for k in range(obj_lo, obj_hi) if not d.used[k]]
    head = obj_words[-1] if obj_words else ""
    if obj_words:
        first = obj_words[0]
        content = [w for w in obj_words if w not in lx.DETERMINERS]
        if _abstract(head) or (
            content
            and all(
                w in lx.ABSTRACT_NOUNS
                or w in lx.VAGUE_STATES
                or w.endswith(lx.ADJ_ENDINGS)
                or w in ("public", "time", "work", "life", "professional", "personal")
                for w in content
            )
            and head in lx.ABSTRACT_OR_VAGUE
        ):
            abstract_obj = True
        if (
            head.endswith("ing")
            and low[obj_hi - 1] == head
            and obj_hi - 1 not in quoted
            and (lemma(head) in lx.VAGUE_VERBS or lemma(head) in lx.LEARNING_VERBS)
        ):
            abstract_obj = True  # "keep learning", "start networking"
        if head in lx.PEOPLE_NOUNS:
            people_obj = True
        if first in lx.DETERMINERS_DEFINITE and head and head not in lx.ABSTRACT_NOUNS:
            definite = True
        if first in lx.DETERMINERS_INDEFINITE and not figure:
            generic_span = d.span(obj_lo, obj_hi)
    # Any other definite, concrete noun phrase in the goal clause ("with the director").
    if not definite and verb_class in ("deliverable", "none"):
        for k in in_goal:
            if low[k] in lx.DETERMINERS_DEFINITE and k > main and not d.used[k]:
                e = _np_end(d, k + 1, g_hi)
                h = low[e - 1] if e > k + 1 else ""
                if (
                    h
                    and h not in lx.ABSTRACT_NOUNS
                    and h not in lx.VAGUE_STATES
                    and (h[0].isalpha() and h not in lx.COMPARATIVES)
                ) and (k != main + 1 or verb_class not in ("vague", "change")):
                    definite = k > obj_hi or verb_class in ("deliverable", "acquire", "none")
                    if definite:
                        break

    # Role targets: "become a team lead", "promoted to Senior PM", "land a staff engineer role".
    role_target = False
    role_named = False  # a kind of role ("a staff engineer role"), not just "a new job"
    if verb_class in ("promotion", "state", "acquire") or verb in ("move", "switch", "transition"):
        for k in range(obj_lo, min(g_hi, obj_lo + 8)):
            if low[k] in lx.ROLE_NOUNS or low[k] in ("role", "position", "job", "offer"):
                if low[k] in lx.VAGUE_STATES or (
                    verb_class == "acquire" and low[k] in lx.PEOPLE_NOUNS
                ):
                    continue
                role_target = True
                role_named = (
                    role_named
                    or low[k] in lx.ROLE_NOUNS
                    or (d.at[k - 1] not in lx.GENERIC_ROLE_WORDS and low[k] not in ("offer",))
                )  # "a product management role", not "a new job"
                if role_named:
                    break
    if verb_class == "acquire" and people_obj:
        role_target = False  # "find a mentor" names no role to hold
    if verb_class in ("state", "acquire") and (comparatives or vague_states) and not figure:
        role_target = False
    if verb_class == "promotion" and not role_target and verb in ("be", "get", "become"):
        role_target = False

    cadence_in_goal = False
    for t in times:
        if t.kind == "cadence" and main <= t.i < g_hi:
            cadence_in_goal = True
            break
    specific_kind = not lx.SPECIFIC_KINDS.isdisjoint(obj_words) or (
        "half" in obj_words and "marathon" in obj_words
    )
    # "run a retrospective after every sprint": "a" means one each time.
    anchors = figure or named or definite or role_named or cadence_in_goal or specific_kind
    s_met: bool
    sp_main = d.span(main, min(obj_hi, g_hi)) if main < g_hi and obj_hi > main else goal_span
    deliverable_ok = False
    if verb is None:
        # A note without a verb: "AWS cert by June", "5 talks in 2027".
        s_met = (figure or named) and (artifact or figure) and not comparatives and not vague_q
        deliverable_ok = artifact and (named or figure) and not vague_q and not comparatives
        if not s_met:
            issue("S005", goal_span)
    elif verb_class in ("vague", "change"):
        s_met = figure
        if not s_met:
            if comparatives:
                k0 = comparatives[0]
                issue("S002", d.span(k0, k0 + 1), low[k0])
            phrasal = verb_class == "vague" and (verb, d.at[main + 1]) in lx.PHRASAL_VAGUE
            sp = d.span(main, main + 1 + phrasal)
            issue("S001", sp, text[sp[0] : sp[1]].lower())
    elif verb_class == "learning":
        extra = figure or any(t.kind in ("end", "window", "cadence", "event") for t in times)
        s_met = (named or definite or figure) and extra and not vague_q and not vague_nouns
        if not s_met:
            if vague_q or vague_nouns:
                k0 = (vague_q + vague_nouns)[0]
                issue("S003", d.span(k0, min(obj_hi, g_hi) if obj_hi > k0 else k0 + 1), low[k0])
            else:
                issue("S004", sp_main, d.slice(main, max(obj_hi, main + 1)))
    elif verb_class == "state":
        if (comparatives or vague_states) and not figure:
            s_met = False
            k0 = (comparatives + vague_states)[0]
            issue("S002", d.span(k0, k0 + 1), low[k0])
        else:
            s_met = role_named or figure
            if not s_met:
                issue("S003", sp_main, d.slice(main, max(obj_hi, main + 1)))
    elif verb_class == "promotion":
        s_met = role_named or figure or named
        if not s_met:
            issue("S006", sp_main, d.slice(main, max(obj_hi, main + 1)))
    else:  # deliverable, acquire
        if (comparatives or vague_q or vague_nouns) and not figure:
            s_met = False
            k0 = (comparatives + vague_q + vague_nouns)[0]
            if low[k0] in lx.COMPARATIVES or low[k0] in lx.SUPERLATIVES:
                issue("S002", d.span(k0, k0 + 1), low[k0])
            else:
                issue("S003", d.span(k0, k0 + 1), low[k0])
        elif abstract_obj and not figure:
            s_met = False
            issue("S001", sp_main, d.raw[main].lower())
        else:
            s_met = anchors and not (people_obj and verb_class == "acquire" and not named)
            if not s_met:
                issue(
                    "S003",
                    generic_span or sp_main,
                    d.slice(obj_lo, obj_hi) if obj_hi > obj_lo else "",
                )
        obj_vague = any(obj_lo <= k < obj_hi for k in vague_states)
        # "attend conferences": a bare plural says neither which nor how many.
        bare_plural = (
            head.endswith("s")
            and head in low[obj_lo:obj_hi]
            and raw[obj_lo + low[obj_lo:obj_hi].index(head)].islower()
            and not head.endswith("ss")
            and not figure
            and not cadence_in_goal
            and not any(
                w in lx.DETERMINERS_DEFINITE or w in lx.DETERMINERS_INDEFINITE for w in obj_words
            )
        )
        obj_vague = obj_vague or bare_plural
        deliverable_ok = (
            not abstract_obj
            and not obj_vague
            and not (comparatives or vague_q or vague_nouns)
            and (
                verb_class == "deliverable"
                or (
                    verb_class == "acquire"
                    and (
                        role_target
                        or head in lx.ARTIFACT_NOUNS
                        or head in ("certification", "certificate", "degree")
                    )
                    and not people_obj
                )
            )
            and bool(obj_words or verb in ("present", "speak", "volunteer", "retire"))
        )
    if policy_terms:
        s_met = False
        for sp in policy_terms:
            issue("S007", sp, text[sp[0] : sp[1]].lower())
    if hedged:
        for k in range(main):
            if low[k] in lx.HEDGE_WORDS:
                issue("S008", d.span(k, k + 1), low[k])
                break

    # --- measurable ---------------------------------------------------------------------------
    measure_q = [q for q in goal_q if q.kind != "frequency" or verb_class not in ("state",)]
    if verb_class == "state" and (comparatives or vague_states) and not figure:
        measure_q = []
    if verb_class in ("vague", "learning") and not figure:
        measure_q = (
            [q for q in measure_q if q.kind != "frequency"]
            if verb
            in (
                "improve",
                "understand",
                "know",
                "be",
                "learn",
                "master",
                "explore",
                "think",
                "consider",
                "feel",
                "focus",
                "get",
                "work",
                "develop",
                "enhance",
                "grow",
                "help",
                "take",
                "network",
                "do",
                "support",
                "build",
                "study",
            )
            else measure_q
        )
    m_met = bool(measure_q) or (deliverable_ok and not comparatives) or role_target
    if verb_class == "promotion" and not role_target and not figure:
        m_met = False
    deliverable: str | None = None
    if m_met and verb is not None and verb_class not in ("vague", "learning", "state"):
        deliverable = d.slice(main, max(obj_hi, main + 1)).rstrip(" ,;:-")
    elif m_met and verb is None and artifact:
        deliverable = d.slice(main, g_hi) if g_hi > main else None
    if deliverable is not None and verb_class == "change":
        deliverable = None
    if not m_met:
        states = [k for k in vague_states if k > main] or [
            k for k in range(main, g_hi) if low[k] in ("fluently", "fluent")
        ]
        if states:
            issue("M002", d.span(states[0], states[0] + 1), low[states[0]])
        elif vague_q or comparatives:
            k0 = (vague_q + comparatives)[0]
            issue("M003", d.span(k0, k0 + 1), low[k0])
        issue(
            "M001",
            goal_span,
            *_measure_example(verb if verb_class == "deliverable" else None, head),
        )

    # --- time -----------------------------------------------------------------------------------
    starts_t = [t for t in times if t.kind == "start"]
    start_day = min((t.first for t in starts_t if t.first), default=None)
    ends: list[tuple[date, _Time]] = []
    if rat_at < n:
        # A date inside the reason ("so I am ready for the spring all-hands") is not the
        # goal's own deadline, unless the goal names no other.
        own = [t for t in times if not rat_at <= t.i < rat_hi]
        if any(t.kind in ("end", "window") for t in own):
            times = own
    cadence_t = [t for t in times if t.kind == "cadence"]
    events = [t for t in times if t.kind == "event"]
    for t in times:
        if t.kind == "end" and t.last is not None:
            ends.append((t.last, t))
        elif t.kind == "window" and t.last is not None:
            if start_day is not None and not t.anchored:
                if t.months:
                    end = _months_later(start_day, t.months) - timedelta(days=1)
                else:
                    end = start_day + timedelta(days=t.extra_days - 1)
                ends.append((end, t._replace(days=(end - start_day).days + 1)))
            else:
                ends.append((t.last, t))
    deadline = None
    deadline_span = None
    deadline_days = 0
    if any(not t.bare for _, t in ends):
        # "submit a paper to ICSE 2027 by the August deadline": the event's year is not
        # the deadline when the text also says "by".
        ends = [(e, t) for e, t in ends if not t.bare]
    if ends:
        deadline, t_dl = max(ends, key=lambda e: e[0])
        deadline_span = d.span(t_dl.i, t_dl.j)
        deadline_days = max((deadline - as_of).days, t_dl.days)
    time_bound = bool(ends or cadence_t or events)
    cadence = d.slice(cadence_t[0].i, cadence_t[0].j) if cadence_t else None
    vague_t = [t for t in times if t.kind == "vague"]
    for t in times:
        if t.kind == "impossible":
            issue("T009", d.span(t.i, t.j), d.slice(t.i, t.j))
    if not time_bound:
        if vague_t:
            t0 = vague_t[0]
            issue("T002", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        elif starts_t:
            t0 = starts_t[0]
            issue("T007", d.span(t0.i, t0.j), d.slice(t0.i, t0.j))
        else:
            issue("T001", goal_span)
    elif cadence_t and not ends and not events:
        issue("T005", d.span(cadence_t[0].i, cadence_t[0].j), cadence or "")
    elif events and not ends:
        issue("T008", d.span(events[0].i, events[0].j), d.slice(events[0].i, events[0].j))

    # --- achievable -------------------------------------------------------------------------------
    _absolutes(d, issue, 0, n)
    window = deadline_days if deadline is not None else None
    if window is not None:
        _scope(d, issue, goal_q, window, verb, main, g_hi, deadline_span)

    return TextFacts(
        text=text,
        empty=False,
        deadline=deadline,
        deadline_span=deadline_span,
        deadline_days=deadline_days,
        start=start_day,
        time_bound=time_bound,
        cadence=cadence,
        event_bound=bool(events),
        quantities=tuple(sorted(goal_q, key=lambda q: q.span)),
        deliverable=deliverable,
        rationale=rationale,
        career_move=career,
        verb=verb,
        verb_class=verb_class,
        goal_span=goal_span,
        s_met=s_met,
        m_met=m_met,
        figure=figure,
        issues=tuple(issues),
    )


def _empty_facts(text: str, issues: list[Issue]) -> TextFacts:
    span = (0, len(text))
    issues.extend([Issue("S005", span), Issue("M001", span, ("", "")), Issue("T001", span)])
    return TextFacts(text, True, None, None, 0, None, False, None, False, (), None, None,
                     False, None, "none", span, False, False, False, tuple(issues))  # fmt: skip
