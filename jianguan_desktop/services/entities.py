"""The entity register (市场主体库): add, edit, delete, restore and merge entities; their view.

One live record per code in an office: the code is checked after GB 32100-2015 or GB 11643 and
a second entry with the same code is refused naming the first. ID numbers are masked for users
who may not see confidential personal data (:data:`Permission.VIEW_CONFIDENTIAL`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, String, and_, case, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import (
    ADDRESS_MAX,
    CODE_GRAM,
    FTS_TABLE,
    KINDS,
    NAME_MAX,
    PHONE_MAX,
    QUALIFICATIONS_MAX,
    REMARKS_MAX,
    SEARCH_INDEX,
    SHORT_MAX,
    Entity,
    code_grams,
    search_characters,
    search_text,
)
from jianguan_desktop.db.records import OFFICE_KEY, append_audit, check_version, soft_delete
from jianguan_desktop.domain.entity_codes import (
    CodeKind,
    check_credit_code,
    check_id_number,
    mask_id_number,
)
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record, delete_change, restore_change
from jianguan_desktop.services.tables import (
    ColumnSpec,
    TableSpec,
    contains_text,
    like_pattern,
    register_table,
    unindexed,
)

TABLE_KEY = "entities"  # ID numbers masked: for everyone
CONFIDENTIAL_TABLE_KEY = "entities_confidential"  # ID numbers in clear: VIEW_CONFIDENTIAL
PERSON_KINDS = frozenset({"expert", "person"})  # known by an ID number


def kind_labels() -> dict[str, str]:
    """Stored kind → what users call it."""
    return {"tenderer": tr("Tenderer / purchaser"), "bidder": tr("Bidder / supplier"),
            "agency": tr("Tendering agency"), "expert": tr("Evaluation expert"),
            "person": tr("Natural person")}


def code_kind_labels() -> dict[str, str]:
    """Stored code kind → its name."""
    return {CodeKind.CREDIT.value: tr("Unified social credit code"),
            CodeKind.ID.value: tr("ID card number")}


def field_labels() -> dict[str, str]:
    """The entity's fields as the form and the messages name them."""
    return {
        "kind": tr("Kind of entity"), "name": tr("Name"), "code": tr("Code"),
        "code_kind": tr("Kind of code"), "legal_representative": tr("Legal representative"),
        "address": tr("Address"), "contact_person": tr("Contact person"),
        "phone": tr("Telephone"), "qualifications": tr("Qualifications"),
        "remarks": tr("Remarks"), "merged_into": tr("Merged into"),
    }


@dataclass(frozen=True)
class EntityContent:
    """What the clerk types for an entity (``code`` normalised)."""

    kind: str
    name: str
    code: str
    legal_representative: str
    address: str
    contact_person: str
    phone: str
    qualifications: str
    remarks: str


CONTENT_FIELDS = tuple(item.name for item in fields(EntityContent))


@dataclass(frozen=True)
class EntityInfo(EntityContent):
    """An entity as the window and the command line see it; ``code`` is masked
    (``code_masked``) for users who may not see ID numbers."""

    id: str
    version: int
    code_kind: str
    code_masked: bool
    kind_label: str
    merged_into: str | None
    deleted: bool
    updated_at: datetime
    updated_by: str


def may_see_id_numbers(actor: Actor) -> bool:
    """Whether ``actor`` sees ID numbers in clear (管理员 and 负责人)."""
    return actor.can(Permission.VIEW_CONFIDENTIAL)


def entity_info(entity: Entity, actor: Actor) -> EntityInfo:
    """Plain data of an entity row, as ``actor`` may see it."""
    masked = entity.code_kind == CodeKind.ID.value and not may_see_id_numbers(actor)
    values = {name: getattr(entity, name) for name in CONTENT_FIELDS}
    if masked:
        values["code"] = mask_id_number(entity.code)
    return EntityInfo(
        **values, id=entity.id, version=entity.version, code_kind=entity.code_kind,
        code_masked=masked, kind_label=kind_labels().get(entity.kind, entity.kind),
        merged_into=entity.merged_into, deleted=entity.deleted_at is not None,
        updated_at=entity.updated_at, updated_by=entity.updated_by)


class DuplicateEntityError(ConflictError):
    """A second entry with a code already registered; ``existing_id`` is the first's id, for
    the window to offer opening it."""

    def __init__(self, message: str, existing_id: str, existing_name: str) -> None:
        super().__init__(message, field="code")
        self.existing_id = existing_id
        self.existing_name = existing_name


# --- checking what was typed --------------------------------------------------------------

def _text(values: Mapping[str, Any], key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value).strip()


