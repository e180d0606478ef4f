"""The liaison and joint meeting pages: a unit and its two people entered from the keyboard, a
wrong mobile number shown at its field, a meeting with two decisions and their tasks, a task
closed as the 督办事项 list shows it, the minutes in the print preview, late reports in red and
a unit deleted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from jianguan_desktop.i18n import tr
from jianguan_desktop.services import liaison
from jianguan_desktop.services import meetings as mt
from jianguan_desktop.services.liaison import UnitInfo
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.print_preview import PrintPreviewDialog
from jianguan_desktop.ui.record_form import OptionalDateEdit
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers import inspection_directory as directory_pages
from jianguan_desktop.ui.registers.liaison import ChangesPage, UnitsPage
from jianguan_desktop.ui.registers.meetings import DecisionForm, MeetingsPage, TasksPage
from tests.pdf_helpers import document_text

TODAY = date.today()
HELD = TODAY - timedelta(days=20)


def open_page(qtbot: QtBot, cls: type[RegisterPage], database: object,
              actor: object) -> RegisterPage:
    page = cls(AppContext(database, actor))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def column(page: RegisterPage, key: str) -> list[str]:
    """A column as the user reads it in the list."""
    model = page.view.model
    index = [spec.key for spec in page.view.spec.columns].index(key)
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it, one character after another (QTest's
    key clicks take Latin characters only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def type_and_tab(qtbot: QtBot, text: str) -> None:
    """Type into the field that has the focus, then Tab to the next one."""
    type_text(focused(), text)
    tab(qtbot)


def back_to(qtbot: QtBot, page: QWidget) -> None:
    """The page's window active again once a dialog closed (the offscreen platform does not
    hand the focus back by itself)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    if QApplication.focusWidget() is None:
        page.view.table.setFocus()  # type: ignore[attr-defined]


def opened_previews() -> list[PrintPreviewDialog]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, PrintPreviewDialog) and widget.isVisible()]


def unit_with_people(db: object, admin: object, name: str, leader: str, person: str,
                     convener: bool = False) -> UnitInfo:
    unit = liaison.create_unit(db, admin, {"name": name, "convener": convener})
    for role, who in (("leader", leader), ("liaison", person)):
        liaison.record_change(db, admin, unit.id, role, {
            "name": who, "post": "副局长" if role == "leader" else "股长",
            "mobile": "13803720001", "decided_on": TODAY - timedelta(days=60)})
    return liaison.get_unit(db, admin, unit.id)


def test_the_four_pages_are_in_the_liaison_group() -> None:
    for key in ("member_units", "liaison_changes", "joint_meetings", "follow_up_tasks"):
        page = get_page(key)
        assert page is not None and page.group() == tr("Liaison and joint meetings")


