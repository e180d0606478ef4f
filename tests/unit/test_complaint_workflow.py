"""Complaint workflow: every legal and illegal step, the clock that stops and resumes, extensions
that need a head of office, 补正 once, overdue steps, and a case that goes to JSON and back.

Pure rules, no database: the case is a frozen value moved by ``apply`` against a holiday table
with the 2026 National Day break (10月1日–7日) and its make-up days (9月20日 Sunday, 10月10日
Saturday).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jianguan_desktop.domain.complaints import (
    TRANSITIONS,
    Channel,
    ComplaintCase,
    ComplaintError,
    FeedbackMethod,
    Limit,
    Outcome,
    PauseKind,
    Registration,
    RejectionGround,
    Status,
    Step,
    StepFacts,
    allowed_steps,
    apply,
    complaint_window,
    current_deadline,
    deadline_of,
    next_due,
    overdue_by,
    register,
    status_labels,
    step_labels,
)
from jianguan_desktop.domain.deadline_rules import (
    HEGANG,
    MACHENG,
    PETITION,
    PROCUREMENT,
    TENDER,
    CaseType,
    DeadlinePreset,
    preset,
)
from jianguan_desktop.domain.roles import Role
from jianguan_desktop.domain.workdays import CalendarDay, DayKind, WorkdayCalendar
from jianguan_desktop.errors import ValidationError

NATIONAL_DAY = [CalendarDay(date(2026, 10, day), DayKind.HOLIDAY, "国庆节") for day in range(1, 8)]
MAKEUP = [CalendarDay(date(2026, 9, 20), DayKind.MAKEUP, "国庆节"),
          CalendarDay(date(2026, 10, 10), DayKind.MAKEUP, "国庆节")]
CAL = WorkdayCalendar([*NATIONAL_DAY, *MAKEUP], covered_years=[2026])
TODAY = date(2026, 12, 31)
RECEIVED = date(2026, 9, 1)  # a Tuesday
CLERK = "li"
HEAD = "王主任"


@pytest.fixture(autouse=True)
def _chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANGUAN_LANG", "zh_CN")


def registration(**changes: Any) -> Registration:
    values: dict[str, Any] = {
        "received_on": RECEIVED, "channel": Channel.LETTER, "case_type": CaseType.TENDER,
        "matter": "评标委员会未按招标文件规定的评标标准评审", "request": "重新评标",
        "complainant": "某建设有限公司", "complainant_contact": "0713-1234567",
        "respondent": "某市政工程有限公司", "project": "某道路改造工程施工",
        "evidence": ("评标报告.pdf", "投诉书.pdf"), "known_on": date(2026, 8, 28)}
    values.update(changes)
    return Registration(**values)


def new_case(rules: DeadlinePreset | None = None, **changes: Any) -> ComplaintCase:
    return register(registration(**changes), by=CLERK, today=TODAY, calendar=CAL,
                    rules=rules or preset(MACHENG))


def do(case: ComplaintCase, step: Step, on: date, rules: DeadlinePreset | None = None,
       **facts: Any) -> ComplaintCase:
    by = facts.pop("by", CLERK)
    return apply(case, step, StepFacts(on, by, **facts), CAL, rules or preset(MACHENG),
                 today=TODAY)


def full_facts(on: date) -> dict[str, Any]:
    """Every fact any step could need, valid on ``on``."""
    return {"text": "理由", "due_on": on + timedelta(days=10),
            "grounds": (RejectionGround.VAGUE,), "department": "市住房和城乡建设局",
            "feedback_due": on + timedelta(days=15), "pause_kind": PauseKind.EXPERT_REVIEW,
            "extend_by": 5, "approved_by": HEAD, "approved_by_role": Role.HEAD,
            "outcome": Outcome.UPHELD, "measures": "责令招标人重新评标",
            "method": FeedbackMethod.MAIL}


def accepted(rules: DeadlinePreset | None = None, on: date = date(2026, 9, 2)) -> ComplaintCase:
    return do(new_case(rules), Step.ACCEPT, on, rules)


def decided() -> ComplaintCase:
    return do(accepted(), Step.DECIDE, date(2026, 9, 10), text="查证属实",
              outcome=Outcome.UPHELD, measures="责令招标人重新评标")


def transferred() -> ComplaintCase:
    return do(new_case(), Step.TRANSFER, date(2026, 9, 2), department="市水利和湖泊局",
              feedback_due=date(2026, 9, 16))


CASES = {
    Status.REGISTERED: new_case,
    Status.CORRECTING: lambda: do(new_case(), Step.REQUEST_CORRECTION, RECEIVED,
                                  text="补充投诉人法定代表人签字"),
    Status.INVESTIGATING: accepted,
    Status.PAUSED: lambda: do(accepted(), Step.PAUSE, date(2026, 9, 3),
                              pause_kind=PauseKind.SUSPENSION, text="等待审计结论"),
    Status.REJECTED: lambda: do(new_case(), Step.REJECT, date(2026, 9, 2),
                                grounds=(RejectionGround.TIME_BARRED,)),
    Status.TRANSFERRED: transferred,
    Status.TRANSFER_ANSWERED: lambda: do(transferred(), Step.RECORD_TRANSFER_REPLY,
                                         date(2026, 9, 10), text="已立案调查"),
    Status.DECIDED: decided,
    Status.ANSWERED: lambda: do(decided(), Step.ANSWER, date(2026, 9, 11),
                                method=FeedbackMethod.DELIVERED),
    Status.ARCHIVED: lambda: do(do(decided(), Step.ANSWER, date(2026, 9, 11),
                                   method=FeedbackMethod.DELIVERED),
                                Step.ARCHIVE, date(2026, 9, 14)),
}
STEP_DAY = date(2026, 9, 15)


# --- the whole way ------------------------------------------------------------------------------


def test_a_complaint_from_registration_to_archive_records_who_when_and_each_deadline() -> None:
    rules = preset(TENDER)
    # GIVEN a bidding complaint received by letter on Tuesday 1 September
    case = new_case(rules)
    assert case.status is Status.REGISTERED and case.preset_key == TENDER
    # THEN it came within the 10 days of art. 60 (knew on 28 August: due 7 September)
    assert case.history[0].step is Step.REGISTER and case.history[0].on_time
    assert case.history[0].due == date(2026, 9, 7)
    # WHEN it is accepted on the 3rd, sent for expert review from the 8th to the 10th,
    # decided (upheld with measures), answered by post and archived
    case = do(case, Step.ACCEPT, date(2026, 9, 3), rules, by="zhang")
    case = do(case, Step.PAUSE, date(2026, 9, 8), rules, pause_kind=PauseKind.EXPERT_REVIEW,
              text="委托造价咨询机构鉴定")
    case = do(case, Step.RESUME, date(2026, 9, 10), rules)
    case = do(case, Step.DECIDE, date(2026, 10, 9), rules, outcome=Outcome.UPHELD,
              text="评标委员会未按评标标准评审属实", measures="责令招标人依法重新评标")
    case = do(case, Step.ANSWER, date(2026, 10, 12), rules, method=FeedbackMethod.MAIL)
    case = do(case, Step.ARCHIVE, date(2026, 10, 13), rules, by="zhang")
    # THEN every step is on record with who and when, and the deadlines were met
    assert [(r.step, r.by, r.on) for r in case.history] == [
        (Step.REGISTER, CLERK, RECEIVED), (Step.ACCEPT, "zhang", date(2026, 9, 3)),
        (Step.PAUSE, CLERK, date(2026, 9, 8)), (Step.RESUME, CLERK, date(2026, 9, 10)),
        (Step.DECIDE, CLERK, date(2026, 10, 9)), (Step.ANSWER, CLERK, date(2026, 10, 12)),
        (Step.ARCHIVE, "zhang", date(2026, 10, 13))]
    acceptance, decision = case.history[1], case.history[4]
    assert (acceptance.limit, acceptance.due, acceptance.on_time) == (
        Limit.ACCEPTANCE, date(2026, 9, 4), True)
    # 30 working days from 3 September, the National Day break skipped, the two make-up days
    # counted, and the three days of expert review (8–10 September) not counted
    assert (decision.limit, decision.due, decision.on_time) == (
        Limit.DECISION, date(2026, 10, 23), True)
    assert case.history[4].verdict() == "按期办理（期限至2026年10月23日）"
    assert case.history[2].due is None  # a pause answers no deadline
    assert case.status is Status.ARCHIVED and allowed_steps(case) == ()
    assert case.decision is not None and case.decision.measures == "责令招标人依法重新评标"
    assert case.answer is not None and case.answer.method is FeedbackMethod.MAIL


def test_the_decision_deadline_explains_itself() -> None:
    deadline = current_deadline(accepted(preset(TENDER), date(2026, 9, 3)), CAL, preset(TENDER))
    assert deadline is not None and deadline.due == date(2026, 10, 20)
    text = deadline.explanation
    assert "9月3日受理" in text and "国庆节" in text and "处理决定期限 30 个工作日" in text
    assert "10月10日（星期六）" in text and deadline.warnings == ()


# --- every legal and illegal step -----------------------------------------------------------

LEGAL = [(status, step) for status, steps in TRANSITIONS.items() for step in steps]
ILLEGAL = [(status, step) for status in Status for step in Step
           if step not in TRANSITIONS[status]]


def test_every_status_has_a_case_to_try_steps_on() -> None:
    assert {status: CASES[status]().status for status in Status} == {s: s for s in Status}


@pytest.mark.parametrize(("status", "step"), LEGAL)
def test_a_step_the_status_allows_moves_the_case_where_the_table_says(status: Status,
                                                                      step: Step) -> None:
    # GIVEN a case in a status that allows the step
    case = CASES[status]()
    assert step in allowed_steps(case)
    # WHEN the step is taken with the facts it needs
    moved = do(case, step, STEP_DAY, **full_facts(STEP_DAY))
    # THEN the case is where the table says, with one more step on record; the old case is as
    # it was
    assert moved.status is TRANSITIONS[status][step]
    assert moved.history[-1].step is step and moved.history[-1].by == CLERK
    assert len(moved.history) == len(case.history) + 1 and case.status is status


@pytest.mark.parametrize(("status", "step"), ILLEGAL)
def test_a_step_the_status_does_not_allow_is_refused_in_words(status: Status, step: Step) -> None:
    # GIVEN a case in a status that does not allow the step
    case = CASES[status]()
    assert step not in allowed_steps(case)
    # WHEN the step is tried with every fact it could need
    with pytest.raises(ComplaintError) as refused:
        do(case, step, STEP_DAY, **full_facts(STEP_DAY))
    # THEN it is refused saying why; it is a ValueError and a UserError about the status
    message = str(refused.value)
    assert isinstance(refused.value, ValueError) and isinstance(refused.value, ValidationError)
    assert refused.value.field == "status"
    if step is Step.REGISTER:
        assert message == "该投诉已经登记。"
    elif step is Step.DECIDE and status in (Status.REGISTERED, Status.CORRECTING):
        assert "尚未受理" in message
    elif step is Step.DECIDE and status is Status.PAUSED:
        assert "恢复计时" in message
    else:
        assert status.label in message and step.label in message


def test_a_decision_before_acceptance_is_refused() -> None:
    with pytest.raises(ComplaintError, match="投诉尚未受理，受理后才能作出处理决定"):
        do(new_case(), Step.DECIDE, date(2026, 9, 2), outcome=Outcome.DISMISSED, text="无据")


def test_labels_of_every_step_and_status_are_in_chinese() -> None:
    assert set(step_labels()) == set(Step) and set(status_labels()) == set(Status)
    assert step_labels()[Step.REQUEST_CORRECTION] == "通知补正"
    assert status_labels()[Status.PAUSED] == "暂停计时"
    assert Channel.ASSIGNED.label == "上级交办"
    assert [channel.label for channel in Channel] == [
        "电话", "传真", "电子邮件", "信函", "当面", "网上", "上级交办"]


# --- bad input --------------------------------------------------------------------------------


def test_a_receipt_date_in_the_future_is_refused() -> None:
    with pytest.raises(ComplaintError, match="晚于今天") as refused:
        register(registration(received_on=date(2027, 1, 4)), by=CLERK, today=TODAY,
                 calendar=CAL, rules=preset(TENDER))
    assert refused.value.field == "received_on"


def test_a_step_dated_in_the_future_or_before_the_previous_step_is_refused() -> None:
    case = accepted()
    with pytest.raises(ComplaintError, match="晚于今天") as refused:
        do(case, Step.PAUSE, date(2027, 1, 4), pause_kind=PauseKind.SUSPENSION, text="中止")
    assert refused.value.field == "on"
    with pytest.raises(ComplaintError, match="早于本件上一环节") as refused:
        do(case, Step.PAUSE, date(2026, 9, 1), pause_kind=PauseKind.SUSPENSION, text="中止")
    assert refused.value.field == "on"


@pytest.mark.parametrize("department", ["", "   "])
def test_a_transfer_to_no_department_is_refused(department: str) -> None:
    with pytest.raises(ComplaintError, match="转办的部门") as refused:
        do(new_case(), Step.TRANSFER, date(2026, 9, 2), department=department)
    assert refused.value.field == "department"


@pytest.mark.parametrize(("changes", "field"), [
    ({"matter": "  "}, "matter"),
    ({"known_on": date(2026, 9, 2)}, "known_on"),
    ({"objection_from": date(2026, 8, 20)}, "objection_to"),
    ({"objection_from": date(2026, 8, 25), "objection_to": date(2026, 8, 20)}, "objection_to"),
])
def test_a_registration_with_missing_or_contradictory_facts_is_refused(
        changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ComplaintError) as refused:
        new_case(**changes)
    assert refused.value.field == field


@pytest.mark.parametrize(("changes", "field"), [
    ({"channel": "pigeon"}, "channel"), ({"case_type": "lottery"}, "case_type")])
def test_a_registration_with_an_unknown_channel_or_type_is_refused(
        changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ComplaintError) as refused:
        new_case(**changes)
    assert refused.value.field == field


def test_channel_and_type_given_as_stored_text_are_read_as_their_members() -> None:
    case = new_case(channel="online", case_type="report")
    assert case.registration.channel is Channel.ONLINE
    assert case.registration.case_type is CaseType.REPORT


def test_a_step_without_who_did_it_is_refused() -> None:
    with pytest.raises(ComplaintError, match="经办人") as refused:
        do(new_case(), Step.ACCEPT, date(2026, 9, 2), by=" ")
    assert refused.value.field == "by"
    with pytest.raises(ComplaintError, match="登记人"):
        register(registration(), by="", today=TODAY, calendar=CAL, rules=preset(TENDER))


@pytest.mark.parametrize(("step", "facts", "field"), [
    (Step.DECIDE, {"text": "属实", "outcome": Outcome.UPHELD}, "measures"),
    (Step.DECIDE, {"text": "属实"}, "outcome"),
    (Step.DECIDE, {"outcome": Outcome.DISMISSED}, "text"),
    (Step.PAUSE, {"text": "中止"}, "pause_kind"),
    (Step.PAUSE, {"text": "补正", "pause_kind": PauseKind.CORRECTION}, "pause_kind"),
    (Step.PAUSE, {"pause_kind": PauseKind.SUSPENSION}, "text"),
    (Step.TRANSFER, {"department": "市交通运输局", "feedback_due": date(2026, 9, 3)},
     "feedback_due"),
])
def test_a_step_with_incomplete_facts_is_refused(step: Step, facts: dict[str, Any],
                                                 field: str) -> None:
    with pytest.raises(ComplaintError) as refused:
        do(accepted(), step, date(2026, 9, 3), **facts)
    assert refused.value.field == field


def test_answering_without_a_method_is_refused() -> None:
    with pytest.raises(ComplaintError, match="反馈投诉人的方式"):
        do(decided(), Step.ANSWER, date(2026, 9, 11))


# --- refusal (不予受理) -------------------------------------------------------------------------


def test_the_grounds_of_order_11_article_12_are_a_pick_list() -> None:
    article_12 = list(RejectionGround)[:6]
    assert [ground.label for ground in article_12] == [
        "投诉人不是所投诉招标投标活动的参与者，或者与投诉项目无任何利害关系",
        "投诉事项不具体，且未提供有效线索，难以查证",
        "投诉书未署具投诉人真实姓名、签字和有效联系方式；以法人名义投诉的，投诉书未经法定代表人签字"
        "并加盖公章",
        "超过投诉时效",
        "已经作出处理决定，并且投诉人没有提出新的证据",
        "投诉事项应先提出异议没有提出异议，或者已进入行政复议或行政诉讼程序",
    ]


def test_a_refusal_needs_a_ground_and_other_needs_the_reason_written_out() -> None:
    with pytest.raises(ComplaintError) as refused:
        do(new_case(), Step.REJECT, date(2026, 9, 2))
    assert refused.value.field == "grounds"
    with pytest.raises(ComplaintError) as refused:
        do(new_case(), Step.REJECT, date(2026, 9, 2), grounds=(RejectionGround.OTHER,))
    assert refused.value.field == "text"
    case = do(new_case(), Step.REJECT, date(2026, 9, 2),
              grounds=(RejectionGround.UNSIGNED, RejectionGround.UNSIGNED, RejectionGround.VAGUE))
    assert case.rejection is not None
    assert case.rejection.grounds == (RejectionGround.UNSIGNED, RejectionGround.VAGUE)


def test_the_written_refusal_is_due_within_the_acceptance_limit() -> None:
    # GIVEN a bidding complaint refused on 2 September (acceptance due 4 September)
    case = do(new_case(preset(TENDER)), Step.REJECT, date(2026, 9, 2), preset(TENDER),
              grounds=(RejectionGround.NOT_PARTY,))
    due = next_due(case, CAL, preset(TENDER))
    # THEN the answer to the complainant is due by then
    assert due is not None and due.limit is Limit.ACCEPTANCE and due.steps == (Step.ANSWER,)
    assert due.deadline.due == date(2026, 9, 4)
    late = do(case, Step.ANSWER, date(2026, 9, 8), preset(TENDER), method=FeedbackMethod.MAIL)
    assert late.history[-1].late_by == 2


# --- 补正 -------------------------------------------------------------------------------------


def test_correction_is_asked_for_only_once() -> None:
    # GIVEN materials asked for and received
    case = do(new_case(), Step.REQUEST_CORRECTION, RECEIVED, text="补充法定代表人签字")
    case = do(case, Step.RECEIVE_CORRECTION, date(2026, 9, 4))
    # THEN a second request is not offered, and refused if tried
    assert Step.REQUEST_CORRECTION not in allowed_steps(case)
    with pytest.raises(ComplaintError, match="补正只能要求一次") as refused:
        do(case, Step.REQUEST_CORRECTION, date(2026, 9, 4), text="再补充证据")
    assert refused.value.field == "step"


def test_the_time_correction_took_is_not_counted() -> None:
    rules = preset(TENDER)
    case = new_case(rules)
    before = current_deadline(case, CAL, rules)
    assert before is not None and before.due == date(2026, 9, 4)
    # WHEN materials are asked for on 2 September (by 9 September) and come on 8 September
    case = do(case, Step.REQUEST_CORRECTION, date(2026, 9, 2), rules, text="补充证据",
              due_on=date(2026, 9, 9))
    # THEN while waiting the complainant's date is what is due
    waiting = next_due(case, CAL, rules)
    assert waiting is not None and waiting.limit is Limit.CORRECTION
    assert waiting.deadline.due == date(2026, 9, 9)
    case = do(case, Step.RECEIVE_CORRECTION, date(2026, 9, 8), rules)
    assert case.history[-1].on_time
    # THEN the acceptance limit moves by the 5 working days of 2–8 September
    after = current_deadline(case, CAL, rules)
    assert after is not None and after.due == CAL.add_workdays(before.due, 5).due
    assert after.due == date(2026, 9, 11)
    assert "补正材料" in after.explanation


def test_a_refusal_while_waiting_for_materials_stops_the_correction_period() -> None:
    case = do(new_case(), Step.REQUEST_CORRECTION, RECEIVED, text="补充签字",
              due_on=date(2026, 9, 8))
    case = do(case, Step.REJECT, date(2026, 9, 10), grounds=(RejectionGround.NOT_CORRECTED,))
    assert case.correction is not None and case.correction.ended_on == date(2026, 9, 10)
    assert case.correction.received_on is None
    # the refusal itself is on time: the acceptance clock stood still while waiting
    assert case.history[-1].on_time


def test_procurement_counts_the_decision_from_receipt_without_the_correction_time() -> None:
    rules = preset(PROCUREMENT)
    case = new_case(rules, case_type=CaseType.PROCUREMENT)
    case = do(case, Step.REQUEST_CORRECTION, date(2026, 9, 2), rules, text="补充质疑答复")
    case = do(case, Step.RECEIVE_CORRECTION, date(2026, 9, 4), rules)
    case = do(case, Step.ACCEPT, date(2026, 9, 7), rules)
    deadline = current_deadline(case, CAL, rules)
    # 30 working days from 1 September, 2–4 September not counted
    assert deadline is not None
    assert deadline.due == CAL.add_workdays(RECEIVED, 33).due == date(2026, 10, 21)


# --- the clock stops and resumes -----------------------------------------------------------------


@pytest.mark.parametrize("kind", [PauseKind.SUSPENSION, PauseKind.EXPERT_REVIEW])
def test_a_pause_stops_the_clock_and_resuming_moves_the_due_date_by_the_paused_days(
        kind: PauseKind) -> None:
    # GIVEN an accepted complaint (麻城: 15 working days from 2 September, the make-up
    # Sunday 20 September counted)
    case = accepted()
    before = current_deadline(case, CAL, preset(MACHENG))
    assert before is not None and before.due == date(2026, 9, 22)
    # WHEN the clock is stopped from Thursday 10 to Wednesday 16 September
    paused = do(case, Step.PAUSE, date(2026, 9, 10), pause_kind=kind, text="等待鉴定结论")
    # THEN nothing is due while it stands still, and nothing is overdue however long it lasts
    assert current_deadline(paused, CAL, preset(MACHENG)) is None
    assert overdue_by(paused, date(2026, 12, 1), CAL, preset(MACHENG)) == 0
    assert paused.open_pause() is not None
    # WHEN it resumes
    resumed = do(paused, Step.RESUME, date(2026, 9, 16))
    after = current_deadline(resumed, CAL, preset(MACHENG))
    # THEN the due date moves by exactly the 5 working days of 10–16 September
    paused_days = sum(CAL.is_workday(date(2026, 9, day)) for day in range(10, 17))
    assert paused_days == 5
    assert after is not None and after.due == CAL.add_workdays(before.due, paused_days).due
    assert after.due == date(2026, 9, 29)
    assert kind.label in after.explanation and resumed.open_pause() is None


@settings(max_examples=60, deadline=None)
@given(start=st.integers(min_value=1, max_value=20), length=st.integers(min_value=0, max_value=40))
def test_any_pause_moves_the_due_date_by_exactly_its_working_days(start: int,
                                                                   length: int) -> None:
    # GIVEN an accepted complaint due 22 September, and a pause starting after the acceptance
    # and no later than the due date, lasting any number of days (across National Day too)
    first = date(2026, 9, 2) + timedelta(days=start)
    last = first + timedelta(days=length)
    case = do(accepted(), Step.PAUSE, first, pause_kind=PauseKind.SUSPENSION, text="中止")
    case = do(case, Step.RESUME, last)
    # THEN the due date is the old one moved by the working days the pause held
    paused = sum(CAL.is_workday(first + timedelta(days=i)) for i in range(length + 1))
    deadline = current_deadline(case, CAL, preset(MACHENG))
    assert deadline is not None
    assert deadline.due == CAL.add_workdays(date(2026, 9, 22), paused).due


def test_two_pauses_both_stop_the_clock() -> None:
    case = accepted()
    for start, end in ((date(2026, 9, 3), date(2026, 9, 4)), (date(2026, 9, 8), date(2026, 9, 8))):
        case = do(case, Step.PAUSE, start, pause_kind=PauseKind.SUSPENSION, text="中止")
        case = do(case, Step.RESUME, end)
    deadline = current_deadline(case, CAL, preset(MACHENG))
    assert deadline is not None and deadline.due == CAL.add_workdays(date(2026, 9, 22), 3).due


# --- 延期 -------------------------------------------------------------------------------------


def test_an_extension_without_approval_is_refused() -> None:
    with pytest.raises(ComplaintError, match="延期须经负责人批准") as refused:
        do(accepted(), Step.EXTEND, date(2026, 9, 20), text="案情复杂", extend_by=10)
    assert refused.value.field == "approved_by"


@pytest.mark.parametrize("role", [None, Role.CLERK, Role.READONLY, Role.ADMIN, "boss"])
def test_an_extension_approved_by_someone_not_a_head_of_office_is_refused(
        role: Role | str | None) -> None:
    with pytest.raises(ComplaintError, match="不是本单位负责人") as refused:
        do(accepted(), Step.EXTEND, date(2026, 9, 20), text="案情复杂", extend_by=10,
           approved_by="小李", approved_by_role=role)
    assert refused.value.field == "approved_by"


def test_an_extension_approved_by_the_head_moves_the_due_date() -> None:
    # GIVEN an accepted complaint due 22 September (麻城)
    case = do(accepted(), Step.EXTEND, date(2026, 9, 21), text="需调取银行流水",
              extend_by=10, approved_by=HEAD, approved_by_role=Role.HEAD)
    # THEN the extension names its reason and approver, and the decision is due 10 working
    # days later (the National Day break skipped, the make-up Saturday counted)
    extension = case.extensions[-1]
    assert (extension.reason, extension.approved_by, extension.approved_by_role) == (
        "需调取银行流水", HEAD, Role.HEAD)
    assert extension.new_due == CAL.add_workdays(date(2026, 9, 22), 10).due
    assert extension.new_due == date(2026, 10, 12)
    deadline = current_deadline(case, CAL, preset(MACHENG))
    assert deadline is not None and deadline.due == extension.new_due
    assert case.history[-1].on_time and case.status is Status.INVESTIGATING


def test_the_statutory_bidding_limit_cannot_be_extended() -> None:
    # GIVEN an accepted bidding complaint: 延期 is not offered under the statutory preset
    assert Step.EXTEND not in allowed_steps(accepted(preset(TENDER)), preset(TENDER))
    assert Step.EXTEND in allowed_steps(accepted(), preset(MACHENG))
    due = next_due(accepted(preset(TENDER)), CAL, preset(TENDER))
    assert due is not None and due.steps == (Step.TRANSFER, Step.DECIDE)
    # AND it is refused with the reason if tried
    with pytest.raises(ComplaintError, match="不得延长") as refused:
        do(accepted(preset(TENDER)), Step.EXTEND, date(2026, 9, 20), preset(TENDER),
           text="复杂", extend_by=5, approved_by=HEAD, approved_by_role=Role.HEAD)
    assert refused.value.field == "step"


def test_a_petition_is_extended_by_at_most_30_days_in_all() -> None:
    rules = preset(PETITION)
    case = new_case(rules, case_type=CaseType.REPORT, known_on=None)
    case = do(case, Step.ACCEPT, date(2026, 9, 7), rules)
    head = {"approved_by": HEAD, "approved_by_role": Role.HEAD, "text": "情况复杂"}
    case = do(case, Step.EXTEND, date(2026, 10, 20), rules, extend_by=20, **head)
    with pytest.raises(ComplaintError, match="最多延长 30 日，已延长 20 日") as refused:
        do(case, Step.EXTEND, date(2026, 10, 21), rules, extend_by=11, **head)
    assert refused.value.field == "extend_by"
    case = do(case, Step.EXTEND, date(2026, 10, 21), rules, extend_by=10, **head)
    # 60 + 30 days from 7 September ends on Sunday 6 December: due Monday 7 December
    deadline = current_deadline(case, CAL, rules)
    assert deadline is not None and deadline.due == date(2026, 12, 7)
    with pytest.raises(ComplaintError) as refused:
        do(case, Step.EXTEND, date(2026, 10, 22), rules, extend_by=0, **head)
    assert refused.value.field == "extend_by"


# --- overdue ----------------------------------------------------------------------------------


def test_an_overdue_acceptance_shows_how_many_working_days_late() -> None:
    rules = preset(MACHENG)  # accept or refuse within 1 working day: by 2 September
    case = new_case(rules)
    assert overdue_by(case, date(2026, 9, 2), CAL, rules) == 0
    assert overdue_by(case, date(2026, 9, 7), CAL, rules) == 3
    # a Saturday after a Friday deadline is late, though no working day has passed
    friday = new_case(rules, received_on=date(2026, 9, 3))
    assert overdue_by(friday, date(2026, 9, 5), CAL, rules) == 1
    # WHEN it is accepted late, the step records by how much
    late = do(case, Step.ACCEPT, date(2026, 9, 7), rules)
    record = late.history[-1]
    assert (record.due, record.late_by, record.on_time) == (date(2026, 9, 2), 3, False)
    assert record.verdict() == "逾期 3 个工作日（期限至2026年9月2日）"


def test_a_complaint_made_after_the_window_is_recorded_as_late() -> None:
    # GIVEN a bidding complaint whose complainant knew of the matter on 10 August
    case = new_case(preset(TENDER), known_on=date(2026, 8, 10))
    # THEN the 10-day window (to 20 August) was missed, which supports ground (四)
    window = complaint_window(case, CAL, preset(TENDER))
    assert window is not None and window.due == date(2026, 8, 20)
    assert case.history[0].on_time is False and case.history[0].late_by == 8


def test_the_objection_period_is_not_counted_in_the_complaint_window() -> None:
    case = new_case(preset(TENDER), known_on=date(2026, 8, 10),
                    objection_from=date(2026, 8, 12), objection_to=date(2026, 8, 25))
    window = complaint_window(case, CAL, preset(TENDER))
    assert window is not None and window.due == date(2026, 9, 3)
    assert case.history[0].on_time


def test_a_petition_acceptance_ending_in_the_holiday_moves_to_the_next_working_day() -> None:
    rules = preset(PETITION)
    case = new_case(rules, case_type=CaseType.REPORT, received_on=date(2026, 9, 18))
    deadline = current_deadline(case, CAL, rules)
    # 15 days from 18 September is 3 October, in the National Day break: due 8 October
    assert deadline is not None and deadline.due == date(2026, 10, 8)


# --- transfers (鹤岗) --------------------------------------------------------------------------


def test_a_transfer_within_three_working_days_then_feedback_answer_and_archive() -> None:
    rules = preset(HEGANG)
    case = new_case(rules)
    due = next_due(case, CAL, rules)
    # GIVEN acceptance and transfer both due in 3 working days
    assert due is not None and due.deadline.due == date(2026, 9, 4)
    assert due.limit is Limit.ACCEPTANCE
    assert due.steps == (Step.REQUEST_CORRECTION, Step.ACCEPT, Step.REJECT)
    assert "第六十一条" in due.source
    case = do(case, Step.TRANSFER, date(2026, 9, 3), rules, department="市交通运输局",
              feedback_due=date(2026, 9, 30), text="属交通工程")
    record = case.history[-1]
    assert (record.limit, record.due, record.on_time) == (Limit.TRANSFER, date(2026, 9, 4), True)
    assert case.transfer is not None and case.transfer.department == "市交通运输局"
    waiting = next_due(case, CAL, rules)
    assert waiting is not None and waiting.limit is Limit.TRANSFER_REPLY
    assert waiting.deadline.due == date(2026, 9, 30)
    assert waiting.steps == (Step.RECORD_TRANSFER_REPLY,)
    case = do(case, Step.RECORD_TRANSFER_REPLY, date(2026, 10, 9), rules, text="已责令整改")
    assert case.history[-1].late_by == 2  # 8 and 9 October
    assert next_due(case, CAL, rules) is None
    case = do(case, Step.ANSWER, date(2026, 10, 12), rules, method=FeedbackMethod.PHONE)
    case = do(case, Step.ARCHIVE, date(2026, 10, 12), rules)
    assert case.status is Status.ARCHIVED and not case.is_open


def test_a_case_transferred_during_investigation_answers_the_decision_limit() -> None:
    case = do(accepted(), Step.TRANSFER, date(2026, 9, 10), department="市纪委监委")
    assert case.history[-1].limit is Limit.DECISION and case.history[-1].on_time


# --- storage ----------------------------------------------------------------------------------


def test_a_case_goes_to_json_and_back_unchanged() -> None:
    # GIVEN a case with every kind of record
    rules = preset(PETITION)
    case = new_case(rules, case_type=CaseType.REPORT, channel=Channel.ASSIGNED,
                    objection_from=date(2026, 8, 29), objection_to=date(2026, 8, 30))
    case = do(case, Step.REQUEST_CORRECTION, RECEIVED, rules, text="补充线索",
              due_on=date(2026, 9, 5))
    case = do(case, Step.RECEIVE_CORRECTION, date(2026, 9, 3), rules)
    case = do(case, Step.ACCEPT, date(2026, 9, 3), rules)
    case = do(case, Step.PAUSE, date(2026, 9, 4), rules, pause_kind=PauseKind.EXPERT_REVIEW,
              text="鉴定")
    case = do(case, Step.RESUME, date(2026, 9, 9), rules)
    case = do(case, Step.EXTEND, date(2026, 9, 10), rules, text="复杂", extend_by=5,
              approved_by=HEAD, approved_by_role=Role.HEAD)
    case = do(case, Step.DECIDE, date(2026, 9, 11), rules, outcome=Outcome.WITHDRAWN,
              text="举报人撤回")
    # WHEN it is written as JSON and read back
    text = json.dumps(case.to_dict(), ensure_ascii=False)
    back = ComplaintCase.from_dict(json.loads(text))
    # THEN nothing is lost, and the text holds plain values
    assert back == case
    assert '"status": "decided"' in text and '"approved_by_role": "head"' in text
    assert deadline_of(back, Limit.DECISION, CAL, rules) == deadline_of(
        case, Limit.DECISION, CAL, rules)
