"""The life of a credit list entry, with the credit check of the bidder before and after each step:
propose, notify, object, answer, list, repair or expire on the right day, remove."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.errors import PermissionDenied, ValidationError
from jianguan_desktop.services import credit_lists, entities
from jianguan_desktop.services.audit import check_chain, record_history
from jianguan_desktop.services.credit_check import check_credit
from tests.credit_fixtures import HUAXIN

AGENCY = "12440300MB2C92173E"
BASIS = "滑发改罚〔2026〕3号"


@pytest.fixture
def agency(office_db, admin):
    return entities.create_entity(office_db, admin, {"kind": "agency", "code": AGENCY,
                                                     "name": "滑县正阳招标代理中心"})


def propose(db, actor, entity_id, list_kind="black", severity="serious", on="2026-03-01"):
    return credit_lists.propose_entry(db, actor, {
        "entity_id": entity_id, "list_kind": list_kind, "severity": severity,
        "conduct": "在滑县第一高级中学教学楼项目中串通投标", "department": "滑县发展和改革委员会",
        "sanctions": "限制参与本县依法必须招标项目投标", "proposed_on": on})


def step(db, actor, entry, name, **values):
    return credit_lists.take_step(db, actor, entry.id, name, values, entry.version)


def checked(db, actor, text, on: date) -> tuple[bool, list[str]]:
    """What the credit check says on ``on``: listed or not, and the numbers of the listings."""
    result = check_credit(db, actor, text, on)
    return result.listed, [item.number for item in result.listings]


def active_numbers(db, code: str, on: date) -> list[str]:
    with db.uow(readonly=True) as uow:
        return [row.number for row in credit_lists.active_entries(uow.session, on,
                                                                   codes=[code])]


def status_changes(db, actor, entry_id) -> list[list[str]]:
    """The status changes the history shows for an entry, oldest first."""
    return [row.changes["status"] for row in record_history(db, actor, "credit_entries",
                                                             entry_id)
            if "status" in row.changes]


def test_list_object_answer_list_repair_remove_with_the_check_at_each_step(
        office_db, admin, huaxin) -> None:
    # GIVEN 华信 proposed for the blacklist: the check finds nothing yet
    entry = propose(office_db, admin, huaxin.id)
    assert checked(office_db, admin, HUAXIN, date(2026, 3, 1)) == (False, [])
    # WHEN the party is notified and objects THEN it is still not listed
    entry = step(office_db, admin, entry, "notify", on="2026-03-02")
    entry = step(office_db, admin, entry, "object", on="2026-03-05",
                 text="我公司未与其他投标人联系，报价雷同系巧合")
    assert checked(office_db, admin, HUAXIN, date(2026, 3, 5)) == (False, [])
    # AND it cannot be listed while the objection waits for its answer
    with pytest.raises(ValidationError, match="答复"):
        step(office_db, admin, entry, "list", on="2026-03-06", basis=BASIS)
    entry = step(office_db, admin, entry, "answer", on="2026-03-08",
                 text="经调查，投标文件由同一台电脑编制，申辩理由不成立")
    assert checked(office_db, admin, HUAXIN, date(2026, 3, 8)) == (False, [])
    # WHEN it is listed on 2026-03-10 THEN the check finds it from that day, by code and name
    entry = step(office_db, admin, entry, "list", on="2026-03-10", basis=BASIS)
    assert entry.status == "listed" and entry.end_on == date(2029, 3, 10)
    assert entry.repair_from == date(2027, 3, 10)
    assert checked(office_db, admin, HUAXIN, date(2026, 3, 9)) == (False, [])
    assert checked(office_db, admin, HUAXIN, date(2026, 3, 10)) == (True, [entry.number])
    assert checked(office_db, admin, "华信建筑", date(2026, 3, 10)) == (True, [entry.number])
    # WHEN credit repair is asked for before the minimum time on the list THEN it is refused
    conditions = {"corrected": True, "obligations_met": True, "commitment": True}
    with pytest.raises(ValidationError, match="2027年3月10日"):
        step(office_db, admin, entry, "repair", on="2027-03-09", **conditions)
    # AND so it is without all three conditions
    for missing in conditions:
        with pytest.raises(ValidationError) as refused:
            step(office_db, admin, entry, "repair", on="2027-03-10",
                 **{**conditions, missing: False})
        assert refused.value.field == "conditions"
    # WHEN it is repaired with all three THEN the sanctions stop on that day
    entry = step(office_db, admin, entry, "repair", on="2027-03-10",
                 repair_note="已提交信用承诺书并完成信用修复培训", **conditions)
    assert entry.status == "repaired"
    assert checked(office_db, admin, HUAXIN, date(2027, 3, 9)) == (True, [entry.number])
    assert checked(office_db, admin, HUAXIN, date(2027, 3, 10)) == (False, [])
    # WHEN it is removed with a reason THEN it stays off the list
    entry = step(office_db, admin, entry, "remove", on="2027-03-15",
                 text="信用修复完成，依申请移出")
    assert entry.status == "removed"
    assert checked(office_db, admin, HUAXIN, date(2027, 3, 15)) == (False, [])
    # AND every change of status is in the history, in order, and the chain is intact
    assert status_changes(office_db, admin, entry.id) == [
        [None, "proposed"], ["proposed", "notified"], ["notified", "listed"],
        ["listed", "repaired"], ["repaired", "removed"]]
    history = record_history(office_db, admin, "credit_entries", entry.id)
    objections = [row for row in history if row.action == "update" and "objections" in row.changes]
    assert len(objections) == 2  # the objection, then its answer
    assert check_chain(office_db).intact


def test_an_entry_expires_the_day_after_its_end_and_is_then_removed(office_db, admin,
                                                                   agency) -> None:
    # GIVEN an agency on the watch list from 2026-04-10 to 2026-10-10
    entry = propose(office_db, admin, agency.id, "watch", "ordinary", on="2026-04-01")
    entry = step(office_db, admin, entry, "notify", on="2026-04-02")
    entry = step(office_db, admin, entry, "list", on="2026-04-10", basis="滑发改〔2026〕12号",
                 end="2026-10-10")
    # THEN on its last day it is active, in the active lists and in the check
    assert active_numbers(office_db, AGENCY, date(2026, 10, 10)) == [entry.number]
    assert checked(office_db, admin, AGENCY, date(2026, 10, 10)) == (True, [entry.number])
    # AND the day after, it has left both by itself, before anyone closes it
    assert active_numbers(office_db, AGENCY, date(2026, 10, 11)) == []
    assert checked(office_db, admin, AGENCY, date(2026, 10, 11)) == (False, [])
    assert credit_lists.get_entry(office_db, admin, entry.id,
                                  on=date(2026, 10, 11)).current_status == "expired"
    # WHEN it is closed as expired on its last day THEN that is refused; the day after it is not
    with pytest.raises(ValidationError, match="2026年10月11日"):
        step(office_db, admin, entry, "expire", on="2026-10-10")
    entry = step(office_db, admin, entry, "expire", on="2026-10-11")
    assert entry.status == "expired" and entry.expired_on == date(2026, 10, 11)
    entry = step(office_db, admin, entry, "remove", on="2026-10-15", text="公示期满，移出")
    assert checked(office_db, admin, AGENCY, date(2026, 10, 15)) == (False, [])
    assert status_changes(office_db, admin, entry.id)[-2:] == [["listed", "expired"],
                                                             ["expired", "removed"]]


def test_a_removal_without_a_reason_is_refused_and_nothing_is_written(office_db, admin,
                                                                     huaxin) -> None:
    # GIVEN a listed entry whose period has ended and been closed
    entry = propose(office_db, admin, huaxin.id, severity="ordinary")
    entry = step(office_db, admin, entry, "notify", on="2026-03-02")
    entry = step(office_db, admin, entry, "list", on="2026-03-10", basis=BASIS, end="2026-06-10")
    entry = step(office_db, admin, entry, "expire", on="2026-06-11")
    history = record_history(office_db, admin, "credit_entries", entry.id)
    # WHEN it is removed without a reason THEN that is refused at the reason
    with pytest.raises(ValidationError) as refused:
        step(office_db, admin, entry, "remove", on="2026-06-15", text="  ")
    assert refused.value.field == "text"
    # AND nothing was written: same version, same history
    after = credit_lists.get_entry(office_db, admin, entry.id)
    assert after.version == entry.version and after.status == "expired"
    assert record_history(office_db, admin, "credit_entries", entry.id) == history


def test_a_listing_without_a_basis_or_ending_before_it_starts_is_refused(office_db, admin,
                                                                         huaxin) -> None:
    # GIVEN a notified proposal without a basis
    entry = step(office_db, admin, propose(office_db, admin, huaxin.id), "notify",
                 on="2026-03-02")
    # WHEN it is listed without a basis THEN that is refused at the basis
    with pytest.raises(ValidationError) as refused:
        step(office_db, admin, entry, "list", on="2026-03-10", basis=" ")
    assert refused.value.field == "basis"
    # AND a period ending before the decision is refused at its end
    with pytest.raises(ValidationError) as refused:
        step(office_db, admin, entry, "list", on="2026-03-10", basis=BASIS, end="2026-03-01")
    assert refused.value.field == "end"
    # AND nothing was written
    after = credit_lists.get_entry(office_db, admin, entry.id)
    assert after.version == entry.version and after.status == "notified"
    assert checked(office_db, admin, HUAXIN, date(2026, 3, 10)) == (False, [])


def test_a_clerk_prepares_the_entry_but_only_the_head_lists_it(office_db, admin, clerk,
                                                              huaxin) -> None:
    # GIVEN a clerk who proposes an entry and notifies the party
    entry = propose(office_db, clerk, huaxin.id)
    entry = step(office_db, clerk, entry, "notify", on="2026-03-02")
    # WHEN she tries to list it THEN she is refused, and the entry is unchanged
    with pytest.raises(PermissionDenied):
        step(office_db, clerk, entry, "list", on="2026-03-10", basis=BASIS)
    assert credit_lists.get_entry(office_db, clerk, entry.id).status == "notified"
    # AND the head of office (here the administrator) lists it; the history says who did what
    entry = step(office_db, admin, entry, "list", on="2026-03-10", basis=BASIS)
    actors = {row.changes["status"][1]: row.actor
              for row in record_history(office_db, admin, "credit_entries", entry.id)
              if "status" in row.changes}
    assert actors == {"proposed": "zhangmin", "notified": "zhangmin", "listed": "admin"}
