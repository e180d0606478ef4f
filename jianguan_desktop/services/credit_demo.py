"""Demonstration credit lists and grades on the demonstration entities of 滑县 (after them).

``small`` goes through the ordinary services: about a dozen entries in every status, grades,
two entries the city (安阳市, 410500) sent down and two saved credit checks. ``large`` writes
one entry per 50 entities and a grade per 5 with bulk inserts, their dates worked out by the
life-cycle rules. The demo runs after the entity demo: fillers run in the order registered, and
``services/registers.py`` loads this module after ``entity_demo``.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from jianguan_desktop.db.credit import CreditEntry, CreditGrade
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.models import NumberCounter
from jianguan_desktop.db.ownership import foreign_writes
from jianguan_desktop.db.records import OFFICE_KEY, append_audit, reserve_number, take_change_seq
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.domain import credit_lists as rules
from jianguan_desktop.domain.credit_lists import ListKind, Severity, Status, Step, add_months
from jianguan_desktop.domain.numbering import format_number
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.credit_check import record_check
from jianguan_desktop.services.credit_grades import add_grade
from jianguan_desktop.services.credit_lists import (
    list_imported,
    propose_entry,
    publication_rules,
    take_step,
)
from jianguan_desktop.services.demo import register_demo_filler
from jianguan_desktop.services.entity_demo import credit_code
from jianguan_desktop.services.progress import Progress

SEED = 20260402
ENTITIES_PER_ENTRY = 50  # large: one list entry per 50 entities (20,000 for 1,000,000)
ENTITIES_PER_GRADE = 5  # large: one grade per 5 entities (200,000 for 1,000,000)
BATCH = 20_000
CITY_OFFICE = "410500"  # 安阳市: the lists the city sends down

FGW, ZJJ, CZJ, SLJ, JTJ = ("滑县发展和改革委员会", "滑县住房和城乡建设局", "滑县财政局",
                           "滑县水利局", "滑县交通运输局")


@dataclass(frozen=True)
class Story:
    """One demonstration entry: who, which list, what happened, and its steps (days ago)."""

    kind: str  # which demo entity: bidder, agency, expert, tenderer (by position)
    position: int
    list_kind: str
    severity: str
    conduct: str
    basis: str  # 认定依据, {year} the year of the decision
    department: str
    sanctions: str
    steps: tuple[tuple[str, int, dict[str, Any]], ...]  # (step, days ago, values)
    proposed_days_ago: int


def _story_steps(listed_ago: int, months: int | None = None
                 ) -> tuple[tuple[str, int, dict[str, Any]], ...]:
    """Notified five days after the proposal, listed ``listed_ago`` days ago."""
    values: dict[str, Any] = {"months": months} if months else {}
    return (("notify", listed_ago + 10, {}), ("list", listed_ago, values))


_REPAIRED = {"corrected": True, "obligations_met": True, "commitment": True,
             "repair_note": "已补交履约保证金并消除影响，提交信用承诺书，参加信用修复培训"}

STORIES: tuple[Story, ...] = (
    Story("bidder", 0, "black", "serious",
          "在滑县第一高级中学教学楼建设项目投标中与其他投标人串通，相互约定投标报价",
          "滑发改罚〔{year}〕3号", FGW, "限制参与本县依法必须进行招标的项目投标3年",
          _story_steps(60), 75),
    Story("bidder", 1, "black", "serious",
          "在滑县道口镇污水管网改造工程投标中提供虚假业绩证明，弄虚作假骗取中标",
          "滑住建罚〔{year}〕5号", ZJJ, "限制参与本县房屋建筑和市政工程投标2年",
          _story_steps(40, 24), 55),
    Story("expert", 0, "black", "serious",
          "在滑县人民医院医疗设备采购项目评审中收受投标人好处，未按评审办法独立评审",
          "滑财罚〔{year}〕2号", CZJ, "取消评标评审专家资格，3年内不得再次入库",
          _story_steps(90, 36), 110),
    Story("agency", 0, "watch", "ordinary",
          "代理滑县交通运输局农村公路项目时违规向他人透露已获取招标文件的潜在投标人名称",
          "滑发改〔{year}〕12号", FGW,
          "列为重点关注对象，加大抽查频次，限制代理本县政府投资项目6个月",
          _story_steps(30, 12), 45),
    Story("bidder", 2, "black", "ordinary",
          "中标后无正当理由未按合同约定期限履约，造成滑县城关镇道路项目工期延误60天",
          "滑住建罚〔{year}〕9号", ZJJ, "限制参与本县依法必须进行招标的项目投标6个月",
          (("notify", 18, {}),
           ("object", 12, {"text": "我公司逾期系因征地拆迁未完成所致，已按要求整改，"
                                    "请求不予列入。"}),
           ("answer", 5, {"text": "经核实，征地拆迁已于开工前完成，陈述申辩理由不成立，"
                                  "维持拟列入意见。"})),
          20),
    Story("bidder", 3, "black", "ordinary",
          "在滑县农田水利设施建设项目中将中标工程违法转包给他人",
          "滑水罚〔{year}〕4号", SLJ, "限制参与本县水利工程投标1年", (), 3),
    Story("bidder", 4, "black", "ordinary",
          "不按招标文件要求提交履约保证金，拒不签订合同",
          "滑交罚〔{year}〕6号", JTJ, "限制参与本县交通工程投标1年",
          (("notify", 195, {}), ("list", 180, {"months": 12}),
           ("repair", 30, _REPAIRED)), 200),
    Story("bidder", 5, "black", "ordinary",
          "投标文件中项目经理资格证书系伪造",
          "滑住建罚〔{year}〕2号", ZJJ, "限制参与本县房屋建筑工程投标1年",
          (("notify", 415, {}), ("list", 400, {"months": 12}), ("expire", -1, {})), 420),
    Story("agency", 1, "black", "ordinary",
          "代理政府采购项目时擅自修改采购文件中的评审标准",
          "滑财罚〔{year}〕7号", CZJ, "禁止代理本县政府采购项目1年",
          (("notify", 505, {}), ("list", 500, {"months": 12}), ("expire", -1, {}),
           ("remove", -5, {"text": "公示期满，经本人申请并核实无新的失信行为，移出黑名单"})), 510),
    Story("bidder", 6, "watch", "ordinary",
          "开标后拒绝澄清投标报价中的明显错误",
          "滑发改〔{year}〕15号", FGW, "列为重点关注对象",
          (("notify", 38, {}),
           ("withdraw", 30, {"text": "经复核，报价错误系招标文件工程量清单错误所致，"
                                     "撤回拟列入"})), 40),
    Story("bidder", 7, "red", "",
          "连续三年在本县承建项目中无不良行为记录，合同履约评价均为优良",
          "滑发改〔{year}〕20号", FGW, "减少随机抽查频次，投标保证金依法予以减免",
          _story_steps(100, 24), 115),
    Story("agency", 2, "red", "",
          "代理本县政府采购项目连续两年零投诉，档案管理规范",
          "滑财〔{year}〕15号", CZJ, "在代理机构考核中予以加分，优先推荐",
          _story_steps(20, 12), 35),
)

# Entries the city (安阳市) sent down: about a registered bidder, and about a company this
# county has not registered; ``entity_id`` stays empty, the code finds them.
CITY_STORIES: tuple[tuple[str | None, str, str, str, str], ...] = (
    ("bidder:8", "在安阳市殷都区棚户区改造项目中串通投标", "安发改罚〔{year}〕21号",
     "安阳市发展和改革委员会", "限制参与全市依法必须进行招标的项目投标2年"),
    (None, "在安阳市龙安区道路工程中以他人名义投标", "安住建罚〔{year}〕11号",
     "安阳市住房和城乡建设局", "限制参与全市房屋建筑和市政工程投标3年"),
)
CITY_COMPANY = ("安阳鼎盛路桥工程有限公司", credit_code("91", CITY_OFFICE, 6_000_001))


class DemoEntity(NamedTuple):
    """A demonstration entity as the stories need it."""

    id: str
    name: str
    code: str
    kind: str


def _demo_entities(db: Database) -> dict[str, list[DemoEntity]]:
    """The demonstration entities of this office by kind, in name order."""
    with db.uow(readonly=True) as uow:
        session = uow.session
        rows = session.execute(select(Entity.id, Entity.name, Entity.code, Entity.kind).where(
            Entity.office_code == session.info.get(OFFICE_KEY), Entity.deleted_at.is_(None))
            .order_by(Entity.name)).all()
    found: dict[str, list[DemoEntity]] = {}
    for row in rows:
        found.setdefault(row.kind, []).append(DemoEntity(*row))
    return found


def _step_values(story: Story, step: str, ago: int, values: dict[str, Any], today: date,
                 end: date | None) -> dict[str, Any]:
    """What the clerk enters with a step ``ago`` days before today; a negative ``ago`` counts
    from the end of the period instead: -1 the day after it ended (expiry), -5 four days later."""
    facts = {key: value for key, value in values.items() if key != "months"}
    on = today - timedelta(days=ago) if ago >= 0 else None
    if step == "list":
        assert on is not None
        facts["basis"] = story.basis.format(year=on.year)
        if "months" in values:
            facts["end"] = add_months(on, values["months"])
    if ago < 0:  # expire the day after the end; remove a few days later
        assert end is not None
        on = end + timedelta(days=-ago)
    assert on is not None
    return facts | {"on": on}


def _tell(story: Story, entity: DemoEntity, db: Database, actor: Actor, today: date) -> None:
    proposed = today - timedelta(days=story.proposed_days_ago)
    info = propose_entry(db, actor, {
        "entity_id": entity.id, "list_kind": story.list_kind, "severity": story.severity,
        "conduct": story.conduct, "department": story.department,
        "sanctions": story.sanctions, "proposed_on": proposed,
        "basis": story.basis.format(year=proposed.year)})
    for step, ago, values in story.steps:
        info = take_step(db, actor, info.id, step, _step_values(
            story, step, ago, values, today, info.end_on), info.version)


def _city_entries(session: Session, found: dict[str, list[DemoEntity]], today: date) -> int:
    """The entries the city sent down, listed by the city's decision (written as the sync
    would bring them: the city's office code, no entity of this office; allowed by
    :func:`foreign_writes`, as they stand in for the city's package)."""
    decided = today - timedelta(days=50)
    with foreign_writes(session, CreditEntry.__tablename__):  # as a package would
        for seq, (who, conduct, basis, department, sanctions) in enumerate(CITY_STORIES, start=1):
            if who is None:
                name, code, kind = *CITY_COMPANY, "bidder"
            else:
                kind, position = who.split(":")
                entity = found[kind][int(position)]
                name, code = entity.name, entity.code
            row = CreditEntry(
                office_code=CITY_OFFICE, number=format_number(CreditEntry.number_series,
                                                              decided.year, seq),
                entity_id=None, entity_name=name, entity_code=code, entity_kind=kind,
                list_kind="black", severity="serious", conduct=conduct,
                basis=basis.format(year=decided.year), department=department,
                sanctions=sanctions, status=Status.PROPOSED.value, proposed_on=decided,
                objections="[]", remarks="安阳市公共资源交易监督管理办公室下发")
            session.add(row)
            list_imported(session, row, decided, row.basis, add_months(decided, 24))
    return len(CITY_STORIES)


