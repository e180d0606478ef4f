"""Sync packages read as hostile files (issue 8 item 8): forbidden paths, zip bombs, too many
entries, lying sizes and cut files are refused before anything is used."""

from __future__ import annotations

import struct
import zipfile

import pytest

from jianguan_desktop.io.sync.container import Limits, PackageError, SafeZip, write_entries


def test_a_package_written_here_reads_back(tmp_path):
    path = tmp_path / "p.zip"
    source = tmp_path / "rows.jsonl"
    source.write_bytes(b'{"id": 1}\n' * 100)
    write_entries(path, [("manifest.json", b"{}"), ("tables/notices.jsonl", source)])
    with SafeZip(path) as package:
        assert package.names == ("manifest.json", "tables/notices.jsonl")
        assert package.read("tables/notices.jsonl") == source.read_bytes()


@pytest.mark.parametrize("name", ["../evil.txt", "tables/../../evil", "/etc/passwd",
                                  "C:/windows/evil", "a\\b", "tables//x"])
def test_a_forbidden_path_refuses_the_package(tmp_path, name):
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr(zipfile.ZipInfo(name), b"x")
    with pytest.raises(PackageError, match="路径"):
        SafeZip(path)


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("payload.bin", b"\0" * (20 << 20))
    with pytest.raises(PackageError, match="zip"):
        SafeZip(path)


def test_too_many_entries_and_too_large_a_total_are_refused(tmp_path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(12):
            archive.writestr(f"f{n}", b"x" * 100)
    with pytest.raises(PackageError, match="12"):
        SafeZip(path, Limits(entries=10))
    with pytest.raises(PackageError, match="MB"):
        SafeZip(path, Limits(total_bytes=1000))


def test_an_entry_yielding_more_than_it_declares_is_refused(tmp_path):
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("payload.bin", b"A" * 1000)
    data = bytearray(path.read_bytes())
    # lower the declared size in the central directory (offset 24 of its record) to 10
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = struct.pack("<I", 10)
    path.write_bytes(bytes(data))
    with SafeZip(path, Limits(ratio=10**9)) as package, pytest.raises(PackageError):
        package.read("payload.bin")


def test_a_cut_or_foreign_file_is_not_a_package(tmp_path):
    path = tmp_path / "p.zip"
    write_entries(path, [("manifest.json", b"{}" * 1000)])
    cut = tmp_path / "cut.zip"
    cut.write_bytes(path.read_bytes()[:-30])
    for bad in (cut, tmp_path / "missing.zip"):
        with pytest.raises(PackageError, match=r"损坏|不是"):
            SafeZip(bad)
