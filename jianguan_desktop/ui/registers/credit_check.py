"""The credit check page (台账 → 信用核查): type a code or a name and a date, see every entity
matched with its grade and every listing in force that day, save and print the 信用核查记录.

Everything goes through :mod:`jianguan_desktop.services.credit_check`; the check runs off the
GUI thread; below the result, the register of saved checks, each printable again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import credit_check
from jianguan_desktop.services.credit_check import CheckRecordInfo, CreditCheckResult
from jianguan_desktop.services.credit_grades import grade_labels
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, show_error
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import (
    FittingForm,
    ReadOnlyTable,
    entry_headers,
    entry_row,
)
from jianguan_desktop.ui.widgets import (
    action_button,
    error_label,
    heading_label,
    help_label,
    page_layout,
    set_message,
)

load_registers()  # the record's form is registered by the services
RECORD_FORM = "credit_check_record"
LISTED_STYLE = "color: #b00020; font-weight: bold;"
CLEAR_STYLE = "color: #1b7f3b; font-weight: bold;"


class SaveCheckForm(FittingForm):
    """保存核查记录: for which project and purpose the check was made."""

    def __init__(self, ctx: AppContext, query: str, on: date,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.query = query
        self.on = on
        labels = credit_check.field_labels()
        fields = [
            FieldDef("project", labels["project"], required=True, max_length=300,
                     placeholder=tr("The project and its number, as in the tender file")),
            FieldDef("purpose", labels["purpose"], max_length=300,
                     placeholder=tr("Such as: qualification review of the winning bidder")),
            FieldDef("remarks", labels["remarks"], max_length=1000),
        ]
        super().__init__(fields, self._save_check, {}, tr("Save the credit check record"),
                         parent)
        self.setMinimumWidth(560)
        self.save_button.setText(tr("Save and print"))
        box_layout = self.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.insertWidget(0, help_label(tr(
            "The check of “{query}” as of {day} is saved with what was found, numbered, and "
            "printed for the tender file.").format(query=query.strip(), day=on.isoformat())))

    def _save_check(self, values: dict[str, Any]) -> CheckRecordInfo:
        return credit_check.record_check(self.ctx.database, self.ctx.actor, self.query,
                                         self.on, project=values["project"],
                                         purpose=values["purpose"],
                                         remarks=values["remarks"])


class CreditCheckPage(RegisterPage):
    """The check of one bidder on one day, and the register of checks saved."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, credit_check.TABLE_KEY, parent)
        self.result: CreditCheckResult | None = None
        self.checked_text = ""
        self.task: BackgroundTask | None = None
        self.preview_task: BackgroundTask | None = None
        self.dialog: SaveCheckForm | None = None
        self.view.record_activated.connect(lambda _id: self.print_selected())

        self.query_box = QLineEdit()
        self.query_box.setPlaceholderText(tr(
            "Unified social credit code, ID card number or name"))
        self.query_box.setClearButtonEnabled(True)
        self.query_box.setMinimumWidth(360)
        self.query_box.returnPressed.connect(self.check)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setToolTip(tr("The listings in force on this day are shown"))
        self.check_button = QPushButton(tr("Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.query_error = error_label()
        self.query_error.setObjectName("error_query")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        self.entities = ReadOnlyTable([tr("Name"), tr("Code"), tr("Kind of entity"),
                                       tr("Credit grade")])
        self.listings = ReadOnlyTable(entry_headers())
        self.entities_label = QLabel(tr("Entities matched"))
        self.listings_label = QLabel(tr("Listings in force on that day"))
        self.save_button = action_button(tr("Save record…"), tr(
            "Save this check as a 信用核查记录 for the tender file, with its project and "
            "purpose, and print it"), self.save_check)
        self.print_button = action_button(tr("Print check record"), tr(
            "Print the selected saved check again (or double-click it)"), self.print_selected)

        layout = page_layout(self, tr("Credit check"), tr(
            "Type a unified social credit code, an ID card number or a name (any part of it) "
            "to see every entry of the blacklist, the redlist and the watch list in force on "
            "the chosen day: this office's and those the city sends down."))
        layout.addLayout(self._query_row())
        layout.addWidget(self.query_error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._results())
        splitter.addWidget(self._saved())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._show_result(None)

    def _query_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Code or name")))
        row.addWidget(self.query_box, 3)
        row.addWidget(QLabel(tr("As of")))
        row.addWidget(self.day)
        row.addWidget(self.check_button)
        row.addStretch(1)
        return row

    def _results(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.verdict)
        column.addWidget(self.entities_label)
        column.addWidget(self.entities, 1)
        column.addWidget(self.listings_label)
        column.addWidget(self.listings, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _saved(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        title = QHBoxLayout()
        title.addWidget(heading_label(tr("Saved check records"), scale=1.1))
        title.addWidget(self.print_button)
        title.addStretch(1)
        column.addLayout(title)
        column.addWidget(self.view, 1)
        return box

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(self.view.current_id() is not None)

    # --- checking ---------------------------------------------------------------------------

    def on(self) -> date:
        """The day chosen."""
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def check(self) -> BackgroundTask | None:
        """Run the check off the GUI thread; the result replaces the one shown."""
        if self.task is not None and not self.task.done:
            return None
        database, actor = self.context.database, self.context.actor
        text, day = self.query_box.text(), self.on()
        set_message(self.query_error, "")

        def job(_progress: Any) -> CreditCheckResult:
            return credit_check.check_credit(database, actor, text, day)

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                set_message(self.query_error, str(error))
                self.query_box.setFocus()
                self._show_result(None)
            else:
                show_error(self, tr("Credit check"), error)

        def done(result: CreditCheckResult) -> None:
            self.checked_text = text  # what is saved: the text checked, not what is typed now
            self._show_result(result)

        self.check_button.setEnabled(False)
        self.task = run_in_background(self, tr("Credit check"), job, done, failed,
                                      blocks_quit=False)
        self.task.finished.connect(lambda: self.check_button.setEnabled(True))
        return self.task

    def _show_result(self, result: CreditCheckResult | None) -> None:
        self.result = result
        grades = grade_labels()
        if result is None:
            self.verdict.hide()
            self.entities.set_rows([])
            self.listings.set_rows([])
        else:
            self.verdict.setText(result.summary)
            self.verdict.setStyleSheet(LISTED_STYLE if result.listed else CLEAR_STYLE)
            self.verdict.show()
            self.entities.set_rows([entity.name, entity.code, entity.kind_label,
                                    grades.get(entity.grade or "", tr("Not graded"))]
                                   for entity in result.entities)
            self.listings.set_rows(entry_row(entry) for entry in result.listings)
        count = 0 if result is None else len(result.entities)
        total = 0 if result is None else max(result.entities_total, count)
        self.entities_label.setText(tr("Entities matched: {count}").format(count=total)
                                    if total <= count else tr(
            "Entities matched: {total}, the first {count} shown").format(total=total,
                                                                         count=count))
        self.listings_label.setText(tr("Listings in force on that day: {count}").format(
            count=0 if result is None else len(result.listings)))
        self.save_button.setEnabled(result is not None
                                    and self.context.actor.can(Permission.WRITE))

    def verdict_text(self) -> str:
        """The verdict line shown (empty before a check)."""
        return "" if self.verdict.isHidden() else self.verdict.text()

    # --- saving and printing ----------------------------------------------------------------

    def save_check(self) -> SaveCheckForm | None:
        """Ask project and purpose, save the record, then preview it for printing."""
        if self.result is None:
            return None
        self.dialog = SaveCheckForm(self.context, self.checked_text, self.result.on, self)
        self.dialog.saved.connect(self._saved_record)
        self.dialog.open()
        return self.dialog

    def _saved_record(self, info: CheckRecordInfo) -> None:
        self.view.refresh()
        self.preview_task = show_form_preview(self, self.context, RECORD_FORM, info.number)

    def print_selected(self) -> None:
        """Print the selected saved check again."""
        info = self.read_selected(credit_check.get_check)
        if info is not None:
            self.preview_task = show_form_preview(self, self.context, RECORD_FORM, info.number)


register_page(PageInfo(
    key="credit_check",
    title=lambda: tr("Credit check"),
    group=group_registers,
    factory=CreditCheckPage,
    permission=Permission.READ,
    order=130,
))
