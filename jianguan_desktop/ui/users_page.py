"""User management (系统管理 → 用户管理): the list of users, adding, disabling, password resets.

Everything goes through :mod:`jianguan_desktop.services.users`, which checks that the acting
user may manage users; the page is only listed for those who may, but the service decides.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.domain.roles import Actor, Permission, Role, role_label
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import users
from jianguan_desktop.services.users import UserInfo
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_system, register_page
from jianguan_desktop.ui.widgets import (
    FieldForm,
    PasswordDialog,
    help_label,
    local_time,
    page_layout,
    password_edit,
    password_help,
    show_user_error,
    watch_password_strength,
)


def role_help() -> str:
    """What each role may do."""
    return tr("Administrator: users, backups and everything else. Head of office: approves "
              "and sees the audit log. Clerk: enters and edits records. Read only: can only "
              "look.")


def status_text(user: UserInfo) -> str:
    """「启用」, 「已停用」 or 「锁定至 14:30」."""
    if not user.active:
        return tr("Disabled")
    if user.locked_until is not None and user.locked_until > utcnow():
        return tr("Locked until {time}").format(time=local_time(user.locked_until))
    return tr("Active")


class AddUserDialog(PasswordDialog):
    """A new user's name, full name, role and first password."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.added: UserInfo | None = None
        self.setWindowTitle(tr("Add a user"))
        self.setMinimumWidth(560)

        self.form = FieldForm()
        self.username = QLineEdit()
        self.form.add_field("username", tr("User name"), self.username,
                            tr("What the person types to log in: letters, digits, underscores "
                               "or Chinese characters."))
        self.display_name = QLineEdit()
        self.form.add_field("display_name", tr("Full name"), self.display_name,
                            tr("The person's real name, shown in the window and in the "
                               "history of every change."))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.CLERK.value))
        self.form.add_field("role", tr("Role"), self.role, role_help())
        self.password = password_edit()
        self.form.add_field("password", tr("Password"), self.password,
                            password_help() + " " + tr("The user must change it at the "
                                                       "first login."))
        self.confirmation = password_edit()
        self.form.add_field("confirmation", tr("Confirm password"), self.confirmation)
        self.form.add_general_message()
        watch_password_strength(self.form, "password", self.password, self.username)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Add the user through the service."""
        self.added = users.add_user(
            self.database, self.actor, username=self.username.text(),
            display_name=self.display_name.text(), role=str(self.role.currentData()),
            password=self.password.text())


class ResetPasswordDialog(PasswordDialog):
    """A new password for another user, who must change it at the next login."""

    def __init__(self, database: Database, actor: Actor, user: UserInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.user = user
        self.setWindowTitle(tr("Reset password"))
        self.setMinimumWidth(520)
        self.form = FieldForm()
        self.password = password_edit()
        self.form.add_field("password", tr("New password"), self.password, password_help(),
                            aliases=("new_password",))
        self.confirmation = password_edit()
        self.form.add_field("confirmation", tr("Confirm password"), self.confirmation)
        self.form.add_general_message()
        watch_password_strength(self.form, "password", self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label(tr(
            "New password for {name}. Tell it to him in person; he must choose his own at the "
            "next login. A lock after wrong passwords is lifted.").format(
                name=user.display_name or user.username)))
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Reset through the service."""
        users.reset_password(self.database, self.actor, self.user.id, self.password.text())


class UsersPage(QWidget):
    """The users of this office and what can be done to them."""

    COLUMNS = 5

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.users: list[UserInfo] = []

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [tr("User name"), tr("Full name"), tr("Role"), tr("Status"), tr("Last login")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(tr("Add a user…"))
        self.toggle_button = QPushButton(tr("Disable"))
        self.reset_button = QPushButton(tr("Reset password…"))
        self.history_button = QPushButton(tr("Change history"))
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.history_button.clicked.connect(self.show_user_history)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.reset_button,
                       self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = page_layout(self, tr("User management"), tr(
            "Everyone who works with the program has an account of his own. Disabled users "
            "cannot log in; what they entered stays. Users are never deleted, so the history "
            "of every change keeps its names."))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the users again."""
        selected = self.selected_user()
        try:
            self.users = users.list_users(self.context.database, self.context.actor)
        except UserError as error:
            self.users = []
            self.message.setText(str(error))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = [user.username, user.display_name, user.role_label, status_text(user),
                     local_time(user.last_login_at)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and user.id == selected.id:
                self.table.selectRow(row)
        self._selection_changed()

    def selected_user(self) -> UserInfo | None:
        """The user whose row is selected."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()]

    def select_user(self, username: str) -> bool:
        """Select a user's row by name."""
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        user = self.selected_user()
        for button in (self.toggle_button, self.reset_button, self.history_button):
            button.setEnabled(user is not None)
        self.toggle_button.setText(tr("Enable") if user is not None and not user.active
                                   else tr("Disable"))
        self.add_button.setEnabled(self.context.actor.can(Permission.MANAGE_USERS))

    def add_user(self) -> None:
        """Ask for a new user and add him."""
        dialog = AddUserDialog(self.context.database, self.context.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            self.refresh()
            self.select_user(dialog.added.username)

    def toggle_active(self) -> None:
        """Disable the selected user, or enable him again."""
        user = self.selected_user()
        if user is None:
            return
        try:
            users.set_active(self.context.database, self.context.actor, user.id,
                             not user.active)
        except UserError as error:
            show_user_error(self, error)
        self.refresh()

    def reset_password(self) -> None:
        """Give the selected user a new password."""
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.context.database, self.context.actor, user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(self, tr("Reset password"), tr(
                "The password of {name} has been reset.").format(
                    name=user.display_name or user.username))
            self.refresh()

    def show_user_history(self) -> None:
        """The history of changes of the selected user's account."""
        user = self.selected_user()
        if user is not None:
            show_history(self, self.context, "users", str(user.id),
                         user.display_name or user.username)


register_page(PageInfo(
    key="users",
    title=lambda: tr("User management"),
    group=group_system,
    factory=UsersPage,
    permission=Permission.MANAGE_USERS,
    order=900,
))
