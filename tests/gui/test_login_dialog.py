"""Logging in: messages under the password field, lockout, a disabled account.

Also the remembered user name and the password change forced after an administrator's reset.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jianguan_desktop.i18n import tr
from jianguan_desktop.services import users
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.ui.login_dialog import ChangePasswordDialog, LoginDialog
from tests.conftest import ADMIN_PASSWORD, OFFICE_NAME
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk, prefix, temp_settings

NEW_PASSWORD = "Fresh#Pass2027"


def _dialog(qtbot: QtBot, database: object, folder: Path) -> LoginDialog:
    dialog = LoginDialog(database, OFFICE_NAME, temp_settings(folder))
    qtbot.addWidget(dialog)
    return dialog


def _try(dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.login_button.click()


def test_a_wrong_password_is_said_under_the_password_field(qtbot: QtBot, office_db: object,
                                                           tmp_path: Path) -> None:
    # GIVEN the login dialog of a set-up office
    dialog = _dialog(qtbot, office_db, tmp_path)
    # WHEN the administrator types a wrong password
    _try(dialog, "admin", "wrong-password")
    # THEN the password field says so and nobody is logged in
    assert dialog.form.error_text("password") == tr("Wrong user name or password.")
    assert dialog.actor is None
    assert dialog.result() != LoginDialog.DialogCode.Accepted


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(
        qtbot: QtBot, office_db: object, tmp_path: Path) -> None:
    # GIVEN the login dialog
    dialog = _dialog(qtbot, office_db, tmp_path)
    # WHEN a wrong password is given five times
    for _attempt in range(5):
        _try(dialog, "admin", "wrong-password")
    # THEN the message says the account is locked for 15 minutes
    locked = dialog.form.error_text("password")
    assert locked.startswith(prefix(tr(
        "Too many wrong passwords: the account is locked for {minutes} minutes, until "
        "{time}.")))
    assert "15" in locked
    # WHEN the right password is given now
    _try(dialog, "admin", ADMIN_PASSWORD)
    # THEN it is still refused, with the time the lock ends
    assert dialog.form.error_text("password").startswith(
        prefix(tr("The account is locked; try again after {time}.")))
    assert dialog.actor is None


def test_a_disabled_account_says_so(qtbot: QtBot, office_db: object, admin: object,
                                    tmp_path: Path) -> None:
    # GIVEN a clerk whose account the administrator disabled
    clerk = add_clerk(office_db, admin)
    users.set_active(office_db, admin, clerk.id, False)
    dialog = _dialog(qtbot, office_db, tmp_path)
    # WHEN the clerk logs in with his right password
    _try(dialog, "li", CLERK_PASSWORD)
    # THEN the dialog says the account is disabled
    assert dialog.form.error_text("username") == tr(
        "This account has been disabled; ask an administrator to enable it.")
    assert dialog.actor is None


def test_the_right_password_logs_in_and_the_name_is_remembered(
        qtbot: QtBot, office_db: object, tmp_path: Path) -> None:
    # GIVEN the login dialog
    dialog = _dialog(qtbot, office_db, tmp_path)
    # WHEN the administrator logs in
    _try(dialog, "admin", ADMIN_PASSWORD)
    # THEN the dialog closes with the administrator as the actor
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.display_name == "王管理"
    # AND the next login dialog already has the user name filled in
    assert _dialog(qtbot, office_db, tmp_path).username.text() == "admin"


def test_a_reset_password_must_be_changed_right_after_login(
        qtbot: QtBot, office_db: object, admin: object, tmp_path: Path) -> None:
    # GIVEN a clerk whose password the administrator has reset
    clerk = add_clerk(office_db, admin)
    users.reset_password(office_db, admin, clerk.id, CLERK_PASSWORD + "!")
    dialog = _dialog(qtbot, office_db, tmp_path)
    seen: list[ChangePasswordDialog] = []

    def choose_new_password() -> None:
        change = QApplication.activeModalWidget()
        assert isinstance(change, ChangePasswordDialog)
        seen.append(change)
        change.new_password.setText(NEW_PASSWORD)
        change.confirmation.setText(NEW_PASSWORD)
        change.accept()

    # WHEN the clerk logs in with the password he was given
    QTimer.singleShot(0, choose_new_password)
    _try(dialog, "li", CLERK_PASSWORD + "!")
    # THEN he is asked for a new password before he gets in, and it works from now on
    assert seen, "the change-password dialog did not appear"
    assert dialog.actor is not None and dialog.actor.username == "li"
    assert authenticate(office_db, "li", NEW_PASSWORD).username == "li"


def test_changing_the_password_needs_the_current_one(qtbot: QtBot, office_db: object,
                                                     admin: object) -> None:
    # GIVEN the change-password dialog of the administrator
    dialog = ChangePasswordDialog(office_db, admin)
    qtbot.addWidget(dialog)
    # WHEN the current password is wrong
    dialog.old_password.setText("not-my-password")
    dialog.new_password.setText(NEW_PASSWORD)
    dialog.confirmation.setText(NEW_PASSWORD)
    dialog.accept()
    # THEN the message is under the current password, and the old password still works
    assert dialog.form.error_text("old_password") == tr("The current password is wrong.")
    assert authenticate(office_db, "admin", ADMIN_PASSWORD).username == "admin"
