"""Print preview of any form: pages and zoom, printing through the Qt print dialog, save as PDF.

:class:`PrintPreviewDialog` shows finished PDF bytes; :func:`show_form_preview` and
:func:`show_list_preview` render a form or a register view in the background first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.render import render_pdf, write_pdf_bytes
from jianguan_desktop.services import forms
from jianguan_desktop.services.progress import Cancelled, Progress
from jianguan_desktop.services.tables import get_table
from jianguan_desktop.ui.background import BackgroundTask, run_in_background
from jianguan_desktop.ui.widgets import (
    ask_save_path,
    documents_folder,
    error_label,
    safe_file_name,
    set_message,
)

if TYPE_CHECKING:
    from jianguan_desktop.services.tables import TableQuery
    from jianguan_desktop.ui.pages import AppContext

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
DESK_COLOUR = "#7d8288"  # the grey the pages lie on
MAX_PRINT_DPI = 600  # a page image at more than this only costs memory (A4 at 600 dpi: 140 MB)
POINTS_PER_INCH = 72.0


class PrintPreviewDialog(QDialog):
    """A finished PDF on screen, page after page, with printing and saving.

    The PDF is read from a buffer that lives as long as the dialog (Qt reads it lazily).
    """

    def __init__(self, parent: QWidget | None, title: str, pdf: bytes,
                 suggested_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Print preview — {title}").format(title=title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.title = title
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_path: Path | None = None

        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(16)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor(DESK_COLOUR))  # around the pages
        self.view.setPalette(palette)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page)
        self.view.viewport().installEventFilter(self)

        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._add_shortcuts()

        if self.document.status() != QPdfDocument.Status.Ready:
            set_message(self.message, tr("The form could not be shown: the PDF is damaged."))
            for button in (self.print_button, self.save_button):
                button.setEnabled(False)
        self._update_page()
        self._update_zoom()
        self.resize(self._initial_size())

    # --- building -------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        self.previous_button = self._button(tr("Previous page"), tr("Previous page (PgUp)"),
                                            self.previous_page)
        self.next_button = self._button(tr("Next page"), tr("Next page (PgDn)"), self.next_page)
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance(
            tr("Page {page} of {count}").format(page=888, count=888)) + 8)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = self._button(tr("Zoom out"), tr("Zoom out (Ctrl+-)"),
                                            self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400%")
                                        + 12)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._button(tr("Zoom in"), tr("Zoom in (Ctrl++)"), self.zoom_in)
        self.fit_width_button = self._button(tr("Fit width"), tr("Make the page as wide as "
                                                                  "the window"), self.fit_width)
        self.fit_page_button = self._button(tr("Whole page"), tr("Show the whole page in the "
                                                                 "window"), self.fit_page)
        self.actual_size_button = self._button("100%", tr("Actual size"), self.actual_size)
        self.print_button = self._button(tr("Print…"), tr("Print (Ctrl+P)"), self.print_clicked)
        self.save_button = self._button(tr("Save as PDF…"), tr("Save as a PDF file (Ctrl+S)"),
                                        self.save_clicked)
        self.close_button = self._button(tr("Close"), tr("Close the preview (Esc)"), self.reject)
        self.print_button.setDefault(True)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(18)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_page_button, self.fit_width_button, self.actual_size_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        return bar

    def _add_shortcuts(self) -> None:
        pairs: list[tuple[QKeySequence | str, Callable[[], Any]]] = [
            (QKeySequence(QKeySequence.StandardKey.Print), self.print_clicked),
            (QKeySequence(QKeySequence.StandardKey.Save), self.save_clicked),
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out),
        ]
        for sequence, slot in pairs:
            QShortcut(sequence, self, slot)

    def _initial_size(self) -> QSize:
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else QGuiApplication.primaryScreen())
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 900)
        width = min(1000, int(available.width() * 0.8))
        if self.page_count() and self._largest_page_width() > self._largest_page_height():
            width = min(1280, int(available.width() * 0.9))  # landscape lists want room
        return QSize(max(width, self.minimumSizeHint().width()),
                     int(available.height() * 0.9))

    # --- pages ----------------------------------------------------------------------------

    def page_count(self) -> int:
        """How many pages the PDF has."""
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page on show, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show a page (counted from 0; out-of-range numbers are clamped)."""
        if not self.page_count():
            return
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._update_page()

    def previous_page(self) -> None:
        """Go back one page."""
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        """Go on one page."""
        self.go_to_page(self.current_page() + 1)

    def page_text(self) -> str:
        """「第 1 / 3 页」."""
        return self.page_label.text()

    def _update_page(self, *_args: object) -> None:
        count = self.page_count()
        current = self.current_page()
        self.page_label.setText(tr("Page {page} of {count}").format(
            page=current + 1 if count else 0, count=count))
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < count - 1)

    # --- zoom -----------------------------------------------------------------------------

    def _largest_page_width(self) -> float:
        return max((self.document.pagePointSize(page).width()
                    for page in range(self.page_count())), default=0.0)

    def _largest_page_height(self) -> float:
        return max((self.document.pagePointSize(page).height()
                    for page in range(self.page_count())), default=0.0)

    def _screen_scale(self) -> float:
        return self.logicalDpiX() / POINTS_PER_INCH

    def zoom(self) -> float:
        """The zoom in force (1.0: the page at its real size), also while fitting the page."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        viewport = self.view.viewport()
        width = self._largest_page_width() * self._screen_scale()
        room = viewport.width() - margins.left() - margins.right()
        if width <= 0 or room <= 0:
            return 1.0
        factor = room / width
        if mode == QPdfView.ZoomMode.FitInView:
            height = self._largest_page_height() * self._screen_scale()
            tall = viewport.height() - margins.top() - margins.bottom()
            if height > 0 and tall > 0:
                factor = min(factor, tall / height)
        return factor

    def set_zoom(self, factor: float) -> None:
        """Show the pages at ``factor`` times their real size."""
        factor = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor))
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.go_to_page(page)
        self._update_zoom()

    def zoom_in(self) -> None:
        """The next larger step."""
        current = self.zoom()
        self.set_zoom(next((step for step in ZOOM_STEPS if step > current * 1.01),
                           ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        """The next smaller step."""
        current = self.zoom()
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < current * 0.99),
                           ZOOM_STEPS[0]))

    def actual_size(self) -> None:
        """The page at its real size."""
        self.set_zoom(1.0)

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        page = self.current_page()
        self.view.setZoomMode(mode)
        self.go_to_page(page)
        self._update_zoom()

    def fit_width(self) -> None:
        """The page as wide as the window (also when the window is resized)."""
        self._fit(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        """The whole page in the window (also when the window is resized)."""
        self._fit(QPdfView.ZoomMode.FitInView)

    def _update_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.zoom_label.setText(f"{round(self.zoom() * 100)}%")
        self.fit_width_button.setEnabled(mode != QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setEnabled(mode != QPdfView.ZoomMode.FitInView)
        self.zoom_in_button.setEnabled(self.zoom() < ZOOM_STEPS[-1] * 0.99)
        self.zoom_out_button.setEnabled(self.zoom() > ZOOM_STEPS[0] * 1.01)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._update_zoom()  # fitting the page changes the zoom with the window
        return super().eventFilter(watched, event)

    # --- saving ---------------------------------------------------------------------------

    def ask_save_path(self) -> Path | None:
        """Ask where to save the PDF (``None``: the user cancelled)."""
        return ask_save_path(self, tr("Save as PDF"),
                             documents_folder() / safe_file_name(self.suggested_name),
                             tr("PDF file (*.pdf)"), ".pdf")

    def save_clicked(self) -> None:
        """Ask for a file name, then write the PDF there."""
        path = self.ask_save_path()
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path``; a problem is said in the dialog."""
        try:
            write_pdf_bytes(self.pdf, path)
        except UserError as error:
            set_message(self.message, str(error))
            return False
        self.saved_path = path
        set_message(self.message, tr("Saved as {path}").format(path=path), good=True)
        return True

    # --- printing -------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set for this document (A4, the first page's orientation, the title)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFullPage(True)  # the PDF carries its own margins (GB/T 9704)
        if self.page_count():
            size = self.document.pagePointSize(0)
            printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "",
                                          QPageSize.SizeMatchPolicy.FuzzyOrientationMatch))
            printer.setPageOrientation(self._orientation(0))
        return printer

    def print_clicked(self) -> None:
        """The print dialog (printer, pages, copies), then print."""
        if not self.page_count():
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print"))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not printer.isValid():
            set_message(self.message, tr("No printer is available. Save the form as a PDF and "
                                         "print it on another computer."))
            return
        self.print_pages(printer, self.pages_to_print(printer))

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The pages the print dialog asked for, counted from 0."""
        count = self.page_count()
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            return [self.current_page()]
        if chosen == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
            return list(range(first - 1, last))
        return list(range(count))

    def _orientation(self, page: int) -> QPageLayout.Orientation:
        size = self.document.pagePointSize(page)
        return (QPageLayout.Orientation.Landscape if size.width() > size.height()
                else QPageLayout.Orientation.Portrait)

    def print_pages(self, printer: QPrinter, pages: list[int]) -> bool:
        """Print ``pages`` on ``printer``: each page is drawn at the printer's resolution (up to
        600 dpi) over the whole sheet, turned to landscape where the PDF page is wider than
        high. Returns whether anything was printed."""
        if not pages:
            return False
        printer.setFullPage(True)
        printer.setPageOrientation(self._orientation(pages[0]))
        painter = QPainter()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if not painter.begin(printer):
                set_message(self.message, tr("The printer could not be started. Check that it "
                                             "is switched on and try again."))
                return False
            try:
                for number, page in enumerate(pages):
                    if number:
                        printer.setPageOrientation(self._orientation(page))
                        printer.newPage()
                    self._paint_page(painter, printer, page)
            finally:
                painter.end()
        finally:
            QGuiApplication.restoreOverrideCursor()
        set_message(self.message, tr("{count} pages sent to the printer.").format(
            count=len(pages)), good=True)
        return True

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        sheet.moveTo(0, 0)
        points = self.document.pagePointSize(page)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        image = self.document.render(page, QSize(round(points.width() * dpi / POINTS_PER_INCH),
                                                 round(points.height() * dpi / POINTS_PER_INCH)))
        target = QSize(image.width(), image.height()).scaled(
            sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(sheet.topLeft(), target), image)


# --- opening a preview after rendering in the background ----------------------------------

def open_preview(parent: QWidget | None, title: str, pdf: bytes,
                 suggested_name: str) -> PrintPreviewDialog:
    """Show the preview dialog (modal to its window; it deletes itself when closed)."""
    dialog = PrintPreviewDialog(parent, title, pdf, suggested_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def preview_in_background(parent: QWidget | None, title: str,
                          render: Callable[[Progress], bytes],
                          suggested_name: str) -> BackgroundTask:
    """Run ``render`` (which must not touch widgets) off the GUI thread with a progress window,
    then show the preview; a UserError is shown as its message."""

    def job(progress: Progress) -> bytes:
        progress.report(0, 0, tr("Preparing “{title}”…").format(title=title))
        pdf = render(progress)
        progress.check_cancelled()
        return pdf

    def done(pdf: bytes) -> None:
        open_preview(parent, title, pdf, suggested_name)

    return run_in_background(parent, tr("Preparing “{title}”…").format(title=title), job, done)


def show_form_preview(parent: QWidget | None, ctx: AppContext, form_key: str,
                      ref: str) -> BackgroundTask:
    """Render the form ``form_key`` of the record ``ref`` and preview it."""
    database, actor = ctx.database, ctx.actor
    info = next((form for form in forms.list_forms() if form.key == form_key), None)
    title = str(info.title) if info is not None else form_key

    def render(_progress: Progress) -> bytes:
        return forms.render_form(database, actor, form_key, ref)

    return preview_in_background(parent, title, render, f"{title}-{ref}.pdf")


def show_list_preview(parent: QWidget | None, ctx: AppContext, table_key: str,
                      query: TableQuery | None = None,
                      columns: list[str] | None = None) -> BackgroundTask:
    """Preview a register view (its search, filters, sort and columns) as a printed list."""
    database, actor = ctx.database, ctx.actor
    title = get_table(table_key).title()

    def render(progress: Progress) -> bytes:
        document = forms.build_list_form(database, actor, table_key, query, columns)
        if progress.cancelled:
            raise Cancelled()
        return render_pdf(document)

    return preview_in_background(parent, title, render, f"{title}-{date.today():%Y%m%d}.pdf")
