"""Annual inspection plans, their batches, and the verifiable draw of each batch (双随机).

A plan (年度抽查工作计划) has batches; a batch names its items, departments, the kind of object,
the pool period and the ratio per credit grade. :func:`run_draw` builds the pool from the
directories (objects with their credit grade in force, inspectors with their declared
conflicts), draws with ``domain/draw.py`` and keeps everything needed to re-run it: the seed,
the algorithm, the canonical snapshot and its SHA-256, and the result. One result row per
drawn object is made at the same time. A draw is never redone silently: :func:`redraw` needs a
reason and keeps the first, marked superseded. :func:`verify_draw` re-runs a draw from its
record and also compares the record with what the audit chain logged when it was made.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, object_session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.inspections import (
    InspectionBatch,
    InspectionDraw,
    InspectionItem,
    InspectionObject,
    InspectionPlan,
    InspectionResult,
)
from jianguan_desktop.db.inspections import Inspector as InspectorRow
from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.db.records import OFFICE_KEY, next_number, soft_delete
from jianguan_desktop.domain import draw as drawing
from jianguan_desktop.domain.draw import DrawRequest, DrawResult, PoolObject, StratumRule
from jianguan_desktop.domain.inspections import (
    GRADES,
    BatchStatus,
    DrawStatus,
    InspectorStatus,
    ItemType,
    ObjectKind,
    PlanStatus,
    RatioRules,
    ResultStatus,
    SeedSource,
    check_ratios,
    split_lines,
    stratum_of,
    stratum_rules,
)
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.credit_grades import grades_in_force
from jianguan_desktop.services.inspections import (
    object_kind_labels,
    pool_start,
    ratio_rules,
)
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table
from jianguan_desktop.services.typed_values import raise_errors, typed_date

DRAWS_TABLE = "inspection_draws"
TITLE_MAX = 200
SEED_MAX = 100
SEED_DIGITS = 12
PER_OBJECT_MAX = 10
# Kinds of object as the draw algorithm names them (domain/draw.py OBJECT_KINDS).
DRAW_KIND = {ObjectKind.PROJECT: "project", ObjectKind.AGENCY: "agency",
             ObjectKind.EXPERT: "expert", ObjectKind.TENDERER: "entity",
             ObjectKind.BIDDER: "entity"}
# Fields of a draw the audit chain must show unchanged since the draw was made.
SEALED = ("seed", "algorithm", "pool_hash", "snapshot", "result", "batch_id")


# --- plain data -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemBrief:
    """An item of the 抽查事项清单 as a batch names it."""

    id: str
    code: str
    name: str
    item_type: str
    item_type_label: str
    basis: str
    department: str
    content: str
    method: str


@dataclass(frozen=True)
class BatchInfo:
    """A batch of a plan as the window and the forms show it."""

    id: str
    plan_id: str
    plan_year: int
    plan_title: str
    seq: int
    title: str
    items: tuple[ItemBrief, ...]
    departments: tuple[str, ...]
    object_kind: str
    object_kind_label: str
    industry: str
    pool_from: date | None
    pool_to: date | None
    ratios: dict[str, int]
    min_count: int
    per_object: int
    specialty: str
    window_from: date | None
    window_to: date | None
    status: str
    status_label: str
    completed_on: date | None
    publish_due: date | None
    published_on: date | None
    publish_channel: str
    publish_note: str
    remarks: str
    version: int
    draw_id: str | None
    draw_number: str


@dataclass(frozen=True)
class PlanInfo:
    """An annual plan with its batches in order."""

    id: str
    year: int
    title: str
    status: str
    status_label: str
    approved_on: date | None
    approved_by: str
    remarks: str
    version: int
    batches: tuple[BatchInfo, ...]


@dataclass(frozen=True)
class DrawnObject:
    """One object of a draw's result, with the inspectors matched to it."""

    result_id: str
    key: str
    name: str
    kind: str
    kind_label: str
    stratum: str
    risk: int
    unit: str
    industry: str
    inspectors: tuple[str, ...]
    inspector_units: tuple[str, ...]


@dataclass(frozen=True)
class PoolLine:
    """One object of the pool as it was snapshotted."""

    key: str
    name: str
    kind_label: str
    stratum: str
    risk: int
    unit: str
    industry: str


@dataclass(frozen=True)
class StratumFigure:
    """How many objects a grade had in the pool and how many were drawn."""

    stratum: str
    pool_size: int
    drawn: int

    @property
    def ratio_text(self) -> str:
        """``2/7（28.6%）``."""
        share = 100 * self.drawn / self.pool_size if self.pool_size else 0.0
        return f"{self.drawn}/{self.pool_size}（{share:.1f}%）"


@dataclass(frozen=True)
class DrawInfo:
    """A 随机抽取记录 as printed."""

    id: str
    number: str
    batch_id: str
    batch_title: str
    plan_id: str
    plan_title: str
    year: int
    drawn_on: date
    seed: str
    seed_source: str
    seed_source_label: str
    witnesses: tuple[str, ...]
    place: str
    algorithm: str
    pool_hash: str
    pool_size: int
    drawn_count: int
    inspector_count: int
    status: str
    status_label: str
    redraw_of_number: str
    redraw_reason: str
    superseded_by_number: str
    strata: tuple[StratumFigure, ...]
    drawn: tuple[DrawnObject, ...]
    pool: tuple[PoolLine, ...]
    created_by: str


