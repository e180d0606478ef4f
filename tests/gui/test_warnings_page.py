"""The 预警 page as a clerk uses it: the warnings listed with their rule, one filtered by rule,
a warning marked handled through the dialog (a note required, said at the field), the handled
list with the note and who, a warning's record opened in its register, and the home page's
counts per rule."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import warnings as wn
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui import pages
from jianguan_desktop.ui.main_window import MainWindow
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.register_view import RegisterView
from jianguan_desktop.ui.registers.warnings import WarningsPage, WarningsSummary
from tests.gui.test_credit_pages import shown_page

TODAY = date(2026, 11, 30)


def units(db, admin) -> None:
    """Two member units without a liaison officer."""
    for name in ("滑县审计局", "滑县水利局"):
        li.create_unit(db, admin, {"name": name})


def loaded(qtbot: QtBot, page: WarningsPage) -> WarningsPage:
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=10_000)
    return page


def rows(page: WarningsPage) -> list[list[str]]:
    table = page.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def opened(qtbot: QtBot, db, admin) -> WarningsPage:
    return loaded(qtbot, shown_page(qtbot, WarningsPage(AppContext(db, admin), today=TODAY)))


def test_the_list_shows_the_warnings_with_their_rule_and_filters_by_rule(
        qtbot: QtBot, office_db, admin) -> None:
    units(office_db, admin)
    page = opened(qtbot, office_db, admin)
    liaison = [row for row in rows(page) if row[0] == "成员单位无联络员"]
    assert sorted(row[1] for row in liaison) == ["“滑县审计局”无联络员", "“滑县水利局”无联络员"]
    page.choose_rule("liaison")
    loaded(qtbot, page)
    assert len(rows(page)) == 2 and page.summary.text() == "共 2 条预警。"
    assert [page.table.horizontalHeaderItem(n).text() for n in range(4)] == [
        "预警规则", "预警内容", "详情", "起始日期"]


def test_a_warning_is_marked_handled_through_the_dialog_with_a_required_note(
        qtbot: QtBot, office_db, admin) -> None:
    units(office_db, admin)
    page = opened(qtbot, office_db, admin)
    page.choose_rule("liaison")
    loaded(qtbot, page)
    page.table.selectRow(0)
    title = page.selected_warning().title
    dialog = page.mark_selected()
    assert dialog is not None and page.mark_button.isEnabled()
    # an empty note is refused at its field, and nothing is written
    dialog.accept()
    assert dialog.isVisible() and dialog.error_text("note")
    assert wn.handled_warnings(office_db, admin) == []
    # WHEN the clerk says what was done and saves
    note = dialog.widgets["note"]
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("已电话督促该单位指定联络员")
    dialog.accept()
    assert not dialog.isVisible()
    loaded(qtbot, page)
    # THEN the warning has left the list, and the handled list shows it with note and who
    assert [row[1] for row in rows(page)] == [t for t in ["“滑县审计局”无联络员",
                                                          "“滑县水利局”无联络员"] if t != title]
    page.handled_box.setChecked(True)
    loaded(qtbot, page)
    [handled] = rows(page)
    assert handled[0] == "成员单位无联络员" and handled[2] == "已电话督促该单位指定联络员"
    assert handled[3] == "王管理" and handled[4] == TODAY.isoformat()
    assert not page.mark_button.isVisible()


def test_open_the_record_shows_its_register_at_the_record(qtbot: QtBot, office_db,
                                                          admin) -> None:
    pages.load_pages()
    units(office_db, admin)
    window = MainWindow(office_db, admin, office_info(office_db))
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("warnings")
    page = window.page_widget("warnings")
    assert isinstance(page, WarningsPage)
    loaded(qtbot, page)
    page.choose_rule("liaison")
    loaded(qtbot, page)
    page.table.selectRow(0)
    warning = page.selected_warning()
    assert page.open_selected()
    shown = window.current_page()
    assert shown is window.page_widget("member_units")
    view = shown.findChild(RegisterView)
    assert view.search_box.text() == warning.search
    assert view.current_id() == warning.record_id


def test_the_home_page_counts_the_warnings_per_rule(qtbot: QtBot, office_db, admin) -> None:
    units(office_db, admin)
    summary = WarningsSummary(AppContext(office_db, admin), today=TODAY)
    qtbot.addWidget(summary)
    task = summary.refresh()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert "成员单位无联络员</a> 2" in summary.summary_text()
    assert 'href="warnings:liaison"' in summary.summary_text()
