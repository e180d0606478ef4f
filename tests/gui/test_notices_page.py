"""The notices register page: register a notice through the dialog, errors at the field, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import notices
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.users import add_user
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.registers import notices as page_module
from jianguan_desktop.ui.registers.notices import NoticeForm, NoticesPage


@pytest.fixture
def office(office_db, admin):
    set_setting(office_db, admin, "forms.doc_code", "滑监")
    return office_db


def open_page(qtbot: QtBot, database: object, actor: object) -> NoticesPage:
    page = NoticesPage(AppContext(database, actor))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def listed(page: NoticesPage, key: str = "number") -> list[str]:
    return [str(page.view.model.row(row)[key]) for row in range(page.view.model.rowCount())]


def type_into(form: NoticeForm, key: str, text: str) -> None:
    widget = form.widgets[key]
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(text)


def test_the_page_is_listed_among_the_registers() -> None:
    page = get_page("notices")
    assert page is not None and page.title() == "发文登记" and page.group() == "台账"


def test_a_notice_registered_in_the_dialog_appears_in_the_list(qtbot: QtBot, office,
                                                                admin) -> None:
    # GIVEN the empty register
    page = open_page(qtbot, office, admin)
    assert listed(page) == [] and not page.edit_button.isEnabled()
    # WHEN 新建 is clicked, a title and a body are typed and the dialog is saved
    page.new_button.click()
    form = page.dialog
    assert form is not None and form.isVisible()
    type_into(form, "title", "关于开展抽查工作的通知")
    type_into(form, "body", "一、抽查范围\n本年度完成交易的项目。")
    form.save_button.click()
    # THEN the dialog closes and the list shows the notice with the office's next number
    assert not form.isVisible()
    year = date.today().year
    assert listed(page) == [f"滑监〔{year}〕1号"]
    assert listed(page, "title") == ["关于开展抽查工作的通知"]
    assert listed(page, "status") == ["draft"]


def test_a_taken_number_is_shown_at_its_field(qtbot: QtBot, office, admin) -> None:
    # GIVEN a notice numbered 17 and another being edited
    year = date.today().year
    notices.create_notice(office, admin, {"title": "关于甲的通知", "doc_seq": 17,
                                          "doc_year": year})
    notices.create_notice(office, admin, {"title": "关于乙的通知", "doc_seq": 18,
                                          "doc_year": year})
    page = open_page(qtbot, office, admin)
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))  # newest first: 18
    form = page.edit_notice()
    assert form is not None and form.widgets["doc_seq"].text() == "18"  # type: ignore[attr-defined]
    # WHEN it is given number 17 and saved
    type_into(form, "doc_seq", "17")
    form.save_button.click()
    # THEN the dialog stays open and says at the number which notice has it
    assert form.isVisible()
    assert "关于甲的通知" in form.error_text("doc_seq")
    assert listed(page) == [f"滑监〔{year}〕18号", f"滑监〔{year}〕17号"]


def test_deleting_asks_first_then_the_notice_leaves_the_list(
        qtbot: QtBot, office, admin, monkeypatch: pytest.MonkeyPatch) -> None:
    notices.create_notice(office, admin, {"title": "关于甲的通知"})
    page = open_page(qtbot, office, admin)
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))
    asked: list[str] = []
    monkeypatch.setattr(page_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    page.delete_button.click()
    assert asked and "关于甲的通知" in asked[0]
    assert listed(page) == []


def test_print_preview_asks_for_the_notice_form_of_the_selected_number(
        qtbot: QtBot, office, admin, monkeypatch: pytest.MonkeyPatch) -> None:
    info = notices.create_notice(office, admin, {"title": "关于甲的通知"})
    page = open_page(qtbot, office, admin)
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(page_module, "show_form_preview",
                        lambda _parent, _ctx, key, ref: calls.append((key, ref)))
    page.preview_button.click()
    assert calls == [("notice", info.number)]


def test_a_read_only_user_cannot_add_or_change(qtbot: QtBot, office, admin) -> None:
    notices.create_notice(office, admin, {"title": "关于甲的通知"})
    add_user(office, admin, username="liuyang", display_name="刘洋", role="readonly",
             password="Liu#Yang2026")
    reader = authenticate(office, "liuyang", "Liu#Yang2026")
    page = open_page(qtbot, office, reader)
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))
    assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()
    assert page.preview_button.isEnabled() and page.history_button.isEnabled()
