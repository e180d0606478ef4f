"""The liaison directory (联络通讯录): member units, their 权责清单, and who held the 责任领导 and
联络员 posts from when, with the three working days a change has to reach the office.

Every change of a post is a new :class:`LiaisonAssignment` row that ends the one before it, so
the directory can be read as it stood on any day (:func:`directory_on`). A change is dated the
day it was decided (调整确定); it must be reported within the setting's working days (海口
(十七), 鹤岗 一(二): 3 working days), counted in the working-day calendar; one reported later is
kept and shown late. Units without a liaison, or with a vacant post, are on the home page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, object_session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.liaison import (
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    SHORT_MAX,
    TEXT_MAX,
    LiaisonAssignment,
    MemberUnit,
    UnitDuty,
)
from jianguan_desktop.db.records import OFFICE_KEY, restore, soft_delete
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.liaison import (
    Role,
    UnitKind,
    check_email,
    check_landline,
    check_mobile,
    normalized_phone,
)
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.workdays import Deadline
from jianguan_desktop.errors import NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.due import DueItem, register_due_provider
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record
from jianguan_desktop.services.settings import (
    SettingDef,
    SettingGroup,
    get_setting,
    register_setting,
    register_setting_group,
)
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table
from jianguan_desktop.services.typed_values import raise_errors, typed_date

GROUP = "liaison"
register_setting_group(SettingGroup(GROUP, lambda: tr("Liaison and joint meetings"), 500))

REPORT_WORKDAYS = register_setting(SettingDef(
    "liaison.report_workdays", 3,
    lambda: tr("A change of leader or liaison is reported within"),
    lambda: tr("海口 (十七); 鹤岗 一(二): within 3 working days of the change being decided"),
    minimum=1, maximum=30, unit=lambda: tr("working days"), group=GROUP))

UNITS_TABLE_KEY = "member_units"
CHANGES_TABLE_KEY = "liaison_changes"


def _today(today: date | None) -> date:
    return today or date.today()


# --- labels ---------------------------------------------------------------------------------

def unit_kind_labels() -> dict[str, str]:
    """Stored kind of unit → its name."""
    return UnitKind.value_labels()


def role_labels() -> dict[str, str]:
    """Stored post → its name (责任领导, 联络员)."""
    return Role.value_labels()


def unit_field_labels() -> dict[str, str]:
    """The fields of a member unit as the form and the history name them."""
    return {"name": tr("Name of the unit"), "short_name": tr("Short name"),
            "kind": tr("Kind of unit"), "convener": tr("Convening unit"),
            "address": tr("Address"), "duty_phone": tr("Duty phone"), "fax": tr("Fax"),
            "email": tr("E-mail"), "sort_order": tr("Order in the directory"),
            "active": tr("Member"), "remarks": tr("Remarks")}


def person_field_labels() -> dict[str, str]:
    """The fields of a post's holder as the form and the history name them."""
    return {"unit_id": tr("Unit"), "role": tr("Post"), "name": tr("Full name"),
            "post": tr("Position"), "office_phone": tr("Office phone"),
            "mobile": tr("Mobile"), "email": tr("E-mail"), "vacant": tr("Post vacant"),
            "decided_on": tr("Change decided on"), "report_due": tr("To be reported by"),
            "reported_on": tr("Reported on"), "ended_on": tr("Replaced on"),
            "remarks": tr("Remarks")}


def duty_field_labels() -> dict[str, str]:
    """The fields of an item of a unit's 权责清单."""
    return {"unit_id": tr("Unit"), "matter": tr("Matter"), "basis": tr("Legal basis"),
            "department": tr("Department in charge")}


# --- plain data -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonInfo:
    """One holder of a post, from the day the change was decided."""

    id: str
    unit_id: str
    unit_name: str
    role: str
    role_label: str
    name: str
    post: str
    office_phone: str
    mobile: str
    email: str
    vacant: bool
    decided_on: date
    report_due: date | None
    reported_on: date | None
    ended_on: date | None
    remarks: str
    version: int
    late_days: int  # working days the report came late (0: on time or not yet due)
    report_explanation: str = ""

    @property
    def late(self) -> bool:
        """Whether the change reached the office after its deadline."""
        return self.late_days > 0

    @property
    def current(self) -> bool:
        """Whether this holder has not been replaced."""
        return self.ended_on is None

    @property
    def shown_name(self) -> str:
        """The name, or 空缺 for a vacant post."""
        return tr("(vacant)") if self.vacant else self.name


