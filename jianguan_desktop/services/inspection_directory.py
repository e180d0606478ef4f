"""The three directories of 双随机、一公开: 抽查事项清单, 执法检查人员名录库 and 检查对象名录库.

Add, correct, delete (softly) and restore items, inspectors and objects, each checked at its
fields; their register views (an object's credit grade in force shown beside it) and history.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from sqlalchemy import String, case, func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.credit import CreditGrade
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.inspections import (
    BASIS_MAX,
    CODE_MAX,
    NAME_MAX,
    PHONE_MAX,
    REMARKS_MAX,
    TEXT_MAX,
    UNIT_MAX,
    InspectionItem,
    InspectionObject,
    Inspector,
)
from jianguan_desktop.db.records import OFFICE_KEY, TravellingRecord, check_version
from jianguan_desktop.domain.entity_codes import mask_id_number
from jianguan_desktop.domain.inspections import (
    RISK_HIGH,
    RISK_LOW,
    InspectorStatus,
    ItemType,
    ObjectKind,
    split_lines,
)
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.credit_grades import grade_labels, grades_in_force
from jianguan_desktop.services.inspections import (
    inspector_status_labels,
    item_type_labels,
    object_kind_labels,
    risk_labels,
)
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import delete_change, restore_change
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table
from jianguan_desktop.services.typed_values import raise_errors, typed_date

ITEMS_TABLE_KEY = "inspection_items"
INSPECTORS_TABLE_KEY = "inspectors"
OBJECTS_TABLE_KEY = "inspection_objects"
ENTITY_KINDS = frozenset(kind.value for kind in ObjectKind) - {ObjectKind.PROJECT.value}
YEAR_FIRST, YEAR_LAST = 2000, 2100
LOT_MAX = NAME_MAX

R = TypeVar("R", bound=TravellingRecord)


def trade_type_labels() -> dict[str, str]:
    """Stored trade type of a project → what users call it."""
    return {"construction": tr("Construction project bidding"),
            "procurement": tr("Government procurement"),
            "land_mineral": tr("Land and mining rights"),
            "state_assets": tr("State-owned property rights"), "other": tr("Other trading")}


def item_field_labels() -> dict[str, str]:
    """An item's fields as the form and the messages name them."""
    return {"code": tr("Item code"), "name": tr("Name of the item"),
            "item_type": tr("Type of item"),
            "ratio_cap": tr("Highest share drawn (%)"), "basis": tr("Legal basis"),
            "department": tr("Inspecting department"), "content": tr("What is inspected"),
            "method": tr("Method of inspection"), "object_kind": tr("Objects inspected"),
            "industry": tr("Industry"), "active": tr("In use"), "remarks": tr("Remarks")}


def inspector_field_labels() -> dict[str, str]:
    """An inspector's fields as the form and the messages name them."""
    return {"name": tr("Full name"), "unit": tr("Unit"), "cert_number": tr("Law-enforcement "
                                                                       "certificate number"),
            "specialties": tr("Specialties"), "status": tr("Status"), "phone": tr("Phone"),
            "related": tr("Related units and parties"), "recused": tr("Recused from"),
            "remarks": tr("Remarks")}


def object_field_labels() -> dict[str, str]:
    """An object's fields as the form and the messages name them."""
    return {"kind": tr("Kind of object"), "entity_id": tr("Market entity"),
            "name": tr("Name"), "code": tr("Code or project number"),
            "unit": tr("Unit checked for conflicts"), "industry": tr("Industry"),
            "risk": tr("Risk level"), "trade_type": tr("Trade type"), "lot": tr("Lot"),
            "amount": tr("Amount (yuan)"), "tenderer_name": tr("Tenderer or purchaser"),
            "agency_name": tr("Tendering agency"), "winner_name": tr("Winning bidder"),
            "opened_on": tr("Bids opened on"), "completed_on": tr("Completed on"),
            "active_year": tr("Last year of business"), "active": tr("In use"),
            "remarks": tr("Remarks")}


