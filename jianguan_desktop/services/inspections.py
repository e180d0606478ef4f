"""Settings and labels of 双随机、一公开 shared by the inspection services, forms and pages.

Every figure is a setting whose preset cites its source: the ratio range per credit grade, the
grade of an ungraded object, the agencies' minimum share (锡林郭勒 (十九)), the inspectors per
object, how many years of projects make a pool (鹤岗 三(二)), and the publication deadline
(海口 (七): 20 working days; 鹤岗 三(三): 10 working days).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.inspections import (
    GRADES,
    BatchStatus,
    DrawStatus,
    GradeRange,
    Handling,
    InspectorStatus,
    ItemType,
    Method,
    ObjectKind,
    PlanStatus,
    RatioRules,
    ResultStatus,
    SeedSource,
)
from jianguan_desktop.domain.workdays import Deadline
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.settings import (
    SettingDef,
    SettingGroup,
    get_setting,
    register_setting,
    register_setting_group,
)

GROUP = "inspections"
register_setting_group(SettingGroup(GROUP, lambda: tr("Random inspections"), 400))

# The example ranges; 安阳 (十七) and 海口 (六) ask for ratios tied to the credit grade.
GRADE_PRESETS: dict[str, tuple[int, int]] = {"A": (1, 5), "B": (5, 20), "C": (21, 60),
                                             "D": (61, 100)}


def _percent() -> str:
    return "%"


def _grade_source() -> str:
    return tr("安阳 (十七), 海口 (六): the share drawn follows the credit grade; the figures are "
              "this program's presets (A at most 5 %, B 5–20 %, C 21–60 %, D 61–100 %; A at "
              "least 1 % so that no grade is exempt from the draw)")


def _grade_setting(grade: str, end: str, default: int) -> SettingDef:
    label = (lambda: tr("Grade {grade}: lowest share drawn").format(grade=grade)) \
        if end == "lowest" else \
        (lambda: tr("Grade {grade}: highest share drawn").format(grade=grade))
    return register_setting(SettingDef(
        f"inspections.grade_{grade.lower()}_{end}", default, label, _grade_source,
        minimum=0, maximum=100, unit=_percent, group=GROUP))


GRADE_SETTINGS: dict[str, tuple[SettingDef, SettingDef]] = {
    grade: (_grade_setting(grade, "lowest", low), _grade_setting(grade, "highest", high))
    for grade, (low, high) in GRADE_PRESETS.items()}


def _grade_choices() -> dict[str, str]:
    return {grade: tr("Grade {grade}").format(grade=grade) for grade in GRADES}


UNGRADED_AS = register_setting(SettingDef(
    "inspections.ungraded_as", "B", lambda: tr("Objects without a credit grade are drawn as"),
    lambda: tr("This program's policy: an object not yet graded is treated as an ordinary "
               "one"), group=GROUP, choices=_grade_choices))
AGENCY_MINIMUM = register_setting(SettingDef(
    "inspections.agency_minimum", 25,
    lambda: tr("Agencies: lowest share of those active this year"),
    lambda: tr("锡林郭勒 (十九): inspect at least 25 % of the agencies doing business that "
               "year"), minimum=1, maximum=100, unit=_percent, group=GROUP))
INSPECTORS_PER_OBJECT = register_setting(SettingDef(
    "inspections.inspectors_per_object", 2, lambda: tr("Inspectors matched to each object"),
    lambda: tr("《行政处罚法》第四十二条: no fewer than two law-enforcement officers; issue 6 "
               "item 6"), minimum=2, maximum=10, unit=lambda: tr("persons"), group=GROUP))
POOL_YEARS = register_setting(SettingDef(
    "inspections.pool_years", 2, lambda: tr("Projects in a pool: completed in the last"),
    lambda: tr("鹤岗 三(二): the pool is in principle the projects completed this year and "
               "the last"), minimum=1, maximum=10, unit=lambda: tr("years"), group=GROUP))
INDUSTRY_YEARLY = register_setting(SettingDef(
    "inspections.industry_yearly", True,
    lambda: tr("Warn when an industry has not been inspected this year"),
    lambda: tr("锡林郭勒 (九): every industry's projects and parties are inspected at least "
               "once a year"), group=GROUP))

PUBLISH_PRESETS: dict[str, int] = {"haikou": 20, "hegang": 10}


def _publish_choices() -> dict[str, str]:
    return {"haikou": tr("海口 (七): 20 working days after the inspection is completed"),
            "hegang": tr("鹤岗 三(三): 10 working days after the inspection ends"),
            "own": tr("The office's own figure (below)")}


PUBLISH_PRESET = register_setting(SettingDef(
    "inspections.publish_preset", "haikou", lambda: tr("Results published within"),
    lambda: tr("海口 (七) 20 working days; 鹤岗 三(三) 10 working days; counted in the "
               "working-day calendar"), group=GROUP, choices=_publish_choices))
PUBLISH_OWN = register_setting(SettingDef(
    "inspections.publish_own_workdays", 15,
    lambda: tr("The office's own publication time limit"),
    lambda: tr("This program's policy (used only when the office's own figure is chosen)"),
    minimum=1, maximum=60, unit=lambda: tr("working days"), group=GROUP))
DUE_SOON = register_setting(SettingDef(
    "inspections.due_soon_workdays", 3,
    lambda: tr("Show publications on the home page this many working days before they are "
               "due"), lambda: tr("This program's policy"), minimum=0, maximum=30,
    unit=lambda: tr("working days"), group=GROUP))


def ratio_rules(db_or_session: Database | Session) -> RatioRules:
    """The office's ratio rules in force."""
    ranges = {grade: GradeRange(grade, int(get_setting(db_or_session, low.key)),
                                int(get_setting(db_or_session, high.key)))
              for grade, (low, high) in GRADE_SETTINGS.items()}
    return RatioRules(ranges, str(get_setting(db_or_session, UNGRADED_AS.key)),
                      int(get_setting(db_or_session, AGENCY_MINIMUM.key)),
                      int(get_setting(db_or_session, INSPECTORS_PER_OBJECT.key)))