@dataclass(frozen=True)
class StratumPreview:
    """A grade of a batch's pool before the draw: how many there are and will be drawn."""

    stratum: str
    pool_size: int
    to_draw: int
    ratio: int  # the share asked for, in %

    @property
    def missing(self) -> int:
        """How many objects the grade lacks to meet its ratio."""
        return max(self.to_draw - self.pool_size, 0)


@dataclass(frozen=True)
class PoolPreview:
    """What a draw of a batch would work on, and what stops it (in words)."""

    batch_id: str
    strata: tuple[StratumPreview, ...]
    pool_size: int
    to_draw: int
    inspectors: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class DrawCheck:
    """The outcome of ``jianguan draw verify``."""

    number: str
    matches: bool
    differences: tuple[str, ...]


# --- labels ---------------------------------------------------------------------------------

def plan_field_labels() -> dict[str, str]:
    return {"year": tr("Year"), "title": tr("Title"), "status": tr("Status"),
            "approved_on": tr("Approved on"), "approved_by": tr("Approved by"),
            "remarks": tr("Remarks")}


def batch_field_labels() -> dict[str, str]:
    return {"plan_id": tr("Plan"), "seq": tr("Batch"), "title": tr("Title"),
            "item_ids": tr("Inspection items"), "departments": tr("Departments"),
            "object_kind": tr("Kind of object"), "industry": tr("Industry"),
            "pool_from": tr("Pool: completed from"), "pool_to": tr("Pool: completed until"),
            "ratios": tr("Share per credit grade"), "min_count": tr("At least per grade"),
            "per_object": tr("Inspectors per object"), "specialty": tr("Specialty required"),
            "window_from": tr("Inspection from"), "window_to": tr("Inspection until"),
            "status": tr("Status"), "completed_on": tr("Completed on"),
            "publish_due": tr("Publication due"), "published_on": tr("Published on"),
            "publish_channel": tr("Publication channel"),
            "publish_note": tr("Publication note"), "remarks": tr("Remarks")}


def draw_field_labels() -> dict[str, str]:
    return {"number": tr("Number"), "batch_id": tr("Batch"), "plan_id": tr("Plan"),
            "drawn_on": tr("Drawn on"), "seed": tr("Seed"), "seed_source": tr("Seed source"),
            "witnesses": tr("Witnesses"), "place": tr("Place"), "algorithm": tr("Algorithm"),
            "pool_hash": tr("Pool SHA-256"), "snapshot": tr("Pool snapshot"),
            "result": tr("Result"), "pool_size": tr("Pool size"),
            "drawn_count": tr("Objects drawn"), "status": tr("Status"),
            "redraw_of": tr("Redraw of"), "redraw_reason": tr("Reason for the redraw"),
            "superseded_by": tr("Superseded by")}


register_record_labels("inspection_plans", lambda: tr("Inspection plan"), plan_field_labels)
register_record_labels("inspection_batches", lambda: tr("Inspection batch"),
                       batch_field_labels)
register_record_labels(DRAWS_TABLE, lambda: tr("Random draw record"), draw_field_labels)


# --- reading --------------------------------------------------------------------------------

def _missing(kind: Callable[[], str], ref: str) -> NotFoundError:
    return NotFoundError(tr("No {kind} “{ref}” was found.").format(kind=kind(), ref=ref))


def _live_get(session: Session, model: Any, ref: str, kind: Callable[[], str]) -> Any:
    row = session.get(model, ref)
    if row is None or row.deleted_at is not None:
        raise _missing(kind, ref)
    return row


def load_plan(session: Session, plan_id: str) -> InspectionPlan:
    """A live plan by id."""
    row: InspectionPlan = _live_get(session, InspectionPlan, plan_id,
                                    lambda: tr("inspection plan"))
    return row


def load_batch(session: Session, batch_id: str) -> InspectionBatch:
    """A live batch by id."""
    row: InspectionBatch = _live_get(session, InspectionBatch, batch_id,
                                     lambda: tr("inspection batch"))
    return row


def load_draw(session: Session, ref: str) -> InspectionDraw:
    """A draw by its id or its number (抽取〔2026〕1号)."""
    row = session.get(InspectionDraw, ref)
    if row is None:
        row = session.execute(select(InspectionDraw).where(
            InspectionDraw.number == ref.strip(), InspectionDraw.deleted_at.is_(None))
        ).scalars().first()
    if row is None or row.deleted_at is not None:
        raise _missing(lambda: tr("draw record"), ref)
    return row


def valid_draw(session: Session, batch_id: str) -> InspectionDraw | None:
    """The batch's draw in force (none before the draw)."""
    return session.execute(select(InspectionDraw).where(
        InspectionDraw.batch_id == batch_id, InspectionDraw.deleted_at.is_(None),
        InspectionDraw.status == DrawStatus.VALID.value)).scalars().first()


def _item_ids(row: InspectionBatch) -> list[str]:
    return [str(item) for item in json.loads(row.item_ids or "[]")]


def _items(session: Session, ids: Sequence[str]) -> tuple[ItemBrief, ...]:
    if not ids:
        return ()
    rows = {row.id: row for row in session.execute(
        select(InspectionItem).where(InspectionItem.id.in_(ids))).scalars()}
    return tuple(_item_brief(rows[item_id]) for item_id in ids if item_id in rows)


def _item_brief(row: InspectionItem) -> ItemBrief:
    return ItemBrief(row.id, row.code, row.name, row.item_type, ItemType(row.item_type).label,
                     row.basis, row.department, row.content, row.method)


