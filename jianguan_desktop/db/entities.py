"""The entity register (市场主体库): tenderers, bidders, agencies, experts and natural persons.

Table ``entities`` (a :class:`~jianguan_desktop.db.records.TravellingRecord`); its search index
``fts_entities`` is kept in step with every write by a flush hook here (see :func:`reindex`).

- ``kind`` ``tenderer`` 招标人/采购人, ``bidder`` 投标人/供应商, ``agency`` 代理机构,
  ``expert`` 评标评审专家 or ``person`` 自然人; ``name`` 名称或姓名;
- ``code`` the normalised 统一社会信用代码 or 身份证号 (unique among live rows of an office),
  ``code_kind`` ``credit_code`` or ``id_number``;
- ``legal_representative`` 法定代表人, ``address`` 地址, ``contact_person`` 联系人,
  ``phone`` 联系电话, ``qualifications`` 资质 (free text), ``remarks`` 备注;
- ``merged_into`` the id of the entity this record was merged into (it is then soft-deleted);
- ``search_key`` the record's row in ``fts_entities`` (a number of its own, so that VACUUM, which
  may renumber SQLite's hidden rowids, cannot part a record from its index row);
  ``search_name`` and ``search_code`` the name's and code's searchable characters run together
  (see :func:`search_characters`), to test a record for a search word without the index.

``fts_entities`` (FTS5, made by the migrations on SQLite) holds, under rowid ``search_key``,
each name's characters (``name``) and runs of three characters (``name3``) and each code's runs
of three (``code``), separated by spaces; a search word is a phrase of them. Its ``entity_id``
column names the record for readers outside the view.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import Index, Integer, String, Text, column, event, inspect, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql.expression import TableClause

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import TrackedSession, TravellingRecord

KINDS = ("tenderer", "bidder", "agency", "expert", "person")
CODE_KINDS = ("credit_code", "id_number")
NAME_MAX = 200
CODE_MAX = 18
SHORT_MAX = 100  # legal representative, contact person
PHONE_MAX = 50
ADDRESS_MAX = 300
QUALIFICATIONS_MAX = 4000
REMARKS_MAX = 1000
FTS_TABLE = "fts_entities"


class Entity(TravellingRecord, Base):
    """A market entity or a natural person, known by its code."""

    __tablename__ = "entities"

    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    code: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    code_kind: Mapped[str] = mapped_column(String(12), nullable=False)
    legal_representative: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False,
                                                      default="")
    address: Mapped[str] = mapped_column(String(ADDRESS_MAX), nullable=False, default="")
    contact_person: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), nullable=False, default="")
    qualifications: Mapped[str] = mapped_column(Text, nullable=False, default="")
    remarks: Mapped[str] = mapped_column(String(REMARKS_MAX), nullable=False, default="")
    merged_into: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # written by the flush hook below (raw SQL, so neither audited nor versioned)
    search_key: Mapped[int | None] = mapped_column(Integer, nullable=True, deferred=True)
    search_name: Mapped[str] = mapped_column(Text, nullable=False, server_default="",
                                             deferred=True)
    search_code: Mapped[str] = mapped_column(Text, nullable=False, server_default="",
                                             deferred=True)


_LIVE = Entity.__table__.c.deleted_at.is_(None)
# one live record per code in an office (a merged or deleted record keeps its code)
Index("uq_entities_live_code", Entity.__table__.c.office_code, Entity.__table__.c.code,
      unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)
# The register view sorts in SQL and reads windows of rows by id (services/tables.py): an
# index on (column, id) over live rows reaches any window without reading the table.
SORTED_COLUMNS = ("name", "kind", "code", "legal_representative", "updated_at")
# The name's index also holds the search columns: a search matching many is read along it,
# testing each name without reading the table (10 times faster: 8 ms instead of 82 ms to
# find the first 200 of 50,000 schools among a million names).
NAME_INDEX_EXTRA = ("search_name", "search_code", "deleted_at")  # (SQLite 3.40 reads a partial
# index's own condition from the table unless the index holds its column)
for _name in SORTED_COLUMNS:
    _extra = NAME_INDEX_EXTRA if _name == "name" else ()
    Index(f"ix_entities_live_{_name}", Entity.__table__.c[_name], Entity.__table__.c.id,
          *(Entity.__table__.c[extra] for extra in _extra),
          sqlite_where=_LIVE, postgresql_where=_LIVE)
# From an index row to its record: whether it is live and its place in the default sort are
# read from this index alone (1 ms a thousand matches instead of 10 through the table).
Index("ix_entities_search_key", *(Entity.__table__.c[name]
                                  for name in ("search_key", "deleted_at", "name", "id")))


# --- the search index -----------------------------------------------------------------------

def search_characters(value: str) -> list[str]:
    """The characters of a name or code the index holds: letters and digits, full-width
    made half-width and case folded (punctuation and spaces are left out)."""
    folded = unicodedata.normalize("NFKC", value).casefold()
    return [ch for ch in folded if ch.isalnum()]


def index_text(value: str) -> str:
    """A name as the index stores it: its characters separated by spaces."""
    return " ".join(search_characters(value))


CODE_GRAM = 3


def code_grams(chars: list[str]) -> list[str]:
    """The overlapping runs of three characters of a code or a name (or of a search word).

    A code is indexed by these rather than by single characters: every code holds the same
    few digits, so a phrase of single digits reads nearly the whole index (66 ms for ten
    characters over 200,000 codes), a phrase of runs of three reads little (measured 1 ms).
    """
    return ["".join(chars[i:i + CODE_GRAM]) for i in range(len(chars) - CODE_GRAM + 1)]


def code_index_text(code: str) -> str:
    """A code (or a name, in ``name3``) as the index stores it: its runs of three characters
    separated by spaces."""
    return " ".join(code_grams(search_characters(code)))


class SearchIndexTable(TableClause):
    """``fts_entities`` in a query; on a database without it (not SQLite) the search keys of
    ``entities`` stand in, so that a query joining the index still runs there."""

    inherit_cache = True


@compiles(SearchIndexTable)
def _search_index_default(element: SearchIndexTable, compiler: Any, **kw: Any) -> str:
    if kw.get("asfrom"):
        return f"(SELECT search_key AS rowid FROM entities) AS {FTS_TABLE}"
    return str(compiler.visit_table(element, **kw))


@compiles(SearchIndexTable, "sqlite")
def _search_index_sqlite(element: SearchIndexTable, compiler: Any, **kw: Any) -> str:
    return str(compiler.visit_table(element, **kw))


SEARCH_INDEX = SearchIndexTable(FTS_TABLE, column("rowid", Integer), column(FTS_TABLE))
"""``fts_entities`` for queries: ``SEARCH_INDEX.c.rowid`` is an entity's ``search_key``."""


