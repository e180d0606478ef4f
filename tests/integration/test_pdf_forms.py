"""Forms rendered to PDF and read back as a clerk checks paper: every text is there, the page
is A4 with the margins, grid, 版头, signature, 版记 and page numbers of GB/T 9704-2012, long
tables run over pages with their header, nothing is clipped, blank fields get a line.
"""

from __future__ import annotations

import itertools
import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from jianguan_desktop.errors import UserError
from jianguan_desktop.io.pdf.document import (
    FormDocument,
    Heading,
    Imprint,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.io.pdf.fonts import FontRole, default_fonts
from jianguan_desktop.io.pdf.render import render_pdf, render_pdf_to, write_pdf_bytes
from tests.pdf_helpers import (
    LONG_PARAGRAPH,
    MM,
    PAGE_NUMBER,
    RARE_NAME,
    TextRun,
    document_text,
    lines_of,
    metadata,
    page_sizes_mm,
    page_texts,
    rules,
    sample_list,
    sample_notice,
    squeeze,
    text_runs,
    unmapped_characters,
)

BODY_TOP, BODY_LEFT, BODY_WIDTH, BODY_HEIGHT = 37.0, 28.0, 156.0, 225.0
BODY_RIGHT, BODY_BOTTOM = BODY_LEFT + BODY_WIDTH, BODY_TOP + BODY_HEIGHT
BODY_CENTRE = BODY_LEFT + BODY_WIDTH / 2  # 106 mm: centred means in the text block
CELL_MM = BODY_WIDTH / 28  # one character of the 28-character grid
PITCH_MM = BODY_HEIGHT / 22
EM_TOP = 0.88  # the glyph box reaches 0.88 of the size above the baseline


@pytest.fixture(scope="module")
def notice_pdf() -> bytes:
    return render_pdf(sample_notice())


@pytest.fixture(scope="module")
def list_pdf() -> bytes:
    return render_pdf(sample_list(300))


def glyph_top(run: TextRun) -> float:
    """Distance (mm) from the page top to the top of the run's glyph box."""
    return run.top - EM_TOP * run.size / MM


def body_lines(pdf: bytes, page: int) -> list[list[TextRun]]:
    """The lines of 3号 text of a page (no page number, no table cells)."""
    runs = [run for run in text_runs(pdf)[page - 1] if abs(run.size - 16) < 0.01]
    return lines_of(runs)


def test_every_text_of_the_notice_comes_out(notice_pdf: bytes) -> None:
    # GIVEN a notice WHEN it is rendered and read back THEN each of its texts is there
    text = document_text(notice_pdf)
    for piece in sample_notice().all_text():
        assert squeeze(piece) in text, piece
    assert "2026年11月21日" in text  # 成文日期 as the standard writes it
    assert "抄送：县纪委监委，县财政局。" in text
    assert "2026年11月21日印发" in text


def test_notice_is_a4_portrait_with_its_properties(notice_pdf: bytes) -> None:
    for width, height in page_sizes_mm(notice_pdf):
        assert width == pytest.approx(210, abs=0.5)
        assert height == pytest.approx(297, abs=0.5)
    properties = metadata(notice_pdf)
    assert properties["Title"] == sample_notice().title
    assert properties["Author"] == "滑县公共资源交易监督管理办公室"
    assert properties["Subject"] == "通知"
    assert properties["Creator"] == "jianguan-desktop"


def test_body_sits_in_the_text_block_on_the_grid(notice_pdf: bytes) -> None:
    # GIVEN the second page, which is all body text
    lines = body_lines(notice_pdf, 2)
    # THEN lines start at the binding margin of 28 mm (a paragraph's first line two
    # characters in), the first line's glyphs start just under the top margin of 37 mm,
    # lines are 225/22 mm apart, and full lines end at the right edge of the 156 mm block
    lefts = {round(line[0].left, 1) for line in lines}
    assert min(lefts) == pytest.approx(BODY_LEFT, abs=1)
    assert lefts <= {round(BODY_LEFT, 1), round(BODY_LEFT + 2 * CELL_MM, 1)}
    assert BODY_TOP <= glyph_top(lines[0][0]) <= BODY_TOP + 3
    gaps = [b[0].top - a[0].top for a, b in itertools.pairwise(lines)]
    assert all(gap == pytest.approx(PITCH_MM, abs=0.05) for gap in gaps[:10])
    full = [line for line in lines if len(squeeze("".join(r.text for r in line))) == 28]
    assert full, "a paragraph of Chinese sets 28 characters a line"
    for line in full:
        assert line[-1].right == pytest.approx(BODY_RIGHT, abs=0.5)


def test_a_page_of_body_text_has_22_lines_of_28_characters() -> None:
    # GIVEN a form of nothing but Chinese body text
    pdf = render_pdf(FormDocument(title="", blocks=(Paragraph(LONG_PARAGRAPH * 3,
                                                              indent=False),)))
    # THEN a full page holds 22 lines and each full line 28 characters
    lines = body_lines(pdf, 1)
    assert len(lines) == 22
    assert {len(squeeze("".join(r.text for r in line))) for line in lines} == {28}
    assert lines[-1][0].top < BODY_BOTTOM


def test_page_numbers_odd_right_even_left_under_the_text_block(notice_pdf: bytes) -> None:
    pages = text_runs(notice_pdf)
    assert len(pages) >= 2
    for number, runs in enumerate(pages, start=1):
        # GIVEN page n THEN "— n —" is printed in 4号, 7 mm under the text block
        found = [run for run in runs if PAGE_NUMBER.fullmatch(run.text.strip())]
        assert [run.text for run in found] == [f"— {number} —"]
        run = found[0]
        assert run.size == pytest.approx(14)
        assert glyph_top(run) == pytest.approx(BODY_BOTTOM + 7, abs=0.5)
        one_char = 14 / MM
        if number % 2:  # odd: right, one character in
            assert run.right == pytest.approx(BODY_RIGHT - one_char, abs=0.5)
        else:  # even: left, one character in
            assert run.left == pytest.approx(BODY_LEFT + one_char, abs=0.5)


def test_masthead_is_red_centred_35_mm_down_with_a_red_line(notice_pdf: bytes) -> None:
    runs = text_runs(notice_pdf)[0]
    mark = next(run for run in runs if run.text == "滑县公共资源交易监督管理办公室文件")
    number = next(run for run in runs if run.text == "滑监〔2026〕17号")
    assert glyph_top(mark) == pytest.approx(BODY_TOP + 35, abs=0.5)
    assert (mark.left + mark.right) / 2 == pytest.approx(BODY_CENTRE, abs=0.5)
    assert mark.left >= BODY_LEFT - 0.1 and mark.right <= BODY_RIGHT + 0.1
    assert (number.left + number.right) / 2 == pytest.approx(BODY_CENTRE, abs=0.5)
    assert number.top > mark.top
    red = [rule for rule in rules(notice_pdf)[0] if rule.color == (0.0, 1.0, 1.0, 0.0)]
    assert len(red) == 1
    assert red[0].left == pytest.approx(BODY_LEFT, abs=0.2)
    assert red[0].right == pytest.approx(BODY_RIGHT, abs=0.2)
    assert red[0].top > number.top


def test_title_is_centred_2hao_and_addressee_flush_left(notice_pdf: bytes) -> None:
    runs = text_runs(notice_pdf)[0]
    title = [run for run in runs if abs(run.size - 22) < 0.01]
    assert squeeze("".join(run.text for run in title)) == sample_notice().title
    for line in lines_of(title):
        assert (line[0].left + line[-1].right) / 2 == pytest.approx(BODY_CENTRE, abs=0.5)
    addressee = next(run for run in runs if run.text.startswith("各乡镇"))
    assert addressee.left == pytest.approx(BODY_LEFT, abs=0.2)
    assert addressee.text.endswith("：")


def test_headings_use_heiti_kaiti_and_fangsong() -> None:
    fonts = default_fonts()
    pdf = render_pdf(FormDocument(title="标题", blocks=(
        Heading("一、总体要求"), Heading("（一）工作目标"), Heading("1.加强监管"),
        Heading("（1）按时报送"))))
    runs = {run.text: run.font for run in text_runs(pdf)[0]}

    def family(role: FontRole) -> str:
        return fonts.font(role).font.face.name.decode("latin-1")

    assert family(FontRole.HEITI) in runs["一、总体要求"]
    assert family(FontRole.KAITI) in runs["（一）工作目标"]
    assert family(FontRole.FANGSONG) in runs["1.加强监管"]
    assert family(FontRole.FANGSONG) in runs["（1）按时报送"]


def test_seal_leaves_room_and_puts_the_date_four_characters_in(notice_pdf: bytes) -> None:
    runs = [run for page in text_runs(notice_pdf) for run in page]
    signed = next(run for run in runs if run.text == "2026年11月21日")
    signature = next(run for run in runs if run.text == "滑县公共资源交易监督管理办公室"
                     and run.size == 16 and run.page == signed.page)
    assert signed.right == pytest.approx(BODY_RIGHT - 4 * CELL_MM, abs=0.5)
    assert (signature.left + signature.right) / 2 == pytest.approx(
        (signed.left + signed.right) / 2, abs=0.5)
    assert signed.top - signature.top == pytest.approx(PITCH_MM, abs=0.05)
    above = [run for run in runs if run.page == signed.page and run.top < signature.top
             and run.size == 16]
    assert above, "the signature is never alone on its page"
    assert signature.top - max(run.top for run in above) == pytest.approx(4 * PITCH_MM,
                                                                         abs=0.05)


def test_without_seal_signature_two_characters_in_and_date_under_it() -> None:
    pdf = render_pdf(FormDocument(title="函", blocks=(Paragraph("正文。"),),
                                  signature="滑县公共资源交易监督管理办公室",
                                  signed_on=date(2026, 1, 5), seal=False))
    runs = text_runs(pdf)[0]
    signature = next(run for run in runs if run.text == "滑县公共资源交易监督管理办公室")
    signed = next(run for run in runs if run.text == "2026年1月5日")
    assert signature.right == pytest.approx(BODY_RIGHT - 2 * CELL_MM, abs=0.5)
    assert signed.left == pytest.approx(signature.left + 2 * CELL_MM, abs=0.5)


def test_imprint_rules_sit_at_the_foot_of_the_last_page(notice_pdf: bytes) -> None:
    last = len(page_sizes_mm(notice_pdf))
    runs = text_runs(notice_pdf)[last - 1]
    cc = next(run for run in runs if run.text.startswith("抄送："))
    assert cc.left == pytest.approx(BODY_LEFT + 14 / MM, abs=0.5)  # 左空一字
    page_rules = [rule for rule in rules(notice_pdf)[last - 1]
                  if rule.horizontal and rule.top > cc.top - PITCH_MM]
    assert all(rule.left == pytest.approx(BODY_LEFT, abs=0.1)
               and rule.right == pytest.approx(BODY_RIGHT, abs=0.1) for rule in page_rules)
    thickness = [round(rule.thickness, 2) for rule in sorted(page_rules, key=lambda r: r.top)]
    assert thickness == [0.35, 0.25, 0.35]
    bottom = max(page_rules, key=lambda rule: rule.top)
    assert bottom.top + bottom.thickness / 2 == pytest.approx(BODY_BOTTOM, abs=0.1)
    issued = next(run for run in runs if run.text == "2026年11月21日印发")
    issuer = next(run for run in runs if run.text == "滑县公共资源交易监督管理办公室"
                  and run.size == 14)
    one_char = 14 / MM
    assert issued.right == pytest.approx(BODY_RIGHT - one_char, abs=0.5)
    assert issuer.left == pytest.approx(BODY_LEFT + one_char, abs=0.5)


def test_imprint_goes_to_a_new_page_when_the_last_is_full() -> None:
    # GIVEN a body that fills its page to the last line
    pdf = render_pdf(FormDocument(title="", blocks=(Paragraph((LONG_PARAGRAPH * 2)[:22 * 28],
                                                              indent=False),),
                                  imprint=Imprint(cc=("县财政局",))))
    # THEN the 版记 is alone at the foot of a second page, nothing overlaps
    texts = page_texts(pdf)
    assert len(texts) == 2
    assert "抄送" in texts[1] and "抄送" not in texts[0]


def test_blank_field_prints_a_line_never_none(notice_pdf: bytes) -> None:
    text = document_text(notice_pdf)
    assert "None" not in text
    runs = [run for page in text_runs(notice_pdf) for run in page]
    label = next(run for run in runs if run.text == "联系电话：")
    fill = [rule for rule in rules(notice_pdf)[label.page - 1]
            if rule.horizontal and 0 < rule.top - label.top < 3 and rule.left > label.right]
    assert len(fill) == 1
    assert fill[0].right == pytest.approx(BODY_RIGHT, abs=0.2)
    answer = next(run for run in runs if run.text == "整改意见：")
    lines_below = [rule for rule in rules(notice_pdf)[answer.page - 1]
                   if rule.horizontal and 0 < rule.top - answer.top < 3 * PITCH_MM]
    assert len(lines_below) == 3  # lines=3: the rest of its line and two more


def test_rare_characters_are_real_glyphs_and_read_back_as_text(notice_pdf: bytes) -> None:
    # GIVEN names with characters outside the common set (𠮷 is beyond U+FFFF)
    # THEN every character is drawn with a real outline from an embedded font
    assert unmapped_characters(notice_pdf, RARE_NAME) == set()
    # AND copying the text out of the PDF gives the same characters back
    assert squeeze(RARE_NAME) in document_text(notice_pdf)


def test_every_character_of_the_notice_has_a_glyph(notice_pdf: bytes) -> None:
    assert unmapped_characters(notice_pdf, "".join(sample_notice().all_text())) == set()


def test_a_character_without_a_glyph_is_noticed() -> None:
    # GIVEN a private-use character no font has
    pdf = render_pdf(FormDocument(title="标题", blocks=(Paragraph("甲\U0010FFFD乙"),)))
    # THEN the PDF still renders and the check names that character
    assert unmapped_characters(pdf, "甲\U0010FFFD乙") == {"\U0010FFFD"}
    assert default_fonts().missing("甲\U0010FFFD乙") == "\U0010FFFD"


def test_long_table_repeats_its_header_on_every_page(list_pdf: bytes) -> None:
    sizes = page_sizes_mm(list_pdf)
    assert len(sizes) > 3
    for width, height in sizes:  # landscape A4
        assert (width, height) == (pytest.approx(297, abs=0.5), pytest.approx(210, abs=0.5))
    for number, text in enumerate(page_texts(list_pdf), start=1):
        flat = squeeze(text)
        for header in ("编号", "投诉人", "项目名称", "投诉事项", "受理日期"):
            assert header in flat, (number, header)
    text = document_text(list_pdf)
    for i in (1, 150, 300):
        assert f"某某县第{i}标段道路改造工程" in text


def test_list_keeps_to_its_margins(list_pdf: bytes) -> None:
    for page in rules(list_pdf):
        for rule in page:
            assert rule.left >= 19.5 and rule.right <= 297 - 19.5
            assert 19.5 <= rule.top <= 210 - 24.5


def test_a_2000_character_cell_is_never_clipped() -> None:
    # GIVEN a table cell far taller than a page
    sentence = "".join(f"第{i}条意见要求逐项整改并按期报送整改情况。" for i in range(1, 120))
    cell = (sentence * 2)[:2000]
    pdf = render_pdf(FormDocument(title="意见汇总", blocks=(
        Table(columns=(TableColumn("序号", 0.5), TableColumn("意见", 6)),
              rows=(("1", cell), ("2", "无"))),)))
    # THEN it runs over pages and all of it comes out
    assert len(page_sizes_mm(pdf)) >= 3
    text = document_text(pdf).replace("序号意见", "")
    assert cell in text
    assert text.endswith("2无")


def test_long_title_wraps_inside_the_text_block() -> None:
    title = "关于进一步加强和规范全县政府投资工程建设项目招标投标活动事中事后监督管理工作的补充通知"
    pdf = render_pdf(FormDocument(title=title))
    runs = [run for run in text_runs(pdf)[0] if abs(run.size - 22) < 0.01]
    assert squeeze("".join(run.text for run in runs)) == title
    assert len(lines_of(runs)) >= 2
    assert all(run.left >= BODY_LEFT and run.right <= BODY_RIGHT for run in runs)


def test_saving_writes_the_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "通知.pdf"
    assert render_pdf_to(sample_notice(), target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [path.name for path in tmp_path.iterdir()] == ["通知.pdf"]


def test_saving_into_a_missing_folder_says_so_in_chinese(tmp_path: Path) -> None:
    folder = tmp_path / "没有这个文件夹"
    with pytest.raises(UserError) as refused:
        render_pdf_to(sample_notice(), folder / "通知.pdf")
    assert str(folder) in str(refused.value)
    assert "文件夹" in str(refused.value)
    assert not folder.exists()


def test_a_file_that_cannot_be_replaced_is_left_alone(tmp_path: Path) -> None:
    # GIVEN a name already taken by a folder (like a file locked by a PDF viewer)
    (tmp_path / "通知.pdf").mkdir()
    with pytest.raises(UserError) as refused:
        render_pdf_to(sample_notice(), tmp_path / "通知.pdf")
    assert "PDF" in str(refused.value)
    assert [path.name for path in tmp_path.iterdir()] == ["通知.pdf"]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_a_saved_pdf_gets_the_mode_of_any_new_file(tmp_path: Path, umask: int) -> None:
    # GIVEN the user's umask
    previous = os.umask(umask)
    try:
        # WHEN a form is saved, and the same bytes are written by the preview's 另存为
        rendered = render_pdf_to(sample_notice(), tmp_path / "通知.pdf")
        copied = write_pdf_bytes(rendered.read_bytes(), tmp_path / "副本.pdf")
        expected = 0o666 & ~umask
        with (tmp_path / "对照.txt").open("w"):
            pass
    finally:
        os.umask(previous)
    # THEN both files may be read by whoever may read any new file (not 0600)
    assert mode_of(tmp_path / "对照.txt") == expected
    assert mode_of(rendered) == expected
    assert mode_of(copied) == expected
    assert copied.read_bytes() == rendered.read_bytes()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_replacing_a_pdf_keeps_its_mode(tmp_path: Path) -> None:
    # GIVEN a PDF the clerk made readable only by the owner
    target = tmp_path / "通知.pdf"
    target.write_bytes(b"%PDF-old")
    target.chmod(0o600)
    # WHEN it is saved again THEN it is replaced and keeps that mode, as open() would
    write_pdf_bytes(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert mode_of(target) == 0o600


def test_writing_pdf_bytes_says_what_went_wrong_in_chinese(tmp_path: Path) -> None:
    # GIVEN a folder that does not exist, and a name that is taken by a folder
    folder = tmp_path / "没有这个文件夹"
    with pytest.raises(UserError) as missing:
        write_pdf_bytes(b"%PDF-", folder / "通知.pdf")
    (tmp_path / "通知.pdf").mkdir()
    with pytest.raises(UserError) as locked:
        write_pdf_bytes(b"%PDF-", tmp_path / "通知.pdf")
    # THEN each says so in Chinese, about a PDF and a viewer (not Excel), and leaves nothing
    assert str(folder) in str(missing.value) and "文件夹" in str(missing.value)
    assert "PDF" in str(locked.value) and "Excel" not in str(locked.value)
    assert [path.name for path in tmp_path.iterdir()] == ["通知.pdf"]
