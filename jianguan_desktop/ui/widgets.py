"""Small widgets shared by the dialogs and pages: forms with messages at the fields, message boxes.

A :class:`FieldForm` lays out label, input, a short explanation and a red message under
each field; :meth:`FieldForm.show_error` puts a service's ``ValidationError`` where it belongs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.passwords import check_password_strength
from jianguan_desktop.errors import UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.preferences import get_preference, set_preference
from jianguan_desktop.services.tables import local_time as to_local_time

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database
    from jianguan_desktop.domain.roles import Actor

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b7f3b;"
HELP_STYLE = "color: #5f6368;"
UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\r\n\t]+')  # not allowed in Windows file names


def error_label() -> QLabel:
    """A red, word-wrapped label for a message; hidden while empty."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def set_message(label: QLabel, message: str, good: bool = False) -> None:
    """Show ``message`` in ``label`` in red (green when ``good``); hide the label when empty."""
    label.setText(message)
    label.setStyleSheet(OK_STYLE if good else ERROR_STYLE)
    label.setProperty("good", good)
    label.setVisible(bool(message))


def help_label(text: str) -> QLabel:
    """A grey, word-wrapped explanation under a field."""
    label = QLabel(text)
    label.setStyleSheet(HELP_STYLE)
    label.setWordWrap(True)
    return label


def heading_label(text: str, scale: float = 1.4) -> QLabel:
    """A bold heading somewhat larger than the body text."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def page_layout(page: QWidget, title: str, explanation: str = "") -> QVBoxLayout:
    """The layout every page starts with: margins, a heading and what the page is for."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.addWidget(heading_label(title))
    if explanation:
        layout.addWidget(help_label(explanation))
    return layout


def password_help() -> str:
    """The password rule in words."""
    return tr("At least 8 characters, mixing three of: lower-case letters, upper-case "
              "letters, digits and symbols.")


def password_edit(placeholder: str = "") -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


class FieldForm(QWidget):
    """Fields with a label, an explanation and a message of their own, plus a general message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._layout.setVerticalSpacing(10)
        self._errors: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general = error_label()

    def add_field(self, name: str, label: str, widget: QWidget, help_text: str = "",
                  aliases: Iterable[str] = ()) -> QWidget:
        """Add a row; ``aliases`` are other field names a service may use for it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if help_text:
            column.addWidget(help_label(help_text))
        message = error_label()
        message.setObjectName(f"error_{name}")
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self._layout.addRow(caption, box)
        self._errors[name] = message
        self._widgets[name] = widget
        for alias in aliases:
            self._aliases[alias] = name
        return widget

    def add_section(self, title: str) -> QLabel:
        """A bold heading row that starts a group of fields."""
        label = heading_label(title, scale=1.1)
        self._layout.addRow(label)
        return label

    def add_general_message(self) -> QLabel:
        """Place the message for errors that belong to no field at the end of the form."""
        self._layout.addRow(self.general)
        return self.general

    def field_name(self, name: str) -> str | None:
        """The form's own name for a service's field name (``None`` if it has no such field)."""
        if name in self._errors:
            return name
        return self._aliases.get(name)

    def error_text(self, name: str) -> str:
        """The message shown at a field (empty when none)."""
        return self._errors[name].text() if not self._errors[name].isHidden() else ""

    def set_error(self, name: str, message: str) -> None:
        """Show a message at a field (an empty message hides it)."""
        set_message(self._errors[name], message)

    def set_good(self, name: str, message: str) -> None:
        """Show a reassuring message at a field (e.g. the password is strong enough)."""
        set_message(self._errors[name], message, good=True)

    def clear_errors(self) -> None:
        """Hide every message."""
        for label in self._errors.values():
            set_message(label, "")
        set_message(self.general, "")

    def has_errors(self) -> bool:
        """Whether any field shows a message."""
        return any(not label.isHidden() and not label.property("good")
                   for label in self._errors.values())

    def show_error(self, error: UserError) -> None:
        """Put an error's messages at its fields; what fits no field goes to the general line."""
        fields: dict[str, str] = {}
        if isinstance(error, ValidationError):
            fields.update(error.fields)
        if error.field and error.field not in fields:
            fields[error.field] = error.message
        placed = False
        first: QWidget | None = None
        for service_name, message in fields.items():
            name = self.field_name(service_name)
            if name is None:
                continue
            self.set_error(name, message)
            placed = True
            first = first or self._widgets[name]
        if not placed:
            set_message(self.general, str(error))
        if first is not None:
            first.setFocus()


