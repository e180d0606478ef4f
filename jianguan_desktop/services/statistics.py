"""Statistics over the registers (issue 9): periods a clerk picks, and the figures of each
register counted per month by SQL aggregates (``GROUP BY`` year and month), so the page opens
at once on years of records; in city mode also per office.

A :class:`Period` is a month, a quarter, a year or any span of days; :func:`complaint_figures`
counts the complaints register over one, :func:`credit_figures` the credit lists
(``services/statistics_work.py`` counts the inspections, the liaison directory and the
meetings). Each register's figures also come as a :class:`FigureTable`: the rows a page shows
beside its chart, a worksheet of the workbook and a table of the annual report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, case, extract, func, literal, select, union_all

from jianguan_desktop.db.complaints import Complaint
from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.credit_lists import PUBLISHED, active_condition, list_labels
from jianguan_desktop.services.permissions import require

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

Month = tuple[int, int]  # (year, month)
PERIOD_KINDS = ("month", "quarter", "year", "custom")


@dataclass(frozen=True)
class Period:
    """The days from ``start`` to ``end``, both included, and how the user picked them."""

    start: date
    end: date
    kind: str = "custom"

    def __post_init__(self) -> None:
        if self.kind not in PERIOD_KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if self.end < self.start:
            raise ValidationError(tr("The period ends ({end}) before it starts ({start}): "
                                     "choose an end on or after the start.").format(
                start=self.start.isoformat(), end=self.end.isoformat()), field="period")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        first = date(year, month, 1)
        return cls(first, _next_month(first) - timedelta(days=1), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """One quarter (1–4)."""
        if not 1 <= quarter <= 4:
            raise ValidationError(tr("A year has four quarters (1 to 4)."), field="period")
        first = date(year, 3 * quarter - 2, 1)
        return cls(first, _next_month(date(year, 3 * quarter, 1)) - timedelta(days=1),
                   "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        """One calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    def months(self) -> list[Month]:
        """Every month the period touches, in order."""
        months: list[Month] = []
        at = date(self.start.year, self.start.month, 1)
        while at <= self.end:
            months.append((at.year, at.month))
            at = _next_month(at)
        return months


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


# 交易类型 of a complaint, from its kind (``domain.deadline_rules.CaseType``) to the trade types
# of the inspection directory (``services.inspection_directory.trade_type_labels``); a 举报
# names no trade of its own and counts as 其他.
TRADE_OF_CASE_TYPE = {"tender": "construction", "procurement": "procurement",
                      "land_mineral": "land_mineral", "state_assets": "state_assets",
                      "report": "other", "other": "other"}


@dataclass
class MonthFigures:
    """The complaints of one month (of one office, or of all)."""

    received: int = 0
    accepted: int = 0
    closed: int = 0  # 办结: archived in the month
    closed_on_time: int = 0  # of those, every step within its time limit
    closed_late: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)  # received, per channel
    by_case_type: dict[str, int] = field(default_factory=dict)  # received, 投诉 or 举报

    @property
    def by_trade(self) -> dict[str, int]:
        """What was received, per trade type (工程建设, 政府采购, ...; see
        :data:`TRADE_OF_CASE_TYPE`)."""
        trades: dict[str, int] = defaultdict(int)
        for kind, count in self.by_case_type.items():
            trades[TRADE_OF_CASE_TYPE.get(kind, "other")] += count
        return dict(trades)


@dataclass
class ComplaintFigures:
    """The complaints register over a period: per month, and the period's total."""

    period: Period
    months: dict[Month, MonthFigures]
    total: MonthFigures


def _month_of(column: Any) -> tuple[Any, Any]:
    return extract("year", column).label("y"), extract("month", column).label("m")


def _in_period(column: Any, period: Period) -> Any:
    return column.between(period.start, period.end)


