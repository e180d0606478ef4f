"""The entity search finds exactly the right entities for words of any length, through the
index or row by row, and follows every write: rename, new code, delete, restore, merge."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy.dialects import sqlite

from jianguan_desktop.db.entities import code_index_text, index_text, search_text
from jianguan_desktop.db.migrate import check_drift, downgrade, upgrade
from jianguan_desktop.services import entities, entity_demo, tables
from jianguan_desktop.services.entity_demo import credit_code
from jianguan_desktop.services.tables import (
    TableQuery,
    count_rows,
    fetch_rows,
    get_table,
    window_statement,
)

NAMES = (
    "华信建设集团有限公司", "华信（河南）监理有限公司", "中信建设有限责任公司",
    "建安路桥工程有限公司",
    "滑县第一中学", "滑县华庭物业服务中心", "河南ＡＢＣ科技有限公司", "abc贸易商行",
    "信阳市政工程有限公司", "安阳建设监理咨询有限公司", "王华", "李建华",
)
WORDS = ("华", "信", "建", "abc", "华信", "建设", "有限公司", "建设集团有限", "滑县", "监理",
         "中", "ＡＢ", "410526", "工程 有限", "无此字样", "华信建设集团", "滑县第一中学",
         "滑县第二")
SMALL_LIMIT = 3  # a count limit the fixture's broad words exceed


def spec(limit: int | None = SMALL_LIMIT):
    return replace(get_table(entities.CONFIDENTIAL_TABLE_KEY), count_limit=limit)


def expected(db, actor, word: str, include_deleted: bool = False) -> list[str]:
    """What the search must find, worked out in Python from every record."""
    rows = fetch_rows(db, actor, spec(None), TableQuery(include_deleted=include_deleted), 0,
                      1000)
    words = [search_text(part) for part in word.split()]

    def holds(row: dict) -> bool:
        name, code = search_text(row["name"]), search_text(row["code"])
        return all(part in name or (len(part) >= 3 and part in code) for part in words)

    return [row["name"] for row in rows if holds(row)]


def searched(db, actor, word: str, matching: int | None,
             include_deleted: bool = False) -> list[str]:
    """The first page the view shows for ``word`` (sorted by name), read the way the view
    reads it for a count of ``matching``: through the index for a known count, along the
    names testing each row for none."""
    query = TableQuery(search=word, include_deleted=include_deleted)
    return [row["name"] for row in fetch_rows(db, actor, spec(), query, 0, 200, matching)]


def check_search(db, actor, word: str, include_deleted: bool = False) -> list[str]:
    """Assert that count and first page agree with :func:`expected`, both ways of reading."""
    want = expected(db, actor, word, include_deleted)
    query = TableQuery(search=word, include_deleted=include_deleted)
    assert count_rows(db, actor, spec(), query) == len(want), word
    capped = count_rows(db, actor, spec(), query, limit=SMALL_LIMIT)
    assert capped == min(len(want), SMALL_LIMIT + 1), word
    page = want[:200]
    assert searched(db, actor, word, capped, include_deleted) == page, word  # as the view
    assert searched(db, actor, word, len(want), include_deleted) == page, word  # from index
    assert searched(db, actor, word, None, include_deleted) == page, word  # row by row
    # page by page of three, walking the names a few rows at a time (see short_walks)
    paged = [row["name"] for offset in range(0, len(want) + 3, 3)
             for row in fetch_rows(db, actor, spec(), query, offset, 3, None)]
    assert paged == want, word
    return want


def assert_index_in_step(db_path) -> None:
    """Every record's search columns and index row hold its present name and code."""
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT e.id, e.name, e.code, e.search_name, e.search_code, f.name, f.name3, "
            "f.code, f.entity_id FROM entities AS e LEFT JOIN fts_entities AS f "
            "ON f.rowid = e.search_key").fetchall()
        keys = connection.execute("SELECT count(DISTINCT search_key), count(*) FROM entities "
                                  "WHERE search_key IS NOT NULL").fetchone()
    assert rows and keys[0] == keys[1] == len(rows)
    for entity_id, name, code, search_name, search_code, *indexed in rows:
        assert (search_name, search_code) == (search_text(name), search_text(code))
        assert indexed == [index_text(name), code_index_text(name), code_index_text(code),
                           entity_id]


@pytest.fixture(autouse=True)
def short_walks(monkeypatch) -> None:
    """A page tested row by row walks five names past its start before it gives up and
    reads the index: over a few entities both ways are then taken (the program: 100,000)."""
    monkeypatch.setattr(tables, "PROBE_WALK", 5)


@pytest.fixture
def registered(office_db, admin):
    """The dozen entities of :data:`NAMES`, entered through the ordinary service."""
    made = {}
    for serial, name in enumerate(NAMES, start=1):
        made[name] = entities.create_entity(office_db, admin, {
            "kind": "bidder", "name": name, "code": credit_code("91", "410526", serial)})
    return made


def test_a_page_is_read_from_the_index_or_row_by_row_as_the_count_says() -> None:
    def sql(matching: int | None) -> str:
        return str(window_statement(spec(), TableQuery(search="华"), 0, 200, matching)
                   .compile(dialect=sqlite.dialect()))

    # a known count up to the limit reads the index; more, or none known, tests each row
    assert "MATCH" in sql(SMALL_LIMIT) and "search_name" not in sql(SMALL_LIMIT)
    assert "MATCH" not in sql(None) and "search_name" in sql(None)
    assert "MATCH" not in str(window_statement(replace(spec(), count_limit=10_000),
                                               TableQuery(search="华"), 0, 200, 10_001)
                              .compile(dialect=sqlite.dialect()))


