"""Read PDFs back the way a reader checks paper: text per page, page sizes, where each run of
text sits (mm), which fonts are embedded, and whether each character is a real glyph.

Positions come from walking the page's content stream (text and graphics matrices, font
widths); glyph checks parse each embedded FontFile2 with fontTools and read its ToUnicode
CMap, so a character drawn as ``.notdef`` or as an empty outline is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

from jianguan_desktop.io.pdf.document import (
    Field,
    Fields,
    FormDocument,
    Heading,
    Imprint,
    Paragraph,
    Table,
    TableColumn,
)

MM = 72 / 25.4  # points per millimetre

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m × n (PDF row-vector convention: a point is transformed by m first, then n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _reader(pdf: bytes | PdfReader) -> PdfReader:
    return pdf if isinstance(pdf, PdfReader) else PdfReader(BytesIO(pdf))


def page_texts(pdf: bytes | PdfReader) -> list[str]:
    """The text pypdf extracts from each page."""
    return [page.extract_text() or "" for page in _reader(pdf).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace (line breaks fall anywhere in Chinese)."""
    return re.sub(r"\s+", "", text)


PAGE_NUMBER = re.compile(r"—\s*\d+\s*—")


def document_text(pdf: bytes | PdfReader) -> str:
    """All pages' text in one string, without whitespace and without the page numbers
    (so a paragraph running over a page break reads as one)."""
    return squeeze(PAGE_NUMBER.sub("", "".join(page_texts(pdf))))


def page_sizes_mm(pdf: bytes | PdfReader) -> list[tuple[float, float]]:
    """Width and height of each page in millimetres (its MediaBox)."""
    return [(float(page.mediabox.width) / MM, float(page.mediabox.height) / MM)
            for page in _reader(pdf).pages]


def metadata(pdf: bytes | PdfReader) -> dict[str, str]:
    """The document information dictionary, without the slashes."""
    info = _reader(pdf).metadata or {}
    return {str(key).lstrip("/"): str(value) for key, value in info.items()}


# --- fonts ---------------------------------------------------------------------------------

_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")


def _utf16(hex_digits: bytes) -> str:
    raw = bytes.fromhex(re.sub(rb"\s", b"", hex_digits).decode("ascii"))
    return raw.decode("utf-16-be", errors="replace") if len(raw) % 2 == 0 else "\ufffd"


def parse_to_unicode(data: bytes) -> dict[int, str]:
    """Code → text of a ToUnicode CMap (bfchar and bfrange sections)."""
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        pairs = _HEX.findall(block)
        for source, target in zip(pairs[::2], pairs[1::2], strict=False):
            mapping[int(source, 16)] = _utf16(target)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for line in block.splitlines():
            found = _HEX.findall(line)
            if len(found) < 3 or b"[" in line:
                continue
            low, high, start = int(found[0], 16), int(found[1], 16), found[2]
            first = _utf16(start)
            for offset, code in enumerate(range(low, high + 1)):
                mapping[code] = first[:-1] + chr(ord(first[-1]) + offset)
    return mapping


@dataclass
class PdfFont:
    """A font resource of a page: its name, whether its program is embedded, its codes'
    text and widths, and (for embedded TrueType) which codes draw a real glyph."""

    base_font: str
    subtype: str
    embedded: bool
    font_file: str | None  # "FontFile2", "FontFile3", "FontFile" or None
    to_unicode: dict[int, str] = field(default_factory=dict)
    first_char: int = 0
    widths: list[float] = field(default_factory=list)
    real_glyph: dict[int, bool] = field(default_factory=dict)

    def width(self, code: int) -> float:
        index = code - self.first_char
        return self.widths[index] / 1000 if 0 <= index < len(self.widths) else 0.0


def _glyph_table(data: bytes) -> dict[int, bool]:
    """For each single-byte code of an embedded TrueType subset: does it draw an outline?"""
    font = TTFont(BytesIO(data))
    order = font.getGlyphOrder()
    glyf = font.get("glyf", None)
    result: dict[int, bool] = {}
    cmap: dict[int, str] = {}
    for table in font["cmap"].tables:
        cmap.update(table.cmap)
    for code, name in cmap.items():
        if name == order[0] or name == ".notdef":
            result[code] = False
            continue
        glyph = glyf[name] if glyf is not None else None
        result[code] = glyph is not None and glyph.numberOfContours != 0
    return result


FontCache = dict[object, PdfFont]


