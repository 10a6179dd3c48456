"""Absurd scope in the text: absolutes, growth, volume, role jumps, mastery from zero."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import QuantityFact, _IssueFn
from careerkit._smart.text.tokens import _Doc, lemma


def _absolutes(d: _Doc, issue: _IssueFn, lo: int, hi: int) -> None:
    """Absolutes no one can reach: perfection, never failing, every X there is, best ever."""
    low = d.low
    if lx.ABSOLUTE_TRIGGERS.isdisjoint(low):
        return  # the usual case, checked in one pass at C speed
    for k in range(lo, hi):
        w = low[k]
        if w not in lx.ABSOLUTE_TRIGGERS:
            continue
        if w in lx.PERFECTION_WORDS:
            if not d.raw[k][0].isupper() or k == lo:
                issue("A001", d.span(k, k + 1), w)
        elif w == "never":
            for m in range(k + 1, min(hi, k + 5)):
                if low[m] in lx.FAILURE_WORDS or lemma(low[m]) in lx.FAILURE_WORDS:
                    issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
                    break
                if low[m] == "before":
                    break
        elif w in ("always", "forever"):
            issue("A001", d.span(k, k + 1), w)
        elif w in ("zero", "no", "without") and k + 1 < hi:
            m = k + 1
            while m < hi - 1 and m < k + 3 and low[m] in ("single", "any", "a"):
                m += 1  # "without a single mistake"
            if low[m] in ("mistake", "mistakes", "error", "errors", "failure", "failures",
                          "typo", "typos"):  # fmt: skip
                issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
        elif (
            w in ("every", "all")
            and k > lo
            and lemma(low[k - 1]) in lx.WINNING_VERBS
            and d.at[k + 1][:1].isalpha()
            and d.at[k + 1] not in lx.DETERMINERS
        ):
            # "win every case", "close every deal": success every time is an absolute
            end = k + 2
            issue("A001", d.span(k, end), d.slice(k, end))
        elif w in ("every", "all", "each") and k + 1 < hi:
            m = k + 1
            if low[m] == "the":
                m += 1
            steps = 0
            while m < hi and steps < 3 and low[m] not in lx.UNBOUNDED_NOUNS:
                m += 1
                steps += 1
            if m < hi and low[m] in lx.UNBOUNDED_NOUNS:
                scoped = _scope_follows(d, m + 1, hi)
                mastery = any(
                    lemma(low[p]) in ("master", "learn", "know", "speak")
                    or low[p] in lx.MASTERY_WORDS
                    for p in range(max(lo, k - 3), k)
                )
                if scoped or mastery:
                    issue("A001", d.span(k, m + 1), d.slice(k, m + 1))
            if w == "all" and tuple(low[k + 1 : k + 3]) == ("the", "time"):
                issue("A001", d.span(k, k + 3), d.slice(k, k + 3))
            elif w == "all" and low[k + 1] == "times" and d.at[k - 1] == "at":
                issue("A001", d.span(k - 1, k + 2), d.slice(k - 1, k + 2))
        elif w == "world" and d.at[k + 1] in ("champion", "champions", "record", "records"):
            issue("A001", d.span(k, k + 2), d.slice(k, k + 2))  # the best in the world
        elif w in lx.SUPERLATIVES or w == "number" or w == "world's":
            if w == "number" and d.at[k + 1] not in ("one", "1"):
                continue
            if w == "world's" or _scope_follows(d, k + 1, min(hi, k + 8), far=True):
                issue("A001", d.span(k, k + 1), w)
        elif (
            w in ("everything", "all")
            and any(
                lemma(low[p]) in lx.LEARNING_VERBS or low[p] in lx.MASTERY_WORDS
                for p in range(max(lo, k - 2), k)
            )
            and d.at[k + 1] in ("about", "there", "of", "in", ".", "")
        ):
            issue("A001", d.span(k, k + 1), w)  # "learn everything about AI"
        elif w in ("everyone", "everybody") and any(
            lemma(low[m]) in ("like", "love", "happy", "agree", "please", "approve")
            for m in range(max(lo, k - 2), min(hi, k + 6))
        ):
            issue("A001", d.span(k, k + 1), w)


def _scope_follows(d: _Doc, k: int, hi: int, far: bool = False) -> bool:
    limit = min(hi, k + (6 if far else 3))
    for m in range(k, limit):
        for phrase in lx.SUPERLATIVE_SCOPES:
            if d.low[m] == phrase[0] and tuple(d.low[m : m + len(phrase)]) == phrase:
                return True
    return False


def _scope(
    d: _Doc,
    issue: _IssueFn,
    goal_q: list[QuantityFact],
    window: int,
    verb: str | None,
    lo: int,
    hi: int,
    deadline_span: tuple[int, int] | None,
) -> None:
    """Absurd scope for the time frame: growth, volume, role jumps, mastery from zero."""
    low = d.low
    if lx.SCOPE_WORDS.isdisjoint(low) and not any(
        q.kind in ("percent", "multiplier", "money") or q.unit in lx.RATE_CAPS_PER_WEEK
        for q in goal_q
    ):
        return  # nothing whose scope could be out of reach
    window = max(window, 1)
    weeks = window / 7
    months = window / 30.44
    # "Double our revenue every month for a year": growth repeated at a cadence compounds.
    per = [_PERIOD_DAYS[q.unit[4:]] for q in goal_q if q.unit[4:] in _PERIOD_DAYS]
    repeats = window / per[0] if per and verb in lx.MULTIPLIERS else 1.0
    for q in goal_q:
        if q.kind == "percent" or q.kind == "multiplier":
            pct = q.value if q.kind == "percent" else (q.value - 1) * 100
            if q.kind == "multiplier" and repeats >= 2:
                pct = (q.value ** min(repeats, 60.0) - 1) * 100
            reducing = verb in ("reduce", "cut", "decrease", "lower", "shrink", "trim")
            if (
                q.kind == "percent"
                and reducing
                and q.baseline is None
                and (q.value > 100 or (q.value >= 50 and window <= 31))
            ):
                # More than all of it, or half of it within a month ("cut churn by 50% in a
                # month"): no process changes that fast.
                issue("A002", q.span, d.text[q.span[0] : q.span[1]], _window_words(window))
            elif pct >= 100 and pct / months > 100 and not reducing and q.high is None:
                issue("A002", q.span, d.text[q.span[0] : q.span[1]], _window_words(window))
        elif q.kind in ("count", "duration") and q.baseline is None:
            cap = lx.RATE_CAPS_PER_WEEK.get(q.unit)
            if cap is not None and verb in lx.READING_VERBS:
                # Reading a novel or a paper takes days, writing one months: "read 20 novels"
                cap = max(cap, lx.RATE_CAPS_PER_WEEK["books"])
            before = d.text[max(0, q.span[0] - 12) : q.span[0]].split()[-1:]
            if before and before[0].lower() in lx.LEVEL_PREPOSITIONS:
                continue  # "get down to 78kg": a level to reach, not an amount to produce
            if cap is not None and q.value / max(weeks, 1 / 7) > cap and q.value > 1:
                issue("A004", q.span, d.text[q.span[0] : q.span[1]], _window_words(window))
    # Role jumps: "CEO by next month", or within a year from a junior role.
    junior = not lx.JUNIOR_WORDS.isdisjoint(low)
    if window <= 183 or (junior and window <= 366):
        for k in range(lo, hi):
            if low[k] in lx.EXECUTIVE_ROLES and (
                lemma(low[lo]) in ("be", "become", "get", "land", "make")
                or any(low[m] in ("promoted", "appointed", "named") for m in range(lo, k))
                or (junior and low[k - 1] == "to")  # "from junior analyst to CEO"
            ):
                issue("A003", d.span(k, k + 1), d.raw[k], _window_words(window))
                break
    # Fluency or mastery in weeks; a big feat from zero.
    if window <= 92:
        novice = False
        for k in range(lo, d.n):
            w = low[k]
            if w not in lx.NOVICE_HEADS:
                continue
            if w == "never" and ("before" in low[k + 1 : k + 6] or d.at[k - 1] == "having"):
                novice = True  # "having never run before", "having never competed"
                break
            for p in lx.NOVICE_CUES:
                if p[0] == w and tuple(low[k : k + len(p)]) == p:
                    novice = True
                    break
            if novice:
                break
        for k in range(lo, hi):
            w = low[k]
            if w in lx.MASTERY_WORDS and not (d.raw[k][0].isupper() and k > lo):
                issue("A005", d.span(k, k + 1), w, _window_words(window))
                break
            if novice and (w in lx.ENDURANCE_FEATS or w in lx.EXECUTIVE_ROLES):
                issue("A005", d.span(k, k + 1), w, _window_words(window))
                break
    # A fortune from nothing: "$1M of revenue in six months, starting from zero".
    if window <= 183 and not lx.FROM_NOTHING_WORDS.isdisjoint(low):
        for q in goal_q:
            if q.kind == "money" and q.value >= 1_000_000:
                issue("A005", q.span, d.text[q.span[0] : q.span[1]], _window_words(window))
                break


# How long a cadence's period lasts, in days ("per month").
_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "quarter": 91.3}


def _window_words(days: int) -> str:
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 70:
        return f"{round(days / 7)} weeks"
    return f"{round(days / 30.44)} months"
