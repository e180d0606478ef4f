"""Case transfers and 协查函 through the services: the police's decision due 3 days after they
accept the case, counted past National Day; overdue feedback in the register and on the home
page; nothing written when a step is refused; the 移送书 and 协查函 as printed."""

from __future__ import annotations

from datetime import date

import pytest

import jianguan_desktop.services.transfer_forms  # noqa: F401  (registers the forms)
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services import transfers
from jianguan_desktop.services.audit import record_history
from jianguan_desktop.services.due import due_providers
from jianguan_desktop.services.forms import build_form, render_form
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.tables import TableQuery, count_rows, fetch_rows, get_table
from tests.conftest import OFFICE_NAME
from tests.pdf_helpers import document_text, squeeze

SEPT_29 = date(2026, 9, 29)
MATERIALS = [{"name": "涉嫌犯罪案件情况的调查报告", "pages": 12, "copies": 1},
             {"name": "投标文件雷同比对表", "pages": 4, "copies": 2}]


def draft(db, actor, **values):
    return transfers.create_transfer(db, actor, {
        "source_kind": "complaint", "source_ref": "投诉〔2026〕5号",
        "recipient_kind": "police", "recipient_unit": "滑县公安局经济犯罪侦查大队",
        "matter": "滑县华信建筑工程有限公司涉嫌串通投标",
        "parties": "滑县华信建筑工程有限公司（统一社会信用代码91350100M000100Y43）",
        "facts": "2026年9月，在滑县第一高级中学教学楼项目中，三家投标人的投标文件由同一单位编制。\n"
                 "经调查，上述行为涉嫌串通投标罪。",
        "contact": "李明 0372-5551234", "proposed_on": "2026-09-25",
        "attachments": MATERIALS} | values, today=SEPT_29)


def sent_and_received(db, actor):
    transfer = draft(db, actor)
    transfer = transfers.take_transfer_step(db, actor, transfer.id, "send", {
        "on": "2026-09-28", "approved_by": "王主任"}, transfer.version, today=SEPT_29)
    return transfers.take_transfer_step(db, actor, transfer.id, "receive", {
        "on": "2026-09-29", "note": "赵警官签收"}, transfer.version, today=SEPT_29)


def test_a_police_transfer_is_due_3_days_after_acceptance_past_national_day(
        office_db, admin) -> None:
    # GIVEN a case transferred to the police on 28 September, accepted on the 29th
    transfer = sent_and_received(office_db, admin)
    # THEN it is numbered in the 移送 series and its decision is due on 8 October: the third
    # day falls in the National Day holiday (国务院令第310号 第八条; 民法典 第二百零三条)
    assert transfer.number == "移送〔2026〕1号"
    assert transfer.status == "received"
    assert transfer.feedback_days == 3
    assert transfer.feedback is not None and transfer.feedback.due == date(2026, 10, 8)
    assert "10月8日" in transfer.feedback.explanation
    assert "国务院令第310号第八条" in transfer.feedback.full_explanation
    assert transfer.feedback.warnings == ()
    # AND on 9 October, without feedback, it is overdue
    late = transfers.get_transfer(office_db, admin, transfer.number, today=date(2026, 10, 9))
    assert late.overdue
    on_time = transfers.get_transfer(office_db, admin, transfer.number, today=date(2026, 10, 8))
    assert not on_time.overdue


def test_feedback_and_closing_are_recorded_and_audited(office_db, admin) -> None:
    transfer = sent_and_received(office_db, admin)
    # WHEN the police decline on 9 October, one day late, and the office closes the file
    answered = transfers.take_transfer_step(office_db, admin, transfer.id, "feedback", {
        "on": "2026-10-09", "feedback_kind": "declined", "document": "滑公不立字〔2026〕7号",
        "text": "认为犯罪事实显著轻微，不需要追究刑事责任"}, transfer.version,
        today=date(2026, 10, 9))
    # THEN the feedback shows as late and may be taken to reconsideration by 12 October
    assert (answered.status, answered.feedback_kind, answered.feedback_late) == (
        "answered", "declined", True)
    assert answered.reconsideration is not None
    assert answered.reconsideration.due == date(2026, 10, 12)
    closed = transfers.take_transfer_step(office_db, admin, transfer.id, "close", {
        "on": "2026-10-20", "note": "已移交县发改委作行政处罚"}, answered.version,
        today=date(2026, 10, 20))
    assert closed.status == "closed" and closed.allowed_steps == ()
    # AND the history shows each status change
    history = record_history(office_db, admin, "case_transfers", transfer.id)
    statuses = [row.changes["status"][1] for row in history if "status" in row.changes]
    assert statuses == ["draft", "sent", "received", "answered", "closed"]


