"""「修改历史」: every change of one record, from the audit log, with each field's old → new value.

Any page opens it with :func:`show_history`; field names and values are put in words by
:mod:`jianguan_desktop.services.audit_table` (where registers name their fields).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import audit
from jianguan_desktop.services.audit import AuditRow
from jianguan_desktop.services.audit_table import change_text, field_label
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.widgets import help_label, local_time, show_user_error


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
                entry.setText(4, change_text(table, field, values))
            else:
                for field, values in changes:
                    entry.addChild(QTreeWidgetItem([
                        "", "", "", field_label(table, field),
                        change_text(table, field, values)]))
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
