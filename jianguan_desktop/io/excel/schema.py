"""What an import takes from a workbook: its columns, how each is checked, how rows are written.

A register describes its import once as an :class:`ImportSpec`; the template, the reader, the
row checks and the report all follow it. Problems found are :class:`ImportIssue` rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900

from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.excel.cells import (
    Parser,
    choice_list,
    choice_parser,
    code_parser,
    date_parser,
    decimal_parser,
    int_parser,
    text_parser,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

KINDS = frozenset({"text", "int", "decimal", "date", "choice", "code"})
Text = Callable[[], str]


@dataclass(frozen=True)
class ImportIssue:
    """One problem: the Excel row number, the column's header, the cell as shown, and why."""

    row: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True, eq=False)
class ImportColumn:
    """One column of an import.

    ``header`` is what the template's header cell says (``aliases``: other headers accepted
    on reading). ``kind`` is ``text``, ``int``, ``decimal``, ``date``, ``choice`` or ``code``;
    ``choices`` maps the label a clerk picks to the value stored (``choice_aliases``: other
    labels understood on reading, not offered in the template's list). ``note`` and ``example``
    go into the template's notes row. ``check`` gets the clean value and returns a reason
    (or ``None``). ``length`` fixes a code's length (its leading zeros come back when Excel
    made a number of it); ``places`` the digits after the point of a decimal;
    ``minimum``/``maximum`` bound numbers; ``width`` is the template's width in characters.
    """

    key: str
    header: Text
    kind: str = "text"
    required: bool = False
    choices: Callable[[], Mapping[str, Any]] | None = None
    aliases: tuple[str, ...] = ()
    max_length: int | None = None
    note: Text | None = None
    check: Callable[[Any], str | None] | None = None
    example: Text | None = None
    length: int | None = None
    places: int | None = None
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    width: int | None = None
    choice_aliases: Callable[[], Mapping[str, Any]] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown import column kind {self.kind!r}")
        if self.kind == "choice" and self.choices is None:
            raise ValueError(f"choice column {self.key!r} needs choices")

    def parser(self, epoch: datetime = CALENDAR_WINDOWS_1900) -> Parser:
        """The function that turns one cell of this column into its clean value.

        ``epoch`` is the workbook's date system; choices are read now (call once per file).
        """
        if self.kind == "text":
            return text_parser(self.max_length)
        if self.kind == "int":
            return int_parser(_whole(self.minimum), _whole(self.maximum))
        if self.kind == "decimal":
            return decimal_parser(self.places, self.minimum, self.maximum)
        if self.kind == "date":
            return date_parser(epoch)
        if self.kind == "choice":
            assert self.choices is not None
            aliases = self.choice_aliases() if self.choice_aliases is not None else None
            return choice_parser(self.choices(), aliases)
        return code_parser(self.length)


def _whole(bound: Decimal | int | None) -> int | None:
    return None if bound is None else int(bound)


RowWriter = Callable[["Session", Actor, list[dict[str, Any]]], int]
RowChecker = Callable[["Session", list[tuple[int, dict[str, Any]]]], list[ImportIssue]]


@dataclass(frozen=True, eq=False)
class ImportSpec:
    """An import: its key (``jianguan import KEY``), title, columns and how rows are written.

    ``write(session, actor, rows)`` adds a batch of clean rows (dicts keyed by column key;
    an absent optional column is ``None``) inside the import's one transaction and returns
    how many records it made. ``check_rows(session, [(row number, row), ...])`` looks at the
    database (a number already taken...) and returns issues. ``unique`` names the columns
    (or groups of columns) no two rows of a file may share. ``table_key`` is the register
    view the rows land in.
    """

    key: str
    title: Text
    columns: Sequence[ImportColumn]
    write: RowWriter
    check_rows: RowChecker | None = None
    permission: Permission = Permission.WRITE
    table_key: str | None = None
    unique: tuple[str | tuple[str, ...], ...] = ()
    unique_groups: tuple[tuple[str, ...], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", tuple(self.columns))
        keys = [column.key for column in self.columns]
        if not keys or len(set(keys)) != len(keys):
            raise ValueError(f"import {self.key!r} needs columns with distinct keys")
        groups = tuple((entry,) if isinstance(entry, str) else tuple(entry)
                       for entry in self.unique)
        for group in groups:
            for key in group:
                self.column(key)
        object.__setattr__(self, "unique_groups", groups)

    def column(self, key: str) -> ImportColumn:
        """The column with this key (``ValueError`` if there is none)."""
        for column in self.columns:
            if column.key == key:
                return column
        raise ValueError(f"import {self.key!r} has no column {key!r}")


# --- the notes row of a template ----------------------------------------------------------

def required_mark() -> str:
    """How a template's note begins for a column that must be filled in."""
    return tr("[Required]")


def optional_mark() -> str:
    """How a template's note begins for a column that may stay empty."""
    return tr("[Optional]")


def note_marks() -> tuple[str, ...]:
    """Beginnings that make a row a notes row (in the language in force, and in English)."""
    return tuple({required_mark(), optional_mark(), "[Required]", "[Optional]"})


def _kind_note(column: ImportColumn) -> str:
    if column.kind == "text":
        if column.max_length:
            return tr("Text, at most {limit} characters.").format(limit=column.max_length)
        return tr("Text.")
    if column.kind == "int":
        return tr("A whole number.")
    if column.kind == "decimal":
        if column.places is not None:
            return tr("A number, at most {places} digits after the point.").format(
                places=column.places)
        return tr("A number.")
    if column.kind == "date":
        return tr("A date, such as 2026-03-05.")
    if column.kind == "choice":
        assert column.choices is not None
        return tr("Pick from the list: {choices}.").format(choices=choice_list(column.choices()))
    if column.length:
        return tr("A code of {length} characters.").format(length=column.length)
    return tr("A code.")


def column_note(column: ImportColumn) -> str:
    """The notes-row text of a column: required or not, what it takes, an example."""
    lines = [(required_mark() if column.required else optional_mark()) + _kind_note(column)]
    if column.note is not None:
        lines.append(column.note())
    if column.example is not None:
        lines.append(tr("Example: {example}").format(example=column.example()))
    return "\n".join(lines)
