"""Lay out a :class:`FormDocument` after GB/T 9704-2012 and return the PDF: A4, 版头, title,
主送机关, body on the 22 × 28 grid, signature and date, 版记, page numbers; lists landscape.

``render_pdf(doc)`` gives the bytes; ``render_pdf_to(doc, path)`` writes them atomically with
``write_pdf_bytes(data, path)``, which the print preview's 另存为 uses too.
"""

from __future__ import annotations

import os
import secrets
import shutil
from io import BytesIO
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak

from jianguan_desktop.domain.doc_format import cn_date_or_blank, heading_level, page_number_text
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Block,
    Chart,
    Code,
    Fields,
    FormDocument,
    Heading,
    Image,
    Imprint,
    PageBreak,
    Paragraph,
    Table,
)
from jianguan_desktop.io.pdf.document import (
    Spacer as SpacerBlock,
)
from jianguan_desktop.io.pdf.flowables import (
    CodeBlock,
    ImprintBlock,
    Masthead,
    SignatureBlock,
    TextBlock,
    build_table,
    draw_lines,
)
from jianguan_desktop.io.pdf.fonts import FontRole, FontSet, default_fonts
from jianguan_desktop.io.pdf.graphics import build_chart, draw_watermark
from jianguan_desktop.io.pdf.layout import (
    ADDRESSEE_BLANK_CELLS,
    ADDRESSEE_GAP_LINES,
    BODY_CELL,
    BODY_SIZE,
    BOTTOM_MARGIN,
    LANDSCAPE_MARGINS,
    LANDSCAPE_SIZE,
    LEFT_MARGIN,
    LINE_PITCH,
    NO_SEAL_GAP_LINES,
    ORGAN_MARK_SIZE,
    PAGE_NUMBER_GAP,
    PAGE_SIZE,
    RED,
    SEAL_ROOM_LINES,
    SIGNATURE_BLANK_CELLS,
    SMALL_SIZE,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TITLE_SIZE,
    Line,
    TextStyle,
    glyphs_of,
)

CREATOR = "jianguan-desktop"
PARAGRAPH_INDENT = 2 * BODY_CELL  # 7.3.3: 每个自然段左空二字，回行顶格
HEADING_ROLES = {1: FontRole.HEITI, 2: FontRole.KAITI, 3: FontRole.FANGSONG,
                 4: FontRole.FANGSONG}  # 7.3.3: 一般第一层用黑体字、第二层用楷体字…
TABLE_GAP = LINE_PITCH / 2
TAIL_LINES = 2  # body lines kept on the page of the signature
CAPTION_KEEP_LINES = 4  # a table's caption starts a page unless this much room is left
CODE_SIZE = 10.5  # 5号: command lines, small enough that most fit on one line
CODE_PITCH = round(CODE_SIZE * 1.5, 2)
IMAGE_MAX_SHARE = 0.6  # an image is at most this share of the text block high


class _Styles:
    """The text styles of one rendering (the 小标宋 stand-in is set in synthetic bold)."""

    def __init__(self, fonts: FontSet) -> None:
        stand_in = fonts.choice(FontRole.XIAOBIAOSONG).substitute
        self.body = TextStyle()
        self.title = TextStyle(FontRole.XIAOBIAOSONG, TITLE_SIZE, LINE_PITCH, 0.0, "center",
                               bold=stand_in)
        self.mark = TextStyle(FontRole.XIAOBIAOSONG, ORGAN_MARK_SIZE, ORGAN_MARK_SIZE, 0.0,
                              "left", RED, bold=stand_in)
        self.centred = TextStyle(align="center")
        self.left = TextStyle(align="left")
        self.right = TextStyle(align="right")
        self.caption = TextStyle(FontRole.HEITI, BODY_SIZE, LINE_PITCH, 0.0, "center")
        self.small = TextStyle(size=SMALL_SIZE, tracking=0.0, align="left")
        self.page_number = TextStyle(FontRole.SONG, SMALL_SIZE, SMALL_SIZE, 0.0, "left")

    def heading(self, level: int) -> TextStyle:
        return TextStyle(HEADING_ROLES.get(level, FontRole.FANGSONG))


