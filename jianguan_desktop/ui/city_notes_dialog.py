"""「市级备注」: the city office's notes on one record, with a box to add one and a button to
delete one (softly). Opened from any register page at the city; county records themselves stay
read-only there. Everything goes through :mod:`jianguan_desktop.services.city_notes`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import city_notes
from jianguan_desktop.services.city_notes import NOTE_MAX, NoteInfo
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.widgets import confirm, help_label, local_time, show_user_error


class CityNotesDialog(QDialog):
    """The notes on ``target_id`` of ``target_table``, oldest first, and a new note below."""

    def __init__(self, ctx: AppContext, target_table: str, target_id: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target_table = target_table
        self.target_id = target_id
        self.notes: list[NoteInfo] = []
        self.setWindowTitle(tr("City notes") + (f" — {title}" if title else ""))
        self.resize(620, 460)
        may_write = ctx.actor.can(Permission.WRITE)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.text_box = QPlainTextEdit()
        self.text_box.setPlaceholderText(tr("A note of the city office on this record (the "
                                            "record itself stays as its office made it)"))
        self.text_box.setMaximumHeight(110)
        self.text_box.setToolTip(tr("At most {limit} characters").format(limit=NOTE_MAX))
        self.text_box.setEnabled(may_write)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.add_button = QPushButton(tr("Add note"))
        self.add_button.clicked.connect(self.add_clicked)
        self.add_button.setEnabled(may_write)
        self.delete_button = QPushButton(tr("Delete note"))
        self.delete_button.clicked.connect(self.delete_clicked)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label(tr(
            "Notes of the city office on this record, oldest first. They stay at the city; "
            "the record itself can be changed only by its own office.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text_box)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the notes again."""
        try:
            self.notes = city_notes.list_notes(self.ctx.database, self.ctx.actor,
                                               self.target_table, self.target_id)
        except UserError as error:
            show_user_error(self, error)
            self.notes = []
        self.list.clear()
        for note in self.notes:
            item = QListWidgetItem(f"{local_time(note.created_at)}  {note.created_by}\n"
                                   f"{note.text}")
            self.list.addItem(item)
        if not self.notes:
            empty = QListWidgetItem(tr("No notes on this record yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._update_buttons()

    def _selected(self) -> NoteInfo | None:
        row = self.list.currentRow()
        return self.notes[row] if 0 <= row < len(self.notes) and self.list.selectedItems() \
            else None

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.ctx.actor.can(Permission.WRITE)
                                      and self._selected() is not None)

    def add_clicked(self) -> None:
        """Save the note in the box (a clear message at the box if it is empty or too long)."""
        text = self.text_box.toPlainText()
        try:
            city_notes.add_note(self.ctx.database, self.ctx.actor, self.target_table,
                                self.target_id, text)
        except UserError as error:
            if getattr(error, "field", None) == "text":
                self.error_label.setText(str(error))
                self.error_label.show()
                return
            show_user_error(self, error)
            return
        self.error_label.hide()
        self.text_box.clear()
        self.reload()

    def delete_clicked(self) -> None:
        """Delete the selected note once asked (it stays in the database, marked deleted)."""
        note = self._selected()
        if note is None or not confirm(self, tr("Delete note"), tr(
                "Delete this note? It stays in the database, marked deleted.")):
            return
        try:
            city_notes.delete_note(self.ctx.database, self.ctx.actor, note.id, note.version)
        except UserError as error:
            show_user_error(self, error)
        self.reload()