def check_values(values: Mapping[str, Any], kept: Entity | None = None) -> EntityContent:
    """Check an entity as typed; every wrong field is named in one :class:`ValidationError`.

    ``kept``: the entity being edited; its code typed back as it was shown (in clear or
    masked, ``110105********002X``) keeps it, unless the kind now needs the other kind of code.
    """
    labels = field_labels()
    errors: dict[str, str] = {}
    kind = _text(values, "kind")
    if kind not in KINDS:
        errors["kind"] = tr("Choose the kind of entity.")
    limits = {"name": NAME_MAX, "legal_representative": SHORT_MAX, "address": ADDRESS_MAX,
              "contact_person": SHORT_MAX, "phone": PHONE_MAX,
              "qualifications": QUALIFICATIONS_MAX, "remarks": REMARKS_MAX}
    texts = {key: _text(values, key) for key in limits}
    texts["name"] = " ".join(texts["name"].split())
    if not texts["name"]:
        errors["name"] = tr("Please fill in {field}.").format(field=labels["name"])
    for key, limit in limits.items():
        if len(texts[key]) > limit:
            errors[key] = tr("“{label}” may have at most {count} characters; it has "
                             "{length}.").format(label=labels[key], count=limit,
                                                 length=len(texts[key]))
    typed = _text(values, "code")
    code = typed
    if (kept is not None and typed in (kept.code, mask_id_number(kept.code))
            and kind in KINDS and _code_kind(kind) == kept.code_kind):
        code = kept.code
    elif kind in KINDS:
        checked = check_id_number(typed) if kind in PERSON_KINDS else check_credit_code(typed)
        if checked.valid:
            code = checked.normalized
        else:
            errors["code"] = checked.reason
    if errors:
        first = next(iter(errors))
        raise ValidationError(errors[first], field=first, fields=errors)
    return EntityContent(kind=kind, code=code, **texts)


def _code_kind(kind: str) -> str:
    return (CodeKind.ID if kind in PERSON_KINDS else CodeKind.CREDIT).value


# --- the use cases ------------------------------------------------------------------------

def _holder(session: Session, code: str) -> Entity | None:
    """The live entity of this office holding ``code``."""
    return session.execute(select(Entity).where(
        Entity.office_code == session.info.get(OFFICE_KEY), Entity.code == code,
        Entity.deleted_at.is_(None))).scalar_one_or_none()


def _refuse_duplicate(session: Session, entity: Entity | None, code: str) -> None:
    holder = _holder(session, code)
    if holder is not None and holder is not entity:
        raise DuplicateEntityError(
            tr("This code is already registered for “{name}” ({kind}); open that record "
               "instead of entering it again.").format(
                   name=holder.name, kind=kind_labels().get(holder.kind, holder.kind)),
            holder.id, holder.name)


def _apply(entity: Entity, checked: EntityContent) -> None:
    for name in CONTENT_FIELDS:
        setattr(entity, name, getattr(checked, name))
    entity.code_kind = _code_kind(checked.kind)


def add_entity(session: Session, checked: EntityContent) -> Entity:
    """Add a checked entity inside an open transaction (an import writes many this way)."""
    _refuse_duplicate(session, None, checked.code)
    entity = Entity()
    _apply(entity, checked)
    session.add(entity)
    return entity


def create_entity(db: Database, actor: Actor, values: Mapping[str, Any]) -> EntityInfo:
    """Register a new entity; a code already registered is refused naming its holder."""
    require(actor, Permission.WRITE)
    checked = check_values(values)
    with db.uow(actor) as uow:
        entity = add_entity(uow.session, checked)
        uow.flush()
        info = entity_info(entity, actor)
        uow.commit()
    return info


def _load(session: Session, entity_id: str, include_deleted: bool = False) -> Entity:
    entity = session.get(Entity, entity_id)
    if entity is None or (entity.deleted_at is not None and not include_deleted):
        raise NotFoundError(tr("This entity no longer exists; it may have been deleted or "
                               "merged."))
    return entity


def update_entity(db: Database, actor: Actor, entity_id: str, values: Mapping[str, Any],
                  expected_version: int | None) -> EntityInfo:
    """Change an entity; an edit of an outdated copy is refused (nothing is overwritten)."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        entity = _load(uow.session, entity_id)
        check_version(entity, expected_version)
        checked = check_values(values, kept=entity)
        if checked.code != entity.code:
            _refuse_duplicate(uow.session, entity, checked.code)
        _apply(entity, checked)
        uow.flush()
        info = entity_info(entity, actor)
        uow.commit()
    return info


def get_entity(db: Database, actor: Actor, entity_id: str,
               include_deleted: bool = False) -> EntityInfo:
    """One entity by its id."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return entity_info(_load(uow.session, entity_id, include_deleted), actor)


