"""Taking the 联络通讯录 over from Excel: units added by name, their leader and liaison officer
recorded as changes, and a wrong row reported at its row and column with nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import liaison_import  # noqa: F401 - registers the import
from jianguan_desktop.services.imports import ImportFailed, run_import
from tests.excel_helpers import write_workbook

HEADERS = ["单位名称", "单位类别", "值班电话", "传真", "电子邮箱", "地址", "责任领导姓名",
           "责任领导职务", "责任领导办公电话", "责任领导手机", "联络员姓名", "联络员职务",
           "联络员办公电话", "联络员手机", "调整确定日期"]
AUDIT = ["滑县审计局", "审计", "0372-8110000", "0372-8110001", "sjj@hx.gov.cn", "滑县道口镇",
         "赵志强", "副局长", "0372-8110875", "13898880081", "黄海燕", "投资审计股股长", None,
         "15459688783", date(2026, 3, 2)]
COURT = ["滑县人民法院", "法院", "0372-8113000", None, None, None, "于振宇", "副院长", None,
         "19438794161", None, None, None, None, date(2026, 3, 2)]


def test_a_good_workbook_makes_the_units_and_their_posts(office_db, admin,
                                                         tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "联络通讯录.xlsx", [HEADERS, AUDIT, COURT])
    result = run_import(office_db, admin, "liaison", path)
    assert result.imported == 2 and result.issues == []
    audit, court = li.directory_on(office_db, admin, date(2026, 3, 2)).rows
    assert (audit.unit, audit.kind_label, audit.duty_phone) == ("滑县审计局", "审计",
                                                                "0372-8110000")
    assert audit.leader.name == "赵志强" and audit.leader.mobile == "13898880081"
    assert audit.liaison.name == "黄海燕" and audit.liaison.post == "投资审计股股长"
    assert not audit.liaison.late and court.leader.name == "于振宇" and court.liaison is None
    # AND the same list imported again adds no unit and no change
    run_import(office_db, admin, "liaison", path)
    assert len(li.list_units(office_db, admin)) == 2
    assert len(li.history(office_db, admin, audit.unit_id)) == 2


def test_a_ten_digit_mobile_is_reported_at_its_row_and_column_and_nothing_is_written(
        office_db, admin, tmp_path: Path) -> None:
    wrong = list(COURT)
    wrong[9] = "1943879416"
    path = write_workbook(tmp_path / "联络通讯录.xlsx", [HEADERS, AUDIT, wrong])
    with pytest.raises(ImportFailed) as caught:
        run_import(office_db, admin, "liaison", path)
    [issue] = caught.value.check.issues
    assert (issue.row, issue.column, issue.value) == (3, "责任领导手机", "1943879416")
    assert "11" in issue.reason
    assert li.list_units(office_db, admin) == []
