"""Shared fixtures: a fresh migrated database file per test, an initialised office, fixture tables.

GIVEN/WHEN/THEN reads best; each test gets its own temporary folder and database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JIANGUAN_LANG", "zh_CN")

ADMIN_PASSWORD = "Jianguan#2026"  # satisfies the password policy
OFFICE_CODE = "410522"  # 安阳县
OFFICE_NAME = "安阳县公共资源交易监督管理办公室"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder or database."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("JIANGUAN_DB", raising=False)
    monkeypatch.delenv("JIANGUAN_PASSWORD", raising=False)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """New password hashes in tests use a low scrypt cost; the program keeps its slow one
    (tests/unit/test_passwords.py checks the program's default stays slow)."""
    from jianguan_desktop.domain import passwords

    monkeypatch.setattr(passwords, "default_cost", passwords.ScryptCost(n=2**8, r=8, p=1))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's database file lives."""
    return tmp_path / "data" / "jianguan.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[object]:
    """An empty database migrated to head (not yet initialised with an office)."""
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade

    db = open_database(resolve_db_url(str(db_path)))
    upgrade(db, backup=False)
    yield db
    db.dispose()


@pytest.fixture
def office_db(database: object) -> object:
    """A database initialised for a county office with the administrator ``admin``."""
    from jianguan_desktop.services.setup import initialize

    initialize(database, office_code=OFFICE_CODE, office_name=OFFICE_NAME, mode="county",
               admin_username="admin", admin_password=ADMIN_PASSWORD,
               admin_display_name="王管理")
    return database


@pytest.fixture
def admin(office_db: object) -> object:
    """The administrator, logged in."""
    from jianguan_desktop.services.auth import authenticate

    return authenticate(office_db, "admin", ADMIN_PASSWORD)


@pytest.fixture
def fixture_tables(office_db: object) -> object:
    """The test-only register tables, created in the office database."""
    from tests.fixture_tables import FixtureBase

    FixtureBase.metadata.create_all(office_db.engine)  # type: ignore[attr-defined]
    return office_db
