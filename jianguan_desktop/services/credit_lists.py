"""Credit lists (黑名单, 红名单, 重点关注名单): propose, notify, hear objections, list, remove.

Each entry names an entity of the register (one is registered on the way when its code is not
yet known) and moves through the life cycle of ``domain/credit_lists.py``; every step is one
transaction and audited. The publication periods are settings with presets (发改委令第36号).
An entry is active on a day when :func:`active_condition` says so: it leaves the active list by
itself on the day after its period ends, whether or not anyone has closed it yet.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, String, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from jianguan_desktop.db.credit import (
    BASIS_MAX,
    DEPARTMENT_MAX,
    REASON_MAX,
    REMARKS_MAX,
    SANCTIONS_MAX,
    CreditEntry,
)
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.records import OFFICE_KEY, check_version, next_number
from jianguan_desktop.domain import credit_lists as rules
from jianguan_desktop.domain.credit_lists import (
    ListKind,
    Objection,
    PeriodRule,
    PublicationRules,
    Severity,
    Status,
    Step,
)
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.entity_codes import CodeKind, mask_id_number
from jianguan_desktop.domain.office_code import normalise as normalize_code
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.due import DueItem, register_due_provider
from jianguan_desktop.services.entities import (
    PERSON_KINDS,
    add_entity,
    kind_labels,
    may_see_id_numbers,
)
from jianguan_desktop.services.entities import check_values as check_entity_values
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

TABLE_KEY = "credit_entries"
GROUP = "credit"
# Steps that are decisions of the office (列入, 信用修复, 移出): they need the right to approve.
DECISION_STEPS = frozenset({Step.LIST, Step.REPAIR, Step.REMOVE})
# Statuses in which an entry was published at some time (it may be active on a given day).
PUBLISHED = (Status.LISTED.value, Status.REPAIRED.value, Status.EXPIRED.value,
             Status.REMOVED.value)

register_setting_group(SettingGroup(GROUP, lambda: tr("Credit lists"), 400))


def _order36(part: str) -> Any:
    return lambda: tr("国家发展改革委令第36号 (in force 2026-04-01) as quoted in issue 4: "
                      "{part}").format(part=part)


def _months() -> str:
    return tr("months")


def _month_setting(key: str, default: int, label: Any, source: Any) -> SettingDef:
    return register_setting(SettingDef(f"credit.{key}", default, label, source, minimum=0,
                                       maximum=120, unit=_months, group=GROUP))


def _own_policy() -> str:
    return tr("This program's policy (the seeds give no period for the redlist)")


def _repair_policy() -> str:
    return tr("This program's reading of 发改委令第36号: credit repair shortens a publication, "
              "never below its minimum period")


MINOR_PUBLISHED = register_setting(SettingDef(
    "credit.minor_published", False, lambda: tr("Publish minor breaches"),
    _order36(tr("轻微失信信息 are normally not published")), group=GROUP))
MINOR_MAX = _month_setting("minor_max_months", 3,
                           lambda: tr("Minor breaches, when published: longest period"),
                           _own_policy)
ORDINARY_MIN = _month_setting("ordinary_min_months", 3,
                              lambda: tr("Ordinary breaches: shortest publication period"),
                              _order36(tr("一般失信信息 3 months to 1 year")))
ORDINARY_MAX = _month_setting("ordinary_max_months", 12,
                              lambda: tr("Ordinary breaches: longest publication period"),
                              _order36(tr("一般失信信息 3 months to 1 year")))
SERIOUS_MIN = _month_setting("serious_min_months", 12,
                             lambda: tr("Serious breaches: shortest publication period"),
                             _order36(tr("严重失信信息 1 to 3 years")))
SERIOUS_MAX = _month_setting("serious_max_months", 36,
                             lambda: tr("Serious breaches: longest publication period"),
                             _order36(tr("严重失信信息 1 to 3 years")))
ORDINARY_REPAIR = _month_setting(
    "ordinary_repair_after_months", 3,
    lambda: tr("Ordinary breaches: credit repair possible after"), _repair_policy)
SERIOUS_REPAIR = _month_setting(
    "serious_repair_after_months", 12,
    lambda: tr("Serious breaches: credit repair possible after"), _repair_policy)
RED_MIN = _month_setting("red_min_months", 12,
                         lambda: tr("Redlist: shortest period"), _own_policy)
RED_MAX = _month_setting("red_max_months", 36,
                         lambda: tr("Redlist: longest period"), _own_policy)


def publication_rules(db_or_session: Database | Session) -> PublicationRules:
    """The publication periods in force (the settings; their presets cite their source)."""
    def value(definition: SettingDef) -> Any:
        return get_setting(db_or_session, definition.key)

    def rule(low: SettingDef | int, high: SettingDef, repair: SettingDef | None,
             published: bool = True) -> PeriodRule:
        low_value = low if isinstance(low, int) else value(low)
        high_value = max(value(high), low_value)
        repair_value = min(value(repair), high_value) if repair is not None else 0
        return PeriodRule(published=published, min_months=low_value, max_months=high_value,
                          repair_after_months=repair_value)

    return PublicationRules(
        minor=rule(0, MINOR_MAX, None, published=bool(value(MINOR_PUBLISHED))),
        ordinary=rule(ORDINARY_MIN, ORDINARY_MAX, ORDINARY_REPAIR),
        serious=rule(SERIOUS_MIN, SERIOUS_MAX, SERIOUS_REPAIR),
        red=rule(RED_MIN, RED_MAX, None))


# --- labels ---------------------------------------------------------------------------------

def list_labels() -> dict[str, str]:
    """Stored list kind → its name."""
    return {kind.value: kind.label for kind in ListKind}


def severity_labels() -> dict[str, str]:
    """Stored severity → its name (the 红名单 has none: empty)."""
    return {"": "", **{item.value: item.label for item in Severity}}


def status_labels() -> dict[str, str]:
    """Stored status → its name."""
    return {item.value: item.label for item in Status}


def step_labels() -> dict[str, str]:
    """Step → what the button says."""
    return {item.value: item.label for item in Step}


def field_labels() -> dict[str, str]:
    """An entry's fields as the form, the messages and the history name them."""
    return {
        "entity_id": tr("Entity"), "entity_name": tr("Name"), "entity_code": tr("Code"),
        "entity_kind": tr("Kind of entity"), "list_kind": tr("List"),
        "severity": tr("Severity"), "conduct": tr("Conduct"),
        "basis": tr("Basis of the decision"), "department": tr("Deciding department"),
        "sanctions": tr("Sanctions"), "status": tr("Status"),
        "proposed_on": tr("Proposed on"), "notified_on": tr("Party notified on"),
        "decided_on": tr("Decided on"), "start_on": tr("Published from"),
        "end_on": tr("Published until"), "repair_from": tr("Repair possible from"),
        "repaired_on": tr("Credit repaired on"), "expired_on": tr("Closed as expired on"),
        "removed_on": tr("Removed on"), "withdrawn_on": tr("Withdrawn on"),
        "reason": tr("Reason"), "repair_note": tr("Proof of repair"),
        "objections": tr("Objections and answers"), "remarks": tr("Remarks"),
        "on": tr("Date"), "text": tr("Text"), "end": tr("Published until"),
        "conditions": tr("Conditions of repair"),
    }


