"""Taking over an old register of documents sent (历史发文登记簿) from Excel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from jianguan_desktop.services import notices
from jianguan_desktop.services.imports import ImportFailed, check_file, run_import
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from tests.excel_helpers import write_workbook

HEADERS = ["发文字号", "标题", "主送", "成文日期", "印发日期", "抄送", "备注"]


@pytest.fixture
def office(office_db, admin):
    set_setting(office_db, admin, "forms.doc_code", "滑监")
    return office_db


def numbers(db, actor) -> list[str]:
    rows = fetch_rows(db, actor, get_table("notices"), TableQuery(), 0, 100)
    return [row["number"] for row in rows]


def test_an_old_register_is_taken_over_and_numbering_goes_on(office, admin,
                                                            tmp_path: Path) -> None:
    # GIVEN an old register with numbers typed in several ways and dates as clerks type them
    path = write_workbook(tmp_path / "发文登记簿.xlsx", [
        ["滑县公共资源交易监督管理办公室2025年发文登记簿"],
        HEADERS,
        ["滑监[2025]1号", "关于开展2025年度抽查工作的通知", "各乡镇人民政府", "2025.3.5",
         "2025/3/6", "市公管办、县财政局", None],
        ["滑监（2025）第002号", "关于公布投诉举报渠道的通知", None, datetime(2025, 4, 1),
         None, None, "张贴公布"],
        ["滑监〔2025〕3", "关于调整联络员的通知", None, None, None, None, "草稿"],
    ], merges=["A1:G1"])
    # WHEN it is imported
    result = run_import(office, admin, "notices", path)
    # THEN every row is a notice with its number written the standard way
    assert result.imported == 3 and result.issues == []
    assert numbers(office, admin) == ["滑监〔2025〕3号", "滑监〔2025〕2号", "滑监〔2025〕1号"]
    first = notices.find_notice(office, admin, "滑监〔2025〕1号")
    assert first.signed_on == date(2025, 3, 5) and first.issued_on == date(2025, 3, 6)
    assert first.status == "issued" and first.cc == "市公管办、县财政局"
    assert notices.find_notice(office, admin, "滑监〔2025〕3号").status == "draft"
    # AND the next notice of 2025 follows the imported ones
    later = notices.create_notice(office, admin, {"title": "关于某事的通知", "doc_year": 2025},
                                  today=date(2026, 11, 21))
    assert later.number == "滑监〔2025〕4号"


def test_taken_and_repeated_numbers_are_reported_per_row(office, admin,
                                                        tmp_path: Path) -> None:
    # GIVEN a number already in the database, one written twice in the file, one not a number
    notices.create_notice(office, admin, {"title": "关于已有发文的通知", "doc_seq": 7,
                                          "doc_year": 2025}, today=date(2026, 11, 21))
    path = write_workbook(tmp_path / "book.xlsx", [
        HEADERS,
        ["滑监〔2025〕7号", "甲通知", None, None, None, None, None],
        ["滑监〔2025〕8号", "乙通知", None, None, None, None, None],
        ["滑监[2025]8号", "丙通知", None, None, None, None, None],
        ["第八号", "丁通知", None, None, None, None, None],
        ["滑监〔2025〕9号", "戊通知", None, "2025-05-06", "2025-05-01", None, None],
    ])
    # WHEN the file is checked
    check = check_file(office, admin, "notices", path)
    # THEN each problem names its row and says why
    by_row = {issue.row: issue for issue in check.issues}
    assert set(by_row) == {2, 4, 5, 6}
    assert "关于已有发文的通知" in by_row[2].reason
    assert "第 3 行" in by_row[4].reason
    assert by_row[5].column == "发文字号" and by_row[6].column == "印发日期"
    # AND importing it writes nothing
    with pytest.raises(ImportFailed):
        run_import(office, admin, "notices", path)
    assert numbers(office, admin) == ["滑监〔2025〕7号"]
    # unless only the good rows are asked for
    result = run_import(office, admin, "notices", path, valid_only=True)
    assert result.imported == 1 and "滑监〔2025〕8号" in numbers(office, admin)