def test_refused_steps_write_nothing(office_db, admin) -> None:
    # GIVEN a draft transfer
    transfer = draft(office_db, admin)
    # WHEN feedback is recorded before the transfer THEN it is refused, nothing changes
    with pytest.raises(ValidationError) as caught:
        transfers.take_transfer_step(office_db, admin, transfer.id, "feedback", {
            "on": "2026-09-28", "feedback_kind": "filed", "document": "立案告知书"},
            transfer.version, today=SEPT_29)
    assert caught.value.field == "status"
    # AND sending it to the police without who approved it is refused
    with pytest.raises(ValidationError) as caught:
        transfers.take_transfer_step(office_db, admin, transfer.id, "send",
                                     {"on": "2026-09-28"}, transfer.version, today=SEPT_29)
    assert caught.value.field == "approved_by"
    # AND a date in the future is refused
    with pytest.raises(ValidationError) as caught:
        transfers.take_transfer_step(office_db, admin, transfer.id, "send", {
            "on": "2026-09-30", "approved_by": "王主任"}, transfer.version, today=SEPT_29)
    assert caught.value.field == "on"
    again = transfers.get_transfer(office_db, admin, transfer.id)
    assert (again.version, again.status, again.sent_on) == (transfer.version, "draft", None)


def test_a_transfer_to_no_department_is_refused(office_db, admin) -> None:
    with pytest.raises(ValidationError) as caught:
        draft(office_db, admin, recipient_kind="")
    assert caught.value.field == "recipient_kind"
    with pytest.raises(ValidationError) as caught:
        transfers.create_assist(office_db, admin, {"unit": "", "matter": "核查股东",
                                                   "created_on": "2026-09-28"}, today=SEPT_29)
    assert caught.value.field == "unit"
    view = get_table(transfers.TRANSFER_TABLE)
    assert count_rows(office_db, admin, view, TableQuery()) == 0


def test_only_a_draft_is_deleted_and_a_sent_case_keeps_its_recipient(office_db, admin) -> None:
    # GIVEN a draft and a case already sent
    mistaken = draft(office_db, admin)
    sent = sent_and_received(office_db, admin)
    # WHEN the draft is deleted and restored THEN it is gone from the register, then back
    deleted = transfers.delete_transfer(office_db, admin, mistaken.id, mistaken.version)
    assert deleted.deleted
    view = get_table(transfers.TRANSFER_TABLE)
    assert count_rows(office_db, admin, view, TableQuery()) == 1
    transfers.restore_transfer(office_db, admin, mistaken.id)
    assert count_rows(office_db, admin, view, TableQuery()) == 2
    # AND the sent case cannot be deleted, nor sent elsewhere, but its facts can be corrected
    with pytest.raises(ConflictError):
        transfers.delete_transfer(office_db, admin, sent.id, sent.version)
    with pytest.raises(ConflictError):
        transfers.update_transfer(office_db, admin, sent.id, {"recipient_kind": "court"},
                                  sent.version, today=SEPT_29)
    fixed = transfers.update_transfer(office_db, admin, sent.id, {
        "facts": "更正后的案情。", "recipient_kind": "police"}, sent.version, today=SEPT_29)
    assert fixed.facts == "更正后的案情。" and fixed.recipient_kind == "police"


def test_changing_the_kind_of_a_draft_takes_the_new_kinds_basis(office_db, admin) -> None:
    transfer = draft(office_db, admin)
    assert "310" in transfer.basis
    court = transfers.update_transfer(office_db, admin, transfer.id, {
        "recipient_kind": "court", "recipient_unit": "滑县人民法院"}, transfer.version,
        today=SEPT_29)
    assert court.basis != transfer.basis and "法院" in court.basis


