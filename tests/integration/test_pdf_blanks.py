"""Parts of a form left blank to be filled in by hand: a notice without its 主送机关 gets a line
ending in "：", a missing date is printed "    年  月  日" with room to write, a missing 署名 a
line; a list, which has no 主送机关, gets none.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from jianguan_desktop.domain.doc_format import BLANK_CN_DATE
from jianguan_desktop.io.pdf.document import (
    FormDocument,
    Imprint,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.io.pdf.render import render_pdf
from tests.pdf_helpers import (
    MM,
    Rule,
    TextRun,
    document_text,
    page_sizes_mm,
    rules,
    sample_notice,
    text_runs,
)

BODY_LEFT, BODY_RIGHT = 28.0, 184.0
CELL_MM = 156 / 28
PITCH_MM = 225 / 22


def notice(**changes: object) -> FormDocument:
    """The sample notice (版头, 发文字号, 版记) with some parts left blank."""
    return replace(sample_notice(), **changes)  # type: ignore[arg-type]


def all_runs(pdf: bytes) -> list[TextRun]:
    return [run for page in text_runs(pdf) for run in page]


def rule_under(pdf: bytes, run: TextRun, *, before: bool) -> list[Rule]:
    """Horizontal rules on the run's line that end where it starts (``before``) or start
    where it ends."""
    found = []
    for rule in rules(pdf)[run.page - 1]:
        if not rule.horizontal or not 0 <= rule.top - run.top <= 2:
            continue
        if (before and rule.right <= run.left + 0.5) or (
                not before and rule.left >= run.right - 0.5):
            found.append(rule)
    return found


def test_a_notice_without_addressee_leaves_a_line_ending_in_a_colon() -> None:
    # GIVEN an official notice whose 主送机关 is not known yet
    pdf = render_pdf(notice(addressee=None))
    # THEN under the title, flush left, a line to write on is printed, ending in "："
    colon = next(run for run in text_runs(pdf)[0] if run.text == "：")
    line = rule_under(pdf, colon, before=True)
    assert len(line) == 1
    assert line[0].left == pytest.approx(BODY_LEFT, abs=0.2)
    assert line[0].right - line[0].left >= 8 * CELL_MM  # room for a name by hand
    title = [run for run in text_runs(pdf)[0] if abs(run.size - 22) < 0.01]
    assert colon.top > max(run.top for run in title)
    first_body = next(run for run in text_runs(pdf)[0] if run.text.startswith("为进一步"))
    assert first_body.top - colon.top == pytest.approx(PITCH_MM, abs=0.05)
    assert "None" not in document_text(pdf)


def test_a_list_has_no_addressee_line() -> None:
    # GIVEN a register printed as a list (landscape, no 版头)
    pdf = render_pdf(FormDocument(
        title="投诉举报登记簿", landscape=True, addressee=None,
        blocks=(Table(columns=(TableColumn("编号"), TableColumn("投诉人")),
                      rows=(("投诉〔2026〕1号", "张三"),)),)))
    # THEN nothing is left to fill in: no colon line, no rule outside the table's grid
    assert all(run.text != "：" for run in all_runs(pdf))
    assert "None" not in document_text(pdf)


def test_a_notice_without_date_prints_a_blank_date_under_the_signature() -> None:
    # GIVEN a notice to be dated when it is signed
    pdf = render_pdf(notice(signed_on=None))
    runs = all_runs(pdf)
    signature = next(run for run in runs if run.text == "滑县公共资源交易监督管理办公室"
                     and run.size == 16)
    # THEN the date is "    年  月  日", its blanks wide enough to write in, one line under
    # the 署名 and four characters in from the right, as a date would be
    blank = next(run for run in runs if run.text.strip() == BLANK_CN_DATE.strip()
                 and run.page == signature.page)
    assert blank.text == BLANK_CN_DATE == "    年  月  日"
    assert blank.top - signature.top == pytest.approx(PITCH_MM, abs=0.05)
    assert blank.right == pytest.approx(BODY_RIGHT - 4 * CELL_MM, abs=0.5)
    assert blank.right - blank.left >= 6 * CELL_MM


def test_a_notice_without_issue_date_prints_a_blank_one_in_the_imprint() -> None:
    pdf = render_pdf(notice(imprint=Imprint(cc=("县财政局",), issuer="滑县监管办",
                                            issued_on=None)))
    last = text_runs(pdf)[len(page_sizes_mm(pdf)) - 1]
    issued = next(run for run in last if run.text.endswith("印发"))
    assert issued.text == BLANK_CN_DATE + "印发" == "    年  月  日印发"
    assert issued.right == pytest.approx(BODY_RIGHT - 14 / MM, abs=0.5)  # 右空一字
    assert any(run.text == "滑县监管办" for run in last)


def test_a_notice_without_signature_leaves_a_line_above_the_date() -> None:
    # GIVEN an official notice whose 署名 is left to be written by hand
    pdf = render_pdf(notice(signature=None))
    runs = all_runs(pdf)
    signed = next(run for run in runs if run.text == "2026年11月21日")
    # THEN a line is drawn one line above the date, centred over it
    line = [rule for rule in rules(pdf)[signed.page - 1] if rule.horizontal
            and 0 < signed.top - rule.top < PITCH_MM + 1 and signed.top - rule.top > 2]
    assert len(line) == 1
    assert (line[0].left + line[0].right) / 2 == pytest.approx(
        (signed.left + signed.right) / 2, abs=0.5)


def test_a_plain_form_without_signature_or_date_prints_neither() -> None:
    # GIVEN a form with no 版头, 署名 or date (not an official document)
    pdf = render_pdf(FormDocument(title="情况说明", blocks=(Paragraph("正文。"),)))
    # THEN no blank date and no lines are added
    assert "年月日" not in document_text(pdf)
    assert not [rule for page in rules(pdf) for rule in page]


def test_an_imprint_without_issuer_leaves_a_line_for_it() -> None:
    pdf = render_pdf(notice(imprint=Imprint(cc=("县财政局",), issuer=None,
                                            issued_on=None)))
    last = len(page_sizes_mm(pdf))
    issued = next(run for run in text_runs(pdf)[last - 1] if run.text.endswith("印发"))
    # THEN left of the blank date, one character in, a line to write the 印发机关 on
    line = rule_under(pdf, issued, before=True)
    assert len(line) == 1
    assert line[0].left == pytest.approx(BODY_LEFT + 14 / MM, abs=0.5)
    assert line[0].right < issued.left
