"""The working-day calendar page: 2026's National Day listed, a warning for a year not entered,
no changes offered to a clerk, and changing a day moving a complaint's running deadline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import complaints
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.registers import calendar as page_module
from jianguan_desktop.ui.registers.calendar import CalendarPage, DayForm
from tests.gui.test_complaint_pages import registered
from tests.gui.test_credit_pages import shown_page, type_into
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk


def calendar_page(qtbot: QtBot, database: object, actor: object) -> CalendarPage:
    return shown_page(qtbot, CalendarPage(AppContext(database, actor)))  # type: ignore[arg-type]


def test_2026_lists_national_day_and_2027_carries_a_warning(qtbot: QtBot, office_db,
                                                            admin) -> None:
    # GIVEN the calendar page WHEN 2026 is chosen THEN its National Day is listed
    page = calendar_page(qtbot, office_db, admin)
    page.year_box.setValue(2026)
    assert any("国庆节" in row[0] for row in page.runs.texts())
    assert any(row[0] == "2026-10-01" and row[3] == "国庆节" for row in page.days.texts())
    assert "已完整录入" in page.summary.text()
    # WHEN 2027 is chosen THEN the page warns that its holidays are not entered
    page.year_box.setValue(2027)
    assert "2027年的法定节假日尚未录入" in page.summary.text()
    assert page.summary.isVisible()


def test_a_clerk_sees_the_calendar_without_changing_it(qtbot: QtBot, office_db,
                                                       admin) -> None:
    add_clerk(office_db, admin)
    clerk = authenticate(office_db, "li", CLERK_PASSWORD)
    page = calendar_page(qtbot, office_db, clerk)
    assert not page.edit_button.isVisible() and not page.import_button.isVisible()
    assert page.edit_day() is None


def test_changing_a_day_moves_a_running_deadline(qtbot: QtBot, office_db, admin,
                                                 monkeypatch) -> None:
    monkeypatch.setattr(page_module, "inform", lambda *_args: None)
    # GIVEN a complaint received today, its acceptance due in working days
    received = date.today()
    info = registered(office_db, admin, received)
    assert info.due_on is not None
    first_workday = load_calendar(office_db).add_workdays(received, 1).due
    # WHEN the office makes the first working day after it a holiday
    page = calendar_page(qtbot, office_db, admin)
    page.year_box.setValue(first_workday.year)
    page.grid.setSelectedDate(QDate(first_workday.year, first_workday.month,
                                    first_workday.day))
    form = page.edit_day()
    assert isinstance(form, DayForm)
    type_into(form, "kind", "holiday")
    type_into(form, "name", "县庆")
    form.save_button.click()
    assert not form.isVisible(), form.banner_text()
    # THEN the deadline is worked out again, one working day later, and the page says so
    qtbot.waitUntil(lambda: page.last_moved is not None, timeout=20_000)
    assert page.last_moved == 1
    moved = complaints.get_complaint(office_db, admin, info.id)
    assert moved.due_on is not None and moved.due_on > info.due_on
    assert "1" in page.status.text()
    assert any(row[0] == first_workday.isoformat() and row[3] == "县庆"
               for row in page.days.texts())
