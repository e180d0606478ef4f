"""Joint meetings (联席会议) and their follow-up: meetings planned and held, attendees picked from
the units' people, decisions, the follow-up tasks each decision opens (督办事项), the next
regular meeting due, and the year's figures for the annual report.

The rhythm of regular meetings is a setting with presets: every half year (安阳 一(一), 海口
一(一)) or every year (鹤岗 一(一)); extra meetings (遇重大风险) are recorded the same way and do
not move the rhythm. The yearly report goes to the city government (海口 一(二)).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.liaison import (
    LONG_MAX,
    NAME_MAX,
    SHORT_MAX,
    TEXT_MAX,
    FollowUpTask,
    JointMeeting,
    LiaisonAssignment,
    MeetingDecision,
    MemberUnit,
)
from jianguan_desktop.db.records import OFFICE_KEY, next_number, restore, soft_delete
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.liaison import MeetingKind, Rhythm, TaskStatus
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.due import DueItem, register_due_provider
from jianguan_desktop.services.liaison import GROUP
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record
from jianguan_desktop.services.settings import SettingDef, get_setting, register_setting
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table
from jianguan_desktop.services.typed_values import raise_errors, typed_date

RHYTHM_MONTHS: dict[str, int] = {"half_year": 6, "yearly": 12}


def _rhythm_choices() -> dict[str, str]:
    return {"half_year": tr("Every half year (安阳 一(一); 海口 一(一))"),
            "yearly": tr("Every year (鹤岗 一(一))")}


MEETING_RHYTHM = register_setting(SettingDef(
    "meetings.rhythm", "half_year", lambda: tr("Regular joint meetings are held"),
    lambda: tr("安阳 一(一) and 海口 一(一): in principle every half year; 鹤岗 一(一): every "
               "year; more when a major risk calls for it"),
    group=GROUP, choices=_rhythm_choices))
MEETING_REMIND_DAYS = register_setting(SettingDef(
    "meetings.remind_days", 30,
    lambda: tr("Remind of the next regular meeting this many days before it is due"),
    lambda: tr("This program's policy"), minimum=1, maximum=180,
    unit=lambda: tr("days"), group=GROUP))
TASK_DUE_SOON = register_setting(SettingDef(
    "meetings.task_due_soon_days", 7,
    lambda: tr("Show follow-up tasks on the home page this many days before they are due"),
    lambda: tr("This program's policy"), minimum=0, maximum=90, unit=lambda: tr("days"),
    group=GROUP))

MEETINGS_TABLE_KEY = "joint_meetings"
TASKS_TABLE_KEY = "follow_up_tasks"


def _today(today: date | None) -> date:
    return today or date.today()


def kind_labels() -> dict[str, str]:
    """Stored kind of meeting → its name."""
    return MeetingKind.value_labels()


def task_status_labels() -> dict[str, str]:
    """Stored state of a task → its name."""
    return TaskStatus.value_labels()


def meeting_field_labels() -> dict[str, str]:
    """The fields of a meeting as the form and the history name them."""
    return {"kind": tr("Kind of meeting"), "title": tr("Title"),
            "planned_on": tr("Planned for"), "held_on": tr("Held on"), "place": tr("Place"),
            "convened_by": tr("Convened by"), "presided_by": tr("Presided by"),
            "attendees": tr("Attendees"), "agenda": tr("Agenda"), "minutes": tr("Minutes"),
            "notice_number": tr("Number of the notice"),
            "minutes_number": tr("Number of the minutes")}


def task_field_labels() -> dict[str, str]:
    """The fields of a follow-up task."""
    return {"meeting_id": tr("Meeting"), "decision_id": tr("Decision"), "text": tr("Task"),
            "owner_unit_id": tr("Unit in charge"), "due_on": tr("Due on"),
            "status": tr("Status"), "done_on": tr("Done on"), "outcome": tr("Outcome"),
            "reminder_number": tr("Number of the reminder")}


def decision_field_labels() -> dict[str, str]:
    """The fields of a decision."""
    return {"meeting_id": tr("Meeting"), "seq": tr("No."), "text": tr("Decision")}


# --- plain data -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Attendee:
    """Somebody at a meeting: the entry of the directory picked, as it read that day."""

    assignment_id: str
    name: str
    unit: str
    post: str


@dataclass(frozen=True)
class TaskInfo:
    """A follow-up task with its unit and its state on ``today``."""

    id: str
    number: str
    meeting_id: str
    meeting_title: str
    decision_id: str
    decision_text: str
    text: str
    owner_unit_id: str
    owner_unit: str
    due_on: date
    status: str
    status_label: str
    done_on: date | None
    outcome: str
    reminder_number: str
    version: int
    overdue: bool
    days_left: int


@dataclass(frozen=True)
class DecisionInfo:
    """A decision with the tasks it opened."""

    id: str
    seq: int
    text: str
    tasks: tuple[TaskInfo, ...]


@dataclass(frozen=True)
class MeetingInfo:
    """A joint meeting with its attendees, decisions and their tasks."""

    id: str
    number: str
    kind: str
    kind_label: str
    title: str
    planned_on: date | None
    held_on: date | None
    place: str
    convened_by: str | None
    convener_name: str
    presided_by: str
    attendees: tuple[Attendee, ...]
    agenda: str
    minutes: str
    notice_number: str
    minutes_number: str
    version: int
    deleted: bool
    decisions: tuple[DecisionInfo, ...] = field(default=())

    @property
    def held(self) -> bool:
        """Whether the meeting has taken place."""
        return self.held_on is not None

    @property
    def day(self) -> date | None:
        """The day held, else the day planned."""
        return self.held_on or self.planned_on


def _session_of(row: Any) -> Session:
    session = object_session(row)
    assert session is not None
    return session


def _unit_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = [item for item in set(ids) if item]
    if not wanted:
        return {}
    return dict(session.execute(select(MemberUnit.id, MemberUnit.name).where(
        MemberUnit.id.in_(wanted))).all())


def task_info(session: Session, row: FollowUpTask, today: date | None = None,
              names: Mapping[str, str] | None = None) -> TaskInfo:
    """A task as plain data."""
    day = _today(today)
    unit_names = names if names is not None else _unit_names(session, [row.owner_unit_id])
    meeting = session.get(JointMeeting, row.meeting_id)
    decision = session.get(MeetingDecision, row.decision_id)
    open_ = row.status == TaskStatus.OPEN.value
    return TaskInfo(
        row.id, row.number or "", row.meeting_id, meeting.title if meeting else "",
        row.decision_id, decision.text if decision else "", row.text, row.owner_unit_id,
        unit_names.get(row.owner_unit_id, ""), row.due_on, row.status,
        task_status_labels().get(row.status, row.status), row.done_on, row.outcome,
        row.reminder_number, row.version, open_ and row.due_on < day, (row.due_on - day).days)


def meeting_info(session: Session, row: JointMeeting, today: date | None = None) -> MeetingInfo:
    """A meeting as plain data with its decisions and tasks."""
    decisions = list(session.execute(select(MeetingDecision).where(
        MeetingDecision.meeting_id == row.id, MeetingDecision.deleted_at.is_(None))
        .order_by(MeetingDecision.seq)).scalars())
    tasks = list(session.execute(select(FollowUpTask).where(
        FollowUpTask.meeting_id == row.id, FollowUpTask.deleted_at.is_(None))
        .order_by(FollowUpTask.due_on, FollowUpTask.created_at)).scalars())
    names = _unit_names(session, [row.convened_by, *(task.owner_unit_id for task in tasks)])
    shown = tuple(DecisionInfo(
        decision.id, decision.seq, decision.text,
        tuple(task_info(session, task, today, names) for task in tasks
              if task.decision_id == decision.id)) for decision in decisions)
    attendees = tuple(Attendee(str(item.get("assignment_id") or ""), str(item.get("name") or ""),
                               str(item.get("unit") or ""), str(item.get("post") or ""))
                      for item in json.loads(row.attendees or "[]"))
    return MeetingInfo(
        row.id, row.number or "", row.kind, kind_labels().get(row.kind, row.kind), row.title,
        row.planned_on, row.held_on, row.place, row.convened_by,
        names.get(row.convened_by or "", ""), row.presided_by, attendees, row.agenda,
        row.minutes, row.notice_number, row.minutes_number, row.version,
        row.deleted_at is not None, shown)


# --- meetings -------------------------------------------------------------------------------

def _text(values: Mapping[str, Any], key: str, limit: int, errors: dict[str, str],
          required: str | None = None) -> str:
    text = str(values.get(key) or "").strip()
    if not text and required:
        errors[key] = required
    elif len(text) > limit:
        errors[key] = tr("At most {count} characters.").format(count=limit)
    return text


def _attendees(session: Session, ids: Iterable[Any], errors: dict[str, str]) -> str:
    wanted = list(dict.fromkeys(str(item) for item in ids if str(item).strip()))
    rows = {row.id: row for row in session.execute(select(LiaisonAssignment).where(
        LiaisonAssignment.id.in_(wanted))).scalars()} if wanted else {}
    if len(rows) != len(wanted):
        errors["attendees"] = tr("A person picked is no longer in the directory.")
    names = _unit_names(session, [row.unit_id for row in rows.values()])
    return json.dumps([{"assignment_id": row.id, "name": row.name, "post": row.post,
                        "unit": names.get(row.unit_id, "")} for item in wanted
                       if (row := rows.get(item)) is not None], ensure_ascii=False)


def check_meeting_values(session: Session, values: Mapping[str, Any], today: date
                         ) -> dict[str, Any]:
    """A meeting's fields, checked: a title; a day planned or held (held not on a day to
    come); the convening unit and the attendees taken from the directory."""
    errors: dict[str, str] = {}
    labels = meeting_field_labels()
    kind = str(values.get("kind") or MeetingKind.REGULAR.value)
    if kind not in kind_labels():
        errors["kind"] = tr("Choose the kind of meeting.")
    checked: dict[str, Any] = {
        "kind": kind,
        "title": _text(values, "title", NAME_MAX, errors, tr("Give the meeting a title.")),
        "place": _text(values, "place", NAME_MAX, errors),
        "presided_by": _text(values, "presided_by", SHORT_MAX, errors),
        "agenda": _text(values, "agenda", LONG_MAX, errors),
        "minutes": _text(values, "minutes", LONG_MAX, errors),
    }
    planned = typed_date(values, "planned_on", errors, labels["planned_on"])
    held = typed_date(values, "held_on", errors, labels["held_on"])
    if planned is None and held is None and not ({"planned_on", "held_on"} & set(errors)):
        errors["held_on"] = tr("Give the day the meeting was held, or the day it is planned "
                               "for.")
    if held is not None and held > today:
        errors["held_on"] = tr("A meeting cannot be held on a day to come: give the day it is "
                               "planned for instead.")
    convened = str(values.get("convened_by") or "") or None
    if convened is not None and session.get(MemberUnit, convened) is None:
        errors["convened_by"] = tr("The convening unit is no longer a member unit.")
    checked |= {"planned_on": planned, "held_on": held, "convened_by": convened,
                "attendees": _attendees(session, values.get("attendees") or (), errors)}
    raise_errors(errors)
    return checked


def load_meeting(session: Session, ref: str, include_deleted: bool = False) -> JointMeeting:
    """A meeting by its id or number (联席〔2026〕1号)."""
    row = session.get(JointMeeting, ref)
    if row is None:
        row = session.execute(select(JointMeeting).where(
            JointMeeting.number == ref.strip(),
            JointMeeting.office_code == session.info.get(OFFICE_KEY))).scalar_one_or_none()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(tr("No joint meeting “{ref}” was found.").format(ref=ref))
    return row


def create_meeting(db: Database, actor: Actor, values: Mapping[str, Any],
                   today: date | None = None) -> MeetingInfo:
    """Record a meeting, planned or held, numbered 联席〔year〕n号 (one transaction)."""
    require(actor, Permission.WRITE)
    day = _today(today)
    with db.uow(actor) as uow:
        session = uow.session
        checked = check_meeting_values(session, values, day)
        row = JointMeeting(**checked)
        year = (row.held_on or row.planned_on or day).year
        row.number = next_number(session, session.info[OFFICE_KEY], JointMeeting.number_series,
                                 year)
        session.add(row)
        uow.flush()
        info = meeting_info(session, row, day)
        uow.commit()
    return info


def update_meeting(db: Database, actor: Actor, ref: str, values: Mapping[str, Any],
                   expected_version: int | None = None, today: date | None = None
                   ) -> MeetingInfo:
    """Correct a meeting (record it as held, add the minutes, change the attendees)."""
    day = _today(today)

    def change(session: Session, row: JointMeeting) -> None:
        current = {key: getattr(row, key) for key in meeting_field_labels()}
        current["attendees"] = [item.get("assignment_id") for item in
                                json.loads(row.attendees or "[]")]
        checked = check_meeting_values(session, {**current, **values}, day)
        for key, value in checked.items():
            setattr(row, key, value)

    return change_record(db, actor, Permission.WRITE, lambda s: load_meeting(s, ref), change,
                         lambda row: meeting_info(_session_of(row), row, day), expected_version)


def delete_meeting(db: Database, actor: Actor, ref: str) -> MeetingInfo:
    """Delete a meeting softly (only one without decisions: those carry tasks)."""
    def change(session: Session, row: JointMeeting) -> None:
        if session.execute(select(MeetingDecision.id).where(
                MeetingDecision.meeting_id == row.id,
                MeetingDecision.deleted_at.is_(None))).first() is not None:
            raise ConflictError(tr("The meeting has decisions and follow-up tasks: it stays on "
                                   "record."))
        soft_delete(row, session)

    return change_record(db, actor, Permission.WRITE, lambda s: load_meeting(s, ref), change,
                         lambda row: meeting_info(_session_of(row), row))


def restore_meeting(db: Database, actor: Actor, ref: str) -> MeetingInfo:
    """Bring a deleted meeting back."""
    return change_record(db, actor, Permission.WRITE,
                         lambda s: load_meeting(s, ref, include_deleted=True),
                         lambda _session, row: restore(row),
                         lambda row: meeting_info(_session_of(row), row))


def get_meeting(db: Database, actor: Actor, ref: str, today: date | None = None
                ) -> MeetingInfo:
    """One meeting with its decisions and tasks."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return meeting_info(uow.session, load_meeting(uow.session, ref, include_deleted=True),
                            today)


