"""Imports from Excel as users meet them: templates, a check of every row, then one transaction.

Registers describe their imports with :class:`ImportSpec` and :func:`register_import`. A file
is read once: every row is checked before anything is written; a file with problems imports
nothing unless the user asks for the valid rows only. A backup comes first, an audit line last.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import ConflictError, NotFoundError, UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.reader import SheetLayout, SheetReader
from jianguan_desktop.io.excel.report import write_report
from jianguan_desktop.io.excel.schema import ImportColumn, ImportIssue, ImportSpec
from jianguan_desktop.io.excel.template import write_template as write_spec_template
from jianguan_desktop.io.excel.validate import RowValidator
from jianguan_desktop.services.audit_table import register_field_labels
from jianguan_desktop.services.backup import IMPORT_REASON, create_backup
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.settings import (
    SettingDef,
    SettingGroup,
    get_setting,
    register_setting,
    register_setting_group,
)

__all__ = [
    "IMPORT_ACTION", "IMPORT_REASON", "MAX_FILE_MB", "ImportCheck", "ImportColumn",
    "ImportFailed", "ImportInfo", "ImportIssue", "ImportResult", "ImportSpec", "check_file",
    "get_import", "list_imports", "register_import", "run_import", "save_report",
    "write_template",
]

IMPORT_ACTION = "import"  # the audit action of an import
BATCH_ROWS = 1000  # rows per database check and per write (then flushed)
PROGRESS_ROWS = 1000  # rows read between progress reports and cancel checks

register_setting_group(SettingGroup("imports", lambda: tr("Imports from Excel"), 600))
MAX_FILE_MB = register_setting(SettingDef(
    "imports.max_file_mb", 100, lambda: tr("Largest workbook that may be imported"),
    lambda: tr("This program's policy: a larger list is split into several files"),
    minimum=1, maximum=2000, unit=lambda: "MB", group="imports"))


# --- results ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportInfo:
    """An import as menus and ``jianguan import --list`` show it."""

    key: str
    title: str
    table_key: str | None
    headers: list[str]


@dataclass(frozen=True)
class ImportCheck:
    """What checking a file found: rows read (blank rows aside), rows without problems, the
    problems by row, and where the data was (sheet, header row, columns ignored)."""

    total_rows: int
    valid_rows: int
    issues: list[ImportIssue]
    header_row: int
    sheet: str
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def problem_rows(self) -> int:
        """How many rows have at least one problem."""
        return self.total_rows - self.valid_rows


@dataclass(frozen=True)
class ImportResult:
    """A finished import: records made, rows skipped for their problems (listed), the backup."""

    imported: int
    skipped: int
    issues: list[ImportIssue]
    backup_file: Path | None
    check: ImportCheck


class ImportFailed(UserError):
    """Rows have problems and nothing was imported; ``check`` holds the problems by row."""

    exit_code = 1

    def __init__(self, message: str, check: ImportCheck) -> None:
        super().__init__(message)
        self.check = check


# --- the registry -------------------------------------------------------------------------

_IMPORTS: dict[str, ImportSpec] = {}
_discovered = False


def _audit_table(spec: ImportSpec) -> str:
    """The table name an import's audit line is filed under: its register's."""
    return spec.table_key or spec.key


def register_import(spec: ImportSpec) -> ImportSpec:
    """Make an import known by its key (registering the same key again replaces it)."""
    _IMPORTS[spec.key] = spec
    register_field_labels(_audit_table(spec), {
        "import_file": lambda: tr("Imported file"), "import_sheet": lambda: tr("Worksheet"),
        "rows_imported": lambda: tr("Rows imported"),
        "rows_skipped": lambda: tr("Rows skipped"),
        "backup_file": lambda: tr("Backup made before")})
    return spec


def _discover() -> None:
    """Load the registers' modules once: each register's module registers its imports."""
    global _discovered
    if _discovered:
        return
    _discovered = True
    from jianguan_desktop.services.registers import load_registers

    load_registers(imports=True)


def get_import(key: str) -> ImportSpec:
    """The import registered as ``key`` (:class:`NotFoundError` naming the way to list them)."""
    _discover()
    try:
        return _IMPORTS[key]
    except KeyError:
        raise NotFoundError(tr("There is no import called “{key}”; “jianguan import --list” "
                               "shows the registers that take imports.").format(key=key)
                            ) from None


def list_imports() -> list[ImportInfo]:
    """Every registered import, in registration order."""
    _discover()
    return [ImportInfo(spec.key, spec.title(), spec.table_key,
                       [column.header() for column in spec.columns])
            for spec in _IMPORTS.values()]


def write_template(key: str, path: str | os.PathLike[str]) -> Path:
    """Save the Excel template of the import ``key`` at ``path``."""
    return write_spec_template(get_import(key), path)


def save_report(issues: Sequence[ImportIssue], path: str | os.PathLike[str],
                title: str | None = None) -> int:
    """Save the problems as an .xlsx list (row, column, value, reason); return the rows."""
    return write_report(issues, path, title)


# --- reading and checking -----------------------------------------------------------------

@dataclass
class _Scan:
    check: ImportCheck
    rows: list[tuple[int, tuple[Any, ...]]]
    validator: RowValidator
    layout: SheetLayout


def _max_bytes(db: Database) -> int:
    return int(get_setting(db, MAX_FILE_MB.key)) * 2**20


@contextmanager
def _database_checks(db: Database, spec: ImportSpec) -> Iterator[Session | None]:
    if spec.check_rows is None:
        yield None
        return
    with db.uow(readonly=True) as uow:
        yield uow.session


def _checked(spec: ImportSpec, session: Session | None, validator: RowValidator,
             pending: list[tuple[int, tuple[Any, ...]]]) -> list[tuple[int, tuple[Any, ...]]]:
    """The rows of ``pending`` that the register's database checks accept."""
    if spec.check_rows is None or session is None or not pending:
        return pending
    found = spec.check_rows(session, [(number, validator.as_dict(clean))
                                      for number, clean in pending])
    if not found:
        return pending
    validator.issues.extend(found)
    bad = {issue.row for issue in found}
    return [(number, clean) for number, clean in pending if number not in bad]


