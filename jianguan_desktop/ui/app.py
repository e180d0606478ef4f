"""The desktop program's entry point: open and upgrade the database, set up, log in, work.

``jianguan-desktop [--db PATH]`` (or ``python -m jianguan_desktop.ui.app``). A database that
cannot be used (its folder cannot be written, another window has it open, not ours, too new)
is refused with a message in words, untouched; on exit the database is backed up if anything
changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from jianguan_desktop import APP_AUTHOR, APP_NAME, __version__
from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db import instance_lock, migrate
from jianguan_desktop.db.data_folder import check_writable
from jianguan_desktop.db.engine import Database, open_database
from jianguan_desktop.db.instance_lock import DatabaseInUseError, InstanceLock
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.font_discovery import FONT_SUFFIXES, bundled_font_dir
from jianguan_desktop.resources_path import resource_path
from jianguan_desktop.services import backup, setup
from jianguan_desktop.ui.login_dialog import LAST_USERNAME_KEY, LoginDialog
from jianguan_desktop.ui.main_window import MainWindow, app_title
from jianguan_desktop.ui.pages import load_pages
from jianguan_desktop.ui.setup_dialog import SetupDialog
from jianguan_desktop.ui.translator import install_translators
from jianguan_desktop.version import VersionAction, version_line

EXIT_AFTER_LOGIN_SHOWN_ENV = "JIANGUAN_EXIT_AFTER_LOGIN_SHOWN"

# CJK user-interface fonts, best first: Windows, macOS, then the usual Linux ones.
CJK_UI_FONTS = (
    "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimHei", "SimSun",
    "AR PL UMing CN",  # the font a built program carries (resources/fonts), last
)

_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """How long ago this process started (measured by the OS where it says so)."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            started_ticks = int(fields[19])  # field 22 of proc(5), counted after "comm"
            with open("/proc/uptime", encoding="ascii") as uptime:
                since_boot = float(uptime.read().split()[0])
            return max(0.0, since_boot - started_ticks / os.sysconf("SC_CLK_TCK"))
        if sys.platform == "win32":
            return _windows_process_age()
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return time.monotonic() - _IMPORTED_AT


def _windows_process_age() -> float:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    times = [wintypes.FILETIME() for _ in range(4)]
    now = wintypes.FILETIME()
    if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(),
                                    *(ctypes.byref(part) for part in times)):
        raise OSError("GetProcessTimes failed")
    kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def ticks(value: wintypes.FILETIME) -> int:
        return (value.dwHighDateTime << 32) | value.dwLowDateTime

    return max(0.0, (ticks(now) - ticks(times[0])) / 10_000_000)


def choose_ui_font(available: Sequence[str]) -> str | None:
    """The first CJK interface font among the installed families (``None`` if none is)."""
    installed = set(available)
    return next((name for name in CJK_UI_FONTS if name in installed), None)


def bundled_font_files() -> list[Path]:
    """The font files in ``resources/fonts`` (a built program's free CJK font)."""
    folder = bundled_font_dir()
    return sorted(path for path in folder.iterdir()
                  if path.suffix.lower() in FONT_SUFFIXES) if folder.is_dir() else []


def apply_ui_font(app: QApplication) -> str | None:
    """Use a CJK interface font if the system has one, else the one the program carries;
    otherwise keep Qt's choice."""
    family = choose_ui_font(QFontDatabase.families())
    if family is None:
        for path in bundled_font_files():
            QFontDatabase.addApplicationFont(str(path))
        family = choose_ui_font(QFontDatabase.families())
    if family is not None:
        font = QFont(app.font())
        font.setFamilies([family, *[name for name in font.families() if name != family]])
        app.setFont(font)
    return family


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The program's own options, and the rest (handed to Qt, e.g. ``-platform``)."""
    parser = argparse.ArgumentParser(prog="jianguan-desktop", description=app_title())
    parser.add_argument("--db", metavar="PATH",
                        help=tr("database file or URL (default: JIANGUAN_DB or the data "
                                "folder)"))
    parser.add_argument("--version", action=_WindowVersionAction,
                        help=tr("Show the program's version and database version, and exit."))
    return parser.parse_known_args(list(argv))


