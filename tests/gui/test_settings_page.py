"""The settings page: settings by group with preset and source, a wrong number said at its field,
a right one saved (and audited by the service), read-only for a clerk, the printing fonts.

Font discovery is replaced by a stub: the real one looks through the system's fonts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf import fonts
from jianguan_desktop.services import auth
from jianguan_desktop.services.settings import LOCKOUT_ATTEMPTS, LOCKOUT_MINUTES, get_setting
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.settings_page import SettingsPage
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk

ATTEMPTS = LOCKOUT_ATTEMPTS.key
MINUTES = LOCKOUT_MINUTES.key


class StubFonts:
    """What font discovery finds on a computer without 仿宋: a free font stands in."""

    def describe(self) -> list[fonts.FontChoice]:
        free = Path("/fonts/uming.ttc")
        return [fonts.FontChoice(fonts.FontRole.FANGSONG, "AR PL UMing CN", free, "free", True),
                fonts.FontChoice(fonts.FontRole.HEITI, "SimHei", Path("C:/simhei.ttf"),
                                 "system", False)]


@pytest.fixture(autouse=True)
def stub_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "default_fonts", StubFonts)


def open_page(qtbot: QtBot, database: object, actor: object) -> SettingsPage:
    page = SettingsPage(AppContext(database, actor, office_info(database)))
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_into(qtbot: QtBot, page: SettingsPage, key: str, text: str) -> None:
    spin = page.field(key).editor
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_each_setting_shows_its_value_preset_and_source(qtbot: QtBot, office_db: object,
                                                        admin: object) -> None:
    page = open_page(qtbot, office_db, admin)
    field = page.field(ATTEMPTS)
    # THEN the lockout setting is in the security group with its unit, preset and source
    assert page.group_of(ATTEMPTS).title.text() == tr("Security and backups")
    assert field.caption.text() == LOCKOUT_ATTEMPTS.label()
    assert field.editor.value() == 5
    assert field.unit_label.text() == "次"
    assert field.note.text() == f"预设值：5 次。依据：{LOCKOUT_ATTEMPTS.source()}"
    # AND nothing can be saved or restored while nothing was changed
    assert not page.group_of(ATTEMPTS).save_button.isEnabled()
    assert not field.restore_button.isEnabled()


def test_a_bad_number_is_said_at_its_field_and_nothing_is_saved(
        qtbot: QtBot, office_db: object, admin: object) -> None:
    page = open_page(qtbot, office_db, admin)
    group = page.group_of(ATTEMPTS)
    # WHEN the administrator types 0 wrong passwords (the least is 1) and a good number of
    # minutes, then saves the group
    type_into(qtbot, page, ATTEMPTS, "0")
    type_into(qtbot, page, MINUTES, "30")
    assert group.save_button.isEnabled()
    group.save_button.click()
    # THEN the field says what is wrong, in Chinese
    assert page.field(ATTEMPTS).error_text() == \
        f"“{LOCKOUT_ATTEMPTS.label()}”不能小于 1。"
    assert page.field(MINUTES).error_text() == ""
    # AND neither value was saved: every value is checked before any is written
    assert get_setting(office_db, ATTEMPTS) == 5
    assert get_setting(office_db, MINUTES) == 15


def test_a_good_number_is_saved(qtbot: QtBot, office_db: object, admin: object) -> None:
    page = open_page(qtbot, office_db, admin)
    group = page.group_of(ATTEMPTS)
    # WHEN the administrator sets 8 attempts and saves
    type_into(qtbot, page, ATTEMPTS, "8")
    group.save_button.click()
    # THEN the rule in force is 8, the page says so and who changed it
    assert get_setting(office_db, ATTEMPTS) == 8
    assert group.status.text() == "已保存 1 项设置。"
    assert "由 admin 于" in page.field(ATTEMPTS).note.text()
    assert not group.save_button.isEnabled()
    # AND "restore the preset" puts 5 back once saved
    page.field(ATTEMPTS).restore_button.click()
    assert page.field(ATTEMPTS).editor.value() == 5
    group.save_button.click()
    assert get_setting(office_db, ATTEMPTS) == 5


def test_a_clerk_sees_the_settings_but_cannot_change_them(
        qtbot: QtBot, office_db: object, admin: object) -> None:
    add_clerk(office_db, admin)
    clerk = auth.authenticate(office_db, "li", CLERK_PASSWORD)
    page = open_page(qtbot, office_db, clerk)
    field = page.field(ATTEMPTS)
    assert field.editor.value() == 5
    assert not field.editor.isEnabled()
    assert not page.group_of(ATTEMPTS).save_button.isVisible()
    assert not field.restore_button.isVisible()
    assert page.read_only_note.isVisible()


def test_the_forms_group_shows_the_printing_fonts_and_warns_of_a_stand_in(
        qtbot: QtBot, office_db: object, admin: object) -> None:
    page = open_page(qtbot, office_db, admin)
    box = page.fonts_box
    assert box is not None
    assert box.parentWidget() is page.groups["forms"]
    qtbot.waitUntil(lambda: box.loaded)
    texts = [box.grid.itemAt(i).widget().text() for i in range(box.grid.count())]
    assert texts[3:6] == ["仿宋（正文）", "AR PL UMing CN", "随程序安装的免费字体；代用字体"]
    assert texts[6:9] == ["黑体（一级标题、表头）", "SimHei", "本机已安装"]
    assert box.message.text().startswith("标为“代用”的字体不是国家标准要求的字体")
