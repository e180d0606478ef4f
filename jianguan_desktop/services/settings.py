"""Rules kept as settings (lockout, backups, later deadlines): definitions with presets.

Each :class:`SettingDef` says where its preset comes from (a seed document and section, a
statute, or the program's own policy). Registers add theirs with :func:`register_setting`;
values live in ``app_settings`` and every change is audited (``AppSetting`` is audited).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import AppSetting
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.permissions import require

Text = Callable[[], str]
Value = bool | int | str


@dataclass(frozen=True)
class SettingDef:
    """One setting: its key, preset value, label and the source of the preset.

    ``label`` and ``source`` are functions returning translated text (so that the language
    in force when shown is used); ``minimum``/``maximum`` bound whole-number settings.
    """

    key: str
    default: Value
    label: Text
    source: Text
    minimum: int | None = None
    maximum: int | None = None
    unit: Text | None = None
    group: str = "system"  # which part of the settings page shows it (see GROUPS)
    # a text setting picked from fixed values: stored value → what the clerk reads
    choices: Callable[[], dict[str, str]] | None = None
    # ``False`` for a flag the program keeps for itself (e.g. which first steps were taken):
    # not listed on the settings page, still read and written like any other setting
    listed: bool = True

    @property
    def kind(self) -> str:
        """``bool``, ``int`` or ``text``: how the value is entered."""
        if isinstance(self.default, bool):
            return "bool"
        return "int" if isinstance(self.default, int) else "text"


@dataclass(frozen=True)
class SettingInfo:
    """A setting as shown to the user: definition, value in force and who changed it last."""

    key: str
    label: str
    source: str
    kind: str
    value: Value
    default: Value
    is_default: bool
    minimum: int | None
    maximum: int | None
    unit: str
    updated_at: datetime | None
    updated_by: str
    group: str = "system"
    choices: dict[str, str] | None = None  # stored value → shown, for a pick list


@dataclass(frozen=True)
class SettingGroup:
    """A part of the settings page: its key, its translated title, and where it stands."""

    key: str
    title: Text
    order: int = 500


_REGISTRY: dict[str, SettingDef] = {}
GROUPS: dict[str, SettingGroup] = {}


def register_setting_group(group: SettingGroup) -> SettingGroup:
    """Make a settings group known (registers add theirs next to their settings)."""
    GROUPS[group.key] = group
    return group


def setting_groups() -> list[SettingGroup]:
    """The known groups in page order."""
    return sorted(GROUPS.values(), key=lambda group: (group.order, group.key))


register_setting_group(SettingGroup("system", lambda: tr("Security and backups"), 900))


def register_setting(definition: SettingDef) -> SettingDef:
    """Add a setting to the registry (registering the same definition again is harmless)."""
    known = _REGISTRY.get(definition.key)
    if known is not None and known.default != definition.default:
        raise ValueError(f"setting {definition.key!r} registered twice with different presets")
    _REGISTRY[definition.key] = definition
    return definition


def setting_def(key: str) -> SettingDef:
    """The definition of a registered setting (``KeyError`` for an unknown key)."""
    return _REGISTRY[key]


def registered_keys() -> list[str]:
    """Keys of every registered setting, sorted."""
    return sorted(_REGISTRY)


def registration_order() -> dict[str, int]:
    """Where each setting stands among those registered (a register lists its settings in the
    order a clerk reads them; the settings page keeps that order)."""
    return {key: index for index, key in enumerate(_REGISTRY)}


def _policy_source() -> str:
    return tr("This program's security policy (issue #2)")


def _backup_source() -> str:
    return tr("This program's backup policy (issue #2)")


def _minutes() -> str:
    return tr("minutes")


def _times() -> str:
    return tr("times")


def _copies() -> str:
    return tr("copies")


LOCKOUT_ATTEMPTS = register_setting(SettingDef(
    "security.lockout_attempts", 5,
    lambda: tr("Wrong passwords in a row before an account is locked"),
    _policy_source, minimum=1, maximum=100, unit=_times))
LOCKOUT_MINUTES = register_setting(SettingDef(
    "security.lockout_minutes", 15,
    lambda: tr("Minutes a locked account stays locked"),
    _policy_source, minimum=1, maximum=24 * 60, unit=_minutes))
BACKUP_KEEP_DAILY = register_setting(SettingDef(
    "backup.keep_daily", 7, lambda: tr("Automatic backups kept: one per day, for this many days"),
    _backup_source, minimum=1, maximum=366, unit=_copies))
BACKUP_KEEP_WEEKLY = register_setting(SettingDef(
    "backup.keep_weekly", 4,
    lambda: tr("Automatic backups kept: one per week, for this many weeks"),
    _backup_source, minimum=0, maximum=520, unit=_copies))
BACKUP_KEEP_MONTHLY = register_setting(SettingDef(
    "backup.keep_monthly", 12,
    lambda: tr("Automatic backups kept: one per month, for this many months"),
    _backup_source, minimum=0, maximum=1200, unit=_copies))


def coerce(definition: SettingDef, value: Any) -> Value:
    """Check and convert a value typed by the user (or read back) to the setting's kind."""
    label = definition.label()
    if definition.kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on", "是", "开"):
            return True
        if text in ("0", "false", "no", "off", "否", "关"):
            return False
        raise ValidationError(tr("“{label}” must be yes or no.").format(label=label),
                              field=definition.key)
    if definition.kind == "int":
        if isinstance(value, bool):
            raise ValidationError(tr("“{label}” must be a whole number.").format(label=label),
                                  field=definition.key)
        try:
            number = value if isinstance(value, int) else int(str(value).strip())
        except ValueError:
            raise ValidationError(tr("“{label}” must be a whole number.").format(label=label),
                                  field=definition.key) from None
        low, high = definition.minimum, definition.maximum
        if low is not None and number < low:
            raise ValidationError(tr("“{label}” must be at least {low}.").format(
                label=label, low=low), field=definition.key)
        if high is not None and number > high:
            raise ValidationError(tr("“{label}” must be at most {high}.").format(
                label=label, high=high), field=definition.key)
        return number
    text = str(value)
    if definition.choices is not None:
        choices = definition.choices()
        by_label = {shown: stored for stored, shown in choices.items()}
        text = text.strip()
        if text in by_label:
            return by_label[text]
        if text not in choices:
            raise ValidationError(tr("“{label}” must be one of: {choices}.").format(
                label=label, choices="、".join(choices.values())), field=definition.key)
    return text


