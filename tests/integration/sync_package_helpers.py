"""Builders of good and bad sync packages between the offices of ``test_sync_roundtrip``, and a
census of what a database holds, shared by the tests of refusals and of the printed receipt.

A bad package is made from a real one: its zip entries rewritten (:func:`rewrite_entries`), a
byte flipped (:func:`flip`), or its manifest changed and signed again by the sender itself
(:func:`resign`), so that only the one thing under test is wrong.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from jianguan_desktop.db.sync import SyncReceived
from jianguan_desktop.db.sync_rows import export_rows, travelling_tables
from jianguan_desktop.io.sync import package as pk
from jianguan_desktop.io.sync.container import write_entries
from jianguan_desktop.io.sync.crypto import OfficeKeys
from jianguan_desktop.services import sync_keys as sk

Parts = dict[str, bytes]


def keys_of(sender: Any, to: Any) -> tuple[OfficeKeys, Any]:
    """The sender's own keys and the recipient's public keys, as the sender registered them."""
    with sender.db.uow(readonly=True) as uow:
        return sk.own_keys(uow.session), sk.partner_keys(uow.session, to.code)


def exported_row(office: Any, table_name: str, record_id: str) -> dict[str, Any]:
    """One record of ``office`` as a package carries it."""
    [table] = [t for t in travelling_tables() if t.name == table_name]
    with office.db.uow(readonly=True) as uow:
        [row] = list(export_rows(uow.session, table, table.c.id == record_id))
    return dict(row)


def forged_package(sender: Any, to: Any, rows: list[Mapping[str, Any]], folder: Path,
                   seq: int = 1, table: str = "entities") -> Path:
    """A package signed by ``sender`` carrying hand-made rows of ``table``."""
    from jianguan_desktop.db.migrate import head_revision

    folder.mkdir(exist_ok=True)
    lines = folder / f"{table}.jsonl"
    lines.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                     encoding="utf-8")
    keys, recipient = keys_of(sender, to)
    header = pk.Header(sender.code, "", to.code, seq, 1, 1, "", head_revision(), "0")
    return pk.write_package(folder, header, [(f"tables/{table}.jsonl", lines)], keys,
                            recipient)[0]


def rewrite_entries(path: Path, change: Callable[[Parts], None]) -> None:
    """Rewrite the package's zip entries after ``change`` edited them (name -> bytes)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    path.unlink()
    write_entries(path, list(parts.items()))


def flip(data: bytes, at: int) -> bytes:
    """``data`` with one bit of the byte at ``at`` flipped."""
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1:]


def resign(path: Path, sender: OfficeKeys, change: Callable[[dict[str, Any]], None]) -> None:
    """Change the manifest (as parsed JSON) and sign it again with ``sender``'s key: the
    package stays the sender's own, wrong only in what ``change`` did."""
    def edit(parts: Parts) -> None:
        raw = json.loads(parts[pk.MANIFEST])
        change(raw)
        parts[pk.MANIFEST] = json.dumps(raw, ensure_ascii=False).encode("utf-8")
        parts[pk.SIGNATURE] = sender.sign_bytes(parts[pk.MANIFEST])
    rewrite_entries(path, edit)


def row_counts(office: Any) -> dict[str, int]:
    """Rows of every travelling table and of ``sync_received`` in ``office``'s database."""
    tables = [*travelling_tables(), SyncReceived.__table__]
    with office.db.uow(readonly=True) as uow:
        return {table.name: int(uow.session.execute(
            select(func.count()).select_from(table)).scalar_one()) for table in tables}
