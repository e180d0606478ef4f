"""The complaints register (投诉举报): register, take every step, keep the deadline in view.

Each complaint keeps the case of ``domain/complaints.py`` and the deadline preset in force when
it was registered; every step is one transaction, checked by the rules, and leaves the due
date running now (with its explanation) in columns the register and the home page read.
The complainant's identity is confidential (海口 (九), 鹤岗 四(二)): lists and records show it
masked; the handler, 负责人 and 管理员 may reveal it, and each reveal is audited.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import String, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from jianguan_desktop.db.complaints import (
    CODE_MAX,
    CONTACT_MAX,
    NAME_MAX,
    PROJECT_MAX,
    Complaint,
)
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.records import OFFICE_KEY, append_audit, check_version, next_number
from jianguan_desktop.domain import complaints as flow
from jianguan_desktop.domain import deadline_rules as presets
from jianguan_desktop.domain.complaints import (
    Channel,
    ComplaintCase,
    FeedbackMethod,
    Outcome,
    PauseKind,
    Registration,
    RejectionGround,
    Status,
    Step,
    StepFacts,
)
from jianguan_desktop.domain.deadline_rules import CaseType, DeadlinePreset, Limit
from jianguan_desktop.domain.office_code import normalise
from jianguan_desktop.domain.roles import Actor, Permission, Role
from jianguan_desktop.domain.workdays import WorkdayCalendar
from jianguan_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.attachments import add_attachment_in
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.due import DueItem, register_due_provider
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record, delete_change, restore_change
from jianguan_desktop.services.settings import (
    SettingDef,
    SettingGroup,
    get_setting,
    register_setting,
    register_setting_group,
)
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table
from jianguan_desktop.services.typed_values import raise_errors, typed_date

TABLE_KEY = "complaints"
GROUP = "complaints"
REPORT_SERIES = "举报"  # reports are numbered 举报〔2026〕3号, complaints 投诉〔2026〕7号

register_setting_group(SettingGroup(GROUP, lambda: tr("Complaints and reports"), 350))


# --- settings: which preset, the office's own figures -------------------------------------------

def _preset_choices() -> dict[str, str]:
    return {key: item.name for key, item in presets.builtin_presets().items()}


def _override_choices() -> dict[str, str]:
    return {"": tr("The office's preset"), **_preset_choices()}


def _issue_source() -> str:
    return tr("Issue 5 item 2: the preset is chosen per office and can be overridden per "
              "case type")


OFFICE_PRESET = register_setting(SettingDef(
    "complaints.preset", presets.TENDER, lambda: tr("Time-limit preset of the office"),
    _issue_source, group=GROUP, choices=_preset_choices))


def _override_key(case_type: CaseType) -> str:
    return f"complaints.preset.{case_type.value}"


for _case_type in CaseType:
    register_setting(SettingDef(
        _override_key(_case_type),
        presets.suggested_overrides().get(_case_type, ""),
        lambda case_type=_case_type: tr("Preset for: {case_type}").format(
            case_type=case_type.label),
        _issue_source, group=GROUP, choices=_override_choices))


def _figure_key(preset_key: str, limit: Limit) -> str:
    return f"complaints.{preset_key}.{limit.value}"


def _figure_unit(unit: str) -> Any:
    return lambda: presets.unit_label(unit)  # type: ignore[arg-type]


for _preset in presets.builtin_presets().values():
    for _rule in _preset.rules:
        register_setting(SettingDef(
            _figure_key(_preset.key, _rule.step), _rule.count,
            lambda name=_preset.name, limit=_rule.step: tr("{preset}: {limit}").format(
                preset=name, limit=limit.label),
            lambda source=_rule.source: source, minimum=1, maximum=presets.MAX_COUNT,
            unit=_figure_unit(_rule.unit), group=GROUP))

DUE_SOON = register_setting(SettingDef(
    "complaints.due_soon_workdays", 3,
    lambda: tr("Show complaints on the home page this many working days before they are due"),
    lambda: tr("This program's policy"), minimum=0, maximum=60,
    unit=lambda: tr("working days"), group=GROUP))
REPEAT_COUNT = register_setting(SettingDef(
    "complaints.repeat_threshold", 3,
    lambda: tr("Flag the entity or project at this many complaints within the period"),
    lambda: tr("Issue 5 item 7 (the third complaint within 12 months); 海口 (十四) 重点关注对象"),
    minimum=2, maximum=100, unit=lambda: tr("complaints"), group=GROUP))
REPEAT_MONTHS = register_setting(SettingDef(
    "complaints.repeat_months", 12, lambda: tr("Period for repeated complaints"),
    lambda: tr("Issue 5 item 7 (the third complaint within 12 months)"),
    minimum=1, maximum=60, unit=lambda: tr("months"), group=GROUP))


def effective_preset(db_or_session: Database | Session, case_type: CaseType | str
                     ) -> DeadlinePreset:
    """The preset in force for a case type: its override, else the office's, with the
    office's own figures (settings) in place of the preset's."""
    kind = CaseType(case_type)
    key = get_setting(db_or_session, _override_key(kind)) or get_setting(
        db_or_session, OFFICE_PRESET.key)
    chosen = presets.preset(key)
    for rule in chosen.rules:
        figure = get_setting(db_or_session, _figure_key(chosen.key, rule.step))
        if figure != rule.count:
            chosen = chosen.with_count(rule.step, figure)
    return chosen


# --- labels -------------------------------------------------------------------------------------

def case_type_labels() -> dict[str, str]:
    return CaseType.value_labels()


def channel_labels() -> dict[str, str]:
    return Channel.value_labels()


def status_labels() -> dict[str, str]:
    return Status.value_labels()


def step_labels() -> dict[str, str]:
    return Step.value_labels()


def field_labels() -> dict[str, str]:
    """A complaint's fields as the form, the messages and the history name them."""
    return {
        "case_type": tr("Type of case"), "channel": tr("Channel"), "status": tr("Status"),
        "received_on": tr("Received on"), "accepted_on": tr("Accepted on"),
        "decided_on": tr("Decided on"), "archived_on": tr("Archived on"),
        "complainant": tr("Complainant"), "complainant_contact": tr("Complainant's contact"),
        "respondent_entity_id": tr("Entity complained about"),
        "respondent_name": tr("Respondent"), "respondent_code": tr("Respondent's code"),
        "project_name": tr("Project"), "project_code": tr("Project code"),
        "matter": tr("Matter"), "request": tr("Request"), "handler": tr("Handled by"),
        "preset_key": tr("Time-limit preset"), "due_on": tr("Due on"),
        "due_limit": tr("Time limit running"), "late_steps": tr("Steps late"),
        "repeat_count": tr("Earlier complaints within the period"),
        "known_on": tr("Day the complainant knew"), "objection_from": tr("Objection from"),
        "objection_to": tr("Objection until"), "evidence": tr("Evidence"),
        "on": tr("Date"), "text": tr("Text"),
    }


