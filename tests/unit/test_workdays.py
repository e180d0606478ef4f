"""Working days and deadlines across the 2025 and 2026 Spring Festival and National Day, a year
end, a year the table lacks, and periods not counted; the shipped table checked by hand."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from jianguan_desktop.domain.workdays import CalendarDay, DayKind, WorkdayCalendar
from jianguan_desktop.resources_path import resource_path

H, M = DayKind.HOLIDAY, DayKind.MAKEUP


def _span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


# The State Council notices as published (国务院办公厅关于2025年、2026年部分节假日安排的通知):
# (festival, first day off, last day off, make-up working days).
NOTICES = {
    2025: [("元旦", date(2025, 1, 1), date(2025, 1, 1), []),
           ("春节", date(2025, 1, 28), date(2025, 2, 4), [date(2025, 1, 26), date(2025, 2, 8)]),
           ("清明节", date(2025, 4, 4), date(2025, 4, 6), []),
           ("劳动节", date(2025, 5, 1), date(2025, 5, 5), [date(2025, 4, 27)]),
           ("端午节", date(2025, 5, 31), date(2025, 6, 2), []),
           ("国庆节、中秋节", date(2025, 10, 1), date(2025, 10, 8),
            [date(2025, 9, 28), date(2025, 10, 11)])],
    2026: [("元旦", date(2026, 1, 1), date(2026, 1, 3), [date(2026, 1, 4)]),
           ("春节", date(2026, 2, 15), date(2026, 2, 23), [date(2026, 2, 14), date(2026, 2, 28)]),
           ("清明节", date(2026, 4, 4), date(2026, 4, 6), []),
           ("劳动节", date(2026, 5, 1), date(2026, 5, 5), [date(2026, 5, 9)]),
           ("端午节", date(2026, 6, 19), date(2026, 6, 21), []),
           ("中秋节", date(2026, 9, 25), date(2026, 9, 27), []),
           ("国庆节", date(2026, 10, 1), date(2026, 10, 7),
            [date(2026, 9, 20), date(2026, 10, 10)])],
}


def notice_days(year: int) -> set[tuple[date, DayKind, str]]:
    days: set[tuple[date, DayKind, str]] = set()
    for name, first, last, makeups in NOTICES[year]:
        days |= {(day, H, name) for day in _span(first, last)}
        days |= {(day, M, name) for day in makeups}
    return days


@pytest.fixture
def calendar() -> WorkdayCalendar:
    """The 2025 and 2026 notices; no other year covered."""
    days = notice_days(2025) | notice_days(2026)
    return WorkdayCalendar([CalendarDay(day, kind, name) for day, kind, name in days],
                           [2025, 2026])


def test_the_shipped_table_matches_the_state_council_notices_for_2025_and_2026() -> None:
    # GIVEN the table shipped with the program
    data = json.loads(resource_path("calendar", "holidays.json").read_text(encoding="utf-8"))
    # THEN it covers 2020 to 2026
    assert data["covered_years"] == list(range(2020, 2027))
    # AND its 2025 and 2026 days are exactly those of the notices, with their festivals
    for year in (2025, 2026):
        shipped = {(date.fromisoformat(item["date"]), DayKind(item["kind"]), item["name"])
                   for item in data["days"] if item["date"].startswith(str(year))}
        assert shipped == notice_days(year)


def test_a_make_up_saturday_is_a_working_day_and_a_weekday_holiday_is_not(calendar) -> None:
    assert calendar.is_workday(date(2025, 10, 11))  # 星期六, 调休上班
    assert calendar.is_workday(date(2026, 9, 20))  # 星期日, 调休上班
    assert not calendar.is_workday(date(2025, 10, 8))  # 星期三, 国庆节、中秋节
    assert not calendar.is_workday(date(2026, 10, 17))  # an ordinary Saturday
    assert calendar.is_workday(date(2026, 10, 9))  # an ordinary Friday


def test_national_day_2026_explains_itself_like_the_issue_example(calendar) -> None:
    # GIVEN a complaint received on 30 September 2026
    # WHEN the 3 working days to decide on acceptance are counted
    deadline = calendar.add_workdays(date(2026, 9, 30), 3, label="受理期限")
    # THEN the break is skipped and the make-up Saturday counts
    assert deadline.due == date(2026, 10, 10)
    assert deadline.explanation == ("9月30日收到；10月1日–7日国庆节假期；10月10日（星期六）"
                                    "调休上班；受理期限 3 个工作日，截止 10月10日（星期六）")
    assert deadline.warnings == ()
    assert deadline.skipped == ((date(2026, 10, 1), date(2026, 10, 7), "国庆节假期"),)


def test_national_day_and_mid_autumn_2025_end_on_the_make_up_saturday(calendar) -> None:
    deadline = calendar.add_workdays(date(2025, 9, 30), 3)
    assert deadline.due == date(2025, 10, 11)
    assert "10月1日–8日国庆节、中秋节假期" in deadline.explanation
    assert deadline.explanation.endswith("截止 10月11日（星期六）")
    # AND counted from a week earlier, the make-up Sunday before the break counts too
    earlier = calendar.add_workdays(date(2025, 9, 26), 3)
    assert earlier.due == date(2025, 9, 30)  # 9月28日（星期日）, 29日, 30日
    assert "9月28日（星期日）调休上班" in earlier.explanation
    assert "国庆" not in earlier.explanation


def test_spring_festival_2025_counts_both_make_up_days(calendar) -> None:
    # GIVEN a complaint received on Friday 24 January 2025
    deadline = calendar.add_workdays(date(2025, 1, 24), 6)
    # THEN 26 January (Sunday) and 8 February (Saturday) count, 28 January–4 February do not:
    # 26, 27 January, then 5, 6, 7 and 8 February
    assert deadline.due == date(2025, 2, 8)
    assert deadline.explanation == (
        "1月24日收到；1月26日（星期日）调休上班；1月28日–2月4日春节假期；2月8日（星期六）调休上班；"
        "期限 6 个工作日，截止 2月8日（星期六）")


def test_spring_festival_2026_nine_days_off_between_two_make_up_saturdays(calendar) -> None:
    deadline = calendar.add_workdays(date(2026, 2, 13), 6)
    # 2月14日（六）, then 24, 25, 26, 27 and 28（六）
    assert deadline.due == date(2026, 2, 28)
    assert "2月15日–23日春节假期" in deadline.explanation
    assert "2月14日（星期六）、" not in deadline.explanation  # the two are named apart
    assert "2月14日（星期六）调休上班" in deadline.explanation
    assert "2月28日（星期六）调休上班" in deadline.explanation
    assert calendar.workdays_between(date(2026, 2, 13), date(2026, 2, 28)) == 6


def test_a_deadline_crossing_into_a_year_the_table_lacks_warns(calendar) -> None:
    # GIVEN the table ends with 2026
    # WHEN 5 working days are counted from Monday 28 December 2026
    deadline = calendar.add_workdays(date(2026, 12, 28), 5)
    # THEN it is counted Monday to Friday into 2027 (1 January counted as a Friday)
    assert deadline.due == date(2027, 1, 4)
    # AND says so in one warning naming 2027, and both years are written out
    assert deadline.warnings == (
        "2027年的法定节假日尚未录入，期限按周一至周五计算，请核对或导入国务院办公厅2027年放假安排。",)
    assert deadline.explanation == ("2026年12月28日收到；期限 5 个工作日，"
                                    "截止 2027年1月4日（星期一）")


def test_a_deadline_across_a_covered_year_end_has_no_warning(calendar) -> None:
    deadline = calendar.add_workdays(date(2025, 12, 30), 3)
    # 31 December, then 1 January 2026 off (元旦 1–3), Sunday 4 January worked, Monday 5
    assert deadline.due == date(2026, 1, 5)
    assert deadline.warnings == ()
    assert "2026年1月1日–3日元旦假期" in deadline.explanation
    assert "2026年1月4日（星期日）调休上班" in deadline.explanation


def test_each_year_the_table_lacks_gets_its_own_warning(calendar) -> None:
    deadline = calendar.add_workdays(date(2023, 12, 20), 300)
    assert [warning[:4] for warning in deadline.warnings] == ["2023", "2024"]
    assert all("尚未录入" in warning for warning in deadline.warnings)
    assert not calendar.covers(2024) and calendar.covers(2025)


def test_periods_not_counted_are_skipped_and_named_with_their_reason(calendar) -> None:
    # GIVEN acceptance on Monday 3 March 2025 and 补正 from Wednesday 5 to Friday 7 March
    deadline = calendar.add_workdays(date(2025, 3, 3), 5,
                                     not_counted=[(date(2025, 3, 5), date(2025, 3, 7), "补正")])
    # THEN 4 March, then 10 to 13 March count
    assert deadline.due == date(2025, 3, 13)
    assert "3月5日–7日补正期间不计入" in deadline.explanation
    assert (date(2025, 3, 5), date(2025, 3, 7), "补正") in deadline.skipped
    # AND a period without a reason is still named, and a pause over a break adds nothing more
    paused = calendar.add_workdays(date(2025, 9, 29), 3,
                                   not_counted=[(date(2025, 9, 30), date(2025, 10, 9))])
    assert paused.due == date(2025, 10, 13)  # from 29 Sep: 10, 11 (六) and 13 October
    assert paused.due != calendar.add_workdays(date(2025, 9, 29), 3).due
    assert "9月30日–10月9日不计入期限" in paused.explanation


def test_calendar_days_ending_on_a_holiday_move_to_the_next_working_day(calendar) -> None:
    # GIVEN 15 days from 20 September 2025: the 15th day is Sunday 5 October, in the break
    deadline = calendar.add_days(date(2025, 9, 20), 15)
    # THEN the deadline is the first working day after the break (民法典 第二百零三条)
    assert deadline.due == date(2025, 10, 9)
    moved = "期满日10月5日（星期日）为国庆节、中秋节假期，顺延至其后第一个工作日"
    assert moved in deadline.explanation
    assert deadline.explanation.endswith("期限 15 日，截止 10月9日（星期四）")
    # AND a last day on a make-up Saturday stays where it is
    assert calendar.add_days(date(2025, 9, 26), 15).due == date(2025, 10, 11)
    # AND a last day on an ordinary Sunday moves to Monday
    assert calendar.add_days(date(2026, 3, 1), 14).due == date(2026, 3, 16)


def test_calendar_days_do_not_count_a_pause(calendar) -> None:
    deadline = calendar.add_days(date(2026, 3, 2), 10,
                                 not_counted=[(date(2026, 3, 5), date(2026, 3, 9), "中止")])
    assert deadline.due == date(2026, 3, 17)
    assert "3月5日–9日中止期间不计入" in deadline.explanation


def test_a_negative_count_or_a_backwards_period_is_refused(calendar) -> None:
    with pytest.raises(ValueError):
        calendar.add_workdays(date(2025, 1, 2), -1)
    with pytest.raises(ValueError):
        calendar.add_days(date(2025, 1, 2), 3, not_counted=[(date(2025, 1, 5),
                                                             date(2025, 1, 4))])