@dataclass(frozen=True)
class DutyInfo:
    """An item of a unit's 权责清单."""

    id: str
    unit_id: str
    matter: str
    basis: str
    department: str
    version: int


@dataclass(frozen=True)
class UnitInfo:
    """A member unit with the holders of its two posts on a day and its duties."""

    id: str
    name: str
    short_name: str
    kind: str
    kind_label: str
    convener: bool
    address: str
    duty_phone: str
    fax: str
    email: str
    sort_order: int
    active: bool
    remarks: str
    version: int
    deleted: bool
    office_code: str
    leader: PersonInfo | None = None
    liaison: PersonInfo | None = None
    duties: tuple[DutyInfo, ...] = field(default=())

    @property
    def missing_posts(self) -> tuple[str, ...]:
        """The names of the posts with nobody in them (never filled, or vacant)."""
        return tuple(role.label for role, person in ((Role.LEADER, self.leader),
                                                     (Role.LIAISON, self.liaison))
                     if person is None or person.vacant)


def _deadline(session: Session, decided_on: date) -> Deadline:
    return load_calendar(session).add_workdays(
        decided_on, int(get_setting(session, REPORT_WORKDAYS.key)),
        label=tr("reporting time limit"), event=tr("change decided"))


def person_info(session: Session, row: LiaisonAssignment, unit_name: str = "") -> PersonInfo:
    """A holder of a post as plain data, with how late its report was."""
    late = 0
    explanation = ""
    if row.report_due is not None:
        explanation = _deadline(session, row.decided_on).explanation
        if row.reported_on is not None and row.reported_on > row.report_due:
            late = load_calendar(session).workdays_between(row.report_due, row.reported_on)
    if not unit_name:
        unit = session.get(MemberUnit, row.unit_id)
        unit_name = unit.name if unit is not None else ""
    return PersonInfo(
        row.id, row.unit_id, unit_name, row.role, role_labels().get(row.role, row.role),
        row.name, row.post, row.office_phone, row.mobile, row.email, row.vacant,
        row.decided_on, row.report_due, row.reported_on, row.ended_on, row.remarks,
        row.version, late, explanation)


def holders_on(session: Session, day: date, unit_ids: Iterable[str] | None = None
               ) -> dict[tuple[str, str], LiaisonAssignment]:
    """(unit id, post) → the row in force on ``day`` (decided by then, not yet replaced)."""
    query = select(LiaisonAssignment).where(
        LiaisonAssignment.deleted_at.is_(None), LiaisonAssignment.decided_on <= day,
        or_(LiaisonAssignment.ended_on.is_(None), LiaisonAssignment.ended_on > day))
    if unit_ids is not None:
        query = query.where(LiaisonAssignment.unit_id.in_(list(unit_ids)))
    found: dict[tuple[str, str], LiaisonAssignment] = {}
    for row in session.execute(query.order_by(LiaisonAssignment.decided_on,
                                              LiaisonAssignment.created_at)).scalars():
        found[(row.unit_id, row.role)] = row  # the latest decided wins a same-day tie
    return found


def unit_info(session: Session, row: MemberUnit, day: date | None = None,
              with_duties: bool = True) -> UnitInfo:
    """A unit as plain data, with its posts' holders on ``day`` (default today)."""
    on = _today(day)
    held = holders_on(session, on, [row.id])
    duties: tuple[DutyInfo, ...] = ()
    if with_duties:
        duties = tuple(DutyInfo(duty.id, duty.unit_id, duty.matter, duty.basis,
                                duty.department, duty.version)
                       for duty in session.execute(select(UnitDuty).where(
                           UnitDuty.unit_id == row.id, UnitDuty.deleted_at.is_(None))
                           .order_by(UnitDuty.created_at)).scalars())

    def holder(role: Role) -> PersonInfo | None:
        found = held.get((row.id, role.value))
        return person_info(session, found, row.name) if found is not None else None

    return UnitInfo(
        row.id, row.name, row.short_name, row.kind, unit_kind_labels().get(row.kind, row.kind),
        row.convener, row.address, row.duty_phone, row.fax, row.email, row.sort_order,
        row.active, row.remarks, row.version, row.deleted_at is not None, row.office_code,
        holder(Role.LEADER), holder(Role.LIAISON), duties)


