"""The complaints page (台账 → 投诉举报): register a complaint, take each step against its
deadline, read its history, reveal the complainant (audited), print its forms.

Everything goes through :mod:`jianguan_desktop.services.complaints`; a step the rules refuse is
shown at its field in Chinese and nothing is written. Rows are coloured by their due date
(overdue red, due soon amber) and the due date explains itself in its tooltip and the detail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.complaints import (
    FeedbackMethod,
    Outcome,
    PauseKind,
    RejectionGround,
    Step,
)
from jianguan_desktop.domain.credit_lists import ListKind
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import complaint_forms as papers
from jianguan_desktop.services import complaints, forms
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.complaints import ComplaintInfo, field_labels
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.services.settings import get_setting
from jianguan_desktop.services.tables import ROW_ID
from jianguan_desktop.ui.attachments_dialog import AttachmentsDialog, open_attachments
from jianguan_desktop.ui.background import BackgroundTask
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef, RecordForm
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import (
    FittingForm,
    ReadOnlyTable,
    day_text,
    fit_height,
)
from jianguan_desktop.ui.registers.credit_lists import EntryForm, menu_action
from jianguan_desktop.ui.registers.entities import EntityPicker
from jianguan_desktop.ui.widgets import (
    ERROR_STYLE,
    action_button,
    confirm,
    heading_label,
    help_label,
    inform,
    show_user_error,
)

load_registers()  # the complaint forms are registered by the services
OVERDUE_COLOUR = "#f6d5d8"
DUE_SOON_COLOUR = "#fbe7b5"
WARNING_STYLE = "color: #a35200; font-weight: bold;"
PICKER_ROWS = 5
APPROVER_STEPS = frozenset({Step.EXTEND.value})
# the forms of a complaint, and what of the case must exist for each to make sense
FORM_KEYS: tuple[tuple[str, Callable[[ComplaintInfo], bool]], ...] = (
    (papers.REGISTER_FORM, lambda info: True),
    (papers.CORRECTION_FORM, lambda info: info.case.correction is not None),
    (papers.ACCEPTANCE_FORM, lambda info: info.accepted_on is not None),
    (papers.REJECTION_FORM, lambda info: info.case.rejection is not None),
    (papers.REJECTION_PUBLIC_FORM, lambda info: info.case.rejection is not None),
    (papers.TRANSFER_FORM, lambda info: info.case.transfer is not None),
    (papers.EXTENSION_FORM, lambda info: bool(info.case.extensions)),
    (papers.DECISION_FORM, lambda info: info.case.decision is not None),
)


def _labelled(kind: Any, only: tuple[Any, ...] | None = None) -> list[tuple[str, str]]:
    return [(member.value, label) for member, label in kind.labels().items()
            if only is None or member in only]


def forms_for(info: ComplaintInfo) -> list[tuple[str, str]]:
    """The forms that make sense for the complaint as it stands and are registered:
    (key, title)."""
    titles = {form.key: form.title for form in forms.list_forms()}
    return [(key, titles[key]) for key, fits in FORM_KEYS if key in titles and fits(info)]



# --- 登记 ------------------------------------------------------------------------------------

def registration_fields() -> list[FieldDef]:
    """The fields of the registration dialog (the respondent is chosen above them)."""
    labels = field_labels()
    return [
        FieldDef("case_type", labels["case_type"], "combo", required=True,
                 choices=list(complaints.case_type_labels().items()),
                 help=tr("Decides which time limits apply (see the settings).")),
        FieldDef("channel", labels["channel"], "combo", required=True,
                 choices=list(complaints.channel_labels().items())),
        FieldDef("received_on", labels["received_on"], "date", required=True),
        FieldDef("complainant", labels["complainant"], max_length=100, help=tr(
            "Confidential: only the handler, the head of the office and the administrator "
            "see it in full.")),
        FieldDef("complainant_contact", labels["complainant_contact"], max_length=100),
        FieldDef("respondent_name", labels["respondent_name"], max_length=200),
        FieldDef("respondent_code", labels["respondent_code"], max_length=40),
        FieldDef("project_name", labels["project_name"], max_length=200),
        FieldDef("project_code", labels["project_code"], max_length=40),
        FieldDef("matter", labels["matter"], "text", required=True,
                 placeholder=tr("What the complaint is about")),
        FieldDef("request", labels["request"], "text",
                 placeholder=tr("What the complainant asks the office to do")),
        FieldDef("evidence", labels["evidence"], "text",
                 placeholder=tr("One piece of evidence per line")),
        FieldDef("known_on", labels["known_on"], "date", help=tr(
            "For the time limit for complaining (10 days for bidding complaints).")),
        FieldDef("objection_from", labels["objection_from"], "date"),
        FieldDef("objection_to", labels["objection_to"], "date", help=tr(
            "Where an objection had to come first, its period is not counted.")),
    ]


class RegistrationForm(FittingForm):
    """登记: the case type, channel and date, who complains, about whom (from the entity
    register or typed in), what and with which evidence. Every message lands at its field."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        super().__init__(registration_fields(), self._register,
                         {"case_type": "tender", "channel": "letter",
                          "received_on": date.today()},
                         tr("Register a complaint or report"), parent)
        self.setMinimumWidth(680)
        self.typed = QCheckBox(tr("Not in the entity register: type the respondent in"))
        self.picker = EntityPicker(ctx)
        self.picker.candidates.setFixedHeight(
            self.picker.candidates.fontMetrics().lineSpacing() * PICKER_ROWS + 12)
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.picker)
        column.addWidget(self.typed)
        self.form.add_field("respondent_entity_id", field_labels()["respondent_entity_id"],
                            chooser)
        self.move_last_row(5)  # the chooser comes before the respondent's name
        self.typed.toggled.connect(lambda _on: self._mode_changed())
        self._mode_changed()
        self.set_values(self.values())  # the form counts as unchanged

    def _mode_changed(self) -> None:
        typed = self.typed.isChecked()
        self.picker.setVisible(not typed)
        for key in ("respondent_name", "respondent_code"):
            self.set_row_visible(key, typed)
        fit_height(self, shrink=True)

    def local_errors(self) -> dict[str, str]:
        """As the record form, and a receipt date in the future said at once with the rest."""
        errors = super().local_errors()
        received = self.values()["received_on"]
        if isinstance(received, date) and received > date.today():
            errors["received_on"] = tr("The date {day} is in the future (today is {today})."
                                       ).format(day=format_cn_date(received),
                                                today=format_cn_date(date.today()))
        return errors

    def _register(self, values: dict[str, Any]) -> ComplaintInfo:
        data = dict(values)
        if not self.typed.isChecked():
            data["respondent_entity_id"] = self.picker.chosen_id() or ""
            data["respondent_name"] = data["respondent_code"] = ""
        return complaints.register_complaint(self.ctx.database, self.ctx.actor, data)


