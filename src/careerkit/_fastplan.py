"""The fast path of plan documents: generated from the model by
careerkit._io.fast_path_source(); do not edit. Regenerate after changing a model class:

    python tests/test_fastload.py > src/careerkit/_fastplan.py

Generated with attrs 26.1.0.
"""

# mypy: ignore-errors
# ruff: noqa
# fmt: off
from datetime import date as _date

from attrs import NOTHING, fields

from careerkit._fastbase import _Reject, _setter, _utf8, same_fields
from careerkit._model.plan import CareerPlan as CLS1
from careerkit._model.history import Position as CLS24
from careerkit._model.wellbeing import Wellbeing as CLS58
from careerkit._model.wellbeing import CbiResponse as CLS81
from careerkit._model.wellbeing import Who5Response as CLS89
from careerkit._model.wellbeing import TimeOff as CLS94
from careerkit._model.wellbeing import WeekLog as CLS99
from careerkit._model.reflections import Reflection as CLS138
from careerkit._model.reflections import Assessment as CLS155
from careerkit._model.reflections import PromptAnswer as CLS168
from careerkit._model.challenges import Challenge as CLS174
from careerkit._model.network import Mentor as CLS209
from careerkit._model.network import Advocacy as CLS243
from careerkit._model.network import Meeting as CLS248
from careerkit._model.network import Contact as CLS252
from careerkit._model.network import Interaction as CLS283
from careerkit._model.skills import LearningActivity as CLS294
from careerkit._model.skills import Credential as CLS325
from careerkit._model.skills import Skill as CLS334
from careerkit._model.skills import Evidence as CLS360
from careerkit._model.skills import LevelRecord as CLS367
from careerkit._model.goals import Goal as CLS374
from careerkit._model.goals import SkillTarget as CLS420
from careerkit._model.goals import Milestone as CLS427
from careerkit._model.goals import CheckIn as CLS435
from careerkit._model.goals import Metric as CLS445
from careerkit._model.plan import Value as CLS456
from careerkit._model.plan import Owner as CLS476

