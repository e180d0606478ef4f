"""Imports of the 双随机、一公开 directories from Excel: ``inspectors``, ``inspection_items`` and
``inspection_objects``, each row checked like the register's form, problems at their rows.

An inspector whose 执法证号 is already registered under the same name is updated (a county's
yearly list can be imported again); under another name the row is refused. An object already
in the directory (the same 项目编号, the same entity) is reported at its row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
)
from jianguan_desktop.db.records import OFFICE_KEY
from jianguan_desktop.domain.inspections import ObjectKind
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec
from jianguan_desktop.services.entity_import import field_issues
from jianguan_desktop.services.imports import register_import
from jianguan_desktop.services.inspection_directory import (
    ENTITY_KINDS,
    INSPECTORS_TABLE_KEY,
    ITEMS_TABLE_KEY,
    OBJECTS_TABLE_KEY,
    add_item,
    cert_holder,
    check_inspector,
    check_item,
    check_object,
    entity_holder,
    inspector_field_labels,
    item_field_labels,
    object_field_labels,
    project_holder,
    save_inspector,
    save_object,
    trade_type_labels,
)
from jianguan_desktop.services.inspections import (
    inspector_status_labels,
    item_type_labels,
    object_kind_labels,
    risk_labels,
)

Checker = Callable[[Mapping[str, Any]], Any]


def _reversed(labels: Callable[[], Mapping[Any, str]]) -> Callable[[], dict[str, Any]]:
    """A drop-down's choices: the label a clerk picks → the value stored."""
    return lambda: {label: value for value, label in labels().items()}


def _column(key: str, labels: Callable[[], Mapping[str, str]], kind: str = "text", *,
            required: bool = False, max_length: int | None = None,
            aliases: tuple[str, ...] = (), width: int = 16,
            example: str | None = None, **more: Any) -> ImportColumn:
    return ImportColumn(key, lambda: labels()[key], kind, required=required,
                        max_length=max_length, aliases=aliases, width=width,
                        example=(lambda: example) if example else None, **more)


def kind_aliases() -> dict[str, str]:
    """Other ways spreadsheets name the kinds of object (understood, not offered)."""
    return {"项目": "project", "交易项目": "project", "招标人": "tenderer", "采购人": "tenderer",
            "投标人": "bidder", "供应商": "bidder", "代理机构": "agency",
            "招标代理机构": "agency", "专家": "expert", "评标专家": "expert"}


def _register(key: str, title: Callable[[], str], columns: tuple[ImportColumn, ...],
              write: Callable[[Session, Actor, list[dict[str, Any]]], int],
              check: Callable[[Session, list[tuple[int, dict[str, Any]]]], list[ImportIssue]],
              table_key: str, unique: str) -> ImportSpec:
    """Register one directory's import (written by those who may write)."""
    return register_import(ImportSpec(key=key, title=title, columns=columns, write=write,
                                      check_rows=check, permission=Permission.WRITE,
                                      table_key=table_key, unique=(unique,)))


def _one_per_line() -> str:
    return tr("One per line, or separated by 、.")


def _issues_of(spec: ImportSpec, check: Checker,
               rows: Sequence[tuple[int, dict[str, Any]]]
               ) -> tuple[list[ImportIssue], list[tuple[int, dict[str, Any], Any]]]:
    """The form's rules for each row: the issues, and the rows that pass with their values."""
    issues: list[ImportIssue] = []
    passed = []
    for row_number, row in rows:
        try:
            passed.append((row_number, row, check(row)))
        except ValidationError as error:
            issues += field_issues(spec, row_number, row, error, {})
    return issues, passed


def _issue(spec: ImportSpec, row_number: int, key: str, value: Any, reason: str) -> ImportIssue:
    return ImportIssue(row_number, spec.column(key).header(), "" if value is None else str(value),
                       reason)


# --- 执法检查人员名录库 ---------------------------------------------------------------------

def check_inspector_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                         ) -> list[ImportIssue]:
    """The form's rules; a certificate number registered under another name is refused."""
    issues, passed = _issues_of(INSPECTOR_IMPORT, check_inspector, rows)
    for row_number, _row, checked in passed:
        holder = cert_holder(session, checked.columns["cert_number"])
        if holder is not None and holder.name != checked.columns["name"]:
            issues.append(_issue(INSPECTOR_IMPORT, row_number, "cert_number",
                                 checked.columns["cert_number"], tr(
                "This certificate number is registered for {name} ({unit}), not for {other}."
            ).format(name=holder.name, unit=holder.unit or "—", other=checked.columns["name"])))
    return sorted(issues, key=lambda issue: issue.row)


