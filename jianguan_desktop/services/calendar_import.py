"""Import of a year's holidays from Excel (the State Council notice typed as 日期, 类型, 节日名称):
the ``calendar`` import. Each year in the file becomes covered, its days the file's.

The file is the year's whole list: the office's earlier entries of that year that the file does
not list go back to the shipped table (kept as tombstones, audited).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.calendar import NAME_MAX, CalendarDayRow
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.records import OFFICE_KEY
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.workdays import DayKind, kind_label
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec
from jianguan_desktop.services.calendar import check_day, field_labels, put_day, put_year
from jianguan_desktop.services.imports import ImportResult, register_import, run_import
from jianguan_desktop.services.progress import Progress

IMPORT_KEY = "calendar"
SOURCE = "import"
_DAYS_KEY = "calendar_import_days"  # session.info: the days this import has written


def _kind_choices() -> Mapping[str, Any]:
    return {kind_label(kind): kind.value for kind in DayKind}


def _kind_aliases() -> Mapping[str, Any]:
    return {"休息": DayKind.HOLIDAY.value, "假日": DayKind.HOLIDAY.value,
            "节假日": DayKind.HOLIDAY.value, "放假调休": DayKind.HOLIDAY.value,
            "上班": DayKind.MAKEUP.value, "补班": DayKind.MAKEUP.value,
            "调休补班": DayKind.MAKEUP.value, "holiday": DayKind.HOLIDAY.value,
            "makeup": DayKind.MAKEUP.value}


def check_calendar_rows(_session: Session, rows: list[tuple[int, dict[str, Any]]]
                        ) -> list[ImportIssue]:
    """The calendar's rules for each row (a make-up day is a weekend day; a holiday is named)."""
    headers = {column.key: column.header() for column in CALENDAR_COLUMNS}
    issues: list[ImportIssue] = []
    for row_number, row in rows:
        try:
            check_day(row["day"], row["kind"], row.get("name") or "")
        except ValidationError as error:
            column = {"day": "day", "kind": "kind", "year": "day"}.get(error.field or "", "name")
            value = row.get(column)
            issues.append(ImportIssue(row_number, headers[column],
                                      "" if value is None else str(value), str(error)))
    return issues


def write_calendar_rows(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    """Set each row's day, mark its year covered, and take back the office's other entries of
    those years (inside the import's one transaction)."""
    written: set[date] = session.info.setdefault(_DAYS_KEY, set())
    for row in rows:
        name, _note = check_day(row["day"], row["kind"], row.get("name") or "")
        put_day(session, row["day"], row["kind"], name, SOURCE)
        written.add(row["day"])
    years = sorted({row["day"].year for row in rows})
    session.flush()
    for year in years:
        put_year(session, year, True, SOURCE, tr("Imported from Excel"))
        others = session.execute(select(CalendarDayRow).where(
            CalendarDayRow.office_code == str(session.info.get(OFFICE_KEY) or ""),
            CalendarDayRow.deleted_at.is_(None),
            CalendarDayRow.day >= date(year, 1, 1), CalendarDayRow.day <= date(year, 12, 31),
        )).scalars()
        for other in list(others):
            if other.day not in written:
                put_day(session, other.day, None, "", SOURCE)
    session.flush()
    return len(rows)


def _label(key: str) -> str:
    return field_labels()[key]


CALENDAR_COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("day", lambda: _label("day"), "date", required=True,
                 aliases=("日期（年月日）", "放假日期", "上班日期"), width=14,
                 note=lambda: tr("One row a day: every day off of each break (weekends inside "
                                 "it too) and every make-up working day."),
                 example=lambda: "2027-02-06"),
    ImportColumn("kind", lambda: _label("kind"), "choice", required=True,
                 choices=_kind_choices, choice_aliases=_kind_aliases,
                 aliases=("种类", "放假或上班"), width=12,
                 example=lambda: kind_label(DayKind.HOLIDAY)),
    ImportColumn("name", lambda: _label("name"), "text", max_length=NAME_MAX,
                 aliases=("节日", "节假日名称", "名称"), width=16,
                 note=lambda: tr("Required for a day off; for a make-up working day, the "
                                 "festival it belongs to."),
                 example=lambda: "春节"),
)

register_import(ImportSpec(
    key=IMPORT_KEY,
    title=lambda: tr("Holidays of a year (State Council notice)"),
    columns=CALENDAR_COLUMNS,
    write=write_calendar_rows,
    check_rows=check_calendar_rows,
    permission=Permission.EDIT_SETTINGS,
    table_key=None,
    unique=("day",),
))


def import_year(db: Database, actor: Actor, path: str | os.PathLike[str], *,
                valid_only: bool = False, progress: Progress | None = None) -> ImportResult:
    """Import a workbook of a year's holidays (日期, 类型, 节日名称) through the import engine:
    every row checked first, a backup, one transaction; each year in it becomes covered."""
    return run_import(db, actor, IMPORT_KEY, path, valid_only=valid_only, progress=progress)