def batch_info(session: Session, row: InspectionBatch,
               plan: InspectionPlan | None = None) -> BatchInfo:
    """The plain view of a batch."""
    plan = plan or session.get(InspectionPlan, row.plan_id)
    current = valid_draw(session, row.id)
    return BatchInfo(
        id=row.id, plan_id=row.plan_id, plan_year=plan.year if plan else 0,
        plan_title=plan.title if plan else "", seq=row.seq, title=row.title,
        items=_items(session, _item_ids(row)), departments=split_lines(row.departments),
        object_kind=row.object_kind, object_kind_label=ObjectKind(row.object_kind).label,
        industry=row.industry, pool_from=row.pool_from, pool_to=row.pool_to,
        ratios={key: int(value) for key, value in json.loads(row.ratios or "{}").items()},
        min_count=row.min_count, per_object=row.per_object, specialty=row.specialty,
        window_from=row.window_from, window_to=row.window_to, status=row.status,
        status_label=BatchStatus(row.status).label, completed_on=row.completed_on,
        publish_due=row.publish_due, published_on=row.published_on,
        publish_channel=row.publish_channel, publish_note=row.publish_note,
        remarks=row.remarks, version=row.version,
        draw_id=current.id if current else None,
        draw_number=(current.number or "") if current else "")


def _batches(session: Session, plan: InspectionPlan) -> tuple[BatchInfo, ...]:
    rows = session.execute(select(InspectionBatch).where(
        InspectionBatch.plan_id == plan.id, InspectionBatch.deleted_at.is_(None))
        .order_by(InspectionBatch.seq, InspectionBatch.created_at)).scalars()
    return tuple(batch_info(session, row, plan) for row in rows)


def plan_info(session: Session, row: InspectionPlan) -> PlanInfo:
    """The plain view of a plan with its batches."""
    return PlanInfo(row.id, row.year, row.title, row.status, PlanStatus(row.status).label,
                    row.approved_on, row.approved_by, row.remarks, row.version,
                    _batches(session, row))


def get_plan(db: Database, actor: Actor, plan_id: str) -> PlanInfo:
    """One plan with its batches."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return plan_info(uow.session, load_plan(uow.session, plan_id))


def list_plans(db: Database, actor: Actor, year: int | None = None) -> list[PlanInfo]:
    """The plans (of one year), the newest year first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        query = select(InspectionPlan).where(InspectionPlan.deleted_at.is_(None))
        if year is not None:
            query = query.where(InspectionPlan.year == year)
        rows = uow.session.execute(query.order_by(InspectionPlan.year.desc(),
                                                  InspectionPlan.created_at)).scalars()
        return [plan_info(uow.session, row) for row in rows]


def get_batch(db: Database, actor: Actor, batch_id: str) -> BatchInfo:
    """One batch."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return batch_info(uow.session, load_batch(uow.session, batch_id))


# --- plans ----------------------------------------------------------------------------------

def _text(values: Mapping[str, Any], key: str, limit: int, errors: dict[str, str],
          required: Callable[[], str] | None = None) -> str:
    text = str(values.get(key) or "").strip()
    if required is not None and not text:
        errors[key] = required()
    elif len(text) > limit:
        errors[key] = tr("At most {count} characters.").format(count=limit)
    return text


def _whole(values: Mapping[str, Any], key: str, errors: dict[str, str], default: int,
           low: int, high: int) -> int:
    value = values.get(key)
    if value in (None, ""):
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        errors[key] = tr("Enter a whole number from {low} to {high}.").format(low=low,
                                                                            high=high)
    return number


def check_plan_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a plan, checked (errors at the field)."""
    errors: dict[str, str] = {}
    year = _whole(values, "year", errors, date.today().year, 2000, 2100)
    title = _text(values, "title", TITLE_MAX, errors,
                  lambda: tr("Give the plan a title."))
    remarks = _text(values, "remarks", 1000, errors)
    raise_errors(errors)
    return {"year": year, "title": title, "remarks": remarks}


def create_plan(db: Database, actor: Actor, values: Mapping[str, Any]) -> PlanInfo:
    """Add a draft annual plan."""
    require(actor, Permission.WRITE)
    checked = check_plan_values(values)
    with db.uow(actor) as uow:
        row = InspectionPlan(status=PlanStatus.DRAFT.value, **checked)
        uow.session.add(row)
        uow.flush()
        info = plan_info(uow.session, row)
        uow.commit()
    return info


def update_plan(db: Database, actor: Actor, plan_id: str, values: Mapping[str, Any],
                expected_version: int | None = None) -> PlanInfo:
    """Correct a plan's year, title or remarks (the year only while it has no draw)."""
    checked = check_plan_values(values)

    def change(session: Session, row: InspectionPlan) -> None:
        if checked["year"] != row.year and any(batch.draw_id for batch in
                                               _batches(session, row)):
            raise ValidationError(tr("A batch of this plan has been drawn: its year can no "
                                     "longer change."), field="year")
        for key, value in checked.items():
            setattr(row, key, value)

    return change_record(db, actor, Permission.WRITE, lambda s: load_plan(s, plan_id), change,
                         lambda row: plan_info(_session_of(row), row), expected_version)


def _session_of(row: Any) -> Session:
    session = object_session(row)
    assert session is not None
    return session


def approve_plan(db: Database, actor: Actor, plan_id: str, on: date | None = None,
                 expected_version: int | None = None) -> PlanInfo:
    """Approve a plan (a 负责人's decision); its batches can then be drawn."""
    day = on or date.today()

    def change(session: Session, row: InspectionPlan) -> None:
        if row.status == PlanStatus.APPROVED.value:
            raise ConflictError(tr("The plan is already approved."))
        if not _batches(session, row):
            raise ValidationError(tr("Add at least one batch before approving the plan."),
                                  field="batches")
        row.status = PlanStatus.APPROVED.value
        row.approved_on = day
        row.approved_by = actor.display_name or actor.username

    return change_record(db, actor, Permission.APPROVE, lambda s: load_plan(s, plan_id), change,
                         lambda row: plan_info(_session_of(row), row), expected_version)


