"""Write a register view to an .xlsx workbook: exactly its columns, rows, order and sort.

Streams rows (openpyxl write-only mode), so a large register stays memory-light; writes a
temporary file beside the target and renames it at the end, so nothing half-written is left.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr

MAX_DATA_ROWS = 1_048_576 - 2  # a worksheet's rows, less the header and an optional title
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DECIMAL_FORMAT = "#,##0.00"
NUMBER_FORMATS = {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "decimal": DECIMAL_FORMAT}
PIXELS_PER_CHARACTER = 7.0  # Excel's column width unit is the width of one digit (~7 px)
PART_SUFFIX = ".xlsx.part"
T = TypeVar("T")

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8FA6"))
TITLE_FONT = Font(bold=True, size=14)


class ProgressSink(Protocol):
    """What the writer reports to (:class:`jianguan_desktop.services.progress.Progress`)."""

    def report(self, done: int, total: int = 0, text: str | None = None) -> None: ...

    def check_cancelled(self) -> None: ...


@dataclass(frozen=True)
class SheetColumn:
    """One column of the workbook: its key in the rows, header, kind and width on screen."""

    key: str
    header: str
    kind: str = "text"
    width_px: int = 120
    labels: Mapping[Any, str] | None = None


def excel_width(pixels: int) -> float:
    """A column width in Excel's units for a width on screen in pixels."""
    return round(max(pixels, 30) / PIXELS_PER_CHARACTER, 1)


def _local_naive(value: datetime) -> datetime:
    """Excel keeps no time zone: a stored UTC timestamp becomes the computer's local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


class _Converter:
    """Turns one column's stored values into cells (real dates and numbers, words for flags)."""

    def __init__(self, sheet: WriteOnlyWorksheet, column: SheetColumn) -> None:
        self.sheet = sheet
        self.column = column
        self.yes = tr("Yes")
        self.no = tr("No")
        # one formatted cell per column, reused row after row: a write-only sheet writes
        # each row out as it is appended (a new styled cell per value is twice as slow)
        self._cell = WriteOnlyCell(sheet)
        self._cell.number_format = NUMBER_FORMATS.get(column.kind, "General")

    def _styled(self, value: Any) -> WriteOnlyCell:
        self._cell.value = value
        return self._cell

    def _text(self, value: Any) -> Any:
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        if text.startswith("="):  # never let a record's text become a formula
            cell = WriteOnlyCell(self.sheet, text)
            cell.data_type = "s"
            return cell
        return text

    def __call__(self, value: Any) -> Any:
        if value is None:
            return None
        kind = self.column.kind
        if kind == "date" and isinstance(value, date):
            day = value.date() if isinstance(value, datetime) else value
            return self._styled(day)
        if kind == "datetime" and isinstance(value, datetime):
            return self._styled(_local_naive(value))
        if kind == "decimal":
            return self._styled(value)
        if kind == "int":
            return value
        if kind == "bool":
            return self.yes if value else self.no
        if kind == "enum" and self.column.labels is not None:
            return self._text(self.column.labels.get(value, value))
        return self._text(value)


def _sheet_name(title: str | None) -> str:
    name = "".join(ch for ch in (title or "Sheet1") if ch not in "[]:*?/\\")
    return name[:31] or "Sheet1"


def _too_many_rows(count: int) -> UserError:
    return UserError(tr("An Excel worksheet holds at most {limit} rows, but there are {count}. "
                        "Narrow the view with the search box or a filter, then export again.")
                     .format(limit=f"{MAX_DATA_ROWS:,}", count=f"{count:,}"))


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Close an abandoned sheet's row stream and remove its scratch file."""
    with suppress(Exception):
        if not sheet.closed:
            sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with suppress(Exception):
            writer.cleanup()


def _write(target: Path, columns: list[SheetColumn], batches: Iterable[list[dict[str, Any]]],
           total: int | None, title: str | None, progress: ProgressSink | None) -> int:
    return _write_sheets(target, [(columns, batches, total, title)], progress)


SheetParts = tuple[list[SheetColumn], Iterable[list[dict[str, Any]]], int | None, str | None]


def _write_sheets(target: Path, sheets: Iterable[SheetParts],
                  progress: ProgressSink | None) -> int:
    workbook = Workbook(write_only=True)
    done = 0
    names: set[str] = set()
    for columns, batches, total, title in sheets:
        sheet = workbook.create_sheet(_unique_name(_sheet_name(title), names))
        try:
            done += _fill(sheet, columns, batches, total, title, progress)
        except BaseException:
            _discard(sheet)
            raise
    if progress is not None:
        progress.check_cancelled()
        progress.report(done, done, tr("Saving the workbook…"))
    workbook.save(str(target))
    return done


