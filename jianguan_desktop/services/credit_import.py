"""Imports of credit records from Excel: list entries already decided (``credit_entries``, e.g. a
红黑名单 another department sent on paper or in Excel) and credit grades (``credit_grades``).

An imported entry goes through the life-cycle rules: it is proposed, notified and listed on its
decision date in one transaction, so a period the settings do not allow, an entry ending before
it starts or a listing without a basis is reported at its row and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.credit import (
    BASIS_MAX,
    CONDUCT_MAX,
    DEPARTMENT_MAX,
    ENTITY_NAME_MAX,
    REASON_MAX,
    REMARKS_MAX,
    SANCTIONS_MAX,
    CreditEntry,
)
from jianguan_desktop.db.records import OFFICE_KEY, reserve_number
from jianguan_desktop.domain.credit_lists import PublicationRules
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec
from jianguan_desktop.services.credit_grades import add_grade, grade_labels
from jianguan_desktop.services.credit_lists import (
    TABLE_KEY,
    EntryValues,
    add_entry,
    check_entry_values,
    decided_entry,
    domain_entry,
    field_labels,
    list_imported,
    list_labels,
    publication_rules,
    severity_labels,
)
from jianguan_desktop.services.entity_import import (
    code_column,
    field_issues,
    kind_column,
    live_entities,
)
from jianguan_desktop.services.imports import register_import

ENTRIES_KEY = "credit_entries"
GRADES_KEY = "credit_grades"
# Which column a problem with an entry's field is reported at (others: the field's own).
_COLUMN_OF = {"proposed_on": "decided_on", "on": "decided_on", "entity_id": "entity_code",
              "objections": "decided_on", "status": "list_kind"}


# --- list entries ---------------------------------------------------------------------------

def _values(row: Mapping[str, Any]) -> dict[str, Any]:
    """A workbook row as the credit-list service takes a proposal (dated on its decision)."""
    return {key: row.get(key) for key in (
        "list_kind", "entity_kind", "entity_name", "entity_code", "conduct", "severity",
        "basis", "department", "sanctions", "remarks")} | {"proposed_on": row.get("decided_on")}


def _listed(session: Session, row: Mapping[str, Any], publication: PublicationRules
            ) -> EntryValues:
    """Check a row as a proposal and as a listing by ``publication`` (nothing is written)."""
    checked = check_entry_values(session, _values(row))
    proposal = CreditEntry(list_kind=checked.list_kind, severity=checked.severity,
                           proposed_on=checked.proposed_on, basis=checked.basis,
                           status="proposed", objections="[]")
    decided_entry(domain_entry(proposal), checked.proposed_on, checked.basis, row.get("end"),
                  publication, row.get("start"))
    return checked


def check_entry_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                     ) -> list[ImportIssue]:
    """The rules of a proposal and of a listing for each row, and listings already entered
    (same list, code and basis)."""
    issues: list[ImportIssue] = []
    listings: dict[tuple[str, str, str], int] = {}
    publication = publication_rules(session)
    for row_number, row in rows:
        try:
            checked = _listed(session, row, publication)
        except ValidationError as error:
            issues += field_issues(CREDIT_ENTRY_IMPORT, row_number, row, error, _COLUMN_OF)
            continue
        listings[(checked.list_kind, checked.entity_code, checked.basis)] = row_number
    if listings:
        codes = sorted({code for _kind, code, _basis in listings})
        found = session.execute(select(
            CreditEntry.list_kind, CreditEntry.entity_code, CreditEntry.basis,
            CreditEntry.number).where(CreditEntry.deleted_at.is_(None),
                                      CreditEntry.entity_code.in_(codes))).all()
        header = CREDIT_ENTRY_IMPORT.column("basis").header()
        for list_kind, code, basis, number in found:
            row_number = listings.get((list_kind, code, basis))
            if row_number is not None:
                issues.append(ImportIssue(row_number, header, basis, tr(
                    "This listing is already in the register as {number} (same list, code "
                    "and basis).").format(number=number)))
    return sorted(issues, key=lambda issue: issue.row)


def write_entry_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Add each checked row as an entry and list it on its decision date (the entity is
    registered on the way when its code is new)."""
    publication = publication_rules(session)
    office = session.info[OFFICE_KEY]
    for year in {row["decided_on"].year for row in rows}:  # each year's number counter exists
        reserve_number(session, office, CreditEntry.number_series, year, 0)
    session.flush()
    with session.no_autoflush:  # the rows are written together (a new entity at once)
        for row in rows:
            checked = check_entry_values(session, _values(row))
            entry = add_entry(session, checked)
            list_imported(session, entry, checked.proposed_on, checked.basis, row.get("end"),
                          row.get("start"), publication)
    session.flush()
    return len(rows)