def _report_reading(progress: Progress, layout: SheetLayout, number: int) -> None:
    progress.check_cancelled()
    done = number - layout.first_data_row + 1
    if layout.estimated_rows >= done:
        progress.report(done, layout.estimated_rows, tr(
            "Checking rows: {done} of about {total}").format(
            done=f"{done:,}", total=f"{layout.estimated_rows:,}"))
    else:  # the sheet does not say how long it is
        progress.report(done, 0, tr("Checking rows: {done} read").format(done=f"{done:,}"))


def _scan(db: Database, spec: ImportSpec, path: str | os.PathLike[str],
          progress: Progress | None, keep_rows: bool) -> _Scan:
    """Read the file once, checking every row; keep the clean rows if asked."""
    valid: list[tuple[int, tuple[Any, ...]]] = []
    valid_count = total = 0
    with SheetReader(path, spec.columns, max_bytes=_max_bytes(db)) as reader:
        layout = reader.layout
        validator = RowValidator(spec, reader.present, reader.epoch)
        pending: list[tuple[int, tuple[Any, ...]]] = []
        with _database_checks(db, spec) as session:
            for number, values in reader.rows():
                total += 1
                clean = validator(number, values)
                if clean is not None:
                    pending.append((number, clean))
                    if len(pending) >= BATCH_ROWS:
                        accepted = _checked(spec, session, validator, pending)
                        valid_count += len(accepted)
                        if keep_rows:
                            valid.extend(accepted)
                        pending = []
                if progress is not None and total % PROGRESS_ROWS == 0:
                    _report_reading(progress, layout, number)
            accepted = _checked(spec, session, validator, pending)
            valid_count += len(accepted)
            if keep_rows:
                valid.extend(accepted)
    issues = sorted(validator.issues, key=lambda issue: issue.row)
    check = ImportCheck(total, valid_count, issues, layout.header_row, layout.sheet,
                        list(layout.ignored))
    return _Scan(check, valid, validator, layout)


