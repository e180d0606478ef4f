"""The audit log page (系统管理 → 审计日志): every change, newest first, and the integrity check.

The list is a register view over the ``audit`` table spec; 「校验完整性」 walks the hash chain
in the background and says in words whether anyone altered the log behind the program's back.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import audit
from jianguan_desktop.services.audit_table import AUDIT_TABLE_KEY
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.ui.background import BackgroundTask, run_in_background
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_system, register_page
from jianguan_desktop.ui.register_view import RegisterView
from jianguan_desktop.ui.widgets import local_time, page_layout, set_message


class AuditPage(QWidget):
    """The audit log as a searchable list, with the chain check and each record's history."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: BackgroundTask | None = None
        self.view = RegisterView(context.database, context.actor, AUDIT_TABLE_KEY, self)
        self.view.record_activated.connect(lambda _entry_id: self.show_record_history())

        self.verify_button = QPushButton(tr("Check integrity"))
        self.verify_button.setToolTip(tr("Check that no entry of the audit log has been "
                                         "altered, inserted or deleted."))
        self.verify_button.clicked.connect(self.verify)
        self.history_button = QPushButton(tr("History of this record"))
        self.history_button.setToolTip(tr("Every change of the record the selected entry "
                                          "concerns."))
        self.history_button.clicked.connect(self.show_record_history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)

        layout = page_layout(self, tr("Audit log"), tr(
            "Every change in the database is recorded here with who made it and when, newest "
            "first. The entries are chained together, so that an entry altered or removed "
            "outside the program is detected by the integrity check."))
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.view, 1)

    def selected_entry(self) -> dict[str, object] | None:
        """The audit entry (as the view shows it) under the cursor."""
        index = self.view.table.currentIndex()
        return self.view.model.row(index.row()) if index.isValid() else None

    def show_record_history(self) -> None:
        """Open the change history of the record the selected entry is about."""
        entry = self.selected_entry()
        if entry is None:
            set_message(self.result_label, tr("Select an entry of the list first."))
            return
        record_id = str(entry.get("record_id") or "")
        if not record_id:
            set_message(self.result_label, tr("This entry concerns no single record (for "
                                              "example a login), so it has no history."))
            return
        table_name = str(entry.get("table_name") or "")
        show_history(self, self.context, table_name, record_id, record_id)

    def verify(self) -> None:
        """Check the whole chain off the GUI thread and say what was found."""
        database = self.context.database
        self.verify_button.setEnabled(False)
        set_message(self.result_label, "")

        def job(progress: Progress) -> audit.ChainReport:
            return audit.check_chain(database, progress)

        self.task = run_in_background(self, tr("Checking the audit log…"), job,
                                      self._verified, self._verify_failed,
                                      on_cancelled=lambda: self.verify_button.setEnabled(True))

    def _verified(self, report: audit.ChainReport) -> None:
        self.verify_button.setEnabled(True)
        checked_at = local_time(datetime.now().astimezone(), with_seconds=True)
        if report.broken is None:
            set_message(self.result_label, tr(
                "The audit log is intact: none of its {count} entries has been altered, "
                "inserted or deleted (checked {time}).").format(count=report.entries,
                                                               time=checked_at), good=True)
        else:
            set_message(self.result_label, tr(
                "The audit log has been tampered with: {problem} Keep this database file as "
                "it is and tell the head of office (checked {time}).").format(
                    problem=audit.describe_break(report.broken), time=checked_at))

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        set_message(self.result_label, tr("The integrity check could not be done: {error}")
                    .format(error=error))

    def result_text(self) -> str:
        """What the page says about the last check."""
        return self.result_label.text() if not self.result_label.isHidden() else ""


register_page(PageInfo(
    key="audit",
    title=lambda: tr("Audit log"),
    group=group_system,
    factory=AuditPage,
    permission=Permission.VIEW_AUDIT,
    order=910,
))
