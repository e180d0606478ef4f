"""The home page: due items from the registers (overdue in red), first steps and tips.

Due items come from providers registered in services.due.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from jianguan_desktop.i18n import tr
from jianguan_desktop.services import due
from jianguan_desktop.services.due import DueItem
from jianguan_desktop.services.first_steps import StepKey
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui.home import OVERDUE_COLOUR, HomePage
from jianguan_desktop.ui.pages import AppContext


def _page(qtbot: QtBot, database: object, actor: object,
          opened: list[str] | None = None) -> HomePage:
    context = AppContext(database, actor, office_info(database),
                         show_page=lambda key: bool(opened.append(key)) if opened is not None
                         else False)
    page = HomePage(context)
    qtbot.addWidget(page)
    return page


@pytest.fixture
def complaints_due() -> Iterator[None]:
    """A register that has one overdue and one coming deadline."""
    today = date.today()

    def provider(_db: object, _actor: object) -> list[DueItem]:
        return [
            DueItem.make("投诉〔2026〕3号 答复", "投诉举报", "b", today + timedelta(days=5), today,
                         "受理后30日内作出处理决定"),
            DueItem.make("投诉〔2026〕1号 受理", "投诉举报", "a", today - timedelta(days=2), today,
                         "收到后3个工作日内决定是否受理"),
        ]

    due.register_due_provider(provider)
    yield
    due.unregister_due_provider(provider)


def test_without_registers_the_page_says_what_to_do(qtbot: QtBot, office_db: object,
                                                    admin: object,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN no register that has deadlines
    monkeypatch.setattr(due, "_PROVIDERS", [])
    opened: list[str] = []
    # WHEN the administrator opens the home page
    page = _page(qtbot, office_db, admin, opened)
    # THEN it says that nothing is due, and the first steps open user management
    assert page.summary_text().startswith(tr("Nothing is due at the moment."))
    assert page.table.isHidden()
    page.tour.rows[StepKey.USERS].open_button.click()
    assert opened == ["users"]
    # AND the tips link to the pages they name
    assert "href=\"audit\"" in page.steps.text()
    page.steps.linkActivated.emit("audit")
    assert opened == ["users", "audit"]


def test_due_items_are_listed_by_date_with_overdue_ones_in_red(
        qtbot: QtBot, office_db: object, admin: object, complaints_due: None) -> None:
    # GIVEN a register with an overdue and a coming deadline
    # WHEN the home page opens
    page = _page(qtbot, office_db, admin)
    # THEN both are listed, the overdue one first and in red, with the days in words
    assert not page.table.isHidden()
    assert page.table.rowCount() == 2
    first, second = (page.table.item(row, 2).text() for row in range(2))
    assert (first, second) == ("投诉〔2026〕1号 受理", "投诉〔2026〕3号 答复")
    assert page.table.item(0, 1).text() == tr("{days} days overdue").format(days=2)
    assert page.table.item(0, 0).foreground().color() == OVERDUE_COLOUR
    assert page.table.item(1, 1).text() == tr("{days} days left").format(days=5)
    assert page.table.item(1, 0).foreground().color() != OVERDUE_COLOUR
    assert page.summary_text() == tr(
        "{count} matters are due, {overdue} of them overdue (in red).").format(count=2,
                                                                              overdue=1)


def test_a_clerk_is_not_pointed_to_user_management(qtbot: QtBot, office_db: object,
                                                   admin: object) -> None:
    # GIVEN a clerk
    from jianguan_desktop.services.auth import authenticate
    from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk

    add_clerk(office_db, admin)
    clerk = authenticate(office_db, "li", CLERK_PASSWORD)
    # WHEN he opens the home page
    page = _page(qtbot, office_db, clerk)
    # THEN the first steps do not send him to pages he cannot open
    assert "href=\"users\"" not in page.steps.text()
    assert "href=\"audit\"" not in page.steps.text()
