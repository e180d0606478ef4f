"""Only the owning office changes a record (issue 8 item 6): at the city a county's records are
read-only — an edit, a deletion or a restore is refused with the owner's name and nothing is
written — and a county cannot rewrite the city-wide lists the city sent down."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.errors import NotOwnerError
from jianguan_desktop.services import entities as ent
from tests.integration.credit_check_helpers import list_entity
from tests.integration.test_sync_roundtrip import Office, _entity, code, offices

__all__ = ["offices"]  # the fixture, used by name below


def _versions(office: Office) -> list[tuple[str, int, bool]]:
    with office.db.uow(readonly=True) as uow:
        rows = uow.session.execute(select(Entity.id, Entity.version, Entity.deleted_at))
        return sorted((row.id, row.version, row.deleted_at is not None) for row in rows)


def test_the_city_cannot_change_a_countys_record(offices) -> None:
    city, a, _b = offices
    made = _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    city.take(a.send(city))
    before = _versions(city)
    with pytest.raises(NotOwnerError) as refused:
        ent.update_entity(city.db, city.admin, made, {
            "kind": "bidder", "name": "改名", "code": code("91410522MA0000001")}, None)
    assert "安阳县公共资源交易监督管理办公室" in refused.value.message
    assert "只有该单位可以修改" in refused.value.message
    assert "批注" in refused.value.message  # the city is told what it may do instead
    with pytest.raises(NotOwnerError):
        ent.delete_entity(city.db, city.admin, made)
    assert _versions(city) == before
    # the city's own records stay its own to change
    own = _entity(city, "安阳市戊工程有限公司", code("91410500MA0000005"))
    ent.delete_entity(city.db, city.admin, own)
    assert any(row == (own, 2, True) for row in _versions(city))


def test_a_county_cannot_rewrite_the_city_wide_lists(offices) -> None:
    city, a, _b = offices
    listing = list_entity(city.db, city.admin)  # the city's own black-list entry
    city.take(a.send(city))
    a.take(city.send(a))
    with a.db.uow() as uow:
        entry = uow.session.get(CreditEntry, listing.id)
        assert entry is not None and entry.office_code == city.code
        entry.remarks = "县里改的"
        with pytest.raises(NotOwnerError) as refused:
            uow.flush()
        assert "安阳市公共资源交易监督管理办公室" in refused.value.message
        assert "批注" not in refused.value.message
    with a.db.uow(readonly=True) as uow:
        assert uow.session.get(CreditEntry, listing.id).remarks != "县里改的"


def test_a_record_carrying_another_offices_code_cannot_be_added(offices) -> None:
    _city, a, _b = offices
    with a.db.uow() as uow:
        uow.session.add(Entity(office_code="410523", kind="bidder", name="冒名公司",
                               code=code("91410523MA0000009")))
        with pytest.raises(NotOwnerError) as refused:
            uow.flush()
        assert refused.value.message.startswith("410523")  # an office not known here by name
    with a.db.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Entity).where(
            Entity.name == "冒名公司")) == 0