def _stored(session: Session, key: str) -> AppSetting | None:
    return session.execute(select(AppSetting).where(AppSetting.key == key)).scalar_one_or_none()


def _value(definition: SettingDef, row: AppSetting | None) -> Value:
    if row is None or row.value is None:
        return definition.default
    try:
        return coerce(definition, row.value)
    except ValidationError:  # a value written by hand that the rules no longer accept
        return definition.default


def get_setting(db_or_session: Database | Session, key: str) -> Any:
    """The value in force for ``key`` (the preset until someone changes it)."""
    definition = setting_def(key)
    if isinstance(db_or_session, Session):
        return _value(definition, _stored(db_or_session, key))
    with db_or_session.uow(readonly=True) as uow:
        return _value(definition, _stored(uow.session, key))


def _info(definition: SettingDef, row: AppSetting | None) -> SettingInfo:
    value = _value(definition, row)
    return SettingInfo(
        key=definition.key, label=definition.label(), source=definition.source(),
        kind=definition.kind, value=value, default=definition.default,
        is_default=value == definition.default, minimum=definition.minimum,
        maximum=definition.maximum, unit=definition.unit() if definition.unit else "",
        updated_at=row.updated_at if row is not None else None,
        updated_by=row.updated_by if row is not None else "", group=definition.group,
        choices=definition.choices() if definition.choices is not None else None)


def _known(key: str) -> SettingDef:
    try:
        return setting_def(key)
    except KeyError:
        raise NotFoundError(tr("There is no setting called “{key}”.").format(key=key)) from None


def set_setting(db: Database, actor: Actor, key: str, value: Any) -> SettingInfo:
    """Change a setting (needs the right to change settings); the change is audited."""
    require(actor, Permission.EDIT_SETTINGS)
    definition = _known(key)
    checked = coerce(definition, value)
    with db.uow(actor) as uow:
        row = _stored(uow.session, key)
        if row is None:
            row = AppSetting(key=key)
            uow.session.add(row)
        if row.value != checked:
            row.value = checked
            row.updated_at = utcnow()
            row.updated_by = actor.username
        uow.flush()
        info = _info(definition, row)
        uow.commit()
    return info


def list_settings(db: Database, include_unlisted: bool = False) -> list[SettingInfo]:
    """Every registered setting with its value in force, sorted by key (the program's own
    flags, registered with ``listed=False``, only when ``include_unlisted``)."""
    with db.uow(readonly=True) as uow:
        rows = {row.key: row for row in uow.session.execute(select(AppSetting)).scalars()}
        return [_info(_REGISTRY[key], rows.get(key)) for key in registered_keys()
                if include_unlisted or _REGISTRY[key].listed]
