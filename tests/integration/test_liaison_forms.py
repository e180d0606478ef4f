"""The paper of the liaison directory and the joint meetings as it comes out of the printer:
the directory as it stood on a day, the minutes with their number, decisions and tasks, the
督办单 of an overdue task and the year's report (PDF and xlsx)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

import jianguan_desktop.services.liaison_forms as lf
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import meetings as mt
from jianguan_desktop.services.forms import render_form
from jianguan_desktop.services.settings import set_setting
from tests.pdf_helpers import document_text, page_sizes_mm

TODAY = date.today()
HELD = TODAY - timedelta(days=40)
DUE = TODAY - timedelta(days=12)  # the first task: 12 days overdue today


def person(name: str, decided: date, mobile: str = "13812345678") -> dict:
    return {"name": name, "post": "法规股股长", "mobile": mobile, "office_phone": "0372-8102301",
            "decided_on": decided}


@pytest.fixture
def units(office_db, admin):
    """Two units: 发改委 (convening) whose liaison changed from 王一 to 李二 on 1 Sept 2026,
    and 审计局 with a leader and a vacant liaison post."""
    set_setting(office_db, admin, "forms.doc_code", "安公管")
    first = li.create_unit(office_db, admin, {"name": "安阳县发展和改革委员会", "convener": True,
                                              "duty_phone": "0372-8102000"})
    second = li.create_unit(office_db, admin, {"name": "安阳县审计局", "kind": "audit"})
    li.record_change(office_db, admin, first.id, "liaison", person("王一", date(2026, 1, 5)),
                     today=TODAY)
    li.record_change(office_db, admin, first.id, "liaison", person("李二", date(2026, 9, 1)),
                     today=TODAY)
    li.record_change(office_db, admin, first.id, "leader", person("赵主任", date(2026, 1, 5)),
                     today=TODAY)
    li.record_change(office_db, admin, second.id, "leader", person("钱局长", date(2026, 1, 5)),
                     today=TODAY)
    li.record_change(office_db, admin, second.id, "liaison",
                     {"vacant": True, "decided_on": date(2026, 1, 5)}, today=TODAY)
    return first, second


@pytest.fixture
def meeting(office_db, admin, units):
    """A meeting held 40 days ago with two decisions and their tasks."""
    attendees = [u.leader.id for u in li.list_units(office_db, admin, HELD) if u.leader]
    held = mt.create_meeting(office_db, admin, {
        "title": "2026年上半年公共资源交易监管工作联席会议", "held_on": HELD,
        "place": "县发改委三楼会议室", "convened_by": units[0].id, "presided_by": "赵主任",
        "attendees": attendees, "agenda": "一、通报监管情况\n二、研究专项检查"}, today=TODAY)
    mt.add_decision(office_db, admin, held.id, "开展工程建设项目专项检查",
                    [{"text": "制定专项检查方案", "owner_unit_id": units[0].id, "due_on": DUE}])
    return mt.add_decision(office_db, admin, held.id, "审计发现问题线索及时移交",
                           [{"text": "移交审计发现的线索", "owner_unit_id": units[1].id,
                             "due_on": TODAY + timedelta(days=30)}])


def pdf_text(db, actor, form: str, ref: str) -> str:
    return document_text(render_form(db, actor, form, ref))


def test_the_directory_of_two_days_names_the_liaison_of_each_day(office_db, admin, units):
    before = pdf_text(office_db, admin, "liaison_directory", "2026-06-30")
    after = render_form(office_db, admin, "liaison_directory", "2026-11-30")
    text = document_text(after)
    assert "王一" in before and "李二" not in before
    assert "李二" in text and "王一" not in text
    assert "联络通讯录（截至2026年11月30日）" in text
    # AND the convening unit is marked, the vacant post prints 空缺, nothing in English
    assert "安阳县发展和改革委员会（牵头单位）" in text and "空缺" in text
    assert "None" not in text and "vacant" not in text.lower()
    width, height = page_sizes_mm(after)[0]
    assert width > height  # landscape


def test_the_directory_workbook_has_the_printed_columns(office_db, admin, units, tmp_path):
    path = tmp_path / "通讯录.xlsx"
    assert lf.write_directory_xlsx(office_db, admin, date(2026, 11, 30), path) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    headers = rows[1]
    assert headers[:3] == ("序号", "成员单位", "责任领导") and "联络员手机" in headers
    first = dict(zip(headers, rows[2], strict=True))
    assert first["联络员"] == "李二" and first["联络员手机"] == "13812345678"
    assert dict(zip(headers, rows[3], strict=True))["联络员"] == "空缺"


def test_the_minutes_carry_their_number_decisions_and_tasks_and_keep_the_number(
        office_db, admin, meeting):
    text = pdf_text(office_db, admin, "meeting_minutes", meeting.number)
    for part in ("联席会议纪要", "安公管纪〔", "2026年上半年公共资源交易监管工作联席会议纪要",
                 "一、开展工程建设项目专项检查。", "二、审计发现问题线索及时移交。",
                 "（一）制定专项检查方案（责任单位：安阳县发展和改革委员会；办理时限：",
                 "移交审计发现的线索（责任单位：安阳县审计局", "出席：",
                 "安阳县审计局：钱局长（法规股股长）", "会议由赵主任主持"):
        assert part in text, part
    number = mt.get_meeting(office_db, admin, meeting.id).minutes_number
    assert number.startswith("安公管纪〔") and number in text
    # WHEN it is printed again THEN it carries the same number
    assert pdf_text(office_db, admin, "meeting_minutes", meeting.id) == text
    assert mt.get_meeting(office_db, admin, meeting.id).minutes_number == number


def test_the_notice_is_addressed_to_the_units_and_asks_for_their_people(office_db, admin,
                                                                        meeting):
    text = pdf_text(office_db, admin, "meeting_notice", meeting.number)
    for part in ("文件", "安公管联〔", "关于召开2026年上半年公共资源交易监管工作联席会议的通知",
                 "安阳县发展和改革委员会、安阳县审计局：", "一、会议时间", "二、会议地点",
                 "县发改委三楼会议室", "（一）通报监管情况。", "（二）研究专项检查。",
                 "各成员单位责任领导和联络员", "钱局长", "空缺", "联系人：李二"):
        assert part in text, part
    assert "None" not in text


def test_the_reminder_says_how_many_days_the_task_is_overdue(office_db, admin, meeting):
    task = meeting.decisions[0].tasks[0]
    text = pdf_text(office_db, admin, "task_reminder", task.number)
    for part in ("督办单", "安公管督〔", "制定专项检查方案", task.number, "来源会议",
                 "开展工程建设项目专项检查", "安阳县发展和改革委员会", "逾期12天", "办理情况",
                 "督办单位"):
        assert part in text, part
    number = mt.get_task(office_db, admin, task.id).reminder_number
    assert pdf_text(office_db, admin, "task_reminder", task.id) == text and number in text
    later = meeting.decisions[1].tasks[0]
    assert "未逾期（距办理时限还有30天）" in pdf_text(office_db, admin, "task_reminder",
                                                     later.number)


def test_the_annual_report_gives_the_same_figures_in_pdf_and_xlsx(office_db, admin, meeting,
                                                                   tmp_path: Path):
    year = HELD.year
    text = pdf_text(office_db, admin, "meetings_annual", str(year))
    assert f"{year}年度联席会议工作情况" in text
    assert f"{year}年，共召开联席会议1次，其中定期会议1次、专题会议0次；形成议定事项2项，" \
           "分解督办事项2项。" in text
    assert "正在办理2项（其中逾期1项）" in text and "在办2项（逾期1项）" in text
    path = tmp_path / "年度.xlsx"
    assert lf.write_meetings_annual_xlsx(office_db, admin, year, path) == 1
    book = load_workbook(path)
    figures = {row[0]: row[1] for row in book.worksheets[0].iter_rows(min_row=3,
                                                                     values_only=True)}
    assert figures["召开联席会议（次）"] == 1 and figures["形成议定事项（项）"] == 2
    assert figures["其中：逾期（项）"] == 1 and figures["已办结（项）"] == 0
    [line] = list(book.worksheets[1].iter_rows(min_row=3, values_only=True))
    assert line[1] == "2026年上半年公共资源交易监管工作联席会议" and "专项检查" in line[4]