def _grouped(session: Any, column: Any, period: Period, office: str | None,
             *extra: Any, where: Any = None) -> list[Any]:
    """Rows (year, month, *extra, count) of the live records of ``column``'s table whose
    ``column`` falls in the period."""
    table = column.class_
    year, month = _month_of(column)
    stmt = (select(year, month, *extra, func.count())
            .where(table.deleted_at.is_(None), _in_period(column, period))
            .group_by(year, month, *extra))
    if office is not None:
        stmt = stmt.where(table.office_code == office)
    if where is not None:
        stmt = stmt.where(where)
    return list(session.execute(stmt))


def complaint_figures(db: Database, actor: Actor, period: Period,
                      office: str | None = None) -> ComplaintFigures:
    """Complaints received, accepted and closed (on time and late) per month of ``period``,
    with what was received per channel and per kind; ``office``: one office's only (the city
    shows each county), else every office's in this database."""
    require(actor, Permission.READ)
    months = {month: MonthFigures() for month in period.months()}
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        for y, m, count in _grouped(session, Complaint.received_on, period, office):
            months[(int(y), int(m))].received = int(count)
        for y, m, count in _grouped(session, Complaint.accepted_on, period, office):
            months[(int(y), int(m))].accepted = int(count)
        late = case((Complaint.late_steps > 0, 1), else_=0).label("late")
        for y, m, is_late, count in _grouped(session, Complaint.archived_on, period, office,
                                             late):
            figures = months[(int(y), int(m))]
            figures.closed += int(count)
            if is_late:
                figures.closed_late += int(count)
            else:
                figures.closed_on_time += int(count)
        for y, m, channel, count in _grouped(session, Complaint.received_on, period, office,
                                             Complaint.channel):
            months[(int(y), int(m))].by_channel[str(channel)] = int(count)
        for y, m, kind, count in _grouped(session, Complaint.received_on, period, office,
                                          Complaint.case_type):
            months[(int(y), int(m))].by_case_type[str(kind)] = int(count)
    return ComplaintFigures(period, months, _total(months.values()))


def _total(months: Any) -> MonthFigures:
    total = MonthFigures()
    channels: dict[str, int] = defaultdict(int)
    kinds: dict[str, int] = defaultdict(int)
    for figures in months:
        total.received += figures.received
        total.accepted += figures.accepted
        total.closed += figures.closed
        total.closed_on_time += figures.closed_on_time
        total.closed_late += figures.closed_late
        for key, count in figures.by_channel.items():
            channels[key] += count
        for key, count in figures.by_case_type.items():
            kinds[key] += count
    total.by_channel, total.by_case_type = dict(channels), dict(kinds)
    return total


# --- the credit lists ---------------------------------------------------------------------

CREDIT_EVENTS = {"added": CreditEntry.start_on, "repaired": CreditEntry.repaired_on,
                 "expired": CreditEntry.expired_on, "removed": CreditEntry.removed_on}


@dataclass
class CreditMonth:
    """The credit lists in one month, per list (``black``, ``red``): entries published
    (their period starting), repaired, expired and removed in the month, and in force on its
    last day (or on the period's end, for its last month)."""

    added: dict[str, int] = field(default_factory=dict)
    repaired: dict[str, int] = field(default_factory=dict)
    expired: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    active_at_end: dict[str, int] = field(default_factory=dict)


def month_ends(period: Period) -> dict[Month, date]:
    """The last day of each month of the period (the period's end for the last)."""
    return {(y, m): min(_next_month(date(y, m, 1)) - timedelta(days=1), period.end)
            for y, m in period.months()}