# --- plain data ---------------------------------------------------------------------------------

def mask_name(name: str) -> str:
    """张三 → 张*, 李小明 → 李**: enough to tell cases apart, not to identify anyone."""
    name = name.strip()
    return name[:1] + "*" * max(1, len(name) - 1) if name else ""


def mask_contact(contact: str) -> str:
    """13812345678 → 138****5678; anything shorter keeps only its first character."""
    text = contact.strip()
    if len(text) >= 7:
        return text[:3] + "*" * (len(text) - 7) + text[-4:] if len(text) > 7 else \
            text[:3] + "****"
    return text[:1] + "*" * max(0, len(text) - 1)


@dataclass(frozen=True)
class ComplaintInfo:
    """A complaint as the window, the command line and the forms see it. The complainant is
    masked unless ``revealed`` (see :func:`reveal_complainant`)."""

    id: str
    number: str
    version: int
    office_code: str
    case_type: str
    case_type_label: str
    channel: str
    channel_label: str
    status: str
    status_label: str
    received_on: date
    accepted_on: date | None
    decided_on: date | None
    archived_on: date | None
    complainant: str
    complainant_contact: str
    revealed: bool
    respondent_entity_id: str | None
    respondent_name: str
    respondent_code: str
    project_name: str
    project_code: str
    matter: str
    request: str
    handler: str
    preset_key: str
    preset_name: str
    due_on: date | None
    due_limit: str
    due_limit_label: str
    due_explanation: str
    due_warnings: tuple[str, ...]
    overdue_by: int
    late_steps: int
    repeat_count: int
    repeat_flag: bool
    allowed_steps: tuple[str, ...]
    case: ComplaintCase
    deleted: bool
    updated_at: datetime
    updated_by: str


def _case(row: Complaint) -> ComplaintCase:
    return ComplaintCase.from_dict(json.loads(row.case_data))


