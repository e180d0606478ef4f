"""The 数据交换 page: this office's key, the partner offices, the export and import of sync
packages (a file carried on a USB stick), and the packages sent and received.

Through :mod:`jianguan_desktop.services.sync`, ``sync_keys`` and ``sync_history``. Export and
import run off the GUI thread; an import is first checked in a dry run whose summary the user
confirms; a gap before the package is accepted only by a 负责人, with a reason. Everyone who may
read the registers sees the lists; writing and reading packages needs the sync right.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import NotFoundError, UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import sync, sync_history, sync_keys
from jianguan_desktop.services.sync import ImportSummary, SentInfo
from jianguan_desktop.services.sync_history import (
    Gap,
    ReceivedDetail,
    ReceivedPackage,
    RejectedRow,
    SentPackage,
    TableCounts,
)
from jianguan_desktop.services.sync_keys import PUBKEY_LIMIT, PartnerInfo
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, show_error
from jianguan_desktop.ui.pages import AppContext, PageInfo, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.registers._credit_shared import ReadOnlyTable, fit_height
from jianguan_desktop.ui.widgets import (
    ERROR_STYLE,
    FieldForm,
    action_button,
    ask_save_path,
    heading_label,
    help_label,
    inform,
    local_time,
    page_layout,
    remember_folder,
    remembered_folder,
    safe_file_name,
    show_user_error,
)

RECEIPT_FORM = "sync_receipt"  # the 数据交换回执 (services/sync_forms.py)
RECEIPT_FORM_MODULE = "jianguan_desktop.services.sync_forms"
EXPORT_FOLDER_KEY = "sync.export_folder"
IMPORT_FOLDER_KEY = "sync.import_folder"
KEY_FOLDER_KEY = "sync.key_folder"
PUBKEY_SUFFIX = ".pub"
OVERDUE_COLOUR = QColor("#b00020")
PARTNER_ROWS = 3  # the partner table shows at least this many rows


def group_sync() -> str:
    """The navigation group of the sync page."""
    return tr("Sync packages")


def level_text(mode: str) -> str:
    """An office's level as users say it."""
    return tr("City") if mode == "city" else tr("County")


def office_text(name: str, code: str) -> str:
    """An office as ``name（code）`` (the code alone when the name is not known)."""
    return tr("{office_name} ({office_code})").format(office_name=name, office_code=code) \
        if name else code


def partner_headers() -> list[str]:
    """Columns of the partner offices' table."""
    return [tr("Office code"), tr("Office name"), tr("Level"), tr("Fingerprint"),
            tr("Registered on")]


def partner_row(info: PartnerInfo) -> list[str]:
    """One partner office as a row of :func:`partner_headers`."""
    return [info.office_code, info.office_name, level_text(info.mode), info.fingerprint,
            local_time(info.registered_at)]


def sent_headers() -> list[str]:
    """Columns of the packages sent."""
    return [tr("Package No."), tr("Sent to"), tr("Written on"), tr("Change numbers"),
            tr("Records"), tr("Full re-export"), tr("Receipt"), tr("File")]


def receipt_text(sent: SentPackage) -> str:
    """Whether the partner acknowledged a package."""
    if sent.acknowledged_at is not None:
        return tr("Acknowledged {date}").format(date=local_time(sent.acknowledged_at))
    if sent.overdue:
        return tr("No receipt (expected by {date})").format(date=sent.receipt_due.isoformat())
    return tr("No receipt yet")


def sent_row(sent: SentPackage) -> list[str]:
    """One package sent as a row of :func:`sent_headers`."""
    return [str(sent.package_seq), office_text(sent.recipient_name, sent.recipient),
            local_time(sent.created_at),
            tr("{first} to {last}").format(first=sent.seq_from, last=sent.seq_to),
            str(sent.rows), tr("Yes") if sent.full else tr("No"), receipt_text(sent),
            sent.file_name]


def received_headers() -> list[str]:
    """Columns of the packages received."""
    return [tr("Received from"), tr("Package No."), tr("Imported on"), tr("Imported by"),
            tr("Created"), tr("Updated"), tr("Unchanged"), tr("Rejected"),
            tr("Gap accepted")]


