"""Importing: all rows or nothing, the valid rows when asked, a backup first, bad files refused."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.domain.roles import Actor, Role
from jianguan_desktop.errors import PermissionDenied, UserError
from jianguan_desktop.io.excel import reader
from jianguan_desktop.services import backup as backup_service
from jianguan_desktop.services.audit_table import describe_changes
from jianguan_desktop.services.imports import (
    IMPORT_REASON,
    MAX_FILE_MB,
    ImportFailed,
    ImportIssue,
    check_file,
    register_import,
    run_import,
    save_report,
)
from jianguan_desktop.services.progress import Cancelled, Progress
from jianguan_desktop.services.settings import set_setting
from tests.excel_helpers import (
    HEADERS,
    IMPORT_KEY,
    count_notes,
    fixture_import_spec,
    register_fixture_import,
    write_csv,
    write_encrypted_xlsx,
    write_large_xlsx,
    write_many,
    write_old_xls,
    write_workbook,
)
from tests.fixture_tables import FixtureNote

ROWS = 10_000
BAD_ROW = 5_000  # an Excel row number


@pytest.fixture
def db(fixture_tables):
    register_fixture_import()
    return fixture_tables


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """10,000 rows, the one at Excel row 5,000 with an amount that is not a number."""
    folder = tmp_path_factory.mktemp("big")
    bad = ["项目05000", "工程", "一千元", date(2026, 3, 5), "005000"]
    return write_many(folder / "一万行.xlsx", ROWS, bad={BAD_ROW: bad})


def test_a_file_with_one_bad_row_in_ten_thousand_imports_nothing(db, admin, big_file) -> None:
    # WHEN the file with an error in row 5,000 of 10,000 is imported
    with pytest.raises(ImportFailed) as caught:
        run_import(db, admin, IMPORT_KEY, big_file)
    # THEN the message says how many rows have problems and that nothing was imported
    assert caught.value.message.startswith(
        "一万行.xlsx 共 10,000 行，其中 1 行有问题，未导入任何数据")
    # AND the report names that row by its Excel number, the column, value and reason
    [issue] = caught.value.check.issues
    assert (issue.row, issue.column, issue.value) == (BAD_ROW, "金额（元）", "一千元")
    assert "不是数字" in issue.reason
    # AND nothing was written, and no backup was needed
    assert count_notes(db) == 0
    assert backup_service.list_backups(db) == []


def test_the_saved_report_names_the_bad_row(db, admin, big_file, tmp_path) -> None:
    # GIVEN the check of the file with an error in row 5,000
    check = check_file(db, admin, IMPORT_KEY, big_file)
    # WHEN its problems are saved as a workbook
    save_report(check.issues, tmp_path / "问题.xlsx")
    # THEN the workbook lists that row, column, value and reason under Chinese headers
    rows = list(load_workbook(tmp_path / "问题.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("行号", "列", "文件中的内容", "问题")
    assert rows[1][:3] == (BAD_ROW, "金额（元）", "一千元") and "不是数字" in rows[1][3]
    assert len(rows) == 2


def test_importing_the_valid_rows_only_skips_the_bad_one(db, admin, big_file) -> None:
    # WHEN the user chooses to import the valid rows
    result = run_import(db, admin, IMPORT_KEY, big_file, valid_only=True)
    # THEN 9,999 rows come in, one is skipped and listed
    assert (result.imported, result.skipped) == (ROWS - 1, 1)
    assert [issue.row for issue in result.issues] == [BAD_ROW]
    assert count_notes(db) == ROWS - 1


def test_a_clean_import_is_backed_up_first_and_audited(db, admin, tmp_path) -> None:
    # GIVEN a clean list of three rows
    path = write_many(tmp_path / "三行.xlsx", 3)
    # WHEN it is imported
    result = run_import(db, admin, IMPORT_KEY, path)
    # THEN the three rows are in the register
    assert (result.imported, result.skipped, result.issues) == (3, 0, [])
    assert count_notes(db) == 3
    # AND a backup made before the import exists, and holds none of the new rows
    assert result.backup_file is not None and result.backup_file.exists()
    [info] = backup_service.list_backups(db)
    assert info.path == result.backup_file and info.reason == IMPORT_REASON
    # AND the audit log has a line for the import naming the file and the counts
    with db.uow(readonly=True) as uow:
        actor, record, changes = uow.session.execute(
            select(AuditEntry.actor, AuditEntry.record_id, AuditEntry.changes)
            .where(AuditEntry.action == "import")).one()
    assert actor == "admin" and record == "三行.xlsx"
    text = describe_changes(json.loads(changes), "fixture_notes")
    assert "导入的文件：三行.xlsx" in text and "导入行数：3" in text and "跳过行数：0" in text
    assert f"导入前的备份：{result.backup_file.name}" in text


def _codes_taken(session: Session, rows: list[tuple[int, dict]]) -> list[ImportIssue]:
    """The register's own check: a project code already in the database is refused."""
    codes = {row["code"] for _number, row in rows if row["code"]}
    taken = set(session.execute(select(FixtureNote.body).where(FixtureNote.body.in_(codes)))
                .scalars())
    return [ImportIssue(number, "项目编号", row["code"], "台账中已有这个项目编号。")
            for number, row in rows if row["code"] in taken]


