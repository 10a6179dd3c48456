"""A :class:`~careerkit.CareerPlan` written as a JSON Resume document."""

from __future__ import annotations

import urllib.parse
from datetime import date
from typing import Any

from careerkit._model.fields import is_visible
from careerkit._model.history import DatePrecision, Position
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import Viewer, redact
from careerkit._model.skills import (
    Credential,
    Evidence,
    LearningActivity,
    Skill,
)
from careerkit._resume.reader import _level_of
from careerkit._resume.words import (
    _AWARD,
    _AWARDED_BY,
    _LANGUAGE_PREFIX,
    _LANGUAGE_WORDS,
    _LEVEL_NOTE,
    _PUBLICATION,
    _PUBLISHED_BY,
    _REFERENCE_TAG,
    _SCHEME,
    _SKILL_WORDS,
    _URI_SAFE,
)


def to_json_resume(plan: CareerPlan, *, audience: Viewer = "self") -> dict[str, Any]:
    """The plan as a JSON Resume document (plain JSON-ready data).

    Only what JSON Resume can hold is written: the owner, positions, skills and languages with
    their keywords, awards and publications, certifications, and contacts tagged
    ``"reference"``. Goals, reflections, well-being and the rest of the network stay out. With
    an ``audience``, only what the plan shares with it is written (see :func:`careerkit.redact`).
    """
    if not isinstance(plan, CareerPlan):
        raise TypeError(f"expected a CareerPlan, got {type(plan).__name__}")
    plan = redact(plan, audience)
    resume: dict[str, Any] = {}
    basics = _compact({"name": plan.owner.name, "label": plan.owner.role})
    if basics:
        resume["basics"] = basics
    positions = plan.positions
    work = [_position_entry(p, "name") for p in positions if p.kind == "work"]
    # Only an organization a reader can see makes a work entry (a resume reader, careerkit's
    # among them, refuses a position named only by blanks or control characters).
    if not positions and is_visible(plan.owner.organization):
        work = [_compact({"name": plan.owner.organization, "position": plan.owner.role})]
    volunteer = [_position_entry(p, "organization") for p in positions if p.kind == "volunteer"]
    awards: list[dict[str, Any]] = []
    publications: list[dict[str, Any]] = []
    skills: list[dict[str, Any]] = []
    languages: list[dict[str, Any]] = []
    for skill in plan.skills:
        is_language = skill.category == "soft" and skill.id.startswith(_LANGUAGE_PREFIX)
        keywords: list[str] = []
        for evidence in skill.evidence:
            if evidence.note.startswith(_AWARD):
                awards.append(_award_entry(evidence))
            elif evidence.note.startswith(_PUBLICATION):
                publications.append(_publication_entry(evidence))
            else:
                keywords.append(evidence.note)
        word = _word(skill, is_language)
        if is_language:
            languages.append(_compact({"language": skill.name, "fluency": word}))
        elif word or keywords or not skill.evidence:
            # A skill with no level holding only awards and publications has nothing to list.
            skills.append(_compact({"name": skill.name, "level": word, "keywords": keywords}))
    certificates = [_certificate_entry(a) for a in plan.learning if a.kind == "certification"]
    references = [
        _compact({"name": c.name, "reference": c.notes})
        for c in plan.contacts
        if _REFERENCE_TAG in c.tags
    ]
    sections = {
        "work": work,
        "volunteer": volunteer,
        "awards": awards,
        "certificates": certificates,
        "publications": publications,
        "skills": skills,
        "languages": languages,
        "references": references,
    }
    resume.update((name, entries) for name, entries in sections.items() if entries)
    return resume


def _compact(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry without empty values (JSON Resume leaves unknown things out)."""
    return {k: v for k, v in entry.items() if v not in ("", None, [])}


def _word(skill: Skill, language: bool) -> str:
    """The resume's own word for the skill's level if it still says so, else ours."""
    last = skill.history[-1] if skill.history else None
    if last is not None and last.note.startswith(_LEVEL_NOTE):
        word = last.note[len(_LEVEL_NOTE) :]
        if word.strip() and _level_of(word) == skill.level:
            return word
    return (_LANGUAGE_WORDS if language else _SKILL_WORDS).get(skill.level, "")


def _date_text(value: date | None, precision: DatePrecision = "day") -> str:
    # JSON Resume dates hold years 1000 to 2999 only.
    if value is None or not 1000 <= value.year <= 2999:
        return ""
    return value.isoformat()[: {"year": 4, "month": 7, "day": 10}[precision]]


def _uri(url: str) -> str:
    """A URL as a valid URI: a scheme added when missing, unsafe characters escaped."""
    url = url.strip()
    if not url:
        return ""
    if not _SCHEME.match(url):
        url = "https://" + url
    return urllib.parse.quote(url, safe=_URI_SAFE)


def _position_entry(position: Position, organization_key: str) -> dict[str, Any]:
    return _compact(
        {
            organization_key: position.organization,
            "position": position.title,
            "location": position.location,
            "description": position.description,
            "url": _uri(position.url),
            "startDate": _date_text(position.start, position.start_precision),
            "endDate": _date_text(position.end, position.end_precision),
            "summary": position.summary,
            "highlights": list(position.highlights),
        }
    )


def _split_note(note: str, prefix: str, by: str) -> tuple[str, str, str]:
    """``(title, by whom, summary)`` from an award or publication note."""
    title, _, rest = note[len(prefix) :].partition("\n")
    lines = rest.split("\n") if rest else []
    who = lines.pop(0)[len(by) :] if lines and lines[0].startswith(by) else ""
    return title, who, "\n".join(lines)


def _award_entry(evidence: Evidence) -> dict[str, Any]:
    title, awarder, summary = _split_note(evidence.note, _AWARD, _AWARDED_BY)
    return _compact(
        {"title": title, "date": _date_text(evidence.date), "awarder": awarder, "summary": summary}
    )


def _publication_entry(evidence: Evidence) -> dict[str, Any]:
    name, publisher, summary = _split_note(evidence.note, _PUBLICATION, _PUBLISHED_BY)
    return _compact(
        {
            "name": name,
            "publisher": publisher,
            "releaseDate": _date_text(evidence.date),
            "url": _uri(evidence.url),
            "summary": summary,
        }
    )


def _certificate_entry(activity: LearningActivity) -> dict[str, Any]:
    credential = activity.credential or Credential()
    return _compact(
        {
            "name": activity.title,
            "date": _date_text(credential.issued or activity.completed),
            "url": _uri(credential.url),
            "issuer": activity.provider,
        }
    )
