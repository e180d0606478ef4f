"""The annual report's sections on the inspections, the liaison directory, the joint meetings and
the efficiency of the work (issue 9, part 4), from a small database of known records: each
section's summary sentence, chart and table read back from the PDF, and its worksheet."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from jianguan_desktop.services import annual_report as reports
from jianguan_desktop.services import inspection_results as results
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import meetings as mt
from tests.integration.test_efficiency import worked
from tests.integration.test_inspection_results import LATER, closing, drawn_batch
from tests.integration.test_liaison import person
from tests.integration.test_meetings import TODAY, held, units
from tests.pdf_helpers import document_text, squeeze

__all__ = ["units", "worked"]

INSPECTIONS = "2026年，共随机抽取检查对象3个，完成检查2次，其中发现问题1次。"
# the two liaisons of ``units`` named on 5 January and reported on 30 November (late), then two
# changes decided on 30 April, one reported on time, one late
LIAISON = ("2026年，成员单位联络员共变动4人次，其中按时报送1人次，逾期报送3人次，"
           "尚未报送0人次。")
MEETINGS = ("2026年，共召开联席会议1次（其中因重大风险召开0次）；到期督办事项2项，办结2项，"
            "其中逾期办结1项。")


@pytest.fixture
def year_of_work(worked, units):
    """``worked``'s complaints; a batch of three objects drawn on 2 March, two inspected with
    one problem; two liaison changes of 30 April, one reported late; the June meeting with two
    tasks, one done late."""
    db, admin = worked
    _batch, found = drawn_batch(db, admin)
    results.record_result(db, admin, found[0].id,
                          closing(problem=True, handling=["rectify"]), today=LATER)
    results.record_result(db, admin, found[1].id, closing(), today=LATER)
    unit = units[1]
    li.record_change(db, admin, unit.id, "leader",
                     person("赵局长", date(2026, 4, 30), date(2026, 5, 8)), today=TODAY)
    li.record_change(db, admin, unit.id, "liaison",
                     person("钱科长", date(2026, 4, 30), date(2026, 5, 9)), today=TODAY)
    meeting = held(db, admin, units)
    shown = mt.add_decision(db, admin, meeting.id, "开展工程建设项目专项检查", [
        {"text": "制定专项检查方案", "owner_unit_id": units[0].id, "due_on": date(2026, 7, 31)},
        {"text": "移交审计发现的线索", "owner_unit_id": units[1].id,
         "due_on": date(2026, 7, 15)}])
    done_on = {"制定专项检查方案": date(2026, 7, 28), "移交审计发现的线索": date(2026, 8, 3)}
    for task in shown.decisions[0].tasks:
        mt.close_task(db, admin, task.id, {"done_on": done_on[task.text], "outcome": "已办结"},
                      today=TODAY)
    return db, admin


def test_every_register_has_its_section_with_the_years_figures(year_of_work) -> None:
    db, admin = year_of_work
    found = {section.key: section for section in reports.year_figures(db, admin, 2026)}
    assert list(found) == ["complaints", "credit", "inspections", "liaison", "meetings",
                           "efficiency"]
    inspections = found["inspections"].result
    assert inspections.summary == INSPECTIONS and not inspections.empty
    assert inspections.rows[0]["item"].endswith("招标投标活动监督检查")
    assert (inspections.rows[0]["planned"], inspections.rows[0]["done"],
            inspections.rows[0]["handling_rectify"]) == (3, 2, 1)
    assert found["liaison"].result.summary == LIAISON
    assert found["liaison"].result.categories[3] == "4月"
    meetings = found["meetings"].result
    assert meetings.summary == MEETINGS and dict(meetings.series)["召开联席会议（次）"][5] == 1
    efficiency = found["efficiency"].result
    assert efficiency.summary.startswith("2026年各环节按期办结率：受理审查75.0%、转办50.0%、"
                                         "处理决定50.0%、答复投诉人100.0%")
    acceptance = efficiency.rows[0]
    assert (acceptance["done"], acceptance["on_time"], acceptance["late"], acceptance["rate"],
            acceptance["average"]) == (4, 3, 1, "75.0", "3.5")
    assert efficiency.rows[4]["rate"] == "—"  # no publication this year


def test_the_pdf_prints_each_section_in_order_with_its_chart_and_table(year_of_work) -> None:
    db, admin = year_of_work
    text = document_text(reports.render_pdf(db, admin, 2026))
    parts = ("（三）“双随机、一公开”抽查情况", INSPECTIONS, "2026年各抽查事项检查情况",
             "（四）成员单位联络员管理情况", LIAISON, "2026年各月联络员变动及报送情况",
             "（五）联席会议及议定事项落实情况", MEETINGS, "2026年各月联席会议及督办事项情况",
             "（六）监管工作效能情况", "2026年各环节按期与逾期办理数", "2026年各环节办理效能",
             "二、主要工作及成效")
    for part in parts:
        assert squeeze(part) in text, part
    order = [text.index(squeeze(part)) for part in parts[::3]]
    assert order == sorted(order)
    # five charts and tables: the credit lists have no record this year
    assert "图5" in text and "表5" in text and "图6" not in text
    # the efficiency table: step, done, with a limit, on time, late, rate, average
    assert squeeze("受理审查443175.03.5") in text


def test_the_workbook_has_a_sheet_for_each_section(year_of_work, tmp_path) -> None:
    db, admin = year_of_work
    path = tmp_path / "年度报告.xlsx"
    reports.export_xlsx(db, admin, 2026, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames[2:] == ["2026年各抽查事项检查情况", "2026年各月联络员变动及报送情况",
                                       "2026年各月联席会议及督办事项情况", "2026年各环节办理效能"]
    meetings = list(workbook["2026年各月联席会议及督办事项情况"].iter_rows(values_only=True))
    assert meetings[-1][0] == "合计" and meetings[-1][1:] == (1, 0, 2, 2, 1)
    steps = list(workbook["2026年各环节办理效能"].iter_rows(values_only=True))
    assert steps[2][0] == "受理审查" and steps[2][1:5] == (4, 4, 3, 1)