def list_meetings(db: Database, actor: Actor, year: int | None = None) -> list[MeetingInfo]:
    """The live meetings (of ``year``), the earliest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(JointMeeting).where(
            JointMeeting.deleted_at.is_(None)).order_by(
            func.coalesce(JointMeeting.held_on, JointMeeting.planned_on))).scalars()
        found = [meeting_info(uow.session, row) for row in rows]
    return [item for item in found if year is None or (item.day and item.day.year == year)]


# --- decisions and tasks --------------------------------------------------------------------

def _check_task(session: Session, values: Mapping[str, Any], prefix: str = ""
                ) -> dict[str, Any]:
    errors: dict[str, str] = {}
    text = _text(values, "text", TEXT_MAX, errors, tr("Say what is to be done."))
    owner = str(values.get("owner_unit_id") or "")
    if not owner:
        errors["owner_unit_id"] = tr("A task needs the unit in charge of it: pick a member "
                                     "unit.")
    elif session.get(MemberUnit, owner) is None:
        errors["owner_unit_id"] = tr("The unit in charge is no longer a member unit.")
    due = typed_date(values, "due_on", errors, task_field_labels()["due_on"], required=True)
    if errors:
        fields = {f"{prefix}{key}": message for key, message in errors.items()}
        first = next(iter(fields))
        raise ValidationError(fields[first], field=first, fields=fields)
    return {"text": text, "owner_unit_id": owner, "due_on": due}


def _add_task(session: Session, meeting: JointMeeting, decision: MeetingDecision,
              checked: Mapping[str, Any]) -> FollowUpTask:
    row = FollowUpTask(meeting_id=meeting.id, decision_id=decision.id,
                       status=TaskStatus.OPEN.value, **dict(checked))
    year = (meeting.held_on or meeting.planned_on or checked["due_on"]).year
    row.number = next_number(session, session.info[OFFICE_KEY], FollowUpTask.number_series,
                             year)
    session.add(row)
    return row


def add_decision(db: Database, actor: Actor, meeting_ref: str, text: str,
                 tasks: Iterable[Mapping[str, Any]] = (), today: date | None = None
                 ) -> MeetingInfo:
    """Add a decision of a held meeting with the tasks it opens, in one transaction (a task
    without its unit refuses the whole decision, named ``tasks.N.field``)."""
    require(actor, Permission.WRITE)
    words = str(text or "").strip()
    if not words:
        raise ValidationError(tr("Write the decision."), field="text")
    if len(words) > TEXT_MAX:
        raise ValidationError(tr("At most {count} characters.").format(count=TEXT_MAX),
                              field="text")
    with db.uow(actor) as uow:
        session = uow.session
        meeting = load_meeting(session, meeting_ref)
        if meeting.held_on is None:
            raise ConflictError(tr("Decisions are recorded once the meeting has been held: "
                                   "give the day it was held first."))
        checked = [_check_task(session, task, f"tasks.{index}.")
                   for index, task in enumerate(tasks)]
        seq = int(session.execute(select(func.max(MeetingDecision.seq)).where(
            MeetingDecision.meeting_id == meeting.id,
            MeetingDecision.deleted_at.is_(None))).scalar() or 0) + 1
        decision = MeetingDecision(meeting_id=meeting.id, seq=seq, text=words)
        session.add(decision)
        session.flush()
        for task in checked:
            _add_task(session, meeting, decision, task)
        uow.flush()
        info = meeting_info(session, meeting, today)
        uow.commit()
    return info


def add_task(db: Database, actor: Actor, decision_id: str, values: Mapping[str, Any],
             today: date | None = None) -> TaskInfo:
    """Open a further task of a decision."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        session = uow.session
        decision = session.get(MeetingDecision, decision_id)
        if decision is None or decision.deleted_at is not None:
            raise NotFoundError(tr("This decision no longer exists."))
        meeting = load_meeting(session, decision.meeting_id)
        row = _add_task(session, meeting, decision, _check_task(session, values))
        uow.flush()
        info = task_info(session, row, today)
        uow.commit()
    return info


