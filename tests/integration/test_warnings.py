"""Early warnings (issue 9 part 3): each rule raises on a small known database and stays quiet
where it should; marking a warning handled hides it (audited) until a new occurrence; the
rules' thresholds refuse zero or less."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.db.inspections import (
    InspectionBatch,
    InspectionDraw,
    InspectionItem,
    InspectionObject,
    InspectionPlan,
    InspectionResult,
)
from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services import complaints, credit_check
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import warnings as wn
from jianguan_desktop.services.due import DueItem, register_due_provider, unregister_due_provider
from jianguan_desktop.services.settings import get_setting, set_setting
from tests.credit_fixtures import HUAXIN

TODAY = date(2026, 11, 30)
NAME = "滑县华信建筑工程有限公司"


def found(db, actor, rule, today=TODAY):
    return wn.current_warnings(db, actor, today, rule=rule)


def register(db, actor, received: date, today: date = TODAY, **values):
    return complaints.register_complaint(db, actor, {
        "case_type": "tender", "channel": "letter", "received_on": received.isoformat(),
        "matter": "评标委员会未按招标文件规定的评标标准评审", "request": "责令重新评标",
        "complainant": "张建国", "complainant_contact": "13812345678",
        "respondent_name": NAME, "respondent_code": HUAXIN,
        "project_name": "滑县第一中学教学楼建设项目", "project_code": "HX-2026-001",
        **values}, today=today)


def audited(db, record_id: str) -> list[tuple[str, str]]:
    with db.uow(readonly=True) as uow:
        return list(uow.session.execute(select(AuditEntry.table_name, AuditEntry.action).where(
            AuditEntry.record_id == record_id).order_by(AuditEntry.id)).all())


# --- a. deadlines ------------------------------------------------------------------------------

@pytest.fixture
def due_soon() -> Iterator[list[DueItem]]:
    """A register's due items the test sets (a provider of its own)."""
    items: list[DueItem] = []

    def provider(_db, _actor):
        return list(items)

    register_due_provider(provider)
    yield items
    unregister_due_provider(provider)


def test_a_deadline_within_the_working_days_and_an_overdue_one_are_raised(
        office_db, admin, due_soon) -> None:
    # GIVEN one item overdue, one due in 2 working days, one in a month (Monday 30 November)
    due_soon.extend([DueItem.make("甲 逾期事项", "测试台账", "r1", date(2026, 11, 20), TODAY),
                     DueItem.make("乙 两天后到期", "测试台账", "r2", date(2026, 12, 2), TODAY),
                     DueItem.make("丙 一个月后到期", "测试台账", "r3", date(2026, 12, 30), TODAY)])
    # THEN the first two are warned of (3 working days, the preset), the third is not
    raised = {item.record_id: item for item in found(office_db, admin, "due")}
    assert set(raised) == {"r1", "r2"}
    assert "逾期 10 天" in raised["r1"].detail and "还剩 2 天" in raised["r2"].detail
    assert raised["r1"].rule_label == "期限将到或已逾期"


def test_a_deadline_further_than_the_working_days_is_not_raised(office_db, admin,
                                                                due_soon) -> None:
    due_soon.append(DueItem.make("乙 两天后到期", "测试台账", "r2", date(2026, 12, 2), TODAY))
    set_setting(office_db, admin, wn.DUE_WITHIN.key, 1)
    assert found(office_db, admin, "due") == []


def test_an_overdue_complaint_is_raised_with_the_record_to_open(office_db, admin) -> None:
    # GIVEN a complaint received a month ago and never accepted (its provider counts from today)
    received = date.today() - timedelta(days=40)
    info = register(office_db, admin, received, today=date.today())
    [warning] = found(office_db, admin, "due", today=date.today())
    assert warning.page == "complaints" and warning.record_id == info.id
    assert warning.search == info.number and warning.target_table == "complaints"


# --- b. an entity complained about often ---------------------------------------------------------

def test_three_complaints_about_one_entity_in_twelve_months_are_raised(office_db, admin) -> None:
    for day in (date(2026, 1, 5), date(2026, 6, 1), date(2026, 11, 2)):
        register(office_db, admin, day)
    [warning] = found(office_db, admin, "complaints")
    assert NAME in warning.title and "3" in warning.title
    assert warning.page == "complaints" and warning.search == NAME
    assert warning.raised_on == date(2026, 11, 2)


