"""The SQL a register view asks for: search, filters, sort and windows, checked as SQL text.

No database here: statements are compiled for SQLite and read; integration tests run them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import literal
from sqlalchemy.dialects import postgresql, sqlite

from jianguan_desktop.services.progress import Cancelled, Progress
from jianguan_desktop.services.tables import (
    ColumnSpec,
    TableQuery,
    TableSpec,
    count_statement,
    display_text,
    get_table,
    like_pattern,
    register_table,
    rows_statement,
    table_keys,
    window_statement,
)
from tests.fixture_registers import fixture_spec
from tests.fixture_tables import FixtureNote


def sql(statement: object) -> str:
    """The statement as SQLite would run it, values inlined."""
    return str(statement.compile(dialect=sqlite.dialect(),  # type: ignore[attr-defined]
                                 compile_kwargs={"literal_binds": True}))


def where_clause(statement: object) -> str:
    text = sql(statement)
    return text.split("WHERE", 1)[1].split("ORDER BY", 1)[0] if "WHERE" in text else ""


SPEC = fixture_spec()


def test_default_view_leaves_out_deleted_records_and_sorts_by_its_default() -> None:
    # WHEN the register opens with nothing asked
    text = sql(rows_statement(SPEC, TableQuery()))
    # THEN tombstones are left out and rows come newest signing date first, id breaking ties
    assert "fixture_notes.deleted_at IS NULL" in text
    assert text.endswith("ORDER BY fixture_notes.signed_on DESC, fixture_notes.id DESC")


def test_include_deleted_shows_tombstones_too() -> None:
    assert "deleted_at IS NULL" not in sql(rows_statement(SPEC, TableQuery(include_deleted=True)))


def test_a_clicked_column_sorts_and_the_id_keeps_windows_stable() -> None:
    query = TableQuery(sort=(("category", "asc"),))
    assert sql(rows_statement(SPEC, query)).endswith(
        "ORDER BY fixture_notes.category ASC, fixture_notes.id ASC")


def test_search_looks_in_every_searchable_column_but_not_the_others() -> None:
    where = where_clause(rows_statement(SPEC, TableQuery(search="道路")))
    for column in ("number", "title", "body"):
        assert f"(fixture_notes.{column} LIKE '%道路%' ESCAPE '\\')" in where
    assert "amount" not in where and "signed_on" not in where


def test_every_word_of_the_search_must_match() -> None:
    where = where_clause(rows_statement(SPEC, TableQuery(search="  城关镇   道路 ")))
    assert "%城关镇%" in where and "%道路%" in where
    assert ") AND (" in where


def test_search_finds_enum_columns_by_the_words_users_see() -> None:
    # GIVEN the category column stores "works" and shows 工程
    where = where_clause(rows_statement(SPEC, TableQuery(search="工程")))
    # THEN searching 工程 asks for the stored value
    assert "fixture_notes.category IN ('works')" in where


def test_wildcards_typed_in_the_search_box_are_taken_literally() -> None:
    assert like_pattern("100%") == "%100\\%%"
    assert like_pattern("a_b") == "%a\\_b%"
    assert like_pattern("c:\\d") == "%c:\\\\d%"
    assert "ESCAPE '\\'" in where_clause(rows_statement(SPEC, TableQuery(search="100%")))


def test_case_is_ignored_by_ilike_on_postgresql() -> None:
    # (SQLite's LIKE ignores the case of Latin letters by itself)
    text = str(rows_statement(SPEC, TableQuery(search="ppp")).compile(
        dialect=postgresql.dialect()))
    assert "fixture_notes.title ILIKE" in text


def test_an_empty_search_adds_no_condition() -> None:
    assert "LIKE" not in sql(rows_statement(SPEC, TableQuery(search="   ")))


def test_filters_equal_contains_between_and_in() -> None:
    query = TableQuery(filters={
        "category": "works",
        "title": ("contains", "维修"),
        "signed_on": ("between", (date(2024, 1, 1), None)),
        "number": ("in", ["测试〔2026〕1号", "测试〔2026〕2号"]),
    })
    where = where_clause(rows_statement(SPEC, query))
    assert "fixture_notes.category = 'works'" in where
    assert "(fixture_notes.title LIKE '%维修%' ESCAPE '\\')" in where
    assert "fixture_notes.signed_on >= '2024-01-01'" in where
    assert "signed_on <=" not in where  # the open end adds nothing
    assert "fixture_notes.number IN ('测试〔2026〕1号', '测试〔2026〕2号')" in where


def test_filter_on_none_asks_for_empty_and_an_empty_in_matches_nothing() -> None:
    where = where_clause(rows_statement(SPEC, TableQuery(filters={"amount": None})))
    assert "fixture_notes.amount IS NULL" in where
    where = where_clause(rows_statement(SPEC, TableQuery(filters={"category": ("in", [])})))
    assert "0 = 1" in where or "1 != 1" in where


def test_unknown_columns_and_directions_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        rows_statement(SPEC, TableQuery(filters={"nope": 1}))
    with pytest.raises(ValueError):
        rows_statement(SPEC, TableQuery(sort=(("title", "up"),)))


def test_a_window_picks_its_ids_first_then_reads_only_those_rows() -> None:
    text = sql(window_statement(SPEC, TableQuery(filters={"category": "goods"}), 400, 200))
    inner = text.split("JOIN (", 1)[1]
    assert inner.startswith("SELECT fixture_notes.id AS window_id")
    assert "fixture_notes.category = 'goods'" in inner
    assert "LIMIT 200 OFFSET 400" in inner
    assert "ON fixture_notes.id = id_window.window_id" in text


def test_a_search_matching_few_rows_reads_the_table_instead_of_the_sort_index() -> None:
    # GIVEN a search, sorted by amount
    query = TableQuery(search="第000123号", sort=(("amount", "asc"),))
    # WHEN it matches one row, the window's ids are found by reading the table (+amount) ...
    few = sql(window_statement(SPEC, query, 0, 200, matching=1))
    assert "ORDER BY +fixture_notes.amount ASC" in few
    # ... but when it matches many, the index on amount is walked
    many = sql(window_statement(SPEC, query, 0, 200, matching=50_000))
    assert "+fixture_notes.amount" not in many
    # AND deep windows of a common word read the table too
    assert "+fixture_notes.amount" in sql(window_statement(SPEC, query, 20_000, 200,
                                                          matching=50_000))
    # AND without a search the index is always used
    plain = TableQuery(sort=(("amount", "asc"),))
    assert "+fixture_notes" not in sql(window_statement(SPEC, plain, 0, 200, matching=1))


def test_count_counts_the_filtered_rows() -> None:
    text = sql(count_statement(SPEC, TableQuery(search="道路")))
    assert text.startswith("SELECT count(*)")
    assert "%道路%" in text and "deleted_at IS NULL" in text


def test_a_full_text_hook_is_asked_first_and_like_is_the_fallback() -> None:
    # GIVEN a register with an index answering searches of three characters or more
    def indexed(text: str):
        return FixtureNote.id.in_(["from-the-index"]) if len(text) >= 3 else None

    spec = TableSpec(key="indexed", title=lambda: "x", columns=SPEC.columns,
                     base_select=SPEC.base_select, id_column=FixtureNote.id,
                     search_condition=indexed)
    # THEN a long search uses it, a two-character one falls back to LIKE
    long_where = where_clause(rows_statement(spec, TableQuery(search="道路硬化")))
    assert "from-the-index" in long_where and "LIKE" not in long_where
    short_where = where_clause(rows_statement(spec, TableQuery(search="道路")))
    assert "LIKE" in short_where and "from-the-index" not in short_where


def test_spec_refuses_duplicate_keys_and_enum_without_labels() -> None:
    column = ColumnSpec("title", lambda: "标题", "text", FixtureNote.title)
    with pytest.raises(ValueError):
        TableSpec(key="dup", title=lambda: "x", columns=(column, column),
                  base_select=SPEC.base_select, id_column=FixtureNote.id)
    with pytest.raises(ValueError):
        ColumnSpec("category", lambda: "类别", "enum", FixtureNote.category)
    with pytest.raises(ValueError):
        ColumnSpec("x", lambda: "x", "money", FixtureNote.amount)


def test_registered_tables_are_found_by_key() -> None:
    spec = register_table(TableSpec(key="unit.registry", title=lambda: "x",
                                    columns=SPEC.columns, base_select=SPEC.base_select,
                                    id_column=FixtureNote.id))
    assert get_table("unit.registry") is spec
    assert "unit.registry" in table_keys()
    with pytest.raises(KeyError):
        get_table("unit.nothing")


def _column(kind: str) -> ColumnSpec:
    labels = (lambda: {"works": "工程"}) if kind == "enum" else None
    return ColumnSpec("c", lambda: "c", kind, literal(1), labels=labels)


def test_cells_show_dates_amounts_flags_and_labels_as_clerks_write_them() -> None:
    assert display_text(_column("date"), date(2026, 11, 21)) == "2026-11-21"
    assert display_text(_column("decimal"), Decimal("1234.5")) == "1,234.50"
    assert display_text(_column("decimal"), Decimal("-0.5")) == "-0.50"
    assert display_text(_column("int"), 42) == "42"
    assert display_text(_column("bool"), True) == "是"
    assert display_text(_column("bool"), False) == "否"
    assert display_text(_column("enum"), "works") == "工程"
    assert display_text(_column("enum"), "unknown") == "unknown"
    assert display_text(_column("text"), "第一行\n第二行") == "第一行 第二行"
    for kind in ("text", "date", "decimal", "bool", "enum", "datetime"):
        assert display_text(_column(kind), None) == ""


def test_timestamps_are_shown_in_local_time_to_the_minute() -> None:
    stored = datetime(2026, 11, 21, 6, 5, 30, tzinfo=UTC)
    expected = stored.astimezone().strftime("%Y-%m-%d %H:%M")
    assert display_text(_column("datetime"), stored) == expected


def test_progress_reports_and_cancels_without_qt() -> None:
    seen: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, text: seen.append((done, total, text)))
    progress.report(5, 10, "一半")
    progress.check_cancelled()  # not cancelled: nothing happens
    progress.cancel()
    assert seen == [(5, 10, "一半")] and progress.cancelled
    with pytest.raises(Cancelled):
        progress.check_cancelled()
