"""Pieces of schema the Alembic revisions share: a travelling record's bookkeeping columns and
its standard indexes (see ``db/records.py``).

FROZEN: revisions already shipped build their tables with these exact shapes, so never change
what a function here makes; when the bookkeeping changes, add a new function (and a revision).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from alembic import op

STANDARD_INDEXED = ("change_seq", "office_code")


def travelling_columns(table: str) -> list[sa.SchemaItem]:
    """The columns every travelling record has, its primary key and its unique number."""
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('office_code', sa.String(length=12), nullable=False),
        sa.Column('number', sa.String(length=60), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('change_seq', sa.BigInteger(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('deleted_by', sa.String(length=50), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=50), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_by', sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
        sa.UniqueConstraint('office_code', 'number',
                            name=op.f(f'uq_{table}_office_code_number')),
    ]


def travelling_indexes(table: str, *, indexed: Iterable[str] = STANDARD_INDEXED,
                       plain: Sequence[tuple[str, Sequence[str]]] = (),
                       live: Iterable[str] = (),
                       live_unique: Sequence[tuple[str, Sequence[str]]] = ()) -> None:
    """Indexes of a travelling record's table: ``ix_<table>_<column>`` on each ``indexed``
    column, ``plain`` (name, columns) ones, ``ix_<table>_live_<column>`` on (column, id) over
    live rows for each ``live`` sort column, and ``live_unique`` (name, columns) ones."""
    where = sa.text('deleted_at IS NULL')
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in indexed:
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)
        for name, columns in plain:
            batch_op.create_index(name, list(columns), unique=False)
        for column in live:
            batch_op.create_index(f'ix_{table}_live_{column}', [column, 'id'], unique=False,
                                  sqlite_where=where, postgresql_where=where)
        for name, columns in live_unique:
            batch_op.create_index(name, list(columns), unique=True, sqlite_where=where,
                                  postgresql_where=where)
