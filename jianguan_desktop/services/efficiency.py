"""效能评估 (issue 9 item 2; 安阳 (十四), 海口 (十五)): how promptly each office does its work
over a :class:`~jianguan_desktop.services.statistics.Period` — per step of the complaint
workflow, for the publication of inspection results and for reporting liaison changes: how many
were done in the period, how many had a time limit, how many met it, the on-time rate and the
average working days taken.

The measures (:data:`MEASURES`), each counted on the day the work was done:

- ``acceptance`` 受理审查: a complaint accepted or refused (步骤 受理/不予受理), from the day it
  was received; its limit is the acceptance limit (受理审查期限).
- ``transfer`` 转办: a complaint passed to another department, from the day it was received (or
  accepted, when transferred during the investigation); limit: the transfer limit of the preset
  (鹤岗 四(二)), else the acceptance limit, or the decision limit once accepted.
- ``decision`` 处理决定: from the day the complaint was accepted; limit: the decision limit,
  extensions included.
- ``feedback`` 反馈: the written answer to the complainant, from the decision (or the refusal,
  or the transferee's feedback); it is due with the decision it carries (七部委令第11号
  第二十一条), so an answer after a transfer has no limit of its own.
- ``publication`` 结果公示: an inspection batch's results published, from the day the batch
  was completed; limit: ``publish_due``.
- ``liaison`` 联络员变更报备: a change of 责任领导 or 联络员 reported, from the day it was
  decided; limit: ``report_due`` (3 working days: 海口 (十七), 鹤岗 一(二)).

A complaint's steps, with the due date each met or missed, are kept in its ``case_data``
(``domain/complaints.py`` ``StepRecord``: ``on``, ``due``, ``late_by``); they are read by
SQL (SQLite ``json_each``, PostgreSQL ``jsonb_array_elements``) and counted by ``GROUP BY``
office, step, start day and end day: the distinct (start, end) pairs are few, and each is turned
into working days once, weighted by its count. Working days are the office's calendar
(``services/calendar.py``), the start day not counted; time not counted (补正, 暂停) is
included, so the average says how long the complainant waited.

A county sees its own figures; the city every office's, one row per county and its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import JSONB

from jianguan_desktop.db.complaints import Complaint
from jianguan_desktop.db.inspections import InspectionBatch
from jianguan_desktop.db.liaison import LiaisonAssignment
from jianguan_desktop.db.ownership import office_names
from jianguan_desktop.domain.office_code import short_office_name
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.workdays import WorkdayCalendar
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.city_view import CITY_MODE
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.statistics import Period, period_text
from jianguan_desktop.services.sync_keys import office_row

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

COMPLAINT_STEPS = ("acceptance", "transfer", "decision", "feedback")
MEASURES = (*COMPLAINT_STEPS, "publication", "liaison")
# the steps of a complaint's history (domain.complaints.Step values) each measure counts
_HISTORY_STEPS = {"accept": "acceptance", "reject": "acceptance", "transfer": "transfer",
                  "decide": "decision", "answer": "feedback"}
TOTAL = ""  # office code of the figures of every office together


def measure_labels() -> dict[str, str]:
    """Each measure's name, in the language in force, in the order of :data:`MEASURES`."""
    return {"acceptance": tr("Acceptance review"), "transfer": tr("Transfer to a department"),
            "decision": tr("Handling decision"), "feedback": tr("Answer to the complainant"),
            "publication": tr("Publication of inspection results"),
            "liaison": tr("Liaison changes reported")}


@dataclass
class MeasureFigures:
    """One measure of one office over the period.

    ``done``: how many were done in the period; ``timed``: of those, with a time limit;
    ``on_time``: of those, within it; ``workdays``: the working days they took, summed over
    the ``measured`` ones (those whose start day is known)."""

    measure: str
    done: int = 0
    timed: int = 0
    on_time: int = 0
    workdays: int = 0
    measured: int = 0

    @property
    def late(self) -> int:
        """Done after their time limit."""
        return self.timed - self.on_time

    @property
    def on_time_rate(self) -> float | None:
        """Share of the timed ones done on time, in percent (``None``: none had a limit)."""
        return 100.0 * self.on_time / self.timed if self.timed else None

    @property
    def average_workdays(self) -> float | None:
        """Average working days taken (``None``: none done)."""
        return self.workdays / self.measured if self.measured else None

    def add(self, other: MeasureFigures) -> None:
        """Add another office's figures of the same measure to these."""
        self.done += other.done
        self.timed += other.timed
        self.on_time += other.on_time
        self.workdays += other.workdays
        self.measured += other.measured


