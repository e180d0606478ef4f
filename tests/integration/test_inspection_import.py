"""Taking the 双随机、一公开 directories over from Excel: inspectors, items and objects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jianguan_desktop.services import (
    entities,
    inspection_import,  # noqa: F401 - registers the imports
)
from jianguan_desktop.services import inspection_directory as directory
from jianguan_desktop.services.entity_demo import credit_code
from jianguan_desktop.services.imports import ImportFailed, run_import, write_template
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from tests.credit_fixtures import fill_template
from tests.excel_helpers import write_workbook

INSPECTOR_HEADERS = ["姓名", "单位", "执法证号", "专长", "状态", "电话", "关联单位", "回避对象"]


def listed(db, actor, key: str) -> dict[str, dict]:
    rows = fetch_rows(db, actor, get_table(key), TableQuery(), 0, 100)
    return {str(row["cert_number"] if "cert_number" in row else row["code"] or row["name"]):
            row for row in rows}


def test_the_inspectors_list_imports_with_the_issue_columns(office_db, admin,
                                                            tmp_path: Path) -> None:
    # GIVEN a county's list with the columns the issue names, specialties separated by 、
    path = write_workbook(tmp_path / "执法检查人员名录.xlsx", [
        INSPECTOR_HEADERS,
        ["张建军", "滑县住房和城乡建设局", "豫A0526001", "房屋建筑、市政工程", "在岗",
         "13803720001", "滑县华信建筑工程有限公司", None],
        ["李秀英", "滑县财政局", "豫a 0526002", "政府采购", "暂停", None, None,
         "HX-2026-0012"],
        ["王磊", "滑县水利局", "豫A0526003", "水利", None, None, None, None],
    ])
    # WHEN it is imported
    result = run_import(office_db, admin, "inspectors", path)
    # THEN every person is in the directory with a normalised number, status and lists
    assert result.imported == 3 and result.issues == []
    shown = listed(office_db, admin, directory.INSPECTORS_TABLE_KEY)
    assert set(shown) == {"豫A0526001", "豫A0526002", "豫A0526003"}
    assert shown["豫A0526001"]["specialties"] == "房屋建筑\n市政工程"
    assert shown["豫A0526002"]["status"] == "suspended"
    assert shown["豫A0526003"]["status"] == "active"
    person = directory.get_inspector(office_db, admin, shown["豫A0526002"]["row_id"])
    assert person.recused == ("HX-2026-0012",)


def test_an_inspector_imported_again_is_updated_and_a_number_of_another_name_refused(
        office_db, admin, tmp_path: Path) -> None:
    # GIVEN 张建军 in the directory
    first = directory.create_inspector(office_db, admin, {
        "name": "张建军", "unit": "滑县住房和城乡建设局", "cert_number": "豫A0526001"})
    # WHEN a list with him (now at another unit) and someone under his number is checked
    path = write_workbook(tmp_path / "名录.xlsx", [
        INSPECTOR_HEADERS,
        ["张建军", "滑县城市管理局", "豫A0526001", "市政工程", None, None, None, None],
        ["赵六", "滑县财政局", "豫A0526001", None, None, None, None, None],
    ])
    with pytest.raises(ImportFailed) as failed:
        run_import(office_db, admin, "inspectors", path)
    # THEN the repeated number is reported at its row and nothing was written
    assert {issue.row for issue in failed.value.check.issues} == {3}
    assert directory.get_inspector(office_db, admin, first.id).unit == "滑县住房和城乡建设局"
    # AND importing the rows without problems updates him in place
    result = run_import(office_db, admin, "inspectors", path, valid_only=True)
    assert result.imported == 1
    again = directory.get_inspector(office_db, admin, first.id)
    assert again.unit == "滑县城市管理局" and again.specialties == ("市政工程",)
    assert len(listed(office_db, admin, directory.INSPECTORS_TABLE_KEY)) == 1


def test_the_item_template_filled_in_imports_and_a_general_item_without_cap_is_reported(
        office_db, admin, tmp_path: Path) -> None:
    path = write_template("inspection_items", tmp_path / "抽查事项清单模板.xlsx")
    fill_template(path, [
        ["SJ-01", "招标投标活动合规性检查", "一般", 20, "《中华人民共和国招标投标法》",
         "滑县住房和城乡建设局", "招标、投标、开标、评标和定标活动", "书面检查", "项目",
         "房屋建筑"],
        ["SJ-02", "评标专家评标行为检查", "重点", None, "《评标专家和评标专家库管理暂行办法》",
         None, None, None, "专家", None],
        ["SJ-03", "政府采购合同履约检查", "一般", None, "《中华人民共和国政府采购法》",
         None, None, None, "项目", None],
    ])
    with pytest.raises(ImportFailed) as failed:
        run_import(office_db, admin, "inspection_items", path)
    [issue] = failed.value.check.issues
    assert issue.row == 5 and issue.column == directory.item_field_labels()["ratio_cap"]
    result = run_import(office_db, admin, "inspection_items", path, valid_only=True)
    assert result.imported == 2
    shown = listed(office_db, admin, directory.ITEMS_TABLE_KEY)
    assert shown["SJ-01"]["ratio_cap"] == 20 and shown["SJ-02"]["item_type"] == "key"
    assert shown["SJ-02"]["object_kind"] == "expert"


def test_objects_import_as_projects_and_as_entities_found_by_their_code(
        office_db, admin, tmp_path: Path) -> None:
    # GIVEN an agency in the entity register and a project already in the directory
    agency = entities.create_entity(office_db, admin, {
        "kind": "agency", "name": "河南中原招标代理有限公司",
        "code": credit_code("91", "410526", 601)})
    directory.create_object(office_db, admin, {"kind": "project", "name": "老项目",
                                               "code": "HX-2025-0001"})
    unknown = credit_code("91", "410526", 602)
    path = write_workbook(tmp_path / "检查对象.xlsx", [
        ["对象类别", "项目编号", "项目名称", "行业", "风险等级", "交易类型", "中标金额",
         "招标人", "开标日期", "完成日期"],
        ["项目", "HX-2026-0031", "滑县道口镇污水管网改造工程", "市政工程", "高", "工程建设",
         3_560_000, "滑县住房和城乡建设局", date(2026, 4, 1), date(2026, 8, 20)],
        ["代理机构", agency.code.lower(), None, "房屋建筑", "2", None, None, None, None, None],
        ["代理机构", unknown, None, None, None, None, None, None, None, None],
        ["项目", "HX-2025-0001", "老项目（重复）", None, None, None, None, None, None, None],
        ["项目", "HX-2026-0099", "开标晚于完成", None, None, None, None, None,
         date(2026, 5, 2), date(2026, 5, 1)],
    ])
    with pytest.raises(ImportFailed) as failed:
        run_import(office_db, admin, "inspection_objects", path)
    # THEN the unknown entity, the number already there and the dates are reported by row
    assert sorted(issue.row for issue in failed.value.check.issues) == [4, 5, 6]
    result = run_import(office_db, admin, "inspection_objects", path, valid_only=True)
    assert result.imported == 2
    shown = listed(office_db, admin, directory.OBJECTS_TABLE_KEY)
    assert shown["HX-2026-0031"]["risk"] == 3 and shown["HX-2026-0031"]["amount"] == 3_560_000
    assert shown[agency.code]["name"] == "河南中原招标代理有限公司"
    assert shown[agency.code]["kind"] == "agency"