# --- plain data -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ObjectionInfo:
    """An objection of the party (陈述申辩) and the office's answer."""

    received_on: date
    text: str
    answer: str
    answered_on: date | None


@dataclass(frozen=True)
class CreditEntryInfo:
    """An entry as the window, the command line and the forms see it.

    ``entity_code`` is masked (``entity_code_masked``) when it is an ID number the user may
    not see; ``active`` says whether the entry is in force on ``as_of`` (today unless asked),
    and ``current_status`` is ``expired`` for a listed entry whose period has ended even
    when nobody has closed it yet.
    """

    id: str
    number: str
    version: int
    office_code: str
    entity_id: str | None
    entity_name: str
    entity_code: str
    entity_code_masked: bool
    entity_kind: str
    entity_kind_label: str
    list_kind: str
    list_label: str
    severity: str
    severity_label: str
    conduct: str
    basis: str
    department: str
    sanctions: str
    status: str
    status_label: str
    current_status: str
    current_status_label: str
    active: bool
    as_of: date
    proposed_on: date
    notified_on: date | None
    decided_on: date | None
    start_on: date | None
    end_on: date | None
    repair_from: date | None
    repaired_on: date | None
    expired_on: date | None
    removed_on: date | None
    withdrawn_on: date | None
    reason: str
    repair_note: str
    objections: tuple[ObjectionInfo, ...]
    remarks: str
    allowed_steps: tuple[str, ...]
    deleted: bool
    updated_at: datetime
    updated_by: str


def _objections(row: CreditEntry) -> tuple[Objection, ...]:
    items = json.loads(row.objections or "[]")
    return tuple(Objection(
        received_on=date.fromisoformat(item["received_on"]), text=item["text"],
        answer=item.get("answer", ""),
        answered_on=date.fromisoformat(item["answered_on"]) if item.get("answered_on") else None,
    ) for item in items)