# --- batches --------------------------------------------------------------------------------

def _ratios_value(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value or "{}")
        except json.JSONDecodeError:
            return {}
    if not isinstance(value, Mapping):
        return {}
    checked: dict[str, Any] = {}
    for grade, share in value.items():
        try:
            checked[str(grade)] = int(str(share).strip().rstrip("%"))
        except ValueError:
            checked[str(grade)] = None
    return checked


def _check_items(session: Session, ids: Iterable[Any], errors: dict[str, str]
                 ) -> list[InspectionItem]:
    wanted = [str(item) for item in ids if str(item).strip()]
    rows = {row.id: row for row in session.execute(select(InspectionItem).where(
        InspectionItem.id.in_(wanted), InspectionItem.deleted_at.is_(None))).scalars()}
    if not wanted:
        errors["item_ids"] = tr("Pick at least one item of the inspection item list.")
    elif len(rows) != len(set(wanted)):
        errors["item_ids"] = tr("An item picked is no longer on the inspection item list.")
    return [rows[item] for item in dict.fromkeys(wanted) if item in rows]


def item_cap(items: Iterable[InspectionItem]) -> int | None:
    """The lowest cap of the general items (``None`` when all are key items)."""
    caps = [item.ratio_cap for item in items
            if item.item_type == ItemType.GENERAL.value and item.ratio_cap]
    return min(caps) if caps else None


def check_batch_values(session: Session, plan: InspectionPlan, values: Mapping[str, Any],
                       rules: RatioRules) -> dict[str, Any]:
    """The fields of a batch, checked (errors at the field)."""
    errors: dict[str, str] = {}
    title = _text(values, "title", TITLE_MAX, errors, lambda: tr("Give the batch a title."))
    items = _check_items(session, values.get("item_ids") or (), errors)
    kind = str(values.get("object_kind") or ObjectKind.PROJECT.value)
    if kind not in ObjectKind.value_labels():
        errors["object_kind"] = tr("Choose the kind of object to inspect.")
        kind = ObjectKind.PROJECT.value
    departments = values.get("departments") or ""
    if not isinstance(departments, str):
        departments = "\n".join(str(part) for part in departments)
    checked: dict[str, Any] = {
        "title": title, "item_ids": json.dumps([item.id for item in items]),
        "departments": "\n".join(split_lines(departments)), "object_kind": kind,
        "industry": _text(values, "industry", 50, errors),
        "specialty": _text(values, "specialty", 50, errors),
        "remarks": _text(values, "remarks", 1000, errors),
        "min_count": _whole(values, "min_count", errors, 0, 0, 10_000),
        "per_object": _whole(values, "per_object", errors, rules.inspectors_minimum,
                             rules.inspectors_minimum, PER_OBJECT_MAX),
    }
    for key in ("pool_from", "pool_to", "window_from", "window_to"):
        checked[key] = typed_date(values, key, errors, batch_field_labels()[key])
    if "pool_from" not in values and kind == ObjectKind.PROJECT.value:
        checked["pool_from"] = pool_start(session, plan.year)
    if "pool_to" not in values and kind == ObjectKind.PROJECT.value:
        checked["pool_to"] = date(plan.year, 12, 31)
    for start, end in (("pool_from", "pool_to"), ("window_from", "window_to")):
        if checked[start] and checked[end] and checked[end] < checked[start]:
            errors[end] = tr("The period ends before it starts.")
    raw = values.get("ratios")
    ratios = rules.default_ratios() if raw in (None, "", {}) else _ratios_value(raw)
    if "ratios" not in errors and not errors.get("item_ids"):
        try:
            checked["ratios"] = json.dumps(check_ratios(ratios, rules, item_cap=item_cap(items)),
                                           sort_keys=True)
        except ValidationError as error:
            errors["ratios"] = str(error)
    raise_errors(errors)
    return checked


def _next_seq(session: Session, plan_id: str) -> int:
    seqs = session.execute(select(InspectionBatch.seq).where(
        InspectionBatch.plan_id == plan_id, InspectionBatch.deleted_at.is_(None))).scalars()
    return max(seqs, default=0) + 1


