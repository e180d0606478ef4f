"""``jianguan report annual``: the year's report as a PDF, its figures as a workbook (``--xlsx``
alone: -o is the workbook; ``--xlsx FILE``: both), a wrong year or a missing -o as one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from jianguan_desktop import cli
from tests.conftest import OFFICE_NAME
from tests.integration import test_cli
from tests.integration.test_annual_report import COMPLAINTS
from tests.integration.test_statistics import handled
from tests.pdf_helpers import document_text, squeeze

run = test_cli.run  # the fixture running ``jianguan --db <test database> ...`` in-process

__all__ = ["handled", "run"]


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _sheets(path: Path) -> list[str]:
    return load_workbook(path).sheetnames


def test_the_annual_report_is_written_as_a_pdf(run, handled, tmp_path: Path) -> None:
    out = tmp_path / "年度报告.pdf"
    code, stdout, err = run("report", "annual", "--year", "2026", "-o", str(out))
    assert code == 0 and err == "" and str(out) in stdout
    text = document_text(out.read_bytes())
    assert squeeze(OFFICE_NAME + "2026年度公共资源交易监管工作情况报告") in text
    assert COMPLAINTS in text and "草稿" in text


@pytest.mark.parametrize("flag_last", [False, True])
def test_xlsx_alone_writes_the_workbook_to_the_output(run, handled, tmp_path: Path,
                                                      flag_last: bool) -> None:
    out = tmp_path / "数据.xlsx"
    args = ["-o", str(out), "--xlsx"] if flag_last else ["--xlsx", "-o", str(out)]
    code, stdout, err = run("report", "annual", "--year", "2026", *args)
    assert code == 0 and err == "" and str(out) in stdout
    assert _sheets(out)[:2] == ["2026年各月投诉举报情况", "2026年各月信用名单情况"]
    assert not list(tmp_path.glob("*.pdf"))


def test_an_output_ending_in_xlsx_is_the_workbook(run, handled, tmp_path: Path) -> None:
    out = tmp_path / "数据.xlsx"
    assert run("report", "annual", "--year", "2026", "-o", str(out))[0] == 0
    assert _sheets(out)[0] == "2026年各月投诉举报情况"


def test_xlsx_with_a_file_writes_both(run, handled, tmp_path: Path) -> None:
    pdf, workbook = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    code, stdout, err = run("report", "annual", "--year", "2026", "-o", str(pdf),
                            "--xlsx", str(workbook))
    assert code == 0 and err == "" and str(pdf) in stdout and str(workbook) in stdout
    assert pdf.read_bytes().startswith(b"%PDF") and len(_sheets(workbook)) == 6


def test_another_offices_figures_are_none(run, handled, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert run("report", "annual", "--year", "2026", "--office", "410523", "-o",
               str(out))[0] == 0
    assert document_text(out.read_bytes()).count("本年度无相关记录。") == 6


def test_a_wrong_year_or_no_output_is_one_line(run, handled, tmp_path: Path) -> None:
    code, _out, err = run("report", "annual", "--year", "二〇二六", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "2026" in _one_line(err) and not (tmp_path / "x.pdf").exists()
    code, _out, err = run("report", "annual", "--year", "2026")
    assert code == cli.EXIT_USAGE and "-o" in _one_line(err)
    code, _out, err = run("report")
    assert code == cli.EXIT_USAGE and "--help" in _one_line(err)
