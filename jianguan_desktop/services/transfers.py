"""Case transfers (案件移送) and requests for assistance (协查函): create, correct, move one step,
delete a draft, restore; register views with the feedback due date; due items for the home page.

Every step is one transaction and audited; the rules are in ``domain/transfers.py``. The
feedback time limit in force when a case is sent is kept with it (``feedback_count`` and
``feedback_unit``) and counted in the office's working-day calendar (``services/calendar.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, and_, bindparam, case, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.sql import ColumnElement

from jianguan_desktop.db import transfers as tables
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.records import OFFICE_KEY, check_version, next_number
from jianguan_desktop.db.transfers import AssistRequest, CaseTransfer
from jianguan_desktop.domain import transfers as rules
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.transfers import (
    AssistStatus,
    AssistStep,
    Attachment,
    FeedbackKind,
    FeedbackRule,
    FeedbackRules,
    RecipientKind,
    SourceKind,
    Status,
    Step,
)
from jianguan_desktop.domain.workdays import Deadline, WorkdayCalendar
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
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

GROUP = "transfers"
TRANSFER_TABLE = "case_transfers"
ASSIST_TABLE = "assist_requests"
FACTS_MAX = 10_000
DUE_LIMIT = 200
RECENT_FEEDBACK_DAYS = 15  # a 不予立案 this recent may still be taken to reconsideration

register_setting_group(SettingGroup(GROUP, lambda: tr("Case transfers and assistance"), 450))


def _days() -> str:
    return tr("days")


def _own_policy() -> str:
    return tr("This program's policy (no rule sets a time limit for this feedback)")


def _feedback_setting(kind: RecipientKind, default: int, source: Callable[[], str]
                      ) -> SettingDef:
    return register_setting(SettingDef(
        f"transfers.{kind.value}_feedback_days", default,
        lambda: tr("Feedback from the {recipient} due within").format(recipient=kind.label),
        source, minimum=1, maximum=rules.COUNT_MAX, unit=_days, group=GROUP))


FEEDBACK_SETTINGS: dict[RecipientKind, SettingDef] = {
    RecipientKind.POLICE: _feedback_setting(
        RecipientKind.POLICE, rules.POLICE_FEEDBACK_DAYS, lambda: tr(
            "《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号) Article 8: the public "
            "security organ decides whether to open a case within 3 days of accepting the "
            "transfer and notifies the office in writing")),
    RecipientKind.SUPERVISOR: _feedback_setting(RecipientKind.SUPERVISOR, 30, _own_policy),
    RecipientKind.DISCIPLINE: _feedback_setting(RecipientKind.DISCIPLINE, 30, _own_policy),
    RecipientKind.PROCURATORATE: _feedback_setting(RecipientKind.PROCURATORATE, 30,
                                                   _own_policy),
    RecipientKind.COURT: _feedback_setting(RecipientKind.COURT, 30, _own_policy),
}
ASSIST_REPLY_DAYS = register_setting(SettingDef(
    "transfers.assist_reply_days", 15,
    lambda: tr("Reply to a request for assistance asked for within (when no date is given)"),
    lambda: tr("This program's policy; 海口 (十): the unit asked handles the request promptly "
               "and answers in writing"),
    minimum=1, maximum=rules.COUNT_MAX, unit=_days, group=GROUP))
DUE_AHEAD_DAYS = register_setting(SettingDef(
    "transfers.due_ahead_days", 7,
    lambda: tr("Show transfers and requests on the home page this many days before they "
               "are due"),
    lambda: tr("This program's policy"), minimum=0, maximum=90, unit=_days, group=GROUP))


def feedback_rules(db_or_session: Database | Session) -> FeedbackRules:
    """The feedback time limits in force (the settings; their presets cite their source)."""
    return FeedbackRules(**{kind.value: FeedbackRule(int(get_setting(db_or_session,
                                                                     setting.key)))
                            for kind, setting in FEEDBACK_SETTINGS.items()})


# --- labels ---------------------------------------------------------------------------------

def recipient_labels() -> dict[str, str]:
    """Stored recipient kind → its name."""
    return RecipientKind.value_labels()


def source_labels() -> dict[str, str]:
    """Stored source kind → its name."""
    return SourceKind.value_labels()


def status_labels() -> dict[str, str]:
    """Stored status of a transfer → its name."""
    return Status.value_labels()


def feedback_labels() -> dict[str, str]:
    """Stored feedback kind → its name (none yet: empty)."""
    return FeedbackKind.value_labels(blank=True)


def assist_status_labels() -> dict[str, str]:
    """Status of a request for assistance (``overdue`` included) → its name."""
    return AssistStatus.value_labels()


def field_labels() -> dict[str, str]:
    """The fields of transfers and requests as forms, messages and the history name them."""
    return {
        "source_kind": tr("Source"), "source_id": tr("Source record"),
        "source_ref": tr("Source reference"), "recipient_kind": tr("Kind of recipient"),
        "recipient_unit": tr("Receiving department"), "matter": tr("Cause of the case"),
        "parties": tr("Parties concerned"), "facts": tr("Facts of the case"),
        "basis": tr("Basis of the transfer"), "contact": tr("Contact person and telephone"),
        "status": tr("Status"), "proposed_on": tr("Date the transfer was proposed"),
        "sent_on": tr("Transferred on"), "letter_number": tr("Number of the transfer letter"),
        "approved_by": tr("Approved by"), "attachments": tr("Materials attached"),
        "received_on": tr("Receipt acknowledged on"), "receipt_note": tr("Receipt"),
        "feedback_kind": tr("Feedback"), "feedback_on": tr("Feedback received on"),
        "feedback_document": tr("Feedback document"), "feedback_text": tr("Feedback content"),
        "closed_on": tr("Closed on"), "closing_note": tr("Closing note"),
        "feedback_count": tr("Feedback time limit"), "feedback_unit": tr("Counted in"),
        "feedback_due": tr("Feedback due"), "remarks": tr("Remarks"),
        "unit": tr("Unit asked"), "request_text": tr("What is asked"),
        "created_on": tr("Drafted on"), "reply_by": tr("Reply asked for by"),
        "replied_on": tr("Reply received on"), "reply_document": tr("Reply document"),
        "reply_text": tr("Reply content"), "on": tr("Date"), "text": tr("Text"),
        "note": tr("Note"), "document": tr("Document"),
    }


# --- plain data -------------------------------------------------------------------------------

@dataclass(frozen=True)
class RecipientKindInfo:
    """A kind of recipient as the window's pick list explains it: its name, the basis
    printed on the 移送书 by default, the local documents naming the path, and the feedback
    time limit in force with its source."""

    value: str
    label: str
    basis: str
    sources: str
    feedback_days: int
    feedback_source: str


def recipient_kinds(db: Database, actor: Actor) -> list[RecipientKindInfo]:
    """Every kind of recipient, in the order of the pick list."""
    require(actor, Permission.READ)
    limits = feedback_rules(db)
    return [RecipientKindInfo(kind.value, kind.label, rules.transfer_basis(kind),
                              rules.transfer_sources(kind), limits.rule_for(kind).count,
                              feedback_source(kind.value)) for kind in RecipientKind]



@dataclass(frozen=True)
class DueInfo:
    """A worked-out due date with its explanation, where the time limit comes from
    (``source``) and the calendar's warnings."""

    due: date
    explanation: str
    warnings: tuple[str, ...]
    source: str = ""

    @classmethod
    def of(cls, deadline: Deadline, source: str = "") -> DueInfo:
        """From a calendar deadline."""
        return cls(deadline.due, deadline.explanation, deadline.warnings, source)

    @property
    def full_explanation(self) -> str:
        """The explanation, its source in brackets, then each warning."""
        text = tr("{text} ({source})").format(text=self.explanation, source=self.source) \
            if self.source else self.explanation
        return "；".join((text, *self.warnings))  # Chinese semicolon


