"""The pieces a form page is made of, as reportlab flowables: text set on the grid, the 版头,
the signature block, the 版记 at the foot of the last page, and tables of wrapped cells.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, FrameBreak, TableStyle
from reportlab.platypus import Table as RLTable

from jianguan_desktop.io.pdf.document import Table
from jianguan_desktop.io.pdf.fonts import FontRole, FontSet
from jianguan_desktop.io.pdf.layout import (
    BODY_CELL,
    EM_ASCENT,
    IMPRINT_THICK,
    IMPRINT_THIN,
    ISSUER_BLANK_CELLS,
    LINE_PITCH,
    NUMBER_GAP_LINES,
    ORGAN_MARK_DROP,
    ORGAN_MARK_MIN_SCALE,
    RED,
    RED_LINE_GAP,
    RED_LINE_WIDTH,
    TABLE_GRID_WIDTH,
    TABLE_HEADER_BACKGROUND,
    TABLE_SIZE,
    TITLE_GAP_LINES,
    Line,
    TextStyle,
    balance_lines,
    baseline_drop,
    break_lines,
    glyphs_of,
    line_start,
    spacing,
)

BOLD_STROKE = 0.03  # synthetic bold: outline width as a fraction of the size


def draw_lines(canvas: Canvas, lines: Sequence[Line], style: TextStyle, x: float,
               top: float, *, scale: float = 100.0) -> None:
    """Draw set lines, one per line of the grid, the first line's box starting at ``top``."""
    canvas.saveState()
    canvas.setFillColor(style.color)
    if style.bold:
        canvas.setStrokeColor(style.color)
        canvas.setLineWidth(style.size * BOLD_STROKE)
    text = canvas.beginText()
    if style.bold:
        text.setTextRenderMode(2)  # fill and stroke
    if scale != 100.0:
        text.setHorizScale(scale)
    rules = []
    for number, line in enumerate(lines):
        baseline = top - number * style.pitch - baseline_drop(style)
        char_space, word_space = spacing(line, style)
        start = x + line_start(line, style)
        if line.lead_rule:  # a blank to write on, then the text
            rules.append((start, start + line.lead_rule, baseline))
            start += line.lead_rule
        text.setTextOrigin(start, baseline)
        text.setCharSpace(char_space)
        text.setWordSpace(word_space)  # PDF applies it to code 32, the subsets' space
        font = None
        run = ""
        for glyph in line.glyphs:
            if glyph.font is not font:
                if run:
                    text.textOut(run)
                font, run = glyph.font, ""
                text.setFont(font.name, style.size)
            run += glyph.ch
        if run:
            text.textOut(run)
        if line.fill_rule:  # a gap of a quarter character after the label, if any
            used = sum(g.width + char_space for g in line.glyphs) * scale / 100.0
            gap = style.size * 0.25 if line.glyphs else 0.0
            rules.append((start + used + gap, x + line.indent + line.room, baseline))
    canvas.drawText(text)
    canvas.setStrokeColor(style.color)
    canvas.setLineWidth(0.6)
    for left, right, baseline in rules:  # lines to fill in by hand
        rule_y = baseline - (1 - EM_ASCENT) * style.size
        canvas.line(left, rule_y, right, rule_y)
    canvas.restoreState()


