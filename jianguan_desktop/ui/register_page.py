"""What every register page shares: its RegisterView, a row of action buttons, the selected
record read again through its service, and a soft delete once the page has asked.

Pages subclass :class:`RegisterPage` and give their buttons, their reader and their words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from jianguan_desktop.errors import UserError
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.register_view import RegisterView
from jianguan_desktop.ui.widgets import page_layout, show_user_error

T = TypeVar("T")


class RegisterPage(QWidget):
    """A register's list with its buttons; ``_update_buttons`` follows the selection."""

    def __init__(self, context: AppContext, table_key: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.context = context
        self.view = RegisterView(context.database, context.actor, table_key, self)
        self.view.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.view.model.modelReset.connect(self._update_buttons)

    def lay_out(self, title: str, help_text: str, buttons: Sequence[QPushButton]) -> None:
        """The page's heading, its button row and the list below them."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = page_layout(self, title, help_text)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable the buttons for the current selection (pages override)."""

    def read_record(self, record_id: str, reader: Callable[[Any, Any, str], T]) -> T | None:
        """A record read again through its service (``None`` and a message if it is gone)."""
        try:
            return reader(self.context.database, self.context.actor, record_id)
        except UserError as error:
            show_user_error(self, error)
            self.view.refresh()
            return None

    def read_selected(self, reader: Callable[[Any, Any, str], T]) -> T | None:
        """The record under the cursor, read again."""
        record_id = self.view.current_id()
        return None if record_id is None else self.read_record(record_id, reader)

    def delete_record(self, delete: Callable[[], Any]) -> None:
        """Soft-delete through the service (the page has asked); the list is read again."""
        try:
            delete()
        except UserError as error:
            show_user_error(self, error)
        self.view.refresh()