def load_task(session: Session, ref: str) -> FollowUpTask:
    """A task by its id or number (督办〔2026〕1号)."""
    row = session.get(FollowUpTask, ref)
    if row is None:
        row = session.execute(select(FollowUpTask).where(
            FollowUpTask.number == ref.strip(),
            FollowUpTask.office_code == session.info.get(OFFICE_KEY))).scalar_one_or_none()
    if row is None or row.deleted_at is not None:
        raise NotFoundError(tr("No follow-up task “{ref}” was found.").format(ref=ref))
    return row


def close_task(db: Database, actor: Actor, ref: str, values: Mapping[str, Any],
               expected_version: int | None = None, today: date | None = None) -> TaskInfo:
    """Mark a task done (``done_on``, ``outcome``) or, with ``status`` ``cancelled``, cancel it
    with the reason as its outcome."""
    day = _today(today)

    def change(_session: Session, row: FollowUpTask) -> None:
        errors: dict[str, str] = {}
        status = str(values.get("status") or TaskStatus.DONE.value)
        if status not in (TaskStatus.DONE.value, TaskStatus.CANCELLED.value):
            errors["status"] = tr("A task is closed as done or as cancelled.")
        if row.status != TaskStatus.OPEN.value:
            raise ConflictError(tr("{number} is already closed.").format(number=row.number))
        done_on = typed_date(values, "done_on", errors, task_field_labels()["done_on"]) or day
        if done_on > day:
            errors["done_on"] = tr("A task cannot be done on a day to come.")
        outcome = _text(values, "outcome", TEXT_MAX, errors,
                        tr("Say how the task was carried out, or why it was cancelled."))
        raise_errors(errors)
        row.status, row.done_on, row.outcome = status, done_on, outcome

    return change_record(db, actor, Permission.WRITE, lambda s: load_task(s, ref), change,
                         lambda row: task_info(_session_of(row), row, day), expected_version)


