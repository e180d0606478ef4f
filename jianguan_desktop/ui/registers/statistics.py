"""「统计分析」: the registers' figures over a period the user picks, each as a chart with its
table beside it, and the table to Excel. Figures come from
:mod:`jianguan_desktop.services.statistics` (SQL aggregates); at the city an office filter
shows one county's figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import statistics as stats
from jianguan_desktop.services.city_view import is_city, office_choices
from jianguan_desktop.services.statistics import Period
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.register_view import EXPORT_FOLDER_KEY
from jianguan_desktop.ui.registers._credit_shared import ReadOnlyTable
from jianguan_desktop.ui.widgets import (
    action_button,
    ask_save_path,
    error_label,
    inform,
    page_layout,
    remember_folder,
    remembered_folder,
    safe_file_name,
    set_message,
    show_user_error,
)

ALL_OFFICES = ""


class PeriodPicker(QWidget):
    """月 / 季 / 年 / 自定义 and the fields for the one chosen; :meth:`period` reads them."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for key, label in (("month", tr("Month")), ("quarter", tr("Quarter")),
                           ("year", tr("Year")), ("custom", tr("Custom period"))):
            self.kind.addItem(label, key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(tr(" (year)"))
        self.part = QSpinBox()
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.to_label = QLabel(tr("to"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part, self.start, self.to_label, self.end):
            row.addWidget(widget)
        self.today = today
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(self.kind.findData("year"))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind in ("month", "quarter", "year"))
        self.part.setVisible(kind in ("month", "quarter"))
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(kind == "custom")
        if kind == "month":
            self.part.setRange(1, 12)
            self.part.setSuffix(tr(" (month)"))
            self.part.setValue(self.today.month)
        elif kind == "quarter":
            self.part.setRange(1, 4)
            self.part.setSuffix(tr(" (quarter)"))
            self.part.setValue((self.today.month - 1) // 3 + 1)

    def period(self) -> Period:
        """The period chosen (a :class:`~jianguan_desktop.errors.ValidationError` when it
        ends before it starts)."""
        kind = self.kind.currentData()
        if kind == "month":
            return Period.month(self.year.value(), self.part.value())
        if kind == "quarter":
            return Period.quarter(self.year.value(), self.part.value())
        if kind == "year":
            return Period.year(self.year.value())
        return Period(self.start.date().toPython(), self.end.date().toPython())


def axis_top(highest: int) -> tuple[int, int]:
    """The top of a count axis at or above ``highest`` and its tick step, both whole: 0–5 by
    1 for small counts, else a step of 1, 2 or 5 times a power of ten, at most ten ticks."""
    if highest <= 5:
        return 5, 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if highest <= step * factor * 10:
                top = -(-highest // (step * factor)) * step * factor
                return top, step * factor
        step *= 10


def chart_month_labels(months: Sequence[tuple[int, int]]) -> list[str]:
    """The months under a chart: 1月 … 12月 within one year, 2025-11 across years."""
    if len({year for year, _month in months}) == 1:
        return [tr("Month {month}").format(month=month) for _year, month in months]
    return [stats.month_label(month) for month in months]


def bar_chart(title: str, categories: Sequence[str],
              series: Sequence[tuple[str, Sequence[int]]]) -> QChart:
    """A bar chart of a few series over the months, with its axes and legend."""
    chart = QChart()
    chart.setTitle(title)
    bars = QBarSeries()
    for name, values in series:
        bar_set = QBarSet(name)
        bar_set.append([float(value) for value in values])
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    axis_y = QValueAxis()
    top, step = axis_top(max((max(values, default=0) for _name, values in series), default=0))
    axis_y.setRange(0, top)
    axis_y.setLabelFormat("%d")
    axis_y.setTickCount(top // step + 1)  # whole numbers only: these are counts
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class FiguresTab(QWidget):
    """One register's figures: the chart above, its table below."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 300)
        self.table = ReadOnlyTable(headers)
        self.table.setMinimumWidth(380)
        splitter = QSplitter(Qt.Orientation.Horizontal)  # the table beside its chart
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_figures(self, chart: QChart, keys: Sequence[str],
                     rows: Sequence[dict[str, Any]]) -> None:
        """Show the chart and the table rows (values in ``keys`` order)."""
        self.chart_view.setChart(chart)
        self.table.set_rows([[str(row[key]) for key in keys] for row in rows])
        self.table.horizontalHeader().setStretchLastSection(False)  # figures keep their width
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for number in range(self.table.rowCount()):
            for column in range(1, self.table.columnCount()):  # the figures, after the month
                self.table.item(number, column).setTextAlignment(right)
            if number == self.table.rowCount() - 1 and rows and keys[0] == "month" and \
                    rows[-1].get("month") == tr("Total"):
                font = self.table.item(number, 0).font()
                font.setBold(True)
                for column in range(self.table.columnCount()):
                    self.table.item(number, column).setFont(font)


class StatisticsPage(QWidget):
    """The period picker, the office filter at the city, and a tab per register."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.picker = PeriodPicker(self.today)
        self.office = QComboBox()
        self.office.addItem(tr("All offices"), ALL_OFFICES)
        city = is_city(context.database, context.actor)
        if city:
            for code, name in office_choices(context.database, context.actor).items():
                self.office.addItem(name, code)
        self.office.setVisible(city)
        self.count_button = action_button(tr("Tally"), tr(
            "Count the figures of the period chosen"), self.recount)
        self.export_button = action_button(tr("Export to Excel…"), tr(
            "The table of the tab shown, as an Excel workbook"), self.export_clicked)
        self.message = error_label()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Period")))
        row.addWidget(self.picker)
        row.addWidget(self.office)
        row.addWidget(self.count_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        self.complaints = FiguresTab([header for _key, header in stats.complaint_columns()])
        self.credit = FiguresTab([header for _key, header in stats.credit_columns()])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.complaints, tr("Complaints and reports"))
        self.tabs.addTab(self.credit, tr("Credit lists"))
        layout = page_layout(self, tr("Statistics"), tr(
            "The registers' figures per month of the period chosen, each chart with its table; "
            "at the city office also per county. Figures count the records in this database."))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.period: Period | None = None
        self.recount()

    def _office(self) -> str | None:
        return self.office.currentData() or None

    def recount(self) -> None:
        """Count the figures of the period chosen (a period refused is said under the row)."""
        try:
            period = self.picker.period()
            complaints = stats.complaint_figures(self.context.database, self.context.actor,
                                                 period, self._office())
            credit = stats.credit_figures(self.context.database, self.context.actor, period,
                                          self._office())
        except UserError as error:
            set_message(self.message, str(error))
            return
        set_message(self.message, "")
        self.period = period
        months = chart_month_labels(list(complaints.months))
        rows = stats.complaint_rows(complaints)
        self.complaints.show_figures(bar_chart(tr("Complaints and reports per month"), months, [
            (tr("Complaints received"), [row["received"] for row in rows[:-1]]),
            (tr("Complaints accepted"), [row["accepted"] for row in rows[:-1]]),
            (tr("Cases closed"), [row["closed"] for row in rows[:-1]])]),
            [key for key, _header in stats.complaint_columns()], rows)
        credit_rows = stats.credit_rows(credit)
        active = [key for key, _header in stats.credit_columns() if key.startswith("active_")]
        headers = dict(stats.credit_columns())
        self.credit.show_figures(bar_chart(tr("Credit list entries in force at month end"),
                                           months,
                                           [(headers[key], [row[key] for row in credit_rows])
                                            for key in active]),
                                 [key for key, _header in stats.credit_columns()], credit_rows)

    def export_clicked(self) -> Path | None:
        """Save the complaints table of the period as an Excel workbook."""
        if self.period is None:
            return None
        name = safe_file_name(tr("Complaints and reports, {start} to {end}").format(
            start=self.period.start.isoformat(), end=self.period.end.isoformat()) + ".xlsx")
        folder = remembered_folder(self.context.database, self.context.actor,
                                   EXPORT_FOLDER_KEY)
        path = ask_save_path(self, tr("Export to Excel"), folder / name,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self.export_to(path)

    def export_to(self, path: Path) -> Path | None:
        """Write the complaints table of the period counted to ``path``."""
        if self.period is None:
            return None
        try:
            count = stats.export_complaint_table(self.context.database, self.context.actor,
                                                 self.period, path, self._office())
        except UserError as error:
            show_user_error(self, error)
            return None
        remember_folder(self.context.database, self.context.actor, EXPORT_FOLDER_KEY,
                        path.parent)
        inform(self, tr("Export to Excel"), tr("Exported {count} records to {path}").format(
            count=f"{count:,}", path=path))
        return path


register_page(PageInfo(
    key="statistics",
    title=lambda: tr("Statistics"),
    group=group_home,
    factory=StatisticsPage,
    permission=Permission.READ,
    order=20,  # after the home page and the city overview
))
