"""The notices register: numbers handed out per organ code and year, edits, conflicts, deletion."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jianguan_desktop.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.services import notices
from jianguan_desktop.services.audit import record_history
from jianguan_desktop.services.audit_table import field_label, value_text
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from jianguan_desktop.services.users import add_user

TODAY = date(2026, 11, 21)


@pytest.fixture
def office(office_db, admin):
    """The office numbers its documents 滑监〔year〕N号."""
    set_setting(office_db, admin, "forms.doc_code", "滑监")
    return office_db


def new(db, actor, **values):
    return notices.create_notice(db, actor, {"title": "关于开展抽查工作的通知", **values},
                                 today=TODAY)


def test_numbers_follow_each_other_per_code_and_year(office, admin) -> None:
    # GIVEN two notices signed in 2026 and one in 2025
    first = new(office, admin, signed_on=date(2026, 3, 5))
    second = new(office, admin, signed_on=date(2026, 4, 1))
    older = new(office, admin, signed_on=date(2025, 12, 30))
    # THEN each year counts from 1, with 六角括号 and no leading zeros
    assert first.number == "滑监〔2026〕1号" and second.number == "滑监〔2026〕2号"
    assert older.number == "滑监〔2025〕1号"
    # AND a notice with its own organ code has its own series
    assert new(office, admin, doc_code="滑监函").number == "滑监函〔2026〕1号"


def test_a_number_given_by_hand_is_kept_and_later_numbers_follow_it(office, admin) -> None:
    given = new(office, admin, doc_seq=17, doc_year=2026)
    following = new(office, admin)
    assert given.number == "滑监〔2026〕17号" and following.number == "滑监〔2026〕18号"


def test_a_duplicate_number_is_refused_naming_it(office, admin) -> None:
    new(office, admin, title="关于公布投诉举报渠道的通知", doc_seq=17, doc_year=2026)
    with pytest.raises(ConflictError) as refused:
        new(office, admin, doc_seq=17, doc_year=2026)
    assert "滑监〔2026〕17号" in str(refused.value) and "关于公布投诉举报渠道的通知" in str(
        refused.value)
    assert refused.value.field == "doc_seq"


def test_without_an_organ_code_the_clerk_is_told_where_to_set_it(office_db, admin) -> None:
    with pytest.raises(ValidationError) as refused:
        new(office_db, admin)
    assert refused.value.field == "doc_code" and "机关代字" in str(refused.value)


@pytest.mark.parametrize(("values", "field"), [
    ({"title": "  "}, "title"),
    ({"title": "通" * 201}, "title"),
    ({"signed_on": date(1999, 12, 31)}, "signed_on"),
    ({"signed_on": TODAY + timedelta(days=366)}, "signed_on"),
    ({"signed_on": date(2026, 3, 5), "issued_on": date(2026, 3, 4)}, "issued_on"),
    ({"status": "issued"}, "signed_on"),
    ({"doc_seq": "十七"}, "doc_seq"),
    ({"doc_seq": 0}, "doc_seq"),
    ({"doc_code": "滑监〔2026〕"}, "doc_code"),
])
def test_wrong_values_are_named_at_their_field(office, admin, values, field) -> None:
    with pytest.raises(ValidationError) as refused:
        notices.create_notice(office, admin, {"title": "关于开展抽查工作的通知", **values},
                              today=TODAY)
    assert field in refused.value.fields


def test_a_date_within_a_year_ahead_is_accepted(office, admin) -> None:
    assert new(office, admin, signed_on=TODAY + timedelta(days=300)).signed_on is not None


def test_edit_keeps_the_number_and_refuses_a_stale_copy(office, admin) -> None:
    # GIVEN a notice opened by two clerks
    notice = new(office, admin, signed_on=date(2026, 3, 5))
    values = {"title": "关于开展2026年度抽查工作的通知", "signed_on": date(2026, 3, 6),
              "status": "issued", "doc_code": "", "doc_year": "", "doc_seq": ""}
    # WHEN the first saves
    edited = notices.update_notice(office, admin, notice.id, values, notice.version,
                                   today=TODAY)
    # THEN the number stays and the change is stored
    assert edited.number == notice.number and edited.title == "关于开展2026年度抽查工作的通知"
    assert edited.status_label == "已印发"
    # AND the second, working on the old copy, is refused without overwriting anything
    with pytest.raises(ConflictError):
        notices.update_notice(office, admin, notice.id, {"title": "旧的标题"}, notice.version,
                              today=TODAY)
    assert notices.get_notice(office, admin, notice.id).title == edited.title


def test_renumbering_to_a_taken_number_is_refused(office, admin) -> None:
    new(office, admin, doc_seq=3, doc_year=2026)
    notice = new(office, admin)
    with pytest.raises(ConflictError, match="滑监〔2026〕3号"):
        notices.update_notice(office, admin, notice.id,
                              {"title": notice.title, "doc_seq": 3}, notice.version,
                              today=TODAY)


def test_deleted_notice_keeps_its_number_and_comes_back(office, admin) -> None:
    notice = new(office, admin, doc_seq=5, doc_year=2026)
    notices.delete_notice(office, admin, notice.id, notice.version)
    # the list no longer shows it and printing it finds nothing
    assert _listed_numbers(office, admin) == []
    with pytest.raises(NotFoundError, match="滑监〔2026〕5号"):
        notices.find_notice(office, admin, "滑监〔2026〕5号")
    # its number is not given again
    with pytest.raises(ConflictError, match="已删除"):
        new(office, admin, doc_seq=5, doc_year=2026)
    restored = notices.restore_notice(office, admin, notice.id)
    assert not restored.deleted and _listed_numbers(office, admin) == ["滑监〔2026〕5号"]


def test_history_names_the_fields_in_words(office, admin) -> None:
    notice = new(office, admin)
    notices.update_notice(office, admin, notice.id,
                          {"title": notice.title, "status": "issued",
                           "signed_on": date(2026, 3, 5)}, notice.version, today=TODAY)
    notices.delete_notice(office, admin, notice.id)
    history = record_history(office, admin, "notices", notice.id)
    assert [row.action for row in history] == ["create", "update", "delete"]
    assert history[0].changes["number"][1] == "滑监〔2026〕1号"
    assert field_label("notices", "signed_on") == "成文日期"
    assert value_text("notices", "status", history[1].changes["status"][1]) == "已印发"


def test_typed_numbers_find_the_notice(office, admin) -> None:
    notice = new(office, admin, doc_seq=17, doc_year=2026)
    for typed in ("滑监〔2026〕17号", "滑监[2026]17号", " 滑监（2026）第017号 ", notice.id):
        assert notices.find_notice(office, admin, typed).id == notice.id


def test_read_only_users_may_look_but_not_write(office, admin) -> None:
    notice = new(office, admin)
    add_user(office, admin, username="liuyang", display_name="刘洋", role="readonly",
             password="Liu#Yang2026")
    reader = authenticate(office, "liuyang", "Liu#Yang2026")
    assert notices.get_notice(office, reader, notice.id).title == notice.title
    with pytest.raises(PermissionDenied):
        notices.create_notice(office, reader, {"title": "关于某事的通知"}, today=TODAY)


def _listed_numbers(db, actor) -> list[str]:
    rows = fetch_rows(db, actor, get_table("notices"), TableQuery(), 0, 100)
    return [row["number"] for row in rows]


def test_the_register_view_lists_newest_number_first_and_searches(office, admin) -> None:
    new(office, admin, title="关于开展抽查工作的通知", signed_on=date(2026, 3, 5))
    new(office, admin, title="关于公布投诉举报渠道的通知", signed_on=date(2026, 4, 5),
        status="issued")
    assert _listed_numbers(office, admin) == ["滑监〔2026〕2号", "滑监〔2026〕1号"]
    spec = get_table("notices")
    found = fetch_rows(office, admin, spec, TableQuery(search="投诉"), 0, 10)
    assert [row["title"] for row in found] == ["关于公布投诉举报渠道的通知"]
    issued = fetch_rows(office, admin, spec, TableQuery(filters={"status": "issued"}), 0, 10)
    assert [row["number"] for row in issued] == ["滑监〔2026〕2号"]


def test_the_demonstration_has_notices_that_print(office_db, admin) -> None:
    # GIVEN a fresh office filled with demonstration data
    from jianguan_desktop.services.demo import fill_demo
    from jianguan_desktop.services.forms import build_form
    from jianguan_desktop.services.registers import load_registers

    load_registers()  # as the command line and the window do
    result = fill_demo(office_db, admin)
    # THEN a few notices of a supervision office are there, numbered with the office's code
    assert result.counts["notices"] == 4
    listed = _listed_numbers(office_db, admin)
    assert len(listed) == 4 and all(number.startswith("安公管〔") for number in listed)
    # AND the oldest prints with headings and the default copy-to units
    document = build_form(office_db, admin, "notice", listed[-1])
    assert "双随机、一公开" in document.title and document.imprint is not None
    assert any(type(block).__name__ == "Heading" for block in document.blocks)
    assert document.imprint.cc and document.addressee
    # AND a second run adds none
    assert fill_demo(office_db, admin).counts["notices"] == 0