def _preset_of(row: Complaint) -> DeadlinePreset:
    return DeadlinePreset.from_dict(json.loads(row.preset_data))


def may_reveal(actor: Actor, row: Complaint) -> bool:
    """Whether ``actor`` may see the complainant in clear: the handler, 负责人 and 管理员."""
    return actor.can(Permission.APPROVE) or actor.username == row.handler


def complaint_info(row: Complaint, actor: Actor, calendar: WorkdayCalendar,
                   reveal: bool = False, today: date | None = None,
                   repeat_threshold: int = 3) -> ComplaintInfo:
    """Plain data of a complaint row; the complainant in clear only when ``reveal`` (the
    caller checks :func:`may_reveal` and audits)."""
    case = _case(row)
    rules = _preset_of(row)
    day = today or date.today()
    overdue = 0
    if row.due_on is not None and row.deleted_at is None:
        overdue = flow.late_by(row.due_on, day, calendar)
    limit_labels = Limit.value_labels()
    return ComplaintInfo(
        id=row.id, number=row.number or "", version=row.version, office_code=row.office_code,
        case_type=row.case_type, case_type_label=case_type_labels().get(row.case_type, ""),
        channel=row.channel, channel_label=channel_labels().get(row.channel, row.channel),
        status=row.status, status_label=status_labels().get(row.status, row.status),
        received_on=row.received_on, accepted_on=row.accepted_on, decided_on=row.decided_on,
        archived_on=row.archived_on,
        complainant=row.complainant if reveal else mask_name(row.complainant),
        complainant_contact=(row.complainant_contact if reveal
                             else mask_contact(row.complainant_contact)),
        revealed=reveal, respondent_entity_id=row.respondent_entity_id,
        respondent_name=row.respondent_name, respondent_code=row.respondent_code,
        project_name=row.project_name, project_code=row.project_code, matter=row.matter,
        request=row.request, handler=row.handler, preset_key=row.preset_key,
        preset_name=rules.name, due_on=row.due_on, due_limit=row.due_limit,
        due_limit_label=limit_labels.get(row.due_limit, ""),
        due_explanation=row.due_explanation,
        due_warnings=tuple(line for line in row.due_warnings.split("\n") if line),
        overdue_by=overdue, late_steps=row.late_steps, repeat_count=row.repeat_count,
        repeat_flag=row.repeat_count + 1 >= repeat_threshold,
        allowed_steps=(tuple(step.value for step in flow.allowed_steps(case, rules))
                       if row.deleted_at is None else ()),
        case=case if reveal else _masked_case(case),
        deleted=row.deleted_at is not None, updated_at=row.updated_at,
        updated_by=row.updated_by)


def _masked_case(case: ComplaintCase) -> ComplaintCase:
    registration = replace(case.registration,
                           complainant=mask_name(case.registration.complainant),
                           complainant_contact=mask_contact(
                               case.registration.complainant_contact))
    return replace(case, registration=registration)


# --- checking what was typed --------------------------------------------------------------------

def _text(values: Mapping[str, Any], key: str, errors: dict[str, str], limit: int | None = None,
          multiline: bool = False) -> str:
    value = values.get(key)
    text = "" if value is None else str(value).strip()
    if not multiline:
        text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        errors[key] = tr("“{label}” may have at most {count} characters; it has "
                         "{length}.").format(label=field_labels()[key], count=limit,
                                             length=len(text))
    return text


def _date(values: Mapping[str, Any], key: str, errors: dict[str, str],
          required: bool = False) -> date | None:
    return typed_date(values, key, errors, field_labels().get(key, key), required)

def _member(kind: Any, values: Mapping[str, Any], key: str, errors: dict[str, str],
            message: str) -> Any:
    value = values.get(key)
    try:
        return kind(value)
    except ValueError:
        errors[key] = message
        return None



