"""The entity register (市场主体库): table ``entities``, its indexes and the search index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:15:00

Written by hand (see jianguan_desktop/db/entities.py for what each column means); the drift
test (tests/integration/test_migrations.py) checks it matches the model. On SQLite it also
makes ``fts_entities`` (FTS5; each name's characters and each code's runs of three characters
separated by spaces, searched as a phrase, so one character is found as fast as four) and
``fts_entities_keys`` (its rowid for each entity id); their names start with ``fts_`` so the
drift check leaves them alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Indexes over live rows on (sort column, id): the register view reaches any window of rows
# in any sort without reading the table (jianguan_desktop/services/tables.py).
LIVE_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ('ix_entities_live_name', ('name', 'id')),
    ('ix_entities_live_kind', ('kind', 'id')),
    ('ix_entities_live_code', ('code', 'id')),
    ('ix_entities_live_legal_representative', ('legal_representative', 'id')),
    ('ix_entities_live_updated_at', ('updated_at', 'id')),
)
SEARCH_TABLES = (
    "CREATE TABLE fts_entities_keys (rowid INTEGER PRIMARY KEY, "
    "entity_id VARCHAR(36) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE fts_entities USING fts5(name, code, entity_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 0')",
)


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table('entities',
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
    # the entity
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=18), nullable=False),
    sa.Column('code_kind', sa.String(length=12), nullable=False),
    sa.Column('legal_representative', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('contact_person', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('qualifications', sa.Text(), nullable=False),
    sa.Column('remarks', sa.String(length=1000), nullable=False),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entities')),
    sa.UniqueConstraint('office_code', 'number', name=op.f('uq_entities_office_code_number'))
    )
    live = sa.text('deleted_at IS NULL')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_office_code'), ['office_code'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_entities_change_seq'), ['change_seq'],
                              unique=False)
        batch_op.create_index('uq_entities_live_code', ['office_code', 'code'], unique=True,
                              sqlite_where=live, postgresql_where=live)
        for name, columns in LIVE_INDEXES:
            batch_op.create_index(name, list(columns), unique=False, sqlite_where=live,
                                  postgresql_where=live)
    if op.get_bind().dialect.name == 'sqlite':
        for statement in SEARCH_TABLES:
            op.execute(statement)


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('DROP TABLE IF EXISTS fts_entities')
        op.execute('DROP TABLE IF EXISTS fts_entities_keys')
    op.drop_table('entities')