def credit_figures(db: Database, actor: Actor, period: Period,
                   office: str | None = None) -> dict[Month, CreditMonth]:
    """The credit lists per month of ``period`` (see :class:`CreditMonth`); ``office``: the
    entries one office listed, else every entry this database holds."""
    require(actor, Permission.READ)
    months = {month: CreditMonth() for month in period.months()}
    ends = month_ends(period)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        for name, column in CREDIT_EVENTS.items():
            # a period starting counts once the entry is published (not proposed, withdrawn)
            published = CreditEntry.status.in_(PUBLISHED) if name == "added" else None
            for y, m, kind, count in _grouped(session, column, period, office,
                                              CreditEntry.list_kind, where=published):
                getattr(months[(int(y), int(m))], name)[str(kind)] = int(count)
        # in force at each month's end: one query over a row per month's last day
        days = union_all(*(select(literal(day, Date).label("day")) for day in ends.values())
                         ).subquery("month_ends")
        stmt = (select(days.c.day, CreditEntry.list_kind, func.count())
                .join(CreditEntry, active_condition(days.c.day))
                .group_by(days.c.day, CreditEntry.list_kind))
        if office is not None:
            stmt = stmt.where(CreditEntry.office_code == office)
        by_day = {day: month for month, day in ends.items()}
        for day, kind, count in session.execute(stmt):
            day = day if isinstance(day, date) else date.fromisoformat(str(day))
            months[by_day[day]].active_at_end[str(kind)] = int(count)
    return months


# --- tables: what the page shows beside each chart and the workbook holds -----------------

def month_label(month: Month) -> str:
    """A month as a table row names it: 2026-09 (sorted as text, read the same in Chinese)."""
    return f"{month[0]}-{month[1]:02d}"


def complaint_columns() -> list[tuple[str, str]]:
    """(key, header) of the complaints table, in order."""
    return [("month", tr("Month")), ("received", tr("Complaints received")),
            ("accepted", tr("Complaints accepted")), ("closed", tr("Cases closed")),
            ("closed_on_time", tr("Closed on time")), ("closed_late", tr("Closed late"))]


def complaint_rows(figures: ComplaintFigures) -> list[dict[str, Any]]:
    """A row per month of the period and a total row, keyed as :func:`complaint_columns`."""
    def row(label: str, month: MonthFigures) -> dict[str, Any]:
        return {"month": label, "received": month.received, "accepted": month.accepted,
                "closed": month.closed, "closed_on_time": month.closed_on_time,
                "closed_late": month.closed_late}
    return [*(row(month_label(key), value) for key, value in figures.months.items()),
            row(tr("Total"), figures.total)]


def credit_columns() -> list[tuple[str, str]]:
    """(key, header) of the credit lists table: the month's events over every list, and the
    entries in force at its end per list."""
    return [("month", tr("Month")), ("added", tr("Newly listed")), ("repaired", tr("Repaired")),
            ("expired", tr("Expired")), ("removed", tr("Removed")),
            *((f"active_{kind}", tr("In force: {list}").format(list=label))
              for kind, label in list_labels().items())]


def credit_rows(months: dict[Month, CreditMonth]) -> list[dict[str, Any]]:
    """A row per month, keyed as :func:`credit_columns` (events summed over the lists)."""
    rows = []
    for month, figures in months.items():
        row: dict[str, Any] = {"month": month_label(month)}
        for name in CREDIT_EVENTS:
            row[name] = sum(getattr(figures, name).values())
        for kind in list_labels():
            row[f"active_{kind}"] = figures.active_at_end.get(kind, 0)
        rows.append(row)
    return rows


# --- figure tables: one per chart, shown beside it, a worksheet of the export --------------

@dataclass(frozen=True)
class FigureTable:
    """A table of figures with the chart drawn from it.

    ``columns`` are (key, header) pairs, the first naming the row (a month, an item, an
    office); ``chart_keys`` the columns drawn, a bar set each, over the rows but a last
    total row (``total``); ``chart_labels`` name those rows under the chart.
    """

    key: str
    title: str
    columns: list[tuple[str, str]]
    rows: list[dict[str, Any]]
    chart_title: str
    chart_keys: tuple[str, ...]
    chart_labels: list[str]
    total: bool = False

    @property
    def charted_rows(self) -> list[dict[str, Any]]:
        """The rows the chart draws (all but the total)."""
        return self.rows[:-1] if self.total else self.rows

    def series(self) -> list[tuple[str, list[int]]]:
        """(header, values over the charted rows) per charted column."""
        headers = dict(self.columns)
        return [(headers[key], [int(row[key]) for row in self.charted_rows])
                for key in self.chart_keys]

    @property
    def empty(self) -> bool:
        """Whether every figure of the table is zero (nothing in the period)."""
        return not any(value for row in self.rows for key, value in row.items()
                       if key != self.columns[0][0] and isinstance(value, int))


