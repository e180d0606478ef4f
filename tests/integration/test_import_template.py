"""The import template: headers, a notes row, drop-down lists and formats; filled in, it imports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from jianguan_desktop.io.excel.schema import ImportColumn, ImportSpec
from jianguan_desktop.services.imports import check_file, run_import, write_template
from tests.excel_helpers import HEADERS, IMPORT_KEY, register_fixture_import
from tests.fixture_tables import FixtureNote


@pytest.fixture
def db(fixture_tables):
    register_fixture_import()
    return fixture_tables


def test_the_template_has_headers_notes_drop_downs_and_formats(db, tmp_path) -> None:
    # WHEN the template is saved
    path = write_template(IMPORT_KEY, tmp_path / "测试台账导入模板.xlsx")
    sheet = load_workbook(path).active
    # THEN row 1 holds the Chinese headers in bold, frozen with the notes row under them
    assert [cell.value for cell in sheet[1]] == HEADERS
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A3"
    # AND row 2 says what each column takes, in grey italics
    notes = [cell.value for cell in sheet[2]]
    assert notes[0] == "【必填】文字，不超过 200 个字。\n例：城关镇道路硬化工程"
    assert notes[1] == "【选填】从下拉列表中选择：货物、工程、服务。"
    assert notes[3] == "【选填】日期，如 2026-03-05。"
    assert notes[4] == "【选填】编码，6 位。\n本县项目编号，6 位数字。"
    assert all(cell.font.italic for cell in sheet[2])
    # AND the category column has a drop-down list of its choices from row 3 down
    [validation] = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"货物,工程,服务"'
    assert str(validation.sqref) == "B3:B1048576"
    # AND dates are formatted as dates and codes as text (Excel keeps their leading zeros)
    assert sheet.column_dimensions["D"].number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["E"].number_format == "@"
    # AND no data row is pre-filled
    assert sheet.max_row == 2


def test_a_long_list_of_choices_is_kept_on_a_hidden_sheet(tmp_path) -> None:
    # GIVEN an import whose choice column has 60 choices
    towns = {f"第{n:02d}镇": f"town{n}" for n in range(60)}
    spec = ImportSpec(key="towns", title=lambda: "乡镇", write=lambda *_: 0,
                      columns=(ImportColumn("town", lambda: "乡镇", "choice",
                                            choices=lambda: towns),))
    from jianguan_desktop.io.excel.template import write_template as write_spec_template

    # WHEN its template is saved
    workbook = load_workbook(write_spec_template(spec, tmp_path / "乡镇.xlsx"))
    # THEN the choices sit on a hidden sheet and the drop-down refers to them
    choices = workbook["选项"]
    assert choices.sheet_state == "hidden"
    assert [row[0] for row in choices.iter_rows(values_only=True)] == list(towns)
    [validation] = workbook["乡镇"].data_validations.dataValidation
    assert validation.formula1 == "'选项'!$A$1:$A$60"
    # AND the notes name the first few and say how many more
    assert "另有" in workbook["乡镇"]["A2"].value


def test_a_filled_in_template_imports_as_it_is(db, admin, tmp_path) -> None:
    # GIVEN the template, filled in from row 3 as a clerk would
    path = write_template(IMPORT_KEY, tmp_path / "模板.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.active
    sheet.append(["城关镇道路硬化", "工程", 1234.5, date(2026, 3, 5), "001234"])
    sheet.append(["吕村镇校舍维修", "货物", None, "2026年3月6日", "001235"])
    workbook.save(path)
    # WHEN it is checked THEN the notes row is not taken for data
    check = check_file(db, admin, IMPORT_KEY, path)
    assert (check.header_row, check.total_rows, check.valid_rows) == (1, 2, 2)
    # AND importing it brings both rows in
    assert run_import(db, admin, IMPORT_KEY, path).imported == 2
    with db.uow(readonly=True) as uow:
        rows = uow.session.execute(select(FixtureNote.title, FixtureNote.amount,
                                          FixtureNote.body).order_by(FixtureNote.body)).all()
    assert [tuple(row) for row in rows] == [("城关镇道路硬化", Decimal("1234.50"), "001234"),
                                           ("吕村镇校舍维修", None, "001235")]


def test_the_template_file_replaces_an_older_one(db, tmp_path) -> None:
    # GIVEN an older file where the template is to go
    folder = tmp_path / "模板"
    folder.mkdir()
    target = folder / "模板.xlsx"
    target.write_bytes(b"old")
    # WHEN the template is saved there THEN it replaces the file, leaving nothing else behind
    write_template(IMPORT_KEY, target)
    assert load_workbook(target).active["A1"].value == "标题"
    assert [item.name for item in folder.iterdir()] == ["模板.xlsx"]
