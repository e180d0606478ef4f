"""The registers as the city office sees them: every county's records beside its own, with a
所属单位 column (and its filter) naming the office each record belongs to.

A county's registers hold its own records, and the city-wide credit lists: there the column
names the office that listed an entry. Whether a listed row may be changed here is
:func:`is_own_row`; the flush check of :mod:`jianguan_desktop.db.ownership` refuses it anyway.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from jianguan_desktop.db.ownership import office_names
from jianguan_desktop.db.sync_rows import travelling_tables
from jianguan_desktop.domain.office_code import short_office_name
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.sync_keys import office_row
from jianguan_desktop.services.tables import ColumnSpec, TableSpec

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

OFFICE_COLUMN = "office"  # key of the 所属单位 column in a city's register views
OWN_CODE_COLUMN = "office_code"  # a register's own column of the office code (credit lists)
CITY_MODE = "city"


def owner_column(spec: TableSpec) -> Any | None:
    """The ``office_code`` column of the travelling table a register lists, if it lists one."""
    expr = getattr(spec.id_column, "expression", spec.id_column)
    table = getattr(expr, "table", None)
    names = {table.name for table in travelling_tables()}
    if table is None or getattr(table, "name", None) not in names:
        return None
    return table.c.office_code


def is_city(db: Database, actor: Actor | None = None) -> bool:
    """Whether this database is a city office's."""
    with db.uow(actor, readonly=True) as uow:
        return office_row(uow.session).mode == CITY_MODE


def _choices(own: str, names: dict[str, str]) -> dict[str, str]:
    ordered = [own, *sorted(code for code in names if code != own)]
    return {code: short_office_name(code, names.get(code, "")) for code in ordered}


def office_choices(db: Database, actor: Actor | None = None) -> dict[str, str]:
    """Every office known here, code → short name (see
    :func:`~jianguan_desktop.domain.office_code.short_office_name`), the own office first."""
    with db.uow(actor, readonly=True) as uow:
        return _choices(office_row(uow.session).code, office_names(uow.session))


def view_spec(db: Database, actor: Actor | None, spec: TableSpec) -> TableSpec:
    """``spec`` as this office shows it. Where the register holds other offices' records (every
    register at the city, the city-wide credit lists in a county) its office column is an enum
    of the known offices by name, so it is searched by name and filtered: the register's own
    ``office_code`` column when it has one, else a 所属单位 column after the first."""
    from jianguan_desktop.services.sync import CITY_FORWARDS

    expr = owner_column(spec)
    if expr is None or spec.has_column(OFFICE_COLUMN):
        return spec
    with db.uow(actor, readonly=True) as uow:  # one read: the office, and the names it knows
        office = office_row(uow.session)
        if office.mode != CITY_MODE and expr.table.name not in CITY_FORWARDS:
            return spec
        choices = _choices(office.code, office_names(uow.session))
    labels = lambda: choices  # noqa: E731 - the names read once, when the view is made
    columns = list(spec.columns)
    if spec.has_column(OWN_CODE_COLUMN):
        at = [column.key for column in columns].index(OWN_CODE_COLUMN)
        old = columns[at]
        columns[at] = ColumnSpec(old.key, old.header, "enum", expr, width=old.width,
                                 visible=old.visible, searchable=True, labels=labels)
    else:
        columns.insert(1, ColumnSpec(OFFICE_COLUMN, lambda: tr("Belongs to office"), "enum",
                                     expr, width=110, searchable=True, labels=labels))
    return replace(spec, columns=tuple(columns))


def row_office(row: dict[str, Any] | None) -> str | None:
    """The office a listed row (as fetched from a :func:`view_spec` view) belongs to; ``None``
    when the view does not say (then it lists the office's own records only)."""
    if row is None:
        return None
    code = row.get(OFFICE_COLUMN, row.get(OWN_CODE_COLUMN))
    return None if code is None else str(code)


def is_own_row(row: dict[str, Any] | None, own_office: str) -> bool:
    """Whether a listed row may be changed here: it is this office's own."""
    code = row_office(row)
    return code is None or code == own_office