def _empty_measures() -> dict[str, MeasureFigures]:
    return {key: MeasureFigures(key) for key in MEASURES}


@dataclass
class OfficeEfficiency:
    """Every measure of one office (``office_code`` :data:`TOTAL`: of every office
    together)."""

    office_code: str
    office_name: str
    measures: dict[str, MeasureFigures] = field(default_factory=_empty_measures)

    def measure(self, key: str) -> MeasureFigures:
        """One measure's figures (``acceptance``, ..., ``liaison``)."""
        return self.measures[key]


@dataclass
class EfficiencyFigures:
    """The period's figures: per office (at a county its own only; at the city each county,
    then the city's own) and of every office together."""

    period: Period
    offices: list[OfficeEfficiency]
    total: OfficeEfficiency
    city: bool = False


# --- reading the registers ----------------------------------------------------------------

def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class _History:
    """SQL over the steps kept in a complaint's ``case_data``, for the database's dialect."""

    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgresql"
        if self.postgres:
            document = cast(Complaint.case_data, JSONB)
            self.steps = func.jsonb_array_elements(
                document.op("->")(literal("history"))).table_valued(
                "value").render_derived().alias("history_step")
            self.document = document
        else:
            self.steps = func.json_each(Complaint.case_data, "$.history").table_valued(
                "value").alias("history_step")

    def step(self, name: str) -> Any:
        """A field of a step record, as text."""
        if self.postgres:
            return self.steps.c.value.op("->>")(literal(name))
        return type_coerce(func.json_extract(self.steps.c.value, f"$.{name}"), String)

    def step_number(self, name: str) -> Any:
        """A whole-number field of a step record."""
        if self.postgres:
            return cast(self.step(name), Integer)
        return type_coerce(func.json_extract(self.steps.c.value, f"$.{name}"), Integer)

    def case_day(self, *path: str) -> Any:
        """A date kept in the case (e.g. ``decision``, ``on``), as text."""
        if self.postgres:
            value = self.document
            for name in path[:-1]:
                value = value.op("->")(literal(name))
            return value.op("->>")(literal(path[-1]))
        return type_coerce(func.json_extract(Complaint.case_data, "$." + ".".join(path)), String)

    def day_text(self, column: Any) -> Any:
        """A date column as ISO text, comparable with the case's dates."""
        return cast(column, String) if self.postgres else type_coerce(column, String)


def _grouped(session: Any, steps: Any, measure: Any) -> list[Any]:
    """(office, measure, start day, end day, timed, on time, count) per distinct (office,
    measure, start, end) of ``steps``: a subquery of one row per piece of work with the
    columns ``office``, ``measure``, ``start``, ``done``, ``timed`` and ``on_time`` (0 or 1).
    Grouping over the subquery's columns keeps the statement valid on PostgreSQL, which does
    not match an expression with bound values in ``SELECT`` to the same one in ``GROUP BY``."""
    rows = steps.subquery("work")
    keys = (rows.c.office, rows.c.measure, rows.c.start, rows.c.done)
    stmt = select(*keys, func.sum(rows.c.timed), func.sum(rows.c.on_time),
                  func.count()).group_by(*keys)
    return [(str(code), measure(str(name)), _day(first), _day(last), int(timed or 0),
             int(punctual or 0), int(count))
            for code, name, first, last, timed, punctual, count in session.execute(stmt)]


def _flag(condition: Any) -> Any:
    return case((condition, 1), else_=0)