def test_two_complaints_or_three_over_more_than_twelve_months_are_not_raised(
        office_db, admin) -> None:
    for day in (date(2025, 10, 5), date(2026, 6, 1), date(2026, 11, 2)):
        register(office_db, admin, day)
    # the first is more than 12 months before 30 November 2026
    assert found(office_db, admin, "complaints") == []
    # AND with a shorter window setting, only the latest counts
    set_setting(office_db, admin, wn.REPEAT_COUNT.key, 2)
    assert len(found(office_db, admin, "complaints")) == 1
    set_setting(office_db, admin, wn.REPEAT_MONTHS.key, 3)
    assert found(office_db, admin, "complaints") == []


def test_marking_handled_hides_the_warning_is_audited_and_a_new_complaint_raises_it_again(
        office_db, admin) -> None:
    for day in (date(2026, 1, 5), date(2026, 6, 1), date(2026, 11, 2)):
        register(office_db, admin, day)
    [warning] = found(office_db, admin, "complaints")
    # WHEN it is marked handled with a note
    mark = wn.mark_handled(office_db, admin, warning.rule, warning.warning_key,
                           "已约谈该企业，列入重点关注对象", warning.target_table,
                           warning.target_id, today=TODAY)
    # THEN it is no longer raised, the handled list shows it with the note and who, audited
    assert found(office_db, admin, "complaints") == []
    [handled] = wn.handled_warnings(office_db, admin)
    assert handled.note == "已约谈该企业，列入重点关注对象" and handled.handled_by == "王管理"
    assert handled.handled_on == TODAY and handled.rule_label == "多次被投诉的主体"
    assert ("warning_marks", "create") in audited(office_db, mark.id)
    # AND marking it twice is refused
    with pytest.raises(ConflictError):
        wn.mark_handled(office_db, admin, warning.rule, warning.warning_key, "再次")
    # WHEN a fourth complaint comes in, the warning is raised again
    register(office_db, admin, date(2026, 11, 27))
    [again] = found(office_db, admin, "complaints")
    assert again.warning_key != warning.warning_key and "4" in again.title
    # AND a mark can be taken back (soft-deleted: it leaves the handled list)
    wn.reopen_warning(office_db, admin, mark.id)
    assert wn.handled_warnings(office_db, admin) == []


def test_an_empty_note_is_refused_at_its_field(office_db, admin) -> None:
    with pytest.raises(ValidationError) as raised:
        wn.mark_handled(office_db, admin, "complaints", "x@1", "  ")
    assert raised.value.field == "note"
    assert wn.handled_warnings(office_db, admin) == []


@pytest.mark.parametrize("key", [
    "warnings.due.within_workdays", "warnings.complaints.threshold",
    "warnings.complaints.months", "warnings.problems.years", "warnings.uninspected.from_month"])
@pytest.mark.parametrize("value", [0, -1])
def test_a_threshold_of_zero_or_less_is_refused(office_db, admin, key, value) -> None:
    before = get_setting(office_db, key)
    with pytest.raises(ValidationError) as raised:
        set_setting(office_db, admin, key, value)
    assert raised.value.field == key and "不能小于 1" in str(raised.value)
    assert get_setting(office_db, key) == before


def test_a_rule_switched_off_raises_nothing(office_db, admin) -> None:
    for day in (date(2026, 1, 5), date(2026, 6, 1), date(2026, 11, 2)):
        register(office_db, admin, day)
    set_setting(office_db, admin, wn.REPEAT_ENABLED.key, False)
    assert found(office_db, admin, "complaints") == []
    assert "complaints" not in [count.rule for count in wn.warning_counts(office_db, admin,
                                                                          TODAY)]


# --- c. a blacklisted entity appears again -----------------------------------------------------

def list_entity(db, actor, entity_id, start: date, end: date, kind: str = "black",
                number: str = "信用〔2026〕1号") -> str:
    with db.uow(actor) as uow:
        row = CreditEntry(entity_id=entity_id, entity_name=NAME, entity_code=HUAXIN,
                          entity_kind="bidder", list_kind=kind,
                          severity="serious" if kind != "red" else "", status="listed",
                          proposed_on=start - timedelta(days=20), decided_on=start,
                          start_on=start, end_on=end, number=number)
        uow.session.add(row)
        uow.flush()
        entry_id = row.id
        uow.commit()
    return entry_id


def add_object(db, actor, entity_id) -> str:
    with db.uow(actor) as uow:
        row = InspectionObject(kind="bidder", entity_id=entity_id, name=NAME, code=HUAXIN,
                               industry="房屋建筑")
        uow.session.add(row)
        uow.flush()
        object_id = row.id
        uow.commit()
    return object_id


