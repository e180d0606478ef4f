"""The annual supervision report (issue 9, part 4): 年度公共资源交易监管工作情况报告, which the
joint meeting sends every year through the office to the government (海口 (二): 联席会议每年应
通过市城管委(市公管办)向市政府报送全市公共资源交易监管工作情况; 锡林郭勒 (五): the office
reports the supervision to the joint meeting regularly).

The report has two kinds of content:

* **written sections** (:func:`written_sections`: 一、基本情况, 二、主要工作及成效,
  三、存在的问题, 四、下一步工作打算), which the user writes and saves as a draft
  (:func:`save_draft`) until the head of the office finalises it (:func:`finalise`, 定稿);
  a final report is read-only. Stored in ``annual_reports`` (``db/oversight.py``).
* **figure sections** (:data:`FIGURE_SECTIONS`), counted afresh from the registers by SQL
  aggregates whenever the report is printed or exported: each a :class:`FigureSection` whose
  builder ``(db, actor, year, office) -> FigureResult`` gives a table (columns and rows), an
  optional bar chart and a one-sentence summary. Another register plugs its figures in with
  one line: ``FIGURE_SECTIONS.append(FigureSection("inspections", lambda: tr("…"), build))``
  (or :func:`register_figure_section`).

The figures are printed under 一、基本情况 as （一）, （二）…, each with its summary, chart
(图n) and table (表n); a year with no records says so (本年度无相关记录) in each. The same
tables go to an .xlsx workbook, a worksheet each (:func:`export_xlsx`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jianguan_desktop.db.oversight import AnnualReport
from jianguan_desktop.db.records import OFFICE_KEY, check_version, stale_message
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Block,
    Chart,
    ChartSeries,
    FormDocument,
    Heading,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.form_settings import form_profile
from jianguan_desktop.services.forms import FormSpec, register_form
from jianguan_desktop.services.permissions import require

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database
    from jianguan_desktop.services.progress import Progress

REPORT_FORM = "annual_report"
DRAFT, FINAL = "draft", "final"
SECTION_MAX = 8000  # characters a written section may hold (about ten printed pages)
YEAR_MIN, YEAR_MAX = 2000, 2100
CHINESE_NUMERALS = "一二三四五六七八九十"
WIDE_TABLE_COLUMNS = 7  # a table with more columns is set in 五号, else 小四
TABLE_SIZE, WIDE_TABLE_SIZE = 12.0, 10.5
CHART_HEIGHT = 165.0  # points: about a quarter of the text block


# --- written sections -------------------------------------------------------------------------

@dataclass(frozen=True)
class WrittenSection:
    """A part of the report the user writes: its key in ``annual_reports.sections``, its
    heading (with its number, 一、基本情况) and what the editor suggests writing."""

    key: str
    title: str
    hint: str


def written_sections() -> list[WrittenSection]:
    """The written parts of the report in order. The figure sections are printed under the
    first (基本情况)."""
    return [
        WrittenSection("overview", tr("I. General situation"), tr(
            "The trading of the year in brief: projects, amounts, the registers kept. The "
            "figures of the registers are added under this part when printed.")),
        WrittenSection("work", tr("II. Main work and results"), tr(
            "What was done: the joint meeting, random inspections, complaints handled, credit "
            "supervision, liaison; what came of it.")),
        WrittenSection("problems", tr("III. Problems"), tr(
            "What did not work well and why.")),
        WrittenSection("plans", tr("IV. Work planned for next year"), tr(
            "What the office will do next year.")),
    ]


def section_keys() -> list[str]:
    """The keys of the written sections, in order."""
    return [section.key for section in written_sections()]


def status_labels() -> dict[str, str]:
    """Stored status → what users call it."""
    return {DRAFT: tr("Draft"), FINAL: tr("Finalised")}


def report_field_labels() -> dict[str, str]:
    """The report's fields as the history names them."""
    return {"year": tr("Year"), "status": tr("Status"), "sections": tr("Sections written"),
            "finalised_on": tr("Finalised on"), "finalised_by": tr("Finalised by")}


