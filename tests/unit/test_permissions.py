"""Services refuse what a role may not do, and say so in words."""

from __future__ import annotations

import pytest

from jianguan_desktop.domain.roles import Actor, Permission, Role
from jianguan_desktop.errors import PermissionDenied
from jianguan_desktop.services.permissions import require


def test_clerk_may_not_manage_users() -> None:
    clerk = Actor(username="zhangmin", role=Role.CLERK, user_id=2)
    with pytest.raises(PermissionDenied) as raised:
        require(clerk, Permission.MANAGE_USERS)
    assert str(raised.value) == "您的角色（经办人）无权管理用户。"
    assert raised.value.exit_code != 0


def test_read_only_may_not_write() -> None:
    with pytest.raises(PermissionDenied, match="只读"):
        require(Actor(username="liuyang", role=Role.READONLY), Permission.WRITE)


@pytest.mark.parametrize("permission", list(Permission))
def test_administrator_may_do_everything(permission: Permission) -> None:
    admin = Actor(username="admin", role=Role.ADMIN, user_id=1)
    assert require(admin, permission) is admin


def test_nobody_logged_in_is_refused() -> None:
    with pytest.raises(PermissionDenied, match="请先登录"):
        require(None, Permission.READ)
