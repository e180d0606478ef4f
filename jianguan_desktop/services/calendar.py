"""The working-day calendar: the holiday table shipped with the program, the office's own days
and years over it, and deadlines counted in it (plain data for the window and the commands).

:func:`load_calendar` merges the two (an office row overrides the shipped day) and caches the
result per database, checked against the calendar rows' newest change on every call.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.calendar import NAME_MAX, NOTE_MAX, CalendarDayRow, CalendarYearRow
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import Office
from jianguan_desktop.db.records import OFFICE_KEY, soft_delete
from jianguan_desktop.db.sync import SyncPartner
from jianguan_desktop.domain.office_code import OfficeMode
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.workdays import (
    MAX_COUNT,
    CalendarDay,
    DayKind,
    Deadline,
    Period,
    Unit,
    WorkdayCalendar,
    format_day_weekday,
    format_period,
    group_runs,
    kind_label,
    weekday_name,
)
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.resources_path import resource_path
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.permissions import require

ORDINARY = "ordinary"  # an office row that sets a shipped entry aside: an ordinary day
SHIPPED = "shipped"
FROM_CITY = "city"  # a county's calendar entry sent down by the city office
FIRST_YEAR, LAST_YEAR = 2000, 2100  # years a calendar entry may be for
UNITS: tuple[Unit, ...] = ("workdays", "days")


# --- the shipped table --------------------------------------------------------------------

@dataclass(frozen=True)
class ShippedTable:
    """The holiday table that ships with the program (resources/calendar/holidays.json)."""

    days: tuple[CalendarDay, ...]
    covered_years: tuple[int, ...]


@cache
def shipped_table() -> ShippedTable:
    """The shipped table, read once (found in a source checkout, an install or a frozen
    build alike through :func:`resource_path`)."""
    data = json.loads(resource_path("calendar", "holidays.json").read_text(encoding="utf-8"))
    days = tuple(CalendarDay(date.fromisoformat(item["date"]), DayKind(item["kind"]),
                             item.get("name", "")) for item in data["days"])
    return ShippedTable(days, tuple(int(year) for year in data["covered_years"]))


def _shipped_by_day() -> dict[date, CalendarDay]:
    return {item.day: item for item in shipped_table().days}


# --- the merged calendar, cached ----------------------------------------------------------

_CACHE: dict[tuple[str, str], tuple[tuple[Any, ...], WorkdayCalendar]] = {}
_CACHE_LOCK = threading.Lock()


def _office(session: Session) -> str:
    return str(session.info.get(OFFICE_KEY) or "")


def _layers(session: Session, office: str) -> tuple[str, ...]:
    """The offices whose calendar rows make this office's calendar, lowest first: at a county,
    the city's rows (sent down in its sync packages) under the county's own; at the city, its
    own only (the counties' rows it holds are theirs, not the city's calendar)."""
    own = session.execute(select(Office.mode).where(Office.code == office)).scalar()
    if own != OfficeMode.COUNTY.value:
        return (office,)
    cities = session.execute(select(SyncPartner.office_code).where(
        SyncPartner.mode == OfficeMode.CITY.value).order_by(SyncPartner.office_code)).scalars()
    return (*cities, office)


def _stamp(session: Session, layers: Sequence[str]) -> tuple[Any, ...]:
    """What changes whenever a calendar row of the layered offices is written (every write of
    a travelling record, imported ones included, takes a new change sequence number)."""
    days = session.execute(select(func.max(CalendarDayRow.change_seq), func.count()).where(
        CalendarDayRow.office_code.in_(layers))).one()
    years = session.execute(select(func.max(CalendarYearRow.change_seq), func.count()).where(
        CalendarYearRow.office_code.in_(layers))).one()
    return (tuple(layers), *days, *years)


def _live_days(session: Session, office: str) -> list[CalendarDayRow]:
    return list(session.execute(select(CalendarDayRow).where(
        CalendarDayRow.office_code == office, CalendarDayRow.deleted_at.is_(None))
        .order_by(CalendarDayRow.day)).scalars())


def _live_years(session: Session, office: str) -> list[CalendarYearRow]:
    return list(session.execute(select(CalendarYearRow).where(
        CalendarYearRow.office_code == office, CalendarYearRow.deleted_at.is_(None))
        .order_by(CalendarYearRow.year)).scalars())


def _layered_days(session: Session, layers: Sequence[str]) -> dict[date, CalendarDayRow]:
    """Each day's row from the highest layer that has one (the office's own over the city's)."""
    rows: dict[date, CalendarDayRow] = {}
    for office in layers:
        rows.update((row.day, row) for row in _live_days(session, office))
    return rows


