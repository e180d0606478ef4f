"""The 协查 page (台账 → 协查函): draft a letter asking another unit to help verify a matter, send
it with the date a written reply is asked for, record the reply, print the 协查函.

Everything goes through :mod:`jianguan_desktop.services.transfers`; a step the rules refuse is
shown at its field and nothing is written. Letters whose reply is overdue are red.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.domain.transfers import AssistStatus, AssistStep
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import transfer_forms, transfers
from jianguan_desktop.services.settings import get_setting
from jianguan_desktop.services.transfers import AssistInfo, field_labels
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.record_form import FieldDef
from jianguan_desktop.ui.registers._credit_shared import FittingForm, day_text, fit_height
from jianguan_desktop.ui.registers.transfers import (
    COMPLAINT,
    LinkedKind,
    LinkedRegisterPage,
    RecordDetailDialog,
    Row,
    SourcedForm,
    source_fields,
    source_text,
)
from jianguan_desktop.ui.widgets import action_button

DRAFT = AssistStatus.DRAFT.value
OVERDUE = AssistStatus.OVERDUE.value
OPEN = frozenset({DRAFT, AssistStatus.SENT.value, OVERDUE})  # a step is left
ASSIST_KEYS = ("unit", "matter", "request_text", "contact", "created_on", "reply_by",
               "remarks")


def _reply_days(ctx: AppContext) -> int:
    """The days after sending a reply is asked for when no date is given (the setting)."""
    try:
        return int(get_setting(ctx.database, transfers.ASSIST_REPLY_DAYS.key))
    except UserError:
        return int(transfers.ASSIST_REPLY_DAYS.default)


# --- 新建 / 编辑 ------------------------------------------------------------------------------

def assist_fields(reply_days: int) -> list[FieldDef]:
    """The fields of the letter dialog (the source number is added by the dialog)."""
    labels = field_labels()
    return [
        *source_fields(),
        FieldDef("unit", labels["unit"], required=True, max_length=200,
                 placeholder=tr("Such as 滑县市场监督管理局")),
        FieldDef("matter", tr("Matter"), required=True, max_length=300,
                 placeholder=tr("Such as 核实某公司投标文件中社保缴纳证明的真实性")),
        FieldDef("request_text", labels["request_text"], "text",
                 placeholder=tr("What the unit is asked to verify or provide, one item a "
                                "line")),
        FieldDef("contact", labels["contact"], max_length=200),
        FieldDef("created_on", labels["created_on"], "date", required=True),
        FieldDef("reply_by", labels["reply_by"], "date", help=tr(
            "Leave empty to ask for a reply within {days} days of sending (see the "
            "settings).").format(days=reply_days)),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


class AssistForm(SourcedForm):
    """A new 协查函 (``info`` None) or a correction: the source, the unit asked, the matter,
    what is asked and the reply date; once sent, the unit and dates stand."""

    def __init__(self, ctx: AppContext, info: AssistInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.info = info
        values: dict[str, Any] = {"source_kind": COMPLAINT, "created_on": date.today()}
        title = tr("New request for assistance")
        if info is not None:
            values = {key: getattr(info, key) for key in ("source_kind", "source_ref",
                                                          *ASSIST_KEYS)}
            title = tr("Edit request for assistance {number}").format(number=info.number)
        super().__init__(ctx, assist_fields(_reply_days(ctx)), self._save_assist, values,
                         title, parent)
        if info is not None and info.status != DRAFT:
            for key in ("unit", "created_on", "reply_by"):
                self.widgets[key].setEnabled(False)
        self.set_values(self.values())  # the form counts as unchanged
        fit_height(self)

    def _save_assist(self, values: dict[str, Any]) -> AssistInfo:
        data = {key: values[key] for key in ASSIST_KEYS} | self.source_values()
        db, actor = self.ctx.database, self.ctx.actor
        if self.info is None:
            return transfers.create_assist(db, actor, data)
        if self.info.status != DRAFT:
            for key in ("unit", "created_on", "reply_by"):
                data.pop(key)
        return transfers.update_assist(db, actor, self.info.id, data, self.info.version)


# --- 发函 / 回复 -------------------------------------------------------------------------------

def step_fields(steps: list[str], reply_days: int) -> list[FieldDef]:
    """The fields of the step dialog; each step shows only those it needs."""
    labels = field_labels()
    names = AssistStep.value_labels()
    return [
        FieldDef("step", tr("Step"), "combo", required=True,
                 choices=[(step, names[step]) for step in steps]),
        FieldDef("on", tr("Date of the step"), "date", required=True),
        FieldDef("reply_by", labels["reply_by"], "date", help=tr(
            "Leave empty to ask for a reply within {days} days of sending (see the "
            "settings).").format(days=reply_days)),
        FieldDef("document", labels["reply_document"], max_length=200,
                 placeholder=tr("Its name and number, such as 关于协助核查有关情况的复函")),
        FieldDef("text", labels["reply_text"], "text"),
    ]


STEP_FIELDS: dict[str, tuple[str, ...]] = {AssistStep.SEND.value: ("reply_by",),
                                           AssistStep.REPLY.value: ("document", "text")}
OPTIONAL_FIELDS = ("reply_by", "document", "text")


def summary_text(info: AssistInfo) -> str:
    """The letter in one line: to whom, about what, where it stands, the reply date."""
    text = tr("{number}: to {unit} about {matter}; {status}.").format(
        number=info.number, unit=info.unit, matter=info.matter,
        status=info.current_status_label)
    if info.reply_by is not None and info.replied_on is None:
        text += tr(" A written reply is asked for by {day}.").format(day=day_text(info.reply_by))
    return text


class AssistStepForm(FittingForm):
    """发函 or 回复: only the steps the letter allows, per step only the fields it needs."""

    def __init__(self, ctx: AppContext, info: AssistInfo, parent: QWidget | None = None
                 ) -> None:
        self.ctx = ctx
        self.info = info
        steps = list(info.allowed_steps)
        super().__init__(step_fields(steps, _reply_days(ctx)), self._take_step,
                         {"step": steps[0], "on": date.today(), "reply_by": info.reply_by},
                         tr("Take a step: {number}").format(number=info.number), parent)
        self.setMinimumWidth(600)
        self.summary = self.set_up_step_choice(summary_text(info), self._step_changed)

    def _step_changed(self) -> None:
        step = str(self.values()["step"] or "")
        for key in OPTIONAL_FIELDS:
            self.set_row_visible(key, key in STEP_FIELDS.get(step, ()))
        self.clear_errors()
        fit_height(self, shrink=True)

    def _take_step(self, values: dict[str, Any]) -> AssistInfo:
        step = values["step"]
        data = {key: values[key] for key in ("on", *STEP_FIELDS.get(step, ()))}
        return transfers.take_assist_step(self.ctx.database, self.ctx.actor, self.info.id,
                                          step, data, self.info.version)


# --- the detail -------------------------------------------------------------------------------

def assist_rows(info: AssistInfo) -> list[Row]:
    """Everything about a letter, every step with its date."""
    labels = field_labels()
    late = {True: tr("Yes: after the date asked for"), False: tr("No: in time"),
            None: ""}[info.reply_late]
    return [
        tr("The letter"),
        (tr("Number"), info.number),
        (labels["source_kind"], source_text(info.source_label, info.source_ref)),
        (labels["unit"], info.unit), (tr("Matter"), info.matter),
        (labels["request_text"], info.request_text), (labels["contact"], info.contact),
        (labels["remarks"], info.remarks),
        tr("Steps"),
        (labels["status"], info.current_status_label),
        (labels["created_on"], day_text(info.created_on)),
        (tr("Sent on"), day_text(info.sent_on)),
        (labels["reply_by"], day_text(info.reply_by)),
        (labels["replied_on"], day_text(info.replied_on)),
        (labels["reply_document"], info.reply_document),
        (labels["reply_text"], info.reply_text),
        (tr("Reply late"), late),
    ]


def assist_detail(info: AssistInfo, parent: QWidget | None = None) -> RecordDetailDialog:
    """The detail dialog of a letter: an overdue or late reply in red."""
    red = (field_labels()["status"],) if info.current_status == OVERDUE else ()
    return RecordDetailDialog(
        tr("Request for assistance {number}").format(number=info.number), assist_rows(info),
        (*red, tr("Reply late")) if info.reply_late else red, None, parent)


# --- the page ---------------------------------------------------------------------------------

class AssistsPage(LinkedRegisterPage):
    """Every 协查函, newest first; letters whose reply is overdue are red."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, transfers.ASSIST_TABLE, LinkedKind(
            transfers.get_assist, transfers.delete_assist, AssistForm, AssistStepForm,
            assist_detail, lambda info: info.current_status_label), parent)
        self.new_button = action_button(tr("New letter…"), tr(
            "Draft a letter asking another unit to help verify a matter"), self.new_record)
        self.edit_button = action_button(tr("Edit…"), tr(
            "Correct the selected letter (after sending only its content)"), self.edit_record)
        self.step_button = action_button(tr("Send or record reply…"), tr(
            "Record that the letter was sent, or the written reply"), self.take_step)
        self.detail_button = action_button(tr("Details"), tr(
            "Every step with its date (or double-click the row)"), self.show_detail)
        self.print_button = action_button(tr("Print letter"), tr(
            "The letter requesting assistance (协查函)"),
            lambda: self.print_selected(transfer_forms.ASSIST_FORM))
        self.lay_out_linked(tr("Requests for assistance"), tr(
            "Letters asking another unit to verify a matter and answer in writing (协查函). "
            "Record when each was sent and the written reply; red rows are past the date the "
            "reply was asked for."),
            (self.new_button, self.edit_button, self.step_button, self.detail_button,
             self.print_button),
            ((tr("Delete…"), tr("Delete a letter entered by mistake (only one not yet sent)")),
             (tr("Change history"), tr("Every change of the selected letter"))))

    def row_overdue(self, row: dict[str, Any]) -> bool:
        return row.get("status") == OVERDUE

    def button_states(self, status: str | None) -> list[tuple[Any, bool]]:
        selected = status is not None
        may_write = selected and self.may_write()
        return [(self.edit_button, may_write),
                (self.step_button, may_write and status in OPEN),
                (self.print_button, selected)]

    def delete_question(self, info: AssistInfo) -> tuple[str, str]:
        return tr("Delete letter"), tr(
            "Delete the letter {number} to {unit}? It stays in the database and in the "
            "change history; its number is not given again.").format(number=info.number,
                                                                     unit=info.unit)


register_page(PageInfo(
    key="assist_requests",
    title=lambda: tr("Requests for assistance"),
    group=group_registers,
    factory=AssistsPage,
    permission=Permission.READ,
    order=155,
))
