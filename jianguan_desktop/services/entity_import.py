"""Import of market entities (市场主体导入) from Excel: the ``entities`` import.

Each row is checked like the register's form (the code after GB 32100-2015 or GB 11643, its
reason at the cell); a code already registered, or twice in the file, is reported at its row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.entities import (
    ADDRESS_MAX,
    CODE_MAX,
    NAME_MAX,
    PHONE_MAX,
    QUALIFICATIONS_MAX,
    REMARKS_MAX,
    SHORT_MAX,
    Entity,
)
from jianguan_desktop.db.records import OFFICE_KEY
from jianguan_desktop.domain.entity_codes import check_code
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec
from jianguan_desktop.services.entities import (
    TABLE_KEY,
    add_entity,
    check_values,
    field_labels,
    kind_labels,
)
from jianguan_desktop.services.imports import register_import

IMPORT_KEY = "entities"


def kind_choices() -> dict[str, str]:
    """What the template's drop-down offers for the kind of entity: label → stored kind."""
    return {label: kind for kind, label in kind_labels().items()}


def kind_aliases() -> dict[str, str]:
    """Other ways spreadsheets name the kinds of entity (understood, not offered)."""
    return {"招标人": "tenderer", "采购人": "tenderer", "建设单位": "tenderer",
            "投标人": "bidder", "供应商": "bidder", "投标单位": "bidder",
            "代理机构": "agency", "招标代理机构": "agency", "采购代理机构": "agency",
            "招标代理": "agency", "专家": "expert", "评标专家": "expert",
            "评审专家": "expert", "评标评审专家": "expert", "自然人": "person",
            "个人": "person"}


def code_reason(code: str) -> str | None:
    """Why a typed 统一社会信用代码 or 身份证号 is wrong (``None`` when it is valid)."""
    checked = check_code(code)
    return None if checked.valid else checked.reason


def kind_column(key: str, required: bool = True,
                when: Callable[[], str] | None = None) -> ImportColumn:
    """The column 主体类型 (also of the credit list import, there needed only ``when``)."""
    def note() -> str:
        understood = tr("投标人, 供应商, 招标人, 采购人, 代理机构, 专家 and 自然人 are "
                        "understood too.")
        return understood if when is None else when() + "\n" + understood

    return ImportColumn(
        key, lambda: tr("Kind of entity"), "choice", required=required, choices=kind_choices,
        choice_aliases=kind_aliases, aliases=("主体类型", "类型", "主体类别", "单位类型"),
        note=note, example=lambda: kind_labels()["bidder"], width=16)


def code_column(key: str, required: bool = True) -> ImportColumn:
    """The column of the 统一社会信用代码 or 身份证号, checked by its rule at the cell."""
    return ImportColumn(
        key, lambda: tr("Unified social credit code or ID number"), "code",
        required=required, check=code_reason, max_length=CODE_MAX,
        aliases=("代码", "统一社会信用代码", "社会信用代码", "信用代码", "身份证号",
                 "身份证号码", "证件号码", "主体代码"),
        note=lambda: tr("18 characters; full-width characters, lower case and spaces are "
                        "corrected. Format the column as text so that Excel keeps every "
                        "digit of an ID number."),
        example=lambda: "91350100M000100Y43", width=24)


def live_entities(session: Session, codes: Iterable[str]) -> dict[str, Entity]:
    """The live entities of this office holding any of ``codes``, by code."""
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    rows = session.execute(select(Entity).where(
        Entity.office_code == session.info.get(OFFICE_KEY), Entity.code.in_(wanted),
        Entity.deleted_at.is_(None))).scalars()
    return {entity.code: entity for entity in rows}


def field_issues(spec: ImportSpec, row_number: int, row: Mapping[str, Any],
                 error: ValidationError, column_of: Mapping[str, str]) -> list[ImportIssue]:
    """One issue per field of ``error``, at the column the field comes from (``column_of``
    maps a service's field to a column key; by default the field is the column's key)."""
    headers = {column.key: column.header() for column in spec.columns}
    issues = []
    for field, reason in (error.fields or {error.field or "": error.message}).items():
        column = column_of.get(field, field)
        value = row.get(column)
        issues.append(ImportIssue(row_number, headers.get(column, ""),
                                  "" if value is None else str(value), reason))
    return issues


def _values(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: row.get(key) for key in ENTITY_COLUMNS_KEYS}


def check_entity_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                      ) -> list[ImportIssue]:
    """The register's rules for each row, and codes already registered in this office."""
    issues: list[ImportIssue] = []
    codes: dict[str, int] = {}
    for row_number, row in rows:
        try:
            checked = check_values(_values(row))
        except ValidationError as error:
            issues += field_issues(ENTITY_IMPORT, row_number, row, error, {})
            continue
        codes[checked.code] = row_number
    header = ENTITY_IMPORT.column("code").header()
    for code, holder in live_entities(session, codes).items():
        issues.append(ImportIssue(codes[code], header, code, tr(
            "This code is already registered for “{name}” ({kind}); the register keeps one "
            "record per code.").format(name=holder.name,
                                       kind=kind_labels().get(holder.kind, holder.kind))))
    return sorted(issues, key=lambda issue: issue.row)


def write_entity_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Add the checked rows as entities inside the import's transaction, flushed together
    (codes taken or repeated were refused by the check; the unique index stands behind it)."""
    with session.no_autoflush:
        for row in rows:
            add_entity(session, check_values(_values(row)))
    session.flush()
    return len(rows)


def _label(key: str) -> str:
    return field_labels()[key]


ENTITY_COLUMNS: tuple[ImportColumn, ...] = (
    kind_column("kind"),
    ImportColumn("name", lambda: _label("name"), "text", required=True, max_length=NAME_MAX,
                 aliases=("名称", "主体名称", "单位名称", "姓名", "名称或姓名", "企业名称"),
                 example=lambda: "滑县华信建筑工程有限公司", width=32),
    code_column("code"),
    ImportColumn("legal_representative", lambda: _label("legal_representative"), "text",
                 max_length=SHORT_MAX, aliases=("法人代表", "法定代表人或负责人", "负责人"),
                 width=12),
    ImportColumn("address", lambda: _label("address"), "text", max_length=ADDRESS_MAX,
                 aliases=("住所", "注册地址", "通讯地址"), width=30),
    ImportColumn("contact_person", lambda: _label("contact_person"), "text",
                 max_length=SHORT_MAX, aliases=("联系人姓名",), width=12),
    ImportColumn("phone", lambda: _label("phone"), "text", max_length=PHONE_MAX,
                 aliases=("电话", "联系方式", "手机号码", "手机"), width=16),
    ImportColumn("qualifications", lambda: _label("qualifications"), "text",
                 max_length=QUALIFICATIONS_MAX, aliases=("资质等级", "资质情况", "专业"),
                 example=lambda: "建筑工程施工总承包二级", width=26),
    ImportColumn("remarks", lambda: _label("remarks"), "text", max_length=REMARKS_MAX,
                 aliases=("备注",), width=20),
)
ENTITY_COLUMNS_KEYS = tuple(column.key for column in ENTITY_COLUMNS)

ENTITY_IMPORT = register_import(ImportSpec(
    key=IMPORT_KEY,
    title=lambda: tr("Market entities"),
    columns=ENTITY_COLUMNS,
    write=write_entity_rows,
    check_rows=check_entity_rows,
    permission=Permission.WRITE,
    table_key=TABLE_KEY,
    unique=("code",),
))
