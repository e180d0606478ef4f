"""Import of an old register of documents sent (历史发文登记簿) from Excel: the ``notices`` import.

Each row's 发文字号 is split into organ code, year and number (any brackets, 第 or leading zeros
accepted); a number already in the database or twice in the file is reported at its row.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.notices import CC_MAX, REMARKS_MAX, SHORT_MAX, TITLE_MAX, Notice
from jianguan_desktop.db.records import OFFICE_KEY
from jianguan_desktop.domain.doc_format import format_doc_number
from jianguan_desktop.domain.numbering import parse_typed_number
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec
from jianguan_desktop.services.form_settings import form_profile
from jianguan_desktop.services.imports import register_import
from jianguan_desktop.services.notices import (
    TABLE_KEY,
    NoticeValues,
    add_notice,
    check_values,
    duplicate_message,
    field_labels,
)

IMPORT_KEY = "notices"
# Which column of the workbook a problem of a notice's field is reported at.
_FIELD_COLUMN = {"doc_code": "number", "doc_year": "number", "doc_seq": "number",
                 "status": "signed_on"}


def _not_a_number(value: Any) -> str | None:
    if parse_typed_number(str(value)) is None:
        return tr("Not a document number such as 滑监〔2026〕17号.")
    return None


def _values(row: Mapping[str, Any]) -> dict[str, Any]:
    """A workbook row as the notice service takes it: an old register holds sent documents."""
    values = {key: row.get(key) for key in ("title", "addressee", "signed_on", "issued_on",
                                           "cc", "remarks")}
    parsed = parse_typed_number(str(row.get("number") or ""))
    if parsed is not None:
        values["doc_code"], values["doc_year"], values["doc_seq"] = parsed
    values["status"] = "issued" if row.get("signed_on") else "draft"
    return values


def _checked(row: Mapping[str, Any], today: date) -> NoticeValues:
    return check_values(_values(row), today)


def check_notice_rows(session: Session, rows: list[tuple[int, dict[str, Any]]]
                      ) -> list[ImportIssue]:
    """The rules of the register for each row, and numbers taken in the database or file."""
    today = date.today()
    headers = {column.key: column.header() for column in NOTICE_COLUMNS}
    issues: list[ImportIssue] = []
    numbers: dict[str, int] = {}
    for row_number, row in rows:
        try:
            checked = _checked(row, today)
        except ValidationError as error:
            for field, reason in error.fields.items():
                column = _FIELD_COLUMN.get(field, field)
                value = row.get(column)
                issues.append(ImportIssue(row_number, headers.get(column, field),
                                          "" if value is None else str(value), reason))
            continue
        if checked.doc_code is None or checked.doc_year is None or checked.doc_seq is None:
            continue  # no number: the column check has said so
        number = format_doc_number(checked.doc_code, checked.doc_year, checked.doc_seq)
        shown = str(row.get("number") or number)
        if number in numbers:  # the same number written another way ([2026], 第17号...)
            issues.append(ImportIssue(row_number, headers["number"], shown, tr(
                "The document number {number} is already in row {row} of this file.").format(
                    number=number, row=numbers[number])))
            continue
        numbers[number] = row_number
    if numbers:
        office_code = str(session.info.get(OFFICE_KEY) or "")
        taken = session.execute(select(Notice.number, Notice.title, Notice.deleted_at).where(
            Notice.office_code == office_code, Notice.number.in_(list(numbers)))).all()
        for number, title, deleted_at in taken:
            row_number = numbers[number]
            issues.append(ImportIssue(row_number, headers["number"], number,
                                      duplicate_message(number, title, deleted_at is not None)))
    return sorted(issues, key=lambda issue: issue.row)


def write_notice_rows(session: Session, actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Add the checked rows as notices inside the import's transaction."""
    today = date.today()
    profile = form_profile(session)
    for row in rows:
        add_notice(session, _checked(row, today), profile, today)
    session.flush()
    return len(rows)


def _label(key: str) -> str:
    return field_labels()[key]


NOTICE_COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("number", lambda: _label("number"), "text", required=True, max_length=60,
                 aliases=("文号", "发文号", "发文字号（文号）"), check=_not_a_number,
                 note=lambda: tr("Organ code, year in 〔〕 and number, such as "
                                 "滑监〔2026〕17号; [2026] or (2026) are also understood."),
                 example=lambda: "滑监〔2026〕17号", width=18),
    ImportColumn("title", lambda: _label("title"), "text", required=True,
                 max_length=TITLE_MAX, aliases=("文件标题", "文件名称", "标题名称"), width=40,
                 example=lambda: "关于开展2026年度“双随机、一公开”抽查工作的通知"),
    ImportColumn("addressee", lambda: _label("addressee"), "text", max_length=SHORT_MAX,
                 aliases=("主送", "主送机关", "主送单位"), width=24),
    ImportColumn("signed_on", lambda: _label("signed_on"), "date",
                 aliases=("成文时间", "发文日期"), width=14,
                 note=lambda: tr("With a date the notice counts as issued, without as a "
                                 "draft.")),
    ImportColumn("issued_on", lambda: _label("issued_on"), "date",
                 aliases=("印发时间",), width=14),
    ImportColumn("cc", lambda: _label("cc"), "text", max_length=CC_MAX,
                 aliases=("抄送", "抄送机关", "抄送单位"), width=30,
                 note=lambda: tr("Units separated by 、.")),
    ImportColumn("remarks", lambda: _label("remarks"), "text", max_length=REMARKS_MAX,
                 aliases=("备注",), width=20),
)

register_import(ImportSpec(
    key=IMPORT_KEY,
    title=lambda: tr("Old register of documents sent"),
    columns=NOTICE_COLUMNS,
    write=write_notice_rows,
    check_rows=check_notice_rows,
    permission=Permission.WRITE,
    table_key=TABLE_KEY,
    unique=("number",),
))
