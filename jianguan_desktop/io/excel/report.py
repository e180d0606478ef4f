"""Save the problems an import found as an .xlsx list: row, column, value, reason.

The clerk corrects the workbook next to it; the file is written like any export (atomically).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict

from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.schema import ImportIssue
from jianguan_desktop.io.excel_export import SheetColumn, write_xlsx

BATCH = 5000


def report_columns() -> list[SheetColumn]:
    """The report's columns, headers in the user's language."""
    return [SheetColumn("row", tr("Row"), "int", 60),
            SheetColumn("column", tr("Column"), "text", 140),
            SheetColumn("value", tr("Value in the file"), "text", 220),
            SheetColumn("reason", tr("Problem"), "text", 520)]


def _batches(issues: Sequence[ImportIssue]) -> Iterator[list[dict[str, object]]]:
    for start in range(0, len(issues), BATCH):
        yield [asdict(issue) for issue in issues[start:start + BATCH]]


def write_report(issues: Sequence[ImportIssue], path: str | os.PathLike[str],
                 title: str | None = None) -> int:
    """Write ``issues`` to ``path``; return how many rows were written."""
    return write_xlsx(path, report_columns(), _batches(issues), total=len(issues), title=title)