def test_the_registers_own_database_check_refuses_rows(db, admin, tmp_path) -> None:
    # GIVEN an import that refuses project codes already in the register, which holds 000003
    register_import(replace(fixture_import_spec(), check_rows=_codes_taken))
    run_import(db, admin, IMPORT_KEY, write_workbook(tmp_path / "第一批.xlsx", [
        HEADERS, ["道路硬化", "工程", 1, None, "000003"]]))
    # WHEN a file with that code among others is imported
    path = write_many(tmp_path / "第二批.xlsx", 5)
    with pytest.raises(ImportFailed) as caught:
        run_import(db, admin, IMPORT_KEY, path)
    # THEN the row holding it is named, and nothing of the file was written
    assert [(issue.row, issue.reason) for issue in caught.value.check.issues] == [
        (3, "台账中已有这个项目编号。")]
    assert count_notes(db) == 1
    # AND the other rows can be imported on their own
    assert run_import(db, admin, IMPORT_KEY, path, valid_only=True).imported == 4


def test_cancelling_midway_writes_nothing(db, admin, tmp_path) -> None:
    # GIVEN a 3,000-row file and a user who cancels once 2,000 rows are written
    path = write_many(tmp_path / "三千行.xlsx", 3000)

    def cancel_while_writing(done: int, _total: int, text: str) -> None:
        if text.startswith("正在导入") and done >= 2000:
            progress.cancel()

    progress = Progress(cancel_while_writing)
    # WHEN it is imported
    with pytest.raises(Cancelled):
        run_import(db, admin, IMPORT_KEY, path, progress=progress)
    # THEN no row was written
    assert count_notes(db) == 0


def test_cancelling_while_checking_stops_the_check(db, admin, tmp_path) -> None:
    path = write_many(tmp_path / "三千行.xlsx", 3000)
    progress = Progress(lambda done, _total, _text: progress.cancel() if done >= 1000 else None)
    with pytest.raises(Cancelled):
        check_file(db, admin, IMPORT_KEY, path, progress=progress)
    assert progress.done == 1000


def test_progress_counts_the_rows_read_against_the_size_the_sheet_states(db, admin,
                                                                       tmp_path) -> None:
    # GIVEN a sheet that states its size, and one that does not
    stated = write_workbook(tmp_path / "标明.xlsx", [HEADERS] + [
        [f"项目{n}", "工程", 1, None, None] for n in range(3000)])
    unstated = write_many(tmp_path / "未标明.xlsx", 3000)
    for path, total in ((stated, 3000), (unstated, 0)):
        seen: list[tuple[int, int]] = []
        # WHEN each is checked
        check_file(db, admin, IMPORT_KEY, path, progress=Progress(
            lambda done, total, _text, seen=seen: seen.append((done, total))))
        # THEN progress counts the rows read, out of the stated size (0: unknown)
        assert seen == [(1000, total), (2000, total), (3000, total)]