# --- checks ---------------------------------------------------------------------------------

def _text(values: Mapping[str, Any], key: str, limit: int, errors: dict[str, str],
          required: Callable[[], str] | None = None) -> str:
    text = str(values.get(key) or "").strip()
    if not text and required is not None:
        errors[key] = required()
    elif len(text) > limit:
        errors[key] = tr("At most {count} characters.").format(count=limit)
    return text


def _phone(values: Mapping[str, Any], key: str, errors: dict[str, str],
           check: Callable[[str], str | None]) -> str:
    text = _text(values, key, PHONE_MAX, errors)
    problem = check(text)
    if problem:
        errors[key] = problem
        return text
    return normalized_phone(text) if text else ""


def _email(values: Mapping[str, Any], key: str, errors: dict[str, str]) -> str:
    text = _text(values, key, EMAIL_MAX, errors)
    problem = check_email(text)
    if problem:
        errors[key] = problem
    return text


def _flag(value: Any, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "是", "y")
    return bool(value)


def check_unit_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """A unit's fields, checked (every wrong one named at its field)."""
    errors: dict[str, str] = {}
    kind = str(values.get("kind") or UnitKind.SUPERVISION.value)
    if kind not in unit_kind_labels():
        errors["kind"] = tr("Choose the kind of unit from the list.")
    order = values.get("sort_order") or 0
    try:
        order = int(order)
    except (TypeError, ValueError):
        errors["sort_order"] = tr("Give a whole number.")
        order = 0
    checked = {
        "name": _text(values, "name", NAME_MAX, errors, lambda: tr("Give the unit's full name.")),
        "short_name": _text(values, "short_name", SHORT_MAX, errors), "kind": kind,
        "convener": _flag(values.get("convener")),
        "address": _text(values, "address", NAME_MAX, errors),
        "duty_phone": _phone(values, "duty_phone", errors, check_landline),
        "fax": _phone(values, "fax", errors, check_landline),
        "email": _email(values, "email", errors), "sort_order": order,
        "active": _flag(values.get("active"), default=True),
        "remarks": _text(values, "remarks", TEXT_MAX, errors),
    }
    raise_errors(errors)
    return checked


def check_person_values(values: Mapping[str, Any], today: date) -> dict[str, Any]:
    """The fields of a change of post, checked: a holder needs a name and a telephone; the
    change is decided on a day not to come, and reported on or after it."""
    errors: dict[str, str] = {}
    labels = person_field_labels()
    vacant = _flag(values.get("vacant"))
    checked: dict[str, Any] = {
        "name": _text(values, "name", SHORT_MAX, errors,
                      None if vacant else (lambda: tr("Give the person's name, or tick “Post "
                                                       "vacant”."))),
        "post": _text(values, "post", NAME_MAX, errors),
        "office_phone": _phone(values, "office_phone", errors, check_landline),
        "mobile": _phone(values, "mobile", errors, check_mobile),
        "email": _email(values, "email", errors), "vacant": vacant,
        "remarks": _text(values, "remarks", TEXT_MAX, errors),
    }
    if vacant:
        checked |= {"name": "", "post": "", "office_phone": "", "mobile": "", "email": ""}
    elif not checked["office_phone"] and not checked["mobile"] and not (
            errors.get("office_phone") or errors.get("mobile")):
        errors["mobile"] = tr("Give at least one telephone number: the mobile or the office "
                              "phone.")
    decided = typed_date(values, "decided_on", errors, labels["decided_on"], required=True)
    reported = typed_date(values, "reported_on", errors, labels["reported_on"])
    if decided is not None and decided > today:
        errors["decided_on"] = tr("The change cannot be decided on a day to come.")
    if reported is not None and reported > today:
        errors["reported_on"] = tr("The report cannot be dated on a day to come.")
    if decided is not None and reported is not None and reported < decided \
            and "reported_on" not in errors:
        errors["reported_on"] = tr("The change cannot be reported before it was decided "
                                   "({day}).").format(day=format_cn_date(decided))
    raise_errors(errors)
    checked["decided_on"] = decided
    checked["reported_on"] = reported
    return checked


