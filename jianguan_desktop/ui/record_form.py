"""The edit dialog of every register: fields from definitions, messages at the fields, one save.

:class:`RecordForm` checks required fields and numbers itself, then calls ``save`` (a service
doing one transaction); a ValidationError lands at its field, a conflict at the top.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.errors import UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.ui.widgets import FieldForm, error_label, help_label, set_message

FIELD_KINDS = frozenset({"line", "text", "date", "decimal", "combo", "check"})
NO_DATE = QDate(1900, 1, 1)  # the date edit's "empty" value
REQUIRED_MARK = '<span style="color:#b00020;">&nbsp;*</span>'


@dataclass(frozen=True)
class FieldDef:
    """One field of a record form.

    ``kind``: ``line`` (one line), ``text`` (several lines), ``date``, ``decimal`` (an
    amount), ``combo`` (``choices`` of ``(value, label)``) or ``check``. ``key`` is the
    name the service uses in ``ValidationError(field=...)``.
    """

    key: str
    label: str
    kind: str = "line"
    required: bool = False
    choices: Sequence[tuple[Any, str]] = ()
    placeholder: str = ""
    max_length: int | None = None
    help: str = ""

    def __post_init__(self) -> None:
        if self.kind not in FIELD_KINDS:
            raise ValueError(f"unknown field kind {self.kind!r}")


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty; the calendar opens on today when it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        """The date, or ``None`` when empty (a day still being typed counts)."""
        self.interpretText()
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        """Show a date (``None``: empty)."""
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self.lineEdit()
        if self.date() == NO_DATE and event.text().isdigit():
            # typing into an empty date starts from today, the year selected to be replaced
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        elif (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
              and editor.selectedText() == editor.text()):
            self.setDate(NO_DATE)  # everything selected and deleted: the date is empty again
            return
        elif event.text() in ("-", "/", "."):
            # a separator moves to the next part, selected so that typing replaces it; when
            # the edit already moved on by itself it is swallowed ("2026-03-05", "2026-3-5")
            index = self.currentSectionIndex()
            if not editor.hasSelectedText() and index < self.sectionCount() - 1:
                self.setCurrentSectionIndex(index + 1)
                self.setSelectedSection(self.currentSection())
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field like any other (QDateEdit would walk year, month, day, and
        # an empty date has no parts, so Tab would never get out)
        return QWidget.focusNextPrevChild(self, next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


def parse_decimal(text: str) -> Decimal | None:
    """An amount as typed (``1,234.50``, ``¥1234.5``); ``None`` when empty; ``ValueError`` if not
    a number."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value


