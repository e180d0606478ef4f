"""The entity search answers fast over a million entities: search columns on ``entities``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 03:30:00

Written by hand (see jianguan_desktop/db/entities.py). ``entities`` gets ``search_key`` (the
record's rowid in ``fts_entities``, until now kept in ``fts_entities_keys``, which goes),
``search_name`` and ``search_code`` (the searchable characters run together) and the index
``ix_entities_search_key`` (search_key, deleted_at, name, id), from which the search reads
whether a match is live and where it sorts without reading the table. ``fts_entities`` keeps
its rows and rowids. Filling the columns takes about 20 s for a million entities.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_INDEX_COLUMNS = ['search_key', 'deleted_at', 'name', 'id']


def search_text(value: str) -> str:
    """As jianguan_desktop.db.entities.search_text at this revision (a migration must not
    change when the program's code does): letters and digits, NFKC, case folded."""
    folded = unicodedata.normalize("NFKC", value or "").casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def upgrade() -> None:
    """Upgrade the schema."""
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_key', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('search_name', sa.Text(), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('search_code', sa.Text(), server_default='',
                                      nullable=False))
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        bind.connection.driver_connection.create_function(
            'jianguan_search_text', 1, search_text, deterministic=True)
        op.execute("UPDATE entities SET search_name = jianguan_search_text(name), "
                   "search_code = jianguan_search_text(code), search_key = "
                   "(SELECT keys.rowid FROM fts_entities_keys AS keys "
                   "WHERE keys.entity_id = entities.id)")
        op.execute('DROP TABLE fts_entities_keys')
    else:
        rows = bind.execute(sa.text('SELECT id, name, code FROM entities ORDER BY created_at, id'))
        updates = [{'id': row.id, 'key': number, 'search_name': search_text(row.name),
                    'search_code': search_text(row.code)}
                   for number, row in enumerate(rows, start=1)]
        if updates:
            bind.execute(sa.text('UPDATE entities SET search_key = :key, search_name = '
                                 ':search_name, search_code = :search_code WHERE id = :id'),
                         updates)
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index('ix_entities_search_key', SEARCH_INDEX_COLUMNS, unique=False)


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("CREATE TABLE fts_entities_keys (rowid INTEGER PRIMARY KEY, "
                   "entity_id VARCHAR(36) NOT NULL UNIQUE)")
        op.execute("INSERT INTO fts_entities_keys (rowid, entity_id) "
                   "SELECT search_key, id FROM entities WHERE search_key IS NOT NULL")
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_search_key')
        batch_op.drop_column('search_code')
        batch_op.drop_column('search_name')
        batch_op.drop_column('search_key')
