"""What every register page shares: its RegisterView, a row of action buttons, the selected
record read again through its service, and a soft delete once the page has asked.

Pages subclass :class:`RegisterPage` and give their buttons, their reader and their words.
While the register has no records, its view says what to do first (the table's
``empty_text``) and offers the page's buttons that make the first records again: those named
in :attr:`RegisterPage.empty_actions`.
At the city, where the registers list every county's records too, a page names the buttons
that change the selected record with :meth:`RegisterPage.owner_only`: they are disabled on
another office's rows (the service would refuse anyway), and a 市级备注 button and context
menu open the city's own notes on the record.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.city_view import CITY_MODE, is_own_row, owner_column
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui.city_notes_dialog import CityNotesDialog
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.register_view import RegisterView
from jianguan_desktop.ui.widgets import action_button, page_layout, show_user_error

T = TypeVar("T")


class RegisterPage(QWidget):
    """A register's list with its buttons; ``_update_buttons`` follows the selection (and each
    page's own ``_update_buttons`` is followed by the owner guard, see :meth:`owner_only`)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("_update_buttons")
        if own is None:
            return

        @functools.wraps(own)
        def guarded(self: RegisterPage, *args: Any, **kw: Any) -> Any:
            result = own(self, *args, **kw)
            self._guard_owner()
            return result
        cls._update_buttons = guarded  # type: ignore[method-assign]

    # attributes naming the buttons that make a register's first records (「新建」, 「登记」,
    # 「导入」…); those among the page's buttons are offered under an empty register's message
    empty_actions: tuple[str, ...] = ("new_button", "register_button", "propose_button",
                                      "new_plan_button", "import_button")

    def __init__(self, context: AppContext, table_key: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.context = context
        self._owner_controls: list[Any] = []
        office = context.office or office_info(context.database)
        self.own_office = getattr(office, "code", "")
        self.view = RegisterView(context.database, context.actor, table_key, self)
        self.notes_button: QPushButton | None = None
        target = owner_column(self.view.spec)
        self.notes_table = target.table.name if target is not None else ""
        if target is not None and getattr(office, "mode", "") == CITY_MODE:
            self.notes_button = action_button(
                tr("City notes"), tr("The city office's notes on the selected record (the "
                                     "record itself can be changed only by its own office)"),
                self.notes_clicked)
            table = self.view.table
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(self._row_menu)
        self.view.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.view.model.modelReset.connect(self._update_buttons)

    def lay_out(self, title: str, help_text: str, buttons: Sequence[QPushButton]) -> None:
        """The page's heading, its button row and the list below them."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        if self.notes_button is not None:
            row.addWidget(self.notes_button)
        row.addStretch(1)
        layout = page_layout(self, title, help_text)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._update_buttons()
        listed = {id(button) for button in buttons}
        makers = [button for name in self.empty_actions
                  if isinstance(button := getattr(self, name, None), QPushButton)
                  and id(button) in listed]
        self.view.set_empty_actions(makers)

    def _update_buttons(self) -> None:
        """Enable the buttons for the current selection (pages override)."""
        self._guard_owner()

    # --- the city: other offices' rows ----------------------------------------------------

    def owner_only(self, *controls: Any) -> None:
        """Buttons or menu actions that change the selected record: disabled while it is
        another office's (at the city, a county's record)."""
        self._owner_controls.extend(controls)
        self._guard_owner()

    def selected_row(self) -> dict[str, Any] | None:
        """The row under the cursor as listed (``None``: no row)."""
        if self.view.current_id() is None:
            return None
        return self.view.model.row(self.view.table.currentIndex().row())

    def selected_is_own(self) -> bool:
        """Whether the selected record is this office's own (``True`` when none is selected)."""
        return is_own_row(self.selected_row(), self.own_office)

    def activate_own(self, action: Callable[[], Any]) -> Callable[[str], None]:
        """What a double-click on a row does: ``action`` (an edit) on the office's own rows; on
        another office's row at the city, the city's notes on it instead."""
        def activated(_record_id: str) -> None:
            if self.selected_is_own():
                action()
            elif self.notes_button is not None:
                self.notes_clicked()
        return activated

    def _guard_owner(self) -> None:
        if not self.selected_is_own():
            for control in self._owner_controls:
                control.setEnabled(False)
        if self.notes_button is not None:
            self.notes_button.setEnabled(self.view.current_id() is not None)

    def notes_clicked(self) -> CityNotesDialog | None:
        """Open the city's notes on the selected record."""
        record_id = self.view.current_id()
        if record_id is None:
            return None
        row = self.selected_row() or {}
        first = self.view.spec.columns[0]
        dialog = CityNotesDialog(self.context, self.notes_table, record_id,
                                 str(row.get(first.key) or ""), self)
        dialog.open()
        return dialog

    def _row_menu(self, at: QPoint) -> None:
        if self.view.current_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("City notes…"), self.notes_clicked)
        menu.exec(self.view.table.viewport().mapToGlobal(at))

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
