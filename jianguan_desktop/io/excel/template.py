"""Write the Excel template of an import: headers, a notes row, drop-down lists, cell formats.

Clerks fill it in from row 3 on; the reader finds the header and skips the notes row, so a
filled-in template imports as it is.
"""

from __future__ import annotations

import math
import os
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportColumn, ImportSpec, column_note
from jianguan_desktop.io.excel_export import (
    DATE_FORMAT,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    save_atomically,
)

HEADER_ROW = 1
NOTES_ROW = 2
FIRST_DATA_ROW = 3
LAST_ROW = 1_048_576
TEXT_FORMAT = "@"
NOTES_FONT = Font(italic=True, color="808080", size=9)
INLINE_LIST_LIMIT = 200  # Excel allows 255 characters in a list typed into the validation
MIN_WIDTH, MAX_WIDTH = 10, 40
POINTS_PER_NOTE_LINE = 12  # a line of 9-point text
NOTES_SCALE = 9 / 11  # the notes' characters are narrower than the 11-point body's
NUMBER_FORMATS = {"date": DATE_FORMAT, "code": TEXT_FORMAT, "int": "0"}


def display_width(text: str) -> int:
    """Width of a line in Excel's character units (a Chinese character counts two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def sheet_title(text: str) -> str:
    """A valid worksheet name made of ``text``."""
    name = "".join(ch for ch in text if ch not in "[]:*?/\\'")
    return name[:31] or "Sheet1"


def _width(column: ImportColumn, note: str) -> float:
    if column.width is not None:
        return column.width
    longest = max([display_width(column.header()) + 4,
                   *(display_width(line) // 2 + 2 for line in note.splitlines())])
    return max(MIN_WIDTH, min(MAX_WIDTH, longest))


def _lines_shown(note: str, width: float) -> int:
    """How many lines the wrapped note takes in a column ``width`` characters wide."""
    room = max(1.0, width - 1) / NOTES_SCALE
    return sum(max(1, math.ceil(display_width(line) / room)) for line in note.splitlines())


class _ChoiceLists:
    """Drop-down lists: short ones typed into the validation, long ones on a hidden sheet."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.sheet: Worksheet | None = None
        self.used = 0

    def formula(self, labels: list[str]) -> str:
        inline = ",".join(labels)
        if len(inline) <= INLINE_LIST_LIMIT and not any("," in label or '"' in label
                                                        for label in labels):
            return f'"{inline}"'
        if self.sheet is None:
            self.sheet = self.workbook.create_sheet(sheet_title(tr("Choices")))
            self.sheet.sheet_state = "hidden"
        self.used += 1
        letter = get_column_letter(self.used)
        for row, label in enumerate(labels, start=1):
            self.sheet.cell(row=row, column=self.used, value=label).data_type = "s"
        return f"{quote_sheetname(self.sheet.title)}!${letter}$1:${letter}${len(labels)}"


def _drop_down(sheet: Worksheet, lists: _ChoiceLists, column: ImportColumn, letter: str) -> None:
    assert column.choices is not None
    labels = [str(label) for label in column.choices()]
    if not labels:
        return
    validation = DataValidation(
        type="list", formula1=lists.formula(labels), allow_blank=True, showDropDown=False,
        showErrorMessage=True, errorStyle="stop", errorTitle=column.header(),
        error=tr("Pick one of the values in the list."),
        showInputMessage=True, promptTitle=column.header(),
        prompt=tr("Pick from the list."))
    validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{LAST_ROW}")
    sheet.add_data_validation(validation)


def build_template(spec: ImportSpec) -> Workbook:
    """The template workbook of ``spec`` (see the module docstring)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title(spec.title())
    lists = _ChoiceLists(workbook)
    tallest = 1
    for index, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(index)
        note = column_note(column)
        width = _width(column, note)
        tallest = max(tallest, _lines_shown(note, width))
        header = sheet.cell(row=HEADER_ROW, column=index, value=column.header())
        header.font, header.fill, header.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
        header.alignment = Alignment(horizontal="center", vertical="center")
        notes = sheet.cell(row=NOTES_ROW, column=index, value=note)
        notes.font = NOTES_FONT
        notes.alignment = Alignment(wrap_text=True, vertical="top")
        dimension = sheet.column_dimensions[letter]
        dimension.width = width
        if column.kind in NUMBER_FORMATS:
            dimension.number_format = NUMBER_FORMATS[column.kind]
        if column.kind == "choice":
            _drop_down(sheet, lists, column, letter)
    sheet.row_dimensions[HEADER_ROW].height = 22
    sheet.row_dimensions[NOTES_ROW].height = POINTS_PER_NOTE_LINE * tallest + 4
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    return workbook


def write_template(spec: ImportSpec, path: str | os.PathLike[str]) -> Path:
    """Save the template of ``spec`` at ``path`` (atomically); return the path."""
    target = Path(path)
    workbook = build_template(spec)
    save_atomically(target, lambda temp: workbook.save(str(temp)))
    return target
