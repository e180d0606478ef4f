"""Reading the audit trail: checking its hash chain, a record's history, action names.

:func:`verify_chain` walks the whole log in id order, a chunk at a time (the log can hold
millions of entries), and names the first entry that was changed, inserted or deleted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import AuditEntry, AuditHead
from jianguan_desktop.domain.audit_chain import HASHED_FIELDS, BrokenLink, first_broken_link
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.progress import Progress

CHUNK = 5_000
# Tables whose history only those who may view the audit trail see (users, office, settings,
# and events such as logins that belong to no register record).
_ADMIN_TABLES = frozenset({"", "users", "office", "app_settings"})


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as shown to a user."""

    id: int
    at: datetime
    actor: str
    action: str
    action_label: str
    table_name: str
    record_id: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the audit chain: how many entries, and the first break."""

    entries: int
    broken: BrokenLink | None

    @property
    def intact(self) -> bool:
        """Whether every entry is as the program wrote it."""
        return self.broken is None


def action_label(action: str) -> str:
    """Chinese name of an audit action (the stored code when it is not known)."""
    labels = {
        "create": tr("Created"),
        "update": tr("Changed"),
        "delete": tr("Deleted"),
        "restore": tr("Restored"),  # a deleted record brought back
        "login": tr("Logged in"),
        "login_failed": tr("Login failed"),
        "lockout": tr("Account locked"),
        "logout": tr("Logged out"),
        "backup": tr("Backup"),
        "restore_backup": tr("Backup restored"),  # the whole database, from a backup
        "initialize": tr("Set up"),
        "migrate": tr("Database upgraded"),
        "upgrade": tr("Database upgraded"),
        "export": tr("Exported"),
        "import": tr("Imported"),
        "merge": tr("Merged"),  # two records of one entity folded into one
        "demo": tr("Demonstration data"),
        "reveal": tr("Viewed confidential data"),  # a complainant's identity shown in clear
    }
    return labels.get(action, action)


def describe_break(link: BrokenLink) -> str:
    """What a break in the chain means, in words: which entry, and what was done to it."""
    number = link.entry_id
    if link.reason == "changed":
        return tr("Audit log entry {number} has been altered.").format(number=number)
    if link.reason == "missing":
        return tr("Entries of the audit log before entry {number} have been deleted.").format(
            number=number)
    if link.reason == "inserted":
        return tr("Audit log entry {number} has been inserted behind the program's back."
                  ).format(number=number)
    if number is None:
        return tr("The audit log does not match the program's record of its last entry.")
    return tr("The last entries of the audit log have been deleted or altered (around entry "
              "{number}).").format(number=number)


def _chain(session: Session, progress: Progress | None, total: int) -> Iterator[dict[str, Any]]:
    table = AuditEntry.__table__
    columns = [table.c[name] for name in (*HASHED_FIELDS, "hash")]
    last_id = 0
    seen = 0
    while True:
        rows = session.execute(
            select(*columns).where(table.c.id > last_id).order_by(table.c.id).limit(CHUNK)
        ).mappings().all()
        if not rows:
            return
        for row in rows:
            yield dict(row)
        last_id = rows[-1]["id"]
        seen += len(rows)
        if progress is not None:
            progress.check_cancelled()
            progress.report(seen, total, tr("Checking the audit log…"))


def check_chain(db: Database, progress: Progress | None = None) -> ChainReport:
    """Check every link of the audit chain (in one read transaction, a chunk at a time)."""
    with db.uow(readonly=True) as uow:
        session = uow.session
        head = session.get(AuditHead, 1)
        total = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        broken = first_broken_link(_chain(session, progress, total),
                                   head.last_id if head else None,
                                   head.last_hash if head else None)
    return ChainReport(entries=total, broken=broken)


def verify_chain(db: Database, progress: Progress | None = None) -> BrokenLink | None:
    """The first break in the audit chain, or ``None`` if nobody has tampered with it."""
    return check_chain(db, progress).broken


def audit_row(entry: AuditEntry) -> AuditRow:
    """Plain data of an audit entry."""
    try:
        changes = json.loads(entry.changes or "{}")
    except ValueError:
        changes = {}
    return AuditRow(id=entry.id, at=datetime.fromisoformat(entry.at), actor=entry.actor,
                    action=entry.action, action_label=action_label(entry.action),
                    table_name=entry.table_name, record_id=entry.record_id,
                    changes=changes if isinstance(changes, dict) else {})


def record_history(db: Database, actor: Actor, table_name: str | None,
                   record_id: str) -> list[AuditRow]:
    """Every audit entry of one record, oldest first (``table_name`` None: any table)."""
    admin_only = table_name is None or table_name in _ADMIN_TABLES
    require(actor, Permission.VIEW_AUDIT if admin_only else Permission.READ)
    query = select(AuditEntry).where(AuditEntry.record_id == str(record_id))
    if table_name is not None:
        query = query.where(AuditEntry.table_name == table_name)
    with db.uow(actor, readonly=True) as uow:
        entries = uow.session.execute(query.order_by(AuditEntry.id)).scalars()
        return [audit_row(entry) for entry in entries]


def recent_entries(db: Database, actor: Actor, limit: int = 50) -> list[AuditRow]:
    """The newest ``limit`` audit entries, oldest of them first."""
    require(actor, Permission.VIEW_AUDIT)
    with db.uow(actor, readonly=True) as uow:
        entries = uow.session.execute(
            select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).scalars().all()
        return [audit_row(entry) for entry in reversed(entries)]