class RecordForm(QDialog):
    """Edit one record: ``save(values)`` runs the service; ``saved`` carries what it returned."""

    saved = Signal(object)

    def __init__(self, fields: Sequence[FieldDef], save: Callable[[dict[str, Any]], Any],
                 values: Mapping[str, Any] | None = None, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields = list(fields)
        self._save = save
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {}

        self.banner = error_label()  # a conflict or anything that belongs to no field
        self.banner.setObjectName("formBanner")
        self.form = FieldForm()
        for field in self.fields:
            widget = self._make_widget(field)
            self.widgets[field.key] = widget
            self.form.add_field(field.key, field.label, widget, field.help)
            if field.required:
                self._mark_required(widget, field.label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save"))
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)
        self._chain_tab_order()
        self.set_values(values or {})

    # --- building -------------------------------------------------------------------------

    def _make_widget(self, field: FieldDef) -> QWidget:
        widget: QWidget
        if field.kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.setPlaceholderText(field.placeholder)
            widget = text
        elif field.kind == "date":
            widget = OptionalDateEdit()
        elif field.kind == "combo":
            combo = QComboBox()
            combo.addItem("", None)
            for value, label in field.choices:
                combo.addItem(label, value)
            widget = combo
        elif field.kind == "check":
            widget = QCheckBox()
        else:
            line = QLineEdit()
            line.setPlaceholderText(field.placeholder or ("0.00" if field.kind == "decimal"
                                                          else ""))
            if field.max_length:
                line.setMaxLength(field.max_length)
            if field.kind == "decimal":
                line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget = line
        widget.setObjectName(f"field_{field.key}")
        return widget

    def _mark_required(self, widget: QWidget, label: str) -> None:
        for caption in self.form.findChildren(QLabel):
            if caption.buddy() is widget:
                caption.setTextFormat(Qt.TextFormat.RichText)
                caption.setText(label.replace("&", "&amp;").replace("<", "&lt;")
                                + REQUIRED_MARK)
                caption.setToolTip(tr("Required"))
        widget.setToolTip(tr("Required"))

    def _chain_tab_order(self) -> None:
        chain = [self.widgets[field.key] for field in self.fields]
        chain += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- values ---------------------------------------------------------------------------

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show a record's values (missing keys: empty); the form counts as unchanged."""
        for field in self.fields:
            self._set_value(field, values.get(field.key))
        self._initial = self._snapshot()

    def _set_value(self, field: FieldDef, value: Any) -> None:
        widget = self.widgets[field.key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, OptionalDateEdit):
            widget.set_value(value)
        elif isinstance(widget, QComboBox):
            found = widget.findData(value) if value is not None else 0
            widget.setCurrentIndex(max(0, found))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            if field.kind == "decimal" and value is not None:
                widget.setText(format(Decimal(str(value)), "f"))
            else:
                widget.setText("" if value is None else str(value))

    def _raw(self, key: str) -> Any:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, OptionalDateEdit):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return None

    def _snapshot(self) -> dict[str, Any]:
        return {field.key: self._raw(field.key) for field in self.fields}

    def is_dirty(self) -> bool:
        """Whether anything was changed since the values were shown or saved."""
        return self._snapshot() != self._initial

    def values(self) -> dict[str, Any]:
        """The values as the service wants them: text stripped, dates, Decimals, flags."""
        result: dict[str, Any] = {}
        for field in self.fields:
            raw = self._raw(field.key)
            if field.kind == "decimal":
                try:
                    raw = parse_decimal(raw)
                except ValueError:
                    raw = None
            elif isinstance(raw, str):
                raw = raw.strip()
            result[field.key] = raw
        return result

    def local_errors(self) -> dict[str, str]:
        """What is wrong before asking the service: empty required fields, bad numbers.

        Subclasses add their own checks and call this first.
        """
        errors: dict[str, str] = {}
        for field in self.fields:
            raw = self._raw(field.key)
            if field.kind == "decimal":
                try:
                    parse_decimal(raw)
                except ValueError:
                    errors[field.key] = tr("Enter a number, such as 1234.50.")
                    continue
            empty = raw is None or (isinstance(raw, str) and not raw.strip())
            if field.required and field.kind != "check" and empty:
                errors[field.key] = tr("Please fill in {field}.").format(field=field.label)
        return errors

    # --- messages -------------------------------------------------------------------------

    def error_text(self, key: str) -> str:
        """The message shown under a field (empty when none)."""
        return self.form.error_text(key)

    def banner_text(self) -> str:
        """The message shown at the top (empty when none)."""
        return "" if self.banner.isHidden() else self.banner.text()

    def clear_errors(self) -> None:
        """Hide every message."""
        self.form.clear_errors()
        set_message(self.banner, "")

    # --- forms that change with a choice (which step, which list) -----------------------------

    def _form_layout(self) -> QFormLayout:
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        return layout

    def _row_box(self, key: str) -> QWidget:
        """The widget holding a field's row (its input, help and message)."""
        box = self.widgets[key].parentWidget()
        assert box is not None
        return box

    def set_row_visible(self, key: str, visible: bool) -> None:
        """Show or hide a field's whole row (caption included)."""
        self._form_layout().setRowVisible(self._row_box(key), visible)

    def set_caption(self, key: str, text: str) -> None:
        """Change the caption of a field's row (the same text box means another thing)."""
        caption = self._form_layout().labelForField(self._row_box(key))
        if isinstance(caption, QLabel):
            caption.setText(text)

    def move_last_row(self, position: int) -> None:
        """Move the row added last (a widget of its own) to ``position``."""
        layout = self._form_layout()
        taken = layout.takeRow(layout.rowCount() - 1)
        layout.insertRow(position, taken.labelItem.widget(), taken.fieldItem.widget())

    def set_up_step_choice(self, summary: str, on_change: Callable[[], None],
                           stretch: bool = False) -> QLabel:
        """What every step dialog shares: a selectable summary of the record on top, the form
        following the step chosen in the ``step`` combo box (``on_change``, run once now), and
        the form counting as unchanged; ``stretch`` keeps spare height above the buttons."""
        label = help_label(summary)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout = self.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.insertWidget(0, label)
        if stretch:
            box_layout.insertStretch(box_layout.count() - 1, 1)
        step_box = self.widgets["step"]
        assert isinstance(step_box, QComboBox)
        step_box.currentIndexChanged.connect(lambda _index: on_change())
        on_change()
        self.set_values(self.values())
        return label

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show messages under their fields and put the cursor in the first one (form order)."""
        for key, message in errors.items():
            self.form.set_error(key, message)
        for field in self.fields:
            if field.key in errors:
                self.widgets[field.key].setFocus()
                break

    def show_user_error(self, error: UserError) -> None:
        """A service's error: at its fields when it names them, otherwise at the top."""
        named: dict[str, str] = {}
        if isinstance(error, ValidationError):
            named.update(error.fields)
        if error.field and error.field not in named:
            named[error.field] = error.message
        placed = {self.form.field_name(key): message for key, message in named.items()
                  if self.form.field_name(key) is not None}
        if placed:
            self.show_errors({str(key): message for key, message in placed.items()})
        else:
            set_message(self.banner, str(error))

    # --- closing --------------------------------------------------------------------------

    def accept(self) -> None:
        """Save: local checks, then the service in one transaction; stay open on any error."""
        self.clear_errors()
        errors = self.local_errors()
        if errors:
            self.show_errors(errors)
            return
        try:
            result = self._save(self.values())
        except UserError as error:  # ValidationError, ConflictError, PermissionDenied...
            self.show_user_error(error)
            return
        self.result_value = result
        self._initial = self._snapshot()
        self.saved.emit(result)
        super().accept()

    def confirm_discard(self) -> bool:
        """Ask whether unsaved changes may be thrown away."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes"),
                          tr("There are unsaved changes. Discard them?"),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask first when something was changed."""
        if self.is_dirty() and not self.confirm_discard():
            return
        super().reject()