def _objections_json(items: tuple[Objection, ...]) -> str:
    return json.dumps([{"received_on": item.received_on.isoformat(), "text": item.text,
                        "answer": item.answer,
                        "answered_on": item.answered_on.isoformat() if item.answered_on else None}
                       for item in items], ensure_ascii=False)


def domain_entry(row: CreditEntry) -> rules.CreditEntry:
    """The entry as the rules see it."""
    return rules.CreditEntry(
        kind=ListKind(row.list_kind),
        severity=Severity(row.severity) if row.severity else Severity.ORDINARY,
        proposed_on=row.proposed_on, basis=row.basis, status=Status(row.status),
        notified_on=row.notified_on, objections=_objections(row), decided_on=row.decided_on,
        start=row.start_on, end=row.end_on, repair_from=row.repair_from,
        repaired_on=row.repaired_on, expired_on=row.expired_on, removed_on=row.removed_on,
        withdrawn_on=row.withdrawn_on, reason=row.reason or "")  # "" before the first write


def _store(row: CreditEntry, entry: rules.CreditEntry) -> None:
    row.status = entry.status.value
    row.basis = entry.basis
    row.notified_on = entry.notified_on
    row.objections = _objections_json(entry.objections)
    row.decided_on = entry.decided_on
    row.start_on = entry.start
    row.end_on = entry.end
    row.repair_from = entry.repair_from
    row.repaired_on = entry.repaired_on
    row.expired_on = entry.expired_on
    row.removed_on = entry.removed_on
    row.withdrawn_on = entry.withdrawn_on
    row.reason = entry.reason


def current_status(row: CreditEntry, on: date) -> str:
    """The status as of ``on``: a listed entry whose period has ended is ``expired``."""
    if row.status == Status.LISTED.value and row.end_on is not None and on > row.end_on:
        return Status.EXPIRED.value
    return row.status


def entry_info(row: CreditEntry, actor: Actor, on: date | None = None,
               mask: bool | None = None) -> CreditEntryInfo:
    """Plain data of an entry row as ``actor`` may see it, as of ``on`` (default today).

    ``mask``: force the ID number masked (public forms) or not; default by the actor's role.
    """
    as_of = on or date.today()
    is_id = row.entity_kind in PERSON_KINDS
    masked = is_id and (not may_see_id_numbers(actor) if mask is None else mask)
    entry = domain_entry(row)
    status_now = current_status(row, as_of)
    steps = rules.allowed_steps(entry) if row.deleted_at is None else ()
    return CreditEntryInfo(
        id=row.id, number=row.number or "", version=row.version, office_code=row.office_code,
        entity_id=row.entity_id, entity_name=row.entity_name,
        entity_code=mask_id_number(row.entity_code) if masked else row.entity_code,
        entity_code_masked=masked, entity_kind=row.entity_kind,
        entity_kind_label=kind_labels().get(row.entity_kind, row.entity_kind),
        list_kind=row.list_kind, list_label=list_labels().get(row.list_kind, row.list_kind),
        severity=row.severity, severity_label=severity_labels().get(row.severity, row.severity),
        conduct=row.conduct, basis=row.basis, department=row.department,
        sanctions=row.sanctions, status=row.status,
        status_label=status_labels().get(row.status, row.status),
        current_status=status_now,
        current_status_label=status_labels().get(status_now, status_now),
        active=row.deleted_at is None and rules.is_active(entry, as_of), as_of=as_of,
        proposed_on=row.proposed_on, notified_on=row.notified_on, decided_on=row.decided_on,
        start_on=row.start_on, end_on=row.end_on, repair_from=row.repair_from,
        repaired_on=row.repaired_on, expired_on=row.expired_on, removed_on=row.removed_on,
        withdrawn_on=row.withdrawn_on, reason=row.reason, repair_note=row.repair_note,
        objections=tuple(ObjectionInfo(item.received_on, item.text, item.answer,
                                       item.answered_on) for item in entry.objections),
        remarks=row.remarks, allowed_steps=tuple(step.value for step in steps),
        deleted=row.deleted_at is not None, updated_at=row.updated_at,
        updated_by=row.updated_by)


# --- checking what was typed -------------------------------------------------------------------

@dataclass(frozen=True)
class EntryValues:
    """Checked details of a proposed entry; ``entity`` names a registered entity or gives the
    checked values of one to register on the way."""

    entity_id: str | None
    entity_name: str
    entity_code: str
    entity_kind: str
    list_kind: str
    severity: str
    conduct: str
    basis: str
    department: str
    sanctions: str
    proposed_on: date
    remarks: str