def reopen_task(db: Database, actor: Actor, ref: str, today: date | None = None) -> TaskInfo:
    """Open a closed task again (its outcome kept in the history)."""
    def change(_session: Session, row: FollowUpTask) -> None:
        if row.status == TaskStatus.OPEN.value:
            raise ConflictError(tr("{number} is still open.").format(number=row.number))
        row.status, row.done_on = TaskStatus.OPEN.value, None

    return change_record(db, actor, Permission.WRITE, lambda s: load_task(s, ref), change,
                         lambda row: task_info(_session_of(row), row, today))


def get_task(db: Database, actor: Actor, ref: str, today: date | None = None) -> TaskInfo:
    """One task."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return task_info(uow.session, load_task(uow.session, ref), today)


def open_tasks(db: Database, actor: Actor, today: date | None = None) -> list[TaskInfo]:
    """Every open task, the earliest due first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = list(uow.session.execute(select(FollowUpTask).where(
            FollowUpTask.deleted_at.is_(None), FollowUpTask.status == TaskStatus.OPEN.value)
            .order_by(FollowUpTask.due_on)).scalars())
        names = _unit_names(uow.session, [row.owner_unit_id for row in rows])
        return [task_info(uow.session, row, today, names) for row in rows]


# --- the rhythm -----------------------------------------------------------------------------

