"""The register view over 100,000 fixture rows: opens without loading them, sorts, filters,
searches, remembers columns and widths per user, exports what it shows.

The 100,000-row database is built once for this module (driver executemany, not the ORM).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from jianguan_desktop.domain.roles import Actor, Role
from jianguan_desktop.services.preferences import get_table_layout
from jianguan_desktop.ui.register_view import RegisterView
from jianguan_desktop.ui.table_model import ROW_ID_ROLE, SORT_ROLE
from tests.fixture_registers import (
    ADMIN,
    CATEGORIES,
    build_fixture_database,
    fixture_spec,
    note_amount,
    note_id,
    note_title,
    save_note,
)

pytestmark = pytest.mark.slow

ROWS = 100_000
SPEC = fixture_spec()
KEYS = [column.key for column in SPEC.columns]
CLERK = Actor(username="clerk", role=Role.CLERK)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One database of 100,000 notes for the whole module."""
    db = build_fixture_database(tmp_path_factory.mktemp("big") / "notes.db", ROWS)
    yield db
    db.dispose()  # type: ignore[attr-defined]


@pytest.fixture
def db(big_db: object) -> Iterator[object]:
    """The big database; each test starts with nobody's layout remembered."""
    yield big_db
    with big_db.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.exec_driver_sql("DELETE FROM ui_preferences")


def open_view(qtbot, db, actor: Actor = ADMIN) -> RegisterView:
    view = RegisterView(db, actor, SPEC)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: RegisterView, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole):
    return view.model.data(view.model.index(row, KEYS.index(key)), role)


def click_header(qtbot, view: RegisterView, key: str) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(KEYS.index(key)) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_opens_on_100000_rows_reading_only_a_few_pages(qtbot, db) -> None:
    # WHEN the register view opens on 100,000 records
    view = open_view(qtbot, db)
    # THEN it says how many there are, and has read no more than the rows on screen
    assert view.model.rowCount() == ROWS
    assert view.count_label.text() == "共 100,000 条"
    assert view.model.pages_fetched <= 2
    assert view.model.cached_rows <= 2 * view.model.page_size
    # AND the headers are the register's, in Chinese, with the hidden-by-default ones hidden
    assert view.visible_column_keys() == ["number", "title", "category", "amount", "signed_on",
                                          "large", "updated_at"]
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "编号"


def test_scrolling_to_the_end_shows_the_last_row(qtbot, db) -> None:
    view = open_view(qtbot, db)
    # WHEN the clerk jumps to the end
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.table.rowAt(view.table.viewport().height() - 2) == ROWS - 1)
    # THEN the last row is the oldest signing date (the default sort is newest first)
    assert cell(view, ROWS - 1, "number") == "测试〔2026〕1号"
    assert cell(view, ROWS - 1, "signed_on") == "2020-01-01"
    # AND only the pages at the top and the bottom were read
    assert view.model.pages_fetched <= 4


def test_clicking_a_header_sorts_in_sql(qtbot, db) -> None:
    view = open_view(qtbot, db)
    amounts = [note_amount(i) for i in range(ROWS)]
    # WHEN the clerk clicks the amount header
    click_header(qtbot, view, "amount")
    # THEN the smallest amount comes first
    qtbot.waitUntil(lambda: cell(view, 0, "amount", SORT_ROLE) == min(amounts))
    assert cell(view, 0, "amount") == f"{min(amounts):,.2f}"
    # AND a second click puts the largest first
    click_header(qtbot, view, "amount")
    qtbot.waitUntil(lambda: cell(view, 0, "amount", SORT_ROLE) == max(amounts))
    assert view.model.rowCount() == ROWS
    # AND the sort is remembered for this user
    qtbot.waitUntil(lambda: get_table_layout(db, ADMIN, SPEC.key).sort == [("amount", "desc")])
    again = open_view(qtbot, db)
    assert cell(again, 0, "amount", SORT_ROLE) == max(amounts)


def test_category_filter_narrows_the_rows(qtbot, db) -> None:
    view = open_view(qtbot, db)
    box = view.filter_box("category")
    # WHEN the clerk picks 工程 in the category filter
    box.setCurrentIndex(box.findText("工程"))
    # THEN only works are counted and shown
    works = sum(1 for i in range(ROWS) if CATEGORIES[i % 3] == "works")
    assert view.model.rowCount() == works
    assert view.count_label.text() == f"共 {works:,} 条"
    assert {cell(view, row, "category") for row in range(50)} == {"工程"}
    # AND choosing 全部类别 brings every row back
    box.setCurrentIndex(0)
    assert view.model.rowCount() == ROWS


def test_search_waits_for_the_typing_to_pause_then_finds_the_record(qtbot, db) -> None:
    view = open_view(qtbot, db)
    # WHEN the clerk types part of a title
    qtbot.keyClicks(view.search_box, "004321")  # (QTest cannot type Chinese)
    # THEN nothing is searched while typing ...
    assert view.model.rowCount() == ROWS
    # ... and after the pause exactly that record is listed
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert cell(view, 0, "title") == note_title(4321)
    assert cell(view, 0, "title", ROW_ID_ROLE) == note_id(4321)
    assert view.count_label.text() == "共 1 条"


def test_a_search_without_result_says_so(qtbot, db) -> None:
    view = open_view(qtbot, db)
    view.search_box.setText("没有这样的记录")
    view.apply_search()
    assert view.showing_empty_state()
    assert view.empty_label.text() == "没有符合搜索或筛选条件的记录。"
    assert view.count_label.text() == "共 0 条"