# --- units ----------------------------------------------------------------------------------

def _office(session: Session) -> str:
    return str(session.info.get(OFFICE_KEY, ""))


def load_unit(session: Session, unit_id: str, include_deleted: bool = False) -> MemberUnit:
    """A unit by id (``NotFoundError`` when there is none)."""
    row = session.get(MemberUnit, unit_id)
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(tr("This member unit no longer exists; it may have been deleted."))
    return row


def _one_convener(session: Session, row: MemberUnit) -> None:
    """Marking a unit as the convener unmarks the office's other one (there is one 牵头单位)."""
    if not row.convener:
        return
    for other in session.execute(select(MemberUnit).where(
            MemberUnit.convener.is_(True), MemberUnit.id != row.id,
            MemberUnit.deleted_at.is_(None),
            MemberUnit.office_code == _office(session))).scalars():
        other.convener = False


def _refuse_twin(session: Session, row: MemberUnit) -> None:
    twin = session.execute(select(MemberUnit.id).where(
        MemberUnit.name == row.name, MemberUnit.id != row.id, MemberUnit.deleted_at.is_(None),
        MemberUnit.office_code == _office(session))).first()
    if twin is not None:
        raise ValidationError(tr("“{name}” is already a member unit.").format(name=row.name),
                              field="name")


def create_unit(db: Database, actor: Actor, values: Mapping[str, Any]) -> UnitInfo:
    """Add a member unit (one transaction)."""
    require(actor, Permission.WRITE)
    checked = check_unit_values(values)
    with db.uow(actor) as uow:
        session = uow.session
        if not values.get("sort_order"):
            checked["sort_order"] = int(session.execute(select(func.max(
                MemberUnit.sort_order)).where(MemberUnit.deleted_at.is_(None))).scalar() or 0) + 1
        row = MemberUnit(**checked)
        session.add(row)
        session.flush()
        _refuse_twin(session, row)
        _one_convener(session, row)
        uow.flush()
        info = unit_info(session, row)
        uow.commit()
    return info


def _shown_unit(row: MemberUnit) -> UnitInfo:
    return unit_info(_session_of(row), row)


def _session_of(row: Any) -> Session:
    session = object_session(row)
    assert session is not None
    return session


def update_unit(db: Database, actor: Actor, unit_id: str, values: Mapping[str, Any],
                expected_version: int | None = None) -> UnitInfo:
    """Correct a unit's fields."""
    checked = check_unit_values(values)

    def change(session: Session, row: MemberUnit) -> None:
        for key, value in checked.items():
            setattr(row, key, value)
        session.flush()
        _refuse_twin(session, row)
        _one_convener(session, row)

    return change_record(db, actor, Permission.WRITE, lambda s: load_unit(s, unit_id), change,
                         _shown_unit, expected_version)


def delete_unit(db: Database, actor: Actor, unit_id: str,
                expected_version: int | None = None) -> UnitInfo:
    """Delete a unit softly (its people and duties stay, for the history)."""
    return change_record(db, actor, Permission.WRITE, lambda s: load_unit(s, unit_id),
                         lambda session, row: soft_delete(row, session), _shown_unit,
                         expected_version)


def restore_unit(db: Database, actor: Actor, unit_id: str) -> UnitInfo:
    """Bring a deleted unit back."""
    def change(session: Session, row: MemberUnit) -> None:
        restore(row)
        session.flush()
        _refuse_twin(session, row)

    return change_record(db, actor, Permission.WRITE,
                         lambda s: load_unit(s, unit_id, include_deleted=True), change,
                         _shown_unit)