def _layered_years(session: Session, layers: Sequence[str]) -> dict[int, CalendarYearRow]:
    rows: dict[int, CalendarYearRow] = {}
    for office in layers:
        rows.update((row.year, row) for row in _live_years(session, office))
    return rows


def _build(session: Session, layers: Sequence[str]) -> WorkdayCalendar:
    days = _shipped_by_day()
    for row in _layered_days(session, layers).values():
        if row.kind == ORDINARY:
            days.pop(row.day, None)
        else:
            days[row.day] = CalendarDay(row.day, DayKind(row.kind), row.name)
    years = set(shipped_table().covered_years) | set(_layered_years(session, layers))
    return WorkdayCalendar(days.values(), years)


def _calendar_in(session: Session) -> WorkdayCalendar:
    office = _office(session)
    key = (str(session.get_bind().url), office)
    layers = _layers(session, office)
    stamp = _stamp(session, layers)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    calendar = _build(session, layers)
    with _CACHE_LOCK:
        _CACHE[key] = (stamp, calendar)
    return calendar


def load_calendar(db_or_session: Database | Session) -> WorkdayCalendar:
    """The office's working-day calendar: the shipped table with the office's days over it.

    Given a session (inside another service's transaction) it reads there, and sees that
    transaction's own calendar writes.
    """
    if isinstance(db_or_session, Session):
        return _calendar_in(db_or_session)
    with db_or_session.uow(readonly=True) as uow:
        return _calendar_in(uow.session)


def forget_calendar() -> None:
    """Drop every cached calendar (the next :func:`load_calendar` reads anew)."""
    with _CACHE_LOCK:
        _CACHE.clear()


# --- plain data for the window and the commands -------------------------------------------

def source_label(source: str) -> str:
    """Where a calendar entry comes from, as users say it."""
    labels = {SHIPPED: tr("Shipped with the program"), "manual": tr("Entered by this office"),
              "import": tr("Imported"), FROM_CITY: tr("Sent down by the city office")}
    return labels.get(source, source)


def day_kind_label(kind: str) -> str:
    """放假, 调休上班, or 普通日 (an office's entry setting a shipped one aside)."""
    return tr("Ordinary day") if kind == ORDINARY else kind_label(kind)


@dataclass(frozen=True)
class DayInfo:
    """One entry of the calendar as the calendar page shows it."""

    day: date
    weekday: str
    kind: str  # holiday, makeup or ordinary
    kind_label: str
    name: str
    source: str  # shipped, manual, import or city
    source_label: str
    note: str
    shipped_kind: str | None  # what the shipped table says of the day (None: nothing)
    shipped_name: str
    row_id: str | None  # the office's row (None: the shipped entry as it is)
    version: int | None


@dataclass(frozen=True)
class RunInfo:
    """Consecutive days of one kind, one line of ``jianguan calendar show``."""

    first: date
    last: date
    kind: str
    kind_label: str
    name: str
    days: int
    text: str


@dataclass(frozen=True)
class CalendarYear:
    """A year of the calendar: whether it is covered, and by what; its entries and runs."""

    year: int
    covered: bool
    covered_source: str  # shipped, manual, import, city, or "" when not covered
    covered_note: str
    days: tuple[DayInfo, ...]
    runs: tuple[RunInfo, ...]
    summary: str


def _day_info(day: date, shipped: CalendarDay | None, row: CalendarDayRow | None,
              own: str) -> DayInfo:
    """``row`` is the day's entry from the highest layer: the office's own (editable, with its
    id) or the city's (shown as sent down by the city; the office may set its own over it)."""
    kind = row.kind if row is not None else shipped.kind.value if shipped else ORDINARY
    own_row = row is not None and row.office_code == own
    source = (row.source if own_row else FROM_CITY) if row is not None else SHIPPED
    return DayInfo(
        day=day, weekday=weekday_name(day), kind=kind, kind_label=day_kind_label(kind),
        name=row.name if row is not None else shipped.name if shipped else "",
        source=source, source_label=source_label(source), note=row.note if row else "",
        shipped_kind=shipped.kind.value if shipped else None,
        shipped_name=shipped.name if shipped else "",
        row_id=row.id if own_row and row is not None else None,
        version=row.version if own_row and row is not None else None)


