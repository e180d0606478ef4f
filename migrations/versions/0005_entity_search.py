"""The entity search answers fast over a million entities: search columns on ``entities``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 03:30:00

Written by hand (see jianguan_desktop/db/entities.py). ``entities`` gets ``search_key`` (the
record's rowid in ``fts_entities``, until now kept in ``fts_entities_keys``, which goes),
``search_name`` and ``search_code`` (the searchable characters run together) and the index
``ix_entities_search_key`` (search_key, deleted_at, name, id), from which the search reads
whether a match is live and where it sorts without reading the table.
``ix_entities_live_name`` also holds the search columns (and ``deleted_at``), so that a search
matching very many is read along the names without the table. ``fts_entities`` is made anew
with a column ``name3``: each name's runs of three characters, as codes are indexed, so that a
word of three or more characters is a phrase of few, rare tokens (3 to 10 times faster than a
phrase of its single characters); its rowids stay the same. 63 s for the benchmark's million
entities, a blink for a county's few thousand.
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
NAME_INDEX = 'ix_entities_live_name'  # over live rows; from here with the search columns
NAME_INDEX_COLUMNS = ['name', 'id', 'search_name', 'search_code', 'deleted_at']
OLD_NAME_INDEX_COLUMNS = ['name', 'id']
INDEX_COLUMNS = ('name', 'name3', 'code', 'entity_id')  # fts_entities from this revision
OLD_INDEX_COLUMNS = ('name', 'code', 'entity_id')  # as revision 0003 made it


def search_text(value: str) -> str:
    """As jianguan_desktop.db.entities.search_text at this revision (a migration must not
    change when the program's code does): letters and digits, NFKC, case folded."""
    folded = unicodedata.normalize("NFKC", value or "").casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def spaced(value: str) -> str:
    """A name's characters separated by spaces (``index_text``)."""
    return " ".join(search_text(value))


def grams(value: str) -> str:
    """The runs of three characters separated by spaces (``code_index_text``)."""
    chars = search_text(value)
    return " ".join(chars[i:i + 3] for i in range(len(chars) - 2))


def rebuild_index(columns: tuple[str, ...]) -> None:
    """Make ``fts_entities`` anew with ``columns``, its rows under each entity's search key."""
    connection = op.get_bind().connection.driver_connection
    for name, function in (('spaced', spaced), ('grams', grams)):
        connection.create_function(f'jianguan_{name}', 1, function, deterministic=True)
    values = {'name': 'jianguan_spaced(name)', 'name3': 'jianguan_grams(name)',
              'code': 'jianguan_grams(code)', 'entity_id': 'id'}
    declared = ', '.join(f'{column} UNINDEXED' if column == 'entity_id' else column
                         for column in columns)
    op.execute('DROP TABLE fts_entities')
    op.execute(f"CREATE VIRTUAL TABLE fts_entities USING fts5({declared}, "
               "tokenize = 'unicode61 remove_diacritics 0')")
    op.execute(f"INSERT INTO fts_entities (rowid, {', '.join(columns)}) SELECT search_key, "
               f"{', '.join(values[column] for column in columns)} FROM entities "
               "WHERE search_key IS NOT NULL")


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
        rebuild_index(INDEX_COLUMNS)
    else:
        rows = bind.execute(sa.text('SELECT id, name, code FROM entities ORDER BY created_at, id'))
        updates = [{'id': row.id, 'key': number, 'search_name': search_text(row.name),
                    'search_code': search_text(row.code)}
                   for number, row in enumerate(rows, start=1)]
        if updates:
            bind.execute(sa.text('UPDATE entities SET search_key = :key, search_name = '
                                 ':search_name, search_code = :search_code WHERE id = :id'),
                         updates)
    live = sa.text('deleted_at IS NULL')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index('ix_entities_search_key', SEARCH_INDEX_COLUMNS, unique=False)
        batch_op.drop_index(NAME_INDEX)
        batch_op.create_index(NAME_INDEX, NAME_INDEX_COLUMNS, unique=False, sqlite_where=live,
                              postgresql_where=live)


def downgrade() -> None:
    """Downgrade the schema (developers only; the program never downgrades a clerk's data)."""
    if op.get_bind().dialect.name == 'sqlite':
        rebuild_index(OLD_INDEX_COLUMNS)
        op.execute("CREATE TABLE fts_entities_keys (rowid INTEGER PRIMARY KEY, "
                   "entity_id VARCHAR(36) NOT NULL UNIQUE)")
        op.execute("INSERT INTO fts_entities_keys (rowid, entity_id) "
                   "SELECT search_key, id FROM entities WHERE search_key IS NOT NULL")
    live = sa.text('deleted_at IS NULL')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(NAME_INDEX)
        batch_op.create_index(NAME_INDEX, OLD_NAME_INDEX_COLUMNS, unique=False,
                              sqlite_where=live, postgresql_where=live)
        batch_op.drop_index('ix_entities_search_key')
        batch_op.drop_column('search_code')
        batch_op.drop_column('search_name')
        batch_op.drop_column('search_key')