def get_unit(db: Database, actor: Actor, unit_id: str, on: date | None = None) -> UnitInfo:
    """One unit with its posts' holders on ``on`` and its duties."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return unit_info(uow.session, load_unit(uow.session, unit_id, include_deleted=True),
                         on)


def _units(session: Session, on: date, office: str | None) -> list[MemberUnit]:
    """The units of the directory on ``on``: not deleted before that day, in printed order."""
    query = select(MemberUnit).where(or_(MemberUnit.deleted_at.is_(None),
                                         func.date(MemberUnit.deleted_at) > on))
    if office is not None:
        query = query.where(MemberUnit.office_code == office)
    return list(session.execute(query.order_by(MemberUnit.sort_order, MemberUnit.name))
                .scalars())


def list_units(db: Database, actor: Actor, on: date | None = None,
               office: str | None = None) -> list[UnitInfo]:
    """Every member unit (of ``office``, default this office) with its posts on ``on``."""
    require(actor, Permission.READ)
    day = _today(on)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        rows = _units(session, day, office if office is not None else _office(session))
        return [unit_info(session, row, day, with_duties=False) for row in rows]


# --- duties ---------------------------------------------------------------------------------

def _check_duty(values: Mapping[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    checked = {"matter": _text(values, "matter", TEXT_MAX, errors,
                               lambda: tr("Say what the unit is responsible for.")),
               "basis": _text(values, "basis", TEXT_MAX, errors),
               "department": _text(values, "department", NAME_MAX, errors)}
    raise_errors(errors)
    return checked


def add_duty(db: Database, actor: Actor, unit_id: str, values: Mapping[str, Any]) -> DutyInfo:
    """Add an item to a unit's 权责清单."""
    require(actor, Permission.WRITE)
    checked = _check_duty(values)
    with db.uow(actor) as uow:
        unit = load_unit(uow.session, unit_id)
        row = UnitDuty(unit_id=unit.id, **checked)
        uow.session.add(row)
        uow.flush()
        info = _duty_info(row)
        uow.commit()
    return info


def _live_row(session: Session, model: Any, record_id: str, missing: Callable[[], str]) -> Any:
    """A live row of ``model`` by id; a :class:`NotFoundError` saying ``missing()`` else."""
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(missing())
    return row


def _load_duty(session: Session, duty_id: str) -> UnitDuty:
    return _live_row(session, UnitDuty, duty_id,
                     lambda: tr("This item of the list of responsibilities no longer exists."))


def _duty_info(row: UnitDuty) -> DutyInfo:
    return DutyInfo(row.id, row.unit_id, row.matter, row.basis, row.department, row.version)


def update_duty(db: Database, actor: Actor, duty_id: str, values: Mapping[str, Any],
                expected_version: int | None = None) -> DutyInfo:
    """Correct an item of a unit's 权责清单."""
    checked = _check_duty(values)

    def change(_session: Session, row: UnitDuty) -> None:
        for key, value in checked.items():
            setattr(row, key, value)

    return change_record(db, actor, Permission.WRITE, lambda s: _load_duty(s, duty_id), change,
                         _duty_info, expected_version)


def delete_duty(db: Database, actor: Actor, duty_id: str) -> DutyInfo:
    """Delete an item of a unit's 权责清单 (softly)."""
    return change_record(db, actor, Permission.WRITE, lambda s: _load_duty(s, duty_id),
                         lambda session, row: soft_delete(row, session), _duty_info)


# --- posts ----------------------------------------------------------------------------------

def _role(value: Any) -> str:
    role = str(value or "")
    if role not in role_labels():
        raise ValidationError(tr("Choose the post: responsible leader or liaison officer."),
                              field="role")
    return role


def _latest(session: Session, unit_id: str, role: str) -> LiaisonAssignment | None:
    return session.execute(select(LiaisonAssignment).where(
        LiaisonAssignment.unit_id == unit_id, LiaisonAssignment.role == role,
        LiaisonAssignment.deleted_at.is_(None))
        .order_by(LiaisonAssignment.decided_on.desc(), LiaisonAssignment.created_at.desc())
        .limit(1)).scalar_one_or_none()