def check_registration(session: Session, values: Mapping[str, Any]) -> Registration:
    """What the clerk typed at 登记, as the rules take it; every wrong field named at once.
    ``respondent_entity_id`` (from the entity register) fills in the respondent's name and
    code."""
    errors: dict[str, str] = {}
    case_type = _member(CaseType, values, "case_type", errors, tr("Choose the type of case."))
    channel = _member(Channel, values, "channel", errors,
                      tr("Choose how the complaint came in."))
    received_on = _date(values, "received_on", errors, required=True)
    texts = {
        "matter": _text(values, "matter", errors, multiline=True),
        "request": _text(values, "request", errors, multiline=True),
        "complainant": _text(values, "complainant", errors, NAME_MAX),
        "complainant_contact": _text(values, "complainant_contact", errors, CONTACT_MAX),
        "respondent_name": _text(values, "respondent_name", errors, NAME_MAX),
        "respondent_code": _text(values, "respondent_code", errors, CODE_MAX),
        "project_name": _text(values, "project_name", errors, PROJECT_MAX),
        "project_code": _text(values, "project_code", errors, CODE_MAX),
    }
    entity_id = str(values.get("respondent_entity_id") or "")
    if entity_id:
        entity = session.get(Entity, entity_id)
        if entity is None or entity.deleted_at is not None:
            errors["respondent_entity_id"] = tr(
                "This entity no longer exists; choose another one.")
        else:
            texts["respondent_name"], texts["respondent_code"] = entity.name, entity.code
    known_on = _date(values, "known_on", errors)
    objection_from = _date(values, "objection_from", errors)
    objection_to = _date(values, "objection_to", errors)
    evidence = values.get("evidence") or ()
    if isinstance(evidence, str):
        evidence = [line for line in evidence.splitlines() if line.strip()]
    raise_errors(errors)
    assert received_on is not None
    return Registration(
        received_on=received_on, channel=channel, case_type=case_type,
        matter=texts["matter"], request=texts["request"], complainant=texts["complainant"],
        complainant_contact=texts["complainant_contact"], respondent=texts["respondent_name"],
        respondent_id=entity_id, project=texts["project_name"],
        project_id=texts["project_code"], evidence=tuple(str(item).strip() for item in evidence),
        known_on=known_on, objection_from=objection_from, objection_to=objection_to)


# --- keeping the row in step with its case --------------------------------------------------------

def _store(row: Complaint, case: ComplaintCase, rules: DeadlinePreset,
           calendar: WorkdayCalendar) -> None:
    """Write the case and what lists need of it: status, dates, the deadline running now."""
    row.case_data = json.dumps(case.to_dict(), ensure_ascii=False)
    row.status = case.status.value
    row.accepted_on = case.accepted_on
    row.decided_on = case.decision.on if case.decision is not None else None
    row.archived_on = case.archived_on
    row.late_steps = sum(1 for record in case.history if record.late_by > 0)
    due = flow.next_due(case, calendar, rules)
    if due is None:
        row.due_on, row.due_limit, row.due_explanation, row.due_warnings = None, "", "", ""
    else:
        row.due_on = due.deadline.due
        row.due_limit = due.limit.value
        row.due_explanation = due.deadline.explanation
        row.due_warnings = "\n".join(due.deadline.warnings)


def _repeats(session: Session, registration: Registration, entity_code: str) -> int:
    """Complaints of this office in the period before this one about the same entity (by
    code) or project (by code or name)."""
    months = get_setting(session, REPEAT_MONTHS.key)
    since = registration.received_on - timedelta(days=round(months * 365.25 / 12))
    matches: list[ColumnElement[bool]] = []
    if entity_code:
        matches.append(Complaint.respondent_code == entity_code)
    if registration.project_id:
        matches.append(Complaint.project_code == registration.project_id)
    elif registration.project:
        matches.append(Complaint.project_name == registration.project)
    if not matches:
        return 0
    return int(session.execute(select(func.count()).select_from(Complaint).where(
        Complaint.deleted_at.is_(None), or_(*matches),
        Complaint.received_on >= since,
        Complaint.received_on <= registration.received_on)).scalar_one())


def _info(session: Session, row: Complaint, actor: Actor, reveal: bool = False
          ) -> ComplaintInfo:
    return complaint_info(row, actor, load_calendar(session), reveal=reveal,
                          repeat_threshold=get_setting(session, REPEAT_COUNT.key))


