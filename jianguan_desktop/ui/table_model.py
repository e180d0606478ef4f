"""A table model over a register view that never loads all rows: pages on demand, SQL sort.

Like Anki's browser model: the row count comes from one ``count(*)``, rows arrive in pages
of 200 into a small LRU cache when the view paints them, and edits mark the cache stale. A
register with a ``count_limit`` is counted no further than that: the view then lists that many
rows, says "more than", and counts ten times further each time it is scrolled to the end.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import UserError
from jianguan_desktop.services.tables import (
    NUMERIC_KINDS,
    ROW_ID,
    TableQuery,
    TableSpec,
    count_rows,
    display_text,
    fetch_rows,
)

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (text)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored value (date, Decimal, ...)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole row as a dict

PAGE_SIZE = 200
CACHED_PAGES = 25
COUNT_GROWTH = 10  # scrolled to the end of a capped count: count this many times further

Index = QModelIndex | QPersistentModelIndex
RowColour = Callable[[dict[str, Any]], QColor | None]  # a row's background, from its values
CellTip = Callable[[str, dict[str, Any]], str | None]  # a cell's tooltip: column key, row


class RegisterTableModel(QAbstractTableModel):
    """Rows of a :class:`TableSpec` for a ``QTableView``; every column of the spec, in order."""

    count_changed = Signal(int)
    query_failed = Signal(object)  # a UserError while counting or fetching

    def __init__(self, db: Database, actor: Actor, spec: TableSpec,
                 query: TableQuery | None = None, page_size: int = PAGE_SIZE,
                 cached_pages: int = CACHED_PAGES, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.spec = spec
        self.page_size = page_size
        self.cached_pages = cached_pages
        self._query = query or TableQuery()
        self._count: int | None = None  # rows listed
        self._matching: int | None = None  # as counted: above the limit means "more than"
        self._count_limit = spec.count_limit
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.pages_fetched = 0  # how many windows were read (tests check that few are)
        self.row_colour: RowColour | None = None
        self.cell_tip: CellTip | None = None

    def set_row_hooks(self, colour: RowColour | None = None, tip: CellTip | None = None
                      ) -> None:
        """Let the page colour rows (e.g. by a due date) and explain cells in tooltips;
        both are asked only for rows being shown."""
        self.row_colour = colour
        self.cell_tip = tip
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- what is asked --------------------------------------------------------------------

    @property
    def query(self) -> TableQuery:
        """The search, filters and sort in force."""
        return self._query

    def set_query(self, query: TableQuery) -> None:
        """Ask again (new search, filter or sort): the rows are counted and read afresh."""
        if query == self._query:
            return
        same_rows = replace(query, sort=()) == replace(self._query, sort=())
        self._query = query
        self.reload(keep_count=same_rows)  # a new sort does not change how many rows match

    def set_search(self, text: str) -> None:
        """Search the searchable columns for every word of ``text``."""
        if text.strip() != self._query.search.strip():
            self.set_query(replace(self._query, search=text.strip()))

    def set_filter(self, key: str, condition: Any) -> None:
        """Filter a column (see ``TableQuery.filters``); ``None`` removes the filter."""
        filters = dict(self._query.filters)
        if condition is None:
            filters.pop(key, None)
        else:
            filters[key] = condition
        self.set_query(replace(self._query, filters=filters))

    def set_sort(self, sort: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        """Sort by columns (``[(key, "asc"|"desc"), ...]``; empty: the view's default)."""
        self.set_query(replace(self._query, sort=tuple(sort)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Clicking a header sorts in SQL (column -1: the view's default order)."""
        if column < 0 or column >= len(self.spec.columns):
            self.set_sort(())
            return
        direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        self.set_sort([(self.spec.columns[column].key, direction)])

    # --- reading --------------------------------------------------------------------------

    def reload(self, keep_count: bool = False) -> None:
        """Throw away every cached row (and the count, unless kept), and tell the view."""
        self.beginResetModel()
        self._pages.clear()
        if not keep_count:
            self._count = self._matching = None
            self._count_limit = self.spec.count_limit
        self.endResetModel()
        self.count_changed.emit(self.rowCount())

    def invalidate(self) -> None:
        """After an edit: rows are read again when next shown; the view keeps its place."""
        old = self._count or 0
        self._pages.clear()
        self._count = self._matching = None
        new = self.rowCount()
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self.endRemoveRows()
        if new:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(new - 1, self.columnCount() - 1))
        self.count_changed.emit(new)

    def _failed(self, error: UserError) -> None:
        # tell the window after the current paint, not in the middle of it
        QTimer.singleShot(0, lambda: self.query_failed.emit(error))

    def total(self) -> int:
        """How many rows are listed: all that match (counted once per query), or the count
        limit when more match (see :attr:`count_capped`)."""
        if self._count is None:
            limit = self._count_limit
            try:
                self._matching = count_rows(self.db, self.actor, self.spec, self._query, limit)
            except UserError as error:
                self._matching = 0
                self._failed(error)
            self._count = self._matching if limit is None else min(self._matching, limit)
        return self._count

    @property
    def count_capped(self) -> bool:
        """Whether more rows match than are listed (the count stopped at its limit)."""
        total = self.total()
        return self._matching is not None and self._matching > total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's
        """Qt asks when the view is scrolled to the end: more rows match than are listed."""
        return not parent.isValid() and self.count_capped

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's
        """List more of a capped count: count ten times further, add the rows found."""
        if not self.canFetchMore(parent) or self._count_limit is None:
            return
        old = self.total()
        self._count_limit *= COUNT_GROWTH
        self._count = None
        new = self.total()
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self.endInsertRows()
        self.count_changed.emit(new)

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        self.total()  # the count (a hint for how to read the page)
        try:
            page = fetch_rows(self.db, self.actor, self.spec, self._query,
                              number * self.page_size, self.page_size, matching=self._matching)
        except UserError as error:
            page = []
            self._failed(error)
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > self.cached_pages:
            self._pages.popitem(last=False)
        return page

    def row(self, row: int) -> dict[str, Any] | None:
        """The row at a position (read from the database if not cached)."""
        if row < 0 or row >= self.total():
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def row_id(self, row: int) -> str | None:
        """The record id at a position."""
        found = self.row(row)
        return None if found is None else str(found[ROW_ID])

    @property
    def cached_rows(self) -> int:
        """How many rows are held in memory right now."""
        return sum(len(page) for page in self._pages.values())

    # --- Qt's interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in NUMERIC_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ID_ROLE,
                        SORT_ROLE, ROW_ROLE, Qt.ItemDataRole.BackgroundRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if self.row_colour is None else self.row_colour(row)
        if role == ROW_ID_ROLE:
            return str(row[ROW_ID])
        if role == SORT_ROLE:
            return row.get(column.key)
        if role == ROW_ROLE:
            return dict(row)
        text = display_text(column, row.get(column.key))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = None if self.cell_tip is None else self.cell_tip(column.key, row)
            if tip:
                return tip
            return text if column.kind == "text" and len(text) > 20 else None
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.spec.columns[section].header()
        return None
