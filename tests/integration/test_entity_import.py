"""Taking over a list of market entities (市场主体导入) from Excel, through the import engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianguan_desktop.domain.entity_codes import check_code
from jianguan_desktop.services import entities
from jianguan_desktop.services.entity_demo import credit_code
from jianguan_desktop.services.imports import ImportFailed, check_file, run_import, write_template
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from tests.credit_fixtures import HUAXIN, fill_template
from tests.excel_helpers import write_workbook

EXPERT_ID = "11010519491231002X"
E_CODE = "91410526000003E007"
HEADERS = ["主体类型", "名称", "统一社会信用代码", "法定代表人", "地址", "联系人", "联系电话",
           "资质", "备注"]


def registered(db, actor) -> dict[str, dict]:
    """The entity register as the head of office sees it, by code."""
    rows = fetch_rows(db, actor, get_table(entities.CONFIDENTIAL_TABLE_KEY), TableQuery(), 0,
                      1_000)
    return {row["code"]: row for row in rows}


def test_a_filled_template_imports_with_codes_corrected_and_kinds_understood(
        office_db, admin, tmp_path: Path) -> None:
    # GIVEN the template of the entity import, filled in by a clerk: kinds by their label
    # or as spreadsheets name them, a code typed in full-width lower case with spaces
    path = write_template("entities", tmp_path / "市场主体导入模板.xlsx")
    agency = credit_code("91", "410526", 42)
    rows = [
        ["投标人/供应商", "滑县华信建筑工程有限公司", " ９１３５０１００ｍ０００１００ｙ４３ ",
         "王建国", "滑县道口镇", "李敏", "13803720001", "建筑工程施工总承包二级", None],
        ["代理机构", "滑县正阳招标代理有限公司", agency, "赵强", None, None, None, None, None],
        ["专家", "张秀英", EXPERT_ID.lower(), None, None, None, "13903720002",
         "评标专家：房屋建筑工程", "2024年入库"],
        ["采购人", "滑县教育局", credit_code("11", "410526", 1), None, None, None, None, None,
         None],
        # digits, E, digits: a real code, not a number Excel showed in scientific form
        ["供应商", "滑县恒泰商贸有限公司", E_CODE, None, None, None, None, None, None],
    ]
    headers = fill_template(path, rows)
    assert headers[:3] == ["主体类别", "名称", "统一社会信用代码或身份证号"]
    # WHEN it is imported
    result = run_import(office_db, admin, "entities", path)
    # THEN every row is an entity of the right kind with its code in standard form
    assert result.imported == 5 and result.issues == []
    shown = registered(office_db, admin)
    assert shown[HUAXIN]["name"] == "滑县华信建筑工程有限公司"
    assert shown[HUAXIN]["kind"] == "bidder" and shown[HUAXIN]["phone"] == "13803720001"
    assert shown[agency]["kind"] == "agency"
    assert shown[EXPERT_ID]["kind"] == "expert"
    assert shown[rows[3][2]]["kind"] == "tenderer" and shown[E_CODE]["kind"] == "bidder"
    # AND the import made a backup first
    assert result.backup_file is not None and result.backup_file.exists()


def test_wrong_taken_and_repeated_codes_are_reported_at_their_rows_and_nothing_is_written(
        office_db, admin, huaxin, tmp_path: Path) -> None:
    # GIVEN 华信 already registered, and a list with a wrong check character, a code given
    # twice, a company code for an expert, an unknown kind and 华信 again
    good = credit_code("91", "410526", 77)
    twice = credit_code("91", "410526", 78)
    wrong = HUAXIN[:-1] + ("4" if HUAXIN[-1] != "4" else "5")
    path = write_workbook(tmp_path / "主体名单.xlsx", [
        HEADERS,
        ["投标人", "华信建筑", HUAXIN, None, None, None, None, None, None],
        ["投标人", "错码公司", wrong, None, None, None, None, None, None],
        ["供应商", "鑫源商贸有限公司", twice, None, None, None, None, None, None],
        ["供应商", "鑫源商贸（重复）", twice, None, None, None, None, None, None],
        ["专家", "李四", good, None, None, None, None, None, None],
        ["监理单位", "某监理公司", credit_code("91", "410526", 79), None, None, None, None, None,
         None],
        ["投标人", "正常公司", credit_code("91", "410526", 80), None, None, None, None, None,
         None],
    ])
    # WHEN the file is checked
    check = check_file(office_db, admin, "entities", path)
    # THEN each problem names its row, its column and why
    by_row = {issue.row: issue for issue in check.issues}
    assert set(by_row) == {2, 3, 5, 6, 7}
    assert "滑县华信建筑工程有限公司" in by_row[2].reason
    assert by_row[3].column == "统一社会信用代码或身份证号"
    assert by_row[3].reason == check_code(wrong).reason
    assert "第 4 行" in by_row[5].reason
    assert by_row[6].column == "统一社会信用代码或身份证号"
    assert by_row[7].column == "主体类别" and "监理单位" in by_row[7].reason
    # AND importing it writes nothing
    with pytest.raises(ImportFailed):
        run_import(office_db, admin, "entities", path)
    assert set(registered(office_db, admin)) == {HUAXIN}
    # unless only the rows without problems are asked for
    result = run_import(office_db, admin, "entities", path, valid_only=True)
    assert result.imported == 2 and result.skipped == 5
    assert set(registered(office_db, admin)) == {HUAXIN, twice,
                                                 credit_code("91", "410526", 80)}
