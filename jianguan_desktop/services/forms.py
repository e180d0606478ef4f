"""Printable forms by key: registers register theirs; the window and ``jianguan print`` use them.

A :class:`FormSpec` builds a :class:`~jianguan_desktop.io.pdf.document.FormDocument` for a record
(or, for the ``list`` form, for a register view); :func:`render_form` turns it into a PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal
from unicodedata import east_asian_width

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Align,
    FormDocument,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.services.form_settings import LIST_MAX_ROWS, form_profile
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.settings import get_setting
from jianguan_desktop.services.tables import (
    NUMERIC_KINDS,
    ColumnSpec,
    TableQuery,
    TableSpec,
    count_rows,
    display_text,
    export_rows,
    get_table,
    table_keys,
)

FormKind = Literal["record", "list"]
LIST_FORM = "list"
# Printed lists (not covered by GB/T 9704): type of 4号, 小四 or 五号, the largest at which a
# long text keeps LONG_TEXT_EM characters a line; texts up to SHORT_TEXT_EM never wrap,
# longer ones at most TEXT_COLUMN_EM a line. A Latin letter or digit is about half a character.
LIST_SIZES = (14.0, 12.0, 10.5)
TEXT_COLUMN_EM = 24.0
LONG_TEXT_EM = 12.0
SHORT_TEXT_EM = 12.0
HEADER_EM = 4.0  # a longer header wraps
HALF_WIDTH_EM = 0.55
CELL_SLACK_EM = 0.4  # glyphs are a little wider than their em in some fonts


def _record_number_label() -> str:
    return tr("The record's number")


@dataclass(frozen=True)
class FormSpec:
    """One printable form: its key (``jianguan print KEY``), its title, and how it is built.

    ``build(db, actor, ref)`` returns the document for ``ref`` (the record's number, or for
    the ``list`` form the register's key) and raises :class:`NotFoundError` with one line
    ("找不到编号为 X 的……") when there is no such record. ``ref_label`` says what ``ref`` is.
    """

    key: str
    title: Callable[[], str]
    kind: FormKind
    build: Callable[[Database, Actor, str], FormDocument]
    permission: Permission = Permission.READ
    ref_label: Callable[[], str] = _record_number_label


@dataclass(frozen=True)
class FormInfo:
    """A form as listed for users (``jianguan print --list``)."""

    key: str
    title: str
    kind: str
    ref_label: str


_FORMS: dict[str, FormSpec] = {}


def register_form(spec: FormSpec) -> FormSpec:
    """Make a form known under its key (registering the same key again replaces it)."""
    _FORMS[spec.key] = spec
    return spec


def get_form(key: str) -> FormSpec:
    """The form registered under ``key`` (:class:`NotFoundError` naming ``--list`` if none)."""
    try:
        return _FORMS[key]
    except KeyError:
        raise NotFoundError(tr("There is no form called “{key}”; “jianguan print --list” "
                               "shows the forms.").format(key=key)) from None


def list_forms() -> list[FormInfo]:
    """Every form, sorted by key."""
    return [FormInfo(spec.key, spec.title(), spec.kind, spec.ref_label())
            for spec in sorted(_FORMS.values(), key=lambda spec: spec.key)]


def build_form(db: Database, actor: Actor, key: str, ref: str) -> FormDocument:
    """The document of form ``key`` for ``ref`` (a record's number, or a register's key)."""
    spec = get_form(key)
    require(actor, spec.permission)
    cleaned = ref.strip()
    if not cleaned:
        raise ValidationError(tr("Please give {what}.").format(what=spec.ref_label()), field="ref")
    return spec.build(db, actor, cleaned)


def render_form(db: Database, actor: Actor, key: str, ref: str) -> bytes:
    """The PDF of form ``key`` for ``ref``."""
    from jianguan_desktop.io.pdf.render import render_pdf

    return render_pdf(build_form(db, actor, key, ref))


# --- the list of any register view -------------------------------------------------------

def _value_text(column: ColumnSpec, value: Any) -> str:
    if isinstance(value, tuple | list | set | frozenset):
        return "、".join(_value_text(column, item) for item in value)  # Chinese list mark
    if value is None:
        return tr("(empty)")
    return display_text(column, value)


def _condition_text(column: ColumnSpec, condition: Any) -> str:
    header = column.header()
    op, value = "eq", condition
    if isinstance(condition, tuple) and len(condition) == 2 and condition[0] in (
            "eq", "contains", "between", "in"):
        op, value = condition
    if op == "contains":
        return tr("{column} contains “{text}”").format(column=header, text=value)
    if op == "between":
        low, high = value
        if low is not None and high is not None:
            return tr("{column} from {low} to {high}").format(
                column=header, low=_value_text(column, low), high=_value_text(column, high))
        if low is not None:
            return tr("{column} from {low}").format(column=header, low=_value_text(column, low))
        return tr("{column} up to {high}").format(column=header,
                                                  high=_value_text(column, high))
    return f"{header}：{_value_text(column, value)}"  # full-width colon, as the user reads


def describe_query(spec: TableSpec, query: TableQuery) -> str:
    """What a view was narrowed to, in words: 「检索“双随机”；状态：已印发」 or 「全部记录」."""
    parts = []
    if query.search.strip():
        parts.append(tr("search “{text}”").format(text=" ".join(query.search.split())))
    parts.extend(_condition_text(spec.column(key), condition)
                 for key, condition in query.filters.items())
    if query.include_deleted:
        parts.append(tr("deleted records included"))
    return "；".join(parts) if parts else tr("all records")  # full-width semicolon


def _align(column: ColumnSpec) -> Align:
    if column.kind in NUMERIC_KINDS:
        return "right"
    return "center" if column.kind in ("date", "datetime", "bool") else "left"


def text_ems(text: str) -> float:
    """How wide a text is, in em of its size: Chinese characters one, others about half."""
    return sum(1.0 if east_asian_width(ch) in "WF" else HALF_WIDTH_EM for ch in text)


@dataclass(frozen=True)
class TableFit:
    """How a printed list fits the landscape page: its type size and column widths (pt)."""

    size: float
    widths: tuple[float, ...]


def fit_table(headers: Sequence[str], texts: Sequence[bool],
              rows: Sequence[Sequence[str | None]]) -> TableFit:
    """Column widths and type size for a landscape list, from what the columns hold.

    Numbers, dates, states and short texts (codes, names) never wrap: they get their widest
    cell. Longer texts share what is left in proportion to their widest cell (up to
    :data:`TEXT_COLUMN_EM` characters a line). The largest of 4号, 小四 and 五号 at which every
    long text keeps :data:`LONG_TEXT_EM` characters a line (or all it has) is chosen.
    """
    # the renderer's measures (imported here: reportlab loads only when a list is made)
    from jianguan_desktop.io.pdf.flowables import CELL_PADDING
    from jianguan_desktop.io.pdf.layout import LANDSCAPE_TEXT_WIDTH

    widest = [max([text_ems(row[index] or "") for row in rows] + [0.0])
              for index in range(len(headers))]
    heads = [min(text_ems(header), HEADER_EM) for header in headers]
    wraps = [texts[i] and widest[i] > SHORT_TEXT_EM for i in range(len(headers))]
    wanted = [max(heads[i], min(widest[i], TEXT_COLUMN_EM) if wraps[i] else widest[i])
              for i in range(len(headers))]
    fixed_em = sum(want for want, wrap in zip(wanted, wraps, strict=True) if not wrap)
    long_em = sum(want for want, wrap in zip(wanted, wraps, strict=True) if wrap)
    least_em = sum(min(want, LONG_TEXT_EM) for want, wrap in zip(wanted, wraps, strict=True)
                   if wrap)
    for size in LIST_SIZES:
        padding = (CELL_PADDING[1] + CELL_PADDING[3]) / size + CELL_SLACK_EM
        room = LANDSCAPE_TEXT_WIDTH / size - len(headers) * padding - fixed_em
        if least_em <= room or size == LIST_SIZES[-1]:
            break
    # long texts take the room left (wrapping less); a hopelessly full line still leaves them
    # a few characters, and the renderer narrows every column in proportion
    scale = max(room, 0.0) / long_em if long_em else 1.0
    ems = [max(want * scale, HEADER_EM) if wrap else want
           for want, wrap in zip(wanted, wraps, strict=True)]
    return TableFit(size, tuple((em + padding) * size for em in ems))


def _columns(spec: TableSpec, keys: Iterable[str] | None) -> list[ColumnSpec]:
    if keys is None:
        return [column for column in spec.columns if column.visible]
    return [spec.column(key) for key in keys]


def build_list_form(db: Database, actor: Actor, table_key: str,
                    query: TableQuery | None = None, columns: list[str] | None = None, *,
                    printed_on: date | None = None) -> FormDocument:
    """A register view as a landscape table (header repeated on every page), numbered rows.

    ``query`` is what the user searched, filtered and sorted; ``columns`` the visible
    columns in their order on screen (default: the view's visible columns). A view with
    more rows than the setting ``forms.list_max_rows`` is refused with a clear message.
    """
    try:
        spec = get_table(table_key)
    except KeyError:
        raise NotFoundError(tr("There is no register called “{key}”; the registers are: "
                               "{keys}.").format(key=table_key,
                                                 keys="、".join(table_keys()))) from None
    require(actor, spec.permission)
    query = query or TableQuery()
    shown = _columns(spec, columns)
    limit = int(get_setting(db, LIST_MAX_ROWS.key))
    total = count_rows(db, actor, spec, query)
    if total > limit:
        raise ValidationError(tr(
            "The list has {count} rows; a printed list may have at most {limit}. Narrow it "
            "down with the search or the filters, or export it to Excel.").format(
                count=total, limit=limit))
    rows: list[tuple[str | None, ...]] = []
    # a view whose own first column is a number (the audit log's 序号) is not numbered again
    numbered = not any(column.header() == tr("No.") for column in shown)
    batches = export_rows(db, actor, spec, query)
    try:
        for batch in batches:
            for row in batch:
                cells = tuple(display_text(column, row[column.key]) for column in shown)
                rows.append((str(len(rows) + 1), *cells) if numbered else cells)
    finally:
        batches.close()
    profile = form_profile(db)
    title = tr("{title} list").format(title=spec.title())
    heading = tr("{office}　Records: {conditions}　Printed on {date}　{count} rows").format(
        office=profile.full_name, conditions=describe_query(spec, query),
        date=format_cn_date(printed_on or date.today()), count=len(rows))
    headers = [column.header() for column in shown]
    wraps = [column.kind == "text" for column in shown]
    aligns: list[Align] = [_align(column) for column in shown]
    if numbered:
        headers, wraps, aligns = [tr("No."), *headers], [False, *wraps], ["center", *aligns]
    fit = fit_table(headers, wraps, rows)
    table = Table(columns=tuple(TableColumn(header, width, align) for header, width, align
                                in zip(headers, fit.widths, aligns, strict=True)),
                  rows=tuple(rows), font_size=fit.size)
    return FormDocument(title=title, blocks=(Paragraph(heading, indent=False, align="left"),
                                             table),
                        seal=False, landscape=True, subject=title, author=profile.full_name)


def _list_ref_label() -> str:
    return tr("The register's key: {keys}").format(keys=", ".join(table_keys()))


register_form(FormSpec(
    key=LIST_FORM,
    title=lambda: tr("List of a register (landscape table)"),
    kind="list",
    build=lambda db, actor, ref: build_list_form(db, actor, ref),
    ref_label=_list_ref_label,
))