def test_the_register_shows_the_due_date_and_flags_overdue(office_db, admin) -> None:
    # GIVEN a police transfer due on 8 October 2026 (long past by the time the view is read)
    transfer = sent_and_received(office_db, admin)
    view = get_table(transfers.TRANSFER_TABLE)
    # WHEN the register is read
    rows = fetch_rows(office_db, admin, view, TableQuery(), 0, 10)
    # THEN the row shows the due date and is flagged overdue
    assert [(row["number"], row["feedback_due"], row["overdue"]) for row in rows] == [
        (transfer.number, date(2026, 10, 8), True)]
    # AND the filter on overdue finds it
    assert count_rows(office_db, admin, view, TableQuery(filters={"overdue": True})) == 1


def test_the_home_page_lists_feedback_and_replies_due(office_db, admin) -> None:
    # GIVEN a transfer due on 8 October and a 协查函 asking for a reply by 16 October
    transfer = sent_and_received(office_db, admin)
    letter = transfers.create_assist(office_db, admin, {
        "unit": "滑县市场监督管理局", "matter": "核查滑县华信建筑工程有限公司的股东及任职情况",
        "created_on": "2026-09-28", "source_kind": "complaint", "source_ref": "投诉〔2026〕5号"},
        today=SEPT_29)
    letter = transfers.take_assist_step(office_db, admin, letter.id, "send",
                                        {"on": "2026-09-29", "reply_by": "2026-10-16"},
                                        letter.version, today=SEPT_29)
    # WHEN the due items are read on 6 October (7 days ahead by default)
    items = transfers.due_transfers(office_db, admin, today=date(2026, 10, 6))
    # THEN only the transfer is due within the window, with its explanation
    assert [(item.record_id, item.due_date, item.days_left) for item in items] == [
        (transfer.id, date(2026, 10, 8), 2)]
    assert "国庆" in items[0].explanation
    # AND on 20 October both are overdue
    later = transfers.due_transfers(office_db, admin, today=date(2026, 10, 20))
    assert {(item.record_id, item.overdue) for item in later} == {
        (transfer.id, True), (letter.id, True)}
    # AND the home page asks this register for its due items
    assert transfers.due_transfers in due_providers()


def test_a_request_for_assistance_is_answered_or_overdue(office_db, admin) -> None:
    letter = transfers.create_assist(office_db, admin, {
        "unit": "滑县市场监督管理局", "matter": "核查股东情况", "created_on": "2026-11-02"},
        today=date(2026, 11, 2))
    assert letter.number == "协查〔2026〕1号" and letter.current_status == "draft"
    # WHEN it is sent without a reply date THEN the setting's 15 days apply (17 November)
    sent = transfers.take_assist_step(office_db, admin, letter.id, "send", {"on": "2026-11-02"},
                                      letter.version, today=date(2026, 11, 2))
    assert sent.reply_by == date(2026, 11, 17)
    overdue = transfers.get_assist(office_db, admin, letter.id, today=date(2026, 11, 18))
    assert overdue.current_status == "overdue"
    view = get_table(transfers.ASSIST_TABLE)
    assert [row["status"] for row in fetch_rows(office_db, admin, view, TableQuery(), 0, 5)] \
        == ["overdue"]
    # WHEN the written reply comes THEN it is recorded, late
    replied = transfers.take_assist_step(office_db, admin, letter.id, "reply", {
        "on": "2026-11-19", "document": "滑市监函〔2026〕8号", "text": "该公司股东为张某、李某。"},
        sent.version, today=date(2026, 11, 19))
    assert (replied.current_status, replied.reply_late) == ("replied", True)
    with pytest.raises(ConflictError):
        transfers.delete_assist(office_db, admin, letter.id, replied.version)


def test_the_feedback_limit_is_a_setting_and_zero_is_refused(office_db, admin) -> None:
    # GIVEN the presets: 3 days for the police (国务院令第310号), 30 for the others
    kinds = {kind.value: kind for kind in transfers.recipient_kinds(office_db, admin)}
    assert (kinds["police"].feedback_days, kinds["court"].feedback_days) == (3, 30)
    assert "310" in kinds["police"].feedback_source
    # WHEN the supervision departments get 15 days THEN the rules follow
    set_setting(office_db, admin, "transfers.supervisor_feedback_days", 15)
    assert transfers.feedback_rules(office_db).supervisor.count == 15
    # AND a zero limit is refused
    with pytest.raises(ValidationError):
        set_setting(office_db, admin, "transfers.police_feedback_days", 0)


# --- the printed forms ---------------------------------------------------------------------

