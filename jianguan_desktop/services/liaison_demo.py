"""Demonstration liaison directory and joint meetings of 滑县: fifteen member units (the office
convening) with their 责任领导 and 联络员, a liaison changed three times (one change reported
late), a vacant post, two regular meetings and one extra meeting with their decisions and
follow-up tasks (done, open, overdue), and the next meeting planned.

Made through the services (real numbers, real audit entries); every date falls before the day
the demonstration is made, except the meeting planned.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.liaison import MemberUnit
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import meetings as mt
from jianguan_desktop.services.demo import register_demo_filler
from jianguan_desktop.services.progress import Progress

SEED = 20261206

# (name, kind, the leader's post, the liaison's post)
UNITS: tuple[tuple[str, str, str, str], ...] = (
    ("滑县公共资源交易监督管理办公室", "supervision", "主任", "综合股股长"),
    ("滑县发展和改革委员会", "supervision", "副主任", "法规股股长"),
    ("滑县住房和城乡建设局", "supervision", "副局长", "建筑市场监管股股长"),
    ("滑县交通运输局", "supervision", "副局长", "建设管理股科员"),
    ("滑县水利局", "supervision", "副局长", "建设与管理股股长"),
    ("滑县农业农村局", "supervision", "副局长", "农田建设股科员"),
    ("滑县自然资源局", "supervision", "副局长", "土地利用股股长"),
    ("滑县财政局", "supervision", "副局长", "政府采购股股长"),
    ("中共滑县纪律检查委员会 滑县监察委员会", "discipline", "副书记", "第三纪检监察室主任"),
    ("滑县审计局", "audit", "副局长", "投资审计股股长"),
    ("滑县公安局", "police", "副局长", "经济犯罪侦查大队副大队长"),
    ("滑县人民检察院", "procuratorate", "副检察长", "第二检察部检察官助理"),
    ("滑县人民法院", "court", "副院长", "研究室科员"),
    ("滑县公共资源交易中心", "trading_center", "主任", "交易服务部主任"),
    ("滑县营商环境服务中心", "business", "副主任", "综合科科员"),
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董"
GIVEN = ("建国", "志强", "海燕", "振宇", "晓东", "丽娟", "红霞", "文辉", "鹏飞", "雪梅", "国庆",
         "永刚", "春华", "秀兰", "卫东", "立新", "玉梅", "明亮", "亚楠", "思远")
PLACE = "滑县公共资源交易监督管理办公室三楼会议室"
MINUTES = ("会议听取了各成员单位工作情况汇报，对存在的问题进行了认真研究，形成如下议定事项。")


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3579") + "".join(rng.choice("0123456789") for _ in range(9))


def _person(rng: random.Random, post: str, unit_no: int, decided: date,
            reported: date | None = None) -> dict[str, Any]:
    return {"name": _name(rng), "post": post, "mobile": _mobile(rng),
            "office_phone": f"0372-81{unit_no:02d}{rng.randint(100, 999)}",
            "email": "", "decided_on": decided, "reported_on": reported or decided}


def _half(day: date) -> str:
    return f"{day.year}年{'上' if day.month <= 6 else '下'}半年"


def fill_liaison(db: Database, actor: Actor, size: str, progress: Progress | None) -> int:
    """Add the demonstration directory and meetings once (none when units exist already)."""
    with db.uow(actor, readonly=True) as uow:
        if uow.session.execute(select(func.count()).select_from(MemberUnit)).scalar_one():
            return 0
    rng = random.Random(SEED)
    today = date.today()
    start = today - timedelta(days=420)
    units = []
    for index, (name, kind, leader_post, liaison_post) in enumerate(UNITS, start=1):
        unit = li.create_unit(db, actor, {
            "name": name, "kind": kind, "convener": index == 1, "sort_order": index,
            "duty_phone": f"0372-81{index:02d}000", "fax": f"0372-81{index:02d}001",
            "address": "河南省安阳市滑县道口镇" + rng.choice(("文明路", "人民路", "新区大道")) +
                       f"{rng.randint(1, 300)}号"})
        units.append(unit)
        li.record_change(db, actor, unit.id, "leader", _person(rng, leader_post, index, start),
                         today=start)
        if index != 13:  # 法院's liaison left: vacant below
            li.record_change(db, actor, unit.id, "liaison",
                             _person(rng, liaison_post, index, start), today=start)
    # 住建局's liaison changed three times; the third change reached the office late
    housing = units[2]
    for days, late in ((120, 0), (260, 0), (380, 6)):
        decided = start + timedelta(days=days)
        li.record_change(db, actor, housing.id, "liaison",
                         _person(rng, "建筑市场监管股科员", 3, decided,
                                 decided + timedelta(days=1 + late)),
                         today=decided + timedelta(days=1 + late))
    court = units[12]
    li.record_change(db, actor, court.id, "liaison", {
        "vacant": True, "decided_on": today - timedelta(days=20),
        "remarks": "原联络员调任，新联络员待定"}, today=today - timedelta(days=19))
    li.add_duty(db, actor, units[2].id, {
        "matter": "房屋建筑和市政基础设施工程招标投标活动的监督管理",
        "basis": "《中华人民共和国招标投标法实施条例》第四条", "department": "建筑市场监管股"})
    li.add_duty(db, actor, units[7].id, {
        "matter": "政府采购活动的监督管理，受理政府采购投诉",
        "basis": "《中华人民共和国政府采购法》第十三条", "department": "政府采购股"})
    li.add_duty(db, actor, units[10].id, {
        "matter": "侦办公共资源交易领域移送的涉嫌犯罪案件线索",
        "basis": "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）",
        "department": "经侦大队"})
    made = _meetings(db, actor, units, today)
    if progress is not None:
        progress.report(1, 1, "")
    return len(units) + made


def _meetings(db: Database, actor: Actor, units: list[li.UnitInfo], today: date) -> int:
    attendees = [person.id for row in li.directory_on(db, actor, today - timedelta(days=170)).rows
                 for person in (row.leader, row.liaison) if person is not None]
    office = units[0]
    first_day, second_day, extra_day = (today - timedelta(days=days) for days in (350, 170, 80))
    held = []
    for day, kind, title, agenda in (
            (first_day, "regular", f"{_half(first_day)}公共资源交易监管工作联席会议",
             "一、通报公共资源交易监管工作情况\n二、研究部署下一阶段“双随机、一公开”联合抽查\n"
             "三、协调解决招标投标投诉处理中的问题"),
            (second_day, "regular", f"{_half(second_day)}公共资源交易监管工作联席会议",
             "一、通报上半年监督检查和投诉处理情况\n二、研究围标串标案件移送衔接机制\n"
             "三、审议年度抽查工作计划执行情况"),
            (extra_day, "extra", "工程建设项目围标串标问题专题会议",
             "一、通报近期发现的疑似围标串标线索\n二、研究联合调查和案件移送工作")):
        held.append(mt.create_meeting(db, actor, {
            "kind": kind, "title": title, "held_on": day, "place": PLACE,
            "convened_by": office.id, "presided_by": "县公管办主任", "attendees": attendees,
            "agenda": agenda,
            "minutes": MINUTES},
            today=day))
    plans = (
        (held[0], "联合开展工程建设项目招标投标“双随机、一公开”抽查",
         [(units[2], "牵头制定联合抽查实施方案", 30, "已制定方案并印发各成员单位")]),
        (held[0], "规范投诉线索移送，建立案件移送台账",
         [(units[10], "明确涉嫌犯罪案件线索接收联系人", 20, "已明确经侦大队联系人"),
          (units[8], "对移送问题线索跟踪问效", 60, "已建立跟踪台账")]),
        (held[1], "加强评标专家和招标代理机构管理",
         [(units[13], "开展评标专家履职情况季度评价", 45, "")]),
        (held[1], "审计发现的公共资源交易问题线索及时移交",
         [(units[9], "梳理近两年审计发现的问题线索并移交", 200, "")]),
        (held[2], "对疑似围标串标项目开展联合调查",
         [(units[2], "调取相关项目投标文件并比对", 15, "已完成比对，形成调查报告"),
          (units[10], "对涉嫌串通投标线索开展初查", 100, "")]),
    )
    for meeting, decision, tasks in plans:
        base = meeting.held_on or today
        mt.add_decision(db, actor, meeting.id, decision, [
            {"text": text, "owner_unit_id": unit.id, "due_on": base + timedelta(days=days)}
            for unit, text, days, _outcome in tasks])
    for task in mt.open_tasks(db, actor, today):
        outcome = next((outcome for _m, _d, tasks in plans for _u, text, _days, outcome in tasks
                        if text == task.text), "")
        if outcome and task.due_on <= today:
            mt.close_task(db, actor, task.id, {"done_on": task.due_on - timedelta(days=3),
                                               "outcome": outcome}, today=today)
    planned_day = today + timedelta(days=12)
    mt.create_meeting(db, actor, {
        "title": f"{_half(planned_day)}公共资源交易监管工作联席会议", "planned_on": planned_day,
        "place": PLACE, "convened_by": office.id,
        "agenda": "一、通报全年公共资源交易监管工作情况\n二、研究下一年度监管工作计划"},
        today=today)
    return len(held) + 1


register_demo_filler("liaison", fill_liaison)
