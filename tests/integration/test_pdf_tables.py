"""Tables on paper: the header row once at the top of every page, however the rows fall; a tall
row split across pages without a second header; short rows never cut in two.
"""

from __future__ import annotations

import pytest

from jianguan_desktop.io.pdf.document import FormDocument, Paragraph, Table, TableColumn
from jianguan_desktop.io.pdf.render import render_pdf
from tests.pdf_helpers import document_text, lines_of, page_sizes_mm, text_runs

HEADERS = ("序号", "操作人", "变更内容")
COLUMNS = (TableColumn(HEADERS[0], 0.6, "center"), TableColumn(HEADERS[1], 1),
           TableColumn(HEADERS[2], 4))
CHANGE = ("主送机关：县公共资源交易监督联席会议各成员单位；"
          "正文：因人员调整，经研究，决定对联席会议成员进行调整。")


def header_counts(pdf: bytes) -> list[int]:
    """How many times each page prints the header row (its three headers on one line)."""
    counts = []
    for runs in text_runs(pdf):
        lines = ["".join(run.text for run in line) for line in lines_of(runs)]
        counts.append(sum(1 for line in lines if line.replace(" ", "") == "".join(HEADERS)))
    return counts


def listing(rows: tuple[tuple[str, str, str], ...], *, lead: int = 0) -> FormDocument:
    """A landscape list of ``rows`` after ``lead`` lines of text."""
    blocks = (Paragraph("说明。" * 40 * lead),) if lead else ()
    return FormDocument(title="审计日志一览表", landscape=True,
                        blocks=(*blocks, Table(columns=COLUMNS, rows=rows)))


@pytest.mark.parametrize("lead", [0, 1, 2, 3])
def test_a_tall_row_split_across_pages_keeps_one_header_per_page(lead: int) -> None:
    # GIVEN a short row followed by a row far taller than what is left of the page
    rows = (("1", "admin", "登录"), ("2", "admin", CHANGE * 12), ("3", "admin", "退出"))
    pdf = render_pdf(listing(rows, lead=lead))
    # THEN the tall row runs over pages, and every page shows the header exactly once
    assert len(page_sizes_mm(pdf)) >= 2
    assert header_counts(pdf) == [1] * len(page_sizes_mm(pdf))
    text = document_text(pdf).replace("".join(HEADERS), "")  # the row reads on over pages
    assert (CHANGE * 12) in text and text.endswith("3admin退出")


def test_many_rows_of_mixed_height_keep_one_header_per_page() -> None:
    # GIVEN 60 rows, every fifth one long (like the audit log of the demonstration data)
    rows = tuple((str(i), "admin", CHANGE * (6 if i % 5 == 0 else 1)) for i in range(1, 61))
    pdf = render_pdf(listing(rows))
    # THEN no page repeats the header and every row comes out
    assert header_counts(pdf) == [1] * len(page_sizes_mm(pdf))
    text = document_text(pdf)
    assert all(f"{i}admin" in text for i in range(1, 61))


def test_a_short_row_moves_to_the_next_page_whole() -> None:
    # GIVEN rows of three lines each, more than a page holds
    cell = "第一行\n第二行\n第三行"
    pdf = render_pdf(listing(tuple((str(i), "admin", cell) for i in range(1, 40))))
    # THEN no row is cut: each page has whole rows (three lines for each row number)
    for runs in text_runs(pdf):
        texts = [run.text for run in runs]
        assert texts.count("第一行") == texts.count("第三行")


# the audit list's columns: weights whose widths add up a hair wider than the page
AUDIT_COLUMNS = (TableColumn("序号", 36.8, "right"), TableColumn("时间", 118.4, "center"),
                 TableColumn("操作人", 85.4), TableColumn("操作", 48.8),
                 TableColumn("记录类别", 60.8), TableColumn("记录", 172.24150577068292),
                 TableColumn("变更内容", 206.0624312371913))
AUDIT_HEADERS = "".join(column.header for column in AUDIT_COLUMNS)


@pytest.mark.parametrize("short_rows", [4, 8, 12])
def test_a_tall_row_after_short_ones_in_the_audit_list_keeps_one_header_per_page(
        short_rows: int) -> None:
    # GIVEN an audit list: short rows, then a row with a ~600-character change that falls
    # near the foot of page 1 and must be split there
    short = ("2026-11-22 01:59", "admin", "登录", "用户账户", "1", "")
    rows = [(str(i), *short) for i in range(1, short_rows + 1)]
    rows.append((str(short_rows + 1), "2026-11-22 01:59", "admin", "新建", "发文", "6288dcf5",
                 CHANGE * 10))
    rows += [(str(i), *short) for i in range(short_rows + 2, short_rows + 5)]
    doc = FormDocument(title="审计日志一览表", landscape=True,
                       blocks=(Table(columns=AUDIT_COLUMNS, rows=tuple(rows), font_size=12),))
    pdf = render_pdf(doc)
    # THEN every page shows the header row exactly once, and every row comes out
    counts = []
    for runs in text_runs(pdf):
        lines = ["".join(run.text for run in line).replace(" ", "") for line in lines_of(runs)]
        counts.append(sum(1 for line in lines if line == AUDIT_HEADERS))
    assert counts == [1] * len(page_sizes_mm(pdf))
    text = document_text(pdf).replace(AUDIT_HEADERS, "")
    assert (CHANGE * 10) in text
    assert text.endswith(f"{short_rows + 4}2026-11-2201:59admin登录用户账户1")
