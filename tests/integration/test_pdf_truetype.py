"""The fast TrueType reader gives reportlab exactly what reportlab's own reader gives — on the
forms' fonts of this PC and on small fonts of every kind of character map — and a subset made
from it draws the same glyphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from jianguan_desktop.io.pdf.fonts import default_fonts
from jianguan_desktop.io.pdf.truetype import FastFace, open_font
from tests.pdf_helpers import make_font

SKIPPED = {"glyphToChar", "_cmap_glyph", "_pos"}  # glyphToChar: built when asked; _pos: a cursor


def assert_same_face(path: Path, index: int = 0) -> None:
    """reportlab's face and the fast one agree on every attribute."""
    slow = TTFontFace(str(path), subfontIndex=index)
    fast = FastFace(str(path), subfontIndex=index)
    slow_vars = {key: value for key, value in vars(slow).items() if key not in SKIPPED}
    fast_vars = {key: value for key, value in vars(fast).items() if key not in SKIPPED}
    assert slow_vars.keys() == fast_vars.keys()
    for key, value in slow_vars.items():
        if key != "_pdfScale":  # a function
            assert fast_vars[key] == value, key
    assert fast.glyphToChar == slow.glyphToChar


def build_font(path: Path, chars: str, *, units: int = 1000,
               cmap_format: int | None = None) -> Path:
    """A small font of ``chars``: three glyphs of their own widths, then a run of full-em
    ones (which shortens ``hmtx``)."""
    advances = [units // 2 + 37 * i if i < 3 else units for i in range(len(chars) + 1)]
    return make_font(path, "Test", chars, units=units, advances=advances,
                     cmap_format=cmap_format)


def test_the_forms_fonts_read_the_same_as_reportlab_reads_them() -> None:
    # GIVEN the fonts the forms use on this PC (20 MB collections among them)
    choices = {(choice.file, choice.index) for choice in default_fonts().describe()}
    # THEN the fast reader's character map, widths and glyph locations are reportlab's
    for path, index in sorted(choices):
        assert_same_face(path, index)


@pytest.mark.parametrize("units", [1000, 2048, 256])
def test_a_small_font_reads_the_same_whatever_its_units(tmp_path: Path, units: int) -> None:
    # GIVEN fonts with Latin, Chinese, a no-break space and a character beyond U+FFFF
    # (format 4 and format 12 character maps) in units other than 1000
    path = build_font(tmp_path / "t.ttf", "A 甲乙\u00a0丙𠮷", units=units)
    assert_same_face(path)


@pytest.mark.parametrize("cmap_format", [4, 12, 6])
def test_each_kind_of_character_map_reads_the_same(tmp_path: Path, cmap_format: int) -> None:
    # GIVEN a font with a single character map of one format (6: read by reportlab itself)
    chars = "AB甲乙丙" + ("𠮷" if cmap_format == 12 else "")
    path = build_font(tmp_path / "t.ttf", chars, cmap_format=cmap_format)
    assert_same_face(path)


def test_a_font_with_a_no_break_space_or_none_reads_the_same(tmp_path: Path) -> None:
    assert_same_face(build_font(tmp_path / "t.ttf", "甲乙\u00a0"))
    assert_same_face(build_font(tmp_path / "u.ttf", "甲乙"))


def test_a_subset_of_the_fast_font_is_the_same_as_reportlab_s(tmp_path: Path) -> None:
    # GIVEN a role font read both ways
    choice = default_fonts().describe()[0]
    slow = TTFontFace(str(choice.file), subfontIndex=choice.index)
    fast = open_font("JGTest", str(choice.file), choice.index).face
    # WHEN the same characters are subset THEN the embedded font programs are identical
    subset = [ord(ch) for ch in " 公共资源交易监管〔〕2026"]
    assert fast.makeSubset(subset) == slow.makeSubset(subset)
