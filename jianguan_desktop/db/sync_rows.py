"""Rows of travelling records as a sync package carries them, and their bulk application at the
receiving office (issue 8).

A row is a JSON object of the table's columns, except those the receiver computes itself:
``change_seq`` (every database has its own counter) and an entity's search columns (its search
index is rebuilt here). Dates and times travel as ISO 8601 text, decimals as text; an
attachment's bytes travel as a file of their own beside the rows.

:func:`apply_rows` writes one table's rows with Core statements in chunks (a package of
100,000 rows must not build 100,000 ORM objects), following the owner rule: a record is
changed only by a copy of the same office with a higher ``version``; the receiver's own records
are never touched; a row it cannot take is rejected with its reason, the others still apply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Numeric, Table, bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.entities import reindex
from jianguan_desktop.db.records import TravellingRecord, take_change_seq
from jianguan_desktop.db.types import UTCDateTime
from jianguan_desktop.i18n import tr

CHUNK_ROWS = 2000
LOCAL_COLUMNS = frozenset({"change_seq"})
COMPUTED_COLUMNS: dict[str, frozenset[str]] = {
    "entities": frozenset({"search_key", "search_name", "search_code"}),
}
ATTACHMENTS = "attachments"
CONTENT = "content"
ATTACHMENT_FOLDER = "files"


def travelling_tables() -> list[Table]:
    """Every table of travelling records, by name (the import order does not matter: records
    refer to each other by id, without foreign keys)."""
    tables = {mapper.local_table.name: mapper.local_table
              for mapper in Base.registry.mappers
              if issubclass(mapper.class_, TravellingRecord)}
    return [tables[name] for name in sorted(tables)]  # type: ignore[misc]


def carried_columns(table: Table) -> list[Column[Any]]:
    """The columns a package carries for ``table``."""
    skipped = LOCAL_COLUMNS | COMPUTED_COLUMNS.get(table.name, frozenset())
    if table.name == ATTACHMENTS:
        skipped = skipped | {CONTENT}
    return [column for column in table.columns if column.name not in skipped]


def encode(value: Any) -> Any:
    """A column value as JSON carries it."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _datetime(value: Any) -> datetime:
    return datetime.fromisoformat(value)


def decoder(column: Column[Any]) -> Callable[[Any], Any]:
    """Turn a carried value back into what the column takes."""
    kind = column.type
    if isinstance(kind, UTCDateTime | DateTime):
        return _datetime
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Numeric):
        return Decimal
    if isinstance(kind, Boolean):
        return bool
    return _same


def _same(value: Any) -> Any:
    return value


def attachment_file(record_id: str) -> str:
    """The name inside a package of an attachment's bytes."""
    return f"{ATTACHMENT_FOLDER}/{record_id}.bin"


def export_rows(session: Session, table: Table, condition: Any,
                attachments: Path | None = None) -> Iterator[dict[str, Any]]:
    """The carried rows of ``table`` meeting ``condition``, in ``change_seq`` order; an
    attachment's bytes are written into ``attachments`` under :func:`attachment_file`."""
    columns = carried_columns(table)
    selected = [*columns, table.c[CONTENT]] if table.name == ATTACHMENTS else columns
    query = select(*selected).where(condition).order_by(table.c.change_seq)
    result = session.execute(query.execution_options(yield_per=CHUNK_ROWS))
    for row in result:
        values = row._mapping
        if table.name == ATTACHMENTS and attachments is not None:
            target = attachments / attachment_file(values["id"])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(values[CONTENT])
        yield {column.name: encode(values[column.name]) for column in columns}


@dataclass(frozen=True)
class Rejected:
    """A row not taken, and why."""

    table: str
    record_id: str
    number: str
    reason: str


@dataclass
class TableResult:
    """What applying one table's rows did."""

    table: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)


@dataclass(frozen=True)
class Owners:
    """Whose rows a package may carry: ``sender``'s own, or (from the city, which forwards the
    city-wide lists) any office's but the receiver's."""

    receiver: str
    sender: str
    forwards: bool


class _Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _owner_reason(owners: Owners, office: str) -> str | None:
    if office == owners.receiver:
        return tr("it is a record of this office, which only this office changes")
    if office != owners.sender and not owners.forwards:
        return tr("it belongs to office {office}, not to the office that sent the package"
                  ).format(office=office)
    return None


class _Decoder:
    """Decodes the rows of one table, knowing which columns an older package may lack."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = {column.name: (column, decoder(column))
                        for column in carried_columns(table)}

    def row(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in raw.items():
            known = self.columns.get(name)
            if known is None:  # a column this program no longer has
                continue
            try:
                values[name] = None if value is None else known[1](value)
            except (TypeError, ValueError, ArithmeticError) as error:
                raise _Refused(tr("the value of “{column}” cannot be read").format(
                    column=name)) from error
        for name in ("id", "office_code", "version"):
            if not values.get(name):
                raise _Refused(tr("it lacks “{column}”").format(column=name))
        return values

    def filled(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with a default for every column an older package did not carry."""
        full = dict(values)
        for name, (column, _decode) in self.columns.items():
            if name in full:
                continue
            default = column.default
            if default is not None and getattr(default, "is_scalar", False):
                full[name] = default.arg  # type: ignore[attr-defined]
            elif default is not None and getattr(default, "is_callable", False):
                full[name] = default.arg(None)  # type: ignore[attr-defined]
            elif column.server_default is not None or column.nullable:
                continue
            else:
                raise _Refused(tr("it lacks “{column}”").format(column=name))
        return full


