"""Case transfers and 协查 as rules: every legal and illegal step, the police's 3 days
(国务院令第310号 第八条) counted across National Day, overdue feedback and overdue replies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from jianguan_desktop.domain import transfers as rules
from jianguan_desktop.domain.transfers import (
    AssistFacts,
    AssistRequest,
    AssistStatus,
    AssistStep,
    Attachment,
    FeedbackKind,
    FeedbackRule,
    FeedbackRules,
    RecipientKind,
    Status,
    Step,
    StepFacts,
    Transfer,
    TransferError,
)
from jianguan_desktop.domain.workdays import CalendarDay, DayKind, WorkdayCalendar

TODAY = date(2026, 11, 20)
MATERIALS = (Attachment("涉嫌犯罪案件移送书", 3, 1), Attachment("调查报告", 12, 1))
NATIONAL_DAY = [CalendarDay(date(2026, 10, day), DayKind.HOLIDAY, "国庆节") for day in range(1, 8)]
CALENDAR = WorkdayCalendar([*NATIONAL_DAY, CalendarDay(date(2026, 10, 10), DayKind.MAKEUP,
                                                       "国庆节")], [2026])


def draft(kind: RecipientKind = RecipientKind.POLICE, on: date = date(2026, 9, 1)) -> Transfer:
    return Transfer(recipient_kind=kind, proposed_on=on, recipient_unit="滑县公安局")


def send(transfer: Transfer, on: date, **facts: object) -> Transfer:
    values = {"approved_by": "张局长", "attachments": MATERIALS} | facts
    return rules.apply(transfer, Step.SEND, StepFacts(on=on, **values), TODAY)  # type: ignore[arg-type]


def refused(transfer: Transfer, step: Step, facts: StepFacts) -> TransferError:
    with pytest.raises(TransferError) as caught:
        rules.apply(transfer, step, facts, TODAY)
    return caught.value


def sent_and_received(kind: RecipientKind = RecipientKind.POLICE) -> Transfer:
    transfer = send(draft(kind), date(2026, 9, 28))
    return rules.apply(transfer, Step.RECEIVE, StepFacts(on=date(2026, 9, 29), note="李警官签收"),
                       TODAY)


# --- the life cycle -------------------------------------------------------------------------

def test_a_transfer_goes_from_draft_to_closed_through_every_step() -> None:
    # GIVEN a case to be transferred to the police
    transfer = draft()
    assert rules.allowed_steps(transfer) == (Step.SEND,)
    # WHEN it is sent, received, answered and closed
    transfer = send(transfer, date(2026, 9, 28), letter_number="滑监移〔2026〕3号")
    assert (transfer.status, transfer.sent_on, transfer.letter_number) == (
        Status.SENT, date(2026, 9, 28), "滑监移〔2026〕3号")
    transfer = rules.apply(transfer, Step.RECEIVE, StepFacts(on=date(2026, 9, 29),
                                                             note="李警官签收"), TODAY)
    assert (transfer.status, transfer.received_on, transfer.receipt_note) == (
        Status.RECEIVED, date(2026, 9, 29), "李警官签收")
    transfer = rules.apply(transfer, Step.FEEDBACK, StepFacts(
        on=date(2026, 10, 8), feedback_kind=FeedbackKind.FILED,
        document="滑公（经）立字〔2026〕12号立案告知书"), TODAY)
    assert transfer.status is Status.ANSWERED
    assert transfer.feedback == rules.Feedback(FeedbackKind.FILED, date(2026, 10, 8),
                                               "滑公（经）立字〔2026〕12号立案告知书", "")
    transfer = rules.apply(transfer, Step.CLOSE, StepFacts(on=date(2026, 10, 9)), TODAY)
    # THEN it is closed and nothing more can be done
    assert transfer.status is Status.CLOSED
    assert rules.allowed_steps(transfer) == ()


def test_a_draft_without_a_department_is_refused() -> None:
    # GIVEN no kind of recipient chosen WHEN the draft is checked THEN it is refused
    with pytest.raises(TransferError) as caught:
        rules.check_draft("", date(2026, 9, 1), TODAY)
    assert caught.value.field == "recipient_kind"
    assert rules.check_draft("court", date(2026, 9, 1), TODAY) is RecipientKind.COURT


def test_sending_to_no_department_is_refused() -> None:
    # GIVEN a draft whose receiving department has no name
    nameless = replace(draft(RecipientKind.SUPERVISOR), recipient_unit="  ")
    # WHEN it is sent THEN it is refused on the department's name
    error = refused(nameless, Step.SEND, StepFacts(on=date(2026, 9, 28)))
    assert error.field == "recipient_unit"
    # AND naming the department while sending is enough
    sent = send(nameless, date(2026, 9, 28), recipient_unit="滑县住房和城乡建设局")
    assert sent.recipient_unit == "滑县住房和城乡建设局"


def test_a_police_transfer_needs_approval_and_its_materials() -> None:
    # GIVEN a case for the police (国务院令第310号 第五条、第六条)
    transfer = draft()
    # WHEN it is sent without who approved it, or without materials THEN it is refused
    assert refused(transfer, Step.SEND, StepFacts(on=date(2026, 9, 28), attachments=MATERIALS)
                   ).field == "approved_by"
    assert refused(transfer, Step.SEND, StepFacts(on=date(2026, 9, 28), approved_by="张局长")
                   ).field == "attachments"
    # AND a transfer to an administrative department needs neither
    plain = send(draft(RecipientKind.SUPERVISOR), date(2026, 9, 28), approved_by="",
                 attachments=())
    assert plain.status is Status.SENT


def test_attachments_without_name_pages_or_copies_are_refused() -> None:
    for item in (Attachment(" ", 1, 1), Attachment("调查报告", 0, 1), Attachment("调查报告", 2, 0)):
        assert refused(draft(), Step.SEND, StepFacts(
            on=date(2026, 9, 28), approved_by="张局长", attachments=(item,))).field == \
            "attachments"


def test_feedback_before_the_transfer_is_refused() -> None:
    # GIVEN a draft WHEN feedback is recorded THEN it is refused: nothing has gone out
    error = refused(draft(), Step.FEEDBACK, StepFacts(
        on=date(2026, 9, 28), feedback_kind=FeedbackKind.FILED, document="立案告知书"))
    assert error.field == "status"
    assert "移送" in str(error)


def test_feedback_before_the_receipt_is_recorded_is_refused() -> None:
    sent = send(draft(), date(2026, 9, 28))
    error = refused(sent, Step.FEEDBACK, StepFacts(
        on=date(2026, 9, 30), feedback_kind=FeedbackKind.FILED, document="立案告知书"))
    assert error.field == "status"


@pytest.mark.parametrize(("step", "status"), [
    (Step.RECEIVE, Status.DRAFT), (Step.CLOSE, Status.DRAFT), (Step.SEND, Status.SENT),
    (Step.CLOSE, Status.RECEIVED), (Step.SEND, Status.CLOSED), (Step.FEEDBACK, Status.CLOSED),
])
def test_steps_out_of_order_are_refused(step: Step, status: Status) -> None:
    transfer = replace(draft(), status=status)
    error = refused(transfer, step, StepFacts(on=date(2026, 9, 28)))
    assert error.field == "status"


def test_a_date_in_the_future_is_refused() -> None:
    error = refused(draft(), Step.SEND, StepFacts(
        on=TODAY + timedelta(days=1), approved_by="张局长", attachments=MATERIALS))
    assert error.field == "on"
    assert "2026年11月21日" in str(error)
    with pytest.raises(TransferError):
        rules.check_draft("police", TODAY + timedelta(days=1), TODAY)


def test_a_date_before_the_previous_step_is_refused() -> None:
    sent = send(draft(), date(2026, 9, 28))
    error = refused(sent, Step.RECEIVE, StepFacts(on=date(2026, 9, 27)))
    assert error.field == "on"
    assert refused(draft(on=date(2026, 9, 10)), Step.SEND, StepFacts(
        on=date(2026, 9, 9), approved_by="张局长", attachments=MATERIALS)).field == "on"


@pytest.mark.parametrize(("kind", "document", "text", "field"), [
    (None, "告知书", "", "feedback_kind"),
    (FeedbackKind.FILED, "", "", "document"),
    (FeedbackKind.DECLINED, "不予立案通知书", "", "text"),
    (FeedbackKind.RETURNED, "退回函", "", "text"),
    (FeedbackKind.OTHER, "", "", "text"),
])
def test_feedback_needs_its_document_and_reasons(kind: FeedbackKind | None, document: str,
                                                 text: str, field: str) -> None:
    error = refused(sent_and_received(), Step.FEEDBACK, StepFacts(
        on=date(2026, 10, 8), feedback_kind=kind, document=document, text=text))
    assert error.field == field


def test_a_refusal_with_reasons_and_another_answer_by_telephone_are_recorded() -> None:
    declined = rules.apply(sent_and_received(), Step.FEEDBACK, StepFacts(
        on=date(2026, 10, 8), feedback_kind=FeedbackKind.DECLINED,
        document="不予立案通知书", text="犯罪事实显著轻微"), TODAY)
    assert declined.feedback is not None and declined.feedback.text == "犯罪事实显著轻微"
    other = rules.apply(sent_and_received(RecipientKind.DISCIPLINE), Step.FEEDBACK, StepFacts(
        on=date(2026, 10, 8), feedback_kind=FeedbackKind.OTHER, text="电话告知已转县监委第二室"),
        TODAY)
    assert other.status is Status.ANSWERED


# --- deadlines -----------------------------------------------------------------------------

def test_the_police_decide_within_3_days_of_acceptance_moved_past_national_day() -> None:
    # GIVEN a transfer the police accepted on 29 September 2026
    transfer = sent_and_received()
    # WHEN the feedback deadline is worked out (国务院令第310号 第八条: 3日)
    deadline = rules.feedback_deadline(transfer, FeedbackRules().police, CALENDAR)
    # THEN the 3rd day, 2 October, is a holiday: the deadline moves to 8 October
    assert deadline is not None
    assert (deadline.count, deadline.unit, deadline.due) == (3, "days", date(2026, 10, 8))
    assert "9月29日" in deadline.explanation and "10月8日" in deadline.explanation
    assert deadline.warnings == ()


def test_before_the_receipt_the_deadline_counts_from_the_transfer() -> None:
    sent = send(draft(), date(2026, 9, 14))  # a Monday
    deadline = rules.feedback_deadline(sent, FeedbackRules().police, CALENDAR)
    assert deadline is not None and deadline.due == date(2026, 9, 17)
    assert rules.feedback_deadline(draft(), FeedbackRules().police, CALENDAR) is None


def test_other_recipients_use_the_configured_time_limit() -> None:
    # GIVEN a supervision department with 30 days and one given 10 working days
    sent = send(draft(RecipientKind.SUPERVISOR), date(2026, 9, 21))
    assert FeedbackRules().rule_for(RecipientKind.SUPERVISOR) == FeedbackRule(30)
    days = rules.feedback_deadline(sent, FeedbackRule(30), CALENDAR)
    workdays = rules.feedback_deadline(sent, FeedbackRule(10, "workdays"), CALENDAR)
    # THEN 30 days end on 21 October; 10 working days skip the National Day break and
    # count the make-up Saturday, 10 October
    assert days is not None and days.due == date(2026, 10, 21)
    assert workdays is not None and workdays.due == date(2026, 10, 10)


def test_a_year_the_calendar_lacks_warns() -> None:
    sent = replace(draft(), status=Status.SENT, sent_on=date(2026, 12, 30))
    deadline = rules.feedback_deadline(sent, FeedbackRule(3), CALENDAR)
    assert deadline is not None and deadline.due == date(2027, 1, 4)
    assert len(deadline.warnings) == 1 and "2027" in deadline.warnings[0]


def test_a_zero_or_negative_time_limit_is_refused() -> None:
    for count in (0, -3):
        with pytest.raises(TransferError):
            FeedbackRule(count)


def test_feedback_is_overdue_after_the_due_day_until_it_comes() -> None:
    transfer = sent_and_received()
    deadline = rules.feedback_deadline(transfer, FeedbackRule(3), CALENDAR)
    assert not rules.is_overdue(transfer, deadline, date(2026, 10, 8))
    assert rules.is_overdue(transfer, deadline, date(2026, 10, 9))
    answered = rules.apply(transfer, Step.FEEDBACK, StepFacts(
        on=date(2026, 10, 9), feedback_kind=FeedbackKind.FILED, document="立案告知书"), TODAY)
    assert not rules.is_overdue(answered, deadline, date(2026, 10, 20))


def test_a_police_refusal_may_be_taken_to_reconsideration_within_3_days() -> None:
    declined = rules.apply(sent_and_received(), Step.FEEDBACK, StepFacts(
        on=date(2026, 10, 8), feedback_kind=FeedbackKind.DECLINED, document="不予立案通知书",
        text="不构成犯罪"), TODAY)
    deadline = rules.reconsideration_deadline(declined, CALENDAR)
    assert deadline is not None and deadline.due == date(2026, 10, 12)  # 11th is a Sunday
    filed = replace(declined, feedback=replace(declined.feedback, kind=FeedbackKind.FILED))
    assert rules.reconsideration_deadline(filed, CALENDAR) is None


def test_every_kind_has_a_basis() -> None:
    for kind in RecipientKind:
        assert rules.transfer_basis(kind)
        assert rules.transfer_sources(kind)
    assert "310" in rules.transfer_basis(RecipientKind.POLICE)


# --- 协查 ---------------------------------------------------------------------------------------

def assist() -> AssistRequest:
    return AssistRequest(unit="滑县市场监督管理局", created_on=date(2026, 11, 2))


def assist_refused(request: AssistRequest, step: AssistStep, facts: AssistFacts) -> str | None:
    with pytest.raises(TransferError) as caught:
        rules.apply_assist(request, step, facts, TODAY)
    return caught.value.field


def test_a_request_is_sent_replied_to_or_overdue() -> None:
    sent = rules.apply_assist(assist(), AssistStep.SEND, AssistFacts(
        on=date(2026, 11, 3), reply_by=date(2026, 11, 13)), TODAY)
    assert sent.status is AssistStatus.SENT
    assert rules.assist_status_on(sent, date(2026, 11, 13)) is AssistStatus.SENT
    assert rules.assist_status_on(sent, date(2026, 11, 14)) is AssistStatus.OVERDUE
    replied = rules.apply_assist(sent, AssistStep.REPLY, AssistFacts(
        on=date(2026, 11, 16), document="滑市监函〔2026〕8号", text="经核查，该公司股东为张某"),
        TODAY)
    assert replied.status is AssistStatus.REPLIED
    assert rules.assist_status_on(replied, date(2026, 11, 20)) is AssistStatus.REPLIED
    assert rules.allowed_assist_steps(replied) == ()


def test_illegal_assistance_steps_are_refused() -> None:
    on = date(2026, 11, 3)
    assert assist_refused(replace(assist(), unit=""), AssistStep.SEND,
                          AssistFacts(on=on, reply_by=date(2026, 11, 13))) == "unit"
    assert assist_refused(assist(), AssistStep.SEND, AssistFacts(on=on)) == "reply_by"
    assert assist_refused(assist(), AssistStep.SEND, AssistFacts(on=on, reply_by=on)) == \
        "reply_by"
    assert assist_refused(assist(), AssistStep.REPLY, AssistFacts(on=on, text="x")) == "status"
    assert assist_refused(assist(), AssistStep.SEND, AssistFacts(
        on=TODAY + timedelta(days=1), reply_by=TODAY + timedelta(days=9))) == "on"
    sent = rules.apply_assist(assist(), AssistStep.SEND, AssistFacts(
        on=on, reply_by=date(2026, 11, 13)), TODAY)
    assert assist_refused(sent, AssistStep.REPLY, AssistFacts(on=date(2026, 11, 2),
                                                              text="x")) == "on"
    assert assist_refused(sent, AssistStep.REPLY, AssistFacts(on=date(2026, 11, 5))) == "text"
    assert assist_refused(sent, AssistStep.SEND, AssistFacts(
        on=date(2026, 11, 5), reply_by=date(2026, 11, 13))) == "status"
