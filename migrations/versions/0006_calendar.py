"""The working-day calendar's office entries: tables ``calendar_days`` and ``calendar_years``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 04:20:00

Written after autogenerate (see jianguan_desktop/db/calendar.py for what each column means);
the shipped holiday table stays a file (resources/calendar/holidays.json), these hold only the
office's own days and years. The drift test (tests/integration/test_migrations.py) checks it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _bookkeeping(table: str) -> list[sa.SchemaItem]:
    """The travelling-record columns and keys (jianguan_desktop/db/records.py)."""
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


def _indexes(table: str, column: str) -> None:
    live = sa.text('deleted_at IS NULL')
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name in ('change_seq', 'office_code'):
            batch_op.create_index(batch_op.f(f'ix_{table}_{name}'), [name], unique=False)
        batch_op.create_index(f'uq_{table}_live_{column}', ['office_code', column],
                              unique=True, sqlite_where=live, postgresql_where=live)


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'calendar_days',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('source', sa.String(length=10), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        *_bookkeeping('calendar_days'),
    )
    _indexes('calendar_days', 'day')
    op.create_table(
        'calendar_years',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=10), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        *_bookkeeping('calendar_years'),
    )
    _indexes('calendar_years', 'year')


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    for table in ('calendar_years', 'calendar_days'):
        op.drop_table(table)
