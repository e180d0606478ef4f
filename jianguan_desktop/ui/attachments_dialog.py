"""The files kept with one record (a complaint's evidence, a transfer's materials): list them,
add files, open one, save a copy, take one off.

Every action goes through ``services/attachments.py``; the bytes never pass through the
window except as a file written out for opening or saving.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import attachments
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.registers._credit_shared import ReadOnlyTable
from jianguan_desktop.ui.widgets import (
    action_button,
    ask_save_path,
    confirm,
    documents_folder,
    help_label,
    local_time,
    safe_file_name,
    show_user_error,
)


def size_text(size: int) -> str:
    """12.3 KB / 4.5 MB."""
    if size >= 1024 * 1024:
        return tr("{size} MB").format(size=f"{size / 1024 / 1024:.1f}")
    return tr("{size} KB").format(size=f"{max(size, 1) / 1024:.1f}")


class AttachmentsDialog(QDialog):
    """The files of one record, with buttons to add, open, save and remove."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, owner_table: str,
                 owner_id: str, title: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner_table, self.owner_id = owner_table, owner_id
        self.setWindowTitle(tr("Attached files: {title}").format(title=title))
        self.resize(640, 360)
        self.table = ReadOnlyTable([tr("File name"), tr("Size"), tr("Added by"),
                                    tr("Added at")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.add_button = action_button(tr("Add files…"), tr(
            "Keep scans, photos or documents with this record."), self.add_files)
        self.open_button = action_button(tr("Open"), tr(
            "Open the file with the program the computer uses for it."), self.open_selected)
        self.save_button = action_button(tr("Save a copy…"), tr(
            "Write a copy of the file to a folder."), self.save_selected)
        self.remove_button = action_button(tr("Remove…"), tr(
            "Take the file off this record (it stays in the history)."), self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label(tr(
            "The files are kept in the database with the record, so backups and sync "
            "packages carry them.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.files: list[attachments.AttachmentInfo] = []
        self.reload()

    def reload(self) -> None:
        """Read the record's files again."""
        self.files = attachments.list_attachments(self.ctx.database, self.ctx.actor,
                                                  self.owner_table, self.owner_id)
        self.table.set_rows([[item.file_name, size_text(item.size), item.created_by,
                              local_time(item.created_at)] for item in self.files])
        self._update_buttons()

    def selected(self) -> attachments.AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    def add_paths(self, paths: list[Path]) -> None:
        """Attach these files one by one; a refused one is said and the rest go on."""
        for path in paths:
            try:
                attachments.add_attachment(self.ctx.database, self.ctx.actor,
                                           self.owner_table, self.owner_id, path)
            except UserError as error:
                show_user_error(self, error, tr("Cannot attach the file"))
        self.reload()

    def add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, tr("Choose the files to attach"), str(documents_folder()))
        if names:
            self.add_paths([Path(name) for name in names])

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            path = attachments.save_attachment(self.ctx.database, self.ctx.actor, chosen.id)
        except UserError as error:
            show_user_error(self, error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        suffix = Path(chosen.file_name).suffix.lower()
        target = ask_save_path(self, tr("Save a copy"),
                               documents_folder() / safe_file_name(chosen.file_name),
                               tr("All files (*)"), suffix)
        if target is None:
            return
        try:
            attachments.save_attachment(self.ctx.database, self.ctx.actor, chosen.id, target)
        except UserError as error:
            show_user_error(self, error)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not confirm(self, tr("Remove the file"), tr(
                "Take “{name}” off this record? It stays in the record's history.").format(
                    name=chosen.file_name)):
            return
        try:
            attachments.remove_attachment(self.ctx.database, self.ctx.actor, chosen.id)
        except UserError as error:
            show_user_error(self, error)
        self.reload()


def open_attachments(parent: QWidget | None, ctx: AppContext, owner_table: str, owner_id: str,
                     title: str) -> AttachmentsDialog:
    """Show the files of a record (not blocking)."""
    dialog = AttachmentsDialog(parent, ctx, owner_table, owner_id, title)
    dialog.open()
    return dialog
