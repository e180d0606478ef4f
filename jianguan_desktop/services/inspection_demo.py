"""Demonstration directories of 双随机、一公开 for 滑县: the 抽查事项清单 with real legal bases,
inspectors of several departments, and objects (projects and demonstration entities).

Deterministic (seeded). ``small``: eight items, thirty inspectors, about 120 objects: the
county's projects completed last year and this year across the industries, and agencies,
bidders, tenderers and experts made from the entity demo (run after it: ``services/registers.py``
loads this module after ``entity_demo``). ``large``: :data:`LARGE_COUNT` more projects.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.inspections import InspectionItem
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.demo import register_demo_filler
from jianguan_desktop.services.inspection_directory import (
    add_item,
    check_inspector,
    check_item,
    check_object,
    save_inspector,
    save_object,
)
from jianguan_desktop.services.inspections import industry_names
from jianguan_desktop.services.progress import Progress

SEED = 20260601
LARGE_COUNT = 3000
PROJECT_COUNT = 88
# industries by their place in services.inspections.industry_names()
HOUSING, MUNICIPAL, WATER, TRANSPORT, PROCUREMENT, LAND, STATE_PROPERTY = range(7)

TOWNS = ("道口", "城关", "白道口", "留固", "上官", "牛屯", "万古", "高平", "王庄", "老店", "枣村",
         "八里营", "赵营", "大寨", "桑村", "焦虎", "瓦岗寨", "半坡店", "慈周寨", "小铺")
SCHOOLS = ("第一高级中学", "第二高级中学", "实验小学", "职业中等专业学校", "道口镇中心小学",
           "城关镇第一初级中学")
ROADS = ("文明路", "人民路", "新区大道", "长安路", "白马路", "西环路", "东环路", "金堤路")
RIVERS = ("金堤河", "大功河", "柳青河", "黄庄河", "浚内沟")
GOODS = ("办公设备", "医疗设备", "教学仪器", "信息化设备", "物业管理服务", "公务用车",
         "校园安保服务", "图书")
BUYERS = ("滑县人民医院", "滑县中医院", "滑县教育局", "滑县卫生健康委员会", "滑县第一高级中学",
          "滑县农业农村局")

# (industry, name pattern, number prefix, trade type, tenderers, amount range in 10,000 yuan)
PROJECT_KINDS: tuple[tuple[int, str, str, str, tuple[str, ...], tuple[int, int]], ...] = (
    (HOUSING, "滑县{school}教学楼建设项目", "HX", "construction",
     ("滑县教育局", "滑县第一高级中学"), (600, 4200)),
    (HOUSING, "滑县{town}镇卫生院综合楼建设项目", "HX", "construction",
     ("滑县卫生健康委员会",), (300, 1800)),
    (HOUSING, "滑县{town}镇老旧小区改造项目", "HX", "construction",
     ("滑县住房和城乡建设局",), (200, 2600)),
    (MUNICIPAL, "滑县{town}镇污水管网改造工程", "HX", "construction",
     ("滑县住房和城乡建设局", "滑县城市管理局"), (150, 3200)),
    (MUNICIPAL, "滑县城区{road}道路提升改造工程", "HX", "construction",
     ("滑县城市管理局",), (400, 5600)),
    (WATER, "滑县{town}镇高标准农田建设项目", "HX", "construction",
     ("滑县农业农村局",), (300, 3800)),
    (WATER, "滑县{river}河道综合治理工程", "HX", "construction", ("滑县水利局",), (500, 6800)),
    (TRANSPORT, "滑县{town}至{town2}公路改建工程", "HX", "construction",
     ("滑县交通运输局",), (800, 9600)),
    (PROCUREMENT, "{buyer}{goods}采购项目", "HXCG", "procurement", BUYERS, (20, 900)),
    (LAND, "滑县{town}镇{serial}号地块国有建设用地使用权挂牌出让", "HXTD", "land_mineral",
     ("滑县自然资源局",), (300, 8000)),
    (STATE_PROPERTY, "{buyer}闲置房产租赁权转让", "HXCQ", "state_assets",
     ("滑县机关事务服务中心",), (5, 120)),
)

# (name, code, type, cap, basis, department, content, method, object kind, industry)
ITEMS: tuple[tuple[str, str, str, int | None, str, str, str, str, str, int | None], ...] = (
    ("依法必须招标的工程建设项目招标投标活动检查", "SJ-GC-01", "general", 20,
     "《中华人民共和国招标投标法》第七条；《中华人民共和国招标投标法实施条例》第四条",
     "滑县住房和城乡建设局", "招标方式、招标公告发布、资格审查、开标、评标、定标和合同订立情况",
     "书面检查、实地核查", "project", HOUSING),
    ("市政工程项目招标投标及合同履约检查", "SJ-GC-02", "general", 20,
     "《中华人民共和国招标投标法》第七条、第四十六条；《中华人民共和国招标投标法实施条例》"
     "第五十七条", "滑县住房和城乡建设局", "招标投标程序、中标合同与招标文件的一致性、转包违法分包",
     "书面检查、实地核查", "project", MUNICIPAL),
    ("水利工程建设项目招标投标活动检查", "SJ-SL-01", "general", 20,
     "《中华人民共和国招标投标法》；《水利工程建设项目招标投标管理规定》（水利部令第14号）",
     "滑县水利局", "招标、开标、评标、定标及项目负责人到岗履职情况", "书面检查、实地核查",
     "project", WATER),
    ("政府采购活动合规性检查", "SJ-CG-01", "general", 15,
     "《中华人民共和国政府采购法》第五十九条；《中华人民共和国政府采购法实施条例》第六十二条",
     "滑县财政局", "采购方式、采购文件、评审过程、采购结果公告和合同签订公告", "网络监测、书面检查",
     "project", PROCUREMENT),
    ("招标代理机构代理行为检查", "SJ-DL-01", "key", None,
     "《中华人民共和国招标投标法》第十三条、第五十条；《中华人民共和国招标投标法实施条例》"
     "第十三条、第六十五条", "滑县公共资源交易监督管理办公室",
     "代理合同、招标文件编制、保证金收退、档案管理和从业人员情况", "书面检查", "agency", None),
    ("投标人投标行为检查", "SJ-TB-01", "general", 10,
     "《中华人民共和国招标投标法》第三十二条、第三十三条；《中华人民共和国招标投标法实施条例》"
     "第三十九条至第四十二条", "滑县公共资源交易监督管理办公室",
     "串通投标、弄虚作假、以他人名义投标等行为", "网络监测、书面检查", "bidder", None),
    ("评标专家评标行为检查", "SJ-ZJ-01", "key", None,
     "《中华人民共和国招标投标法实施条例》第四十九条；《评标专家和评标专家库管理暂行办法》"
     "（国家发展计划委员会令第29号）", "滑县公共资源交易监督管理办公室",
     "评标纪律、评审意见、回避情况及专家劳务报酬", "网络监测、书面检查", "expert", None),
    ("国有建设用地使用权出让交易检查", "SJ-TD-01", "general", 15,
     "《招标拍卖挂牌出让国有建设用地使用权规定》（国土资源部令第39号）",
     "滑县自然资源局", "出让公告、竞买资格审查、交易过程和成交确认", "书面检查", "project", LAND),
)

# (unit, specialties by industry index, how many inspectors)
UNITS: tuple[tuple[str, tuple[int, ...], int], ...] = (
    ("滑县住房和城乡建设局", (HOUSING, MUNICIPAL), 6),
    ("滑县城市管理局", (MUNICIPAL,), 3),
    ("滑县水利局", (WATER,), 4),
    ("滑县交通运输局", (TRANSPORT,), 3),
    ("滑县财政局", (PROCUREMENT,), 4),
    ("滑县自然资源局", (LAND,), 3),
    ("滑县公共资源交易监督管理办公室", (HOUSING, PROCUREMENT, STATE_PROPERTY), 5),
    ("滑县发展和改革委员会", (HOUSING, TRANSPORT), 2),
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕"
GIVEN = "建国志强伟敏静丽军磊洋勇艳杰娟涛明超秀英华平刚桂兰玉红霞海燕文辉鹏飞晓东振宇雪梅"
ENTITY_LIMITS = {"agency": 4, "bidder": 16, "tenderer": 8, "expert": 6}


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"


def demo_items(industries: list[str]) -> list[dict[str, Any]]:
    """The eight items of the demonstration list."""
    return [{"name": name, "code": code, "item_type": kind, "ratio_cap": cap, "basis": basis,
             "department": department, "content": content, "method": method,
             "object_kind": object_kind,
             "industry": "" if industry is None else industries[industry]}
            for (name, code, kind, cap, basis, department, content, method, object_kind,
                 industry) in ITEMS]


def demo_inspectors(rng: random.Random, industries: list[str],
                    companies: list[str]) -> list[dict[str, Any]]:
    """Thirty inspectors of the county's departments; a few suspended or gone, some with a
    declared relationship to a company or a project they must stay away from."""
    rows: list[dict[str, Any]] = []
    names: set[str] = set()
    for unit, specialties, count in UNITS:
        for _ in range(count):
            name = _person(rng)
            while name in names:
                name = _person(rng)
            names.add(name)
            serial = len(rows) + 1
            row = {"name": name, "unit": unit, "cert_number": f"豫A0526{serial:03d}",
                   "specialties": "\n".join(industries[index] for index in specialties),
                   "phone": _phone(rng), "status": "active"}
            if serial % 11 == 0:
                row["status"] = "suspended"
            elif serial % 13 == 0:
                row["status"] = "left"
            if companies and serial % 5 == 0:
                row["related"] = rng.choice(companies)
            if serial % 7 == 0:
                row["recused"] = f"HX-{date.today().year - 1}-{serial:04d}"
            rows.append(row)
    return rows


def demo_projects(rng: random.Random, industries: list[str], count: int, today: date,
                  agencies: list[str], winners: list[tuple[str, str]],
                  serial_from: int = 1) -> list[dict[str, Any]]:
    """``count`` projects completed last year and this year (a few still under way)."""
    rows = []
    start = date(today.year - 1, 1, 1)
    span = (today - start).days
    for serial in range(serial_from, serial_from + count):
        industry, pattern, prefix, trade_type, tenderers, (low, high) = rng.choice(PROJECT_KINDS)
        town, town2 = rng.sample(TOWNS, 2)
        name = pattern.format(school=rng.choice(SCHOOLS), town=town, town2=town2,
                              road=rng.choice(ROADS), river=rng.choice(RIVERS),
                              buyer=rng.choice(BUYERS), goods=rng.choice(GOODS),
                              serial=rng.randrange(1, 40))
        opened = start + timedelta(days=rng.randrange(max(1, span - 30)))
        completed: date | None = opened + timedelta(days=rng.randrange(20, 240))
        if completed is not None and completed > today:
            completed = None  # still under way: not yet in a pool
        row: dict[str, Any] = {
            "kind": "project", "name": name, "code": f"{prefix}-{opened.year}-{serial:04d}",
            "industry": industries[industry], "trade_type": trade_type,
            "risk": rng.choices((1, 2, 3), weights=(3, 5, 2))[0],
            "amount": rng.randrange(low, high) * 10_000, "tenderer_name": rng.choice(tenderers),
            "agency_name": rng.choice(agencies) if agencies else "",
            "opened_on": opened, "completed_on": completed,
            "lot": rng.choice(("", "", "", "一标段", "二标段"))}
        if winners and trade_type in ("construction", "procurement"):
            row["entity_id"], row["winner_name"] = rng.choice(winners)
        rows.append(row)
    return rows


def _entities(session: Session) -> dict[str, list[tuple[str, str]]]:
    """Some live demonstration entities of each kind inspected: (id, name)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for kind, limit in ENTITY_LIMITS.items():
        found[kind] = [(entity_id, name) for entity_id, name in session.execute(
            select(Entity.id, Entity.name).where(Entity.kind == kind,
                                                 Entity.deleted_at.is_(None))
            .order_by(Entity.name).limit(limit))]
    return found