@dataclass(frozen=True)
class LinkedInfo:
    """What a transfer and a request both show: identity, source, remarks, the steps allowed
    now and the bookkeeping."""

    id: str
    number: str
    version: int
    office_code: str
    source_kind: str
    source_label: str
    source_id: str | None
    source_ref: str
    remarks: str
    allowed_steps: tuple[str, ...]
    deleted: bool
    updated_at: datetime
    updated_by: str


def _linked(row: Any, steps: Iterable[Any]) -> dict[str, Any]:
    """The :class:`LinkedInfo` part of a row's plain data."""
    return {"id": row.id, "number": row.number or "", "version": row.version,
            "office_code": row.office_code, "source_kind": row.source_kind,
            "source_label": source_labels().get(row.source_kind, ""),
            "source_id": row.source_id, "source_ref": row.source_ref, "remarks": row.remarks,
            "allowed_steps": tuple(step.value for step in steps) if row.deleted_at is None
            else (), "deleted": row.deleted_at is not None, "updated_at": row.updated_at,
            "updated_by": row.updated_by}


@dataclass(frozen=True)
class TransferInfo(LinkedInfo):
    """A transfer as the window, the commands and the forms see it.

    ``letter_number`` is the number printed on the 移送书 (the record's number unless one was
    typed); ``feedback`` is the due date of the recipient's feedback with its explanation
    (``None`` before sending), ``overdue`` whether feedback is still owed after it,
    ``feedback_late`` whether feedback came after it (``None``: none yet); ``reconsideration``
    the last day to ask the police to reconsider a 不予立案 (国务院令第310号 第九条).
    """

    recipient_kind: str
    recipient_label: str
    recipient_unit: str
    matter: str
    parties: str
    facts: str
    basis: str
    contact: str
    status: str
    status_label: str
    proposed_on: date
    sent_on: date | None
    letter_number: str
    approved_by: str
    attachments: tuple[Attachment, ...]
    received_on: date | None
    receipt_note: str
    feedback_kind: str
    feedback_label: str
    feedback_on: date | None
    feedback_document: str
    feedback_text: str
    closed_on: date | None
    closing_note: str
    feedback_days: int | None
    feedback: DueInfo | None
    overdue: bool
    feedback_late: bool | None
    reconsideration: DueInfo | None


@dataclass(frozen=True)
class AssistInfo(LinkedInfo):
    """A request for assistance as the window, the commands and the forms see it;
    ``current_status`` is ``overdue`` for a sent letter whose reply date has passed."""

    unit: str
    matter: str
    request_text: str
    contact: str
    status: str
    current_status: str
    current_status_label: str
    created_on: date
    sent_on: date | None
    reply_by: date | None
    replied_on: date | None
    reply_document: str
    reply_text: str
    reply_late: bool | None


def attachments_of(text: str) -> tuple[Attachment, ...]:
    """The attachments list stored as JSON."""
    return tuple(Attachment(item["name"], item.get("pages"), item.get("copies", 1))
                 for item in json.loads(text or "[]"))


def _attachments_json(items: Iterable[Attachment]) -> str:
    return json.dumps([{"name": item.name, "pages": item.pages, "copies": item.copies}
                       for item in items], ensure_ascii=False)


def feedback_source(recipient_kind: str) -> str:
    """Where the feedback time limit of this kind of recipient comes from."""
    if recipient_kind == RecipientKind.POLICE.value:
        return tr("State Council Decree No. 310, Article 8")
    return tr("this program's policy, set in the settings")