def read_font(ref: object, cache: FontCache) -> PdfFont:
    """Describe one font dictionary (read once per document)."""
    key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
    if key in cache:
        return cache[key]
    obj = ref.get_object() if isinstance(ref, IndirectObject) else ref
    descriptor = obj.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    font_file = next((name for name in ("/FontFile2", "/FontFile3", "/FontFile")
                      if name in descriptor), None)
    font = PdfFont(str(obj.get("/BaseFont", "")), str(obj.get("/Subtype", "")),
                   font_file is not None, font_file.lstrip("/") if font_file else None)
    if "/ToUnicode" in obj:
        font.to_unicode = parse_to_unicode(obj["/ToUnicode"].get_object().get_data())
    font.first_char = int(obj.get("/FirstChar", 0))
    font.widths = [float(w) for w in obj.get("/Widths", [])]
    if font_file == "/FontFile2":
        font.real_glyph = _glyph_table(descriptor[font_file].get_object().get_data())
    cache[key] = font
    return font


def _page_fonts(page: DictionaryObject, cache: FontCache) -> dict[str, PdfFont]:
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else {}
    return {str(name): read_font(ref, cache) for name, ref in fonts.items()}


def fonts_used(pdf: bytes | PdfReader) -> list[PdfFont]:
    """Every font resource of every page, once each."""
    cache: FontCache = {}
    for page in _reader(pdf).pages:
        _page_fonts(page, cache)
    return list(cache.values())


# --- the content stream ----------------------------------------------------------------

@dataclass(frozen=True)
class TextRun:
    """One string shown by Tj/TJ: its text, where it starts and ends (mm from the page's
    left edge; ``top`` is the baseline's distance from the page's top edge), its size."""

    page: int
    text: str
    left: float
    right: float
    top: float
    size: float
    font: str
    codes: tuple[int, ...] = ()
    pdf_font: PdfFont | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Rule:
    """A stroked straight line: ends (mm from the left edge), height of its middle (mm from
    the top edge; ``bottom`` for the second end), thickness (mm) and stroke colour."""

    page: int
    left: float
    right: float
    top: float
    bottom: float
    thickness: float
    color: tuple[float, ...]

    @property
    def horizontal(self) -> bool:
        return abs(self.top - self.bottom) < 0.01


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    line_width: float = 1.0
    stroke: tuple[float, ...] = (0.0,)
    font: PdfFont | None = None
    size: float = 0.0
    char_space: float = 0.0
    word_space: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0

    def copy(self) -> _State:
        return _State(self.ctm, self.line_width, self.stroke, self.font, self.size,
                      self.char_space, self.word_space, self.scale, self.leading, self.rise)


def _walk(page: DictionaryObject, reader: PdfReader, number: int,
          cache: FontCache) -> Iterator[TextRun | Rule]:
    contents = page.get_contents()
    if contents is None:
        return
    fonts = _page_fonts(page, cache)
    height = float(page.mediabox.height)
    state, stack = _State(), []
    tm = lm = IDENTITY
    path: list[tuple[tuple[float, float], tuple[float, float]]] = []
    point = (0.0, 0.0)
    for operands, operator in ContentStream(contents, reader).operations:
        op = operator.decode("latin-1") if isinstance(operator, bytes) else str(operator)
        if op == "w":
            state.line_width = float(operands[0])
        elif op in ("RG", "K", "G"):
            state.stroke = tuple(float(v) for v in operands)
        elif op == "m":
            point = _apply(state.ctm, float(operands[0]), float(operands[1]))
        elif op == "l":
            end = _apply(state.ctm, float(operands[0]), float(operands[1]))
            path.append((point, end))
            point = end
        elif op in ("S", "s"):
            scale = (abs(state.ctm[0]) + abs(state.ctm[3])) / 2
            for (x0, y0), (x1, y1) in path:
                yield Rule(number, min(x0, x1) / MM, max(x0, x1) / MM, (height - y0) / MM,
                           (height - y1) / MM, state.line_width * scale / MM, state.stroke)
            path = []
        elif op in ("n", "f", "F", "f*", "B", "B*", "b", "b*", "re"):
            path = [] if op != "re" else path
        elif op == "q":
            stack.append(state.copy())
        elif op == "Q" and stack:
            state = stack.pop()
        elif op == "cm":
            state.ctm = _multiply(tuple(float(v) for v in operands), state.ctm)  # type: ignore[arg-type]
        elif op == "BT":
            tm = lm = IDENTITY
        elif op == "Tf":
            state.font, state.size = fonts.get(str(operands[0])), float(operands[1])
        elif op == "Tc":
            state.char_space = float(operands[0])
        elif op == "Tw":
            state.word_space = float(operands[0])
        elif op == "Tz":
            state.scale = float(operands[0]) / 100
        elif op == "TL":
            state.leading = float(operands[0])
        elif op == "Ts":
            state.rise = float(operands[0])
        elif op in ("Td", "TD"):
            tx, ty = float(operands[0]), float(operands[1])
            if op == "TD":
                state.leading = -ty
            tm = lm = _multiply((1, 0, 0, 1, tx, ty), lm)
        elif op == "Tm":
            tm = lm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif op == "T*":
            tm = lm = _multiply((1, 0, 0, 1, 0, -state.leading), lm)
        elif op in ("Tj", "'", '"', "TJ"):
            if op in ("'", '"'):
                if op == '"':
                    state.word_space, state.char_space = float(operands[0]), float(operands[1])
                tm = lm = _multiply((1, 0, 0, 1, 0, -state.leading), lm)
            items = operands[0] if op == "TJ" else [operands[-1]]
            for item in items:
                if not isinstance(item, bytes | str) and not hasattr(item, "original_bytes"):
                    tm = _multiply((1, 0, 0, 1, -float(item) / 1000 * state.size * state.scale,
                                    0), tm)
                    continue
                raw = item.original_bytes if hasattr(item, "original_bytes") else (
                    item if isinstance(item, bytes) else item.encode("latin-1"))
                run, tm = _show(raw, state, tm, number, height)
                if run is not None:
                    yield run


