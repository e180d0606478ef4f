"""Sync packages between a county office and its city office (issue 8 items 2–4).

:func:`export_package` (``jianguan sync export --to OFFICE -o DIR``) writes every record whose
``change_seq`` is above the last one sent to that office, tombstones and attachments included,
with the receipts of the packages imported from it; a full re-export sends everything in scope
again. A county sends its own records; the city sends down the city-wide credit lists (every
office's entries but the recipient's own), its own liaison directory and its calendar entries.

:func:`import_package` (``jianguan sync import FILE [--dry-run]``) opens and checks the package
(``io/sync/package.py``), then checks the schema revision and the chain of packages from that
office (a replay, a gap: "缺少第 N 号数据包", which only a 负责人 may accept with a reason), and
applies every table in one transaction with the owner rule (``db/sync_rows.py``). Importing the
same package again changes nothing and says so. The summary is kept (``sync_received``) and goes
back as a receipt in the next package to the sender.
"""

from __future__ import annotations

import json
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from jianguan_desktop import __version__
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.migrate import head_revision, is_known_revision
from jianguan_desktop.db.models import ChangeCounter, Office
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.db.sync import SyncPartner, SyncReceived, SyncSent
from jianguan_desktop.db.sync_rows import (
    Owners,
    Rejected,
    apply_rows,
    export_rows,
    travelling_tables,
)
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.sync.container import PackageError
from jianguan_desktop.io.sync.crypto import check_suite
from jianguan_desktop.io.sync.package import (
    Header,
    file_sha256,
    jsonl_rows,
    open_package,
    write_package,
)
from jianguan_desktop.services.due import DueItem, register_due_provider
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.settings import (
    SettingDef,
    SettingGroup,
    get_setting,
    register_setting,
    register_setting_group,
)
from jianguan_desktop.services.sync_keys import office_row, own_keys, partner_keys

TABLE_FOLDER = "tables"
RECEIPTS = "receipts.jsonl"
DETAILS_LIMIT = 1000  # rejected rows kept with a summary
# What the city sends down: the city-wide credit lists, its liaison directory and calendar.
CITY_FORWARDS = ("credit_entries",)
CITY_OWN = ("member_units", "unit_duties", "liaison_assignments", "calendar_days",
            "calendar_years")

_IMPORTING = threading.Lock()

GROUP = "sync"
register_setting_group(SettingGroup(GROUP, lambda: tr("Sync packages"), 600))

EXPORT_EVERY_DAYS = register_setting(SettingDef(
    "sync.export_every_days", 7,
    lambda: tr("A sync package goes to the partner office every"),
    lambda: tr("ARCHITECTURE «Who uses it, and where»: a county writes a sync package once a "
               "week or month; issue 8 item 7 presets 7 days"),
    minimum=1, maximum=92, unit=lambda: tr("days"), group=GROUP))


@dataclass(frozen=True)
class SentInfo:
    """A package written."""

    path: Path
    recipient: str
    package_seq: int
    seq_from: int
    seq_to: int
    rows: int
    receipts: int
    full: bool


@dataclass
class ImportSummary:
    """What importing a package did (or, in a dry run, would do): the 数据交换回执."""

    sender: str
    sender_name: str
    package_seq: int
    package_id: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    receipts: int = 0
    already_imported: bool = False
    dry_run: bool = False
    gap_reason: str = ""

    @property
    def rejected_count(self) -> int:
        """Rows not taken."""
        return len(self.rejected)


def _partner(session: Any, code: str) -> SyncPartner:
    row = session.get(SyncPartner, code)
    if row is None:
        raise ValidationError(tr("Office {code} is not registered here: register its public key "
                                 "file first (“jianguan sync trust FILE”).").format(code=code),
                              field="to")
    return row


def _writable_folder(folder: Path) -> Path:
    folder = folder.expanduser()
    if not folder.is_dir():
        raise ValidationError(tr("The folder “{folder}” does not exist (is the USB stick in?)."
                                 ).format(folder=folder), field="output")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".jianguan-check-"):
            pass
    except OSError as error:
        raise ValidationError(tr("Cannot write to “{folder}”: it is read-only or full.").format(
            folder=folder), field="output") from error
    return folder