def test_a_unit_and_its_two_people_are_entered_from_the_keyboard(qtbot: QtBot, office_db,
                                                                  admin) -> None:
    # GIVEN the empty list of member units
    page = open_page(qtbot, UnitsPage, office_db, admin)
    assert isinstance(page, UnitsPage)
    assert page.view.model.rowCount() == 0
    # WHEN Ctrl+N opens the unit's dialog and the clerk types, Tab by Tab
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None)  # a button's shortcut clicks it animated
    form = page.dialog
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    assert focused() is form.widgets["name"]
    type_and_tab(qtbot, "滑县审计局")
    tab(qtbot)  # no short name
    assert focused() is form.widgets["kind"]
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # 行政监督部门 → 纪检监察
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # → 审计
    tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # 牵头单位
    tab(qtbot)
    type_and_tab(qtbot, "滑县道口镇文明路12号")
    qtbot.keyClicks(focused(), "0372-8110000")
    # AND presses Enter
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # THEN the unit is listed with its kind, as the convening unit, with its duty phone
    qtbot.waitUntil(lambda: not form.isVisible())
    assert column(page, "name") == ["滑县审计局"]
    assert column(page, "kind") == [liaison.unit_kind_labels()["audit"]]
    assert column(page, "convener") == [tr("Yes")]
    assert column(page, "duty_phone") == ["0372-8110000"]

    # WHEN the unit is chosen with ↓ and Ctrl+L records its responsible leader
    back_to(qtbot, page)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Down)
    assert page.panel.unit is not None and page.panel.unit.name == "滑县审计局"
    assert tr("not named yet") in page.panel.posts_text()
    for name, post, mobile in (("赵志强", "副局长", "13803720010"),
                               ("黄海燕", "投资审计股股长", "13903720011")):
        page.panel.dialog = None
        back_to(qtbot, page)
        qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.panel.dialog is not None)
        change = page.panel.dialog
        assert change is not None
        qtbot.waitUntil(change.isActiveWindow)
        # the post nobody holds is offered first: the leader, then the liaison officer
        role = change.widgets["role"]
        assert isinstance(role, QComboBox)
        assert role.currentData() == ("leader" if name == "赵志强" else "liaison")
        change.widgets["role"].setFocus()
        tab(qtbot)
        type_and_tab(qtbot, name)
        type_and_tab(qtbot, post)
        tab(qtbot)  # no office phone
        qtbot.keyClicks(focused(), mobile)
        tab(qtbot, 3)  # past the e-mail and “post vacant” to the day decided
        assert focused() is change.widgets["decided_on"]
        qtbot.keyClicks(focused(), TODAY.isoformat())
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda change=change: not change.isVisible())
    # THEN both posts are filled, in the list and in the panel, with their history
    assert column(page, "leader") == ["赵志强"] and column(page, "liaison") == ["黄海燕"]
    assert column(page, "liaison_mobile") == ["13903720011"]
    text = page.panel.posts_text()
    assert "赵志强" in text and "副局长" in text and "黄海燕" in text and "13903720011" in text
    assert [row[1] for row in page.panel.history.texts()] == ["赵志强", "黄海燕"]
    assert page.panel.history.texts()[0][5] == TODAY.isoformat()  # decided on


def test_a_wrong_mobile_number_is_shown_at_its_field_and_nothing_is_written(
        qtbot: QtBot, office_db, admin) -> None:
    # GIVEN a unit without people
    liaison.create_unit(office_db, admin, {"name": "滑县水利局"})
    page = open_page(qtbot, UnitsPage, office_db, admin)
    assert isinstance(page, UnitsPage)
    page.view.table.selectRow(0)
    # WHEN its liaison officer is entered with a mobile number one digit short
    form = page.record_change()
    assert form is not None
    form.widgets["role"].setCurrentIndex(  # type: ignore[attr-defined]
        form.widgets["role"].findData("liaison"))  # type: ignore[attr-defined]
    name, mobile = form.widgets["name"], form.widgets["mobile"]
    assert isinstance(name, QLineEdit) and isinstance(mobile, QLineEdit)
    name.setText("高春华")
    mobile.setText("1380372001")
    decided = form.widgets["decided_on"]
    assert isinstance(decided, OptionalDateEdit)
    decided.set_value(TODAY)
    form.save_button.click()
    # THEN the dialog stays open with the reason at the mobile field, and nothing is written
    assert form.isVisible()
    assert "11" in form.error_text("mobile") and "1380372001" in form.error_text("mobile")
    assert form.error_text("name") == "" and form.banner_text() == ""
    assert liaison.history(office_db, admin, page.panel.unit.id) == []  # type: ignore[union-attr]
    assert column(page, "liaison") == [""]
    # WHEN the number is put right, the change is recorded
    mobile.setText("13803720012")
    form.save_button.click()
    assert not form.isVisible()
    assert column(page, "liaison") == ["高春华"]