def delete_entity(db: Database, actor: Actor, entity_id: str,
                  expected_version: int | None = None) -> EntityInfo:
    """Mark an entity deleted (it stays in the database; its code may be entered again)."""
    return change_record(db, actor, Permission.WRITE, lambda session: _load(session, entity_id),
                         delete_change(), lambda entity: entity_info(entity, actor),
                         expected_version)


def _restorable(session: Session, entity: Entity) -> None:
    if entity.merged_into:
        raise ConflictError(tr("“{name}” was merged into another record and cannot be "
                               "restored.").format(name=entity.name))
    _refuse_duplicate(session, entity, entity.code)


def restore_entity(db: Database, actor: Actor, entity_id: str) -> EntityInfo:
    """Bring a deleted entity back, unless its code has been registered again meanwhile
    or it was merged (its record lives on in the one it was merged into)."""
    return change_record(db, actor, Permission.WRITE,
                         lambda session: _load(session, entity_id, include_deleted=True),
                         restore_change(_restorable), lambda entity: entity_info(entity, actor))


MERGE_FILLS = ("legal_representative", "address", "contact_person", "phone", "qualifications",
               "remarks")


def merge_entities(db: Database, actor: Actor, keep_id: str, merge_id: str,
                   keep_version: int | None = None,
                   merge_version: int | None = None) -> EntityInfo:
    """Merge the record ``merge_id`` into ``keep_id`` (two entries of the same entity).

    The merged record is soft-deleted with ``merged_into`` set, so both histories stay; the
    kept record takes over the merged one's details where its own are empty; an audit line
    ``merge`` on the kept record names the merged one. Needs the right to approve.
    """
    require(actor, Permission.APPROVE)
    if keep_id == merge_id:
        raise ValidationError(tr("Choose two different records to merge."), field="merge_id")
    with db.uow(actor) as uow:
        keep = _load(uow.session, keep_id)
        merged = _load(uow.session, merge_id)
        check_version(keep, keep_version)
        check_version(merged, merge_version)
        merged.merged_into = keep.id
        soft_delete(merged, uow.session)
        for name in MERGE_FILLS:
            if not getattr(keep, name) and getattr(merged, name):
                setattr(keep, name, getattr(merged, name))
        uow.flush()
        append_audit(uow.session, "merge", Entity.__tablename__, keep.id,
                     {"merged": [None, merged.id], "merged_name": [None, merged.name],
                      "merged_code": [None, merged.code]})
        info = entity_info(keep, actor)
        uow.commit()
    return info


# --- the search -----------------------------------------------------------------------------

COUNT_LIMIT = 3_000
"""The register view counts no further than this (then shows "more than 3,000"): counting
every match of a one-character word, 850,000 of a million entities, takes half a second, and
even 10,000 matches of a long word take 60 to 110 ms (benchmarks/README.md)."""


def _phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def fts_query(text: str) -> str | None:
    """The FTS5 query for a search text: every word must occur, a word of one or two
    characters in the name as a phrase of its characters (``name : "华 信"``), a longer one
    in the name or the code as a phrase of its runs of three (``{name3 code} : "ma4 a44"``;
    a phrase of single characters would read the long lists of 有, 限, 公, 司 ...: 60 to
    100 ms over a million names instead of 3 to 25); ``None`` when it has no letters or
    digits."""
    groups = []
    for word in text.split():
        chars = search_characters(word)
        if not chars:
            continue
        if len(chars) >= CODE_GRAM:
            groups.append(f"{{name3 code}} : {_phrase(code_grams(chars))}")
        else:
            groups.append(f"name : {_phrase(chars)}")
    return " AND ".join(groups) if groups else None


class entity_search(FunctionElement[bool]):
    """Entities whose name or code holds every word: on SQLite ``fts_entities MATCH`` (see
    :func:`fts_query`), elsewhere the row-by-row test of :func:`probe_entities`.

    Arguments: the FTS5 query, then the row-by-row condition.
    """

    type = Boolean()
    inherit_cache = True
    name = "entity_search"
    _is_implicitly_boolean = True


@compiles(entity_search)
def _entity_search_default(element: entity_search, compiler: Any, **kw: Any) -> str:
    _query, probe = element.clauses
    return str(compiler.process(probe, **kw))


@compiles(entity_search, "sqlite")
def _entity_search_sqlite(element: entity_search, compiler: Any, **kw: Any) -> str:
    query, _probe = element.clauses
    index = compiler.process(SEARCH_INDEX.c[FTS_TABLE], **kw)
    return f"({index} MATCH {compiler.process(query, **kw)})"


