"""Read an import workbook the way clerks make them: find the header, then stream the rows.

The file is looked at before openpyxl opens it (an .xls, a CSV, a web page or a password-
protected workbook renamed .xlsx each get their own message); rows are read in read-only mode,
values only, and handed over one at a time with Excel's own row numbers.
"""

from __future__ import annotations

import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.cells import STRIP, cell_text, squeeze
from jianguan_desktop.io.excel.schema import ImportColumn, note_marks

HEADER_SCAN_ROWS = 20  # the header must be among a sheet's first rows
SNIFF_BYTES = 4096
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_END = 0xFFFFFFFA  # sector numbers from here on are markers, not sectors
_OLE_MAX_SECTORS = 100_000  # a directory longer than this is not one we need to read
# how a header cell may say "required" around the header itself: *标题, 标题（必填）
_REQUIRED_MARKS = re.compile(r"^\*+|\*+$|\((?:必填|必选|选填|可选|required|optional)\)$")
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, ParseError, EOFError, KeyError, ValueError,
                TypeError, IndexError, AttributeError, struct.error, OSError)


@dataclass(frozen=True)
class SheetLayout:
    """Where the data is: the sheet, its header row, and the sheet column of each import column.

    ``positions`` maps an import column's key to its 0-based column in the sheet (absent
    optional columns are not in it); ``ignored`` lists the headers of other columns
    ("序号（A列）"); ``estimated_rows`` is what the sheet says it holds below the header (0 if
    it does not say).
    """

    sheet: str
    header_row: int
    positions: dict[str, int]
    first_data_row: int
    ignored: list[str] = field(default_factory=list)
    estimated_rows: int = 0


# --- looking at the file before opening it ------------------------------------------------

