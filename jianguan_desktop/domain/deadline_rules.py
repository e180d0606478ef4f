"""Time limits of complaint handling as data: rules with their sources, grouped in presets.

Pure rules, no database: the services keep the office's preset (and per-case-type overrides)
as settings and pass the effective :class:`DeadlinePreset` to ``domain/complaints.py``.

Presets (issue 5 item 2), each rule citing its source:

- 招标投标: 《中华人民共和国招标投标法实施条例》第六十条 (a complaint within 10 days of knowing;
  the objection period is not counted), 第六十一条 (acceptance decided within 3 working days of
  receipt, the decision within 30 working days of acceptance; 检验、检测、鉴定、专家评审 time not
  counted). The statute allows no extension.
- 政府采购: 《政府采购质疑和投诉办法》(财政部令第94号) 第十七条 (a complaint within 15
  working days after the reply period), 第二十一条 (review within 5 working days), 第二十六条
  (decision within 30 working days of receipt), 第二十七条 (补正, 检验、检测、鉴定、专家评审 time
  not counted). 第二十八条 is the suspension of the procurement (at most 30 days), not a limit.
- 麻城: 麻公管委〔2022〕2号 二(三)1 (accept or reject within 1 working day, close within 15
  working days, longer only with the approval of the 监管办主要负责人); 二(一)2–3 (one workflow,
  cases handled from a list, transfer to the competent department).
- 鹤岗: 鹤发改公管〔2022〕216号 四(二) (handled by law, i.e. the 招标投标 limits; a complaint that
  belongs to another department transferred within 3 working days).
- 举报 as 信访: 《信访工作条例》(2022年): told within 15 days of receipt whether it is accepted;
  closed within 60 days of acceptance, extendable by at most 30 days with the head's approval.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from jianguan_desktop.domain.labels import LabelledEnum
from jianguan_desktop.domain.plain_data import PlainRecord
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr

Unit = Literal["workdays", "days"]
UNITS: tuple[Unit, ...] = ("workdays", "days")
MAX_COUNT = 3660  # the calendar counts at most this many days; more is a typing mistake


class DeadlineRuleError(ValidationError, ValueError):
    """A rule or preset that cannot be used; ``str()`` says why, ``field`` names what to fix."""


class CaseType(LabelledEnum):
    """What kind of case a complaint is; decides which preset applies (override per type)."""

    TENDER = "tender"  # 工程建设项目招标投标投诉 (实施条例 第六十条、第六十一条)
    PROCUREMENT = "procurement"  # 政府采购投诉 (财政部令第94号)
    LAND_MINERAL = "land_mineral"  # 土地使用权和矿业权出让 (鹤岗 preamble: 土地和矿产招拍挂)
    STATE_ASSETS = "state_assets"  # 国有产权交易 (锡林郭勒 (七))
    REPORT = "report"  # 举报, handled as 信访
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {
            cls.TENDER: tr("Complaint about construction-project bidding"),
            cls.PROCUREMENT: tr("Government procurement complaint"),
            cls.LAND_MINERAL: tr("Complaint about a land or mining-rights transfer"),
            cls.STATE_ASSETS: tr("Complaint about a state-owned property rights transaction"),
            cls.REPORT: tr("Report (tip-off)"),
            cls.OTHER: tr("Other public-resource trading complaint"),
        }


class Limit(LabelledEnum):
    """What a time limit is for. The first four come from presets; the last two are dates the
    office sets in a notice (补正期限) or a transfer letter (转办反馈期限)."""

    COMPLAINT_WINDOW = "complaint_window"  # the complainant's: file within N days of knowing
    ACCEPTANCE = "acceptance"  # 受理审查: decide whether to accept
    TRANSFER = "transfer"  # 转办: pass a complaint that belongs elsewhere
    DECISION = "decision"  # 处理决定 / 办结
    CORRECTION = "correction"  # 补正期限 given in the 补正通知书
    TRANSFER_REPLY = "transfer_reply"  # feedback due from the department a case went to

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {
            cls.COMPLAINT_WINDOW: tr("Time limit for complaining"),
            cls.ACCEPTANCE: tr("Time limit for acceptance review"),
            cls.TRANSFER: tr("Time limit for transfer"),
            cls.DECISION: tr("Time limit for the decision"),
            cls.CORRECTION: tr("Time limit for supplementing materials"),
            cls.TRANSFER_REPLY: tr("Time limit for the transferee's feedback"),
        }


RULE_LIMITS = (Limit.COMPLAINT_WINDOW, Limit.ACCEPTANCE, Limit.TRANSFER, Limit.DECISION)


class Anchor(LabelledEnum):
    """The day a limit is counted from (that day itself not counted)."""

    KNOWN = "known"  # 知道或者应当知道之日 (政府采购: 质疑答复期满之日)
    RECEIVED = "received"  # 收到投诉之日
    ACCEPTED = "accepted"  # 受理之日

    @classmethod
    def labels(cls) -> dict[Any, str]:
        return {
            cls.KNOWN: tr("the day the complainant knew or should have known"),
            cls.RECEIVED: tr("the day the complaint was received"),
            cls.ACCEPTED: tr("the day the complaint was accepted"),
        }


def unit_label(unit: Unit) -> str:
    """个工作日 or 日, after a number."""
    return tr("working days") if unit == "workdays" else tr("calendar days")


@dataclass(frozen=True)
class DeadlineRule(PlainRecord):
    """One time limit: ``count`` working or calendar days for ``step``, counted from
    ``counted_from``; ``source`` cites document and article, ``note`` says what is not
    counted or how the figure is read."""

    key: str
    step: Limit
    count: int
    unit: Unit
    source: str
    note: str = ""
    counted_from: Anchor = Anchor.RECEIVED

    def __post_init__(self) -> None:
        if self.step not in RULE_LIMITS:
            raise DeadlineRuleError(tr("“{limit}” is set in the notice itself, not by a rule.")
                                    .format(limit=Limit(self.step).label), field="step")
        if self.unit not in UNITS:
            raise DeadlineRuleError(tr("A time limit counts working days or calendar days."),
                                    field="unit")
        if isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 1:
            raise DeadlineRuleError(tr(
                "“{limit}” must be a whole number of at least 1 {unit}; {count} was given."
            ).format(limit=self.step.label, unit=unit_label(self.unit), count=self.count),
                field="count")
        if self.count > MAX_COUNT:
            raise DeadlineRuleError(tr("“{limit}” of {count} {unit} is too long; check the figure.")
                                    .format(limit=self.step.label, count=self.count,
                                            unit=unit_label(self.unit)), field="count")
        if not self.source.strip():
            raise DeadlineRuleError(tr(
                "Give the source of “{limit}” (the document and its article)."
            ).format(limit=self.step.label), field="source")

    def describe(self) -> str:
        """受理审查期限：收到之日起3个工作日（《…》第六十一条）."""
        return tr("{limit}: {count} {unit} from {anchor} ({source})").format(
            limit=self.step.label, count=self.count, unit=unit_label(self.unit),
            anchor=self.counted_from.label, source=self.source)


@dataclass(frozen=True)
class DeadlinePreset(PlainRecord):
    """A set of rules that applies together (``to_dict``/``from_dict`` for the settings).
    ``max_extension`` caps the total extension of the decision limit (in its unit): ``None``
    no fixed cap ("适当延长"), 0 no extension."""

    key: str
    name: str
    rules: tuple[DeadlineRule, ...]
    extension_needs_approval: bool
    max_extension: int | None
    source: str

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise DeadlineRuleError(tr("Give the preset a name."), field="name")
        if not self.source.strip():
            raise DeadlineRuleError(tr("Give the source of the preset “{name}”.")
                                    .format(name=self.name), field="source")
        if not self.rules:
            raise DeadlineRuleError(tr("The preset “{name}” has no time limits.")
                                    .format(name=self.name), field="rules")
        steps = [rule.step for rule in self.rules]
        for step in steps:
            if steps.count(step) > 1:
                raise DeadlineRuleError(tr("The preset “{name}” sets “{limit}” twice.")
                                        .format(name=self.name, limit=step.label),
                                        field="rules")
        if self.max_extension is not None and (
                isinstance(self.max_extension, bool) or not isinstance(self.max_extension, int)
                or not 0 <= self.max_extension <= MAX_COUNT):
            raise DeadlineRuleError(tr(
                "The longest extension of the preset “{name}” must be zero or more; "
                "{count} was given."
            ).format(name=self.name, count=self.max_extension), field="max_extension")

    def rule(self, step: Limit) -> DeadlineRule | None:
        """The preset's rule for ``step``, if it has one."""
        return next((rule for rule in self.rules if rule.step is step), None)

    def with_count(self, step: Limit, count: int) -> DeadlinePreset:
        """The preset with one limit changed (an office's own figure); refused when the
        preset has no such limit or the figure is not at least 1."""
        current = self.rule(step)
        if current is None:
            raise DeadlineRuleError(tr("The preset “{name}” has no “{limit}”.")
                                    .format(name=self.name, limit=step.label), field="step")
        changed = replace(current, count=count)
        return replace(self, rules=tuple(changed if rule.step is step else rule
                                         for rule in self.rules))