# --- 办理 -------------------------------------------------------------------------------------

def step_fields(steps: list[str]) -> list[FieldDef]:
    """The fields of the step dialog; each step shows only those it needs (the grounds of a
    refusal are check boxes added by the dialog)."""
    names = complaints.step_labels()
    pauses = (PauseKind.SUSPENSION, PauseKind.EXPERT_REVIEW)
    return [
        FieldDef("step", tr("Step"), "combo", required=True,
                 choices=[(step, names[step]) for step in steps]),
        FieldDef("on", tr("Date of the step"), "date", required=True),
        FieldDef("department", tr("Department transferred to"), max_length=200),
        FieldDef("feedback_due", tr("Feedback due by"), "date"),
        FieldDef("pause_kind", tr("Why the time limit stops"), "combo",
                 choices=_labelled(PauseKind, pauses)),
        FieldDef("extend_by", tr("Extend by"), placeholder=tr("Number of days"),
                 max_length=4),
        FieldDef("outcome", tr("Decision"), "combo", choices=_labelled(Outcome)),
        FieldDef("method", tr("How the complainant was answered"), "combo",
                 choices=_labelled(FeedbackMethod)),
        FieldDef("text", tr("Text"), "text"),
        FieldDef("due_on", tr("Supplement by"), "date"),
        FieldDef("measures", tr("Measures taken"), "text"),
    ]


