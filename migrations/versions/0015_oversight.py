"""The oversight tables of issue 9: early warnings marked handled (``warning_marks``) and the
annual supervision reports (``annual_reports``), both travelling records.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 07:00:00

New tables only: no row is touched. A package of revision 0014 imports unchanged; this
revision's packages carry the two new tables. The drift test
(tests/integration/test_migrations.py) checks this matches the models.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

# revision identifiers, used by Alembic.
revision: str = '0015'
down_revision: str | Sequence[str] | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'warning_marks',
        sa.Column('rule', sa.String(length=40), nullable=False),
        sa.Column('warning_key', sa.String(length=200), nullable=False),
        sa.Column('target_table', sa.String(length=50), nullable=False),
        sa.Column('target_id', sa.String(length=36), nullable=False),
        sa.Column('handled_on', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        *travelling_columns('warning_marks'),
    )
    travelling_indexes('warning_marks', live_unique=(
        ('ix_warning_marks_live_key', ('office_code', 'rule', 'warning_key')),))
    op.create_table(
        'annual_reports',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('sections', sa.Text(), nullable=True),
        sa.Column('finalised_on', sa.Date(), nullable=True),
        sa.Column('finalised_by', sa.String(length=50), nullable=False),
        *travelling_columns('annual_reports'),
    )
    travelling_indexes('annual_reports', live_unique=(
        ('ix_annual_reports_live_year', ('office_code', 'year')),))


def downgrade() -> None:
    """Downgrade the schema."""
    op.drop_table('annual_reports')
    op.drop_table('warning_marks')
