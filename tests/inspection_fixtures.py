"""A small 双随机 directory for the inspection tests: items, inspectors and graded projects.

``build_directory`` writes them straight through the models (the directory services have
their own tests); ``approved_batch`` adds an approved plan with one batch over the projects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

YEAR = 2026
GRADE_OF = ("A", "B", "B", "C", "C", "C", "D", "D")  # the projects' winners' grades


@dataclass(frozen=True)
class Directory:
    """What ``build_directory`` made: item ids, inspector ids, object ids by code."""

    general_item: str
    key_item: str
    inspectors: tuple[str, ...]
    objects: dict[str, str]


def build_directory(db: Any, actor: Any, *, projects: int = 24, inspectors: int = 8,
                    agencies: int = 0) -> Directory:
    """Two items, ``inspectors`` people of four units with the specialty 房屋建筑, and
    ``projects`` completed projects of 房屋建筑 whose winners are graded A–D in turn."""
    from jianguan_desktop.db.entities import Entity
    from jianguan_desktop.db.inspections import InspectionItem, InspectionObject, Inspector
    from jianguan_desktop.services.credit_grades import add_grade

    with db.uow(actor) as uow:
        session = uow.session
        general = InspectionItem(name="招标投标活动监督检查", item_type="general", ratio_cap=100,
                                 basis="《招标投标法》第七条", department="县住建局",
                                 content="招标文件、开标评标定标", method="书面检查",
                                 object_kind="project", industry="房屋建筑")
        key = InspectionItem(name="代理机构从业行为检查", item_type="key",
                             basis="《招标投标法实施条例》第十三条", department="县发改委",
                             content="代理合同、档案", object_kind="agency")
        session.add_all([general, key])
        units = ("县住建局", "县水利局", "县交通局", "县发改委")
        people = [Inspector(name=f"检查员{n:02d}", unit=units[n % 4],
                            cert_number=f"豫执{n:05d}", specialties="房屋建筑\n代理机构",
                            status="active") for n in range(inspectors)]
        session.add_all(people)
        objects: dict[str, InspectionObject] = {}
        for n in range(projects):
            winner = Entity(kind="bidder", code_kind="credit_code", code=f"9141052{n:011d}",
                            name=f"滑县第{n + 1}建筑有限公司")
            session.add(winner)
            session.flush()
            add_grade(session, winner.id, GRADE_OF[n % len(GRADE_OF)], date(YEAR, 1, 2),
                      "2025年度信用评价")
            objects[f"XM{n:03d}"] = InspectionObject(
                kind="project", entity_id=winner.id, name=f"滑县第{n + 1}号工程",
                code=f"XM{n:03d}", unit="县教育局", industry="房屋建筑", risk=1 + n % 3,
                tenderer_name="县教育局", winner_name=winner.name,
                agency_name="河南中信招标有限公司" if n % 2 else "",
                completed_on=date(YEAR, 1 + n % 10, 10))
        for n in range(agencies):
            objects[f"DL{n:03d}"] = InspectionObject(
                kind="agency", name=f"河南第{n + 1}招标代理有限公司", code=f"DL{n:03d}",
                unit=f"河南第{n + 1}招标代理有限公司", risk=2, active_year=YEAR)
        session.add_all(objects.values())
        uow.flush()
        made = Directory(general.id, key.id, tuple(person.id for person in people),
                         {code: row.id for code, row in objects.items()})
        uow.commit()
    return made


def approved_batch(db: Any, actor: Any, directory: Directory, **batch: Any) -> Any:
    """An approved 2026 plan with one batch (values ``batch`` over the defaults); its
    BatchInfo."""
    from jianguan_desktop.services import inspection_plans as plans

    plan = plans.create_plan(db, actor, {"year": YEAR, "title": "2026年度双随机抽查工作计划"})
    values = {"title": "第一批 房屋建筑工程招标投标", "item_ids": [directory.general_item],
              "departments": "县住建局\n县发改委", "object_kind": "project",
              "window_from": date(YEAR, 3, 1), "window_to": date(YEAR, 4, 30), **batch}
    made = plans.add_batch(db, actor, plan.id, values)
    plans.approve_plan(db, actor, plan.id, on=date(YEAR, 2, 20))
    return plans.get_batch(db, actor, made.id)