def test_one_to_eight_characters_find_exactly_the_entities_holding_them(office_db, admin,
                                                                         registered) -> None:
    # GIVEN a dozen entities; WHEN each word is searched for
    # THEN the count and the page sorted by name hold exactly the entities with that word
    for word in WORDS:
        check_search(office_db, admin, word)
    # (one character finds many, of any width and case; the code is searched from three on)
    assert check_search(office_db, admin, "华") == sorted(
        name for name in NAMES if "华" in name)
    assert check_search(office_db, admin, "ａｂｃ") == ["abc贸易商行", "河南ＡＢＣ科技有限公司"]
    assert len(check_search(office_db, admin, "410526")) == len(NAMES)
    assert check_search(office_db, admin, "建设集团有限") == ["华信建设集团有限公司"]
    assert check_search(office_db, admin, "滑县第二") == []


def test_the_search_follows_rename_code_change_delete_restore_and_merge(office_db, admin,
                                                                       db_path,
                                                                       registered) -> None:
    huaxin = registered["华信建设集团有限公司"]
    # WHEN 华信建设 is renamed and given another code
    renamed = entities.update_entity(office_db, admin, huaxin.id, {
        "kind": "bidder", "name": "豫信建设集团有限公司",
        "code": credit_code("91", "410700", 99)}, huaxin.version)
    # THEN the old words no longer find it, the new name and code do
    assert "华信建设集团有限公司" not in check_search(office_db, admin, "华信")
    assert check_search(office_db, admin, "豫") == ["豫信建设集团有限公司"]
    assert check_search(office_db, admin, "410700") == ["豫信建设集团有限公司"]
    assert_index_in_step(db_path)
    # WHEN it is deleted, the view no longer finds it unless deleted records are shown
    entities.delete_entity(office_db, admin, renamed.id, renamed.version)
    assert check_search(office_db, admin, "豫") == []
    assert check_search(office_db, admin, "豫", include_deleted=True) == ["豫信建设集团有限公司"]
    assert "豫信建设集团有限公司" not in check_search(office_db, admin, "建设")
    # WHEN it is restored, it is found again
    entities.restore_entity(office_db, admin, renamed.id)
    assert check_search(office_db, admin, "豫") == ["豫信建设集团有限公司"]
    # WHEN 中信建设 is merged into 豫信建设, only the kept record is found
    zhongxin = registered["中信建设有限责任公司"]
    entities.merge_entities(office_db, admin, renamed.id, zhongxin.id)
    assert check_search(office_db, admin, "中信") == []
    assert check_search(office_db, admin, "中信", include_deleted=True) == ["中信建设有限责任公司"]
    for word in WORDS:
        check_search(office_db, admin, word)
        check_search(office_db, admin, word, include_deleted=True)
    assert_index_in_step(db_path)


def test_the_search_survives_vacuum_and_new_entities_after_it(office_db, admin, db_path,
                                                               registered) -> None:
    # GIVEN an entity deleted (leaving a gap in SQLite's hidden row numbers), then VACUUM
    first = registered["华信建设集团有限公司"]
    entities.delete_entity(office_db, admin, first.id, first.version)
    office_db.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("VACUUM")
    # WHEN another entity is added after it
    entities.create_entity(office_db, admin, {"kind": "bidder", "name": "华新商贸有限公司",
                                              "code": credit_code("91", "410526", 77)})
    # THEN every search still finds exactly the right records
    for word in (*WORDS, "华新"):
        check_search(office_db, admin, word)
    assert check_search(office_db, admin, "华新") == ["华新商贸有限公司"]
    assert_index_in_step(db_path)


def test_the_view_counts_a_broad_search_only_up_to_its_limit(office_db, admin,
                                                            registered) -> None:
    # GIVEN the register's own count limit and a word in eleven of the twelve names
    query = TableQuery(search="公司")
    real = get_table(entities.TABLE_KEY)
    assert real.count_limit == entities.COUNT_LIMIT
    # THEN a count stopped at 3 says "more than 3", one under the real limit is exact
    assert count_rows(office_db, admin, spec(), query, limit=3) == 4
    assert count_rows(office_db, admin, real, query, limit=real.count_limit) == len(
        expected(office_db, admin, "公司"))


def test_the_bulk_demonstration_fill_writes_the_index_as_the_service_does(office_db, admin,
                                                                          db_path,
                                                                          registered) -> None:
    # GIVEN entities entered one by one; WHEN 300 more are written in bulk
    assert entity_demo.fill_large_entities(office_db, admin, None, 300) == 300
    # THEN each has its own search key, search columns and index row, and is found
    assert_index_in_step(db_path)
    for word in ("公", "学校", "有限公司", "410526", "滑县"):
        check_search(office_db, admin, word)


def test_the_migration_carries_registered_entities_into_the_new_index(office_db, admin,
                                                                      db_path,
                                                                      registered) -> None:
    # GIVEN entities registered before this revision (downgraded to 0004 and back)
    downgrade(office_db, "0004", backup=False)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM fts_entities_keys").fetchone() == (
            len(NAMES),)
    upgrade(office_db, backup=False)
    # THEN each keeps its index row under its search key and every search finds it
    assert check_drift(office_db) == []
    assert_index_in_step(db_path)
    for word in WORDS:
        check_search(office_db, admin, word)