def _scope(office: Office, recipient: str) -> list[tuple[Any, Any]]:
    """Each table sent to ``recipient`` and which of its rows (before the sequence range)."""
    scoped = []
    for table in travelling_tables():
        if office.mode == "county":
            scoped.append((table, table.c.office_code == office.code))
        elif table.name in CITY_FORWARDS:
            scoped.append((table, table.c.office_code != recipient))
        elif table.name in CITY_OWN:
            scoped.append((table, table.c.office_code == office.code))
    return scoped


def _last_sent(session: Any, recipient: str) -> SyncSent | None:
    return session.execute(select(SyncSent).where(SyncSent.recipient == recipient)
                           .order_by(SyncSent.package_seq.desc()).limit(1)).scalar_one_or_none()


def _write_rows(path: Path, rows: Any) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
            stream.write("\n")
            count += 1
    return count


def _receipt_row(row: SyncReceived) -> dict[str, Any]:
    return {"package_id": row.package_id, "package_seq": row.package_seq,
            "file_hash": row.file_hash, "imported_at": row.imported_at.isoformat(),
            "created": row.created, "updated": row.updated, "unchanged": row.unchanged,
            "rejected": row.rejected}


def export_package(db: Database, actor: Actor, to: str, folder: Path,
                   full: bool = False) -> SentInfo:
    """Write the next package for office ``to`` into ``folder`` (see the module docstring)."""
    require(actor, Permission.SYNC)
    check_suite()
    target = _writable_folder(Path(folder))
    with db.uow(actor) as uow, tempfile.TemporaryDirectory(prefix="jgpkg-out-") as work:
        session = uow.session
        office = office_row(session)
        partner = _partner(session, to)
        keys, recipient = own_keys(session), partner_keys(session, to)
        last = _last_sent(session, to)
        seq_to = int(session.execute(select(func.coalesce(func.max(ChangeCounter.value), 0)))
                     .scalar_one())
        seq_from = 1 if full or last is None else last.seq_to + 1
        files: list[tuple[str, Path]] = []
        rows = 0
        attachments = Path(work)
        for table, condition in _scope(office, partner.office_code):
            ranged = condition & (table.c.change_seq >= seq_from) & (table.c.change_seq <= seq_to)
            path = Path(work) / f"{table.name}.jsonl"
            count = _write_rows(path, export_rows(session, table, ranged, attachments))
            if count:
                files.append((f"{TABLE_FOLDER}/{table.name}.jsonl", path))
                rows += count
        for attached in sorted((attachments / "files").glob("*.bin")):
            files.append((f"files/{attached.name}", attached))
        pending = list(session.execute(select(SyncReceived).where(
            SyncReceived.sender == to, SyncReceived.receipt_sent.is_(None))
            .order_by(SyncReceived.package_seq)).scalars())
        if pending:
            receipts = Path(work) / RECEIPTS
            _write_rows(receipts, (_receipt_row(row) for row in pending))
            files.append((RECEIPTS, receipts))
        header = Header(office.code, office.name, to, (last.package_seq if last else 0) + 1,
                        seq_from, max(seq_to, seq_from - 1), last.file_hash if last else "",
                        head_revision(), __version__, full)
        written, manifest = write_package(target, header, files, keys, recipient)
        session.add(SyncSent(package_id=manifest.package_id, recipient=to,
                             package_seq=header.package_seq, seq_from=header.seq_from,
                             seq_to=header.seq_to, file_name=written.name,
                             file_hash=file_sha256(written), rows=rows, full=full,
                             created_by=actor.username))
        for row in pending:
            row.receipt_sent = manifest.package_id
        try:
            uow.commit()
        except BaseException:
            written.unlink(missing_ok=True)  # a package the database does not know is no package
            raise
    return SentInfo(written, to, header.package_seq, header.seq_from, header.seq_to, rows,
                    len(pending), full)


