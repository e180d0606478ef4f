"""Results of 双随机、一公开: one per drawn object (method, findings, handling, closing), the
batch's completion and publication deadline, publication, home-page due items and coverage.

Every user action is one transaction: a case transfer (移送) or a credit-list proposal (列入名单)
made from a result is created with the result, and a batch whose results are all closed becomes
completed with them, its publication due date counted in the working-day calendar (海口 (七)
20 working days, 鹤岗 三(三) 10 working days; ``services/inspections.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import Date, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.sql import ColumnElement

from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.inspections import (
    CHANNEL_MAX,
    REMARKS_MAX,
    InspectionBatch,
    InspectionDraw,
    InspectionItem,
    InspectionObject,
    InspectionPlan,
    InspectionResult,
)
from jianguan_desktop.db.records import OFFICE_KEY
from jianguan_desktop.db.transfers import CaseTransfer
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.inspections import (
    GRADES,
    BatchStatus,
    DrawStatus,
    Handling,
    ItemType,
    Method,
    ObjectKind,
    ResultStatus,
    split_lines,
)
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.transfers import SourceKind
from jianguan_desktop.domain.workdays import Deadline
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.credit_lists import add_entry, check_entry_values
from jianguan_desktop.services.due import DueItem, register_due_provider
from jianguan_desktop.services.inspection_plans import (
    load_batch,
    load_draw,
    recorded_result,
    valid_draw,
)
from jianguan_desktop.services.inspections import (
    AGENCY_MINIMUM,
    DUE_SOON,
    INDUSTRY_YEARLY,
    batch_status_labels,
    method_labels,
    object_kind_labels,
    publish_deadline,
    ratio_rules,
)
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record
from jianguan_desktop.services.settings import get_setting
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table
from jianguan_desktop.services.transfers import add_transfer
from jianguan_desktop.services.typed_values import raise_errors, typed_date

TABLE_KEY = "inspection_results"
BATCH_TABLE_KEY = "inspection_batches"
FINDINGS_MAX = 10_000
NOTE_MAX = REMARKS_MAX
DUE_LIMIT = 200
CLOSED = "closed"  # the state a result's row shows once its inspection is closed
TRANSFER_PREFIX = "transfer."  # fields of the transfer made from a result, as errors name them
LISTING_PREFIX = "listing."


# --- labels ---------------------------------------------------------------------------------

def field_labels() -> dict[str, str]:
    """A result's and a publication's fields as the forms, messages and history name them."""
    return {
        "method": tr("Method of inspection"), "inspected_on": tr("Inspected on"),
        "findings": tr("Findings"), "problem": tr("Problem found"),
        "handling": tr("Handling"), "handling_note": tr("Handling details"),
        "closed_on": tr("Closed on"), "remarks": tr("Remarks"), "status": tr("Status"),
        "transfer_id": tr("Case transfer"), "credit_entry_id": tr("Credit list proposal"),
        "object_key": tr("Object"), "inspector_names": tr("Inspectors"),
        "published_on": tr("Published on"), "channel": tr("Channel of publication"),
        "note": tr("Note"),
    }


def state_labels() -> dict[str, str]:
    """Where a result stands as the register shows it: to inspect, recorded, closed."""
    return {**ResultStatus.value_labels(), CLOSED: tr("Closed")}


def _handling_order(values: Iterable[str]) -> list[str]:
    """The handling values in the enum's order (so that each combination is stored one way)."""
    wanted = set(values)
    return [item.value for item in Handling if item.value in wanted]


def handling_text(values: Iterable[str]) -> str:
    """The handling of a result in words (整改、移送)."""
    labels = Handling.value_labels()
    return "、".join(labels.get(value, value) for value in values)


def handling_combination_labels() -> dict[str, str]:
    """Every stored handling (a JSON list in the enum's order) and its words, for the
    register's filter and search."""
    values = [item.value for item in Handling]
    return {json.dumps(list(chosen)): handling_text(chosen)
            for size in range(len(values) + 1) for chosen in combinations(values, size)}


# --- plain data -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ResultInfo:
    """One drawn object's inspection as the pages and forms show it."""

    id: str
    number: str
    batch_id: str
    batch_title: str
    draw_id: str
    draw_number: str
    object_id: str | None
    object_key: str
    object_name: str
    object_kind: str
    object_kind_label: str
    stratum: str
    inspectors: tuple[str, ...]
    inspector_ids: tuple[str, ...]
    status: str
    status_label: str
    method: str
    method_label: str
    inspected_on: date | None
    findings: str
    problem: bool
    handling: tuple[str, ...]
    handling_labels: tuple[str, ...]
    handling_note: str
    transfer_id: str | None
    transfer_number: str
    credit_entry_id: str | None
    credit_entry_number: str
    closed_on: date | None
    remarks: str
    version: int

    @property
    def closed(self) -> bool:
        """Whether the inspection of this object is finished."""
        return self.closed_on is not None


