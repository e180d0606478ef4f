"""The case transfers page (台账 → 案件移送): register a case to transfer from a complaint, list its
materials, send it, record the receipt, the feedback and the closing, print the 移送书 and 回执.

Everything goes through :mod:`jianguan_desktop.services.transfers`; a step the rules refuse is
shown at its field in Chinese and nothing is written. Rows whose feedback is overdue are red.
The source chooser, the attachments editor and the detail dialog are shared with the 协查 page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.transfers import (
    Attachment,
    FeedbackKind,
    SourceKind,
    Status,
    Step,
    TransferError,
    check_draft,
)
from jianguan_desktop.errors import NotFoundError, UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import complaints, transfer_forms, transfers
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from jianguan_desktop.services.transfers import TransferInfo, field_labels
from jianguan_desktop.ui.attachments_dialog import AttachmentsDialog, open_attachments
from jianguan_desktop.ui.background import BackgroundTask
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef, RecordForm
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import (
    FittingForm,
    ReadOnlyTable,
    day_text,
    fit_height,
)
from jianguan_desktop.ui.registers.credit_lists import menu_action
from jianguan_desktop.ui.widgets import (
    ERROR_STYLE,
    action_button,
    confirm,
    heading_label,
    help_label,
    inform,
)

load_registers()  # the transfer forms are registered by the services
OVERDUE_COLOUR = "#f6d5d8"  # as the complaints page
COMPLAINT = SourceKind.COMPLAINT.value
RECENT_COMPLAINTS = 200
DRAFT = Status.DRAFT.value
ENDED = frozenset({Status.CLOSED.value})
EDITOR_ROWS = 4


def overdue_colour(overdue: bool) -> QColor | None:
    """The background of a row whose answer is overdue (``None``: the usual one)."""
    return QColor(OVERDUE_COLOUR) if overdue else None


# --- the source: a complaint typed or picked ----------------------------------------------------

class SourcePicker(QComboBox):
    """The number of the source record, typed or picked from the latest complaints; below it
    what the number stands for."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.known: dict[str, str] = {}
        self.note = help_label("")
        self.lineEdit().setPlaceholderText(tr("Such as 投诉〔2026〕3号"))
        self.editTextChanged.connect(lambda _text: self._describe())

    def offer_complaints(self, offered: bool) -> None:
        """Fill the list with the latest complaints (or empty it for another source)."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        if offered:
            if not self.known:
                self.known = recent_complaints(self.ctx)
            for number, text_of in self.known.items():
                self.addItem(number)
                self.setItemData(self.count() - 1, text_of, Qt.ItemDataRole.ToolTipRole)
        self.setEditText(text)
        self.blockSignals(False)
        self._describe()

    def ref(self) -> str:
        """The number typed or picked."""
        return self.currentText().strip()

    def set_ref(self, ref: str) -> None:
        """Show a number."""
        self.setEditText(ref)

    def _describe(self) -> None:
        self.note.setText(self.known.get(self.ref(), "") if self.count() else "")
        self.note.setVisible(bool(self.note.text()))


def recent_complaints(ctx: AppContext) -> dict[str, str]:
    """The latest complaints the user may read: number → who and which project."""
    try:
        rows = fetch_rows(ctx.database, ctx.actor, get_table(complaints.TABLE_KEY),
                          TableQuery(sort=(("number", "desc"),)), 0, RECENT_COMPLAINTS)
    except UserError:
        return {}  # the number can still be typed; it is checked on saving
    return {str(row["number"]): "；".join(str(row.get(key) or "") for key in (
        "respondent_name", "project_name") if row.get(key)) for row in rows if row["number"]}


def resolve_source(ctx: AppContext, kind: str, ref: str) -> dict[str, Any]:
    """The source fields of a transfer or request: a complaint is looked up by its number
    (refused at the field when there is none); other sources keep what was typed."""
    if kind != COMPLAINT:
        return {"source_kind": kind, "source_id": None, "source_ref": ref}
    if not ref:
        raise ValidationError(tr("Type or pick the number of the complaint the case comes "
                                 "from."), field="source_ref")
    try:
        found = complaints.get_complaint(ctx.database, ctx.actor, ref)
    except NotFoundError:
        raise ValidationError(tr("No complaint numbered “{ref}” was found; type its number "
                                 "as 投诉〔2026〕3号 or pick it from the list.").format(ref=ref),
                              field="source_ref") from None
    return {"source_kind": kind, "source_id": found.id, "source_ref": found.number}


def source_fields() -> list[FieldDef]:
    """The source kind (the number is a :class:`SourcePicker` added by the form)."""
    return [FieldDef("source_kind", field_labels()["source_kind"], "combo", required=True,
                     choices=list(transfers.source_labels().items()))]


class SourcedForm(FittingForm):
    """A form whose case comes from a source record: the kind, then the number typed or
    picked; a complaint's number is checked on saving and its id kept."""

    def __init__(self, ctx: AppContext, fields: Sequence[FieldDef],
                 save: Callable[[dict[str, Any]], Any], values: dict[str, Any], title: str,
                 parent: QWidget | None) -> None:
        self.ctx = ctx
        super().__init__(fields, save, values, title, parent)
        self.setMinimumWidth(680)
        self.source = SourcePicker(ctx)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.source)
        column.addWidget(self.source.note)
        self.form.add_field("source_ref", field_labels()["source_ref"], box,
                            aliases=("source_id",))
        self.widgets["source_ref"] = box
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        taken = layout.takeRow(layout.rowCount() - 1)  # the number follows its kind
        layout.insertRow(1, taken.labelItem.widget(), taken.fieldItem.widget())
        kind = self.widgets["source_kind"]
        assert isinstance(kind, QComboBox)
        kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.source.activated.connect(lambda _index: self.source_picked())
        self.source.set_ref(str(values.get("source_ref") or ""))
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.source.offer_complaints(self.values()["source_kind"] == COMPLAINT)
        fit_height(self)

    def source_picked(self) -> None:
        """A complaint picked: empty fields are filled from it (pages override)."""

    def put(self, key: str, value: Any) -> None:
        """Show a value in one field."""
        self._set_value(next(field for field in self.fields if field.key == key), value)

    def source_values(self) -> dict[str, Any]:
        """The source as the service wants it (a complaint looked up by its number)."""
        return resolve_source(self.ctx, self.values()["source_kind"] or "", self.source.ref())

    def is_dirty(self) -> bool:
        return super().is_dirty() or self.source.ref() != self._initial_ref

    def set_values(self, values: Any) -> None:
        super().set_values(values)
        self._initial_ref = self.source.ref() if hasattr(self, "source") else ""