def _complaint_rows(session: Any, period: Period, office: str | None) -> list[Any]:
    """The groups of the complaint workflow's steps done in the period."""
    history = _History(session.get_bind().dialect.name)
    step = history.step("step")
    on = history.step("on")
    received = history.day_text(Complaint.received_on)
    accepted = history.day_text(Complaint.accepted_on)
    start = case(
        (step.in_(("accept", "reject")), received),
        (step == "transfer", func.coalesce(accepted, received)),
        (step == "decide", accepted),
        else_=func.coalesce(history.case_day("decision", "on"),
                            history.case_day("rejection", "on"),
                            history.case_day("transfer", "replied_on")))
    due = history.step("due")
    late_by = history.step_number("late_by")
    steps = (select(Complaint.office_code.label("office"), step.label("measure"),
                    start.label("start"), on.label("done"),
                    _flag(due.is_not(None)).label("timed"),
                    _flag(and_(due.is_not(None), late_by == 0)).label("on_time"))
             .select_from(Complaint).join(history.steps, true())
             .where(Complaint.deleted_at.is_(None),
                    # no step comes before receipt, or after the case is archived
                    Complaint.received_on <= period.end,
                    or_(Complaint.archived_on.is_(None), Complaint.archived_on >= period.start),
                    step.in_(tuple(_HISTORY_STEPS)),
                    on.between(period.start.isoformat(), period.end.isoformat())))
    if office is not None:
        steps = steps.where(Complaint.office_code == office)
    return _grouped(session, steps, _HISTORY_STEPS.__getitem__)


def _dated_rows(session: Any, model: Any, start: Any, done: Any, due: Any, measure: str,
                period: Period, office: str | None) -> list[Any]:
    """The same groups for a register that keeps its start, done and due days as columns."""
    rows = (select(model.office_code.label("office"), literal(measure).label("measure"),
                   start.label("start"), done.label("done"),
                   _flag(due.is_not(None)).label("timed"),
                   _flag(and_(due.is_not(None), done <= due)).label("on_time"))
            .where(model.deleted_at.is_(None), done.between(period.start, period.end)))
    if office is not None:
        rows = rows.where(model.office_code == office)
    return _grouped(session, rows, lambda name: name)


class _WorkdayIndex:
    """Working days between two dates in constant time: the count of working days up to each
    day of the span, built once from the calendar."""

    def __init__(self, calendar: WorkdayCalendar, days: Iterable[date]) -> None:
        known = list(days)
        self.calendar = calendar
        self.first = min(known, default=date.today())
        last = max(known, default=self.first)
        self.upto: list[int] = []
        count, day = 0, self.first
        while day <= last:
            count += calendar.is_workday(day) and day != self.first
            self.upto.append(count)
            day += timedelta(days=1)

    def between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        return self.upto[(end - self.first).days] - self.upto[(start - self.first).days]


