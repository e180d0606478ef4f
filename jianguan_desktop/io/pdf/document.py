"""What a printed form says, apart from how it is laid out: the contract between form builders
and the GB/T 9704 renderer.

Builders (``services/forms.py`` and each register's forms) fill a :class:`FormDocument` with
plain text; :func:`jianguan_desktop.io.pdf.render.render_pdf` lays it out. Text is never
markup: the renderer escapes it. ``None`` in an optional place means "left blank to fill in
by hand" and prints a line, never the word ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph (3号仿宋), first line indented by two characters unless ``indent`` is
    false."""

    text: str
    indent: bool = True
    align: Align = "justify"


@dataclass(frozen=True)
class Heading:
    """A heading of the body. ``level`` 1 is "一、" (黑体), 2 "（一）" (楷体), 3 "1." and
    4 "（1）" (仿宋). With ``level`` ``None`` the renderer reads the level from the number
    the text starts with (``domain.doc_format.heading_level``), defaulting to 1."""

    text: str
    level: int | None = None


@dataclass(frozen=True)
class Field:
    """A labelled value on one line ("项目名称：……"); ``value`` ``None`` or blank prints a
    line to fill in by hand. ``lines`` > 1 leaves that many lines for a longer hand-written
    answer."""

    label: str
    value: str | None
    lines: int = 1


@dataclass(frozen=True)
class Fields:
    """A block of labelled values, one per line."""

    items: tuple[Field, ...]


@dataclass(frozen=True)
class TableColumn:
    """A table column: header text, relative width (any positive number; widths are shared
    out in proportion) and alignment of its cells."""

    header: str
    weight: float = 1.0
    align: Align = "left"


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page; cells wrap Chinese text and a row
    taller than a page breaks across pages. ``None`` cells print empty."""

    columns: tuple[TableColumn, ...]
    rows: tuple[tuple[str | None, ...], ...]
    caption: str | None = None
    font_size: float | None = None  # None: the renderer's table size (4号 on A4 landscape)


@dataclass(frozen=True)
class ChartSeries:
    """One series of a chart: its name in the legend and a value per category."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart (drawn as vectors, labels in the body's font) of a few series over the
    categories, across the text block, ``height`` points high, with ``caption`` under it
    (图1 …); it is kept on one page with its caption."""

    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    caption: str | None = None
    height: float = 200.0


@dataclass(frozen=True)
class Image:
    """A picture (a PNG or JPEG file) as wide as the text block at most and ``max_height``
    points high at most (``None``: 60 % of the text block), its proportions kept, centred,
    with ``caption`` under it; kept on one page with its caption."""

    path: str
    caption: str | None = None
    max_height: float | None = None


@dataclass(frozen=True)
class Code:
    """Text kept as it is written (command lines, file names): each line of ``text`` on a
    line of its own, in a small 宋体 on a light background; a line longer than the text block
    wraps at its spaces."""

    text: str


@dataclass(frozen=True)
class Spacer:
    """Blank space of ``lines`` body lines."""

    lines: float = 1.0


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


Block = Paragraph | Heading | Fields | Table | Chart | Image | Code | Spacer | PageBreak


@dataclass(frozen=True)
class Imprint:
    """版记: 抄送 and 印发机关/印发日期, printed at the foot of the last page. ``issued_on``
    ``None`` prints "    年  月  日印发" and ``issuer`` ``None`` a line, to fill in by hand."""

    cc: tuple[str, ...] = ()
    issuer: str | None = None
    issued_on: date | None = None


@dataclass(frozen=True)
class FormDocument:
    """One printable form.

    ``organ_mark``: the 发文机关标志 of the 版头, printed in red above
    the 发文字号 and the red separator line (``None``: no 版头).
    ``doc_number``: the finished 发文字号
    (``domain.doc_format.format_doc_number``).
    ``addressee``: the 主送机关. ``signature``: the 发文机关署名.
    ``signed_on``: the 成文日期; room is left above them for the seal
    when ``seal`` is true. ``imprint``: the 版记.
    An official document (one with an ``organ_mark`` or a ``doc_number``) left without
    ``addressee`` prints a line ending in "：" to write it on, without ``signature`` a line
    to sign on, and without ``signed_on`` the date "    年  月  日"; another form prints that
    blank date only under a ``signature``.
    A list form sets ``landscape`` and leaves the official parts empty (no 主送 line).
    ``subject`` and ``author`` go into the PDF's properties.
    """

    title: str
    blocks: tuple[Block, ...] = ()
    organ_mark: str | None = None
    doc_number: str | None = None
    addressee: str | None = None
    signature: str | None = None
    signed_on: date | None = None
    seal: bool = True
    imprint: Imprint | None = None
    landscape: bool = False
    subject: str = ""
    author: str = ""
    notes: tuple[str, ...] = field(default=())  # small print under the body (附注), optional
    watermark: str = ""  # large light text across every page (a draft's 草稿), optional

    def all_text(self) -> list[str]:
        """Every piece of text the form prints (tests check each one comes out)."""
        texts = [self.title, self.organ_mark or "", self.doc_number or "", self.addressee or "",
                 self.signature or "", *self.notes]
        for block in self.blocks:
            if isinstance(block, Paragraph | Heading):
                texts.append(block.text)
            elif isinstance(block, Fields):
                for item in block.items:
                    texts.extend([item.label, item.value or ""])
            elif isinstance(block, Table):
                texts.extend(column.header for column in block.columns)
                texts.extend(cell or "" for row in block.rows for cell in row)
                texts.append(block.caption or "")
            elif isinstance(block, Chart | Image):
                texts.append(block.caption or "")
            elif isinstance(block, Code):
                texts.append(block.text)
        if self.imprint is not None:
            texts.extend([*self.imprint.cc, self.imprint.issuer or ""])
        return [text for text in texts if text]