def _chunks(rows: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    chunk: list[Mapping[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def apply_rows(session: Session, table: Table, rows: Iterable[Mapping[str, Any]],
               owners: Owners, files: Path | None = None, dry_run: bool = False
               ) -> TableResult:
    """Apply one table's rows of a package inside the caller's transaction (see the module
    docstring for the rules); with ``dry_run`` only count what would happen."""
    result = TableResult(table.name)
    codec = _Decoder(table)
    for chunk in _chunks(rows, CHUNK_ROWS):
        decoded: list[dict[str, Any]] = []
        for raw in chunk:
            try:
                values = codec.row(raw)
                reason = _owner_reason(owners, values["office_code"])
                if reason:
                    raise _Refused(reason)
                decoded.append(values)
            except _Refused as refused:
                result.rejected.append(Rejected(table.name, str(raw.get("id") or ""),
                                                str(raw.get("number") or ""), refused.reason))
        _apply_chunk(session, table, codec, decoded, result, files, dry_run)
    return result


def _stored(session: Session, table: Table, ids: Sequence[str]) -> dict[str, tuple[str, int]]:
    found = session.execute(select(table.c.id, table.c.office_code, table.c.version)
                            .where(table.c.id.in_(ids)))
    return {row.id: (row.office_code, row.version) for row in found}


def _apply_chunk(session: Session, table: Table, codec: _Decoder, decoded: list[dict[str, Any]],
                 result: TableResult, files: Path | None, dry_run: bool) -> None:
    latest: dict[str, dict[str, Any]] = {}
    for values in decoded:  # a record twice in one package: its highest version counts
        seen = latest.get(values["id"])
        if seen is None or values["version"] > seen["version"]:
            latest[values["id"]] = values
    stored = _stored(session, table, list(latest))
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for record_id, values in latest.items():
        try:
            if record_id not in stored:
                inserts.append(_with_content(table, codec.filled(values), files))
                continue
            office, version = stored[record_id]
            if office != values["office_code"]:
                raise _Refused(tr("a record of office {office} already has this id").format(
                    office=office))
            if values["version"] > version:
                updates.append(_with_content(table, values, files))
            else:
                result.unchanged += 1
        except _Refused as refused:
            result.rejected.append(Rejected(table.name, record_id, str(values.get("number") or ""),
                                            refused.reason))
    result.unchanged += len(decoded) - len(latest)
    if dry_run:
        result.created += len(inserts)
        result.updated += len(updates)
        return
    written = [*inserts, *updates]
    if not written:
        return
    first = take_change_seq(session, len(written))
    for offset, values in enumerate(written):
        values["change_seq"] = first + offset
    created = _write(session, table, inserts, updates, result)
    if table.name == "entities":
        rejected = {row.record_id for row in result.rejected}
        _reindex_written(session, created,
                         [values for values in updates if values["id"] not in rejected])


def _with_content(table: Table, values: dict[str, Any], files: Path | None) -> dict[str, Any]:
    if table.name != ATTACHMENTS:
        return values
    source = None if files is None else files / attachment_file(values["id"])
    if source is None or not source.is_file():
        raise _Refused(tr("the attached file is missing from the package"))
    return {**values, CONTENT: source.read_bytes()}


def _update_statement(table: Table, values: Mapping[str, Any]) -> Any:
    return update(table).where(table.c.id == values["id"]).values(
        {key: value for key, value in values.items() if key != "id"})


def _write(session: Session, table: Table, inserts: list[dict[str, Any]],
           updates: list[dict[str, Any]], result: TableResult) -> list[dict[str, Any]]:
    """Write a chunk at once; if the database refuses it (a unique number or code taken),
    write its rows one by one, each under a savepoint, and reject only those refused."""
    try:
        with session.begin_nested():
            _write_all(session, table, inserts, updates)
        result.created += len(inserts)
        result.updated += len(updates)
        return inserts
    except IntegrityError:
        pass
    created: list[dict[str, Any]] = []
    for values, is_new in [*((row, True) for row in inserts), *((row, False) for row in updates)]:
        try:
            with session.begin_nested():
                if is_new:
                    session.execute(table.insert(), [values])
                else:
                    session.execute(_update_statement(table, values))
        except IntegrityError:
            result.rejected.append(Rejected(
                table.name, values["id"], str(values.get("number") or ""),
                tr("its number or code is already taken by another record here")))
            continue
        if is_new:
            result.created += 1
            created.append(values)
        else:
            result.updated += 1
    return created


def _write_all(session: Session, table: Table, inserts: list[dict[str, Any]],
               updates: list[dict[str, Any]]) -> None:
    if inserts:
        session.execute(table.insert(), inserts)
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for values in updates:
        by_columns.setdefault(tuple(sorted(values)), []).append(values)
    for names, group in by_columns.items():
        statement = update(table).where(table.c.id == _bind("id")).values(
            {name: _bind(name) for name in names if name != "id"})
        session.execute(statement, [{f"p_{key}": value for key, value in values.items()}
                                    for values in group])


def _bind(name: str) -> Any:
    return bindparam(f"p_{name}")


def _reindex_written(session: Session, created: list[dict[str, Any]],
                     updated: list[dict[str, Any]]) -> None:
    def searched(values: Mapping[str, Any]) -> SimpleNamespace:
        return SimpleNamespace(id=values["id"], name=values.get("name", ""),
                               code=values.get("code", ""))

    changed = [searched(values) for values in updated if "name" in values or "code" in values]
    reindex(session, [searched(values) for values in created], changed)
