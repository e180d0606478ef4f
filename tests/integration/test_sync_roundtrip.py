"""Packages carried between two counties and their city (issue 8): records created, edited and
deleted in both counties travel up in several rounds, out of order across counties and
repeated; the city ends with exactly each county's current records; the city's package down
carries the city-wide credit lists, so each county's credit check covers the whole city; the
receipts come back; a gap, a replay, an unknown sender and a newer schema are refused whole."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.sync import SyncSent
from jianguan_desktop.domain.entity_codes import credit_check_character
from jianguan_desktop.errors import PermissionDenied, UserError
from jianguan_desktop.services import entities as ent
from jianguan_desktop.services import sync
from jianguan_desktop.services import sync_keys as sk
from jianguan_desktop.services.attachments import add_attachment, list_attachments
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.credit_check import check_credit
from jianguan_desktop.services.setup import initialize
from tests.conftest import ADMIN_PASSWORD
from tests.integration.credit_check_helpers import list_entity

CITY, COUNTY_A, COUNTY_B = "410500", "410522", "410523"
ON = date(2026, 6, 1)


class Office:
    """One office's database and its administrator."""

    def __init__(self, root: Path, code: str, name: str, mode: str) -> None:
        from jianguan_desktop.config import resolve_db_url
        from jianguan_desktop.db.engine import open_database
        from jianguan_desktop.db.migrate import upgrade

        self.code = code
        self.db = open_database(resolve_db_url(str(root / code / "jianguan.db")))
        upgrade(self.db, backup=False)
        initialize(self.db, office_code=code, office_name=name, mode=mode,
                   admin_username="admin", admin_password=ADMIN_PASSWORD)
        self.admin = authenticate(self.db, "admin", ADMIN_PASSWORD)
        self.stick = root / f"stick-{code}"
        self.stick.mkdir()

    def send(self, to: Office, full: bool = False) -> Path:
        return sync.export_package(self.db, self.admin, to.code, self.stick, full=full).path

    def take(self, package: Path, **kwargs) -> sync.ImportSummary:
        return sync.import_package(self.db, self.admin, package, **kwargs)

    def entities(self, office: str) -> dict[str, tuple]:
        with self.db.uow(readonly=True) as uow:
            rows = uow.session.execute(select(Entity).where(Entity.office_code == office))
            return {row.id: (row.name, row.code, row.version, row.deleted_at is not None)
                    for row in rows.scalars()}


@pytest.fixture
def offices(tmp_path):
    city = Office(tmp_path, CITY, "安阳市公共资源交易监督管理办公室", "city")
    a = Office(tmp_path, COUNTY_A, "安阳县公共资源交易监督管理办公室", "county")
    b = Office(tmp_path, COUNTY_B, "汤阴县公共资源交易监督管理办公室", "county")
    city_key = sk.public_key_file(city.db, city.admin)[0]
    for county in (a, b):
        sk.trust(county.db, county.admin, city_key)
        sk.trust(city.db, city.admin, sk.public_key_file(county.db, county.admin)[0])
    yield city, a, b
    for office in (city, a, b):
        office.db.dispose()


def code(first17: str) -> str:
    """A valid 统一社会信用代码 from its first 17 characters."""
    return first17 + credit_check_character(first17)


def _entity(office: Office, name: str, code: str) -> str:
    return ent.create_entity(office.db, office.admin, {
        "kind": "bidder", "name": name, "code": code}).id


