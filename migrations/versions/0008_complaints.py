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

# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE_INDEXES: dict[str, tuple[str, ...]] = {
    'complaints': ('number_order', 'received_on', 'status', 'due_on', 'respondent_name',
                   'case_type', 'updated_at'),
}


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


def _indexes(table: str, plain: Sequence[tuple[str, Sequence[str]]] = ()) -> None:
    live = sa.text('deleted_at IS NULL')
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ('change_seq', 'office_code'):
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)
        for name, columns in plain:
            batch_op.create_index(name, list(columns), unique=False)
        for column in LIVE_INDEXES.get(table, ()):
            batch_op.create_index(f'ix_{table}_live_{column}', [column, 'id'], unique=False,
                                  sqlite_where=live, postgresql_where=live)


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
        *_bookkeeping('complaints'),
    )
    _indexes('complaints', (
        (op.f('ix_complaints_respondent_entity_id'), ('respondent_entity_id',)),
        ('ix_complaints_project', ('project_code', 'received_on')),
        ('ix_complaints_respondent_code', ('respondent_code', 'received_on')),
    ))


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table('complaints')
