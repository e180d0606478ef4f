"""``jianguan workdays add`` and ``jianguan calendar show``: the due date, its explanation, a
warning on stderr for a year the table lacks (exit 0), bad input in one Chinese line (exit 2)."""

from __future__ import annotations

import json

import pytest

from tests.integration import test_cli

run = test_cli.run  # ``jianguan --db <test database> ...`` in-process
one_chinese_line = test_cli._one_chinese_line


@pytest.fixture
def office(run):
    code, _out, err = run(*test_cli.INIT)
    assert code == 0, err


def test_the_due_date_and_how_it_was_worked_out(run, office) -> None:
    code, out, err = run("workdays", "add", "2025-09-30", "3")
    assert (code, out, err) == (0, "2025-10-11\n", "")
    code, out, err = run("workdays", "add", "2026-09-30", "3", "--explain")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2026-10-10",
        "9月30日收到；10月1日–7日国庆节假期；10月10日（星期六）调休上班；期限 3 个工作日，"
        "截止 10月10日（星期六）"]


def test_json_gives_start_count_due_explanation_and_warnings(run, office) -> None:
    code, out, err = run("workdays", "add", "2026-12-28", "5", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["start"], data["count"], data["due"]) == ("2026-12-28", 5, "2027-01-04")
    assert "截止 2027年1月4日（星期一）" in data["explanation"]
    assert len(data["warnings"]) == 1 and "2027年" in data["warnings"][0]
    # AND the warning goes to stderr as well, in Chinese
    assert one_chinese_line(err) == data["warnings"][0]


def test_a_year_the_table_lacks_still_gives_a_date_with_a_warning(run, office) -> None:
    code, out, err = run("workdays", "add", "2019-06-03", "3")
    assert (code, out) == (0, "2019-06-06\n")
    assert "2019年的法定节假日尚未录入" in one_chinese_line(err)


@pytest.mark.parametrize(("args", "expected"), [
    (("2025-09-31", "3"), "不是日期"),
    (("2025-09-30", "0"), "不是正整数"),
    (("2025-09-30", "-2"), "不是正整数"),
    (("2025-09-30", "2.5"), "不是正整数"),
])
def test_bad_input_is_one_chinese_line_and_exit_2(run, office, args, expected) -> None:
    code, out, err = run("workdays", "add", *args)
    assert (code, out) == (2, "")
    assert expected in one_chinese_line(err)


def test_calendar_show_lists_each_break_and_make_up_day(run, office) -> None:
    code, out, err = run("calendar", "show", "2025")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "2025年放假和调休上班安排"
    assert "  1月28日–2月4日放假：春节，共 8 天" in lines
    assert "  10月1日–8日放假：国庆节、中秋节，共 8 天" in lines
    assert "  10月11日（星期六）调休上班（国庆节、中秋节）" in lines
    assert lines[-1] == "2025年的法定节假日和调休上班日已完整录入（程序内置）。"


def test_calendar_show_json_says_whether_the_year_is_covered(run, office) -> None:
    code, out, _err = run("calendar", "show", "2027", "--json")
    data = json.loads(out)
    assert code == 0 and data["covered"] is False and data["runs"] == []
    code, out, _err = run("calendar", "show", "2026", "--json")
    data = json.loads(out)
    assert data["covered"] is True and data["covered_source"] == "shipped"
    assert {"first": "2026-02-15", "last": "2026-02-23", "kind": "holiday", "name": "春节",
            "days": 9, "text": "2月15日–23日放假：春节，共 9 天"} in data["runs"]
    code, _out, err = run("calendar", "show", "二〇二六")
    assert code == 2 and "不是年份" in one_chinese_line(err)