def _label(text: str) -> str:
    """A field label ends in one full-width colon."""
    return text.rstrip().rstrip("：:") + "："


def _block_flowables(block: Block, fonts: FontSet, styles: _Styles,
                     frame: tuple[float, float]) -> list[Flowable]:
    if isinstance(block, Paragraph):
        style = TextStyle(align=block.align)
        indent = PARAGRAPH_INDENT if block.indent else 0.0
        return [TextBlock(block.text, style, fonts, first_indent=indent)]
    if isinstance(block, Heading):
        level = block.level or heading_level(block.text) or 1
        return [TextBlock(block.text, styles.heading(level), fonts,
                          first_indent=PARAGRAPH_INDENT)]
    if isinstance(block, Fields):
        flowables: list[Flowable] = []
        for item in block.items:
            value = (item.value or "").strip()
            if value:
                flowables.append(TextBlock(_label(item.label) + value, styles.body, fonts,
                                           first_indent=PARAGRAPH_INDENT))
            else:  # blank: a line to fill in by hand, never "None"
                flowables.append(TextBlock(_label(item.label), styles.left, fonts,
                                           first_indent=PARAGRAPH_INDENT, fill_rule=True,
                                           blank_lines=max(item.lines, 1) - 1))
        return flowables
    if isinstance(block, Table):
        flowables = [Spacer(0, TABLE_GAP)]
        if block.caption:  # a caption never stays alone at the foot of a page
            flowables += [CondPageBreak(CAPTION_KEEP_LINES * LINE_PITCH),
                          TextBlock(block.caption, styles.caption, fonts)]
        if block.columns:
            flowables.append(build_table(block, fonts, *frame))
        return [*flowables, Spacer(0, TABLE_GAP)]
    if isinstance(block, Chart):
        drawn: list[Flowable] = [build_chart(block, fonts, frame[0])]
        if block.caption:
            drawn.append(TextBlock(block.caption, styles.caption, fonts))
        return [Spacer(0, TABLE_GAP), KeepTogether(drawn), Spacer(0, TABLE_GAP)]
    if isinstance(block, Image):
        return _image_flowables(block, fonts, styles, frame)
    if isinstance(block, Code):
        style = TextStyle(FontRole.SONG, CODE_SIZE, CODE_PITCH, 0.0, "left")
        return [Spacer(0, TABLE_GAP / 2), CodeBlock(block.text.rstrip("\n"), style, fonts),
                Spacer(0, TABLE_GAP / 2)]
    if isinstance(block, SpacerBlock):
        return [Spacer(0, block.lines * LINE_PITCH)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"not a form block: {block!r}")


def _image_flowables(block: Image, fonts: FontSet, styles: _Styles,
                     frame: tuple[float, float]) -> list[Flowable]:
    """The picture scaled into the text block (never enlarged), centred, its caption under
    it; a file that cannot be read is a :class:`UserError`."""
    from reportlab.lib.utils import ImageReader

    try:
        pixels_wide, pixels_high = ImageReader(block.path).getSize()
    except (OSError, ValueError) as problem:
        raise UserError(tr("The picture {path} cannot be read.").format(path=block.path)
                        ) from problem
    width, height = frame
    most_high = block.max_height or height * IMAGE_MAX_SHARE
    scale = min(width / pixels_wide, most_high / pixels_high, 1.0)
    picture = RLImage(block.path, width=pixels_wide * scale, height=pixels_high * scale)
    picture.hAlign = "CENTER"
    drawn: list[Flowable] = [picture]
    if block.caption:
        drawn.append(TextBlock(block.caption, styles.caption, fonts))
    return [Spacer(0, TABLE_GAP), KeepTogether(drawn), Spacer(0, TABLE_GAP)]