# fields each step needs besides its date
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    Step.REQUEST_CORRECTION: ("text", "due_on"), Step.RECEIVE_CORRECTION: (),
    Step.ACCEPT: (), Step.REJECT: ("grounds", "text"),
    Step.TRANSFER: ("department", "feedback_due"), Step.RECORD_TRANSFER_REPLY: ("text",),
    Step.PAUSE: ("pause_kind", "text"), Step.RESUME: (), Step.EXTEND: ("extend_by", "text"),
    Step.DECIDE: ("outcome", "text", "measures"), Step.ANSWER: ("method", "text"),
    Step.ARCHIVE: (),
}
OPTIONAL_FIELDS = ("department", "feedback_due", "pause_kind", "extend_by", "outcome",
                   "method", "text", "due_on", "measures")


def text_captions() -> dict[str, str]:
    """What the text field is called for each step that has one."""
    return {Step.REQUEST_CORRECTION: tr("Materials to supplement"),
            Step.REJECT: tr("Explanation (required for “other reason”)"),
            Step.RECORD_TRANSFER_REPLY: tr("What the department reported back"),
            Step.PAUSE: tr("Reason for the suspension"),
            Step.EXTEND: tr("Reason for the extension"),
            Step.DECIDE: tr("Reasons for the decision"), Step.ANSWER: tr("Note")}


def steps_for(info: ComplaintInfo, may_approve: bool) -> list[str]:
    """The steps offered: those the case allows; 延期 only to users who may approve."""
    return [step for step in info.allowed_steps if may_approve or step not in APPROVER_STEPS]


class GroundsBox(QListWidget):
    """The grounds of 不予受理 to tick (七部委令第11号 第十二条); long grounds wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items: dict[str, QListWidgetItem] = {}
        for value, label in _labelled(RejectionGround):
            item = QListWidgetItem(label, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # ticked by _toggle, wherever clicked
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(label)
            self.items[value] = item
        self.itemClicked.connect(self._toggle)
        self.setSpacing(1)
        lines = len(self.items) + 2  # room for the grounds that wrap
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * len(self.items) + 8)

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        """A click anywhere on a ground ticks or unticks it."""
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def set_chosen(self, values: list[str]) -> None:
        """Tick these grounds (and untick the others)."""
        for value, item in self.items.items():
            item.setCheckState(Qt.CheckState.Checked if value in values
                               else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        """The grounds ticked, in the order of the regulation."""
        return [value for value, item in self.items.items()
                if item.checkState() == Qt.CheckState.Checked]


class StepForm(FittingForm):
    """办理 one step of a complaint: only the steps its status allows, and per step only the
    fields it needs; a step the rules refuse shows the reason at its field, nothing written."""

    def __init__(self, ctx: AppContext, info: ComplaintInfo, steps: list[str],
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.info = info
        super().__init__(step_fields(steps), self._take_step,
                         {"step": steps[0], "on": date.today()},
                         tr("Take a step: {number}").format(number=info.number), parent)
        self.setMinimumWidth(620)
        self.grounds = GroundsBox()
        self.form.add_field("grounds", tr("Grounds for not accepting"), self.grounds)
        self.widgets["grounds"] = self.grounds  # shown and hidden with its step
        self.move_last_row(2)  # the grounds come after the date
        self.summary = self.set_up_step_choice(due_text(info), self._step_changed,
                                               stretch=True)

    def step(self) -> str:
        """The step chosen."""
        return str(self.values()["step"] or "")

    def _step_changed(self) -> None:
        needed = STEP_FIELDS.get(self.step(), ())
        for key in (*OPTIONAL_FIELDS, "grounds"):
            self.set_row_visible(key, key in needed)
        self.set_caption("text", text_captions().get(self.step(), tr("Text")))
        self.clear_errors()
        fit_height(self, shrink=True)

    def values(self) -> dict[str, Any]:
        values = super().values()
        if hasattr(self, "grounds"):
            values["grounds"] = self.grounds.chosen()
        return values

    def _take_step(self, values: dict[str, Any]) -> ComplaintInfo:
        step = values["step"]
        data = {key: values[key] for key in ("on", *STEP_FIELDS.get(step, ()))}
        return complaints.take_step(self.ctx.database, self.ctx.actor, self.info.id, step,
                                    data, self.info.version)


# --- 详情 ------------------------------------------------------------------------------------

def due_text(info: ComplaintInfo) -> str:
    """The deadline running now in words: which limit, the due date, how it was worked out."""
    pause = info.case.open_pause()
    if info.due_on is None and pause is not None:
        return tr("{number}: {status}. The time limit stands still since {day} ({kind}: "
                  "{reason}); it runs on when handling is resumed.").format(
            number=info.number, status=info.status_label, day=format_cn_date(pause.start),
            kind=pause.kind.label, reason=pause.reason)
    if info.due_on is None:
        return tr("{number}: {status}. No time limit is running.").format(
            number=info.number, status=info.status_label)
    lines = [tr("{number}: {status}. {limit} due on {due}.").format(
        number=info.number, status=info.status_label, limit=info.due_limit_label,
        due=format_cn_date(info.due_on))]
    if info.overdue_by:
        lines.append(tr("Overdue by {count} working days.").format(count=info.overdue_by))
    if info.due_explanation:
        lines.append(info.due_explanation)
    lines.extend(info.due_warnings)
    return "\n".join(lines)


def repeat_text(info: ComplaintInfo, months: int) -> str:
    """「12个月内第3次被投诉」 for a complaint whose respondent or project is complained of
    again and again (empty when not flagged)."""
    if not info.repeat_flag:
        return ""
    return tr("Complaint number {count} against this entity or project within {months} "
              "months.").format(count=info.repeat_count + 1, months=months)


def history_headers() -> list[str]:
    """The columns of a case's history."""
    return [tr("Step"), tr("Date"), tr("By"), tr("Status after"), tr("Due"),
            tr("On time?"), tr("Note")]


