"""The registers at the city, as a city clerk uses them: the market entities of every county
with their 所属单位 and its filter; 编辑 and 删除 disabled on a county's row and enabled on the
city's own; the 市级备注 button opening the notes dialog, where a note is added, an empty one
refused at the box, and a note deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import city_notes
from jianguan_desktop.services.city_view import OFFICE_COLUMN
from jianguan_desktop.ui.city_notes_dialog import CityNotesDialog
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.registers.entities import EntitiesPage
from tests.gui.test_credit_pages import shown_page
from tests.integration.test_sync_roundtrip import COUNTY_A, _entity, code, offices

__all__ = ["offices"]


def _city_page(qtbot: QtBot, offices: Any) -> tuple[Any, EntitiesPage]:
    city, a, b = offices
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    _entity(b, "汤阴县丙工程有限公司", code("91410523MA0000003"))
    _entity(city, "安阳市丁咨询有限公司", code("91410500MA0000004"))
    city.take(a.send(city))
    city.take(b.send(city))
    page = shown_page(qtbot, EntitiesPage(AppContext(city.db, city.admin)))
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 3)
    return city, page


def _select(page: EntitiesPage, name: str) -> None:
    model = page.view.model
    [row] = [r for r in range(model.rowCount()) if (model.row(r) or {}).get("name") == name]
    page.view.table.setCurrentIndex(model.index(row, 0))


def _cell(page: EntitiesPage, row: int, key: str) -> str:
    keys = [column.key for column in page.view.spec.columns]
    return page.view.model.index(row, keys.index(key)).data()


def test_the_city_sees_each_record_with_its_office_and_filters_by_it(qtbot: QtBot,
                                                                      offices) -> None:
    _city, page = _city_page(qtbot, offices)
    shown = {_cell(page, row, "name"): _cell(page, row, OFFICE_COLUMN)
             for row in range(page.view.model.rowCount())}
    assert shown == {"安阳县甲建筑有限公司": "安阳县", "汤阴县丙工程有限公司": "汤阴县",
                     "安阳市丁咨询有限公司": "安阳市"}
    headers = [page.view.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.view.model.columnCount())]
    assert "所属单位" in headers
    box = page.view.filter_box(OFFICE_COLUMN)
    box.setCurrentIndex(box.findData(COUNTY_A))
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1)
    assert _cell(page, 0, "name") == "安阳县甲建筑有限公司"


def test_a_countys_record_is_read_only_at_the_city_and_its_own_is_not(qtbot: QtBot,
                                                                     offices) -> None:
    _city, page = _city_page(qtbot, offices)
    _select(page, "汤阴县丙工程有限公司")
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.merge_button.isEnabled()
    assert page.notes_button is not None and page.notes_button.isEnabled()
    assert page.history_button.isEnabled()  # looking is allowed
    _select(page, "安阳市丁咨询有限公司")
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()


def test_the_city_adds_and_deletes_a_note_from_the_register(qtbot: QtBot, offices,
                                                           monkeypatch) -> None:
    city, page = _city_page(qtbot, offices)
    _select(page, "安阳县甲建筑有限公司")
    record_id = page.view.current_id()
    dialog = page.notes_clicked()
    assert dialog is not None and "安阳县甲建筑有限公司" in dialog.windowTitle()
    assert not dialog.delete_button.isEnabled()
    dialog.add_clicked()  # nothing written yet: the message is at the box
    assert dialog.error_label.isVisible() and "备注" in dialog.error_label.text()
    dialog.text_box.setPlainText("请核实该企业的资质证书有效期。")
    dialog.add_clicked()
    assert not dialog.error_label.isVisible() and dialog.text_box.toPlainText() == ""
    assert dialog.list.count() == 1
    assert "请核实该企业的资质证书有效期。" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    assert dialog.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    dialog.delete_clicked()
    assert city_notes.list_notes(city.db, city.admin, "entities", record_id) == []
    assert "尚无备注" in dialog.list.item(0).text()
    dialog.close()


def test_a_double_click_on_a_countys_row_opens_the_notes_not_the_edit(qtbot: QtBot,
                                                                     offices) -> None:
    _city, page = _city_page(qtbot, offices)
    _select(page, "汤阴县丙工程有限公司")
    page.view.record_activated.emit(page.view.current_id())
    dialogs = page.findChildren(CityNotesDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert page.dialog is None  # no edit form was opened
    dialogs[0].close()