def check_file(db: Database, actor: Actor, key: str, path: str | os.PathLike[str],
               progress: Progress | None = None) -> ImportCheck:
    """Check every row of the file against the import ``key`` without writing anything.

    A file that cannot be used at all (damaged, password-protected, not .xlsx, no header
    row, too large) raises :class:`UserError`; row problems are in the result.
    """
    spec = get_import(key)
    require(actor, spec.permission)
    return _scan(db, spec, path, progress, keep_rows=False).check


# --- importing ----------------------------------------------------------------------------

def _refuse(check: ImportCheck, name: str) -> UserError:
    if check.total_rows == 0:
        return UserError(tr("{name} has the column headers but no rows under them; nothing "
                            "was imported.").format(name=name))
    if check.valid_rows == 0:
        return ImportFailed(tr("None of the {total} rows of {name} can be imported; nothing "
                               "was imported. See the list of problems.").format(
            total=f"{check.total_rows:,}", name=name), check)
    return ImportFailed(tr("{rows} of the {total} rows of {name} have problems, so nothing "
                           "was imported. Correct them (see the list) and import again, or "
                           "choose to import only the rows without problems.").format(
        rows=f"{check.problem_rows:,}", total=f"{check.total_rows:,}", name=name), check)


def _write_rows(db: Database, actor: Actor, spec: ImportSpec, scan: _Scan, name: str,
                backup: Path | None, progress: Progress | None) -> int:
    """Write the clean rows in one transaction, with the import's audit line."""
    rows = scan.rows
    imported = 0
    with db.uow(actor) as uow:
        for start in range(0, len(rows), BATCH_ROWS):
            if progress is not None:
                progress.check_cancelled()
                progress.report(start, len(rows), tr("Importing: {done} of {total} rows")
                                .format(done=f"{start:,}", total=f"{len(rows):,}"))
            batch = rows[start:start + BATCH_ROWS]
            imported += spec.write(uow.session, actor,
                                   [scan.validator.as_dict(clean) for _number, clean in batch])
            try:
                uow.flush()  # written rows leave the session's memory
            except IntegrityError as error:
                raise ConflictError(tr(
                    "Rows {first}–{last} could not be saved: they clash with records already "
                    "in the register ({detail}). Nothing was imported.").format(
                    first=batch[0][0], last=batch[-1][0], detail=error.orig)) from error
        check = scan.check
        append_audit(uow.session, IMPORT_ACTION, _audit_table(spec), name, {
            "import_file": [None, name], "import_sheet": [None, check.sheet],
            "rows_imported": [None, imported], "rows_skipped": [None, check.problem_rows],
            "backup_file": [None, backup.name if backup else None]})
        if progress is not None:
            progress.check_cancelled()
            progress.report(len(rows), len(rows), tr("Saving…"))
        uow.commit()
    return imported


def run_import(db: Database, actor: Actor, key: str, path: str | os.PathLike[str], *,
               valid_only: bool = False, progress: Progress | None = None) -> ImportResult:
    """Import the file: check every row, back the database up, write in one transaction.

    With problems and not ``valid_only``: nothing is written and :class:`ImportFailed`
    (holding the check) is raised. With ``valid_only`` the rows without problems are
    imported and the others skipped (listed in the result). Cancelling (``Cancelled``)
    at any point writes nothing.
    """
    spec = get_import(key)
    require(actor, spec.permission)
    name = Path(path).name
    scan = _scan(db, spec, path, progress, keep_rows=True)
    check = scan.check
    if not scan.rows or (check.issues and not valid_only):
        raise _refuse(check, name)
    if progress is not None:
        progress.check_cancelled()
        progress.report(0, len(scan.rows), tr("Backing up the database…"))
    backup = create_backup(db, IMPORT_REASON, actor).path if db.file is not None else None
    imported = _write_rows(db, actor, spec, scan, name, backup, progress)
    return ImportResult(imported, check.problem_rows, check.issues, backup, check)
