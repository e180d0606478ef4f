"""A writer killed in the middle of a transaction loses that transaction and nothing else.

A helper process commits numbered records, starts a large transaction and is killed with
SIGKILL while writing it; the file must then be sound, with every committed record.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jianguan_desktop.db.engine import Database
from tests.fixture_tables import FixtureBase
from tests.integration.sqlite_helpers import audit_break, connect, integrity

ROOT = Path(__file__).resolve().parents[2]
COMMITS = 40


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_keeps_every_commit_and_nothing_else(database: Database,
                                                           db_path: Path) -> None:
    # GIVEN a database with a register table
    FixtureBase.metadata.create_all(database.engine)
    database.dispose()
    # WHEN a writer commits records one by one, opens a big transaction and is killed in it
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.crash_writer", str(db_path), str(COMMITS)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reported: list[int] = []
    try:
        assert writer.stdout is not None
        for line in writer.stdout:
            if line.startswith("committed "):
                reported.append(int(line.split()[1]))
            elif line.strip() == "open":
                break
        else:
            pytest.fail("the writer stopped early: " + (writer.stderr.read() if writer.stderr
                                                        else ""))
    finally:
        writer.kill()  # SIGKILL: no cleanup, no rollback, no checkpoint
        writer.wait(timeout=30)
    assert reported == list(range(COMMITS))
    # THEN the file is sound, every reported commit is there and nothing uncommitted is
    assert integrity(db_path) == ["ok"]
    connection = connect(db_path)
    try:
        titles = {title for (title,) in connection.execute("SELECT title FROM fixture_notes")}
        logged = connection.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'fixture_notes'").fetchone()[0]
    finally:
        connection.close()
    assert titles == {f"committed-{number}" for number in reported}
    assert logged == COMMITS
    # AND the audit chain still holds
    assert audit_break(db_path) is None
