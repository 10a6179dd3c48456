"""What a list names, counted: fluency in each language a list names, and each credential in a
list of them, weighed as that many of their kind (the caps are those of
:mod:`careerkit._smart.text.rates`)."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import _IssueFn
from careerkit._smart.text.rates import _hands, _who, _window_words
from careerkit._smart.text.tokens import _Doc, lemma


def _languages_listed(d: _Doc, issue: _IssueFn, window: int, lo: int, hi: int) -> None:
    """Fluency in each language a list names, weighed as "4 languages" is: "become fluent in
    Mandarin, Arabic, Japanese and Russian by February"."""
    named = [k for k in range(lo, hi) if d.low[k] in lx.LANGUAGES]
    if len({d.low[k] for k in named}) < 2 or named[-1] - named[0] > 2 * len(named):
        return  # one language, or languages named apart, not one list
    if not any(d.low[p] in lx.MASTERY_WORDS for p in range(max(lo, named[0] - 4), named[0])):
        return  # "basic phrases in French and German": no fluency asked
    hands = _hands(d)
    cap = lx.RATE_CAPS_PER_WEEK["languages"]
    if hands == 1.0 and len(named) / (window / 7) > cap:
        end = named[-1] + 1
        issue("A004", d.span(named[0], end), d.slice(named[0], end), _window_words(window), _who(d))


def _credentials_listed(d: _Doc, issue: _IssueFn, verb: str, window: int, lo: int, hi: int) -> None:
    """Three or more credentials a list names, each one to study for, weighed as that many
    certifications: "pass the 6G coding test, the ASME IX bend test and the CSWIP inspector
    exam within a fortnight", "qualify as a plumber, an electrician and a gas engineer by
    Christmas"."""
    low = d.low
    k = next((m for m in range(lo, min(hi, lo + 4)) if lemma(low[m]) == verb), None)
    if k is None or _hands(d) != 1.0:
        return
    first = k + 1 + (d.at[k + 1] == "as")  # "qualify as a ..."
    items, m, named = 1, first, True
    while m < hi and low[m] not in _LIST_END:
        if low[m] in (",", "and") and d.at[m + 1] != "and":
            # each item ends in a credential's noun or is one's name ("OSCP"), or is a
            # title one qualifies as
            named = named and _credential_ends(d, m - 1, verb)
            items += 1
        m += 1
    if items < 3 or not (named and _credential_ends(d, m - 1, verb)):
        return
    if items / (window / 7) > lx.RATE_CAPS_PER_WEEK["certification"]:
        issue("A004", d.span(first, m), d.slice(first, m), _window_words(window), "one person")


def _credential_ends(d: _Doc, m: int, verb: str) -> bool:
    """Does the list item ending at ``m`` name a credential: a test or an exam, an acronym
    ("CISSP", "PRINCE2"), or, after "qualify", a title ("gas engineer")?"""
    raw = d.raw[m] if 0 <= m < d.n else ""
    w = d.at[m][:-1] if d.at[m].endswith("s") else d.at[m]  # "certificates"
    return (
        w in lx.EXAM_NOUNS
        or w in lx.CREDENTIAL_NOUNS
        or (raw.isupper() and 2 <= len(raw) <= 8)
        or (verb == "qualify" and raw.isalpha())
    )


# Words that end a list of credentials: "all within", "by", "before next week".
_LIST_END = frozenset(
    {".", ";", "all", "by", "within", "before", "in", "this", "next", "starting", "while", "to"}
)
