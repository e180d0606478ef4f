"""Taking over 红黑名单 received from other departments, and credit grades, from Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jianguan_desktop.errors import PermissionDenied
from jianguan_desktop.services import credit_grades, credit_lists, entities
from jianguan_desktop.services.audit import recent_entries
from jianguan_desktop.services.entity_demo import credit_code
from jianguan_desktop.services.imports import ImportFailed, check_file, run_import, write_template
from jianguan_desktop.services.tables import TableQuery, count_rows, fetch_rows, get_table
from tests.credit_fixtures import HUAXIN, fill_template
from tests.excel_helpers import write_workbook

EXPERT_ID = "11010519491231002X"
HEADERS = ["名单", "主体类型", "名称", "代码", "失信/守信行为", "严重程度", "认定依据",
           "认定部门", "惩戒措施", "认定日期", "公示开始", "公示截止", "备注"]


def entries(db, actor) -> dict[str, dict]:
    """The credit list register as the head of office sees it, by code."""
    rows = fetch_rows(db, actor, get_table(credit_lists.CONFIDENTIAL_TABLE_KEY), TableQuery(),
                      0, 1_000)
    return {row["entity_code"]: row for row in rows}


def active_codes(db, on: date) -> set[str]:
    with db.uow(readonly=True) as uow:
        return {row.entity_code for row in credit_lists.active_entries(uow.session, on)}


def entity_count(db, actor) -> int:
    return count_rows(db, actor, get_table(entities.TABLE_KEY), TableQuery())


def test_a_list_from_another_department_is_listed_by_the_rules(office_db, admin, huaxin,
                                                               tmp_path: Path) -> None:
    # GIVEN the template of the credit list import filled in with a blacklisted bidder
    # already registered, a redlisted tenderer and a watched expert not yet registered
    red_code = credit_code("11", "410526", 5)
    path = write_template("credit_entries", tmp_path / "红黑名单导入模板.xlsx")
    headers = fill_template(path, [
        ["黑名单", None, "华信建筑", HUAXIN, "在滑县第一高级中学教学楼项目中串通投标", "严重",
         "滑发改罚〔2026〕3号", "滑县发展和改革委员会", "限制参与本县依法必须招标项目投标2年",
         date(2026, 3, 10), None, date(2028, 3, 10), None],
        ["守信红名单", "采购人", "滑县教育局", red_code, "连续三年采购活动无违规记录", None,
         "滑财〔2026〕2号", "滑县财政局", "优先推荐", date(2026, 1, 5), None, None, None],
        ["重点关注名单", "评标专家", "张秀英", EXPERT_ID, "评标中未按评标办法打分", "一般",
         "滑发改〔2026〕9号", "滑县发展和改革委员会", "暂停评标资格6个月", date(2026, 2, 1),
         date(2026, 2, 15), date(2026, 8, 1), "市里转来"],
    ])
    assert headers[0] == "名单类别" and headers[5] == "失信程度"
    # WHEN the head of office imports it
    result = run_import(office_db, admin, "credit_entries", path)
    # THEN each row is an entry listed on its decision date with its period
    assert result.imported == 3 and result.issues == []
    shown = entries(office_db, admin)
    assert {credit_lists.get_entry(office_db, admin, row["number"]).status
            for row in shown.values()} == {"listed"}
    assert all(row["number"].startswith("信用〔2026〕") for row in shown.values())
    black = credit_lists.get_entry(office_db, admin, shown[HUAXIN]["number"])
    assert black.entity_id == huaxin.id and black.list_kind == "black"
    assert (black.decided_on, black.start_on, black.end_on) == (
        date(2026, 3, 10), date(2026, 3, 10), date(2028, 3, 10))
    assert black.basis == "滑发改罚〔2026〕3号" and black.notified_on == date(2026, 3, 10)
    # AND the redlist entry runs for the longest period the settings allow (36 months)
    red = credit_lists.get_entry(office_db, admin, shown[red_code]["number"])
    assert red.list_kind == "red" and red.severity == "" and red.end_on == date(2029, 1, 5)
    # AND the expert was registered on the way, and is watched from 2026-02-15 only
    assert entity_count(office_db, admin) == 3
    assert EXPERT_ID not in active_codes(office_db, date(2026, 2, 14))
    assert EXPERT_ID in active_codes(office_db, date(2026, 2, 15))
    assert EXPERT_ID not in active_codes(office_db, date(2026, 8, 2))
    # AND the listing is in the history: the entry was created already listed
    audited = [row for row in recent_entries(office_db, admin, 200)
               if row.table_name == "credit_entries"]
    assert any(row.action == "create" for row in audited)
    assert any(row.action == "import" for row in audited)


def test_bad_rows_are_refused_at_their_row_and_nothing_is_written(office_db, admin, huaxin,
                                                                 tmp_path: Path) -> None:
    # GIVEN 华信 already listed by an earlier import of the same decision
    first = write_workbook(tmp_path / "已导入.xlsx", [
        HEADERS,
        ["黑名单", None, "华信建筑", HUAXIN, "串通投标", "严重", "滑发改罚〔2026〕3号",
         "滑县发展和改革委员会", None, "2026-03-10", None, None, None]])
    run_import(office_db, admin, "credit_entries", first)
    before = entries(office_db, admin)
    new_code = credit_code("91", "410526", 11)
    # AND a list with a row without basis, one ending before it starts, one too short for a
    # serious breach, a minor breach (not published), one without severity, a new code
    # without its kind, and the decision already imported
    path = write_workbook(tmp_path / "名单.xlsx", [
        HEADERS,
        ["黑名单", "投标人", "甲公司", credit_code("91", "410526", 12), "串通投标", "严重", None,
         None, None, "2026-03-10", None, None, None],
        ["黑名单", "投标人", "乙公司", credit_code("91", "410526", 13), "弄虚作假", "一般",
         "滑发改罚〔2026〕4号", None, None, "2026-03-10", "2026-05-01", "2026-04-30", None],
        ["黑名单", "投标人", "丙公司", credit_code("91", "410526", 14), "弄虚作假", "严重",
         "滑发改罚〔2026〕5号", None, None, "2026-03-10", None, "2026-09-10", None],
        ["重点关注名单", "投标人", "丁公司", credit_code("91", "410526", 15), "迟交资料", "轻微",
         "滑发改〔2026〕6号", None, None, "2026-03-10", None, None, None],
        ["黑名单", "投标人", "戊公司", credit_code("91", "410526", 16), "串通投标", None,
         "滑发改罚〔2026〕7号", None, None, "2026-03-10", None, None, None],
        ["黑名单", None, "己公司", new_code, "串通投标", "严重", "滑发改罚〔2026〕8号", None,
         None, "2026-03-10", None, None, None],
        ["黑名单", None, "华信建筑", HUAXIN, "串通投标", "严重", "滑发改罚〔2026〕3号", None,
         None, "2026-03-10", None, None, None],
        ["红名单", "投标人", "庚公司", credit_code("91", "410526", 17), "守合同重信用", None,
         "滑发改〔2026〕10号", None, None, "2026-03-10", None, None, None],
    ])
    # WHEN the file is checked
    check = check_file(office_db, admin, "credit_entries", path)
    # THEN each problem is at its row and column, with the reason
    by_row = {issue.row: issue for issue in check.issues}
    assert set(by_row) == {2, 3, 4, 5, 6, 7, 8}
    assert by_row[2].column == "认定依据"
    assert by_row[3].column == "公示截止" and "早于" in by_row[3].reason
    assert by_row[4].column == "公示截止" and "12至36个月" in by_row[4].reason
    assert by_row[5].column == "失信程度" and "不予公示" in by_row[5].reason
    assert by_row[6].column == "失信程度" and by_row[6].reason == "请选择失信程度。"
    assert by_row[7].column == "主体类别"
    assert before[HUAXIN]["number"] in by_row[8].reason
    # AND importing it writes nothing: no entry, no entity registered on the way
    with pytest.raises(ImportFailed):
        run_import(office_db, admin, "credit_entries", path)
    assert entries(office_db, admin) == before and entity_count(office_db, admin) == 1
    # AND only the good row is taken when asked for
    result = run_import(office_db, admin, "credit_entries", path, valid_only=True)
    assert result.imported == 1 and len(entries(office_db, admin)) == 2


def test_a_clerk_cannot_import_listings(office_db, admin, clerk, tmp_path: Path) -> None:
    # GIVEN a list of entries to import
    path = write_workbook(tmp_path / "名单.xlsx", [
        HEADERS, ["黑名单", None, "华信建筑", HUAXIN, "串通投标", "严重", "滑发改罚〔2026〕3号",
                  None, None, "2026-03-10", None, None, None]])
    # WHEN she imports a list THEN she is refused: listing is a decision of the head of office
    with pytest.raises(PermissionDenied):
        run_import(office_db, clerk, "credit_entries", path)
    assert entries(office_db, admin) == {}


def test_credit_grades_are_imported_for_registered_codes(office_db, admin, huaxin,
                                                         tmp_path: Path) -> None:
    # GIVEN a second entity and a grading list with an unknown code and a name not matching
    other = entities.create_entity(office_db, admin, {
        "kind": "agency", "code": credit_code("91", "410526", 21),
        "name": "滑县正阳招标代理有限公司"})
    path = write_workbook(tmp_path / "信用等级.xlsx", [
        ["代码", "名称", "信用等级", "评定日期", "理由"],
        [HUAXIN, "滑县华信建筑工程有限公司", "A级", "2026-01-10", "2025年度信用评价"],
        [other.code, None, "C", "2026-01-10", "2025年度信用评价"],
        [credit_code("91", "410526", 22), None, "B", "2026-01-10", "2025年度信用评价"],
        [HUAXIN, "滑县华信公司", "D", "2026-02-10", "串通投标"],
    ])
    # WHEN it is checked THEN the unknown code and the wrong name are reported at their rows
    check = check_file(office_db, admin, "credit_grades", path)
    by_row = {issue.row: issue for issue in check.issues}
    assert set(by_row) == {4, 5}
    assert by_row[4].column == "统一社会信用代码或身份证号"
    assert by_row[5].column == "名称" and "滑县华信建筑工程有限公司" in by_row[5].reason
    # AND importing the good rows gives the grades in force
    result = run_import(office_db, admin, "credit_grades", path, valid_only=True)
    assert result.imported == 2
    assert credit_grades.grade_of(office_db, admin, huaxin.id, date(2026, 3, 1)) == "A"
    assert credit_grades.grade_of(office_db, admin, other.id, date(2026, 3, 1)) == "C"