def demo_entity_objects(rng: random.Random, industries: list[str], today: date,
                        found: dict[str, list[tuple[str, str]]]) -> list[dict[str, Any]]:
    """The entities inspected: every agency (active this year or last), bidders, tenderers
    and experts, each with an industry and a risk level."""
    rows = []
    for kind, entities in found.items():
        for entity_id, _name in entities:
            row: dict[str, Any] = {"kind": kind, "entity_id": entity_id,
                                   "industry": industries[rng.choice((HOUSING, MUNICIPAL,
                                                                      WATER, PROCUREMENT))],
                                   "risk": rng.choices((1, 2, 3), weights=(3, 5, 2))[0]}
            if kind == "agency":
                row["active_year"] = today.year - rng.choice((0, 0, 1))
            if kind == "expert":
                row["unit"] = rng.choice(("河南省建筑设计研究院", "安阳工学院",
                                          "滑县建筑设计院", "濮阳市水利勘测设计院"))
            rows.append(row)
    return rows


def fill_directory(db: Database, actor: Actor, size: str, progress: Progress | None) -> int:
    """Add the demonstration directories once (none when the item list already has some)."""
    with db.uow(actor, readonly=True) as uow:
        if uow.session.execute(select(func.count()).select_from(InspectionItem)).scalar_one():
            return 0
    rng = random.Random(SEED)
    today = date.today()
    industries = industry_names()
    made = 0
    with db.uow(actor) as uow:
        session = uow.session
        found = _entities(session)
        for values in demo_items(industries):
            add_item(session, check_item(values))
        companies = [name for _id, name in found["bidder"]]
        for values in demo_inspectors(rng, industries, companies):
            save_inspector(session, check_inspector(values))
            session.flush()
        objects = demo_entity_objects(rng, industries, today, found)
        agencies = [name for _id, name in found["agency"]]
        count = PROJECT_COUNT + (LARGE_COUNT if size == "large" else 0)
        objects += demo_projects(rng, industries, count, today, agencies, found["bidder"])
        for done, values in enumerate(objects, start=1):
            save_object(session, check_object(values))
            if done % 200 == 0 or done == len(objects):
                session.flush()
                if progress is not None:
                    progress.check_cancelled()
                    progress.report(done, len(objects), tr("Adding objects of inspection…"))
        made = len(ITEMS) + sum(count for _unit, _s, count in UNITS) + len(objects)
        append_audit(session, "demo", "inspection_objects", "", {"count": [None, made]})
        uow.commit()
    return made


register_demo_filler("inspection_directory", fill_directory)
