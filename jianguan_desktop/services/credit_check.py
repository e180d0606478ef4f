"""Credit check (信用核查): every active listing of a bidder by code or name, and its record.

A check looks through this office's lists and those the city sent down; a saved check is a
信用核查记录 numbered 核查〔2026〕5号 that keeps what was found, for the tender file (鹤岗 八(二)).
"""

from __future__ import annotations

import json
import typing
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from jianguan_desktop.db.credit import PROJECT_MAX, QUERY_MAX, REMARKS_MAX, CreditCheck, CreditEntry
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.models import User
from jianguan_desktop.db.records import OFFICE_KEY, next_number
from jianguan_desktop.domain.credit_lists import ListKind
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.entity_codes import CodeKind, check_code, mask_id_number
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.credit_grades import grades_in_force
from jianguan_desktop.services.credit_lists import (
    CreditEntryInfo,
    active_condition,
    entry_info,
    is_id_kind,
    list_labels,
)
from jianguan_desktop.services.entities import kind_labels, may_see_id_numbers, search_entities
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.tables import (
    ColumnSpec,
    TableSpec,
    contains_text,
    like_pattern,
    register_table,
)

TABLE_KEY = "credit_checks"
ENTITY_LIMIT = 50  # entities shown for a name; the listings are all shown
CANDIDATES = 4 * ENTITY_LIMIT  # entities read from the search to choose those shown
COUNT_LIMIT = 1000  # matches counted at most ("1000 or more")
LISTED_KINDS = (ListKind.BLACK.value, ListKind.WATCH.value)  # a finding against the bidder


@dataclass(frozen=True)
class CheckedEntity:
    """A registered entity the check matched, with its credit grade in force (if any).

    ``code`` is masked (``code_masked``) when it is an ID number the user may not see.
    """

    id: str | None
    name: str
    code: str
    kind_label: str
    grade: str | None
    kind: str = ""
    code_masked: bool = False


@dataclass(frozen=True)
class CreditCheckResult:
    """What a check found on ``on``: the entities matched and every active listing about the
    code or name (this office's and the city's); ``listed`` when any is on the 黑名单 or the
    重点关注名单; ``summary`` one sentence saying so. ``entities_total`` counts the entities
    matched up to :data:`COUNT_LIMIT` (that many means "at least"; only the closest
    :data:`ENTITY_LIMIT` are in ``entities``, see :func:`entities_count_text`); ``office_code`` is
    the checking office's (a listing of another office was sent down by the city, see
    :func:`listing_source`)."""

    query: str
    on: date
    entities: tuple[CheckedEntity, ...]
    listings: tuple[CreditEntryInfo, ...]
    listed: bool
    summary: str
    entities_total: int = 0
    office_code: str = ""


@dataclass(frozen=True)
class CheckRecordInfo:
    """A saved 信用核查记录; ``result`` is what was found then (masked for the reader).
    ``created_by_name`` is the display name of who checked (their user name if none)."""

    id: str
    number: str
    query: str
    checked_on: date
    project: str
    purpose: str
    remarks: str
    listed: bool
    result: CreditCheckResult
    created_by: str
    created_at: datetime
    created_by_name: str = ""


def field_labels() -> dict[str, str]:
    """A saved check's fields as the register, the forms and the history name them."""
    return {"number": tr("Number"), "query": tr("Code or name checked"),
            "checked_on": tr("Checked as of"), "project": tr("Project"),
            "purpose": tr("Purpose"), "found": tr("Findings"), "listed": tr("Listed"),
            "remarks": tr("Remarks"), "created_by": tr("Checked by")}


def listed_labels() -> dict[bool, str]:
    """Whether a check found a blacklist or watch-list entry: 有 / 无."""
    return {True: tr("Yes (listed)"), False: tr("None")}


# --- the check -------------------------------------------------------------------------------

