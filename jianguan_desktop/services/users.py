"""Managing users: list, add, disable and enable, reset and change passwords.

Only administrators manage users. An administrator cannot disable himself nor leave the
office without an active administrator. Passwords are never written anywhere but as hashes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import User
from jianguan_desktop.domain.passwords import (
    check_password_strength,
    check_username,
    hash_password,
    verify_password,
)
from jianguan_desktop.domain.roles import Actor, Permission, Role, parse_role, role_label
from jianguan_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.auth import find_user
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.setup import check_display_name


@dataclass(frozen=True)
class UserInfo:
    """A user as the users page and the command line show it."""

    id: int
    username: str
    display_name: str
    role: str
    role_label: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def user_info(user: User) -> UserInfo:
    """Plain data of a user row."""
    return UserInfo(id=user.id, username=user.username, display_name=user.display_name,
                    role=user.role, role_label=role_label(user.role), active=user.active,
                    locked_until=user.locked_until, last_login_at=user.last_login_at)


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    """Every user (active or not), in the order they were added."""
    require(actor, Permission.MANAGE_USERS)
    with db.uow(actor, readonly=True) as uow:
        users = uow.session.execute(select(User).order_by(User.id)).scalars()
        return [user_info(user) for user in users]


def _role(role: Role | str) -> Role:
    try:
        return role if isinstance(role, Role) else parse_role(role)
    except ValueError:
        raise ValidationError(
            tr("Unknown role “{role}”; choose administrator, head of office, clerk or read "
               "only.").format(role=role), field="role") from None


def _password_problem(password: str, username: str, field: str) -> None:
    problem = check_password_strength(password, username)
    if problem:
        raise ValidationError(problem, field=field)


def add_user(db: Database, actor: Actor, *, username: str, display_name: str,
             role: Role | str, password: str) -> UserInfo:
    """Create a user; ``ValidationError`` names the field that is wrong."""
    require(actor, Permission.MANAGE_USERS)
    name = username.strip()
    problem = check_username(name)
    if problem:
        raise ValidationError(problem, field="username")
    problem = check_display_name(display_name)
    if problem:
        raise ValidationError(problem, field="display_name")
    checked_role = _role(role)
    _password_problem(password, name, "password")
    password_hash = hash_password(password)
    with db.uow(actor) as uow:
        existing = find_user(uow.session, name)
        if existing is not None:
            raise ValidationError(tr("The user name “{name}” is already taken.").format(
                name=existing.username), field="username")
        user = User(username=name, display_name=display_name.strip(), role=checked_role.value,
                    password_hash=password_hash, active=True)
        uow.session.add(user)
        uow.flush()
        info = user_info(user)
        uow.commit()
    return info


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(tr("There is no user with number {id}.").format(id=user_id))
    return user


def _active_admins(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(User)
        .where(User.role == Role.ADMIN.value, User.active.is_(True))
    ).scalar_one()


def set_active(db: Database, actor: Actor, user_id: int, active: bool) -> UserInfo:
    """Disable or enable a user (a disabled user cannot log in; his records stay)."""
    require(actor, Permission.MANAGE_USERS)
    with db.uow(actor) as uow:
        user = _user(uow.session, user_id)
        if not active and user.active:
            if user.id == actor.user_id:
                raise ValidationError(tr("You cannot disable your own account."),
                                      field="active")
            if user.role == Role.ADMIN.value and _active_admins(uow.session) <= 1:
                raise ValidationError(tr("“{name}” is the last active administrator and cannot "
                                         "be disabled.").format(name=user.username),
                                      field="active")
        user.active = active
        if active:
            user.failed_attempts = 0
        uow.flush()
        info = user_info(user)
        uow.commit()
    return info


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """Give a user a new password (he must change it at his next login); lifts a lockout."""
    require(actor, Permission.MANAGE_USERS)
    with db.uow(actor) as uow:
        user = _user(uow.session, user_id)
        _password_problem(new_password, user.username, "password")
        user.password_hash = hash_password(new_password)
        user.must_change_password = True
        user.failed_attempts = 0
        user.locked_until = None
        uow.commit()


def change_own_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """The logged-in user changes his own password (needs the current one)."""
    if actor is None or actor.user_id is None:
        raise PermissionDenied(tr("Please log in first."))
    with db.uow(actor) as uow:
        user = _user(uow.session, actor.user_id)
        if not verify_password(old, user.password_hash):
            raise ValidationError(tr("The current password is wrong."), field="old_password")
        if new == old:
            raise ValidationError(tr("The new password must differ from the current one."),
                                  field="new_password")
        _password_problem(new, user.username, "new_password")
        user.password_hash = hash_password(new)
        user.must_change_password = False
        uow.commit()


def user_by_name(db: Database, actor: Actor, username: str) -> UserInfo:
    """A user looked up by name (for the command line); ``NotFoundError`` if there is none."""
    require(actor, Permission.MANAGE_USERS)
    with db.uow(actor, readonly=True) as uow:
        user = find_user(uow.session, username)
        if user is None:
            raise NotFoundError(tr("There is no user “{name}”.").format(name=username.strip()),
                                field="username")
        return user_info(user)