class TextBlock(Flowable):
    """Text set on the grid; breaks between lines when a page is full."""

    def __init__(self, text: str, style: TextStyle, fonts: FontSet, *,
                 first_indent: float = 0.0, indent: float = 0.0, right_indent: float = 0.0,
                 hang: float = 0.0, fill_rule: bool = False, blank_lines: int = 0,
                 lead_rule: float = 0.0, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text, self.style, self.fonts = text, style, fonts
        self.options = dict(first_indent=first_indent, indent=indent,
                            right_indent=right_indent, hang=hang)
        self.fill_rule, self.blank_lines, self.lead_rule = fill_rule, blank_lines, lead_rule
        self._fixed = lines  # a part after a page break keeps the lines it was given
        self._lines: list[Line] = []
        self._laid_width: float | None = None

    def _layout(self, width: float) -> list[Line]:
        if self._fixed is not None:
            return self._fixed
        if self._laid_width != width:
            if self.style.align == "center":
                lines = balance_lines(self.text, self.style, self.fonts, width)
            else:
                options = dict(self.options)
                options["first_indent"] += self.lead_rule  # the blank takes room on line one
                lines = break_lines(self.text, self.style, self.fonts, width, **options)
            if self.lead_rule and lines:
                lines[0].indent -= self.lead_rule
                lines[0].lead_rule = self.lead_rule
            if self.fill_rule and lines:
                lines[-1].fill_rule = True
            indent = self.options["indent"]
            lines += [Line([], indent, width - indent, False, fill_rule=True)
                      for _ in range(self.blank_lines)]
            self._lines, self._laid_width = lines, width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.pitch
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # a table splits a cell with the column's width, not the padded one it wrapped in
        lines = self._layout(self._laid_width or availWidth)
        fit = int((availHeight + 0.01) // self.style.pitch)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        return [self._part(lines[:fit]), self._part(lines[fit:])]

    def split_tail(self, width: float, count: int) -> tuple[TextBlock | None, TextBlock]:
        """The block cut before its last ``count`` lines (the head is ``None`` when the
        block is no longer than that)."""
        lines = self._layout(width)
        if len(lines) <= count:
            return None, self
        return self._part(lines[:-count]), self._part(lines[-count:])

    def _part(self, lines: list[Line]) -> TextBlock:
        return TextBlock(self.text, self.style, self.fonts, lines=lines, **self.options)

    def draw(self) -> None:
        draw_lines(self.canv, self._layout(self.width), self.style, 0, self.height)


CODE_BACKGROUND = Color(0.94, 0.94, 0.94)
CODE_PADDING = 4.0  # points of background around the text, left and right


class CodeBlock(TextBlock):
    """Text set as written (a :class:`~jianguan_desktop.io.pdf.document.Code` block) on a
    light background; breaks between lines when a page is full, each part on its own
    background."""

    def __init__(self, text: str, style: TextStyle, fonts: FontSet, *,
                 lines: list[Line] | None = None) -> None:
        super().__init__(text, style, fonts, indent=CODE_PADDING, right_indent=CODE_PADDING,
                         lines=lines)

    def _part(self, lines: list[Line]) -> TextBlock:
        return CodeBlock(self.text, self.style, self.fonts, lines=lines)

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(CODE_BACKGROUND)
        self.canv.setStrokeColor(CODE_BACKGROUND)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self.canv.restoreState()
        super().draw()


class Masthead(Flowable):
    """版头 (GB/T 9704-2012, 7.2): the 发文机关标志 in red, the 发文字号 under it and the red
    separator line, then the two blank lines above the title."""

    def __init__(self, organ_mark: str, doc_number: str | None, fonts: FontSet,
                 mark_style: TextStyle, number_style: TextStyle) -> None:
        super().__init__()
        self.organ_mark, self.doc_number, self.fonts = organ_mark, doc_number, fonts
        self.mark_style, self.number_style = mark_style, number_style

    def _mark(self, width: float) -> tuple[list[Line], float, TextStyle]:
        """The mark on one line: narrowed down to 55 %, then smaller, to fit the width."""
        style = self.mark_style
        glyphs = glyphs_of(self.organ_mark, style, self.fonts)
        natural = sum(g.width for g in glyphs) + style.tracking * max(len(glyphs) - 1, 0)
        scale = min(100.0, 100.0 * width / natural) if natural else 100.0
        if scale < ORGAN_MARK_MIN_SCALE:
            shrink = scale / ORGAN_MARK_MIN_SCALE
            style = TextStyle(style.role, style.size * shrink, style.size * shrink,
                              style.tracking * shrink, "left", style.color, style.bold)
            glyphs = glyphs_of(self.organ_mark, style, self.fonts)
            scale = ORGAN_MARK_MIN_SCALE
        natural = sum(g.width for g in glyphs) + style.tracking * max(len(glyphs) - 1, 0)
        shown = natural * scale / 100.0
        line = Line(glyphs, (width - shown) / 2, shown, False)
        return [line], scale, TextStyle(style.role, style.size, style.size, style.tracking,
                                        "left", style.color, style.bold)

    def _height(self) -> float:
        mark_height = self._mark(self.width)[2].size
        number = (NUMBER_GAP_LINES + 1) * LINE_PITCH if self.doc_number else 0.0
        return (ORGAN_MARK_DROP + mark_height + number + RED_LINE_GAP + RED_LINE_WIDTH
                + TITLE_GAP_LINES * LINE_PITCH)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._height()
        return availWidth, self.height

    def draw(self) -> None:
        canvas, width = self.canv, self.width
        lines, scale, style = self._mark(width)
        top = self.height - ORGAN_MARK_DROP
        # the mark's glyph box starts at its top edge (the pitch equals the size)
        draw_lines(canvas, lines, style, 0, top, scale=scale)
        below = top - style.size
        if self.doc_number:
            number_top = below - NUMBER_GAP_LINES * LINE_PITCH
            number_lines = break_lines(self.doc_number, self.number_style, self.fonts, width)
            draw_lines(canvas, number_lines, self.number_style, 0, number_top)
            # the red line goes 4 mm under the number's glyph box
            box_bottom = (number_top - baseline_drop(self.number_style)
                          - (1 - EM_ASCENT) * self.number_style.size)
            below = box_bottom
        line_y = below - RED_LINE_GAP - RED_LINE_WIDTH / 2
        canvas.saveState()
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(RED_LINE_WIDTH)
        canvas.line(0, line_y, width, line_y)
        canvas.restoreState()


class SignatureBlock(Flowable):
    """发文机关署名 and 成文日期 (GB/T 9704-2012, 7.3.5): with a seal, the date 右空四字 and the
    署名 centred over it, with room above for the seal; without, the 署名 右空二字 and the
    date two characters further right (or 右空二字 when it is the longer). A 署名 left
    blank (``blank_signature`` points wide) is a line to sign on."""

    def __init__(self, signature: str | None, date_text: str | None, seal: bool,
                 fonts: FontSet, style: TextStyle, gap_lines: int, *,
                 blank_signature: float = 0.0) -> None:
        super().__init__()
        self.seal, self.fonts, self.style, self.gap_lines = seal, fonts, style, gap_lines
        self.rows = [self._line(signature, blank_signature), self._line(date_text, 0.0)]

    def _line(self, text: str | None, blank: float) -> Line | None:
        if text:
            return Line(glyphs_of(text, self.style, self.fonts), 0.0, 0.0, False)
        return Line([], 0.0, 0.0, False, lead_rule=blank) if blank else None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        rows = sum(1 for row in self.rows if row is not None)
        self.height = (self.gap_lines + rows) * self.style.pitch
        return availWidth, self.height

    def positions(self, width: float) -> tuple[float, float]:
        """Left edges of the 署名 and the date."""
        cell = BODY_CELL
        signature_w, date_w = (row.natural_width(self.style.tracking) if row else 0.0
                               for row in self.rows)
        if self.seal:
            date_x = width - 4 * cell - date_w
            signature_x = date_x + (date_w - signature_w) / 2
            signature_x = max(0.0, min(signature_x, width - signature_w))
            return signature_x, date_x
        signature_x = width - 2 * cell - signature_w
        date_x = signature_x + 2 * cell
        if date_x + date_w > width - 2 * cell:
            date_x = width - 2 * cell - date_w
            signature_x = date_x - 2 * cell
        return max(0.0, signature_x), max(0.0, date_x)

    def draw(self) -> None:
        top = self.height - self.gap_lines * self.style.pitch
        for row, x in zip(self.rows, self.positions(self.width), strict=True):
            if row is not None:
                row.room = self.width
                draw_lines(self.canv, [row], self.style, x, top)
                top -= self.style.pitch


class ImprintBlock(Flowable):
    """版记 (GB/T 9704-2012, 7.4) at the foot of the last page: 抄送 and 印发机关/印发日期
    between rules, the last rule on the bottom edge of the text block. It takes the rest of
    the page, or goes to a new one when there is not room for it. A 印发机关 left blank is a
    line to write on (the blank date is the caller's text)."""

    def __init__(self, cc: Sequence[str], issuer: str | None, issued_text: str,
                 fonts: FontSet, style: TextStyle) -> None:
        super().__init__()
        self.cc, self.fonts, self.style = list(cc), fonts, style
        blank = 0.0 if issuer else ISSUER_BLANK_CELLS * style.size
        self.issuer = Line(glyphs_of(issuer or "", style, fonts), 0, 0, False, lead_rule=blank)
        self.issued = Line(glyphs_of(issued_text, style, fonts), 0, 0, False)
        self._cc_lines: list[Line] = []

    def _rows(self, width: float) -> int:
        """Lines of the 版记: the 抄送 (set for ``width``) and the 印发 row."""
        cell = self.style.size  # 左右各空一字 in the imprint's 4号
        self._cc_lines = []
        if self.cc:
            label = "抄送："
            hang = sum(g.width for g in glyphs_of(label, self.style, self.fonts))
            hang += self.style.tracking * len(label)
            text = label + "，".join(self.cc) + "。"
            self._cc_lines = break_lines(text, self.style, self.fonts, width, indent=cell,
                                         right_indent=cell, hang=hang)
        return len(self._cc_lines) + 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        needed = self._rows(availWidth) * self.style.pitch + IMPRINT_THICK
        self.height = availHeight if availHeight >= needed else needed
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # never split: the whole 版记 goes on the next page

    def draw(self) -> None:
        canvas, width, pitch = self.canv, self.width, self.style.pitch
        self._rows(width)
        canvas.saveState()
        canvas.setStrokeColor(self.style.color)
        y = IMPRINT_THICK / 2  # the last rule lies on the bottom edge of the text block
        canvas.setLineWidth(IMPRINT_THICK)
        canvas.line(0, y, width, y)
        row_top = pitch + IMPRINT_THICK / 2
        cell = self.style.size
        for line in (self.issuer, self.issued):
            line.room = width
        draw_lines(canvas, [self.issuer], self.style, cell, row_top)
        issued_x = width - cell - self.issued.natural_width(self.style.tracking)
        draw_lines(canvas, [self.issued], self.style, issued_x, row_top)
        y = row_top
        if self._cc_lines:
            canvas.setLineWidth(IMPRINT_THIN)
            canvas.line(0, y, width, y)
            top = y + len(self._cc_lines) * pitch
            draw_lines(canvas, self._cc_lines, self.style, 0, top)
            y = top
        canvas.setLineWidth(IMPRINT_THICK)
        canvas.line(0, y, width, y)
        canvas.restoreState()


# --- tables --------------------------------------------------------------------------------

CELL_PADDING = (3.0, 4.0, 4.0, 4.0)  # top, right, bottom, left
CELL_LEADING = 1.35  # line pitch in a cell, times the size
WIDTH_TOLERANCE = 0.01  # points a table may be wider than its frame (rounding)


def _padded(row: Sequence[str | None], count: int) -> list[str | None]:
    return [*row[:count], *([None] * (count - len(row)))]


class FormGrid(RLTable):
    """A table whose header row is printed once at the top of each page.

    reportlab splits between rows first and then lets the rest of the table, its header
    repeated, split a row in the space left on the same page: the header came out twice on
    one page. Here a page takes whole rows, or the row that does not fit is split there;
    after a split between rows the rest starts on the next page. A row is split only where
    at least ``splitInRow`` points of it stay on each side, unless it is taller than a page.
    """

    page_height: float = float("inf")  # the text block's height

    def onSplit(self, T: RLTable, byRow: int = 1) -> None:
        T.page_height = self.page_height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        # the column widths are shares of the frame's width: their sum may come out a hair
        # wider in floating point, and reportlab's own split then put the header twice
        if self._width > availWidth + WIDTH_TOLERANCE:
            return super().split(availWidth, availHeight)  # reportlab's own complaint
        heights = self._rowHeights
        fits = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        if fits >= len(heights):
            return [self]
        heading = int(self.repeatRows)
        if fits < heading:
            return []
        row, room, least = heights[fits], availHeight - sum(heights[:fits]), self.splitInRow
        fits_a_page = sum(heights[:heading]) + row <= self.page_height
        if room >= least and (row - room >= least or not fits_a_page):
            parts = self._splitRows(availHeight, doInRowSplit=1)
            if parts:
                return parts
        if fits > heading:
            parts = self._splitRows(availHeight, doInRowSplit=0)
            return [parts[0], FrameBreak, parts[1]] if len(parts) == 2 else parts
        return []


def build_table(table: Table, fonts: FontSet, width: float, page_height: float) -> RLTable:
    """A grid table: every cell wrapped Chinese text (the same line breaking as the body, so
    no closing bracket hangs over the grid), the header row (黑体) once at the top of each
    page, a row taller than what is left of a page split across pages (see
    :class:`FormGrid`)."""
    size = table.font_size or TABLE_SIZE
    pitch = round(size * CELL_LEADING, 2)
    header_style = TextStyle(FontRole.HEITI, size, pitch, 0.0, "center")
    cell_styles = {align: TextStyle(FontRole.FANGSONG, size, pitch, 0.0, align)
                   for align in {column.align for column in table.columns}}
    total = sum(max(column.weight, 0.01) for column in table.columns)
    widths = [width * max(column.weight, 0.01) / total for column in table.columns]
    data: list[list[list[Flowable]]] = [
        [[TextBlock(column.header, header_style, fonts)] for column in table.columns]]
    for row in table.rows:
        data.append([[TextBlock(cell or "", cell_styles[column.align], fonts)]
                     for column, cell in zip(table.columns, _padded(row, len(table.columns)),
                                             strict=True)])
    top, right, bottom, left = CELL_PADDING
    # a row is split only where at least two lines of it fit (else it moves down whole)
    least = int(2 * pitch + top + bottom) + 1
    grid = FormGrid(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=least)
    grid.page_height = page_height
    grid.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.font_name(FontRole.FANGSONG)),  # else Helvetica
        ("GRID", (0, 0), (-1, -1), TABLE_GRID_WIDTH, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BACKGROUND),
        # body cells at the top: reportlab pads a split MIDDLE cell by half the old row,
        # and the rest of a tall row then grows on every page instead of shrinking
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
    ]))
    return grid