def _query_text(text: str) -> tuple[str, str | None]:
    """The query as kept (spaces collapsed; a valid code normalised) and the code, if it is
    a valid 统一社会信用代码 or 身份证号."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise ValidationError(tr("Type a unified social credit code, an ID card number or a "
                                 "name to check."), field="query")
    if len(cleaned) > QUERY_MAX:
        raise ValidationError(tr("“{label}” may have at most {count} characters; it has "
                                 "{length}.").format(label=field_labels()["query"],
                                                     count=QUERY_MAX, length=len(cleaned)),
                              field="query")
    checked = check_code(cleaned)
    if checked.valid:
        return checked.normalized, checked.normalized
    return cleaned, None


def _name_condition(column: Any, text: str) -> ColumnElement[bool]:
    return and_(*(contains_text(column, like_pattern(word)) for word in text.split()))


def _matched_entities(session: Session, query: str, code: str | None
                      ) -> tuple[list[Entity], int]:
    """The live entities a check shows (the closest names first) and how many match: by exact
    code, else through the entity search (names and codes holding every word)."""
    live = Entity.deleted_at.is_(None)
    if code is not None:
        found = list(session.execute(select(Entity).where(live, Entity.code == code)
                                     .order_by(Entity.name)).scalars())
        return found, len(found)
    condition = search_entities(query)
    if condition is None:  # only punctuation: nothing to search for
        return [], 0
    # a few candidates read through the search (a one-character name may match tens of
    # thousands of a million entities: counting them all takes 0.1 s, up to COUNT_LIMIT 3 ms)
    ids = list(session.execute(select(Entity.id).where(live, condition)
                               .limit(CANDIDATES)).scalars())
    total = len(ids) if len(ids) < CANDIDATES else session.execute(
        select(func.count()).select_from(select(Entity.id).where(live, condition)
                                          .limit(COUNT_LIMIT).subquery())).scalar_one()
    found = {entity.id: entity for match in (Entity.name == query, Entity.id.in_(ids))
             for entity in session.execute(select(Entity).where(live, match)).scalars()}
    shown = sorted(found.values(),
                   key=lambda entity: (entity.name != query, len(entity.name), entity.name))
    return shown[:ENTITY_LIMIT], max(total, len(found))


def _listing_condition(query: str, code: str | None,
                       entities: list[Entity]) -> ColumnElement[bool]:
    """Entries about the code, or about a name holding every word of the query: as the entry
    names it (entries the city sent down need no entity here) or as the register does now."""
    if code is not None:
        return or_(CreditEntry.entity_code == code,
                   CreditEntry.entity_id.in_([entity.id for entity in entities]))
    current = select(Entity.id).where(Entity.id == CreditEntry.entity_id,
                                      or_(_name_condition(Entity.name, query),
                                          _name_condition(Entity.code, query))).exists()
    return or_(_name_condition(CreditEntry.entity_name, query), current)


def _checked_entity(entity: Entity, grade: str | None, actor: Actor,
                    clear: bool = False) -> CheckedEntity:
    masked = (entity.code_kind == CodeKind.ID.value and not clear
              and not may_see_id_numbers(actor))
    return CheckedEntity(id=entity.id, name=entity.name,
                         code=mask_id_number(entity.code) if masked else entity.code,
                         kind_label=kind_labels().get(entity.kind, entity.kind), grade=grade,
                         kind=entity.kind, code_masked=masked)


def summary_text(query: str, on: date, listings: tuple[CreditEntryInfo, ...],
                 entities_found: bool) -> str:
    """One sentence: 「截至…，未发现“…”列入…名单的有效记录。」 or 「…发现…有效名单记录 N 条：…」."""
    day = format_cn_date(on)
    if not listings and not entities_found:
        return tr("As of {date}, no registered entity and no active credit list entry "
                  "matches “{query}”.").format(date=day, query=query)
    if not listings:
        return tr("As of {date}, no active entry on the blacklist, the redlist or the watch "
                  "list was found for “{query}”.").format(date=day, query=query)
    labels = list_labels()
    counts = [(labels[kind.value], sum(1 for item in listings if item.list_kind == kind.value))
              for kind in ListKind]
    parts = "、".join(tr("{list} {count}").format(list=label, count=count)
                     for label, count in counts if count)
    return tr("As of {date}, {count} active credit list entries were found for “{query}”: "
              "{parts}.").format(date=day, count=len(listings), query=query, parts=parts)


def entities_count_text(result: CreditCheckResult) -> str:
    """How many entities matched, in words: 「12」 or 「1000个以上」 at the count's limit."""
    if result.entities_total >= COUNT_LIMIT:
        return tr("{count} or more").format(count=COUNT_LIMIT)
    return str(result.entities_total)


def listing_source(entry: CreditEntryInfo, office_code: str) -> str:
    """Where a listing comes from: 本单位, or 上级下发 with the sending office's code."""
    if entry.office_code == office_code:
        return tr("This office")
    return tr("Sent down by the city (office {code})").format(code=entry.office_code)


def _run_check(session: Session, actor: Actor, text: str, on: date,
               clear: bool = False) -> CreditCheckResult:
    """The check; ``clear``: every code in clear (the snapshot of a saved record, masked
    again for whoever reads it), else masked as ``actor`` may see them."""
    query, code = _query_text(text)
    entities, total = _matched_entities(session, query, code)
    rows = session.execute(select(CreditEntry).where(
        active_condition(on), _listing_condition(query, code, entities))
        .order_by(CreditEntry.list_kind, CreditEntry.end_on, CreditEntry.number)).scalars()
    listings = tuple(entry_info(row, actor, on, mask=False if clear else None)
                     for row in rows)
    grades = grades_in_force(session, [entity.id for entity in entities], on)
    shown = query if clear else _masked_query(query, actor)
    return CreditCheckResult(
        query=shown, on=on,
        entities=tuple(_checked_entity(entity, grades.get(entity.id), actor, clear)
                       for entity in entities),
        listings=listings,
        listed=any(item.list_kind in LISTED_KINDS for item in listings),
        summary=summary_text(shown, on, listings, bool(entities)),
        entities_total=total, office_code=str(session.info.get(OFFICE_KEY) or ""))