def history_rows(info: ComplaintInfo) -> list[list[str]]:
    """Every step of the case: what, when, who, the deadline and whether it was met."""
    steps, statuses = complaints.step_labels(), complaints.status_labels()
    return [[steps.get(record.step.value, record.step.value), day_text(record.on), record.by,
             statuses.get(record.status.value, record.status.value), day_text(record.due),
             record.verdict(), record.note] for record in info.case.history]


def detail_rows(info: ComplaintInfo) -> list[tuple[str, str]]:
    """The complaint as the detail lists it (empty values left out)."""
    labels = field_labels()
    reg = info.case.registration
    rows = [
        (tr("Number"), info.number), (labels["case_type"], info.case_type_label),
        (labels["channel"], info.channel_label), (labels["status"], info.status_label),
        (labels["received_on"], day_text(info.received_on)),
        (labels["complainant"], info.complainant),
        (labels["complainant_contact"], info.complainant_contact),
        (labels["respondent_name"], info.respondent_name),
        (labels["respondent_code"], info.respondent_code),
        (labels["project_name"], info.project_name),
        (labels["project_code"], info.project_code),
        (labels["matter"], info.matter), (labels["request"], info.request),
        (labels["evidence"], "\n".join(reg.evidence)),
        (labels["known_on"], day_text(reg.known_on)),
        (labels["objection_from"], day_text(reg.objection_from)),
        (labels["objection_to"], day_text(reg.objection_to)),
        (labels["handler"], info.handler), (labels["preset_key"], info.preset_name),
    ]
    return [row for row in rows if row[1]]