def _show(raw: bytes, state: _State, tm: Matrix, number: int,
          height: float) -> tuple[TextRun | None, Matrix]:
    font = state.font
    if font is None:
        return None, tm
    start = _apply(_multiply(tm, state.ctm), 0, state.rise)
    text = []
    for code in raw:
        advance = font.width(code) * state.size + state.char_space
        if code == 32:
            advance += state.word_space
        text.append(font.to_unicode.get(code, ""))
        tm = _multiply((1, 0, 0, 1, advance * state.scale, 0), tm)
    # the end: where the last glyph's advance ends, without the spacing after it
    end_tm = _multiply((1, 0, 0, 1, -state.char_space * state.scale, 0), tm) if raw else tm
    end = _apply(_multiply(end_tm, state.ctm), 0, state.rise)
    size = state.size * abs(_multiply(tm, state.ctm)[3])
    return TextRun(number, "".join(text), start[0] / MM, end[0] / MM,
                   (height - start[1]) / MM, size, font.base_font, tuple(raw), font), tm


def text_runs(pdf: bytes | PdfReader) -> list[list[TextRun]]:
    """Every shown string of every page, in drawing order."""
    return [[item for item in page if isinstance(item, TextRun)] for page in _pages(pdf)]


def rules(pdf: bytes | PdfReader) -> list[list[Rule]]:
    """Every stroked straight line of every page."""
    return [[item for item in page if isinstance(item, Rule)] for page in _pages(pdf)]


def _pages(pdf: bytes | PdfReader) -> list[list[TextRun | Rule]]:
    reader = _reader(pdf)
    cache: FontCache = {}
    return [list(_walk(page, reader, number, cache))
            for number, page in enumerate(reader.pages, start=1)]


def lines_of(runs: list[TextRun], tolerance: float = 0.3) -> list[list[TextRun]]:
    """Runs grouped into lines by baseline (top to bottom, left to right)."""
    lines: list[list[TextRun]] = []
    for run in sorted(runs, key=lambda r: (r.top, r.left)):
        if lines and abs(lines[-1][0].top - run.top) <= tolerance:
            lines[-1].append(run)
        else:
            lines.append([run])
    return lines


def unmapped_characters(pdf: bytes | PdfReader, text: str) -> set[str]:
    """The characters of ``text`` that are not drawn with a real glyph: drawn only with
    glyph 0 (.notdef) or an empty outline, or not found in any embedded font's ToUnicode.
    Whitespace is ignored."""
    drawn_well: set[str] = set()
    drawn_badly: set[str] = set()
    for page_runs in text_runs(pdf):
        for run in page_runs:
            font = run.pdf_font
            if font is None:
                continue
            for code in run.codes:
                ch = font.to_unicode.get(code, "")
                if not ch:
                    continue
                if font.embedded and font.real_glyph.get(code, False):
                    drawn_well.add(ch)
                else:
                    drawn_badly.add(ch)
    wanted = {ch for ch in text if not ch.isspace()}
    return {ch for ch in wanted if ch not in drawn_well or ch in drawn_badly}


# --- small fonts made for a test -----------------------------------------------------------

