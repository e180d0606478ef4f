"""Helpers for integration tests that look at a database file directly with sqlite3.

A snapshot is the file's full SQL dump (schema and rows): equal snapshots mean nothing
changed; the audit chain is walked the same way the program does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jianguan_desktop.domain.audit_chain import BrokenLink, first_broken_link

AUDIT_COLUMNS = ("id", "at", "actor", "action", "table_name", "record_id", "changes",
                 "prev_hash", "hash")


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection to a database file (closed by the caller)."""
    return sqlite3.connect(str(path))


def snapshot(path: Path) -> list[str]:
    """Every schema statement and row of the database, as SQL text."""
    connection = connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def table_names(path: Path) -> set[str]:
    """Names of the tables in the database file."""
    connection = connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}
    finally:
        connection.close()


def alembic_revision(path: Path) -> str | None:
    """The schema revision stored in the file (``None`` without one)."""
    connection = connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def integrity(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` says (``["ok"]`` for a sound file)."""
    connection = connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def audit_break(path: Path) -> BrokenLink | None:
    """Walk the audit chain in the file; ``None`` when it holds."""
    connection = connect(path)
    try:
        rows = connection.execute(
            f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_log ORDER BY id").fetchall()
        head = connection.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1"
                                  ).fetchone()
    finally:
        connection.close()
    entries = [dict(zip(AUDIT_COLUMNS, row, strict=True)) for row in rows]
    return first_broken_link(entries, head[0] if head else None, head[1] if head else None)
