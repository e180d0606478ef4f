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

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

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
        *travelling_columns(TABLE),
    )
    travelling_indexes(TABLE, plain=(('ix_complaint_documents_complaint',
                                      ('complaint_id', 'form_key', 'item')),))

def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table(TABLE)
