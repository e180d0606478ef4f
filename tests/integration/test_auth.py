"""Logging in: right and wrong passwords, lockout after five failures, disabled accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from jianguan_desktop.db.models import AuditEntry, User
from jianguan_desktop.domain.roles import Role
from jianguan_desktop.errors import AuthenticationError
from jianguan_desktop.services.auth import authenticate, needs_password_change
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.users import add_user, reset_password, set_active
from tests.conftest import ADMIN_PASSWORD

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
CLERK_PASSWORD = "Zhang#Min2026"


@pytest.fixture
def clerk(office_db, admin):
    return add_user(office_db, admin, username="zhangmin", display_name="张敏", role=Role.CLERK,
                    password=CLERK_PASSWORD)


def _fail(db, username: str, password: str, now: datetime = T0) -> str:
    with pytest.raises(AuthenticationError) as raised:
        authenticate(db, username, password, now=now)
    return str(raised.value)


def _actions(db) -> list[tuple[str, str]]:
    with db.uow(readonly=True) as uow:
        rows = uow.session.execute(select(AuditEntry.action, AuditEntry.actor)
                                   .order_by(AuditEntry.id)).all()
    return [(action, actor) for action, actor in rows]


def _lock_state(db, username: str) -> tuple[int, datetime | None]:
    with db.uow(readonly=True) as uow:
        user = uow.session.execute(select(User).where(User.username == username)).scalar_one()
        return user.failed_attempts, user.locked_until


def test_right_password_gives_the_actor_and_is_logged(office_db) -> None:
    actor = authenticate(office_db, "admin", ADMIN_PASSWORD)
    assert actor.username == "admin" and actor.role is Role.ADMIN and actor.user_id == 1
    assert actor.display_name == "王管理"
    assert _actions(office_db)[-1] == ("login", "admin")


def test_user_name_is_not_case_sensitive(office_db) -> None:
    assert authenticate(office_db, " Admin ", ADMIN_PASSWORD).username == "admin"


def test_unknown_user_and_wrong_password_get_the_same_answer(office_db) -> None:
    unknown = _fail(office_db, "nobody", ADMIN_PASSWORD)
    wrong = _fail(office_db, "admin", "Wrong#Pass1")
    assert unknown == wrong == "用户名或密码不正确。"
    assert _actions(office_db)[-2:] == [("login_failed", "nobody"), ("login_failed", "admin")]


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(office_db, clerk) -> None:
    # GIVEN four wrong passwords: still only "wrong password"
    for _ in range(4):
        assert _fail(office_db, "zhangmin", "Wrong#Pass1") == "用户名或密码不正确。"
    # WHEN the fifth is wrong too
    message = _fail(office_db, "zhangmin", "Wrong#Pass1")
    # THEN the account is locked until 15 minutes later, shown in local time
    unlock = (T0 + timedelta(minutes=15)).astimezone().strftime("%H:%M")
    assert "账户已锁定" in message and unlock in message
    assert _actions(office_db)[-1] == ("lockout", "zhangmin")
    # AND even the right password is refused 14 minutes later
    later = T0 + timedelta(minutes=14)
    assert _fail(office_db, "zhangmin", CLERK_PASSWORD, later) == \
        f"账户已锁定，请于 {unlock} 后再试。"
    # AND after the 15 minutes the right password works again
    actor = authenticate(office_db, "zhangmin", CLERK_PASSWORD, now=T0 + timedelta(minutes=16))
    assert actor.username == "zhangmin"


def test_failed_attempts_are_kept_although_login_fails(office_db, clerk) -> None:
    _fail(office_db, "zhangmin", "Wrong#Pass1")
    _fail(office_db, "zhangmin", "Wrong#Pass2")
    assert _lock_state(office_db, "zhangmin")[0] == 2


def test_a_successful_login_resets_the_count(office_db, clerk) -> None:
    for _ in range(4):
        _fail(office_db, "zhangmin", "Wrong#Pass1")
    authenticate(office_db, "zhangmin", CLERK_PASSWORD, now=T0)
    for _ in range(4):
        assert _fail(office_db, "zhangmin", "Wrong#Pass1") == "用户名或密码不正确。"
    assert _lock_state(office_db, "zhangmin") == (4, None)


def test_lockout_limits_are_settings(office_db, admin, clerk) -> None:
    # GIVEN the office allows only 2 attempts and locks for 60 minutes
    set_setting(office_db, admin, "security.lockout_attempts", 2)
    set_setting(office_db, admin, "security.lockout_minutes", "60")
    _fail(office_db, "zhangmin", "Wrong#Pass1")
    # WHEN the second password is wrong THEN the account is locked for an hour
    assert "60 分钟" in _fail(office_db, "zhangmin", "Wrong#Pass1")
    assert "账户已锁定" in _fail(office_db, "zhangmin", CLERK_PASSWORD,
                               T0 + timedelta(minutes=59))
    authenticate(office_db, "zhangmin", CLERK_PASSWORD, now=T0 + timedelta(minutes=61))


def test_disabled_account_says_so_to_whoever_knows_the_password(office_db, admin,
                                                                clerk) -> None:
    set_active(office_db, admin, clerk.id, False)
    assert _fail(office_db, "zhangmin", CLERK_PASSWORD) == "该账户已停用，请联系管理员启用。"
    assert _fail(office_db, "zhangmin", "Wrong#Pass1") == "用户名或密码不正确。"


def test_reset_password_unlocks_and_asks_for_a_new_password(office_db, admin, clerk) -> None:
    for _ in range(5):
        _fail(office_db, "zhangmin", "Wrong#Pass1", datetime.now(UTC))
    reset_password(office_db, admin, clerk.id, "Reset#Pass2026")
    actor = authenticate(office_db, "zhangmin", "Reset#Pass2026")
    assert needs_password_change(office_db, actor)
    assert not needs_password_change(office_db, admin)
