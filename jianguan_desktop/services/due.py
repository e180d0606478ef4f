"""What is due: registers contribute deadlines through providers; the home page lists them.

A register module calls :func:`register_due_provider` with a function
``(db, actor) -> Iterable[DueItem]``; :func:`due_items` gathers and sorts them (no Qt).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from jianguan_desktop.domain.roles import Actor

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database


@dataclass(frozen=True)
class DueItem:
    """One thing with a deadline: what it is, where it lives, when it is due and why."""

    title: str
    register: str  # the register's name as users know it, e.g. 投诉举报
    record_id: str
    due_date: date
    days_left: int  # negative when overdue
    overdue: bool
    explanation: str = ""  # how the due date was worked out, in words

    @classmethod
    def make(cls, title: str, register: str, record_id: str, due_date: date, today: date,
             explanation: str = "") -> DueItem:
        """A due item with ``days_left`` and ``overdue`` worked out against ``today``."""
        days_left = (due_date - today).days
        return cls(title, register, record_id, due_date, days_left, days_left < 0, explanation)


DueProvider = Callable[["Database", Actor], Iterable[DueItem]]

_PROVIDERS: list[DueProvider] = []


def register_due_provider(provider: DueProvider) -> DueProvider:
    """Add a provider (once, however often its module is imported); usable as a decorator."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)
    return provider


def unregister_due_provider(provider: DueProvider) -> None:
    """Remove a provider (tests)."""
    if provider in _PROVIDERS:
        _PROVIDERS.remove(provider)


def due_providers() -> list[DueProvider]:
    """The providers registered so far."""
    return list(_PROVIDERS)


def due_items(db: Database, actor: Actor) -> list[DueItem]:
    """Everything due that this user may see: overdue first, then by due date."""
    items: list[DueItem] = []
    for provider in _PROVIDERS:
        items.extend(provider(db, actor))
    return sorted(items, key=lambda item: (item.due_date, item.register, item.title))