def domain_transfer(row: CaseTransfer) -> rules.Transfer:
    """The transfer as the rules see it."""
    feedback = None
    if row.feedback_kind and row.feedback_on is not None:
        feedback = rules.Feedback(FeedbackKind(row.feedback_kind), row.feedback_on,
                                  row.feedback_document, row.feedback_text)
    return rules.Transfer(
        recipient_kind=RecipientKind(row.recipient_kind), proposed_on=row.proposed_on,
        recipient_unit=row.recipient_unit or "", status=Status(row.status),
        sent_on=row.sent_on, letter_number=row.letter_number or "",
        approved_by=row.approved_by or "", attachments=attachments_of(row.attachments),
        received_on=row.received_on, receipt_note=row.receipt_note or "", feedback=feedback,
        closed_on=row.closed_on, closing_note=row.closing_note or "")


def _stored_rule(row: CaseTransfer) -> FeedbackRule | None:
    if row.feedback_count is None:
        return None
    return FeedbackRule(row.feedback_count, "workdays" if row.feedback_unit == "workdays"
                        else "days")


def _deadline(row: CaseTransfer, calendar: WorkdayCalendar) -> Deadline | None:
    rule = _stored_rule(row)
    if rule is None:
        return None
    return rules.feedback_deadline(domain_transfer(row), rule, calendar)


def transfer_info(row: CaseTransfer, calendar: WorkdayCalendar,
                  today: date | None = None) -> TransferInfo:
    """Plain data of a transfer row, its due dates worked out in ``calendar`` as of
    ``today`` (default: today)."""
    day = today or date.today()
    transfer = domain_transfer(row)
    deadline = _deadline(row, calendar)
    late = None
    if deadline is not None and transfer.feedback is not None:
        late = transfer.feedback.on > deadline.due
    reconsider = rules.reconsideration_deadline(transfer, calendar)
    return TransferInfo(
        **_linked(row, rules.allowed_steps(transfer)), recipient_kind=row.recipient_kind,
        recipient_label=recipient_labels().get(row.recipient_kind, row.recipient_kind),
        recipient_unit=row.recipient_unit, matter=row.matter, parties=row.parties,
        facts=row.facts, basis=row.basis, contact=row.contact, status=row.status,
        status_label=status_labels().get(row.status, row.status),
        proposed_on=row.proposed_on, sent_on=row.sent_on,
        letter_number=row.letter_number or row.number or "", approved_by=row.approved_by,
        attachments=transfer.attachments, received_on=row.received_on,
        receipt_note=row.receipt_note, feedback_kind=row.feedback_kind,
        feedback_label=feedback_labels().get(row.feedback_kind, row.feedback_kind),
        feedback_on=row.feedback_on, feedback_document=row.feedback_document,
        feedback_text=row.feedback_text, closed_on=row.closed_on,
        closing_note=row.closing_note,
        feedback_days=row.feedback_count,
        feedback=DueInfo.of(deadline, feedback_source(row.recipient_kind))
        if deadline is not None else None,
        overdue=row.deleted_at is None and rules.is_overdue(transfer, deadline, day),
        feedback_late=late,
        reconsideration=DueInfo.of(reconsider, tr("State Council Decree No. 310, Article 9"))
        if reconsider is not None else None)


def domain_assist(row: AssistRequest) -> rules.AssistRequest:
    """The request as the rules see it."""
    return rules.AssistRequest(
        unit=row.unit or "", created_on=row.created_on, status=AssistStatus(row.status),
        sent_on=row.sent_on, reply_by=row.reply_by, replied_on=row.replied_on,
        reply_document=row.reply_document or "", reply_text=row.reply_text or "")


def assist_info(row: AssistRequest, today: date | None = None) -> AssistInfo:
    """Plain data of a request row as of ``today`` (default: today)."""
    request = domain_assist(row)
    current = rules.assist_status_on(request, today or date.today()).value
    late = None
    if row.replied_on is not None and row.reply_by is not None:
        late = row.replied_on > row.reply_by
    return AssistInfo(
        **_linked(row, rules.allowed_assist_steps(request)), unit=row.unit,
        matter=row.matter, request_text=row.request_text, contact=row.contact,
        status=row.status, current_status=current,
        current_status_label=assist_status_labels().get(current, current),
        created_on=row.created_on, sent_on=row.sent_on, reply_by=row.reply_by,
        replied_on=row.replied_on, reply_document=row.reply_document,
        reply_text=row.reply_text, reply_late=late)


# --- checking what was typed -----------------------------------------------------------------

