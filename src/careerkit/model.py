"""Every record class a career plan is made of.

The most used ones are also available from the top-level package (``careerkit.Goal``); the
records that only appear inside others (a reflection's ``Assessment``, a sponsor's
``Advocacy``, ...) live here.

>>> from datetime import date
>>> from careerkit.model import Assessment, Reflection
>>> Reflection("r1", date(2026, 11, 20), assessments=(Assessment("talks", aligned=True),))
Reflection(id='r1', date=datetime.date(2026, 11, 20), prompts=(), energy=None, assessments=(Assessment(goal='talks', on_track=None, aligned=True, decision=None, note=''),), shared_with=())
"""

from __future__ import annotations

from careerkit._model.challenges import Challenge
from careerkit._model.goals import CheckIn, Goal, Metric, Milestone, SkillTarget
from careerkit._model.history import Position
from careerkit._model.network import Advocacy, Contact, Interaction, Meeting, Mentor
from careerkit._model.plan import CareerPlan, Owner, Value
from careerkit._model.reflections import Assessment, PromptAnswer, Reflection
from careerkit._model.skills import Credential, Evidence, LearningActivity, LevelRecord, Skill
from careerkit._model.wellbeing import CbiResponse, TimeOff, WeekLog, Wellbeing, Who5Response
from careerkit._public import publish as _publish

__all__ = [
    "Advocacy",
    "Assessment",
    "CareerPlan",
    "CbiResponse",
    "Challenge",
    "CheckIn",
    "Contact",
    "Credential",
    "Evidence",
    "Goal",
    "Interaction",
    "LearningActivity",
    "LevelRecord",
    "Meeting",
    "Mentor",
    "Metric",
    "Milestone",
    "Owner",
    "Position",
    "PromptAnswer",
    "Reflection",
    "Skill",
    "SkillTarget",
    "TimeOff",
    "Value",
    "WeekLog",
    "Wellbeing",
    "Who5Response",
]

# Show every class here as careerkit.X or careerkit.model.X, its public home.
_publish(globals(), __all__, __name__)
