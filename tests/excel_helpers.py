"""Workbooks as clerks make them, for import tests: messy sheets, wrong files, an import spec.

The import over the test-only FixtureNote table is registered here (key ``fixture_notes``);
``wide_import_spec`` has ten columns for the benchmark. Nothing here asserts.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.io.excel.schema import ImportColumn, ImportSpec
from jianguan_desktop.services.imports import register_import
from tests.fixture_registers import CATEGORY_LABELS, PLACES, SUBJECTS, TABLE_KEY
from tests.fixture_tables import FixtureNote

IMPORT_KEY = "fixture_notes"
WIDE_IMPORT_KEY = "fixture_notes_wide"
CHOICES = {label: value for value, label in CATEGORY_LABELS.items()}  # 货物 -> goods
HEADERS = ["标题", "类别", "金额（元）", "签订日期", "项目编号"]


def _write_notes(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    session.add_all(FixtureNote(title=row["title"], category=row["category"] or "",
                                amount=row["amount"], signed_on=row["signed_on"],
                                body=row["code"] or "") for row in rows)
    return len(rows)


def _no_test_word(title: str) -> str | None:
    return "标题不能是“测试”。" if title == "测试" else None


def fixture_import_spec() -> ImportSpec:
    """Title (required), category (choice), amount, signing date, a six-digit project code."""
    return ImportSpec(
        key=IMPORT_KEY, title=lambda: "测试台账", table_key=TABLE_KEY, write=_write_notes,
        columns=(
            ImportColumn("title", lambda: "标题", "text", required=True, max_length=200,
                         aliases=("项目名称",), check=_no_test_word,
                         example=lambda: "城关镇道路硬化工程"),
            ImportColumn("category", lambda: "类别", "choice", choices=lambda: CHOICES),
            ImportColumn("amount", lambda: "金额（元）", "decimal", places=2, minimum=0,
                         aliases=("金额",)),
            ImportColumn("signed_on", lambda: "签订日期", "date"),
            ImportColumn("code", lambda: "项目编号", "code", length=6,
                         note=lambda: "本县项目编号，6 位数字。"),
        ),
        unique=("code",))


def register_fixture_import() -> ImportSpec:
    """Register the fixture import (again: registering replaces) and return it."""
    return register_import(fixture_import_spec())


def count_notes(db: Database) -> int:
    """How many fixture notes the database holds."""
    with db.uow(readonly=True) as uow:
        return int(uow.session.execute(select(func.count()).select_from(FixtureNote))
                   .scalar_one())


# --- a ten-column import for the benchmark ------------------------------------------------

WIDE_HEADERS = ["标题", "类别", "金额（元）", "签订日期", "项目编号", "数量", "联系人",
                "联系电话", "截止日期", "备注"]


def _write_wide(session: Session, _actor: Actor, rows: list[dict[str, Any]]) -> int:
    session.add_all(FixtureNote(
        title=row["title"], category=row["category"], amount=row["amount"],
        signed_on=row["signed_on"],
        body=f"{row['code']} {row['quantity']} {row['contact']} {row['phone']} "
             f"{row['due_on']} {row['remark'] or ''}") for row in rows)
    return len(rows)


def wide_import_spec() -> ImportSpec:
    """Ten columns of every kind over FixtureNote (the extra ones go into the body)."""
    return ImportSpec(
        key=WIDE_IMPORT_KEY, title=lambda: "测试台账（十列）", table_key=TABLE_KEY,
        write=_write_wide,
        columns=(
            ImportColumn("title", lambda: "标题", "text", required=True, max_length=200),
            ImportColumn("category", lambda: "类别", "choice", required=True,
                         choices=lambda: CHOICES),
            ImportColumn("amount", lambda: "金额（元）", "decimal", places=2, minimum=0),
            ImportColumn("signed_on", lambda: "签订日期", "date", required=True),
            ImportColumn("code", lambda: "项目编号", "code", length=8),
            ImportColumn("quantity", lambda: "数量", "int", minimum=0),
            ImportColumn("contact", lambda: "联系人", "text", max_length=20),
            ImportColumn("phone", lambda: "联系电话", "code", length=11),
            ImportColumn("due_on", lambda: "截止日期", "date"),
            ImportColumn("remark", lambda: "备注", "text", max_length=500),
        ),
        unique=("code",))


def wide_row(index: int) -> list[Any]:
    """The ``index``-th row of the wide workbook, typed the way clerks type (mixed forms)."""
    day = date(2020, 1, 1) + timedelta(days=index % 2200)
    return [f"{PLACES[index % len(PLACES)]}{SUBJECTS[index % len(SUBJECTS)]}项目 第{index:06d}号",
            ("货物", "工程", "服务")[index % 3],
            Decimal(index % 1_000_000) / 100 if index % 5 else f"{index % 100_000:,}.50",
            day if index % 4 else day.strftime("%Y.%-m.%-d"),
            index + 10_000_000 if index % 2 else f"{index + 10_000_000:08d}",
            index % 500,
            "张三" if index % 2 else " 李四 ",
            13_800_000_000 + index,
            day + timedelta(days=30),
            "" if index % 3 else "备注文字"]


def write_wide_workbook(path: Path, rows: int) -> Path:
    """A ten-column workbook of ``rows`` data rows (write-only mode: fast and small)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("数据")
    sheet.append(WIDE_HEADERS)
    date_cell = WriteOnlyCell(sheet)
    date_cell.number_format = "yyyy-mm-dd"
    for index in range(rows):
        values = wide_row(index)
        for position in (3, 8):
            if isinstance(values[position], date):
                cell = WriteOnlyCell(sheet, values[position])
                cell.number_format = "yyyy-mm-dd"
                values[position] = cell
        sheet.append(values)
    workbook.save(path)
    return path


