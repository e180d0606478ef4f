"""Statistics of the random inspections, the liaison directory and the joint meetings (issue 9),
counted by SQL aggregates over a :class:`~jianguan_desktop.services.statistics.Period` like the
complaints and the credit lists in ``services/statistics.py``.

- Inspections, per item of the 抽查事项清单: objects drawn by valid draws made in the period
  (planned), results closed in it (done), of those with problems found, and how the problems
  were handled (责令整改, 行政处罚, 移送, 列入名单). A batch checks several items in one visit
  (进一次门、查多项事), so its objects count under each of its items; the total row counts each
  object once.
- The liaison directory, per month of the day a change was decided: changes, reported on time
  (by ``report_due``, 3 working days: 海口 (十七), 鹤岗 一(二)), reported late, not yet reported.
- The joint meetings, per month: meetings held (of them called for a major risk), follow-up
  tasks due, done, and done after their due day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, extract, func, or_, select

from jianguan_desktop.db.inspections import (
    InspectionBatch,
    InspectionDraw,
    InspectionItem,
    InspectionResult,
)
from jianguan_desktop.db.liaison import FollowUpTask, JointMeeting, LiaisonAssignment
from jianguan_desktop.domain.inspections import DrawStatus, Handling
from jianguan_desktop.domain.liaison import MeetingKind, TaskStatus
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.statistics import (
    FigureTable,
    Month,
    Period,
    chart_month_labels,
    month_label,
)

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

HANDLINGS = tuple(handling.value for handling in Handling)
CHART_LABEL_MAX = 8  # characters of an item's name under the chart


# --- inspections --------------------------------------------------------------------------

@dataclass
class InspectionFigures:
    """One item's inspections in the period (or, for the total, every batch's once)."""

    planned: int = 0  # objects drawn by valid draws made in the period
    done: int = 0  # results closed in the period
    problems: int = 0  # of those, with problems found
    handling: dict[str, int] = field(default_factory=dict)  # of those, per way handled

    def add(self, other: InspectionFigures) -> None:
        """Add another's figures to these."""
        self.planned += other.planned
        self.done += other.done
        self.problems += other.problems
        for key, count in other.handling.items():
            self.handling[key] = self.handling.get(key, 0) + count


@dataclass(frozen=True)
class ItemRow:
    """An item of the list with its figures."""

    item_id: str
    code: str
    name: str
    figures: InspectionFigures


@dataclass(frozen=True)
class InspectionStatistics:
    """Per item (items with any figure, in the list's order) and the total."""

    items: list[ItemRow]
    total: InspectionFigures


def _handled_as(handling: str) -> Any:
    # ``handling`` is a JSON list of values such as ["rectify", "penalty"]
    return case((InspectionResult.handling.like(f'%"{handling}"%'), 1), else_=0)


def inspection_figures(db: Database, actor: Actor, period: Period,
                       office: str | None = None) -> InspectionStatistics:
    """The inspections of ``period`` per item (see the module docstring); ``office``: one
    office's results only."""
    require(actor, Permission.READ)
    valid = and_(InspectionDraw.id == InspectionResult.draw_id,
                 InspectionDraw.status == DrawStatus.VALID.value,
                 InspectionDraw.deleted_at.is_(None))
    live = [InspectionResult.deleted_at.is_(None)]
    if office is not None:
        live.append(InspectionResult.office_code == office)
    per_batch: dict[str, InspectionFigures] = {}
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        planned = (select(InspectionResult.batch_id, func.count())
                   .join(InspectionDraw, valid)
                   .where(*live, InspectionDraw.drawn_on.between(period.start, period.end))
                   .group_by(InspectionResult.batch_id))
        for batch_id, count in session.execute(planned):
            per_batch.setdefault(batch_id, InspectionFigures()).planned = int(count)
        problem = case((InspectionResult.problem.is_(True), 1), else_=0)
        done = (select(InspectionResult.batch_id, func.count(), func.sum(problem),
                       *(func.sum(_handled_as(key)) for key in HANDLINGS))
                .join(InspectionDraw, valid)
                .where(*live, InspectionResult.closed_on.between(period.start, period.end))
                .group_by(InspectionResult.batch_id))
        for batch_id, count, problems, *handled in session.execute(done):
            figures = per_batch.setdefault(batch_id, InspectionFigures())
            figures.done, figures.problems = int(count), int(problems or 0)
            figures.handling = {key: int(value or 0) for key, value in zip(HANDLINGS, handled,
                                                                           strict=True)}
        batches = dict(session.execute(select(InspectionBatch.id, InspectionBatch.item_ids)
                                       .where(InspectionBatch.id.in_(list(per_batch)))).all())
        per_item: dict[str, InspectionFigures] = {}
        total = InspectionFigures()
        for batch_id, figures in per_batch.items():
            total.add(figures)
            for item_id in json.loads(batches.get(batch_id) or "[]"):
                per_item.setdefault(str(item_id), InspectionFigures()).add(figures)
        items = session.execute(select(InspectionItem.id, InspectionItem.code,
                                       InspectionItem.name)
                                .where(InspectionItem.id.in_(list(per_item)))
                                .order_by(InspectionItem.code, InspectionItem.name)).all()
    return InspectionStatistics([ItemRow(item_id, code or "", name, per_item[item_id])
                                 for item_id, code, name in items], total)