def add_change(session: Session, unit: MemberUnit, role: str, checked: Mapping[str, Any]
               ) -> LiaisonAssignment:
    """Record a change of post inside an open transaction: the new holder from the day it was
    decided, the one before ended that day. A change dated before the last one is refused."""
    previous = _latest(session, unit.id, role)
    decided: date = checked["decided_on"]
    if previous is not None and decided < previous.decided_on:
        raise ValidationError(tr(
            "The last change of this post was decided on {day} ({name}): a new change cannot "
            "be dated before it.").format(day=format_cn_date(previous.decided_on),
                                          name=previous.name or tr("(vacant)")),
            field="decided_on")
    row = LiaisonAssignment(unit_id=unit.id, role=role, **dict(checked))
    row.report_due = _deadline(session, decided).due
    if previous is not None:
        previous.ended_on = decided
    session.add(row)
    session.flush()
    return row


def record_change(db: Database, actor: Actor, unit_id: str, role: str,
                  values: Mapping[str, Any], today: date | None = None) -> PersonInfo:
    """A unit names a new 责任领导 or 联络员 (or leaves the post vacant): one transaction. The
    report date defaults to today (the day the clerk records it)."""
    require(actor, Permission.WRITE)
    day = _today(today)
    role = _role(role)
    merged = dict(values)
    if not merged.get("reported_on"):
        merged["reported_on"] = day
    checked = check_person_values(merged, day)
    with db.uow(actor) as uow:
        unit = load_unit(uow.session, unit_id)
        row = add_change(uow.session, unit, role, checked)
        uow.flush()
        info = person_info(uow.session, row, unit.name)
        uow.commit()
    return info


def _load_person(session: Session, person_id: str) -> LiaisonAssignment:
    return _live_row(session, LiaisonAssignment, person_id,
                     lambda: tr("This entry of the directory no longer exists."))


def correct_person(db: Database, actor: Actor, person_id: str, values: Mapping[str, Any],
                   expected_version: int | None = None, today: date | None = None
                   ) -> PersonInfo:
    """Correct an entry (a mistyped phone, the report date) without making a change of post;
    the decided day moves only within the neighbours of the same post."""
    day = _today(today)

    def change(session: Session, row: LiaisonAssignment) -> None:
        current = {key: getattr(row, key) for key in
                   ("name", "post", "office_phone", "mobile", "email", "vacant", "decided_on",
                    "reported_on", "remarks")}
        checked = check_person_values({**current, **values}, day)
        before = session.execute(select(LiaisonAssignment).where(
            LiaisonAssignment.unit_id == row.unit_id, LiaisonAssignment.role == row.role,
            LiaisonAssignment.deleted_at.is_(None), LiaisonAssignment.id != row.id,
            LiaisonAssignment.ended_on == row.decided_on)).scalars().all()
        if checked["decided_on"] != row.decided_on:
            if row.ended_on is not None and checked["decided_on"] > row.ended_on:
                raise ValidationError(tr("The person was replaced on {day}: the change cannot "
                                         "be dated after that.").format(
                    day=format_cn_date(row.ended_on)), field="decided_on")
            for other in before:
                if checked["decided_on"] < other.decided_on:
                    raise ValidationError(tr(
                        "The change before this one was decided on {day}: this one cannot be "
                        "dated before it.").format(day=format_cn_date(other.decided_on)),
                        field="decided_on")
                other.ended_on = checked["decided_on"]
        for key, value in checked.items():
            setattr(row, key, value)
        row.report_due = _deadline(session, row.decided_on).due

    return change_record(db, actor, Permission.WRITE, lambda s: _load_person(s, person_id),
                         change, lambda row: person_info(_session_of(row), row),
                         expected_version)