def publish_workdays(db_or_session: Database | Session) -> int:
    """The working days allowed between completing a batch and publishing its results."""
    preset = str(get_setting(db_or_session, PUBLISH_PRESET.key))
    if preset in PUBLISH_PRESETS:
        return PUBLISH_PRESETS[preset]
    return int(get_setting(db_or_session, PUBLISH_OWN.key))


def publish_deadline(session: Session, completed_on: date) -> Deadline:
    """The day a batch completed on ``completed_on`` must be published by, explained."""
    return load_calendar(session).add_workdays(completed_on, publish_workdays(session),
                                               label=tr("publication time limit"),
                                               event=tr("inspection completed"))


def pool_start(db_or_session: Database | Session, year: int) -> date:
    """The first completion day of a plan's pool of projects (this year and the last)."""
    return date(year - int(get_setting(db_or_session, POOL_YEARS.key)) + 1, 1, 1)


# --- labels ---------------------------------------------------------------------------------

def item_type_labels() -> dict[str, str]:
    return ItemType.value_labels()


def object_kind_labels() -> dict[str, str]:
    return ObjectKind.value_labels()


def inspector_status_labels() -> dict[str, str]:
    return InspectorStatus.value_labels()


def method_labels() -> dict[str, str]:
    return Method.value_labels()


def handling_labels() -> dict[str, str]:
    return Handling.value_labels()


def batch_status_labels() -> dict[str, str]:
    return BatchStatus.value_labels()


def plan_status_labels() -> dict[str, str]:
    return PlanStatus.value_labels()


def draw_status_labels() -> dict[str, str]:
    return DrawStatus.value_labels()


def seed_source_labels() -> dict[str, str]:
    return SeedSource.value_labels()


def result_status_labels() -> dict[str, str]:
    return ResultStatus.value_labels()


def risk_labels() -> dict[int, str]:
    return {1: tr("Low"), 2: tr("Medium"), 3: tr("High")}


def industry_names() -> list[str]:
    """Industries offered in pick lists (free text is allowed too)."""
    return [tr("Housing construction"), tr("Municipal works"), tr("Water conservancy"),
            tr("Transport"), tr("Government procurement"), tr("Land and mineral rights"),
            tr("State-owned property"), tr("Other")]
