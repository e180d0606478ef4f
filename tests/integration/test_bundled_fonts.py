"""The free font a built program carries (resources/fonts, copied there by build.spec): on a
PC whose system has no Chinese TrueType font, the forms are set in it; where the system has
one, the system's comes first."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianguan_desktop.io.pdf import font_discovery, fonts
from jianguan_desktop.io.pdf.fonts import FontRole

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")

pytestmark = pytest.mark.skipif(not UMING.is_file(), reason="fonts-arphic-uming not installed")


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """A program folder whose resources/fonts holds AR PL UMing."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / UMING.name).symlink_to(UMING)
    monkeypatch.setattr(font_discovery, "bundled_font_dir", lambda: folder)
    font_discovery.bundled_faces.cache_clear()
    yield folder
    font_discovery.bundled_faces.cache_clear()


def test_a_pc_without_chinese_fonts_prints_with_the_bundled_one(bundle, tmp_path,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(fonts, "system_faces", lambda: ())
    found = fonts.discover_fonts(tmp_path / "no-office-fonts")
    choice = found.choice(FontRole.SONG)
    assert choice.family == "AR PL UMing CN" and choice.origin == "free"
    assert choice.file.parent == bundle
    assert found.missing("公共资源交易监管") == ""


def test_the_systems_own_font_comes_before_the_bundled_copy(bundle, tmp_path) -> None:
    choice = fonts.discover_fonts(tmp_path / "no-office-fonts").choice(FontRole.SONG)
    assert choice.family == "AR PL UMing CN" and choice.file == UMING


def test_a_build_without_fonts_has_none(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(font_discovery, "bundled_font_dir", lambda: tmp_path / "missing")
    font_discovery.bundled_faces.cache_clear()
    try:
        assert font_discovery.bundled_faces() == ()
    finally:
        font_discovery.bundled_faces.cache_clear()