_fromiso = _date.fromisoformat
_new = object.__new__
_set = object.__setattr__
MAXS = 100000
MAXI = 9007199254740992
FCLS1 = fields(CLS1)
same_fields(FCLS1, ('owner', 'values', 'goals', 'skills', 'learning', 'contacts', 'mentors', 'challenges', 'reflections', 'wellbeing', 'positions'))
FCLS24 = fields(CLS24)
same_fields(FCLS24, ('id', 'kind', 'organization', 'title', 'location', 'description', 'url', 'start', 'end', 'start_precision', 'end_precision', 'summary', 'highlights', 'shared_with'))
FCLS58 = fields(CLS58)
same_fields(FCLS58, ('weeks', 'time_off', 'who5', 'cbi', 'annual_leave_days', 'shared_with'))
FCLS81 = fields(CLS81)
same_fields(FCLS81, ('date', 'personal', 'work', 'client'))
FCLS89 = fields(CLS89)
same_fields(FCLS89, ('date', 'answers'))
FCLS94 = fields(CLS94)
same_fields(FCLS94, ('start', 'end', 'note'))
FCLS99 = fields(CLS99)
same_fields(FCLS99, ('week', 'hours_worked', 'contracted_hours', 'sleep_hours', 'activity_minutes', 'vigorous_minutes', 'after_hours_days', 'leave_days'))
FCLS138 = fields(CLS138)
same_fields(FCLS138, ('id', 'date', 'prompts', 'energy', 'assessments', 'shared_with'))
FCLS155 = fields(CLS155)
same_fields(FCLS155, ('goal', 'on_track', 'aligned', 'decision', 'note'))
FCLS168 = fields(CLS168)
same_fields(FCLS168, ('prompt', 'answer'))
FCLS174 = fields(CLS174)
same_fields(FCLS174, ('id', 'title', 'description', 'stretch', 'visibility', 'skills', 'sponsor', 'start', 'end', 'status', 'outcome', 'lessons', 'shared_with'))
FCLS209 = fields(CLS209)
same_fields(FCLS209, ('id', 'contact', 'name', 'role', 'status', 'focus', 'cadence_days', 'since', 'meetings', 'advocacy', 'notes', 'shared_with'))
FCLS243 = fields(CLS243)
same_fields(FCLS243, ('date', 'note'))
FCLS248 = fields(CLS248)
same_fields(FCLS248, ('date', 'note'))
FCLS252 = fields(CLS252)
same_fields(FCLS252, ('id', 'name', 'organization', 'role', 'how_met', 'since', 'cadence_days', 'interactions', 'tags', 'notes', 'shared_with'))
FCLS283 = fields(CLS283)
same_fields(FCLS283, ('date', 'direction', 'channel', 'note', 'shared_with'))
FCLS294 = fields(CLS294)
same_fields(FCLS294, ('id', 'kind', 'title', 'provider', 'hours', 'cost', 'started', 'completed', 'skills', 'credential', 'notes'))
FCLS325 = fields(CLS325)
same_fields(FCLS325, ('issued', 'expires', 'number', 'url'))
FCLS334 = fields(CLS334)
same_fields(FCLS334, ('id', 'name', 'category', 'level', 'target', 'history', 'evidence'))
FCLS360 = fields(CLS360)
same_fields(FCLS360, ('date', 'note', 'url'))
FCLS367 = fields(CLS367)
same_fields(FCLS367, ('date', 'level', 'note'))
FCLS374 = fields(CLS374)
same_fields(FCLS374, ('id', 'title', 'description', 'created', 'start', 'deadline', 'status', 'metric', 'check_ins', 'milestones', 'values', 'skills', 'parent', 'weight', 'tags', 'effort_hours', 'shared_with'))
FCLS420 = fields(CLS420)
same_fields(FCLS420, ('skill', 'level'))
FCLS427 = fields(CLS427)
same_fields(FCLS427, ('title', 'due', 'done_on'))
FCLS435 = fields(CLS435)
same_fields(FCLS435, ('date', 'value', 'note', 'confidence'))
FCLS445 = fields(CLS445)
same_fields(FCLS445, ('name', 'baseline', 'target', 'unit', 'direction'))
FCLS456 = fields(CLS456)
same_fields(FCLS456, ('id', 'name', 'description', 'kind', 'importance', 'shared_with'))
FCLS476 = fields(CLS476)
same_fields(FCLS476, ('name', 'role', 'organization'))
DEFAULT2 = FCLS1.owner.default
DEFAULT3 = FCLS1.values.default
DEFAULT4 = FCLS1.goals.default
DEFAULT5 = FCLS1.skills.default
DEFAULT6 = FCLS1.learning.default
DEFAULT7 = FCLS1.contacts.default
DEFAULT8 = FCLS1.mentors.default
DEFAULT9 = FCLS1.challenges.default
DEFAULT10 = FCLS1.reflections.default
DEFAULT11 = FCLS1.wellbeing.default
DEFAULT12 = FCLS1.positions.default
SET13 = _setter(CLS1, 'owner')
SET14 = _setter(CLS1, 'values')
SET15 = _setter(CLS1, 'goals')
SET16 = _setter(CLS1, 'skills')
SET17 = _setter(CLS1, 'learning')
SET18 = _setter(CLS1, 'contacts')
SET19 = _setter(CLS1, 'mentors')
SET20 = _setter(CLS1, 'challenges')
SET21 = _setter(CLS1, 'reflections')
SET22 = _setter(CLS1, 'wellbeing')
SET23 = _setter(CLS1, 'positions')
CHOICES25 = frozenset(('volunteer', 'work'))
DEFAULT26 = FCLS24.kind.default
DEFAULT27 = FCLS24.organization.default
DEFAULT28 = FCLS24.title.default
DEFAULT29 = FCLS24.location.default
DEFAULT30 = FCLS24.description.default
DEFAULT31 = FCLS24.url.default
DEFAULT32 = FCLS24.start.default
DEFAULT33 = FCLS24.end.default
CHOICES34 = frozenset(('day', 'month', 'year'))
DEFAULT35 = FCLS24.start_precision.default
CHOICES36 = frozenset(('day', 'month', 'year'))
DEFAULT37 = FCLS24.end_precision.default
DEFAULT38 = FCLS24.summary.default
DEFAULT39 = FCLS24.highlights.default
CHOICES40 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT41 = FCLS24.shared_with.default
SET42 = _setter(CLS24, 'id')
VALIDATE43 = FCLS24.id.validator
ATTRIBUTE44 = FCLS24.id
SET45 = _setter(CLS24, 'kind')
SET46 = _setter(CLS24, 'organization')
SET47 = _setter(CLS24, 'title')
SET48 = _setter(CLS24, 'location')
SET49 = _setter(CLS24, 'description')
SET50 = _setter(CLS24, 'url')
SET51 = _setter(CLS24, 'start')
SET52 = _setter(CLS24, 'end')
SET53 = _setter(CLS24, 'start_precision')
SET54 = _setter(CLS24, 'end_precision')
SET55 = _setter(CLS24, 'summary')
SET56 = _setter(CLS24, 'highlights')
SET57 = _setter(CLS24, 'shared_with')
DEFAULT59 = FCLS58.weeks.default
DEFAULT60 = FCLS58.time_off.default
DEFAULT61 = FCLS58.who5.default
DEFAULT62 = FCLS58.cbi.default
DEFAULT63 = FCLS58.annual_leave_days.default
CHOICES64 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT65 = FCLS58.shared_with.default
CONVERT66 = FCLS58.weeks.converter
SET67 = _setter(CLS58, 'weeks')
VALIDATE68 = FCLS58.weeks.validator
ATTRIBUTE69 = FCLS58.weeks
DEFAULT70 = FCLS58.weeks.default
SET71 = _setter(CLS58, 'time_off')
CONVERT72 = FCLS58.who5.converter
SET73 = _setter(CLS58, 'who5')
CONVERT74 = FCLS58.cbi.converter
SET75 = _setter(CLS58, 'cbi')
SET76 = _setter(CLS58, 'annual_leave_days')
VALIDATE77 = FCLS58.annual_leave_days.validator
ATTRIBUTE78 = FCLS58.annual_leave_days
DEFAULT79 = FCLS58.annual_leave_days.default
SET80 = _setter(CLS58, 'shared_with')
DEFAULT82 = FCLS81.personal.default
DEFAULT83 = FCLS81.work.default
DEFAULT84 = FCLS81.client.default
SET85 = _setter(CLS81, 'date')
SET86 = _setter(CLS81, 'personal')
SET87 = _setter(CLS81, 'work')
SET88 = _setter(CLS81, 'client')
SET90 = _setter(CLS89, 'date')
SET91 = _setter(CLS89, 'answers')
VALIDATE92 = FCLS89.answers.validator
ATTRIBUTE93 = FCLS89.answers
DEFAULT95 = FCLS94.note.default
SET96 = _setter(CLS94, 'start')
SET97 = _setter(CLS94, 'end')
SET98 = _setter(CLS94, 'note')
DEFAULT100 = FCLS99.hours_worked.default
DEFAULT101 = FCLS99.contracted_hours.default
DEFAULT102 = FCLS99.sleep_hours.default
DEFAULT103 = FCLS99.activity_minutes.default
DEFAULT104 = FCLS99.vigorous_minutes.default
DEFAULT105 = FCLS99.after_hours_days.default
DEFAULT106 = FCLS99.leave_days.default
SET107 = _setter(CLS99, 'week')
VALIDATE108 = FCLS99.week.validator
ATTRIBUTE109 = FCLS99.week
SET110 = _setter(CLS99, 'hours_worked')
VALIDATE111 = FCLS99.hours_worked.validator
ATTRIBUTE112 = FCLS99.hours_worked
DEFAULT113 = FCLS99.hours_worked.default
SET114 = _setter(CLS99, 'contracted_hours')
VALIDATE115 = FCLS99.contracted_hours.validator
ATTRIBUTE116 = FCLS99.contracted_hours
DEFAULT117 = FCLS99.contracted_hours.default
SET118 = _setter(CLS99, 'sleep_hours')
VALIDATE119 = FCLS99.sleep_hours.validator
ATTRIBUTE120 = FCLS99.sleep_hours
DEFAULT121 = FCLS99.sleep_hours.default
SET122 = _setter(CLS99, 'activity_minutes')
VALIDATE123 = FCLS99.activity_minutes.validator
ATTRIBUTE124 = FCLS99.activity_minutes
DEFAULT125 = FCLS99.activity_minutes.default
SET126 = _setter(CLS99, 'vigorous_minutes')
VALIDATE127 = FCLS99.vigorous_minutes.validator
ATTRIBUTE128 = FCLS99.vigorous_minutes
DEFAULT129 = FCLS99.vigorous_minutes.default
SET130 = _setter(CLS99, 'after_hours_days')
VALIDATE131 = FCLS99.after_hours_days.validator
ATTRIBUTE132 = FCLS99.after_hours_days
DEFAULT133 = FCLS99.after_hours_days.default
SET134 = _setter(CLS99, 'leave_days')
VALIDATE135 = FCLS99.leave_days.validator
ATTRIBUTE136 = FCLS99.leave_days
DEFAULT137 = FCLS99.leave_days.default
DEFAULT139 = FCLS138.prompts.default
DEFAULT140 = FCLS138.energy.default
DEFAULT141 = FCLS138.assessments.default
CHOICES142 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT143 = FCLS138.shared_with.default
SET144 = _setter(CLS138, 'id')
VALIDATE145 = FCLS138.id.validator
ATTRIBUTE146 = FCLS138.id
SET147 = _setter(CLS138, 'date')
SET148 = _setter(CLS138, 'prompts')
SET149 = _setter(CLS138, 'energy')
VALIDATE150 = FCLS138.energy.validator
ATTRIBUTE151 = FCLS138.energy
DEFAULT152 = FCLS138.energy.default
SET153 = _setter(CLS138, 'assessments')
SET154 = _setter(CLS138, 'shared_with')
DEFAULT156 = FCLS155.on_track.default
DEFAULT157 = FCLS155.aligned.default
CHOICES158 = frozenset(('adjust', 'drop', 'keep'))
DEFAULT159 = FCLS155.decision.default
DEFAULT160 = FCLS155.note.default
SET161 = _setter(CLS155, 'goal')
VALIDATE162 = FCLS155.goal.validator
ATTRIBUTE163 = FCLS155.goal
SET164 = _setter(CLS155, 'on_track')
SET165 = _setter(CLS155, 'aligned')
SET166 = _setter(CLS155, 'decision')
SET167 = _setter(CLS155, 'note')
DEFAULT169 = FCLS168.answer.default
SET170 = _setter(CLS168, 'prompt')
VALIDATE171 = FCLS168.prompt.validator
ATTRIBUTE172 = FCLS168.prompt
SET173 = _setter(CLS168, 'answer')
DEFAULT175 = FCLS174.description.default
DEFAULT176 = FCLS174.stretch.default
CHOICES177 = frozenset(('department', 'industry', 'organization', 'team'))
DEFAULT178 = FCLS174.visibility.default
DEFAULT179 = FCLS174.skills.default
DEFAULT180 = FCLS174.sponsor.default
DEFAULT181 = FCLS174.start.default
DEFAULT182 = FCLS174.end.default
CHOICES183 = frozenset(('abandoned', 'active', 'done', 'planned'))
DEFAULT184 = FCLS174.status.default
DEFAULT185 = FCLS174.outcome.default
DEFAULT186 = FCLS174.lessons.default
CHOICES187 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT188 = FCLS174.shared_with.default
SET189 = _setter(CLS174, 'id')
VALIDATE190 = FCLS174.id.validator
ATTRIBUTE191 = FCLS174.id
SET192 = _setter(CLS174, 'title')
VALIDATE193 = FCLS174.title.validator
ATTRIBUTE194 = FCLS174.title
SET195 = _setter(CLS174, 'description')
SET196 = _setter(CLS174, 'stretch')
VALIDATE197 = FCLS174.stretch.validator
ATTRIBUTE198 = FCLS174.stretch
DEFAULT199 = FCLS174.stretch.default
SET200 = _setter(CLS174, 'visibility')
SET201 = _setter(CLS174, 'skills')
SET202 = _setter(CLS174, 'sponsor')
SET203 = _setter(CLS174, 'start')
SET204 = _setter(CLS174, 'end')
SET205 = _setter(CLS174, 'status')
SET206 = _setter(CLS174, 'outcome')
SET207 = _setter(CLS174, 'lessons')
SET208 = _setter(CLS174, 'shared_with')
DEFAULT210 = FCLS209.contact.default
DEFAULT211 = FCLS209.name.default
CHOICES212 = frozenset(('both', 'mentor', 'sponsor'))
DEFAULT213 = FCLS209.role.default
CHOICES214 = frozenset(('active', 'asked', 'ended', 'prospect'))
DEFAULT215 = FCLS209.status.default
DEFAULT216 = FCLS209.focus.default
DEFAULT217 = FCLS209.cadence_days.default
DEFAULT218 = FCLS209.since.default
DEFAULT219 = FCLS209.meetings.default
DEFAULT220 = FCLS209.advocacy.default
DEFAULT221 = FCLS209.notes.default
CHOICES222 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT223 = FCLS209.shared_with.default
SET224 = _setter(CLS209, 'id')
VALIDATE225 = FCLS209.id.validator
ATTRIBUTE226 = FCLS209.id
SET227 = _setter(CLS209, 'contact')
SET228 = _setter(CLS209, 'name')
SET229 = _setter(CLS209, 'role')
SET230 = _setter(CLS209, 'status')
SET231 = _setter(CLS209, 'focus')
SET232 = _setter(CLS209, 'cadence_days')
VALIDATE233 = FCLS209.cadence_days.validator
ATTRIBUTE234 = FCLS209.cadence_days
DEFAULT235 = FCLS209.cadence_days.default
SET236 = _setter(CLS209, 'since')
CONVERT237 = FCLS209.meetings.converter
SET238 = _setter(CLS209, 'meetings')
CONVERT239 = FCLS209.advocacy.converter
SET240 = _setter(CLS209, 'advocacy')
SET241 = _setter(CLS209, 'notes')
SET242 = _setter(CLS209, 'shared_with')
SET244 = _setter(CLS243, 'date')
SET245 = _setter(CLS243, 'note')
VALIDATE246 = FCLS243.note.validator
ATTRIBUTE247 = FCLS243.note
DEFAULT249 = FCLS248.note.default
SET250 = _setter(CLS248, 'date')
SET251 = _setter(CLS248, 'note')
DEFAULT253 = FCLS252.organization.default
DEFAULT254 = FCLS252.role.default
CHOICES255 = frozenset(('colleague', 'conference', 'online_network', 'other', 'professional_organization'))
DEFAULT256 = FCLS252.how_met.default
DEFAULT257 = FCLS252.since.default
DEFAULT258 = FCLS252.cadence_days.default
DEFAULT259 = FCLS252.interactions.default
DEFAULT260 = FCLS252.tags.default
DEFAULT261 = FCLS252.notes.default
CHOICES262 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT263 = FCLS252.shared_with.default
SET264 = _setter(CLS252, 'id')
VALIDATE265 = FCLS252.id.validator
ATTRIBUTE266 = FCLS252.id
SET267 = _setter(CLS252, 'name')
VALIDATE268 = FCLS252.name.validator
ATTRIBUTE269 = FCLS252.name
SET270 = _setter(CLS252, 'organization')
SET271 = _setter(CLS252, 'role')
SET272 = _setter(CLS252, 'how_met')
SET273 = _setter(CLS252, 'since')
SET274 = _setter(CLS252, 'cadence_days')
VALIDATE275 = FCLS252.cadence_days.validator
ATTRIBUTE276 = FCLS252.cadence_days
DEFAULT277 = FCLS252.cadence_days.default
CONVERT278 = FCLS252.interactions.converter
SET279 = _setter(CLS252, 'interactions')
SET280 = _setter(CLS252, 'tags')
SET281 = _setter(CLS252, 'notes')
SET282 = _setter(CLS252, 'shared_with')
CHOICES284 = frozenset(('gave', 'mutual', 'received'))
DEFAULT285 = FCLS283.channel.default
DEFAULT286 = FCLS283.note.default
CHOICES287 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT288 = FCLS283.shared_with.default
SET289 = _setter(CLS283, 'date')
SET290 = _setter(CLS283, 'direction')
SET291 = _setter(CLS283, 'channel')
SET292 = _setter(CLS283, 'note')
SET293 = _setter(CLS283, 'shared_with')
CHOICES295 = frozenset(('book', 'certification', 'conference', 'course', 'other', 'workshop'))
DEFAULT296 = FCLS294.provider.default
DEFAULT297 = FCLS294.hours.default
DEFAULT298 = FCLS294.cost.default
DEFAULT299 = FCLS294.started.default
DEFAULT300 = FCLS294.completed.default
DEFAULT301 = FCLS294.skills.default
DEFAULT302 = FCLS294.credential.default
DEFAULT303 = FCLS294.notes.default
SET304 = _setter(CLS294, 'id')
VALIDATE305 = FCLS294.id.validator
ATTRIBUTE306 = FCLS294.id
SET307 = _setter(CLS294, 'kind')
SET308 = _setter(CLS294, 'title')
VALIDATE309 = FCLS294.title.validator
ATTRIBUTE310 = FCLS294.title
SET311 = _setter(CLS294, 'provider')
SET312 = _setter(CLS294, 'hours')
VALIDATE313 = FCLS294.hours.validator
ATTRIBUTE314 = FCLS294.hours
DEFAULT315 = FCLS294.hours.default
SET316 = _setter(CLS294, 'cost')
VALIDATE317 = FCLS294.cost.validator
ATTRIBUTE318 = FCLS294.cost
DEFAULT319 = FCLS294.cost.default
SET320 = _setter(CLS294, 'started')
SET321 = _setter(CLS294, 'completed')
SET322 = _setter(CLS294, 'skills')
SET323 = _setter(CLS294, 'credential')
SET324 = _setter(CLS294, 'notes')
DEFAULT326 = FCLS325.issued.default
DEFAULT327 = FCLS325.expires.default
DEFAULT328 = FCLS325.number.default
DEFAULT329 = FCLS325.url.default
SET330 = _setter(CLS325, 'issued')
SET331 = _setter(CLS325, 'expires')
SET332 = _setter(CLS325, 'number')
SET333 = _setter(CLS325, 'url')
CHOICES335 = frozenset(('domain', 'soft', 'technical'))
DEFAULT336 = FCLS334.category.default
DEFAULT337 = FCLS334.level.default
DEFAULT338 = FCLS334.target.default
DEFAULT339 = FCLS334.history.default
DEFAULT340 = FCLS334.evidence.default
SET341 = _setter(CLS334, 'id')
VALIDATE342 = FCLS334.id.validator
ATTRIBUTE343 = FCLS334.id
SET344 = _setter(CLS334, 'name')
VALIDATE345 = FCLS334.name.validator
ATTRIBUTE346 = FCLS334.name
SET347 = _setter(CLS334, 'category')
SET348 = _setter(CLS334, 'level')
VALIDATE349 = FCLS334.level.validator
ATTRIBUTE350 = FCLS334.level
DEFAULT351 = FCLS334.level.default
SET352 = _setter(CLS334, 'target')
VALIDATE353 = FCLS334.target.validator
ATTRIBUTE354 = FCLS334.target
DEFAULT355 = FCLS334.target.default
CONVERT356 = FCLS334.history.converter
SET357 = _setter(CLS334, 'history')
CONVERT358 = FCLS334.evidence.converter
SET359 = _setter(CLS334, 'evidence')
DEFAULT361 = FCLS360.url.default
SET362 = _setter(CLS360, 'date')
SET363 = _setter(CLS360, 'note')
VALIDATE364 = FCLS360.note.validator
ATTRIBUTE365 = FCLS360.note
SET366 = _setter(CLS360, 'url')
DEFAULT368 = FCLS367.note.default
SET369 = _setter(CLS367, 'date')
SET370 = _setter(CLS367, 'level')
VALIDATE371 = FCLS367.level.validator
ATTRIBUTE372 = FCLS367.level
SET373 = _setter(CLS367, 'note')
DEFAULT375 = FCLS374.description.default
DEFAULT376 = FCLS374.created.default
DEFAULT377 = FCLS374.start.default
DEFAULT378 = FCLS374.deadline.default
CHOICES379 = frozenset(('active', 'done', 'draft', 'dropped', 'paused'))
DEFAULT380 = FCLS374.status.default
DEFAULT381 = FCLS374.metric.default
DEFAULT382 = FCLS374.check_ins.default
DEFAULT383 = FCLS374.milestones.default
DEFAULT384 = FCLS374.values.default
DEFAULT385 = FCLS374.skills.default
DEFAULT386 = FCLS374.parent.default
DEFAULT387 = FCLS374.weight.default
DEFAULT388 = FCLS374.tags.default
DEFAULT389 = FCLS374.effort_hours.default
CHOICES390 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT391 = FCLS374.shared_with.default
SET392 = _setter(CLS374, 'id')
VALIDATE393 = FCLS374.id.validator
ATTRIBUTE394 = FCLS374.id
SET395 = _setter(CLS374, 'title')
VALIDATE396 = FCLS374.title.validator
ATTRIBUTE397 = FCLS374.title
SET398 = _setter(CLS374, 'description')
SET399 = _setter(CLS374, 'created')
SET400 = _setter(CLS374, 'start')
SET401 = _setter(CLS374, 'deadline')
SET402 = _setter(CLS374, 'status')
SET403 = _setter(CLS374, 'metric')
CONVERT404 = FCLS374.check_ins.converter
SET405 = _setter(CLS374, 'check_ins')
SET406 = _setter(CLS374, 'milestones')
SET407 = _setter(CLS374, 'values')
SET408 = _setter(CLS374, 'skills')
SET409 = _setter(CLS374, 'parent')
SET410 = _setter(CLS374, 'weight')
VALIDATE411 = FCLS374.weight.validator
ATTRIBUTE412 = FCLS374.weight
DEFAULT413 = FCLS374.weight.default
SET414 = _setter(CLS374, 'tags')
SET415 = _setter(CLS374, 'effort_hours')
VALIDATE416 = FCLS374.effort_hours.validator
ATTRIBUTE417 = FCLS374.effort_hours
DEFAULT418 = FCLS374.effort_hours.default
SET419 = _setter(CLS374, 'shared_with')
SET421 = _setter(CLS420, 'skill')
VALIDATE422 = FCLS420.skill.validator
ATTRIBUTE423 = FCLS420.skill
SET424 = _setter(CLS420, 'level')
VALIDATE425 = FCLS420.level.validator
ATTRIBUTE426 = FCLS420.level
DEFAULT428 = FCLS427.due.default
DEFAULT429 = FCLS427.done_on.default
SET430 = _setter(CLS427, 'title')
VALIDATE431 = FCLS427.title.validator
ATTRIBUTE432 = FCLS427.title
SET433 = _setter(CLS427, 'due')
SET434 = _setter(CLS427, 'done_on')
DEFAULT436 = FCLS435.note.default
DEFAULT437 = FCLS435.confidence.default
SET438 = _setter(CLS435, 'date')
SET439 = _setter(CLS435, 'value')
SET440 = _setter(CLS435, 'note')
SET441 = _setter(CLS435, 'confidence')
VALIDATE442 = FCLS435.confidence.validator
ATTRIBUTE443 = FCLS435.confidence
DEFAULT444 = FCLS435.confidence.default
DEFAULT446 = FCLS445.unit.default
CHOICES447 = frozenset(('down', 'up'))
DEFAULT448 = FCLS445.direction.default
SET449 = _setter(CLS445, 'name')
VALIDATE450 = FCLS445.name.validator
ATTRIBUTE451 = FCLS445.name
SET452 = _setter(CLS445, 'baseline')
SET453 = _setter(CLS445, 'target')
SET454 = _setter(CLS445, 'unit')
SET455 = _setter(CLS445, 'direction')
DEFAULT457 = FCLS456.description.default
CHOICES458 = frozenset(('environment', 'passion', 'strength', 'value'))
DEFAULT459 = FCLS456.kind.default
DEFAULT460 = FCLS456.importance.default
CHOICES461 = frozenset(('hr', 'manager', 'mentor'))
DEFAULT462 = FCLS456.shared_with.default
SET463 = _setter(CLS456, 'id')
VALIDATE464 = FCLS456.id.validator
ATTRIBUTE465 = FCLS456.id
SET466 = _setter(CLS456, 'name')
VALIDATE467 = FCLS456.name.validator
ATTRIBUTE468 = FCLS456.name
SET469 = _setter(CLS456, 'description')
SET470 = _setter(CLS456, 'kind')
SET471 = _setter(CLS456, 'importance')
VALIDATE472 = FCLS456.importance.validator
ATTRIBUTE473 = FCLS456.importance
DEFAULT474 = FCLS456.importance.default
SET475 = _setter(CLS456, 'shared_with')
DEFAULT477 = FCLS476.name.default
DEFAULT478 = FCLS476.role.default
DEFAULT479 = FCLS476.organization.default
SET480 = _setter(CLS476, 'name')
SET481 = _setter(CLS476, 'role')
SET482 = _setter(CLS476, 'organization')


