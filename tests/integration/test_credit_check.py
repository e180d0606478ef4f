"""The credit check (信用核查) as a clerk uses it before a tender: by code or by name, over this
office's lists and the city's, on a date; ID numbers masked; saved as a 信用核查记录."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.domain.entity_codes import credit_check_character
from jianguan_desktop.errors import NotFoundError, ValidationError
from jianguan_desktop.services import credit_check, credit_grades, credit_lists, entities
from jianguan_desktop.services.credit_check import check_credit, get_check, record_check
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from tests.integration.credit_check_helpers import (
    CITY_CODE,
    CITY_NAME,
    CITY_OFFICE,
    HUAXIN,
    HUAXIN_NAME,
    PERSON_ID,
    PERSON_NAME,
    city_entry,
    clerk_of,
    list_entity,
)

ON = date(2026, 6, 1)


def test_a_code_typed_loosely_finds_the_entity_its_grade_and_its_listing(
        office_db, admin) -> None:
    # GIVEN a bidder on the blacklist, graded C
    entry = list_entity(office_db, admin)
    credit_grades.set_grade(office_db, admin, entry.entity_id, "C", date(2026, 3, 10),
                            "列入黑名单")
    # WHEN the clerk types its code in lower case, full width, with spaces
    result = check_credit(office_db, admin, " ９１３５０１００ｍ000100y43 ", on=ON)
    # THEN the entity, its grade and the listing are found, and the bidder is listed
    assert result.query == HUAXIN
    assert [(item.name, item.code, item.grade) for item in result.entities] == [
        (HUAXIN_NAME, HUAXIN, "C")]
    assert [item.number for item in result.listings] == [entry.number]
    assert result.listed
    assert "发现" in result.summary and "1" in result.summary and "未发现" not in result.summary


@pytest.mark.parametrize("typed", ["华", "华信建筑"])
def test_one_or_four_characters_of_the_name_find_the_listing(office_db, admin,
                                                              typed: str) -> None:
    entry = list_entity(office_db, admin)
    result = check_credit(office_db, admin, typed, on=ON)
    assert [item.name for item in result.entities] == [HUAXIN_NAME]
    assert [item.number for item in result.listings] == [entry.number]


def test_a_name_that_matches_nothing_says_nothing_was_found(office_db, admin) -> None:
    list_entity(office_db, admin)
    result = check_credit(office_db, admin, "鸿运", on=ON)
    assert (result.entities, result.listings, result.listed) == ((), (), False)
    assert "未" in result.summary and "鸿运" in result.summary


def test_an_entry_the_city_sent_down_is_found_by_code_and_by_name(office_db, admin) -> None:
    # GIVEN an entry of the city's blacklist about an agency not registered here
    entry_id = city_entry(office_db, admin)
    # WHEN the clerk checks its code, then part of its name
    by_code = check_credit(office_db, admin, CITY_CODE, on=ON)
    by_name = check_credit(office_db, admin, "宏达监理", on=ON)
    # THEN the city's entry is found both times, though no entity is registered
    for result in (by_code, by_name):
        assert result.entities == ()
        assert [(item.id, item.office_code, item.entity_name) for item in result.listings] == [
            (entry_id, CITY_OFFICE, CITY_NAME)]
        assert result.listed


def test_a_persons_id_number_is_masked_for_a_clerk(office_db, admin) -> None:
    list_entity(office_db, admin, name=PERSON_NAME, code=PERSON_ID, kind="person")
    clerk = clerk_of(office_db, admin)
    seen_by_clerk = check_credit(office_db, clerk, PERSON_ID, on=ON)
    assert [item.code for item in seen_by_clerk.entities] == ["410526********0010"]
    assert [item.entity_code for item in seen_by_clerk.listings] == ["410526********0010"]
    assert PERSON_ID not in repr(seen_by_clerk)
    seen_by_admin = check_credit(office_db, admin, PERSON_ID, on=ON)
    assert [item.entity_code for item in seen_by_admin.listings] == [PERSON_ID]


def test_a_listing_counts_only_within_its_period(office_db, admin) -> None:
    # GIVEN a serious breach listed on 10 March 2026 (published until 10 March 2029)
    entry = list_entity(office_db, admin)
    assert entry.end_on == date(2029, 3, 10)

    def found(day: date) -> bool:
        return bool(check_credit(office_db, admin, HUAXIN, on=day).listings)

    # THEN it is not found the day before, found on the first and last day, gone the day after
    assert [found(day) for day in (date(2026, 3, 9), date(2026, 3, 10), date(2029, 3, 10),
                                   date(2029, 3, 11))] == [False, True, True, False]


def test_after_credit_repair_the_entity_is_no_longer_listed(office_db, admin) -> None:
    # GIVEN an ordinary breach listed on 10 March 2026 (repair possible after 3 months)
    entry = list_entity(office_db, admin, severity="ordinary")
    # WHEN the office grants credit repair on 1 July 2026
    credit_lists.take_step(office_db, admin, entry.id, "repair", {
        "on": "2026-07-01", "corrected": True, "obligations_met": True, "commitment": True,
        "repair_note": "已整改并提交信用承诺书"})
    # THEN a check for 30 June still finds it, a check for 1 July does not
    assert check_credit(office_db, admin, HUAXIN, on=date(2026, 6, 30)).listed
    after = check_credit(office_db, admin, HUAXIN, on=date(2026, 7, 1))
    assert (after.listings, after.listed) == ((), False)
    assert [item.name for item in after.entities] == [HUAXIN_NAME]


def test_an_empty_query_is_refused_at_the_field(office_db, admin) -> None:
    with pytest.raises(ValidationError) as refused:
        check_credit(office_db, admin, "   ")
    assert refused.value.field == "query"


def test_a_saved_check_keeps_what_was_found_then(office_db, admin) -> None:
    # GIVEN a listed person, checked and saved for a project
    entry = list_entity(office_db, admin, name=PERSON_NAME, code=PERSON_ID, kind="person",
                        severity="ordinary")
    saved = record_check(office_db, admin, PERSON_ID, on=ON, project="安阳县第一中学教学楼",
                         purpose="评标前核查投标人")
    assert saved.number == "核查〔2026〕1号" and saved.listed
    assert saved.created_by_name == "王管理"
    # WHEN the entry is later repaired
    credit_lists.take_step(office_db, admin, entry.id, "repair", {
        "on": "2026-07-01", "corrected": True, "obligations_met": True, "commitment": True})
    # THEN the record still shows the listing found on the day of the check
    again = get_check(office_db, admin, saved.number)
    assert [item.number for item in again.result.listings] == [entry.number]
    assert again.result.on == ON and again.result.listings[0].end_on == entry.end_on
    # AND a clerk reads it with the ID number masked, also in the register
    clerk = clerk_of(office_db, admin)
    as_clerk = get_check(office_db, clerk, saved.id)
    assert PERSON_ID not in repr(as_clerk)
    rows = fetch_rows(office_db, clerk, get_table("credit_checks"), TableQuery(), 0, 10)
    assert [(row["number"], row["query"], row["created_by"]) for row in rows] == [
        ("核查〔2026〕1号", "410526********0010", "王管理")]
    with pytest.raises(NotFoundError, match="核查〔2026〕9号"):
        get_check(office_db, admin, "核查〔2026〕9号")


def test_a_name_matching_very_many_shows_the_closest_and_counts_up_to_a_limit(
        office_db, admin, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN five entities holding 华, one of them called exactly 华信, and small limits
    for number, name in enumerate(("滑县华信建筑工程有限公司", "华信", "安阳华鑫商贸有限公司",
                                   "中华路桥工程有限公司", "华丰监理有限公司"), start=1):
        code = f"91410526MA4{number:06d}"
        entities.create_entity(office_db, admin, {
            "kind": "bidder", "name": name, "code": code + credit_check_character(code)})
    monkeypatch.setattr(credit_check, "CANDIDATES", 2)
    monkeypatch.setattr(credit_check, "COUNT_LIMIT", 4)
    monkeypatch.setattr(credit_check, "ENTITY_LIMIT", 2)
    # WHEN the clerk checks 华信, then 华
    exact = check_credit(office_db, admin, "华信", on=ON)
    many = check_credit(office_db, admin, "华", on=ON)
    # THEN the entity called exactly so comes first; the count stops at the limit
    assert exact.entities[0].name == "华信"
    assert len(many.entities) == 2 and many.entities_total == 4
    assert credit_check.entities_count_text(many) == "不少于4"