def _grading_reason(graded_on: date) -> str:
    """The yearly evaluation a grade comes from: the year before the grading."""
    return f"{graded_on.year - 1}年度公共资源交易市场主体信用评价"


def _grade_for(entity: DemoEntity, listed: dict[str, str], rng: random.Random) -> str:
    if entity.id in listed:
        return {"black": "D", "watch": "C", "red": "A"}[listed[entity.id]]
    return rng.choice("AABBBBC")


def _grades(session: Session, found: dict[str, list[DemoEntity]], listed: dict[str, str],
            today: date) -> int:
    """A grade for most entities (experts, persons and a few others have none)."""
    rng = random.Random(SEED)
    graded_on = date(today.year, 1, 15) if today >= date(today.year, 1, 15) else \
        date(today.year - 1, 1, 15)
    reason = _grading_reason(graded_on)
    made = 0
    for kind in ("bidder", "agency", "tenderer"):
        for position, entity in enumerate(found.get(kind, [])):
            if kind == "tenderer" and position % 3 == 2:
                continue
            add_grade(session, entity.id, _grade_for(entity, listed, rng), graded_on, reason)
            made += 1
    return made


def _record_checks(db: Database, actor: Actor, found: dict[str, list[DemoEntity]],
                   today: date) -> int:
    """Two saved credit checks for tender files: a listed bidder and one with a clean record."""
    record_check(db, actor, found["bidder"][0].code, today,
                 project="滑县第一高级中学教学楼建设项目", purpose="中标候选人公示前信用核查")
    record_check(db, actor, found["bidder"][10].name, today,
                 project="滑县道口镇污水管网改造工程", purpose="资格审查")
    return 2


