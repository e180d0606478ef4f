"""The entity register: checked codes, one record per code, search by any length, merging."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from jianguan_desktop.db.migrate import check_drift
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.services import entities
from jianguan_desktop.services.audit import record_history
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table, rows_statement
from jianguan_desktop.services.users import add_user
from tests.integration.sqlite_helpers import connect, table_names

HUAXIN = "91350100M000100Y43"
JIANAN = "12440300MB2C92173E"
HUAXIN_TYPED = "９１３５０１００ｍ０００１００ｙ４３"  # full-width and lower case
PERSON_ID = "11010519491231002X"


def add(db, actor, name, code, kind="bidder", **values):
    return entities.create_entity(db, actor, {"kind": kind, "name": name, "code": code,
                                              **values})


def found(db, actor, search: str, include_deleted: bool = False) -> list[str]:
    rows = fetch_rows(db, actor, get_table(entities.CONFIDENTIAL_TABLE_KEY),
                      TableQuery(search=search, include_deleted=include_deleted), 0, 100)
    return sorted(row["name"] for row in rows)


@pytest.mark.parametrize(("code", "kind", "said"), [
    ("91350100M000100Y44", "bidder", "校验位应为“3”"),  # wrong check character
    ("91350100M000100YI3", "bidder", "不能有I"),  # a letter outside the set
    ("94350100M000100Y43", "bidder", "“94”不是有效的登记管理部门"),  # no such category
    ("11010519491231002", "person", "应为18位"),  # too short
    ("110105194902300025", "expert", "不是真实的出生日期"),  # 30 February
])
def test_a_wrong_code_is_refused_at_the_field_naming_the_rule(office_db, admin, code, kind,
                                                              said) -> None:
    # WHEN a clerk enters an entity with a wrong code
    with pytest.raises(ValidationError) as refused:
        add(office_db, admin, "华信建设集团有限公司", code, kind=kind)
    # THEN the message sits at the code and says which rule failed; nothing was written
    assert refused.value.field == "code" and said in refused.value.fields["code"]
    assert found(office_db, admin, "华信") == []


def test_a_duplicate_code_is_refused_naming_the_existing_entity(office_db, admin) -> None:
    # GIVEN 华信建设 registered with its credit code
    first = add(office_db, admin, "华信建设集团有限公司", HUAXIN)
    assert first.code == HUAXIN and first.code_kind == "credit_code"
    # WHEN the same code is typed again in full-width lower case for another name
    with pytest.raises(entities.DuplicateEntityError) as refused:
        add(office_db, admin, "华信建设有限公司", HUAXIN_TYPED)
    # THEN the clerk is told who holds it, and the window can offer to open that record
    assert "华信建设集团有限公司" in str(refused.value) and refused.value.field == "code"
    assert refused.value.existing_id == first.id
    assert found(office_db, admin, "华信") == ["华信建设集团有限公司"]


def indexed(db_path, phrase: str) -> list[str]:
    """Names of the entities the search index itself finds for an FTS5 phrase."""
    with connect(db_path) as connection:
        rows = connection.execute(
            "SELECT e.name FROM fts_entities f JOIN entities e ON e.id = f.entity_id "
            "WHERE fts_entities MATCH ? ORDER BY e.name", (phrase,)).fetchall()
    connection.close()
    return [name for (name,) in rows]


def test_search_by_one_and_by_four_characters_follows_every_write(office_db, admin,
                                                                 db_path) -> None:
    # GIVEN three entities
    huaxin = add(office_db, admin, "华信建设集团有限公司", HUAXIN)
    add(office_db, admin, "建安工程咨询有限公司", JIANAN, kind="agency")
    add(office_db, admin, "王华", PERSON_ID, kind="expert")
    # THEN one character finds every name holding it, four find the one, a code part finds it
    assert found(office_db, admin, "华") == ["华信建设集团有限公司", "王华"]
    assert found(office_db, admin, "建设集团") == ["华信建设集团有限公司"]
    assert found(office_db, admin, "m000100") == ["华信建设集团有限公司"]
    assert found(office_db, admin, "建 咨询") == ["建安工程咨询有限公司"]
    # WHEN 华信 is renamed, the old name is no longer found and the new one is
    renamed = entities.update_entity(office_db, admin, huaxin.id,
                                     {"kind": "bidder", "name": "中信建设集团有限公司",
                                      "code": HUAXIN}, huaxin.version)
    assert found(office_db, admin, "华信") == []
    assert found(office_db, admin, "中信") == ["中信建设集团有限公司"]
    # (the index itself followed, in the same transaction as the edit)
    assert indexed(db_path, '"华 信"') == [] and indexed(db_path, '"中 信"') == [
        "中信建设集团有限公司"]
    # WHEN it is deleted, the list no longer finds it unless deleted records are shown
    entities.delete_entity(office_db, admin, renamed.id, renamed.version)
    assert found(office_db, admin, "中信") == []
    assert found(office_db, admin, "中信", include_deleted=True) == ["中信建设集团有限公司"]


def test_the_view_searches_through_the_index_and_scans_only_for_punctuation() -> None:
    spec = get_table(entities.TABLE_KEY)

    def sql(search: str, dialect=sqlite.dialect()) -> str:  # noqa: B008
        return str(rows_statement(spec, TableQuery(search=search)).compile(dialect=dialect))

    assert "MATCH" in sql("华") and "LIKE" not in sql("华")
    assert entities.fts_query(" 华信 ＡＢ ") == 'name : "华 信" AND name : "a b"'
    assert entities.fts_query("MA44") == '{name3 code} : "ma4 a44"'
    assert "MATCH" not in sql("（）") and "LIKE" in sql("（）")
    # a server database has no such index: it scans names and codes
    assert "MATCH" not in sql("华", postgresql.dialect()) and "ILIKE" in sql(
        "华", postgresql.dialect())


def test_an_id_number_is_masked_for_a_clerk(office_db, admin) -> None:
    # GIVEN an expert known by an ID number, and a clerk
    expert = add(office_db, admin, "王华", " 110105 19491231 002x ", kind="expert")
    add_user(office_db, admin, username="liuyang", display_name="刘洋", role="clerk",
             password="Liu#Yang2026")
    clerk = authenticate(office_db, "liuyang", "Liu#Yang2026")
    # THEN the administrator sees the number, the clerk sees it masked in the record and list
    assert expert.code == PERSON_ID
    shown = entities.get_entity(office_db, clerk, expert.id)
    assert shown.code == "110105********002X" and shown.code_masked
    assert entities.table_key_for(clerk) == entities.TABLE_KEY
    rows = fetch_rows(office_db, clerk, get_table(entities.TABLE_KEY), TableQuery(), 0, 10)
    assert [row["code"] for row in rows] == ["110105********002X"]
    # AND the clerk saving the record as shown keeps the real number
    edited = entities.update_entity(office_db, clerk, expert.id,
                                    {"kind": "expert", "name": "王华", "code": shown.code,
                                     "phone": "0372-5551234"}, shown.version)
    assert entities.get_entity(office_db, admin, edited.id).code == PERSON_ID


def test_merging_keeps_both_histories_and_is_audited(office_db, admin) -> None:
    # GIVEN the same company entered twice, once under a mistyped name and another code
    keep = add(office_db, admin, "华信建设集团有限公司", HUAXIN)
    twin = add(office_db, admin, "华信建没集团有限公司", "91410526MA4400001B",
               legal_representative="李明")
    # WHEN the second is merged into the first
    merged = entities.merge_entities(office_db, admin, keep.id, twin.id)
    # THEN only the first is listed, with the details it lacked
    assert found(office_db, admin, "华信") == ["华信建设集团有限公司"]
    assert merged.legal_representative == "李明"
    gone = entities.get_entity(office_db, admin, twin.id, include_deleted=True)
    assert gone.deleted and gone.merged_into == keep.id
    # AND both records keep their history, the kept one with a line naming the merged one
    kept_history = record_history(office_db, admin, "entities", keep.id)
    assert [row.action for row in kept_history] == ["create", "update", "merge"]
    assert kept_history[-1].changes["merged"][1] == twin.id
    twin_history = record_history(office_db, admin, "entities", twin.id)
    assert [row.action for row in twin_history] == ["create", "delete"]
    # AND the merged one's code can now be entered again
    assert add(office_db, admin, "华信二公司", "91410526MA4400001B").code_kind == "credit_code"


def test_the_migration_matches_the_model_and_builds_the_search_index(database,
                                                                     db_path) -> None:
    assert check_drift(database) == []
    assert {"entities", "fts_entities"} <= table_names(db_path)
