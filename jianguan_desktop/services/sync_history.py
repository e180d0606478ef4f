"""The packages this office sent and received, as the 数据交换 page lists them (issue 8 item 2).

Plain frozen rows from ``sync_sent`` and ``sync_received`` (``db/sync.py``): a sent package with
its receipt status (overdue by the reminder rule of :func:`services.sync.due_packages`), a
received one with its counts, and its detail (counts per register, the rejected rows and why).
:func:`missing_before` tells, from a package's clear manifest, whether packages are missing
before it, so that the window can ask a 负责人 for a reason before importing it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import User
from jianguan_desktop.db.sync import SyncPartner, SyncReceived, SyncSent
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import NotFoundError, UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.sync.package import read_manifest
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.settings import get_setting
from jianguan_desktop.services.sync import EXPORT_EVERY_DAYS

RECEIPT_PERIODS = 2  # as services.sync.due_packages: warn after two export periods

_TABLE_LABELS: dict[str, Callable[[], str]] = {
    "annual_reports": lambda: tr("Annual supervision reports"),
    "assist_requests": lambda: tr("Requests for assistance"),
    "attachments": lambda: tr("Attached files"),
    "calendar_days": lambda: tr("Working-day calendar"),
    "calendar_years": lambda: tr("Calendar years"),
    "case_transfers": lambda: tr("Case transfers"),
    "city_notes": lambda: tr("City notes"),
    "complaint_documents": lambda: tr("Complaint documents"),
    "complaints": lambda: tr("Complaints and reports"),
    "credit_checks": lambda: tr("Credit checks"),
    "credit_entries": lambda: tr("Credit lists"),
    "credit_grades": lambda: tr("Credit grades"),
    "entities": lambda: tr("Market entities"),
    "follow_up_tasks": lambda: tr("Follow-up tasks"),
    "inspection_batches": lambda: tr("Inspection batches"),
    "inspection_draws": lambda: tr("Inspection draws"),
    "inspection_items": lambda: tr("Inspection items"),
    "inspection_objects": lambda: tr("Inspection objects"),
    "inspection_plans": lambda: tr("Inspection plans"),
    "inspection_results": lambda: tr("Inspection results"),
    "inspectors": lambda: tr("Inspectors"),
    "joint_meetings": lambda: tr("Joint meetings"),
    "liaison_assignments": lambda: tr("Liaison persons"),
    "meeting_decisions": lambda: tr("Meeting decisions"),
    "member_units": lambda: tr("Member units"),
    "notices": lambda: tr("Notices"),
    "unit_duties": lambda: tr("Duties of member units"),
    "warning_marks": lambda: tr("Handled warnings"),
}


def table_label(name: str) -> str:
    """A travelling table's name as users know it (the table name itself when unknown)."""
    label = _TABLE_LABELS.get(name)
    return label() if label is not None else name


@dataclass(frozen=True)
class SentPackage:
    """A package this office wrote, with its receipt status."""

    package_id: str
    package_seq: int
    recipient: str
    recipient_name: str
    created_at: datetime
    created_by: str
    seq_from: int
    seq_to: int
    rows: int
    full: bool
    file_name: str
    acknowledged_at: datetime | None
    receipt_due: date  # when the home page starts warning that no receipt came back
    overdue: bool  # no receipt, and past ``receipt_due``


@dataclass(frozen=True)
class ReceivedPackage:
    """A package this office imported, with its counts."""

    package_id: str
    package_seq: int
    sender: str
    sender_name: str
    created_at: str  # as the sender's manifest says
    imported_at: datetime
    imported_by: str
    imported_by_name: str
    created: int
    updated: int
    unchanged: int
    rejected: int
    gap_reason: str
    file_name: str


@dataclass(frozen=True)
class TableCounts:
    """What a package did to one register."""

    table: str
    label: str
    created: int
    updated: int
    unchanged: int
    rejected: int


@dataclass(frozen=True)
class RejectedRow:
    """A row not taken, and why."""

    table: str
    label: str
    record_id: str
    number: str
    reason: str


@dataclass(frozen=True)
class ReceivedDetail:
    """A received package, its counts per register and its rejected rows (the first
    ``services.sync.DETAILS_LIMIT`` are kept: ``rejected_kept`` may be below the count)."""

    package: ReceivedPackage
    tables: tuple[TableCounts, ...]
    rejected_rows: tuple[RejectedRow, ...]

    @property
    def rejected_kept(self) -> int:
        """How many rejected rows were kept with the summary."""
        return len(self.rejected_rows)