def test_a_meeting_with_two_decisions_and_a_task_closed_on_the_task_list(
        qtbot: QtBot, office_db, admin) -> None:
    # GIVEN two units with their people
    first = unit_with_people(office_db, admin, "滑县发展和改革委员会", "何建国", "于雪梅",
                             convener=True)
    second = unit_with_people(office_db, admin, "滑县审计局", "赵志强", "黄海燕")
    page = open_page(qtbot, MeetingsPage, office_db, admin)
    assert isinstance(page, MeetingsPage)
    # WHEN a meeting held is recorded with two attendees ticked
    form = page.new_record()
    assert form is not None
    title = form.widgets["title"]
    assert isinstance(title, QLineEdit)
    title.setText("上半年公共资源交易监管工作联席会议")
    held = form.widgets["held_on"]
    assert isinstance(held, OptionalDateEdit)
    held.set_value(HELD)
    form.widgets["place"].setText("县发改委三楼会议室")  # type: ignore[attr-defined]
    picker = form.attendees  # type: ignore[attr-defined]
    assert any("于雪梅" in text for text in picker.texts())
    convener = form.widgets["convened_by"]
    assert isinstance(convener, QComboBox) and convener.currentData() == first.id
    assert first.liaison is not None and second.leader is not None
    picker.set_chosen([first.liaison.id, second.leader.id])
    form.save_button.click()
    assert not form.isVisible()
    assert column(page, "number") == [f"联席〔{HELD.year}〕1号"]
    # AND two decisions are added, each with its task
    page.view.table.selectRow(0)
    assert page.decision_button.isEnabled() and page.minutes_button.isEnabled()
    for text, task, unit, due in (
            ("开展工程建设项目专项检查", "制定专项检查方案", first, TODAY - timedelta(days=3)),
            ("审计发现问题线索及时移交", "移交审计发现的线索", second, TODAY + timedelta(days=30))):
        decision = page.add_decision()
        assert isinstance(decision, DecisionForm)
        body = decision.widgets["text"]
        assert isinstance(body, QPlainTextEdit)
        body.setPlainText(text)
        row = decision.task_rows[0]
        row["text"].setText(task)  # type: ignore[attr-defined]
        row["due_on"].set_value(due)  # type: ignore[attr-defined]
        if unit is first:  # the unit forgotten first: said at the task's own field
            decision.save_button.click()
            assert decision.isVisible()
            assert decision.error_text("tasks.0.owner_unit_id")
        owner = row["owner_unit_id"]
        assert isinstance(owner, QComboBox)
        owner.setCurrentIndex(owner.findData(unit.id))
        decision.save_button.click()
        assert not decision.isVisible()
    # THEN the meeting lists both decisions with their tasks, the overdue one red
    assert column(page, "decisions") == ["2"] and column(page, "open_tasks") == ["2"]
    shown = page.panel.decisions.texts()
    assert [(row[0], row[2], row[3]) for row in shown] == [
        ("1", "制定专项检查方案", "滑县发展和改革委员会"),
        ("2", "移交审计发现的线索", "滑县审计局")]
    assert "于雪梅" in page.panel.attendees.text() and "赵志强" in page.panel.attendees.text()

    # WHEN the first task is closed as done on the list of follow-up tasks
    tasks = open_page(qtbot, TasksPage, office_db, admin)
    assert isinstance(tasks, TasksPage)
    assert column(tasks, "status") == [tr("In progress")] * 2
    row = column(tasks, "text").index("制定专项检查方案")
    assert tasks.view.model.data(tasks.view.model.index(row, 0),
                                 Qt.ItemDataRole.BackgroundRole) is not None  # overdue: red
    tasks.view.table.selectRow(row)
    assert tasks.reminder_button.isEnabled() and not tasks.reopen_button.isEnabled()
    close = tasks.close_selected()
    assert close is not None
    close.widgets["outcome"].setPlainText("方案已印发")  # type: ignore[attr-defined]
    close.save_button.click()
    assert not close.isVisible()
    # THEN the list shows it done today, the other still in progress
    row = column(tasks, "text").index("制定专项检查方案")
    assert column(tasks, "status")[row] == tr("Done")
    assert column(tasks, "done_on")[row] == TODAY.isoformat()
    other = column(tasks, "text").index("移交审计发现的线索")
    assert column(tasks, "status")[other] == tr("In progress")
    assert tasks.view.model.data(tasks.view.model.index(row, 0),
                                 Qt.ItemDataRole.BackgroundRole) is None
    tasks.view.table.selectRow(row)
    assert tasks.reopen_button.isEnabled() and not tasks.close_button.isEnabled()


