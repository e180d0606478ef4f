"""The first run: the setup dialog explains its fields, the home page's 「开始使用」 panel walks
through the first steps, and an empty register says what to do instead of an empty grid.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import entities, first_steps
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.services.users import add_user
from jianguan_desktop.ui import pages
from jianguan_desktop.ui.home import HomePage
from jianguan_desktop.ui.main_window import MainWindow
from jianguan_desktop.ui.registers.entities import EntitiesPage
from jianguan_desktop.ui.settings_page import SettingsPage
from jianguan_desktop.ui.setup_dialog import SetupDialog
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk

GOOD_CODE = "91350100M000100Y43"


@pytest.fixture(autouse=True)
def all_pages() -> None:
    """The built-in pages and the registers, registered."""
    pages.load_pages()


def open_window(qtbot: QtBot, database: object, actor: object) -> MainWindow:
    window = MainWindow(database, actor, office_info(database))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def home_of(window: MainWindow) -> HomePage:
    home = window.page_widget("home")
    assert isinstance(home, HomePage)
    return home


def label_texts(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


# --- the setup dialog ------------------------------------------------------------------------

def test_the_setup_dialog_says_what_each_field_is_for(qtbot: QtBot, database: object) -> None:
    # GIVEN the first start of an empty database
    dialog = SetupDialog(database)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    texts = label_texts(dialog)

    def line(start: str) -> str:
        (found,) = [text for text in texts if text.startswith(start)]
        return found

    # THEN the office code says what to type, what it is used for and that it is for good
    code = line("本县的 6 位行政区划代码")
    assert "410522" in code and "以 00 结尾" in code
    assert "同步包" in code and "设置后不能更改" in code
    # AND the office type says who chooses which
    mode = line("各县级单位选“县级”")
    assert "汇总各县同步包" in mode and "设置后不能更改" in mode
    # AND the administrator's fields give the rules of user name and password
    assert "2 至 30 个字母、数字、下划线或汉字" in line("管理员登录时输入的名称")
    password = line("至少 8 位")
    assert "不得包含用户名" in password and "另一位管理员重置" in password
    assert "请再输入一次密码。" in texts
    # AND the office type comes first, as the code it needs depends on it
    assert dialog.form.field_name("mode") == "mode"
    assert dialog.form.layout().itemAt(1).widget().text() == "单位类型"  # type: ignore[union-attr]


# --- the first-steps panel -------------------------------------------------------------------

def test_a_new_office_sees_four_first_steps_none_done(qtbot: QtBot, office_db, admin) -> None:
    # GIVEN an office just set up
    # WHEN the administrator logs in
    window = open_window(qtbot, office_db, admin)
    home = home_of(window)
    tour = home.tour
    # THEN the home page shows 开始使用 with four steps in order, none done
    assert tour.isVisible()
    assert tour.heading.text() == "开始使用（约10分钟）"
    assert tour.progress.text() == "已完成 0/4 步"
    assert tour.step_texts() == [
        "○ 1. 核对单位设置 尚未核对",
        "○ 2. 添加用户 目前共 1 个用户",
        "○ 3. 导入市场主体 尚无市场主体",
        "○ 4. 核对办理期限预设 尚未核对",
    ]
    # AND each step has a button to its page, the checked ones 已核对 as well
    rows = tour.rows
    assert [row.open_button.text() for row in rows.values()] == [
        "打开设置", "打开用户管理", "打开市场主体库", "打开办理期限设置"]
    assert [row.confirm_button.isVisible() for row in rows.values()] == [
        True, False, False, True]
    # AND the tips below do not repeat the step of adding users
    assert "href=\"users\"" not in home.steps.text()
    assert not home.show_tour_button.isVisible()


def test_the_steps_open_their_pages_and_are_ticked_off(qtbot: QtBot, office_db,
                                                       admin) -> None:
    window = open_window(qtbot, office_db, admin)
    tour = home_of(window).tour
    # WHEN the administrator clicks 打开办理期限设置
    tour.rows[first_steps.StepKey.DEADLINES].open_button.click()
    # THEN the settings page opens at the time limits of complaints
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    assert settings.scrolled_to == "complaints"
    box = settings.groups["complaints"]
    qtbot.waitUntil(lambda: settings.scroll.verticalScrollBar().value() > 0)
    assert settings.scroll.verticalScrollBar().value() == box.y()
    # WHEN he opens user management from the tour and adds a colleague
    tour.rows[first_steps.StepKey.USERS].open_button.click()
    assert window.current_page() is window.page_widget("users")
    add_user(office_db, admin, username="li", display_name="李经办", role="clerk",
             password=CLERK_PASSWORD)
    # AND registers a market entity
    entities.create_entity(office_db, admin, {"kind": "bidder", "name": "华信建设工程有限公司",
                                              "code": GOOD_CODE})
    # AND ticks off the office settings with 已核对
    window.show_page("home")
    tour.rows[first_steps.StepKey.OFFICE].confirm_button.click()
    # THEN back on the home page every step is ticked
    assert tour.step_texts() == [
        "✓ 1. 核对单位设置 已核对",
        "✓ 2. 添加用户 目前共 2 个用户",
        "✓ 3. 导入市场主体 已有市场主体",
        "✓ 4. 核对办理期限预设 已核对",
    ]
    assert tour.progress.text() == "已完成 4/4 步"
    assert tour.finished.text().startswith("设置已全部完成。")
    assert not any(row.confirm_button.isVisible() for row in tour.rows.values())


def test_the_home_page_reads_the_steps_again_when_shown(qtbot: QtBot, office_db,
                                                        admin) -> None:
    # GIVEN the home page, then another page
    window = open_window(qtbot, office_db, admin)
    tour = home_of(window).tour
    window.show_page("entities")
    # WHEN an entity is registered meanwhile and the user comes back to the home page
    entities.create_entity(office_db, admin, {"kind": "bidder", "name": "华信建设工程有限公司",
                                              "code": GOOD_CODE})
    window.show_page("home")
    # THEN step 3 is ticked
    assert tour.step_texts()[2] == "✓ 3. 导入市场主体 已有市场主体"


def test_dont_show_again_hides_the_panel_and_help_brings_it_back(qtbot: QtBot, office_db,
                                                                 admin) -> None:
    window = open_window(qtbot, office_db, admin)
    home = home_of(window)
    # WHEN the administrator clicks 不再显示
    assert home.tour.hide_button.text() == "不再显示"
    home.tour.hide_button.click()
    # THEN the panel is gone, the tips point to user management again, and a button offers
    # the panel back
    assert not home.tour.isVisible()
    assert "href=\"users\"" in home.steps.text()
    assert home.show_tour_button.isVisible()
    assert home.show_tour_button.text() == "重新显示“开始使用”"
    window.close()
    # AND it stays hidden the next time he logs in to this database
    again = open_window(qtbot, office_db, admin)
    home = home_of(again)
    assert not home.tour.isVisible()
    # WHEN he chooses 帮助 → 开始使用 while on another page
    again.show_page("settings")
    assert again.first_steps_action.text() == "开始使用"
    assert again.first_steps_action.isVisible()
    again.first_steps_action.trigger()
    # THEN the home page shows the panel again, and it is remembered
    assert again.current_page() is home
    assert home.tour.isVisible()
    assert not home.show_tour_button.isVisible()
    assert first_steps.load_first_steps(office_db, admin).shown
    # AND the home page's button brings it back too after hiding it once more
    home.tour.hide_button.click()
    home.show_tour_button.click()
    assert home.tour.isVisible()


def test_a_clerk_is_not_offered_the_tour(qtbot: QtBot, office_db, admin) -> None:
    # GIVEN a clerk
    add_clerk(office_db, admin)
    clerk = authenticate(office_db, "li", CLERK_PASSWORD)
    # WHEN he logs in
    window = open_window(qtbot, office_db, clerk)
    home = home_of(window)
    # THEN there is no 开始使用 panel, no button to show it and no Help menu entry
    assert not home.tour.isVisible()
    assert not home.show_tour_button.isVisible()
    assert not window.first_steps_action.isVisible()


# --- an empty register -----------------------------------------------------------------------

def test_an_empty_register_says_what_to_do_and_offers_its_buttons(qtbot: QtBot, office_db,
                                                                  admin) -> None:
    # GIVEN the market entities of a new office, with no record yet
    window = open_window(qtbot, office_db, admin)
    window.show_page("entities")
    page = window.current_page()
    assert isinstance(page, EntitiesPage)
    view = page.view
    # THEN in place of the empty grid the register says what it is for and what to do first
    assert view.showing_empty_state()
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == (
        "市场主体库中还没有记录。这里登记其他各本台账都要引用的投标人、招标人、代理机构和评标专家。"
        "点击“新建”录入第一条，或点击“导入”按模板从 Excel 导入。")
    # AND offers the page's 新建 and 导入 right there
    assert view.empty_action_texts() == ["新建…", "导入…"]
    assert not view.clear_button.isVisible()
    # WHEN the administrator clicks 新建… under the message
    (new,) = [shown for shown, _original in view._empty_actions if shown.text() == "新建…"]
    new.click()
    # THEN the entity form opens, as with the button above the list
    form = page.dialog
    assert form is not None and form.isVisible()
    form.set_values({"kind": "bidder", "name": "华信建设工程有限公司", "code": GOOD_CODE})
    form.save_button.click()
    # AND once saved the list replaces the message
    assert not view.showing_empty_state()
    assert view.model.rowCount() == 1


def test_a_search_that_matches_nothing_says_so_and_can_be_cleared(qtbot: QtBot, office_db,
                                                                  admin) -> None:
    # GIVEN a register with one entity
    entities.create_entity(office_db, admin, {"kind": "bidder", "name": "华信建设工程有限公司",
                                              "code": GOOD_CODE})
    window = open_window(qtbot, office_db, admin)
    window.show_page("entities")
    view = window.current_page().view  # type: ignore[union-attr]
    assert not view.showing_empty_state()
    # WHEN a search finds nothing
    view.search_box.setText("没有这家公司")
    view.apply_search()
    # THEN the register says that nothing matches, not that it is empty, without 新建
    assert view.showing_empty_state()
    assert view.empty_label.text() == "没有符合搜索或筛选条件的记录。"
    assert view.empty_action_texts() == []
    assert view.clear_button.isVisible() and view.clear_button.text() == "清除搜索和筛选条件"
    # WHEN a filter is set as well, then 清除搜索和筛选条件 is clicked
    kind = view.filter_box("kind")
    kind.setCurrentIndex(1)
    view.clear_button.click()
    # THEN every record is listed again, the search box empty and the filter on 全部
    assert not view.showing_empty_state()
    assert view.model.rowCount() == 1
    assert view.search_box.text() == "" and kind.currentIndex() == 0
    assert view.model.query.search == "" and "kind" not in view.model.query.filters