@dataclass(frozen=True)
class PublicationInfo:
    """A batch's publication: when it was completed, by when it must be published (with the
    explanation), when and where it was; ``late_by`` working days after the due day."""

    batch_id: str
    batch_title: str
    status: str
    status_label: str
    completed_on: date | None
    publish_due: date | None
    due_explanation: str
    published_on: date | None
    channel: str
    note: str
    late_by: int
    version: int

    @property
    def late(self) -> bool:
        """Whether it was published after its due day."""
        return self.late_by > 0


def _number_of(session: Session, model: Any, record_id: str | None) -> str:
    if not record_id:
        return ""
    return session.execute(select(model.number).where(model.id == record_id)).scalar() or ""


def result_info(session: Session, row: InspectionResult) -> ResultInfo:
    """The plain view of a result row."""
    batch = session.get(InspectionBatch, row.batch_id)
    handling = tuple(json.loads(row.handling or "[]"))
    handling_labels = Handling.value_labels()
    status = CLOSED if row.closed_on is not None else row.status
    return ResultInfo(
        id=row.id, number=row.number or "", batch_id=row.batch_id,
        batch_title=batch.title if batch else "", draw_id=row.draw_id,
        draw_number=_number_of(session, InspectionDraw, row.draw_id),
        object_id=row.object_id, object_key=row.object_key, object_name=row.object_name,
        object_kind=row.object_kind,
        object_kind_label=object_kind_labels().get(row.object_kind, row.object_kind),
        stratum=row.stratum, inspectors=split_lines(row.inspector_names),
        inspector_ids=tuple(json.loads(row.inspector_ids or "[]")), status=status,
        status_label=state_labels().get(status, status), method=row.method,
        method_label=method_labels().get(row.method, row.method),
        inspected_on=row.inspected_on, findings=row.findings, problem=row.problem,
        handling=handling,
        handling_labels=tuple(handling_labels.get(value, value) for value in handling),
        handling_note=row.handling_note, transfer_id=row.transfer_id,
        transfer_number=_number_of(session, CaseTransfer, row.transfer_id),
        credit_entry_id=row.credit_entry_id,
        credit_entry_number=_number_of(session, CreditEntry, row.credit_entry_id),
        closed_on=row.closed_on, remarks=row.remarks, version=row.version)


def _shown(row: InspectionResult) -> ResultInfo:
    return result_info(_session_of(row), row)


# --- reading --------------------------------------------------------------------------------

def load_result(session: Session, ref: str) -> InspectionResult:
    """A result by its id or its number (检查〔2026〕4号); a result of a superseded draw is
    refused with the reason."""
    row = session.get(InspectionResult, ref)
    if row is None:
        row = session.execute(select(InspectionResult).where(
            InspectionResult.number == ref.strip()).order_by(
            InspectionResult.deleted_at.is_not(None))).scalars().first()
    if row is not None:
        draw = session.get(InspectionDraw, row.draw_id)
        if draw is not None and draw.status != DrawStatus.VALID.value:
            raise ConflictError(tr(
                "{number} belongs to {draw}, which a redraw has superseded: record the result "
                "on an object of the valid draw.").format(number=row.number or "",
                                                          draw=draw.number or ""))
    if row is None or row.deleted_at is not None:
        raise NotFoundError(tr("No inspection result “{ref}” was found.").format(ref=ref))
    return row


def get_result(db: Database, actor: Actor, ref: str) -> ResultInfo:
    """One result by its id or number."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return result_info(uow.session, load_result(uow.session, ref))


def _valid_results(session: Session, batch_id: str) -> list[InspectionResult]:
    draw = valid_draw(session, batch_id)
    if draw is None:
        return []
    return list(session.execute(select(InspectionResult).where(
        InspectionResult.draw_id == draw.id, InspectionResult.deleted_at.is_(None))
        .order_by(InspectionResult.number_order)).scalars())


def results_of_batch(db: Database, actor: Actor, batch_id: str) -> list[ResultInfo]:
    """The results of a batch's valid draw, in the order of the draw (none before it)."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        load_batch(uow.session, batch_id)
        return [result_info(uow.session, row) for row in _valid_results(uow.session, batch_id)]


# --- recording a result ---------------------------------------------------------------------

RESULT_FIELDS = ("method", "inspected_on", "findings", "problem", "handling", "handling_note",
                 "closed_on", "remarks")


def _current(row: InspectionResult) -> dict[str, Any]:
    return {"method": row.method, "inspected_on": row.inspected_on, "findings": row.findings,
            "problem": row.problem, "handling": json.loads(row.handling or "[]"),
            "handling_note": row.handling_note, "closed_on": row.closed_on,
            "remarks": row.remarks}


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "是", "有"}
    return bool(value)


def _text(values: Mapping[str, Any], key: str, limit: int, errors: dict[str, str]) -> str:
    text = str(values.get(key) or "").strip()
    if len(text) > limit:
        errors[key] = tr("“{label}” may have at most {count} characters; it has "
                         "{length}.").format(label=field_labels()[key], count=limit,
                                             length=len(text))
    return text