def many_build_Advocacy_19(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        a1 = d['note']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS243)
        SET244(o, a0)
        SET245(o, a1)
        VALIDATE246(o, ATTRIBUTE247, a1)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Assessment_17(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['goal']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        if 'on_track' in d:
            a1 = d['on_track']
            if a1 is not None:
                if type(a1) is not bool: raise _Reject
            n += 1
        else:
            a1 = DEFAULT156
        if 'aligned' in d:
            a2 = d['aligned']
            if a2 is not None:
                if type(a2) is not bool: raise _Reject
            n += 1
        else:
            a2 = DEFAULT157
        if 'decision' in d:
            a3 = d['decision']
            if a3 is not None:
                if type(a3) is not str or a3 not in CHOICES158: raise _Reject
            n += 1
        else:
            a3 = DEFAULT159
        if 'note' in d:
            a4 = d['note']
            if type(a4) is not str or len(a4) > MAXS or (not a4.isascii() and not _utf8(a4)): raise _Reject
            if ':' in a4: t[0] += a4.count(':')
            n += 1
        else:
            a4 = DEFAULT160
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS155)
        SET161(o, a0)
        SET164(o, a1)
        SET165(o, a2)
        SET166(o, a3)
        SET167(o, a4)
        VALIDATE162(o, ATTRIBUTE163, a0)
        out.append(o)
    t[0] += keys
    return tuple(out)
