"""效能评估 (issue 9 item 2) on small databases of known records: each step of the complaint
workflow done in the period, on time and late, its on-time rate and the average working days it
took over spans with weekends, 中秋 and 国庆 (and their make-up days); inspection results
published late; liaison changes reported on time and late; a county's own figures and, at the
city, a row per county; the tables in Chinese and the workbook."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from jianguan_desktop.services import efficiency as eff
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services.statistics import Period
from tests.integration.test_complaints import register
from tests.integration.test_liaison import AUDIT, person
from tests.integration.test_statistics import _step
from tests.integration.test_sync_roundtrip import CITY, COUNTY_A, COUNTY_B, offices

__all__ = ["offices"]

Q4 = Period.quarter(2026, 4)
YEAR = Period.year(2026)


def _decide(db, actor, ref, on):
    _step(db, actor, ref, "decide", on, outcome="dismissed", text="投诉缺乏事实依据")


@pytest.fixture
def worked(office_db, admin):
    """Five complaints under the 招标投标 limits (accept within 3 working days of receipt,
    decide within 30 of acceptance), their steps' working days worked out by hand from the
    2026 calendar (中秋 25–27 Sep, 国庆 1–7 Oct, make-up days Sun 20 Sep and Sat 10 Oct):

    - A received Wed 30 Sep, accepted Fri 9 Oct (2 wd, due Sat 10 Oct: on time), decided
      Tue 20 Oct (8 wd, on time), answered Thu 22 Oct (2 wd after the decision, on time);
    - B received Tue 22 Sep, accepted Mon 12 Oct (9 wd, due 28 Sep: late), transferred Tue
      13 Oct (1 wd after acceptance, within the decision limit), the transferee's feedback on
      Tue 20 Oct, answered Wed 21 Oct (1 wd, no limit after a transfer);
    - C received Wed 14 Oct, refused Fri 16 Oct (2 wd, on time), answered Mon 19 Oct (1 wd
      after the refusal, due with it on 19 Oct: on time);
    - D received Thu 15 Oct, transferred before acceptance Wed 21 Oct (4 wd, due 20 Oct: late);
    - E received Fri 31 Jul, accepted Mon 3 Aug (1 wd, on time), decided Wed 14 Oct (48 wd:
      late).
    """
    db = office_db
    a = register(db, admin, received_on="2026-09-30", today=date(2026, 9, 30))
    _step(db, admin, a.id, "accept", "2026-10-09")
    _decide(db, admin, a.id, "2026-10-20")
    _step(db, admin, a.id, "answer", "2026-10-22", method="mail")
    b = register(db, admin, received_on="2026-09-22", today=date(2026, 9, 22),
                 respondent_name="安阳县乙建筑有限公司")
    _step(db, admin, b.id, "accept", "2026-10-12")
    _step(db, admin, b.id, "transfer", "2026-10-13", department="安阳县住房和城乡建设局")
    _step(db, admin, b.id, "record_transfer_reply", "2026-10-20", text="已责令整改")
    _step(db, admin, b.id, "answer", "2026-10-21", method="mail")
    c = register(db, admin, received_on="2026-10-14", today=date(2026, 10, 14),
                 respondent_name="安阳县丙建筑有限公司")
    _step(db, admin, c.id, "reject", "2026-10-16", grounds=["not_party"],
          text="投诉人不是所投诉招标投标活动的参与者")
    _step(db, admin, c.id, "answer", "2026-10-19", method="mail")
    d = register(db, admin, received_on="2026-10-15", today=date(2026, 10, 15),
                 respondent_name="安阳县丁建筑有限公司")
    _step(db, admin, d.id, "transfer", "2026-10-21", department="安阳县水利局")
    e = register(db, admin, received_on="2026-07-31", today=date(2026, 7, 31),
                 respondent_name="安阳县戊建筑有限公司")
    _step(db, admin, e.id, "accept", "2026-08-03")
    _decide(db, admin, e.id, "2026-10-14")
    # a complaint registered in the quarter with no step yet counts in no step
    register(db, admin, received_on="2026-11-02", today=date(2026, 11, 2),
             respondent_name="安阳县己建筑有限公司")
    return db, admin


def _figures(item: eff.MeasureFigures) -> tuple:
    return (item.done, item.timed, item.on_time, item.late, item.on_time_rate,
            item.average_workdays)


def test_each_step_of_the_quarter_is_counted_with_its_rate_and_working_days(worked) -> None:
    db, admin = worked
    figures = eff.efficiency_figures(db, admin, Q4)
    assert not figures.city
    [office] = figures.offices
    assert office.office_code == "410522" and office.office_name == "安阳县"
    # acceptance: A 2 wd on time, B 9 wd late, C refused 2 wd on time (E's was in August)
    assert _figures(office.measure("acceptance")) == (3, 3, 2, 1, pytest.approx(200 / 3),
                                                      pytest.approx(13 / 3))
    # transfer: B 1 wd on time, D 4 wd late
    assert _figures(office.measure("transfer")) == (2, 2, 1, 1, 50.0, 2.5)
    # decision: A 8 wd on time, E 48 wd late
    assert _figures(office.measure("decision")) == (2, 2, 1, 1, 50.0, 28.0)
    # feedback: A 2 wd and C 1 wd on time, B 1 wd with no limit
    assert _figures(office.measure("feedback")) == (3, 2, 2, 0, 100.0, pytest.approx(4 / 3))
    assert _figures(office.measure("publication")) == (0, 0, 0, 0, None, None)
    assert _figures(office.measure("liaison")) == (0, 0, 0, 0, None, None)
    assert figures.total.measure("decision").done == 2  # a county: the total is its own


def test_other_periods_count_only_the_steps_done_in_them(worked) -> None:
    db, admin = worked
    year = eff.efficiency_figures(db, admin, YEAR).offices[0]
    # E's acceptance (1 wd, on time) joins the year
    assert _figures(year.measure("acceptance")) == (4, 4, 3, 1, 75.0, 3.5)
    assert year.measure("decision").done == 2
    third = eff.efficiency_figures(db, admin, Period.quarter(2026, 3)).offices[0]
    assert _figures(third.measure("acceptance")) == (1, 1, 1, 0, 100.0, 1.0)
    assert [third.measure(key).done for key in ("transfer", "decision", "feedback")] == [0, 0, 0]
    # one day, Mon 19 Oct: C's answer alone
    day = eff.efficiency_figures(db, admin, Period(date(2026, 10, 19), date(2026, 10, 19)))
    assert [day.offices[0].measure(key).done for key in eff.MEASURES] == [0, 0, 0, 1, 0, 0]


def test_a_year_with_nothing_done_has_zeros_and_no_rates(office_db, admin) -> None:
    figures = eff.efficiency_figures(office_db, admin, Period.year(2025))
    rows = eff.measure_rows(figures.total)
    assert [row["done"] for row in rows] == [0] * 6
    assert {row["rate"] for row in rows} == {None} and {row["average"] for row in rows} == {None}
    assert eff.shown_value(None) == "—"


def test_inspection_results_published_late_are_counted_with_their_working_days(
        office_db, admin) -> None:
    from jianguan_desktop.services import inspection_results as results
    from jianguan_desktop.services.settings import set_setting
    from tests.integration.test_inspection_results import LATER, close_all, drawn_batch

    # GIVEN the batch completed Fri 24 April, to be published within 10 working days (鹤岗):
    # due Tue 12 May past 劳动节 (1–5 May) and the make-up Saturday 9 May
    set_setting(office_db, admin, "inspections.publish_preset", "hegang")
    batch, found = drawn_batch(office_db, admin)
    close_all(office_db, admin, found)
    # WHEN it is published on Thu 14 May
    results.publish_batch(office_db, admin, batch.id, {
        "published_on": date(2026, 5, 14), "channel": "安阳县公共资源交易中心网站"}, today=LATER)
    # THEN one publication, late, 12 working days after completion
    item = eff.efficiency_figures(office_db, admin, YEAR).total.measure("publication")
    assert _figures(item) == (1, 1, 0, 1, 0.0, 12.0)
    assert eff.efficiency_figures(office_db, admin, Period.month(2026, 4)
                                  ).total.measure("publication").done == 0


def test_liaison_changes_reported_on_time_and_late(office_db, admin) -> None:
    unit = li.create_unit(office_db, admin, AUDIT)
    today = date(2026, 11, 30)
    # decided Wed 30 Sep, reported Fri 9 Oct: due Sat 10 Oct (a make-up day), 2 wd, on time
    li.record_change(office_db, admin, unit.id, "leader",
                     person("赵局长", date(2026, 9, 30), date(2026, 10, 9)), today=today)
    # decided Mon 12 Oct, reported Fri 16 Oct: due Thu 15 Oct, 4 wd, late
    li.record_change(office_db, admin, unit.id, "liaison",
                     person("钱科长", date(2026, 10, 12), date(2026, 10, 16)), today=today)
    item = eff.efficiency_figures(office_db, admin, Q4).total.measure("liaison")
    assert _figures(item) == (2, 2, 1, 1, 50.0, 3.0)
    # reported in the period counts, decided in it does not: September has none reported
    assert eff.efficiency_figures(office_db, admin, Period.month(2026, 9)
                                  ).total.measure("liaison").done == 0


def test_the_tables_are_in_chinese_with_a_row_per_step(worked) -> None:
    db, admin = worked
    figures = eff.efficiency_figures(db, admin, Q4)
    assert [header for _key, header in eff.measure_columns()] == [
        "办理环节", "办理数", "有时限", "按期", "超期", "按期率（%）", "平均用时（工作日）"]
    rows = eff.measure_rows(figures.total)
    assert [row["measure"] for row in rows] == ["受理审查", "转办", "处理决定", "答复投诉人",
                                                "检查结果公示", "联络员变更报备"]
    assert {key: rows[0][key] for key in ("done", "timed", "on_time", "late", "rate",
                                          "average")} == {
        "done": 3, "timed": 3, "on_time": 2, "late": 1, "rate": 66.7, "average": 4.3}
    assert [eff.shown_value(rows[3][key]) for key in ("rate", "average")] == ["100.0", "1.3"]
    assert eff.shown_value(rows[4]["rate"]) == "—"


def test_the_workbook_holds_the_steps(worked, tmp_path) -> None:
    db, admin = worked
    path = tmp_path / "效能评估.xlsx"
    assert eff.export_efficiency(db, admin, Q4, path) == 6
    book = load_workbook(path)
    assert len(book.worksheets) == 1  # a county: no offices side by side
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert "2026-10-01" in str(rows[0][0]) and "2026-12-31" in str(rows[0][0])
    assert rows[1] == ("办理环节", "办理数", "有时限", "按期", "超期", "按期率（%）",
                       "平均用时（工作日）")
    assert rows[2] == ("受理审查", 3, 3, 2, 1, 66.7, 4.3)
    assert rows[3] == ("转办", 2, 2, 1, 1, 50.0, 2.5)
    assert rows[4] == ("处理决定", 2, 2, 1, 1, 50.0, 28.0)
    assert rows[5] == ("答复投诉人", 3, 2, 2, 0, 100.0, 1.3)
    assert rows[6] == ("检查结果公示", 0, 0, 0, 0, None, None)


def test_the_city_has_a_row_per_county_and_each_county_sees_its_own(offices, tmp_path) -> None:
    city, a, b = offices
    # A: one accepted on time (Tue 22 Sep → Wed 23 Sep, 1 wd), one late (Tue 22 Sep → Mon
    # 12 Oct, 9 wd); B: one on time (Mon 21 Sep → Tue 22 Sep, 1 wd)
    for office, accepted in ((a, ("2026-09-23", "2026-10-12")), (b, ("2026-09-22",))):
        for number, day in enumerate(accepted):
            received = "2026-09-21" if office is b else "2026-09-22"
            made = register(office.db, office.admin, received_on=received,
                            today=date.fromisoformat(received),
                            respondent_name=f"某某建筑有限公司{number}")
            _step(office.db, office.admin, made.id, "accept", day)
        city.take(office.send(city))
    figures = eff.efficiency_figures(city.db, city.admin, YEAR)
    assert figures.city
    assert [(row.office_code, row.office_name) for row in figures.offices] == [
        (COUNTY_A, "安阳县"), (COUNTY_B, "汤阴县"), (CITY, "安阳市")]
    by_code = {row.office_code: row.measure("acceptance") for row in figures.offices}
    assert _figures(by_code[COUNTY_A]) == (2, 2, 1, 1, 50.0, 5.0)
    assert _figures(by_code[COUNTY_B]) == (1, 1, 1, 0, 100.0, 1.0)
    assert _figures(by_code[CITY]) == (0, 0, 0, 0, None, None)
    assert _figures(figures.total.measure("acceptance")) == (3, 3, 2, 1,
                                                             pytest.approx(200 / 3),
                                                             pytest.approx(11 / 3))
    rows = eff.office_rows(figures)
    assert [(row["office"], row["rate_acceptance"], row["average_acceptance"])
            for row in rows] == [("安阳县", 50.0, 5.0), ("汤阴县", 100.0, 1.0),
                                 ("安阳市", None, None), ("合计", 66.7, 3.7)]
    headers = [header for _key, header in eff.office_columns()]
    assert headers[:3] == ["单位", "受理审查按期率（%）", "转办按期率（%）"]
    assert headers[-1] == "答复投诉人平均用时（工作日）"
    # one county chosen at the city: its figures alone
    chosen = eff.efficiency_figures(city.db, city.admin, YEAR, office=COUNTY_B)
    assert [row.office_code for row in chosen.offices] == [COUNTY_B]
    assert chosen.total.measure("acceptance").done == 1
    # AND a county has its own figures, and none of another county's
    assert eff.efficiency_figures(b.db, b.admin, YEAR).total.measure("acceptance").done == 1
    other = eff.efficiency_figures(b.db, b.admin, YEAR, office=COUNTY_A)
    assert [row.office_code for row in other.offices] == [COUNTY_A]
    assert other.total.measure("acceptance").done == 0
    # AND the city's workbook sets the offices side by side on a second worksheet
    path = tmp_path / "全市效能评估.xlsx"
    eff.export_efficiency(city.db, city.admin, YEAR, path)
    book = load_workbook(path)
    assert len(book.worksheets) == 2
    side = list(book.worksheets[1].iter_rows(values_only=True))
    assert side[1][:2] == ("单位", "受理审查按期率（%）")
    assert [row[:2] for row in side[2:]] == [("安阳县", 50.0), ("汤阴县", 100.0),
                                             ("安阳市", None), ("合计", 66.7)]
