"""「关于」 and the start of the window (issue 10): the version line, the About dialog's texts and
its 「复制」, and the refusals of an unwritable data folder and of a second window, with the
database left exactly as it was.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jianguan_desktop import __version__
from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db import data_folder, instance_lock
from jianguan_desktop.db.migrate import head_revision
from jianguan_desktop.services.about import FontFact, font_licence
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui import app as app_module
from jianguan_desktop.ui.about_dialog import AboutDialog
from jianguan_desktop.ui.main_window import MainWindow
from jianguan_desktop.version import version_line
from tests.conftest import OFFICE_CODE, OFFICE_NAME
from tests.gui.test_app import fatal_messages

__all__ = ["fatal_messages"]

ROOT = Path(__file__).resolve().parents[2]

FREE_FANGSONG = FontFact(role="fangsong", role_label="仿宋（正文）", family="AR PL UMing CN",
                         file="/usr/share/fonts/truetype/arphic/uming.ttc", origin="free",
                         origin_label="随程序安装的免费字体；代用字体", substitute=True,
                         licence=font_licence("AR PL UMing CN"))
OFFICE_TITLE = FontFact(role="xiaobiaosong", role_label="小标宋（标题）", family="方正小标宋简体",
                        file="C:/Windows/Fonts/FZXBSJW.TTF", origin="system",
                        origin_label="本机已安装", substitute=False,
                        licence=font_licence("方正小标宋简体"))


def _texts(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def _state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def closed_office(office_db: object, db_path: Path) -> Path:
    """A set-up office database with every connection closed."""
    office_db.dispose()  # type: ignore[attr-defined]
    return db_path


# --- the version -----------------------------------------------------------------------------

def test_the_window_prints_the_same_version_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        app_module.parse_args(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"jianguan-desktop {__version__}（数据库版本 " \
                                      f"{head_revision()}）\n"
    assert version_line() == f"jianguan-desktop {__version__}（数据库版本 {head_revision()}）"


# --- 关于 ------------------------------------------------------------------------------------

def test_the_about_dialog_names_program_database_office_and_fonts(
        qtbot: QtBot, office_db: object, db_path: Path) -> None:
    # GIVEN an office database and two print fonts: a free one and the office's own
    # WHEN 「关于」 is opened
    dialog = AboutDialog(office_db, print_fonts=[FREE_FANGSONG, OFFICE_TITLE])
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    # THEN it shows the program and version, the database and its revision against the
    # program's, the office, and each font with where it comes from and its licence
    revision = head_revision()
    assert dialog.windowTitle() == "关于"
    for expected in ("公共资源交易监管台账", __version__, str(db_path),
                     f"{revision}（与本程序一致）", OFFICE_NAME, OFFICE_CODE, "县级",
                     "仿宋（正文）", "AR PL UMing CN", "随程序安装的免费字体；代用字体",
                     "文鼎公众许可证（Arphic Public License）", "方正小标宋简体",
                     "由本单位自行授权安装", "许可", "界面字体"):
        assert expected in texts, expected
    assert any(text.startswith("离线运行") for text in texts)
    # AND 「复制」 puts the same facts on the clipboard, one per line
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.text()
    assert f"数据库版本：{revision}（与本程序一致）" in copied
    assert f"数据库：{db_path}" in copied and f"单位名称：{OFFICE_NAME}" in copied
    assert ("仿宋（正文）：AR PL UMing CN（随程序安装的免费字体；代用字体）；许可：文鼎公众许可证"
            "（Arphic Public License）；文件：/usr/share/fonts/truetype/arphic/uming.ttc") in copied
    assert "小标宋（标题）：方正小标宋简体（本机已安装）；许可：由本单位自行授权安装" in copied
    assert "已复制到剪贴板。" in _texts(dialog)


def test_the_licences_of_the_free_fonts_are_named() -> None:
    assert font_licence("AR PL UMing CN") == "文鼎公众许可证（Arphic Public License）"
    assert font_licence("WenQuanYi Zen Hei") == "GNU GPL 第 2 版（含字体嵌入例外）"
    assert font_licence("LXGW WenKai") == "SIL 开放字体许可证（OFL）1.1"
    assert font_licence("Noto Sans CJK SC") == "SIL 开放字体许可证（OFL）1.1"
    assert font_licence("BabelStone Han").startswith("文鼎公众许可证")
    for office_font in ("SimSun", "宋体", "方正仿宋_GBK", "仿宋_GB2312", "Microsoft YaHei"):
        assert font_licence(office_font) == "由本单位自行授权安装"


def test_about_from_the_help_menu_finds_the_print_fonts(qtbot: QtBot, office_db: object,
                                                        admin: object) -> None:
    # GIVEN the main window
    window = MainWindow(office_db, admin, office_info(office_db))
    qtbot.addWidget(window)
    # WHEN 帮助 → 关于 is chosen
    dialog = window.about()
    # THEN the fonts of this computer are looked up and shown, each with a licence
    qtbot.waitUntil(lambda: dialog.fonts_loaded, timeout=60_000)
    assert dialog.fonts_problem is None, dialog.fonts_problem
    assert dialog.print_fonts and {fact.role for fact in dialog.print_fonts} == {
        "fangsong", "xiaobiaosong", "song", "heiti", "kaiti"}
    texts = _texts(dialog)
    for fact in dialog.print_fonts:
        assert fact.family in texts and fact.licence in texts
    assert "打印的表单内嵌这些字体，在任何电脑上显示效果都相同。" in texts
    dialog.close()


def test_an_uninitialised_database_says_so(qtbot: QtBot, database: object) -> None:
    dialog = AboutDialog(database, print_fonts=[])
    qtbot.addWidget(dialog)
    assert "尚未初始化" in _texts(dialog) and "单位：尚未初始化" in dialog.text()


# --- refused starts -------------------------------------------------------------------------

def test_an_unwritable_data_folder_is_refused_untouched(
        closed_office: Path, fatal_messages: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a database in a folder the user may not write to (as a read-only share would be)
    before = _state(closed_office)

    def denied(folder: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(data_folder, "probe_folder", denied)
    # WHEN the window is started on it
    code = app_module.main(["--db", str(closed_office)])
    # THEN it says which folder and what to do, exits non-zero, and has written nothing
    assert code == 4
    assert fatal_messages == [("无法打开数据库", (
        f"程序无法写入数据文件夹 {closed_office.parent}：没有写入权限。请用 --db 或环境变量 "
        "JIANGUAN_DB 另选一个文件夹，或请管理员为该文件夹开通写入权限。未做任何改动。"))]
    assert _state(closed_office) == before
    assert sorted(p.name for p in closed_office.parent.iterdir()) == ["jianguan.db"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="chmod does not stop root from writing")
def test_a_real_read_only_folder_is_refused(closed_office: Path,
                                            fatal_messages: list[tuple[str, str]]) -> None:
    before = _state(closed_office)
    closed_office.parent.chmod(0o555)
    try:
        code = app_module.main(["--db", str(closed_office)])
    finally:
        closed_office.parent.chmod(0o755)
    assert code != 0 and "没有写入权限" in fatal_messages[0][1]
    assert _state(closed_office) == before


@pytest.fixture
def first_window(closed_office: Path) -> Iterator[subprocess.Popen[str]]:
    """The program really running on the office database, waiting at its login dialog."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(app_module.EXIT_AFTER_LOGIN_SHOWN_ENV, None)
    process = subprocess.Popen([sys.executable, "-m", "jianguan_desktop.ui.app", "--db",
                                str(closed_office)], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lock_file = instance_lock.lock_path(closed_office)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if json.loads(lock_file.read_text(encoding="utf-8"))["pid"] == process.pid:
                break
        except (OSError, ValueError, KeyError):
            pass
        assert process.poll() is None, "the first window ended"
        time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("the first window did not take the lock")
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)