# --- plain data ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Recorded:
    """What every record of the directories carries: its id and version, whether deleted,
    who changed it last and when."""

    id: str
    version: int
    deleted: bool
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class ItemInfo(Recorded):
    """An item of the 抽查事项清单 as the window and the plans see it."""

    code: str
    name: str
    item_type: str
    item_type_label: str
    ratio_cap: int | None
    basis: str
    department: str
    content: str
    method: str
    object_kind: str
    object_kind_label: str
    industry: str
    active: bool
    remarks: str


@dataclass(frozen=True)
class InspectorInfo(Recorded):
    """A person of the 执法检查人员名录库; the multi-line fields one entry per line."""

    name: str
    unit: str
    cert_number: str
    specialties: tuple[str, ...]
    status: str
    status_label: str
    phone: str
    related: tuple[str, ...]
    recused: tuple[str, ...]
    remarks: str


@dataclass(frozen=True)
class ObjectInfo(Recorded):
    """An entity or project of the 检查对象名录库; ``grade`` the credit grade in force of its
    entity ('' when it has none)."""

    kind: str
    kind_label: str
    entity_id: str | None
    name: str
    code: str
    unit: str
    industry: str
    risk: int
    risk_label: str
    trade_type: str
    trade_type_label: str
    lot: str
    amount: int | None
    tenderer_name: str
    agency_name: str
    winner_name: str
    opened_on: date | None
    completed_on: date | None
    active_year: int | None
    active: bool
    remarks: str
    grade: str
    grade_label: str


def _bookkeeping(row: TravellingRecord) -> dict[str, Any]:
    return {"id": row.id, "version": row.version, "deleted": row.deleted_at is not None,
            "updated_at": row.updated_at, "updated_by": row.updated_by}


def item_info(row: InspectionItem) -> ItemInfo:
    """Plain data of an item row."""
    return ItemInfo(
        code=row.code, name=row.name, item_type=row.item_type,
        item_type_label=item_type_labels().get(row.item_type, row.item_type),
        ratio_cap=row.ratio_cap, basis=row.basis, department=row.department,
        content=row.content, method=row.method, object_kind=row.object_kind,
        object_kind_label=object_kind_labels().get(row.object_kind, row.object_kind),
        industry=row.industry, active=row.active, remarks=row.remarks, **_bookkeeping(row))


def inspector_info(row: Inspector) -> InspectorInfo:
    """Plain data of an inspector row."""
    return InspectorInfo(
        name=row.name, unit=row.unit, cert_number=row.cert_number,
        specialties=split_lines(row.specialties), status=row.status,
        status_label=inspector_status_labels().get(row.status, row.status), phone=row.phone,
        related=split_lines(row.related), recused=split_lines(row.recused),
        remarks=row.remarks, **_bookkeeping(row))


def object_info(row: InspectionObject, grade: str | None) -> ObjectInfo:
    """Plain data of an object row with its entity's grade in force (``None``: none)."""
    return ObjectInfo(
        kind=row.kind, kind_label=object_kind_labels().get(row.kind, row.kind),
        entity_id=row.entity_id, name=row.name, code=row.code, unit=row.unit,
        industry=row.industry, risk=row.risk, risk_label=risk_labels().get(row.risk, ""),
        trade_type=row.trade_type,
        trade_type_label=trade_type_labels().get(row.trade_type, row.trade_type),
        lot=row.lot, amount=row.amount, tenderer_name=row.tenderer_name,
        agency_name=row.agency_name, winner_name=row.winner_name, opened_on=row.opened_on,
        completed_on=row.completed_on, active_year=row.active_year, active=row.active,
        remarks=row.remarks, grade=grade or "", grade_label=grade_labels().get(grade or "", ""),
        **_bookkeeping(row))


def _object_shower(actor: Actor) -> Callable[[Session, InspectionObject], ObjectInfo]:
    """Plain data of an object as ``actor`` may see it: an expert's ID number masked for those
    who may not see ID numbers (as in the entity register)."""
    def show(session: Session, row: InspectionObject) -> ObjectInfo:
        grade = grades_in_force(session, [row.entity_id]).get(row.entity_id or "") \
            if row.entity_id else None
        info = object_info(row, grade)
        if row.kind == ObjectKind.EXPERT.value and not actor.can(Permission.VIEW_CONFIDENTIAL):
            info = replace(info, code=mask_id_number(row.code))
        return info
    return show


