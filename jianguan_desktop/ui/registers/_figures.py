"""What the pages of figures share (统计分析, 效能评估, 年度报告): the period picker, the office
filter of the city, the bar chart, a tab with a chart and its table beside it, and
:class:`FiguresPage`: a row of period, office, 统计 and 导出 Excel over a tab widget, counting
off the GUI thread and saving what was counted to a workbook. A page says what to count, how
to show it and how to write it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from PySide6.QtGui import QColor, QPainter
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

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.graphics import count_axis
from jianguan_desktop.services.city_view import is_city, office_choices
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.statistics import Period, period_text
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, show_error
from jianguan_desktop.ui.pages import AppContext
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
PERCENT_TICKS = 6  # 0, 20, ... 100 on an axis of rates


def office_filter(context: AppContext, tooltip: str = "") -> QComboBox:
    """「全部单位」 and, at the city, each office by name (its code as the item's data);
    hidden at a county, which has only its own figures."""
    combo = QComboBox()
    combo.addItem(tr("All offices"), ALL_OFFICES)
    city = is_city(context.database, context.actor)
    if city:
        for code, name in office_choices(context.database, context.actor).items():
            combo.addItem(name, code)
    combo.setVisible(city)
    if tooltip:
        combo.setToolTip(tooltip)
    return combo


def chosen_office(combo: QComboBox) -> str | None:
    """The office code chosen in :func:`office_filter` (``None``: every office)."""
    return combo.currentData() or None


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


def bar_chart(title: str, categories: Sequence[str],
              series: Sequence[tuple[str, Sequence[float | None]]],
              percent: bool = False) -> QChart:
    """A bar chart of a few series over the categories, with its axes and legend.

    Counts get a whole-number axis fitted to the highest (``count_axis``, as the printed
    charts); ``percent`` rates an axis of 0–100 %, a rate that cannot be worked out drawn as
    no bar, and a single series its value above each bar instead of a legend."""
    chart = QChart()
    chart.setTitle(title)
    bars = QBarSeries()
    for name, values in series:
        bar_set = QBarSet(name)
        bar_set.append([float(value or 0) for value in values])
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    if percent:
        axis_y.setRange(0, 100)
        axis_y.setTickCount(PERCENT_TICKS)
        axis_y.setTitleText(tr("On-time rate (%)"))
        if len(series) == 1:
            bars.setLabelsFormat("@value")
            bars.setLabelsPrecision(4)
            bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            for bar_set in bars.barSets():
                bar_set.setLabelColor(QColor("#303030"))
            bars.setLabelsVisible(True)
        chart.legend().setVisible(len(series) > 1)
    else:
        highest = max((max((value or 0 for value in values), default=0)
                       for _name, values in series), default=0)
        top, step = count_axis(highest)
        axis_y.setRange(0, top)
        axis_y.setTickCount(top // step + 1)  # whole numbers only: these are counts
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class ChartTableTab(QWidget):
    """A chart, and its table beside it given the width its columns need."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 300)
        self.table = ReadOnlyTable(list(headers))
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

    def show_cells(self, chart: QChart, cells: list[list[str]], bold_last: bool) -> None:
        """Show the chart and the rows of cells: the figures after each row's name
        right-aligned, the last row (a total) in bold when asked."""
        self.chart_view.setChart(chart)
        self.table.set_rows(cells)
        self.table.horizontalHeader().setStretchLastSection(False)  # figures keep their width
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for number in range(self.table.rowCount()):
            for column in range(1, self.table.columnCount()):
                self.table.item(number, column).setTextAlignment(right)
        if bold_last and self.table.rowCount():
            last = self.table.rowCount() - 1
            font = self.table.item(last, 0).font()
            font.setBold(True)
            for column in range(self.table.columnCount()):
                self.table.item(last, column).setFont(font)
        self._fit_table()


class FiguresPage(QWidget):
    """A page of figures over a period: the picker, the office filter at the city, 统计 and
    导出 Excel over :attr:`tabs`; counting runs off the GUI thread.

    A subclass gives :meth:`count` (run off the GUI thread), :meth:`show_result`,
    :meth:`write_workbook` and :meth:`workbook_name`, and adds its tabs to :attr:`tabs`
    before calling :meth:`recount`."""

    def __init__(self, context: AppContext, title: Callable[[], str], description: str,
                 export_tooltip: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = title
        self.today = today or date.today()
        self.picker = PeriodPicker(self.today)
        self.office = office_filter(context)
        self.count_button = action_button(tr("Tally"), tr(
            "Count the figures of the period chosen"), self.recount)
        self.export_button = action_button(tr("Export to Excel…"), export_tooltip,
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
        layout = page_layout(self, title(), description)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.period: Period | None = None
        self.result: Any = None
        self.task: BackgroundTask | None = None

    # --- what a page gives ------------------------------------------------------------------

    def count(self, period: Period, office: str | None, progress: Progress) -> Any:
        """The figures of ``period`` (of ``office`` only, when one is chosen); run off the GUI
        thread, so it reads the database through services only."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        """Show what :meth:`count` gave."""
        raise NotImplementedError

    def write_workbook(self, path: Path, result: Any, period: Period) -> int:
        """Write what was counted to ``path``; the number of rows written."""
        raise NotImplementedError

    def workbook_name(self) -> str:
        """The workbook's file name offered, without .xlsx, with ``{period}`` in it."""
        raise NotImplementedError

    # --- counting ---------------------------------------------------------------------------

    def recount(self) -> BackgroundTask | None:
        """Count the figures of the period chosen off the GUI thread (a period refused is said
        under the row, and the figures shown stay)."""
        try:
            period = self.picker.period()
        except UserError as error:
            set_message(self.message, str(error))
            return None
        set_message(self.message, "")
        office = chosen_office(self.office)
        self.count_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status.setText(tr("Counting the figures…"))

        def job(progress: Progress) -> Any:
            return self.count(period, office, progress)

        def done(result: Any) -> None:
            self.period, self.result = period, result
            self.show_result(result)
            self._idle()

        def failed(error: BaseException) -> None:
            self._idle()
            if isinstance(error, UserError):
                set_message(self.message, str(error))
            else:
                show_error(self, self.title(), error)

        self.task = run_in_background(self, self.title(), job, done, failed,
                                      blocks_quit=False)
        return self.task

    def _idle(self) -> None:
        self.count_button.setEnabled(True)
        self.export_button.setEnabled(self.result is not None)
        self.status.setText("")

    # --- the workbook -----------------------------------------------------------------------

    def export_clicked(self) -> Path | None:
        """Ask where, then save what was counted as an Excel workbook."""
        if self.period is None:
            return None
        name = safe_file_name(self.workbook_name().format(
            period=period_text(self.period)) + ".xlsx")
        folder = remembered_folder(self.context.database, self.context.actor,
                                   EXPORT_FOLDER_KEY)
        path = ask_save_path(self, tr("Export to Excel"), folder / name,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self.export_to(path)

    def export_to(self, path: Path) -> Path | None:
        """Write what was counted to ``path``."""
        if self.period is None or self.result is None:
            return None
        try:
            count = self.write_workbook(path, self.result, self.period)
        except UserError as error:
            show_user_error(self, error)
            return None
        remember_folder(self.context.database, self.context.actor, EXPORT_FOLDER_KEY,
                        path.parent)
        inform(self, tr("Export to Excel"), tr("Exported {count} records to {path}").format(
            count=f"{count:,}", path=path))
        return path