def _handling(value: Any, errors: dict[str, str]) -> list[str]:
    """The handling chosen: a list of values (or of their words), or one text of them
    separated by 、 or commas."""
    items = split_lines(value) if isinstance(value, str) else list(value or [])
    by_label = {label: key for key, label in Handling.value_labels().items()}
    chosen = [str(getattr(item, "value", item)).strip() for item in items]
    chosen = [by_label.get(item, item) for item in chosen if item]
    if any(item not in Handling.value_labels() for item in chosen):
        errors["handling"] = tr("Choose the handling from the list (rectify, penalty, "
                                "transfer, credit list).")
    return _handling_order(chosen)


def _not_future(day: date | None, key: str, today: date, errors: dict[str, str]) -> None:
    if day is not None and day > today and key not in errors:
        errors[key] = tr("{field} cannot be in the future.").format(field=field_labels()[key])


@dataclass(frozen=True)
class ResultValues:
    """A result's fields, checked."""

    method: str
    inspected_on: date | None
    findings: str
    problem: bool
    handling: list[str]
    handling_note: str
    closed_on: date | None
    remarks: str


def check_result_values(values: Mapping[str, Any], today: date) -> ResultValues:
    """Check a result; every wrong field is named in one :class:`ValidationError`. A closed
    result needs its method, inspection date and findings; handling needs a problem found; a
    result cannot be closed before it was inspected nor on a day to come."""
    errors: dict[str, str] = {}
    labels = field_labels()
    method = str(values.get("method") or "").strip()
    if method and method not in Method.value_labels():
        errors["method"] = tr("Choose the method of inspection from the list.")
    inspected_on = typed_date(values, "inspected_on", errors, labels["inspected_on"])
    closed_on = typed_date(values, "closed_on", errors, labels["closed_on"])
    findings = _text(values, "findings", FINDINGS_MAX, errors)
    problem = _flag(values.get("problem"))
    handling = _handling(values.get("handling"), errors)
    note = _text(values, "handling_note", NOTE_MAX, errors)
    remarks = _text(values, "remarks", REMARKS_MAX, errors)
    _not_future(inspected_on, "inspected_on", today, errors)
    _not_future(closed_on, "closed_on", today, errors)
    if handling and not problem:
        errors["handling"] = tr("No problem was found, so there is nothing to handle: tick "
                                "“Problem found” or clear the handling.")
    if closed_on is not None:
        needed = {"method": method, "inspected_on": inspected_on, "findings": findings}
        for key, value in needed.items():
            if not value and key not in errors:
                errors[key] = tr("A result is closed only with its method, inspection date "
                                 "and findings: fill in {field}.").format(field=labels[key])
        if inspected_on is not None and closed_on < inspected_on and "closed_on" not in errors:
            errors["closed_on"] = tr("The result cannot be closed before the inspection "
                                     "({day}).").format(day=format_cn_date(inspected_on))
    raise_errors(errors)
    return ResultValues(method, inspected_on, findings, problem, handling, note, closed_on,
                        remarks)


def _prefixed(error: ValidationError, prefix: str) -> ValidationError:
    fields = {f"{prefix}{key}": message for key, message in error.fields.items()}
    return ValidationError(error.message, field=f"{prefix}{error.field}" if error.field
                           else None, fields=fields)


def _made_on(checked: ResultValues, today: date) -> date:
    return checked.closed_on or checked.inspected_on or today


def _add_transfer(session: Session, row: InspectionResult, checked: ResultValues,
                  values: Mapping[str, Any], today: date) -> str:
    given = dict(values.get("transfer") or {})
    defaults = {"parties": row.object_name, "facts": checked.findings,
                "proposed_on": _made_on(checked, today)}
    merged = {**defaults, **{key: value for key, value in given.items() if value not in
                            (None, "")},
              "source_kind": SourceKind.INSPECTION.value, "source_id": row.id,
              "source_ref": row.number or ""}
    try:
        transfer = add_transfer(session, merged, today)
    except ValidationError as error:
        raise _prefixed(error, TRANSFER_PREFIX) from error
    return transfer.id


def _add_listing(session: Session, row: InspectionResult, checked: ResultValues,
                 values: Mapping[str, Any], today: date) -> str:
    given = dict(values.get("listing") or {})
    defaults: dict[str, Any] = {"conduct": checked.findings,
                                "proposed_on": _made_on(checked, today),
                                "remarks": tr("From inspection result {number}").format(
                                    number=row.number or "")}
    if row.entity_id:
        defaults["entity_id"] = row.entity_id
    merged = {**defaults, **{key: value for key, value in given.items() if value not in
                            (None, "")}}
    try:
        entry = add_entry(session, check_entry_values(session, merged))
    except ValidationError as error:
        raise _prefixed(error, LISTING_PREFIX) from error
    session.flush()
    return entry.id


