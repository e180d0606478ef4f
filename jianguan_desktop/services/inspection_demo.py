"""Demonstration data of 双随机、一公开 for 滑县: the 抽查事项清单 with real legal bases,
inspectors of several departments, objects (projects and demonstration entities), and this
year's plan with its batches at every stage (drawn, inspected, published; publication overdue;
redrawn and under inspection; planned).

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
from jianguan_desktop.db.inspections import InspectionItem, InspectionPlan
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import AuthenticationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import inspection_plans as plans
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.demo import DEMO_PASSWORD, register_demo_filler
from jianguan_desktop.services.inspection_directory import (
    add_item,
    check_inspector,
    check_item,
    check_object,
    save_inspector,
    save_object,
)
from jianguan_desktop.services.inspection_results import (
    publish_batch,
    record_result,
    results_of_batch,
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


# --- plans, draws, results and publications ---------------------------------------------------

#: Days before today on which the demonstration year's story starts (the first draw).
STORY_DAYS = 150
PUBLISH_CHANNEL = "全国公共资源交易平台（河南省）滑县分平台“双随机、一公开”专栏"
DRAW_PLACE = "滑县公共资源交易监督管理办公室三楼会议室"
WITNESSES = "县纪委监委派驻纪检组 刘振宇\n县发展和改革委员会 高雪梅"

# (title, item code, object kind, industry, departments, first day, last day: after the start)
BATCHES: tuple[tuple[str, str, str, str, str, int, int], ...] = (
    ("第一批 房屋建筑工程招标投标活动", "SJ-GC-01", "project", "房屋建筑",
     "滑县住房和城乡建设局\n滑县公共资源交易监督管理办公室", 0, 40),
    ("第二批 市政工程招标投标及合同履约", "SJ-GC-02", "project", "市政工程",
     "滑县住房和城乡建设局\n滑县城市管理局", 60, 100),
    ("第三批 招标代理机构代理行为（联合检查）", "SJ-DL-01", "agency", "",
     "滑县公共资源交易监督管理办公室\n滑县住房和城乡建设局\n滑县财政局", 125, 170),
    ("第四批 政府采购活动合规性", "SJ-CG-01", "project", "政府采购",
     "滑县财政局\n滑县公共资源交易监督管理办公室", 175, 215),
)

FINDINGS_CLEAN = ("招标文件、开标评标记录和合同资料齐全，程序合规，未发现问题。",
                  "交易过程资料完整，评标委员会组建和评审程序符合规定，未发现问题。")
PROBLEMS: tuple[tuple[str, list[str], str], ...] = (
    ("招标文件设置的业绩条件与项目规模不相适应，存在以不合理条件限制投标人的情形。",
     ["rectify"], "已下达整改通知书，限期15日内整改完毕并报送整改情况。"),
    ("项目负责人未按投标承诺到岗履职，现场管理人员与投标文件不一致。",
     ["rectify", "penalty"], "责令整改，并依照《招标投标法实施条例》第七十二条予以处罚。"),
)


def _story_start(today: date) -> date:
    return today - timedelta(days=STORY_DAYS)


def _people(db: Database) -> tuple[Actor, Actor] | None:
    """The demonstration 负责人 and clerk (made by the demo's first step), logged in."""
    try:
        return (authenticate(db, "lijianguo", DEMO_PASSWORD),
                authenticate(db, "zhangmin", DEMO_PASSWORD))
    except AuthenticationError:  # their passwords were changed: no demonstration plan
        return None


def _close(db: Database, clerk: Actor, result_ids: list[str], inspected: date, closed: date,
           problems: int, rng: random.Random) -> None:
    for index, result_id in enumerate(result_ids):
        values: dict[str, Any] = {
            "method": rng.choice(("onsite", "written", "onsite", "network")),
            "inspected_on": inspected + timedelta(days=index % 3), "closed_on": closed,
            "findings": rng.choice(FINDINGS_CLEAN), "problem": False}
        if index < problems:
            findings, handling, note = PROBLEMS[index % len(PROBLEMS)]
            values |= {"findings": findings, "problem": True, "handling": handling,
                       "handling_note": note}
        record_result(db, clerk, result_id, values, today=closed)


def fill_plans(db: Database, actor: Actor, size: str, progress: Progress | None) -> int:
    """This year's plan with four batches at every stage: the first drawn, inspected and
    published; the second completed and its publication overdue; the third redrawn (the
    first draw kept with its reason) and under inspection; the fourth still planned."""
    with db.uow(actor, readonly=True) as uow:
        if uow.session.execute(select(func.count()).select_from(InspectionPlan)).scalar_one():
            return 0
        items = {row.code: row.id for row in uow.session.execute(
            select(InspectionItem).where(InspectionItem.deleted_at.is_(None))).scalars()}
    people = _people(db)
    if people is None or not all(code in items for _t, code, *_rest in BATCHES):
        return 0
    head, clerk = people
    rng = random.Random(SEED + 1)
    start = _story_start(date.today())
    year = start.year
    plan = plans.create_plan(db, clerk, {
        "year": year, "title": f"滑县{year}年度公共资源交易领域“双随机、一公开”抽查工作计划",
        "remarks": "按照“进一次门、查多项事”的要求，能联合检查的批次由牵头部门组织联合抽查。"})
    batches = []
    for title, code, kind, industry, departments, first, last in BATCHES:
        batches.append(plans.add_batch(db, clerk, plan.id, {
            "title": title, "item_ids": [items[code]], "object_kind": kind,
            "industry": industry, "departments": departments,
            "window_from": start + timedelta(days=first),
            "window_to": start + timedelta(days=last)}))
    plans.approve_plan(db, head, plan.id, on=start - timedelta(days=10))

    def draw(batch_id: str, day: date, seed: str) -> list[str]:
        plans.run_draw(db, clerk, batch_id, {"seed": seed, "drawn_on": day,
                                              "witnesses": WITNESSES, "place": DRAW_PLACE},
                       today=day)
        return [result.id for result in results_of_batch(db, clerk, batch_id)]

    first, second, third = batches[0], batches[1], batches[2]
    # 1: drawn, inspected, closed and published in time
    found = draw(first.id, start, f"{start:%Y%m%d}-0930")
    _close(db, clerk, found, start + timedelta(days=14), start + timedelta(days=21), 2, rng)
    publish_batch(db, clerk, first.id, {"published_on": start + timedelta(days=30),
                                        "channel": PUBLISH_CHANNEL},
                  today=start + timedelta(days=30))
    # 2: completed two months ago, publication overdue (shown on the home page)
    day = start + timedelta(days=60)
    found = draw(second.id, day, f"{day:%Y%m%d}-1000")
    _close(db, clerk, found, day + timedelta(days=12), day + timedelta(days=20), 1, rng)
    # 3: drawn, redrawn for a reason (the first kept), some results recorded so far
    day = start + timedelta(days=125)
    drawn = draw(third.id, day, f"{day:%Y%m%d}-0900")
    with db.uow(clerk, readonly=True) as uow:
        first_draw = plans.valid_draw(uow.session, third.id)
        first_id = first_draw.id if first_draw is not None else ""
    if drawn and first_id:
        plans.redraw(db, clerk, first_id, {
            "seed": f"{day:%Y%m%d}-0915", "drawn_on": day, "witnesses": WITNESSES,
            "place": DRAW_PLACE,
            "reason": "抽取开始时派驻纪检组见证人尚未到场，经负责人同意，见证人到场后重新抽取。"},
            today=day)
        found = [result.id for result in results_of_batch(db, clerk, third.id)]
        _close(db, clerk, found[:-1][:2], day + timedelta(days=10), day + timedelta(days=14),
               0, rng)  # at least one stays open: the batch is under inspection
    if progress is not None:
        progress.report(1, 1, tr("Adding inspection plans…"))
    return len(batches)


register_demo_filler("inspection_plans", fill_plans)
