"""The notices register (发文登记): table ``notices`` with its 发文字号 and sort indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 01:15:00

Written by hand (see jianguan_desktop/db/notices.py for what each column means); the drift
test (tests/integration/test_migrations.py) checks it matches the model. It only adds.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Indexes over live rows on (sort column(s), id): the register view reaches any window of
# rows in any sort without reading the table (jianguan_desktop/services/tables.py).
LIVE_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ('ix_notices_live_number', ('number', 'id')),
    ('ix_notices_live_title', ('title', 'id')),
    ('ix_notices_live_addressee', ('addressee', 'id')),
    ('ix_notices_live_signed_on', ('signed_on', 'id')),
    ('ix_notices_live_status', ('status', 'id')),
    ('ix_notices_live_issued_on', ('issued_on', 'id')),
    ('ix_notices_live_updated_at', ('updated_at', 'id')),
    ('ix_notices_live_doc_order', ('doc_order', 'id')),
)


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table('notices',
    # the travelling-record bookkeeping (jianguan_desktop/db/records.py)
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
    # the notice
    sa.Column('doc_code', sa.String(length=20), nullable=False),
    sa.Column('doc_year', sa.Integer(), nullable=False),
    sa.Column('doc_seq', sa.Integer(), nullable=False),
    sa.Column('doc_order', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('addressee', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('signature', sa.String(length=200), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('cc', sa.String(length=1000), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('remarks', sa.String(length=1000), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notices')),
    sa.UniqueConstraint('office_code', 'number', name=op.f('uq_notices_office_code_number'))
    )
    live = sa.text('deleted_at IS NULL')
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notices_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_notices_change_seq'), ['change_seq'], unique=False)
        for name, columns in LIVE_INDEXES:
            batch_op.create_index(name, list(columns), unique=False, sqlite_where=live,
                                  postgresql_where=live)


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table('notices')