def _run_text(run_first: date, run_last: date, kind: DayKind, name: str, days: int) -> str:
    if kind == DayKind.MAKEUP:
        when = "、".join(format_day_weekday(date.fromordinal(ordinal))
                        for ordinal in range(run_first.toordinal(), run_last.toordinal() + 1))
        return tr("{days} make-up working day ({name})").format(days=when, name=name) if (
            name) else tr("{days} make-up working day").format(days=when)
    return tr("{period} holiday: {name}, {count} days").format(
        period=format_period(run_first, run_last), name=name or tr("holiday"), count=days)


def year_view(session: Session, year: int) -> CalendarYear:
    """The year as the office's calendar has it, inside an open transaction."""
    office = _office(session)
    layers = _layers(session, office)
    shipped = {day: item for day, item in _shipped_by_day().items() if day.year == year}
    rows = {day: row for day, row in _layered_days(session, layers).items() if day.year == year}
    days = tuple(_day_info(day, shipped.get(day), rows.get(day), office)
                 for day in sorted(set(shipped) | set(rows)))
    calendar = _calendar_in(session)
    runs = tuple(RunInfo(run.first, run.last, run.kind.value, kind_label(run.kind), run.name,
                         run.length, _run_text(run.first, run.last, run.kind, run.name,
                                               run.length))
                 for run in group_runs(calendar.days_of_year(year)))
    year_row = _layered_years(session, layers).get(year)
    if year in shipped_table().covered_years:
        covered_source, note = SHIPPED, year_row.note if year_row else ""
    elif year_row is not None:
        covered_source = year_row.source if year_row.office_code == office else FROM_CITY
        note = year_row.note
    else:
        covered_source, note = "", ""
    if covered_source:
        summary = tr("The holidays of {year} are entered in full ({source}).").format(
            year=year, source=source_label(covered_source))
    else:
        summary = tr("The holidays of {year} have not been entered: deadlines in {year} count "
                     "Monday to Friday as working days and carry a warning.").format(year=year)
    return CalendarYear(year, bool(covered_source), covered_source, note, days, runs, summary)


def calendar_year(db: Database, actor: Actor, year: int) -> CalendarYear:
    """A year of the office's calendar: its holidays and make-up days, and whether the table
    covers it."""
    require(actor, Permission.READ)
    _check_year(year)
    with db.uow(actor, readonly=True) as uow:
        return year_view(uow.session, year)


def covered_years(db: Database, actor: Actor) -> list[int]:
    """The years whose holidays are entered in full (shipped, imported or marked)."""
    require(actor, Permission.READ)
    return list(load_calendar(db).covered_years)


# --- the office's edits -------------------------------------------------------------------

def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not (
            FIRST_YEAR <= year <= LAST_YEAR):
        raise ValidationError(tr("The year must be between {first} and {last}.").format(
            first=FIRST_YEAR, last=LAST_YEAR), field="year")


