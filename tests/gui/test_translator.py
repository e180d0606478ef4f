"""Qt's translator: every tr() goes through QCoreApplication.translate.

Qt's own standard buttons come out in Chinese; JIANGUAN_LANG=stretch lengthens every string.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from jianguan_desktop import i18n
from jianguan_desktop.ui import translator
from jianguan_desktop.ui.translator import CatalogueTranslator, install_translators, qm_is_fresh


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[object]]:
    """The program's translators, installed for one test and removed after it."""
    translators = install_translators(qapp)
    yield translators
    translator.remove_translators(qapp, translators)


def test_tr_goes_through_qt_and_standard_buttons_are_chinese(qtbot: QtBot,
                                                             installed: list[object]) -> None:
    # GIVEN the program's translators
    # WHEN a string of the catalogue is translated, and Qt makes a standard Cancel button
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    # THEN both come out in Chinese, through Qt's machinery
    assert i18n.tr("Clerk") == "经办人"
    assert QCoreApplication.translate("jianguan", "Clerk") == "经办人"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_without_a_fresh_qm_the_catalogue_translates(tmp_path: Path) -> None:
    # GIVEN a .qm file older than the .ts it was built from
    qm, ts = tmp_path / "a.qm", tmp_path / "a.ts"
    qm.write_bytes(b"")
    ts.write_text("<TS/>", encoding="utf-8")
    os.utime(qm, (1_000_000, 1_000_000))
    # WHEN the program decides which translator to use
    # THEN the stale .qm is not used, and the stand-in translator reads the catalogue
    assert not qm_is_fresh(qm, ts)
    assert not qm_is_fresh(tmp_path / "missing.qm", ts)
    assert CatalogueTranslator().translate("jianguan", "Clerk") == "经办人"
    assert CatalogueTranslator().translate("jianguan", "no such string") is None


def test_stretch_makes_every_string_longer(qtbot: QtBot, qapp: QApplication,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN JIANGUAN_LANG=stretch (to find layouts that clip text)
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "stretch")
    translators = install_translators(qapp)
    try:
        # WHEN a string is translated, and Qt makes a standard Cancel button
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        # THEN ours is the Chinese text stretched once, and Qt's own is still Chinese
        assert i18n.tr("Clerk") == i18n.stretch("经办人")
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        translator.remove_translators(qapp, translators)
