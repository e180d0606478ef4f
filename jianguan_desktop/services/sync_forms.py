"""The 数据交换回执 (receipt of an imported sync package), registered as the form
``sync_receipt`` for ``jianguan print`` and the 数据交换 page's print preview.

The reference is the package's id (``sync_received.package_id``) or ``<sender>-<seq>``
(``410522-3``: the third package from office 410522). The receipt says who sent the package,
its number and ``change_seq`` range, when it was made and imported and by whom, the reason a
负责人 gave for accepting a gap before it, the counts per register (created, updated,
unchanged, rejected) and the rejected rows with their reasons (those kept with the summary,
``services.sync.DETAILS_LIMIT`` at most; the receipt says how many more there were).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.sync import SyncReceived
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import NotFoundError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Block,
    Field,
    Fields,
    FormDocument,
    Heading,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.services.form_settings import form_profile
from jianguan_desktop.services.forms import FormSpec, register_form
from jianguan_desktop.services.sync_history import ReceivedDetail, received_detail
from jianguan_desktop.services.tables import local_time

RECEIPT_FORM = "sync_receipt"
TIME_FORMAT = "%Y-%m-%d %H:%M"
_SENDER_SEQ = re.compile(r"^\s*(\d{1,12})\s*-\s*(\d{1,9})\s*$")


@dataclass(frozen=True)
class _Range:
    """What the receipt needs of the ``sync_received`` row beyond the package's detail."""

    package_id: str
    seq_from: int
    seq_to: int


def _find(db: Database, actor: Actor, ref: str) -> _Range:
    """The received package ``ref`` names (its id, or ``<sender>-<seq>``)."""
    with db.uow(actor, readonly=True) as uow:
        row = uow.session.get(SyncReceived, ref)
        matched = _SENDER_SEQ.match(ref)
        if row is None and matched is not None:
            row = uow.session.execute(select(SyncReceived).where(
                SyncReceived.sender == matched.group(1),
                SyncReceived.package_seq == int(matched.group(2)))).scalar_one_or_none()
        if row is None:
            raise NotFoundError(tr("No package “{ref}” was imported here.").format(ref=ref))
        return _Range(row.package_id, row.seq_from, row.seq_to)


def _created_text(created_at: str) -> str:
    """The sender's creation time (UTC, ISO 8601 in the manifest) in local time."""
    try:
        return local_time(datetime.fromisoformat(created_at)).strftime(TIME_FORMAT)
    except ValueError:
        return created_at


def _counts_table(detail: ReceivedDetail) -> Table:
    """Created / updated / unchanged / rejected per register, and the totals."""
    package = detail.package
    rows = [(item.label, str(item.created), str(item.updated), str(item.unchanged),
             str(item.rejected)) for item in detail.tables]
    rows.append((tr("Total"), str(package.created), str(package.updated),
                 str(package.unchanged), str(package.rejected)))
    return Table(columns=(TableColumn(tr("Register"), 3.0),
                          TableColumn(tr("Created"), 1.0, "center"),
                          TableColumn(tr("Updated"), 1.0, "center"),
                          TableColumn(tr("Unchanged"), 1.0, "center"),
                          TableColumn(tr("Rejected"), 1.0, "center")), rows=tuple(rows))


def _rejected_blocks(detail: ReceivedDetail) -> list[Block]:
    """The rejected rows kept with the summary, and how many more were not kept."""
    total = detail.package.rejected
    if not total:
        return [Paragraph(tr("No row was rejected."))]
    blocks: list[Block] = []
    if detail.rejected_rows:
        rows = tuple((str(index), item.label, item.number or item.record_id, item.reason)
                     for index, item in enumerate(detail.rejected_rows, start=1))
        blocks.append(Table(columns=(TableColumn(tr("No."), 0.6, "center"),
                                     TableColumn(tr("Register"), 1.6),
                                     TableColumn(tr("Record"), 2.2),
                                     TableColumn(tr("Reason rejected"), 3.6)), rows=rows))
    missing = total - detail.rejected_kept
    if missing > 0 and detail.rejected_kept:
        blocks.append(Paragraph(tr("{count} more rejected rows were not kept with the "
                                   "summary; only the first {kept} are listed.").format(
            count=missing, kept=detail.rejected_kept)))
    elif missing > 0:
        blocks.append(Paragraph(tr("The {count} rejected rows were not kept with the "
                                   "summary.").format(count=missing)))
    return blocks


def receipt_blocks(detail: ReceivedDetail, seq_from: int, seq_to: int,
                   recipient: str) -> tuple[Block, ...]:
    """The body of the 数据交换回执."""
    package = detail.package
    items = [
        Field(tr("Sending office"), tr("{office_name} ({office_code})").format(
            office_name=package.sender_name, office_code=package.sender)
            if package.sender_name else package.sender),
        Field(tr("Receiving office"), recipient),
        Field(tr("Package No."), tr("No. {seq}").format(seq=package.package_seq)),
        Field(tr("Change numbers"), tr("{first} to {last}").format(first=seq_from,
                                                                    last=seq_to)),
        Field(tr("Package ID"), package.package_id),
        Field(tr("Package file"), package.file_name),
        Field(tr("Made by the sender on"), _created_text(package.created_at)),
        Field(tr("Imported on"), local_time(package.imported_at).strftime(TIME_FORMAT)),
        Field(tr("Imported by"), package.imported_by_name or package.imported_by),
    ]
    if package.gap_reason:
        items.append(Field(tr("Reason the gap before it was accepted"), package.gap_reason))
    return (
        Fields(tuple(items)),
        Heading("一、" + tr("Records per register"), 1),  # 一、 as GB/T 9704 numbers
        _counts_table(detail),
        Heading("二、" + tr("Rejected rows and why"), 1),
        *_rejected_blocks(detail),
    )


def build_receipt(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 数据交换回执 of the received package ``ref`` (its id, or ``<sender>-<seq>``)."""
    found = _find(db, actor, ref)
    detail = received_detail(db, actor, found.package_id)
    profile = form_profile(db)
    title = tr("Data exchange receipt")
    return FormDocument(
        title=title, blocks=receipt_blocks(detail, found.seq_from, found.seq_to,
                                           profile.full_name),
        seal=False, subject=title, author=profile.full_name,
        notes=(tr("Rejected rows were not imported; the other rows were. The same summary "
                  "goes back to the sending office with this office's next package."),))


register_form(FormSpec(key=RECEIPT_FORM, title=lambda: tr("Data exchange receipt"),
                       kind="record", build=build_receipt,
                       ref_label=lambda: tr("The package's ID, or the sender and the package "
                                            "number, such as 410522-3")))