DETAIL_FIELDS = ("list_kind", "severity", "conduct", "basis", "department", "sanctions",
                 "proposed_on", "remarks")


def _text(values: Mapping[str, Any], key: str) -> str:
    value = values.get(key)
    return "" if value is None else " ".join(str(value).split()) if key != "conduct" \
        else str(value).strip()


def _date(values: Mapping[str, Any], key: str, errors: dict[str, str],
          required: bool = True) -> date | None:
    return typed_date(values, key, errors, field_labels().get(key, key), required)

def _find_entity(session: Session, values: Mapping[str, Any],
                 errors: dict[str, str]) -> tuple[str | None, str, str, str]:
    """The entity an entry is about: a registered one by id or code, else the values of a
    new one (checked like the register's form)."""
    entity_id = values.get("entity_id")
    if entity_id:
        entity = session.get(Entity, str(entity_id))
        if entity is None or entity.deleted_at is not None:
            errors["entity_id"] = tr("This entity no longer exists; choose another one.")
            return None, "", "", ""
        return entity.id, entity.name, entity.code, entity.kind
    code = normalize_code(_text(values, "entity_code"))
    if code:
        entity = session.execute(select(Entity).where(
            Entity.office_code == session.info.get(OFFICE_KEY), Entity.code == code,
            Entity.deleted_at.is_(None))).scalar_one_or_none()
        if entity is not None:
            return entity.id, entity.name, entity.code, entity.kind
    try:
        checked = check_entity_values({"kind": values.get("entity_kind"),
                                       "name": values.get("entity_name"),
                                       "code": values.get("entity_code")})
    except ValidationError as error:
        for key, message in error.fields.items():
            errors[{"kind": "entity_kind", "name": "entity_name", "code": "entity_code"}
                   .get(key, key)] = message
        return None, "", "", ""
    return None, checked.name, checked.code, checked.kind


def check_entry_values(session: Session, values: Mapping[str, Any]) -> EntryValues:
    """Check a proposed entry; every wrong field is named in one :class:`ValidationError`."""
    labels = field_labels()
    errors: dict[str, str] = {}
    entity_id, name, code, kind = _find_entity(session, values, errors)
    list_kind = _text(values, "list_kind")
    if list_kind not in list_labels():
        errors["list_kind"] = tr("Choose the list.")
    severity = _text(values, "severity")
    if list_kind == ListKind.RED.value:
        severity = ""
    elif severity not in {item.value for item in Severity}:
        errors["severity"] = tr("Choose how serious the breach is.")
    texts = {key: _text(values, key) for key in ("conduct", "basis", "department",
                                                 "sanctions", "remarks")}
    limits = {"basis": BASIS_MAX, "department": DEPARTMENT_MAX, "sanctions": SANCTIONS_MAX,
              "remarks": REMARKS_MAX, "conduct": 4000}
    for key, limit in limits.items():
        if len(texts[key]) > limit:
            errors[key] = tr("“{label}” may have at most {count} characters; it has "
                             "{length}.").format(label=labels[key], count=limit,
                                                 length=len(texts[key]))
    if not texts["conduct"]:
        errors["conduct"] = tr("Describe the conduct the entry is about.")
    proposed_on = _date(values, "proposed_on", errors)
    raise_errors(errors)
    assert proposed_on is not None
    return EntryValues(entity_id=entity_id, entity_name=name, entity_code=code,
                       entity_kind=kind, list_kind=list_kind, severity=severity,
                       proposed_on=proposed_on, **texts)


# --- the use cases -------------------------------------------------------------------------------

def add_entry(session: Session, checked: EntryValues) -> CreditEntry:
    """Add a checked proposal inside an open transaction (registering its entity when new)."""
    entity_id = checked.entity_id
    if entity_id is None:
        from jianguan_desktop.services.entities import EntityContent

        entity = add_entity(session, EntityContent(
            kind=checked.entity_kind, name=checked.entity_name, code=checked.entity_code,
            legal_representative="", address="", contact_person="", phone="",
            qualifications="", remarks=""))
        session.flush()
        entity_id = entity.id
    row = CreditEntry(
        entity_id=entity_id, entity_name=checked.entity_name, entity_code=checked.entity_code,
        entity_kind=checked.entity_kind, status=Status.PROPOSED.value, objections="[]",
        **{key: getattr(checked, key) for key in DETAIL_FIELDS})
    office = session.info[OFFICE_KEY]
    row.number = next_number(session, office, CreditEntry.number_series,
                             checked.proposed_on.year)
    session.add(row)
    return row


