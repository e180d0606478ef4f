"""The forms engine's two generic forms: the notice (GB/T 9704 parts) and the list of any view."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.io.pdf.document import Heading, Imprint, Paragraph, Table
from jianguan_desktop.services import forms, notices
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.form_settings import form_profile
from jianguan_desktop.services.settings import set_setting
from jianguan_desktop.services.tables import TableQuery
from jianguan_desktop.services.users import add_user
from tests.conftest import OFFICE_NAME

TODAY = date(2026, 11, 21)
BODY = """为规范公共资源交易活动，现就有关事项通知如下：
一、抽查范围
（一）工程建设项目。
（二）政府采购项目。本年度完成交易的全部项目，均纳入抽查范围。
1.招标文件
（1）资格条件
二、各成员单位应当明确一名联络员，负责日常联系工作。

请认真贯彻执行。"""


@pytest.fixture
def office(office_db, admin):
    """An office whose documents are numbered 滑监 and copied to two units by default."""
    set_setting(office_db, admin, "forms.doc_code", "滑监")
    set_setting(office_db, admin, "forms.default_cc", "市公管办、县财政局\n县审计局")
    return office_db


def notice(db, actor, **values):
    return notices.create_notice(db, actor, {
        "title": "关于开展2026年度“双随机、一公开”抽查工作的通知", "body": BODY,
        "addressee": "各乡镇人民政府，县直有关单位：", "signed_on": TODAY, "doc_year": 2026,
        "doc_seq": 17, **values}, today=TODAY)


def test_the_notice_has_every_official_part(office, admin) -> None:
    # GIVEN a notice numbered 17 of 2026, signed on 21 November
    notice(office, admin, issued_on=date(2026, 11, 22), issuer="滑县公共资源交易监管办公室")
    # WHEN its form is built by its number
    document = forms.build_form(office, admin, "notice", "滑监〔2026〕17号")
    # THEN the 版头, the 主体 and the 版记 say what the register holds
    assert document.organ_mark == OFFICE_NAME + "文件"
    assert document.doc_number == "滑监〔2026〕17号"
    assert document.title == "关于开展2026年度“双随机、一公开”抽查工作的通知"
    assert document.addressee == "各乡镇人民政府，县直有关单位："
    assert document.signature == OFFICE_NAME and document.signed_on == TODAY
    assert document.imprint == Imprint(cc=("市公管办", "县财政局", "县审计局"),
                                       issuer="滑县公共资源交易监管办公室",
                                       issued_on=date(2026, 11, 22))


def test_the_body_is_split_into_headings_and_paragraphs(office, admin) -> None:
    notice(office, admin)
    blocks = forms.build_form(office, admin, "notice", "滑监〔2026〕17号").blocks
    assert blocks == (
        Paragraph("为规范公共资源交易活动，现就有关事项通知如下："),
        Heading("一、抽查范围", 1),
        Heading("（一）工程建设项目。", 2),
        Paragraph("（二）政府采购项目。本年度完成交易的全部项目，均纳入抽查范围。"),
        Heading("1.招标文件", 3),
        Heading("（1）资格条件", 4),
        Paragraph("二、各成员单位应当明确一名联络员，负责日常联系工作。"),
        Paragraph("请认真贯彻执行。"),
    )


def test_blank_parts_are_left_to_fill_in_or_come_from_the_settings(office, admin) -> None:
    # GIVEN a notice without addressee, date, copy-to units, issuer or signature
    notices.create_notice(office, admin, {"title": "关于某事的通知", "doc_seq": 3,
                                          "doc_year": 2026}, today=TODAY)
    set_setting(office, admin, "forms.full_name", "滑县公共资源交易监督管理办公室")
    document = forms.build_form(office, admin, "notice", "滑监〔2026〕3号")
    # THEN the addressee and date are left for the pen, never printed as "None"
    assert document.addressee is None and document.signed_on is None
    assert "None" not in "".join(document.all_text())
    # AND the office's full name, default copy-to units and issuer fill the rest
    assert document.organ_mark == "滑县公共资源交易监督管理办公室文件"
    assert document.signature == "滑县公共资源交易监督管理办公室"
    assert document.imprint is not None
    assert document.imprint.cc == ("市公管办", "县财政局", "县审计局")
    assert document.imprint.issuer == "滑县公共资源交易监督管理办公室"


def test_the_profile_falls_back_to_the_office_name(office_db) -> None:
    profile = form_profile(office_db)
    assert profile.full_name == profile.signature == profile.issuer == OFFICE_NAME
    assert profile.doc_code == "" and profile.default_cc == ()


def test_a_missing_record_or_form_is_one_line(office, admin) -> None:
    with pytest.raises(NotFoundError) as missing:
        forms.build_form(office, admin, "notice", "滑监〔2026〕99号")
    assert str(missing.value) == "找不到编号为 滑监〔2026〕99号 的发文。"
    with pytest.raises(NotFoundError, match="jianguan print --list"):
        forms.build_form(office, admin, "no-such-form", "1")


def test_the_forms_are_listed_with_what_their_reference_is(office_db) -> None:
    listed = {form.key: form for form in forms.list_forms()}
    assert listed["notice"].kind == "record" and "发文字号" in listed["notice"].ref_label
    assert listed["list"].kind == "list" and "notices" in listed["list"].ref_label


# --- the list of a register view ----------------------------------------------------------

def test_a_list_shows_the_visible_columns_and_the_query_in_words(office, admin) -> None:
    # GIVEN two notices, one issued
    notice(office, admin, status="issued")
    notice(office, admin, title="关于调整联络员的通知", doc_seq=18, signed_on=None)
    # WHEN the issued ones are printed as a list
    document = forms.build_list_form(office, admin, "notices",
                                     TableQuery(filters={"status": "issued"}),
                                     ["number", "title", "signed_on", "status"],
                                     printed_on=TODAY)
    # THEN it is a landscape table with a 序号 column and the chosen columns
    assert document.landscape and document.title == "发文登记一览表"
    line, table = document.blocks
    assert isinstance(line, Paragraph) and isinstance(table, Table)
    assert [column.header for column in table.columns] == [
        "序号", "发文字号", "标题", "成文日期", "状态"]
    assert table.rows == (("1", "滑监〔2026〕17号",
                           "关于开展2026年度“双随机、一公开”抽查工作的通知", "2026-11-21",
                           "已印发"),)
    # AND the line above it names the office, the filter, the date and the count
    for part in (OFFICE_NAME, "状态：已印发", "2026年11月21日", "共1条"):
        assert part in line.text


def test_a_list_follows_the_search_and_the_default_columns(office, admin) -> None:
    notice(office, admin)
    notice(office, admin, title="关于调整联络员的通知", doc_seq=18)
    document = forms.build_list_form(office, admin, "notices", TableQuery(search="联络员"))
    table = document.blocks[1]
    assert isinstance(table, Table)
    assert len(table.columns) == 1 + 7  # 序号 and the view's visible columns
    assert [row[2] for row in table.rows] == ["关于调整联络员的通知"]
    assert "检索“联络员”" in document.blocks[0].text  # type: ignore[union-attr]


def test_a_list_too_long_to_print_is_refused_with_the_way_out(office, admin) -> None:
    notice(office, admin)
    notice(office, admin, doc_seq=18)
    set_setting(office, admin, "forms.list_max_rows", 1)
    with pytest.raises(ValidationError, match="2"):
        forms.build_list_form(office, admin, "notices")


def test_a_list_needs_the_right_to_see_the_view(office, admin) -> None:
    add_user(office, admin, username="li", display_name="李经办", role="clerk",
             password="Clerk#2026x")
    clerk = authenticate(office, "li", "Clerk#2026x")
    with pytest.raises(PermissionDenied):
        forms.build_list_form(office, clerk, "audit")
    with pytest.raises(PermissionDenied):
        forms.build_form(office, clerk, "list", "audit")
    with pytest.raises(NotFoundError, match="notices"):
        forms.build_form(office, clerk, "list", "no_such_register")