def add_batch(db: Database, actor: Actor, plan_id: str, values: Mapping[str, Any]
              ) -> BatchInfo:
    """Add a batch to a plan (numbered after the last one)."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        plan = load_plan(uow.session, plan_id)
        checked = check_batch_values(uow.session, plan, values, ratio_rules(uow.session))
        row = InspectionBatch(plan_id=plan.id, seq=_next_seq(uow.session, plan.id),
                              status=BatchStatus.PLANNED.value, **checked)
        uow.session.add(row)
        uow.flush()
        info = batch_info(uow.session, row, plan)
        uow.commit()
    return info


def _planned_only(row: InspectionBatch) -> None:
    if row.status != BatchStatus.PLANNED.value:
        raise ConflictError(tr("This batch has been drawn: what it covers can no longer "
                               "change (a redraw needs a reason)."))


def update_batch(db: Database, actor: Actor, batch_id: str, values: Mapping[str, Any],
                 expected_version: int | None = None) -> BatchInfo:
    """Correct a batch before its draw."""
    def change(session: Session, row: InspectionBatch) -> None:
        _planned_only(row)
        plan = load_plan(session, row.plan_id)
        merged = {**_batch_values(row), **values}
        for key, value in check_batch_values(session, plan, merged,
                                             ratio_rules(session)).items():
            setattr(row, key, value)

    return change_record(db, actor, Permission.WRITE, lambda s: load_batch(s, batch_id),
                         change, lambda row: batch_info(_session_of(row), row),
                         expected_version)


def _batch_values(row: InspectionBatch) -> dict[str, Any]:
    keys = ("title", "departments", "object_kind", "industry", "pool_from", "pool_to",
            "min_count", "per_object", "specialty", "window_from", "window_to", "remarks")
    return {**{key: getattr(row, key) for key in keys}, "item_ids": _item_ids(row),
            "ratios": row.ratios}


def delete_batch(db: Database, actor: Actor, batch_id: str,
                 expected_version: int | None = None) -> BatchInfo:
    """Remove a batch that has not been drawn (soft: it can be restored from the history)."""
    def change(session: Session, row: InspectionBatch) -> None:
        _planned_only(row)
        soft_delete(row, session)

    return change_record(db, actor, Permission.WRITE, lambda s: load_batch(s, batch_id),
                         change, lambda row: batch_info(_session_of(row), row),
                         expected_version)


# --- the pool -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pool:
    """A batch's pool as the draw sees it, with the rows behind each key."""

    request: DrawRequest
    objects: dict[str, InspectionObject]
    inspectors: dict[str, InspectorRow]


def _pool_rows(session: Session, batch: InspectionBatch, year: int) -> list[InspectionObject]:
    live = (InspectionObject.deleted_at.is_(None), InspectionObject.active.is_(True))
    query = select(InspectionObject).where(*live, InspectionObject.kind == batch.object_kind)
    if batch.industry:
        query = query.where(InspectionObject.industry == batch.industry)
    if batch.object_kind == ObjectKind.PROJECT.value:
        if batch.pool_from:
            query = query.where(InspectionObject.completed_on >= batch.pool_from)
        if batch.pool_to:
            query = query.where(InspectionObject.completed_on <= batch.pool_to)
    elif batch.object_kind == ObjectKind.AGENCY.value:
        # 锡林郭勒 (十九): the agencies doing business that year — marked so, or named as the
        # agency of a project opened or completed in it.
        start, end = date(year, 1, 1), date(year, 12, 31)
        busy = select(InspectionObject.agency_name).where(
            *live, InspectionObject.kind == ObjectKind.PROJECT.value,
            InspectionObject.agency_name != "",
            or_(InspectionObject.completed_on.between(start, end),
                InspectionObject.opened_on.between(start, end)))
        query = query.where(or_(InspectionObject.active_year == year,
                                and_(InspectionObject.active_year.is_(None),
                                     InspectionObject.name.in_(busy))))
    return list(session.execute(query.order_by(InspectionObject.id)).scalars())


def _keyed(rows: Sequence[Any], preferred: Callable[[Any], str]) -> dict[str, Any]:
    """Rows by a readable key (code, 执法证号) where it is unique, else by the row's id."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[preferred(row)] = counts.get(preferred(row), 0) + 1
    keyed: dict[str, Any] = {}
    for row in rows:
        key = preferred(row)
        keyed[key if key and counts[key] == 1 else row.id] = row
    return keyed


def _object_key(row: InspectionObject) -> str:
    return f"{row.code}#{row.lot}" if row.code and row.lot else row.code


def build_pool(session: Session, batch: InspectionBatch, on: date, seed: str = "") -> Pool:
    """The draw request of a batch: its pool with grades in force on ``on``, the inspectors
    who may be drawn with their conflicts, and the rules from the batch's ratios."""
    plan = load_plan(session, batch.plan_id)
    rules = ratio_rules(session)
    rows = _keyed(_pool_rows(session, batch, plan.year), _object_key)
    grades = grades_in_force(session, [row.entity_id for row in rows.values() if row.entity_id],
                             on)
    pool = tuple(PoolObject(
        key=key, name=row.name, kind=DRAW_KIND[ObjectKind(row.kind)],
        stratum=stratum_of(grades.get(row.entity_id or ""), rules),
        risk=row.risk, unit=row.unit, industry=row.industry) for key, row in rows.items())
    people = _keyed(list(session.execute(select(InspectorRow).where(
        InspectorRow.deleted_at.is_(None), InspectorRow.status == InspectorStatus.ACTIVE.value)
        .order_by(InspectorRow.id)).scalars()), lambda row: row.cert_number)
    inspectors = tuple(drawing.Inspector(
        key=key, name=row.name, unit=row.unit, specialties=split_lines(row.specialties),
        recused=split_lines(row.recused), related=split_lines(row.related))
        for key, row in people.items())
    ratios = {key: int(value) for key, value in json.loads(batch.ratios or "{}").items()}
    request = DrawRequest(
        pool=pool, inspectors=inspectors,
        rules=stratum_rules(ratios or rules.default_ratios(), rules,
                            agencies=batch.object_kind == ObjectKind.AGENCY.value,
                            min_count=batch.min_count),
        seed=seed, per_object=batch.per_object, specialty_of=_specialties(batch, pool))
    return Pool(request, rows, people)


def _specialties(batch: InspectionBatch, pool: Iterable[PoolObject]) -> dict[str, str]:
    """The specialty each object needs: the batch's, else the object's industry (by kind
    when it has none, which means any specialty)."""
    needs: dict[str, str] = {}
    for item in pool:
        if batch.specialty:
            needs[item.industry or item.kind] = batch.specialty
        elif item.industry:
            needs[item.industry] = item.industry
    return needs


