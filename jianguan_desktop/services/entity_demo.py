"""Demonstration market entities: the tenderers, bidders, agencies and experts of a county in 河南.

``small`` enters about forty through the ordinary service (audited, indexed by the flush hook);
``large`` writes 1,000,000 with bulk inserts and fills the search index the same way the hook does.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import (
    INSERT_INDEX_ROW,
    Entity,
    index_row,
    next_search_key,
    search_columns,
)
from jianguan_desktop.db.records import OFFICE_KEY, append_audit, take_change_seq
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.domain.entity_codes import (
    CREDIT_CHARSET,
    credit_check_character,
    id_check_character,
)
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.demo import register_demo_filler
from jianguan_desktop.services.entities import add_entity, check_values
from jianguan_desktop.services.progress import Progress

LARGE_COUNT = 1_000_000
BATCH = 20_000
SEED = 20260401

# 行政区划代码: 滑县, 安阳市 and its districts and counties, and other cities of 河南
COUNTY_AREA = "410526"
AREAS = ("410526", "410500", "410502", "410503", "410505", "410506", "410522", "410523",
         "410527", "410581", "410100", "410700", "410900", "410600", "410200", "411100")
TOWNS = ("道口", "城关", "白道口", "留固", "上官", "牛屯", "万古", "高平", "王庄", "老店",
         "枣村", "四间房", "八里营", "赵营", "大寨", "桑村", "老爷庙", "焦虎", "瓦岗寨",
         "半坡店", "慈周寨", "小铺")
CITIES = ("安阳", "滑县", "郑州", "新乡", "濮阳", "鹤壁", "开封", "洛阳", "商丘", "周口",
          "南阳", "信阳", "许昌", "漯河", "焦作", "中原", "豫北", "河南")
TRADE_WORDS = ("宏达", "华信", "金盛", "鑫源", "豫通", "瑞丰", "恒泰", "建业", "天成", "永安",
               "博远", "润泽", "鼎盛", "广厦", "兴旺", "盛世", "众诚", "新兴", "长城", "金桥",
               "远航", "德信", "同创", "正阳", "昌隆", "聚源", "宏图", "佳和", "汇丰", "安泰",
               "顺达", "明珠", "恒通", "万和", "景程", "诚信", "鸿运", "立新", "华宇", "泰和")
BUSINESSES = ("建设工程", "路桥工程", "水利工程", "建筑安装工程", "市政工程", "园林绿化工程",
              "电力工程", "装饰工程", "信息技术", "环保科技", "医疗器械", "办公设备", "商贸",
              "农业科技", "交通设施", "钢结构工程", "土石方工程", "消防工程")
AGENCY_BUSINESSES = ("工程咨询", "招标代理", "项目管理", "工程造价咨询", "建设监理")
SUFFIXES = ("有限公司", "有限责任公司", "集团有限公司", "股份有限公司")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "建国志强伟敏静丽军磊洋勇艳杰娟涛明超秀英华平刚桂兰玉红霞海燕文辉鹏飞晓东振宇雪梅"
# the county's own tenderers (机关 11, 事业单位 12): name, registration and category
TENDERERS = (
    ("滑县教育局", "11"), ("滑县交通运输局", "11"), ("滑县水利局", "11"),
    ("滑县住房和城乡建设局", "11"), ("滑县卫生健康委员会", "11"), ("滑县农业农村局", "11"),
    ("滑县自然资源局", "11"), ("滑县城市管理局", "11"), ("滑县人民医院", "12"),
    ("滑县中医院", "12"), ("滑县第一高级中学", "12"), ("滑县道口镇人民政府", "11"),
)
AGENCY_NAMES = ("河南中原招标代理有限公司", "安阳宏图工程咨询有限公司",
                "河南诚信建设项目管理有限公司", "滑县正阳招标代理有限公司")
EXPERT_NOTES = ("评标专家：房屋建筑工程", "评标专家：市政公用工程", "评标专家：水利水电工程",
                "评标专家：公路工程", "评标专家：政府采购货物", "评标专家：工程造价")


def credit_code(prefix: str, area: str, serial: int) -> str:
    """A valid 统一社会信用代码: ``prefix`` (登记管理部门 and 类别), area, a 9-character
    organisation code numbered from ``serial`` (distinct serials give distinct codes)."""
    chars = []
    for _ in range(9):
        serial, digit = divmod(serial, len(CREDIT_CHARSET))
        chars.append(CREDIT_CHARSET[digit])
    first17 = prefix + area + "".join(reversed(chars))
    return first17 + credit_check_character(first17)


def id_number(area: str, born: date, serial: int) -> str:
    """A valid 身份证号 of someone born on ``born`` (``serial`` 0–999 tells people apart)."""
    first17 = f"{area}{born:%Y%m%d}{serial % 1000:03d}"
    return first17 + id_check_character(first17)


def _person_name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def _company_name(rng: random.Random, businesses: tuple[str, ...] = BUSINESSES) -> str:
    place = rng.choice(CITIES if rng.random() < 0.8 else TOWNS)
    return place + rng.choice(TRADE_WORDS) + rng.choice(businesses) + rng.choice(SUFFIXES)


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"


def _born(rng: random.Random) -> date:
    return date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 38))


def small_entities(rng: random.Random) -> list[dict[str, Any]]:
    """About forty entities as a clerk would type them."""
    rows: list[dict[str, Any]] = []
    for serial, (name, prefix) in enumerate(TENDERERS, start=1):
        rows.append({"kind": "tenderer", "name": name, "address": "滑县道口镇",
                     "code": credit_code(prefix, COUNTY_AREA, 7_000_000 + serial),
                     "legal_representative": _person_name(rng),
                     "contact_person": _person_name(rng), "phone": _phone(rng)})
    names: set[str] = set()
    while len(names) < 16:
        names.add(_company_name(rng))
    for serial, name in enumerate(sorted(names), start=1):
        rows.append({"kind": "bidder", "name": name,
                     "code": credit_code("91", rng.choice(AREAS), 8_000_000 + serial),
                     "legal_representative": _person_name(rng),
                     "contact_person": _person_name(rng), "phone": _phone(rng),
                     "qualifications": "建筑工程施工总承包二级"})
    for serial, name in enumerate(AGENCY_NAMES, start=1):
        rows.append({"kind": "agency", "name": name,
                     "code": credit_code("91", rng.choice(AREAS), 9_000_000 + serial),
                     "legal_representative": _person_name(rng),
                     "contact_person": _person_name(rng), "phone": _phone(rng)})
    for serial in range(8):
        rows.append({"kind": "expert" if serial < 6 else "person", "name": _person_name(rng),
                     "code": id_number(rng.choice(AREAS), _born(rng), serial + 1),
                     "phone": _phone(rng),
                     "qualifications": EXPERT_NOTES[serial % len(EXPERT_NOTES)]})
    return rows


def _fill_small(db: Database, actor: Actor, progress: Progress | None) -> int:
    rows = small_entities(random.Random(SEED))
    with db.uow(actor) as uow:
        for done, values in enumerate(rows, start=1):
            add_entity(uow.session, check_values(values))
            if progress is not None:
                progress.check_cancelled()
                progress.report(done, len(rows), tr("Adding market entities…"))
        uow.commit()
    return len(rows)


def large_rows(count: int, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """``count`` (kind, name, code) with distinct codes: nine in ten companies."""
    for serial in range(count):
        share = rng.random()
        if share < 0.1:
            kind = "expert" if share < 0.03 else "person"
            born = date(1950, 1, 1) + timedelta(days=serial // 1000)
            yield kind, _person_name(rng), id_number(rng.choice(AREAS), born, serial)
        elif share < 0.15:
            yield ("agency", _company_name(rng, AGENCY_BUSINESSES),
                   credit_code("91", rng.choice(AREAS), serial))
        elif share < 0.2:
            yield ("tenderer", rng.choice(CITIES) + rng.choice(TRADE_WORDS) + "学校",
                   credit_code("12", rng.choice(AREAS), serial))
        else:
            yield "bidder", _company_name(rng), credit_code("91", rng.choice(AREAS), serial)


def bulk_insert_entities(session: Session, rows: Iterator[tuple[str, str, str]], count: int,
                         actor_name: str, progress: Progress | None = None) -> int:
    """Insert entities with executemany in batches, with their search columns and index rows
    as the flush hook of db/entities.py writes them, inside the caller's transaction."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    office = session.info.get(OFFICE_KEY) or ""
    now = utcnow()
    key = next_search_key(session)
    insert = Entity.__table__.insert()
    batch: list[dict[str, Any]] = []
    written = 0

    def flush() -> None:
        nonlocal key, written
        seq = take_change_seq(session, len(batch))
        for offset, row in enumerate(batch):
            row.update(change_seq=seq + offset, search_key=key + offset,
                       **search_columns(row["name"], row["code"]))
        connection.execute(insert, batch)
        if sqlite:
            connection.execute(INSERT_INDEX_ROW, [
                index_row(row["search_key"], row["id"], row["name"], row["code"])
                for row in batch])
        key += len(batch)
        written += len(batch)
        batch.clear()
        if progress is not None:
            progress.check_cancelled()
            progress.report(written, count, tr("Adding market entities…"))

    for kind, name, code in rows:
        batch.append({
            "id": str(uuid.uuid4()), "office_code": office, "number": None, "version": 1,
            "kind": kind, "name": name, "code": code,
            "code_kind": "id_number" if kind in ("expert", "person") else "credit_code",
            "legal_representative": "", "address": "", "contact_person": "", "phone": "",
            "qualifications": "", "remarks": "", "merged_into": None, "deleted_at": None,
            "deleted_by": None, "created_at": now, "created_by": actor_name,
            "updated_at": now, "updated_by": actor_name})
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return written


def fill_large_entities(db: Database, actor: Actor, progress: Progress | None,
                        count: int | None = None) -> int:
    """Write ``count`` generated entities in one transaction (the ``large`` demonstration:
    :data:`LARGE_COUNT`, read when called so that a test can make it smaller)."""
    count = LARGE_COUNT if count is None else count
    with db.uow(actor) as uow:
        session = uow.session
        written = bulk_insert_entities(session, large_rows(count, random.Random(SEED)), count,
                                       actor.username, progress)
        # one audit entry for the whole batch instead of one per row
        append_audit(session, "demo", Entity.__tablename__, "", {"count": written})
        uow.commit()
    return written


def fill_entities(db: Database, actor: Actor, size: str, progress: Progress | None) -> int:
    """Add the demonstration entities once (none when the register already holds some)."""
    with db.uow(actor, readonly=True) as uow:
        if uow.session.execute(select(func.count()).select_from(Entity)).scalar_one():
            return 0
    if size == "large":
        return fill_large_entities(db, actor, progress)
    return _fill_small(db, actor, progress)


register_demo_filler("entities", fill_entities)
