"""市级汇总: the city office's overview of its counties, one row per county office and the
city's own office last — records held, overdue complaints, inspections done against the year's
plan, credit listings in force, and the last package received.

The page is offered at the city office only (``PageInfo.available``); every figure comes from
:func:`jianguan_desktop.services.city_overview.city_overview`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.office_code import short_office_name
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.city_overview import CountyRow, city_overview
from jianguan_desktop.services.city_view import CITY_MODE, is_city
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.registers._credit_shared import ReadOnlyTable
from jianguan_desktop.ui.registers.sync import OVERDUE_COLOUR
from jianguan_desktop.ui.widgets import action_button, error_label, page_layout, set_message

FIRST_YEAR, LAST_YEAR = 2000, 2100
OVERDUE_COLUMN = 2
NUMBER_COLUMNS = (1, 2, 3, 4)  # figures, centred in their columns
MIN_WIDTHS = {0: 140, 1: 100, 2: 100, 3: 120, 4: 120}  # pixels; the last column stretches


def overview_headers() -> list[str]:
    """The columns of the overview."""
    return [tr("Office"), tr("Records"), tr("Overdue complaints"),
            tr("Inspections done/planned"), tr("Credit listings in force"), tr("Last package")]


def package_text(row: CountyRow) -> str:
    """「第 3 号（2026年6月1日导入）」, 「尚未收到」, or blank for the city's own row."""
    if row.last_package_seq is None:
        return ""
    day = format_cn_date(row.last_package_on) if row.last_package_on is not None else ""
    return tr("No. {seq} (imported {day})").format(seq=row.last_package_seq, day=day)


def overview_row(row: CountyRow, own: bool) -> list[str]:
    """The texts of one office's row (``own``: the city's, which receives no packages)."""
    package = package_text(row)
    if not package and not own:
        package = tr("None received yet")
    return [short_office_name(row.office_code, row.office_name), str(row.records),
            str(row.overdue_complaints),
            f"{row.inspections_done}/{row.inspections_planned}", str(row.active_listings),
            package]


def city_only(context: AppContext) -> bool:
    """Whether the window's office is the city office (the page exists there only)."""
    mode = getattr(context.office, "mode", None)
    if mode is not None:
        return bool(mode == CITY_MODE)
    try:
        return is_city(context.database, context.actor)
    except UserError:
        return False


class CityOverviewPage(QWidget):
    """市级汇总: one row per county office and the city's own, for the chosen year."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today: date | None = None  # the day figures are judged on (None: today; tests)
        self.rows: list[CountyRow] = []
        layout = page_layout(self, tr("City overview"), tr(
            "The figures of every county office as its sync packages brought them, and the "
            "city office's own in the last row. Overdue complaints and credit listings are "
            "counted as of today; inspections against the chosen year's plans. Import the "
            "latest packages first for up-to-date figures."))
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Year")))
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(date.today().year)
        self.year.setToolTip(tr("The year of the inspection plans counted"))
        controls.addWidget(self.year)
        self.refresh_button = action_button(
            tr("Refresh"), tr("Count again from the records held now"), self.refresh)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.error = error_label()
        layout.addWidget(self.error)
        self.table = ReadOnlyTable(overview_headers())
        for column in NUMBER_COLUMNS:  # headers over the figures centred like them
            self.table.horizontalHeaderItem(column).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Count again and show the rows."""
        try:
            self.rows = city_overview(self.context.database, self.context.actor,
                                      year=self.year.value(), today=self.today)
        except UserError as error:
            self.rows = []
            self.table.set_rows([])
            self.summary.setText("")
            set_message(self.error, str(error))
            return
        set_message(self.error, "")
        own = self.rows[-1].office_code if self.rows else ""
        self.table.set_rows(overview_row(row, row.office_code == own) for row in self.rows)
        for number, row in enumerate(self.rows):
            name = self.table.item(number, 0)
            name.setToolTip(f"{row.office_name}（{row.office_code}）")
            for column in NUMBER_COLUMNS:
                self.table.item(number, column).setTextAlignment(
                    Qt.AlignmentFlag.AlignCenter)
            if row.overdue_complaints > 0:
                item = self.table.item(number, OVERDUE_COLUMN)
                item.setForeground(QBrush(OVERDUE_COLOUR))
                item.setToolTip(tr("Complaints past their working-day deadline and not "
                                   "finished"))
        for column, width in MIN_WIDTHS.items():  # room to read, not just to fit
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), width))
        counties = max(0, len(self.rows) - 1)
        self.summary.setText(tr("{count} county offices and the city office; inspections of "
                                "{year}, the rest as of {day}.").format(
            count=counties, year=self.year.value(),
            day=format_cn_date(self.today or date.today())))

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests)."""
        return self.table.texts()


register_page(PageInfo(
    key="city_overview",
    title=lambda: tr("City overview"),
    group=group_home,
    factory=CityOverviewPage,
    permission=Permission.READ,
    order=10,  # right after the home page
    available=city_only,
))