def test_column_chooser_hides_a_column_for_that_user_only(qtbot, db) -> None:
    view = open_view(qtbot, db)
    # WHEN the administrator unticks 金额（元） in the column chooser
    menu = view.columns_menu()
    (action,) = [a for a in menu.actions() if a.text() == "金额（元）"]
    action.trigger()
    # THEN the column disappears
    assert "amount" not in view.visible_column_keys()
    qtbot.waitUntil(lambda: get_table_layout(db, ADMIN, SPEC.key).hidden is not None)
    view.close()
    # AND it stays hidden when he opens the register again
    again = open_view(qtbot, db)
    # AND right-clicking the header offers the same chooser
    header = again.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    (popup,) = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMenu) and w.isVisible()]
    assert "金额（元）" in [a.text() for a in popup.actions()]
    popup.close()
    assert "amount" not in again.visible_column_keys()
    # AND the same chooser now offers it unticked, from the toolbar button too
    again.columns_button.menu().aboutToShow.emit()
    ticks = {a.text(): a.isChecked() for a in again.columns_button.menu().actions()
             if a.isCheckable()}
    assert ticks["金额（元）"] is False and ticks["标题"] is True
    # AND another user still sees it
    assert "amount" in open_view(qtbot, db, CLERK).visible_column_keys()


def test_the_last_visible_column_cannot_be_hidden(qtbot, db) -> None:
    view = open_view(qtbot, db)
    for key in view.visible_column_keys():
        view.set_column_hidden(key, True)
    assert len(view.visible_column_keys()) == 1
    # AND "restore the default columns" brings the register's own columns back
    (restore,) = [a for a in view.columns_menu().actions() if a.text() == "恢复默认列"]
    restore.trigger()
    assert view.visible_column_keys() == [c.key for c in SPEC.columns if c.visible]


def test_widths_and_column_order_are_remembered(qtbot, db) -> None:
    view = open_view(qtbot, db)
    header = view.table.horizontalHeader()
    # WHEN the clerk widens the title column and drags the date to the front
    header.resizeSection(KEYS.index("title"), 333)
    header.moveSection(header.visualIndex(KEYS.index("signed_on")), 0)
    qtbot.waitUntil(lambda: get_table_layout(db, ADMIN, SPEC.key).widths.get("title") == 333)
    view.close()
    # THEN both are as he left them next time
    again = open_view(qtbot, db)
    assert again.table.horizontalHeader().sectionSize(KEYS.index("title")) == 333
    assert again.visible_column_keys()[:2] == ["signed_on", "number"]
    # AND the row height is fixed (no row is measured)
    assert again.table.verticalHeader().sectionResizeMode(0) == \
        again.table.verticalHeader().ResizeMode.Fixed


def test_double_click_and_enter_open_the_record(qtbot, db) -> None:
    view = open_view(qtbot, db)
    first_id = cell(view, 0, "number", ROW_ID_ROLE)
    index = view.model.index(0, 1)
    view.table.setCurrentIndex(index)
    with qtbot.waitSignal(view.record_activated) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [first_id]
    rect = view.table.visualRect(view.model.index(1, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.record_activated) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [cell(view, 1, "number", ROW_ID_ROLE)]


def test_export_writes_what_the_view_shows(qtbot, db, tmp_path: Path, monkeypatch) -> None:
    # GIVEN the view narrowed to ten records, sorted by amount, title moved to the front,
    # and the date column hidden
    view = open_view(qtbot, db)
    view.search_box.setText("第00012")
    view.apply_search()
    click_header(qtbot, view, "amount")
    header = view.table.horizontalHeader()
    header.moveSection(header.visualIndex(KEYS.index("title")), 0)
    view.set_column_hidden("signed_on", True)
    target = tmp_path / "导出.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    # WHEN the clerk exports through the button
    view.export_button.click()
    qtbot.waitUntil(lambda: view.export_task is not None and view.export_task.done,
                    timeout=10_000)
    # THEN the workbook has those columns in that order and those rows in that sort
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]] == ["标题", "编号", "类别", "金额（元）", "大额",
                                           "修改时间"]
    titles = [row[0].value for row in sheet.iter_rows(min_row=2)]
    expected = sorted(range(120, 130), key=note_amount)
    assert titles == [note_title(i) for i in expected]
    assert Decimal(str(sheet["D2"].value)).quantize(Decimal("0.01")) == note_amount(expected[0])
    assert view.status_label.text() == f"已导出 10 条记录到 {target}"
    assert view.export_button.isEnabled()


def test_an_empty_register_says_what_to_do_first_and_refresh_shows_new_records(
        qtbot, fixture_tables, admin) -> None:
    # GIVEN a register with no records yet
    view = RegisterView(fixture_tables, admin, SPEC)
    qtbot.addWidget(view)
    view.show()
    # THEN it says what to do first
    assert view.showing_empty_state()
    assert view.empty_label.text() == "还没有测试记录。请先点击「新增」录入第一条。"
    # WHEN a record is saved and the view refreshed
    save_note(fixture_tables, admin, {"title": "第一条", "category": "goods"})
    view.refresh()
    # THEN it is listed
    assert view.stack.currentWidget() is view.table
    assert view.count_label.text() == "共 1 条"
    assert cell(view, 0, "title") == "第一条"