def history(db: Database, actor: Actor, unit_id: str) -> list[PersonInfo]:
    """Every holder of the unit's two posts, leader first, the newest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        unit = load_unit(uow.session, unit_id, include_deleted=True)
        rows = uow.session.execute(select(LiaisonAssignment).where(
            LiaisonAssignment.unit_id == unit.id, LiaisonAssignment.deleted_at.is_(None))
            .order_by(LiaisonAssignment.role, LiaisonAssignment.decided_on.desc(),
                      LiaisonAssignment.created_at.desc())).scalars()
        return [person_info(uow.session, row, unit.name) for row in rows]


# --- the directory as it stood --------------------------------------------------------------

@dataclass(frozen=True)
class DirectoryRow:
    """One unit of the 联络通讯录 on a day: the unit and the holders of its two posts."""

    no: int
    unit_id: str
    unit: str
    kind_label: str
    convener: bool
    address: str
    duty_phone: str
    fax: str
    email: str
    leader: PersonInfo | None
    liaison: PersonInfo | None


@dataclass(frozen=True)
class Directory:
    """The 联络通讯录 of an office as it stood on ``on``."""

    on: date
    office_code: str
    rows: tuple[DirectoryRow, ...]


def directory_on(db: Database, actor: Actor, on: date | None = None,
                 office: str | None = None) -> Directory:
    """The directory as it stood on ``on`` (default today): each unit not deleted by then,
    with the holders of its posts on that day (:func:`holders_on`)."""
    require(actor, Permission.READ)
    day = _today(on)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        code = office if office is not None else _office(session)
        rows = _units(session, day, code)
        held = holders_on(session, day, [row.id for row in rows])
        found = []
        for index, row in enumerate(rows, start=1):
            leader = held.get((row.id, Role.LEADER.value))
            liaison = held.get((row.id, Role.LIAISON.value))
            found.append(DirectoryRow(
                index, row.id, row.name, unit_kind_labels().get(row.kind, row.kind),
                row.convener, row.address, row.duty_phone, row.fax, row.email,
                person_info(session, leader, row.name) if leader is not None else None,
                person_info(session, liaison, row.name) if liaison is not None else None))
        return Directory(day, code, tuple(found))


# --- home page ------------------------------------------------------------------------------

def units_missing_posts(db: Database, actor: Actor, today: date | None = None
                        ) -> list[UnitInfo]:
    """The active units of this office with no 联络员 or 责任领导 today, or a vacant post."""
    return [unit for unit in list_units(db, actor, today) if unit.active and not unit.deleted
            and unit.missing_posts]


@register_due_provider
def due_posts(db: Database, actor: Actor, today: date | None = None) -> list[DueItem]:
    """For the home page: units without a liaison or leader, or with a vacant post (since the
    day it was left empty, or since the unit was added)."""
    if not actor.can(Permission.READ):
        return []
    day = _today(today)
    items = []
    for unit in units_missing_posts(db, actor, day):
        since = min([person.decided_on for person in (unit.leader, unit.liaison)
                     if person is not None and person.vacant] or [day])
        items.append(DueItem.make(
            tr("“{unit}” has no {posts}").format(unit=unit.name, posts="、".join(
                unit.missing_posts)), tr("Liaison directory"), unit.id, since, day,
            tr("Each member unit names a responsible leader and a liaison officer (海口 "
               "(十六), 鹤岗 一(二)).")))
    return items


# --- register views -------------------------------------------------------------------------

def _holder_column(role: Role, column: str) -> Any:
    """SQL: the column of the unit's current holder of ``role`` (``None`` when none)."""
    return select(getattr(LiaisonAssignment, column)).where(
        LiaisonAssignment.unit_id == MemberUnit.id, LiaisonAssignment.role == role.value,
        LiaisonAssignment.deleted_at.is_(None), LiaisonAssignment.ended_on.is_(None)
    ).order_by(LiaisonAssignment.decided_on.desc()).limit(1).scalar_subquery()


def _unit_name() -> Any:
    return select(MemberUnit.name).where(MemberUnit.id == LiaisonAssignment.unit_id
                                         ).scalar_subquery()


def _late_condition() -> Any:
    return and_(LiaisonAssignment.reported_on.is_not(None),
                LiaisonAssignment.report_due.is_not(None),
                LiaisonAssignment.reported_on > LiaisonAssignment.report_due)


