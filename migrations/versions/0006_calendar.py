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

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None




def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'calendar_days',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('source', sa.String(length=10), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        *travelling_columns('calendar_days'),
    )
    travelling_indexes('calendar_days', live_unique=(
        ('uq_calendar_days_live_day', ('office_code', 'day')),))
    op.create_table(
        'calendar_years',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=10), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        *travelling_columns('calendar_years'),
    )
    travelling_indexes('calendar_years', live_unique=(
        ('uq_calendar_years_live_year', ('office_code', 'year')),))


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    for table in ('calendar_years', 'calendar_days'):
        op.drop_table(table)