def make_font(path: Path, family: str = "Test", chars: str = "A甲", *, truetype: bool = True,
              units: int = 1000, advances: Sequence[int] | None = None,
              cmap_format: int | None = None) -> Path:
    """A tiny font named ``family`` with a square glyph for each of ``chars`` (TrueType, or
    CFF when ``truetype`` is false): ``units`` per em, the advance of each glyph from
    ``advances`` (``.notdef`` first; default a full em), and a single character map of
    ``cmap_format`` if given (else fontTools' own choice)."""
    names = [".notdef", *(f"g{i}" for i in range(len(chars)))]
    mapping = {ord(ch): name for ch, name in zip(chars, names[1:], strict=True)}
    builder = FontBuilder(units, isTTF=truetype)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap(mapping)
    square = ((units // 10, 0), (units // 10, units * 7 // 10), (units * 8 // 10, units * 7 // 10))
    pens = {name: TTGlyphPen(None) if truetype else T2CharStringPen(units, None)
            for name in names}
    for pen in pens.values():
        pen.moveTo(square[0])
        pen.lineTo(square[1])
        pen.lineTo(square[2])
        pen.closePath()
    if truetype:
        builder.setupGlyf({name: pen.glyph() for name, pen in pens.items()})
    else:
        builder.setupCFF("TestFont", {"FullName": "TestFont"},
                         {name: pen.getCharString() for name, pen in pens.items()}, {})
    widths = list(advances) if advances is not None else [units] * len(names)
    builder.setupHorizontalMetrics({name: (width, units // 10)
                                    for name, width in zip(names, widths, strict=True)})
    builder.setupHorizontalHeader(ascent=units * 88 // 100, descent=-(units * 12 // 100))
    builder.setupNameTable({"familyName": family, "styleName": "Regular"}, mac=False)
    builder.setupOS2(fsType=0)
    builder.setupPost()
    if cmap_format is not None:
        table = CmapSubtable.newSubtable(cmap_format)
        table.platformID, table.platEncID, table.language = 3, 1, 0
        table.cmap = mapping
        builder.font["cmap"].tables = [table]
    builder.save(str(path))
    return path


# --- sample forms (tests and benchmarks) ------------------------------------------------

RARE_NAME = "张𠮷、王堃、李犇、赵昇、孙喆、周赟、吴燊"
LONG_PARAGRAPH = ("为进一步规范全县公共资源交易活动维护公平竞争的市场秩序"
                  "根据有关法律法规结合本县实际决定在全县范围内开展公共资源交易领域"
                  "专项整治工作现将有关事项通知如下") * 6


def sample_notice(seq: int = 17, name: str = RARE_NAME) -> FormDocument:
    """A notice like the ones an office sends (tests and benchmarks): 版头, title, 主送,
    headings, fields, a small table, signature with seal, 附注 and 版记."""
    return FormDocument(
        title="关于开展2026年度公共资源交易领域专项整治工作的通知",
        organ_mark="滑县公共资源交易监督管理办公室文件",
        doc_number=f"滑监〔2026〕{seq}号",
        addressee="各乡镇人民政府，县直有关单位",
        blocks=(
            Paragraph("为进一步规范全县公共资源交易活动，维护公平竞争的市场秩序，根据《中华人民"
                      "共和国招标投标法》等有关规定，决定开展专项整治工作。"),
            Heading("一、整治范围"),
            Paragraph(LONG_PARAGRAPH),
            Heading("（一）重点项目"),
            Paragraph(f"联系人：{name}。"),
            Heading("1.自查自纠"),
            Fields((Field("项目名称", "滑县城区道路硬化改造工程（第二标段）"),
                    Field("联系电话", None), Field("整改意见", "  ", lines=3))),
            Table(columns=(TableColumn("序号", 0.6, "center"), TableColumn("项目名称", 3),
                           TableColumn("金额（万元）", 1.2, "right")),
                  rows=(("1", "城区道路硬化改造工程", "412.50"),
                        ("2", "第三中学教学楼建设工程", "1,280.00")),
                  caption="附表：重点项目清单"),
            Paragraph("请各单位于2026年12月10日前将自查情况报送县监管办。"),
        ),
        signature="滑县公共资源交易监督管理办公室",
        signed_on=date(2026, 11, 21),
        imprint=Imprint(cc=("县纪委监委", "县财政局"), issuer="滑县公共资源交易监督管理办公室",
                        issued_on=date(2026, 11, 21)),
        notes=("联系人：王某，电话：0372-8123456",),
        author="滑县公共资源交易监督管理办公室", subject="通知",
    )


def sample_list(rows: int) -> FormDocument:
    """A register printed as a list: landscape, one table."""
    columns = (TableColumn("编号", 1.4), TableColumn("投诉人", 1), TableColumn("项目名称", 3),
               TableColumn("投诉事项", 4), TableColumn("受理日期", 1.4, "center"))
    return FormDocument(
        title="投诉举报登记簿", landscape=True,
        blocks=(Table(columns=columns, rows=tuple(
            (f"投诉〔2026〕{i}号", "张𠮷" if i % 7 == 0 else "李四",
             f"某某县第{i}标段道路改造工程",
             "评标委员会未按招标文件规定的评标标准和方法评审。" * (i % 3 + 1),
             "2026年3月5日") for i in range(1, rows + 1))),))
