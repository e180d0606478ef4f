"""The 预警 page (issue 9 part 3): the warnings the rules raise now, each with its rule, what
it is about and since when; filter by rule, open the record in its register, mark a warning
handled with a note, and show the handled ones with their note, who and when.

The warnings come from :mod:`jianguan_desktop.services.warnings`, found off the GUI thread.
:func:`open_record` (also used by the home page) opens a record's page and finds the record
in its list.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import warnings as wn
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, show_error
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.record_form import FieldDef, RecordForm
from jianguan_desktop.ui.register_view import RegisterView
from jianguan_desktop.ui.widgets import (
    action_button,
    confirm,
    local_time,
    page_layout,
    set_message,
    show_user_error,
)

PAGE_KEY = "warnings"
FIND_ROWS = 200  # rows of the register's list looked through for the record opened
SHOWN_ROWS = 1000  # at most this many warnings listed at once (choose a rule to see others)


def open_record(widget: QWidget, context: AppContext, page: str, search: str = "",
                record_id: str = "") -> bool:
    """Open ``page`` and, when it lists records, search it for ``search`` and select the row
    of ``record_id``; ``False`` when this user has no such page."""
    if not page or not context.show_page(page):
        return False
    window = widget.window()
    finder = getattr(window, "page_widget", None)
    shown = finder(page) if callable(finder) else None
    view = shown.findChild(RegisterView) if isinstance(shown, QWidget) else None
    if view is None or not search:
        return True
    view.search_box.setText(search)
    view.apply_search()
    for row in range(min(view.model.rowCount(), FIND_ROWS)):
        if not record_id or view.model.row_id(row) == record_id:
            view.table.selectRow(row)
            view.table.setFocus()
            break
    return True


class MarkHandledDialog(RecordForm):
    """标记已处理: what was done about the warning (required); the mark is audited."""

    def __init__(self, context: AppContext, warning: wn.EarlyWarning,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        self.context = context
        self.warning = warning
        self.today = today
        fields = [FieldDef("note", tr("What was done"), "text", required=True,
                           max_length=wn.NOTE_MAX,
                           help=tr("e.g. talked to the company and put it on the focus list; "
                                   "kept with the mark and in the audit log"))]
        super().__init__(fields, self._save, {}, tr("Mark handled: {title}").format(
            title=warning.title), parent)
        self.setMinimumWidth(560)

    def _save(self, values: dict[str, Any]) -> wn.HandledWarning:
        warning = self.warning
        return wn.mark_handled(self.context.database, self.context.actor, warning.rule,
                               warning.warning_key, str(values.get("note") or ""),
                               warning.target_table, warning.target_id, self.today)


class WarningsPage(QWidget):
    """The warnings in force (or, with the toggle, those handled) in one list."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.task: BackgroundTask | None = None
        self.warnings: list[wn.EarlyWarning] = []
        self.handled: list[wn.HandledWarning] = []
        self.total = 0
        self.dialog: MarkHandledDialog | None = None

        self.rule_box = QComboBox()
        self.rule_box.addItem(tr("Every rule"), "")
        for rule in wn.rules():
            self.rule_box.addItem(rule.label(), rule.key)
        self.rule_box.currentIndexChanged.connect(lambda _index: self.reload())
        self.handled_box = QCheckBox(tr("Show handled warnings"))
        self.handled_box.toggled.connect(lambda _on: self.reload())
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Rule")))
        bar.addWidget(self.rule_box, 1)
        bar.addWidget(self.handled_box)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.open_selected())

        self.open_button = action_button(tr("Open the record"), tr(
            "Open the register of the selected warning at its record"), self.open_selected)
        self.mark_button = action_button(tr("Mark handled…"), tr(
            "Say what was done about the selected warning; it leaves the list (audited)"),
            self.mark_selected)
        self.reopen_button = action_button(tr("Take the mark back…"), tr(
            "The selected warning is raised again while its cause holds"), self.reopen_selected)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.mark_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = page_layout(self, tr("Early warnings"), tr(
            "What the warning rules find in the registers now: deadlines, entities complained "
            "about often or on the black list, repeated problems, items not inspected, units "
            "without a liaison. Each names the rule that raised it (the rules and their "
            "thresholds are under Settings → Early warnings). Mark a warning handled with what "
            "was done; it comes back when the matter occurs again."))
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def chosen_rule(self) -> str:
        """The rule chosen in the filter (empty: every rule)."""
        return str(self.rule_box.currentData() or "")

    def showing_handled(self) -> bool:
        """Whether the list shows the handled warnings."""
        return self.handled_box.isChecked()

    def choose_rule(self, key: str) -> None:
        """Show one rule's warnings (empty: every rule's)."""
        index = self.rule_box.findData(key)
        self.rule_box.setCurrentIndex(max(index, 0))

    def reload(self) -> BackgroundTask | None:
        """Find the warnings (or read the handled ones) again, off the GUI thread."""
        if self.task is not None and not self.task.done:
            return self.task
        database, actor, today = self.context.database, self.context.actor, self.today
        rule, handled = self.chosen_rule() or None, self.showing_handled()
        self.refresh_button.setEnabled(False)
        set_message(self.message, "")
        self.summary.setText(tr("Looking for warnings…"))

        def job(_progress: Progress) -> Any:
            if handled:
                return wn.handled_warnings(database, actor, rule)
            return wn.current_warnings(database, actor, today, rule)

        def done(found: Any) -> None:
            self.refresh_button.setEnabled(True)
            if handled:
                self.show_handled(found)
            else:
                self.show_warnings(found)
            if (rule or None) != (self.chosen_rule() or None) or handled != self.showing_handled():
                self.reload()  # the filter changed while the job ran

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.summary.setText("")
            if isinstance(error, UserError):
                set_message(self.message, str(error))
            else:
                show_error(self, tr("Early warnings"), error)

        self.task = run_in_background(self, tr("Early warnings"), job, done, failed,
                                      show_progress=False, blocks_quit=False)
        return self.task

    def _fill(self, headers: list[str], rows: list[list[str]], tips: list[str]) -> None:
        self.table.clearContents()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for row, (cells, tip) in enumerate(zip(rows, tips, strict=True)):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(len(headers)):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 180))
        self.table.setColumnWidth(1, min(max(self.table.columnWidth(1), 200), 360))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def show_warnings(self, found: list[wn.EarlyWarning]) -> None:
        """List the warnings in force."""
        self.total = len(found)
        shown = found[:SHOWN_ROWS]
        self.warnings, self.handled = shown, []
        self._fill([tr("Rule"), tr("Warning"), tr("Detail"), tr("Since")],
                   [[item.rule_label, item.title, item.detail, item.raised_on.isoformat()]
                    for item in shown], [item.detail for item in shown])
        if not found:
            self.summary.setText(tr("No warning at the moment."))
        elif len(shown) < len(found):
            self.summary.setText(tr("{count} warnings; the first {shown} are listed. Choose a "
                                    "rule to see the others.").format(
                count=f"{len(found):,}", shown=f"{len(shown):,}"))
        else:
            self.summary.setText(tr("{count} warnings.").format(count=f"{len(found):,}"))

    def show_handled(self, found: list[wn.HandledWarning]) -> None:
        """List the handled warnings with their note, who and when."""
        self.warnings, self.handled = [], found
        self._fill([tr("Rule"), tr("Warning"), tr("What was done"), tr("Handled by"),
                    tr("Handled on"), tr("Recorded at")],
                   [[item.rule_label, item.warning_key, item.note, item.handled_by,
                     item.handled_on.isoformat(), local_time(item.created_at)]
                    for item in found], [item.note for item in found])
        self.summary.setText(tr("{count} warnings marked handled.").format(count=len(found))
                             if found else tr("No warning has been marked handled."))

    # --- acting -------------------------------------------------------------------------

    def selected_warning(self) -> wn.EarlyWarning | None:
        """The warning of the selected row (none in the handled list)."""
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection():
            return None
        return self.warnings[row] if 0 <= row < len(self.warnings) else None

    def selected_handled(self) -> wn.HandledWarning | None:
        """The handled warning of the selected row."""
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection():
            return None
        return self.handled[row] if 0 <= row < len(self.handled) else None

    def _update_buttons(self) -> None:
        warning = self.selected_warning()
        writer = self.context.actor.can(Permission.WRITE)
        self.open_button.setEnabled(warning is not None and bool(warning.page))
        self.mark_button.setEnabled(warning is not None and writer)
        self.reopen_button.setEnabled(self.selected_handled() is not None and writer)
        self.mark_button.setVisible(not self.showing_handled())
        self.open_button.setVisible(not self.showing_handled())
        self.reopen_button.setVisible(self.showing_handled())

    def open_selected(self) -> bool:
        """Open the selected warning's record in its register."""
        warning = self.selected_warning()
        if warning is None:
            return False
        return open_record(self, self.context, warning.page, warning.search, warning.record_id)

    def mark_selected(self) -> MarkHandledDialog | None:
        """Open the 标记已处理 dialog for the selected warning (the list reloads once saved)."""
        warning = self.selected_warning()
        if warning is None:
            return None
        self.dialog = MarkHandledDialog(self.context, warning, self.today, self)
        self.dialog.saved.connect(lambda _info: self.reload())
        self.dialog.open()
        return self.dialog

    def reopen_selected(self) -> None:
        """Take the selected mark back, after asking."""
        handled = self.selected_handled()
        if handled is None or not confirm(self, tr("Take the mark back"), tr(
                "Raise this warning again while its cause holds?")):
            return
        try:
            wn.reopen_warning(self.context.database, self.context.actor, handled.id)
        except UserError as error:
            show_user_error(self, error)
            return
        self.reload()


