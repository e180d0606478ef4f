"""The credit lists page (台账 → 红黑名单): propose an entity, take each step of its life cycle,
read an entry, print its notice and removal decision, the publication lists, import, close
expired entries.

Everything goes through :mod:`jianguan_desktop.services.credit_lists` (and ``credit_forms``);
a step the rules refuse is shown at its field in Chinese and nothing is written. Decisions
(列入, 信用修复, 移出) are offered only to users who may approve.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain import credit_lists as rules
from jianguan_desktop.domain.credit_lists import ListKind, Severity, Status, Step
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import credit_forms, credit_lists
from jianguan_desktop.services.credit_lists import (
    DECISION_STEPS,
    CreditEntryInfo,
    field_labels,
    list_labels,
    step_labels,
    table_key_for,
)
from jianguan_desktop.services.entities import kind_labels
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.ui.background import BackgroundTask, run_in_background
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.import_dialog import open_import
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef, OptionalDateEdit, RecordForm
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import (
    EntryDetailDialog,
    FittingForm,
    day_text,
    fit_height,
    open_detail,
)
from jianguan_desktop.ui.registers.entities import EntityPicker
from jianguan_desktop.ui.widgets import (
    action_button,
    ask_save_path,
    confirm,
    help_label,
    inform,
    remember_folder,
    remembered_folder,
    safe_file_name,
    show_user_error,
)

load_registers()  # the lists' forms and imports are registered by the services
PUBLICATION_FORMS = {ListKind.BLACK.value: credit_forms.BLACKLIST_FORM,
                     ListKind.RED.value: credit_forms.REDLIST_FORM}
IMPORT_KEY = "credit_entries"
EXPORT_FOLDER_KEY = "export.folder"
ENDED = frozenset({"removed", "withdrawn"})  # no step is left
UNDECIDED = frozenset({"proposed", "notified"})  # list, severity and date may still change
DELETABLE = frozenset({"proposed", "withdrawn"})  # a proposal entered by mistake
PICKER_ROWS = 6
CONDITIONS = ("corrected", "obligations_met", "commitment")


def condition_labels() -> dict[str, str]:
    """The three conditions of credit repair, as the rules name them."""
    return {"corrected": tr("the conduct has been corrected"),
            "obligations_met": tr("the obligations have been fulfilled"),
            "commitment": tr("a credit commitment has been made")}





# --- 拟列入 ----------------------------------------------------------------------------------

def proposal_fields() -> list[FieldDef]:
    """The fields of the proposal dialog (the entity is chosen above them or typed in)."""
    labels = field_labels()
    severities = [(item.value, item.label) for item in Severity]
    return [
        FieldDef("entity_kind", labels["entity_kind"], "combo",
                 choices=list(kind_labels().items())),
        FieldDef("entity_name", labels["entity_name"], max_length=200),
        FieldDef("entity_code", labels["entity_code"], max_length=40, help=tr(
            "Units: the unified social credit code; experts and natural persons: the ID card "
            "number. The entity is registered in the market entity register on the way.")),
        FieldDef("list_kind", labels["list_kind"], "combo", required=True,
                 choices=list(list_labels().items())),
        FieldDef("severity", labels["severity"], "combo", required=True, choices=severities,
                 help=tr("Decides how long the entry is published (see the settings).")),
        FieldDef("conduct", labels["conduct"], "text", required=True,
                 placeholder=tr("What the entity did, when, in which project")),
        FieldDef("basis", labels["basis"], max_length=500, placeholder=tr(
            "The decision or document and its number; required before listing")),
        FieldDef("department", labels["department"], max_length=200),
        FieldDef("sanctions", labels["sanctions"], max_length=1000,
                 placeholder=tr("Such as: barred from bidding in the county for 2 years")),
        FieldDef("proposed_on", labels["proposed_on"], "date", required=True),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


class EntryForm(FittingForm):
    """拟列入 (``entry`` None): choose a registered entity by searching (or type a new one),
    the list, the conduct and its basis; or correct the details of an entry. Every message
    lands at its field."""

    def __init__(self, ctx: AppContext, entry: CreditEntryInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.entry = entry
        values: dict[str, Any] = {"entity_kind": "bidder", "list_kind": ListKind.BLACK.value,
                                  "proposed_on": date.today()}
        title = tr("Propose for a credit list")
        if entry is not None:
            values = {key: getattr(entry, key) for key in credit_lists.DETAIL_FIELDS}
            title = tr("Edit credit list entry {number}").format(number=entry.number)
        super().__init__(proposal_fields(), self._save_entry, values, title, parent)
        self.setMinimumWidth(640)
        self.registered = QRadioButton(tr("An entity of the register"))
        self.new_entity = QRadioButton(tr("A new entity"))
        self.registered.setChecked(True)
        self.mode = QButtonGroup(self)
        for button in (self.registered, self.new_entity):
            self.mode.addButton(button)
        self.picker = EntityPicker(ctx)
        self.picker.candidates.setFixedHeight(
            self.picker.candidates.fontMetrics().lineSpacing() * PICKER_ROWS + 12)
        self.entity_label = QLabel("" if entry is None else f"{entry.entity_name}（"
                                   f"{entry.entity_code}，{entry.entity_kind_label}）")
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        modes = QHBoxLayout()
        modes.addWidget(self.registered)
        modes.addWidget(self.new_entity)
        modes.addStretch(1)
        column.addLayout(modes)
        column.addWidget(self.picker)
        column.addWidget(self.entity_label)
        self.form.add_field("entity_id", field_labels()["entity_id"], chooser)
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        taken = layout.takeRow(layout.rowCount() - 1)  # the chooser leads the form
        layout.insertRow(0, taken.labelItem.widget(), taken.fieldItem.widget())
        self.registered.toggled.connect(self._mode_changed)
        list_box = self.widgets["list_kind"]
        assert isinstance(list_box, QComboBox)
        list_box.currentIndexChanged.connect(lambda _index: self._list_changed())
        if entry is not None and entry.status not in UNDECIDED:
            for key in ("list_kind", "severity", "proposed_on"):  # the decision stands
                self.widgets[key].setEnabled(False)
        self._mode_changed()
        self._list_changed()
        self.set_values(self.values())  # the form counts as unchanged

    def _mode_changed(self) -> None:
        editing = self.entry is not None
        new = self.new_entity.isChecked() and not editing
        for widget in (self.registered, self.new_entity):
            widget.setVisible(not editing)
        self.picker.setVisible(not new and not editing)
        self.entity_label.setVisible(editing)
        for key in ("entity_kind", "entity_name", "entity_code"):
            self.set_row_visible(key, new)
        fit_height(self, shrink=True)

    def _list_changed(self) -> None:
        """The 红名单 has no severity: its row is hidden."""
        self.set_row_visible("severity", self.values()["list_kind"] != ListKind.RED.value)
        fit_height(self, shrink=True)

    def local_errors(self) -> dict[str, str]:
        errors = super().local_errors()
        if self.values()["list_kind"] == ListKind.RED.value:
            errors.pop("severity", None)
        if (self.entry is None and self.registered.isChecked()
                and self.picker.chosen_id() is None):
            errors["entity_id"] = tr("Search the register and choose the entity, or choose "
                                     "“A new entity” and enter it.")
        return errors

    def _save_entry(self, values: dict[str, Any]) -> CreditEntryInfo:
        data = {key: values[key] for key in credit_lists.DETAIL_FIELDS}
        data["severity"] = data["severity"] or ""
        if self.entry is not None:
            return credit_lists.update_entry(self.ctx.database, self.ctx.actor, self.entry.id,
                                             data, self.entry.version)
        if self.new_entity.isChecked():
            data |= {key: values[key] or "" for key in ("entity_kind", "entity_name",
                                                         "entity_code")}
        else:
            data["entity_id"] = self.picker.chosen_id()
        return credit_lists.propose_entry(self.ctx.database, self.ctx.actor, data)


# --- 办理 -------------------------------------------------------------------------------------

def step_fields(steps: list[str]) -> list[FieldDef]:
    """The fields of the step dialog; each step shows only those it needs."""
    labels = field_labels()
    names = step_labels()
    return [
        FieldDef("step", tr("Step"), "combo", required=True,
                 choices=[(step, names[step]) for step in steps]),
        FieldDef("on", tr("Date of the step"), "date", required=True),
        FieldDef("text", labels["text"], "text"),
        FieldDef("basis", labels["basis"], max_length=500, help=tr(
            "The decision or document and its number; nobody is listed without one.")),
        FieldDef("end", labels["end"], "date", help=tr(
            "Filled in with the longest period allowed for this list and severity, counted "
            "from the date of the decision; shorten it if the decision says so.")),
        FieldDef("corrected", tr("Conditions of repair"), "check"),
        FieldDef("obligations_met", "", "check"),
        FieldDef("commitment", "", "check", help=tr(
            "Credit can be repaired only when all three are met.")),
        FieldDef("repair_note", labels["repair_note"], "text", placeholder=tr(
            "The documents proving the conditions, such as the written credit commitment")),
    ]


# fields each step needs besides its date, and how the text field is called for it
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    Step.NOTIFY: (), Step.OBJECT: ("text",), Step.ANSWER: ("text",),
    Step.LIST: ("basis", "end"), Step.REPAIR: (*CONDITIONS, "repair_note"),
    Step.EXPIRE: (), Step.REMOVE: ("text",), Step.WITHDRAW: ("text",),
}
OPTIONAL_FIELDS = ("text", "basis", "end", *CONDITIONS, "repair_note")


def text_captions() -> dict[str, str]:
    """What the text field is called for each step that has one."""
    return {Step.OBJECT: tr("What the party objects to"),
            Step.ANSWER: tr("Answer to the objection"),
            Step.REMOVE: tr("Reason for removal"), Step.WITHDRAW: tr("Reason for withdrawal")}


def steps_for(entry: CreditEntryInfo, may_approve: bool) -> list[str]:
    """The steps offered for an entry: those its status allows, decisions only to approvers."""
    return [step for step in entry.allowed_steps
            if may_approve or Step(step) not in DECISION_STEPS]


class StepForm(FittingForm):
    """办理 one step of an entry: only the steps it allows, and per step only the fields it
    needs; a step the rules refuse shows the reason at the right field and writes nothing."""

    def __init__(self, ctx: AppContext, entry: CreditEntryInfo, steps: list[str],
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.entry = entry
        self._auto_end: date | None = None
        first = Step.EXPIRE.value if (entry.current_status == Status.EXPIRED.value
                                      and Step.EXPIRE.value in steps) else steps[0]
        super().__init__(step_fields(steps), self._take_step,
                         {"step": first, "on": date.today(),
                          "basis": entry.basis}, tr("Take a step: {number}").format(
                              number=entry.number), parent)
        self.setMinimumWidth(600)
        for key, text in condition_labels().items():
            box = self.widgets[key]
            assert isinstance(box, QCheckBox)
            box.setText(text)
        on_edit = self.widgets["on"]
        assert isinstance(on_edit, QDateEdit)
        on_edit.dateChanged.connect(lambda _day: self._fill_end())
        self.summary = self.set_up_step_choice(self.summary_text(), self._step_changed,
                                               stretch=True)

    def summary_text(self) -> str:
        """The entry in one paragraph: who, which list, where it stands, open objections."""
        entry = self.entry
        parts = [tr("{number}: {name} ({code}), {list}, {status}.").format(
            number=entry.number, name=entry.entity_name, code=entry.entity_code,
            list=entry.list_label if not entry.severity_label else
            f"{entry.list_label}（{entry.severity_label}）",
            status=entry.current_status_label)]
        for objection in entry.objections:
            if objection.answered_on is None:
                parts.append(tr("Objection of {day} not yet answered: {text}").format(
                    day=day_text(objection.received_on), text=objection.text))
        return "\n".join(parts)

    def step(self) -> str | None:
        """The step chosen."""
        return self.values()["step"]

    def _step_changed(self) -> None:
        step = self.step()
        needed = STEP_FIELDS.get(step or "", ())
        for key in OPTIONAL_FIELDS:
            self.set_row_visible(key, key in needed)
        self.set_caption("text", text_captions().get(step or "", field_labels()["text"]))
        self.clear_errors()
        self._fill_end()
        fit_height(self, shrink=True)

    def _fill_end(self) -> None:
        """Listing: the end of publication follows the date of the decision, until the user
        sets it himself."""
        if self.step() != Step.LIST:
            return
        current = self.values()["end"]
        if current is not None and current != self._auto_end:
            return  # typed by the user: kept
        on = self.values()["on"]
        end = None
        if on is not None:
            try:
                kind = ListKind(self.entry.list_kind)
                severity = Severity(self.entry.severity or Severity.ORDINARY.value)
                end = rules.publication_period(
                    kind, severity, on, credit_lists.publication_rules(self.ctx.database))[1]
            except (UserError, ValueError):
                end = None  # e.g. minor breaches are not published: the service says so
        self._auto_end = end
        end_edit = self.widgets["end"]
        assert isinstance(end_edit, OptionalDateEdit)
        end_edit.set_value(end)

    def show_user_error(self, error: UserError) -> None:
        """As the record form; the rules' names for what the dialog shows otherwise are
        mapped: the conditions to the first one not ticked, the start to the date."""
        if isinstance(error, ValidationError):
            placed = {self._field_for(key): message for key, message in error.fields.items()}
            error = ValidationError(error.message, field=self._field_for(error.field),
                                    fields=placed)
        super().show_user_error(error)

    def _field_for(self, key: str | None) -> str | None:
        if key == "conditions":
            values = self.values()
            return next((name for name in CONDITIONS if not values[name]), CONDITIONS[0])
        if key == "start":
            return "on"
        return key

    def _take_step(self, values: dict[str, Any]) -> CreditEntryInfo:
        step = values["step"]
        data = {key: values[key] for key in ("on", *STEP_FIELDS.get(step, ()))}
        return credit_lists.take_step(self.ctx.database, self.ctx.actor, self.entry.id, step,
                                      data, self.entry.version)


# --- 公示表 -----------------------------------------------------------------------------------

class PublicationDialog(QDialog):
    """黑名单公示表 / 红名单公示表 on a date: print preview, or an Excel workbook."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        self.setWindowTitle(tr("Publication lists"))
        self.setMinimumWidth(480)
        self.black = QRadioButton(tr("Blacklist publication list"))
        self.red = QRadioButton(tr("Redlist publication list"))
        self.black.setChecked(True)
        kinds = QVBoxLayout()
        kinds.addWidget(self.black)
        kinds.addWidget(self.red)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.count_label = help_label("")
        form = QFormLayout()
        form.addRow(tr("List"), kinds)
        form.addRow(tr("Entries in force on"), self.day)
        form.addRow("", self.count_label)
        self.preview_button = action_button(tr("Print preview"), tr(
            "See the list as it prints, then print it or save it as PDF"), self.preview)
        self.export_button = action_button(tr("Export to Excel"), tr(
            "Save the list as an .xlsx workbook to publish"), self.export_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label(tr(
            "The entries in force on the chosen day. ID card numbers are masked and no "
            "personal contact details are printed: the lists may be published.")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.black.toggled.connect(lambda _on: self.update_count())
        self.day.dateChanged.connect(lambda _day: self.update_count())
        self.update_count()

    def list_kind(self) -> str:
        """The list chosen."""
        return ListKind.RED.value if self.red.isChecked() else ListKind.BLACK.value

    def on(self) -> date:
        """The day chosen."""
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def update_count(self) -> None:
        """Say how many entries the list will hold."""
        try:
            count = len(credit_lists.published_entries(self.ctx.database, self.ctx.actor,
                                                       self.list_kind(), self.on()))
        except UserError as error:
            self.count_label.setText(str(error))
            return
        self.count_label.setText(tr("{count} entries in force on that day.").format(
            count=count))

    def preview(self) -> BackgroundTask:
        """Preview the list as printed (ref: the day, YYYY-MM-DD)."""
        self.task = show_form_preview(self, self.ctx, PUBLICATION_FORMS[self.list_kind()],
                                      self.on().isoformat())
        return self.task

    def export_clicked(self) -> None:
        """Ask for a file, then write the workbook in the background."""
        label = list_labels()[self.list_kind()]
        name = safe_file_name(tr("{list} publication list {day}").format(
            list=label, day=self.on().isoformat()) + ".xlsx")
        start = remembered_folder(self.ctx.database, self.ctx.actor, EXPORT_FOLDER_KEY) / name
        path = ask_save_path(self, tr("Export to Excel"), start,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        """Write the list of the chosen kind and day to ``path`` off the GUI thread."""
        database, actor = self.ctx.database, self.ctx.actor
        kind, day = self.list_kind(), self.on()

        def job(_progress: Any) -> int:
            return credit_forms.write_publication_xlsx(database, actor, kind, day, path)

        def done(count: int) -> None:
            remember_folder(database, actor, EXPORT_FOLDER_KEY, path.parent)
            inform(self, tr("Export to Excel"), tr(
                "The list with {count} entries was saved to {path}.").format(count=count,
                                                                            path=path))

        self.export_button.setEnabled(False)
        self.task = run_in_background(self, tr("Export to Excel"), job, done)
        self.task.finished.connect(lambda: self.export_button.setEnabled(True))
        return self.task


# --- the page ---------------------------------------------------------------------------------

def menu_action(menu: QMenu, text: str, tip: str, slot: Callable[[], Any]) -> QAction:
    """An entry of a button's menu: its text, a tooltip and what it does."""
    action = menu.addAction(text)
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


class CreditListsPage(RegisterPage):
    """Every entry of the credit lists, newest first, and what can be done with it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, table_key_for(context.actor), parent)
        self.dialog: RecordForm | None = None
        self.detail: EntryDetailDialog | None = None
        self.publication: PublicationDialog | None = None
        self.preview_task: BackgroundTask | None = None
        self.view.record_activated.connect(lambda _id: self.show_detail())
        # a step changes the status of the selected row in place: the buttons follow it
        self.view.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.propose_button = action_button(tr("Propose…"), tr(
            "Propose an entity for the blacklist, the redlist or the watch list"),
            self.propose)
        self.edit_button = action_button(tr("Edit…"), tr(
            "Correct the conduct, basis, department or sanctions of the selected entry"),
            self.edit_entry)
        self.step_button = action_button(tr("Take a step…"), tr(
            "Notify the party, record an objection or the answer, list, repair, close or "
            "remove the selected entry"), self.take_step)
        self.detail_button = action_button(tr("Details"), tr(
            "Everything about the selected entry: objections, answers and the date of every "
            "step (or double-click it)"), self.show_detail)
        self.notice_button = action_button(tr("Print notice"), tr(
            "The notice of the proposed listing for the party (列入告知书)"),
            lambda: self.print_selected(credit_forms.NOTICE_FORM))
        self.removal_button = action_button(tr("Print removal decision"), tr(
            "The decision to remove the selected entry from the list (移出决定)"),
            lambda: self.print_selected(credit_forms.REMOVAL_FORM))
        self.publication_button = action_button(tr("Publication lists…"), tr(
            "The blacklist or redlist in force on a day, to print or to export to Excel"),
            self.open_publication)
        # less frequent work, under 更多 so that the row fits a small screen
        self.more_button = QPushButton(tr("More"))
        more = QMenu(self.more_button)
        more.setToolTipsVisible(True)
        self.import_action = menu_action(more, tr("Import…"), tr(
            "Take over credit list entries from an Excel workbook"), self.import_entries)
        self.expire_action = menu_action(more, tr("Close expired…"), tr(
            "Close every listed entry whose publication period has ended"),
            self.close_expired)
        self.delete_action = menu_action(more, tr("Delete…"), tr(
            "Delete a proposal entered by mistake (entries already sent to the party are "
            "withdrawn or removed instead)"), self.delete_entry)
        self.history_action = menu_action(more, tr("Change history"), tr(
            "Every change of the selected entry"), self.show_entry_history)
        self.more_button.setMenu(more)
        self.owner_only(self.edit_button, self.step_button, self.delete_action,
                        self.expire_action)
        self.lay_out(tr("Credit lists"), tr(
            "Blacklist, redlist and watch list. An entry is proposed, the party is notified "
            "and may object, then the entry is listed and published; it leaves the list by "
            "itself the day after its period ends. Listing, repair and removal are decisions "
            "of the head of the office."),
            (self.propose_button, self.edit_button, self.step_button, self.detail_button,
             self.notice_button, self.removal_button, self.publication_button,
             self.more_button))

    def _selected_status(self) -> str | None:
        row = self.view.model.row(self.view.table.currentIndex().row()) \
            if self.view.current_id() is not None else None
        return None if row is None else str(row.get("status") or "")

    def _update_buttons(self) -> None:
        status = self._selected_status()
        selected = status is not None
        may_write = self.context.actor.can(Permission.WRITE)
        for button, enabled in (
                (self.propose_button, may_write),
                (self.edit_button, selected and may_write and status not in ENDED),
                (self.delete_action, selected and may_write and status in DELETABLE),
                (self.step_button, selected and may_write and status not in ENDED),
                (self.detail_button, selected),
                (self.notice_button, selected and status != "withdrawn"),
                (self.removal_button, selected and status in credit_forms.LEFT_STATUSES),
                (self.import_action, may_write),
                (self.expire_action, may_write),
                (self.history_action, selected)):
            button.setEnabled(enabled)

    def selected_entry(self) -> CreditEntryInfo | None:
        """The entry under the cursor, read again (``None`` and a message if it is gone)."""
        return self.read_selected(credit_lists.get_entry)

    def _open_form(self, form: RecordForm) -> RecordForm:
        self.dialog = form
        form.saved.connect(lambda _info: self.view.refresh())
        form.open()
        return form

    def propose(self) -> RecordForm:
        """拟列入: choose or enter the entity, the list and the conduct."""
        return self._open_form(EntryForm(self.context, None, self))

    def edit_entry(self) -> RecordForm | None:
        """Correct the details of the selected entry."""
        entry = self.selected_entry()
        return None if entry is None else self._open_form(EntryForm(self.context, entry, self))

    def delete_entry(self) -> None:
        """Mark a proposal entered by mistake deleted, after asking."""
        entry = self.selected_entry()
        if entry is None or not confirm(self, tr("Delete proposal"), tr(
                "Delete the proposal {number} about “{name}”? It stays in the database and in "
                "the change history; its number is not given again.").format(
                    number=entry.number, name=entry.entity_name)):
            return
        self.delete_record(lambda: credit_lists.delete_entry(
            self.context.database, self.context.actor, entry.id, entry.version))

    def take_step(self) -> RecordForm | None:
        """办理 the selected entry: only the steps it allows (decisions only to approvers)."""
        entry = self.selected_entry()
        if entry is None:
            return None
        steps = steps_for(entry, self.context.actor.can(Permission.APPROVE))
        if not steps:
            inform(self, tr("Take a step"), tr(
                "Nothing can be done with {number} now that you may do: it is “{status}”. "
                "Listing, credit repair and removal are decided by the head of the office."
            ).format(number=entry.number, status=entry.current_status_label))
            return None
        return self._open_form(StepForm(self.context, entry, steps, self))

    def show_detail(self) -> EntryDetailDialog | None:
        """The selected entry in full."""
        entry = self.selected_entry()
        if entry is None:
            return None
        self.detail = open_detail(self, entry)
        return self.detail

    def print_selected(self, form_key: str) -> None:
        """Preview a form of the selected entry (notice or removal decision)."""
        entry = self.selected_entry()
        if entry is not None:
            self.preview_task = show_form_preview(self, self.context, form_key, entry.number)

    def open_publication(self) -> PublicationDialog:
        """Choose 黑名单 or 红名单 and a day; preview or export the list."""
        self.publication = PublicationDialog(self.context, self)
        self.publication.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.publication.open()
        return self.publication

    def import_entries(self) -> None:
        """Take over entries from an Excel workbook; the list is read again after it."""
        open_import(self, self.context, IMPORT_KEY, on_imported=lambda _count: self.view.refresh())

    def close_expired(self) -> None:
        """Close as expired every listed entry whose period has ended, after saying how many."""
        self._run(self._close_expired)

    def _close_expired(self) -> None:
        database, actor = self.context.database, self.context.actor
        count = credit_lists.count_expired(database, actor)
        if count == 0:
            inform(self, tr("Close expired entries"), tr(
                "No listed entry has passed the end of its publication period."))
            return
        if not confirm(self, tr("Close expired entries"), tr(
                "{count} listed entries have passed the end of their publication period and "
                "are no longer in force. Record them as “period expired”?").format(
                    count=count)):
            return
        closed = credit_lists.close_expired(database, actor)
        inform(self, tr("Close expired entries"), tr(
            "{count} entries were closed as expired.").format(count=closed))

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except UserError as error:
            show_user_error(self, error)
        self.view.refresh()

    def show_entry_history(self) -> None:
        """The change history of the selected entry."""
        entry = self.selected_entry()
        if entry is not None:
            show_history(self, self.context, "credit_entries", entry.id, entry.number)


register_page(PageInfo(
    key="credit_lists",
    title=lambda: tr("Credit lists"),
    group=group_registers,
    factory=CreditListsPage,
    permission=Permission.READ,
    order=120,
))
