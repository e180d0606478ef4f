"""Complaints and reports (投诉举报): one case's workflow, from 登记 to 归档, against its deadlines.

Pure rules, no database: :func:`register` opens a case, :func:`apply` moves it one step and
refuses illegal steps in words a clerk understands, :func:`next_due` says which limit runs
now and by when (periods not counted — 补正, 暂停/中止, 检验检测鉴定专家评审 — skipped).

Sources (issue 5 item 3, ``../shared/seeds/``):

- 安阳 (九): 投诉举报 received, accepted, handled, transferred and answered on time, every step
  traced (so every step records who, when and the deadline it met or missed); (七) cases passed
  to the competent department (转办, 移送).
- 海口 (八): channels 电话、传真、电子邮箱、通讯地址; (九) 及时受理、限时办结、按时反馈; (十)
  问题线索 checked jointly.
- 鹤岗 四(二): a complaint that belongs to another department is transferred within 3 working
  days; the complainant is answered in writing.
- 麻城 二(一)2–3: one workflow for complaints and reports, transfer to the competent
  department; 二(三)1: accept or reject within 1 working day, close within 15, a longer time
  only with the approval of the 监管办主要负责人 (here: a user whose role is 负责人).
- 《工程建设项目招标投标活动投诉处理办法》(七部委令第11号) 第十二条: the grounds of 不予受理
  (:class:`RejectionGround`); 第二十条: 驳回 or a finding with measures; 第二十一条: the decision
  in writing to the complainant (so the written answer is due with the decision).
- 《政府采购质疑和投诉办法》(财政部令第94号) 第二十一条: 补正 requested once; 第二十七条: the time
  "from the day the notice is sent to the day the materials are received" is not counted, so a
  period not counted runs from its first to its last day inclusive.
- The time limits themselves come from ``domain/deadline_rules.py`` (settings, never constants).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from jianguan_desktop.domain.deadline_rules import (
    Anchor,
    CaseType,
    DeadlinePreset,
    DeadlineRule,
    Limit,
    unit_label,
)
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.labels import LabelledEnum
from jianguan_desktop.domain.plain_data import PlainRecord
from jianguan_desktop.domain.roles import Role
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr

if TYPE_CHECKING:
    from jianguan_desktop.domain.workdays import Deadline, WorkdayCalendar

_E = TypeVar("_E", bound=LabelledEnum)


class ComplaintError(ValidationError, ValueError):
    """A step or a registration the rules refuse; ``str()`` says why, ``field`` names what
    to fix."""


class Channel(LabelledEnum):
    """How the complaint came in (海口 (八))."""

    PHONE = "phone"
    FAX = "fax"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    ONLINE = "online"
    ASSIGNED = "assigned"  # 上级交办

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.PHONE: tr("Telephone call"), cls.FAX: tr("Fax"), cls.EMAIL: tr("E-mail"),
                cls.LETTER: tr("Letter"), cls.IN_PERSON: tr("Visit in person"),
                cls.ONLINE: tr("Online platform"),
                cls.ASSIGNED: tr("Assigned by a higher authority")}


class RejectionGround(LabelledEnum):
    """Grounds of 不予受理: 七部委令第11号 第十二条 (一)–(六), then 财政部令第94号 第二十一条
    (补正 not made), then "other" with the reason written out."""

    NOT_PARTY = "not_party"  # (一)
    VAGUE = "vague"  # (二)
    UNSIGNED = "unsigned"  # (三)
    TIME_BARRED = "time_barred"  # (四)
    ALREADY_DECIDED = "already_decided"  # (五)
    OBJECTION_OR_REVIEW = "objection_or_review"  # (六)
    NOT_CORRECTED = "not_corrected"
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {
            cls.NOT_PARTY: tr("The complainant took no part in the bidding complained of and "
                              "has no interest in the project"),
            cls.VAGUE: tr("The matter is not specific and no usable lead is given, so it "
                          "cannot be verified"),
            cls.UNSIGNED: tr("The complaint lacks the complainant's real name, signature and "
                             "a valid contact; or, made by a legal person, the signature of "
                             "its legal representative and its seal"),
            cls.TIME_BARRED: tr("The time limit for complaining has passed"),
            cls.ALREADY_DECIDED: tr("A decision has already been made and the complainant "
                                    "brings no new evidence"),
            cls.OBJECTION_OR_REVIEW: tr("An objection had to be raised first and was not, or "
                                        "the matter is already in administrative review or "
                                        "litigation"),
            cls.NOT_CORRECTED: tr("The materials were not supplemented in time, or still do "
                                  "not meet the requirements"),
            cls.OTHER: tr("Other reason (written out)"),
        }


class PauseKind(LabelledEnum):
    """A period not counted in the time limits."""

    CORRECTION = "correction"  # 补正: from the notice to the materials (recorded by its steps)
    SUSPENSION = "suspension"  # 暂停/中止办理
    EXPERT_REVIEW = "expert_review"  # 检验、检测、鉴定、专家评审

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.CORRECTION: tr("Supplementing materials"),
                cls.SUSPENSION: tr("Handling suspended"),
                cls.EXPERT_REVIEW: tr("Inspection, testing, appraisal or expert review")}


class Outcome(LabelledEnum):
    """The 处理决定."""

    DISMISSED = "dismissed"  # 驳回 (第十一号令 第二十条(一))
    UPHELD = "upheld"  # 投诉成立, with measures (第二十条(二))
    WITHDRAWN = "withdrawn"  # 撤回

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.DISMISSED: tr("Complaint dismissed"), cls.UPHELD: tr("Complaint upheld"),
                cls.WITHDRAWN: tr("Complaint withdrawn")}


class FeedbackMethod(LabelledEnum):
    """How the complainant was told the result."""

    DELIVERED = "delivered"
    MAIL = "mail"
    EMAIL = "email"
    FAX = "fax"
    PHONE = "phone"
    ONLINE = "online"
    IN_PERSON = "in_person"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {cls.DELIVERED: tr("Delivered by hand"), cls.MAIL: tr("By post"),
                cls.EMAIL: tr("By e-mail"), cls.FAX: tr("By fax"), cls.PHONE: tr("By telephone"),
                cls.ONLINE: tr("Notice online"), cls.IN_PERSON: tr("Told in person")}


class Status(LabelledEnum):
    """Where a case is."""

    REGISTERED = "registered"  # 已登记，待受理审查
    CORRECTING = "correcting"  # 补正中 (the acceptance clock stands still)
    INVESTIGATING = "investigating"  # 已受理，调查处理中
    PAUSED = "paused"  # 暂停/中止 or 检验检测鉴定专家评审 (the clock stands still)
    REJECTED = "rejected"  # 不予受理
    TRANSFERRED = "transferred"  # 已转办，待反馈
    TRANSFER_ANSWERED = "transfer_answered"  # 转办单位已反馈
    DECIDED = "decided"  # 已作出处理决定
    ANSWERED = "answered"  # 已反馈投诉人
    ARCHIVED = "archived"  # 已归档

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {
            cls.REGISTERED: tr("Registered, awaiting acceptance review"),
            cls.CORRECTING: tr("Waiting for supplementary materials"),
            cls.INVESTIGATING: tr("Accepted, under investigation"),
            cls.PAUSED: tr("Time limit suspended"),
            cls.REJECTED: tr("Not accepted"),
            cls.TRANSFERRED: tr("Transferred, awaiting feedback"),
            cls.TRANSFER_ANSWERED: tr("Feedback received from the transferee"),
            cls.DECIDED: tr("Decision made"),
            cls.ANSWERED: tr("Complainant answered"),
            cls.ARCHIVED: tr("Case archived"),
        }


class Step(LabelledEnum):
    """What a clerk can do to a case."""

    REGISTER = "register"
    REQUEST_CORRECTION = "request_correction"
    RECEIVE_CORRECTION = "receive_correction"
    ACCEPT = "accept"
    REJECT = "reject"
    TRANSFER = "transfer"
    RECORD_TRANSFER_REPLY = "record_transfer_reply"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    DECIDE = "decide"
    ANSWER = "answer"
    ARCHIVE = "archive"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {
            cls.REGISTER: tr("Register the complaint"),
            cls.REQUEST_CORRECTION: tr("Ask for supplementary materials"),
            cls.RECEIVE_CORRECTION: tr("Receive supplementary materials"),
            cls.ACCEPT: tr("Accept the complaint"),
            cls.REJECT: tr("Refuse to accept"),
            cls.TRANSFER: tr("Transfer to another department"),
            cls.RECORD_TRANSFER_REPLY: tr("Record the transferee's feedback"),
            cls.PAUSE: tr("Suspend the time limit"),
            cls.RESUME: tr("Resume the time limit"),
            cls.EXTEND: tr("Extend the time limit"),
            cls.DECIDE: tr("Make the decision"),
            cls.ANSWER: tr("Answer the complainant"),
            cls.ARCHIVE: tr("Archive the case"),
        }


def step_labels() -> dict[Step, str]:
    """Every step's name, in the language in force."""
    return Step.labels()