def propose_entry(db: Database, actor: Actor, values: Mapping[str, Any]) -> CreditEntryInfo:
    """Propose an entry for a list (拟列入); its entity is registered on the way when new."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        row = add_entry(uow.session, check_entry_values(uow.session, values))
        uow.flush()
        info = entry_info(row, actor)
        uow.commit()
    return info


def load_entry(session: Session, ref: str, include_deleted: bool = False) -> CreditEntry:
    """An entry by its id or its number (信用〔2026〕3号)."""
    row = session.get(CreditEntry, ref)
    if row is None:
        row = session.execute(select(CreditEntry).where(
            CreditEntry.number == ref.strip()).order_by(CreditEntry.deleted_at.is_not(None))
        ).scalars().first()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(tr("No credit list entry numbered “{ref}” was found.").format(
            ref=ref))
    return row


def get_entry(db: Database, actor: Actor, ref: str, on: date | None = None,
              include_deleted: bool = False) -> CreditEntryInfo:
    """One entry by its id or number, as of ``on`` (default today)."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return entry_info(load_entry(uow.session, ref, include_deleted), actor, on)


def update_entry(db: Database, actor: Actor, entry_id: str, values: Mapping[str, Any],
                 expected_version: int | None) -> CreditEntryInfo:
    """Correct the details of an entry (not its entity or dates of steps). The list and the
    severity can change only before listing; afterwards the decision stands as made."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        row = load_entry(uow.session, entry_id)
        check_version(row, expected_version)
        merged = {key: getattr(row, key) for key in DETAIL_FIELDS} | dict(values)
        merged["entity_id"] = row.entity_id
        if row.entity_id is None:
            merged |= {"entity_name": row.entity_name, "entity_code": row.entity_code,
                       "entity_kind": row.entity_kind}
        checked = check_entry_values(uow.session, merged)
        decided = row.status not in (Status.PROPOSED.value, Status.NOTIFIED.value)
        if decided and (checked.list_kind != row.list_kind or checked.severity != row.severity
                        or checked.proposed_on != row.proposed_on):
            raise ConflictError(tr(
                "The entry has been decided; its list, severity and date of proposal can no "
                "longer be changed."), field="list_kind")
        if row.notified_on is not None and checked.proposed_on > row.notified_on:
            raise ValidationError(tr("The proposal cannot be dated after the party was "
                                     "notified."), field="proposed_on")
        for key in DETAIL_FIELDS:
            setattr(row, key, getattr(checked, key))
        uow.flush()
        info = entry_info(row, actor)
        uow.commit()
    return info


@dataclass(frozen=True)
class StepValues:
    """What the clerk enters with a step (see :class:`domain.credit_lists.StepFacts`)."""

    on: date
    text: str = ""
    basis: str = ""
    end: date | None = None
    corrected: bool = False
    obligations_met: bool = False
    commitment: bool = False
    repair_note: str = ""


def _step_values(values: Mapping[str, Any]) -> StepValues:
    errors: dict[str, str] = {}
    on = _date(values, "on", errors)
    end = _date(values, "end", errors, required=False)
    text = str(values.get("text") or "").strip()
    note = " ".join(str(values.get("repair_note") or "").split())
    if len(text) > REASON_MAX:
        errors["text"] = tr("“{label}” may have at most {count} characters; it has "
                            "{length}.").format(label=field_labels()["text"], count=REASON_MAX,
                                                length=len(text))
    if len(note) > REASON_MAX:
        errors["repair_note"] = tr("“{label}” may have at most {count} characters; it has "
                                   "{length}.").format(label=field_labels()["repair_note"],
                                                       count=REASON_MAX, length=len(note))
    raise_errors(errors)
    assert on is not None
    return StepValues(on=on, text=text, basis=str(values.get("basis") or ""), end=end,
                      corrected=bool(values.get("corrected")),
                      obligations_met=bool(values.get("obligations_met")),
                      commitment=bool(values.get("commitment")), repair_note=note)


def _step(value: str | Step) -> Step:
    try:
        return Step(value)
    except ValueError:
        raise ValidationError(tr("Unknown step “{step}”.").format(step=value),
                              field="step") from None


def take_step(db: Database, actor: Actor, entry_id: str, step: str | Step,
              values: Mapping[str, Any], expected_version: int | None = None
              ) -> CreditEntryInfo:
    """Move an entry one step (notify, object, answer, list, repair, expire, remove,
    withdraw); a step the rules refuse is refused with the reason and nothing is written.

    ``values``: ``on`` (the step's date), ``text`` (objection, answer or reason), ``basis``
    and ``end`` (listing), ``corrected``, ``obligations_met``, ``commitment`` and
    ``repair_note`` (repair). Listing, repair and removal are decisions: 负责人 or 管理员.
    """
    chosen = _step(step)
    require(actor, Permission.APPROVE if chosen in DECISION_STEPS else Permission.WRITE)
    facts = _step_values(values)
    with db.uow(actor) as uow:
        row = load_entry(uow.session, entry_id)
        check_version(row, expected_version)
        moved = rules.apply(domain_entry(row), chosen, rules.StepFacts(
            on=facts.on, text=facts.text, basis=facts.basis, end=facts.end,
            rules=publication_rules(uow.session), corrected=facts.corrected,
            obligations_met=facts.obligations_met, commitment=facts.commitment))
        _store(row, moved)
        if chosen is Step.REPAIR:
            row.repair_note = facts.repair_note
        uow.flush()
        info = entry_info(row, actor)
        uow.commit()
    return info


def decided_entry(entry: rules.CreditEntry, decided_on: date, basis: str, end: date | None,
                  publication: PublicationRules, start: date | None = None
                  ) -> rules.CreditEntry:
    """A proposal decided elsewhere (a list received on paper or in Excel) brought to "listed"
    by the rules: notified and listed on ``decided_on`` with ``basis``, published from
    ``start`` (default the decision) until ``end`` (default the longest period allowed).
    Raises :class:`~jianguan_desktop.domain.credit_lists.CreditListError` saying why not."""
    if start is not None and end is not None:
        rules.check_period(entry.kind, entry.severity, decided_on, start, end, publication)
    notified = rules.apply(entry, Step.NOTIFY, rules.StepFacts(on=decided_on))
    listed = rules.apply(notified, Step.LIST, rules.StepFacts(
        on=decided_on, basis=basis, end=end, rules=publication))
    if start is not None and start != listed.start:
        assert listed.end is not None
        rules.check_period(entry.kind, entry.severity, decided_on, start, listed.end,
                           publication)
        listed = replace(listed, start=start)
    return listed


def list_imported(session: Session, row: CreditEntry, decided_on: date, basis: str,
                  end: date | None, start: date | None = None,
                  publication: PublicationRules | None = None) -> None:
    """List a proposal just added by an import (see :func:`decided_entry`), inside the
    caller's transaction, before it is first written (its history shows it created listed).
    ``publication``: the periods allowed (default: the settings in force; an import reads them
    once for all its rows)."""
    rules_now = publication_rules(session) if publication is None else publication
    _store(row, decided_entry(domain_entry(row), decided_on, basis, end, rules_now, start))


def _expired(session: Session, day: date) -> tuple[ColumnElement[bool], ...]:
    """SQL: a listed entry of this office whose period ended before ``day`` (to be closed as
    expired). Entries another office made (the city's lists) are its own to close: they are
    inactive here all the same, and the office's copy follows when the city's arrives."""
    return (CreditEntry.deleted_at.is_(None), CreditEntry.status == Status.LISTED.value,
            CreditEntry.office_code == session.info.get(OFFICE_KEY), CreditEntry.end_on < day)


def count_expired(db: Database, actor: Actor, on: date | None = None) -> int:
    """How many entries :func:`close_expired` would close on ``on`` (default today)."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return int(uow.session.execute(select(func.count()).select_from(CreditEntry).where(
            *_expired(uow.session, on or date.today()))).scalar_one())


