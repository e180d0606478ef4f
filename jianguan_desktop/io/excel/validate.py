"""Check the rows of an import one by one: every cell, required columns, duplicates in the file.

A :class:`RowValidator` turns a row of raw values into clean values, or records
:class:`ImportIssue` rows saying what is wrong; the database checks come on top (services).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900

from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.cells import CellError, cell_text
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec

MAX_SHOWN_VALUE = 200  # characters of a cell quoted in the report


def shown(value: Any) -> str:
    """A cell's value as the report quotes it."""
    text = cell_text(value)
    return text if len(text) <= MAX_SHOWN_VALUE else text[:MAX_SHOWN_VALUE] + "…"


class _UniqueGroup:
    """Columns whose values together must differ in every row of the file."""

    def __init__(self, indexes: list[int], columns: list[ImportColumn]) -> None:
        self.indexes = indexes
        self.header = "、".join(column.header() for column in columns)
        self.seen: dict[Any, int] = {}

    def issue(self, number: int, clean: Sequence[Any]) -> ImportIssue | None:
        values = tuple(clean[index] for index in self.indexes)
        if any(value is None for value in values):
            return None
        # one column: the value itself is the key (a dict of plain values is no work for
        # the garbage collector; one of 100,000 tuples is, at every full collection)
        key = values[0] if len(values) == 1 else values
        first = self.seen.setdefault(key, number)
        if first == number:
            return None
        return ImportIssue(number, self.header, " / ".join(shown(value) for value in values),
                           tr("The same as row {row}: {columns} must differ from row to row.")
                           .format(row=first, columns=self.header))


class RowValidator:
    """Clean and check rows of the columns found in the sheet (``present``, in spec order).

    Call it with ``(Excel row number, raw values)``: it returns the clean values, or ``None``
    when the row has problems (then in :attr:`issues`).
    """

    def __init__(self, spec: ImportSpec, present: Sequence[ImportColumn],
                 epoch: datetime = CALENDAR_WINDOWS_1900) -> None:
        self.present = tuple(present)
        self.issues: list[ImportIssue] = []
        self._cells = [(column.parser(epoch), column.required, column.check, column.header())
                       for column in self.present]
        self._keys = [column.key for column in self.present]
        self._absent = {column.key: None for column in spec.columns
                        if column not in self.present}
        positions = {column.key: index for index, column in enumerate(self.present)}
        self._unique = [
            _UniqueGroup([positions[key] for key in group], [spec.column(key) for key in group])
            for group in spec.unique_groups if all(key in positions for key in group)]

    def __call__(self, number: int, values: Sequence[Any]) -> tuple[Any, ...] | None:
        clean: list[Any] = []
        issues = self.issues
        start = len(issues)
        for (parse, required, check, header), value in zip(self._cells, values, strict=True):
            try:
                result = parse(value)
            except CellError as error:
                issues.append(ImportIssue(number, header, shown(value), error.reason))
                clean.append(None)
                continue
            if result is None:
                if required:
                    issues.append(ImportIssue(number, header, shown(value),
                                              tr("Required: this cell must be filled in.")))
            elif check is not None:
                reason = check(result)
                if reason:
                    issues.append(ImportIssue(number, header, shown(value), reason))
            clean.append(result)
        if len(issues) > start:
            return None
        for group in self._unique:
            duplicate = group.issue(number, clean)
            if duplicate is not None:
                issues.append(duplicate)
        return tuple(clean) if len(issues) == start else None

    def as_dict(self, clean: Sequence[Any]) -> dict[str, Any]:
        """A clean row keyed by column key; columns missing from the sheet are ``None``."""
        row = dict(zip(self._keys, clean, strict=True))
        row.update(self._absent)
        return row
