"""The geometry of GB/T 9704-2012 as named constants, the text styles of a form, and the
line breaking of Chinese text on the character grid (22 lines of 28 characters).

Sizes are PDF points (1/72 inch); ``mm`` converts. Clause numbers refer to GB/T 9704-2012
《党政机关公文格式》.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import CMYKColor, Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from jianguan_desktop.io.pdf.fonts import FontRole, FontSet, LoadedFont, printable

# --- page and text block -----------------------------------------------------------------
PAGE_SIZE = A4  # 5.2.1: A4, 210 mm × 297 mm
TOP_MARGIN = 37 * mm  # 5.2.2: 天头 (top margin) 37 mm ± 1 mm
LEFT_MARGIN = 28 * mm  # 5.2.2: 订口 (binding, left margin) 28 mm ± 1 mm
TEXT_WIDTH = 156 * mm  # 5.2.2: 版心 156 mm × 225 mm
TEXT_HEIGHT = 225 * mm
BOTTOM_MARGIN = PAGE_SIZE[1] - TOP_MARGIN - TEXT_HEIGHT  # 35 mm, what is left
LINES_PER_PAGE = 22  # 6.2: 一般每面排22行
CHARS_PER_LINE = 28  # 6.2: 每行排28个字，并撑满版心
LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE  # 225/22 mm = 10.23 mm = 28.99 pt

# --- sizes (号 in points) ----------------------------------------------------------------
BODY_SIZE = 16.0  # 6.1: 3号 (16 pt) 仿宋 for all elements unless stated otherwise
TITLE_SIZE = 22.0  # 7.3.1: 2号 (22 pt) 小标宋
SMALL_SIZE = 14.0  # 7.4.2, 7.4.3 版记 and 7.5 页码: 4号 (14 pt)
TABLE_SIZE = SMALL_SIZE  # tables: 4号, so that a landscape list keeps ~50 characters a line
ORGAN_MARK_SIZE = 36.0  # 7.2.4 leaves the size to "醒目、美观、庄重": 小初 (36 pt)
ORGAN_MARK_MIN_SCALE = 55.0  # a long 发文机关标志 is narrowed (% of width), never wrapped

# 28 characters of 16 pt are 448 pt, the text block 442.2 pt wide (156 mm): the characters
# keep the standard's 3号 size and are set 0.215 pt closer (a tracking invisible in print),
# as Word does with its "document grid" of 28 characters. The alternative, a 15.79 pt body,
# would not be 3号. BODY_CELL is one character of the grid (two make a paragraph indent).
BODY_TRACKING = (TEXT_WIDTH - CHARS_PER_LINE * BODY_SIZE) / (CHARS_PER_LINE - 1)
BODY_CELL = BODY_SIZE + BODY_TRACKING

# --- vertical placement --------------------------------------------------------------------
# Glyphs sit in the middle of their line of the grid. A CJK font's em box reaches 0.88 em
# above the baseline and 0.12 em below (the ideographic em box of SimSun, UMing, FangSong).
EM_ASCENT = 0.88
ORGAN_MARK_DROP = 35 * mm  # 7.2.4: 发文机关标志上边缘至版心上边缘为35 mm
NUMBER_GAP_LINES = 2  # 7.2.5: 发文字号 编排在发文机关标志下空二行位置
RED_LINE_GAP = 4 * mm  # 7.2.7: 发文字号之下4 mm处 … 红色分隔线
RED_LINE_WIDTH = 1.0 * mm  # 7.2.7 gives no thickness; offices print about 1 mm
TITLE_GAP_LINES = 2  # 7.3.1: 标题 编排于红色分隔线下空二行位置
ADDRESSEE_GAP_LINES = 1  # 7.3.2: 主送机关 编排于标题下空一行位置
SEAL_ROOM_LINES = 3  # 7.3.5.1: the seal (about 4 lines high) presses on 署名 and date
NO_SEAL_GAP_LINES = 1  # 7.3.5.2: 在正文下空一行 … 编排发文机关署名
DATE_RIGHT_CELLS_SEAL = 4  # 7.3.5.1: 成文日期一般右空四字
SIGNATURE_RIGHT_CELLS = 2  # 7.3.5.2: 右空二字编排发文机关署名; 日期首字右移二字
IMPRINT_THICK = 0.35 * mm  # 7.4.1: 首条和末条分隔线 0.35 mm
IMPRINT_THIN = 0.25 * mm  # 7.4.1: 中间的分隔线 0.25 mm
ADDRESSEE_BLANK_CELLS = 12  # a 主送机关 left blank: a line of 12 characters, then "："
SIGNATURE_BLANK_CELLS = 10  # a 署名 left blank
ISSUER_BLANK_CELLS = 10  # a 印发机关 left blank (in the 版记's 4号)
PAGE_NUMBER_GAP = 7 * mm  # 7.5: 一字线上距版心下边缘7 mm; 单页码居右空一字，双页码居左空一字

RED = CMYKColor(0, 1, 1, 0)  # 7.2.4, 7.2.7: 红色 (process red, as a press prints it)
TABLE_HEADER_BACKGROUND = Color(0.92, 0.92, 0.92)
TABLE_GRID_WIDTH = 0.5

# --- landscape lists (not covered by GB/T 9704) -------------------------------------------
LANDSCAPE_SIZE = landscape(A4)
LANDSCAPE_MARGINS = (20 * mm, 20 * mm, 25 * mm, 20 * mm)  # top, left, bottom, right
LANDSCAPE_TEXT_WIDTH = LANDSCAPE_SIZE[0] - LANDSCAPE_MARGINS[1] - LANDSCAPE_MARGINS[3]
LANDSCAPE_TEXT_HEIGHT = LANDSCAPE_SIZE[1] - LANDSCAPE_MARGINS[0] - LANDSCAPE_MARGINS[2]

# Kinsoku (禁则): characters that may not start a line, and that may not end one.
NO_LINE_START = frozenset("，。、；：？！）］｝〕〉》」』】〗〙”’…‥·—～％‰℃,.;:?!)]}%")
NO_LINE_END = frozenset("（［｛〔〈《「『【〖〘“‘([{")


@dataclass(frozen=True)
class TextStyle:
    """How a piece of text is set: font role, size, line pitch, tracking, alignment."""

    role: FontRole = FontRole.FANGSONG
    size: float = BODY_SIZE
    pitch: float = LINE_PITCH
    tracking: float = BODY_TRACKING
    align: str = "justify"  # "left", "center", "right", "justify"
    color: Color = field(default=black)
    bold: bool = False  # synthetic bold (a thin outline), for a 小标宋 stand-in


@dataclass
class Glyph:
    ch: str
    font: LoadedFont
    width: float  # points


@dataclass
class Line:
    """One set line: its glyphs, where it starts (points from the block's left edge), the
    width it may fill and whether it is stretched to that width."""

    glyphs: list[Glyph]
    indent: float
    room: float
    justify: bool
    fill_rule: bool = False  # a line to write on from the end of the text to the right edge
    lead_rule: float = 0.0  # a line to write on this wide before the text (points)

    def natural_width(self, tracking: float) -> float:
        return (self.lead_rule + sum(g.width for g in self.glyphs)
                + tracking * max(len(self.glyphs) - 1, 0))


def glyphs_of(text: str, style: TextStyle, fonts: FontSet) -> list[Glyph]:
    """``text`` as glyphs, each in the first font of the role's chain that has it."""
    return [Glyph(ch, font, font.width(ch) * style.size / 1000.0)
            for font, run in fonts.runs(text, style.role) for ch in run]


def _is_word_char(ch: str) -> bool:
    """Latin letters, digits and their punctuation stay together as one word."""
    return ord(ch) < 0x2E80 and not ch.isspace() and ch not in "—…·"


def _units(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Break opportunities: each Chinese character on its own, a Latin word or a number as a
    whole, a space on its own."""
    units: list[list[Glyph]] = []
    for glyph in glyphs:
        if units and _is_word_char(glyph.ch) and _is_word_char(units[-1][-1].ch):
            units[-1].append(glyph)
        else:
            units.append([glyph])
    return units


def _clusters(units: list[list[Glyph]]) -> list[list[Glyph]]:
    """Units glued where a line may not break (禁则): an opening bracket to what follows it,
    a closing bracket or a stop to what comes before it."""
    clusters: list[list[Glyph]] = []
    for unit in units:
        if clusters and (clusters[-1][-1].ch in NO_LINE_END or unit[0].ch in NO_LINE_START):
            clusters[-1] += unit
        else:
            clusters.append(list(unit))
    return clusters


def _width(glyphs: list[Glyph], tracking: float) -> float:
    return sum(g.width for g in glyphs) + tracking * max(len(glyphs) - 1, 0)


def _cut(cluster: list[Glyph], room: float, tracking: float) -> int:
    """Where to cut a cluster longer than a whole line: as many glyphs as fit, fewer when
    that would end the line on an opening mark or start the next on a closing one."""
    fit = 1
    while fit < len(cluster) and _width(cluster[:fit + 1], tracking) <= room + 0.01:
        fit += 1
    for cut in range(fit, 0, -1):
        if cluster[cut - 1].ch not in NO_LINE_END and (
                cut == len(cluster) or cluster[cut].ch not in NO_LINE_START):
            return cut
    return fit


# Phrases a title keeps on one line when they fit (GB/T 9704-2012 7.3.1: 词意完整): the
# name of a campaign in quotes, a document's title in 《》, a number in 〔〕 or （）.
PHRASE_MARKS = {"“": "”", "《": "》", "〔": "〕", "（": "）", "「": "」"}


def _phrases(clusters: list[list[Glyph]], room: float, tracking: float) -> list[list[Glyph]]:
    """Glue each quoted or bracketed phrase into one cluster, when it fits a line."""
    glued: list[list[Glyph]] = []
    index = 0
    while index < len(clusters):
        cluster = clusters[index]
        opening = next((glyph.ch for glyph in cluster if glyph.ch in PHRASE_MARKS), None)
        end = index
        if opening is not None:
            closing = PHRASE_MARKS[opening]
            while end < len(clusters) and not any(g.ch == closing for g in clusters[end]):
                end += 1
        if opening is None or end >= len(clusters) or end == index:
            glued.append(cluster)
            index += 1
            continue
        phrase = [glyph for part in clusters[index:end + 1] for glyph in part]
        if _width(phrase, tracking) <= room:
            glued.append(phrase)
        else:
            glued.extend(clusters[index:end + 1])
        index = end + 1
    return glued


def break_lines(text: str, style: TextStyle, fonts: FontSet, width: float, *,
                first_indent: float = 0.0, indent: float = 0.0, right_indent: float = 0.0,
                hang: float = 0.0, keep_phrases: bool = False) -> list[Line]:
    """Set ``text`` in lines of ``width`` points.

    ``indent``/``right_indent`` narrow every line, ``first_indent`` moves the first line of
    each paragraph (``\\n`` starts one) and ``hang`` the lines after it. Chinese breaks
    anywhere except before closing and after opening punctuation (the character next to it
    moves down with it); Latin words and numbers break at spaces only, unless one is longer
    than a line. ``keep_phrases`` keeps quoted and bracketed phrases on one line when they
    fit (titles).
    """
    lines: list[Line] = []
    for paragraph in printable(text).split("\n"):
        clusters = _clusters(_units(glyphs_of(paragraph, style, fonts)))
        if keep_phrases:
            clusters = _phrases(clusters, width - indent - right_indent, style.tracking)
        first = True
        while True:
            start = indent + (first_indent if first else hang)
            room = max(width - start - right_indent, style.size)
            while clusters and clusters[0][0].ch == " ":
                del clusters[0][0]  # no space at the start of a line
                if not clusters[0]:
                    clusters.pop(0)
            line_glyphs: list[Glyph] = []
            while clusters and _width(line_glyphs + clusters[0], style.tracking) <= room + 0.01:
                line_glyphs += clusters.pop(0)
            if clusters and not line_glyphs:  # longer than the line: cut it
                cluster = clusters.pop(0)
                cut = _cut(cluster, room, style.tracking)
                line_glyphs = cluster[:cut]
                if cluster[cut:]:
                    clusters.insert(0, cluster[cut:])
            while line_glyphs and line_glyphs[-1].ch == " ":
                line_glyphs.pop()
            more = bool(clusters)
            lines.append(Line(line_glyphs, start, room, justify=more))
            first = False
            if not more:
                break
    return lines


def balance_lines(text: str, style: TextStyle, fonts: FontSet, width: float) -> list[Line]:
    """Centred text (a title) in as few lines as it needs, of nearly equal length, the
    longer ones first, quoted and bracketed phrases kept whole (GB/T 9704-2012, 7.3.1:
    词意完整，排列对称，长短适宜)."""
    lines = break_lines(text, style, fonts, width, keep_phrases=True)
    if len(lines) < 2:
        return lines
    low, high = width / len(lines) * 0.8, width
    best = lines
    for _ in range(12):  # narrowest width that needs no more lines
        middle = (low + high) / 2
        trial = break_lines(text, style, fonts, middle, keep_phrases=True)
        if len(trial) <= len(lines):
            best, high = trial, middle
        else:
            low = middle
    for line in best:
        line.room = width
        line.justify = False
    return best


def spacing(line: Line, style: TextStyle) -> tuple[float, float]:
    """Character and word spacing of a line. Unjustified lines keep the style's tracking.
    A justified line is stretched to its full width: at its spaces when it has any (Latin
    words keep their letters together), else between all its characters (Chinese)."""
    glyphs = line.glyphs
    if not (line.justify and style.align == "justify") or len(glyphs) < 2:
        return style.tracking, 0.0
    spare = line.room - line.natural_width(style.tracking)
    if spare <= 0:
        return style.tracking, 0.0
    spaces = sum(1 for g in glyphs[:-1] if g.ch == " ")
    if spaces:
        return style.tracking, spare / spaces
    return style.tracking + spare / (len(glyphs) - 1), 0.0


def line_start(line: Line, style: TextStyle) -> float:
    """Where the first glyph of a line starts, from the block's left edge."""
    slack = line.room - line.natural_width(style.tracking)
    if style.align == "center":
        return line.indent + slack / 2
    if style.align == "right":
        return line.indent + slack
    return line.indent


def baseline_drop(style: TextStyle) -> float:
    """From the top of a line of the grid down to the baseline of its glyphs."""
    return (style.pitch - style.size) / 2 + EM_ASCENT * style.size
