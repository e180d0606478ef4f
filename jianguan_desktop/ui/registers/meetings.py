"""The joint meeting pages (联席会议): the meetings with their attendees picked from the
directory, their decisions with the tasks each opens, the notice and the minutes printed; and
the follow-up tasks (督办事项) closed, cancelled, reopened, with the 督办单 of a late one.

Everything goes through :mod:`jianguan_desktop.services.meetings` and the forms of
:mod:`jianguan_desktop.services.liaison_forms`; an error of a decision's task lands at the task.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.liaison import MeetingKind, Role, TaskStatus
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import liaison, meetings
from jianguan_desktop.services.liaison import UnitInfo, role_labels
from jianguan_desktop.services.liaison_forms import MINUTES_FORM, NOTICE_FORM, REMINDER_FORM
from jianguan_desktop.services.meetings import (
    MEETINGS_TABLE_KEY,
    TASKS_TABLE_KEY,
    MeetingInfo,
    TaskInfo,
    kind_labels,
    meeting_field_labels,
    task_field_labels,
)
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.services.tables import ROW_ID
from jianguan_desktop.ui.background import BackgroundTask
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.pages import AppContext, PageInfo, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef, OptionalDateEdit, RecordForm
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import (
    FittingForm,
    ReadOnlyTable,
    day_text,
    fit_height,
)
from jianguan_desktop.ui.registers.inspection_directory import (
    Directory,
    DirectoryForm,
    DirectoryPage,
)
from jianguan_desktop.ui.registers.liaison import (
    ORDER,
    colour_rows,
    group_liaison,
    insert_buttons,
    may_write,
    replace_with_splitter,
)
from jianguan_desktop.ui.registers.transfers import overdue_colour
from jianguan_desktop.ui.widgets import (
    action_button,
    confirm,
    heading_label,
    help_label,
    show_user_error,
)

load_registers()  # the views and forms are registered by the services
ATTENDEE_ROWS = 7
OPEN = TaskStatus.OPEN.value
DONE = TaskStatus.DONE.value
CANCELLED = TaskStatus.CANCELLED.value
MEETING_KEYS = ("kind", "title", "held_on", "planned_on", "place", "convened_by",
                "presided_by", "agenda", "minutes")
TASK_PARTS = ("text", "owner_unit_id", "due_on")


def live_units(ctx: AppContext, on: date | None = None) -> list[UnitInfo]:
    """The member units of the office with their posts on ``on`` (none when unreadable)."""
    try:
        return [unit for unit in liaison.list_units(ctx.database, ctx.actor, on)
                if not unit.deleted]
    except UserError:
        return []


# --- the meeting ----------------------------------------------------------------------------

class AttendeesPicker(QListWidget):
    """The people of the directory to tick as attendees: each unit's 责任领导 and 联络员 on the
    meeting's day (Space ticks the current one)."""

    def __init__(self, units: Iterable[UnitInfo], chosen: Iterable[meetings.Attendee] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * ATTENDEE_ROWS + 16)
        labels = role_labels()
        picked = list(chosen)
        listed: set[str] = set()
        for unit in units:
            for role, person in ((Role.LEADER.value, unit.leader),
                                 (Role.LIAISON.value, unit.liaison)):
                if person is None or person.vacant:
                    continue
                post = f"（{person.post}）" if person.post else ""
                self._add(f"{unit.name} — {labels[role]} {person.name}{post}", person.id)
                listed.add(person.id)
        for person in picked:  # somebody replaced since: kept as the meeting recorded them
            if person.assignment_id not in listed:
                post = f"（{person.post}）" if person.post else ""
                self._add(f"{person.unit} — {person.name}{post}", person.assignment_id)
        self.set_chosen(person.assignment_id for person in picked)

    def _add(self, text: str, person_id: str) -> None:
        item = QListWidgetItem(text, self)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, person_id)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def set_chosen(self, ids: Iterable[str]) -> None:
        """Tick these people (and untick the others)."""
        wanted = set(ids)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        """The ids of the entries ticked, in the list's order."""
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def texts(self) -> list[str]:
        """Every entry offered (for tests)."""
        return [item.text() for item in self._items()]