def received_row(package: ReceivedPackage) -> list[str]:
    """One package received as a row of :func:`received_headers`."""
    return [office_text(package.sender_name, package.sender), str(package.package_seq),
            local_time(package.imported_at), package.imported_by_name, str(package.created),
            str(package.updated), str(package.unchanged), str(package.rejected),
            package.gap_reason]


def counts_headers() -> list[str]:
    """Columns of the counts per register."""
    return [tr("Register"), tr("Created"), tr("Updated"), tr("Unchanged"), tr("Rejected")]


def counts_row(counts: TableCounts) -> list[str]:
    """A register's counts as a row of :func:`counts_headers`."""
    return [counts.label, str(counts.created), str(counts.updated), str(counts.unchanged),
            str(counts.rejected)]


def rejected_headers() -> list[str]:
    """Columns of the rejected rows."""
    return [tr("Register"), tr("Number"), tr("Reason")]


def rejected_row(row: RejectedRow) -> list[str]:
    """A rejected row as a row of :func:`rejected_headers`."""
    return [row.label, row.number or row.record_id, row.reason]


def counts_line(created: int, updated: int, unchanged: int, rejected: int,
                receipts: int) -> str:
    """The counts of an import summary in one line."""
    return tr("Created {created}, updated {updated}, unchanged {unchanged}, rejected "
              "{rejected}; receipts {receipts}.").format(
        created=created, updated=updated, unchanged=unchanged, rejected=rejected,
        receipts=receipts)


def gap_text(gap: Gap) -> str:
    """What is missing before a package, naming the first missing package."""
    office = office_text(gap.sender_name, gap.sender)
    if gap.missing_to > gap.missing_from:
        return tr("Packages No. {first} to No. {last} from {office} are missing: this is "
                  "package No. {seq}.").format(first=gap.missing_from, last=gap.missing_to,
                                               office=office, seq=gap.package_seq)
    return tr("Package No. {first} from {office} is missing: this is package No. {seq}."
              ).format(first=gap.missing_from, office=office, seq=gap.package_seq)


