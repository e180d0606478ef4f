"""The print preview: page count and paging, zoom, save as PDF (same bytes), printing through the
print dialog to a PDF-file printer (page count, landscape pages, page range).

The PDFs are made here with reportlab, so the dialog is tested apart from the form renderer.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from jianguan_desktop.ui.print_preview import PrintPreviewDialog


def make_pdf(pages: int, landscape_pages: tuple[int, ...] = ()) -> bytes:
    """A PDF of ``pages`` A4 pages saying "Page n"; the numbers in ``landscape_pages``
    (from 1) are landscape."""
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        sheet.setPageSize(landscape(A4) if number in landscape_pages else A4)
        sheet.setFont("Helvetica", 36)
        sheet.drawString(100, 400, f"Page {number}")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def open_dialog(qtbot: QtBot, pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(None, "测试通知", pdf, "测试通知-1.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def print_to_file(monkeypatch: pytest.MonkeyPatch, target: Path,
                  page_range: tuple[int, int] | None = None) -> None:
    """Make the print dialog answer "Print" at once, to a PDF file instead of a printer."""

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(72)  # keeps the page images small; the layout is the same
        if page_range is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*page_range)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_the_preview_shows_the_page_count_and_pages_through(qtbot: QtBot) -> None:
    # GIVEN a 3-page form
    dialog = open_dialog(qtbot, make_pdf(3))
    # THEN the preview says it has 3 pages and shows the first
    assert dialog.page_count() == 3
    assert dialog.page_text() == "第 1 / 3 页"
    assert not dialog.previous_button.isEnabled()
    # WHEN the clerk goes to the next page twice
    dialog.next_button.click()
    dialog.next_button.click()
    # THEN the last page is on show and there is no next page
    assert dialog.page_text() == "第 3 / 3 页"
    assert not dialog.next_button.isEnabled()
    dialog.previous_button.click()
    assert dialog.page_text() == "第 2 / 3 页"


def test_zoom_buttons_change_the_size_of_the_pages(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, make_pdf(3))
    # GIVEN the whole page shown in the window
    assert not dialog.fit_page_button.isEnabled()
    whole_page = dialog.zoom()
    # WHEN the clerk asks for the real size
    dialog.actual_size_button.click()
    # THEN the zoom says 100%
    assert dialog.zoom_label.text() == "100%"
    # AND zooming in and out moves one step each way
    dialog.zoom_in_button.click()
    assert dialog.zoom_label.text() == "110%"
    assert dialog.view.zoomFactor() == pytest.approx(1.1)
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.zoom_label.text() == "90%"
    # AND "fit width" makes the page as wide as the window: larger than the whole page
    dialog.fit_width_button.click()
    assert not dialog.fit_width_button.isEnabled()
    assert dialog.zoom() > whole_page
    # AND "whole page" goes back to it
    dialog.fit_page_button.click()
    assert dialog.zoom() == pytest.approx(whole_page)
    assert dialog.zoom_label.text() == f"{round(whole_page * 100)}%"


def test_save_as_pdf_writes_the_same_bytes(qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = make_pdf(3)
    dialog = open_dialog(qtbot, pdf)
    asked: list[str] = []

    def choose(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "通知"), ""  # the clerk typed the name without .pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    # WHEN the clerk saves the preview as a PDF
    dialog.save_button.click()
    # THEN the file has .pdf added and holds exactly the previewed document
    target = tmp_path / "通知.pdf"
    assert target.read_bytes() == pdf
    assert asked[0].endswith("测试通知-1.pdf")
    assert dialog.message.text() == f"已保存为 {target}"
    # AND no temporary file is left beside it
    assert sorted(path.name for path in tmp_path.iterdir()) == ["通知.pdf"]


def test_saving_into_a_folder_that_is_gone_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, make_pdf(1))
    missing = tmp_path / "U盘" / "通知.pdf"
    # WHEN the chosen folder does not exist (the USB stick was pulled out)
    assert not dialog.save_to(missing)
    # THEN the dialog says so in Chinese and nothing is written
    assert f"文件夹 {missing.parent}" in dialog.message.text()
    assert "不存在" in dialog.message.text()
    assert not missing.parent.exists()


def test_printing_sends_every_page_to_the_printer(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a 3-page form whose second page is landscape
    dialog = open_dialog(qtbot, make_pdf(3, landscape_pages=(2,)))
    target = tmp_path / "printed.pdf"
    print_to_file(monkeypatch, target)
    # WHEN the clerk prints it
    dialog.print_button.click()
    # THEN the printer received 3 pages, the second turned to landscape
    pages = PdfReader(target).pages
    assert len(pages) == 3
    widths = [(float(page.mediabox.width), float(page.mediabox.height)) for page in pages]
    assert widths[0][0] < widths[0][1]
    assert widths[1][0] > widths[1][1]
    assert widths[2][0] < widths[2][1]
    assert dialog.message.text() == "已将 3 页送往打印机。"


def test_printing_a_page_range(qtbot: QtBot, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, make_pdf(3))
    target = tmp_path / "printed.pdf"
    # WHEN the clerk asks the print dialog for pages 2 to 3
    print_to_file(monkeypatch, target, page_range=(2, 3))
    dialog.print_button.click()
    # THEN exactly those two pages are printed
    assert len(PdfReader(target).pages) == 2