class _Checker:
    """Reads typed values one by one and gathers every wrong field for one error."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = values
        self.errors: dict[str, str] = {}

    def text(self, key: str, limit: int, required: str = "", multiline: bool = False) -> str:
        raw = self.values.get(key)
        value = "" if raw is None else str(raw)
        cleaned = value.strip() if multiline else " ".join(value.split())
        if required and not cleaned:
            self.errors[key] = required
        elif len(cleaned) > limit:
            self.errors[key] = tr("“{label}” may have at most {count} characters; it has "
                                  "{length}.").format(label=field_labels()[key], count=limit,
                                                      length=len(cleaned))
        return cleaned

    def day(self, key: str, required: bool = True) -> date | None:
        value = self.values.get(key)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if value in (None, ""):
            if required:
                self.errors[key] = tr("Please fill in {field}.").format(
                    field=field_labels()[key])
            return None
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.errors[key] = tr("“{value}” is not a date; write it as 2026-11-21.").format(
                value=value)
            return None

    def choice(self, key: str, allowed: Mapping[str, str], message: str,
               default: str = "") -> str:
        value = str(self.values.get(key) or default).strip()
        if value not in allowed:
            self.errors[key] = message
        return value

    def attachments(self, key: str = "attachments") -> tuple[Attachment, ...] | None:
        raw = self.values.get(key)
        if raw is None:
            return None
        try:
            items = tuple(_attachment(item) for item in raw)
            return rules.check_attachments(items)
        except rules.TransferError as error:
            self.errors[key] = str(error)
        except (TypeError, ValueError, KeyError):
            self.errors[key] = tr("Each attachment needs a name, and whole numbers of pages "
                                  "and copies.")
        return None

    def done(self) -> None:
        if self.errors:
            first = next(iter(self.errors))
            raise ValidationError(self.errors[first], field=first, fields=self.errors)


def _whole(value: Any, default: int | None) -> int | None:
    if value in (None, ""):
        return default
    if isinstance(value, bool):
        raise ValueError("not a number")
    return int(str(value).strip())


def _attachment(item: Any) -> Attachment:
    """An attachment from an :class:`Attachment`, a mapping or a (name, pages, copies) row."""
    if isinstance(item, Attachment):
        return item
    if isinstance(item, Mapping):
        return Attachment(str(item.get("name") or ""), _whole(item.get("pages"), None),
                          _whole(item.get("copies"), 1) or 0)
    name, *rest = item
    pages = _whole(rest[0], None) if rest else None
    copies = _whole(rest[1], 1) if len(rest) > 1 else 1
    return Attachment(str(name or ""), pages, copies if copies is not None else 1)


def _source(check: _Checker) -> dict[str, Any]:
    kind = check.choice("source_kind", source_labels(), tr("Choose where the case comes from."),
                        default=SourceKind.OTHER.value)
    source_id = check.text("source_id", 36) or None
    return {"source_kind": kind, "source_id": source_id,
            "source_ref": check.text("source_ref", tables.SOURCE_REF_MAX)}


TRANSFER_TEXTS = ("recipient_unit", "matter", "parties", "facts", "basis", "contact",
                  "remarks")
TRANSFER_FIELDS = ("source_kind", "source_id", "source_ref", "recipient_kind", *TRANSFER_TEXTS,
                   "proposed_on")
# what can still be corrected once the case has gone out
TRANSFER_LATER_FIELDS = ("source_kind", "source_id", "source_ref", "matter", "parties", "facts",
                         "basis", "contact", "remarks")


def check_transfer_values(values: Mapping[str, Any], today: date) -> dict[str, Any]:
    """Check a draft transfer; every wrong field is named in one :class:`ValidationError`.
    A transfer to no department or dated in the future is refused."""
    check = _Checker(values)
    result = _source(check)
    kind = str(values.get("recipient_kind") or "")
    proposed_on = check.day("proposed_on")
    if kind not in recipient_labels():
        check.errors["recipient_kind"] = tr(
            "Choose the department the case is transferred to; a case cannot be transferred "
            "to no department.")
    result |= {
        "recipient_kind": kind, "proposed_on": proposed_on,
        "recipient_unit": check.text("recipient_unit", tables.UNIT_MAX),
        "matter": check.text("matter", tables.MATTER_MAX,
                             required=tr("Enter the cause of the case (案由).")),
        "parties": check.text("parties", tables.PARTIES_MAX),
        "facts": check.text("facts", FACTS_MAX, multiline=True),
        "basis": check.text("basis", tables.BASIS_MAX),
        "contact": check.text("contact", tables.CONTACT_MAX),
        "remarks": check.text("remarks", tables.REMARKS_MAX),
    }
    attachments = check.attachments()
    check.done()
    assert proposed_on is not None
    rules.check_draft(kind, proposed_on, today)
    if not result["basis"]:
        result["basis"] = rules.transfer_basis(RecipientKind(kind))
    if attachments is not None:
        result["attachments"] = _attachments_json(attachments)
    return result


def _today(today: date | None) -> date:
    return today or date.today()


def load_transfer(session: Session, ref: str, include_deleted: bool = False) -> CaseTransfer:
    """A transfer by its id or its number (移送〔2026〕3号)."""
    return _load(session, CaseTransfer, ref, include_deleted, lambda: tr(
        "No case transfer numbered “{ref}” was found.").format(ref=ref))


def _load(session: Session, model: Any, ref: str, include_deleted: bool,
          missing: Callable[[], str]) -> Any:
    row = session.get(model, ref)
    if row is None:
        row = session.execute(select(model).where(model.number == ref.strip()).order_by(
            model.deleted_at.is_not(None))).scalars().first()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(missing())
    return row


def _add_numbered(session: Session, row: Any, year: int) -> None:
    """Number a new draft in its series for ``year`` and add it to the session."""
    row.number = next_number(session, session.info[OFFICE_KEY], row.number_series, year)
    session.add(row)


def _create(db: Database, actor: Actor, row: Any, year: int,
            show: Callable[[Session, Any], Any]) -> Any:
    """Add a new draft numbered in its series for ``year``, in one transaction."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        _add_numbered(uow.session, row, year)
        uow.flush()
        info = show(uow.session, row)
        uow.commit()
    return info


def create_transfer(db: Database, actor: Actor, values: Mapping[str, Any],
                    today: date | None = None) -> TransferInfo:
    """Register a case to be transferred (拟移送), numbered 移送〔year〕n号 by its date."""
    require(actor, Permission.WRITE)
    day = _today(today)
    with db.uow(actor) as uow:
        row = add_transfer(uow.session, values, day)
        uow.flush()
        info = transfer_info(row, load_calendar(uow.session), day)
        uow.commit()
    return info


def add_transfer(session: Session, values: Mapping[str, Any], today: date) -> CaseTransfer:
    """Check and add a draft transfer inside an open transaction (a case transferred from an
    inspection result is created in the same transaction as the result)."""
    checked = check_transfer_values(values, today)
    row = CaseTransfer(status=Status.DRAFT.value, **({"attachments": "[]"} | checked))
    _add_numbered(session, row, checked["proposed_on"].year)
    session.flush()
    return row


