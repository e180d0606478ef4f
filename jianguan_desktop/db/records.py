"""Records that can travel between offices, and the bookkeeping every write gets.

:class:`TravellingRecord` is the mixin of every register table: a UUID ``id`` made
where the record is born, the owning ``office_code``, a human ``number`` unique per
office (it includes the year, e.g. 投诉〔2026〕17号), ``version`` for optimistic
locking, ``change_seq`` from the per-database counter, a soft-delete tombstone, and
UTC timestamps with the user of each change.

:class:`TrackedSession` is the session class of every factory: on every flush, travelling
records get their ``change_seq`` and timestamps, hard deletes of them are refused, so are
inserts and changes of another office's records (``db/ownership.py``), and every audited
change is appended to the hash-chained audit log.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Integer, String, UniqueConstraint, event, inspect, select, update
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column

from jianguan_desktop.db.models import Audited, AuditEntry, AuditHead, ChangeCounter, NumberCounter
from jianguan_desktop.db.ownership import check_owner
from jianguan_desktop.db.types import UTCDateTime, utcnow
from jianguan_desktop.domain.audit_chain import GENESIS, entry_hash
from jianguan_desktop.domain.numbering import format_number
from jianguan_desktop.errors import ConflictError
from jianguan_desktop.i18n import tr

# Session.info keys set by the unit of work.
ACTOR_KEY = "actor"
OFFICE_KEY = "office_code"

BOOKKEEPING = frozenset({
    "version", "change_seq", "created_at", "created_by", "updated_at", "updated_by",
})


def new_uuid() -> str:
    """A new record id (UUID4 as text), made where the record is born."""
    return str(uuid.uuid4())


class TravellingRecord(Audited):
    """Mixin of every register table whose rows sync between offices."""

    __audit_skip__: ClassVar[frozenset[str]] = BOOKKEEPING
    number_series: ClassVar[str] = ""  # e.g. "投诉"; empty: the register has no human number

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    office_code: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    number: Mapped[str | None] = mapped_column(String(60), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    change_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    deleted_by: Mapped[str | None] = mapped_column(String(50), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (UniqueConstraint("office_code", "number"),)

    @property
    def is_deleted(self) -> bool:
        """Whether the record is a tombstone."""
        return self.deleted_at is not None


def check_version(record: TravellingRecord, expected_version: int | None) -> None:
    """Refuse an edit made on a copy older than the stored record."""
    if expected_version is not None and record.version != expected_version:
        raise ConflictError(stale_message())


def stale_message() -> str:
    """The message for an edit that lost a race: nothing was overwritten."""
    return tr("This record has been changed by someone else; nothing was overwritten. "
              "Reopen it to see the latest version.")


def soft_delete(record: TravellingRecord, session: Session) -> None:
    """Turn a record into a tombstone that travels; its data stays."""
    if record.deleted_at is None:
        record.deleted_at = utcnow()
        record.deleted_by = _actor_name(session)


def restore(record: TravellingRecord) -> None:
    """Bring a soft-deleted record back."""
    record.deleted_at = None
    record.deleted_by = None


def _counter(session: Session, office_code: str, series: str, year: int) -> NumberCounter:
    counter = session.execute(
        select(NumberCounter)
        .where(NumberCounter.office_code == office_code, NumberCounter.series == series,
               NumberCounter.year == year)
        .with_for_update()
    ).scalar_one_or_none()
    if counter is None:
        counter = NumberCounter(office_code=office_code, series=series, year=year, last_value=0)
        session.add(counter)
    return counter


def next_number(session: Session, office_code: str, series: str, year: int) -> str:
    """Take the next human number of a series for an office and year (e.g. 投诉〔2026〕17号)."""
    counter = _counter(session, office_code, series, year)
    counter.last_value += 1
    return format_number(series, year, counter.last_value)


def reserve_number(session: Session, office_code: str, series: str, year: int,
                   seq: int) -> None:
    """Note that number ``seq`` of a series was given by hand (typed or imported), so that
    :func:`next_number` hands out only later ones."""
    counter = _counter(session, office_code, series, year)
    counter.last_value = max(counter.last_value, seq)


def take_change_seq(session: Session, count: int) -> int:
    """Reserve ``count`` consecutive change sequence numbers; return the first."""
    last = session.execute(
        update(ChangeCounter).where(ChangeCounter.id == 1)
        .values(value=ChangeCounter.value + count).returning(ChangeCounter.value)
    ).scalar_one_or_none()
    if last is None:  # a database made before the counter row existed
        session.execute(ChangeCounter.__table__.insert().values(id=1, value=count))
        last = count
    return int(last) - count + 1


def audit_value(value: Any) -> Any:
    """A JSON-friendly form of a column value for the audit log."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def append_audit(session: Session, action: str, table_name: str = "", record_id: str = "",
                 changes: dict[str, Any] | None = None, actor: str | None = None) -> AuditEntry:
    """Append one link to the audit chain inside the current transaction."""
    with session.no_autoflush:
        head = _audit_head(session)
        entry = {
            "id": head.last_id + 1,
            "at": utcnow().isoformat(timespec="microseconds"),
            "actor": actor or _actor_name(session),
            "action": action,
            "table_name": table_name,
            "record_id": str(record_id),
            "changes": json.dumps(changes or {}, ensure_ascii=False, sort_keys=True,
                                  separators=(",", ":")),
            "prev_hash": head.last_hash,
        }
        entry["hash"] = entry_hash(entry)
        row = AuditEntry(**entry)
        session.add(row)
        head.last_id = entry["id"]
        head.last_hash = entry["hash"]
    return row