def status_labels() -> dict[Status, str]:
    """Every status's name, in the language in force."""
    return Status.labels()


# Which steps each status allows, and where they lead (登记 opens a case: see register()).
TRANSITIONS: dict[Status, dict[Step, Status]] = {
    Status.REGISTERED: {Step.REQUEST_CORRECTION: Status.CORRECTING,
                        Step.ACCEPT: Status.INVESTIGATING, Step.REJECT: Status.REJECTED,
                        Step.TRANSFER: Status.TRANSFERRED},
    Status.CORRECTING: {Step.RECEIVE_CORRECTION: Status.REGISTERED,
                        Step.REJECT: Status.REJECTED},
    Status.INVESTIGATING: {Step.PAUSE: Status.PAUSED, Step.EXTEND: Status.INVESTIGATING,
                           Step.TRANSFER: Status.TRANSFERRED, Step.DECIDE: Status.DECIDED},
    Status.PAUSED: {Step.RESUME: Status.INVESTIGATING},
    Status.TRANSFERRED: {Step.RECORD_TRANSFER_REPLY: Status.TRANSFER_ANSWERED},
    Status.TRANSFER_ANSWERED: {Step.ANSWER: Status.ANSWERED},
    Status.REJECTED: {Step.ANSWER: Status.ANSWERED},
    Status.DECIDED: {Step.ANSWER: Status.ANSWERED},
    Status.ANSWERED: {Step.ARCHIVE: Status.ARCHIVED},
    Status.ARCHIVED: {},
}
OPEN_STATUSES = (Status.REGISTERED, Status.CORRECTING, Status.INVESTIGATING, Status.PAUSED,
                 Status.TRANSFERRED)
