"""Logging in, and changing one's own password (also forced right after an administrator's reset).

The dialog remembers the last user name; wrong passwords, a locked or a disabled account
are said under the field they concern, in the words the login service chose.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import auth, users
from jianguan_desktop.ui.widgets import (
    FieldForm,
    PasswordDialog,
    heading_label,
    password_edit,
    password_help,
    watch_password_strength,
)

LAST_USERNAME_KEY = "login/last_username"


class LoginDialog(QDialog):
    """User name and password; ``actor`` is set once the login succeeded."""

    shown = Signal()

    def __init__(self, database: Database, office_name: str = "",
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings if settings is not None else QSettings()
        self.actor: Actor | None = None
        self.setWindowTitle(tr("Log in"))
        self.setMinimumWidth(440)

        self.form = FieldForm()
        self.username = QLineEdit(str(self.settings.value(LAST_USERNAME_KEY, "") or ""))
        self.form.add_field("username", tr("User name"), self.username)
        self.password = password_edit()
        self.form.add_field("password", tr("Password"), self.password)
        self.form.add_general_message()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(tr("Supervision registers for public-resource trading")))
        if office_name:
            office = QLabel(office_name)
            office.setWordWrap(True)
            layout.addWidget(office)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def accept(self) -> None:
        """Check the password; on success ask for a new one first if the account needs it."""
        self.form.clear_errors()
        try:
            actor = auth.authenticate(self.database, self.username.text(), self.password.text())
        except UserError as error:
            self.form.show_error(error)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.settings.setValue(LAST_USERNAME_KEY, actor.username)
        if auth.needs_password_change(self.database, actor):
            dialog = ChangePasswordDialog(self.database, actor, forced=True, parent=self)
            dialog.old_password.setText(self.password.text())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.form.set_error("password", tr("You must choose a new password before you "
                                                   "can continue."))
                return
        self.password.clear()
        self.actor = actor
        super().accept()


class ChangePasswordDialog(PasswordDialog):
    """The current password, a new one and its confirmation."""

    def __init__(self, database: Database, actor: Actor, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(tr("Change password"))
        self.setMinimumWidth(480)

        self.form = FieldForm()
        self.old_password = password_edit()
        self.form.add_field("old_password", tr("Current password"), self.old_password,
                            aliases=("old", "current_password"))
        self.new_password = password_edit()
        self.form.add_field("new_password", tr("New password"), self.new_password,
                            password_help(), aliases=("new", "password"))
        self.confirmation = password_edit()
        self.form.add_field("confirmation", tr("Confirm new password"), self.confirmation)
        self.form.add_general_message()
        watch_password_strength(self.form, "new_password", self.new_password)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if forced:
            notice = QLabel(tr("Your password was set by an administrator. Choose a new "
                               "password that only you know before you continue."))
            notice.setWordWrap(True)
            layout.addWidget(notice)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def new_password_edit(self) -> QLineEdit:
        """The new password field."""
        return self.new_password

    def save(self) -> None:
        """Change the password through the service."""
        users.change_own_password(self.database, self.actor, self.old_password.text(),
                                  self.new_password.text())