def close_expired(db: Database, actor: Actor, on: date | None = None) -> int:
    """Close as expired every listed entry whose period ended before ``on`` (default today),
    in one transaction; returns how many. (Such entries are already inactive: this only
    brings their recorded status up to date, dated the day after each period ended.)"""
    require(actor, Permission.WRITE)
    day = on or date.today()
    with db.uow(actor) as uow:
        rows = uow.session.execute(select(CreditEntry).where(*_expired(uow.session, day))
                                      ).scalars().all()
        for row in rows:
            entry = domain_entry(row)
            _store(row, rules.apply(entry, Step.EXPIRE,
                                    rules.StepFacts(on=rules.leaves_list_on(entry))))
        uow.flush()
        uow.commit()
    return len(rows)


DUE_AHEAD_DAYS = 30  # how long before its end a listing appears on the home page
DUE_LIMIT = 200


@register_due_provider
def due_listings(db: Database, actor: Actor) -> list[DueItem]:
    """For the home page: listings of this office whose publication period ends within
    :data:`DUE_AHEAD_DAYS` days or has ended without the entry being closed yet (the entry
    is already inactive then; the clerk closes it and updates the published list)."""
    if not actor.can(Permission.READ):
        return []
    today = date.today()
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(CreditEntry).where(
            CreditEntry.deleted_at.is_(None), CreditEntry.status == Status.LISTED.value,
            CreditEntry.office_code == uow.session.info.get(OFFICE_KEY),
            CreditEntry.end_on <= date.fromordinal(today.toordinal() + DUE_AHEAD_DAYS))
            .order_by(CreditEntry.end_on).limit(DUE_LIMIT)).scalars().all()
        return [DueItem.make(
            tr("{list} “{name}”: publication ends").format(
                list=list_labels().get(row.list_kind, row.list_kind), name=row.entity_name),
            tr("Credit lists"), row.id, row.end_on, today,
            tr("Published until {end} ({number}); it leaves the list by itself on {day}.")
            .format(end=format_cn_date(row.end_on), number=row.number or "",
                    day=format_cn_date(rules.leaves_list_on(domain_entry(row)))))
            for row in rows if row.end_on is not None]


