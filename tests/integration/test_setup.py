"""First start: the office and its administrator are set up together or not at all."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jianguan_desktop.db.models import AuditEntry, Office, User
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services.setup import (
    first_administrator,
    initialize,
    is_initialized,
    office_info,
)
from tests.conftest import ADMIN_PASSWORD, OFFICE_CODE, OFFICE_NAME


def _setup(db, **changes):
    values = dict(office_code=OFFICE_CODE, office_name=OFFICE_NAME, mode="county",
                  admin_username="admin", admin_password=ADMIN_PASSWORD,
                  admin_display_name="王管理")
    values.update(changes)
    return initialize(db, **values)


def _counts(db) -> tuple[int, int, int]:
    with db.uow(readonly=True) as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(model)).scalar_one()
                     for model in (Office, User, AuditEntry))


def test_setup_creates_office_and_administrator(database) -> None:
    assert not is_initialized(database) and office_info(database) is None
    actor = _setup(database, office_code="４１０５２２-01")
    info = office_info(database)
    assert info is not None and info.code == "410522-01" and info.mode == "county"
    assert info.mode_label == "县级" and info.name == OFFICE_NAME
    assert actor.username == "admin" and actor.user_id is not None
    assert database.office_code() == "410522-01"
    assert first_administrator(database) == "admin"


def test_setup_is_audited(database) -> None:
    _setup(database)
    with database.uow(readonly=True) as uow:
        actions = uow.session.execute(select(AuditEntry.action, AuditEntry.table_name)
                                      .order_by(AuditEntry.id)).all()
    assert ("create", "office") in actions and ("create", "users") in actions
    assert ("initialize", "office") in actions


@pytest.mark.parametrize(("changes", "field", "reason"), [
    ({"office_code": "41052"}, "office_code", "6 位数字"),
    ({"office_code": "410500"}, "office_code", "县级单位须使用县级行政区划代码"),
    ({"office_code": "410522", "mode": "city"}, "office_code", "市级单位"),
    ({"mode": "province"}, "mode", "县级（county）或市级（city）"),
    ({"office_name": "  "}, "office_name", "请输入单位名称"),
    ({"admin_username": "a"}, "admin_username", "2 至 30"),
    ({"admin_username": "ad min"}, "admin_username", "只能包含"),
    ({"admin_password": "admin123"}, "admin_password", "常见"),
])
def test_wrong_setup_is_refused_and_nothing_is_written(database, changes, field,
                                                       reason) -> None:
    with pytest.raises(ValidationError) as raised:
        _setup(database, **changes)
    assert raised.value.field == field and reason in str(raised.value)
    assert _counts(database) == (0, 0, 0)
    assert not is_initialized(database)


def test_every_wrong_field_is_named_at_once(database) -> None:
    with pytest.raises(ValidationError) as raised:
        _setup(database, office_code="99", office_name="", admin_password="short")
    assert set(raised.value.fields) == {"office_code", "office_name", "admin_password"}


def test_city_office_needs_a_city_code(database) -> None:
    _setup(database, office_code="410500", mode="city",
           office_name="安阳市公共资源交易监督管理办公室")
    info = office_info(database)
    assert info is not None and info.mode == "city" and info.mode_label == "市级"


def test_second_setup_is_refused(office_db) -> None:
    before = _counts(office_db)
    with pytest.raises(ConflictError, match="不能再次初始化"):
        _setup(office_db, office_code="410523", admin_username="other")
    assert _counts(office_db) == before
    assert office_info(office_db).code == OFFICE_CODE
