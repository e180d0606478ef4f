"""``jianguan credit check|publish|expire``: a bidder checked on a date (text, JSON, saved),
the 公示表 written as PDF or xlsx, expired entries closed; bad input in one Chinese line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jianguan_desktop.services import credit_lists
from tests.integration import test_cli
from tests.integration.credit_check_helpers import (
    BASIS,
    CITY_CODE,
    HUAXIN,
    HUAXIN_NAME,
    PERSON_ID,
    PERSON_NAME,
    city_entry,
    list_entity,
)
from tests.pdf_helpers import document_text, page_sizes_mm

run = test_cli.run  # ``jianguan --db <test database> ...`` in-process
one_chinese_line = test_cli._one_chinese_line


@pytest.fixture
def listed(office_db, admin):
    """A bidder on this office's blacklist from 10 March 2026 to 10 March 2029, a person
    from 10 March 2026 to 10 March 2027, and an agency on the city's list."""
    bidder = list_entity(office_db, admin)
    person = list_entity(office_db, admin, name=PERSON_NAME, code=PERSON_ID, kind="person",
                         severity="ordinary")
    city_entry(office_db, admin)
    return bidder, person


def test_a_check_by_name_lists_every_detail_of_the_listing(run, listed) -> None:
    code, out, err = run("credit", "check", "华信", "--on", "2026-06-01")
    assert (code, err) == (0, "")
    for part in (HUAXIN_NAME, HUAXIN, "黑名单", listed[0].number, "串通投标", BASIS,
                 "安阳县发展和改革委员会", "限制参与本县公共资源交易活动三年",
                 "2026-03-10至2029-03-10", "本单位", "发现“华信”的有效名单记录1条"):
        assert part in out


def test_a_check_that_finds_nothing_says_so_and_exits_zero(run, listed) -> None:
    code, out, err = run("credit", "check", HUAXIN, "--on", "2029-03-11")
    assert (code, err) == (0, "")
    assert "未发现" in out and listed[0].number not in out


def test_json_gives_the_listings_of_the_city_too(run, listed) -> None:
    code, out, _err = run("credit", "check", CITY_CODE, "--on", "2026-06-01", "--json")
    data = json.loads(out)
    assert code == 0 and data["listed"] is True and data["saved"] is None
    assert [(item["office_code"], item["entity_id"]) for item in data["listings"]] == [
        ("410500", None)]
    assert data["on"] == "2026-06-01"


def test_save_prints_the_number_of_the_record(run, listed) -> None:
    code, out, _err = run("credit", "check", PERSON_ID, "--on", "2026-06-01", "--save",
                          "--project", "安阳县第一中学教学楼", "--purpose", "评标前核查")
    assert code == 0 and "核查〔2026〕1号" in out
    code, out, _err = run("credit", "check", "张建国", "--save", "--json")
    assert json.loads(out)["saved"] == "核查〔2026〕2号"


@pytest.mark.parametrize("args", [("credit", "check", "  "),
                                  ("credit", "check", "华信", "--on", "2026-02-30"),
                                  ("credit", "check", "华信", "--project", "某项目"),
                                  ("credit", "publish", "--list", "black", "-o", "x.docx")])
def test_bad_input_is_one_chinese_line_and_exit_two(run, office_db, args) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    one_chinese_line(err)


def test_publish_writes_the_blacklist_as_pdf_and_xlsx_with_ids_masked(
        run, listed, tmp_path: Path) -> None:
    pdf_path, xlsx_path = tmp_path / "黑名单.pdf", tmp_path / "黑名单.xlsx"
    code, out, _err = run("credit", "publish", "--list", "black", "--on", "2026-06-01",
                          "-o", str(pdf_path))
    assert code == 0 and "共2条" in out  # this office's two; the city publishes its own
    text = document_text(pdf_path.read_bytes())
    assert "黑名单公示表" in text and HUAXIN in text and "410526********0010" in text
    assert PERSON_ID not in text
    width, height = page_sizes_mm(pdf_path.read_bytes())[0]
    assert width > height  # landscape
    assert run("credit", "publish", "--list", "black", "--on", "2026-06-01",
               "-o", str(xlsx_path))[0] == 0
    cells = [str(cell) for row in load_workbook(xlsx_path).active.iter_rows(values_only=True)
             for cell in row if cell is not None]
    assert HUAXIN in cells and "410526********0010" in cells
    assert not any(PERSON_ID in cell for cell in cells)


def test_expire_closes_the_entries_whose_period_has_ended(run, office_db, admin,
                                                          listed) -> None:
    # on 11 March 2027 the person's period (to 10 March 2027) and the city's entry (to 4
    # January 2027) have ended, the bidder's (to 10 March 2029) has not; the city's entry is
    # the city's to close
    code, out, _err = run("credit", "expire", "--on", "2027-03-11")
    assert code == 0 and "已将1条" in out
    assert credit_lists.get_entry(office_db, admin, listed[1].id).status == "expired"
    assert credit_lists.get_entry(office_db, admin, listed[0].id).status == "listed"
    assert "已将0条" in run("credit", "expire", "--on", "2027-03-11")[1]
