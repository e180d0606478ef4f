"""Logging in: checks the password, counts failures, locks an account after too many.

The limits are settings (``security.lockout_attempts``, ``security.lockout_minutes``). Every
success, failure and lockout is written to the audit log, also when the login fails.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import User
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.domain.passwords import dummy_verify, hash_password, needs_rehash
from jianguan_desktop.domain.passwords import verify_password as password_matches
from jianguan_desktop.domain.roles import Actor, Role
from jianguan_desktop.errors import AuthenticationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.settings import LOCKOUT_ATTEMPTS, LOCKOUT_MINUTES, get_setting

USERNAME_COLUMN_MAX = 50


def find_user(session: Session, username: str) -> User | None:
    """The user with this name (user names are unique regardless of letter case)."""
    name = username.strip()
    if not name:
        return None
    return session.execute(
        select(User).where(func.lower(User.username) == name.lower())
    ).scalars().first()


def actor_for(user: User) -> Actor:
    """The acting identity of a user row."""
    return Actor(username=user.username, role=Role(user.role), user_id=user.id,
                 display_name=user.display_name)


def locked_message(until: datetime) -> str:
    """「账户已锁定，请于 HH:MM 后再试」 in the computer's local time."""
    return tr("The account is locked; try again after {time}.").format(
        time=until.astimezone().strftime("%H:%M"))


def _wrong() -> AuthenticationError:
    return AuthenticationError(tr("Wrong user name or password."), field="password")


def authenticate(db: Database, username: str, password: str,
                 now: datetime | None = None) -> Actor:
    """Check a user name and password; return the actor or raise ``AuthenticationError``.

    An unknown user and a wrong password get the same answer (and take as long). A
    disabled account says so only to someone who knows its password. ``now`` (aware)
    lets tests move the clock.
    """
    now = now or utcnow()
    attempted = username.strip()[:USERNAME_COLUMN_MAX] or "?"
    error: AuthenticationError | None = None
    actor: Actor | None = None
    with db.uow(Actor(username=attempted, role=Role.READONLY)) as uow:
        session = uow.session
        user = find_user(session, username)
        if user is None:
            dummy_verify(password)
            append_audit(session, "login_failed", "users", "", {})
            uow.commit()
            raise _wrong()
        record = str(user.id)
        if user.locked_until is not None and user.locked_until > now:
            append_audit(session, "login_failed", "users", record,
                         {"locked_until": [user.locked_until.isoformat()] * 2},
                         actor=user.username)
            uow.commit()
            raise AuthenticationError(locked_message(user.locked_until), field="password")
        if not password_matches(password, user.password_hash):
            error = _register_failure(session, user, now)
        elif not user.active:
            append_audit(session, "login_failed", "users", record, {"active": [False, False]},
                         actor=user.username)
            error = AuthenticationError(
                tr("This account has been disabled; ask an administrator to enable it."),
                field="username")
        else:
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            append_audit(session, "login", "users", record, {}, actor=user.username)
            actor = actor_for(user)
        uow.commit()
    if error is not None or actor is None:
        raise error or _wrong()
    return actor


def _register_failure(session: Session, user: User, now: datetime) -> AuthenticationError:
    limit = int(get_setting(session, LOCKOUT_ATTEMPTS.key))
    record = str(user.id)
    before = user.failed_attempts
    user.failed_attempts = before + 1
    append_audit(session, "login_failed", "users", record,
                 {"failed_attempts": [before, user.failed_attempts]}, actor=user.username)
    if user.failed_attempts < limit:
        return _wrong()
    minutes = int(get_setting(session, LOCKOUT_MINUTES.key))
    user.locked_until = now + timedelta(minutes=minutes)
    user.failed_attempts = 0  # after the lock runs out the user has the full number again
    append_audit(session, "lockout", "users", record,
                 {"locked_until": [None, user.locked_until.isoformat()]}, actor=user.username)
    return AuthenticationError(
        tr("Too many wrong passwords: the account is locked for {minutes} minutes, until "
           "{time}.").format(minutes=minutes,
                             time=user.locked_until.astimezone().strftime("%H:%M")),
        field="password")


def needs_password_change(db: Database, actor: Actor) -> bool:
    """Whether the user must choose a new password first (after an administrator's reset)."""
    with db.uow(readonly=True) as uow:
        user = uow.session.get(User, actor.user_id) if actor.user_id is not None else None
        return bool(user is not None and user.must_change_password)
