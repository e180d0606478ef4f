"""Credit-list entries: every step of the life cycle, refused steps, and the publication dates.

Pure rules, no database: the entry is a frozen value moved by ``apply``.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianguan_desktop.domain.credit_lists import (
    TRANSITIONS,
    CreditEntry,
    CreditListError,
    ListKind,
    PeriodRule,
    PublicationRules,
    Severity,
    Status,
    Step,
    StepFacts,
    add_months,
    allowed_steps,
    apply,
    check_basis,
    check_period,
    is_active,
    leaves_list_on,
    publication_period,
)
from jianguan_desktop.errors import ValidationError

RULES = PublicationRules()
BASIS = "滑市监罚〔2026〕3号"
PROPOSED_ON = date(2026, 1, 5)
DECIDED_ON = date(2026, 1, 31)


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANGUAN_LANG", "en")


def proposed(kind: ListKind = ListKind.BLACK,
             severity: Severity = Severity.SERIOUS) -> CreditEntry:
    return CreditEntry(kind, severity, PROPOSED_ON)


def notified() -> CreditEntry:
    return apply(proposed(), Step.NOTIFY, StepFacts(date(2026, 1, 6)))


def listed(severity: Severity = Severity.SERIOUS, end: date | None = None) -> CreditEntry:
    entry = apply(proposed(severity=severity), Step.NOTIFY, StepFacts(date(2026, 1, 6)))
    return apply(entry, Step.LIST, StepFacts(DECIDED_ON, basis=BASIS, end=end))


REPAIRABLE = {"corrected": True, "obligations_met": True, "commitment": True}


def repaired() -> CreditEntry:
    return apply(listed(), Step.REPAIR, StepFacts(date(2027, 3, 1), **REPAIRABLE))


def expired() -> CreditEntry:
    return apply(listed(), Step.EXPIRE, StepFacts(date(2029, 2, 1)))


# --- legal steps -------------------------------------------------------------------------


def test_the_whole_way_with_an_objection_answered_then_repair_and_removal() -> None:
    # GIVEN a proposal to blacklist a bidder for a serious breach
    entry = proposed()
    assert entry.status is Status.PROPOSED
    # WHEN the party is notified, objects, is answered, and the entry is listed
    entry = apply(entry, Step.NOTIFY, StepFacts(date(2026, 1, 6)))
    assert entry.status is Status.NOTIFIED and entry.notified_on == date(2026, 1, 6)
    entry = apply(entry, Step.OBJECT, StepFacts(date(2026, 1, 10), text="已整改，不应列入"))
    assert entry.status is Status.NOTIFIED and len(entry.open_objections) == 1
    entry = apply(entry, Step.ANSWER, StepFacts(date(2026, 1, 20), text="经复核，维持认定"))
    assert entry.open_objections == ()
    assert entry.objections[0].answer == "经复核，维持认定"
    entry = apply(entry, Step.LIST, StepFacts(DECIDED_ON, basis=BASIS))
    # THEN it is published from the decision for three years (the longest allowed)
    assert entry.status is Status.LISTED
    assert (entry.basis, entry.decided_on) == (BASIS, DECIDED_ON)
    assert (entry.start, entry.end) == (DECIDED_ON, date(2029, 1, 31))
    # AND repair, once the year on the list is over and all conditions are met, ends it
    entry = apply(entry, Step.REPAIR, StepFacts(date(2027, 1, 31), **REPAIRABLE))
    assert entry.status is Status.REPAIRED
    entry = apply(entry, Step.REMOVE, StepFacts(date(2027, 2, 1), text="信用修复完成"))
    assert entry.status is Status.REMOVED and entry.reason == "信用修复完成"
    assert allowed_steps(entry) == ()


def test_an_entry_whose_period_ended_is_closed_as_expired_then_removed() -> None:
    # GIVEN a listed entry ending 2029-01-31
    # WHEN it is closed the day after and then removed
    entry = apply(listed(), Step.EXPIRE, StepFacts(date(2029, 2, 1)))
    assert entry.status is Status.EXPIRED
    entry = apply(entry, Step.REMOVE, StepFacts(date(2029, 2, 2), text="公示期满"))
    # THEN it is removed with its reason
    assert entry.status is Status.REMOVED and entry.removed_on == date(2029, 2, 2)


@pytest.mark.parametrize("entry", [proposed(), notified()], ids=["proposed", "notified"])
def test_a_proposal_can_be_withdrawn_with_a_reason(entry: CreditEntry) -> None:
    # WHEN a proposal is withdrawn before listing
    result = apply(entry, Step.WITHDRAW, StepFacts(date(2026, 1, 7), text="证据不足"))
    # THEN it is withdrawn, never active, and nothing more can be done with it
    assert result.status is Status.WITHDRAWN and result.reason == "证据不足"
    assert not is_active(result, date(2026, 1, 7))
    assert allowed_steps(result) == ()


def test_listing_may_choose_a_shorter_end_within_the_range() -> None:
    entry = listed(Severity.ORDINARY, end=date(2026, 6, 30))
    assert (entry.start, entry.end) == (DECIDED_ON, date(2026, 6, 30))


def test_apply_leaves_the_entry_it_was_given_unchanged() -> None:
    entry = notified()
    apply(entry, Step.OBJECT, StepFacts(date(2026, 1, 10), text="异议"))
    assert entry.objections == () and entry.status is Status.NOTIFIED


# --- illegal steps -----------------------------------------------------------------------

ENTRIES = {
    Status.PROPOSED: proposed,
    Status.NOTIFIED: notified,
    Status.LISTED: listed,
    Status.REPAIRED: repaired,
    Status.EXPIRED: expired,
    Status.REMOVED: lambda: apply(expired(), Step.REMOVE, StepFacts(date(2029, 3, 1), text="期满")),
    Status.WITHDRAWN: lambda: apply(proposed(), Step.WITHDRAW,
                                    StepFacts(date(2026, 1, 6), text="撤回")),
}
ILLEGAL = [(status, step) for status in Status for step in Step
           if step not in TRANSITIONS[status]]


@pytest.mark.parametrize(("status", "step"), ILLEGAL)
def test_a_step_the_status_does_not_allow_is_refused_in_words(status: Status, step: Step) -> None:
    # GIVEN an entry in a status that does not allow the step
    entry = ENTRIES[status]()
    assert entry.status is status
    # WHEN the step is tried (with every fact it could need)
    facts = StepFacts(date(2031, 1, 1), text="理由", basis=BASIS, **REPAIRABLE)
    # THEN it is refused naming the status and the step; it is a ValueError and a UserError
    with pytest.raises(CreditListError) as refused:
        apply(entry, step, facts)
    assert isinstance(refused.value, ValueError) and isinstance(refused.value, ValidationError)
    assert status.label in str(refused.value) and step.label in str(refused.value)


def test_listing_with_an_unanswered_objection_is_refused() -> None:
    entry = apply(notified(), Step.OBJECT, StepFacts(date(2026, 1, 10), text="不服"))
    with pytest.raises(ValueError, match="not been answered"):
        apply(entry, Step.LIST, StepFacts(DECIDED_ON, basis=BASIS))


def test_answering_when_nothing_waits_for_an_answer_is_refused() -> None:
    with pytest.raises(ValueError, match="no objection"):
        apply(notified(), Step.ANSWER, StepFacts(date(2026, 1, 10), text="答复"))


@pytest.mark.parametrize("step", [Step.OBJECT, Step.ANSWER])
def test_an_objection_or_answer_without_words_is_refused(step: Step) -> None:
    entry = apply(notified(), Step.OBJECT, StepFacts(date(2026, 1, 10), text="不服"))
    with pytest.raises(CreditListError) as refused:
        apply(entry, step, StepFacts(date(2026, 1, 11), text="  "))
    assert refused.value.field == "text"


@pytest.mark.parametrize("basis", ["", "   "])
def test_a_listing_without_a_basis_is_refused(basis: str) -> None:
    with pytest.raises(CreditListError, match="basis") as refused:
        apply(notified(), Step.LIST, StepFacts(DECIDED_ON, basis=basis))
    assert refused.value.field == "basis"
    with pytest.raises(ValueError, match="basis"):
        check_basis(basis)


def test_a_basis_given_at_proposal_is_enough_for_listing() -> None:
    entry = apply(CreditEntry(ListKind.WATCH, Severity.ORDINARY, PROPOSED_ON, basis=BASIS),
                  Step.NOTIFY, StepFacts(date(2026, 1, 6)))
    assert apply(entry, Step.LIST, StepFacts(DECIDED_ON)).basis == BASIS


def test_a_minor_breach_is_not_published_on_the_blacklist() -> None:
    entry = apply(proposed(severity=Severity.MINOR), Step.NOTIFY, StepFacts(date(2026, 1, 6)))
    with pytest.raises(CreditListError, match="not published") as refused:
        apply(entry, Step.LIST, StepFacts(DECIDED_ON, basis=BASIS))
    assert refused.value.field == "severity"


def test_a_listing_ending_outside_the_allowed_range_is_refused() -> None:
    # 一般: 3 months to 1 year from 2026-01-31 → end between 2026-04-30 and 2027-01-31
    for end in (date(2026, 4, 29), date(2027, 2, 1)):
        with pytest.raises(CreditListError, match="3 to 12 months") as refused:
            listed(Severity.ORDINARY, end=end)
        assert refused.value.field == "end"
    assert listed(Severity.ORDINARY, end=date(2026, 4, 30)).end == date(2026, 4, 30)
    assert listed(Severity.ORDINARY, end=date(2027, 1, 31)).end == date(2027, 1, 31)


def test_a_step_dated_before_the_previous_one_is_refused() -> None:
    with pytest.raises(CreditListError, match="before the entry's previous step") as refused:
        apply(proposed(), Step.NOTIFY, StepFacts(date(2026, 1, 4)))
    assert refused.value.field == "on"


def test_repair_before_the_minimum_time_on_the_list_is_refused() -> None:
    # GIVEN a serious entry decided 2026-01-31: repair possible from 2027-01-31
    entry = listed()
    assert entry.repair_from == date(2027, 1, 31)
    # WHEN repair is asked for one day earlier, all conditions met
    # THEN it is refused, naming the first possible day
    with pytest.raises(CreditListError, match="minimum time") as refused:
        apply(entry, Step.REPAIR, StepFacts(date(2027, 1, 30), **REPAIRABLE))
    assert "2027年1月31日" in str(refused.value)


@pytest.mark.parametrize(("missing", "words"), [
    ("corrected", "conduct has been corrected"),
    ("obligations_met", "obligations have been fulfilled"),
    ("commitment", "credit commitment has been made"),
])
def test_repair_needs_all_three_conditions(missing: str, words: str) -> None:
    # GIVEN a listed entry past its minimum time, with one condition of repair not confirmed
    conditions = {**REPAIRABLE, missing: False}
    # WHEN repair is asked for THEN it is refused naming the missing condition
    with pytest.raises(CreditListError, match="not yet confirmed") as refused:
        apply(listed(), Step.REPAIR, StepFacts(date(2027, 3, 1), **conditions))
    assert refused.value.field == "conditions"
    assert str(refused.value).endswith(words + ".")


def test_repair_after_the_period_ended_is_refused() -> None:
    with pytest.raises(CreditListError, match="close the entry as expired"):
        apply(listed(), Step.REPAIR, StepFacts(date(2029, 2, 1), **REPAIRABLE))


def test_expiry_before_the_day_after_the_end_is_refused() -> None:
    with pytest.raises(CreditListError, match="2029年2月1日"):
        apply(listed(), Step.EXPIRE, StepFacts(date(2029, 1, 31)))


@pytest.mark.parametrize("entry", [repaired(), expired()], ids=["repaired", "expired"])
def test_removal_without_a_reason_is_refused(entry: CreditEntry) -> None:
    with pytest.raises(CreditListError, match="reason for removing") as refused:
        apply(entry, Step.REMOVE, StepFacts(date(2029, 3, 1), text=" "))
    assert refused.value.field == "text"


def test_withdrawal_without_a_reason_is_refused() -> None:
    with pytest.raises(CreditListError, match="reason for withdrawing"):
        apply(proposed(), Step.WITHDRAW, StepFacts(date(2026, 1, 6)))


def test_every_list_severity_status_and_step_has_its_own_name() -> None:
    for enum in (ListKind, Severity, Status, Step):
        names = [member.label for member in enum]
        assert all(names) and len(set(names)) == len(names)


def test_messages_are_chinese_for_the_clerk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANGUAN_LANG", "zh_CN")
    with pytest.raises(CreditListError) as refused:
        apply(listed(), Step.REMOVE, StepFacts(date(2027, 3, 1), text="x"))
    assert "公示" in str(refused.value) and "移出" in str(refused.value)
    assert ListKind.BLACK.label == "黑名单" and Severity.SERIOUS.label == "严重"


# --- publication periods -----------------------------------------------------------------


@pytest.mark.parametrize(("decided", "months", "end"), [
    (date(2026, 1, 31), 3, date(2026, 4, 30)),
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 3, 31), 12, date(2027, 3, 31)),
    (date(2028, 2, 29), 12, date(2029, 2, 28)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 1, 15), 36, date(2029, 1, 15)),
])
def test_months_end_on_the_same_day_or_the_month_end(decided: date, months: int,
                                                     end: date) -> None:
    assert add_months(decided, months) == end


def test_presets_follow_the_severity_ranges() -> None:
    # 一般 — 3 months to 1 year; 严重 — 1 to 3 years; default: the longest
    assert publication_period(ListKind.BLACK, Severity.SERIOUS, DECIDED_ON, RULES) == (
        DECIDED_ON, date(2029, 1, 31))
    assert publication_period(ListKind.WATCH, Severity.ORDINARY, DECIDED_ON, RULES) == (
        DECIDED_ON, date(2027, 1, 31))
    assert publication_period(ListKind.WATCH, Severity.ORDINARY, DECIDED_ON, RULES, 3) == (
        DECIDED_ON, date(2026, 4, 30))
    with pytest.raises(CreditListError):
        publication_period(ListKind.BLACK, Severity.SERIOUS, DECIDED_ON, RULES, 6)
    with pytest.raises(CreditListError, match="not published"):
        publication_period(ListKind.BLACK, Severity.MINOR, DECIDED_ON, RULES)


def test_the_red_list_has_its_own_range_whatever_the_severity() -> None:
    start, end = publication_period(ListKind.RED, Severity.MINOR, DECIDED_ON, RULES)
    assert (start, end) == (DECIDED_ON, date(2029, 1, 31))


def test_rules_from_settings_replace_the_presets() -> None:
    # GIVEN an office that publishes minor breaches for one to two months
    rules = PublicationRules(minor=PeriodRule(published=True, min_months=1, max_months=2))
    assert publication_period(ListKind.WATCH, Severity.MINOR, DECIDED_ON, rules) == (
        DECIDED_ON, date(2026, 3, 31))
    with pytest.raises(ValueError):
        PeriodRule(published=True, min_months=5, max_months=2)


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(CreditListError, match="before it starts") as refused:
        check_period(ListKind.BLACK, Severity.SERIOUS, DECIDED_ON, DECIDED_ON,
                     DECIDED_ON - timedelta(days=1), RULES)
    assert refused.value.field == "end"


def test_publication_cannot_start_before_the_decision() -> None:
    with pytest.raises(CreditListError, match="before the decision"):
        check_period(ListKind.BLACK, Severity.SERIOUS, DECIDED_ON, DECIDED_ON - timedelta(1),
                     date(2028, 1, 31), RULES)


# --- being on the active list ------------------------------------------------------------


def test_the_end_date_is_active_and_the_day_after_is_not() -> None:
    # GIVEN an entry published until 2029-01-31 (安阳 (十八), 海口 (十三))
    entry = listed()
    # THEN it is active on its first and last days and drops off the next day by itself
    assert not is_active(entry, DECIDED_ON - timedelta(days=1))
    assert is_active(entry, DECIDED_ON)
    assert is_active(entry, date(2029, 1, 31))
    assert not is_active(entry, date(2029, 2, 1))
    assert leaves_list_on(entry) == date(2029, 2, 1)


def test_a_proposal_not_yet_listed_is_not_active() -> None:
    assert not is_active(notified(), date(2026, 1, 7))
    with pytest.raises(ValueError):
        leaves_list_on(notified())


def test_repair_stops_the_listing_from_that_day_but_not_before() -> None:
    entry = repaired()  # repaired on 2027-03-01
    assert is_active(entry, date(2027, 2, 28))
    assert not is_active(entry, date(2027, 3, 1))
    assert not is_active(entry, date(2028, 1, 1))


@given(
    decided=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    months=st.integers(min_value=3, max_value=12),
    offset=st.integers(min_value=-400, max_value=800),
)
def test_an_entry_is_active_exactly_on_the_days_of_its_period(decided: date, months: int,
                                                               offset: int) -> None:
    start, end = publication_period(ListKind.WATCH, Severity.ORDINARY, decided, RULES, months)
    entry = CreditEntry(ListKind.WATCH, Severity.ORDINARY, decided, basis=BASIS,
                        status=Status.LISTED, decided_on=decided, start=start, end=end)
    day = decided + timedelta(days=offset)
    assert is_active(entry, day) == (start <= day <= end)
