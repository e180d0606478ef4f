"""The 双随机、一公开 directory pages: an inspector added from the keyboard, a certificate number
already held shown at its field, an object picked from the entity register, an import, delete
and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jianguan_desktop.i18n import tr
from jianguan_desktop.services import (
    entities,
    inspection_import,  # noqa: F401 - registers the imports
)
from jianguan_desktop.services import inspection_directory as directory
from jianguan_desktop.services.entity_demo import credit_code
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.registers import inspection_directory as page_module
from jianguan_desktop.ui.registers.inspection_directory import (
    DirectoryPage,
    InspectorsPage,
    ObjectsPage,
)


def open_page(qtbot: QtBot, cls: type[DirectoryPage], database: object,
              actor: object) -> DirectoryPage:
    page = cls(AppContext(database, actor))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def listed(page: DirectoryPage, key: str = "name") -> list[str]:
    return [str(page.view.model.row(row)[key]) for row in range(page.view.model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it, one character after another (QTest's
    key clicks take Latin characters only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def type_and_tab(qtbot: QtBot, text: str) -> None:
    """Type into the field that has the focus, then Tab to the next one."""
    widget = QApplication.focusWidget()
    assert widget is not None
    type_text(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_the_three_pages_are_in_the_random_inspections_group() -> None:
    for key in ("inspection_items", "inspectors", "inspection_objects"):
        page = get_page(key)
        assert page is not None and page.group() == tr("Random inspections")


def test_an_inspector_is_added_from_the_keyboard(qtbot: QtBot, office_db, admin) -> None:
    # GIVEN the empty directory of inspectors
    page = open_page(qtbot, InspectorsPage, office_db, admin)
    assert listed(page) == []
    # WHEN 新建 is chosen and the clerk types name, unit and certificate number, Tab by Tab
    form = page.new_record()
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    form.widgets["name"].setFocus()
    for text in ("张建军", "滑县住房和城乡建设局", "豫a0526001"):
        type_and_tab(qtbot, text)
    assert QApplication.focusWidget() is form.widgets["status"]  # available, as preset
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "房屋建筑、市政工程")
    # AND saves with Ctrl+S
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    # THEN the dialog closes and the person is listed with the number in standard form
    qtbot.waitUntil(lambda: not form.isVisible())
    assert listed(page) == ["张建军"]
    assert listed(page, "cert_number") == ["豫A0526001"]
    assert listed(page, "specialties") == ["房屋建筑\n市政工程"]


def test_a_certificate_number_already_held_is_shown_at_its_field(qtbot: QtBot, office_db,
                                                                  admin) -> None:
    # GIVEN 张建军 holding 豫A0526001
    directory.create_inspector(office_db, admin, {"name": "张建军", "unit": "滑县水利局",
                                                  "cert_number": "豫A0526001"})
    page = open_page(qtbot, InspectorsPage, office_db, admin)
    # WHEN another person is entered with the same number
    form = page.new_record()
    assert form is not None
    form.widgets["name"].setText("李明")  # type: ignore[attr-defined]
    form.widgets["cert_number"].setText("豫A0526001")  # type: ignore[attr-defined]
    form.save_button.click()
    # THEN the number is refused at its field, naming the holder, and the dialog stays open
    assert form.isVisible()
    assert "张建军" in form.error_text("cert_number")
    assert listed(page) == ["张建军"]


def test_an_entity_is_picked_from_the_register_as_an_object(qtbot: QtBot, office_db,
                                                             admin) -> None:
    # GIVEN an agency in the entity register
    agency = entities.create_entity(office_db, admin, {
        "kind": "agency", "name": "河南中原招标代理有限公司",
        "code": credit_code("91", "410526", 701)})
    page = open_page(qtbot, ObjectsPage, office_db, admin)
    form = page.new_record()
    assert isinstance(form, page_module.ObjectForm)
    # WHEN the kind 代理机构 is chosen: the project's rows give way to the entity search
    kind = form.widgets["kind"]
    kind.setCurrentIndex(kind.findData("agency"))  # type: ignore[attr-defined]
    assert form.picker.isVisibleTo(form) and not form.widgets["amount"].isVisibleTo(form)
    # AND saving before choosing says so at the entity
    form.save_button.click()
    assert form.error_text("entity_id")
    # WHEN the clerk types part of the name, goes down into the list and saves
    type_text(form.picker.search_box, "中原")
    qtbot.keyClick(form.picker.search_box, Qt.Key.Key_Down)
    assert form.picker.chosen_id() == agency.id
    form.save_button.click()
    # THEN the object is listed with the entity's name, code and kind
    assert not form.isVisible()
    assert listed(page) == ["河南中原招标代理有限公司"]
    assert listed(page, "kind") == ["agency"] and listed(page, "code") == [agency.code]


def test_an_object_is_deleted_and_restored(qtbot: QtBot, office_db, admin,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    directory.create_object(office_db, admin, {
        "kind": "project", "name": "滑县道口镇污水管网改造工程", "code": "HX-2026-0031"})
    page = open_page(qtbot, ObjectsPage, office_db, admin)
    page.view.table.selectRow(0)
    monkeypatch.setattr(page_module, "confirm", lambda *_args: True)
    page.delete_button.click()
    assert listed(page) == [] and page.restore_button.isHidden()
    # WHEN deleted records are shown, the deleted one is selected and restored
    page.show_deleted.setChecked(True)
    assert listed(page) == ["滑县道口镇污水管网改造工程"]
    page.view.table.selectRow(0)
    assert page.restore_button.isEnabled() and not page.edit_button.isEnabled()
    page.restore_button.click()
    page.show_deleted.setChecked(False)
    assert listed(page) == ["滑县道口镇污水管网改造工程"]


def test_a_small_workbook_of_inspectors_is_imported_from_the_page(
        qtbot: QtBot, office_db, admin, tmp_path: Path) -> None:
    # GIVEN a workbook with the columns of a county's list
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "单位", "执法证号", "专长", "状态", "电话", "关联单位", "回避对象"])
    sheet.append(["王磊", "滑县水利局", "豫A0526003", "水利工程", "在岗", "13803720003", None,
                  None])
    sheet.append(["赵敏", "滑县财政局", "豫A0526004", "政府采购", None, None, None, None])
    path = tmp_path / "执法检查人员名录.xlsx"
    book.save(path)
    page = open_page(qtbot, InspectorsPage, office_db, admin)
    # WHEN 导入 is clicked, the file chosen and everything imported
    dialog = page.import_records()
    assert dialog is not None
    dialog.set_file(path)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    assert dialog.import_all_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_all_button.click()
    # THEN both people are listed
    assert sorted(listed(page)) == sorted(["王磊", "赵敏"])
