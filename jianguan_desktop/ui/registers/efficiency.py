"""「效能评估」: how promptly the work was done over a period the user picks — the on-time rate
of each step of the complaint workflow, of publishing inspection results and of reporting
liaison changes, charted with its table beside it; at the city a tab sets the counties side by
side. Figures come from :func:`jianguan_desktop.services.efficiency.efficiency_figures` (SQL
aggregates), counted off the GUI thread; 导出 Excel writes what is shown.
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
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QWidget

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import efficiency as eff
from jianguan_desktop.services.efficiency import EfficiencyFigures
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.statistics import period_text
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, show_error
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.register_view import EXPORT_FOLDER_KEY
from jianguan_desktop.ui.registers._credit_shared import ReadOnlyTable
from jianguan_desktop.ui.registers.statistics import TABLE_SHARE, PeriodPicker
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

STEPS_TAB, OFFICES_TAB = "steps", "offices"
CHART_LABEL_MAX = 7  # characters of a step's name under the chart


def short_label(text: str, limit: int = CHART_LABEL_MAX) -> str:
    """A name short enough to stand under a bar."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def rate_chart(title: str, categories: Sequence[str],
               series: Sequence[tuple[str, Sequence[float | None]]]) -> QChart:
    """A bar chart of on-time rates (0–100 %), a bar set per series over the categories; a
    rate that cannot be worked out (nothing with a time limit) is drawn as no bar."""
    chart = QChart()
    chart.setTitle(title)
    bars = QBarSeries()
    for name, values in series:
        bar_set = QBarSet(name)
        bar_set.append([float(value or 0.0) for value in values])
        bars.append(bar_set)
    chart.addSeries(bars)
    if len(series) == 1:  # one series: each bar shows its rate above it
        bars.setLabelsFormat("@value")
        bars.setLabelsPrecision(4)
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        for bar_set in bars.barSets():
            bar_set.setLabelColor(QColor("#303030"))
        bars.setLabelsVisible(True)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, 100)
    axis_y.setTickCount(6)
    axis_y.setLabelFormat("%d")
    axis_y.setTitleText(tr("On-time rate (%)"))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class EfficiencyTab(QWidget):
    """A chart of on-time rates and the table beside it."""

    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = [key for key, _header in columns]
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 300)
        self.table = ReadOnlyTable([header for _key, header in columns])
        self.table.setMinimumWidth(380)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _fit_table(self) -> None:
        self.table.resizeColumnsToContents()
        needed = (self.table.frameWidth() * 2
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

    def show_rows(self, rows: list[dict[str, Any]], chart: QChart, bold_last: bool) -> None:
        """Show the rows (figures right-aligned; the last, a total, in bold when asked) and
        the chart."""
        self.chart_view.setChart(chart)
        self.table.set_rows([[eff.shown_value(row[key]) for key in self.keys] for row in rows])
        self.table.horizontalHeader().setStretchLastSection(False)
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


class EfficiencyPage(QWidget):
    """The period picker, a tab of the steps and (at the city) a tab of the offices; counting
    runs off the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.picker = PeriodPicker(self.today)
        self.count_button = action_button(tr("Tally"), tr(
            "Count the figures of the period chosen"), self.recount)
        self.export_button = action_button(tr("Export to Excel…"), tr(
            "The efficiency figures of the period counted as an Excel workbook"),
            self.export_clicked)
        self.message = error_label()
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Period")))
        row.addWidget(self.picker)
        row.addWidget(self.count_button)
        row.addWidget(self.status)
        row.addStretch(1)
        row.addWidget(self.export_button)
        self.tabs = QTabWidget()
        self.steps_tab = EfficiencyTab(eff.measure_columns())
        self.offices_tab = EfficiencyTab(eff.office_columns())
        self.tabs.addTab(self.steps_tab, tr("By step"))
        self.tabs.addTab(self.offices_tab, tr("By office"))
        self.tabs.setTabVisible(1, False)
        layout = page_layout(self, tr("Efficiency evaluation"), tr(
            "How much of each step was done within its time limit in the period chosen, and "
            "how many working days it took: complaints (acceptance, transfer, decision, answer "
            "to the complainant), the publication of inspection results, and the reporting of "
            "liaison changes; at the city office also per county."))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.figures: EfficiencyFigures | None = None
        self.task: BackgroundTask | None = None
        self.recount()

    def tab(self, key: str) -> EfficiencyTab:
        """The tab of the steps (``steps``) or of the offices (``offices``)."""
        return self.steps_tab if key == STEPS_TAB else self.offices_tab

    def recount(self) -> BackgroundTask | None:
        """Count the figures of the period chosen off the GUI thread (a period refused is said
        under the row, and the figures shown stay)."""
        try:
            period = self.picker.period()
        except UserError as error:
            set_message(self.message, str(error))
            return None
        set_message(self.message, "")
        database, actor = self.context.database, self.context.actor
        self.count_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status.setText(tr("Counting the figures…"))

        def job(_progress: Progress) -> EfficiencyFigures:
            return eff.efficiency_figures(database, actor, period)

        def done(figures: EfficiencyFigures) -> None:
            self.figures = figures
            self.show_figures(figures)
            self._idle()

        def failed(error: BaseException) -> None:
            self._idle()
            if isinstance(error, UserError):
                set_message(self.message, str(error))
            else:
                show_error(self, tr("Efficiency evaluation"), error)

        self.task = run_in_background(self, tr("Efficiency evaluation"), job, done, failed,
                                      blocks_quit=False)
        return self.task

    def _idle(self) -> None:
        self.count_button.setEnabled(True)
        self.export_button.setEnabled(self.figures is not None)
        self.status.setText("")

    def show_figures(self, figures: EfficiencyFigures) -> None:
        """The steps' rates and table; at the city also the offices side by side."""
        rows = eff.measure_rows(figures.total)
        labels = [short_label(row["measure"]) for row in rows]
        self.steps_tab.show_rows(rows, rate_chart(
            tr("On-time rate per step"), labels,
            [(tr("On-time rate (%)"), [row["rate"] for row in rows])]), bold_last=False)
        self.tabs.setTabVisible(1, figures.city)
        if figures.city:
            offices = eff.office_rows(figures)
            measures = eff.measure_labels()
            series = [(measures[key], [row[f"rate_{key}"] for row in offices[:-1]])
                      for key in eff.MEASURES]
            self.offices_tab.show_rows(offices, rate_chart(
                tr("On-time rate per office"), [row["office"] for row in offices[:-1]],
                series), bold_last=True)

    def export_clicked(self) -> Path | None:
        """Save the figures of the period counted as an Excel workbook."""
        if self.figures is None:
            return None
        name = safe_file_name(tr("Efficiency evaluation, {period}").format(
            period=period_text(self.figures.period)) + ".xlsx")
        folder = remembered_folder(self.context.database, self.context.actor,
                                   EXPORT_FOLDER_KEY)
        path = ask_save_path(self, tr("Export to Excel"), folder / name,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self.export_to(path)

    def export_to(self, path: Path) -> Path | None:
        """Write the figures of the period counted to ``path``."""
        if self.figures is None:
            return None
        try:
            count = eff.write_efficiency(path, self.figures)
        except UserError as error:
            show_user_error(self, error)
            return None
        remember_folder(self.context.database, self.context.actor, EXPORT_FOLDER_KEY,
                        path.parent)
        inform(self, tr("Export to Excel"), tr("Exported {count} records to {path}").format(
            count=f"{count:,}", path=path))
        return path


register_page(PageInfo(
    key="efficiency",
    title=lambda: tr("Efficiency evaluation"),
    group=group_home,
    factory=EfficiencyPage,
    permission=Permission.READ,
    order=25,  # after the statistics
))