def _refuse_dropping(row: InspectionResult, handling: list[str]) -> None:
    session = _session_of(row)
    if row.transfer_id and Handling.TRANSFER.value not in handling:
        raise ValidationError(tr(
            "Case transfer {number} was made from this result and stays on record: "
            "“Case transferred” cannot be removed.").format(
                number=_number_of(session, CaseTransfer, row.transfer_id)), field="handling")
    if row.credit_entry_id and Handling.LISTING.value not in handling:
        raise ValidationError(tr(
            "Credit list proposal {number} was made from this result and stays on record: "
            "“Proposed for a credit list” cannot be removed.").format(
                number=_number_of(session, CreditEntry, row.credit_entry_id)),
            field="handling")


def _refuse_published(batch: InspectionBatch) -> None:
    if batch.status == BatchStatus.PUBLISHED.value:
        raise ConflictError(tr("The results of “{title}” were published on {day}; they can "
                               "no longer be changed.").format(
            title=batch.title, day=format_cn_date(batch.published_on) if batch.published_on
            else ""))


def _apply(session: Session, row: InspectionResult, values: Mapping[str, Any],
           today: date) -> None:
    batch = load_batch(session, row.batch_id)
    _refuse_published(batch)
    checked = check_result_values({**_current(row), **{key: values[key] for key in
                                                       RESULT_FIELDS if key in values}}, today)
    _refuse_dropping(row, checked.handling)
    if Handling.TRANSFER.value in checked.handling and not row.transfer_id:
        row.transfer_id = _add_transfer(session, row, checked, values, today)
    if Handling.LISTING.value in checked.handling and not row.credit_entry_id:
        row.credit_entry_id = _add_listing(session, row, checked, values, today)
    row.method, row.inspected_on, row.findings = (checked.method, checked.inspected_on,
                                                  checked.findings)
    row.problem, row.handling = checked.problem, json.dumps(checked.handling)
    row.handling_note, row.closed_on, row.remarks = (checked.handling_note, checked.closed_on,
                                                     checked.remarks)
    recorded = bool(checked.method or checked.inspected_on or checked.findings)
    row.status = (ResultStatus.DONE if recorded else ResultStatus.PENDING).value
    session.flush()
    update_batch_state(session, batch)


def update_batch_state(session: Session, batch: InspectionBatch) -> None:
    """Complete a drawn batch whose valid draw's results are all closed (completed on the
    last closing day, publication due counted from it), or take a completed batch back to
    drawn when a result is reopened. A published batch does not move."""
    draw = valid_draw(session, batch.id)
    if draw is None or batch.status not in (BatchStatus.DRAWN.value,
                                            BatchStatus.COMPLETED.value):
        return
    total, closed, last = session.execute(select(
        func.count(), func.count(InspectionResult.closed_on),
        func.max(InspectionResult.closed_on)).where(
        InspectionResult.draw_id == draw.id, InspectionResult.deleted_at.is_(None))).one()
    if total and closed == total:
        last_day = last if isinstance(last, date) else date.fromisoformat(str(last))
        if batch.status != BatchStatus.COMPLETED.value or batch.completed_on != last_day:
            batch.status = BatchStatus.COMPLETED.value
            batch.completed_on = last_day
            batch.publish_due = publish_deadline(session, last_day).due
    elif batch.status == BatchStatus.COMPLETED.value:
        batch.status = BatchStatus.DRAWN.value
        batch.completed_on = None
        batch.publish_due = None


def _today(today: date | None) -> date:
    return today or date.today()


def record_result(db: Database, actor: Actor, result_id: str, values: Mapping[str, Any],
                  expected_version: int | None = None, today: date | None = None
                  ) -> ResultInfo:
    """Record (or correct) the inspection of one drawn object, in one transaction with the
    transfer or credit-list proposal it leads to and the batch's completion.

    ``values``: ``method`` (:class:`Method`), ``inspected_on``, ``findings``, ``problem``,
    ``handling`` (a list of :class:`Handling` values), ``handling_note``, ``closed_on``
    (blank: still open), ``remarks``; ``transfer`` (the case transfer's values when the
    handling includes ``transfer``: ``recipient_kind``, ``recipient_unit``, ``matter``, ...)
    and ``listing`` (the credit-list proposal's: ``list_kind``, ``severity``, ...). Keys left
    out keep their stored value. Errors of the transfer or proposal name their field with the
    prefix ``transfer.`` or ``listing.``."""
    day = _today(today)
    return change_record(db, actor, Permission.WRITE,
                         lambda session: load_result(session, result_id),
                         lambda session, row: _apply(session, row, values, day), _shown,
                         expected_version)