def test_three_offices_end_with_each_countys_records_and_the_city_wide_lists(
        offices, tmp_path) -> None:
    city, a, b = offices
    # round 1: each county registers bidders; A blacklists one; A keeps an attachment
    a1 = _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    a2 = _entity(a, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    listing = list_entity(a.db, a.admin)  # 滑县华信建筑工程有限公司, blacklisted by A
    evidence = tmp_path / "证据.txt"
    evidence.write_text("串通投标的证据", encoding="utf-8")
    add_attachment(a.db, a.admin, "credit_entries", listing.id, evidence)
    b1 = _entity(b, "汤阴县丙工程有限公司", code("91410523MA0000003"))
    first = city.take(a.send(city))
    assert first.created == len(a.entities(COUNTY_A)) + 2  # entities, the entry, the file
    assert city.take(b.send(city)).created >= 1
    # round 2: A edits one and deletes one; B adds one; the city takes B's before A's
    ent.update_entity(a.db, a.admin, a1, {"kind": "bidder", "name": "安阳县甲建筑集团有限公司",
                                         "code": code("91410522MA0000001")}, None)
    ent.delete_entity(a.db, a.admin, a2)
    _entity(b, "汤阴县丁工程有限公司", code("91410523MA0000004"))
    a_second, b_second = a.send(city), b.send(city)
    summary_b = city.take(b_second)
    summary_a = city.take(a_second)
    assert (summary_a.updated, summary_a.created, summary_a.rejected) == (2, 0, [])
    assert summary_b.created == 1
    # repeated: nothing changes, and it says so
    again = city.take(a_second)
    assert again.already_imported and (again.created, again.updated) == (0, 0)
    # the city holds exactly each county's current records, the tombstone too
    assert city.entities(COUNTY_A) == a.entities(COUNTY_A)
    assert city.entities(COUNTY_B) == b.entities(COUNTY_B)
    assert city.entities(COUNTY_A)[a2][3] is True
    assert b1 in city.entities(COUNTY_B)
    [kept] = list_attachments(city.db, city.admin, "credit_entries", listing.id)
    assert kept.file_name == "证据.txt"
    # down: B's credit check now finds A's blacklisting, offline
    assert not check_credit(b.db, b.admin, "91350100M000100Y43", on=ON).listed
    down_b = b.take(city.send(b))
    assert down_b.created == 1 and not down_b.rejected
    found = check_credit(b.db, b.admin, "91350100M000100Y43", on=ON)
    assert found.listed and [item.number for item in found.listings] == [listing.number]
    # A's own entry is not sent back to A; the receipts of A's packages come back to A
    down_a = a.take(city.send(a))
    assert down_a.created == 0 and down_a.receipts == 2
    with a.db.uow(readonly=True) as uow:
        sent = uow.session.execute(select(SyncSent).order_by(SyncSent.package_seq)).scalars()
        assert [row.acknowledged_at is not None for row in sent] == [True, True]
    assert sync.unacknowledged(a.db, a.admin) == []


def test_a_gap_is_named_and_accepted_only_by_a_leader_with_a_reason(offices) -> None:
    city, a, _b = offices
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    first = a.send(city)
    _entity(a, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    second = a.send(city)
    with pytest.raises(UserError) as refused:
        city.take(second)
    assert "缺少第 1 号数据包" in refused.value.message
    assert city.entities(COUNTY_A) == {}
    city.take(first)
    assert city.take(second).created == 1
    # a gap a 负责人 accepts, with a reason
    _entity(a, "安阳县丙建筑有限公司", code("91410522MA0000003"))
    a.send(city)  # lost on the way
    _entity(a, "安阳县丁建筑有限公司", code("91410522MA0000004"))
    fourth = a.send(city)
    accepted = city.take(fourth, gap_reason="第3号数据包随U盘遗失，县局已确认")
    assert accepted.created == 1 and accepted.gap_reason
    assert len(city.entities(COUNTY_A)) == 3


def test_a_dry_run_counts_and_writes_nothing(offices) -> None:
    city, a, _b = offices
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    package = a.send(city)
    dry = city.take(package, dry_run=True)
    assert dry.dry_run and dry.created == 1 and city.entities(COUNTY_A) == {}
    assert city.take(package).created == 1


def test_a_county_cannot_overwrite_another_offices_records(offices, tmp_path) -> None:
    from tests.integration.sync_package_helpers import exported_row, forged_package

    city, a, b = offices
    b1 = _entity(b, "汤阴县丙工程有限公司", code("91410523MA0000003"))
    city.take(b.send(city))
    row = exported_row(city, "entities", b1)
    forged = {**row, "name": "冒充的记录", "version": row["version"] + 5}
    summary = city.take(forged_package(a, city, [forged], tmp_path / "forged"))
    assert (summary.created, summary.updated, len(summary.rejected)) == (0, 0, 1)
    assert "不属于发送数据包的单位" in summary.rejected[0].reason
    assert city.entities(COUNTY_B)[b1][0] == "汤阴县丙工程有限公司"


def test_packages_from_an_unknown_office_or_a_newer_schema_are_refused(offices, tmp_path
                                                                      ) -> None:
    city, a, _b = offices
    stranger = Office(tmp_path, "410526", "滑县公共资源交易监督管理办公室", "county")
    sk.trust(stranger.db, stranger.admin, sk.public_key_file(city.db, city.admin)[0])
    package = stranger.send(city)
    with pytest.raises(UserError) as refused:
        city.take(package)
    assert "尚未在本单位登记" in refused.value.message
    stranger.db.dispose()
    # a newer schema: re-sign a manifest claiming a revision this program does not know
    from jianguan_desktop.io.sync import package as pk

    original = a.send(city)
    header = pk.read_manifest(original).header
    with zipfile.ZipFile(original) as old:
        assert json.loads(old.read(pk.MANIFEST))["schema_revision"] == header.schema_revision
    from dataclasses import replace

    from jianguan_desktop.services.sync_keys import own_keys, partner_keys
    with a.db.uow(readonly=True) as uow:
        keys, city_key = own_keys(uow.session), partner_keys(uow.session, CITY)
    newer = replace(header, schema_revision="9999", package_seq=1)
    folder = tmp_path / "newer"
    folder.mkdir()
    made, _manifest = pk.write_package(folder, newer, [], keys, city_key)
    with pytest.raises(UserError) as refused:
        city.take(made)
    assert "请升级程序" in refused.value.message


def test_a_clerk_may_not_accept_a_gap(offices) -> None:
    from jianguan_desktop.services.users import add_user

    city, a, _b = offices
    add_user(city.db, city.admin, username="liuyang", display_name="刘洋", role="clerk",
             password="Liu#Yang2026")
    clerk = authenticate(city.db, "liuyang", "Liu#Yang2026")
    a.send(city)
    second = a.send(city)
    with pytest.raises(PermissionDenied):
        sync.import_package(city.db, clerk, second, gap_reason="遗失")


def test_an_empty_or_read_only_folder_gets_a_clear_message(offices, tmp_path) -> None:
    city, a, _b = offices
    with pytest.raises(UserError) as refused:
        sync.export_package(a.db, a.admin, CITY, tmp_path / "no-stick")
    assert "不存在" in refused.value.message
    with pytest.raises(UserError) as refused:
        sync.import_package(city.db, city.admin, tmp_path / "none.jgpkg")
    assert "不存在" in refused.value.message


def test_the_home_page_says_when_the_next_package_is_due_and_what_waits(offices) -> None:
    city, a, _b = offices
    [first] = sync.due_packages(a.db, a.admin, today=date(2026, 12, 1))
    assert "0" in first.title and "尚未" in first.explanation
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    a.send(city)
    _entity(a, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    later = date.today() + timedelta(days=20)
    package, receipt = sync.due_packages(a.db, a.admin, today=later)
    assert "1" in package.title and package.due_date == date.today() + timedelta(days=7)
    assert package.overdue and "7" in package.explanation
    assert "第 1 号" in receipt.title and receipt.overdue
    [sent] = list(a.stick.glob("*.jgpkg"))
    city.take(sent)
    a.take(city.send(a))
    [package] = sync.due_packages(a.db, a.admin, today=later)  # receipt back: no warning
    assert "1" in package.title


def test_two_packages_without_changes_both_stay_on_the_stick_and_import_in_turn(
        offices) -> None:
    city, a, _b = offices
    first, second = a.send(city), a.send(city)
    assert first != second and first.is_file() and second.is_file()
    assert (city.take(first).package_seq, city.take(second).package_seq) == (1, 2)
    for county in offices[1:]:  # the city's packages for two counties are told apart
        assert city.send(county).name.endswith(f"-to-{county.code}.jgpkg")