class ComplaintDetailDialog(QDialog):
    """Everything about one complaint: its details (the complainant masked unless revealed),
    the due date running now with its explanation and warnings, and every step taken."""

    def __init__(self, info: ComplaintInfo, months: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(tr("Complaint {number}").format(number=info.number))
        self.setMinimumSize(760, 620)
        body = QWidget()
        form = QFormLayout(body)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, str] = {}
        form.addRow(heading_label(tr("The complaint"), scale=1.1))
        for label, text in detail_rows(info):
            form.addRow(label, self._value(text))
            self.values[label] = text
        if not info.revealed:
            form.addRow("", help_label(tr("The complainant is shown masked. The handler, the "
                                          "head of the office and the administrator may "
                                          "reveal it with “Show complainant”.")))
        self.repeat = repeat_text(info, months)
        if self.repeat:
            form.addRow("", self._value(self.repeat, WARNING_STYLE))
        form.addRow(heading_label(tr("Time limit running now"), scale=1.1))
        self.due = due_text(info)
        form.addRow("", self._value(self.due, ERROR_STYLE if info.overdue_by else ""))
        for warning in info.due_warnings:
            form.addRow("", self._value(warning, WARNING_STYLE))
        form.addRow(heading_label(tr("Steps taken"), scale=1.1))
        self.history = ReadOnlyTable(history_headers())
        self.history.set_rows(history_rows(info))
        self.history.setMinimumHeight(
            self.history.verticalHeader().defaultSectionSize() * (len(info.case.history) + 2))
        form.addRow(self.history)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _value(text: str, style: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        return label


# --- the page ---------------------------------------------------------------------------------

class ComplaintsPage(RegisterPage):
    """Every complaint and report, coloured by its due date, and what can be done with it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, complaints.TABLE_KEY, parent)
        self.dialog: RecordForm | None = None
        self.detail: ComplaintDetailDialog | None = None
        self.preview_task: BackgroundTask | None = None
        self._today = date.today()
        self._soon = self._today
        self._threshold = 3
        self._tips: dict[str, str] = {}
        self.view.record_activated.connect(lambda _id: self.show_detail())
        self.view.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.view.model.modelReset.connect(self._read_limits)
        self.view.model.count_changed.connect(lambda _count: self._read_limits())
        self.register_button = action_button(tr("Register…"), tr(
            "Register a complaint or report received by telephone, fax, mail, letter, in "
            "person, online or assigned from above"), self.register)
        self.step_button = action_button(tr("Take a step…"), tr(
            "Accept, refuse, ask for materials, transfer, suspend, resume, extend, decide, "
            "answer or archive the selected complaint"), self.take_step)
        self.detail_button = action_button(tr("Details"), tr(
            "Every step of the selected complaint with its deadline, and the time limit "
            "running now (or double-click it)"), self.show_detail)
        self.reveal_button = action_button(tr("Show complainant"), tr(
            "Show who complained, in full (written to the audit log)"), self.reveal)
        self.print_button = QPushButton(tr("Print"))
        self.print_button.setToolTip(tr("The forms of the selected complaint"))
        self.print_menu = QMenu(self.print_button)
        self.print_menu.setToolTipsVisible(True)
        self.print_menu.aboutToShow.connect(self._fill_print_menu)
        self.print_button.setMenu(self.print_menu)
        self.watch_button = action_button(tr("Put on the watch list…"), tr(
            "Propose the entity complained of again and again for the watch list"),
            self.propose_watch)
        self.more_button = QPushButton(tr("More"))
        more = QMenu(self.more_button)
        more.setToolTipsVisible(True)
        self.delete_action = menu_action(more, tr("Delete…"), tr(
            "Delete a complaint registered by mistake (only before any other step)"),
            self.delete_complaint)
        self.history_action = menu_action(more, tr("Change history"), tr(
            "Every change of the selected complaint"), self.show_changes)
        self.files_action = menu_action(more, tr("Evidence files…"), tr(
            "The scans and documents kept with the selected complaint"), self.show_files)
        self.more_button.setMenu(more)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(WARNING_STYLE)
        self.owner_only(self.step_button, self.watch_button, self.delete_action)
        self.lay_out(tr("Complaints and reports"), tr(
            "Each complaint is accepted or refused, investigated and decided within its time "
            "limits, counted in working days of the office's calendar. Red rows are overdue, "
            "amber rows are due soon; point at the due date to see how it was worked out."),
            (self.register_button, self.step_button, self.detail_button, self.reveal_button,
             self.print_button, self.watch_button, self.more_button))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.view), self.notice)
        self.view.model.set_row_hooks(self.row_colour, self.cell_tip)
        self._read_limits()

    # --- colours and explanations -------------------------------------------------------

    def _read_limits(self) -> None:
        """Today, the end of "due soon", the repeat threshold, and a line about what needs
        attention (overdue, due soon, calendar warnings); read again with the list."""
        database, actor = self.context.database, self.context.actor
        self._tips.clear()
        self._today = date.today()
        try:
            within = int(get_setting(database, complaints.DUE_SOON.key))
            self._soon = load_calendar(database).add_workdays(self._today, within).due \
                if within > 0 else self._today
            self._threshold = int(get_setting(database, complaints.REPEAT_COUNT.key))
            running = complaints.overdue_complaints(database, actor, self._today, within=None)
        except UserError as error:
            self.notice.setText(str(error))
            return
        overdue = sum(1 for item in running if item.overdue_by)
        soon = sum(1 for item in running if not item.overdue_by and item.due_on is not None
                   and item.due_on <= self._soon)
        warned = sum(1 for item in running if item.due_warnings)
        parts = []
        if overdue:
            parts.append(tr("{count} overdue.").format(count=overdue))
        if soon:
            parts.append(tr("{count} due within {days} working days.").format(
                count=soon, days=within))
        if warned:
            parts.append(tr("{count} due dates fall in a year whose holidays are not entered "
                            "in the calendar: check them.").format(count=warned))
        self.notice.setText(" ".join(parts))
        self.notice.setVisible(bool(parts))

    def row_colour(self, row: dict[str, Any]) -> QColor | None:
        """Overdue rows red, rows due within the set working days amber."""
        due = row.get("due_on")
        if not isinstance(due, date):
            return None
        if due < self._today:
            return QColor(OVERDUE_COLOUR)
        if due <= self._soon:
            return QColor(DUE_SOON_COLOUR)
        return None

    def cell_tip(self, key: str, row: dict[str, Any]) -> str | None:
        """The due date explains itself: how it was worked out, and any calendar warning."""
        if key != "due_on" or row.get("due_on") is None:
            return None
        row_id = str(row.get(ROW_ID))
        if row_id not in self._tips:
            try:
                info = complaints.get_complaint(self.context.database, self.context.actor,
                                                row_id)
            except UserError as error:
                return str(error)
            self._tips[row_id] = due_text(info)
        return self._tips[row_id]

    # --- the selection --------------------------------------------------------------------

    def _update_buttons(self) -> None:
        row = self.selected_row()
        selected = row is not None
        status = str(row.get("status") or "") if row else ""
        may_write = self.context.actor.can(Permission.WRITE)
        repeated = selected and int(row.get("repeat_count") or 0) + 1 >= self._threshold \
            if row else False
        for widget, enabled in (
                (self.register_button, may_write),
                (self.step_button, selected and may_write and status != "archived"),
                (self.detail_button, selected), (self.reveal_button, selected),
                (self.print_button, selected),
                (self.watch_button, repeated and may_write),
                (self.delete_action, selected and may_write and status == "registered"),
                (self.history_action, selected), (self.files_action, selected)):
            widget.setEnabled(enabled)
        self.watch_button.setVisible(repeated)

    def selected_complaint(self) -> ComplaintInfo | None:
        """The complaint under the cursor, read again (``None`` and a message if gone)."""
        return self.read_selected(complaints.get_complaint)

    def _open_form(self, form: RecordForm) -> RecordForm:
        self.dialog = form
        form.saved.connect(lambda _info: self.view.refresh())
        form.saved.connect(lambda _info: self._read_limits())
        form.open()
        return form

    # --- actions ----------------------------------------------------------------------------

    def show_files(self) -> AttachmentsDialog | None:
        """The evidence files kept with the selected complaint."""
        info = self.selected_complaint()
        if info is None:
            return None
        self.files_dialog = open_attachments(self, self.context, "complaints", info.id,
                                             info.number)
        return self.files_dialog

    def register(self) -> RecordForm:
        """登记: a new complaint or report."""
        return self._open_form(RegistrationForm(self.context, self))

    def take_step(self) -> RecordForm | None:
        """办理 the selected complaint: only the steps it allows (延期 only to approvers)."""
        info = self.selected_complaint()
        if info is None:
            return None
        steps = steps_for(info, self.context.actor.can(Permission.APPROVE))
        if not steps:
            inform(self, tr("Take a step"), tr(
                "Nothing can be done with {number} now that you may do: it is “{status}”. "
                "An extension is approved by the head of the office.").format(
                    number=info.number, status=info.status_label))
            return None
        return self._open_form(StepForm(self.context, info, steps, self))

    def _open_detail(self, info: ComplaintInfo) -> ComplaintDetailDialog:
        months = int(get_setting(self.context.database, complaints.REPEAT_MONTHS.key))
        self.detail = ComplaintDetailDialog(info, months, self)
        self.detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail.open()
        return self.detail

    def show_detail(self) -> ComplaintDetailDialog | None:
        """The selected complaint in full, its complainant masked."""
        info = self.selected_complaint()
        return None if info is None else self._open_detail(info)

    def reveal(self) -> ComplaintDetailDialog | None:
        """The selected complaint with the complainant in full (audited); refused politely to
        users who may not see it."""
        record_id = self.view.current_id()
        if record_id is None:
            return None
        try:
            info = complaints.reveal_complainant(self.context.database, self.context.actor,
                                                 record_id, "view")
        except UserError as error:
            show_user_error(self, error, tr("Show complainant"))
            return None
        return self._open_detail(info)

    def _fill_print_menu(self) -> None:
        self.print_menu.clear()
        info = self.selected_complaint()
        if info is None:
            return
        for key, title in forms_for(info):
            menu_action(self.print_menu, title, tr("Print preview of “{title}”").format(
                title=title), lambda key=key, number=info.number: self.print_form(key, number))

    def print_form(self, form_key: str, number: str) -> BackgroundTask:
        """Preview a form of a complaint."""
        self.preview_task = show_form_preview(self, self.context, form_key, number)
        return self.preview_task

    def propose_watch(self) -> RecordForm | None:
        """Open the credit lists' proposal with the watch list and the respondent filled in."""
        info = self.selected_complaint()
        if info is None:
            return None
        form = EntryForm(self.context, None, self)
        months = int(get_setting(self.context.database, complaints.REPEAT_MONTHS.key))
        form.set_values(form.values() | {
            "list_kind": ListKind.WATCH.value,
            "conduct": tr("{times} complaints within {months} months (latest: {number}, "
                          "{matter})").format(times=info.repeat_count + 1, months=months,
                                              number=info.number, matter=info.matter),
            "entity_name": info.respondent_name, "entity_code": info.respondent_code})
        if info.respondent_entity_id:
            form.picker.search_box.setText(info.respondent_code or info.respondent_name)
            for row in range(form.picker.candidates.count()):
                item = form.picker.candidates.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == info.respondent_entity_id:
                    form.picker.candidates.setCurrentItem(item)
        else:
            form.new_entity.setChecked(True)
        self.dialog = form
        form.open()
        return form

    def delete_complaint(self) -> None:
        """Mark a complaint registered by mistake deleted, after asking."""
        info = self.selected_complaint()
        if info is None or not confirm(self, tr("Delete complaint"), tr(
                "Delete {number}? It stays in the database and in the change history; its "
                "number is not given again.").format(number=info.number)):
            return
        self.delete_record(lambda: complaints.delete_complaint(
            self.context.database, self.context.actor, info.id, info.version))
        self._read_limits()

    def show_changes(self) -> None:
        """The change history of the selected complaint."""
        info = self.selected_complaint()
        if info is not None:
            show_history(self, self.context, "complaints", info.id, info.number)


register_page(PageInfo(
    key="complaints",
    title=lambda: tr("Complaints and reports"),
    group=group_registers,
    factory=ComplaintsPage,
    permission=Permission.READ,
    order=140,
))