def build_CareerPlan_0(d, t):
    if type(d) is not dict: raise _Reject
    n = 0
    if 'owner' in d:
        a0 = d['owner']
        a0 = build_Owner_1(a0, t)
        n += 1
    else:
        a0 = DEFAULT2
    if 'values' in d:
        a1 = d['values']
        a1 = many_build_Value_2(a1, t)
        n += 1
    else:
        a1 = DEFAULT3
    if 'goals' in d:
        a2 = d['goals']
        a2 = many_build_Goal_3(a2, t)
        n += 1
    else:
        a2 = DEFAULT4
    if 'skills' in d:
        a3 = d['skills']
        a3 = many_build_Skill_4(a3, t)
        n += 1
    else:
        a3 = DEFAULT5
    if 'learning' in d:
        a4 = d['learning']
        a4 = many_build_LearningActivity_5(a4, t)
        n += 1
    else:
        a4 = DEFAULT6
    if 'contacts' in d:
        a5 = d['contacts']
        a5 = many_build_Contact_6(a5, t)
        n += 1
    else:
        a5 = DEFAULT7
    if 'mentors' in d:
        a6 = d['mentors']
        a6 = many_build_Mentor_7(a6, t)
        n += 1
    else:
        a6 = DEFAULT8
    if 'challenges' in d:
        a7 = d['challenges']
        a7 = many_build_Challenge_8(a7, t)
        n += 1
    else:
        a7 = DEFAULT9
    if 'reflections' in d:
        a8 = d['reflections']
        a8 = many_build_Reflection_9(a8, t)
        n += 1
    else:
        a8 = DEFAULT10
    if 'wellbeing' in d:
        a9 = d['wellbeing']
        a9 = build_Wellbeing_10(a9, t)
        n += 1
    else:
        a9 = DEFAULT11
    if 'positions' in d:
        a10 = d['positions']
        a10 = many_build_Position_11(a10, t)
        n += 1
    else:
        a10 = DEFAULT12
    if n != len(d): raise _Reject
    t[0] += n
    o = _new(CLS1)
    SET13(o, a0)
    SET14(o, a1)
    SET15(o, a2)
    SET16(o, a3)
    SET17(o, a4)
    SET18(o, a5)
    SET19(o, a6)
    SET20(o, a7)
    SET21(o, a8)
    SET22(o, a9)
    SET23(o, a10)
    o.__attrs_post_init__()
    return o
def many_build_CbiResponse_15(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        if 'personal' in d:
            a1 = d['personal']
            if type(a1) is not list and type(a1) is not tuple: raise _Reject
            out0 = []
            for x0 in a1:
                if x0 is not None:
                    if type(x0) is not int or not -MAXI <= x0 <= MAXI: raise _Reject
                out0.append(x0)
            a1 = tuple(out0)
            n += 1
        else:
            a1 = DEFAULT82
        if 'work' in d:
            a2 = d['work']
            if type(a2) is not list and type(a2) is not tuple: raise _Reject
            out0 = []
            for x0 in a2:
                if x0 is not None:
                    if type(x0) is not int or not -MAXI <= x0 <= MAXI: raise _Reject
                out0.append(x0)
            a2 = tuple(out0)
            n += 1
        else:
            a2 = DEFAULT83
        if 'client' in d:
            a3 = d['client']
            if type(a3) is not list and type(a3) is not tuple: raise _Reject
            out0 = []
            for x0 in a3:
                if x0 is not None:
                    if type(x0) is not int or not -MAXI <= x0 <= MAXI: raise _Reject
                out0.append(x0)
            a3 = tuple(out0)
            n += 1
        else:
            a3 = DEFAULT84
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS81)
        SET85(o, a0)
        SET86(o, a1)
        SET87(o, a2)
        SET88(o, a3)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Challenge_8(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['title']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        if 'description' in d:
            a2 = d['description']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT175
        if 'stretch' in d:
            a3 = d['stretch']
            if type(a3) is not int or not -MAXI <= a3 <= MAXI: raise _Reject
            n += 1
        else:
            a3 = DEFAULT176
        if 'visibility' in d:
            a4 = d['visibility']
            if type(a4) is not str or a4 not in CHOICES177: raise _Reject
            n += 1
        else:
            a4 = DEFAULT178
        if 'skills' in d:
            a5 = d['skills']
            if type(a5) is not list and type(a5) is not tuple: raise _Reject
            out0 = []
            for x0 in a5:
                if type(x0) is not str or len(x0) > MAXS or (not x0.isascii() and not _utf8(x0)): raise _Reject
                if ':' in x0: t[0] += x0.count(':')
                out0.append(x0)
            a5 = tuple(out0)
            n += 1
        else:
            a5 = DEFAULT179
        if 'sponsor' in d:
            a6 = d['sponsor']
            if a6 is not None:
                if type(a6) is not str or len(a6) > MAXS or (not a6.isascii() and not _utf8(a6)): raise _Reject
                if ':' in a6: t[0] += a6.count(':')
            n += 1
        else:
            a6 = DEFAULT180
        if 'start' in d:
            a7 = d['start']
            if a7 is not None:
                if a7 in D: a7 = D[a7]
                elif type(a7) is str and len(a7) == 10 and a7[4] == '-' and a7[7] == '-' and a7[5] != 'W': D[a7] = a7 = _fromiso(a7)
                elif type(a7) is not _date: raise _Reject
            n += 1
        else:
            a7 = DEFAULT181
        if 'end' in d:
            a8 = d['end']
            if a8 is not None:
                if a8 in D: a8 = D[a8]
                elif type(a8) is str and len(a8) == 10 and a8[4] == '-' and a8[7] == '-' and a8[5] != 'W': D[a8] = a8 = _fromiso(a8)
                elif type(a8) is not _date: raise _Reject
            n += 1
        else:
            a8 = DEFAULT182
        if 'status' in d:
            a9 = d['status']
            if type(a9) is not str or a9 not in CHOICES183: raise _Reject
            n += 1
        else:
            a9 = DEFAULT184
        if 'outcome' in d:
            a10 = d['outcome']
            if type(a10) is not str or len(a10) > MAXS or (not a10.isascii() and not _utf8(a10)): raise _Reject
            if ':' in a10: t[0] += a10.count(':')
            n += 1
        else:
            a10 = DEFAULT185
        if 'lessons' in d:
            a11 = d['lessons']
            if type(a11) is not str or len(a11) > MAXS or (not a11.isascii() and not _utf8(a11)): raise _Reject
            if ':' in a11: t[0] += a11.count(':')
            n += 1
        else:
            a11 = DEFAULT186
        if 'shared_with' in d:
            a12 = d['shared_with']
            if type(a12) is not list and type(a12) is not tuple: raise _Reject
            out0 = []
            for x0 in a12:
                if type(x0) is not str or x0 not in CHOICES187: raise _Reject
                out0.append(x0)
            a12 = tuple(out0)
            n += 1
        else:
            a12 = DEFAULT188
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS174)
        SET189(o, a0)
        SET192(o, a1)
        SET195(o, a2)
        SET196(o, a3)
        SET200(o, a4)
        SET201(o, a5)
        SET202(o, a6)
        SET203(o, a7)
        SET204(o, a8)
        SET205(o, a9)
        SET206(o, a10)
        SET207(o, a11)
        SET208(o, a12)
        VALIDATE190(o, ATTRIBUTE191, a0)
        VALIDATE193(o, ATTRIBUTE194, a1)
        if a3 is not DEFAULT199: VALIDATE197(o, ATTRIBUTE198, a3)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_CheckIn_25(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        a1 = d['value']
        if type(a1) is float:
            if a1 - a1 != 0.0: raise _Reject
        elif type(a1) is int and -MAXI <= a1 <= MAXI: a1 = float(a1)
        else: raise _Reject
        if 'note' in d:
            a2 = d['note']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT436
        if 'confidence' in d:
            a3 = d['confidence']
            if a3 is not None:
                if type(a3) is not int or not -MAXI <= a3 <= MAXI: raise _Reject
            n += 1
        else:
            a3 = DEFAULT437
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS435)
        SET438(o, a0)
        SET439(o, a1)
        SET440(o, a2)
        SET441(o, a3)
        if a3 is not DEFAULT444: VALIDATE442(o, ATTRIBUTE443, a3)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Contact_6(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['name']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        if 'organization' in d:
            a2 = d['organization']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT253
        if 'role' in d:
            a3 = d['role']
            if type(a3) is not str or len(a3) > MAXS or (not a3.isascii() and not _utf8(a3)): raise _Reject
            if ':' in a3: t[0] += a3.count(':')
            n += 1
        else:
            a3 = DEFAULT254
        if 'how_met' in d:
            a4 = d['how_met']
            if a4 is not None:
                if type(a4) is not str or a4 not in CHOICES255: raise _Reject
            n += 1
        else:
            a4 = DEFAULT256
        if 'since' in d:
            a5 = d['since']
            if a5 is not None:
                if a5 in D: a5 = D[a5]
                elif type(a5) is str and len(a5) == 10 and a5[4] == '-' and a5[7] == '-' and a5[5] != 'W': D[a5] = a5 = _fromiso(a5)
                elif type(a5) is not _date: raise _Reject
            n += 1
        else:
            a5 = DEFAULT257
        if 'cadence_days' in d:
            a6 = d['cadence_days']
            if a6 is not None:
                if type(a6) is not int or not -MAXI <= a6 <= MAXI: raise _Reject
            n += 1
        else:
            a6 = DEFAULT258
        if 'interactions' in d:
            a7 = d['interactions']
            a7 = many_build_Interaction_20(a7, t)
            n += 1
        else:
            a7 = DEFAULT259
        if 'tags' in d:
            a8 = d['tags']
            if type(a8) is not list and type(a8) is not tuple: raise _Reject
            out0 = []
            for x0 in a8:
                if type(x0) is not str or len(x0) > MAXS or (not x0.isascii() and not _utf8(x0)): raise _Reject
                if ':' in x0: t[0] += x0.count(':')
                out0.append(x0)
            a8 = tuple(out0)
            n += 1
        else:
            a8 = DEFAULT260
        if 'notes' in d:
            a9 = d['notes']
            if type(a9) is not str or len(a9) > MAXS or (not a9.isascii() and not _utf8(a9)): raise _Reject
            if ':' in a9: t[0] += a9.count(':')
            n += 1
        else:
            a9 = DEFAULT261
        if 'shared_with' in d:
            a10 = d['shared_with']
            if type(a10) is not list and type(a10) is not tuple: raise _Reject
            out0 = []
            for x0 in a10:
                if type(x0) is not str or x0 not in CHOICES262: raise _Reject
                out0.append(x0)
            a10 = tuple(out0)
            n += 1
        else:
            a10 = DEFAULT263
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS252)
        SET264(o, a0)
        SET267(o, a1)
        SET270(o, a2)
        SET271(o, a3)
        SET272(o, a4)
        SET273(o, a5)
        SET274(o, a6)
        a7 = CONVERT278(a7)
        SET279(o, a7)
        SET280(o, a8)
        SET281(o, a9)
        SET282(o, a10)
        VALIDATE265(o, ATTRIBUTE266, a0)
        VALIDATE268(o, ATTRIBUTE269, a1)
        if a6 is not DEFAULT277: VALIDATE275(o, ATTRIBUTE276, a6)
        out.append(o)
    t[0] += keys
    return tuple(out)
