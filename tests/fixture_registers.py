"""The test-only register over FixtureNote: its view spec, a save service, and a fast bulk filler.

Shared by the table tests and ``benchmarks/run.py``; rows are deterministic, so a test can
know which row is first in any sort without reading them all.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.schema import CreateIndex, CreateTable

from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db.engine import Database, open_database
from jianguan_desktop.db.records import check_version
from jianguan_desktop.domain.roles import Actor, Role
from jianguan_desktop.errors import NotFoundError, ValidationError
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table
from tests.conftest import OFFICE_CODE
from tests.fixture_tables import FixtureNote

TABLE_KEY = "fixture_notes"
CATEGORY_LABELS = {"goods": "货物", "works": "工程", "services": "服务"}
CATEGORIES = tuple(CATEGORY_LABELS)
PLACES = ("城关镇", "吕村镇", "白璧镇", "韩陵镇", "崔家桥镇", "水冶镇", "曲沟镇")
SUBJECTS = ("道路硬化", "校舍维修", "办公设备", "绿化养护", "农田水利", "医疗器械")
FIRST_DAY = date(2020, 1, 1)
FIRST_TIME = datetime(2026, 1, 5, 1, 30, tzinfo=UTC)
LARGE_AMOUNT = 5000
ADMIN = Actor(username="admin", role=Role.ADMIN, user_id=1, display_name="王管理")


def fixture_spec() -> TableSpec:
    """The view of the fixture register (headers in Chinese; tests are not translated)."""
    return TableSpec(
        key=TABLE_KEY,
        title=lambda: "测试台账",
        columns=(
            ColumnSpec("number", lambda: "编号", "text", FixtureNote.number, width=150,
                       searchable=True),
            ColumnSpec("title", lambda: "标题", "text", FixtureNote.title, width=260,
                       searchable=True),
            ColumnSpec("category", lambda: "类别", "enum", FixtureNote.category, width=70,
                       searchable=True, labels=lambda: CATEGORY_LABELS),
            ColumnSpec("amount", lambda: "金额（元）", "decimal", FixtureNote.amount, width=110),
            ColumnSpec("signed_on", lambda: "签订日期", "date", FixtureNote.signed_on, width=100),
            ColumnSpec("large", lambda: "大额", "bool", FixtureNote.amount >= LARGE_AMOUNT,
                       width=50),
            ColumnSpec("updated_at", lambda: "修改时间", "datetime", FixtureNote.updated_at,
                       width=140),
            ColumnSpec("version", lambda: "版本", "int", FixtureNote.version, width=50,
                       visible=False),
            ColumnSpec("body", lambda: "正文", "text", FixtureNote.body, width=200,
                       visible=False, searchable=True),
        ),
        base_select=lambda: select(FixtureNote.id),
        id_column=FixtureNote.id,
        default_sort=(("signed_on", "desc"),),
        deleted_column=FixtureNote.deleted_at,
        empty_text=lambda: "还没有测试记录。请先点击「新增」录入第一条。",
    )


def register_fixture_table() -> TableSpec:
    """Register the fixture view under :data:`TABLE_KEY` and return it."""
    return register_table(fixture_spec())


# --- deterministic bulk rows --------------------------------------------------------------

def note_id(index: int) -> str:
    """The id of the ``index``-th bulk row (a valid UUID text)."""
    return f"00000000-0000-4000-8000-{index:012d}"


def _cents(index: int) -> int:
    return (index * 7919) % 1_000_000


def note_amount(index: int) -> Decimal:
    """Amounts are a permutation of 0.00 … 9,999.99 (7919 is coprime with 1,000,000)."""
    return Decimal(_cents(index)) / 100


def note_title(index: int) -> str:
    """A Chinese title unique per row: 城关镇道路硬化采购项目 第000042号."""
    return f"{PLACES[index % len(PLACES)]}{SUBJECTS[index % len(SUBJECTS)]}采购项目 第{index:06d}号"


def _day(index: int) -> int:
    return (index * 37) % 2200


def note_signed_on(index: int) -> date:
    """Signing dates spread over six years."""
    return FIRST_DAY + timedelta(days=_day(index))


def note_category(index: int) -> str:
    """Categories take turns: goods, works, services."""
    return CATEGORIES[index % len(CATEGORIES)]


def note_body(index: int) -> str:
    """Every tenth body holds the LIKE wildcards % and _ as plain text."""
    return "备注" if index % 10 else "含有百分号 100% 与下划线 a_b 的正文"


_COLUMNS = ("id", "office_code", "number", "version", "change_seq", "created_at", "created_by",
            "updated_at", "updated_by", "title", "category", "amount", "signed_on", "body")
_DAYS = [(FIRST_DAY + timedelta(days=day)).isoformat() for day in range(2200)]
_START_SECONDS = FIRST_TIME.hour * 3600 + FIRST_TIME.minute * 60


def _stamp(index: int) -> str:
    """FIRST_TIME plus ``index`` seconds as SQLite keeps it (naive UTC), without datetime."""
    day, seconds = divmod(_START_SECONDS + index, 86_400)
    hours, rest = divmod(seconds, 3600)
    stamp = FIRST_TIME.date() + timedelta(days=day)
    return f"{stamp.isoformat()} {hours:02d}:{rest // 60:02d}:{rest % 60:02d}.000000"


def _bulk_row(index: int) -> tuple[Any, ...]:
    stamp = _stamp(index)
    return (note_id(index), OFFICE_CODE, f"测试〔2026〕{index + 1}号", 1, index + 1, stamp,
            "admin", stamp, "admin", note_title(index), note_category(index),
            _cents(index) / 100, _DAYS[_day(index)],
                    note_body(index))


def fill_notes(db: Database, count: int, batch: int = 50_000) -> None:
    """Insert ``count`` deterministic rows with the driver's executemany (not the ORM).

    A new table gets its indexes after the rows: building them once is faster.
    """
    table = FixtureNote.__table__
    sql = (f"INSERT INTO fixture_notes ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in _COLUMNS)})")
    with db.engine.begin() as connection:
        fresh = not inspect(connection).has_table(table.name)
        if fresh:
            connection.execute(CreateTable(table))
        for start in range(0, count, batch):
            rows = [_bulk_row(index) for index in range(start, min(count, start + batch))]
            connection.exec_driver_sql(sql, rows)
        if fresh:
            for index in table.indexes:
                connection.execute(CreateIndex(index))
        connection.exec_driver_sql("ANALYZE")


def build_fixture_database(path: Path, count: int) -> Database:
    """A migrated database file at ``path`` holding ``count`` fixture rows (reused if built)."""
    from jianguan_desktop.db.migrate import upgrade

    ready = path.exists()
    db = open_database(resolve_db_url(str(path)))
    if not ready:
        upgrade(db, backup=False)
        fill_notes(db, count)
    return db


# --- a save service for the record form ---------------------------------------------------

def save_note(db: Database, actor: Actor, values: dict[str, Any], record_id: str | None = None,
              expected_version: int | None = None) -> dict[str, Any]:
    """Create or update a note in one transaction, as a register's service would."""
    title = str(values.get("title") or "").strip()
    if not title:
        raise ValidationError("请填写标题。", field="title")
    errors: dict[str, str] = {}
    amount = values.get("amount")
    try:
        if amount is not None and Decimal(amount) < 0:
            errors["amount"] = "金额不能为负数。"
    except InvalidOperation:
        errors["amount"] = "金额格式不正确。"
    if values.get("category") not in CATEGORY_LABELS:
        errors["category"] = "请选择类别。"
    if errors:
        raise ValidationError(next(iter(errors.values())), fields=errors)
    with db.uow(actor) as uow:
        if record_id is None:
            record = FixtureNote(title=title)
            uow.session.add(record)
        else:
            found = uow.session.get(FixtureNote, record_id)
            if found is None:
                raise NotFoundError("记录不存在。")
            record = found
            check_version(record, expected_version)
        record.title = title
        record.category = values["category"]
        record.amount = amount
        record.signed_on = values.get("signed_on")
        record.body = values.get("body") or ""
        uow.commit()
        return {"id": record.id, "version": record.version}
