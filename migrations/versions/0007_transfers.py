"""Case transfers and requests for assistance: tables ``case_transfers`` and ``assist_requests``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 04:30:00

Written after autogenerate (see jianguan_desktop/db/transfers.py for what each column means);
the drift test (tests/integration/test_migrations.py) checks it matches the models.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Indexes over live rows on (sort column, id) for the register views (services/tables.py).
LIVE_INDEXES: dict[str, tuple[str, ...]] = {
    'case_transfers': ('number_order', 'recipient_unit', 'status', 'sent_on', 'feedback_due',
                       'updated_at'),
    'assist_requests': ('number_order', 'unit', 'status', 'sent_on', 'reply_by', 'updated_at'),
}


def _bookkeeping(table: str) -> list[sa.SchemaItem]:
    """The travelling-record columns and keys (jianguan_desktop/db/records.py), the number's
    order (db/credit.py NumberOrdered) and the source link (db/transfers.py SourceLinked)."""
    return [
        sa.Column('number_order', sa.Integer(), nullable=False),
        sa.Column('source_kind', sa.String(length=12), nullable=False),
        sa.Column('source_id', sa.String(length=36), nullable=True),
        sa.Column('source_ref', sa.String(length=100), nullable=False),
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


def _indexes(table: str) -> None:
    live = sa.text('deleted_at IS NULL')
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ('change_seq', 'office_code', 'source_id'):
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)
        for column in LIVE_INDEXES[table]:
            batch_op.create_index(f'ix_{table}_live_{column}', [column, 'id'], unique=False,
                                  sqlite_where=live, postgresql_where=live)


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'case_transfers',
        sa.Column('recipient_kind', sa.String(length=16), nullable=False),
        sa.Column('recipient_unit', sa.String(length=200), nullable=False),
        sa.Column('matter', sa.String(length=300), nullable=False),
        sa.Column('parties', sa.String(length=500), nullable=False),
        sa.Column('facts', sa.Text(), nullable=False),
        sa.Column('basis', sa.String(length=500), nullable=False),
        sa.Column('contact', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('proposed_on', sa.Date(), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=True),
        sa.Column('letter_number', sa.String(length=60), nullable=False),
        sa.Column('approved_by', sa.String(length=50), nullable=False),
        sa.Column('attachments', sa.Text(), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=True),
        sa.Column('receipt_note', sa.String(length=500), nullable=False),
        sa.Column('feedback_kind', sa.String(length=12), nullable=False),
        sa.Column('feedback_on', sa.Date(), nullable=True),
        sa.Column('feedback_document', sa.String(length=200), nullable=False),
        sa.Column('feedback_text', sa.String(length=2000), nullable=False),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('closing_note', sa.String(length=1000), nullable=False),
        sa.Column('feedback_count', sa.Integer(), nullable=True),
        sa.Column('feedback_unit', sa.String(length=10), nullable=False),
        sa.Column('feedback_due', sa.Date(), nullable=True),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *_bookkeeping('case_transfers'),
    )
    _indexes('case_transfers')
    op.create_table(
        'assist_requests',
        sa.Column('unit', sa.String(length=200), nullable=False),
        sa.Column('matter', sa.String(length=300), nullable=False),
        sa.Column('request_text', sa.Text(), nullable=False),
        sa.Column('contact', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('created_on', sa.Date(), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=True),
        sa.Column('reply_by', sa.Date(), nullable=True),
        sa.Column('replied_on', sa.Date(), nullable=True),
        sa.Column('reply_document', sa.String(length=200), nullable=False),
        sa.Column('reply_text', sa.Text(), nullable=False),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *_bookkeeping('assist_requests'),
    )
    _indexes('assist_requests')


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    for table in ('assist_requests', 'case_transfers'):
        op.drop_table(table)
