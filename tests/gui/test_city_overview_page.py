"""The 市级汇总 page at the city office: after two counties' packages came up, the table names
each county and shows its records, overdue complaints (in red), inspections done against the
plan, listings in force and last package; the year selector recounts the inspections; the
page is offered in the city's navigation and not in a county's."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui import pages
from jianguan_desktop.ui.main_window import MainWindow
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.registers.city_overview import CityOverviewPage
from jianguan_desktop.ui.registers.sync import OVERDUE_COLOUR
from tests.inspection_fixtures import YEAR
from tests.integration.test_city_overview import TODAY, filled, offices, own_records
from tests.integration.test_sync_roundtrip import CITY, COUNTY_A, COUNTY_B

__all__ = ["filled", "offices"]

HEADERS = ["单位", "记录数", "逾期投诉", "检查完成/计划", "在列信用名单", "最近数据包"]


def open_page(qtbot: QtBot, office: object) -> CityOverviewPage:
    context = AppContext(office.db, office.admin, office_info(office.db))  # type: ignore[attr-defined]
    page = CityOverviewPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_table_shows_each_countys_figures(qtbot: QtBot, filled) -> None:
    city, a, b = filled
    # GIVEN the page at the city, judged on 2 November 2026, for the 2026 plans
    page = open_page(qtbot, city)
    page.today = TODAY
    page.year.setValue(YEAR)
    page.refresh_button.click()
    # THEN the headers are Chinese and there is a row per county and the city's last
    assert [page.table.horizontalHeaderItem(n).text()
            for n in range(page.table.columnCount())] == HEADERS
    today = date.today()
    imported = f"{today.year}年{today.month}月{today.day}日"
    assert page.texts() == [
        ["安阳县", str(own_records(a, COUNTY_A)), "1", "0/0", "1", f"第 2 号（{imported}导入）"],
        ["汤阴县", str(own_records(b, COUNTY_B)), "0", "1/3", "0", f"第 1 号（{imported}导入）"],
        ["安阳市", str(own_records(city, CITY)), "0", "0/0", "0", ""],
    ]
    assert page.texts()[0][1] == "5"
    # AND A's overdue complaint is red like the other overdue cells, B's zero is not
    assert page.table.item(0, 2).foreground().color() == OVERDUE_COLOUR
    assert page.table.item(1, 2).foreground().color() != OVERDUE_COLOUR
    # AND the full name is in the tooltip of the short one
    assert page.table.item(0, 0).toolTip() == "安阳县公共资源交易监督管理办公室（410522）"
    assert "2026年11月2日" in page.summary.text() and "2 个县级单位" in page.summary.text()
    # WHEN another year is chosen, B's 2026 inspections are no longer counted
    page.year.setValue(YEAR - 1)
    assert page.texts()[1][3] == "0/0"


def test_a_county_without_a_package_says_none_received(qtbot: QtBot, offices) -> None:
    city, _a, _b = offices
    page = open_page(qtbot, city)
    assert [row[0] for row in page.texts()] == ["安阳县", "汤阴县", "安阳市"]
    assert [row[5] for row in page.texts()] == ["尚未收到", "尚未收到", ""]
    assert not page.error.isVisible()


def test_the_page_is_offered_at_the_city_only(qtbot: QtBot, offices) -> None:
    city, a, _b = offices
    pages.load_pages()
    assert get_page("city_overview") is not None
    city_window = MainWindow(city.db, city.admin, office_info(city.db))
    county_window = MainWindow(a.db, a.admin, office_info(a.db))
    qtbot.addWidget(city_window)
    qtbot.addWidget(county_window)
    assert city_window.page_keys()[:2] == ["home", "city_overview"]
    assert "city_overview" not in county_window.page_keys()
    assert not county_window.show_page("city_overview")
    # the page opened in a county anyway says why it is empty
    page = open_page(qtbot, a)
    assert page.texts() == [] and page.error.isVisible()
    assert "市级汇总只在市级公管办使用" in page.error.text()
