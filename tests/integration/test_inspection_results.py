"""Results of 双随机、一公开 as a clerk records them (issue 6 items 7–9): closing every result
completes the batch with its publication due date counted past 劳动节, a transfer or a credit-list
proposal is made with the result in one transaction, refusals write nothing, a late or coming
publication shows on the home page, and a year's coverage adds up on a small known directory."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.db.inspections import InspectionObject
from jianguan_desktop.db.transfers import CaseTransfer
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services import inspection_plans as plans
from jianguan_desktop.services import inspection_results as results
from jianguan_desktop.services.due import due_providers
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from tests.inspection_fixtures import YEAR, approved_batch, build_directory

DRAWN_ON = date(YEAR, 3, 2)
INSPECTED_ON = date(YEAR, 4, 20)
CLOSED_ON = date(YEAR, 4, 24)  # a Friday; 劳动节 runs 1–5 May, 9 May is a make-up working day
LATER = date(YEAR, 6, 30)


def drawn_batch(db, actor, projects: int = 4, agencies: int = 0):
    """An approved batch over ``projects`` graded projects (4: A, B, B, C → 3 drawn), drawn;
    its BatchInfo and the results in draw order."""
    directory = build_directory(db, actor, projects=projects, agencies=agencies)
    batch = approved_batch(db, actor, directory)
    plans.run_draw(db, actor, batch.id, {"seed": "8848", "drawn_on": DRAWN_ON,
                                         "witnesses": "王监督\n李见证"}, today=DRAWN_ON)
    return plans.get_batch(db, actor, batch.id), results.results_of_batch(db, actor, batch.id)


def closing(**values):
    return {"method": "onsite", "inspected_on": INSPECTED_ON,
            "findings": "招标文件、评标报告齐全，未发现问题。", "problem": False,
            "closed_on": CLOSED_ON} | values


def close_all(db, actor, found, today=LATER, **values):
    return [results.record_result(db, actor, item.id, closing(**values), today=today)
            for item in found]


def count(db, actor, model) -> int:
    with db.uow(actor, readonly=True) as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.parametrize(("preset", "due"), [("haikou", date(YEAR, 5, 26)),
                                             ("hegang", date(YEAR, 5, 12))])
def test_closing_every_result_completes_the_batch_due_in_working_days_past_the_holiday(
        office_db, admin, preset, due):
    # GIVEN the office publishes within 20 (海口) or 10 (鹤岗) working days, and a drawn batch
    set_setting(office_db, admin, "inspections.publish_preset", preset)
    batch, found = drawn_batch(office_db, admin)
    assert batch.status == "drawn" and len(found) == 3
    assert [item.number for item in found] == [f"检查〔{YEAR}〕{n}号" for n in (1, 2, 3)]
    assert all(len(item.inspectors) == 2 and item.status == "pending" for item in found)
    # WHEN two results are closed, the batch is still being inspected
    first = close_all(office_db, admin, found[:2], closed_on=date(YEAR, 4, 22))
    assert first[0].status == "closed" and first[0].method_label == "实地核查"
    assert plans.get_batch(office_db, admin, batch.id).status == "drawn"
    # AND when the last is closed on Friday 24 April, the batch is completed that day and its
    # results are due after 劳动节 (1–5 May not counted, Saturday 9 May counted)
    close_all(office_db, admin, found[2:])
    completed = plans.get_batch(office_db, admin, batch.id)
    assert completed.status == "completed" and completed.completed_on == CLOSED_ON
    assert completed.publish_due == due
    deadline = results.publication_deadline(office_db, admin, batch.id)
    assert deadline.due == due and "劳动节" in deadline.explanation
    # AND a later change of the time limit does not move the day fixed at completion
    set_setting(office_db, admin, "inspections.publish_preset",
                "hegang" if preset == "haikou" else "haikou")
    kept = results.get_publication(office_db, admin, batch.id)
    assert kept.publish_due == due and "已有调整" in kept.due_explanation


def test_reopening_a_result_takes_a_completed_batch_back_to_inspecting(office_db, admin):
    batch, found = drawn_batch(office_db, admin)
    closed = close_all(office_db, admin, found)
    # WHEN a clerk clears the closing date of one result
    reopened = results.record_result(office_db, admin, closed[1].number, {"closed_on": ""},
                                     expected_version=closed[1].version, today=LATER)
    # THEN it is open again with its findings kept, and the batch is back to being inspected
    assert reopened.status == "done" and reopened.closed_on is None
    assert reopened.findings == "招标文件、评标报告齐全，未发现问题。"
    back = plans.get_batch(office_db, admin, batch.id)
    assert (back.status, back.completed_on, back.publish_due) == ("drawn", None, None)


def test_a_transfer_and_a_listing_are_made_with_the_result_in_one_transaction(office_db, admin):
    _batch, found = drawn_batch(office_db, admin)
    target = found[0]
    # WHEN the inspectors find bid rigging and handle it by transfer and a credit-list proposal
    values = closing(problem=True, findings="投标文件雷同，涉嫌串通投标。",
                     handling=["transfer", "rectify", "listing"],
                     transfer={"recipient_kind": "police",
                               "recipient_unit": "滑县公安局经济犯罪侦查大队",
                               "matter": "涉嫌串通投标"},
                     listing={"list_kind": "watch", "severity": "ordinary"})
    recorded = results.record_result(office_db, admin, target.id, values, today=LATER)
    # THEN the result names both, in the handling's order
    assert recorded.handling == ("rectify", "transfer", "listing")
    assert recorded.transfer_number == f"移送〔{YEAR}〕1号"
    assert recorded.credit_entry_number.startswith(f"信用〔{YEAR}〕")
    # AND the transfer comes from this inspection, the proposal is about the drawn winner
    from jianguan_desktop.services.transfers import get_transfer

    transfer = get_transfer(office_db, admin, recorded.transfer_id)
    assert (transfer.source_kind, transfer.source_id, transfer.source_ref) == (
        "inspection", target.id, target.number)
    assert transfer.facts == "投标文件雷同，涉嫌串通投标。" and transfer.status == "draft"
    with office_db.uow(admin, readonly=True) as uow:
        entry = uow.session.get(CreditEntry, recorded.credit_entry_id)
        drawn = uow.session.get(InspectionObject, target.object_id)
        assert entry.entity_id == drawn.entity_id and entry.status == "proposed"
    # AND correcting the result later makes no second transfer, and the transfer stays
    again = results.record_result(office_db, admin, target.id,
                                  {"handling_note": "已责令整改", **values}, today=LATER)
    assert again.transfer_id == recorded.transfer_id
    assert count(office_db, admin, CaseTransfer) == 1
    with pytest.raises(ValidationError) as refused:
        results.record_result(office_db, admin, target.id, {"handling": ["rectify"]},
                              today=LATER)
    assert refused.value.field == "handling"


def test_a_transfer_without_a_recipient_writes_neither_the_result_nor_the_transfer(
        office_db, admin):
    _batch, found = drawn_batch(office_db, admin)
    with pytest.raises(ValidationError) as refused:
        results.record_result(office_db, admin, found[0].id, closing(
            problem=True, handling=["transfer"], transfer={"matter": "涉嫌串通投标"}),
            today=LATER)
    assert refused.value.field == "transfer.recipient_kind"
    assert "移送" in str(refused.value)
    assert count(office_db, admin, CaseTransfer) == 0
    unchanged = results.get_result(office_db, admin, found[0].id)
    assert unchanged.status == "pending" and unchanged.findings == ""
    # AND a good transfer with a proposal missing its list is not written either
    with pytest.raises(ValidationError) as refused:
        results.record_result(office_db, admin, found[0].id, closing(
            problem=True, handling=["transfer", "listing"],
            transfer={"recipient_kind": "supervisor", "matter": "未按规定公开招标"},
            listing={"severity": "ordinary"}), today=LATER)
    assert refused.value.field == "listing.list_kind"
    assert count(office_db, admin, CaseTransfer) == 0
    assert count(office_db, admin, CreditEntry) == 0


@pytest.mark.parametrize(("values", "field"), [
    ({"method": "", "closed_on": CLOSED_ON}, "method"),
    ({"findings": " "}, "findings"),
    ({"inspected_on": None}, "inspected_on"),
    ({"handling": ["rectify"]}, "handling"),
    ({"closed_on": date(YEAR, 4, 19)}, "closed_on"),
    ({"closed_on": date(YEAR, 7, 1)}, "closed_on"),
    ({"method": "telepathy"}, "method"),
])
def test_a_wrong_result_is_refused_at_its_field_and_nothing_is_written(
        office_db, admin, values, field):
    _batch, found = drawn_batch(office_db, admin)
    with pytest.raises(ValidationError) as refused:
        results.record_result(office_db, admin, found[0].id, closing(**values), today=LATER)
    assert refused.value.field == field
    assert results.get_result(office_db, admin, found[0].id).version == found[0].version


def test_an_object_not_drawn_and_a_superseded_draw_are_refused(office_db, admin):
    batch, found = drawn_batch(office_db, admin)
    # GIVEN a project of the pool that was not drawn
    with office_db.uow(admin, readonly=True) as uow:
        codes = uow.session.execute(select(InspectionObject.code)).scalars().all()
    outside = next(code for code in codes if code not in {item.object_key for item in found})
    # WHEN a result is recorded for it, it is refused and nothing is written
    with pytest.raises(ValidationError) as refused:
        results.record_result_for_object(office_db, admin, batch.id, outside, closing(),
                                         today=LATER)
    assert "不在本批次的抽取结果中" in str(refused.value) and outside in str(refused.value)
    assert all(item.status == "pending"
               for item in results.results_of_batch(office_db, admin, batch.id))
    # WHEN the batch is drawn again, the first draw's results can no longer be recorded
    redrawn = plans.redraw(office_db, admin, batch.draw_id, {
        "reason": "见证人未到场", "seed": "42", "drawn_on": DRAWN_ON}, today=DRAWN_ON)
    with pytest.raises(ConflictError) as superseded:
        results.record_result(office_db, admin, found[0].id, closing(), today=LATER)
    assert batch.draw_number in str(superseded.value)
    # AND an object of the valid draw is recorded by its code, still open
    now = results.results_of_batch(office_db, admin, batch.id)
    assert {item.draw_number for item in now} == {redrawn.number}
    made = results.record_result_for_object(office_db, admin, batch.id, now[0].object_key,
                                            closing(closed_on=None), today=LATER)
    assert made.id == now[0].id and made.status == "done" and not made.closed


def test_publication_only_after_completion_and_late_publication_shows_late(office_db, admin):
    set_setting(office_db, admin, "inspections.publish_preset", "hegang")
    batch, found = drawn_batch(office_db, admin)
    publish = {"published_on": date(YEAR, 5, 14), "channel": "滑县公共资源交易中心网站"}
    # GIVEN a batch still being inspected: it cannot be published
    with pytest.raises(ConflictError):
        results.publish_batch(office_db, admin, batch.id, publish, today=LATER)
    close_all(office_db, admin, found)
    # AND a channel is needed
    with pytest.raises(ValidationError) as refused:
        results.publish_batch(office_db, admin, batch.id, publish | {"channel": ""},
                              today=LATER)
    assert refused.value.field == "channel"
    # WHEN it is published on 14 May, two working days after its due day 12 May
    published = results.publish_batch(office_db, admin, batch.id, publish, today=LATER)
    # THEN the date and channel are kept and it shows two working days late
    assert published.status == "published" and published.publish_due == date(YEAR, 5, 12)
    assert published.channel == "滑县公共资源交易中心网站"
    assert published.late and published.late_by == 2
    rows = fetch_rows(office_db, admin, get_table(results.BATCH_TABLE_KEY), TableQuery(), 0, 10)
    assert [(row["status"], row["published_on"], row["overdue"]) for row in rows] == [
        ("published", date(YEAR, 5, 14), True)]
    # AND its results can no longer change
    with pytest.raises(ConflictError):
        results.record_result(office_db, admin, found[0].id, {"closed_on": ""}, today=LATER)


def test_a_publication_due_soon_or_overdue_is_on_the_home_page(office_db, admin):
    set_setting(office_db, admin, "inspections.publish_preset", "hegang")
    assert results.due_publications in due_providers()
    batch, found = drawn_batch(office_db, admin)
    close_all(office_db, admin, found)  # due 12 May
    # WHEN it is 30 April, more than 3 working days before: not yet on the home page
    assert results.due_publications(office_db, admin, today=date(YEAR, 4, 30)) == []
    # AND on 8 May (three working days before, counting Saturday 9 May) it shows, with how
    # the day was counted
    [soon] = results.due_publications(office_db, admin, today=date(YEAR, 5, 8))
    assert soon.record_id == batch.id and soon.due_date == date(YEAR, 5, 12)
    assert not soon.overdue and "劳动节" in soon.explanation
    # AND on 13 May it is overdue
    [late] = results.due_publications(office_db, admin, today=date(YEAR, 5, 13))
    assert late.overdue and batch.title in late.title
    # AND once published it leaves the home page
    results.publish_batch(office_db, admin, batch.id, {
        "published_on": date(YEAR, 5, 13), "channel": "县政府门户网站"}, today=date(YEAR, 5, 13))
    assert results.due_publications(office_db, admin, today=date(YEAR, 5, 13)) == []


def test_coverage_of_a_year_on_a_small_known_directory(office_db, admin):
    # GIVEN 4 projects (grades A, B, B, C) of which 3 are drawn, 4 agencies active this year,
    # and a 市政 project completed long ago that no batch can reach
    _batch, found = drawn_batch(office_db, admin, agencies=4)
    with office_db.uow(admin) as uow:
        uow.session.add(InspectionObject(kind="project", name="滑县老城区道路改造工程",
                                         code="SZ001", industry="市政道路",
                                         completed_on=date(2020, 5, 1)))
        uow.commit()
    # WHEN two results are closed, one with a problem
    results.record_result(office_db, admin, found[0].id,
                          closing(problem=True, handling=["rectify"]), today=LATER)
    results.record_result(office_db, admin, found[1].id, closing(), today=LATER)
    cover = results.coverage(office_db, admin, YEAR)
    # THEN the item planned 3 objects, 2 are done, 1 with a problem
    general = next(item for item in cover.items if item.name == "招标投标活动监督检查")
    assert (general.planned, general.done, general.problems) == (3, 2, 1)
    assert (general.batches, general.batches_done) == (1, 0)  # one result is still open
    agency_item = next(item for item in cover.items if item.name == "代理机构从业行为检查")
    assert (agency_item.planned, agency_item.done) == (0, 0)
    # AND each grade's pool and draw is against the lowest ratio
    grades = {grade.grade: grade for grade in cover.grades}
    assert {key: (item.pool_size, item.drawn) for key, item in grades.items()} == {
        "A": (1, 1), "B": (2, 1), "C": (1, 1), "D": (0, 0)}
    assert grades["B"].ratio_text == "1/2（50.0%）" and all(g.reached for g in cover.grades)
    # AND no agency was drawn of the 4 active: the 25 % is not reached
    assert (cover.agencies.pool_size, cover.agencies.drawn, cover.agencies.lowest) == (4, 0, 25)
    assert not cover.agencies.reached
    # AND 市政道路 has objects but none inspected; 房屋建筑 was inspected
    assert cover.industry_check and cover.industries_missing == ("市政道路",)
    set_setting(office_db, admin, "inspections.industry_yearly", False)
    assert results.coverage(office_db, admin, YEAR).industries_missing == ()


def test_the_results_register_shows_object_inspectors_and_handling_in_words(office_db, admin):
    _batch, found = drawn_batch(office_db, admin)
    results.record_result(office_db, admin, found[0].id,
                          closing(problem=True, handling=["penalty", "rectify"]), today=LATER)
    spec = get_table(results.TABLE_KEY)
    rows = fetch_rows(office_db, admin, spec, TableQuery(sort=(("number", "asc"),)), 0, 10)
    assert [row["number"] for row in rows] == [item.number for item in found]
    first = rows[0]
    assert first["object"] == found[0].object_name and first["status"] == "closed"
    assert spec.column("status").label(first["status"]) == "已办结"
    assert spec.column("handling").label(first["handling"]) == "责令整改、行政处罚"
    assert first["inspectors"] == "、".join(found[0].inspectors)


def test_both_registers_sort_by_every_column_and_find_handling_by_its_words(office_db, admin):
    batch, found = drawn_batch(office_db, admin)
    results.record_result(office_db, admin, found[1].id,
                          closing(problem=True, handling=["rectify"]), today=LATER)
    for key in (results.TABLE_KEY, results.BATCH_TABLE_KEY):
        spec = get_table(key)
        for column in spec.columns:
            for direction in ("asc", "desc"):
                query = TableQuery(sort=((column.key, direction),))
                assert len(fetch_rows(office_db, admin, spec, query, 0, 10)) in (1, 3)
    spec = get_table(results.TABLE_KEY)
    # WHEN a clerk searches for 责令整改 or filters on it, the one result handled so is found
    for query in (TableQuery(search="责令整改"),
                  TableQuery(filters={"handling": '["rectify"]'})):
        assert [row["number"] for row in fetch_rows(office_db, admin, spec, query, 0, 10)] \
            == [found[1].number]
    [row] = fetch_rows(office_db, admin, get_table(results.BATCH_TABLE_KEY), TableQuery(), 0, 5)
    assert (row["plan_year"], row["seq"], row["title"], row["draw_number"]) == (
        YEAR, 1, batch.title, batch.draw_number)
