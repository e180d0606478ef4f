"""First start: the setup dialog shows each problem at its field and writes nothing meanwhile.

Good input sets up the office and its administrator in one go.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jianguan_desktop.i18n import tr
from jianguan_desktop.services import audit, setup
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.ui.setup_dialog import SetupDialog
from tests.conftest import ADMIN_PASSWORD, OFFICE_CODE, OFFICE_NAME


def _fill(dialog: SetupDialog, *, code: str = OFFICE_CODE, password: str = ADMIN_PASSWORD,
          confirmation: str | None = None) -> None:
    dialog.office_name.setText(OFFICE_NAME)
    dialog.office_code.setText(code)
    dialog.username.setText("admin")
    dialog.display_name.setText("王管理")
    dialog.password.setText(password)
    dialog.confirmation.setText(password if confirmation is None else confirmation)


def test_wrong_office_code_is_shown_at_the_field_and_nothing_is_written(
        qtbot: QtBot, database: object) -> None:
    # GIVEN the first-start dialog of an empty database
    dialog = SetupDialog(database)
    qtbot.addWidget(dialog)
    # WHEN the clerk types a five-digit office code and clicks 完成设置
    _fill(dialog, code="41052")
    dialog.ok_button.click()
    # THEN the dialog stays open with the reason under the office code field
    assert dialog.result() != SetupDialog.DialogCode.Accepted
    assert dialog.form.error_text("office_code") == tr(
        "The office code must have 6 digits; “{code}” has {count}.").format(code="41052",
                                                                           count=5)
    assert dialog.form.error_text("office_name") == ""
    # AND the database is still not set up, with nothing in its audit log
    assert not setup.is_initialized(database)
    assert audit.check_chain(database).entries == 0


def test_a_county_code_for_a_city_office_is_refused_at_the_field(
        qtbot: QtBot, database: object) -> None:
    # GIVEN the setup dialog with a county-level code
    dialog = SetupDialog(database)
    qtbot.addWidget(dialog)
    _fill(dialog)
    # WHEN the clerk chooses 市级单位
    dialog.mode.city.setChecked(True)
    dialog.ok_button.click()
    # THEN the office code field says that a city office needs a city-level code
    assert dialog.form.error_text("office_code")
    assert not setup.is_initialized(database)


def test_passwords_that_differ_are_shown_at_the_confirmation(qtbot: QtBot,
                                                             database: object) -> None:
    # GIVEN the setup dialog filled in, but the confirmation has a typo
    dialog = SetupDialog(database)
    qtbot.addWidget(dialog)
    _fill(dialog, confirmation=ADMIN_PASSWORD + "x")
    # WHEN 完成设置 is clicked
    dialog.ok_button.click()
    # THEN the confirmation field says so and nothing is written
    assert dialog.form.error_text("confirmation") == tr("The two passwords are not the same.")
    assert not setup.is_initialized(database)


def test_password_strength_is_said_while_typing(qtbot: QtBot, database: object) -> None:
    # GIVEN the setup dialog
    dialog = SetupDialog(database)
    qtbot.addWidget(dialog)
    # WHEN a short password is typed
    qtbot.keyClicks(dialog.password, "abc")
    # THEN the password field says what is wrong with it
    assert dialog.form.error_text("admin_password") == tr(
        "The password must have at least {count} characters.").format(count=8)
    # AND a good password is acknowledged
    dialog.password.setText(ADMIN_PASSWORD)
    assert dialog.form.error_text("admin_password") == tr("The password is strong enough.")
    assert not dialog.form.has_errors()


def test_good_input_sets_up_the_office_and_its_administrator(qtbot: QtBot,
                                                             database: object) -> None:
    # GIVEN the setup dialog filled in correctly
    dialog = SetupDialog(database)
    qtbot.addWidget(dialog)
    _fill(dialog)
    # WHEN 完成设置 is clicked
    dialog.ok_button.click()
    # THEN the dialog closes, the office is set up and the administrator can log in
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"
    office = setup.office_info(database)
    assert office is not None and (office.code, office.name, office.mode) == (
        OFFICE_CODE, OFFICE_NAME, "county")
    assert authenticate(database, "admin", ADMIN_PASSWORD).display_name == "王管理"
