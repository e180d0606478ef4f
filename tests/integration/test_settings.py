"""Settings: presets with their source, changes checked, allowed to heads, and audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.domain.roles import Role
from jianguan_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.settings import get_setting, list_settings, set_setting
from jianguan_desktop.services.users import add_user


def test_presets_apply_until_changed_and_say_where_they_come_from(office_db) -> None:
    settings = {info.key: info for info in list_settings(office_db)}
    assert get_setting(office_db, "security.lockout_attempts") == 5
    assert get_setting(office_db, "security.lockout_minutes") == 15
    assert [settings[f"backup.keep_{k}"].value for k in ("daily", "weekly", "monthly")] == \
        [7, 4, 12]
    lockout = settings["security.lockout_minutes"]
    assert lockout.is_default and lockout.source == "本程序安全策略（issue #2）"
    assert lockout.label == "账户锁定时长" and lockout.unit == "分钟"


def test_change_is_kept_and_audited(office_db, admin) -> None:
    info = set_setting(office_db, admin, "backup.keep_daily", "10")
    assert info.value == 10 and not info.is_default and info.updated_by == "admin"
    assert get_setting(office_db, "backup.keep_daily") == 10
    with office_db.uow(readonly=True) as uow:
        entry = uow.session.execute(select(AuditEntry.table_name, AuditEntry.record_id,
                                           AuditEntry.changes)
                                    .order_by(AuditEntry.id.desc())).first()
    assert entry[0] == "app_settings" and entry[1] == "backup.keep_daily" and '10' in entry[2]


@pytest.mark.parametrize(("value", "reason"), [
    ("abc", "必须是整数"), (0, "不能小于 1"), (1000, "不能大于 366"), (True, "必须是整数"),
])
def test_wrong_values_are_refused(office_db, admin, value, reason) -> None:
    with pytest.raises(ValidationError) as raised:
        set_setting(office_db, admin, "backup.keep_daily", value)
    assert reason in str(raised.value) and raised.value.field == "backup.keep_daily"
    assert get_setting(office_db, "backup.keep_daily") == 7


def test_unknown_setting(office_db, admin) -> None:
    with pytest.raises(NotFoundError, match=r"no\.such"):
        set_setting(office_db, admin, "no.such", 1)


def test_clerk_may_not_change_settings(office_db, admin) -> None:
    add_user(office_db, admin, username="zhangmin", display_name="张敏", role=Role.CLERK,
             password="Zhang#Min2026")
    clerk = authenticate(office_db, "zhangmin", "Zhang#Min2026")
    with pytest.raises(PermissionDenied, match="无权修改设置"):
        set_setting(office_db, clerk, "security.lockout_minutes", 30)
