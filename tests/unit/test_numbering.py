"""Human numbers read as 投诉〔2026〕17号: 六角括号, full year, no leading zeros, no 第."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianguan_desktop.domain.numbering import format_number, parse_number


def test_format_follows_the_official_pattern() -> None:
    assert format_number("投诉", 2026, 17) == "投诉〔2026〕17号"


@pytest.mark.parametrize("seq", [0, -1])
def test_sequence_starts_at_one(seq: int) -> None:
    with pytest.raises(ValueError):
        format_number("投诉", 2026, seq)


@given(st.text(alphabet="投诉举报移送抽查", min_size=1, max_size=4),
       st.integers(1900, 9999), st.integers(1, 10**6))
def test_parse_reverses_format(prefix: str, year: int, seq: int) -> None:
    assert parse_number(format_number(prefix, year, seq)) == (prefix, year, seq)


@pytest.mark.parametrize("text", ["投诉[2026]17号", "投诉〔2026〕017号", "投诉〔26〕1号", "第1号"])
def test_other_shapes_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None