def test_a_second_window_is_refused_and_the_first_keeps_working(
        first_window: subprocess.Popen[str], closed_office: Path,
        fatal_messages: list[tuple[str, str]]) -> None:
    # GIVEN the program already open on the database (at its login dialog)
    shm = closed_office.with_name("jianguan.db-shm")  # the first has opened the database
    deadline = time.monotonic() + 120
    while not shm.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    before = _state(closed_office)
    # WHEN a second copy is started on the same database
    code = app_module.main(["--db", str(closed_office)])
    # THEN it says the database is open in another window, naming that one, and exits
    # without touching the database
    assert code == instance_lock.DatabaseInUseError.exit_code
    [(title, message)] = fatal_messages
    assert title == "数据库已打开"
    assert message.startswith(f"该数据库已由另一个窗口打开（{closed_office}；计算机 ")
    assert f"上的进程 {first_window.pid}，" in message
    assert message.endswith("）。请切换到已打开的窗口；如确需再开，请先关闭它。")
    assert _state(closed_office) == before
    # AND the first is still running and still holds the database
    assert first_window.poll() is None
    with pytest.raises(instance_lock.DatabaseInUseError):
        instance_lock.acquire(resolve_db_url(str(closed_office)))
    # WHEN the first window is killed (a crash), the database can be opened again
    first_window.kill()
    first_window.wait(timeout=30)
    lock = instance_lock.acquire(resolve_db_url(str(closed_office)))
    assert lock is not None
    lock.release()
