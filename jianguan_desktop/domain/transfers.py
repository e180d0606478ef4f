"""Case transfers (案件移送) and requests for assistance (协查): their life cycles and deadlines.

Pure rules, no database: :func:`apply` moves a transfer one step, :func:`apply_assist` a 协查函,
each refusing illegal steps in words a clerk understands; :func:`feedback_deadline` works out
when the recipient's feedback is due, counted in the working-day calendar.

Sources (issue 5 item 6, ``../shared/seeds/``):

- 安阳 (七) 案件移送机制: cases for another 行政监督部门 are transferred (移送、转办); 涉嫌违纪、
  职务违法和职务犯罪 go to the 纪检监察机关; 涉嫌刑事犯罪 to the 公安、检察机关; 失信被执行人
  matters to the 人民法院.
- 海口 (十) 联合查处机制: 违纪线索 to the 纪检监察机关, 违法犯罪 to the 公安机关; a department
  asked for help (协查) handles it promptly and answers in writing (书面反馈协查的结果).
- 麻城 二(一)3: 涉嫌犯罪的移交公安机关立案侦查；公职人员涉嫌违纪的移交纪检监察机关处理.
- 《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号): 第三条 what must go to the police;
  第五条 the transfer is approved by the office's 正职负责人 (so a transfer to the police names
  who approved it); 第六条 the materials attached (so it has an attachments list); 第七条 the
  police sign the receipt (回执); 第八条 the police decide on 立案 within 3 days of accepting the
  transfer and give the reasons in writing when they decline; 第九条 the office may ask for
  reconsideration (复议) within 3 days of receiving a 不予立案 notice.
- 《中华人民共和国监察法》: clues of 职务违法、职务犯罪 by 公职人员 go to the 监察机关.
- 《中华人民共和国招标投标法实施条例》第四条: each 行政监督部门 supervises within its duties.
- The feedback time limits of the other recipients are this program's policy (settings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.labels import LabelledEnum
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr

if TYPE_CHECKING:
    from jianguan_desktop.domain.workdays import Deadline, Unit, WorkdayCalendar

POLICE_FEEDBACK_DAYS = 3  # 国务院令第310号 第八条
RECONSIDERATION_DAYS = 3  # 国务院令第310号 第九条
UNIT_MAX = 200
COUNT_MAX = 365  # a feedback time limit longer than a year is a typing mistake


class TransferError(ValidationError, ValueError):
    """A step or a value the rules refuse; ``str()`` says why, ``field`` names what to fix."""


class SourceKind(LabelledEnum):
    """Where the case comes from."""

    COMPLAINT = "complaint"  # 投诉举报
    INSPECTION = "inspection"  # 监督检查 (双随机一公开, 专项检查)
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.COMPLAINT: tr("Complaint or report"), cls.INSPECTION: tr("Inspection"),
                cls.OTHER: tr("Other source")}


class RecipientKind(LabelledEnum):
    """Who a case is transferred to (安阳 (七))."""

    SUPERVISOR = "supervisor"  # 行政监督部门
    DISCIPLINE = "discipline"  # 纪委监委 (纪检监察机关)
    POLICE = "police"  # 公安机关
    PROCURATORATE = "procuratorate"  # 检察机关
    COURT = "court"  # 人民法院

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.SUPERVISOR: tr("Administrative supervision department"),
                cls.DISCIPLINE: tr("Discipline inspection and supervision commission"),
                cls.POLICE: tr("Public security organ"),
                cls.PROCURATORATE: tr("People's procuratorate"),
                cls.COURT: tr("People's court")}


class Status(LabelledEnum):
    """Where a transfer is in its life cycle."""

    DRAFT = "draft"  # 拟移送
    SENT = "sent"  # 已移送
    RECEIVED = "received"  # 已接收 (回执)
    ANSWERED = "answered"  # 已反馈
    CLOSED = "closed"  # 办结

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.DRAFT: tr("To be transferred"), cls.SENT: tr("Transferred"),
                cls.RECEIVED: tr("Receipt acknowledged"), cls.ANSWERED: tr("Feedback received"),
                cls.CLOSED: tr("Closed")}


class Step(LabelledEnum):
    """What a clerk can do to a transfer."""

    SEND = "send"
    RECEIVE = "receive"
    FEEDBACK = "feedback"
    CLOSE = "close"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.SEND: tr("Record the transfer"), cls.RECEIVE: tr("Record the receipt"),
                cls.FEEDBACK: tr("Record the feedback"), cls.CLOSE: tr("Close the transfer")}


class FeedbackKind(LabelledEnum):
    """What the recipient answered."""

    FILED = "filed"  # 立案
    DECLINED = "declined"  # 不予立案 (with the reasons, 国务院令第310号 第八条)
    RETURNED = "returned"  # 退回 (not theirs, or materials returned)
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.FILED: tr("Case opened"), cls.DECLINED: tr("Case not opened"),
                cls.RETURNED: tr("Returned"), cls.OTHER: tr("Other feedback")}


class AssistStatus(LabelledEnum):
    """Where a request for assistance (协查函) is; ``overdue`` is never stored: a sent request
    whose reply date has passed (:func:`assist_status_on`)."""

    DRAFT = "draft"  # 拟发函
    SENT = "sent"  # 已发函
    REPLIED = "replied"  # 已回复
    OVERDUE = "overdue"  # 逾期未复

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.DRAFT: tr("Letter being prepared"), cls.SENT: tr("Letter sent"),
                cls.REPLIED: tr("Reply received"), cls.OVERDUE: tr("Reply overdue")}


class AssistStep(LabelledEnum):
    """What a clerk can do to a request for assistance."""

    SEND = "send"
    REPLY = "reply"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.SEND: tr("Send the letter"), cls.REPLY: tr("Record the written reply")}


# --- the legal basis of each kind of transfer ---------------------------------------------

def transfer_basis(kind: RecipientKind) -> str:
    """Why a case goes to this kind of recipient: the rule printed on the 移送书 (the clerk
    may write a more precise one)."""
    texts: dict[RecipientKind, Callable[[], str]] = {
        RecipientKind.SUPERVISOR: lambda: tr(
            "Article 4 of the Regulations for the Implementation of the Bidding Law (each "
            "administrative supervision department supervises within its duties) and the "
            "case transfer mechanism of the joint supervision of public resource trading"),
        RecipientKind.DISCIPLINE: lambda: tr(
            "The Supervision Law of the People's Republic of China (clues of duty-related "
            "violations and crimes by public officials are transferred to the supervision "
            "organs)"),
        RecipientKind.POLICE: lambda: tr(
            "Article 3 of the Provisions on the Transfer of Suspected Criminal Cases by "
            "Administrative Law Enforcement Organs (State Council Decree No. 310)"),
        RecipientKind.PROCURATORATE: lambda: tr(
            "The Provisions on the Transfer of Suspected Criminal Cases by Administrative Law "
            "Enforcement Organs (State Council Decree No. 310) and the case transfer mechanism "
            "of the joint supervision of public resource trading (suspected crimes go to the "
            "public security and procuratorial organs)"),
        RecipientKind.COURT: lambda: tr(
            "The case transfer mechanism of the joint supervision of public resource trading "
            "(matters of dishonest judgment debtors are transferred to the people's court "
            "according to procedure)"),
    }
    return texts[kind]()


def transfer_sources(kind: RecipientKind) -> str:
    """The local documents that name this path (for the window's help text)."""
    texts: dict[RecipientKind, Callable[[], str]] = {
        RecipientKind.SUPERVISOR: lambda: tr("安阳 (七); 麻城 二(一)3"),
        RecipientKind.DISCIPLINE: lambda: tr("安阳 (七); 海口 (十); 麻城 二(一)3"),
        RecipientKind.POLICE: lambda: tr("安阳 (七); 海口 (十); 麻城 二(一)3; 国务院令第310号"),
        RecipientKind.PROCURATORATE: lambda: tr("安阳 (七); 国务院令第310号 第十四条"),
        RecipientKind.COURT: lambda: tr("安阳 (七)"),
    }
    return texts[kind]()


# --- feedback time limits -------------------------------------------------------------------

@dataclass(frozen=True)
class FeedbackRule:
    """How long a recipient has to give feedback: ``count`` calendar or working days from
    the day it accepted the transfer (or, until that is recorded, the day it was sent)."""

    count: int
    unit: Unit = "days"

    def __post_init__(self) -> None:
        if isinstance(self.count, bool) or not 1 <= self.count <= COUNT_MAX:
            raise TransferError(tr("A feedback time limit must be 1 to {most} days; {count} "
                                   "is not allowed.").format(most=COUNT_MAX, count=self.count),
                                field="count")
        if self.unit not in ("days", "workdays"):
            raise ValueError(f"unknown unit {self.unit!r}")


@dataclass(frozen=True)
class FeedbackRules:
    """The time limits in force. The police preset is the law (国务院令第310号 第八条: 3日);
    the others are this program's policy, kept as settings."""

    supervisor: FeedbackRule = FeedbackRule(30)
    discipline: FeedbackRule = FeedbackRule(30)
    police: FeedbackRule = FeedbackRule(POLICE_FEEDBACK_DAYS)
    procuratorate: FeedbackRule = FeedbackRule(30)
    court: FeedbackRule = FeedbackRule(30)

    def rule_for(self, kind: RecipientKind) -> FeedbackRule:
        """The rule of one kind of recipient."""
        rule: FeedbackRule = getattr(self, kind.value)
        return rule


# --- a transfer and its life cycle ----------------------------------------------------------

@dataclass(frozen=True)
class Attachment:
    """One item of the 移送材料清单: its name, pages (``None``: not counted) and copies."""

    name: str
    pages: int | None = None
    copies: int = 1


@dataclass(frozen=True)
class Feedback:
    """The recipient's answer: what, when, in which document (文书名称及文号), and the text
    (the reasons of a 不予立案 or 退回)."""

    kind: FeedbackKind
    on: date
    document: str = ""
    text: str = ""


@dataclass(frozen=True)
class Transfer:
    """A case transfer as the rules see it (the services keep 案由, facts and source beside)."""

    recipient_kind: RecipientKind
    proposed_on: date
    recipient_unit: str = ""
    status: Status = Status.DRAFT
    sent_on: date | None = None
    letter_number: str = ""  # 移送书文号 (blank: the record's number)
    approved_by: str = ""  # who approved the transfer (国务院令第310号 第五条)
    attachments: tuple[Attachment, ...] = ()
    received_on: date | None = None
    receipt_note: str = ""  # who signed the receipt (回执), how it came back
    feedback: Feedback | None = None
    closed_on: date | None = None
    closing_note: str = ""

    def last_step_on(self) -> date:
        """Date of the latest step so far; a new step may not be dated before it."""
        days = [self.proposed_on, self.sent_on, self.received_on, self.closed_on,
                self.feedback.on if self.feedback else None]
        return max(day for day in days if day is not None)

    @property
    def awaiting_feedback(self) -> bool:
        """Whether the transfer has gone out and the recipient has not answered yet."""
        return self.status in (Status.SENT, Status.RECEIVED)


@dataclass(frozen=True)
class StepFacts:
    """What the clerk enters with a step: its date, and what that step needs.

    ``recipient_unit``, ``letter_number``, ``approved_by``, ``attachments``: sending
    (``None`` attachments: keep those of the draft). ``note``: who signed the receipt, or the
    closing note. ``feedback_kind``, ``document``, ``text``: the feedback.
    """

    on: date
    recipient_unit: str = ""
    letter_number: str = ""
    approved_by: str = ""
    attachments: tuple[Attachment, ...] | None = None
    note: str = ""
    feedback_kind: FeedbackKind | None = None
    document: str = ""
    text: str = ""


TRANSITIONS: dict[Status, dict[Step, Status]] = {
    Status.DRAFT: {Step.SEND: Status.SENT},
    Status.SENT: {Step.RECEIVE: Status.RECEIVED},
    Status.RECEIVED: {Step.FEEDBACK: Status.ANSWERED},
    Status.ANSWERED: {Step.CLOSE: Status.CLOSED},
    Status.CLOSED: {},
}


def _clean(text: str) -> str:
    return " ".join(text.split())


def _not_in_future(day: date, today: date, name: str = "on") -> None:
    if day > today:
        raise TransferError(tr("The date {day} is in the future (today is {today}).")
                            .format(day=format_cn_date(day), today=format_cn_date(today)),
                            field=name)


def _not_before(day: date, last: date, name: str = "on") -> None:
    if day < last:
        raise TransferError(tr("The date {on} is before the previous step ({last}).")
                            .format(on=format_cn_date(day), last=format_cn_date(last)),
                            field=name)


def check_attachments(items: tuple[Attachment, ...]) -> tuple[Attachment, ...]:
    """The attachments list with names tidied; a nameless item or one with no pages or
    copies is refused."""
    checked = []
    for index, item in enumerate(items, start=1):
        name = _clean(item.name)
        if not name:
            raise TransferError(tr("Item {index} of the attachments has no name.").format(
                index=index), field="attachments")
        if item.pages is not None and item.pages < 1:
            raise TransferError(tr("Item {index} of the attachments (“{name}”) must have at "
                                   "least one page.").format(index=index, name=name),
                                field="attachments")
        if item.copies < 1:
            raise TransferError(tr("Item {index} of the attachments (“{name}”) must have at "
                                   "least one copy.").format(index=index, name=name),
                                field="attachments")
        checked.append(replace(item, name=name))
    return tuple(checked)


def _send(transfer: Transfer, facts: StepFacts) -> Transfer:
    unit = _clean(facts.recipient_unit or transfer.recipient_unit)
    if not unit:
        raise TransferError(tr("Enter the department the case is transferred to; a case "
                               "cannot be transferred to no department."),
                            field="recipient_unit")
    if len(unit) > UNIT_MAX:
        raise TransferError(tr("The name of the department may have at most {count} "
                               "characters.").format(count=UNIT_MAX), field="recipient_unit")
    attachments = check_attachments(transfer.attachments if facts.attachments is None
                                    else facts.attachments)
    approved_by = _clean(facts.approved_by or transfer.approved_by)
    if transfer.recipient_kind is RecipientKind.POLICE:
        if not approved_by:
            raise TransferError(tr(
                "A transfer to the public security organ must be approved by the head of the "
                "office (State Council Decree No. 310, Article 5); enter who approved it."),
                field="approved_by")
        if not attachments:
            raise TransferError(tr(
                "A transfer to the public security organ must list the materials sent with it "
                "(State Council Decree No. 310, Article 6): the transfer letter, the "
                "investigation report, the list of items involved and any test or appraisal "
                "reports."), field="attachments")
    return replace(transfer, recipient_unit=unit, sent_on=facts.on, attachments=attachments,
                   approved_by=approved_by,
                   letter_number=_clean(facts.letter_number) or transfer.letter_number)


def _feedback(facts: StepFacts) -> Feedback:
    if facts.feedback_kind is None:
        raise TransferError(tr("Choose what the recipient answered."), field="feedback_kind")
    kind = facts.feedback_kind
    document, text = _clean(facts.document), facts.text.strip()
    if kind is not FeedbackKind.OTHER and not document:
        raise TransferError(tr("Enter the document the recipient answered with (its name "
                               "and number, e.g. 立案告知书)."), field="document")
    if kind is FeedbackKind.DECLINED and not text:
        raise TransferError(tr("Write down the reasons the recipient gave for not opening a "
                               "case."), field="text")
    if kind is FeedbackKind.RETURNED and not text:
        raise TransferError(tr("Write down why the case was returned."), field="text")
    if kind is FeedbackKind.OTHER and not text:
        raise TransferError(tr("Write down what the recipient answered."), field="text")
    return Feedback(kind, facts.on, document, text)


def refusal(transfer: Transfer, step: Step) -> TransferError | None:
    """Why ``step`` is not possible in the transfer's status (``None``: it is)."""
    if step in TRANSITIONS[transfer.status]:
        return None
    if step is Step.FEEDBACK and transfer.status is Status.DRAFT:
        return TransferError(tr("The case has not been transferred yet; there can be no "
                                "feedback before the transfer."), field="status")
    if step is Step.FEEDBACK and transfer.status is Status.SENT:
        return TransferError(tr("Record first when the recipient acknowledged receipt of the "
                                "transfer (the receipt slip)."), field="status")
    return TransferError(tr("The transfer is “{status}”; “{step}” is not possible now.")
                         .format(status=transfer.status.label, step=step.label),
                         field="status")


def apply(transfer: Transfer, step: Step, facts: StepFacts, today: date) -> Transfer:
    """The transfer after ``step``; raises :class:`TransferError` saying why when the step is
    not allowed now or its facts are wrong (a date in the future or before the previous
    step, no department, a police transfer without approval or materials, feedback without
    its document or reasons). Nothing is changed in place."""
    refused = refusal(transfer, step)
    if refused is not None:
        raise refused
    _not_in_future(facts.on, today)
    _not_before(facts.on, transfer.last_step_on())
    if step is Step.SEND:
        moved = _send(transfer, facts)
    elif step is Step.RECEIVE:
        moved = replace(transfer, received_on=facts.on, receipt_note=_clean(facts.note))
    elif step is Step.FEEDBACK:
        moved = replace(transfer, feedback=_feedback(facts))
    else:
        moved = replace(transfer, closed_on=facts.on, closing_note=facts.note.strip())
    return replace(moved, status=TRANSITIONS[transfer.status][step])


def allowed_steps(transfer: Transfer) -> tuple[Step, ...]:
    """The steps the transfer's status allows (their facts are checked by :func:`apply`)."""
    return tuple(TRANSITIONS[transfer.status])


def check_draft(recipient_kind: str | None, proposed_on: date, today: date) -> RecipientKind:
    """The recipient kind of a new or edited draft; none (a transfer to no department) or a
    date in the future is refused."""
    try:
        kind = RecipientKind(recipient_kind or "")
    except ValueError:
        raise TransferError(tr("Choose the department the case is transferred to; a case "
                               "cannot be transferred to no department."),
                            field="recipient_kind") from None
    _not_in_future(proposed_on, today, "proposed_on")
    return kind


# --- deadlines --------------------------------------------------------------------------------

def _count(calendar: WorkdayCalendar, unit: Unit) -> Callable[..., Deadline]:
    return calendar.add_workdays if unit == "workdays" else calendar.add_days


def feedback_deadline(transfer: Transfer, rule: FeedbackRule,
                      calendar: WorkdayCalendar) -> Deadline | None:
    """When the recipient's feedback is due under ``rule`` (the one in force when the case
    was sent; ``None`` before it is sent): counted from the day the recipient accepted the
    transfer, or from the day it was sent until the receipt is recorded. For the police:
    3 days (国务院令第310号 第八条); a last day on a holiday or rest day moves to the next
    working day."""
    if transfer.sent_on is None:
        return None
    if transfer.received_on is not None:
        start, event = transfer.received_on, tr("transfer accepted")
    else:
        start, event = transfer.sent_on, tr("transferred (receipt not yet recorded)")
    if transfer.recipient_kind is RecipientKind.POLICE:
        label = tr("Time limit for deciding on opening a case")
    else:
        label = tr("Time limit for feedback")
    return _count(calendar, rule.unit)(start, rule.count, label=label, event=event)


def is_overdue(transfer: Transfer, deadline: Deadline | None, today: date) -> bool:
    """Whether the recipient still owes its feedback after the due day."""
    return transfer.awaiting_feedback and deadline is not None and today > deadline.due


def reconsideration_deadline(transfer: Transfer,
                             calendar: WorkdayCalendar) -> Deadline | None:
    """The last day the office may ask the police to reconsider a 不予立案 (国务院令第310号
    第九条: within 3 days of receiving the notice); ``None`` for any other feedback."""
    feedback = transfer.feedback
    if (transfer.recipient_kind is not RecipientKind.POLICE or feedback is None
            or feedback.kind is not FeedbackKind.DECLINED):
        return None
    return calendar.add_days(feedback.on, RECONSIDERATION_DAYS,
                             label=tr("Time limit for requesting reconsideration"),
                             event=tr("notice of not opening a case received"))


# --- requests for assistance (协查) ----------------------------------------------------------

@dataclass(frozen=True)
class AssistRequest:
    """A 协查函 as the rules see it: to whom, about what, the reply asked for by ``reply_by``,
    and the written reply (海口 (十): 书面反馈协查的结果)."""

    unit: str
    created_on: date
    status: AssistStatus = AssistStatus.DRAFT
    sent_on: date | None = None
    reply_by: date | None = None
    replied_on: date | None = None
    reply_document: str = ""
    reply_text: str = ""

    def last_step_on(self) -> date:
        """Date of the latest step so far."""
        days = [self.created_on, self.sent_on, self.replied_on]
        return max(day for day in days if day is not None)


@dataclass(frozen=True)
class AssistFacts:
    """What the clerk enters: the date; sending: the unit and the reply date asked for;
    the reply: its document (name and number) and what it says."""

    on: date
    unit: str = ""
    reply_by: date | None = None
    document: str = ""
    text: str = ""


ASSIST_TRANSITIONS: dict[AssistStatus, dict[AssistStep, AssistStatus]] = {
    AssistStatus.DRAFT: {AssistStep.SEND: AssistStatus.SENT},
    AssistStatus.SENT: {AssistStep.REPLY: AssistStatus.REPLIED},
    AssistStatus.REPLIED: {},
    AssistStatus.OVERDUE: {AssistStep.REPLY: AssistStatus.REPLIED},
}


def apply_assist(request: AssistRequest, step: AssistStep, facts: AssistFacts,
                 today: date) -> AssistRequest:
    """The request after ``step``; raises :class:`TransferError` saying why not (a letter to
    no unit, a reply date before the letter, a reply before the letter was sent, a date in
    the future or before the previous step, a reply without its content)."""
    if step not in ASSIST_TRANSITIONS[request.status]:
        if step is AssistStep.REPLY and request.status is AssistStatus.DRAFT:
            raise TransferError(tr("The letter has not been sent yet; there can be no reply "
                                   "before it."), field="status")
        raise TransferError(tr("The request is “{status}”; “{step}” is not possible now.")
                            .format(status=request.status.label, step=step.label),
                            field="status")
    _not_in_future(facts.on, today)
    _not_before(facts.on, request.last_step_on())
    if step is AssistStep.SEND:
        unit = _clean(facts.unit or request.unit)
        if not unit:
            raise TransferError(tr("Enter the unit asked for assistance; a letter cannot go "
                                   "to no unit."), field="unit")
        reply_by = facts.reply_by or request.reply_by
        if reply_by is None:
            raise TransferError(tr("Enter the date by which a written reply is asked for."),
                                field="reply_by")
        if reply_by <= facts.on:
            raise TransferError(tr("The reply date {reply_by} must come after the letter is "
                                   "sent ({on}).").format(reply_by=format_cn_date(reply_by),
                                                          on=format_cn_date(facts.on)),
                                field="reply_by")
        moved = replace(request, unit=unit, sent_on=facts.on, reply_by=reply_by)
    else:
        text = facts.text.strip()
        if not text:
            raise TransferError(tr("Write down what the written reply says."), field="text")
        moved = replace(request, replied_on=facts.on, reply_document=_clean(facts.document),
                        reply_text=text)
    return replace(moved, status=ASSIST_TRANSITIONS[request.status][step])


def assist_status_on(request: AssistRequest, today: date) -> AssistStatus:
    """The status as of ``today``: a sent letter whose reply date has passed is overdue."""
    if (request.status is AssistStatus.SENT and request.reply_by is not None
            and today > request.reply_by):
        return AssistStatus.OVERDUE
    return request.status


def allowed_assist_steps(request: AssistRequest) -> tuple[AssistStep, ...]:
    """The steps the request's status allows."""
    return tuple(ASSIST_TRANSITIONS[request.status])
