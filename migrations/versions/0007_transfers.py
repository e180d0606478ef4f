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

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

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


def _linked_columns(table: str) -> list[sa.SchemaItem]:
    """The number's order (db/credit.py NumberOrdered), the source link (db/transfers.py
    SourceLinked) and the travelling-record columns and keys."""
    return [
        sa.Column('number_order', sa.Integer(), nullable=False),
        sa.Column('source_kind', sa.String(length=12), nullable=False),
        sa.Column('source_id', sa.String(length=36), nullable=True),
        sa.Column('source_ref', sa.String(length=100), nullable=False),
        *travelling_columns(table),
    ]

def _indexes(table: str) -> None:
    travelling_indexes(table, indexed=('change_seq', 'office_code', 'source_id'),
                       live=LIVE_INDEXES[table])

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
        *_linked_columns('case_transfers'),
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
        *_linked_columns('assist_requests'),
    )
    _indexes('assist_requests')


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    for table in ('assist_requests', 'case_transfers'):
        op.drop_table(table)
