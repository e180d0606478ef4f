"""The audit log as a register view (key ``audit``), and the words for what it records.

Timestamps (kept as ISO text, hashed verbatim) are read back as aware datetimes and the
changed fields as a one-line summary in words. Registers name their record kinds with
:func:`register_record_kind` and their fields with :func:`register_field_labels` (the
history dialog uses the same names). Only users who may view the audit trail see the log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, Text, select, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.domain.office_code import mode_label
from jianguan_desktop.domain.roles import Permission, role_label
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit import action_label
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table

AUDIT_TABLE_KEY = "audit"

# Action codes the program writes (the labels come from services.audit.action_label).
ACTIONS = ("create", "update", "delete", "restore", "login", "login_failed", "lockout",
           "logout", "backup", "restore_backup", "initialize", "migrate", "upgrade", "export",
           "import", "merge", "demo", "reveal")

Label = Callable[[], str]
Formatter = Callable[[Any], str]

_RECORD_KINDS: dict[str, Label] = {
    "users": lambda: tr("User account"),
    "office": lambda: tr("Office"),
    "app_settings": lambda: tr("Setting"),
}


def register_record_kind(table_name: str, label: Label) -> None:
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


_FIELD_LABELS: dict[str, dict[str, Label]] = {}
_FORMATTERS: dict[tuple[str, str], Formatter] = {}


def register_field_labels(table_name: str, labels: dict[str, Label],
                          formatters: dict[str, Formatter] | None = None) -> None:
    """Name a table's fields (and optionally say how to show their values) for the history."""
    _FIELD_LABELS.setdefault(table_name, {}).update(labels)
    for field, formatter in (formatters or {}).items():
        _FORMATTERS[(table_name, field)] = formatter


def register_record_labels(table_name: str, kind: Label,
                           labels: Callable[[], Mapping[str, str]],
                           keys: Iterable[str] | None = None,
                           extra: dict[str, Label] | None = None,
                           formatters: dict[str, Formatter] | None = None) -> None:
    """Make a register's table known to the history in one call: what its records are called,
    its fields as ``labels()`` names them (all, or only ``keys``), the bookkeeping fields every
    travelling record has, ``extra`` names, and how to show values (``formatters``)."""
    register_record_kind(table_name, kind)
    named = {key: (lambda key=key: labels()[key]) for key in (keys or labels())}
    bookkeeping: dict[str, Label] = {
        "deleted_at": lambda: tr("Deleted at"), "deleted_by": lambda: tr("Deleted by"),
        "office_code": lambda: tr("Office code"), "id": lambda: tr("Record"),
        "number": lambda: tr("Number")}
    register_field_labels(table_name, bookkeeping | named | (extra or {}), formatters)


def field_label(table_name: str, field: str) -> str:
    """A field's name as users know it (the column name when nobody named it)."""
    label = _FIELD_LABELS.get(table_name, {}).get(field)
    return label() if label is not None else field


def _local_time(text: str) -> str | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def value_text(table_name: str, field: str, value: Any) -> str:
    """A logged value as users read it: 是/否, local times, role names, hidden secrets."""
    if value is None:
        return tr("(empty)")
    if value == "***":
        return tr("(not shown)")
    formatter = _FORMATTERS.get((table_name, field))
    if formatter is not None:
        try:
            return formatter(value)
        except (ValueError, KeyError):
            return str(value)
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and "T" in value:
        return _local_time(value) or value
    return str(value)


def change_text(table_name: str, field: str, values: Any) -> str:
    """One field's change as ``old → new`` (only the new value for a new record)."""
    if not isinstance(values, list | tuple) or len(values) != 2:
        return str(values)
    old, new = values
    if old is None:
        return value_text(table_name, field, new)
    return f"{value_text(table_name, field, old)} → {value_text(table_name, field, new)}"


def summarise_changes(text: str | None, table_name: str = "") -> str:
    """``{"role": ["clerk", "head"]}`` as 「角色：经办人 → 负责人」 (one line, fields sorted)."""
    try:
        changes = json.loads(text or "{}")
    except ValueError:
        return text or ""
    if not isinstance(changes, dict):
        return str(changes)
    return describe_changes(changes, table_name)


def describe_changes(changes: dict[str, Any], table_name: str = "") -> str:
    """An audit entry's changed fields in words, one line, fields sorted."""
    # full-width punctuation, as in the Chinese the user reads
    return "；".join(f"{field_label(table_name, field)}：{change_text(table_name, field, value)}"
                    for field, value in sorted(changes.items()))


register_field_labels("users", {
    "id": lambda: tr("Number"),
    "username": lambda: tr("User name"),
    "display_name": lambda: tr("Full name"),
    "role": lambda: tr("Role"),
    "password_hash": lambda: tr("Password"),
    "active": lambda: tr("Active"),
    "locked_until": lambda: tr("Locked until"),
    "must_change_password": lambda: tr("Must change password"),
    "failed_attempts": lambda: tr("Wrong passwords in a row"),
    "created_at": lambda: tr("Created at"),
    "last_login_at": lambda: tr("Last login"),
}, {"role": role_label})
register_field_labels("office", {
    "id": lambda: tr("Number"),
    "code": lambda: tr("Office code"),
    "name": lambda: tr("Office name"),
    "mode": lambda: tr("Office type"),
    "created_at": lambda: tr("Created at"),
}, {"mode": mode_label})
register_field_labels("app_settings", {
    "key": lambda: tr("Setting"),
    "value": lambda: tr("Value"),
    "updated_at": lambda: tr("Changed at"),
    "updated_by": lambda: tr("Changed by"),
})


class ChangesSummary(TypeDecorator[str]):
    """``table_name TAB changes-JSON``, searched as stored and read as a summary in words."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return value

    def process_result_value(self, value: str | None, dialect: Dialect) -> str:
        table_name, _tab, changes = (value or "").partition("\t")
        return summarise_changes(changes, table_name)


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
                   type_coerce(AuditEntry.table_name + "\t" + AuditEntry.changes,
                               ChangesSummary()), width=480,
                   searchable=True),
    ),
    base_select=lambda: select(AuditEntry),
    id_column=AuditEntry.id,
    default_sort=(("id", "desc"),),
    permission=Permission.VIEW_AUDIT,
    empty_text=lambda: tr("The audit log is empty."),
))
