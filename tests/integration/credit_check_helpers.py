"""Shared steps of the credit check, CLI and forms tests: register, propose, notify and list an
entity; write an entry as the city sends it down; log a clerk in."""

from __future__ import annotations

from datetime import date

from jianguan_desktop.db.credit import CreditEntry
from jianguan_desktop.db.ownership import foreign_writes
from jianguan_desktop.db.records import next_number
from jianguan_desktop.services import credit_lists
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.users import add_user

HUAXIN = "91350100M000100Y43"
HUAXIN_NAME = "滑县华信建筑工程有限公司"
PERSON_ID = "410526198001010010"
PERSON_NAME = "张建国"
CITY_CODE = "91410100MA4000003W"
CITY_NAME = "安阳市宏达监理咨询有限公司"
CITY_OFFICE = "410500"  # 安阳市
BASIS = "安县发改罚〔2026〕3号"


def clerk_of(db, admin):
    """A clerk (科员) who may not see ID numbers, logged in."""
    add_user(db, admin, username="liuyang", display_name="刘洋", role="clerk",
             password="Liu#Yang2026")
    return authenticate(db, "liuyang", "Liu#Yang2026")


def list_entity(db, actor, *, name=HUAXIN_NAME, code=HUAXIN, kind="bidder",
                list_kind="black", severity="serious", on="2026-03-10", **values):
    """Propose an entity (registered on the way when new), tell the party, list it on ``on``."""
    entry = credit_lists.propose_entry(db, actor, {
        "entity_kind": kind, "entity_name": name, "entity_code": code,
        "list_kind": list_kind, "severity": severity,
        "conduct": "在安阳县第一中学教学楼项目中与其他投标人串通投标",
        "department": "安阳县发展和改革委员会",
        "sanctions": "限制参与本县公共资源交易活动三年", "proposed_on": "2026-03-01",
        **values})
    credit_lists.take_step(db, actor, entry.id, "notify", {"on": "2026-03-02"})
    return credit_lists.take_step(db, actor, entry.id, "list", {"on": on, "basis": BASIS})


def city_entry(db, actor, *, name=CITY_NAME, code=CITY_CODE, kind="agency",
               start=date(2026, 1, 5), end=date(2027, 1, 4)) -> str:
    """A blacklist entry as the city sends it down: another office, no entity here."""
    with db.uow(actor) as uow:
        row = CreditEntry(
            office_code=CITY_OFFICE, entity_id=None, entity_name=name, entity_code=code,
            entity_kind=kind, list_kind="black", severity="serious",
            conduct="出借资质供他人投标", basis="安发改罚〔2025〕41号",
            department="安阳市发展和改革委员会", sanctions="一年内不得参与全市公共资源交易",
            status="listed", proposed_on=date(2025, 12, 1), notified_on=date(2025, 12, 2),
            decided_on=start, start_on=start, end_on=end, repair_from=start,
            objections="[]")
        row.number = next_number(uow.session, CITY_OFFICE, "信用", 2026)
        with foreign_writes(uow.session, CreditEntry.__tablename__):  # stands in for a package
            uow.session.add(row)
        entry_id = row.id
        uow.commit()
    return entry_id