def build_Credential_21(d, t):
    if type(d) is not dict: raise _Reject
    n = 0
    D = t[1]
    if 'issued' in d:
        a0 = d['issued']
        if a0 is not None:
            if a0 in D: a0 = D[a0]
            elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
            elif type(a0) is not _date: raise _Reject
        n += 1
    else:
        a0 = DEFAULT326
    if 'expires' in d:
        a1 = d['expires']
        if a1 is not None:
            if a1 in D: a1 = D[a1]
            elif type(a1) is str and len(a1) == 10 and a1[4] == '-' and a1[7] == '-' and a1[5] != 'W': D[a1] = a1 = _fromiso(a1)
            elif type(a1) is not _date: raise _Reject
        n += 1
    else:
        a1 = DEFAULT327
    if 'number' in d:
        a2 = d['number']
        if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
        if ':' in a2: t[0] += a2.count(':')
        n += 1
    else:
        a2 = DEFAULT328
    if 'url' in d:
        a3 = d['url']
        if type(a3) is not str or len(a3) > MAXS or (not a3.isascii() and not _utf8(a3)): raise _Reject
        if ':' in a3: t[0] += a3.count(':')
        n += 1
    else:
        a3 = DEFAULT329
    if n != len(d): raise _Reject
    t[0] += n
    o = _new(CLS325)
    SET330(o, a0)
    SET331(o, a1)
    SET332(o, a2)
    SET333(o, a3)
    o.__attrs_post_init__()
    return o