def _unique_name(name: str, taken: set[str]) -> str:
    """A sheet name not yet in ``taken`` (Excel refuses two sheets of one name)."""
    candidate, number = name, 2
    while candidate in taken:
        suffix = f"({number})"
        candidate, number = name[:31 - len(suffix)] + suffix, number + 1
    taken.add(candidate)
    return candidate


def _fill(sheet: WriteOnlyWorksheet, columns: list[SheetColumn],
          batches: Iterable[list[dict[str, Any]]], total: int | None, title: str | None,
          progress: ProgressSink | None) -> int:
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = excel_width(column.width_px)
    sheet.freeze_panes = "A3" if title else "A2"
    if title:
        cell = WriteOnlyCell(sheet, title)
        cell.font = TITLE_FONT
        sheet.append([cell])
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    convert = [(column.key, _Converter(sheet, column)) for column in columns]
    done = 0
    shown_total = total or 0
    for batch in batches:
        if progress is not None:
            progress.check_cancelled()
        if done + len(batch) > MAX_DATA_ROWS:
            raise _too_many_rows(done + len(batch))
        for row in batch:
            sheet.append([converter(row.get(key)) for key, converter in convert])
        done += len(batch)
        if progress is not None:
            shown_total = max(shown_total, done)
            progress.report(done, shown_total, tr("{done} of {total} rows written")
                            .format(done=f"{done:,}", total=f"{shown_total:,}"))
    return done


def _describe(error: OSError, path: Path, step: str) -> UserError:
    """A message a clerk can act on for a failed save (``step``: ``folder`` or ``replace``)."""
    folder = path.parent
    if error.errno == errno.ENOSPC:
        return UserError(tr("The disk is full: {path} was not saved. Free some space or choose "
                            "another place.").format(path=path))
    if isinstance(error, FileNotFoundError) and step == "folder":
        return UserError(tr("The folder {folder} does not exist.").format(folder=folder))
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EROFS):
        if step == "replace":
            return UserError(tr("{path} cannot be overwritten: it may be open in Excel. Close it "
                                "there, or choose another name, and export again.")
                             .format(path=path))
        return UserError(tr("The folder {folder} is read-only: nothing can be saved there. "
                            "Choose another folder.").format(folder=folder))
    return UserError(tr("{path} could not be saved: {error}")
                     .format(path=path, error=error.strerror or error))


def save_atomically(path: str | os.PathLike[str], write: Callable[[Path], T]) -> T:
    """Run ``write(temporary path)`` beside ``path``, then put the finished file in its place.

    A folder that is missing or read-only, a full disk, or a target open in Excel gives a
    :class:`UserError` a clerk can act on; on that, on cancel or on any other error the
    temporary file is removed and an existing file at ``path`` is left as it was.
    """
    target = Path(path)
    temp = target.with_name(f".~{target.stem}-{uuid.uuid4().hex[:8]}{PART_SUFFIX}")
    try:
        temp.touch(exist_ok=False)  # fails early for a read-only or missing folder
    except OSError as error:
        raise _describe(error, target, "folder") from error
    try:
        try:
            result = write(temp)
        except OSError as error:
            raise _describe(error, target, "folder") from error
        try:
            os.replace(temp, target)
        except OSError as error:
            raise _describe(error, target, "replace") from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return result


def write_xlsx(path: str | os.PathLike[str], columns: list[SheetColumn],
               batches: Iterable[list[dict[str, Any]]], *, total: int | None = None,
               title: str | None = None, progress: ProgressSink | None = None) -> int:
    """Write rows (dicts keyed by ``SheetColumn.key``) to ``path``; return how many were written.

    Header in bold on a frozen first row (below the title, if any); widths follow the screen;
    dates and local times are real Excel dates; decimals numbers shown ``#,##0.00``; flags
    是/否. ``progress`` is checked between batches: on cancel (``Cancelled``) or any error
    the temporary file is removed and an existing file at ``path`` is left as it was.
    """
    if total is not None and total > MAX_DATA_ROWS:
        raise _too_many_rows(total)
    return save_atomically(path, lambda temp: _write(temp, columns, batches, total, title,
                                                     progress))


@dataclass(frozen=True)
class Sheet:
    """One worksheet of a workbook: its title (also the sheet's name), columns and rows."""

    title: str
    columns: list[SheetColumn]
    rows: list[dict[str, Any]]


def write_workbook(path: str | os.PathLike[str], sheets: Iterable[Sheet]) -> int:
    """Write several small tables to one .xlsx, a worksheet each, laid out as
    :func:`write_xlsx` lays out one; return the rows written. The file appears only once
    complete."""
    parts: list[SheetParts] = [(sheet.columns, [sheet.rows], len(sheet.rows), sheet.title)
                               for sheet in sheets]
    for _columns, _rows, total, _title in parts:
        if total is not None and total > MAX_DATA_ROWS:
            raise _too_many_rows(total)
    return save_atomically(path, lambda temp: _write_sheets(temp, parts, None))
