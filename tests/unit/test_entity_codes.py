"""Checks of 统一社会信用代码 (GB 32100-2015) and 身份证号 (GB 11643-1999): each rule, named."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianguan_desktop.domain.entity_codes import (
    CATEGORIES,
    CREDIT_CHARSET,
    CodeKind,
    check_code,
    check_credit_code,
    check_id_number,
    credit_check_character,
    id_check_character,
    mask_id_number,
)

VALID_CREDIT = "91350100M000100Y43"
VALID_CREDIT_2 = "12440300MB2C92173E"  # a 事业单位 of 深圳
VALID_ID = "11010519491231002X"  # the example of GB 11643-1999


def test_a_valid_credit_code_tells_what_it_is() -> None:
    result = check_credit_code(VALID_CREDIT)
    assert result.valid and result.rule == ""
    assert result.details["area"] == "350100"
    assert result.details["category"]  # 企业
    assert check_credit_code(VALID_CREDIT_2).details["area"] == "440300"


def test_full_width_lower_case_and_spaces_are_normalised_first() -> None:
    result = check_credit_code(" ９１３５ ０１００ｍ０００１００ｙ４３\u3000")
    assert result.valid
    assert result.normalized == VALID_CREDIT


@pytest.mark.parametrize(("text", "rule", "words"), [
    ("", "empty", "统一社会信用代码"),
    ("91350100M000100Y4", "length", "17"),
    ("91350100M000100O43", "charset", "O"),
    ("B1350100M000100Y43", "registration", "B"),
    ("94350100M000100Y43", "category", "94"),
    ("91990100M000100Y43", "area", "990100"),
    ("91350100M000100Y44", "check", "3"),
])
def test_each_broken_rule_is_named_in_the_reason(text: str, rule: str, words: str) -> None:
    result = check_credit_code(text)
    assert not result.valid
    assert result.rule == rule
    assert words in result.reason


def test_every_registration_and_category_pair_of_the_standard_is_accepted() -> None:
    area_and_body = "350100M000100Y4"
    for department, categories in CATEGORIES.items():
        for category in categories:
            first17 = department + category + area_and_body
            code = first17 + credit_check_character(first17)
            assert check_credit_code(code).valid, code


_credit_body = st.text(alphabet=CREDIT_CHARSET, min_size=9, max_size=9)


@given(_credit_body, st.integers(min_value=0, max_value=16), st.sampled_from(CREDIT_CHARSET))
def test_any_single_mistyped_character_is_caught(body: str, position: int, typed: str) -> None:
    first17 = "913501" + "00" + body
    code = first17 + credit_check_character(first17)
    assert check_credit_code(code).valid
    mistyped = code[:position] + typed + code[position + 1:]
    if mistyped != code:
        assert not check_credit_code(mistyped).valid


def test_a_valid_id_number_gives_birth_date_and_sex() -> None:
    result = check_id_number(VALID_ID)
    assert result.valid
    assert result.details["birth_date"] == "1949-12-31"


@pytest.mark.parametrize(("text", "rule"), [
    ("1101051949123100", "length"),
    ("11010519491231002Y", "charset"),
    ("99010519491231002X", "area"),
    ("110105194902300020", "birth_date"),
    ("110105203001010012", "birth_date"),
    ("110105194912310021", "check"),
])
def test_id_number_rules(text: str, rule: str) -> None:
    result = check_id_number(text, today=date(2026, 11, 22))
    assert not result.valid
    assert result.rule == rule
    assert result.reason


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 1, 1)),
       st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=16),
       st.sampled_from("0123456789"))
def test_id_check_character_catches_single_mistypes(born: date, seq: int, position: int,
                                                    typed: str) -> None:
    first17 = f"410522{born:%Y%m%d}{seq:03d}"
    number = first17 + id_check_character(first17)
    assert check_id_number(number).valid
    mistyped = number[:position] + typed + number[position + 1:]
    if mistyped != number:
        assert not check_id_number(mistyped).valid


def test_masking_keeps_area_and_last_four() -> None:
    assert mask_id_number(VALID_ID) == "110105********002X"
    assert mask_id_number("１１０１０５１９４９１２３１００２ｘ") == "110105********002X"


def test_check_code_finds_the_kind() -> None:
    assert check_code(VALID_CREDIT).kind is CodeKind.CREDIT
    assert check_code(VALID_ID).kind is CodeKind.ID
    # 17 digits with a birth year: an impossible date is reported as an ID number problem
    assert check_code("11010519490231002X").rule == "birth_date"
    assert check_code("91350100M000100Y44").kind is CodeKind.CREDIT