def get_transfer(db: Database, actor: Actor, ref: str, include_deleted: bool = False,
                 today: date | None = None) -> TransferInfo:
    """One transfer by its id or number."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        row = load_transfer(uow.session, ref, include_deleted)
        return transfer_info(row, load_calendar(uow.session), today)


def transfers_of_source(db: Database, actor: Actor, source_kind: str, source_id: str,
                        today: date | None = None) -> list[TransferInfo]:
    """The transfers made from one complaint or inspection record, oldest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        calendar = load_calendar(uow.session)
        rows = uow.session.execute(select(CaseTransfer).where(
            CaseTransfer.source_kind == source_kind, CaseTransfer.source_id == source_id,
            CaseTransfer.deleted_at.is_(None)).order_by(CaseTransfer.number_order)).scalars()
        return [transfer_info(row, calendar, today) for row in rows]


def update_transfer(db: Database, actor: Actor, transfer_id: str, values: Mapping[str, Any],
                    expected_version: int | None, today: date | None = None) -> TransferInfo:
    """Correct a transfer. A draft can change in everything; once the case has gone out only
    its description (案由, parties, facts, basis, contact, remarks) can, the recipient, the
    dates and the materials stand as sent."""
    require(actor, Permission.WRITE)
    day = _today(today)
    with db.uow(actor) as uow:
        row = load_transfer(uow.session, transfer_id)
        check_version(row, expected_version)
        draft = row.status == Status.DRAFT.value
        merged = {key: getattr(row, key) for key in TRANSFER_FIELDS} | dict(values)
        if draft and "recipient_kind" in values and "basis" not in values and (
                row.basis == rules.transfer_basis(RecipientKind(row.recipient_kind))):
            merged["basis"] = ""  # the old kind's basis: take the new kind's
        checked = check_transfer_values(merged, day)
        if not draft:
            _refuse_locked(row, checked, TRANSFER_LATER_FIELDS, lambda: tr(
                "The case has been transferred; its recipient, dates and materials can no "
                "longer be changed."))
        for key, value in checked.items():
            setattr(row, key, value)
        uow.flush()
        info = transfer_info(row, load_calendar(uow.session), day)
        uow.commit()
    return info


def _refuse_locked(row: Any, checked: Mapping[str, Any], open_fields: Iterable[str],
                   message: Callable[[], str]) -> None:
    """Refuse a change to any field but ``open_fields`` (the record has gone out)."""
    changed = sorted(key for key, value in checked.items()
                     if key not in open_fields and value != getattr(row, key))
    if changed:
        raise ConflictError(message(), field=changed[0])


def _transfer_facts(values: Mapping[str, Any], step: Step) -> rules.StepFacts:
    check = _Checker(values)
    on = check.day("on")
    kind = None
    if step is Step.FEEDBACK:
        raw = str(values.get("feedback_kind") or "")
        if raw and raw not in feedback_labels():
            check.errors["feedback_kind"] = tr("Choose what the recipient answered.")
        kind = FeedbackKind(raw) if raw in feedback_labels() and raw else None
    facts = rules.StepFacts(
        on=on or date.min,
        recipient_unit=check.text("recipient_unit", tables.UNIT_MAX),
        letter_number=check.text("letter_number", tables.LETTER_NUMBER_MAX),
        approved_by=check.text("approved_by", 50),
        attachments=check.attachments(),
        note=check.text("note", tables.NOTE_MAX if step is Step.RECEIVE else
                        tables.REMARKS_MAX, multiline=step is Step.CLOSE),
        feedback_kind=kind, document=check.text("document", tables.DOCUMENT_MAX),
        text=check.text("text", tables.TEXT_MAX, multiline=True))
    check.done()
    return facts


