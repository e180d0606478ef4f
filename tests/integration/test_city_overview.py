"""The city overview (市级汇总, issue 8 item 6) on real databases: two counties register
bidders, complaints (one overdue, one not yet due, one overdue but deleted), a blacklisting and
a drawn inspection batch, carry their packages up, and the city reads per county the records
it holds, the overdue complaints, the inspections done against the year's plan, the listings
in force and the number of the last package; a county asking for it is told it is the city's."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from jianguan_desktop.db.migrate import target_metadata
from jianguan_desktop.db.sync_rows import travelling_tables
from jianguan_desktop.errors import PermissionDenied, ValidationError
from jianguan_desktop.services import complaints
from jianguan_desktop.services import entities as ent
from jianguan_desktop.services import inspection_plans as plans
from jianguan_desktop.services import inspection_results as results
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.city_overview import CountyRow, city_overview
from jianguan_desktop.services.users import add_user
from tests.inspection_fixtures import YEAR, approved_batch, build_directory
from tests.integration.credit_check_helpers import list_entity
from tests.integration.test_sync_roundtrip import (
    CITY,
    COUNTY_A,
    COUNTY_B,
    Office,
    _entity,
    code,
    offices,
)

__all__ = ["offices"]

TODAY = date(2026, 11, 2)  # a Monday; the judging day of every figure below


def own_records(office: Office, owner: str) -> int:
    """Live travelling records of ``owner`` in ``office``'s database, counted one by one."""
    target_metadata()
    with office.db.uow(readonly=True) as uow:
        return sum(uow.session.execute(select(func.count()).select_from(table).where(
            table.c.office_code == owner, table.c.deleted_at.is_(None))).scalar_one()
            for table in travelling_tables())


def complaint(office: Office, received_on: str, today: date) -> complaints.ComplaintInfo:
    return complaints.register_complaint(office.db, office.admin, {
        "case_type": "tender", "channel": "letter", "received_on": received_on,
        "matter": "评标委员会未按招标文件规定的评标标准评审", "request": "责令重新评标",
        "complainant": "张建国", "complainant_contact": "13812345678",
        "respondent_name": "滑县华信建筑工程有限公司", "respondent_code": "91350100M000100Y43",
        "project_name": "滑县第一中学教学楼建设项目", "project_code": "HX-2026-001"},
        today=today)


def by_code(rows: list[CountyRow]) -> dict[str, CountyRow]:
    return {row.office_code: row for row in rows}