def _deletable(row: CreditEntry) -> None:
    if row.status not in (Status.PROPOSED.value, Status.WITHDRAWN.value):
        raise ConflictError(tr(
            "Only a proposal not yet sent to the party (or a withdrawn one) can be deleted; "
            "an entry leaves the list by removal, with a reason."), field="status")


def delete_entry(db: Database, actor: Actor, entry_id: str,
                 expected_version: int | None = None) -> CreditEntryInfo:
    """Mark a proposal entered by mistake deleted (it stays in the database and travels)."""
    return change_record(db, actor, Permission.WRITE,
                         lambda session: load_entry(session, entry_id),
                         delete_change(lambda _session, row: _deletable(row)),
                         lambda row: entry_info(row, actor), expected_version)


def restore_entry(db: Database, actor: Actor, entry_id: str) -> CreditEntryInfo:
    """Bring a deleted proposal back."""
    return change_record(db, actor, Permission.WRITE,
                         lambda session: load_entry(session, entry_id, include_deleted=True),
                         restore_change(), lambda row: entry_info(row, actor))


# --- the active lists -------------------------------------------------------------------------

def active_condition(on: date | ColumnElement[Any]) -> ColumnElement[bool]:
    """SQL: the entry is in force on ``on`` (a date or a date expression): published, within
    its period, and neither repaired nor removed by then (as ``domain.credit_lists.is_active``)."""
    day = on if isinstance(on, ColumnElement) else bindparam("active_on", on, type_=Date)
    return and_(
        CreditEntry.deleted_at.is_(None),
        CreditEntry.status.in_(PUBLISHED),
        CreditEntry.start_on <= day, CreditEntry.end_on >= day,
        or_(CreditEntry.repaired_on.is_(None), CreditEntry.repaired_on > day),
        or_(CreditEntry.removed_on.is_(None), CreditEntry.removed_on > day))


def active_entries(session: Session, on: date, *, codes: list[str] | None = None,
                   entity_ids: list[str] | None = None,
                   list_kind: str | None = None) -> list[CreditEntry]:
    """Entries in force on ``on`` about any of ``codes`` or ``entity_ids`` (of every office:
    this office's and those the city sent down), optionally of one list."""
    stmt = select(CreditEntry).where(active_condition(on))
    matches = []
    if codes:
        matches.append(CreditEntry.entity_code.in_(codes))
    if entity_ids:
        matches.append(CreditEntry.entity_id.in_(entity_ids))
    if codes is not None or entity_ids is not None:
        stmt = stmt.where(or_(*matches)) if matches else stmt.where(CreditEntry.id.is_(None))
    if list_kind:
        stmt = stmt.where(CreditEntry.list_kind == list_kind)
    return list(session.execute(stmt.order_by(CreditEntry.list_kind, CreditEntry.end_on,
                                              CreditEntry.number)).scalars())


