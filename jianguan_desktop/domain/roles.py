"""Roles (管理员, 负责人, 经办人, 只读) and what each may do; checked in the services."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jianguan_desktop.i18n import tr


class Role(StrEnum):
    """A user's role; the value is what the database stores."""

    ADMIN = "admin"
    HEAD = "head"
    CLERK = "clerk"
    READONLY = "readonly"

    @property
    def label(self) -> str:
        """The role's name as users know it."""
        return role_label(self)


def role_label(role: Role | str) -> str:
    """Chinese name of a role."""
    labels = {
        Role.ADMIN: tr("Administrator"),
        Role.HEAD: tr("Head of office"),
        Role.CLERK: tr("Clerk"),
        Role.READONLY: tr("Read only"),
    }
    return labels[Role(role)]


def parse_role(text: str) -> Role:
    """Accept a role by its stored value or its Chinese or English name."""
    cleaned = text.strip()
    for role in Role:
        if cleaned in (role.value, role.name.lower(), role_label(role)):
            return role
    raise ValueError(text)


class Permission(StrEnum):
    """Things a service checks before it acts."""

    READ = "read"
    WRITE = "write"
    APPROVE = "approve"
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    VIEW_AUDIT = "view_audit"
    MANAGE_BACKUPS = "manage_backups"
    VIEW_CONFIDENTIAL = "view_confidential"
    SYNC = "sync"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.HEAD: frozenset({
        Permission.READ, Permission.WRITE, Permission.APPROVE, Permission.EDIT_SETTINGS,
        Permission.VIEW_AUDIT, Permission.VIEW_CONFIDENTIAL, Permission.SYNC,
    }),
    Role.CLERK: frozenset({Permission.READ, Permission.WRITE}),
    Role.READONLY: frozenset({Permission.READ}),
}


def allows(role: Role | str, permission: Permission) -> bool:
    """Whether a role carries a permission."""
    return permission in _GRANTS[Role(role)]


def permission_label(permission: Permission) -> str:
    """What a permission lets a user do, for messages."""
    labels = {
        Permission.READ: tr("view registers"),
        Permission.WRITE: tr("enter and edit records"),
        Permission.APPROVE: tr("approve"),
        Permission.MANAGE_USERS: tr("manage users"),
        Permission.EDIT_SETTINGS: tr("change settings"),
        Permission.VIEW_AUDIT: tr("view the audit trail"),
        Permission.MANAGE_BACKUPS: tr("manage backups"),
        Permission.VIEW_CONFIDENTIAL: tr("see confidential personal data"),
        Permission.SYNC: tr("write and read sync packages"),
    }
    return labels[permission]


@dataclass(frozen=True)
class Actor:
    """Who is acting: the logged-in user, or the program itself (``system``)."""

    username: str
    role: Role
    user_id: int | None = None
    display_name: str = ""

    def can(self, permission: Permission) -> bool:
        """Whether this actor may do something."""
        return allows(self.role, permission)


SYSTEM = Actor(username="system", role=Role.ADMIN)