@dataclass(frozen=True)
class NextMeeting:
    """When the next regular meeting is due, and why."""

    due: date
    last_held: date | None
    rhythm_label: str
    explanation: str
    planned: MeetingInfo | None  # a regular meeting already planned, not yet held


def rhythm(db_or_session: Database | Session) -> Rhythm:
    """The office's rhythm of regular meetings."""
    return Rhythm(RHYTHM_MONTHS.get(str(get_setting(db_or_session, MEETING_RHYTHM.key)), 6))


def next_meeting(db: Database, actor: Actor, today: date | None = None) -> NextMeeting:
    """The next regular meeting due: a rhythm's length after the last regular one held (extra
    meetings do not count), or by the end of this half year or year when none was held."""
    require(actor, Permission.READ)
    day = _today(today)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        last = session.execute(select(func.max(JointMeeting.held_on)).where(
            JointMeeting.deleted_at.is_(None), JointMeeting.kind == MeetingKind.REGULAR.value,
            JointMeeting.office_code == session.info.get(OFFICE_KEY))).scalar()
        planned_row = session.execute(select(JointMeeting).where(
            JointMeeting.deleted_at.is_(None), JointMeeting.kind == MeetingKind.REGULAR.value,
            JointMeeting.held_on.is_(None)).order_by(JointMeeting.planned_on).limit(1)
        ).scalar_one_or_none()
        planned = meeting_info(session, planned_row, day) if planned_row is not None else None
        setting = str(get_setting(session, MEETING_RHYTHM.key))
        chosen = rhythm(session)
    last_day = last if isinstance(last, date) or last is None else date.fromisoformat(str(last))
    due = chosen.next_due(last_day, day)
    label = _rhythm_choices().get(setting, setting)
    if last_day is None:
        explanation = tr("No regular meeting held yet; rhythm: {rhythm}; due by {due}.").format(
            rhythm=label, due=format_cn_date(due))
    else:
        explanation = tr("Last regular meeting held on {last}; rhythm: {rhythm}; next due by "
                         "{due}.").format(last=format_cn_date(last_day), rhythm=label,
                                          due=format_cn_date(due))
    return NextMeeting(due, last_day, label, explanation, planned)