def _parse_step(kind: type[Any], value: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(tr("Unknown step “{step}”.").format(step=value),
                              field="step") from None


def _store_transfer(row: CaseTransfer, moved: rules.Transfer) -> None:
    row.status = moved.status.value
    row.recipient_unit = moved.recipient_unit
    row.sent_on = moved.sent_on
    row.letter_number = moved.letter_number
    row.approved_by = moved.approved_by
    row.attachments = _attachments_json(moved.attachments)
    row.received_on = moved.received_on
    row.receipt_note = moved.receipt_note
    feedback = moved.feedback
    row.feedback_kind = feedback.kind.value if feedback else ""
    row.feedback_on = feedback.on if feedback else None
    row.feedback_document = feedback.document if feedback else ""
    row.feedback_text = feedback.text if feedback else ""
    row.closed_on = moved.closed_on
    row.closing_note = moved.closing_note


def take_transfer_step(db: Database, actor: Actor, transfer_id: str, step: str | Step,
                       values: Mapping[str, Any], expected_version: int | None = None,
                       today: date | None = None) -> TransferInfo:
    """Move a transfer one step: ``send`` (``on``, ``recipient_unit``, ``letter_number``,
    ``approved_by``, ``attachments``), ``receive`` (``on``, ``note``: who signed the receipt),
    ``feedback`` (``on``, ``feedback_kind``, ``document``, ``text``), ``close`` (``on``,
    ``note``). A step the rules refuse is refused with the reason and nothing is written.
    Sending fixes the feedback time limit then in force; its due date follows the receipt."""
    require(actor, Permission.WRITE)
    chosen: Step = _parse_step(Step, step)
    day = _today(today)
    with db.uow(actor) as uow:
        row = load_transfer(uow.session, transfer_id)
        check_version(row, expected_version)
        facts = _transfer_facts(values, chosen)
        if chosen is Step.SEND and row.status == Status.DRAFT.value and not row.facts.strip():
            raise ValidationError(tr("Describe the facts of the case before it is "
                                     "transferred."), field="facts")
        moved = rules.apply(domain_transfer(row), chosen, facts, day)
        _store_transfer(row, moved)
        if chosen is Step.SEND:
            rule = feedback_rules(uow.session).rule_for(moved.recipient_kind)
            row.feedback_count, row.feedback_unit = rule.count, rule.unit
        calendar = load_calendar(uow.session)
        deadline = _deadline(row, calendar)
        row.feedback_due = deadline.due if deadline is not None else None
        uow.flush()
        info = transfer_info(row, calendar, day)
        uow.commit()
    return info


def _draft_only(message: Callable[[], str]) -> Callable[[Session, Any], None]:
    def check(_session: Session, row: Any) -> None:
        if row.status != Status.DRAFT.value:
            raise ConflictError(message(), field="status")
    return check


def _shown_transfer(row: CaseTransfer) -> TransferInfo:
    """A transfer's plain data, its calendar read in the row's own transaction."""
    session = object_session(row)
    assert session is not None
    return transfer_info(row, load_calendar(session))


def delete_transfer(db: Database, actor: Actor, transfer_id: str,
                    expected_version: int | None = None) -> TransferInfo:
    """Mark a draft entered by mistake deleted (it stays in the database and travels); a case
    that has gone out is never deleted."""
    return change_record(
        db, actor, Permission.WRITE, lambda session: load_transfer(session, transfer_id),
        delete_change(_draft_only(lambda: tr(
            "Only a transfer not yet sent can be deleted; a case that has gone out stays on "
            "record."))),
        _shown_transfer, expected_version)


def restore_transfer(db: Database, actor: Actor, transfer_id: str) -> TransferInfo:
    """Bring a deleted draft back."""
    return change_record(
        db, actor, Permission.WRITE,
        lambda session: load_transfer(session, transfer_id, include_deleted=True),
        restore_change(), _shown_transfer)


# --- requests for assistance -----------------------------------------------------------------

ASSIST_FIELDS = ("source_kind", "source_id", "source_ref", "unit", "matter", "request_text",
                 "contact", "created_on", "reply_by", "remarks")
ASSIST_LATER_FIELDS = ("source_kind", "source_id", "source_ref", "matter", "request_text",
                       "contact", "remarks")


def check_assist_values(values: Mapping[str, Any], today: date) -> dict[str, Any]:
    """Check a draft request; every wrong field is named in one :class:`ValidationError`."""
    check = _Checker(values)
    result = _source(check) | {
        "unit": check.text("unit", tables.UNIT_MAX, required=tr(
            "Enter the unit asked for assistance; a letter cannot go to no unit.")),
        "matter": check.text("matter", tables.MATTER_MAX,
                             required=tr("Enter what the assistance is about.")),
        "request_text": check.text("request_text", FACTS_MAX, multiline=True),
        "contact": check.text("contact", tables.CONTACT_MAX),
        "remarks": check.text("remarks", tables.REMARKS_MAX),
        "created_on": check.day("created_on"),
        "reply_by": check.day("reply_by", required=False),
    }
    check.done()
    if result["created_on"] > today:
        raise ValidationError(tr("The date {day} is in the future (today is {today}).").format(
            day=format_cn_date(result["created_on"]), today=format_cn_date(today)),
            field="created_on")
    if result["reply_by"] is not None and result["reply_by"] <= result["created_on"]:
        raise ValidationError(tr("The reply date {reply_by} must come after the letter is "
                                 "sent ({on}).").format(
            reply_by=format_cn_date(result["reply_by"]),
            on=format_cn_date(result["created_on"])), field="reply_by")
    return result


def load_assist(session: Session, ref: str, include_deleted: bool = False) -> AssistRequest:
    """A request by its id or its number (协查〔2026〕2号)."""
    return _load(session, AssistRequest, ref, include_deleted, lambda: tr(
        "No request for assistance numbered “{ref}” was found.").format(ref=ref))


def create_assist(db: Database, actor: Actor, values: Mapping[str, Any],
                  today: date | None = None) -> AssistInfo:
    """Draft a request for assistance (协查函), numbered 协查〔year〕n号 by its date."""
    require(actor, Permission.WRITE)
    day = _today(today)
    checked = check_assist_values(values, day)
    row = AssistRequest(status=AssistStatus.DRAFT.value, **checked)
    info: AssistInfo = _create(db, actor, row, checked["created_on"].year,
                               lambda _session, new: assist_info(new, day))
    return info


def get_assist(db: Database, actor: Actor, ref: str, include_deleted: bool = False,
               today: date | None = None) -> AssistInfo:
    """One request by its id or number."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return assist_info(load_assist(uow.session, ref, include_deleted), today)


def update_assist(db: Database, actor: Actor, assist_id: str, values: Mapping[str, Any],
                  expected_version: int | None, today: date | None = None) -> AssistInfo:
    """Correct a request; once the letter has gone out its unit and dates stand as sent."""
    require(actor, Permission.WRITE)
    day = _today(today)
    with db.uow(actor) as uow:
        row = load_assist(uow.session, assist_id)
        check_version(row, expected_version)
        merged = {key: getattr(row, key) for key in ASSIST_FIELDS} | dict(values)
        checked = check_assist_values(merged, day)
        if row.status != AssistStatus.DRAFT.value:
            _refuse_locked(row, checked, ASSIST_LATER_FIELDS, lambda: tr(
                "The letter has been sent; its unit and dates can no longer be changed."))
        for key, value in checked.items():
            setattr(row, key, value)
        uow.flush()
        info = assist_info(row, day)
        uow.commit()
    return info


def default_reply_by(session: Session, sent_on: date) -> Deadline:
    """The reply date asked for when none is given: the setting's days after sending."""
    days = int(get_setting(session, ASSIST_REPLY_DAYS.key))
    return load_calendar(session).add_days(sent_on, days, label=tr("Time limit for the reply"),
                                           event=tr("letter sent"))


def take_assist_step(db: Database, actor: Actor, assist_id: str, step: str | AssistStep,
                     values: Mapping[str, Any], expected_version: int | None = None,
                     today: date | None = None) -> AssistInfo:
    """Move a request one step: ``send`` (``on``, ``reply_by``: default the draft's, else
    the setting's days after sending) or ``reply`` (``on``, ``document``, ``text``)."""
    require(actor, Permission.WRITE)
    chosen: AssistStep = _parse_step(AssistStep, step)
    day = _today(today)
    with db.uow(actor) as uow:
        row = load_assist(uow.session, assist_id)
        check_version(row, expected_version)
        check = _Checker(values)
        on = check.day("on")
        reply_by = check.day("reply_by", required=False)
        document = check.text("document", tables.DOCUMENT_MAX)
        text = check.text("text", FACTS_MAX, multiline=True)
        check.done()
        assert on is not None
        request = domain_assist(row)
        if chosen is AssistStep.SEND and reply_by is None and row.reply_by is None:
            reply_by = default_reply_by(uow.session, on).due
        moved = rules.apply_assist(request, chosen, rules.AssistFacts(
            on=on, reply_by=reply_by, document=document, text=text), day)
        row.status, row.sent_on, row.reply_by = moved.status.value, moved.sent_on, moved.reply_by
        row.replied_on, row.reply_document = moved.replied_on, moved.reply_document
        row.reply_text = moved.reply_text
        uow.flush()
        info = assist_info(row, day)
        uow.commit()
    return info


def delete_assist(db: Database, actor: Actor, assist_id: str,
                  expected_version: int | None = None) -> AssistInfo:
    """Mark a draft letter deleted; a letter that has gone out stays on record."""
    return change_record(
        db, actor, Permission.WRITE, lambda session: load_assist(session, assist_id),
        delete_change(_draft_only(lambda: tr(
            "Only a letter not yet sent can be deleted; a letter that has gone out stays on "
            "record."))), assist_info, expected_version)


def restore_assist(db: Database, actor: Actor, assist_id: str) -> AssistInfo:
    """Bring a deleted draft letter back."""
    return change_record(
        db, actor, Permission.WRITE,
        lambda session: load_assist(session, assist_id, include_deleted=True),
        restore_change(), assist_info)


# --- what is due ------------------------------------------------------------------------------

AWAITING = (Status.SENT.value, Status.RECEIVED.value)


@register_due_provider
def due_transfers(db: Database, actor: Actor, today: date | None = None) -> list[DueItem]:
    """For the home page: transfers whose feedback is due within the setting's days or
    overdue, a police 不予立案 that may still be taken to reconsideration, and letters
    asking for assistance whose reply is due or overdue; each with its explanation."""
    if not actor.can(Permission.READ):
        return []
    day = _today(today)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        horizon = day + timedelta(days=int(get_setting(session, DUE_AHEAD_DAYS.key)))
        calendar = load_calendar(session)
        office = session.info.get(OFFICE_KEY)
        items = [_transfer_item(row, calendar, day) for row in session.execute(
            select(CaseTransfer).where(
                CaseTransfer.deleted_at.is_(None), CaseTransfer.office_code == office,
                CaseTransfer.status.in_(AWAITING), CaseTransfer.feedback_due <= horizon)
            .order_by(CaseTransfer.feedback_due).limit(DUE_LIMIT)).scalars()]
        items += _reconsideration_items(session, calendar, day, office)
        items += [_assist_item(row, day) for row in session.execute(
            select(AssistRequest).where(
                AssistRequest.deleted_at.is_(None), AssistRequest.office_code == office,
                AssistRequest.status == AssistStatus.SENT.value,
                AssistRequest.reply_by <= horizon)
            .order_by(AssistRequest.reply_by).limit(DUE_LIMIT)).scalars()]
    return items


def _transfer_item(row: CaseTransfer, calendar: WorkdayCalendar, day: date) -> DueItem:
    info = transfer_info(row, calendar, day)
    assert info.feedback is not None
    recipient = info.recipient_unit or info.recipient_label
    if row.recipient_kind == RecipientKind.POLICE.value:
        title = tr("{number} to {recipient}: decision on opening a case").format(
            number=info.number, recipient=recipient)
    else:
        title = tr("{number} to {recipient}: feedback").format(number=info.number,
                                                             recipient=recipient)
    return DueItem.make(title, tr("Case transfers"), row.id, info.feedback.due, day,
                        info.feedback.full_explanation)


def _reconsideration_items(session: Session, calendar: WorkdayCalendar, day: date,
                           office: Any) -> list[DueItem]:
    rows = session.execute(select(CaseTransfer).where(
        CaseTransfer.deleted_at.is_(None), CaseTransfer.office_code == office,
        CaseTransfer.status == Status.ANSWERED.value,
        CaseTransfer.recipient_kind == RecipientKind.POLICE.value,
        CaseTransfer.feedback_kind == FeedbackKind.DECLINED.value,
        CaseTransfer.feedback_on >= day - timedelta(days=RECENT_FEEDBACK_DAYS))).scalars()
    items = []
    for row in rows:
        info = transfer_info(row, calendar, day)
        if info.reconsideration is None or info.reconsideration.due < day:
            continue  # the right has lapsed: nothing left to do by a date
        items.append(DueItem.make(
            tr("{number}: the police did not open a case; reconsideration may be "
               "requested").format(number=info.number),
            tr("Case transfers"), row.id, info.reconsideration.due, day,
            info.reconsideration.full_explanation))
    return items


def _assist_item(row: AssistRequest, day: date) -> DueItem:
    assert row.reply_by is not None and row.sent_on is not None
    return DueItem.make(
        tr("{number} to {unit}: written reply").format(number=row.number, unit=row.unit),
        tr("Requests for assistance"), row.id, row.reply_by, day,
        tr("Letter sent on {sent}; a written reply was asked for by {due}.").format(
            sent=format_cn_date(row.sent_on), due=format_cn_date(row.reply_by)))


# --- the register views -----------------------------------------------------------------------

def _view_today() -> Any:
    return bindparam("view_today", callable_=date.today, type_=Date)


def overdue_condition(on: date | ColumnElement[Any] | None = None) -> ColumnElement[bool]:
    """SQL: a transfer still owing feedback after its due day (``on``: today by default)."""
    day = _view_today() if on is None else on
    return and_(CaseTransfer.status.in_(AWAITING), CaseTransfer.feedback_due.is_not(None),
                CaseTransfer.feedback_due < day)


def _assist_status_expr() -> ColumnElement[Any]:
    return case((and_(AssistRequest.status == AssistStatus.SENT.value,
                      AssistRequest.reply_by < _view_today()), AssistStatus.OVERDUE.value),
                else_=AssistRequest.status)


register_table(TableSpec(
    key=TRANSFER_TABLE,
    title=lambda: tr("Case transfers"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", CaseTransfer.number, width=130,
                   searchable=True, sort_expr=CaseTransfer.number_order),
        ColumnSpec("recipient_kind", lambda: tr("Kind of recipient"), "enum",
                   CaseTransfer.recipient_kind, width=130, labels=recipient_labels),
        ColumnSpec("recipient_unit", lambda: tr("Receiving department"), "text",
                   CaseTransfer.recipient_unit, width=180, searchable=True),
        ColumnSpec("matter", lambda: tr("Cause of the case"), "text", CaseTransfer.matter,
                   width=240, searchable=True),
        ColumnSpec("source_ref", lambda: tr("Source reference"), "text",
                   CaseTransfer.source_ref, width=130, searchable=True),
        ColumnSpec("status", lambda: tr("Status"), "enum", CaseTransfer.status, width=100,
                   labels=status_labels),
        ColumnSpec("sent_on", lambda: tr("Transferred on"), "date", CaseTransfer.sent_on,
                   width=100),
        ColumnSpec("feedback_due", lambda: tr("Feedback due"), "date",
                   CaseTransfer.feedback_due, width=100),
        ColumnSpec("overdue", lambda: tr("Overdue"), "bool",
                   case((overdue_condition(), True), else_=False), width=70),
        ColumnSpec("feedback_kind", lambda: tr("Feedback"), "enum", CaseTransfer.feedback_kind,
                   width=100, labels=feedback_labels),
        ColumnSpec("feedback_on", lambda: tr("Feedback received on"), "date",
                   CaseTransfer.feedback_on, width=100, visible=False),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime",
                   CaseTransfer.updated_at, width=140, visible=False),
    ),
    base_select=lambda: select(CaseTransfer.id),
    id_column=CaseTransfer.id,
    default_sort=(("number", "desc"),),
    deleted_column=CaseTransfer.deleted_at,
    empty_text=lambda: tr("No case transfers yet. Click “New” to register a case to be "
                          "transferred."),
))