@dataclass(frozen=True)
class Gap:
    """Packages missing before a package: its sender and number, and the first one missing."""

    sender: str
    sender_name: str
    package_seq: int
    missing_from: int

    @property
    def missing_to(self) -> int:
        """The last package missing."""
        return self.package_seq - 1


def table_counts(tables: Mapping[str, Mapping[str, int]] | None) -> tuple[TableCounts, ...]:
    """Counts per table (``ImportSummary.tables`` or the kept details) as rows, by label."""
    rows = [TableCounts(name, table_label(name), int(counts.get("created", 0)),
                        int(counts.get("updated", 0)), int(counts.get("unchanged", 0)),
                        int(counts.get("rejected", 0)))
            for name, counts in (tables or {}).items()]
    return tuple(sorted(rows, key=lambda row: row.label))


def rejected_rows(rows: Iterable[Any]) -> tuple[RejectedRow, ...]:
    """Rejected rows (``Rejected`` objects or their kept dicts) as plain rows."""
    shown = []
    for row in rows:
        data = row if isinstance(row, Mapping) else vars(row)
        name = str(data.get("table", ""))
        shown.append(RejectedRow(name, table_label(name), str(data.get("record_id", "")),
                                 str(data.get("number", "") or ""),
                                 str(data.get("reason", ""))))
    return tuple(shown)


def _every(session: Any) -> int:
    return int(get_setting(session, EXPORT_EVERY_DAYS.key))


def list_sent(db: Database, actor: Actor, today: date | None = None) -> list[SentPackage]:
    """Every package written, newest first; ``overdue`` when no receipt came back within
    two export periods (the home page's reminder)."""
    require(actor, Permission.READ)
    day = today or date.today()
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        period = timedelta(days=RECEIPT_PERIODS * _every(session))
        rows = session.execute(
            select(SyncSent, SyncPartner.office_name)
            .outerjoin(SyncPartner, SyncPartner.office_code == SyncSent.recipient)
            .order_by(SyncSent.created_at.desc(), SyncSent.package_seq.desc()))
        listed = []
        for sent, name in rows:
            due = sent.created_at.date() + period
            listed.append(SentPackage(
                sent.package_id, sent.package_seq, sent.recipient, name or "",
                sent.created_at, sent.created_by, sent.seq_from, sent.seq_to, sent.rows,
                sent.full, sent.file_name, sent.acknowledged_at, due,
                sent.acknowledged_at is None and due < day))
        return listed


def _received(row: SyncReceived, display_name: str | None) -> ReceivedPackage:
    return ReceivedPackage(row.package_id, row.package_seq, row.sender, row.sender_name,
                           row.created_at, row.imported_at, row.imported_by,
                           display_name or row.imported_by, row.created, row.updated,
                           row.unchanged, row.rejected, row.gap_reason, row.file_name)


def _received_select() -> Any:
    return (select(SyncReceived, User.display_name)
            .outerjoin(User, User.username == SyncReceived.imported_by))


def list_received(db: Database, actor: Actor) -> list[ReceivedPackage]:
    """Every package imported, newest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(_received_select().order_by(
            SyncReceived.imported_at.desc(), SyncReceived.package_seq.desc()))
        return [_received(row, name) for row, name in rows]


def received_detail(db: Database, actor: Actor, package_id: str) -> ReceivedDetail:
    """A received package with its counts per register and its rejected rows."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        found = uow.session.execute(_received_select().where(
            SyncReceived.package_id == package_id)).first()
        if found is None:
            raise NotFoundError(tr("This package was not imported here."))
        row, name = found
        details = row.details if isinstance(row.details, Mapping) else {}
        return ReceivedDetail(_received(row, name), table_counts(details.get("tables")),
                              rejected_rows(details.get("rejected") or ()))


def missing_before(db: Database, actor: Actor, path: Path) -> Gap | None:
    """Whether packages from the sender are missing before the package at ``path``, by its
    manifest (unchecked: the import checks it all again). ``None`` when nothing is missing or
    the manifest cannot be read (the import then says what is wrong)."""
    require(actor, Permission.SYNC)
    try:
        header = read_manifest(Path(path)).header
    except (UserError, OSError, ValueError):
        return None
    with db.uow(actor, readonly=True) as uow:
        last = uow.session.execute(select(func.max(SyncReceived.package_seq)).where(
            SyncReceived.sender == header.office_code)).scalar_one()
    expected = (last or 0) + 1
    if header.package_seq <= expected:
        return None
    return Gap(header.office_code, header.office_name, header.package_seq, expected)
