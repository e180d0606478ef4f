"""Travelling records: change sequence, optimistic locking, tombstones and their audit lines."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.db.records import check_version, next_number, soft_delete
from jianguan_desktop.errors import ConflictError
from tests.conftest import OFFICE_CODE
from tests.fixture_tables import FixtureNote


def _add(db, actor, title: str) -> FixtureNote:
    with db.uow(actor) as uow:
        note = FixtureNote(title=title)
        uow.session.add(note)
        uow.commit()
    return note


def test_new_record_gets_uuid_office_and_change_seq(fixture_tables, admin) -> None:
    # WHEN two records are saved in turn
    first = _add(fixture_tables, admin, "第一条")
    second = _add(fixture_tables, admin, "第二条")
    # THEN each carries a UUID, the office, who made it, and a rising change sequence
    assert len(first.id) == 36 and first.id != second.id
    assert first.office_code == OFFICE_CODE
    assert first.created_by == "admin" and first.created_at.tzinfo is not None
    assert second.change_seq > first.change_seq
    assert first.version == 1


def test_update_takes_a_new_change_seq_and_version(fixture_tables, admin) -> None:
    note = _add(fixture_tables, admin, "原标题")
    with fixture_tables.uow(admin) as uow:
        stored = uow.session.get(FixtureNote, note.id)
        stored.title = "新标题"
        uow.commit()
    assert stored.version == 2 and stored.change_seq > note.change_seq


def test_stale_edit_is_refused_and_nothing_overwritten(fixture_tables, admin) -> None:
    # GIVEN two clerks opened the same record (version 1)
    note = _add(fixture_tables, admin, "原标题")
    with fixture_tables.uow(admin) as uow:
        stored = uow.session.get(FixtureNote, note.id)
        stored.title = "甲的修改"
        uow.commit()
    # WHEN the second saves on top of the copy he opened
    with fixture_tables.uow(admin) as uow:
        stored = uow.session.get(FixtureNote, note.id)
        with pytest.raises(ConflictError) as caught:
            check_version(stored, expected_version=1)
    # THEN he is told in Chinese, and the first clerk's text stays
    assert "此记录已被他人修改" in str(caught.value)
    with fixture_tables.uow(admin, readonly=True) as uow:
        assert uow.session.get(FixtureNote, note.id).title == "甲的修改"


def test_soft_delete_keeps_the_row_and_travels(fixture_tables, admin) -> None:
    note = _add(fixture_tables, admin, "待删除")
    with fixture_tables.uow(admin) as uow:
        stored = uow.session.get(FixtureNote, note.id)
        soft_delete(stored, uow.session)
        uow.commit()
    with fixture_tables.uow(admin, readonly=True) as uow:
        stored = uow.session.get(FixtureNote, note.id)
        assert stored.is_deleted and stored.deleted_by == "admin"
        assert stored.change_seq > note.change_seq
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_id == note.id)
            .order_by(AuditEntry.id)).all()
    assert actions == ["create", "delete"]


def test_hard_delete_is_refused_and_rolled_back(fixture_tables, admin) -> None:
    note = _add(fixture_tables, admin, "不能真删")
    with fixture_tables.uow(admin) as uow, pytest.raises(ConflictError):
        uow.session.delete(uow.session.get(FixtureNote, note.id))
        uow.commit()
    with fixture_tables.uow(admin, readonly=True) as uow:
        assert uow.session.get(FixtureNote, note.id) is not None


def test_audit_line_lists_changed_fields_old_to_new(fixture_tables, admin) -> None:
    note = _add(fixture_tables, admin, "旧")
    with fixture_tables.uow(admin) as uow:
        stored = uow.session.get(FixtureNote, note.id)
        stored.title = "新"
        stored.category = "工程建设"
        uow.commit()
    with fixture_tables.uow(admin, readonly=True) as uow:
        last = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == note.id)
            .order_by(AuditEntry.id.desc())).first()
        assert last.action == "update" and last.actor == "admin"
        assert json.loads(last.changes) == {"title": ["旧", "新"], "category": ["", "工程建设"]}


def test_human_numbers_count_per_office_series_and_year(fixture_tables, admin) -> None:
    with fixture_tables.uow(admin) as uow:
        numbers = [next_number(uow.session, OFFICE_CODE, "投诉", 2026) for _ in range(3)]
        other_year = next_number(uow.session, OFFICE_CODE, "投诉", 2027)
        uow.commit()
    assert numbers == ["投诉〔2026〕1号", "投诉〔2026〕2号", "投诉〔2026〕3号"]
    assert other_year == "投诉〔2027〕1号"


def test_action_rolled_back_leaves_no_trace(fixture_tables, admin) -> None:
    with fixture_tables.uow(admin) as uow:
        uow.session.add(FixtureNote(title="未提交"))
        uow.flush()
        # no commit: leaving the block rolls everything back, audit line included
    with fixture_tables.uow(admin, readonly=True) as uow:
        titles = uow.session.scalars(select(FixtureNote.title)).all()
        audit_tables = uow.session.scalars(select(AuditEntry.table_name)).all()
    assert "未提交" not in titles and "fixture_notes" not in audit_tables


def test_every_newly_opened_database_audits_its_writes(tmp_path) -> None:
    # GIVEN many databases opened and thrown away in one process (as a long session or
    # the test suite does), so that old session factories are garbage collected
    import gc

    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.db.models import AppSetting
    from jianguan_desktop.domain.roles import SYSTEM

    for round_number in range(40):
        db = open_database(resolve_db_url(str(tmp_path / f"round-{round_number}.db")))
        upgrade(db, backup=False)
        # WHEN a row is written
        with db.uow(SYSTEM) as uow:
            uow.session.add(AppSetting(key="probe", value=round_number))
            uow.commit()
        # THEN its audit line is there, every time
        with db.uow(SYSTEM, readonly=True) as uow:
            tables = uow.session.scalars(select(AuditEntry.table_name)).all()
        assert tables == ["app_settings"], round_number
        db.dispose()
        del db
        gc.collect()