def record_result_for_object(db: Database, actor: Actor, batch_id: str, object_key: str,
                             values: Mapping[str, Any], today: date | None = None
                             ) -> ResultInfo:
    """Record the result of the object ``object_key`` (its code or directory id) of a batch;
    an object the batch's valid draw did not draw is refused, nothing written."""
    day = _today(today)

    def load(session: Session) -> InspectionResult:
        load_batch(session, batch_id)
        key = object_key.strip()
        for row in _valid_results(session, batch_id):
            if key in (row.object_key, row.object_id):
                return row
        raise ValidationError(tr("“{object}” is not among the objects drawn for this "
                                 "batch.").format(object=key), field="object_key")

    return change_record(db, actor, Permission.WRITE, load,
                         lambda session, row: _apply(session, row, values, day), _shown)


# --- publication ----------------------------------------------------------------------------

def _deadline_of(session: Session, batch: InspectionBatch) -> Deadline | None:
    if batch.completed_on is None:
        return None
    return publish_deadline(session, batch.completed_on)


def publication_info(session: Session, batch: InspectionBatch) -> PublicationInfo:
    """A batch's publication as the pages show it."""
    deadline = _deadline_of(session, batch)
    due = batch.publish_due or (deadline.due if deadline else None)
    late_by = 0
    if due is not None and batch.published_on is not None and batch.published_on > due:
        late_by = load_calendar(session).workdays_between(due, batch.published_on)
    explanation = "；".join((deadline.explanation, *deadline.warnings)) if deadline else ""
    if deadline is not None and due is not None and deadline.due != due:
        # the time limit or the calendar changed since: the day fixed at completion stands
        explanation = tr("Due {due}, as counted when the inspection was completed on "
                         "{completed} (the time limit or the calendar has changed since).").format(
            due=format_cn_date(due), completed=format_cn_date(deadline.start))
    return PublicationInfo(
        batch_id=batch.id, batch_title=batch.title, status=batch.status,
        status_label=batch_status_labels().get(batch.status, batch.status),
        completed_on=batch.completed_on, publish_due=due, due_explanation=explanation,
        published_on=batch.published_on, channel=batch.publish_channel,
        note=batch.publish_note, late_by=late_by, version=batch.version)


def publication_deadline(db: Database, actor: Actor, batch_id: str) -> Deadline:
    """The day a completed batch must be published by, with how it was counted."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        batch = load_batch(uow.session, batch_id)
        deadline = _deadline_of(uow.session, batch)
        if deadline is None:
            raise ConflictError(tr("“{title}” is not completed yet: its publication deadline "
                                   "runs from the day its last result is closed.").format(
                title=batch.title))
        return deadline


def get_publication(db: Database, actor: Actor, batch_id: str) -> PublicationInfo:
    """A batch's publication state."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return publication_info(uow.session, load_batch(uow.session, batch_id))


def _publishable(session: Session, batch: InspectionBatch) -> None:
    if batch.status == BatchStatus.PUBLISHED.value:
        _refuse_published(batch)
    if batch.status != BatchStatus.COMPLETED.value:
        open_count = sum(1 for row in _valid_results(session, batch.id)
                         if row.closed_on is None)
        raise ConflictError(tr("“{title}” cannot be published yet: {count} of its results "
                               "are still open (or it has not been drawn).").format(
            title=batch.title, count=open_count))


def load_batch_ref(session: Session, ref: str) -> InspectionBatch:
    """A batch by its id or by the number of one of its draws (抽取〔2026〕1号)."""
    if session.get(InspectionBatch, ref) is not None:
        return load_batch(session, ref)
    try:
        draw = load_draw(session, ref)
    except NotFoundError:
        raise NotFoundError(tr("No inspection batch “{ref}” was found: give the batch's id or "
                               "the number of its draw.").format(ref=ref)) from None
    return load_batch(session, draw.batch_id)


def publish_batch(db: Database, actor: Actor, batch_id: str, values: Mapping[str, Any],
                  expected_version: int | None = None, today: date | None = None
                  ) -> PublicationInfo:
    """Record the publication of a completed batch's results (``batch_id``: its id or its
    draw's number): ``published_on``, ``channel`` (e.g. the portal's address), ``note``. A
    late publication is recorded and shown late."""
    day = _today(today)

    def change(session: Session, batch: InspectionBatch) -> None:
        _publishable(session, batch)
        labels = field_labels()
        errors: dict[str, str] = {}
        published_on = typed_date(values, "published_on", errors, labels["published_on"],
                                  required=True)
        channel = _text(values, "channel", CHANNEL_MAX, errors)
        note = _text(values, "note", NOTE_MAX, errors)
        if not channel and "channel" not in errors:
            errors["channel"] = tr("Say where the results were published (for example the "
                                   "portal of the public resource trading platform).")
        _not_future(published_on, "published_on", day, errors)
        if (published_on is not None and batch.completed_on is not None
                and published_on < batch.completed_on and "published_on" not in errors):
            errors["published_on"] = tr("The results cannot be published before the "
                                        "inspection was completed ({day}).").format(
                day=format_cn_date(batch.completed_on))
        raise_errors(errors)
        batch.published_on, batch.publish_channel, batch.publish_note = (
            published_on, channel, note)
        batch.status = BatchStatus.PUBLISHED.value

    return change_record(db, actor, Permission.WRITE,
                         lambda session: load_batch_ref(session, batch_id), change,
                         lambda batch: publication_info(_session_of(batch), batch),
                         expected_version)


