"""Demonstration data for trying the program out: the staff of a county office and their work.

Everything goes through the ordinary services (real logins, real audit entries). Registers
add their own sample records with :func:`register_demo_filler`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import User
from jianguan_desktop.domain.roles import Actor, Permission, Role
from jianguan_desktop.errors import AuthenticationError, ConflictError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.settings import (
    BACKUP_KEEP_DAILY,
    LOCKOUT_ATTEMPTS,
    get_setting,
    set_setting,
)
from jianguan_desktop.services.users import add_user, reset_password

DEMO_PASSWORD = "Demo#2026"  # printed by ``jianguan demo``; demo users only
SIZES = ("small", "large")

# (user name, name, role): the staff of a county office.
SMALL_STAFF: tuple[tuple[str, str, Role], ...] = (
    ("lijianguo", "李建国", Role.HEAD),
    ("zhangmin", "张敏", Role.CLERK),
    ("chenxiaoyan", "陈晓燕", Role.CLERK),
    ("liuyang", "刘洋", Role.READONLY),
)
LARGE_STAFF: tuple[tuple[str, str, Role], ...] = (
    ("wangzhiqiang", "王志强", Role.CLERK),
    ("zhaoli", "赵丽", Role.CLERK),
    ("sunwei", "孙伟", Role.CLERK),
    ("zhoujing", "周静", Role.CLERK),
    ("wulei", "吴磊", Role.CLERK),
    ("zhenghong", "郑红", Role.READONLY),
    ("fenggang", "冯刚", Role.READONLY),
    ("hejing", "何静", Role.CLERK),
    ("guoqiang", "郭强", Role.HEAD),
    ("madan", "马丹", Role.READONLY),
)


@dataclass
class DemoResult:
    """What the demonstration data added: users (all with :data:`DEMO_PASSWORD`) and more."""

    users: list[str] = field(default_factory=list)
    password: str = DEMO_PASSWORD
    counts: dict[str, int] = field(default_factory=dict)


DemoFiller = Callable[[Database, Actor, str, Progress | None], int]
_FILLERS: dict[str, DemoFiller] = {}


def register_demo_filler(name: str, filler: DemoFiller) -> None:
    """Let a register add sample records; ``filler(db, actor, size, progress)`` returns how
    many it made (it is called after the demo users exist, once per ``fill_demo``)."""
    _FILLERS[name] = filler


def _staff(size: str) -> tuple[tuple[str, str, Role], ...]:
    return SMALL_STAFF + (LARGE_STAFF if size == "large" else ())


def _check_database(db: Database, staff: tuple[tuple[str, str, Role], ...]) -> set[str]:
    """Refuse a database in real use; return the demo users already there."""
    demo_names = {name for name, _display, _role in SMALL_STAFF + LARGE_STAFF}
    with db.uow(readonly=True) as uow:
        rows = uow.session.execute(select(User.username, User.role)).all()
    others = [name for name, role in rows if name not in demo_names and role != Role.ADMIN.value]
    if others:
        raise ConflictError(tr("Demonstration data goes only into a database for trying the "
                               "program out; this one already has users ({names}).")
                            .format(names="、".join(sorted(others)[:5])))  # Chinese list mark
    wanted = {name for name, _display, _role in staff}
    return {name for name, _role in rows if name in wanted}


def fill_demo(db: Database, actor: Actor, size: str = "small",
              progress: Progress | None = None) -> DemoResult:
    """Fill a freshly set-up database with demonstration users, their logins and settings."""
    require(actor, Permission.MANAGE_USERS)
    if size not in SIZES:
        raise ValueError(f"size must be one of {SIZES}")
    staff = _staff(size)
    existing = _check_database(db, staff)
    result = DemoResult()
    steps = len(staff) + len(set(name for name, _d, _r in staff) - existing) + 2 + len(_FILLERS)
    done = 0

    def step(text: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress.check_cancelled()
            progress.report(done, steps, text)

    for username, display_name, role in staff:
        if username not in existing:
            add_user(db, actor, username=username, display_name=display_name, role=role,
                     password=DEMO_PASSWORD)
            result.users.append(username)
        step(tr("Adding users…"))
    # Each new user logs in once, as on a first working day.
    actors = {}
    for username in result.users:
        actors[username] = authenticate(db, username, DEMO_PASSWORD)
        step(tr("Logging in…"))
    if "lijianguo" in actors:
        # The head of office keeps ten days of daily backups instead of seven.
        set_setting(db, actors["lijianguo"], BACKUP_KEEP_DAILY.key, 10)
    step(tr("Settings…"))
    if "zhaoli" in actors:
        _forgotten_password(db, actor, "zhaoli")
    step(tr("Audit history…"))
    result.counts["users"] = len(result.users)
    for name, filler in _FILLERS.items():
        result.counts[name] = filler(db, actor, size, progress)
        step(tr("Sample records…"))
    return result


def _forgotten_password(db: Database, admin: Actor, username: str) -> None:
    """A clerk mistypes her password until the account locks; the administrator resets it."""
    for _attempt in range(int(get_setting(db, LOCKOUT_ATTEMPTS.key))):
        with contextlib.suppress(AuthenticationError):
            authenticate(db, username, "Demo#2025")
    with db.uow(readonly=True) as uow:
        user_id = uow.session.execute(
            select(User.id).where(User.username == username)).scalar_one()
    reset_password(db, admin, user_id, DEMO_PASSWORD)
