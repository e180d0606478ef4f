"""The home page: the first-steps panel of a new office, what is due (overdue in red), and tips.

Due items come from :func:`jianguan_desktop.services.due.due_items`; the 「开始使用」 panel
(:mod:`jianguan_desktop.ui.first_steps_panel`) lists what to do first, until it is hidden.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.due import DueItem, due_items, due_providers
from jianguan_desktop.ui.first_steps_panel import FirstStepsPanel
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.registers.warnings import WarningsSummary
from jianguan_desktop.ui.widgets import heading_label

OVERDUE_COLOUR = QColor("#b00020")


def days_text(item: DueItem) -> str:
    """「已逾期 3 天」, 「今天到期」 or 「还剩 5 天」."""
    if item.overdue:
        return tr("{days} days overdue").format(days=-item.days_left)
    if item.days_left == 0:
        return tr("Due today")
    return tr("{days} days left").format(days=item.days_left)


def first_steps(context: AppContext, tour_shown: bool = False) -> list[str]:
    """Tips worth knowing, as rich-text lines (links open pages); adding users is left out
    while the 「开始使用」 panel shows it as a step."""
    actor = context.actor
    steps = [tr("<b>Check the office:</b> the status bar at the bottom of the window shows "
                "your office's name and code. If they are wrong, ask the administrator.")]
    if actor.can(Permission.MANAGE_USERS) and not tour_shown:
        steps.append(tr("<b>Add users:</b> give each colleague an account of his own under "
                        "<a href=\"users\">System administration → User management</a>, with "
                        "the role that fits his work."))
    if actor.can(Permission.MANAGE_BACKUPS):
        steps.append(tr("<b>Backups:</b> the program backs the database up when you quit; "
                        "you can also back up at any time with File → Back up the database."))
    if actor.can(Permission.VIEW_AUDIT):
        steps.append(tr("<b>Audit log:</b> every change is recorded with who made it and "
                        "when; see <a href=\"audit\">System administration → Audit log</a>."))
    steps.append(tr("<b>Your password:</b> change it under System → Change password; never "
                    "share your account."))
    return steps


class HomePage(QWidget):
    """Greeting, the first-steps panel, due items and tips."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        actor = context.actor
        office = context.office

        greeting = heading_label(tr("Hello, {name}").format(
            name=actor.display_name or actor.username))
        office_line = QLabel(getattr(office, "name", ""))
        self.today_label = QLabel()

        self.tour = FirstStepsPanel(context)  # 开始使用（约10分钟）
        self.tour.visibility_changed.connect(self._tour_changed)
        self.warnings_summary = WarningsSummary(context)  # 预警: counts per rule, links
        self.due_heading = heading_label(tr("Due and overdue"), scale=1.15)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.due_heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.refresh_button)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Due date"), tr("Time left"), tr("Matter"), tr("Register"),
             tr("How the date was worked out")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.steps_heading = heading_label(tr("Good to know"), scale=1.15)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.linkActivated.connect(self._open_link)
        self.show_tour_button = QPushButton(tr("Show “Getting started” again"))
        self.show_tour_button.setToolTip(tr("The first steps of a new office, with what is "
                                            "done already"))
        self.show_tour_button.clicked.connect(self.tour.bring_back)
        tour_row = QHBoxLayout()
        tour_row.addWidget(self.show_tour_button)
        tour_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(greeting)
        layout.addWidget(office_line)
        layout.addWidget(self.today_label)
        layout.addSpacing(8)
        layout.addWidget(self.tour)
        layout.addWidget(self.warnings_summary)
        layout.addSpacing(12)
        layout.addLayout(heading_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addSpacing(12)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps)
        layout.addLayout(tour_row)
        self.stretch = QWidget()
        layout.addWidget(self.stretch, 1)
        self.refresh()

    def _open_link(self, key: str) -> None:
        self.context.show_page(key)

    def _tour_changed(self) -> None:
        """The panel was hidden or brought back: the tips and the 「重新显示」 button follow."""
        shown = self.tour.is_shown()
        self.steps.setText("<ul style=\"margin-left: -20px\">"
                           + "".join(f"<li style=\"margin-bottom: 6px\">{line}</li>"
                                     for line in first_steps(self.context, shown)) + "</ul>")
        self.show_tour_button.setVisible(self.tour.available() and not shown)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh_tour()  # coming back after adding users or importing entities

    def refresh_tour(self) -> None:
        """Read again which first steps look done."""
        self.tour.refresh()
        self._tour_changed()

    def refresh(self) -> None:
        """Ask the registers again what is due (and the warning rules what they raise)."""
        today = date.today()
        self.refresh_tour()
        self.warnings_summary.refresh()
        self.today_label.setText(tr("Today is {date}.").format(
            date=tr("{year}-{month}-{day}").format(year=today.year, month=today.month,
                                                   day=today.day)))
        try:
            items = due_items(self.context.database, self.context.actor)
        except UserError as error:
            items = []
            self.summary.setText(str(error))
        else:
            self.summary.setText(self._summary(items))
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [item.due_date.isoformat(), days_text(item), item.title, item.register,
                     item.explanation]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.explanation)
                if item.overdue:
                    cell.setForeground(QBrush(OVERDUE_COLOUR))
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(items))
        self.stretch.setVisible(not items)

    def _summary(self, items: list[DueItem]) -> str:
        if not due_providers():
            return tr("Nothing is due at the moment. No register with deadlines has been "
                      "added to the program yet; once registers are in use, their deadlines "
                      "appear here.")
        if not items:
            return tr("Nothing is due at the moment.")
        overdue = sum(1 for item in items if item.overdue)
        if overdue:
            return tr("{count} matters are due, {overdue} of them overdue (in red).").format(
                count=len(items), overdue=overdue)
        return tr("{count} matters are due.").format(count=len(items))

    def summary_text(self) -> str:
        """The sentence above the list."""
        return self.summary.text()


def show_first_steps(context: AppContext) -> bool:
    """Help → Getting started: open the home page with the first-steps panel brought back
    (``False`` when this window has no home page)."""
    if not context.show_page("home"):
        return False
    page = context.page_widget("home")
    if isinstance(page, HomePage):
        page.tour.bring_back()
    return True


register_page(PageInfo(
    key="home",
    title=lambda: tr("Overview"),
    group=group_home,
    factory=HomePage,
    permission=None,
    order=0,
))
