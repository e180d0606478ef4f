"""``jianguan import`` and ``jianguan template``: exit codes, the problem table, JSON, reports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.excel_helpers import (
    HEADERS,
    IMPORT_KEY,
    count_notes,
    register_fixture_import,
    write_encrypted_xlsx,
    write_workbook,
)
from tests.integration import test_cli

run = test_cli.run  # the command-line fixture: ``run(*args) -> (exit code, stdout, stderr)``


@pytest.fixture(autouse=True)
def _fixture_import(fixture_tables) -> None:
    """The office database has the fixture table, and its import is registered."""
    register_fixture_import()


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "清单.xlsx", [
        HEADERS, ["道路硬化", "工程", 100, date(2026, 3, 5), "000001"],
        ["校舍维修", "货物", 200, "2026.3.6", "000002"]])


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "有错.xlsx", [
        HEADERS, ["道路硬化", "工程", 100, date(2026, 3, 5), "000001"],
        ["校舍维修", "施工", 200, "2026-2-30", "000002"]])


def test_import_list_names_the_registers(run) -> None:
    code, out, err = run("import", "--list")
    assert code == 0 and err == ""
    assert IMPORT_KEY in out and "测试台账" in out and "标题、类别" in out


def test_a_dry_run_of_a_clean_file_imports_nothing(run, fixture_tables, clean) -> None:
    code, out, err = run("import", IMPORT_KEY, str(clean), "--dry-run")
    assert code == 0 and err == ""
    assert "2 行数据均无问题" in out and "试运行" in out
    assert count_notes(fixture_tables) == 0


def test_importing_a_clean_file_exits_0_and_names_the_backup(run, fixture_tables,
                                                             clean) -> None:
    code, out, err = run("import", IMPORT_KEY, str(clean))
    assert code == 0 and err == ""
    assert "已从 清单.xlsx 导入 2 条记录" in out and "导入前已备份" in out
    assert count_notes(fixture_tables) == 2


def test_a_file_with_problems_prints_the_table_and_one_line_and_exits_1(run, fixture_tables,
                                                                       messy) -> None:
    # WHEN a file with a bad row is imported
    code, out, err = run("import", IMPORT_KEY, str(messy))
    # THEN it exits 1 with one Chinese line saying nothing was imported
    assert code == 1
    [line] = err.splitlines()
    assert "1 行有问题，未导入任何数据" in line
    # AND the problems are a table on stdout: header, then one line per problem
    lines = out.splitlines()
    assert lines[0].split() == ["行号", "列", "文件中的内容", "问题"]
    assert lines[1].split()[:3] == ["3", "类别", "施工"]
    assert lines[2].split()[:3] == ["3", "签订日期", "2026-2-30"]
    assert count_notes(fixture_tables) == 0


def test_json_output_holds_every_problem(run, messy) -> None:
    code, out, _err = run("import", IMPORT_KEY, str(messy), "--dry-run", "--json")
    assert code == 1
    data = json.loads(out)
    assert (data["ok"], data["total_rows"], data["valid_rows"], data["imported"]) == (
        False, 2, 1, 0)
    assert [(issue["row"], issue["column"]) for issue in data["issues"]] == [
        (3, "类别"), (3, "签订日期")]
    assert "\\u" not in out


def test_valid_only_imports_the_good_rows_and_saves_a_report(run, fixture_tables, messy,
                                                             tmp_path) -> None:
    report = tmp_path / "问题清单.xlsx"
    code, out, err = run("import", IMPORT_KEY, str(messy), "--valid-only", "--report",
                         str(report))
    assert code == 0 and err == ""
    assert "导入 1 条记录" in out and "跳过了 1 行" in out
    assert count_notes(fixture_tables) == 1
    sheet = load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0].startswith("有错.xlsx")  # the title
    assert rows[1] == ("行号", "列", "文件中的内容", "问题")
    assert rows[2][:3] == (3, "类别", "施工")


def test_a_password_protected_file_is_one_line_and_nothing_is_written(run, fixture_tables,
                                                                     tmp_path) -> None:
    code, out, err = run("import", IMPORT_KEY, str(write_encrypted_xlsx(tmp_path / "密.xlsx")))
    assert code == 2 and out == ""
    [line] = err.splitlines()
    assert "设置了打开密码" in line
    assert count_notes(fixture_tables) == 0


def test_an_unknown_register_points_to_the_list(run, clean) -> None:
    code, _out, err = run("import", "nothing", str(clean))
    assert code != 0 and "jianguan import --list" in err


def test_import_without_a_file_says_what_is_missing(run) -> None:
    code, _out, err = run("import", IMPORT_KEY)
    assert code == 2 and "jianguan import --list" in err


def test_template_saves_the_workbook(run, tmp_path) -> None:
    target = tmp_path / "模板.xlsx"
    code, out, err = run("template", IMPORT_KEY, "-o", str(target))
    assert code == 0 and err == "" and str(target) in out
    assert [cell.value for cell in load_workbook(target).active[1]] == HEADERS