@dataclass(frozen=True)
class ReportInfo:
    """A year's report as the window and the printing see it. ``version`` 0: not saved yet."""

    year: int
    status: str
    sections: dict[str, str]
    version: int = 0
    id: str | None = None
    finalised_on: date | None = None
    finalised_by: str = ""
    office_code: str = ""

    @property
    def final(self) -> bool:
        """Whether the report was finalised (定稿) and may no longer be edited."""
        return self.status == FINAL

    @property
    def saved(self) -> bool:
        """Whether a draft was saved at all."""
        return self.version > 0

    @property
    def status_label(self) -> str:
        """草稿 or 定稿."""
        return status_labels().get(self.status, self.status)


def check_year(year: Any) -> int:
    """The report's year as a whole number (refused naming ``year`` when it is not one)."""
    try:
        value = int(str(year).strip())
    except ValueError:
        value = 0
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise ValidationError(tr("“{value}” is not a year of a report; write it as 2026.")
                              .format(value=year), field="year")
    return value


def _find(session: Session, year: int) -> AnnualReport | None:
    return session.execute(select(AnnualReport).where(
        AnnualReport.office_code == session.info[OFFICE_KEY], AnnualReport.year == year,
        AnnualReport.deleted_at.is_(None))).scalar_one_or_none()


def _info(row: AnnualReport) -> ReportInfo:
    stored = row.sections if isinstance(row.sections, dict) else {}
    return ReportInfo(row.year, row.status, {key: str(stored.get(key) or "")
                                             for key in section_keys()},
                      row.version, row.id, row.finalised_on, row.finalised_by, row.office_code)


def _empty(year: int, office_code: str) -> ReportInfo:
    return ReportInfo(year, DRAFT, dict.fromkeys(section_keys(), ""), office_code=office_code)


def load_report(db: Database, actor: Actor, year: int) -> ReportInfo:
    """The office's report of ``year``; one never saved is an empty draft (``version`` 0)."""
    require(actor, Permission.READ)
    year = check_year(year)
    with db.uow(actor, readonly=True) as uow:
        row = _find(uow.session, year)
        return _info(row) if row is not None else _empty(year, uow.session.info[OFFICE_KEY])


def _final_message(row: AnnualReport) -> str:
    return tr("The {year} report was finalised on {date} by {name} and can no longer be "
              "changed.").format(year=row.year, name=row.finalised_by or "—",
                                 date=format_cn_date(row.finalised_on)
                                 if row.finalised_on else "—")


def _cleaned_sections(sections: Mapping[str, Any]) -> dict[str, str]:
    """The written sections given, trimmed; one too long refused at its field."""
    titles = {section.key: section.title for section in written_sections()}
    cleaned: dict[str, str] = {}
    errors: dict[str, str] = {}
    for key, value in sections.items():
        if key not in titles:
            raise ValueError(f"unknown report section {key!r}")
        text = "\n".join(line.rstrip() for line in str(value or "").strip().splitlines())
        if len(text) > SECTION_MAX:
            errors[key] = tr("“{section}” has {count} characters; at most {limit}.").format(
                section=titles[key], count=len(text), limit=SECTION_MAX)
        cleaned[key] = text
    if errors:
        first = next(iter(errors))
        raise ValidationError(errors[first], field=first, fields=errors)
    return cleaned


def save_draft(db: Database, actor: Actor, year: int, sections: Mapping[str, Any],
               version: int | None) -> ReportInfo:
    """Save the written sections of ``year``'s report as a draft, in one transaction.

    ``version`` is that of the copy edited (0 for a report never saved; ``None`` skips the
    check): a report changed or created meanwhile by someone else is refused, so is a report
    already finalised, and a section longer than :data:`SECTION_MAX` (at its field). Sections
    not given keep what they held."""
    require(actor, Permission.WRITE)
    year = check_year(year)
    cleaned = _cleaned_sections(sections)
    try:
        with db.uow(actor) as uow:
            session = uow.session
            row = _find(session, year)
            if row is None:
                if version:  # the copy edited was saved, and has been deleted since
                    raise ConflictError(stale_message())
                row = AnnualReport(year=year, status=DRAFT,
                                   sections={**dict.fromkeys(section_keys(), ""), **cleaned},
                                   finalised_by="")
                session.add(row)
            else:
                if version == 0:  # someone else saved the first draft meanwhile
                    raise ConflictError(stale_message())
                check_version(row, version)
                if row.status == FINAL:
                    raise ConflictError(_final_message(row))
                stored = row.sections if isinstance(row.sections, dict) else {}
                merged = {**stored, **cleaned}
                if merged != stored:
                    row.sections = merged
            uow.flush()
            info = _info(row)
            uow.commit()
    except IntegrityError as error:  # two first drafts at once: the unique live year
        raise ConflictError(stale_message()) from error
    return info