def test_a_read_only_user_may_not_import(db, tmp_path) -> None:
    reader = Actor(username="viewer", role=Role.READONLY, user_id=9)
    path = write_many(tmp_path / "三行.xlsx", 3)
    with pytest.raises(PermissionDenied):
        run_import(db, reader, IMPORT_KEY, path)
    assert count_notes(db) == 0


# --- files that cannot be used ------------------------------------------------------------

def _refused(db, admin, path: Path) -> str:
    with pytest.raises(UserError) as caught:
        run_import(db, admin, IMPORT_KEY, path)
    assert count_notes(db) == 0
    assert backup_service.list_backups(db) == []
    return str(caught.value)


def test_a_password_protected_workbook_is_refused_in_words(db, admin, tmp_path) -> None:
    message = _refused(db, admin, write_encrypted_xlsx(tmp_path / "加密.xlsx"))
    assert message.startswith("加密.xlsx 设置了打开密码")


def test_an_old_xls_renamed_xlsx_is_refused_in_words(db, admin, tmp_path) -> None:
    message = _refused(db, admin, write_old_xls(tmp_path / "旧格式.xlsx"))
    assert "旧版 Excel 工作簿（.xls" in message and "另存为" in message


def test_a_csv_renamed_xlsx_is_refused_in_words(db, admin, tmp_path) -> None:
    message = _refused(db, admin, write_csv(tmp_path / "导出.xlsx"))
    assert "文本文件（CSV）" in message


def test_a_web_page_saved_as_xls_is_refused_in_words(db, admin, tmp_path) -> None:
    page = tmp_path / "系统导出.xlsx"
    page.write_text("<html><body><table><tr><td>标题</td></tr></table></body></html>",
                    encoding="utf-8")
    assert "网页" in _refused(db, admin, page)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_damaged_workbook_is_refused_in_words(db, admin, tmp_path, damage: str) -> None:
    good = write_many(tmp_path / "好的.xlsx", 50).read_bytes()
    broken = tmp_path / "损坏.xlsx"
    broken.write_bytes({"truncated": good[: len(good) // 2], "garbage": bytes(range(256)) * 40,
                        "empty": b""}[damage])
    message = _refused(db, admin, broken)
    assert message.startswith("损坏.xlsx") and ("已损坏" in message or "是空文件" in message)


def test_a_zip_with_a_damaged_sheet_inside_is_refused_in_words(db, admin, tmp_path) -> None:
    import zipfile

    good = write_many(tmp_path / "好的.xlsx", 50)
    broken = tmp_path / "内部损坏.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            target.writestr(item, data)
    assert "已损坏" in _refused(db, admin, broken)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(db, admin, tmp_path) -> None:
    # GIVEN the limit lowered to 1 MB and a 1.2 MB workbook
    set_setting(db, admin, MAX_FILE_MB.key, 1)
    path = write_large_xlsx(tmp_path / "很大.xlsx", 1.2)
    assert path.stat().st_size > 2**20
    # WHEN it is imported THEN it is refused, naming its size and the limit
    message = _refused(db, admin, path)
    assert "超过 1 MB" in message


def test_a_missing_file_is_named(db, admin, tmp_path) -> None:
    assert "不存在" in _refused(db, admin, tmp_path / "没有这个.xlsx")


def test_a_file_that_cannot_be_opened_says_why(db, admin, tmp_path, monkeypatch) -> None:
    path = write_many(tmp_path / "占用.xlsx", 3)

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader, "open", locked, raising=False)
    assert "无法打开" in _refused(db, admin, path)


def test_a_workbook_named_xls_that_is_really_xlsx_is_read(db, admin, tmp_path) -> None:
    # GIVEN a real .xlsx workbook that someone saved with the .xls ending
    path = write_workbook(tmp_path / "名字不对.xls", [HEADERS, ["道路硬化", "工程", 1, None, None]])
    # WHEN it is imported THEN the content decides, not the name
    assert run_import(db, admin, IMPORT_KEY, path).imported == 1