@register_due_provider
def due_meetings_and_tasks(db: Database, actor: Actor, today: date | None = None
                           ) -> list[DueItem]:
    """For the home page: the next regular meeting when near or overdue, and the open tasks
    due soon or overdue."""
    if not actor.can(Permission.READ):
        return []
    day = _today(today)
    items: list[DueItem] = []
    with db.uow(actor, readonly=True) as uow:  # no member units yet: no mechanism to remind of
        has_units = uow.session.execute(select(MemberUnit.id).where(
            MemberUnit.deleted_at.is_(None)).limit(1)).first() is not None
    coming = next_meeting(db, actor, day)
    remind = int(get_setting(db, MEETING_REMIND_DAYS.key))
    if has_units and coming.due <= day + timedelta(days=remind):
        items.append(DueItem.make(tr("Next regular joint meeting"), tr("Joint meetings"),
                                  coming.planned.id if coming.planned else "", coming.due, day,
                                  coming.explanation))
    soon = int(get_setting(db, TASK_DUE_SOON.key))
    for task in open_tasks(db, actor, day):
        if task.due_on <= day + timedelta(days=soon):
            items.append(DueItem.make(
                tr("{number}: {unit}, {text}").format(number=task.number, unit=task.owner_unit,
                                                     text=task.text),
                tr("Joint meetings"), task.id, task.due_on, day,
                tr("Decided at {meeting}: {decision}").format(meeting=task.meeting_title,
                                                              decision=task.decision_text)))
    return items