def _chain(session: Any, header: Header, file_hash: str, actor: Actor,
           gap_reason: str) -> str:
    """Check the package's place in the chain from its sender; the accepted gap's reason."""
    last = session.execute(select(SyncReceived).where(SyncReceived.sender == header.office_code)
                           .order_by(SyncReceived.package_seq.desc()).limit(1)
                           ).scalar_one_or_none()
    expected = (last.package_seq if last else 0) + 1
    if header.package_seq < expected:
        raise PackageError(tr("Package No. {seq} from office {office} was imported before, in "
                              "another version: this one is refused.").format(
            seq=header.package_seq, office=header.office_code))
    if header.package_seq > expected:
        reason = gap_reason.strip()
        if not reason:
            raise PackageError(tr("缺少第 {seq} 号数据包 from office {office}: import the "
                                  "packages in order. A 负责人 may accept the gap with a reason."
                                  ).format(seq=expected, office=header.office_code))
        require(actor, Permission.APPROVE)
        return reason
    if last is not None and header.previous_hash != last.file_hash:
        raise PackageError(tr("Package No. {seq} does not follow the package No. {last} "
                              "imported here: it was not made after it.").format(
            seq=header.package_seq, last=last.package_seq))
    return ""


def _table_file(name: str) -> str | None:
    if name.startswith(f"{TABLE_FOLDER}/") and name.endswith(".jsonl"):
        return name[len(TABLE_FOLDER) + 1:-len(".jsonl")]
    return None


def import_package(db: Database, actor: Actor, path: Path, dry_run: bool = False,
                   gap_reason: str = "") -> ImportSummary:
    """Check and import a package (see the module docstring); everything or nothing."""
    require(actor, Permission.SYNC)
    check_suite()
    path = Path(path).expanduser()
    if not path.is_file():
        raise ValidationError(tr("The file “{name}” does not exist.").format(name=path),
                              field="file")
    if not _IMPORTING.acquire(blocking=False):
        raise ValidationError(tr("Another package is being imported; wait until it is done."),
                              field="file")
    try:
        with db.uow(actor) as uow:
            session = uow.session
            office = office_row(session)
            with open_package(path, office.code, own_keys(session),
                              lambda code: partner_keys(session, code)) as opened:
                header = opened.manifest.header
                summary = ImportSummary(header.office_code, header.office_name,
                                        header.package_seq, opened.manifest.package_id,
                                        dry_run=dry_run)
                known = session.get(SyncReceived, opened.manifest.package_id)
                if known is not None:
                    summary.already_imported = True
                    return summary
                if not is_known_revision(header.schema_revision):
                    raise PackageError(tr("The package was made by a newer version of the "
                                          "program (schema {revision}): 请升级程序.").format(
                        revision=header.schema_revision))
                summary.gap_reason = _chain(session, header, opened.file_hash, actor,
                                            gap_reason)
                partner = session.get(SyncPartner, header.office_code)
                owners = Owners(office.code, header.office_code,
                                forwards=partner is not None and partner.mode == "city")
                tables = {table.name: table for table in travelling_tables()}
                for entry in opened.manifest.files:
                    name = _table_file(entry.name)
                    if name is None:
                        continue
                    if name not in tables:
                        raise PackageError(tr("The package holds a register this program does "
                                              "not know (“{name}”): 请升级程序.").format(name=name))
                    result = apply_rows(session, tables[name],
                                        jsonl_rows(opened.path(entry.name)), owners,
                                        files=opened.folder, dry_run=dry_run)
                    summary.created += result.created
                    summary.updated += result.updated
                    summary.unchanged += result.unchanged
                    summary.rejected.extend(result.rejected)
                    summary.tables[name] = {"created": result.created,
                                            "updated": result.updated,
                                            "unchanged": result.unchanged,
                                            "rejected": len(result.rejected)}
                if any(entry.name == RECEIPTS for entry in opened.manifest.files):
                    summary.receipts = _take_receipts(session, header.office_code,
                                                      opened.path(RECEIPTS))
                if dry_run:
                    return summary
                session.add(SyncReceived(
                    package_id=opened.manifest.package_id, sender=header.office_code,
                    sender_name=header.office_name, package_seq=header.package_seq,
                    seq_from=header.seq_from, seq_to=header.seq_to, file_name=path.name,
                    file_hash=opened.file_hash, schema_revision=header.schema_revision,
                    created_at=opened.manifest.created_at, imported_by=actor.username,
                    created=summary.created, updated=summary.updated,
                    unchanged=summary.unchanged, rejected=summary.rejected_count,
                    details={"tables": summary.tables,
                             "rejected": [vars(row) for row in summary.rejected[:DETAILS_LIMIT]]},
                    gap_reason=summary.gap_reason))
                append_audit(session, "sync_import", "sync_received", opened.manifest.package_id,
                             {"sender": [None, header.office_code],
                              "package_seq": [None, header.package_seq],
                              "created": [None, summary.created],
                              "updated": [None, summary.updated],
                              "rejected": [None, summary.rejected_count]})
                uow.commit()
        return summary
    finally:
        _IMPORTING.release()