def finalise(db: Database, actor: Actor, year: int, version: int | None,
             today: date | None = None) -> ReportInfo:
    """定稿: make the saved draft of ``year`` final (it is read-only afterwards), dated today.
    Needs the right to approve; every written section must have been written."""
    require(actor, Permission.APPROVE)
    year = check_year(year)
    with db.uow(actor) as uow:
        row = _find(uow.session, year)
        if row is None:
            raise NotFoundError(tr("There is no draft of the {year} report yet: write it and "
                                   "save the draft first.").format(year=year))
        check_version(row, version)
        if row.status == FINAL:
            raise ConflictError(_final_message(row))
        stored = row.sections if isinstance(row.sections, dict) else {}
        missing = {section.key: tr("Write “{section}” before the report is finalised.")
                   .format(section=section.title) for section in written_sections()
                   if not str(stored.get(section.key) or "").strip()}
        if missing:
            first = next(iter(missing))
            raise ValidationError(missing[first], field=first, fields=missing)
        row.status = FINAL
        row.finalised_on = today or date.today()
        row.finalised_by = actor.display_name or actor.username
        uow.flush()
        info = _info(row)
        uow.commit()
    return info


# --- figure sections ----------------------------------------------------------------------

@dataclass(frozen=True)
class FigureColumn:
    """A column of a figure table: key in the rows, header, ``text`` or ``int``, and its
    relative width when printed."""

    key: str
    header: str
    kind: str = "int"
    weight: float = 1.0


@dataclass(frozen=True)
class FigureResult:
    """What a figure section builder returns for a year.

    ``columns`` and ``rows`` (dicts keyed by the columns' keys) are the table, printed and
    written to its worksheet; ``summary`` is one sentence said before it. ``categories`` and
    ``series`` ((name, a value per category) each) draw the bar chart (none: no chart), titled
    ``chart_title``; ``table_title`` names the table (and its worksheet). ``empty``: the year
    has no records here; the report then says so instead of the chart and the table.
    """

    columns: tuple[FigureColumn, ...]
    rows: tuple[dict[str, Any], ...]
    summary: str
    table_title: str = ""
    chart_title: str = ""
    categories: tuple[str, ...] = ()
    series: tuple[tuple[str, tuple[int, ...]], ...] = ()
    empty: bool = False


FigureBuilder = Callable[["Database", Actor, int, "str | None"], FigureResult]


@dataclass(frozen=True)
class FigureSection:
    """One section of the year's figures: its key, its title (translated when shown) and the
    builder ``(db, actor, year, office) -> FigureResult`` (``office`` ``None``: every office
    in this database, else that office's records only)."""

    key: str
    title: Callable[[], str]
    build: FigureBuilder


@dataclass(frozen=True)
class YearFigures:
    """A figure section counted for a year: key, title and what its builder gave."""

    key: str
    title: str
    result: FigureResult


def month_categories() -> tuple[str, ...]:
    """1月 … 12月, under a chart of a year's months."""
    return tuple(tr("Month {month}").format(month=month) for month in range(1, 13))


def _month_columns(pairs: Sequence[tuple[str, str]]) -> tuple[FigureColumn, ...]:
    return tuple(FigureColumn(key, header, "text" if key == "month" else "int",
                              1.4 if key == "month" else 1.0) for key, header in pairs)


