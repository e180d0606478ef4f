"""Graphics of a form besides text: bar charts (reportlab.graphics, drawn as vectors into the
PDF with the form's CJK font) and the watermark a draft carries on every page (草稿).

Charts are not covered by GB/T 9704; they keep to the text block's width, use the body's
仿宋 for labels and a few sober colours that stay apart when printed in grey.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from jianguan_desktop.io.pdf.document import Chart
from jianguan_desktop.io.pdf.fonts import FontRole, FontSet

# dark blue, ochre, green, grey, brick: distinct in colour and in grey
SERIES_COLOURS = (Color(0.17, 0.33, 0.56), Color(0.84, 0.55, 0.18), Color(0.36, 0.58, 0.36),
                  Color(0.55, 0.55, 0.55), Color(0.66, 0.27, 0.22))
LABEL_SIZE = 9.0
LEGEND_SIZE = 10.0
AXIS_ROOM = 24.0  # points left of the plot for the counts
BOTTOM_ROOM = 38.0  # points under the plot: category labels and the legend
TOP_ROOM = 8.0
GRID_COLOUR = Color(0.82, 0.82, 0.82)
WATERMARK_COLOUR = Color(0.80, 0.80, 0.80, alpha=0.55)
WATERMARK_SIZE = 110.0
WATERMARK_ANGLE = 35.0


def count_axis(highest: float) -> tuple[int, int]:
    """The top of a count axis at or above ``highest`` and its step, both whole: 0–5 by 1 for
    small counts, else a step of 1, 2 or 5 times a power of ten, at most ten steps."""
    if highest <= 5:
        return 5, 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if highest <= step * factor * 10:
                size = step * factor
                return int(-(-highest // size) * size), size
        step *= 10


def build_chart(chart: Chart, fonts: FontSet, width: float) -> Drawing:
    """A grouped bar chart of ``chart``'s series over its categories, ``width`` points wide,
    with whole-number counts on the axis and the legend under the plot."""
    height = chart.height
    label_font = fonts.font_name(FontRole.FANGSONG)
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y = AXIS_ROOM, BOTTOM_ROOM
    bars.width, bars.height = width - AXIS_ROOM - 4, height - BOTTOM_ROOM - TOP_ROOM
    bars.data = [list(series.values) or [0] for series in chart.series] or [[0]]
    bars.categoryAxis.categoryNames = list(chart.categories)
    bars.categoryAxis.labels.fontName = label_font
    bars.categoryAxis.labels.fontSize = LABEL_SIZE
    bars.categoryAxis.labels.dy = -2
    highest = max((max(series.values, default=0) for series in chart.series), default=0)
    top, step = count_axis(highest)
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, top, step
    bars.valueAxis.labelTextFormat = "%d"
    bars.valueAxis.labels.fontName = label_font
    bars.valueAxis.labels.fontSize = LABEL_SIZE
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = GRID_COLOUR
    bars.valueAxis.gridStrokeWidth = 0.4
    bars.groupSpacing = 6
    bars.barSpacing = 0.5
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    if chart.series:
        legend = Legend()
        legend.fontName, legend.fontSize = label_font, LEGEND_SIZE
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.boxAnchor = "s"
        legend.x, legend.y = width / 2, 2
        legend.dx = legend.dy = 8
        legend.deltax = max(len(series.name) for series in chart.series) * LEGEND_SIZE + 26
        legend.colorNamePairs = [(SERIES_COLOURS[index % len(SERIES_COLOURS)], series.name)
                                 for index, series in enumerate(chart.series)]
        drawing.add(legend)
    return drawing


def draw_watermark(canvas: Canvas, text: str, fonts: FontSet,
                   page: tuple[float, float]) -> None:
    """``text`` large, light and slanted across the middle of the page, under its content."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK_COLOUR)
    canvas.translate(page[0] / 2, page[1] / 2)
    canvas.rotate(WATERMARK_ANGLE)
    runs = fonts.runs(text, FontRole.HEITI)
    width = sum(canvas.stringWidth(run, font.name, WATERMARK_SIZE) for font, run in runs)
    x = -width / 2
    for font, run in runs:
        canvas.setFont(font.name, WATERMARK_SIZE)
        canvas.drawString(x, -WATERMARK_SIZE / 3, run)
        x += canvas.stringWidth(run, font.name, WATERMARK_SIZE)
    canvas.restoreState()
