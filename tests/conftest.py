"""Fixtures and settings shared by the test modules."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Property tests build whole plans; a slow first example is not a failure. The default run is
# what every contributor runs after each change, so it tries 50 examples a property (the
# properties' assertions are the same in every profile); `nox -s fuzz` hunts with 2,000.
# The default run is also derandomized: the same examples every time, so a change is judged by
# what it changed and never by which examples a run drew; the thorough run draws afresh.
settings.register_profile(
    "careerkit",
    deadline=None,
    max_examples=50,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough", settings.get_profile("careerkit"), max_examples=2000, derandomize=False
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "careerkit"))

#: The sample plan of the design document, exactly as written there.
SAMPLE_DOCUMENT = """\
{
  "schema": "careerkit/1",
  "owner": {"name": "Ada", "role": "Senior Engineer"},
  "values": [{"id": "growth", "name": "Growth"}],
  "goals": [{
    "id": "talks", "title": "Give two conference talks by June 30, 2027",
    "created": "2026-11-01", "start": "2026-11-01", "deadline": "2027-06-30", "status": "active",
    "metric": {"name": "talks given", "unit": "talks", "baseline": 0, "target": 2, "direction": "up"},
    "check_ins": [{"date": "2027-01-15", "value": 1}],
    "milestones": [{"title": "Submit proposal", "due": "2027-02-01"}],
    "values": ["growth"], "skills": [{"skill": "speaking", "level": 3}]
  }],
  "skills": [{"id": "speaking", "name": "Public speaking", "category": "soft", "level": 2}],
  "learning": [{"id": "aws", "kind": "certification", "title": "AWS Solutions Architect",
                "completed": "2025-03-01",
                "credential": {"issued": "2025-03-01", "expires": "2028-03-01"}}],
  "contacts": [{"id": "lee", "name": "Lee", "cadence_days": 60,
                "interactions": [{"date": "2026-09-01", "direction": "gave", "channel": "coffee",
                                  "note": "Reviewed her talk draft"}]}],
  "mentors": [{"id": "m1", "contact": "lee", "role": "sponsor", "status": "active", "cadence_days": 30}],
  "challenges": [{"id": "c1", "title": "Lead the data migration", "stretch": 4,
                  "visibility": "organization", "start": "2026-10-01", "end": "2027-01-31",
                  "status": "active"}],
  "reflections": [{"id": "r1", "date": "2026-11-20", "energy": 3,
                   "prompts": [{"prompt": "What went well?", "answer": "Submitted my first proposal"}],
                   "assessments": [{"goal": "talks", "on_track": true, "aligned": true, "decision": "keep"}]}],
  "wellbeing": {"weeks": [{"week": "2026-11-16", "hours_worked": 52, "contracted_hours": 40,
                           "sleep_hours": 6.5, "activity_minutes": 90, "vigorous_minutes": 0,
                           "after_hours_days": 3, "leave_days": 0}],
                "who5": [{"date": "2026-11-20", "answers": [3, 3, 2, 3, 2]}]}
}
"""


@pytest.fixture
def sample_document() -> str:
    """The design document's sample plan as JSON text."""
    return SAMPLE_DOCUMENT


@pytest.fixture
def sample_data() -> dict[str, Any]:
    """The sample plan parsed into plain data, ready to be changed by a test."""
    data: dict[str, Any] = json.loads(SAMPLE_DOCUMENT)
    return data
