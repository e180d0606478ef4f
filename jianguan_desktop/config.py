"""Where the database and its backups live: ``--db``, ``JIANGUAN_DB`` or the platform data folder.

A value with ``://`` is an SQLAlchemy URL (PostgreSQL for a large city office);
anything else is a path to an SQLite file.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from jianguan_desktop import APP_AUTHOR, APP_NAME

DB_ENV = "JIANGUAN_DB"
PASSWORD_ENV = "JIANGUAN_PASSWORD"
DEFAULT_DB_NAME = "jianguan.db"


def data_dir() -> Path:
    """The per-user data folder (created on demand by the caller)."""
    return user_data_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    """The embedded SQLite file used when neither ``--db`` nor ``JIANGUAN_DB`` is given."""
    return data_dir() / DEFAULT_DB_NAME


def resolve_db_url(value: str | None = None) -> str:
    """Turn ``--db``/``JIANGUAN_DB``/the default into an SQLAlchemy URL."""
    raw = value or os.environ.get(DB_ENV) or str(default_db_path())
    if "://" in raw:
        return raw
    return "sqlite:///" + str(Path(raw).expanduser().resolve())


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL, or ``None`` for other databases and memory."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def backup_dir(url: str) -> Path:
    """Backups sit in a ``backups`` folder beside the database file (data folder otherwise)."""
    path = sqlite_file(url)
    base = path.parent if path is not None else data_dir()
    name = path.stem if path is not None else "database"
    return base / "backups" / name