def many_build_Evidence_23(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        a1 = d['note']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        if 'url' in d:
            a2 = d['url']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT361
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS360)
        SET362(o, a0)
        SET363(o, a1)
        SET366(o, a2)
        VALIDATE364(o, ATTRIBUTE365, a1)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Goal_3(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['title']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        if 'description' in d:
            a2 = d['description']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT375
        if 'created' in d:
            a3 = d['created']
            if a3 is not None:
                if a3 in D: a3 = D[a3]
                elif type(a3) is str and len(a3) == 10 and a3[4] == '-' and a3[7] == '-' and a3[5] != 'W': D[a3] = a3 = _fromiso(a3)
                elif type(a3) is not _date: raise _Reject
            n += 1
        else:
            a3 = DEFAULT376
        if 'start' in d:
            a4 = d['start']
            if a4 is not None:
                if a4 in D: a4 = D[a4]
                elif type(a4) is str and len(a4) == 10 and a4[4] == '-' and a4[7] == '-' and a4[5] != 'W': D[a4] = a4 = _fromiso(a4)
                elif type(a4) is not _date: raise _Reject
            n += 1
        else:
            a4 = DEFAULT377
        if 'deadline' in d:
            a5 = d['deadline']
            if a5 is not None:
                if a5 in D: a5 = D[a5]
                elif type(a5) is str and len(a5) == 10 and a5[4] == '-' and a5[7] == '-' and a5[5] != 'W': D[a5] = a5 = _fromiso(a5)
                elif type(a5) is not _date: raise _Reject
            n += 1
        else:
            a5 = DEFAULT378
        if 'status' in d:
            a6 = d['status']
            if type(a6) is not str or a6 not in CHOICES379: raise _Reject
            n += 1
        else:
            a6 = DEFAULT380
        if 'metric' in d:
            a7 = d['metric']
            if a7 is not None:
                a7 = build_Metric_24(a7, t)
            n += 1
        else:
            a7 = DEFAULT381
        if 'check_ins' in d:
            a8 = d['check_ins']
            a8 = many_build_CheckIn_25(a8, t)
            n += 1
        else:
            a8 = DEFAULT382
        if 'milestones' in d:
            a9 = d['milestones']
            a9 = many_build_Milestone_26(a9, t)
            n += 1
        else:
            a9 = DEFAULT383
        if 'values' in d:
            a10 = d['values']
            if type(a10) is not list and type(a10) is not tuple: raise _Reject
            out0 = []
            for x0 in a10:
                if type(x0) is not str or len(x0) > MAXS or (not x0.isascii() and not _utf8(x0)): raise _Reject
                if ':' in x0: t[0] += x0.count(':')
                out0.append(x0)
            a10 = tuple(out0)
            n += 1
        else:
            a10 = DEFAULT384
        if 'skills' in d:
            a11 = d['skills']
            a11 = many_build_SkillTarget_27(a11, t)
            n += 1
        else:
            a11 = DEFAULT385
        if 'parent' in d:
            a12 = d['parent']
            if a12 is not None:
                if type(a12) is not str or len(a12) > MAXS or (not a12.isascii() and not _utf8(a12)): raise _Reject
                if ':' in a12: t[0] += a12.count(':')
            n += 1
        else:
            a12 = DEFAULT386
        if 'weight' in d:
            a13 = d['weight']
            if type(a13) is float:
                if a13 - a13 != 0.0: raise _Reject
            elif type(a13) is int and -MAXI <= a13 <= MAXI: a13 = float(a13)
            else: raise _Reject
            n += 1
        else:
            a13 = DEFAULT387
        if 'tags' in d:
            a14 = d['tags']
            if type(a14) is not list and type(a14) is not tuple: raise _Reject
            out0 = []
            for x0 in a14:
                if type(x0) is not str or len(x0) > MAXS or (not x0.isascii() and not _utf8(x0)): raise _Reject
                if ':' in x0: t[0] += x0.count(':')
                out0.append(x0)
            a14 = tuple(out0)
            n += 1
        else:
            a14 = DEFAULT388
        if 'effort_hours' in d:
            a15 = d['effort_hours']
            if a15 is not None:
                if type(a15) is float:
                    if a15 - a15 != 0.0: raise _Reject
                elif type(a15) is int and -MAXI <= a15 <= MAXI: a15 = float(a15)
                else: raise _Reject
            n += 1
        else:
            a15 = DEFAULT389
        if 'shared_with' in d:
            a16 = d['shared_with']
            if type(a16) is not list and type(a16) is not tuple: raise _Reject
            out0 = []
            for x0 in a16:
                if type(x0) is not str or x0 not in CHOICES390: raise _Reject
                out0.append(x0)
            a16 = tuple(out0)
            n += 1
        else:
            a16 = DEFAULT391
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS374)
        SET392(o, a0)
        SET395(o, a1)
        SET398(o, a2)
        SET399(o, a3)
        SET400(o, a4)
        SET401(o, a5)
        SET402(o, a6)
        SET403(o, a7)
        a8 = CONVERT404(a8)
        SET405(o, a8)
        SET406(o, a9)
        SET407(o, a10)
        SET408(o, a11)
        SET409(o, a12)
        SET410(o, a13)
        SET414(o, a14)
        SET415(o, a15)
        SET419(o, a16)
        VALIDATE393(o, ATTRIBUTE394, a0)
        VALIDATE396(o, ATTRIBUTE397, a1)
        if a13 is not DEFAULT413: VALIDATE411(o, ATTRIBUTE412, a13)
        if a15 is not DEFAULT418: VALIDATE416(o, ATTRIBUTE417, a15)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Interaction_20(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        a1 = d['direction']
        if type(a1) is not str or a1 not in CHOICES284: raise _Reject
        if 'channel' in d:
            a2 = d['channel']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT285
        if 'note' in d:
            a3 = d['note']
            if type(a3) is not str or len(a3) > MAXS or (not a3.isascii() and not _utf8(a3)): raise _Reject
            if ':' in a3: t[0] += a3.count(':')
            n += 1
        else:
            a3 = DEFAULT286
        if 'shared_with' in d:
            a4 = d['shared_with']
            if type(a4) is not list and type(a4) is not tuple: raise _Reject
            out0 = []
            for x0 in a4:
                if type(x0) is not str or x0 not in CHOICES287: raise _Reject
                out0.append(x0)
            a4 = tuple(out0)
            n += 1
        else:
            a4 = DEFAULT288
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS283)
        SET289(o, a0)
        SET290(o, a1)
        SET291(o, a2)
        SET292(o, a3)
        SET293(o, a4)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_LearningActivity_5(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 3
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['kind']
        if type(a1) is not str or a1 not in CHOICES295: raise _Reject
        a2 = d['title']
        if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
        if ':' in a2: t[0] += a2.count(':')
        if 'provider' in d:
            a3 = d['provider']
            if type(a3) is not str or len(a3) > MAXS or (not a3.isascii() and not _utf8(a3)): raise _Reject
            if ':' in a3: t[0] += a3.count(':')
            n += 1
        else:
            a3 = DEFAULT296
        if 'hours' in d:
            a4 = d['hours']
            if a4 is not None:
                if type(a4) is float:
                    if a4 - a4 != 0.0: raise _Reject
                elif type(a4) is int and -MAXI <= a4 <= MAXI: a4 = float(a4)
                else: raise _Reject
            n += 1
        else:
            a4 = DEFAULT297
        if 'cost' in d:
            a5 = d['cost']
            if a5 is not None:
                if type(a5) is float:
                    if a5 - a5 != 0.0: raise _Reject
                elif type(a5) is int and -MAXI <= a5 <= MAXI: a5 = float(a5)
                else: raise _Reject
            n += 1
        else:
            a5 = DEFAULT298
        if 'started' in d:
            a6 = d['started']
            if a6 is not None:
                if a6 in D: a6 = D[a6]
                elif type(a6) is str and len(a6) == 10 and a6[4] == '-' and a6[7] == '-' and a6[5] != 'W': D[a6] = a6 = _fromiso(a6)
                elif type(a6) is not _date: raise _Reject
            n += 1
        else:
            a6 = DEFAULT299
        if 'completed' in d:
            a7 = d['completed']
            if a7 is not None:
                if a7 in D: a7 = D[a7]
                elif type(a7) is str and len(a7) == 10 and a7[4] == '-' and a7[7] == '-' and a7[5] != 'W': D[a7] = a7 = _fromiso(a7)
                elif type(a7) is not _date: raise _Reject
            n += 1
        else:
            a7 = DEFAULT300
        if 'skills' in d:
            a8 = d['skills']
            if type(a8) is not list and type(a8) is not tuple: raise _Reject
            out0 = []
            for x0 in a8:
                if type(x0) is not str or len(x0) > MAXS or (not x0.isascii() and not _utf8(x0)): raise _Reject
                if ':' in x0: t[0] += x0.count(':')
                out0.append(x0)
            a8 = tuple(out0)
            n += 1
        else:
            a8 = DEFAULT301
        if 'credential' in d:
            a9 = d['credential']
            if a9 is not None:
                a9 = build_Credential_21(a9, t)
            n += 1
        else:
            a9 = DEFAULT302
        if 'notes' in d:
            a10 = d['notes']
            if type(a10) is not str or len(a10) > MAXS or (not a10.isascii() and not _utf8(a10)): raise _Reject
            if ':' in a10: t[0] += a10.count(':')
            n += 1
        else:
            a10 = DEFAULT303
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS294)
        SET304(o, a0)
        SET307(o, a1)
        SET308(o, a2)
        SET311(o, a3)
        SET312(o, a4)
        SET316(o, a5)
        SET320(o, a6)
        SET321(o, a7)
        SET322(o, a8)
        SET323(o, a9)
        SET324(o, a10)
        VALIDATE305(o, ATTRIBUTE306, a0)
        VALIDATE309(o, ATTRIBUTE310, a2)
        if a4 is not DEFAULT315: VALIDATE313(o, ATTRIBUTE314, a4)
        if a5 is not DEFAULT319: VALIDATE317(o, ATTRIBUTE318, a5)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_LevelRecord_22(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        a1 = d['level']
        if type(a1) is not int or not -MAXI <= a1 <= MAXI: raise _Reject
        if 'note' in d:
            a2 = d['note']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT368
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS367)
        SET369(o, a0)
        SET370(o, a1)
        SET373(o, a2)
        VALIDATE371(o, ATTRIBUTE372, a1)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Meeting_18(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        if 'note' in d:
            a1 = d['note']
            if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
            if ':' in a1: t[0] += a1.count(':')
            n += 1
        else:
            a1 = DEFAULT249
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS248)
        SET250(o, a0)
        SET251(o, a1)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Mentor_7(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        if 'contact' in d:
            a1 = d['contact']
            if a1 is not None:
                if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
                if ':' in a1: t[0] += a1.count(':')
            n += 1
        else:
            a1 = DEFAULT210
        if 'name' in d:
            a2 = d['name']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT211
        if 'role' in d:
            a3 = d['role']
            if type(a3) is not str or a3 not in CHOICES212: raise _Reject
            n += 1
        else:
            a3 = DEFAULT213
        if 'status' in d:
            a4 = d['status']
            if type(a4) is not str or a4 not in CHOICES214: raise _Reject
            n += 1
        else:
            a4 = DEFAULT215
        if 'focus' in d:
            a5 = d['focus']
            if type(a5) is not list and type(a5) is not tuple: raise _Reject
            out0 = []
            for x0 in a5:
                if type(x0) is not str or len(x0) > MAXS or (not x0.isascii() and not _utf8(x0)): raise _Reject
                if ':' in x0: t[0] += x0.count(':')
                out0.append(x0)
            a5 = tuple(out0)
            n += 1
        else:
            a5 = DEFAULT216
        if 'cadence_days' in d:
            a6 = d['cadence_days']
            if a6 is not None:
                if type(a6) is not int or not -MAXI <= a6 <= MAXI: raise _Reject
            n += 1
        else:
            a6 = DEFAULT217
        if 'since' in d:
            a7 = d['since']
            if a7 is not None:
                if a7 in D: a7 = D[a7]
                elif type(a7) is str and len(a7) == 10 and a7[4] == '-' and a7[7] == '-' and a7[5] != 'W': D[a7] = a7 = _fromiso(a7)
                elif type(a7) is not _date: raise _Reject
            n += 1
        else:
            a7 = DEFAULT218
        if 'meetings' in d:
            a8 = d['meetings']
            a8 = many_build_Meeting_18(a8, t)
            n += 1
        else:
            a8 = DEFAULT219
        if 'advocacy' in d:
            a9 = d['advocacy']
            a9 = many_build_Advocacy_19(a9, t)
            n += 1
        else:
            a9 = DEFAULT220
        if 'notes' in d:
            a10 = d['notes']
            if type(a10) is not str or len(a10) > MAXS or (not a10.isascii() and not _utf8(a10)): raise _Reject
            if ':' in a10: t[0] += a10.count(':')
            n += 1
        else:
            a10 = DEFAULT221
        if 'shared_with' in d:
            a11 = d['shared_with']
            if type(a11) is not list and type(a11) is not tuple: raise _Reject
            out0 = []
            for x0 in a11:
                if type(x0) is not str or x0 not in CHOICES222: raise _Reject
                out0.append(x0)
            a11 = tuple(out0)
            n += 1
        else:
            a11 = DEFAULT223
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS209)
        SET224(o, a0)
        SET227(o, a1)
        SET228(o, a2)
        SET229(o, a3)
        SET230(o, a4)
        SET231(o, a5)
        SET232(o, a6)
        SET236(o, a7)
        a8 = CONVERT237(a8)
        SET238(o, a8)
        a9 = CONVERT239(a9)
        SET240(o, a9)
        SET241(o, a10)
        SET242(o, a11)
        VALIDATE225(o, ATTRIBUTE226, a0)
        if a6 is not DEFAULT235: VALIDATE233(o, ATTRIBUTE234, a6)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)
def build_Metric_24(d, t):
    if type(d) is not dict: raise _Reject
    n = 3
    a0 = d['name']
    if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
    if ':' in a0: t[0] += a0.count(':')
    a1 = d['baseline']
    if type(a1) is float:
        if a1 - a1 != 0.0: raise _Reject
    elif type(a1) is int and -MAXI <= a1 <= MAXI: a1 = float(a1)
    else: raise _Reject
    a2 = d['target']
    if type(a2) is float:
        if a2 - a2 != 0.0: raise _Reject
    elif type(a2) is int and -MAXI <= a2 <= MAXI: a2 = float(a2)
    else: raise _Reject
    if 'unit' in d:
        a3 = d['unit']
        if type(a3) is not str or len(a3) > MAXS or (not a3.isascii() and not _utf8(a3)): raise _Reject
        if ':' in a3: t[0] += a3.count(':')
        n += 1
    else:
        a3 = DEFAULT446
    if 'direction' in d:
        a4 = d['direction']
        if type(a4) is not str or a4 not in CHOICES447: raise _Reject
        n += 1
    else:
        a4 = DEFAULT448
    if n != len(d): raise _Reject
    t[0] += n
    o = _new(CLS445)
    SET449(o, a0)
    SET452(o, a1)
    SET453(o, a2)
    SET454(o, a3)
    SET455(o, a4)
    VALIDATE450(o, ATTRIBUTE451, a0)
    o.__attrs_post_init__()
    return o
