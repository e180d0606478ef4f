"""The register view every register page uses: search, filters, columns, export, row count.

Built from a :class:`~jianguan_desktop.services.tables.TableSpec`; rows come in pages from
:class:`RegisterTableModel`; each user's widths, hidden columns, order and sort are remembered.
A register without records says, in place of the empty grid, what it is for and what to do
first (the spec's ``empty_text``, with the page's main buttons); a search that matches nothing
says so, with a button that clears it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.city_view import view_spec
from jianguan_desktop.services.preferences import (
    TableLayout,
    get_table_layout,
    save_table_layout,
)
from jianguan_desktop.services.tables import (
    TableQuery,
    TableSpec,
    effective_sort,
    export_view,
    get_table,
)
from jianguan_desktop.ui.background import BackgroundTask, run_in_background
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.print_preview import show_list_preview
from jianguan_desktop.ui.table_model import RegisterTableModel
from jianguan_desktop.ui.widgets import (
    HELP_STYLE,
    ask_save_path,
    confirm,
    remember_folder,
    remembered_folder,
    safe_file_name,
)

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

SEARCH_DELAY_MS = 300
LAYOUT_SAVE_DELAY_MS = 500
EXPORT_FOLDER_KEY = "export.folder"
LARGE_PRINT_ROWS = 2000  # more than this many rows: ask before printing them all


class RegisterView(QWidget):
    """A register's table with its toolbar; ``record_activated(id)`` on double-click or Enter."""

    record_activated = Signal(str)

    def __init__(self, db: Database, actor: Actor, spec: TableSpec | str,
                 parent: QWidget | None = None, *, exportable: bool = True) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        # at the city, with the 所属单位 column and its filter (services.city_view)
        self.spec = view_spec(db, actor, get_table(spec) if isinstance(spec, str) else spec)
        self.export_task: BackgroundTask | None = None
        self.print_task: BackgroundTask | None = None
        self._dirty_layout: set[str] = set()
        self._filter_boxes: dict[str, QComboBox] = {}
        self._failed = False  # the last query failed: its message is on show

        layout_prefs = self._load_layout()
        sort = [(key, d) for key, d in layout_prefs.sort if self.spec.has_column(key)]
        self.model = RegisterTableModel(
            db, actor, self.spec, TableQuery(sort=tuple(sort) or self.spec.default_sort),
            parent=self)

        self._build_toolbar(exportable)
        self._build_table()
        self._apply_layout(layout_prefs)

        self._build_empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        main = QVBoxLayout(self)
        main.setContentsMargins(0, 0, 0, 0)
        main.addLayout(self.toolbar)
        main.addWidget(self.stack, 1)
        main.addWidget(self.status_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(LAYOUT_SAVE_DELAY_MS)
        self._layout_timer.timeout.connect(self.save_layout)

        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self.apply_search)
        self.model.count_changed.connect(self._count_changed)
        self.model.query_failed.connect(self._query_failed)
        header = self.table.horizontalHeader()
        header.sectionResized.connect(self._section_resized)
        header.sectionMoved.connect(lambda *_: self._layout_changed("order"))
        header.sortIndicatorChanged.connect(lambda *_: self._layout_changed("sort"))
        self._count_changed(self.model.rowCount())

    # --- building -------------------------------------------------------------------------

    def _build_toolbar(self, exportable: bool) -> None:
        self.toolbar = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search: type any words"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(220)
        self.toolbar.addWidget(self.search_box, 2)
        for column in self.spec.columns:
            if column.kind != "enum" or column.labels is None:
                continue
            box = QComboBox()
            box.addItem(tr("All: {column}").format(column=column.header()), None)
            for value, label in column.labels().items():
                box.addItem(label, value)
            box.currentIndexChanged.connect(
                lambda _i, key=column.key, combo=box: self._filter_changed(key, combo))
            self._filter_boxes[column.key] = box
            self.toolbar.addWidget(box)
        self.toolbar.addStretch(1)
        self.count_label = QLabel()
        self.toolbar.addWidget(self.count_label)
        self.columns_button = QToolButton()
        self.columns_button.setText(tr("Columns"))
        self.columns_button.setToolTip(tr("Choose the columns to show"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(QMenu(self.columns_button))
        self.columns_button.menu().aboutToShow.connect(
            lambda: self._fill_columns_menu(self.columns_button.menu()))
        self.toolbar.addWidget(self.columns_button)
        self.export_button = QPushButton(tr("Export to Excel"))
        self.export_button.setToolTip(tr("Save the rows and columns shown here as an .xlsx file"))
        self.export_button.clicked.connect(self.export_clicked)
        self.export_button.setVisible(exportable)
        self.toolbar.addWidget(self.export_button)
        self.print_button = QPushButton(tr("Print"))
        self.print_button.setToolTip(tr("Preview and print the rows and columns shown here as "
                                        "a list"))
        self.print_button.clicked.connect(self.print_clicked)
        self.print_button.setVisible(exportable)
        self.toolbar.addWidget(self.print_button)

    def _build_empty_state(self) -> None:
        """What stands in place of the grid while it has no rows: a message and buttons."""
        self.empty_state = QWidget()
        self.empty_state.setObjectName("emptyState")
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(HELP_STYLE)
        font = QFont(self.empty_label.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.empty_label.setFont(font)
        self.clear_button = QPushButton(tr("Clear the search and filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_search_and_filters)
        self.clear_button.hide()
        self._empty_actions: list[tuple[QPushButton, QPushButton]] = []  # (shown, original)
        self.empty_buttons = QHBoxLayout()
        self.empty_buttons.addStretch(1)
        self.empty_buttons.addWidget(self.clear_button)
        self.empty_buttons.addStretch(1)
        column = QVBoxLayout(self.empty_state)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(14)
        message = QHBoxLayout()  # the message in the middle third: lines short enough to read
        message.addStretch(1)
        message.addWidget(self.empty_label, 3)
        message.addStretch(1)
        column.addStretch(1)
        column.addLayout(message)
        column.addLayout(self.empty_buttons)
        column.addStretch(2)

    def set_empty_actions(self, buttons: Sequence[QPushButton]) -> None:
        """The page's main buttons (「新建」, 「导入」…), offered again under the message of an
        empty register; each does what its original does and is shown only while the
        original is offered to this user."""
        for shown, _original in self._empty_actions:
            self.empty_buttons.removeWidget(shown)
            shown.deleteLater()
        self._empty_actions = []
        for position, original in enumerate(buttons, start=1):
            shown = QPushButton(original.text())
            shown.setAutoDefault(False)
            shown.setToolTip(original.toolTip())
            shown.clicked.connect(original.click)
            self.empty_buttons.insertWidget(position, shown)
            self._empty_actions.append((shown, original))
        self._sync_empty_actions()

    def empty_action_texts(self) -> list[str]:
        """The texts of the buttons offered under the message of an empty register."""
        return [shown.text() for shown, _original in self._empty_actions
                if not shown.isHidden()]

    def _sync_empty_actions(self) -> None:
        offered = not self._is_narrowed() and self.model.rowCount() == 0 and not self._failed
        for shown, original in self._empty_actions:
            shown.setText(original.text())
            shown.setVisible(offered and not original.isHidden())
            shown.setEnabled(original.isEnabled())

    def showing_empty_state(self) -> bool:
        """Whether the message stands in place of the grid."""
        return self.stack.currentWidget() is self.empty_state

    def clear_search_and_filters(self) -> None:
        """Back to every record: the search box emptied, each filter on 「全部」."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        for box in self._filter_boxes.values():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._search_timer.stop()
        query = self.model.query  # a filter the page set itself (e.g. the plan shown) stays
        filters = {key: value for key, value in query.filters.items()
                   if key not in self._filter_boxes}
        self.model.set_query(replace(query, search="", filters=filters))

    def _build_table(self) -> None:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: no row is measured
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu().popup(header.mapToGlobal(pos)))
        table.doubleClicked.connect(lambda index: self._activate(index.row()))
        table.installEventFilter(self)
        self.table = table

    # --- the user's layout ----------------------------------------------------------------

    def _load_layout(self) -> TableLayout:
        try:
            return get_table_layout(self.db, self.actor, self.spec.key)
        except UserError:
            return TableLayout()

    def _apply_layout(self, prefs: TableLayout) -> None:
        header = self.table.horizontalHeader()
        keys = [column.key for column in self.spec.columns]
        hidden = prefs.hidden if prefs.hidden is not None else [
            column.key for column in self.spec.columns if not column.visible]
        for logical, column in enumerate(self.spec.columns):
            header.resizeSection(logical, prefs.widths.get(column.key, column.width))
            header.setSectionHidden(logical, column.key in hidden)
        if all(header.isSectionHidden(i) for i in range(len(keys))):
            header.setSectionHidden(0, False)
        order = [key for key in prefs.order if key in keys]
        for visual, key in enumerate(order):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        sort = effective_sort(self.spec, self.model.query)
        if sort:
            order_flag = (Qt.SortOrder.DescendingOrder if sort[0][1] == "desc"
                          else Qt.SortOrder.AscendingOrder)
            header.setSortIndicator(keys.index(sort[0][0]), order_flag)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)

    def _section_resized(self, _logical: int, _old: int, new: int) -> None:
        if new > 0:  # hiding a column "resizes" it to 0
            self._layout_changed("widths")

    def _layout_changed(self, part: str) -> None:
        self._dirty_layout.add(part)
        self._layout_timer.start()

    def column_widths(self) -> dict[str, int]:
        """Widths on screen of every column (hidden ones keep their last width)."""
        header = self.table.horizontalHeader()
        widths = {}
        for logical, column in enumerate(self.spec.columns):
            size = header.sectionSize(logical)
            widths[column.key] = size if size > 0 else column.width
        return widths

    def visible_column_keys(self) -> list[str]:
        """Keys of the shown columns, in the order shown."""
        header = self.table.horizontalHeader()
        keys = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                keys.append(self.spec.columns[logical].key)
        return keys

    def hidden_column_keys(self) -> list[str]:
        """Keys of the columns the user hid."""
        header = self.table.horizontalHeader()
        return [column.key for logical, column in enumerate(self.spec.columns)
                if header.isSectionHidden(logical)]

    def column_order(self) -> list[str]:
        """Keys of every column in the order shown (hidden ones included)."""
        header = self.table.horizontalHeader()
        return [self.spec.columns[header.logicalIndex(v)].key for v in range(header.count())]

    def save_layout(self) -> None:
        """Remember what the user changed (widths, hidden columns, order, sort) for them."""
        self._layout_timer.stop()
        parts, self._dirty_layout = self._dirty_layout, set()
        if not parts:
            return
        try:
            save_table_layout(
                self.db, self.actor, self.spec.key,
                widths=self.column_widths() if "widths" in parts else None,
                hidden=self.hidden_column_keys() if "hidden" in parts else None,
                order=self.column_order() if "order" in parts else None,
                sort=list(self.model.query.sort) if "sort" in parts else None)
        except UserError as error:
            self.show_status(str(error))

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        """Show or hide a column (at least one column stays shown)."""
        logical = [column.key for column in self.spec.columns].index(key)
        header = self.table.horizontalHeader()
        if hidden and len(self.visible_column_keys()) <= 1:
            return
        header.setSectionHidden(logical, hidden)
        if not hidden and header.sectionSize(logical) < header.minimumSectionSize():
            header.resizeSection(logical, self.spec.column(key).width)
        self._layout_changed("hidden")

    def restore_default_columns(self) -> None:
        """Back to the register's own columns, order and widths."""
        header = self.table.horizontalHeader()
        for logical, column in enumerate(self.spec.columns):
            header.moveSection(header.visualIndex(logical), logical)
            header.setSectionHidden(logical, not column.visible)
            header.resizeSection(logical, column.width)
        self._dirty_layout |= {"widths", "hidden", "order"}
        self.save_layout()

    def columns_menu(self) -> QMenu:
        """The column chooser: one checkbox per column (header context menu and toolbar)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill_columns_menu(menu)
        return menu

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        visible = self.visible_column_keys()
        for column in self.spec.columns:
            action = menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(column.key in visible)
            action.setData(column.key)
            action.setEnabled(not (column.key in visible and len(visible) == 1))
            action.toggled.connect(
                lambda checked, key=column.key: self.set_column_hidden(key, not checked))
        menu.addSeparator()
        menu.addAction(tr("Restore the default columns"), self.restore_default_columns)

    # --- search, filter, count ------------------------------------------------------------

    def apply_search(self) -> None:
        """Search now (typing searches by itself after a short pause)."""
        self._search_timer.stop()
        self.model.set_search(self.search_box.text())

    def _filter_changed(self, key: str, box: QComboBox) -> None:
        value = box.currentData()
        self.model.set_filter(key, value)

    def filter_box(self, key: str) -> QComboBox:
        """The filter drop-down of an enum column."""
        return self._filter_boxes[key]

    def _is_narrowed(self) -> bool:
        query = self.model.query
        return bool(query.search.strip() or query.filters)

    def _user_narrowed(self) -> bool:
        """Whether the user's own search or filter boxes narrow the list (what the clear
        button undoes)."""
        query = self.model.query
        return bool(query.search.strip()
                    or any(key in self._filter_boxes for key in query.filters))

    def _count_changed(self, count: int) -> None:
        if self.model.count_capped:  # a search matching very many is counted so far only
            text = tr("More than {count} records").format(count=f"{count:,}")
        else:
            text = tr("{count} records").format(count=f"{count:,}")
        self.count_label.setText(text)
        self._failed = False
        if count:
            self.stack.setCurrentWidget(self.table)
            return
        narrowed = self._is_narrowed()
        if narrowed:
            text = tr("No records match the search or filter.")
        elif self.spec.empty_text is not None:
            text = self.spec.empty_text()
        else:
            text = tr("No records yet.")
        self.empty_label.setText(text)
        self.clear_button.setVisible(narrowed and self._user_narrowed())
        self._sync_empty_actions()
        self.stack.setCurrentWidget(self.empty_state)

    def _query_failed(self, error: UserError) -> None:
        self._failed = True
        self.empty_label.setText(str(error))
        self.clear_button.hide()
        self._sync_empty_actions()
        self.stack.setCurrentWidget(self.empty_state)

    def show_status(self, text: str) -> None:
        """A line under the table (export done, cancelled, a failure to remember a layout)."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # --- rows -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """After an edit: read rows again, keeping the place in the list."""
        self.model.invalidate()

    def current_id(self) -> str | None:
        """The id of the record under the cursor."""
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """Ids of the selected records, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [row_id for row in rows if (row_id := self.model.row_id(row)) is not None]

    def _activate(self, row: int) -> None:
        row_id = self.model.row_id(row)
        if row_id is not None:
            self.record_activated.emit(row_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.table.currentIndex().isValid()):
            self._activate(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._sync_empty_actions()  # the page may have enabled or hidden its buttons since

    def hideEvent(self, event: Any) -> None:
        self.save_layout()  # leaving the page: keep what the user arranged
        super().hideEvent(event)

    # --- export ---------------------------------------------------------------------------

    def ask_export_path(self) -> Path | None:
        """Ask where to save the workbook (``None``: the user cancelled)."""
        name = safe_file_name(f"{self.spec.title()}-{date.today():%Y%m%d}.xlsx")
        return ask_save_path(self, tr("Export to Excel"),
                             remembered_folder(self.db, self.actor, EXPORT_FOLDER_KEY) / name,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")

    def export_clicked(self) -> None:
        """Ask for a file, then export what the view shows in the background."""
        path = self.ask_export_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path, title: str | None = None) -> BackgroundTask:
        """Export the shown columns and rows, in the shown order and sort, to ``path``."""
        db, actor, spec = self.db, self.actor, self.spec
        query = replace(self.model.query)
        keys = self.visible_column_keys()
        widths = self.column_widths()

        def job(progress: Any) -> int:  # runs off the GUI thread: no widgets here
            return export_view(db, actor, spec, query, keys, path, widths=widths, title=title,
                               progress=progress)

        def done(count: int) -> None:
            self.show_status(tr("Exported {count} records to {path}")
                             .format(count=f"{count:,}", path=path))
            remember_folder(db, actor, EXPORT_FOLDER_KEY, path.parent)

        def cancelled() -> None:
            self.show_status(tr("Export cancelled; no file was saved."))

        self.export_button.setEnabled(False)
        self.show_status("")
        task = run_in_background(self, tr("Export to Excel"), job, done,
                                 on_cancelled=cancelled)
        task.finished.connect(self._export_over)
        self.export_task = task
        return task

    def _export_over(self) -> None:
        self.export_button.setEnabled(True)

    # --- printing -------------------------------------------------------------------------

    def print_clicked(self) -> None:
        """Preview the view as a printed list; a long list is printed only after asking."""
        count = self.model.rowCount()
        if count > LARGE_PRINT_ROWS and not confirm(
                self, tr("Print"),
                tr("The list holds {count} records and will run to many pages. Narrow it with "
                   "the search or the filters first, or print all of them?").format(
                       count=f"{count:,}")):
            return
        self.print_preview()

    def print_preview(self) -> BackgroundTask:
        """Render the shown columns and rows, in the shown sort, and open the print preview."""
        self.print_button.setEnabled(False)
        task = show_list_preview(self, AppContext(self.db, self.actor), self.spec.key,
                                 replace(self.model.query), self.visible_column_keys())
        task.finished.connect(lambda: self.print_button.setEnabled(True))
        self.print_task = task
        return task
