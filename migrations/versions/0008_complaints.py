"""The complaints register (投诉举报): table ``complaints``.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 04:30:00

Written by hand (see jianguan_desktop/db/complaints.py for what each column means); the drift
test (tests/integration/test_migrations.py) checks it matches the model.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE_INDEXES: dict[str, tuple[str, ...]] = {
    'complaints': ('number_order', 'received_on', 'status', 'due_on', 'respondent_name',
                   'case_type', 'updated_at'),
}




def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'complaints',
        sa.Column('case_type', sa.String(length=20), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        *(sa.Column(name, sa.Date(), nullable=True)
          for name in ('accepted_on', 'decided_on', 'archived_on')),
        sa.Column('complainant', sa.String(length=200), nullable=False),
        sa.Column('complainant_contact', sa.String(length=200), nullable=False),
        sa.Column('respondent_entity_id', sa.String(length=36), nullable=True),
        sa.Column('respondent_name', sa.String(length=200), nullable=False),
        sa.Column('respondent_code', sa.String(length=30), nullable=False),
        sa.Column('project_name', sa.String(length=300), nullable=False),
        sa.Column('project_code', sa.String(length=30), nullable=False),
        sa.Column('matter', sa.Text(), nullable=False),
        sa.Column('request', sa.Text(), nullable=False),
        sa.Column('handler', sa.String(length=50), nullable=False),
        sa.Column('preset_key', sa.String(length=20), nullable=False),
        sa.Column('preset_data', sa.Text(), nullable=False),
        sa.Column('case_data', sa.Text(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('due_limit', sa.String(length=30), nullable=False),
        sa.Column('due_explanation', sa.Text(), nullable=False),
        sa.Column('due_warnings', sa.Text(), nullable=False),
        sa.Column('late_steps', sa.Integer(), nullable=False),
        sa.Column('repeat_count', sa.Integer(), nullable=False),
        sa.Column('number_order', sa.Integer(), nullable=False),
        *travelling_columns('complaints'),
    )
    travelling_indexes('complaints',
                       indexed=('change_seq', 'office_code', 'respondent_entity_id'),
                       plain=(('ix_complaints_project', ('project_code', 'received_on')),
                              ('ix_complaints_respondent_code',
                               ('respondent_code', 'received_on'))),
                       live=LIVE_INDEXES['complaints'])


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table('complaints')
