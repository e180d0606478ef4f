"""Starting the program: a database it cannot use is refused in words and left untouched.

Also the login-shown timing hook used by the benchmarks, and the choice of a CJK font.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from jianguan_desktop import i18n
from jianguan_desktop.db.migrate import head_revision, newer_database_message
from jianguan_desktop.i18n import tr
from jianguan_desktop.ui import app as app_module
from jianguan_desktop.ui.app import CJK_UI_FONTS, choose_ui_font


@pytest.fixture
def fatal_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """The program's fatal message boxes, caught instead of shown; translators undone after."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "show_fatal",
                        lambda title, error, untouched=False: shown.append((title, str(error))))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield shown
    i18n.set_backend(None)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_a_database_is_refused_untouched(
        tmp_path: Path, fatal_messages: list[tuple[str, str]]) -> None:
    # GIVEN a text file where the database should be
    path = tmp_path / "notes.db"
    path.write_text("会议记录：这不是数据库。\n" * 200, encoding="utf-8")
    before = _digest(path)
    # WHEN the program is started on it
    code = app_module.main(["--db", str(path)])
    # THEN it says in words that the file is not its database, exits non-zero, and the file
    # is exactly as it was, with nothing written beside it
    assert code != 0
    assert fatal_messages == [(tr("Cannot open the database"), tr(
        "The file {path} is not a database of this program.").format(path=path))]
    assert _digest(path) == before
    assert sorted(item.name for item in tmp_path.iterdir()) == ["notes.db"]


def test_a_database_of_a_newer_program_is_refused_naming_both_versions(
        database: object, db_path: Path, fatal_messages: list[tuple[str, str]]) -> None:
    # GIVEN a database that a newer program has upgraded
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d_future'"))
    database.dispose()
    before = _digest(db_path)
    # WHEN this program is started on it
    code = app_module.main(["--db", str(db_path)])
    # THEN it refuses, naming the database's version and its own, and changes nothing
    assert code != 0
    assert fatal_messages == [(tr("Cannot open the database"),
                               newer_database_message("f00d_future", head_revision()))]
    assert _digest(db_path) == before


def test_the_login_shown_hook_prints_the_time_and_exits(office_db: object,
                                                        db_path: Path) -> None:
    # GIVEN a set-up office database
    env = {**os.environ, app_module.EXIT_AFTER_LOGIN_SHOWN_ENV: "1",
           "QT_QPA_PLATFORM": "offscreen"}
    # WHEN the program starts with JIANGUAN_EXIT_AFTER_LOGIN_SHOWN=1
    result = subprocess.run([sys.executable, "-m", "jianguan_desktop.ui.app", "--db",
                             str(db_path)], env=env, capture_output=True, text=True,
                            timeout=120)
    # THEN it prints when the login dialog was shown and ends normally
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"login-shown \d+\.\d{3}\n", result.stdout), result.stdout


def test_a_cjk_interface_font_is_preferred_and_its_absence_tolerated() -> None:
    # GIVEN the fonts of a Linux box with WenQuanYi and Noto CJK, and of one without any
    # WHEN the program chooses its interface font
    # THEN it takes Noto Sans CJK SC (listed before WenQuanYi) and falls back to Qt's choice
    assert choose_ui_font(["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]) == \
        "Noto Sans CJK SC"
    assert choose_ui_font(["DejaVu Sans"]) is None
    assert CJK_UI_FONTS[0] == "Microsoft YaHei UI"
