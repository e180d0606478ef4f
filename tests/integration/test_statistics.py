"""The statistics over a period a clerk picks (issue 9): complaints received, accepted and
closed per month, closed on time and late, per channel and kind; credit entries published,
expired and removed per month and in force at each month's end, per list; one office's or all;
a period that ends before it starts is refused with a clear message."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.errors import ValidationError
from jianguan_desktop.services import complaints
from jianguan_desktop.services.statistics import Period, complaint_figures
from tests.integration.test_complaints import register


def _step(db, actor, ref, name, on, **values):
    return complaints.take_step(db, actor, ref, name, {"on": on, **values},
                                today=date.fromisoformat(on))


def _close(db, actor, ref, accepted: str, decided: str, answered: str, archived: str) -> None:
    _step(db, actor, ref, "accept", accepted)
    _step(db, actor, ref, "decide", decided, outcome="dismissed", text="投诉缺乏事实依据")
    _step(db, actor, ref, "answer", answered, method="mail")
    _step(db, actor, ref, "archive", archived)


@pytest.fixture
def handled(office_db, admin):
    """Four complaints: two received in September (one closed on time in October, one
    accepted a week late and closed in October), one report by telephone in October still
    open, one received in November (outside a third-quarter-and-October period)."""
    on_time = register(office_db, admin, received_on="2026-09-21", today=date(2026, 9, 21))
    _close(office_db, admin, on_time.id, "2026-09-22", "2026-10-09", "2026-10-12",
           "2026-10-13")
    late = register(office_db, admin, received_on="2026-09-22", today=date(2026, 9, 22),
                    respondent_name="安阳县乙建筑有限公司")
    _close(office_db, admin, late.id, "2026-10-09", "2026-10-20", "2026-10-21", "2026-10-22")
    register(office_db, admin, case_type="report", channel="phone", received_on="2026-10-15",
             today=date(2026, 10, 15), respondent_name="安阳县丙建筑有限公司")
    register(office_db, admin, received_on="2026-11-02", today=date(2026, 11, 2),
             respondent_name="安阳县丁建筑有限公司")
    return office_db, admin


def test_complaints_are_counted_per_month_of_the_period(handled) -> None:
    db, admin = handled
    figures = complaint_figures(db, admin, Period(date(2026, 9, 1), date(2026, 10, 31)))
    assert list(figures.months) == [(2026, 9), (2026, 10)]
    september, october = figures.months[(2026, 9)], figures.months[(2026, 10)]
    assert (september.received, september.accepted, september.closed) == (2, 1, 0)
    assert (october.received, october.accepted, october.closed) == (1, 1, 2)
    assert (october.closed_on_time, october.closed_late) == (1, 1)
    assert september.by_channel == {"letter": 2} and october.by_channel == {"phone": 1}
    assert october.by_case_type == {"report": 1}
    total = figures.total
    assert (total.received, total.accepted, total.closed, total.closed_late) == (3, 2, 2, 1)
    assert total.by_case_type == {"tender": 2, "report": 1}
    assert total.by_trade == {"construction": 2, "other": 1}


def test_a_year_counts_every_month_and_another_office_counts_none(handled) -> None:
    db, admin = handled
    year = complaint_figures(db, admin, Period.year(2026))
    assert len(year.months) == 12 and year.total.received == 4
    assert year.months[(2026, 1)].received == 0
    assert complaint_figures(db, admin, Period.year(2026), office="410523").total.received == 0
    assert complaint_figures(db, admin, Period.year(2026), office="410522").total.received == 4
    assert complaint_figures(db, admin, Period.quarter(2026, 4)).total.received == 2


def test_periods_are_the_calendar_month_quarter_and_year() -> None:
    assert Period.month(2026, 2) == Period(date(2026, 2, 1), date(2026, 2, 28), "month")
    assert Period.month(2026, 12).end == date(2026, 12, 31)
    assert Period.quarter(2026, 3) == Period(date(2026, 7, 1), date(2026, 9, 30), "quarter")
    assert Period.year(2026).months()[-1] == (2026, 12)
    assert Period(date(2025, 11, 15), date(2026, 2, 3)).months() == [
        (2025, 11), (2025, 12), (2026, 1), (2026, 2)]


def test_a_period_that_ends_before_it_starts_is_refused_in_words() -> None:
    with pytest.raises(ValidationError) as refused:
        Period(date(2026, 10, 1), date(2026, 9, 30))
    assert "早于" in refused.value.message and "2026-09-30" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        Period.quarter(2026, 5)
    assert "季度" in refused.value.message


def test_the_credit_lists_are_counted_per_month_and_in_force_at_each_months_end(
        office_db, admin) -> None:
    from jianguan_desktop.services import credit_lists
    from jianguan_desktop.services.statistics import credit_figures
    from tests.integration.credit_check_helpers import list_entity

    def step(entry, name, **values):
        return credit_lists.take_step(office_db, admin, entry.id, name, values, entry.version)

    list_entity(office_db, admin, on="2026-03-10")  # black list, for years
    watched = credit_lists.propose_entry(office_db, admin, {
        "entity_kind": "agency", "entity_name": "安阳县恒信招标代理有限公司",
        "entity_code": "12440300MB2C92173E", "list_kind": "watch", "severity": "ordinary",
        "conduct": "未按规定保存招标代理档案", "department": "安阳县发展和改革委员会",
        "proposed_on": "2026-01-05"})
    watched = step(watched, "notify", on="2026-01-06")
    watched = step(watched, "list", on="2026-01-20", basis="安发改〔2026〕12号",
                   end="2026-04-20")  # three months, the shortest the watch list allows
    watched = step(watched, "expire", on="2026-04-21")
    step(watched, "remove", on="2026-05-20", text="公示期满，移出")
    months = credit_figures(office_db, admin, Period(date(2026, 1, 1), date(2026, 6, 10)))
    january, february, march, april, may, june = (months[(2026, m)] for m in range(1, 7))
    assert january.added == {"watch": 1} and january.active_at_end == {"watch": 1}
    assert february.added == {} and february.active_at_end == {"watch": 1}
    assert march.added == {"black": 1}
    assert march.active_at_end == {"black": 1, "watch": 1}
    assert april.expired == {"watch": 1} and april.active_at_end == {"black": 1}
    assert may.removed == {"watch": 1} and may.active_at_end == {"black": 1}
    assert june.active_at_end == {"black": 1}  # on 10 June, the period's end
    assert credit_figures(office_db, admin, Period.month(2026, 4), office="410523"
                          )[(2026, 4)].active_at_end == {}


def test_the_complaints_table_goes_to_excel_with_a_row_per_month_and_the_total(
        handled, tmp_path) -> None:
    from openpyxl import load_workbook

    from jianguan_desktop.services.statistics_tables import export_figures

    db, admin = handled
    path = tmp_path / "投诉统计.xlsx"
    export_figures(db, admin, Period(date(2026, 9, 1), date(2026, 10, 31)), path)
    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert "2026-09-01" in str(rows[0][0]) and "2026-10-31" in str(rows[0][0])
    assert rows[1] == ("月份", "收到", "受理", "办结", "按期办结", "超期办结")
    assert rows[2:] == [("2026-09", 2, 1, 0, 0, 0), ("2026-10", 1, 1, 2, 1, 1),
                        ("合计", 3, 2, 2, 1, 1)]