def _session_of(row: Any) -> Session:
    session = object_session(row)
    assert session is not None
    return session


# --- the home page --------------------------------------------------------------------------

@register_due_provider
def due_publications(db: Database, actor: Actor, today: date | None = None) -> list[DueItem]:
    """For the home page: completed batches not yet published whose publication is due
    within the setting's working days, or overdue; each with how its due day was counted."""
    if not actor.can(Permission.READ):
        return []
    day = _today(today)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        soon = int(get_setting(session, DUE_SOON.key))
        horizon = load_calendar(session).add_workdays(day, soon).due if soon else day
        rows = session.execute(select(InspectionBatch).where(
            InspectionBatch.deleted_at.is_(None),
            InspectionBatch.office_code == session.info.get(OFFICE_KEY),
            InspectionBatch.status == BatchStatus.COMPLETED.value,
            InspectionBatch.publish_due <= horizon)
            .order_by(InspectionBatch.publish_due).limit(DUE_LIMIT)).scalars().all()
        items = []
        for batch in rows:
            info = publication_info(session, batch)
            assert info.publish_due is not None
            items.append(DueItem.make(
                tr("“{title}”: publish the inspection results").format(title=batch.title),
                tr("Random inspections"), batch.id, info.publish_due, day,
                info.due_explanation))
    return items


# --- coverage -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemCoverage:
    """One item of the list in a year: objects planned (drawn), inspected, with problems; and
    the batches of the year's plans naming it against those inspected to the end."""

    item_id: str
    code: str
    name: str
    item_type: str
    item_type_label: str
    planned: int
    done: int
    problems: int
    batches: int = 0
    batches_done: int = 0  # completed or published


@dataclass(frozen=True)
class Share:
    """Objects drawn out of a pool against the lowest share (in %) that should be drawn."""

    pool_size: int
    drawn: int
    lowest: int  # %

    @property
    def ratio(self) -> float:
        """The share drawn, in %."""
        return 100.0 * self.drawn / self.pool_size if self.pool_size else 0.0

    @property
    def reached(self) -> bool:
        """Whether the lowest share was reached (an empty pool has nothing to reach)."""
        return self.drawn * 100 >= self.lowest * self.pool_size

    @property
    def ratio_text(self) -> str:
        """E.g. 2/7（28.6%）."""
        return f"{self.drawn}/{self.pool_size}（{self.ratio:.1f}%）"


@dataclass(frozen=True)
class GradeCoverage(Share):
    """One credit grade in a year: objects in the pools, drawn, against the grade's lowest
    ratio."""

    grade: str = ""


@dataclass(frozen=True)
class Coverage:
    """A year's coverage: per item, per grade, the agencies, and (锡林郭勒 (九), when the setting
    is on) the industries with objects in the directory but none inspected this year."""

    year: int
    items: tuple[ItemCoverage, ...]
    grades: tuple[GradeCoverage, ...]
    agencies: Share  # the agencies doing business that year (锡林郭勒 (十九))
    industry_check: bool
    industries_missing: tuple[str, ...]


def year_batches(session: Session, year: int) -> list[InspectionBatch]:
    """The batches of the year's live inspection plans (of every office the database holds)."""
    return list(session.execute(select(InspectionBatch).join(
        InspectionPlan, InspectionPlan.id == InspectionBatch.plan_id).where(
        InspectionPlan.year == year, InspectionPlan.deleted_at.is_(None),
        InspectionBatch.deleted_at.is_(None))).scalars())


def valid_results_of(batch_ids: list[str]) -> ColumnElement[bool]:
    """SQL: a live result of a valid draw of one of these batches."""
    valid = select(InspectionDraw.id).where(InspectionDraw.status == DrawStatus.VALID.value,
                                            InspectionDraw.deleted_at.is_(None))
    return and_(InspectionResult.batch_id.in_(batch_ids), InspectionResult.deleted_at.is_(None),
                InspectionResult.draw_id.in_(valid))