def _take_receipts(session: Any, sender: str, path: Path) -> int:
    """Mark the packages the sender acknowledged; how many receipts were read."""
    count = 0
    for row in jsonl_rows(path):
        sent = session.get(SyncSent, str(row.get("package_id", "")))
        if sent is None or sent.recipient != sender or sent.file_hash != row.get("file_hash"):
            continue
        if sent.acknowledged_at is None:
            sent.acknowledged_at = utcnow()
            sent.receipt = dict(row)
        count += 1
    return count


def unacknowledged(db: Database, actor: Actor) -> list[SentInfo]:
    """Packages sent whose receipt never came back, oldest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(SyncSent).where(SyncSent.acknowledged_at.is_(None))
                                   .order_by(SyncSent.created_at)).scalars()
        return [SentInfo(Path(row.file_name), row.recipient, row.package_seq, row.seq_from,
                         row.seq_to, row.rows, 0, row.full) for row in rows]



def _waiting(session: Any, office: Office, recipient: str, after: int) -> int:
    """Changed records not yet sent to ``recipient`` (one count per table, in SQL)."""
    total = 0
    for table, condition in _scope(office, recipient):
        total += int(session.execute(select(func.count()).select_from(table).where(
            condition & (table.c.change_seq > after))).scalar_one())
    return total


@register_due_provider
def due_packages(db: Database, actor: Actor, today: date | None = None) -> list[DueItem]:
    """For the home page: when the next package to each partner office is due and how many
    changes wait for it; packages sent whose receipt has not come back in two periods."""
    if not actor.can(Permission.SYNC):
        return []
    day = today or date.today()
    items: list[DueItem] = []
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        office = session.get(Office, 1)
        if office is None:
            return []
        every = int(get_setting(session, EXPORT_EVERY_DAYS.key))
        for partner in session.execute(select(SyncPartner).order_by(SyncPartner.office_code)
                                       ).scalars():
            last = _last_sent(session, partner.office_code)
            waiting = _waiting(session, office, partner.office_code, last.seq_to if last else 0)
            due = last.created_at.date() + timedelta(days=every) if last else day
            items.append(DueItem.make(
                tr("Sync package to {name}: {count} changes waiting").format(
                    name=partner.office_name, count=waiting),
                tr("Sync packages"), partner.office_code, due, day,
                tr("A package goes every {days} days (setting); the last one was written on "
                   "{last}.").format(days=every, last=last.created_at.date().isoformat())
                if last else tr("No package has been written to this office yet.")))
            unacknowledged = session.execute(select(SyncSent).where(
                SyncSent.recipient == partner.office_code, SyncSent.acknowledged_at.is_(None))
                .order_by(SyncSent.package_seq)).scalars()
            for sent in unacknowledged:
                items.append(DueItem.make(
                    tr("No receipt yet for package No. {seq} to {name}").format(
                        seq=sent.package_seq, name=partner.office_name),
                    tr("Sync packages"), sent.package_id,
                    sent.created_at.date() + timedelta(days=2 * every), day,
                    tr("The receipt comes back with the partner's next package; after two "
                       "periods without one, ask whether the package arrived.")))
    return items