# --- the year -------------------------------------------------------------------------------

@dataclass(frozen=True)
class YearFigures:
    """A year's joint meetings for the annual report (海口 一(二)): meetings held by kind,
    decisions, and the tasks they opened by state on the report's day."""

    year: int
    on: date
    meetings: tuple[MeetingInfo, ...]
    regular: int
    extra: int
    decisions: int
    tasks: int
    tasks_done: int
    tasks_open: int
    tasks_overdue: int
    tasks_cancelled: int


def year_figures(db: Database, actor: Actor, year: int, today: date | None = None
                 ) -> YearFigures:
    """The meetings held in ``year`` with their decisions and tasks (counted in SQL)."""
    require(actor, Permission.READ)
    day = _today(today)
    start, end = date(year, 1, 1), date(year, 12, 31)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        rows = list(session.execute(select(JointMeeting).where(
            JointMeeting.deleted_at.is_(None), JointMeeting.held_on.between(start, end))
            .order_by(JointMeeting.held_on)).scalars())
        ids = [row.id for row in rows]
        meetings = tuple(meeting_info(session, row, day) for row in rows)
        decisions = int(session.execute(select(func.count()).select_from(MeetingDecision)
                                        .where(MeetingDecision.meeting_id.in_(ids),
                                               MeetingDecision.deleted_at.is_(None)))
                        .scalar_one())
        by_state = dict(session.execute(select(FollowUpTask.status, func.count()).where(
            FollowUpTask.meeting_id.in_(ids), FollowUpTask.deleted_at.is_(None))
            .group_by(FollowUpTask.status)).all())
        overdue = int(session.execute(select(func.count()).select_from(FollowUpTask).where(
            FollowUpTask.meeting_id.in_(ids), FollowUpTask.deleted_at.is_(None),
            FollowUpTask.status == TaskStatus.OPEN.value, FollowUpTask.due_on < day))
            .scalar_one())
    regular = sum(1 for item in meetings if item.kind == MeetingKind.REGULAR.value)
    return YearFigures(
        year, day, meetings, regular, len(meetings) - regular, decisions,
        sum(int(count) for count in by_state.values()),
        int(by_state.get(TaskStatus.DONE.value, 0)), int(by_state.get(TaskStatus.OPEN.value, 0)),
        overdue, int(by_state.get(TaskStatus.CANCELLED.value, 0)))


# --- register views -------------------------------------------------------------------------

def _owner_name() -> Any:
    return select(MemberUnit.name).where(MemberUnit.id == FollowUpTask.owner_unit_id
                                         ).scalar_subquery()


def _meeting_title() -> Any:
    return select(JointMeeting.title).where(JointMeeting.id == FollowUpTask.meeting_id
                                            ).scalar_subquery()


