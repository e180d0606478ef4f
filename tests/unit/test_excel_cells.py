"""Cells as clerks type them become clean values, and bad ones get a reason a clerk can act on."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from jianguan_desktop.io.excel.cells import (
    CellError,
    cell_text,
    choice_parser,
    code_parser,
    date_parser,
    decimal_parser,
    int_parser,
    text_parser,
)


def reason(parse, value) -> str:
    with pytest.raises(CellError) as caught:
        parse(value)
    return caught.value.reason


# --- text ---------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [" 城关镇道路硬化 ", "\u3000城关镇道路硬化\u3000",
                                   "\xa0城关镇道路硬化\t\n", "\ufeff城关镇道路硬化\u200b"])
def test_text_loses_outer_ascii_full_width_and_no_break_spaces(typed: str) -> None:
    assert text_parser()(typed) == "城关镇道路硬化"


def test_text_keeps_inner_spaces_and_line_breaks() -> None:
    assert text_parser()(" 第一行 内容\n第二行 ") == "第一行 内容\n第二行"


def test_blank_text_is_empty() -> None:
    parse = text_parser()
    assert parse(None) is None and parse("") is None and parse("\u3000 \xa0") is None


def test_numbers_and_dates_in_a_text_column_read_as_excel_shows_them() -> None:
    parse = text_parser()
    assert parse(2026) == "2026" and parse(12.0) == "12" and parse(1.5) == "1.5"
    assert parse(datetime(2026, 3, 5)) == "2026-03-05"


def test_too_long_text_says_the_limit_and_the_length() -> None:
    assert reason(text_parser(max_length=5), "一二三四五六") == \
        "内容过长：最多 5 个字，这里有 6 个字。"


def test_an_excel_error_value_is_not_taken_as_text() -> None:
    assert "#N/A" in reason(text_parser(), "#N/A")


# --- numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    (1234.5, Decimal("1234.50")), (1234, Decimal("1234.00")), ("1,234.50", Decimal("1234.50")),
    (" 1234.5 ", Decimal("1234.50")), ("１２３４．５", Decimal("1234.50")),
    ("１，２３４", Decimal("1234.00")), (0.1 + 0.2, Decimal("0.30")), ("-3", Decimal("-3.00")),
])
def test_decimals_typed_as_numbers_or_text_are_read(typed, expected: Decimal) -> None:
    assert decimal_parser(places=2)(typed) == expected


@pytest.mark.parametrize("typed", ["abc", "12元", "1,23,4", "1.2.3", True, datetime(2026, 1, 1)])
def test_a_decimal_that_is_not_a_number_is_refused(typed) -> None:
    assert "不是数字" in reason(decimal_parser(), typed)


def test_decimal_places_and_bounds() -> None:
    parse = decimal_parser(places=2, minimum=0)
    assert "2 位小数" in reason(parse, 12.345)
    assert "不能小于 0" in reason(parse, "-1")


@pytest.mark.parametrize(("typed", "expected"), [(12, 12), (12.0, 12), ("1,234", 1234),
                                                 ("１２", 12), ("12.0", 12)])
def test_whole_numbers(typed, expected: int) -> None:
    assert int_parser()(typed) == expected


def test_a_fraction_is_not_a_whole_number() -> None:
    assert "不是整数" in reason(int_parser(), "12.5")


# --- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    datetime(2026, 3, 5), date(2026, 3, 5), datetime(2026, 3, 5, 14, 30), "2026.3.5",
    "2026/3/5", "2026-03-05", "2026年3月5日", "２０２６年３月５日", " 2026 年 3 月 5 日 ",
    "2026-03-05 00:00:00", "20260305", 20260305, 46086, 46086.0,
])
def test_dates_in_the_forms_clerks_type(typed) -> None:
    assert date_parser()(typed) == date(2026, 3, 5)


def test_a_serial_number_follows_the_workbooks_date_system() -> None:
    assert date_parser(CALENDAR_MAC_1904)(44624) == date(2026, 3, 5)


def test_a_day_the_month_does_not_have_is_refused_with_the_month_length() -> None:
    assert reason(date_parser(), "2026-2-30") == "“2026-2-30”不是有效日期：2026年2月只有 28 天。"


def test_month_thirteen_is_refused() -> None:
    assert "没有 13 月" in reason(date_parser(), "2026.13.1")


def test_a_two_digit_year_asks_for_four_digits() -> None:
    assert "四位" in reason(date_parser(), "26.3.5")


@pytest.mark.parametrize("typed", ["三月五日", "2026", 2026, "next week", time(12, 0), True])
def test_what_is_not_a_date_is_refused_with_the_forms_that_work(typed) -> None:
    assert "2026-03-05" in reason(date_parser(), typed)


# --- choices ------------------------------------------------------------------------------

CHOICES = {"货物": "goods", "工程": "works", "服务": "services"}


@pytest.mark.parametrize("typed", ["工程", " 工 程 ", "\u3000工程", "works", "WORKS"])
def test_a_choice_by_label_or_stored_value_spaces_aside(typed: str) -> None:
    assert choice_parser(CHOICES)(typed) == "works"


def test_an_unknown_choice_lists_the_allowed_ones() -> None:
    assert reason(choice_parser(CHOICES), "施工") == "“施工”不是可选的值。可选：货物、工程、服务。"


def test_a_long_list_of_choices_is_cut_short_in_the_reason() -> None:
    many = {f"选项{n}": n for n in range(40)}
    text = reason(choice_parser(many), "没有")
    assert "选项0" in text and "选项39" not in text and "30" in text


# --- codes --------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ("91410522ma3x4b5c6d", "91410522MA3X4B5C6D"), (" 9141 0522 MA3X ", "91410522MA3X"),
    ("９１４１０５２２ＭＡ", "91410522MA"), (410522199001011234, "410522199001011234"),
    (410522.0, "410522"), ("410522.0", "410522"),
])
def test_codes_are_upper_case_half_width_without_spaces(typed, expected: str) -> None:
    assert code_parser()(typed) == expected


@pytest.mark.parametrize("typed", [4.10522199001e17, "4.10522199001E+17", "4.10522199001e17"])
def test_a_long_code_excel_made_a_number_of_has_lost_digits(typed) -> None:
    assert "15 位" in reason(code_parser(), typed)


def test_a_fixed_length_code_gets_back_the_leading_zeros_excel_dropped() -> None:
    parse = code_parser(length=6)
    assert parse(1234) == "001234" and parse(1234.0) == "001234" and parse("1234.0") == "001234"
    assert parse("001234") == "001234"


def test_a_fixed_length_code_typed_too_short_is_refused() -> None:
    assert reason(code_parser(length=6), "1234") == "编码应为 6 位，“1234”是 4 位。"


def test_a_code_with_a_fraction_is_refused() -> None:
    assert "小数点" in reason(code_parser(), 12.5)


def test_cell_text_shows_values_as_excel_does() -> None:
    assert cell_text(None) == "" and cell_text(True) == "TRUE" and cell_text(3.0) == "3"
    assert cell_text(datetime(2026, 3, 5, 8, 0)) == "2026-03-05 08:00:00"
