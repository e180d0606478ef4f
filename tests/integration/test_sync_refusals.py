"""Every hostile or broken package of issue 8 is refused whole by the city, with its reason in
words a clerk understands: nothing of it is applied, nothing is recorded as received, and the
file stays where it was so that it can be looked at or sent back.

Each bad package is made from a real one by ``sync_package_helpers`` so that only the one thing
under test is wrong."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jianguan_desktop.errors import UserError
from jianguan_desktop.io.sync import package as pk
from jianguan_desktop.services import sync
from jianguan_desktop.services import sync_keys as sk
from tests.integration import sync_package_helpers as helpers
from tests.integration.test_sync_roundtrip import COUNTY_A, Office, _entity, code, offices

__all__ = ["offices"]


def _payload_flipped(path: Path, offices_: Any) -> None:
    def change(parts: helpers.Parts) -> None:
        payload = parts[pk.PAYLOAD]
        parts[pk.PAYLOAD] = helpers.flip(payload, len(payload) // 2)
    helpers.rewrite_entries(path, change)


def _manifest_flipped(path: Path, offices_: Any) -> None:
    def change(parts: helpers.Parts) -> None:
        manifest = parts[pk.MANIFEST]
        # a digit of the creation time: the JSON stays valid, only the signature can tell
        at = manifest.index(b'"created_at"') + len(b'"created_at": "') + 3
        parts[pk.MANIFEST] = helpers.flip(manifest, at)
    helpers.rewrite_entries(path, change)


def _truncated(path: Path, offices_: Any) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) * 2 // 3])


def _wrong_key(path: Path, offices_: Any) -> None:
    # signed by county B's key while the manifest names county A
    _city, _a, b = offices_
    helpers.resign(path, _own_keys(b), lambda raw: None)


def _own_keys(office: Office) -> Any:
    with office.db.uow(readonly=True) as uow:
        return sk.own_keys(uow.session)


def _newer_schema(path: Path, offices_: Any) -> None:
    _city, a, _b = offices_
    helpers.resign(path, _own_keys(a), lambda raw: raw.update(schema_revision="9999"))


def _counts_off(path: Path, offices_: Any) -> None:
    _city, a, _b = offices_

    def change(raw: dict[str, Any]) -> None:
        [entry] = [item for item in raw["files"] if item["name"] == "tables/entities.jsonl"]
        entry["rows"] += 1
    helpers.resign(path, _own_keys(a), change)


def _with_raw_entry(path: Path, name: str, data: bytes) -> None:
    """Add an entry to the package without the writer's own path check, as an attacker would."""
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)


def _parent_path(path: Path, offices_: Any) -> None:
    _with_raw_entry(path, "../../etc/evil.txt", b"owned")


def _zip_bomb(path: Path, offices_: Any) -> None:
    _with_raw_entry(path, "padding.bin", bytes(16 << 20))  # 16 MB of zeros deflate to ~16 KB


Tamper = Callable[[Path, Any], None]

REFUSALS: list[tuple[str, Tamper, str]] = [
    ("flipped payload byte", _payload_flipped, "校验和不符"),
    ("flipped manifest byte", _manifest_flipped, "签名不符"),
    ("truncated file", _truncated, "不完整"),
    ("signed with the wrong key", _wrong_key, "签名不符"),
    ("newer schema", _newer_schema, "请升级程序"),
    ("counts do not match", _counts_off, "实际为"),
    ("../ in a path", _parent_path, "路径不合规"),
    ("zip bomb", _zip_bomb, "zip 炸弹"),
]


