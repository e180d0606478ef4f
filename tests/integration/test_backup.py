"""Backups: consistent copies, daily/weekly/monthly thinning, and a restore that checks first.

Thinning is tried on two years of fabricated backup files (names carry the time), so it
runs in a moment; copies and restores use real database files.
"""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jianguan_desktop.db import backup_files
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.migrate import head_revision
from jianguan_desktop.db.models import AppSetting
from jianguan_desktop.domain.roles import Actor, Role
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.services.backup import (
    BackupInfo,
    RetentionPolicy,
    backup_file_name,
    backup_if_changed,
    create_backup,
    list_backups,
    restore_backup,
    thin_backups,
)
from tests.integration.sqlite_helpers import audit_break, connect, integrity, snapshot

NOW = datetime(2026, 6, 15, 9, 30, tzinfo=UTC)


def save_setting(db: Database, key: str, value: object) -> None:
    with db.uow() as uow:
        uow.session.merge(AppSetting(key=key, value=value))
        uow.commit()


def setting_in(path: Path, key: str) -> str | None:
    connection = connect(path)
    try:
        row = connection.execute("SELECT value FROM app_settings WHERE key = ?", (key,)
                                 ).fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def fabricate(folder: Path, moment: datetime, reason: str) -> Path:
    """An (empty) backup file named as if it had been made at ``moment``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / backup_file_name(moment, reason)
    path.write_bytes(b"")
    return path


# --- making and listing backups -------------------------------------------------------------

def test_backup_is_a_complete_single_file_copy(database: Database) -> None:
    # GIVEN a database with a setting
    save_setting(database, "test.note", "第一版")
    # WHEN a clerk makes a backup
    info = create_backup(database, "manual")
    # THEN it is listed, with its time, reason and revision, and holds the data on its own
    assert list_backups(database) == [info]
    assert info.reason == "manual" and not info.automatic
    assert info.revision == head_revision()
    assert info.created_at.tzinfo is not None and info.size == info.path.stat().st_size
    assert info.path.name.startswith("jianguan-") and info.path.name.endswith("-manual.db")
    assert integrity(info.path) == ["ok"]
    assert setting_in(info.path, "test.note") == '"第一版"'
    assert not Path(str(info.path) + "-wal").exists()


def test_backups_are_listed_newest_first_and_never_overwrite_each_other(
        database: Database) -> None:
    first = create_backup(database, "manual", now=NOW)
    second = create_backup(database, "manual", now=NOW)  # same second
    third = create_backup(database, "exit", now=NOW + timedelta(hours=1))
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert list_backups(database)[0] == third
    assert {info.path for info in list_backups(database)} == {first.path, second.path,
                                                              third.path}


def test_backup_if_changed_only_backs_up_after_a_change(database: Database) -> None:
    # GIVEN a database that was just backed up
    save_setting(database, "test.note", "第一版")
    assert backup_if_changed(database) is not None
    # WHEN the program closes again without any change
    # THEN no new backup is made
    assert backup_if_changed(database) is None
    assert len(list_backups(database)) == 1
    # WHEN something changes
    save_setting(database, "test.note", "第二版")
    # THEN the next exit backs up again
    info = backup_if_changed(database)
    assert info is not None and info.reason == "exit"
    assert setting_in(info.path, "test.note") == '"第二版"'


def test_a_logged_manual_backup_counts_as_current(database: Database) -> None:
    # GIVEN a manual backup, which writes a line in the audit log
    save_setting(database, "test.note", "第一版")
    info = create_backup(database, "manual", actor=Actor(username="admin", role=Role.ADMIN))
    connection = connect(Path(str(database.file)))
    try:
        logged = connection.execute("SELECT action, actor, record_id FROM audit_log "
                                    "ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    assert logged == ("backup", "admin", info.path.name)
    # THEN quitting right afterwards does not back up again
    assert backup_if_changed(database) is None
    assert list_backups(database) == [info]


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "已满"), (errno.EACCES, "无权"), (errno.EROFS, "只读")])
def test_unwritable_backup_folder_is_explained(database: Database,
                                               monkeypatch: pytest.MonkeyPatch,
                                               code: int, words: str) -> None:
    # GIVEN a backup folder that is full, forbidden or on a read-only disk
    def refuse(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(backup_files.os, "replace", refuse)
    # WHEN a backup is made
    with pytest.raises(DatabaseError) as caught:
        create_backup(database, "manual")
    # THEN the clerk reads why in Chinese, and no half-written file is left behind
    assert words in str(caught.value) and "备份" in str(caught.value)
    folder = Path(str(database.file)).parent / "backups"
    assert list_backups(database) == []
    assert not list(folder.rglob("*.part")) and not list(folder.rglob("*.json"))


def test_too_little_space_is_found_before_copying(database: Database,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_files.shutil, "disk_usage",
                        lambda _path: type("Usage", (), {"free": 0})())
    with pytest.raises(DatabaseError) as caught:
        create_backup(database, "manual")
    assert "已满" in str(caught.value)


# --- thinning -----------------------------------------------------------------------------

def test_thinning_two_years_keeps_7_daily_4_weekly_12_monthly_and_every_manual(
        tmp_path: Path) -> None:
    # GIVEN two years of automatic backups every 8 hours, and some made by hand
    folder = tmp_path / "backups"
    moments = [NOW - timedelta(hours=8 * step) for step in range(3 * 730)]
    automatic = {fabricate(folder, moment, "exit"): moment for moment in moments}
    manual = {fabricate(folder, NOW - timedelta(days=days, hours=1), "manual")
              for days in (0, 3, 40, 400, 700)}
    replaced = fabricate(folder, NOW - timedelta(days=500), "replaced")
    # WHEN the folder is thinned with the preset policy
    removed = thin_backups(folder, NOW)
    # THEN 7 + 4 + 12 automatic backups remain, and all manual ones and the replaced file
    left = {path for path in folder.glob("*.db")}
    kept_auto = sorted((automatic[path] for path in left if path in automatic), reverse=True)
    assert len(kept_auto) == 7 + 4 + 12
    assert manual <= left and replaced in left
    assert set(removed) == set(automatic) - left
    local = [moment.astimezone() for moment in kept_auto]
    # the newest backup of each of the last 7 days
    days = [moment.date() for moment in local[:7]]
    assert days == [local[0].date() - timedelta(days=offset) for offset in range(7)]
    assert kept_auto[0] == max(moments)
    # then one in each of 4 earlier weeks, then one in each of 12 earlier months
    weeks = [moment.isocalendar()[:2] for moment in local[7:11]]
    assert len(set(weeks)) == 4
    months = [(moment.year, moment.month) for moment in local[11:]]
    assert len(set(months)) == 12
    assert local[-1] < local[0] - timedelta(days=300)


def test_thinning_follows_the_policy_and_spares_backups_from_the_future(
        tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for day in range(30):
        fabricate(folder, NOW - timedelta(days=day), "exit")
    future = fabricate(folder, NOW + timedelta(days=3), "exit")
    thin_backups(folder, NOW, RetentionPolicy(daily=2, weekly=0, monthly=0))
    assert len(list(folder.glob("*.db"))) == 3 and future.exists()


def test_thinning_never_touches_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    stranger = folder / "my-own-copy.db"
    for day in range(20):
        fabricate(folder, NOW - timedelta(days=day), "exit")
    stranger.write_bytes(b"")
    thin_backups(folder, NOW, RetentionPolicy(daily=1, weekly=0, monthly=0))
    assert stranger.exists()


# --- restoring ----------------------------------------------------------------------------

def test_restore_brings_back_the_old_data_and_keeps_the_replaced_file(
        database: Database, db_path: Path) -> None:
    # GIVEN a backup taken when the setting said 第一版, and later changes
    save_setting(database, "test.note", "第一版")
    old = create_backup(database, "manual")
    save_setting(database, "test.note", "第二版")
    save_setting(database, "test.other", "后来加的")
    url = database.url
    database.dispose()
    # WHEN the backup is restored
    result = restore_backup(url, old.path, "admin")
    # THEN the old data is back, the later state is kept in a replaced file, nothing is lost
    assert setting_in(db_path, "test.note") == '"第一版"'
    assert setting_in(db_path, "test.other") is None
    assert result.kept_file is not None and result.kept_file.exists()
    assert setting_in(result.kept_file, "test.note") == '"第二版"'
    assert setting_in(result.kept_file, "test.other") == '"后来加的"'
    assert old.path.exists()
    kept = [info for info in list_backups(url) if info.path == result.kept_file]
    assert [info.reason for info in kept] == ["replaced"] and not kept[0].automatic
    # AND the restore itself is the newest line of an unbroken audit trail
    assert integrity(db_path) == ["ok"] and audit_break(db_path) is None
    connection = connect(db_path)
    try:
        last = connection.execute(
            "SELECT action, actor, record_id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    assert last == ("restore_backup", "admin", old.path.name)
    assert not result.replaced_was_damaged


def last_audit_line(path: Path) -> tuple[str, str, str, str]:
    connection = connect(path)
    try:
        return connection.execute("SELECT action, actor, record_id, changes FROM audit_log "
                                  "ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        connection.close()


@pytest.mark.parametrize("leftovers", [(), ("-wal", "-shm")], ids=["file", "file-wal-shm"])
def test_restore_over_a_broken_database_keeps_it_byte_for_byte(
        database: Database, db_path: Path, leftovers: tuple[str, ...]) -> None:
    # GIVEN a good backup, then the database file overwritten with garbage (a failing disk),
    # perhaps with -wal and -shm files left beside it
    save_setting(database, "test.note", "第一版")
    good = create_backup(database, "manual")
    url = database.url
    database.dispose()
    broken = {"": "磁盘故障后的乱码".encode() * 500}
    broken.update({suffix: f"残留的{suffix}文件".encode() * 50 for suffix in leftovers})
    for suffix, data in broken.items():
        Path(str(db_path) + suffix).write_bytes(data)
    # WHEN the good backup is restored
    result = restore_backup(url, good.path, "admin")
    # THEN the data is back in a sound database with an unbroken audit trail
    assert setting_in(db_path, "test.note") == '"第一版"'
    assert integrity(db_path) == ["ok"] and audit_break(db_path) is None
    # AND the broken file (with its -wal and -shm) is kept exactly as it was
    assert result.replaced_was_damaged and result.kept_file is not None
    for suffix, data in broken.items():
        assert Path(str(result.kept_file) + suffix).read_bytes() == data
    assert not Path(str(result.kept_file) + "-wal").exists() or "-wal" in leftovers
    kept = [info for info in list_backups(url) if info.path == result.kept_file]
    assert [info.reason for info in kept] == ["replaced"]
    # AND the audit log says a backup was restored over a damaged database
    action, actor, record_id, changes = last_audit_line(db_path)
    assert (action, actor, record_id) == ("restore_backup", "admin", good.path.name)
    assert result.kept_file.name in changes and "replaced_file_was_damaged" in changes


def _not_a_database(folder: Path, _good: BackupInfo) -> Path:
    path = folder / "notes.db"
    path.write_text("这不是数据库，只是一段文字。" * 200, encoding="utf-8")
    return path


def _corrupt(folder: Path, good: BackupInfo) -> Path:
    path = folder / "corrupt.db"
    data = bytearray(good.path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # every page after the first is scrambled
        data[start + 8:start + 200] = bytes(range(192))
    path.write_bytes(bytes(data))
    return path


def _newer(folder: Path, good: BackupInfo) -> Path:
    path = folder / "newer.db"
    path.write_bytes(good.path.read_bytes())
    connection = connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    return path


def _missing(folder: Path, _good: BackupInfo) -> Path:
    return folder / "gone.db"


@pytest.mark.parametrize(("make", "words"), [
    (_not_a_database, "不是本程序的数据库"), (_corrupt, "损坏"), (_newer, "9999_future"),
    (_missing, "不存在")], ids=["not-a-database", "corrupt", "newer", "missing"])
def test_unusable_backup_is_refused_and_nothing_is_touched(database: Database, db_path: Path,
                                                           tmp_path: Path, make, words) -> None:
    # GIVEN a database with data, and a candidate file that must not be restored
    save_setting(database, "test.note", "现在的数据")
    good = create_backup(database, "manual")
    candidate = make(tmp_path, good)
    url = database.url
    database.dispose()
    before = snapshot(db_path)
    backups_before = list_backups(url)
    # WHEN a restore from it is asked for
    with pytest.raises(DatabaseError) as caught:
        restore_backup(url, candidate, "admin")
    # THEN the clerk is told why in Chinese, and the database and backup folder are unchanged
    assert words in str(caught.value) and "未恢复" in str(caught.value)
    assert snapshot(db_path) == before
    assert list_backups(url) == backups_before
    assert not list(db_path.parent.glob(".*.part"))


def test_restore_over_a_database_damaged_inside(database: Database, db_path: Path,
                                                tmp_path: Path) -> None:
    # GIVEN a good backup, then the database's pages scrambled (its header still intact)
    save_setting(database, "test.note", "第一版")
    good = create_backup(database, "manual")
    url = database.url
    database.dispose()
    damaged = _corrupt(tmp_path, good).read_bytes()
    db_path.write_bytes(damaged)
    # WHEN the good backup is restored
    result = restore_backup(url, good.path, "admin")
    # THEN the data is back, and the damaged database is kept in the backup folder
    assert setting_in(db_path, "test.note") == '"第一版"'
    assert integrity(db_path) == ["ok"] and audit_break(db_path) is None
    assert result.kept_file is not None and result.kept_file.exists()
    kept = result.kept_file.read_bytes()  # page for page (SQLite could still read it)
    assert len(kept) == len(damaged) and kept[4096:] == damaged[4096:]