def search_entities(text: str) -> ColumnElement[bool] | None:
    """The search box's condition read from ``fts_entities``: the index is joined on
    ``search_key`` and drives the query, so a search matching a few entities of a million
    reads only those (see :func:`probe_entities` for one matching very many)."""
    query = fts_query(text)
    probe = probe_entities(text)
    if query is None or probe is None:
        return None  # only punctuation: the register view's plain scan
    # "+rowid": the index is read by MATCH only, never probed row by row (0.1 ms a probe)
    return and_(Entity.search_key == unindexed(SEARCH_INDEX.c.rowid),
                entity_search(literal(query), probe))


def probe_entities(text: str) -> ColumnElement[bool] | None:
    """The same entities as :func:`search_entities`, found by testing each row's
    ``search_name`` and ``search_code``: for reading the first page of a search matching
    very many along the name's index (the first 200 of 850,000 matches of "公" are among
    the first 240 names) without listing every match first."""
    words = [word for word in (search_text(part) for part in text.split()) if word]
    if not words:
        return None
    conditions = []
    for word in words:
        pattern = like_pattern(word)
        condition = contains_text(Entity.search_name, pattern)
        if len(word) >= CODE_GRAM:
            condition = or_(condition, contains_text(Entity.search_code, pattern))
        conditions.append(condition)
    return and_(*conditions)


# --- the register view and the history ----------------------------------------------------

def _masked_code() -> ColumnElement[Any]:
    """The code as lists show it to those who may not see ID numbers (``110105********002X``,
    as :func:`~jianguan_desktop.domain.entity_codes.mask_id_number`)."""
    clear = func.substr(Entity.code, 1, 6, type_=String) + "********" + func.substr(
        Entity.code, 15, type_=String)
    return case((Entity.code_kind == CodeKind.ID.value, clear), else_=Entity.code)


def _table(key: str, code_expr: Any, permission: Permission) -> TableSpec:
    return TableSpec(
        key=key,
        title=lambda: tr("Market entities"),
        columns=(
            ColumnSpec("name", lambda: tr("Name"), "text", Entity.name, width=260,
                       searchable=True),
            ColumnSpec("kind", lambda: tr("Kind of entity"), "enum", Entity.kind, width=110,
                       labels=kind_labels),
            ColumnSpec("code", lambda: tr("Code"), "text", code_expr, width=170,
                       searchable=True),
            ColumnSpec("legal_representative", lambda: tr("Legal representative"), "text",
                       Entity.legal_representative, width=110),
            ColumnSpec("contact_person", lambda: tr("Contact person"), "text",
                       Entity.contact_person, width=100),
            ColumnSpec("phone", lambda: tr("Telephone"), "text", Entity.phone, width=120),
            ColumnSpec("address", lambda: tr("Address"), "text", Entity.address, width=240,
                       visible=False),
            ColumnSpec("code_kind", lambda: tr("Kind of code"), "enum", Entity.code_kind,
                       width=120, visible=False, labels=code_kind_labels),
            ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime", Entity.updated_at,
                       width=140),
        ),
        base_select=lambda: select(Entity.id),
        id_column=Entity.id,
        default_sort=(("name", "asc"),),
        permission=permission,
        deleted_column=Entity.deleted_at,
        empty_text=lambda: tr("No market entities are registered yet: the bidders, "
                              "tenderers, agencies and experts that every other register "
                              "refers to. Click “New” to enter the first, or “Import” to take "
                              "them over from Excel with the template."),
        search_condition=search_entities,
        probe_condition=probe_entities,
        count_limit=COUNT_LIMIT,
    )


register_table(_table(TABLE_KEY, _masked_code(), Permission.READ))
register_table(_table(CONFIDENTIAL_TABLE_KEY, Entity.code, Permission.VIEW_CONFIDENTIAL))


def table_key_for(actor: Actor) -> str:
    """The entity view ``actor`` gets: ID numbers in clear only for 管理员 and 负责人."""
    return CONFIDENTIAL_TABLE_KEY if may_see_id_numbers(actor) else TABLE_KEY


register_record_labels(
    "entities", lambda: tr("Market entity"), field_labels,
    extra={"merged": lambda: tr("Merged record"), "merged_name": lambda: tr("Merged name"),
           "merged_code": lambda: tr("Merged code")},
    formatters={"kind": lambda value: kind_labels().get(value, str(value)),
                "code_kind": lambda value: code_kind_labels().get(value, str(value))},
)
