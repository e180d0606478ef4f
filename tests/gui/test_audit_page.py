"""The audit log page: the list newest first, the integrity check in words.

Also the change history of the record the selected entry concerns.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from jianguan_desktop.i18n import tr
from jianguan_desktop.services import users
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui.audit_page import AuditPage
from jianguan_desktop.ui.history_dialog import HistoryDialog
from jianguan_desktop.ui.pages import AppContext
from tests.gui.window_helpers import add_clerk, prefix


def _page(qtbot: QtBot, database: object, actor: object) -> AuditPage:
    page = AuditPage(AppContext(database, actor, office_info(database)))
    qtbot.addWidget(page)
    return page


def _verify(qtbot: QtBot, page: AuditPage) -> str:
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=10_000)
    return page.result_text()


def test_the_list_shows_the_newest_entry_first(qtbot: QtBot, office_db: object,
                                               admin: object) -> None:
    # GIVEN an office where the administrator added a clerk (after setting up and logging in)
    add_clerk(office_db, admin)
    # WHEN the audit page opens
    page = _page(qtbot, office_db, admin)
    model = page.view.model
    # THEN the first row is the newest entry: the clerk's account being created by admin
    first = model.row(0)
    assert first is not None
    assert (first["actor"], first["action"], first["table_name"]) == ("admin", "create", "users")
    assert model.row(1)["id"] < first["id"]


def test_the_integrity_check_says_the_log_is_intact(qtbot: QtBot, office_db: object,
                                                    admin: object) -> None:
    # GIVEN an untouched audit log
    page = _page(qtbot, office_db, admin)
    # WHEN 校验完整性 is clicked
    result = _verify(qtbot, page)
    # THEN the page says in words that the log is intact
    assert result.startswith(prefix(tr(
        "The audit log is intact: none of its {count} entries has been altered, inserted or "
        "deleted (checked {time}).")))


def test_the_integrity_check_names_an_altered_entry(qtbot: QtBot, office_db: object,
                                                    admin: object) -> None:
    # GIVEN an audit log whose second entry was edited outside the program
    with office_db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET actor = 'mallory' WHERE id = 2"))
    page = _page(qtbot, office_db, admin)
    # WHEN 校验完整性 is clicked
    result = _verify(qtbot, page)
    # THEN the page names the altered entry
    assert tr("Audit log entry {number} has been altered.").format(number=2) in result


def test_the_history_of_the_selected_entrys_record(qtbot: QtBot, office_db: object,
                                                   admin: object) -> None:
    # GIVEN a clerk who was disabled, and the audit page with the newest entry selected
    clerk = add_clerk(office_db, admin)
    users.set_active(office_db, admin, clerk.id, False)
    page = _page(qtbot, office_db, admin)
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))
    # WHEN 该记录的修改历史 is clicked
    page.history_button.click()
    # THEN the clerk's history opens: created, then disabled
    dialogs = page.findChildren(HistoryDialog)
    assert len(dialogs) == 1
    actions = [line[2] for line in dialogs[0].texts() if line[2]]
    assert actions == [tr("Created"), tr("Changed")]
