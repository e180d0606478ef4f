"""The working-day calendar page (台账 → 工作日历): a year's holidays and make-up working days,
whether the year is entered in full, and the office's own changes and imports.

Through :mod:`jianguan_desktop.services.calendar`; changes need the right to change settings
(others see the calendar only). After any change the complaints' running deadlines are worked
out again in the background and the page says how many moved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.domain.workdays import DayKind
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import calendar as calendar_service
from jianguan_desktop.services import complaints
from jianguan_desktop.services.calendar import ORDINARY, CalendarYear, DayInfo
from jianguan_desktop.services.calendar_import import IMPORT_KEY
from jianguan_desktop.ui.background import BackgroundTask, run_in_background
from jianguan_desktop.ui.import_dialog import open_import
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.record_form import FieldDef, RecordForm
from jianguan_desktop.ui.registers._credit_shared import FittingForm, ReadOnlyTable, day_text
from jianguan_desktop.ui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    action_button,
    help_label,
    inform,
    page_layout,
    show_user_error,
)

SHIPPED_CHOICE = "shipped"  # in the day dialog: take the office's entry back
HOLIDAY_COLOUR = "#f6d5d8"
MAKEUP_COLOUR = "#cfe3f7"


def kind_choices() -> list[tuple[str, str]]:
    """What a day can be made in the day dialog."""
    return [(DayKind.HOLIDAY.value, tr("Holiday (day off)")),
            (DayKind.MAKEUP.value, tr("Make-up working day (a Saturday or Sunday worked)")),
            (ORDINARY, tr("Ordinary day (set the shipped entry aside)")),
            (SHIPPED_CHOICE, tr("As the shipped table says (remove the office's entry)"))]


def day_fields() -> list[FieldDef]:
    """The fields of the day dialog."""
    labels = calendar_service.field_labels()
    return [
        FieldDef("day", labels["day"], "date", required=True),
        FieldDef("kind", labels["kind"], "combo", required=True,
                 choices=kind_choices()),
        FieldDef("name", labels["name"], max_length=40,
                 placeholder=tr("Such as 春节 or 国庆节")),
        FieldDef("note", labels["note"], max_length=200,
                 placeholder=tr("Such as the number of the State Council notice")),
    ]


class DayForm(FittingForm):
    """Set one day of the office's calendar; a message lands at its field."""

    def __init__(self, ctx: AppContext, day: date, entry: DayInfo | None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        values: dict[str, Any] = {"day": day, "kind": DayKind.HOLIDAY.value}
        if entry is not None:
            values |= {"kind": entry.kind, "name": entry.name, "note": entry.note}
        super().__init__(day_fields(), self._save_day, values, tr("Change a day"), parent)

    def _save_day(self, values: dict[str, Any]) -> DayInfo:
        kind = None if values["kind"] == SHIPPED_CHOICE else values["kind"]
        return calendar_service.set_day(self.ctx.database, self.ctx.actor, values["day"],
                                        kind, values["name"] or "", values["note"] or "")


def day_headers() -> list[str]:
    """The columns of the list of a year's entries."""
    return [tr("Date"), tr("Weekday"), tr("Kind of day"), tr("Festival"), tr("Source"),
            tr("Note")]


def day_row(entry: DayInfo) -> list[str]:
    """One entry as a row of :func:`day_headers`."""
    return [day_text(entry.day), entry.weekday, entry.kind_label, entry.name,
            entry.source_label, entry.note]


class CalendarPage(QWidget):
    """A year of the working-day calendar: its holidays and make-up days in a list and on a
    month grid, whether it is entered in full, and (for those who may) changes and imports."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year_data: CalendarYear | None = None
        self.dialog: RecordForm | None = None
        self.task: BackgroundTask | None = None
        self.last_moved: int | None = None
        editable = context.actor.can(Permission.EDIT_SETTINGS)
        self.year_box = QSpinBox()
        self.year_box.setRange(calendar_service.FIRST_YEAR, calendar_service.LAST_YEAR)
        self.year_box.setValue(date.today().year)
        self.year_box.setGroupSeparatorShown(False)
        self.year_box.valueChanged.connect(lambda _year: self.show_year())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.runs = ReadOnlyTable([tr("Holidays and make-up working days")])
        self.days = ReadOnlyTable(day_headers())
        self.days.itemSelectionChanged.connect(self._day_selected)
        self.grid = QCalendarWidget()
        self.grid.setGridVisible(True)
        self.grid.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.grid.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.grid.currentPageChanged.connect(self._page_changed)
        self.grid.activated.connect(lambda _day: self.edit_day())
        self.edit_button = action_button(tr("Change the day…"), tr(
            "Make the day chosen on the calendar a holiday, a make-up working day or an "
            "ordinary day (or double-click it)"), self.edit_day)
        self.cover_button = action_button(tr("Mark the year as entered in full"), tr(
            "Say that every holiday and make-up day of the year is entered: its deadlines "
            "then carry no warning"), self.toggle_covered)
        self.import_button = action_button(tr("Import…"), tr(
            "Take over a year's holidays from an Excel workbook made from the State Council "
            "notice"), self.import_year)
        for button in (self.edit_button, self.cover_button, self.import_button):
            button.setVisible(editable)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Year")))
        top.addWidget(self.year_box)
        for button in (self.edit_button, self.cover_button, self.import_button):
            top.addWidget(button)
        top.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.runs, 2)
        left.addWidget(self.days, 3)
        right = QVBoxLayout()
        right.addWidget(self.grid)
        right.addWidget(help_label(tr("Red: holiday. Blue: make-up working day. Double-click a "
                                      "day to change it.")))
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = page_layout(self, tr("Working-day calendar"), tr(
            "Statutory holidays and make-up working days. Every deadline counted in working "
            "days uses this table; a deadline in a year whose holidays are not entered counts "
            "Monday to Friday and carries a warning."))
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        self.show_year()

    # --- showing --------------------------------------------------------------------------

    def year(self) -> int:
        """The year shown."""
        return self.year_box.value()

    def show_year(self) -> None:
        """Read the year again and show it."""
        try:
            data = calendar_service.calendar_year(self.context.database, self.context.actor,
                                                  self.year())
        except UserError as error:
            show_user_error(self, error)
            return
        self.year_data = data
        self.summary.setText(data.summary)
        self.summary.setStyleSheet(OK_STYLE if data.covered else ERROR_STYLE
                                   + " font-weight: bold;")
        given = data.covered_source in (calendar_service.SHIPPED, calendar_service.FROM_CITY)
        self.cover_button.setText(tr("Mark the year as not entered in full") if data.covered
                                  and not given else tr("Mark the year as entered in full"))
        self.cover_button.setEnabled(not given)
        self.runs.set_rows([[run.text] for run in data.runs])
        self.days.set_rows(day_row(entry) for entry in data.days)
        self._paint_grid()

    def _paint_grid(self) -> None:
        self.grid.setDateTextFormat(QDate(), QTextCharFormat())  # clear every format
        if self.year_data is None:
            return
        colours = {DayKind.HOLIDAY.value: HOLIDAY_COLOUR, DayKind.MAKEUP.value: MAKEUP_COLOUR}
        for entry in self.year_data.days:
            colour = colours.get(entry.kind)
            if colour is None:
                continue
            style = QTextCharFormat()
            style.setBackground(QBrush(QColor(colour)))
            style.setToolTip(" ".join(part for part in (entry.kind_label, entry.name) if part))
            self.grid.setDateTextFormat(QDate(entry.day.year, entry.day.month,
                                              entry.day.day), style)
        if self.grid.yearShown() != self.year():
            self.grid.setSelectedDate(QDate(self.year(), self.grid.monthShown(), 1))

    def _page_changed(self, year: int, _month: int) -> None:
        if year != self.year():
            self.year_box.setValue(year)

    def _day_selected(self) -> None:
        row = self.days.currentRow()
        if self.year_data is not None and 0 <= row < len(self.year_data.days):
            day = self.year_data.days[row].day
            self.grid.setSelectedDate(QDate(day.year, day.month, day.day))

    def chosen_day(self) -> date:
        """The day chosen on the grid."""
        chosen = self.grid.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())

    def entry(self, day: date) -> DayInfo | None:
        """The calendar's entry for a day of the year shown (``None``: an ordinary day)."""
        if self.year_data is None:
            return None
        return next((entry for entry in self.year_data.days if entry.day == day), None)

    # --- changing -------------------------------------------------------------------------

    def edit_day(self) -> RecordForm | None:
        """Change the day chosen on the grid."""
        if not self.context.actor.can(Permission.EDIT_SETTINGS):
            return None
        day = self.chosen_day()
        self.dialog = DayForm(self.context, day, self.entry(day), self)
        self.dialog.saved.connect(lambda _info: self.changed())
        self.dialog.open()
        return self.dialog

    def toggle_covered(self) -> None:
        """Mark the year as entered in full, or take that back."""
        covered = self.year_data is not None and self.year_data.covered
        try:
            calendar_service.set_year_covered(self.context.database, self.context.actor,
                                              self.year(), not covered)
        except UserError as error:
            show_user_error(self, error)
            return
        self.changed()

    def import_year(self) -> None:
        """Take over a year from an Excel workbook."""
        open_import(self, self.context, IMPORT_KEY, on_imported=lambda _count: self.changed())

    def changed(self) -> BackgroundTask | None:
        """After a change: show the year again, then work out the complaints' deadlines again
        in the background and say how many moved."""
        self.show_year()
        if not self.context.actor.can(Permission.WRITE):
            return None
        database, actor = self.context.database, self.context.actor
        self.status.setText(tr("Working out the running deadlines again…"))

        def job(_progress: Any) -> int:
            return complaints.refresh_deadlines(database, actor)

        def done(moved: int) -> None:
            self.last_moved = moved
            text = tr("{count} running deadlines moved with this change.").format(
                count=moved) if moved else tr("No running deadline moved with this change.")
            self.status.setText(text)
            if moved:
                inform(self, tr("Working-day calendar"), text)

        self.task = run_in_background(self, tr("Working out the deadlines again"), job, done,
                                      show_progress=False)
        return self.task


register_page(PageInfo(
    key="calendar",
    title=lambda: tr("Working-day calendar"),
    group=group_registers,  # beside the complaints whose deadlines it counts
    factory=CalendarPage,
    permission=Permission.READ,
    order=150,
))