def write_inspector_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Add each person, or update the one already holding the certificate number."""
    for row in rows:
        checked = check_inspector(row)
        with session.no_autoflush:
            holder = cert_holder(session, checked.columns["cert_number"])
        save_inspector(session, checked, holder)
        session.flush()
    return len(rows)


INSPECTOR_COLUMNS: tuple[ImportColumn, ...] = (
    _column("name", inspector_field_labels, required=True, max_length=CODE_MAX,
            aliases=("姓名", "检查人员", "执法人员"), width=10, example="张建军"),
    _column("unit", inspector_field_labels, max_length=UNIT_MAX,
            aliases=("单位", "工作单位", "所在单位", "执法单位"), width=26,
            example="滑县住房和城乡建设局"),
    _column("cert_number", inspector_field_labels, "code", required=True,
            max_length=CODE_MAX, aliases=("执法证号", "执法证件号", "执法证编号", "证件号"),
            width=16, example="豫A0526001",
            note=lambda: tr("A person already in the directory with this number is updated "
                            "from the row.")),
    _column("specialties", inspector_field_labels, max_length=TEXT_MAX,
            aliases=("专长", "专业", "专业特长", "擅长领域"), width=22,
            example="房屋建筑、市政工程", note=_one_per_line),
    _column("status", inspector_field_labels, "choice",
            choices=_reversed(inspector_status_labels), aliases=("状态", "人员状态"),
            choice_aliases=lambda: {"在岗": "active", "正常": "active", "暂停": "suspended",
                                    "离岗": "left", "调离": "left", "退休": "left"},
            width=10, note=lambda: tr("Blank: available.")),
    _column("phone", inspector_field_labels, max_length=PHONE_MAX,
            aliases=("电话", "联系电话", "手机", "手机号码"), width=14),
    _column("related", inspector_field_labels, max_length=TEXT_MAX,
            aliases=("关联单位", "利害关系单位", "关联关系"), width=26, note=_one_per_line),
    _column("recused", inspector_field_labels, max_length=TEXT_MAX,
            aliases=("回避对象", "回避", "需回避对象"), width=22, note=_one_per_line),
    _column("remarks", inspector_field_labels, max_length=REMARKS_MAX, aliases=("备注",),
            width=20),
)

INSPECTOR_IMPORT = _register(
    "inspectors", lambda: tr("Law-enforcement inspectors"), INSPECTOR_COLUMNS,
    write_inspector_rows, check_inspector_rows, INSPECTORS_TABLE_KEY, "cert_number")


# --- 抽查事项清单 ---------------------------------------------------------------------------

def check_item_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                    ) -> list[ImportIssue]:
    """The form's rules; an item whose name is already in the list is reported."""
    issues, passed = _issues_of(ITEM_IMPORT, check_item, rows)
    names = {checked.columns["name"]: row_number for row_number, _row, checked in passed}
    if names:
        taken = session.execute(select(InspectionItem.name).where(
            InspectionItem.office_code == session.info.get(OFFICE_KEY),
            InspectionItem.deleted_at.is_(None),
            InspectionItem.name.in_(list(names)))).scalars()
        for name in taken:
            issues.append(_issue(ITEM_IMPORT, names[name], "name", name, tr(
                "This item is already in the list of inspection items.")))
    return sorted(issues, key=lambda issue: issue.row)


def write_item_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Add the checked items."""
    for row in rows:
        add_item(session, check_item(row))
    session.flush()
    return len(rows)


ITEM_COLUMNS: tuple[ImportColumn, ...] = (
    _column("code", item_field_labels, max_length=CODE_MAX, aliases=("事项编码", "编码", "编号"),
            width=10),
    _column("name", item_field_labels, required=True, max_length=NAME_MAX,
            aliases=("抽查事项", "事项名称", "检查事项"), width=30,
            example="招标投标活动合规性检查"),
    _column("item_type", item_field_labels, "choice", choices=_reversed(item_type_labels),
            aliases=("事项类别", "事项类型", "类别"),
            choice_aliases=lambda: {"一般": "general", "重点": "key", "一般事项": "general",
                                    "重点事项": "key"}, width=14),
    _column("ratio_cap", item_field_labels, "int", aliases=("抽查比例上限", "抽查比例",
                                                             "比例上限"),
            minimum=1, maximum=100, width=10,
            note=lambda: tr("Needed for a general item (1–100); a key item has none.")),
    _column("basis", item_field_labels, max_length=BASIS_MAX,
            aliases=("法律依据", "检查依据", "抽查依据"), width=36,
            example="《中华人民共和国招标投标法》第七条"),
    _column("department", item_field_labels, max_length=UNIT_MAX,
            aliases=("检查部门", "实施主体", "抽查主体"), width=22),
    _column("content", item_field_labels, max_length=TEXT_MAX,
            aliases=("检查内容", "抽查内容"), width=36),
    _column("method", item_field_labels, max_length=NAME_MAX,
            aliases=("检查方式", "抽查方式"), width=16),
    _column("object_kind", item_field_labels, "choice", choices=_reversed(object_kind_labels),
            aliases=("检查对象", "抽查对象"), choice_aliases=kind_aliases, width=14),
    _column("industry", item_field_labels, max_length=CODE_MAX,
            aliases=("行业领域", "行业"), width=12),
    _column("remarks", item_field_labels, max_length=REMARKS_MAX, aliases=("备注",),
            width=20),
)

ITEM_IMPORT = _register(
    "inspection_items", lambda: tr("Inspection items"), ITEM_COLUMNS, write_item_rows,
    check_item_rows, ITEMS_TABLE_KEY, "name")


# --- 检查对象名录库 -------------------------------------------------------------------------

def _object_values(session: Session, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row as the object service takes it: an entity found by its code in the register."""
    values = dict(row)
    if values.get("kind") in ENTITY_KINDS and values.get("code"):
        entity_id = session.execute(select(Entity.id).where(
            Entity.office_code == session.info.get(OFFICE_KEY), Entity.deleted_at.is_(None),
            Entity.code == str(values["code"]).strip().upper())).scalar()
        values["entity_id"] = entity_id
    return values


