"""The paper of complaints as it comes out of the printer: each form with its 发文字号 (the same
on a reprint), only when the case has reached it, the complainant's identity only where it
belongs (printing the 登记表 is an audited reveal), and none on the third party's copy of the
不予受理通知书 or in the public list export."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.errors import ConflictError, PermissionDenied
from jianguan_desktop.services import complaints
from jianguan_desktop.services.audit import record_history
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.complaint_forms import issued_documents  # registers the forms
from jianguan_desktop.services.forms import list_forms, render_form
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.tables import TableQuery, export_view, get_table
from jianguan_desktop.services.users import add_user
from tests.conftest import OFFICE_NAME
from tests.pdf_helpers import document_text

COMPLAINANT, CONTACT = "张建国", "13812345678"
RESPONDENT = "滑县华信建筑工程有限公司"
PROJECT = "滑县第一中学教学楼建设项目"
# the matter names the complainant: a copy that leaves the office must blot it out
MATTER = "评标委员会未按招标文件规定的评标标准评审，张建国的投标被错误否决"


@pytest.fixture
def numbered(office_db, admin):
    """The office numbers its documents with the 机关代字 滑公管."""
    set_setting(office_db, admin, "forms.doc_code", "滑公管")
    return office_db


def register(db, actor, **values):
    return complaints.register_complaint(db, actor, {
        "case_type": "tender", "channel": "letter", "received_on": "2026-09-30",
        "matter": MATTER, "request": "责令重新评标", "complainant": COMPLAINANT,
        "complainant_contact": CONTACT, "respondent_name": RESPONDENT,
        "respondent_code": "91350100M000100Y43", "project_name": PROJECT,
        "project_code": "HX-2026-001", "evidence": "评标报告复印件\n投标文件签收单",
        **values}, today=date(2026, 10, 1))


def step(db, actor, ref, name, on, **values):
    return complaints.take_step(db, actor, ref, name, {"on": on, **values},
                                today=date.fromisoformat(on))


def text_of(db, actor, form, ref) -> str:
    pdf = render_form(db, actor, form, ref)
    folder = os.environ.get("COMPLAINT_FORMS_PDF_DIR")  # to look at the paper by hand
    if folder:
        Path(folder, f"{form}_{ref.replace('#', '_')}.pdf").write_bytes(pdf)
    return document_text(pdf)


def new_user(db, admin, username: str, name: str, role: str, password: str):
    add_user(db, admin, username=username, display_name=name, role=role, password=password)
    return authenticate(db, username, password)


@pytest.fixture
def head(office_db, admin):
    """王局, the head of the office (负责人), who approves extensions."""
    return new_user(office_db, admin, "wangju", "王局", "head", "Wang#Ju2026")


@pytest.fixture
def reader(office_db, admin):
    """A user who may only read."""
    return new_user(office_db, admin, "zhaoliu", "赵六", "readonly", "Zhao#Liu2026")


@pytest.fixture
def other_clerk(office_db, admin):
    """A clerk who does not handle the complaints below."""
    return new_user(office_db, admin, "lisi", "李四", "clerk", "Li#Si20260")


def test_the_register_form_shows_the_complaint_in_clear_and_audits_the_reveal(
        numbered, admin) -> None:
    # GIVEN a complaint received on 30 September 2026 with two pieces of evidence
    info = register(numbered, admin)
    # WHEN its handler prints the 登记表
    text = text_of(numbered, admin, "complaint_register", info.number)
    # THEN it shows everything registered, the complainant in clear, and the deadline
    # explained
    for part in ("投诉登记表", info.number, "2026年9月30日", "信函", COMPLAINANT, CONTACT,
                 RESPONDENT, PROJECT, "责令重新评标", "1.评标报告复印件", "2.投标文件签收单",
                 "王管理", "2026年10月10日", "国庆节假期", "调休上班", "受理审查期限"):
        assert part in text, part
    # AND the print is in the record's history as a reveal
    reveals = [entry for entry in record_history(numbered, admin, "complaints", info.id)
               if entry.action == "reveal"]
    assert len(reveals) == 1 and "print" in str(reveals[0].changes)


def test_a_clerk_who_does_not_handle_the_complaint_cannot_print_the_register_form(
        numbered, admin, other_clerk) -> None:
    info = register(numbered, admin)
    with pytest.raises(PermissionDenied):
        render_form(numbered, other_clerk, "complaint_register", info.number)
    reveals = [entry for entry in record_history(numbered, admin, "complaints", info.id)
               if entry.action == "reveal"]
    assert reveals == []


def test_the_acceptance_notice_is_numbered_once_and_gives_the_decision_deadline(
        numbered, admin) -> None:
    info = register(numbered, admin)
    # GIVEN no acceptance yet: no notice
    with pytest.raises(ConflictError, match="尚未受理"):
        render_form(numbered, admin, "complaint_acceptance", info.number)
    # WHEN it is accepted on 9 October and the notice is printed twice
    accepted = step(numbered, admin, info.id, "accept", "2026-10-09")
    first = text_of(numbered, admin, "complaint_acceptance", info.number)
    again = text_of(numbered, admin, "complaint_acceptance", info.number)
    # THEN it carries the office's number, goes to the complainant, and says by when the
    # decision comes (30 working days from acceptance)
    for part in ("受理通知书", "滑公管投受〔2026〕1号", f"{COMPLAINANT}：", "2026年10月9日",
                 "30个工作日", format_cn_date(accepted.due_on), OFFICE_NAME):
        assert part in first, part
    # AND a reprint carries the same number; the next complaint's notice the next one
    assert "滑公管投受〔2026〕1号" in again and "滑公管投受〔2026〕2号" not in again
    second = register(numbered, admin)
    step(numbered, admin, second.id, "accept", "2026-10-09")
    assert "滑公管投受〔2026〕2号" in text_of(numbered, admin, "complaint_acceptance",
                                             second.number)


def test_the_rejection_notice_gives_the_grounds_and_the_third_party_copy_no_identity(
        numbered, admin, tmp_path: Path) -> None:
    info = register(numbered, admin)
    with pytest.raises(ConflictError):
        render_form(numbered, admin, "complaint_rejection", info.number)
    step(numbered, admin, info.id, "reject", "2026-10-09",
         grounds=["not_party", "time_barred"], text=f"{COMPLAINANT}未参加该项目投标")
    # WHEN the notice to the complainant is printed
    text = text_of(numbered, admin, "complaint_rejection", info.number)
    # THEN it names the chosen grounds of 七部委令第11号 第十二条 and the remedies
    for part in ("不予受理通知书", "滑公管投不受〔2026〕1号", f"{COMPLAINANT}：",
                 "第十二条第（一）项", "第十二条第（四）项", "60日", "6个月", "行政诉讼"):
        assert part in text, part
    # AND the copy for a third party (either way of asking) has the same number and grounds
    # but no complainant identity, not even masked
    for form, ref in (("complaint_rejection", f"{info.number}#third"),
                      ("complaint_rejection_public", info.number)):
        copy = text_of(numbered, admin, form, ref)
        for part in ("滑公管投不受〔2026〕1号", "第十二条第（一）项", RESPONDENT):
            assert part in copy, part
        for private in (COMPLAINANT, CONTACT, "张**", "138****5678"):
            assert private not in copy, private
    # AND the public export of the register has none either
    target = tmp_path / "complaints.xlsx"
    spec = get_table(complaints.TABLE_KEY)
    export_view(numbered, admin, spec, TableQuery(), [column.key for column in spec.columns],
                target)
    cells = " ".join(str(cell.value) for row in load_workbook(target).active.iter_rows()
                     for cell in row if cell.value is not None)
    assert info.number in cells
    assert COMPLAINANT not in cells and CONTACT not in cells


def test_the_correction_notice_lists_the_items_and_the_time_not_counted(
        numbered, admin) -> None:
    info = register(numbered, admin)
    step(numbered, admin, info.id, "request_correction", "2026-10-09",
         text="投诉人签字或者盖章的投诉书原件；质疑答复复印件", due_on="2026-10-16")
    text = text_of(numbered, admin, "complaint_correction", info.number)
    for part in ("补正通知书", "滑公管投补〔2026〕1号", "2026年10月16日",
                 "1.投诉人签字或者盖章的投诉书原件。", "2.质疑答复复印件。", "不计算在"):
        assert part in text, part


def test_the_transfer_letter_goes_to_the_department_without_the_complainant(
        numbered, admin) -> None:
    info = register(numbered, admin)
    step(numbered, admin, info.id, "transfer", "2026-10-09", department="滑县住房和城乡建设局",
         feedback_due="2026-10-30")
    text = text_of(numbered, admin, "complaint_transfer", info.number)
    for part in ("转办函", "滑公管投转〔2026〕1号", "滑县住房和城乡建设局：", "2026年10月30日",
                 RESPONDENT, "保密"):
        assert part in text, part
    assert COMPLAINANT not in text and CONTACT not in text


def test_a_reader_may_reprint_a_numbered_letter_but_not_number_one(
        numbered, admin, reader) -> None:
    info = register(numbered, admin)
    step(numbered, admin, info.id, "transfer", "2026-10-09", department="滑县住房和城乡建设局",
         feedback_due="2026-10-30")
    # GIVEN the 转办函 has not been printed: a reader cannot take a number for it
    with pytest.raises(PermissionDenied):
        render_form(numbered, reader, "complaint_transfer", info.number)
    # WHEN the clerk prints it, the reader's reprint carries the same number
    text_of(numbered, admin, "complaint_transfer", info.number)
    assert "滑公管投转〔2026〕1号" in text_of(numbered, reader, "complaint_transfer", info.number)
    assert [(key, number) for key, _item, number, _on in
            issued_documents(numbered, admin, info.number)] == [
        ("complaint_transfer", "滑公管投转〔2026〕1号")]


def test_the_extension_form_shows_the_old_and_new_due_dates_and_the_approver(
        numbered, admin, head) -> None:
    # GIVEN the 麻城 preset (close within 15 working days, longer with the head's approval)
    set_setting(numbered, admin, "complaints.preset", "macheng")
    info = register(numbered, admin)
    accepted = step(numbered, admin, info.id, "accept", "2026-10-09")
    with pytest.raises(ConflictError, match="未延长办理期限"):
        render_form(numbered, admin, "complaint_extension", info.number)
    # WHEN the head approves 10 more working days and the form is printed
    extended = step(numbered, head, info.id, "extend", "2026-10-20", extend_by=10,
                    text="需补充调取开标录像")
    text = text_of(numbered, admin, "complaint_extension", info.number)
    # THEN it shows the original and the new due date, the reason, and who approved it
    for part in ("延期审批表", "滑公管投延〔2026〕1号", info.number, "15个工作日",
                 format_cn_date(accepted.due_on), "10个工作日",
                 format_cn_date(extended.due_on), "需补充调取开标录像", "负责人审批意见",
                 "王局", "签字"):
        assert part in text, part
    # AND no complainant identity: the approver needs none
    assert COMPLAINANT not in text and CONTACT not in text


def test_the_decision_only_after_deciding_with_its_basis_and_the_remedies(
        numbered, admin) -> None:
    info = register(numbered, admin)
    step(numbered, admin, info.id, "accept", "2026-10-09")
    # GIVEN no decision yet: no 决定书
    with pytest.raises(ConflictError, match="尚未作出处理决定"):
        render_form(numbered, admin, "complaint_decision", info.number)
    step(numbered, admin, info.id, "decide", "2026-11-10", outcome="upheld",
         text="经调取评标报告，评标委员会未按招标文件第三章规定的标准评分",
         measures="责令招标人组织原评标委员会重新评审")
    text = text_of(numbered, admin, "complaint_decision", info.number)
    for part in ("投诉处理决定书", "滑公管投决〔2026〕1号", f"投诉人：{COMPLAINANT}",
                 f"被投诉人：{RESPONDENT}", "调查认定的事实", "第三章规定的标准评分",
                 "第六十一条", "第二十条第（二）项", "责令招标人组织原评标委员会重新评审",
                 "行政复议", "60日", "6个月", "2026年11月10日"):
        assert part in text, part


def test_a_report_decision_offers_a_recheck_and_is_numbered_as_a_report(
        numbered, admin) -> None:
    info = register(numbered, admin, case_type="report")
    step(numbered, admin, info.id, "accept", "2026-10-09")
    step(numbered, admin, info.id, "decide", "2026-10-20", outcome="dismissed",
         text="经核查，举报事项不属实")
    text = text_of(numbered, admin, "complaint_decision", info.number)
    for part in ("举报处理意见书", "滑公管举决〔2026〕1号", f"举报人：{COMPLAINANT}",
                 f"被举报人：{RESPONDENT}", "不成立", "复查", "30日"):
        assert part in text, part


def test_the_forms_of_the_issue_are_all_listed() -> None:
    keys = {form.key for form in list_forms()}
    assert {"complaint_register", "complaint_acceptance", "complaint_rejection",
            "complaint_rejection_public", "complaint_correction", "complaint_transfer",
            "complaint_extension", "complaint_decision"} <= keys