# --- the presets ----------------------------------------------------------------------------

TENDER, PROCUREMENT, MACHENG, HEGANG, PETITION = (
    "tender", "procurement", "macheng", "hegang", "petition")
PRESET_KEYS = (TENDER, PROCUREMENT, MACHENG, HEGANG, PETITION)


def _tender_rules() -> tuple[DeadlineRule, ...]:
    return (
        DeadlineRule(
            "tender.window", Limit.COMPLAINT_WINDOW, 10, "days",
            tr("Regulations on the Implementation of the Bidding Law, art. 60"),
            tr("Where an objection to the tenderer had to come first (arts. 22, 44 and 54), "
               "the time for answering it is not counted."),
            Anchor.KNOWN),
        DeadlineRule(
            "tender.acceptance", Limit.ACCEPTANCE, 3, "workdays",
            tr("Regulations on the Implementation of the Bidding Law, art. 61; Order No. 11 "
               "of seven ministries, art. 11")),
        DeadlineRule(
            "tender.decision", Limit.DECISION, 30, "workdays",
            tr("Regulations on the Implementation of the Bidding Law, art. 61; Order No. 11 "
               "of seven ministries, art. 21"),
            tr("Time needed for inspection, testing, appraisal or expert review is not "
               "counted."),
            Anchor.ACCEPTED),
    )


