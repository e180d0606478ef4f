"""Exporting a register view to .xlsx, read back with openpyxl as a clerk's Excel would show it."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jianguan_desktop.errors import UserError
from jianguan_desktop.io import excel_export
from jianguan_desktop.io.excel_export import SheetColumn, excel_width, write_xlsx
from jianguan_desktop.services.progress import Cancelled, Progress
from jianguan_desktop.services.tables import TableQuery, export_view
from tests.fixture_registers import fill_notes, fixture_spec, note_amount, note_id

SPEC = fixture_spec()


@pytest.fixture
def notes(fixture_tables, admin):
    fill_notes(fixture_tables, 300)
    return fixture_tables


def test_export_writes_exactly_the_shown_columns_and_filtered_rows(notes, admin,
                                                                   tmp_path: Path) -> None:
    # GIVEN a view showing amount, title and date (in that order), works only, largest first
    query = TableQuery(filters={"category": "works"}, sort=(("amount", "desc"),))
    target = tmp_path / "导出" / "测试台账.xlsx"
    target.parent.mkdir()
    # WHEN it is exported
    written = export_view(notes, admin, SPEC, query, ["amount", "title", "signed_on", "large"],
                          target, widths={"title": 350})
    # THEN the workbook has those headers in that order, bold, with the header row frozen
    sheet = load_workbook(target).active
    assert written == 100
    assert [cell.value for cell in sheet[1]] == ["金额（元）", "标题", "签订日期", "大额"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    # AND one row per filtered record, in the view's sort
    assert sheet.max_row == 101
    amounts = [sheet.cell(row=r, column=1).value for r in range(2, 102)]
    expected = sorted((note_amount(i) for i in range(300) if i % 3 == 1), reverse=True)
    assert [Decimal(str(a)).quantize(Decimal("0.01")) for a in amounts] == expected
    # AND amounts are numbers shown with two decimals, dates real dates, flags 是/否
    first = sheet[2]
    assert isinstance(first[0].value, float) and first[0].number_format == "#,##0.00"
    assert isinstance(first[2].value, datetime) and first[2].number_format == "yyyy-mm-dd"
    assert first[3].value == "是"  # the largest amount is over 5,000
    # AND widths follow the screen
    assert sheet.column_dimensions["B"].width == pytest.approx(excel_width(350))
    # AND no temporary file is left beside it
    assert [p.name for p in target.parent.iterdir()] == ["测试台账.xlsx"]


def test_timestamps_are_local_time_and_enum_values_their_labels(tmp_path: Path) -> None:
    stored = datetime(2026, 11, 21, 6, 5, tzinfo=UTC)
    columns = [SheetColumn("at", "修改时间", "datetime"), SheetColumn("cat", "类别", "enum",
                                                                    labels={"works": "工程"}),
               SheetColumn("day", "日期", "date"), SheetColumn("n", "版本", "int")]
    rows = [{"at": stored, "cat": "works", "day": date(2026, 1, 2), "n": 3},
            {"at": None, "cat": None, "day": None, "n": None}]
    write_xlsx(tmp_path / "t.xlsx", columns, [rows])
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet["A2"].value == stored.astimezone().replace(tzinfo=None)
    assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["B2"].value == "工程"
    assert sheet["C2"].value == datetime(2026, 1, 2)
    assert sheet["D2"].value == 3
    assert [cell.value for cell in sheet[3]] == [None, None, None, None]


def test_a_title_row_goes_above_the_frozen_header(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "t.xlsx", [SheetColumn("a", "标题")], [[{"a": "x"}]],
               title="测试台账（2026年）")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet["A1"].value == "测试台账（2026年）" and sheet["A1"].font.bold
    assert sheet["A2"].value == "标题" and sheet.freeze_panes == "A3"


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "t.xlsx", [SheetColumn("a", "标题")],
               [[{"a": "=HYPERLINK(\"http://x\")"}, {"a": "控制\x07字符"}]])
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.startswith("=HYPERLINK")
    assert sheet["A3"].value == "控制字符"


def test_progress_is_reported_per_batch(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, text: seen.append((done, total, text)))
    batches = [[{"a": i} for i in range(start, start + 10)] for start in range(0, 30, 10)]
    write_xlsx(tmp_path / "t.xlsx", [SheetColumn("a", "序号", "int")], batches, total=30,
               progress=progress)
    assert [(done, total) for done, total, _text in seen[:3]] == [(10, 30), (20, 30), (30, 30)]
    assert seen[0][2] == "已写入 10 / 30 条"


def test_cancelling_leaves_no_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    # GIVEN last week's export at the same place
    target = tmp_path / "导出.xlsx"
    target.write_bytes(b"last week")
    progress = Progress()

    def batches():
        yield [{"a": 1}]
        progress.cancel()  # the user presses Cancel while rows are being written
        yield [{"a": 2}]

    # WHEN the export is cancelled half way
    with pytest.raises(Cancelled):
        write_xlsx(target, [SheetColumn("a", "序号", "int")], batches(), progress=progress)
    # THEN the older file is untouched and nothing half-written is left
    assert target.read_bytes() == b"last week"
    assert [p.name for p in tmp_path.iterdir()] == ["导出.xlsx"]


def test_a_file_open_in_excel_is_explained(tmp_path: Path, monkeypatch) -> None:
    # GIVEN Windows refuses to replace a workbook that Excel holds open
    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(excel_export.os, "replace", refuse)
    target = tmp_path / "导出.xlsx"
    with pytest.raises(UserError) as caught:
        write_xlsx(target, [SheetColumn("a", "标题")], [[{"a": "x"}]])
    assert "可能正在 Excel 中打开" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_or_missing_folder_is_explained(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(UserError) as caught:
        write_xlsx(tmp_path / "没有" / "x.xlsx", [SheetColumn("a", "标题")], [])
    assert "不存在" in str(caught.value)

    def read_only(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "touch", read_only)
    with pytest.raises(UserError) as caught:
        write_xlsx(tmp_path / "x.xlsx", [SheetColumn("a", "标题")], [])
    assert "只读" in str(caught.value)


def test_a_full_disk_is_explained_and_cleaned_up(tmp_path: Path, monkeypatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, os.strerror(28))

    monkeypatch.setattr(excel_export.Workbook, "save", full)
    with pytest.raises(UserError) as caught:
        write_xlsx(tmp_path / "x.xlsx", [SheetColumn("a", "标题")], [[{"a": "x"}]])
    assert "磁盘空间已满" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_more_rows_than_a_worksheet_holds_are_refused_before_writing(tmp_path: Path,
                                                                      monkeypatch) -> None:
    monkeypatch.setattr(excel_export, "MAX_DATA_ROWS", 5)
    with pytest.raises(UserError) as caught:
        write_xlsx(tmp_path / "x.xlsx", [SheetColumn("a", "标题")], [], total=6)
    assert "缩小范围" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_export_of_soft_deleted_rows_follows_the_view(notes, admin, tmp_path: Path) -> None:
    from jianguan_desktop.db.records import soft_delete
    from tests.fixture_tables import FixtureNote

    with notes.uow(admin) as uow:
        soft_delete(uow.session.get(FixtureNote, note_id(0)), uow.session)
        uow.commit()
    written = export_view(notes, admin, SPEC, TableQuery(), ["number"], tmp_path / "x.xlsx")
    sheet = load_workbook(tmp_path / "x.xlsx").active
    numbers = {row[0].value for row in sheet.iter_rows(min_row=2)}
    assert written == 299 and "测试〔2026〕1号" not in numbers