def test_a_blacklisted_entity_in_a_new_complaint_pool_and_credit_check_is_raised(
        office_db, admin, huaxin) -> None:
    today = date.today()
    list_entity(office_db, admin, huaxin.id, today - timedelta(days=60),
                today + timedelta(days=300))
    complaint = register(office_db, admin, today - timedelta(days=10), today=today)
    object_id = add_object(office_db, admin, huaxin.id)
    check = credit_check.record_check(office_db, admin, HUAXIN, on=today,
                                      project="滑县第二中学食堂建设项目")
    raised = {item.target_table: item for item in found(office_db, admin, "blacklist", today)}
    assert set(raised) == {"complaints", "inspection_objects", "credit_checks"}
    assert raised["complaints"].record_id == complaint.id
    assert raised["inspection_objects"].record_id == object_id
    assert raised["credit_checks"].record_id == check.id
    assert "滑县第二中学食堂建设项目" in raised["credit_checks"].title
    assert "信用〔2026〕1号" in raised["complaints"].detail


def test_a_complaint_before_the_listing_or_a_red_list_entry_is_not_raised(
        office_db, admin, huaxin) -> None:
    today = date.today()
    register(office_db, admin, today - timedelta(days=90), today=today)  # before the listing
    list_entity(office_db, admin, huaxin.id, today - timedelta(days=60),
                today + timedelta(days=300))
    list_entity(office_db, admin, huaxin.id, today - timedelta(days=400),
                today + timedelta(days=300), kind="red", number="信用〔2026〕2号")
    assert found(office_db, admin, "blacklist", today) == []
    # AND a listing that has ended raises nothing for a later check
    with office_db.uow(admin) as uow:
        for row in uow.session.execute(select(CreditEntry)).scalars():
            row.end_on = today - timedelta(days=1)
        uow.commit()
    credit_check.record_check(office_db, admin, HUAXIN, on=today)
    add_object(office_db, admin, huaxin.id)
    assert found(office_db, admin, "blacklist", today) == []


# --- d. problems two years running; e. not inspected this year ------------------------------------

def inspect(db, actor, year: int, *, problem: bool, item_id: str = "", object_id: str | None,
            code: str = "XM001", name: str = "滑县第1号工程", closed: bool = True) -> None:
    """A plan of ``year`` with one batch (of ``item_id``), a valid draw and one result."""
    with db.uow(actor) as uow:
        session = uow.session
        plan = InspectionPlan(year=year, title=f"{year}年度抽查计划", status="approved")
        session.add(plan)
        session.flush()
        batch = InspectionBatch(plan_id=plan.id, title=f"{year}年第一批",
                                item_ids=f'["{item_id}"]' if item_id else "[]",
                                status="completed")
        session.add(batch)
        session.flush()
        draw = InspectionDraw(batch_id=batch.id, plan_id=plan.id, drawn_on=date(year, 3, 1),
                              seed="1", algorithm="test", pool_hash="0" * 64, snapshot="",
                              result="{}", status="valid")
        session.add(draw)
        session.flush()
        session.add(InspectionResult(
            batch_id=batch.id, draw_id=draw.id, object_id=object_id, object_key=code,
            object_name=name, object_kind="project", status="done" if closed else "pending",
            inspected_on=date(year, 4, 1) if closed else None, problem=problem,
            closed_on=date(year, 4, 20) if closed else None))
        uow.commit()


def directory(db, actor, industry: str = "房屋建筑") -> tuple[str, str]:
    with db.uow(actor) as uow:
        item = InspectionItem(name="招标投标活动监督检查", code="SX01", object_kind="project")
        obj = InspectionObject(kind="project", name="滑县第1号工程", code="XM001",
                               industry=industry)
        uow.session.add_all([item, obj])
        uow.flush()
        ids = (item.id, obj.id)
        uow.commit()
    return ids


def test_problems_found_two_years_running_are_raised(office_db, admin) -> None:
    item_id, object_id = directory(office_db, admin)
    inspect(office_db, admin, 2025, problem=True, item_id=item_id, object_id=object_id)
    inspect(office_db, admin, 2026, problem=True, item_id=item_id, object_id=object_id)
    [warning] = found(office_db, admin, "problems")
    assert "滑县第1号工程" in warning.title and "2025、2026" in warning.detail
    assert warning.target_table == "inspection_objects" and warning.target_id == object_id
    assert warning.warning_key == "XM001:2026"


