"""Sync bookkeeping: this office's keys, the offices it trusts, packages sent and received,
and the city's notes on county records.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 14:20:00

See jianguan_desktop/db/sync.py for what each column means; the drift test
(tests/integration/test_migrations.py) checks this matches the models. Every revision of one
upgrade runs in one transaction (see migrations/env.py). Never drop user data here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: str | Sequence[str] | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'sync_keys',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sign_private', sa.String(length=100), nullable=False),
        sa.Column('box_private', sa.String(length=100), nullable=False),
        sa.Column('fingerprint', sa.String(length=60), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_keys')),
    )
    op.create_table(
        'sync_partners',
        sa.Column('office_code', sa.String(length=12), nullable=False),
        sa.Column('office_name', sa.String(length=100), nullable=False),
        sa.Column('mode', sa.String(length=10), nullable=False),
        sa.Column('sign_public', sa.String(length=100), nullable=False),
        sa.Column('box_public', sa.String(length=100), nullable=False),
        sa.Column('fingerprint', sa.String(length=60), nullable=False),
        sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('registered_by', sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint('office_code', name=op.f('pk_sync_partners')),
    )
    op.create_table(
        'sync_sent',
        sa.Column('package_id', sa.String(length=36), nullable=False),
        sa.Column('recipient', sa.String(length=12), nullable=False),
        sa.Column('package_seq', sa.Integer(), nullable=False),
        sa.Column('seq_from', sa.BigInteger(), nullable=False),
        sa.Column('seq_to', sa.BigInteger(), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('file_hash', sa.String(length=64), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('full', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=50), nullable=False),
        sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('receipt', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('package_id', name=op.f('pk_sync_sent')),
        sa.UniqueConstraint('recipient', 'package_seq',
                            name=op.f('uq_sync_sent_recipient_package_seq')),
    )
    op.create_table(
        'sync_received',
        sa.Column('package_id', sa.String(length=36), nullable=False),
        sa.Column('sender', sa.String(length=12), nullable=False),
        sa.Column('sender_name', sa.String(length=100), nullable=False),
        sa.Column('package_seq', sa.Integer(), nullable=False),
        sa.Column('seq_from', sa.BigInteger(), nullable=False),
        sa.Column('seq_to', sa.BigInteger(), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('file_hash', sa.String(length=64), nullable=False),
        sa.Column('schema_revision', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.String(length=40), nullable=False),
        sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('imported_by', sa.String(length=50), nullable=False),
        sa.Column('created', sa.Integer(), nullable=False),
        sa.Column('updated', sa.Integer(), nullable=False),
        sa.Column('unchanged', sa.Integer(), nullable=False),
        sa.Column('rejected', sa.Integer(), nullable=False),
        sa.Column('details', sa.Text(), nullable=True),
        sa.Column('gap_reason', sa.String(length=500), nullable=False),
        sa.Column('receipt_sent', sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint('package_id', name=op.f('pk_sync_received')),
        sa.UniqueConstraint('sender', 'package_seq',
                            name=op.f('uq_sync_received_sender_package_seq')),
    )
    op.create_table(
        'city_notes',
        sa.Column('target_table', sa.String(length=50), nullable=False),
        sa.Column('target_id', sa.String(length=36), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        *travelling_columns('city_notes'),
    )
    travelling_indexes('city_notes', plain=(('ix_city_notes_target',
                                             ('target_table', 'target_id')),))


def downgrade() -> None:
    """Downgrade the schema (drops only the sync bookkeeping tables)."""
    op.drop_table('city_notes')
    op.drop_table('sync_received')
    op.drop_table('sync_sent')
    op.drop_table('sync_partners')
    op.drop_table('sync_keys')