def _fill_small(db: Database, actor: Actor, progress: Progress | None) -> int:
    today = date.today()
    found = _demo_entities(db)
    if not found.get("bidder") or len(found["bidder"]) < 11:
        return 0  # the entity demo has not run: nothing to list
    listed: dict[str, str] = {}
    for done, story in enumerate(STORIES, start=1):
        entity = found[story.kind][story.position]
        _tell(story, entity, db, actor, today)
        if story.steps and story.steps[-1][0] == "list":  # on the list today
            listed[entity.id] = story.list_kind
        if progress is not None:
            progress.check_cancelled()
            progress.report(done, len(STORIES), tr("Adding credit list entries…"))
    with db.uow(actor) as uow:
        made = _city_entries(uow.session, found, today)
        _grades(uow.session, found, listed, today)
        uow.commit()
    _record_checks(db, actor, found, today)
    return len(STORIES) + made


# --- large ----------------------------------------------------------------------------------

CONDUCTS = (
    ("black", "serious", "串通投标，相互约定投标报价"),
    ("black", "serious", "提供虚假业绩、资质证明，弄虚作假骗取中标"),
    ("black", "serious", "以他人名义投标"),
    ("black", "ordinary", "中标后无正当理由不与招标人订立合同"),
    ("black", "ordinary", "将中标项目违法转包、违法分包"),
    ("watch", "ordinary", "开标后拒绝澄清投标文件中的明显错误"),
    ("watch", "ordinary", "代理机构违规泄露潜在投标人信息"),
    ("red", "", "连续三年无不良行为记录，合同履约评价优良"),
)
BASES = (("滑发改罚", FGW), ("滑住建罚", ZJJ), ("滑财罚", CZJ), ("滑水罚", SLJ),
         ("滑交罚", JTJ))
