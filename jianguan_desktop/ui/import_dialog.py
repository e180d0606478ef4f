"""The Excel import dialog: choose a file (or download the template), every row checked, the
report of problems by row, then the import itself, all long steps in the background.

Nothing is written until the clerk chooses 「全部导入」 or 「仅导入无误的行」; the service backs
the database up first and writes in one transaction. ``imported(count)`` lets the page refresh.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.report import report_columns
from jianguan_desktop.services import imports
from jianguan_desktop.services.imports import ImportCheck, ImportIssue, ImportResult
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, show_error
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.widgets import (
    ERROR_STYLE,
    HELP_STYLE,
    OK_STYLE,
    ask_save_path,
    confirm,
    error_label,
    heading_label,
    help_label,
    inform,
    remember_folder,
    remembered_folder,
    safe_file_name,
    set_message,
)

IMPORT_FOLDER_KEY = "import.folder"
REPORT_HEIGHT = 620  # the dialog grows to this height when it lists problems
Index = QModelIndex | QPersistentModelIndex


class IssuesModel(QAbstractTableModel):
    """The problems of a check, one per line (tens of thousands stay quick: nothing is copied)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issues: Sequence[ImportIssue] = ()
        self.columns = report_columns()  # the same columns as the saved list

    def set_issues(self, issues: Sequence[ImportIssue]) -> None:
        """Show these problems."""
        self.beginResetModel()
        self.issues = issues
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self.issues[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(issue, self.columns[index.column()].key)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


class ImportDialog(QDialog):
    """Import one kind of list (``import_key``) from an Excel workbook, in three steps."""

    imported = Signal(int)

    def __init__(self, parent: QWidget | None, ctx: AppContext, import_key: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.import_key = import_key
        self.spec = imports.get_import(import_key)
        require(ctx.actor, self.spec.permission)
        self.title = self.spec.title()
        self.path: Path | None = None
        self.check: ImportCheck | None = None
        self.result_value: ImportResult | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(tr("Import from Excel — {title}").format(title=self.title))
        self.setMinimumWidth(760)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading_label(tr("Import “{title}” from Excel").format(
            title=self.title), scale=1.2))
        layout.addWidget(help_label(tr(
            "Fill in the template (one record per row) and choose the file. Every row is "
            "checked first; nothing is written until you choose to import, and the database "
            "is backed up before the import.")))
        layout.addLayout(self._build_file_step())
        layout.addWidget(self._build_report(), 1)
        self.message = error_label()
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())
        self._show_check(None)
        self.resize(860, self.sizeHint().height())

    # --- building -------------------------------------------------------------------------

    @staticmethod
    def _step_label(text: str) -> QLabel:
        return heading_label(text, scale=1.0)

    def _build_file_step(self) -> QGridLayout:
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(tr("No file chosen yet"))
        self.choose_button = QPushButton(tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(tr("Download template…"))
        self.template_button.setToolTip(tr("Save an empty workbook with the right columns, "
                                           "notes and drop-down lists"))
        self.template_button.clicked.connect(self.download_template)
        self.recheck_button = QPushButton(tr("Check again"))
        self.recheck_button.setToolTip(tr("Check the file again after correcting it in Excel"))
        self.recheck_button.clicked.connect(self.start_check)
        for button in (self.choose_button, self.template_button, self.recheck_button):
            button.setAutoDefault(False)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(self._step_label(tr("1. The file")), 0, 0, 1, 5)
        grid.addWidget(self.file_edit, 1, 0)
        grid.addWidget(self.choose_button, 1, 1)
        grid.addWidget(self.recheck_button, 1, 2)
        grid.addWidget(self.template_button, 1, 3)
        grid.setColumnStretch(0, 1)
        return grid

    def _build_report(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        column.addWidget(self._step_label(tr("2. The check")))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.summary)
        self.issues_model = IssuesModel(self)
        table = QTableView()
        table.setModel(self.issues_model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for section, width in enumerate((70, 150, 200)):
            header.resizeSection(section, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.issues_table = table
        column.addWidget(table, 1)
        self.filler = QWidget()  # takes the table's room while there is no problem to list
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(self.filler, 1)
        self.save_report_button = QPushButton(tr("Save the list of problems…"))
        self.save_report_button.setToolTip(tr("Save the problems as an Excel list, to correct "
                                              "the workbook beside it"))
        self.save_report_button.setAutoDefault(False)
        self.save_report_button.clicked.connect(self.save_report_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_report_button)
        column.addLayout(row)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.import_all_button = QPushButton(tr("Import all"))
        self.import_all_button.clicked.connect(lambda: self.start_import(valid_only=False))
        self.import_valid_button = QPushButton(tr("Import only the rows without problems"))
        self.import_valid_button.clicked.connect(self.import_valid_clicked)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self._step_label(tr("3. The import")))
        row.addStretch(1)
        for button in (self.import_valid_button, self.import_all_button, self.cancel_button):
            row.addWidget(button)
        return row

    # --- step 1: the file -----------------------------------------------------------------

    def _folder(self) -> Path:
        return remembered_folder(self.ctx.database, self.ctx.actor, IMPORT_FOLDER_KEY)

    def choose_file(self) -> None:
        """Ask for the workbook, then check it."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose the workbook to import"), str(self._folder()),
            tr("Excel workbook (*.xlsx);;All files (*)"))
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> BackgroundTask:
        """Take ``path`` as the file to import and check it."""
        self.path = path
        self.file_edit.setText(str(path))
        remember_folder(self.ctx.database, self.ctx.actor, IMPORT_FOLDER_KEY, path.parent)
        return self.start_check()

    def download_template(self) -> None:
        """Save the template where the clerk chooses."""
        start = self._folder() / safe_file_name(tr("{title} import template.xlsx").format(
            title=self.title))
        path = ask_save_path(self, tr("Save the template"), start,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return
        try:
            written = imports.write_template(self.import_key, path)
        except UserError as error:
            set_message(self.message, str(error))
            return
        set_message(self.message, tr("The template was saved as {path}. Fill it in from the "
                                     "third row on, then choose it here.").format(path=written),
                    good=True)

    # --- step 2: the check ----------------------------------------------------------------

    def _run(self, title: str, job: Callable[[Progress], Any],
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             on_cancelled: Callable[[], None]) -> BackgroundTask:
        self._set_busy(True)
        set_message(self.message, "")
        task = run_in_background(self, title, job, on_done, on_error,
                                 on_cancelled=on_cancelled)
        task.finished.connect(lambda: self._set_busy(False))
        self.task = task
        return task

    def start_check(self) -> BackgroundTask | None:
        """Check every row of the chosen file in the background (nothing is written)."""
        if self.path is None:
            return None
        database, actor, key, path = self.ctx.database, self.ctx.actor, self.import_key, self.path

        def job(progress: Progress) -> ImportCheck:
            return imports.check_file(database, actor, key, path, progress=progress)

        def failed(error: BaseException) -> None:
            self._show_check(None)
            self._say_failure(tr("Checking the file"), error)

        def cancelled() -> None:
            self._show_check(None)
            set_message(self.message, tr("The check was cancelled; nothing was imported."))

        self._show_check(None, checking=True)
        return self._run(tr("Checking {name}…").format(name=path.name), job, self._show_check,
                         failed, cancelled)

    def _say_failure(self, title: str, error: BaseException) -> None:
        if isinstance(error, UserError):
            set_message(self.message, str(error))
        else:
            show_error(self, title, error)

    def _show_check(self, check: ImportCheck | None, checking: bool = False) -> None:
        self.check = check
        self.issues_model.set_issues(check.issues if check is not None else ())
        has_issues = check is not None and bool(check.issues)
        self.issues_table.setVisible(has_issues)
        self.save_report_button.setVisible(has_issues)
        self.filler.setVisible(not has_issues)
        if has_issues and self.height() < REPORT_HEIGHT:
            self.resize(max(self.width(), 900), REPORT_HEIGHT)  # room for the list
        if check is None:
            self.summary.setText(html.escape(tr("Checking the file…") if checking else tr(
                "Choose a file: every row will be checked before anything is written.")))
        else:
            counts, where, verdict = self.summary_parts(check)
            style = ERROR_STYLE if check.issues or not check.total_rows else OK_STYLE
            self.summary.setText(
                f"<b>{html.escape(counts)}</b><br><span style='{HELP_STYLE}'>"
                f"{html.escape(where)}</span><br><span style='{style}'>"
                f"{html.escape(verdict)}</span>")
        self._update_buttons()

    @staticmethod
    def summary_parts(check: ImportCheck) -> tuple[str, str, str]:
        """「读取 120 行，无误 118 行，有问题 2 行。」, where the data was found, what to do."""
        counts = tr("Rows read: {total}. Without problems: {valid}. With problems: "
                    "{problems}.").format(total=f"{check.total_rows:,}",
                                          valid=f"{check.valid_rows:,}",
                                          problems=f"{check.problem_rows:,}")
        where = tr("Sheet “{sheet}”, headers in row {row}.").format(
            sheet=check.sheet, row=check.header_row)
        if check.ignored_columns:
            where += " " + tr("Columns not used: {columns}.").format(
                columns="、".join(check.ignored_columns))
        if check.total_rows == 0:
            verdict = tr("There are no rows under the headers: there is nothing to import.")
        elif not check.issues:
            verdict = tr("Every row is in order and can be imported.")
        elif check.valid_rows:
            verdict = tr("Correct the rows listed below in Excel and check again, or import "
                         "only the rows without problems.")
        else:
            verdict = tr("No row can be imported: correct the rows listed below in Excel and "
                         "check again.")
        return counts, where, verdict

    def _set_busy(self, busy: bool) -> None:
        for button in (self.choose_button, self.template_button, self.recheck_button):
            button.setEnabled(not busy)
        self._update_buttons(busy)

    def _update_buttons(self, busy: bool = False) -> None:
        check = self.check
        clean = check is not None and check.total_rows > 0 and not check.issues
        partly = check is not None and bool(check.issues) and check.valid_rows > 0
        self.recheck_button.setEnabled(self.path is not None and not busy)
        self.import_all_button.setEnabled(clean and not busy)
        self.import_all_button.setDefault(clean)
        self.import_valid_button.setVisible(partly)
        self.import_valid_button.setEnabled(partly and not busy)

    def save_report_clicked(self) -> None:
        """Save the problems as an Excel list next to the file."""
        if self.check is None or self.path is None:
            return
        start = self.path.with_name(safe_file_name(tr("{name} problems.xlsx").format(
            name=self.path.stem)))
        path = ask_save_path(self, tr("Save the list of problems"), start,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is not None:
            self.save_report_to(path)

    def save_report_to(self, path: Path) -> BackgroundTask | None:
        """Write the problem list to ``path`` in the background."""
        if self.check is None:
            return None
        issues, title = self.check.issues, self.windowTitle()

        def job(_progress: Progress) -> int:
            return imports.save_report(issues, path, title)

        def done(count: int) -> None:
            set_message(self.message, tr("{count} problems saved to {path}").format(
                count=f"{count:,}", path=path), good=True)

        return self._run(tr("Save the list of problems"), job, done,
                         lambda error: self._say_failure(tr("Save the list of problems"), error),
                         lambda: None)

    # --- step 3: the import ---------------------------------------------------------------

    def import_valid_clicked(self) -> None:
        """Import the rows without problems, after saying how many will be left out."""
        check = self.check
        if check is None:
            return
        if confirm(self, tr("Import only the rows without problems"), tr(
                "{problems} rows with problems will be skipped and {valid} rows imported. "
                "The skipped rows can be imported later from a corrected file. "
                "Continue?").format(problems=f"{check.problem_rows:,}",
                                     valid=f"{check.valid_rows:,}")):
            self.start_import(valid_only=True)

    def start_import(self, valid_only: bool) -> BackgroundTask | None:
        """Back up, then import in one transaction, in the background."""
        if self.path is None:
            return None
        database, actor, key, path = self.ctx.database, self.ctx.actor, self.import_key, self.path

        def job(progress: Progress) -> ImportResult:
            return imports.run_import(database, actor, key, path, valid_only=valid_only,
                                      progress=progress)

        def failed(error: BaseException) -> None:
            found = getattr(error, "check", None)
            if isinstance(found, ImportCheck):  # the file changed since it was checked
                self._show_check(found)
            self._say_failure(tr("Import from Excel"), error)

        def cancelled() -> None:
            set_message(self.message, tr("The import was cancelled; nothing was written."))

        return self._run(tr("Importing {name}…").format(name=path.name), job, self._finished,
                         failed, cancelled)

    @staticmethod
    def result_text(result: ImportResult) -> str:
        """What the import did, for the closing message."""
        lines = [tr("{count} records were imported.").format(count=f"{result.imported:,}")]
        if result.skipped:
            lines.append(tr("{count} rows with problems were skipped.").format(
                count=f"{result.skipped:,}"))
        if result.backup_file is not None:
            lines.append(tr("Before the import the database was backed up to\n{path}").format(
                path=result.backup_file))
        return "\n".join(lines)

    def _finished(self, result: ImportResult) -> None:
        self.result_value = result
        self.imported.emit(result.imported)
        inform(self.parentWidget(), tr("Import from Excel"), self.result_text(result))
        self.accept()

    def reject(self) -> None:
        """Cancel closes the dialog; a job under way is asked to stop first."""
        if self.task is not None and not self.task.done:
            self.task.cancel()
            return
        super().reject()


def open_import(parent: QWidget | None, ctx: AppContext, import_key: str,
                on_imported: Callable[[int], None] | None = None) -> ImportDialog | None:
    """Open the import dialog (``on_imported(count)`` after a successful import, e.g. to
    refresh the page); an unknown import or a missing permission is said in a message."""
    try:
        dialog = ImportDialog(parent, ctx, import_key)
    except UserError as error:
        show_error(parent, tr("Import from Excel"), error)
        return None
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