def add_complaint(session: Session, registration: Registration, actor: Actor,
                  today: date | None = None, handler: str | None = None,
                  respondent_code: str = "") -> Complaint:
    """Register a checked complaint inside an open transaction (an import adds many);
    ``respondent_code``: the code typed for a respondent not in the entity register."""
    rules = effective_preset(session, registration.case_type)
    calendar = load_calendar(session)
    case = flow.register(registration, by=actor.display_name or actor.username,
                         today=today or date.today(), calendar=calendar, rules=rules)
    row = Complaint(
        case_type=registration.case_type.value, channel=registration.channel.value,
        received_on=registration.received_on, complainant=registration.complainant,
        complainant_contact=registration.complainant_contact,
        respondent_entity_id=registration.respondent_id or None,
        respondent_name=registration.respondent,
        respondent_code=_respondent_code(session, registration) or respondent_code,
        project_name=registration.project, project_code=registration.project_id,
        matter=registration.matter, request=registration.request,
        handler=handler or actor.username, preset_key=rules.key,
        preset_data=json.dumps(rules.to_dict(), ensure_ascii=False))
    row.repeat_count = _repeats(session, registration, row.respondent_code)
    series = (REPORT_SERIES if registration.case_type is CaseType.REPORT
              else Complaint.number_series)
    row.number = next_number(session, session.info[OFFICE_KEY], series,
                             registration.received_on.year)
    _store(row, case, rules, calendar)
    session.add(row)
    return row


def _respondent_code(session: Session, registration: Registration) -> str:
    if registration.respondent_id:
        entity = session.get(Entity, registration.respondent_id)
        if entity is not None:
            return entity.code
    return ""


def register_complaint(db: Database, actor: Actor, values: Mapping[str, Any],
                       today: date | None = None) -> ComplaintInfo:
    """登记: a new complaint with its first deadline; refused with every wrong field named.
    ``values["evidence_files"]``: paths of evidence files, kept with the complaint in the same
    transaction (a file that cannot be read refuses the whole registration)."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        registration = check_registration(uow.session, values)
        files = [Path(item) for item in values.get("evidence_files") or ()]
        if files:
            registration = replace(registration, evidence=(
                *registration.evidence, *(path.name for path in files)))
        typed_code = normalise(str(values.get("respondent_code") or ""))
        row = add_complaint(uow.session, registration, actor, today,
                            respondent_code=typed_code)
        uow.flush()
        for path in files:  # the evidence itself, kept with the complaint
            add_attachment_in(uow.session, Complaint.__tablename__, row.id, path)
        uow.flush()
        info = _info(uow.session, row, actor, reveal=True)
        uow.commit()
    return info


def load_complaint(session: Session, ref: str, include_deleted: bool = False) -> Complaint:
    """A complaint by its id or number (投诉〔2026〕7号)."""
    row = session.get(Complaint, ref)
    if row is None:
        row = session.execute(select(Complaint).where(Complaint.number == ref.strip())
                              .order_by(Complaint.deleted_at.is_not(None))).scalars().first()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(tr("No complaint numbered “{ref}” was found.").format(ref=ref))
    return row


def get_complaint(db: Database, actor: Actor, ref: str,
                  include_deleted: bool = False) -> ComplaintInfo:
    """One complaint, the complainant masked (see :func:`reveal_complainant`)."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return _info(uow.session, load_complaint(uow.session, ref, include_deleted), actor)


def reveal_complainant(db: Database, actor: Actor, ref: str, purpose: str = "view"
                       ) -> ComplaintInfo:
    """The complaint with the complainant in clear, for the handler, 负责人 and 管理员 only;
    each reveal is written to the audit log (who, which complaint, what for)."""
    require(actor, Permission.READ)
    with db.uow(actor) as uow:
        row = load_complaint(uow.session, ref)
        if not may_reveal(actor, row):
            raise PermissionDenied(tr(
                "Only the clerk handling this complaint, the head of the office and the "
                "administrator may see who complained."))
        append_audit(uow.session, "reveal", Complaint.__tablename__, row.id,
                     {"complainant": [None, purpose]})
        info = _info(uow.session, row, actor, reveal=True)
        uow.commit()
    return info


# --- the steps ------------------------------------------------------------------------------------

