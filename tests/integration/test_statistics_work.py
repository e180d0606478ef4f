"""The statistics of the inspections, the liaison directory and the joint meetings (issue 9), and
at the city every office side by side, on small databases of known records; the workbook holds
each table as a worksheet."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from jianguan_desktop.services import inspection_results as results
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import meetings as mt
from jianguan_desktop.services.statistics import Period
from jianguan_desktop.services.statistics_tables import export_figures, figure_tables
from jianguan_desktop.services.statistics_work import (
    inspection_figures,
    inspection_table,
    liaison_table,
    meeting_table,
)
from tests.integration.test_complaints import register
from tests.integration.test_inspection_results import LATER, closing, drawn_batch
from tests.integration.test_liaison import AUDIT, person
from tests.integration.test_meetings import TODAY, held, units
from tests.integration.test_statistics import handled
from tests.integration.test_sync_roundtrip import COUNTY_B, offices

__all__ = ["handled", "offices", "units"]

YEAR_2026 = Period.year(2026)


def test_inspections_are_counted_per_item_with_problems_and_their_handling(office_db, admin):
    # GIVEN a batch of the general item drawn on 2 March (3 objects), two results closed on
    # 24 April, one with a problem ordered to rectify and fined
    _batch, found = drawn_batch(office_db, admin)
    results.record_result(office_db, admin, found[0].id,
                          closing(problem=True, handling=["rectify", "penalty"],
                                  findings="评标报告缺少专家签字"), today=LATER)
    results.record_result(office_db, admin, found[1].id, closing(), today=LATER)
    statistics = inspection_figures(office_db, admin, YEAR_2026)
    [item] = statistics.items
    assert item.name == "招标投标活动监督检查"
    figures = item.figures
    assert (figures.planned, figures.done, figures.problems) == (3, 2, 1)
    assert figures.handling == {"rectify": 1, "penalty": 1, "transfer": 0, "listing": 0}
    # THEN the table has the item's row and the total, in words a clerk reads
    table = inspection_table(statistics)
    assert [header for _key, header in table.columns][:4] == ["抽查事项", "抽中数量", "完成检查",
                                                              "发现问题"]
    assert table.rows[0]["item"] == "招标投标活动监督检查"
    assert table.rows[0]["handling_rectify"] == 1
    assert table.rows[-1]["item"].startswith("合计") and table.rows[-1]["planned"] == 3
    # AND a March-only period has the draw but nothing done; another office has nothing
    march = inspection_figures(office_db, admin, Period.month(2026, 3)).total
    assert (march.planned, march.done) == (3, 0)
    assert inspection_figures(office_db, admin, YEAR_2026, office="410523").items == []


def test_a_batch_of_two_items_counts_under_each_and_once_in_the_total(office_db, admin):
    from tests.inspection_fixtures import approved_batch, build_directory

    directory = build_directory(office_db, admin, projects=4)
    from jianguan_desktop.services import inspection_plans as plans

    batch = approved_batch(office_db, admin, directory,
                           item_ids=[directory.general_item, directory.key_item])
    plans.run_draw(office_db, admin, batch.id, {"seed": "8848", "drawn_on": date(2026, 3, 2),
                                                "witnesses": "王监督"}, today=date(2026, 3, 2))
    statistics = inspection_figures(office_db, admin, YEAR_2026)
    assert [(item.name, item.figures.planned) for item in statistics.items] == [
        ("代理机构从业行为检查", 3), ("招标投标活动监督检查", 3)]
    assert statistics.total.planned == 3


def test_liaison_changes_are_counted_per_month_on_time_late_and_unreported(office_db, admin):
    unit = li.create_unit(office_db, admin, AUDIT)
    today = date(2026, 5, 20)
    # 30 April: one reported on the third working day (on time), one on the fourth (late)
    li.record_change(office_db, admin, unit.id, "leader",
                     person("赵局长", date(2026, 4, 30), date(2026, 5, 8)), today=today)
    li.record_change(office_db, admin, unit.id, "liaison",
                     person("钱科长", date(2026, 4, 30), date(2026, 5, 9)), today=today)
    table = liaison_table(office_db, admin, YEAR_2026)
    april = next(row for row in table.rows if row["month"] == "2026-04")
    assert (april["changes"], april["on_time"], april["late"], april["unreported"]) == (
        2, 1, 1, 0)
    assert table.rows[-1] == {"month": "合计", "changes": 2, "on_time": 1, "late": 1,
                              "unreported": 0}
    assert len(table.rows) == 13 and table.chart_labels[0] == "1月"


def test_meetings_held_and_tasks_due_and_done_per_month(office_db, admin, units):
    meeting = held(office_db, admin, units)  # held on 20 June
    shown = mt.add_decision(office_db, admin, meeting.id, "开展工程建设项目专项检查",
                            [{"text": "制定专项检查方案", "owner_unit_id": units[0].id,
                              "due_on": date(2026, 7, 31)},
                             {"text": "移交审计发现的线索", "owner_unit_id": units[1].id,
                              "due_on": date(2026, 7, 15)}])
    tasks = {task.text: task for task in shown.decisions[0].tasks}
    first, second = tasks["制定专项检查方案"], tasks["移交审计发现的线索"]
    mt.close_task(office_db, admin, first.id, {"done_on": date(2026, 7, 28),
                                               "outcome": "方案已印发"}, today=TODAY)
    mt.close_task(office_db, admin, second.id, {"done_on": date(2026, 8, 3),
                                                "outcome": "已移交"}, today=TODAY)
    rows = {row["month"]: row for row in meeting_table(office_db, admin, YEAR_2026).rows}
    assert (rows["2026-06"]["held"], rows["2026-06"]["extra"]) == (1, 0)
    assert (rows["2026-07"]["due"], rows["2026-07"]["done"], rows["2026-07"]["done_late"]) == (
        2, 1, 0)
    assert (rows["2026-08"]["done"], rows["2026-08"]["done_late"]) == (1, 1)
    assert rows["合计"]["done"] == 2 and rows["合计"]["done_late"] == 1


def test_a_county_has_five_tables_and_they_go_to_one_workbook(office_db, admin, tmp_path):
    tables = figure_tables(office_db, admin, YEAR_2026)
    assert [table.key for table in tables] == ["complaints", "complaint_trades",
                                               "complaint_channels", "credit", "inspections",
                                               "liaison", "meetings"]
    assert all(table.empty for table in tables)
    path = tmp_path / "统计.xlsx"
    assert export_figures(office_db, admin, YEAR_2026, path) == sum(
        len(table.rows) for table in tables)
    book = load_workbook(path)
    assert [name.split("（")[0] for name in book.sheetnames] == [
        "投诉举报", "按交易类型", "按投诉渠道", "红黑名单", "双随机一公开", "联络员", "联席会议"]
    first = list(book.worksheets[0].iter_rows(values_only=True))
    assert "2026-01-01" in str(first[0][0]) and first[1][:3] == ("月份", "收到", "受理")
    assert first[-1][0] == "合计"


def test_the_city_sees_every_office_side_by_side(offices) -> None:
    city, a, b = offices
    for office, count in ((a, 2), (b, 1)):
        for number in range(count):
            register(office.db, office.admin, received_on="2026-09-21",
                     today=date(2026, 9, 21), respondent_name=f"某某建筑有限公司{number}")
        city.take(office.send(city))
    side = figure_tables(city.db, city.admin, YEAR_2026)[-1]
    assert side.key == "offices"
    assert [(row["office"], row["received"]) for row in side.rows] == [
        ("安阳县", 2), ("汤阴县", 1), ("安阳市", 0), ("合计", 3)]
    assert side.chart_labels == ["安阳县", "汤阴县", "安阳市"]
    # AND one county's figures alone have no side-by-side table, nor has a county
    assert [table.key for table in figure_tables(city.db, city.admin, YEAR_2026,
                                                 office=COUNTY_B)][-1] == "meetings"
    assert figure_tables(a.db, a.admin, YEAR_2026)[-1].key == "meetings"


def test_complaints_per_trade_type_and_channel_with_their_shares(handled) -> None:
    db, admin = handled
    tables = {table.key: table for table in figure_tables(db, admin, YEAR_2026)}
    trades = {row["name"]: (row["received"], row["share"])
              for row in tables["complaint_trades"].rows}
    assert trades == {"工程建设项目招标投标": (3, "75.0%"), "政府采购": (0, "0.0%"),
                      "土地使用权和矿业权出让": (0, "0.0%"), "国有产权交易": (0, "0.0%"),
                      "其他交易": (1, "25.0%"), "合计": (4, "100.0%")}
    channels = {row["name"]: row["received"] for row in tables["complaint_channels"].rows}
    assert channels["信函"] == 3 and channels["电话"] == 1 and channels["合计"] == 4
