"""Register views against a real database file: count, windows, sort, filters, search, rights."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.db.records import soft_delete
from jianguan_desktop.domain.roles import Actor, Permission, Role
from jianguan_desktop.errors import PermissionDenied
from jianguan_desktop.services.preferences import (
    get_preference,
    get_table_layout,
    save_table_layout,
    set_preference,
)
from jianguan_desktop.services.tables import (
    ROW_ID,
    TableQuery,
    count_rows,
    export_rows,
    fetch_rows,
)
from tests.fixture_registers import (
    fill_notes,
    fixture_spec,
    note_amount,
    note_category,
    note_id,
    note_signed_on,
    note_title,
)
from tests.fixture_tables import FixtureNote

ROWS = 600
SPEC = fixture_spec()


@pytest.fixture
def notes(fixture_tables, admin):
    """600 deterministic notes in the office database."""
    fill_notes(fixture_tables, ROWS)
    return fixture_tables


def ids(rows: list[dict]) -> list[str]:
    return [row[ROW_ID] for row in rows]


def test_count_and_first_window_in_default_order(notes, admin) -> None:
    # WHEN the register opens
    total = count_rows(notes, admin, SPEC, TableQuery())
    rows = fetch_rows(notes, admin, SPEC, TableQuery(), 0, 50)
    # THEN every row is counted, and the first window is the newest signing dates
    assert total == ROWS
    assert len(rows) == 50
    latest = max(note_signed_on(i) for i in range(ROWS))
    assert rows[0]["signed_on"] == latest
    dates = [row["signed_on"] for row in rows]
    assert dates == sorted(dates, reverse=True)


def test_rows_are_plain_values_with_the_record_id(notes, admin) -> None:
    query = TableQuery(filters={"number": "测试〔2026〕8号"})
    (row,) = fetch_rows(notes, admin, SPEC, query, 0, 10)
    assert row[ROW_ID] == note_id(7)
    assert row["title"] == note_title(7)
    assert row["amount"] == note_amount(7) and isinstance(row["amount"], Decimal)
    assert row["signed_on"] == note_signed_on(7) and isinstance(row["signed_on"], date)
    assert row["updated_at"].tzinfo is not None
    assert row["large"] is (note_amount(7) >= 5000)


def test_windows_cover_every_row_once_even_with_many_ties(notes, admin) -> None:
    # GIVEN a sort by category, where 200 rows share each value
    query = TableQuery(sort=(("category", "asc"),))
    # WHEN the rows are read window by window
    seen: list[str] = []
    for offset in range(0, ROWS, 70):
        seen += ids(fetch_rows(notes, admin, SPEC, query, offset, 70))
    # THEN no row is missed or shown twice, and the order is the one asked for
    assert len(seen) == ROWS == len(set(seen))
    categories = [fetch_rows(notes, admin, SPEC, query, i, 1)[0]["category"]
                  for i in (0, 199, 200, 599)]
    assert categories == ["goods", "goods", "services", "works"]


@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_sort_by_amount_puts_the_smallest_or_largest_first(notes, admin, direction) -> None:
    query = TableQuery(sort=(("amount", direction),))
    first = fetch_rows(notes, admin, SPEC, query, 0, 1)[0]
    last = fetch_rows(notes, admin, SPEC, query, ROWS - 1, 1)[0]
    amounts = [note_amount(i) for i in range(ROWS)]
    expected = (min(amounts), max(amounts)) if direction == "asc" else (max(amounts),
                                                                         min(amounts))
    assert (first["amount"], last["amount"]) == expected


def test_filters_narrow_the_count_and_the_rows(notes, admin) -> None:
    start, end = date(2022, 1, 1), date(2022, 12, 31)
    query = TableQuery(filters={"category": "works", "signed_on": ("between", (start, end))})
    expected = {note_id(i) for i in range(ROWS)
                if note_category(i) == "works" and start <= note_signed_on(i) <= end}
    assert count_rows(notes, admin, SPEC, query) == len(expected) > 0
    assert set(ids(fetch_rows(notes, admin, SPEC, query, 0, ROWS))) == expected
    in_query = TableQuery(filters={"number": ("in", ["测试〔2026〕1号", "测试〔2026〕3号"])})
    assert set(ids(fetch_rows(notes, admin, SPEC, in_query, 0, 10))) == {note_id(0), note_id(2)}


def test_search_finds_chinese_substrings_in_any_searchable_column(notes, admin) -> None:
    # WHEN a clerk types part of a title
    rows = fetch_rows(notes, admin, SPEC, TableQuery(search="第000123号"), 0, 10)
    # THEN that record is found
    assert ids(rows) == [note_id(123)]
    # AND two words must both match (place and subject)
    query = TableQuery(search="白璧镇 校舍维修")
    expected = {note_id(i) for i in range(ROWS) if "白璧镇" in note_title(i)
                and "校舍维修" in note_title(i)}
    assert set(ids(fetch_rows(notes, admin, SPEC, query, 0, ROWS))) == expected != set()


def test_a_window_is_the_same_whichever_way_it_is_found(notes, admin) -> None:
    # GIVEN a search matching a third of the rows, sorted by amount
    query = TableQuery(search="工程 采购", sort=(("amount", "desc"),))
    matching = count_rows(notes, admin, SPEC, query)
    # WHEN windows are read along the sort index and by reading the table
    for offset in (0, 150):
        along_index = fetch_rows(notes, admin, SPEC, query, offset, 40)
        by_scan = fetch_rows(notes, admin, SPEC, query, offset, 40, matching=1)
        # THEN they hold the same rows in the same order
        assert ids(along_index) == ids(by_scan) != []
    assert matching == ROWS // 3


def test_search_takes_percent_and_underscore_literally(notes, admin) -> None:
    # GIVEN every tenth body contains "100%" and "a_b"
    assert count_rows(notes, admin, SPEC, TableQuery(search="100%")) == ROWS // 10
    assert count_rows(notes, admin, SPEC, TableQuery(search="a_b")) == ROWS // 10
    assert count_rows(notes, admin, SPEC, TableQuery(search="%")) == ROWS // 10
    assert count_rows(notes, admin, SPEC, TableQuery(search="axb")) == 0


def test_search_ignores_case_of_latin_letters(fixture_tables, admin) -> None:
    with fixture_tables.uow(admin) as uow:
        uow.session.add(FixtureNote(title="PPP项目 Road", category="works"))
        uow.commit()
    assert count_rows(fixture_tables, admin, SPEC, TableQuery(search="ppp road")) == 1


def test_search_by_category_label(notes, admin) -> None:
    assert count_rows(notes, admin, SPEC, TableQuery(search="工程")) == ROWS // 3


def test_soft_deleted_records_are_left_out_unless_asked_for(notes, admin) -> None:
    with notes.uow(admin) as uow:
        soft_delete(uow.session.get(FixtureNote, note_id(5)), uow.session)
        uow.commit()
    assert count_rows(notes, admin, SPEC, TableQuery()) == ROWS - 1
    assert note_id(5) not in ids(fetch_rows(notes, admin, SPEC, TableQuery(), 0, ROWS))
    assert count_rows(notes, admin, SPEC, TableQuery(include_deleted=True)) == ROWS


def test_a_view_needing_a_permission_refuses_a_role_without_it(notes) -> None:
    from dataclasses import replace

    spec = replace(SPEC, permission=Permission.VIEW_AUDIT)
    clerk = Actor(username="clerk", role=Role.CLERK)
    with pytest.raises(PermissionDenied):
        count_rows(notes, clerk, spec, TableQuery())
    with pytest.raises(PermissionDenied):
        fetch_rows(notes, None, SPEC, TableQuery(), 0, 10)


def test_export_rows_streams_every_row_in_the_view_order(notes, admin) -> None:
    query = TableQuery(sort=(("amount", "desc"),), filters={"category": "goods"})
    batches = list(export_rows(notes, admin, SPEC, query, batch_size=64))
    streamed = [row for batch in batches for row in batch]
    assert max(len(batch) for batch in batches) == 64
    assert ids(streamed) == ids(fetch_rows(notes, admin, SPEC, query, 0, ROWS))
    assert len(streamed) == ROWS // 3


# --- preferences ----------------------------------------------------------------------------

def test_layout_is_remembered_per_user_and_part_by_part(office_db, admin) -> None:
    clerk = Actor(username="clerk", role=Role.CLERK)
    # WHEN the administrator narrows a column and hides another, then sorts
    save_table_layout(office_db, admin, "notes", widths={"title": 333}, hidden=["body"])
    save_table_layout(office_db, admin, "notes", sort=[("amount", "desc")])
    # THEN he gets it back, with the earlier parts kept
    layout = get_table_layout(office_db, admin, "notes")
    assert layout.widths == {"title": 333}
    assert layout.hidden == ["body"]
    assert layout.sort == [("amount", "desc")]
    # AND another user still sees the defaults
    other = get_table_layout(office_db, clerk, "notes")
    assert other.widths == {} and other.hidden is None and other.sort == []


def test_preferences_are_not_written_to_the_audit_trail(office_db, admin) -> None:
    def audit_count() -> int:
        with office_db.uow(admin, readonly=True) as uow:
            return uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()

    before = audit_count()
    set_preference(office_db, admin, "export.folder", "/tmp/导出")
    save_table_layout(office_db, admin, "notes", widths={"title": 200})
    assert get_preference(office_db, admin, "export.folder") == "/tmp/导出"
    assert get_preference(office_db, admin, "missing", "默认") == "默认"
    assert audit_count() == before