def test_problems_in_one_year_or_with_a_gap_are_not_raised(office_db, admin) -> None:
    item_id, object_id = directory(office_db, admin)
    inspect(office_db, admin, 2024, problem=True, item_id=item_id, object_id=object_id)
    inspect(office_db, admin, 2025, problem=False, item_id=item_id, object_id=object_id)
    inspect(office_db, admin, 2026, problem=True, item_id=item_id, object_id=object_id)
    assert found(office_db, admin, "problems") == []
    # AND with the setting at one year, this year's problem is enough
    set_setting(office_db, admin, wn.PROBLEM_YEARS.key, 1)
    [warning] = found(office_db, admin, "problems")
    assert warning.warning_key == "XM001:2026"


def test_an_item_and_an_industry_not_inspected_this_year_are_raised(office_db, admin) -> None:
    item_id, object_id = directory(office_db, admin)
    # last year's inspection does not count, nor this year's result still open
    inspect(office_db, admin, 2025, problem=False, item_id=item_id, object_id=object_id)
    inspect(office_db, admin, 2026, problem=False, item_id=item_id, object_id=object_id,
            closed=False)
    raised = {item.warning_key: item for item in found(office_db, admin, "uninspected")}
    assert set(raised) == {f"item:{item_id}:2026", "industry:房屋建筑:2026"}
    assert "招标投标活动监督检查" in raised[f"item:{item_id}:2026"].title
    assert raised["industry:房屋建筑:2026"].page == "inspection_coverage"


def test_an_item_and_an_industry_inspected_this_year_are_not_raised(office_db, admin) -> None:
    item_id, object_id = directory(office_db, admin)
    inspect(office_db, admin, 2026, problem=False, item_id=item_id, object_id=object_id)
    assert found(office_db, admin, "uninspected") == []
    # AND before the month set, nothing is raised even when nothing was inspected
    with office_db.uow(admin) as uow:
        uow.session.add(InspectionItem(name="代理机构从业行为检查", object_kind="agency"))
        uow.commit()
    assert len(found(office_db, admin, "uninspected")) == 1
    set_setting(office_db, admin, wn.COVERAGE_FROM_MONTH.key, 12)
    assert found(office_db, admin, "uninspected") == []


# --- f. a member unit without a liaison ------------------------------------------------------

AUDIT = {"name": "滑县审计局", "kind": "audit", "duty_phone": "0372-8123456"}


def person(name: str, decided: date) -> dict:
    return {"name": name, "post": "科员", "mobile": "13812345678", "decided_on": decided,
            "reported_on": decided}


def test_a_unit_without_a_liaison_is_raised_and_again_after_a_new_vacancy(
        office_db, admin) -> None:
    unit = li.create_unit(office_db, admin, AUDIT)
    li.record_change(office_db, admin, unit.id, "leader", person("赵局长", date(2026, 3, 2)),
                     today=TODAY)
    [warning] = found(office_db, admin, "liaison")
    assert "滑县审计局" in warning.title and warning.record_id == unit.id
    wn.mark_handled(office_db, admin, "liaison", warning.warning_key, "已电话催报",
                    warning.target_table, warning.target_id, today=TODAY)
    assert found(office_db, admin, "liaison") == []
    # WHEN it names a liaison, then the post falls vacant: a new warning
    li.record_change(office_db, admin, unit.id, "liaison", person("王一", date(2026, 4, 1)),
                     today=TODAY)
    assert found(office_db, admin, "liaison") == []
    li.record_change(office_db, admin, unit.id, "liaison",
                     {"vacant": True, "decided_on": date(2026, 10, 9)}, today=TODAY)
    [again] = found(office_db, admin, "liaison")
    assert again.warning_key != warning.warning_key and again.raised_on == date(2026, 10, 9)


def test_a_unit_with_a_liaison_or_inactive_is_not_raised(office_db, admin) -> None:
    unit = li.create_unit(office_db, admin, AUDIT)
    li.record_change(office_db, admin, unit.id, "liaison", person("王一", date(2026, 4, 1)),
                     today=TODAY)
    li.create_unit(office_db, admin, {"name": "滑县水利局", "active": False})
    assert found(office_db, admin, "liaison") == []


# --- all the rules together ------------------------------------------------------------------

def test_the_counts_per_rule_follow_the_warnings(office_db, admin) -> None:
    li.create_unit(office_db, admin, AUDIT)
    counts = {count.rule: count.count for count in wn.warning_counts(office_db, admin, TODAY)}
    assert counts["liaison"] == 1 and counts["complaints"] == 0
    assert list(counts) == ["due", "complaints", "blacklist", "problems", "uninspected",
                            "liaison"]