# status → share of the large entries (in thousandths)
STATUS_SHARES = (("listed", 500), ("expired", 150), ("repaired", 100), ("removed", 100),
                 ("proposed", 50), ("notified", 50), ("withdrawn", 50))
# stored column → attribute of the rules' entry (the rest are the same name)
_STORED = {"status": "status", "basis": "basis", "notified_on": "notified_on",
           "decided_on": "decided_on", "start_on": "start", "end_on": "end",
           "repair_from": "repair_from", "repaired_on": "repaired_on",
           "expired_on": "expired_on", "removed_on": "removed_on",
           "withdrawn_on": "withdrawn_on", "reason": "reason"}


def _status(rng: random.Random) -> str:
    pick = rng.randrange(1000)
    for status, share in STATUS_SHARES:
        if pick < share:
            return status
        pick -= share
    return "listed"


def generated_entry(rng: random.Random, list_kind: str, severity: str, status: str,
                    basis: str, today: date, publication: rules.PublicationRules
                    ) -> rules.CreditEntry:
    """An entry brought to ``status`` by the life-cycle rules, its steps dated before today."""
    kind = ListKind(list_kind)
    level = Severity(severity) if severity else Severity.ORDINARY
    rule = publication.rule_for(kind, level)
    listing = status in ("listed", "expired", "repaired", "removed")
    if status in ("expired", "removed"):  # the period has ended
        back = 31 * rule.max_months + rng.randrange(10, 300)
    elif status == "repaired":
        back = 31 * rule.repair_after_months + rng.randrange(10, 60)
    elif listing:
        back = rng.randrange(20, 28 * rule.max_months)
    else:
        back = rng.randrange(2, 60)
    proposed = today - timedelta(days=back + 15)
    entry = rules.CreditEntry(kind=kind, severity=level, proposed_on=proposed)
    if status == "proposed":
        return entry
    entry = rules.apply(entry, Step.NOTIFY, rules.StepFacts(on=proposed + timedelta(days=5)))
    if status == "notified":
        return entry
    if status == "withdrawn":
        return rules.apply(entry, Step.WITHDRAW, rules.StepFacts(
            on=proposed + timedelta(days=10), text="经复核，事实不清，撤回拟列入"))
    decided = today - timedelta(days=back)
    entry = rules.apply(entry, Step.LIST, rules.StepFacts(
        on=decided, basis=basis, end=add_months(decided, rule.max_months), rules=publication))
    if status == "repaired":
        return rules.apply(entry, Step.REPAIR, rules.StepFacts(
            on=today - timedelta(days=rng.randrange(1, 10)), corrected=True,
            obligations_met=True, commitment=True))
    if status in ("expired", "removed"):
        entry = rules.apply(entry, Step.EXPIRE, rules.StepFacts(
            on=rules.leaves_list_on(entry)))
    if status == "removed":
        entry = rules.apply(entry, Step.REMOVE, rules.StepFacts(
            on=rules.leaves_list_on(entry) + timedelta(days=3), text="公示期满，依申请移出"))
    return entry


