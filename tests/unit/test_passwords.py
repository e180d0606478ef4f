"""Passwords: slow salted hashes that verify, and a strength rule a clerk can follow."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jianguan_desktop.domain import passwords
from jianguan_desktop.domain.passwords import (
    PROGRAM_COST,
    ScryptCost,
    check_password_strength,
    check_username,
    hash_password,
    needs_rehash,
    verify_password,
)

FAST = ScryptCost(n=2**4, r=1, p=1)


def test_hash_verifies_the_right_password_only() -> None:
    stored = hash_password("Jianguan#2026", FAST)
    assert verify_password("Jianguan#2026", stored)
    assert not verify_password("jianguan#2026", stored)
    assert not verify_password("", stored)


def test_hash_is_salted_and_keeps_its_parameters() -> None:
    first, second = hash_password("Same#Pass1", FAST), hash_password("Same#Pass1", FAST)
    assert first != second
    assert first.split("$")[:4] == ["scrypt", "16", "1", "1"]


def test_program_default_is_scrypt_n_2_15_r_8_p_1() -> None:
    # GIVEN the program's own setting, which new hashes get unless a test lowers it
    # (tests/conftest.py lowers default_cost for speed; the module keeps PROGRAM_COST)
    assert ScryptCost(n=2**15, r=8, p=1) == PROGRAM_COST
    import subprocess
    import sys

    fresh = subprocess.run(
        [sys.executable, "-c", "from jianguan_desktop.domain import passwords as p; "
         "print(p.default_cost == p.PROGRAM_COST)"],
        capture_output=True, text=True, check=True)
    assert fresh.stdout.strip() == "True"
    # WHEN a password is hashed with it THEN the parameters are stored and it verifies
    stored = hash_password("Jianguan#2026", PROGRAM_COST)
    assert stored.startswith("scrypt$32768$8$1$")
    assert verify_password("Jianguan#2026", stored)


def test_a_hash_made_with_another_cost_still_verifies_and_asks_for_a_rehash(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "default_cost", FAST)
    old = hash_password("Jianguan#2026", ScryptCost(n=2**5, r=1, p=1))
    assert verify_password("Jianguan#2026", old)
    assert needs_rehash(old)
    assert not needs_rehash(hash_password("Jianguan#2026"))


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$16$1$1$!!$!!", "scrypt$15$1$1$AA==$AA==",
                                    "md5$16$1$1$AA==$AA=="])
def test_malformed_hash_matches_nothing(stored: str) -> None:
    assert not verify_password("anything", stored)


@settings(max_examples=20, deadline=None)
@given(st.text(min_size=0, max_size=30))
def test_any_password_round_trips(password: str) -> None:
    assert verify_password(password, hash_password(password, FAST))


@pytest.mark.parametrize(("password", "username", "reason"), [
    ("", "zhangmin", "请输入密码。"),
    ("Ab#1234", "zhangmin", "密码至少需要 8 位。"),
    ("abcdefgh", "zhangmin", "密码须至少包含小写字母、大写字母、数字、符号中的三种。"),
    ("abcdefg12", "zhangmin", "密码须至少包含小写字母、大写字母、数字、符号中的三种。"),
    ("Zhangmin#1", "zhangmin", "密码不能包含用户名。"),
    ("zhangmin", "ZhangMin", "密码不能包含用户名。"),
    ("admin123", "liyang", "这是最常见的弱密码之一，请换一个。"),
    ("123456", "liyang", "这是最常见的弱密码之一，请换一个。"),
    ("Password", "liyang", "这是最常见的弱密码之一，请换一个。"),
    ("11111111", "liyang", "这是最常见的弱密码之一，请换一个。"),
])
def test_weak_passwords_are_refused_with_the_reason(password: str, username: str,
                                                    reason: str) -> None:
    assert check_password_strength(password, username) == reason


@pytest.mark.parametrize("password", ["Jianguan#2026", "ab12#$cd", "安阳Xian2026", "CASE-case 1"])
def test_good_passwords_pass(password: str) -> None:
    assert check_password_strength(password, "zhangmin") is None


@pytest.mark.parametrize("username", ["zhangmin", "张敏", "admin_2", "李建国01", "ab"])
def test_valid_user_names(username: str) -> None:
    assert check_username(username) is None


@pytest.mark.parametrize(("username", "reason"), [
    ("", "请输入用户名。"),
    ("a", "用户名长度应为 2 至 30 个字符。"),
    ("x" * 31, "用户名长度应为 2 至 30 个字符。"),
    ("zhang min", "用户名只能包含字母、数字、下划线和汉字。"),
    ("zhang.min", "用户名只能包含字母、数字、下划线和汉字。"),
    ("张敏！", "用户名只能包含字母、数字、下划线和汉字。"),
])
def test_invalid_user_names(username: str, reason: str) -> None:
    assert check_username(username) == reason
