"""「统计分析」: the registers' figures over a period the user picks, each as a chart with its
table beside it, and every table to one Excel workbook. Figures come from
:func:`jianguan_desktop.services.statistics_tables.figure_tables` (SQL aggregates), counted off
the GUI thread; at the city a tab sets the offices side by side, and an office filter shows one
county's figures.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import statistics as stats
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.statistics import FigureTable, Period
from jianguan_desktop.services.statistics_tables import figure_tables
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.registers._figures import ChartTableTab, FiguresPage, bar_chart


class FiguresTab(ChartTableTab):
    """One figure table: its chart, and the table beside it."""

    def __init__(self, table: FigureTable, parent: QWidget | None = None) -> None:
        super().__init__([header for _key, header in table.columns], parent)
        self.key = table.key

    def show_table(self, table: FigureTable) -> None:
        """Show the table's chart and rows (figures right-aligned, the total in bold)."""
        keys = [key for key, _header in table.columns]
        self.show_cells(bar_chart(table.chart_title, table.chart_labels, table.series()),
                        [[str(row[key]) for key in keys] for row in table.rows], table.total)


class StatisticsPage(FiguresPage):
    """The period picker, the office filter at the city, and a tab per figure table; counting
    runs off the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(context, lambda: tr("Statistics"), tr(
            "The registers' figures per month of the period chosen, each chart with its table; "
            "at the city office also per county. Figures count the records in this database."),
            tr("Every table of the period counted, a worksheet each, as an Excel workbook"),
            parent, today)
        self.shown: dict[str, FiguresTab] = {}
        self.recount()

    def tab(self, key: str) -> FiguresTab:
        """The tab of one figure table (``complaints``, ``credit``, ``inspections``, ...)."""
        return self.shown[key]

    def count(self, period: Period, office: str | None,
              progress: Progress) -> list[FigureTable]:
        """Every figure table of the period."""
        return figure_tables(self.context.database, self.context.actor, period, office,
                             progress)

    def show_result(self, result: list[FigureTable]) -> None:
        """A tab per table, in order; tabs of tables not counted this time are hidden."""
        keys = {table.key for table in result}
        for index, table in enumerate(result):
            tab = self.shown.get(table.key)
            if tab is None:
                tab = self.shown[table.key] = FiguresTab(table)
                self.tabs.insertTab(index, tab, table.title)
            tab.show_table(table)
        for key, tab in self.shown.items():
            self.tabs.setTabVisible(self.tabs.indexOf(tab), key in keys)

    def write_workbook(self, path: Path, result: list[FigureTable], period: Period) -> int:
        """Every table counted, a worksheet each."""
        return stats.export_tables(path, result, period)

    def workbook_name(self) -> str:
        """统计分析（{period}）."""
        return tr("Statistics, {period}")


register_page(PageInfo(
    key="statistics",
    title=lambda: tr("Statistics"),
    group=group_home,
    factory=StatisticsPage,
    permission=Permission.READ,
    order=20,  # after the home page and the city overview
))