def efficiency_figures(db: Database, actor: Actor, period: Period,
                       office: str | None = None) -> EfficiencyFigures:
    """The figures of ``period`` (see the module docstring): at a county its own; at the
    city every office's; ``office``: that office's only, at either."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        own_office = office_row(session)
        own, city = own_office.code, own_office.mode == CITY_MODE
        chosen = office if office is not None else None if city else own
        rows = [
            *_complaint_rows(session, period, chosen),
            *_dated_rows(session, InspectionBatch, InspectionBatch.completed_on,
                         InspectionBatch.published_on, InspectionBatch.publish_due,
                         "publication", period, chosen),
            *_dated_rows(session, LiaisonAssignment, LiaisonAssignment.decided_on,
                         LiaisonAssignment.reported_on, LiaisonAssignment.report_due,
                         "liaison", period, chosen),
        ]
        names = {code: short_office_name(code, name)
                 for code, name in office_names(session).items()}
        calendar = load_calendar(session)
    index = _WorkdayIndex(calendar, (day for row in rows for day in row[2:4] if day))
    per_office: dict[str, OfficeEfficiency] = {}
    for code, measure, start, end, timed, punctual, count in rows:
        figures = per_office.setdefault(code, OfficeEfficiency(code, names.get(code, code)))
        item = figures.measures[measure]
        item.done += count
        item.timed += timed
        item.on_time += punctual
        if start is not None and end is not None:
            item.workdays += count * max(0, index.between(start, end))
            item.measured += count
    if chosen is None:
        order = [*sorted(code for code in {*per_office, *names} if code != own), own]
    else:
        order = [chosen]
    offices = [per_office.get(code) or OfficeEfficiency(code, names.get(code, code))
               for code in order]
    total = OfficeEfficiency(TOTAL, tr("Total"))
    for figures in offices:
        for key, item in figures.measures.items():
            total.measures[key].add(item)
    return EfficiencyFigures(period, offices, total, city)


# --- tables: what the page shows and the workbook holds ------------------------------------

def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def measure_columns() -> list[tuple[str, str]]:
    """(key, header) of the table of measures, in order."""
    return [("measure", tr("Step")), ("done", tr("Done in the period")),
            ("timed", tr("With a time limit")), ("on_time", tr("On time")),
            ("late", tr("Late")), ("rate", tr("On-time rate (%)")),
            ("average", tr("Average working days"))]


def measure_rows(figures: OfficeEfficiency) -> list[dict[str, Any]]:
    """A row per measure of one office (or of every office: ``figures.total``), keyed as
    :func:`measure_columns`; a rate or an average that cannot be worked out is ``None``."""
    labels = measure_labels()
    rows = []
    for key in MEASURES:
        item = figures.measures[key]
        average = item.average_workdays
        rows.append({"measure": labels[key], "key": key, "done": item.done,
                     "timed": item.timed, "on_time": item.on_time, "late": item.late,
                     "rate": _rate(item.on_time_rate),
                     "average": None if average is None else round(average, 1)})
    return rows


def office_columns() -> list[tuple[str, str]]:
    """(key, header) of the offices side by side: each measure's on-time rate, then each
    complaint step's average working days."""
    labels = measure_labels()
    return [("office", tr("Office")),
            *((f"rate_{key}", tr("{step}: on-time rate (%)").format(step=labels[key]))
              for key in MEASURES),
            *((f"average_{key}", tr("{step}: average working days").format(step=labels[key]))
              for key in COMPLAINT_STEPS)]


def office_rows(figures: EfficiencyFigures) -> list[dict[str, Any]]:
    """A row per office (counties first, the city's own last) and the total, keyed as
    :func:`office_columns`."""
    def row(office: OfficeEfficiency) -> dict[str, Any]:
        values: dict[str, Any] = {"office": office.office_name, "code": office.office_code}
        for key in MEASURES:
            values[f"rate_{key}"] = _rate(office.measures[key].on_time_rate)
        for key in COMPLAINT_STEPS:
            average = office.measures[key].average_workdays
            values[f"average_{key}"] = None if average is None else round(average, 1)
        return values
    return [*(row(office) for office in figures.offices), row(figures.total)]


def shown_value(value: Any) -> str:
    """A figure as a table cell shows it: a rate or an average with one decimal, ``—``
    where none can be worked out."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _sheet_columns(columns: list[tuple[str, str]]) -> list[Any]:
    from jianguan_desktop.io.excel_export import SheetColumn

    first = columns[0][0]
    result = []
    for key, header in columns:
        if key == first:
            result.append(SheetColumn(key, header, "text", 160))
        elif key.startswith(("rate", "average")):
            result.append(SheetColumn(key, header, "decimal", 130))
        else:
            result.append(SheetColumn(key, header, "int", 100))
    return result


def write_efficiency(path: Any, figures: EfficiencyFigures) -> int:
    """Write the figures to one .xlsx: the measures (of every office together), and at the
    city the offices side by side; the rows written."""
    from jianguan_desktop.io.excel_export import Sheet, write_workbook

    when = period_text(figures.period)
    sheets = [Sheet(tr("Efficiency by step ({period})").format(period=when),
                    _sheet_columns(measure_columns()), measure_rows(figures.total))]
    if figures.city:
        sheets.append(Sheet(tr("Efficiency by office ({period})").format(period=when),
                            _sheet_columns(office_columns()), office_rows(figures)))
    return write_workbook(path, sheets)


def export_efficiency(db: Database, actor: Actor, period: Period, path: Any) -> int:
    """Count the period's figures and write them to ``path`` (see :func:`write_efficiency`)."""
    return write_efficiency(path, efficiency_figures(db, actor, period))