def entries_of_entity(db: Database, actor: Actor, entity_id: str,
                      on: date | None = None) -> list[CreditEntryInfo]:
    """Every entry about one entity (also those ended or withdrawn), newest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(CreditEntry).where(
            CreditEntry.entity_id == entity_id, CreditEntry.deleted_at.is_(None))
            .order_by(CreditEntry.proposed_on.desc(), CreditEntry.number.desc())).scalars()
        return [entry_info(row, actor, on) for row in rows]


def published_entries(db: Database, actor: Actor, list_kind: str,
                      on: date | None = None) -> list[CreditEntryInfo]:
    """The entries of a list in force on ``on`` (default today) that this office decided, for
    its 公示表 (an office publishes its own decisions; the city publishes the city's): ID
    numbers always masked, whoever prints."""
    require(actor, Permission.READ)
    day = on or date.today()
    with db.uow(actor, readonly=True) as uow:
        own = uow.session.info.get(OFFICE_KEY)
        rows = [row for row in active_entries(uow.session, day, list_kind=list_kind)
                if row.office_code == own]
        return [entry_info(row, actor, day, mask=True) for row in rows]


# --- the register view -------------------------------------------------------------------------

def _today() -> Any:
    return bindparam("view_today", callable_=date.today, type_=Date)


def _current_status_expr() -> ColumnElement[Any]:
    return case((and_(CreditEntry.status == Status.LISTED.value,
                      CreditEntry.end_on < _today()), Status.EXPIRED.value),
                else_=CreditEntry.status)


def _masked_code() -> ColumnElement[Any]:
    clear = func.substr(CreditEntry.entity_code, 1, 6, type_=String) + "********" + \
        func.substr(CreditEntry.entity_code, 15, type_=String)
    return case((CreditEntry.entity_kind.in_(sorted(PERSON_KINDS)), clear),
                else_=CreditEntry.entity_code)


def _table(key: str, code_expr: Any, permission: Permission) -> TableSpec:
    return TableSpec(
        key=key,
        title=lambda: tr("Credit lists"),
        columns=(
            ColumnSpec("number", lambda: tr("Number"), "text", CreditEntry.number, width=130,
                       searchable=True, sort_expr=CreditEntry.number_order),
            ColumnSpec("entity_name", lambda: tr("Name"), "text", CreditEntry.entity_name,
                       width=240, searchable=True),
            ColumnSpec("entity_code", lambda: tr("Code"), "text", code_expr, width=170,
                       searchable=True),
            ColumnSpec("list_kind", lambda: tr("List"), "enum", CreditEntry.list_kind,
                       width=110, labels=list_labels),
            ColumnSpec("severity", lambda: tr("Severity"), "enum", CreditEntry.severity,
                       width=90, labels=severity_labels),
            ColumnSpec("status", lambda: tr("Status"), "enum", _current_status_expr(),
                       width=110, labels=status_labels),
            ColumnSpec("decided_on", lambda: tr("Decided on"), "date", CreditEntry.decided_on,
                       width=100),
            ColumnSpec("end_on", lambda: tr("Published until"), "date", CreditEntry.end_on,
                       width=100),
            ColumnSpec("department", lambda: tr("Deciding department"), "text",
                       CreditEntry.department, width=160, visible=False),
            ColumnSpec("basis", lambda: tr("Basis of the decision"), "text",
                       CreditEntry.basis, width=200, visible=False, searchable=True),
            ColumnSpec("office_code", lambda: tr("Listed by office"), "text",
                       CreditEntry.office_code, width=90),
            ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime",
                       CreditEntry.updated_at, width=140, visible=False),
        ),
        base_select=lambda: select(CreditEntry.id),
        id_column=CreditEntry.id,
        default_sort=(("number", "desc"),),
        permission=permission,
        deleted_column=CreditEntry.deleted_at,
        empty_text=lambda: tr("No credit list entries yet. Click “Propose” to propose an "
                              "entity for a list."),
    )


CONFIDENTIAL_TABLE_KEY = "credit_entries_confidential"
register_table(_table(TABLE_KEY, _masked_code(), Permission.READ))
register_table(_table(CONFIDENTIAL_TABLE_KEY, CreditEntry.entity_code,
                      Permission.VIEW_CONFIDENTIAL))


def table_key_for(actor: Actor) -> str:
    """The view ``actor`` gets: ID numbers in clear only for 管理员 and 负责人."""
    return CONFIDENTIAL_TABLE_KEY if may_see_id_numbers(actor) else TABLE_KEY


register_record_labels(
    "credit_entries", lambda: tr("Credit list entry"), field_labels,
    formatters={"list_kind": lambda value: list_labels().get(value, str(value)),
                "severity": lambda value: severity_labels().get(value, str(value)),
                "status": lambda value: status_labels().get(value, str(value)),
                "entity_kind": lambda value: kind_labels().get(value, str(value))},
)


def is_id_kind(kind: str) -> bool:
    """Whether an entity of ``kind`` is known by an ID number (masked on public forms)."""
    return kind in PERSON_KINDS or kind == CodeKind.ID.value
