"""The user manual (docs/用户手册.md) as a printable PDF, laid out by the forms engine.

:func:`parse_manual` reads the small Markdown subset the manual is written in (headings,
paragraphs, lists, pipe tables, code blocks, pictures) into the blocks of a
:class:`~jianguan_desktop.io.pdf.document.FormDocument`; :func:`write_pdf` prints it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Block,
    Code,
    FormDocument,
    Heading,
    Image,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.resources_path import docs_path

MANUAL_NAME = "用户手册.md"
HEADING_LEVELS = {"##": 1, "###": 2, "####": 3}  # "#" is the title of the document
BULLET = "•"

_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<path>[^)\s]+)\)\s*$")
_NUMBERED = re.compile(r"^\d+[.、]\s+")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def manual_file() -> Path:
    """Where the manual is: ``docs/`` of the checkout, or of the frozen build."""
    return docs_path(MANUAL_NAME)


def plain(text: str) -> str:
    """Markdown's inline marks taken off: ``code``, **bold**, *emphasis*, [text](link)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = text.replace("**", "")
    return text.replace("`", "")


def _paragraph(text: str) -> Paragraph:
    """A paragraph; one with Latin words (spaces) is set flush left: justified, its lines
    would be stretched at those few spaces only."""
    shown = plain(text)
    return Paragraph(shown, align="left" if " " in shown else "justify")


def _cells(line: str) -> list[str]:
    return [plain(cell.strip()) for cell in line.strip().strip("|").split("|")]


def _table(lines: list[str]) -> Table:
    """A pipe table: its header, the rule under it, its rows; columns share the width by
    the length of their longest cell (within limits)."""
    header = _cells(lines[0])
    rows = [_cells(line) for line in lines[1:] if not _TABLE_RULE.match(line)]
    weights = []
    for index, title in enumerate(header):
        longest = max([len(title), *(len(row[index]) for row in rows if index < len(row))])
        weights.append(float(min(max(longest, 4), 40)))
    return Table(columns=tuple(TableColumn(title, weight) for title, weight in
                               zip(header, weights, strict=True)),
                 rows=tuple(tuple(row[:len(header)]) for row in rows), font_size=10.5)


@dataclass
class Manual:
    """The manual's title and its blocks, ready for the renderer."""

    title: str
    blocks: list[Block]

    def headings(self) -> list[str]:
        """The text of every heading, in order."""
        return [block.text for block in self.blocks if isinstance(block, Heading)]


def parse_manual(text: str, folder: Path) -> Manual:
    """The blocks of the manual ``text``; pictures are found relative to ``folder``."""
    title = ""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(_paragraph("".join(part.strip() for part in paragraph)))
            paragraph.clear()

    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        index += 1
        if stripped.startswith("```"):
            flush()
            code: list[str] = []
            while index < len(lines) and not lines[index].strip().startswith("```"):
                code.append(lines[index].rstrip())
                index += 1
            index += 1  # the closing fence
            blocks.append(Code("\n".join(code)))
        elif not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            marks, _space, heading = stripped.partition(" ")
            if marks == "#" and not title:
                title = plain(heading.strip())
            else:
                blocks.append(Heading(plain(heading.strip()), HEADING_LEVELS.get(marks, 3)))
        elif (found := _IMAGE.match(stripped)) is not None:
            flush()
            blocks.append(Image(str(folder / found["path"]), found["alt"] or None))
        elif stripped.startswith("|"):
            flush()
            rows = [stripped]
            while index < len(lines) and lines[index].strip().startswith("|"):
                rows.append(lines[index].strip())
                index += 1
            blocks.append(_table(rows))
        elif stripped.startswith(("- ", "* ")):
            flush()
            blocks.append(_paragraph(f"{BULLET} {stripped[2:].strip()}"))
        elif _NUMBERED.match(stripped):
            flush()
            blocks.append(_paragraph(stripped))
        else:
            paragraph.append(stripped)
    flush()
    return Manual(title or tr("User manual"), blocks)


def load_manual(path: Path | None = None) -> Manual:
    """The manual read from ``path`` (default: :func:`manual_file`)."""
    source = path or manual_file()
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as problem:
        raise UserError(tr("The user manual {path} cannot be found or read.").format(
            path=source)) from problem
    return parse_manual(text, source.parent)


def build_document(path: Path | None = None) -> FormDocument:
    """The manual as a document for the forms engine (no 版头, no signature)."""
    manual = load_manual(path)
    return FormDocument(title=manual.title, blocks=tuple(manual.blocks), seal=False,
                        subject=tr("User manual"), author="jianguan-desktop")


def write_pdf(output: str | os.PathLike[str], path: Path | None = None) -> Path:
    """Print the manual (default: the one shipped with the program) into ``output``."""
    from jianguan_desktop.io.pdf.render import render_pdf_to

    return render_pdf_to(build_document(path), Path(output))
