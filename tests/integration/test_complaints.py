"""The complaints register as a clerk meets it: registration with its first deadline that
explains itself, steps against the deadlines, the complainant kept confidential, repeated
complaints flagged, bad input refused with nothing written, and the overdue list."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jianguan_desktop.errors import ConflictError, PermissionDenied, ValidationError
from jianguan_desktop.services import complaints
from jianguan_desktop.services.audit import record_history
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.tables import TableQuery, export_view, fetch_rows, get_table
from jianguan_desktop.services.users import add_user
from tests.integration import test_cli

run = test_cli.run
COMPLAINANT, CONTACT = "张建国", "13812345678"


def register(db, actor, today=date(2026, 10, 1), **values):
    return complaints.register_complaint(db, actor, {
        "case_type": "tender", "channel": "letter", "received_on": "2026-09-30",
        "matter": "评标委员会未按招标文件规定的评标标准评审", "request": "责令重新评标",
        "complainant": COMPLAINANT, "complainant_contact": CONTACT,
        "respondent_name": "滑县华信建筑工程有限公司", "respondent_code": "91350100M000100Y43",
        "project_name": "滑县第一中学教学楼建设项目", "project_code": "HX-2026-001",
        **values}, today=today)


@pytest.fixture
def clerk(office_db, admin):
    add_user(office_db, admin, username="zhangmin", display_name="张敏", role="clerk",
             password="Zhang#Min2026")
    return authenticate(office_db, "zhangmin", "Zhang#Min2026")


@pytest.fixture
def head(office_db, admin):
    add_user(office_db, admin, username="wangju", display_name="王局", role="head",
             password="Wang#Ju2026")
    return authenticate(office_db, "wangju", "Wang#Ju2026")


def test_registration_gives_the_acceptance_deadline_with_its_explanation(
        office_db, admin) -> None:
    # GIVEN a tender complaint received on 30 September 2026, before the National Day holiday
    info = register(office_db, admin)
    # THEN it is numbered, waits for acceptance review, due 3 working days later: the holiday
    # is skipped and the make-up Saturday counts
    assert info.number == "投诉〔2026〕1号"
    assert info.status == "registered" and info.due_on == date(2026, 10, 10)
    for part in ("9月30日收到", "10月1日–7日国庆节假期", "10月10日（星期六）调休上班",
                 "3 个工作日", "截止 10月10日"):
        assert part in info.due_explanation
    assert info.due_warnings == ()


def test_a_report_is_numbered_in_its_own_series_and_follows_the_petition_preset(
        office_db, admin) -> None:
    info = register(office_db, admin, case_type="report")
    assert info.number.startswith("举报〔2026〕")
    assert info.preset_key == "petition"


def test_each_step_records_whether_it_met_its_deadline(office_db, admin) -> None:
    info = register(office_db, admin)
    # WHEN it is accepted on 12 October, after the 10 October deadline
    info = complaints.take_step(office_db, admin, info.id, "accept", {"on": "2026-10-12"},
                                today=date(2026, 10, 12))
    # THEN the step is recorded as late and the decision deadline runs from acceptance
    accepted = info.case.history[-1]
    assert accepted.late_by == 1 and "逾期" in accepted.verdict()
    assert info.status == "investigating" and info.late_steps == 1
    assert info.due_on == date(2026, 11, 23) and "处理决定期限 30 个工作日" in info.due_explanation


def test_a_pause_stops_the_clock_in_the_register(office_db, admin) -> None:
    info = register(office_db, admin)
    info = complaints.take_step(office_db, admin, info.id, "accept", {"on": "2026-10-09"},
                                today=date(2026, 10, 9))
    due_before = info.due_on
    info = complaints.take_step(office_db, admin, info.id, "pause", {
        "on": "2026-10-12", "pause_kind": "expert_review", "text": "组织专家复核评标报告"},
        today=date(2026, 10, 12))
    assert info.status == "paused" and info.due_on is None
    info = complaints.take_step(office_db, admin, info.id, "resume", {"on": "2026-10-16"},
                                today=date(2026, 10, 16))
    assert info.due_on is not None and info.due_on > due_before


def test_the_complainant_is_masked_and_each_reveal_is_audited(office_db, admin, clerk,
                                                              head) -> None:
    info = register(office_db, clerk)
    shown = complaints.get_complaint(office_db, admin, info.number)
    assert shown.complainant == "张**" and shown.complainant_contact == "138****5678"
    assert COMPLAINANT not in json.dumps(shown.case.to_dict(), ensure_ascii=False)
    # the handler and the head may reveal; each reveal is in the record's history
    assert complaints.reveal_complainant(office_db, clerk, info.id).complainant == COMPLAINANT
    assert complaints.reveal_complainant(office_db, head, info.id).complainant == COMPLAINANT
    reveals = [entry for entry in record_history(office_db, admin, "complaints", info.id)
               if entry.action == "reveal"]
    assert len(reveals) == 2
    # another clerk may not
    add_user(office_db, admin, username="lisi", display_name="李四", role="clerk",
             password="Li#Si20260")
    other = authenticate(office_db, "lisi", "Li#Si20260")
    with pytest.raises(PermissionDenied):
        complaints.reveal_complainant(office_db, other, info.id)


def test_the_register_and_its_public_export_carry_no_complainant_identity(
        office_db, admin, tmp_path: Path) -> None:
    register(office_db, admin)
    spec = get_table(complaints.TABLE_KEY)
    rows = fetch_rows(office_db, admin, spec, TableQuery(), 0, 10)
    assert rows[0]["complainant"] == "张**"
    path = tmp_path / "投诉一览.xlsx"
    export_view(office_db, admin, spec, TableQuery(), [column.key for column in spec.columns],
                path)
    cells = [str(cell) for row in load_workbook(path).active.iter_rows(values_only=True)
             for cell in row if cell is not None]
    assert not any(COMPLAINANT in cell or CONTACT in cell for cell in cells)


def test_the_third_complaint_within_twelve_months_is_flagged(office_db, admin) -> None:
    first = register(office_db, admin)
    second = register(office_db, admin, received_on="2026-10-09", today=date(2026, 10, 9))
    third = register(office_db, admin, received_on="2026-10-12", today=date(2026, 10, 12))
    assert [first.repeat_flag, second.repeat_flag, third.repeat_flag] == [False, False, True]
    assert third.repeat_count == 2


@pytest.mark.parametrize(("values", "field", "said"), [
    ({"received_on": "2026-12-01"}, "received_on", "晚于今天|未来|今天"),
    ({"matter": ""}, "matter", "事项"),
    ({"case_type": "nonsense"}, "case_type", "类型"),
])
def test_bad_registrations_are_refused_and_nothing_is_written(office_db, admin, values, field,
                                                             said) -> None:
    with pytest.raises(ValidationError, match=said) as refused:
        register(office_db, admin, today=date(2026, 11, 22), **values)
    assert refused.value.field == field
    assert fetch_rows(office_db, admin, get_table(complaints.TABLE_KEY), TableQuery(), 0, 9) \
        == []


def test_a_decision_before_acceptance_and_a_transfer_to_nobody_are_refused(
        office_db, admin) -> None:
    info = register(office_db, admin)
    with pytest.raises(ValidationError):
        complaints.take_step(office_db, admin, info.id, "decide", {
            "on": "2026-10-09", "outcome": "dismissed", "text": "投诉缺乏事实依据"},
            today=date(2026, 10, 9))
    with pytest.raises(ValidationError) as refused:
        complaints.take_step(office_db, admin, info.id, "transfer", {"on": "2026-10-09"},
                             today=date(2026, 10, 9))
    assert refused.value.field == "department"
    assert complaints.get_complaint(office_db, admin, info.id).version == info.version


def test_an_extension_needs_a_head_of_office(office_db, admin, clerk, head) -> None:
    set_setting(office_db, admin, "complaints.preset", "macheng")
    info = register(office_db, clerk)
    info = complaints.take_step(office_db, clerk, info.id, "accept", {"on": "2026-10-09"},
                                today=date(2026, 10, 9))
    with pytest.raises(PermissionDenied):
        complaints.take_step(office_db, clerk, info.id, "extend", {
            "on": "2026-10-12", "extend_by": 10, "text": "需调取交易档案"},
            today=date(2026, 10, 12))
    extended = complaints.take_step(office_db, head, info.id, "extend", {
        "on": "2026-10-12", "extend_by": 10, "text": "需调取交易档案"},
        today=date(2026, 10, 12))
    assert extended.due_on > info.due_on


def test_a_zero_time_limit_is_refused_as_a_setting(office_db, admin) -> None:
    with pytest.raises(ValidationError):
        set_setting(office_db, admin, "complaints.tender.acceptance", 0)
    with pytest.raises(ValidationError, match="招标投标"):
        set_setting(office_db, admin, "complaints.preset", "nonsense")


def test_the_office_figure_replaces_the_preset_figure_for_new_complaints(
        office_db, admin) -> None:
    set_setting(office_db, admin, "complaints.tender.acceptance", 5)
    info = register(office_db, admin)
    assert "5 个工作日" in info.due_explanation


def test_complaints_list_overdue_on_the_command_line(run, office_db, admin) -> None:
    register(office_db, admin)  # due 10 October 2026
    code, out, _err = run("complaints", "list", "--overdue", "--on", "2026-10-20")
    assert code == 0 and "投诉〔2026〕1号" in out and "截止 10月10日" in out
    assert COMPLAINANT not in out
    code, out, _err = run("complaints", "list", "--overdue", "--on", "2026-10-09", "--json")
    assert code == 0 and json.loads(out)["complaints"] == []
    code, out, _err = run("complaints", "list", "--overdue", "--on", "2026-10-20", "--json")
    data = json.loads(out)["complaints"]
    assert data[0]["number"] == "投诉〔2026〕1号" and data[0]["overdue_workdays"] == 7
    assert data[0]["complainant"] == "张**"
    code, _out, err = run("complaints", "list", "--on", "2026-13-01")
    assert code == 2 and err.count("\n") == 1


def test_the_demonstration_cases_cover_every_state_and_one_is_flagged(office_db, admin) -> None:
    from jianguan_desktop.services.demo import fill_demo

    fill_demo(office_db, admin)
    rows = fetch_rows(office_db, admin, get_table(complaints.TABLE_KEY), TableQuery(), 0, 50)
    statuses = {row["status"] for row in rows}
    assert {"archived", "answered", "investigating", "paused", "transferred",
            "registered"} <= statuses
    assert all(row["complainant"].endswith("**") for row in rows)
    flagged = [complaints.get_complaint(office_db, admin, row["number"]) for row in rows]
    assert any(item.repeat_flag for item in flagged)
    assert complaints.overdue_complaints(office_db, admin)  # a late one for the home page


def test_evidence_files_are_kept_with_the_complaint_and_come_back_intact(
        office_db, admin, tmp_path: Path) -> None:
    from jianguan_desktop.services import attachments

    scan = tmp_path / "中标候选人公示截图.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    info = register(office_db, admin, evidence_files=[scan])
    assert "中标候选人公示截图.png" in info.case.registration.evidence
    files = attachments.list_attachments(office_db, admin, "complaints", info.id)
    assert [item.file_name for item in files] == ["中标候选人公示截图.png"]
    copy = attachments.save_attachment(office_db, admin, files[0].id, tmp_path / "copy.png")
    assert copy.read_bytes() == scan.read_bytes()
    # a missing file refuses the whole registration: nothing is written
    with pytest.raises(ValidationError, match="找不到文件"):
        register(office_db, admin, evidence_files=[tmp_path / "missing.pdf"])
    assert len(fetch_rows(office_db, admin, get_table(complaints.TABLE_KEY), TableQuery(), 0,
                          9)) == 1
    # the same file twice on one record is refused; removing it keeps it in the history
    with pytest.raises(ConflictError):
        attachments.add_attachment(office_db, admin, "complaints", info.id, scan)
    attachments.remove_attachment(office_db, admin, files[0].id)
    assert attachments.list_attachments(office_db, admin, "complaints", info.id) == []
