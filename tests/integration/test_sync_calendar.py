"""The city's calendar travels down (issue 8 item 5): at a county the working-day calendar is
the shipped table, with the city's entries over it and the county's own over those; at the
city the counties' own entries, which it holds, do not change the city's calendar."""

from __future__ import annotations

from datetime import date

from jianguan_desktop.domain.workdays import DayKind
from jianguan_desktop.services import calendar as cal
from tests.integration import test_sync_roundtrip

offices = test_sync_roundtrip.offices  # the two counties and their city, keys exchanged

# A Wednesday in a year the shipped table does not cover, and the day after it.
CITY_HOLIDAY = date(2031, 7, 2)
NEXT_DAY = date(2031, 7, 3)


def _due(office, start: date, n: int = 1) -> date:
    return cal.workdays_add(office.db, office.admin, start, n).due


def _entry(office, day: date) -> cal.DayInfo:
    year = cal.calendar_year(office.db, office.admin, day.year)
    return next(entry for entry in year.days if entry.day == day)


def test_a_county_counts_deadlines_with_the_calendar_the_city_sent_down(offices) -> None:
    city, a, _b = offices
    cal.set_day(city.db, city.admin, CITY_HOLIDAY, DayKind.HOLIDAY, "市庆")
    cal.set_year_covered(city.db, city.admin, 2031, True, "市局下发")
    assert _due(a, date(2031, 7, 1)) == CITY_HOLIDAY  # before the package arrives

    a.take(city.send(a))

    assert _due(a, date(2031, 7, 1)) == NEXT_DAY
    entry = _entry(a, CITY_HOLIDAY)
    assert (entry.kind, entry.name, entry.source) == ("holiday", "市庆", cal.FROM_CITY)
    assert entry.row_id is None  # the city's entry is not the county's to edit
    year = cal.calendar_year(a.db, a.admin, 2031)
    assert year.covered and year.covered_source == cal.FROM_CITY


def test_the_countys_own_entry_stands_over_the_citys(offices) -> None:
    city, a, _b = offices
    cal.set_day(city.db, city.admin, CITY_HOLIDAY, DayKind.HOLIDAY, "市庆")
    a.take(city.send(a))

    cal.set_day(a.db, a.admin, CITY_HOLIDAY, cal.ORDINARY)

    assert _due(a, date(2031, 7, 1)) == CITY_HOLIDAY
    assert _entry(a, CITY_HOLIDAY).source == "manual"
    cal.set_day(a.db, a.admin, CITY_HOLIDAY, None)  # take the county's entry back
    assert _due(a, date(2031, 7, 1)) == NEXT_DAY


def test_a_countys_entries_do_not_change_the_citys_calendar(offices) -> None:
    city, a, _b = offices
    cal.set_day(a.db, a.admin, CITY_HOLIDAY, DayKind.HOLIDAY, "县庆")
    summary = city.take(a.send(city))
    assert summary.created >= 1

    assert _due(city, date(2031, 7, 1)) == CITY_HOLIDAY
    assert all(entry.day != CITY_HOLIDAY for entry in cal.calendar_year(
        city.db, city.admin, 2031).days)