def chart_month_labels(months: list[Month]) -> list[str]:
    """The months under a chart: 1月 … 12月 within one year, 2025-11 across years."""
    if len({year for year, _month in months}) == 1:
        return [tr("Month {month}").format(month=month) for _year, month in months]
    return [month_label(month) for month in months]


def complaint_table(figures: ComplaintFigures) -> FigureTable:
    """The complaints of a period as a figure table (a row per month and the total)."""
    return FigureTable("complaints", tr("Complaints and reports"), complaint_columns(),
                       complaint_rows(figures), tr("Complaints and reports per month"),
                       ("received", "accepted", "closed"),
                       chart_month_labels(list(figures.months)), total=True)


def _share(count: int, total: int) -> str:
    return f"{100.0 * count / total:.1f}%" if total else "—"


def _breakdown(key: str, title: str, header: str, counts: dict[str, int],
               labels: dict[str, str], chart_title: str) -> FigureTable:
    total = sum(counts.values())
    rows = [{"name": label, "received": counts.get(value, 0),
             "share": _share(counts.get(value, 0), total)} for value, label in labels.items()]
    rows.append({"name": tr("Total"), "received": total, "share": _share(total, total)})
    return FigureTable(key, title, [("name", header), ("received", tr("Complaints received")),
                                    ("share", tr("Share"))], rows, chart_title,
                       ("received",), list(labels.values()), total=True)


def complaint_breakdown_tables(figures: ComplaintFigures) -> list[FigureTable]:
    """What the period received per trade type (工程建设, 政府采购, ...) and per channel."""
    from jianguan_desktop.domain.complaints import Channel
    from jianguan_desktop.services.inspection_directory import trade_type_labels

    total = figures.total
    return [_breakdown("complaint_trades", tr("Complaints per trade type"), tr("Trade type"),
                       total.by_trade, trade_type_labels(),
                       tr("Complaints and reports received per trade type")),
            _breakdown("complaint_channels", tr("Complaints per channel"), tr("Channel"),
                       total.by_channel, Channel.value_labels(),
                       tr("Complaints and reports received per channel"))]


def credit_table(months: dict[Month, CreditMonth]) -> FigureTable:
    """The credit lists of a period as a figure table (a row per month)."""
    columns = credit_columns()
    return FigureTable("credit", tr("Credit lists"), columns, credit_rows(months),
                       tr("Credit list entries in force at month end"),
                       tuple(key for key, _header in columns if key.startswith("active_")),
                       chart_month_labels(list(months)))


def period_text(period: Period) -> str:
    """「2026-01-01 至 2026-12-31」."""
    return tr("{start} to {end}").format(start=period.start.isoformat(),
                                        end=period.end.isoformat())


def export_tables(path: Any, tables: list[FigureTable], period: Period) -> int:
    """Write figure tables to one .xlsx, a worksheet each titled with the period; the rows
    written."""
    from jianguan_desktop.io.excel_export import Sheet, SheetColumn, write_workbook

    def columns(table: FigureTable) -> list[SheetColumn]:
        def counts(key: str) -> bool:
            return all(isinstance(row.get(key), int) for row in table.rows)
        first = table.columns[0][0]
        return [SheetColumn(key, header, "int" if key != first and counts(key) else "text",
                            140 if key == first else 90) for key, header in table.columns]

    return write_workbook(path, [Sheet(f"{table.title}（{period_text(period)}）",
                                       columns(table), table.rows) for table in tables])