@pytest.fixture
def filled(offices):
    """County A: two bidders (one deleted later), three complaints, a blacklisting; county B:
    a bidder and a drawn batch of three objects, one inspected. A sends twice, B once."""
    city, a, b = offices
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    gone = _entity(a, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    late = complaint(a, "2026-09-30", date(2026, 10, 1))  # acceptance due 10 October
    assert late.due_on == date(2026, 10, 10)
    mistaken = complaint(a, "2026-10-09", date(2026, 10, 9))
    waiting = complaint(a, "2026-10-30", date(2026, 10, 30))  # due after TODAY
    assert waiting.due_on is not None and waiting.due_on > TODAY
    listing = list_entity(a.db, a.admin)  # 黑名单, listed on 10 March 2026
    assert listing.status == "listed"
    city.take(a.send(city))
    # round 2: A deletes a bidder and the complaint registered by mistake
    ent.delete_entity(a.db, a.admin, gone)
    complaints.delete_complaint(a.db, a.admin, mistaken.id)
    city.take(a.send(city))
    # B: a bidder and the 2026 plan's batch drawn (3 objects), one result recorded
    _entity(b, "汤阴县丙工程有限公司", code("91410523MA0000003"))
    directory = build_directory(b.db, b.admin, projects=4)
    batch = approved_batch(b.db, b.admin, directory)
    plans.run_draw(b.db, b.admin, batch.id, {"seed": "8848", "drawn_on": date(YEAR, 3, 2),
                                             "witnesses": "王监督\n李见证"},
                   today=date(YEAR, 3, 2))
    drawn = results.results_of_batch(b.db, b.admin, batch.id)
    assert len(drawn) == 3
    results.record_result(b.db, b.admin, drawn[0].id, {
        "method": "onsite", "inspected_on": date(YEAR, 4, 20),
        "findings": "招标文件、评标报告齐全，未发现问题。", "problem": False},
        today=date(YEAR, 4, 21))
    city.take(b.send(city))
    return city, a, b


def test_the_city_reads_each_countys_figures_from_the_packages(filled) -> None:
    city, a, b = filled
    # WHEN the city clerk opens the overview on 2 November 2026
    rows = city_overview(city.db, city.admin, year=YEAR, today=TODAY)
    # THEN there is one row per county, by code, and the city's own office last
    assert [row.office_code for row in rows] == [COUNTY_A, COUNTY_B, CITY]
    assert [row.office_name for row in rows] == [
        "安阳县公共资源交易监督管理办公室", "汤阴县公共资源交易监督管理办公室",
        "安阳市公共资源交易监督管理办公室"]
    found = by_code(rows)
    county_a, county_b, own = found[COUNTY_A], found[COUNTY_B], found[CITY]
    # AND the records are exactly the live ones each county holds of its own (the deleted
    # bidder and complaint are not counted)
    assert county_a.records == own_records(a, COUNTY_A) == own_records(city, COUNTY_A)
    assert county_b.records == own_records(b, COUNTY_B) == own_records(city, COUNTY_B)
    assert own.records == own_records(city, CITY)
    # A: 1 live bidder and the blacklisted entity, 2 live complaints, the credit entry
    assert county_a.records == 5
    # AND one complaint of A is overdue (the deleted one and the one not yet due are not)
    assert (county_a.overdue_complaints, county_b.overdue_complaints,
            own.overdue_complaints) == (1, 0, 0)
    # AND B inspected 1 of the 3 objects drawn for its 2026 plan; A has no plan
    assert (county_b.inspections_done, county_b.inspections_planned) == (1, 3)
    assert (county_a.inspections_done, county_a.inspections_planned) == (0, 0)
    # AND A's blacklisting is in force; B lists nothing
    assert (county_a.active_listings, county_b.active_listings, own.active_listings) == (1, 0, 0)
    # AND the last packages: A's second, B's first, both imported today; none for the city
    assert (county_a.last_package_seq, county_b.last_package_seq) == (2, 1)
    assert county_a.last_package_on == county_b.last_package_on == date.today()
    assert (own.last_package_seq, own.last_package_on) == (None, None)


def test_the_year_and_the_day_change_what_is_counted(filled) -> None:
    city, _a, _b = filled
    # a year without plans: nothing planned
    earlier = by_code(city_overview(city.db, city.admin, year=YEAR - 1, today=TODAY))
    assert (earlier[COUNTY_B].inspections_done, earlier[COUNTY_B].inspections_planned) == (0, 0)
    # on 9 October the acceptance was not yet late, and the blacklisting was already in force
    before = by_code(city_overview(city.db, city.admin, year=YEAR, today=date(2026, 10, 9)))
    assert before[COUNTY_A].overdue_complaints == 0
    assert before[COUNTY_A].active_listings == 1
    # before it was listed (10 March) it was not in force
    assert by_code(city_overview(city.db, city.admin, year=YEAR, today=date(2026, 3, 9))
                   )[COUNTY_A].active_listings == 0


def test_a_county_without_packages_shows_with_zeros(offices) -> None:
    city, _a, _b = offices
    rows = by_code(city_overview(city.db, city.admin, year=YEAR, today=TODAY))
    assert set(rows) == {COUNTY_A, COUNTY_B, CITY}
    assert rows[COUNTY_A] == CountyRow(COUNTY_A, "安阳县公共资源交易监督管理办公室", 0, 0, 0, 0,
                                       0, None, None)


def test_a_county_is_told_the_overview_is_the_citys(offices) -> None:
    _city, a, _b = offices
    with pytest.raises(ValidationError) as refused:
        city_overview(a.db, a.admin, year=YEAR, today=TODAY)
    assert "市级汇总" in str(refused.value) and "县级" in str(refused.value)


def test_a_read_only_user_reads_it_and_nobody_logged_out_does(offices) -> None:
    city, _a, _b = offices
    add_user(city.db, city.admin, username="zhaoyue", display_name="赵悦", role="readonly",
             password="Read#Only2026")
    reader = authenticate(city.db, "zhaoyue", "Read#Only2026")
    assert [row.office_code for row in city_overview(city.db, reader, year=YEAR, today=TODAY)
            ] == [COUNTY_A, COUNTY_B, CITY]
    with pytest.raises(PermissionDenied):
        city_overview(city.db, None, year=YEAR, today=TODAY)  # type: ignore[arg-type]
