"""Deadline presets for complaints: the five presets' figures and sources, overrides per case
type, and limits that cannot be used (zero, negative, without a source).

Pure data; no database.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from jianguan_desktop.domain.deadline_rules import (
    HEGANG,
    MACHENG,
    PETITION,
    PRESET_KEYS,
    PROCUREMENT,
    TENDER,
    Anchor,
    CaseType,
    DeadlinePreset,
    DeadlineRule,
    DeadlineRuleError,
    Limit,
    builtin_presets,
    preset,
    rules_for,
    suggested_overrides,
)
from jianguan_desktop.errors import ValidationError


@pytest.fixture(autouse=True)
def _chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    # the sources are checked as a clerk reads them, in Chinese
    monkeypatch.setenv("JIANGUAN_LANG", "zh_CN")


def figures(key: str) -> dict[Limit, tuple[int, str, Anchor]]:
    return {rule.step: (rule.count, rule.unit, rule.counted_from)
            for rule in preset(key).rules}


# --- the five presets -----------------------------------------------------------------------


def test_there_are_five_presets() -> None:
    assert tuple(builtin_presets()) == PRESET_KEYS == (
        TENDER, PROCUREMENT, MACHENG, HEGANG, PETITION)


def test_bidding_preset_follows_articles_60_and_61_of_the_implementing_regulations() -> None:
    # GIVEN the 招标投标 preset
    bidding = preset(TENDER)
    # THEN: complain within 10 days of knowing; accept within 3 working days of receipt;
    # decide within 30 working days of acceptance; no extension
    assert figures(TENDER) == {
        Limit.COMPLAINT_WINDOW: (10, "days", Anchor.KNOWN),
        Limit.ACCEPTANCE: (3, "workdays", Anchor.RECEIVED),
        Limit.DECISION: (30, "workdays", Anchor.ACCEPTED),
    }
    assert bidding.max_extension == 0
    # AND each rule cites its article
    window, acceptance, decision = (bidding.rule(limit) for limit in (
        Limit.COMPLAINT_WINDOW, Limit.ACCEPTANCE, Limit.DECISION))
    assert window is not None and "第六十条" in window.source and "异议" in window.note
    assert acceptance is not None and "第六十一条" in acceptance.source
    assert decision is not None and "第六十一条" in decision.source
    assert "专家评审" in decision.note and "不计算在内" in decision.note
    assert "招标投标法实施条例" in bidding.source


def test_procurement_preset_follows_order_94() -> None:
    assert figures(PROCUREMENT) == {
        Limit.COMPLAINT_WINDOW: (15, "workdays", Anchor.KNOWN),
        Limit.ACCEPTANCE: (5, "workdays", Anchor.RECEIVED),
        Limit.DECISION: (30, "workdays", Anchor.RECEIVED),
    }
    procurement = preset(PROCUREMENT)
    acceptance = procurement.rule(Limit.ACCEPTANCE)
    decision = procurement.rule(Limit.DECISION)
    assert acceptance is not None and "第二十一条" in acceptance.source
    assert decision is not None and "第二十六条" in decision.source
    assert "补正" in decision.note
    assert "财政部令第94号" in procurement.source


def test_macheng_preset_accepts_in_one_day_closes_in_fifteen_and_extends_with_approval() -> None:
    assert figures(MACHENG) == {
        Limit.ACCEPTANCE: (1, "workdays", Anchor.RECEIVED),
        Limit.DECISION: (15, "workdays", Anchor.ACCEPTED),
    }
    macheng = preset(MACHENG)
    assert macheng.extension_needs_approval and macheng.max_extension is None
    assert "麻公管委〔2022〕2号" in macheng.source and "二（三）1" in macheng.source
    assert all("二（三）1" in rule.source for rule in macheng.rules)


def test_hegang_preset_transfers_in_three_working_days_and_keeps_the_statutory_limits() -> None:
    assert figures(HEGANG) == {**figures(TENDER),
                               Limit.TRANSFER: (3, "workdays", Anchor.RECEIVED)}
    transfer = preset(HEGANG).rule(Limit.TRANSFER)
    assert transfer is not None and "鹤发改公管〔2022〕216号" in transfer.source
    assert "四（二）" in transfer.source


def test_reports_handled_as_petitions_reply_in_15_days_close_in_60_extend_by_30() -> None:
    assert figures(PETITION) == {
        Limit.ACCEPTANCE: (15, "days", Anchor.RECEIVED),
        Limit.DECISION: (60, "days", Anchor.ACCEPTED),
    }
    petition = preset(PETITION)
    assert petition.max_extension == 30 and petition.extension_needs_approval
    assert all("信访工作条例" in rule.source for rule in petition.rules)


def test_every_rule_of_every_preset_has_a_source_and_reads_as_a_sentence() -> None:
    for item in builtin_presets().values():
        assert item.source and item.name
        for rule in item.rules:
            text = rule.describe()
            assert rule.source in text and str(rule.count) in text


def test_an_unknown_preset_is_refused_naming_the_ones_there_are() -> None:
    with pytest.raises(DeadlineRuleError, match="tender") as refused:
        preset("nanjing")
    assert refused.value.field == "preset"


# --- which preset applies ---------------------------------------------------------------------


def test_the_office_preset_applies_unless_the_case_type_is_overridden() -> None:
    # GIVEN an office on the 麻城 preset that handles procurement complaints under Order 94
    office = preset(MACHENG)
    overrides = {CaseType.PROCUREMENT: preset(PROCUREMENT)}
    # THEN a bidding complaint follows the office's preset, a procurement one its override
    assert rules_for(CaseType.TENDER, office, overrides) is office
    assert rules_for(CaseType.PROCUREMENT, office, overrides).key == PROCUREMENT
    assert rules_for(CaseType.REPORT, office) is office


def test_statute_suggests_order_94_for_procurement_and_petitions_for_reports() -> None:
    assert suggested_overrides() == {CaseType.PROCUREMENT: PROCUREMENT,
                                     CaseType.REPORT: PETITION}


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, -1, -30])
def test_a_zero_or_negative_limit_is_refused_with_the_reason(count: int) -> None:
    # WHEN an office sets the decision limit of its preset to zero or less
    with pytest.raises(DeadlineRuleError) as refused:
        preset(MACHENG).with_count(Limit.DECISION, count)
    # THEN it is refused naming the limit and the figure; it is a ValueError and a UserError
    message = str(refused.value)
    assert "处理决定期限" in message and str(count) in message and "至少为 1" in message
    assert refused.value.field == "count"
    assert isinstance(refused.value, ValueError) and isinstance(refused.value, ValidationError)


def test_a_preset_read_back_with_a_zero_limit_is_refused() -> None:
    data = preset(TENDER).to_dict()
    data["rules"][1]["count"] = 0
    with pytest.raises(DeadlineRuleError, match="受理审查期限"):
        DeadlinePreset.from_dict(data)


def test_an_office_may_shorten_a_limit_and_keeps_the_other_figures() -> None:
    shorter = preset(TENDER).with_count(Limit.ACCEPTANCE, 2)
    assert figures(TENDER)[Limit.DECISION] == (30, "workdays", Anchor.ACCEPTED)
    rule = shorter.rule(Limit.ACCEPTANCE)
    assert rule is not None and rule.count == 2
    assert shorter.rule(Limit.DECISION) == preset(TENDER).rule(Limit.DECISION)


def test_changing_a_limit_the_preset_does_not_have_is_refused() -> None:
    with pytest.raises(DeadlineRuleError, match="转办期限") as refused:
        preset(TENDER).with_count(Limit.TRANSFER, 3)
    assert refused.value.field == "step"


@pytest.mark.parametrize(("changes", "field"), [
    ({"source": "  "}, "source"),
    ({"unit": "weeks"}, "unit"),
    ({"step": Limit.CORRECTION}, "step"),
    ({"count": 100000}, "count"),
    ({"count": True}, "count"),
])
def test_a_rule_that_cannot_be_used_is_refused(changes: dict[str, object], field: str) -> None:
    rule = preset(TENDER).rule(Limit.ACCEPTANCE)
    assert rule is not None
    with pytest.raises(DeadlineRuleError) as refused:
        replace(rule, **changes)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_a_negative_extension_or_a_limit_set_twice_is_refused() -> None:
    tender = preset(TENDER)
    with pytest.raises(DeadlineRuleError) as refused:
        replace(tender, max_extension=-1)
    assert refused.value.field == "max_extension"
    with pytest.raises(DeadlineRuleError, match="重复"):
        replace(tender, rules=(*tender.rules, tender.rules[0]))
    with pytest.raises(DeadlineRuleError):
        replace(tender, rules=())


def test_a_preset_goes_to_json_and_back_unchanged() -> None:
    for item in builtin_presets().values():
        text = json.dumps(item.to_dict(), ensure_ascii=False)
        assert DeadlinePreset.from_dict(json.loads(text)) == item


def test_a_custom_rule_counts_from_where_it_says() -> None:
    rule = DeadlineRule("own.decision", Limit.DECISION, 20, "workdays", "本单位规定",
                        counted_from=Anchor.RECEIVED)
    assert "20" in rule.describe() and "本单位规定" in rule.describe()