def meeting_fields(units: list[UnitInfo]) -> list[FieldDef]:
    """The fields of a meeting (the attendees are a list of their own)."""
    labels = meeting_field_labels()
    return [
        FieldDef("kind", labels["kind"], "combo", required=True,
                 choices=list(kind_labels().items())),
        FieldDef("title", labels["title"], required=True, max_length=200,
                 placeholder=tr("Such as 2026年上半年公共资源交易监管工作联席会议")),
        FieldDef("held_on", labels["held_on"], "date", help=tr(
            "Blank while the meeting is only planned; decisions are recorded once it has been "
            "held.")),
        FieldDef("planned_on", labels["planned_on"], "date"),
        FieldDef("place", labels["place"], max_length=200),
        FieldDef("convened_by", labels["convened_by"], "combo",
                 choices=[(unit.id, unit.name) for unit in units]),
        FieldDef("presided_by", labels["presided_by"], max_length=50),
        FieldDef("agenda", labels["agenda"], "text",
                 placeholder=tr("One item per line, such as 一、通报上半年监管情况")),
        FieldDef("minutes", labels["minutes"], "text", help=tr(
            "What was discussed. The decisions and their tasks are added with “Add decision” "
            "and printed after it.")),
    ]


class MeetingForm(DirectoryForm):
    """Plan a meeting or record one held: kind, days, place, the convening unit, attendees
    ticked from the directory, agenda and minutes."""

    def __init__(self, ctx: AppContext, info: MeetingInfo | None = None,
                 parent: QWidget | None = None) -> None:
        units = live_units(ctx, info.day if info is not None else None)
        values: dict[str, Any] = {
            "kind": MeetingKind.REGULAR.value,
            "convened_by": next((unit.id for unit in units if unit.convener), None)}
        if info is not None:
            values = {key: getattr(info, key) for key in MEETING_KEYS}
        super().__init__(ctx, meeting_fields(units), info, values, (
            tr("New joint meeting"), tr("Correct joint meeting")), meetings.create_meeting,
            meetings.update_meeting, parent)
        self.setMinimumWidth(680)
        self.attendees = AttendeesPicker(units, info.attendees if info is not None else ())
        self.attendees.setObjectName("field_attendees")
        self.form.add_field("attendees", meeting_field_labels()["attendees"], self.attendees,
                            tr("Tick each person present (Space ticks the one selected); the "
                               "list is the directory on the meeting's day."))
        self.widgets["attendees"] = self.attendees
        self.move_last_row(len(MEETING_KEYS) - 2)  # before the agenda and the minutes
        QWidget.setTabOrder(self.widgets["presided_by"], self.attendees)
        QWidget.setTabOrder(self.attendees, self.widgets["agenda"])
        self.set_values(self.values())  # the form counts as unchanged
        fit_height(self)

    def values(self) -> dict[str, Any]:
        values = super().values()
        if hasattr(self, "attendees"):
            values["attendees"] = self.attendees.chosen()
        return values

    def _snapshot(self) -> dict[str, Any]:
        snapshot = super()._snapshot()
        if hasattr(self, "attendees"):
            snapshot["attendees"] = self.attendees.chosen()
        return snapshot


# --- a decision and its tasks ---------------------------------------------------------------