# --- checking what was typed --------------------------------------------------------------

class _Typed:
    """Reads the typed values of one record, gathering every wrong field for one error."""

    def __init__(self, values: Mapping[str, Any], labels: Mapping[str, str]) -> None:
        self.values = values
        self.labels = labels
        self.errors: dict[str, str] = {}

    def text(self, key: str, limit: int, required: bool = False) -> str:
        raw = self.values.get(key)
        text = " ".join(("" if raw is None else str(raw)).split())
        self._check_text(key, text, limit, required)
        return text

    def lines(self, key: str, limit: int = TEXT_MAX) -> str:
        """A one-entry-per-line field (entries may also be separated by 、 or commas)."""
        raw = self.values.get(key)
        if isinstance(raw, list | tuple):
            raw = "\n".join(str(part) for part in raw)
        text = "\n".join(split_lines("" if raw is None else str(raw)))
        self._check_text(key, text, limit, False)
        return text

    def _check_text(self, key: str, text: str, limit: int, required: bool) -> None:
        if required and not text:
            self.errors[key] = tr("Please fill in {field}.").format(field=self.labels[key])
        elif len(text) > limit:
            self.errors[key] = tr("“{label}” may have at most {count} characters; it has "
                                  "{length}.").format(label=self.labels[key], count=limit,
                                                      length=len(text))

    def choice(self, key: str, allowed: Mapping[str, str], default: str) -> str:
        raw = self.values.get(key)
        value = str(raw).strip() if raw not in (None, "") else default
        if value not in allowed:
            self.errors[key] = tr("Choose {field} from the list: {choices}.").format(
                field=self.labels[key], choices="、".join(allowed.values()))
        return value

    def whole(self, key: str, lowest: int, highest: int | None = None,
              required: bool = False) -> int | None:
        """A whole number between ``lowest`` and ``highest`` (thousands separators allowed)."""
        raw = self.values.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self.errors[key] = tr("Please fill in {field}.").format(field=self.labels[key])
            return None
        try:
            if isinstance(raw, bool):
                raise InvalidOperation
            number = Decimal(str(raw).strip().replace(",", "").replace("，", ""))
            if number != number.to_integral_value():
                raise InvalidOperation
        except InvalidOperation:
            self.errors[key] = tr("“{label}” must be a whole number.").format(
                label=self.labels[key])
            return None
        value = int(number)
        if value < lowest or (highest is not None and value > highest):
            self.errors[key] = (
                tr("“{label}” must be between {lowest} and {highest}.").format(
                    label=self.labels[key], lowest=lowest, highest=highest)
                if highest is not None else
                tr("“{label}” cannot be less than {lowest}.").format(
                    label=self.labels[key], lowest=lowest))
            return None
        return value

    def day(self, key: str) -> date | None:
        return typed_date(self.values, key, self.errors, self.labels[key])

    def flag(self, key: str, default: bool = True) -> bool:
        raw = self.values.get(key)
        return default if raw is None else bool(raw)

    def done(self) -> None:
        raise_errors(self.errors)


def normalized_code(text: str) -> str:
    """A 执法证号 or 项目编号 as stored: full-width characters made half-width, spaces dropped,
    upper case (as the Excel imports read codes)."""
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


@dataclass(frozen=True)
class _Checked:
    """Checked column values of a record, ready to be set on its row."""

    columns: dict[str, Any]


def check_item(values: Mapping[str, Any]) -> _Checked:
    """Check an item as typed: a name, a type, a cap of 1–100 % for a general item (a key
    item has none)."""
    typed = _Typed(values, item_field_labels())
    item_type = typed.choice("item_type", item_type_labels(), ItemType.GENERAL.value)
    columns: dict[str, Any] = {
        "code": typed.text("code", CODE_MAX), "name": typed.text("name", NAME_MAX, True),
        "item_type": item_type, "ratio_cap": None,
        "basis": typed.text("basis", BASIS_MAX),
        "department": typed.text("department", UNIT_MAX),
        "content": typed.text("content", TEXT_MAX), "method": typed.text("method", NAME_MAX),
        "object_kind": typed.choice("object_kind", object_kind_labels(),
                                    ObjectKind.PROJECT.value),
        "industry": typed.text("industry", CODE_MAX), "active": typed.flag("active"),
        "remarks": typed.text("remarks", REMARKS_MAX)}
    if item_type == ItemType.GENERAL.value:
        cap = typed.whole("ratio_cap", 1, 100)
        if cap is None and "ratio_cap" not in typed.errors:
            typed.errors["ratio_cap"] = tr(
                "A general item needs the highest share of a pool it may take, 1 to 100 %.")
        columns["ratio_cap"] = cap
    typed.done()
    return _Checked(columns)


