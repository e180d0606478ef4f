"""The record form every register's edit dialog follows, shown on a FixtureNote form:
messages at the fields, Ctrl+S, Esc with unsaved changes, a stale edit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import select

from jianguan_desktop.ui.record_form import FieldDef, RecordForm, parse_decimal
from tests.fixture_registers import CATEGORY_LABELS, save_note
from tests.fixture_tables import FixtureNote

FIELDS = [
    FieldDef("title", "标题", "line", required=True, max_length=200),
    FieldDef("category", "类别", "combo", required=True,
             choices=list(CATEGORY_LABELS.items())),
    FieldDef("amount", "金额（元）", "decimal"),
    FieldDef("signed_on", "签订日期", "date"),
    FieldDef("body", "正文", "text"),
]


def note_form(qtbot, db, actor, record: dict | None = None) -> RecordForm:
    """A form editing a new note, or the stored one given as ``record``."""
    record = record or {}

    def save(values: dict) -> dict:
        return save_note(db, actor, values, record_id=record.get("id"),
                         expected_version=record.get("version"))

    form = RecordForm(FIELDS, save, values=record, title="测试记录")
    # at the end of a test, close without asking about what the test left typed
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "confirm_discard",
                                                             lambda: True))
    with qtbot.waitActive(form):  # keyboard shortcuts go to the active window
        form.show()
    return form


def stored_titles(db, actor) -> list[str]:
    with db.uow(actor, readonly=True) as uow:
        return list(uow.session.execute(select(FixtureNote.title)).scalars())


def answer_next_question(button_text: str, asked: list[str]) -> None:
    """Click a button of the message box about to open, noting its question (a box
    without that button is closed all the same, so that a failing test cannot hang)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        asked.append(box.text())
        matching = [b for b in box.buttons() if b.text() == button_text]
        if matching:
            matching[0].click()
        else:
            box.reject()

    QTimer.singleShot(0, click)


