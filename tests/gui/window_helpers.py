"""Helpers for the window's GUI tests: settings in the test folder, users, texts of fields.

Imported by the tests under tests/gui that drive the setup, login and main windows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.services import users

CLERK_PASSWORD = "Clerk#2026x"


def temp_settings(folder: Path) -> QSettings:
    """QSettings kept in an .ini file of the test's own folder."""
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def add_clerk(database: object, admin: Actor, username: str = "li") -> users.UserInfo:
    """A clerk 李经办 added by the administrator."""
    return users.add_user(database, admin, username=username, display_name="李经办",
                          role="clerk", password=CLERK_PASSWORD)


def prefix(template: str) -> str:
    """The fixed start of a message template (up to its first placeholder)."""
    return template.split("{", 1)[0]
