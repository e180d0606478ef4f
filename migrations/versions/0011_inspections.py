"""Random inspections: items, inspectors, objects, plans, batches, draws and results.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22 06:25:50.930604

Written after autogenerate (see jianguan_desktop/db/inspections.py for what each column
means); the drift test (tests/integration/test_migrations.py) checks it matches the models.
Every revision of one upgrade runs in one transaction (see migrations/env.py): a
failure anywhere leaves the database exactly as it was. Never drop user data here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'inspection_batches',
        sa.Column('plan_id', sa.String(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('item_ids', sa.Text(), nullable=False),
        sa.Column('departments', sa.String(length=1000), nullable=False),
        sa.Column('object_kind', sa.String(length=12), nullable=False),
        sa.Column('industry', sa.String(length=50), nullable=False),
        sa.Column('pool_from', sa.Date(), nullable=True),
        sa.Column('pool_to', sa.Date(), nullable=True),
        sa.Column('ratios', sa.Text(), nullable=False),
        sa.Column('min_count', sa.Integer(), nullable=False),
        sa.Column('per_object', sa.Integer(), nullable=False),
        sa.Column('specialty', sa.String(length=50), nullable=False),
        sa.Column('window_from', sa.Date(), nullable=True),
        sa.Column('window_to', sa.Date(), nullable=True),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('completed_on', sa.Date(), nullable=True),
        sa.Column('publish_due', sa.Date(), nullable=True),
        sa.Column('published_on', sa.Date(), nullable=True),
        sa.Column('publish_channel', sa.String(length=200), nullable=False),
        sa.Column('publish_note', sa.String(length=1000), nullable=False),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *travelling_columns('inspection_batches'),
    )
    travelling_indexes('inspection_batches', indexed=('change_seq', 'office_code', 'plan_id'),
                       live=('publish_due', 'updated_at'))

    op.create_table(
        'inspection_draws',
        sa.Column('batch_id', sa.String(length=36), nullable=False),
        sa.Column('plan_id', sa.String(length=36), nullable=False),
        sa.Column('drawn_on', sa.Date(), nullable=False),
        sa.Column('seed', sa.String(length=100), nullable=False),
        sa.Column('seed_source', sa.String(length=12), nullable=False),
        sa.Column('witnesses', sa.String(length=1000), nullable=False),
        sa.Column('place', sa.String(length=200), nullable=False),
        sa.Column('algorithm', sa.String(length=50), nullable=False),
        sa.Column('pool_hash', sa.String(length=64), nullable=False),
        sa.Column('snapshot', sa.Text(), nullable=False),
        sa.Column('result', sa.Text(), nullable=False),
        sa.Column('pool_size', sa.Integer(), nullable=False),
        sa.Column('drawn_count', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('redraw_of', sa.String(length=36), nullable=True),
        sa.Column('redraw_reason', sa.String(length=1000), nullable=False),
        sa.Column('superseded_by', sa.String(length=36), nullable=True),
        sa.Column('number_order', sa.Integer(), nullable=False),
        *travelling_columns('inspection_draws'),
    )
    travelling_indexes('inspection_draws', indexed=('batch_id', 'change_seq', 'office_code'),
                       live=('drawn_on', 'number_order', 'updated_at'))

    op.create_table(
        'inspection_items',
        sa.Column('code', sa.String(length=50), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('item_type', sa.String(length=12), nullable=False),
        sa.Column('ratio_cap', sa.Integer(), nullable=True),
        sa.Column('basis', sa.String(length=1000), nullable=False),
        sa.Column('department', sa.String(length=200), nullable=False),
        sa.Column('content', sa.String(length=1000), nullable=False),
        sa.Column('method', sa.String(length=200), nullable=False),
        sa.Column('object_kind', sa.String(length=12), nullable=False),
        sa.Column('industry', sa.String(length=50), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *travelling_columns('inspection_items'),
    )
    travelling_indexes('inspection_items', indexed=('change_seq', 'office_code'),
                       live=('name', 'updated_at'))

    op.create_table(
        'inspection_objects',
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('entity_id', sa.String(length=36), nullable=True),
        sa.Column('name', sa.String(length=400), nullable=False),
        sa.Column('code', sa.String(length=50), nullable=False),
        sa.Column('unit', sa.String(length=200), nullable=False),
        sa.Column('industry', sa.String(length=50), nullable=False),
        sa.Column('risk', sa.Integer(), nullable=False),
        sa.Column('trade_type', sa.String(length=12), nullable=False),
        sa.Column('lot', sa.String(length=200), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=True),
        sa.Column('tenderer_name', sa.String(length=200), nullable=False),
        sa.Column('agency_name', sa.String(length=200), nullable=False),
        sa.Column('winner_name', sa.String(length=200), nullable=False),
        sa.Column('opened_on', sa.Date(), nullable=True),
        sa.Column('completed_on', sa.Date(), nullable=True),
        sa.Column('active_year', sa.Integer(), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *travelling_columns('inspection_objects'),
    )
    travelling_indexes('inspection_objects', indexed=('change_seq', 'entity_id', 'office_code'),
                       live=('completed_on', 'kind', 'name', 'updated_at'))

    op.create_table(
        'inspection_plans',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('approved_on', sa.Date(), nullable=True),
        sa.Column('approved_by', sa.String(length=50), nullable=False),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *travelling_columns('inspection_plans'),
    )
    travelling_indexes('inspection_plans', indexed=('change_seq', 'office_code', 'year'),
                       live=('updated_at',))

    op.create_table(
        'inspection_results',
        sa.Column('batch_id', sa.String(length=36), nullable=False),
        sa.Column('draw_id', sa.String(length=36), nullable=False),
        sa.Column('object_id', sa.String(length=36), nullable=True),
        sa.Column('object_key', sa.String(length=50), nullable=False),
        sa.Column('object_name', sa.String(length=400), nullable=False),
        sa.Column('object_kind', sa.String(length=12), nullable=False),
        sa.Column('entity_id', sa.String(length=36), nullable=True),
        sa.Column('stratum', sa.String(length=12), nullable=False),
        sa.Column('inspector_ids', sa.Text(), nullable=False),
        sa.Column('inspector_names', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('method', sa.String(length=12), nullable=False),
        sa.Column('inspected_on', sa.Date(), nullable=True),
        sa.Column('findings', sa.Text(), nullable=False),
        sa.Column('problem', sa.Boolean(), nullable=False),
        sa.Column('handling', sa.String(length=200), nullable=False),
        sa.Column('handling_note', sa.String(length=1000), nullable=False),
        sa.Column('transfer_id', sa.String(length=36), nullable=True),
        sa.Column('credit_entry_id', sa.String(length=36), nullable=True),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        sa.Column('number_order', sa.Integer(), nullable=False),
        *travelling_columns('inspection_results'),
    )
    travelling_indexes('inspection_results', indexed=('batch_id', 'change_seq', 'draw_id', 'entity_id',
                                                        'object_id', 'office_code'),
                       live=('closed_on', 'number_order', 'updated_at'))

    op.create_table(
        'inspectors',
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('unit', sa.String(length=200), nullable=False),
        sa.Column('cert_number', sa.String(length=50), nullable=False),
        sa.Column('specialties', sa.String(length=1000), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('phone', sa.String(length=50), nullable=False),
        sa.Column('related', sa.String(length=1000), nullable=False),
        sa.Column('recused', sa.String(length=1000), nullable=False),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *travelling_columns('inspectors'),
    )
    travelling_indexes('inspectors', indexed=('change_seq', 'office_code'),
                       live=('name', 'unit', 'updated_at'))

def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    op.drop_table('inspectors')
    op.drop_table('inspection_results')
    op.drop_table('inspection_plans')
    op.drop_table('inspection_objects')
    op.drop_table('inspection_items')
    op.drop_table('inspection_draws')
    op.drop_table('inspection_batches')