# --- the attachments list -----------------------------------------------------------------------

class AttachmentsEditor(QWidget):
    """The materials sent with a case (移送材料清单): name, pages and copies, one row each;
    rows are added and removed with the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Name of the material"), tr("Pages"),
                                              tr("Copies")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, header.fontMetrics().horizontalAdvance("0000")
                                      + 4 * header.fontMetrics().averageCharWidth())
        self.table.setFixedHeight(self.table.verticalHeader().defaultSectionSize()
                                  * EDITOR_ROWS + header.sizeHint().height() + 4)
        self.add_button = QPushButton(tr("Add material"))
        self.add_button.setToolTip(tr("Add a row for one more material"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(tr("Remove material"))
        self.remove_button.setToolTip(tr("Remove the selected row"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, name: str = "", pages: int | None = None, copies: int = 1) -> int:
        """Add one material (empty: to be typed in); its row number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, "" if pages is None else str(pages),
                                       str(copies))):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)
        self.table.setCurrentCell(row, 0)
        if not name:
            self.table.editItem(self.table.item(row, 0))
        return row

    def remove_row(self) -> None:
        """Remove the selected material."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_items(self, items: Iterable[Attachment]) -> None:
        """Show a list of materials."""
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item.name, item.pages, item.copies)

    def items(self) -> list[dict[str, str]]:
        """The rows as typed (rows left wholly empty are skipped); the service checks them."""
        rows = []
        for row in range(self.table.rowCount()):
            name, pages, copies = ((self.table.item(row, column) or QTableWidgetItem()).text()
                                   .strip() for column in range(3))
            if name or pages or copies not in ("", "1"):
                rows.append({"name": name, "pages": pages, "copies": copies})
        return rows


def add_attachments_field(form: RecordForm, help_text: str = "") -> AttachmentsEditor:
    """Give a form the attachments list as its field ``attachments``."""
    editor = AttachmentsEditor()
    form.form.add_field("attachments", field_labels()["attachments"], editor, help_text)
    form.widgets["attachments"] = editor
    return editor


# --- the detail of a record ---------------------------------------------------------------------

Row = tuple[str, str] | str  # (label, text), or a heading that starts a section


class RecordDetailDialog(QDialog):
    """A record in full: sections of labelled values (empty ones left out), values in
    ``alarming`` shown in red, and an optional table at the end."""

    def __init__(self, title: str, rows: Sequence[Row], alarming: Iterable[str] = (),
                 table: ReadOnlyTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(700, 600)
        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(form)
        column.addStretch(1)  # spare height below the rows, not between them
        red = set(alarming)
        self.values: dict[str, str] = {}
        for row in rows:
            if isinstance(row, str):
                form.addRow(heading_label(row, scale=1.1))
                continue
            label, text = row
            if not text:
                continue
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label in red:
                value.setStyleSheet(ERROR_STYLE)
            form.addRow(label, value)
            self.values[label] = text
        self.table = table
        if table is not None:
            table.setFixedHeight(table.verticalHeader().defaultSectionSize()
                                 * (table.rowCount() + 1) + table.frameWidth() * 2 + 4)
            form.addRow(table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)


def open_record_detail(parent: QWidget, dialog: RecordDetailDialog) -> RecordDetailDialog:
    """Show a detail dialog (modal to its window; it deletes itself when closed)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def source_text(label: str, ref: str) -> str:
    """Where a case comes from: ``投诉举报 投诉〔2026〕3号``."""
    return f"{label} {ref}".strip()