def _step_facts(values: Mapping[str, Any], actor: Actor) -> StepFacts:
    errors: dict[str, str] = {}
    on = _date(values, "on", errors, required=True)
    due_on = _date(values, "due_on", errors)
    feedback_due = _date(values, "feedback_due", errors)
    text = _text(values, "text", errors, multiline=True)
    grounds: list[RejectionGround] = []
    for value in values.get("grounds") or ():
        try:
            grounds.append(RejectionGround(value))
        except ValueError:
            errors["grounds"] = tr("Choose the grounds from the list.")
    optional = {"pause_kind": PauseKind, "outcome": Outcome, "method": FeedbackMethod}
    chosen: dict[str, Any] = {}
    for key, kind in optional.items():
        value = values.get(key)
        chosen[key] = None
        if value not in (None, ""):
            try:
                chosen[key] = kind(value)
            except ValueError:
                errors[key] = tr("Choose from the list.")
    extend_by = values.get("extend_by") or 0
    try:
        extend_by = int(extend_by)
    except (TypeError, ValueError):
        errors["extend_by"] = tr("Enter the extension as a whole number of days.")
        extend_by = 0
    raise_errors(errors)
    assert on is not None
    return StepFacts(
        on=on, by=actor.display_name or actor.username, text=text, due_on=due_on,
        grounds=tuple(grounds), department=_text(values, "department", errors),
        feedback_due=feedback_due, extend_by=extend_by,
        approved_by=actor.display_name or actor.username,
        approved_by_role=actor.role if isinstance(actor.role, Role) else None,
        measures=_text(values, "measures", errors, multiline=True), **chosen)


def take_step(db: Database, actor: Actor, ref: str, step: str | Step,
              values: Mapping[str, Any], expected_version: int | None = None,
              today: date | None = None) -> ComplaintInfo:
    """Move a complaint one step; a step the rules refuse is refused with the reason at its
    field and nothing is written. 延期 is approved by whoever takes the step, so it needs the
    right to approve (the rules then check the role is a 负责人)."""
    try:
        chosen = Step(step)
    except ValueError:
        raise ValidationError(tr("Unknown step “{step}”.").format(step=step),
                              field="step") from None
    require(actor, Permission.APPROVE if chosen is Step.EXTEND else Permission.WRITE)
    facts = _step_facts(values, actor)
    with db.uow(actor) as uow:
        row = load_complaint(uow.session, ref)
        check_version(row, expected_version)
        rules = _preset_of(row)
        calendar = load_calendar(uow.session)
        case = flow.apply(_case(row), chosen, facts, calendar, rules,
                          today=today or date.today())
        _store(row, case, rules, calendar)
        uow.flush()
        info = _info(uow.session, row, actor, reveal=may_reveal(actor, row))
        uow.commit()
    return info


def _deletable(_session: Session, row: Complaint) -> None:
    if row.status != Status.REGISTERED.value or len(_case(row).history) > 1:
        raise ValidationError(tr(
            "Only a complaint registered by mistake, before any other step, can be deleted."),
            field="status")


def delete_complaint(db: Database, actor: Actor, ref: str,
                     expected_version: int | None = None) -> ComplaintInfo:
    """Mark a complaint registered by mistake deleted (it stays in the database, travels)."""
    return change_record(db, actor, Permission.WRITE,
                         lambda session: load_complaint(session, ref),
                         delete_change(_deletable), lambda row: complaint_info(
                             row, actor, load_calendar(db)), expected_version)


def restore_complaint(db: Database, actor: Actor, ref: str) -> ComplaintInfo:
    """Bring a deleted complaint back."""
    return change_record(db, actor, Permission.WRITE,
                         lambda session: load_complaint(session, ref, include_deleted=True),
                         restore_change(), lambda row: complaint_info(
                             row, actor, load_calendar(db)))


def refresh_deadlines(db: Database, actor: Actor) -> int:
    """Work out again the deadline of every open complaint (after the calendar changed);
    returns how many changed."""
    require(actor, Permission.WRITE)
    changed = 0
    with db.uow(actor) as uow:
        calendar = load_calendar(uow.session)
        rows = uow.session.execute(select(Complaint).where(
            Complaint.deleted_at.is_(None), Complaint.due_on.is_not(None))).scalars().all()
        for row in rows:
            before = row.due_on
            _store(row, _case(row), _preset_of(row), calendar)
            changed += row.due_on != before
        uow.flush()
        uow.commit()
    return changed


# --- lists ----------------------------------------------------------------------------------------

def overdue_complaints(db: Database, actor: Actor, today: date | None = None,
                       within: int | None = 0) -> list[ComplaintInfo]:
    """Complaints of this office overdue on ``today``, or due within ``within`` working days
    (``None``: every one with a time limit running), the nearest first; complainants masked."""
    require(actor, Permission.READ)
    day = today or date.today()
    with db.uow(actor, readonly=True) as uow:
        calendar = load_calendar(uow.session)
        stmt = select(Complaint).where(
            Complaint.deleted_at.is_(None), Complaint.due_on.is_not(None),
            Complaint.office_code == uow.session.info.get(OFFICE_KEY))
        if within is not None:
            stop = calendar.add_workdays(day, within).due if within > 0 else \
                day - timedelta(days=1)
            stmt = stmt.where(Complaint.due_on <= stop)
        rows = uow.session.execute(stmt.order_by(Complaint.due_on, Complaint.number_order)
                                   ).scalars().all()
        threshold = get_setting(uow.session, REPEAT_COUNT.key)
        return [complaint_info(row, actor, calendar, today=day, repeat_threshold=threshold)
                for row in rows]