def check_credit(db: Database, actor: Actor, text: str, on: date | None = None
                 ) -> CreditCheckResult:
    """Check a code or a name as of ``on`` (default today).

    A valid 统一社会信用代码 or 身份证号 (after normalising) matches by exact code; anything
    else by name: registered entities through the entity search, list entries by their
    ``entity_name`` holding every word (so entries the city sent down about entities not
    registered here are found too). An empty text is refused (``field="query"``).
    """
    require(actor, Permission.READ)
    day = on or date.today()
    with db.uow(actor, readonly=True) as uow:
        return _run_check(uow.session, actor, text, day)


# --- the saved record --------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _decode(cls: type, data: dict[str, Any]) -> Any:
    """A dataclass of ``cls`` from its :func:`_plain` form (dates and nested records)."""
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for item in fields(cls):
        if item.name not in data:
            continue
        value = data[item.name]
        hint = hints[item.name]
        kinds = set(typing.get_args(hint)) | {hint}
        if value is None:
            values[item.name] = None
        elif datetime in kinds:
            values[item.name] = datetime.fromisoformat(value)
        elif date in kinds:
            values[item.name] = date.fromisoformat(value)
        elif typing.get_origin(hint) is tuple:
            inner = typing.get_args(hint)[0]
            values[item.name] = tuple(
                _decode(inner, element) if isinstance(element, dict) else element
                for element in value)
        else:
            values[item.name] = value
    return cls(**values)


def _snapshot(result: CreditCheckResult) -> str:
    return json.dumps(_plain(asdict(result)), ensure_ascii=False)


def _masked_entry(info: CreditEntryInfo, actor: Actor) -> CreditEntryInfo:
    if info.entity_code_masked or not is_id_kind(info.entity_kind) or may_see_id_numbers(actor):
        return info
    return replace(info, entity_code=mask_id_number(info.entity_code), entity_code_masked=True)


def _masked_entity(entity: CheckedEntity, actor: Actor) -> CheckedEntity:
    if entity.code_masked or not is_id_kind(entity.kind) or may_see_id_numbers(actor):
        return entity
    return replace(entity, code=mask_id_number(entity.code), code_masked=True)


def _masked_query(query: str, actor: Actor) -> str:
    checked = check_code(query)
    if checked.valid and checked.kind is CodeKind.ID and not may_see_id_numbers(actor):
        return mask_id_number(checked.normalized)
    return query


def _stored_result(row: CreditCheck, actor: Actor) -> CreditCheckResult:
    data = json.loads(row.found or "{}")
    if not data:
        return CreditCheckResult(query=row.query, on=row.checked_on, entities=(), listings=(),
                                 listed=row.listed, summary="")
    data["entities"] = [_decode(CheckedEntity, item) for item in data.get("entities", [])]
    data["listings"] = [_decode(CreditEntryInfo, item) for item in data.get("listings", [])]
    result: CreditCheckResult = _decode(CreditCheckResult, data)
    query = _masked_query(result.query, actor)
    listings = tuple(_masked_entry(item, actor) for item in result.listings)
    return replace(result, query=query,
                   entities=tuple(_masked_entity(item, actor) for item in result.entities),
                   listings=listings,
                   summary=summary_text(query, result.on, listings, bool(result.entities)))


def _display_name(session: Session, username: str) -> str:
    name = session.execute(select(User.display_name).where(User.username == username)
                           ).scalar_one_or_none()
    return name or username


def check_record_info(session: Session, row: CreditCheck, actor: Actor) -> CheckRecordInfo:
    """Plain data of a saved check as ``actor`` may see it."""
    result = _stored_result(row, actor)
    return CheckRecordInfo(
        id=row.id, number=row.number or "", query=result.query, checked_on=row.checked_on,
        project=row.project, purpose=row.purpose, remarks=row.remarks, listed=row.listed,
        result=result, created_by=row.created_by, created_at=row.created_at,
        created_by_name=_display_name(session, row.created_by))


def _short(label_key: str, value: str, limit: int, errors: dict[str, str]) -> str:
    text = " ".join((value or "").split())
    if len(text) > limit:
        errors[label_key] = tr("“{label}” may have at most {count} characters; it has "
                               "{length}.").format(label=field_labels()[label_key],
                                                   count=limit, length=len(text))
    return text


