"""The city overview (市级汇总, issue 8 item 6): one row per county office the city knows, and
the city's own office last, with the figures a city clerk checks on the counties' work.

Every figure is read from the records the counties' packages brought up, with one grouped
query per table (``GROUP BY office_code``), never one query per county:

- ``records``: live records (not deleted) the office owns, summed over every travelling table;
- ``overdue_complaints``: complaints with a time limit still running (not finished, not
  deleted) that are late on ``today`` by the rule of the complaints register
  (:func:`jianguan_desktop.domain.complaints.late_by` on the stored ``due_on``, as
  :func:`jianguan_desktop.services.complaints.overdue_complaints` decides it);
- ``inspections_planned`` / ``inspections_done``: the objects drawn by the valid draws of the
  batches of the year's inspection plans (what the coverage of
  :func:`jianguan_desktop.services.inspection_results.coverage` counts as planned), and of
  those the ones whose result is recorded (status 已录入结果);
- ``active_listings``: credit-list entries in force on ``today``
  (:func:`jianguan_desktop.services.credit_lists.active_condition`);
- ``last_package_seq`` / ``last_package_on``: the highest package number received from the
  office and the (local) day it was imported; empty for the city's own row.

Only the city office has an overview: a county is refused with a clear message.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.complaints import Complaint
from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.db.inspections import InspectionResult
from jianguan_desktop.db.migrate import target_metadata
from jianguan_desktop.db.sync import SyncPartner, SyncReceived
from jianguan_desktop.db.sync_rows import travelling_tables
from jianguan_desktop.domain import complaints as flow
from jianguan_desktop.domain.inspections import ResultStatus
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.city_view import CITY_MODE
from jianguan_desktop.services.credit_lists import active_condition
from jianguan_desktop.services.inspection_results import valid_results_of, year_batches
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.sync_keys import office_row

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database


@dataclass(frozen=True)
class CountyRow:
    """One office's figures in the city overview."""

    office_code: str
    office_name: str
    records: int
    overdue_complaints: int
    inspections_done: int
    inspections_planned: int
    active_listings: int
    last_package_seq: int | None
    last_package_on: date | None


def _record_counts(session: Session) -> Counter[str]:
    """Live records per owning office, over every travelling table (one query per table)."""
    target_metadata()  # every model module imported, so that every travelling table is seen
    counts: Counter[str] = Counter()
    for table in travelling_tables():
        rows = session.execute(
            select(table.c.office_code, func.count()).where(table.c.deleted_at.is_(None))
            .group_by(table.c.office_code))
        for code, count in rows:
            counts[str(code)] += int(count)
    return counts


def _overdue_complaints(session: Session, today: date) -> Counter[str]:
    """Open complaints late on ``today`` per office: the register's own rule
    (:func:`flow.late_by` on the stored due day) applied once per office and due day."""
    calendar = load_calendar(session)
    counts: Counter[str] = Counter()
    rows = session.execute(
        select(Complaint.office_code, Complaint.due_on, func.count())
        .where(Complaint.deleted_at.is_(None), Complaint.due_on.is_not(None))
        .group_by(Complaint.office_code, Complaint.due_on))
    for code, due_on, count in rows:
        if flow.late_by(due_on, today, calendar) > 0:
            counts[str(code)] += int(count)
    return counts


def _inspections(session: Session, year: int) -> dict[str, tuple[int, int]]:
    """Per office: (objects drawn for the year's plans, results recorded among them)."""
    ids = [batch.id for batch in year_batches(session, year)]
    if not ids:
        return {}
    done = func.count(case((InspectionResult.status == ResultStatus.DONE.value, 1)))
    rows = session.execute(
        select(InspectionResult.office_code, func.count(), done)
        .where(valid_results_of(ids)).group_by(InspectionResult.office_code))
    return {str(code): (int(planned), int(recorded or 0)) for code, planned, recorded in rows}


def _active_listings(session: Session, today: date) -> Counter[str]:
    """Credit-list entries in force on ``today`` per listing office."""
    rows = session.execute(select(CreditEntry.office_code, func.count())
                           .where(active_condition(today)).group_by(CreditEntry.office_code))
    return Counter({str(code): int(count) for code, count in rows})


def _local_day(value: datetime | None) -> date | None:
    if value is None:
        return None
    return value.astimezone().date() if value.tzinfo is not None else value.date()


def _last_packages(session: Session) -> dict[str, tuple[int, date | None]]:
    """Per sender: the number of the last package received and the day it was imported."""
    last = (select(SyncReceived.sender, func.max(SyncReceived.package_seq).label("seq"))
            .group_by(SyncReceived.sender).subquery())
    rows = session.execute(
        select(SyncReceived.sender, SyncReceived.package_seq, SyncReceived.imported_at)
        .join(last, (last.c.sender == SyncReceived.sender)
              & (last.c.seq == SyncReceived.package_seq)))
    return {str(sender): (int(seq), _local_day(imported)) for sender, seq, imported in rows}


def _require_city(session: Session) -> tuple[str, str]:
    """This office's code and name; refused unless it is the city office."""
    office = office_row(session)
    if office.mode != CITY_MODE:
        raise ValidationError(tr("The city overview is kept by the city office only. This "
                                 "office works as a county office: its own figures are on the "
                                 "home page and in each register."))
    return str(office.code), str(office.name)


def city_overview(db: Database, actor: Actor, year: int | None = None,
                  today: date | None = None) -> list[CountyRow]:
    """The overview at the city office: one row per county it knows (the offices whose keys
    it registered, and any other office whose records it holds), by office code, then the city
    itself. ``year``: of the inspection plans (default: this year); ``today``: the day the
    overdue complaints and the listings in force are judged on (default: today)."""
    require(actor, Permission.READ)
    day = today or date.today()
    plan_year = year if year is not None else day.year
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        own, own_name = _require_city(session)
        names = {str(code): str(name) for code, name in session.execute(
            select(SyncPartner.office_code, SyncPartner.office_name))}
        records = _record_counts(session)
        overdue = _overdue_complaints(session, day)
        inspections = _inspections(session, plan_year)
        listings = _active_listings(session, day)
        packages = _last_packages(session)
    seen = set(names) | set(records) | set(packages)
    counties = sorted(code for code in seen if code != own)

    def row(code: str, name: str, package: tuple[int, date | None] | None) -> CountyRow:
        planned, done = inspections.get(code, (0, 0))
        seq, on = package if package is not None else (None, None)
        return CountyRow(office_code=code, office_name=name, records=records.get(code, 0),
                         overdue_complaints=overdue.get(code, 0), inspections_done=done,
                         inspections_planned=planned, active_listings=listings.get(code, 0),
                         last_package_seq=seq, last_package_on=on)

    rows = [row(code, names.get(code, code), packages.get(code)) for code in counties]
    rows.append(row(own, own_name, None))
    return rows