def attachment_rows(items: Iterable[Attachment]) -> list[list[str]]:
    """The materials as rows: number, name, pages, copies."""
    return [[str(index), item.name, "" if item.pages is None else str(item.pages),
             str(item.copies)] for index, item in enumerate(items, start=1)]


def attachments_table(items: Sequence[Attachment]) -> ReadOnlyTable:
    """The materials as a read-only table."""
    table = ReadOnlyTable([tr("No."), tr("Name of the material"), tr("Pages"), tr("Copies")])
    table.set_rows(attachment_rows(items))
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def feedback_due_text(info: TransferInfo) -> str:
    """The feedback due date with how it was worked out (empty before sending)."""
    return "" if info.feedback is None else due_text(info.feedback)


def due_text(due: transfers.DueInfo) -> str:
    """A due date on one line, how it was worked out on the next."""
    return f"{day_text(due.due)}\n{due.full_explanation}"


def proposed_label() -> str:
    """The date a case was registered for transfer (拟移送日期)."""
    return tr("Date the transfer was proposed")


def transfer_rows(info: TransferInfo) -> list[Row]:
    """Everything about a transfer, section by section, every step with its date."""
    labels = field_labels()
    late = {True: tr("Yes: after the due date"), False: tr("No: within the time limit"),
            None: ""}[info.feedback_late]
    rows: list[Row] = [
        tr("The case"),
        (tr("Number"), info.number),
        (labels["source_kind"], source_text(info.source_label, info.source_ref)),
        (labels["recipient_kind"], info.recipient_label),
        (labels["recipient_unit"], info.recipient_unit),
        (labels["matter"], info.matter), (labels["parties"], info.parties),
        (labels["facts"], info.facts), (labels["basis"], info.basis),
        (labels["contact"], info.contact), (labels["remarks"], info.remarks),
        tr("Steps"),
        (labels["status"], info.status_label),
        (proposed_label(), day_text(info.proposed_on)),
        (labels["sent_on"], day_text(info.sent_on)),
        (labels["letter_number"], info.letter_number if info.sent_on else ""),
        (labels["approved_by"], info.approved_by),
        (labels["received_on"], day_text(info.received_on)),
        (labels["receipt_note"], info.receipt_note),
        (labels["feedback_due"], feedback_due_text(info)),
        (tr("Overdue"), tr("Yes: the feedback is overdue") if info.overdue else ""),
        (labels["feedback_on"], day_text(info.feedback_on)),
        (labels["feedback_kind"], info.feedback_label),
        (labels["feedback_document"], info.feedback_document),
        (labels["feedback_text"], info.feedback_text),
        (tr("Feedback late"), late),
    ]
    if info.reconsideration is not None:
        rows.append((tr("Reconsideration may be requested until"),
                     due_text(info.reconsideration)))
    rows += [(labels["closed_on"], day_text(info.closed_on)),
             (labels["closing_note"], info.closing_note)]
    if info.attachments:
        rows.append(labels["attachments"])  # the table of materials follows
    return rows