# The roles whose approval an extension needs (麻城 二(三)1: 主要负责人; 信访: 负责人).
APPROVER_ROLES = frozenset({Role.HEAD})


# --- the records --------------------------------------------------------------------------


@dataclass(frozen=True)
class Registration:
    """What is entered at 登记. ``known_on``: the day the complainant knew or should have
    known (政府采购: the day the query's reply period ended), for the complaint window;
    ``objection_from``/``objection_to``: an objection that had to come first (not counted).
    ``respondent_id``/``project_id``: ids in the entity and project registers, when known."""

    received_on: date
    channel: Channel
    case_type: CaseType
    matter: str  # 事项
    request: str = ""  # 请求
    complainant: str = ""
    complainant_contact: str = ""
    respondent: str = ""
    respondent_id: str = ""
    project: str = ""
    project_id: str = ""
    evidence: tuple[str, ...] = ()  # names of the evidence files
    known_on: date | None = None
    objection_from: date | None = None
    objection_to: date | None = None


@dataclass(frozen=True)
class StepRecord(PlainRecord):
    """One step done: what, on which day, by whom, and the deadline it answered — ``due``
    (``None`` when no limit ran), ``limit`` which one, ``late_by`` working days after it
    (at least 1 when done on any day after ``due``)."""

    step: Step
    on: date
    by: str
    status: Status
    due: date | None = None
    limit: Limit | None = None
    late_by: int = 0
    note: str = ""

    @property
    def on_time(self) -> bool | None:
        """Whether the step met its deadline (``None``: no deadline ran)."""
        return None if self.due is None else self.late_by == 0

    def verdict(self) -> str:
        """按期 / 逾期 N 个工作日 / empty when no deadline ran."""
        if self.due is None:
            return ""
        if self.late_by == 0:
            return tr("on time (due {due})").format(due=format_cn_date(self.due))
        return tr("{count} working days late (due {due})").format(
            count=self.late_by, due=format_cn_date(self.due))


@dataclass(frozen=True)
class Correction:
    """The one 补正 request: what to supplement, by when, and when the materials came (or the
    case was refused without them: ``ended_on``)."""

    requested_on: date
    items: str
    due_on: date | None = None
    received_on: date | None = None
    ended_on: date | None = None


@dataclass(frozen=True)
class Pause:
    """A period not counted (暂停/中止, 检验检测鉴定专家评审); ``end`` is ``None`` while open."""

    kind: PauseKind
    start: date
    reason: str
    end: date | None = None


@dataclass(frozen=True)
class Extension:
    """A 延期: by how much (in the decision limit's unit), why, who approved it, and the due
    date it gave."""

    on: date
    extend_by: int
    reason: str
    approved_by: str
    approved_by_role: Role | None
    new_due: date


@dataclass(frozen=True)
class Transfer:
    """A 转办: to which department, when, the feedback due, and the feedback received."""

    on: date
    department: str
    feedback_due: date | None = None
    replied_on: date | None = None
    reply: str = ""