def test_required_fields_are_marked(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    captions = {label.buddy(): label for label in form.findChildren(QLabel) if label.buddy()}
    title_caption = captions[form.widgets["title"]]
    assert "*" in title_caption.text() and title_caption.toolTip() == "必填"
    assert "*" not in captions[form.widgets["amount"]].text()


def test_an_empty_required_field_is_named_at_the_field(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    form.widgets["category"].setCurrentIndex(1)
    # WHEN the clerk saves without a title
    form.save_button.click()
    # THEN the message stands under the title, the cursor is there, and nothing was saved
    assert form.error_text("title") == "请填写标题。"
    assert form.error_text("category") == ""
    assert form.focusWidget() is form.widgets["title"]
    assert form.isVisible() and stored_titles(fixture_tables, admin) == []


def test_a_bad_amount_is_caught_before_the_service(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    form.widgets["title"].setText("采购合同")
    form.widgets["category"].setCurrentIndex(1)
    form.widgets["amount"].setText("一千")
    form.save_button.click()
    assert form.error_text("amount") == "请输入数字，例如 1234.50。"
    assert form.focusWidget() is form.widgets["amount"]


def test_the_services_validation_error_lands_at_its_field(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    form.widgets["title"].setText("采购合同")
    form.widgets["category"].setCurrentIndex(1)
    form.widgets["amount"].setText("-5")
    form.save_button.click()
    assert form.error_text("amount") == "金额不能为负数。"
    assert form.banner_text() == "" and form.isVisible()


def test_ctrl_s_saves_and_closes(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    qtbot.keyClicks(form.widgets["title"], "ABC")
    form.widgets["category"].setCurrentIndex(form.widgets["category"].findText("工程"))
    form.widgets["amount"].setText("1,234.50")
    # WHEN the clerk presses Ctrl+S
    with qtbot.waitSignal(form.saved) as signal:
        qtbot.keyClick(form.widgets["title"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # THEN the record is stored in one go and the form is closed
    assert form.result() == RecordForm.DialogCode.Accepted and not form.isVisible()
    with fixture_tables.uow(admin, readonly=True) as uow:
        note = uow.session.get(FixtureNote, signal.args[0]["id"])
        assert (note.title, note.category, note.amount) == ("ABC", "works", Decimal("1234.50"))


def test_esc_with_unsaved_changes_asks_first(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    qtbot.keyClicks(form.widgets["title"], "draft")
    asked: list[str] = []
    # WHEN the clerk presses Esc and chooses to keep editing
    answer_next_question("继续编辑", asked)
    qtbot.keyClick(form.widgets["title"], Qt.Key.Key_Escape)
    # THEN he was asked, and the form is still open with his text
    assert asked == ["有未保存的修改，是否放弃？"]
    assert form.isVisible() and form.widgets["title"].text() == "draft"
    # WHEN he presses Esc again and discards
    answer_next_question("放弃修改", asked)
    qtbot.keyClick(form.widgets["title"], Qt.Key.Key_Escape)
    # THEN the form closes without saving
    assert not form.isVisible() and stored_titles(fixture_tables, admin) == []


def test_esc_without_changes_closes_at_once(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_a_stale_edit_shows_the_conflict_at_the_top_and_stays_open(qtbot, fixture_tables,
                                                                   admin) -> None:
    # GIVEN a note opened for editing at version 1
    saved = save_note(fixture_tables, admin, {"title": "原标题", "category": "goods"})
    record = {"id": saved["id"], "version": saved["version"], "title": "原标题",
              "category": "goods"}
    form = note_form(qtbot, fixture_tables, admin, record)
    assert form.widgets["category"].currentText() == "货物"
    # AND meanwhile a colleague saved the same note
    save_note(fixture_tables, admin, {"title": "同事的修改", "category": "goods"},
              record_id=saved["id"], expected_version=saved["version"])
    # WHEN the clerk saves his copy
    form.widgets["title"].setText("我的修改")
    form.save_button.click()
    # THEN he is told at the top, the form stays open, and the colleague's text is kept
    assert form.banner_text().startswith("此记录已被他人修改")
    assert form.isVisible()
    assert stored_titles(fixture_tables, admin) == ["同事的修改"]


def test_amounts_are_read_as_clerks_type_them() -> None:
    assert parse_decimal(" 1,234.50 ") == Decimal("1234.50")
    assert parse_decimal("￥12") == Decimal("12")
    assert parse_decimal("") is None
    for bad in ("一千", "1.2.3", "NaN"):
        try:
            parse_decimal(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_tab_goes_through_the_fields_in_the_order_shown(qtbot, fixture_tables, admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    form.widgets["title"].setFocus()

    def current() -> str:
        focused = QApplication.focusWidget()
        if focused is form.save_button:
            return "save"
        return next(key for key, widget in form.widgets.items()
                    if widget is focused or widget.isAncestorOf(focused))

    order = [current()]
    while order[-1] != "save" and len(order) < 20:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(current())
    assert order == [field.key for field in FIELDS] + ["save"]


def test_a_date_is_typed_into_an_empty_field_and_cleared_again(qtbot, fixture_tables,
                                                                admin) -> None:
    form = note_form(qtbot, fixture_tables, admin)
    date_edit = form.widgets["signed_on"]
    assert form.values()["signed_on"] is None
    date_edit.setFocus()
    qtbot.keyClicks(date_edit, "2026-03-05")
    assert form.values()["signed_on"] == date(2026, 3, 5)
    date_edit.lineEdit().selectAll()
    qtbot.keyClick(date_edit, Qt.Key.Key_Delete)
    assert form.values()["signed_on"] is None
    # AND the short way of writing a date works too, the last digit still being typed
    qtbot.keyClicks(date_edit, "2025-1-1")
    assert form.values()["signed_on"] == date(2025, 1, 1)
