"""How often a rewrite that a reader would not notice changes the SMART evaluator's answer.

A person judging a goal gives the same answer to "Run 3 workshops by June." and to
"Goal: Run 3 workshops by June", "RUN 3 WORKSHOPS BY JUNE", "I'd like to run 3 workshops by
June" or the same goal after a sentence of context. An evaluator that changes its answer under
such a rewrite has learned a way of writing, not the criteria, and will err on goals written in
another way. This script applies each rewrite below to every English goal of the given files
and counts the goals whose reading of S, M, A or T, or whose deadline, changes. No label is
needed, so the figure can be taken on any file of goal statements::

    python benchmarks/smart_rewrites.py                   # the development files in tests/data
    python benchmarks/smart_rewrites.py FILE [FILE ...]
    python benchmarks/smart_rewrites.py --show casing:title   # the changed goals (dev files only)
    python benchmarks/smart_rewrites.py --wording second     # other sentences, labels, marks

Each rewrite keeps what a careful reader would label; the ones that put words in front of the
goal ("I will", "I'd like to", "My goal is to") are applied only where the goal opens with a
bare verb, read from the file itself: a word the same file also uses after "to" or "will",
followed by a word that is not a verb of its own ("Sam needs ...", "Nps is ..."). The others
are applied only where they cannot change what is said (a sentence of context, before or
after the goal, is one of several, chosen by the goal's text): a pronoun and "will", "would" or
"am" contracted ("I'll", "we'd", "I'm"), a "not" contracted ("don't"), a figure's "%" spelt
"per cent", a date after a preposition with a named month in the other order ("by June 30,
2027" and "by 30 June 2027"), "by the end of" shortened to "by end of", and an emoji put after
the goal.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from smart_agreement import read_rows

import careerkit as ck

AS_OF = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parent.parent
DEV_FILES = sorted(
    (ROOT / "tests" / "data").glob("smart_goals_dev*.jsonl"),
    key=lambda p: (len(p.name), p.name),
)

Rewrite = Callable[[str], "str | None"]
Signature = tuple[object, ...]

NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20",
}  # fmt: skip
# A word after the opening word that shows the opening word is a subject, not a verb.
SUBJECT_SIGNS = frozenset(
    re.findall(
        r"\S+",
        "is are was were has have had needs wants will would should must can could keeps does did 's",
    )
)
# "Training to be completed ...", "Report is to be sent ...": an order in the passive, opened by
# its subject (a verb before "to be" is rare: "Train to be certified" is left alone too).
PASSIVE_ORDER = re.compile(r"^[^.;:!?]*?\bto be\b", re.IGNORECASE)
OPENERS_NOT_VERBS = frozenset(
    re.findall(
        r"\S+",
        "i my we our you your he she they his her their it its the a an this that these those "
        "to by in on at for from with within before after every each next last all no",
    )
)


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_PREPS = "by|By|on|On|before|Before|until|till|from|From|after|After|to|of"
# Contracted forms: after a personal pronoun ("I will" -> "I'll"; "the team will" has none in
# writing), and of "not" after an auxiliary.
CONTRACTIONS = {
    "will": "'ll", "would": "'d", "am": "'m",
    "do not": "don't", "does not": "doesn't", "will not": "won't", "cannot": "can't",
    "is not": "isn't", "are not": "aren't",
}  # fmt: skip


def _words_after_to(texts: Iterable[str]) -> frozenset[str]:
    """Words a file itself uses as verbs: after "to", "will", "'ll" or "must"."""
    found = re.findall(r"\b(?:to|will|'ll|must)\s+([a-z][a-z-]+)", "\n".join(texts).lower())
    return frozenset(found)


def _opens_with_verb(text: str, verbs: frozenset[str]) -> str | None:
    """The text with its first word in lower case, when that word is a bare verb.

    Not a plural noun or a verb with its "-s" ("Clients keep ...", "Sam needs ..."; "focus"
    and "pass" end in "us" and "ss"), nor the subject of an order in the passive ("Level 3
    training to be completed by March"). A text in capitals keeps them: the frame put in front
    of it is written in capitals too, so only the frame changes.
    """
    first, _, rest = text.partition(" ")
    if not rest or not first.isalpha() or not first[0].isupper():
        return None
    word = first.lower()
    second = rest.split(" ", 1)[0].lower().strip(",.;:")
    if word in OPENERS_NOT_VERBS or word not in verbs or second in SUBJECT_SIGNS:
        return None
    if (word.endswith("s") and not word.endswith(("ss", "us"))) or PASSIVE_ORDER.search(text):
        return None
    return text if text.isupper() else f"{word} {rest}"


def _framed(frame: str, bare: str | None) -> str | None:
    """``frame`` put before a goal that opens with a bare verb, in capitals before capitals."""
    if bare is None:
        return None
    return (frame.upper() if bare.isupper() else frame) + bare


class Wording(NamedTuple):
    """The words some rewrites put around a goal: sentences of context before and after it,
    labels naming the goal box, list marks, and reasons joined to it. Each goal gets one of
    each, chosen by its text, so no single sentence decides a figure."""

    context_before: tuple[str, ...]
    context_after: tuple[str, ...]
    labels: tuple[str, ...]
    marks: tuple[str, ...]
    reasons: tuple[str, ...]


# None of these changes a label of the goal: a sentence of context tells how things are or
# were (a past time there is that event's, not the goal's), or a feeling; a label or a mark is
# layout; a reason adds why.
FIRST_WORDING = Wording(
    context_before=(
        "Our team is busy and stretched.",
        "I joined the ward last spring and I love the work.",
        "My manager and I talked this through at my review.",
        "Things have been hectic since the merger.",
        "As a new supervisor, I am still finding my feet.",
        "The clinic is short of staff at the moment.",
    ),
    context_after=(
        "I am excited about it.",
        "My manager supports this.",
        "It will not be easy!",
        "Wish me luck.",
    ),
    labels=("Goal:", "Objective -", "My goal:", "KR1:", "Development goal 2:", "Target:"),
    marks=("-", "*", "1.", "\u2022", "(a)"),
    reasons=(
        ", so that I can grow in my role.",
        " because it matters to my team.",
        ", which my manager asked for.",
    ),
)
# Two more wordings of the same kinds, kept apart from the first: a rule written while looking
# at the first wording's figures is checked on them (``--wording second``, ``--wording third``).
SECOND_WORDING = Wording(
    context_before=(
        "I've been a receptionist at the surgery for a while now.",
        "We opened a second branch in 2024 and it is doing well.",
        "Morale on the team dipped after the restructure.",
        "Honestly, I feel a bit stuck right now.",
        "Our regional manager wants every store to grow.",
        "Last quarter was tough for the whole department.",
    ),
    context_after=(
        "This really matters to me.",
        "I know it is ambitious.",
        "My mentor thinks I can do it.",
        "Fingers crossed!",
    ),
    labels=("Objective:", "Goal 3 -", "Stretch goal:", "PDP item:", "Aim:", "OKR:"),
    marks=("+", "\u2013", "2)", "a)", "[ ]", "\u2192"),
    reasons=(
        ", as I want to lead a team one day.",
        " so the clinic runs smoothly.",
        " to support the new strategy.",
    ),
)

THIRD_WORDING = Wording(
    context_before=(
        "The new rota starts in January and nobody is thrilled about it.",
        "Our practice merged with the one across town two years ago.",
        "I moved from nights to days after my second child was born.",
        "There are only four of us covering the whole county.",
        "My confidence took a knock when the big pitch fell through.",
        "Head office keeps changing the targets.",
    ),
    context_after=(
        "That would make a real difference.",
        "Let's see how it goes.",
        "I'm nervous but keen.",
        "More to follow after my one-to-one.",
    ),
    labels=(
        "Personal objective:",
        "Goal A -",
        "Focus area:",
        "KR 2.1:",
        "Development aim:",
        "Priority:",
    ),
    marks=("#", ">", "3.", "i.", "[x]", "\u25cf"),
    reasons=(
        ", since the team is growing.",
        " so I can take on bigger projects.",
        ", because customers keep asking for it.",
    ),
)
WORDINGS = {"first": FIRST_WORDING, "second": SECOND_WORDING, "third": THIRD_WORDING}


def _pick(options: tuple[str, ...], text: str) -> str:
    """One of ``options``, the same for the same text on every run."""
    return options[sum(map(ord, text)) % len(options)]


def _sentence(text: str) -> str:
    return text if text.rstrip().endswith((".", "!", "?")) else text.rstrip() + "."


def rewrites(verbs: frozenset[str], wording: Wording = FIRST_WORDING) -> dict[str, Rewrite]:
    """Every rewrite, by name; ``verbs`` are the words the measured files use as verbs, and
    ``wording`` the words put around a goal."""

    def title(text: str) -> str:
        return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))

    def will(text: str) -> str | None:
        return _framed("I will ", _opens_with_verb(text, verbs))

    def hedge(text: str) -> str | None:
        return _framed("I'd like to try to ", _opens_with_verb(text, verbs))

    def digits(text: str) -> str | None:
        pattern = r"\b(" + "|".join(NUMBER_WORDS) + r")\b"
        out = re.sub(pattern, lambda m: NUMBER_WORDS[m.group(1)], text)
        return out if out != text else None

    def and_sign(text: str) -> str | None:
        out = re.sub(r"\band\b", "&", text, count=1)
        return out if out != text else None

    def my_goal(text: str) -> str | None:
        return _framed("My goal is to ", _opens_with_verb(text, verbs))

    def contraction(text: str) -> str | None:
        pronoun = r"\b(I|[Ww]e|[Yy]ou|[Tt]hey|[Ss]he|[Hh]e) (will|would|am)\b(?! not)"
        out = re.sub(pronoun, lambda m: m.group(1) + CONTRACTIONS[m.group(2)], text)
        negation = r"\b(do not|does not|will not|cannot|is not|are not)\b"
        out = re.sub(negation, lambda m: CONTRACTIONS[m.group(1)], out)
        return out if out != text else None

    def per_cent(text: str) -> str | None:
        out = re.sub(r"(\d)\s?%", r"\1 per cent", text)
        return out if out != text else None

    def named_order(text: str) -> str | None:
        # "by June 30, 2027" <-> "by 30 June 2027": the month is named, so neither order is a
        # guess (in digits, "06/07" is read by convention and is left alone); only after a
        # preposition, where the number is a day ("run 2 May fairs" counts fairs).
        month_first = rf"\b({DATE_PREPS}) ({MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?(?:, (\d{{4}}))?\b"
        day_first = rf"\b({DATE_PREPS}) (\d{{1,2}})(?:st|nd|rd|th)? ({MONTHS})(?: (\d{{4}}))?\b"
        out = re.sub(
            month_first, lambda m: f"{m[1]} {m[3]} {m[2]}" + (f" {m[4]}" if m[4] else ""), text
        )
        if out == text:
            out = re.sub(
                day_first, lambda m: f"{m[1]} {m[3]} {m[2]}" + (f", {m[4]}" if m[4] else ""), text
            )
        return out if out != text else None

    def end_of(text: str) -> str | None:
        out = re.sub(r"\b([Bb]y) the end of\b", r"\1 end of", text)
        return out if out != text else None

    def reason(text: str) -> str:
        return text.rstrip().rstrip(".") + _pick(wording.reasons, text)

    return {
        "casing:title": title,
        "casing:upper": str.upper,
        "casing:lower": str.lower,
        "casing:first-lower": lambda t: t[:1].lower() + t[1:],
        "label:goal": lambda t: _pick(wording.labels, t) + " " + t,
        "label:bullet": lambda t: _pick(wording.marks, t) + " " + t,
        "context:before": lambda t: _pick(wording.context_before, t) + " " + t,
        "context:after": lambda t: _sentence(t) + " " + _pick(wording.context_after, t),
        "frame:will": will,
        "frame:hedge": hedge,
        "frame:reason": reason,
        "punctuation:no-full-stop": lambda t: t[:-1] if t.endswith(".") else None,
        "punctuation:full-stop": lambda t: None if t.rstrip().endswith((".", "!", "?")) else _sentence(t),
        "punctuation:and-sign": and_sign,
        "punctuation:curly-quote": lambda t: t.replace("'", "\u2019") if "'" in t else None,
        "spacing:doubled": lambda t: "  " + t.replace(" ", "  ") + "  ",
        "spacing:line-breaks": lambda t: t.replace(". ", ".\n") if ". " in t else None,
        "numbers:digits": digits,
        "frame:my-goal": my_goal,
        "frame:contraction": contraction,
        "numbers:per-cent": per_cent,
        "dates:named-order": named_order,
        "dates:end-of": end_of,
        "emoji:trailing": lambda t: t.rstrip() + " \U0001f3af",
    }  # fmt: skip


def signature(text: str) -> Signature:
    """What must not change: the reading of S, M, A and T, and the deadline."""
    report = ck.evaluate_smart(text, as_of=AS_OF)
    return (*(report.criteria[c].status for c in "SMAT"), report.deadline)


def changes(
    texts: list[str], wording: Wording = FIRST_WORDING
) -> tuple[Counter[str], dict[str, list[tuple[str, str, str]]]]:
    """How many goals each rewrite applies to, and the ones whose answer it changes."""
    tried: Counter[str] = Counter()
    changed: dict[str, list[tuple[str, str, str]]] = {}
    plain = [signature(text) for text in texts]
    for name, rewrite in rewrites(_words_after_to(texts), wording).items():
        changed[name] = []
        for text, before in zip(texts, plain, strict=True):
            out = rewrite(text)
            if out is None or out == text:
                continue
            tried[name] += 1
            after = signature(out)
            if before != after:
                moved = "".join(c for c, a, b in zip("SMATd", before, after, strict=True) if a != b)
                changed[name].append((moved, text, out))
    return tried, changed


def english_goals(paths: Iterable[Path]) -> list[str]:
    """The texts of the lines not marked as another language."""
    return [row["text"] for path in paths for row in read_rows(path) if not row.get("lang")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", metavar="REWRITE", help="list the goals this rewrite changes")
    parser.add_argument(
        "--wording",
        choices=sorted(WORDINGS),
        default="first",
        help="which sentences, labels, marks and reasons to put around the goals",
    )
    args = parser.parse_args(argv)
    paths = args.files or DEV_FILES
    if args.show and not all(p.name.startswith("smart_goals_dev") for p in paths):
        parser.error("--show lists goals of the development files only")
    try:
        texts = english_goals(paths)
    except OSError as error:
        parser.error(f"cannot read {error.filename}: {error.strerror}")
    except ValueError as error:
        parser.error(str(error))
    tried, changed = changes(texts, WORDINGS[args.wording])
    if args.show:
        for moved, text, out in changed.get(args.show, []):
            print(f"{moved:5} {text!r}\n      {out!r}")
        return 0
    total = sum(tried.values())
    moved_total = sum(len(v) for v in changed.values())
    print(f"{len(paths)} file(s), {total:,} rewritten goals, {moved_total:,} answers changed")
    print(f"  {'all rewrites':<26} {moved_total / total:7.2%}")
    for name, rows in changed.items():
        if tried[name]:
            kinds = Counter(m for m, _, _ in rows).most_common(4)
            top = "  ".join(f"{k}:{n}" for k, n in kinds)
            print(f"  {name:<26} {len(rows) / tried[name]:7.2%}  of {tried[name]:5,}  {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