def check_day(day: date, kind: str | None, name: str, note: str = "") -> tuple[str, str]:
    """Check a calendar entry as typed; return the name and note cleaned."""
    if not isinstance(day, date):
        raise ValidationError(tr("“{value}” is not a date; write it as 2026-11-21.").format(
            value=day), field="day")
    _check_year(day.year)
    name, note = " ".join(str(name or "").split()), " ".join(str(note or "").split())
    if kind is not None and kind not in (DayKind.HOLIDAY, DayKind.MAKEUP, ORDINARY):
        raise ValidationError(tr("A calendar day is a holiday, a make-up working day or an "
                                 "ordinary day."), field="kind")
    if kind == DayKind.MAKEUP and day.weekday() < 5:
        raise ValidationError(tr("{day} is a {weekday}, a working day anyway: a make-up "
                                 "working day is a Saturday or Sunday.").format(
            day=day.isoformat(), weekday=weekday_name(day)), field="kind")
    if kind == DayKind.HOLIDAY and not name:
        raise ValidationError(tr("Please fill in the festival of the holiday, such as 春节."),
                              field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(tr("The festival may have at most {count} characters.").format(
            count=NAME_MAX), field="name")
    if len(note) > NOTE_MAX:
        raise ValidationError(tr("The note may have at most {count} characters.").format(
            count=NOTE_MAX), field="note")
    return name, note


def put_day(session: Session, day: date, kind: str | None, name: str, source: str,
            note: str = "") -> CalendarDayRow | None:
    """Set (or with ``kind`` None take back) the office's entry for ``day`` inside an open
    transaction; the import writes many this way."""
    row = session.execute(select(CalendarDayRow).where(
        CalendarDayRow.office_code == _office(session), CalendarDayRow.day == day,
        CalendarDayRow.deleted_at.is_(None))).scalar_one_or_none()
    if kind is None:
        if row is not None:
            soft_delete(row, session)
        return None
    if row is None:
        row = CalendarDayRow(day=day)
        session.add(row)
    row.kind, row.name, row.source, row.note = str(kind), name, source, note
    return row


def set_day(db: Database, actor: Actor, day: date, kind: DayKind | str | None, name: str = "",
            note: str = "") -> DayInfo:
    """Set the office's entry for a day: a holiday, a make-up working day, an ordinary day
    (setting a shipped entry aside), or with ``kind`` None back to the shipped table (the
    office's row is kept as a tombstone). Every change is audited."""
    require(actor, Permission.EDIT_SETTINGS)
    name, note = check_day(day, None if kind is None else str(kind), name, note)
    with db.uow(actor) as uow:
        row = put_day(uow.session, day, None if kind is None else str(kind), name, "manual",
                      note)
        uow.flush()
        office = _office(uow.session)
        shown = row if row is not None else _layered_days(
            uow.session, _layers(uow.session, office)).get(day)
        info = _day_info(day, _shipped_by_day().get(day), shown, office)
        uow.commit()
    return info


def put_year(session: Session, year: int, covered: bool, source: str, note: str = "") -> None:
    """Mark (or unmark) a year as entered in full inside an open transaction."""
    row = next((item for item in _live_years(session, _office(session)) if item.year == year),
               None)
    if not covered:
        if row is not None:
            soft_delete(row, session)
        return
    if row is None:
        session.add(CalendarYearRow(year=year, source=source, note=note))
    elif note and row.note != note:
        row.note = note


def set_year_covered(db: Database, actor: Actor, year: int, covered: bool = True,
                     note: str = "") -> CalendarYear:
    """Say that the office has entered a year's holidays in full (or take it back); a
    shipped year stays covered whatever is said here."""
    require(actor, Permission.EDIT_SETTINGS)
    _check_year(year)
    note = " ".join(note.split())
    if len(note) > NOTE_MAX:
        raise ValidationError(tr("The note may have at most {count} characters.").format(
            count=NOTE_MAX), field="note")
    with db.uow(actor) as uow:
        put_year(uow.session, year, covered, "manual", note)
        uow.flush()
        info = year_view(uow.session, year)
        uow.commit()
    return info


# --- deadlines ----------------------------------------------------------------------------

def check_count(value: Any, field: str = "count") -> int:
    """A count of days as typed: a positive whole number (refused with the reason)."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) < 1:
        raise ValidationError(tr("“{value}” is not a positive whole number of days.").format(
            value=text), field=field)
    count = int(text)
    if count > MAX_COUNT:
        raise ValidationError(tr("{count} days is more than ten years; check the number.")
                              .format(count=count), field=field)
    return count


def workdays_add(db: Database, actor: Actor, start: date, n: int, unit: Unit = "workdays", *,
                 not_counted: Sequence[Period] = (), label: str = "",
                 event: str = "") -> Deadline:
    """The deadline ``n`` working days (or calendar days) after ``start`` in the office's
    calendar, with its explanation and a warning for each year the table lacks."""
    require(actor, Permission.READ)
    count = check_count(n)
    _check_year(start.year)
    if unit not in UNITS:
        raise ValidationError(tr("Count working days or calendar days."), field="unit")
    calendar = load_calendar(db)
    if unit == "days":
        return calendar.add_days(start, count, not_counted=not_counted, label=label,
                                 event=event)
    return calendar.add_workdays(start, count, not_counted=not_counted, label=label,
                                 event=event)


def field_labels() -> dict[str, str]:
    """The calendar's fields as the history names them."""
    return {"day": tr("Date"), "kind": tr("Kind of day"), "name": tr("Festival"),
            "source": tr("Source"), "note": tr("Note"), "year": tr("Year")}


register_record_labels(
    "calendar_days", lambda: tr("Calendar day"), field_labels,
    keys=("day", "kind", "name", "source", "note"),
    formatters={"kind": lambda value: day_kind_label(str(value)),
                "source": lambda value: source_label(str(value))})
register_record_labels(
    "calendar_years", lambda: tr("Calendar year"), field_labels,
    keys=("year", "source", "note"),
    formatters={"source": lambda value: source_label(str(value))})