def builtin_presets() -> dict[str, DeadlinePreset]:
    """The five presets of issue 5 item 2, by key, in the language in force."""
    tender = _tender_rules()
    return {
        TENDER: DeadlinePreset(
            TENDER, tr("Bidding (Implementing Regulations, art. 61)"), tender,
            extension_needs_approval=True, max_extension=0,
            source=tr("Regulations on the Implementation of the Bidding Law, arts. 60 and 61")),
        PROCUREMENT: DeadlinePreset(
            PROCUREMENT, tr("Government procurement (MOF Order No. 94)"), (
                DeadlineRule(
                    "procurement.window", Limit.COMPLAINT_WINDOW, 15, "workdays",
                    tr("MOF Order No. 94, art. 17"),
                    tr("Counted from the end of the period for answering the query "
                       "(质疑答复期满)."),
                    Anchor.KNOWN),
                DeadlineRule(
                    "procurement.acceptance", Limit.ACCEPTANCE, 5, "workdays",
                    tr("MOF Order No. 94, art. 21"),
                    tr("Incomplete complaints: one written request to supplement within the "
                       "same 5 working days.")),
                DeadlineRule(
                    "procurement.decision", Limit.DECISION, 30, "workdays",
                    tr("MOF Order No. 94, arts. 26 and 27"),
                    tr("Counted from receipt; time for inspection, testing, appraisal, expert "
                       "review and for supplementing materials is not counted.")),
            ),
            extension_needs_approval=True, max_extension=0,
            source=tr("MOF Order No. 94 (Measures on Government Procurement Queries and "
                      "Complaints)")),
        MACHENG: DeadlinePreset(
            MACHENG, tr("Macheng (one-stop complaint handling)"), (
                DeadlineRule(
                    "macheng.acceptance", Limit.ACCEPTANCE, 1, "workdays",
                    tr("Macheng 麻公管委〔2022〕2号, section 2 (3) 1")),
                DeadlineRule(
                    "macheng.decision", Limit.DECISION, 15, "workdays",
                    tr("Macheng 麻公管委〔2022〕2号, section 2 (3) 1"),
                    tr("Normally closed within 15 working days; longer only with the approval "
                       "of the principal head of the supervision office."),
                    Anchor.ACCEPTED),
            ),
            extension_needs_approval=True, max_extension=None,
            source=tr("Macheng 麻公管委〔2022〕2号, section 2 (3) 1 (time limits) and (1) 2–3 "
                      "(one workflow, transfer to the competent department)")),
        HEGANG: DeadlinePreset(
            HEGANG, tr("Hegang (transfer within 3 working days)"), (
                *tender,
                DeadlineRule(
                    "hegang.transfer", Limit.TRANSFER, 3, "workdays",
                    tr("Hegang 鹤发改公管〔2022〕216号, section 4 (2)"),
                    tr("A complaint that belongs to another department is passed to it under "
                       "territorial management and by category.")),
            ),
            extension_needs_approval=True, max_extension=0,
            source=tr("Hegang 鹤发改公管〔2022〕216号, section 4 (2); the other limits are those "
                      "of the Implementing Regulations of the Bidding Law, arts. 60 and 61")),
        PETITION: DeadlinePreset(
            PETITION, tr("Reports handled as petitions (Regulations on Petition Work)"), (
                DeadlineRule(
                    "petition.acceptance", Limit.ACCEPTANCE, 15, "days",
                    tr("Regulations on Petition Work (2022)"),
                    tr("The petitioner is told in writing within 15 days of receipt whether "
                       "the matter is accepted.")),
                DeadlineRule(
                    "petition.decision", Limit.DECISION, 60, "days",
                    tr("Regulations on Petition Work (2022)"),
                    tr("Closed within 60 days of acceptance; in complex cases the head of the "
                       "office may extend it by at most 30 days."),
                    Anchor.ACCEPTED),
            ),
            extension_needs_approval=True, max_extension=30,
            source=tr("Regulations on Petition Work (2022)")),
    }


def preset(key: str) -> DeadlinePreset:
    """A built-in preset by key; refused with the keys there are."""
    presets = builtin_presets()
    if key not in presets:
        raise DeadlineRuleError(tr("There is no preset “{key}”; choose one of: {keys}.")
                                .format(key=key, keys="、".join(presets)), field="preset")
    return presets[key]


def suggested_overrides() -> dict[CaseType, str]:
    """Per-case-type presets that statute suggests whatever the office's own choice:
    procurement complaints under Order No. 94, reports as 信访. The office may keep or drop
    them; :func:`rules_for` only applies what it is given."""
    return {CaseType.PROCUREMENT: PROCUREMENT, CaseType.REPORT: PETITION}


def rules_for(case_type: CaseType, office_preset: DeadlinePreset,
              overrides: dict[CaseType, DeadlinePreset] | None = None) -> DeadlinePreset:
    """The preset in force for a case: the override for its type, else the office's."""
    return (overrides or {}).get(CaseType(case_type), office_preset)