def many_build_Milestone_26(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['title']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        if 'due' in d:
            a1 = d['due']
            if a1 is not None:
                if a1 in D: a1 = D[a1]
                elif type(a1) is str and len(a1) == 10 and a1[4] == '-' and a1[7] == '-' and a1[5] != 'W': D[a1] = a1 = _fromiso(a1)
                elif type(a1) is not _date: raise _Reject
            n += 1
        else:
            a1 = DEFAULT428
        if 'done_on' in d:
            a2 = d['done_on']
            if a2 is not None:
                if a2 in D: a2 = D[a2]
                elif type(a2) is str and len(a2) == 10 and a2[4] == '-' and a2[7] == '-' and a2[5] != 'W': D[a2] = a2 = _fromiso(a2)
                elif type(a2) is not _date: raise _Reject
            n += 1
        else:
            a2 = DEFAULT429
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS427)
        SET430(o, a0)
        SET433(o, a1)
        SET434(o, a2)
        VALIDATE431(o, ATTRIBUTE432, a0)
        out.append(o)
    t[0] += keys
    return tuple(out)
def build_Owner_1(d, t):
    if type(d) is not dict: raise _Reject
    n = 0
    if 'name' in d:
        a0 = d['name']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        n += 1
    else:
        a0 = DEFAULT477
    if 'role' in d:
        a1 = d['role']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        n += 1
    else:
        a1 = DEFAULT478
    if 'organization' in d:
        a2 = d['organization']
        if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
        if ':' in a2: t[0] += a2.count(':')
        n += 1
    else:
        a2 = DEFAULT479
    if n != len(d): raise _Reject
    t[0] += n
    o = _new(CLS476)
    SET480(o, a0)
    SET481(o, a1)
    SET482(o, a2)
    return o
def many_build_Position_11(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        if 'kind' in d:
            a1 = d['kind']
            if type(a1) is not str or a1 not in CHOICES25: raise _Reject
            n += 1
        else:
            a1 = DEFAULT26
        if 'organization' in d:
            a2 = d['organization']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT27
        if 'title' in d:
            a3 = d['title']
            if type(a3) is not str or len(a3) > MAXS or (not a3.isascii() and not _utf8(a3)): raise _Reject
            if ':' in a3: t[0] += a3.count(':')
            n += 1
        else:
            a3 = DEFAULT28
        if 'location' in d:
            a4 = d['location']
            if type(a4) is not str or len(a4) > MAXS or (not a4.isascii() and not _utf8(a4)): raise _Reject
            if ':' in a4: t[0] += a4.count(':')
            n += 1
        else:
            a4 = DEFAULT29
        if 'description' in d:
            a5 = d['description']
            if type(a5) is not str or len(a5) > MAXS or (not a5.isascii() and not _utf8(a5)): raise _Reject
            if ':' in a5: t[0] += a5.count(':')
            n += 1
        else:
            a5 = DEFAULT30
        if 'url' in d:
            a6 = d['url']
            if type(a6) is not str or len(a6) > MAXS or (not a6.isascii() and not _utf8(a6)): raise _Reject
            if ':' in a6: t[0] += a6.count(':')
            n += 1
        else:
            a6 = DEFAULT31
        if 'start' in d:
            a7 = d['start']
            if a7 is not None:
                if a7 in D: a7 = D[a7]
                elif type(a7) is str and len(a7) == 10 and a7[4] == '-' and a7[7] == '-' and a7[5] != 'W': D[a7] = a7 = _fromiso(a7)
                elif type(a7) is not _date: raise _Reject
            n += 1
        else:
            a7 = DEFAULT32
        if 'end' in d:
            a8 = d['end']
            if a8 is not None:
                if a8 in D: a8 = D[a8]
                elif type(a8) is str and len(a8) == 10 and a8[4] == '-' and a8[7] == '-' and a8[5] != 'W': D[a8] = a8 = _fromiso(a8)
                elif type(a8) is not _date: raise _Reject
            n += 1
        else:
            a8 = DEFAULT33
        if 'start_precision' in d:
            a9 = d['start_precision']
            if type(a9) is not str or a9 not in CHOICES34: raise _Reject
            n += 1
        else:
            a9 = DEFAULT35
        if 'end_precision' in d:
            a10 = d['end_precision']
            if type(a10) is not str or a10 not in CHOICES36: raise _Reject
            n += 1
        else:
            a10 = DEFAULT37
        if 'summary' in d:
            a11 = d['summary']
            if type(a11) is not str or len(a11) > MAXS or (not a11.isascii() and not _utf8(a11)): raise _Reject
            if ':' in a11: t[0] += a11.count(':')
            n += 1
        else:
            a11 = DEFAULT38
        if 'highlights' in d:
            a12 = d['highlights']
            if type(a12) is not list and type(a12) is not tuple: raise _Reject
            out0 = []
            for x0 in a12:
                if type(x0) is not str or len(x0) > MAXS or (not x0.isascii() and not _utf8(x0)): raise _Reject
                if ':' in x0: t[0] += x0.count(':')
                out0.append(x0)
            a12 = tuple(out0)
            n += 1
        else:
            a12 = DEFAULT39
        if 'shared_with' in d:
            a13 = d['shared_with']
            if type(a13) is not list and type(a13) is not tuple: raise _Reject
            out0 = []
            for x0 in a13:
                if type(x0) is not str or x0 not in CHOICES40: raise _Reject
                out0.append(x0)
            a13 = tuple(out0)
            n += 1
        else:
            a13 = DEFAULT41
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS24)
        SET42(o, a0)
        SET45(o, a1)
        SET46(o, a2)
        SET47(o, a3)
        SET48(o, a4)
        SET49(o, a5)
        SET50(o, a6)
        SET51(o, a7)
        SET52(o, a8)
        SET53(o, a9)
        SET54(o, a10)
        SET55(o, a11)
        SET56(o, a12)
        SET57(o, a13)
        VALIDATE43(o, ATTRIBUTE44, a0)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_PromptAnswer_16(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['prompt']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        if 'answer' in d:
            a1 = d['answer']
            if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
            if ':' in a1: t[0] += a1.count(':')
            n += 1
        else:
            a1 = DEFAULT169
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS168)
        SET170(o, a0)
        SET173(o, a1)
        VALIDATE171(o, ATTRIBUTE172, a0)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Reflection_9(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['date']
        if a1 in D: a1 = D[a1]
        elif type(a1) is str and len(a1) == 10 and a1[4] == '-' and a1[7] == '-' and a1[5] != 'W': D[a1] = a1 = _fromiso(a1)
        elif type(a1) is not _date: raise _Reject
        if 'prompts' in d:
            a2 = d['prompts']
            a2 = many_build_PromptAnswer_16(a2, t)
            n += 1
        else:
            a2 = DEFAULT139
        if 'energy' in d:
            a3 = d['energy']
            if a3 is not None:
                if type(a3) is not int or not -MAXI <= a3 <= MAXI: raise _Reject
            n += 1
        else:
            a3 = DEFAULT140
        if 'assessments' in d:
            a4 = d['assessments']
            a4 = many_build_Assessment_17(a4, t)
            n += 1
        else:
            a4 = DEFAULT141
        if 'shared_with' in d:
            a5 = d['shared_with']
            if type(a5) is not list and type(a5) is not tuple: raise _Reject
            out0 = []
            for x0 in a5:
                if type(x0) is not str or x0 not in CHOICES142: raise _Reject
                out0.append(x0)
            a5 = tuple(out0)
            n += 1
        else:
            a5 = DEFAULT143
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS138)
        SET144(o, a0)
        SET147(o, a1)
        SET148(o, a2)
        SET149(o, a3)
        SET153(o, a4)
        SET154(o, a5)
        VALIDATE145(o, ATTRIBUTE146, a0)
        if a3 is not DEFAULT152: VALIDATE150(o, ATTRIBUTE151, a3)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_SkillTarget_27(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['skill']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['level']
        if type(a1) is not int or not -MAXI <= a1 <= MAXI: raise _Reject
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS420)
        SET421(o, a0)
        SET424(o, a1)
        VALIDATE422(o, ATTRIBUTE423, a0)
        VALIDATE425(o, ATTRIBUTE426, a1)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Skill_4(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['name']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        if 'category' in d:
            a2 = d['category']
            if type(a2) is not str or a2 not in CHOICES335: raise _Reject
            n += 1
        else:
            a2 = DEFAULT336
        if 'level' in d:
            a3 = d['level']
            if type(a3) is not int or not -MAXI <= a3 <= MAXI: raise _Reject
            n += 1
        else:
            a3 = DEFAULT337
        if 'target' in d:
            a4 = d['target']
            if a4 is not None:
                if type(a4) is not int or not -MAXI <= a4 <= MAXI: raise _Reject
            n += 1
        else:
            a4 = DEFAULT338
        if 'history' in d:
            a5 = d['history']
            a5 = many_build_LevelRecord_22(a5, t)
            n += 1
        else:
            a5 = DEFAULT339
        if 'evidence' in d:
            a6 = d['evidence']
            a6 = many_build_Evidence_23(a6, t)
            n += 1
        else:
            a6 = DEFAULT340
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS334)
        SET341(o, a0)
        SET344(o, a1)
        SET347(o, a2)
        SET348(o, a3)
        SET352(o, a4)
        a5 = CONVERT356(a5)
        SET357(o, a5)
        a6 = CONVERT358(a6)
        SET359(o, a6)
        VALIDATE342(o, ATTRIBUTE343, a0)
        VALIDATE345(o, ATTRIBUTE346, a1)
        if a3 is not DEFAULT351: VALIDATE349(o, ATTRIBUTE350, a3)
        if a4 is not DEFAULT355: VALIDATE353(o, ATTRIBUTE354, a4)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_TimeOff_13(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['start']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        a1 = d['end']
        if a1 in D: a1 = D[a1]
        elif type(a1) is str and len(a1) == 10 and a1[4] == '-' and a1[7] == '-' and a1[5] != 'W': D[a1] = a1 = _fromiso(a1)
        elif type(a1) is not _date: raise _Reject
        if 'note' in d:
            a2 = d['note']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT95
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS94)
        SET96(o, a0)
        SET97(o, a1)
        SET98(o, a2)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_Value_2(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['id']
        if type(a0) is not str or len(a0) > MAXS or (not a0.isascii() and not _utf8(a0)): raise _Reject
        if ':' in a0: t[0] += a0.count(':')
        a1 = d['name']
        if type(a1) is not str or len(a1) > MAXS or (not a1.isascii() and not _utf8(a1)): raise _Reject
        if ':' in a1: t[0] += a1.count(':')
        if 'description' in d:
            a2 = d['description']
            if type(a2) is not str or len(a2) > MAXS or (not a2.isascii() and not _utf8(a2)): raise _Reject
            if ':' in a2: t[0] += a2.count(':')
            n += 1
        else:
            a2 = DEFAULT457
        if 'kind' in d:
            a3 = d['kind']
            if type(a3) is not str or a3 not in CHOICES458: raise _Reject
            n += 1
        else:
            a3 = DEFAULT459
        if 'importance' in d:
            a4 = d['importance']
            if a4 is not None:
                if type(a4) is not int or not -MAXI <= a4 <= MAXI: raise _Reject
            n += 1
        else:
            a4 = DEFAULT460
        if 'shared_with' in d:
            a5 = d['shared_with']
            if type(a5) is not list and type(a5) is not tuple: raise _Reject
            out0 = []
            for x0 in a5:
                if type(x0) is not str or x0 not in CHOICES461: raise _Reject
                out0.append(x0)
            a5 = tuple(out0)
            n += 1
        else:
            a5 = DEFAULT462
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS456)
        SET463(o, a0)
        SET466(o, a1)
        SET469(o, a2)
        SET470(o, a3)
        SET471(o, a4)
        SET475(o, a5)
        VALIDATE464(o, ATTRIBUTE465, a0)
        VALIDATE467(o, ATTRIBUTE468, a1)
        if a4 is not DEFAULT474: VALIDATE472(o, ATTRIBUTE473, a4)
        out.append(o)
    t[0] += keys
    return tuple(out)
