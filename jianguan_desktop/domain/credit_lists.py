"""Credit lists (黑名单, 红名单, 重点关注名单): one entry's life cycle and publication period.

Pure rules, no database: :func:`apply` moves an entry one step and refuses illegal steps in
words a clerk understands; :func:`publication_period` and :func:`is_active` work out dates.

Sources (issue 4 item 4, ``../shared/seeds/``):

- 安阳 (十五): a 严重违法失信“黑名单” for bidders, agencies and experts;
  (十六) 信用承诺 before trading, part of the credit record (a condition of repair here);
  (十八) 失信“黑名单”实行动态管理, and a 守信“红名单”.
- 海口 (十三): entities taken off the blacklist have their sanctions stopped at once — so an
  entry leaves the active list by itself the day after its period ends (:func:`is_active`);
  (十四) 重点关注对象名单 for entities with a history of irregular conduct.
- 锡林郭勒 (十七) (二十): experts and agencies suspended or barred for a period;
  (二十三) the 红黑名单 system with dynamic supervision.
- Publication periods by severity, counted from the decision (发改委令第36号 as quoted in
  issue 4, in force 2026-04-01): 轻微 — normally not published; 一般 — 3 months to 1 year;
  严重 — 1 to 3 years. Presets only: the services fill :class:`PublicationRules` from settings.
- Months are counted as in 民法典 第二百零一条、第二百零二条: the day of the decision is not
  counted, the period ends on the same-numbered day of the last month, or on that month's last
  day when it has no such day (decided 2026-01-31, 3 months → 2026-04-30).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr


class CreditListError(ValidationError, ValueError):
    """A step or an entry the rules refuse; ``str()`` says why, ``field`` names what to fix."""


class _Labelled(StrEnum):
    """An enum whose members have a Chinese name for the window and the forms."""

    @property
    def label(self) -> str:
        """The member's name as a clerk reads it."""
        return _labels(type(self))[self]


class ListKind(_Labelled):
    """Which list an entry is on."""

    BLACK = "black"  # 严重失信主体名单 (安阳 (十五), 锡林郭勒 (二十三))
    RED = "red"  # 守信“红名单” (安阳 (十八))
    WATCH = "watch"  # 重点关注对象名单 (海口 (十四))


class Severity(_Labelled):
    """How serious the 失信 conduct is (a 红名单 entry has no severity of its own)."""

    MINOR = "minor"
    ORDINARY = "ordinary"
    SERIOUS = "serious"


class Status(_Labelled):
    """Where an entry is in its life cycle."""

    PROPOSED = "proposed"  # 拟列入
    NOTIFIED = "notified"  # 已告知: the party may object
    LISTED = "listed"  # 已列入 / 公示中
    REPAIRED = "repaired"  # 信用修复
    EXPIRED = "expired"  # 期满
    REMOVED = "removed"  # 已移出
    WITHDRAWN = "withdrawn"  # 撤回: the proposal was dropped before listing


class Step(_Labelled):
    """What a clerk can do to an entry."""

    NOTIFY = "notify"
    OBJECT = "object"
    ANSWER = "answer"
    LIST = "list"
    REPAIR = "repair"
    EXPIRE = "expire"
    REMOVE = "remove"
    WITHDRAW = "withdraw"


def _labels(kind: type[StrEnum]) -> dict[StrEnum, str]:
    """Names of the members of one enum (looked up when shown: tr() needs the language in
    force then; only the enum asked for is translated)."""
    if kind is ListKind:
        return {ListKind.BLACK: tr("Blacklist"), ListKind.RED: tr("Redlist"),
                ListKind.WATCH: tr("Watch list")}
    if kind is Severity:
        return {Severity.MINOR: tr("Minor breach"), Severity.ORDINARY: tr("Ordinary breach"),
                Severity.SERIOUS: tr("Serious breach")}
    if kind is Status:
        return {
            Status.PROPOSED: tr("Proposed for listing"),
            Status.NOTIFIED: tr("Party notified"),
            Status.LISTED: tr("Listed and published"),
            Status.REPAIRED: tr("Credit repaired"),
            Status.EXPIRED: tr("Period expired"),
            Status.REMOVED: tr("Removed from the list"),
            Status.WITHDRAWN: tr("Proposal withdrawn"),
        }
    return {
        Step.NOTIFY: tr("Notify the party"),
        Step.OBJECT: tr("Record an objection"),
        Step.ANSWER: tr("Answer the objection"),
        Step.LIST: tr("Put on the list"),
        Step.REPAIR: tr("Repair credit"),
        Step.EXPIRE: tr("Close as expired"),
        Step.REMOVE: tr("Remove from the list"),
        Step.WITHDRAW: tr("Withdraw the proposal"),
    }