register_table(TableSpec(
    key=ASSIST_TABLE,
    title=lambda: tr("Requests for assistance"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", AssistRequest.number, width=130,
                   searchable=True, sort_expr=AssistRequest.number_order),
        ColumnSpec("unit", lambda: tr("Unit asked"), "text", AssistRequest.unit, width=180,
                   searchable=True),
        ColumnSpec("matter", lambda: tr("Matter"), "text", AssistRequest.matter, width=240,
                   searchable=True),
        ColumnSpec("source_ref", lambda: tr("Source reference"), "text",
                   AssistRequest.source_ref, width=130, searchable=True),
        ColumnSpec("status", lambda: tr("Status"), "enum", _assist_status_expr(), width=100,
                   labels=assist_status_labels),
        ColumnSpec("sent_on", lambda: tr("Sent on"), "date", AssistRequest.sent_on,
                   width=100),
        ColumnSpec("reply_by", lambda: tr("Reply asked for by"), "date",
                   AssistRequest.reply_by, width=100),
        ColumnSpec("replied_on", lambda: tr("Reply received on"), "date",
                   AssistRequest.replied_on, width=100),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime",
                   AssistRequest.updated_at, width=140, visible=False),
    ),
    base_select=lambda: select(AssistRequest.id),
    id_column=AssistRequest.id,
    default_sort=(("number", "desc"),),
    deleted_column=AssistRequest.deleted_at,
    empty_text=lambda: tr("No requests for assistance yet. Click “New” to draft a letter."),
))


def _label_of(labels: Callable[[], Mapping[str, str]]) -> Callable[[Any], str]:
    return lambda value: labels().get(str(value), str(value))


register_record_labels(
    TRANSFER_TABLE, lambda: tr("Case transfer"), field_labels,
    keys=(*TRANSFER_FIELDS, "status", "sent_on", "letter_number", "approved_by",
          "attachments", "received_on", "receipt_note", "feedback_kind", "feedback_on",
          "feedback_document", "feedback_text", "closed_on", "closing_note",
          "feedback_count", "feedback_unit", "feedback_due"),
    formatters={"recipient_kind": _label_of(recipient_labels),
                "source_kind": _label_of(source_labels),
                "status": _label_of(status_labels),
                "feedback_kind": _label_of(feedback_labels)})
register_record_labels(
    ASSIST_TABLE, lambda: tr("Request for assistance"), field_labels,
    keys=(*ASSIST_FIELDS, "status", "sent_on", "replied_on", "reply_document", "reply_text"),
    formatters={"source_kind": _label_of(source_labels),
                "status": _label_of(assist_status_labels)})