def _decision_count() -> Any:
    return select(func.count()).select_from(MeetingDecision).where(
        MeetingDecision.meeting_id == JointMeeting.id, MeetingDecision.deleted_at.is_(None)
    ).scalar_subquery()


def _open_task_count() -> Any:
    return select(func.count()).select_from(FollowUpTask).where(
        FollowUpTask.meeting_id == JointMeeting.id, FollowUpTask.deleted_at.is_(None),
        FollowUpTask.status == TaskStatus.OPEN.value).scalar_subquery()


register_table(TableSpec(
    key=MEETINGS_TABLE_KEY,
    title=lambda: tr("Joint meetings"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", JointMeeting.number, width=120,
                   searchable=True),
        ColumnSpec("held_on", lambda: tr("Held on"), "date", JointMeeting.held_on, width=100),
        ColumnSpec("planned_on", lambda: tr("Planned for"), "date", JointMeeting.planned_on,
                   width=100),
        ColumnSpec("kind", lambda: tr("Kind of meeting"), "enum", JointMeeting.kind,
                   width=120, labels=kind_labels),
        ColumnSpec("title", lambda: tr("Title"), "text", JointMeeting.title, width=260,
                   searchable=True),
        ColumnSpec("place", lambda: tr("Place"), "text", JointMeeting.place, width=160),
        ColumnSpec("decisions", lambda: tr("Decisions"), "int", _decision_count(), width=60),
        ColumnSpec("open_tasks", lambda: tr("Open tasks"), "int", _open_task_count(),
                   width=110),
        ColumnSpec("minutes_number", lambda: tr("Number of the minutes"), "text",
                   JointMeeting.minutes_number, width=130, visible=False),
    ),
    base_select=lambda: select(JointMeeting.id),
    id_column=JointMeeting.id,
    default_sort=(("held_on", "desc"), ("planned_on", "desc")),
    deleted_column=JointMeeting.deleted_at,
    empty_text=lambda: tr("No joint meetings yet. Click “New meeting” to plan the next "
                          "meeting or record one held, with its attendees and decisions."),
))

register_table(TableSpec(
    key=TASKS_TABLE_KEY,
    title=lambda: tr("Follow-up tasks"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", FollowUpTask.number, width=120,
                   searchable=True),
        ColumnSpec("due_on", lambda: tr("Due on"), "date", FollowUpTask.due_on, width=100),
        ColumnSpec("status", lambda: tr("Status"), "enum", FollowUpTask.status, width=80,
                   labels=task_status_labels),
        ColumnSpec("owner", lambda: tr("Unit in charge"), "text", _owner_name(), width=180,
                   searchable=True),
        ColumnSpec("text", lambda: tr("Task"), "text", FollowUpTask.text, width=300,
                   searchable=True),
        ColumnSpec("meeting", lambda: tr("Meeting"), "text", _meeting_title(), width=200,
                   searchable=True),
        ColumnSpec("done_on", lambda: tr("Done on"), "date", FollowUpTask.done_on, width=100),
        ColumnSpec("outcome", lambda: tr("Outcome"), "text", FollowUpTask.outcome, width=200,
                   visible=False),
    ),
    base_select=lambda: select(FollowUpTask.id),
    id_column=FollowUpTask.id,
    default_sort=(("status", "desc"), ("due_on", "asc")),
    deleted_column=FollowUpTask.deleted_at,
    empty_text=lambda: tr("No follow-up tasks: the tasks opened by the decisions of joint "
                          "meetings are listed here until they are done."),
))


def _labelled(labels: Any) -> Any:
    return lambda value: labels().get(str(value), str(value))


register_record_labels(MEETINGS_TABLE_KEY, lambda: tr("Joint meeting"), meeting_field_labels,
                       formatters={"kind": _labelled(kind_labels)})
register_record_labels("meeting_decisions", lambda: tr("Decision of a joint meeting"),
                       decision_field_labels)
register_record_labels(TASKS_TABLE_KEY, lambda: tr("Follow-up task"), task_field_labels,
                       formatters={"status": _labelled(task_status_labels)})
