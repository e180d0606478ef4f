"""The 「开始使用（约10分钟）」 panel of the home page: the first steps in order, each with a button
that opens its page and a tick when it looks done.

What the steps are and which are done comes from :mod:`jianguan_desktop.services.first_steps`;
the panel only shows it, opens pages through the window's ``show_page`` and remembers through
the service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.first_steps import (
    FirstStep,
    FirstSteps,
    StepKey,
    confirm_step,
    load_first_steps,
    set_first_steps_hidden,
    step_opened,
)
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.widgets import (
    HELP_STYLE,
    OK_STYLE,
    error_label,
    heading_label,
    help_label,
    set_message,
)

DONE_MARK = "✓"
OPEN_MARK = "○"


class StepRow(QWidget):
    """One step: its tick, number and title, what it is about, and its buttons."""

    def __init__(self, step: FirstStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = step.key
        self.mark = QLabel()
        mark_font = QFont(self.mark.font())
        mark_font.setBold(True)
        if mark_font.pointSizeF() > 0:
            mark_font.setPointSizeF(mark_font.pointSizeF() * 1.3)
        self.mark.setFont(mark_font)
        self.mark.setFixedWidth(28)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.status = QLabel()
        self.explanation = help_label("")
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.confirm_button = QPushButton(tr("Mark as checked"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setToolTip(tr("You have already looked at it: tick the step off "
                                          "without opening the page"))

        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.title)
        heading.addWidget(self.status)
        heading.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(heading)
        text.addWidget(self.explanation)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.open_button)
        row = QGridLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setHorizontalSpacing(10)
        row.addWidget(self.mark, 0, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 0, 1)
        row.addLayout(buttons, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        row.setColumnStretch(1, 1)
        self.set_step(step)

    def set_step(self, step: FirstStep) -> None:
        """Show the step as now read."""
        self.step = step
        self.mark.setText(DONE_MARK if step.done else OPEN_MARK)
        self.mark.setStyleSheet(OK_STYLE if step.done else HELP_STYLE)
        self.title.setText(tr("{number}. {title}").format(number=step.number, title=step.title))
        self.status.setText(step.status)
        self.status.setStyleSheet(OK_STYLE if step.done else HELP_STYLE)
        self.explanation.setText(step.explanation)
        self.open_button.setText(step.action)
        self.open_button.setEnabled(step.allowed)
        self.open_button.setToolTip("" if step.allowed else tr(
            "Your role does not allow this step; ask the administrator."))
        self.confirm_button.setVisible(step.confirmable and not step.done and step.allowed)


class FirstStepsPanel(QFrame):
    """The tour, for users who set the office up; ``visibility_changed`` when it is hidden
    with 「不再显示」 or brought back."""

    visibility_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info: FirstSteps | None = None
        self.setObjectName("firstSteps")
        self.setStyleSheet("QFrame#firstSteps { background: palette(base); "
                           "border: 1px solid palette(mid); border-radius: 6px; }")
        self.heading = heading_label(tr("Getting started (about 10 minutes)"), scale=1.15)
        self.progress = QLabel()
        self.hide_button = QPushButton(tr("Don't show again"))
        self.hide_button.setAutoDefault(False)
        self.hide_button.setToolTip(tr("Hide this panel; it can be shown again from the Help "
                                       "menu or from the home page"))
        self.hide_button.clicked.connect(self.hide_tour)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.hide_button)
        self.intro = help_label(tr(
            "Four things to do once, in this order, before the office starts its registers. "
            "A tick shows what looks done already."))
        self.finished = QLabel()
        self.finished.setWordWrap(True)
        self.finished.setStyleSheet(OK_STYLE)
        self.message = error_label()
        self.rows: dict[StepKey, StepRow] = {}
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.finished)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        """Read the steps again (after the user added users, imported entities…)."""
        try:
            info = load_first_steps(self.context.database, self.context.actor)
        except UserError as error:
            set_message(self.message, str(error))
            return
        self.info = info
        for step in info.steps:
            row = self.rows.get(step.key)
            if row is None:
                row = StepRow(step)
                row.open_button.clicked.connect(lambda _c=False, key=step.key: self.open_step(key))
                row.confirm_button.clicked.connect(
                    lambda _c=False, key=step.key: self.confirm(key))
                self.rows[step.key] = row
                self.rows_layout.addWidget(row)
            else:
                row.set_step(step)
        self.progress.setText(tr("{done} of {count} steps done").format(
            done=info.done_count, count=len(info.steps)))
        self.progress.setStyleSheet(OK_STYLE if info.all_done else HELP_STYLE)
        self.finished.setText(tr(
            "Everything is set up. Hide this panel with “Don't show again”; it stays "
            "available under Help → Getting started.") if info.all_done else "")
        self.finished.setVisible(info.all_done)
        self.setVisible(info.shown)

    def is_shown(self) -> bool:
        """Whether the home page shows the panel (the user keeps the tour and did not hide it)."""
        return self.info is not None and self.info.shown

    def available(self) -> bool:
        """Whether this user is offered the tour at all."""
        return self.info is not None and self.info.available

    def step_texts(self) -> list[str]:
        """Each step as a line: tick, title, status (what a user reads)."""
        return [f"{row.mark.text()} {row.title.text()} {row.status.text()}"
                for row in self.rows.values()]

    def open_step(self, key: StepKey | str) -> None:
        """Open the page of a step (the settings page at the right group); a step done by
        checking counts as checked."""
        row = self.rows[StepKey(key)]
        step = row.step
        set_message(self.message, "")
        try:
            step_opened(self.context.database, self.context.actor, step.key)
        except UserError as error:
            set_message(self.message, str(error))
        if self.context.show_page(step.page) and step.settings_group:
            widget = self.context.page_widget(step.page)
            show_group = getattr(widget, "show_group", None)
            if callable(show_group):
                show_group(step.settings_group)
        self.refresh()

    def confirm(self, key: StepKey | str) -> None:
        """「已核对」: tick a step off without opening its page."""
        set_message(self.message, "")
        try:
            confirm_step(self.context.database, self.context.actor, key)
        except UserError as error:
            set_message(self.message, str(error))
        self.refresh()

    def hide_tour(self) -> None:
        """「不再显示」: hide the panel for this database (it can be brought back)."""
        self.set_hidden(True)

    def bring_back(self) -> None:
        """Show the panel again (Help → Getting started, or the home page's button)."""
        self.set_hidden(False)

    def set_hidden(self, hidden: bool) -> None:
        """Remember through the service whether the panel is hidden, then show it so."""
        set_message(self.message, "")
        try:
            set_first_steps_hidden(self.context.database, self.context.actor, hidden)
        except UserError as error:
            set_message(self.message, str(error))
        self.refresh()
        self.visibility_changed.emit()