def _item_figures(session: Session, batches: list[InspectionBatch], ids: list[str]
                  ) -> tuple[ItemCoverage, ...]:
    per_batch = {batch_id: (planned, done, problems or 0) for batch_id, planned, done, problems
                 in session.execute(select(
                     InspectionResult.batch_id, func.count(),
                     func.count(InspectionResult.closed_on),
                     func.sum(case((and_(InspectionResult.closed_on.is_not(None),
                                         InspectionResult.problem.is_(True)), 1), else_=0)))
                     .where(valid_results_of(ids)).group_by(InspectionResult.batch_id))}
    finished = (BatchStatus.COMPLETED.value, BatchStatus.PUBLISHED.value)
    totals: dict[str, list[int]] = {}
    for batch in batches:
        figures = (*per_batch.get(batch.id, (0, 0, 0)), 1, int(batch.status in finished))
        for item_id in json.loads(batch.item_ids or "[]"):
            total = totals.setdefault(str(item_id), [0, 0, 0, 0, 0])
            for index, figure in enumerate(figures):
                total[index] += int(figure)
    items = session.execute(select(InspectionItem).where(
        InspectionItem.deleted_at.is_(None),
        or_(InspectionItem.active.is_(True), InspectionItem.id.in_(list(totals))))
        .order_by(InspectionItem.code, InspectionItem.name)).scalars()
    types = ItemType.value_labels()
    return tuple(ItemCoverage(item.id, item.code, item.name, item.item_type,
                              types.get(item.item_type, item.item_type),
                              *totals.get(item.id, [0, 0, 0, 0, 0])) for item in items)


def _grade_figures(session: Session, ids: list[str]) -> tuple[GradeCoverage, ...]:
    rules = ratio_rules(session)
    pool = dict.fromkeys(GRADES, 0)
    drawn = dict.fromkeys(GRADES, 0)
    draws = session.execute(select(InspectionDraw).where(
        InspectionDraw.batch_id.in_(ids), InspectionDraw.status == DrawStatus.VALID.value,
        InspectionDraw.deleted_at.is_(None))).scalars()
    for draw in draws:  # one per batch: the pool sizes are kept in each draw's record
        for count in recorded_result(draw).counts:
            if count.stratum in pool:
                pool[count.stratum] += count.pool_size
                drawn[count.stratum] += count.drawn
    return tuple(GradeCoverage(pool[grade], drawn[grade], rules.ranges[grade].lowest, grade)
                 for grade in GRADES)


def active_agencies_condition(year: int) -> ColumnElement[bool]:
    """SQL: a live agency of the directory doing business in ``year`` — marked so, or named
    as the agency of a project opened or completed in it (锡林郭勒 (十九))."""
    live = (InspectionObject.deleted_at.is_(None), InspectionObject.active.is_(True))
    start, end = date(year, 1, 1), date(year, 12, 31)
    busy = select(InspectionObject.agency_name).where(
        *live, InspectionObject.kind == ObjectKind.PROJECT.value,
        InspectionObject.agency_name != "",
        or_(InspectionObject.completed_on.between(start, end),
            InspectionObject.opened_on.between(start, end)))
    return and_(*live, InspectionObject.kind == ObjectKind.AGENCY.value,
                or_(InspectionObject.active_year == year,
                    and_(InspectionObject.active_year.is_(None),
                         InspectionObject.name.in_(busy))))


def _agency_figures(session: Session, year: int, ids: list[str]) -> Share:
    active = session.execute(select(func.count()).select_from(InspectionObject)
                             .where(active_agencies_condition(year))).scalar_one()
    drawn = session.execute(select(func.count(func.distinct(InspectionResult.object_id)))
                            .where(valid_results_of(ids), InspectionResult.object_kind
                                   == ObjectKind.AGENCY.value)).scalar_one()
    return Share(int(active), int(drawn), int(get_setting(session, AGENCY_MINIMUM.key)))


def _industries_missing(session: Session, ids: list[str]) -> tuple[str, ...]:
    inspected = select(InspectionObject.industry).join(
        InspectionResult, InspectionResult.object_id == InspectionObject.id).where(
        valid_results_of(ids), InspectionResult.closed_on.is_not(None))
    return tuple(session.execute(select(InspectionObject.industry).where(
        InspectionObject.deleted_at.is_(None), InspectionObject.active.is_(True),
        InspectionObject.industry != "", InspectionObject.industry.not_in(inspected))
        .distinct().order_by(InspectionObject.industry)).scalars())