class SummaryDialog(QDialog):
    """An import summary (数据交换回执): the counts per register and the rejected rows with
    their reasons. After a dry run it asks to import (``confirm``); after an import or for a
    package imported before it offers to print the receipt."""

    def __init__(self, parent: QWidget | None, title: str, lines: Sequence[str],
                 tables: Sequence[TableCounts], rejected: Sequence[RejectedRow], *,
                 confirm: bool = False, rejected_total: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(title, scale=1.15))
        self.lines = list(lines)
        self.text = QLabel("\n".join(self.lines))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        layout.addWidget(QLabel(tr("Per register:")))
        self.counts = ReadOnlyTable(counts_headers())
        self.counts.set_rows(counts_row(row) for row in tables)
        layout.addWidget(self.counts)
        total = len(rejected) if rejected_total is None else rejected_total
        if rejected:
            heading = tr("Rejected rows and why:")
            if total > len(rejected):
                heading = tr("Rejected rows and why (the first {kept} of {total}):").format(
                    kept=len(rejected), total=total)
        else:
            heading = tr("No row was rejected.")
        self.rejected_label = QLabel(heading)
        layout.addWidget(self.rejected_label)
        self.rejected = ReadOnlyTable(rejected_headers())
        self.rejected.set_rows(rejected_row(row) for row in rejected)
        self.rejected.setVisible(bool(rejected))
        if rejected:
            self.rejected_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.rejected)
        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        self.print_button: QPushButton | None = None
        if confirm:
            self.import_button = self.buttons.addButton(
                tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setToolTip(tr("Import the package as the summary says, in one "
                                             "step: everything or nothing."))
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.accept)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def add_print_button(self, slot: Any) -> QPushButton:
        """Offer to print the 数据交换回执."""
        self.print_button = self.buttons.addButton(
            tr("Print data exchange receipt…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(slot)
        return self.print_button


def summary_title(summary: ImportSummary) -> str:
    """The heading of an import summary."""
    office = office_text(summary.sender_name, summary.sender)
    if summary.dry_run:
        return tr("Check of package No. {seq} from {office}").format(
            seq=summary.package_seq, office=office)
    return tr("Package No. {seq} from {office} imported").format(seq=summary.package_seq,
                                                                office=office)


def summary_dialog(parent: QWidget | None, summary: ImportSummary) -> SummaryDialog:
    """The dialog of a dry run (asking to import) or of an import."""
    lines = [tr("The package was checked and nothing was written yet. Importing it would "
                "do this:") if summary.dry_run else
             tr("The package was imported. It did this:"),
             counts_line(summary.created, summary.updated, summary.unchanged,
                         summary.rejected_count, summary.receipts)]
    if summary.gap_reason:
        lines.append(tr("Gap accepted: {reason}").format(reason=summary.gap_reason))
    if summary.dry_run and summary.rejected:
        lines.append(tr("Rejected rows are not taken; the others are imported."))
    return SummaryDialog(parent, summary_title(summary), lines,
                         sync_history.table_counts(summary.tables),
                         sync_history.rejected_rows(summary.rejected),
                         confirm=summary.dry_run)


def detail_dialog(parent: QWidget | None, detail: ReceivedDetail) -> SummaryDialog:
    """The dialog of a package imported before."""
    package = detail.package
    lines = [tr("Imported on {date} by {who}, from the file “{file}”.").format(
        date=local_time(package.imported_at), who=package.imported_by_name,
        file=package.file_name),
        tr("Created {created}, updated {updated}, unchanged {unchanged}, rejected "
           "{rejected}.").format(created=package.created, updated=package.updated,
                                 unchanged=package.unchanged, rejected=package.rejected)]
    if package.gap_reason:
        lines.append(tr("Gap accepted: {reason}").format(reason=package.gap_reason))
    title = tr("Package No. {seq} from {office}").format(
        seq=package.package_seq, office=office_text(package.sender_name, package.sender))
    return SummaryDialog(parent, title, lines, detail.tables, detail.rejected_rows,
                         rejected_total=package.rejected)


class ExportDialog(QDialog):
    """导出数据包: the partner office, the folder (the USB stick), a full re-export; the export
    runs in the background and a refusal is shown at its field."""

    def __init__(self, page: SyncPage, partners: Sequence[PartnerInfo]) -> None:
        super().__init__(page)
        self.page = page
        self.sent: SentInfo | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(tr("Export a sync package"))
        self.setMinimumWidth(560)
        self.form = FieldForm()
        self.partner = QComboBox()
        for info in partners:
            self.partner.addItem(office_text(info.office_name, info.office_code),
                                 info.office_code)
        self.form.add_field("to", tr("Send to"), self.partner, tr(
            "The package is encrypted for this office: only it can read the package."))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("The USB stick or another folder"))
        self.choose_button = QPushButton(tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_box = QWidget()
        folder_row = QHBoxLayout(folder_box)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.form.add_field("output", tr("Write to the folder"), folder_box, tr(
            "The package is one file (.jgpkg); carry it to the partner office."),
            aliases=("folder",))
        self.full = QCheckBox(tr("Export every record again"))
        self.form.add_field("full", "", self.full, tr(
            "Only when the partner asks for it, e.g. after restoring an old backup; otherwise "
            "the package carries the changes since the last package."))
        self.form.add_general_message()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def choose_folder(self) -> None:
        """Pick the folder (the USB stick)."""
        start = self.folder.text().strip() or str(self.page.folder(EXPORT_FOLDER_KEY))
        chosen = QFileDialog.getExistingDirectory(self, tr("Where to write the package"), start)
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        """Check the fields, then export in the background (the dialog waits for it)."""
        self.form.clear_errors()
        if self.partner.currentIndex() < 0:
            self.form.set_error("to", tr("Register the partner office's public key file "
                                         "first."))
        if not self.folder.text().strip():
            self.form.set_error("output", tr("Choose the folder to write the package to."))
        if self.form.has_errors():
            fit_height(self)
            return
        ctx = self.page.context
        to = str(self.partner.currentData())
        folder = Path(self.folder.text().strip())
        full = self.full.isChecked()

        def job(progress: Any) -> SentInfo:
            progress.report(0, 0, tr("Writing the package…"))
            return sync.export_package(ctx.database, ctx.actor, to, folder, full=full)

        self.export_button.setEnabled(False)
        self.task = run_in_background(self, tr("Export a sync package"), job, self._done,
                                      self._failed)

    def _done(self, sent: SentInfo) -> None:
        self.sent = sent
        remember_folder(self.page.context.database, self.page.context.actor,
                        EXPORT_FOLDER_KEY, sent.path.parent)
        super().accept()
        self.page.exported(sent)

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, UserError):
            self.form.show_error(error)
            fit_height(self)
        else:
            show_error(self, tr("Export a sync package"), error)


class SyncPage(QWidget):
    """数据交换: keys, partner offices, export, import, and the packages sent and received."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: BackgroundTask | None = None
        self.export_dialog: ExportDialog | None = None
        self.summary: SummaryDialog | None = None  # the last summary or detail shown
        self.message: QMessageBox | None = None  # the last information shown
        self.preview_task: BackgroundTask | None = None
        self.partners: list[PartnerInfo] = []
        self.sent: list[SentPackage] = []
        self.received: list[ReceivedPackage] = []
        self.fingerprint = ""
        may = context.actor.can(Permission.SYNC)
        layout = page_layout(self, tr("Sync packages"), tr(
            "The county offices and the city office exchange their records as sync packages: "
            "a file carried on a USB stick, signed by the sender and encrypted for the "
            "recipient. First each office registers the other's public key file and checks "
            "its fingerprint by phone."))
        # this office's key
        own = QHBoxLayout()
        self.own_key = QLabel()
        self.own_key.setWordWrap(True)
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        own.addWidget(self.own_key, 1)
        self.pubkey_button = action_button(
            tr("Export this office's public key file…"),
            tr("Save the file the partner office registers to read and check our packages"),
            self.export_public_key)
        own.addWidget(self.pubkey_button)
        layout.addLayout(own)
        # the partner offices
        partners_head = QHBoxLayout()
        partners_head.addWidget(heading_label(tr("Partner offices"), scale=1.1), 1)
        self.trust_button = action_button(
            tr("Register a partner's public key file…"),
            tr("Register the public key file the partner office gave you"),
            self.register_partner)
        partners_head.addWidget(self.trust_button)
        layout.addLayout(partners_head)
        self.partner_table = ReadOnlyTable(partner_headers())
        layout.addWidget(self.partner_table)
        # export and import
        actions = QHBoxLayout()
        self.export_button = action_button(
            tr("Export a package…"),
            tr("Write the changes since the last package into a folder or onto a USB stick"),
            self.open_export)
        self.import_button = action_button(
            tr("Import a package…"),
            tr("Check a package from a partner office, see what it would change, then "
               "import it"), self.choose_import)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.no_right = help_label(tr(
            "Only the head of office and the administrator export and import packages; you "
            "see what was sent and received."))
        self.no_right.setVisible(not may)
        layout.addWidget(self.no_right)
        for button in (self.pubkey_button, self.trust_button, self.export_button,
                       self.import_button):
            button.setEnabled(may)
        # the packages sent and received
        self.tabs = QTabWidget()
        sent_tab = QWidget()
        sent_layout = QVBoxLayout(sent_tab)
        self.sent_status = help_label("")
        sent_layout.addWidget(self.sent_status)
        self.sent_table = ReadOnlyTable(sent_headers())
        sent_layout.addWidget(self.sent_table)
        received_tab = QWidget()
        received_layout = QVBoxLayout(received_tab)
        self.received_table = ReadOnlyTable(received_headers())
        self.received_table.doubleClicked.connect(lambda _index: self.show_detail())
        self.received_table.itemSelectionChanged.connect(self._selection_changed)
        received_layout.addWidget(self.received_table)
        received_buttons = QHBoxLayout()
        self.detail_button = action_button(
            tr("Show detail…"), tr("The counts per register and the rejected rows with "
                                   "their reasons"), self.show_detail)
        self.print_button = action_button(
            tr("Print data exchange receipt…"),
            tr("The import summary of the selected package, to print or save as PDF"),
            self.print_receipt)
        received_buttons.addWidget(self.detail_button)
        received_buttons.addWidget(self.print_button)
        received_buttons.addStretch(1)
        received_layout.addLayout(received_buttons)
        self.tabs.addTab(sent_tab, tr("Packages sent"))
        self.tabs.addTab(received_tab, tr("Packages received"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the key, the partners and the packages again."""
        db, actor = self.context.database, self.context.actor
        self.fingerprint = ""
        if actor.can(Permission.SYNC):
            try:
                self.fingerprint = sync_keys.public_key_file(db, actor)[1]
            except UserError as error:
                self.own_key.setText(str(error))
                self.own_key.setStyleSheet(ERROR_STYLE)
                self.pubkey_button.setEnabled(False)
            else:
                self.own_key.setText(tr("This office's key fingerprint: {print}").format(
                    print=self.fingerprint))
                self.own_key.setStyleSheet("")
        else:
            self.own_key.setText(tr("This office's key fingerprint is shown to the head of "
                                    "office and the administrator."))
        try:
            self.partners = sync_keys.list_partners(db, actor)
            self.sent = sync_history.list_sent(db, actor)
            self.received = sync_history.list_received(db, actor)
        except UserError as error:
            show_user_error(self, error)
            return
        self.partner_table.set_rows(partner_row(info) for info in self.partners)
        rows = max(PARTNER_ROWS, len(self.partners))
        self.partner_table.setFixedHeight(self.partner_table.horizontalHeader().height()
                                          + rows * self.partner_table.verticalHeader()
                                          .defaultSectionSize() + 4)
        self.sent_table.set_rows(sent_row(sent) for sent in self.sent)
        for number, sent in enumerate(self.sent):
            if sent.overdue:
                for column in range(self.sent_table.columnCount()):
                    item = self.sent_table.item(number, column)
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                    item.setToolTip(tr("No receipt came back within two export periods: ask "
                                       "the partner office whether the package arrived."))
        self.sent_status.setText(self._sent_status())
        self.received_table.set_rows(received_row(package) for package in self.received)
        self._selection_changed()

    def _sent_status(self) -> str:
        if not self.sent:
            return tr("No package has been written yet.")
        waiting = sum(1 for sent in self.sent if sent.acknowledged_at is None)
        overdue = sum(1 for sent in self.sent if sent.overdue)
        text = tr("{count} packages written, {waiting} of them without a receipt yet.").format(
            count=len(self.sent), waiting=waiting)
        if overdue:
            text += " " + tr("{overdue} are overdue (in red): ask whether they arrived.").format(
                overdue=overdue)
        return text

    def _selection_changed(self) -> None:
        chosen = self.selected_received() is not None
        self.detail_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    def selected_received(self) -> ReceivedPackage | None:
        """The package selected in 已接收的数据包."""
        rows = self.received_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.received):
            return None
        return self.received[rows[0].row()]

    def folder(self, key: str) -> Path:
        """Where the file dialogs start for ``key``."""
        return remembered_folder(self.context.database, self.context.actor, key)

    def _error(self, title: str, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_user_error(self, error, title)
        else:
            show_error(self, title, error)

    def _inform(self, title: str, text: str) -> QMessageBox:
        self.message = inform(self, title, text)
        return self.message

    # --- keys ---------------------------------------------------------------------------

    def export_public_key(self) -> Path | None:
        """Save this office's public key file (for the partner office to register)."""
        from jianguan_desktop.io.excel_export import save_atomically

        db, actor = self.context.database, self.context.actor
        title = tr("Export this office's public key file")
        try:
            data, fingerprint = sync_keys.public_key_file(db, actor)
        except UserError as error:
            show_user_error(self, error, title)
            return None
        office = self.context.office
        name = getattr(office, "name", "") or getattr(office, "code", "") or "jianguan"
        start = self.folder(KEY_FOLDER_KEY) / safe_file_name(
            tr("{name} public key").format(name=name))
        path = ask_save_path(self, title, start, tr("Public key files (*.pub)"), PUBKEY_SUFFIX)
        if path is None:
            return None
        try:
            save_atomically(path, lambda temp: temp.write_bytes(data))
        except UserError as error:
            show_user_error(self, error, title)
            return None
        remember_folder(db, actor, KEY_FOLDER_KEY, path.parent)
        self._inform(title, "\n\n".join([
            tr("Written: {path}").format(path=path),
            tr("Fingerprint (read it out to the partner office by phone): {print}").format(
                print=fingerprint),
            tr("Give the file to the partner office (on a USB stick or in person); it "
               "registers the file and compares the fingerprint with you by phone.")]))
        return path

    def register_partner(self) -> PartnerInfo | None:
        """Register a partner office's public key file; show the office and fingerprint."""
        db, actor = self.context.database, self.context.actor
        title = tr("Register a partner's public key file")
        chosen, _filter = QFileDialog.getOpenFileName(
            self, title, str(self.folder(KEY_FOLDER_KEY)),
            tr("Public key files (*.pub);;All files (*)"))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            with path.open("rb") as stream:
                data = stream.read(PUBKEY_LIMIT + 1)
            info = sync_keys.trust(db, actor, data)
        except OSError as error:
            show_user_error(self, UserError(tr("Cannot read “{name}”: {error}").format(
                name=path, error=error.strerror or error)), title)
            return None
        except UserError as error:
            show_user_error(self, error, title)
            return None
        remember_folder(db, actor, KEY_FOLDER_KEY, path.parent)
        self.refresh()
        self._inform(tr("Partner office registered"), "\n\n".join([
            tr("Registered: {name} ({code}). Fingerprint: {print}").format(
                name=info.office_name, code=info.office_code, print=info.fingerprint),
            tr("Call {name} and compare the fingerprint with the one they read out. If they "
               "differ, do not exchange packages: ask for their key file again.").format(
                name=info.office_name or info.office_code)]))
        return info

    # --- export -------------------------------------------------------------------------

    def open_export(self) -> ExportDialog | None:
        """Open the export dialog (a partner office must be registered first)."""
        if not self.partners:
            show_user_error(self, UserError(tr(
                "No partner office is registered yet: register the partner's public key file "
                "first.")), tr("Export a sync package"))
            return None
        dialog = ExportDialog(self, self.partners)
        dialog.folder.setText(str(self.folder(EXPORT_FOLDER_KEY)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def exported(self, sent: SentInfo) -> None:
        """The export dialog wrote a package: list it and say where it is."""
        self.refresh()
        self.tabs.setCurrentIndex(0)
        name = next((info.office_name for info in self.partners
                     if info.office_code == sent.recipient), "") or sent.recipient
        lines = [tr("The package was written to:\n{path}").format(path=sent.path),
                 tr("Package No. {seq} to {office}: {rows} records, {receipts} receipts.").format(
                     seq=sent.package_seq, office=office_text(name, sent.recipient),
                     rows=sent.rows, receipts=sent.receipts)]
        if sent.rows == 0:
            lines.append(tr("Nothing changed since the last package; it still carries the "
                            "chain and the receipts."))
        lines.append(tr("Carry the file to {name} and have it imported there. Their receipt "
                        "comes back with their next package.").format(name=name))
        self._inform(tr("Package written"), "\n\n".join(lines))

    # --- import -------------------------------------------------------------------------

    def choose_import(self) -> BackgroundTask | None:
        """Choose a package file and check it."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Import a sync package"), str(self.folder(IMPORT_FOLDER_KEY)),
            tr("Sync packages (*.jgpkg)"))
        if not chosen:
            return None
        path = Path(chosen)
        remember_folder(self.context.database, self.context.actor, IMPORT_FOLDER_KEY,
                        path.parent)
        return self.check_package(path)

    def check_package(self, path: Path, gap_reason: str = "") -> BackgroundTask:
        """Dry-run the package in the background, then show what it would do."""
        db, actor = self.context.database, self.context.actor

        def job(progress: Any) -> Gap | ImportSummary:
            progress.report(0, 0, tr("Checking the package…"))
            if not gap_reason:
                gap = sync_history.missing_before(db, actor, path)
                if gap is not None:
                    return gap
            return sync.import_package(db, actor, path, dry_run=True, gap_reason=gap_reason)

        self.task = run_in_background(
            self, tr("Checking the package"), job,
            lambda result: self._checked(path, gap_reason, result),
            lambda error: self._error(tr("Import a sync package"), error))
        return self.task

    def _checked(self, path: Path, gap_reason: str, result: Gap | ImportSummary) -> None:
        if isinstance(result, Gap):
            self.ask_gap_reason(path, result)
            return
        if result.already_imported:
            self._imported_before(result)
            return
        dialog = summary_dialog(self, result)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_package(path, gap_reason))
        self.summary = dialog
        dialog.open()

    def _imported_before(self, summary: ImportSummary) -> None:
        self._inform(tr("Imported before"), tr(
            "Package No. {seq} from {name} ({office}) was imported before: nothing "
            "changed.").format(seq=summary.package_seq, name=summary.sender_name,
                               office=summary.sender))

    def ask_gap_reason(self, path: Path, gap: Gap) -> BackgroundTask | None:
        """Packages are missing before this one: a 负责人 may accept the gap with a reason;
        anyone else is told to import the missing packages first."""
        title = tr("Packages are missing")
        text = gap_text(gap)
        if not self.context.actor.can(Permission.APPROVE):
            show_user_error(self, UserError(" ".join([text, tr(
                "Import the missing packages first. Only a 负责人 may accept the gap, giving "
                "the reason.")])), title)
            return None
        reason, ok = QInputDialog.getMultiLineText(self, title, "\n\n".join([text, tr(
            "Import the missing packages first if you have them. If they are lost for good, "
            "you may accept the gap as 负责人: give the reason (it is kept with the import).")]))
        if not ok or not reason.strip():
            return None
        return self.check_package(path, reason.strip())

    def apply_package(self, path: Path, gap_reason: str = "") -> BackgroundTask:
        """Import the package for real in the background, then show the summary."""
        db, actor = self.context.database, self.context.actor

        def job(progress: Any) -> ImportSummary:
            progress.report(0, 0, tr("Importing the package…"))
            return sync.import_package(db, actor, path, gap_reason=gap_reason)

        self.task = run_in_background(self, tr("Importing the package"), job, self._imported,
                                      lambda error: self._error(tr("Import a sync package"),
                                                                error))
        return self.task

    def _imported(self, summary: ImportSummary) -> None:
        self.refresh()
        self.tabs.setCurrentIndex(1)
        if summary.already_imported:
            self._imported_before(summary)
            return
        dialog = summary_dialog(self, summary)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        package_id = summary.package_id
        dialog.add_print_button(lambda: self.print_receipt(package_id))
        self.summary = dialog
        dialog.open()

    # --- packages received --------------------------------------------------------------

    def show_detail(self) -> SummaryDialog | None:
        """The counts and rejected rows of the selected package received."""
        package = self.selected_received()
        if package is None:
            return None
        try:
            detail = sync_history.received_detail(self.context.database, self.context.actor,
                                                  package.package_id)
        except UserError as error:
            show_user_error(self, error)
            return None
        dialog = detail_dialog(self, detail)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.add_print_button(lambda: self.print_receipt(package.package_id))
        self.summary = dialog
        dialog.open()
        return dialog

    def print_receipt(self, package_id: str | None = None) -> BackgroundTask | None:
        """Preview the 数据交换回执 of a package received (the selected one by default)."""
        if not package_id:
            package = self.selected_received()
            if package is None:
                return None
            package_id = package.package_id
        try:  # the form registers itself when its module is imported
            importlib.import_module(RECEIPT_FORM_MODULE)
        except ModuleNotFoundError as error:
            if error.name != RECEIPT_FORM_MODULE:
                raise
            show_user_error(self, NotFoundError(tr(
                "The data exchange receipt cannot be printed by this version of the "
                "program.")))
            return None
        self.preview_task = show_form_preview(self, self.context, RECEIPT_FORM, package_id)
        return self.preview_task


register_page(PageInfo(
    key="sync",
    title=lambda: tr("Sync packages"),
    group=group_sync,
    factory=SyncPage,
    permission=Permission.READ,  # the lists for everyone; export and import need the right
    order=800,  # after the registers (100–300s), before the system pages (900s)
))