@pytest.fixture
def second_package(offices) -> tuple[Any, Path]:
    """County A's package No. 2 to the city, the city holding No. 1 already."""
    city, a, _b = offices
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    city.take(a.send(city))
    _entity(a, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    return offices, a.send(city)


def _refused(office: Office, package: Path, expected: str, **kwargs: Any) -> str:
    """Import ``package`` at ``office``: it must be refused with ``expected`` in the reason and
    leave every register, the received packages and the file as they were."""
    before = helpers.row_counts(office)
    size = package.stat().st_size
    with pytest.raises(UserError) as refused:
        office.take(package, **kwargs)
    assert expected in refused.value.message
    assert helpers.row_counts(office) == before
    assert package.is_file() and package.stat().st_size == size
    return refused.value.message


@pytest.mark.parametrize(("what", "tamper", "expected"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_a_damaged_or_hostile_package_is_refused_whole(second_package, what: str,
                                                       tamper: Tamper, expected: str) -> None:
    offices_, package = second_package
    city, _a, _b = offices_
    tamper(package, offices_)
    _refused(city, package, expected)


def test_the_genuine_package_imports_after_a_bad_copy_was_refused(second_package,
                                                                 tmp_path) -> None:
    (city, _a, _b), package = second_package
    copy = tmp_path / "copy.jgpkg"
    copy.write_bytes(package.read_bytes())
    _payload_flipped(copy, None)
    _refused(city, copy, "校验和不符")
    summary = city.take(package)
    assert summary.created == 1 and not summary.already_imported
    assert len(city.entities(COUNTY_A)) == 2


def test_a_package_for_another_office_is_refused(second_package) -> None:
    (_city, _a, b), package = second_package
    message = _refused(b, package, "不是发给本单位")
    assert "410500" in message and "410523" in message


def test_a_package_from_an_unregistered_office_is_refused(offices, tmp_path) -> None:
    city, _a, _b = offices
    stranger = Office(tmp_path, "410526", "滑县公共资源交易监督管理办公室", "county")
    try:
        sk.trust(stranger.db, stranger.admin, sk.public_key_file(city.db, city.admin)[0])
        _entity(stranger, "滑县丁建筑有限公司", code("91410526MA0000004"))
        _refused(city, stranger.send(city), "尚未在本单位登记")
    finally:
        stranger.db.dispose()


def test_the_same_package_twice_changes_nothing_and_says_so(second_package) -> None:
    (city, _a, _b), package = second_package
    assert city.take(package).created == 1
    before = helpers.row_counts(city)
    again = city.take(package)
    assert again.already_imported and (again.created, again.updated) == (0, 0)
    assert helpers.row_counts(city) == before


def test_an_old_package_made_again_is_refused_as_a_replay(second_package, tmp_path) -> None:
    (city, a, _b), _package = second_package
    row = helpers.exported_row(a, "entities", _first_entity_id(a))
    forged = helpers.forged_package(a, city, [{**row, "name": "改过的名称"}],
                                    tmp_path / "replay", seq=1)
    _refused(city, forged, "已导入过另一个版本")


def _first_entity_id(office: Office) -> str:
    [first, *_rest] = sorted(office.entities(office.code).items(), key=lambda item: item[1][1])
    return first[0]


def test_a_package_after_a_gap_is_refused_without_a_leaders_reason(second_package) -> None:
    (city, a, _b), _second = second_package
    _entity(a, "安阳县丙建筑有限公司", code("91410522MA0000003"))
    third = a.send(city)
    message = _refused(city, third, "缺少第 2 号数据包")
    assert "负责人" in message
    # accepted by a 负责人 with a reason, it imports and the reason is kept
    summary = city.take(third, gap_reason="第 2 号数据包所在U盘遗失")
    assert summary.gap_reason == "第 2 号数据包所在U盘遗失"


def test_a_package_dropped_in_while_another_import_runs_waits_its_turn(second_package) -> None:
    (city, _a, _b), package = second_package
    assert sync._IMPORTING.acquire(blocking=False)
    try:
        _refused(city, package, "正在导入")
    finally:
        sync._IMPORTING.release()
    assert city.take(package).created == 1


def test_a_read_only_stick_gets_a_clear_message_and_nothing_counts_as_sent(
        offices, monkeypatch) -> None:
    city, a, _b = offices
    _entity(a, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    before = helpers.row_counts(a)
    real = sync.tempfile.NamedTemporaryFile

    def refuse_on_stick(*args: Any, **kwargs: Any) -> Any:
        if Path(kwargs.get("dir") or ".") == a.stick:
            raise PermissionError(30, "Read-only file system")
        return real(*args, **kwargs)
    monkeypatch.setattr(sync.tempfile, "NamedTemporaryFile", refuse_on_stick)
    with pytest.raises(UserError) as refused:
        a.send(city)
    assert "只读" in refused.value.message and str(a.stick) in refused.value.message
    assert helpers.row_counts(a) == before and list(a.stick.iterdir()) == []
    monkeypatch.undo()
    # once the stick is writable the same changes go as package No. 1
    assert city.take(a.send(city)).created == 1