def coverage(db: Database, actor: Actor, year: int) -> Coverage:
    """A year's coverage: per item planned (drawn) against done, with problems; per grade the
    pools against those drawn; agencies' minimum share; industries not inspected."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        batches = year_batches(session, year)
        ids = [batch.id for batch in batches]
        check = bool(get_setting(session, INDUSTRY_YEARLY.key))
        return Coverage(
            year=year, items=_item_figures(session, batches, ids),
            grades=_grade_figures(session, ids), agencies=_agency_figures(session, year, ids),
            industry_check=check,
            industries_missing=_industries_missing(session, ids) if check else ())


# --- the register views ---------------------------------------------------------------------

def _view_today() -> Any:
    return bindparam("view_today", callable_=date.today, type_=Date)


def _state_expr() -> ColumnElement[Any]:
    return case((InspectionResult.closed_on.is_not(None), CLOSED),
                else_=InspectionResult.status)


def _batch_title() -> Any:
    batches = InspectionBatch.__table__
    return select(batches.c.title).where(batches.c.id == InspectionResult.batch_id) \
        .scalar_subquery()


def _plan_year() -> Any:
    plans = InspectionPlan.__table__
    return select(plans.c.year).where(plans.c.id == InspectionBatch.plan_id).scalar_subquery()


def _draw_number() -> Any:
    draws = InspectionDraw.__table__
    return select(draws.c.number).where(
        draws.c.batch_id == InspectionBatch.id, draws.c.status == DrawStatus.VALID.value,
        draws.c.deleted_at.is_(None)).limit(1).scalar_subquery()


def overdue_condition(on: date | ColumnElement[Any] | None = None) -> ColumnElement[bool]:
    """SQL: a batch whose publication is overdue (completed, not published, past its due day)
    or was published late."""
    day = _view_today() if on is None else on
    return and_(InspectionBatch.publish_due.is_not(None), or_(
        and_(InspectionBatch.status == BatchStatus.COMPLETED.value,
             InspectionBatch.publish_due < day),
        InspectionBatch.published_on > InspectionBatch.publish_due))


register_table(TableSpec(
    key=TABLE_KEY,
    title=lambda: tr("Inspection results"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", InspectionResult.number, width=130,
                   searchable=True, sort_expr=InspectionResult.number_order),
        ColumnSpec("object", lambda: tr("Object inspected"), "text",
                   InspectionResult.object_name, width=220, searchable=True),
        ColumnSpec("batch", lambda: tr("Batch"), "text", _batch_title(), width=200),
        ColumnSpec("inspectors", lambda: tr("Inspectors"), "text",
                   InspectionResult.inspector_names, width=140, searchable=True),
        ColumnSpec("method", lambda: tr("Method of inspection"), "enum",
                   InspectionResult.method, width=110, labels=method_labels),
        ColumnSpec("status", lambda: tr("Status"), "enum", _state_expr(), width=100,
                   labels=state_labels),
        ColumnSpec("problem", lambda: tr("Problem found"), "bool", InspectionResult.problem,
                   width=70),
        ColumnSpec("handling", lambda: tr("Handling"), "enum", InspectionResult.handling,
                   width=160, labels=handling_combination_labels, searchable=True),
        ColumnSpec("closed_on", lambda: tr("Closed on"), "date", InspectionResult.closed_on,
                   width=100),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime",
                   InspectionResult.updated_at, width=140, visible=False),
    ),
    base_select=lambda: select(InspectionResult.id),
    id_column=InspectionResult.id,
    default_sort=(("number", "desc"),),
    deleted_column=InspectionResult.deleted_at,
    empty_text=lambda: tr("No inspection results yet: they appear when a batch is drawn."),
))

register_table(TableSpec(
    key=BATCH_TABLE_KEY,
    title=lambda: tr("Inspection batches"),
    columns=(
        ColumnSpec("plan_year", lambda: tr("Plan year"), "int", _plan_year(), width=70),
        ColumnSpec("seq", lambda: tr("Batch"), "int", InspectionBatch.seq, width=60),
        ColumnSpec("title", lambda: tr("Title"), "text", InspectionBatch.title, width=240,
                   searchable=True),
        ColumnSpec("status", lambda: tr("Status"), "enum", InspectionBatch.status, width=120,
                   labels=batch_status_labels),
        ColumnSpec("draw_number", lambda: tr("Draw record"), "text", _draw_number(),
                   width=130),
        ColumnSpec("completed_on", lambda: tr("Completed on"), "date",
                   InspectionBatch.completed_on, width=100),
        ColumnSpec("publish_due", lambda: tr("Publication due"), "date",
                   InspectionBatch.publish_due, width=100),
        ColumnSpec("published_on", lambda: tr("Published on"), "date",
                   InspectionBatch.published_on, width=100),
        ColumnSpec("overdue", lambda: tr("Publication late"), "bool",
                   case((overdue_condition(), True), else_=False), width=80),
        ColumnSpec("publish_channel", lambda: tr("Channel of publication"), "text",
                   InspectionBatch.publish_channel, width=180, visible=False),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime",
                   InspectionBatch.updated_at, width=140, visible=False),
    ),
    base_select=lambda: select(InspectionBatch.id),
    id_column=InspectionBatch.id,
    default_sort=(("plan_year", "desc"), ("seq", "asc")),
    deleted_column=InspectionBatch.deleted_at,
    empty_text=lambda: tr("No batches yet. Add batches to an annual plan."),
))


def _label_of(labels: Callable[[], Mapping[str, str]]) -> Callable[[Any], str]:
    return lambda value: labels().get(str(value), str(value))


register_record_labels(
    TABLE_KEY, lambda: tr("Inspection result"), field_labels,
    keys=(*RESULT_FIELDS, "status", "transfer_id", "credit_entry_id", "inspector_names"),
    formatters={"method": _label_of(method_labels),
                "status": _label_of(ResultStatus.value_labels),
                "handling": lambda value: handling_text(json.loads(str(value or "[]")))})