def complaint_section(db: Database, actor: Actor, year: int,
                      office: str | None) -> FigureResult:
    """投诉举报: received, accepted and closed (on time, late) per month and in the year; the
    summary also counts 投诉 and 举报 and the on-time rate of the cases closed."""
    from jianguan_desktop.services import statistics as stats

    figures = stats.complaint_figures(db, actor, stats.Period.year(year), office)
    total = figures.total
    rows = stats.complaint_rows(figures)
    empty = not (total.received or total.accepted or total.closed)
    reports = total.by_case_type.get("report", 0)
    rate = tr(", {rate} of them on time").format(
        rate=f"{100.0 * total.closed_on_time / total.closed:.1f}%") if total.closed else ""
    summary = tr(
        "In {year}, {received} complaints and reports were received ({complaints} complaints, "
        "{reports} reports) and {accepted} accepted; {closed} cases were closed{rate}: "
        "{on_time} on time and {late} late.").format(
            year=year, received=total.received, complaints=total.received - reports,
            reports=reports, accepted=total.accepted, closed=total.closed, rate=rate,
            on_time=total.closed_on_time, late=total.closed_late)
    months = rows[:-1]
    return FigureResult(
        _month_columns(stats.complaint_columns()), tuple(rows), summary,
        table_title=tr("Complaints and reports per month of {year}").format(year=year),
        chart_title=tr("Complaints and reports per month of {year}").format(year=year),
        categories=month_categories(),
        series=tuple((header, tuple(int(row[key]) for row in months))
                     for key, header in stats.complaint_columns()
                     if key in ("received", "accepted", "closed")),
        empty=empty)


def credit_section(db: Database, actor: Actor, year: int, office: str | None) -> FigureResult:
    """红黑名单: entries listed, repaired, expired and removed per month, and in force on each
    month's last day per list; the summary gives the year's events and the year-end lists."""
    from jianguan_desktop.services import statistics as stats
    from jianguan_desktop.services.credit_lists import list_labels

    months = stats.credit_figures(db, actor, stats.Period.year(year), office)
    rows = stats.credit_rows(months)
    events = {name: sum(int(row[name]) for row in rows) for name in stats.CREDIT_EVENTS}
    year_end = rows[-1] if rows else {}
    labels = list_labels()
    in_force = {kind: int(year_end.get(f"active_{kind}", 0)) for kind in labels}
    empty = not (any(events.values()) or any(int(row[f"active_{kind}"]) for row in rows
                                              for kind in labels))
    lists = "、".join(tr("{list} {count}").format(list=label, count=in_force[kind])
                     for kind, label in labels.items())
    summary = tr(
        "In {year}, {added} entries were newly listed on the credit lists, {repaired} repaired, "
        "{expired} expired and {removed} removed; in force at the end of the year: {lists}."
    ).format(year=year, lists=lists, **events)
    headers = dict(stats.credit_columns())
    return FigureResult(
        _month_columns(stats.credit_columns()), tuple(rows), summary,
        table_title=tr("Credit lists per month of {year}").format(year=year),
        chart_title=tr("Credit list entries in force at each month end of {year}").format(
            year=year),
        categories=month_categories(),
        series=tuple((headers[f"active_{kind}"],
                      tuple(int(row[f"active_{kind}"]) for row in rows)) for kind in labels),
        empty=empty)


def from_figure_table(table: Any, summary: str, empty: bool | None = None) -> FigureResult:
    """A :class:`FigureResult` from a table shaped like the statistics page's (``columns`` as
    (key, header) pairs with the row's name first, ``rows``, ``title``, ``chart_title``,
    ``chart_labels`` and ``series()`` giving (name, values)), for plugging a page's figures
    into the report in one line."""
    first = table.columns[0][0]
    columns = tuple(FigureColumn(key, header, "text" if key == first or not all(
        isinstance(row.get(key), int) for row in table.rows) else "int",
        1.6 if key == first else 1.0) for key, header in table.columns)
    numbers = [row.get(column.key) for row in table.rows for column in columns
               if column.kind == "int"]
    return FigureResult(
        columns, tuple(table.rows), summary, table_title=table.title,
        chart_title=table.chart_title, categories=tuple(table.chart_labels),
        series=tuple((name, tuple(int(value) for value in values))
                     for name, values in table.series()),
        empty=not any(numbers) if empty is None else empty)


