"""Joint meetings as a clerk records them (issue 7 items 5–6): held meetings with attendees
from the directory, decisions opening tasks, tasks listed until done, the rhythm's next
meeting, and the year's figures."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import meetings as mt
from jianguan_desktop.services.settings import set_setting

TODAY = date(2026, 11, 30)


@pytest.fixture
def units(office_db, admin):
    """Two units, each with a liaison."""
    made = []
    for name, person in (("滑县发展和改革委员会", "王一"), ("滑县审计局", "李二")):
        unit = li.create_unit(office_db, admin, {"name": name, "convener": not made})
        li.record_change(office_db, admin, unit.id, "liaison",
                         {"name": person, "mobile": "13812345678",
                          "decided_on": date(2026, 1, 5)}, today=TODAY)
        made.append(li.get_unit(office_db, admin, unit.id, TODAY))
    return made


def held(db, actor, units, day=date(2026, 6, 20), **values):
    return mt.create_meeting(db, actor, {
        "title": "2026年上半年公共资源交易监管工作联席会议", "held_on": day,
        "place": "县发改委三楼会议室", "convened_by": units[0].id, "presided_by": "赵主任",
        "attendees": [unit.liaison.id for unit in units], "agenda": "一、通报上半年监管情况",
        **values}, today=TODAY)


def test_a_meeting_with_two_decisions_lists_its_tasks_until_done(office_db, admin, units):
    meeting = held(office_db, admin, units)
    assert meeting.number == "联席〔2026〕1号"
    assert [(a.name, a.unit) for a in meeting.attendees] == [("王一", "滑县发展和改革委员会"),
                                                             ("李二", "滑县审计局")]
    mt.add_decision(office_db, admin, meeting.id, "开展工程建设项目专项检查",
                    [{"text": "制定专项检查方案", "owner_unit_id": units[0].id,
                      "due_on": date(2026, 7, 31)}])
    shown = mt.add_decision(office_db, admin, meeting.id, "审计发现问题线索及时移交",
                            [{"text": "移交审计发现的线索", "owner_unit_id": units[1].id,
                              "due_on": date(2026, 12, 31)}])
    assert [d.seq for d in shown.decisions] == [1, 2]
    first = shown.decisions[0].tasks[0]
    assert first.number == "督办〔2026〕1号" and first.overdue
    mt.close_task(office_db, admin, first.id, {"done_on": date(2026, 7, 28),
                                               "outcome": "方案已印发"}, today=TODAY)
    assert [t.text for t in mt.open_tasks(office_db, admin, TODAY)] == ["移交审计发现的线索"]
    figures = mt.year_figures(office_db, admin, 2026, TODAY)
    assert (figures.regular, figures.extra, figures.decisions, figures.tasks,
            figures.tasks_done, figures.tasks_open, figures.tasks_overdue) == (1, 0, 2, 2, 1, 1, 0)


def test_a_task_without_its_unit_refuses_the_whole_decision(office_db, admin, units):
    meeting = held(office_db, admin, units)
    with pytest.raises(ValidationError) as caught:
        mt.add_decision(office_db, admin, meeting.id, "开展专项检查",
                        [{"text": "制定方案", "due_on": date(2026, 7, 31)}])
    assert "tasks.0.owner_unit_id" in caught.value.fields
    assert mt.get_meeting(office_db, admin, meeting.id).decisions == ()


def test_a_meeting_not_yet_held_takes_no_decision_and_none_is_held_in_the_future(
        office_db, admin, units):
    planned = mt.create_meeting(office_db, admin, {"title": "下半年联席会议",
                                                   "planned_on": date(2026, 12, 20)},
                                today=TODAY)
    with pytest.raises(ConflictError):
        mt.add_decision(office_db, admin, planned.id, "某决定")
    with pytest.raises(ValidationError) as caught:
        held(office_db, admin, units, day=date(2026, 12, 20))
    assert caught.value.field == "held_on"


@pytest.mark.parametrize(("rhythm", "due"), [("half_year", date(2026, 12, 20)),
                                             ("yearly", date(2027, 6, 20))])
def test_the_next_regular_meeting_follows_the_rhythm_and_extra_meetings_do_not_count(
        office_db, admin, units, rhythm, due):
    set_setting(office_db, admin, "meetings.rhythm", rhythm)
    held(office_db, admin, units)
    held(office_db, admin, units, day=date(2026, 9, 1), kind="extra", title="专题会议")
    coming = mt.next_meeting(office_db, admin, TODAY)
    assert coming.due == due and coming.last_held == date(2026, 6, 20)
    items = mt.due_meetings_and_tasks(office_db, admin, TODAY)
    assert any(item.due_date == due for item in items) == (rhythm == "half_year")


def test_the_demonstration_directory_and_meetings_show_every_case(office_db, admin):
    from jianguan_desktop.services.demo import fill_demo
    from jianguan_desktop.services.registers import load_registers

    load_registers()  # as the command line does: every register's demonstration data
    fill_demo(office_db, admin, "small")
    today = date.today()
    units = li.list_units(office_db, admin, today)
    assert len(units) == 15 and [u.name for u in units if u.convener] == [
        "滑县公共资源交易监督管理办公室"]
    housing = next(u for u in units if u.name == "滑县住房和城乡建设局")
    changes = [p for p in li.history(office_db, admin, housing.id) if p.role == "liaison"]
    assert len(changes) == 4 and changes[0].late and not any(p.late for p in changes[1:])
    assert [u.name for u in li.units_missing_posts(office_db, admin, today)] == ["滑县人民法院"]
    meetings = mt.list_meetings(office_db, admin)
    assert [m.held for m in meetings] == [True, True, True, False]
    open_ = mt.open_tasks(office_db, admin, today)
    assert any(task.overdue for task in open_) and not all(task.overdue for task in open_)
    assert mt.next_meeting(office_db, admin, today).planned is not None
