"""Checking workbooks as clerks make them: every messy case is read, every bad row is named."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from jianguan_desktop.errors import UserError
from jianguan_desktop.services.imports import check_file, run_import
from tests.excel_helpers import (
    HEADERS,
    IMPORT_KEY,
    count_notes,
    register_fixture_import,
    write_workbook,
)
from tests.fixture_tables import FixtureNote


@pytest.fixture
def db(fixture_tables):
    register_fixture_import()
    return fixture_tables


def imported(db) -> list[FixtureNote]:
    """The notes in the database, in the order they were written."""
    with db.uow(readonly=True) as uow:
        notes = uow.session.query(FixtureNote).order_by(FixtureNote.change_seq).all()
        uow.session.expunge_all()
        return notes


def test_blank_rows_are_skipped_and_rows_keep_their_excel_numbers(db, admin, tmp_path) -> None:
    # GIVEN a sheet with blank rows (empty, and holding only spaces) between the records
    path = write_workbook(tmp_path / "清单.xlsx", [
        HEADERS,
        ["道路硬化", "工程", 100, date(2026, 3, 5), "000001"],
        [None, None, None, None, None],
        ["  ", "\u3000", None, None, " "],
        ["校舍维修", "没有这类", 200, date(2026, 3, 6), "000002"],
    ])
    # WHEN it is checked
    check = check_file(db, admin, IMPORT_KEY, path)
    # THEN the blank rows are not counted, and the bad row is named by its Excel row number
    assert (check.total_rows, check.valid_rows, check.header_row) == (2, 1, 1)
    assert [(issue.row, issue.column) for issue in check.issues] == [(5, "类别")]


def test_spaces_numbers_as_text_and_dates_typed_by_hand_are_read(db, admin, tmp_path) -> None:
    # GIVEN cells with outer spaces (ASCII, full-width, no-break), numbers stored as text,
    # codes Excel made numbers of, and dates typed as 2026.3.5, 2026/3/5 and 2026年3月5日
    path = write_workbook(tmp_path / "手工.xlsx", [
        HEADERS,
        ["\u3000城关镇道路硬化 ", " 工程\xa0", "1,234.50", "2026.3.5", 1234],
        ["校舍维修\xa0", "货物", "１２３４．５", "2026/3/5", 410522.0],
        [" 绿化养护", "services", 99.5, "2026年3月5日", "000123.0"],
        ["农田水利", "服务", "0", "２０２６年３月５日", "  000456 "],
    ])
    # WHEN it is imported
    result = run_import(db, admin, IMPORT_KEY, path)
    # THEN every row comes in, cleaned
    assert result.imported == 4 and result.issues == []
    notes = imported(db)
    assert [note.title for note in notes] == ["城关镇道路硬化", "校舍维修", "绿化养护", "农田水利"]
    assert [note.category for note in notes] == ["works", "goods", "services", "services"]
    assert [note.amount for note in notes] == [Decimal("1234.50"), Decimal("1234.50"),
                                               Decimal("99.50"), Decimal("0.00")]
    assert {note.signed_on for note in notes} == {date(2026, 3, 5)}
    assert [note.body for note in notes] == ["001234", "410522", "000123", "000456"]


def test_real_excel_dates_and_serial_numbers_are_read(db, admin, tmp_path) -> None:
    # GIVEN a date column holding a real date, a date and time, and a bare serial number
    path = write_workbook(tmp_path / "日期.xlsx", [
        HEADERS,
        ["甲", "工程", 1, datetime(2026, 3, 5, 9, 30), "000001"],
        ["乙", "工程", 1, 46086, "000002"],
        ["丙", "工程", 1, date(2026, 3, 5), "000003"],
    ], formats={"D": "yyyy-mm-dd"})
    # WHEN it is imported
    run_import(db, admin, IMPORT_KEY, path)
    # THEN each is 5 March 2026
    assert {note.signed_on for note in imported(db)} == {date(2026, 3, 5)}


def test_merged_title_rows_above_the_header_and_columns_in_another_order(db, admin,
                                                                        tmp_path) -> None:
    # GIVEN a merged two-line title, a blank row, a header with the columns shuffled, spaced
    # and marked required, an extra column (序号) the import does not know, and an alias
    path = write_workbook(tmp_path / "登记表.xlsx", [
        ["安阳县2026年合同登记表", None, None, None, None, None],
        ["填报单位：城关镇", None, None, None, None, None],
        [None] * 6,
        ["序号", "签订日期", "项目编号", "金 额", "*项目名称", "类别（必填）"],
        [1, "2026-03-05", "000001", 10, "道路硬化", "工程"],
        [2, "2026-03-06", "000002", 20, "校舍维修", "货物"],
    ], merges=["A1:F1", "A2:F2"])
    # WHEN it is checked
    check = check_file(db, admin, IMPORT_KEY, path)
    # THEN the header is found on row 4, the unknown column is noted, and both rows are fine
    assert (check.header_row, check.total_rows, check.valid_rows) == (4, 2, 2)
    assert check.issues == []
    assert check.ignored_columns == ["序号（A列）"]
    # AND importing puts each value in its own field
    run_import(db, admin, IMPORT_KEY, path)
    first = imported(db)[0]
    assert (first.title, first.category, first.amount, first.signed_on, first.body) == (
        "道路硬化", "works", Decimal("10.00"), date(2026, 3, 5), "000001")


def test_the_sheet_with_the_header_is_used_whatever_its_place(db, admin, tmp_path) -> None:
    # GIVEN a workbook whose first sheet is a cover page and whose second holds the list
    path = write_workbook(tmp_path / "两页.xlsx", [HEADERS, ["道路硬化", "工程", 1, None, None]],
                          sheet="清单", before=[("封面", [["2026年合同登记"], ["制表：张三"]])])
    # WHEN it is checked
    check = check_file(db, admin, IMPORT_KEY, path)
    # THEN the list is found on the second sheet
    assert (check.sheet, check.valid_rows) == ("清单", 1)


def test_every_problem_of_every_row_is_reported_with_its_value_and_reason(db, admin,
                                                                        tmp_path) -> None:
    # GIVEN rows with several kinds of problems, one of them with three at once
    path = write_workbook(tmp_path / "问题.xlsx", [
        HEADERS,
        [None, "施工", "abc", "2026-2-30", "12"],
        ["测试", "工程", -5, "2026.3.5", "000001"],
        ["道路硬化", "工程", 1, "2026.3.5", "000002"],
        ["校舍维修", "工程", 1, "2026.3.5", "000002"],
    ])
    # WHEN it is checked
    check = check_file(db, admin, IMPORT_KEY, path)
    # THEN each problem names its row, column, the value as typed and the reason
    found = {(issue.row, issue.column): (issue.value, issue.reason) for issue in check.issues}
    assert found[(2, "标题")] == ("", "必填项：此处不能为空。")
    assert found[(2, "类别")][1] == "“施工”不是可选的值。可选：货物、工程、服务。"
    assert found[(2, "签订日期")] == ("2026-2-30",
                                       "“2026-2-30”不是有效日期：2026年2月只有 28 天。")
    assert found[(2, "项目编号")][1] == "编码应为 6 位，“12”是 2 位。"
    assert found[(3, "标题")][1] == "标题不能是“测试”。"
    assert found[(3, "金额（元）")][1] == "数值不能小于 0。"
    # AND a code used twice in the file is reported on its second row
    assert found[(5, "项目编号")] == ("000002", "与第 4 行重复：每一行的“项目编号”都应不同。")
    assert (check.total_rows, check.valid_rows, check.problem_rows) == (4, 1, 3)


def test_a_missing_required_column_is_named(db, admin, tmp_path) -> None:
    # GIVEN a list without the required 标题 column
    path = write_workbook(tmp_path / "缺列.xlsx", [["类别", "金额（元）"], ["工程", 1]])
    # WHEN it is checked THEN the message names the column and the header row
    with pytest.raises(UserError) as caught:
        check_file(db, admin, IMPORT_KEY, path)
    assert "“标题”" in str(caught.value) and "第 1 行" in str(caught.value)
    assert count_notes(db) == 0


def test_a_column_given_twice_is_refused(db, admin, tmp_path) -> None:
    path = write_workbook(tmp_path / "重复列.xlsx",
                          [["标题", "类别", "标题"], ["甲", "工程", "乙"]])
    with pytest.raises(UserError) as caught:
        check_file(db, admin, IMPORT_KEY, path)
    assert "A 列和 C 列" in str(caught.value)


def test_a_sheet_without_a_header_row_is_refused(db, admin, tmp_path) -> None:
    # GIVEN a workbook whose rows name none of the import's columns
    path = write_workbook(tmp_path / "无表头.xlsx", [["名称", "种类"], ["道路硬化", "工程"]])
    # WHEN it is imported THEN the message lists the headers looked for; nothing is written
    with pytest.raises(UserError) as caught:
        run_import(db, admin, IMPORT_KEY, path)
    assert "没有找到表头" in str(caught.value) and "“标题”" in str(caught.value)
    assert count_notes(db) == 0


def test_an_empty_workbook_is_refused(db, admin, tmp_path) -> None:
    path = write_workbook(tmp_path / "空.xlsx", [])
    with pytest.raises(UserError) as caught:
        check_file(db, admin, IMPORT_KEY, path)
    assert "没有任何内容" in str(caught.value)


def test_a_header_without_rows_imports_nothing_and_says_so(db, admin, tmp_path) -> None:
    path = write_workbook(tmp_path / "只有表头.xlsx", [HEADERS, [None] * 5])
    assert check_file(db, admin, IMPORT_KEY, path).total_rows == 0
    with pytest.raises(UserError) as caught:
        run_import(db, admin, IMPORT_KEY, path)
    assert "没有数据行" in str(caught.value)
