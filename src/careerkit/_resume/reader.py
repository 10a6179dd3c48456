"""A JSON Resume document read into a :class:`~careerkit.CareerPlan`."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs

from careerkit._args import as_of_date
from careerkit._errors import PlanValidationError
from careerkit._io import MAX_STRING, _structure_str
from careerkit._model.fields import FieldError
from careerkit._model.fields import describe as _describe
from careerkit._model.history import DatePrecision, Position, PositionKind
from careerkit._model.network import Contact
from careerkit._model.plan import CareerPlan, Owner
from careerkit._model.skills import (
    Credential,
    Evidence,
    LearningActivity,
    LevelRecord,
    Skill,
    SkillCategory,
)
from careerkit._resume.words import (
    _ACHIEVEMENTS,
    _AWARD,
    _AWARDED_BY,
    _DATE,
    _LANGUAGE_PREFIX,
    _LEVEL_NOTE,
    _LEVELS,
    _PRECISION_OF_GROUPS,
    _PUBLICATION,
    _PUBLISHED_BY,
    _REFERENCE_TAG,
    _T,
    _WORD,
)


class _Reader:
    """Reads resume values, collecting every problem with its JSON path."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, message: str, path: str) -> None:
        self.errors.append(f"{message} @ {path}")

    def obj(self, value: object, path: str) -> Mapping[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.fail(f"expected an object, got {_describe(value)}", path)
            return None
        return value

    def entries(self, doc: Mapping[str, Any], section: str) -> Iterator[tuple[str, Any]]:
        """``(path, entry)`` for each object in a list section; absent or null is empty."""
        value = doc.get(section)
        if value is None:
            return
        if not isinstance(value, list | tuple):
            self.fail(f"expected a list, got {_describe(value)}", f"$.{section}")
            return
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                yield f"$.{section}[{i}]", item
            else:
                self.fail(f"expected an object, got {_describe(item)}", f"$.{section}[{i}]")

    def text(self, entry: Mapping[str, Any], *keys: str, path: str, required: bool = False) -> str:
        """The first of ``keys`` present (later keys are legacy names); null is absent."""
        key = next((k for k in keys if entry.get(k) is not None), keys[0])
        where = f"{path}.{key}"
        value = entry.get(key)
        if value is None:
            if required:
                self.fail("required key missing", where)
            return ""
        try:
            text = _structure_str(value, str)
        except ValueError as exc:
            self.fail(str(exc), where)
            return ""
        if required and not text.strip():
            self.fail("must not be empty", where)
        return text

    def texts(self, entry: Mapping[str, Any], key: str, path: str) -> list[str]:
        value = entry.get(key)
        if value is None:
            return []
        if not isinstance(value, list | tuple):
            self.fail(f"expected a list, got {_describe(value)}", f"{path}.{key}")
            return []
        found = []
        for i, item in enumerate(value):
            try:
                found.append(_structure_str(item, str))
            except ValueError as exc:
                self.fail(str(exc), f"{path}.{key}[{i}]")
        return found

    def date(
        self, entry: Mapping[str, Any], key: str, path: str
    ) -> tuple[date | None, DatePrecision]:
        """A ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date, as its first day; null or "" is absent."""
        value = entry.get(key)
        if value is None or value == "" or (key == "endDate" and _is_ongoing(value)):
            return None, "day"
        where = f"{path}.{key}"
        if not isinstance(value, str):
            self.fail(f"expected a date like '2020-06-30', got {_describe(value)}", where)
            return None, "day"
        match = _DATE.fullmatch(value.strip())
        if match is None:
            self.fail(f"{value!r} is not a date like '2020', '2020-06' or '2020-06-30'", where)
            return None, "day"
        parts = [int(p) for p in match.groups() if p is not None]
        try:
            day = date(parts[0], *(parts[1:] or [1]), *([1] if len(parts) < 3 else []))
        except ValueError:
            self.fail(f"{value!r} is not a real date", where)
            return None, "day"
        return day, _PRECISION_OF_GROUPS[len(parts) - 1]

    def level(self, entry: Mapping[str, Any], key: str, path: str) -> tuple[int, str] | None:
        """``(level, the resume's word)``, or ``None`` when no level is given."""
        value = entry.get(key)
        if type(value) is int and 1 <= value <= 5:
            return value, str(value)
        if value is not None and not isinstance(value, str):
            shown = repr(value) if type(value) in (int, float) else _describe(value)
            self.fail(
                f"expected a level such as 'Advanced' or '1' to '5', got {shown}", f"{path}.{key}"
            )
            return None
        word = self.text(entry, key, path=path)
        if len(_LEVEL_NOTE + word) > MAX_STRING:  # kept in a note that a plan file must hold
            self.fail(
                f"the level is {len(word):,} characters long; the limit is "
                f"{MAX_STRING - len(_LEVEL_NOTE):,}",
                f"{path}.{key}",
            )
            return None
        return (_level_of(word), word) if word.strip() else None

    def note(self, path: str, what: str, *lines: str) -> str | None:
        """The lines of a note, or None (and a problem) when a plan file could not hold it."""
        note = "\n".join(line for line in lines if line)
        if len(note) > MAX_STRING:
            self.fail(
                f"the {what} together are {len(note):,} characters long; the limit is "
                f"{MAX_STRING:,}",
                path,
            )
            return None
        return note

    def build(
        self, make: Callable[..., _T], path: str, keys: Mapping[str, str], *args: Any, **kwargs: Any
    ) -> _T | None:
        """``make(*args, **kwargs)``, with the model's own checks reported at the resume's key."""
        try:
            return make(*args, **kwargs)
        except FieldError as exc:
            self.fail(exc.message, f"{path}.{keys.get(exc.field, exc.field)}")
            return None


# Words some tools write for the end of a role that has not ended.
_ONGOING = frozenset({"present", "current", "now", "ongoing", "today"})
# The top-level keys of a JSON Resume; a document with keys but none of these is something else.
_SECTIONS = frozenset(
    {
        "$schema",
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
        "meta",
    }
)


def _is_ongoing(value: object) -> bool:
    return isinstance(value, str) and value.strip().casefold() in _ONGOING


def _not_a_resume(doc: Mapping[str, Any]) -> str | None:
    """Why ``doc`` is not a resume, or None when it may be one."""
    schema = doc.get("schema")
    if isinstance(schema, str) and schema.startswith("careerkit/"):
        return "this is a careerkit plan, not a JSON Resume: read it with careerkit.load @ $"
    if doc and not _SECTIONS.intersection(doc):
        keys = ", ".join(repr(k)[:40] for k in list(doc)[:5])
        return f"not a JSON Resume: none of its keys ({keys}) is a resume section @ $"
    return None


def _level_of(word: str) -> int:
    return _LEVELS.get(" ".join(word.split()).casefold(), 0)


def _slug(name: str, fallback: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:90].rstrip("-") or fallback


class _Ids:
    """Unique ids in one collection: ``python``, ``python-2``, ``python-3``."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def new(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self.taken.add(candidate)
        return candidate


@attrs.define
class _SkillDraft:
    """A skill being read; evidence from awards and publications is added before it is built."""

    path: str
    id: str
    name: str
    category: SkillCategory
    level: tuple[int, str] | None
    keywords: list[str]
    evidence: list[Evidence] = attrs.Factory(list)

    def terms(self) -> list[str]:
        return [t.casefold() for t in (self.name, *self.keywords) if t.strip()]


def from_json_resume(
    doc: Mapping[str, Any] | str, *, as_of: date | str | None = None
) -> CareerPlan:
    """A plan from a JSON Resume document (parsed, or as JSON text).

    ``as_of`` dates what the resume states without a date (skill keywords, levels, undated
    awards); by default the resume's ``meta.lastModified``, else today.

    Any problem raises :class:`~careerkit.PlanValidationError` listing each one with its path
    in the resume (``... @ $.skills[2].level``); no other exception escapes. A wrong ``as_of``
    raises :class:`~careerkit.PolicyError` naming it, as every entry point does.
    """
    given = None if as_of is None else as_of_date(as_of)
    if isinstance(doc, str):
        try:
            doc = json.loads(doc)
        except RecursionError:
            raise PlanValidationError(["the document is nested too deeply @ $"]) from None
        except ValueError as exc:
            raise PlanValidationError([f"not valid JSON: {exc} @ $"]) from None
    if not isinstance(doc, Mapping):
        raise PlanValidationError(
            [f"expected an object at the top level, got {_describe(doc)} @ $"]
        )
    problem = _not_a_resume(doc)
    if problem is not None:
        raise PlanValidationError([problem])
    read = _Reader()
    when = given or _last_modified(doc) or date.today()
    owner_name, role, organization = _basics(read, doc)
    positions = _positions(read, doc)
    if not organization:
        organization = _current_organization(positions)
    skill_ids = _Ids()
    drafts = [*_skills(read, doc, skill_ids), *_languages(read, doc, skill_ids)]
    achievements = _achievements(read, doc, when)
    spare = _SkillDraft("$", "", _ACHIEVEMENTS, "domain", None, [])
    mentions = _Mentions(drafts)
    for text, evidence in achievements:
        (mentions.first(text) or spare).evidence.append(evidence)
    if spare.evidence:
        spare.id = skill_ids.new(_slug(_ACHIEVEMENTS, "achievements"))
        drafts.append(spare)
    skills = [_build_skill(read, d, when) for d in drafts]
    learning = _certificates(read, doc)
    contacts = _references(read, doc)
    if read.errors:
        raise PlanValidationError(read.errors)
    held = tuple(p for p in positions if p is not None)
    return CareerPlan(
        owner=Owner(owner_name, role, organization),
        skills=tuple(s for s in skills if s is not None),
        learning=tuple(a for a in learning if a is not None),
        contacts=tuple(c for c in contacts if c is not None),
        positions=held,
    )


def _last_modified(doc: Mapping[str, Any]) -> date | None:
    meta = doc.get("meta")
    stamp = meta.get("lastModified") if isinstance(meta, Mapping) else None
    if isinstance(stamp, str) and re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", stamp):
        try:
            return date.fromisoformat(stamp[:10])
        except ValueError:
            return None
    return None


def _basics(read: _Reader, doc: Mapping[str, Any]) -> tuple[str, str, str]:
    basics = read.obj(doc.get("basics"), "$.basics")
    if basics is None:
        return "", "", ""
    return (
        read.text(basics, "name", path="$.basics"),
        read.text(basics, "label", path="$.basics"),
        read.text(basics, "organization", path="$.basics"),
    )


_POSITION_KEYS = MappingProxyType(
    {"organization": "name", "title": "position", "start": "startDate", "end": "endDate"}
)
_VOLUNTEER_KEYS = MappingProxyType({**_POSITION_KEYS, "organization": "organization"})


def _positions(read: _Reader, doc: Mapping[str, Any]) -> list[Position | None]:
    ids = _Ids()
    found: list[Position | None] = []
    sections: tuple[tuple[PositionKind, tuple[str, ...], Mapping[str, str]], ...] = (
        ("work", ("name", "company"), _POSITION_KEYS),
        ("volunteer", ("organization",), _VOLUNTEER_KEYS),
    )
    for kind, org_keys, keys in sections:
        for path, entry in read.entries(doc, kind):
            organization = read.text(entry, *org_keys, path=path)
            title = read.text(entry, "position", path=path)
            if not organization.strip() and not title.strip():
                read.fail(
                    f"required key missing ({org_keys[0]} or position)",
                    f"{path}.{org_keys[0]}",
                )
                continue
            start, start_precision = read.date(entry, "startDate", path)
            end, end_precision = read.date(entry, "endDate", path)
            position = read.build(
                Position,
                path,
                keys,
                ids.new(_slug(organization or title, kind)),
                kind,
                organization=organization,
                title=title,
                location=read.text(entry, "location", path=path),
                description=read.text(entry, "description", path=path),
                url=read.text(entry, "url", "website", path=path),
                start=start,
                end=end,
                start_precision=start_precision,
                end_precision=end_precision,
                summary=read.text(entry, "summary", path=path),
                highlights=tuple(read.texts(entry, "highlights", path)),
            )
            found.append(position)
    return found


def _current_organization(positions: Iterable[Position | None]) -> str:
    current = [
        p
        for p in positions
        if p is not None and p.kind == "work" and p.is_current and p.organization
    ]
    if not current:
        return ""
    # The most recently started current job; an undated one counts as the oldest.
    return max(current, key=lambda p: p.start or date.min).organization


def _skills(read: _Reader, doc: Mapping[str, Any], ids: _Ids) -> Iterator[_SkillDraft]:
    for path, entry in read.entries(doc, "skills"):
        name = read.text(entry, "name", path=path, required=True)
        level = read.level(entry, "level", path)
        keywords = [k for k in read.texts(entry, "keywords", path) if k.strip()]
        if name.strip():
            yield _SkillDraft(
                path, ids.new(_slug(name, "skill")), name, "technical", level, keywords
            )


def _languages(read: _Reader, doc: Mapping[str, Any], ids: _Ids) -> Iterator[_SkillDraft]:
    for path, entry in read.entries(doc, "languages"):
        # An early version of the schema, still in some themes' samples, wrote name and level.
        name = read.text(entry, "language", "name", path=path, required=True)
        level = read.level(entry, "fluency" if entry.get("fluency") is not None else "level", path)
        if name.strip():
            skill_id = ids.new(_LANGUAGE_PREFIX + _slug(name, "language"))
            yield _SkillDraft(path, skill_id, name, "soft", level, [])


def _achievements(
    read: _Reader, doc: Mapping[str, Any], when: date
) -> Iterator[tuple[str, Evidence]]:
    """``(text to match against skills, evidence)`` for each award and publication."""
    for path, entry in read.entries(doc, "awards"):
        title = read.text(entry, "title", path=path, required=True)
        day, _ = read.date(entry, "date", path)
        awarder = read.text(entry, "awarder", path=path)
        summary = read.text(entry, "summary", path=path)
        if title.strip():
            what = "title, awarder and summary"
            note = read.note(path, what, _AWARD + title, awarder and _AWARDED_BY + awarder, summary)
            if note is not None:
                yield f"{title}\n{summary}", Evidence(day or when, note)
    for path, entry in read.entries(doc, "publications"):
        name = read.text(entry, "name", path=path, required=True)
        day, _ = read.date(entry, "releaseDate", path)
        publisher = read.text(entry, "publisher", path=path)
        summary = read.text(entry, "summary", path=path)
        url = read.text(entry, "url", "website", path=path)
        if name.strip():
            what = "name, publisher and summary"
            note = read.note(
                path, what, _PUBLICATION + name, publisher and _PUBLISHED_BY + publisher, summary
            )
            if note is not None:
                yield f"{name}\n{summary}", Evidence(day or when, note, url)


class _Mentions:
    """Finds the first skill whose name or a keyword a text mentions as a whole word.

    A term is indexed by its first word and, under it, by its shape (where that word starts in
    the term, and the term's length). For each word of a text, one dictionary lookup per shape
    tells whether a term starts there: a large resume costs time in proportion to its size
    times the few shapes a word has, not to skills x awards.
    """

    def __init__(self, drafts: list[_SkillDraft]) -> None:
        self.drafts = drafts
        # first word -> (offset of that word in the term, term length) -> term -> first draft
        self.by_word: dict[str, dict[tuple[int, int], dict[str, int]]] = {}
        # Terms without a letter or digit ("C++" has one; "++" has none), by length.
        self.wordless: dict[int, dict[str, int]] = {}
        for n, draft in enumerate(drafts):
            for term in draft.terms():
                word = _WORD.search(term)
                if word is None:
                    self.wordless.setdefault(len(term), {}).setdefault(term, n)
                else:
                    shapes = self.by_word.setdefault(word[0], {})
                    shapes.setdefault((word.start(), len(term)), {}).setdefault(term, n)

    def first(self, text: str) -> _SkillDraft | None:
        folded = text.casefold()
        best = len(self.drafts)
        for match in _WORD.finditer(folded):
            for (offset, length), terms in self.by_word.get(match[0], {}).items():
                start = match.start() - offset
                n = terms.get(folded[start : start + length], best) if start >= 0 else best
                if n < best and _whole(folded, start, start + length):
                    best = n
        if self.wordless:
            best = min(best, self._wordless(folded, best))
        return self.drafts[best] if best < len(self.drafts) else None

    def _wordless(self, folded: str, best: int) -> int:
        # Such a term lies inside a run of non-word characters, away from the words around it.
        for run in _NON_WORD.finditer(folded):
            for length, terms in self.wordless.items():
                for start in range(run.start(), run.end() - length + 1):
                    n = terms.get(folded[start : start + length], best)
                    if n < best and _whole(folded, start, start + length):
                        best = n
        return best


_NON_WORD = re.compile(r"\W+")


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is not part of a longer word on either side."""
    before = start == 0 or not _WORD.match(text, start - 1, start)
    return before and (end == len(text) or not _WORD.match(text, end, end + 1))


def _build_skill(read: _Reader, draft: _SkillDraft, when: date) -> Skill | None:
    level, word = draft.level or (0, "")
    history = (LevelRecord(when, level, _LEVEL_NOTE + word),) if word else ()
    evidence = [Evidence(when, k) for k in draft.keywords] + draft.evidence
    return read.build(
        Skill,
        draft.path,
        {},
        draft.id,
        draft.name,
        category=draft.category,
        level=level,
        history=history,
        evidence=tuple(evidence),
    )


def _certificates(read: _Reader, doc: Mapping[str, Any]) -> list[LearningActivity | None]:
    ids = _Ids()
    found: list[LearningActivity | None] = []
    for path, entry in read.entries(doc, "certificates"):
        name = read.text(entry, "name", path=path, required=True)
        day, _ = read.date(entry, "date", path)
        issuer = read.text(entry, "issuer", path=path)
        url = read.text(entry, "url", "website", path=path)
        if name.strip():
            activity = read.build(
                LearningActivity,
                path,
                {"title": "name", "provider": "issuer", "completed": "date"},
                ids.new(_slug(name, "certificate")),
                "certification",
                name,
                provider=issuer,
                completed=day,
                credential=Credential(issued=day, url=url),
            )
            found.append(activity)
    return found


def _references(read: _Reader, doc: Mapping[str, Any]) -> list[Contact | None]:
    ids = _Ids()
    found: list[Contact | None] = []
    for path, entry in read.entries(doc, "references"):
        name = read.text(entry, "name", path=path, required=True)
        reference = read.text(entry, "reference", path=path)
        if name.strip():
            # References are private: nobody but the owner sees them unless shared later.
            contact = read.build(
                Contact,
                path,
                {"notes": "reference"},
                ids.new(_slug(name, "reference")),
                name,
                tags=(_REFERENCE_TAG,),
                notes=reference,
                shared_with=(),
            )
            found.append(contact)
    return found
