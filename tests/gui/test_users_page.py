"""User management: the list of users, adding one (messages at the fields), disabling.

Also the service's refusal for a clerk and the history of a user's account.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jianguan_desktop.domain.roles import Role
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import users
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui.history_dialog import HistoryDialog
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.users_page import AddUserDialog, UsersPage
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk


def _page(qtbot: QtBot, database: object, actor: object) -> UsersPage:
    page = UsersPage(AppContext(database, actor, office_info(database)))
    qtbot.addWidget(page)
    return page


def _column(page: UsersPage, column: int) -> list[str]:
    return [page.table.item(row, column).text() for row in range(page.table.rowCount())]


def _add_dialog(qtbot: QtBot, database: object, admin: object, username: str) -> AddUserDialog:
    dialog = AddUserDialog(database, admin)
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.display_name.setText("张录入")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CLERK.value))
    dialog.password.setText(CLERK_PASSWORD)
    dialog.confirmation.setText(CLERK_PASSWORD)
    return dialog


def test_the_page_lists_users_with_role_names(qtbot: QtBot, office_db: object,
                                              admin: object) -> None:
    # GIVEN an office with its administrator and a clerk
    add_clerk(office_db, admin)
    # WHEN the administrator opens user management
    page = _page(qtbot, office_db, admin)
    # THEN both are listed with their Chinese role names and status
    assert _column(page, 0) == ["admin", "li"]
    assert _column(page, 2) == [tr("Administrator"), tr("Clerk")]
    assert _column(page, 3) == [tr("Active"), tr("Active")]


def test_adding_a_user(qtbot: QtBot, office_db: object, admin: object) -> None:
    # GIVEN the add-user dialog filled in for a new clerk
    page = _page(qtbot, office_db, admin)
    dialog = _add_dialog(qtbot, office_db, admin, "zhang")
    # WHEN 添加 is clicked
    dialog.accept()
    # THEN the user exists and can log in
    assert dialog.result() == AddUserDialog.DialogCode.Accepted
    assert authenticate(office_db, "zhang", CLERK_PASSWORD).role is Role.CLERK
    page.refresh()
    assert "zhang" in _column(page, 0)


def test_a_taken_user_name_is_said_at_the_field(qtbot: QtBot, office_db: object,
                                                admin: object) -> None:
    # GIVEN a clerk "li"
    add_clerk(office_db, admin)
    # WHEN the administrator adds another user named "li"
    dialog = _add_dialog(qtbot, office_db, admin, "li")
    dialog.accept()
    # THEN the user name field says the name is taken and nobody new was added
    assert dialog.result() != AddUserDialog.DialogCode.Accepted
    assert dialog.form.error_text("username") == tr(
        "The user name “{name}” is already taken.").format(name="li")
    assert [user.username for user in users.list_users(office_db, admin)] == ["admin", "li"]


def test_disabling_and_enabling_a_user(qtbot: QtBot, office_db: object, admin: object) -> None:
    # GIVEN the users page with the clerk selected
    add_clerk(office_db, admin)
    page = _page(qtbot, office_db, admin)
    assert page.select_user("li")
    assert page.toggle_button.text() == tr("Disable")
    # WHEN 停用 is clicked
    page.toggle_button.click()
    # THEN he is shown as disabled and the button now enables him again
    assert _column(page, 3)[1] == tr("Disabled")
    assert page.toggle_button.text() == tr("Enable")
    page.toggle_button.click()
    assert _column(page, 3)[1] == tr("Active")


def test_a_clerk_is_refused_by_the_service_even_if_he_reaches_the_page(
        qtbot: QtBot, office_db: object, admin: object) -> None:
    # GIVEN a clerk, logged in
    add_clerk(office_db, admin)
    clerk = authenticate(office_db, "li", CLERK_PASSWORD)
    # WHEN the users page is made for him anyway
    page = _page(qtbot, office_db, clerk)
    # THEN it lists nobody and says in words that his role may not manage users
    assert page.table.rowCount() == 0
    assert page.message.text() == tr("Your role ({role}) may not {action}.").format(
        role=tr("Clerk"), action=tr("manage users"))
    assert not page.add_button.isEnabled()


def test_the_history_of_a_user_shows_the_changed_field(qtbot: QtBot, office_db: object,
                                                       admin: object) -> None:
    # GIVEN a clerk who was disabled
    clerk = add_clerk(office_db, admin)
    users.set_active(office_db, admin, clerk.id, False)
    page = _page(qtbot, office_db, admin)
    page.select_user("li")
    # WHEN 修改历史 is clicked
    page.history_button.click()
    dialogs = page.findChildren(HistoryDialog)
    assert len(dialogs) == 1
    lines = dialogs[0].texts()
    # THEN the creation and the change of 启用 from 是 to 否 are listed, by the administrator
    assert lines[0][1] == "admin" and lines[0][2] == tr("Created")
    assert [tr("Active"), tr("Yes") + " → " + tr("No")] in [line[3:] for line in lines]
