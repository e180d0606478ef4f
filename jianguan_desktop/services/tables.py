"""Register views described once (columns, base query, permission) and read in windows of rows.

A :class:`TableSpec` says what a register view shows; :func:`count_rows`, :func:`fetch_rows` and
:func:`export_rows` run its search, filters and sort in SQL, so a million rows never reach Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, String, and_, cast, false, func, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.functions import FunctionElement

from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.permissions import require

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database
    from jianguan_desktop.services.progress import Progress

KINDS = frozenset({"text", "int", "decimal", "date", "datetime", "bool", "enum"})
NUMERIC_KINDS = frozenset({"int", "decimal"})
FILTER_OPS = frozenset({"eq", "contains", "between", "in"})
ROW_ID = "row_id"  # key of the row id in every fetched row
LIKE_ESCAPE = "\\"
EXPORT_BATCH = 2000
SCAN_RATIO = 4  # a row read in order costs about a quarter of a row looked up by index
PROBE_WALK = 25_000  # rows a window tested row by row walks before its index is read


@dataclass(frozen=True, eq=False)
class ColumnSpec:
    """One column of a register view.

    ``header`` and ``labels`` are callables so that translation happens when the view is
    shown. ``expr`` is the SQL expression (an ORM attribute or any column expression).
    ``labels`` maps stored values of an ``enum`` column to the words users see.
    """

    key: str
    header: Callable[[], str]
    kind: str
    expr: Any
    width: int = 120
    visible: bool = True
    searchable: bool = False
    labels: Callable[[], Mapping[Any, str]] | None = None
    sort_expr: Any = None  # what the column sorts by when not ``expr`` (信用〔2026〕10号 after 9号)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")
        if self.kind == "enum" and self.labels is None:
            raise ValueError(f"enum column {self.key!r} needs labels")
        if self.key == ROW_ID:
            raise ValueError(f"{ROW_ID!r} is reserved for the row id")

    def label(self, value: Any) -> str:
        """The word users see for a stored value of an enum column."""
        if value is None:
            return ""
        if self.labels is None:
            return str(value)
        return self.labels().get(value, str(value))


@dataclass(frozen=True, eq=False)
class TableSpec:
    """What a register view shows and who may see it.

    ``base_select`` returns a fresh ``Select`` whose FROM (and joins, and fixed conditions)
    the view reads; its column list is replaced by the columns here. Rows whose
    ``deleted_column`` is set (soft-deleted records) are left out unless a query asks for
    them. ``search_condition`` is the hook for a register with a full-text index: given the
    search text it returns a condition (or ``None`` to fall back to ``LIKE``).

    A search index that is joined in (read from the index outward) must list every match
    before a window sorted by another column can be cut from them: fast for few matches,
    slow for many. Such a register also gives ``probe_condition``, the same rows found by
    testing each row, for reading a window of many matches along the sort column's index,
    and ``count_limit``: its view counts no further than that (and shows "more than"), and
    reads a window from the index only when the search matches no more rows than that.
    """

    key: str
    title: Callable[[], str]
    columns: tuple[ColumnSpec, ...]
    base_select: Callable[[], Select[Any]]
    id_column: Any
    default_sort: tuple[tuple[str, str], ...] = ()
    permission: Permission = Permission.READ
    deleted_column: Any = None
    empty_text: Callable[[], str] | None = None
    search_condition: Callable[[str], ColumnElement[bool] | None] | None = None
    probe_condition: Callable[[str], ColumnElement[bool] | None] | None = None
    count_limit: int | None = None

    def __post_init__(self) -> None:
        keys = [column.key for column in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate column keys in table {self.key!r}")
        for key, direction in self.default_sort:
            self.column(key)
            _check_direction(direction)

    def column(self, key: str) -> ColumnSpec:
        """The column with this key (``ValueError`` if there is none)."""
        for column in self.columns:
            if column.key == key:
                return column
        raise ValueError(f"table {self.key!r} has no column {key!r}")

    def has_column(self, key: str) -> bool:
        """Whether the view has a column with this key."""
        return any(column.key == key for column in self.columns)


@dataclass(frozen=True)
class TableQuery:
    """What the user asked the view for: search text, column filters, sort.

    ``filters`` maps a column key to a value (equality; ``None`` means empty) or to a
    pair ``(op, value)`` with ``op`` one of ``eq``, ``contains``, ``between`` (value
    ``(low, high)``, either end ``None`` for open) or ``in`` (value a collection).
    ``sort`` is a sequence of ``(column key, "asc" | "desc")``; empty means the spec's default.
    """

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: tuple[tuple[str, str], ...] = ()
    include_deleted: bool = False


# --- the registry -------------------------------------------------------------------------

_TABLES: dict[str, TableSpec] = {}


def register_table(spec: TableSpec) -> TableSpec:
    """Make a register view known by its key (registering the same key again replaces it)."""
    _TABLES[spec.key] = spec
    return spec


def get_table(key: str) -> TableSpec:
    """The register view registered under ``key``."""
    try:
        return _TABLES[key]
    except KeyError:
        raise KeyError(f"no table registered as {key!r}") from None


def table_keys() -> list[str]:
    """Keys of every registered register view, in registration order."""
    return list(_TABLES)


# --- building the SQL ---------------------------------------------------------------------

def _check_direction(direction: str) -> str:
    if direction not in ("asc", "desc"):
        raise ValueError(f"sort direction must be 'asc' or 'desc', not {direction!r}")
    return direction


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE ... ESCAPE '\\'`` with the wildcards in ``text`` taken literally."""
    escaped = (text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
               .replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_"))
    return f"%{escaped}%"


class contains_text(FunctionElement[bool]):
    """``column`` contains ``pattern`` ignoring case: ``LIKE`` on SQLite (which ignores the
    case of Latin letters by itself, and is twice as fast without ``lower()``), ``ILIKE`` on
    PostgreSQL, ``lower() LIKE lower()`` elsewhere; ``\\`` escapes the wildcards."""

    type = Boolean()
    inherit_cache = True
    name = "contains_text"
    _is_implicitly_boolean = True  # a condition in itself: no "= 1" after it


@compiles(contains_text)
def _contains_text_default(element: contains_text, compiler: Any, **kw: Any) -> str:
    column, pattern = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(lower({column}) LIKE lower({pattern}) ESCAPE '{LIKE_ESCAPE}')"


@compiles(contains_text, "sqlite")
def _contains_text_sqlite(element: contains_text, compiler: Any, **kw: Any) -> str:
    column, pattern = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({column} LIKE {pattern} ESCAPE '{LIKE_ESCAPE}')"


@compiles(contains_text, "postgresql")
def _contains_text_postgresql(element: contains_text, compiler: Any, **kw: Any) -> str:
    column, pattern = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({column} ILIKE {pattern} ESCAPE '{LIKE_ESCAPE}')"


class unindexed(FunctionElement[Any]):
    """A sort key SQLite must not walk an index for (``+column``); as is elsewhere."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, expr: Any) -> None:
        super().__init__(expr)
        self.type = expr.type


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(next(iter(element.clauses)), **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(next(iter(element.clauses)), **kw)


def _contains(expr: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match with the wildcards in ``text`` taken literally."""
    return contains_text(expr, like_pattern(text))


def _as_text(column: ColumnSpec) -> Any:
    return column.expr if column.kind == "text" else cast(column.expr, String)


def _term_condition(columns: Iterable[ColumnSpec], term: str) -> ColumnElement[bool]:
    alternatives: list[ColumnElement[bool]] = []
    folded = term.casefold()
    for column in columns:
        if column.kind == "enum":
            # search what users see: the labels, mapped back to stored values
            values = [value for value, label in (column.labels or dict)().items()
                      if folded in label.casefold() or folded in str(value).casefold()]
            if values:
                alternatives.append(column.expr.in_(values))
        else:
            alternatives.append(_contains(_as_text(column), term))
    return or_(false(), *alternatives)


def search_condition(spec: TableSpec, text: str,
                     probe: bool = False) -> ColumnElement[bool] | None:
    """The condition for the search box: every word must occur in some searchable column.

    This is a substring scan (``LIKE '%word%'``). A register that grows large adds an
    FTS5 trigram index and passes ``search_condition`` in its spec, which is asked first;
    trigrams need three characters, so that hook returns ``None`` for one- and two-character
    words and the scan below is the fallback.

    ``probe``: the condition for reading along a sort index (``spec.probe_condition`` when
    the register has one; see :class:`TableSpec`).
    """
    terms = text.split()
    if not terms:
        return None
    hook = spec.probe_condition if probe and spec.probe_condition else spec.search_condition
    if hook is not None:
        indexed = hook(text.strip())
        if indexed is not None:
            return indexed
    columns = [column for column in spec.columns if column.searchable]
    if not columns:
        return None
    return and_(true(), *(_term_condition(columns, term) for term in terms))


def filter_condition(column: ColumnSpec, condition: Any) -> ColumnElement[bool]:
    """The SQL condition for one column filter (see :class:`TableQuery`)."""
    op, value = "eq", condition
    if isinstance(condition, tuple) and len(condition) == 2 and condition[0] in FILTER_OPS:
        op, value = condition
    expr = column.expr
    if op == "eq":
        return expr.is_(None) if value is None else expr == value
    if op == "contains":
        return _contains(_as_text(column), str(value))
    if op == "in":
        values = list(value)
        return expr.in_(values) if values else false()
    low, high = value
    parts = []
    if low is not None:
        parts.append(expr >= low)
    if high is not None:
        parts.append(expr <= high)
    return and_(true(), *parts)


def _filtered(spec: TableSpec, query: TableQuery, probe: bool = False) -> Select[Any]:
    stmt = spec.base_select()
    if spec.deleted_column is not None and not query.include_deleted:
        stmt = stmt.where(spec.deleted_column.is_(None))
    for key, condition in query.filters.items():
        stmt = stmt.where(filter_condition(spec.column(key), condition))
    searched = search_condition(spec, query.search, probe)
    if searched is not None:
        stmt = stmt.where(searched)
    return stmt


def effective_sort(spec: TableSpec, query: TableQuery) -> tuple[tuple[str, str], ...]:
    """The sort in force: the query's, or the spec's default."""
    return tuple(query.sort) or spec.default_sort


def order_by(spec: TableSpec, query: TableQuery, scan: bool = False) -> list[Any]:
    """ORDER BY terms: the sort, then the row id so that windows of rows are stable.

    ``scan``: keep SQLite from walking the sort column's index (see :func:`window_statement`).
    """
    sort = effective_sort(spec, query)
    terms = []
    for key, direction in sort:
        column = spec.column(key)
        expr = column.expr if column.sort_expr is None else column.sort_expr
        if scan:
            expr = unindexed(expr)
        terms.append(expr.desc() if _check_direction(direction) == "desc" else expr.asc())
    last = sort[0][1] if sort else "asc"
    terms.append(spec.id_column.desc() if last == "desc" else spec.id_column.asc())
    return terms


def _row_columns(spec: TableSpec) -> list[Any]:
    return [spec.id_column.label(ROW_ID), *(column.expr.label(column.key)
                                            for column in spec.columns)]


def rows_statement(spec: TableSpec, query: TableQuery) -> Select[Any]:
    """``SELECT row id, every column ... WHERE ... ORDER BY ...``: all matching rows."""
    return (_filtered(spec, query)
            .with_only_columns(*_row_columns(spec), maintain_column_froms=True)
            .order_by(*order_by(spec, query)))


def prefer_scan(query: TableQuery, offset: int, limit: int, matching: int | None,
                few: int | None = None) -> bool:
    """Whether a searched window is found faster by reading the table than along the sort.

    Walking the sort index looks up about ``(offset + limit) * rows / matching`` rows one by
    one; a scan reads all rows in order, about four times cheaper a row. So a search that
    matches few rows (or a window deep in many) scans: 0.5 s instead of 2.2 s over a million
    rows for a search matching one (benchmarks/README.md). ``few``: a search matching no more
    rows than this is always read from its index (``TableSpec.count_limit``).
    """
    if not query.search.strip() or matching is None:
        return False
    if few is not None and matching <= few:
        return True
    return (offset + limit) * SCAN_RATIO > matching


def probes(spec: TableSpec, query: TableQuery, scan: bool) -> bool:
    """Whether a window not read by scanning tests each row with ``spec.probe_condition``."""
    return not scan and spec.probe_condition is not None and bool(query.search.strip())


def _walk_bound(spec: TableSpec, query: TableQuery, rows: int) -> ColumnElement[bool] | None:
    """Stop a walk along the first sort column's index ``rows`` rows on (``None`` when that
    column may be empty: rows without a value would be skipped)."""
    sort = effective_sort(spec, query)
    key, direction = sort[0] if sort else (None, "asc")
    expr = spec.column(key).expr if key is not None else spec.id_column
    if getattr(getattr(expr, "expression", expr), "nullable", True):
        return None
    plain = replace(query, search="")
    bound = (_filtered(spec, plain).with_only_columns(expr, maintain_column_froms=True)
             .order_by(*order_by(spec, plain)).offset(rows).limit(1).scalar_subquery())
    return expr >= bound if direction == "desc" else expr <= bound


def window_statement(spec: TableSpec, query: TableQuery, offset: int, limit: int,
                     matching: int | None = None, scan: bool | None = None) -> Select[Any]:
    """One window of matching rows: pick the window's ids first, then read only those rows.

    Skipping ``offset`` rows then costs a walk along an index on (sort column, id) over
    live rows, where reading whole rows would cost a table lookup per skipped row
    (0.4 s instead of 0.01 s at row 100,000; see benchmarks/README.md). ``matching`` is
    the query's row count when known, or more than ``spec.count_limit`` for "more than
    that" (see :func:`prefer_scan`; ``scan`` decides instead). A window walked along the
    sort index tests each row with ``spec.probe_condition`` and walks no further than
    :data:`PROBE_WALK` rows past ``offset``: a word common only late in the sort (a city
    starting a tenth of the names) comes up short there and is read from its index instead
    (see :func:`fetch_rows`).
    """
    terms = order_by(spec, query)
    if scan is None:
        scan = prefer_scan(query, offset, limit, matching, spec.count_limit)
    window = _filtered(spec, query, probe=not scan)
    if probes(spec, query, scan):
        bound = _walk_bound(spec, query, max(0, offset) + PROBE_WALK)
        if bound is not None:
            window = window.where(bound)
    window = (window.with_only_columns(spec.id_column.label("window_id"),
                                       maintain_column_froms=True)
              .order_by(*order_by(spec, query, scan)).offset(max(0, offset)).limit(max(0, limit))
              .subquery("id_window"))
    return (spec.base_select()
            .with_only_columns(*_row_columns(spec), maintain_column_froms=True)
            .join(window, spec.id_column == window.c.window_id)
            .order_by(*terms))


def count_statement(spec: TableSpec, query: TableQuery,
                    limit: int | None = None) -> Select[Any]:
    """``SELECT count(*)`` of the rows a query matches (of at most ``limit + 1``)."""
    inner = _filtered(spec, query).with_only_columns(spec.id_column,
                                                     maintain_column_froms=True)
    if limit is not None:
        inner = inner.limit(max(0, limit) + 1)
    return select(func.count()).select_from(inner.subquery())


# --- reading ------------------------------------------------------------------------------

def count_rows(db: Database, actor: Actor | None, spec: TableSpec, query: TableQuery,
               limit: int | None = None) -> int:
    """How many rows the query matches.

    ``limit``: count no further than ``limit + 1``; a result above ``limit`` means "more
    than ``limit``" (a register view passes its ``count_limit``: counting a million matches
    of one character would take a second).
    """
    require(actor, spec.permission)
    with db.uow(actor, readonly=True) as uow:
        return int(uow.session.execute(count_statement(spec, query, limit)).scalar_one())


def fetch_rows(db: Database, actor: Actor | None, spec: TableSpec, query: TableQuery,
               offset: int, limit: int, matching: int | None = None) -> list[dict[str, Any]]:
    """One window of matching rows in the query's sort, as plain dicts (with ``row_id``).

    ``matching``: the count of matching rows when the caller knows it (a hint for speed).
    """
    require(actor, spec.permission)
    scan = prefer_scan(query, offset, limit, matching, spec.count_limit)
    with db.uow(actor, readonly=True) as uow:
        rows = [dict(row._mapping) for row in uow.session.execute(
            window_statement(spec, query, offset, limit, matching, scan))]
        if len(rows) < limit and probes(spec, query, scan):  # the walk came up short
            rows = [dict(row._mapping) for row in uow.session.execute(
                window_statement(spec, query, offset, limit, matching, scan=True))]
        return rows


def export_rows(db: Database, actor: Actor | None, spec: TableSpec, query: TableQuery,
                batch_size: int = EXPORT_BATCH) -> Iterator[list[dict[str, Any]]]:
    """Every matching row in the query's sort, in batches, from one consistent snapshot."""
    require(actor, spec.permission)
    stmt = rows_statement(spec, query)
    with db.uow(actor, readonly=True) as uow:
        result = uow.session.execute(stmt, execution_options={"yield_per": batch_size})
        for part in result.partitions(batch_size):
            yield [dict(row._mapping) for row in part]


def export_view(db: Database, actor: Actor | None, spec: TableSpec, query: TableQuery,
                column_keys: list[str], path: Path, *, widths: Mapping[str, int] | None = None,
                title: str | None = None, progress: Progress | None = None) -> int:
    """Write the rows and columns a view shows, in its order and sort, to an .xlsx file.

    Returns the number of rows written. ``column_keys`` are the visible columns in the
    order shown; ``widths`` their widths on screen in pixels.
    """
    from jianguan_desktop.io.excel_export import SheetColumn, write_xlsx

    total = count_rows(db, actor, spec, query)
    columns = []
    for key in column_keys:
        column = spec.column(key)
        columns.append(SheetColumn(
            key=key, header=column.header(), kind=column.kind,
            width_px=(widths or {}).get(key, column.width),
            labels=dict(column.labels()) if column.labels else None))
    batches = export_rows(db, actor, spec, query)
    try:
        return write_xlsx(path, columns, batches, total=total, title=title, progress=progress)
    finally:
        batches.close()


# --- showing values -----------------------------------------------------------------------

def local_time(value: datetime) -> datetime:
    """A stored timestamp (UTC) in the computer's local time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def display_text(column: ColumnSpec, value: Any) -> str:
    """How a value is shown in a table cell: 2026-11-21, local 2026-11-21 14:05, 1,234.50, 是."""
    if value is None:
        return ""
    kind = column.kind
    if kind == "enum":
        return column.label(value)
    if kind == "bool":
        return tr("Yes") if value else tr("No")
    if kind == "date" and isinstance(value, date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if kind == "datetime" and isinstance(value, datetime):
        return local_time(value).strftime("%Y-%m-%d %H:%M")
    if kind == "decimal":
        try:
            return format(Decimal(str(value)), ",.2f")
        except InvalidOperation:
            return str(value)
    if kind == "text":
        return " ".join(str(value).splitlines())
    return str(value)
