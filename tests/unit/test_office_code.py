"""Office codes: a real 6-digit 行政区划代码 of the right level, with an optional suffix."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianguan_desktop.domain.office_code import (
    PROVINCE_PREFIXES,
    area_code,
    check_office_code,
    normalise,
)


@pytest.mark.parametrize(("text", "mode", "expected"), [
    ("410522", "county", "410522"),            # 安阳县
    (" 410522 ", "county", "410522"),
    ("４１０５２２", "county", "410522"),        # full-width digits
    ("410522-01", "county", "410522-01"),
    ("410522－ab", "county", "410522-AB"),      # full-width dash, lower-case suffix
    ("460100", "city", "460100"),              # 海口市
    ("410500", "city", "410500"),              # 安阳市
    ("410500-2", "city", "410500-2"),
])
def test_valid_codes_are_normalised(text: str, mode: str, expected: str) -> None:
    assert check_office_code(text, mode) == expected


@pytest.mark.parametrize(("text", "mode", "reason"), [
    ("", "county", "请输入单位代码"),
    ("41052", "county", "“41052”是 5 位"),
    ("4105221", "county", "“4105221”是 7 位"),
    ("41O522", "county", "应为 6 位数字"),
    ("410522-", "county", "后缀应为 1 至 4 位"),
    ("410522-12345", "county", "后缀应为 1 至 4 位"),
    ("410522-甲", "county", "应为 6 位数字"),
    ("991234", "county", "前两位“99”不是省级行政区划代码"),
    ("161234", "county", "前两位“16”不是省级行政区划代码"),
    ("410500", "county", "末两位不能为 00"),
    ("410012", "county", "第 3–4 位表示所属地市"),
    ("410000", "city", "第 3–4 位不能为 00"),
    ("410522", "city", "“410522”是县级代码"),
])
def test_invalid_codes_say_which_rule_failed(text: str, mode: str, reason: str) -> None:
    with pytest.raises(ValueError) as raised:
        check_office_code(text, mode)
    assert reason in str(raised.value)


def test_area_code_drops_the_suffix() -> None:
    assert area_code("410522-01") == "410522"
    assert area_code("410522") == "410522"


def test_normalise_folds_full_width_and_spaces() -> None:
    assert normalise("４１０ ５２２－０１") == "410522-01"


_provinces = st.sampled_from(sorted(PROVINCE_PREFIXES))
_two = st.integers(min_value=1, max_value=99).map(lambda n: f"{n:02d}")
_suffix = st.one_of(st.none(), st.text("ABCXYZ0123456789", min_size=1, max_size=4))


@given(_provinces, _two, _two, _suffix)
def test_every_county_level_code_is_accepted(province: int, city: str, county: str,
                                             suffix: str | None) -> None:
    code = f"{province}{city}{county}" + (f"-{suffix}" if suffix else "")
    assert check_office_code(code, "county") == code
    with pytest.raises(ValueError):
        check_office_code(code, "city")


@given(_provinces, _two)
def test_every_city_level_code_is_accepted_in_city_mode_only(province: int, city: str) -> None:
    code = f"{province}{city}00"
    assert check_office_code(code, "city") == code
    with pytest.raises(ValueError):
        check_office_code(code, "county")


@given(st.text(max_size=12))
def test_any_text_gives_a_code_or_a_reason(text: str) -> None:
    try:
        code = check_office_code(text, "county")
    except ValueError as error:
        assert str(error)
    else:
        assert area_code(code).isdigit() and len(area_code(code)) == 6
        assert check_office_code(code, "county") == code
