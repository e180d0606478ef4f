"""Demonstration data: real users who can log in, made through the ordinary services."""

from __future__ import annotations

import pytest

from jianguan_desktop.errors import ConflictError
from jianguan_desktop.services import demo
from jianguan_desktop.services.audit import check_chain, recent_entries
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.demo import DEMO_PASSWORD, fill_demo, register_demo_filler
from jianguan_desktop.services.settings import get_setting
from jianguan_desktop.services.users import add_user, list_users


def test_small_demo_makes_the_office_staff(office_db, admin) -> None:
    result = fill_demo(office_db, admin)
    users = {user.username: user for user in list_users(office_db, admin)}
    assert users["lijianguo"].display_name == "李建国" and users["lijianguo"].role_label == "负责人"
    assert users["zhangmin"].role_label == "经办人" and users["chenxiaoyan"].role_label == "经办人"
    assert users["liuyang"].role_label == "只读"
    assert set(result.users) == {"lijianguo", "zhangmin", "chenxiaoyan", "liuyang"}
    assert authenticate(office_db, "liuyang", result.password).display_name == "刘洋"
    assert get_setting(office_db, "backup.keep_daily") == 10
    assert check_chain(office_db).intact


def test_large_demo_has_more_staff_and_a_lockout_story(office_db, admin, monkeypatch) -> None:
    from jianguan_desktop.services import complaint_demo, entity_demo, inspection_demo

    monkeypatch.setattr(entity_demo, "LARGE_COUNT", 2_000)  # the million rows are a benchmark
    monkeypatch.setattr(complaint_demo, "LARGE_COUNT", 20)
    monkeypatch.setattr(inspection_demo, "LARGE_COUNT", 20)
    fill_demo(office_db, admin, "large")
    assert len(list_users(office_db, admin)) >= 15
    labels = [row.action_label for row in recent_entries(office_db, admin, 100_000)]
    assert "账户锁定" in labels and "登录失败" in labels
    assert authenticate(office_db, "zhaoli", DEMO_PASSWORD).username == "zhaoli"


def test_demo_twice_adds_nothing_new(office_db, admin) -> None:
    fill_demo(office_db, admin)
    again = fill_demo(office_db, admin)
    assert again.users == [] and len(list_users(office_db, admin)) == 5


def test_demo_refuses_a_database_in_real_use(office_db, admin) -> None:
    add_user(office_db, admin, username="wanghong", display_name="王红", role="clerk",
             password="Wang#Hong2026")
    with pytest.raises(ConflictError, match="wanghong"):
        fill_demo(office_db, admin)


def test_registered_fillers_run_after_the_users(office_db, admin,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "_FILLERS", {})
    calls = []

    def filler(db, actor, size, progress):
        calls.append((actor.username, size, len(list_users(db, actor))))
        return 3

    register_demo_filler("notes", filler)
    result = fill_demo(office_db, admin)
    assert calls == [("admin", "small", 5)] and result.counts["notes"] == 3