def check_object_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                      ) -> list[ImportIssue]:
    """The form's rules; an entity missing from the register, a project number or an entity
    already in the directory is reported at its row's code."""
    issues: list[ImportIssue] = []
    found = []
    for row_number, row in rows:
        values = _object_values(session, row)
        if values.get("kind") in ENTITY_KINDS and not values.get("entity_id"):
            issues.append(_issue(OBJECT_IMPORT, row_number, "code", row.get("code"), tr(
                "No market entity with this code is registered; register it first.")))
        else:
            found.append((row_number, values))
    more, passed = _issues_of(OBJECT_IMPORT, check_object, found)
    issues += more
    for row_number, row, checked in passed:
        columns = checked.columns
        if columns["kind"] == ObjectKind.PROJECT.value:
            holder = project_holder(session, columns["code"])
            reason = tr("This project number is already in the directory for “{name}”.")
        else:
            holder = entity_holder(session, columns["entity_id"])
            reason = tr("This entity is already in the directory of objects as “{name}”.")
        if holder is not None:
            issues.append(_issue(OBJECT_IMPORT, row_number, "code", row.get("code"),
                                 reason.format(name=holder.name)))
    return sorted(issues, key=lambda issue: issue.row)


def write_object_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Add the checked objects."""
    for row in rows:
        save_object(session, check_object(_object_values(session, row)))
        session.flush()
    return len(rows)


OBJECT_COLUMNS: tuple[ImportColumn, ...] = (
    _column("kind", object_field_labels, "choice", required=True,
            choices=_reversed(object_kind_labels), aliases=("对象类别", "对象类型", "类别"),
            choice_aliases=kind_aliases, width=14),
    _column("code", object_field_labels, "code", required=True, max_length=CODE_MAX,
            aliases=("项目编号", "统一社会信用代码", "代码", "编号"), width=22,
            example="HX-2026-0012",
            note=lambda: tr("A project's number; for an entity its code in the register of "
                            "market entities (name, kind and grade come from there).")),
    _column("name", object_field_labels, max_length=NAME_MAX * 2,
            aliases=("项目名称", "名称", "对象名称"), width=32,
            example="滑县第一高级中学教学楼建设项目",
            note=lambda: tr("Needed for a project.")),
    _column("industry", object_field_labels, max_length=CODE_MAX, aliases=("行业领域", "行业"),
            width=12),
    _column("risk", object_field_labels, "choice", choices=_reversed(risk_labels),
            aliases=("风险等级", "风险"), width=8, note=lambda: tr("Blank: medium.")),
    _column("trade_type", object_field_labels, "choice", choices=_reversed(trade_type_labels),
            aliases=("交易类型", "项目类型"),
            choice_aliases=lambda: {"工程建设": "construction", "政府采购": "procurement"},
            width=14),
    _column("lot", object_field_labels, max_length=NAME_MAX, aliases=("标段", "标段（包）"),
            width=10),
    _column("amount", object_field_labels, "int", minimum=0,
            aliases=("金额", "中标金额", "成交金额", "合同金额"), width=14),
    _column("tenderer_name", object_field_labels, max_length=NAME_MAX,
            aliases=("招标人", "采购人", "招标人（采购人）"), width=24),
    _column("agency_name", object_field_labels, max_length=NAME_MAX,
            aliases=("代理机构", "招标代理机构"), width=24),
    _column("winner_name", object_field_labels, max_length=NAME_MAX,
            aliases=("中标人", "成交供应商", "中标（成交）人"), width=24),
    _column("opened_on", object_field_labels, "date", aliases=("开标日期", "开标时间"),
            width=12),
    _column("completed_on", object_field_labels, "date",
            aliases=("完成日期", "竣工日期", "交易完成日期", "合同履行完毕日期"), width=12),
    _column("active_year", object_field_labels, "int", minimum=2000, maximum=2100,
            aliases=("业务年度",), width=10),
    _column("unit", object_field_labels, max_length=UNIT_MAX,
            aliases=("工作单位", "所在单位"), width=22,
            note=lambda: tr("An expert's employer; blank for a project: its tenderer.")),
    _column("remarks", object_field_labels, max_length=REMARKS_MAX, aliases=("备注",),
            width=20),
)

OBJECT_IMPORT = _register(
    "inspection_objects", lambda: tr("Objects of inspection"), OBJECT_COLUMNS,
    write_object_rows, check_object_rows, OBJECTS_TABLE_KEY, "code")
