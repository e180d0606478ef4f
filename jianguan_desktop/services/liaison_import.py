"""The import of the 联络通讯录 from Excel (``liaison``): one row per member unit with its
responsible leader and liaison officer, each checked like the unit's and the change's forms.

A unit not yet in the directory (by its name) is added; each post named on the row is recorded
as a change decided on 调整确定日期 (blank: today) and reported that day, unless the same person
already holds it. Every problem is reported at its row and column; nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.liaison import (
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    SHORT_MAX,
    LiaisonAssignment,
    MemberUnit,
)
from jianguan_desktop.db.records import OFFICE_KEY
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.liaison import Role
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec
from jianguan_desktop.services.entity_import import field_issues
from jianguan_desktop.services.imports import register_import
from jianguan_desktop.services.liaison import (
    UNITS_TABLE_KEY,
    add_change,
    check_person_values,
    check_unit_values,
    unit_kind_labels,
)

UNIT_KEYS = ("name", "kind", "duty_phone", "fax", "email", "address")
PERSON_FIELDS = ("name", "post", "office_phone", "mobile")
ROLE_PREFIXES = {Role.LEADER.value: "leader", Role.LIAISON.value: "liaison"}


def _kinds() -> dict[str, str]:
    return {label: value for value, label in unit_kind_labels().items()}


def _kind_aliases() -> dict[str, str]:
    """Other ways directories name the kinds of unit (understood, not offered)."""
    return {"行业监管部门": "supervision", "行政监督部门": "supervision", "监管部门": "supervision",
            "纪委监委": "discipline", "纪检监察机关": "discipline", "审计": "audit",
            "审计机关": "audit", "公安": "police", "公安机关": "police",
            "检察院": "procuratorate", "检察机关": "procuratorate", "法院": "court",
            "审判机关": "court", "交易中心": "trading_center",
            "公共资源交易中心": "trading_center", "营商环境": "business", "其他": "other"}


def _text(key: str, header: Callable[[], str], limit: int, aliases: tuple[str, ...],
          width: int = 14) -> ImportColumn:
    return ImportColumn(key, header, "text", max_length=limit, aliases=aliases, width=width)


def _person_headers() -> dict[str, Callable[[], str]]:
    return {"leader_name": lambda: tr("Leader's name"),
            "leader_post": lambda: tr("Leader's position"),
            "leader_office_phone": lambda: tr("Leader's office phone"),
            "leader_mobile": lambda: tr("Leader's mobile"),
            "liaison_name": lambda: tr("Liaison's name"),
            "liaison_post": lambda: tr("Liaison's position"),
            "liaison_office_phone": lambda: tr("Liaison's office phone"),
            "liaison_mobile": lambda: tr("Liaison's mobile")}


def _person_columns(prefix: str, role: str) -> tuple[ImportColumn, ...]:
    """姓名, 职务, 办公电话, 手机 of one post (责任领导 or 联络员)."""
    headers = _person_headers()
    return tuple(_text(f"{prefix}_{field}", headers[f"{prefix}_{field}"], limit,
                       tuple(f"{role}{word}" for word in words), width)
                 for field, limit, width, words in (
                     ("name", SHORT_MAX, 10, ("姓名", "")), ("post", NAME_MAX, 16, ("职务",)),
                     ("office_phone", PHONE_MAX, 14, ("办公电话", "电话")),
                     ("mobile", PHONE_MAX, 14, ("手机", "手机号码"))))


LIAISON_COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("name", lambda: tr("Name of the unit"), "text", required=True,
                 max_length=NAME_MAX, aliases=("单位名称", "成员单位", "单位"), width=28,
                 example=lambda: "滑县审计局"),
    ImportColumn("kind", lambda: tr("Kind of unit"), "choice", choices=_kinds,
                 choice_aliases=_kind_aliases, aliases=("单位类别", "单位类型", "类别"),
                 width=16, note=lambda: tr("Blank: administrative supervision department.")),
    _text("duty_phone", lambda: tr("Duty phone"), PHONE_MAX, ("值班电话", "单位电话")),
    _text("fax", lambda: tr("Fax"), PHONE_MAX, ("传真", "传真号码")),
    _text("email", lambda: tr("E-mail"), EMAIL_MAX, ("电子邮箱", "邮箱", "电子信箱"), 20),
    _text("address", lambda: tr("Address"), NAME_MAX, ("地址", "单位地址", "通讯地址"), 28),
    *_person_columns("leader", "责任领导"),
    *_person_columns("liaison", "联络员"),
    ImportColumn("decided_on", lambda: tr("Change decided on"), "date",
                 aliases=("调整确定日期", "确定日期", "调整日期"), width=12,
                 note=lambda: tr("The day the unit decided on these people; blank: today.")),
)


def _unit_values(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: row.get(key) for key in UNIT_KEYS}


def _person_values(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    """The change of one post named on the row (``None``: the row names nobody for it)."""
    values = {field: row.get(f"{prefix}_{field}") for field in PERSON_FIELDS}
    if not any(value not in (None, "") for value in values.values()):
        return None
    decided = row.get("decided_on") or date.today()
    return {**values, "decided_on": decided, "reported_on": decided}


def _column_of(prefix: str) -> dict[str, str]:
    """A change's fields → the row's columns (its dates: 调整确定日期)."""
    return {**{field: f"{prefix}_{field}" for field in PERSON_FIELDS},
            "decided_on": "decided_on",
            "reported_on": "decided_on"}


def _unit_named(session: Session, name: str) -> MemberUnit | None:
    return session.execute(select(MemberUnit).where(
        MemberUnit.name == name, MemberUnit.deleted_at.is_(None),
        MemberUnit.office_code == session.info.get(OFFICE_KEY))).scalars().first()


def _last_change(session: Session, unit_id: str, role: str) -> LiaisonAssignment | None:
    return session.execute(select(LiaisonAssignment).where(
        LiaisonAssignment.unit_id == unit_id, LiaisonAssignment.role == role,
        LiaisonAssignment.deleted_at.is_(None))
        .order_by(LiaisonAssignment.decided_on.desc(), LiaisonAssignment.created_at.desc())
        .limit(1)).scalar_one_or_none()


def _same_holder(row: LiaisonAssignment | None, checked: Mapping[str, Any]) -> bool:
    return row is not None and row.ended_on is None and not row.vacant and all(
        getattr(row, field) == checked[field] for field in PERSON_FIELDS)


def check_liaison_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                       ) -> list[ImportIssue]:
    """The unit's and the change's rules for each row, at the row's columns; a change dated
    before the last one recorded for the post is refused at 调整确定日期."""
    issues: list[ImportIssue] = []
    today = date.today()
    decided_header = LIAISON_IMPORT.column("decided_on").header()
    for row_number, row in rows:
        try:
            check_unit_values(_unit_values(row))
        except ValidationError as error:
            issues += field_issues(LIAISON_IMPORT, row_number, row, error, {})
        unit = _unit_named(session, str(row.get("name") or "").strip())
        for role, prefix in ROLE_PREFIXES.items():
            values = _person_values(row, prefix)
            if values is None:
                continue
            try:
                checked = check_person_values(values, today)
            except ValidationError as error:
                issues += field_issues(LIAISON_IMPORT, row_number, row, error,
                                       _column_of(prefix))
                continue
            last = _last_change(session, unit.id, role) if unit is not None else None
            if last is not None and checked["decided_on"] < last.decided_on \
                    and not _same_holder(last, checked):
                issues.append(ImportIssue(row_number, decided_header,
                                          format_cn_date(checked["decided_on"]), tr(
                    "The last change of this post was decided on {day} ({name}): a new change "
                    "cannot be dated before it.").format(day=format_cn_date(last.decided_on),
                                                         name=last.name or tr("(vacant)"))))
    return sorted(issues, key=lambda issue: issue.row)


def write_liaison_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Add the units not yet in the directory and record each post's change; return the
    rows."""
    today = date.today()
    for row in rows:
        with session.no_autoflush:
            unit = _unit_named(session, str(row["name"]).strip())
        if unit is None:
            checked_unit = check_unit_values(_unit_values(row))
            checked_unit["sort_order"] = int(session.execute(select(func.max(
                MemberUnit.sort_order)).where(MemberUnit.deleted_at.is_(None))).scalar() or 0) + 1
            unit = MemberUnit(**checked_unit)
            session.add(unit)
            session.flush()
        for role, prefix in ROLE_PREFIXES.items():
            values = _person_values(row, prefix)
            if values is None:
                continue
            checked = check_person_values(values, today)
            if not _same_holder(_last_change(session, unit.id, role), checked):
                add_change(session, unit, role, checked)
        session.flush()
    return len(rows)


LIAISON_IMPORT = register_import(ImportSpec(
    key="liaison", title=lambda: tr("Liaison directory"), columns=LIAISON_COLUMNS,
    write=write_liaison_rows, check_rows=check_liaison_rows, permission=Permission.WRITE,
    table_key=UNITS_TABLE_KEY, unique=("name",)))