@dataclass(frozen=True)
class Rejection:
    """A 不予受理 and its grounds."""

    on: date
    grounds: tuple[RejectionGround, ...]
    reason: str = ""


@dataclass(frozen=True)
class Decision:
    """The 处理决定: outcome, its reasons and (when upheld) the measures taken."""

    on: date
    outcome: Outcome
    reason: str
    measures: str = ""


@dataclass(frozen=True)
class Answer:
    """The answer to the complainant (反馈): when and how."""

    on: date
    method: FeedbackMethod
    note: str = ""


@dataclass(frozen=True)
class ComplaintCase(PlainRecord):
    """A complaint or report as the rules see it (the services keep its number, office and
    files alongside). Built by :func:`register`, moved by :func:`apply`; ``to_dict`` and
    ``from_dict`` give and read a JSON-able dict (dates as ISO text, enums as values)."""

    registration: Registration
    status: Status = Status.REGISTERED
    history: tuple[StepRecord, ...] = ()
    preset_key: str = ""  # the preset in force at registration, for the record
    correction: Correction | None = None
    accepted_on: date | None = None
    rejection: Rejection | None = None
    transfer: Transfer | None = None
    pauses: tuple[Pause, ...] = ()
    extensions: tuple[Extension, ...] = ()
    decision: Decision | None = None
    answer: Answer | None = None
    archived_on: date | None = None

    @property
    def received_on(self) -> date:
        return self.registration.received_on

    @property
    def is_open(self) -> bool:
        """Still being handled by the office (not yet decided, refused or answered back)."""
        return self.status in OPEN_STATUSES

    def last_step_on(self) -> date:
        """Date of the latest step; a new step may not be dated before it."""
        return max(record.on for record in self.history) if self.history else self.received_on

    def extended_by(self) -> int:
        """Total extension of the decision limit so far."""
        return sum(item.extend_by for item in self.extensions)

    def open_pause(self) -> Pause | None:
        """The period not counted that is running now, if any."""
        return next((item for item in self.pauses if item.end is None), None)


@dataclass(frozen=True)
class StepFacts:
    """What the clerk enters with a step: its date and who did it, and what that step needs.

    ``text``: the items to supplement, the reason (refusal "other", pause, extension,
    decision), the transferee's reply, or a note. ``due_on``: the 补正期限 in the notice.
    ``grounds``: of a refusal. ``department``, ``feedback_due``: of a transfer. ``pause_kind``.
    ``extend_by``, ``approved_by``, ``approved_by_role``: of an extension. ``outcome``,
    ``measures``: of a decision. ``method``: of the answer to the complainant.
    """

    on: date
    by: str
    text: str = ""
    due_on: date | None = None
    grounds: tuple[RejectionGround, ...] = ()
    department: str = ""
    feedback_due: date | None = None
    pause_kind: PauseKind | None = None
    extend_by: int = 0
    approved_by: str = ""
    approved_by_role: Role | None = None
    outcome: Outcome | None = None
    measures: str = ""
    method: FeedbackMethod | None = None


@dataclass(frozen=True)
class NextDue:
    """The limit running now: which, the steps that meet it, and the worked-out deadline."""

    limit: Limit
    steps: tuple[Step, ...]
    deadline: Deadline
    source: str = ""


# --- working out deadlines -------------------------------------------------------------------


def _not_counted(case: ComplaintCase, until: date | None = None) -> list[tuple[date, date, str]]:
    """The periods not counted, inclusive; one still open ends on ``until`` (or is left out)."""
    periods: list[tuple[date, date, str]] = []
    correction = case.correction
    if correction is not None:
        end = correction.received_on or correction.ended_on or until
        if end is not None:
            periods.append((correction.requested_on, end, PauseKind.CORRECTION.label))
    for item in case.pauses:
        end = item.end or until
        if end is not None:
            periods.append((item.start, end, item.kind.label))
    return periods


def _anchor(case: ComplaintCase, rule: DeadlineRule) -> tuple[date | None, str]:
    reg = case.registration
    if rule.counted_from is Anchor.KNOWN:
        return reg.known_on, tr("knew of the matter")
    if rule.counted_from is Anchor.ACCEPTED:
        return case.accepted_on, tr("accepted")
    return reg.received_on, tr("received")


def _count(calendar: WorkdayCalendar, unit: str) -> Callable[..., Deadline]:
    return calendar.add_workdays if unit == "workdays" else calendar.add_days


def _set_date(calendar: WorkdayCalendar, start: date, due: date, limit: Limit,
              event: str) -> Deadline:
    """A limit the office set itself (补正期限, 转办反馈期限) as a calendar-day deadline."""
    return calendar.add_days(start, (due - start).days, label=limit.label, event=event)


