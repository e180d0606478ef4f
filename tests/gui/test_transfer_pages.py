"""The case transfer and 协查 pages: a case from a complaint transferred to the police with two
materials, received, answered with 立案 and listed so; a transfer to no department or from an
unknown complaint refused at its field; the 移送书 previewed; a 协查函 sent and answered."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from jianguan_desktop.domain.transfers import AssistStatus
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import complaints, transfers
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.print_preview import PrintPreviewDialog
from jianguan_desktop.ui.record_form import RecordForm
from jianguan_desktop.ui.registers import transfers as page_module
from jianguan_desktop.ui.registers.assists import AssistForm, AssistsPage, AssistStepForm
from jianguan_desktop.ui.registers.transfers import (
    OVERDUE_COLOUR,
    TransferForm,
    TransfersPage,
    TransferStepForm,
)
from tests.gui.test_credit_pages import column, select_row, shown_page, type_into
from tests.pdf_helpers import document_text

TODAY = date.today()
RESPONDENT = "滑县华信建筑工程有限公司"


def context(database: object, actor: object) -> AppContext:
    return AppContext(database, actor)  # type: ignore[arg-type]


def offered_steps(form: RecordForm) -> list[str]:
    box = form.widgets["step"]
    assert isinstance(box, QComboBox)
    return [box.itemData(index) for index in range(box.count()) if box.itemData(index)]


def step(page: Any, name: str, **values: Any) -> RecordForm:
    """Open the step dialog of the first row, choose ``name`` dated today, fill ``values``."""
    select_row(page)
    page.step_button.click()
    form = page.dialog
    assert form is not None and form.isVisible()
    type_into(form, "step", name)
    type_into(form, "on", TODAY)
    for key, value in values.items():
        type_into(form, key, value)
    return form


def complaint_number(database: object, actor: Any) -> str:
    """A complaint registered a week ago (the source of the transfer)."""
    return complaints.register_complaint(database, actor, {  # type: ignore[arg-type]
        "case_type": "tender", "channel": "letter",
        "received_on": TODAY - timedelta(days=7),
        "matter": "三家投标人的投标文件由同一单位编制", "request": "依法查处",
        "complainant": "王建国", "complainant_contact": "13800001234",
        "respondent_name": RESPONDENT, "respondent_code": "91350100M000100Y43",
        "project_name": "滑县第一中学教学楼建设项目"}).number


def opened_previews() -> list[PrintPreviewDialog]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, PrintPreviewDialog) and widget.isVisible()]


def test_a_complaint_is_transferred_to_the_police_and_answered(
        qtbot: QtBot, office_db, admin) -> None:
    number = complaint_number(office_db, admin)
    page = shown_page(qtbot, TransfersPage(context(office_db, admin)))
    # WHEN a transfer to the police is entered from the complaint, picked by its number
    page.new_button.click()
    form = page.dialog
    assert isinstance(form, TransferForm)
    form.source.set_ref(number)
    form.source_picked()
    # THEN the cause and the parties are taken from the complaint
    assert form.values()["matter"] == "三家投标人的投标文件由同一单位编制"
    assert RESPONDENT in form.values()["parties"]
    type_into(form, "recipient_kind", "police")
    # AND the usual basis and the 3-day limit of Decree No. 310 are shown
    assert "第三条" in form.values()["basis"] or "310" in form.values()["basis"]
    assert "3" in form.kind_note.text()
    type_into(form, "recipient_unit", "滑县公安局经济犯罪侦查大队")
    type_into(form, "facts", "经调查，上述行为涉嫌串通投标罪。")
    type_into(form, "proposed_on", TODAY)
    form.attachments.add_row("涉嫌犯罪案件情况的调查报告", 12, 1)
    form.attachments.add_row("投标文件雷同比对表", 4, 2)
    form.save_button.click()
    assert not form.isVisible(), form.banner_text()
    assert column(page, "status") == ["拟移送"]
    assert column(page, "source_ref") == [number]

    # WHEN it is sent without saying who approved it THEN the reason is at that field
    sending = step(page, "send")
    assert isinstance(sending, TransferStepForm)
    assert offered_steps(sending) == ["send"]
    sending.save_button.click()
    assert sending.isVisible() and "负责人" in sending.error_text("approved_by")
    # AND with the approval it is sent, its two materials kept
    type_into(sending, "approved_by", "王主任")
    sending.save_button.click()
    assert not sending.isVisible(), sending.banner_text()
    assert column(page, "status") == ["已移送"]

    # WHEN the receipt and the police's decision to open a case are recorded
    receiving = step(page, "receive", note="赵警官签收")
    assert offered_steps(receiving) == ["receive"]
    receiving.save_button.click()
    assert not receiving.isVisible(), receiving.banner_text()
    answer = step(page, "feedback", feedback_kind="filed", document="滑公立字〔2026〕7号")
    answer.save_button.click()
    assert not answer.isVisible(), answer.banner_text()
    # THEN the list shows it answered with 立案, not overdue
    assert column(page, "status") == ["已反馈"]
    assert column(page, "feedback_kind") == ["立案"]
    # AND its facts can still be corrected, while its recipient stands as sent
    select_row(page)
    page.edit_button.click()
    editing = page.dialog
    assert isinstance(editing, TransferForm)
    assert not editing.widgets["recipient_kind"].isEnabled()
    type_into(editing, "facts", "经调查，上述行为涉嫌串通投标罪，涉案金额约300万元。")
    editing.save_button.click()
    assert not editing.isVisible(), editing.banner_text()
    # AND the detail lists every step and the due date with its explanation
    select_row(page)
    detail = page.show_detail()
    assert detail is not None
    labels = transfers.field_labels()
    assert [detail.values[labels[key]] for key in ("sent_on", "received_on", "feedback_on")
            ] == [TODAY.isoformat()] * 3
    assert detail.values[labels["feedback_kind"]] == "立案"
    info = transfers.get_transfer(office_db, admin, str(page.view.current_id()))
    assert info.feedback is not None
    due = detail.values[labels["feedback_due"]]
    assert due.startswith(info.feedback.due.isoformat()) and "国务院令第310号第八条" in due
    assert [row[1] for row in detail.table.texts()] == ["涉嫌犯罪案件情况的调查报告",
                                                         "投标文件雷同比对表"]
    detail.close()

    # WHEN the 移送书 is printed THEN a preview with pages opens, listing the materials
    select_row(page)
    page.letter_button.click()
    qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
    (preview,) = opened_previews()
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    text = document_text(preview.pdf)
    assert "投标文件雷同比对表" in text and "滑县公安局经济犯罪侦查大队" in text
    preview.close()


def test_a_transfer_to_no_department_or_an_unknown_complaint_is_refused_at_the_field(
        qtbot: QtBot, office_db, admin, monkeypatch: pytest.MonkeyPatch) -> None:
    page = shown_page(qtbot, TransfersPage(context(office_db, admin)))
    page.new_button.click()
    form = page.dialog
    assert isinstance(form, TransferForm)
    # GIVEN a case with no recipient and a complaint number that does not exist
    form.source.set_ref("投诉〔2026〕99号")
    type_into(form, "matter", "涉嫌串通投标")
    type_into(form, "proposed_on", TODAY)
    # WHEN it is saved THEN the recipient is asked for at its field, in the rules' words
    form.save_button.click()
    assert form.isVisible()
    assert form.error_text("recipient_kind") == tr(
        "Choose the department the case is transferred to; a case cannot be transferred to "
        "no department.")
    type_into(form, "recipient_kind", "supervisor")
    form.save_button.click()
    # AND the unknown complaint is refused at the source's field
    assert form.isVisible() and "投诉〔2026〕99号" in form.error_text("source_ref")
    assert page.view.model.rowCount() == 0
    # WHEN the source is changed to "other" THEN the draft is saved
    type_into(form, "source_kind", "other")
    form.save_button.click()
    assert not form.isVisible(), form.banner_text()
    # AND the draft, entered by mistake, is deleted after the question naming it
    asked: list[str] = []
    monkeypatch.setattr(page_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    select_row(page)
    assert page.delete_action.isEnabled()
    page.delete_action.trigger()
    assert asked and "涉嫌串通投标" in asked[0]
    assert page.view.model.rowCount() == 0


def test_a_request_for_assistance_is_sent_and_answered(qtbot: QtBot, office_db, admin) -> None:
    number = complaint_number(office_db, admin)
    page = shown_page(qtbot, AssistsPage(context(office_db, admin)))
    # WHEN a letter is drafted from the complaint, asking for a reply in ten days
    page.new_button.click()
    form = page.dialog
    assert isinstance(form, AssistForm)
    form.source.set_ref(number)
    type_into(form, "unit", "滑县市场监督管理局")
    type_into(form, "matter", "核实投标人社保缴纳证明的真实性")
    type_into(form, "request_text", "请提供该公司2026年1月至9月社保缴纳记录")
    type_into(form, "created_on", TODAY)
    form.save_button.click()
    assert not form.isVisible(), form.banner_text()
    assert column(page, "status") == ["拟发函"]
    # AND it is sent, a reply asked for in ten days
    sending = step(page, "send", reply_by=TODAY + timedelta(days=10))
    assert isinstance(sending, AssistStepForm) and offered_steps(sending) == ["send"]
    sending.save_button.click()
    assert not sending.isVisible(), sending.banner_text()
    assert column(page, "status") == ["已发函"]
    assert column(page, "reply_by") == [(TODAY + timedelta(days=10)).isoformat()]
    # WHEN the reply is recorded without its content THEN the reason is at that field
    reply = step(page, "reply", document="滑市监函〔2026〕12号")
    reply.save_button.click()
    assert reply.isVisible() and reply.error_text("text")
    type_into(reply, "text", "经核查，该公司社保缴纳记录真实。")
    reply.save_button.click()
    # THEN the list shows it answered
    assert not reply.isVisible(), reply.banner_text()
    assert column(page, "status") == ["已回复"]
    assert column(page, "replied_on") == [TODAY.isoformat()]


def test_overdue_transfers_and_letters_are_red(qtbot: QtBot, office_db, admin) -> None:
    # GIVEN a transfer to the police sent three weeks ago and a letter whose reply date passed
    long_ago = TODAY - timedelta(days=21)
    transfer = transfers.create_transfer(office_db, admin, {
        "source_kind": "other", "recipient_kind": "police", "recipient_unit": "滑县公安局",
        "matter": "涉嫌串通投标", "facts": "三家投标文件由同一单位编制。",
        "proposed_on": long_ago, "attachments": [{"name": "调查报告", "pages": 3}]})
    transfers.take_transfer_step(office_db, admin, transfer.id, "send", {
        "on": long_ago, "approved_by": "王主任"}, transfer.version)
    letter = transfers.create_assist(office_db, admin, {
        "source_kind": "other", "unit": "滑县市场监督管理局", "matter": "核实社保缴纳",
        "created_on": long_ago})
    transfers.take_assist_step(office_db, admin, letter.id, "send", {
        "on": long_ago, "reply_by": TODAY - timedelta(days=1)}, letter.version)
    # THEN both rows are red, and the letter reads 逾期未复
    for page in (shown_page(qtbot, TransfersPage(context(office_db, admin))),
                 shown_page(qtbot, AssistsPage(context(office_db, admin)))):
        model = page.view.model
        colour = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
        assert colour is not None and colour.name() == OVERDUE_COLOUR
        # AND what has gone out cannot be deleted
        select_row(page)
        assert page.step_button.isEnabled() and not page.delete_action.isEnabled()
    assert column(page, "status") == [AssistStatus.OVERDUE.label]