def search_text(value: str) -> str:
    """A name or code as ``search_name`` / ``search_code`` hold it: its characters run
    together (a search word is in the index exactly when it is in this text)."""
    return "".join(search_characters(value))


def search_columns(name: str, code: str) -> dict[str, str]:
    """The values of ``search_name`` and ``search_code`` for a name and a code."""
    return {"search_name": search_text(name), "search_code": search_text(code)}


def index_row(key: int, entity_id: str, name: str, code: str) -> dict[str, Any]:
    """The parameters of :data:`INSERT_INDEX_ROW` for one entity."""
    return {"key": key, "id": entity_id, "name": index_text(name),
            "name3": code_index_text(name), "code": code_index_text(code)}


INSERT_INDEX_ROW = text(f"INSERT INTO {FTS_TABLE} (rowid, name, name3, code, entity_id) "
                        "VALUES (:key, :name, :name3, :code, :id)")


def next_search_key(session: Session) -> int:
    """The first free ``search_key`` (one more than the highest, read from its index)."""
    found = session.connection().execute(text("SELECT max(search_key) FROM entities"))
    return int(found.scalar_one() or 0) + 1


class Searched(Protocol):
    """What the search index needs of an entity (an ORM row, or a row a sync package wrote)."""

    id: str
    name: str
    code: str


def reindex(session: Session, new: Sequence[Searched], changed: Sequence[Searched]) -> None:
    """Write the search columns and index rows of ``new`` entities and of ``changed`` ones
    (whose name or code changed), in the current transaction."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    first = next_search_key(session) if new else 0
    keyed = [(first + offset, entity, True) for offset, entity in enumerate(new)]
    for entity in changed:
        key = connection.execute(text("SELECT search_key FROM entities WHERE id = :id"),
                                 {"id": entity.id}).scalar_one()
        keyed.append((key, entity, False))
    if not keyed:
        return
    # one executemany per statement: a sync package writes thousands of entities at once
    connection.execute(text("UPDATE entities SET search_key = :key, search_name = "
                            ":search_name, search_code = :search_code WHERE id = :id"),
                       [{"key": key, "id": entity.id, **search_columns(entity.name, entity.code)}
                        for key, entity, _is_new in keyed])
    if not sqlite:
        return
    inserted = [index_row(key, entity.id, entity.name, entity.code)
                for key, entity, is_new in keyed if is_new]
    updated = [index_row(key, entity.id, entity.name, entity.code)
               for key, entity, is_new in keyed if not is_new]
    if inserted:
        connection.execute(INSERT_INDEX_ROW, inserted)
    if updated:
        connection.execute(text(f"UPDATE {FTS_TABLE} SET name = :name, name3 = :name3, "
                                "code = :code WHERE rowid = :key"), updated)


def _searched_fields_changed(entity: Entity) -> bool:
    state = inspect(entity)
    return any(state.attrs[key].history.has_changes() for key in ("name", "code"))


def _after_flush(session: Session, _context: Any) -> None:
    """Keep the search columns and ``fts_entities`` in step with the entities just written,
    in the same transaction.

    Only SQLite has ``fts_entities`` (other databases test the search columns row by row).
    Soft-deleted and merged records stay indexed: the search reads whether a record is live
    from ``ix_entities_search_key``, so deleting or restoring one leaves the index as it is.
    """
    new = [obj for obj in session.new if isinstance(obj, Entity)]
    changed = [obj for obj in session.dirty
               if isinstance(obj, Entity) and _searched_fields_changed(obj)]
    if new or changed:
        reindex(session, new, changed)


event.listen(TrackedSession, "after_flush", _after_flush)