# --- messy workbooks ----------------------------------------------------------------------

def write_workbook(path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = "Sheet1",
                   merges: Iterable[str] = (), before: Sequence[tuple[str, Sequence[Sequence[Any]]]]
                   = (), formats: dict[str, str] | None = None) -> Path:
    """A workbook whose sheet ``sheet`` holds ``rows`` from A1 (``None`` leaves a cell empty).

    ``merges`` are ranges such as ``"A1:E1"``; ``before`` are sheets (name, rows) placed
    before it; ``formats`` maps a column letter to a number format for its cells.
    """
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    for name, other_rows in before:
        other = workbook.create_sheet(name)
        for row in other_rows:
            other.append(list(row))
    target = workbook.create_sheet(sheet)
    for row in rows:
        target.append(list(row))
    for cells in merges:
        target.merge_cells(cells)
    for letter, number_format in (formats or {}).items():
        for cell in target[letter]:
            cell.number_format = number_format
    workbook.save(path)
    return path


def write_many(path: Path, count: int, bad: dict[int, Sequence[Any]] | None = None) -> Path:
    """Header plus ``count`` good rows (write-only); ``bad`` replaces rows by Excel number."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("清单")
    sheet.append(HEADERS)
    for number in range(2, count + 2):
        if bad and number in bad:
            sheet.append(list(bad[number]))
        else:
            sheet.append([f"项目{number:05d}", "工程", number * 10, date(2026, 3, 5),
                          f"{number:06d}"])
    workbook.save(path)
    return path


def write_large_xlsx(path: Path, megabytes: float) -> Path:
    """A valid workbook larger than ``megabytes`` (incompressible text in a few cells)."""
    noise = random.Random(7)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("清单")
    sheet.append(HEADERS)
    chunk = 30_000  # characters per cell (Excel allows 32,767)
    cells = int(megabytes * 2**20 / chunk * 1.6) + 1
    for number in range(cells):
        text = "".join(noise.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(chunk))
        sheet.append([f"项目{number}", "工程", 1, date(2026, 3, 5), f"{number:06d}", text])
    workbook.save(path)
    return path


# --- files that are not .xlsx -------------------------------------------------------------

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _directory_entry(name: str, kind: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0")
    entry += struct.pack("<HBB", len(encoded), kind, 1)
    entry += struct.pack("<III", _FREE, _FREE, 1 if kind == 5 else _FREE)
    entry += b"\0" * 16 + b"\0" * 4 + b"\0" * 16  # class id, state bits, times
    entry += struct.pack("<IQ", _END, 0)  # start sector, size
    return entry.ljust(128, b"\0")


def write_compound_file(path: Path, streams: Sequence[str]) -> Path:
    """A minimal OLE compound file (the container of .xls and of password-protected .xlsx)
    whose directory names ``streams`` (e.g. ``EncryptedPackage``)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<I", 0) + struct.pack("<108I", *([_FREE] * 108))
    fat = struct.pack("<II", _FAT, _END) + struct.pack("<126I", *([_FREE] * 126))
    entries = [_directory_entry("Root Entry", 5), *(_directory_entry(name, 2)
                                                    for name in streams)]
    directory = b"".join(entries).ljust(512, b"\0")[:512]
    path.write_bytes(header + fat + directory)
    return path


def write_encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook with an opening password (an OLE container)."""
    return write_compound_file(path, ["EncryptionInfo", "EncryptedPackage"])


def write_old_xls(path: Path) -> Path:
    """An Excel 97–2003 workbook (an OLE container with a ``Workbook`` stream)."""
    return write_compound_file(path, ["Workbook", "\x05SummaryInformation"])


def write_csv(path: Path) -> Path:
    """A CSV file as exported by many systems (GBK-encoded Chinese)."""
    path.write_bytes("标题,类别,金额（元）\n城关镇道路硬化,工程,1200\n".encode("gb18030"))
    return path
