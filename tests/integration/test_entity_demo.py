"""Demonstration entities: valid codes, realistic names the search finds, a bulk-filled index."""

from __future__ import annotations

from jianguan_desktop.domain.entity_codes import check_code
from jianguan_desktop.services import entities, entity_demo
from jianguan_desktop.services.tables import TableQuery, count_rows, fetch_rows, get_table


def view_names(db, actor, search: str = "") -> list[str]:
    """Every name the register view shows for ``search``, read a window at a time."""
    spec = get_table(entities.CONFIDENTIAL_TABLE_KEY)
    names: list[str] = []
    while window := fetch_rows(db, actor, spec, TableQuery(search=search), len(names), 1_000):
        names += [row["name"] for row in window]
    return sorted(names)


def test_the_small_demo_gives_entities_whose_codes_all_pass_the_checks(office_db, admin) -> None:
    # WHEN the small demonstration fills the entity register
    made = entity_demo.fill_entities(office_db, admin, "small", None)
    # THEN about forty entities of every kind are there, each with a code that passes its check
    spec = get_table(entities.CONFIDENTIAL_TABLE_KEY)
    rows = fetch_rows(office_db, admin, spec, TableQuery(), 0, 1_000)
    assert len(rows) == made and 30 <= made <= 60
    assert {row["kind"] for row in rows} == set(entities.KINDS)
    for row in rows:
        checked = check_code(row["code"])
        assert checked.valid, (row["name"], row["code"], checked.reason)
    assert {"滑县教育局", "滑县交通运输局"} <= {row["name"] for row in rows}
    # AND filling again adds nothing
    assert entity_demo.fill_entities(office_db, admin, "small", None) == 0


def test_a_two_character_word_finds_the_demo_entities_holding_it(office_db, admin) -> None:
    # GIVEN the small demonstration
    entity_demo.fill_entities(office_db, admin, "small", None)
    every = view_names(office_db, admin)
    spec = get_table(entities.TABLE_KEY)
    for word in ("滑县", "教育", "有限"):
        expected = sorted(name for name in every if word in name)
        # WHEN the clerk searches the register for the word
        # THEN the count and the rows shown are exactly the entities whose name holds it
        assert count_rows(office_db, admin, spec, TableQuery(search=word)) == len(expected)
        assert view_names(office_db, admin, word) == expected
    assert view_names(office_db, admin, "教育") == ["滑县教育局"]


def test_the_bulk_written_entities_are_found_like_entered_ones(office_db, admin) -> None:
    # GIVEN entities written in bulk as the large demonstration writes them
    made = entity_demo.fill_large_entities(office_db, admin, None, count=3_000)
    every = view_names(office_db, admin)
    assert made == len(every) == 3_000
    # WHEN searching by one, two and four characters and by part of a code
    spec = get_table(entities.TABLE_KEY)
    code = fetch_rows(office_db, admin, get_table(entities.CONFIDENTIAL_TABLE_KEY),
                      TableQuery(search=every[0]), 0, 1)[0]["code"]
    for word in ("建", "建设", "滑县", "安阳宏达", code[4:12]):
        # THEN the search index answers as a plain scan of the names and codes would
        count = count_rows(office_db, admin, spec, TableQuery(search=word))
        assert count > 0
        if word != code[4:12]:
            assert count == sum(word in name for name in every)
