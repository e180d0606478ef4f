"""Rules of the notices register and of printed lists that need no database."""

from __future__ import annotations

from datetime import date

import pytest

from jianguan_desktop.domain.numbering import parse_typed_number
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.io.pdf.layout import LANDSCAPE_TEXT_WIDTH
from jianguan_desktop.services.form_settings import split_units
from jianguan_desktop.services.forms import LIST_SIZES, fit_table, text_ems
from jianguan_desktop.services.notices import check_values, one_year_after

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize("typed", [
    "滑监〔2026〕17号", "滑监[2026]17号", "滑监（2026）第017号", "滑监(2026)17",
    " 滑监 〔2026〕 17 号 ", "滑监［２０２６］１７号", "滑监【2026】17号", "滑监﹝2026﹞17号",
])
def test_document_numbers_are_read_however_they_were_typed(typed: str) -> None:
    assert parse_typed_number(typed) == ("滑监", 2026, 17)


@pytest.mark.parametrize("typed", [
    "滑监2026年17号", "滑监〔26〕17号", "滑监〔2026〕0号", "第十七号", ""])
def test_what_is_not_a_document_number(typed: str) -> None:
    assert parse_typed_number(typed) is None


def test_copy_to_units_split_on_list_marks_and_lines() -> None:
    assert split_units("市公管办、县财政局\n\n 县审计局 ；县发改委,") == (
        "市公管办", "县财政局", "县审计局", "县发改委")
    assert split_units("") == () and split_units(None) == ()


def test_a_year_ahead_of_29_february_is_28_february() -> None:
    assert one_year_after(date(2028, 2, 29)) == date(2029, 2, 28)
    assert one_year_after(TODAY) == date(2027, 11, 21)


def test_every_wrong_field_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as refused:
        check_values({"title": "", "signed_on": date(1999, 1, 1), "doc_year": "二〇二六",
                      "status": "sent", "remarks": "备" * 1001}, TODAY)
    assert set(refused.value.fields) == {"title", "signed_on", "doc_year", "status", "remarks"}


def test_values_are_cleaned() -> None:
    checked = check_values({"title": " 关于某事\n的通知 ", "doc_seq": "17", "doc_year": 2026.0,
                            "addressee": "各乡镇：", "status": None}, TODAY)
    assert checked.title == "关于某事 的通知" and checked.doc_seq == 17
    assert checked.doc_year == 2026 and checked.status == "draft" and checked.doc_code is None


def test_a_code_with_brackets_or_a_year_is_not_an_organ_code() -> None:
    for code in ("滑监〔2026〕", "滑监第", "滑监2026"):
        with pytest.raises(ValidationError) as refused:
            check_values({"title": "通知", "doc_code": code}, TODAY)
        assert "doc_code" in refused.value.fields


def test_a_list_keeps_dates_and_numbers_on_one_line_and_wraps_long_text() -> None:
    # GIVEN a list of a number, a long title and a date column
    rows = [("1", "滑监〔2026〕17号", "关于开展2026年度“双随机、一公开”抽查工作的通知" * 3,
             "2026-11-21")]
    fit = fit_table(["序号", "发文字号", "标题", "成文日期"], [False, True, True, False], rows)
    # THEN it fills the landscape line at 4号
    assert fit.size == LIST_SIZES[0]
    assert sum(fit.widths) == pytest.approx(LANDSCAPE_TEXT_WIDTH, rel=0.01)
    number, title, day = fit.widths[1:]
    assert number >= text_ems("滑监〔2026〕17号") * fit.size  # short text: never wrapped
    assert day >= text_ems("2026-11-21") * fit.size
    assert title > number


def test_a_list_with_many_columns_takes_a_smaller_type() -> None:
    headers = [f"列{index}" for index in range(9)]
    rows = [tuple("2026-11-21 10:30" for _ in range(6)) + ("很长的文字" * 10,) * 3]
    fit = fit_table(headers, [False] * 6 + [True] * 3, rows)
    assert fit.size < LIST_SIZES[0]