def inspection_section(db: Database, actor: Actor, year: int,
                       office: str | None) -> FigureResult:
    """双随机、一公开: objects drawn, inspections done, problems found and their handling per
    item; the summary gives the year's totals (each object once)."""
    from jianguan_desktop.services import statistics as stats
    from jianguan_desktop.services import statistics_work as work

    table = work.inspection_table(work.inspection_figures(db, actor, stats.Period.year(year),
                                                          office))
    total = table.rows[-1]
    summary = tr(
        "In {year}, {planned} objects were drawn for random inspection and {done} inspections "
        "were done; problems were found in {problems} of them.").format(year=year, **{
            key: total[key] for key in ("planned", "done", "problems")})
    result = from_figure_table(table, summary)
    return replace(result, table_title=tr("Random inspections per item in {year}").format(
        year=year), chart_title=tr("Random inspections per item in {year}").format(year=year))


def liaison_section(db: Database, actor: Actor, year: int, office: str | None) -> FigureResult:
    """联络员: changes of the member units' liaison persons per month, reported on time, late
    and not yet."""
    from jianguan_desktop.services import statistics as stats
    from jianguan_desktop.services import statistics_work as work

    table = work.liaison_table(db, actor, stats.Period.year(year), office)
    summary = tr(
        "In {year}, the liaison persons of the member units changed {changes} times: "
        "{on_time} reported on time, {late} late and {unreported} not reported yet."
    ).format(year=year, **{key: table.rows[-1][key] for key in work.LIAISON_KEYS})
    return _monthly(table, summary, tr("Changes of liaison persons per month of {year}").format(
        year=year))


def meeting_section(db: Database, actor: Actor, year: int, office: str | None) -> FigureResult:
    """联席会议: meetings held per month (of them for a major risk) and their follow-up tasks
    due, done and done late."""
    from jianguan_desktop.services import statistics as stats
    from jianguan_desktop.services import statistics_work as work

    table = work.meeting_table(db, actor, stats.Period.year(year), office)
    summary = tr(
        "In {year}, {held} joint meetings were held ({extra} of them for a major risk); "
        "{due} follow-up tasks fell due and {done} were done, {done_late} of them late."
    ).format(year=year, **{key: table.rows[-1][key]
                           for key in (*work.MEETING_KEYS, *work.TASK_KEYS)})
    return _monthly(table, summary, tr("Joint meetings and follow-up tasks per month of {year}")
                    .format(year=year))


def _monthly(table: Any, summary: str, title: str) -> FigureResult:
    """A month-by-month table's result titled ``title`` (its table and its chart), its months
    named 1月 … 12月 under the chart."""
    return replace(from_figure_table(table, summary), categories=month_categories(),
                   table_title=title, chart_title=title)


def efficiency_section(db: Database, actor: Actor, year: int,
                       office: str | None) -> FigureResult:
    """效能评估: per step of the complaint workflow, inspection publication and liaison
    reporting, how many were done, on time and late, the on-time rate and the average
    working days."""
    from jianguan_desktop.services import efficiency
    from jianguan_desktop.services import statistics as stats

    figures = efficiency.efficiency_figures(db, actor, stats.Period.year(year), office)
    rows = efficiency.measure_rows(figures.total)
    rates = "、".join(tr("{step} {rate}%").format(step=row["measure"], rate=f"{row['rate']:.1f}")
                     for row in rows if row["rate"] is not None)
    summary = tr("On-time rates in {year}: {rates}.").format(year=year, rates=rates or "—")
    columns = tuple(FigureColumn(key, header, "text" if key in ("measure", "rate", "average")
                                 else "int", 1.8 if key == "measure" else 1.0)
                    for key, header in efficiency.measure_columns())
    shown = tuple({**row, "rate": efficiency.shown_value(row["rate"]),
                   "average": efficiency.shown_value(row["average"])} for row in rows)
    headers = dict(efficiency.measure_columns())
    return FigureResult(
        columns, shown, summary,
        table_title=tr("Efficiency per step in {year}").format(year=year),
        chart_title=tr("Done on time and late per step in {year}").format(year=year),
        categories=tuple(row["measure"] for row in rows),
        series=tuple((headers[key], tuple(int(row[key]) for row in rows))
                     for key in ("on_time", "late")),
        empty=not any(row["done"] for row in rows))


