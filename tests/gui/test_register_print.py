"""The register view's 「打印」 button: the preview shows the rows and columns of the view as it is
(search, filter, hidden columns), rendered in the background; a form that cannot be made says
why in Chinese.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import notices
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.print_preview import PrintPreviewDialog, show_form_preview
from jianguan_desktop.ui.register_view import RegisterView
from tests.fixture_registers import fixture_spec, register_fixture_table, save_note

WORKS = ["东关小学校舍维修工程", "城关镇道路硬化工程"]
GOODS = ["办公电脑采购", "医疗器械采购"]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def opened_previews() -> list[PrintPreviewDialog]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, PrintPreviewDialog) and widget.isVisible()]


@pytest.fixture
def notes(fixture_tables: object, admin: object) -> object:
    register_fixture_table()
    for title in WORKS:
        save_note(fixture_tables, admin, {"title": title, "category": "works"})
    for title in GOODS:
        save_note(fixture_tables, admin, {"title": title, "category": "goods"})
    return fixture_tables


def test_print_previews_the_rows_and_columns_of_the_view(qtbot: QtBot, notes: object,
                                                         admin: object) -> None:
    # GIVEN the register narrowed to works, with the amount column hidden
    view = RegisterView(notes, admin, fixture_spec())
    qtbot.addWidget(view)
    view.show()
    box = view.filter_box("category")
    box.setCurrentIndex(box.findText("工程"))
    view.set_column_hidden("amount", True)
    # WHEN the clerk clicks 打印
    assert view.print_button.text() == "打印"
    view.print_button.click()
    qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
    (dialog,) = opened_previews()
    qtbot.addWidget(dialog)
    # THEN the preview is a landscape list of exactly the works, with the shown columns
    text = pdf_text(dialog.pdf)
    for title in WORKS:
        assert title in text
    for title in GOODS:
        assert title not in text
    assert "标题" in text and "金额" not in text
    size = dialog.document.pagePointSize(0)
    assert size.width() > size.height()
    assert dialog.suggested_name.startswith("测试台账-")
    assert view.print_button.isEnabled()


def test_a_form_for_a_missing_record_says_so(qtbot: QtBot, office_db: object,
                                             admin: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    # WHEN a notice is asked for that does not exist
    task = show_form_preview(parent, AppContext(office_db, admin), notices.FORM_KEY,
                             "不存在〔2026〕9号")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    # THEN no preview opens and the clerk reads one Chinese line saying so
    assert not opened_previews()
    assert isinstance(task.error_box, QMessageBox)
    assert "不存在〔2026〕9号" in task.error_box.text()


def test_a_notice_opens_in_the_preview(qtbot: QtBot, office_db: object, admin: object) -> None:
    # GIVEN a notice in the register
    notice = notices.create_notice(office_db, admin, {
        "title": "关于开展评标专家抽查工作的通知", "addressee": "各招标代理机构：",
        "body": "为规范评标活动，现将有关事项通知如下。", "doc_code": "安监", "doc_year": 2026,
        "doc_seq": 17})
    parent = QWidget()
    qtbot.addWidget(parent)
    # WHEN its form is previewed by its number
    show_form_preview(parent, AppContext(office_db, admin), notices.FORM_KEY, notice.number)
    qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
    (dialog,) = opened_previews()
    qtbot.addWidget(dialog)
    # THEN the preview shows that notice, ready to save under its number
    text = pdf_text(dialog.pdf)
    assert "关于开展评标专家抽查工作的通知" in text and "安监〔2026〕17号" in text
    assert dialog.page_text() == f"第 1 / {dialog.page_count()} 页"
    assert "安监〔2026〕17号" in dialog.suggested_name