def deadline_of(case: ComplaintCase, limit: Limit, calendar: WorkdayCalendar,
                rules: DeadlinePreset, *, until: date | None = None) -> Deadline | None:
    """The deadline of one limit for this case (``None`` when the rules set none or its
    starting day is not known yet). Periods not counted are skipped; one still open is taken
    to end on ``until`` (left out without it). The decision limit includes extensions."""
    if limit is Limit.CORRECTION:
        item = case.correction
        if item is None or item.due_on is None:
            return None
        return _set_date(calendar, item.requested_on, item.due_on, limit,
                         tr("supplement requested"))
    if limit is Limit.TRANSFER_REPLY:
        sent = case.transfer
        if sent is None or sent.feedback_due is None:
            return None
        return _set_date(calendar, sent.on, sent.feedback_due, limit, tr("transferred"))
    rule = rules.rule(limit)
    if rule is None:
        return None
    start, event = _anchor(case, rule)
    if start is None:
        return None
    reg = case.registration
    if limit is Limit.COMPLAINT_WINDOW:
        periods: Sequence[tuple[date, date, str]] = []
        if reg.objection_from is not None and reg.objection_to is not None:
            periods = [(reg.objection_from, reg.objection_to, tr("objection"))]
    else:
        periods = _not_counted(case, until)
    count = rule.count + (case.extended_by() if limit is Limit.DECISION else 0)
    return _count(calendar, rule.unit)(start, count, not_counted=periods, label=limit.label,
                                       event=event)


# The limit each step answers, by the status it is taken from.
_ANSWERS: dict[Step, Limit] = {
    Step.REGISTER: Limit.COMPLAINT_WINDOW,
    Step.REQUEST_CORRECTION: Limit.ACCEPTANCE,
    Step.RECEIVE_CORRECTION: Limit.CORRECTION,
    Step.ACCEPT: Limit.ACCEPTANCE,
    Step.REJECT: Limit.ACCEPTANCE,
    Step.RECORD_TRANSFER_REPLY: Limit.TRANSFER_REPLY,
    Step.EXTEND: Limit.DECISION,
    Step.DECIDE: Limit.DECISION,
}
# The written answer is due with the decision that it carries (七部委令第11号 第十一条、第二十一条).
_ANSWER_LIMITS = {Status.REJECTED: Limit.ACCEPTANCE, Status.DECIDED: Limit.DECISION}


def _limit_answered(case: ComplaintCase, step: Step, rules: DeadlinePreset) -> Limit | None:
    if step is Step.TRANSFER:
        if case.status is Status.INVESTIGATING:
            return Limit.DECISION
        return Limit.TRANSFER if rules.rule(Limit.TRANSFER) else Limit.ACCEPTANCE
    if step is Step.ANSWER:
        return _ANSWER_LIMITS.get(case.status)
    return _ANSWERS.get(step)


def next_due(case: ComplaintCase, calendar: WorkdayCalendar,
             rules: DeadlinePreset) -> NextDue | None:
    """The limit running now and by when; ``None`` while the clock stands still (补正 without
    a set date, 暂停/中止, 检验检测鉴定专家评审) or nothing is due (feedback recorded, answered,
    archived)."""
    if case.status is Status.REGISTERED:
        candidates = [Limit.ACCEPTANCE, Limit.TRANSFER]
    elif case.status is Status.CORRECTING:
        candidates = [Limit.CORRECTION]
    elif case.status is Status.INVESTIGATING:
        candidates = [Limit.DECISION]
    elif case.status is Status.TRANSFERRED:
        candidates = [Limit.TRANSFER_REPLY]
    elif case.status in _ANSWER_LIMITS:
        candidates = [_ANSWER_LIMITS[case.status]]
    else:
        candidates = []
    found: list[NextDue] = []
    for limit in candidates:
        deadline = deadline_of(case, limit, calendar, rules)
        if deadline is None:
            continue
        rule = rules.rule(limit)
        steps = tuple(step for step in allowed_steps(case, rules)
                      if _limit_answered(case, step, rules) is limit)
        found.append(NextDue(limit, steps, deadline, rule.source if rule else ""))
    return min(found, key=lambda item: item.deadline.due) if found else None


def current_deadline(case: ComplaintCase, calendar: WorkdayCalendar,
                     rules: DeadlinePreset) -> Deadline | None:
    """The deadline of :func:`next_due`, or ``None``."""
    due = next_due(case, calendar, rules)
    return due.deadline if due is not None else None


def late_by(due: date, on: date, calendar: WorkdayCalendar) -> int:
    """Working days after ``due`` up to ``on``: 0 when on time, at least 1 when after it."""
    if on <= due:
        return 0
    return max(1, calendar.workdays_between(due, on))


