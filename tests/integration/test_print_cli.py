"""``jianguan print``: a notice or a register list as a PDF, the forms listed, one-line errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from jianguan_desktop import cli
from jianguan_desktop.services import notices
from jianguan_desktop.services.settings import set_setting
from tests.conftest import OFFICE_NAME
from tests.integration import test_cli
from tests.pdf_helpers import page_sizes_mm, page_texts, squeeze

run = test_cli.run  # the fixture running ``jianguan --db <test database> ...`` in-process
TITLE = "关于开展2026年度“双随机、一公开”抽查工作的通知"


@pytest.fixture
def with_notices(office_db, admin):
    """Two notices of 滑监 in 2026: number 17 signed 21 November, number 18 a draft."""
    set_setting(office_db, admin, "forms.doc_code", "滑监")
    today = date(2026, 11, 21)
    notices.create_notice(office_db, admin, {
        "title": TITLE, "addressee": "各乡镇人民政府，县直有关单位：", "doc_seq": 17,
        "doc_year": 2026, "signed_on": today, "status": "issued",
        "body": "一、抽查范围\n本年度完成交易的项目。"}, today=today)
    notices.create_notice(office_db, admin, {"title": "关于调整联络员的通知", "doc_seq": 18,
                                             "doc_year": 2026}, today=today)
    return office_db


def test_a_notice_prints_to_a_pdf_with_every_part(run, with_notices, tmp_path: Path) -> None:
    out = tmp_path / "通知.pdf"
    code, stdout, err = run("print", "notice", "滑监〔2026〕17号", "-o", str(out))
    assert code == 0 and err == "" and str(out) in stdout
    pdf = out.read_bytes()
    text = squeeze("".join(page_texts(pdf)))
    for part in (OFFICE_NAME + "文件", "滑监〔2026〕17号", TITLE, "各乡镇人民政府，县直有关单位：",
                 "一、抽查范围", "本年度完成交易的项目。", "2026年11月21日"):
        assert squeeze(part) in text
    assert all(round(w) == 210 and round(h) == 297 for w, h in page_sizes_mm(pdf))


def test_a_number_typed_with_square_brackets_is_found(run, with_notices,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "n.pdf"
    assert run("print", "notice", "滑监[2026]18号", "-o", str(out))[0] == 0
    assert "关于调整联络员的通知" in squeeze("".join(page_texts(out.read_bytes())))


def test_a_register_prints_as_a_landscape_list(run, with_notices, tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    code, _out, err = run("print", "list", "notices", "-o", str(out), "--search", "联络员")
    assert code == 0 and err == ""
    pdf = out.read_bytes()
    text = squeeze("".join(page_texts(pdf)))
    assert "发文登记一览表" in text and "关于调整联络员的通知" in text and TITLE not in text
    assert "检索“联络员”" in text and "共1条" in text
    width, height = page_sizes_mm(pdf)[0]
    assert round(width) == 297 and round(height) == 210


def test_print_list_names_each_form_and_its_reference(run) -> None:
    code, out, err = run("print", "--list")
    assert code == 0 and err == ""
    assert "notice" in out and "发文字号" in out and "list" in out
    code, out, _err = run("print", "--list", "--json")
    forms = {form["key"]: form for form in json.loads(out)}
    assert code == 0 and forms["notice"]["kind"] == "record"
    assert "notices" in forms["list"]["ref_label"]


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_a_missing_record_is_one_line_and_exit_1(run, with_notices, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code, _out, err = run("print", "notice", "滑监〔2026〕99号", "-o", str(out))
    assert code == 1 and _one_line(err) == "找不到编号为 滑监〔2026〕99号 的发文。"
    assert not out.exists()


def test_an_unknown_form_or_register_is_one_line(run, with_notices, tmp_path: Path) -> None:
    code, _out, err = run("print", "letter", "1", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "jianguan print --list" in _one_line(err)
    code, _out, err = run("print", "list", "no_such", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "notices" in _one_line(err)


def test_missing_output_is_a_usage_error(run, with_notices) -> None:
    code, _out, err = run("print", "notice", "滑监〔2026〕17号")
    assert code == cli.EXIT_USAGE and "-o" in _one_line(err)
    code, _out, err = run("print")
    assert code == cli.EXIT_USAGE and "--help" in _one_line(err)


def test_an_unwritable_output_is_one_line(run, with_notices, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    code, _out, err = run("print", "notice", "滑监〔2026〕17号", "-o",
                          str(blocked / "n.pdf"))
    assert code != 0 and str(blocked) in _one_line(err)