def _label(key: str) -> str:
    return field_labels()[key]


def _list_choices() -> dict[str, str]:
    return {label: kind for kind, label in list_labels().items()}


def _list_aliases() -> dict[str, str]:
    return {"严重失信主体名单": "black", "失信黑名单": "black", "失信名单": "black",
            "守信红名单": "red", "诚信红名单": "red", "守信激励名单": "red",
            "重点关注对象名单": "watch", "重点关注对象": "watch", "重点关注": "watch"}


def _severity_choices() -> dict[str, str]:
    return {label: value for value, label in severity_labels().items() if value}


def _severity_aliases() -> dict[str, str]:
    return {"轻微失信": "minor", "一般失信": "ordinary", "严重失信": "serious"}


ENTRY_COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("list_kind", lambda: _label("list_kind"), "choice", required=True,
                 choices=_list_choices, choice_aliases=_list_aliases,
                 aliases=("名单", "名单类型", "名单种类"), width=14),
    kind_column("entity_kind", required=False, when=lambda: tr(
        "Needed only when the code is not yet in the entity register.")),
    ImportColumn("entity_name", lambda: _label("entity_name"), "text", required=True,
                 max_length=ENTITY_NAME_MAX,
                 aliases=("名称", "主体名称", "单位名称", "姓名", "失信主体名称", "企业名称"),
                 example=lambda: "滑县华信建筑工程有限公司", width=30),
    code_column("entity_code"),
    ImportColumn("conduct", lambda: _label("conduct"), "text", required=True,
                 max_length=CONDUCT_MAX,
                 aliases=("失信行为", "守信行为", "失信事实", "主要失信行为", "行为"),
                 example=lambda: "在滑县第一高级中学教学楼项目中串通投标", width=36),
    ImportColumn("severity", lambda: _label("severity"), "choice", choices=_severity_choices,
                 choice_aliases=_severity_aliases, aliases=("严重程度", "失信等级"),
                 note=lambda: tr("Leave it empty for the redlist."), width=12),
    ImportColumn("basis", lambda: _label("basis"), "text", required=True, max_length=BASIS_MAX,
                 aliases=("依据", "决定文号", "处罚决定书文号", "认定文书"),
                 note=lambda: tr("The document and its number; nobody is listed without "
                                 "one."),
                 example=lambda: "滑发改罚〔2026〕3号", width=22),
    ImportColumn("department", lambda: _label("department"), "text",
                 max_length=DEPARTMENT_MAX, aliases=("认定单位", "认定机关", "决定部门"),
                 example=lambda: "滑县发展和改革委员会", width=22),
    ImportColumn("sanctions", lambda: _label("sanctions"), "text", max_length=SANCTIONS_MAX,
                 aliases=("惩戒措施", "处理措施", "限制措施", "激励措施"), width=30),
    ImportColumn("decided_on", lambda: _label("decided_on"), "date", required=True,
                 aliases=("决定日期", "列入日期", "作出决定日期"), width=14),
    ImportColumn("start", lambda: _label("start_on"), "date",
                 aliases=("公示开始日期", "公示起始日期", "公示起始"),
                 note=lambda: tr("Empty: from the decision date."), width=14),
    ImportColumn("end", lambda: _label("end_on"), "date",
                 aliases=("公示截止日期", "公示结束日期", "公示期限至", "有效期至"),
                 note=lambda: tr("Empty: the longest period the settings allow for the list "
                                 "and severity."), width=14),
    ImportColumn("remarks", lambda: _label("remarks"), "text", max_length=REMARKS_MAX,
                 aliases=("备注",), width=20),
)