def many_build_WeekLog_12(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 1
        a0 = d['week']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        if 'hours_worked' in d:
            a1 = d['hours_worked']
            if a1 is not None:
                if type(a1) is float:
                    if a1 - a1 != 0.0: raise _Reject
                elif type(a1) is int and -MAXI <= a1 <= MAXI: a1 = float(a1)
                else: raise _Reject
            n += 1
        else:
            a1 = DEFAULT100
        if 'contracted_hours' in d:
            a2 = d['contracted_hours']
            if a2 is not None:
                if type(a2) is float:
                    if a2 - a2 != 0.0: raise _Reject
                elif type(a2) is int and -MAXI <= a2 <= MAXI: a2 = float(a2)
                else: raise _Reject
            n += 1
        else:
            a2 = DEFAULT101
        if 'sleep_hours' in d:
            a3 = d['sleep_hours']
            if a3 is not None:
                if type(a3) is float:
                    if a3 - a3 != 0.0: raise _Reject
                elif type(a3) is int and -MAXI <= a3 <= MAXI: a3 = float(a3)
                else: raise _Reject
            n += 1
        else:
            a3 = DEFAULT102
        if 'activity_minutes' in d:
            a4 = d['activity_minutes']
            if a4 is not None:
                if type(a4) is float:
                    if a4 - a4 != 0.0: raise _Reject
                elif type(a4) is int and -MAXI <= a4 <= MAXI: a4 = float(a4)
                else: raise _Reject
            n += 1
        else:
            a4 = DEFAULT103
        if 'vigorous_minutes' in d:
            a5 = d['vigorous_minutes']
            if a5 is not None:
                if type(a5) is float:
                    if a5 - a5 != 0.0: raise _Reject
                elif type(a5) is int and -MAXI <= a5 <= MAXI: a5 = float(a5)
                else: raise _Reject
            n += 1
        else:
            a5 = DEFAULT104
        if 'after_hours_days' in d:
            a6 = d['after_hours_days']
            if a6 is not None:
                if type(a6) is not int or not -MAXI <= a6 <= MAXI: raise _Reject
            n += 1
        else:
            a6 = DEFAULT105
        if 'leave_days' in d:
            a7 = d['leave_days']
            if a7 is not None:
                if type(a7) is float:
                    if a7 - a7 != 0.0: raise _Reject
                elif type(a7) is int and -MAXI <= a7 <= MAXI: a7 = float(a7)
                else: raise _Reject
            n += 1
        else:
            a7 = DEFAULT106
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS99)
        SET107(o, a0)
        SET110(o, a1)
        SET114(o, a2)
        SET118(o, a3)
        SET122(o, a4)
        SET126(o, a5)
        SET130(o, a6)
        SET134(o, a7)
        VALIDATE108(o, ATTRIBUTE109, a0)
        if a1 is not DEFAULT113: VALIDATE111(o, ATTRIBUTE112, a1)
        if a2 is not DEFAULT117: VALIDATE115(o, ATTRIBUTE116, a2)
        if a3 is not DEFAULT121: VALIDATE119(o, ATTRIBUTE120, a3)
        if a4 is not DEFAULT125: VALIDATE123(o, ATTRIBUTE124, a4)
        if a5 is not DEFAULT129: VALIDATE127(o, ATTRIBUTE128, a5)
        if a6 is not DEFAULT133: VALIDATE131(o, ATTRIBUTE132, a6)
        if a7 is not DEFAULT137: VALIDATE135(o, ATTRIBUTE136, a7)
        out.append(o)
    t[0] += keys
    return tuple(out)
def build_Wellbeing_10(d, t):
    if type(d) is not dict: raise _Reject
    n = 0
    if 'weeks' in d:
        a0 = d['weeks']
        a0 = many_build_WeekLog_12(a0, t)
        n += 1
    else:
        a0 = DEFAULT59
    if 'time_off' in d:
        a1 = d['time_off']
        a1 = many_build_TimeOff_13(a1, t)
        n += 1
    else:
        a1 = DEFAULT60
    if 'who5' in d:
        a2 = d['who5']
        a2 = many_build_Who5Response_14(a2, t)
        n += 1
    else:
        a2 = DEFAULT61
    if 'cbi' in d:
        a3 = d['cbi']
        a3 = many_build_CbiResponse_15(a3, t)
        n += 1
    else:
        a3 = DEFAULT62
    if 'annual_leave_days' in d:
        a4 = d['annual_leave_days']
        if a4 is not None:
            if type(a4) is float:
                if a4 - a4 != 0.0: raise _Reject
            elif type(a4) is int and -MAXI <= a4 <= MAXI: a4 = float(a4)
            else: raise _Reject
        n += 1
    else:
        a4 = DEFAULT63
    if 'shared_with' in d:
        a5 = d['shared_with']
        if type(a5) is not list and type(a5) is not tuple: raise _Reject
        out0 = []
        for x0 in a5:
            if type(x0) is not str or x0 not in CHOICES64: raise _Reject
            out0.append(x0)
        a5 = tuple(out0)
        n += 1
    else:
        a5 = DEFAULT65
    if n != len(d): raise _Reject
    t[0] += n
    o = _new(CLS58)
    a0 = CONVERT66(a0)
    SET67(o, a0)
    SET71(o, a1)
    a2 = CONVERT72(a2)
    SET73(o, a2)
    a3 = CONVERT74(a3)
    SET75(o, a3)
    SET76(o, a4)
    SET80(o, a5)
    if a0 is not DEFAULT70: VALIDATE68(o, ATTRIBUTE69, a0)
    if a4 is not DEFAULT79: VALIDATE77(o, ATTRIBUTE78, a4)
    return o
def many_build_Who5Response_14(xs, t):
    if type(xs) is not list and type(xs) is not tuple: raise _Reject
    out = []
    keys = 0
    D = t[1]
    for d in xs:
        if type(d) is not dict: raise _Reject
        n = 2
        a0 = d['date']
        if a0 in D: a0 = D[a0]
        elif type(a0) is str and len(a0) == 10 and a0[4] == '-' and a0[7] == '-' and a0[5] != 'W': D[a0] = a0 = _fromiso(a0)
        elif type(a0) is not _date: raise _Reject
        a1 = d['answers']
        if type(a1) is not list and type(a1) is not tuple: raise _Reject
        out0 = []
        for x0 in a1:
            if type(x0) is not int or not -MAXI <= x0 <= MAXI: raise _Reject
            out0.append(x0)
        a1 = tuple(out0)
        if n != len(d): raise _Reject
        keys += n
        o = _new(CLS89)
        SET90(o, a0)
        SET91(o, a1)
        VALIDATE92(o, ATTRIBUTE93, a1)
        o.__attrs_post_init__()
        out.append(o)
    t[0] += keys
    return tuple(out)


build = build_CareerPlan_0
