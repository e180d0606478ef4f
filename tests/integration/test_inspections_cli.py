"""``jianguan inspections coverage|publish``: a year's coverage in text and JSON, and recording a
publication (late ones say so); wrong input exits 2 with one Chinese line, nothing written."""

from __future__ import annotations

import json
from datetime import date

import pytest

from jianguan_desktop.services import inspection_plans as plans
from tests.inspection_fixtures import YEAR
from tests.integration import test_cli
from tests.integration.test_inspection_results import close_all, drawn_batch

run = test_cli.run  # ``jianguan --db <test database> ...`` in-process
one_chinese_line = test_cli._one_chinese_line


@pytest.fixture
def completed(office_db, admin):
    """A batch of 4 projects, 3 drawn and all closed on 24 April 2026 (due 26 May: 海口 20
    working days past 劳动节); its BatchInfo."""
    batch, found = drawn_batch(office_db, admin, agencies=4)
    close_all(office_db, admin, found[:1], problem=True, handling=["rectify"])
    close_all(office_db, admin, found[1:])
    return plans.get_batch(office_db, admin, batch.id)


def test_coverage_prints_items_grades_agencies_and_industries(run, completed):
    code, out, err = run("inspections", "coverage", "--year", str(YEAR))
    assert code == 0 and err == ""
    assert "招标投标活动监督检查" in out and "1/2（50.0%）" in out
    assert "代理机构4家" in out and "未达到" in out
    code, out, _err = run("inspections", "coverage", "--year", str(YEAR), "--json")
    data = json.loads(out)
    general = next(item for item in data["items"] if item["name"] == "招标投标活动监督检查")
    assert code == 0 and (general["planned"], general["done"], general["problems"]) == (3, 3, 1)
    assert data["agencies"] == {"active": 4, "drawn": 0, "ratio": 0.0, "minimum": 25,
                                "reached": False}
    assert [grade["drawn"] for grade in data["grades"]] == [1, 1, 1, 0]


def test_publish_records_the_day_and_channel_and_says_when_late(run, completed, office_db,
                                                                admin):
    # WHEN the batch, known by its draw's number, is published on 28 May (due 26 May)
    code, out, err = run("inspections", "publish", completed.draw_number, "--on",
                         f"{YEAR}-05-28", "--channel", "滑县公共资源交易中心网站")
    # THEN it is recorded, two working days late
    assert code == 0 and err == ""
    assert "滑县公共资源交易中心网站" in out and "逾期2个工作日" in out
    batch = plans.get_batch(office_db, admin, completed.id)
    assert (batch.status, batch.published_on, batch.publish_channel) == (
        "published", date(YEAR, 5, 28), "滑县公共资源交易中心网站")
    # AND publishing it again is refused in one line
    code, _out, err = run("inspections", "publish", completed.id, "--on", f"{YEAR}-05-29",
                          "--channel", "县政府门户网站")
    assert code == 2 and "已于" in one_chinese_line(err)


@pytest.mark.parametrize("args", [
    ("coverage", "--year", "二〇二六"),
    ("publish", "BATCH", "--on", "2026-05-28", "--channel", "县政府门户网站"),
    ("publish", "{batch}", "--on", "5月28日", "--channel", "县政府门户网站"),
    ("publish", "{batch}", "--on", "2026-05-28", "--channel", " "),
])
def test_wrong_input_exits_2_with_one_chinese_line_and_writes_nothing(
        run, completed, office_db, admin, args):
    code, _out, err = run("inspections", *(arg.format(batch=completed.id) for arg in args))
    assert code == 2
    one_chinese_line(err)
    assert plans.get_batch(office_db, admin, completed.id).status == "completed"
