"""Document numbers, dates, heading levels and page numbers read as GB/T 9704-2012 writes them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianguan_desktop.domain.doc_format import (
    BLANK_CN_DATE,
    cn_date_or_blank,
    format_cn_date,
    format_doc_number,
    heading_level,
    page_number_text,
)
from jianguan_desktop.domain.numbering import parse_number


def test_document_number_uses_hexagonal_brackets_full_year_and_no_leading_zero() -> None:
    # GIVEN the 机关代字 of the office, the year and the 17th document
    # WHEN the document number is written
    # THEN it reads as the standard's example
    assert format_doc_number("豫滑监", 2026, 17) == "豫滑监〔2026〕17号"
    assert format_doc_number(" 豫滑监 ", 2026, 1) == "豫滑监〔2026〕1号"


@given(st.text(alphabet="豫滑监管办县政府", min_size=1, max_size=6),
       st.integers(1900, 9999), st.integers(1, 10**5))
def test_document_numbers_read_back(code: str, year: int, seq: int) -> None:
    assert parse_number(format_doc_number(code, year, seq)) == (code, year, seq)


@pytest.mark.parametrize(("code", "year", "seq", "words"), [
    ("", 2026, 1, "机关代字"),
    ("   ", 2026, 1, "机关代字"),
    ("豫滑监第", 2026, 1, "第"),
    ("豫滑监〔", 2026, 1, "〔〕"),
    ("豫滑监", 26, 1, "四位"),
    ("豫滑监", 2026, 0, "1"),
    ("豫滑监", 2026, -3, "1"),
])
def test_wrong_document_numbers_are_refused_in_chinese(code: str, year: int, seq: int,
                                                       words: str) -> None:
    # GIVEN a part of the number that breaks a rule
    # WHEN the number is written
    # THEN a ValueError says (in Chinese) which rule
    with pytest.raises(ValueError) as refused:
        format_doc_number(code, year, seq)
    assert words in str(refused.value)


@pytest.mark.parametrize(("day", "text"), [
    (date(2026, 11, 21), "2026年11月21日"),
    (date(2026, 1, 5), "2026年1月5日"),
])
def test_dates_have_no_leading_zeros(day: date, text: str) -> None:
    assert format_cn_date(day) == text


def test_a_missing_date_is_left_blank_with_room_to_write_it() -> None:
    # GIVEN no date THEN 年, 月 and 日 stand after blanks as wide as 4, 2 and 2 digits
    assert cn_date_or_blank(None) == BLANK_CN_DATE == "    年  月  日"
    assert cn_date_or_blank(date(2026, 3, 9)) == "2026年3月9日"


@pytest.mark.parametrize(("text", "level"), [
    ("一、总体要求", 1),
    ("十二、其他事项", 1),
    ("（一）工作目标", 2),
    ("(三)工作目标", 2),
    ("1.加强监管", 3),
    ("12．加强监管", 3),
    ("（1）按时报送", 4),
    ("(2)按时报送", 4),
    ("　一、前面有全角空格", 1),
    ("1.5万元以下的项目", None),
    ("一是加强监管", None),
    ("根据有关规定", None),
    ("", None),
])
def test_heading_level_is_read_from_the_number(text: str, level: int | None) -> None:
    assert heading_level(text) == level


def test_page_numbers_stand_between_two_em_dashes() -> None:
    assert page_number_text(1) == "— 1 —"
    assert page_number_text(12) == "— 12 —"
