"""Demonstration complaints (投诉举报) told as stories through the real services, so every one
went through the rules: registered, accepted, paused, extended, decided, answered, archived.

``small``: eight cases of 滑县 dated back from today, in every state (one overdue, one due
soon, one refused, one transferred, one paused, one archived, a third complaint against the
same bidder that is flagged). ``large``: :data:`LARGE_COUNT` more cases over the last three
years, each taken as far as its story goes, for the register and statistics at scale.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from jianguan_desktop.db.complaints import Complaint
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.complaints import register_complaint, take_step
from jianguan_desktop.services.demo import register_demo_filler
from jianguan_desktop.services.progress import Progress

LARGE_COUNT = 3000
PROJECTS = (
    ("滑县第一高级中学教学楼建设项目", "HX-2026-0012"),
    ("滑县道口镇污水管网改造工程", "HX-2026-0031"),
    ("滑县人民医院医疗设备采购项目", "HXCG-2026-0105"),
    ("滑县城关镇老旧小区改造项目", "HX-2025-0207"),
    ("滑县高标准农田建设项目（二标段）", "HX-2025-0144"),
)
MATTERS = (
    ("评标委员会未按招标文件规定的评标标准和方法评审", "责令重新评标"),
    ("中标候选人业绩材料涉嫌造假", "取消其中标候选人资格"),
    ("招标文件设置不合理的资格条件，排斥潜在投标人", "责令修改招标文件"),
    ("开标时间和地点与招标公告不一致", "宣布开标无效"),
    ("投标人之间涉嫌串通投标", "查处并依法处理"),
)
COMPLAINANTS = (("河南正阳建设工程有限公司（王立新）", "13903920187"),
                ("安阳市宏达路桥有限公司（刘强）", "13839216655"),
                ("匿名", ""), ("滑县鑫源水利工程有限公司（赵敏）", "15837201943"))
DEPARTMENTS = ("滑县住房和城乡建设局", "滑县水利局", "滑县财政局", "滑县交通运输局")


@dataclass(frozen=True)
class Story:
    """One demonstration case: how many days ago it came in, and its steps as
    (step, days after receipt, values)."""

    ago: int
    case_type: str
    steps: tuple[tuple[str, int, dict[str, Any]], ...]
    project: int = 0
    respondent: int = 0  # index among the demo bidders


STORIES = (
    Story(120, "tender", (("accept", 2, {}),
                          ("pause", 10, {"pause_kind": "expert_review",
                                         "text": "组织评标专家复核评标报告"}),
                          ("resume", 20, {}),
                          ("decide", 40, {"outcome": "upheld", "text": "经查投诉事项属实",
                                          "measures": "责令招标人依法重新评标"}),
                          ("answer", 42, {"method": "mail"}),
                          ("archive", 45, {})), 0, 0),
    Story(80, "tender", (("accept", 1, {}),
                         ("decide", 30, {"outcome": "dismissed",
                                         "text": "投诉缺乏事实根据和法律依据"}),
                         ("answer", 31, {"method": "in_person"})), 1, 0),
    Story(50, "tender", (("accept", 3, {}),), 0, 0),  # third against the same bidder: flagged
    Story(60, "procurement", (("accept", 4, {}),), 2, 1),  # decision deadline near or passed
    Story(30, "tender", (("reject", 2, {"grounds": ["not_party"],
                                        "text": "投诉人不是所投诉招标投标活动的参与者"}),
                         ("answer", 3, {"method": "mail"})), 3, 2),
    Story(20, "land_mineral", (("transfer", 2, {
        "department": "滑县自然资源局", "text": "属土地出让事项，转自然资源部门办理"}),), 4, 3),
    Story(12, "tender", (("accept", 1, {}),
                         ("pause", 3, {"pause_kind": "suspension",
                                       "text": "等待公安机关对涉嫌串标线索的初查结果"}),), 1, 4),
    Story(1, "report", (), 2, 5),  # awaiting acceptance review
)


def _bidders(db: Database) -> list[tuple[str, str]]:
    with db.uow(readonly=True) as uow:
        return [tuple(row) for row in uow.session.execute(
            select(Entity.id, Entity.name).where(Entity.kind == "bidder",
                                                 Entity.deleted_at.is_(None))
            .order_by(Entity.name).limit(20))]


def _tell(db: Database, actor: Actor, story: Story, bidders: list[tuple[str, str]],
          today: date, rng: random.Random) -> None:
    received = today - timedelta(days=story.ago)
    project, code = PROJECTS[story.project % len(PROJECTS)]
    matter, request = MATTERS[rng.randrange(len(MATTERS))]
    complainant, contact = COMPLAINANTS[rng.randrange(len(COMPLAINANTS))]
    values: dict[str, Any] = {
        "case_type": story.case_type, "channel": rng.choice(("letter", "in_person", "online",
                                                             "phone", "email")),
        "received_on": received, "matter": matter, "request": request,
        "complainant": complainant, "complainant_contact": contact,
        "project_name": project, "project_code": code}
    if bidders:
        values["respondent_entity_id"] = bidders[story.respondent % len(bidders)][0]
    info = register_complaint(db, actor, values, today=received)
    for step, after, extra in story.steps:
        on = min(received + timedelta(days=after), today)
        if step == "transfer":
            extra = {**extra, "feedback_due": on + timedelta(days=15)}
        info = take_step(db, actor, info.id, step, {"on": on, **extra},
                         info.version, today=on)


def fill_complaints(db: Database, actor: Actor, size: str, progress: Progress | None) -> int:
    """Add the demonstration complaints once (none when the register already has some)."""
    with db.uow(actor, readonly=True) as uow:
        if uow.session.execute(select(func.count()).select_from(Complaint)).scalar_one():
            return 0
    bidders = _bidders(db)
    today = date.today()
    rng = random.Random(2026)
    stories = list(STORIES)
    if size == "large":
        stories += [_random_story(rng) for _ in range(LARGE_COUNT)]
    for done, story in enumerate(stories, start=1):
        _tell(db, actor, story, bidders, today, rng)
        if progress is not None and (done % 50 == 0 or done == len(stories)):
            progress.check_cancelled()
            progress.report(done, len(stories), tr("Adding complaints…"))
    with db.uow(actor) as uow:
        append_audit(uow.session, "demo", Complaint.__tablename__, "",
                     {"count": [None, len(stories)]})
        uow.commit()
    return len(stories)


def _random_story(rng: random.Random) -> Story:
    """A case from the last three years taken as far as a random point of its handling."""
    ago = rng.randrange(5, 3 * 365)
    full = (("accept", 2, {}),
            ("decide", 25, {"outcome": rng.choice(("upheld", "dismissed")),
                            "text": "经调查核实作出处理", "measures": "责令改正"}),
            ("answer", 27, {"method": "mail"}), ("archive", 30, {}))
    reachable = [step for step in full if step[1] <= ago]
    return Story(ago, rng.choice(("tender", "tender", "procurement", "report")),
                 tuple(reachable[:rng.randrange(len(reachable) + 1)]),
                 rng.randrange(len(PROJECTS)), rng.randrange(20))


register_demo_filler("complaints", fill_complaints)
