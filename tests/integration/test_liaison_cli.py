"""``jianguan directory`` and ``jianguan meetings report``: the directory of a day as a table,
JSON or vCard, the year's report as PDF or xlsx; bad input in one Chinese line, exit 2."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import vobject
from openpyxl import load_workbook

from jianguan_desktop.services import liaison as li
from jianguan_desktop.services import meetings as mt
from tests.integration import test_cli
from tests.pdf_helpers import document_text

run = test_cli.run  # ``jianguan --db <test database> ...`` in-process
one_chinese_line = test_cli._one_chinese_line
TODAY = date(2026, 11, 30)


@pytest.fixture
def directory(office_db, admin):
    """A unit whose liaison changed from 王一 to 李二 on 1 September 2026, and a meeting."""
    unit = li.create_unit(office_db, admin, {"name": "安阳县审计局", "kind": "audit"})
    for name, day in (("王一", date(2026, 1, 5)), ("李二", date(2026, 9, 1))):
        li.record_change(office_db, admin, unit.id, "liaison",
                         {"name": name, "post": "科员", "mobile": "13812345678",
                          "decided_on": day}, today=TODAY)
    li.record_change(office_db, admin, unit.id, "leader",
                     {"name": "钱局长", "mobile": "13903720001", "decided_on": date(2026, 1, 5)},
                     today=TODAY)
    meeting = mt.create_meeting(office_db, admin, {"title": "2026年上半年联席会议",
                                                   "held_on": date(2026, 6, 20)}, today=TODAY)
    mt.add_decision(office_db, admin, meeting.id, "开展专项检查",
                    [{"text": "制定方案", "owner_unit_id": unit.id,
                      "due_on": date(2026, 7, 31)}], today=TODAY)
    return unit


def test_the_directory_of_two_days_as_json_names_the_liaison_of_each(run, directory) -> None:
    code, out, err = run("directory", "--on", "2026-06-30", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["on"] == "2026-06-30"
    [row] = data["rows"]
    assert row["unit"] == "安阳县审计局" and row["liaison"]["name"] == "王一"
    assert row["liaison"]["mobile"] == "13812345678" and row["leader"]["name"] == "钱局长"
    code, out, _err = run("directory", "--on", "2026-11-30", "--json")
    assert json.loads(out)["rows"][0]["liaison"]["name"] == "李二"
    code, out, _err = run("directory", "--on", "2026-11-30")
    assert code == 0 and "联络通讯录（截至2026年11月30日）" in out and "李二" in out


def test_the_vcard_file_holds_the_leader_and_the_liaison(run, directory, tmp_path) -> None:
    path = tmp_path / "通讯录.vcf"
    code, out, err = run("directory", "--vcard", "-o", str(path), "--on", "2026-11-30")
    assert (code, err) == (0, "") and "2" in out
    cards = list(vobject.readComponents(path.read_bytes().decode("utf-8")))
    assert sorted(card.fn.value for card in cards) == ["李二", "钱局长"]
    assert {card.org.value[0] for card in cards} == {"安阳县审计局"}


def test_the_directory_workbook(run, directory, tmp_path) -> None:
    path = tmp_path / "通讯录.xlsx"
    code, _out, err = run("directory", "--xlsx", "-o", str(path))
    assert (code, err) == (0, "")
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[2][1] == "安阳县审计局" and "李二" in rows[2]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_the_meetings_report_is_written_as_pdf_or_xlsx(run, directory, tmp_path: Path,
                                                       suffix: str) -> None:
    path = tmp_path / f"年度{suffix}"
    code, out, err = run("meetings", "report", "--year", "2026", "-o", str(path))
    assert (code, err) == (0, "") and str(path) in out
    if suffix == ".pdf":
        text = document_text(path.read_bytes())
        assert "2026年度联席会议工作情况" in text and "开展专项检查" in text
    else:
        figures = {row[0]: row[1] for row in load_workbook(path).worksheets[0].iter_rows(
            min_row=3, values_only=True)}
        assert figures["召开联席会议（次）"] == 1 and figures["其中：逾期（项）"] == 1


@pytest.mark.parametrize("args", [
    ("directory", "--on", "2026-02-30"), ("directory", "--vcard"),
    ("directory", "--xlsx", "-o", "x.vcf"), ("directory", "-o", "x.vcf"),
    ("directory", "--vcard", "--xlsx", "-o", "x.vcf"),
    ("meetings", "report", "--year", "2026"), ("meetings", "report", "--year", "26", "-o",
                                               "x.pdf"),
    ("meetings", "report", "--year", "2026", "-o", "x.docx")])
def test_bad_input_is_one_chinese_line_and_exit_two(run, office_db, args) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    one_chinese_line(err)
