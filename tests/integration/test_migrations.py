"""Schema migrations: an empty file reaches head, a newer one is refused, a failure changes nothing.

Extra revisions (one that works, one that breaks) are added to a temporary copy of the
program's migration scripts, never to the real ones.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db.engine import Database, open_database
from jianguan_desktop.db.migrate import (
    check_compatible,
    check_drift,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
)
from jianguan_desktop.db.models import AppSetting
from jianguan_desktop.domain.audit_chain import GENESIS
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.resources_path import migrations_path
from jianguan_desktop.services.backup import list_backups
from tests.integration.sqlite_helpers import alembic_revision, connect, snapshot, table_names

FOUNDATION_TABLES = {"office", "users", "app_settings", "change_counter", "number_counters",
                     "audit_log", "audit_head", "ui_preferences"}


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A private copy of the migration scripts that a test may add revisions to."""
    folder = tmp_path / "scripts"
    shutil.copytree(migrations_path(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def add_revision(scripts: Path, revision: str, upgrade_body: str) -> None:
    """Add a revision on top of the current head of the copied scripts."""
    down = head_revision(scripts)
    source = textwrap.dedent('''\
        """A revision added by a test."""
        import sqlalchemy as sa
        from alembic import op

        revision = {revision!r}
        down_revision = {down!r}
        branch_labels = None
        depends_on = None


        def upgrade():
        {body}


        def downgrade():
            pass
        ''').format(revision=revision, down=down,
                    body=textwrap.indent(textwrap.dedent(upgrade_body), "    "))
    (scripts / "versions" / f"{revision}_test.py").write_text(source, encoding="utf-8")


ADD_TABLE = """
    op.create_table("extra_notes", sa.Column("id", sa.Integer(), primary_key=True))
"""

BROKEN = """
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE change_counter SET value = 99")
    raise RuntimeError("this revision breaks on purpose")
"""


def save_setting(db: Database, key: str, value: object) -> None:
    with db.uow() as uow:
        uow.session.merge(AppSetting(key=key, value=value))
        uow.commit()


def test_empty_file_is_upgraded_to_head_with_foundation_tables(db_path: Path) -> None:
    # GIVEN a brand-new, empty database file
    db = open_database(resolve_db_url(str(db_path)))
    try:
        # WHEN it is upgraded
        result = upgrade(db)
        # THEN it is at the program's revision, with the foundation tables and single rows
        assert result.from_revision is None and result.to_revision == head_revision()
        assert result.backup_file is None  # nothing to back up in an empty file
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
    assert table_names(db_path) >= FOUNDATION_TABLES
    with connect(db_path) as connection:
        assert connection.execute("SELECT id, value FROM change_counter").fetchall() == [(1, 0)]
        assert connection.execute("SELECT id, last_id, last_hash FROM audit_head").fetchall() == [
            (1, 0, GENESIS)]
    connection.close()


def test_upgrading_a_current_database_changes_nothing(database: Database, db_path: Path) -> None:
    before = snapshot(db_path)
    result = upgrade(database)
    assert not result.changed and result.backup_file is None
    assert snapshot(db_path) == before
    assert list_backups(database) == []


def test_migrations_match_the_models(database: Database) -> None:
    # THEN the schema the migrations built is the one the models describe (alembic check)
    assert check_drift(database) == []


def test_drift_is_found_when_the_schema_differs(database: Database) -> None:
    # GIVEN a column added behind the migrations' back
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE office ADD COLUMN stray TEXT")
    # THEN the drift check reports it
    assert check_drift(database) != []


def test_downgrade_to_base_then_upgrade_again(database: Database, db_path: Path) -> None:
    # WHEN the schema is taken back to nothing and brought forward again
    downgrade(database, "base", backup=False)
    assert current_revision(database) is None
    assert not (FOUNDATION_TABLES & table_names(db_path))
    upgrade(database, backup=False)
    # THEN it is complete again
    assert current_revision(database) == head_revision()
    assert table_names(db_path) >= FOUNDATION_TABLES
    assert check_drift(database) == []


def test_newer_database_is_refused_and_left_untouched(database: Database,
                                                      db_path: Path) -> None:
    # GIVEN a database written by a newer program (a revision this one does not know)
    save_setting(database, "test.kept", "原值")
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    before = snapshot(db_path)
    # WHEN the program checks it or tries to upgrade it
    with pytest.raises(DatabaseError) as checked:
        check_compatible(database)
    with pytest.raises(DatabaseError) as refused:
        upgrade(database)
    # THEN the clerk is told both versions, in Chinese, and nothing changed or was copied
    for error in (checked.value, refused.value):
        assert "9999_future" in str(error) and head_revision() in str(error)
        assert "新" in str(error)
    assert snapshot(db_path) == before
    assert list_backups(database) == []


def test_failed_migration_from_empty_rolls_everything_back(db_path: Path,
                                                           scripts: Path) -> None:
    # GIVEN the program's revisions plus one that creates a table and then fails
    add_revision(scripts, "0999", BROKEN)
    db = open_database(resolve_db_url(str(db_path)))
    before = snapshot(db_path)
    try:
        # WHEN an empty file is upgraded through all of them in one go
        with pytest.raises(DatabaseError) as caught:
            upgrade(db, script_location=scripts)
        # THEN not even the first revision's tables stay: one transaction for all
        assert "未作任何改动" in str(caught.value) or "没有改动" in str(caught.value)
        assert current_revision(db) is None
    finally:
        db.dispose()
    assert snapshot(db_path) == before
    assert alembic_revision(db_path) is None and "half_done" not in table_names(db_path)
    # AND the file still opens and upgrades with the good revisions
    db = open_database(resolve_db_url(str(db_path)))
    try:
        assert upgrade(db).to_revision == head_revision()
    finally:
        db.dispose()


def test_failed_migration_of_existing_data_leaves_it_unchanged(database: Database,
                                                               db_path: Path,
                                                               scripts: Path) -> None:
    # GIVEN a database with data at the program's revision, and a newer revision that breaks
    save_setting(database, "test.kept", "原值")
    add_revision(scripts, "0999", BROKEN)
    before = snapshot(db_path)
    # WHEN the upgrade runs
    with pytest.raises(DatabaseError) as caught:
        upgrade(database, script_location=scripts)
    # THEN the database is exactly as before, and the message says where the backup is
    assert snapshot(db_path) == before
    assert alembic_revision(db_path) == head_revision()
    backups = list_backups(database)
    assert [backup.reason for backup in backups] == ["migration"]
    assert str(backups[0].path) in str(caught.value)
    with connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_upgrade_of_an_older_database_backs_it_up_first(database: Database, db_path: Path,
                                                        scripts: Path) -> None:
    # GIVEN a database with data, and a program that knows one more revision
    save_setting(database, "test.kept", "原值")
    old_head = head_revision()
    add_revision(scripts, "0999", ADD_TABLE)
    # WHEN it is upgraded
    result = upgrade(database, script_location=scripts)
    # THEN a copy of the old database was made first, and the new table exists
    assert (result.from_revision, result.to_revision) == (old_head, "0999")
    assert result.backup_file is not None and result.backup_file.exists()
    assert alembic_revision(result.backup_file) == old_head
    assert "extra_notes" not in table_names(result.backup_file)
    assert "extra_notes" in table_names(db_path)
    with connect(result.backup_file) as connection:
        assert connection.execute("SELECT value FROM app_settings WHERE key = 'test.kept'"
                                  ).fetchone() == ('"原值"',)
    connection.close()


def test_current_and_empty_databases_are_compatible(database: Database, tmp_path: Path) -> None:
    # THEN neither a database at head nor an empty file is refused
    check_compatible(database)
    empty = open_database(resolve_db_url(str(tmp_path / "empty.db")))
    try:
        check_compatible(empty)
        assert current_revision(empty) is None
    finally:
        empty.dispose()