def test_the_transfer_letter_carries_number_recipient_facts_basis_and_materials(
        office_db, admin) -> None:
    transfer = sent_and_received(office_db, admin)
    document = build_form(office_db, admin, "case_transfer", transfer.number)
    # THEN the letter to the police is a 涉嫌犯罪案件移送书 with its 发文字号 and addressee
    assert document.title == "涉嫌犯罪案件移送书"
    assert (document.doc_number, document.addressee) == ("移送〔2026〕1号",
                                                         "滑县公安局经济犯罪侦查大队")
    assert document.signed_on == date(2026, 9, 28)
    pdf = render_form(office_db, admin, "case_transfer", transfer.number)
    text = squeeze(document_text(pdf))
    for expected in ("移送〔2026〕1号", "滑县公安局经济犯罪侦查大队", "串通投标", "投诉〔2026〕5号",
                     "同一单位编制", "国务院令第310号", "序号", "材料名称", "页数", "份数",
                     "涉嫌犯罪案件情况的调查报告", "投标文件雷同比对表", "3日内", "李明",
                     OFFICE_NAME, "2026年9月28日"):
        assert squeeze(expected) in text, expected


def test_a_letter_to_an_administrative_department_asks_for_feedback_in_30_days(
        office_db, admin) -> None:
    transfer = draft(office_db, admin, recipient_kind="supervisor",
                     recipient_unit="滑县住房和城乡建设局", attachments=[])
    text = squeeze(document_text(render_form(office_db, admin, "case_transfer",
                                             transfer.number)))
    assert squeeze("案件移送书") in text and squeeze("30日内") in text
    assert squeeze("涉嫌犯罪") not in text.replace(squeeze("涉嫌串通投标"), "")


def test_the_assistance_letter_asks_for_a_written_reply_by_its_date(office_db, admin) -> None:
    letter = transfers.create_assist(office_db, admin, {
        "unit": "滑县市场监督管理局", "matter": "核查滑县华信建筑工程有限公司的股东及任职情况",
        "request_text": "1.该公司近三年股东变更情况；\n2.法定代表人是否在其他投标人处任职。",
        "contact": "李明 0372-5551234", "created_on": "2026-11-02", "reply_by": "2026-11-16",
        "source_kind": "complaint", "source_ref": "投诉〔2026〕5号"}, today=date(2026, 11, 2))
    document = build_form(office_db, admin, "assist_request", letter.number)
    assert (document.doc_number, document.addressee) == ("协查〔2026〕1号", "滑县市场监督管理局")
    text = squeeze(document_text(render_form(office_db, admin, "assist_request",
                                             letter.number)))
    for expected in ("协查函", "协查〔2026〕1号", "滑县市场监督管理局", "股东变更情况",
                     "2026年11月16日", "书面", "李明", "投诉〔2026〕5号"):
        assert squeeze(expected) in text, expected


def test_the_receipt_lists_the_transfer_for_the_recipient_to_sign(office_db, admin) -> None:
    # GIVEN a transfer sent with two materials, three copies in all
    transfer = sent_and_received(office_db, admin)
    # WHEN its 回执 is printed (国务院令第310号 第七条)
    text = squeeze(document_text(render_form(office_db, admin, "case_transfer_receipt",
                                             transfer.number)))
    # THEN it names the letter, the office, the case and the materials, with lines to sign
    for expected in ("案件移送回执", "移送〔2026〕1号", OFFICE_NAME, "串通投标", "共2项3份",
                     "滑县公安局经济犯罪侦查大队", "签收人", "签收日期"):
        assert squeeze(expected) in text, expected


def test_a_reply_before_the_letter_is_sent_writes_nothing(office_db, admin) -> None:
    letter = transfers.create_assist(office_db, admin, {
        "unit": "滑县市场监督管理局", "matter": "核查股东情况", "created_on": "2026-11-02"},
        today=date(2026, 11, 2))
    with pytest.raises(ValidationError) as caught:
        transfers.take_assist_step(office_db, admin, letter.id, "reply", {
            "on": "2026-11-03", "text": "该公司股东为张某。"}, letter.version,
            today=date(2026, 11, 3))
    assert caught.value.field == "status"
    again = transfers.get_assist(office_db, admin, letter.id)
    assert (again.version, again.status, again.reply_text) == (letter.version, "draft", "")
