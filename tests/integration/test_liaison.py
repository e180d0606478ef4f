"""The liaison directory as a clerk keeps it (issue 7 items 1–3): units, their posts' holders
with history, the directory as it stood on any day, and the 3 working days to report a change."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.errors import ValidationError
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table

AUDIT = {"name": "滑县审计局", "kind": "audit", "duty_phone": "0372-8123456",
         "email": "sjj@hx.gov.cn"}


def person(name: str, decided: date, reported: date | None = None, **extra) -> dict:
    return {"name": name, "post": "科员", "mobile": "13812345678", "decided_on": decided,
            "reported_on": reported or decided, **extra}


def test_a_liaison_changed_three_times_is_listed_as_the_directory_stood_on_each_day(
        office_db, admin):
    # GIVEN a unit whose liaison changed three times
    unit = li.create_unit(office_db, admin, AUDIT)
    today = date(2026, 11, 30)
    for name, day in (("王一", date(2026, 1, 5)), ("李二", date(2026, 4, 1)),
                      ("张三", date(2026, 9, 1))):
        li.record_change(office_db, admin, unit.id, "liaison", person(name, day), today=today)
    # THEN the directory on each day names the liaison of that day
    for day, expected in ((date(2026, 1, 4), None), (date(2026, 1, 5), "王一"),
                          (date(2026, 3, 31), "王一"), (date(2026, 4, 1), "李二"),
                          (date(2026, 8, 31), "李二"), (date(2026, 11, 30), "张三")):
        [row] = li.directory_on(office_db, admin, day).rows
        assert (row.liaison.name if row.liaison else None) == expected, day
    # AND the history keeps all three, the newest first, the earlier two ended
    found = li.history(office_db, admin, unit.id)
    assert [(p.name, p.ended_on) for p in found] == [
        ("张三", None), ("李二", date(2026, 9, 1)), ("王一", date(2026, 4, 1))]


def test_a_change_reported_on_the_fourth_working_day_past_a_holiday_is_late(office_db, admin):
    # GIVEN a change decided on Thursday 30 April 2026: 1–5 May are 劳动节, 9 May a make-up day
    unit = li.create_unit(office_db, admin, AUDIT)
    decided = date(2026, 4, 30)
    # WHEN it is reported on the third working day (6, 7, 8 May) it is on time
    on_time = li.record_change(office_db, admin, unit.id, "leader",
                               person("赵局长", decided, date(2026, 5, 8)),
                               today=date(2026, 5, 20))
    assert on_time.report_due == date(2026, 5, 8) and not on_time.late
    assert "劳动节" in on_time.report_explanation
    # AND a change reported on the fourth working day (Saturday 9 May, worked) is late by one
    late = li.record_change(office_db, admin, unit.id, "liaison",
                            person("钱科长", decided, date(2026, 5, 9)), today=date(2026, 5, 20))
    assert late.late and late.late_days == 1
    rows = fetch_rows(office_db, admin, get_table(li.CHANGES_TABLE_KEY), TableQuery(), 0, 10)
    assert {row["name"]: row["late"] for row in rows} == {"赵局长": False, "钱科长": True}


@pytest.mark.parametrize(("values", "field"), [
    ({"mobile": "1381234567"}, "mobile"),
    ({"mobile": "23812345678"}, "mobile"),
    ({"mobile": "", "office_phone": "8123456"}, "office_phone"),
    ({"mobile": "", "office_phone": ""}, "mobile"),
    ({"email": "wang@"}, "email"),
    ({"name": ""}, "name"),
    ({"decided_on": date(2026, 12, 31)}, "decided_on"),
    ({"reported_on": date(2026, 3, 1)}, "reported_on"),
])
def test_a_wrong_change_is_refused_at_its_field_and_nothing_is_written(office_db, admin, values,
                                                                       field):
    unit = li.create_unit(office_db, admin, AUDIT)
    with pytest.raises(ValidationError) as caught:
        li.record_change(office_db, admin, unit.id, "liaison",
                         person("王一", date(2026, 3, 2)) | values, today=date(2026, 11, 30))
    assert field in caught.value.fields
    assert li.history(office_db, admin, unit.id) == []


def test_a_change_dated_before_the_previous_one_is_refused(office_db, admin):
    unit = li.create_unit(office_db, admin, AUDIT)
    li.record_change(office_db, admin, unit.id, "liaison", person("王一", date(2026, 6, 1)),
                     today=date(2026, 11, 30))
    with pytest.raises(ValidationError, match="2026年6月1日") as caught:
        li.record_change(office_db, admin, unit.id, "liaison",
                         person("李二", date(2026, 5, 1)), today=date(2026, 11, 30))
    assert caught.value.field == "decided_on"
    assert [p.name for p in li.history(office_db, admin, unit.id)] == ["王一"]


@pytest.mark.parametrize(("values", "field"), [
    ({"name": ""}, "name"), ({"duty_phone": "12345"}, "duty_phone"),
    ({"fax": "abc"}, "fax"), ({"email": "x@y"}, "email"), ({"kind": "bank"}, "kind")])
def test_a_wrong_unit_is_refused_at_its_field(office_db, admin, values, field):
    with pytest.raises(ValidationError) as caught:
        li.create_unit(office_db, admin, AUDIT | values)
    assert field in caught.value.fields
    assert li.list_units(office_db, admin) == []


def test_phones_are_kept_in_one_shape_and_one_unit_convenes(office_db, admin):
    first = li.create_unit(office_db, admin, {"name": "滑县发展和改革委员会", "convener": True,
                                              "duty_phone": "(0372)8111111"})
    assert first.duty_phone == "0372-8111111" and first.convener
    li.create_unit(office_db, admin, AUDIT | {"convener": True})
    conveners = [unit.name for unit in li.list_units(office_db, admin) if unit.convener]
    assert conveners == ["滑县审计局"]


def test_a_unit_without_a_liaison_or_with_a_vacant_post_is_on_the_home_page(office_db, admin):
    unit = li.create_unit(office_db, admin, AUDIT)
    li.record_change(office_db, admin, unit.id, "leader", person("赵局长", date(2026, 3, 2)),
                     today=date(2026, 11, 30))
    [item] = li.due_posts(office_db, admin, date(2026, 11, 30))
    assert "滑县审计局" in item.title and "联络员" in item.title
    li.record_change(office_db, admin, unit.id, "liaison", person("王一", date(2026, 3, 2)),
                     today=date(2026, 11, 30))
    assert li.due_posts(office_db, admin, date(2026, 11, 30)) == []
    li.record_change(office_db, admin, unit.id, "liaison",
                     {"vacant": True, "decided_on": date(2026, 10, 9)}, today=date(2026, 11, 30))
    [item] = li.due_posts(office_db, admin, date(2026, 11, 30))
    assert item.due_date == date(2026, 10, 9) and item.overdue
    # AND the directory of a day before the vacancy still names the liaison
    [row] = li.directory_on(office_db, admin, date(2026, 10, 8)).rows
    assert row.liaison is not None and row.liaison.name == "王一"


def test_a_unit_and_a_meeting_without_decisions_are_deleted_and_restored(office_db, admin):
    from jianguan_desktop.services import meetings as mt

    unit = li.create_unit(office_db, admin, {"name": "滑县水利局"})
    li.delete_unit(office_db, admin, unit.id, unit.version)
    assert [u.name for u in li.list_units(office_db, admin)] == []
    li.restore_unit(office_db, admin, unit.id)
    assert [u.name for u in li.list_units(office_db, admin)] == ["滑县水利局"]
    meeting = mt.create_meeting(office_db, admin, {"title": "下半年联席会议",
                                                   "planned_on": date(2099, 12, 20)})
    mt.delete_meeting(office_db, admin, meeting.id)
    assert mt.list_meetings(office_db, admin) == []
    mt.restore_meeting(office_db, admin, meeting.id)
    assert [m.title for m in mt.list_meetings(office_db, admin)] == ["下半年联席会议"]
