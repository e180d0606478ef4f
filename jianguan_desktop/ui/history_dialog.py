"""「修改历史」: every change of one record, from the audit log, with each field's old → new value.

Any page opens it with :func:`show_history`; registers name their fields for it with
:func:`register_field_labels` (raw column names are shown for fields nobody named).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.office_code import mode_label
from jianguan_desktop.domain.roles import role_label
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import audit
from jianguan_desktop.services.audit import AuditRow
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.widgets import help_label, local_time, show_user_error

Label = Callable[[], str]
Formatter = Callable[[Any], str]

_FIELD_LABELS: dict[str, dict[str, Label]] = {}
_FORMATTERS: dict[tuple[str, str], Formatter] = {}


def register_field_labels(table_name: str, labels: Mapping[str, Label],
                          formatters: Mapping[str, Formatter] | None = None) -> None:
    """Name a table's fields (and optionally say how to show their values) for the history."""
    _FIELD_LABELS.setdefault(table_name, {}).update(labels)
    for field, formatter in (formatters or {}).items():
        _FORMATTERS[(table_name, field)] = formatter


def field_label(table_name: str, field: str) -> str:
    """A field's name as users know it (the column name when nobody named it)."""
    label = _FIELD_LABELS.get(table_name, {}).get(field)
    return label() if label is not None else field


def value_text(table_name: str, field: str, value: Any) -> str:
    """A stored value as users read it: 是/否, local times, role names, hidden secrets."""
    formatter = _FORMATTERS.get((table_name, field))
    if value is None:
        return tr("(empty)")
    if value == "***":
        return tr("(not shown)")
    if formatter is not None:
        try:
            return formatter(value)
        except (ValueError, KeyError):
            return str(value)
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and "T" in value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            return local_time(moment, with_seconds=True)
    return str(value)


register_field_labels("users", {
    "id": lambda: tr("Number"),
    "username": lambda: tr("User name"),
    "display_name": lambda: tr("Full name"),
    "role": lambda: tr("Role"),
    "password_hash": lambda: tr("Password"),
    "active": lambda: tr("Active"),
    "locked_until": lambda: tr("Locked until"),
    "must_change_password": lambda: tr("Must change password"),
    "failed_attempts": lambda: tr("Wrong passwords in a row"),
    "created_at": lambda: tr("Created at"),
    "last_login_at": lambda: tr("Last login"),
}, {"role": role_label})
register_field_labels("office", {
    "id": lambda: tr("Number"),
    "code": lambda: tr("Office code"),
    "name": lambda: tr("Office name"),
    "mode": lambda: tr("Office type"),
    "created_at": lambda: tr("Created at"),
}, {"mode": mode_label})
register_field_labels("app_settings", {
    "key": lambda: tr("Setting"),
    "value": lambda: tr("Value"),
    "updated_at": lambda: tr("Changed at"),
    "updated_by": lambda: tr("Changed by"),
})


class HistoryDialog(QDialog):
    """The audit entries of one record, oldest first, each with its changed fields."""

    def __init__(self, rows: list[AuditRow], table_name: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(tr("Change history") + (f" — {title}" if title else ""))
        self.resize(860, 520)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([tr("Time"), tr("User"), tr("Action"), tr("Field"),
                                   tr("Old value → new value")])
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row in rows:
            entry = QTreeWidgetItem([local_time(row.at, with_seconds=True), row.actor,
                                     row.action_label, "", ""])
            table = row.table_name or table_name
            changes = sorted(row.changes.items())
            if len(changes) == 1:  # one change fits on the entry's own line
                field, values = changes[0]
                entry.setText(3, field_label(table, field))
                entry.setText(4, self._change_text(table, field, values))
            else:
                for field, values in changes:
                    entry.addChild(QTreeWidgetItem([
                        "", "", "", field_label(table, field),
                        self._change_text(table, field, values)]))
            self.tree.addTopLevelItem(entry)
        self.tree.expandAll()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(help_label(tr("No changes of this record are recorded.")))
        else:
            layout.addWidget(help_label(tr("Every change of this record, oldest first. Times "
                                           "are this computer's local time.")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _change_text(table_name: str, field: str, values: Any) -> str:
        if not isinstance(values, list | tuple) or len(values) != 2:
            return str(values)
        old, new = values
        if old is None:  # a new record: only the value it got
            return value_text(table_name, field, new)
        return "{old} → {new}".format(old=value_text(table_name, field, old),
                                      new=value_text(table_name, field, new))

    def texts(self) -> list[list[str]]:
        """Every line of the dialog as text (entries and their field lines)."""
        lines: list[list[str]] = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            lines.append([item.text(column) for column in range(5)])
            for child in range(item.childCount()):
                lines.append([item.child(child).text(column) for column in range(5)])
        return lines


def show_history(parent: QWidget | None, context: AppContext, table_name: str,
                 record_id: str, title: str = "") -> HistoryDialog | None:
    """Open the change history of one record (a message box says why if it may not be seen)."""
    try:
        rows = audit.record_history(context.database, context.actor, table_name, record_id)
    except UserError as error:
        show_user_error(parent, error, tr("Change history"))
        return None
    dialog = HistoryDialog(rows, table_name, title, parent)
    dialog.show()
    return dialog
