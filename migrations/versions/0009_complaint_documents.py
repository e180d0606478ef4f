"""The documents issued about complaints and their 发文字号: table ``complaint_documents``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22 04:45:00

Written by hand (see jianguan_desktop/db/complaint_documents.py for what each column means);
the drift test (tests/integration/test_migrations.py) checks it matches the model.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = 'complaint_documents'


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        TABLE,
        sa.Column('complaint_id', sa.String(length=36), nullable=False),
        sa.Column('form_key', sa.String(length=40), nullable=False),
        sa.Column('item', sa.Integer(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        # the travelling-record columns and keys (jianguan_desktop/db/records.py)
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
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{TABLE}')),
        sa.UniqueConstraint('office_code', 'number',
                            name=op.f(f'uq_{TABLE}_office_code_number')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        for column in ('change_seq', 'office_code'):
            batch_op.create_index(batch_op.f(f'ix_{TABLE}_{column}'), [column], unique=False)
        batch_op.create_index('ix_complaint_documents_complaint',
                              ['complaint_id', 'form_key', 'item'], unique=False)


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table(TABLE)