def check_inspector(values: Mapping[str, Any]) -> _Checked:
    """Check an inspector as typed: a name, a 执法证号, a status; lists one entry per line."""
    typed = _Typed(values, inspector_field_labels())
    columns = {
        "name": typed.text("name", CODE_MAX, True), "unit": typed.text("unit", UNIT_MAX),
        "cert_number": normalized_code(typed.text("cert_number", CODE_MAX, True)),
        "specialties": typed.lines("specialties"),
        "status": typed.choice("status", inspector_status_labels(),
                               InspectorStatus.ACTIVE.value),
        "phone": typed.text("phone", PHONE_MAX), "related": typed.lines("related"),
        "recused": typed.lines("recused"), "remarks": typed.text("remarks", REMARKS_MAX)}
    typed.done()
    return _Checked(columns)


def check_object(values: Mapping[str, Any]) -> _Checked:
    """Check an object as typed (its entity is looked up when saved): a kind, a risk of 1–3;
    a project its name and 项目编号, a whole amount of yuan, opened no later than completed."""
    typed = _Typed(values, object_field_labels())
    kind = typed.choice("kind", object_kind_labels(), "")
    raw_entity = values.get("entity_id")
    entity_id = str(raw_entity).strip() if raw_entity else None
    project = kind == ObjectKind.PROJECT.value
    columns: dict[str, Any] = {
        "kind": kind, "entity_id": entity_id,
        "name": typed.text("name", NAME_MAX * 2, project),
        "code": normalized_code(typed.text("code", CODE_MAX, project)),
        "unit": typed.text("unit", UNIT_MAX), "industry": typed.text("industry", CODE_MAX),
        "risk": typed.whole("risk", RISK_LOW, RISK_HIGH) or 2,
        "trade_type": "", "lot": typed.text("lot", LOT_MAX),
        "amount": typed.whole("amount", 0),
        "tenderer_name": typed.text("tenderer_name", NAME_MAX),
        "agency_name": typed.text("agency_name", NAME_MAX),
        "winner_name": typed.text("winner_name", NAME_MAX),
        "opened_on": typed.day("opened_on"), "completed_on": typed.day("completed_on"),
        "active_year": typed.whole("active_year", YEAR_FIRST, YEAR_LAST),
        "active": typed.flag("active"), "remarks": typed.text("remarks", REMARKS_MAX)}
    if values.get("trade_type"):
        columns["trade_type"] = typed.choice("trade_type", trade_type_labels(), "")
    if project and "code" in typed.errors and not columns["code"]:
        typed.errors["code"] = tr("Please fill in the project number (项目编号).")
    opened, completed = columns["opened_on"], columns["completed_on"]
    if opened and completed and opened > completed:
        typed.errors["completed_on"] = tr("A project cannot be completed before its bids were "
                                          "opened ({day}).").format(day=opened.isoformat())
    if kind in ENTITY_KINDS and not entity_id:
        typed.errors["entity_id"] = tr("Choose the entity from the register of market "
                                       "entities (register it there first if it is missing).")
    typed.done()
    if not project:
        columns["opened_on"] = columns["completed_on"] = None
    if project and not columns["unit"]:
        columns["unit"] = columns["tenderer_name"]
    return _Checked(columns)


# --- rules that need the database --------------------------------------------------------

def _office(session: Session) -> str:
    return str(session.info.get(OFFICE_KEY) or "")


def _live(model: type[R], session: Session) -> Any:
    return select(model).where(model.office_code == _office(session),  # type: ignore[attr-defined]
                               model.deleted_at.is_(None))  # type: ignore[attr-defined]


