"""The registers at the city (issue 8, city mode): every county's records beside the city's own
with a 所属单位 column a clerk filters and searches by the county's name; a county sees no such
column, except on the city-wide credit lists; the city's notes on a county record are added,
listed and deleted softly, by the city only, and stay at the city."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jianguan_desktop.db.sync import CityNote
from jianguan_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.services import city_notes
from jianguan_desktop.services.city_view import OFFICE_COLUMN, is_own_row, view_spec
from jianguan_desktop.services.credit_lists import TABLE_KEY as CREDIT_TABLE
from jianguan_desktop.services.entities import table_key_for
from jianguan_desktop.services.tables import TableQuery, count_rows, fetch_rows, get_table
from tests.integration.credit_check_helpers import list_entity
from tests.integration.test_sync_roundtrip import (
    CITY,
    COUNTY_A,
    COUNTY_B,
    _entity,
    code,
    offices,
)

__all__ = ["offices"]


@pytest.fixture
def gathered(offices):
    """The city holding two entities of county A and one of county B, and one of its own."""
    city, a, b = offices
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    _entity(a, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    _entity(b, "汤阴县丙工程有限公司", code("91410523MA0000003"))
    _entity(city, "安阳市丁咨询有限公司", code("91410500MA0000004"))
    city.take(a.send(city))
    city.take(b.send(city))
    return offices


def _entities_view(office):
    return view_spec(office.db, office.admin, get_table(table_key_for(office.admin)))


def _names(office, query: TableQuery) -> dict[str, str]:
    spec = _entities_view(office)
    rows = fetch_rows(office.db, office.admin, spec, query, 0, 50)
    return {row["name"]: spec.column(OFFICE_COLUMN).label(row[OFFICE_COLUMN]) for row in rows}


def test_the_city_lists_every_office_by_name_and_filters_by_office(gathered) -> None:
    city, _a, _b = gathered
    assert _names(city, TableQuery()) == {
        "安阳县甲建筑有限公司": "安阳县", "安阳县乙建筑有限公司": "安阳县",
        "汤阴县丙工程有限公司": "汤阴县", "安阳市丁咨询有限公司": "安阳市"}
    assert set(_names(city, TableQuery(filters={OFFICE_COLUMN: COUNTY_A}))) == {
        "安阳县甲建筑有限公司", "安阳县乙建筑有限公司"}
    # the office is found by its name in the search box, like any other column
    assert set(_names(city, TableQuery(search="汤阴县"))) == {"汤阴县丙工程有限公司"}
    spec = _entities_view(city)
    assert count_rows(city.db, city.admin, spec,
                      TableQuery(filters={OFFICE_COLUMN: COUNTY_B})) == 1
    # the column's choices: the city first, then the counties
    assert list(spec.column(OFFICE_COLUMN).labels()) == [CITY, COUNTY_A, COUNTY_B]


def test_a_row_is_the_citys_own_only_when_the_city_made_it(gathered) -> None:
    city, _a, _b = gathered
    rows = fetch_rows(city.db, city.admin, _entities_view(city), TableQuery(), 0, 50)
    own = {row["name"]: is_own_row(row, CITY) for row in rows}
    assert own == {"安阳县甲建筑有限公司": False, "安阳县乙建筑有限公司": False,
                   "汤阴县丙工程有限公司": False, "安阳市丁咨询有限公司": True}


def test_a_county_sees_no_office_column_but_the_city_wide_lists_name_the_listing_office(
        offices) -> None:
    city, a, b = offices
    assert not _entities_view(a).has_column(OFFICE_COLUMN)
    list_entity(b.db, b.admin)  # county B blacklists an entity; the city forwards it to A
    city.take(b.send(city))
    a.take(city.send(a))
    spec = view_spec(a.db, a.admin, get_table(CREDIT_TABLE))
    [row] = fetch_rows(a.db, a.admin, spec, TableQuery(), 0, 10)
    # the county knows the city by name, and another county by its code only
    assert spec.column("office_code").label(row["office_code"]) == COUNTY_B
    assert spec.column("office_code").labels()[CITY] == "安阳市"
    assert not is_own_row(row, COUNTY_A)


def _county_record(city) -> str:
    return next(iter(city.entities(COUNTY_A)))


def test_the_city_adds_lists_and_deletes_its_notes_on_a_county_record(gathered) -> None:
    city, _a, _b = gathered
    target = _county_record(city)
    first = city_notes.add_note(city.db, city.admin, "entities", target,
                                "  请核实该企业的资质证书有效期。 ")
    city_notes.add_note(city.db, city.admin, "entities", target, "已电话通知安阳县。")
    listed = city_notes.list_notes(city.db, city.admin, "entities", target)
    assert [note.text for note in listed] == ["请核实该企业的资质证书有效期。",
                                              "已电话通知安阳县。"]
    assert listed[0].created_by == "admin"
    city_notes.delete_note(city.db, city.admin, first.id, first.version)
    assert [note.text for note in city_notes.list_notes(city.db, city.admin, "entities",
                                                        target)] == ["已电话通知安阳县。"]
    with city.db.uow(readonly=True) as uow:  # deleted softly: still there, marked deleted
        deleted = uow.session.get(CityNote, first.id)
        assert deleted is not None and deleted.deleted_at is not None
        assert deleted.office_code == CITY
    # the county record itself is as the county made it
    assert city.entities(COUNTY_A)[target][0] in {"安阳县甲建筑有限公司", "安阳县乙建筑有限公司"}


def test_a_bad_note_gets_a_clear_message_and_nothing_is_written(gathered) -> None:
    city, a, _b = gathered
    target = _county_record(city)
    with pytest.raises(ValidationError) as empty:
        city_notes.add_note(city.db, city.admin, "entities", target, "   ")
    assert empty.value.field == "text" and "备注" in empty.value.message
    with pytest.raises(ValidationError) as long:
        city_notes.add_note(city.db, city.admin, "entities", target, "长" * 2001)
    assert "2000" in long.value.message and "2001" in long.value.message
    with pytest.raises(NotFoundError):
        city_notes.add_note(city.db, city.admin, "entities", "no-such-id", "备注")
    with pytest.raises(ValidationError):
        city_notes.add_note(city.db, city.admin, "sync_received", target, "备注")
    with pytest.raises(PermissionDenied) as county:
        city_notes.add_note(a.db, a.admin, "entities", next(iter(a.entities(COUNTY_A))),
                            "县级不能写市级备注")
    assert "市级" in county.value.message
    for office in (city, a):
        with office.db.uow(readonly=True) as uow:
            assert uow.session.execute(select(func.count()).select_from(CityNote)
                                       ).scalar_one() == 0


def test_the_citys_notes_stay_at_the_city(gathered) -> None:
    city, a, _b = gathered
    city_notes.add_note(city.db, city.admin, "entities", _county_record(city), "仅市级可见")
    a.take(city.send(a))
    with a.db.uow(readonly=True) as uow:
        assert uow.session.execute(select(func.count()).select_from(CityNote)
                                   ).scalar_one() == 0