FIGURE_SECTIONS: list[FigureSection] = [
    FigureSection("complaints", lambda: tr("Complaints and reports handled"), complaint_section),
    FigureSection("credit", lambda: tr("Red and black lists"), credit_section),
    FigureSection("inspections", lambda: tr("Random inspections carried out"),
                  inspection_section),
    FigureSection("liaison", lambda: tr("Liaison persons of the member units"),
                  liaison_section),
    FigureSection("meetings", lambda: tr("Joint meetings and their tasks"), meeting_section),
    FigureSection("efficiency", lambda: tr("Efficiency of the supervision work"),
                  efficiency_section),
]


def register_figure_section(section: FigureSection, before: str | None = None) -> None:
    """Add a figure section (replacing one of the same key), at the end or before the section
    ``before``."""
    FIGURE_SECTIONS[:] = [known for known in FIGURE_SECTIONS if known.key != section.key]
    keys = [known.key for known in FIGURE_SECTIONS]
    FIGURE_SECTIONS.insert(keys.index(before) if before in keys else len(keys), section)


def year_figures(db: Database, actor: Actor, year: int, office: str | None = None,
                 progress: Progress | None = None) -> list[YearFigures]:
    """Every figure section of :data:`FIGURE_SECTIONS` counted for ``year``, in order."""
    require(actor, Permission.READ)
    year = check_year(year)
    found: list[YearFigures] = []
    for number, section in enumerate(FIGURE_SECTIONS):
        if progress is not None:
            progress.check_cancelled()
            progress.report(number, len(FIGURE_SECTIONS) + 1, tr("Counting: {section}…")
                            .format(section=section.title()))
        found.append(YearFigures(section.key, section.title(),
                                 section.build(db, actor, year, office)))
    return found


# --- the printed report -------------------------------------------------------------------

