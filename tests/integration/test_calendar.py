"""The office's calendar over the shipped table: a day set and taken back (audited, kept as a
tombstone), a year imported from Excel, and the cached calendar seeing every write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db.engine import open_database
from jianguan_desktop.errors import PermissionDenied, ValidationError
from jianguan_desktop.services.audit import record_history
from jianguan_desktop.services.calendar import (
    calendar_year,
    load_calendar,
    set_day,
    set_year_covered,
    workdays_add,
)
from jianguan_desktop.services.calendar_import import import_year
from jianguan_desktop.services.imports import ImportFailed, write_template
from tests.credit_fixtures import fill_template, make_clerk

# Test data shaped like a notice for 2027 (not the real one): 元旦 1–3 January, 春节 5–11 February
# with Saturday 13 February worked.
YEAR_2027 = [
    [date(2027, 1, 1), "放假", "元旦"], [date(2027, 1, 2), "放假", "元旦"],
    [date(2027, 1, 3), "放假", "元旦"],
    *[[date(2027, 2, day), "放假", "春节"] for day in range(5, 12)],
    [date(2027, 2, 13), "调休上班", "春节"],
]


def import_rows(db, actor, tmp_path: Path, rows, name: str = "2027年放假安排.xlsx"):
    path = write_template("calendar", tmp_path / name)
    headers = fill_template(path, rows)
    assert headers == ["日期", "类型", "节日名称"]
    return import_year(db, actor, path)


def test_a_day_set_by_the_office_overrides_the_shipped_table_until_taken_back(
        office_db, admin) -> None:
    # GIVEN Friday 9 October 2026, a working day in the shipped table
    assert load_calendar(office_db).is_workday(date(2026, 10, 9))
    # WHEN the office declares it a day off
    info = set_day(office_db, admin, date(2026, 10, 9), "holiday", "国庆节", note="县政府通知")
    # THEN deadlines skip it and say so (8 October, 10 October and 12 October count)
    assert info.source == "manual" and info.shipped_kind is None
    deadline = workdays_add(office_db, admin, date(2026, 9, 30), 3)
    assert deadline.due == date(2026, 10, 12)
    assert "10月1日–7日国庆节假期；10月9日国庆节假期" in deadline.explanation
    # AND the change is in the record's history
    history = record_history(office_db, admin, "calendar_days", info.row_id or "")
    assert [row.action for row in history] == ["create"]
    assert history[0].changes["kind"] == [None, "holiday"]
    # WHEN it is taken back
    back = set_day(office_db, admin, date(2026, 10, 9), None)
    # THEN the shipped table holds again, and the row stays as an audited tombstone
    assert back.source == "shipped" and back.row_id is None
    assert workdays_add(office_db, admin, date(2026, 9, 30), 3).due == date(2026, 10, 10)
    assert [row.action for row in record_history(office_db, admin, "calendar_days",
                                                 info.row_id or "")] == ["create", "delete"]


def test_a_shipped_make_up_day_can_be_set_aside_as_an_ordinary_day(office_db, admin) -> None:
    set_day(office_db, admin, date(2026, 10, 10), "ordinary")
    assert not load_calendar(office_db).is_workday(date(2026, 10, 10))
    year = calendar_year(office_db, admin, 2026)
    entry = next(day for day in year.days if day.day == date(2026, 10, 10))
    assert (entry.kind, entry.shipped_kind, entry.source) == ("ordinary", "makeup", "manual")
    assert all("10月10日" not in run.text for run in year.runs)


def test_wrong_days_and_clerks_are_refused(office_db, admin) -> None:
    with pytest.raises(ValidationError, match="星期四"):
        set_day(office_db, admin, date(2026, 10, 8), "makeup", "国庆节")
    with pytest.raises(ValidationError, match="节日名称"):
        set_day(office_db, admin, date(2026, 10, 8), "holiday", "  ")
    with pytest.raises(PermissionDenied):
        set_day(office_db, make_clerk(office_db, admin), date(2026, 10, 9), "holiday", "国庆节")
    assert load_calendar(office_db).is_workday(date(2026, 10, 9))


def test_a_year_imported_from_excel_becomes_covered(office_db, admin, tmp_path: Path) -> None:
    # GIVEN 2027 is not covered: a deadline into it warns
    assert calendar_year(office_db, admin, 2027).covered is False
    assert workdays_add(office_db, admin, date(2026, 12, 28), 5).warnings
    # WHEN the year's notice is imported from a workbook
    result = import_rows(office_db, admin, tmp_path, YEAR_2027)
    # THEN 2027 is covered, by an import, and the deadline skips 元旦 without a warning
    assert result.imported == len(YEAR_2027)
    year = calendar_year(office_db, admin, 2027)
    assert (year.covered, year.covered_source) == (True, "import")
    assert [run.text for run in year.runs] == [
        "1月1日–3日放假：元旦，共 3 天", "2月5日–11日放假：春节，共 7 天",
        "2月13日（星期六）调休上班（春节）"]
    deadline = workdays_add(office_db, admin, date(2026, 12, 28), 5)
    assert deadline.due == date(2027, 1, 5) and deadline.warnings == ()
    assert "2027年1月1日–3日元旦假期" in deadline.explanation


def test_importing_a_corrected_file_again_takes_back_days_it_no_longer_lists(
        office_db, admin, tmp_path: Path) -> None:
    # GIVEN 2027 imported with 13 February worked
    import_rows(office_db, admin, tmp_path, YEAR_2027)
    assert load_calendar(office_db).is_workday(date(2027, 2, 13))
    # WHEN a corrected file without that make-up day is imported
    import_rows(office_db, admin, tmp_path, YEAR_2027[:-1], name="2027年放假安排（更正）.xlsx")
    # THEN 13 February is an ordinary Saturday again, the rest stays
    calendar = load_calendar(office_db)
    assert not calendar.is_workday(date(2027, 2, 13))
    assert not calendar.is_workday(date(2027, 2, 5)) and calendar.covers(2027)


def test_a_bad_row_imports_nothing_and_names_the_row(office_db, admin,
                                                     tmp_path: Path) -> None:
    rows = [*YEAR_2027, [date(2027, 2, 12), "调休上班", "春节"]]  # a Friday
    with pytest.raises(ImportFailed) as failure:
        import_rows(office_db, admin, tmp_path, rows)
    issue = failure.value.check.issues[0]
    assert issue.column == "类型" and "星期五" in issue.reason
    assert not load_calendar(office_db).covers(2027)


def test_the_cached_calendar_sees_every_write_even_from_another_connection(
        office_db, admin, db_path: Path) -> None:
    # GIVEN the calendar read twice: the second time from the cache
    first = load_calendar(office_db)
    assert load_calendar(office_db) is first
    # WHEN another window (another connection to the same file) marks 2027 covered
    other = open_database(resolve_db_url(str(db_path)))
    try:
        set_year_covered(other, admin, 2027, note="国务院办公厅通知")
    finally:
        other.dispose()
    # THEN the next read sees it
    second = load_calendar(office_db)
    assert second is not first and second.covers(2027)
    # AND a write in this window is seen at once too
    set_day(office_db, admin, date(2027, 1, 1), "holiday", "元旦")
    assert not load_calendar(office_db).is_workday(date(2027, 1, 1))
    set_year_covered(office_db, admin, 2027, covered=False)
    assert not load_calendar(office_db).covers(2027)