register_table(TableSpec(
    key=UNITS_TABLE_KEY,
    title=lambda: tr("Member units"),
    columns=(
        ColumnSpec("sort_order", lambda: tr("No."), "int", MemberUnit.sort_order, width=50),
        ColumnSpec("name", lambda: tr("Name of the unit"), "text", MemberUnit.name, width=220,
                   searchable=True),
        ColumnSpec("kind", lambda: tr("Kind of unit"), "enum", MemberUnit.kind, width=130,
                   labels=unit_kind_labels),
        ColumnSpec("convener", lambda: tr("Convening unit"), "bool", MemberUnit.convener,
                   width=70),
        ColumnSpec("leader", lambda: tr("Responsible leader"), "text",
                   _holder_column(Role.LEADER, "name"), width=90, searchable=True),
        ColumnSpec("liaison", lambda: tr("Liaison officer"), "text",
                   _holder_column(Role.LIAISON, "name"), width=90, searchable=True),
        ColumnSpec("liaison_mobile", lambda: tr("Liaison's mobile"), "text",
                   _holder_column(Role.LIAISON, "mobile"), width=110),
        ColumnSpec("duty_phone", lambda: tr("Duty phone"), "text", MemberUnit.duty_phone,
                   width=110),
        ColumnSpec("fax", lambda: tr("Fax"), "text", MemberUnit.fax, width=110, visible=False),
        ColumnSpec("email", lambda: tr("E-mail"), "text", MemberUnit.email, width=150,
                   visible=False),
        ColumnSpec("address", lambda: tr("Address"), "text", MemberUnit.address, width=200,
                   visible=False, searchable=True),
        ColumnSpec("active", lambda: tr("Member"), "bool", MemberUnit.active, width=60),
    ),
    base_select=lambda: select(MemberUnit.id),
    id_column=MemberUnit.id,
    default_sort=(("sort_order", "asc"), ("name", "asc")),
    deleted_column=MemberUnit.deleted_at,
    empty_text=lambda: tr("No member units yet. Click “New unit” to add the units of the "
                          "joint mechanism, or “Import” to take the directory over from Excel."),
))

register_table(TableSpec(
    key=CHANGES_TABLE_KEY,
    title=lambda: tr("Changes of leaders and liaison officers"),
    columns=(
        ColumnSpec("decided_on", lambda: tr("Change decided on"), "date",
                   LiaisonAssignment.decided_on, width=100),
        ColumnSpec("unit", lambda: tr("Unit"), "text", _unit_name(), width=200,
                   searchable=True),
        ColumnSpec("role", lambda: tr("Post"), "enum", LiaisonAssignment.role, width=90,
                   labels=role_labels),
        ColumnSpec("name", lambda: tr("Full name"), "text", LiaisonAssignment.name, width=90,
                   searchable=True),
        ColumnSpec("post", lambda: tr("Position"), "text", LiaisonAssignment.post, width=140),
        ColumnSpec("mobile", lambda: tr("Mobile"), "text", LiaisonAssignment.mobile,
                   width=110),
        ColumnSpec("office_phone", lambda: tr("Office phone"), "text",
                   LiaisonAssignment.office_phone, width=120),
        ColumnSpec("vacant", lambda: tr("Post vacant"), "bool", LiaisonAssignment.vacant,
                   width=60),
        ColumnSpec("report_due", lambda: tr("To be reported by"), "date",
                   LiaisonAssignment.report_due, width=100),
        ColumnSpec("reported_on", lambda: tr("Reported on"), "date",
                   LiaisonAssignment.reported_on, width=100),
        ColumnSpec("late", lambda: tr("Reported late"), "bool", _late_condition(), width=70),
        ColumnSpec("ended_on", lambda: tr("Replaced on"), "date", LiaisonAssignment.ended_on,
                   width=100),
    ),
    base_select=lambda: select(LiaisonAssignment.id),
    id_column=LiaisonAssignment.id,
    default_sort=(("decided_on", "desc"),),
    deleted_column=LiaisonAssignment.deleted_at,
    empty_text=lambda: tr("No changes recorded yet: the changes of each unit's leader and "
                          "liaison officer are listed here as they are reported."),
))


def _labelled(labels: Callable[[], Mapping[str, str]]) -> Callable[[Any], str]:
    return lambda value: labels().get(str(value), str(value))


register_record_labels(UNITS_TABLE_KEY, lambda: tr("Member unit"), unit_field_labels,
                       formatters={"kind": _labelled(unit_kind_labels)})
register_record_labels("liaison_assignments", lambda: tr("Leader or liaison officer"),
                       person_field_labels, formatters={"role": _labelled(role_labels)})
register_record_labels("unit_duties", lambda: tr("Responsibility of a member unit"),
                       duty_field_labels)