def pool_preview(db: Database, actor: Actor, batch_id: str,
                 on: date | None = None) -> PoolPreview:
    """A batch's pool before the draw: per grade how many there are and will be drawn, how
    many inspectors may be drawn, and in words what would stop the draw."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        batch = load_batch(uow.session, batch_id)
        request = build_pool(uow.session, batch, on or date.today()).request
    sizes = {grade: 0 for grade in GRADES}
    for item in request.pool:
        sizes[item.stratum] = sizes.get(item.stratum, 0) + 1
    strata = tuple(StratumPreview(rule.stratum, sizes.get(rule.stratum, 0),
                                  drawing.number_to_draw(rule, sizes.get(rule.stratum, 0)),
                                  rule.min_ratio // 10) for rule in request.rules)
    problems = [_missing_text(item) for item in strata if item.missing]
    if not request.pool:
        problems.append(tr("No object of the directory fits this batch (kind, industry, "
                           "pool period)."))
    short = [item.name for item in request.pool
             if len(drawing.eligible_inspectors(request, item)) < request.per_object]
    if short:
        problems.append(tr("Too few inspectors without a conflict for: {names}.").format(
            names="、".join(short[:5]) + ("……" if len(short) > 5 else "")))
    return PoolPreview(batch_id, strata, len(request.pool), sum(s.to_draw for s in strata),
                       len(request.inspectors), tuple(problems))


def _missing_text(item: StratumPreview) -> str:
    return tr("Grade {grade}: the pool has {size} objects but {wanted} are needed, "
              "{missing} missing.").format(grade=item.stratum, size=item.pool_size,
                                           wanted=item.to_draw, missing=item.missing)


# --- the draw -------------------------------------------------------------------------------

def generate_seed() -> str:
    """A seed made by the program (12 digits from the operating system's random source), to
    be printed on the record and read out to the witnesses."""
    return "".join(secrets.choice("0123456789") for _ in range(SEED_DIGITS))


@dataclass(frozen=True)
class DrawValues:
    """What the clerk enters at a draw, checked."""

    seed: str
    seed_source: str
    drawn_on: date
    witnesses: str
    place: str


def check_draw_values(values: Mapping[str, Any], today: date) -> DrawValues:
    """Seed, its source, date, witnesses and place (errors at the field)."""
    errors: dict[str, str] = {}
    seed = str(values.get("seed") or "")
    if not seed.strip():
        errors["seed"] = tr("Enter the seed of the draw (for example a number read out in "
                            "front of the witnesses), or let the program generate one.")
    elif len(seed) > SEED_MAX:
        errors["seed"] = tr("At most {count} characters.").format(count=SEED_MAX)
    source = str(values.get("seed_source") or SeedSource.ENTERED.value)
    if source not in SeedSource.value_labels():
        errors["seed_source"] = tr("Say where the seed came from.")
    drawn_on = typed_date(values, "drawn_on", errors, tr("Drawn on")) or today
    if drawn_on > today:
        errors["drawn_on"] = tr("The draw cannot be dated in the future.")
    witnesses = values.get("witnesses") or ""
    if not isinstance(witnesses, str):
        witnesses = "\n".join(str(name) for name in witnesses)
    witnesses = "\n".join(split_lines(witnesses))
    if len(witnesses) > 1000:
        errors["witnesses"] = tr("At most {count} characters.").format(count=1000)
    place = _text(values, "place", 200, errors)
    raise_errors(errors)
    return DrawValues(seed, source, drawn_on, witnesses, place)


def _drawable(session: Session, batch: InspectionBatch) -> None:
    plan = load_plan(session, batch.plan_id)
    if plan.status != PlanStatus.APPROVED.value:
        raise ConflictError(tr("The plan “{title}” is not approved yet: a 负责人 approves it "
                               "before its batches are drawn.").format(title=plan.title))


def _record_draw(session: Session, batch: InspectionBatch, checked: DrawValues,
                 redraw_of: InspectionDraw | None = None, reason: str = "") -> InspectionDraw:
    pool = build_pool(session, batch, checked.drawn_on, checked.seed)
    outcome = drawing.draw(pool.request)  # DrawError (a ValidationError) names the field
    row = InspectionDraw(
        batch_id=batch.id, plan_id=batch.plan_id, drawn_on=checked.drawn_on,
        seed=checked.seed, seed_source=checked.seed_source, witnesses=checked.witnesses,
        place=checked.place, algorithm=outcome.algorithm, pool_hash=outcome.pool_hash,
        snapshot=drawing.canonical_snapshot(pool.request).decode("utf-8"),
        result=json.dumps(outcome.to_dict(), ensure_ascii=False, sort_keys=True),
        pool_size=len(pool.request.pool), drawn_count=len(outcome.selected),
        status=DrawStatus.VALID.value, redraw_of=redraw_of.id if redraw_of else None,
        redraw_reason=reason)
    office = session.info[OFFICE_KEY]
    row.number = next_number(session, office, InspectionDraw.number_series,
                             checked.drawn_on.year)
    session.add(row)
    session.flush()
    for key, stratum in outcome.selected:
        item = pool.objects[key]
        people = [pool.inspectors[person] for person in outcome.inspectors_of(key)]
        result = InspectionResult(
            batch_id=batch.id, draw_id=row.id, object_id=item.id, object_key=key,
            object_name=item.name, object_kind=item.kind, entity_id=item.entity_id,
            stratum=stratum, inspector_ids=json.dumps([person.id for person in people]),
            inspector_names="、".join(person.name for person in people),
            status=ResultStatus.PENDING.value)
        result.number = next_number(session, office, InspectionResult.number_series,
                                    checked.drawn_on.year)
        session.add(result)
    batch.status = BatchStatus.DRAWN.value
    return row


def run_draw(db: Database, actor: Actor, batch_id: str, values: Mapping[str, Any],
             today: date | None = None) -> DrawInfo:
    """Draw a batch of an approved plan: one transaction that keeps the record and makes one
    result row per drawn object. A drawn batch is redrawn only through :func:`redraw`."""
    require(actor, Permission.WRITE)
    checked = check_draw_values(values, today or date.today())
    with db.uow(actor) as uow:
        batch = load_batch(uow.session, batch_id)
        if valid_draw(uow.session, batch.id) is not None:
            raise ConflictError(tr("This batch has already been drawn. A new draw is a redraw: "
                                   "give the reason, and the first draw is kept."))
        _drawable(uow.session, batch)
        row = _record_draw(uow.session, batch, checked)
        uow.flush()
        info = draw_info(uow.session, row)
        uow.commit()
    return info


def redraw(db: Database, actor: Actor, draw_id: str, values: Mapping[str, Any],
           today: date | None = None) -> DrawInfo:
    """Draw a batch again, for a reason given: the first draw stays, marked superseded, and its
    results that were not yet inspected go with it; a result already recorded stops it."""
    require(actor, Permission.WRITE)
    reason = str(values.get("reason") or "").strip()
    if not reason:
        raise ValidationError(tr("Give the reason for drawing again; the first draw is kept "
                                 "with it."), field="reason")
    checked = check_draw_values(values, today or date.today())
    with db.uow(actor) as uow:
        first = load_draw(uow.session, draw_id)
        if first.status != DrawStatus.VALID.value:
            raise ConflictError(tr("{number} has already been superseded by a redraw.")
                                .format(number=first.number))
        results = list(uow.session.execute(select(InspectionResult).where(
            InspectionResult.draw_id == first.id, InspectionResult.deleted_at.is_(None)))
            .scalars())
        if any(result.status != ResultStatus.PENDING.value for result in results):
            raise ConflictError(tr("Results of {number} have been recorded: it can no longer "
                                   "be drawn again.").format(number=first.number))
        batch = load_batch(uow.session, first.batch_id)
        first.status = DrawStatus.SUPERSEDED.value
        for result in results:
            soft_delete(result, uow.session)
        uow.flush()
        row = _record_draw(uow.session, batch, checked, redraw_of=first,
                           reason=reason)
        uow.flush()
        first.superseded_by = row.id
        uow.flush()
        info = draw_info(uow.session, row)
        uow.commit()
    return info


# --- the record -----------------------------------------------------------------------------

def recorded_request(row: InspectionDraw) -> DrawRequest:
    """The draw request as the record keeps it (its snapshot, its seed, its algorithm)."""
    data = json.loads(row.snapshot)
    return DrawRequest(
        pool=tuple(PoolObject.from_dict(item) for item in data["pool"]),
        inspectors=tuple(drawing.Inspector.from_dict(item) for item in data["inspectors"]),
        rules=tuple(StratumRule.from_dict(item) for item in data["rules"]),
        seed=row.seed, per_object=int(data["per_object"]),
        specialty_of=tuple((str(key), str(value)) for key, value in data["specialty_of"]),
        algorithm=row.algorithm)


def recorded_result(row: InspectionDraw) -> DrawResult:
    """The result as the record keeps it."""
    return DrawResult.from_dict(json.loads(row.result))


def _numbers(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = [item for item in ids if item]
    if not wanted:
        return {}
    rows = session.execute(select(InspectionDraw.id, InspectionDraw.number).where(
        InspectionDraw.id.in_(wanted)))
    return {row_id: number or "" for row_id, number in rows}


def draw_info(session: Session, row: InspectionDraw) -> DrawInfo:
    """The plain view of a draw record."""
    request = recorded_request(row)
    outcome = recorded_result(row)
    kinds = object_kind_labels()
    pool_kind = {"entity": tr("Entity"), "agency": kinds["agency"],
                 "expert": kinds["expert"], "project": kinds["project"]}
    objects = {item.key: item for item in request.pool}
    people = {person.key: person for person in request.inspectors}
    results = {result.object_key: result for result in session.execute(
        select(InspectionResult).where(InspectionResult.draw_id == row.id)).scalars()}
    drawn = []
    for key, stratum in outcome.selected:
        item = objects[key]
        matched = [people[person] for person in outcome.inspectors_of(key) if person in people]
        result = results.get(key)
        drawn.append(DrawnObject(
            result.id if result else "", key, item.name,
            result.object_kind if result else item.kind,
            kinds.get(result.object_kind, "") if result else pool_kind.get(item.kind, ""),
            stratum, item.risk, item.unit, item.industry,
            tuple(person.name for person in matched), tuple(person.unit for person in matched)))
    batch = session.get(InspectionBatch, row.batch_id)
    plan = session.get(InspectionPlan, row.plan_id)
    numbers = _numbers(session, (row.redraw_of, row.superseded_by))
    return DrawInfo(
        id=row.id, number=row.number or "", batch_id=row.batch_id,
        batch_title=batch.title if batch else "", plan_id=row.plan_id,
        plan_title=plan.title if plan else "", year=plan.year if plan else row.drawn_on.year,
        drawn_on=row.drawn_on, seed=row.seed, seed_source=row.seed_source,
        seed_source_label=SeedSource(row.seed_source).label,
        witnesses=split_lines(row.witnesses), place=row.place, algorithm=row.algorithm,
        pool_hash=row.pool_hash, pool_size=row.pool_size, drawn_count=row.drawn_count,
        inspector_count=len(request.inspectors), status=row.status,
        status_label=DrawStatus(row.status).label,
        redraw_of_number=numbers.get(row.redraw_of or "", ""), redraw_reason=row.redraw_reason,
        superseded_by_number=numbers.get(row.superseded_by or "", ""),
        strata=tuple(StratumFigure(count.stratum, count.pool_size, count.drawn)
                     for count in outcome.counts),
        drawn=tuple(drawn),
        pool=tuple(PoolLine(item.key, item.name, pool_kind.get(item.kind, item.kind),
                            item.stratum, item.risk, item.unit, item.industry)
                   for item in sorted(request.pool, key=lambda item: item.key)),
        created_by=row.created_by)


def get_draw(db: Database, actor: Actor, ref: str) -> DrawInfo:
    """One draw record by id or number."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return draw_info(uow.session, load_draw(uow.session, ref))


def list_draws(db: Database, actor: Actor, year: int | None = None) -> list[DrawInfo]:
    """Every draw record (of one year), in number order."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        query = select(InspectionDraw).where(InspectionDraw.deleted_at.is_(None))
        if year is not None:
            query = query.where(InspectionDraw.drawn_on.between(date(year, 1, 1),
                                                                date(year, 12, 31)))
        rows = uow.session.execute(query.order_by(InspectionDraw.number_order)).scalars()
        return [draw_info(uow.session, row) for row in rows]


def _as_logged(session: Session, row: InspectionDraw) -> dict[str, Any]:
    """The sealed fields as the audit chain logged them when the draw was made, with every
    later logged change applied (no program path changes them)."""
    logged: dict[str, Any] = {}
    entries = session.execute(select(AuditEntry.changes).where(
        AuditEntry.table_name == DRAWS_TABLE, AuditEntry.record_id == row.id)
        .order_by(AuditEntry.id)).scalars()
    for changes in entries:
        for key, (_old, new) in json.loads(changes).items():
            if key in SEALED:
                logged[key] = new
    return logged


def check_draw(session: Session, row: InspectionDraw) -> DrawCheck:
    """Re-run a draw from its record and compare; also compare the record with the audit
    chain (a record altered behind the program's back, seed and result together, shows)."""
    differences: list[str] = []
    try:
        request = recorded_request(row)
        outcome = recorded_result(row)
    except (ValueError, KeyError, TypeError):
        return DrawCheck(row.number or "", False, (tr(
            "The stored pool snapshot or result can no longer be read: the record was "
            "changed."),))
    if drawing.pool_hash(request) != row.pool_hash:
        differences.append(tr("The stored pool snapshot does not give the recorded SHA-256: "
                              "the pool was changed after the draw."))
    differences.extend(str(text) for text in drawing.verify(request, outcome).differences
                       if str(text) not in differences)
    logged = _as_logged(session, row)
    for key in SEALED:
        if key in logged and logged[key] != getattr(row, key):
            differences.append(tr("The {field} differs from what the audit log recorded at the "
                                  "draw.").format(field=draw_field_labels().get(key, key)))
    if not logged:
        differences.append(tr("The audit log has no entry for this draw."))
    return DrawCheck(row.number or "", not differences, tuple(dict.fromkeys(differences)))


def verify_draw(db: Database, actor: Actor, ref: str) -> DrawCheck:
    """``jianguan draw verify``: whether a draw re-runs to its recorded result."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return check_draw(uow.session, load_draw(uow.session, ref))


# --- the register view of draws -------------------------------------------------------------

def _batch_title() -> Any:
    batches = InspectionBatch.__table__
    return select(batches.c.title).where(batches.c.id == InspectionDraw.batch_id) \
        .scalar_subquery()


register_table(TableSpec(
    key=DRAWS_TABLE,
    title=lambda: tr("Random draw records"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", InspectionDraw.number, width=130,
                   searchable=True, sort_expr=InspectionDraw.number_order),
        ColumnSpec("batch", lambda: tr("Batch"), "text", _batch_title(), width=220),
        ColumnSpec("drawn_on", lambda: tr("Drawn on"), "date", InspectionDraw.drawn_on,
                   width=100),
        ColumnSpec("seed", lambda: tr("Seed"), "text", InspectionDraw.seed, width=130,
                   searchable=True),
        ColumnSpec("pool_size", lambda: tr("Pool size"), "int", InspectionDraw.pool_size,
                   width=80),
        ColumnSpec("drawn_count", lambda: tr("Objects drawn"), "int",
                   InspectionDraw.drawn_count, width=80),
        ColumnSpec("status", lambda: tr("Status"), "enum", InspectionDraw.status, width=110,
                   labels=DrawStatus.value_labels),
        ColumnSpec("pool_hash", lambda: tr("Pool SHA-256"), "text", InspectionDraw.pool_hash,
                   width=200),
        ColumnSpec("redraw_reason", lambda: tr("Reason for the redraw"), "text",
                   InspectionDraw.redraw_reason, width=200),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime",
                   InspectionDraw.updated_at, width=140, visible=False),
    ),
    base_select=lambda: select(InspectionDraw.id),
    id_column=InspectionDraw.id,
    default_sort=(("number", "desc"),),
    deleted_column=InspectionDraw.deleted_at,
    empty_text=lambda: tr("No draws yet. Draw a batch of an approved plan on the plan page."),
))

