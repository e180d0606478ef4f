"""Office sync keys and partners (issue 8 item 1): keys made at setup, the public key file with
its fingerprint, registering a partner (a county its city, the city its counties), and every
wrong key file refused with its reason and nothing written; the same through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services import sync_keys as sk
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.setup import initialize
from tests.conftest import ADMIN_PASSWORD
from tests.integration import test_cli

run = test_cli.run
one_chinese_line = test_cli._one_chinese_line


@pytest.fixture
def city(tmp_path: Path):
    """A city office's database and its administrator."""
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade

    db = open_database(resolve_db_url(str(tmp_path / "city" / "city.db")))
    upgrade(db, backup=False)
    initialize(db, office_code="410500", office_name="安阳市公共资源交易监督管理办公室",
               mode="city", admin_username="admin", admin_password=ADMIN_PASSWORD)
    yield db, authenticate(db, "admin", ADMIN_PASSWORD)
    db.dispose()


def test_keys_are_made_at_setup_and_not_replaced_by_accident(office_db, admin) -> None:
    data, fingerprint = sk.public_key_file(office_db, admin)
    fields = json.loads(data)
    assert fields["office_code"] == "410522" and fields["mode"] == "county"
    assert fields["fingerprint"] == fingerprint and len(fingerprint.split()) == 8
    with pytest.raises(ConflictError) as refused:
        sk.generate_keys(office_db, admin)
    assert fingerprint in refused.value.message
    assert sk.public_key_file(office_db, admin)[1] == fingerprint
    new = sk.generate_keys(office_db, admin, replace=True)
    assert new != fingerprint and sk.public_key_file(office_db, admin)[1] == new


def test_a_county_and_its_city_register_each_other(office_db, admin, city) -> None:
    city_db, city_admin = city
    county_file, county_print = sk.public_key_file(office_db, admin)
    city_file, city_print = sk.public_key_file(city_db, city_admin)
    registered = sk.trust(office_db, admin, city_file)
    assert (registered.office_code, registered.mode, registered.fingerprint) == (
        "410500", "city", city_print)
    assert sk.trust(city_db, city_admin, county_file).fingerprint == county_print
    assert [p.office_code for p in sk.list_partners(office_db, admin)] == ["410500"]
    assert [p.office_code for p in sk.list_partners(city_db, city_admin)] == ["410522"]
    sk.trust(office_db, admin, city_file)  # again: still one partner
    assert len(sk.list_partners(office_db, admin)) == 1


def _changed(data: bytes, **fields: str) -> bytes:
    loaded = json.loads(data)
    loaded.update(fields)
    return json.dumps(loaded).encode()


@pytest.mark.parametrize("case, reason", [
    ("garbage", "不是"),
    ("own", "本单位自己的"),
    ("same_level", "同级"),
    ("changed_key", "指纹"),
    ("suite", "请升级程序"),
])
def test_a_wrong_key_file_is_refused_with_its_reason(office_db, admin, city, case,
                                                     reason) -> None:
    city_db, city_admin = city
    city_file, _print = sk.public_key_file(city_db, city_admin)
    own_file, _own = sk.public_key_file(office_db, admin)
    data = {
        "garbage": b"\x00not json",
        "own": own_file,
        "same_level": _changed(city_file, mode="county", office_code="410523"),
        "changed_key": _changed(city_file, sign=json.loads(own_file)["sign"]),
        "suite": _changed(city_file, suite="jianguan-sync/9"),
    }[case]
    with pytest.raises(ValidationError) as refused:
        sk.trust(office_db, admin, data)
    assert reason in refused.value.message
    assert sk.list_partners(office_db, admin) == []


def test_the_commands_write_register_and_list_keys(run, office_db, city, tmp_path) -> None:
    city_db, city_admin = city
    city_file = tmp_path / "city.pub"
    city_file.write_bytes(sk.public_key_file(city_db, city_admin)[0])
    code, out, err = run("sync", "pubkey", "-o", str(tmp_path / "county.pub"))
    assert (code, err) == (0, "") and "指纹" in out
    assert json.loads((tmp_path / "county.pub").read_text())["office_code"] == "410522"
    code, out, err = run("sync", "trust", str(city_file))
    assert (code, err) == (0, "") and "410500" in out and "安阳市" in out
    code, out, err = run("sync", "partners", "--json")
    assert code == 0 and json.loads(out)[0]["office_code"] == "410500"
    code, out, err = run("sync", "keygen")
    assert code == 2 and "已有" in one_chinese_line(err)
    code, out, err = run("sync", "trust", str(tmp_path / "county.pub"))
    assert code == 2 and "本单位自己的" in one_chinese_line(err)
    code, out, err = run("sync", "trust", str(tmp_path / "missing.pub"))
    assert code == 2 and one_chinese_line(err)


def test_export_and_import_from_the_command_line(run, office_db, admin, city, tmp_path,
                                                 capsys) -> None:
    from jianguan_desktop.cli import main
    from jianguan_desktop.services import entities as ent

    city_db, city_admin = city
    sk.trust(office_db, admin, sk.public_key_file(city_db, city_admin)[0])
    sk.trust(city_db, city_admin, sk.public_key_file(office_db, admin)[0])
    ent.create_entity(office_db, admin, {"kind": "bidder", "name": "安阳县甲建筑有限公司",
                                         "code": "91350100M000100Y43"})
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run("sync", "export", "--to", "410500", "-o", str(stick))
    assert (code, err) == (0, "") and "第 1 号" in out
    [package] = stick.glob("410522-*.jgpkg")
    city_path = str(tmp_path / "city" / "city.db")

    def city_run(*args: str) -> tuple[int, str, str]:
        result = main(["--db", city_path, *args])
        out, err = capsys.readouterr()
        return result, out, err

    code, out, err = city_run("sync", "import", str(package), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["created"] == 1 and json.loads(out)["dry_run"]
    code, out, err = city_run("sync", "import", str(package))
    assert (code, err) == (0, "") and "新建 1" in out
    code, out, err = city_run("sync", "import", str(package))
    assert code == 0 and "导入过" in out
    code, out, err = run("sync", "export", "--to", "410599", "-o", str(stick))
    assert code == 2 and "尚未在本单位登记" in one_chinese_line(err)
    code, out, err = run("sync", "export", "--to", "410500", "-o", str(tmp_path / "none"))
    assert code == 2 and "不存在" in one_chinese_line(err)
