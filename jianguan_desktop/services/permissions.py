"""Permission checks done by every service before it acts (hiding a button is not enough).

:func:`require` raises :class:`~jianguan_desktop.errors.PermissionDenied` naming the role and
what it may not do, e.g. 「您的角色（经办人）无权管理用户。」
"""

from __future__ import annotations

from jianguan_desktop.domain.roles import Actor, Permission, permission_label, role_label
from jianguan_desktop.errors import PermissionDenied
from jianguan_desktop.i18n import tr


def require(actor: Actor | None, permission: Permission) -> Actor:
    """Return ``actor`` if it may do ``permission``; otherwise raise ``PermissionDenied``."""
    if actor is None:
        raise PermissionDenied(tr("Please log in first."))
    if not actor.can(permission):
        raise PermissionDenied(tr("Your role ({role}) may not {action}.").format(
            role=role_label(actor.role), action=permission_label(permission)))
    return actor