def watch_password_strength(form: FieldForm, name: str, password: QLineEdit,
                            username: QLineEdit | None = None) -> None:
    """Say at the field, while the user types, whether the password is strong enough."""

    def update() -> None:
        if not password.text():
            form.set_error(name, "")
            return
        problem = check_password_strength(password.text(), username.text() if username else "")
        if problem:
            form.set_error(name, problem)
        else:
            form.set_good(name, tr("The password is strong enough."))

    password.textChanged.connect(update)
    if username is not None:
        username.textChanged.connect(update)


def check_confirmation(form: FieldForm, name: str, password: QLineEdit,
                       confirmation: QLineEdit) -> bool:
    """Whether both entries agree; if not, say so at the confirmation field."""
    if password.text() == confirmation.text():
        return True
    form.set_error(name, tr("The two passwords are not the same."))
    return False


class PasswordDialog(QDialog):
    """A dialog with a new password and its confirmation, saved through one service call."""

    form: FieldForm
    confirmation: QLineEdit

    def new_password_edit(self) -> QLineEdit:
        """The field holding the new password (``self.password`` unless overridden)."""
        return self.password  # type: ignore[attr-defined,no-any-return]

    def save(self) -> None:
        """Run the service; raise UserError when something is wrong."""
        raise NotImplementedError

    def accept(self) -> None:
        """Check the confirmation, then save; problems appear at their fields."""
        self.form.clear_errors()
        if not check_confirmation(self.form, "confirmation", self.new_password_edit(),
                                  self.confirmation):
            return
        try:
            self.save()
        except UserError as error:
            self.form.show_error(error)
            return
        super().accept()


def show_user_error(parent: QWidget | None, error: UserError, title: str = "") -> None:
    """A message box for an error that belongs to no field (permission, conflict...)."""
    QMessageBox.warning(parent, title or tr("Cannot do this"), str(error))


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Tell the user something without blocking the program (the box closes itself on OK)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; ``True`` for yes."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def local_time(value: datetime | None, with_seconds: bool = False) -> str:
    """An aware datetime as the user's local wall-clock time (empty for ``None``)."""
    if value is None:
        return ""
    pattern = "%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M"
    return to_local_time(value).strftime(pattern)


def safe_file_name(name: str) -> str:
    """A name Windows accepts for a file (reserved characters become ``_``)."""
    cleaned = UNSAFE_NAME.sub("_", name).strip(" .")
    return cleaned or "file"


def ask_save_path(parent: QWidget | None, caption: str, start: Path, file_filter: str,
                  suffix: str) -> Path | None:
    """Ask where to save a file; the ``suffix`` (".pdf") is added when the user left it out.
    ``None`` when the user cancelled."""
    if start.suffix.lower() != suffix:
        start = start.with_name(start.name + suffix)
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(start), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def remembered_folder(db: Database, actor: Actor, key: str) -> Path:
    """The folder this user last chose for ``key`` (exports, imports…), else Documents."""
    try:
        stored = get_preference(db, actor, key)
    except UserError:
        stored = None
    if stored and Path(stored).is_dir():
        return Path(stored)
    return documents_folder()


def remember_folder(db: Database, actor: Actor, key: str, folder: Path) -> None:
    """Start there next time (a failure to remember is not worth a message)."""
    with suppress(UserError):
        set_preference(db, actor, key, str(folder))


def action_button(text: str, tip: str, slot: Any) -> QPushButton:
    """A push button of a page's button row: its text, a tooltip and what it does."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button