def cert_holder(session: Session, cert_number: str) -> Inspector | None:
    """The live inspector of this office holding ``cert_number``."""
    return session.execute(_live(Inspector, session).where(
        Inspector.cert_number == cert_number)).scalars().first()


def _refuse_cert(session: Session, row: Inspector | None, cert_number: str) -> None:
    holder = cert_holder(session, cert_number)
    if holder is not None and holder is not row:
        raise ConflictError(tr(
            "The certificate number {number} is already registered for {name} ({unit}); one "
            "certificate belongs to one person.").format(
                number=cert_number, name=holder.name, unit=holder.unit or "—"),
            field="cert_number")


def project_holder(session: Session, code: str) -> InspectionObject | None:
    """The live project object of this office numbered ``code``."""
    return session.execute(_live(InspectionObject, session).where(
        InspectionObject.kind == ObjectKind.PROJECT.value,
        InspectionObject.code == code)).scalars().first()


def entity_holder(session: Session, entity_id: str) -> InspectionObject | None:
    """The live entity object of this office made from the entity ``entity_id``."""
    return session.execute(_live(InspectionObject, session).where(
        InspectionObject.kind != ObjectKind.PROJECT.value,
        InspectionObject.entity_id == entity_id)).scalars().first()


def _refuse_object_twin(session: Session, row: InspectionObject) -> None:
    if row.kind == ObjectKind.PROJECT.value:
        holder = project_holder(session, row.code)
        if holder is not None and holder is not row:
            raise ConflictError(tr(
                "The project number {code} is already in the directory for “{name}”.").format(
                    code=row.code, name=holder.name), field="code")
    elif row.entity_id:
        holder = entity_holder(session, row.entity_id)
        if holder is not None and holder is not row:
            raise ConflictError(tr(
                "“{name}” is already in the directory of objects; correct that record "
                "instead.").format(name=holder.name), field="entity_id")


def _entity(session: Session, entity_id: str) -> Entity:
    entity = session.get(Entity, entity_id)
    if (entity is None or entity.deleted_at is not None
            or entity.office_code != _office(session)):
        raise ValidationError(tr("This entity is no longer in the register of market entities; "
                                 "choose another."), field="entity_id")
    return entity


def _fill_from_entity(session: Session, columns: dict[str, Any]) -> None:
    """An entity object takes its name, code and kind from the entity register; a project's
    entity (its 中标人 or 供应商) gives the winner's name when none was typed."""
    if not columns["entity_id"]:
        return
    entity = _entity(session, columns["entity_id"])
    if columns["kind"] == ObjectKind.PROJECT.value:
        columns["winner_name"] = columns["winner_name"] or entity.name
        return
    if entity.kind not in ENTITY_KINDS:
        raise ValidationError(tr(
            "“{name}” is a natural person, not a tenderer, bidder, agency or expert; only "
            "those are inspected.").format(name=entity.name), field="entity_id")
    columns.update(kind=entity.kind, name=entity.name, code=entity.code)
    if entity.kind != ObjectKind.EXPERT.value:  # an expert's unit is the employer typed
        columns["unit"] = entity.name


def _set(row: TravellingRecord, checked: _Checked) -> None:
    for key, value in checked.columns.items():
        setattr(row, key, value)


# --- writing inside an open transaction (the forms and the imports) ----------------------

def add_item(session: Session, checked: _Checked) -> InspectionItem:
    """Add a checked item inside an open transaction."""
    row = InspectionItem()
    _set(row, checked)
    session.add(row)
    return row


def save_inspector(session: Session, checked: _Checked,
                   row: Inspector | None = None) -> Inspector:
    """Add (or, given ``row``, change) a checked inspector; a certificate number held by
    another live inspector is refused naming that person."""
    _refuse_cert(session, row, checked.columns["cert_number"])
    if row is None:
        row = Inspector()
        session.add(row)
    _set(row, checked)
    return row


def save_object(session: Session, checked: _Checked,
                row: InspectionObject | None = None) -> InspectionObject:
    """Add (or change) a checked object: its entity looked up, a second live object for the
    same entity or project number refused."""
    columns = dict(checked.columns)
    with session.no_autoflush:  # an import or the demo flushes its rows in batches
        _fill_from_entity(session, columns)
        if row is None:
            row = InspectionObject()
            session.add(row)
        _set(row, _Checked(columns))
        _refuse_object_twin(session, row)
    return row


