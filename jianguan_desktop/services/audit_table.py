"""The audit log as a register view (key ``audit``): newest first, searchable, exportable.

Timestamps (kept as ISO text, hashed verbatim) are read back as aware datetimes, and the
changed fields as a one-line summary; registers name their record kinds with
:func:`register_record_kind`. Only users who may view the audit trail see it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, Text, select, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit import action_label
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table

AUDIT_TABLE_KEY = "audit"

# Action codes the program writes (the labels come from services.audit.action_label).
ACTIONS = ("create", "update", "delete", "restore", "login", "login_failed", "lockout",
           "logout", "backup", "restore_backup", "initialize", "migrate", "upgrade", "export",
           "import", "demo")

_RECORD_KINDS: dict[str, Callable[[], str]] = {
    "users": lambda: tr("User"),
    "office": lambda: tr("Office"),
    "app_settings": lambda: tr("Setting"),
}


def register_record_kind(table_name: str, label: Callable[[], str]) -> None:
    """Name a table's records in the audit log (e.g. ``complaints`` → 投诉举报)."""
    _RECORD_KINDS[table_name] = label


def record_kinds() -> dict[str, str]:
    """Table name → what users call its records."""
    return {"": "", **{name: label() for name, label in _RECORD_KINDS.items()}}


def action_labels() -> dict[str, str]:
    """Action code → its name in words."""
    return {code: action_label(code) for code in ACTIONS}


class IsoTimestamp(TypeDecorator[datetime]):
    """The audit log's ISO text timestamps, compared as text and read as aware datetimes."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if isinstance(value, datetime):
            moment = value if value.tzinfo else value.replace(tzinfo=UTC)
            return moment.astimezone(UTC).isoformat(timespec="microseconds")
        if isinstance(value, date):
            return value.isoformat()
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    return str(value)


def summarise_changes(text: str | None) -> str:
    """``{"role": ["clerk", "head"]}`` as ``role: clerk → head`` (one line, fields sorted)."""
    try:
        changes = json.loads(text or "{}")
    except ValueError:
        return text or ""
    if not isinstance(changes, dict):
        return str(changes)
    parts = []
    for field in sorted(changes):
        values = changes[field]
        if isinstance(values, list) and len(values) == 2:
            old, new = values
            parts.append(f"{field}: {_value(new)}" if old is None
                         else f"{field}: {_value(old)} → {_value(new)}")
        else:
            parts.append(f"{field}: {_value(values)}")
    return "; ".join(parts)


class ChangesSummary(TypeDecorator[str]):
    """The canonical JSON of the changes, searched as stored and read as a summary."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return value

    def process_result_value(self, value: str | None, dialect: Dialect) -> str:
        return summarise_changes(value)


AUDIT_TABLE = register_table(TableSpec(
    key=AUDIT_TABLE_KEY,
    title=lambda: tr("Audit log"),
    columns=(
        ColumnSpec("id", lambda: tr("No."), "int", AuditEntry.id, width=70),
        ColumnSpec("at", lambda: tr("Time"), "datetime",
                   type_coerce(AuditEntry.at, IsoTimestamp()), width=140),
        ColumnSpec("actor", lambda: tr("User"), "text", AuditEntry.actor, width=100,
                   searchable=True),
        ColumnSpec("action", lambda: tr("Action"), "enum", AuditEntry.action, width=100,
                   searchable=True, labels=action_labels),
        ColumnSpec("table_name", lambda: tr("Kind of record"), "enum", AuditEntry.table_name,
                   width=90, searchable=True, labels=record_kinds),
        ColumnSpec("record_id", lambda: tr("Record"), "text", AuditEntry.record_id, width=120,
                   searchable=True),
        ColumnSpec("changes", lambda: tr("Changes"), "text",
                   type_coerce(AuditEntry.changes, ChangesSummary()), width=480,
                   searchable=True),
    ),
    base_select=lambda: select(AuditEntry),
    id_column=AuditEntry.id,
    default_sort=(("id", "desc"),),
    permission=Permission.VIEW_AUDIT,
    empty_text=lambda: tr("The audit log is empty."),
))
