"""Managing users: only administrators, unique names, strong passwords, never without an admin."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.domain.roles import SYSTEM, Role
from jianguan_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.users import (
    add_user,
    change_own_password,
    list_users,
    reset_password,
    set_active,
    user_by_name,
)
from tests.conftest import ADMIN_PASSWORD

PASSWORD = "Zhang#Min2026"


def _add(db, actor, username="zhangmin", role=Role.CLERK, password=PASSWORD, name="张敏"):
    return add_user(db, actor, username=username, display_name=name, role=role,
                    password=password)


def test_added_user_is_listed_and_can_log_in(office_db, admin) -> None:
    info = _add(office_db, admin, role="经办人")
    assert info.role == "clerk" and info.role_label == "经办人" and info.active
    assert [user.username for user in list_users(office_db, admin)] == ["admin", "zhangmin"]
    assert authenticate(office_db, "zhangmin", PASSWORD).role is Role.CLERK


def test_duplicate_user_name_is_refused(office_db, admin) -> None:
    _add(office_db, admin)
    with pytest.raises(ValidationError) as raised:
        _add(office_db, admin, username="ZhangMin")
    assert raised.value.field == "username"
    assert str(raised.value) == "用户名“zhangmin”已存在。"


def test_weak_password_is_refused_and_no_user_is_made(office_db, admin) -> None:
    with pytest.raises(ValidationError) as raised:
        _add(office_db, admin, password="zhangmin2026")
    assert raised.value.field == "password" and "用户名" in str(raised.value)
    assert len(list_users(office_db, admin)) == 1


def test_unknown_role_is_refused(office_db, admin) -> None:
    with pytest.raises(ValidationError) as raised:
        _add(office_db, admin, role="boss")
    assert raised.value.field == "role"


def test_only_administrators_manage_users(office_db, admin) -> None:
    _add(office_db, admin)
    clerk = authenticate(office_db, "zhangmin", PASSWORD)
    with pytest.raises(PermissionDenied, match="您的角色（经办人）无权管理用户。"):
        list_users(office_db, clerk)
    with pytest.raises(PermissionDenied):
        _add(office_db, clerk, username="chenxiaoyan")


def test_admin_cannot_disable_himself(office_db, admin) -> None:
    with pytest.raises(ValidationError, match="不能停用您自己的账户"):
        set_active(office_db, admin, admin.user_id, False)


def test_last_active_administrator_cannot_be_disabled(office_db, admin) -> None:
    # GIVEN a second administrator who is logged in, and the first one disabled by him
    _add(office_db, admin, username="wangqiang", role=Role.ADMIN, name="王强")
    second = authenticate(office_db, "wangqiang", PASSWORD)
    set_active(office_db, second, admin.user_id, False)
    # WHEN the program itself tries to disable the second, the only active administrator left
    # THEN it is refused
    with pytest.raises(ValidationError, match="最后一位在用的管理员"):
        set_active(office_db, SYSTEM, second.user_id, False)
    # AND enabling the first one again works
    assert set_active(office_db, second, admin.user_id, True).active


def test_disable_and_enable_are_audited(office_db, admin) -> None:
    clerk = _add(office_db, admin)
    set_active(office_db, admin, clerk.id, False)
    with office_db.uow(readonly=True) as uow:
        last = uow.session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.record_id, AuditEntry.changes)
            .order_by(AuditEntry.id.desc())).first()
    assert tuple(last) == ("update", "admin", str(clerk.id), '{"active":[true,false]}')


def test_reset_password_forces_a_change_and_is_not_logged_in_clear(office_db, admin) -> None:
    clerk = _add(office_db, admin)
    reset_password(office_db, admin, clerk.id, "Reset#Pass2026")
    assert authenticate(office_db, "zhangmin", "Reset#Pass2026")
    with office_db.uow(readonly=True) as uow:
        logged = " ".join(uow.session.execute(select(AuditEntry.changes)).scalars())
    assert "Reset#Pass2026" not in logged and PASSWORD not in logged
    assert "scrypt$" not in logged


def test_reset_password_checks_strength(office_db, admin) -> None:
    clerk = _add(office_db, admin)
    with pytest.raises(ValidationError, match="至少需要 8 位"):
        reset_password(office_db, admin, clerk.id, "Ab#1")


def test_change_own_password(office_db, admin) -> None:
    with pytest.raises(ValidationError) as raised:
        change_own_password(office_db, admin, "Wrong#Pass1", "New#Pass2026")
    assert raised.value.field == "old_password"
    with pytest.raises(ValidationError) as raised:
        change_own_password(office_db, admin, ADMIN_PASSWORD, ADMIN_PASSWORD)
    assert raised.value.field == "new_password"
    change_own_password(office_db, admin, ADMIN_PASSWORD, "New#Pass2026")
    assert authenticate(office_db, "admin", "New#Pass2026").username == "admin"


def test_unknown_user_by_name(office_db, admin) -> None:
    with pytest.raises(NotFoundError, match="用户“nobody”不存在"):
        user_by_name(office_db, admin, "nobody")