CREDIT_ENTRY_IMPORT = register_import(ImportSpec(
    key=ENTRIES_KEY,
    title=lambda: tr("Credit lists"),
    columns=ENTRY_COLUMNS,
    write=write_entry_rows,
    check_rows=check_entry_rows,
    permission=Permission.APPROVE,  # each row is a listing: a decision of the office
    table_key=TABLE_KEY,
    unique=(("list_kind", "entity_code", "basis"),),
))


# --- credit grades ----------------------------------------------------------------------------

def check_grade_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                     ) -> list[ImportIssue]:
    """Each row's code must belong to an entity of this office (and to the name, if given)."""
    entities = live_entities(session, (row["entity_code"] for _number, row in rows))
    code_header = CREDIT_GRADE_IMPORT.column("entity_code").header()
    name_header = CREDIT_GRADE_IMPORT.column("entity_name").header()
    issues: list[ImportIssue] = []
    for row_number, row in rows:
        code, name = row["entity_code"], row.get("entity_name")
        entity = entities.get(code)
        if entity is None:
            issues.append(ImportIssue(row_number, code_header, code, tr(
                "No entity with this code is registered in this office; enter or import it "
                "into the entity register first.")))
        elif name and " ".join(name.split()) != entity.name:
            issues.append(ImportIssue(row_number, name_header, name, tr(
                "This code belongs to “{name}”; check the code or the name.").format(
                    name=entity.name)))
    return issues


def write_grade_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Record each checked row as a grade of the entity holding its code."""
    entities = live_entities(session, (row["entity_code"] for row in rows))
    for row in rows:
        add_grade(session, entities[row["entity_code"]].id, row["grade"], row["graded_on"],
                  row["reason"])
    session.flush()
    return len(rows)


def _grade_choices() -> dict[str, str]:
    return {label: grade for grade, label in grade_labels().items()}


def _grade_aliases() -> dict[str, str]:
    return {f"{grade}级": grade for grade in grade_labels()}


GRADE_COLUMNS: tuple[ImportColumn, ...] = (
    code_column("entity_code"),
    ImportColumn("entity_name", lambda: _label("entity_name"), "text",
                 max_length=ENTITY_NAME_MAX, aliases=("名称", "主体名称", "单位名称", "姓名"),
                 note=lambda: tr("For checking: when filled in, it must be the registered "
                                 "name of the code."), width=30),
    ImportColumn("grade", lambda: tr("Credit grade"), "choice", required=True,
                 choices=_grade_choices, choice_aliases=_grade_aliases,
                 aliases=("信用等级", "等级", "信用评价等级"),
                 note=lambda: tr("A, B, C or D is understood too."), width=16),
    ImportColumn("graded_on", lambda: tr("Graded on"), "date", required=True,
                 aliases=("评定日期", "评价日期", "评级日期"), width=14),
    ImportColumn("reason", lambda: tr("Reason"), "text", required=True, max_length=REASON_MAX,
                 aliases=("理由", "评定理由", "依据", "说明"),
                 example=lambda: "2025年度公共资源交易市场主体信用评价", width=32),
)

CREDIT_GRADE_IMPORT = register_import(ImportSpec(
    key=GRADES_KEY,
    title=lambda: tr("Credit grades"),
    columns=GRADE_COLUMNS,
    write=write_grade_rows,
    check_rows=check_grade_rows,
    permission=Permission.WRITE,
    table_key="credit_grades",
    unique=(("entity_code", "graded_on"),),
))