@register_due_provider
def due_complaints(db: Database, actor: Actor) -> list[DueItem]:
    """For the home page: open complaints overdue or due within the set working days."""
    if not actor.can(Permission.READ):
        return []
    today = date.today()
    within = get_setting(db, DUE_SOON.key)
    return [DueItem.make(
        tr("{number} {limit}").format(number=item.number, limit=item.due_limit_label),
        tr("Complaints and reports"), item.id, item.due_on, today, item.due_explanation)
        for item in overdue_complaints(db, actor, today, within=within)
        if item.due_on is not None][:200]


def _masked_name_expr() -> ColumnElement[Any]:
    return func.substr(Complaint.complainant, 1, 1, type_=String) + "**"


register_table(TableSpec(
    key=TABLE_KEY,
    title=lambda: tr("Complaints and reports"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", Complaint.number, width=130,
                   searchable=True, sort_expr=Complaint.number_order),
        ColumnSpec("received_on", lambda: tr("Received on"), "date", Complaint.received_on,
                   width=100),
        ColumnSpec("case_type", lambda: tr("Type of case"), "enum", Complaint.case_type,
                   width=150, labels=case_type_labels),
        ColumnSpec("channel", lambda: tr("Channel"), "enum", Complaint.channel, width=80,
                   labels=channel_labels, visible=False),
        ColumnSpec("complainant", lambda: tr("Complainant"), "text", _masked_name_expr(),
                   width=80),
        ColumnSpec("respondent_name", lambda: tr("Respondent"), "text",
                   Complaint.respondent_name, width=200, searchable=True),
        ColumnSpec("project_name", lambda: tr("Project"), "text", Complaint.project_name,
                   width=200, searchable=True),
        ColumnSpec("status", lambda: tr("Status"), "enum", Complaint.status, width=130,
                   labels=status_labels),
        ColumnSpec("due_on", lambda: tr("Due on"), "date", Complaint.due_on, width=100),
        ColumnSpec("handler", lambda: tr("Handled by"), "text", Complaint.handler, width=80),
        ColumnSpec("late_steps", lambda: tr("Steps late"), "int", Complaint.late_steps,
                   width=70, visible=False),
        ColumnSpec("repeat_count", lambda: tr("Earlier complaints within the period"), "int",
                   Complaint.repeat_count, width=90, visible=False),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime", Complaint.updated_at,
                   width=140, visible=False),
    ),
    base_select=lambda: select(Complaint.id),
    id_column=Complaint.id,
    default_sort=(("number", "desc"),),
    permission=Permission.READ,
    deleted_column=Complaint.deleted_at,
    empty_text=lambda: tr("No complaints are registered yet. Click “Register” to enter the "
                          "first one."),
))

register_record_labels(
    "complaints", lambda: tr("Complaint or report"), field_labels,
    keys=("case_type", "channel", "status", "received_on", "accepted_on", "decided_on",
          "archived_on", "complainant", "complainant_contact", "respondent_entity_id",
          "respondent_name", "respondent_code", "project_name", "project_code", "matter",
          "request", "handler", "preset_key", "due_on", "due_limit", "late_steps",
          "repeat_count"),
    extra={"case_data": lambda: tr("Steps of the case"),
           "preset_data": lambda: tr("Time limits in force"),
           "due_explanation": lambda: tr("How the due date was worked out"),
           "due_warnings": lambda: tr("Calendar warnings")},
    formatters={"case_type": lambda value: case_type_labels().get(value, str(value)),
                "channel": lambda value: channel_labels().get(value, str(value)),
                "status": lambda value: status_labels().get(value, str(value)),
                "complainant": lambda value: mask_name(str(value or "")),
                "complainant_contact": lambda value: mask_contact(str(value or "")),
                "case_data": lambda value: tr("(the case's steps)"),
                "preset_data": lambda value: tr("(the time limits)")},
)

