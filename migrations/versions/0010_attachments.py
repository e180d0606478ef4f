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

# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE_INDEXES: dict[str, tuple[str, ...]] = {}


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
        'attachments',
        sa.Column('owner_table', sa.String(length=50), nullable=False),
        sa.Column('owner_id', sa.String(length=36), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('description', sa.String(length=500), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        *_bookkeeping('attachments'),
    )
    _indexes('attachments', (('ix_attachments_owner', ('owner_table', 'owner_id')),))


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table('attachments')
