"""The settings page on a PC with no Chinese TrueType font at all: the printing fonts box says so
in Chinese, naming the folder to put a font in, instead of failing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jianguan_desktop.io.pdf import fonts
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.settings_page import SettingsPage


def test_without_any_chinese_font_the_fonts_box_says_what_to_do(
        qtbot: QtBot, office_db: object, admin: object, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN font discovery that finds nothing: an empty office fonts folder, no system fonts
    folder = tmp_path / "字体"
    folder.mkdir()
    monkeypatch.setattr(fonts, "default_fonts",
                        lambda: fonts.discover_fonts(folder, system=False))
    # WHEN the settings page shows the printing fonts
    page = SettingsPage(AppContext(office_db, admin, office_info(office_db)))
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    box = page.fonts_box
    assert box is not None
    qtbot.waitUntil(lambda: "TrueType" in box.message.text())
    # THEN it says in Chinese that no font was found and where to put one, and lists none
    text = box.message.text()
    assert "未找到" in text or "没有找到" in text, text
    assert str(folder) in text
    assert box.grid.count() == 0
    assert not box.loaded
