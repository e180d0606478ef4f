"""The 统计分析 page as an office head uses it before a meeting: a year's complaints per month
in the chart and its table, the credit lists in force at each month's end, a custom period that
ends before it starts refused under the row, every table saved to one workbook, and at the city
the offices side by side and one county alone."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.registers.statistics import StatisticsPage
from tests.gui.test_credit_pages import shown_page
from tests.integration.test_statistics import handled
from tests.integration.test_sync_roundtrip import offices

__all__ = ["handled", "offices"]


def counted(qtbot: QtBot, page):
    """The page once its counting, off the GUI thread, has finished."""
    qtbot.waitUntil(lambda: page.task is None or page.task.done, timeout=10_000)
    return page


def reversed_period(page):
    """Choose a custom period ending (1 September) before it starts (1 October), then count;
    the page's period picker."""
    picker = page.picker
    picker.kind.setCurrentIndex(picker.kind.findData("custom"))
    picker.start.setDate(QDate(2026, 10, 1))
    picker.end.setDate(QDate(2026, 9, 1))
    page.count_button.click()
    return picker


def opened(qtbot: QtBot, db, admin, page_class=StatisticsPage):
    """A page of figures (the statistics page unless told), shown and counted."""
    return counted(qtbot, shown_page(qtbot, page_class(AppContext(db, admin),
                                                       today=date(2026, 11, 30))))


def _table(tab) -> list[list[str]]:
    table = tab.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_a_years_complaints_are_charted_and_tabled_per_month(qtbot: QtBot, handled) -> None:
    db, admin = handled
    page = opened(qtbot, db, admin)
    rows = _table(page.tab("complaints"))
    assert len(rows) == 13  # twelve months and the total
    assert rows[8] == ["2026-09", "2", "1", "0", "0", "0"]
    assert rows[9] == ["2026-10", "1", "1", "2", "1", "1"]
    assert rows[-1] == ["合计", "4", "2", "2", "1", "1"]
    chart = page.tab("complaints").chart_view.chart()
    assert chart.title() == "各月投诉举报情况"
    [series] = chart.series()
    sets = {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())]
            for bar_set in series.barSets()}
    assert sets["收到"][8:11] == [2.0, 1.0, 1.0] and sets["办结"][9] == 2.0
    assert not page.office.isVisible()  # a county: no office filter


def test_a_period_that_ends_before_it_starts_is_said_and_the_figures_stay(
        qtbot: QtBot, handled) -> None:
    db, admin = handled
    page = opened(qtbot, db, admin)
    picker = reversed_period(page)
    assert page.message.isVisible() and "早于" in page.message.text()
    assert len(_table(page.tab("complaints"))) == 13  # the year counted before is still shown
    picker.end.setDate(QDate(2026, 10, 31))
    page.count_button.click()
    counted(qtbot, page)
    assert not page.message.isVisible()
    assert _table(page.tab("complaints")) == [["2026-10", "1", "1", "2", "1", "1"],
                                      ["合计", "1", "1", "2", "1", "1"]]


def test_the_table_is_saved_to_excel(qtbot: QtBot, handled, tmp_path, monkeypatch) -> None:
    db, admin = handled
    page = opened(qtbot, db, admin)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    path = page.export_to(tmp_path / "统计.xlsx")
    assert path is not None
    book = load_workbook(path)
    assert len(book.worksheets) == 7  # a worksheet per tab
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[-1] == ("合计", 4, 2, 2, 1, 1)


def test_the_city_sets_the_offices_side_by_side_and_filters_one(qtbot: QtBot, offices) -> None:
    from tests.integration.test_complaints import register

    city, a, b = offices
    for office, count in ((a, 2), (b, 1)):
        for number in range(count):
            register(office.db, office.admin, received_on="2026-09-21",
                     today=date(2026, 9, 21), respondent_name=f"某某建筑有限公司{number}")
        city.take(office.send(city))
    page = opened(qtbot, city.db, city.admin)
    assert page.office.isVisible()
    titles = [page.tabs.tabText(index) for index in range(page.tabs.count())]
    assert titles == ["投诉举报", "按交易类型", "按投诉渠道", "红黑名单", "双随机一公开",
                      "联络员", "联席会议", "各单位对比"]
    side = _table(page.tab("offices"))
    assert [row[:2] for row in side] == [["安阳县", "2"], ["汤阴县", "1"], ["安阳市", "0"],
                                        ["合计", "3"]]
    # WHEN one county is chosen THEN its figures alone, and the side-by-side tab is hidden
    page.office.setCurrentIndex(page.office.findData("410523"))
    page.count_button.click()
    counted(qtbot, page)
    assert _table(page.tab("complaints"))[-1][:2] == ["合计", "1"]
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.tab("offices")))
