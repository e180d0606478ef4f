"""Every figure table of the statistics page, in its order, and (at the city) the offices side
by side: one row per county and the city's own, each figure counted by one SQL aggregate
grouped by office over the period (issue 9: 市级模式下按县区).

The page, its workbook and the annual report take their tables from :func:`figure_tables`;
counting runs off the GUI thread, so it reports each table done to a
:class:`~jianguan_desktop.services.progress.Progress`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from jianguan_desktop.db.complaints import Complaint
from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.db.inspections import InspectionDraw, InspectionResult
from jianguan_desktop.db.liaison import FollowUpTask, JointMeeting, LiaisonAssignment
from jianguan_desktop.domain.inspections import DrawStatus
from jianguan_desktop.domain.liaison import TaskStatus
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import statistics as stats
from jianguan_desktop.services import statistics_work as work
from jianguan_desktop.services.city_view import is_city, office_choices
from jianguan_desktop.services.credit_lists import PUBLISHED, active_condition
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.statistics import FigureTable, Period

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database
    from jianguan_desktop.services.progress import Progress

OFFICE_KEYS = ("received", "accepted", "closed", "closed_late", "listed", "in_force",
               "planned", "done", "problems", "liaison_late", "meetings", "tasks_done")


def office_columns() -> list[tuple[str, str]]:
    """(key, header) of the offices side by side."""
    return [("office", tr("Office")), ("received", tr("Complaints received")),
            ("accepted", tr("Complaints accepted")), ("closed", tr("Cases closed")),
            ("closed_late", tr("Closed late")), ("listed", tr("Newly listed")),
            ("in_force", tr("Listings in force at the end")),
            ("planned", tr("Objects drawn")), ("done", tr("Inspections done")),
            ("problems", tr("Problems found")), ("liaison_late", tr("Changes reported late")),
            ("meetings", tr("Joint meetings held")), ("tasks_done", tr("Tasks done"))]


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _per_office(session: Any, model: Any, day: Any, period: Period, *figures: Any,
                where: Any = None, join: Any = None) -> dict[str, tuple[int, ...]]:
    """{office: (figure, ...)} over the live rows of ``model`` whose ``day`` is in the
    period (``day`` None: every live row)."""
    stmt = select(model.office_code, *figures).where(model.deleted_at.is_(None))
    if join is not None:
        stmt = stmt.join(*join)
    if day is not None:
        stmt = stmt.where(day.between(period.start, period.end))
    if where is not None:
        stmt = stmt.where(where)
    return {str(office): tuple(int(value or 0) for value in values)
            for office, *values in session.execute(stmt.group_by(model.office_code))}


def office_figures(db: Database, actor: Actor, period: Period) -> dict[str, dict[str, int]]:
    """office → {figure key of :data:`OFFICE_KEYS`: count} over the period, for every office
    with records here."""
    require(actor, Permission.READ)
    valid = (InspectionDraw, and_(InspectionDraw.id == InspectionResult.draw_id,
                                  InspectionDraw.status == DrawStatus.VALID.value,
                                  InspectionDraw.deleted_at.is_(None)))
    reported, due = LiaisonAssignment.reported_on, LiaisonAssignment.report_due
    queries: list[tuple[tuple[str, ...], Callable[[Any], dict[str, tuple[int, ...]]]]] = [
        (("received",), lambda s: _per_office(s, Complaint, Complaint.received_on, period,
                                              func.count())),
        (("accepted",), lambda s: _per_office(s, Complaint, Complaint.accepted_on, period,
                                              func.count())),
        (("closed", "closed_late"), lambda s: _per_office(
            s, Complaint, Complaint.archived_on, period, func.count(),
            _count_if(Complaint.late_steps > 0))),
        (("listed",), lambda s: _per_office(s, CreditEntry, CreditEntry.start_on, period,
                                            func.count(),
                                            where=CreditEntry.status.in_(PUBLISHED))),
        (("in_force",), lambda s: _per_office(s, CreditEntry, None, period, func.count(),
                                              where=active_condition(period.end))),
        (("planned",), lambda s: _per_office(s, InspectionResult, InspectionDraw.drawn_on,
                                             period, func.count(), join=valid)),
        (("done", "problems"), lambda s: _per_office(
            s, InspectionResult, InspectionResult.closed_on, period, func.count(),
            _count_if(InspectionResult.problem.is_(True)), join=valid)),
        (("liaison_late",), lambda s: _per_office(
            s, LiaisonAssignment, LiaisonAssignment.decided_on, period,
            _count_if(and_(reported.is_not(None), due.is_not(None), reported > due)))),
        (("meetings",), lambda s: _per_office(s, JointMeeting, JointMeeting.held_on, period,
                                              func.count())),
        (("tasks_done",), lambda s: _per_office(s, FollowUpTask, FollowUpTask.done_on, period,
                                                func.count(),
                                                where=FollowUpTask.status
                                                == TaskStatus.DONE.value)),
    ]
    offices: dict[str, dict[str, int]] = {}
    with db.uow(actor, readonly=True) as uow:
        for keys, query in queries:
            for office, values in query(uow.session).items():
                figures = offices.setdefault(office, dict.fromkeys(OFFICE_KEYS, 0))
                figures.update(zip(keys, values, strict=True))
    return offices


def office_table(db: Database, actor: Actor, period: Period) -> FigureTable:
    """The offices side by side: a row per county (by name), the city's own last, and the
    total."""
    figures = office_figures(db, actor, period)
    names = office_choices(db, actor)  # the own office first
    own = next(iter(names))
    order = [*sorted((code for code in {*names, *figures} if code != own),
                     key=lambda code: (names.get(code) is None, code)), own]
    rows = []
    for code in order:
        counts = figures.get(code, dict.fromkeys(OFFICE_KEYS, 0))
        rows.append({"office": names.get(code, code), **counts})
    total: dict[str, Any] = {"office": tr("Total")}
    for key in OFFICE_KEYS:
        total[key] = sum(row[key] for row in rows)
    return FigureTable("offices", tr("Offices side by side"), office_columns(),
                       [*rows, total], tr("Complaints and inspections per office"),
                       ("received", "closed", "done"), [row["office"] for row in rows],
                       total=True)


TableMaker = Callable[["Database", Actor, Period, "str | None"], list[FigureTable]]


def _complaints(db: Database, actor: Actor, period: Period,
                office: str | None) -> list[FigureTable]:
    figures = stats.complaint_figures(db, actor, period, office)
    return [stats.complaint_table(figures), *stats.complaint_breakdown_tables(figures)]


def _credit(db: Database, actor: Actor, period: Period, office: str | None) -> list[FigureTable]:
    return [stats.credit_table(stats.credit_figures(db, actor, period, office))]


def _inspections(db: Database, actor: Actor, period: Period,
                 office: str | None) -> list[FigureTable]:
    return [work.inspection_table(work.inspection_figures(db, actor, period, office))]


def _liaison(db: Database, actor: Actor, period: Period, office: str | None) -> list[FigureTable]:
    return [work.liaison_table(db, actor, period, office)]


def _meetings(db: Database, actor: Actor, period: Period,
              office: str | None) -> list[FigureTable]:
    return [work.meeting_table(db, actor, period, office)]


REGISTER_TABLES: tuple[TableMaker, ...] = (_complaints, _credit, _inspections, _liaison,
                                           _meetings)


def figure_tables(db: Database, actor: Actor, period: Period, office: str | None = None,
                  progress: Progress | None = None) -> list[FigureTable]:
    """The tables of the page in its order: complaints (per month, per trade type, per
    channel), credit lists, inspections, liaison, meetings, and at the city (with no office
    chosen) the offices side by side."""
    require(actor, Permission.READ)
    makers: list[Callable[[], list[FigureTable]]] = [
        (lambda make=make: make(db, actor, period, office)) for make in REGISTER_TABLES]
    if office is None and is_city(db, actor):
        makers.append(lambda: [office_table(db, actor, period)])
    tables: list[FigureTable] = []
    for number, make in enumerate(makers):
        if progress is not None:
            progress.check_cancelled()
            progress.report(number, len(makers), tr("Counting the figures…"))
        tables.extend(make())
    return tables


def export_figures(db: Database, actor: Actor, period: Period, path: Any,
                   office: str | None = None) -> int:
    """Every figure table of the period to one .xlsx, a worksheet each; the rows written."""
    return stats.export_tables(path, figure_tables(db, actor, period, office), period)