class _WindowVersionAction(VersionAction):
    """``--version`` of the window: printed, or in a message box when the program has no
    console (the Windows build)."""

    def show(self) -> None:
        if sys.stdout is not None:
            super().show()
            return
        app = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(app, QApplication)
        install_translators(app)
        QMessageBox.information(None, app_title(), version_line())


def show_fatal(title: str, error: BaseException, untouched: bool = False) -> None:
    """A message box for an error that stops the program (said on stderr too, for a start
    from a console or a script)."""
    print(f"{title}：{error}", file=sys.stderr, flush=True)
    box = QMessageBox(QMessageBox.Icon.Critical, title, str(error))
    if untouched:
        box.setInformativeText(tr("The program has not changed the database file."))
    box.exec()


def _excepthook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    traceback.print_exception(kind, error, tb)
    if isinstance(error, UserError):
        QMessageBox.warning(None, tr("Cannot do this"), str(error))
        return
    QMessageBox.critical(None, tr("Unexpected error"), tr(
        "Something went wrong inside the program: {error}\n\nWhat you saved before is safe. "
        "If this happens again, tell the administrator what you were doing.").format(
            error=error))


def open_for_window(url: str) -> tuple[Database, InstanceLock | None]:
    """Check the data folder can be written, take the one-window lock, then open and upgrade.

    Each check comes before anything is written: a refused start leaves the database and
    its folder as they were (and the window that has the lock keeps working).
    """
    check_writable(url)
    lock = instance_lock.acquire(url, instance_lock.WINDOW)
    try:
        return open_and_upgrade(url), lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def open_and_upgrade(url: str) -> Database:
    """Open the database and bring its schema up to date (backing it up first)."""
    database = open_database(url)
    try:
        migrate.upgrade(database)
    except BaseException:
        database.dispose()
        raise
    return database


def _report_login_shown(dialog: LoginDialog) -> None:
    print(f"login-shown {seconds_since_process_start():.3f}", flush=True)
    dialog.reject()


def run_session(app: QApplication, database: Database, exit_after_login_shown: bool) -> int:
    """First-start setup, then login and the main window (again after a restore)."""
    settings = QSettings()
    if not setup.is_initialized(database):
        dialog = SetupDialog(database)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return 0
        settings.setValue(LAST_USERNAME_KEY, dialog.actor.username)
    while True:
        office = setup.office_info(database)
        login = LoginDialog(database, office.name if office else "", settings)
        if exit_after_login_shown:
            login.shown.connect(partial(QTimer.singleShot, 0, partial(_report_login_shown, login)))
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return 0
        window = MainWindow(database, login.actor, office)
        window.show()
        app.exec()
        if not window.relogin:
            return 0
        migrate.upgrade(database)  # a restored backup may be of an older revision


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop program; the exit code is non-zero when the database was refused."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    exit_after_login_shown = os.environ.get(EXIT_AFTER_LOGIN_SHOWN_ENV) == "1"
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app)
    app.setApplicationDisplayName(app_title())
    apply_ui_font(app)
    icon = resource_path("icons", "jianguan.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    sys.excepthook = _excepthook
    load_pages()

    try:
        database, lock = open_for_window(resolve_db_url(args.db))
    except DatabaseInUseError as error:
        show_fatal(tr("The database is already open"), error, untouched=True)
        return error.exit_code
    except UserError as error:
        show_fatal(tr("Cannot open the database"), error, untouched=True)
        return error.exit_code
    try:
        code = run_session(app, database, exit_after_login_shown)
        if not exit_after_login_shown:
            backup_on_exit(database)
        return code
    except UserError as error:
        show_fatal(tr("Cannot go on"), error)
        return error.exit_code
    finally:
        database.dispose()
        if lock is not None:
            lock.release()


def backup_on_exit(database: Database) -> None:
    """Back the database up if it changed; say so if that fails (the data itself is safe)."""
    try:
        backup.backup_if_changed(database, backup.EXIT_REASON)
    except UserError as error:
        QMessageBox.warning(None, tr("Backup on quitting failed"), str(error))


if __name__ == "__main__":
    raise SystemExit(main())
