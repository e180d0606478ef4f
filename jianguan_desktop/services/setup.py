"""First start: the office this database belongs to and its first administrator.

:func:`initialize` checks everything before it writes, then creates the office row and the
administrator in one transaction: a refused setup leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import Office, User
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.domain.office_code import OfficeMode, check_office_code, mode_label
from jianguan_desktop.domain.passwords import check_password_strength, check_username, hash_password
from jianguan_desktop.domain.roles import Actor, Role
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.i18n import tr

OFFICE_NAME_MAX = 100
DISPLAY_NAME_MAX = 50


@dataclass(frozen=True)
class OfficeInfo:
    """The office that owns the database."""

    code: str
    name: str
    mode: str
    mode_label: str


def office_info(db: Database) -> OfficeInfo | None:
    """The office's code, name and mode, or ``None`` before setup."""
    with db.uow(readonly=True) as uow:
        try:
            office = uow.session.get(Office, 1)
        except DBAPIError:  # no office table yet: an empty file
            return None
        if office is None:
            return None
        return OfficeInfo(code=office.code, name=office.name, mode=office.mode,
                          mode_label=mode_label(office.mode))


def is_initialized(db: Database) -> bool:
    """Whether the office and its first administrator have been set up."""
    return office_info(db) is not None


def first_administrator(db: Database) -> str | None:
    """The user name of the earliest active administrator (the one made at setup, normally)."""
    with db.uow(readonly=True) as uow:
        return uow.session.execute(
            select(User.username).where(User.role == Role.ADMIN.value, User.active.is_(True))
            .order_by(User.id).limit(1)).scalar_one_or_none()


def parse_mode(mode: OfficeMode | str) -> OfficeMode:
    """``county``/``city`` (or 县级/市级) to a mode; ``ValidationError`` otherwise."""
    text = str(mode).strip().lower()
    for candidate in OfficeMode:
        if text in (candidate.value, mode_label(candidate)):
            return candidate
    raise ValidationError(tr("The mode must be county or city."), field="mode")


def check_display_name(display_name: str) -> str | None:
    """Why a person's name cannot be used (translated), or ``None``."""
    if len(display_name.strip()) > DISPLAY_NAME_MAX:
        return tr("A name has at most {count} characters.").format(count=DISPLAY_NAME_MAX)
    return None


def initialize(db: Database, *, office_code: str, office_name: str, mode: OfficeMode | str,
               admin_username: str, admin_password: str,
               admin_display_name: str = "") -> Actor:
    """Set up the office and its first administrator; return the administrator as actor.

    Raises ``ValidationError`` (with every wrong field in ``fields``) before anything is
    written, and ``ConflictError`` if the database already belongs to an office.
    """
    problems: dict[str, str] = {}
    office_mode: OfficeMode | None = None
    try:
        office_mode = parse_mode(mode)
    except ValidationError as error:
        problems["mode"] = error.message
    code = ""
    if office_mode is not None:
        try:
            code = check_office_code(office_code, office_mode)
        except ValueError as error:
            problems["office_code"] = str(error)
    name = office_name.strip()
    if not name:
        problems["office_name"] = tr("Enter the office's name.")
    elif len(name) > OFFICE_NAME_MAX:
        problems["office_name"] = tr("The office's name has at most {count} characters.").format(
            count=OFFICE_NAME_MAX)
    username = admin_username.strip()
    username_problem = check_username(username)
    if username_problem:
        problems["admin_username"] = username_problem
    display_problem = check_display_name(admin_display_name)
    if display_problem:
        problems["admin_display_name"] = display_problem
    password_problem = check_password_strength(admin_password, username)
    if password_problem:
        problems["admin_password"] = password_problem
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field, fields=problems)
    assert office_mode is not None

    existing = office_info(db)
    if existing is not None:
        raise ConflictError(tr("This database already belongs to {name} ({code}); it cannot be "
                               "set up again.").format(name=existing.name, code=existing.code))
    password_hash = hash_password(admin_password)
    actor = Actor(username=username, role=Role.ADMIN, display_name=admin_display_name.strip())
    with db.uow(actor) as uow:
        if uow.session.get(Office, 1) is not None:  # set up meanwhile in another window
            raise ConflictError(tr("This database has just been set up in another window."))
        uow.session.add(Office(id=1, code=code, name=name, mode=office_mode.value))
        user = User(username=username, display_name=admin_display_name.strip(),
                    role=Role.ADMIN.value, password_hash=password_hash, active=True)
        uow.session.add(user)
        from jianguan_desktop.services.sync_keys import new_keys_row

        uow.session.add(new_keys_row()[0])  # the office's sync keys, made at setup
        uow.flush()
        append_audit(uow.session, "initialize", "office", "1",
                     {"code": [None, code], "mode": [None, office_mode.value]})
        uow.commit()
        user_id = user.id
    db.forget_office()
    return Actor(username=username, role=Role.ADMIN, user_id=user_id,
                 display_name=admin_display_name.strip())