def inspection_columns() -> list[tuple[str, str]]:
    """(key, header) of the inspections table."""
    labels = Handling.value_labels()
    return [("item", tr("Inspection item")), ("planned", tr("Objects drawn")),
            ("done", tr("Inspections done")), ("problems", tr("Problems found")),
            *((f"handling_{key}", labels[key]) for key in HANDLINGS)]


def inspection_table(statistics: InspectionStatistics) -> FigureTable:
    """The inspections per item as a figure table (a row per item and the total)."""
    def row(label: str, figures: InspectionFigures) -> dict[str, Any]:
        return {"item": label, "planned": figures.planned, "done": figures.done,
                "problems": figures.problems,
                **{f"handling_{key}": figures.handling.get(key, 0) for key in HANDLINGS}}

    def shown(item: ItemRow) -> str:
        return f"{item.code} {item.name}".strip()

    rows = [row(shown(item), item.figures) for item in statistics.items]
    labels = [item.name if len(item.name) <= CHART_LABEL_MAX
              else item.name[:CHART_LABEL_MAX - 1] + "…" for item in statistics.items]
    return FigureTable("inspections", tr("Random inspections"), inspection_columns(),
                       [*rows, row(tr("Total (each object once)"), statistics.total)],
                       tr("Inspections per item"), ("planned", "done", "problems"), labels,
                       total=True)


# --- the liaison directory ---------------------------------------------------------------

LIAISON_KEYS = ("changes", "on_time", "late", "unreported")


def _month_key(year: Any, month: Any) -> Month:
    return int(year), int(month)


def _by_month(session: Any, day: Any, period: Period, office: str | None,
              figures: tuple[Any, ...], *where: Any) -> dict[Month, tuple[int, ...]]:
    """{month: (figure, ...)} of the live rows of ``day``'s table whose ``day`` is in the
    period; each figure a SQL aggregate."""
    table = day.class_
    year, month = extract("year", day), extract("month", day)
    stmt = (select(year, month, *figures)
            .where(table.deleted_at.is_(None), day.between(period.start, period.end), *where)
            .group_by(year, month))
    if office is not None:
        stmt = stmt.where(table.office_code == office)
    return {_month_key(y, m): tuple(int(value or 0) for value in values)
            for y, m, *values in session.execute(stmt)}


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _month_rows(period: Period, found: dict[Month, tuple[int, ...]],
                keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """A row per month of the period (zeros where nothing was found) and a total row."""
    rows = [{"month": month_label(month), **dict(zip(keys, found.get(month, (0,) * len(keys)),
                                                     strict=True))}
            for month in period.months()]
    total: dict[str, Any] = {"month": tr("Total")}
    for key in keys:
        total[key] = sum(row[key] for row in rows)
    return [*rows, total]


def liaison_table(db: Database, actor: Actor, period: Period,
                  office: str | None = None) -> FigureTable:
    """The liaison directory's changes per month of the day they were decided: how many,
    reported on time, late, and not reported yet."""
    require(actor, Permission.READ)
    reported, due = LiaisonAssignment.reported_on, LiaisonAssignment.report_due
    figures = (func.count(),
               _count_if(and_(reported.is_not(None), or_(due.is_(None), reported <= due))),
               _count_if(and_(reported.is_not(None), due.is_not(None), reported > due)),
               _count_if(reported.is_(None)))
    with db.uow(actor, readonly=True) as uow:
        found = _by_month(uow.session, LiaisonAssignment.decided_on, period, office, figures)
    columns = [("month", tr("Month")), ("changes", tr("Changes of liaison persons")),
               ("on_time", tr("Reported on time")), ("late", tr("Reported late")),
               ("unreported", tr("Not reported yet"))]
    return FigureTable("liaison", tr("Liaison persons"), columns,
                       _month_rows(period, found, LIAISON_KEYS),
                       tr("Changes of liaison persons per month"), ("on_time", "late"),
                       chart_month_labels(period.months()), total=True)


# --- the joint meetings ------------------------------------------------------------------

MEETING_KEYS = ("held", "extra")
TASK_KEYS = ("due", "done", "done_late")


def meeting_table(db: Database, actor: Actor, period: Period,
                  office: str | None = None) -> FigureTable:
    """The joint meetings held per month (of them extra ones) and the follow-up tasks due,
    done, and done after their due day."""
    require(actor, Permission.READ)
    live_task = FollowUpTask.status != TaskStatus.CANCELLED.value
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        meetings = _by_month(session, JointMeeting.held_on, period, office, (
            func.count(), _count_if(JointMeeting.kind == MeetingKind.EXTRA.value)))
        due = _by_month(session, FollowUpTask.due_on, period, office, (func.count(),),
                        live_task)
        done = _by_month(session, FollowUpTask.done_on, period, office, (
            func.count(), _count_if(FollowUpTask.done_on > FollowUpTask.due_on)),
            FollowUpTask.status == TaskStatus.DONE.value)
    found = {month: (*meetings.get(month, (0, 0)), *due.get(month, (0,)),
                     *done.get(month, (0, 0))) for month in period.months()}
    columns = [("month", tr("Month")), ("held", tr("Joint meetings held")),
               ("extra", tr("Of them for a major risk")), ("due", tr("Tasks due")),
               ("done", tr("Tasks done")), ("done_late", tr("Tasks done late"))]
    return FigureTable("meetings", tr("Joint meetings"), columns,
                       _month_rows(period, found, MEETING_KEYS + TASK_KEYS),
                       tr("Joint meetings and follow-up tasks per month"),
                       ("held", "due", "done"), chart_month_labels(period.months()),
                       total=True)
