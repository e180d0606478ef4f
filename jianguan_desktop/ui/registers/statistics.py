"""「统计分析」: the registers' figures over a period the user picks, each as a chart with its
table beside it, and every table to one Excel workbook. Figures come from
:func:`jianguan_desktop.services.statistics_tables.figure_tables` (SQL aggregates), counted off
the GUI thread; at the city a tab sets the offices side by side, and an office filter shows one
county's figures.
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
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.statistics import FigureTable, Period
from jianguan_desktop.services.statistics_tables import figure_tables
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, show_error
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
TABLE_SHARE = 0.55  # the most of a tab's width its table takes beside the chart


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
    """One figure table: its chart, and the table beside it."""

    def __init__(self, table: FigureTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = table.key
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 300)
        self.table = ReadOnlyTable([header for _key, header in table.columns])
        self.table.setMinimumWidth(380)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)  # the table beside its chart
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _fit_table(self) -> None:
        """Give the table the width its columns need, up to :data:`TABLE_SHARE` of the tab."""
        self.table.resizeColumnsToContents()
        needed = (self.table.verticalHeader().width() + self.table.frameWidth() * 2
                  + self.table.verticalScrollBar().sizeHint().width()
                  + sum(self.table.columnWidth(column)
                        for column in range(self.table.columnCount())))
        total = max(self.splitter.width(), self.width(), 800)
        shown = min(needed, int(total * TABLE_SHARE))
        self.splitter.setSizes([total - shown, shown])

    def resizeEvent(self, event: Any) -> None:
        """Keep the table's share when the window is resized."""
        super().resizeEvent(event)
        self._fit_table()

    def show_table(self, table: FigureTable) -> None:
        """Show the table's chart and rows (figures right-aligned, the total in bold)."""
        self.chart_view.setChart(bar_chart(table.chart_title, table.chart_labels,
                                           table.series()))
        keys = [key for key, _header in table.columns]
        self.table.set_rows([[str(row[key]) for key in keys] for row in table.rows])
        self.table.horizontalHeader().setStretchLastSection(False)  # figures keep their width
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for number in range(self.table.rowCount()):
            for column in range(1, self.table.columnCount()):  # the figures, after the name
                self.table.item(number, column).setTextAlignment(right)
        if table.total and self.table.rowCount():
            last = self.table.rowCount() - 1
            font = self.table.item(last, 0).font()
            font.setBold(True)
            for column in range(self.table.columnCount()):
                self.table.item(last, column).setFont(font)
        self._fit_table()


class StatisticsPage(QWidget):
    """The period picker, the office filter at the city, and a tab per figure table; counting
    runs off the GUI thread."""

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
            "Every table of the period counted, a worksheet each, as an Excel workbook"),
            self.export_clicked)
        self.message = error_label()
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Period")))
        row.addWidget(self.picker)
        row.addWidget(self.office)
        row.addWidget(self.count_button)
        row.addWidget(self.status)
        row.addStretch(1)
        row.addWidget(self.export_button)
        self.tabs = QTabWidget()
        self.shown: dict[str, FiguresTab] = {}
        layout = page_layout(self, tr("Statistics"), tr(
            "The registers' figures per month of the period chosen, each chart with its table; "
            "at the city office also per county. Figures count the records in this database."))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.period: Period | None = None
        self.tables: list[FigureTable] = []
        self.task: BackgroundTask | None = None
        self.recount()

    def _office(self) -> str | None:
        return self.office.currentData() or None

    def tab(self, key: str) -> FiguresTab:
        """The tab of one figure table (``complaints``, ``credit``, ``inspections``, ...)."""
        return self.shown[key]

    def recount(self) -> BackgroundTask | None:
        """Count the figures of the period chosen off the GUI thread (a period refused is said
        under the row, and the figures shown stay)."""
        try:
            period = self.picker.period()
        except UserError as error:
            set_message(self.message, str(error))
            return None
        set_message(self.message, "")
        database, actor, office = self.context.database, self.context.actor, self._office()
        self.count_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status.setText(tr("Counting the figures…"))

        def job(progress: Progress) -> list[FigureTable]:
            return figure_tables(database, actor, period, office, progress)

        def done(tables: list[FigureTable]) -> None:
            self.period, self.tables = period, tables
            self.show_tables(tables)
            self._idle()

        def failed(error: BaseException) -> None:
            self._idle()
            if isinstance(error, UserError):
                set_message(self.message, str(error))
            else:
                show_error(self, tr("Statistics"), error)

        self.task = run_in_background(self, tr("Statistics"), job, done, failed,
                                      blocks_quit=False)
        return self.task

    def _idle(self) -> None:
        self.count_button.setEnabled(True)
        self.export_button.setEnabled(bool(self.tables))
        self.status.setText("")

    def show_tables(self, tables: list[FigureTable]) -> None:
        """A tab per table, in order; tabs of tables not counted this time are hidden."""
        keys = {table.key for table in tables}
        for index, table in enumerate(tables):
            tab = self.shown.get(table.key)
            if tab is None:
                tab = self.shown[table.key] = FiguresTab(table)
                self.tabs.insertTab(index, tab, table.title)
            tab.show_table(table)
        for key, tab in self.shown.items():
            self.tabs.setTabVisible(self.tabs.indexOf(tab), key in keys)

    def export_clicked(self) -> Path | None:
        """Save every table of the period counted as an Excel workbook."""
        if self.period is None:
            return None
        name = safe_file_name(tr("Statistics, {period}").format(
            period=stats.period_text(self.period)) + ".xlsx")
        folder = remembered_folder(self.context.database, self.context.actor,
                                   EXPORT_FOLDER_KEY)
        path = ask_save_path(self, tr("Export to Excel"), folder / name,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self.export_to(path)

    def export_to(self, path: Path) -> Path | None:
        """Write the tables of the period counted to ``path``, a worksheet each."""
        if self.period is None:
            return None
        try:
            count = stats.export_tables(path, self.tables, self.period)
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
