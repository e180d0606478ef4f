"""The main window: navigation on the left, the chosen page on the right, the status bar below.

Pages come from the registry in :mod:`jianguan_desktop.ui.pages` (nothing is listed here)
and are made the first time they are opened. The menus back up and restore the database
through the background helper.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import backup
from jianguan_desktop.services.first_steps import may_keep_tour
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.ui.about_dialog import AboutDialog
from jianguan_desktop.ui.background import BackgroundTask, run_in_background, running_tasks
from jianguan_desktop.ui.home import show_first_steps
from jianguan_desktop.ui.login_dialog import ChangePasswordDialog
from jianguan_desktop.ui.pages import AppContext, PageInfo, get_page, grouped, pages_for
from jianguan_desktop.ui.widgets import confirm, help_label, inform, local_time

KEY_ROLE = Qt.ItemDataRole.UserRole


def app_title() -> str:
    """The program's name as users know it."""
    return tr("Supervision registers for public-resource trading")


class MainWindow(QMainWindow):
    """The window a logged-in user works in.

    ``relogin`` is set when the window closed because the database was restored and
    the user must log in again (the application then shows the login dialog anew).
    """

    page_shown = Signal(str)

    def __init__(self, database: Database, actor: Actor, office: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = AppContext(database=database, actor=actor, office=office,
                                  show_page=self.show_page, page_widget=self.page_widget)
        self.relogin = False
        self._pages: dict[str, QWidget] = {}
        office_name = getattr(office, "name", "")
        self.setWindowTitle(f"{app_title()} — {office_name}" if office_name else app_title())

        self.navigation = QTreeWidget()
        self.navigation.setHeaderHidden(True)
        self.navigation.setMinimumWidth(180)
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.currentItemChanged.connect(self._navigation_changed)
        self.stack = QStackedWidget()

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1000])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_status_bar()
        self._fill_navigation()
        self._build_menus()
        self.resize(1280, 800)
        first = next(iter(self._items), None)
        if first is not None:
            self.show_page(first)

    # -- navigation ---------------------------------------------------------------------

    def _fill_navigation(self) -> None:
        self._items: dict[str, QTreeWidgetItem] = {}
        for group, pages in grouped(pages_for(self.context.actor, self.context)):
            group_item = QTreeWidgetItem([group])
            font = QFont(group_item.font(0))
            font.setBold(True)
            group_item.setFont(0, font)
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.navigation.addTopLevelItem(group_item)
            for page in pages:
                item = QTreeWidgetItem([page.title()])
                item.setData(0, KEY_ROLE, page.key)
                group_item.addChild(item)
                self._items[page.key] = item
        self.navigation.expandAll()

    def page_keys(self) -> list[str]:
        """The pages the navigation offers, in order."""
        return list(self._items)

    def navigation_groups(self) -> list[str]:
        """The group titles the navigation shows, in order."""
        return [self.navigation.topLevelItem(index).text(0)
                for index in range(self.navigation.topLevelItemCount())]

    def _navigation_changed(self, current: QTreeWidgetItem | None,
                            _previous: QTreeWidgetItem | None) -> None:
        key = current.data(0, KEY_ROLE) if current is not None else None
        if key:
            self.show_page(str(key))

    def show_page(self, key: str) -> bool:
        """Open a page by key (made on first use); ``False`` if this user has no such page."""
        item = self._items.get(key)
        page = get_page(key)
        if item is None or page is None:
            return False
        widget = self._pages.get(key)
        if widget is None:
            widget = self._make_page(page)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if self.navigation.currentItem() is not item:
            self.navigation.setCurrentItem(item)
        self.page_shown.emit(key)
        return True

    def current_page(self) -> QWidget | None:
        """The page on show."""
        return self.stack.currentWidget()

    def page_widget(self, key: str) -> QWidget | None:
        """A page's widget if it has been made."""
        return self._pages.get(key)

    def _make_page(self, page: PageInfo) -> QWidget:
        try:
            return page.factory(self.context)
        except UserError as error:  # e.g. the role lost a permission meanwhile
            holder = QWidget()
            layout = QVBoxLayout(holder)
            label = help_label(str(error))
            layout.addWidget(label)
            layout.addStretch(1)
            return holder

    # -- status bar and menus -----------------------------------------------------------

    def _build_status_bar(self) -> None:
        office = self.context.office
        actor = self.context.actor
        if office is not None:
            office_text = tr("Office: {name} ({code}, {mode})").format(
                name=office.name, code=office.code, mode=office.mode_label)
        else:
            office_text = tr("Office: not set up")
        user_text = tr("User: {name} ({role})").format(
            name=actor.display_name or actor.username, role=actor.role.label)
        database_text = tr("Database: {location}").format(
            location=self.context.database.location)
        self.office_label = QLabel(office_text)
        self.user_label = QLabel(user_text)
        self.database_label = QLabel(database_text)
        self.database_label.setToolTip(self.context.database.location)
        for label in (self.office_label, self.user_label, self.database_label):
            label.setContentsMargins(6, 0, 18, 0)
        bar = self.statusBar()
        bar.addWidget(self.office_label)
        bar.addWidget(self.user_label)
        bar.addWidget(self.database_label, 1)

    def status_texts(self) -> list[str]:
        """What the status bar says: office, user, database."""
        return [self.office_label.text(), self.user_label.text(), self.database_label.text()]

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        actor = self.context.actor
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(tr("&File"))
        self.backup_action = self._action(tr("Back up the database"), self.back_up)
        self.restore_action = self._action(tr("Restore from a backup…"), self.restore)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(actor.can(Permission.MANAGE_BACKUPS))
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("Quit"), self.close,
                                         QKeySequence(QKeySequence.StandardKey.Quit)))

        system_menu = menu_bar.addMenu(tr("&System"))
        for key, text in (("users", tr("User management")), ("audit", tr("Audit log")),
                          ("settings", tr("Settings"))):
            action = self._action(text, lambda _checked=False, key=key: self.show_page(key))
            action.setVisible(key in self._items)
            system_menu.addAction(action)
        system_menu.addAction(self._action(tr("Change password…"), self.change_password))

        help_menu = menu_bar.addMenu(tr("&Help"))
        self.first_steps_action = self._action(tr("Getting started"),
                                               lambda: show_first_steps(self.context))
        self.first_steps_action.setVisible(may_keep_tour(actor) and "home" in self._items)
        help_menu.addAction(self.first_steps_action)
        help_menu.addAction(self._action(tr("About"), self.about))

    # -- actions ------------------------------------------------------------------------

    def change_password(self) -> None:
        """Let the user choose a new password."""
        dialog = ChangePasswordDialog(self.context.database, self.context.actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            inform(self, tr("Change password"), tr("Your password has been changed."))

    def back_up(self) -> BackgroundTask:
        """Copy the database into the backup folder, off the GUI thread."""
        database, actor = self.context.database, self.context.actor

        def job(progress: Progress) -> backup.BackupInfo:
            return backup.create_backup(database, backup.MANUAL_REASON, actor)

        def done(info: backup.BackupInfo) -> None:
            inform(self, tr("Back up the database"),
                   tr("The database has been backed up to\n{path}").format(path=info.path))

        return run_in_background(self, tr("Backing up the database…"), job, done)

    def restore(self) -> None:
        """Choose a backup and, after confirmation, put it in place of the database."""
        dialog = RestoreDialog(self.context.database, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if confirm(self, tr("Restore from a backup"),
                   tr("The database will be replaced by the backup\n{path}\n\nThe current "
                      "file is kept beside it, so nothing is lost. Afterwards you must log in "
                      "again. Restore now?").format(path=dialog.chosen)):
            self.restore_from(dialog.chosen)

    def restore_from(self, chosen: Path) -> BackgroundTask:
        """Replace the database with a backup off the GUI thread; then everyone logs in again."""
        database = self.context.database
        url, username = database.url, self.context.actor.username
        database.dispose()

        def job(progress: Progress) -> backup.RestoreResult:
            return backup.restore_backup(url, chosen, username)

        def done(result: backup.RestoreResult) -> None:
            database.dispose()
            database.forget_office()
            kept = result.kept_file or tr("(none)")
            inform(None, tr("Restore from a backup"),
                   tr("The backup has been restored. The file it replaced was kept as\n{path}"
                      "\n\nPlease log in again.").format(path=kept))
            self.relogin = True
            self.close()

        return run_in_background(self, tr("Restoring the backup…"), job, done)

    def about(self) -> AboutDialog:
        """Name, version, the database and its revision, the office, the fonts and licences."""
        dialog = AboutDialog(self.context.database, self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        busy = [task for task in running_tasks() if not task.done]
        if busy:
            QMessageBox.information(self, app_title(), tr(
                "“{job}” is still running. Wait until it has finished, or cancel it, and then "
                "quit.").format(job=busy[0].title))
            event.ignore()
            return
        for widget in self._pages.values():
            widget.close()
        super().closeEvent(event)


def size_text(size: int) -> str:
    """A file size in KB or MB (unit symbols, the same in every language)."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class RestoreDialog(QDialog):
    """Choose one of the database's backups, or another backup file."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(tr("Restore from a backup"))
        self.resize(720, 420)
        try:
            self.backups = sorted(backup.list_backups(database),
                                  key=lambda info: info.created_at, reverse=True)
        except UserError as error:
            self.backups = []
            QMessageBox.warning(self, tr("Restore from a backup"), str(error))
        self.table = QTableWidget(len(self.backups), 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Made at"), tr("Why"), tr("Size"), tr("Database version")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            cells = [local_time(info.created_at), backup.reason_label(info.reason),
                     size_text(info.size), info.revision or ""]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)

        explanation = help_label(
            tr("Backups are made automatically when you quit and before every upgrade; the "
               "newest is at the top. Choose one and click Restore."))
        if not self.backups:
            explanation.setText(tr("There are no backups of this database yet. You can still "
                                   "choose a backup file with “Other file…”."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.backups))
        other = QPushButton(tr("Other file…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._choose_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose a backup file"), "", tr("Database backups (*.db *.sqlite *.bak);;"
                                                     "All files (*)"))
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        """Take the selected backup."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = Path(self.backups[rows[0].row()].path)
            super().accept()