# Which steps each status allows, and where they lead.
TRANSITIONS: dict[Status, dict[Step, Status]] = {
    Status.PROPOSED: {Step.NOTIFY: Status.NOTIFIED, Step.WITHDRAW: Status.WITHDRAWN},
    Status.NOTIFIED: {Step.OBJECT: Status.NOTIFIED, Step.ANSWER: Status.NOTIFIED,
                      Step.LIST: Status.LISTED, Step.WITHDRAW: Status.WITHDRAWN},
    Status.LISTED: {Step.REPAIR: Status.REPAIRED, Step.EXPIRE: Status.EXPIRED},
    Status.REPAIRED: {Step.REMOVE: Status.REMOVED},
    Status.EXPIRED: {Step.REMOVE: Status.REMOVED},
    Status.REMOVED: {},
    Status.WITHDRAWN: {},
}


# --- publication periods -----------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The last day of a period of ``months`` months starting after ``day`` (民法典 第二百零二条):
    the same-numbered day, or the month's last day when it has none."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class PeriodRule:
    """How long an entry of one severity (or the 红名单) stays published, in months.

    ``published`` false means such entries are normally not published at all;
    ``repair_after_months`` is the minimum time on the list before 信用修复 may be granted.
    """

    published: bool
    min_months: int
    max_months: int
    repair_after_months: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.min_months <= self.max_months:
            raise ValueError("a period rule needs 0 <= min_months <= max_months")
        if not 0 <= self.repair_after_months <= self.max_months:
            raise ValueError("repair_after_months must lie within the period")


@dataclass(frozen=True)
class PublicationRules:
    """The rules in force; presets from 发改委令第36号 as quoted in issue 4 (counted from the
    decision), the 红名单 range is this program's policy (the seeds give none).

    The minimum time before 信用修复 is the shortest publication period of the severity
    (this program's reading: repair shortens a publication, never below its minimum).
    """

    minor: PeriodRule = PeriodRule(published=False, min_months=0, max_months=0)
    ordinary: PeriodRule = PeriodRule(published=True, min_months=3, max_months=12,
                                      repair_after_months=3)
    serious: PeriodRule = PeriodRule(published=True, min_months=12, max_months=36,
                                     repair_after_months=12)
    red: PeriodRule = PeriodRule(published=True, min_months=12, max_months=36)

    def rule_for(self, kind: ListKind, severity: Severity) -> PeriodRule:
        """The rule of an entry: the 红名单 has its own, the other lists go by severity."""
        if kind is ListKind.RED:
            return self.red
        return {Severity.MINOR: self.minor, Severity.ORDINARY: self.ordinary,
                Severity.SERIOUS: self.serious}[severity]


def _subject(kind: ListKind, severity: Severity) -> str:
    """What a period rule is about, for messages: "红名单信息" or "列入黑名单的严重失信信息"."""
    if kind is ListKind.RED:
        return tr("Entries on the redlist")
    return tr("{severity} entries on the {list}").format(severity=severity.label, list=kind.label)


def _published_rule(kind: ListKind, severity: Severity, rules: PublicationRules) -> PeriodRule:
    rule = rules.rule_for(kind, severity)
    if not rule.published:
        raise CreditListError(tr("{subject} are normally not published.")
                              .format(subject=_subject(kind, severity)), field="severity")
    return rule


def publication_period(kind: ListKind, severity: Severity, decided_on: date,
                       rules: PublicationRules, months: int | None = None) -> tuple[date, date]:
    """First and last day of publication, counted from the decision; ``months`` defaults to the
    longest period allowed (the entry stays until it expires unless its credit is repaired)."""
    rule = _published_rule(kind, severity, rules)
    chosen = rule.max_months if months is None else months
    end = add_months(decided_on, chosen)
    check_period(kind, severity, decided_on, decided_on, end, rules)
    return decided_on, end


def check_basis(basis: str) -> str:
    """The 认定依据 (document and number), stripped; a listing without one is refused."""
    text = " ".join(basis.split())
    if not text:
        raise CreditListError(tr(
            "Enter the basis of the decision (the document and its number); "
            "nobody can be listed without one."), field="basis")
    return text