# --- the use cases ------------------------------------------------------------------------

Info = TypeVar("Info")


@dataclass(frozen=True)
class _Directory(Generic[Info]):
    """One directory's use cases: check, save and show its records, each user action one
    transaction (an outdated copy refused, nothing written half)."""

    model: type[TravellingRecord]
    gone: Callable[[], str]
    check: Callable[[Mapping[str, Any]], _Checked]
    save: Callable[[Session, _Checked, Any], Any]
    shower: Callable[[Actor], Callable[[Session, Any], Info]]
    restorable: Callable[[Session, Any], None] | None = None

    def loader(self, record_id: str, include_deleted: bool = False) -> Callable[[Session], Any]:
        def load(session: Session) -> Any:
            row = session.get(self.model, record_id)
            if row is None or (row.deleted_at is not None and not include_deleted):
                raise NotFoundError(self.gone())
            return row
        return load

    def _change(self, db: Database, actor: Actor, load: Callable[[Session], Any],
                expected_version: int | None, change: Callable[[Session, Any], Any]) -> Info:
        require(actor, Permission.WRITE)
        show = self.shower(actor)
        with db.uow(actor) as uow:
            row = load(uow.session)
            if row is not None:
                check_version(row, expected_version)
            row = change(uow.session, row) or row
            uow.flush()
            info = show(uow.session, row)
            uow.commit()
        return info

    def create(self, db: Database, actor: Actor, values: Mapping[str, Any]) -> Info:
        checked = self.check(values)
        return self._change(db, actor, lambda _session: None, None,
                            lambda session, _row: self.save(session, checked, None))

    def update(self, db: Database, actor: Actor, record_id: str, values: Mapping[str, Any],
               expected_version: int | None = None) -> Info:
        checked = self.check(values)
        return self._change(db, actor, self.loader(record_id), expected_version,
                            lambda session, row: self.save(session, checked, row))

    def get(self, db: Database, actor: Actor, record_id: str,
            include_deleted: bool = False) -> Info:
        require(actor, Permission.READ)
        with db.uow(actor, readonly=True) as uow:
            return self.shower(actor)(uow.session,
                                      self.loader(record_id, include_deleted)(uow.session))

    def delete(self, db: Database, actor: Actor, record_id: str,
               expected_version: int | None = None) -> Info:
        return self._change(db, actor, self.loader(record_id), expected_version,
                            delete_change())

    def restore(self, db: Database, actor: Actor, record_id: str) -> Info:
        return self._change(db, actor, self.loader(record_id, True), None,
                            restore_change(self.restorable))


def _plain(show: Callable[[Any], Info]) -> Callable[[Actor], Callable[[Session, Any], Info]]:
    return lambda _actor: lambda _session, row: show(row)


def _save_item(session: Session, checked: _Checked, row: InspectionItem | None
               ) -> InspectionItem:
    if row is None:
        return add_item(session, checked)
    _set(row, checked)
    return row


def _refuse_cert_of(session: Session, row: Inspector) -> None:
    _refuse_cert(session, row, row.cert_number)


ITEMS: _Directory[ItemInfo] = _Directory(
    InspectionItem,
    lambda: tr("This inspection item no longer exists; it may have been deleted."),
    check_item, _save_item, _plain(item_info))
INSPECTORS: _Directory[InspectorInfo] = _Directory(
    Inspector,
    lambda: tr("This inspector is no longer in the directory; the record may have been "
               "deleted."),
    check_inspector, save_inspector, _plain(inspector_info), _refuse_cert_of)
OBJECTS: _Directory[ObjectInfo] = _Directory(
    InspectionObject,
    lambda: tr("This object is no longer in the directory; the record may have been deleted."),
    check_object, save_object, _object_shower, _refuse_object_twin)