class WarningsSummary(QLabel):
    """For the home page: how many warnings each rule raises now, each a link to the list
    (found off the GUI thread); hidden from a user who may not read the registers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.task: BackgroundTask | None = None
        self.counts: list[wn.RuleCount] = []
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(self.open_link)
        self.setVisible(context.actor.can(Permission.READ))

    def refresh(self) -> BackgroundTask | None:
        """Count the warnings again."""
        if not self.context.actor.can(Permission.READ):
            return None
        if self.task is not None and not self.task.done:
            return self.task
        database, actor, today = self.context.database, self.context.actor, self.today
        self.setText(tr("<b>Early warnings:</b> looking…"))

        def job(_progress: Progress) -> list[wn.RuleCount]:
            return wn.warning_counts(database, actor, today)

        def failed(error: BaseException) -> None:
            self.setText(str(error) if isinstance(error, UserError) else "")

        self.task = run_in_background(self, tr("Early warnings"), job, self.show_counts,
                                      failed, show_progress=False, blocks_quit=False)
        return self.task

    def show_counts(self, counts: list[wn.RuleCount]) -> None:
        """Say per rule how many warnings it raises (rules with none are left out)."""
        self.counts = counts
        raised = [count for count in counts if count.count]
        if not raised:
            self.setText(tr("<b>Early warnings:</b> none at the moment. <a href=\"warnings\">"
                            "See the list</a>"))
            return
        rules = "、".join(f'<a href="{PAGE_KEY}:{count.rule}">{count.label}</a> {count.count:,}'
                         for count in raised)
        self.setText(tr("<b>Early warnings:</b> {rules}. <a href=\"warnings\">See the list"
                        "</a>").format(rules=rules))

    def summary_text(self) -> str:
        """The summary as plain text (tests)."""
        return self.text()

    def open_link(self, href: str) -> None:
        """Open the 预警 page, with the rule of the link chosen."""
        _page, _colon, rule = href.partition(":")
        if not self.context.show_page(PAGE_KEY):
            return
        finder = getattr(self.window(), "page_widget", None)
        page = finder(PAGE_KEY) if callable(finder) else None
        if isinstance(page, WarningsPage):
            page.choose_rule(rule)


register_page(PageInfo(
    key=PAGE_KEY,
    title=lambda: tr("Early warnings"),
    group=group_home,
    factory=WarningsPage,
    permission=Permission.READ,
    order=15,  # between the home page and the statistics
))
