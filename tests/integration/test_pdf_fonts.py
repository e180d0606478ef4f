"""The forms' fonts: found in the office's folder before the system's, only TrueType fonts
that cover Chinese, a stand-in said to be one, rare characters from a fallback font read
only when needed, every font embedded, and the ToUnicode fix for characters above U+FFFF.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTCollection, TTFont

from jianguan_desktop.io.pdf import font_discovery, fonts
from jianguan_desktop.io.pdf.document import FormDocument, Paragraph
from jianguan_desktop.io.pdf.font_discovery import FontFace, read_faces, user_faces
from jianguan_desktop.io.pdf.fonts import (
    OFFICE_FAMILIES,
    FontRole,
    FontSet,
    default_fonts,
    load_face,
    to_unicode_cmap,
)
from jianguan_desktop.io.pdf.render import render_pdf
from tests.pdf_helpers import fonts_used, make_font, page_texts, parse_to_unicode, squeeze

RARE = "𠮷堃犇昇喆赟燊"


def role_face(role: FontRole) -> FontFace:
    """The face the default font set uses for a role (a real Chinese TrueType font)."""
    choice = default_fonts().choice(role)
    return next(face for face in read_faces(choice.file, "system")
                if face.index == choice.index)


def test_to_unicode_writes_characters_beyond_the_bmp_as_surrogate_pairs() -> None:
    # GIVEN a font subset with 𠮷 (U+20BB7) and 300 other characters
    subset = [0, 0x4E00, 0x20BB7, *range(0x4E01, 0x4E01 + 300)]
    # WHEN its ToUnicode CMap is written
    cmap = to_unicode_cmap("F1+0", subset)
    # THEN 𠮷 is UTF-16BE (a surrogate pair), blocks hold at most 100 entries, and the map
    # reads back to the very characters
    assert "<02> <D842DFB7>" in cmap
    assert all(int(line.split()[0]) <= 100 for line in cmap.splitlines()
               if line.endswith("beginbfchar"))
    mapping = parse_to_unicode(cmap.encode("ascii"))
    assert mapping[2] == "𠮷" and mapping[1] == "一"
    assert [ord(mapping[i]) for i in range(len(subset))] == subset


def test_reportlab_alone_writes_an_invalid_code_for_such_characters() -> None:
    # the reason for the fix above: five hex digits, which readers cannot decode
    assert "<01> <20BB7>" in fonts.REPORTLAB_TO_UNICODE("F1+0", [0, 0x20BB7])


def test_rendered_rare_characters_copy_out_of_the_pdf() -> None:
    pdf = render_pdf(FormDocument(title="名单", blocks=(Paragraph(f"张{RARE}"),)))
    assert f"张{RARE}" in squeeze("".join(page_texts(pdf)))


def test_every_font_in_a_form_is_embedded_and_none_is_stsong() -> None:
    pdf = render_pdf(FormDocument(title="名单", blocks=(Paragraph(f"张{RARE}，1234 abc"),)))
    used = fonts_used(pdf)
    assert used
    for font in used:
        assert font.font_file == "FontFile2", font.base_font
        assert "STSong" not in font.base_font


def test_each_role_has_a_truetype_font_and_says_where_it_comes_from() -> None:
    choices = default_fonts().describe()
    assert [choice.role for choice in choices] == list(FontRole)
    for choice in choices:
        assert choice.file.is_file()
        assert choice.origin in ("user", "system", "free")
        face = next(f for f in read_faces(choice.file, "system") if f.index == choice.index)
        assert face.truetype


def test_without_a_real_fangsong_the_stand_in_says_so() -> None:
    # GIVEN a PC whose fonts include no 仿宋 of any name
    names = {name for name, _ in OFFICE_FAMILIES[FontRole.FANGSONG]}
    faces = [face for face in font_discovery.system_faces()
             if not names & set(face.families)]
    choice = FontSet((), faces).choice(FontRole.FANGSONG)
    # THEN 仿宋 is set in another font, and the choice is marked as a substitute
    assert choice.family not in names
    assert choice.substitute


def test_a_font_in_the_office_folder_comes_before_the_system(tmp_path: Path) -> None:
    # GIVEN a licensed 仿宋_GB2312 in the office's fonts folder (here a real Chinese font
    # under that name)
    real = role_face(FontRole.SONG)
    licensed = FontFace(real.path, real.index, ("仿宋_GB2312",), "Regular", True, "user")
    # WHEN the fonts are chosen
    choice = FontSet([licensed], font_discovery.system_faces(), tmp_path).choice(
        FontRole.FANGSONG)
    # THEN 仿宋 is that font, from the office's folder, not a stand-in
    assert (choice.family, choice.origin, choice.substitute) == ("仿宋_GB2312", "user", False)


def test_the_office_folder_is_read_by_font_names(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN fonts dropped in the folder JIANGUAN_FONT_DIR names, one of them a collection
    folder = tmp_path / "fonts"
    folder.mkdir()
    make_font(folder / "fs.ttf", "仿宋_GB2312")
    make_font(folder / "cff.otf", "方正小标宋简体", truetype=False)
    collection = TTCollection()
    collection.fonts = [
        TTFont(str(make_font(tmp_path / "a.ttf", "楷体_GB2312"))),
        TTFont(str(make_font(tmp_path / "b.ttf", "黑体")))]
    collection.save(str(folder / "pair.ttc"))
    (folder / "readme.txt").write_text("not a font", encoding="utf-8")
    monkeypatch.setenv(font_discovery.FONT_DIR_ENV, str(folder))
    # WHEN the folder is read
    faces = {face.families[0]: face for face in user_faces()}
    # THEN each font is found under its family, the CFF one marked as not TrueType
    assert set(faces) == {"仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体"}
    assert faces["仿宋_GB2312"].truetype and not faces["方正小标宋简体"].truetype
    assert (faces["楷体_GB2312"].index, faces["黑体"].index) == (0, 1)
    assert all(face.origin == "user" for face in faces.values())


def test_fonts_without_chinese_or_with_cff_outlines_are_passed_over(tmp_path: Path) -> None:
    # GIVEN a font named 仿宋_GB2312 that has two glyphs, and a CFF 方正小标宋简体
    small = make_font(tmp_path / "small.ttf", "仿宋_GB2312")
    cff = make_font(tmp_path / "cff.otf", "方正小标宋简体", truetype=False)
    user = [*read_faces(small, "user"), *read_faces(cff, "user")]
    # WHEN the fonts are chosen
    chosen = FontSet(user, font_discovery.system_faces(), tmp_path)
    # THEN neither is used: reportlab cannot embed CFF, and 仿宋 must cover GB 2312
    assert chosen.choice(FontRole.FANGSONG).file != small
    assert chosen.choice(FontRole.XIAOBIAOSONG).file != cff
    assert load_face(FontFace(cff, 0, ("方正小标宋简体",), "Regular", True, "user")) is None


def test_no_chinese_font_at_all_is_a_clear_error(tmp_path: Path) -> None:
    from jianguan_desktop.errors import UserError

    empty = FontSet((), (), tmp_path)
    with pytest.raises(UserError) as refused:
        empty.font(FontRole.FANGSONG)
    assert str(tmp_path) in str(refused.value)


def test_each_character_is_set_in_a_font_that_has_it() -> None:
    # GIVEN a name with rare characters in body text
    text = f"张{RARE}，王五 ABC 123"
    runs = default_fonts().runs(text, FontRole.FANGSONG)
    # THEN the runs give back the text, each in a font with all its characters
    assert "".join(run for _, run in runs) == text
    for font, run in runs:
        assert all(font.has(ch) for ch in run if not ch.isspace()), run
    assert default_fonts().missing(text) == ""


def test_fallback_fonts_are_read_only_when_a_character_needs_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a fresh font set, and a record of the font files it reads
    read: list[Path] = []
    real_load = fonts.load_face

    def spy(face: FontFace) -> fonts.LoadedFont | None:
        read.append(face.path)
        return real_load(face)

    monkeypatch.setattr(fonts, "load_face", spy)
    font_set = FontSet((), font_discovery.system_faces())
    song = font_set.font(FontRole.SONG)
    roles = {Path(choice.file) for choice in font_set.describe()}
    # WHEN only common characters are set
    font_set.runs("公共资源交易", FontRole.FANGSONG)
    # THEN no font other than the roles' was read
    assert set(read) <= roles
    # WHEN a character the role fonts lack is set, a fallback font is read for it
    lacking = next((ch for ch in RARE if not song.has(ch)), None)
    if lacking is None:
        pytest.skip("this PC's 宋体 has every rare character")
    font_set.runs(lacking, FontRole.SONG)
    assert set(read) - roles


def test_role_fonts_are_checked_against_the_6763_hanzi_of_gb2312() -> None:
    hanzi = fonts.gb2312_hanzi()
    assert len(hanzi) == len(set(hanzi)) == 6763
    assert (hanzi[0], hanzi[3754], hanzi[3755], hanzi[-1]) == ("啊", "座", "亍", "齄")


def test_fonts_are_found_once_per_process() -> None:
    assert default_fonts() is default_fonts()
    assert font_discovery.system_faces() is font_discovery.system_faces()


def test_without_fontconfig_font_folders_are_scanned(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setattr(font_discovery.shutil, "which", lambda _name: None)
    assert font_discovery._fontconfig_faces() is None
    make_font(tmp_path / "x.ttf", "楷体")
    assert [face.families for face in font_discovery.scan_folder(tmp_path, "system")] == [
        ("楷体",)]
