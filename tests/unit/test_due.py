"""What is due: providers registered once, items sorted by date with overdue ones first.

Pure data; no database (the providers here ignore it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from jianguan_desktop.domain.roles import Actor, Role
from jianguan_desktop.services import due
from jianguan_desktop.services.due import DueItem

TODAY = date(2026, 10, 9)
CLERK = Actor(username="li", role=Role.CLERK)


def test_days_left_and_overdue_are_worked_out_against_today() -> None:
    # GIVEN one deadline two days ago, one today and one in five days
    # WHEN due items are made for them
    past = DueItem.make("受理", "投诉举报", "a", date(2026, 10, 7), TODAY)
    now = DueItem.make("答复", "投诉举报", "b", TODAY, TODAY)
    later = DueItem.make("公示", "双随机", "c", date(2026, 10, 14), TODAY)
    # THEN the past one is overdue by two days; today's is not overdue
    assert (past.days_left, past.overdue) == (-2, True)
    assert (now.days_left, now.overdue) == (0, False)
    assert (later.days_left, later.overdue) == (5, False)


@pytest.fixture
def no_providers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An empty provider list for one test."""
    monkeypatch.setattr(due, "_PROVIDERS", [])
    yield


def test_items_of_every_provider_come_sorted_by_due_date(no_providers: None) -> None:
    # GIVEN two registers with deadlines, registered twice by re-import
    def complaints(_db: object, _actor: Actor) -> list[DueItem]:
        return [DueItem.make("答复", "投诉举报", "b", date(2026, 10, 20), TODAY),
                DueItem.make("受理", "投诉举报", "a", date(2026, 10, 1), TODAY)]

    def inspections(_db: object, _actor: Actor) -> list[DueItem]:
        return [DueItem.make("公示", "双随机", "c", date(2026, 10, 9), TODAY)]

    for provider in (complaints, inspections, complaints):
        due.register_due_provider(provider)
    # WHEN the home page asks what is due
    items = due.due_items(object(), CLERK)  # type: ignore[arg-type]
    # THEN each item appears once, overdue first, then by date
    assert [item.record_id for item in items] == ["a", "c", "b"]
    assert len(due.due_providers()) == 2


def test_nothing_registered_means_nothing_due(no_providers: None) -> None:
    # GIVEN no register with deadlines
    # WHEN asked what is due  THEN the answer is an empty list
    assert due.due_items(object(), CLERK) == []  # type: ignore[arg-type]
