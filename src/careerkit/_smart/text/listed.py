"""What a list names, counted: fluency in each language a list names, and each credential in a
list of them, weighed as that many of their kind (the caps are those of
:mod:`careerkit._smart.text.rates`)."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import _IssueFn
from careerkit._smart.text.hands import _hands, _who
from careerkit._smart.text.rates import _window_words
from careerkit._smart.text.tense import participle
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


def _credentials_listed(
    d: _Doc, issue: _IssueFn, verb: str, window: int, lo: int, hi: int, share: float
) -> bool:
    """Three or more credentials a list names, each one to study for, weighed as that many
    certifications: "pass the 6G coding test, the ASME IX bend test and the CSWIP inspector
    exam within a fortnight", "qualify as a plumber, an electrician and a gas engineer by
    Christmas", "get BOSIET, HUET, a rigging level 3 and a crane licence in 10 days".

    Each item names a credential by a word anywhere in it (its name may run on: "my NVQ Level
    3 in roofing"). A verb of getting or holding takes any thing: its list is one of
    credentials only when an item is called one ("licence", "certificate", "exam"); "pass" and
    "qualify" say so themselves. ``share`` is the share of the weeks free for study (half
    beside a full-time job). True when it finds the list out of reach."""
    low = d.low
    k = next((m for m in range(lo, min(hi, lo + 4)) if lemma(low[m]) == verb), None)
    if k is None or _hands(d) != 1.0:
        return False
    first = k + 1 + (d.at[k + 1] == "as")  # "qualify as a ..."
    items, m, start, named, called = 1, first, first, True, False
    while m < hi and not _list_ends(d, m):
        if low[m] in (",", "and") and d.at[m + 1] != "and":
            # each item names a credential ("OSCP", "a PASMA licence", "rigging level 3"),
            # or is a title one qualifies as
            named = named and _names_credential(d, start, m, verb)
            called = called or any(_studied(d.at[t]) for t in range(start, m))
            items += 1
            start = m + 1
        m += 1
    if items < 3 or not (named and _names_credential(d, start, m, verb)):
        return False
    if verb not in lx.CREDENTIAL_LIST_VERBS and not (
        called or any(_studied(d.at[t]) for t in range(start, m))
    ):
        return False  # "get the PDF, DOCX and HTML versions out": things, not credentials
    if verb not in lx.CREDENTIAL_LIST_VERBS and participle(d, m - 1):
        return False  # "get my CPR, BLS and first aid certificates renewed": things got done
    # Weighed as a count of certifications is ("pass 3 exams by Christmas"): one wording, one cap.
    # beside a full-time job, half the weeks are free for study
    if items / (window / 7) > lx.RATE_CAPS_PER_WEEK["certification"] * share:
        issue("A004", d.span(first, m), d.slice(first, m), _window_words(window), "one person")
        return True
    return False


def _names_credential(d: _Doc, a: int, b: int, verb: str) -> bool:
    """Does the list item from ``a`` up to ``b`` name a credential: a word of a test, an exam
    or a credential, an acronym ("CISSP", "PRINCE2", not a post such as "CEO"), a name with a
    "+" ("A+", "Security+"), a numbered
    level ("rigging level 3"), or, after "qualify", a title ("gas engineer")?"""
    if verb == "qualify" and b > a and d.raw[b - 1].isalpha():
        return True
    last = d.raw[b - 1] if b > a else ""
    if (
        last.islower()
        and last.endswith("s")
        and not _studied(last)
        and lemma(last) not in lx.CREDENTIAL_NOUNS
    ):
        return False  # "the DVLA checks", "the HMRC letters": things a name is of, not credentials
    for t in range(a, b):
        raw = d.raw[t]
        if (
            _studied(d.at[t])
            or lemma(d.at[t]) in lx.CREDENTIAL_NOUNS
            or (raw.isupper() and 2 <= len(raw) <= 8 and d.at[t] not in lx.EXECUTIVE_ROLES)
            or (raw[:1].isupper() and d.at[t + 1] == "+" and d.glued[t + 1])  # "Network+"
            or (d.at[t] in lx.LADDER_NOUNS and d.digit_first[t + 1 : t + 2] == [True])
        ):
            return True
    return False


def _studied(w: str) -> bool:
    """Is ``w`` a credential one studies for: an exam, a test, a licence, a certificate?"""
    w = w[:-1] if w.endswith("s") else w  # "certificates"
    return w in lx.EXAM_NOUNS or w in lx.STUDIED_CREDENTIAL_NOUNS


def _list_ends(d: _Doc, m: int) -> bool:
    """Does the word at ``m`` end a list of credentials: "all within", "by", "before next
    week", or "in" before a time ("in the next 10 days", "in 3 weeks", "in December"), not
    before the field a credential is in ("NVQ Level 3 in roofing")?"""
    w = d.low[m]
    if w != "in":
        return w in _LIST_END
    nxt = d.raw[m + 1] if m + 1 < d.n else ""
    return not (nxt.isalpha() and nxt.islower()) or nxt in lx.DETERMINERS or nxt in lx.UNITS


# Words that end a list of credentials: "all within", "by", "before next week".
_LIST_END = frozenset(
    {".", ";", "all", "by", "within", "before", "this", "next", "starting", "while", "to"}
)
