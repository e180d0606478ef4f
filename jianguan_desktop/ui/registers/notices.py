"""The notices register page (台账 → 发文登记): the list, new and edit, print preview, history.

Everything goes through :mod:`jianguan_desktop.services.notices`; the edit dialog is a
:class:`~jianguan_desktop.ui.record_form.RecordForm` whose messages land at their fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import notices
from jianguan_desktop.services.form_settings import form_profile
from jianguan_desktop.services.notices import FORM_KEY, TABLE_KEY, NoticeInfo, field_labels
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.ui.background import BackgroundTask
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.import_dialog import open_import
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef, RecordForm
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.widgets import action_button, confirm

load_registers()  # the notice form and import are registered by the services
BODY_LINES = 12
IMPORT_KEY = "notices"


def notice_fields(ctx: AppContext) -> list[FieldDef]:
    """The fields of the edit dialog; blanks show what the office's settings fill in."""
    labels = field_labels()
    profile = form_profile(ctx.database)
    return [
        FieldDef("title", labels["title"], required=True, max_length=200),
        FieldDef("doc_code", labels["doc_code"], placeholder=profile.doc_code, max_length=20,
                 help=tr("The organ code before the year of the document number, such as "
                         "滑监. Blank: the office's code from the settings.")),
        FieldDef("doc_year", labels["doc_year"], max_length=4,
                 placeholder=tr("Blank: the year of signing")),
        FieldDef("doc_seq", labels["doc_seq"], max_length=5,
                 placeholder=tr("Blank: the next free number"),
                 help=tr("Give a number only to register a document numbered by hand.")),
        FieldDef("addressee", labels["addressee"], max_length=200,
                 placeholder=tr("Blank: a line to fill in by hand")),
        FieldDef("body", labels["body"], "text", help=tr(
            "One paragraph per line. A short line starting with 一、, （一）, 1. or （1） "
            "prints as a heading.")),
        FieldDef("signature", labels["signature"], max_length=200,
                 placeholder=profile.signature),
        FieldDef("signed_on", labels["signed_on"], "date"),
        FieldDef("cc", labels["cc"], placeholder="、".join(profile.default_cc),
                 max_length=1000,
                 help=tr("Units separated by 、. Blank: the office's default.")),
        FieldDef("issuer", labels["issuer"], max_length=200, placeholder=profile.issuer),
        FieldDef("issued_on", labels["issued_on"], "date"),
        FieldDef("status", labels["status"], "combo",
                 choices=list(notices.status_labels().items())),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


def form_values(info: NoticeInfo | None) -> dict[str, Any]:
    """What the dialog shows for a notice (a new one: a draft)."""
    if info is None:
        return {"status": "draft"}
    return {"title": info.title, "doc_code": info.doc_code, "doc_year": str(info.doc_year),
            "doc_seq": str(info.doc_seq), "addressee": info.addressee, "body": info.body,
            "signature": info.signature, "signed_on": info.signed_on, "cc": info.cc,
            "issuer": info.issuer, "issued_on": info.issued_on, "status": info.status,
            "remarks": info.remarks}


class NoticeForm(RecordForm):
    """The edit dialog of a notice: a tall body, the record form's behaviour."""

    def __init__(self, ctx: AppContext, info: NoticeInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.info = info
        title = tr("New notice") if info is None else tr("Edit notice {number}").format(
            number=info.number)
        super().__init__(notice_fields(ctx), self._save_notice, form_values(info), title,
                         parent)
        self.setMinimumWidth(680)
        body = self.widgets["body"]
        assert isinstance(body, QPlainTextEdit)
        body.setMinimumHeight(body.fontMetrics().lineSpacing() * BODY_LINES + 12)
        body.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX: the body grows with the dialog

    def _save_notice(self, values: dict[str, Any]) -> NoticeInfo:
        if self.info is None:
            return notices.create_notice(self.ctx.database, self.ctx.actor, values)
        return notices.update_notice(self.ctx.database, self.ctx.actor, self.info.id, values,
                                     self.info.version)


class NoticesPage(RegisterPage):
    """The documents sent, newest number first, and what can be done with them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, TABLE_KEY, parent)
        self.dialog: NoticeForm | None = None
        self.preview_task: BackgroundTask | None = None
        self.view.record_activated.connect(self.activate_own(self.open_selected))

        self.new_button = action_button(tr("New…"), tr("Register a new document"),
                                       self.new_notice)
        self.edit_button = action_button(tr("Edit…"), tr("Change the selected notice "
                                                        "(or double-click it)"), self.edit_notice)
        self.preview_button = action_button(tr("Print preview"), tr(
            "See the selected notice as it prints, then print it or save it as PDF"),
            self.preview_notice)
        self.delete_button = action_button(tr("Delete…"), tr(
            "Mark the selected notice deleted; it stays in the history"), self.delete_notice)
        self.history_button = action_button(tr("Change history"), tr(
            "Every change of the selected notice"), self.show_notice_history)
        self.import_button = action_button(tr("Import…"), tr(
            "Take over an old register of documents sent from Excel"), self.import_notices)
        self.owner_only(self.edit_button, self.delete_button)
        self.lay_out(tr("Documents sent"), tr(
            "Every document the office sends, with its document number. Numbers are handed "
            "out in order for each organ code and year; a deleted notice keeps its number."),
            (self.new_button, self.edit_button, self.preview_button, self.delete_button,
             self.history_button, self.import_button))

    def _update_buttons(self) -> None:
        selected = self.view.current_id() is not None
        may_write = self.context.actor.can(Permission.WRITE)
        self.new_button.setEnabled(may_write)
        self.edit_button.setEnabled(selected and may_write)
        self.delete_button.setEnabled(selected and may_write)
        self.preview_button.setEnabled(selected)
        self.history_button.setEnabled(selected)
        self.import_button.setEnabled(may_write)

    def selected_notice(self) -> NoticeInfo | None:
        """The notice under the cursor, read again (``None`` and a message if it is gone)."""
        return self.read_selected(notices.get_notice)

    def open_form(self, info: NoticeInfo | None) -> NoticeForm:
        """Open the edit dialog (modal to the window); the list is read again after a save."""
        self.dialog = NoticeForm(self.context, info, self)
        self.dialog.saved.connect(lambda _info: self.view.refresh())
        self.dialog.open()
        return self.dialog

    def new_notice(self) -> NoticeForm:
        """Register a new notice."""
        return self.open_form(None)

    def open_selected(self) -> None:
        """Double-click or Enter: edit the notice, or preview it for those who only read."""
        if self.context.actor.can(Permission.WRITE):
            self.edit_notice()
        else:
            self.preview_notice()

    def edit_notice(self) -> NoticeForm | None:
        """Edit the selected notice."""
        info = self.selected_notice()
        return self.open_form(info) if info is not None else None

    def preview_notice(self) -> None:
        """Preview the selected notice as printed."""
        info = self.selected_notice()
        if info is not None:
            self.preview_task = show_form_preview(self, self.context, FORM_KEY, info.number)

    def delete_notice(self) -> None:
        """Mark the selected notice deleted, after asking."""
        info = self.selected_notice()
        if info is None or not confirm(self, tr("Delete notice"), tr(
                "Delete “{title}” ({number})? It stays in the database and in the change "
                "history; its number is not given again.").format(title=info.title,
                                                                   number=info.number)):
            return
        self.delete_record(lambda: notices.delete_notice(
            self.context.database, self.context.actor, info.id, info.version))

    def show_notice_history(self) -> None:
        """The change history of the selected notice."""
        notice_id = self.view.current_id()
        if notice_id is not None:
            number = str((self.view.model.row(self.view.table.currentIndex().row()) or {})
                         .get("number") or "")
            show_history(self, self.context, "notices", notice_id, number)

    def import_notices(self) -> None:
        """Take over notices from an Excel workbook; the list is read again after it."""
        open_import(self, self.context, IMPORT_KEY, on_imported=lambda _count: self.view.refresh())


register_page(PageInfo(
    key="notices",
    title=lambda: tr("Documents sent"),
    group=group_registers,
    factory=NoticesPage,
    permission=Permission.READ,
    order=100,
))
