"""The audit trail: intact after ordinary work; any edit, deletion or cut names the entry."""

from __future__ import annotations

import sqlite3

import pytest

from jianguan_desktop.db.records import restore, soft_delete
from jianguan_desktop.domain.roles import Role
from jianguan_desktop.errors import PermissionDenied
from jianguan_desktop.services import audit
from jianguan_desktop.services.audit import (
    check_chain,
    describe_break,
    recent_entries,
    record_history,
    verify_chain,
)
from jianguan_desktop.services.audit_table import AUDIT_TABLE
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.backup import create_backup, restore_backup
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.tables import TableQuery, count_rows, fetch_rows
from jianguan_desktop.services.users import add_user, set_active
from tests.fixture_tables import FixtureNote


@pytest.fixture
def worked(office_db, admin):
    """An office where a clerk was added, disabled and enabled again (about ten entries)."""
    clerk = add_user(office_db, admin, username="zhangmin", display_name="张敏",
                     role=Role.CLERK, password="Zhang#Min2026")
    set_active(office_db, admin, clerk.id, False)
    set_active(office_db, admin, clerk.id, True)
    return office_db


def _sql(db, statement: str) -> None:
    """Tamper with the file behind the program's back."""
    connection = sqlite3.connect(db.file)
    try:
        connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_ordinary_work_leaves_an_intact_chain(worked) -> None:
    report = check_chain(worked)
    assert report.intact and report.entries >= 6
    assert verify_chain(worked) is None


def test_chain_is_read_in_chunks(worked, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN chunks of two entries
    monkeypatch.setattr(audit, "CHUNK", 2)
    seen: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, _text: seen.append((done, total)))
    report = check_chain(worked, progress)
    # THEN the whole chain is still checked, and progress is reported per chunk
    assert report.intact
    assert seen[-1] == (report.entries, report.entries) and len(seen) >= 3


def test_edited_entry_is_named(worked) -> None:
    _sql(worked, "UPDATE audit_log SET actor = 'zhangmin' WHERE id = 3")
    broken = verify_chain(worked)
    assert broken is not None and broken.entry_id == 3
    assert describe_break(broken) == "审计日志第 3 条已被改动。"


def test_deleted_middle_entry_is_named(worked) -> None:
    _sql(worked, "DELETE FROM audit_log WHERE id = 4")
    broken = verify_chain(worked)
    assert broken is not None and describe_break(broken) == "审计日志第 5 条之前有记录被删除。"


def test_deleted_last_entries_are_seen(worked) -> None:
    last = check_chain(worked).entries
    _sql(worked, f"DELETE FROM audit_log WHERE id >= {last - 1}")
    broken = verify_chain(worked)
    assert broken is not None and "最后几条记录已被删除" in describe_break(broken)


def test_record_history_lists_every_change_of_a_user(worked, admin) -> None:
    rows = record_history(worked, admin, "users", "2")
    assert [row.action_label for row in rows] == ["新建", "修改", "修改"]
    assert rows[1].changes == {"active": [True, False]}
    assert rows[0].at.tzinfo is not None and rows[0].actor == "admin"


def test_clerk_may_not_read_the_users_history(worked) -> None:
    clerk = authenticate(worked, "zhangmin", "Zhang#Min2026")
    with pytest.raises(PermissionDenied, match="无权查看审计日志"):
        record_history(worked, clerk, "users", "2")
    with pytest.raises(PermissionDenied):
        recent_entries(worked, clerk)


def test_recent_entries_end_with_the_newest(worked, admin) -> None:
    rows = recent_entries(worked, admin, limit=3)
    assert len(rows) == 3 and rows[0].id < rows[-1].id
    assert rows[-1].id == check_chain(worked).entries


def test_audit_log_view_reads_newest_first_and_searches_labels(worked, admin) -> None:
    spec = AUDIT_TABLE
    total = count_rows(worked, admin, spec, TableQuery())
    rows = fetch_rows(worked, admin, spec, TableQuery(), 0, 5)
    assert rows[0]["id"] == total and rows[0]["at"].tzinfo is not None
    logins = count_rows(worked, admin, spec, TableQuery(search="登录"))
    assert logins >= 1
    assert all(row["action"] in ("login", "login_failed")
               for row in fetch_rows(worked, admin, spec, TableQuery(search="登录"), 0, 50))


def test_a_record_brought_back_and_a_backup_restored_are_told_apart(fixture_tables,
                                                                     admin) -> None:
    # GIVEN a record that was deleted and brought back
    with fixture_tables.uow(admin) as uow:
        note = FixtureNote(title="误删后恢复的记录")
        uow.session.add(note)
        uow.session.flush()
        soft_delete(note, uow.session)
        uow.commit()
    with fixture_tables.uow(admin) as uow:
        restore(uow.session.get(FixtureNote, note.id))
        uow.commit()
    # AND a backup restored over the whole database
    saved = create_backup(fixture_tables, "manual")
    fixture_tables.dispose()
    restore_backup(fixture_tables.url, saved.path, admin.username)
    # THEN the record's history says 恢复, the log's newest entry says 恢复备份
    history = record_history(fixture_tables, admin, "fixture_notes", note.id)
    assert [row.action_label for row in history] == ["新建", "删除", "恢复"]
    newest = recent_entries(fixture_tables, admin, limit=1)[0]
    assert (newest.action, newest.action_label, newest.table_name) == (
        "restore_backup", "恢复备份", "")
    assert check_chain(fixture_tables).intact