def _imprint(imprint: Imprint | None, fonts: FontSet, styles: _Styles) -> list[Flowable]:
    if imprint is None:
        return []
    cc = [name.strip() for name in imprint.cc if name and name.strip()]
    issuer = (imprint.issuer or "").strip() or None
    issued = cn_date_or_blank(imprint.issued_on) + "印发"
    return [ImprintBlock(cc, issuer, issued, fonts, styles.small)]


def _signature(doc: FormDocument, official: bool, fonts: FontSet,
               styles: _Styles) -> SignatureBlock | None:
    """署名 and 成文日期. An official document always has both, blank to be filled in by hand
    when unknown; another form has a date (maybe blank) under a 署名, or a date alone."""
    signature = (doc.signature or "").strip() or None
    blank_signature = SIGNATURE_BLANK_CELLS * BODY_CELL if official and not signature else 0.0
    date_text = (cn_date_or_blank(doc.signed_on)
                 if doc.signed_on or signature or official else None)
    if not (signature or blank_signature or date_text):
        return None
    gap = SEAL_ROOM_LINES if doc.seal else NO_SEAL_GAP_LINES
    return SignatureBlock(signature, date_text, doc.seal, fonts, styles.body, gap,
                          blank_signature=blank_signature)


def build_story(doc: FormDocument, fonts: FontSet, width: float,
                height: float) -> list[Flowable]:
    """The flowables of a form, top to bottom, for a text block ``width`` × ``height``."""
    styles = _Styles(fonts)
    story: list[Flowable] = []
    if doc.organ_mark and doc.organ_mark.strip():
        story.append(Masthead(doc.organ_mark.strip(), (doc.doc_number or "").strip() or None,
                              fonts, styles.mark, styles.centred))
    elif doc.doc_number and doc.doc_number.strip():  # no 版头: the number top right
        story += [TextBlock(doc.doc_number.strip(), styles.right, fonts,
                            right_indent=BODY_CELL), Spacer(0, LINE_PITCH)]
    if doc.title.strip():
        story.append(TextBlock(doc.title.strip(), styles.title, fonts))
        story.append(Spacer(0, ADDRESSEE_GAP_LINES * LINE_PITCH))
    official = not doc.landscape and bool((doc.organ_mark or "").strip()
                                           or (doc.doc_number or "").strip())
    if doc.addressee and doc.addressee.strip():  # 7.3.2: 居左顶格, ends with a colon
        story.append(TextBlock(_label(doc.addressee), styles.left, fonts))
    elif official:  # a line to write the 主送机关 on, then the colon
        story.append(TextBlock("：", styles.left, fonts,
                               lead_rule=ADDRESSEE_BLANK_CELLS * BODY_CELL))
    for block in doc.blocks:
        story += _block_flowables(block, fonts, styles, (width, height))
    signature_block = _signature(doc, official, fonts, styles)
    if signature_block is not None:
        block: list[Flowable] = [signature_block]
        if story and isinstance(story[-1], TextBlock):
            # 7.3.5: the seal must touch the body: the last lines of the body go to the
            # next page with the signature rather than leave it alone there
            head, tail = story.pop().split_tail(width, TAIL_LINES)
            story += [head] if head is not None else []
            block.insert(0, tail)
        story.append(KeepTogether(block))
    for note in doc.notes:  # 7.3.6: 附注 居左空二字加圆括号
        text = note.strip()
        if text:
            if not text.startswith(("（", "(")):
                text = f"（{text}）"
            story.append(TextBlock(text, styles.body, fonts, first_indent=PARAGRAPH_INDENT))
    story += _imprint(doc.imprint, fonts, styles)
    return story


