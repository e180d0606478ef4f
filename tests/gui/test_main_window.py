"""The main window: navigation from the page registry, pages made on demand, the status bar.

A register module dropped into ui/registers appears without any change to the window.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import auth, backup, users
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui import pages, registers
from jianguan_desktop.ui.main_window import MainWindow
from tests.conftest import OFFICE_CODE, OFFICE_NAME
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk

REGISTER_MODULE = '''
from PySide6.QtWidgets import QLabel
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.ui.pages import PageInfo, group_registers, register_page

register_page(PageInfo(key="fake_register", title=lambda: "测试台账",
                       group=group_registers, factory=lambda context: QLabel("测试台账页面"),
                       permission=Permission.READ, order=100))
'''


@pytest.fixture
def all_pages() -> None:
    """The built-in pages, registered."""
    pages.load_pages()


@pytest.fixture
def fake_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A register module dropped into the registers package (as a new register would be)."""
    folder = tmp_path / "more_registers"
    folder.mkdir()
    (folder / "fake_register.py").write_text(REGISTER_MODULE, encoding="utf-8")
    monkeypatch.setattr(registers, "__path__", [*registers.__path__, str(folder)])
    yield "fake_register"
    pages.unregister_page("fake_register")
    sys.modules.pop("jianguan_desktop.ui.registers.fake_register", None)


def _register_groups() -> list[str]:
    """Titles of the register groups (台账, 双随机一公开, …): every group but 首页 and 系统管理."""
    return [title for title, _ in pages.grouped(pages.all_pages())
            if title not in (pages.group_home(), pages.group_system())]


def register_pages() -> list[str]:
    """Keys of the register pages (every one a clerk may read), in navigation order."""
    return [page.key for _, group in pages.grouped(pages.all_pages()) for page in group
            if page.group() in _register_groups()]


def _window(qtbot: QtBot, database: object, actor: object) -> MainWindow:
    window = MainWindow(database, actor, office_info(database))
    qtbot.addWidget(window)
    return window


def test_navigation_shows_the_registered_pages_in_groups(qtbot: QtBot, office_db: object,
                                                         admin: object, all_pages: None) -> None:
    # GIVEN the registers built so far (none: then there is no empty 台账 group)
    ledgers = register_pages()
    # WHEN the administrator's main window opens
    window = _window(qtbot, office_db, admin)
    # THEN the navigation shows 首页, the registers and 系统管理
    assert window.navigation_groups() == [pages.group_home(), *_register_groups(),
                                          pages.group_system()]
    assert window.page_keys() == ["home", "warnings", "statistics", "efficiency",
                                  "annual_report", *ledgers, "users", "audit", "settings"]
    # AND the home page is on show; the others are made only when opened
    assert window.current_page() is window.page_widget("home")
    assert window.page_widget("users") is None


def test_a_register_module_adds_its_page_without_touching_the_window(
        qtbot: QtBot, office_db: object, admin: object, all_pages: None,
        fake_register: str) -> None:
    # GIVEN a register module in the registers package
    found = registers.load_all()
    assert fake_register in found
    # WHEN the main window opens
    window = _window(qtbot, office_db, admin)
    # THEN the 台账 group appears between 首页 and 系统管理 with the register in it
    groups = window.navigation_groups()
    assert groups[0] == pages.group_home() and groups[-1] == pages.group_system()
    assert pages.group_registers() in groups
    assert window.show_page(fake_register)
    page = window.current_page()
    assert isinstance(page, QLabel) and page.text() == "测试台账页面"


def test_a_clerk_does_not_see_the_administration_pages(qtbot: QtBot, office_db: object,
                                                       admin: object, all_pages: None) -> None:
    # GIVEN a clerk, logged in
    add_clerk(office_db, admin)
    clerk = auth.authenticate(office_db, "li", CLERK_PASSWORD)
    # WHEN his main window opens
    window = _window(qtbot, office_db, clerk)
    # THEN user management and the audit log are not offered, not even by key (the registers
    # and the settings page are; the settings read-only)
    assert window.page_keys() == ["home", "warnings", "statistics", "efficiency",
                                  "annual_report", *register_pages(), "settings"]
    assert not window.show_page("users")
    assert pages.get_page("users").permission is Permission.MANAGE_USERS


def test_the_status_bar_names_office_user_and_database(qtbot: QtBot, office_db: object,
                                                       admin: object, all_pages: None) -> None:
    # GIVEN the administrator's main window
    window = _window(qtbot, office_db, admin)
    # WHEN the user looks at the status bar
    office, user, database = window.status_texts()
    # THEN it names the office with its code, the user with his role, and the database file
    assert OFFICE_NAME in office and OFFICE_CODE in office
    assert "王管理" in user and tr("Administrator") in user
    assert str(office_db.file) in database


def test_a_page_that_fails_for_lack_of_permission_says_so(qtbot: QtBot, office_db: object,
                                                          admin: object, all_pages: None
                                                          ) -> None:
    # GIVEN a page whose factory is refused by a service
    from jianguan_desktop.errors import PermissionDenied

    def refuse(_context: pages.AppContext) -> QWidget:
        raise PermissionDenied("您的角色无权查看此页。")

    pages.register_page(pages.PageInfo("refusing", lambda: "拒绝", pages.group_system, refuse,
                                       None, 990))
    try:
        window = _window(qtbot, office_db, admin)
        # WHEN it is opened
        assert window.show_page("refusing")
        # THEN the page says why, in words
        labels = window.current_page().findChildren(QLabel)
        assert [label.text() for label in labels] == ["您的角色无权查看此页。"]
    finally:
        pages.unregister_page("refusing")


def test_backing_up_from_the_file_menu(qtbot: QtBot, office_db: object, admin: object,
                                       all_pages: None) -> None:
    # GIVEN the administrator's main window
    window = _window(qtbot, office_db, admin)
    # WHEN 文件 → 备份数据库 is chosen and the background job finishes
    task = window.back_up()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    # THEN a manual backup of the database is in its backup folder
    assert task.outcome == "done", task.error
    assert [info.reason for info in backup.list_backups(office_db)] == [backup.MANUAL_REASON]


def test_restoring_a_backup_brings_the_old_data_back_and_asks_for_a_new_login(
        qtbot: QtBot, office_db: object, admin: object, all_pages: None) -> None:
    # GIVEN a backup taken before a clerk was added
    saved = backup.create_backup(office_db, backup.MANUAL_REASON, admin)
    add_clerk(office_db, admin)
    window = _window(qtbot, office_db, admin)
    window.show()
    # WHEN that backup is restored
    task = window.restore_from(saved.path)
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    # THEN the clerk is gone, the replaced file was kept, and the user must log in again
    assert task.outcome == "done", task.error
    assert [user.username for user in users.list_users(office_db, admin)] == ["admin"]
    assert backup.REPLACED_REASON in [info.reason for info in backup.list_backups(office_db)]
    assert window.relogin and not window.isVisible()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
