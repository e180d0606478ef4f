"""The import dialog: a clean workbook imports and its rows appear in the register; a workbook with
errors shows each by row and reason, imports nothing by itself, and 「仅导入无误的行」 imports the
rest after saying how many rows are skipped.

The import is the test register's (tests/fixture_registers.py), declared here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.imports import ImportColumn, ImportSpec, register_import
from jianguan_desktop.ui.import_dialog import ImportDialog, open_import
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.register_view import RegisterView
from tests.fixture_registers import TABLE_KEY, register_fixture_table
from tests.fixture_tables import FixtureNote

HEADERS = ["标题", "类别", "金额（元）"]
CATEGORIES = {"货物": "goods", "工程": "works", "服务": "services"}


def write_notes(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    session.add_all(FixtureNote(title=row["title"], category=row["category"],
                                amount=row["amount"], body="") for row in rows)
    return len(rows)


@pytest.fixture
def notes_import(fixture_tables: object) -> object:
    register_fixture_table()
    register_import(ImportSpec(
        key="fixture_notes", title=lambda: "测试台账",
        columns=(ImportColumn("title", lambda: "标题", required=True, max_length=60),
                 ImportColumn("category", lambda: "类别", "choice", required=True,
                              choices=lambda: CATEGORIES),
                 ImportColumn("amount", lambda: "金额（元）", "decimal", places=2, minimum=0)),
        write=write_notes, table_key=TABLE_KEY))
    return fixture_tables


def workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def open_page_and_dialog(qtbot: QtBot, db: object, admin: object
                         ) -> tuple[RegisterView, ImportDialog]:
    page = RegisterView(db, admin, TABLE_KEY)
    qtbot.addWidget(page)
    page.show()
    dialog = open_import(page, AppContext(db, admin), "fixture_notes",
                         on_imported=lambda _count: page.refresh())
    assert dialog is not None
    return page, dialog


def wait_for(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)


def test_a_clean_workbook_imports_and_its_rows_appear(qtbot: QtBot, notes_import: object,
                                                      admin: object, tmp_path: Path) -> None:
    # GIVEN a workbook of three good rows
    path = workbook(tmp_path / "清单.xlsx", [["东关小学维修", "工程", 1200],
                                           ["办公电脑", "货物", "3500.50"],
                                           ["物业服务", "服务", None]])
    page, dialog = open_page_and_dialog(qtbot, notes_import, admin)
    assert page.model.rowCount() == 0
    # WHEN the clerk chooses it
    dialog.set_file(path)
    wait_for(qtbot, dialog)
    # THEN the check says every row is in order; only 全部导入 is offered
    assert "读取 3 行，无误 3 行，有问题 0 行。" in dialog.summary.text()
    assert dialog.issues_table.isHidden()
    assert dialog.import_all_button.isEnabled()
    assert dialog.import_valid_button.isHidden()
    # WHEN he imports
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_all_button.click()
    # THEN three records were written, after a backup, and the register lists them
    assert signal.args == [3]
    result = dialog.result_value
    assert result is not None and result.backup_file is not None and result.backup_file.exists()
    assert page.model.rowCount() == 3
    assert str(result.backup_file) in ImportDialog.result_text(result)


def test_rows_with_problems_are_listed_and_the_rest_can_be_imported(
        qtbot: QtBot, notes_import: object, admin: object, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a workbook whose third row (Excel row 3) has a category that does not exist
    path = workbook(tmp_path / "清单.xlsx", [["东关小学维修", "工程", 1200],
                                           ["绿化养护", "其他", 80],
                                           ["物业服务", "服务", 60]])
    page, dialog = open_page_and_dialog(qtbot, notes_import, admin)
    dialog.set_file(path)
    wait_for(qtbot, dialog)
    # THEN the report names the row, the column, the value and the reason
    assert "读取 3 行，无误 2 行，有问题 1 行。" in dialog.summary.text()
    model = dialog.issues_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == \
        [tr("Row"), tr("Column"), tr("Value in the file"), tr("Problem")]
    assert model.rowCount() == 1
    cells = [model.index(0, column).data() for column in range(4)]
    assert cells[:3] == [3, "类别", "其他"]
    assert "货物" in cells[3]  # the reason says which choices there are
    assert dialog.issues_table.isVisibleTo(dialog)
    # AND importing everything is not offered; importing the rest is
    assert not dialog.import_all_button.isEnabled()
    assert dialog.import_valid_button.isVisibleTo(dialog)
    # AND the list of problems can be saved as a workbook
    report = tmp_path / "问题清单.xlsx"
    dialog.save_report_to(report)
    wait_for(qtbot, dialog)
    assert [cell.value for cell in load_workbook(report).active["A"]][-1] == 3
    # WHEN he imports only the rows without problems, after being told what is skipped
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_valid_button.click()
    # THEN he was told 1 row is skipped, and the 2 good rows are in the register
    assert asked and asked[0].startswith("将跳过有问题的 1 行，导入 2 行。")
    assert signal.args == [2]
    assert page.model.rowCount() == 2
    assert dialog.result_value is not None and dialog.result_value.skipped == 1


def test_a_file_that_is_not_a_workbook_is_refused_with_a_message(
        qtbot: QtBot, notes_import: object, admin: object, tmp_path: Path) -> None:
    # GIVEN a CSV file named .xlsx
    path = tmp_path / "清单.xlsx"
    path.write_text("标题,类别\n东关小学维修,工程\n", encoding="utf-8")
    _page, dialog = open_page_and_dialog(qtbot, notes_import, admin)
    dialog.set_file(path)
    wait_for(qtbot, dialog)
    # THEN the dialog says what is wrong and offers no import
    assert dialog.message.text()
    assert not dialog.message.isHidden()
    assert not dialog.import_all_button.isEnabled()
    assert dialog.import_valid_button.isHidden()