def _stored(entry: rules.CreditEntry) -> dict[str, Any]:
    values = {column: getattr(entry, attribute) for column, attribute in _STORED.items()}
    values["status"] = entry.status.value
    return values


def _bookkeeping(session: Session, actor_name: str, count: int) -> Iterator[dict[str, Any]]:
    """The columns every bulk-written travelling record needs, ``count`` times."""
    office = session.info.get(OFFICE_KEY) or ""
    now = utcnow()
    seq = take_change_seq(session, count)
    for offset in range(count):
        yield {"id": str(uuid.uuid4()), "office_code": office, "version": 1,
               "change_seq": seq + offset, "deleted_at": None, "deleted_by": None,
               "created_at": now, "created_by": actor_name, "updated_at": now,
               "updated_by": actor_name}


Sampled = tuple[str, str, str, str]  # an entity's id, name, code and kind


def _sampled(session: Session, every: int) -> list[Sampled]:
    """Every ``every``-th live entity of this office: (id, name, code, kind)."""
    return [tuple(row) for row in session.execute(text(
        "SELECT id, name, code, kind FROM entities WHERE office_code = :office AND "
        "deleted_at IS NULL AND rowid % :every = 0 ORDER BY rowid"),
        {"office": session.info.get(OFFICE_KEY), "every": every})]


def _next_numbers(session: Session, years: list[int]) -> dict[int, int]:
    """The last number given so far in each year of the credit-list series."""
    office = session.info.get(OFFICE_KEY) or ""
    rows = session.execute(select(NumberCounter.year, NumberCounter.last_value).where(
        NumberCounter.office_code == office,
        NumberCounter.series == CreditEntry.number_series, NumberCounter.year.in_(years)))
    return {year: last for year, last in rows}