def check_period(kind: ListKind, severity: Severity, decided_on: date, start: date, end: date,
                 rules: PublicationRules) -> None:
    """Refuse a period that ends before it starts, starts before the decision, or whose end
    lies outside the range the rules allow for this list and severity."""
    rule = _published_rule(kind, severity, rules)
    if end < start:
        raise CreditListError(tr("The publication period ends ({end}) before it starts ({start}).")
                              .format(end=format_cn_date(end), start=format_cn_date(start)),
                              field="end")
    if start < decided_on:
        raise CreditListError(tr(
            "Publication cannot start ({start}) before the decision ({decided})."
        ).format(start=format_cn_date(start), decided=format_cn_date(decided_on)), field="start")
    earliest = add_months(decided_on, rule.min_months)
    latest = add_months(decided_on, rule.max_months)
    if not earliest <= end <= latest:
        raise CreditListError(tr(
            "{subject} must end publication between {earliest} and {latest} "
            "({low} to {high} months from the decision)."
        ).format(subject=_subject(kind, severity), earliest=format_cn_date(earliest),
                 latest=format_cn_date(latest), low=rule.min_months, high=rule.max_months),
            field="end")


# --- the entry and its life cycle --------------------------------------------------------


@dataclass(frozen=True)
class Objection:
    """What the party said after being notified (陈述申辩), and the office's answer."""

    received_on: date
    text: str
    answer: str = ""
    answered_on: date | None = None

    @property
    def answered(self) -> bool:
        return self.answered_on is not None


@dataclass(frozen=True)
class CreditEntry:
    """One entry of a credit list as the rules see it: which list, how serious, where it is in
    its life cycle and the dates of each step (the services keep entity, conduct, 认定部门,
    惩戒措施 alongside)."""

    kind: ListKind
    severity: Severity
    proposed_on: date
    basis: str = ""  # 认定依据: document and number
    status: Status = Status.PROPOSED
    notified_on: date | None = None
    objections: tuple[Objection, ...] = ()
    decided_on: date | None = None
    start: date | None = None
    end: date | None = None
    repair_from: date | None = None  # fixed at listing from the rules then in force
    repaired_on: date | None = None
    expired_on: date | None = None
    removed_on: date | None = None
    withdrawn_on: date | None = None
    reason: str = ""  # why it was removed or withdrawn

    @property
    def open_objections(self) -> tuple[Objection, ...]:
        return tuple(item for item in self.objections if not item.answered)

    def last_step_on(self) -> date:
        """Date of the latest step so far; a new step may not be dated before it."""
        days = [self.proposed_on, self.notified_on, self.decided_on, self.repaired_on,
                self.expired_on, self.removed_on, self.withdrawn_on]
        days += [item.received_on for item in self.objections]
        days += [item.answered_on for item in self.objections]
        return max(day for day in days if day is not None)


@dataclass(frozen=True)
class StepFacts:
    """What the clerk enters with a step: its date, and what that step needs.

    ``text``: the objection, the answer, or the reason of a removal or withdrawal.
    ``basis``, ``end`` (default: the longest period) and ``rules``: for listing.
    ``corrected``, ``obligations_met``, ``commitment`` (信用承诺): the three conditions of repair.
    """

    on: date
    text: str = ""
    basis: str = ""
    end: date | None = None
    rules: PublicationRules = field(default_factory=PublicationRules)
    corrected: bool = False
    obligations_met: bool = False
    commitment: bool = False