class DecisionForm(FittingForm):
    """议定事项: a decision of a held meeting with the tasks it opens (each a text, the unit in
    charge and a due date), saved in one go; a task left empty is not recorded."""

    def __init__(self, ctx: AppContext, meeting: MeetingInfo, parent: QWidget | None = None
                 ) -> None:
        self.ctx = ctx
        self.meeting = meeting
        self.units = live_units(ctx)
        self.task_rows: list[dict[str, QWidget]] = []
        fields = [FieldDef("text", tr("Decision agreed"), "text", required=True,
                           placeholder=tr("Such as 开展工程建设项目招标投标专项检查"))]
        super().__init__(fields, self._save_decision, {}, tr("Add a decision: {title}").format(
            title=meeting.title), parent)
        self.setMinimumWidth(640)
        self.form.add_section(tr("Follow-up tasks"))
        self.add_task_button = QPushButton(tr("Another task"))
        self.add_task_button.setToolTip(tr("Add one more task to this decision"))
        self.add_task_button.clicked.connect(self.add_task_row)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, help_label(tr(
            "{number}, held on {day}. Each task names the unit in charge and the day it is to "
            "be done by; a task left empty is not recorded.").format(
                number=meeting.number, day=day_text(meeting.held_on))))
        row = QHBoxLayout()
        row.addWidget(self.add_task_button)
        row.addStretch(1)
        layout.insertLayout(layout.indexOf(self.buttons), row)
        self.add_task_row()
        self.set_values({})
        fit_height(self)

    def add_task_row(self) -> dict[str, QWidget]:
        """One more task: its text, the unit in charge and the due date."""
        number = len(self.task_rows)
        labels = task_field_labels()
        text = QLineEdit()
        text.setMaxLength(1000)
        owner = QComboBox()
        owner.addItem("", None)
        for unit in self.units:
            owner.addItem(unit.name, unit.id)
        due = OptionalDateEdit()
        widgets: dict[str, QWidget] = {"text": text, "owner_unit_id": owner, "due_on": due}
        captions = {"text": tr("Task {number}").format(number=number + 1),
                    "owner_unit_id": labels["owner_unit_id"], "due_on": labels["due_on"]}
        for part in TASK_PARTS:
            widgets[part].setObjectName(f"field_tasks_{number}_{part}")
            self.form.add_field(f"tasks.{number}.{part}", captions[part], widgets[part])
        self.task_rows.append(widgets)
        self._chain_tabs()
        if number:
            fit_height(self)
            text.setFocus()
        return widgets

    def _chain_tabs(self) -> None:
        chain = [self.widgets["text"]] + [row[part] for row in self.task_rows
                                          for part in TASK_PARTS]
        chain += [self.add_task_button, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _task_values(row: dict[str, QWidget]) -> dict[str, Any]:
        text, owner, due = row["text"], row["owner_unit_id"], row["due_on"]
        assert isinstance(text, QLineEdit) and isinstance(owner, QComboBox)
        assert isinstance(due, OptionalDateEdit)
        return {"text": text.text().strip(), "owner_unit_id": owner.currentData(),
                "due_on": due.value()}

    def tasks(self) -> list[tuple[int, dict[str, Any]]]:
        """The tasks filled in (at least partly), with their row numbers."""
        return [(number, values) for number, row in enumerate(self.task_rows)
                if any((values := self._task_values(row)).values())]

    def _snapshot(self) -> dict[str, Any]:
        snapshot = super()._snapshot()
        if hasattr(self, "task_rows"):
            snapshot["tasks"] = [self._task_values(row) for row in self.task_rows]
        return snapshot

    def _save_decision(self, values: dict[str, Any]) -> MeetingInfo:
        shown = self.tasks()
        try:
            return meetings.add_decision(self.ctx.database, self.ctx.actor, self.meeting.id,
                                         values["text"], [task for _row, task in shown])
        except ValidationError as error:  # the service counts the tasks given; the form, its rows
            raise self._renumbered(error, [row for row, _task in shown]) from error

    @staticmethod
    def _renumbered(error: ValidationError, rows: list[int]) -> ValidationError:
        def key(name: str) -> str:
            parts = name.split(".")
            if len(parts) == 3 and parts[0] == "tasks" and parts[1].isdigit() \
                    and int(parts[1]) < len(rows):
                return f"tasks.{rows[int(parts[1])]}.{parts[2]}"
            return name

        return ValidationError(error.message, field=key(error.field) if error.field else None,
                               fields={key(name): text for name, text in error.fields.items()})


# --- the panel under the list ---------------------------------------------------------------

def decision_headers() -> list[str]:
    """The columns of a meeting's decisions and tasks."""
    labels = task_field_labels()
    return [tr("No."), tr("Decision agreed"), labels["text"], labels["owner_unit_id"],
            labels["due_on"], labels["status"]]


def decision_rows(meeting: MeetingInfo) -> list[tuple[list[str], bool]]:
    """One row per task (a decision without tasks: one row), and whether it is overdue."""
    rows: list[tuple[list[str], bool]] = []
    for decision in meeting.decisions:
        text = " ".join(decision.text.split())
        if not decision.tasks:
            rows.append(([str(decision.seq), text, "", "", "", ""], False))
        for task in decision.tasks:
            rows.append(([str(decision.seq), text, task.text, task.owner_unit,
                          day_text(task.due_on), task.status_label], task.overdue))
    return rows


def meeting_summary(meeting: MeetingInfo) -> str:
    """Where and when, who convened, how many attended."""
    when = tr("held on {day}").format(day=day_text(meeting.held_on)) if meeting.held \
        else tr("planned for {day}").format(day=day_text(meeting.planned_on))
    parts = [f"{meeting.number} {meeting.kind_label}", when, meeting.place,
             tr("convened by {unit}").format(unit=meeting.convener_name)
             if meeting.convener_name else "",
             tr("{count} attendees").format(count=len(meeting.attendees))]
    return "，".join(part for part in parts if part)


class MeetingPanel(QWidget):
    """Below the list of meetings: the selected meeting in short, its attendees and its
    decisions with their tasks (overdue ones red)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingInfo | None = None
        self.heading = heading_label("", scale=1.05)
        self.summary = help_label("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attendees = help_label("")
        self.attendees.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decisions = ReadOnlyTable(decision_headers())
        self.decisions.setToolTip(tr("Red rows are tasks past their time limit"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.summary)
        column.addWidget(self.attendees)
        column.addWidget(self.decisions, 1)
        self.show_meeting(None)

    def show_meeting(self, meeting_id: str | None) -> None:
        """Show a meeting (``None``: nothing selected)."""
        meeting: MeetingInfo | None = None
        if meeting_id is not None:
            try:
                meeting = meetings.get_meeting(self.ctx.database, self.ctx.actor, meeting_id)
            except UserError:
                meeting = None
        self.meeting = meeting
        if meeting is None:
            self.heading.setText(tr("Select a meeting to see its decisions and tasks"))
            self.summary.setText("")
            self.attendees.setText("")
            self.decisions.set_rows([])
            return
        self.heading.setText(meeting.title)
        self.summary.setText(meeting_summary(meeting))
        names = "、".join(f"{person.name}（{person.unit}）" if person.unit else person.name
                         for person in meeting.attendees)
        self.attendees.setText(tr("Attendees: {names}").format(names=names or tr("none "
                                                                                  "recorded")))
        rows = decision_rows(meeting)
        self.decisions.set_rows(row for row, _overdue in rows)
        colour_rows(self.decisions, [overdue for _row, overdue in rows])

    def reload(self) -> None:
        """Read the meeting shown again."""
        self.show_meeting(self.meeting.id if self.meeting is not None else None)


# --- 联席会议 ------------------------------------------------------------------------------

MEETINGS = Directory(
    "joint_meetings", MEETINGS_TABLE_KEY, "", lambda: tr("Joint meetings"),
    lambda: tr("The joint meetings of the member units, planned and held: regular ones in the "
               "rhythm of the settings, extra ones when a major risk calls for them. Each "
               "decision of a held meeting opens follow-up tasks for the units in charge."),
    meetings.get_meeting,
    lambda db, actor, ref, _version=None: meetings.delete_meeting(db, actor, ref),
    meetings.restore_meeting,
    MeetingForm,
    lambda info: tr("the meeting {number} “{title}”").format(number=info.number,
                                                            title=info.title), ORDER + 4)


class MeetingsPage(DirectoryPage):
    """联席会议: new and correct, delete (only without decisions) and restore, history; add a
    decision with its tasks; print the notice and the minutes. The selected meeting's decisions
    are shown below the list."""

    directory = MEETINGS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.preview_task: BackgroundTask | None = None
        self.new_button.setText(tr("New meeting…"))
        self.new_button.setShortcut("Ctrl+N")  # a new text clears the shortcut
        self.import_button.hide()  # meetings are recorded, not imported
        self.decision_button = action_button(tr("Add decision…"), tr(
            "Record a decision of the selected meeting with the tasks it opens (Ctrl+D)"),
            self.add_decision)
        self.decision_button.setShortcut("Ctrl+D")
        self.owner_only(self.decision_button)
        self.notice_button = action_button(tr("Print meeting notice"), tr(
            "The notice of the selected meeting to the member units"), self.print_notice)
        self.minutes_button = action_button(tr("Print minutes"), tr(
            "The minutes of the selected meeting with its decisions and tasks"),
            self.print_minutes)
        insert_buttons(self, [self.decision_button, self.notice_button, self.minutes_button])
        self.panel = MeetingPanel(context)
        self.splitter = replace_with_splitter(self, self.panel)
        for signal in (self.view.model.dataChanged, self.view.model.rowsRemoved):
            signal.connect(lambda *_: self._update_buttons())  # a list read again after a change
        self._update_buttons()

    def _selected_held(self) -> bool:
        row = self.selected_row()
        return row is not None and row.get("held_on") is not None

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not hasattr(self, "panel"):
            return
        live = self.view.current_id() is not None and not self.selected_deleted()
        self.decision_button.setEnabled(live and self._selected_held()
                                        and may_write(self.context))
        self.notice_button.setEnabled(live)
        self.minutes_button.setEnabled(live and self._selected_held())
        shown = self.view.current_id() if live else None
        if shown != (self.panel.meeting.id if self.panel.meeting is not None else None):
            self.panel.show_meeting(shown)

    def open_form(self, info: Any) -> DirectoryForm:
        """The meeting's dialog; after a save the list and the panel are read again."""
        form = super().open_form(info)
        form.saved.connect(lambda _info: self.panel.reload())
        form.saved.connect(lambda _info: self._update_buttons())
        return form

    def show_record_history(self) -> None:
        """The change history of the selected meeting."""
        row = self.selected_row()
        if row is not None:
            show_history(self, self.context, MEETINGS_TABLE_KEY, str(row[ROW_ID]),
                         str(row.get("number") or ""))

    def selected_meeting(self) -> MeetingInfo | None:
        """The meeting under the cursor, read again."""
        if self.selected_deleted():
            return None
        return self.read_selected(meetings.get_meeting)

    def add_decision(self) -> RecordForm | None:
        """议定事项 of the selected held meeting, with its tasks."""
        meeting = self.selected_meeting()
        if meeting is None or not meeting.held or not may_write(self.context):
            return None
        form = DecisionForm(self.context, meeting, self)
        form.saved.connect(lambda _info: self.view.refresh())
        form.saved.connect(lambda _info: self.panel.reload())
        self.dialog = form  # type: ignore[assignment]
        form.open()
        return form

    def _print(self, form_key: str) -> BackgroundTask | None:
        meeting = self.selected_meeting()
        if meeting is None:
            return None
        self.preview_task = show_form_preview(self, self.context, form_key, meeting.id)
        self.preview_task.finished.connect(self.view.refresh)  # the number given at first print
        return self.preview_task

    def print_notice(self) -> BackgroundTask | None:
        """Preview the 会议通知 of the selected meeting."""
        return self._print(NOTICE_FORM)

    def print_minutes(self) -> BackgroundTask | None:
        """Preview the 会议纪要 of the selected held meeting."""
        return self._print(MINUTES_FORM)


# --- 督办事项 ------------------------------------------------------------------------------

class CloseTaskForm(FittingForm):
    """办结 (done: the day and how it was carried out) or 撤销 (cancelled: why) of a task."""

    def __init__(self, ctx: AppContext, task: TaskInfo, status: str,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.task = task
        self.status = status
        labels = task_field_labels()
        done = status == DONE
        fields = [
            FieldDef("done_on", labels["done_on"] if done else tr("Cancelled on"), "date",
                     required=True),
            FieldDef("outcome", labels["outcome"] if done else tr("Reason for cancelling"),
                     "text", required=True, placeholder=tr(
                         "Such as 专项检查方案已印发（滑发改〔2026〕12号）") if done else ""),
        ]
        title = tr("Close task {number} as done") if done else tr("Cancel task {number}")
        super().__init__(fields, self._close, {"done_on": date.today()},
                         title.format(number=task.number), parent)
        self.setMinimumWidth(560)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, help_label(tr("{text}. Unit in charge: {unit}; due on {due}.")
                                          .format(text=task.text, unit=task.owner_unit,
                                                  due=day_text(task.due_on))))
        fit_height(self, shrink=True)

    def _close(self, values: dict[str, Any]) -> TaskInfo:
        return meetings.close_task(self.ctx.database, self.ctx.actor, self.task.id,
                                   {**values, "status": self.status}, self.task.version)


def task_overdue(row: dict[str, Any]) -> bool:
    """Whether a listed task is open past its due day."""
    due = row.get("due_on")
    return row.get("status") == OPEN and isinstance(due, date) and due < date.today()


class TasksPage(RegisterPage):
    """督办事项: every task opened by a decision, open ones first; overdue ones red. Close as
    done, cancel, reopen, print the 督办单, history."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, TASKS_TABLE_KEY, parent)
        self.dialog: RecordForm | None = None
        self.preview_task: BackgroundTask | None = None
        self.view.model.set_row_hooks(lambda row: overdue_colour(task_overdue(row)),
                                      self.cell_tip)
        self.view.record_activated.connect(self.activate_own(self.close_selected))
        self.view.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.close_button = action_button(tr("Close as done…"), tr(
            "The selected task was carried out: the day and how (or double-click it)"),
            self.close_selected)
        self.cancel_button = action_button(tr("Cancel task…"), tr(
            "The selected task is no longer to be done: why"), self.cancel_selected)
        self.reopen_button = action_button(tr("Reopen"), tr(
            "Open the selected closed task again (its outcome stays in the history)"),
            self.reopen_selected)
        self.reminder_button = action_button(tr("Print supervision slip"), tr(
            "The 督办单 of the selected open task, saying how many days it is overdue"),
            self.print_reminder)
        self.history_button = action_button(tr("Change history"), tr(
            "Every change of the selected task"), self.show_task_history)
        self.owner_only(self.close_button, self.cancel_button, self.reopen_button)
        self.lay_out(tr("Follow-up tasks"), tr(
            "The tasks opened by the decisions of joint meetings, each with its unit in charge "
            "and time limit; red rows are overdue. A supervision slip urges the unit of an "
            "overdue task."), (self.close_button, self.cancel_button, self.reopen_button,
                               self.reminder_button, self.history_button))

    @staticmethod
    def cell_tip(key: str, row: dict[str, Any]) -> str | None:
        """An overdue task says by how many days."""
        if key not in ("due_on", "status") or not task_overdue(row):
            return None
        return tr("Overdue by {days} days").format(
            days=(date.today() - row["due_on"]).days)

    def _selected_status(self) -> str | None:
        if self.view.current_id() is None:
            return None
        row = self.view.model.row(self.view.table.currentIndex().row()) or {}
        return str(row.get("status") or "")

    def _update_buttons(self) -> None:
        if not hasattr(self, "history_button"):
            return
        status = self._selected_status()
        writer = may_write(self.context)
        self.close_button.setEnabled(writer and status == OPEN)
        self.cancel_button.setEnabled(writer and status == OPEN)
        self.reopen_button.setEnabled(writer and status in (DONE, CANCELLED))
        self.reminder_button.setEnabled(status == OPEN)
        self.history_button.setEnabled(status is not None)

    def selected_task(self) -> TaskInfo | None:
        """The task under the cursor, read again."""
        return self.read_selected(meetings.get_task)

    def _open_close(self, status: str) -> RecordForm | None:
        task = self.selected_task()
        if task is None or task.status != OPEN or not may_write(self.context):
            return None
        self.dialog = CloseTaskForm(self.context, task, status, self)
        self.dialog.saved.connect(lambda _info: self.view.refresh())
        self.dialog.saved.connect(lambda _info: self._update_buttons())
        self.dialog.open()
        return self.dialog

    def close_selected(self) -> RecordForm | None:
        """办结 of the selected task."""
        return self._open_close(DONE)

    def cancel_selected(self) -> RecordForm | None:
        """撤销 of the selected task."""
        return self._open_close(CANCELLED)

    def reopen_selected(self) -> TaskInfo | None:
        """Open the selected closed task again, after asking."""
        task = self.selected_task()
        if task is None or task.status == OPEN or not confirm(self, tr("Reopen"), tr(
                "Open {number} “{text}” again?").format(number=task.number, text=task.text)):
            return None
        try:
            info = meetings.reopen_task(self.context.database, self.context.actor, task.id)
        except UserError as error:
            show_user_error(self, error, tr("Reopen"))
            return None
        finally:
            self.view.refresh()
            self._update_buttons()
        return info

    def print_reminder(self) -> BackgroundTask | None:
        """Preview the 督办单 of the selected open task."""
        task = self.selected_task()
        if task is None:
            return None
        self.preview_task = show_form_preview(self, self.context, REMINDER_FORM, task.id)
        return self.preview_task

    def show_task_history(self) -> None:
        """The change history of the selected task."""
        row = self.view.model.row(self.view.table.currentIndex().row()) \
            if self.view.current_id() is not None else None
        if row is not None:
            show_history(self, self.context, TASKS_TABLE_KEY, str(row[ROW_ID]),
                         str(row.get("number") or ""))

    def showEvent(self, event: QShowEvent) -> None:
        self.view.refresh()  # tasks are opened on the page of meetings
        super().showEvent(event)


register_page(PageInfo(key=MEETINGS.key, title=MEETINGS.title, group=group_liaison,
                       factory=MeetingsPage, permission=Permission.READ, order=MEETINGS.order))
register_page(PageInfo(key="follow_up_tasks", title=lambda: tr("Follow-up tasks"),
                       group=group_liaison, factory=TasksPage, permission=Permission.READ,
                       order=ORDER + 6))