def overdue_by(case: ComplaintCase, today: date, calendar: WorkdayCalendar,
               rules: DeadlinePreset) -> int:
    """How many working days the limit running now is overdue on ``today`` (0: not)."""
    deadline = current_deadline(case, calendar, rules)
    return 0 if deadline is None else late_by(deadline.due, today, calendar)


def complaint_window(case: ComplaintCase, calendar: WorkdayCalendar,
                     rules: DeadlinePreset) -> Deadline | None:
    """The last day the complaint could be made (实施条例 第六十条, 94号令 第十七条), or
    ``None`` when the rules set no window or the day the complainant knew is not given."""
    return deadline_of(case, Limit.COMPLAINT_WINDOW, calendar, rules)


# --- registering ------------------------------------------------------------------------------


def _required(text: str, message: str, name: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ComplaintError(message, field=name)
    return cleaned


def _not_in_future(day: date, today: date, name: str) -> None:
    if day > today:
        raise ComplaintError(tr("The date {day} is in the future (today is {today}).")
                             .format(day=format_cn_date(day), today=format_cn_date(today)),
                             field=name)


def _member(kind: type[_E], value: _E | str, message: str, name: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        raise ComplaintError(message, field=name) from None


def _check_registration(reg: Registration, today: date) -> Registration:
    channel = _member(Channel, reg.channel, tr("Choose how the complaint came in."), "channel")
    case_type = _member(CaseType, reg.case_type, tr("Choose the type of case."), "case_type")
    _not_in_future(reg.received_on, today, "received_on")
    matter = _required(reg.matter, tr("Write down what the complaint is about."), "matter")
    if reg.known_on is not None and reg.known_on > reg.received_on:
        raise ComplaintError(tr(
            "The day the complainant knew of the matter ({known}) cannot be after the day the "
            "complaint was received ({received})."
        ).format(known=format_cn_date(reg.known_on), received=format_cn_date(reg.received_on)),
            field="known_on")
    if (reg.objection_from is None) != (reg.objection_to is None):
        raise ComplaintError(tr("Give both the first and the last day of the objection period."),
                             field="objection_to")
    if reg.objection_from is not None and reg.objection_to is not None and not (
            reg.objection_from <= reg.objection_to <= reg.received_on):
        raise ComplaintError(tr(
            "The objection period must end on or after its first day and no later than the day "
            "the complaint was received."), field="objection_to")
    evidence = tuple(name.strip() for name in reg.evidence if name.strip())
    return replace(reg, channel=channel, case_type=case_type, matter=matter, evidence=evidence,
                   complainant=reg.complainant.strip(), respondent=reg.respondent.strip(),
                   project=reg.project.strip(), request=reg.request.strip())


def _record(case: ComplaintCase, step: Step, on: date, by: str, status: Status,
            limit: Limit | None, calendar: WorkdayCalendar, rules: DeadlinePreset,
            note: str = "") -> StepRecord:
    deadline = deadline_of(case, limit, calendar, rules, until=on) if limit else None
    if deadline is None:
        return StepRecord(step, on, by, status, note=note)
    return StepRecord(step, on, by, status, deadline.due, limit,
                      late_by(deadline.due, on, calendar), note)


def register(registration: Registration, *, by: str, today: date, calendar: WorkdayCalendar,
             rules: DeadlinePreset) -> ComplaintCase:
    """A new case (登记); refused when the receipt date is in the future, the matter is
    missing or the dates contradict each other. Its record says whether the complaint came
    within the complaint window (a late one may be refused: 第十二条(四))."""
    who = _required(by, tr("Say who registered the complaint."), "by")
    reg = _check_registration(registration, today)
    case = ComplaintCase(registration=reg, preset_key=rules.key)
    record = _record(case, Step.REGISTER, reg.received_on, who, Status.REGISTERED,
                     Limit.COMPLAINT_WINDOW, calendar, rules)
    return replace(case, history=(record,))


# --- the steps --------------------------------------------------------------------------------


def _refuse_step(case: ComplaintCase, step: Step) -> ComplaintError:
    if step is Step.REGISTER:
        return ComplaintError(tr("The complaint is already registered."), field="status")
    if step is Step.DECIDE and case.status in (Status.REGISTERED, Status.CORRECTING):
        return ComplaintError(tr(
            "The complaint has not been accepted yet; accept it before making a decision."),
            field="status")
    if step is Step.DECIDE and case.status is Status.PAUSED:
        return ComplaintError(tr(
            "The time limit is suspended; resume it before making the decision."),
            field="status")
    return ComplaintError(tr("The case is “{status}”; “{step}” is not possible now.")
                          .format(status=case.status.label, step=step.label), field="status")


def _request_correction(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    if case.correction is not None:
        raise ComplaintError(tr(
            "Supplementary materials can be asked for only once; they were asked for on "
            "{day}."
        ).format(day=format_cn_date(case.correction.requested_on)), field="step")
    items = _required(facts.text, tr("List what the complainant must supplement."), "text")
    if facts.due_on is not None and facts.due_on <= facts.on:
        raise ComplaintError(tr("The time limit for supplementing must end after the notice "
                                "is sent ({day}).").format(day=format_cn_date(facts.on)),
                             field="due_on")
    return replace(case, correction=Correction(facts.on, items, facts.due_on))


def _reject(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    grounds = tuple(dict.fromkeys(RejectionGround(item) for item in facts.grounds))
    if not grounds:
        raise ComplaintError(tr("Choose at least one ground for not accepting the complaint."),
                             field="grounds")
    reason = " ".join(facts.text.split())
    if RejectionGround.OTHER in grounds and not reason:
        raise ComplaintError(tr("Write out the other reason for not accepting the complaint."),
                             field="text")
    moved = replace(case, rejection=Rejection(facts.on, grounds, reason))
    if case.status is Status.CORRECTING and case.correction is not None:
        moved = replace(moved, correction=replace(case.correction, ended_on=facts.on))
    return moved


def _transfer(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    department = _required(facts.department, tr(
        "Name the department the complaint is transferred to."), "department")
    if facts.feedback_due is not None and facts.feedback_due <= facts.on:
        raise ComplaintError(tr("The feedback must be due after the day of transfer ({day}).")
                             .format(day=format_cn_date(facts.on)), field="feedback_due")
    return replace(case, transfer=Transfer(facts.on, department, facts.feedback_due))


def _pause(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    kind = facts.pause_kind
    if kind is None or PauseKind(kind) is PauseKind.CORRECTION:
        raise ComplaintError(tr(
            "Choose why the time limit stops: handling suspended, or inspection, testing, "
            "appraisal or expert review."), field="pause_kind")
    reason = _required(facts.text, tr("Give the reason for suspending the time limit."), "text")
    return replace(case, pauses=(*case.pauses, Pause(PauseKind(kind), facts.on, reason)))


def _resume(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    running = case.open_pause()
    assert running is not None
    pauses = tuple(replace(item, end=facts.on) if item is running else item
                   for item in case.pauses)
    return replace(case, pauses=pauses)


def _role(value: Role | str | None) -> Role | None:
    try:
        return Role(value) if value is not None else None
    except ValueError:
        return None


def _extend(case: ComplaintCase, facts: StepFacts, calendar: WorkdayCalendar,
            rules: DeadlinePreset) -> ComplaintCase:
    rule = rules.rule(Limit.DECISION)
    if rule is None:
        raise ComplaintError(tr("The rules in force set no time limit for the decision; there "
                                "is nothing to extend."), field="step")
    if rules.max_extension == 0:
        raise ComplaintError(tr(
            "Under “{preset}” the time limit for the decision cannot be extended; time for "
            "inspection, testing, appraisal or expert review is recorded as a suspension "
            "instead."
        ).format(preset=rules.name), field="step")
    reason = _required(facts.text, tr("Give the reason for the extension."), "text")
    if isinstance(facts.extend_by, bool) or facts.extend_by < 1:
        raise ComplaintError(tr("Extend by at least 1 {unit}.").format(
            unit=unit_label(rule.unit)), field="extend_by")
    if rules.max_extension is not None and (
            case.extended_by() + facts.extend_by > rules.max_extension):
        raise ComplaintError(tr(
            "Under “{preset}” the time limit may be extended by at most {limit} {unit} in all; "
            "{used} {unit} already granted."
        ).format(preset=rules.name, limit=rules.max_extension, unit=unit_label(rule.unit),
                 used=case.extended_by()), field="extend_by")
    approver = " ".join(facts.approved_by.split())
    if rules.extension_needs_approval:
        if not approver:
            raise ComplaintError(tr(
                "An extension needs the approval of the head of the office; enter who "
                "approved it."), field="approved_by")
        if _role(facts.approved_by_role) not in APPROVER_ROLES:
            raise ComplaintError(tr(
                "{name} is not a head of the office; only a head of the office can approve an "
                "extension."
            ).format(name=approver), field="approved_by")
    role = _role(facts.approved_by_role)
    provisional = replace(case, extensions=(*case.extensions, Extension(
        facts.on, facts.extend_by, reason, approver, role, facts.on)))
    deadline = deadline_of(provisional, Limit.DECISION, calendar, rules)
    assert deadline is not None
    extension = replace(provisional.extensions[-1], new_due=deadline.due)
    return replace(case, extensions=(*case.extensions, extension))


def _decide(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    if facts.outcome is None:
        raise ComplaintError(tr("Choose the decision: dismissed, upheld or withdrawn."),
                             field="outcome")
    outcome = Outcome(facts.outcome)
    reason = _required(facts.text, tr("Give the reasons for the decision."), "text")
    measures = " ".join(facts.measures.split())
    if outcome is Outcome.UPHELD and not measures:
        raise ComplaintError(tr("An upheld complaint needs the measures taken."),
                             field="measures")
    return replace(case, decision=Decision(facts.on, outcome, reason, measures))


def _answer(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    if facts.method is None:
        raise ComplaintError(tr("Choose how the complainant was answered."), field="method")
    return replace(case, answer=Answer(facts.on, FeedbackMethod(facts.method),
                                       " ".join(facts.text.split())))


def _transfer_reply(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    assert case.transfer is not None
    reply = _required(facts.text, tr("Write down what the department reported back."), "text")
    return replace(case, transfer=replace(case.transfer, replied_on=facts.on, reply=reply))


def _receive_correction(case: ComplaintCase, facts: StepFacts) -> ComplaintCase:
    assert case.correction is not None
    return replace(case, correction=replace(case.correction, received_on=facts.on))


_Move = Callable[[ComplaintCase, StepFacts, "WorkdayCalendar", DeadlinePreset], ComplaintCase]


def _plain_move(move: Callable[[ComplaintCase, StepFacts], ComplaintCase]) -> _Move:
    """A move that needs neither calendar nor rules, in the shape of :data:`_MOVES`."""
    return lambda case, facts, _calendar, _rules: move(case, facts)


# What each step changes in the case (its status and record are set by apply()).
_MOVES: dict[Step, _Move] = {
    Step.REQUEST_CORRECTION: _plain_move(_request_correction),
    Step.RECEIVE_CORRECTION: _plain_move(_receive_correction),
    Step.ACCEPT: _plain_move(lambda case, facts: replace(case, accepted_on=facts.on)),
    Step.REJECT: _plain_move(_reject),
    Step.TRANSFER: _plain_move(_transfer),
    Step.RECORD_TRANSFER_REPLY: _plain_move(_transfer_reply),
    Step.PAUSE: _plain_move(_pause),
    Step.RESUME: _plain_move(_resume),
    Step.EXTEND: _extend,
    Step.DECIDE: _plain_move(_decide),
    Step.ANSWER: _plain_move(_answer),
    Step.ARCHIVE: _plain_move(lambda case, facts: replace(case, archived_on=facts.on)),
}


def apply(case: ComplaintCase, step: Step, facts: StepFacts, calendar: WorkdayCalendar,
          rules: DeadlinePreset, *, today: date) -> ComplaintCase:
    """The case after ``step``; raises :class:`ComplaintError` (a ``ValueError``) saying why
    when the step is not allowed now, is dated in the future or before the previous step, or
    its facts are incomplete. The step's record notes who, when and the deadline it met or
    missed. Nothing is changed in place."""
    target = TRANSITIONS[case.status].get(step)
    if target is None:
        raise _refuse_step(case, step)
    who = _required(facts.by, tr("Say who did this step."), "by")
    _not_in_future(facts.on, today, "on")
    if facts.on < case.last_step_on():
        raise ComplaintError(tr("The date {on} is before the case's previous step ({last}).")
                             .format(on=format_cn_date(facts.on),
                                     last=format_cn_date(case.last_step_on())), field="on")
    limit = _limit_answered(case, step, rules)
    moved = _MOVES[step](case, facts, calendar, rules)
    record = _record(case, step, facts.on, who, target, limit, calendar, rules,
                     note=" ".join(facts.text.split()))
    return replace(moved, status=target, history=(*case.history, record))


def allowed_steps(case: ComplaintCase, rules: DeadlinePreset | None = None) -> tuple[Step, ...]:
    """The steps the case's status allows (their facts are checked by :func:`apply`): 补正
    only once, and 延期 only when ``rules`` (if given) allow an extension."""
    steps = tuple(TRANSITIONS[case.status])
    if case.correction is not None:
        steps = tuple(step for step in steps if step is not Step.REQUEST_CORRECTION)
    if rules is not None and (rules.max_extension == 0 or rules.rule(Limit.DECISION) is None):
        steps = tuple(step for step in steps if step is not Step.EXTEND)
    return steps
