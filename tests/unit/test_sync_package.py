"""The sync package file (issue 8 items 2, 3 and 8): written and opened whole, and each way a
package can be wrong refused with its reason and nothing left behind."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from jianguan_desktop.io.sync.container import PackageError, write_entries
from jianguan_desktop.io.sync.crypto import OfficeKeys
from jianguan_desktop.io.sync.package import (
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    Header,
    jsonl_rows,
    open_package,
    parse_manifest,
    read_manifest,
    write_package,
)

COUNTY, CITY = "410526", "410500"


@pytest.fixture
def offices():
    return {COUNTY: OfficeKeys.generate(), CITY: OfficeKeys.generate()}


def header(**extra) -> Header:
    return Header(office_code=COUNTY, office_name="滑县公管办", recipient=CITY, package_seq=1,
                  seq_from=1, seq_to=3, previous_hash="", schema_revision="0012",
                  program_version="0.1", **extra)


def made(tmp_path: Path, offices) -> Path:
    rows = tmp_path / "notices.jsonl"
    rows.write_text("".join(json.dumps({"id": n, "title": f"通知{n}"}, ensure_ascii=False) + "\n"
                            for n in range(3)), encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 attachment")
    out = tmp_path / "stick"
    out.mkdir()
    path, _manifest = write_package(out, header(), [("tables/notices.jsonl", rows),
                                                    ("attachments/a1", scan)],
                                    offices[COUNTY], offices[CITY].public())
    return path


def opened(path: Path, offices, own=CITY):
    def key(office: str):
        if office not in offices:
            raise PackageError("未登记的单位")
        return offices[office].public()
    return open_package(path, own, offices[own], key)


def test_a_package_opens_at_its_recipient_with_every_row(tmp_path, offices):
    path = made(tmp_path, offices)
    assert path.name == "410526-1-3-to-410500.jgpkg" and not list(path.parent.glob("*.part"))
    with opened(path, offices) as package:
        assert package.manifest.rows == 3 and package.manifest.header.recipient == CITY
        rows = list(jsonl_rows(package.path("tables/notices.jsonl")))
        assert [row["title"] for row in rows] == ["通知0", "通知1", "通知2"]
        assert package.path("attachments/a1").read_bytes() == b"%PDF-1.4 attachment"
        folder = package.folder
    assert not folder.exists()
    # AND the manifest can be read in clear without any key
    assert read_manifest(path).header.office_name == "滑县公管办"


def _rewrite(path: Path, change) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    path.unlink()
    write_entries(path, list(parts.items()))


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1:]


@pytest.mark.parametrize(("case", "reason"), [
    ("payload_byte", "校验和|改动"),
    ("manifest_byte", "签名|损坏"),
    ("truncated", "损坏|不完整"),
    ("other_recipient", "不是发给|410599"),
    ("unregistered", "未登记"),
    ("wrong_key", "签名"),
    ("counts", "行"),
    ("newer_format", "升级"),
])
def test_a_bad_package_is_refused_whole_with_its_reason(tmp_path, offices, case, reason):
    path = made(tmp_path, offices)
    own = CITY
    if case == "payload_byte":
        _rewrite(path, lambda parts: parts.update({PAYLOAD: _flip(parts[PAYLOAD], 40)}))
    elif case == "manifest_byte":
        _rewrite(path, lambda parts: parts.update({MANIFEST: _flip(parts[MANIFEST], 30)}))
    elif case == "truncated":
        path.write_bytes(path.read_bytes()[:-100])
    elif case == "other_recipient":
        offices["410599"] = OfficeKeys.generate()
        own = "410599"
    elif case == "unregistered":
        del offices[COUNTY]
    elif case == "wrong_key":
        impostor = OfficeKeys.generate()
        _rewrite(path, lambda parts: parts.update(
            {SIGNATURE: impostor.sign_bytes(parts[MANIFEST])}))
    elif case in ("counts", "newer_format"):
        def resign(parts):  # the sender itself wrote a wrong manifest
            raw = json.loads(parts[MANIFEST])
            if case == "counts":
                raw["files"][0]["rows"] += 1
            else:
                raw["format_version"] = 99
            parts[MANIFEST] = json.dumps(raw).encode()
            parts[SIGNATURE] = offices[COUNTY].sign_bytes(parts[MANIFEST])
        _rewrite(path, resign)
    with pytest.raises(PackageError, match=reason):
        opened(path, offices, own)


def test_a_manifest_naming_a_climbing_path_is_refused(tmp_path, offices):
    path = made(tmp_path, offices)
    with zipfile.ZipFile(path) as archive:
        raw = json.loads(archive.read(MANIFEST))
    raw["files"][0]["name"] = "../../evil.jsonl"
    with pytest.raises(PackageError, match="路径"):
        parse_manifest(json.dumps(raw).encode())


def test_the_header_travels_unchanged(tmp_path, offices):
    path = made(tmp_path, offices)
    assert read_manifest(path).header == header()
    assert replace(header(), full=True) != header()


def test_a_package_already_on_the_stick_is_never_overwritten(tmp_path, offices):
    first = made(tmp_path, offices)
    second, manifest = write_package(first.parent, header(), [],
                                     offices[COUNTY], offices[CITY].public())
    assert second.name == "410526-1-3-to-410500 (2).jgpkg"
    with opened(first, offices) as package:
        assert package.manifest.rows == 3
    with opened(second, offices) as package:
        assert package.manifest.package_id == manifest.package_id
