"""What the credit and entity pages share: a read-only table of plain rows, the columns of a
list entry, the detail of an entry, dialogs that grow to show their messages.

Used by the entity page's credit panel, the credit list page's detail and the credit check
page (not a page itself: ``load_all`` skips modules starting with ``_``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.credit_lists import ListKind
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import credit_lists
from jianguan_desktop.services.credit_lists import CreditEntryInfo
from jianguan_desktop.ui.record_form import RecordForm
from jianguan_desktop.ui.widgets import heading_label

RED = ListKind.RED.value


class ReadOnlyTable(QTableWidget):
    """A small table of texts the user reads and selects whole rows of; the last column
    stretches, the others fit their contents."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def set_rows(self, rows: Iterable[Sequence[str]]) -> None:
        """Show these rows (texts, one per column); the columns are fitted to them."""
        shown = list(rows)
        self.setRowCount(len(shown))
        for number, row in enumerate(shown):
            for column, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(number, column, item)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # stretched again over the fitted widths
        header.setStretchLastSection(True)

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and copying)."""
        return [[(self.item(row, column) or QTableWidgetItem()).text()
                 for column in range(self.columnCount())] for row in range(self.rowCount())]


def fit_height(dialog: QWidget, shrink: bool = False) -> None:
    """Make a dialog as tall as its contents need (after rows were shown or hidden, or a
    message appeared at a field), so that nothing is squeezed or cut off; it only grows
    unless ``shrink``."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    wanted = max(dialog.heightForWidth(dialog.width()), dialog.sizeHint().height())
    dialog.resize(dialog.width(), wanted if shrink else max(dialog.height(), wanted))


class FittingForm(RecordForm):
    """A record form that grows when messages appear at its fields, so each is read whole."""

    def show_errors(self, errors: Mapping[str, str]) -> None:
        super().show_errors(errors)
        fit_height(self)

    def show_user_error(self, error: UserError) -> None:
        super().show_user_error(error)
        fit_height(self)


def day_text(day: date | None) -> str:
    """A date as the registers show it (empty for none)."""
    return "" if day is None else day.isoformat()


def period_text(start: date | None, end: date | None) -> str:
    """A publication period, ``2026-03-01 至 2027-02-28`` (empty before listing)."""
    if start is None and end is None:
        return ""
    return tr("{start} to {end}").format(start=day_text(start), end=day_text(end))


def entry_headers() -> list[str]:
    """The columns of a table of list entries."""
    return [tr("Number"), tr("Name"), tr("Code"), tr("List"), tr("Severity"), tr("Status"),
            tr("Publication period"), tr("In force"), tr("Deciding department"),
            tr("Sanctions")]


def entry_row(entry: CreditEntryInfo) -> list[str]:
    """One entry as a row of :func:`entry_headers`."""
    return [entry.number, entry.entity_name, entry.entity_code, entry.list_label,
            entry.severity_label, entry.current_status_label,
            period_text(entry.start_on, entry.end_on),
            tr("Yes") if entry.active else tr("No"), entry.department,
            " ".join(entry.sanctions.split())]


def entry_summary_headers() -> list[str]:
    """The columns of a narrow table of one entity's entries."""
    return [tr("Number"), tr("List"), tr("Status"), tr("Publication period"), tr("In force")]


def entry_summary_row(entry: CreditEntryInfo) -> list[str]:
    """One entry as a row of :func:`entry_summary_headers`."""
    return [entry.number, entry.list_label, entry.current_status_label,
            period_text(entry.start_on, entry.end_on),
            tr("Yes") if entry.active else tr("No")]


def detail_rows(entry: CreditEntryInfo) -> list[tuple[str, str] | str]:
    """The entry as the detail dialog lists it: (label, text) rows, a plain string starts a
    section; dates of steps not taken are left out."""
    labels = credit_lists.field_labels()
    in_force = tr("Yes: in force today") if entry.active else tr("No: not in force today")
    rows: list[tuple[str, str] | str] = [
        tr("The entry"),
        (tr("Number"), entry.number),
        (labels["entity_name"], entry.entity_name),
        (labels["entity_code"], entry.entity_code),
        (labels["entity_kind"], entry.entity_kind_label),
        (labels["list_kind"], entry.list_label),
        (labels["severity"], entry.severity_label),
        (labels["conduct"], entry.conduct),
        (labels["basis"], entry.basis),
        (labels["department"], entry.department),
        (labels["sanctions"], entry.sanctions),
        (labels["remarks"], entry.remarks),
        tr("Where it stands"),
        (labels["status"], entry.current_status_label),
        (tr("Active today"), in_force),
        (labels["proposed_on"], day_text(entry.proposed_on)),
        (labels["notified_on"], day_text(entry.notified_on)),
        (labels["decided_on"], day_text(entry.decided_on)),
        (tr("Publication period"), period_text(entry.start_on, entry.end_on)),
        (labels["repair_from"], day_text(entry.repair_from)),
        (labels["repaired_on"], day_text(entry.repaired_on)),
        (labels["repair_note"], entry.repair_note),
        (labels["expired_on"], day_text(entry.expired_on)),
        (labels["removed_on"], day_text(entry.removed_on)),
        (labels["withdrawn_on"], day_text(entry.withdrawn_on)),
        (labels["reason"], entry.reason),
    ]
    if entry.objections:
        rows.append(labels["objections"])
    for objection in entry.objections:
        rows.append((tr("Objection of {day}").format(day=day_text(objection.received_on)),
                     objection.text))
        rows.append((tr("Answer of {day}").format(day=day_text(objection.answered_on))
                     if objection.answered_on else tr("Answer"),
                     objection.answer or tr("Not answered yet")))
    return [row for row in rows if isinstance(row, str) or row[1]]


class EntryDetailDialog(QDialog):
    """Everything about one entry: its details, the date of every step, the objections and
    answers, and whether it is in force today."""

    def __init__(self, entry: CreditEntryInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(tr("Credit list entry {number}").format(number=entry.number))
        self.setMinimumSize(620, 560)
        body = QWidget()
        form = QFormLayout(body)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, str] = {}
        for row in detail_rows(entry):
            if isinstance(row, str):
                form.addRow(heading_label(row, scale=1.1))
                continue
            label, text = row
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label == tr("Active today"):
                value.setStyleSheet("color: #b00020; font-weight: bold;" if entry.active
                                    and entry.list_kind != RED
                                    else "font-weight: bold;")
            form.addRow(label, value)
            self.values[label] = text
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)


def open_detail(parent: QWidget, entry: CreditEntryInfo) -> EntryDetailDialog:
    """Show an entry in full (modal to its window; the dialog deletes itself when closed)."""
    dialog = EntryDetailDialog(entry, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
