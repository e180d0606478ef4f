"""Files kept with records (evidence of complaints, materials of transfers): table
``attachments``.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22 04:40:00

Written by hand (see jianguan_desktop/db/attachments.py); the drift test
(tests/integration/test_migrations.py) checks it matches the model.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None



def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'attachments',
        sa.Column('owner_table', sa.String(length=50), nullable=False),
        sa.Column('owner_id', sa.String(length=36), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('description', sa.String(length=500), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        *travelling_columns('attachments'),
    )
    travelling_indexes('attachments',
                       plain=(('ix_attachments_owner', ('owner_table', 'owner_id')),))


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table('attachments')
