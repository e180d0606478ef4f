"""「效能评估」: how promptly the work was done over a period the user picks — the on-time rate
of each step of the complaint workflow, of publishing inspection results and of reporting
liaison changes, charted with its table beside it; at the city a tab sets the counties side by
side. Figures come from :func:`jianguan_desktop.services.efficiency.efficiency_figures` (SQL
aggregates), counted off the GUI thread; 导出 Excel writes what is shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart
from PySide6.QtWidgets import QWidget

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import efficiency as eff
from jianguan_desktop.services.efficiency import EfficiencyFigures
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.statistics import Period
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.registers._figures import ChartTableTab, FiguresPage, bar_chart

STEPS_TAB, OFFICES_TAB = "steps", "offices"
CHART_LABEL_MAX = 7  # characters of a step's name under the chart


def short_label(text: str, limit: int = CHART_LABEL_MAX) -> str:
    """A name short enough to stand under a bar."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


class EfficiencyTab(ChartTableTab):
    """A chart of on-time rates and the table beside it."""

    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__([header for _key, header in columns], parent)
        self.keys = [key for key, _header in columns]

    def show_rows(self, rows: list[dict[str, Any]], chart: QChart, bold_last: bool) -> None:
        """Show the rows (a rate or an average that cannot be worked out as —) and the
        chart."""
        self.show_cells(chart, [[eff.shown_value(row[key]) for key in self.keys]
                                for row in rows], bold_last)


class EfficiencyPage(FiguresPage):
    """The period picker, the office filter at the city, a tab of the steps and (at the city,
    every office chosen) a tab of the offices; counting runs off the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(context, lambda: tr("Efficiency evaluation"), tr(
            "How much of each step was done within its time limit in the period chosen, and "
            "how many working days it took: complaints (acceptance, transfer, decision, answer "
            "to the complainant), the publication of inspection results, and the reporting of "
            "liaison changes; at the city office also per county."),
            tr("The efficiency figures of the period counted as an Excel workbook"),
            parent, today)
        self.steps_tab = EfficiencyTab(eff.measure_columns())
        self.offices_tab = EfficiencyTab(eff.office_columns())
        self.tabs.addTab(self.steps_tab, tr("By step"))
        self.tabs.addTab(self.offices_tab, tr("By office"))
        self.tabs.setTabVisible(1, False)
        self.recount()

    @property
    def figures(self) -> EfficiencyFigures | None:
        """The figures last counted."""
        return self.result

    def tab(self, key: str) -> EfficiencyTab:
        """The tab of the steps (``steps``) or of the offices (``offices``)."""
        return self.steps_tab if key == STEPS_TAB else self.offices_tab

    def count(self, period: Period, office: str | None,
              progress: Progress) -> EfficiencyFigures:
        """Every measure of the period."""
        return eff.efficiency_figures(self.context.database, self.context.actor, period,
                                      office)

    def show_result(self, result: EfficiencyFigures) -> None:
        """The steps' rates and table; at the city, every office chosen, also the offices
        side by side."""
        rows = eff.measure_rows(result.total)
        labels = [short_label(row["measure"]) for row in rows]
        self.steps_tab.show_rows(rows, bar_chart(
            tr("On-time rate per step"), labels,
            [(tr("On-time rate (%)"), [row["rate"] for row in rows])], percent=True),
            bold_last=False)
        side_by_side = result.city and len(result.offices) > 1
        self.tabs.setTabVisible(1, side_by_side)
        if side_by_side:
            offices = eff.office_rows(result)
            measures = eff.measure_labels()
            series = [(measures[key], [row[f"rate_{key}"] for row in offices[:-1]])
                      for key in eff.MEASURES]
            self.offices_tab.show_rows(offices, bar_chart(
                tr("On-time rate per office"), [row["office"] for row in offices[:-1]],
                series, percent=True), bold_last=True)

    def write_workbook(self, path: Path, result: EfficiencyFigures, period: Period) -> int:
        """The steps, and at the city the offices on a second worksheet."""
        return eff.write_efficiency(path, result)

    def workbook_name(self) -> str:
        """效能评估（{period}）."""
        return tr("Efficiency evaluation, {period}")


register_page(PageInfo(
    key="efficiency",
    title=lambda: tr("Efficiency evaluation"),
    group=group_home,
    factory=EfficiencyPage,
    permission=Permission.READ,
    order=25,  # after the statistics
))