class _PageNumbers:
    """Draws "— n —" 7 mm under the text block, odd pages right and even pages left, each
    one character in (GB/T 9704-2012, 7.5)."""

    def __init__(self, fonts: FontSet, styles: _Styles, frame: Frame) -> None:
        self.fonts, self.style, self.frame = fonts, styles.page_number, frame

    def __call__(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        number = canvas.getPageNumber()
        glyphs = glyphs_of(page_number_text(number), self.style, self.fonts)
        line = Line(glyphs, 0, TEXT_WIDTH, False)
        width = line.natural_width(self.style.tracking)
        cell = self.style.size
        frame = self.frame
        odd = number % 2 == 1
        x = frame._x1 + frame._width - cell - width if odd else frame._x1 + cell
        draw_lines(canvas, [line], self.style, x, frame._y1 - PAGE_NUMBER_GAP)


def _frame(doc: FormDocument) -> tuple[tuple[float, float], Frame]:
    if doc.landscape:
        top, left, bottom, right = LANDSCAPE_MARGINS
        size = LANDSCAPE_SIZE
        frame = Frame(left, bottom, size[0] - left - right, size[1] - top - bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                      id="text")
    else:  # 5.2.2: 版心 156 mm × 225 mm, 天头 37 mm, 订口 28 mm
        size = PAGE_SIZE
        frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH, TEXT_HEIGHT, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    return size, frame


def render_pdf(doc: FormDocument, fonts: FontSet | None = None) -> bytes:
    """The whole PDF of a form, fonts embedded as subsets."""
    fonts = fonts or default_fonts()
    size, frame = _frame(doc)
    buffer = BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=size, title=doc.title, author=doc.author, subject=doc.subject,
        creator=CREATOR, producer=CREATOR, lang="zh-CN", pageCompression=1,
        initialFontName=fonts.font_name(FontRole.FANGSONG),  # else Helvetica, not embedded
        leftMargin=frame._x1, bottomMargin=frame._y1, rightMargin=size[0] - frame._x2,
        topMargin=size[1] - frame._y2)
    numbers = _PageNumbers(fonts, _Styles(fonts), frame)
    mark = doc.watermark.strip()

    def on_page(canvas: Canvas, built: BaseDocTemplate) -> None:
        if mark:  # drawn first: the page's text goes over it
            draw_watermark(canvas, mark, fonts, size)
        numbers(canvas, built)

    template.addPageTemplates([PageTemplate("form", [frame], onPage=on_page)])
    template.build(build_story(doc, fonts, frame._width, frame._height))
    return buffer.getvalue()


def _new_file_beside(target: Path) -> tuple[Path, int]:
    """A new hidden file in the target's folder, open for writing, with the mode any new file
    gets (0666 less the umask, as ``open()`` gives; ``mkstemp`` would give 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.with_name(f".~{target.stem}-{secrets.token_hex(4)}.pdf")
        try:
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue


def write_pdf_bytes(data: bytes, path: Path | str) -> Path:
    """Write a PDF's bytes to ``path``: a temporary file first, then renamed, so a reader
    never sees half a file; a file replaced keeps its mode. A folder that cannot be written,
    or a file that cannot be replaced (open in a PDF viewer on Windows), is a
    :class:`UserError`; the file already there is then left as it was."""
    target = Path(path)
    folder = target.parent
    try:
        temporary, handle = _new_file_beside(target)
    except OSError as problem:
        raise UserError(tr("Cannot save the PDF in the folder {folder}: it does not exist or "
                           "may not be written to.").format(folder=folder)) from problem
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if target.is_file():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except OSError as problem:
        temporary.unlink(missing_ok=True)
        raise UserError(tr("Cannot write the PDF {file}: close it if a PDF viewer has it open, "
                           "and check that the disk is not full.").format(file=target)
                        ) from problem
    return target


def render_pdf_to(doc: FormDocument, path: Path | str, fonts: FontSet | None = None) -> Path:
    """Write the form's PDF to ``path`` with :func:`write_pdf_bytes`."""
    return write_pdf_bytes(render_pdf(doc, fonts), path)