# The use cases, by directory: create(db, actor, values), update(db, actor, id, values,
# expected_version=None), get(db, actor, id, include_deleted=False), delete(db, actor, id,
# expected_version=None) and restore(db, actor, id). A deleted record stays in the database;
# an inspector is restored unless the certificate number was given to another person
# meanwhile, an object unless its project number or entity was entered again.
create_item, update_item, get_item = ITEMS.create, ITEMS.update, ITEMS.get
delete_item, restore_item = ITEMS.delete, ITEMS.restore
create_inspector, update_inspector, get_inspector = (INSPECTORS.create, INSPECTORS.update,
                                                     INSPECTORS.get)
delete_inspector, restore_inspector = INSPECTORS.delete, INSPECTORS.restore
create_object, update_object, get_object = OBJECTS.create, OBJECTS.update, OBJECTS.get
delete_object, restore_object = OBJECTS.delete, OBJECTS.restore


# --- the register views and the history --------------------------------------------------

def _grade_in_force() -> Any:
    """The grade in force today of an object's entity, for the list (NULL when none)."""
    return (select(CreditGrade.grade)
            .where(CreditGrade.entity_id == InspectionObject.entity_id,
                   CreditGrade.deleted_at.is_(None),
                   CreditGrade.graded_on <= func.current_date())
            .order_by(CreditGrade.graded_on.desc(), CreditGrade.created_at.desc())
            .limit(1).correlate(InspectionObject).scalar_subquery())


def _shown_code() -> Any:
    """The code as the list shows it: an expert's ID number masked (``410526********0031``;
    the entity register shows it in clear to those who may see it)."""
    code = InspectionObject.code
    masked = func.substr(code, 1, 6, type_=String) + "********" + func.substr(
        code, 15, type_=String)
    return case((InspectionObject.kind == ObjectKind.EXPERT.value, masked), else_=code)


def _register_view(key: str, title: Callable[[], str], model: Any,
                   columns: tuple[ColumnSpec, ...], sort: tuple[tuple[str, str], ...],
                   empty_text: Callable[[], str]) -> TableSpec:
    """A directory's register view: its columns, then when each row was changed and (shown
    with deleted records) deleted; live rows by default."""
    return register_table(TableSpec(
        key=key, title=title,
        columns=(*columns,
                 ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime",
                            model.updated_at, width=140, visible=False),
                 ColumnSpec("deleted_at", lambda: tr("Deleted at"), "datetime",
                            model.deleted_at, width=140, visible=False)),
        base_select=lambda: select(model.id), id_column=model.id, default_sort=sort,
        permission=Permission.READ, deleted_column=model.deleted_at, empty_text=empty_text))


_register_view(
    ITEMS_TABLE_KEY, lambda: tr("Inspection items"), InspectionItem,
    (
        ColumnSpec("code", lambda: tr("Item code"), "text", InspectionItem.code, width=90,
                   searchable=True),
        ColumnSpec("name", lambda: tr("Name of the item"), "text", InspectionItem.name,
                   width=260, searchable=True),
        ColumnSpec("item_type", lambda: tr("Type of item"), "enum", InspectionItem.item_type,
                   width=90, labels=item_type_labels),
        ColumnSpec("ratio_cap", lambda: tr("Highest share drawn (%)"), "int",
                   InspectionItem.ratio_cap, width=90),
        ColumnSpec("object_kind", lambda: tr("Objects inspected"), "enum",
                   InspectionItem.object_kind, width=110, labels=object_kind_labels),
        ColumnSpec("industry", lambda: tr("Industry"), "text", InspectionItem.industry,
                   width=100, searchable=True),
        ColumnSpec("department", lambda: tr("Inspecting department"), "text",
                   InspectionItem.department, width=160, searchable=True),
        ColumnSpec("basis", lambda: tr("Legal basis"), "text", InspectionItem.basis,
                   width=260, searchable=True),
        ColumnSpec("method", lambda: tr("Method of inspection"), "text",
                   InspectionItem.method, width=140),
        ColumnSpec("active", lambda: tr("In use"), "bool", InspectionItem.active, width=60),
    ),
    (("name", "asc"),),
    lambda: tr("The list of inspection items is empty. Click “New” to add an item with its "
               "legal basis, or “Import” to take the list over from Excel."))