def _required_text(text: str, message: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise CreditListError(message, field="text")
    return cleaned


def _list(entry: CreditEntry, facts: StepFacts) -> CreditEntry:
    if entry.open_objections:
        raise CreditListError(tr(
            "The party's objection has not been answered yet; answer it before listing."),
            field="objections")
    basis = check_basis(facts.basis or entry.basis)
    start, end = publication_period(entry.kind, entry.severity, facts.on, facts.rules)
    if facts.end is not None:
        end = facts.end
        check_period(entry.kind, entry.severity, facts.on, start, end, facts.rules)
    rule = facts.rules.rule_for(entry.kind, entry.severity)
    return replace(entry, basis=basis, decided_on=facts.on, start=start, end=end,
                   repair_from=add_months(facts.on, rule.repair_after_months))


def _repair(entry: CreditEntry, facts: StepFacts) -> CreditEntry:
    assert entry.end is not None and entry.repair_from is not None
    if facts.on > entry.end:
        raise CreditListError(tr(
            "The publication period already ended on {end}; close the entry as expired instead."
        ).format(end=format_cn_date(entry.end)), field="on")
    if facts.on < entry.repair_from:
        raise CreditListError(tr(
            "Credit can be repaired only after the minimum time on the list, from {day}."
        ).format(day=format_cn_date(entry.repair_from)), field="on")
    missing = [label for met, label in (
        (facts.corrected, tr("the conduct has been corrected")),
        (facts.obligations_met, tr("the obligations have been fulfilled")),
        (facts.commitment, tr("a credit commitment has been made")),
    ) if not met]
    if missing:
        raise CreditListError(tr(
            "Credit can be repaired only when the conduct has been corrected, the obligations "
            "fulfilled and a credit commitment made; not yet confirmed: {missing}."
        ).format(missing=missing[0]), field="conditions")
    return replace(entry, repaired_on=facts.on)


def _expire(entry: CreditEntry, facts: StepFacts) -> CreditEntry:
    assert entry.end is not None
    if facts.on <= entry.end:
        raise CreditListError(tr(
            "The publication period runs until {end}; it can be closed as expired from {day}."
        ).format(end=format_cn_date(entry.end), day=format_cn_date(leaves_list_on(entry))),
            field="on")
    return replace(entry, expired_on=facts.on)


def apply(entry: CreditEntry, step: Step, facts: StepFacts) -> CreditEntry:
    """The entry after ``step``; raises :class:`CreditListError` (a ``ValueError``) saying why
    when the step is not allowed now or its facts are incomplete. Nothing is changed in place."""
    target = TRANSITIONS[entry.status].get(step)
    if target is None:
        raise CreditListError(tr("The entry is “{status}”; “{step}” is not possible now.")
                              .format(status=entry.status.label, step=step.label), field="status")
    if facts.on < entry.last_step_on():
        raise CreditListError(tr("The date {on} is before the entry's previous step ({last}).")
                              .format(on=format_cn_date(facts.on),
                                      last=format_cn_date(entry.last_step_on())), field="on")
    if step is Step.NOTIFY:
        moved = replace(entry, notified_on=facts.on)
    elif step is Step.OBJECT:
        text = _required_text(facts.text, tr("Write down what the party objects to."))
        moved = replace(entry, objections=(*entry.objections, Objection(facts.on, text)))
    elif step is Step.ANSWER:
        if not entry.open_objections:
            raise CreditListError(tr("There is no objection waiting for an answer."),
                                  field="objections")
        text = _required_text(facts.text, tr("Write down the answer to the objection."))
        index = entry.objections.index(entry.open_objections[0])
        answered = replace(entry.objections[index], answer=text, answered_on=facts.on)
        moved = replace(entry, objections=(*entry.objections[:index], answered,
                                           *entry.objections[index + 1:]))
    elif step is Step.LIST:
        moved = _list(entry, facts)
    elif step is Step.REPAIR:
        moved = _repair(entry, facts)
    elif step is Step.EXPIRE:
        moved = _expire(entry, facts)
    elif step is Step.REMOVE:
        reason = _required_text(facts.text, tr("Give the reason for removing the entry."))
        moved = replace(entry, removed_on=facts.on, reason=reason)
    else:
        reason = _required_text(facts.text, tr("Give the reason for withdrawing the proposal."))
        moved = replace(entry, withdrawn_on=facts.on, reason=reason)
    return replace(moved, status=target)


def allowed_steps(entry: CreditEntry) -> tuple[Step, ...]:
    """The steps the entry's status allows (their facts are checked by :func:`apply`)."""
    return tuple(TRANSITIONS[entry.status])


def leaves_list_on(entry: CreditEntry) -> date:
    """The day an entry drops off the active list by itself: the day after its period ends."""
    if entry.end is None:
        raise ValueError("the entry has not been listed")
    return entry.end + timedelta(days=1)


def is_active(entry: CreditEntry, on: date) -> bool:
    """Whether the entry is in force on ``on``: it was listed, ``on`` lies within its period,
    and its credit had not been repaired (nor the entry removed) by then. Sanctions stop on the
    day of repair or removal and on the day after the period ends (海口 (十三))."""
    if entry.start is None or entry.end is None:
        return False
    if not entry.start <= on <= entry.end:
        return False
    stopped = [day for day in (entry.repaired_on, entry.removed_on) if day is not None]
    return not stopped or on < min(stopped)