def _insert(session: Session, table: Any, rows: list[dict[str, Any]], actor: Actor,
            progress: Progress | None, label: str) -> None:
    """Insert ``rows`` with their bookkeeping (ids, change sequence, timestamps) in batches."""
    connection = session.connection()
    for row, extra in zip(rows, _bookkeeping(session, actor.username, len(rows)), strict=True):
        row.update(extra)
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        connection.execute(table.insert(), batch)
        if progress is not None:
            progress.check_cancelled()
            progress.report(start + len(batch), len(rows), label)


def _large_entries(session: Session, actor: Actor, today: date, sample: list[Sampled],
                   progress: Progress | None) -> int:
    rng = random.Random(SEED)
    publication = publication_rules(session)
    rows: list[dict[str, Any]] = []
    for entity_id, name, code, kind in sample[::ENTITIES_PER_ENTRY // ENTITIES_PER_GRADE]:
        list_kind, severity, conduct = rng.choice(CONDUCTS)
        prefix, department = rng.choice(BASES)
        status = _status(rng)
        basis = f"{prefix}〔{today.year}〕{rng.randrange(1, 200)}号"
        entry = generated_entry(rng, list_kind, severity, status, basis, today, publication)
        if entry.decided_on is not None:  # the document is of the year of the decision
            entry = replace(entry, basis=f"{prefix}〔{entry.decided_on.year}〕"
                                         f"{rng.randrange(1, 200)}号")
        rows.append({
            "entity_id": entity_id, "entity_name": name, "entity_code": code,
            "entity_kind": kind, "list_kind": list_kind, "severity": severity,
            "conduct": conduct, "department": department, "sanctions": "限制投标1年",
            "proposed_on": entry.proposed_on, "repair_note": "", "remarks": "",
            "objections": json.dumps([]), **_stored(entry)})
    years = sorted({row["proposed_on"].year for row in rows})
    last = _next_numbers(session, years)
    office = session.info.get(OFFICE_KEY) or ""
    for row in rows:
        year = row["proposed_on"].year
        last[year] = last.get(year, 0) + 1
        row["number"] = format_number(CreditEntry.number_series, year, last[year])
    for year, seq in last.items():
        reserve_number(session, office, CreditEntry.number_series, year, seq)
    _insert(session, CreditEntry.__table__, rows, actor, progress,
            tr("Adding credit list entries…"))
    return len(rows)


def _large_grades(session: Session, actor: Actor, today: date, sample: list[Sampled],
                  progress: Progress | None) -> int:
    rng = random.Random(SEED + 1)
    graded_on = today - timedelta(days=rng.randrange(30, 300))
    reason = _grading_reason(graded_on)
    rows = [{"entity_id": entity_id, "grade": rng.choice("AABBBBCD"), "graded_on": graded_on,
             "reason": reason, "number": None}
            for entity_id, _name, _code, _kind in sample]
    _insert(session, CreditGrade.__table__, rows, actor, progress,
            tr("Adding credit grades…"))
    return len(rows)


def fill_large_credit(db: Database, actor: Actor, progress: Progress | None) -> int:
    """One entry per :data:`ENTITIES_PER_ENTRY` entities and a grade per
    :data:`ENTITIES_PER_GRADE`, in one transaction with one audit line per table."""
    today = date.today()
    with db.uow(actor) as uow:
        session = uow.session
        sample = _sampled(session, ENTITIES_PER_GRADE)  # the entries' entities among them
        entries = _large_entries(session, actor, today, sample, progress)
        grades = _large_grades(session, actor, today, sample, progress)
        append_audit(session, "demo", CreditEntry.__tablename__, "", {"count": entries})
        append_audit(session, "demo", CreditGrade.__tablename__, "", {"count": grades})
        uow.commit()
    return entries


def fill_credit(db: Database, actor: Actor, size: str, progress: Progress | None) -> int:
    """Add the demonstration credit lists once (none when the lists already hold entries);
    returns the entries made."""
    with db.uow(actor, readonly=True) as uow:
        if uow.session.execute(select(func.count()).select_from(CreditEntry)).scalar_one():
            return 0
    if size == "large":
        return fill_large_credit(db, actor, progress)
    return _fill_small(db, actor, progress)


register_demo_filler("credit_entries", fill_credit)