def _ole_names(handle: IO[bytes]) -> set[str]:
    """The names in an OLE compound file's directory ("Workbook", "EncryptedPackage"...)."""
    handle.seek(0)
    header = handle.read(512)
    shift = struct.unpack_from("<H", header, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("not a compound file")
    size = 1 << shift
    per_sector = size // 4
    fat_count, first_directory = struct.unpack_from("<II", header, 0x2C)
    difat = list(struct.unpack_from("<109I", header, 0x4C))
    next_difat = struct.unpack_from("<I", header, 0x44)[0]

    def sector(number: int) -> bytes:
        handle.seek((number + 1) * size)
        data = handle.read(size)
        if len(data) != size:
            raise ValueError("truncated compound file")
        return data

    while next_difat < _OLE_END and len(difat) < fat_count + per_sector:
        entries = struct.unpack(f"<{per_sector}I", sector(next_difat))
        difat.extend(entries[:-1])
        next_difat = entries[-1]
    fat_sectors = [number for number in difat[:fat_count] if number < _OLE_END]

    def next_sector(number: int) -> int:
        index, offset = divmod(number, per_sector)
        if index >= len(fat_sectors):
            raise ValueError("sector outside the allocation table")
        return int(struct.unpack_from("<I", sector(fat_sectors[index]), offset * 4)[0])

    names: set[str] = set()
    current, seen = first_directory, 0
    while current < _OLE_END and seen < _OLE_MAX_SECTORS:
        data = sector(current)
        for start in range(0, size, 128):
            length = struct.unpack_from("<H", data, start + 64)[0]
            if 2 <= length <= 64 and data[start + 66] in (1, 2, 5):
                names.add(data[start:start + length - 2].decode("utf-16-le", "replace"))
        current, seen = next_sector(current), seen + 1
    return names


def _compound_file_error(name: str, handle: IO[bytes]) -> UserError:
    try:
        names = {entry.casefold() for entry in _ole_names(handle)}
    except (ValueError, struct.error, OSError):
        names = set()
    if "encryptedpackage" in names:
        return UserError(tr("{name} is protected with a password, so it cannot be read. Open "
                            "it in Excel, remove the password (File › Info › Protect Workbook "
                            "› Encrypt with Password, then clear it), save it and import it "
                            "again.").format(name=name))
    return UserError(tr("{name} is an old-format Excel workbook (.xls, Excel 97–2003), "
                        "whatever its name says. Open it in Excel or WPS, save it as an Excel "
                        "workbook (.xlsx), then import that file.").format(name=name))


def _looks_like_text(head: bytes) -> bool:
    for encoding in ("utf-8", "gb18030", "utf-16"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not any(ch < " " and ch not in "\t\r\n" for ch in text):
            return True
    return False


def _zip_error(name: str, handle: IO[bytes]) -> UserError | None:
    try:
        with zipfile.ZipFile(handle) as archive:
            members = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return damaged(name)
    if "xl/workbook.xml" in members:
        return None
    if "xl/workbook.bin" in members:
        return UserError(tr("{name} is a binary Excel workbook (.xlsb). Open it in Excel, save "
                            "it as an Excel workbook (.xlsx), then import that file.")
                         .format(name=name))
    return UserError(tr("{name} is not an Excel workbook (it may be a Word document or "
                        "another kind of file). Choose the .xlsx file.").format(name=name))


def damaged(name: str) -> UserError:
    """The message for a workbook that cannot be read."""
    return UserError(tr("{name} is damaged and cannot be read as an Excel workbook. Open it "
                        "in Excel (which may offer to repair it), save it again, then import "
                        "that file.").format(name=name))


def check_kind(name: str, handle: IO[bytes]) -> None:
    """Refuse, in words, a file that is not an .xlsx workbook whatever its name says."""
    head = handle.read(SNIFF_BYTES)
    handle.seek(0)
    if not head:
        raise UserError(tr("{name} is empty (0 bytes).").format(name=name))
    if head.startswith(ZIP_MAGIC):
        problem = _zip_error(name, handle)
        handle.seek(0)
        if problem is not None:
            raise problem
        return
    if head.startswith(OLE_MAGIC):
        raise _compound_file_error(name, handle)
    lowered = head.lower()
    if b"<html" in lowered or b"<table" in lowered or b"urn:schemas-microsoft-com:office" \
            in lowered:
        raise UserError(tr("{name} is a web page or XML file saved under an Excel name, not an "
                           "Excel workbook. Open it in Excel or WPS, save it as an Excel "
                           "workbook (.xlsx), then import that file.").format(name=name))
    if _looks_like_text(head):
        raise UserError(tr("{name} is a text (CSV) file, not an Excel workbook. Open it in "
                           "Excel or WPS, save it as an Excel workbook (.xlsx), then import "
                           "that file.").format(name=name))
    raise damaged(name)


def open_file(path: Path, max_bytes: int | None) -> IO[bytes]:
    """Open the file for reading, refusing a missing, unreadable or too large one in words."""
    name = path.name
    try:
        if path.is_dir():
            raise UserError(tr("{path} is a folder, not a file.").format(path=path))
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise UserError(tr("{name} is {size} MB; files larger than {limit} MB are not "
                               "imported (see the import settings). Split the list into "
                               "smaller files.").format(name=name, size=f"{size / 2**20:,.1f}",
                                                        limit=f"{max_bytes / 2**20:,.0f}"))
        return open(path, "rb")  # the reader closes it
    except FileNotFoundError:
        raise UserError(tr("The file {path} does not exist.").format(path=path)) from None
    except PermissionError:
        raise UserError(tr("{name} cannot be opened: you may not have permission to read it, "
                           "or another program is using it. Close it there and try again.")
                        .format(name=name)) from None
    except OSError as error:
        raise UserError(tr("{name} cannot be opened: {error}").format(
            name=name, error=error.strerror or error)) from None


# --- finding the header -------------------------------------------------------------------

def header_key(text: str) -> str:
    """How a header compares: no spaces, half-width, case folded, no 必填 marks."""
    key = squeeze(text)
    return _REQUIRED_MARKS.sub("", key) if "*" in key or key.endswith(")") else key


def _column_letter(index: int) -> str:
    return get_column_letter(index + 1)


@dataclass
class _Match:
    row: int
    positions: dict[str, int]
    ignored: list[str]
    duplicate: tuple[str, int, int] | None = None


def _match_row(number: int, values: Sequence[Any], keys: dict[str, ImportColumn]) -> _Match:
    positions: dict[str, int] = {}
    ignored: list[str] = []
    duplicate = None
    for index, value in enumerate(values):
        text = cell_text(value).strip(STRIP) if value is not None else ""
        if not text:
            continue
        column = keys.get(header_key(text))
        if column is None:
            ignored.append(tr("{header} (column {letter})").format(
                header=text, letter=_column_letter(index)))
        elif column.key in positions:
            duplicate = duplicate or (column.header(), positions[column.key], index)
        else:
            positions[column.key] = index
    return _Match(number, positions, ignored, duplicate)


def _is_notes_row(values: Sequence[Any] | None) -> bool:
    if values is None:
        return False
    texts = [value.strip(STRIP) for value in values if isinstance(value, str)
             and value.strip(STRIP)]
    marks = note_marks()
    return bool(texts) and len(texts) == sum(value is not None for value in values) and all(
        text.startswith(marks) for text in texts)


@dataclass
class _SheetScan:
    sheet: ReadOnlyWorksheet
    best: _Match | None
    following: Sequence[Any] | None  # the row after the best header row
    has_content: bool
    declared_rows: int  # the last row the sheet says it has (0: it does not say)


def _scan_sheet(sheet: ReadOnlyWorksheet, keys: dict[str, ImportColumn]) -> _SheetScan:
    declared = sheet.max_row or 0
    sheet.reset_dimensions()  # a sheet's stated size may be wrong: read its real rows
    best: _Match | None = None
    following = None
    has_content = False
    rows = sheet.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS + 1, values_only=True)
    try:
        for number, values in enumerate(rows, start=1):
            if best is not None and number == best.row + 1:
                following = values
            if number > HEADER_SCAN_ROWS:
                break
            if not any(value is not None and cell_text(value).strip(STRIP) for value in values):
                continue
            has_content = True
            match = _match_row(number, values, keys)
            if match.positions and (best is None or len(match.positions) > len(best.positions)):
                best, following = match, None
    finally:
        rows.close()
    return _SheetScan(sheet, best, following, has_content, declared)


def _header_keys(columns: Sequence[ImportColumn]) -> dict[str, ImportColumn]:
    keys: dict[str, ImportColumn] = {}
    for column in columns:
        for name in (column.header(), *column.aliases):
            keys.setdefault(header_key(name), column)
    return keys


def _missing(columns: Sequence[ImportColumn], match: _Match) -> list[ImportColumn]:
    return [column for column in columns if column.required and column.key not in match.positions]


def find_layout(workbook: Workbook, columns: Sequence[ImportColumn], name: str) -> SheetLayout:
    """The sheet and header row holding the import's columns (the first sheet that has them).

    Visible sheets are searched before hidden ones; in each, the row among the first
    :data:`HEADER_SCAN_ROWS` that names most of the columns is the header row.
    """
    keys = _header_keys(columns)
    sheets = sorted((sheet for sheet in workbook.worksheets
                     if isinstance(sheet, ReadOnlyWorksheet)),
                    key=lambda sheet: sheet.sheet_state != "visible")
    scans: list[_SheetScan] = []
    for sheet in sheets:  # the first sheet that has every required column wins
        scan = _scan_sheet(sheet, keys)
        if scan.best is not None and not _missing(columns, scan.best):
            return _layout(scan, name)
        scans.append(scan)
    partial = [scan for scan in scans if scan.best is not None]
    if partial:
        scan = max(partial, key=lambda item: len(item.best.positions) if item.best else 0)
        assert scan.best is not None
        missing = "、".join(f"“{column.header()}”" for column in _missing(columns, scan.best))
        raise UserError(tr("The sheet “{sheet}” of {name} has no column {columns} (its header "
                           "row is row {row}); that column is required. Add it, or copy the "
                           "rows into the template.").format(
            sheet=scan.sheet.title, name=name, columns=missing, row=scan.best.row))
    if not any(scan.has_content for scan in scans):
        raise UserError(tr("{name} holds no data: its sheets are empty.").format(name=name))
    wanted = "、".join(f"“{column.header()}”" for column in columns)
    raise UserError(tr("No header row was found in {name}: none of the first {rows} rows of "
                       "any sheet names the columns {columns}. Use the import template, or "
                       "give the columns these headers.").format(
        name=name, rows=HEADER_SCAN_ROWS, columns=wanted))


def _layout(scan: _SheetScan, name: str) -> SheetLayout:
    match = scan.best
    assert match is not None
    if match.duplicate is not None:
        header, first, second = match.duplicate
        raise UserError(tr("The column “{column}” appears twice in the header row (row {row}) "
                           "of the sheet “{sheet}” in {name}: columns {first} and {second}. "
                           "Keep one of them.").format(
            column=header, row=match.row, sheet=scan.sheet.title, name=name,
            first=_column_letter(first), second=_column_letter(second)))
    first_data = match.row + (2 if _is_notes_row(scan.following) else 1)
    return SheetLayout(scan.sheet.title, match.row, dict(match.positions), first_data,
                       match.ignored, max(0, scan.declared_rows - first_data + 1))


# --- reading ------------------------------------------------------------------------------

class SheetReader:
    """``with SheetReader(path, columns) as reader:`` then ``reader.layout`` and
    ``reader.rows()``; every problem with the file is a :class:`UserError`, nothing else."""

    def __init__(self, path: str | os.PathLike[str], columns: Sequence[ImportColumn], *,
                 max_bytes: int | None = None) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.columns = tuple(columns)
        self.max_bytes = max_bytes
        self._handle: IO[bytes] | None = None
        self._workbook: Workbook | None = None
        self.layout: SheetLayout
        self.epoch = CALENDAR_WINDOWS_1900

    def __enter__(self) -> SheetReader:
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def _open(self) -> None:
        self._handle = open_file(self.path, self.max_bytes)
        check_kind(self.name, self._handle)
        try:
            self._workbook = load_workbook(self._handle, read_only=True, data_only=True)
            self.epoch = self._workbook.epoch
            self.layout = find_layout(self._workbook, self.columns, self.name)
        except UserError:
            raise
        except _READ_ERRORS as error:
            raise damaged(self.name) from error

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the file (also after an error)."""
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @property
    def present(self) -> list[ImportColumn]:
        """The import's columns found in the sheet, in the import's order."""
        return [column for column in self.columns if column.key in self.layout.positions]

    def rows(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """``(Excel row number, values of the present columns)`` for every row that is not
        blank, from the first data row to the end of the sheet."""
        assert self._workbook is not None, "use SheetReader in a with block"
        sheet = self._workbook[self.layout.sheet]
        positions = [self.layout.positions[column.key] for column in self.present]
        pick = itemgetter(*positions)
        single = len(positions) == 1
        width = max(positions) + 1
        try:
            rows = sheet.iter_rows(min_row=self.layout.first_data_row, max_col=width,
                                   values_only=True)
            for number, row in enumerate(rows, start=self.layout.first_data_row):
                values = (pick(row),) if single else pick(row)
                for value in values:
                    if value is not None and (type(value) is not str or value.strip(STRIP)):
                        yield number, values
                        break
        except _READ_ERRORS as error:
            raise damaged(self.name) from error
