"""Credit list entries and grades as a clerk meets them: settings that set the periods,
corrections allowed only before the decision, deleting proposals only, expiry by itself."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.errors import ConflictError, PermissionDenied, ValidationError
from jianguan_desktop.services import credit_grades, credit_lists, entities
from jianguan_desktop.services.settings import list_settings, set_setting
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table

HUAXIN = "91350100M000100Y43"
EXPERT_ID = "11010519491231002X"


def propose(db, actor, entity_id, **values):
    return credit_lists.propose_entry(db, actor, {
        "entity_id": entity_id, "list_kind": "black", "severity": "serious",
        "conduct": "在滑县第一中学教学楼项目中串通投标", "department": "滑县发展和改革委员会",
        "sanctions": "限制参与本县公共资源交易活动", "proposed_on": "2026-03-01", **values})


def listed(db, actor, entity_id, on="2026-03-10", **values):
    year = on[:4]
    entry = propose(db, actor, entity_id, proposed_on=f"{year}-03-01", **values)
    credit_lists.take_step(db, actor, entry.id, "notify", {"on": f"{year}-03-02"})
    return credit_lists.take_step(db, actor, entry.id, "list",
                                  {"on": on, "basis": "滑发改罚〔2026〕3号"})


def test_the_periods_are_settings_whose_presets_cite_their_source(office_db) -> None:
    # WHEN the clerk opens the credit settings
    shown = {item.key: item for item in list_settings(office_db) if item.group == "credit"}
    # THEN the publication periods of 发改委令第36号 are there, citing the order
    assert shown["credit.serious_min_months"].value == 12
    assert shown["credit.serious_max_months"].value == 36
    assert shown["credit.ordinary_min_months"].value == 3
    assert shown["credit.ordinary_max_months"].value == 12
    assert shown["credit.minor_published"].value is False
    assert "第36号" in shown["credit.serious_max_months"].source
    assert "本程序" in shown["credit.red_max_months"].source


def test_a_serious_listing_runs_three_years_and_a_changed_setting_shortens_it(
        office_db, admin, huaxin) -> None:
    # WHEN a serious breach is listed on 10 March 2026 with the presets
    entry = listed(office_db, admin, huaxin.id)
    # THEN it is published until 10 March 2029, and repair is possible after one year
    assert (entry.start_on, entry.end_on) == (date(2026, 3, 10), date(2029, 3, 10))
    assert entry.repair_from == date(2027, 3, 10)
    assert entry.status == "listed" and entry.active
    # WHEN the office sets two years as the longest period for serious breaches
    set_setting(office_db, admin, "credit.serious_max_months", 24)
    later = listed(office_db, admin, huaxin.id, on="2026-04-01")
    assert later.end_on == date(2028, 4, 1)
    # AND an end beyond the setting is refused with the range in the message
    entry = propose(office_db, admin, huaxin.id)
    credit_lists.take_step(office_db, admin, entry.id, "notify", {"on": "2026-03-02"})
    with pytest.raises(ValidationError, match=r"2027年3月5日.*2028年3月5日") as refused:
        credit_lists.take_step(office_db, admin, entry.id, "list", {
            "on": "2026-03-05", "basis": "滑发改罚〔2026〕4号", "end": "2029-03-05"})
    assert refused.value.field == "end"
    assert credit_lists.get_entry(office_db, admin, entry.id).status == "notified"


def test_minor_breaches_are_not_listed_unless_the_office_publishes_them(
        office_db, admin, huaxin) -> None:
    entry = propose(office_db, admin, huaxin.id, severity="minor")
    credit_lists.take_step(office_db, admin, entry.id, "notify", {"on": "2026-03-02"})
    with pytest.raises(ValidationError, match="一般不予公示"):
        credit_lists.take_step(office_db, admin, entry.id, "list",
                               {"on": "2026-03-05", "basis": "滑发改罚〔2026〕4号"})
    set_setting(office_db, admin, "credit.minor_published", True)
    done = credit_lists.take_step(office_db, admin, entry.id, "list",
                                  {"on": "2026-03-05", "basis": "滑发改罚〔2026〕4号"})
    assert done.end_on == date(2026, 6, 5)


def test_a_listed_entry_shows_as_expired_the_day_after_its_end_without_anyone_closing_it(
        office_db, admin, huaxin) -> None:
    entry = listed(office_db, admin, huaxin.id, on="2023-03-10")  # ends 2026-03-10
    # THEN the register view already shows it as expired today, though nobody closed it
    rows = fetch_rows(office_db, admin, get_table(credit_lists.TABLE_KEY), TableQuery(), 0, 10)
    assert [row["status"] for row in rows] == ["expired"]
    info = credit_lists.get_entry(office_db, admin, entry.number)
    assert (info.status, info.current_status, info.active) == ("listed", "expired", False)
    assert credit_lists.get_entry(office_db, admin, entry.number, on=date(2026, 3, 10)).active
    # WHEN expired entries are closed, the closing is dated the day after the end
    assert credit_lists.close_expired(office_db, admin, date(2026, 11, 22)) == 1
    closed = credit_lists.get_entry(office_db, admin, entry.id)
    assert (closed.status, closed.expired_on) == ("expired", date(2026, 3, 11))
    assert credit_lists.close_expired(office_db, admin, date(2026, 11, 22)) == 0


def test_the_decision_fixes_list_and_severity_but_the_details_can_be_corrected(
        office_db, admin, huaxin) -> None:
    entry = listed(office_db, admin, huaxin.id)
    with pytest.raises(ConflictError, match="已作出认定"):
        credit_lists.update_entry(office_db, admin, entry.id, {"severity": "ordinary"},
                                  entry.version)
    fixed = credit_lists.update_entry(office_db, admin, entry.id,
                                      {"department": "滑县发展和改革委员会（价格股）"},
                                      entry.version)
    assert fixed.department == "滑县发展和改革委员会（价格股）"
    assert fixed.severity == "serious"


def test_only_proposals_can_be_deleted_and_a_deleted_proposal_can_come_back(
        office_db, admin, huaxin) -> None:
    entry = listed(office_db, admin, huaxin.id)
    with pytest.raises(ConflictError, match="移出"):
        credit_lists.delete_entry(office_db, admin, entry.id)
    proposal = propose(office_db, admin, huaxin.id)
    gone = credit_lists.delete_entry(office_db, admin, proposal.id, proposal.version)
    assert gone.deleted
    assert credit_lists.restore_entry(office_db, admin, proposal.id).deleted is False


def test_a_new_entity_is_registered_on_the_way_and_its_id_number_is_masked_for_a_clerk(
        office_db, admin, clerk) -> None:
    entry = credit_lists.propose_entry(office_db, admin, {
        "entity_kind": "expert", "entity_name": "王华", "entity_code": " 110105 19491231 002x",
        "list_kind": "black", "severity": "ordinary", "conduct": "评标中收受投标人财物",
        "proposed_on": "2026-05-01"})
    assert entry.entity_id is not None
    assert entities.get_entity(office_db, admin, entry.entity_id).code == EXPERT_ID
    assert credit_lists.get_entry(office_db, admin, entry.id).entity_code == EXPERT_ID
    assert credit_lists.get_entry(office_db, clerk, entry.id).entity_code == "110105********002X"
    rows = fetch_rows(office_db, clerk, get_table(credit_lists.table_key_for(clerk)),
                      TableQuery(), 0, 10)
    assert rows[0]["entity_code"] == "110105********002X"


def test_a_wrong_new_entity_is_refused_at_its_field_and_nothing_is_written(
        office_db, admin) -> None:
    with pytest.raises(ValidationError) as refused:
        credit_lists.propose_entry(office_db, admin, {
            "entity_kind": "bidder", "entity_name": "某公司", "entity_code": "91350100M000100Y44",
            "list_kind": "black", "severity": "serious", "conduct": "串通投标",
            "proposed_on": "2026-05-01"})
    assert refused.value.field == "entity_code"
    assert "校验位" in str(refused.value)
    assert fetch_rows(office_db, admin, get_table(credit_lists.TABLE_KEY), TableQuery(), 0, 9) \
        == []


def test_a_clerk_prepares_but_cannot_decide(office_db, admin, clerk, huaxin) -> None:
    entry = propose(office_db, clerk, huaxin.id)
    credit_lists.take_step(office_db, clerk, entry.id, "notify", {"on": "2026-03-02"})
    with pytest.raises(PermissionDenied):
        credit_lists.take_step(office_db, clerk, entry.id, "list",
                               {"on": "2026-03-10", "basis": "滑发改罚〔2026〕3号"})


def test_the_grade_in_force_is_the_latest_one_on_the_day(office_db, admin, huaxin) -> None:
    credit_grades.set_grade(office_db, admin, huaxin.id, "b", date(2026, 1, 5), "2025年度评价")
    credit_grades.set_grade(office_db, admin, huaxin.id, "D", date(2026, 3, 10),
                            "列入严重失信主体名单")
    assert credit_grades.grade_of(office_db, admin, huaxin.id, date(2026, 2, 1)) == "B"
    assert credit_grades.grade_of(office_db, admin, huaxin.id, date(2026, 3, 10)) == "D"
    assert credit_grades.grade_of(office_db, admin, huaxin.id, date(2025, 12, 31)) is None
    history = credit_grades.grade_history(office_db, admin, huaxin.id)
    assert [item.grade for item in history] == ["D", "B"]
    with pytest.raises(ValidationError) as refused:
        credit_grades.set_grade(office_db, admin, huaxin.id, "E", date(2026, 4, 1), "")
    assert set(refused.value.fields) == {"grade", "reason"}


def test_the_home_page_lists_a_listing_whose_period_ends_soon_or_has_ended(
        office_db, admin, huaxin) -> None:
    from jianguan_desktop.services.due import due_items

    entry = listed(office_db, admin, huaxin.id, on="2023-03-10")  # ended 2026-03-10
    items = [item for item in due_items(office_db, admin) if item.record_id == entry.id]
    assert len(items) == 1
    assert items[0].overdue and items[0].register == "红黑名单"
    assert "2026年3月11日" in items[0].explanation
    credit_lists.close_expired(office_db, admin)
    assert [item for item in due_items(office_db, admin) if item.record_id == entry.id] == []


def test_the_register_lists_the_newest_number_first_in_number_order(
        office_db, admin, huaxin) -> None:
    for _ in range(10):
        propose(office_db, admin, huaxin.id)
    rows = fetch_rows(office_db, admin, get_table(credit_lists.TABLE_KEY), TableQuery(), 0, 3)
    assert [row["number"] for row in rows] == ["信用〔2026〕10号", "信用〔2026〕9号",
                                               "信用〔2026〕8号"]
    assert rows[0]["office_code"] == "410522"