def test_the_minutes_open_in_the_print_preview(qtbot: QtBot, office_db, admin) -> None:
    # GIVEN a meeting held with a decision and its task
    unit = unit_with_people(office_db, admin, "滑县发展和改革委员会", "何建国", "于雪梅",
                            convener=True)
    meeting = mt.create_meeting(office_db, admin, {
        "title": "上半年公共资源交易监管工作联席会议", "held_on": HELD,
        "place": "县发改委三楼会议室",
        "convened_by": unit.id, "attendees": [unit.leader.id]})  # type: ignore[union-attr]
    mt.add_decision(office_db, admin, meeting.id, "开展工程建设项目专项检查",
                    [{"text": "制定专项检查方案", "owner_unit_id": unit.id,
                      "due_on": TODAY + timedelta(days=10)}])
    page = open_page(qtbot, MeetingsPage, office_db, admin)
    assert isinstance(page, MeetingsPage)
    page.view.table.selectRow(0)
    # WHEN 打印会议纪要 is clicked
    page.minutes_button.click()
    qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
    (dialog,) = opened_previews()
    qtbot.addWidget(dialog)
    # THEN the preview shows the 会议纪要 with its number, the decision and its task
    assert dialog.title == tr("Minutes of a joint meeting")
    assert tr("Minutes of a joint meeting") in dialog.windowTitle()
    text = document_text(dialog.pdf)
    assert tr("Minutes of the {title}").format(title=meeting.title).replace(" ", "") in text
    assert "开展工程建设项目专项检查" in text and "制定专项检查方案" in text
    assert "何建国" in text
    # AND the minutes' number, taken at the first print, is listed with the meeting
    qtbot.waitUntil(lambda: column(page, "minutes_number")[0] != "")


def test_the_list_of_changes_shows_a_late_report_in_red(qtbot: QtBot, office_db,
                                                        admin) -> None:
    # GIVEN a change decided a month ago and reported only today
    unit = liaison.create_unit(office_db, admin, {"name": "滑县公安局"})
    liaison.record_change(office_db, admin, unit.id, "liaison", {
        "name": "刘永刚", "mobile": "13803720013", "decided_on": TODAY - timedelta(days=30)})
    liaison.record_change(office_db, admin, unit.id, "leader", {
        "name": "张春华", "mobile": "13803720014", "decided_on": TODAY})
    # WHEN the list of changes is opened
    page = open_page(qtbot, ChangesPage, office_db, admin)
    # THEN the late report is red and says so; the one on time is not
    names = column(page, "name")
    late, on_time = names.index("刘永刚"), names.index("张春华")
    assert column(page, "late")[late] == tr("Yes")
    model = page.view.model
    assert model.data(model.index(late, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(on_time, 0), Qt.ItemDataRole.BackgroundRole) is None
    due_column = [spec.key for spec in page.view.spec.columns].index("report_due")
    assert TODAY.isoformat() in str(model.data(model.index(late, due_column),
                                               Qt.ItemDataRole.ToolTipRole))


def test_a_deleted_unit_leaves_the_list_and_the_panel(qtbot: QtBot, office_db, admin,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN two units, the first selected with its people shown below the list
    unit_with_people(office_db, admin, "滑县发展和改革委员会", "何建国", "于雪梅")
    unit_with_people(office_db, admin, "滑县审计局", "赵志强", "黄海燕")
    page = open_page(qtbot, UnitsPage, office_db, admin)
    assert isinstance(page, UnitsPage)
    page.view.table.selectRow(0)
    assert "何建国" in page.panel.posts_text()
    # WHEN it is deleted (the page asks first)
    monkeypatch.setattr(directory_pages, "confirm", lambda *_args: True)
    page.delete_button.click()
    # THEN the other unit is listed and the panel follows the row now under the cursor
    assert column(page, "name") == ["滑县审计局"]
    assert page.panel.unit is not None and page.panel.unit.name == "滑县审计局"
    assert "赵志强" in page.panel.posts_text() and "何建国" not in page.panel.posts_text()
