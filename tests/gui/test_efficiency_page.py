"""The 效能评估 page as an office head uses it: a quarter's on-time rate per step charted with
its table beside it, a period that ends before it starts refused under the row, the figures
saved to a workbook, and at the city a tab with a row per county."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jianguan_desktop.ui import pages
from jianguan_desktop.ui.registers.efficiency import EfficiencyPage
from tests.gui.test_statistics_page import _table, counted, reversed_period
from tests.gui.test_statistics_page import opened as statistics_opened
from tests.integration.test_efficiency import worked
from tests.integration.test_statistics import _step
from tests.integration.test_sync_roundtrip import offices

__all__ = ["offices", "worked"]


def opened(qtbot: QtBot, db, admin) -> EfficiencyPage:
    return statistics_opened(qtbot, db, admin, EfficiencyPage)


def _quarter(page: EfficiencyPage, quarter: int) -> None:
    picker = page.picker
    picker.kind.setCurrentIndex(picker.kind.findData("quarter"))
    picker.part.setValue(quarter)
    page.count_button.click()


def test_the_page_is_on_the_home_group_after_the_statistics() -> None:
    info = pages.get_page("efficiency")
    assert info.group() == pages.group_home() and info.order == 25
    assert info.title() == "效能评估"


def test_a_quarters_rates_are_charted_and_tabled_per_step(qtbot: QtBot, worked) -> None:
    db, admin = worked
    page = opened(qtbot, db, admin)
    _quarter(page, 4)
    counted(qtbot, page)
    rows = _table(page.tab("steps"))
    assert rows == [["受理审查", "3", "3", "2", "1", "66.7", "4.3"],
                    ["转办", "2", "2", "1", "1", "50.0", "2.5"],
                    ["处理决定", "2", "2", "1", "1", "50.0", "28.0"],
                    ["答复投诉人", "3", "2", "2", "0", "100.0", "1.3"],
                    ["检查结果公示", "0", "0", "0", "0", "—", "—"],
                    ["联络员变更报备", "0", "0", "0", "0", "—", "—"]]
    chart = page.tab("steps").chart_view.chart()
    assert chart.title() == "各环节按期率"
    [series] = chart.series()
    [rates] = series.barSets()
    assert [round(rates.at(i), 1) for i in range(rates.count())] == [66.7, 50.0, 50.0, 100.0,
                                                                     0.0, 0.0]
    assert not page.tabs.isTabVisible(1)  # a county: no offices side by side


def test_a_period_that_ends_before_it_starts_is_said_and_the_figures_stay(
        qtbot: QtBot, worked) -> None:
    db, admin = worked
    page = opened(qtbot, db, admin)
    before = _table(page.tab("steps"))
    reversed_period(page)
    assert page.message.isVisible() and "早于" in page.message.text()
    assert _table(page.tab("steps")) == before
    assert before[0][:2] == ["受理审查", "4"]  # the year counted when the page opened


def test_the_figures_are_saved_to_excel(qtbot: QtBot, worked, tmp_path, monkeypatch) -> None:
    db, admin = worked
    page = opened(qtbot, db, admin)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    path = page.export_to(tmp_path / "效能.xlsx")
    assert path is not None
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    assert rows[2] == ("受理审查", 4, 4, 3, 1, 75.0, 3.5)


def test_the_city_sets_the_counties_side_by_side(qtbot: QtBot, offices) -> None:
    from tests.integration.test_complaints import register

    city, a, b = offices
    for office, accepted in ((a, "2026-10-12"), (b, "2026-09-23")):
        made = register(office.db, office.admin, received_on="2026-09-22",
                        today=date(2026, 9, 22))
        _step(office.db, office.admin, made.id, "accept", accepted)
        city.take(office.send(city))
    page = opened(qtbot, city.db, city.admin)
    assert page.tabs.isTabVisible(1) and page.tabs.tabText(1) == "各单位对比"
    side = _table(page.tab("offices"))
    assert [row[:2] for row in side] == [["安阳县", "0.0"], ["汤阴县", "100.0"],
                                        ["安阳市", "—"], ["合计", "50.0"]]
    assert page.tab("offices").table.horizontalHeaderItem(1).text() == "受理审查按期率（%）"
    chart = page.tab("offices").chart_view.chart()
    [series] = chart.series()
    assert [bar_set.label() for bar_set in series.barSets()][:2] == ["受理审查", "转办"]
    assert _table(page.tab("steps"))[0][:6] == ["受理审查", "2", "2", "1", "1", "50.0"]
    # AND one county chosen: its steps alone, and no side-by-side tab
    assert page.office.isVisible()
    page.office.setCurrentIndex(page.office.findText("汤阴县"))
    page.count_button.click()
    counted(qtbot, page)
    assert _table(page.tab("steps"))[0][:6] == ["受理审查", "1", "1", "1", "0", "100.0"]
    assert not page.tabs.isTabVisible(1)