_HEAD_KEY = "jianguan_audit_head"


def _audit_head(session: Session) -> AuditHead:
    """The chain's head row, locked once per transaction and then kept for its later links
    (a bulk import appends thousands of links; reading the head for each was the cost)."""
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is transaction:
        return cached[1]
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
    session.info[_HEAD_KEY] = (transaction, head)
    return head


def _actor_name(session: Session) -> str:
    actor = session.info.get(ACTOR_KEY)
    return getattr(actor, "username", None) or "system"


def _changes(obj: Audited, creating: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    skip = type(obj).__audit_skip__
    redact = type(obj).__audit_redact__
    result: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in skip:
            continue
        history = state.attrs[key].history
        if creating:
            value = getattr(obj, key)
            if value is None:
                continue
            result[key] = [None, "***" if key in redact else audit_value(value)]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            if key in redact:
                result[key] = ["***", "***"]
            else:
                result[key] = [audit_value(old), audit_value(new)]
    return result


def _record_key(obj: Audited) -> str:
    identity = inspect(obj).identity
    if identity:
        return ",".join(str(part) for part in identity)
    pk = [getattr(obj, col.key) for col in inspect(type(obj)).primary_key]
    return ",".join(str(part) for part in pk if part is not None)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    actor = _actor_name(session)
    now = utcnow()
    for obj in session.deleted:
        if isinstance(obj, TravellingRecord):
            raise ConflictError(
                tr("Records are never deleted outright; mark them deleted instead."))
    created = [obj for obj in session.new if isinstance(obj, Audited)]
    changed = [
        obj for obj in session.dirty
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False)
    ]
    pending: list[tuple[Audited, str, dict[str, list[Any]]]] = []
    for obj in created:
        if isinstance(obj, TravellingRecord) and not obj.office_code:
            obj.office_code = session.info.get(OFFICE_KEY) or ""
    check_owner(session, session.info.get(OFFICE_KEY),
                [obj for obj in created if isinstance(obj, TravellingRecord)],
                [obj for obj in changed if isinstance(obj, TravellingRecord)])
    for obj in created:
        if isinstance(obj, TravellingRecord):
            if not obj.office_code:
                raise ValueError("a travelling record needs an office_code")
            if obj.id is None:
                obj.id = new_uuid()
            obj.created_at = obj.created_at or now
            obj.created_by = obj.created_by or actor
            obj.updated_at = now
            obj.updated_by = actor
        pending.append((obj, "create", _changes(obj, creating=True)))
    for obj in changed:
        changes = _changes(obj, creating=False)
        if not changes:
            continue
        action = "update"
        if "deleted_at" in changes:
            action = "delete" if changes["deleted_at"][1] is not None else "restore"
        if isinstance(obj, TravellingRecord):
            obj.updated_at = now
            obj.updated_by = actor
        pending.append((obj, action, changes))
    travelling = [obj for obj, _a, _c in pending if isinstance(obj, TravellingRecord)]
    if travelling:
        seq = take_change_seq(session, len(travelling))
        for offset, obj in enumerate(travelling):
            obj.change_seq = seq + offset
    deferred = session.info.setdefault(_DEFERRED_KEY, [])
    for obj, action, changes in pending:
        key = _record_key(obj)
        if key:
            append_audit(session, action, type(obj).__tablename__, key, changes, actor)
        else:  # an autoincrement key is known only after the INSERT
            deferred.append((obj, action, changes, actor))


def _after_flush_postexec(session: Session, _context: Any) -> None:
    deferred = session.info.pop(_DEFERRED_KEY, [])
    for obj, action, changes, actor in deferred:
        if action == "create" and "id" in inspect(type(obj)).columns and "id" not in changes:
            changes = {"id": [None, audit_value(obj.id)], **changes}
        append_audit(session, action, type(obj).__tablename__, _record_key(obj), changes, actor)


_DEFERRED_KEY = "audit_deferred"


class TrackedSession(Session):
    """The program's session class: every flush gets change sequences, timestamps and
    audit lines.

    The hooks sit on this class rather than on each factory: SQLAlchemy keys per-object
    listener registrations by ``id()``, and a new factory reusing the id of a collected
    one once lost its hooks (missing audit lines in long test runs).
    """


event.listen(TrackedSession, "before_flush", _before_flush)
event.listen(TrackedSession, "after_flush_postexec", _after_flush_postexec)