def chinese_numeral(number: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一 (as the （一） headings count)."""
    if number <= 10:
        return CHINESE_NUMERALS[number - 1]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else CHINESE_NUMERALS[tens - 1]) + "十" + \
        (CHINESE_NUMERALS[ones - 1] if ones else "")


def report_title(office_name: str, year: int, separator: str = "") -> str:
    """安阳县公共资源交易监督管理办公室2026年度公共资源交易监管工作情况报告; printed with
    ``separator`` "\n", so that the title breaks after the office, not inside the year."""
    return office_name + separator + tr(
        "Report on the supervision of public-resource trading in {year}").format(year=year)


def _cell(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


@dataclass
class _Numbering:
    """图n and 表n, counted through the report."""

    charts: int = 0
    tables: int = 0


def _figure_blocks(index: int, figures: YearFigures, numbering: _Numbering) -> list[Block]:
    result = figures.result
    blocks: list[Block] = [Heading(f"（{chinese_numeral(index)}）{figures.title}", 2)]
    if result.empty:
        return [*blocks, Paragraph(tr("No records this year."))]
    blocks.append(Paragraph(result.summary))
    if result.series and result.categories:
        numbering.charts += 1
        blocks.append(Chart(
            categories=result.categories,
            series=tuple(ChartSeries(name, tuple(float(v) for v in values))
                         for name, values in result.series),
            caption=tr("Figure {number}  {title}").format(number=numbering.charts,
                                                           title=result.chart_title),
            height=CHART_HEIGHT))
    if result.columns:
        numbering.tables += 1
        size = WIDE_TABLE_SIZE if len(result.columns) >= WIDE_TABLE_COLUMNS else TABLE_SIZE
        blocks.append(Table(
            columns=tuple(TableColumn(column.header, column.weight, "center")
                          for column in result.columns),
            rows=tuple(tuple(_cell(row.get(column.key, "")) for column in result.columns)
                       for row in result.rows),
            caption=tr("Table {number}  {title}").format(number=numbering.tables,
                                                         title=result.table_title),
            font_size=size))
    return blocks


def _written_blocks(text: str, final: bool) -> list[Block]:
    from jianguan_desktop.services.notices import body_blocks

    blocks = list(body_blocks(text))
    if not blocks and not final:
        return [Paragraph(tr("(Not written yet.)"))]
    return blocks


def _office_name(db: Database, actor: Actor, office: str) -> str:
    from jianguan_desktop.services.city_view import office_choices

    return office_choices(db, actor).get(office, office)


def build_report(db: Database, actor: Actor, year: int, office: str | None = None,
                 progress: Progress | None = None) -> FormDocument:
    """The year's report laid out as an official document (GB/T 9704): title with the office
    and the year, the written sections with the figure sections under the first, the office's
    署名 and the 定稿 date (a draft: a blank date and 草稿 across every page)."""
    report = load_report(db, actor, year)
    figures = year_figures(db, actor, report.year, office, progress)
    profile = form_profile(db)
    title = report_title(profile.full_name, report.year)
    printed_title = report_title(profile.full_name, report.year, "\n")
    scope = tr(" The figures are those of {office}.").format(
        office=_office_name(db, actor, office)) if office else ""
    blocks: list[Block] = [Paragraph(tr(
        "The supervision of public-resource trading by {office} in {year} is reported as "
        "follows.{scope}").format(office=profile.full_name, year=report.year, scope=scope))]
    numbering = _Numbering()
    for position, section in enumerate(written_sections()):
        blocks.append(Heading(section.title, 1))
        blocks += _written_blocks(report.sections.get(section.key, ""), report.final)
        if position == 0:
            for index, found in enumerate(figures, start=1):
                blocks += _figure_blocks(index, found, numbering)
    notes: tuple[str, ...] = ()
    if report.final and report.finalised_on is not None:
        notes = (tr("Finalised on {date} by {name}.").format(
            date=format_cn_date(report.finalised_on), name=report.finalised_by),)
    if progress is not None:
        progress.report(len(FIGURE_SECTIONS), len(FIGURE_SECTIONS) + 1,
                        tr("Laying out the report…"))
    return FormDocument(
        title=printed_title, blocks=tuple(blocks), signature=profile.signature,
        signed_on=report.finalised_on if report.final else None, seal=report.final,
        subject=title, author=profile.full_name, notes=notes,
        watermark="" if report.final else tr("Draft"))


def render_pdf(db: Database, actor: Actor, year: int, office: str | None = None,
               progress: Progress | None = None) -> bytes:
    """The PDF of the year's report (see :func:`build_report`)."""
    from jianguan_desktop.io.pdf.render import render_pdf as render

    document = build_report(db, actor, year, office, progress)
    if progress is not None:
        progress.check_cancelled()
    return render(document)


def write_pdf(db: Database, actor: Actor, year: int, path: str | os.PathLike[str],
              office: str | None = None, progress: Progress | None = None) -> Path:
    """Write the year's report as a PDF file (atomically)."""
    from jianguan_desktop.io.pdf.render import write_pdf_bytes

    return write_pdf_bytes(render_pdf(db, actor, year, office, progress), Path(path))


def export_xlsx(db: Database, actor: Actor, year: int, path: str | os.PathLike[str],
                office: str | None = None, progress: Progress | None = None) -> int:
    """Write the year's figures to an .xlsx workbook, a worksheet per figure table (titled as
    in the report), saved atomically; returns the rows written."""
    from jianguan_desktop.io.excel_export import Sheet, SheetColumn, write_workbook

    sheets = [Sheet(found.result.table_title or found.title,
                    [SheetColumn(column.key, column.header, column.kind,
                                 140 if column.kind == "text" else 100)
                     for column in found.result.columns], list(found.result.rows))
              for found in year_figures(db, actor, year, office, progress)
              if found.result.columns]
    if progress is not None:
        progress.check_cancelled()
    return write_workbook(path, sheets)


def _build_form(db: Database, actor: Actor, ref: str) -> FormDocument:
    return build_report(db, actor, check_year(ref))


register_form(FormSpec(key=REPORT_FORM, title=lambda: tr("Annual supervision report"),
                       kind="record", build=_build_form,
                       ref_label=lambda: tr("The year, such as 2026")))
register_record_labels(AnnualReport.__tablename__, lambda: tr("Annual supervision report"),
                       report_field_labels,
                       formatters={"status": lambda value: status_labels().get(
                           str(value), str(value))})