def record_check(db: Database, actor: Actor, text: str, on: date | None = None,
                 project: str = "", purpose: str = "", remarks: str = "") -> CheckRecordInfo:
    """Check and save the 信用核查记录 (numbered 核查〔年〕N号) with what was found."""
    require(actor, Permission.WRITE)
    errors: dict[str, str] = {}
    texts = {"project": _short("project", project, PROJECT_MAX, errors),
             "purpose": _short("purpose", purpose, PROJECT_MAX, errors),
             "remarks": _short("remarks", remarks, REMARKS_MAX, errors)}
    if errors:
        first = next(iter(errors))
        raise ValidationError(errors[first], field=first, fields=errors)
    day = on or date.today()
    with db.uow(actor) as uow:
        result = _run_check(uow.session, actor, text, day, clear=True)
        row = CreditCheck(query=result.query, checked_on=day, found=_snapshot(result),
                          listed=result.listed, **texts)
        row.number = next_number(uow.session, uow.session.info[OFFICE_KEY],
                                 CreditCheck.number_series, day.year)
        uow.session.add(row)
        uow.flush()
        info = check_record_info(uow.session, row, actor)
        uow.commit()
    return info


def load_check(session: Session, ref: str) -> CreditCheck:
    """A live saved check by its id or number (核查〔2026〕5号)."""
    cleaned = ref.strip()
    row = session.get(CreditCheck, cleaned)
    if row is None:
        row = session.execute(select(CreditCheck).where(
            CreditCheck.number == cleaned, CreditCheck.deleted_at.is_(None))).scalars().first()
    if row is None or row.deleted_at is not None:
        raise NotFoundError(tr("No credit check record numbered “{ref}” was found.").format(
            ref=cleaned))
    return row


def get_check(db: Database, actor: Actor, ref: str) -> CheckRecordInfo:
    """A saved 信用核查记录 by its id or number."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return check_record_info(uow.session, load_check(uow.session, ref), actor)


# --- the register view and the history ------------------------------------------------------

def _masked_query_expr() -> ColumnElement[Any]:
    """The query as the register lists it: an ID number (17 digits and a digit or X, born
    19xx or 20xx) masked for everyone, like :func:`mask_id_number`."""
    query = CreditCheck.query
    looks_like_id = and_(
        func.length(query) == 18,
        func.ltrim(func.substr(query, 1, 17, type_=String), "0123456789") == "",
        func.substr(query, 7, 2, type_=String).in_(("19", "20")))
    masked = func.substr(query, 1, 6, type_=String) + "********" + \
        func.substr(query, 15, type_=String)
    return case((looks_like_id, masked), else_=query)


def _checked_by_expr() -> ColumnElement[Any]:
    name = select(User.display_name).where(User.username == CreditCheck.created_by,
                                           User.display_name != "").scalar_subquery()
    return func.coalesce(name, CreditCheck.created_by)


register_table(TableSpec(
    key=TABLE_KEY,
    title=lambda: tr("Credit checks"),
    columns=(
        ColumnSpec("number", lambda: tr("Number"), "text", CreditCheck.number, width=130,
                   searchable=True, sort_expr=CreditCheck.number_order),
        ColumnSpec("checked_on", lambda: tr("Checked as of"), "date", CreditCheck.checked_on,
                   width=100),
        ColumnSpec("query", lambda: tr("Code or name checked"), "text", _masked_query_expr(),
                   width=220, searchable=True),
        ColumnSpec("project", lambda: tr("Project"), "text", CreditCheck.project, width=260,
                   searchable=True),
        ColumnSpec("listed", lambda: tr("Listed"), "enum", CreditCheck.listed, width=80,
                   labels=listed_labels),
        ColumnSpec("created_by", lambda: tr("Checked by"), "text", _checked_by_expr(),
                   width=100),
        ColumnSpec("purpose", lambda: tr("Purpose"), "text", CreditCheck.purpose, width=200,
                   visible=False, searchable=True),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime", CreditCheck.updated_at,
                   width=140, visible=False),
    ),
    base_select=lambda: select(CreditCheck.id),
    id_column=CreditCheck.id,
    default_sort=(("number", "desc"),),
    permission=Permission.READ,
    deleted_column=CreditCheck.deleted_at,
    empty_text=lambda: tr("No credit checks are saved yet. Check a bidder and click “Save "
                          "record” to keep the 信用核查记录 for the tender file."),
))

register_record_labels(
    "credit_checks", lambda: tr("Credit check record"), field_labels,
    formatters={"listed": lambda value: listed_labels().get(bool(value), str(value)),
                "found": lambda value: tr("(what was found, as printed)")},
)