def transfer_detail(info: TransferInfo, parent: QWidget | None = None) -> RecordDetailDialog:
    """The detail dialog of a transfer: overdue feedback in red, the materials at the end."""
    return RecordDetailDialog(
        tr("Case transfer {number}").format(number=info.number), transfer_rows(info),
        (tr("Overdue"), tr("Feedback late")) if info.overdue or info.feedback_late else (),
        attachments_table(info.attachments) if info.attachments else None, parent)


# --- 新建 / 编辑 ------------------------------------------------------------------------------

def transfer_fields() -> list[FieldDef]:
    """The fields of the transfer dialog (the source number and the materials are added by
    the dialog)."""
    labels = field_labels()
    return [
        *source_fields(),
        FieldDef("recipient_kind", labels["recipient_kind"], "combo", required=True,
                 choices=list(transfers.recipient_labels().items())),
        FieldDef("recipient_unit", labels["recipient_unit"], max_length=200,
                 placeholder=tr("Such as 滑县公安局经济犯罪侦查大队")),
        FieldDef("matter", labels["matter"], required=True, max_length=300,
                 placeholder=tr("Such as 某公司涉嫌串通投标")),
        FieldDef("parties", labels["parties"], max_length=500,
                 placeholder=tr("Names and unified social credit codes of those concerned")),
        FieldDef("facts", labels["facts"], "text",
                 placeholder=tr("What happened, when, in which project, and what the "
                                "investigation found")),
        FieldDef("basis", labels["basis"], "text", help=tr(
            "Filled in with the usual basis for the kind of recipient; write a more precise "
            "one if there is.")),
        FieldDef("contact", labels["contact"], max_length=200),
        FieldDef("proposed_on", proposed_label(), "date", required=True),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


TRANSFER_KEYS = ("recipient_kind", "recipient_unit", "matter", "parties", "facts", "basis",
                 "contact", "proposed_on", "remarks")


class TransferForm(SourcedForm):
    """新建移送 (``info`` None) or correct a transfer: the source, the recipient (its usual
    basis and feedback time limit shown), the case and the materials. Once the case has
    gone out its recipient, dates and materials stand as sent."""

    def __init__(self, ctx: AppContext, info: TransferInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.info = info
        self.kinds = {kind.value: kind for kind in transfers.recipient_kinds(ctx.database,
                                                                             ctx.actor)}
        values: dict[str, Any] = {"source_kind": COMPLAINT, "proposed_on": date.today()}
        title = tr("New case transfer")
        if info is not None:
            values = {key: getattr(info, key) for key in ("source_kind", "source_ref",
                                                          *TRANSFER_KEYS)}
            title = tr("Edit case transfer {number}").format(number=info.number)
        super().__init__(ctx, transfer_fields(), self._save_transfer, values, title, parent)
        self.kind_note = help_label("")
        kind_box = self.widgets["recipient_kind"].parentWidget()
        assert kind_box is not None and isinstance(kind_box.layout(), QVBoxLayout)
        kind_layout = kind_box.layout()
        assert isinstance(kind_layout, QVBoxLayout)
        kind_layout.insertWidget(1, self.kind_note)
        self.attachments = add_attachments_field(self, tr(
            "A transfer to the public security organ must list its materials: the transfer "
            "letter, the investigation report, the list of items involved, test or appraisal "
            "reports."))
        if info is not None:
            self.attachments.set_items(info.attachments)
        self._initial_items = self.attachments.items()
        self._basis = self.values()["basis"] or ""
        kind = self.widgets["recipient_kind"]
        assert isinstance(kind, QComboBox)
        kind.currentIndexChanged.connect(lambda _index: self._recipient_changed())
        if info is not None and info.status != DRAFT:
            for key in ("recipient_kind", "recipient_unit", "proposed_on", "attachments"):
                self.widgets[key].setEnabled(False)
        self._recipient_changed()
        self.set_values(self.values())  # the form counts as unchanged
        fit_height(self)

    def _recipient_changed(self) -> None:
        """Show the chosen kind's usual basis and feedback time limit; the basis field takes
        the usual basis unless the user wrote his own."""
        kind = self.kinds.get(self.values()["recipient_kind"] or "")
        if kind is None:
            self.kind_note.setText(tr("Choose who the case goes to."))
            return
        self.kind_note.setText(tr(
            "Usual basis: {basis}. Feedback due within {days} days ({source}). Named in: "
            "{sources}.").format(basis=kind.basis, days=kind.feedback_days,
                                 source=kind.feedback_source, sources=kind.sources))
        current = self.values()["basis"] or ""
        if not current or current == self._basis or current in (
                item.basis for item in self.kinds.values()):
            self.put("basis", kind.basis)
            self._basis = kind.basis
        fit_height(self)

    def source_picked(self) -> None:
        """A complaint picked: an empty cause and parties are filled from it."""
        try:
            found = complaints.get_complaint(self.ctx.database, self.ctx.actor,
                                             self.source.ref())
        except UserError:
            return
        values = self.values()
        for key, text in (("matter", found.matter), ("parties", " ".join(
                part for part in (found.respondent_name, found.respondent_code) if part))):
            if not values[key] and text:
                self.put(key, text)

    def is_dirty(self) -> bool:
        return super().is_dirty() or self.attachments.items() != self._initial_items

    def local_errors(self) -> dict[str, str]:
        """As the record form; no recipient is refused in the rules' own words."""
        errors = super().local_errors()
        today = date.today()
        try:
            check_draft(self.values()["recipient_kind"], today, today)
        except TransferError as error:
            errors[error.field or "recipient_kind"] = error.message
        return errors

    def _save_transfer(self, values: dict[str, Any]) -> TransferInfo:
        data = {key: values[key] or "" for key in TRANSFER_KEYS} | self.source_values()
        data["proposed_on"] = values["proposed_on"]
        if self.info is None or self.info.status == DRAFT:
            data["attachments"] = self.attachments.items()
        db, actor = self.ctx.database, self.ctx.actor
        if self.info is None:
            return transfers.create_transfer(db, actor, data)
        if self.info.status != DRAFT:
            for key in ("recipient_kind", "recipient_unit", "proposed_on"):
                data.pop(key)
        return transfers.update_transfer(db, actor, self.info.id, data, self.info.version)


# --- 办理 -------------------------------------------------------------------------------------

def step_fields(steps: Sequence[str]) -> list[FieldDef]:
    """The fields of the step dialog; each step shows only those it needs."""
    labels = field_labels()
    names = Step.value_labels()
    return [
        FieldDef("step", tr("Step"), "combo", required=True,
                 choices=[(step, names[step]) for step in steps]),
        FieldDef("on", tr("Date of the step"), "date", required=True),
        FieldDef("recipient_unit", labels["recipient_unit"], max_length=200),
        FieldDef("letter_number", labels["letter_number"], max_length=60, help=tr(
            "Leave empty to print the transfer's own number.")),
        FieldDef("approved_by", labels["approved_by"], max_length=50, help=tr(
            "A transfer to the public security organ is approved by the head of the office "
            "(State Council Decree No. 310, Article 5).")),
        FieldDef("feedback_kind", labels["feedback_kind"], "combo",
                 choices=list(FeedbackKind.value_labels().items())),
        FieldDef("document", labels["feedback_document"], max_length=200,
                 placeholder=tr("Its name and number, such as 立案告知书 滑公立字〔2026〕7号")),
        FieldDef("text", labels["feedback_text"], "text"),
        FieldDef("note", labels["note"], "text"),
    ]


STEP_FIELDS: dict[str, tuple[str, ...]] = {
    Step.SEND.value: ("recipient_unit", "letter_number", "approved_by", "attachments"),
    Step.RECEIVE.value: ("note",), Step.FEEDBACK.value: ("feedback_kind", "document", "text"),
    Step.CLOSE.value: ("note",),
}
OPTIONAL_FIELDS = ("recipient_unit", "letter_number", "approved_by", "attachments",
                   "feedback_kind", "document", "text", "note")


def note_captions() -> dict[str, str]:
    """What the note is called for each step that has one."""
    return {Step.RECEIVE.value: tr("Who signed the receipt"),
            Step.CLOSE.value: tr("Closing note")}


def summary_text(info: TransferInfo) -> str:
    """The transfer in a few lines: to whom, where it stands, when the feedback is due."""
    parts = [tr("{number}: {matter}, to {recipient}; {status}.").format(
        number=info.number, matter=info.matter,
        recipient=info.recipient_unit or info.recipient_label, status=info.status_label)]
    if info.feedback is not None and info.status in transfers.AWAITING:
        parts.append(tr("Feedback due: {due}").format(due=feedback_due_text(info)))
    return "\n".join(parts)


class TransferStepForm(FittingForm):
    """办理 one step of a transfer: only the steps it allows, per step only the fields it
    needs; a step the rules refuse shows the reason at its field and writes nothing."""

    def __init__(self, ctx: AppContext, info: TransferInfo, parent: QWidget | None = None
                 ) -> None:
        self.ctx = ctx
        self.info = info
        steps = list(info.allowed_steps)
        super().__init__(step_fields(steps), self._take_step,
                         {"step": steps[0], "on": date.today(),
                          "recipient_unit": info.recipient_unit,
                          "approved_by": info.approved_by},
                         tr("Take a step: {number}").format(number=info.number), parent)
        self.setMinimumWidth(640)
        self.attachments = add_attachments_field(self)
        self.attachments.set_items(info.attachments)
        self.summary = self.set_up_step_choice(summary_text(info), self._step_changed)

    def step(self) -> str:
        """The step chosen."""
        return str(self.values()["step"] or "")

    def _step_changed(self) -> None:
        needed = STEP_FIELDS.get(self.step(), ())
        for key in OPTIONAL_FIELDS:
            self.set_row_visible(key, key in needed)
        self.set_caption("note", note_captions().get(self.step(), field_labels()["note"]))
        self.clear_errors()
        fit_height(self, shrink=True)

    def _take_step(self, values: dict[str, Any]) -> TransferInfo:
        step = values["step"]
        data: dict[str, Any] = {"on": values["on"]}
        for key in STEP_FIELDS.get(step, ()):
            data[key] = self.attachments.items() if key == "attachments" else values[key]
        return transfers.take_transfer_step(self.ctx.database, self.ctx.actor, self.info.id,
                                            step, data, self.info.version)


# --- the page ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class LinkedKind:
    """What a :class:`LinkedRegisterPage` does with its records: read one by id, open its
    edit and step dialogs and its detail, name its status, delete a draft."""

    read: Callable[[Database, Actor, str], Any]
    delete: Callable[[Database, Actor, str, int | None], Any]
    record_form: Callable[[AppContext, Any, QWidget], RecordForm]
    step_form: Callable[[AppContext, Any, QWidget], RecordForm]
    detail: Callable[[Any, QWidget], RecordDetailDialog]
    status_label: Callable[[Any], str]


class LinkedRegisterPage(RegisterPage):
    """What the transfer and 协查 pages share: overdue rows red; 新建, 编辑, 办理 (only the
    steps allowed), 详情, printing, deleting a draft and the change history of the selected
    record. Pages give the buttons, their words and a :class:`LinkedKind`."""

    edit_button: QPushButton  # each page makes its own 编辑 and 办理 buttons
    step_button: QPushButton

    def __init__(self, context: AppContext, table_key: str, kind: LinkedKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, table_key, parent)
        self.table_key = table_key
        self.kind = kind
        self.dialog: RecordForm | None = None
        self.detail: RecordDetailDialog | None = None
        self.preview_task: BackgroundTask | None = None
        self.view.record_activated.connect(lambda _id: self.show_detail())

    def lay_out_linked(self, title: str, help_text: str, buttons: Sequence[QPushButton],
                       menu: Sequence[tuple[str, str]]) -> None:
        """The page with its buttons, a 更多 menu with 删除 and 修改记录 ((text, tip) each),
        overdue rows red, the buttons following a step that changes the selected row."""
        self.more_button = QPushButton(tr("More"))
        more = QMenu(self.more_button)
        more.setToolTipsVisible(True)
        (delete_text, delete_tip), (history_text, history_tip) = menu
        self.delete_action = menu_action(more, delete_text, delete_tip, self.delete_selected)
        self.history_action = menu_action(more, history_text, history_tip, self.show_changes)
        self.files_action = menu_action(more, tr("Attached files…"), tr(
            "Scans of the materials and replies kept with the selected record"),
            self.show_files)
        self.more_button.setMenu(more)
        self.owner_only(self.delete_action, self.edit_button, self.step_button)
        self.lay_out(title, help_text, (*buttons, self.more_button))
        self.view.model.set_row_hooks(lambda row: overdue_colour(self.row_overdue(row)))
        self.view.model.dataChanged.connect(lambda *_: self._update_buttons())

    # --- what pages give ------------------------------------------------------------------

    def row_overdue(self, row: dict[str, Any]) -> bool:
        """Whether a row of the list is overdue."""
        raise NotImplementedError

    def delete_question(self, info: Any) -> tuple[str, str]:
        """The title and question of asking before deleting."""
        raise NotImplementedError

    def button_states(self, status: str | None) -> list[tuple[Any, bool]]:
        """Each of the page's own buttons with whether it may be used now."""
        raise NotImplementedError

    # --- shared behaviour -----------------------------------------------------------------

    def selected_status(self) -> str | None:
        """The status of the row under the cursor as listed (``None``: no row)."""
        if self.view.current_id() is None:
            return None
        row = self.view.model.row(self.view.table.currentIndex().row())
        return None if row is None else str(row.get("status") or "")

    def _update_buttons(self) -> None:
        status = self.selected_status()
        selected = status is not None
        may_write = self.may_write()
        for button, enabled in (
                (self.new_button, may_write), (self.detail_button, selected),
                (self.delete_action, selected and may_write and status == DRAFT),
                (self.history_action, selected), (self.files_action, selected),
                *self.button_states(status)):
            button.setEnabled(enabled)

    def show_files(self) -> AttachmentsDialog | None:
        """The files kept with the selected record (its table is the view's)."""
        info = self.selected_record()
        if info is None:
            return None
        self.files_dialog = open_attachments(self, self.context, self.table_key, info.id,
                                             info.number)
        return self.files_dialog

    def may_write(self) -> bool:
        """Whether the user may change records."""
        return self.context.actor.can(Permission.WRITE)

    def selected_record(self) -> Any | None:
        """The record under the cursor, read again (``None`` and a message if gone)."""
        return self.read_selected(self.kind.read)

    def open_form(self, form: RecordForm) -> RecordForm:
        """Open an edit or step dialog; the list is read again when it saves."""
        self.dialog = form
        form.saved.connect(lambda _info: self.view.refresh())
        form.open()
        return form

    def new_record(self) -> RecordForm:
        """新建: an empty dialog."""
        return self.open_form(self.kind.record_form(self.context, None, self))

    def edit_record(self) -> RecordForm | None:
        """Correct the selected record."""
        info = self.selected_record()
        return None if info is None else self.open_form(
            self.kind.record_form(self.context, info, self))

    def take_step(self) -> RecordForm | None:
        """办理 the selected record: only the steps its status allows."""
        info = self.selected_record()
        if info is None:
            return None
        if not info.allowed_steps:
            inform(self, tr("Take a step"), tr(
                "Nothing more can be done with {number}: it is “{status}”.").format(
                    number=info.number, status=self.kind.status_label(info)))
            return None
        return self.open_form(self.kind.step_form(self.context, info, self))

    def show_detail(self) -> RecordDetailDialog | None:
        """The selected record in full."""
        info = self.selected_record()
        if info is None:
            return None
        self.detail = open_record_detail(self, self.kind.detail(info, self))
        return self.detail

    def print_selected(self, form_key: str) -> BackgroundTask | None:
        """Preview a form of the selected record."""
        info = self.selected_record()
        if info is None:
            return None
        self.preview_task = show_form_preview(self, self.context, form_key, info.number)
        return self.preview_task

    def delete_selected(self) -> None:
        """Mark a draft entered by mistake deleted, after asking."""
        info = self.selected_record()
        if info is None or not confirm(self, *self.delete_question(info)):
            return
        self.delete_record(lambda: self.kind.delete(self.context.database, self.context.actor,
                                                    info.id, info.version))

    def show_changes(self) -> None:
        """The change history of the selected record."""
        record_id = self.view.current_id()
        if record_id is not None:
            show_history(self, self.context, self.table_key, record_id)


class TransfersPage(LinkedRegisterPage):
    """Every case transfer, newest first; rows whose feedback is overdue are red."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, transfers.TRANSFER_TABLE, LinkedKind(
            transfers.get_transfer, transfers.delete_transfer, TransferForm, TransferStepForm,
            transfer_detail, lambda info: info.status_label), parent)
        self.new_button = action_button(tr("New transfer…"), tr(
            "Register a case to be transferred to another department, from a complaint or "
            "an inspection"), self.new_record)
        self.edit_button = action_button(tr("Edit…"), tr(
            "Correct the selected transfer (after sending only its description)"),
            self.edit_record)
        self.step_button = action_button(tr("Take a step…"), tr(
            "Record the transfer, the receipt, the recipient's feedback or the closing"),
            self.take_step)
        self.detail_button = action_button(tr("Details"), tr(
            "Every step with its date and the feedback due date with how it was worked out "
            "(or double-click the row)"), self.show_detail)
        self.letter_button = action_button(tr("Print transfer letter"), tr(
            "The letter of case transfer (移送书) with its list of materials"),
            lambda: self.print_selected(transfer_forms.TRANSFER_FORM))
        self.receipt_button = action_button(tr("Print receipt"), tr(
            "The receipt (回执) the recipient signs and returns"),
            lambda: self.print_selected(transfer_forms.RECEIPT_FORM))
        self.lay_out_linked(tr("Case transfers"), tr(
            "Cases transferred to the supervision departments, the discipline commission, the "
            "police, the procuratorate or the court, with their materials. After sending, the "
            "receipt and the recipient's feedback are recorded; red rows are waiting for "
            "feedback past its due date."),
            (self.new_button, self.edit_button, self.step_button, self.detail_button,
             self.letter_button, self.receipt_button),
            ((tr("Delete…"), tr("Delete a transfer entered by mistake (only one not yet "
                                "sent)")),
             (tr("Change history"), tr("Every change of the selected transfer"))))

    def row_overdue(self, row: dict[str, Any]) -> bool:
        return bool(row.get("overdue"))

    def button_states(self, status: str | None) -> list[tuple[Any, bool]]:
        selected = status is not None
        running = selected and status not in ENDED and self.may_write()
        return [(self.edit_button, running), (self.step_button, running),
                (self.letter_button, selected), (self.receipt_button, selected)]

    def delete_question(self, info: TransferInfo) -> tuple[str, str]:
        return tr("Delete transfer"), tr(
            "Delete the transfer {number} “{matter}”? It stays in the database and in the "
            "change history; its number is not given again.").format(number=info.number,
                                                                     matter=info.matter)


register_page(PageInfo(
    key="case_transfers",
    title=lambda: tr("Case transfers"),
    group=group_registers,
    factory=TransfersPage,
    permission=Permission.READ,
    order=150,
))
