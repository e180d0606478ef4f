"""Each user's remembered window state (column widths, hidden columns, order, sort).

Kept in ``ui_preferences`` under keys such as ``table.audit.widths``; one transaction per
read or write; not audited (it is not a record, only how one person likes to see things).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from jianguan_desktop.db.models import UiPreference
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.services.permissions import require

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

LAYOUT_PARTS = ("widths", "hidden", "order", "sort")


@dataclass
class TableLayout:
    """How one user arranged one register view; empty parts mean the view's defaults."""

    widths: dict[str, int] = field(default_factory=dict)
    hidden: list[str] | None = None
    order: list[str] = field(default_factory=list)
    sort: list[tuple[str, str]] = field(default_factory=list)


def _username(actor: Actor | None) -> str:
    return require(actor, Permission.READ).username


def get_preference(db: Database, actor: Actor | None, key: str, default: Any = None) -> Any:
    """The value the user stored under ``key`` (``default`` if none)."""
    username = _username(actor)
    with db.uow(actor, readonly=True) as uow:
        row = uow.session.get(UiPreference, (username, key))
        return default if row is None else row.value


def set_preference(db: Database, actor: Actor | None, key: str, value: Any) -> None:
    """Store a JSON-friendly value under ``key`` for the acting user."""
    _set_many(db, actor, {key: value})


def _set_many(db: Database, actor: Actor | None, values: dict[str, Any]) -> None:
    username = _username(actor)
    with db.uow(actor) as uow:
        for key, value in values.items():
            uow.session.merge(UiPreference(username=username, key=key, value=value))
        uow.commit()


def table_key(table: str, part: str) -> str:
    """The preference key of one part of a view's layout, e.g. ``table.audit.widths``."""
    return f"table.{table}.{part}"


def get_table_layout(db: Database, actor: Actor | None, table: str) -> TableLayout:
    """The user's layout of a register view, read in one go."""
    username = _username(actor)
    keys = {table_key(table, part): part for part in LAYOUT_PARTS}
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(
            select(UiPreference.key, UiPreference.value)
            .where(UiPreference.username == username, UiPreference.key.in_(list(keys)))
        ).all()
    stored = {keys[key]: value for key, value in rows}
    widths = stored.get("widths") or {}
    hidden = stored.get("hidden")
    return TableLayout(
        widths={str(k): int(v) for k, v in widths.items() if isinstance(v, int | float)},
        hidden=[str(k) for k in hidden] if isinstance(hidden, list) else None,
        order=[str(k) for k in stored.get("order") or []],
        sort=[(str(k), str(d)) for k, d in stored.get("sort") or [] if d in ("asc", "desc")],
    )


def save_table_layout(db: Database, actor: Actor | None, table: str, *,
                      widths: dict[str, int] | None = None, hidden: list[str] | None = None,
                      order: list[str] | None = None,
                      sort: list[tuple[str, str]] | None = None) -> None:
    """Remember the parts of a view's layout that are given (others stay as they were)."""
    given = {"widths": widths, "hidden": hidden, "order": order,
             "sort": [list(item) for item in sort] if sort is not None else None}
    values = {table_key(table, part): value for part, value in given.items() if value is not None}
    if values:
        _set_many(db, actor, values)
