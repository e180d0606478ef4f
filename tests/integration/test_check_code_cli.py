"""``jianguan check-code``: exit 0 for a valid code, 1 with the reason in one line otherwise."""

from __future__ import annotations

import json

import pytest

from jianguan_desktop import cli


def test_valid_credit_code_exits_zero_and_names_the_kind(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check-code", "91350100M000100Y43"]) == 0
    out = capsys.readouterr().out
    assert "统一社会信用代码" in out
    assert "350100" in out


def test_mistyped_code_exits_one_with_one_line_naming_the_check_character(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check-code", "91350100M000100Y44"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "校验位应为“3”" in err


def test_json_output_for_an_id_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check-code", "１１０１０５１９４９１２３１００２ｘ", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is True
    assert data["kind"] == "id_number"
    assert data["normalized"] == "11010519491231002X"
    assert data["details"]["birth_date"] == "1949-12-31"


def test_kind_can_be_forced(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check-code", "91350100M000100Y43", "--kind", "id", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "id_number" and data["rule"] == "charset"
