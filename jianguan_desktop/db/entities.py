"""The entity register (市场主体库): tenderers, bidders, agencies, experts and natural persons.

Table ``entities`` (a :class:`~jianguan_desktop.db.records.TravellingRecord`); its search index
``fts_entities`` is kept in step with every write by a flush hook here (see :func:`_reindex`).

- ``kind`` ``tenderer`` 招标人/采购人, ``bidder`` 投标人/供应商, ``agency`` 代理机构,
  ``expert`` 评标评审专家 or ``person`` 自然人; ``name`` 名称或姓名;
- ``code`` the normalised 统一社会信用代码 or 身份证号 (unique among live rows of an office),
  ``code_kind`` ``credit_code`` or ``id_number``;
- ``legal_representative`` 法定代表人, ``address`` 地址, ``contact_person`` 联系人,
  ``phone`` 联系电话, ``qualifications`` 资质 (free text), ``remarks`` 备注;
- ``merged_into`` the id of the entity this record was merged into (it is then soft-deleted).

``fts_entities`` (FTS5, made by the migration on SQLite) holds each name's characters and each
code's runs of three characters, separated by spaces; a search word is a phrase of them.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import Index, String, Text, event, inspect, text
from sqlalchemy.orm import Mapped, Session, mapped_column

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
FTS_KEYS = "fts_entities_keys"  # FTS rowid ↔ entity id (entity ids are UUID text)


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


_LIVE = Entity.__table__.c.deleted_at.is_(None)
# one live record per code in an office (a merged or deleted record keeps its code)
Index("uq_entities_live_code", Entity.__table__.c.office_code, Entity.__table__.c.code,
      unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)
# The register view sorts in SQL and reads windows of rows by id (services/tables.py): an
# index on (column, id) over live rows reaches any window without reading the table.
SORTED_COLUMNS = ("name", "kind", "code", "legal_representative", "updated_at")
for _name in SORTED_COLUMNS:
    Index(f"ix_entities_live_{_name}", Entity.__table__.c[_name], Entity.__table__.c.id,
          sqlite_where=_LIVE, postgresql_where=_LIVE)


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
    """The overlapping runs of three characters of a code (or of a search word).

    A code is indexed by these rather than by single characters: every code holds the same
    few digits, so a phrase of single digits reads nearly the whole index (66 ms for ten
    characters over 200,000 codes), a phrase of runs of three reads little (measured 1 ms).
    """
    return ["".join(chars[i:i + CODE_GRAM]) for i in range(len(chars) - CODE_GRAM + 1)]


def code_index_text(code: str) -> str:
    """A code as the index stores it: its runs of three characters separated by spaces."""
    return " ".join(code_grams(search_characters(code)))


def _reindex(session: Session, entities: list[Entity]) -> None:
    """Write the index rows of ``entities`` (new or with a changed name or code)."""
    connection = session.connection()
    for entity in entities:
        values = {"id": entity.id, "name": index_text(entity.name),
                  "code": code_index_text(entity.code)}
        key = connection.execute(text(f"SELECT rowid FROM {FTS_KEYS} WHERE entity_id = :id"),
                                 values).scalar_one_or_none()
        if key is None:
            key = connection.execute(text(f"INSERT INTO {FTS_KEYS} (entity_id) VALUES (:id)"),
                                     values).lastrowid
            connection.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, name, code, entity_id) "
                                    "VALUES (:key, :name, :code, :id)"), {**values, "key": key})
        else:
            connection.execute(text(f"UPDATE {FTS_TABLE} SET name = :name, code = :code "
                                    "WHERE rowid = :key"), {**values, "key": key})


def _searched_fields_changed(entity: Entity) -> bool:
    state = inspect(entity)
    return any(state.attrs[key].history.has_changes() for key in ("name", "code"))


def _after_flush(session: Session, _context: Any) -> None:
    """Keep ``fts_entities`` in step with the entities just written, in the same transaction.

    Only SQLite has the index (other databases search with ``LIKE``). Soft-deleted and merged
    records stay indexed: the register view leaves them out unless asked to show deleted ones,
    and then the search finds them too.
    """
    new = [obj for obj in session.new if isinstance(obj, Entity)]
    changed = [obj for obj in session.dirty
               if isinstance(obj, Entity) and _searched_fields_changed(obj)]
    if (new or changed) and session.connection().dialect.name == "sqlite":
        _reindex(session, new + changed)


event.listen(TrackedSession, "after_flush", _after_flush)