_register_view(
    INSPECTORS_TABLE_KEY, lambda: tr("Law-enforcement inspectors"), Inspector,
    (
        ColumnSpec("name", lambda: tr("Full name"), "text", Inspector.name, width=90,
                   searchable=True),
        ColumnSpec("unit", lambda: tr("Unit"), "text", Inspector.unit, width=200,
                   searchable=True),
        ColumnSpec("cert_number", lambda: tr("Law-enforcement certificate number"), "text",
                   Inspector.cert_number, width=150, searchable=True),
        ColumnSpec("specialties", lambda: tr("Specialties"), "text", Inspector.specialties,
                   width=200, searchable=True),
        ColumnSpec("status", lambda: tr("Status"), "enum", Inspector.status, width=80,
                   labels=inspector_status_labels),
        ColumnSpec("phone", lambda: tr("Phone"), "text", Inspector.phone, width=110),
        ColumnSpec("related", lambda: tr("Related units and parties"), "text",
                   Inspector.related, width=200, visible=False, searchable=True),
        ColumnSpec("recused", lambda: tr("Recused from"), "text", Inspector.recused,
                   width=160, visible=False),
    ),
    (("unit", "asc"), ("name", "asc")),
    lambda: tr("No inspectors are registered yet. Click “New” to add a person with a "
               "law-enforcement certificate, or “Import” to take the directory over from "
               "Excel."))

_register_view(
    OBJECTS_TABLE_KEY, lambda: tr("Objects of inspection"), InspectionObject,
    (
        ColumnSpec("kind", lambda: tr("Kind of object"), "enum", InspectionObject.kind,
                   width=110, labels=object_kind_labels),
        ColumnSpec("name", lambda: tr("Name"), "text", InspectionObject.name, width=280,
                   searchable=True),
        ColumnSpec("code", lambda: tr("Code or project number"), "text", _shown_code(),
                   width=160, searchable=True),
        ColumnSpec("industry", lambda: tr("Industry"), "text", InspectionObject.industry,
                   width=90, searchable=True),
        ColumnSpec("risk", lambda: tr("Risk level"), "enum", InspectionObject.risk, width=60,
                   labels=risk_labels),
        ColumnSpec("grade", lambda: tr("Credit grade"), "enum", _grade_in_force(), width=110,
                   labels=grade_labels),
        ColumnSpec("completed_on", lambda: tr("Completed on"), "date",
                   InspectionObject.completed_on, width=95),
        ColumnSpec("amount", lambda: tr("Amount (yuan)"), "decimal", InspectionObject.amount,
                   width=120),
        ColumnSpec("tenderer_name", lambda: tr("Tenderer or purchaser"), "text",
                   InspectionObject.tenderer_name, width=160, searchable=True),
        ColumnSpec("winner_name", lambda: tr("Winning bidder"), "text",
                   InspectionObject.winner_name, width=180, visible=False, searchable=True),
        ColumnSpec("agency_name", lambda: tr("Tendering agency"), "text",
                   InspectionObject.agency_name, width=180, visible=False, searchable=True),
        ColumnSpec("lot", lambda: tr("Lot"), "text", InspectionObject.lot, width=100,
                   visible=False),
        ColumnSpec("unit", lambda: tr("Unit checked for conflicts"), "text",
                   InspectionObject.unit, width=160, visible=False),
        ColumnSpec("active_year", lambda: tr("Last year of business"), "int",
                   InspectionObject.active_year, width=80, visible=False),
    ),
    (("completed_on", "desc"), ("name", "asc")),
    lambda: tr("The directory of objects is empty. Click “New” to add a project or an "
               "entity from the register, or “Import” to take a list over from Excel."))

register_record_labels(
    "inspection_items", lambda: tr("Inspection item"), item_field_labels,
    formatters={"item_type": lambda value: item_type_labels().get(value, str(value)),
                "object_kind": lambda value: object_kind_labels().get(value, str(value))})
register_record_labels(
    "inspectors", lambda: tr("Law-enforcement inspector"), inspector_field_labels,
    formatters={"status": lambda value: inspector_status_labels().get(value, str(value))})
register_record_labels(
    "inspection_objects", lambda: tr("Object of inspection"), object_field_labels,
    formatters={"kind": lambda value: object_kind_labels().get(value, str(value)),
                "risk": lambda value: risk_labels().get(value, str(value)),
                "trade_type": lambda value: trade_type_labels().get(value, str(value))})
